"""Allies lacking agreement: where they stand now is news, not the baseline told again.

The seeds report the allies without consensus before Vilnius; a report of them divided at some
other time ("still no consensus at this stage") tells where they stand now, so likeness to the
seeds' report does not make it `known`. It does when it names an occasion the baseline reports
the same for, retells the words of the claim's own speaker, or is the claim in its own words.
Every case here was written for the rule; none is taken from the eval sets.
"""

from __future__ import annotations

import pytest

from tests.conftest import ROOT
from watcher.baseline.build import load_baseline
from watcher.differ.core import Differ
from watcher.models import Status


@pytest.fixture(scope="module")
def differ() -> Differ:
    return Differ(load_baseline(ROOT / "baselines" / "claims.json"))


# (sentence, status)
CONSENSUS = [
    # Lacking agreement now, at no occasion the baseline reports it for: news.
    ("Diplomats say there is still no consensus among allies on what to offer Ukraine.", "new"),
    (
        "There is no agreement among NATO members on inviting Ukraine at this stage, officials"
        " said.",
        "new",
    ),
    ("The allies remain divided over what to offer Kyiv on membership, diplomats said.", "new"),
    # At the occasion the baseline reports it for: the baseline's.
    (
        "Before the Vilnius summit the allies had not reached a consensus on what to offer Ukraine.",
        "known",
    ),
    # The claim's own speaker retold, or the claim in its own words: the baseline's.
    ("Pabriks said the hedged language was lip service to allies hesitant about Ukraine.", "known"),
    (
        "Allies have not reached a consensus on what to offer Ukraine at the coming summit,"
        " officials said.",
        "known",
    ),
]


@pytest.mark.parametrize(("sentence", "status"), CONSENSUS)
def test_allies_lacking_agreement_now_are_news(differ: Differ, sentence: str, status: str) -> None:
    verdict = differ.judge_sentence(sentence)
    assert verdict.status is Status(status), verdict.cue


def test_the_restatement_model_is_not_asked_where_they_stand_now(differ: Differ) -> None:
    # Its training rows are the sentences it would decide: a report of allies divided now is none.
    now = "Diplomats say there is still no consensus among allies on what to offer Ukraine."
    then = (
        "Before the Vilnius summit the allies had not reached a consensus on what to offer Ukraine."
    )
    assert differ.restatement_features(now) is None
    assert differ.restatement_features(then) is not None
