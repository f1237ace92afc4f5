"""The narrow store a check writes through: feeds' HTTP cache, entries seen, runs, findings.

Each feed's results are written in one transaction, so a run that dies half way leaves every
finished feed recorded and no feed half recorded.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from datetime import datetime

from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection

from watcher.models import Entry, FeedOutcome, Finding, FindingSource, RunReport, Status
from watcher.store.db import Database
from watcher.store.rows import finding_from_row, finding_to_row, source_from_row, source_to_row
from watcher.store.schema import (
    KEY_LENGTH,
    aware,
    entries,
    feeds,
    finding_keys,
    finding_sources,
    findings,
    runs,
)

#: Rows per IN (...) query, under SQLite's variable limit.
CHUNK = 500


@dataclass(frozen=True)
class FeedBatch:
    """What one feed contributed to a run, written together."""

    outcome: FeedOutcome
    checked_at: datetime
    etag: str | None = None
    last_modified: str | None = None
    inserted: Sequence[Entry] = ()
    updated: Sequence[Entry] = ()
    new_findings: Sequence[Finding] = ()
    new_sources: Sequence[tuple[str, FindingSource]] = ()  # sources of earlier findings
    new_keys: Sequence[tuple[str, str]] = ()  # (development key, finding id) attributed here
    next_due_at: datetime | None = None
    failures: int = 0
    retry_after_at: datetime | None = None


@dataclass(frozen=True)
class FeedState:
    """A feed's stored HTTP validators and schedule."""

    etag: str | None = None
    last_modified: str | None = None
    next_due_at: datetime | None = None
    failures: int = 0
    retry_after_at: datetime | None = None


def _chunks(items: Sequence[str]) -> Iterable[Sequence[str]]:
    for i in range(0, len(items), CHUNK):
        yield items[i : i + CHUNK]


def _insert_new(
    conn: Connection, table: Table, rows: Sequence[dict[str, object]], keys: Sequence[str]
) -> None:
    """Insert rows, skipping any whose unique `keys` are stored already.

    A job delivered twice, or two writers racing, then leaves one row per key rather than a
    duplicate or a failed transaction: the constraint decides, not the timing.
    """
    if not rows:
        return
    dialect = conn.dialect.name
    if dialect == "postgresql":
        stmt = postgresql.insert(table).on_conflict_do_nothing(index_elements=list(keys))
        conn.execute(stmt, list(rows))
    elif dialect == "sqlite":
        conn.execute(sqlite.insert(table).on_conflict_do_nothing(index_elements=list(keys)), rows)
    else:
        conn.execute(insert(table), list(rows))


