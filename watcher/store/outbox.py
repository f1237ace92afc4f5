"""The digest outbox: rendered messages wait here until an SMTP server has accepted them.

A digest row and the `findings.digest_id` of every finding in it are written in one
transaction, so a finding is in exactly one digest. Sending claims a row for a lease first,
so two processes never hand the same digest to the server at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Engine, and_, func, or_, select, update
from sqlalchemy.exc import SQLAlchemyError

from watcher.errors import StoreError
from watcher.store.schema import aware, digests, findings

PENDING = "pending"
SENDING = "sending"  # claimed by a sender; back to pending on failure or when the lease runs out
SENT = "sent"
CHUNK = 500


@dataclass(frozen=True)
class Draft:
    """A rendered digest, ready to be stored: the message bytes and the findings it carries."""

    id: str
    message_id: str
    created_at: datetime
    subject: str
    recipients: tuple[str, ...]
    message: bytes
    finding_ids: tuple[str, ...]


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


class FindingsTaken(StoreError):
    """Another digest took some of these findings between collecting and storing."""


def store(engine: Engine, draft: Draft) -> None:
    """Store the digest and mark its findings as digested, both or neither."""
    try:
        with engine.begin() as conn:
            conn.execute(
                digests.insert().values(
                    id=draft.id,
                    message_id=draft.message_id,
                    created_at=draft.created_at,
                    subject=draft.subject,
                    recipients=list(draft.recipients),
                    message=draft.message,
                    state=PENDING,
                    attempts=0,
                    finding_count=len(draft.finding_ids),
                    eml_path="",
                )
            )
            ids = list(draft.finding_ids)
            for i in range(0, len(ids), CHUNK):
                part = ids[i : i + CHUNK]
                done = conn.execute(
                    update(findings)
                    .where(findings.c.id.in_(part), findings.c.digest_id.is_(None))
                    .values(digest_id=draft.id)
                )
                if done.rowcount != len(part):
                    raise FindingsTaken(
                        "another digest took some of these findings first",
                        hint="run `watcher digest --send` again",
                    )
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot store digest {draft.id}: {exc}") from exc


def last_digest_at(engine: Engine) -> datetime | None:
    """When the most recent digest was made; failed feeds are reported since then."""
    try:
        with engine.connect() as conn:
            value = conn.execute(select(func.max(digests.c.created_at))).scalar()
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot read the outbox: {exc}") from exc
    return aware(value)


def pending_digests(engine: Engine) -> list[PendingDigest]:
    """Digests not yet accepted by a server, oldest first."""
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                select(digests)
                .where(digests.c.state.in_((PENDING, SENDING)))
                .order_by(digests.c.created_at, digests.c.id)
            ).mappings()
            return [
                PendingDigest(
                    id=row["id"],
                    subject=row["subject"],
                    created_at=aware(row["created_at"]) or row["created_at"],
                    attempts=row["attempts"],
                    last_error=row["last_error"] or "",
                    last_attempt_at=aware(row["last_attempt_at"]),
                    finding_count=row["finding_count"],
                    state=row["state"],
                )
                for row in rows
            ]
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot read the outbox: {exc}") from exc


def claim(engine: Engine, now: datetime, lease: timedelta) -> list[Outgoing]:
    """Take every pending digest (and any whose sender's lease ran out) for sending."""
    stale = now - lease
    claimable = or_(
        digests.c.state == PENDING,
        and_(digests.c.state == SENDING, digests.c.last_attempt_at < stale),
    )
    out: list[Outgoing] = []
    try:
        with engine.begin() as conn:
            rows = conn.execute(
                select(digests.c.id).where(claimable).order_by(digests.c.created_at, digests.c.id)
            ).all()
            for (digest_id,) in rows:
                taken = conn.execute(
                    update(digests)
                    .where(digests.c.id == digest_id, claimable)
                    .values(
                        state=SENDING,
                        last_attempt_at=now,
                        attempts=digests.c.attempts + 1,
                    )
                )
                if taken.rowcount != 1:
                    continue
                row = (
                    conn.execute(select(digests).where(digests.c.id == digest_id)).mappings().one()
                )
                out.append(
                    Outgoing(
                        id=row["id"],
                        message_id=row["message_id"],
                        recipients=tuple(row["recipients"]),
                        message=bytes(row["message"]),
                    )
                )
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot claim digests from the outbox: {exc}") from exc
    return out


def mark_sent(
    engine: Engine, digest_id: str, at: datetime, note: str = "", eml_path: str = ""
) -> None:
    """The server accepted the message (or it was written as .eml): it leaves the outbox."""
    _set(engine, digest_id, state=SENT, sent_at=at, last_error=note or None, eml_path=eml_path)


def release(engine: Engine, digest_id: str, reason: str) -> None:
    """Sending failed: back to pending with the reason, for the next run to retry."""
    _set(engine, digest_id, state=PENDING, last_error=reason)


def _set(engine: Engine, digest_id: str, **values: object) -> None:
    try:
        with engine.begin() as conn:
            conn.execute(update(digests).where(digests.c.id == digest_id).values(**values))
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot update digest {digest_id}: {exc}") from exc


def unsent_finding_ids(engine: Engine, statuses: Sequence[str]) -> list[str]:
    """Findings of the given statuses not yet in any digest."""
    try:
        with engine.connect() as conn:
            return list(
                conn.execute(
                    select(findings.c.id).where(
                        findings.c.digest_id.is_(None), findings.c.status.in_(list(statuses))
                    )
                ).scalars()
            )
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot read findings: {exc}") from exc
