"""The analyst's decisions on findings: confirmed, dismissed with the right label, or accepted.

Decisions are appended, never overwritten: undoing one stamps it as undone, so the state before
it comes back exactly (its label, note, reviewer and time) and the whole history stays readable.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, func, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.sql.elements import ColumnElement

from watcher.baseline.amend import Amendment, claim_id_for
from watcher.errors import ReviewError
from watcher.models import SEVERITY, Finding, FindingSource, Status
from watcher.store.db import Database
from watcher.store.rows import Review as Review
from watcher.store.rows import (
    amendment_from_row,
    finding_from_row,
    review_from_row,
    source_from_row,
    source_to_json,
)
from watcher.store.schema import (
    baseline_amendments,
    finding_sources,
    findings,
    reviews,
)

UNREVIEWED = "unreviewed"
CONFIRMED = "confirmed"
DISMISSED = "dismissed"
ACCEPTED = "accepted"
#: Every state a finding can be in, the default first.
STATES: tuple[str, ...] = (UNREVIEWED, CONFIRMED, DISMISSED, ACCEPTED)
#: States a decision sets.
DECISIONS: tuple[str, ...] = (CONFIRMED, DISMISSED, ACCEPTED)
#: Decisions after which a finding is no longer news: the digest leaves it out.
SETTLED: tuple[str, ...] = (DISMISSED, ACCEPTED)
#: What the analyst may say a dismissed finding really is.
LABELS: tuple[str, ...] = tuple(str(s) for s in Status)
CHUNK = 500


@dataclass(frozen=True)
class Reviewed:
    """A finding with its current decision (None: unreviewed)."""

    finding: Finding
    review: Review | None

    @property
    def state(self) -> str:
        return self.review.state if self.review else UNREVIEWED


def current_ids() -> Select[tuple[int]]:
    """The id of each finding's newest decision not undone."""
    return (
        select(func.max(reviews.c.id))
        .where(reviews.c.undone_at.is_(None))
        .group_by(reviews.c.finding_id)
    )


def findings_in(states: Sequence[str]) -> Select[tuple[str]]:
    """Ids of findings whose current decision is one of `states` (never the unreviewed ones)."""
    return select(reviews.c.finding_id).where(
        reviews.c.id.in_(current_ids()), reviews.c.state.in_(list(states))
    )


def _state_condition(state: str) -> ColumnElement[bool]:
    if state == UNREVIEWED:
        return findings.c.id.not_in(findings_in(DECISIONS))
    return findings.c.id.in_(findings_in([state]))


def _finding_status(conn: Connection, finding_id: str) -> Status:
    status = conn.execute(
        select(findings.c.status).where(findings.c.id == finding_id)
    ).scalar_one_or_none()
    if status is None:
        raise ReviewError(f"no finding {finding_id!r}")
    return Status(status)


def _current(conn: Connection, finding_id: str) -> Review | None:
    row = (
        conn.execute(
            select(reviews)
            .where(reviews.c.finding_id == finding_id, reviews.c.undone_at.is_(None))
            .order_by(reviews.c.id.desc())
            .limit(1)
        )
        .mappings()
        .first()
    )
    return review_from_row(row) if row else None


def check_label(state: str, status: Status, label: str) -> str:
    """The label a decision stores: the finding's own status unless it is dismissed.

    Dismissing says the differ was wrong, so it needs the status that is right instead.
    """
    if state not in DECISIONS:
        raise ReviewError(f"{state!r} is not a decision; use one of {', '.join(DECISIONS)}")
    if state != DISMISSED:
        if label and label != str(status):
            raise ReviewError(
                f"{state} keeps the finding's status ({status}); --label {label} does not apply",
                hint=f"to say it is {label}, dismiss it: watcher review dismiss ID --label {label}",
            )
        return str(status)
    if not label:
        raise ReviewError(
            "dismiss needs --label: the status that is right instead",
            hint=f"one of {', '.join(LABELS)}",
        )
    if label not in LABELS:
        raise ReviewError(f"--label {label!r} is not a status", hint=f"one of {', '.join(LABELS)}")
    if label == str(status):
        raise ReviewError(
            f"the finding is already {status}; dismissing it as {label} changes nothing",
            hint="to agree with it, confirm it",
        )
    return label


def decide(
    db: Database,
    finding_id: str,
    state: str,
    *,
    reviewer: str,
    at: datetime,
    label: str = "",
    note: str = "",
) -> Review:
    """Record a decision on a finding; it becomes the finding's current state."""
    with db.begin() as conn:
        stored_label = check_label(state, _finding_status(conn, finding_id), label)
        new_id = conn.execute(
            reviews.insert().values(
                finding_id=finding_id,
                state=state,
                label=stored_label,
                note=note,
                reviewer=reviewer,
                decided_at=at,
            )
        ).inserted_primary_key
        assert new_id is not None
        if state == ACCEPTED:
            _amend(conn, int(new_id[0]), finding_id, reviewer, at)
        return Review(int(new_id[0]), finding_id, state, stored_label, note, reviewer, at)


