"""Score a check run on an article corpus: a feed plus the gold label of every sentence that matters.

The rules are those of the corpus's README ("How to score a run"). Each finding is aligned with a
sentence of the article its first source points to: equal normalised text, else containment of
at least six tokens (a finding that merges or splits sentences), else a token-set Dice ratio of
at least 0.8. Precision is judged on that sentence; a development (`dev_group`) counts once,
whichever finding, source or article recalls it; extra findings for one development are
duplicates. The scoring functions are pure; `check_feed` runs the same check an analyst runs.
"""

from __future__ import annotations

import re
import tempfile
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from watcher.check import run_check
from watcher.config import Config, FeedConfig
from watcher.errors import WatcherError
from watcher.evaluate import BadLine, parse_item, wilson_interval
from watcher.feeds.parse import parse_feed
from watcher.models import SEVERITY, Finding, Status
from watcher.text.segment import sentences

REPORTING: tuple[str, ...] = (Status.NEW.value, Status.CHANGED.value, Status.CONTRADICTED.value)
GOLD_LABELS: tuple[str, ...] = (Status.KNOWN.value, *REPORTING)
MIN_CONTAINED = 6
MIN_DICE = 0.8
_WORD = re.compile(r"\w+")

Tokens = tuple[str, ...]


def words(text: str) -> Tokens:
    """Normalised tokens: NFKC, case-folded, punctuation and quotes dropped."""
    return tuple(_WORD.findall(unicodedata.normalize("NFKC", text).casefold()))


@dataclass(frozen=True)
class GoldSentence:
    """One labelled sentence of one article."""

    article: str
    sentence: str
    label: str
    alt: tuple[str, ...] = ()
    groups: tuple[str, ...] = ()
    why: str = ""

    @property
    def required(self) -> bool:
        """A reporting sentence no careful analyst could leave out (its alt has no known/irrelevant)."""
        return self.label in REPORTING and not {"known", "irrelevant"} & set(self.alt)

    def accepts(self, status: str) -> bool:
        return status == self.label or status in self.alt

    def reportable(self) -> bool:
        """Some defensible label for it is a reporting status."""
        return self.label in REPORTING or any(a in REPORTING for a in self.alt)


@dataclass(frozen=True)
class ArticleFinding:
    """What scoring needs of a finding: status, sentence, cue, and its sources' articles."""

    status: str
    sentence: str
    cue: str = ""
    articles: tuple[str, ...] = ()  # entry keys of its sources, the first source first
    #: (entry key, sentence) for every sentence its sources say carries it (merged repeats)
    evidence: tuple[tuple[str, str], ...] = ()


def finding_record(finding: Finding) -> ArticleFinding:
    """A stored finding as scoring sees it."""
    keys = tuple(dict.fromkeys(s.entry_key for s in finding.sources if s.entry_key))
    evidence = tuple(
        dict.fromkeys(
            (s.entry_key, text) for s in finding.sources if s.entry_key for text in s.sentences
        )
    )
    return ArticleFinding(str(finding.status), finding.text, finding.cue, keys, evidence)


def load_gold(lines: Iterable[str | BadLine], name: str = "gold") -> list[GoldSentence]:
    """Parse gold JSON Lines; a bad line raises `WatcherError` naming the line."""
    out: list[GoldSentence] = []
    for number, line in enumerate(lines, start=1):
        if isinstance(line, BadLine):
            raise WatcherError(f"{name}: line {number}: {line.reason}")
        if not line.strip():
            continue
        item, problem = parse_item(line)
        if problem:
            raise WatcherError(f"{name}: line {number}: {problem}")
        out.append(_gold_item(item, f"{name}: line {number}"))
    if not out:
        raise WatcherError(f"{name}: no gold sentences")
    return out


