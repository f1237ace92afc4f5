"""Attribute extraction on the cases that decide diffs (tests/cases/attributes.json)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from watcher.text.attributes import (
    _APPOINTED,
    _APPOINTED_PASSIVE,
    _DEPARTURE,
    _FRONTED_DEPARTURE,
    _FRONTED_WORDS,
    _STEP_PATTERNS,
    _SUCCESSION,
    APPOINTMENT_WORDS,
    DEPARTURE_WORDS,
    STEP_WORDS,
    SUCCESSION_WORDS,
    actors_of,
    extract,
    roles,
    scale_steps,
    successions,
)
from watcher.text.literals import may_hold

CASES = json.loads(
    (Path(__file__).parent / "cases" / "attributes.json").read_text(encoding="utf-8")
)
FIELDS = (
    "polarity",
    "negation_cue",
    "numbers",
    "dates",
    "modality",
    "reported_by",
    "actors",
    "events",
    "roles",
    "scales",
)


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_attributes(case: dict[str, object]) -> None:
    attrs = extract(str(case["sentence"]))
    for field in FIELDS:
        if field not in case:
            continue
        got = getattr(attrs, field)
        want = case[field]
        if field in ("actors", "events"):
            assert set(want) <= set(got), f"{field}: {got}"  # type: ignore[arg-type]
        elif isinstance(want, list):
            assert list(got) == want, f"{field}: {got}"
        else:
            assert got == want, f"{field}: {got}"


@pytest.mark.parametrize(
    ("sentence", "steps"),
    [
        ("Zelensky signed Ukraine's request for fast-track accession to NATO.", []),
        ("Erdogan signed Sweden's accession protocol into law.", ["sweden:ratified"]),
    ],
)
def test_a_request_for_accession_signed_is_no_ratification(sentence: str, steps: list[str]) -> None:
    low = sentence.lower()
    assert scale_steps(low, actors_of(low)) == steps


@pytest.mark.parametrize(
    ("sentence", "holders"),
    [
        (
            "Recently, President Volodymyr Zelensky's chief of staff, Andriy Yermak, spoke.",
            ["zelensky", "yermak"],
        ),
        ("Meanwhile, Defence Minister Rustem Umerov flew to Washington.", ["umerov"]),
        ("On Monday, Foreign Minister Dmytro Kuleba said so.", ["kuleba"]),
        ("Separately, Foreign Minister Dmytro Kuleba said so.", ["kuleba"]),
        ("Kelly, the defence minister, said so.", ["kelly"]),
    ],
)
def test_a_word_opening_the_sentence_is_no_holder(sentence: str, holders: list[str]) -> None:
    assert [r.person for r in roles(sentence, actors_of(sentence.lower()))] == holders


@pytest.mark.parametrize(
    ("sentence", "held"),
    [
        (
            "Mike Waltz lasted barely a hundred days as Donald Trump's national security adviser.",
            [("us", "national security advisor", "waltz")],
        ),
        (
            "Jens Stoltenberg served ten years as NATO secretary general.",
            [("nato", "secretary general", "stoltenberg")],
        ),
        # The alliance's chief and a head of state, in those words.
        ("NATO chief Mark Rutte flew to Kyiv.", [("nato", "secretary general", "rutte")]),
        ("Karol Nawrocki is Poland's head of state.", [("poland", "president", "nawrocki")]),
        # The alliance, named as the owner in lower case, owns the office like "NATO's".
        (
            "Mark Rutte walked in as the alliance's fourteenth secretary general.",
            [("nato", "secretary general", "rutte")],
        ),
        (
            "Mark Rutte became the alliance's secretary general in October.",
            [("nato", "secretary general", "rutte")],
        ),
        # With two people named, the office is the one's named right before it.
        (
            "Andriy Yermak met Mark Rutte in Kyiv as NATO secretary general.",
            [("nato", "secretary general", "rutte")],
        ),
        # A former office, or a deputy's, is no office held.
        ("Dmytro Kuleba spoke in Brussels as a former foreign minister.", []),
        ("Oleh Petrenko travelled to Vilnius as deputy foreign minister.", []),
    ],
)
def test_an_office_held_is_what_its_holder_did_as_it(
    sentence: str, held: list[tuple[str, str, str]]
) -> None:
    found = roles(sentence, actors_of(sentence.lower()))
    assert [(r.country, r.role, r.person) for r in found] == held


@pytest.mark.parametrize(
    "sentence",
    [
        "Ukraine's future is in NATO, the secretary general said.",
        "The statement was drafted by the EU, the foreign minister said.",
        # A capitalised run ending in a body's word names the body, whatever office follows.
        "Parliament voted to move Ivan Petrenko from the State Property Fund, Ukraine's minister"
        " of defence said.",
        "The head of the Security Council, Ukraine's foreign minister said, would travel.",
        "Analysts at the Atlantic Council, the defence minister said, had warned of this.",
    ],
)
def test_a_body_named_beside_an_office_is_no_holder(sentence: str) -> None:
    assert roles(sentence, actors_of(sentence.lower())) == ()


# Successions and departures, each told in the words one alternative of the patterns uses, in
# upper, title and lower case: the word lists that let a sentence be passed over must never
# pass over one of these. (sentence, the surnames said to have left, as the ledger keys them)
SUCCESSION_CASES = [
    ("Mark Rutte succeeded Jens Stoltenberg at the alliance.", ("stoltenberg",)),
    ("Rutte SUCCEEDS Jens Stoltenberg.", ("stoltenberg",)),
    ("Rutte took over the post from Jens Stoltenberg.", ("stoltenberg",)),
    ("Andrii Sybiha replaced Dmytro Kuleba in September.", ("kuleba",)),
    ("Stoltenberg's successor, Mark Rutte, spoke first.", ("stoltenberg",)),
    ("Kuleba's Replacement arrived.", ("kuleba",)),
    ("Sybiha, his predecessor, Dmytro Kuleba, said little.", ("kuleba",)),
    ("Zelensky dismissed Oleksii Reznikov.", ("reznikov",)),
    ("Parliament Ousted Dmytro Kuleba.", ("kuleba",)),
    ("Former foreign minister Dmytro Kuleba spoke.", ("kuleba",)),
    ("The OUTGOING chief Jens Stoltenberg waved.", ("stoltenberg",)),
    ("Ex-minister Dmytro Kuleba spoke.", ("kuleba",)),
    ("No longer in charge of the ministry, Dmytro Kuleba spoke.", ("kuleba",)),
    ("Dmytro Kuleba, who resigned on Tuesday, spoke.", ("kuleba",)),
    ("Dmytro Kuleba Stepped Down.", ("kuleba",)),
    ("Oleksii Reznikov was fired by decree.", ("reznikov",)),
    ("Zelensky is firing Oleksii Reznikov.", ("reznikov",)),
    ("Zelensky Fires Oleksii Reznikov.", ("reznikov",)),
    ("Rutte has taken over from Jens Stoltenberg.", ("stoltenberg",)),
    ("Dmytro Kuleba left the government.", ("kuleba",)),
    ("Jens Stoltenberg had led the alliance for ten years.", ("stoltenberg",)),
    # A verb of ending or firing inside another word ends nobody's term.
    ("Kallas attended Mark Rutte's first years in office as an observer.", ()),
    ("The ceasefire Mark Rutte proposed held.", ()),
    ("Jens Stoltenberg HANDED the keys of the headquarters to Mark Rutte.", ("stoltenberg",)),
    ("Jens Stoltenberg handed a letter to Zelensky.", ()),
    ("Jake Sullivan left the White House in January.", ("sullivan",)),
    ("Andriy Yermak QUIT as head of the presidential office.", ("yermak",)),
    ("Mark Rutte took the reins of the alliance from Jens Stoltenberg.", ("stoltenberg",)),
    ("Jake Sullivan handed the national security adviser's job to Mike Waltz.", ("sullivan",)),
    ("Sybiha filled the post Dmytro Kuleba vacated.", ("kuleba",)),
    ("Trump was sworn in, ENDING Joe Biden's term in the White House.", ("biden",)),
    (
        "Jens Stoltenberg, the former chief whose job passed to Mark Rutte, went home.",
        ("stoltenberg",),
    ),
    ("The Senate confirmed Hegseth in succession to Lloyd Austin.", ("austin",)),
    ("Mark Rutte visited Kyiv on Monday.", ()),
    ("Allies met in Washington to mark the anniversary.", ()),
    ("Allies first confirmed the plan, Mark Rutte said.", ()),
    # A stretch of the term named as its last, in any unit and at the office's seat.
    ("Joe Biden's final months in office were busy.", ("biden",)),
    ("Jens Stoltenberg's last day at NATO headquarters came in September.", ("stoltenberg",)),
    ("Jens Stoltenberg gave his farewell press conference on Monday.", ("stoltenberg",)),
    ("Joe Biden's final remarks were brief.", ()),
    ("Karol Nawrocki's inauguration ended a decade of Andrzej Duda's presidency.", ("duda",)),
    ("Mike Waltz moved into Jake Sullivan's West Wing office in January.", ("sullivan",)),
    # Departed at the end of its clause is a departure; departed for somewhere is travel.
    ("Lytvynenko took the post as Oleksiy Danilov departed.", ("danilov",)),
    ("Oleksiy Danilov departed for Kyiv on Monday.", ()),
    # A departure in a clause before its subject: the subject is who left, also behind another
    # opening phrase or a dateline; a clause with a subject of its own is that person's.
    (
        "Since stepping down from the alliance's top job, Jens Stoltenberg has written.",
        ("stoltenberg",),
    ),
    ("After he left NATO, Jens Stoltenberg returned to Oslo.", ("stoltenberg",)),
    ("Out of office since January, Joe Biden spoke in Chicago.", ("biden",)),
    ("Upon his resignation, Dmytro Kuleba joined a university.", ("kuleba",)),
    ("Freed from the foreign ministry, the former minister Dmytro Kuleba wrote.", ("kuleba",)),
    (
        "In his memoir, published after he left NATO, Jens Stoltenberg recounts Vilnius.",
        ("stoltenberg",),
    ),
    ("OSLO - Since his departure, Jens Stoltenberg has kept silent.", ("stoltenberg",)),
    ("After Dmytro Kuleba resigned, Andrii Sybiha flew to Brussels.", ("kuleba",)),
    ("Before he left for Kyiv, Jens Stoltenberg spoke to reporters.", ()),
    ("After leaving the summit, Jens Stoltenberg flew home.", ()),
    ("Since taking office, Mark Rutte has visited Kyiv.", ()),
]


def test_the_succession_words_pass_over_first_and_confirmed() -> None:
    assert not SUCCESSION_WORDS.search("allies first confirmed the government's plan.")


@pytest.mark.parametrize(("sentence", "left"), SUCCESSION_CASES)
def test_successions_are_found_in_every_case(sentence: str, left: tuple[str, ...]) -> None:
    assert successions(sentence) == left


@pytest.mark.parametrize(("sentence", "left"), SUCCESSION_CASES)
def test_the_word_lists_never_pass_over_a_match(sentence: str, left: tuple[str, ...]) -> None:
    """What the patterns alone find, the word lists let through."""
    low = sentence.lower()
    if _SUCCESSION.search(sentence):
        assert SUCCESSION_WORDS.search(low)
    if _DEPARTURE.search(sentence):
        assert DEPARTURE_WORDS.search(low)
    if _FRONTED_DEPARTURE.search(sentence):
        assert _FRONTED_WORDS.search(low)


APPOINTMENTS = [
    "Zelensky named Kyrylo Budanov head of the presidential office.",
    "The president Appointed Taras Koval as Ukraine's defence minister.",
    "Kyiv has offered Oleh Petrenko, a veteran diplomat, the post of foreign minister.",
    "The government NOMINATED Ivan Holub as defence minister.",
    "Parliament installed Anna Kovalenko as foreign minister.",
    "Ukraine tapped Ivan Holub to be defence minister.",
    "The Senate CONFIRMED Pete Hegseth as defense secretary.",
    "Zelensky appointed Kyrylo Budanov to run the presidential office.",
    "Kyrylo Budanov, until then head of intelligence, was APPOINTED to run Zelensky's office.",
    "Pete Hegseth has been confirmed as defense secretary.",
    "Zelensky named military intelligence chief Kyrylo Budanov to run his office.",
]


@pytest.mark.parametrize("sentence", APPOINTMENTS)
def test_the_appointment_words_never_pass_over_an_appointment(sentence: str) -> None:
    """Each appointment the pattern finds is let through by the word list, and read as one."""
    assert re.search(_APPOINTED, sentence) or re.search(_APPOINTED_PASSIVE, sentence)
    assert APPOINTMENT_WORDS.search(sentence.lower())
    assert roles(sentence, actors_of(sentence.lower()))


#: One clause for each alternative of each step's pattern, with the step it reads.
STEP_CASES = [
    ("Sweden, the newest member, took part.", "member"),
    ("Sweden is the 32nd ally.", "member"),
    ("Sweden became a full NATO member.", "member"),
    ("Sweden joined the alliance.", "member"),
    ("Sweden has been admitted.", "member"),
    ("Sweden's accession was finalised.", "member"),
    ("Sweden has been a full member since March.", "member"),
    ("Sweden is now a NATO member.", "member"),
    ("Sweden has been an alliance ally since March.", "member"),
    ("Sweden formally came in.", "member"),
    ("Sweden officially entered.", "member"),
    ("Sweden finally became one of them.", "member"),
    ("Sweden came in on Thursday.", "member"),
    ("Welcome to NATO, Sweden.", "member"),
    ("Sweden's flag was raised in Brussels.", "member"),
    ("Sweden hoisted its blue flag.", "member"),
    ("Sweden handed over its instrument of accession.", "member"),
    ("Sweden deposited its documents in Washington.", "member"),
    ("Sweden has now become the 32nd member.", "member"),
    ("Sweden was already inside.", "member"),
    ("Sweden's entry in March 2024 closed the Baltic.", "member"),
    ("Sweden's premier sat at the allies' table as one of them.", "member"),
    ("Sweden's flag already flew outside the headquarters.", "member"),
    # ... or flying in the alliance's own city, the country told by its capital.
    ("Stockholm's banner now flies in Brussels beside the others.", "member"),
    ("Hungary completed its ratification of Sweden's bid.", "ratified"),
    ("Hungary ratified Sweden's accession.", "ratified"),
    ("Sweden's ratification was approved.", "ratified"),
    ("Parliament approved Sweden's NATO membership.", "ratified"),
    ("Hungary's parliament voted overwhelmingly to ratify Sweden's bid.", "ratified"),
    ("Turkey gave its green light to Sweden.", "ratified"),
    ("Hungary was the last of the 31 allies to approve Sweden.", "ratified"),
    ("Sweden cleared the final hurdle.", "ratified"),
    ("Sweden's last remaining holdout relented.", "ratified"),
    ("Sweden's go-ahead from Hungary was secured.", "ratified"),
    ("Sweden obtained the Turkish consent.", "ratified"),
    ("Ankara signed the accession protocol for Sweden.", "ratified"),
    ("The protocol was ratified for Sweden.", "ratified"),
    ("Allies formally invited Sweden to join.", "invited"),
    ("Allies extended an invitation to Sweden.", "invited"),
    ("Allies issued an invitation to Sweden.", "invited"),
    ("Sweden received a formal invitation.", "invited"),
    ("Allies invited Sweden to begin accession talks.", "invited"),
    ("Sweden has been officially invited to join.", "invited"),
    ("Allies agreed unanimously to invite Sweden.", "invited"),
    ("Sweden, soon to be a member, met allies.", "pending"),
    ("Sweden will join next year.", "pending"),
    ("Sweden is awaiting Hungary.", "pending"),
    ("Sweden has to wait for Hungary.", "pending"),
    ("Sweden's bid is pending.", "pending"),
    ("Sweden moves as soon as Turkey agrees.", "pending"),
    ("Sweden is not yet a member.", "pending"),
    ("Sweden's entry still hung on a vote in Ankara.", "pending"),
    ("Sweden's bid hangs on Hungary.", "pending"),
    ("Sweden's bid was held up by Hungary.", "pending"),
    ("Sweden said Ankara was holding up its accession.", "pending"),
    ("Sweden deposited its instrument of accession.", "member"),
    ("Sweden completed its accession to NATO.", "member"),
    ("Turkey deposited its instrument ratifying Sweden's accession.", "ratified"),
    # Acting as one of the allies.
    ("Swedish jets flew a policing mission as an ally.", "member"),
    ("Sweden's minister sat with the other allies in Brussels.", "member"),
    ("Sweden voted with its fellow allies.", "member"),
    # A seat taken at the allies' council; troops serving in the alliance's forward forces.
    ("Kristersson took his seat at the North Atlantic Council table in July.", "member"),
    ("Swedish troops deployed to Latvia to serve in NATO's forward land forces.", "member"),
    # A parliament approving the protocol or the entry ratifies it.
    ("Turkey's parliament approved Sweden's protocol by 287 votes to 55.", "ratified"),
    ("Hungarian lawmakers approved Sweden's entry on 26 February.", "ratified"),
    # Signing a ratification into law is the ratification.
    ("Sulyok signed Hungary's ratification of Sweden's accession into law.", "ratified"),
    ("Erdogan signed the law approving Sweden's membership.", "ratified"),
    # Joining told before its subject, or as the all-for-one clause covering it now.
    ("Since joining the alliance in 2024, Sweden has policed Baltic skies.", "member"),
    ("Sweden is now covered by NATO's Article 5.", "member"),
    # The clause's opening subject taken up by a pronoun right before the cue.
    ("Sweden ended two centuries of military non-alignment when it joined NATO.", "member"),
    # Accession as the fronted ground of what follows, told as fact; a leader there as one of
    # the allies' leaders.
    ("With Sweden's accession, the alliance now guards the whole Gulf of Bothnia.", "member"),
    ("Since Sweden's entry into NATO, Gotland has hosted allied drills.", "member"),
    ("Kristersson attended the summit as the leader of a full ally.", "member"),
    # The pronoun of a clause opened by the entity's capital; the entity inside the cue.
    ("Stockholm's first deployment came a year after it became a member.", "member"),
    ("Hungary's vote completed Sweden's path into NATO.", "member"),
    # Acting as one of the allies is said of the clause's subject however far the clause runs.
    (
        "Swedish sailors joined the drill off Gotland on Monday with German and Polish crews, "
        "Stockholm's first outing in the alliance's naval group as a full ally.",
        "member",
    ),
]


@pytest.mark.parametrize(("sentence", "step"), STEP_CASES)
def test_the_step_words_never_pass_over_a_step(sentence: str, step: str) -> None:
    """Each alternative of a step's pattern is let through by its word list, and read."""
    low = sentence.lower()
    assert dict(_STEP_PATTERNS)[step].search(low)
    assert may_hold(low, STEP_WORDS[step])
    assert f"sweden:{step}" in scale_steps(low, actors_of(low))


