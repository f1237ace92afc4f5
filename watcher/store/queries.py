"""Read-only queries the archive pages need, paginated and indexed so a large archive stays fast."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any

from sqlalchemy import and_, exists, func, select
from sqlalchemy.engine import Connection
from sqlalchemy.sql.elements import ColumnElement

from watcher.models import REPORTED, FeedOutcome, Finding, FindingSource
from watcher.store.db import Database
from watcher.store.rows import FeedRow as FeedRow
from watcher.store.rows import RunRow as RunRow
from watcher.store.rows import (
    feed_from_row,
    finding_from_row,
    outcomes_from_json,
    run_from_row,
    source_from_row,
)
from watcher.store.schema import feeds, finding_sources, findings, runs


@dataclass(frozen=True)
class FindingFilter:
    """What the findings view is narrowed to; empty fields do not filter."""

    status: str = ""
    since: date | None = None
    until: date | None = None
    outlet: str = ""
    q: str = ""
    tz: tzinfo = UTC  # the zone whose days `since` and `until` name

    @property
    def active(self) -> bool:
        return bool(self.status or self.since or self.until or self.outlet or self.q)


@dataclass(frozen=True)
class Page:
    """One page of results and where it sits in the whole."""

    items: list[Any]
    total: int
    page: int
    per_page: int
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))

    @property
    def has_prev(self) -> bool:
        return self.page > 1

    @property
    def has_next(self) -> bool:
        return self.page < self.pages


def count_runs(db: Database) -> int:
    """How many runs the archive holds."""
    with db.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(runs)).scalar_one())


def list_runs(db: Database, *, limit: int | None = None, offset: int = 0) -> list[RunRow]:
    """Runs newest first (all of them when limit is None)."""
    query = select(runs).order_by(runs.c.started_at.desc(), runs.c.id.desc()).offset(offset)
    if limit is not None:
        query = query.limit(limit)
    with db.connect() as conn:
        return [run_from_row(r) for r in conn.execute(query).mappings()]


def runs_page(db: Database, page: int = 1, per_page: int = 50) -> Page:
    """One page of runs, newest first."""
    total = count_runs(db)
    page = max(1, min(page, max(1, -(-total // per_page))))
    items = list_runs(db, limit=per_page, offset=(page - 1) * per_page)
    return Page(items, total, page, per_page)


def get_run(db: Database, run_id: str) -> RunRow | None:
    """One run by id, or None."""
    with db.connect() as conn:
        row = conn.execute(select(runs).where(runs.c.id == run_id)).mappings().first()
    return run_from_row(row) if row else None


def run_feeds(db: Database, run_id: str) -> tuple[FeedOutcome, ...]:
    """What each feed did in a run, as stored with the run."""
    with db.connect() as conn:
        raw = conn.execute(select(runs.c.feeds).where(runs.c.id == run_id)).scalar()
    return outcomes_from_json(raw)


def runs_with_findings(db: Database, limit: int = 50) -> list[RunRow]:
    """The newest runs that reported something, for the Atom feed."""
    query = (
        select(runs)
        .where(runs.c.findings_new > 0)
        .order_by(runs.c.started_at.desc(), runs.c.id.desc())
        .limit(limit)
    )
    with db.connect() as conn:
        return [run_from_row(r) for r in conn.execute(query).mappings()]


def status_totals(db: Database) -> dict[str, int]:
    """Findings in the whole archive per reported status."""
    query = select(findings.c.status, func.count()).group_by(findings.c.status)
    with db.connect() as conn:
        got = {str(s): int(n) for s, n in conn.execute(query)}
    return {str(s): got.get(str(s), 0) for s in REPORTED}


def _sources_for(conn: Connection, ids: list[str]) -> dict[str, list[FindingSource]]:
    grouped: dict[str, list[FindingSource]] = defaultdict(list)
    if not ids:
        return grouped
    query = (
        select(finding_sources)
        .where(finding_sources.c.finding_id.in_(ids))
        .order_by(finding_sources.c.seen_at, finding_sources.c.id)
    )
    for row in conn.execute(query).mappings():
        grouped[row["finding_id"]].append(source_from_row(row))
    return grouped


def _with_sources(conn: Connection, rows: list[Any]) -> list[Finding]:
    sources = _sources_for(conn, [r["id"] for r in rows])
    return [finding_from_row(r, sources.get(r["id"], [])) for r in rows]


def _conditions(flt: FindingFilter) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = []
    if flt.status:
        conds.append(findings.c.status == flt.status)
    if flt.since:
        start = datetime.combine(flt.since, time(), flt.tz).astimezone(UTC)
        conds.append(findings.c.first_seen >= start)
    if flt.until:
        end = datetime.combine(flt.until + timedelta(days=1), time(), flt.tz).astimezone(UTC)
        conds.append(findings.c.first_seen < end)
    if flt.outlet:
        conds.append(
            exists().where(
                and_(
                    finding_sources.c.finding_id == findings.c.id,
                    finding_sources.c.outlet == flt.outlet,
                )
            )
        )
    if flt.q:
        conds.append(findings.c.text.icontains(flt.q, autoescape=True))
    return conds


def search_findings(db: Database, flt: FindingFilter, page: int = 1, per_page: int = 25) -> Page:
    """Findings across all runs matching the filter, newest first, one page with its sources."""
    conds = _conditions(flt)
    with db.connect() as conn:
        total = int(
            conn.execute(select(func.count()).select_from(findings).where(*conds)).scalar_one()
        )
        page = max(1, min(page, max(1, -(-total // per_page))))
        rows = list(
            conn.execute(
                select(findings)
                .where(*conds)
                .order_by(findings.c.first_seen.desc(), findings.c.id)
                .limit(per_page)
                .offset((page - 1) * per_page)
            ).mappings()
        )
        items = _with_sources(conn, rows)
    return Page(items, total, page, per_page)


def get_finding(db: Database, finding_id: str) -> Finding | None:
    """One finding with every source that carried it, oldest first."""
    with db.connect() as conn:
        row = conn.execute(select(findings).where(findings.c.id == finding_id)).mappings().first()
        if row is None:
            return None
        return _with_sources(conn, [row])[0]


def run_findings(db: Database, run_ids: list[str]) -> dict[str, list[Finding]]:
    """The findings first reported in each of these runs, most severe first."""
    order = {str(s): i for i, s in enumerate(REPORTED)}
    grouped: dict[str, list[Finding]] = defaultdict(list)
    if not run_ids:
        return grouped
    with db.connect() as conn:
        rows = list(conn.execute(select(findings).where(findings.c.run_id.in_(run_ids))).mappings())
        for f in _with_sources(conn, rows):
            grouped[f.run_id].append(f)
    for items in grouped.values():
        items.sort(key=lambda f: (order.get(str(f.status), 99), -len(f.sources), f.id))
    return grouped


def corroborated_in_run(db: Database, run_id: str) -> list[Finding]:
    """Earlier findings that gained a source in this run."""
    ids = (
        select(finding_sources.c.finding_id)
        .where(finding_sources.c.run_id == run_id)
        .distinct()
        .scalar_subquery()
    )
    with db.connect() as conn:
        rows = list(
            conn.execute(
                select(findings)
                .where(findings.c.id.in_(ids), findings.c.run_id != run_id)
                .order_by(findings.c.first_seen.desc())
            ).mappings()
        )
        return _with_sources(conn, rows)


def outlets(db: Database, limit: int = 500) -> list[str]:
    """Outlets that carried a finding, alphabetically, for the filter's choices."""
    query = (
        select(finding_sources.c.outlet)
        .where(finding_sources.c.outlet != "")
        .distinct()
        .order_by(finding_sources.c.outlet)
        .limit(limit)
    )
    with db.connect() as conn:
        return [str(o) for o in conn.execute(query).scalars()]


