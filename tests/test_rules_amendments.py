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
