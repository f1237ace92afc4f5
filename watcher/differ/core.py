"""The differ: one sentence against the baseline (and the ledger) -> status, cue, evidence.

Layers, each explainable in a report: relevance; office holders, status steps and counts
against the facts the baseline states; negation of the membership prospect; then retrieval
for `known` versus `new`. The first layer that decides writes the cue.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass

from watcher.baseline.build import Baseline
from watcher.differ.evidence import word_diff
from watcher.differ.facts import baseline_facts, event_dates
from watcher.differ.negation import asserted_timeline, negated_prospect, neutrality
from watcher.models import REPORTED, Claim, Judgement, Status, TextJudgement, most_severe
from watcher.text import attributes
from watcher.text.lexicon import MEMBERSHIP_TERMS
from watcher.text.quantities import quantities
from watcher.text.relevance import topic_reason
from watcher.text.segment import clean, normalise, sentences
from watcher.text.similarity import Index, terms

#: A sentence at least this similar to a baseline claim restates it (`known`).
KNOWN_THRESHOLD = 0.25
#: Shared named events make a restatement likelier; added to the similarity.
EVENT_BONUS = 0.08
#: A sentence this similar to a claim, with another day or month, changes the claim's date.
DATE_THRESHOLD = 0.5
#: A reported finding is restated when a new sentence is at least this similar to it.
LEDGER_THRESHOLD = 0.55
#: Texts longer than this are refused rather than split forever.
MAX_TEXT = 200_000

_PROMISE = re.compile(
    r"future (?:is )?in nato|irreversible|will become members?|would (?:eventually )?become (?:a )?members?"
    r"|eventual membership|extend an invitation"
)


OFF_TOPIC = "off topic: not about the membership path or its guarantees"
_GATE = (
    r"nato|north atlantic|allian|allie|\bally|ukrain|kyiv|kiev|zelensk|guarant|security|article"
    r"|memorandum|coalition|reassurance|deterr|collective|mutual|peacekeep|multinational"
    r"|bucharest|2008|vilnius|washington|1994|\bg-?7|group of seven|council|\bmap\b|sweden"
    r"|swedish|finland|finnish|stockholm|helsinki|victory plan|non-?aligned|neutral"
)


def finding_id_for(sentence: str) -> str:
    """A new finding's stable id, from its normalised sentence."""
    return "f-" + hashlib.sha1(normalise(sentence).encode("utf-8")).hexdigest()[:12]


@dataclass(frozen=True)
class _Decision:
    status: Status
    cue: str
    score: float
    claim: Claim | None


def _fmt(value: float) -> str:
    return str(int(value)) if value == int(value) else str(value)


