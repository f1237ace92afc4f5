"""One development reported once: within a text (title, lead, quote) and across texts (the ledger).

Every case here was written for the rule it exercises; none is taken from the eval sets.
"""

from __future__ import annotations

import pytest

from tests.conftest import ROOT
from watcher.baseline.build import load_baseline
from watcher.differ.core import Differ, finding_id_for
from watcher.models import Status


@pytest.fixture(scope="module")
def differ() -> Differ:
    return Differ(load_baseline(ROOT / "baselines" / "claims.json"))


C, D, N = Status.CHANGED, Status.CONTRADICTED, Status.NEW

# (sentences of one text, each one's verdict: its status when reported, or the index of the
# earlier sentence it repeats, which leaves it `known`).
WITHIN_TEXT = [
    # The alliance's size told as a number is a development of its own beside the accession
    # that moved it: the count is reported too.
    (
        [
            "Sweden formally joined NATO on Thursday.",
            "Sweden's accession brought the alliance to 32 members.",
        ],
        [C, C],
    ),
    # A title and its lead: the same development, by key or by likeness.
    (
        [
            "Japan signs security pact with Ukraine.",
            "Japan signed a ten-year security agreement with Ukraine on Thursday, officials in Tokyo said.",
        ],
        [C, 0],
    ),
    (
        [
            "Hungary vows to veto Ukraine's NATO bid.",
            "Hungary's prime minister said he would block Ukraine's accession to the alliance.",
        ],
        [D, 0],
    ),
    (
        [
            "Zelensky's victory plan puts a NATO invitation first.",
            "The victory plan Zelensky presented to parliament asks for an invitation to NATO before anything else.",
        ],
        [N, 0],
    ),
    (
        [
            "Ukraine names Andrii Sybiha as foreign minister.",
            "Andrii Sybiha, now foreign minister, told allies Kyiv would keep pressing for an invitation.",
        ],
        [C, 0],
    ),
    # A denial nobody is named for in a headline, and the lead saying whose: one denial; two
    # governments' denials of the same claim stay two.
    (
        [
            "Ukraine offers to drop its NATO bid for binding guarantees.",
            "President Volodymyr Zelensky said on Sunday that Kyiv was ready to give up its bid to "
            "join NATO in return for legally binding guarantees.",
        ],
        [D, 0],
    ),
    (
        [
            "Hungary vows to veto Ukraine's NATO bid.",
            "Slovak Prime Minister Robert Fico said he would block Ukraine's accession to NATO.",
        ],
        [D, D],
    ),
    # Two unrelated developments in one text stay two.
    (
        ["Japan signs security pact with Ukraine.", "Sweden formally joined NATO on Thursday."],
        [C, C],
    ),
    (
        [
            "Zelensky's victory plan puts a NATO invitation first.",
            "Canada concluded a security agreement with Ukraine in Ottawa, officials said.",
        ],
        [N, C],
    ),
    # A graver later sentence is never folded into a milder one, however alike.
    (
        [
            "Zelensky's victory plan puts a NATO invitation first.",
            "Hungary's prime minister said he would block any NATO invitation in Zelensky's victory plan.",
        ],
        [N, D],
    ),
    (
        [
            "Hungary's parliament voted to ratify Sweden's accession to NATO on Monday.",
            "Hungary's prime minister said he would block Ukraine's accession to NATO.",
        ],
        [C, D],
    ),
]


@pytest.mark.parametrize(("parts", "expected"), WITHIN_TEXT)
def test_a_development_is_reported_once_per_text(
    differ: Differ, parts: list[str], expected: list[Status | int]
) -> None:
    verdicts = differ.judge_text(" ".join(parts)).sentences
    assert [v.sentence for v in verdicts] == parts
    for verdict, want in zip(verdicts, expected, strict=True):
        if isinstance(want, Status):
            assert verdict.status is want, verdict.cue
            assert verdict.repeats == ""
        else:
            assert verdict.status is Status.KNOWN, verdict.cue
            assert verdict.repeats == parts[want]
            assert verdict.key == verdicts[want].key


