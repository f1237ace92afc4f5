"""`watcher classify`, `watcher eval` and `watcher diff`: the differ from the command line."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from watcher import config as config_mod
from watcher.baseline.build import load_baseline
from watcher.differ.core import Differ
from watcher.differ.derived import cached_differ, default_folder
from watcher.errors import WatcherError
from watcher.render import judgement_text
from watcher.text import compiled

if TYPE_CHECKING:
    from rich.console import Console

    from watcher.evaluate import BadLine, Scores, StatementEval
    from watcher.evaluate_articles import ArticleScores

#: The files `watcher eval --articles DIR` reads from DIR.
ARTICLES_FEED = "articles.xml"
ARTICLES_GOLD = "gold.jsonl"


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
    _workers_option(classify)
    classify.set_defaults(func=run_classify)

    ev = sub.add_parser(
        "eval",
        help="score the differ on labelled statements or on an article corpus",
        parents=[common],
    )
    ev.add_argument(
        "file",
        nargs="?",
        help="JSON Lines file with id, text and label; or, with --gold, an RSS/Atom feed; "
        f"or a folder holding {ARTICLES_FEED} and {ARTICLES_GOLD}",
    )
    ev.add_argument(
        "--articles",
        metavar="DIR",
        type=Path,
        action="append",
        help=f"score an article corpus: DIR holds {ARTICLES_FEED} and {ARTICLES_GOLD}; "
        "given more than once, each corpus is scored and then all of them joined",
    )
    ev.add_argument("--gold", metavar="FILE", type=Path, help="sentence gold for the feed FILE")
    ev.add_argument(
        "--split", help="only statements whose `split` field is this (e.g. train or check)"
    )
    ev.add_argument("--json", action="store_true", help="print the scores as JSON")
    ev.add_argument(
        "--errors", action="store_true", help="also list the misses and the false findings"
    )
    ev.add_argument(
        "--baseline", type=Path, default=None, help="baseline file (default: configured)"
    )
    _workers_option(ev)
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


def _workers(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = -1
    if n < 0:
        raise argparse.ArgumentTypeError(f"not a number of processes: {value!r} (0: one per CPU)")
    return n


def _workers_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--workers",
        type=_workers,
        default=0,
        metavar="N",
        help="processes judging the statements (default 0: one per CPU this process may use; "
        "1: this process alone); the output is the same either way",
    )


def _differ(args: argparse.Namespace) -> Differ:
    path = args.baseline or config_mod.load(args.config).baseline
    return cached_differ(load_baseline(path), default_folder())


def _open(name: str) -> IO[bytes]:
    """The input as bytes: a file, or stdin for "-"."""
    if name == "-":
        if sys.stdin is None:
            raise WatcherError("standard input is closed", hint="give a FILE, or pipe lines in")
        return sys.stdin.buffer
    try:
        return open(name, "rb")  # noqa: SIM115
    except OSError as exc:
        raise WatcherError(
            f"{name}: cannot read: {exc.strerror}", hint="check the file name"
        ) from exc


@contextlib.contextmanager
def _reading(name: str) -> Iterator[Iterator[str | BadLine]]:
    """The input's lines; a read that fails midway (a folder as stdin) is a one-line error."""
    from watcher.evaluate import read_lines  # the scoring code, for the commands that score

    handle = _open(name)

    def lines() -> Iterator[str | BadLine]:
        try:
            yield from read_lines(handle)
        except OSError as exc:
            raise WatcherError(f"{name}: cannot read: {exc.strerror or exc}") from exc

    try:
        yield lines()
    finally:
        if name != "-":
            handle.close()


@contextlib.contextmanager
def _stdout() -> Iterator[IO[str]]:
    """Standard output, flushed at the end; a closed or full one is a one-line error.

    After a failed write the descriptor is pointed at /dev/null, so the interpreter's own
    flush at exit has nothing left to fail on.
    """
    out = sys.stdout
    if out is None:
        raise WatcherError("standard output is closed", hint="redirect it to a file")
    try:
        yield out
        out.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        with contextlib.suppress(OSError, ValueError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, out.fileno())
            os.close(devnull)
        raise WatcherError(
            f"cannot write the output: {exc.strerror or exc}", hint="check the disk or the pipe"
        ) from exc


def _plain(text: object) -> str:
    """Text safe for a terminal: control and format characters shown as escapes."""
    return "".join(
        ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in str(text)
    )


def run_classify(args: argparse.Namespace) -> int:
    from watcher.evaluate import classify_lines

    differ = _differ(args)
    failed = 0
    with _stdout() as out, _reading(args.file) as lines:
        for item in classify_lines(lines, differ, args.workers):
            failed += item["status"] == "error"
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
    if failed:
        print(f'watcher: {failed} line(s) failed; see their "error" fields', file=sys.stderr)
    return 1 if failed else 0


