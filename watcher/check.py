"""One check, start to finish: fetch feeds, read new or edited entries, judge them, store findings.

`watcher check` calls `run_check` (every feed, or those named), the scheduler `run_due_check`
(the feeds due); both run the same `_run`, so there is no second code path.
"""

from __future__ import annotations

import contextlib
import logging
import secrets
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx

from watcher.archive import publish as archive
from watcher.baseline.amend import amended
from watcher.baseline.build import load_baseline
from watcher.config import Config, FeedConfig
from watcher.differ.core import MAX_TEXT
from watcher.errors import ConfigError, FeedError
from watcher.feeds import due
from watcher.feeds.entrytext import article_text
from watcher.feeds.fetch import (
    Fetched,
    Limits,
    Request,
    fetch,
    fetch_many,
    make_client,
    map_bounded,
)
from watcher.feeds.parse import ParsedFeed, feed_headers, parse_feed
from watcher.ledger import Judge, Keeper, Ledger, StoredIds, StoredKeys, judge_entries
from watcher.lock import run_lock
from watcher.logs import log_event
from watcher.models import (
    SEVERITY,
    Entry,
    FeedOutcome,
    Finding,
    RunReport,
    Status,
)
from watcher.render import plural
from watcher.store import reviews
from watcher.store.db import Database
from watcher.store.ingest import FeedBatch, FeedState, Store
from watcher.store.locks import LEDGER_LOCK, AdvisoryLock
from watcher.store.recovery import mark_interrupted
from watcher.store.schema import open_database

log = logging.getLogger(__name__)

#: progress(feeds_done, feeds_total, feed_url), called after each feed is finished.
Progress = Callable[[int, int, str], None]
ARTICLE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"
#: The ledger's snapshot, in data_dir; safe to delete (the next check rebuilds it).
LEDGER_SNAPSHOT = "ledger.snapshot"


def select_feeds(config: Config, feed_urls: Sequence[str] | None) -> tuple[FeedConfig, ...]:
    """The configured feeds, or only the given URLs (a URL not in the config is checked too)."""
    if not feed_urls:
        return config.feeds
    known = {f.url: f for f in config.feeds}
    chosen: list[FeedConfig] = []
    for url in dict.fromkeys(feed_urls):
        if not url.startswith(("http://", "https://", "file://")):
            hint = None
            if "://" not in url:
                local = Path(url).expanduser().absolute()
                hint = f"for a local file, pass --feed {local.as_uri()}"
            raise ConfigError(f"--feed {url!r} is not an http(s):// or file:// URL", hint=hint)
        chosen.append(known.get(url) or FeedConfig(url=url))
    return tuple(chosen)


def new_run_id(started: datetime) -> str:
    """Sortable by time, unique across processes."""
    return f"{started:%Y%m%dT%H%M%SZ}-{secrets.token_hex(3)}"


def _with_full_text(
    client: httpx.Client, entries: list[Entry], limits: Limits, concurrency: int
) -> tuple[list[Entry], str]:
    """Replace each entry's text by its article's main text; keep the feed text on failure."""

    def load(link: str) -> str:
        page = fetch(client, link, limits, accept=ARTICLE_ACCEPT)
        try:
            return article_text(page.body, page.final_url)
        except Exception as exc:  # the extractor's failure costs this article, not the run
            raise FeedError(
                f"{link}: article text could not be extracted: {one_line(exc)}",
                kind="extract",
                url=link,
            ) from exc

    links = [e.link for e in entries]
    results = map_bounded(load, [link for link in links if link], concurrency)
    by_link = dict(zip([link for link in links if link], results, strict=True))
    out: list[Entry] = []
    failures: list[str] = []
    for entry in entries:
        result = by_link.get(entry.link) if entry.link else None
        if isinstance(result, str) and result:
            body = result if not entry.title else f"{entry.title}\n{result}"
            out.append(replace(entry, text=body))
            continue
        if isinstance(result, FeedError):
            failures.append(str(result))
        elif entry.link:
            failures.append(f"{entry.link}: no article text found")
        out.append(entry)
    warning = ""
    if failures:
        warning = f"{plural(len(failures), 'article')} kept their feed text; first: {failures[0]}"
    return out, warning


