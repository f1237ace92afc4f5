"""The differ's cost in instructions per statement, counted by valgrind, not timed.

Run: python benchmarks/bench_instructions.py [--statements 300] [--against DIR]

Shared machines lend their cores (a quarter of the time stolen, at times): CPU seconds of the
same run vary by a fifth, more than most changes to the differ save. Valgrind's callgrind counts
the instructions a run executes, the same on every run of the same code and input. Each figure
is the difference of two counted runs, one judging `--statements` statements of
`bench_differ.py` after the start-up and 300 warm-up statements and one judging none, divided by
that number: the start-up and the warm-up cancel out. `--against DIR` counts another tree of
the project (a worktree of an older commit) the same way, for a ratio in one run. About a
minute per count (valgrind runs Python some fifty times slower); the two counts of a tree run
side by side.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WARM = 300


def child(statements: int, off_topic: bool) -> None:
    """Judge WARM statements, then `statements` more: what valgrind counts."""
    sys.path.insert(0, str(Path.cwd()))
    from benchmarks import bench_differ
    from watcher.baseline.build import load_baseline
    from watcher.differ.core import Differ

    rng = random.Random(7)
    texts = bench_differ.statements(rng)
    if off_topic:
        texts = bench_differ.off_topic(rng)
    differ = Differ(load_baseline(Path.cwd() / "baselines" / "claims.json"))
    for text in texts[: WARM + statements]:
        differ.judge_text(text)


def count(tree: Path, statements: int, off_topic: bool) -> int:
    """Instructions of one run of `child` in `tree` (its own code, this interpreter)."""
    with tempfile.TemporaryDirectory() as tmp:
        log = Path(tmp) / "log"
        args = [
            "valgrind",
            "--tool=callgrind",
            "--callgrind-out-file=/dev/null",
            f"--log-file={log}",
            sys.executable,
            str(Path(__file__).resolve()),
            "--child",
            str(statements),
        ]
        if off_topic:
            args.append("--off-topic")
        env = {**os.environ, "PYTHONPATH": str(tree)}
        subprocess.run(args, cwd=tree, env=env, check=True)
        found = re.search(r"Collected : (\d+)", log.read_text())
        if found is None:
            raise SystemExit(f"no instruction count in valgrind's log for {tree}")
        return int(found.group(1))


def per_statement(tree: Path, statements: int, off_topic: bool = False) -> float:
    with ThreadPoolExecutor(2) as pool:
        full = pool.submit(count, tree, statements, off_topic)
        none = pool.submit(count, tree, 0, off_topic)
        return (full.result() - none.result()) / statements


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--statements", type=int, default=300, help="statements counted")
    parser.add_argument("--against", type=Path, help="another tree of the project to count")
    parser.add_argument("--on-topic-only", action="store_true", help="skip the off-topic count")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--off-topic", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        child(args.child, args.off_topic)
        return
    if args.statements < 1:
        raise SystemExit("--statements must be at least 1")
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed: apt-get install valgrind")
    trees = [("this tree", ROOT)]
    if args.against is not None:
        trees.append((str(args.against), args.against.resolve()))
    figures = {}
    for name, tree in trees:
        on = per_statement(tree, args.statements)
        figures[name] = on
        line = f"{name}: {on / 1e6:.2f} M instructions per on-topic statement"
        if not args.on_topic_only:
            off = per_statement(tree, args.statements, off_topic=True)
            line += f", {off / 1e6:.2f} M per off-topic one"
        print(f"{line} ({args.statements} statements each)")
    if args.against is not None:
        ratio = figures["this tree"] / figures[str(args.against)]
        print(f"on-topic ratio, this tree / {args.against}: {ratio:.3f}")


if __name__ == "__main__":
    main()
