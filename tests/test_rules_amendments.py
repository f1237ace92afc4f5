"""An accepted office change amends what the differ takes as known: the new holder is news no
more, and the old one named in office is a change against the amendment."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.conftest import ROOT
from watcher.baseline.amend import Amendment, amended, claim_id_for
from watcher.baseline.build import load_baseline
from watcher.differ.core import Differ
from watcher.models import Status

ACCEPTED = datetime(2026, 11, 26, tzinfo=UTC)


def _amendment(text: str) -> Amendment:
    return Amendment(claim_id_for("f-rutte"), text, "f-rutte", "", (), ACCEPTED, "analyst")


@pytest.fixture(scope="module")
def differ() -> Differ:
    base = load_baseline(ROOT / "baselines" / "claims.json")
    return Differ(amended(base, [_amendment("Mark Rutte is now NATO secretary general.")]))


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Mark Rutte, NATO's secretary general, now says Ukraine's path is irreversible.", None),
        ("Jens Stoltenberg is now NATO secretary general, officials said.", Status.CHANGED),
        ("NATO Secretary General Jens Stoltenberg, newly in charge, visited Kyiv.", Status.CHANGED),
    ],
)
def test_an_accepted_holder_is_the_baseline_now(
    differ: Differ, sentence: str, status: Status | None
) -> None:
    verdict = differ.judge_sentence(sentence)
    if status is None:
        assert verdict.status is not Status.CHANGED, verdict.cue
    else:
        assert verdict.status is status, verdict.cue
        assert "Rutte -> Stoltenberg" in verdict.cue


def test_without_the_amendment_the_seed_holder_stands() -> None:
    plain = Differ(load_baseline(ROOT / "baselines" / "claims.json"))
    verdict = plain.judge_sentence(
        "Jens Stoltenberg is now NATO secretary general, officials said."
    )
    assert verdict.status is not Status.CHANGED, verdict.cue


def _with(text: str) -> Differ:
    base = load_baseline(ROOT / "baselines" / "claims.json")
    return Differ(amended(base, [_amendment(text)]))


def test_an_accepted_count_replaces_the_seeds() -> None:
    differ = _with("The alliance now has 32 members.")
    assert differ.judge_sentence("NATO now counts 32 member states.").status is not Status.CHANGED
    stale = differ.judge_sentence("The alliance has 31 member states, officials said.")
    assert stale.status is Status.CHANGED and "31" in stale.cue


def test_an_accepted_status_step_makes_the_earlier_one_out_of_date() -> None:
    differ = _with("Sweden became a member of NATO in March 2024.")
    joined = differ.judge_sentence("Sweden joined NATO in March 2024, officials in Stockholm said.")
    assert joined.status is not Status.CHANGED, joined.cue
    stale = differ.judge_sentence("Sweden is still waiting for Turkey to ratify its NATO bid.")
    assert stale.status is Status.CHANGED and "(accepted) -> pending" in stale.cue
