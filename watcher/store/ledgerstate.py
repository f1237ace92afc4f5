"""What the ledger reads to remember findings and their development keys, and the record of
its snapshot.

The ledger remembers findings in the order they were created: a finding's first source row is
written with it, in the same transaction, so its smallest `finding_sources.id` gives that order
across runs and feeds. A snapshot covers every finding whose first source is at or below its
watermark; the findings created since are read from that watermark on, not from the start.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.sql.selectable import Subquery

from watcher.models import Status
from watcher.store.db import Database
from watcher.store.schema import (
    KEY_LENGTH,
    finding_keys,
    finding_sources,
    findings,
    ledger_snapshots,
)

#: Rows per IN (...) query, under SQLite's variable limit.
CHUNK = 500
SNAPSHOT = "differ"

Remembered = tuple[str, str, Status]  # finding id, text, status


@dataclass(frozen=True)
class SnapshotRecord:
    """Which snapshot file belongs to this database, and how far into the findings it reaches."""

    fingerprint: str  # baseline and code the snapshot was made with
    sha256: str  # the file's digest: a file that does not match is not loaded
    source_watermark: int  # highest finding_sources.id whose finding the snapshot remembers
    findings: int  # findings the snapshot remembers
    written_at: datetime


def _first_sources() -> Subquery:
    return (
        select(
            finding_sources.c.finding_id.label("fid"),
            func.min(finding_sources.c.id).label("first"),
        )
        .group_by(finding_sources.c.finding_id)
        .subquery()
    )


def findings_in_order(db: Database) -> list[Remembered]:
    """Every stored finding, in the order it was created (for a ledger built from nothing)."""
    first = _first_sources()
    query = (
        select(findings.c.id, findings.c.text, findings.c.status)
        .select_from(findings.outerjoin(first, first.c.fid == findings.c.id))
        .order_by(
            func.coalesce(first.c.first, 0),
            findings.c.first_seen,
            findings.c.id,
        )
    )
    with db.connect() as conn:
        return [(fid, text, Status(status)) for fid, text, status in conn.execute(query)]


def findings_after(db: Database, watermark: int) -> list[Remembered]:
    """Findings first carried by a source row above `watermark`, in the order they were created.

    Reads only the source rows written since, so the cost follows what is new, not the store.
    """
    with db.connect() as conn:
        firsts: dict[str, int] = {}
        for fid, first in conn.execute(
            select(finding_sources.c.finding_id, func.min(finding_sources.c.id))
            .where(finding_sources.c.id > watermark)
            .group_by(finding_sources.c.finding_id)
        ):
            firsts[fid] = int(first)
        ids = sorted(firsts, key=firsts.__getitem__)
        older: set[str] = set()
        texts: dict[str, tuple[str, Status]] = {}
        for part in _chunks(ids):
            older.update(
                conn.execute(
                    select(finding_sources.c.finding_id)
                    .where(
                        finding_sources.c.finding_id.in_(part),
                        finding_sources.c.id <= watermark,
                    )
                    .distinct()
                ).scalars()
            )
            for fid, text, status in conn.execute(
                select(findings.c.id, findings.c.text, findings.c.status).where(
                    findings.c.id.in_(part)
                )
            ):
                texts[fid] = (text, Status(status))
    return [(fid, *texts[fid]) for fid in ids if fid not in older and fid in texts]


def source_watermark(db: Database) -> int:
    """The highest source row id: everything at or below it is covered by what was read."""
    with db.connect() as conn:
        return int(conn.execute(select(func.max(finding_sources.c.id))).scalar() or 0)


def finding_count(db: Database) -> int:
    """How many findings are stored (a snapshot plus what came since must add up to it)."""
    with db.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(findings)).scalar_one())


def stored_ids(db: Database, ids: Sequence[str]) -> set[str]:
    """Which of `ids` are stored findings."""
    out: set[str] = set()
    with db.connect() as conn:
        for part in _chunks(list(ids)):
            out.update(conn.execute(select(findings.c.id).where(findings.c.id.in_(part))).scalars())
    return out


def key_owners(db: Database, keys: Sequence[str]) -> dict[str, str]:
    """The finding each of `keys` is stored for; a key stored for none is left out."""
    wanted = [k for k in dict.fromkeys(keys) if len(k) <= KEY_LENGTH]
    out: dict[str, str] = {}
    with db.connect() as conn:
        for part in _chunks(wanted):
            for key, fid in conn.execute(
                select(finding_keys.c.key, finding_keys.c.finding_id).where(
                    finding_keys.c.key.in_(part)
                )
            ):
                out[key] = fid
    return out


def read_snapshot(db: Database) -> SnapshotRecord | None:
    """The snapshot this database vouches for, if any."""
    with db.connect() as conn:
        row = conn.execute(
            select(ledger_snapshots).where(ledger_snapshots.c.name == SNAPSHOT)
        ).one_or_none()
    if row is None:
        return None
    return SnapshotRecord(
        row.fingerprint, row.sha256, row.source_watermark, row.findings, row.written_at
    )


def write_snapshot(db: Database, record: SnapshotRecord) -> None:
    """Record the snapshot just written (replacing the previous record)."""
    with db.begin() as conn:
        conn.execute(delete(ledger_snapshots).where(ledger_snapshots.c.name == SNAPSHOT))
        conn.execute(
            ledger_snapshots.insert().values(
                name=SNAPSHOT,
                fingerprint=record.fingerprint,
                sha256=record.sha256,
                source_watermark=record.source_watermark,
                findings=record.findings,
                written_at=record.written_at,
            )
        )


def _chunks(items: Sequence[str]) -> list[Sequence[str]]:
    return [items[i : i + CHUNK] for i in range(0, len(items), CHUNK)]
