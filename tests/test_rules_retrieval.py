"""Term folding for retrieval: inflections of one word meet, different words stay apart.

Every case here was written for the rule it exercises; none is taken from the eval sets.
"""

from __future__ import annotations

from collections import Counter

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
    ("sign", "signed"),  # a headline's present tense is the report's past
    ("signs", "signing"),
]
# (two words that must stay apart)
OTHER_TERMS = [
    ("agree", "agrarian"),
    ("close", "closet"),
    ("invite", "invoice"),
    ("sign", "signal"),
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


def test_the_best_documents_come_first_the_earlier_one_on_a_tie() -> None:
    pair = [{"nato": 1, "talk": 1}, {"nato": 0.6, "talk": 0.8}]
    docs = [pair, [{"swede": 1}, {"swede": 1.0}], pair, [{"nato": 1}, {"nato": 1.0}]]
    index = Index.from_state({"max_postings": 5_000, "fitted": 4, "docs": docs})
    query = Counter({"nato": 1, "talk": 1})
    best = index.search_terms(query, k=2)
    assert [pos for pos, _ in best] == [0, 2]
    assert best[0][1] == best[1][1] > 0
    found = index.search_terms(query, k=5)
    assert [pos for pos, _ in found] == [0, 2, 3]  # a document sharing no term is never found
    assert found[2][1] < found[1][1]
    assert index.search_terms(Counter({"weather": 1}), k=3) == []
