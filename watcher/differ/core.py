"""The differ: one sentence against the baseline (and the ledger) -> status, cue, evidence.

Layers, each explainable in a report: relevance; office holders, status steps and counts
against the facts the baseline states; negation of the membership prospect; then retrieval
for `known` versus `new`. The first layer that decides writes the cue.
"""

from __future__ import annotations

import copy
import hashlib
import re
from collections import ChainMap, Counter
from dataclasses import dataclass, replace
from functools import cached_property, partial
from typing import TYPE_CHECKING, Any

from watcher.baseline.amend import AMENDMENT_PREFIX
from watcher.baseline.build import Baseline
from watcher.differ.developments import Likeness, TextDevelopments, Voices, alias
from watcher.differ.facts import baseline_facts, event_dates
from watcher.differ.negation import (
    OPEN_QUESTION,
    SILENT,
    affirmed_prospect,
    answers_no,
    asserted_timeline,
    denial,
    neutrality,
    opposed,
    restates_negative,
)
from watcher.differ.rules import Frame, concepts, find_cues, frames
from watcher.models import (
    REPORTED,
    Claim,
    Judgement,
    Status,
    TextJudgement,
    most_severe,
)
from watcher.text import attributes, lexicon, restatement
from watcher.text import compiled as kept
from watcher.text.lazy import LazyPattern
from watcher.text.lexicon import membership_term
from watcher.text.literals import Gate, words_pattern
from watcher.text.numbers import MONTHS, NUMBER_WORDS, dates, numbers
from watcher.text.quantities import SUMMIT, UNIT_NOUNS, Quantity, quantities
from watcher.text.relevance import BATTLE as _BATTLE
from watcher.text.relevance import (
    COOPERATION,
    NAMED_TOGETHER,
    PACT_REASON,
    TRUCE_TO_COME,
    not_the_alliance,
    topic_reason,
)
from watcher.text.relevance import EU_NAMED as _EU_NAMED
from watcher.text.relevance import OFF_TOPIC_FRAME as _OFF_TOPIC_FRAME
from watcher.text.relevance import VIOLENCE as _VIOLENCE
from watcher.text.segment import DATELINE, clean, normalise, sentences
from watcher.text.similarity import Index, terms

if TYPE_CHECKING:
    from watcher.differ.derived import Derived

#: A sentence at least this similar to a baseline claim restates it (`known`).
KNOWN_THRESHOLD = 0.25
#: A government's building left: a holder of another country there is a visitor.
_FOREIGN_SEAT = LazyPattern(
    r"\b(?:left|leaves|leaving|quit\w*|walked out of|stormed out of)\s+(?:the\s+)?("
    + "|".join(map(re.escape, lexicon.GOVERNMENT_BUILDINGS))
    + r")\b"
)
#: A sentence that opens by referring to the one before: "Each is meant to lapse ...", "The
#: move ...", "That plan ...".
_CONTINUES = LazyPattern(
    r"\s*(?:each|it|they|these|this|that|those|such|the (?:move|pact|pacts|plan|deal|idea|pledge|pledges|step"
    r"|decision|agreement|agreements|offer|proposal|change|amendment|text|declaration|document))\b"
)
#: A sentence that opens by naming the one before as someone's words ("That was Trump's answer
#: when asked about ...", "This was Zelensky's message in Berlin"): read with those words.
_NAMES_THE_WORDS = LazyPattern(
    r"\s*(?:that|this|such)\s+(?:was|is|had been|has been|were|are)\s+(?:[\w.'’-]+\s+){0,4}?"
    r"(?:answer|reply|response|retort|message|verdict|words|line|position|warning|demand|offer"
    r"|conclusion|assessment|promise|pledge)\b"
)
#: A past told as recalled or reminded of: what follows is told as of its own time.
_RECALLED = LazyPattern(
    r"\b(?:recall(?:ed|s|ing)?|remind(?:ed|s|ing)?|(?:pointed|points) out)(?: [\w'’-]+){0,6}? that\b",
    re.IGNORECASE,
)
#: What may follow the question mark of a sentence that ends by asking (a closing quote).
_AFTER_QUESTION = " \t\n'\"”’)"
#: A denial restating a negative claim: among how many nearest claims, and how near each.
NEGATIVE_CANDIDATES = 3
NEGATIVE_SIMILARITY = 0.2
#: Where a denial's clause ends.
_CLAUSE_END = re.compile(r";|:|\bbut\b|\bwhile\b|\bwhereas\b|\balthough\b|, (?:and|which|who)\b")
#: Why a sentence is on topic when only its closeness to a claim says so: it restates that
#: claim, whatever the restatement model reads of its words.
CLOSE = "close to a baseline claim"
#: A sentence that close to a baseline claim is on topic if it also shares this many content
#: terms with it (one or two shared words are chance).
TOPIC_SHARED = 3
#: Shared named events make a restatement likelier; added to the similarity.
EVENT_BONUS = 0.08
#: A sentence this similar to a claim, with another day or month, changes the claim's date.
DATE_THRESHOLD = 0.5
#: A reported finding is restated when a new sentence is at least this similar to it.
LEDGER_THRESHOLD = 0.55
#: Within one text, a reported sentence this similar to an earlier one of the same status retells
#: the same development (title, lead and quote of one story).
ENTRY_REPEAT = 0.2
#: ... or when they share this much information (idf summed over their common terms): about
#: two and a half words the baseline never uses. On the article corpus no two `new` sentences
#: of different developments in one text share this much, while 18 pairs of one do.
ENTRY_SHARED = 13.0
#: Texts longer than this are refused rather than split forever.
MAX_TEXT = 200_000

_PROMISE = LazyPattern(
    r"future (?:is )?in nato|irreversible|will become members?|would (?:eventually )?become (?:a )?members?"
    r"|eventual membership"
)
#: An office held up to a time named, not one that runs or was extended to it: "Biden's national
#: security adviser until January".
_UNTIL = (
    # The word first, the words it must not follow looked back at from there: the engine tries
    # the look-behinds only where "until" stands.
    r"until(?<!runs until)(?<!run until)(?<!extended until)(?<!serve until)(?<!stay until)"
    r"(?<!remain until)(?<!will until) (?:early |late |mid-|last )?(?:\d{4}|january|february|march"
    r"|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall"
    r"|winter|last)"
)
#: A term that ran out, and the last of something held in office: "his second term ran out",
#: "Duda's last summit as president" (a change at the office, and its holder's departure).
_TERM_ENDED = (
    r"(?:term|mandate|tenure) (?:ran out|runs out|expired|expires|ended|ends|was up)"
    r"|(?:'s|’s) last (?:[\w-]+ )?as"
)
#: Words that say an office changed hands, so a title is news rather than a title in passing.
_OFFICE_CHANGE = LazyPattern(
    r"\b(?:new|newly|who is (?:also|now)|who (?:also |now )?(?:serves|acts|doubles) as|(?:became|become|becomes|becoming)(?! (?:a |an |full |fully-fledged )?(?:members?|ally|allies|part)\b)|appoint\w*|nam(?:e|ed|es|ing) (?:as |him |her )?|elected|confirm\w* (?:\S+ ){0,3}as|"
    r"succe\w+|replac\w+|took over|taken over|takes over|take over|taking over|sworn in|inaugurated|took office|took the oath|"
    # A tenure told by how far into it, or since when: "two days into his tenure as", "in office since".
    r"(?:hours|days|weeks|months) into|into (?:his|her|the) (?:tenure|term|job|new job|post|role)|in office since|"
    r"elevated|promoted|vacated|relieved of|(?:made|makes|making) (?:\S+ ){1,3}?(?:minister|secretary|president|advis[eo]r|chancellor|chief|head)\b|"
    r"(?:tak\w+|took) the (?:helm|post|job|reins|baton)|predecessor|former|outgoing|resign\w*|stepped down|stepping down|stepp(?:ed|ing|s) aside|steps aside|dismiss\w*|"
    r"removed|sacked|ousted|now|by (?:then|now|that time|that point)|no longer|incoming|nominat\w*|install\w*|(?:to|will|would) (?:head|lead|run|serve as)|"
    r"mov(?:ed|es|ing) into|mov(?:ed|es|ing) (?:\w+ )?from|(?:trad|swapp|exchang)(?:ed|es|ing) (?:\S+ ){1,5}?for|stepp(?:ed|ing) into|steps into|"
    r"gave up|giving up|give up|(?:left|leaves|leaving)(?! (?:without|empty|with (?:no|nothing|a|an|only|just|little)\b))|handed|handing|hand over|hands over|moved to|pushed out|quit\w*|"
    r"vot(?:e|es|ed|ing) out|walk\w* away from|stepp\w* away from|"
    r"took on|takes on|taking on|exit|ending|(?:took|takes|take|taking) charge|in charge|"
    r"first (?:\S+ ){0,5}as|back (?:in \w+ )?as|(?:has|have) (?:also |now )?(?:served|been serving) as|"
    rf"moved out of|{_TERM_ENDED}|"
    rf"{_UNTIL}|"
    r"offer\w* (?:\S+ ){0,12}?(?:the )?(?:post|job|role) of|"
    r"(?:run|held|headed|led) (?:\S+ ){0,4}since|since (?:early |late |mid-)?(?:\d|january|february|march|"
    r"april|may|june|july|august|september|october|november|december))\b"
)
#: Words that say a holder has left an office ("left" with or without something is coming away
#: with it, not leaving office).
_DEPARTED = LazyPattern(
    r"\b(?:gave up|giving up|(?:left|leaves|leaving)(?! (?:without|empty|with (?:no|nothing|a|an|only|just|little)\b))|former|outgoing|stepped down|stepping down|steps down|stepp(?:ed|ing) aside|steps aside|resign\w*|no longer|back (?:in \w+ )?as|gone|moved (?:\w+ )?from|quit\w*"
    r"|hands over|handed over|vot(?:e|es|ed|ing) out"
    r"|vacated|relieved of|ending (?:[\w'’-]+ ){0,3}(?:decade|years?|tenure|term|time|presidency|premiership)"
    rf"|{_TERM_ENDED}"
    r"|moved to (?:the |head |lead |become )"
    r"|dismiss\w*|removed|ousted|replaced|succeeded|predecessor)\b"
    rf"|\b{_UNTIL}\b"
)
#: A name "out as" an office, the headline's way of saying its holder has gone: "Waltz out as
#: national security adviser". Told of a name only: "ruled out as", "singled out as" are not.
_OUT_AS = LazyPattern(r"\b[A-Z][\w'’-]+ (?:is |was |now )?out as (?:[\w'’-]+ ){0,3}$")
#: The end of a name and the start of its apposition, before a word of change: "Kuleba,
#: Ukraine's former foreign minister", "Stoltenberg, the outgoing secretary general".
_APPOSED_TO = LazyPattern(r"\b(?P<name>[a-z'’-]+), (?:the |[a-z]+(?:'s|’s) )?$")
#: A person named holding a post of a country, linked to it by "now", "became" or "as": "Stoltenberg,
#: now Norway's finance minister", "Stoltenberg presented his first budget as Norway's finance
#: minister". The office is a national one, told after the country's possessive.
_OTHER_POST = LazyPattern(
    # A relative clause on the holder's past may come between: "Stoltenberg, who ran NATO for a
    # decade, is now Norway's finance minister".
    r"[a-z-]+(?![\w'’])(?:,\s+who\s+(?!(?:is\s+|was\s+)?now\b)[^,;]{1,60},(?=\s+(?:became|becomes|has become"
    r"|had become|was named|was appointed|took office as|serves as|served as|is now)\s"
    # ... or before what the holder did as the post: "..., returned to Oslo politics as".
    r"|\s+(?:[\w'’-]+\s+){0,9}?as\s))?"
    r"(?:,\s+(?:who\s+)?(?:is\s+|was\s+)?now\s+"
    r"|(?:,\s+who)?\s+(?:became|becomes|has become|had become|was named|was appointed|took office as"
    r"|serves as|served as|is now)\s+"
    r"|\s+(?:[\w'’-]+\s+){0,9}?as\s+)"
    r"(?:(?:the\s+)?(?P<country>[a-z]+)(?:'s|’s)\s+(?:new\s+|next\s+)?(?:[a-z-]+\s+){0,2}?"
    r"(?P<post>minister|premier|prime minister|president|chancellor|ambassador|envoy|governor)\b"
    # ... or an envoy told by where they serve: "as ambassador in Chisinau".
    r"|(?:an\s+|the\s+)?(?:new\s+|next\s+)?(?P<envoy>ambassador|envoy)\s+(?:to|in)\s+(?P<abroad>[a-z]+)\b)"
)
#: A post outside government told of a baseline holder in apposition or a relative clause: "Jake
#: Sullivan, now a professor at Harvard", "Stoltenberg, chairman of the Munich Security
#: Conference", "Kuleba, who now teaches in Paris", "Austin, retired since January". An
#: institution of the holder's own office (the alliance, a government, a country) is none.
_LATER_POST = LazyPattern(
    r"[a-z-]+(?![\w'’]),\s+(?:"
    r"who\s+(?:is\s+)?(?:now\s+)?(?P<teaches>teaches|lectures)\s+(?:at|in)\b"
    r"|(?P<retired>retired|out of (?:office|government|politics))(?:\s+since\b|\s*,)"
    r"|(?:(?:now|these days|today)\s+)?(?:an?\s+|the\s+)?(?:[a-z-]+\s+){0,2}?"
    r"(?P<post>professor|lecturer|fellow|dean|consultant|partner|board member|chief executive"
    r"|chair(?:man|woman)?|president|director|head)\s+(?:of|at|in)\s+(?:the\s+)?(?P<body>[a-z'’-]+)"
    r")"
)
#: A holder back in a country's government: "Stoltenberg is back in government in Oslo",
#: "Stoltenberg returned to Norway's cabinet". Another country's government than the office's
#: is an office left.
_BACK_IN_GOVERNMENT = LazyPattern(
    r"[a-z-]+(?![\w'’])(?:,[^,;]{1,60},)?\s+(?:(?:is|was|has been)\s+(?:now\s+)?back\s+in"
    r"|(?:has\s+)?(?:returned|returns|went back|goes back)\s+to)"
    r"\s+(?:(?:the\s+)?(?:government|cabinet)\s+(?:in|of)\s+(?P<place>[a-z]+)"
    r"|(?P<owner>[a-z]+)(?:'s|’s)\s+(?:government|cabinet))\b"
)
#: Posts `_LATER_POST` reads that a country has too ("president of Poland"); the others (a
#: professor in Paris) are held at a place, not for it.
_STATE_POSTS = frozenset({"chair", "chairman", "chairwoman", "president", "director", "head"})
#: What a post's body may not be for `_LATER_POST`: the holder's own institutions.
_OWN_BODY = frozenset(
    "nato alliance alliance's north atlantic ukraine ukraine's ukrainian presidential president's"
    " government cabinet ministry foreign defence defense national security council state white"
    " pentagon office".split()
)
#: Allies named as reluctant, or agreement among them lacking, beside a denial limited to now:
#: consensus lacking, which the seeds leave open ("Washington and Berlin among allies not ready").
_CONSENSUS_LACKING = LazyPattern(
    r"\b(?:reluctan\w*|resist\w*|not (?:yet )?ready|unready|wary|hesitan\w*|split|divided"
    r"|(?:did|do|does|could|can)(?: not|n't) agree|no (?:agreement|consensus|common view)"
    r"|(?:not|failed to|yet to)(?: yet)? (?:reach|reached|find|found) (?:a )?(?:consensus|common view))\b"
)
#: An agreement's term: "to run for ten years", "concluded for a term of ten years", "a ten-year
#: pact".
_TERM = LazyPattern(
    r"\b(?:run|runs|running|last|lasts|lasting|valid|in force|concluded|signed|set)\b(?: [\w'’-]+){0,3}? for"
    r" (?:a (?:term|period) of )?(?:the next )?(?:(?P<n>[\w-]+) years|(?:a|one|(?P<d>[\w-]+)) decades?)\b"
    r"|\b(?P<n2>[\w]+)-year (?:security )?(?:agreement|pact|accord|deal|term|arrangement)s?\b"
)
#: Words before a name that make it no subject of the clause after it.
_NOT_SUBJECT = LazyPattern(r"\b(?:by|to|with|from|for|of|and|met|meets|meeting)\s+(?:[a-z]+\s+)?$")
#: Posts held away from every office the baseline names, in any country: an envoy abroad.
_ENVOY_POSTS = frozenset({"ambassador", "envoy", "governor"})
#: A holder who acts on someone else's office: "President Zelensky dismissed General Zaluzhnyi",
#: "Biden replaced his envoy". The verb is the holder's own act, not their departure.
_ACTS_ON = LazyPattern(r"(?:dismiss\w*|removed|ousted|replaced|sacked|fired)$")
_AGENT_GAP = LazyPattern(
    r"(?:\s+(?!(?:was|were|been|being|is|be|had|has|have)\b)[a-z'’-]+){0,2}\s+$"
)


