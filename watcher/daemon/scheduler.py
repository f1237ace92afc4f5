"""`watcher run`: poll the feeds through the day and send the digest every morning.

Jobs live in the same database as everything else (APScheduler's SQLAlchemy job store, table
`apscheduler_jobs`), so a digest that fell due while the daemon was down runs once when it
comes back, if it is no later than `schedule.misfire_grace_minutes`. Job functions are plain
module-level functions taking the config path, because the store pickles a reference to them.
"""

from __future__ import annotations

import logging
import os
import signal
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import FrameType
from typing import Any

from apscheduler.events import EVENT_SCHEDULER_STARTED, SchedulerEvent
from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.base import STATE_RUNNING
from apscheduler.schedulers.blocking import BlockingScheduler
from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from watcher import check as pipeline
from watcher.archive import publish as archive
from watcher.config import Config, load
from watcher.digest import run as digest
from watcher.errors import LockBusyError, WatcherError
from watcher.feeds import due
from watcher.lock import held_by_server, named_lock
from watcher.logs import log_event
from watcher.models import RunReport
from watcher.store.db import Database
from watcher.store.jobs import StoredJob, job_store, stored_jobs
from watcher.store.recovery import recover_interrupted_runs
from watcher.store.schema import open_database

log = logging.getLogger(__name__)

DAEMON_LOCK = "watcher-daemon.lock"
POLL_JOB = "poll"
DIGEST_JOB = "digest"
#: The digest has a worker of its own, so a poll held up by a slow feed never delays it.
DIGEST_EXECUTOR = "digest"


@dataclass(frozen=True)
class JobPlan:
    """One job to put in the store when the daemon starts."""

    id: str
    name: str
    func: Callable[..., None]
    args: tuple[str, ...]
    trigger: BaseTrigger
    next_run_time: datetime | None
    misfire_grace_time: int | None
    executor: str = "default"


def _same_schedule(old: BaseTrigger | None, new: BaseTrigger) -> bool:
    """Whether a stored trigger fires at the same times as the configured one."""
    if isinstance(old, IntervalTrigger) and isinstance(new, IntervalTrigger):
        return bool(old.interval == new.interval)
    if isinstance(old, CronTrigger) and isinstance(new, CronTrigger):
        return str(old) == str(new) and str(old.timezone) == str(new.timezone)
    return False


def plan_jobs(
    config: Config,
    stored: Mapping[str, StoredJob],
    now: datetime,
    config_path: str,
    *,
    poll_now: bool = False,
) -> tuple[JobPlan, JobPlan]:
    """The poll and digest jobs; a stored next run time survives a restart if the schedule holds.

    Keeping the stored time is what makes a missed digest run on restart: re-adding the job
    would otherwise compute the next future time and silently drop the one that was missed.
    `poll_now` (after an interrupted run) polls at once instead of waiting for the stored time.
    """
    schedule = config.schedule
    tz = schedule.tz
    poll_trigger = IntervalTrigger(seconds=due.tick_minutes(config) * 60, timezone=tz)
    hour, minute = schedule.digest_hour_minute
    digest_trigger = CronTrigger(hour=hour, minute=minute, timezone=tz)

    def keep(job_id: str, trigger: BaseTrigger, fresh: datetime | None) -> datetime | None:
        old = stored.get(job_id)
        if (
            old is not None
            and old.next_run_time is not None
            and _same_schedule(old.trigger, trigger)
        ):
            return old.next_run_time
        return fresh

    poll = JobPlan(
        id=POLL_JOB,
        name="poll the feeds that are due",
        func=poll_job,
        args=(config_path,),
        trigger=poll_trigger,
        next_run_time=now if poll_now else keep(POLL_JOB, poll_trigger, now),
        misfire_grace_time=None,  # however late, one catch-up poll (coalesced) is wanted
    )
    digest_plan = JobPlan(
        id=DIGEST_JOB,
        name="send the daily digest",
        func=digest_job,
        args=(config_path,),
        trigger=digest_trigger,
        next_run_time=keep(
            DIGEST_JOB, digest_trigger, digest_trigger.get_next_fire_time(None, now)
        ),
        misfire_grace_time=max(1, round(schedule.misfire_grace_minutes * 60)),
        executor=DIGEST_EXECUTOR,
    )
    return poll, digest_plan


class DaemonScheduler(BlockingScheduler):  # type: ignore[misc]
    """A `BlockingScheduler` that looks at due jobs only while it is running.

    The stock main loop makes one more pass after `shutdown()`: a job falling due while the
    job in flight finishes would be "submitted" to the stopped executor, fail, and still have
    its next run time moved on, losing that run. Checking the state under the store lock
    closes that gap, so a digest due during shutdown runs on the next start instead.
    """

    def _process_jobs(self) -> float | None:
        with self._jobstores_lock:
            if self.state != STATE_RUNNING:
                return None
            result: float | None = super()._process_jobs()
            return result


