"""`watcher classify`, `watcher eval` and `watcher diff`: the differ from the command line."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, TextIO

from rich.console import Console
from rich.table import Table

from watcher import config as config_mod
from watcher.baseline.build import load_baseline
from watcher.differ.core import Differ
from watcher.errors import WatcherError
from watcher.evaluate import LABELS, classify_lines, judgement_json, score
from watcher.render import judgement_text


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add `watcher classify`, `watcher eval` and `watcher diff`."""
    classify = sub.add_parser(
        "classify", help="classify JSON Lines statements against the baseline", parents=[common]
    )
    classify.add_argument(
        "file", nargs="?", default="-", help="JSON Lines file with id and text (default: stdin)"
    )
    classify.add_argument(
        "--baseline", type=Path, default=None, help="baseline file (default: configured)"
    )
    classify.set_defaults(func=run_classify)

    ev = sub.add_parser(
        "eval", help="score the classifier on a labelled JSON Lines file", parents=[common]
    )
    ev.add_argument("file", help="JSON Lines file with id, text and label")
    ev.add_argument("--json", action="store_true", help="print the scores as JSON")
    ev.add_argument("--errors", action="store_true", help="also list every misclassified statement")
    ev.add_argument(
        "--baseline", type=Path, default=None, help="baseline file (default: configured)"
    )
    ev.set_defaults(func=run_eval)

    diff = sub.add_parser(
        "diff", help="judge one sentence and print status, cue and evidence", parents=[common]
    )
    diff.add_argument("text", help="the statement to judge")
    diff.add_argument("--json", action="store_true", help="print the judgement as JSON")
    diff.add_argument(
        "--baseline", type=Path, default=None, help="baseline file (default: configured)"
    )
    diff.set_defaults(func=run_diff)


def _differ(args: argparse.Namespace) -> Differ:
    path = args.baseline or config_mod.load(args.config).baseline
    return Differ(load_baseline(path))


def _open(name: str) -> TextIO:
    if name == "-":
        return sys.stdin
    try:
        return open(name, encoding="utf-8", errors="replace")  # noqa: SIM115
    except OSError as exc:
        raise WatcherError(
            f"{name}: cannot read: {exc.strerror}", hint="check the file name"
        ) from exc


def run_classify(args: argparse.Namespace) -> int:
    differ = _differ(args)
    failed = 0
    handle = _open(args.file)
    try:
        for out in classify_lines(handle, differ):
            failed += out["status"] == "error"
            sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
    finally:
        if handle is not sys.stdin:
            handle.close()
    if failed:
        print(f'watcher: {failed} line(s) failed; see their "error" fields', file=sys.stderr)
    return 1 if failed else 0


def run_eval(args: argparse.Namespace) -> int:
    differ = _differ(args)
    pairs: list[tuple[str, str]] = []
    misses: list[dict[str, Any]] = []
    handle = _open(args.file)
    try:
        for out in classify_lines(handle, differ):
            gold = out.get("label")
            if gold not in LABELS:
                continue
            pairs.append((gold, out["status"]))
            if gold != out["status"]:
                misses.append(out)
    finally:
        if handle is not sys.stdin:
            handle.close()
    if not pairs:
        raise WatcherError(f'{args.file}: no statements with a "label" among {", ".join(LABELS)}')
    result = score(pairs)
    if args.json:
        payload = result.to_json()
        if args.errors:
            payload["misclassified"] = [
                {"id": m["id"], "label": m["label"], "status": m["status"], "cue": m.get("cue", "")}
                for m in misses
            ]
        print(json.dumps(payload, indent=2))
        return 0
    console = Console()
    table = Table(title=f"watcher eval {args.file}: {result.total} statements")
    for col in ("status", "precision", "recall", "F1", "support"):
        table.add_column(col, justify="right" if col != "status" else "left")
    for label in LABELS:
        row = result.per_status[label]
        table.add_row(
            label,
            f"{row['precision']:.3f}",
            f"{row['recall']:.3f}",
            f"{row['f1']:.3f}",
            str(int(row["support"])),
        )
    console.print(table)
    console.print(
        f"macro-F1 {result.macro_f1:.3f}   accuracy {result.accuracy:.3f}   errors {result.errors}"
    )
    columns = list(next(iter(result.confusion.values())).keys())
    matrix = Table(title="confusion matrix (rows: label, columns: predicted)")
    matrix.add_column("label")
    for col in columns:
        matrix.add_column(col[:7], justify="right")
    for gold, counts in result.confusion.items():
        matrix.add_row(gold, *(str(counts.get(c, 0)) for c in columns))
    console.print(matrix)
    if args.errors:
        for m in misses:
            console.print(
                f"{m['id']}: {m['label']} -> {m['status']}: {m.get('cue', m.get('error', ''))}",
                markup=False,
            )
    return 0


def run_diff(args: argparse.Namespace) -> int:
    differ = _differ(args)
    tj = differ.judge_text(args.text)
    if args.json:
        print(json.dumps(judgement_json(None, tj), ensure_ascii=False, indent=2))
        return 0
    for j in tj.sentences or (tj.top,):
        print(judgement_text(j))
    return 0
