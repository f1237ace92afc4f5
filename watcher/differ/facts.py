"""What the baseline states as facts: office holders, status steps, counts, dates of events.

The differ's `changed` layers compare a sentence with these, so they are derived once from the
claims themselves; nothing here is typed in by hand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from watcher.baseline.amend import AMENDMENT_PREFIX
from watcher.models import Claim
from watcher.text import attributes, lexicon
from watcher.text.lazy import LazyPattern
from watcher.text.lexicon import MEMBERSHIP_TERMS
from watcher.text.numbers import date_spans
from watcher.text.quantities import quantities
from watcher.text.segment import clean


@dataclass
class Facts:
    """What the baseline states about office holders, status steps and counts."""

    roles: dict[tuple[str, str], dict[str, str]] = field(default_factory=dict)
    holders: dict[str, str] = field(default_factory=dict)  # surname -> claim id
    # entity -> (rank, step, ids of the claims that state it)
    steps: dict[str, tuple[int, str, list[str]]] = field(default_factory=dict)
    # facet -> value -> ids of the claims that state it
    counts: dict[str, dict[float, list[str]]] = field(default_factory=dict)
    # entity -> the government its pending step waits on ("sweden" -> "turkey")
    awaits: dict[str, str] = field(default_factory=dict)

    def home_of(self, person: str) -> str:
        """The country (or "nato") whose office a holder holds, '' for anyone else."""
        return next((c for (c, _), people in self.roles.items() if person in people), "")


def narrative(low: str) -> str:
    """A sentence without its quotations: what speakers say is not a status the text states."""
    if low.count('"') % 2:
        return ""  # a sentence from inside a quotation that spans several sentences
    return re.sub(r'"[^"]*"', " ", low)


def baseline_facts(claims: tuple[Claim, ...]) -> Facts:
    """Office holders, status steps and counts the claims state, with the claims that state them."""
    facts = Facts()
    aspirants: dict[str, list[str]] = {}
    amended_roles: dict[tuple[str, str], tuple[str, str]] = {}
    amended_counts: dict[str, tuple[float, str]] = {}
    for claim in claims:
        low = clean(claim.text).lower()
        actors = claim.attributes.actors
        hypothetical = claim.attributes.modality == "hypothetical" or bool(
            re.search(r"\b(?:should|would|hopes?|wants?|expects?|urg\w+|call\w* on)\b", low)
        )
        for role in attributes.roles(clean(claim.text), actors):
            if not role.country:
                continue
            if claim.id.startswith(AMENDMENT_PREFIX):
                # An accepted change: the new holder replaces the seeds' for that office, so
                # the old name in office is news again ("changed" against the amendment).
                amended_roles[(role.country, role.role)] = (role.person, claim.id)
                continue
            facts.roles.setdefault((role.country, role.role), {}).setdefault(role.person, claim.id)
            facts.holders.setdefault(role.person, claim.id)
        for item in attributes.scale_steps(narrative(low), actors):
            entity, step = item.split(":")
            if hypothetical and step != "pending":
                continue
            rank = attributes.STEP_RANK[step]
            if entity not in facts.steps or rank > facts.steps[entity][0]:
                facts.steps[entity] = (rank, step, [claim.id])
            elif rank == facts.steps[entity][0] and claim.id not in facts.steps[entity][2]:
                facts.steps[entity][2].append(claim.id)
        if not hypothetical:
            for entity, party in attributes.awaited(narrative(low), actors).items():
                facts.awaits.setdefault(entity, party)
        for entity in actors:
            if claim.attributes.modality == "hypothetical":
                break  # a wish or proposal states no status, not even the aspirant's
            if entity in attributes.SCALE_ENTITIES and MEMBERSHIP_TERMS.search(low):
                aspirants.setdefault(entity, []).append(claim.id)
        for q in quantities(claim.text):
            if q.facet.startswith("unit:"):
                continue
            if claim.id.startswith(AMENDMENT_PREFIX):
                amended_counts[q.facet] = (q.value, claim.id)  # the accepted count replaces
                continue
            ids = facts.counts.setdefault(q.facet, {}).setdefault(q.value, [])
            if claim.id not in ids:
                ids.append(claim.id)
    # "Stoltenberg's chief of staff": an office named after a holder is of that holder's country.
    for country, title in list(facts.roles):
        home = facts.home_of(country)
        if home and (home, title) not in facts.roles:
            facts.roles[(home, title)] = facts.roles.pop((country, title))
    for facet, (value, claim_id) in amended_counts.items():
        facts.counts[facet] = {value: [claim_id]}
    for office, (person, claim_id) in amended_roles.items():
        facts.roles[office] = {person: claim_id}
        facts.holders[person] = claim_id
    # A country the baseline discusses joining, with no step stated, is an aspirant.
    for entity, ids in aspirants.items():
        facts.steps.setdefault(entity, (0, "aspirant", ids))
    return facts


_REPORTING_FRAME = LazyPattern(
    rf"\b(?:{lexicon.REPORTING_VERBS})\b(?:\s+[\w'’-]+){{0,3}}\s*(?:on|in|at|by)?\s*(?:early|mid|late|the end of)?[\s-]*$",
    re.I,
)


def event_dates(text: str) -> set[str]:
    """Day- or month-precise dates of what happened, not of when someone said something."""
    plain = clean(text)
    return {
        iso
        for iso, start, _ in date_spans(plain)
        if not iso.startswith("-")
        and not _REPORTING_FRAME.search(plain[max(0, start - 40) : start])
    }
