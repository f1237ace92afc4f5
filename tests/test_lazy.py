"""A pattern compiled at its first search answers as `re.compile` would, and a bad one fails
there, naming the fault."""

from __future__ import annotations

import re

import pytest

from watcher.text.lazy import AnyOf, LazyPattern


def test_it_answers_as_the_compiled_pattern() -> None:
    text = "Sweden joined NATO; Finland joined NATO first."
    lazy = LazyPattern(r"(\w+) joined nato", re.I)
    eager = re.compile(r"(\w+) joined nato", re.I)
    assert lazy.search(text).group(1) == "Sweden"  # type: ignore[union-attr]
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in eager.finditer(text)]
    assert lazy.findall(text) == ["Sweden", "Finland"]
    assert lazy.sub("X", text) == eager.sub("X", text)
    assert lazy.match("nope") is None
    assert lazy.fullmatch("Kyiv joined NATO") is not None
    assert lazy.split(text) == eager.split(text)
    assert lazy.pattern == eager.pattern


def test_an_invalid_pattern_fails_at_first_use_and_other_names_are_missing() -> None:
    lazy = LazyPattern("a(b")
    with pytest.raises(re.error, match="missing \\)"):
        lazy.search("ab")
    with pytest.raises(AttributeError):
        lazy.groups  # noqa: B018


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("nato met today", True),  # the first pattern
        ("kyiv met today", True),  # only the second
        ("zelensky spoke", True),  # only the third
        ("the weather was fine", False),
        ("", False),
    ],
)
def test_any_of_finds_what_the_union_finds(text: str, found: bool) -> None:
    parts = (r"\bnato\b|allies", r"\bkyiv\b", r"zelensk\w*")
    gate = AnyOf(*parts)
    assert bool(gate.search(text)) is found
    assert bool(re.compile("|".join(parts)).search(text)) is found
    assert gate.pattern == "|".join(parts)


def test_any_of_compiles_a_later_pattern_only_when_the_earlier_ones_miss() -> None:
    gate = AnyOf(r"\bnato\b", "a(b")  # the second would fail to compile
    assert gate.search("nato met") is not None
    with pytest.raises(re.error):
        gate.search("no alliance named")
