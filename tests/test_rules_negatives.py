"""Negative restatements: a denial of what the nearest baseline claim itself says is absent is
that claim told again (`known`), not a contradiction; a denial of the prospect stays one."""

from __future__ import annotations

import pytest

from tests.conftest import ROOT
from watcher.baseline.build import load_baseline
from watcher.differ.core import Differ
from watcher.differ.negation import restates_negative
from watcher.models import Status


@pytest.fixture(scope="module")
def differ() -> Differ:
    return Differ(load_baseline(ROOT / "baselines" / "claims.json"))


# (the denial's words, lower-cased; a claim; does the denial deny what the claim denies?)
RESTATES = [
    (
        "no mutual-defence obligation",
        "This cooperation does not entail mutual defense obligations but prioritizes arms.",
        True,
    ),
    (
        "no mutual-defence clause of the kind alliance members",
        "What the arrangements do not do is replicate the Article V mutual defence clause.",
        True,
    ),
    # The claim asserts what the denial denies: its own negation is about something else.
    (
        "never become a member of nato",
        "Leaders said both countries will become members of NATO but failed to agree on when.",
        False,
    ),
    # The prospect's own words never make the match.
    ("cannot join", "Ukraine understands it cannot join the Alliance while at war.", False),
    ("no place in nato for ukraine", "Ukraine has no membership in NATO yet.", False),
    # One word in common is chance.
    ("that would never happen", "Many did not want this to happen again.", False),
    # The negated thing stands too far past the claim's negator.
    (
        "no mutual defence obligation",
        "It does not, as officials in Kyiv and in several allied capitals had long hoped, entail "
        "mutual defence.",
        False,
    ),
]


@pytest.mark.parametrize(("cue", "claim", "expected"), RESTATES)
def test_restates_negative(cue: str, claim: str, expected: bool) -> None:
    assert restates_negative(cue, claim) is expected


VERDICTS = [
    (
        "The bilateral pacts give Ukraine no mutual-defence clause of the kind NATO members enjoy.",
        Status.KNOWN,
    ),
    (
        "The security agreements do not replicate the Article V clause at the heart of NATO, "
        "officials conceded.",
        Status.KNOWN,
    ),
    # The denial read to the end of its clause: "neither ... nor ...".
    (
        "Duda said the Israeli-style cooperation for Kyiv would mean arms supplies, with neither "
        "membership nor mutual defence obligations.",
        Status.KNOWN,
    ),
    ("Ukraine will never become a member of NATO, the Kremlin said.", Status.CONTRADICTED),
    ("Ukraine cannot join the alliance, Hungary's premier said.", Status.CONTRADICTED),
    (
        "The allies will not replicate Article 5 for Ukraine, and membership is off the table, "
        "the envoy said.",
        Status.CONTRADICTED,
    ),
    # The promise set aside for something else is not said again: news of what is offered.
    (
        "What the allies discuss for Kyiv is not a seat in NATO but protection like Article 5.",
        Status.NEW,
    ),
    # The bloc under its Atlantic name is the alliance: staying outside it is a denial.
    ("Kyiv stays outside the Atlantic bloc, the president posted.", Status.CONTRADICTED),
]


@pytest.mark.parametrize(
    ("sentence", "promised"),
    [
        (
            "A seat for Kyiv in the alliance was not what the talks were about, the envoy said.",
            False,
        ),
        ("Allies said again that Ukraine's rightful seat in NATO awaits it.", True),
    ],
)
def test_the_promise_set_aside_is_not_said_again(
    differ: Differ, sentence: str, promised: bool
) -> None:
    verdict = differ.judge_sentence(sentence)
    assert verdict.status is not Status.CONTRADICTED, verdict.cue
    assert verdict.cue.startswith("restates the promise") is promised, verdict.cue


def test_a_date_set_for_eu_membership_is_no_timeline_of_the_alliance(differ: Differ) -> None:
    verdict = differ.judge_sentence(
        "The draft sets a date for Ukraine's EU membership among its guarantees."
    )
    assert verdict.status is not Status.CONTRADICTED, verdict.cue


@pytest.mark.parametrize(("sentence", "status"), VERDICTS)
def test_negative_restatements(differ: Differ, sentence: str, status: Status) -> None:
    verdict = differ.judge_sentence(sentence)
    assert verdict.status is status, verdict.cue
