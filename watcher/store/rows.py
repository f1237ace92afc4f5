"""One mapping per record type between a table row and the dataclass the rest of Watcher uses.

Each record is read (and, where Watcher writes it whole, written) by exactly one function here,
so a column added to a table changes one place, and SQLite's naive datetimes are made aware
on the way out, once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.engine import RowMapping

from watcher.archive.reportdoc import feed_from_json
from watcher.baseline.amend import Amendment
from watcher.models import FeedOutcome, Finding, FindingSource, Status
from watcher.store.schema import aware

Row = RowMapping


def _when(value: datetime | None) -> datetime:
    """A NOT NULL timestamp column, made aware."""
    out = aware(value)
    assert out is not None
    return out


@dataclass(frozen=True)
class RunRow:
    """One run as the archive index and `watcher status` show it."""

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
    feeds_total: int = 0


@dataclass(frozen=True)
class FeedRow:
    """A feed's stored state: its last outcome and since when it has failed."""

    url: str
    name: str
    last_state: str
    last_error: str
    last_checked_at: datetime | None
    last_ok_at: datetime | None
    failing_since: datetime | None
    next_due_at: datetime | None = None
    failures: int = 0
    retry_after_at: datetime | None = None


@dataclass(frozen=True)
class PendingDigest:
    """A digest still in the outbox, as `watcher status` shows it."""

    id: str
    subject: str
    created_at: datetime
    attempts: int
    last_error: str
    last_attempt_at: datetime | None
    finding_count: int
    state: str


@dataclass(frozen=True)
class Outgoing:
    """A stored digest handed to a transport."""

    id: str
    message_id: str
    recipients: tuple[str, ...]
    message: bytes


@dataclass(frozen=True)
class Review:
    """One decision on one finding, and when and by whom it was undone (if it was)."""

    id: int
    finding_id: str
    state: str
    label: str
    note: str
    reviewer: str
    decided_at: datetime
    undone_at: datetime | None = None
    undone_by: str = ""


def run_from_row(row: Row) -> RunRow:
    """A `runs` row."""
    outcomes = [f for f in (row["feeds"] or ()) if isinstance(f, dict)]
    return RunRow(
        id=row["id"],
        started_at=_when(row["started_at"]),
        finished_at=aware(row["finished_at"]),
        state=row["state"],
        trigger=row["trigger"],
        counts={str(k): int(v) for k, v in (row["counts"] or {}).items()},
        entries_read=row["entries_read"] or 0,
        entries_processed=row["entries_processed"] or 0,
        findings_new=row["findings_new"] or 0,
        feeds_failed=sum(1 for f in outcomes if f.get("state") == "error"),
        report_path=row["report_path"] or "",
        error=row["error"] or "",
        feeds_total=len(outcomes),
    )


def outcomes_from_json(raw: Sequence[Any] | None) -> tuple[FeedOutcome, ...]:
    """The `runs.feeds` column: what each feed did in the run."""
    return tuple(feed_from_json(f) for f in (raw or ()) if isinstance(f, dict))


def feed_from_row(row: Row) -> FeedRow:
    """A `feeds` row."""
    return FeedRow(
        url=row["url"],
        name=row["name"] or "",
        last_state=row["last_state"] or "",
        last_error=row["last_error"] or "",
        last_checked_at=aware(row["last_checked_at"]),
        last_ok_at=aware(row["last_ok_at"]),
        failing_since=aware(row["failing_since"]),
        next_due_at=aware(row["next_due_at"]),
        failures=row["failures"] or 0,
        retry_after_at=aware(row["retry_after_at"]),
    )


def source_from_row(row: Row) -> FindingSource:
    """A `finding_sources` row."""
    return FindingSource(
        outlet=row["outlet"],
        url=row["url"],
        title=row["title"],
        published=aware(row["published"]),
        seen_at=_when(row["seen_at"]),
        feed_url=row["feed_url"],
        entry_key=row["entry_key"],
        run_id=row["run_id"],
        sentences=tuple(s for s in row["sentences"] or () if isinstance(s, str)),
    )


