"""The feed queue on procrastinate: enqueue "check this feed" jobs, run workers, recover jobs
whose worker died.

The queue is a few tables in the PostgreSQL database Watcher already uses, so there is no broker
to run, and a job and the findings it writes live in one database. A worker sends a heartbeat;
one silent for `tasks.stall_seconds` is dead, and the job it held goes back to the queue.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from watcher.archive import publish as archive
from watcher.config import Config
from watcher.errors import ConfigError, StoreError, WatcherError

try:
    import procrastinate
    from procrastinate import exceptions as pq_errors
    from procrastinate.jobs import Status as JobStatus
except ImportError as exc:  # every importer of this module is reached only with the engine on
    raise ConfigError(
        'tasks.engine = "procrastinate" needs the task queue package, which is not installed',
        hint="pip install 'watcher[workers]'",
    ) from exc
from watcher.feeds import due
from watcher.logs import log_event
from watcher.store.db import Database
from watcher.store.ingest import Store
from watcher.store.locks import AdvisoryLock, libpq_url
from watcher.store.recovery import mark_interrupted, running_job_runs
from watcher.store.schema import open_database
from watcher.workers.feedjob import WorkerDiffer, check_feed

log = logging.getLogger(__name__)

TASK = "watcher.check_feed"
QUEUE = "feeds"
SCHEMA_LOCK = "watcher-queue-schema"
#: A failing job (the database away, say) is tried this many times in all, this far apart.
ATTEMPTS = 3
RETRY_SECONDS = 10


@dataclass
class _WorkerState:
    """What the job function reads in a worker process: set once when the worker starts."""

    config: Config | None = None
    db: Database | None = None
    kept: WorkerDiffer = field(default_factory=WorkerDiffer)


_STATE = _WorkerState()


def feed_lock(url: str) -> str:
    """The job lock of a feed: no two jobs of one feed run, and one at most waits."""
    return "feed:" + hashlib.sha256(url.encode()).hexdigest()[:32]


def _check_feed_task(context: procrastinate.JobContext, url: str) -> None:
    """The job: check feed `url` with this worker's config and database."""
    config, db = _STATE.config, _STATE.db
    if config is None or db is None:
        raise WatcherError("the worker has no configuration loaded")
    job_id = context.job.id
    assert job_id is not None
    check_feed(config, db, url, job_id=job_id, kept=_STATE.kept)


def make_app(config: Config, *, sync: bool) -> procrastinate.App:
    """A procrastinate app on the configured database, with the feed task registered."""
    # procrastinate tells of every job it defers, takes and ends: with -v only.
    quiet = logging.getLogger().getEffectiveLevel() > logging.DEBUG
    logging.getLogger("procrastinate").setLevel(logging.WARNING if quiet else logging.NOTSET)
    conninfo = libpq_url(config.database_url)
    connector: Any
    if sync:
        connector = procrastinate.SyncPsycopgConnector(conninfo=conninfo, min_size=1, max_size=2)
    else:
        size = config.tasks.concurrency + 3  # jobs, heartbeat, listener, recovery
        connector = procrastinate.PsycopgConnector(
            conninfo=conninfo, min_size=1, max_size=max(size, 4)
        )
    app = procrastinate.App(connector=connector)
    app.task(
        name=TASK,
        queue=QUEUE,
        pass_context=True,
        # procrastinate counts the retries after the first try.
        retry=procrastinate.RetryStrategy(max_attempts=ATTEMPTS - 1, wait=RETRY_SECONDS),
    )(_check_feed_task)
    return app


def ensure_schema(config: Config) -> bool:
    """Create procrastinate's tables in the database unless present; True when created.

    Several processes may start at once: the check and the creation happen under an advisory
    lock, so exactly one of them creates the tables.
    """
    app = make_app(config, sync=True)
    with AdvisoryLock(config.database_url, SCHEMA_LOCK, purpose="queue schema"):
        try:
            with app.open():
                if app.check_connection():
                    return False
                app.schema_manager.apply_schema()
        except pq_errors.ConnectorException as exc:
            raise StoreError(f"cannot set up the feed queue: {exc}") from exc
    log_event(log, logging.INFO, "feed queue created", database=_shown(config))
    return True


def _shown(config: Config) -> str:
    from watcher.store.db import display_url

    return display_url(config.database_url)


@dataclass(frozen=True)
class Enqueued:
    """What an enqueue did: feeds queued now, and feeds that already had a job waiting."""

    queued: tuple[str, ...]
    waiting: tuple[str, ...]