def build_scheduler(
    config: Config,
    db: Database,
    *,
    now: datetime | None = None,
    config_path: str = "",
    poll_now: bool = False,
) -> DaemonScheduler:
    """A scheduler with the poll and digest jobs added (they reach the store on start)."""
    scheduler = DaemonScheduler(
        jobstores={"default": job_store(db)},
        # One worker per job: a poll stuck on slow feeds must not hold the digest back. A poll's
        # outbox retry may run beside the digest; the outbox's claims keep each delivery single.
        executors={
            "default": ThreadPoolExecutor(max_workers=1),
            DIGEST_EXECUTOR: ThreadPoolExecutor(max_workers=1),
        },
        job_defaults={"coalesce": True, "max_instances": 1},
        timezone=config.schedule.tz,
    )
    now = now or datetime.now(UTC)
    for plan in plan_jobs(config, stored_jobs(db), now, config_path, poll_now=poll_now):
        scheduler.add_job(
            plan.func,
            trigger=plan.trigger,
            args=plan.args,
            id=plan.id,
            name=plan.name,
            next_run_time=plan.next_run_time,
            misfire_grace_time=plan.misfire_grace_time,
            executor=plan.executor,
            coalesce=True,
            max_instances=1,
            replace_existing=True,
        )
    return scheduler


#: A repeat of the stop signal within this many seconds is the same request, not a second one.
REPEAT_SIGNAL_SECONDS = 1.0

#: Set by SIGTERM/SIGINT: a poll in flight stops after the feed it is on.
_STOP = threading.Event()


class Interrupted(WatcherError):
    """The daemon was asked to stop while a check was running."""

    hint = "the feeds not reached are checked on the next run"


def _stop_point(done: int, total: int, _feed_url: str) -> None:
    """Called by the check after each feed is stored: the safe point to stop at."""
    if _STOP.is_set() and done < total:
        raise Interrupted(f"interrupted: the daemon was stopped after {done} of {total} feeds")


def _load(config_path: str) -> Config:
    return load(config_path or None)


def poll_due(
    config: Config, now: datetime | None = None, *, progress: pipeline.Progress | None = None
) -> RunReport | None:
    """Check the feeds due now (or at a given `now`, which the check then also runs at)
    through the one check path; None when none is due.

    Raises `LockBusyError` rather than wait while another check runs.
    """
    return pipeline.run_due_check(
        config, now=now, trigger="schedule", wait_for_lock=False, progress=progress
    )


def poll_job(config_path: str) -> None:
    """A scheduled check of the feeds that are due, skipped (not queued) while another check
    holds the run lock. It wakes on the smallest feed interval; a feed not yet due waits.

    On SIGTERM it stops after the feed it is on: each feed's entries and findings are stored
    in one transaction before the next, so nothing is half-written, and the run is recorded
    as failed with an "interrupted" error. Findings already stored still reach the digest.
    """
    if _STOP.is_set():
        return
    try:
        config = _load(config_path)
        if config.tasks.queued:
            _enqueue_due(config)
            return
        report = poll_due(config, progress=_stop_point)
        if report is None:
            log_event(log, logging.DEBUG, "poll: no feed is due")
            return
    except Interrupted as exc:
        log_event(log, logging.INFO, "poll cut short", reason=str(exc), hint=exc.hint)
        return
    except LockBusyError as exc:
        log_event(log, logging.INFO, "poll skipped: another check is running", reason=str(exc))
        return
    except WatcherError as exc:
        log_event(log, logging.ERROR, "poll failed", error=str(exc), hint=exc.hint)
        return
    failed = sum(1 for f in report.feeds if f.state == "error")
    log_event(
        log,
        logging.INFO,
        "poll finished",
        run=report.run_id,
        feeds=len(report.feeds),
        failed=failed,
        entries=report.entries_processed,
        findings=len(report.findings),
        report=report.report_path,
    )
    _retry_outbox(config)


def _enqueue_due(config: Config) -> None:
    """With a task engine, the feeds due are queued for the workers instead of checked here."""
    from watcher.workers.queue import enqueue_due

    done = enqueue_due(config)
    if not done.queued and not done.waiting:
        log_event(log, logging.DEBUG, "poll: no feed is due")
    _retry_outbox(config)


def _retry_outbox(config: Config) -> None:
    try:
        result = digest.retry_pending(config)
    except WatcherError as exc:
        log_event(log, logging.WARNING, "outbox retry failed", error=str(exc), hint=exc.hint)
        return
    if result:
        log_event(log, logging.INFO, "outbox retried", **_digest_fields(result))


def digest_job(config_path: str) -> None:
    """The daily digest: collect unsent findings, send them, retry what is still pending."""
    try:
        config = _load(config_path)
        result = digest.run_digest(config, send=True)
    except WatcherError as exc:
        log_event(log, logging.ERROR, "digest failed", error=str(exc), hint=exc.hint)
        return
    log_event(log, logging.INFO, "digest done", **_digest_fields(result))