class Differ:
    """Judges sentences against one baseline and a growing ledger of reported findings."""

    def __init__(self, baseline: Baseline) -> None:
        self.baseline = baseline
        self.claims = baseline.claims
        self.by_id = {c.id: c for c in baseline.claims}
        self.index = Index()
        self._owner: list[int] = []
        for i, claim in enumerate(self.claims):
            for text in (claim.text, *claim.variants):
                self.index.add(text)
                self._owner.append(i)
        self.facts = baseline_facts(self.claims)
        # What the changed layers read from the closest claim, parsed once, not per sentence.
        self._claim_quantities = {c.id: quantities(c.text) for c in self.claims}
        self._claim_dates = {c.id: event_dates(c.text) for c in self.claims}
        # Every later layer needs one of these words (or a baseline office holder's name):
        # a sentence with none is off topic after a single search.
        names = "|".join(re.escape(n) for n in sorted(self.facts.holders))
        self._gate = re.compile(rf"{_GATE}|\b(?:{names})\b" if names else _GATE)
        self._promises = [c for c in self.claims if _PROMISE.search(clean(c.text).lower())]
        self.ledger = Index()
        self._ledger_ids: list[tuple[str, Status]] = []
        self._ledger_known: set[str] = set()

    # --- ledger ---------------------------------------------------------------------------
    def remember(self, finding_id: str, text: str, status: Status | str) -> None:
        """Add a reported finding, so later restatements of it are `known`, not news again."""
        if finding_id in self._ledger_known:
            return
        self._ledger_known.add(finding_id)
        self.ledger.add(text)
        self._ledger_ids.append((finding_id, Status(status)))

    def _ledger_match(self, counts: Counter[str], status: Status) -> tuple[str, float] | None:
        if not self._ledger_ids:
            return None
        for pos, score in self.ledger.search_terms(counts, k=3):
            fid, fstatus = self._ledger_ids[pos]
            if fstatus == status and score >= LEDGER_THRESHOLD:
                return fid, score
        return None

    # --- layers ---------------------------------------------------------------------------
    def _office_holders(self, text: str, actors: tuple[str, ...]) -> _Decision | None:
        for role in attributes.roles(text, actors):
            holders = self.facts.roles.get((role.country, role.role))
            if holders and role.person not in holders:
                old = next(iter(holders))
                claim = self.by_id[holders[old]]
                label = (
                    f"{role.country} {role.role}" if role.country != "nato" else f"NATO {role.role}"
                )
                return _Decision(
                    Status.CHANGED,
                    f"office holder: {label} {old.title()} -> {role.person.title()}",
                    0.9,
                    claim,
                )
        for person in attributes.successions(text):
            if person in self.facts.holders:
                claim = self.by_id[self.facts.holders[person]]
                return _Decision(
                    Status.CHANGED, f"office holder: {person.title()} succeeded", 0.85, claim
                )
        return None

    def _closest(self, text: str, ids: list[str]) -> Claim:
        """Of the claims that state a fact, the one most like the sentence (the best evidence)."""
        return max(
            (self.by_id[i] for i in ids),
            key=lambda c: (self.index.cosine(text, c.text), -ids.index(c.id)),
        )

    def _status_steps(self, low: str, steps: list[str]) -> _Decision | None:
        for item in steps:
            entity, step = item.split(":")
            known = self.facts.steps.get(entity)
            if known and attributes.STEP_RANK[step] > known[0]:
                claim = self._closest(low, known[2])
                return _Decision(
                    Status.CHANGED, f"status: {entity.title()} {known[1]} -> {step}", 0.9, claim
                )
        return None

    def _dates(self, text: str, top: Claim | None, top_score: float) -> _Decision | None:
        """The same claim with another day or month ("12 February" for the seeds' "12 January")."""
        if top is None or top_score < DATE_THRESHOLD:
            return None
        new = event_dates(text)
        old = self._claim_dates[top.id]
        for precision in (10, 7):  # YYYY-MM-DD, then YYYY-MM
            a = {d for d in old if len(d) == precision}
            b = {d for d in new if len(d) == precision}
            if a and b and not (a & b):
                return _Decision(Status.CHANGED, f"date: {min(a)} -> {min(b)}", 0.8, top)
        return None

    def _same_step(self, low: str, steps: list[str]) -> _Decision | None:
        """A status step the baseline states too ("Stockholm still waited for Ankara") corroborates it."""
        for item in steps:
            entity, step = item.split(":")
            known = self.facts.steps.get(entity)
            if known and known[1] == step:
                claim = self._closest(low, known[2])
                return _Decision(
                    Status.KNOWN, f"status: {entity.title()} {step}, as in the baseline", 0.8, claim
                )
        return None

    def _counts(self, text: str, top: Claim | None, top_score: float) -> _Decision | None:
        for q in quantities(text):
            claim: Claim | None
            if q.facet.startswith("unit:"):
                if top is None or top_score < KNOWN_THRESHOLD:
                    continue
                old = [x.value for x in self._claim_quantities[top.id] if x.facet == q.facet]
                claim = top
            else:
                stated = self.facts.counts.get(q.facet, {})
                old = list(stated)
                claim = self._closest(text, [i for v in old for i in stated[v]]) if old else None
            if old and claim and q.value not in old:
                facet = q.facet.removeprefix("unit:")
                return _Decision(
                    Status.CHANGED,
                    f"number ({facet}): {_fmt(old[0])} -> {_fmt(q.value)}",
                    0.85,
                    claim,
                )
        return None

    def _names_baseline_person(self, text: str) -> bool:
        """Does the sentence name someone who holds an office in the baseline?"""
        words = re.findall(r"[A-Z][\w'’-]+", text)
        return any(attributes.surname(w) in self.facts.holders for w in words)

    def _retrieve(
        self, counts: Counter[str], events: tuple[str, ...]
    ) -> tuple[Claim | None, float]:
        best: Claim | None = None
        best_score = 0.0
        for pos, score in self.index.search_terms(counts, k=8):
            claim = self.claims[self._owner[pos]]
            if set(events) & set(claim.attributes.events):
                score += EVENT_BONUS
            if score > best_score:
                best, best_score = claim, score
        return best, best_score

    def _promise_for(self, text: str) -> Claim | None:
        if not self._promises:
            return None
        return max(self._promises, key=lambda c: (self.index.cosine(text, c.text), c.id))

    # --- verdicts -------------------------------------------------------------------------
    def judge_sentence(self, sentence: str) -> Judgement:
        """Status, cue and evidence for one sentence."""
        shown = " ".join(sentence.split())  # as written: quotes and dashes kept for the reader
        text = clean(shown)
        low = text.lower()
        if not self._gate.search(low):
            return Judgement(Status.IRRELEVANT, shown, OFF_TOPIC, 0.0)
        actors = attributes.actors_of(low)
        reason = topic_reason(low, actors)
        if not reason and MEMBERSHIP_TERMS.search(low) and self._names_baseline_person(text):
            reason = "membership: a person the baseline quotes"
        connected = (
            bool(reason)
            or "ukraine" in actors
            or "nato" in actors
            or any(p in self.facts.holders for p in attributes.successions(text))
        )
        decision: _Decision | None = None
        if connected:
            decision = self._office_holders(text, actors)
        if decision is None and not reason:
            return Judgement(
                Status.IRRELEVANT,
                shown,
                OFF_TOPIC,
                0.0,
            )

        events = attributes.events_of(low)
        counts = Counter(terms(text))
        top, top_score = self._retrieve(counts, events)
        negated = (
            negated_prospect(low, actors)
            or neutrality(low, actors)
            or asserted_timeline(low, actors)
        )
        if negated:
            promise = self._promise_for(text)
            anchor = _PROMISE.search(clean(promise.text).lower()) if promise else None
            quote = anchor.group(0) if anchor else "membership path"
            contradiction = _Decision(
                Status.CONTRADICTED, f'negation: "{negated}" vs "{quote}"', 0.9, promise
            )
            decision = contradiction
        if decision is None:
            steps = attributes.scale_steps(low, actors)
            decision = (
                self._status_steps(low, steps)
                or self._counts(text, top, top_score)
                or self._dates(text, top, top_score)
                or self._same_step(low, steps)
            )
        if decision is None:
            if top is not None and top_score >= KNOWN_THRESHOLD:
                decision = _Decision(
                    Status.KNOWN,
                    f"restates baseline claim {top.id} (similarity {top_score:.2f})",
                    top_score,
                    top,
                )
            else:
                near = f"; nearest baseline claim similarity {top_score:.2f}" if top else ""
                decision = _Decision(
                    Status.NEW, f"on topic ({reason}), not in the baseline{near}", top_score, None
                )

        if decision.status in REPORTED:
            match = self._ledger_match(counts, decision.status)
            if match:
                fid, score = match
                return Judgement(
                    Status.KNOWN,
                    shown,
                    f"restates finding {fid}, already reported as {decision.status}",
                    score,
                    finding_id=fid,
                )
        claim = decision.claim
        if claim is None:
            return Judgement(decision.status, shown, decision.cue, round(decision.score, 3))
        return Judgement(
            status=decision.status,
            sentence=shown,
            cue=decision.cue,
            score=round(decision.score, 3),
            baseline_ids=(claim.id,),
            baseline_text=claim.text,
            baseline_sources=claim.sources,
            diff=word_diff(claim.text, shown)
            if decision.status in (Status.CHANGED, Status.CONTRADICTED)
            else (),
            baseline_source=self.baseline.source_label(claim.id),
        )

    def judge_text(self, text: str) -> TextJudgement:
        """A text takes the most severe status among its sentences."""
        if len(text) > MAX_TEXT:
            raise ValueError(f"text is {len(text)} characters; the limit is {MAX_TEXT}")
        verdicts = tuple(self.judge_sentence(s) for s in sentences(text) if s.strip())
        if not verdicts:
            empty = Judgement(Status.IRRELEVANT, "", "empty text", 0.0)
            return TextJudgement(Status.IRRELEVANT, empty, ())
        status = most_severe(v.status for v in verdicts)
        top = next(v for v in verdicts if v.status == status)
        return TextJudgement(status, top, verdicts)
