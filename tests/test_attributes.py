"""Attribute extraction on the cases that decide diffs (tests/cases/attributes.json)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from watcher.text.attributes import extract

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