def in_request_order(
    requests: Sequence[Request], results: Iterable[tuple[Request, Fetched | FeedError]]
) -> Iterator[tuple[Request, Fetched | FeedError]]:
    """Fetch results in the order the feeds were asked for, whatever order they finish in.

    Judging feeds in a fixed order (config order, then entry order) is what makes the same input
    give the same findings: the ledger decides between a new finding and a further source by what
    it has seen already. Results that finish early wait here until the feeds before them are out.
    """
    slots: dict[str, list[int]] = {}
    for i, request in enumerate(requests):
        slots.setdefault(request.url, []).append(i)
    waiting: dict[int, tuple[Request, Fetched | FeedError]] = {}
    following = 0
    iterator = iter(results)
    try:
        for request, result in iterator:
            waiting[slots[request.url].pop(0)] = (request, result)
            while following in waiting:
                yield waiting.pop(following)
                following += 1
    finally:
        close = getattr(iterator, "close", None)
        if close is not None:
            close()


def one_line(exc: BaseException, limit: int = 300) -> str:
    """An exception as one short line: its type and its message with whitespace folded."""
    text = " ".join(str(exc).split())
    if len(text) > limit:
        text = text[: limit - 1] + "\u2026"
    name = exc.__class__.__name__
    return f"{name}: {text}" if text and text != name else name


def bound_texts(entries: list[Entry], limit: int) -> tuple[list[Entry], str]:
    """Entries whose text the differ may judge: a longer text is judged by its first `limit`
    characters (cut at a space where one is near), and the entry itself is kept whole."""
    out: list[Entry] = []
    cut: list[Entry] = []
    for entry in entries:
        if len(entry.text) <= limit:
            out.append(entry)
            continue
        head = entry.text[:limit]
        space = max(head.rfind(" "), head.rfind("\n"))
        if space > limit - 1000:
            head = head[:space]
        out.append(replace(entry, text=head))
        cut.append(entry)
    if not cut:
        return out, ""
    first = cut[0]
    return out, (
        f"{len(cut)} entry text(s) over max_entry_chars ({limit:,} characters) judged by their "
        f"first {limit:,}; first: {first.link or first.key} ({len(first.text):,} characters)"
    )


def _error_outcome(feed: FeedConfig, exc: FeedError) -> FeedOutcome:
    return FeedOutcome(
        url=feed.url,
        name=feed.name or feed.url,
        state="error",
        error_kind=exc.kind,
        error=str(exc),
        http_status=exc.http_status,
    )


def failed_outcome(feed: FeedConfig, exc: Exception) -> FeedOutcome:
    """A feed whose processing raised: its error, on one line, instead of a failed run."""
    if isinstance(exc, FeedError):
        return _error_outcome(feed, exc)
    return FeedOutcome(
        url=feed.url,
        name=feed.name or feed.url,
        state="error",
        error_kind="internal",
        error=f"{feed.url}: could not be processed: {one_line(exc)}",
    )


def _checkpoint(ledger: Ledger) -> Callable[[], None]:
    """A way back to the ledger as it is now, for a feed whose judging fails halfway.

    Findings the failed feed had created leave the run, and so do the keys it attributed, so no
    later feed adds sources to a finding that is never stored; its entries are not stored either
    and are judged again next run.
    """
    created = dict(ledger.created)
    run_keys = dict(ledger.run_keys)
    new_keys = dict(ledger.new_keys)
    run_sources = {k: list(v) for k, v in ledger.run_sources.items()}
    corroborated = {k: list(v) for k, v in ledger.corroborated.items()}
    pairs = set(ledger.pairs)
    counts = Counter(ledger.counts)

    def restore() -> None:
        ledger.created = created
        ledger.run_keys = run_keys
        ledger.new_keys = new_keys
        ledger.run_sources = run_sources
        ledger.corroborated = corroborated
        ledger.pairs = pairs
        ledger.counts = counts

    return restore


@dataclass(frozen=True)
class Prepared:
    """A fetched feed's new or edited entries, ready to judge (what follows the fetch and
    comes before the ledger)."""

    feed: FeedConfig
    result: Fetched
    parsed: ParsedFeed
    seen: dict[str, str]
    fresh: list[Entry]
    judged: list[Entry]  # `fresh` with article text and bounded length: what the differ reads
    warnings: tuple[str, ...]


