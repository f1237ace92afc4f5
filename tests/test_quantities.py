"""Counts and what they count: only counts of the same thing are compared."""

from __future__ import annotations

import re

import pytest

from watcher.text.numbers import _DATE_LOWER, _NUMBER_LOWER, _lower_case_twin, date_spans, numbers
from watcher.text.quantities import quantities


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Adding new members requires approval from all 31 member states.",
            [("alliance-size", 31)],
        ),
        ("Getting Kyiv into the 31-nation military alliance is unlikely.", [("alliance-size", 31)]),
        ("Sweden became the alliance's 32nd member.", [("alliance-size", 32)]),
        ("Finland joined as the 31st member state.", [("alliance-size", 31)]),
        ("Montenegro was set to become the 29th ally to join.", [("alliance-size", 29)]),
        # The whole told as "an alliance of N"; a coalition of N is some countries.
        ("An alliance of 32 weighed the request.", [("alliance-size", 32)]),
        ("A coalition of 12 offered Ukraine air defence.", [("unit:offered", 12)]),
        # Capitals and flags stand for governments.
        ("The protocol needs ratifying in all 32 allied capitals.", [("alliance-size", 32)]),
        # A rank in another act or in another body is no size of the alliance.
        ("Estonia was the first ally to send a frigate to the mission.", []),
        ("Latvia was the second member of the eurozone to sign the deal.", []),
        (
            "Ukraine would become the alliance's 33rd or possibly 34th member.",
            [("alliance-size", 33), ("alliance-size", 34)],
        ),
        ("Hungary is the only one of NATO's 32 allies not sending staff.", [("alliance-size", 32)]),
        ("To date, 32 nations have signed that G7 Declaration.", [("declaration-signatories", 32)]),
        (
            "The UK was the first country to conclude a bilateral security agreement.",
            [("agreements-concluded", 1)],
        ),
        (
            "The deal made Spain the ninth country with a security agreement with Kyiv.",
            [("agreements-concluded", 9)],
        ),
        # Agreements held with partners are agreements concluded; talks held on them are not.
        (
            "Kyiv held bilateral security pacts with some twenty partners by July.",
            [("agreements-concluded", 20)],
        ),
        ("Kyiv held talks on security pacts with twenty partners.", [("unit:countries", 20)]),
        # "The two countries" are the parties to one agreement, not a tally of them.
        ("It builds on the security agreement the two countries concluded in 2024.", []),
        (
            "Two countries have concluded security agreements with Ukraine.",
            [("agreements-concluded", 2)],
        ),
        (
            "Thirteen of the 32 countries negotiating security pacts had already concluded them.",
            [("agreements-concluded", 13), ("agreement-partners", 32)],
        ),
        (
            "Italy and Canada signed, taking the number of bilateral security agreements to six.",
            [("agreements-concluded", 6)],
        ),
        (
            "The agreement signed in June commits Washington to consult within 24 hours.",
            [("unit:hours", 24)],
        ),
        ("The 20-point framework foresees guarantees mirroring Article 5.", [("unit:point", 20)]),
        ("The G-7 pledged support.", []),
        # Dozens told as words: "two dozen" is 24, "half a dozen" six; "dozens" is no count.
        (
            "More than two dozen countries have now concluded security pacts with Kyiv.",
            [("agreements-concluded", 24)],
        ),
        (
            "Half a dozen countries have signed security agreements with Ukraine.",
            [("agreements-concluded", 6)],
        ),
        ("Dozens of countries have signed security agreements with Ukraine.", []),
        # A score of things is twenty; the final score of a match is no count.
        (
            "By July Kyiv had inked long-term security pacts with a score of partners.",
            [("agreements-concluded", 20)],
        ),
        ("The final score was 2-1, a score that pleased him.", []),
        # An accord, singular, is an agreement; ordinals count it too.
        (
            "It is the 27th such accord Kyiv has concluded, officials said.",
            [("agreements-concluded", 27)],
        ),
        # An aside set off by commas after the count is no part of its reach.
        (
            "Nine countries, starting with Britain in January, have signed such agreements with Kyiv.",
            [("agreements-concluded", 9)],
        ),
        # A part of a whole takes the verb before it when none follows the whole.
        (
            "Kyiv had concluded more than 20 of the bilateral security agreements by July.",
            [("agreements-concluded", 20)],
        ),
        # A membership grown to a number is the alliance's size; soldiers from some nations
        # are not.
        ("NATO's ranks grew to 32 when the Swedish flag went up.", [("alliance-size", 32)]),
        ("Soldiers from 13 nations began NATO drills in the north.", [("alliance-part", 13)]),
        # The G7 and others: the declaration's signatories are the seven and the others; a
        # part added without the G7 is no total.
        (
            "The declaration was signed by all G7 members and 25 other countries.",
            [("declaration-signatories", 32)],
        ),
        (
            "In addition to the G7, another 26 countries have signed the declaration.",
            [("declaration-signatories", 33)],
        ),
        ("Ten more countries signed the declaration this week.", []),
        # Countries beyond the G7 that signed are the declaration's signatories with the seven;
        # a list set off by commas is no part of the reach to what was signed.
        ("Twelve nations beyond the G7 have signed on.", [("declaration-signatories", 19)]),
        (
            "Fifteen countries, including Spain, Italy and Norway, have signed the G7 declaration.",
            [("declaration-signatories", 15)],
        ),
        ("Ten countries beyond the G7 sent troops to the drills.", [("unit:countries", 10)]),
        # "National" says what kind of flag or parliament it is, not what is counted.
        ("A ring of 32 national flags stood outside NATO headquarters.", [("alliance-part", 32)]),
        # The G7's own members, and a part of a count told before, are no totals.
        (
            "The declaration drew the seven G7 governments and 25 other states as signatories.",
            [("declaration-signatories", 32)],
        ),
        (
            "Thirty-two nations now back the G7 declaration, seven of them its founders.",
            [("declaration-signatories", 32)],
        ),
        (
            "Thirty-two allies met in Brussels, four of which sent their leaders.",
            [("alliance-part", 32)],
        ),
        # Signing told as a phrasal verb is one word of the reach to what was signed.
        (
            "Thirty-three nations have put their names to the G7's joint declaration of support.",
            [("declaration-signatories", 33)],
        ),
        (
            "Besides the G7, another 26 nations have signed up to the joint declaration of support.",
            [("declaration-signatories", 33)],
        ),
        # A number said of a tally named before it.
        (
            "The number of countries backing the Vilnius declaration rose to 33 with Luxembourg.",
            [("declaration-signatories", 33)],
        ),
        (
            "The number of bilateral security agreements signed with Kyiv rose to 27 this week.",
            [("agreements-concluded", 27)],
        ),
        ("The number of drones rose to 33 overnight.", [("unit:overnight", 33)]),
        # "Of" makes a count the whole after a word for the whole, not after a part of it.
        ("An alliance of 32 nations met in Vilnius.", [("alliance-size", 32)]),
        ("A total of 32 allies signed the communique.", [("alliance-size", 32)]),
        ("A group of eight allies asked for a vote on Kyiv's bid.", [("alliance-part", 8)]),
        ("A coalition of twelve allies backed the invitation.", [("alliance-part", 12)]),
        ("A majority of 20 allies favoured an invitation.", [("alliance-part", 20)]),
        (
            "Ukraine now has security deals with nearly 30 partners, the president said.",
            [("agreements-concluded", 30)],
        ),
        # All the others and the one set apart are every ally; some others are a part.
        ("Sweden voted with the other 31 allies on the declaration.", [("alliance-size", 32)]),
        ("Turkey and all the other 30 allies backed the text.", [("alliance-size", 31)]),
        ("Finland and its 30 fellow allies agreed the plan.", [("alliance-size", 31)]),
        ("Poland and ten other allies asked for a vote.", []),
        ("Twelve allies, other than the Baltic states, backed it.", [("alliance-part", 12)]),
        # Another body's members, owned just before the count, are not the alliance's.
        ("The group, whose roughly 50 member countries send arms, met in Brussels.", []),
        ("The union's 27 member states must agree on each chapter.", []),
        ("NATO, whose 32 member states met in The Hague, backs Kyiv.", [("alliance-part", 32)]),
    ],
)
def test_facets(sentence: str, expected: list[tuple[str, float]]) -> None:
    assert [(q.facet, q.value) for q in quantities(sentence)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Twenty-Five MILLION people and the 32ND Member",
        "FIRST of TWELVE allies, on 12 JANUARY 2024",
        "Mid-July 2023: 3 BN euros, 5M people, May 12",
        "twenty-five million people and the 32nd member",
    ],
)
def test_numbers_and_dates_do_not_depend_on_case_or_on_the_ascii_path(text: str) -> None:
    # An ASCII text is matched lower-cased without IGNORECASE; a curly quote sends the same
    # words down the IGNORECASE path, whose offsets are one character later.
    curly = "\u2019" + text
    assert [(n.value, n.start + 1, n.ordinal) for n in numbers(text)] == [
        (n.value, n.start, n.ordinal) for n in numbers(curly)
    ]
    assert [(d, s + 1) for d, s, _ in date_spans(text)] == [(d, s) for d, s, _ in date_spans(curly)]
    assert numbers(text) == numbers(text.lower())
    assert numbers(text)  # the table holds numbers at all