class Store:
    """Reads and writes the ingestion tables; raises `StoreError` on database failures."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def feed_states(self, urls: Sequence[str]) -> dict[str, FeedState]:
        """Stored ETag, Last-Modified and schedule of each known feed."""
        out: dict[str, FeedState] = {}
        columns = (
            feeds.c.url,
            feeds.c.etag,
            feeds.c.last_modified,
            feeds.c.next_due_at,
            feeds.c.failures,
            feeds.c.retry_after_at,
        )
        with self.db.connect() as conn:
            for part in _chunks(list(urls)):
                rows = conn.execute(select(*columns).where(feeds.c.url.in_(part)))
                for url, etag, modified, due, failures, retry in rows:
                    out[url] = FeedState(etag, modified, aware(due), failures or 0, aware(retry))
        return out

    def seen(self, feed_url: str) -> dict[str, str]:
        """Entry key -> content hash for every entry of the feed seen before."""
        with self.db.connect() as conn:
            rows = conn.execute(
                select(entries.c.entry_key, entries.c.content_hash).where(
                    entries.c.feed_url == feed_url
                )
            )
            return {key: digest for key, digest in rows}

    def ledger(self) -> list[tuple[str, str, Status]]:
        """Every finding reported so far, for the differ to recognise restatements.

        Dismissed findings stay in it whatever their review state: that is what mutes a false
        positive, whose restatements are then `known` and counted as its sources.
        """
        with self.db.connect() as conn:
            rows = conn.execute(
                select(findings.c.id, findings.c.text, findings.c.status).order_by(
                    findings.c.first_seen, findings.c.id
                )
            )
            return [(fid, text, Status(status)) for fid, text, status in rows]

    def start_run(self, run_id: str, started_at: datetime, trigger: str) -> None:
        """Record that a run began, so a crash leaves a visible 'running' row."""
        with self.db.begin() as conn:
            conn.execute(
                runs.insert().values(
                    id=run_id,
                    started_at=started_at,
                    state="running",
                    trigger=trigger,
                    counts={},
                    feeds=[],
                )
            )

    def finish_run(self, report: RunReport, state: str = "ok", error: str | None = None) -> None:
        """Record the run's outcome and summary."""
        with self.db.begin() as conn:
            conn.execute(
                update(runs)
                .where(runs.c.id == report.run_id)
                .values(
                    finished_at=report.finished_at,
                    state=state,
                    counts=dict(report.counts),
                    feeds=[asdict(f) for f in report.feeds],
                    entries_read=report.entries_read,
                    entries_processed=report.entries_processed,
                    findings_new=len(report.findings),
                    report_path=report.report_path,
                    error=error,
                )
            )

    def fail_run(self, run_id: str, finished_at: datetime, error: str) -> None:
        """Mark a run that stopped on an exception."""
        with self.db.begin() as conn:
            conn.execute(
                update(runs)
                .where(runs.c.id == run_id)
                .values(finished_at=finished_at, state="failed", error=error)
            )

    def save_feed(self, batch: FeedBatch) -> None:
        """Write one feed's HTTP cache, entries, findings, sources and the development keys
        attributed to them in one transaction."""
        with self.db.begin() as conn:
            self._save_feed_row(conn, batch)
            now = batch.checked_at
            if batch.inserted:
                _insert_new(
                    conn,
                    entries,
                    [
                        {
                            "feed_url": e.feed_url,
                            "entry_key": e.key,
                            "content_hash": e.content_hash,
                            "title": e.title,
                            "link": e.link,
                            "published": e.published,
                            "first_seen": now,
                            "last_seen": now,
                        }
                        for e in batch.inserted
                    ],
                    ("feed_url", "entry_key"),
                )
            if batch.updated:
                conn.execute(
                    update(entries)
                    .where(
                        entries.c.feed_url == bindparam("u_feed"),
                        entries.c.entry_key == bindparam("u_key"),
                    )
                    .values(
                        content_hash=bindparam("u_hash"),
                        title=bindparam("u_title"),
                        link=bindparam("u_link"),
                        published=bindparam("u_published"),
                        last_seen=now,
                    ),
                    [
                        {
                            "u_feed": e.feed_url,
                            "u_key": e.key,
                            "u_hash": e.content_hash,
                            "u_title": e.title,
                            "u_link": e.link,
                            "u_published": e.published,
                        }
                        for e in batch.updated
                    ],
                )
            new_sources = list(batch.new_sources)
            if batch.new_findings:
                # A finding stored meanwhile under the same id is that development: this
                # feed's sentences become its further sources, never a second finding.
                ids = [f.id for f in batch.new_findings]
                stored: set[str] = set()
                for part in _chunks(ids):
                    stored.update(
                        conn.execute(select(findings.c.id).where(findings.c.id.in_(part))).scalars()
                    )
                created = [f for f in batch.new_findings if f.id not in stored]
                new_sources += [
                    (f.id, s) for f in batch.new_findings if f.id in stored for s in f.sources
                ]
                _insert_new(conn, findings, [finding_to_row(f) for f in created], ("id",))
                rows = [source_to_row(f.id, s) for f in created for s in f.sources]
                _insert_new(conn, finding_sources, rows, ("finding_id", "feed_url", "entry_key"))
            if new_sources:
                self._add_sources(conn, batch.outcome.url, new_sources)
            # The first finding a key was stored for keeps it, whoever writes later.
            owners: dict[str, str] = {}
            for key, fid in batch.new_keys:
                if len(key) <= KEY_LENGTH:
                    owners.setdefault(key, fid)
            key_rows: list[dict[str, object]] = [
                {"key": key, "finding_id": fid} for key, fid in owners.items()
            ]
            _insert_new(conn, finding_keys, key_rows, ("key",))

    @staticmethod
    def _add_sources(
        conn: Connection, feed_url: str, new_sources: Sequence[tuple[str, FindingSource]]
    ) -> None:
        """Sources for earlier findings, each (finding, feed, entry) once; counts grow with them."""
        ids = sorted({fid for fid, _ in new_sources})
        existing: set[tuple[str, str, str]] = set()
        for part in _chunks(ids):
            existing.update(
                (fid, feed, key)
                for fid, feed, key in conn.execute(
                    select(
                        finding_sources.c.finding_id,
                        finding_sources.c.feed_url,
                        finding_sources.c.entry_key,
                    ).where(
                        finding_sources.c.finding_id.in_(part),
                        finding_sources.c.feed_url == feed_url,
                    )
                )
            )
        rows: list[dict[str, object]] = []
        gained: dict[str, tuple[int, datetime]] = {}
        for fid, source in new_sources:
            pair = (fid, source.feed_url, source.entry_key)
            if pair in existing:
                continue
            existing.add(pair)
            rows.append(source_to_row(fid, source))
            count, last = gained.get(fid, (0, source.seen_at))
            gained[fid] = (count + 1, max(last, source.seen_at))
        if not rows:
            return
        conn.execute(finding_sources.insert(), rows)
        conn.execute(
            update(findings)
            .where(findings.c.id == bindparam("g_id"))
            .values(
                source_count=findings.c.source_count + bindparam("g_count"),
                last_seen=bindparam("g_last"),
            ),
            [{"g_id": fid, "g_count": n, "g_last": last} for fid, (n, last) in gained.items()],
        )

    def _save_feed_row(self, conn: Connection, batch: FeedBatch) -> None:
        outcome = batch.outcome
        row = conn.execute(
            select(feeds.c.failing_since).where(feeds.c.url == outcome.url)
        ).one_or_none()
        values: dict[str, object] = {
            "name": outcome.name,
            "last_state": outcome.state,
            "last_error": outcome.error or None,
            "last_checked_at": batch.checked_at,
            "next_due_at": batch.next_due_at,
            "failures": batch.failures,
            "retry_after_at": batch.retry_after_at,
        }
        if outcome.state == "error":
            values["failing_since"] = (row.failing_since if row else None) or batch.checked_at
        else:
            values["failing_since"] = None
            values["last_ok_at"] = batch.checked_at
        if outcome.state == "ok":
            values["etag"] = batch.etag
            values["last_modified"] = batch.last_modified
        if row is None:
            conn.execute(feeds.insert().values(url=outcome.url, **values))
        else:
            conn.execute(update(feeds).where(feeds.c.url == outcome.url).values(**values))

    def findings_by_id(self, ids: Sequence[str]) -> list[Finding]:
        """Stored findings with all their sources, in the order of `ids`."""
        if not ids:
            return []
        by_id: dict[str, Finding] = {}
        sources: dict[str, list[FindingSource]] = {}
        with self.db.connect() as conn:
            for part in _chunks(list(ids)):
                for row in conn.execute(
                    select(finding_sources)
                    .where(finding_sources.c.finding_id.in_(part))
                    .order_by(finding_sources.c.id)
                ).mappings():
                    sources.setdefault(row["finding_id"], []).append(source_from_row(row))
                for row in conn.execute(select(findings).where(findings.c.id.in_(part))).mappings():
                    by_id[row["id"]] = finding_from_row(row, sources.get(row["id"], ()))
        return [by_id[i] for i in ids if i in by_id]