def prepare_feed(
    feed: FeedConfig,
    result: Fetched | FeedError,
    *,
    store: Store,
    client: httpx.Client,
    limits: Limits,
    config: Config,
    now: datetime,
) -> Prepared | FeedBatch:
    """Parse a fetched feed and pick its new or edited entries; a batch when there is nothing
    to judge (an error or 304)."""
    if isinstance(result, FeedError):
        return FeedBatch(_error_outcome(feed, result), now)
    if result.not_modified:
        name = feed.name or feed.url
        return FeedBatch(FeedOutcome(feed.url, name, "not-modified", http_status=304), now)
    try:
        parsed: ParsedFeed = parse_feed(
            result.body,
            url=feed.url,
            name=feed.name,
            headers=feed_headers(result.headers, result.final_url),
        )
    except FeedError as exc:
        return FeedBatch(_error_outcome(feed, exc), now)
    seen = store.seen(feed.url)
    fresh = [e for e in parsed.entries if seen.get(e.key) != e.content_hash]
    warnings = [parsed.warning] if parsed.warning else []
    judged = fresh
    if feed.full_text and fresh:
        judged, article_warning = _with_full_text(client, fresh, limits, config.concurrency)
        if article_warning:
            warnings.append(article_warning)
    judged, long_warning = bound_texts(judged, min(config.max_entry_chars, MAX_TEXT))
    if long_warning:
        warnings.append(long_warning)
    return Prepared(feed, result, parsed, seen, fresh, judged, tuple(warnings))


def judged_batch(prepared: Prepared, ledger: Ledger, judge: Judge | None = None) -> FeedBatch:
    """Judge a prepared feed's entries through the ledger and batch its writes.

    `judge` gives an entry's sentence judgements when they were worked out beforehand.
    """
    feed, result, parsed, seen, fresh = (
        prepared.feed,
        prepared.result,
        prepared.parsed,
        prepared.seen,
        prepared.fresh,
    )
    new_findings, new_sources = judge_entries(ledger, prepared.judged, judge)
    outcome = FeedOutcome(
        url=feed.url,
        name=feed.name or parsed.title or feed.url,
        state="ok",
        http_status=result.status if result.final_url.startswith("http") else None,
        entries_read=len(parsed.entries),
        entries_new=len(fresh),
        warning="; ".join(prepared.warnings),
    )
    return FeedBatch(
        outcome,
        ledger.seen_at,
        etag=result.etag,
        last_modified=result.last_modified,
        inserted=[e for e in fresh if e.key not in seen],
        updated=[e for e in fresh if e.key in seen],
        new_findings=new_findings,
        new_sources=new_sources,
        new_keys=ledger.take_keys(),
    )


def _process_feed(
    feed: FeedConfig,
    result: Fetched | FeedError,
    *,
    store: Store,
    ledger: Ledger,
    client: httpx.Client,
    limits: Limits,
    config: Config,
) -> FeedBatch:
    """One fetched feed: parse, pick new or edited entries, judge them, and batch the writes."""
    prepared = prepare_feed(
        feed, result, store=store, client=client, limits=limits, config=config, now=ledger.seen_at
    )
    if isinstance(prepared, FeedBatch):
        return prepared
    return judged_batch(prepared, ledger)


def scheduled(
    batch: FeedBatch,
    feed: FeedConfig,
    result: Fetched | FeedError,
    state: FeedState,
    config: Config,
) -> FeedBatch:
    """The batch with the feed's next due time, from its outcome and the server's answer."""
    failed = batch.outcome.state == "error"
    failures = state.failures + 1 if failed else 0
    checked = batch.checked_at
    retry_at = None
    if isinstance(result, FeedError) and result.http_status in due.RETRY_AFTER_STATUSES:
        retry_at = due.parse_retry_after(result.retry_after, checked)
    max_age = None
    if isinstance(result, Fetched) and not failed:
        max_age = due.parse_max_age(result.headers.get("cache-control"))
    interval = due.interval_minutes(config, feed)
    cap = max(config.schedule.max_backoff_minutes, interval)
    if retry_at is not None:
        retry_at = min(retry_at, checked + timedelta(minutes=cap))
    next_at = due.next_due(
        checked,
        interval_minutes=interval,
        max_backoff_minutes=config.schedule.max_backoff_minutes,
        failures=failures,
        retry_after=retry_at,
        max_age_seconds=max_age,
    )
    return replace(batch, next_due_at=next_at, failures=failures, retry_after_at=retry_at)