def test_a_pattern_naming_an_upper_case_letter_keeps_matching_case_blind() -> None:
    blind = re.compile("Jan", re.IGNORECASE)
    assert _lower_case_twin("Jan|feb", blind) is blind  # "jan" lower-cased would miss it
    assert _lower_case_twin(r"(?P<d>\d+)\s[A-Za-z]+", blind).flags & re.IGNORECASE == 0
    assert not _NUMBER_LOWER.flags & re.IGNORECASE  # the numbers' own patterns take the fast path
    assert not _DATE_LOWER.flags & re.IGNORECASE


def _words_and_months() -> list[tuple[str, float]]:
    from watcher.text.numbers import _ORDINAL_WORDS, _TENS, _UNITS

    return [(w, float(v)) for table in (_UNITS, _TENS, _ORDINAL_WORDS) for w, v in table.items()]


@pytest.mark.parametrize(("word", "value"), _words_and_months())
def test_every_number_word_is_read_in_either_case(word: str, value: float) -> None:
    """The opening characters each pattern looks for first admit every word it reads."""
    for text in (f"about {word} of them", f"About {word.title()} of them", f"{word.upper()}, é"):
        assert [n.value for n in numbers(text)] == [value], text


@pytest.mark.parametrize(
    "month", ["january", "February", "MARCH", "apr.", "may", "june", "jul", "aug", "sept", "oct"]
)
def test_every_month_opens_a_date(month: str) -> None:
    for text, opening in (
        (f"on 3 {month} 2024", "3 "),
        (f"in early {month} 2024", "early "),
        (f"by the end of {month} 2023", "end of "),
        (f"late {month} 2023", "late "),
    ):
        assert [text[start:].startswith(opening) for _, start, _ in date_spans(text)] == [True]
    assert [found for found, _, _ in date_spans("on 2024-07-11 and in 2008")] == [
        "2024-07-11",
        "2008",
    ]
