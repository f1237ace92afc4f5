"""The differ's scoped cue rules, loaded once from `rules.toml` and validated.

Keeping the vocabulary in one data file, each cue with its category, direction and reach, lets
the rules be read, tested family by family and extended without touching the code that applies
them. A malformed file is refused with the key at fault. The packaged file is checked whole by
the tests, so at run time its patterns are compiled when first searched, not all at start-up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from watcher.text import compiled as kept
from watcher.text.lazy import LazyPattern
from watcher.text.literals import alternatives, hints, may_hold

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
#: A frame's optional key: how its sentences relate to the claim it cites.
_FRAME_OPTIONAL = {"relation"}
#: "retells": a sentence matching the frame says what the claim says (known); "contradicts": it
#: asserts what the claim rules out (contradicted).
FRAME_RELATIONS = ("retells", "contradicts")
_CONCEPT_KEYS = {"name", "topic", "patterns"}
#: What a concept may be about: the kinds of topic an entry's later sentences are read in.
CONCEPT_TOPICS = ("guarantee", "membership")


class RulesError(ValueError):
    """The rule file is malformed; the message names the rule and the key."""


@dataclass(frozen=True, slots=True)
class Modifier:
    """One family of cues: what they do, which way they reach, how far."""

    category: str
    direction: str
    max_scope: int
    patterns: tuple[str, ...]
    regex: re.Pattern[str] | LazyPattern
    #: Text one of which a sentence must hold for `regex` to match (None: not known).
    hints: tuple[str, ...] | None = None
    #: The patterns in the order `regex` tries them (longest first).
    ordered: tuple[str, ...] = ()
    #: Each hint with the bits (by place in `ordered`) of the patterns that start with it: the
    #: hints of word cues by their first two characters (such a cue starts where a word does),
    #: the others (punctuation, one letter) looked for wherever they stand.
    by_start: dict[str, tuple[tuple[str, int], ...]] = field(
        default_factory=dict, compare=False, repr=False
    )
    starts: frozenset[str] = frozenset()
    by_hint: tuple[tuple[str, int], ...] = ()
    #: One compiled alternation per set of patterns a sentence may hold, made when first needed.
    subsets: dict[int, re.Pattern[str]] = field(default_factory=dict, compare=False, repr=False)

    def matches(self, low: str, starts: set[str] | None = None) -> list[re.Match[str]]:
        """Every match of `regex` in the lower-cased sentence, as `finditer` gives them;
        `starts`: `word_starts(low)`, when the caller has it.

        A pattern whose hint the sentence lacks cannot match anywhere in it, and an alternative
        that fails everywhere changes no match of an alternation: only the others are searched.
        Most sentences hold the hints of a few of a family's many cues ("no", "at "), so the
        alternation searched is a few cues long, not eighty; and a word cue's hint is looked
        for only when a word of the sentence starts as it does.
        """
        return self.matches_held(
            low, self.held(low, word_starts(low) if starts is None else starts)
        )

    def held(self, low: str, starts: set[str]) -> int:
        """The bits of the word cues whose hint `low` holds, a word of it starting as the hint
        does (`starts`: `word_starts(low)`), by substring tests: a looser test than
        `HintScan`'s (the hint need not stand at that word start), which gives the same
        matches."""
        held = 0
        for start in starts & self.starts:
            for hint, bits in self.by_start[start]:
                if hint in low:
                    held |= bits
        return held

    def matches_held(self, low: str, worded: int) -> list[re.Match[str]]:
        """`matches`, given the bits of the word cues whose hints stand at a word start of
        `low` (`HintScan`, for every family at once); the other hints are looked for here."""
        if not self.by_hint and not self.starts:
            return list(self.regex.finditer(low)) if may_hold(low, self.hints) else []
        held = worded
        for hint, bits in self.by_hint:
            if hint in low:
                held |= bits
        if not held:
            return []
        regex = self.subsets.get(held)
        if regex is None:
            if len(self.subsets) >= _SUBSETS:
                self.subsets.clear()
            chosen = [p for i, p in enumerate(self.ordered) if held >> i & 1]
            regex = self.subsets[held] = kept.compile(_led_alternation(chosen))
        return list(regex.finditer(low))


#: How many alternations of some of a family's cues are kept (memory stays bounded).
_SUBSETS = 512


class HintScan:
    """Which word cues of every family a sentence may hold, found in one scan of it.

    A word cue matches only where a word starts, and starts with its hint (`_by_hint`), so a
    hint that stands at no word start rules its cues out. One alternation of every family's
    word hints, led by their first characters, finds at each word start the longest hint that
    stands there; every hint that stands there is a start of that one, and each is known with
    the families and cues it serves. One scan in C replaces some two hundred substring tests
    in a Python loop, twenty families of them.
    """

    def __init__(self, modifiers: tuple[Modifier, ...]) -> None:
        served = [
            (i, hint, bits)
            for i, mod in enumerate(modifiers)
            for pairs in mod.by_start.values()
            for hint, bits in pairs
        ]
        by_text: dict[str, list[tuple[int, int]]] = {}
        for i, hint, bits in served:
            by_text.setdefault(hint, []).append((i, bits))
        texts = sorted(by_text, key=lambda t: (-len(t), t))
        #: A hint found -> (family, bits) of it and of every hint it starts with.
        self.served: dict[str, tuple[tuple[int, int], ...]] = {
            text: tuple(
                pair for end in range(2, len(text) + 1) for pair in by_text.get(text[:end], ())
            )
            for text in texts
        }
        groups: dict[str, list[str]] = {}
        for text in texts:
            groups.setdefault(text[0], []).append(re.escape(text[1:]))
        # Tried only where no word character stands before (every hint opens with one, so
        # that is a word start); each group consumes its first character and looks ahead for
        # the rest, so the scan goes on from the next character and a hint inside a longer one
        # is not passed over.
        self.pattern = (
            None
            if not texts
            else re.compile(
                r"(?<!\w)(?:"
                + "|".join(
                    f"{re.escape(first)}(?=({'|'.join(rests)}))" for first, rests in groups.items()
                )
                + ")"
            )
        )
        self.size = len(modifiers)

    def worded(self, low: str) -> list[int]:
        """Per family, the bits of its word cues whose hint stands at a word start of `low`."""
        held = [0] * self.size
        if self.pattern is None:
            return held
        served = self.served
        for m in self.pattern.finditer(low):
            for i, bits in served[m.group(0) + m.group(m.lastindex or 0)]:
                held[i] |= bits
        return held


#: Sentences read for cues with a set of families before its `HintScan` is built. Building it
#: compiles one alternation of some four hundred hints, about 8 ms, a thirtieth of `watcher
#: diff`'s start; the tests it replaces cost some 40 us a sentence more, so a run that reads a
#: few sentences keeps to them and a longer one builds the scan early on.
SCAN_AFTER = 32
_SCANS: dict[int, tuple[tuple[Modifier, ...], HintScan | int]] = {}


def hint_scan(modifiers: tuple[Modifier, ...]) -> HintScan | None:
    """The `HintScan` of these families, built once per rule file in use after its first
    `SCAN_AFTER` sentences (None until then)."""
    entry = _SCANS.get(id(modifiers))
    if entry is None or entry[0] is not modifiers:
        if len(_SCANS) >= 8:
            _SCANS.clear()
        entry = _SCANS[id(modifiers)] = (modifiers, 0)
    scan = entry[1]
    if isinstance(scan, HintScan):
        return scan
    if scan < SCAN_AFTER:
        _SCANS[id(modifiers)] = (modifiers, scan + 1)
        return None
    built = HintScan(modifiers)
    _SCANS[id(modifiers)] = (modifiers, built)
    return built


_WORD_START = re.compile(r"(?s)\b\w.?")


def word_starts(low: str) -> set[str]:
    """The first two characters (one, at the end) of every word of the text and what follows:
    a word cue's match starts at a word's start (its leading word boundary), with its hint."""
    return set(_WORD_START.findall(low))


def _alternation(ordered: list[str]) -> str:
    """One alternation of a family's cues, in the order given (longest first).

    One leading word boundary for every cue that starts with a letter, so the engine tries the
    alternatives only where a word begins. A word cue ends where a word ends ("deny" never
    matches inside "Denys").
    """
    words = "|".join(f"(?:{p})(?!\\w)" for p in ordered if p[0].isalnum())
    others = "|".join(
        f"(?:{p})" + (r"\b" if p[-1].isalnum() else "") for p in ordered if not p[0].isalnum()
    )
    return "|".join(x for x in (rf"\b(?:{words})" if words else "", others) if x)


def _led_alternation(ordered: list[str]) -> str:
    """`_alternation(ordered)` led by each word cue's first letter, where the engine looks for
    the letters before trying anything else (a pattern that opens with a word boundary is tried
    at every character).

    The word boundary before a cue that starts with letter `c` is `c(?<!\\w.)`: `c` is a word
    character, so there is a boundary before it when the character before it is none (or there
    is none). A cue whose first character a quantifier governs keeps the boundary before it.
    """
    words = [p for p in ordered if p[0].isalnum()]
    if any(p[1:2] in ("*", "+", "?", "{") for p in words):
        return _alternation(ordered)
    led = "|".join(f"{p[0]}(?<!\\w.)(?:{p[1:]})(?!\\w)" for p in words)
    others = "|".join(
        f"(?:{p})" + (r"\b" if p[-1].isalnum() else "") for p in ordered if not p[0].isalnum()
    )
    return "|".join(x for x in (led, others) if x)


def _by_hint(
    ordered: list[str], patterns: list[str], found: tuple[str, ...] | None
) -> tuple[dict[str, tuple[tuple[str, int], ...]], tuple[tuple[str, int], ...]]:
    """`Modifier.by_start` and `Modifier.by_hint` for these patterns, whose `hints` are
    `found`; both empty when some pattern has no hint.

    A word cue (one that starts with a letter or digit) is tried only after a word boundary
    (`_alternation`), and starts with its hint, so its hint stands at the start of a word.
    """
    if found is None:
        return {}, ()
    first = dict(zip(patterns, found, strict=True))
    worded: dict[str, int] = {}
    loose: dict[str, int] = {}
    for i, p in enumerate(ordered):
        hint = first[p]
        kind = worded if p[0].isalnum() and len(hint) >= 2 else loose
        kind[hint] = kind.get(hint, 0) | 1 << i
    by_start: dict[str, tuple[tuple[str, int], ...]] = {}
    for hint, bits in worded.items():
        by_start[hint[:2]] = (*by_start.get(hint[:2], ()), (hint, bits))
    return by_start, tuple(loose.items())


@dataclass(frozen=True, slots=True)
class Frame:
    """A way coverage retells a baseline claim: every `all` pattern, no `none` pattern."""

    name: str
    all: tuple[re.Pattern[str] | LazyPattern, ...]
    none: tuple[re.Pattern[str] | LazyPattern, ...]
    cites: re.Pattern[str] | LazyPattern
    #: Text one of which a sentence must hold for the first `all` pattern to match (None: not
    #: known): a sentence without it is never searched for the frame.
    hints: tuple[str, ...] | None = None
    #: What a sentence that matches does to the claim: retells it, or contradicts it.
    relation: str = "retells"

    @property
    def contradicts(self) -> bool:
        """Does a sentence matching this frame assert what its claim rules out?"""
        return self.relation == "contradicts"

    def opens(self, low: str) -> bool:
        """Does the lower-cased sentence name what every retelling of the claim names?"""
        return may_hold(low, self.hints) and self.all[0].search(low) is not None

    def matches(self, low: str) -> bool:
        """Does the lower-cased sentence retell this frame's claim?"""
        return (
            self.opens(low)
            and all(p.search(low) for p in self.all[1:])
            and not any(p.search(low) for p in self.none)
        )

    def holds(self, low: str, start: int, end: int) -> bool:
        """Does a pattern after the first hold the words from `start` to `end` of the sentence?
        A denial the frame itself words ("stopped allies from issuing an invitation") is part
        of the claim it retells."""
        return any(
            m.start() <= start and end <= m.end() for p in self.all[1:] for m in p.finditer(low)
        )


