"""A run report as a versioned JSON document, and back, so a report can be re-read years later."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from watcher.models import FeedOutcome, Finding, FindingSource, RunReport, Status
from watcher.store.schema import aware

REPORT_VERSION = 1


def report_dir(reports_dir: Path, started_at: datetime) -> Path:
    """The dated folder a run's files live in: reports/YYYY/MM/DD (UTC)."""
    day = aware(started_at)
    assert day is not None
    day = day.astimezone(UTC)
    return reports_dir / f"{day:%Y}" / f"{day:%m}" / f"{day:%d}"


def report_relpath(run_id: str, started_at: datetime, suffix: str) -> str:
    """The report's path relative to `reports/`, with forward slashes: '2026/11/24/<id>.html'."""
    day = aware(started_at)
    assert day is not None
    day = day.astimezone(UTC)
    return f"{day:%Y/%m/%d}/{run_id}{suffix}"


def _when(value: datetime | None) -> str | None:
    value = aware(value)
    return value.isoformat() if value else None


def _parse_when(value: Any) -> datetime | None:
    if not value:
        return None
    return aware(datetime.fromisoformat(str(value)))


def source_to_json(source: FindingSource) -> dict[str, Any]:
    """One source of a finding as plain JSON."""
    return {
        "outlet": source.outlet,
        "url": source.url,
        "title": source.title,
        "published": _when(source.published),
        "seen_at": _when(source.seen_at),
        "feed_url": source.feed_url,
        "entry_key": source.entry_key,
        "run_id": source.run_id,
        "sentences": list(source.sentences),
    }


def finding_to_json(finding: Finding) -> dict[str, Any]:
    """One finding with its evidence and sources as plain JSON."""
    return {
        "id": finding.id,
        "status": str(finding.status),
        "text": finding.text,
        "cue": finding.cue,
        "score": finding.score,
        "first_seen": _when(finding.first_seen),
        "run_id": finding.run_id,
        "baseline": {
            "id": finding.baseline_id,
            "text": finding.baseline_text,
            "source": finding.baseline_source,
        },
        "diff": [[op, text] for op, text in finding.diff],
        "sources": [source_to_json(s) for s in finding.sources],
    }


def report_to_json(report: RunReport) -> dict[str, Any]:
    """The whole run: its numbers, what each feed did, and its findings with their evidence."""
    return {
        "version": REPORT_VERSION,
        "run_id": report.run_id,
        "started_at": _when(report.started_at),
        "finished_at": _when(report.finished_at),
        "entries_read": report.entries_read,
        "entries_processed": report.entries_processed,
        "counts": {str(k): int(v) for k, v in report.counts.items()},
        "feeds": [
            {
                "url": f.url,
                "name": f.name,
                "state": f.state,
                "error_kind": f.error_kind,
                "error": f.error,
                "http_status": f.http_status,
                "entries_read": f.entries_read,
                "entries_new": f.entries_new,
                "warning": f.warning,
            }
            for f in report.feeds
        ],
        "findings": [finding_to_json(f) for f in report.findings],
        "corroborated": [finding_to_json(f) for f in report.corroborated],
        "extra": dict(report.extra),
    }


def source_from_json(raw: dict[str, Any]) -> FindingSource:
    """Inverse of `source_to_json`."""
    seen = _parse_when(raw.get("seen_at"))
    return FindingSource(
        outlet=str(raw.get("outlet", "")),
        url=str(raw.get("url", "")),
        title=str(raw.get("title", "")),
        published=_parse_when(raw.get("published")),
        seen_at=seen if seen else datetime.min,
        feed_url=str(raw.get("feed_url", "")),
        entry_key=str(raw.get("entry_key", "")),
        run_id=str(raw.get("run_id", "")),
        sentences=tuple(str(s) for s in raw.get("sentences") or () if isinstance(s, str)),
    )


def finding_from_json(raw: dict[str, Any]) -> Finding:
    """Inverse of `finding_to_json`."""
    baseline = raw.get("baseline") or {}
    first_seen = _parse_when(raw.get("first_seen"))
    return Finding(
        id=str(raw["id"]),
        status=Status(raw["status"]),
        text=str(raw.get("text", "")),
        cue=str(raw.get("cue", "")),
        score=float(raw.get("score", 0.0)),
        first_seen=first_seen if first_seen else datetime.min,
        run_id=str(raw.get("run_id", "")),
        baseline_id=str(baseline.get("id", "")),
        baseline_text=str(baseline.get("text", "")),
        baseline_source=str(baseline.get("source", "")),
        diff=tuple((int(op), str(text)) for op, text in raw.get("diff", ())),
        sources=tuple(source_from_json(s) for s in raw.get("sources", ())),
    )


def feed_from_json(raw: dict[str, Any]) -> FeedOutcome:
    """One feed's outcome from its JSON (or stored) form."""
    status = raw.get("http_status")
    return FeedOutcome(
        url=str(raw.get("url", "")),
        name=str(raw.get("name", "")),
        state=str(raw.get("state", "")),
        error_kind=str(raw.get("error_kind", "")),
        error=str(raw.get("error", "")),
        http_status=int(status) if status is not None else None,
        entries_read=int(raw.get("entries_read", 0)),
        entries_new=int(raw.get("entries_new", 0)),
        warning=str(raw.get("warning", "")),
    )


def report_from_json(doc: dict[str, Any]) -> RunReport:
    """Rebuild a `RunReport` from its JSON document (version 1)."""
    if doc.get("version") != REPORT_VERSION:
        raise ValueError(f"unsupported report version {doc.get('version')!r}")
    started = _parse_when(doc["started_at"])
    finished = _parse_when(doc.get("finished_at")) or started
    assert started is not None and finished is not None
    return RunReport(
        run_id=str(doc["run_id"]),
        started_at=started,
        finished_at=finished,
        feeds=tuple(feed_from_json(f) for f in doc.get("feeds", ())),
        entries_read=int(doc.get("entries_read", 0)),
        entries_processed=int(doc.get("entries_processed", 0)),
        counts={str(k): int(v) for k, v in (doc.get("counts") or {}).items()},
        findings=tuple(finding_from_json(f) for f in doc.get("findings", ())),
        corroborated=tuple(finding_from_json(f) for f in doc.get("corroborated", ())),
        extra={str(k): str(v) for k, v in (doc.get("extra") or {}).items()},
    )
