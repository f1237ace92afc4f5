"""`watcher run` as a real subprocess: it polls, sends a missed digest once, stops cleanly."""

from __future__ import annotations

import email
import json
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select, text

from watcher.config import load
from watcher.daemon.scheduler import DIGEST_JOB, POLL_JOB, stored_jobs
from watcher.daemon.status import collect_status
from watcher.lock import run_lock
from watcher.store.recovery import INTERRUPTED
from watcher.store.schema import entries, open_database, runs

from .daemon_servers import (
    ROOT,
    Daemon,
    FeedServer,
    SmtpServer,
    make_feeds_due,
    move_stored_run,
    rss,
    serve_feeds,
    serve_smtp,
    wait_for,
)

pytestmark = pytest.mark.slow

LOG_LINE = re.compile(
    r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z (DEBUG|INFO|WARNING|ERROR|CRITICAL) \S+ "
)
BASELINE = ROOT / "baselines" / "claims.json"

STORY = rss(
    "Test Wire",
    [
        (
            "a1",
            "Sweden joins",
            "Sweden became the alliance's 32nd member in March 2024. Under the plan Ukraine "
            "would write into its constitution that it will never join NATO.",
        ),
        ("a2", "Defence spending", "Allies agreed to spend 5% of GDP on defence."),
    ],
)


def _toml_value(value: object) -> str:
    return json.dumps(value) if not isinstance(value, bool) else str(value).lower()


def write_config(
    tmp_path: Path,
    feed_urls: list[str],
    *,
    schedule: dict[str, object],
    email_settings: dict[str, object] | None = None,
    concurrency: int = 4,
    timeout_seconds: float = 15,
) -> Path:
    lines = [
        f"data_dir = {_toml_value(str(tmp_path / 'data'))}",
        f"baseline = {_toml_value(str(BASELINE))}",
        "allow_private_links = true",
        f"concurrency = {concurrency}",
        f"timeout_seconds = {timeout_seconds}",
    ]
    for i, url in enumerate(feed_urls):
        lines += ["[[feeds]]", f"url = {_toml_value(url)}", f'name = "Feed {i}"']
    lines.append("[schedule]")
    lines += [f"{k} = {_toml_value(v)}" for k, v in schedule.items()]
    if email_settings:
        lines.append("[email]")
        lines += [f"{k} = {_toml_value(v)}" for k, v in email_settings.items()]
    path = tmp_path / "watcher.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'data' / 'watcher.db'}"


def _runs(tmp_path: Path) -> list[dict[str, object]]:
    engine = open_database(_db(tmp_path))
    try:
        with engine.connect() as conn:
            rows = conn.execute(select(runs).order_by(runs.c.started_at)).mappings().all()
            return [dict(r) for r in rows]
    finally:
        engine.close()


def _integrity(tmp_path: Path) -> str:
    engine = open_database(_db(tmp_path))
    try:
        with engine.connect() as conn:
            return str(conn.execute(text("PRAGMA integrity_check")).scalar_one())
    finally:
        engine.close()


@pytest.fixture(name="feed_server")
def _feed_server() -> Iterator[FeedServer]:
    yield from serve_feeds()


@pytest.fixture(name="smtp_server")
def _smtp_server() -> Iterator[SmtpServer]:
    yield from serve_smtp()