@dataclass(frozen=True, slots=True)
class Concept:
    """Something new the coverage asserts, named as the domain names it however it is worded
    ("Article 5-like protection", "NATO-style guarantees"): the key of a `new` development."""

    name: str
    regex: re.Pattern[str] | LazyPattern
    #: Text one of which a sentence must hold for `regex` to match (None: not known).
    hints: tuple[str, ...] | None = None
    #: What it is about ("guarantee" or "membership"): an entry that names it is about that,
    #: for the sentences after it ("such a force" after "a reassurance force").
    topic: str = "guarantee"

    def search(self, low: str) -> re.Match[str] | None:
        """Where the lower-cased sentence names the concept, skipped where it cannot."""
        return self.regex.search(low) if may_hold(low, self.hints) else None


@dataclass(frozen=True, slots=True)
class Rules:
    """The whole rule file: scoped modifiers, frames and concepts."""

    modifiers: tuple[Modifier, ...]
    frames: tuple[Frame, ...]
    concepts: tuple[Concept, ...] = ()


@dataclass(frozen=True, slots=True)
class Cue:
    """A modifier found in a sentence, with its character span."""

    category: str
    direction: str
    max_scope: int
    start: int
    end: int
    text: str


def _pattern(where: str, p: object, check: bool = True) -> re.Pattern[str] | LazyPattern:
    if not isinstance(p, str) or not p.strip():
        raise RulesError(f"{where}: patterns are non-empty strings")
    if not check:
        return LazyPattern(rf"\b(?:{p})")
    try:
        return re.compile(rf"\b(?:{p})")
    except re.error as exc:
        raise RulesError(f"{where}: {p!r} is not a valid pattern: {exc}") from None


