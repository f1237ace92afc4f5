"""Term folding for retrieval: inflections of one word meet, different words stay apart.

Every case here was written for the rule it exercises; none is taken from the eval sets.
"""

from __future__ import annotations

import pytest

from watcher.text.attributes import events_of
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


# A summit told by its host country and year, or by its occasion, is that summit.
@pytest.mark.parametrize(
    ("sentence", "event"),
    [
        ("Leaders meeting at the 2008 summit in Romania promised Kyiv a seat.", "bucharest-2008"),
        ("The gathering in Lithuania set up a new council with Kyiv.", "vilnius-2023"),
        ("At the 75th-anniversary summit allies called the path irreversible.", "washington-2024"),
        ("The Romanian capital hosted the allies in April 2008.", "bucharest-2008"),
    ],
)
def test_a_summit_told_by_its_host_is_that_summit(sentence: str, event: str) -> None:
    assert event in events_of(sentence.lower())


def test_a_country_named_without_a_summit_is_no_summit() -> None:
    assert events_of("troops in lithuania and romania held drills in 2008.") == ()