def run_eval(args: argparse.Namespace) -> int:
    if args.articles and len(args.articles) > 1:
        return _eval_corpora(args)
    feed, gold = _article_files(args)
    if feed and gold:
        if args.split:
            raise WatcherError("--split applies to statement files, not to an article corpus")
        return _eval_articles(args, feed, gold)
    if not args.file:
        raise WatcherError("give a labelled JSON Lines FILE, or --articles DIR")
    from watcher.evaluate import classify_lines, evaluate_statements

    differ = _differ(args)
    with _reading(args.file) as lines:
        result = evaluate_statements(classify_lines(lines, differ, args.workers), args.split or "")
    with _stdout():
        if args.json:
            print(json.dumps(_statements_json(result, args), indent=2))
        else:
            _print_statements(result, args)
    return 1 if result.unreadable else 0


def _article_files(args: argparse.Namespace) -> tuple[Path | None, Path | None]:
    """The feed and gold of an article corpus, if the arguments name one."""
    folder: Path | None = args.articles[0] if args.articles else None
    if folder is None and args.gold is None and args.file and Path(args.file).is_dir():
        folder = Path(args.file)
    if folder is not None:
        if args.gold is not None or (args.articles is not None and args.file):
            raise WatcherError("give either --articles DIR, or a FEED with --gold FILE")
        return _corpus_files(folder)
    if args.gold is not None:
        if not args.file:
            raise WatcherError("--gold needs the FEED it labels")
        return Path(args.file), args.gold
    return None, None


def _statements_json(result: StatementEval, args: argparse.Namespace) -> dict[str, Any]:
    payload = result.scores.to_json()
    if args.split:
        payload["split"] = args.split
    if result.splits:
        payload["splits"] = {name: s.to_json() for name, s in result.splits.items()}
    if result.unreadable:
        payload["unreadable"] = [
            {"line": u["line"], "error": u["error"]} for u in result.unreadable
        ]
    if args.errors:
        payload["misclassified"] = [
            {
                "id": m["id"],
                "label": m["label"],
                "status": m["status"],
                "cue": m.get("cue", m.get("error", "")),
                **({"split": m["split"]} if "split" in m else {}),
            }
            for m in _listed_misses(result, args)
        ]
    return payload


def _listed_misses(result: StatementEval, args: argparse.Namespace) -> list[dict[str, Any]]:
    """Misses to list: with splits and none chosen, only those outside the held-back `check`."""
    if args.split or "check" not in result.splits:
        return list(result.misclassified)
    return [m for m in result.misclassified if m.get("split") != "check"]


def _print_statements(result: StatementEval, args: argparse.Namespace) -> None:
    # rich is loaded for the tables only, so `watcher diff` does not wait for it.
    from rich.console import Console
    from rich.table import Table

    from watcher.evaluate import LABELS

    console = Console(highlight=False)
    scores = result.scores
    where = f" (split {args.split})" if args.split else ""
    table = Table(title=f"watcher eval {args.file}{where}: {scores.total} statements")
    for col in ("status", "precision", "recall", "F1", "support"):
        table.add_column(col, justify="right" if col != "status" else "left")
    for label in LABELS:
        row = scores.per_status[label]
        table.add_row(
            label,
            f"{row['precision']:.3f}",
            f"{row['recall']:.3f}",
            f"{row['f1']:.3f}",
            str(int(row["support"])),
        )
    console.print(table)
    console.print(
        f"macro-F1 {scores.macro_f1:.3f} ({_interval(scores)})   "
        f"accuracy {scores.accuracy:.3f}   errors {scores.errors}"
    )
    if result.splits:
        _print_splits(console, result.splits)
    columns = list(next(iter(scores.confusion.values())).keys())
    matrix = Table(title="confusion matrix (rows: label, columns: predicted)")
    matrix.add_column("label")
    for col in columns:
        matrix.add_column(col[:7], justify="right")
    for gold, counts in scores.confusion.items():
        matrix.add_row(gold, *(str(counts.get(c, 0)) for c in columns))
    console.print(matrix)
    for u in result.unreadable:
        print(f"unreadable: {_plain(u['error'])}")
    if args.errors:
        listed = _listed_misses(result, args)
        if len(listed) < len(result.misclassified):
            print("errors of the check split are not listed (pass --split check to see them)")
        for m in listed:
            split = f" [{m['split']}]" if "split" in m else ""
            cue = m.get("cue", m.get("error", ""))
            print(_plain(f"{m['id']}{split}: {m['label']} -> {m['status']}: {cue}"))


