"""The restatement model: a sentence with no other signal restates the baseline or tells news.

Every sentence here was written for this model; none is taken from the eval sets.
"""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pytest

from tests.conftest import ROOT, shared_path
from watcher.baseline.build import load_baseline
from watcher.differ.core import CLOSE, Differ
from watcher.models import Status
from watcher.text import restatement

#: A model that never reads a restatement.
NEVER = restatement.Model({"bias": -30.0}, 0.5)

#: Seed claims told in words of their own, below the similarity threshold: the summit's place
#: told by its country, the G7 told by what it is, the pacts told by when they end.
RESTATED = [
    "At the gathering in the Lithuanian capital the allies once more declined to say when Kyiv"
    " could expect to be asked in.",
    "The seven rich democracies launched their joint pledge of long-term support for Ukraine on"
    " the margins of the Vilnius meeting.",
    "Zelensky blasted the absence of any timeframe in the Vilnius text as absurd before the"
    " summit had even opened.",
]
#: News on the path or its guarantees: people and places the baseline never names.
NEWS = [
    "Jens Stoltenberg opened a NATO-Ukraine Council session with Zelensky and said a"
    " Swedish-made radar would be sent.",
    "The United Kingdom's security agreement with Ukraine was followed by a British plan to"
    " train Ukrainian marines in Norway.",
    "Kyiv's bid for NATO membership came up as Czech President Petr Pavel hosted Zelensky in"
    " Prague to discuss ammunition.",
    "Leaders of the Nordic and Baltic states met Zelensky in Turku to agree a timetable for the"
    " reassurance force's headquarters.",
]


@pytest.fixture(scope="module")
def differ() -> Differ:
    return Differ(load_baseline(ROOT / "baselines" / "claims.json"))


@pytest.fixture
def fresh() -> Differ:
    """A differ of its own, whose model a test may replace."""
    return Differ(load_baseline(ROOT / "baselines" / "claims.json"))


@pytest.mark.parametrize("text", RESTATED)
def test_a_restatement_in_other_words_is_known(text: str, differ: Differ, fresh: Differ) -> None:
    judged = differ.judge_text(text).top
    assert judged.status is Status.KNOWN
    similarity = float(re.search(r"similarity ([\d.]+)", judged.cue)[1])  # type: ignore[index]
    assert similarity < restatement.SIMILAR
    assert re.search(r"likeness 0\.\d\d", judged.cue)
    # The threshold alone reads it as news.
    fresh.restatement = restatement.SIMILARITY_ALONE
    assert fresh.judge_text(text).top.status is Status.NEW


@pytest.mark.parametrize("text", NEWS)
def test_news_in_the_topics_words_stays_new(text: str, differ: Differ) -> None:
    judged = differ.judge_text(text).top
    assert judged.status is Status.NEW
    assert "not in the baseline" in judged.cue


def test_closeness_alone_puts_a_sentence_on_topic_as_a_restatement(fresh: Differ) -> None:
    """On topic only because it is close to a claim, a sentence restates it whatever the model
    reads; on topic by its own words, the model decides."""
    fresh.restatement = NEVER
    close = fresh.judge_text("Russian forces launched a full-scale invasion of Ukraine in 2022.")
    assert close.top.topic == CLOSE
    assert close.top.status is Status.KNOWN
    topical = fresh.judge_text(
        "Rustem Umerov met Lloyd Austin to discuss weapons assistance and Ukraine's security "
        "guarantees."
    )
    assert topical.top.status is Status.NEW
    fresh.restatement = restatement.shipped()
    assert fresh.judge_text(topical.top.sentence).top.status is Status.KNOWN


def test_news_dated_after_the_baseline_is_never_a_restatement(fresh: Differ) -> None:
    always = restatement.Model({"bias": 30.0}, 0.5)
    fresh.restatement = always
    text = (
        "Rustem Umerov met Lloyd Austin to discuss weapons assistance and Ukraine's security "
        "guarantees, Kyiv said on 3 March 2026."
    )
    judged = fresh.judge_text(text).top
    assert judged.status is Status.NEW
    assert "after the baseline's latest date" in judged.cue
    assert fresh.restatement_features(text) is None