def _words_shared(a: str, b: str) -> set[str]:
    """The terms two texts share, numbers left out."""
    return {t for t in set(terms(a)) & set(terms(b)) if not t[:1].isdigit()}


def _nation_before(low: str, at: int) -> str:
    """The country whose adjective or name stands right before an office at `at` ('' when none):
    two words tried before one, so "South Korean" is not read as a bare "Korean"."""
    m = _WORD_BEFORE.search(low, max(0, at - 40), at)
    if m is None:
        return ""
    if m.group(1):
        pair = lexicon.COUNTRIES.get(f"{m.group(1)} {m.group(2)}")
        if pair:
            return pair
    return lexicon.COUNTRIES.get(m.group(2), "")


def _changed_near(low: str, near: slice, where: re.Match[str]) -> bool:
    """Is a word of change by the office mentioned at `where`? "Former" and "outgoing" are
    said of what they stand right before: in "Yermak and former NATO Secretary General
    Rasmussen" the head of Zelensky's office has not gone."""
    # A long phrase of change may start before the window and end in it: "traded the prime
    # minister's office for" the office named next.
    for m in _OFFICE_CHANGE.finditer(low, max(0, near.start - ROLE_REACH), near.stop):
        if m.end() <= near.start:
            continue
        if m.group(0) in ("former", "outgoing") and (
            m.end() > where.start() or len(low[m.end() : where.start()].split()) > 2
        ):
            continue
        if _said_of_another(m, where.end()):
            continue
        return True
    return False


#: A post the holder is to take, told after the office: another post than the one named.
_TO_HEAD = LazyPattern(r"(?:to|will|would) (?:head|lead|run)")


#: "Now" ending its clause: where someone stands, not a post taken.
_NOW_ENDS = LazyPattern(r"\s*(?:[.,;:!?'\"”’)]|$)")
#: "Now" saying how things stand ("the talks now under way", "the rules now in force"),
#: wherever it stands: not who holds an office.
_NOW_STATE = LazyPattern(
    r"\s+(?:under ?way|in (?:force|place|progress|effect|session)|on the table|pending|ongoing)\b"
)


def _said_of_another(change: re.Match[str], end: int) -> bool:
    """Is a word of change about something other than the office mentioned before `end`? A
    "now" that ends its clause after the office tells where its holder stands ("where
    President Trump is now"), not that the office changed hands ("Rutte, now NATO's chief",
    "..., now advises the minister"); a post to head told after it is another post
    ("President Trump's choice to head Homeland Security"); a "now" of how things stand ("the
    talks now under way") is about them wherever it stands."""
    if change.group(0) == "now" and _NOW_STATE.match(change.string, change.end()):
        return True
    if change.start() < end:
        return False
    if change.group(0) == "now":
        return _NOW_ENDS.match(change.string, change.end()) is not None
    return _TO_HEAD.fullmatch(change.group(0)) is not None


def _within_other_office(low: str, role: str, m: re.Match[str]) -> bool:
    """Is this mention of an office part of another office's name ("the president" in "head of
    the office of the president")?"""
    for other, phrase in _ROLE_WORDS.items():
        if other != role:
            for o in phrase.finditer(low, max(0, m.start() - 60), m.end() + 60):
                if (
                    o.start() <= m.start()
                    and m.end() <= o.end()
                    and o.end() - o.start() > len(m.group(0))
                ):
                    return True
    return False


def _named(person: str, low: str) -> bool:
    """Is the person (a lower-case surname) named in the lower-cased text, as a word?"""
    return person in low and re.search(rf"\b{re.escape(person)}\b", low) is not None


def _departs(holder: str, window: str) -> bool:
    """Does `window` (around an office the holder is named in) say that the holder left it?
    A departure verb the holder is the subject of is an act on someone else: "Zelensky
    dismissed his army chief" keeps Zelensky in office; "former" is said of whom it precedes."""
    for m in _DEPARTED.finditer(window):
        if (
            m.group(0) in ("former", "outgoing")
            and holder not in window[m.end() : m.end() + 60]
            and not ((a := _APPOSED_TO.search(window, 0, m.start())) and a.group("name") == holder)
        ):
            continue  # "former NATO Secretary General Rasmussen": someone else's past office
        if _ACTS_ON.match(m.group(0)):
            name = window.rfind(holder, 0, m.start())
            if name >= 0 and _AGENT_GAP.match(window, name + len(holder), m.start()):
                continue
        return True
    return False


#: A security agreement, and the words that say one was concluded.
_AGREEMENT = LazyPattern(
    r"\b(?:security|bilateral|defen[cs]e|cooperation|ten-year|10-year|long-term|similar|such|their|own)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:agreements?|accords?|pacts?|deals?|commitments?|arrangements?)\b|\b(?:pact|accord)\b"
)
#: Names or signatures put to an agreement, which concludes it.
_NAMES_PUT = r"(?:names?|signatures?) (?:to|on)"
_SIGNING = LazyPattern(
    r"\b(?:sign(?:s|ed|ing)?|conclud\w*|seal\w*|ink\w*|finali[sz]\w*|(?:put|puts|putting)"
    rf" (?:their|his|her|its|[a-z]+(?:'s|’s)) {_NAMES_PUT})\b"
    r"|\b(?:has|have|had) (?:now |already )?(?:\w+ ){0,2}(?:agreements?|pacts?|deals?|accords?) with\b"
)
_CONCLUDED = LazyPattern(
    rf"\b(?:conclud\w*|signed|first country|put (?:their|his|her|its) {_NAMES_PUT})\b"
)
_PROSPECTIVE_SIGNING = LazyPattern(
    r"\b(?:will|would|plans? to|expected to|is to|are to|set to|due to|ready to|wants? to|hopes? to"
    r"|negotiat\w*|talks|draft\w*|could|may)\s+"
    r"(?:\w+\s+){0,2}?(?:sign|conclude|seal|finali[sz]e)\b|\bunder negotiation\b"
    # "Kyiv is negotiating similar agreements with the United States": talks, not a signing.
    r"|\b(?:is|are|was|were|has been|have been|still|now) negotiating (?:[\w'’-]+ ){0,3}?"
    r"(?:agreements?|pacts?|deals?|accords?)\b"
)
#: The verbs that conclude an agreement referred back to.
_CONCLUDES = r"\b(?:sign(?:s|ed|ing)?|conclud(?:e|es|ed|ing)|seal(?:s|ed|ing)?|ink(?:s|ed|ing)?)\s+"
#: An agreement referred back to: "Denmark concluded one", "Finland signed theirs".
_AGREEMENT_ANAPHOR = LazyPattern(
    _CONCLUDES
    + r"(?P<ref>(?:(?:a|an|its own|their own) )?(?:similar )?ones?(?! of\b)|theirs|its own|their own"
    r"|a similar (?:deal|agreement|pact|accord))\b"
)
#: ... or told by whose it is, the noun left out: "came to Kyiv to sign Finland's".
_AGREEMENT_OF = LazyPattern(
    _CONCLUDES
    + r"(?P<ref>(?P<who>[a-z]+)(?:'s|’s))(?=\s*(?:[.,;:!?]|$)|\s+(?:on|in|at|last|this|days?|weeks?)\b)"
)
_AGREEMENT_CLAUSE = LazyPattern(r";|\. |, while |, whereas ")
#: A decision or an event reported beside the promise: the sentence carries news of its own
#: ("allies agreed to open an office ... on its path to membership").
_DECISION = LazyPattern(
    # A decision in the past perfect ("which had signed on to a declaration calling the road
    # irreversible") is background that retells the promise, not a decision reported.
    r"(?<!had )(?<!had also )(?<!had already )\b(?:agreed to|decided|decides|will (?:open|set up|create|launch|send|sign)|opened|opens|launched"
    r"|launches|set up|sets up|established|establishes|created|creates|announced|announces|signed"
    r"|approved|unveiled|proposed|presented|pledged|appointed|named)\b"
)
#: How far (in characters) a word of change may stand from an office mention.
ROLE_REACH = 30
#: Words before an office that say its holder no longer holds it, or not yet: right before
#: the office, or before the country it is of ("former Polish president").
_NOT_A_HOLDER_BEFORE = LazyPattern(
    r"\b(?:former|ex-|then|late|would-be|acting|candidate)[\s-]+(?:[a-z]+(?:'s|’s)?\s+)?$"
)
#: An agreement named, and one referred back to ("the deal", "this agreement").
_ANY_DEAL = LazyPattern(r"\b(?:deals?|agreements?|accords?|pacts?)\b")
_THE_DEAL = LazyPattern(r"\b(?:the|this|that) (?:deal|agreement|accord|pact|document|text)\b")
#: A change word standing on an office: "Ukraine's new foreign minister", "the newly appointed
#: head of ...".
_NEW_IN_OFFICE = LazyPattern(
    r"\b(?:new|newly (?:appointed|named|elected)|incoming|recently appointed)(?: [a-z'’]+)?\s+$"
)
#: A count of what the baseline's counts count, as prose tells it: "32 allies", "all 31 member
#: states", "ranks grew to 32", "the 32nd member", "a 32-member alliance", "two dozen countries",
#: "thirty-two flags": in every unit the counts are compared in.
_NUMBER_WORD = rf"\d[\d,]*|{NUMBER_WORDS}|dozen"
_UNITS = "|".join(sorted(UNIT_NOUNS, key=len, reverse=True))
_COUNT_PHRASE = LazyPattern(
    rf"\b(?:{_NUMBER_WORD})(?:[- ](?:[\w'’]+)){{0,3}}[- ](?:{_UNITS})\b"
    r"|\b(?:ranks|membership|members)\s+(?:\w+\s+){0,2}to\s+\d"
    r"|\b(?:number|total|tally|count) of (?:[\w'’-]+ ){0,3}?(?:countries|nations|states|allies|members"
    r"|signatories|partners|governments|agreements|pacts|deals|accords)\b"
    r"|\d+(?:st|nd|rd|th)\s+(?:member|ally)"
    rf"|\b(?:{_NUMBER_WORD})(?:-[a-z]+)?\s+strong\b"
)
#: The word before an office, past a change word: "Lithuanian" in "the new Lithuanian foreign
#: minister"; with the word before it, for a country named in two ("North Macedonian").
_WORD_BEFORE = LazyPattern(r"(?:\b([a-z]+)\s+)?\b([a-z]+)(?:'s|’s)?\s+$")
#: The office's holder said to have gone, right after the office: "his chief of staff had handed
#: in his resignation".
_GONE_AFTER = LazyPattern(
    r"(?:,\s*)?\s*(?:(?:had|has|have) )?(?:handed in (?:his|her) resignation|tendered (?:his|her) resignation"
    r"|resigned|stepped down|quit\b|was (?:dismissed|sacked|fired|removed|ousted)|(?:has|had) been (?:dismissed|sacked|fired|removed|ousted)"
    # ... or leaving as it is told: "his chief of staff was stepping down".
    r"|(?:was|is) (?:stepping down|resigning|quitting)\b)"
)
#: A personal name: two or three capitalised words ("Mykhailo Fedorov").
_PERSON = LazyPattern(r"\b[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2}\b")


