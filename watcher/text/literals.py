"""Text a pattern's every match must contain, so a search can be skipped where it is absent.

A vocabulary pattern is an alternation of words and phrases; a plain substring test for the
text each alternative starts with costs a fraction of the search, and most sentences hold few of
a vocabulary's words. The hints are read off the patterns themselves, so a vocabulary edited
later keeps them right; an alternative whose start is not plain text leaves its pattern with no
hints, and that pattern is always searched.
"""

from __future__ import annotations

import re

_META = frozenset("\\.^$*+?{}[]()|")


def leading_text(alternative: str) -> str:
    """Text every match of a vocabulary pattern starts with ('' when that is not plain to see):
    'zelensky' for `zelensky[iy]?`, 'rada' for `(?:verkhovna )?rada`, 'us' for `\\bus\\b`."""
    depth = 0
    for char in (
        alternative.replace("\\\\", "").replace("\\|", "").replace("\\(", "").replace("\\)", "")
    ):
        depth += (char == "(") - (char == ")")
        if char == "|" and depth == 0:
            return ""  # alternatives of its own, each with its own start
    rest = alternative.removeprefix(r"\b")
    optional = re.match(r"\(\?:[^()\\|]*\)\?", rest)
    if optional:
        rest = rest[optional.end() :]
    out: list[str] = []
    i = 0
    while i < len(rest):
        char = rest[i]
        if char == "\\" and rest[i + 1 : i + 2] == ".":
            out.append(".")
            i += 2
            continue
        if char in _META:
            if char in "?*{" and out:
                out.pop()  # the character before is optional
            break
        out.append(char)
        i += 1
    return "".join(out)


def hints(alternatives: tuple[str, ...]) -> tuple[str, ...] | None:
    """What must occur in a text for one of the alternatives to match; None when unknown."""
    texts = tuple(leading_text(a) for a in alternatives)
    return None if not all(texts) else texts


def may_hold(low: str, found_in: tuple[str, ...] | None) -> bool:
    """Can a pattern with these hints match `low` at all? (Always, when it has none.)"""
    if found_in is None:
        return True
    for hint in found_in:  # a plain loop: this runs for every sentence and vocabulary
        if hint in low:
            return True
    return False
