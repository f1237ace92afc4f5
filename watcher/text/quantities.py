"""Counts with their subject ("31 member states", "the 32nd member", "agreements ... to six").

A count is only comparable with a count of the same thing, so each number gets a facet from
its unit noun and the words around it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from watcher.text.lazy import LazyPattern
from watcher.text.lexicon import STOPWORDS
from watcher.text.numbers import numbers
from watcher.text.segment import clean

#: "The two (countries)": a pair just named, the parties to one agreement.
_PAIR = LazyPattern(r"\bthe\s+$")
#: "The 32nd member", "its 32nd ally": who joined last tells the alliance's size ...
_RANKED = LazyPattern(
    r"\s*(?:or (?:possibly )?\S+ )?(?:member|ally)\b(?: (?:state|country|nation)\b)?"
)
#: ... but not a rank in another act or another body: "the first ally to sign an agreement",
#: "the first member of the CIS to join the Partnership for Peace".
_RANKS_OTHER = LazyPattern(
    r"\s+(?:of (?!nato\b|the (?:alliance|bloc)\b)|to (?!join\b|enter\b|become\b|accede\b))",
    re.IGNORECASE,
)

_WORD = LazyPattern(r"[A-Za-z][\w'’-]*|\d[\d,.]*")
#: What a count counts, by the word it is told in: every unit the differ compares a count in.
UNIT_NOUNS = {
    "countries": "countries",
    "country": "countries",
    "nations": "countries",
    "nation": "countries",
    "states": "countries",
    "state": "countries",
    "members": "members",
    "member": "members",
    "allies": "members",
    "ally": "members",
    "leaders": "leaders",
    "signatories": "countries",
    "partners": "countries",
    "governments": "countries",
    # A government told by its seat, or by its flag outside the alliance's headquarters.
    "capitals": "countries",
    "flags": "countries",
    # ... or by its place at the council's table.
    "chairs": "countries",
    "seats": "countries",
    "nameplates": "countries",
    "agreements": "agreements",
    "agreement": "agreements",
    "pacts": "agreements",
    "pact": "agreements",
    "deals": "agreements",
    "deal": "agreements",
    "accords": "agreements",
    "accord": "agreements",
}
#: The units themselves, for a test of whether a word gave one.
_UNIT_VALUES = frozenset(UNIT_NOUNS.values())
_SKIP = {
    "of",
    "the",
    "other",
    "fellow",
    "more",
    "nato",
    "member",
    "eu",
    "european",
    "western",
    "national",
    "sovereign",
    "allied",
    "alliance's",
    "bilateral",
    "security",
    "its",
    "similar",
    "such",
    "new",
    "long-term",
    # What a count of agreements says of them: "three concluded bilateral security agreements".
    "concluded",
    "signed",
    "separate",
    "existing",
    "defence",
    "defense",
    "ten-year",
    "10-year",
    "formal",
}
#: Words after a number that make it a part of a total, not the total itself.
_PARTIAL = {"more", "other", "further", "additional", "new", "extra"}
#: "Another 25", "a further 25": a part added, told before the number.
_ANOTHER = LazyPattern(r"\b(?:another|a further|an additional|an extra)\s+$")
_G7 = LazyPattern(
    r"\bg-?7\b|\bgroup of seven\b"
    r"|\bseven (?:leading |major |wealthy |rich |big )?(?:industriali[sz]ed|industrial|advanced|western)? ?(?:democracies|economies|powers)\b"
)
#: Measures, never counts of states or agreements: "ten years", "24 hours", "5 billion".
_MEASURES = {
    "year",
    "years",
    "month",
    "months",
    "week",
    "weeks",
    "day",
    "days",
    "hour",
    "hours",
    "decade",
    "decades",
    "percent",
    "per",
    "%",
    "billion",
    "million",
    "thousand",
    "km",
    "kilometres",
    "kilometers",
    "miles",
    "euros",
    "dollars",
    "people",
    "troops",
    "soldiers",
    "staff",
    "personnel",
    "votes",
    "times",
    "minutes",
}
_AGREEMENT = LazyPattern(r"\b(?:agreements?|pacts?|deals?|accords?)\b")
_CONCLUDED = LazyPattern(
    r"\b(?:conclud\w*|finali[sz]\w*|sign(?:ed|ing)|seal\w*|number of|(?:has|have|had) (?:now |already )?|done|in place|tally"
    r"|(?:country|countries|nation|nations|ally|allies|partner|partners) with (?:a|an|its|their)"
    # Agreements held: "Kyiv held bilateral security pacts with some twenty partners".
    r"|(?:held|holds|hold) (?:(?!talks\b|discussions\b|negotiations\b|consultations\b)[\w-]+ ){0,3}?"
    r"(?:pacts|agreements|accords|deals))\b"
)
_NEGOTIATING = LazyPattern(r"\b(?:negotiat\w*)\b")
#: The G7's declaration, also told as its pledge or framework.
_DECLARATION = LazyPattern(
    r"\bdeclaration\b|\bg-?7 (?:security )?(?:pledges?|framework|commitments?)\b"
)
#: The G7 by name, short or long.
_G7_NAME = r"(?:g-?7|group of seven)\b"
#: After a number: the G7 it counts the members of, or "of them", a part of a count before.
_NOT_A_TOTAL = LazyPattern(rf"\s+{_G7_NAME}|\s+of (?:them|these|those|which|whom)\b")
#: A list set off by commas inside a clause, before its verb: ", among them Denmark and Spain,".
_LISTED = LazyPattern(
    r",\s*(?:among them|including|such as|notably|led by|starting with|beginning with|from)\s"
    r"[^.;:]{0,120}?,\s*"
    r"(?=(?:had|have|has|were|was|are|is|signed|joined|backed|endorsed|put|agreed)\b)",
    re.IGNORECASE,
)
#: A count set beside the G7, after the number: "ten countries beyond the G7".
_BEYOND_G7 = LazyPattern(
    r"\s+(?:[a-z]+\s+)?(?:beyond|besides|outside|apart from|in addition to|other than|on top of)"
    rf" (?:the )?{_G7_NAME}"
)
#: A size told as its growth, just before the number: "grew by one", "has expanded by two".
_GREW_BY = LazyPattern(r"\b(?:grew|grown|grows|expanded|expands|enlarged|increased|swelled) by\s+$")
#: Signing told in several words.
_PUT_NAMES = LazyPattern(
    r"\b(?:put|putting|puts|set|sets|setting) (?:their|its|his|her) (?:names?|signatures?) to\b"
    r"|\bsigned up to\b|\bsigned on to\b",
    re.IGNORECASE,
)
_SIGNED = LazyPattern(
    r"\b(?:signed|signing|signatories|joined|joining|endorsed|endorsing|back|backs|backed|backing"
    r"|put (?:their|its) (?:names?|signatures?) to)\b"
)
_SUBSET = LazyPattern(
    r"\s+of (?:the |its |their )?(?:\S+ )?(?:[\w-]+ )?(countries|nations|states|allies|members|agreements|pacts|deals)\b",
    re.I,
)
#: A membership said to have grown to a number: "ranks grew to 32", "membership rose to 32".
_GREW_TO = LazyPattern(
    r"\b(?:ranks|membership|members)\s+(?:(?:has|have|had|now)\s+)?"
    r"(?:grew|grown|rose|risen|swelled|swollen|expanded|increased|climbed)\s+to\s+$"
)
#: A size told as strength: "thirty-two strong".
_STRONG = re.compile(r"\s+strong\b")
#: A number said of a tally named before it: "the number of countries backing the declaration
#: rose to 33", "the total of signed pacts now stands at 27".
_TALLY_TO = LazyPattern(
    r"\b(?:number|total|tally|count) of (?:[\w'’-]+ ){0,2}?(?P<unit>countries|nations|states|allies|members"
    r"|signatories|partners|governments|agreements|pacts|deals|accords)\b[^.;:]{0,80}?"
    r"\b(?:rose|risen|grew|grown|climbed|increased|reached|jumped|went up|stands at|stood at|is now|now at"
    r"|to)\s+$"
)
#: Words before a count that make it the whole alliance rather than some of its members.
_WHOLE = frozenset(
    {
        "the",
        "all",
        "its",
        "their",
        "nato",
        "alliance",
        "bloc",
        "to",
        "has",
        "have",
        "had",
        "counts",
        "count",
        "now",
        "with",
        "comprising",
        "numbering",
        "totals",
        "these",
        "those",
        "grew",
        "grown",
        "expanded",
        "enlarged",
        "become",
        "became",
        "becomes",
        "them",
        "nato's",
        "alliance's",
        "bloc's",
    }
)
#: "Of" makes a count the whole only after a word for the whole ("an alliance of 32"), not
#: after a part of it ("a group of eight allies", "a coalition of 12").
_WHOLE_OF = frozenset(
    {"alliance", "bloc", "club", "organisation", "organization", "membership", "total", "nato"}
    # "the leaders of 32 allies", "foreign ministers of all 32": each ally's own, so all of them
    | {"leaders", "heads", "ministers", "envoys", "ambassadors", "delegations", "flags", "capitals"}
    | {"chairs", "seats", "nameplates"}
)
_ALLIANCE = LazyPattern(r"\b(?:nato|alliance|ally|allies|allied|member states|north atlantic)\b")
#: Another body owning the members counted just after it: "the group, whose 50 member
#: countries", "the union's 27 member states", "the coalition of 30 members".
_OTHER_OWNER = LazyPattern(
    r"\b(?:group|coalition|union|eu|court|organi[sz]ation|club|commission|council|forum|format"
    r"|initiative|g7|g20)(?:'s|’s|,? whose|,? with| of| of its| of their)\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|more than|over|all|its|their|the)\s+)*$"
)
#: Who may stand before "other" or "fellow" so that the count is all the others.
_ALL_THE_OTHERS = frozenset({"the", "its", "their", "all"})
#: A leaders' summit, told by its name, its communique or its leaders gathering.
SUMMIT = LazyPattern(
    r"\bsummit\b|\bcommuniqu[eé]s?\b|\bleaders (?:had )?(?:gathered|met|assembled|convened)\b"
)
#: The alliance's summit: the alliance named, or a city that has hosted one (its leaders are the
#: allies' leaders, its countries the allies, though the sentence never says "allies").
_ALLIANCE_SUMMIT = LazyPattern(
    r"\b(?:nato|alliance|allies|allied|north atlantic|bucharest|vilnius|washington|the hague|madrid"
    r"|wales|newport|warsaw|lisbon|chicago|strasbourg|riga|istanbul|prague)\b"
)
#: Another body's summit or gathering: its members are not the alliance's.
_OTHER_GATHERING = LazyPattern(
    r"\b(?:g-?7|g-?20|group of (?:seven|twenty)|eu|european|union|un|united nations|peace|democracy"
    r"|nuclear|ramstein|contact group|coalition|commonwealth|brics|asean|african|arab|recovery"
    r"|political community|climate|osce)\b"
)


def _alliance_summit(low: str) -> bool:
    """Does the (lower-cased) sentence tell of one of the alliance's own summits?"""
    return bool(
        SUMMIT.search(low) and _ALLIANCE_SUMMIT.search(low) and not _OTHER_GATHERING.search(low)
    )