def _tables(
    data: dict[str, object], kind: str, keys: set[str], optional: frozenset[str] = frozenset()
) -> list[tuple[str, dict[str, Any]]]:
    """The file's `[[kind]]` tables, each with where it is, holding exactly `keys` (and any of
    `optional`)."""
    raw_tables = data.get(kind, [])
    if not isinstance(raw_tables, list):
        raise RulesError(f"{kind}: a list of tables")
    out: list[tuple[str, dict[str, Any]]] = []
    for i, raw in enumerate(raw_tables):
        where = f"{kind}[{i}]"
        extra = set(raw) - keys - optional
        if extra:
            raise RulesError(f"{where}: unknown key(s) {', '.join(sorted(extra))}")
        missing = keys - set(raw)
        if missing:
            raise RulesError(f"{where}: missing key(s) {', '.join(sorted(missing))}")
        out.append((where, raw))
    return out


def _frames(data: dict[str, object], check: bool = True) -> tuple[Frame, ...]:
    out: list[Frame] = []
    names: set[str] = set()
    for where, raw in _tables(data, "frame", _FRAME_KEYS, frozenset(_FRAME_OPTIONAL)):
        name = raw["name"]
        if not isinstance(name, str) or not name or name in names:
            raise RulesError(f"{where}.name: a unique, non-empty name")
        names.add(name)
        if not isinstance(raw["all"], list) or len(raw["all"]) < 2:
            raise RulesError(f"{where}.all: at least two patterns, so no frame rests on one word")
        if not isinstance(raw["none"], list):
            raise RulesError(f"{where}.none: a list of patterns")
        relation = raw.get("relation", "retells")
        if relation not in FRAME_RELATIONS:
            raise RulesError(f"{where}.relation: one of {', '.join(FRAME_RELATIONS)}")
        out.append(
            Frame(
                name,
                tuple(_pattern(f"{where}.all", p, check) for p in raw["all"]),
                tuple(_pattern(f"{where}.none", p, check) for p in raw["none"]),
                _pattern(f"{where}.cites", raw["cites"], check),
                hints(alternatives(raw["all"][0])) if isinstance(raw["all"][0], str) else None,
                relation,
            )
        )
    return tuple(out)


