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

import httpx

from watcher.archive import publish as archive
from watcher.baseline.amend import amended
from watcher.baseline.build import load_baseline
from watcher.check import (
    Prepared,
    failed_outcome,
    judged_batch,
    log_outcome,
    prepare_feed,
    run_report,
    scheduled,
    select_feeds,
)
from watcher.config import Config
from watcher.differ.core import Differ
from watcher.feeds.fetch import Limits, Request, fetch_many, make_client
from watcher.ledger import Ledger, StoredIds, StoredKeys
from watcher.logs import log_event
from watcher.models import REPORTED, Entry, Judgement, RunReport, Status
from watcher.store import ledgerstate, reviews
from watcher.store.db import Database
from watcher.store.ingest import FeedBatch, FeedState, Store
from watcher.store.locks import LEDGER_LOCK, AdvisoryLock
from watcher.store.recovery import job_run_id

log = logging.getLogger(__name__)

TRIGGER = "worker"


@dataclass
class Timings:
    """Where a worker's time went, summed over its jobs (seconds)."""

    jobs: int = 0
    total: float = 0.0
    judging: float = 0.0  # judging outside the lock
    waiting: float = 0.0  # waiting for the lock
    held: float = 0.0  # inside the lock: catching up, deciding repeats, writing
    locked: int = 0  # jobs that took the lock (the others had nothing the ledger decides)

    @property
    def locked_share(self) -> float:
        """The share of the work done inside the lock."""
        return self.held / self.total if self.total else 0.0


#: The archive's index and Atom feed are rewritten at most this often by one worker (and when
#: it stops): rewriting them after every one of thousands of feed jobs would cost more than
#: the jobs. Each job's own report is written at once.
INDEX_SECONDS = 30.0