OFF_TOPIC = "off topic: not about the membership path or its guarantees"
#: How prose names the offices the baseline's holders hold.
_ROLE_WORDS = {
    "secretary general": LazyPattern(
        r"\bsecretary[- ]general\b|\b(?:alliance|nato)(?:'s|’s) (?:top (?:civilian |political )?(?:post|job)|helm)\b"
        r"|\b(?:nato|alliance)(?:'s)? (?:chief|head)\b|\bhead of (?:nato|the alliance)\b"
        # The post told by what its holder does: "the top job at NATO headquarters", "ran NATO".
        r"|\b(?:top (?:civilian |political )?(?:post|job)|helm|reins) (?:at|of) (?:nato|the alliance)(?: headquarters)?\b"
        r"|\b(?:run|runs|ran|running|head|heads|headed|heading) (?:nato|the alliance)(?: headquarters)?\b"
    ),
    "foreign minister": LazyPattern(
        r"\bforeign minist\w+|\bminister (?:of|for) foreign affairs\b|\b(?:top|chief) diplomat\b"
        # The post told by what its holder does: "has run Ukraine's diplomacy since".
        r"|\b(?:run|runs|ran|running|head|heads|headed|heading|lead|leads|led|leading|in charge of)"
        r" (?:ukraine's |ukraine’s |kyiv's |kyiv’s |the country's |its )?diplomacy\b"
    ),
    "defense minister": LazyPattern(r"\bdefen[cs]e minist\w+|\bminister (?:of|for) defen[cs]e\b"),
    "defense secretary": LazyPattern(
        r"\bdefen[cs]e secretary\b|\bsecretary of defen[cs]e\b"
        r"|\b(?:(?:took|takes|taking) (?:charge of|over|the helm at|the reins at)|run|runs|running|head|heads|lead|leads)"
        r" the pentagon\b|\bpentagon (?:chief|head|boss)\b|\b(?:in charge of|at the head of|at the helm of) the pentagon\b"
    ),
    "national security advisor": LazyPattern(
        r"\bnational security advis\w+|\bassistant to the president for national security affairs\b"
    ),
    "nsdc secretary": LazyPattern(
        r"\b(?:national )?security (?:and defen[cs]e )?council\b.{0,40}\bsecretary\b"
        r"|\bsecretary of (?:ukraine's |the )?(?:national )?security (?:and defen[cs]e )?council\b"
        r"|\bhead(?:s|ed|ing)? (?:of )?(?:ukraine's |the )?(?:national )?security (?:and defen[cs]e )?council\b"
        # The council's secretary is the one said to leave it: "dismissed from the security council".
        r"|\b(?:dismissed|removed|ousted|sacked|fired|relieved|departed|resigned) from (?:ukraine's |the )?"
        r"(?:national )?security (?:and defen[cs]e )?council\b"
    ),
    "president": LazyPattern(r"\bpresident\b|\bhead of state\b"),
    "chief of staff": LazyPattern(
        r"\bchief of staff\b|\bhead of the (?:office|administration) of the president\b|\bhead (?:of )?(?:the |ukraine's |his |zelensky's )?"
        r"(?:presidential |president's |president’s )?(?:office|administration)\b"
        r"|\b(?:run|runs|running|lead|leads|leading|(?:took|takes|taking|take) (?:charge of|over))"
        r" (?:the |ukraine's |zelensky's |zelensky’s )"
        r"(?:presidential |president's |president’s )?(?:office|administration)\b"
    ),
}
#: The possessive that ties an office to its country when several countries are named: the
#: country's adjective, or the possessive of any name it goes by, its leaders' included
#: ("Trump's national security adviser", "Zelensky's chief of staff").
_OWN_FORMS = {
    "ukraine": r"ukrainian",
    "us": r"us|american|white house",
    "poland": r"polish|warsaw",
    "lithuania": r"lithuanian|vilnius",
}
_OWNED_BY = {
    country: LazyPattern(
        rf"\b(?:{forms}|(?:{'|'.join(lexicon.ACTORS.get(country, (country,)))})(?:'s|’s))\b"
    )
    for country, forms in _OWN_FORMS.items()
}
_NEVER = LazyPattern(r"(?!x)x")
#: Inside an on-topic entry, a sentence that refers back to the subject is on topic too:
#: "the alliance", "the bloc", "the bid", "this direction", "membership".
_CONTEXT_LINK = LazyPattern(
    r"\b(?:(?:the|its|kyiv's|ukraine's|their) bid|this direction|this path|this goal|that goal|such a step"
    r"|the idea|the move|membership|accession|the invitation|an invitation|the guarantees|the pact|the accord"
    r"|the agreement)\b"
)
_BLOC = LazyPattern(r"\bbloc\b")
#: The alliance under an epithet: "the Western alliance", "the US-led military alliance".
_ALLIANCE_NAMED = LazyPattern(
    r"\bthe (?:(?:western|transatlantic|north atlantic|atlantic|us-led|american-led|military"
    r"|defen[cs]e|defensive|security|nuclear|nuclear-armed|mutual-defen[cs]e)[- ])+alliance\b"
    r"|\bthe (?:north atlantic|transatlantic|atlantic|us-led|american-led|western(?: military)?)[- ]bloc\b"
)
#: The Membership Action Plan by its initials (in capitals: "a map" is a chart) ...
_MAP_SAID = LazyPattern(r"\bMAPs?\b")
_MAP_NAMED = LazyPattern(r"\b(?<!road )maps?\b")
#: ... or as "the action plan" where Ukraine and Georgia, the two that sought it, are named
#: with the alliance or its 2008 summit.
_BOTH_ASPIRANTS = LazyPattern(
    r"\b(?:ukraine|kyiv)\b.{0,80}\b(?:georgia|tbilisi)\b|\b(?:georgia|tbilisi)\b.{0,80}\b(?:ukraine|kyiv)\b"
)
_NATO_PAST = LazyPattern(r"\b(?:nato|the alliance|allies|bucharest|2008)\b")
_ACTION_PLAN = LazyPattern(r"\b(?<!membership )action plans?\b")
#: The alliance by its seat: "the headquarters in Brussels", "the Brussels headquarters" (outside
#: a story about the EU, whose institutions sit there too).
_NATO_SEAT = LazyPattern(
    r"\bthe (?:(?:alliance(?:'s|’s)? |nato(?:'s|’s)? )?headquarters in brussels|brussels headquarters)\b",
    re.IGNORECASE,
)
_NATO_NAMED = LazyPattern(r"\b(?:nato|north atlantic|the alliance)\b")


def asserted(low: str, speaker: str) -> tuple[str, ...]:
    """The concepts a `new` sentence asserts (`asserts:<concept>`), each with who opposes it
    when a negation reaches it (`asserts:<concept>:against:<who>`)."""
    keys: list[str] = []
    for concept in concepts():
        m = concept.search(low)
        if m is None:
            continue
        key = f"asserts:{concept.name}"
        if opposed(low, m.start(), m.end()):
            key += f":against:{speaker or 'unnamed'}"
        keys.append(key)
    return tuple(keys)


def _bloc_named(low: str) -> str:
    """The bloc a sentence names, when it names one of the two ('' when neither or both)."""
    # Each pattern searched only where its words may stand ("european union" holds "eu").
    eu = "eu" in low and bool(_EU_NAMED.search(low))
    nato = ("nato" in low or "north atlantic" in low or "the alliance" in low) and bool(
        _NATO_NAMED.search(low)
    )
    return "eu" if eu and not nato else "nato" if nato and not eu else ""


#: Links that name the membership path itself rather than point back to it.
_STRONG_LINKS = frozenset({"membership", "accession", "the invitation", "an invitation"})
#: Inside an entry about guarantees for Ukraine, the terms and the force that carry them (not an
#: army of the war's sides: "his troops are under pressure", "Russian soldiers"); inside one
#: about the alliance's own work with Ukraine, the staff and contributions that make it.
_GUARANTEE_LINK = LazyPattern(
    r"\b(?<!his )(?<!her )(?<!its )(?<!their )(?<!our )(?<!ukrainian )(?<!ukraine's )(?<!kyiv's )"
    r"(?<!russian )(?<!russia's )(?<!moscow's )(?:troops|soldiers|personnel|contingents?)\b"
    r"|\b(?:both|each|either|the|its|their|the [a-z-]+) (?:texts?|documents?|deals?|agreements?|pacts?|accords?)"
    r" (?:[\w'’]+ ){0,2}?"
    r"(?:lists?|covers?|commits?|runs?|provides?|includes?|sets? out|obliges?|binds?|spells? out"
    r"|foresees?|envisages?|(?:is|are) to run)\b"
    r"|\b(?:deploy\w*|air support|air power|backstop"
    r"|contribut\w*|valid for|renewable|consultations? within|reassurance|peacekeep\w*|monitoring"
    r"|(?:the|this|that|a) coalition"
    # What a party commits to, not how committed it is ("is committed to a peace process").
    r"|(?<!is )(?<!are )(?<!was )(?<!were )(?<!remains )(?<!remain )(?<!fully )(?<!firmly )"
    r"(?<!deeply )commit(?:s|ted|ting|ments?)?)\b"
)
#: A capitalised word: a name, or a sentence's first word.
_NAME_WORD = LazyPattern(r"[A-Z][\w'’-]+")
_GATE = (
    r"nato|north atlantic|allian|allie|\bally|ukrain|kyiv|kiev|zelensk|guarant|security|article"
    r"|memorandum|coalition|reassurance|deterr|collective|mutual|peacekeep|multinational"
    r"|bucharest|2008|vilnius|washington|1994|\bg-?7|group of seven|council|\bmap\b|sweden"
    r"|swedish|finland|finnish|stockholm|helsinki|victory plan|non-?aligned|neutral"
    r"|bloc|pact|accord|agreement|deal|minist|secretar|advis|president|successor|predecessor|resign"
    r"|pentagon|sworn in|inaugurat|oath"
)


def finding_id_for(sentence: str) -> str:
    """A new finding's stable id, from its normalised sentence."""
    return "f-" + hashlib.sha1(normalise(sentence).encode("utf-8")).hexdigest()[:12]


#: The kind of topic each event of the path is about, for the sentences after it.
_EVENT_TOPICS = {
    "bucharest-2008": "membership",
    "vilnius-2023": "membership",
    "washington-2024": "membership",
    "membership-action-plan": "membership",
    "budapest-1994": "guarantee",
    "g7-declaration": "guarantee",
}


#: An agreement named by its signing ("the accord London signed with Kyiv ... runs for ten
#: years"): what the sentence says of it is its own news, not the signing.
_SIGNED_BEFORE = LazyPattern(
    r"\b(?:accord|agreement|pact|deal|treaty|document)s? (?:that |which )?(?:[\w'’-]+ ){0,2}"
    r"(?:signed|concluded|sealed)\b"
)


#: Bodies of several countries: no country of their own for an office named without one.
_BODIES = frozenset({"nato", "eu", "g7"})


def _names_ukraine(*texts: str) -> bool:
    """Does any of the texts name Ukraine ("Kyiv", "Zelensky")?"""
    return any("ukraine" in attributes.actors_of(text.lower()) for text in texts if text)


class Around:
    """What a sentence's office layers read from its text around it: the sentence before (whose
    person "he" may be) and the countries the sentence is about (an office named without its
    country is one of theirs), found only when an office needs them; `filed`: the countries
    its dateline's place stands for ("WARSAW (wire) - ...")."""

    def __init__(
        self,
        previous: str = "",
        title: str = "",
        low: str = "",
        actors: tuple[str, ...] = (),
        filed: frozenset[str] = frozenset(),
    ) -> None:
        self.previous, self._title, self._low, self._actors = previous, title, low, actors
        self._filed = filed

    @cached_property
    def countries(self) -> frozenset[str]:
        """Empty when the sentence names a government itself (it is read on its own); else
        its dateline's, else those the sentence before named, else its entry's title's."""
        low = self._low
        if (
            lexicon.governments_named(low)
            or "ukraine" in self._actors
            or any(building in low for building in lexicon.GOVERNMENT_BUILDINGS)
        ):
            return frozenset()
        if self._filed:
            # A story filed from a capital tells of that country's offices unless it names
            # another ("WARSAW - ... took the presidential oath": Poland's president).
            return self._filed
        for text in (self.previous.lower(), self._title.lower()):
            if text and (named := lexicon.governments_named(text)):
                return frozenset(named | set(attributes.actors_of(text))) - _BODIES
        if self._title:
            # A title naming only a body ("NATO ministers met") says no country.
            return frozenset(attributes.actors_of(self._title.lower())) - _BODIES
        return frozenset()

    def about(self, actors: tuple[str, ...]) -> Around:
        """The same text around, for a sentence found to be about these countries (what was
        read of the text before is kept)."""
        other = copy.copy(self)
        other._actors = actors
        other.__dict__.pop("countries", None)
        return other

    @property
    def title(self) -> str:
        """Its entry's first sentence, when the sentence is not that one ('' otherwise)."""
        return self._title

    @cached_property
    def names_ukraine(self) -> bool:
        """Does the sentence before or the entry's title name Ukraine ("Kyiv", "Zelensky")?"""
        return _names_ukraine(self.previous, self._title)

    @property
    def filed(self) -> frozenset[str]:
        """The countries of the capital the sentence's story was filed from, when the sentence
        names no government of its own (empty otherwise): its own dateline, the nearest
        telling of where it is."""
        return self.countries if self._filed and self.countries == self._filed else frozenset()

    def elsewhere(self, country: str) -> bool:
        """Is `country`'s office, named without its country, of a country other than the ones
        the sentence is about ("Sandvik becomes defence minister" in a story about Norway)?
        NATO's office is NATO's wherever it is named."""
        return country != "nato" and bool(self.countries) and country not in self.countries