def _digest_fields(result: digest.DigestResult) -> dict[str, object]:
    """What a digest call did, as log fields."""
    fields: dict[str, object] = {}
    if result.digest_id:
        fields["digest"] = result.digest_id
        fields["findings"] = len(result.findings)
    if result.skipped:
        fields["skipped"] = result.skipped
    if result.via:
        fields["via"] = result.via
    fields["sent"] = len(result.sent)
    fields["pending"] = len(result.pending)
    for digest_id, error in result.errors.items():
        fields[f"error.{digest_id}"] = error
    return fields


def _config_path(config: Config) -> str:
    """The file the jobs reload the config from; '' when built-in defaults are in use."""
    source = Path(config.source)
    return str(source.resolve()) if source.is_file() else ""


def run_daemon(config: Config) -> int:
    """Run the scheduler until SIGTERM or SIGINT; return the exit status.

    One daemon per data folder (per database with PostgreSQL, on whichever host): a second
    would run every job twice from the same store.
    """
    guard = named_lock(
        config.data_dir,
        DAEMON_LOCK,
        database_url=config.database_url,
        wait=False,
        purpose="daemon",
    )
    serves = "this database" if held_by_server(config.database_url) else str(config.data_dir)
    try:
        guard.acquire()
    except LockBusyError:
        raise LockBusyError(
            f"another `watcher run` already serves {serves} ({guard.holder()})",
            hint="stop the other daemon first; `watcher status` shows what it is doing",
        ) from None
    try:
        return _run_scheduler(config)
    finally:
        guard.release()


def _run_scheduler(config: Config) -> int:
    db = open_database(config.database_url)
    if config.tasks.queued:
        from watcher.workers.queue import ensure_schema

        ensure_schema(config)
    _STOP.clear()
    now = datetime.now(UTC)
    interrupted = recover_interrupted_runs(
        db,
        config.data_dir,
        now,
        then=lambda ids: archive.publish_recovered(config, db, ids),
    )
    scheduler = build_scheduler(
        config, db, now=now, config_path=_config_path(config), poll_now=bool(interrupted)
    )
    stopper = _Stopper(scheduler)

    def started(_event: SchedulerEvent) -> None:
        stopper.install()
        jobs = {job.id: job.next_run_time for job in scheduler.get_jobs()}
        log_event(
            log,
            logging.INFO,
            "daemon started",
            database=db.url,
            poll_minutes=config.schedule.poll_minutes,
            next_poll=jobs.get(POLL_JOB),
            next_digest=jobs.get(DIGEST_JOB),
            timezone=config.schedule.timezone,
        )

    scheduler.add_listener(started, EVENT_SCHEDULER_STARTED)
    try:
        scheduler.start()
        stopper.join()
    finally:
        stopper.uninstall()
        db.close()
    log_event(log, logging.INFO, "daemon stopped")
    return 0


class _Stopper:
    """SIGTERM/SIGINT: take no more jobs, let the one in flight reach a safe point; a second
    signal exits at once (SQLite's journal keeps the database whole either way).

    The shutdown runs in its own thread because it waits for the job in flight, and a signal
    handler must not block the main loop it interrupted.
    """

    SIGNALS = (signal.SIGTERM, signal.SIGINT)

    def __init__(self, scheduler: DaemonScheduler) -> None:
        self.scheduler = scheduler
        self.thread: threading.Thread | None = None
        self.previous: dict[int, Any] = {}
        self.first_at = 0.0

    def install(self) -> None:
        for signum in self.SIGNALS:
            self.previous[signum] = signal.signal(signum, self.handle)

    def uninstall(self) -> None:
        for signum, handler in self.previous.items():
            signal.signal(signum, handler)
        self.previous.clear()

    def handle(self, signum: int, _frame: FrameType | None) -> None:
        name = signal.Signals(signum).name
        if self.thread is not None:
            # `timeout` and some supervisors deliver one stop request twice in a row.
            if time.monotonic() - self.first_at < REPEAT_SIGNAL_SECONDS:
                return
            log_event(log, logging.WARNING, "second signal: exiting without waiting", signal=name)
            logging.shutdown()
            os._exit(128 + signum)
        self.first_at = time.monotonic()
        _STOP.set()
        log_event(log, logging.INFO, "stopping after the job in flight", signal=name)
        self.thread = threading.Thread(target=self._shutdown, name="watcher-shutdown")
        self.thread.start()

    def _shutdown(self) -> None:
        self.scheduler.shutdown(wait=True)

    def join(self, timeout: float | None = None) -> None:
        if self.thread is not None:
            self.thread.join(timeout)


def stored_next_runs(db: Database) -> dict[str, datetime | None]:
    """When each stored job runs next (UTC), for `watcher status`."""
    return {job_id: job.next_run_time for job_id, job in stored_jobs(db).items()}
