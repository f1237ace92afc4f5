"""Train the restatement model (`watcher/text/restatement.py`) and write its weights.

Run: python benchmarks/train_restatement.py [--check] [--folds 5]

The training rows are the labelled statements whose errors may be read: the `read` sets of
`benchmarks/statements/` and the `train` split of `../shared/eval/dev.jsonl` (never `check`,
never a `held-out` set). A row is a statement labelled `known` or `new` that the differ decides
by likeness alone (no other signal, not dated after the baseline): the features of its decisive
sentence, collected with the similarity threshold alone deciding, so the rows do not depend on
the weights being trained. The weights go to `watcher/data/restatement.json`.

--check rebuilds the weights and compares them with the shipped file (exit 1 if they differ);
--folds N prints N-fold cross-validated errors for the threshold alone and for the model at
each of a few epochs, penalties and thresholds, on the training rows only (how EPOCHS, PENALTY
and THRESHOLD were chosen).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from watcher.baseline.build import load_baseline  # noqa: E402
from watcher.differ.core import CLOSE, KNOWN_THRESHOLD, Differ  # noqa: E402
from watcher.text import restatement  # noqa: E402

WEIGHTS = ROOT / "watcher" / "data" / "restatement.json"
STATEMENTS = ROOT / "benchmarks" / "statements"
DEV = ROOT.parent / "shared" / "eval" / "dev.jsonl"


def statements() -> Iterator[tuple[str, dict[str, Any]]]:
    """(source, row) for every statement whose errors may be read."""
    if not DEV.exists():
        sys.exit(f"{DEV} is missing: the dev set's train split is part of the training rows")
    for line in DEV.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row.get("split") == "train":
            yield "dev.jsonl train", row
    for path in sorted(STATEMENTS.glob("*.jsonl")):
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        if rows and all(r.get("split") == "read" for r in rows):
            yield from ((path.name, r) for r in rows)


def rows(differ: Differ) -> tuple[list[tuple[dict[str, float], bool]], dict[str, int]]:
    """The training rows and how many came from each source."""
    differ.restatement = restatement.SIMILARITY_ALONE
    found: list[tuple[dict[str, float], bool]] = []
    sources: dict[str, int] = {}
    for source, row in statements():
        if row["label"] not in ("known", "new"):
            continue
        top = differ.judge_text(row["text"]).top
        if top.topic == CLOSE or top.topic.startswith("count:") or not similar_only(top.cue):
            continue  # another signal decides it, or its closeness alone makes it on topic
        features = differ.restatement_features(top.sentence)
        if features is None:
            continue
        found.append((features, row["label"] == "known"))
        sources[source] = sources.get(source, 0) + 1
    return found, sources


def similar_only(cue: str) -> bool:
    """Was the status decided by likeness alone (no other signal)?"""
    return cue.startswith("restates baseline claim") or "not in the baseline" in cue


def errors(model: restatement.Model, test: list[tuple[dict[str, float], bool]]) -> int:
    return sum(model.restates(f) != known for f, known in test)


def cross_validate(data: list[tuple[dict[str, float], bool]], folds: int) -> None:
    alone = sum((f["similar"] >= 1.0) != known for f, known in data)
    print(f"{len(data)} rows; the threshold alone ({KNOWN_THRESHOLD}): {alone} errors")
    for epochs in (150, 400):
        for penalty in (0.3, 1.0, 3.0):
            wrong = {t: 0 for t in (0.3, 0.4, 0.5)}
            for k in range(folds):
                train = [r for i, r in enumerate(data) if i % folds != k]
                test = [r for i, r in enumerate(data) if i % folds == k]
                model = restatement.train(train, epochs=epochs, penalty=penalty)
                for t in wrong:
                    wrong[t] += errors(restatement.Model(model.weights, t), test)
            cells = ", ".join(f"threshold {t}: {n}" for t, n in wrong.items())
            print(f"epochs {epochs}, penalty {penalty}: {cells} errors ({folds}-fold)")


def trained_on(sources: Mapping[str, int], total: int, known: int) -> dict[str, Any]:
    return {
        "rows": total,
        "known": known,
        "sources": dict(sorted(sources.items())),
        "epochs": restatement.EPOCHS,
        "rate": restatement.RATE,
        "penalty": restatement.PENALTY,
        "command": "python benchmarks/train_restatement.py",
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the shipped weights")
    parser.add_argument("--folds", type=int, default=0, help="cross-validate instead of writing")
    args = parser.parse_args(argv)
    differ = Differ(load_baseline(ROOT / "baselines" / "claims.json"))
    data, sources = rows(differ)
    if args.folds:
        cross_validate(data, args.folds)
        return 0
    model = restatement.train(data)
    state = model.state(trained_on(sources, len(data), sum(k for _, k in data)))
    text = json.dumps(state, indent=1, ensure_ascii=False) + "\n"
    if args.check:
        same = WEIGHTS.exists() and WEIGHTS.read_text(encoding="utf-8") == text
        print("the shipped weights are" + ("" if same else " NOT") + " what training gives")
        return 0 if same else 1
    tmp = WEIGHTS.with_suffix(".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(WEIGHTS)
    print(
        f"{len(data)} rows ({state['trained_on']['known']} known), "
        f"{len(state['weights'])} weights -> {WEIGHTS.relative_to(ROOT)}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