NOWHERE = Around()


@dataclass(frozen=True)
class _Decision:
    status: Status
    cue: str
    score: float
    claim: Claim | None
    #: The development this signal reports, the same whoever reports it and however worded:
    #: subject, attribute and new value for a change; who denies which claim for a denial.
    key: str = ""
    #: Further developments of the same signal: each party of a list of new agreements.
    also: tuple[str, ...] = ()


#: An estimate ("about 30", "roughly 30") this close to the stated count is that count.
ESTIMATE_TOLERANCE = 0.1


def _holds_at_word_start(text: str, hint: str) -> bool:
    """Does `text` hold `hint` at its start or where a word starts inside it?"""
    return text.startswith(hint) or any(
        not text[i - 1].isalnum() and text.startswith(hint, i)
        for i in range(1, len(text) - len(hint) + 1)
    )


def _within_bound(q: Quantity, stated: float) -> bool:
    """Is a bound or an estimate consistent with the count the baseline states?"""
    if q.bound == "about":
        return abs(q.value - stated) <= ESTIMATE_TOLERANCE * stated
    if q.bound == "more":
        return q.value < stated
    if q.bound == "less":
        return q.value > stated
    return False


def _fmt(value: float) -> str:
    return str(int(value)) if value == int(value) else str(value)


