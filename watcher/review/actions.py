"""The analyst's answers to findings, as the command line and the web view make them.

A decision is recorded with who made it (the `reviewer` setting, else the operating-system user)
and when; the store keeps every decision, so undo restores the state before it exactly.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime

from watcher.config import Config
from watcher.logs import log_event
from watcher.store import reviews as rv
from watcher.store.schema import open_database

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Outcome:
    """What a decision or an undo left: the finding's current decision (None: unreviewed)."""

    finding_id: str
    review: rv.Review | None

    @property
    def state(self) -> str:
        return self.review.state if self.review else rv.UNREVIEWED


def decide(
    config: Config,
    finding_id: str,
    state: str,
    *,
    label: str = "",
    note: str = "",
    now: datetime | None = None,
) -> Outcome:
    """Confirm, dismiss or accept a finding."""
    with open_database(config.database_url, create=False) as db:
        made = rv.decide(
            db,
            finding_id,
            state,
            reviewer=config.effective_reviewer,
            at=now or datetime.now(UTC),
            label=label,
            note=note,
        )
    logged(made.finding_id, made.state, made.label, made.reviewer)
    return Outcome(finding_id, made)


def undo(config: Config, finding_id: str, *, now: datetime | None = None) -> Outcome:
    """Undo the finding's current decision, back to the one before it."""
    with open_database(config.database_url, create=False) as db:
        back = rv.undo(
            db, finding_id, reviewer=config.effective_reviewer, at=now or datetime.now(UTC)
        )
    logged(finding_id, "undo", back.state if back else rv.UNREVIEWED, config.effective_reviewer)
    return Outcome(finding_id, back)


def logged(finding_id: str, action: str, detail: str, reviewer: str) -> None:
    """One log line per decision, so the log shows who changed what the digest and checks see."""
    log_event(
        log,
        logging.INFO,
        "review",
        finding=finding_id,
        action=action,
        detail=detail,
        reviewer=reviewer,
    )


def describe(outcome: Outcome) -> str:
    """`f-1: dismissed as known by ana on 24 Nov 2026 08:00 UTC (note: ...)` for the terminal."""
    review = outcome.review
    if review is None:
        return f"{outcome.finding_id}: unreviewed"
    label = f" as {review.label}" if review.state == rv.DISMISSED else ""
    when = review.decided_at.astimezone(UTC).strftime("%d %b %Y %H:%M UTC").lstrip("0")
    note = f" (note: {review.note})" if review.note else ""
    return f"{outcome.finding_id}: {review.state}{label} by {review.reviewer} on {when}{note}"
