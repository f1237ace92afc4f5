"""Term folding for retrieval: inflections of one word meet, different words stay apart.

Every case here was written for the rule it exercises; none is taken from the eval sets.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from watcher.baseline.build import load_baseline
from watcher.differ.core import Differ
from watcher.text.similarity import Index, terms

ROOT = Path(__file__).resolve().parents[1]

# (two words that must fold to one term)
SAME_TERM = [
    ("agree", "agreed"),
    ("decide", "decided"),
    ("close", "closed"),
    ("guarantees", "guaranteed"),
    ("join", "joined"),  # a concept: every form of joining is "member"
    ("ratify", "ratified"),
]
# (two words that must stay apart)
OTHER_TERMS = [
    ("agree", "agrarian"),
    ("close", "closet"),
    ("invite", "invoice"),
]


@pytest.mark.parametrize(("a", "b"), SAME_TERM)
def test_inflections_fold_to_one_term(a: str, b: str) -> None:
    assert terms(a) == terms(b) != []


@pytest.mark.parametrize(("a", "b"), OTHER_TERMS)
def test_other_words_stay_apart(a: str, b: str) -> None:
    assert terms(a) != terms(b)


def test_a_restatement_with_other_inflections_is_retrieved() -> None:
    index = Index()
    index.extend(
        [
            "The allies agreed to decide on the invitation when conditions are met.",
            "Spending on defence rose across Europe.",
        ]
    )
    best = index.search("Allies agree they will decide on an invitation once conditions are met")
    assert best[0][0] == 0
    assert best[0][1] > 0.6


@pytest.mark.parametrize("verb", ["said", "suggested", "proposed", "proposes", "announced"])
def test_a_verb_of_saying_is_no_content(verb: str) -> None:
    assert terms(verb) == []


# A claim the baseline holds only on a condition or as a possibility, told as done, is the
# condition met: never a restatement of that claim. Told with the condition kept, it is one.
# (sentence, may it be `known` by restating a conditional claim)
CONDITION_MET = [
    ("Allies agreed to invite Ukraine to join the alliance at next year's summit.", False),
    ("NATO members decided to invite Ukraine to join the alliance.", False),
    (
        "Allies may invite Ukraine to join the alliance once allies agree and conditions are met.",
        True,
    ),
    (
        "NATO says it will be in a position to invite Ukraine to join when allies agree and "
        "conditions are met.",
        True,
    ),
]


@pytest.fixture(scope="module")
def differ() -> Differ:
    return Differ(load_baseline(ROOT / "baselines" / "claims.json"))


@pytest.mark.parametrize(("sentence", "restates"), CONDITION_MET)
def test_a_condition_met_is_not_the_conditional_claim_restated(
    differ: Differ, sentence: str, restates: bool
) -> None:
    judgement = differ.judge_text(sentence)
    restating = judgement.status == "known" and "restates baseline claim" in judgement.top.cue
    assert restating == restates, (judgement.status, judgement.top.cue)
    if not restates:
        assert judgement.status in ("new", "changed")


def test_the_claim_these_cases_lean_on_is_conditional(differ: Differ) -> None:
    conditional = [
        c for c in differ.claims if "invitation" in c.text and "conditions are met" in c.text
    ]
    assert conditional
    assert {c.attributes.modality for c in conditional} == {"conditional"}