class Differ:
    """Judges sentences against one baseline and a growing ledger of reported findings."""

    def __init__(self, baseline: Baseline, derived: Derived | None = None) -> None:
        self.baseline = baseline
        self.claims = baseline.claims
        self.by_id = {c.id: c for c in baseline.claims}
        self.index = Index()
        self._owner: list[int] = []
        indexed: list[str] = []
        for i, claim in enumerate(self.claims):
            if claim.attributes.modality == "hypothetical":
                continue  # a wish or proposal is never what a sentence restates
            for text in (claim.text, *claim.variants):
                indexed.append(text)
                self._owner.append(i)
        if derived is None:
            self.index.extend(indexed)
            self.facts = baseline_facts(self.claims)
        else:  # the same, kept from an earlier start (`watcher.differ.derived`)
            self.index, self.facts = derived.index, derived.facts
        # What the changed layers read from the closest claim, parsed once, when first needed
        # (`watcher diff` judges one sentence and needs one claim's, if any).
        self._claim_quantities: dict[str, list[Quantity]] = {}
        self._claim_dates: dict[str, set[str]] = {}
        self._event_months: dict[str, str] | None = None  # built when first needed
        self._claim_terms: dict[str, frozenset[str]] = {}  # the similarity's terms of a claim
        self._claim_names: dict[str, frozenset[str]] = {}  # the people a claim names
        # Every later layer needs one of these words (or a baseline office holder's name):
        # a sentence with none is off topic without any other work.
        # The gate is the union of what the relevance rules look for, never typed twice.
        names = "|".join(re.escape(n) for n in sorted(self.facts.holders))
        served = [
            _GATE,
            *(
                f"(?:{p})"
                for actor in ("ukraine", "nato", "sweden", "finland")
                for p in lexicon.ACTORS[actor]
            ),
            lexicon.MEMBERSHIP_TERMS.pattern,
            lexicon.GUARANTEE_TERMS.pattern,
            lexicon.ALLIANCE_TERMS.pattern,
            # A force for the time after a war no sentence names: its rarer half, the truce.
            TRUCE_TO_COME.pattern,
            *(w.pattern for w in _ROLE_WORDS.values()),
            # The US presidency told by its seat (`attributes.roles`).
            r"\b(?:white house|oval office)\b",
            # A summit's leaders or countries may be the allies' count (`quantities`).
            SUMMIT.pattern,
        ]
        if names:
            served.append(rf"\b(?:{names})\b")
        # Only what the baseline asserts can be contradicted: a negated, hypothetical or wished-for
        # claim is never cited as the promise a sentence denies.
        # Each frame cites the first baseline claim its `cites` pattern finds (none: inert).
        self._frames: list[tuple[Frame, Claim]] = []
        lows = [(c, clean(c.text).lower()) for c in self.claims]  # cleaned once, searched often
        for frame in frames():
            cited = next((c for c, low in lows if frame.cites.search(low)), None)
            if cited is not None:
                self._frames.append((frame, cited))
        # Substring tests first, each alternative's pattern searched only where a text every
        # match of it holds occurs: most sentences, on topic or off, need one scan or none.
        self._gate = derived.gate if derived is not None else Gate(*served, fallback=True)
        self._concept_topics = {c.name: c.topic for c in concepts()}
        self._last_moved: tuple[str, _Decision | None] = ("", None)
        self._last_retelling: tuple[
            tuple[str, tuple[str, str] | None, bool], tuple[Frame, Claim] | None
        ] = (("", None, False), None)
        # A retelling is on topic whatever its words: a frame's first pattern opens the gate too.
        # The text those patterns open with, where a word starts (each is wrapped in a word
        # boundary), as one search: it spares most sentences every frame.
        # Which frames each such text opens, the texts it holds where a word starts included
        # ("membership action plan" holds "member", "the offer" holds "offer"): the search
        # finds the longest text at a place, and a sentence is tried only against the frames
        # it opens. A frame without such text leaves none of this: every frame is then tried.
        opening = [frame.hints or () for frame, _ in self._frames]
        texts = sorted({h for found in opening for h in found}, key=len, reverse=True)
        self._frames_opened: dict[str, tuple[int, ...]] = (
            {
                text: tuple(
                    i
                    for i, found in enumerate(opening)
                    if any(_holds_at_word_start(text, h) for h in found)
                )
                for text in texts
            }
            if all(opening)
            else {}
        )
        self._frame_text = kept.compile(words_pattern(texts))

        # Who the baseline says has concluded a security agreement with Ukraine, and where.
        self._signed_claims = [
            c
            for c, low_c in lows
            if _AGREEMENT.search(low_c)
            and _CONCLUDED.search(low_c)
            and lexicon.COUNTRY_NAMES.search(low_c)
        ]
        #: Each signatory the baseline names, with the first claim that names it.
        self._signed_by: dict[str, Claim] = {}
        for c in self._signed_claims:
            for m in lexicon.COUNTRY_NAMES.finditer(clean(c.text).lower()):
                self._signed_by.setdefault(lexicon.COUNTRIES[m.group(0)], c)
        self._signatories = set(self._signed_by)
        # The baseline names one concluded agreement per signatory: that is its count, unless
        # it states one outright.
        if self._signatories and "agreements-concluded" not in self.facts.counts:
            self.facts.counts["agreements-concluded"] = {
                float(len(self._signatories)): [c.id for c in self._signed_claims]
            }
        #: The baseline's latest date ("2024-07"): what a sentence dates after it is no retelling
        #: of the baseline, however alike their words.
        self._latest = max((d for c in self.claims for d in c.attributes.dates), default="")
        self._latest_year = int(self._latest[:4] or 0)
        #: The words of the claims: a name outside them is one the baseline never uses.
        self._known_words = restatement.vocabulary(c.text for c in self.claims)
        #: The occasions at which the baseline itself reports the allies lacking agreement.
        self._consensus_events = frozenset(
            e
            for c in self.claims
            if _CONSENSUS_LACKING.search(c.text.lower())
            for e in attributes.events_of(c.text.lower())
        )
        self._promises = [
            c
            for c, low in lows
            if _PROMISE.search(low)
            and c.attributes.polarity == "asserted"
            and c.attributes.modality not in ("conditional", "possible", "hypothetical")
        ]
        self.ledger = Index()
        self._ledger_ids: list[tuple[str, Status]] = []
        self._ledger_known: set[str] = set()
        self._ledger_keys: dict[str, str] = {}
        #: Each office whose change was reported: who was said to hold it ('?': the baseline's
        #: holder left), and the finding.
        self._offices: dict[str, list[tuple[str, str]]] = {}
        self._ledger_pos: dict[str, int] = {}
        #: The government each person quoted so far speaks for ("fico" -> "slovakia").
        self.affiliations: dict[str, str] = {}

    # --- ledger ---------------------------------------------------------------------------
    def gate_state(self) -> dict[str, Any]:
        """The topic gate's tables as plain data (`watcher.differ.derived` keeps them)."""
        return self._gate.state()

    def remember(self, finding_id: str, text: str, status: Status | str, key: str = "") -> None:
        """Add a reported finding, so later restatements of it are `known`, not news again.

        All it learns comes from these arguments, so a ledger rebuilt from the stored findings
        knows what the one kept between checks knows: the key (also derivable from the id),
        and whom the finding's text names as speaking for a government.
        """
        if key:
            self._ledger_keys.setdefault(key, finding_id)
            self._note_office(key, finding_id)
        if finding_id in self._ledger_known:
            return
        if not key and Status(status) is Status.CHANGED:
            # A stored change of office: its key read again from its text, kept when the id
            # is the one that key gives (as the check that stored it derived it).
            derived = self._office_key_of(text)
            if derived and finding_id_for(derived) == finding_id:
                self._note_office(derived, finding_id)
        if Status(status) is Status.CONTRADICTED:
            # Who speaks for which government only matters to denials' keys.
            shown = clean(text)
            low = shown.lower()
            Voices(self.affiliations).speaker(shown, low, attributes.actors_of(low))
        if key:
            # "denial:fico:..." is Slovakia's denial too, once Fico is known to speak for it.
            self._ledger_keys.setdefault(alias(key, self.affiliations), finding_id)
        self._ledger_known.add(finding_id)
        self._ledger_pos[finding_id] = len(self._ledger_ids)
        self.ledger.add(text)
        self._ledger_ids.append((finding_id, Status(status)))

    def _office_key_of(self, text: str) -> str:
        shown = clean(text)
        low = shown.lower()
        actors = attributes.actors_of(low)
        found = self._office_holders(shown, actors) or self._office_change(shown, low, actors)
        return found.key if found is not None and found.key.startswith("office:") else ""

    def _note_office(self, key: str, finding_id: str) -> None:
        if key.startswith("office:"):
            office, _, holder = key.partition("=")
            self._offices.setdefault(office, []).append((holder, finding_id))

    def ledger_state(self) -> dict[str, Any]:
        """What the differ remembers of reported findings, as plain data (JSON-ready)."""
        return {
            "index": self.ledger.state(),
            "ids": [[fid, str(status)] for fid, status in self._ledger_ids],
            "keys": dict(self._ledger_keys),
            "affiliations": dict(self.affiliations),
        }

    def restore_ledger(self, state: Any) -> None:
        """Remember what `ledger_state` gave, on a differ that remembers nothing yet;
        `ValueError` when `state` is not such data."""
        if self._ledger_ids:
            raise ValueError("the differ already remembers findings")
        try:
            index = Index.from_state(state["index"])
            ids = [(str(fid), Status(status)) for fid, status in state["ids"]]
            keys = {str(k): str(v) for k, v in state["keys"].items()}
            affiliations = {str(k): str(v) for k, v in state["affiliations"].items()}
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ValueError(f"not a ledger: {exc}") from exc
        if len(ids) != len(index):
            raise ValueError("not a ledger: its findings and its index differ in length")
        self.ledger, self._ledger_ids = index, ids
        self._ledger_known = {fid for fid, _ in ids}
        self._ledger_keys, self.affiliations = keys, affiliations
        self._ledger_pos = {fid: pos for pos, (fid, _) in enumerate(ids)}
        for key, fid in keys.items():
            self._note_office(key, fid)

    def _change_by_role(
        self, text: str, low: str, actors: tuple[str, ...], around: Around = NOWHERE
    ) -> bool:
        """Is a word of change at the office mention ("the new secretary general Rutte",
        "Rutte, who took over as ..."), not elsewhere in the sentence ("a new command ...,
        Secretary General Mark Rutte said")?"""
        return any(
            self._changed_at(role, text, low)
            for role in attributes.roles(text, actors, around.previous)
        )

    @staticmethod
    def _changed_at(role: attributes.RoleClaim, text: str, low: str) -> bool:
        if role.appointed:
            return True  # "confirmed Fedorov, the minister behind the app, as defence minister"
        at = text.find(role.text)
        if at < 0:
            return False
        window = low[max(0, at - ROLE_REACH) : at + len(role.text) + ROLE_REACH]
        said = at - max(0, at - ROLE_REACH) + len(role.text)  # where the role's text ends
        return any(not _said_of_another(m, said) for m in _OFFICE_CHANGE.finditer(window))

    def _reported(self, key: str, low: str = "") -> str:
        """The finding already reported for a development key ('' if none).

        A keyed finding's id is derived from its key, so findings stored by earlier runs are
        found without storing the key itself.
        """
        if not key:
            return ""
        if key in self._ledger_keys:
            return self._ledger_keys[key]
        if (aka := alias(key, self.affiliations)) in self._ledger_keys:
            return self._ledger_keys[aka]
        if key.startswith("office:"):
            # One change of an office, told as its holder leaving ('?') or as who took it: the
            # same change when both tellings name the same successor (`low`, the sentence
            # judged, names the one a reported finding's key holds).
            office, _, holder = key.partition("=")
            for reported, fid in self._offices.get(office, ()):
                if holder == "?" and reported != "?" and low and _named(reported, low):
                    return fid
                if (
                    reported == "?"
                    and holder != "?"
                    and self._finding_names(fid, holder)
                    and any(_named(old, low) for old in self._holders_of(office))
                ):
                    return fid
        fid = finding_id_for(key)
        return fid if fid in self._ledger_known else ""

    def _holders_of(self, office: str) -> tuple[str, ...]:
        """The baseline's holders of an office named by a key's subject ('office:...')."""
        label = office.removeprefix("office:")
        return tuple(
            person
            for (country, role), people in self.facts.roles.items()
            if f"{country} {role}" == label
            for person in people
        )

    def _finding_names(self, finding_id: str, person: str) -> bool:
        """Does the reported finding's text name the person?"""
        pos = self._ledger_pos.get(finding_id)
        if pos is None:
            return False
        held = self.ledger.counts(pos)
        return all(term in held for term in terms(person))

    def _ledger_match(self, counts: Counter[str], status: Status) -> tuple[str, float] | None:
        if not self._ledger_ids:
            return None
        for pos, score in self.ledger.search_terms(counts, k=3):
            fid, fstatus = self._ledger_ids[pos]
            if fstatus == status and score >= LEDGER_THRESHOLD:
                return fid, score
        return None

    # --- layers ---------------------------------------------------------------------------
    def _office_holders(
        self, text: str, actors: tuple[str, ...], changed_in: str = "", around: Around = NOWHERE
    ) -> _Decision | None:
        """The first office the sentence names with someone other than its baseline holder
        in it; with `changed_in` (the lower-cased sentence), only one with a word of change
        at its mention; `around`: the sentence before (whose person "he" may be) and the
        countries the sentence is about (an office without its country is one of theirs)."""
        for role in attributes.roles(text, actors, around.previous):
            if changed_in and not self._changed_at(role, text, changed_in):
                continue
            if role.country in self.facts.holders:
                # "Stoltenberg's chief of staff": the office of the holder's country.
                role = replace(role, country=self.facts.home_of(role.country))
            own = [
                c
                for (c, r), people in self.facts.roles.items()
                if r == role.role and role.person in people
            ]
            if own and role.country not in own:
                # A baseline holder named in the office the baseline gives them is in their own
                # country's ("Landsbergis left the foreign ministry", in a story about Ukraine).
                role = replace(role, country=own[0])
            if not role.country:
                # An office named without its country is the baseline's one office of that name
                # (a president's office is of a country with a president, not NATO's).
                only = [
                    k
                    for k in self.facts.roles
                    if k[1] == role.role
                    and (
                        "presiden" not in role.text.lower()
                        or (k[0], "president") in self.facts.roles
                    )
                ]
                if len(only) > 1:
                    # Several: the one whose baseline holder the sentence names ("Sybiha
                    # appointed foreign minister as Kuleba exits"), else the one of the country
                    # the story was filed from ("WARSAW - ... took the presidential oath").
                    low = text.lower()
                    named = [k for k in only if any(_named(h, low) for h in self.facts.roles[k])]
                    only = named or [k for k in only if k[0] in around.filed]
                if len(only) == 1 and around.elsewhere(only[0][0]):
                    continue
                role = replace(role, country=only[0][0]) if len(only) == 1 else role
            holders = self.facts.roles.get((role.country, role.role))
            if holders and role.person not in holders:
                old = next(iter(holders))
                claim = self.by_id[holders[old]]
                label = (
                    f"{role.country} {role.role}" if role.country != "nato" else f"NATO {role.role}"
                )
                return _Decision(
                    Status.CHANGED,
                    f"office holder: {label} {old.title()} -> {role.person.title()}",
                    0.9,
                    claim,
                    key=f"office:{role.country} {role.role}={role.person}",
                )
        for person in attributes.successions(text, around.previous):
            if person in self.facts.holders and not self._visitor(person, text.lower()):
                meant = attributes.meant_by_pronouns(text, around.previous)
                if recorded := self._recorded_handover(person, text.lower(), meant):
                    successor, claim = recorded
                    return _Decision(
                        Status.KNOWN,
                        f"office holder: {person.title()} -> {successor.title()}, as in the baseline",
                        0.8,
                        claim,
                    )
                return self._left_office(person, "succeeded", 0.85)
        return None

    def _retelling(
        self, low: str, told: tuple[str, str] | None, negated_only: bool = False
    ) -> tuple[Frame, Claim] | None:
        """The first frame whose claim the sentence retells, alone or as the continuation of the
        one before (`told`: both, lower-cased) when that one does not retell it by itself;
        `negated_only`: only frames citing a claim that says what is not there."""
        key = (low, told, negated_only)
        if self._last_retelling[0] == key:
            return self._last_retelling[1]  # the topic and the verdict ask of the same sentence
        found = self._find_retelling(low, told, negated_only)
        self._last_retelling = (key, found)
        return found

    def _find_retelling(
        self, low: str, told: tuple[str, str] | None, negated_only: bool
    ) -> tuple[Frame, Claim] | None:
        joined = " ".join(told) if told is not None else ""
        opened = self._opened(low)
        across = self._opened(joined) if joined else set()
        for i in sorted(opened | across):
            frame, claim = self._frames[i]
            if negated_only and (claim.attributes.polarity != "negated" or frame.contradicts):
                continue
            if i in opened and frame.matches(low):
                return frame, claim
            if i in across and told is not None and frame.matches(joined):
                if not frame.matches(told[0]):
                    return frame, claim
        return None

    def _denial_retold(self, low: str, negated: str) -> tuple[Frame, Claim] | None:
        """The frame that retells its claim with the denial in its own words: "it was Washington
        that stopped allies from issuing Kyiv an invitation" is the brake the seeds report, not
        a denial of the prospect. The denying word must lie inside one of its later patterns."""
        span = re.search(r"\s+".join(map(re.escape, negated.split())), low)
        if span is None:
            return None
        words = [
            c
            for c in find_cues(low, require=("negation", "relinquish"))
            if c.category in ("negation", "relinquish")
            and span.start() <= c.start
            and c.end <= span.end()
        ]
        for i in sorted(self._opened(low)):
            frame, claim = self._frames[i]
            if frame.contradicts or not frame.matches(low):
                continue
            if any(frame.holds(low, c.start, c.end) for c in words):
                return frame, claim
        return None

    def _opened(self, low: str) -> set[int]:
        """The frames whose opening text the sentence holds where a word starts."""
        if not self._frames_opened:
            return set(range(len(self._frames)))  # a frame without hints: always tried
        opened = self._frames_opened
        return {i for m in self._frame_text.finditer(low) for i in opened[m.group(0)]}

    def _visitor(self, person: str, low: str) -> bool:
        """Did a holder leave a seat of another country's government, as a visitor does
        ("Zelensky left the White House without signing")?"""
        seat = _FOREIGN_SEAT.search(low)
        home = self.facts.home_of(person)
        return seat is not None and home not in ("", lexicon.GOVERNMENT_BUILDINGS[seat.group(1)])

    def _recorded_handover(
        self, person: str, low: str, meant: tuple[str, ...] = ()
    ) -> tuple[str, Claim] | None:
        """The successor named beside a departing holder, when the baseline names them in the
        same office too: "Umerov took over from Reznikov" where the seeds name both ministers is
        a hand-over the baseline already records; `meant`: whom the sentence's pronouns stand
        for ("He replaces Reznikov", after a sentence on Umerov)."""
        for people in self.facts.roles.values():
            if person in people:
                for other, claim_id in people.items():
                    if other != person and (_named(other, low) or other in meant):
                        return other, self.by_id[claim_id]
        return None

    def _after_baseline(self, text: str) -> bool:
        """Does the sentence date what it tells after the baseline's latest date ("met on 26
        November 2024", against a baseline of July 2024)? Compared at the baseline's precision:
        "July 2024" is no later than "2024-07"."""
        latest = self._latest
        return bool(latest) and any(d[: len(latest)] > latest for d in dates(text))

    def _office_key(self, holder: str) -> str:
        """The development key for a baseline holder leaving office: the office, not the name,
        so "Kuleba left" and "Sybiha is foreign minister" are one development."""
        for (country, role), holders in self.facts.roles.items():
            if holder in holders:
                return f"office:{country} {role}=?"
        return f"office:{holder} left"

    def _closest(self, text: str, ids: list[str]) -> Claim:
        """Of the claims that state a fact, the one most like the sentence (the best evidence)."""
        return max(
            (self.by_id[i] for i in ids),
            key=lambda c: (self.index.cosine(text, c.text), -ids.index(c.id)),
        )

    def _status_steps(self, low: str, steps: list[str]) -> _Decision | None:
        for item in steps:
            entity, step = item.split(":")
            known = self.facts.steps.get(entity)
            if known and known[1] == "aspirant" and step == "pending":
                continue  # "Ukraine will join": the promise itself, not a step taken
            if known and attributes.STEP_RANK[step] > known[0]:
                claim = self._closest(low, known[2])
                return _Decision(
                    Status.CHANGED,
                    f"status: {entity.title()} {known[1]} -> {step}",
                    0.9,
                    claim,
                    key=f"status:{entity}={step}",
                )
            accepted = known and any(i.startswith(AMENDMENT_PREFIX) for i in known[2])
            if known and accepted and attributes.STEP_RANK[step] < known[0]:
                # The analyst accepted a later step; the earlier one told again is out of date.
                return _Decision(
                    Status.CHANGED,
                    f"status: {entity.title()} {known[1]} (accepted) -> {step}",
                    0.8,
                    self.by_id[known[2][0]],
                    key=f"status:{entity}={step}",
                )
        return None

    def _dates_of(self, claim: Claim) -> set[str]:
        """The day- or month-precise dates a claim gives, parsed once."""
        found = self._claim_dates.get(claim.id)
        if found is None:
            found = self._claim_dates[claim.id] = event_dates(claim.text)
        return found

    def _dates(self, text: str, top: Claim | None, top_score: float) -> _Decision | None:
        """The same claim with another day or month ("12 February" for the seeds' "12 January")."""
        if top is None or top_score < DATE_THRESHOLD:
            return None
        new = event_dates(text)
        old = self._dates_of(top)
        for precision in (10, 7):  # YYYY-MM-DD, then YYYY-MM
            a = {d for d in old if len(d) == precision}
            b = {d for d in new if len(d) == precision}
            if a and b and not (a & b):
                return _Decision(
                    Status.CHANGED,
                    f"date: {min(a)} -> {min(b)}",
                    0.8,
                    top,
                    key=f"date:{top.id}={min(b)}",
                )
        return None

    def _same_step(
        self, text: str, low: str, steps: list[str], actors: tuple[str, ...]
    ) -> _Decision | None:
        """A status step the baseline states too ("Stockholm still waited for Ankara") corroborates
        it, unless it now waits on another government (the one the baseline awaited has acted)
        or is dated otherwise than the baseline dates it."""
        for item in steps:
            entity, step = item.split(":")
            known = self.facts.steps.get(entity)
            if known and known[1] == step:
                claim = self._closest(low, known[2])
                if redated := self._step_redated(text, claim):
                    return _Decision(
                        Status.CHANGED,
                        f"date: {entity.title()} {step} {redated}",
                        0.8,
                        claim,
                        key=f"date:{entity}:{step}",
                    )
                before = self.facts.awaits.get(entity, "")
                now = attributes.awaited(low, actors).get(entity, "") if before else ""
                if step == "pending" and now and now != before:
                    return _Decision(
                        Status.CHANGED,
                        f"status: {entity.title()} waits on {now.title()}, not {before.title()}",
                        0.85,
                        claim,
                        key=f"awaits:{entity}={now}",
                    )
                return _Decision(
                    Status.KNOWN, f"status: {entity.title()} {step}, as in the baseline", 0.8, claim
                )
        return None

    def _step_redated(self, text: str, claim: Claim | None) -> str:
        """How a sentence dates a step the baseline places at one event of its own ("Finland was
        admitted at Vilnius", July 2023 by the claims on that summit): "2023-04, not 2023-07"
        when it gives a month of that event's year and never the event's month; '' otherwise."""
        if claim is None or any(len(d) >= 7 for d in self._dates_of(claim)):
            return ""  # no event to date it by, or a date of its own (the dates layer's)
        dated = [
            m
            for e in attributes.events_of(clean(claim.text).lower())
            if (m := self._event_month(e))
        ]
        if len(dated) != 1:
            return ""
        month = dated[0]
        told = {d[:7] for d in event_dates(text) if len(d) >= 7}
        if month in told or not any(d[:4] == month[:4] for d in told):
            return ""
        return f"{min(d for d in told if d[:4] == month[:4])}, not {month}"

    def _event_month(self, event: str) -> str:
        """The month the baseline's claims give an event in its own year ("vilnius-2023" ->
        "2023-07"), the most stated; '' when they give none."""
        if self._event_months is None:
            months: dict[str, Counter[str]] = {}
            for claim in self.claims:
                for e in attributes.events_of(clean(claim.text).lower()):
                    year = e.rsplit("-", 1)[-1]
                    for d in event_dates(claim.text):
                        if len(d) >= 7 and d[:4] == year:
                            months.setdefault(e, Counter())[d[:7]] += 1
            self._event_months = {e: c.most_common(1)[0][0] for e, c in months.items()}
        return self._event_months.get(event, "")

    def _counts(self, text: str, top: Claim | None, top_score: float) -> _Decision | None:
        """A count the baseline states with another value (changed), else the same value in a
        sentence about what the count is of (known)."""
        same: _Decision | None = None
        for q in self._counted(text):
            claim: Claim | None
            if q.facet == "alliance-growth":
                # Grown since the baseline's count, unless the growth is dated before it.
                sizes = self.facts.counts.get("alliance-size", {})
                latest_year = self._latest[:4]
                if not sizes or any(d[:4] < latest_year for d in dates(text) if d[:1].isdigit()):
                    continue
                size = min(sizes) + q.value
                claim = self._closest(text, [i for v in sizes for i in sizes[v]])
                return _Decision(
                    Status.CHANGED,
                    f"number (alliance-size): {_fmt(min(sizes))} -> {_fmt(size)}, grown by"
                    f" {_fmt(q.value)}",
                    0.85,
                    claim,
                    key=f"count:alliance-size={_fmt(size)}",
                )
            if q.facet.startswith("unit:"):
                if top is None or top_score < KNOWN_THRESHOLD:
                    continue
                stated_here = self._claim_quantities.get(top.id)
                if stated_here is None:
                    stated_here = self._claim_quantities[top.id] = quantities(top.text)
                old = [x.value for x in stated_here if x.facet == q.facet]
                claim = top
            else:
                stated = self.facts.counts.get(q.facet, {})
                old = list(stated)
                claim = self._closest(text, [i for v in old for i in stated[v]]) if old else None
            if (
                old
                and claim
                and q.value in old
                and not q.facet.startswith("unit:")
                and len(_words_shared(text, claim.text)) >= TOPIC_SHARED
            ):
                # "All G7 countries and 25 other states endorsed the declaration": the count the
                # baseline states, in a sentence that shares the claim's words beyond numbers.
                same = _Decision(
                    Status.KNOWN,
                    f"count: {q.facet} {_fmt(q.value)}, as in the baseline",
                    0.6,
                    claim,
                )
                continue
            if old and claim and q.value not in old and not _within_bound(q, old[0]):
                facet = q.facet.removeprefix("unit:")
                return _Decision(
                    Status.CHANGED,
                    f"number ({facet}): {_fmt(old[0])} -> {_fmt(q.value)}",
                    0.85,
                    claim,
                    key=f"count:{facet}={_fmt(q.value)}",
                )
        return same

    def _counted(self, text: str) -> list[Quantity]:
        """The sentence's counts as the baseline's facts count them: allies told without "the"
        or "all" ("Thirty-two allied leaders signed") are the alliance when there are as many
        as it has, and some allies otherwise; a count of allies under half the alliance's size
        is some allies however it is told ("the three countries, which joined in 2004")."""
        stated = self.facts.counts.get("alliance-size", {})
        size = min(stated) if stated else 0.0
        out = []
        for q in quantities(text):
            if q.facet == "alliance-part":
                if not size or q.value < size:
                    continue
                q = replace(q, facet="alliance-size")
            elif q.facet == "alliance-size" and size and q.value < size / 2:
                continue
            out.append(q)
        return out

    def _agreement_signed(self, low: str, actors: tuple[str, ...]) -> _Decision | None:
        """A security agreement with Ukraine concluded by a country the baseline does not name
        (changed), or by one it names as having concluded it (known)."""
        if "ukraine" not in actors or not self._signed_claims:
            return None
        for clause in _AGREEMENT_CLAUSE.split(low):
            if not (_AGREEMENT.search(clause) and _SIGNING.search(clause)):
                continue
            if _PROSPECTIVE_SIGNING.search(clause):
                continue  # "will sign", "is negotiating": still under negotiation, as the seeds say
            parties = lexicon.governments_named(clause) - {"eu", "nordic", "baltic"}
            new_parties = sorted(parties - self._signatories)
            if new_parties:
                claim = self._signed_claims[0]
                names = ", ".join(p.title() if len(p) > 3 else p.upper() for p in new_parties)
                old = ", ".join(
                    p.upper() if len(p) <= 3 else p.title() for p in sorted(self._signatories)
                )
                return _Decision(
                    Status.CHANGED,
                    f"agreements concluded: {old} -> also {names}",
                    0.8,
                    claim,
                    key=f"agreement:{new_parties[0]}",
                    also=tuple(f"agreement:{p}" for p in new_parties[1:]),
                )
            if parties and not self._after_baseline(low) and not _SIGNED_BEFORE.search(clause):
                # "Ukraine and Britain signed a security agreement in Rome": the baseline's own.
                signed = next(
                    (self._signed_by[p] for p in sorted(parties) if p in self._signed_by),
                    self._signed_claims[0],
                )
                names = ", ".join(p.upper() if len(p) <= 3 else p.title() for p in sorted(parties))
                return _Decision(
                    Status.KNOWN, f"agreement concluded by {names}, as in the baseline", 0.6, signed
                )
        return None

    def _names_baseline_person(self, text: str) -> bool:
        """Does the sentence name someone who holds an office in the baseline?"""
        return any(attributes.surname(w) in self.facts.holders for w in _NAME_WORD.findall(text))

    def _retrieve(
        self, counts: Counter[str], events: tuple[str, ...]
    ) -> tuple[Claim | None, float]:
        best: Claim | None = None
        best_score = 0.0
        named = frozenset(events)
        for pos, score in self.index.search_terms(counts, k=8):
            claim = self.claims[self._owner[pos]]
            if named and not named.isdisjoint(claim.attributes.events):
                score += EVENT_BONUS
            if score > best_score:
                best, best_score = claim, score
        return best, best_score

    def _restated_negative(
        self, low: str, cue: str, counts: Counter[str], top_score: float
    ) -> Claim | None:
        """The negated claim among the nearest that denies what the denial denies, when the
        sentence is as close to the baseline as a restatement; the denial is read to the end of
        its clause ("neither membership nor a mutual defence duty")."""
        if top_score < KNOWN_THRESHOLD:
            return None
        denied = cue
        if (at := low.find(cue)) >= 0:
            after = low[at + len(cue) : at + len(cue) + 80]
            denied += _CLAUSE_END.split(after, maxsplit=1)[0]
        for pos, score in self.index.search_terms(counts, k=NEGATIVE_CANDIDATES):
            claim = self.claims[self._owner[pos]]
            if (
                score >= NEGATIVE_SIMILARITY
                and claim.attributes.polarity == "negated"
                and restates_negative(denied, claim.text)
            ):
                return claim
        return None

    def _promise_for(self, text: str) -> Claim | None:
        if not self._promises:
            return None
        return max(self._promises, key=lambda c: (self.index.cosine(text, c.text), c.id))

    # --- verdicts -------------------------------------------------------------------------
    def _topic(
        self,
        text: str,
        low: str,
        actors: tuple[str, ...],
        context: frozenset[str],
        told: tuple[str, str] | None = None,
        around: Around = NOWHERE,
        deal: str = "",
        bloc: str = "",
        answers: bool = False,
    ) -> str:
        """Why the sentence is on topic ('' when it is not); `context`: what the entry has been
        about so far (the kinds of topic of its earlier sentences); `told`: the sentence before
        and this one, when this one continues it (for the frames); `around`: the sentence
        before and the countries the sentence is about; `deal`: "other" when the entry's last
        agreement was off topic; `bloc`: "eu" when the bloc the entry named last is the EU;
        `answers`: the sentence answers the question before it and is read with it."""
        # Inside an entry off the path so far that has not named Ukraine, a membership the
        # sentence does not say is Ukraine's is another's (the converse of the rule that makes
        # it Ukraine's in an entry about the path).
        unnamed_is_ukraine = bool(context) or not around.title or around.names_ukraine
        reason = topic_reason(
            low,
            actors,
            unnamed_is_ukraine=unnamed_is_ukraine,
            eu_entry=bloc == "eu",
            # Inside an entry about the path, NATO and Ukraine named together are no topic of
            # their own: the entry's context rules decide, with their frames and links. An
            # entry about the path only by naming both is not about it yet; a question read
            # with its answer is a sentence of its own.
            in_context=bool(context - {NAMED_TOGETHER, COOPERATION}) and not answers,
        )
        if reason and not (
            deal == "other" and reason.endswith(PACT_REASON) and _THE_DEAL.search(low)
        ):
            # "Bessent and Svyrydenko signed the deal", after a sentence on a minerals fund:
            # the deal the entry named, not a security agreement.
            return reason
        if _EU_NAMED.search(low) and not _NATO_NAMED.search(low) and membership_term(low):
            # "Ukraine's integration into the European Union is irreversible": the EU's
            # accession is another path, however close its words come to the baseline's.
            return ""
        # Inside an entry about the EU, member states not said to be the alliance's are the
        # EU's ("the unanimous agreement of all 27 member states").
        eu_members = bloc == "eu" and not _NATO_NAMED.search(low) and "allies" not in low
        counted = (
            next(
                (
                    q.facet
                    for q in self._counted(text)
                    if q.facet in self.facts.counts
                    and not (eu_members and q.facet.startswith("alliance"))
                ),
                "",
            )
            if _COUNT_PHRASE.search(low)
            else ""
        )
        if counted and not _VIOLENCE.search(low):
            # A count the baseline states (the alliance's size, the agreements concluded),
            # however the sentence is worded: "NATO's ranks grew to 32".
            return f"count: {counted}"
        if "ukraine" in actors and not _VIOLENCE.search(low):
            # The rule file's concepts are what the path and its guarantees are made of:
            # "European troops ... in Ukraine" is about guarantees without the word.
            named = next((c.name for c in concepts() if c.search(low)), "")
            if named:
                return f"concept: {named}"
        if (
            (unnamed_is_ukraine or "ukraine" in actors)
            and (member := membership_term(low))
            and not not_the_alliance(low, member)
            and self._names_baseline_person(text)
        ):
            return "membership: a person the baseline quotes"
        if self._office_news(text, low, actors, around):
            return "office: an office the baseline names"
        if context and (link := _CONTEXT_LINK.search(low)):
            # Membership named outright is the entry's topic whatever else the sentence tells;
            # a weaker link ("the idea", "the move") is not, beside news of another kind.
            strong = link.group(0) in _STRONG_LINKS and not _VIOLENCE.search(low)
            if strong or not _OFF_TOPIC_FRAME.search(low):
                return "context: the entry is about the membership path"
        if (
            ("guarantee" in context or COOPERATION in context)
            and _GUARANTEE_LINK.search(low)
            and not _VIOLENCE.search(low)
        ):
            # A ceasefire or a troop count is what a guarantee is made of here, not a frame
            # that takes the sentence off topic; the staff and contributions of the alliance's
            # own mission for Ukraine are what that mission is made of.
            if "guarantee" in context:
                return "context: the entry is about guarantees for Ukraine"
            return "context: the entry is about the alliance's work with Ukraine"
        if not eu_members and (retold := self._retelling(low, told)):
            # A retelling of what the baseline says is on its topic, whatever words it uses
            # (a frame's patterns all hold: "if Russia strikes again" is no battle news); not
            # the EU's own rules told in an entry about the EU.
            return f"{retold[0].relation} the baseline ({retold[0].name})"
        if not actors or _VIOLENCE.search(low):
            return ""  # a restatement of a claim names someone the claims are about
        counts = Counter(terms(text))
        if self.index.vocabulary_share(counts) >= TOPIC_SHARED:
            # The baseline itself says what the topic is: a sentence as close to one of its
            # claims as a restatement is on topic, whatever words it uses.
            top, score = self._retrieve(counts, attributes.events_of(low))
            if (
                top is not None
                and score >= KNOWN_THRESHOLD
                and len(counts.keys() & self._terms_of(top)) >= TOPIC_SHARED
            ):
                return CLOSE
        return ""

    def _office_news(
        self, text: str, low: str, actors: tuple[str, ...], around: Around = NOWHERE
    ) -> bool:
        """Does the sentence say who holds, or has left, an office the baseline names?"""
        if self._moved_on(low) is not None or self._office_change(text, low, actors, around):
            return True
        office = self._office_holders(text, actors, around=around)
        return office is not None and (
            office.cue.endswith("succeeded") or self._change_by_role(text, low, actors, around)
        )

    @staticmethod
    def _new_term(low: str, top: Claim | None) -> _Decision | None:
        """An agreement's term ("to run for ten years", "a ten-year pact") that the closest
        claim does not state: a detail the baseline lacks, so news, whatever else the sentence
        restates."""
        if ("year" not in low and "decade" not in low) or not _ANY_DEAL.search(low):
            return None
        m = _TERM.search(low)
        if m is None:
            return None
        if m.group("n") or m.group("n2"):
            told = [n.value for n in numbers(m.group("n") or m.group("n2"))]
        else:  # a decade is ten years
            told = [10 * n.value for n in numbers(m.group("d"))] if m.group("d") else [10.0]
        if not told:
            return None
        stated = {n.value for n in numbers(clean(top.text).lower())} if top is not None else set()
        if told[0] in stated:
            return None
        return _Decision(Status.NEW, f'new detail: the agreement\'s term, "{m.group(0)}"', 0.5, top)

    def _moved_on(self, low: str) -> _Decision | None:
        """A baseline holder said to hold a post of another country ("Stoltenberg, now Norway's
        finance minister", "his first budget as Norway's finance minister"), or to be their own
        country's envoy abroad ("put forward as Ukraine's next ambassador to Moldova"): the
        office the baseline gives them is left. Two posts of one country may be held together."""
        if self._last_moved[0] == low:
            return self._last_moved[1]  # the topic and the verdict ask of the same sentence
        found = self._find_moved_on(low)
        self._last_moved = (low, found)
        return found

    def _find_moved_on(self, low: str) -> _Decision | None:
        for person in self.facts.holders:
            if person not in low:
                continue
            for at in re.finditer(rf"\b{re.escape(person)}\b", low):
                if _NOT_SUBJECT.search(low, max(0, at.start() - 12), at.start()):
                    continue  # "put forward by Zelensky as ...": the agent, not who takes the post
                m = _OTHER_POST.match(low, at.start())
                if m is None:
                    if later := self._later_post(low, at.start()):
                        return self._left_office(person, f"left office, now {later}", 0.8)
                    if (back := _BACK_IN_GOVERNMENT.match(low, at.start())) is not None:
                        said = back.group("place") or back.group("owner")
                        country = lexicon.COUNTRIES.get(said) or lexicon.GOVERNMENT_SEATS.get(
                            said, ""
                        )
                        if country and country != self.facts.home_of(person):
                            return self._left_office(
                                person, f"left office, now in {country}'s government", 0.8
                            )
                    continue
                home = self.facts.home_of(person)
                if m.group("envoy"):
                    # An envoy serving in another country has left office at home.
                    place = m.group("abroad")
                    abroad = lexicon.COUNTRIES.get(place) or lexicon.GOVERNMENT_SEATS.get(place, "")
                    if abroad and abroad != home:
                        return self._left_office(
                            person, f"left office, now {m.group('envoy')}", 0.8
                        )
                    continue
                said = m.group("country")
                country = lexicon.COUNTRIES.get(said) or next(iter(attributes.actors_of(said)), "")
                if not country or (country == home and m.group("post") not in _ENVOY_POSTS):
                    continue  # two posts of one country may be held together, not an envoy's
                return self._left_office(person, f"left office, now {m.group('post')}", 0.8)
        return None

    @staticmethod
    def _later_post(low: str, at: int) -> str:
        """The post outside government a holder named at `at` is said to hold ('' when none)."""
        m = _LATER_POST.match(low, at)
        if m is None:
            return ""
        if m.group("teaches"):
            return "teaching"
        if m.group("retired"):
            return m.group("retired")
        post, body = m.group("post"), m.group("body")
        if not _OWN_BODY.isdisjoint(re.split(r"[-–]", body)):
            return ""
        if post in _STATE_POSTS and (body in lexicon.COUNTRIES or attributes.actors_of(body)):
            return ""  # "president of Poland": a country's office, which `_OTHER_POST` reads
        return post

    def _left_office(self, person: str, what: str, score: float) -> _Decision:
        """A baseline holder's office changed hands, told as what became of the holder."""
        return _Decision(
            Status.CHANGED,
            f"office holder: {person.title()} {what}",
            score,
            self.by_id[self.facts.holders[person]],
            key=self._office_key(person),
        )

    def _office_change(
        self, text: str, low: str, actors: tuple[str, ...], around: Around = NOWHERE
    ) -> _Decision | None:
        """An office the baseline names, said to have changed hands (no holder need be named)."""
        if not _OFFICE_CHANGE.search(low) and " out as " not in low:
            return None
        for person in attributes.successions(text, around.previous):
            if person in self.facts.holders and not self._visitor(person, low):
                return self._left_office(person, "left office", 0.85)
        mentions: dict[str, re.Match[str] | None] = {}  # an office several countries hold
        for (country, role), holders in self.facts.roles.items():
            if role in mentions:
                where = mentions[role]
            else:
                phrase = _ROLE_WORDS.get(role)
                where = mentions[role] = next(
                    (
                        m
                        for m in (phrase.finditer(low) if phrase else ())
                        if not attributes.SUBORDINATE.search(
                            low[max(0, m.start() - 12) : m.start()]
                        )
                        and not _within_other_office(low, role, m)
                    ),
                    None,
                )
            if where is None:
                continue  # no mention, or only a deputy's or an assistant's office
            if around.elsewhere(country):
                continue
            # The change must stand by the office, and a person not far from it.
            near = slice(max(0, where.start() - ROLE_REACH), where.end() + ROLE_REACH)
            wide = slice(max(0, where.start() - 2 * ROLE_REACH), where.end() + 2 * ROLE_REACH)
            # "Ukraine's new foreign minister": the change word on the office itself needs no
            # name beside it.
            ousted = bool(_OUT_AS.search(text, max(0, where.start() - 60), where.start()))
            titled = ousted or bool(
                _NEW_IN_OFFICE.search(low, max(0, where.start() - 20), where.start())
                or _GONE_AFTER.match(low, where.end())
            )
            old = next(iter(holders))
            named_old = _named(old, low)
            # Who took it may open the sentence: "Budanov left military intelligence in January
            # to run Zelensky's office".
            named_near = _PERSON.search(text[max(0, where.start() - 3 * ROLE_REACH) : wide.stop])
            if not (ousted or _changed_near(low, near, where)) or not (
                titled or named_old or named_near
            ):
                continue
            # A president's office is a country's with a president, never NATO's; an office
            # whose baseline holder of another country stands right after it is that one's.
            presidential = "presiden" in where.group(0)
            if country == "nato" and presidential:
                continue
            apposed = _PERSON.match(text, where.end() + 1) if where.end() < len(text) else None
            if apposed and any(
                attributes.surname(apposed.group(0)) in people
                for (c, r), people in self.facts.roles.items()
                if r == role and c != country
            ):
                continue
            nation = _nation_before(low, where.start())
            if nation and nation != country:
                continue  # "the new Lithuanian foreign minister": another country's office
            if any(
                other != country and rx.search(low, max(0, where.start() - 20), where.start())
                for other, rx in _OWNED_BY.items()
            ):
                continue  # "White House chief of staff": the office of the country named before it
            countries = [a for a in actors if a not in ("nato", "eu", "g7")]
            if (
                country == "nato"
                and role != "secretary general"
                and "nato" not in actors
                and countries
                and not named_old
            ):
                continue  # "Zelensky ... his chief of staff": an office many hold, NATO unnamed
            owned = nation == country  # "Lithuania's foreign ministry": whose office is said
            if (
                country != "nato"
                and country not in actors
                and countries
                and not (owned or named_old)
            ):
                continue  # another country's office, unless its baseline holder is named
            named = named_old or owned
            candidates = sum(
                r == role and not (c == "nato" and presidential) for c, r in self.facts.roles
            )
            if not countries and not named and candidates > 1:
                continue  # "the president named ...": whose president, the sentence does not say
            others = [a for a in actors if a not in (country, "nato", "eu", "g7")]
            if (
                country != "nato"
                and others
                and not owned
                and not named_old
                and not _OWNED_BY.get(country, _NEVER).search(low)
            ):
                continue
            if named_old:
                if not _departs(old, low[wide]):
                    continue  # the baseline's own holder, named in office
                return _Decision(
                    Status.CHANGED,
                    f"office holder: {old.title()} left the {role}'s office",
                    0.8,
                    self.by_id[holders[old]],
                    key=self._office_key(old),
                )
            if _NOT_A_HOLDER_BEFORE.search(low, max(0, where.start() - 30), where.start()):
                continue  # "former president Dodon": someone who left an office, not its new holder
            label = f"{country} {role}" if country != "nato" else f"NATO {role}"
            return _Decision(
                Status.CHANGED,
                f"office holder: {label} no longer {old.title()}",
                0.8,
                self.by_id[holders[old]],
                key=self._office_key(old),
            )
        return None

    def _decisions(
        self,
        text: str,
        low: str,
        actors: tuple[str, ...],
        counts: Counter[str],
        speaker: str,
        refers_back: bool = False,
        told: tuple[str, str] | None = None,
        around: Around = NOWHERE,
        close: bool = False,
    ) -> tuple[list[_Decision], Claim | None, float]:
        """Every signal the sentence carries (the verdict is the most severe of them), and the
        closest baseline claim with its similarity; `told`: the sentence before and this one,
        when this one continues it (for the frames); `around`: the sentence before and the
        countries the sentence is about; `close`: on topic only by its closeness to a claim or
        by a count the baseline states."""
        found: list[_Decision] = []
        moved = self._moved_on(low)
        office = None if moved else self._office_holders(text, actors, around=around)
        if moved:
            found.append(moved)
        if office and office.status is Status.CHANGED and not office.cue.endswith("succeeded"):
            # Of the offices named, the one with a word of change at it: "President Trump said
            # ... Rubio would serve as national security adviser" is Rubio's office.
            office = self._office_holders(text, actors, low, around) or office
        if office and (
            office.status is Status.KNOWN
            or self._change_by_role(text, low, actors, around)
            or office.cue.endswith("succeeded")
        ):
            found.append(office)
        elif office and self._reported(office.key, low):
            # A holder already reported, named in passing: the change is known now.
            found.append(
                _Decision(
                    Status.KNOWN,
                    office.cue + " (already reported)",
                    0.5,
                    office.claim,
                    key=office.key,
                )
            )
        elif not moved and (change := self._office_change(text, low, actors, around)):
            found.append(change)
        events = attributes.events_of(low)
        top, top_score = self._retrieve(counts, events)
        denied = denial(low, actors, refers_back)
        negated = (
            (denied.cue if denied and not denied.qualifier else "")
            or neutrality(low, actors)
            or asserted_timeline(low, actors)
        )
        if denied and denied.qualifier and not negated:
            # "Cannot join while at war", "no invitation at this summit": the seeds say so too,
            # unless what is lacking is agreement among allies, which the seeds leave open.
            if not OPEN_QUESTION.search(denied.qualifier) and not _CONSENSUS_LACKING.search(low):
                top_q, score_q = top, top_score
                if top_q is not None:
                    found.append(
                        _Decision(
                            Status.KNOWN,
                            f'qualified denial: "{denied.cue}" {denied.qualifier}, as in the baseline',
                            max(score_q, 0.5),
                            top_q,
                        )
                    )
        restated = (
            self._restated_negative(low, negated, counts, top_score)
            if negated and denied is not None and negated == denied.cue
            else None
        )
        if restated is not None:
            # "No mutual-defence obligation": what a nearest claim itself says is not there. (A
            # timeline said to be set asserts what such a claim denies: that stays a contradiction.)
            found.append(
                _Decision(
                    Status.KNOWN,
                    f'restates the baseline\'s own negative: "{negated}" (similarity {top_score:.2f})',
                    top_score,
                    restated,
                )
            )
            negated = ""
        if negated and (
            (retold := self._retelling(low, told, negated_only=True))
            or (retold := self._denial_retold(low, negated))
        ):
            # "Duda said it would not bring Ukraine into NATO but offer a ten-year partnership":
            # the denial retells a claim that itself says what is not there.
            found.append(
                _Decision(Status.KNOWN, f"retells the baseline ({retold[0].name})", 0.6, retold[1])
            )
            negated = ""
        if negated:
            promise = self._promise_for(text)
            anchor = _PROMISE.search(clean(promise.text).lower()) if promise else None
            quote = anchor.group(0) if anchor else "membership path"
            found.append(
                _Decision(
                    Status.CONTRADICTED,
                    f'negation: "{negated}" vs "{quote}"',
                    0.9,
                    promise,
                    key=f"denial:{speaker or 'unnamed'}:{promise.id if promise else 'membership'}",
                )
            )
        elif affirmed := affirmed_prospect(low, actors):
            promise = self._promise_for(text)
            if promise is not None and not _DECISION.search(low.replace(affirmed, " ")):
                found.append(
                    _Decision(Status.KNOWN, f'restates the promise: "{affirmed}"', 0.6, promise)
                )
        if not negated and (retelling := self._retelling(low, told)):
            frame, claim = retelling
            if frame.contradicts:
                # "Moscow says it kept every promise it made in 1994": the party the claim says
                # broke its commitments says it kept them, a denial of that claim.
                found.append(
                    _Decision(
                        Status.CONTRADICTED,
                        f"contradicts the baseline ({frame.name})",
                        0.9,
                        claim,
                        key=f"denial:{speaker or 'unnamed'}:{claim.id}",
                    )
                )
            else:
                found.append(
                    _Decision(Status.KNOWN, f"retells the baseline ({frame.name})", 0.6, claim)
                )
        if (term := self._new_term(low, top)) is not None:
            found.append(term)
        steps = attributes.scale_steps(low, actors)
        for layer in (
            self._agreement_signed(low, actors),
            self._status_steps(low, steps),
            self._counts(text, top, top_score),
            self._dates(text, top, top_score),
            self._same_step(text, low, steps, actors),
        ):
            if layer is not None:
                found.append(layer)
        if not found and top is not None and self._may_restate(text, low, top, top_score):
            # Another signal decides whatever likeness says (it would come last, never more
            # severe). On topic only by its closeness to a claim or by a count the baseline
            # states, the similarity alone says whether it restates the claim.
            if close:
                restates, shown = top_score >= KNOWN_THRESHOLD, ""
            else:
                likeness = self.restatement.probability(
                    self._restatement_features(text, counts, top_score, events, top)
                )
                restates = likeness >= self.restatement.threshold
                shown = f", likeness {likeness:.2f}"
            if restates:
                found.append(
                    _Decision(
                        Status.KNOWN,
                        f"restates baseline claim {top.id} (similarity {top_score:.2f}{shown})",
                        top_score,
                        top,
                    )
                )
        return found, top, top_score

    @cached_property
    def restatement(self) -> restatement.Model:
        """Whether an on-topic sentence with no other signal restates the baseline: the shipped
        model, read when first needed (an instance may be given another)."""
        return restatement.shipped()

    def _may_restate(self, text: str, low: str, claim: Claim, score: float) -> bool:
        """Can the sentence be a restatement of `claim` (`score` its similarity) by likeness at
        all? Not when it dates its news after the baseline (the baseline cannot retell it), nor
        when it tells of a text's silence on the path (news of that text, however close its
        words come to a claim), nor when it reports the allies lacking agreement at an occasion
        the baseline reports no such thing for: that is where they stand now. Unless it
        retells the claim's own speaker ("hesitant capitals", said Pabriks) or the claim in its
        own words (as similar as a reported finding restated: `LEDGER_THRESHOLD`)."""
        if (
            score < LEDGER_THRESHOLD
            and _CONSENSUS_LACKING.search(low)
            and not self._consensus_events.intersection(attributes.events_of(low))
            and not self._shares_speaker(text, claim)
        ):
            return False
        # What is recalled is told as of its own time, whenever it is recalled ("officials
        # marking the anniversary in 2026 recalled that Kyiv gave up its arsenal in 1994").
        recalled = _RECALLED.search(text)
        told = text[recalled.end() :] if recalled else text
        return not self._after_baseline(told) and not SILENT.search(low)

    def _shares_speaker(self, text: str, claim: Claim) -> bool:
        """Does the sentence name a person its claim names (a surname of the claim's)?"""
        names = self._names_of(claim)
        return any(attributes.surname(w) in names for w in _NAME_WORD.findall(text))

    def _names_of(self, claim: Claim) -> frozenset[str]:
        """The surnames a claim names: capitalised words but its first (capitalised whatever it
        is: "Allies within NATO ..."), places, function words ("This is simply ...") and months."""
        held = self._claim_names.get(claim.id)
        if held is None:
            held = self._claim_names[claim.id] = frozenset(
                n
                for n in map(attributes.surname, _NAME_WORD.findall(claim.text)[1:])
                if not attributes.is_place(n) and n not in lexicon.STOPWORDS and n not in MONTHS
            )
        return held

    def _terms_of(self, claim: Claim) -> frozenset[str]:
        held = self._claim_terms.get(claim.id)
        if held is None:
            held = self._claim_terms[claim.id] = frozenset(terms(claim.text))
        return held

    def _restatement_features(
        self, text: str, counts: Counter[str], score: float, events: tuple[str, ...], claim: Claim
    ) -> dict[str, float]:
        return restatement.features(
            text,
            counts,
            score,
            bool(events),
            self._latest_year,
            self._known_words,
            self._terms_of(claim),
        )

    def restatement_features(self, sentence: str) -> dict[str, float] | None:
        """What the restatement model reads of a sentence, as the differ computes it; None when
        no model decides it (the baseline is empty, or the sentence dates its news after the
        baseline or tells a text's silence). For training the model."""
        text = clean(sentence)
        low = text.lower()
        counts = Counter(terms(text))
        events = attributes.events_of(low)
        top, score = self._retrieve(counts, events)
        if top is None or not self._may_restate(text, low, top, score):
            return None
        return self._restatement_features(text, counts, score, events, top)

    def judge_sentence(
        self,
        sentence: str,
        context: frozenset[str] = frozenset(),
        voices: Voices | None = None,
        bloc: str = "",
        previous: str = "",
        title: str = "",
        deal: str = "",
    ) -> Judgement:
        """Status, cue and evidence for one sentence; `context`: the kinds of topic its entry's
        earlier sentences were on ("membership", "guarantee", ...), empty when none; `voices`:
        who spoke in the entry so far ("he said" continues them); `bloc`: what "the bloc" is in
        the entry ("eu" when it named the European Union last, not NATO); `previous`: the
        sentence before, which this one may answer ("Ukraine in NATO?") or continue ("Each is
        meant to lapse ..."); `title`: its entry's first sentence, when it is not that; `deal`:
        "other" when the last agreement the entry named was off topic (a minerals deal), so
        that "the deal" is that one, not a security agreement."""
        shown = " ".join(sentence.split())  # as written: quotes and dashes kept for the reader
        text = clean(shown)
        answers = previous.rstrip(_AFTER_QUESTION).endswith("?") and answers_no(text.lower())
        if answers or (previous and _NAMES_THE_WORDS.match(text.lower())):
            # "Not in our lifetime, the aide said.": an answer is read with what it answers;
            # "That was his answer when asked about ...": the words are the sentence before.
            text = clean(f"{' '.join(previous.split())} {shown}")
        low = text.lower()
        filed: frozenset[str] = frozenset()
        if dateline := DATELINE.match(text):
            # Where the story was filed is not what it says ("BUCHAREST (AP) - ..." is no
            # news of the Bucharest summit): blanked, so offsets still meet the text's. Only an
            # office named without its country is read as the place's (`Around`).
            place = low[: dateline.end()]
            filed = (
                frozenset(lexicon.governments_named(place) | set(attributes.actors_of(place)))
                - _BODIES
            )
            low = " " * dateline.end() + low[dateline.end() :]
        if bloc == "eu" and "bloc" in low:
            low = _BLOC.sub("eu", low)  # "joining the bloc", in a story about the EU
        if "alliance" in low or "bloc" in low:
            low = _ALLIANCE_NAMED.sub("the alliance", low)  # "the Western alliance" is NATO
        if "map" in low:
            # The Membership Action Plan by its initials; a map in lower case is a chart.
            said = _MAP_SAID.search(text)
            low = _MAP_NAMED.sub("membership action plan" if said else "chart", low)
        if "action plan" in low and "membership action plan" not in low:
            # ... or as the action plan Ukraine and Georgia sought.
            if _BOTH_ASPIRANTS.search(low) and _NATO_PAST.search(low):
                low = _ACTION_PLAN.sub("membership action plan", low)
        if "headquarters" in low and bloc != "eu" and not _EU_NAMED.search(low):
            # Read as named, by every layer: the counts and offices read the text.
            text = _NATO_SEAT.sub("NATO headquarters", text)
            low = _NATO_SEAT.sub("nato headquarters", low)
        if "guarantee" in context and (m := _AGREEMENT_ANAPHOR.search(low)):
            # "Denmark concluded one the day before": the agreement the entry is about, with Ukraine.
            low = f"{low[: m.start('ref')]}a security agreement with ukraine{low[m.end('ref') :]}"
        elif "guarantee" in context and (m := _AGREEMENT_OF.search(low)):
            # "... to sign Finland's": that country's agreement with Ukraine.
            ref = f"{m.group('who')}'s security agreement with ukraine"
            low = f"{low[: m.start('ref')]}{ref}{low[m.end('ref') :]}"
        # A retelling may run across a sentence that continues the one before ("The pacts are
        # temporary. Each is meant to lapse once Ukraine joins."): frames read both.
        told = (
            (clean(" ".join(previous.split())).lower(), low)
            if previous and _CONTINUES.match(low)
            else None
        )
        refers_back = "membership" in context
        if (
            not self._gate.search(low)
            and not (any(self._frames[i][0].opens(low) for i in self._opened(low)))
            and not (context and (_CONTEXT_LINK.search(low) or _GUARANTEE_LINK.search(low)))
            and not (refers_back and denial(low, attributes.actors_of(low), refers_back))
        ):
            return Judgement(Status.IRRELEVANT, shown, OFF_TOPIC, 0.0)
        actors = attributes.actors_of(low)
        before = clean(" ".join(previous.split())) if previous else ""
        around = Around(before, title, low, actors, filed)
        if (
            # ... or where the sentence before, or the title, has just named Ukraine.
            (context or around.names_ukraine)
            and "ukraine" not in actors
            and not any(a in actors for a in attributes.SCALE_ENTITIES)
            and membership_term(low)
            and lexicon.ALLIANCE_TERMS.search(low)
            and not lexicon.COUNTRY_NAMES.search(low)
        ):
            # In an entry about Ukraine's path, membership whose the sentence does not say is
            # Ukraine's: "offered in place of NATO membership, which Putin has ruled out".
            actors = (*actors, "ukraine")
            around = around.about(actors)
        reason = self._topic(text, low, actors, context, told, around, deal, bloc, answers)
        if (
            not reason
            and refers_back
            and not _BATTLE.search(low)
            and denial(low, actors, refers_back)
        ):
            # "Hungary's premier said he would never allow it", after a sentence on the bid.
            reason = "context: denies the prospect the entry is about"
        if not reason:
            return Judgement(Status.IRRELEVANT, shown, OFF_TOPIC, 0.0)
        voices = voices or Voices(ChainMap({}, self.affiliations))
        speaker = voices.speaker(text, low, actors)
        return self._verdict(
            shown,
            text,
            low,
            actors,
            reason,
            speaker,
            refers_back,
            told,
            person=voices.person,
            around=around,
        )

    def _verdict(
        self,
        shown: str,
        text: str,
        low: str,
        actors: tuple[str, ...],
        reason: str,
        speaker: str,
        refers_back: bool = False,
        told: tuple[str, str] | None = None,
        person: str = "",
        around: Around = NOWHERE,
    ) -> Judgement:
        """The verdict on an on-topic sentence: its most severe signal, or `new`; `reason`,
        why it is on topic, is its `topic`; `told`: the sentence before and this one, when this
        one continues it; `person`: who speaks, when the speaker is told as their government
        (a denial reported under the person's name is the same denial); `around`: the
        sentence before and the countries the sentence is about."""
        counts = Counter(terms(text))
        found, top, top_score = self._decisions(
            text,
            low,
            actors,
            counts,
            speaker,
            refers_back,
            told,
            around,
            reason == CLOSE or reason.startswith("count:"),
        )
        keys: tuple[str, ...] = ()
        if found:
            status = most_severe(d.status for d in found)
            decisive = [d for d in found if d.status == status]
            decision = decisive[0]
            keys = tuple(dict.fromkeys(k for d in decisive for k in (d.key, *d.also) if k))
            if len(decisive) > 1 or any(d.status in REPORTED for d in found if d.status != status):
                others = [d.cue for d in found if d is not decision and d.status in REPORTED]
                if others:
                    decision = _Decision(
                        decision.status,
                        "; ".join(dict.fromkeys([decision.cue, *others])),
                        decision.score,
                        decision.claim,
                        key=decision.key,
                    )
        elif reason.startswith("count:"):
            # On topic only for a count the baseline states, and the count is the baseline's:
            # "units from all 31 member countries".
            decision = _Decision(
                Status.KNOWN, f"{reason}, as in the baseline", max(top_score, 0.5), top
            )
        else:
            near = f"; nearest baseline claim similarity {top_score:.2f}" if top else ""
            if top is not None and SILENT.search(low):
                near += ", but told as a text's silence on it"
            elif top is not None and self._after_baseline(text):
                near += f", but told as after the baseline's latest date ({self._latest})"
            decision = _Decision(
                Status.NEW, f"on topic ({reason}), not in the baseline{near}", top_score, None
            )
            keys = asserted(low, speaker)

        reported = next(((k, f) for k in keys if (f := self._reported(k, low))), None)
        if reported is None and person and person != speaker:
            spoken = (
                f"denial:{person}:{k.split(':', 2)[2]}" for k in keys if k.startswith("denial:")
            )
            reported = next(((k, f) for k in spoken if (f := self._reported(k))), None)
        if reported:
            key, fid = reported
            return Judgement(
                Status.KNOWN,
                shown,
                f"restates finding {fid}, already reported ({key})",
                decision.score,
                finding_id=fid,
                key=key,
                keys=keys,
                topic=reason,
            )
        if decision.status in REPORTED:
            match = self._ledger_match(counts, decision.status)
            if match:
                fid, score = match
                return Judgement(
                    Status.KNOWN,
                    shown,
                    f"restates finding {fid}, already reported as {decision.status}",
                    score,
                    finding_id=fid,
                    topic=reason,
                )
        claim = decision.claim
        if claim is None:
            return Judgement(
                decision.status,
                shown,
                decision.cue,
                round(decision.score, 3),
                key=decision.key,
                keys=keys,
                topic=reason,
            )
        return Judgement(
            status=decision.status,
            sentence=shown,
            cue=decision.cue,
            score=round(decision.score, 3),
            baseline_ids=(claim.id,),
            baseline_text=claim.text,
            baseline_sources=claim.sources,
            baseline_source=self.baseline.source_label(claim.id),
            key=decision.key,
            keys=keys,
            topic=reason,
        )

    def _likeness(self, a: str, b: str, *, vectors: dict[str, dict[str, float]]) -> Likeness:
        """How alike two sentences of one text are, under the baseline's idf; `vectors` holds
        the text's sentences as unit vectors, each made once."""
        for text in (a, b):
            if text not in vectors:
                vectors[text] = self.index.unit(Counter(terms(text)))
        va, vb = vectors[a], vectors[b]
        shared = va.keys() & vb.keys()
        return Likeness(
            sum(va[t] * vb[t] for t in shared),
            sum(self.index.idf(t) for t in shared),
            ENTRY_REPEAT,
            ENTRY_SHARED,
        )

    def judge_text(self, text: str) -> TextJudgement:
        """A text takes the most severe status among its sentences.

        Sentences that carry one development are one: the first (or, when a later one is graver,
        the gravest) is reported, the others repeat it and are its evidence.
        """
        if len(text) > MAX_TEXT:
            raise ValueError(f"text is {len(text)} characters; the limit is {MAX_TEXT}")
        verdicts_list: list[Judgement] = []
        topical: frozenset[str] = frozenset()
        voices = Voices(ChainMap({}, self.affiliations))  # what this text teaches stays here
        developments: TextDevelopments | None = None
        bloc = previous = title = deal = ""
        # A feed entry's title stands on a line of its own before its body.
        title_line = text.lstrip().split("\n", 1)[0].strip() if "\n" in text else None
        parts = [s for s in sentences(text) if s.strip()]
        for n, s in enumerate(parts, 1):
            voices.last = voices.person = ""
            verdict = self.judge_sentence(
                s,
                context=topical,
                voices=voices,
                bloc=bloc,
                previous=previous,
                title=title,
                deal=deal,
            )
            if developments is None:
                developments = TextDevelopments(
                    partial(self._likeness, vectors={}),
                    voices.resolve,
                    passing=verdict.status is Status.IRRELEVANT,
                    titled=title_line == s.strip(),
                )
            verdicts_list.append(verdict)
            if verdict.status in REPORTED:
                developments.place(verdicts_list, len(verdicts_list) - 1, voices.person)
            if n == len(parts):
                break  # what a sentence tells the next one is read only where one follows
            title = title or s  # the entry's first sentence: its title, for a feed entry
            previous = s
            low = s.lower()
            bloc = _bloc_named(low) or bloc
            if _ANY_DEAL.search(low):
                # Which agreement "the deal" is from here on: an off-topic one, or one on topic.
                deal = "other" if verdict.status is Status.IRRELEVANT else "security"
            if verdict.topic:
                kind, _, what = verdict.topic.partition(":")
                # An event of the path is what it is about: a summit's promise is membership.
                # ... and a concept is what its rule says it is about (a force, a guarantee).
                about = _EVENT_TOPICS.get(what.strip()) or self._concept_topics.get(what.strip())
                topical = topical | {kind, about or kind}
        verdicts = tuple(verdicts_list)
        if not verdicts:
            empty = Judgement(Status.IRRELEVANT, "", "empty text", 0.0)
            return TextJudgement(Status.IRRELEVANT, empty, ())
        status = most_severe(v.status for v in verdicts)
        top = next(v for v in verdicts if v.status == status)
        return TextJudgement(status, top, verdicts)
