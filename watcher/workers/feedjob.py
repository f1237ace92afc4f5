"""One queued feed check: the same steps as a check of that feed, spread over many workers.

Fetching, parsing and judging sentences against the baseline run in parallel across workers.
Only the step that must see every other worker's findings is serialized, under a short
PostgreSQL advisory lock: catch the differ up with the findings stored since it last looked,
decide what is new and what repeats a stored finding, and write. Every worker thus judges
against all findings written before its own, as a single process would, and the store's
unique keys and upserts make a job delivered twice write nothing twice.
"""

from __future__ import annotations

import logging
import secrets
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from watcher.baseline.amend import amended
from watcher.baseline.build import load_baseline
from watcher.check import (
    Prepared,
    failed_outcome,
    judged_batch,
    log_outcome,
    prepare_feed,
    publish_report,
    run_report,
    scheduled,
    select_feeds,
)
from watcher.config import Config
from watcher.differ.core import Differ
from watcher.feeds.fetch import Limits, Request, fetch_many, make_client
from watcher.ledger import Ledger, StoredIds
from watcher.logs import log_event
from watcher.models import REPORTED, Entry, Judgement, RunReport, Status
from watcher.store import ledgerstate, reviews
from watcher.store.db import Database
from watcher.store.ingest import FeedBatch, FeedState, Store
from watcher.store.locks import AdvisoryLock
from watcher.store.recovery import job_run_id

log = logging.getLogger(__name__)

#: The advisory lock around catching up, deciding and writing findings.
LEDGER_LOCK = "watcher-ledger"
TRIGGER = "worker"


@dataclass
class Timings:
    """Where a worker's time went, summed over its jobs (seconds)."""

    jobs: int = 0
    total: float = 0.0
    judging: float = 0.0  # judging outside the lock
    waiting: float = 0.0  # waiting for the lock
    held: float = 0.0  # inside the lock: catching up, deciding repeats, writing

    @property
    def locked_share(self) -> float:
        """The share of the work done inside the lock."""
        return self.held / self.total if self.total else 0.0


