"""The run's ledger: sentences judged by the differ become findings, one per development.

A new, changed or contradicted sentence creates a finding with a stable id; the same claim from
another entry or outlet adds a source instead, and a restatement of a finding reported in an
earlier run counts as `known` and corroborates it. Every development key a finding stands for is
stored with it, so a later run's sentence with any of them adds a source to it as well.

The differ remembers every stored finding, in the order they were created. That memory is kept
between runs (`Keeper`): in the process that ran the last check, else in a snapshot file the
database vouches for (plain JSON data: each remembered finding's terms and weights, its id,
status and keys, re-indexed on load; nothing in it is code), and only findings created since are
remembered again. It is loaded only when a check has something to judge.
"""

from __future__ import annotations

import gc
import hashlib
import json
import logging
import sys
from collections import Counter
from collections.abc import Callable, Container, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from watcher.baseline.amend import AMENDMENT_PREFIX
from watcher.baseline.build import Baseline
from watcher.differ.core import Differ, finding_id_for
from watcher.differ.derived import source_digest
from watcher.differ.developments import ASSERTS
from watcher.differ.evidence import evidence_for
from watcher.errors import StoreError
from watcher.fileio import atomic_write_bytes
from watcher.logs import log_event
from watcher.models import REPORTED, Entry, Finding, FindingSource, Judgement, Status
from watcher.store import ledgerstate
from watcher.store.db import Database

log = logging.getLogger(__name__)


@dataclass
class Ledger:
    """Findings stored before this run, those this run created, and the sources counted.

    Entries of every feed in a run pass through one ledger, so the same claim from two outlets
    becomes one finding with two sources.
    """

    run_id: str
    seen_at: datetime
    differ: Differ | None  # None until `load` gives it, on the first entry judged
    stored: Container[str]
    created: dict[str, Finding] = field(default_factory=dict)
    run_sources: dict[str, list[FindingSource]] = field(default_factory=dict)
    corroborated: dict[str, list[FindingSource]] = field(default_factory=dict)
    pairs: set[tuple[str, str, str]] = field(default_factory=set)
    counts: Counter[str] = field(default_factory=Counter)
    load: Callable[[], Differ] | None = None
    #: Findings the differ was told to remember in this run (a failed feed's may not be stored).
    remembered: list[str] = field(default_factory=list)
    #: Every development key this run attributed to a finding: a finding's further keys (each
    #: party of a list of agreements) and those its restatements carry. Stored with the
    #: findings, they are asked of `stored_keys` by later runs.
    run_keys: dict[str, str] = field(default_factory=dict)
    #: The keys of `run_keys` not yet handed to a feed's batch for storing.
    new_keys: dict[str, str] = field(default_factory=dict)
    #: The keys earlier runs stored; None: none are (a ledger without a store).
    stored_keys: StoredKeys | None = None

    def judge_with(self) -> Differ:
        """The differ, loaded on first use: a check with nothing to judge never loads it."""
        if self.differ is None:
            if self.load is None:
                raise ValueError("a ledger needs a differ or a way to load one")
            self.differ = self.load()
        return self.differ

    def owner(self, key: str) -> str:
        """The finding `key` belongs to, in this run or stored by an earlier one; "" if none."""
        told = self.run_keys.get(key, "")
        if not told and self.stored_keys is not None:
            told = self.stored_keys.owner(key)
        return told

    def take_keys(self) -> list[tuple[str, str]]:
        """The keys attributed since the last call, to be stored with what attributed them."""
        taken, self.new_keys = list(self.new_keys.items()), {}
        return taken


#: A `new` development is keyed by what it asserts for this many weeks from its first report;
#: after that the same concept in the news is a development of its own.
ASSERTS_WEEKS = 2