_WHOLE_OF_BEFORE = LazyPattern(r"\b(?:alliance|bloc|nato) of (?:all |some |about |nearly |now )?$")


#: Words before a number that make it a bound or an estimate, not an exact count.
_APPROX = LazyPattern(
    r"(?:\b(?P<about>about|around|roughly|some|approximately|nearly|almost|close to|an estimated)"
    r"|\b(?P<more>more than|over|at least|upwards of|in excess of)"
    r"|\b(?P<less>fewer than|less than|under|at most|up to))\s+$"
)
#: A sum of money is a measure, never a count of states or agreements.
_MONEY = LazyPattern(r"[€$£]\s*$|\b(?:eur|usd|gbp|us\$)\s*$")
_MAGNITUDE = LazyPattern(r"\b(?:billion|million|trillion|thousand|bn)\b")


@dataclass(frozen=True)
class Quantity:
    """A count, what it counts, and the words it came from.

    `bound` says how the number is meant: "" exact, "about" an estimate, "more" a lower bound
    ("more than 30"), "less" an upper bound ("fewer than 30").
    """

    facet: str
    value: float
    phrase: str
    bound: str = ""


def _nearest(rx: LazyPattern, text: str, at: int) -> int:
    """Distance from `at` to the nearest match of `rx` in `text` (10**6 when none)."""
    return min((abs(m.start() - at) for m in rx.finditer(text)), default=10**6)