# (reported sentence, its status, its key, a later sentence in other words, is it that finding?)
LEDGER = [
    (
        "Japan signed a ten-year security agreement with Ukraine on Thursday.",
        C,
        "agreement:japan",
        "Tokyo confirmed that Japan has concluded a bilateral security pact with Ukraine.",
        True,
    ),
    (
        "Hungary's prime minister said he would veto Ukraine's NATO membership.",
        D,
        "denial:hungary:c-bdee5ea3ec",
        "Hungary will block Ukraine's accession to the alliance, Budapest's foreign minister warned.",
        True,
    ),
    (
        "Sweden formally joined NATO on Thursday.",
        C,
        "status:sweden=member",
        "Sweden became a full member of the alliance this week, Stockholm said.",
        True,
    ),
    # A reported new office holder, later named in passing with the title.
    (
        "Andrii Sybiha, now foreign minister, told allies Kyiv would keep pressing for an invitation.",
        C,
        "office:ukraine foreign minister=sybiha",
        "Foreign Minister Andrii Sybiha said Ukraine would keep pressing allies for a NATO invitation.",
        True,
    ),
    (
        "Mark Rutte, now NATO's secretary general, said allies back Ukraine.",
        C,
        "office:nato secretary general=rutte",
        "NATO Secretary General Mark Rutte said allies would discuss Ukraine's request for an invitation.",
        True,
    ),
    # Another development is news still.
    (
        "Japan signed a ten-year security agreement with Ukraine on Thursday.",
        C,
        "agreement:japan",
        "Canada concluded a security agreement with Ukraine in Ottawa, officials said.",
        False,
    ),
]


@pytest.mark.parametrize(("first", "status", "key", "later", "same"), LEDGER)
def test_the_ledger_knows_a_reported_development_by_its_key(
    differ: Differ, first: str, status: Status, key: str, later: str, same: bool
) -> None:
    fresh = Differ(differ.baseline)
    before = fresh.judge_sentence(later)
    assert before.finding_id == ""
    fresh.remember("f-reported", first, status, key)
    after = fresh.judge_sentence(later)
    if same:
        assert after.status is Status.KNOWN, after.cue
        assert after.finding_id == "f-reported"
        assert after.key == key
    else:
        assert after == before


@pytest.mark.parametrize(("first", "status", "key", "later", "same"), LEDGER)
def test_a_finding_stored_by_an_earlier_run_is_found_by_the_id_its_key_gives(
    differ: Differ, first: str, status: Status, key: str, later: str, same: bool
) -> None:
    fresh = Differ(differ.baseline)
    fresh.remember(finding_id_for(key), first, status)
    after = fresh.judge_sentence(later)
    assert (after.finding_id == finding_id_for(key)) is same, after.cue


# One change of an office, told once as the baseline holder's departure ('?') and once as who
# took the office: the same change when both tellings name the same successor (and the later
# one the holder who left). (reported sentence, its key, a later sentence, the same one?)
OFFICE_TOLD_TWICE = [
    # A departure reported with its successor named; the hand-over told again later.
    (
        "Kuleba steps down as foreign minister and Andrii Sybiha takes over, parliament says.",
        "office:ukraine foreign minister=?",
        "Parliament appointed Andrii Sybiha as foreign minister, replacing Kuleba.",
        True,
    ),
    # A successor reported first; the departure told later, naming them.
    (
        "Mark Rutte, now NATO's secretary general, said allies back Ukraine.",
        "office:nato secretary general=rutte",
        "Stoltenberg handed the reins to Mark Rutte at NATO headquarters this week.",
        True,
    ),
    (
        "Mark Rutte, now NATO's secretary general, said allies back Ukraine.",
        "office:nato secretary general=rutte",
        "Stoltenberg handed the reins to his successor at NATO headquarters this week.",
        False,
    ),
    # A departure reported without a successor: whoever is later named is news.
    (
        "Dmytro Kuleba resigned as foreign minister on Tuesday.",
        "office:ukraine foreign minister=?",
        "Andrii Sybiha became Ukraine's foreign minister on Thursday.",
        False,
    ),
]


@pytest.mark.parametrize(("first", "key", "later", "same"), OFFICE_TOLD_TWICE)
@pytest.mark.parametrize("stored", [False, True])
def test_an_office_change_is_one_development_however_it_is_told(
    differ: Differ, first: str, key: str, later: str, same: bool, stored: bool
) -> None:
    fresh = Differ(differ.baseline)
    assert fresh.judge_sentence(first).key == key
    assert fresh.judge_sentence(later).status is Status.CHANGED
    # Kept by the check that reported it (with its key), or rebuilt from the store (id only).
    fresh.remember(finding_id_for(key), first, Status.CHANGED, "" if stored else key)
    after = fresh.judge_sentence(later)
    assert (after.finding_id == finding_id_for(key)) is same, after.cue


def test_a_denial_reported_under_a_persons_name_is_known_when_told_as_their_governments(
    differ: Differ,
) -> None:
    fresh = Differ(differ.baseline)
    first = fresh.judge_text("Fico vows to block Ukraine's NATO accession").top
    assert first.key == "denial:fico:c-bdee5ea3ec"
    fresh.remember(finding_id_for(first.key), first.sentence, first.status)
    later = fresh.judge_text(
        "Slovak Prime Minister Robert Fico said he would block Ukraine's membership of NATO."
    ).top
    assert later.status is Status.KNOWN, later.cue
    assert later.finding_id == finding_id_for(first.key)
