"""Evidence that reads right: whole-token diffs, the diff-or-pair choice, the cue's marks."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from itertools import accumulate
from pathlib import Path

import pytest

from watcher.differ.evidence import (
    Ops,
    cue_phrases,
    evidence_for,
    find_phrase,
    hunks,
    marks,
    readable,
    segments,
    shared_share,
    token_diff,
    tokens,
    word_diff,
)

ROOT = Path(__file__).resolve().parent.parent
DEV = Path("/work/shared/eval/dev.jsonl")


def _claims() -> list[str]:
    data = json.loads((ROOT / "baselines" / "claims.json").read_text(encoding="utf-8"))
    return [c["text"] for c in data["claims"]]


def _dev_texts() -> list[str]:
    if not DEV.exists():
        pytest.skip(f"{DEV} is not here")
    return [json.loads(line)["text"] for line in DEV.read_text(encoding="utf-8").splitlines()]


def _boundaries(text: str) -> set[int]:
    return {0, *accumulate(len(t) for t in tokens(text))}


def _assert_whole_tokens(old: str, new: str, diff: Callable[[str, str], Ops] = word_diff) -> None:
    ops = diff(old, new)
    assert "".join(t for op, t in ops if op <= 0) == old
    assert "".join(t for op, t in ops if op >= 0) == new
    old_cuts, new_cuts = _boundaries(old), _boundaries(new)
    at_old = at_new = 0
    for op, text in ops:
        assert text, "no empty operations"
        assert at_old in old_cuts and at_new in new_cuts, (op, text)
        if op <= 0:
            at_old += len(text)
        if op >= 0:
            at_new += len(text)
        assert at_old in old_cuts and at_new in new_cuts, (op, text)


def _perturbed(claim: str) -> str:
    """A close rewording: a number bumped, a word dropped, one inserted."""
    bumped = re.sub(r"\d+", lambda m: str(int(m.group(0)) + 1), claim, count=1)
    words = bumped.split(" ")
    if len(words) > 4:
        del words[2]
        words.insert(len(words) // 2, "reportedly")
    return " ".join(words)


def test_tokens_join_back_to_the_text() -> None:
    text = "Ukraine’s path is “irreversible”, 1,000 troops; the 31-nation alliance\t\nsaid."
    assert "".join(tokens(text)) == text
    assert "Ukraine’s" in tokens(text) and "1,000" in tokens(text)
    assert tokens("31-nation") == ["31", "-", "nation"]


def test_every_operation_starts_and_ends_between_tokens_over_real_pairs() -> None:
    """Baseline claims against dev-set texts, their own variants, and close rewordings."""
    claims = _claims()
    texts = _dev_texts()
    pairs = 0
    for i, claim in enumerate(claims):
        for text in texts[i % 7 :: 76]:  # four dev texts per claim, a different four each time
            _assert_whole_tokens(claim, text)
            pairs += 1
        # The full search too, where `word_diff` skips it as unreadable anyway.
        _assert_whole_tokens(claim, texts[i % len(texts)], token_diff)
        _assert_whole_tokens(claim, _perturbed(claim))
        _assert_whole_tokens(_perturbed(claim), claim)
        pairs += 2
    assert pairs > 700


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "However, the Alliance did not extend an invitation to Ukraine to join.",
            "Hungary blocks an invitation to Ukraine to join.",
            "[-However, the Alliance did not extend-]{+Hungary blocks+} an invitation to Ukraine"
            " to join.",
        ),
        (
            "The UK signed the first agreement on 12 January 2024.",
            "The UK signed the first agreement on 12 February 2024.",
            "The UK signed the first agreement on 12 [-January-]{+February+} 2024.",
        ),
    ],
    ids=["however-hungary", "january-february"],
)
def test_the_reported_splits_are_gone(old: str, new: str, expected: str) -> None:
    from watcher.render import diff_text

    assert diff_text(word_diff(old, new)) == expected


def test_share_and_hunks_measure_what_a_reader_has_to_rebuild() -> None:
    close = word_diff(
        "Jens Stoltenberg is NATO secretary general.", "Mark Rutte is NATO secretary general."
    )
    assert hunks(close) == 1 and shared_share(close) == pytest.approx(8 / 12)
    assert readable(close)
    far = word_diff(
        "NATO has 31 members; Sweden is waiting on Turkey.",
        "Sweden became the alliance's 32nd member in March 2024.",
    )
    assert shared_share(far) < 0.5 and not readable(far)
    scattered = word_diff("a b c d e f g h i j", "a X c Y e Z g W i j")
    assert shared_share(scattered) >= 0.5 and hunks(scattered) == 4 and not readable(scattered)


@pytest.mark.parametrize(
    ("cue", "old", "new"),
    [
        ("number (alliance-size): 31 -> 32", ("31",), ("32",)),
        (
            "office holder: NATO secretary general Stoltenberg -> Rutte",
            ("NATO secretary general Stoltenberg",),
            ("Rutte",),
        ),
        ("date: 2024-01-12 -> 2024-02-12", ("2024-01-12",), ("2024-02-12",)),
        ('"31" -> "32"', ("31",), ("32",)),
        (
            'negation: "off the table" vs "future is in NATO"',
            ("future is in NATO",),
            ("off the table",),
        ),
        (
            'negation: "was "out of the question" vs "eventual membership"',
            ("eventual membership",),
            ('was "out of the question',),
        ),
        ("office holder: Stoltenberg succeeded", (), ()),
        ("", (), ()),
    ],
    ids=["number", "office", "date", "quoted-arrow", "negation", "inner-quote", "other", "empty"],
)
def test_cue_phrases(cue: str, old: tuple[str, ...], new: tuple[str, ...]) -> None:
    assert cue_phrases(cue) == (old, new)


@pytest.mark.parametrize(
    ("text", "phrase", "found"),
    [
        ("Sweden became the alliance's 32nd member.", "32", ["32nd"]),
        ("thirteen of the 32 countries had concluded them", "13", ["thirteen"]),
        ("The UK was the first country to sign.", "1", ["first"]),
        ("the 31-nation military alliance", "31", ["31"]),
        ("In 2031 there were 310 members.", "31", []),
        ("signed on 12 January 2024 in Kyiv", "2024-01-12", ["12 January 2024"]),
        ("Ukraine's future “is in NATO”.", "future is in nato", ["future “is in NATO"]),
        (
            "coming into NATO was 'not on the table'",
            "coming into nato was 'not",
            ["coming into NATO was 'not"],
        ),
        ("The senator spoke.", "nato", []),
        ("NATO's secretary general", "nato", ["NATO"]),
    ],
)
def test_find_phrase_finds_whole_words_however_written(
    text: str, phrase: str, found: list[str]
) -> None:
    assert [text[s:e] for s, e in find_phrase(text, phrase)] == found


def test_a_phrase_not_found_whole_falls_back_to_its_own_words() -> None:
    old = "NATO Secretary-General Jens Stoltenberg’s chief of staff spoke."
    new = "NATO's secretary general Mark Rutte spoke."
    got = marks(old, ("NATO secretary general Stoltenberg",), new)
    assert [old[s:e] for s, e in got] == ["Stoltenberg"]  # the words both share are not decisive


def test_segments_join_back_and_alternate() -> None:
    text = "NATO has 31 members."
    parts = segments(text, ((9, 11),))
    assert parts == (("NATO has ", False), ("31", True), (" members.", False))
    assert "".join(t for t, _ in parts) == text


def test_close_sentences_get_a_diff() -> None:
    ev = evidence_for(
        "Jens Stoltenberg is NATO secretary general.",
        "Mark Rutte is NATO secretary general.",
        "office holder: NATO secretary general Stoltenberg -> Rutte",
    )
    assert ev is not None and ev.kind == "diff"
    assert ev.ops == (
        (-1, "Jens Stoltenberg"),
        (1, "Mark Rutte"),
        (0, " is NATO secretary general."),
    )


def test_distant_sentences_get_both_with_decisive_words_marked() -> None:
    ev = evidence_for(
        "At the Washington Summit allies said Ukraine’s future “is in NATO”.",
        "Trump said Ukraine joining NATO is off the table.",
        'negation: "off the table" vs "future is in NATO"',
    )
    assert ev is not None and ev.kind == "pair" and ev.ops == ()
    assert [t for t, m in ev.old_segments if m] == ["future “is in NATO"]
    assert [t for t, m in ev.new_segments if m] == ["off the table"]


def test_no_baseline_claim_means_no_evidence() -> None:
    assert evidence_for("", "Zelensky's victory plan puts an invitation first.", "") is None


def test_dev_set_findings_never_strike_one_sentence_and_insert_another() -> None:
    """Of the reported pairs on the dev set, none is shown as a whole-sentence replacement."""
    from watcher.baseline.build import load_baseline
    from watcher.differ.core import Differ

    differ = Differ(load_baseline(ROOT / "baselines" / "claims.json"))
    seen = 0
    for text in _dev_texts():
        for j in differ.judge_text(text).sentences:
            if j.status not in ("changed", "contradicted") or not j.baseline_text:
                continue
            ev = evidence_for(j.baseline_text, j.sentence, j.cue)
            assert ev is not None
            seen += 1
            if ev.kind == "diff":
                assert any(op == 0 for op, _ in ev.ops)
            else:
                assert ev.ops == ()
    assert seen > 20


def test_a_reported_finding_stores_its_diff_only_when_it_reads_well() -> None:
    """The ledger makes the evidence once per new finding; a pair stores no diff."""
    from datetime import UTC, datetime

    from watcher.baseline.build import load_baseline
    from watcher.differ.core import Differ
    from watcher.ledger import Ledger, judge_entries
    from watcher.models import Entry

    differ = Differ(load_baseline(ROOT / "baselines" / "claims.json"))
    ledger = Ledger("run1", datetime(2026, 11, 24, tzinfo=UTC), differ, stored=set())
    text = "Finland and Sweden are now both members, bringing the alliance to 32 countries."
    entry = Entry("http://one/rss", "one", "k", "k", "k", "http://one/k", None, text)
    (finding,) = judge_entries(ledger, [entry])[0]
    ev = evidence_for(finding.baseline_text, finding.text, finding.cue)
    assert finding.cue.endswith("31 -> 32") and ev is not None and ev.kind == "pair"
    assert finding.diff == ()
