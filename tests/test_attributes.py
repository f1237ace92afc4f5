"""Attribute extraction on the cases that decide diffs (tests/cases/attributes.json)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from watcher.text.attributes import actors_of, extract, roles

CASES = json.loads(
    (Path(__file__).parent / "cases" / "attributes.json").read_text(encoding="utf-8")
)
FIELDS = (
    "polarity",
    "negation_cue",
    "numbers",
    "dates",
    "modality",
    "reported_by",
    "actors",
    "events",
    "roles",
    "scales",
)


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_attributes(case: dict[str, object]) -> None:
    attrs = extract(str(case["sentence"]))
    for field in FIELDS:
        if field not in case:
            continue
        got = getattr(attrs, field)
        want = case[field]
        if field in ("actors", "events"):
            assert set(want) <= set(got), f"{field}: {got}"  # type: ignore[arg-type]
        elif isinstance(want, list):
            assert list(got) == want, f"{field}: {got}"
        else:
            assert got == want, f"{field}: {got}"


@pytest.mark.parametrize(
    "sentence",
    [
        "Ukraine's future is in NATO, the secretary general said.",
        "The statement was drafted by the EU, the foreign minister said.",
    ],
)
def test_a_body_named_beside_an_office_is_no_holder(sentence: str) -> None:
    assert roles(sentence, actors_of(sentence.lower())) == ()