def enqueue(config: Config, urls: Sequence[str]) -> Enqueued:
    """Queue a check of each feed; a feed with a job already waiting gets no second one."""
    queued: list[str] = []
    waiting: list[str] = []
    app = make_app(config, sync=True)
    try:
        with app.open():
            task = app.tasks[TASK]
            for url in dict.fromkeys(urls):
                lock = feed_lock(url)
                try:
                    task.configure(lock=lock, queueing_lock=lock).defer(url=url)
                    queued.append(url)
                except pq_errors.AlreadyEnqueued:
                    waiting.append(url)
    except pq_errors.ConnectorException as exc:
        raise StoreError(f"cannot queue feed checks: {exc}") from exc
    if queued or waiting:
        log_event(log, logging.INFO, "feeds queued", queued=len(queued), waiting=len(waiting))
    return Enqueued(tuple(queued), tuple(waiting))


def enqueue_due(config: Config, now: datetime | None = None) -> Enqueued:
    """Queue a check of every configured feed due at `now` (the clock when None)."""
    db = open_database(config.database_url)
    try:
        stored = Store(db).feed_states([f.url for f in config.feeds])
    finally:
        db.close()
    states = {
        url: due.DueState(s.next_due_at, s.failures, s.retry_after_at) for url, s in stored.items()
    }
    chosen = due.due_feeds(config, states, now or datetime.now(UTC))
    return enqueue(config, [f.url for f in chosen]) if chosen else Enqueued((), ())


async def recover_stalled(app: procrastinate.App, config: Config, db: Database) -> list[int]:
    """Put back in the queue the feed jobs of workers silent for `tasks.stall_seconds`.

    A job whose feed already has another job waiting is closed as failed instead: that one
    checks the feed. The run the dead worker had started is recorded as interrupted.
    """
    stall = config.tasks.stall_seconds
    manager = app.job_manager
    await manager.prune_stalled_workers(stall)
    stalled = list(await manager.get_stalled_jobs(task_name=TASK, seconds_since_heartbeat=stall))
    for job in stalled:
        try:
            await manager.retry_job(job)
        except pq_errors.UniqueViolation:
            await manager.finish_job(job, JobStatus.FAILED, delete_job=False)
        log_event(
            log,
            logging.WARNING,
            "job of a silent worker put back in the queue",
            job=job.id,
            feed=job.task_kwargs.get("url"),
            worker=job.worker_id,
        )
    ids = [j.id for j in stalled if j.id is not None]
    runs = await asyncio.to_thread(running_job_runs, db, ids)
    if runs:
        await asyncio.to_thread(mark_interrupted, db, datetime.now(UTC), runs)
        await asyncio.to_thread(archive.publish_recovered, config, db, runs)
    return ids


def run_worker(config: Config, *, concurrency: int | None = None, burst: bool = False) -> int:
    """Take feed jobs until stopped (SIGTERM/SIGINT), or with `burst` until the queue is empty.

    Returns the exit status.
    """
    if not config.tasks.queued:
        raise WatcherError(
            "tasks.engine is embedded: `watcher run` checks the feeds itself",
            hint='set tasks.engine = "procrastinate" (on a PostgreSQL database) to use workers',
        )
    ensure_schema(config)
    db = open_database(config.database_url)
    _STATE.config, _STATE.db, _STATE.kept = config, db, WorkerDiffer()
    try:
        asyncio.run(_work(config, db, concurrency or config.tasks.concurrency, burst))
    finally:
        _STATE.config, _STATE.db = None, None
        _STATE.kept.close()
        timings = _STATE.kept.timings
        if timings.jobs:
            try:
                archive.rebuild(config, db)
            except StoreError as exc:
                log_event(log, logging.WARNING, "archive index not rewritten", error=str(exc))
        log_event(
            log,
            logging.INFO,
            "worker stopped",
            jobs=timings.jobs,
            locked_jobs=timings.locked,
            seconds=round(timings.total, 3),
            judging=round(timings.judging, 3),
            lock_wait=round(timings.waiting, 3),
            lock_held=round(timings.held, 3),
            locked_share=round(timings.locked_share, 4),
        )
        db.close()
    return 0


def heartbeat_seconds(config: Config) -> float:
    """How often a worker says it is alive: often enough that a live one never looks stalled."""
    return min(10.0, config.tasks.stall_seconds / 4)


async def _work(config: Config, db: Database, concurrency: int, burst: bool) -> None:
    app = make_app(config, sync=False)
    async with app.open_async():
        await recover_stalled(app, config, db)
        worker = app.run_worker_async(
            queues=[QUEUE],
            concurrency=concurrency,
            wait=not burst,
            update_heartbeat_interval=heartbeat_seconds(config),
            stalled_worker_timeout=config.tasks.stall_seconds,
            delete_jobs="successful",
            fetch_job_polling_interval=min(5.0, config.tasks.stall_seconds / 2),
        )
        if burst:
            await worker
            return
        running = asyncio.ensure_future(worker)
        while not running.done():
            done, _ = await asyncio.wait({running}, timeout=config.tasks.stall_seconds / 2)
            if not done:
                try:
                    await recover_stalled(app, config, db)
                except (pq_errors.ConnectorException, WatcherError) as exc:
                    log_event(log, logging.WARNING, "stalled job recovery failed", error=str(exc))
        running.result()