def _concepts(data: dict[str, object], check: bool = True) -> tuple[Concept, ...]:
    out: list[Concept] = []
    names: set[str] = set()
    for where, raw in _tables(data, "concept", _CONCEPT_KEYS):
        name = raw["name"]
        if (
            not isinstance(name, str)
            or not re.fullmatch(r"[a-z0-9][a-z0-9-]*", name)
            or name in names
        ):
            raise RulesError(
                f"{where}.name: a unique name of lower-case letters, digits and dashes"
            )
        names.add(name)
        if raw["topic"] not in CONCEPT_TOPICS:
            raise RulesError(f"{where}.topic: one of {', '.join(CONCEPT_TOPICS)}")
        patterns = raw["patterns"]
        if not isinstance(patterns, list) or not patterns:
            raise RulesError(f"{where}.patterns: a non-empty list of patterns")
        for p in patterns:
            _pattern(f"{where}.patterns", p, check)
            if check and not _self_contained(p):
                raise RulesError(f"{where}.patterns: {p!r} is not a valid pattern on its own")
        whole = r"\b(?:" + "|".join(f"(?:{p})" for p in patterns) + r")(?!\w)"
        regex = re.compile(whole) if check else LazyPattern(whole)
        out.append(Concept(name, regex, hints(tuple(patterns)), raw["topic"]))
    return tuple(out)


