"""The differ's one-search gate only skips work: it never changes a verdict."""

from __future__ import annotations

import html
import json
import re

import feedparser
import pytest

from tests.conftest import ROOT, SHARED
from watcher.baseline.build import load_baseline
from watcher.differ.core import Differ
from watcher.text.segment import sentences


def _texts() -> list[str]:
    texts = [
        c["text"]
        for c in json.loads((ROOT / "tests" / "cases" / "differ.json").read_text(encoding="utf-8"))
    ]
    dev = SHARED / "eval" / "dev.jsonl"
    if dev.exists():
        texts += [
            json.loads(line)["text"]
            for line in dev.read_text(encoding="utf-8").splitlines()
            if line.strip()
        ]
    real = SHARED / "corpus" / "real-feeds"
    for path in sorted(real.glob("*")) if real.exists() else []:
        if path.is_file() and path.suffix not in (".md", ".gz"):
            for entry in feedparser.parse(path.read_bytes()).entries:
                texts.append(
                    re.sub(r"<[^>]+>", " ", f"{entry.get('title', '')}. {entry.get('summary', '')}")
                )
    return texts


def test_gate_changes_no_verdict() -> None:
    differ = Differ(load_baseline(ROOT / "baselines" / "claims.json"))
    gated = differ._gate
    everything = re.compile("")
    checked = 0
    for text in _texts():
        for sentence in sentences(text):
            fast = differ.judge_sentence(sentence)
            differ._gate = everything
            full = differ.judge_sentence(sentence)
            differ._gate = gated
            assert fast == full, sentence
            checked += 1
    if checked < 200:
        pytest.skip(
            f"only {checked} sentences: ../shared is absent, the real feeds were not checked"
        )


def test_the_gates_substring_tests_answer_as_a_search_of_its_union() -> None:
    """Each alternative is searched only where a text every match of it holds occurs: that
    skip must never lose a match the union pattern finds."""
    gate = Differ(load_baseline(ROOT / "baselines" / "claims.json"))._gate
    union = re.compile(gate.pattern)
    lows = [s.lower() for text in _texts() for s in sentences(text)]
    assert all(gate.search(low) is (union.search(low) is not None) for low in lows)
    assert any(gate.search(low) for low in lows) and not all(gate.search(low) for low in lows)


def test_the_off_topic_publisher_feeds_give_no_finding() -> None:
    """The shared corpus's real publisher feeds (technology, health, general news in several
    languages) say nothing of Ukraine's path: titles in passing ("President Trump"), other
    countries' offices ("White House chief of staff") and other deals ("a long-term licensing
    deal") are no finding."""
    real = SHARED / "corpus" / "real-feeds"
    if not real.exists():
        pytest.skip(f"{real} is absent: the real publisher feeds were not read")
    differ = Differ(load_baseline(ROOT / "baselines" / "claims.json"))
    found = []
    for path in sorted(real.glob("*")):
        if path.is_file() and path.suffix not in (".md", ".gz"):
            for entry in feedparser.parse(path.read_bytes()).entries:
                body = html.unescape(re.sub(r"<[^>]+>", " ", entry.get("summary", "")))
                text = differ.judge_text(f"{entry.get('title', '')}\n{body}")
                found += [
                    (path.name, v.sentence)
                    for v in text.sentences
                    if v.status.value in ("new", "changed", "contradicted")
                ]
    assert found == []