@pytest.mark.parametrize(
    "sentence",
    [
        # An application for accession, dated, is no accession; nor is one expected.
        "Zelensky signed Ukraine's application for fast-track accession on 30 September 2022.",
        "Sweden's accession, expected in March 2024, would close the Baltic.",
        # Fronted, but with what follows supposed or yet to come.
        "With Sweden's accession, the alliance would guard the whole Gulf of Bothnia.",
        "After Sweden's entry, Gotland will host allied drills, the minister said.",
        "Hungary's parliament ratified Sweden's accession on 26 February 2024.",
        # A seat taken beside the allies, not as one of them; one yet to be taken.
        "Ukraine's president took his seat at the council as an equal partner.",
        "The pacts end on the day Sweden takes its seat as a full ally.",
        # An aspirant sits with the allies at a council of equals; a newcomer yet to act as
        # one does not act as one.
        "Ukraine sat with the other allies at the NATO-Ukraine Council.",
        "Georgia's troops trained alongside the other allies' units.",
        "Sweden hopes to take part as an ally next year.",
        "Sweden wants to be treated as a member of the alliance.",
        # A pronoun before the cue is the clause's opening subject, here no entity's.
        "Poland, which backs Ukraine and Sweden, said it joined NATO in 1999.",
        # A flag flying in its own capital, or only wished to fly in the alliance's city.
        "Sweden's flag flew in Stockholm on national day.",
        "Sweden hopes its flag will be flying in Brussels by summer.",
    ],
)
def test_an_accession_noun_or_a_seat_is_a_step_only_as_the_country_s_own(sentence: str) -> None:
    low = sentence.lower()
    assert not [s for s in scale_steps(low, actors_of(low)) if s.endswith(":member")]


