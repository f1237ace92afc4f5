"""How long `watcher diff "..."` takes from the shell, as a ratio to starting Python at all.

Run: .venv/bin/python benchmarks/bench_startup.py [--runs 15] [--against DIR]

An analyst runs `watcher diff` by hand, so its wall time is start-up: the interpreter, the
imports, loading the baseline and building the differ, then one judgement. Each of these is run
`--runs` times as a subprocess, alternating so that machine load hits all alike, and the median
wall time is printed with its ratio to `python -c pass`, beside the median CPU time of the
child (user + system), which load inflates less:

1. `python -c pass` (the floor);
2. `python -c "import watcher.cli"` (the command line's own imports);
3. `python -m watcher diff --help` (the chosen command's imports: the differ, no baseline);
4. `python -m watcher diff "..."` (everything an analyst waits for).

The target is 0.3 s where `python -c pass` takes 0.03 s: 10x. An installed package keeps its
compiled bytecode, so the runs do too, in a temporary folder (`PYTHONPYCACHEPREFIX`) even where
`PYTHONDONTWRITEBYTECODE` is set; otherwise every run would compile the sources again. Likewise
the differ's state derived from the baseline, and the compiled patterns a sentence needs
(`patterns.json`), are kept where a user's would be, in a temporary cache folder
(`XDG_CACHE_HOME`) that the first, untimed run fills: the timed runs are an analyst's second
and later ones.

`--against DIR` adds `watcher diff "..."` run from another source tree (an older commit's, from
`git archive COMMIT | tar -x -C DIR`), alternated run by run with the others, so that two
versions are compared under the same load.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
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


def timed_run(args: tuple[str, ...], pycache: str, root: Path = ROOT) -> tuple[float, float]:
    """Wall and CPU seconds from spawn to exit of `python ARGS`, run in the source tree `root`."""
    # Each tree keeps its own derived-state cache, whose key covers the code.
    cache = "cache" if root == ROOT else "cache-against"
    env = {
        **os.environ,
        "PYTHONPATH": str(root),
        "PYTHONPYCACHEPREFIX": pycache,
        "XDG_CACHE_HOME": os.path.join(pycache, cache),
    }
    env.pop("WATCHER_CONFIG", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, *args],
        cwd=root,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=True,
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return wall, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="runs of each case (default: 15)")
    parser.add_argument(
        "--against",
        type=Path,
        default=None,
        help="another source tree's `watcher diff`, alternated",
    )
    args = parser.parse_args()
    cases = [(name, case, ROOT) for name, case in CASES]
    if args.against is not None:
        cases.append((f"the same, {args.against.name}", CASES[-1][1], args.against.resolve()))
    with tempfile.TemporaryDirectory() as pycache:
        for _, case, root in cases:  # warm the file cache and write the bytecode
            timed_run(case, pycache, root)
        walls: dict[str, list[float]] = {name: [] for name, _, _ in cases}
        cpus: dict[str, list[float]] = {name: [] for name, _, _ in cases}
        for _ in range(args.runs):
            for name, case, root in cases:
                wall, cpu = timed_run(case, pycache, root)
                walls[name].append(wall)
                cpus[name].append(cpu)
    floor = statistics.median(walls[CASES[0][0]])
    cpu_floor = statistics.median(cpus[CASES[0][0]])
    print(
        f"median of {args.runs} runs each, {os.cpu_count()} cores, Python {sys.version.split()[0]}, "
        f"load average {os.getloadavg()[0]:.1f}"
    )
    for name, _, _ in cases:
        wall, cpu = statistics.median(walls[name]), statistics.median(cpus[name])
        print(
            f"{name:<24} {wall * 1000:7.0f} ms {wall / floor:5.1f}x python -c pass   "
            f"CPU {cpu * 1000:5.0f} ms {cpu / cpu_floor:5.1f}x"
        )
    ratio = statistics.median(walls[CASES[-1][0]]) / floor
    print(f"watcher diff: {ratio:.1f}x python -c pass (target <= 10x: 0.3 s where it takes 0.03 s)")


if __name__ == "__main__":
    main()
