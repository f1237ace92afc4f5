"""`watcher status`: runs, schedule in the configured zone, failing feeds, outbox, health."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from watcher.daemon.scheduler import build_scheduler
from watcher.daemon.status import collect_status, format_text, to_json
from watcher.lock import LOCK_NAME, run_lock
from watcher.store.recovery import INTERRUPTED, recover_interrupted_runs
from watcher.store.schema import open_database, runs

from .daemon_fixtures import add_digest, add_feed, add_run, make_config, run_paused

NOW = datetime(2026, 11, 24, 6, 0, tzinfo=UTC)


@pytest.fixture
def populated(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A database with three runs, three feeds, two digests in the outbox and one sent."""
    config = make_config(
        tmp_path,
        schedule={"timezone": "Europe/Kyiv", "digest_at": "07:00", "poll_minutes": 30},
        feeds=[{"url": f"http://{host}.test/rss"} for host in "abc"],
    )
    engine = open_database(config.database_url)
    add_run(engine, "r1", NOW - timedelta(hours=3), finished=NOW - timedelta(hours=3), entries=4)
    add_run(
        engine,
        "r2",
        NOW - timedelta(hours=2),
        state="failed",
        finished=NOW - timedelta(hours=2),
        trigger="manual",
        feed_states=("ok", "error", "error"),
        error="StoreError: disk full",
    )
    add_run(
        engine,
        "r3",
        NOW - timedelta(hours=1),
        finished=NOW - timedelta(hours=1),
        feed_states=("ok", "error"),
        findings_new=2,
        entries=7,
    )
    add_feed(
        engine,
        "http://a.test/rss",
        "Old Failure",
        failing_since=NOW - timedelta(days=2, hours=3),
        error="HTTP 503",
    )
    add_feed(
        engine,
        "http://b.test/rss",
        "Fresh Failure",
        failing_since=NOW - timedelta(hours=3),
        error="timeout",
    )
    add_feed(engine, "http://c.test/rss", "Healthy", failing_since=None)
    add_digest(
        engine, "d-old", NOW - timedelta(days=1), state="pending", error="connection refused"
    )
    add_digest(engine, "d-new", NOW - timedelta(hours=1), state="pending")
    add_digest(engine, "d-sent", NOW - timedelta(days=2), state="sent")
    run_paused(build_scheduler(config, engine, now=NOW - timedelta(minutes=10)))
    engine.close()
    return config


def test_status_lists_runs_newest_first_with_outcomes(populated) -> None:  # type: ignore[no-untyped-def]
    report = collect_status(populated, now=NOW)
    assert [r.id for r in report.runs] == ["r3", "r2", "r1"]
    r3, r2, _ = report.runs
    assert (r3.state, r3.feeds, r3.feeds_failed, r3.findings_new, r3.entries_processed) == (
        "ok",
        2,
        1,
        2,
        7,
    )
    assert (r2.state, r2.trigger, r2.error) == ("failed", "manual", "StoreError: disk full")
    assert len(collect_status(populated, now=NOW, limit=1).runs) == 1


def test_next_times_come_from_the_job_store_in_the_configured_zone(populated) -> None:  # type: ignore[no-untyped-def]
    report = collect_status(populated, now=NOW)
    jobs = {j.id: j for j in report.jobs}
    assert set(jobs) == {"poll", "digest"}
    digest = jobs["digest"].next_run
    assert digest is not None and str(digest.tzinfo) == "Europe/Kyiv"
    assert (digest.year, digest.month, digest.day, digest.hour, digest.minute) == (
        2026,
        11,
        25,
        7,
        0,
    )
    # The first poll was due at "start" (ten minutes before NOW): late, but not yet overdue.
    assert jobs["poll"].next_run == (NOW - timedelta(minutes=10)).astimezone(digest.tzinfo)
    assert report.healthy
    data = to_json(report)
    assert {"job": "digest", "next_run": "2026-11-25T07:00:00+02:00", "overdue": False} in data[
        "schedule"
    ]


def test_only_feeds_failing_for_more_than_a_day_are_listed(populated) -> None:  # type: ignore[no-untyped-def]
    report = collect_status(populated, now=NOW)
    assert [(f.name, f.last_error) for f in report.failing_feeds] == [("Old Failure", "HTTP 503")]
    assert "Old Failure <http://a.test/rss> since 2026-11-22 05:00 EET (2d 3h): HTTP 503" in (
        format_text(report)
    )


