"""With PostgreSQL the run lock and the daemon lock live in the database server, not a folder.

Each process here has a data folder of its own, as processes on two hosts would: only the
database is shared, and still two checks never run at once and a second daemon refuses.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from watcher.config import load
from watcher.daemon.scheduler import DAEMON_LOCK
from watcher.daemon.status import collect_status
from watcher.errors import LockBusyError
from watcher.lock import LOCK_NAME, named_lock, run_lock
from watcher.store.schema import open_database, runs

from . import feeds_fixtures
from .feeds_fixtures import FeedServer, Route, rss, write_config
from .pg_fixtures import PostgresServer

feed_server = feeds_fixtures.feed_server
baseline_file = feeds_fixtures.baseline_file

ROOT = Path(__file__).resolve().parent.parent


def _host(tmp_path: Path, name: str, baseline: Path, url: str, database: str) -> Path:
    """A config as one host has it: its own data folder, the shared database."""
    folder = tmp_path / name
    folder.mkdir()
    return write_config(
        folder,
        baseline,
        [("Slow", url)],
        database=database,
        allow_private_links=True,
        timeout_seconds=30,
    )


def _watcher(*argv: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "watcher", *argv],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _close(*procs: subprocess.Popen[str]) -> None:
    """Stop what still runs and close the pipes we opened to it."""
    for proc in procs:
        if proc.poll() is None:
            proc.kill()
        proc.communicate()


def _until(condition: Callable[[], bool], seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.05)


def _lock_holder(database: str, name: str) -> str:
    return named_lock(Path("/nonexistent"), name, database_url=database).holder()


@pytest.fixture
def shared(
    tmp_path: Path, postgres_server: PostgresServer, feed_server: FeedServer, baseline_file: Path
) -> tuple[str, Path, Path]:
    """One PostgreSQL database and two hosts' configs pointing at it, with a feed that answers when the test opens its gate."""
    database = postgres_server.create_database()
    url = feed_server.add(
        "/slow",
        Route(rss(("a", "Summit", "<p>Allies met in Vilnius.</p>")), gate=threading.Event()),
    )
    first = _host(tmp_path, "host-a", baseline_file, url, database)
    second = _host(tmp_path, "host-b", baseline_file, url, database)
    return database, first, second


@pytest.mark.slow
def test_a_check_on_another_host_is_refused_or_waits_its_turn(
    shared: tuple[str, Path, Path], feed_server: FeedServer
) -> None:
    database, first, second = shared
    holder = _watcher("check", "--config", str(first))
    waiter = holder
    try:
        _until(lambda: bool(_lock_holder(database, LOCK_NAME)), 30, "the first check's lock")
        busy = subprocess.run(
            [sys.executable, "-m", "watcher", "check", "--config", str(second), "--no-wait"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert busy.returncode == 1
        assert "another run holds the watcher.lock lock" in busy.stderr
        assert f"check pid {holder.pid} on " in busy.stderr and "hint:" in busy.stderr

        waiter = _watcher("check", "--config", str(second))
        time.sleep(1)  # the waiter starts and finds the lock taken
        gate = feed_server.routes["/slow"].gate
        assert gate is not None and feed_server.hits("/slow")
        gate.set()  # the first check's fetch completes, and the check with it
        assert holder.wait(60) == 0, holder.stderr.read() if holder.stderr else ""
        assert waiter.wait(60) == 0, waiter.stderr.read() if waiter.stderr else ""
    finally:
        _close(*{holder, waiter})
    db = open_database(database)
    try:
        with db.connect() as conn:
            rows = conn.execute(
                select(runs.c.started_at, runs.c.finished_at, runs.c.state).order_by(
                    runs.c.started_at
                )
            ).all()
    finally:
        db.close()
    assert [r.state for r in rows] == ["ok", "ok"]
    assert rows[1].started_at >= rows[0].finished_at  # the second waited for the first


def test_the_lock_is_freed_when_its_holder_is_killed(postgres_server: PostgresServer) -> None:
    database = postgres_server.create_database()
    script = (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from watcher.lock import run_lock\n"
        "with run_lock(Path('/nonexistent'), database_url=sys.argv[1]):\n"
        "    print('held', flush=True)\n"
        "    time.sleep(60)\n"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", script, database], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
        with pytest.raises(LockBusyError, match=f"check pid {proc.pid}"):
            with run_lock(Path("/nonexistent"), wait=False, database_url=database):
                pass
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
        _until(lambda: not _lock_holder(database, LOCK_NAME), 10, "the server to free the lock")
        with run_lock(Path("/nonexistent"), wait=False, database_url=database) as lock:
            assert f"check pid {os.getpid()} on " in lock.holder()
    finally:
        _close(proc)
    assert _lock_holder(database, LOCK_NAME) == ""


@pytest.mark.slow
def test_a_second_daemon_on_another_host_refuses_to_start(
    shared: tuple[str, Path, Path], feed_server: FeedServer
) -> None:
    database, first, second = shared
    gate = feed_server.routes["/slow"].gate
    assert gate is not None
    gate.set()
    daemon = _watcher("run", "--config", str(first))
    try:
        _until(lambda: bool(_lock_holder(database, DAEMON_LOCK)), 30, "the daemon's lock")
        refused = subprocess.run(
            [sys.executable, "-m", "watcher", "run", "--config", str(second)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert refused.returncode == 1
        assert "another `watcher run` already serves this database" in refused.stderr
        assert f"daemon pid {daemon.pid} on " in refused.stderr
        assert daemon.poll() is None
        assert f"daemon pid {daemon.pid} on " in collect_status(load(second)).daemon
        daemon.send_signal(signal.SIGTERM)
        daemon.wait(30)
    finally:
        _close(daemon)
    assert collect_status(load(second)).daemon == ""
