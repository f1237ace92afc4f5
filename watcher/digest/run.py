"""The daily digest: the findings not yet sent, most severe first, as one email that is never lost.

`run_digest` renders the message, stores it in the outbox with its findings in one transaction,
then hands every pending digest to a transport (SMTP, or `.eml` files without `email.host`).
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Collection
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr
from pathlib import Path
from urllib.parse import quote

from watcher.config import Config
from watcher.digest import transport as mailer
from watcher.digest.compose import FailedFeed, compose
from watcher.errors import ConfigError, StoreError, redact
from watcher.fileio import atomic_write_bytes, atomic_write_text
from watcher.logs import log_event
from watcher.models import REPORTED, SEVERITY, Finding
from watcher.render import plural
from watcher.store import outbox, queries
from watcher.store.db import Database
from watcher.store.ingest import Store
from watcher.store.outbox import Draft, Outgoing, PendingDigest
from watcher.store.schema import open_database

log = logging.getLogger(__name__)

__all__ = ["DigestResult", "pending_digests", "retry_pending", "run_digest", "subject_for"]

TOPIC = "Ukraine-NATO path"
#: Attempts to store a digest when another process takes some of its findings first.
STORE_ATTEMPTS = 3


@dataclass(frozen=True)
class DigestResult:
    """What one `digest` call did: the digest it made, what left the outbox, what is still in it."""

    digest_id: str = ""  # the digest made by this call; "" when none was made
    subject: str = ""
    counts: dict[str, int] = field(default_factory=dict)
    findings: tuple[str, ...] = ()  # finding ids in the new digest
    failed_feeds: tuple[FailedFeed, ...] = ()
    stored: bool = False
    skipped: str = ""  # why no digest was made
    via: str = ""  # "smtp" or "eml" when something was handed to a transport
    sent: tuple[str, ...] = ()  # digest ids accepted by the server or written as .eml
    errors: dict[str, str] = field(default_factory=dict)  # digest id -> why it is still pending
    pending: tuple[PendingDigest, ...] = ()  # the outbox after this call
    eml_path: str = ""  # the new digest's .eml when written to the outbox folder
    eml_paths: dict[str, str] = field(default_factory=dict)  # digest id -> .eml written
    preview: tuple[str, ...] = ()  # files written by --preview

    def __str__(self) -> str:
        return "; ".join(summary_lines(self))


def summary_lines(result: DigestResult) -> list[str]:
    """What happened, in words a person reads at a terminal or in a log."""
    lines: list[str] = []
    if result.skipped:
        lines.append(f"no digest: {result.skipped} (set email.send_empty to send one anyway)")
    elif result.stored:
        lines.append(f"digest {result.digest_id} stored: {result.subject}")
    else:
        lines.append(f"would send: {result.subject}")
    if result.failed_feeds:
        lines.append(f"{plural(len(result.failed_feeds), 'feed')} failed since the last digest")
    lines.extend(f"preview written: {path}" for path in result.preview)
    for digest_id in result.sent:
        if result.via == "eml":
            path = result.eml_paths.get(digest_id, f"{digest_id}.eml")
            lines.append(f"written to {path} (email.host is not set, so nothing was emailed)")
        else:
            lines.append(f"sent: {digest_id}")
    for digest_id, why in result.errors.items():
        lines.append(f"not sent, kept in the outbox: {digest_id}: {why}")
    if result.pending:
        lines.append(f"{plural(len(result.pending), 'digest')} waiting in the outbox")
    return lines


def subject_for(counts: dict[str, int], day: datetime) -> str:
    """'Ukraine-NATO path: 1 contradicted, 2 changed, 4 new (22 Nov 2026)'; zero counts left out."""
    parts = [f"{counts[str(s)]} {s}" for s in REPORTED if counts.get(str(s))]
    what = ", ".join(parts) if parts else "nothing new"
    return f"{TOPIC}: {what} ({day.day} {day:%b %Y})"


def pending_digests(db: Database) -> list[PendingDigest]:
    """Digests waiting in the outbox, oldest first (for `watcher status`)."""
    return outbox.pending_digests(db)


def collect(db: Database) -> list[Finding]:
    """Every reported finding not yet in a digest: most severe, then most corroborated, first."""
    ids = outbox.unsent_finding_ids(db, [str(s) for s in REPORTED])
    found = Store(db).findings_by_id(sorted(ids))
    return sorted(found, key=lambda f: (-SEVERITY[f.status], -len(f.sources), f.first_seen, f.id))


def finding_links(base_url: str, found: list[Finding]) -> dict[str, str]:
    """`<base_url>/findings/<id>` for each finding, when a public archive URL is set."""
    base = base_url.strip().rstrip("/")
    if not base:
        return {}
    return {f.id: f"{base}/findings/{quote(f.id, safe='')}" for f in found}


def digest_id_for(now: datetime, finding_ids: list[str]) -> str:
    """A readable, unique id: the time it was made and a hash of what it carries."""
    key = now.isoformat() + "\n" + "\n".join(finding_ids)
    return f"d-{now:%Y%m%dT%H%M%SZ}-{hashlib.sha1(key.encode()).hexdigest()[:8]}"


def message_id_for(digest_id: str, sender: str) -> str:
    """Fixed per digest, so a resend carries the same Message-ID and a receiver can deduplicate."""
    domain = parseaddr(sender)[1].rpartition("@")[2] or "watcher.invalid"
    return f"<{digest_id}@{domain}>"


def build_message(
    *,
    subject: str,
    sender: str,
    recipients: tuple[str, ...],
    created_at: datetime,
    message_id: str,
    digest_id: str,
    text: str,
    html: str,
) -> bytes:
    """A multipart/alternative message (plain text, then HTML), ASCII-safe for any SMTP server."""
    msg = EmailMessage(policy=policy.SMTP)
    msg["Subject"] = subject
    msg["From"] = sender
    if recipients:
        msg["To"] = ", ".join(recipients)
    msg["Date"] = format_datetime(created_at.astimezone(UTC))
    msg["Message-ID"] = message_id
    msg["X-Watcher-Digest"] = digest_id
    msg.set_content(text, cte="quoted-printable")
    msg.add_alternative(html, subtype="html", cte="quoted-printable")
    return msg.as_bytes()


@dataclass(frozen=True)
class Rendered:
    """The next digest, rendered: the draft to store, its HTML, and what it carries."""

    draft: Draft
    html: str
    found: tuple[Finding, ...]
    counts: dict[str, int]
    failed: tuple[FailedFeed, ...]


@dataclass
class _Failures:
    name: str = ""
    failures: int = 0
    error: str = ""


def failed_feeds(
    db: Database, since: datetime | None, configured: Collection[str] | None = None
) -> tuple[FailedFeed, ...]:
    """Feeds (of `configured`, when given) that failed in any run since `since`, with whether
    they still fail now."""
    seen_in: dict[str, int] = {}
    failed: dict[str, _Failures] = {}
    for outcomes in queries.outcomes_since(db, since):
        for outcome in outcomes:
            url = outcome.url
            if configured is not None and url not in configured:
                continue
            seen_in[url] = seen_in.get(url, 0) + 1
            if outcome.state != "error":
                continue
            entry = failed.setdefault(url, _Failures())
            entry.name = outcome.name or entry.name
            entry.failures += 1
            kind, error = outcome.error_kind, outcome.error
            entry.error = f"{kind}: {error}" if kind and error else kind or error
    states = queries.feed_rows(db, list(failed)) if failed else {}
    out = []
    for url, entry in failed.items():
        state = states.get(url)
        still = state is not None and state.last_state == "error"
        out.append(
            FailedFeed(
                url=url,
                name=entry.name or (state.name if state is not None else ""),
                failures=entry.failures,
                runs=seen_in[url],
                last_error=entry.error,
                still_failing=still,
                failing_since=state.failing_since if still and state is not None else None,
            )
        )
    return tuple(sorted(out, key=lambda f: (not f.still_failing, -f.failures, f.name, f.url)))


def render_next(config: Config, db: Database, now: datetime) -> Rendered:
    """Collect and render the next digest, without storing anything."""
    found = collect(db)
    since = outbox.last_digest_at(db)
    tz = config.schedule.tz
    failed = tuple(
        replace(f, failing_since=f.failing_since.astimezone(tz) if f.failing_since else None)
        for f in failed_feeds(db, since, {f.url for f in config.feeds})
    )
    local_now = now.astimezone(tz)
    counts = {str(s): sum(1 for f in found if f.status == s) for s in REPORTED}
    subject = subject_for(counts, local_now)
    ids = [f.id for f in found]
    digest_id = digest_id_for(now, ids)
    text, html = compose(
        subject=subject,
        found=found,
        counts=counts,
        links=finding_links(config.email.base_url, found),
        failed=failed,
        since=since.astimezone(tz) if since else None,
        now=local_now,
        base_url=config.email.base_url.strip().rstrip("/"),
        max_entry_age_days=config.max_entry_age_days,
    )
    message_id = message_id_for(digest_id, config.email.sender)
    message = build_message(
        subject=subject,
        sender=config.email.sender,
        recipients=config.email.to,
        created_at=now,
        message_id=message_id,
        digest_id=digest_id,
        text=text,
        html=html,
    )
    made = Draft(
        id=digest_id,
        message_id=message_id,
        created_at=now,
        subject=subject,
        recipients=config.email.to,
        message=message,
        finding_ids=tuple(ids),
    )
    return Rendered(made, html, tuple(found), counts, failed)


def run_digest(
    config: Config,
    *,
    send: bool,
    preview_dir: Path | None = None,
    now: datetime | None = None,
) -> DigestResult:
    """Make the next digest; with `send`, store it, then deliver everything in the outbox.

    Without `send` nothing is stored: `preview_dir` gets the .eml and .html it would send.
    """
    now = now or datetime.now(UTC)
    if send and config.email.host and not config.email.to:
        raise ConfigError("email.to is empty: nobody to send the digest to", hint="set email.to")
    db = open_database(config.database_url)
    try:
        rendered = _render_and_store(config, db, now, send)
        skipped = "" if rendered.found or config.email.send_empty else "no new findings"
        made = rendered.draft
        preview = _write_preview(preview_dir, made, rendered.html) if preview_dir else ()
        result = DigestResult(
            digest_id=made.id if send and not skipped else "",
            subject=made.subject,
            counts=rendered.counts,
            findings=made.finding_ids,
            failed_feeds=rendered.failed,
            stored=send and not skipped,
            skipped=skipped,
            preview=preview,
        )
        if send:
            delivered = deliver(config, db, now)
            result = replace(
                result,
                via=delivered.via,
                sent=delivered.sent,
                errors=delivered.errors,
                eml_path=delivered.eml_paths.get(made.id, ""),
                eml_paths=delivered.eml_paths,
            )
        return replace(result, pending=tuple(outbox.pending_digests(db)))
    finally:
        db.close()


def _render_and_store(config: Config, db: Database, now: datetime, send: bool) -> Rendered:
    """Render; when sending and there is something to send, store it with its findings."""
    attempts = 0
    while True:
        rendered = render_next(config, db, now)
        if not send or not (rendered.found or config.email.send_empty):
            return rendered
        try:
            outbox.store(db, rendered.draft)
        except outbox.FindingsTaken:
            attempts += 1
            if attempts >= STORE_ATTEMPTS:
                raise
            continue
        log_event(
            log,
            logging.INFO,
            "digest stored",
            digest=rendered.draft.id,
            findings=len(rendered.found),
        )
        return rendered


def retry_pending(config: Config, *, now: datetime | None = None) -> DigestResult | None:
    """Deliver whatever is waiting in the outbox; None when nothing was."""
    db = open_database(config.database_url)
    try:
        if not outbox.pending_digests(db):
            return None
        delivered = deliver(config, db, now or datetime.now(UTC))
        result = DigestResult(
            via=delivered.via,
            sent=delivered.sent,
            errors=delivered.errors,
            eml_paths=delivered.eml_paths,
        )
        return replace(result, pending=tuple(outbox.pending_digests(db)))
    finally:
        db.close()


@dataclass(frozen=True)
class Delivered:
    """What a delivery pass did."""

    via: str
    sent: tuple[str, ...]
    errors: dict[str, str]
    eml_paths: dict[str, str]


def lease_for(config: Config) -> timedelta:
    """How long a sender may hold a claimed digest before another run may retry it."""
    return timedelta(seconds=max(300.0, 10 * config.email.timeout_seconds))


def deliver(config: Config, db: Database, now: datetime) -> Delivered:
    """Hand every pending digest to the transport; mark each sent only once it was accepted."""
    claimed = outbox.claim(db, now, lease_for(config))
    if not claimed:
        return Delivered(via="", sent=(), errors={}, eml_paths={})
    if not config.email.host:
        return _deliver_eml(config, db, claimed, now)
    sent: list[str] = []
    errors: dict[str, str] = {}
    secrets = config.email.secrets()

    def on_result(digest_id: str, error: str, note: str) -> None:
        error, note = redact(error, secrets), redact(note, secrets)
        if error:
            outbox.release(db, digest_id, error)
            errors[digest_id] = error
            log_event(log, logging.WARNING, "digest not sent", digest=digest_id, reason=error)
            return
        outbox.mark_sent(db, digest_id, datetime.now(UTC), note=note)
        sent.append(digest_id)
        log_event(log, logging.INFO, "digest sent", digest=digest_id, host=config.email.host)

    try:
        mailer.send_smtp(config.email, config.email.sender, claimed, on_result)
    finally:
        # Anything the transport never reported on goes back to pending, never stays claimed.
        for message in claimed:
            if message.id not in errors and message.id not in sent:
                outbox.release(db, message.id, "interrupted before the server answered")
    return Delivered(via="smtp", sent=tuple(sent), errors=errors, eml_paths={})


def _deliver_eml(config: Config, db: Database, claimed: list[Outgoing], now: datetime) -> Delivered:
    sent: list[str] = []
    errors: dict[str, str] = {}
    paths: dict[str, str] = {}
    for message in claimed:
        try:
            path = mailer.write_eml(config.outbox_dir, message)
        except OSError as exc:
            outbox.release(db, message.id, f"cannot write .eml: {exc}")
            errors[message.id] = f"cannot write .eml: {exc}"
            continue
        outbox.mark_sent(db, message.id, now, eml_path=str(path))
        sent.append(message.id)
        paths[message.id] = str(path)
    return Delivered(via="eml", sent=tuple(sent), errors=errors, eml_paths=paths)


def _write_preview(folder: Path, made: Draft, html: str) -> tuple[str, ...]:
    eml = folder / f"{made.id}.eml"
    page = folder / f"{made.id}.html"
    try:
        atomic_write_bytes(eml, made.message)
        atomic_write_text(page, html)
    except OSError as exc:
        raise StoreError(
            f"cannot write the preview to {folder}: {exc}", hint="check --preview"
        ) from exc
    return (str(eml), str(page))