def run_check(
    config: Config,
    *,
    feed_urls: Sequence[str] | None = None,
    now: datetime | None = None,
    trigger: str = "manual",
    dry_run: bool = False,
    progress: Progress | None = None,
    wait_for_lock: bool = True,
    client: httpx.Client | None = None,
) -> RunReport:
    """Check the feeds once; raises `LockBusyError` if another run holds the lock and not waiting.

    With `dry_run`, everything is fetched and judged but nothing is stored or written.
    """
    chosen = select_feeds(config, feed_urls)
    if dry_run:
        guard: contextlib.AbstractContextManager[object] = contextlib.nullcontext()
    else:
        guard = _run_guard(config, wait_for_lock)
    with guard:
        db = open_database(config.database_url, create=not dry_run)
        try:
            return _run_with_client(config, chosen, db, client, now, trigger, dry_run, progress)
        finally:
            db.close()


def run_due_check(
    config: Config,
    *,
    now: datetime | None = None,
    trigger: str = "schedule",
    progress: Progress | None = None,
    wait_for_lock: bool = False,
    client: httpx.Client | None = None,
) -> RunReport | None:
    """Check only the configured feeds due at `now` (the clock when None); None when none is.

    The feeds are chosen under the run lock, from their stored schedule, so two processes
    never both decide that the same feed is due.
    """
    with _run_guard(config, wait_for_lock):
        db = open_database(config.database_url)
        try:
            stored = Store(db).feed_states([f.url for f in config.feeds])
            states = {
                url: due.DueState(s.next_due_at, s.failures, s.retry_after_at)
                for url, s in stored.items()
            }
            chosen = due.due_feeds(config, states, now or datetime.now(UTC))
            if not chosen:
                return None
            return _run_with_client(config, chosen, db, client, now, trigger, False, progress)
        finally:
            db.close()


def _run_guard(config: Config, wait: bool) -> contextlib.AbstractContextManager[object]:
    """The run lock; with workers on the database, also the lock they write findings under, so
    a check by hand never decides repeats while a worker writes (the workers wait for it)."""

    def on_wait(message: str) -> None:
        log_event(log, logging.INFO, message)

    guard = run_lock(config.data_dir, database_url=config.database_url, wait=wait, on_wait=on_wait)
    if not config.tasks.queued:
        return guard
    with contextlib.ExitStack() as taking:
        taking.enter_context(guard)
        taking.enter_context(
            AdvisoryLock(
                config.database_url, LEDGER_LOCK, wait=wait, on_wait=on_wait, purpose="findings"
            )
        )
        return taking.pop_all()


def _run_with_client(
    config: Config,
    chosen: tuple[FeedConfig, ...],
    db: Database,
    client: httpx.Client | None,
    now: datetime | None,
    trigger: str,
    dry_run: bool,
    progress: Progress | None,
) -> RunReport:
    with contextlib.ExitStack() as stack:
        if client is None:
            client = stack.enter_context(
                make_client(config.effective_user_agent, config.timeout_seconds)
            )
        return _run(config, chosen, db, client, now, trigger, dry_run, progress)