@pytest.fixture
def daemons(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Every daemon a test starts is killed at the end, even when the test fails."""
    started: list[Daemon] = []

    def start(config: Path) -> Daemon:
        daemon = Daemon(config, tmp_path / f"daemon-{len(started)}.log").start()
        started.append(daemon)
        return daemon

    yield start
    for daemon in started:
        daemon.kill_if_running()


def test_daemon_polls_the_feeds_and_writes_reports(
    tmp_path: Path, feed_server: FeedServer, daemons
) -> None:  # type: ignore[no-untyped-def]
    feed_server.feeds["wire"] = STORY
    config = write_config(
        tmp_path, [feed_server.url("wire")], schedule={"poll_minutes": 0.03, "timezone": "UTC"}
    )
    daemon = daemons(config)
    daemon.wait_log(r"poll finished", count=2, timeout=30)
    assert daemon.stop() == 0

    done = [r for r in _runs(tmp_path) if r["state"] == "ok"]
    assert len(done) >= 2
    assert all(r["trigger"] == "schedule" for r in done)
    assert done[0]["findings_new"] >= 1
    reports = sorted((tmp_path / "data" / "reports").rglob("*.json"))
    report_ids = {p.stem for p in reports}
    assert {str(r["id"]) for r in done} <= report_ids
    assert json.loads(reports[0].read_text())["version"]

    log = daemon.log()
    lines = log.splitlines()
    assert lines and all(LOG_LINE.match(line) for line in lines), log
    assert re.search(r"poll finished run=\S+ feeds=1 failed=0 entries=2 findings=\d+", log)
    assert "daemon stopped" in lines[-1]


def _digest_at(tz: str, minutes_ago: int) -> str:
    return (datetime.now(ZoneInfo(tz)) - timedelta(minutes=minutes_ago)).strftime("%H:%M")


def _mail_settings(smtp: SmtpServer) -> dict[str, object]:
    return {
        "host": "127.0.0.1",
        "port": smtp.port,
        "starttls": False,
        "to": ["analyst@example.org"],
        "from": "watcher@example.org",
        "send_empty": True,
    }


def test_a_digest_missed_while_stopped_is_sent_once_on_restart(
    tmp_path: Path, feed_server: FeedServer, smtp_server: SmtpServer, daemons
) -> None:  # type: ignore[no-untyped-def]
    feed_server.feeds["wire"] = STORY
    tz = "America/New_York"
    config = write_config(
        tmp_path,
        [feed_server.url("wire")],
        schedule={"poll_minutes": 60, "timezone": tz, "digest_at": _digest_at(tz, 10)},
        email_settings=_mail_settings(smtp_server),
    )
    first = daemons(config)
    first.wait_log("poll finished")
    assert first.stop() == 0
    assert smtp_server.inbox.messages == []  # today's digest time had passed before the start

    # Three digests fell due while the daemon was down.
    engine = open_database(_db(tmp_path))
    stored = stored_jobs(engine)[DIGEST_JOB].next_run_time
    engine.close()
    assert stored is not None and stored > datetime.now(UTC)
    move_stored_run(_db(tmp_path), DIGEST_JOB, stored - timedelta(days=3))

    second = daemons(config)
    wait_for(lambda: len(smtp_server.inbox.messages) >= 1, 30, "the missed digest", second)
    second.wait_log("digest done")
    time.sleep(1.5)
    assert second.stop() == 0

    assert len(smtp_server.inbox.messages) == 1
    message = email.message_from_bytes(smtp_server.inbox.messages[0])
    assert message["To"] == "analyst@example.org"
    assert "Ukraine-NATO path" in message["Subject"]
    assert "poll finished" not in second.log()  # the stored poll time was still ahead

    engine = open_database(_db(tmp_path))
    jobs = stored_jobs(engine)
    engine.close()
    assert jobs[DIGEST_JOB].next_run_time == stored  # next due: the same time tomorrow
    assert jobs[POLL_JOB].next_run_time is not None


def test_a_digest_missed_by_more_than_the_grace_is_not_sent(
    tmp_path: Path, feed_server: FeedServer, smtp_server: SmtpServer, daemons
) -> None:  # type: ignore[no-untyped-def]
    feed_server.feeds["wire"] = STORY
    config = write_config(
        tmp_path,
        [feed_server.url("wire")],
        schedule={
            "poll_minutes": 60,
            "timezone": "UTC",
            "digest_at": _digest_at("UTC", 10),
            "misfire_grace_minutes": 1,
        },
        email_settings=_mail_settings(smtp_server),
    )
    first = daemons(config)
    first.wait_log("poll finished")
    assert first.stop() == 0
    engine = open_database(_db(tmp_path))
    stored = stored_jobs(engine)[DIGEST_JOB].next_run_time
    engine.close()
    assert stored is not None
    move_stored_run(_db(tmp_path), DIGEST_JOB, stored - timedelta(days=1))

    second = daemons(config)
    second.wait_log(r"send the daily digest.*was missed by")
    time.sleep(1.0)
    assert second.stop(signal.SIGINT) == 0  # Ctrl-C stops as cleanly as SIGTERM
    assert "stopping after the job in flight signal=SIGINT" in second.log()
    assert smtp_server.inbox.messages == []


def test_a_slow_poll_never_holds_back_the_digest(
    tmp_path: Path, feed_server: FeedServer, smtp_server: SmtpServer, daemons
) -> None:  # type: ignore[no-untyped-def]
    feed_server.feeds["wire"] = STORY
    config = write_config(
        tmp_path,
        [feed_server.url("wire")],
        schedule={"poll_minutes": 60, "timezone": "UTC"},
        email_settings=_mail_settings(smtp_server),
        timeout_seconds=60,
    )
    first = daemons(config)
    first.wait_log("poll finished")
    assert first.stop() == 0
    assert smtp_server.inbox.messages == []

    # Next start: a poll due at once whose feed takes 20 s, and the digest due 8 s later.
    feed_server.delays["wire"] = 20.0
    hits = len(feed_server.hits)
    move_stored_run(_db(tmp_path), POLL_JOB, datetime.now(UTC) - timedelta(seconds=1))
    make_feeds_due(_db(tmp_path), datetime.now(UTC) - timedelta(seconds=1))
    due = datetime.now(UTC) + timedelta(seconds=8)
    move_stored_run(_db(tmp_path), DIGEST_JOB, due)
    second = daemons(config)
    started = datetime.now(UTC)
    wait_for(lambda: len(feed_server.hits) > hits, 30, "the slow poll", second)
    wait_for(lambda: len(smtp_server.inbox.messages) >= 1, 40, "the digest", second)
    sent = datetime.now(UTC)
    assert "poll finished" not in second.log()  # the poll is still waiting for its feed
    assert sent - max(due, started) < timedelta(seconds=8), (sent, due, started)
    second.wait_log("digest done")

    second.wait_log("poll finished", timeout=60)
    assert second.stop() == 0
    assert len(smtp_server.inbox.messages) == 1
    assert [r["state"] for r in _runs(tmp_path)] == ["ok", "ok"]


def test_sigterm_mid_run_stops_at_a_feed_boundary_and_the_next_start_carries_on(
    tmp_path: Path, feed_server: FeedServer, daemons
) -> None:  # type: ignore[no-untyped-def]
    feed_server.feeds["first"] = rss("First", [("f1", "One", "Ukraine's future is in NATO.")])
    feed_server.feeds["slow"] = rss("Slow", [("s1", "Two", "Allies met in Vilnius.")])
    feed_server.feeds["last"] = rss("Last", [("l1", "Three", "Sweden joined NATO.")])
    feed_server.delays["slow"] = 3.0
    urls = [feed_server.url(n) for n in ("first", "slow", "last")]
    config = write_config(
        tmp_path, urls, schedule={"poll_minutes": 0.03, "timezone": "UTC"}, concurrency=1
    )
    daemon = daemons(config)
    daemon.wait_log(r"feed done feed=\S+/first\.xml")
    assert [r["state"] for r in _runs(tmp_path)] == ["running"]
    daemon.send(signal.SIGTERM)
    assert daemon.proc is not None and daemon.proc.wait(30) == 0

    log = daemon.log()
    assert "poll cut short" in log and "daemon stopped" in log
    assert _integrity(tmp_path) == "ok"
    [run] = _runs(tmp_path)
    assert run["state"] == "failed"
    assert "interrupted" in str(run["error"]) and "2 of 3 feeds" in str(run["error"])
    engine = open_database(_db(tmp_path))
    with engine.connect() as conn:
        stored_feeds = set(conn.execute(select(entries.c.feed_url)).scalars())
    engine.close()
    assert stored_feeds == {urls[0], urls[1]}  # each finished feed was stored whole

    feed_server.delays["slow"] = 0
    again = daemons(config)
    again.wait_log("poll finished")
    assert again.stop() == 0
    # The restart's first poll finished; a later poll may have been cut by the stop, and is
    # then recorded as interrupted, as the first one was.
    later = _runs(tmp_path)[1:]
    assert later[0]["state"] == "ok"
    for run in later[1:]:
        assert run["state"] == "ok" or "interrupted" in str(run["error"]), run
    engine = open_database(_db(tmp_path))
    with engine.connect() as conn:
        stored_feeds = set(conn.execute(select(entries.c.feed_url)).scalars())
    engine.close()
    assert stored_feeds == set(urls)


def test_a_killed_daemon_leaves_a_whole_database_and_the_run_is_recorded_interrupted(
    tmp_path: Path, feed_server: FeedServer, daemons
) -> None:  # type: ignore[no-untyped-def]
    feed_server.feeds["slow"] = STORY
    feed_server.delays["slow"] = 5.0
    config = write_config(
        tmp_path, [feed_server.url("slow")], schedule={"poll_minutes": 60, "timezone": "UTC"}
    )
    daemon = daemons(config)
    wait_for(lambda: "slow" in feed_server.hits, 30, "the slow fetch", daemon)
    assert daemon.stop(signal.SIGKILL) == -signal.SIGKILL
    assert _integrity(tmp_path) == "ok"
    assert [r["state"] for r in _runs(tmp_path)] == ["running"]

    feed_server.delays["slow"] = 0
    again = daemons(config)
    again.wait_log("run was interrupted")
    again.wait_log("poll finished")
    assert again.stop() == 0
    first, second = _runs(tmp_path)
    assert (first["state"], first["error"]) == ("failed", INTERRUPTED)
    assert second["state"] == "ok"


def _check(config: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "watcher", "check", "--config", str(config), *extra],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_a_manual_check_and_a_scheduled_poll_never_run_at_once(
    tmp_path: Path, feed_server: FeedServer, daemons
) -> None:  # type: ignore[no-untyped-def]
    feed_server.feeds["slow"] = STORY
    feed_server.delays["slow"] = 8.0  # room for two check processes to start under load
    config = write_config(
        tmp_path, [feed_server.url("slow")], schedule={"poll_minutes": 60, "timezone": "UTC"}
    )
    daemon = daemons(config)
    wait_for(lambda: "slow" in feed_server.hits, 30, "the scheduled poll", daemon)
    feed_server.delays["slow"] = 0  # only the poll's fetch is slow

    skipped = _check(config, "--no-wait")
    assert skipped.returncode != 0
    assert "another run holds" in skipped.stderr

    waited = _check(config)  # waits for the poll to finish, then runs
    assert waited.returncode == 0, waited.stderr
    assert "waiting for check pid" in waited.stderr
    daemon.wait_log("poll finished")
    assert daemon.stop() == 0

    poll, manual = _runs(tmp_path)
    assert (poll["trigger"], manual["trigger"]) == ("schedule", "manual")
    assert poll["state"] == manual["state"] == "ok"
    assert poll["finished_at"] <= manual["started_at"]  # type: ignore[operator]


def test_a_scheduled_poll_skips_while_a_check_holds_the_lock(
    tmp_path: Path, feed_server: FeedServer, daemons
) -> None:  # type: ignore[no-untyped-def]
    feed_server.feeds["wire"] = STORY
    config = write_config(
        tmp_path, [feed_server.url("wire")], schedule={"poll_minutes": 0.02, "timezone": "UTC"}
    )
    with run_lock(tmp_path / "data", wait=False):
        daemon = daemons(config)
        daemon.wait_log("poll skipped: another check is running", count=2, timeout=15)
        assert _runs(tmp_path) == []
    daemon.wait_log("poll finished")
    assert daemon.stop() == 0
    assert [r["state"] for r in _runs(tmp_path)][:1] == ["ok"]


def test_a_second_daemon_on_the_same_data_folder_refuses_to_start(
    tmp_path: Path, feed_server: FeedServer, daemons
) -> None:  # type: ignore[no-untyped-def]
    feed_server.feeds["wire"] = STORY
    config = write_config(
        tmp_path, [feed_server.url("wire")], schedule={"poll_minutes": 60, "timezone": "UTC"}
    )
    daemon = daemons(config)
    second = subprocess.run(
        [sys.executable, "-m", "watcher", "run", "--config", str(config)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert second.returncode == 1
    assert "another `watcher run` already serves" in second.stderr
    assert "daemon pid" in second.stderr
    assert daemon.proc is not None and daemon.proc.poll() is None
    assert f"daemon pid {daemon.proc.pid}" in collect_status(load(config)).daemon
    assert daemon.stop() == 0
    assert collect_status(load(config)).daemon == ""


def test_a_second_stop_signal_exits_at_once_and_leaves_a_whole_database(
    tmp_path: Path, feed_server: FeedServer, daemons
) -> None:  # type: ignore[no-untyped-def]
    feed_server.feeds["slow"] = STORY
    feed_server.delays["slow"] = 8.0
    config = write_config(
        tmp_path, [feed_server.url("slow")], schedule={"poll_minutes": 60, "timezone": "UTC"}
    )
    daemon = daemons(config)
    wait_for(lambda: "slow" in feed_server.hits, 30, "the slow fetch", daemon)
    daemon.send(signal.SIGTERM)
    time.sleep(1.3)  # a repeat within a second counts as the same request
    assert daemon.proc is not None and daemon.proc.poll() is None
    started = time.monotonic()
    assert daemon.stop(signal.SIGTERM, timeout=10) == 128 + signal.SIGTERM
    assert time.monotonic() - started < 3
    assert "second signal: exiting without waiting" in daemon.log()
    assert _integrity(tmp_path) == "ok"
    assert [r["state"] for r in _runs(tmp_path)] == ["running"]  # recorded on the next start