def source_to_row(finding_id: str, source: FindingSource) -> dict[str, object]:
    """The `finding_sources` row for one source of a finding."""
    return {
        "finding_id": finding_id,
        "run_id": source.run_id,
        "feed_url": source.feed_url,
        "entry_key": source.entry_key,
        "outlet": source.outlet,
        "url": source.url,
        "title": source.title,
        "published": source.published,
        "seen_at": source.seen_at,
        "sentences": list(source.sentences) or None,
    }


def finding_from_row(row: Row, sources: Sequence[FindingSource]) -> Finding:
    """A `findings` row with the sources read beside it."""
    return Finding(
        id=row["id"],
        status=Status(row["status"]),
        text=row["text"],
        cue=row["cue"],
        score=row["score"],
        first_seen=_when(row["first_seen"]),
        run_id=row["run_id"],
        baseline_id=row["baseline_id"],
        baseline_text=row["baseline_text"],
        baseline_source=row["baseline_source"],
        diff=tuple((int(op), str(text)) for op, text in (row["diff"] or ())),
        sources=tuple(sources),
    )


def finding_to_row(finding: Finding) -> dict[str, object]:
    """The `findings` row for a new finding (its sources go to `finding_sources`)."""
    return {
        "id": finding.id,
        "status": str(finding.status),
        "text": finding.text,
        "cue": finding.cue,
        "score": float(finding.score),
        "baseline_id": finding.baseline_id,
        "baseline_text": finding.baseline_text,
        "baseline_source": finding.baseline_source,
        "diff": [[op, text] for op, text in finding.diff],
        "run_id": finding.run_id,
        "first_seen": finding.first_seen,
        "last_seen": max((s.seen_at for s in finding.sources), default=finding.first_seen),
        "source_count": len(finding.sources),
    }


def pending_from_row(row: Row) -> PendingDigest:
    """A `digests` row as the outbox listing shows it."""
    return PendingDigest(
        id=row["id"],
        subject=row["subject"],
        created_at=_when(row["created_at"]),
        attempts=row["attempts"],
        last_error=row["last_error"] or "",
        last_attempt_at=aware(row["last_attempt_at"]),
        finding_count=row["finding_count"],
        state=row["state"],
    )


def outgoing_from_row(row: Row) -> Outgoing:
    """A `digests` row as a transport needs it."""
    return Outgoing(
        id=row["id"],
        message_id=row["message_id"],
        recipients=tuple(row["recipients"]),
        message=bytes(row["message"]),
    )


def review_from_row(row: Row) -> Review:
    """A `reviews` row."""
    decided = aware(row["decided_at"])
    assert decided is not None
    return Review(
        id=int(row["id"]),
        finding_id=row["finding_id"],
        state=row["state"],
        label=row["label"] or "",
        note=row["note"] or "",
        reviewer=row["reviewer"],
        decided_at=decided,
        undone_at=aware(row["undone_at"]),
        undone_by=row["undone_by"] or "",
    )


def source_to_json(s: FindingSource) -> dict[str, object]:
    """A finding's source as an amendment keeps it (its provenance)."""
    return {
        "outlet": s.outlet,
        "url": s.url,
        "title": s.title,
        "published": s.published.isoformat() if s.published else None,
        "seen_at": s.seen_at.isoformat(),
    }


def source_from_json(raw: dict[str, object]) -> FindingSource:
    """A source kept with an amendment."""

    def when(value: object) -> datetime | None:
        return datetime.fromisoformat(value) if isinstance(value, str) else None

    seen = when(raw.get("seen_at")) or datetime.fromtimestamp(0, UTC)
    return FindingSource(
        outlet=str(raw.get("outlet", "")),
        url=str(raw.get("url", "")),
        title=str(raw.get("title", "")),
        published=when(raw.get("published")),
        seen_at=seen,
    )


def amendment_from_row(row: Row) -> Amendment:
    """A `baseline_amendments` row."""
    return Amendment(
        claim_id=row["claim_id"],
        text=row["text"],
        finding_id=row["finding_id"],
        cites=row["cites"] or "",
        sources=tuple(source_from_json(s) for s in row["sources"] or () if isinstance(s, dict)),
        accepted_at=_when(row["accepted_at"]),
        reviewer=row["reviewer"],
    )
