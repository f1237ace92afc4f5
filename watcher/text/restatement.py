"""Does an on-topic sentence with no other signal restate the baseline (`known`) or tell news?

A similarity threshold alone reads a restatement in other words ("Kyiv came away from
Washington once again without being asked to join") as news, because it shares few words with
its claim. The decision is a logistic model over the similarity, whether the sentence names an
event the baseline records, the years it names against the baseline's latest, the share of its
names the baseline never uses, how it is told (as a plan, a condition or a report; as of its
day; as under way) and its terms. The weights are trained by
`benchmarks/train_restatement.py` on the labelled statements whose errors may be read (the
`read` sets of `benchmarks/statements/` and the dev set's `train` split) and shipped in
`watcher/data/restatement.json`; nothing is fetched or trained at run time.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from watcher.text.attributes import modality

#: The format of the weights file; a file of another format is refused.
FORMAT = 1
#: The model reads a sentence as a restatement from this probability up (chosen by five-fold
#: cross-validation on the training statements, with the epochs and the regularisation).
THRESHOLD = 0.4
#: Training: full-batch gradient descent, deterministic, so the shipped weights can be rebuilt.
EPOCHS = 400
RATE = 1.0
#: L2 penalty (per example) on every weight but the bias.
PENALTY = 0.3
#: The similarity at which a sentence used to be read as a restatement; a feature of its own.
SIMILAR = 0.25

_YEAR = re.compile(r"\b(19\d\d|20\d\d)\b")
#: News is told as of its day ("on Friday", "next month", "this week") ...
_NOW = re.compile(
    r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tonight|yesterday|tomorrow"
    r"|(?:this|next|last) (?:week|month|year|spring|summer|autumn|fall|winter))\b"
)
#: ... or as under way ("is negotiating", "are drafting").
_ONGOING = re.compile(r"\b(?:is|are|was|were|been) (?:now |still |already )?\w{3,}ing\b")
_NAME = re.compile(r"\b[A-Z][a-zA-Z'’-]+")
_WORD = re.compile(r"[a-z][\w'’-]*")


def _probability(weights: Mapping[str, float], found: Mapping[str, float]) -> float:
    z = sum(weights.get(k, 0.0) * v for k, v in found.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


class ModelError(ValueError):
    """The weights file is missing, malformed or of another format."""


def vocabulary(texts: Iterable[str]) -> frozenset[str]:
    """The lower-cased words of the baseline's claims: a name outside them is one it never uses."""
    return frozenset(w for text in texts for w in _WORD.findall(text.lower()))


def features(
    text: str,
    terms: Iterable[str],
    score: float,
    named_event: bool,
    latest_year: int,
    known_words: frozenset[str],
    claim_terms: frozenset[str] = frozenset(),
) -> dict[str, float]:
    """The sentence's features: `terms` its similarity terms, `score` its similarity to the
    closest claim, `named_event` whether it names an event the baseline records, `latest_year`
    the year of the baseline's latest date (0 when it has none)."""
    found: dict[str, float] = {
        "bias": 1.0,
        "score": 4.0 * score,
        "similar": float(score >= SIMILAR),
        "event": float(named_event),
    }
    low = text.lower()
    found["mode:" + modality(low)] = 1.0
    if _NOW.search(low):
        found["now"] = 1.0
    if _ONGOING.search(low):
        found["ongoing"] = 1.0
    if latest_year:
        for year in map(int, _YEAR.findall(text)):
            delta = year - latest_year
            found["year:" + ("earlier" if delta < -1 else "after" if delta > 0 else str(delta))] = (
                1.0
            )
    # The first word is capitalised whatever it is.
    names = _NAME.findall(text)[1:]
    if names:
        unused = sum(1 for n in names if n.lower().removesuffix("'s") not in known_words)
        found["unused names"] = min(unused, 3) / 3
    # A term the closest claim holds too retells it; one it lacks is what the sentence adds.
    for term in set(terms):
        found[("s:" if term in claim_terms else "t:") + term] = 1.0
    return found


@dataclass(frozen=True)
class Model:
    """Logistic weights and the probability from which a sentence restates the baseline."""

    weights: Mapping[str, float]
    threshold: float = THRESHOLD

    def probability(self, found: Mapping[str, float]) -> float:
        return _probability(self.weights, found)

    def restates(self, found: Mapping[str, float]) -> bool:
        return self.probability(found) >= self.threshold

    def state(self, trained_on: Mapping[str, Any]) -> dict[str, Any]:
        """The weights file's content; `trained_on` says from what."""
        return {
            "format": FORMAT,
            "threshold": self.threshold,
            "trained_on": dict(trained_on),
            "weights": {k: round(v, 5) for k, v in sorted(self.weights.items()) if abs(v) >= 1e-5},
        }

    @classmethod
    def from_state(cls, state: Any) -> Model:
        if not isinstance(state, dict) or state.get("format") != FORMAT:
            raise ModelError(f"restatement weights: not format {FORMAT}")
        weights, threshold = state.get("weights"), state.get("threshold")
        if (
            not isinstance(weights, dict)
            or not all(
                isinstance(k, str) and isinstance(v, float | int) for k, v in weights.items()
            )
            or not isinstance(threshold, float)
            or not 0.0 < threshold < 1.0
        ):
            raise ModelError("restatement weights: malformed weights or threshold")
        return cls({k: float(v) for k, v in weights.items()}, threshold)


#: The similarity threshold alone as a model: a restatement at or above SIMILAR. The training
#: rows are collected with it deciding, so they do not depend on the weights being trained.
SIMILARITY_ALONE = Model({"similar": 60.0, "bias": -30.0}, 0.5)


def train(
    rows: Sequence[tuple[Mapping[str, float], bool]],
    epochs: int = EPOCHS,
    rate: float = RATE,
    penalty: float = PENALTY,
) -> Model:
    """Logistic regression by full-batch gradient descent; `rows`: features and whether the
    sentence restates the baseline."""
    weights: dict[str, float] = {}
    n = len(rows) or 1
    for _ in range(epochs):
        grad: dict[str, float] = {}
        for found, restates in rows:
            err = _probability(weights, found) - float(restates)
            for k, v in found.items():
                grad[k] = grad.get(k, 0.0) + err * v
        for k in grad.keys() | weights.keys():
            shrink = 0.0 if k == "bias" else penalty * weights.get(k, 0.0) / n
            weights[k] = weights.get(k, 0.0) - rate * (grad.get(k, 0.0) / n + shrink)
    return Model(weights)


@lru_cache(maxsize=1)
def shipped() -> Model:
    """The model shipped with Watcher."""
    path = resources.files("watcher") / "data" / "restatement.json"
    try:
        return Model.from_state(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError) as exc:
        raise ModelError(f"restatement weights {path}: {exc}") from None