def _amend(conn: Connection, review_id: int, finding_id: str, reviewer: str, at: datetime) -> None:
    """The accepted finding becomes a baseline amendment, tied to the decision that made it."""
    row = conn.execute(
        select(findings.c.text, findings.c.baseline_id).where(findings.c.id == finding_id)
    ).one()
    sources = _sources(conn, [finding_id]).get(finding_id, [])
    conn.execute(
        baseline_amendments.insert().values(
            review_id=review_id,
            claim_id=claim_id_for(finding_id),
            finding_id=finding_id,
            text=row.text,
            cites=row.baseline_id or "",
            sources=[source_to_json(s) for s in sources],
            accepted_at=at,
            reviewer=reviewer,
        )
    )


def amendments(db: Database) -> list[Amendment]:
    """Amendments in force (their acceptance is the finding's current decision), oldest first."""
    with db.connect() as conn:
        rows = conn.execute(
            select(baseline_amendments)
            .where(baseline_amendments.c.review_id.in_(current_ids()))
            .order_by(baseline_amendments.c.accepted_at, baseline_amendments.c.id)
        ).mappings()
        return [amendment_from_row(r) for r in rows]


def undo(db: Database, finding_id: str, *, reviewer: str, at: datetime) -> Review | None:
    """Undo the finding's current decision; return the one now current (None: unreviewed)."""
    with db.begin() as conn:
        _finding_status(conn, finding_id)
        latest = _current(conn, finding_id)
        if latest is None:
            raise ReviewError(f"finding {finding_id} has no decision to undo")
        conn.execute(
            update(reviews)
            .where(reviews.c.id == latest.id, reviews.c.undone_at.is_(None))
            .values(undone_at=at, undone_by=reviewer)
        )
        return _current(conn, finding_id)


def current(db: Database, finding_id: str) -> Review | None:
    """The finding's current decision (None: unreviewed)."""
    with db.connect() as conn:
        return _current(conn, finding_id)


def history(db: Database, finding_id: str) -> list[Review]:
    """Every decision on the finding, oldest first, undone ones included."""
    with db.connect() as conn:
        rows = conn.execute(
            select(reviews).where(reviews.c.finding_id == finding_id).order_by(reviews.c.id)
        ).mappings()
        return [review_from_row(r) for r in rows]


def _sources(conn: Connection, ids: list[str]) -> dict[str, list[FindingSource]]:
    out: dict[str, list[FindingSource]] = {}
    rows = conn.execute(
        select(finding_sources)
        .where(finding_sources.c.finding_id.in_(ids))
        .order_by(finding_sources.c.seen_at, finding_sources.c.id)
    ).mappings()
    for row in rows:
        out.setdefault(row["finding_id"], []).append(source_from_row(row))
    return out


def _current_for(conn: Connection, ids: list[str]) -> dict[str, Review]:
    rows = conn.execute(
        select(reviews).where(reviews.c.id.in_(current_ids()), reviews.c.finding_id.in_(ids))
    ).mappings()
    return {r["finding_id"]: review_from_row(r) for r in rows}


def list_reviewed(
    db: Database, state: str = "", limit: int = 100, status: str = ""
) -> list[Reviewed]:
    """Findings in review `state` and of differ `status` (empty: any), newest and most severe
    first."""
    if state and state not in STATES:
        raise ReviewError(f"{state!r} is not a review state", hint=f"one of {', '.join(STATES)}")
    query = select(findings)
    if state:
        query = query.where(_state_condition(state))
    if status:
        query = query.where(findings.c.status == status)
    query = query.order_by(findings.c.first_seen.desc(), findings.c.id).limit(limit)
    with db.connect() as conn:
        rows = list(conn.execute(query).mappings())
        ids = [r["id"] for r in rows]
        sources = _sources(conn, ids)
        decided = _current_for(conn, ids)
    items = [
        Reviewed(finding_from_row(r, sources.get(r["id"], [])), decided.get(r["id"])) for r in rows
    ]
    items.sort(key=lambda i: (-i.finding.first_seen.timestamp(), -SEVERITY[i.finding.status]))
    return items


def list_one(db: Database, finding_id: str) -> Reviewed:
    """One finding with its sources and current decision."""
    with db.connect() as conn:
        row = conn.execute(select(findings).where(findings.c.id == finding_id)).mappings().first()
        if row is None:
            raise ReviewError(f"no finding {finding_id!r}")
        sources = _sources(conn, [finding_id])
        return Reviewed(
            finding_from_row(row, sources.get(finding_id, [])), _current(conn, finding_id)
        )


def decisions(db: Database) -> Iterator[Reviewed]:
    """Every finding's current decision, oldest decision first, read a chunk at a time."""
    after = 0
    while True:
        with db.connect() as conn:
            rows = list(
                conn.execute(
                    select(reviews)
                    .where(reviews.c.id.in_(current_ids()), reviews.c.id > after)
                    .order_by(reviews.c.id)
                    .limit(CHUNK)
                ).mappings()
            )
            if not rows:
                return
            ids = [r["finding_id"] for r in rows]
            sources = _sources(conn, ids)
            found = {
                r["id"]: finding_from_row(r, sources.get(r["id"], []))
                for r in conn.execute(select(findings).where(findings.c.id.in_(ids))).mappings()
            }
        for row in rows:
            yield Reviewed(found[row["finding_id"]], review_from_row(row))
        after = int(rows[-1]["id"])
