"""Term folding for retrieval: inflections of one word meet, different words stay apart.

Every case here was written for the rule it exercises; none is taken from the eval sets.
"""

from __future__ import annotations

import pytest

from watcher.text.similarity import Index, terms

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
