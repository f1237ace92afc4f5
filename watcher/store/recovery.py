"""A run whose process died stays 'running' in the database; record it as interrupted.

Only a run nobody is working on may be relabelled, so this takes the run lock without
waiting: while any check holds it, nothing changes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, or_, select, update
from sqlalchemy.engine import Connection

from watcher.errors import LockBusyError
from watcher.lock import run_lock
from watcher.logs import log_event
from watcher.store.db import Database
from watcher.store.schema import findings, runs

log = logging.getLogger(__name__)

INTERRUPTED = "interrupted: the process stopped before this run finished"
#: A run made by a queued job has this in its id, before the job's number; no other run has.
JOB_RUN_MARK = "-j"


def job_run_id(stamp: str, job_id: int, suffix: str) -> str:
    """The id of a run made by queued job `job_id`, so its job's recovery can find it."""
    return f"{stamp}{JOB_RUN_MARK}{job_id}-{suffix}"


def running_job_runs(db: Database, job_ids: Sequence[int]) -> list[str]:
    """Runs still marked running that queued jobs `job_ids` made."""
    if not job_ids:
        return []
    with db.connect() as conn:
        rows = conn.execute(
            select(runs.c.id).where(
                runs.c.state == "running",
                or_(*(runs.c.id.like(f"%{JOB_RUN_MARK}{int(j)}-%") for j in job_ids)),
            )
        )
        return [str(r) for r in rows.scalars()]


def _stored_counts(conn: Connection, run_id: str) -> dict[str, int]:
    """How many findings of each status a run stored before it stopped."""
    rows = conn.execute(
        select(findings.c.status, func.count())
        .where(findings.c.run_id == run_id)
        .group_by(findings.c.status)
    )
    return {str(status): int(n) for status, n in rows}


def mark_interrupted(db: Database, now: datetime, only: Sequence[str] | None = None) -> list[str]:
    """Mark every run left 'running' as failed/interrupted; the caller holds the run lock.

    Runs of queued jobs are left to their job's recovery (a worker may be on them now)
    unless named in `only`, which limits the change to those runs.
    Each feed's findings were committed as the run went, so the run's counts are taken from
    what it stored: the index and the feed then show them like any other run's.
    """
    running = runs.c.state == "running"
    where = (
        running & ~runs.c.id.contains(JOB_RUN_MARK)
        if only is None
        else running & runs.c.id.in_(list(only))
    )
    with db.begin() as conn:
        ids = list(conn.execute(select(runs.c.id).where(where)).scalars())
        for run_id in ids:
            counts = _stored_counts(conn, run_id)
            conn.execute(
                update(runs)
                .where(runs.c.id == run_id, runs.c.state == "running")
                .values(
                    state="failed",
                    finished_at=now,
                    error=INTERRUPTED,
                    counts=counts,
                    findings_new=sum(counts.values()),
                )
            )
    for run_id in ids:
        log_event(log, logging.WARNING, "run was interrupted; recorded as failed", run=run_id)
    return ids


def unreported_runs(db: Database) -> list[str]:
    """Failed runs that stored findings but have no report (killed, or stopped by an error)."""
    with db.connect() as conn:
        stored = select(findings.c.id).where(findings.c.run_id == runs.c.id).exists()
        rows = conn.execute(
            select(runs.c.id)
            .where(runs.c.state == "failed", runs.c.report_path == "", stored)
            .order_by(runs.c.started_at)
        )
        return [str(r) for r in rows.scalars()]


def recount_stored(db: Database, run_id: str) -> None:
    """Give a run that stopped early the counts of the findings it stored."""
    with db.begin() as conn:
        row = conn.execute(select(runs.c.counts).where(runs.c.id == run_id)).first()
        if row is None:
            return
        stored = _stored_counts(conn, run_id)
        conn.execute(
            update(runs)
            .where(runs.c.id == run_id)
            .values(counts={**(row.counts or {}), **stored}, findings_new=sum(stored.values()))
        )


def record_report_path(db: Database, run_id: str, path: str) -> None:
    """Note where a run's report was written after the run itself stopped."""
    with db.begin() as conn:
        conn.execute(update(runs).where(runs.c.id == run_id).values(report_path=path))


def recover_interrupted_runs(
    db: Database,
    data_dir: Path,
    now: datetime,
    then: Callable[[list[str]], object] | None = None,
) -> list[str]:
    """Mark runs left 'running' by a dead process as failed/interrupted; return their ids.

    `then` is called with those ids while the lock is still held (to write their reports),
    so no check can start in between.
    """
    try:
        url = db.engine.url.render_as_string(hide_password=False)
        with run_lock(data_dir, wait=False, database_url=url):
            ids = mark_interrupted(db, now)
            if then is not None:
                then(ids)
            return ids
    except LockBusyError:
        return []