def _run(
    config: Config,
    chosen: tuple[FeedConfig, ...],
    db: Database,
    client: httpx.Client,
    now: datetime | None,
    trigger: str,
    dry_run: bool,
    progress: Progress | None,
) -> RunReport:
    started = now or datetime.now(UTC)
    run_id = new_run_id(started)
    if not dry_run:
        # This process holds the run lock, so a run still 'running' belongs to a dead process.
        archive.publish_recovered(config, db, mark_interrupted(db, started))
    store = Store(db)
    keeper = Keeper(
        db,
        amended(load_baseline(config.baseline), reviews.amendments(db)),
        config.data_dir / LEDGER_SNAPSHOT,
        baseline_path=config.baseline,
        keep=not dry_run,
    )
    ledger = Ledger(
        run_id, started, None, StoredIds(db), load=keeper.load, stored_keys=StoredKeys(db)
    )
    limits = Limits(
        timeout=config.timeout_seconds,
        max_bytes=config.max_bytes,
        max_redirects=config.max_redirects,
        allow_private=config.allow_private_links,
    )
    if not dry_run:
        store.start_run(run_id, started, trigger)
    log_event(log, logging.INFO, "check started", run=run_id, feeds=len(chosen), trigger=trigger)
    try:
        states = store.feed_states([f.url for f in chosen])
        by_url = {f.url: f for f in chosen}
        empty = FeedState()
        requests = [
            Request(f.url, states.get(f.url, empty).etag, states.get(f.url, empty).last_modified)
            for f in chosen
        ]
        outcomes: dict[str, FeedOutcome] = {}
        processed = 0
        fetched = fetch_many(client, requests, limits, concurrency=config.concurrency)
        for done, (request, result) in enumerate(in_request_order(requests, fetched), start=1):
            feed = by_url[request.url]
            restore = _checkpoint(ledger)
            try:
                batch = _process_feed(
                    feed,
                    result,
                    store=store,
                    ledger=ledger,
                    client=client,
                    limits=limits,
                    config=config,
                )
            except Exception as exc:  # one feed's fault is its outcome; the others go on
                restore()
                log.debug("feed %s could not be processed", feed.url, exc_info=exc)
                batch = FeedBatch(failed_outcome(feed, exc), ledger.seen_at)
            batch = scheduled(batch, feed, result, states.get(feed.url, empty), config)
            if not dry_run:
                store.save_feed(batch)
            outcomes[feed.url] = batch.outcome
            processed += batch.outcome.entries_new
            log_outcome(batch.outcome)
            if progress:
                progress(done, len(chosen), feed.url)
        report = run_report(ledger, store, chosen, outcomes, processed, now, dry_run)
        if not dry_run:
            store.finish_run(report)
            report = publish_report(config, db, report)
            store.finish_run(report)
            keeper.finish(ledger)
    except BaseException as exc:
        keeper.forget()
        if not dry_run:
            store.fail_run(run_id, datetime.now(UTC), f"{exc.__class__.__name__}: {exc}")
        raise
    log_event(
        log,
        logging.INFO,
        "check finished",
        run=run_id,
        entries=report.entries_processed,
        findings=len(report.findings),
        report=report.report_path,
    )
    return report


def run_report(
    ledger: Ledger,
    store: Store,
    chosen: tuple[FeedConfig, ...],
    outcomes: dict[str, FeedOutcome],
    processed: int,
    now: datetime | None,
    dry_run: bool,
) -> RunReport:
    findings = tuple(
        replace(f, sources=tuple(ledger.run_sources.get(f.id, ()))) for f in ledger.created.values()
    )
    earlier = store.findings_by_id(list(ledger.corroborated))
    if dry_run:
        earlier = [
            replace(f, sources=(*f.sources, *ledger.corroborated.get(f.id, ()))) for f in earlier
        ]
    feeds = tuple(outcomes[f.url] for f in chosen if f.url in outcomes)
    counts = {str(status): ledger.counts.get(status, 0) for status in Status}
    return RunReport(
        run_id=ledger.run_id,
        started_at=ledger.seen_at,
        finished_at=now or datetime.now(UTC),
        feeds=feeds,
        entries_read=sum(f.entries_read for f in feeds),
        entries_processed=processed,
        counts=counts,
        findings=_by_severity(findings),
        corroborated=_by_severity(tuple(earlier)),
        extra={"dry_run": "true"} if dry_run else {},
    )


def _by_severity(findings: tuple[Finding, ...] | list[Finding]) -> tuple[Finding, ...]:
    return tuple(sorted(findings, key=lambda f: (-SEVERITY[f.status], -len(f.sources), f.id)))


def publish_report(config: Config, db: Database, report: RunReport) -> RunReport:
    path = archive.publish(config, db, report)
    return replace(report, report_path=str(path))


def log_outcome(outcome: FeedOutcome) -> None:
    if outcome.state == "error":
        log_event(
            log,
            logging.WARNING,
            "feed failed",
            feed=outcome.url,
            kind=outcome.error_kind,
            error=outcome.error,
        )
        return
    if outcome.warning:
        log_event(log, logging.WARNING, "feed warning", feed=outcome.url, warning=outcome.warning)
    log_event(
        log,
        logging.INFO,
        "feed done",
        feed=outcome.url,
        state=outcome.state,
        read=outcome.entries_read,
        new=outcome.entries_new,
    )
