"""Sentence splitting and normalisation."""

from __future__ import annotations

import re

import pytest

from watcher.text.segment import (
    _BOUNDARY,
    _STRAIGHTEN,
    clean,
    normalise,
    sentence_spans,
    sentences,
    tokens,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NATO met. Ukraine waited.", ["NATO met.", "Ukraine waited."]),
        (
            "U.S. President Joe Biden spoke. Allies agreed.",
            ["U.S. President Joe Biden spoke.", "Allies agreed."],
        ),
        (
            "He met Gen. Smith in Jan. 2024 at the summit. Then he left.",
            ["He met Gen. Smith in Jan. 2024 at the summit.", "Then he left."],
        ),
        ('"We are ready," he said. "Now act."', ['"We are ready," he said.', '"Now act."']),
        ("“It is absurd.” Zelensky tweeted it.", ["“It is absurd.”", "Zelensky tweeted it."]),
        (
            "Headline without stop\nBody sentence one. Body two.",
            ["Headline without stop", "Body sentence one.", "Body two."],
        ),
        ("Is it over? No. It is not.", ["Is it over?", "No.", "It is not."]),
        ("J. Detsch reported it. The end.", ["J. Detsch reported it.", "The end."]),
        ("", []),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_spans_point_into_the_original_text() -> None:
    text = "  First one.\n\n  Second — with a dash!  "
    spans = list(sentence_spans(text))
    assert [text[s:e] for s, e in spans] == ["First one.", "Second — with a dash!"]


def test_normalise_folds_quotes_dashes_case_and_space() -> None:
    assert normalise("  Ukraine’s  “future” — in\nNATO ") == 'ukraine\'s "future" - in nato'


def test_tokens_drop_possessive() -> None:
    assert tokens("Ukraine's path, NATO’s door") == ["ukraine", "path", "nato", "door"]
    assert tokens("Kyiv’s path") == ["kyiv", "path"]
    assert tokens("Allies' doors, its 32 members") == ["allies", "doors", "its", "32", "members"]


@pytest.mark.parametrize(
    ("text", "cleaned"),
    [
        ("NATO met in Vilnius.", "NATO met in Vilnius."),
        ("NATO  met\tin\r\nVilnius.", "NATO met in \nVilnius."),
        ("NATO\fmet\vin Vilnius.", "NATO met in Vilnius."),
        ("a\nb", "a\nb"),  # a line break is kept
        ("Kyiv\u2019s bid \u2013 again.", "Kyiv's bid - again."),
        ("Kyiv\u00a0 said", "Kyiv said"),
    ],
)
def test_clean_folds_blanks_only_where_there_are_some(text: str, cleaned: str) -> None:
    assert clean(text) == cleaned


def test_every_white_space_but_the_space_is_unprintable() -> None:
    """What lets a sentence without two spaces in a row or anything unprintable skip folding."""
    every = "".join(map(chr, range(0x110000)))
    blanks = re.findall(r"\s", every)  # what folding folds
    assert [c for c in every if c.isspace()] == blanks
    assert [c for c in blanks if c.isprintable()] == [" "]
    assert sentences("Kyiv\u00a0said\u2009so.  Allies\tagreed.\u3000Fine.") == [
        "Kyiv said so.",
        "Allies agreed.",
        "Fine.",
    ]


def test_straightening_is_one_translation() -> None:
    """Each curly character is replaced by its plain form, and no plain form is replaced."""
    table = str.maketrans(dict(_STRAIGHTEN))
    assert not {plain for _, plain in _STRAIGHTEN} & {curly for curly, _ in _STRAIGHTEN}
    text = "‘a’ “b” c–d—e‑f\u00a0g\u2009h\u202fi é ’’"
    assert clean(text) == text.translate(table) == "'a' \"b\" c-d-e-f g h i é ''"


#: The boundary alternation as plainly written; `_BOUNDARY` leads with its first character.
_PLAIN_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])|\n\s*\n|\n")


@pytest.mark.parametrize(
    "text",
    [
        "It ended. Then another began!",
        'Really?! Yes... "Quite." (So.) [End.] 2024 came.',
        "No stop here. or here.no. A stop?!\n\nNew paragraph\n \n\t\nAnd\nlines.",
        "Trailing dots...",
        "?!.\n.",
        "‘Quoted.’ “Double.” ’Odd.’ Done.\r\nWindows line.",
        "",
        "\n\n\n",
        "A. B. C.  D.\u00a0E.",
    ],
)
def test_boundaries_led_by_their_first_character_are_the_plain_alternations(text: str) -> None:
    assert [m.span() for m in _BOUNDARY.finditer(text)] == [
        m.span() for m in _PLAIN_BOUNDARY.finditer(text)
    ]
