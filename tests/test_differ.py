"""The differ on statements written for these tests (not the dev set), the ledger, and evidence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import ROOT
from watcher.baseline.build import load_baseline
from watcher.differ.core import Differ, finding_id_for
from watcher.differ.evidence import word_diff
from watcher.models import Status

CASES = json.loads((Path(__file__).parent / "cases" / "differ.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def differ() -> Differ:
    return Differ(load_baseline(ROOT / "baselines" / "claims.json"))


def _case(case: dict[str, str]) -> object:
    """A case, marked as a known miss (a strict expected failure, with why) where it says so."""
    if "xfail" in case:
        return pytest.param(case, marks=pytest.mark.xfail(strict=True, reason=case["xfail"]))
    return case


@pytest.mark.parametrize("case", [_case(c) for c in CASES], ids=[c["id"] for c in CASES])
def test_status_and_cue(differ: Differ, case: dict[str, str]) -> None:
    verdict = differ.judge_text(case["text"])
    assert verdict.status.value == case["status"], verdict.top.cue
    if "cue_contains" in case:
        assert case["cue_contains"] in verdict.top.cue
    if "baseline_contains" in case:
        assert case["baseline_contains"] in verdict.top.baseline_text.lower()


def test_changed_carries_full_evidence(differ: Differ) -> None:
    top = differ.judge_text(
        "Finland and Sweden are now both members, bringing the alliance to 32 countries."
    ).top
    assert top.baseline_ids and top.baseline_text and top.baseline_sources
    assert top.baseline_source  # the seed named as a reader would, not a file name
    assert not top.baseline_source.endswith(".txt")
    assert top.diff == ()  # judging makes no evidence; it is made for what is reported
    ops = word_diff(top.baseline_text, top.sentence)
    assert "".join(t for op, t in ops if op >= 0) == top.sentence
    assert "".join(t for op, t in ops if op <= 0) == top.baseline_text


def test_contradicted_names_what_it_contradicts(differ: Differ) -> None:
    top = differ.judge_text("Moscow insists Ukraine must never become a NATO member.").top
    assert top.status is Status.CONTRADICTED
    assert top.cue.startswith("negation: ") and " vs " in top.cue
    assert top.baseline_ids and top.baseline_text


def test_new_and_irrelevant_have_no_baseline(differ: Differ) -> None:
    for text in (
        "Zelensky's victory plan puts an invitation to NATO first.",
        "Apple opened a new store.",
    ):
        top = differ.judge_text(text).top
        assert top.baseline_ids == () and top.diff == ()


def test_ledger_makes_a_restatement_known(differ: Differ) -> None:
    fresh = Differ(differ.baseline)
    first = fresh.judge_text(
        "Hungary's prime minister said he will veto Ukraine's NATO membership."
    ).top
    assert first.status is Status.CONTRADICTED and first.finding_id == ""
    fid = finding_id_for(first.sentence)
    fresh.remember(fid, first.sentence, first.status)
    again = fresh.judge_text(
        "Hungary's prime minister says he will veto Ukraine's membership of NATO."
    ).top
    assert again.status is Status.KNOWN and again.finding_id == fid
    other = fresh.judge_text("Slovakia's leader said Ukraine will never join NATO.").top
    assert other.status is Status.CONTRADICTED and other.finding_id == ""


def test_finding_ids_are_stable_and_ignore_case_and_spacing() -> None:
    assert finding_id_for("Sweden  joined NATO.") == finding_id_for("sweden joined nato.")
    assert finding_id_for("Sweden joined NATO.") != finding_id_for("Finland joined NATO.")


def test_judgement_is_deterministic(differ: Differ) -> None:
    text = "Allies said at the Washington summit that Ukraine's path to NATO membership is irreversible."
    assert differ.judge_text(text) == Differ(differ.baseline).judge_text(text)


def test_oversized_text_is_refused(differ: Differ) -> None:
    with pytest.raises(ValueError, match="limit"):
        differ.judge_text("NATO. " * 60_000)