def _gold_item(item: Any, where: str) -> GoldSentence:
    if not isinstance(item, dict):
        raise WatcherError(f"{where}: not a JSON object")
    for key in ("article", "sentence", "label"):
        if not isinstance(item.get(key), str) or not item[key].strip():
            raise WatcherError(f'{where}: "{key}" must be a non-empty string')
    if item["label"] not in GOLD_LABELS:
        raise WatcherError(f'{where}: "label" must be one of {", ".join(GOLD_LABELS)}')
    alt = item.get("alt") or []
    group = item.get("dev_group") or []
    groups = [group] if isinstance(group, str) else group
    for key, value in (("alt", alt), ("dev_group", groups)):
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise WatcherError(f'{where}: "{key}" must be a string or a list of strings')
    if item["label"] in REPORTING and not groups:
        raise WatcherError(f'{where}: a {item["label"]} sentence needs a "dev_group"')
    why = item.get("why")
    return GoldSentence(
        article=item["article"],
        sentence=item["sentence"],
        label=item["label"],
        alt=tuple(alt),
        groups=tuple(groups),
        why=why if isinstance(why, str) else "",
    )


def align(finding: Tokens, candidates: Sequence[Tokens]) -> tuple[int, ...]:
    """Indices of the candidate sentences a finding's text stands for, by the corpus's rules."""
    if not finding:
        return ()
    equal = tuple(i for i, c in enumerate(candidates) if c == finding)
    if equal:
        return equal
    contained = []
    for i, cand in enumerate(candidates):
        short, long_ = (cand, finding) if len(cand) <= len(finding) else (finding, cand)
        if len(short) >= MIN_CONTAINED and f" {' '.join(short)} " in f" {' '.join(long_)} ":
            contained.append(i)
    if contained:
        return tuple(contained)
    mine = set(finding)
    best, best_dice = -1, 0.0
    for i, cand in enumerate(candidates):
        theirs = set(cand)
        dice = 2 * len(mine & theirs) / (len(mine) + len(theirs)) if theirs else 0.0
        if dice > best_dice:
            best, best_dice = i, dice
    return (best,) if best_dice >= MIN_DICE else ()


@dataclass(frozen=True)
class Corpus:
    """Every sentence of every article, and the gold for those that matter."""

    sentences: dict[str, tuple[Tokens, ...]]  # article -> its sentences' tokens
    gold: dict[tuple[str, Tokens], GoldSentence]
    groups: dict[str, tuple[GoldSentence, ...]]
    gold_unplaced: tuple[GoldSentence, ...] = ()  # gold sentences the article text lacks


def build_corpus(articles: Mapping[str, Sequence[str]], gold: Sequence[GoldSentence]) -> Corpus:
    """Index the articles' sentences (as the feed gives them) together with the gold."""
    by_article: dict[str, dict[Tokens, None]] = {
        key: dict.fromkeys(words(s) for s in texts) for key, texts in articles.items()
    }
    unplaced = []
    index: dict[tuple[str, Tokens], GoldSentence] = {}
    groups: dict[str, list[GoldSentence]] = {}
    for g in gold:
        toks = words(g.sentence)
        known = by_article.setdefault(g.article, {})
        if toks not in known:
            unplaced.append(g)
            known[toks] = None
        index[(g.article, toks)] = g
        for group in g.groups:
            groups.setdefault(group, []).append(g)
    return Corpus(
        sentences={k: tuple(t for t in v if t) for k, v in by_article.items()},
        gold=index,
        groups={k: tuple(v) for k, v in groups.items()},
        gold_unplaced=tuple(unplaced),
    )


def group_status(members: Sequence[GoldSentence]) -> str:
    """The most common label among a group's required sentences (ties: the most severe)."""
    counts = Counter(g.label for g in members if g.required)
    if not counts:
        return ""
    return max(counts, key=lambda label: (counts[label], SEVERITY[Status(label)]))


@dataclass(frozen=True)
class FindingVerdict:
    """One finding, judged on the sentence(s) of its first source's article it aligns with."""

    finding: ArticleFinding
    outcome: str  # "correct", "wrong-status", "known" or "unlisted"
    lenient: bool
    gold: tuple[GoldSentence, ...]
    groups: tuple[str, ...]


def judge_finding(corpus: Corpus, finding: ArticleFinding) -> FindingVerdict:
    """Align a finding in its first source's article and say whether its status is right."""
    golds = _aligned_gold(corpus, finding, finding.articles[:1])
    groups = tuple(dict.fromkeys(group for g in golds for group in g.groups))
    lenient = any(g.reportable() for g in golds)
    if any(g.accepts(finding.status) for g in golds):
        outcome = "correct"
    elif lenient:
        outcome = "wrong-status"
    elif golds:
        outcome = "known"
    else:
        outcome = "unlisted"
    return FindingVerdict(finding, outcome, lenient, golds, groups)


