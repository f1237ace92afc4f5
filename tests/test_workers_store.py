"""What the store guarantees whoever writes: each entry, development and source once (unique
keys and upserts), and runs of queued jobs left to their job's recovery. On SQLite and
PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import Table, func, select

from watcher.models import Entry, FeedOutcome, Finding, FindingSource, Status
from watcher.store.db import Database
from watcher.store.ingest import FeedBatch, Store
from watcher.store.recovery import (
    INTERRUPTED,
    job_run_id,
    mark_interrupted,
    running_job_runs,
)
from watcher.store.schema import entries, finding_sources, findings, open_database, runs

from .pg_fixtures import selected_database

T0 = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
FEED = "https://a.example/feed.xml"
OTHER = "https://b.example/feed.xml"


def _db(tmp_path: Path) -> Database:
    return open_database(selected_database() or f"sqlite:///{tmp_path / 'w.db'}")


def _entry(feed: str, key: str) -> Entry:
    return Entry(feed, "Outlet", key, f"hash-{key}", key, f"https://x.example/{key}", T0, "text")


def _source(feed: str, key: str, run_id: str) -> FindingSource:
    return FindingSource("Outlet", f"https://x.example/{key}", key, T0, T0, feed, key, run_id)


def _batch(feed: str, run_id: str, fid: str = "f-invite") -> FeedBatch:
    finding = Finding(
        id=fid,
        status=Status.NEW,
        text="Allies agreed to invite Ukraine.",
        cue="on topic",
        score=0.5,
        first_seen=T0,
        run_id=run_id,
        sources=(_source(feed, "e1", run_id),),
    )
    return FeedBatch(
        FeedOutcome(feed, "Outlet", "ok", entries_read=1, entries_new=1),
        T0,
        inserted=[_entry(feed, "e1")],
        new_findings=[finding],
    )


def _start(store: Store, run_id: str) -> None:
    store.start_run(run_id, T0, "worker")


def _count(db: Database, table: Table) -> int:
    with db.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def test_a_batch_saved_twice_stores_its_entry_finding_and_source_once(
    each_database: str, tmp_path: Path
) -> None:
    db = _db(tmp_path)
    store = Store(db)
    _start(store, "r1")
    store.save_feed(_batch(FEED, "r1"))
    store.save_feed(_batch(FEED, "r1"))  # a job delivered again after its write
    assert (_count(db, findings), _count(db, finding_sources), _count(db, entries)) == (1, 1, 1)
    [stored] = store.findings_by_id(["f-invite"])
    assert len(stored.sources) == 1


def test_a_new_finding_already_stored_by_another_writer_becomes_its_source(
    each_database: str, tmp_path: Path
) -> None:
    db = _db(tmp_path)
    store = Store(db)
    _start(store, "r1")
    _start(store, "r2")
    store.save_feed(_batch(FEED, "r1"))
    # Another feed's writer decided the same development was new (it had not seen it yet).
    store.save_feed(_batch(OTHER, "r2"))
    assert _count(db, findings) == 1
    [stored] = store.findings_by_id(["f-invite"])
    assert sorted(s.feed_url for s in stored.sources) == [FEED, OTHER]
    with db.connect() as conn:
        count = conn.execute(select(findings.c.source_count)).scalar_one()
    assert count == 2
    assert stored.run_id == "r1"  # the first writer's finding stands


def test_runs_of_queued_jobs_are_left_to_their_jobs_recovery(
    each_database: str, tmp_path: Path
) -> None:
    db = _db(tmp_path)
    store = Store(db)
    job_run = job_run_id("20261126T090000Z", 41, "abc123")
    other_job = job_run_id("20261126T090000Z", 4, "def456")
    store.start_run("20261126T090000Z-0a1b2c", T0, "schedule")
    store.start_run(job_run, T0, "worker")
    store.start_run(other_job, T0, "worker")
    # A check holding the run lock marks its own dead predecessors only: workers may be busy.
    assert mark_interrupted(db, T0 + timedelta(hours=1)) == ["20261126T090000Z-0a1b2c"]
    assert running_job_runs(db, [41]) == [job_run]  # job 4's run is not job 41's
    assert mark_interrupted(db, T0 + timedelta(hours=1), [job_run]) == [job_run]
    with db.connect() as conn:
        states = {r.id: r.error for r in conn.execute(select(runs.c.id, runs.c.error))}
    assert states[job_run] == INTERRUPTED and states[other_job] is None