def test_the_step_words_skip_a_clause_without_them() -> None:
    assert [s for s, _ in _STEP_PATTERNS] == list(STEP_WORDS)
    low = "sweden took part in the summit on tuesday."
    assert not any(may_hold(low, words) for words in STEP_WORDS.values())
    assert scale_steps(low, actors_of(low)) == []


def test_every_office_alternative_names_the_text_it_needs() -> None:
    """Each way of naming an office opens with plain text, so a sentence holding none of those
    texts is passed over without running the office patterns at all."""
    from watcher.text.attributes import _ROLE_HINTS

    assert _ROLE_HINTS is not None
    assert "pentagon " in _ROLE_HINTS and "top diplomat" in _ROLE_HINTS


@pytest.mark.parametrize(
    ("sentence", "held"),
    [
        # Taking, running or being at an office's seat is holding the office.
        (
            "Denys Shmyhal moved across to Ukraine's defence ministry in July.",
            [("ukraine", "defense minister", "shmyhal")],
        ),
        (
            "Ivan Petrenko, who took over the foreign ministry of Ukraine, flew to Warsaw.",
            [("ukraine", "foreign minister", "petrenko")],
        ),
        (
            "Olena Hrytsenko's year at Ukraine's defence ministry ended in May.",
            [("ukraine", "defense minister", "hrytsenko")],
        ),
        (
            "A Senate vote sent Pete Hegseth to the Pentagon.",
            [("", "defense secretary", "hegseth")],
        ),
        (
            "Zelensky put Kyrylo Budanov in charge of the Presidential Office.",
            [("ukraine", "chief of staff", "budanov")],
        ),
        (
            "Lithuania's foreign ministry was run by Kestutis Budrys, now at Lithuania's foreign"
            " ministry since December.",
            [("lithuania", "foreign minister", "budrys")],
        ),
        # Visiting a seat, or a body at it, holds nothing.
        ("Rustem Umerov went for talks at the foreign ministry in Warsaw.", []),
        ("Officials at the defence ministry said the bid would go on.", []),
        ("Kuleba took the foreign ministry's proposal to Brussels.", []),
    ],
)
def test_an_office_is_held_by_taking_its_seat(
    sentence: str, held: list[tuple[str, str, str]]
) -> None:
    found = roles(sentence, actors_of(sentence.lower()))
    assert [(r.country, r.role, r.person) for r in found] == held
    assert all(r.appointed for r in found)