def _aligned_gold(
    corpus: Corpus, finding: ArticleFinding, articles: Sequence[str]
) -> tuple[GoldSentence, ...]:
    toks = words(finding.sentence)
    out: dict[int, GoldSentence] = {}
    for article in articles:
        candidates = corpus.sentences.get(article, ())
        for i in align(toks, candidates):
            gold = corpus.gold.get((article, candidates[i]))
            if gold is not None:
                out[id(gold)] = gold
    return tuple(out.values())


def _ratio(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


@dataclass(frozen=True)
class ArticleScores:
    """The figures of one run on one corpus, and the items behind the errors."""

    findings: int
    precision: float
    lenient_precision: float
    required_groups: int
    recall: float
    strict_recall: float
    duplicates: int
    on_known: int
    on_unlisted: int
    wrong_status: int
    per_status: dict[str, dict[str, float]]
    verdicts: tuple[FindingVerdict, ...] = ()
    missed: tuple[tuple[str, str, tuple[GoldSentence, ...]], ...] = ()  # (group, status, required)
    wrong_status_only: tuple[tuple[str, str], ...] = ()  # (group, status): found, never strictly
    duplicated: tuple[tuple[str, tuple[ArticleFinding, ...]], ...] = ()
    gold_unplaced: tuple[GoldSentence, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)
    #: 95% Wilson intervals of `precision` and `recall`: a corpus of a dozen articles gives a
    #: few dozen findings, and their figures are read with their spread.
    precision_range: tuple[float, float] = (0.0, 0.0)
    recall_range: tuple[float, float] = (0.0, 0.0)
    #: Required developments that a finding's own sentence (the one a digest quotes) tells, with
    #: any reporting status and with the group's: one merged into a finding that leads with
    #: another development is recalled above but seen only among that finding's sources.
    quoted: int = 0
    quoted_exact: int = 0

    @property
    def quoted_recall(self) -> float:
        return _ratio(self.quoted, self.required_groups)

    @property
    def quoted_strict_recall(self) -> float:
        return _ratio(self.quoted_exact, self.required_groups)

    @property
    def duplicate_rate(self) -> float:
        """Duplicates as a share of the required developments."""
        return _ratio(self.duplicates, self.required_groups)

    def to_json(self) -> dict[str, Any]:
        return {
            "findings": self.findings,
            "precision": self.precision,
            "precision_interval": list(self.precision_range),
            "lenient_precision": self.lenient_precision,
            "required_developments": self.required_groups,
            "recall": self.recall,
            "recall_interval": list(self.recall_range),
            "strict_recall": self.strict_recall,
            "quoted_recall": self.quoted_recall,
            "quoted_strict_recall": self.quoted_strict_recall,
            "duplicates": self.duplicates,
            "duplicate_rate": self.duplicate_rate,
            "on_known": self.on_known,
            "on_unlisted": self.on_unlisted,
            "wrong_status": self.wrong_status,
            "per_status": self.per_status,
            "gold_unplaced": len(self.gold_unplaced),
            **self.extra,
        }

    def errors_json(self) -> dict[str, Any]:
        """The misses, false findings and duplicated developments, for `--errors`."""
        return {
            "missed": [
                {
                    "dev_group": group,
                    "status": status,
                    "sentences": [{"article": g.article, "sentence": g.sentence} for g in golds],
                }
                for group, status, golds in self.missed
            ],
            "wrong_status_only": [{"dev_group": g, "status": s} for g, s in self.wrong_status_only],
            "false_findings": [
                {
                    "outcome": v.outcome,
                    "status": v.finding.status,
                    "cue": v.finding.cue,
                    "sentence": v.finding.sentence,
                    "article": v.finding.articles[0] if v.finding.articles else "",
                    "gold": [g.label for g in v.gold],
                }
                for v in self.verdicts
                if v.outcome != "correct"
            ],
            "duplicated": [
                {
                    "dev_group": group,
                    "findings": [{"status": f.status, "sentence": f.sentence} for f in found],
                }
                for group, found in self.duplicated
            ],
        }


def _status_row(
    mine: Sequence[FindingVerdict], developments: int, found: int, exact: int
) -> dict[str, float]:
    """One status's figures: its findings' precision, and the share of its required
    developments found with any status (`found`) and with its own (`exact`)."""
    return {
        "findings": len(mine),
        "precision": _ratio(sum(v.outcome == "correct" for v in mine), len(mine)),
        "lenient_precision": _ratio(sum(v.lenient for v in mine), len(mine)),
        "developments": developments,
        "recall": _ratio(found, developments),
        "strict_recall": _ratio(exact, developments),
    }


def joined_scores(runs: Sequence[ArticleScores]) -> ArticleScores:
    """Several corpora's figures as one: a dozen articles give a few dozen findings, too few to
    tell a change from noise, and the figures pooled over every set say more (each with its
    Wilson interval over the pooled counts). Exact counts come from the runs' items, not from
    their rounded ratios."""
    findings = sum(r.findings for r in runs)
    correct = sum(v.outcome == "correct" for r in runs for v in r.verdicts)
    lenient = sum(v.lenient for r in runs for v in r.verdicts)
    required = sum(r.required_groups for r in runs)
    recalled = required - sum(len(r.missed) for r in runs)
    strict = recalled - sum(len(r.wrong_status_only) for r in runs)
    per_status: dict[str, dict[str, float]] = {}
    for status in REPORTING:
        mine = [v for r in runs for v in r.verdicts if v.finding.status == status]
        groups = sum(int(r.per_status[status]["developments"]) for r in runs)
        found = groups - sum(s == status for r in runs for _, s, _ in r.missed)
        exact = found - sum(s == status for r in runs for _, s in r.wrong_status_only)
        per_status[status] = _status_row(mine, groups, found, exact)
    return ArticleScores(
        findings=findings,
        precision=_ratio(correct, findings),
        lenient_precision=_ratio(lenient, findings),
        required_groups=required,
        recall=_ratio(recalled, required),
        strict_recall=_ratio(strict, required),
        duplicates=sum(r.duplicates for r in runs),
        on_known=sum(r.on_known for r in runs),
        on_unlisted=sum(r.on_unlisted for r in runs),
        wrong_status=sum(r.wrong_status for r in runs),
        per_status=per_status,
        verdicts=tuple(v for r in runs for v in r.verdicts),
        missed=tuple(m for r in runs for m in r.missed),
        wrong_status_only=tuple(w for r in runs for w in r.wrong_status_only),
        duplicated=tuple(d for r in runs for d in r.duplicated),
        gold_unplaced=tuple(g for r in runs for g in r.gold_unplaced),
        extra={"entries": sum(int(r.extra.get("entries", 0)) for r in runs), "corpora": len(runs)},
        precision_range=wilson_interval(correct, findings),
        recall_range=wilson_interval(recalled, required),
        quoted=sum(r.quoted for r in runs),
        quoted_exact=sum(r.quoted_exact for r in runs),
    )


def score_articles(corpus: Corpus, findings: Sequence[ArticleFinding]) -> ArticleScores:
    """Finding precision, development recall, duplicates and per-status figures of one run."""
    verdicts = tuple(judge_finding(corpus, f) for f in findings)
    statuses = {group: group_status(members) for group, members in corpus.groups.items()}
    required = {group: status for group, status in statuses.items() if status}
    credited: dict[str, set[str]] = {}  # group -> statuses of the findings that recall it
    quoted: dict[str, set[str]] = {}  # the same, by the findings' own sentences only
    for f in findings:
        golds = list(_aligned_gold(corpus, f, f.articles))
        for g in golds:
            for group in g.groups:
                quoted.setdefault(group, set()).add(f.status)
        # A repeat merged into the finding (a source's other sentences) recalls its group too.
        for article, sentence in f.evidence:
            golds += _aligned_gold(corpus, replace(f, sentence=sentence), (article,))
        for g in golds:
            for group in g.groups:
                credited.setdefault(group, set()).add(f.status)
    per_group: dict[str, list[ArticleFinding]] = {}
    for v in verdicts:
        for group in v.groups:
            per_group.setdefault(group, []).append(v.finding)
    outcomes = Counter(v.outcome for v in verdicts)
    recalled = [g for g in required if g in credited]
    strict = [g for g, s in required.items() if s in credited.get(g, set())]
    per_status: dict[str, dict[str, float]] = {}
    for status in REPORTING:
        mine = [v for v in verdicts if v.finding.status == status]
        groups = [g for g, s in required.items() if s == status]
        per_status[status] = _status_row(
            mine,
            len(groups),
            sum(g in credited for g in groups),
            sum(g in strict for g in groups),
        )
    return ArticleScores(
        findings=len(verdicts),
        precision=_ratio(outcomes["correct"], len(verdicts)),
        lenient_precision=_ratio(sum(v.lenient for v in verdicts), len(verdicts)),
        required_groups=len(required),
        recall=_ratio(len(recalled), len(required)),
        strict_recall=_ratio(len(strict), len(required)),
        duplicates=sum(len(found) - 1 for found in per_group.values()),
        on_known=outcomes["known"],
        on_unlisted=outcomes["unlisted"],
        wrong_status=outcomes["wrong-status"],
        per_status=per_status,
        verdicts=verdicts,
        missed=tuple(
            (group, status, tuple(g for g in corpus.groups[group] if g.required))
            for group, status in required.items()
            if group not in credited
        ),
        wrong_status_only=tuple(
            (group, status)
            for group, status in required.items()
            if group in credited and group not in strict
        ),
        duplicated=tuple((g, tuple(found)) for g, found in per_group.items() if len(found) > 1),
        gold_unplaced=corpus.gold_unplaced,
        precision_range=wilson_interval(outcomes["correct"], len(verdicts)),
        recall_range=wilson_interval(len(recalled), len(required)),
        quoted=sum(g in quoted for g in required),
        quoted_exact=sum(s in quoted.get(g, set()) for g, s in required.items()),
    )


@dataclass(frozen=True)
class FeedRun:
    """What one check of a feed gave: each entry's sentences, and the findings."""

    articles: dict[str, list[str]]
    findings: tuple[Finding, ...]


def check_feed(feed: Path, config: Config) -> FeedRun:
    """Run `watcher check --dry-run` on one feed file with a fresh, empty data folder.

    The same code path as `watcher check` (fetch, parse, differ, ledger), with the caller's
    limits and baseline; nothing is stored, so earlier findings never hide a development.
    """
    if not feed.is_file():
        raise WatcherError(f"{feed}: not a file", hint="give the feed file (RSS or Atom)")
    url = feed.resolve().as_uri()
    with tempfile.TemporaryDirectory(prefix="watcher-eval-") as tmp:
        run_config = replace(config, data_dir=Path(tmp), database="", feeds=(FeedConfig(url),))
        report = run_check(run_config, feed_urls=[url], dry_run=True)
    outcome = report.feeds[0] if report.feeds else None
    if outcome is None or outcome.state == "error":
        raise WatcherError(outcome.error if outcome else f"{feed}: the check read nothing")
    return FeedRun(feed_articles(feed.read_bytes(), url), report.findings)


def feed_articles(body: bytes, url: str) -> dict[str, list[str]]:
    """Each entry's sentences (title first), keyed as findings' sources name the entry."""
    articles: dict[str, list[str]] = {}
    for entry in parse_feed(body, url=url).entries:
        articles.setdefault(entry.key, []).extend(sentences(entry.text))
    return articles


def evaluate_feed(run: FeedRun, gold: Sequence[GoldSentence]) -> ArticleScores:
    """Score a feed run against its gold; gold naming none of the feed's entries is an error."""
    if not {g.article for g in gold} & set(run.articles):
        raise WatcherError(
            "the gold names none of the feed's entries (by guid)",
            hint="give the feed and the gold file of the same corpus",
        )
    corpus = build_corpus(run.articles, gold)
    scores = score_articles(corpus, [finding_record(f) for f in run.findings])
    return replace(scores, extra={"entries": len(run.articles)})
