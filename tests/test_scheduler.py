"""The scheduler's jobs: their triggers, what a restart keeps, and a shutdown that loses nothing."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.base import STATE_STOPPED
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from tests.pg_fixtures import selected_database
from watcher.config import Config, from_mapping
from watcher.daemon.scheduler import (
    DIGEST_JOB,
    POLL_JOB,
    DaemonScheduler,
    StoredJob,
    build_scheduler,
    digest_job,
    plan_jobs,
    poll_job,
    stored_jobs,
)
from watcher.store.jobs import JOBS_TABLE
from watcher.store.schema import open_database

from .daemon_fixtures import run_paused

#: Each test runs on SQLite and on PostgreSQL.
pytestmark = pytest.mark.usefixtures("each_database")

NOW = datetime(2026, 11, 24, 6, 0, tzinfo=UTC)


def _config(tmp_path: Path, **schedule: object) -> Config:
    raw: dict[str, object] = {"data_dir": str(tmp_path), "schedule": schedule}
    if selected_database():
        raw["database"] = selected_database()
    return from_mapping(raw, tmp_path)


@pytest.mark.parametrize(
    ("schedule", "now", "expected_digest"),
    [
        # Kyiv is UTC+2 in winter: 07:00 local is 05:00 UTC, already past at 06:00 UTC.
        ({}, NOW, datetime(2026, 11, 25, 5, 0, tzinfo=UTC)),
        ({"digest_at": "08:30"}, NOW, datetime(2026, 11, 24, 6, 30, tzinfo=UTC)),
        ({"timezone": "UTC", "digest_at": "06:00"}, NOW, NOW),
        (
            {"timezone": "America/New_York", "digest_at": "07:00"},
            NOW,
            datetime(2026, 11, 24, 12, 0, tzinfo=UTC),
        ),
        # Summer time: Kyiv is UTC+3.
        ({}, datetime(2026, 7, 1, 3, 30, tzinfo=UTC), datetime(2026, 7, 1, 4, 0, tzinfo=UTC)),
    ],
)
def test_first_start_polls_now_and_digests_at_the_next_local_time(
    tmp_path: Path, schedule: dict[str, object], now: datetime, expected_digest: datetime
) -> None:
    poll, digest = plan_jobs(_config(tmp_path, **schedule), {}, now, "/etc/watcher.toml")
    assert poll.next_run_time == now
    assert digest.next_run_time == expected_digest
    assert poll.func is poll_job and digest.func is digest_job
    assert poll.args == digest.args == ("/etc/watcher.toml",)


def test_poll_interval_allows_fractions_and_grace_comes_from_config(tmp_path: Path) -> None:
    config = _config(tmp_path, poll_minutes=0.05, misfire_grace_minutes=90)
    poll, digest = plan_jobs(config, {}, NOW, "")
    assert isinstance(poll.trigger, IntervalTrigger)
    assert poll.trigger.interval == timedelta(seconds=3)
    assert poll.misfire_grace_time is None
    assert digest.misfire_grace_time == 90 * 60
    tiny = plan_jobs(_config(tmp_path, misfire_grace_minutes=0.001), {}, NOW, "")[1]
    assert tiny.misfire_grace_time == 1


def test_a_stored_time_survives_restart_while_the_schedule_is_unchanged(tmp_path: Path) -> None:
    config = _config(tmp_path, poll_minutes=30, digest_at="07:00", timezone="Europe/Kyiv")
    missed = NOW - timedelta(hours=1)
    later = NOW + timedelta(minutes=12)
    stored = {
        POLL_JOB: StoredJob(POLL_JOB, later, IntervalTrigger(minutes=30)),
        DIGEST_JOB: StoredJob(
            DIGEST_JOB, missed, CronTrigger(hour=7, minute=0, timezone="Europe/Kyiv")
        ),
    }
    poll, digest = plan_jobs(config, stored, NOW, "")
    assert poll.next_run_time == later
    assert digest.next_run_time == missed


@pytest.mark.parametrize(
    "stored_trigger",
    [
        CronTrigger(hour=8, minute=0, timezone="Europe/Kyiv"),
        CronTrigger(hour=7, minute=0, timezone="UTC"),
        IntervalTrigger(minutes=30),
        None,
    ],
)
def test_a_changed_schedule_replaces_the_stored_time(
    tmp_path: Path, stored_trigger: object
) -> None:
    config = _config(tmp_path, digest_at="07:00", timezone="Europe/Kyiv")
    stored = {DIGEST_JOB: StoredJob(DIGEST_JOB, NOW - timedelta(days=2), stored_trigger)}  # type: ignore[arg-type]
    digest = plan_jobs(config, stored, NOW, "")[1]
    assert digest.next_run_time == datetime(2026, 11, 25, 5, 0, tzinfo=UTC)


def test_jobs_are_stored_in_the_database_and_kept_across_restarts(tmp_path: Path) -> None:
    config = _config(tmp_path, poll_minutes=15, digest_at="07:00", timezone="UTC")
    engine = open_database(config.database_url)
    assert stored_jobs(engine) == {}
    past = NOW - timedelta(days=3)
    run_paused(build_scheduler(config, engine, now=past, config_path="cfg.toml"))

    jobs = stored_jobs(engine)
    assert set(jobs) == {POLL_JOB, DIGEST_JOB}
    assert jobs[POLL_JOB].next_run_time == past
    assert jobs[DIGEST_JOB].next_run_time == datetime(2026, 11, 21, 7, 0, tzinfo=UTC)
    assert isinstance(jobs[DIGEST_JOB].trigger, CronTrigger)

    # A restart on the same schedule keeps the missed times instead of skipping past them.
    run_paused(build_scheduler(config, engine, now=NOW, config_path="cfg.toml"))
    again = stored_jobs(engine)
    assert again[DIGEST_JOB].next_run_time == datetime(2026, 11, 21, 7, 0, tzinfo=UTC)
    assert again[POLL_JOB].next_run_time == past

    # A new digest time replaces the stored one.
    changed = _config(tmp_path, poll_minutes=15, digest_at="09:15", timezone="UTC")
    run_paused(build_scheduler(changed, engine, now=NOW, config_path="cfg.toml"))
    assert stored_jobs(engine)[DIGEST_JOB].next_run_time == datetime(
        2026, 11, 24, 9, 15, tzinfo=UTC
    )
    engine.close()


# Jobs for the shutdown test: module-level so the SQLAlchemy job store can refer to them.
BLOCKER_STARTED = threading.Event()
BLOCKER_RELEASE = threading.Event()
LATE_RUNS: list[str] = []


def blocking_job() -> None:
    BLOCKER_STARTED.set()
    BLOCKER_RELEASE.wait(10)


def late_job() -> None:
    LATE_RUNS.append("ran")


def test_a_job_due_during_shutdown_keeps_its_time_for_the_next_start(tmp_path: Path) -> None:
    BLOCKER_STARTED.clear()
    BLOCKER_RELEASE.clear()
    LATE_RUNS.clear()
    engine = open_database(selected_database() or f"sqlite:///{tmp_path / 'jobs.db'}")
    scheduler = DaemonScheduler(
        jobstores={"default": SQLAlchemyJobStore(engine=engine.engine, tablename=JOBS_TABLE)},
        executors={"default": {"type": "threadpool", "max_workers": 1}},
        timezone=UTC,
    )
    scheduler.add_job(blocking_job, "date", run_date=datetime.now(UTC), id="blocker")
    runner = threading.Thread(target=scheduler.start)
    runner.start()
    assert BLOCKER_STARTED.wait(10)
    # "late" is added only now, so a slow start cannot make it due before the stop is asked.
    due = datetime.now(UTC) + timedelta(seconds=2)
    scheduler.add_job(late_job, "interval", hours=1, next_run_time=due, id="late")
    time.sleep(0.3)  # the main loop, woken by the addition, is now waiting for "late"

    stopper = threading.Thread(target=scheduler.shutdown, kwargs={"wait": True})
    stopper.start()
    deadline = time.monotonic() + 1.5
    while scheduler.state != STATE_STOPPED and time.monotonic() < deadline:
        time.sleep(0.01)
    assert scheduler.state == STATE_STOPPED
    assert datetime.now(UTC) < due  # the stop was asked before "late" fell due
    # "late" falls due while the blocker is still being waited for.
    time.sleep(max(0.0, (due - datetime.now(UTC)).total_seconds()) + 0.5)
    BLOCKER_RELEASE.set()
    stopper.join(10)
    runner.join(10)
    assert not runner.is_alive()

    assert LATE_RUNS == []
    assert stored_jobs(engine)["late"].next_run_time == due
    engine.close()
