"""Read-only queries the archive pages need, paginated and indexed so a large archive stays fast."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any

from sqlalchemy import Engine, and_, exists, func, select
from sqlalchemy.engine import Connection
from sqlalchemy.sql.elements import ColumnElement

from watcher.archive.reportdoc import feed_from_json
from watcher.models import REPORTED, FeedOutcome, Finding, FindingSource, Status
from watcher.store.schema import aware, finding_sources, findings, runs


@dataclass(frozen=True)
class RunRow:
    """One run as the index shows it."""

    id: str
    started_at: datetime
    finished_at: datetime | None
    state: str
    trigger: str
    counts: dict[str, int]
    entries_read: int
    entries_processed: int
    findings_new: int
    feeds_failed: int
    report_path: str
    error: str


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


def _run_row(row: Any) -> RunRow:
    started = aware(row.started_at)
    assert started is not None
    feeds = row.feeds or []
    return RunRow(
        id=row.id,
        started_at=started,
        finished_at=aware(row.finished_at),
        state=row.state,
        trigger=row.trigger,
        counts={str(k): int(v) for k, v in (row.counts or {}).items()},
        entries_read=row.entries_read,
        entries_processed=row.entries_processed,
        findings_new=row.findings_new,
        feeds_failed=sum(1 for f in feeds if isinstance(f, dict) and f.get("state") == "error"),
        report_path=row.report_path or "",
        error=row.error or "",
    )


def count_runs(engine: Engine) -> int:
    """How many runs the archive holds."""
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(runs)).scalar_one())


def list_runs(engine: Engine, *, limit: int | None = None, offset: int = 0) -> list[RunRow]:
    """Runs newest first (all of them when limit is None)."""
    query = select(runs).order_by(runs.c.started_at.desc(), runs.c.id.desc()).offset(offset)
    if limit is not None:
        query = query.limit(limit)
    with engine.connect() as conn:
        return [_run_row(r) for r in conn.execute(query)]


def runs_page(engine: Engine, page: int = 1, per_page: int = 50) -> Page:
    """One page of runs, newest first."""
    total = count_runs(engine)
    page = max(1, min(page, max(1, -(-total // per_page))))
    items = list_runs(engine, limit=per_page, offset=(page - 1) * per_page)
    return Page(items, total, page, per_page)


def get_run(engine: Engine, run_id: str) -> RunRow | None:
    """One run by id, or None."""
    with engine.connect() as conn:
        row = conn.execute(select(runs).where(runs.c.id == run_id)).first()
    return _run_row(row) if row else None


def run_feeds(engine: Engine, run_id: str) -> tuple[FeedOutcome, ...]:
    """What each feed did in a run, as stored with the run."""
    with engine.connect() as conn:
        raw = conn.execute(select(runs.c.feeds).where(runs.c.id == run_id)).scalar()
    return tuple(feed_from_json(f) for f in (raw or ()) if isinstance(f, dict))


def runs_with_findings(engine: Engine, limit: int = 50) -> list[RunRow]:
    """The newest runs that reported something, for the Atom feed."""
    query = (
        select(runs)
        .where(runs.c.findings_new > 0)
        .order_by(runs.c.started_at.desc(), runs.c.id.desc())
        .limit(limit)
    )
    with engine.connect() as conn:
        return [_run_row(r) for r in conn.execute(query)]


def status_totals(engine: Engine) -> dict[str, int]:
    """Findings in the whole archive per reported status."""
    query = select(findings.c.status, func.count()).group_by(findings.c.status)
    with engine.connect() as conn:
        got = {str(s): int(n) for s, n in conn.execute(query)}
    return {str(s): got.get(str(s), 0) for s in REPORTED}


def _source(row: Any) -> FindingSource:
    seen = aware(row.seen_at)
    assert seen is not None
    return FindingSource(
        outlet=row.outlet,
        url=row.url,
        title=row.title,
        published=aware(row.published),
        seen_at=seen,
        feed_url=row.feed_url,
        entry_key=row.entry_key,
        run_id=row.run_id,
    )


def _finding(row: Any, sources: list[FindingSource]) -> Finding:
    first = aware(row.first_seen)
    assert first is not None
    return Finding(
        id=row.id,
        status=Status(row.status),
        text=row.text,
        cue=row.cue,
        score=row.score,
        first_seen=first,
        run_id=row.run_id,
        baseline_id=row.baseline_id,
        baseline_text=row.baseline_text,
        baseline_source=row.baseline_source,
        diff=tuple((int(op), str(text)) for op, text in (row.diff or ())),
        sources=tuple(sources),
    )


def _sources_for(conn: Connection, ids: list[str]) -> dict[str, list[FindingSource]]:
    grouped: dict[str, list[FindingSource]] = defaultdict(list)
    if not ids:
        return grouped
    query = (
        select(finding_sources)
        .where(finding_sources.c.finding_id.in_(ids))
        .order_by(finding_sources.c.seen_at, finding_sources.c.id)
    )
    for row in conn.execute(query):
        grouped[row.finding_id].append(_source(row))
    return grouped


def _with_sources(conn: Connection, rows: list[Any]) -> list[Finding]:
    sources = _sources_for(conn, [r.id for r in rows])
    return [_finding(r, sources.get(r.id, [])) for r in rows]


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


def search_findings(engine: Engine, flt: FindingFilter, page: int = 1, per_page: int = 25) -> Page:
    """Findings across all runs matching the filter, newest first, one page with its sources."""
    conds = _conditions(flt)
    with engine.connect() as conn:
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
            )
        )
        items = _with_sources(conn, rows)
    return Page(items, total, page, per_page)


def get_finding(engine: Engine, finding_id: str) -> Finding | None:
    """One finding with every source that carried it, oldest first."""
    with engine.connect() as conn:
        row = conn.execute(select(findings).where(findings.c.id == finding_id)).first()
        if row is None:
            return None
        return _with_sources(conn, [row])[0]


def run_findings(engine: Engine, run_ids: list[str]) -> dict[str, list[Finding]]:
    """The findings first reported in each of these runs, most severe first."""
    order = {str(s): i for i, s in enumerate(REPORTED)}
    grouped: dict[str, list[Finding]] = defaultdict(list)
    if not run_ids:
        return grouped
    with engine.connect() as conn:
        rows = list(conn.execute(select(findings).where(findings.c.run_id.in_(run_ids))))
        for f in _with_sources(conn, rows):
            grouped[f.run_id].append(f)
    for items in grouped.values():
        items.sort(key=lambda f: (order.get(str(f.status), 99), -len(f.sources), f.id))
    return grouped


def corroborated_in_run(engine: Engine, run_id: str) -> list[Finding]:
    """Earlier findings that gained a source in this run."""
    ids = (
        select(finding_sources.c.finding_id)
        .where(finding_sources.c.run_id == run_id)
        .distinct()
        .scalar_subquery()
    )
    with engine.connect() as conn:
        rows = list(
            conn.execute(
                select(findings)
                .where(findings.c.id.in_(ids), findings.c.run_id != run_id)
                .order_by(findings.c.first_seen.desc())
            )
        )
        return _with_sources(conn, rows)


def outlets(engine: Engine, limit: int = 500) -> list[str]:
    """Outlets that carried a finding, alphabetically, for the filter's choices."""
    query = (
        select(finding_sources.c.outlet)
        .where(finding_sources.c.outlet != "")
        .distinct()
        .order_by(finding_sources.c.outlet)
        .limit(limit)
    )
    with engine.connect() as conn:
        return [str(o) for o in conn.execute(query).scalars()]
