"""Regular expressions compiled when first used, not when their module is imported.

Python compiles a pattern in Python code, and the vocabularies' patterns are many and long:
compiling all of them is a large share of `watcher diff`'s start-up, although one sentence
needs few of them (most searches are skipped by a substring test first, `literals.may_hold`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from watcher.text import compiled as kept

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "split")


class LazyPattern:
    """`re.compile(pattern, flags)`, done at the first search; after that, the compiled
    pattern's own methods are called directly, with no cost added."""

    search: Callable[..., re.Match[str] | None]
    match: Callable[..., re.Match[str] | None]
    fullmatch: Callable[..., re.Match[str] | None]
    finditer: Callable[..., Iterator[re.Match[str]]]
    findall: Callable[..., list[Any]]
    sub: Callable[..., str]
    split: Callable[..., list[str | Any]]

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags

    def __getattr__(self, name: str) -> Any:
        """Called only while a method is missing: compile, and keep the compiled methods."""
        if name not in _METHODS:
            raise AttributeError(name)
        compiled = kept.compile(self.pattern, self.flags)
        for method in _METHODS:
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, {self.flags!r})"
