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
    if _depth_zero_at(alternative, "|"):
        return ""  # alternatives of its own, each with its own start
    rest = alternative.removeprefix(r"\b")
    optional = re.match(r"\(\?:[^()\[\]\\|]*\)\?", rest)
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


def alternatives(pattern: str) -> tuple[str, ...]:
    """The top-level alternatives of a pattern, or of the one group `(?:...)` that is all of it."""
    closes = _depth_zero_at(pattern)
    enclosed = pattern.startswith("(?:") and closes[:1] == [len(pattern) - 1]
    body = pattern[3:-1] if enclosed else pattern
    cuts = _depth_zero_at(body, "|")
    return tuple(body[a + 1 : b] for a, b in zip([-1, *cuts], [*cuts, len(body)], strict=True))


def _depth_zero_at(pattern: str, wanted: str = ")") -> list[int]:
    """Where `wanted` stands outside every group (for ")": where a top-level group closes)."""
    found: list[int] = []
    depth, i = 0, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            # A set ends at the first "]" that is not its first member ("[]x]", "[^]x]").
            j = i + 2 if pattern[i + 1 : i + 2] == "^" else i + 1
            end = pattern.find("]", j + 1 if pattern[j : j + 1] == "]" else j)
            i = len(pattern) if end < 0 else end + 1
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0 and wanted == ")":
                found.append(i)
        elif char == wanted and depth == 0:
            found.append(i)
        i += 1
    return found