def dated_keys(j: Judgement, when: datetime) -> tuple[list[str], list[str]]:
    """A sentence's keys as looked up, and as its finding owns them.

    What a `new` sentence asserts (`asserts:...`) is one development only near in time: keyed
    by the week it was published in, it finds a finding reported that week or the one before,
    and a finding owns its key for its week and the next. It keys `new` sentences only: a
    graver one that took them in is known by its own keys.
    """
    week = when.date().toordinal() // 7
    looked_up: list[str] = []
    owned: list[str] = []
    for k in j.keys:
        if k.startswith(ASSERTS) and j.status is not Status.NEW:
            continue
        if k.startswith(ASSERTS):
            looked_up.append(f"{k}@{week}")
            owned.extend(f"{k}@{week + i}" for i in range(ASSERTS_WEEKS))
        else:
            looked_up.append(k)
            owned.append(k)
    return looked_up, owned


def _source(entry: Entry, run_id: str, seen_at: datetime) -> FindingSource:
    return FindingSource(
        outlet=entry.outlet or entry.feed_name,
        url=entry.link,
        title=entry.title,
        published=entry.published,
        seen_at=seen_at,
        feed_url=entry.feed_url,
        entry_key=entry.key,
        run_id=run_id,
    )


#: An entry's sentence judgements, when they were worked out before the ledger is consulted.
Judge = Callable[[Entry], Sequence[Judgement]]


def judge_entries(
    ledger: Ledger, entries: Sequence[Entry], judge: Judge | None = None
) -> tuple[list[Finding], list[tuple[str, FindingSource]]]:
    """Judge entries' sentences: findings first seen here, and sources for existing ones.

    `judge`, when given, stands in for the differ's `judge_text`; it must answer as the
    ledger's differ would now.
    """
    fresh: dict[str, list[FindingSource]] = {}
    added: list[tuple[str, FindingSource]] = []
    differ = ledger.judge_with() if entries else None
    for entry in entries:
        assert differ is not None
        judged = judge(entry) if judge else differ.judge_text(entry.text).sentences
        # A later sentence of the entry that retells a reported one is that finding's evidence.
        retold: dict[str, list[str]] = {}
        for j in judged:
            if j.repeats:
                retold.setdefault(j.repeats, []).append(j.sentence)
        for j in judged:
            looked_up, owned = dated_keys(j, entry.published or ledger.seen_at)
            if j.finding_id:
                ledger.counts[Status.KNOWN] += 1
                fid = j.finding_id
                if fid not in ledger.created and fid not in ledger.stored:
                    continue
            elif j.status in REPORTED and (
                told := next((o for o in map(ledger.owner, looked_up) if o), "")
            ):
                ledger.counts[Status.KNOWN] += 1  # a development reported already
                fid = told
            else:
                ledger.counts[j.status] += 1
                if j.status not in REPORTED:
                    continue
                fid = finding_id_for(j.key or j.sentence)
            # What else the sentence reports belongs to that development from now on, unless
            # it belongs to another one already.
            for k in owned:
                if not ledger.owner(k):
                    ledger.run_keys[k] = ledger.new_keys[k] = fid
            pair = (fid, entry.feed_url, entry.key)
            if pair in ledger.pairs:
                continue
            ledger.pairs.add(pair)
            source = replace(
                _source(entry, ledger.run_id, ledger.seen_at),
                sentences=(j.sentence, *retold.get(j.sentence, ())),
            )
            if fid in fresh:
                fresh[fid].append(source)
            elif fid in ledger.created or fid in ledger.stored:
                added.append((fid, source))
            else:
                ledger.created[fid] = _finding(ledger, fid, j)
                differ.remember(fid, j.sentence, j.status, j.key)
                ledger.remembered.append(fid)
                fresh[fid] = [source]
            if fid in ledger.created:
                ledger.run_sources.setdefault(fid, []).append(source)
            else:
                ledger.corroborated.setdefault(fid, []).append(source)
    new = [replace(ledger.created[fid], sources=tuple(srcs)) for fid, srcs in fresh.items()]
    return new, added


