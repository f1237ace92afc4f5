"""The scheduler's jobs live in the same database: APScheduler's SQLAlchemy job store.

`watcher status` reads the job table directly, without unpickling jobs into a scheduler, so it
works on a database whose daemon is stopped or runs another version.
"""

from __future__ import annotations

import pickle
from dataclasses import dataclass
from datetime import UTC, datetime

from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.triggers.base import BaseTrigger
from sqlalchemy import Column, Float, LargeBinary, MetaData, Table, Unicode, select

from watcher.store.db import Database

JOBS_TABLE = "apscheduler_jobs"

# The job store's own table, declared again so `status` can read it without unpickling jobs.
jobs_table = Table(
    JOBS_TABLE,
    MetaData(),
    Column("id", Unicode(191), primary_key=True),
    Column("next_run_time", Float(25), index=True),
    Column("job_state", LargeBinary, nullable=False),
)


@dataclass(frozen=True)
class StoredJob:
    """A job as the store holds it: when it runs next and on which trigger."""

    id: str
    next_run_time: datetime | None
    trigger: BaseTrigger | None


def job_store(db: Database) -> SQLAlchemyJobStore:
    """APScheduler's job store on this database."""
    return SQLAlchemyJobStore(engine=db.engine, tablename=JOBS_TABLE)


def stored_jobs(db: Database) -> dict[str, StoredJob]:
    """The jobs in the store, by id; empty when the daemon never ran on this database."""
    if JOBS_TABLE not in db.table_names():
        return {}
    found: dict[str, StoredJob] = {}
    with db.connect() as conn:
        rows = conn.execute(
            select(jobs_table.c.id, jobs_table.c.next_run_time, jobs_table.c.job_state)
        ).all()
    for job_id, next_run_time, job_state in rows:
        try:
            trigger = pickle.loads(job_state).get("trigger")
        except Exception:  # a job pickled by another version: its time is still useful
            trigger = None
        when = None
        if next_run_time is not None:
            when = datetime.fromtimestamp(next_run_time, UTC)
        found[job_id] = StoredJob(job_id, when, trigger)
    return found