def test_features_read_years_against_the_baseline_and_names_it_never_uses() -> None:
    words = restatement.vocabulary(["Zelensky met the allies in Vilnius in July 2023."])
    found = restatement.features(
        "In 2021 Zelensky met Petr Pavel and Vilnius officials; in 2023 and 2024 again.",
        ["zelensky", "pavel"],
        0.3,
        True,
        2024,
        words,
    )
    assert found["year:earlier"] == found["year:-1"] == found["year:0"] == 1.0
    assert "year:after" not in found
    # Of Zelensky, Petr, Pavel and Vilnius after the first word, two are unknown to the claims.
    assert found["unused names"] == pytest.approx(2 / 3)
    assert found["similar"] == 1.0 and found["event"] == 1.0
    assert found["t:zelensky"] == found["t:pavel"] == 1.0
    assert "unused names" not in restatement.features("Kyiv said so.", [], 0.1, False, 0, words)


def test_training_learns_what_separates_the_rows() -> None:
    rows = [({"bias": 1.0, "t:again": 1.0}, True)] * 20 + [
        ({"bias": 1.0, "t:plan": 1.0}, False)
    ] * 30
    model = restatement.train(rows, epochs=200)
    assert model.weights["t:again"] > 0 > model.weights["t:plan"]
    assert model.restates({"bias": 1.0, "t:again": 1.0})
    assert not model.restates({"bias": 1.0, "t:plan": 1.0})
    # A feature no row had gets no weight.
    assert model.probability({"bias": 1.0, "t:other": 1.0}) == model.probability({"bias": 1.0})


def test_a_model_round_trips_through_its_file_state() -> None:
    model = restatement.Model({"bias": -1.0, "t:again": 2.5, "score": 0.75}, 0.4)
    state = json.loads(json.dumps(model.state({"rows": 3})))
    assert state["trained_on"] == {"rows": 3}
    back = restatement.Model.from_state(state)
    row = {"bias": 1.0, "t:again": 1.0, "score": 0.5}
    assert back.probability(row) == pytest.approx(model.probability(row))
    assert back.threshold == 0.4


@pytest.mark.parametrize(
    "state",
    [
        None,
        [],
        {"format": 2, "threshold": 0.4, "weights": {}},
        {"format": 1, "threshold": 0.4, "weights": {"bias": "high"}},
        {"format": 1, "threshold": 1.5, "weights": {}},
        {"format": 1, "weights": {}},
    ],
)
def test_a_malformed_weights_file_is_refused(state: object) -> None:
    with pytest.raises(restatement.ModelError, match="restatement weights"):
        restatement.Model.from_state(state)


def test_the_shipped_weights_are_what_training_gives() -> None:
    """`python benchmarks/train_restatement.py` rebuilds them from the read statements; a change
    of rules or read data that moves the training rows needs the weights rebuilt."""
    shared_path("eval", "dev.jsonl")
    spec = importlib.util.spec_from_file_location(
        "train_restatement", ROOT / "benchmarks" / "train_restatement.py"
    )
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    assert script.main(["--check"]) == 0, "run: python benchmarks/train_restatement.py"


def test_the_shipped_weights_name_what_they_were_trained_on() -> None:
    state = json.loads(
        (Path(restatement.__file__).parent.parent / "data" / "restatement.json").read_text()
    )
    sources = state["trained_on"]["sources"]
    assert "dev.jsonl train" in sources
    held_out = {
        p.name
        for p in (ROOT / "benchmarks" / "statements").glob("*.jsonl")
        if '"split": "held-out"' in p.read_text(encoding="utf-8").splitlines()[0]
    }
    assert held_out and not held_out & set(sources)
