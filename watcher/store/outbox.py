"""The digest outbox: rendered messages wait here until an SMTP server has accepted them.

A digest row and the `findings.digest_id` of every finding in it are written in one
transaction, so a finding is in exactly one digest. Sending claims a row for a lease first,
so two processes never hand the same digest to the server at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, func, or_, select, update

from watcher.errors import StoreError
from watcher.store.db import Database
from watcher.store.reviews import SETTLED, findings_in
from watcher.store.rows import Outgoing as Outgoing
from watcher.store.rows import PendingDigest as PendingDigest
from watcher.store.rows import outgoing_from_row, pending_from_row
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


class FindingsTaken(StoreError):
    """Another digest took some of these findings between collecting and storing."""


def store(db: Database, draft: Draft) -> None:
    """Store the digest and mark its findings as digested, both or neither."""
    with db.begin() as conn:
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


def last_digest_at(db: Database) -> datetime | None:
    """When the most recent digest was made; failed feeds are reported since then."""
    with db.connect() as conn:
        value = conn.execute(select(func.max(digests.c.created_at))).scalar()
    return aware(value)


def pending_digests(db: Database) -> list[PendingDigest]:
    """Digests not yet accepted by a server, oldest first."""
    with db.connect() as conn:
        rows = conn.execute(
            select(digests)
            .where(digests.c.state.in_((PENDING, SENDING)))
            .order_by(digests.c.created_at, digests.c.id)
        ).mappings()
        return [pending_from_row(row) for row in rows]


def claim(db: Database, now: datetime, lease: timedelta) -> list[Outgoing]:
    """Take every pending digest (and any whose sender's lease ran out) for sending."""
    stale = now - lease
    claimable = or_(
        digests.c.state == PENDING,
        and_(digests.c.state == SENDING, digests.c.last_attempt_at < stale),
    )
    out: list[Outgoing] = []
    with db.begin() as conn:
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
            row = conn.execute(select(digests).where(digests.c.id == digest_id)).mappings().one()
            out.append(outgoing_from_row(row))
    return out


def mark_sent(
    db: Database, digest_id: str, at: datetime, note: str = "", eml_path: str = ""
) -> None:
    """The server accepted the message (or it was written as .eml): it leaves the outbox."""
    _set(db, digest_id, state=SENT, sent_at=at, last_error=note or None, eml_path=eml_path)


def release(db: Database, digest_id: str, reason: str) -> None:
    """Sending failed: back to pending with the reason, for the next run to retry."""
    _set(db, digest_id, state=PENDING, last_error=reason)


def _set(db: Database, digest_id: str, **values: object) -> None:
    with db.begin() as conn:
        conn.execute(update(digests).where(digests.c.id == digest_id).values(**values))


def unsent_finding_ids(db: Database, statuses: Sequence[str]) -> list[str]:
    """Findings of the given statuses not yet in any digest, and not dismissed or accepted.

    A settled finding keeps no digest id, so undoing its decision brings it back to the next one.
    """
    with db.connect() as conn:
        return list(
            conn.execute(
                select(findings.c.id).where(
                    findings.c.digest_id.is_(None),
                    findings.c.status.in_(list(statuses)),
                    findings.c.id.not_in(findings_in(SETTLED)),
                )
            ).scalars()
        )
