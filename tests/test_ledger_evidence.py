"""One development in one entry is one finding, with every sentence that carries it as evidence."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.conftest import ROOT
from watcher.archive.reportdoc import source_from_json, source_to_json
from watcher.baseline.build import load_baseline
from watcher.differ.core import Differ
from watcher.ledger import Ledger, judge_entries
from watcher.models import Entry, Status

NOW = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)


def _entry(key: str, text: str, outlet: str = "Wire") -> Entry:
    return Entry(
        feed_url=f"https://{outlet.lower()}.example/feed",
        feed_name=outlet,
        key=key,
        content_hash=key,
        title=text.split("\n", 1)[0],
        link=f"https://{outlet.lower()}.example/{key}",
        published=NOW,
        text=text,
        outlet=outlet,
    )


@pytest.fixture()
def ledger() -> Ledger:
    differ = Differ(load_baseline(ROOT / "baselines" / "claims.json"))
    return Ledger("run-1", NOW, differ, set())


def test_a_title_and_its_lead_are_one_finding_with_both_sentences(ledger: Ledger) -> None:
    text = (
        "Japan signs security pact with Ukraine\n"
        "Japan signed a ten-year security agreement with Ukraine on Thursday, officials said. "
        "The weather in Tokyo was mild."
    )
    new, added = judge_entries(ledger, [_entry("a1", text)])
    assert added == []
    [finding] = new
    assert finding.status is Status.CHANGED
    [source] = finding.sources
    assert source.sentences[0] == finding.text
    assert len(source.sentences) == 2
    assert "ten-year security agreement" in source.sentences[1]


def test_a_second_outlet_adds_a_source_not_a_finding(ledger: Ledger) -> None:
    first = "Japan signs security pact with Ukraine"
    second = "Tokyo concluded a security agreement with Ukraine, Japan's government said."
    new, _ = judge_entries(ledger, [_entry("a1", first), _entry("b1", second, outlet="Other")])
    assert len(new) == 1
    assert {s.outlet for s in new[0].sources} == {"Wire", "Other"}


def test_the_evidence_sentences_survive_the_report_document() -> None:
    [source] = judge_entries(
        Ledger("r", NOW, Differ(load_baseline(ROOT / "baselines" / "claims.json")), set()),
        [_entry("a1", "Japan signs security pact with Ukraine")],
    )[0][0].sources
    assert source_from_json(source_to_json(source)).sentences == source.sentences