def _finding(ledger: Ledger, fid: str, j: Judgement) -> Finding:
    return Finding(
        id=fid,
        status=j.status,
        text=j.sentence,
        cue=j.cue,
        score=float(j.score),
        first_seen=ledger.seen_at,
        run_id=ledger.run_id,
        baseline_id=j.baseline_ids[0] if j.baseline_ids else "",
        baseline_text=j.baseline_text,
        baseline_source=j.baseline_source,
        diff=_readable_diff(j),
    )


def _readable_diff(j: Judgement) -> tuple[tuple[int, str], ...]:
    """The word diff a finding stores: made once it is reported, and only when it reads well."""
    evidence = evidence_for(j.baseline_text, j.sentence, j.cue)
    return evidence.ops if evidence else ()


class StoredIds:
    """Membership in the stored findings, asked of the store per id rather than read in full."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._answers: dict[str, bool] = {}

    def __contains__(self, finding_id: object) -> bool:
        if not isinstance(finding_id, str):
            return False
        answer = self._answers.get(finding_id)
        if answer is None:
            answer = bool(ledgerstate.stored_ids(self.db, [finding_id]))
            self._answers[finding_id] = answer
        return answer


class StoredKeys:
    """The finding each development key was stored for, asked of the store per key (and
    remembered) rather than read in full."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._answers: dict[str, str] = {}

    def owner(self, key: str) -> str:
        """The finding `key` was stored for by an earlier run; "" when none."""
        answer = self._answers.get(key)
        if answer is None:
            answer = ledgerstate.key_owners(self.db, [key]).get(key, "")
            self._answers[key] = answer
        return answer


#: Modules whose data a snapshot holds, or whose rules decide what the differ remembers:
#: a change to any of them (or to the baseline) makes an older snapshot unusable.
_PACKAGE = Path(__file__).resolve().parent
_FINGERPRINTED = ("differ", "text", "baseline", "models.py", "ledger.py")


def fingerprint(baseline: Path, amendments: Sequence[str] = ()) -> str:
    """What a snapshot was made with: the baseline file and the analyst's amendments to it, the
    differ's code and rule file, the Python version."""
    digest = hashlib.sha256()
    digest.update(f"{sys.version_info[:2]} json ledger {SNAPSHOT_FORMAT}".encode())
    digest.update(Path(baseline).read_bytes())
    for amendment in amendments:
        digest.update(amendment.encode())
    source_digest(digest, _FINGERPRINTED, _PACKAGE)
    return digest.hexdigest()


@dataclass
class _Kept:
    """A differ that remembers every finding whose first source is at or below `watermark`."""

    differ: Differ
    fingerprint: str
    watermark: int
    findings: int


#: The snapshot's layout (`Differ.ledger_state` as JSON); a new layout makes older ones unusable.
SNAPSHOT_FORMAT = 1

#: The snapshot is rewritten once the findings it lacks reach this share of those it holds.
SNAPSHOT_LAG = 0.02

#: The differ of the last successful check, by snapshot path, for the next check in this process.
_KEPT: dict[Path, _Kept] = {}