def _family(where: str, alts: str, patterns: list[str]) -> re.Pattern[str]:
    """A family's alternation, compiled; a pattern that is not valid alone is refused by name.

    Each pattern is compiled on its own only when the alternation fails or a pattern could
    reach outside its group (an unbalanced bracket, a group reference): the file is read at
    every start, and compiling each of its patterns twice is a tenth of that start.
    """
    try:
        compiled = re.compile(alts)
    except re.error:
        compiled = None
    for p in patterns:
        if compiled is not None and _self_contained(p):
            continue
        try:
            re.compile(p)
        except re.error as exc:
            raise RulesError(f"{where}.patterns: {p!r} is not a valid pattern: {exc}") from None
    if compiled is None:
        raise RulesError(f"{where}.patterns: the patterns do not combine into one alternation")
    return compiled


def _self_contained(pattern: str) -> bool:
    """Do the pattern's brackets balance, with no back reference to a group elsewhere?"""
    depth, i, n = 0, 0, len(pattern)
    while i < n:
        char = pattern[i]
        if char == "\\":
            if i + 1 < n and (pattern[i + 1].isdigit() or pattern[i + 1] in "gk"):
                return False  # \1, \g<...>: a group that may be another pattern's
            i += 2
            continue
        if char == "[":
            # A set ends at the first "]" that is not its first member ("[]x]", "[^]x]").
            i += 2 if pattern[i + 1 : i + 2] == "^" else 1
            i += 1 if pattern[i : i + 1] == "]" else 0
            while i < n and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
            if i >= n:
                return False
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth < 0:
                return False
        i += 1
    return depth == 0 and "(?P=" not in pattern