class WorkerDiffer:
    """The differ one worker process keeps between jobs, remembering every stored finding
    up to `watermark`; `lock` makes its threads take turns with it."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.differ: Differ | None = None
        self.watermark = 0
        self.key: tuple[str, ...] = ()
        self.timings = Timings()

    def current(self, db: Database, config: Config) -> Differ:
        """The differ for this baseline and its amendments; rebuilt from the store when either
        changed (or after a failed write). Call under `lock`."""
        found = reviews.amendments(db)
        path = config.baseline
        key = (str(path), str(path.stat().st_mtime_ns), *(f"{a.claim_id}\0{a.text}" for a in found))
        if self.differ is None or key != self.key:
            watermark = ledgerstate.source_watermark(db)
            differ = Differ(amended(load_baseline(path), found))
            for fid, text, status in ledgerstate.findings_in_order(db):
                differ.remember(fid, text, status)
            self.differ, self.watermark, self.key = differ, watermark, key
        return self.differ

    def catch_up(self, db: Database) -> int:
        """Remember the findings stored since the last look; how many there were."""
        assert self.differ is not None
        mark = ledgerstate.source_watermark(db)
        since = ledgerstate.findings_after(db, self.watermark)
        for fid, text, status in since:
            self.differ.remember(fid, text, status)
        self.watermark = mark
        return len(since)

    def forget(self) -> None:
        """After a failed write the differ may remember findings that were never stored."""
        self.differ = None


def ledger_free(sentences: Sequence[Judgement]) -> bool:
    """Whether no judgement of an entry depends on the findings remembered: none is reported,
    known or keyed, so more remembered findings could not change any of them."""
    return all(
        j.status not in REPORTED and j.status != Status.KNOWN and not j.key and not j.finding_id
        for j in sentences
    )


def check_feed(
    config: Config,
    db: Database,
    url: str,
    *,
    job_id: int,
    kept: WorkerDiffer,
    now: datetime | None = None,
) -> RunReport:
    """Check one feed as `watcher check --feed URL` would, recorded as a run of job `job_id`."""
    feed = select_feeds(config, [url])[0]
    started = now or datetime.now(UTC)
    began = time.perf_counter()
    run_id = job_run_id(f"{started:%Y%m%dT%H%M%SZ}", job_id, secrets.token_hex(3))
    store = Store(db)
    store.start_run(run_id, started, TRIGGER)
    log_event(log, logging.INFO, "feed job started", run=run_id, feed=url, job=job_id)
    try:
        state = store.feed_states([url]).get(url, FeedState())
        limits = Limits(
            timeout=config.timeout_seconds,
            max_bytes=config.max_bytes,
            max_redirects=config.max_redirects,
            allow_private=config.allow_private_links,
        )
        with make_client(config.effective_user_agent, config.timeout_seconds) as client:
            request = Request(url, state.etag, state.last_modified)
            (_, result), *_ = list(fetch_many(client, [request], limits, concurrency=1))
            prepared = prepare_feed(
                feed, result, store=store, client=client, limits=limits, config=config, now=started
            )
        ledger = Ledger(run_id, started, None, StoredIds(db))
        if isinstance(prepared, Prepared) and prepared.judged:
            batch = _judge_and_write(config, db, store, prepared, ledger, kept, state)
        else:
            batch = prepared if isinstance(prepared, FeedBatch) else judged_batch(prepared, ledger)
            batch = scheduled(batch, feed, result, state, config)
            store.save_feed(batch)
        log_outcome(batch.outcome)
        outcomes = {url: batch.outcome}
        report = run_report(
            ledger, store, (feed,), outcomes, batch.outcome.entries_new, None, False
        )
        store.finish_run(report)
        report = publish_report(config, db, report)
        store.finish_run(report)
    except BaseException as exc:
        store.fail_run(run_id, datetime.now(UTC), f"{exc.__class__.__name__}: {exc}")
        raise
    with kept.lock:
        kept.timings.jobs += 1
        kept.timings.total += time.perf_counter() - began
    log_event(
        log,
        logging.INFO,
        "feed job finished",
        run=run_id,
        feed=url,
        entries=report.entries_processed,
        findings=len(report.findings),
    )
    return report


def _judge_and_write(
    config: Config,
    db: Database,
    store: Store,
    prepared: Prepared,
    ledger: Ledger,
    kept: WorkerDiffer,
    state: FeedState,
) -> FeedBatch:
    """Judge outside the lock, then catch up, decide and write inside it."""
    t0 = time.perf_counter()
    with kept.lock:
        differ = kept.current(db, config)
        early = {id(e): differ.judge_text(e.text).sentences for e in prepared.judged}
    t1 = time.perf_counter()
    with AdvisoryLock(config.database_url, LEDGER_LOCK, purpose="findings"):
        t2 = time.perf_counter()
        with kept.lock:
            differ = kept.current(db, config)
            caught = kept.catch_up(db)
            ledger.differ = differ
            # Another delivery of this job may have stored some entries meanwhile.
            seen = store.seen(prepared.feed.url)
            fresh = [e for e in prepared.fresh if seen.get(e.key) != e.content_hash]
            keys = {e.key for e in fresh}
            prepared = replace(
                prepared,
                seen=seen,
                fresh=fresh,
                judged=[e for e in prepared.judged if e.key in keys],
            )

            def judge(entry: Entry) -> Sequence[Judgement]:
                sentences = early[id(entry)]
                if ledger_free(sentences) or (not caught and not ledger.remembered):
                    return sentences
                return differ.judge_text(entry.text).sentences

            try:
                batch = judged_batch(prepared, ledger, judge)
            except Exception as exc:  # one feed's fault is its outcome
                kept.forget()
                log.debug("feed %s could not be processed", prepared.feed.url, exc_info=exc)
                ledger.created.clear()
                ledger.run_sources.clear()
                ledger.corroborated.clear()
                batch = FeedBatch(failed_outcome(prepared.feed, exc), ledger.seen_at)
            batch = scheduled(batch, prepared.feed, prepared.result, state, config)
            try:
                store.save_feed(batch)
            except BaseException:
                kept.forget()
                raise
            t3 = time.perf_counter()
            kept.timings.judging += t1 - t0
            kept.timings.waiting += t2 - t1
            kept.timings.held += t3 - t2
    return batch
