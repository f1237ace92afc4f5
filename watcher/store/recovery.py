"""A run whose process died stays 'running' in the database; record it as interrupted.

Only a run nobody is working on may be relabelled, so this takes the run lock without
waiting: while any check holds it, nothing changes.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from sqlalchemy import select, update

from watcher.errors import LockBusyError
from watcher.lock import run_lock
from watcher.logs import log_event
from watcher.store.db import Database
from watcher.store.schema import runs

log = logging.getLogger(__name__)

INTERRUPTED = "interrupted: the process stopped before this run finished"


def mark_interrupted(db: Database, now: datetime) -> list[str]:
    """Mark every run left 'running' as failed/interrupted; the caller holds the run lock."""
    with db.begin() as conn:
        ids = list(conn.execute(select(runs.c.id).where(runs.c.state == "running")).scalars())
        if ids:
            conn.execute(
                update(runs)
                .where(runs.c.id.in_(ids), runs.c.state == "running")
                .values(state="failed", finished_at=now, error=INTERRUPTED)
            )
    for run_id in ids:
        log_event(log, logging.WARNING, "run was interrupted; recorded as failed", run=run_id)
    return ids


def recover_interrupted_runs(db: Database, data_dir: Path, now: datetime) -> list[str]:
    """Mark runs left 'running' by a dead process as failed/interrupted; return their ids."""
    try:
        with run_lock(data_dir, wait=False):
            return mark_interrupted(db, now)
    except LockBusyError:
        return []
