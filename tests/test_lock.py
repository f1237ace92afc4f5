"""The run lock across real processes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from watcher.errors import LockBusyError
from watcher.lock import run_lock

HOLDER = """
import sys, time
from pathlib import Path
from watcher.lock import run_lock
with run_lock(Path(sys.argv[1])):
    print("held", flush=True)
    time.sleep(float(sys.argv[2]))
"""


def _hold(data_dir: Path, seconds: float) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(data_dir), str(seconds)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    return proc


def _close(proc: subprocess.Popen[str]) -> None:
    """The holder's pipe is ours to close once it has stopped."""
    if proc.stdout is not None:
        proc.stdout.close()


def test_second_run_without_waiting_is_refused_with_the_holder(tmp_path: Path) -> None:
    proc = _hold(tmp_path, 30)
    try:
        with pytest.raises(LockBusyError) as info:
            with run_lock(tmp_path, wait=False):
                pass
        assert f"pid {proc.pid}" in str(info.value)
    finally:
        proc.kill()
        proc.wait()
        _close(proc)


def test_lock_is_released_when_the_holder_dies(tmp_path: Path) -> None:
    proc = _hold(tmp_path, 30)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    _close(proc)
    with run_lock(tmp_path, wait=False) as lock:
        assert f"pid {os.getpid()}" in lock.holder()


def test_waiting_run_starts_when_the_holder_finishes(tmp_path: Path) -> None:
    proc = _hold(tmp_path, 0.5)
    messages: list[str] = []
    started = time.monotonic()
    with run_lock(tmp_path, wait=True, on_wait=messages.append):
        waited = time.monotonic() - started
    proc.wait()
    _close(proc)
    assert messages and "waiting for check pid" in messages[0]
    assert waited > 0.1


def test_lock_can_be_taken_again_in_one_process(tmp_path: Path) -> None:
    with run_lock(tmp_path, wait=False):
        pass
    with run_lock(tmp_path, wait=False):
        pass
    assert (tmp_path / "watcher.lock").read_text() == ""