class Keeper:
    """Gives a check the differ with every stored finding remembered, and keeps it afterwards.

    In order of preference: the one this process kept after its last check; the snapshot file,
    when its digest matches the database's record; else the stored findings remembered one by
    one. Each then remembers only the findings created since. With `keep` false (a dry run)
    nothing is taken from or left for later checks.
    """

    def __init__(
        self, db: Database, baseline: Baseline, snapshot: Path, *, baseline_path: Path, keep: bool
    ) -> None:
        self.db = db
        self.baseline = baseline
        self.baseline_path = baseline_path
        self.snapshot = snapshot
        self.keep = keep
        self._loaded: _Kept | None = None
        self.origin = ""  # "kept", "snapshot" or "rebuilt", for logs and tests

    def load(self) -> Differ:
        """The differ for this check (the `Ledger`'s `load`)."""
        fp = fingerprint(
            self.baseline_path,
            [
                f"{c.id}\0{c.text}"
                for c in self.baseline.claims
                if c.id.startswith(AMENDMENT_PREFIX)
            ],
        )
        total = ledgerstate.finding_count(self.db)
        kept = _KEPT.pop(self.snapshot, None) if self.keep else None
        start = None
        if kept is not None and kept.fingerprint == fp:
            start, self.origin = kept, "kept"
        if start is None:
            start = self._from_snapshot(fp)
            self.origin = "snapshot"
        if start is not None:
            watermark = ledgerstate.source_watermark(self.db)
            since = ledgerstate.findings_after(self.db, start.watermark)
            if start.findings + len(since) == total:
                for fid, text, status in since:
                    start.differ.remember(fid, text, status)
                self._loaded = _Kept(start.differ, fp, watermark, total)
                return start.differ
        self.origin = "rebuilt"
        watermark = ledgerstate.source_watermark(self.db)
        rows = ledgerstate.findings_in_order(self.db)
        differ = Differ(self.baseline)
        for fid, text, status in rows:
            differ.remember(fid, text, status)
        self._loaded = _Kept(differ, fp, watermark, len(rows))
        return differ

    def _from_snapshot(self, fp: str) -> _Kept | None:
        record = ledgerstate.read_snapshot(self.db)
        if record is None or record.fingerprint != fp:
            return None
        try:
            blob = self.snapshot.read_bytes()
        except OSError:
            return None
        if hashlib.sha256(blob).hexdigest() != record.sha256:
            log_event(log, logging.WARNING, "ledger snapshot ignored", reason="digest differs")
            return None
        # Plain data, read as data: the differ is built from the baseline and told what it held.
        differ = Differ(self.baseline)
        collecting = gc.isenabled()
        gc.disable()  # millions of small objects that live on: scanning them on the way is waste
        try:
            differ.restore_ledger(json.loads(blob))
        except ValueError as exc:  # also a body that is not JSON, or not UTF-8
            log_event(log, logging.WARNING, "ledger snapshot ignored", reason=str(exc)[:200])
            return None
        finally:
            if collecting:
                gc.enable()
        return _Kept(differ, fp, record.source_watermark, record.findings)

    def finish(self, ledger: Ledger) -> None:
        """After a successful check: keep the differ, and renew the snapshot when it lags.

        Only a differ that remembers exactly the stored findings is kept: when a feed failed
        halfway, its findings left the run but not the differ's memory, so the next check
        starts from the snapshot or from the store instead.

        A snapshot is rewritten once the findings created since it reach a fiftieth of those it
        holds (`SNAPSHOT_LAG`), so writing it costs little per finding and catching up is short.
        """
        loaded, self._loaded = self._loaded, None
        if not self.keep or loaded is None or set(ledger.remembered) != set(ledger.created):
            return
        total = ledgerstate.finding_count(self.db)
        if loaded.findings + len(ledger.created) != total:
            return
        now = _Kept(loaded.differ, loaded.fingerprint, ledgerstate.source_watermark(self.db), total)
        _KEPT[self.snapshot] = now
        if self.origin != "rebuilt":  # the snapshot was usable: renew it only when it lags
            record = ledgerstate.read_snapshot(self.db)
            held = record.findings if record else 0
            if total == held or total - held < held * SNAPSHOT_LAG:
                return
        blob = json.dumps(now.differ.ledger_state(), separators=(",", ":")).encode()
        try:
            atomic_write_bytes(self.snapshot, blob)
            ledgerstate.write_snapshot(
                self.db,
                ledgerstate.SnapshotRecord(
                    now.fingerprint,
                    hashlib.sha256(blob).hexdigest(),
                    now.watermark,
                    now.findings,
                    datetime.now(UTC),
                ),
            )
        except (OSError, StoreError) as exc:
            # The run's results are stored already; without a snapshot the next process rebuilds.
            log_event(log, logging.WARNING, "ledger snapshot not written", error=str(exc))

    def forget(self) -> None:
        """After a failed check the differ may remember findings that were never stored."""
        self._loaded = None
