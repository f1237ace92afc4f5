"""The run's ledger: sentences judged by the differ become findings, one per development.

A new, changed or contradicted sentence creates a finding with a stable id; the same claim from
another entry or outlet adds a source instead, and a restatement of a finding reported in an
earlier run counts as `known` and corroborates it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime

from watcher.differ.core import Differ, finding_id_for
from watcher.differ.evidence import evidence_for
from watcher.models import REPORTED, Entry, Finding, FindingSource, Judgement, Status


@dataclass
class Ledger:
    """Findings stored before this run, those this run created, and the sources counted.

    Entries of every feed in a run pass through one ledger, so the same claim from two outlets
    becomes one finding with two sources.
    """

    run_id: str
    seen_at: datetime
    differ: Differ
    stored: set[str]
    created: dict[str, Finding] = field(default_factory=dict)
    run_sources: dict[str, list[FindingSource]] = field(default_factory=dict)
    corroborated: dict[str, list[FindingSource]] = field(default_factory=dict)
    pairs: set[tuple[str, str, str]] = field(default_factory=set)
    counts: Counter[str] = field(default_factory=Counter)


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


def judge_entries(
    ledger: Ledger, entries: Sequence[Entry]
) -> tuple[list[Finding], list[tuple[str, FindingSource]]]:
    """Judge entries' sentences: findings first seen here, and sources for existing ones."""
    fresh: dict[str, list[FindingSource]] = {}
    added: list[tuple[str, FindingSource]] = []
    for entry in entries:
        judged = ledger.differ.judge_text(entry.text).sentences
        # A later sentence of the entry that retells a reported one is that finding's evidence.
        retold: dict[str, list[str]] = {}
        for j in judged:
            if j.repeats:
                retold.setdefault(j.repeats, []).append(j.sentence)
        for j in judged:
            if j.finding_id:
                ledger.counts[Status.KNOWN] += 1
                fid = j.finding_id
                if fid not in ledger.stored and fid not in ledger.created:
                    continue
            else:
                ledger.counts[j.status] += 1
                if j.status not in REPORTED:
                    continue
                fid = finding_id_for(j.key or j.sentence)
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
                ledger.differ.remember(fid, j.sentence, j.status, j.key)
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