def _unit_after(words: list[str], i: int) -> str:
    for w in words[i + 1 : i + 5]:
        low = w.lower().strip(".,;:")
        if low in _MEASURES:
            return low
        if low in UNIT_NOUNS:
            return UNIT_NOUNS[low]
        if low in _SKIP:
            continue
        # Some other noun ("24 hours", "20-point"): a unit of its own, never a count of states.
        return low if low.isalpha() and low not in STOPWORDS else ""
    return ""


def quantities(sentence: str) -> list[Quantity]:
    """Counts in a sentence, each with its facet (alliance-size, agreements-concluded, ...)."""
    return list(_quantities(sentence))


@lru_cache(maxsize=1024)
def _quantities(sentence: str) -> tuple[Quantity, ...]:
    """`quantities`, kept for the sentences judged last: relevance and the counts layer both
    read a sentence's counts."""
    return tuple(_find_quantities(sentence))


def _find_quantities(sentence: str) -> list[Quantity]:
    text = clean(sentence)
    out: list[Quantity] = []
    for n in numbers(text):
        head = text[n.start : n.end]
        before = text[max(0, n.start - 20) : n.start].lower()
        if _MONEY.search(before) or _MAGNITUDE.search(head.lower()):
            continue
        if _GREW_BY.search(text[max(0, n.start - 40) : n.start].lower()):
            window = " ".join(_WORD.findall(text[max(0, n.start - 120) : n.end + 60])).lower()
            if _ALLIANCE.search(window):
                # "a club that grew by one": the alliance's size, told as its growth.
                out.append(Quantity("alliance-growth", n.value, window))
            continue
        approx = _APPROX.search(before)
        bound = approx.lastgroup or "" if approx else ""
        hyphen_unit = ""
        after = text[n.end : n.end + 60].lower()
        if _NOT_A_TOTAL.match(after):
            # "the seven G7 governments": the G7's own members; "seven of them": a part of a
            # number told before. Neither is a count of the whole.
            continue
        m = re.match(r"-(nation|member|country|year|point|day|month|hour)s?\b", after)
        if m:
            hyphen_unit = {"nation": "countries", "member": "members", "country": "countries"}.get(
                m.group(1), m.group(1)
            )
        before_words = _WORD.findall(text[max(0, n.start - 120) : n.start])[-12:]
        # A phrasal verb of signing is one word of the window ("put their names to": "signed"),
        # and a list set off by commas ("..., among them Denmark and Spain, had signed") none.
        rest = _LISTED.sub(" ", text[n.end : n.end + 200], count=1)
        after_words = _WORD.findall(_PUT_NAMES.sub("signed", rest))[:8]
        window = " ".join(before_words + [head] + after_words).lower()
        words = [head, *after_words]
        unit = hyphen_unit or _unit_after(words, 0)
        if unit not in _UNIT_VALUES and _GREW_TO.search(
            text[max(0, n.start - 50) : n.start].lower()
        ):
            unit = "members"  # "NATO's ranks grew to 32": the number of its members
        if unit not in _UNIT_VALUES and _STRONG.match(after) and _ALLIANCE.search(window):
            unit = "members"  # "the alliance, now 32 strong": its size
        if unit not in _UNIT_VALUES and _WHOLE_OF_BEFORE.search(
            text[max(0, n.start - 30) : n.start].lower()
        ):
            unit = "members"  # "an alliance of 32": its size
        if unit not in _UNIT_VALUES and (
            tally := _TALLY_TO.search(text[max(0, n.start - 140) : n.start].lower())
        ):
            unit = UNIT_NOUNS.get(tally.group("unit"), "")
        # "ten more allies", "15 other countries": a part added or set apart, not a total.
        partial = bool(after_words) and after_words[0].lower() in _PARTIAL
        subset = _SUBSET.match(text[n.end :])
        if subset and not unit:
            # "thirteen of the 32 countries ... had concluded them": the part takes the whole's
            # unit, and the verb that follows the whole ("had concluded more than 20 of the
            # agreements": or the one before the part, when none follows).
            unit = UNIT_NOUNS.get(subset.group(1).lower(), "")
            after_whole = text[n.end :].lower()
            if _CONCLUDED.search(after_whole) or _NEGOTIATING.search(after_whole):
                window = after_whole
        if n.ordinal and unit in ("", "countries") and re.match(r"\s*(?:country|nation)\b", after):
            unit = "countries"
        facet = ""
        # Countries beyond the G7 that signed something signed the G7's declaration.
        beyond = _BEYOND_G7.match(after)
        if (
            (_DECLARATION.search(window) or beyond)
            and _SIGNED.search(window)
            and unit in ("countries", "")
        ):
            facet = "declaration-signatories"
        elif (
            _AGREEMENT.search(window)
            and unit in ("countries", "agreements", "")
            and (_CONCLUDED.search(window) or _NEGOTIATING.search(window))
        ):
            # Countries that concluded agreements, or that are negotiating them: the verb
            # nearer the number decides ("thirteen of the 32 countries negotiating ... had
            # concluded them").
            at = len(" ".join(before_words)) if not subset else 0
            concluded = _nearest(_CONCLUDED, window, at)
            negotiating = _nearest(_NEGOTIATING, window, at)
            if unit == "countries" and not subset and negotiating < concluded:
                facet = "agreement-partners"
            elif concluded < 10**6:
                facet = "agreements-concluded"
        elif n.ordinal and unit == "agreements" and _AGREEMENT.search(window):
            # "Ukraine's 14th such pact": the fourteenth agreement presupposes fourteen.
            facet = "agreements-concluded"
        elif unit in _MEASURES:
            facet = f"unit:{unit}"
        elif unit == "members" or (
            unit in ("countries", "leaders")
            and not n.ordinal
            # "Thirty-two leaders signed the summit declaration in Washington": the allies,
            # at their summit, whoever the sentence calls them.
            and (_ALLIANCE.search(window) or _alliance_summit(text.lower()))
        ):
            facet = "alliance-size"
        elif n.ordinal and _RANKED.match(after):
            facet = "alliance-size"
        elif unit:
            facet = f"unit:{unit}"
        else:
            nxt = re.match(r"[\s-]*([a-z]+)", after)
            facet = f"unit:{nxt.group(1)}" if nxt else ""
        if (
            facet == "alliance-size"
            and n.ordinal
            and (rank := _RANKED.match(after))
            and _RANKS_OTHER.match(after, rank.end())
        ):
            facet = ""
        if (
            facet in ("alliance-size", "alliance-part")
            and after.lstrip().startswith("member")
            and _OTHER_OWNER.search(text[max(0, n.start - 40) : n.start].lower())
        ):
            facet = ""  # "the group, whose roughly 50 member countries": another body's members
        value = n.value
        if facet == "alliance-size" and not hyphen_unit and not n.ordinal:
            # "Three allies remain wary": some allies. The whole is told as such: "the 32
            # allies", "all 32", "NATO's 32 members", "has 32 members", "an alliance of 32".
            lead = _APPROX.sub("", text[max(0, n.start - 40) : n.start].lower())
            words = [w.replace("’", "'") for w in _WORD.findall(lead)[-2:]]
            last = words[-1] if words else ""
            whole = last in _WHOLE or (last == "of" and len(words) == 2 and words[0] in _WHOLE_OF)
            if (last == "other" and len(words) == 2 and words[0] in _ALL_THE_OTHERS) or (
                last in _ALL_THE_OTHERS and after_words and after_words[0].lower() == "fellow"
            ):
                # "Sweden and the other 31 allies", "Finland and its 30 fellow allies": every
                # ally is these and the one set apart.
                whole, value = True, n.value + 1
            if not whole:
                # Some allies, unless there are as many as the alliance has: the differ, which
                # knows its size, decides ("Thirty-two allied leaders signed").
                facet = "alliance-part"
        if facet == "declaration-signatories" and beyond:
            # "Ten countries beyond the G7": the declaration's signatories are these and the seven.
            value += 7
        elif facet == "declaration-signatories" and (
            partial or _ANOTHER.search(text[max(0, n.start - 12) : n.start].lower())
        ):
            # "All G7 members and 25 other countries", "besides the G7, another 25": the
            # declaration's signatories are the G7's seven and these.
            if _G7.search(text[max(0, n.start - 80) : n.start].lower()):
                value += 7
            else:
                facet = ""
        if (
            facet in ("agreements-concluded", "agreement-partners")
            and n.value == 2
            and _PAIR.search(text[max(0, n.start - 12) : n.start].lower())
        ):
            facet = ""  # "the agreement the two countries concluded": its parties, not a tally
        if (facet.startswith("unit:") and facet[5:] in STOPWORDS) or (
            (subset and facet in ("alliance-size", "alliance-part"))
            or (partial and facet in ("alliance-size", "alliance-part", "agreements-concluded"))
        ):
            facet = ""
        if facet:
            out.append(Quantity(facet, value, window, bound))
    return out
