"""How long `watcher diff "..."` takes from the shell, as a ratio to starting Python at all.

Run: .venv/bin/python benchmarks/bench_startup.py [--runs 15]

An analyst runs `watcher diff` by hand, so its wall time is start-up: the interpreter, the
imports, loading the baseline and building the differ, then one judgement. Each of these is run
`--runs` times as a subprocess, alternating so that machine load hits all alike, and the median
wall time is printed with its ratio to `python -c pass`:

1. `python -c pass` (the floor);
2. `python -c "import watcher.cli"` (the command line's own imports);
3. `python -m watcher diff --help` (the chosen command's imports: the differ, no baseline);
4. `python -m watcher diff "..."` (everything an analyst waits for).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STATEMENT = "NATO leaders said Ukraine's membership is off the table for now."

CASES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("python -c pass", ("-c", "pass")),
    ("import watcher.cli", ("-c", "import watcher.cli")),
    ("watcher diff --help", ("-m", "watcher", "diff", "--help")),
    ("watcher diff STATEMENT", ("-m", "watcher", "diff", STATEMENT)),
)


def wall_time(args: tuple[str, ...]) -> float:
    """Seconds from spawn to exit of `python ARGS`, run in the project folder."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("WATCHER_CONFIG", None)
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=True,
    )
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="runs of each case (default: 15)")
    args = parser.parse_args()
    for _, case in CASES:  # warm the file cache and the bytecode
        wall_time(case)
    times: dict[str, list[float]] = {name: [] for name, _ in CASES}
    for _ in range(args.runs):
        for name, case in CASES:
            times[name].append(wall_time(case))
    floor = statistics.median(times[CASES[0][0]])
    print(
        f"median of {args.runs} runs each, {os.cpu_count()} cores, Python {sys.version.split()[0]}"
    )
    for name, _ in CASES:
        median = statistics.median(times[name])
        print(f"{name:<24} {median * 1000:7.0f} ms  {median / floor:5.1f}x python -c pass")


if __name__ == "__main__":
    main()