class WorkerDiffer:
    """What one worker process keeps between jobs: the differ, remembering every stored
    finding up to `watermark`, the ids it knows are stored, and the HTTP client; `lock`
    makes its threads take turns with the differ."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.differ: Differ | None = None
        self.watermark = 0
        self.stored: set[str] = set()
        #: Grows whenever the differ remembers more (or is rebuilt): a judgement made at an
        #: older generation may be out of date if it touches the findings remembered.
        self.generation = 0
        self.key: tuple[str, ...] = ()
        self.timings = Timings()
        self.indexed_at = 0.0
        self._client: httpx.Client | None = None

    def client(self, config: Config) -> httpx.Client:
        """One HTTP client for all jobs of the process (it is safe to share between threads)."""
        with self.lock:
            if self._client is None:
                self._client = make_client(config.effective_user_agent, config.timeout_seconds)
            return self._client

    def close(self) -> None:
        """Close the HTTP client."""
        if self._client is not None:
            self._client.close()
            self._client = None

    def current(self, db: Database, config: Config) -> Differ:
        """The differ for this baseline and its amendments; rebuilt from the store when either
        changed (or after a failed write). Call under `lock`."""
        found = reviews.amendments(db)
        path = config.baseline
        key = (str(path), str(path.stat().st_mtime_ns), *(f"{a.claim_id}\0{a.text}" for a in found))
        if self.differ is None or key != self.key:
            watermark = ledgerstate.source_watermark(db)
            differ = Differ(amended(load_baseline(path), found))
            self.stored.clear()  # in place: jobs in flight hold this set
            for fid, text, status in ledgerstate.findings_in_order(db):
                differ.remember(fid, text, status)
                self.stored.add(fid)
            self.differ, self.watermark, self.key = differ, watermark, key
            self.generation += 1
        return self.differ

    def catch_up(self, db: Database) -> int:
        """Remember the findings stored since the last look; how many there were."""
        assert self.differ is not None
        mark = ledgerstate.source_watermark(db)
        since = ledgerstate.findings_after(db, self.watermark)
        new = [row for row in since if row[0] not in self.stored]
        for fid, text, status in new:
            self.differ.remember(fid, text, status)
            self.stored.add(fid)
        self.watermark = mark
        self.generation += len(new)
        return len(new)

    def wrote(self, db: Database, ids: Sequence[str]) -> None:
        """After this process stored findings `ids` (under the lock, so no other writer came
        between): the differ remembers them already, so the next catch-up skips them."""
        self.stored.update(ids)
        self.watermark = ledgerstate.source_watermark(db)
        self.generation += len(ids)

    def forget(self) -> None:
        """After a failed write the differ may remember findings that were never stored."""
        self.differ = None


class _Stored:
    """Which findings are stored: those the worker knows of, else asked of the store.

    Under the lock, just caught up, the worker knows every stored finding (`complete`), so
    an id it does not know is not stored and the store is not asked; were it stored after
    all, the store's upsert still makes the new finding a source of the stored one.
    """

    def __init__(self, known: set[str], db: Database) -> None:
        self.known = known
        self.asked = StoredIds(db)
        self.complete = False

    def __contains__(self, finding_id: object) -> bool:
        if finding_id in self.known:
            return True
        return not self.complete and finding_id in self.asked


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
        client = kept.client(config)
        request = Request(url, state.etag, state.last_modified)
        (_, result), *_ = list(fetch_many(client, [request], limits, concurrency=1))
        prepared: Prepared | FeedBatch
        try:
            prepared = prepare_feed(
                feed, result, store=store, client=client, limits=limits, config=config, now=started
            )
        except Exception as exc:  # a broken feed is its outcome, as in a check of all feeds
            log.debug("feed %s could not be processed", url, exc_info=exc)
            prepared = FeedBatch(failed_outcome(feed, exc), started)
        stored = _Stored(kept.stored, db)
        ledger = Ledger(run_id, started, None, stored, stored_keys=StoredKeys(db))
        if isinstance(prepared, Prepared) and prepared.judged:
            batch = _judge_and_write(config, db, store, prepared, ledger, stored, kept, state)
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
        report = replace(report, report_path=str(archive.write_report(config, report)))
        store.finish_run(report)
        if time.monotonic() - kept.indexed_at >= INDEX_SECONDS:
            kept.indexed_at = time.monotonic()
            archive.rebuild(config, db)
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
    stored: _Stored,
    kept: WorkerDiffer,
    state: FeedState,
) -> FeedBatch:
    """Judge outside the lock, then catch up, decide and write inside it.

    The differ catches up before judging too, so inside the lock there is seldom anything
    new to remember, and an entry is judged again there only when it could restate a
    finding remembered since it was judged.
    """
    t0 = time.perf_counter()
    with kept.lock:
        differ = kept.current(db, config)
        kept.catch_up(db)
        early = {id(e): differ.judge_text(e.text).sentences for e in prepared.judged}
        judged_at = kept.generation
    t1 = time.perf_counter()
    if all(ledger_free(sentences) for sentences in early.values()):
        # No sentence is news or a restatement: the ledger has nothing to decide and no
        # finding or source is written, so other workers need not wait for this feed.
        ledger.differ = differ
        batch = judged_batch(prepared, ledger, lambda entry: early[id(entry)])
        batch = scheduled(batch, prepared.feed, prepared.result, state, config)
        store.save_feed(batch)
        with kept.lock:
            kept.timings.judging += t1 - t0
        return batch
    with AdvisoryLock(config.database_url, LEDGER_LOCK, purpose="findings"):
        t2 = time.perf_counter()
        with kept.lock:
            # Rebuilt only when another thread's failed write made it forget.
            differ = kept.differ or kept.current(db, config)
            kept.catch_up(db)
            stored.complete = True
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
                if ledger_free(sentences) or (
                    kept.generation == judged_at and not ledger.remembered
                ):
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
                ledger.run_keys.clear()
                ledger.new_keys.clear()
                batch = FeedBatch(failed_outcome(prepared.feed, exc), ledger.seen_at)
            batch = scheduled(batch, prepared.feed, prepared.result, state, config)
            try:
                store.save_feed(batch)
            except BaseException:
                kept.forget()
                raise
            kept.wrote(db, [f.id for f in batch.new_findings])
            t3 = time.perf_counter()
            kept.timings.judging += t1 - t0
            kept.timings.waiting += t2 - t1
            kept.timings.held += t3 - t2
            kept.timings.locked += 1
    return batch
