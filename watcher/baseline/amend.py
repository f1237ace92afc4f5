"""Accepted findings as baseline claims: the seeds stay as they are, amendments come on top.

An amendment is the sentence of a finding the analyst accepted, with its provenance (the
finding, its sources, when and by whom). The differ reads the seed claims and the amendments
together, amendments first: where the baseline names an office holder, the first claim naming
one is taken as the current holder, and an accepted change is the newer knowledge.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from watcher.baseline.build import Baseline, to_json
from watcher.models import Claim, FindingSource, Source
from watcher.text.attributes import extract
from watcher.text.relevance import topic_reason
from watcher.text.segment import clean

#: Seed documents of amendments are named `amendment:<claim id>`.
DOC_PREFIX = "amendment:"


@dataclass(frozen=True)
class Amendment:
    """One accepted finding, as a claim with where it came from."""

    claim_id: str
    text: str
    finding_id: str
    cites: str  # the seed claim the finding was judged against ('' for a new claim)
    sources: tuple[FindingSource, ...]
    accepted_at: datetime
    reviewer: str

    @property
    def label(self) -> str:
        """How a finding judged against it names it: 'accepted 26 Nov 2026 (f-...)'."""
        day = self.accepted_at.strftime("%d %b %Y").lstrip("0")
        return f"accepted {day} ({self.finding_id})"


#: What every amendment's claim id starts with, so it never collides with a seed claim's `c-`.
AMENDMENT_PREFIX = "a-"


def claim_id_for(finding_id: str) -> str:
    """The amendment's stable claim id, from the finding it accepts."""
    return AMENDMENT_PREFIX + finding_id.removeprefix("f-")


def amended(baseline: Baseline, amendments: tuple[Amendment, ...] | list[Amendment]) -> Baseline:
    """The baseline with the amendments' claims added before the seed claims."""
    if not amendments:
        return baseline
    claims: list[Claim] = []
    seeds = dict(baseline.seeds)
    topics = dict(baseline.topics)
    for a in amendments:
        doc = DOC_PREFIX + a.claim_id
        attrs = extract(a.text)
        claims.append(Claim(a.claim_id, a.text, (Source(doc, 0, len(a.text)),), attrs))
        seeds[doc] = {"label": a.label, "finding": a.finding_id, "cites": a.cites}
        reason = topic_reason(clean(a.text).lower(), attrs.actors)
        if reason:
            topics[a.claim_id] = reason
    return Baseline((*claims, *baseline.claims), seeds, topics)


def amended_json(
    baseline: Baseline, amendments: tuple[Amendment, ...] | list[Amendment], made_at: datetime
) -> dict[str, Any]:
    """The amended baseline in the claims-file format (so `--baseline FILE` reads it), with each
    amendment's provenance and when the export was made."""
    out = to_json(amended(baseline, amendments))
    out["exported_at"] = made_at.isoformat()
    out["amendments"] = [
        {
            "claim_id": a.claim_id,
            "finding_id": a.finding_id,
            "cites": a.cites,
            "accepted_at": a.accepted_at.isoformat(),
            "reviewer": a.reviewer,
            "sources": [
                {
                    "outlet": s.outlet,
                    "url": s.url,
                    "title": s.title,
                    "published": s.published.isoformat() if s.published else None,
                }
                for s in a.sources
            ],
        }
        for a in amendments
    ]
    return out