def feeds_failing_since(
    db: Database, before: datetime, urls: Sequence[str] | None = None
) -> list[FeedRow]:
    """Feeds (of `urls`, when given) whose every fetch has failed since `before` or earlier,
    longest failing first."""
    conds = [feeds.c.failing_since.is_not(None), feeds.c.failing_since <= before]
    if urls is not None:
        conds.append(feeds.c.url.in_(list(urls)))
    query = select(feeds).where(*conds).order_by(feeds.c.failing_since)
    with db.connect() as conn:
        return [feed_from_row(r) for r in conn.execute(query).mappings()]


def feed_rows(db: Database, urls: list[str]) -> dict[str, FeedRow]:
    """The stored state of these feeds, by URL (feeds never checked are absent)."""
    out: dict[str, FeedRow] = {}
    with db.connect() as conn:
        for i in range(0, len(urls), 500):
            query = select(feeds).where(feeds.c.url.in_(urls[i : i + 500]))
            out.update((r["url"], feed_from_row(r)) for r in conn.execute(query).mappings())
    return out


def outcomes_since(db: Database, since: datetime | None) -> list[tuple[FeedOutcome, ...]]:
    """What each feed did in every run started after `since` (all runs when None), oldest first."""
    query = select(runs.c.feeds).order_by(runs.c.started_at)
    if since is not None:
        query = query.where(runs.c.started_at > since)
    with db.connect() as conn:
        return [outcomes_from_json(raw) for raw in conn.execute(query).scalars()]