@pytest.mark.parametrize(
    ("sentence", "held"),
    [
        # A swearing-in naming no office: the head of state's of the one country named.
        (
            "Karol Nawrocki took the oath of office in Warsaw.",
            [("poland", "president", "nawrocki")],
        ),
        (
            "Anna Kowalska was inaugurated before the Polish parliament.",
            [("poland", "president", "kowalska")],
        ),
        ("Donald Trump was sworn in on 20 January.", [("us", "president", "trump")]),
        # Two countries: whose office is unknown.
        (
            "Karol Nawrocki was sworn in in Warsaw, and Kyiv sent its congratulations.",
            [("", "president", "nawrocki")],
        ),
        # An office named is that office; a bare oath is a minister's as often as a president's.
        (
            "Friedrich Merz was sworn in as Germany's chancellor.",
            [("germany", "chancellor", "merz")],
        ),
        ("Yulia Svyrydenko took the oath in the Rada in July.", []),
        ("The new Dutch cabinet was sworn in at The Hague.", []),
    ],
)
def test_a_swearing_in_naming_no_office_is_a_head_of_state_s(
    sentence: str, held: list[tuple[str, str, str]]
) -> None:
    found = roles(sentence, actors_of(sentence.lower()))
    assert [(r.country, r.role, r.person) for r in found] == held


