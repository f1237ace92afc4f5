"""Attributes of one sentence: the facts the differ compares (who, which event, yes/no, values)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from watcher.models import Attributes
from watcher.text import compiled as kept
from watcher.text import lexicon
from watcher.text.lazy import LazyPattern
from watcher.text.literals import Gate, alternatives, gate_texts, may_hold
from watcher.text.numbers import dates, numbers
from watcher.text.segment import clean

_ACTOR_RES = {
    k: LazyPattern(r"(?<![\w-])(?:" + "|".join(v) + r")(?![\w-])")
    for k, v in lexicon.ACTORS.items()
}
_EVENT_RES = {
    k: LazyPattern(r"(?<![\w-])(?:" + "|".join(v) + r")(?![\w-])")
    for k, v in lexicon.EVENTS.items()
}
#: Most sentences name a few of the actors and events: the others' patterns need not run.
_ACTOR_HINTS = {k: gate_texts(v) for k, v in lexicon.ACTORS.items()}
_EVENT_HINTS = {k: gate_texts(v) for k, v in lexicon.EVENTS.items()}


_NEGATION = "|".join(f"(?:{c})" for c in lexicon.NEGATION_CUES)
_DOUBLE_NEGATIVE = LazyPattern(
    r"\b(?:abandon\w*|drop\w*|end\w*|give up|gave up|renounc\w*)\s+(?:[\w'’]+\s+){0,3}?(?:non-?aligned|neutral)"
)

# --- office holders -------------------------------------------------------------------------
_ROLE = (
    r"(?:secretary[- ]general|secretary of the national security and defen[cs]e council(?: of ukraine)?|nsdc (?:secretary|chief|head)|secretary of the nsdc"
    r"|secretary of (?:ukraine's |ukraine’s )(?:national )?security (?:and defen[cs]e )?council"
    r"|secretariat of (?:ukraine's |ukraine’s )(?:national )?security (?:and defen[cs]e )?council"
    r"|secretariat of the (?:national )?security and defen[cs]e council|nsdc secretariat"
    r"|foreign minister|minister (?:of|for) foreign affairs|(?:top|chief) diplomat|defen[cs]e minister|minister (?:of|for) defen[cs]e"
    r"|defen[cs]e secretary|secretary of defen[cs]e|secretary of war|war secretary|pentagon (?:chief|head|boss)|(?:head|chief|boss) of the pentagon|national security advis[eo]r|prime minister"
    r"|president(?: of [A-Z][a-z]+)?|chief of staff|ambassador to nato|chancellor"
    r"|(?:helm|reins|top job|top post) (?:at|of) (?:nato|the alliance)"
    r"|nato's helm|nato’s helm|nato's top (?:job|post)|nato’s top (?:job|post)"
    r"|the alliance's helm|the alliance’s helm|the alliance's top (?:job|post)|the alliance’s top (?:job|post)"
    r"|nato (?:chief|boss)|nato's (?:new |incoming )?(?:chief|boss|head)|nato’s (?:new |incoming )?(?:chief|boss|head)"
    r"|alliance's (?:new |incoming )?(?:chief|head|top civilian|top official)|alliance’s (?:new |incoming )?(?:chief|head|top civilian|top official)|head of state"
    r"|head of (?:(?:the |ukraine's |ukraine’s )?(?:presidential|president's|president’s) (?:office|administration)"
    r"|the (?:office|administration) of the president)"
    r"|assistant to the president for national security affairs"
    r"|run (?:the (?:presidential|president's|president’s)|(?:ukraine's|ukraine’s|zelensky's|zelensky’s|his)(?: presidential)?) (?:office|administration)"
    r"|lead (?:the (?:presidential|president's|president’s)|(?:ukraine's|ukraine’s|zelensky's|zelensky’s|his)(?: presidential)?) (?:office|administration)"
    r"|head (?:the (?:presidential|president's|president’s)|(?:ukraine's|ukraine’s|zelensky's|zelensky’s|his)(?: presidential)?) (?:office|administration))"
)
_ROLE_CANON = (
    (
        LazyPattern(
            r"secretary[- ]general|(?:at|of) (?:nato|the alliance)|^(?:nato|alliance)$"
            r"|keys (?:to|of) (?:nato|the alliance)"
            r"|(?:nato|alliance)(?:'s|’s)? (?:new |incoming )?(?:chief|boss|head|top civilian|top official)"
        ),
        "secretary general",
    ),
    (
        LazyPattern(
            r"(?:national )?security and defen[cs]e council|nsdc|(?:ukraine's|ukraine’s) (?:national )?security"
        ),
        "nsdc secretary",
    ),
    (
        LazyPattern(
            r"foreign minist(?:er|ry)|minist(?:er|ry) (?:of|for) foreign affairs|diplomat|diplomacy"
        ),
        "foreign minister",
    ),
    (
        LazyPattern(r"defen[cs]e minist(?:er|ry)|minist(?:er|ry) (?:of|for) defen[cs]e"),
        "defense minister",
    ),
    (
        LazyPattern(
            r"defen[cs]e secretary|secretary of defen[cs]e|secretary of war|war secretary|pentagon"
        ),
        "defense secretary",
    ),
    (LazyPattern(r"national security (?:advis|affairs)"), "national security advisor"),
    (LazyPattern(r"prime minister"), "prime minister"),
    (
        LazyPattern(
            r"chief of staff|(?:head of|run|lead|head) .*(?:office|administration)"
            r"|(?:office|administration) of the president"
            r"|(?:presidential|president's|president’s) (?:office|administration)"
        ),
        "chief of staff",
    ),
    (LazyPattern(r"ambassador to nato"), "ambassador to nato"),
    (LazyPattern(r"chancellor"), "chancellor"),
    (LazyPattern(r"president|head of state"), "president"),
)
_NAME = r"(?:[A-Z][a-zA-Z'’\-]+\s){0,2}[A-Z][a-zA-Z'’\-]+"
#: What owns the office: a capitalised word ("NATO's", "Ukrainian") or the alliance named as one
#: ("the alliance's fourteenth secretary general").
_QUAL = r"(?:(?P<qual>[A-Z][\w.'’]*(?:'s|’s)?|(?i:(?:the\s+)?(?:alliance|bloc)(?:'s|’s)))\s+)?"
#: "NATO's fourteenth secretary general": the office counted in its line of holders.
_ORDINAL = (
    r"(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|thirteenth|fourteenth|fifteenth|sixteenth|\d+(?:st|nd|rd|th))\s+)"
)
#: The office first: a match starts where a word does (its qualifier, its ordinal or the office),
#: so the engine tries the long case-blind alternation of offices only there.
_AT_WORD = r"\b(?=[A-Za-z0-9])"
_ROLE_THEN_NAME = (
    rf"{_AT_WORD}{_QUAL}{_ORDINAL}?(?P<role>(?i:{_ROLE}))(?:-elect)?\s+(?P<name>{_NAME})"
)
#: A time by which an office was held, told before it: "by March 2024", "by then" (not "then",
#: which says it was held before).
_BY_WHEN = r"by (?:[\w\s]{0,25}?\d{4}|then|now|that time|that point)"
_NAME_THEN_ROLE = (
    rf"(?P<name>{_NAME}),\s+(?:(?:who is(?: also| now)?|now|then|{_BY_WHEN})\s+)?(?:the\s+)?"
    rf"(?:(?:new|incoming|next|acting|interim)\s+)?(?:(?:President|Prime Minister|Chancellor)\s+(?:[A-Z][\w'’-]+\s+)?)?"
    # An office followed by a name titles that name: "Eastern Sentry, Secretary General Mark
    # Rutte said" is Rutte's office.
    rf"{_QUAL}(?P<role>(?i:{_ROLE}))(?!\s+[A-Z][a-z])"
)
#: An apposition: "the president's chief of staff, Andriy Yermak, said".
_ROLE_COMMA_NAME = rf"{_AT_WORD}{_QUAL}(?:(?:new|incoming|next)\s+)?{_ORDINAL}?(?P<role>(?i:{_ROLE})),\s+(?P<name>{_NAME})(?=\s*(?:,|\.|$))"
#: A phrase put before its holder: "As NATO's fourteenth secretary general, Mark Rutte kept ...".
_AS_ROLE_COMMA_NAME = (
    rf"(?i:\bas|\bbecoming|\bbecame)\s+(?:the\s+)?{_QUAL}(?:(?:new|incoming|newly (?:installed|appointed|elected|named|confirmed))\s+)?"
    # ... and when: "Since becoming NATO secretary general in October, Rutte has ...".
    rf"{_ORDINAL}?(?P<role>(?i:{_ROLE}))(?:\s+(?:in|on|last|this)(?:\s+[\w-]+){{1,3}}?)?,\s+(?P<name>{_NAME})"
    # Not a name in an absolute phrase: "walked in as the alliance's 14th secretary general,
    # Stoltenberg at his side" (the holder is the verb's subject).
    r"(?![\w'’-])(?!(?:\s+[A-Z][\w'’-]+)*\s+(?i:at (?:his|her) side|by (?:his|her) side|beside (?:him|her)|alongside (?:him|her))\b)"
)
#: An appointment: "Zelensky named Budanov head of the presidential office", "offered Budanov,
#: the intelligence chief, the post of defence minister".
_APPOINTED = (
    rf"(?i:appoint(?:s|ed|ing)?|nam(?:e|es|ed|ing)|nominat(?:e|es|ed|ing)|pick(?:s|ed|ing)?|cho(?:ose|oses|se|osing)"
    rf"|offer(?:s|ed|ing)?|tapp(?:ed|ing)|taps|install(?:s|ed|ing)?|confirm(?:s|ed|ing)?|put(?:s|ting)?"
    rf"|ma(?:de|kes?|king)|promot(?:e|es|ed|ing)|elevat(?:e|es|ed|ing)|vot(?:e|es|ed|ing))\s+(?:(?:[a-z][\w'’-]+\s+){{1,4}}?(?=[A-Z]))?(?P<name>{_NAME})(?P<appos>,[^,]{{1,80}},)?\s+"
    rf"(?i:(?:in\s+)?(?:as|to be|to become|the post of|the job of|the role of|to the post of|to)\s+)?(?:the\s+|its\s+|his\s+|her\s+)?(?:new\s+|interim\s+)?{_QUAL}(?:new\s+|interim\s+)?(?P<role>(?i:{_ROLE}))"
)
#: The same told in the passive: "Budanov, until then head of intelligence, was appointed to run
#: Zelensky's office", "Hegseth has been confirmed as defense secretary".
_APPOINTED_PASSIVE = (
    rf"(?P<name>{_NAME})(?P<appos>,[^,]{{1,80}},)?\s+(?:was|has been|had been|is|(?:will|would|may|might|could)\s+(?:now\s+)?be|is to be|is set to be|is expected to be)\s+(?:now\s+)?"
    rf"(?i:appointed|named|nominated|picked|chosen|tapped|installed|confirmed|made|promoted|elevated|voted in|elected)\s+"
    rf"(?:(?i:on|in)\s+(?:\d{{1,2}}\s+)?[A-Za-z]+(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?\s+)?"
    rf"(?i:(?:as|to be|to become|to the post of|to (?:head|run|lead)|to)\s+)?(?:the\s+|its\s+)?(?:new\s+)?{_QUAL}(?:new\s+)?(?P<role>(?i:{_ROLE}))"
)
#: A headline's passive, without its auxiliary: "Sybiha appointed foreign minister", "Hegseth
#: confirmed as Pentagon chief". Only a possessive may stand before the office, and no name after
#: it: in "Zelensky named Sybiha foreign minister" and "... named foreign minister Sybiha" the
#: first name is the one who appoints.
_APPOINTED_HEADLINE = (
    rf"(?P<name>{_NAME})\s+(?i:appointed|named|nominated|picked|chosen|tapped|installed|confirmed|promoted|elevated)\s+"
    rf"(?i:(?:as|to be|to become|to the post of|to)\s+)?(?:the\s+|its\s+)?(?:new\s+)?"
    rf"(?:(?P<qual>[A-Z][\w.'’]*(?:'s|’s))\s+)?(?:new\s+)?(?P<role>(?i:{_ROLE}))(?!\s+[A-Z])"
)
#: Words without which `_APPOINTED` cannot match (its case-blind verbs, lower-cased): a sentence
#: holding none is not scanned for an appointment. The tests check the list against the pattern.
APPOINTMENT_WORDS = Gate(
    r"appoint|nam|nominat|pick|cho|offer|tap|install|confirm|\bput|\bma[dk]|promot|elevat|vot|elect"
)
#: "Mark Rutte is now NATO secretary general", "Fedorov became Ukraine's defence minister".
_NAME_IS_ROLE = (
    rf"(?P<name>{_NAME})(?P<appos>,[^,]{{1,80}},)?\s+(?:is|was|became|becomes|has become|had become|(?:will |would |to )?serves? as|(?:(?:has|have|had) (?:also |long |since )?)?(?:served|been serving) as|(?:(?:was|is|has been|had been) )?(?i:inaugurated|sworn in|installed|confirmed|elected)"
    # A day or a company between the swearing-in and the office: "sworn in on Monday as", "sworn in
    # with the new cabinet as".
    rf"(?:\s+(?i:on|in|with)(?:\s+[\w'’-]+){{1,4}}?(?=\s+(?i:as)\s))?(?: as)?|(?i:took|takes|taking) the oath (?:of office )?as)\s+(?:now\s+)?"
    rf"(?:the\s+|its\s+|their\s+)?{_QUAL}"
    rf"(?:(?:new|next|first|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\s+)?(?P<role>(?i:{_ROLE}))"
)
#: A headline's appointment to come or under way: "Budanov to head Zelensky's office", "Rutte
#: takes the helm at NATO", "Fedorov set to become defence minister".
_NAME_TO_ROLE = (
    rf"(?P<name>{_NAME})\s+(?:(?:is|was)\s+)?(?:(?:set|due|poised|expected)\s+)?"
    rf"(?:(?:to|will|would)\s+(?:become\s+|be\s+|take over as\s+|succeed\s+[A-Z][\w'’-]+\s+as\s+|(?=(?:head|run|lead)\s)|take\s+(?=the\s+(?:helm|reins|top)))"
    rf"|(?:takes|took|taking)\s+(?=the\s+(?:helm|reins|top)))"
    rf"(?:the\s+)?(?:new\s+)?{_QUAL}(?:new\s+)?(?P<role>(?i:{_ROLE}))(?!\s+[A-Z])"
)
#: The Pentagon run as an office ("put Hegseth in charge of the Pentagon", "nominated to run
#: the Pentagon"): searched only where the Pentagon is named, since its verbs open everywhere.
_PENTAGON_ROLE = r"(?:run|lead|head|in charge of|at the head of|at the helm of) the pentagon"
#: Words without which `_NAME_TO_ROLE` cannot match: most sentences hold none.
_TO_ROLE_WORDS = LazyPattern(
    r"(?i)\b(?:to|will|would) (?:(?:now )?be|become|take|succeed|head|run|lead)\b"
    r"|\b(?:takes|took|taking) the (?:helm|reins|top)\b"
)
#: A stretch of a term named as its last: "his last summit as secretary general", "Biden's final
#: months in office", "her last day at the ministry".
_TENURE_SPAN = (
    r"(?:missions?|summits?|days?|weeks?|months?|years?|hours?|meetings?|trips?|visits?"
    r"|speech(?:es)?|acts?|tasks?|appearances?|news conferences?|press conferences?)"
    r" (?:as|in office|at (?:the )?(?:[\w'’-]+ ){0,2}?(?:helm|headquarters|ministry|pentagon|white house))"
)
_SUCCESSION = LazyPattern(
    rf"\b(?i:succeed(?:s|ed|ing)?|(?:took|take|takes|taken|taking) (?:over|the reins|the helm|the baton) (?:[\w'’-]+ ){{0,8}}?from"
    rf"|replac(?:e|es|ed|ing)(?: [a-z'’-]+){{0,4}}?|successor to|in succession to|in place of|predecessor,?|remov(?:e|es|ed|ing)"
    rf"|dismiss(?:es|ed|ing)?|sack(?:s|ed|ing)?|fir(?:e|es|ed|ing)|oust(?:s|ed|ing)?|vot(?:e|es|ed|ing) out"
    # "moved Danilov out of the council's top job", "eased Kuleba out": moved out by another.
    rf"|(?:moved|moving|eased|easing|pushed|forced)(?=\s+(?:[\w'’-]+\s+){{1,3}}?out\b))\s+(?P<name>{_NAME})"
    rf"|(?i:followed|follows|following)\s+(?P<name9>{_NAME})\s+(?i:as|in the (?:post|job|role) of)\s"
    # Let go, as a dismissal: "Rada lets Kuleba go" (not "let Zelensky go to the summit").
    rf"|(?i:let|lets|letting)\s+(?P<name14>{_NAME})\s+(?i:go)\b(?!\s+(?i:to|ahead|on|through|into|with|of|from|by|home)\b)"
    rf"|(?i:(?:took|take|takes|taken|taking) over|(?:moved|moves|moving) into)\s+(?P<name7>{_NAME})(?:'s|’s) (?i:(?:old |former )?(?:[\w-]+ ){{0,2}}?(?:office|job|post|seat|desk|portfolio|role))"
    # Another's seat given to someone: "handing Zaluzhnyi's post to Syrskyi" (found here, the
    # hand-over is not read as the subject's own leaving in `_LEAVES`).
    rf"|(?i:hand(?:ed|s|ing)|gave|gives|giving)(?i: over)?\s+(?P<name12>{_NAME})(?:'s|’s) (?i:(?:old |former )?(?:[\w-]+ ){{0,2}}?(?:office|job|post|seat|desk|portfolio|role|ministry) (?:over )?to)\s"
    # An office that passed from one holder to another: "the ministry passed from Landsbergis to
    # Budrys".
    rf"|(?i:pass(?:ed|es|ing)|went|goes|going|moved|moves|transferred|shifted|switched) from\s+(?P<name13>{_NAME})\s+(?i:to)\s"
    rf"|(?P<name2>{_NAME})(?:'s|’s) (?i:successor|replacement|resignation|departure|dismissal|exit|ouster|removal|sacking"
    rf"|(?:last|final) (?:[\w-]+ ){{0,2}}?{_TENURE_SPAN}"
    rf"|(?:farewell|valedictory) (?:address|speech|news conference|press conference|visit|trip|tour|interview)"
    rf"|(?:old|former) (?:[\w-]+ ){{0,2}}(?:office|job|post|seat|desk|portfolio|role))"
    rf"|(?i:(?:his|her) (?:farewell|valedictory) (?:address|speech|news conference|press conference|visit|trip|tour|interview))[^.;]{{0,60}}?,\s+(?P<name11>{_NAME})"
    rf"|^(?P<name10>His|Her) (?i:successor|replacement|resignation|departure|dismissal|exit|ouster|removal|sacking"
    rf"|(?:old|former) (?:[\w-]+ ){{0,2}}(?:office|job|post|seat|desk|portfolio|role))"
    rf"|(?i:former|outgoing|ex-)\s*(?:(?:[A-Za-z'’]+)\s+){{0,3}}?(?P<name3>{_NAME})"
    rf"|(?i:no longer (?:running|leading|heading|in charge of|at the helm of))[^,]{{0,40}},\s+(?P<name4>{_NAME})"
    rf"|\b(?i:ending|ended|ends|end of|brought|brings|bringing|closing|closed|closes)\s+(?i:(?:a|the)\s+(?:decade|[\w-]+\s+years?|years?)\s+of\s+)?(?P<name5>{_NAME})(?:'s|’s)\s+(?i:(?:[\w-]+\s+){{0,4}}?(?:term|tenure|decade|presidency|premiership|time|years?))\b"
    rf"|(?i:the (?:post|job|office|seat|role|position) (?:that |which )?)(?P<name8>{_NAME}) (?i:had held|held|had occupied|occupied|had left|had given up|gave up|had vacated|vacated)\b"
    rf"|(?P<name6>{_NAME})(?:'s|’s)\s+(?i:(?:[\w-]+\s+){{0,2}}?(?:tenure|term|time|stint|spell|run|decade|years|presidency|premiership)(?: [\w'’, -]{{0,50}}?)? (?:ended|ends|came to an end|is over|was over))"
)
_DEPARTURE = LazyPattern(
    rf"(?P<name>{_NAME})(?:,[^,;.]{{1,90}},)?,?\s+(?i:(?:who\s+)?(?:resigned|resigns|stepped down|steps down|stepped aside|steps aside|was (?:dismissed|sacked|fired|removed|replaced|ousted)|left office"
    # Departed at the end of its clause, not departed for somewhere: "as Danilov departed".
    rf"|departed(?=\s*(?:[,.;:—–]|$))"
    rf"|(?:left|leaves|leaving) the (?:[a-z]+ ){{0,3}}?(?:post|job|office|government|ministry|alliance|white house|pentagon|cabinet|presidency|administration|secretariat)|had (?:held|run|led|headed)"
    rf"|gone(?=\s*[,;:.—–])|out as\b"
    rf"|(?:left|leaves|leaving) (?:[\w'’-]+ ){{0,4}}?for the (?:last|final) time"
    rf"|hands over(?=\s*(?:[,.;:—–]|$|after\b|to\b|as\b|in\b|on\b))|out(?=\s*[,;:—–])"
    rf"|hand(?:ed|s|ing)? (?:over )?(?:(?:him|her|his successor|her successor) )?(?:the |his |her )?(?:[\w'’-]+ ){{0,6}}?(?:keys|reins|baton|helm|post|job|office|gavel|mantle|chair)\b|quit(?:s|ting)?\b"
    rf"|hand(?:ed|s|ing)? (?:the |his |her )?(?:alliance|nato|ministry|office|post|job|presidency|reins|helm|keys|organi[sz]ation) over to\b"
    rf"|bade (?=(?:[\w'’-]+ ){{0,5}}?(?:ministry|office|alliance|post|job|government|staff|colleagues|team|cabinet|presidency|headquarters|diplomats)\b)(?:[\w'’-]+ ){{0,7}}farewell"
    rf"|(?:said|bid|bids|bade) (?:a )?(?:[\w'’-]+ )?farewell to (?:the |his |her )?(?:[\w'’-]+ ){{0,3}}(?:ministry|office|alliance|post|job|government|staff|colleagues|team|cabinet|presidency|headquarters|diplomats)\b"
    rf"|(?:chaired|hosted|presided over) (?:[\w'’-]+ ){{0,8}}?(?:for the|one) (?:[\w'’-]+ and )?(?:last|final) time"
    rf"|(?:(?:was|is|had been|has been) )?gone from (?:the )?(?:[\w'’-]+ ){{0,3}}(?:office|ministry|post|job|government|cabinet)\b"
    rf"|(?:moved|moves|was moved|shifted|switched) (?:on )?to (?:the |a |an )?(?:[\w'’-]+ ){{0,3}}?(?:council|ministry|post|job|role|office|embassy|cabinet|agency|service)\b"
    rf"|vacated\b|(?:was |has been |had been )?relieved of (?:the |his |her )?(?:post|duties|position|office|job)\b|(?:cleared|clears) (?:his|her) desk|(?:submitted|tendered|handed(?: in)?|offered|sent|delivered) (?:in )?(?:his|her) resignation"
    # ... with its auxiliary too: "Danilov was no longer running the council" (not running for
    # an election).
    rf"|(?:(?:was|is|had been|has been)\s+)?no longer (?:at|in charge of|running|leading|heading)\b(?! for\b)"
    rf"|(?:[a-z'’]+ ){{0,8}}?(?:his|her) (?:last|final) {_TENURE_SPAN}\b"
    rf"|(?:gave|gives|delivered|delivers|held|holds|made|makes|paid|pays) (?:his|her) (?:farewell|valedictory) (?:address|speech|news conference|press conference|visit|trip|tour|interview)"
    rf"|who (?:ran|led|headed|held) [^,.;]{{0,50}}?\buntil\b"
    rf"|(?:(?:was|is|had been|has been) )?out of (?:the |[a-z]+(?:'s|’s) )?(?:[\w'’-]+ ){{0,2}}(?:office|ministry|government|post|job|cabinet)\b"
    rf"|[^,.;]{{0,50}}?\bwhose (?:job|post|office|role|seat) (?:passed|went|fell|was handed) to\b"
    rf"|whose (?:[\w-]+ ){{0,2}}?(?:time|tenure|term|stint|mandate|presidency) [^,.;]{{0,50}}?\b(?:ended|ends|came to an end)\b))"
)


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    """A pattern most sentences never need, compiled when one first does (compiling them all
    up front was a tenth of `watcher diff`'s start-up)."""
    return kept.compile(pattern)


_NON_HOLDER = LazyPattern(r"(?i)\b(?:former|ex-|then|elect|candidate|would-be)\b")
#: Every office-holder pattern names an office: a sentence without one is passed over at once.
_ANY_ROLE = LazyPattern(_ROLE, re.IGNORECASE)
#: The same for lower-cased ASCII text, searched without case-folding (several times faster);
#: the place name after "president of" is optional, so whether it matches is unchanged.
_ANY_ROLE_LOW = LazyPattern(_ROLE.replace("[A-Z][a-z]+", "[a-z]+"))
_PENTAGON_PATTERNS = [
    p.replace(f"(?i:{_ROLE})", f"(?i:{_PENTAGON_ROLE})")
    for p in (_APPOINTED, _APPOINTED_PASSIVE, _APPOINTED_HEADLINE, _NAME_IS_ROLE, _NAME_TO_ROLE)
]
#: An office told by its seat: the ministry, the Pentagon, the presidential office, the security
#: council. Taking, running or being at the seat is holding the office.
_SEAT_OFFICE = (
    r"(?:defen[cs]e ministry|ministry of defen[cs]e|foreign ministry|ministry of foreign affairs"
    r"|pentagon|(?:presidential|president's|president’s) (?:office|administration)"
    r"|office of the president|(?:national )?security and defen[cs]e council(?:(?:'s|’s) secretariat)?|nsdc"
    # The alliance's seat handed to its new head: "was handed the keys to NATO headquarters".
    r"|keys (?:to|of) (?:nato(?:'s|’s)?|the alliance(?:'s|’s)) (?:headquarters|hq)"
    # The office's own post: "left the national security adviser's post".
    rf"|(?:{_ROLE})(?:'s|’s) (?:post|job|office|seat|chair|portfolio|role))"
)
_SEAT_OWNER = r"(?:the\s+|(?P<qual>[A-Z][\w'’]*(?:'s|’s))\s+)"
#: The seat, with the country it is of ("the foreign ministry of Ukraine"), not its possessive
#: ("the foreign ministry's proposal").
_SEAT_ROLE = rf"(?P<role>(?i:{_SEAT_OFFICE})(?:\s+of\s+[A-Z][\w'’]+)?)\b(?!['’]s)"
#: "Shmyhal moved across to the defence ministry", "Sybiha, now at the foreign ministry",
#: "Budanov took charge of the Presidential Office", "Shmyhal's half-year at the defence ministry".
_TAKES_SEAT = (
    rf"(?P<name>{_NAME})(?P<appos>,[^,;.]{{1,80}},)?(?:,\s+(?:who\s+)?|\s+(?:who\s+)?)"
    rf"(?:(?:has\s+|had\s+|was\s+|is\s+)?(?i:moved|moves|moving|switched|shifted|went|sent)\s+(?i:(?:across|over|on|back)\s+)?"
    rf"(?i:from\s+(?:the\s+|his\s+|her\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+)?(?i:to)"
    rf"|(?i:took|takes|taking|has taken|had taken|was given|was handed|got)(?:\s+(?i:over|charge of|control of|the reins at|the reins of|the helm at|the helm of|the chair of|the top job at))?"
    rf"|(?:(?:was|is|has been|had been)\s+)?(?i:put|placed|left|installed)\s+(?i:in charge of|at the head of|at)"
    rf"|(?i:now|then)\s+(?i:at|in charge of|running|heading)|(?i:running|heading|heads|headed|runs|ran|leads|led)"
    # A headline's appointment to come: "Sybiha to run the foreign ministry".
    rf"|(?:(?:is|was)\s+)?(?:(?i:set|due|poised|expected)\s+)?(?i:to)\s+(?i:run|head|lead|take (?:over|charge of))"
    rf"|(?i:left|leaves|leaving|quit|quits|vacated|gave up|gives up|held|holds|took on|takes on|added)"
    rf"|(?<=['’]s\s)(?:[\w-]+\s+){{0,2}}?(?i:time|stint|spell|tenure|years?|months|half-year|term)\s+(?i:at|in charge of))"
    rf"\s+{_SEAT_OWNER}{_SEAT_ROLE}"
)
#: The same with the appointing verb first: "A Senate vote sent Hegseth to the Pentagon", "Zelensky
#: put Budanov in charge of the Presidential Office".
_SENT_TO_SEAT = (
    rf"(?i:sent|sends|sending|put|puts|putting|placed|places|installed|installs|moved|moves)\s+(?P<name>{_NAME})"
    rf"\s+(?i:to|into|in charge of|at the head of|at)\s+{_SEAT_OWNER}{_SEAT_ROLE}"
)
#: What a term is spent running, for `_TENURE_HELD`: the alliance (its secretary general's), the
#: Pentagon, a country's diplomacy or ministries.
_RUN_SEAT = (
    r"(?:the\s+|(?P<qual>[A-Z][\w'’]*(?:'s|’s))\s+|(?i:ukrainian|lithuanian|polish|american)\s+)?"
    r"(?P<role>(?i:alliance|nato|pentagon|diplomacy|foreign ministry|defen[cs]e ministry"
    r"|ministry of (?:foreign affairs|defen[cs]e)))\b(?!['’]s)"
)
#: An office told as a term spent running its seat, from a time on or for a span: "Rutte has led
#: the alliance since October 2024", "Sybiha has been in charge of Ukrainian diplomacy since
#: September", "the Pentagon has been run by Pete Hegseth since January", "Rutte began his term
#: at NATO on 1 October". A past "led the alliance" without a start is a leader's deed, not a
#: term ("Biden led the alliance through the crisis").
_TENURE_HELD = (
    (
        rf"(?P<name>{_NAME})(?:,[^,]{{1,80}},)?\s+(?i:(?:has|had)\s+(?:been\s+)?"
        r"(?:led|run|headed|steered|in charge of|at the helm of|at the head of|running|leading"
        rf"|heading))\s+{_RUN_SEAT}\s+(?i:since|for)\b"
    ),
    (
        rf"{_RUN_SEAT}\s+(?i:(?:has|had)\s+been\s+(?:led|run|headed|steered)\s+by)\s+"
        rf"(?P<name>{_NAME})"
    ),
    (
        rf"(?P<name>{_NAME})(?:,[^,]{{1,80}},)?\s+(?i:began|begins|started|starts|beginning"
        r"|starting)\s+(?i:his|her)\s+(?i:term|tenure|mandate|first day|first week)\s+"
        rf"(?i:at|as head of|in charge of)\s+{_RUN_SEAT}"
    ),
    # The same told before its subject: "On his first day at the Pentagon, Pete Hegseth ...".
    (
        r"(?:^|\s[-–—]\s)(?i:on|during|in)\s+(?i:his|her)\s+(?i:first|opening)\s+"
        r"(?i:day|days|week|weeks|month|months)\s+(?i:at|in charge of|as head of)\s+"
        rf"{_RUN_SEAT}[^,;.]{{0,40}},\s+(?:[a-z][\w'’-]*\s+){{0,4}}?(?P<name>{_NAME})"
    ),
)
#: Words without which `_TENURE_HELD` cannot match: one of its times and one of its seats.
_TENURE_WORDS = Gate(
    r"has led|had led|has run|had run|has headed|had headed|has steered|had steered"
    r"|been in charge|been at the|been running|been leading|been heading|been led|been run"
    r"|been headed|been steered|began h|begins h|started h|starts h|beginning h|starting h"
    r"|first day|first week|first month|opening day|opening week|opening month"
)
_RUN_SEAT_WORDS = Gate(r"alliance|nato|pentagon|diplomacy|ministry")

#: Text without which no seat is named.
_SEAT_WORDS = Gate(
    r"ministr|pentagon|presidential|president's|president’s|office of the president|security and defen|nsdc|keys "
    r"|'s post|'s job|'s office|'s seat|'s chair"
    r"|'s portfolio|'s role|’s post|’s job|’s office|’s seat|’s chair|’s portfolio|’s role"
)

#: A swearing-in that names no office is a head of state's: "Nawrocki took the oath of office in
#: Warsaw", "Trump was sworn in on 20 January". The office is the president's of the one country
#: the sentence is about (none when it names several, or none). A bare oath ("took the oath in
#: the Rada") is a minister's as often as a president's.
_SWORN_IN = LazyPattern(
    rf"(?P<name>{_NAME})(?P<appos>,[^,]{{1,80}},)?\s+(?:(?:was|has been|had been|is|will be)\s+)?"
    rf"(?:sworn in|inaugurated|(?:took|takes|taking|has taken|had taken) the (?:presidential oath|(?:presidential )?oath of office"
    # ... or the oath where only a head of state takes it: before both houses of parliament in
    # joint session, or at the Capitol.
    r"|oath (?i:before (?:both (?:houses|chambers)|a joint session|the national assembly)|(?:in|at|on the steps of) the (?:us )?capitol)))\b"
)
_SWORN_WORDS = Gate(
    r"sworn in|inaugurat|oath of office|presidential oath|oath before|oath in the capitol"
    r"|oath at the capitol|oath on the steps"
)
#: An office other than a head of state's named in a sentence: a swearing-in there may be its.
_OTHER_THAN_HEAD = LazyPattern(rf"\b(?i:(?!president|head of state\b){_ROLE})\b")

#: An office held, told as what the person did "as" it, the person opening the clause and no
#: other person named before the office: "Mike Waltz lasted barely a hundred days as Donald
#: Trump's national security adviser", "Rutte ... presided over as head of the alliance".
_NAME_GAP_AS_ROLE = (
    rf"(?P<name>{_NAME})\s+(?P<gap>(?:[^.;:,]|,(?!\s*(?:who|which|while|but|and|when)\b)){{1,100}}?)"
    rf"\b(?i:as)\s+['‘\"“]?(?:the\s+|its\s+|their\s+|his\s+|her\s+)?"
    # A person's possessive before the office ("Donald Trump's"), tried only after a country's
    # has been tried as the office's own qualifier ("as Ukraine's foreign minister").
    rf"(?:(?:[A-Z][\w'’-]+\s+)?[A-Z][\w'’-]+(?:'s|’s)\s+)??{_QUAL}"
    rf"(?:(?:new|next|first)\s+)?{_ORDINAL}?(?P<role>(?i:{_ROLE}))"
)
#: The patterns that tell an appointment by its verb.
_APPOINTMENTS = frozenset(
    (
        _APPOINTED,
        _APPOINTED_PASSIVE,
        _APPOINTED_HEADLINE,
        *_PENTAGON_PATTERNS[:3],
        _TAKES_SEAT,
        _SENT_TO_SEAT,
        *_TENURE_HELD[2:],  # a term begun
    )
)
_ROLE_TEXTS = gate_texts(alternatives(_ROLE))
_ROLE_HINTS = None if _ROLE_TEXTS is None else (*_ROLE_TEXTS, "pentagon")
#: Words that make an office title another office: "deputy foreign minister", "assistant
#: secretary general".
SUBORDINATE = LazyPattern(r"(?i)\b(?:deputy|assistant|vice|under|junior|first deputy)[- ]$")

#: A country acting as one of the allies: a member, when it is a newcomer (Finland, Sweden); an
#: aspirant said to sit "with the other allies" sits at a council of equals, not among members.
#: A seat taken as an ally is the seat's own alternative (in the past only).
_ACTING = (
    r"(?<!to join )(?<!to be )(?<!to become )(?<!seat )(?<!place )as (?:the (?:leader|head|prime minister|president"
    r"|representative|envoy|minister) of )?(?:a |an )(?:full |fully-fledged )?(?:nato )?(?:ally|member)\b"
    r"|(?:with|among|alongside|like) (?:the |its |their )?(?:\d+ |[a-z]+ )?(?:other|fellow) (?:[a-z]+ ){0,2}?(?:nato )?(?:allies|members)\b"
    r"|as one of (?:the |its )?(?:\d+ |[a-z]+ )?(?:allies|allied (?:leaders|members|nations|countries|governments))\b"
    r"|(?:its|their) fellow (?:nato )?allies"
    # A seat taken at the allies' own council, or troops serving in the alliance's forward forces.
    r"|(?:took|takes|taking) (?:its|his|her|their) (?:seat|place) at (?:the )?(?:north atlantic council|nato council|allied leaders')"
    r"|(?<!will )(?<!would )(?<!could )(?<!may )(?<!might )(?<!to )(?<!shall )(?:serv|deploy|station|contribut)\w* (?:[\w'’-]+ ){0,8}?(?:in|with|to) (?:the alliance(?:'s|’s)|nato(?:'s|’s)) "
    r"(?:forward|multinational|eastern) (?:[\w-]+ ){0,2}?(?:brigades?|battle ?groups?|land forces|forces|presence|battalions?)"
)
_ACTING_RE = LazyPattern(_ACTING)
#: Who may be said to act as an ally only once a member.
_ASPIRANTS = frozenset({"ukraine", "georgia"})

_STEP_PATTERNS: tuple[tuple[str, LazyPattern], ...] = (
    (
        "member",
        LazyPattern(
            r"\b(?:newest (?:members?|ally|allies)|\d+(?:st|nd|rd|th) (?:member|ally)|became (?:a |the )?(?:full )?(?:nato )?member|joined (?:nato|the alliance)(?!'s|’s)|(?:was|were|has been|been) admitted|(?:accession|entry) (?:(?:to|into) (?:nato|the alliance) )?(?:was |is |has been )?(?:completed|complete|finali[sz]ed)|complet(?:ed|es|ing) (?:[\w'’-]+ ){0,3}?(?:accession|entry|path|journey|road|way) (?:to|into) (?:nato|the alliance)|complet(?:ed|es|ing) (?:its|their|her|his) (?:nato )?(?:accession|entry)|full member(?:ship)? (?:since|from)"
            r"|now (?:a |the )?(?:full )?(?:nato )?member|(?:has been|is|have been|are) (?:now )?(?:a |an |the )?(?:full(?:-fledged)? )?(?:nato |alliance )?(?:member|ally) since|(?:formally|officially|finally) (?:came in|joined|entered|became)"
            r"|came in(?! (?:[\w-]+ )?(?:parts|stages|phases|pieces|waves|places?|for|under|at|with|from|handy|second|third|last|first)\b)|welcome to nato|(?:flag|banner) (?:was |is |has been )?(?:raised|hoisted)|(?:flag|banner) (?:went|goes) up"
            r"|(?:raised|hoisted) (?:its|the) (?:\w+ )?(?:flag|banner)"
            r"|instruments? of accession|deposit\w* (?:its |the )?(?:instruments?|documents?)"
            r"|(?:accession|membership) (?:became|becomes|was made|is now|was now) (?:final|complete|official|effective)"
            r"|(?:accession|membership) (?:formally |officially )?(?:took|takes|came into) effect"
            # A seat taken among the allies as one of them, in the past: "sat at the allied
            # leaders' table as one of them" (the day it "takes its seat" is yet to come).
            r"|(?:sat|took (?:its|his|her|their) (?:seat|place))"
            r" (?:[\w'’-]+ ){0,8}?as (?:one of them|a full member|a member|a full ally|an ally)"
            # Acting as one of the allies (`_ACTING`): "took part as an ally for the first time",
            # "voted with its fellow allies".
            rf"|{_ACTING}"
            # Accession told as a dated event of its own, as what the clause is about: "Sweden's
            # entry in March 2024 left the Baltic ...", "since Sweden's accession on 7 March" (not
            # an application for accession, nor an accession ratified on a date).
            r"|(?:^|[,:]\s*|\b(?:since|after|with|following|upon)\s+)(?:the )?(?:[\w-]+ ){0,2}?[\w-]+(?:'s|’s)"
            r" (?:formal |final )?(?:entry|accession|admission) (?:into (?:nato|the alliance) )?(?:in|on) (?:\d{1,2} )?"
            r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
            r",? (?:19|20)\d\d(?!\d)"
            # ... or undated, as the fronted ground of what follows, told as fact: "With Sweden's
            # entry, the Baltic ...", "Since Finland's accession to NATO, ..." (not "With
            # Ukraine's entry, the alliance would ...").
            r"|(?:^|[,:]\s*|\b)(?:since|after|with|following|upon) (?:the )?[\w-]+(?:'s|’s)"
            r" (?:formal |final )?(?:entry|accession|admission)(?: (?:in)?to (?:nato|the alliance))?"
            r"(?=,(?![^;]*\b(?:would|could|might|may|will|shall|if|once|when)\b))"
            r"|(?:is|are) now (?:both |all )?(?:inside|in|members of) (?:the alliance|nato)"
            r"|(?:is|are|was|were) (?:now |already |safely )+(?:both |all )?inside\b"
            r"|(?:flag|banner) (?:already |now )?(?:flies|flew|flown|flying|fluttered|flutters|waves|waved) (?:outside|at|over|in front of)"
            # ... or in the alliance's own city: "Stockholm's flag now flying in Brussels".
            r"|(?:flag|banner) (?:already |now )?(?:flies|flew|flown|flying|fluttered|flutters|waves|waved) in (?:brussels|nato(?:'s|’s)? (?:headquarters|hq))"
            r"|(?:with|now that|since) [a-z]+ (?:is |was )?(?:now |safely |finally )?(?:inside|aboard|on board)(?! (?:a|an|the|of|its|their|his|her|\d)\b)"
            r"|(?:handed|hands|handing|delivered|submitted|lodged) (?:[\w'’]+ ){0,2}accession (?:papers|instruments?|documents?)"
            # Joining told before its subject ("Since joining the alliance in 2024, Sweden
            # ..."), or as the all-for-one clause now covering it.
            r"|(?:since|after|upon) joining (?:nato|the alliance)(?!'s|’s)"
            r"|(?:is|are) now (?:fully )?(?:covered|protected) by (?:nato's |the alliance's )?(?:article (?:5|v|five)|collective defen[cs]e|mutual defen[cs]e clause)"
            r"|(?:became|(?:has|have|had) (?:\w+ )?become) (?:a |an |the )?(?:full(?:-fledged)? )?(?:\d+\w* )?(?:nato )?(?:member|ally))\b"
        ),
    ),
    (
        "ratified",
        LazyPattern(
            r"\b(?:completed (?:its |the )?ratification|ratified|ratifies|ratification (?:was |is )?(?:completed|complete|approved|signed)|approv(?:ed|es|e|ing) (?:[\w'’]+ ){0,3}(?:membership|accession|bid|entry|protocol)"
            r"|voted (?:[\w'’-]+ ){0,8}?to (?:ratify|approve)|gave (?:its |their )?(?:consent|approval|green light)"
            r"|voted (?:[\w'’-]+ ){0,8}?(?:for|in favou?r of) (?:[\w'’]+ ){0,2}(?:membership|accession|entry|bid)"
            r"|sign(?:ed|s|ing)? off on (?:[\w'’]+ ){0,3}(?:membership|accession|bid|entry)"
            r"|last (?:of the \d+ allies |ally |member |country )?to (?:ratify|approve|give)|(?:final|last) (?:hurdle|obstacle)"
            # "deposited its instrument ratifying Sweden's accession": the ratification handed over.
            r"|(?:deposit(?:ed|s|ing)?|handed|hands|delivered|lodged|submitted) (?:[\w'’]+ ){0,4}?instruments? (?:of ratification|ratifying)"
            r"|(?:last|final|only) (?:remaining |outstanding )?(?:parliamentary )?(?:holdouts?|hold-outs?|vote|ratification|approval)"
            r"|(?:approval|consent|green light|ratification|go-ahead) (?:(?:from|of|by) (?:[\w'’]+ ){1,2})?(?:(?:was|is|had been|has been|now|already) )*(?:secured|won|granted|obtained|in the bag|in hand)"
            r"|(?:secured|won|obtained|received|got) (?:[\w'’]+ ){0,2}(?:approval|consent|green light|ratification|go-ahead)"
            r"|(?:signed|signs|endorsed|endorses|backed|backs|passed|passes|adopted|adopts|cleared|clears|rubber-stamped|rubber-stamps|approves|approve) (?:(?!(?:request|application|bid|appeal|letter|plea)\b)[\w'’-]+ ){0,4}(?:protocol|accession)"
            r"|(?:lawmakers|parliament|mps|deputies|legislators|assembly|senate) (?:[\w'’-]+ ){0,2}back(?:s|ed)? (?:[\w'’-]+ ){0,3}(?:protocol|accession|entry|membership|bid)"
            r"|protocol (?:was |were |has been |had been )?(?:signed|ratified|approved|endorsed)"
            r"|(?:bid|accession|protocol|membership)\b[^.;]{0,120}?\b(?:parliament|lawmakers|legislators|deputies|mps|assembly|senate)"
            r" (?:[\w'’-]+ ){0,2}(?:approved|endorsed|cleared|backed) it)\b"
        ),
    ),
    (
        "invited",
        LazyPattern(
            r"\b(?:(?:formally |officially )?invited \w+ to join|extended an invitation|issued an invitation"
            r"|received (?:an|its|their|the|a formal|a) invitation"
            r"|invited (?:[\w'’]+ ){1,2}to (?:begin|start|open) (?:accession|membership)"
            r"|(?:was|were|has been|have been|had been) (?:formally |officially |finally )?invited to (?:join|begin|start)"
            r"|(?:agreed|decided|voted|resolved) (?:[\w'’-]+ ){0,2}to (?:invite|extend an invitation))\b"
        ),
    ),
    (
        "pending",
        LazyPattern(
            r"\b(?:soon to be|will join|awaiting|waiting|waited|waits|(?:had|have|has) to wait|still await\w*|pending|as soon as|not yet (?:ratified|a member)"
            r"|hing(?:e|es|ed|ing) on|hung on|hang(?:s|ing)? on|depend(?:s|ed|ing)? on|held up by"
            # "Ankara had held up the Swedish bid": who holds a bid up is who it waits on.
            r"|(?:hold|holds|held|holding) up (?:[\w'’-]+ ){0,3}?(?:bid|accession|membership|entry|application))\b"
        ),
    ),
)
_PENDING = dict(_STEP_PATTERNS)["pending"]
#: Text without which a step's pattern cannot match (each alternative holds one of them, as
#: lower-case text): a clause holding none is not searched for that step. "ally" stands for
#: "formally", "officially" and "finally" too. The tests find each alternative let through.
STEP_WORDS: dict[str, tuple[str, ...]] = {
    "member": (
        "member",
        "ally",
        "allies",
        "joined",
        "admitted",
        "accession",
        "entry",
        "admission",
        "as one of them",
        "came in",
        "welcome to nato",
        "flag",
        "banner",
        "deposit",
        "inside",
        "aboard",
        "on board",
        "now in",
        "now both",
        "now all",
        "joining",
        "covered by",
        "protected by",
        "complet",
        " seat at ",
        " place at ",
        "forward",
    ),
    "ratified": (
        "ratif",
        "approv",
        "vote",
        "gave ",
        "last ",
        "hurdle",
        "obstacle",
        "holdout",
        "hold-out",
        "consent",
        "green light",
        "go-ahead",
        "protocol",
        "accession",
        "sign",
        "back",
        "pass",
        "adopt",
        "clear",
        "rubber-stamp",
        "endors",
    ),
    "invited": ("invit",),
    "pending": (
        "soon to be",
        "will join",
        "wait",
        "pending",
        "as soon as",
        "not yet ",
        "hing",
        "hung on",
        "hang",
        "depend",
        "held up",
        "hold up",
        "holds up",
        "holding up",
    ),
}
_HEDGE = LazyPattern(
    r"\b(?:would|could|might|may|must|should|if|hopes?|wants?|seeks?|urg\w+|call\w* on"
    r"|(?:needs?|has|have) to)\b"
)
_PROSPECTIVE = LazyPattern(
    r"\b(?:soon to be|will be|would be|to become|set to become|expected to become|yet to become|not yet)\b"
)
STEP_RANK = {"aspirant": 0, "pending": 1, "invited": 2, "ratified": 3, "member": 4}
SCALE_ENTITIES = ("sweden", "finland", "ukraine", "georgia")


@dataclass(frozen=True)
class RoleClaim:
    """'<country> <role> = <surname>' as a sentence states it."""

    country: str
    role: str
    person: str
    text: str
    #: Told as an appointment ("named Sybiha foreign minister"): a change by its own verb.
    appointed: bool = False


def is_place(word: str) -> bool:
    """A country, capital or body rather than a person: "Ukraine", "Kyiv", "NATO"."""
    return word in lexicon.COUNTRIES or word in lexicon.CAPITALS or word in lexicon.ACTORS


def surname(name: str) -> str:
    """The last word of a name, lower-case, spelling variants folded ('Zelenskyy' -> 'zelensky')."""
    last = name.split()[-1].lower().strip("'’")
    if last.endswith(("'s", "’s")):
        last = last[:-2]
    return re.sub(r"y+$", "y", last)


def _country_of(qualifier: str, role_text: str, actors: tuple[str, ...]) -> str:
    probe = f"{qualifier} {role_text}".lower()
    for actor, rx in _ACTOR_RES.items():
        if actor != "nato" and rx.search(probe):
            return actor
    if "nato" in probe or "alliance" in probe or "secretary general" in _canon_role(role_text):
        return "nato"
    if qualifier:
        # A nationality the lexicon does not list still names a country ("Lithuanian").
        word = re.sub(r"['’]s$", "", qualifier).lower().rstrip(".")
        return word[:-1] if word.endswith("ian") else word
    if "national security and defen" in role_text.lower():
        return "ukraine"
    national = [a for a in actors if a not in ("nato", "g7", "eu")]
    return national[0] if len(national) == 1 else ""


def _canon_role(role_text: str) -> str:
    low = role_text.lower()
    for rx, canon in _ROLE_CANON:
        if rx.search(low):
            return canon
    return low


#: A capitalised word before a comma that opens a sentence rather than names someone:
#: "Recently, President ...", "Meanwhile, Defence Minister ...", "Monday, ...".
_NOT_A_NAME = LazyPattern(
    r"[a-z]{2,}(?:ent|ant|ate|ful|ous|ive|al|ar|ic|ed|ing|ess|ib|ab|ual|ow|ick)ly|[a-z]+bly|meanwhile|later|earlier|yesterday|today|tonight|tomorrow|instead|however|still|then|now"
    r"|also|moreover|nevertheless|overnight|afterwards|separately|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|january|february|march|april|may|june|july|august|september|october|november|december"
)


#: Third-person pronouns that an office pattern may take for the person named before them.
_PRONOUN = LazyPattern(r"\b(?:[Hh]e|[Hh]im|[Ss]he)\b|^(?:His|Her)\b")
#: A run of capitalised words: a person's name when its last word is none of these.
_CAPITALISED_RUN = LazyPattern(r"\b[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)+")
_NOT_A_SURNAME = frozenset(
    "minister secretary general president chancellor adviser advisor chief head office ministry"
    " council group house party union forces force command summit assembly parliament rada"
    " government administration department committee agency bureau embassy commission court"
    " declaration plan memorandum treaty accord charter strategy fund bank guard army navy"
    " pentagon kremlin alliance coalition contact defense defence security affairs staff"
    " street square hall palace center centre institute university post times news press"
    " wing room building headquarters residence airport station base"
    " the a an and of in on at".split()
)


def _people(text: str) -> list[tuple[str, bool, int]]:
    """The people a text names, in order, as (surname, possessive, offset): runs of capitalised
    words whose last word is not an office, a body or a place ("President Volodymyr Zelensky")."""
    found = []
    for m in _CAPITALISED_RUN.finditer(text):
        name = m.group(0)
        last = surname(name)
        if (
            last in _NOT_A_SURNAME
            or is_place(last)
            or _NOT_A_NAME.fullmatch(last)
            or is_place(name.split()[0].lower())
        ):
            continue
        found.append((last, name.endswith(("'s", "’s")), m.start()))
    return found


def _first_person(people: list[tuple[str, bool, int]]) -> str:
    """The first person named who is not only a possessor ("Zelensky's chief of staff, Andriy
    Yermak, said he ..."), else the first possessor; '' when nobody is named."""
    return next((p for p, owned, _ in people if not owned), people[0][0] if people else "")


def _pronoun_in(m: re.Match[str], group: str, pronouns: dict[int, str], offset: int = 0) -> str:
    """Whom the pronoun in a name group stands for ('' when it holds none): "In July He" takes
    the words before the pronoun along."""
    start, end = m.start(group) + offset, m.end(group) + offset
    return next((person for at, person in pronouns.items() if start <= at < end), "")


def _pronouns(sentence: str, previous: str) -> tuple[str, dict[int, str]]:
    """The sentence with every pronoun that has an antecedent capitalised (same length, so the
    name patterns take it and offsets still meet the sentence's), and the surname each stands
    for, by its offset: the person named first before it in the sentence, else in the sentence
    before."""
    named: dict[int, str] = {}
    if not _PRONOUN.search(sentence):
        return sentence, named
    here = _people(sentence)
    before: str | None = None
    chars = list(sentence)
    for m in _PRONOUN.finditer(sentence):
        person = _first_person([p for p in here if p[2] < m.start()])
        if not person:
            if before is None:
                before = _first_person(_people(previous)) if previous else ""
            person = before
        if person:
            named[m.start()] = person
            chars[m.start()] = chars[m.start()].upper()
    return "".join(chars), named


def meant_by_pronouns(sentence: str, previous: str = "") -> tuple[str, ...]:
    """The surnames the sentence's pronouns stand for ("He replaces Reznikov", after a sentence
    naming Umerov: Umerov), in order; () when it has none with an antecedent."""
    return tuple(dict.fromkeys(_pronouns(sentence, previous)[1].values()))


@lru_cache(maxsize=2048)
def roles(sentence: str, actors: tuple[str, ...], previous: str = "") -> tuple[RoleClaim, ...]:
    """Office holders the sentence names ("Foreign Minister Dmytro Kuleba", "Rutte, NATO's
    secretary general"); `previous`: the sentence before, whose person "he" may be."""
    if sentence.isascii():
        # An ASCII sentence lower-cased matches as IGNORECASE would.
        low = sentence.lower()
        seat = _SEAT_WORDS.search(low)
        tenure = _TENURE_WORDS.search(low) and _RUN_SEAT_WORDS.search(low)
        titled = may_hold(low, _ROLE_HINTS) and (
            "entagon" in sentence or bool(_ANY_ROLE_LOW.search(low))
        )
    else:
        low = sentence.lower()
        seat = tenure = True
        titled = "entagon" in sentence or bool(_ANY_ROLE.search(sentence))
        if not titled:
            seat = _SEAT_WORDS.search(low)
            tenure = _TENURE_WORDS.search(low) and _RUN_SEAT_WORDS.search(low)
    if not (titled or seat or tenure):
        return _named_otherwise(sentence, actors, previous)
    original = sentence
    sentence, pronouns = _pronouns(sentence, previous)
    found: list[RoleClaim] = []
    # Without an office's title only the patterns of its seat or its term can match.
    patterns = (
        [
            _ROLE_THEN_NAME,
            _ROLE_COMMA_NAME,
            _AS_ROLE_COMMA_NAME,
            _NAME_THEN_ROLE,
            _NAME_IS_ROLE,
        ]
        if titled
        else []
    )
    if titled and _TO_ROLE_WORDS.search(sentence):
        patterns.append(_NAME_TO_ROLE)
    if "entagon" in sentence:
        patterns += _PENTAGON_PATTERNS
    if APPOINTMENT_WORDS.search(sentence.lower()):
        patterns += [_APPOINTED, _APPOINTED_PASSIVE, _APPOINTED_HEADLINE]
    if seat:
        patterns += [_TAKES_SEAT, _SENT_TO_SEAT]
    if tenure:
        patterns += _TENURE_HELD
    for pattern in patterns:
        appointed = pattern in _APPOINTMENTS
        for m in _compiled(pattern).finditer(sentence):
            before = sentence[max(0, m.start() - 12) : m.start()]
            said = m.group(0)
            if appos := m.groupdict().get("appos"):
                said = said.replace(appos, " ")  # "until then head of intelligence": the old post
            if _NON_HOLDER.search(before + " " + re.sub(_BY_WHEN, "", said)):
                continue
            if SUBORDINATE.search(sentence[max(0, m.start("role") - 12) : m.start("role")]):
                continue  # a deputy's or an assistant's office is another office
            qual = m.group("qual") or ""
            if qual and qual[0].isupper() and qual.lower() in ("the", "a", "as"):
                qual = ""
            role_text = m.group("role")
            name = m.group("name")
            if name.endswith(("'s", "’s")) and is_place(name.split()[-1][:-2].lower()):
                # "names Sybiha Ukraine's top diplomat": a country's possessive qualifies the
                # office; it names nobody.
                name, _, qual = name.rpartition(" ")
                if not name:
                    continue
            resolved = _pronoun_in(m, "name", pronouns)
            if not resolved and _names_nobody(name):
                continue
            country = _country_of(qual, role_text, actors)
            person = resolved or surname(name)
            said = original[m.start() : m.end()]
            found.append(RoleClaim(country, _canon_role(role_text), person, said, appointed))
    if not found and " as " in sentence:
        found += _held_as(sentence, original, actors, pronouns)
    if not found:
        found += _named_otherwise(original, actors, previous)
    return tuple(found)


#: The US presidency told by its seat, taken again: "Trump returned to the White House", "Back
#: in the White House since January, Trump ...". A visit is none ("returned to the White House
#: for talks"), and "Trump's return to the White House" is as often one still to come.
_WHITE_HOUSE_TAKEN = LazyPattern(
    rf"(?:(?P<name>{_NAME})(?:,[^,;.]{{1,80}},)?\s+(?:(?:has|had|was|is)\s+)?"
    r"(?:returned|returning|came back|moved back|is back|was back|won back"
    r"|reclaimed|recaptured|regained)(?:\s+(?:to|in|into))?)"
    r"\s+the (?:White House|Oval Office)\b"
    r"(?!\s+(?:for (?:talks|a meeting|meetings|a visit|a summit)|to (?:meet|see|sign)|on a visit))"
    rf"|\b(?i:back in the White House)[^.;]{{0,60}}?,\s+(?P<later>{_NAME})"
)
_WHITE_HOUSE_WORDS = Gate(r"white house|oval office")


def _named_otherwise(
    sentence: str, actors: tuple[str, ...], previous: str
) -> tuple[RoleClaim, ...]:
    """Offices no title pattern reads: the alliance's council chaired, and a swearing-in that
    names no office other than a head of state's ("took the oath of office ..., beginning a term
    as Poland's head of state")."""
    low = sentence.lower()
    if _CHAIR_WORDS.search(low) and (chaired := _chairs_the_council(sentence, previous)):
        return tuple(chaired)
    if _SWORN_WORDS.search(low) and not _OTHER_THAN_HEAD.search(sentence):
        return _sworn_in(sentence, actors)
    if _WHITE_HOUSE_WORDS.search(low):
        for m in _WHITE_HOUSE_TAKEN.finditer(sentence):
            name = m.group("name") or m.group("later")
            if not _names_nobody(name) and not _NON_HOLDER.search(m.group(0)):
                return (RoleClaim("us", "president", surname(name), m.group(0), True),)
    return ()


def _sworn_in(sentence: str, actors: tuple[str, ...]) -> tuple[RoleClaim, ...]:
    """A swearing-in in a sentence that names no office: the head of state's office of the one
    country the sentence is about."""
    national = [a for a in actors if a not in ("nato", "g7", "eu")]
    for m in _SWORN_IN.finditer(sentence):
        name = m.group("name")
        if _names_nobody(name) or _NON_HOLDER.search(m.group(0)):
            continue
        country = national[0] if len(national) == 1 else ""
        return (RoleClaim(country, "president", surname(name), m.group(0), True),)
    return ()


#: The alliance's councils and meetings chaired: the secretary general chairs them ("Rutte
#: chaired his first meeting of the North Atlantic Council"); a first one names a new holder.
_CHAIRS_COUNCIL = LazyPattern(
    rf"(?P<name>{_NAME})\s+(?i:chaired|chairs|chairing|presided over|presides over)\s+"
    r"(?i:his|her|a|the|its)\s+(?P<first>(?i:first)\s+)?(?:[\w-]+\s+)?(?i:meeting|session)s?\s+"
    r"(?i:of|with)\s+(?i:the North Atlantic Council|the NAC|NATO(?:'s|’s)? (?:defen[cs]e|foreign) ministers"
    r"|the alliance(?:'s|’s) (?:defen[cs]e|foreign) ministers|NATO ambassadors|NATO leaders|allied leaders)\b"
)
_CHAIR_WORDS = Gate(r"chair|presid")
_COUNCIL_WORDS = Gate(r"north atlantic|nac|nato|alliance|allied leaders")


def _chairs_the_council(sentence: str, previous: str) -> list[RoleClaim]:
    """The secretary general's office, told by the council its holder chairs."""
    found: list[RoleClaim] = []
    if not _COUNCIL_WORDS.search(sentence.lower()):
        return found
    capitalised, pronouns = _pronouns(sentence, previous)
    for m in _CHAIRS_COUNCIL.finditer(capitalised):
        name = m.group("name")
        resolved = _pronoun_in(m, "name", pronouns)
        if not resolved and _names_nobody(name):
            continue
        said = sentence[m.start() : m.end()]
        found.append(
            RoleClaim(
                "nato", "secretary general", resolved or surname(name), said, bool(m.group("first"))
            )
        )
    return found


#: Capitalised words that open a phrase, never a name.
_OPENERS = frozenset({"Of", "The", "And", "In", "At", "On"})
_CLAUSE_OPENERS = _OPENERS | {"As", "After", "Since"}


def _names_nobody(name: str, openers: frozenset[str] = _OPENERS) -> bool:
    """Is a capitalised run a place ("The Hague", "Kyiv"), a body ("NATO", "the State Property
    Fund"), a word opening a phrase or an adverb, not a person?"""
    low_name = name.lower()
    return (
        name.split()[0] in openers
        or _NOT_A_NAME.fullmatch(low_name) is not None
        or low_name in lexicon.CAPITALS
        or low_name in lexicon.COUNTRIES
        or low_name in lexicon.ACTORS
        or name.isupper()
        or low_name.rsplit(maxsplit=1)[-1] in _NOT_A_SURNAME
    )


#: A tenure's own span or first acts, owned by its holder: "Hegseth's first trip abroad as",
#: "Sybiha's first months as".
_OWN_TENURE = LazyPattern(
    r"(?:first|early|opening|initial)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:trip|visit|day|days|weeks?|months?|year|speech|meeting|summit|interview|act|task)s?\b"
)


def _held_as(
    sentence: str, original: str, actors: tuple[str, ...], pronouns: dict[int, str]
) -> list[RoleClaim]:
    """Offices told as what their holder did "as" them, when no other pattern named one."""
    found = []
    pattern, at = _compiled(_NAME_GAP_AS_ROLE), 0
    while m := pattern.search(sentence, at):
        # Each capitalised word in turn may open the clause's subject: a match that crosses
        # another person is tried again from the next word.
        at = m.start("name") + len(m.group("name").split()[0]) + 1
        name = m.group("name")
        resolved = _pronoun_in(m, "name", pronouns)
        # "Paluckas's cabinet": what the person owns, not the person; but "Hegseth's first trip
        # abroad as defence secretary" is a tenure of the person's.
        tenure = name.endswith(("'s", "’s"))
        if tenure and not _OWN_TENURE.match(m.group("gap")):
            continue
        if _people(m.group("gap")) or SUBORDINATE.search(
            sentence[max(0, m.start("role") - 12) : m.start("role")]
        ):
            continue  # another person before the office, or a deputy's office
        if not resolved and (
            _names_nobody(name, _CLAUSE_OPENERS) or (" " not in name and not tenure)
        ):
            continue  # one capitalised word opening a clause is too little to be a name
        if _NON_HOLDER.search(re.sub(r"\b(?:and|but) then\b", " ", m.group("gap"))):
            continue  # "former", "would-be": not the office held ("and then" tells what came next)
        qual = m.group("qual") or ""
        country = _country_of(qual, m.group("role"), actors)
        person = resolved or surname(name)
        said = original[m.start() : m.end()]
        found.append(RoleClaim(country, _canon_role(m.group("role")), person, said, True))
    return found


#: Words without which `_SUCCESSION` and `_DEPARTURE` cannot match (their case-blind parts, as
#: lower-case text): an ASCII sentence holding none is passed over without scanning every
#: capitalised word as a possible name. The tests check each list against its pattern.
SUCCESSION_WORDS = Gate(
    r"succe|replac|in place of|predecessor|remov|dismiss|sack|\bfire|\bfiring|oust|former"
    r"|outgoing|ex-|no longer|reins|helm|baton|\bend|an end|voted out|votes out|vote out|voting out|held|occupied|had left|clos"
    r"|given up|gave up|vacated|moved |moving |eased |easing |pushed |forced "
    r"|took over|take over|takes over|taken over|taking over|is over|was over"
    r"|resignation|departure|dismissal|exit|ouster|removal|sacking|\bold |former |brought|brings|bringing"
    r"|followed |follows |following |last |final |farewell|valedictory|hand|gave |gives |giving "
    r"|(?:pass(?:ed|es|ing)|went|goes|going|moved|moves|transferred|shifted|switched) from "
    r"|\blet"
)
DEPARTURE_WORDS = Gate(
    r"resign|departed|stepped down|steps down|stepped aside|steps aside|was (?:dismissed|sacked|fired|removed|replaced|ousted)"
    r"|left office|left the |had (?:held|run|led|headed)|hand|quit|vacated|desk|resignation|no longer"
    r"|whose|leaves the |leaving the |out,|out;|out:|out —|out –|out—|out–|until|out of |relieved of|gone|last |final "
    r"|farewell|bade|(?:moved|moves|shifted|switched) (?:on )?to |out as "
)

#: An office told by what goes with it: "the Pentagon", "Lithuania's foreign ministry".
_SEAT = (
    r"(?:(?!(?i:to|for|of|with|at|in|on)\b)[\w'’-]+ ){0,3}?"
    r"(?i:office|post|job|ministry|white house|pentagon|presidency|government|headquarters|helm|reins|keys|palace|chancellery)"
)
#: A holder who leaves an office later in the clause, no other name in between: "Lloyd Austin
#: chaired the group for the last time, days before leaving the Pentagon", "Jens Stoltenberg
#: handed over the Brussels headquarters to Mark Rutte".
_LEAVES = (
    rf"\b(?:(?i:leaving|left|quit|quitting|walked away from|walking away from|stepped away from|stepping away from)"
    rf" (?:the |his |her |its )?{_SEAT}\b"
    # Handed the seat in the passive is receiving it: "Rutte was handed the keys to ...".
    rf"|(?<!was )(?<!were )(?<!been )(?<!is )(?<!being )"
    rf"(?i:handed over|handing over|handed|handing|passed on|passing on|passed|passing|turned over)"
    rf" (?:the |his |her |its )?{_SEAT} (?i:to|over to|on to)\s)"
)
_LEAVES_SEAT = LazyPattern(_LEAVES)
_LEAVES_LATER = LazyPattern(
    rf"(?P<name>{_NAME})(?:'s|’s)?(?:(?![A-Z][a-z'’-]+ [A-Z])[^.;:]){{0,100}}?{_LEAVES}"
)
#: Words without which `_LEAVES_LATER` cannot match.
_LEAVES_WORDS = Gate(r"leaving|left|quit|walk|stepp|hand|pass|turned over")


#: What an office is held in, as a departure names it: "leaving the White House", "after he left
#: NATO", "freed from the ministry".
_INSTITUTION = (
    r"(?:[\w'’-]+ ){0,2}?(?:post|job|office|role|government|ministry|alliance|nato|white house"
    r"|pentagon|cabinet|presidency|administration|secretariat|council|headquarters)\b"
)
#: A departure told in a clause before its subject, whose unnamed subject (or pronoun) is the
#: name that opens the main clause: "Since stepping down, Stoltenberg has argued ...", "After he
#: left NATO, Stoltenberg ...", "Out of office since January, Joe Biden ...", also behind another
#: opening phrase ("In his memoir, published after he left NATO, Stoltenberg ..."). A clause naming its
#: own subject ("After Kuleba resigned, Sybiha ...") is another person's departure.
_FRONTED_DEPARTURE = LazyPattern(
    r"(?:^|\s[-–—]\s)(?:[^,;.]{1,60},\s+(?:[a-z]+\s+)?)?(?i:"
    r"(?:since|after|upon|on|following|before|once|when)\s+(?:(?:he|she)\s+(?:had\s+|has\s+)?)?"
    r"(?:stepp(?:ed|ing) (?:down|aside)|resign(?:ed|ing)|quit(?:ting)?|retir(?:ed|ing)"
    rf"|(?:left|leaving|leaves|quitting) (?:the |his |her )?{_INSTITUTION}"
    rf"|hand(?:ed|ing) (?:over\b|(?:the |his |her )?{_INSTITUTION}))"
    r"|(?:since|after|upon|following|before)\s+(?:his|her)\s+"
    r"(?:departure|exit|resignation|dismissal|ouster|retirement)\b"
    r"|having (?:left|quit|resigned|stepped down|stepped aside|handed|retired)\b"
    r"|(?:(?:once|now|long)\s+)?out of (?:office|government|power)\b"
    rf"|(?:freed|retired|gone|departed|removed|dismissed|ousted|sacked) from (?:the |his |her )?{_INSTITUTION})"
    rf"[^,;.]{{0,80}},\s+(?:(?i:the\s+)?(?:[a-z][\w'’-]*\s+){{0,4}}?)(?P<name>{_NAME})"
)
#: Words without which `_FRONTED_DEPARTURE` cannot match.
_FRONTED_WORDS = Gate(
    r"stepp|resign|quit|retir|left |leaving |leaves |hand|departure|exit|dismiss|ouster|out of "
    r"|from "
)

_SUCCEEDED_GROUPS = (
    "name",
    "name2",
    "name3",
    "name4",
    "name5",
    "name6",
    "name7",
    "name8",
    "name9",
    "name10",
    "name11",
    "name12",
    "name13",
    "name14",
)


@lru_cache(maxsize=2048)
def _a_place(word: str) -> bool:
    """Is a lower-cased word a country, a capital or a body, not a person's surname?"""
    return word in lexicon.COUNTRIES or word in lexicon.CAPITALS or word in lexicon.ACTORS


def successions(sentence: str, previous: str = "") -> tuple[str, ...]:
    """Surnames of office holders the sentence says were succeeded, replaced or left office;
    `previous`: the sentence before, whose person "he" may be."""
    low = sentence.lower() if sentence.isascii() else ""
    succeeded = not low or SUCCESSION_WORDS.search(low)
    departed = not low or DEPARTURE_WORDS.search(low)
    leaves = not low or _LEAVES_WORDS.search(low)
    fronted = not low or (low.find(",") > 0 and _FRONTED_WORDS.search(low))
    if not (succeeded or departed or leaves or fronted):
        return ()
    sentence, pronouns = _pronouns(sentence, previous)

    def person(m: re.Match[str], offset: int = 0) -> str:
        group = next(g for g in _SUCCEEDED_GROUPS if m.groupdict().get(g))
        return _pronoun_in(m, group, pronouns, offset) or surname(m.group(group))

    found = [person(m) for m in _SUCCESSION.finditer(sentence)] if succeeded else []
    # A government's or a body's office handed on ("handing Ukraine's ministry to Sybiha",
    # "NATO's top job") is no person's: the hand-over is then its subject's, found below.
    found = [p for p in found if not _a_place(p)]
    if departed:
        found += [person(m) for m in _DEPARTURE.finditer(sentence)]
    if fronted:
        found += [person(m) for m in _FRONTED_DEPARTURE.finditer(sentence)]
    if not found and leaves:
        # The departure first, then who stands before it: the name search runs only there.
        for seat in _LEAVES_SEAT.finditer(sentence):
            start = max(0, seat.start() - 130)
            window = sentence[start : seat.end()]
            found += [person(m, start) for m in _LEAVES_LATER.finditer(window)]
    return tuple(dict.fromkeys(found))


#: How far (in characters) a status cue may stand from the country it is about.
_STEP_REACH = 60
_CLAUSE = LazyPattern(r";|, while\b|, but\b|, whereas\b|, although\b")


#: A verb joined to the one before it, so that both share a subject: "... and became".
_AND_VERB = LazyPattern(r"\band (?:(?:then|finally|formally|officially|eventually|later) )?$")


def _coordinated(clause: str, a: str, b: str) -> bool:
    """Are two entities joined by "and" ("Finland and Sweden", "Stockholm and Helsinki")?"""
    for x, y in ((a, b), (b, a)):
        for m in _ACTOR_RES[x].finditer(clause):
            n = _ACTOR_RES[y].match(clause, m.end() + len(" and "))
            if n and clause[m.end() : m.end() + 5] == " and ":
                return True
    return False


#: What a ratification ratifies, when it is another treaty or deal: "ratified the statute",
#: "ratified the minerals agreement" (an accession protocol is the step's own).
_OTHER_INSTRUMENT = LazyPattern(
    r"\s+(?:the |its |their |a |an )?(?:(?!(?:into|in|to|of|on|for|by)\b)[\w'’-]+ ){0,3}?"
    r"(?:statute|convention|treaty|agreement|deal|accord|charter|pact|budget|ceasefire)\b"
)


#: A negation just before a verb or a step's cue, searched in the text that ends there: the
#: step was not taken ("has not received an invitation"), the timeline never set.
NOT_JUST_BEFORE = LazyPattern(r"\b(?:not|never|no|yet to)\s+(?:\w+\s+)?$|n't\s+(?:\w+\s+)?$")


#: The clause's subject taken up by a pronoun right before a step's cue: "when it joined".
_IT_BEFORE = LazyPattern(r"\b(?:it|they)\s+(?:(?:has|had|have|finally|formally|officially)\s+)*$")


#: The opening of a cleft or a presentational clause before its subject: "It is", "This was".
_CLEFT = LazyPattern(r"^\s*(?:it|this|that)(?:'s|’s|\s+is|\s+was)\s+")


def _step_of(
    clause: str,
    m: re.Match[str],
    step: str,
    spots: dict[str, list[int]],
    future: re.Match[str] | None,
) -> list[str]:
    """The 'entity:step' items one mention of a step makes, [] when it is no country's."""
    if step != "pending" and future and future.start() < m.start():
        return []
    if step != "pending" and NOT_JUST_BEFORE.search(clause, max(0, m.start() - 25), m.start()):
        return []  # "has not received an invitation", "was never invited": no step taken
    if lexicon.OTHER_BODY.match(clause, m.end()):
        return []  # "admitted as a full member of the European network": another body
    if step == "ratified" and _OTHER_INSTRUMENT.match(clause, m.end()):
        return []  # "voted to ratify the Rome Statute": another treaty
    if step == "member" and _PROSPECTIVE.search(clause[max(0, m.start() - 30) : m.start()]):
        step = "pending"
    # The step belongs to its subject: the first entity named before the cue in the clause
    # ("Finland, after Russia's invasion of Ukraine, became a member"), else the entity named
    # closest to it.
    at = m.start()
    distance = {a: min(abs(x - at) for x in xs) for a, xs in spots.items()}
    before = [a for a, xs in spots.items() if xs[0] < at]
    # An entity inside the cue is its possessor: "completed Sweden's path into NATO".
    within = [a for a, xs in spots.items() if any(at <= x < m.end() for x in xs)]
    if not before and within:
        before = within[:1]
    if (
        step == "member"
        and not before
        and any(
            lexicon.COUNTRIES.get(c.group(0)) not in SCALE_ENTITIES
            for c in lexicon.COUNTRY_NAMES.finditer(clause, 0, at)
        )
    ):
        return []  # "Poland joined NATO in 1999 and backs Ukraine's bid": another joined
    best = (
        min(before, key=lambda a: spots[a][0]) if before else min(spots, key=distance.__getitem__)
    )
    # "It is Stockholm's first deployment since it joined": a cleft still opens with it.
    opens = not _CLEFT.sub("", clause[: spots[best][0]]).strip()
    # The subject that opens the clause shares a later verb, or is the pronoun before the cue:
    # "Finland ... and became a member", "Sweden ended its non-alignment when it joined NATO".
    shared = opens and _AND_VERB.search(clause, 0, m.start()) is not None
    if step == "member" and opens and _ACTING_RE.fullmatch(m.group(0)):
        # Acting as one of the allies is said of the clause's subject however far the clause
        # runs: "Swedish soldiers deployed ..., Stockholm's first contribution as a full ally".
        shared = True
    if _IT_BEFORE.search(clause, max(0, m.start() - 30), m.start()):
        # The pronoun is the clause's opening subject: the step is its, or no entity's
        # ("Poland, which backs Ukraine, said it joined NATO in 1999").
        # The entity may be named by its capital or its leader ("Stockholm's first deployment
        # came after it joined"): no other country may stand before it.
        first = lexicon.COUNTRY_NAMES.search(clause, 0, m.start())
        if not opens or (first is not None and first.start() < spots[best][0]):
            return []
        shared = True
    if distance[best] > _STEP_REACH and not shared:
        # The step is about some other country ("Latvia ... joined NATO"), unless its verb
        # shares the subject that opens the clause ("Finland gave up neutrality after the
        # invasion of Ukraine and became a member").
        return []
    # "Finland and Sweden, the newest members": a coordinated subject takes the step too.
    coordinated = (
        [a for a in before if a != best and _coordinated(clause, best, a)]
        if len(before) > 1
        else []
    )
    if step == "member" and best in _ASPIRANTS and _ACTING_RE.fullmatch(m.group(0)):
        return []  # "Ukraine sat with the other allies": at a council of equals
    return [f"{entity}:{step}" for entity in (best, *coordinated)]


def scale_steps(low: str, actors: tuple[str, ...]) -> list[str]:
    """'entity:step' for membership status steps (pending -> invited -> ratified -> member)."""
    steps: list[str] = []
    if not any(a in actors for a in SCALE_ENTITIES):
        return steps
    for clause in _CLAUSE.split(low):
        spots = {
            a: xs
            for a in SCALE_ENTITIES
            if may_hold(clause, _ACTOR_HINTS[a])
            and (xs := [x.start() for x in _ACTOR_RES[a].finditer(clause)])
        }
        if not spots:
            continue
        future = _HEDGE.search(clause)
        for step, rx in _STEP_PATTERNS:
            if not may_hold(clause, STEP_WORDS[step]):
                continue
            for m in rx.finditer(clause):
                # Each mention of the step in turn, until one is a country's ("welcome to
                # NATO," Biden said, "hours after Sweden formally came in").
                found = _step_of(clause, m, step, spots, future)
                if found:
                    for item in found:
                        if item not in steps:
                            steps.append(item)
                    break
    return steps


#: Who a pending step waits on is the first government named just after its cue ("waits only
#: on Hungary", "as soon as Turkey completes its ratification").
_AWAITED_REACH = 40
#: A pending step told as someone holding the bid up (the active voice; "held up by" is not).
_HOLDS_UP = LazyPattern(r"(?:hold|holds|held|holding) up (?!by\b)")
_NOT_AWAITED = frozenset({"nato", "eu", "g7", *SCALE_ENTITIES})


def awaited(low: str, actors: tuple[str, ...]) -> dict[str, str]:
    """entity -> the government its pending step waits on, where the text names one."""
    out: dict[str, str] = {}
    if not any(a in actors for a in SCALE_ENTITIES):
        return out
    for clause in _CLAUSE.split(low):
        for m in _PENDING.finditer(clause):
            if _HOLDS_UP.match(m.group(0)):
                # "Hungary held up Sweden's bid": the bid's country inside the cue, who holds it
                # up the government named last before it.
                inside = [
                    a for a in SCALE_ENTITIES if _ACTOR_RES[a].search(clause, m.start(), m.end())
                ]
                holders = [
                    (x.start(), a)
                    for a in actors
                    if a not in _NOT_AWAITED
                    for x in _ACTOR_RES[a].finditer(
                        clause, max(0, m.start() - _AWAITED_REACH), m.start()
                    )
                ]
                if inside and holders:
                    out.setdefault(inside[0], max(holders)[1])
                continue
            before = [
                (x.start(), a)
                for a in SCALE_ENTITIES
                for x in _ACTOR_RES[a].finditer(clause, 0, m.start())
            ]
            if not before:
                continue
            entity = max(before)[1]
            after = [
                (x.start(), a)
                for a in actors
                if a not in _NOT_AWAITED
                for x in _ACTOR_RES[a].finditer(clause, m.end(), m.end() + _AWAITED_REACH)
            ]
            if after:
                out.setdefault(entity, min(after)[1])
    return out


def negation(low: str) -> str:
    """The first negation cue in the sentence, '' when none; 'abandon non-aligned status' is none."""
    masked = _DOUBLE_NEGATIVE.sub(" ", low)
    m = _compiled(_NEGATION).search(masked)
    return m.group(0) if m else ""


def modality(low: str) -> str:
    """conditional, possible, future, reported or asserted: the strongest qualifier present."""
    if lexicon.CONDITIONAL_CUES.search(low):
        return "conditional"
    if lexicon.POSSIBLE_CUES.search(low):
        return "possible"
    if lexicon.FUTURE_CUES.search(low):
        return "future"
    if lexicon.REPORTED.search(low):
        return "reported"
    return "asserted"


_REPORTER = (
    rf"(?P<name>{_NAME})(?:,[^,]{{1,60}},)?\s+(?:{lexicon.REPORTING_VERBS})\b"
    rf"|(?:{lexicon.REPORTING_VERBS}),?\s+(?P<name2>{_NAME})|(?i:according to) (?P<name3>{_NAME})"
)


def reporters(sentence: str) -> tuple[str, ...]:
    """Who the sentence quotes: 'Sullivan said', 'said Catherine Sendak', 'according to Duda'."""
    out: list[str] = []
    for m in _compiled(_REPORTER).finditer(sentence):
        name = m.group("name") or m.group("name2") or m.group("name3")
        if name and name.split()[0] not in ("The", "It", "He", "She", "They", "We", "I", "This"):
            out.append(name)
    return tuple(dict.fromkeys(out))


def actors_of(low: str) -> tuple[str, ...]:
    """Actor ids named in a lower-cased sentence."""
    return tuple(
        a for a, rx in _ACTOR_RES.items() if may_hold(low, _ACTOR_HINTS[a]) and rx.search(low)
    )


def events_of(low: str) -> tuple[str, ...]:
    """Event ids named in a lower-cased sentence."""
    return tuple(
        e for e, rx in _EVENT_RES.items() if may_hold(low, _EVENT_HINTS[e]) and rx.search(low)
    )


def extract(sentence: str) -> Attributes:
    """All attributes of one sentence."""
    text = clean(sentence)
    low = text.lower()
    actors = actors_of(low)
    cue = negation(low)
    return Attributes(
        actors=actors,
        events=events_of(low),
        polarity="negated" if cue else "asserted",
        negation_cue=cue,
        modality=modality(low),
        reported_by=reporters(text),
        numbers=tuple(n.value for n in numbers(text)),
        dates=tuple(dates(text)),
        scales=tuple(scale_steps(low, actors)),
        roles=tuple(f"{r.country} {r.role}={r.person}" for r in roles(text, actors)),
    )
