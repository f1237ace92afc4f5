"""The plain data that flows between stages. Frozen, so a stage can't change its input."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum


class Status(StrEnum):
    """What a claim is, relative to the baseline and the ledger of reported findings."""

    KNOWN = "known"
    NEW = "new"
    CHANGED = "changed"
    CONTRADICTED = "contradicted"
    IRRELEVANT = "irrelevant"


SEVERITY: dict[Status, int] = {
    Status.IRRELEVANT: 0,
    Status.KNOWN: 1,
    Status.NEW: 2,
    Status.CHANGED: 3,
    Status.CONTRADICTED: 4,
}

#: Statuses a person is told about, most severe first.
REPORTED: tuple[Status, ...] = (Status.CONTRADICTED, Status.CHANGED, Status.NEW)


def most_severe(statuses: Iterable[Status]) -> Status:
    """A text takes the most severe status among its sentences."""
    return max(statuses, key=SEVERITY.__getitem__, default=Status.IRRELEVANT)


@dataclass(frozen=True)
class Source:
    """Where a baseline claim stands: a seed file and character offsets into its text."""

    doc: str
    start: int
    end: int


@dataclass(frozen=True)
class Attributes:
    """What the differ compares: who, which event, yes or no, how sure, which values."""

    actors: tuple[str, ...] = ()
    events: tuple[str, ...] = ()
    polarity: str = "asserted"  # "asserted" or "negated"
    negation_cue: str = ""
    modality: str = "asserted"  # asserted, future, conditional, possible, reported
    reported_by: tuple[str, ...] = ()
    numbers: tuple[float, ...] = ()
    dates: tuple[str, ...] = ()  # ISO-like: "2008", "2024-07", "2024-01-12"
    scales: tuple[str, ...] = ()  # "scale:step", e.g. "ratification:pending"
    roles: tuple[str, ...] = ()  # "role=person", e.g. "nato secretary general=stoltenberg"


@dataclass(frozen=True)
class Claim:
    """One sentence that asserts something about the membership path."""

    id: str
    text: str
    sources: tuple[Source, ...]
    attributes: Attributes
    variants: tuple[str, ...] = ()  # the merged duplicates' own wording


@dataclass(frozen=True)
class Judgement:
    """The differ's verdict on one sentence, with the evidence that decided it."""

    status: Status
    sentence: str
    cue: str
    score: float
    baseline_ids: tuple[str, ...] = ()
    baseline_text: str = ""
    baseline_sources: tuple[Source, ...] = ()
    diff: tuple[tuple[int, str], ...] = ()  # diff-match-patch ops: -1 delete, 0 equal, 1 insert
    finding_id: str = ""  # set when the sentence restates an already reported finding (ledger)
    baseline_source: str = ""  # the seed named as a reader would: "Foreign Policy, July 2023"
    key: str = ""  # the development reported: "office:nato secretary general=rutte"
    keys: tuple[str, ...] = ()  # every development the sentence reports, `key` first
    repeats: str = ""  # an earlier sentence of the same text that carries this development
    topic: str = ""  # why the sentence is on topic ("guarantee: 'security guarantees'"); '' if not


@dataclass(frozen=True)
class TextJudgement:
    """The verdict on a whole text: its most severe sentence, and every sentence's verdict."""

    status: Status
    top: Judgement
    sentences: tuple[Judgement, ...]


@dataclass(frozen=True)
class Entry:
    """One feed entry, reduced to clean text and the facts a report needs."""

    feed_url: str
    feed_name: str
    key: str  # guid, else link, else content hash
    content_hash: str
    title: str
    link: str
    published: datetime | None  # timezone-aware UTC, or None when the feed's date is unusable
    text: str  # title + summary/content (or the article's main text), as plain text
    outlet: str = ""


@dataclass(frozen=True)
class FeedOutcome:
    """What happened to one feed in one run. Failures are data, not exceptions."""

    url: str
    name: str
    state: str  # "ok", "not-modified" or "error"
    error_kind: str = ""  # timeout, http, too-large, not-a-feed, malformed, refused, ...
    error: str = ""
    http_status: int | None = None
    entries_read: int = 0
    entries_new: int = 0
    warning: str = ""


@dataclass(frozen=True)
class FindingSource:
    """One place that carried a finding's claim."""

    outlet: str
    url: str
    title: str
    published: datetime | None
    seen_at: datetime
    feed_url: str = ""
    entry_key: str = ""
    run_id: str = ""
    #: The sentences of this entry that carry the development: its title, lead, a quote...
    sentences: tuple[str, ...] = ()


def is_backlog_source(source: FindingSource, max_age_days: int) -> bool:
    """Was the entry published more than `max_age_days` before Watcher saw it (old news)?

    An entry without a usable publication date counts as fresh: nothing says it is old.
    """
    if source.published is None:
        return False
    return source.seen_at - source.published > timedelta(days=max_age_days)


def is_backlog(finding: Finding, max_age_days: int) -> bool:
    """A finding is backlog while every source that carried it is old news."""
    return bool(finding.sources) and all(
        is_backlog_source(s, max_age_days) for s in finding.sources
    )


@dataclass(frozen=True)
class Finding:
    """One development: a new, changed or contradicted claim, however many outlets carry it."""

    id: str
    status: Status
    text: str
    cue: str
    score: float
    first_seen: datetime
    run_id: str
    baseline_id: str = ""
    baseline_text: str = ""
    baseline_source: str = ""  # the seed as a reader would name it: "Foreign Policy, July 2023"
    diff: tuple[tuple[int, str], ...] = ()
    sources: tuple[FindingSource, ...] = ()


@dataclass(frozen=True)
class RunReport:
    """Everything one check did: the JSON report, the HTML report and the summary come from it."""

    run_id: str
    started_at: datetime
    finished_at: datetime
    feeds: tuple[FeedOutcome, ...]
    entries_read: int
    entries_processed: int
    counts: dict[str, int]  # per status, over the claims judged this run
    findings: tuple[Finding, ...]  # findings first reported in this run
    corroborated: tuple[Finding, ...] = ()  # earlier findings that gained a source this run
    report_path: str = ""
    extra: dict[str, str] = field(default_factory=dict)
