"""Text a pattern's every match must contain, so a search can be skipped where it is absent.

A vocabulary pattern is an alternation of words and phrases; a plain substring test for the
text each alternative starts with costs a fraction of the search, and most sentences hold few of
a vocabulary's words. The hints are read off the patterns themselves, so a vocabulary edited
later keeps them right; an alternative whose start is not plain text leaves its pattern with no
hints, and that pattern is always searched.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from watcher.text.lazy import LazyPattern

_META = frozenset("\\.^$*+?{}[]()|")
#: One character that is no regular expression syntax.
_PLAIN = r"[^\\.^$*+?{}\[\]()|]"
#: Plain characters and escaped full stops: the text a pattern's every match holds as written.
_PLAIN_RUN = re.compile(rf"(?:{_PLAIN}|\\\.)*")


def leading_text(alternative: str) -> str:
    """Text every match of a vocabulary pattern starts with ('' when that is not plain to see):
    'zelensky' for `zelensky[iy]?`, 'rada' for `(?:verkhovna )?rada`, 'us' for `\\bus\\b`."""
    if _depth_zero_at(alternative, "|"):
        return ""  # alternatives of its own, each with its own start
    rest = alternative.removeprefix(r"\b")
    optional = re.match(r"\(\?:[^()\[\]\\|]*\)\?", rest)
    if optional:
        rest = rest[optional.end() :]
    plain = _PLAIN_RUN.match(rest)
    text = plain.group(0) if plain else ""
    if text and rest[len(text) : len(text) + 1] in ("?", "*", "{"):
        # The character before is optional.
        text = text[:-2] if text.endswith("\\.") else text[:-1]
    return text.replace("\\.", ".")


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
    enclosed = pattern.startswith("(?:") and closes[:1] == (len(pattern) - 1,)
    body = pattern[3:-1] if enclosed else pattern
    cuts = _depth_zero_at(body, "|")
    return tuple(body[a + 1 : b] for a, b in zip([-1, *cuts], [*cuts, len(body)], strict=True))


#: What changes a pattern's depth or divides it, and the escapes and sets that hide those.
_STRUCTURE = re.compile(r"\\.|[\[()|]", re.DOTALL)


@lru_cache(maxsize=8192)
def _depth_zero_at(pattern: str, wanted: str = ")") -> tuple[int, ...]:
    """Where `wanted` (")" or "|") stands outside every group (for ")": where a top-level group
    closes). Only escapes, sets, brackets and bars are visited: the rule file's thousand cues
    and the vocabularies are read at every start, and the gate reads its alternatives several
    times over (kept, so each is scanned once)."""
    if wanted not in pattern:
        return ()  # most cues hold no "|" at all
    found: list[int] = []
    depth, at = 0, 0
    while found_at := _STRUCTURE.search(pattern, at):
        char, at = found_at.group(0), found_at.end()
        if char[0] == "\\":
            continue
        if char == "[":
            # A set ends at the first "]" that is not its first member ("[]x]", "[^]x]").
            i = found_at.start()
            j = i + 2 if pattern[i + 1 : i + 2] == "^" else i + 1
            end = pattern.find("]", j + 1 if pattern[j : j + 1] == "]" else j)
            if end < 0:
                break
            at = end + 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0 and wanted == ")":
                found.append(found_at.start())
        elif wanted == "|" and depth == 0:
            found.append(found_at.start())
    return tuple(found)


#: A leading text, one optional character, and the text after it: "g-?7".
_OPTIONAL_CHAR = re.compile(rf"({_PLAIN}*)({_PLAIN})\?({_PLAIN}*)(.?)", re.DOTALL)
#: A group of plain words, one of which every match starts with, and the text after it.
_WORD_GROUP = re.compile(rf"\(\?:({_PLAIN}+(?:\|{_PLAIN}+)*)\)({_PLAIN}*)(.?)", re.DOTALL)


def openings(alternative: str) -> tuple[str, ...]:
    """Texts one of which every match of a vocabulary pattern holds, at its start but after an
    optional opening group (() when that is not plain to see): its leading text; or, where that
    stops at an optional character, the text with and without it ('g-7' and 'g7' for `g-?7`);
    or, for a pattern that opens with a group of plain words, each word and the text after the
    group ('summit in' and 'pledge in' for `(?:summit|pledge) in`). More telling than
    `leading_text` alone ('g' for `g-?7`)."""
    rest = alternative.removeprefix(r"\b")
    found = _OPTIONAL_CHAR.match(rest)
    if found and not _depth_zero_at(alternative, "|"):
        before, char, after, following = found.groups()
        if following in ("?", "*", "{"):
            after = after[:-1]  # the last character of the text after is optional too
        if after:
            return (before + char + after, before + after)
    group = _WORD_GROUP.match(rest)
    if group and not _depth_zero_at(alternative, "|") and (group[2] or group[3] in ("", "|", ")")):
        words, after, following = group.groups()  # the group itself is required
        if following in ("?", "*", "{"):
            after = after[:-1]
        return tuple(word + after for word in words.split("|"))
    text = leading_text(alternative)
    return (text,) if text else ()


#: An opening lookaround, skipped when reading what a match must hold: "(?=\w)", "(?!x)".
_LOOKAROUND = re.compile(r"\(\?<?[=!]")


def _group_end(pattern: str) -> int:
    """Where the group `pattern` opens with closes (-1 when it does not): the first place a
    top-level group closes."""
    closes = _depth_zero_at(pattern)
    return closes[0] if closes else -1


def required_texts(alternative: str) -> tuple[str, ...]:
    """Texts one of which every match of an alternative holds (() when that is not plain to see):
    its `openings`, or else, past a word boundary and opening lookarounds, those of each
    alternative of the group it opens with ('member' and 'join' for
    `\\b(?=\\w)(?:member(?:ship|s)?|join(?:s|ed)?)`), or of what follows an optional one."""
    texts = openings(alternative)
    if texts:
        return texts
    rest = alternative
    while True:
        if rest.startswith(r"\b"):
            rest = rest[2:]
        elif _LOOKAROUND.match(rest):
            end = _group_end(rest)
            if end < 0:
                return ()
            rest = rest[end + 1 :]
        else:
            break
    if not rest.startswith("(?:"):
        return openings(rest) if rest != alternative else ()
    end = _group_end(rest)
    if end < 0:
        return ()
    after = rest[end + 1 :]
    if after[:1] in ("?", "*") or after.startswith("{0"):
        # An optional group: every match holds what follows it.
        following = after[1:] if after[:1] in ("?", "*") else after[after.find("}") + 1 :]
        return required_texts(following) if following else ()
    found: list[str] = []
    for inner in alternatives(rest[: end + 1]):
        texts = required_texts(inner)
        if not texts:
            return ()
        found += texts
    return tuple(dict.fromkeys(found))


def gate_texts(alternatives: tuple[str, ...]) -> tuple[str, ...] | None:
    """What must occur in a text for one of the alternatives to match (their `openings`);
    None when unknown. For a gate only: the texts are not one per alternative."""
    found: list[str] = []
    for alternative in alternatives:
        texts = openings(alternative)
        if not texts:
            return None
        found += texts
    return tuple(dict.fromkeys(found))


def words_pattern(texts: Iterable[str]) -> str:
    """A pattern for plain texts where a word starts (`\\b(?:...)` of them, longest first):
    grouped by first character, each group led by that character, so the engine looks for
    those characters before trying anything (a pattern that opens with `\\b` is tried at every
    character). Texts with different first characters never match at one place, so the groups'
    order changes no match."""
    groups: dict[str, list[str]] = {}
    for text in sorted(set(texts), key=lambda t: (-len(t), t)):
        if not text:
            raise ValueError("an empty text would match at every word")
        groups.setdefault(text[0], []).append(text)
    parts = []
    for first, members in groups.items():
        rests = "|".join(re.escape(t[1:]) for t in members)
        # A boundary before a word character is no word character before it.
        boundary = r"(?<!\w.)" if re.match(r"\w", first) else r"(?<=\w.)"
        parts.append(f"{re.escape(first)}{boundary}(?:{rests})")
    return "|".join(parts)


class Gate:
    """Does a lower-cased text hold a match of a word list's pattern (or of any of several)?
    What `re.compile("|".join(patterns)).search(low) is not None` answers, by substring tests: a
    plain alternative is its own test, and one with more to it is searched only where a text
    every match of it holds occurs (`required_texts`). A few dozen substring tests cost a
    fraction of one scan of the alternation. `fallback`: alternatives with no such text are
    searched on every text instead of refused (for a gate assembled from many vocabularies)."""

    def __init__(self, *patterns: str, fallback: bool = False) -> None:
        self.pattern = "|".join(patterns)
        plain: list[str] = []
        guarded: dict[str, list[str]] = {}
        always: list[str] = []
        for pattern in patterns:
            for alternative in alternatives(pattern):
                if not _META.intersection(alternative):
                    plain.append(alternative)
                    continue
                texts = required_texts(alternative)
                if not texts:
                    if not fallback:
                        raise ValueError(f"no opening text to test for in {alternative!r}")
                    always.append(alternative)
                for text in texts:
                    guarded.setdefault(text, []).append(alternative)
        self.plain = tuple(dict.fromkeys(plain))
        self.guarded = tuple(
            (text, LazyPattern("|".join(f"(?:{a})" for a in alts)))
            for text, alts in guarded.items()
        )
        self.always = LazyPattern("|".join(f"(?:{a})" for a in always)) if always else None

    def state(self) -> dict[str, Any]:
        """The gate's tables as plain data, for `from_state` in a later process: reading the
        patterns again costs a one-sentence command more than the sentence."""
        return {
            "pattern": self.pattern,
            "plain": list(self.plain),
            "guarded": [[text, pattern.pattern] for text, pattern in self.guarded],
            "always": self.always.pattern if self.always is not None else None,
        }

    @classmethod
    def from_state(cls, state: Any) -> Gate:
        """The gate `state` describes; `ValueError` when it is not one."""
        try:
            gate = cls.__new__(cls)
            gate.pattern = str(state["pattern"])
            gate.plain = tuple(str(text) for text in state["plain"])
            gate.guarded = tuple(
                (str(text), LazyPattern(str(pattern))) for text, pattern in state["guarded"]
            )
            always = state["always"]
            gate.always = LazyPattern(str(always)) if always is not None else None
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"not a gate: {exc!r}") from exc
        return gate

    def search(self, low: str) -> bool:
        for text in self.plain:  # a plain loop: this runs for every sentence
            if text in low:
                return True
        for text, pattern in self.guarded:
            if text in low and pattern.search(low):
                return True
        return self.always is not None and self.always.search(low) is not None
