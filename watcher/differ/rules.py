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
    "absolute",
    "conditional",
    "substitute",
)
DIRECTIONS = ("forward", "backward", "both")
_KEYS = {"category", "direction", "max_scope", "patterns"}
_FRAME_KEYS = {"name", "all", "none", "cites"}


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
class Frame:
    """A way coverage retells a baseline claim: every `all` pattern, no `none` pattern."""

    name: str
    all: tuple[re.Pattern[str], ...]
    none: tuple[re.Pattern[str], ...]
    cites: re.Pattern[str]

    def matches(self, low: str) -> bool:
        """Does the lower-cased sentence retell this frame's claim?"""
        return all(p.search(low) for p in self.all) and not any(p.search(low) for p in self.none)


@dataclass(frozen=True, slots=True)
class Rules:
    """The whole rule file: scoped modifiers and frames."""

    modifiers: tuple[Modifier, ...]
    frames: tuple[Frame, ...]


@dataclass(frozen=True, slots=True)
class Cue:
    """A modifier found in a sentence, with its character span."""

    category: str
    direction: str
    max_scope: int
    start: int
    end: int
    text: str


def _pattern(where: str, p: object) -> re.Pattern[str]:
    if not isinstance(p, str) or not p.strip():
        raise RulesError(f"{where}: patterns are non-empty strings")
    try:
        return re.compile(rf"\b(?:{p})")
    except re.error as exc:
        raise RulesError(f"{where}: {p!r} is not a valid pattern: {exc}") from None


def _frames(data: dict[str, object]) -> tuple[Frame, ...]:
    raw_frames = data.get("frame", [])
    if not isinstance(raw_frames, list):
        raise RulesError("frame: a list of tables")
    out: list[Frame] = []
    names: set[str] = set()
    for i, raw in enumerate(raw_frames):
        where = f"frame[{i}]"
        extra = set(raw) - _FRAME_KEYS
        if extra:
            raise RulesError(f"{where}: unknown key(s) {', '.join(sorted(extra))}")
        missing = _FRAME_KEYS - set(raw)
        if missing:
            raise RulesError(f"{where}: missing key(s) {', '.join(sorted(missing))}")
        name = raw["name"]
        if not isinstance(name, str) or not name or name in names:
            raise RulesError(f"{where}.name: a unique, non-empty name")
        names.add(name)
        if not isinstance(raw["all"], list) or len(raw["all"]) < 2:
            raise RulesError(f"{where}.all: at least two patterns, so no frame rests on one word")
        if not isinstance(raw["none"], list):
            raise RulesError(f"{where}.none: a list of patterns")
        out.append(
            Frame(
                name,
                tuple(_pattern(f"{where}.all", p) for p in raw["all"]),
                tuple(_pattern(f"{where}.none", p) for p in raw["none"]),
                _pattern(f"{where}.cites", raw["cites"]),
            )
        )
    return tuple(out)


def parse_rule_file(text: str) -> Rules:
    """Validate a whole rule file; unknown keys and values are refused with their place."""
    data = tomllib.loads(text)
    unknown = set(data) - {"modifier", "frame"}
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
        # One leading word boundary for every cue that starts with a letter, so the engine
        # tries the alternatives only where a word begins.
        # A word cue ends where a word ends ("deny" never matches inside "Denys").
        words = "|".join(f"(?:{p})(?!\\w)" for p in ordered if p[0].isalnum())
        others = "|".join(
            f"(?:{p})" + (r"\b" if p[-1].isalnum() else "") for p in ordered if not p[0].isalnum()
        )
        alts = "|".join(x for x in (rf"\b(?:{words})" if words else "", others) if x)
        out.append(
            Modifier(raw["category"], raw["direction"], scope, tuple(patterns), re.compile(alts))
        )
    return Rules(tuple(out), _frames(data))


@cache
def rule_file() -> Rules:
    """The packaged rule file, parsed once."""
    text = (files("watcher.differ") / "rules.toml").read_text(encoding="utf-8")
    return parse_rule_file(text)


def rules() -> tuple[Modifier, ...]:
    """The packaged scoped modifiers."""
    return rule_file().modifiers


def frames() -> tuple[Frame, ...]:
    """The packaged frames."""
    return rule_file().frames


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
