"""What the evidence costs, as ratios: inside the judging loop, and once per reported finding.

Run: python benchmarks/bench_evidence.py
Prints (1) the share of judging time the differ spends on word diffs it attaches to every
changed or contradicted sentence, measured by judging the dev set with and without them, and
(2) the cost of `evidence_for` for the reported pairs against judging the same texts.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

import watcher.differ.core as core
from watcher.baseline.build import load_baseline
from watcher.differ.core import Differ
from watcher.differ.evidence import evidence_for
from watcher.models import REPORTED, Status

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "eval" / "dev.jsonl"
ROUNDS = 5


def _best(fn: Callable[[], object]) -> float:
    """The fastest of a few rounds: the least disturbed by other work on the machine."""
    times = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    texts = [json.loads(line)["text"] for line in DEV.read_text(encoding="utf-8").splitlines()]
    differ = Differ(load_baseline(ROOT / "baselines" / "claims.json"))

    def judge() -> list[tuple[str, str, str]]:
        out = []
        for text in texts:
            for j in differ.judge_text(text).sentences:
                if j.status in REPORTED and j.status != Status.NEW and j.baseline_text:
                    out.append((j.baseline_text, j.sentence, j.cue))
        return out

    pairs = judge()
    with_diff = _best(judge)
    original = core.word_diff
    core.word_diff = lambda old, new: ()  # the differ without its own word diffs
    try:
        without = _best(judge)
    finally:
        core.word_diff = original

    def evidence() -> None:
        evidence_for.cache_clear()
        for old, new, cue in pairs:
            evidence_for(old, new, cue)

    once = _best(evidence)
    print(f"dev set: {len(texts)} texts, {len(pairs)} changed or contradicted sentences")
    print(f"word diffs inside judging: {(with_diff - without) / with_diff:.0%} of judging time")
    print(f"evidence for the reported pairs, once each: {once / without:.1%} of judging time")


if __name__ == "__main__":
    main()