def _print_splits(console: Console, splits: dict[str, Scores]) -> None:
    """Each split's figures side by side."""
    from rich.table import Table

    from watcher.evaluate import LABELS

    table = Table(title="by split: precision / recall / F1 (support)")
    table.add_column("status")
    for name, s in splits.items():
        table.add_column(f"{name} ({s.total})", justify="right")
    for label in LABELS:
        cells = []
        for s in splits.values():
            row = s.per_status[label]
            cells.append(
                f"{row['precision']:.3f} / {row['recall']:.3f} / {row['f1']:.3f} "
                f"({int(row['support'])})"
            )
        table.add_row(label, *cells)
    table.add_row("macro-F1", *(f"{s.macro_f1:.3f}" for s in splits.values()))
    table.add_row("95% interval", *(_interval(s, short=True) for s in splits.values()))
    table.add_row("accuracy", *(f"{s.accuracy:.3f}" for s in splits.values()))
    console.print(table)


def _interval(scores: Scores, *, short: bool = False) -> str:
    """The macro-F1's bootstrap interval, so a small set's figure is read with its spread."""
    low, high = scores.macro_f1_range
    return f"{low:.3f}-{high:.3f}" if short else f"95% interval {low:.3f}-{high:.3f}"


def _score_corpus(args: argparse.Namespace, feed: Path, gold_path: Path) -> ArticleScores:
    from dataclasses import replace

    from watcher.evaluate_articles import check_feed, evaluate_feed, load_gold

    with _reading(str(gold_path)) as lines:
        gold = load_gold(lines, name=str(gold_path))
    config = config_mod.load(args.config)
    if args.baseline:
        config = replace(config, baseline=args.baseline)
    return evaluate_feed(check_feed(feed, config), gold)


def _eval_corpora(args: argparse.Namespace) -> int:
    """Several corpora: each scored on its own, then all of them joined."""
    from watcher.evaluate_articles import joined_scores

    if args.file or args.gold is not None:
        raise WatcherError("give the corpora as --articles DIR, each once, and nothing else")
    if args.split:
        raise WatcherError("--split applies to statement files, not to an article corpus")
    runs = []
    for folder in args.articles:
        feed, gold = _corpus_files(folder)
        runs.append((folder, feed, gold, _score_corpus(args, feed, gold)))
    joined = joined_scores([scores for *_, scores in runs])
    with _stdout():
        if args.json:
            payload: dict[str, Any] = {
                "corpora": [
                    {
                        "feed": str(feed),
                        "gold": str(gold),
                        **scores.to_json(),
                        **(scores.errors_json() if args.errors else {}),
                    }
                    for _, feed, gold, scores in runs
                ],
                "joined": joined.to_json(),
            }
            print(json.dumps(payload, indent=2, ensure_ascii=False))
        else:
            for _, feed, gold, scores in runs:
                _print_articles(scores, feed, gold, errors=args.errors)
                print()
            _print_joined(joined, [folder for folder, *_ in runs])
    return 0


def _corpus_files(folder: Path) -> tuple[Path, Path]:
    feed, gold = folder / ARTICLES_FEED, folder / ARTICLES_GOLD
    for path in (feed, gold):
        if not path.is_file():
            raise WatcherError(
                f"{path}: not found",
                hint=f"an article corpus folder holds {ARTICLES_FEED} and {ARTICLES_GOLD}",
            )
    return feed, gold


def _print_joined(scores: ArticleScores, folders: list[Path]) -> None:
    correct = sum(v.outcome == "correct" for v in scores.verdicts)
    recalled = scores.required_groups - len(scores.missed)
    print(f"joined: {len(folders)} corpora ({', '.join(str(f) for f in folders)})")
    print(
        f"finding precision   {scores.precision:.3f} ({correct} of {scores.findings})   "
        f"95% interval {scores.precision_range[0]:.3f}-{scores.precision_range[1]:.3f}   "
        f"{scores.lenient_precision:.3f} worth reporting (lenient)"
    )
    print(
        f"development recall  {scores.recall:.3f} ({recalled} of {scores.required_groups})   "
        f"95% interval {scores.recall_range[0]:.3f}-{scores.recall_range[1]:.3f}   "
        f"{scores.strict_recall:.3f} status right (strict)"
    )
    _print_quoted(scores)
    print(
        f"duplicates          {scores.duplicates} ({scores.duplicate_rate:.0%} of required "
        f"developments)   false findings {scores.on_known} on known, {scores.on_unlisted} on "
        f"unlisted sentences, {scores.wrong_status} with the wrong status"
    )
    for status, row in scores.per_status.items():
        print(
            f"  {status:<13}{int(row['findings']):>4} findings, precision {row['precision']:.3f}"
            f"   {int(row['developments']):>3} developments, recall {row['recall']:.3f}"
            f" (strict {row['strict_recall']:.3f})"
        )