@pytest.mark.parametrize(
    ("sentence", "held"),
    [
        # A country's possessive qualifies the office; a person's owns it.
        (
            "Andrii Sybiha made his first trip abroad as Ukraine's foreign minister to Warsaw.",
            [("ukraine", "foreign minister", "sybiha")],
        ),
        (
            "Mike Waltz lasted barely a hundred days as Donald Trump's national security adviser.",
            [("us", "national security advisor", "waltz")],
        ),
        # "Minister for", as some governments style the office.
        (
            "Kyiv named Andrii Sybiha Minister for Foreign Affairs of Ukraine.",
            [("ukraine", "foreign minister", "sybiha")],
        ),
    ],
)
def test_whose_office_it_is(sentence: str, held: list[tuple[str, str, str]]) -> None:
    found = roles(sentence, actors_of(sentence.lower()))
    assert [(r.country, r.role, r.person) for r in found] == held


@pytest.mark.parametrize(
    "sentence",
    [
        "Ukraine's parliament voted to ratify the Rome Statute in August.",
        "Sweden ratified the minerals agreement with Ukraine on Friday.",
    ],
)
def test_a_ratification_of_another_treaty_is_no_step(sentence: str) -> None:
    low = sentence.lower()
    assert not [s for s in scale_steps(low, actors_of(low)) if s.endswith(":ratified")]


def test_an_office_followed_by_a_name_titles_that_name() -> None:
    """ "Eastern Sentry, Secretary General Mark Flint said": Flint's office, not Sentry's."""
    sentence = "NATO will launch Eastern Sentry, Secretary General Mark Flint said on Friday."
    assert [r.person for r in roles(sentence, actors_of(sentence.lower()))] == ["flint"]
