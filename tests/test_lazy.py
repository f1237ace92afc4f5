"""A pattern compiled at its first search answers as `re.compile` would, and a bad one fails
there, naming the fault."""

from __future__ import annotations

import re

import pytest

from watcher.text.lazy import LazyPattern


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