def _print_quoted(scores: ArticleScores) -> None:
    print(
        f"  as quoted         {scores.quoted_recall:.3f} any status     "
        f"{scores.quoted_strict_recall:.3f} status right (strict)   told by a finding's own "
        "sentence, not only by one merged into its sources"
    )


def _eval_articles(args: argparse.Namespace, feed: Path, gold_path: Path) -> int:
    scores = _score_corpus(args, feed, gold_path)
    with _stdout():
        if args.json:
            payload = {"feed": str(feed), "gold": str(gold_path), **scores.to_json()}
            if args.errors:
                payload.update(scores.errors_json())
            print(json.dumps(payload, indent=2, ensure_ascii=False))
        else:
            _print_articles(scores, feed, gold_path, errors=args.errors)
    return 0


def _print_articles(scores: ArticleScores, feed: Path, gold: Path, *, errors: bool) -> None:
    entries = scores.extra.get("entries", 0)
    print(
        f"watcher eval {feed} ({entries} entries) against {gold}: "
        f"{scores.findings} findings, {scores.required_groups} required developments"
    )
    print(
        f"finding precision   {scores.precision:.3f} status right   "
        f"{scores.lenient_precision:.3f} worth reporting (lenient)   "
        f"95% interval {scores.precision_range[0]:.3f}-{scores.precision_range[1]:.3f}"
    )
    print(
        f"development recall  {scores.recall:.3f} any status     "
        f"{scores.strict_recall:.3f} status right (strict)   "
        f"95% interval {scores.recall_range[0]:.3f}-{scores.recall_range[1]:.3f} (any status)"
    )
    _print_quoted(scores)
    print(
        f"duplicates          {scores.duplicates} extra findings for a development already found "
        f"({scores.duplicate_rate:.0%} of required developments)"
    )
    print(
        f"false findings      {scores.on_known} on known sentences, {scores.on_unlisted} on "
        f"unlisted sentences, {scores.wrong_status} with the wrong status"
    )
    if scores.gold_unplaced:
        print(f"warning: {len(scores.gold_unplaced)} gold sentence(s) not found in their article")
    print("\nper status: precision over findings, recall over required developments")
    print(
        f"  {'status':<13}{'findings':>9}{'precision':>10}{'lenient':>9}"
        f"{'developments':>13}{'recall':>8}{'strict':>8}"
    )
    for status, row in scores.per_status.items():
        print(
            f"  {status:<13}{int(row['findings']):>9}{row['precision']:>10.3f}"
            f"{row['lenient_precision']:>9.3f}{int(row['developments']):>13}"
            f"{row['recall']:>8.3f}{row['strict_recall']:>8.3f}"
        )
    if errors:
        _print_article_errors(scores)


def _print_article_errors(scores: ArticleScores) -> None:
    data = scores.errors_json()
    print(f"\nmissed developments ({len(data['missed'])}, required, no finding):")
    for miss in data["missed"]:
        print(_plain(f"  {miss['dev_group']} ({miss['status']})"))
        for s in miss["sentences"]:
            print(_plain(f"    {s['article']}: {s['sentence']}"))
    print(f"\nfound only with another status ({len(data['wrong_status_only'])}):")
    for item in data["wrong_status_only"]:
        print(_plain(f"  {item['dev_group']} (should be {item['status']})"))
    print(f"\nfalse findings ({len(data['false_findings'])}):")
    for f in data["false_findings"]:
        gold = "/".join(f["gold"]) or "unlisted"
        print(_plain(f"  [{f['outcome']}: gold {gold}] {f['status']}: {f['cue']}"))
        print(_plain(f"    {f['article']}: {f['sentence']}"))
    print(f"\nduplicated developments ({len(data['duplicated'])}):")
    for d in data["duplicated"]:
        print(_plain(f"  {d['dev_group']}: {len(d['findings'])} findings"))
        for f in d["findings"]:
            print(_plain(f"    {f['status']}: {f['sentence']}"))


def run_diff(args: argparse.Namespace) -> int:
    differ = _differ(args)
    tj = differ.judge_text(args.text)
    # The patterns this sentence needed, kept for the next `watcher diff` (a third of its wait).
    compiled.save(default_folder())
    if args.json:
        from watcher.evaluate import judgement_json

        print(json.dumps(judgement_json(None, tj), ensure_ascii=False, indent=2))
        return 0
    for j in tj.sentences or (tj.top,):
        print(judgement_text(j))
    return 0
