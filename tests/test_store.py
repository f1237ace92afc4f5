"""The ingestion store on a real SQLite file."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from watcher.errors import StoreError
from watcher.models import Entry, FeedOutcome, Finding, FindingSource, RunReport, Status
from watcher.store.db import Database
from watcher.store.ingest import FeedBatch, Store
from watcher.store.schema import feeds, finding_sources, findings, open_database

T0 = datetime(2026, 11, 24, 8, 0, tzinfo=UTC)


@pytest.fixture
def engine(tmp_path: Path) -> Database:
    eng = open_database(f"sqlite:///{tmp_path / 'w.db'}")
    yield eng
    eng.close()


def _entry(key: str, digest: str = "h1") -> Entry:
    return Entry("http://f/rss", "Desk", key, digest, f"title {key}", f"http://a/{key}", T0, "text")


def _source(key: str, run: str = "r1", at: datetime = T0) -> FindingSource:
    return FindingSource(
        "Desk", f"http://a/{key}", f"title {key}", T0, at, "http://f/rss", key, run
    )


def _finding(fid: str, *sources: FindingSource) -> Finding:
    return Finding(
        id=fid,
        status=Status.CHANGED,
        text="Sweden became the 32nd member.",
        cue="31 -> 32",
        score=0.8,
        first_seen=T0,
        run_id="r1",
        baseline_id="c1",
        baseline_text="31 members",
        baseline_source="Foreign Policy, July 2023",
        diff=((0, "Sweden "), (-1, "31"), (1, "32")),
        sources=sources,
    )


def _ok(url: str = "http://f/rss") -> FeedOutcome:
    return FeedOutcome(url, "Desk", "ok", entries_read=2, entries_new=2)


def _report(run_id: str) -> RunReport:
    return RunReport(run_id, T0, T0, (_ok(),), 2, 2, {"changed": 1}, ())


def test_a_feed_batch_round_trips(engine: Database) -> None:
    store = Store(engine)
    store.start_run("r1", T0, "manual")
    store.save_feed(
        FeedBatch(
            _ok(),
            T0,
            etag='"e1"',
            last_modified="Mon",
            inserted=[_entry("a"), _entry("b")],
            new_findings=[_finding("f1", _source("a"), _source("b"))],
        )
    )
    store.finish_run(_report("r1"))
    assert store.seen("http://f/rss") == {"a": "h1", "b": "h1"}
    assert store.feed_states(["http://f/rss", "http://other"])["http://f/rss"].etag == '"e1"'
    assert store.ledger() == [("f1", "Sweden became the 32nd member.", Status.CHANGED)]
    (loaded,) = store.findings_by_id(["f1"])
    assert loaded == _finding("f1", _source("a"), _source("b"))
    with engine.connect() as conn:
        assert conn.execute(select(findings.c.source_count)).scalar_one() == 2


def test_restatements_add_sources_once(engine: Database) -> None:
    store = Store(engine)
    store.start_run("r1", T0, "manual")
    store.save_feed(
        FeedBatch(_ok(), T0, inserted=[_entry("a")], new_findings=[_finding("f1", _source("a"))])
    )
    later = T0 + timedelta(hours=1)
    store.start_run("r2", later, "schedule")
    twice = [("f1", _source("c", "r2", later)), ("f1", _source("c", "r2", later))]
    store.save_feed(FeedBatch(_ok(), later, inserted=[_entry("c")], new_sources=twice))
    (loaded,) = store.findings_by_id(["f1"])
    assert [s.entry_key for s in loaded.sources] == ["a", "c"]
    with engine.connect() as conn:
        row = conn.execute(select(findings.c.source_count, findings.c.last_seen)).one()
        assert row.source_count == 2
        assert len(conn.execute(select(finding_sources.c.id)).all()) == 2


def test_edited_entry_updates_its_hash(engine: Database) -> None:
    store = Store(engine)
    store.save_feed(FeedBatch(_ok(), T0, inserted=[_entry("a")]))
    store.save_feed(FeedBatch(_ok(), T0, updated=[_entry("a", "h2")]))
    assert store.seen("http://f/rss") == {"a": "h2"}


def test_failing_feed_keeps_its_cache_and_first_failure(engine: Database) -> None:
    store = Store(engine)
    store.save_feed(FeedBatch(_ok(), T0, etag='"e1"'))
    err = FeedOutcome("http://f/rss", "Desk", "error", error_kind="http", error="HTTP 500")
    store.save_feed(FeedBatch(err, T0 + timedelta(hours=1)))
    store.save_feed(FeedBatch(err, T0 + timedelta(hours=2)))
    assert store.feed_states(["http://f/rss"])["http://f/rss"].etag == '"e1"'
    with engine.connect() as conn:
        row = conn.execute(select(feeds)).mappings().one()
    assert row["last_state"] == "error" and row["last_error"] == "HTTP 500"
    assert row["failing_since"].replace(tzinfo=UTC) == T0 + timedelta(hours=1)
    store.save_feed(FeedBatch(_ok(), T0 + timedelta(hours=3), etag='"e2"'))
    with engine.connect() as conn:
        assert conn.execute(select(feeds.c.failing_since)).scalar_one() is None


def test_a_failed_batch_writes_nothing(engine: Database) -> None:
    store = Store(engine)
    store.start_run("r1", T0, "manual")
    # The finding's run does not exist, so the foreign key fails and the whole batch rolls back.
    orphan = _finding("f1", _source("a"))
    bad = Finding(**{**orphan.__dict__, "run_id": "missing-run"})
    with pytest.raises(StoreError):
        store.save_feed(FeedBatch(_ok(), T0, inserted=[_entry("a")], new_findings=[bad]))
    assert store.seen("http://f/rss") == {}
    assert store.feed_states(["http://f/rss"]) == {}
