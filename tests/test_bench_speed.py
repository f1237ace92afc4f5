"""The speed benchmarks' harnesses: the instruction count's child runs and it refuses what it
cannot count; the differ benchmark's batch server answers each batch with its CPU seconds.

The counts themselves take valgrind minutes and the interleaved run a minute of judging; the
parts they drive are run here directly.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

SCRIPT = ROOT / "benchmarks" / "bench_instructions.py"


def _run(*args: str, path: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    if path is not None:
        env["PATH"] = path
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


@pytest.mark.parametrize("off_topic", [False, True])
def test_the_counted_run_judges_statements_and_exits_cleanly(off_topic: bool) -> None:
    found = _run("--child", "2", *(["--off-topic"] if off_topic else []))
    assert found.returncode == 0, found.stderr
    assert found.stdout == ""


def test_without_valgrind_it_says_so_in_one_line(tmp_path: Path) -> None:
    found = _run("--statements", "5", path=str(tmp_path))
    assert found.returncode == 1
    assert found.stderr.strip() == "valgrind is not installed: apt-get install valgrind"


def test_no_statements_to_count_is_refused() -> None:
    found = _run("--statements", "0")
    assert found.returncode == 1
    assert found.stderr.strip() == "--statements must be at least 1"


def test_the_batch_server_answers_each_batch_with_its_cpu_seconds() -> None:
    server = subprocess.Popen(
        [sys.executable, str(ROOT / "benchmarks" / "bench_differ.py"), "--serve"],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    out, _ = server.communicate("0 3\n3 5\n", timeout=300)
    ready, first, second = out.splitlines()
    assert server.returncode == 0
    assert ready == "ready"
    assert 0 <= float(first) < 30 and 0 <= float(second) < 30