def test_the_outbox_shows_pending_digests_oldest_first(populated) -> None:  # type: ignore[no-untyped-def]
    report = collect_status(populated, now=NOW)
    assert [d.id for d in report.outbox] == ["d-old", "d-new"]
    data = to_json(report)
    assert data["outbox"][0]["last_error"] == "connection refused"
    assert data["outbox"][0]["attempts"] == 2


def test_json_is_versioned_and_round_trips(populated) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(json.dumps(to_json(collect_status(populated, now=NOW))))
    assert data["version"] == 1
    assert data["healthy"] is True and data["problems"] == []
    assert data["timezone"] == "Europe/Kyiv"
    assert data["now"] == "2026-11-24T08:00:00+02:00"
    assert data["runs"][0]["started_at"] == "2026-11-24T07:00:00+02:00"
    assert data["run_lock"] == {"held": False, "holder": ""}
    assert data["daemon"] == {"running": False, "holder": ""}


def test_a_poll_long_overdue_makes_status_unhealthy(populated) -> None:  # type: ignore[no-untyped-def]
    later = NOW + timedelta(hours=2)
    report = collect_status(populated, now=later)
    assert not report.healthy
    assert [j.id for j in report.jobs if j.overdue] == ["poll"]
    assert "is `watcher run` running?" in report.problems[0]
    assert "OVERDUE" in format_text(report)


def test_hostile_text_from_feeds_and_servers_stays_on_its_line(tmp_path: Path) -> None:
    config = make_config(tmp_path, feeds=[{"url": "http://evil.test/\nrss"}])
    engine = open_database(config.database_url)
    evil = "Evil\x1b[2J\nFAKE LINE\r"
    add_feed(
        engine, "http://evil.test/\nrss", evil, failing_since=NOW - timedelta(days=3), error=evil
    )
    add_run(engine, "r1", NOW, state="failed", error=evil)
    add_digest(engine, "d1", NOW, state="pending", error=evil)
    engine.close()
    text = format_text(collect_status(config, now=NOW))
    assert "\x1b" not in text and "\r" not in text
    assert not any(line.startswith("FAKE LINE") for line in text.splitlines())
    # The feed's name (schedule and failing lists), its error, the run's and the digest's error.
    assert text.count("Evil\\x1b[2J\\nFAKE LINE\\r") == 5


def test_a_live_lock_holder_is_shown_and_a_dead_ones_run_is_flagged(tmp_path: Path) -> None:
    config = make_config(tmp_path)
    engine = open_database(config.database_url)
    add_run(engine, "r-live", NOW, state="running")
    engine.close()

    with run_lock(config.data_dir, wait=False):
        report = collect_status(config, now=NOW)
        assert f"pid {os.getpid()}" in report.lock_holder
        assert report.runs[0].in_progress
        assert "running now" in format_text(report)

    # A holder that died without releasing leaves its text; its pid no longer exists.
    (tmp_path / LOCK_NAME).write_text("check pid 2147483646 since 2026-11-24T06:00:00+00:00\n")
    report = collect_status(config, now=NOW)
    assert report.lock_holder == ""
    assert not report.runs[0].in_progress
    assert "no process holds the lock (interrupted)" in format_text(report)


def test_an_interrupted_run_is_recorded_once_nobody_holds_the_lock(tmp_path: Path) -> None:
    config = make_config(tmp_path)
    engine = open_database(config.database_url)
    add_run(engine, "r-dead", NOW - timedelta(hours=1), state="running")
    add_run(engine, "r-done", NOW - timedelta(hours=2), finished=NOW - timedelta(hours=2))

    with run_lock(config.data_dir, wait=False):
        assert recover_interrupted_runs(engine, config.data_dir, NOW) == []
    assert recover_interrupted_runs(engine, config.data_dir, NOW) == ["r-dead"]
    with engine.connect() as conn:
        rows = {r.id: r for r in conn.execute(runs.select())}
    assert rows["r-dead"].state == "failed"
    assert rows["r-dead"].error == INTERRUPTED
    assert rows["r-done"].state == "ok" and rows["r-done"].error is None
    assert recover_interrupted_runs(engine, config.data_dir, NOW) == []
    engine.close()


def test_no_daemon_yet_is_healthy_and_says_so(tmp_path: Path) -> None:
    config = make_config(tmp_path)
    report = collect_status(config, now=NOW)
    assert report.healthy and report.jobs == () and report.runs == ()
    text = format_text(report)
    assert "`watcher run` has not been started" in text
    assert "none yet" in text
