"""The differ's scoped cue rules, loaded once from `rules.toml` and validated.

Keeping the vocabulary in one data file, each cue with its category, direction and reach, lets
the rules be read, tested family by family and extended without touching the code that applies
them. A malformed file fails at import with the key at fault, never later mid-run.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

CATEGORIES = (
    "negation",
    "relinquish",
    "pseudo",
    "terminate",
    "qualifier",
    "conditional",
    "substitute",
)
DIRECTIONS = ("forward", "backward", "both")
_KEYS = {"category", "direction", "max_scope", "patterns"}


class RulesError(ValueError):
    """The rule file is malformed; the message names the rule and the key."""


@dataclass(frozen=True, slots=True)
class Modifier:
    """One family of cues: what they do, which way they reach, how far."""

    category: str
    direction: str
    max_scope: int
    patterns: tuple[str, ...]
    regex: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class Cue:
    """A modifier found in a sentence, with its character span."""

    category: str
    direction: str
    max_scope: int
    start: int
    end: int
    text: str


def parse_rules(text: str) -> tuple[Modifier, ...]:
    """Validate a rule file's text into modifiers; unknown keys and values are refused."""
    data = tomllib.loads(text)
    unknown = set(data) - {"modifier"}
    if unknown:
        raise RulesError(f"unknown top-level key(s): {', '.join(sorted(unknown))}")
    out: list[Modifier] = []
    for i, raw in enumerate(data.get("modifier", [])):
        where = f"modifier[{i}]"
        extra = set(raw) - _KEYS
        if extra:
            raise RulesError(f"{where}: unknown key(s) {', '.join(sorted(extra))}")
        missing = _KEYS - set(raw)
        if missing:
            raise RulesError(f"{where}: missing key(s) {', '.join(sorted(missing))}")
        if raw["category"] not in CATEGORIES:
            raise RulesError(f"{where}.category: {raw['category']!r} is not one of {CATEGORIES}")
        if raw["direction"] not in DIRECTIONS:
            raise RulesError(f"{where}.direction: {raw['direction']!r} is not one of {DIRECTIONS}")
        scope = raw["max_scope"]
        if not isinstance(scope, int) or isinstance(scope, bool) or not 0 <= scope <= 40:
            raise RulesError(f"{where}.max_scope: must be a whole number of words from 0 to 40")
        patterns = raw["patterns"]
        if not patterns or not all(isinstance(p, str) and p.strip() for p in patterns):
            raise RulesError(f"{where}.patterns: a non-empty list of non-empty strings")
        for p in patterns:
            try:
                re.compile(p)
            except re.error as exc:
                raise RulesError(f"{where}.patterns: {p!r} is not a valid pattern: {exc}") from None
        # Longest first, so "no longer" wins over "no"; word edges where the cue starts or ends
        # with a word character, so "no" never matches inside "know".
        ordered = sorted(patterns, key=len, reverse=True)
        alts = "|".join(
            (r"\b" if p[0].isalnum() else "") + f"(?:{p})" + (r"\b" if p[-1].isalnum() else "")
            for p in ordered
        )
        out.append(
            Modifier(raw["category"], raw["direction"], scope, tuple(patterns), re.compile(alts))
        )
    return tuple(out)


@cache
def rules() -> tuple[Modifier, ...]:
    """The packaged rule file, parsed once."""
    text = (files("watcher.differ") / "rules.toml").read_text(encoding="utf-8")
    return parse_rules(text)


def find_cues(low: str, modifiers: tuple[Modifier, ...] | None = None) -> list[Cue]:
    """Every cue in a lower-cased sentence; a cue inside a longer one of any category is dropped."""
    found: list[Cue] = []
    for mod in modifiers if modifiers is not None else rules():
        for m in mod.regex.finditer(low):
            found.append(
                Cue(mod.category, mod.direction, mod.max_scope, m.start(), m.end(), m.group(0))
            )
    found.sort(key=lambda c: (c.start, -(c.end - c.start)))
    kept: list[Cue] = []
    for cue in found:
        inside = any(
            k.start <= cue.start and cue.end <= k.end and (k.end - k.start) > (cue.end - cue.start)
            for k in kept
        )
        if not inside:
            kept.append(cue)
    return kept