def parse_rule_file(text: str, check: bool = True) -> Rules:
    """Validate a whole rule file; unknown keys and values are refused with their place.

    With `check` false, patterns are compiled when first searched, and one that is not valid
    fails then: for the packaged file, which the tests check whole.
    """
    import tomllib  # not at every start: the packaged rules are kept (`keep`)

    return rules_from_data(tomllib.loads(text), check)


def rules_from_data(data: dict[str, Any], check: bool = True) -> Rules:
    """The rules of a rule file's decoded data, validated as `parse_rule_file` says."""
    if not isinstance(data, dict):
        raise RulesError("a rule file is a table of tables")
    unknown = set(data) - {"modifier", "frame", "concept"}
    if unknown:
        raise RulesError(f"unknown top-level key(s): {', '.join(sorted(unknown))}")
    out: list[Modifier] = []
    for where, raw in _tables(data, "modifier", _KEYS):
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
        # Longest first, so "no longer" wins over "no"; word edges where the cue starts or ends
        # with a word character, so "no" never matches inside "know".
        ordered = sorted(patterns, key=len, reverse=True)
        alts = _alternation(ordered)
        found = hints(tuple(patterns))
        by_start, loose = _by_hint(ordered, patterns, found)
        out.append(
            Modifier(
                raw["category"],
                raw["direction"],
                scope,
                tuple(patterns),
                _family(where, alts, patterns) if check else LazyPattern(alts),
                found,
                tuple(ordered),
                by_start,
                frozenset(by_start),
                loose,
            )
        )
    return Rules(tuple(out), _frames(data, check), _concepts(data, check))


#: The packaged rules as an earlier start read them, kept with the differ's state derived from
#: the baseline (`watcher.differ.derived`, whose key covers this file): loading the TOML
#: parser and parsing were a twentieth of `watcher diff`'s wait.
_kept: list[Rules] = []


def keep(kept: Rules) -> None:
    """Use `kept`, the packaged file's rules read at an earlier start, from now on."""
    _kept[:] = [kept]


@cache
def rule_file() -> Rules:
    """The packaged rule file, parsed once."""
    if _kept:
        return _kept[0]
    # Beside this module, as the packaged baseline is (importlib.resources would add a tenth
    # to `watcher diff`'s start-up).
    return parse_rule_file(packaged_text(), check=False)


def packaged_data() -> dict[str, Any]:
    """The packaged rule file's decoded data, as `watcher.differ.derived` keeps it."""
    import tomllib

    return tomllib.loads(packaged_text())


def packaged_text() -> str:
    """The packaged rule file's text."""
    return (Path(__file__).resolve().parent / "rules.toml").read_text(encoding="utf-8")


def rules() -> tuple[Modifier, ...]:
    """The packaged scoped modifiers."""
    return rule_file().modifiers


def frames() -> tuple[Frame, ...]:
    """The packaged frames."""
    return rule_file().frames


def concepts() -> tuple[Concept, ...]:
    """The packaged concepts."""
    return rule_file().concepts


def find_cues(
    low: str, modifiers: tuple[Modifier, ...] | None = None, require: tuple[str, ...] = ()
) -> list[Cue]:
    """Every cue in a lower-cased sentence; a cue inside a longer one of any category is dropped.

    With `require`, the families of those categories are looked for first, and when none of
    them occurs the answer is no cues at all, without looking for the others.
    """
    mods = modifiers if modifiers is not None else rules()
    matches: list[list[re.Match[str]] | None] = [None] * len(mods)
    scan = hint_scan(mods)
    if scan is None:
        starts = word_starts(low)
        worded = [mod.held(low, starts) for mod in mods]
    else:
        worded = scan.worded(low)
    if require:
        for i, mod in enumerate(mods):
            if mod.category in require:
                matches[i] = mod.matches_held(low, worded[i])
        if not any(matches):
            return []
    found: list[Cue] = []
    for mod, done, held in zip(mods, matches, worded, strict=True):
        if done is None:
            done = mod.matches_held(low, held)
        for m in done:
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
