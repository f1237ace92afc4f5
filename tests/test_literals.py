"""Hints: the text a vocabulary pattern's every match starts with, read off the pattern."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from re import _parser  # type: ignore[attr-defined]
from re._constants import (  # type: ignore[import-not-found]
    ASSERT,
    ASSERT_NOT,
    AT,
    BRANCH,
    CATEGORY,
    CATEGORY_WORD,
    IN,
    LITERAL,
    MAX_REPEAT,
    MIN_REPEAT,
    RANGE,
    SUBPATTERN,
)
from typing import Any

import pytest

from watcher.differ.negation import _PROSPECT
from watcher.differ.rules import (
    _SUBSETS,
    SCAN_AFTER,
    HintScan,
    _alternation,
    _led_alternation,
    find_cues,
    hint_scan,
    packaged_text,
    rules,
    rules_from_data,
    word_starts,
)
from watcher.text import lexicon
from watcher.text.attributes import (
    _ANY_ROLE,
    _ANY_ROLE_LOW,
    _ROLE,
    _ROLE_HINTS,
    actors_of,
    events_of,
    roles,
)
from watcher.text.lazy import LazyPattern
from watcher.text.lexicon import MEMBERSHIP_TERMS
from watcher.text.literals import (
    Gate,
    _depth_zero_at,
    alternatives,
    gate_texts,
    hints,
    leading_text,
    may_hold,
    openings,
    required_texts,
    words_pattern,
)


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        ("kyiv", "kyiv"),
        ("north atlantic (?:treaty organi[sz]ation|alliance)", "north atlantic "),
        ("zelensky[iy]?", "zelensky"),  # a set ends the plain text
        ("allies?", "allie"),  # an optional last letter is not required
        ("g-?7", "g"),
        ("ab*c", "a"),
        ("ab{0,2}c", "a"),
        ("ab+", "ab"),  # at least one b
        ("(?:verkhovna )?rada", "rada"),  # an optional opening group is skipped
        (r"\bus\b", "us"),  # a word edge takes no room
        (r"u\.s\.", "u.s."),  # an escaped dot is a dot
        ("washington(?! summit)", "washington"),
        ("n't", "n't"),
        ("abc|def", ""),  # two alternatives with two starts: nothing is certain
        ("[|]x", ""),
        ("(?:summit|pledge) in 2008", ""),  # a required group: its start is not plain
        (r"\w+ship", ""),
        ("(?i)nato", ""),
    ],
)
def test_the_leading_text_is_what_every_match_starts_with(pattern: str, text: str) -> None:
    assert leading_text(pattern) == text
    if text:
        for m in re.finditer(pattern, "abbbc abc ac ab kyiv allie allies g7 g-7 us u.s. rada"):
            assert m.group(0).startswith(text)


def test_one_alternative_without_plain_text_leaves_the_pattern_without_hints() -> None:
    assert hints(("nato", "the alliance")) == ("nato", "the alliance")
    assert hints(("nato", r"\w+ance")) is None
    assert may_hold("anything at all", None)
    assert may_hold("the alliance met", ("nato", "the alliance"))
    assert not may_hold("the allies met", ("nato", "the alliance"))


SENTENCES = (
    "Zelenskyy said Kyiv would never give up its NATO ambitions, but not now.",
    "The Verkhovna Rada voted after the 2008 Bucharest summit promise.",
    "U.S. and U.K. officials met EU envoys in Washington before the Washington summit.",
    "The G7 declaration and the Group of Seven leaders backed Ukraine in 1994 terms.",
    "Allies ruled out an invitation; membership is off the table unless reforms come first.",
    "Shares in European carmakers rose 4 percent after the quarterly figures.",
    "Türkiye and Hungary's Orban blocked Sweden's accession until Stockholm complied.",
    "At the 2008 summit in Romania and the gathering in Lithuania, then a 75th-anniversary summit.",
)


@pytest.mark.parametrize("sentence", SENTENCES)
def test_hinted_searches_find_what_the_plain_patterns_find(sentence: str) -> None:
    low = sentence.lower()
    actors = tuple(
        a
        for a, words in lexicon.ACTORS.items()
        if re.search(r"(?<![\w-])(?:" + "|".join(words) + r")(?![\w-])", low)
    )
    events = tuple(
        e
        for e, words in lexicon.EVENTS.items()
        if re.search(r"(?<![\w-])(?:" + "|".join(words) + r")(?![\w-])", low)
    )
    assert actors_of(low) == actors
    assert events_of(low) == events
    plain = tuple(
        type(m)(m.category, m.direction, m.max_scope, m.patterns, m.regex) for m in rules()
    )
    assert find_cues(low) == find_cues(low, plain)
    needed = ("negation", "relinquish")
    assert find_cues(low, require=needed) == find_cues(low, plain, require=needed)


@pytest.mark.parametrize(
    ("pattern", "parts"),
    [
        ("a|b", ("a", "b")),
        ("(?:a|b)", ("a", "b")),  # one group that is all of the pattern
        ("(?:a|b)c", ("(?:a|b)c",)),
        ("(?:a|b)(?:c)", ("(?:a|b)(?:c)",)),
        ("(?:a)|(?:b)", ("(?:a)", "(?:b)")),
        ("x(?:a|b)|y", ("x(?:a|b)", "y")),
        ("[|]|b", ("[|]", "b")),  # a bar in a set divides nothing
        ("[^]|]x|y", ("[^]|]x", "y")),
        (r"a\|b", (r"a\|b",)),
    ],
)
def test_alternatives_are_split_where_the_pattern_divides(
    pattern: str, parts: tuple[str, ...]
) -> None:
    assert alternatives(pattern) == parts


@pytest.mark.parametrize(
    "sentence",
    [
        "Foreign Minister Andrii Sybiha said so.",
        "NATO SECRETARY GENERAL Mark Rutte spoke.",
        "Rutte, NATO's secretary-general, spoke.",
        "The Prime Minister of Hungary, Viktor Orban, objected.",
        "Nobody holding an office was named here.",
        "\u2019Defence Minister Rustem Umerov\u2019 was quoted.",
    ],
)
def test_office_holders_are_found_as_without_the_hint(sentence: str) -> None:
    found = [m.group(0) for m in re.finditer(_ROLE, sentence, re.IGNORECASE)]
    assert bool(found) == bool(_ANY_ROLE.search(sentence))
    assert (roles(sentence, ()) != ()) <= bool(found)
    if sentence.isascii():
        assert may_hold(sentence.lower(), _ROLE_HINTS) == bool(found)
        assert bool(_ANY_ROLE_LOW.search(sentence.lower())) == bool(found)


@pytest.mark.parametrize(
    "sentence",
    [
        *SENTENCES,
        "It is no longer a dream: not now, and not at this summit, but a step too far for ever.",
        "Membership is not off the table, unless the door is closed in place of guarantees.",
        "Nobody knows; the knot was not tied.",
        "",
    ],
)
def test_a_family_searched_for_the_cues_a_sentence_may_hold_finds_what_all_its_cues_find(
    sentence: str,
) -> None:
    low = sentence.lower()
    for mod in rules():
        assert mod.starts or mod.by_hint, mod.patterns  # every packaged family has hints
        found = [(m.span(), m.group(0)) for m in mod.matches(low)]
        assert found == [(m.span(), m.group(0)) for m in mod.regex.finditer(low)]


@pytest.mark.parametrize(
    "sentence",
    [
        *SENTENCES,
        "It is no longer a dream: not now, and not at this summit, but a step too far for ever.",
        "They know nothing; nobody ruled out anything, nor did anyone rule it out for now.",
        "Unless it is blocked, the bid may not be off the table; if not, no one can say.",
        "Non-members cannot veto it, and none would, whether or not the war ends.",
        "",
    ],
)
def test_one_scan_for_every_familys_word_hints_finds_what_each_family_finds(
    sentence: str,
) -> None:
    low = sentence.lower()
    mods = rules()
    worded = HintScan(mods).worded(low)
    for mod, held in zip(mods, worded, strict=True):
        found = [(m.span(), m.group(0)) for m in mod.matches_held(low, held)]
        assert found == [(m.span(), m.group(0)) for m in mod.regex.finditer(low)], mod.patterns


def test_the_scan_is_built_after_a_few_sentences_and_finds_the_same_cues() -> None:
    """A run that reads a sentence or two does not pay for compiling the scan; a longer one
    builds it, and its cues are those the per-family tests give."""
    mods = rules_from_data(tomllib.loads(packaged_text())).modifiers
    sentences = [s.lower() for s in SENTENCES] * (SCAN_AFTER // len(SENTENCES) + 2)
    before = [find_cues(low, mods) for low in sentences[: SCAN_AFTER - 1]]
    assert hint_scan(mods) is None  # none yet, a sentence short of SCAN_AFTER
    before.append(find_cues(sentences[SCAN_AFTER - 1], mods))
    assert hint_scan(mods) is not None  # built at the call after SCAN_AFTER sentences
    after = [find_cues(low, mods) for low in sentences[:SCAN_AFTER]]
    assert after == before and any(before)
    assert hint_scan(mods) is hint_scan(mods)


def _scan(*families: list[str]) -> tuple[HintScan, tuple[Any, ...]]:
    mods = rules_from_data(
        {
            "modifier": [
                {"category": "negation", "direction": "both", "max_scope": 3, "patterns": p}
                for p in families
            ]
        }
    ).modifiers
    return HintScan(mods), mods


@pytest.mark.parametrize(
    ("families", "low", "expected"),
    [
        # a hint inside a longer one at the same word start: both stand there
        ([["no longer", "no"]], "it is no longer so", [0b11]),
        # a hint at no word start rules its cue out ("no" in "know", "annot" in "cannot")
        ([["no", "never"]], "they know it", [0]),
        # a hint after another hint's first character: the scan goes on from the next one
        ([["rule out", "out"]], "did not rule out talks", [0b11]),
        ([["not now", "now"]], "not now", [0b11]),
        ([["rule out", "out"]], "without", [0]),
        # two families share a hint; each gets its own cue's bit
        ([["not"], ["not now", "never"]], "not now", [0b1, 0b01]),
        # only punctuation-led cues: no word hint to scan for
        ([[", but", "; "]], "yes, but no", [0]),
    ],
)
def test_the_word_hint_scan_table(families: list[list[str]], low: str, expected: list[int]) -> None:
    scan, mods = _scan(*families)
    held = scan.worded(low)
    # bits follow each family's cues longest first
    names = [
        {cue for i, cue in enumerate(mod.ordered) if bits >> i & 1}
        for mod, bits in zip(mods, held, strict=True)
    ]
    wanted = [
        {cue for i, cue in enumerate(mod.ordered) if bits >> i & 1}
        for mod, bits in zip(mods, expected, strict=True)
    ]
    assert names == wanted


def test_the_alternations_kept_for_a_family_are_bounded() -> None:
    words = [f"cue{i}" for i in range(10)]
    family = {"category": "negation", "direction": "both", "max_scope": 3, "patterns": words}
    (mod,) = rules_from_data({"modifier": [family]}).modifiers
    for held in range(1, 1 << len(words)):
        chosen = [w for i, w in enumerate(words) if held >> i & 1]
        assert [m.group(0) for m in mod.matches(" and ".join(chosen))] == chosen
        assert len(mod.subsets) <= _SUBSETS
    assert mod.matches("no cue here") == []


def test_word_starts_are_the_first_two_characters_of_each_word() -> None:
    assert word_starts("no, the knot is n't x") == {"no", "th", "kn", "is", "n'", "t ", "x"}
    assert word_starts("ukraine's bid-now") == {"uk", "s ", "bi", "no"}
    assert word_starts("") == set()


def _word_led(items: list[tuple[Any, Any]]) -> bool:
    """Does every match of these parsed pattern items start with a word character?"""
    for i, (op, av) in enumerate(items):
        rest = items[i + 1 :]
        if op in (AT, ASSERT, ASSERT_NOT):
            continue  # takes no room
        if op is LITERAL:
            return chr(av).isalnum()
        if op is IN:
            return all(
                (o is LITERAL and chr(a).isalnum())
                or (o is RANGE and all(chr(c).isalnum() for c in range(a[0], a[1] + 1)))
                or (o is CATEGORY and a is CATEGORY_WORD)
                for o, a in av
            )
        if op is SUBPATTERN:
            return _word_led([*av[3], *rest])
        if op is BRANCH:
            return all(_word_led([*alt, *rest]) for alt in av[1])
        if op in (MAX_REPEAT, MIN_REPEAT):
            low, _, inner = av
            return _word_led(list(inner)) and (low > 0 or _word_led(rest))
        return False
    return False  # an empty match


@pytest.mark.parametrize(
    "pattern",
    [MEMBERSHIP_TERMS, lexicon.COUNTRY_NAMES, _PROSPECT],
    ids=["membership", "countries", "prospect"],
)
def test_patterns_tried_only_at_a_word_s_start_match_only_there(pattern: LazyPattern) -> None:
    r"""`\b(?=\w)` before an alternation is `\b` alone when every match starts with a word
    character; the alternation after it is read to make sure."""
    assert pattern.pattern.startswith(r"\b(?=\w)")
    plain = re.compile(r"\b" + pattern.pattern[len(r"\b(?=\w)") :], pattern.flags)
    assert _word_led(list(_parser.parse(plain.pattern, plain.flags)))
    for sentence in [*SENTENCES, "-join- 'membership' (accession), poland's bid; nato-bid"]:
        low = sentence.lower()
        assert [m.span() for m in pattern.finditer(low)] == [m.span() for m in plain.finditer(low)]


def test_the_word_start_reader_refuses_what_may_start_elsewhere() -> None:
    for bad in (r"(?:nato|-x)", r"(?:x)?-y", r"\W?nato", r"[a-z-]x", r"[^a]x", r"(?:)"):
        assert not _word_led(list(_parser.parse(bad))), bad
    for good in (r"(?:x)?y", r"[a-z]+x", r"(?<!behind )(?:open|shut)", r"\wx"):
        assert _word_led(list(_parser.parse(good))), good


@pytest.mark.parametrize(
    "cues",
    [
        ["not", "no", "never"],
        ["no longer", "no", "n't", ", not", ";"],
        ["a (?:step|bridge) too far", "at (?:the |this )?summit", "now"],
        ["no+", "x"],  # a quantifier on the first letter keeps the boundary before it
    ],
)
def test_an_alternation_led_by_letters_matches_as_the_bounded_one(cues: list[str]) -> None:
    ordered = sorted(cues, key=len, reverse=True)
    led, bounded = re.compile(_led_alternation(ordered)), re.compile(_alternation(ordered))
    texts = [
        "no, not now; never a step too far at this summit, snow and nooo x",
        "know-no\nno_not n't can't, not",
        "now",
        "",
    ]
    for text in texts:
        assert [m.span() for m in led.finditer(text)] == [m.span() for m in bounded.finditer(text)]


@pytest.mark.parametrize(
    ("pattern", "texts"),
    [
        ("kyiv", ("kyiv",)),
        ("g-?7", ("g-7", "g7")),  # with and without the optional character
        ("g-?7 (?:joint )?declaration", ("g-7 ", "g7 ")),
        ("g-?7s?x", ("g-7", "g7")),  # an optional character after it is not required
        ("(?:summit|pledge) in 2008", ("summit in 2008", "pledge in 2008")),
        ("(?:summit|pledge)s? in", ("summit", "pledge")),
        ("(?:verkhovna )?rada", ("rada",)),  # an optional group: the leading text after it
        ("(?:a|b)?c", ()),
        ("(?:a|b)+c", ()),
        ("a|b", ()),
        ("ab??c", ("a",)),
    ],
)
def test_every_match_holds_one_of_the_openings(pattern: str, texts: tuple[str, ...]) -> None:
    assert openings(pattern) == texts
    sample = "g7 g-7 g-7 declaration g7s summit in 2008 pledges in verkhovna rada ac bc abc"
    for m in re.finditer(pattern, sample) if texts else ():
        assert any(text in m.group(0) for text in texts), (pattern, m.group(0))


def test_every_actor_and_event_match_holds_one_of_its_openings() -> None:
    sentences = [*SENTENCES, "The G-7 leaders, G7 declaration and the summit in 2008 met."]
    for cases in (Path(__file__).parent / "cases").glob("*.json"):
        sentences += re.findall(r'"(?:sentence|text)": "((?:[^"\\]|\\.)*)"', cases.read_text())
    for vocabulary in (lexicon.ACTORS, lexicon.EVENTS):
        for alternatives_ in vocabulary.values():
            for alternative in alternatives_:
                texts = openings(alternative)
                assert texts, alternative
                for sentence in sentences:
                    for m in re.finditer(alternative, sentence.lower()):
                        assert any(t in m.group(0) for t in texts), (alternative, m.group(0))
    assert gate_texts(lexicon.EVENTS["bucharest-2008"]) == (
        "bucharest",
        "2008 ",
        "summit ",
        "promise ",
        "pledge ",
        "romanian ",
        "promise of 2008",
        "pledge of 2008",
        "summit of 2008",
        "declaration of 2008",
        "half-",
    )


#: A word list with plain words, a word that must start a word, and a phrase with a gap.
_WORD_LIST = (
    r"resign|ex-|\bend|was (?:fired|sacked)|(?:last|final) (?:\w+ ){0,2}?day (?:as|in office)"
)


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("she resigned on monday.", True),
        ("the ex-minister spoke.", True),
        ("to end the war.", True),
        ("allies spend more.", False),  # "end" inside a word
        ("he was fired.", True),
        ("he was not fired.", False),
        ("on his last full day in office.", True),
        ("on the final day as minister.", True),
        ("on his last day of talks.", False),
        ("nothing of the kind.", False),
    ],
)
def test_a_gate_answers_as_a_search_of_its_pattern(text: str, held: bool) -> None:
    assert Gate(_WORD_LIST).search(text) is held
    assert (re.search(_WORD_LIST, text) is not None) is held


def test_a_gate_refuses_an_alternative_with_no_text_to_test_for() -> None:
    with pytest.raises(ValueError, match="no opening text"):
        Gate(r"plain|\w+ing")


@pytest.mark.parametrize(
    ("pattern", "texts"),
    [
        # Past a boundary and a lookahead, each alternative of the group it opens with.
        (r"\b(?=\w)(?:member(?:ship|s)?|join(?:s|ed)?)", ("member", "join")),
        (r"(?:ukrainians?)", ("ukrainian",)),
        (r"\b(?:nato|alliance)(?:'s)? (?:chief|head)\b", ("nato", "alliance")),
        (
            r"\b(?:(?:took|takes) over|run|runs) the pentagon\b",
            ("took over", "takes over", "run", "runs"),
        ),
        # What follows an optional group; a repeated group's first round; nothing from a set.
        (r"(?:the )?(?:truce|ceasefire)", ("truce", "ceasefire")),
        (r"(?:a|b)+c", ("a", "b")),
        (r"[a-z]+ing", ()),
    ],
)
def test_every_match_holds_one_of_the_required_texts(pattern: str, texts: tuple[str, ...]) -> None:
    assert required_texts(pattern) == texts
    sample = "ukrainian membership joined nato chief alliance's head took over the pentagon truce"
    for m in re.finditer(pattern, sample) if texts else ():
        assert any(text in m.group(0) for text in texts), (pattern, m.group(0))


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("kyiv's bid", True),  # a plain alternative of the first pattern
        ("the alliance's chief spoke", True),  # a guarded one of the second
        ("the singing went on", True),  # only the fallback finds it
        ("the weather was fine", False),
    ],
)
def test_a_gate_of_several_patterns_answers_as_their_union(text: str, held: bool) -> None:
    patterns = (r"kyiv|\bnato\b", r"\b(?:nato|alliance)(?:'s)? (?:chief|head)\b", r"\w+ing\b")
    gate = Gate(*patterns, fallback=True)
    assert gate.search(text) is held
    assert (re.search("|".join(patterns), text) is not None) is held


@pytest.mark.parametrize(
    "text",
    [
        "the membership action plan and nato-style terms, no 2008 promise",
        "anato membership; -style alone",
        "Non-membership, a plan, an ab-initio plan",
        "",
        "membership",
    ],
)
def test_a_words_pattern_matches_where_a_boundary_alternation_does(text: str) -> None:
    texts = ["membership action plan", "member", "nato", "no ", "-style", "2008 ", "a", "ab"]
    plain = r"\b(?:" + "|".join(map(re.escape, sorted(texts, key=len, reverse=True))) + ")"
    led = words_pattern(texts)
    assert [m.span() for m in re.finditer(led, text.lower())] == [
        m.span() for m in re.finditer(plain, text.lower())
    ]
    assert not led.startswith(r"\b")  # led by its first characters, not a boundary


def test_a_words_pattern_refuses_an_empty_text() -> None:
    with pytest.raises(ValueError, match="every word"):
        words_pattern(["nato", ""])


def _depth_zero_walk(pattern: str, wanted: str) -> list[int]:
    """`_depth_zero_at` as a walk over every character, for comparison."""
    found: list[int] = []
    depth, i = 0, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
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


_STRUCTURES = [
    r"a|b|(?:c|d)|e",
    r"(?:x|y)(z|w)|\|q|\(|[|(]|r",
    r"[]|)]|a|[^]|]|b|[\]]|c",
    r"(?:a(?:b|c)|d)|(e)",
    r"unclosed [set|a",
    "trailing backslash \\",
    r"(?:(?:(deep|er)))|x",
    "",
]


def test_groups_and_bars_found_as_by_a_walk_over_every_character() -> None:
    patterns = [
        *_STRUCTURES,
        *(p for mod in rules() for p in mod.patterns),
        *(p.pattern for p in vars(lexicon).values() if isinstance(p, LazyPattern)),
    ]
    for pattern in patterns:
        for wanted in ("|", ")"):
            assert list(_depth_zero_at(pattern, wanted)) == _depth_zero_walk(pattern, wanted), (
                pattern
            )


def _leading_walk(rest: str) -> str:
    """The plain text `leading_text` reads, walked character by character, for comparison."""
    out: list[str] = []
    i = 0
    while i < len(rest):
        char = rest[i]
        if char == "\\" and rest[i + 1 : i + 2] == ".":
            out.append(".")
            i += 2
            continue
        if char in "\\.^$*+?{}[]()|":
            if char in "?*{" and out:
                out.pop()
            break
        out.append(char)
        i += 1
    return "".join(out)


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (r"u\.s\.", "u.s."),
        (r"u\.s\.?", "u.s"),
        (r"ab?", "a"),
        (r"ab*c", "a"),
        (r"ab{2}", "a"),
        (r"ab+", "ab"),
        (r"a\d", "a"),
        (r"\.x", ".x"),
        (r"x\.?", "x"),
        (r"plain words", "plain words"),
        (r"?", ""),
    ],
)
def test_the_leading_text_read_as_one_run(pattern: str, text: str) -> None:
    assert leading_text(pattern) == text == _leading_walk(pattern)


def test_the_leading_text_of_every_packaged_cue_as_a_walk_reads_it() -> None:
    patterns = [
        *(p for mod in rules() for p in mod.patterns),
        *(
            a
            for p in vars(lexicon).values()
            if isinstance(p, LazyPattern)
            for a in alternatives(p.pattern)
        ),
    ]
    for pattern in patterns:
        if _depth_zero_at(pattern, "|"):
            continue
        rest = pattern.removeprefix(r"\b")
        optional = re.match(r"\(\?:[^()\[\]\\|]*\)\?", rest)
        rest = rest[optional.end() :] if optional else rest
        assert leading_text(pattern) == _leading_walk(rest), pattern
