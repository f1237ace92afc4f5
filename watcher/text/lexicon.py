"""The domain's vocabulary: actors, events, concept synonyms, negation and modality cues.

Entries name general ways news prose refers to the subject (a capital for its government, an
alliance's synonyms, the ways to say "no" without "not"); none exists for one statement.
"""

from __future__ import annotations

import re

from watcher.text.lazy import LazyPattern

#: Actor id -> patterns (lower-case regex fragments) that name it.
ACTORS: dict[str, tuple[str, ...]] = {
    "nato": (
        r"nato",
        r"north atlantic (?:treaty organi[sz]ation|alliance)",
        r"the alliance",
        r"allies",
        r"allied",
    ),
    "ukraine": (
        r"ukraine",
        r"ukrainians?",
        r"kyiv",
        r"kiev",
        r"zelensky[iy]?",
        r"zelenskyy",
        r"(?:verkhovna )?rada",
        r"poroshenko",
        r"yushchenko",
        r"yanukovych",
        # Described, not named: the country at war with Russia, or with its troops on its soil,
        # that the alliance might take in or admit ("admit a country at war").
        r"(?:take|takes|taking|taken|took|admit|admits|admitted|admitting|accept|accepts|accepted"
        r"|accepting) (?:in )?a country"
        r" (?:still |that is |which is |now )?(?:at war(?! with (?!russia\b|a nuclear)[a-z])"
        r"|fighting russia|with russian troops|invaded by russia|partly occupied|under russian occupation)",
    ),
    "russia": (r"russia", r"russian", r"moscow", r"kremlin", r"putin", r"lavrov", r"medvedev"),
    "us": (
        r"united states",
        r"u\.s\.",
        r"\bus\b",
        r"american",
        r"washington(?! summit)",
        r"biden",
        r"trump",
        r"white house",
    ),
    "georgia": (r"georgia", r"georgian", r"tbilisi"),
    "sweden": (r"sweden", r"swedish", r"stockholm", r"kristersson", r"billstr[oö]m"),
    "finland": (r"finland", r"finnish", r"helsinki", r"niinist[oö]", r"stubb"),
    "turkey": (r"turkey", r"türkiye", r"turkish", r"ankara", r"erdogan", r"erdoğan", r"tbmm"),
    "hungary": (r"hungary", r"hungarian", r"budapest(?! memorandum)", r"orban", r"orbán"),
    "uk": (r"united kingdom", r"britain", r"british", r"u\.k\.", r"\buk\b", r"london"),
    "g7": (r"g-?7", r"group of seven"),
    "eu": (r"european union", r"\beu\b"),
    "poland": (r"poland", r"polish", r"warsaw"),
    "france": (r"france", r"french", r"paris"),
    "germany": (r"germany", r"german", r"berlin"),
    "slovakia": (r"slovakia", r"slovak"),
}

#: The Budapest Memorandum by any of its names: a guarantee term, and the 1994 event.
_BUDAPEST = (
    r"budapest (?:memorandum|deal|agreement|accord|assurances?|pledges?|guarantees?|signatories)"
)

#: Event id -> patterns that name it (a summit, a treaty, a declaration).
EVENTS: dict[str, tuple[str, ...]] = {
    "bucharest-2008": (
        r"bucharest(?! nine\b| 9\b| format\b)",  # in NATO prose the city names the 2008 summit; relevance asks for context
        r"2008 (?:nato )?(?:summit|meeting|gathering|conference|promise|pledge|declaration|decision)",
        r"(?:summit|promise|pledge) (?:made )?(?:to \w+ (?:and \w+ )?)?in 2008",
        # A summit told by its host country and year, as coverage often does.
        r"2008 (?:\w+ )?(?:summit|meeting|gathering) in romania",
        r"romanian (?:capital|summit)",
        r"(?:promise|pledge|summit|declaration) of 2008",
        r"half-(?:promise|pledge) of 2008",
        r"romanian (?:promise|pledge)",
    ),
    "vilnius-2023": (
        r"vilnius",
        r"(?:summit|meeting|gathering) in lithuania",
        r"lithuanian (?:capital|summit)",
    ),
    "washington-2024": (
        r"washington summit",
        r"summit in washington",
        r"washington in july 2024",
        r"nato'?s? 2024 summit",
        r"75th[- ]anniversary (?:summit|gathering)",
    ),
    "budapest-1994": (
        _BUDAPEST,
        r"\b1994\b",
    ),
    # The G7 named as the body that declared its support, not the G7 at any business of its own.
    "g7-declaration": (
        r"g-?7 (?:joint )?declaration",
        r"group of seven(?:'s|’s)? (?:[\w-]+ ){0,2}?(?:declaration|pledges?|framework|commitments?)",
        r"g-?7(?:'s|’s) (?:[\w-]+ ){0,2}?(?:declaration|pledges?|framework|commitments?)",
        r"g-?7 (?:leaders|countries|member states)",
        r"group of seven (?:leaders|countries|member states)",
        r"g-?7 (?:\w+ ){0,2}(?:promised|pledged|committed|offered|guaranteed)",
        r"group of seven (?:\w+ ){0,2}(?:promised|pledged|committed|offered|guaranteed)",
    ),
    "nato-ukraine-council": (
        r"nato-ukraine council",
        r"council with the allies",
        # The council told by what it is for: "the forum it shares with the allies", "the forum
        # the allies created to sit with Kyiv as an equal".
        r"(?:forum|body) (?:[\w'’-]+ ){0,8}?(?:sit|sits|sitting|share|shares|sharing|meet|meets)"
        r" with (?:kyiv|ukraine|the allies|nato)\b(?!'s|’s)",
        # ... or as the allies' joint council with Ukraine: "alliance ambassadors and Ukrainian
        # officials met in their joint council".
        r"allies [^.;]{0,80}?\b(?:their|the|a) joint council",
        r"alliance [^.;]{0,80}?\b(?:their|the|a) joint council",
        r"nato [^.;]{0,80}?\b(?:their|the|a) joint council",
    ),
    "membership-action-plan": (r"membership action plan", r"\bmap\b"),
}

#: Word -> concept, so that paraphrases meet: a capital for its country, inflections, synonyms.
CONCEPTS: dict[str, str] = {
    "kyiv": "ukraine",
    "kiev": "ukraine",
    "ukrainian": "ukraine",
    "ukrainians": "ukraine",
    "tbilisi": "georgia",
    "georgian": "georgia",
    "moscow": "russia",
    "kremlin": "russia",
    "russian": "russia",
    "stockholm": "sweden",
    "swedish": "sweden",
    "helsinki": "finland",
    "finnish": "finland",
    "ankara": "turkey",
    "turkish": "turkey",
    "türkiye": "turkey",
    "alliance": "nato",
    "allies": "nato",
    "allied": "nato",
    "ally": "nato",
    "nato's": "nato",
    "member": "member",
    "members": "member",
    "membership": "member",
    "join": "member",
    "joins": "member",
    "joining": "member",
    "joined": "member",
    "accession": "member",
    "accede": "member",
    "entry": "member",
    "entering": "member",
    "enter": "member",
    "admitted": "member",
    "admitting": "member",
    "admit": "member",
    "admission": "member",
    "putin": "russia",
    "western": "west",
    "zelenskyy": "zelensky",
    "zelenskiy": "zelensky",
    "invitation": "invite",
    "invite": "invite",
    "invited": "invite",
    "inviting": "invite",
    "guarantee": "guarantee",
    "guarantees": "guarantee",
    "guaranteed": "guarantee",
    "assurances": "guarantee",
    "assurance": "guarantee",
    "commitments": "commitment",
    "commitment": "commitment",
    "committed": "commitment",
    "commit": "commitment",
    "agreements": "agreement",
    "agreement": "agreement",
    "pacts": "agreement",
    "pact": "agreement",
    "deals": "agreement",
    "deal": "agreement",
    "accords": "agreement",
    "summit": "summit",
    "summits": "summit",
    "communique": "communique",
    "communiqué": "communique",
    "declaration": "communique",
    "statement": "communique",
    "timeline": "timeline",
    "timeframe": "timeline",
    "deadline": "timeline",
    "date": "timeline",
    "war": "war",
    "conflict": "war",
    "fighting": "war",
    "invasion": "war",
    "promise": "pledge",
    "promised": "pledge",
    "pledge": "pledge",
    "pledged": "pledge",
    "promises": "pledge",
    "pledges": "pledge",
    "concluded": "conclude",
    "finalised": "conclude",
    "finalized": "conclude",
    "signed": "conclude",
    "sign": "conclude",
    "signs": "conclude",
    "signing": "conclude",
    "council": "council",
    "forum": "council",
    "equal": "equal",
    "footing": "equal",
    "level": "equal",
    "defence": "defense",
    "defense": "defense",
    "programme": "program",
    "program": "program",
    "package": "program",
    "assistance": "support",
    "aid": "support",
    "support": "support",
    "invade": "attack",
    "invaded": "attack",
    "attacks": "attack",
    "attack": "attack",
    "aggression": "attack",
    "united": "us",
    "states": "us",
    "american": "us",
    "washington": "us",
    "britain": "uk",
    "british": "uk",
    "london": "uk",
    "g7": "g7",
    "seven": "g7",
    "secretary": "secretary",
    "general": "general",
    "formal": "official",
    "formally": "official",
    "official": "official",
    "officially": "official",
    "substitute": "replace",
    "replace": "replace",
    "replacement": "replace",
    "alternative": "replace",
    "eventual": "eventual",
    "eventually": "eventual",
    "one": "one",
}

#: Stop words for retrieval (never evidence on their own).
STOPWORDS = frozenset(
    """
    a an the and or but of to in on at by for with from as is are was were be been being has have
    had do does did it its this that these those their there they them he she his her we our you
    your i me my so than then also such which who whom whose what when where while into over
    about after before up down out off not no nor only own same too very can could would should
    will shall may might must just now said says say told according s t than any some all each
    other more most many much even still yet already since until upon per via among within
    against again further once here why how both either neither whether if though although
    year years month week day today
    january february march april may june july august september october november december
    early mid late end beginning
    stated argued claimed noted added wrote replied insisted declared announced tweeted
    reiterated acknowledged emphasised emphasized suggested asked interview
    suggest suggests propose proposes proposed
    """.split()
)

#: The alliance growing is its enlargement ("stop NATO from growing", "NATO's growth"): the
#: prospect, for relevance and for the denials.
ALLIANCE_GROWTH = (
    r"(?:nato|the alliance)(?:'s|’s)? growth|(?:nato|the alliance|the bloc) from growing"
)

#: What Kyiv was promised at the Bucharest summit, named by its place ("the road Kyiv was
#: promised in Romania"): the prospect, for relevance and for the denials.
PROMISED_AT_BUCHAREST = (
    r"(?:(?:kyiv|ukraine|georgia|tbilisi) (?:was|were|had been|has been) promised|promised (?:to )?(?:kyiv|ukraine))"
    r" (?:[\w'’]+ ){0,3}?(?:at|in) (?:bucharest|romania)"
)
#: Words that make a topic sentence about the membership path or the bridge to it. Every match
#: starts with a letter, so only a word's start is tried (`(?=\w)`: the engine then skips the
#: ends of words, half the boundaries, before trying some forty alternatives there).
MEMBERSHIP_TERMS = LazyPattern(
    r"\b(?=\w)(?:member(?:ship|s)?|join(?:s|ed|ing)?|accessions?|accede|admi(?:t|tted|tting|ssions?)"
    r"|invit(?:e|ed|es|ing|ations?)|enlarg(?:ement|e|es|ed|ing)|expan(?:d|ds|ded|ding|sion)|entry|enter(?:ing)?"
    r"|coming into|(?:get|gets|getting|got|let|lets|letting|brought|bring|take|taken) in(?:to\b|(?=\s*(?:[,.;:!?)\"”’]|$|(?:as|to|now|soon|quickly|until|while|before|after|without|during|if|when|because|unless|and|or|but|ukraine|kyiv|georgia|sweden|finland|moldova|new members?|the country|a country|them|it)\b)))|bids?|aspirations?|integration|irreversible|membership action plan|future is in"
    r"|accept(?:s|ed|ing)? (?:ukraine|kyiv|kiev) (?:as a member|into)|an ally|steps? (?:[\w'’]+ ){0,4}?(?:to|towards?) (?:nato|the alliance|membership)|(?:take|takes|taking|took|taken) (?:its|a|their|her) seat"
    r"|(?:come|comes|came|coming|brought|bring|bringing|shelter\w*|taken|take|takes|taking|took|placed|put) under (?:the |nato's |its |the alliance's )?(?:nuclear |security |protective )?(?:umbrella|wing)|(?:become|became|becomes|becoming) (?:an? |the )?(?:\w+ )?all(?:y|ies)|among the allies|inside (?:of )?the (?:bloc|alliance)"
    # The alliance's protection is its umbrella told in other words; what is put under it may
    # stand between ("placed Kyiv-held Ukraine under NATO's protection").
    r"|(?:(?:come|comes|came|coming|fall|falls|fell)|(?:brought|bring|brings|bringing|taken|take|takes|taking|took"
    r"|place|places|placed|placing|put|puts|putting)(?: [\w'’-]+){0,3}?) under (?:nato(?:'s|’s)?|the alliance(?:'s|’s)"
    r"|allied) (?:collective |security |military )?(?:protection|shield)"
    r"|(?:seat|place|future|destiny|home) (?:[\w'’]+ ){0,2}(?:in|at|inside|among|within|with) (?:(?:either |both )?(?:the )?(?:eu|european union) (?:or|and|nor) )?(?:nato|the alliance|the bloc|the allies)"
    r"|into (?:nato|the alliance|the bloc)|(?:road|path|way|door|doors) (?:to|into|towards?) (?:membership|nato|the alliance|(?:its|their) ranks)"
    r"|(?:take|takes|took|taking|bring|brings|bringing|brought|let|lets|letting) (?:ukraine|kyiv|kiev|the country|georgia)(?: and (?:ukraine|kyiv|georgia|tbilisi))? in\b|(?:take|takes|took|taking) (?:it|them|new members?|sweden|finland) in|(?:stay|stays|staying|keep|keeps|keeping|kept|remain|remains|remaining) (?:[\w'’]+ ){0,3}(?:out of|outside) (?:(?:either |both )?(?:the )?(?:eu|european union) (?:or|and|nor) )?(?:nato|the alliance|the bloc|(?:any|all|every) (?:military )?(?:blocs?|alliances?))"
    r"|(?<!behind )(?:open|opens|opened|opening|shut|shuts|shutting|closed|close|closes|closing|keep|keeps|kept|keeping|slam\w*) (?:the |its |their |nato's |the alliance's )?doors?(?! (?:meeting|talks|session)s?\b| of\b)"
    r"|doors? (?:remains? |stays? |is |are |was |were )?(?:wide )?(?:open|shut|closed|ajar)|open[- ]door"
    r"|welcome to nato|euro-atlantic|(?:nato|alliance|atlantic) (?:ambitions?|aspirations?|course|goal|path|door|dream|hopes?)"
    rf"|{PROMISED_AT_BUCHAREST}"
    r"|(?:be|being|been|is|was) asked in\b"
    r"|(?:mov(?:e|es|ed|ing)|push(?:es|ed|ing)?|creep(?:s|ing)?|crept|march(?:es|ed|ing)?) (?:(?:any )?further )?east(?:wards?)?"
    r"|eastward (?:growth|expansion|enlargement|advance|march|creep|plans?|push|drive|moves?|spread)|(?:growth|expansion|advance) (?:to the )?east(?:wards?)?"
    rf"|{ALLIANCE_GROWTH}"
    r"|(?:bucharest|2008|membership|vilnius) (?:promise|pledge|commitment)s?|(?:bucharest|vilnius)(?:'s|’s) (?:promise|pledge)"
    r"|promises? (?:made |given )?to (?:ukraine|kyiv|kiev)"
    r"|(?:alliance|nato) (?:seat|ticket|berth)|nato-?i[sz]ation|(?:kyiv's|kiev's|ukraine's|ukraine’s|kyiv’s) (?:fast-track(?:ed)? |expedited |accelerated )?(?:membership |nato |accession )?application)\b"
)
_LAST_MEMBERSHIP: tuple[str, re.Match[str] | None] = ("", None)
#: How the alliance's own summit promise opens ("the Bucharest pledge", "Vilnius's promise"): it
#: is the alliance's, and Ukraine's, whether or not the sentence names them.
SUMMIT_PROMISES = ("bucharest", "2008", "vilnius")
#: Ukraine outside every bloc, in the words coverage uses for it: what relevance reads as its
#: alignment and a denial reads as the opposite of membership.
NEUTRALITY = r"neutral(?:ity)?|non-?aligned(?: status)?|gr[ae]y zone|buffer (?:state|zone)"

#: Wars and theatres other than Russia's on Ukraine where foreign forces police ceasefires: a
#: force for a truce there is not one of Ukraine's guarantees.
OTHER_WARS = (
    r"gaza|israel\w*|hamas|hezbollah|lebanon|lebanese|west bank|palestin\w*|sudan\w*|darfur"
    r"|congo\w*|korea\w*|taiwan\w*|kosovo|serbia\w*|bosnia\w*|syria\w*|yemen\w*|armenia\w*"
    r"|azerbaijan\w*|karabakh|ethiopia\w*|libya\w*|iran\w*|iraq\w*|afghan\w*|kashmir|india\w*"
    r"|pakistan\w*|cyprus|haiti\w*|somali\w*|mali|sahel|sinai|balkans?|vietnam\w*|falklands?"
)


def membership_term(low: str) -> re.Match[str] | None:
    """`MEMBERSHIP_TERMS.search(low)`, kept for the last text: relevance, the context rule and
    the timeline denial each ask it of the same sentence, and it is a long pattern."""
    global _LAST_MEMBERSHIP
    last, found = _LAST_MEMBERSHIP
    if low != last:  # the empty text, kept first, holds no term
        found = MEMBERSHIP_TERMS.search(low)
        _LAST_MEMBERSHIP = (low, found)
    return found


GUARANTEE_TERMS = LazyPattern(
    r"\b(?:security (?:\w+ )?(?:guarantee|assurance|commitment|agreement|accord|pact|arrangement|partnership|framework|umbrella|pledge|promise|offer|compact)s?"
    r"|guarantee[sd]?|guaranteeing|article (?:5|v|five)(?!\w)|collective (?:defen[cs]e|security)|mutual defen[cs]e"
    rf"|{_BUDAPEST}|memorandum|coalition of the willing|reassurance forces?|deterrence|backstop"
    r"|(?:bilateral|security|defen[cs]e|ten-year|10-year|long-term|100-year|hundred-year|century-long) (?:[\w-]+ )?(?:deals?|pacts?|accords?|agreements?|partnerships?|treat(?:y|ies))"
    r"|post-ceasefire|ceasefire (?:force|mission|monitoring|guarantees?)|peacekeep\w*|multinational forces?"
    r"|(?:g-?7|group of seven)(?:'s|’s)? (?:[\w-]+ ){0,2}?(?:framework|declaration|commitments?|pledges?)"
    r"|defen[cs]e commitments?)\b"
)
#: Membership of another body, just after a membership word: "(admitted as a full member) of the
#: European network of ...", "(admitted) to the International Criminal Court", "(a member) of
#: the alliance's innovation fund". Not the alliance itself, nor "the alliance's ranks".
OTHER_BODY = LazyPattern(
    r"\s+(?:as (?:a |an )?(?:full |associate )?members? )?(?:of|to|into|in) (?:the |a |an )?"
    r"(?!(?:nato|north atlantic|the alliance|alliance|the bloc|bloc|the allies|allies|military|western)\b(?!'s|’s))"
    r"(?:[\w'’-]+ ){0,3}?(?:network|court|organi[sz]ation|association|federation|union|council of europe|club"
    r"|league|group|body|forum|system|programme|program|convention|agency|fund|bank|parliament|rada"
    r"|cabinet|government|delegation|team|committee|commission|family|public|staff|crew|board)\b"
)
ALLIANCE_TERMS = LazyPattern(
    r"\b(?:nato|north atlantic|the alliance|alliance's|allies|allied|the bloc|bloc's|an ally|secretary[- ]general"
    r"|(?:every|each|any|existing|fellow|one|full|fully-fledged) ally)\b"
)
ALLIANCE_ROLE_TERMS = LazyPattern(
    r"\b(?:nato-ukraine council|newest member|\d+(?:st|nd|rd|th) member"
    r"|ratif(?:y|ied|ication)|accession protocol)\b"
)

#: Negation without "not": each maps to a readable cue.
NEGATION_CUES: tuple[str, ...] = (
    r"\bnot\b",
    r"n't\b",
    r"\bnever\b",
    r"\bno\b",
    r"\bnone\b",
    r"\bnor\b",
    r"\bneither\b",
    r"\bcannot\b",
    r"\bwithout\b",
    r"\bruled? out\b",
    r"\bruling out\b",
    r"\brules out\b",
    r"\boff the table\b",
    r"\bshelved\b",
    r"\brefus(?:e|ed|es|ing)\b",
    r"\breject(?:s|ed|ing)?\b",
    r"\boppos(?:e|es|ed|ing)\b",
    r"\bveto(?:es|ed)?\b",
    r"\bblock(?:s|ed|ing)?\b",
    r"\bexclud(?:e|es|ed|ing)\b",
    r"\bstopped short\b",
    r"\bfailed to\b",
    r"\bfail(?:s|ed)? to\b",
    r"\bno-no\b",
    r"\bimpossible\b",
    r"\bunrealistic\b",
    r"\binfeasible\b",
    r"\bunfeasible\b",
    r"\bwithh(?:old|olding|eld)\b",
    r"\babandon(?:s|ed|ing)?\b",
    r"\bgive up\b",
    r"\bgiving up\b",
    r"\bgave up\b",
    r"\brenounc(?:e|es|ed|ing)\b",
    r"\bforgo(?:es|ing)?\b",
    r"\bforwent\b",
    r"\bdrop(?:s|ped|ping)?\b",
    r"\blost\b",
    r"\bempty\b",
    r"\bfalse\b",
    r"\bunfulfilled\b",
    r"\bdead\b",
    r"\bunlikely\b",
    r"\bneutral(?:ity)?\b",
    r"\bno longer\b",
    r"\bunanswered\b",
)

#: Markers that a sentence is hypothetical, conditional or possible rather than asserted.
CONDITIONAL_CUES = LazyPattern(
    r"\b(?:if|unless|when (?:allies|all|the allies) agree|conditions are met|once|provided that"
    r"|as soon as|only after|until|on condition)\b"
)
FUTURE_CUES = LazyPattern(r"\b(?:will|shall|would|'ll|going to|is to|are to|set to|due to)\b")
POSSIBLE_CUES = LazyPattern(r"\b(?:may|might|could|possibly|perhaps|likely|unlikely)\b")
REPORTING_VERBS = (
    r"said|says|say|told|tells|stated|states|argued|argues|claimed|claims|warned|warns"
    r"|tweeted|wrote|writes|added|insisted|insists|declared|announced|noted|replied|suggested"
    r"|acknowledged|emphasi[sz]ed|clarified|reiterated|predicted|called|urged|believes?|thinks?"
)
REPORTED = LazyPattern(rf"\b(?:{REPORTING_VERBS})\b|\baccording to\b")


#: Countries that sign agreements with Ukraine or sit in NATO, by name and adjective; a data
#: table of the world the coverage talks about, not of any one statement.
COUNTRIES: dict[str, str] = {
    "albania": "albania",
    "albanian": "albania",
    "australia": "australia",
    "australian": "australia",
    "austria": "austria",
    "austrian": "austria",
    "belgium": "belgium",
    "belgian": "belgium",
    "bulgaria": "bulgaria",
    "bulgarian": "bulgaria",
    "canada": "canada",
    "canadian": "canada",
    "croatia": "croatia",
    "croatian": "croatia",
    "czech": "czechia",
    "czechia": "czechia",
    "czech republic": "czechia",
    "denmark": "denmark",
    "danish": "denmark",
    "estonia": "estonia",
    "estonian": "estonia",
    "finland": "finland",
    "finnish": "finland",
    "france": "france",
    "french": "france",
    "germany": "germany",
    "german": "germany",
    "greece": "greece",
    "greek": "greece",
    "hungary": "hungary",
    "hungarian": "hungary",
    "iceland": "iceland",
    "icelandic": "iceland",
    "ireland": "ireland",
    "irish": "ireland",
    "italy": "italy",
    "italian": "italy",
    "japan": "japan",
    "japanese": "japan",
    "latvia": "latvia",
    "latvian": "latvia",
    "lithuania": "lithuania",
    "lithuanian": "lithuania",
    "luxembourg": "luxembourg",
    "luxembourgish": "luxembourg",
    "montenegro": "montenegro",
    "montenegrin": "montenegro",
    "netherlands": "netherlands",
    "dutch": "netherlands",
    "norway": "norway",
    "norwegian": "norway",
    "poland": "poland",
    "polish": "poland",
    "portugal": "portugal",
    "portuguese": "portugal",
    "romania": "romania",
    "romanian": "romania",
    "slovakia": "slovakia",
    "slovak": "slovakia",
    "slovenia": "slovenia",
    "slovenian": "slovenia",
    "slovene": "slovenia",
    "spain": "spain",
    "spanish": "spain",
    "sweden": "sweden",
    "swedish": "sweden",
    "turkey": "turkey",
    "turkish": "turkey",
    "türkiye": "turkey",
    "turkiye": "turkey",
    "britain": "uk",
    "british": "uk",
    "united kingdom": "uk",
    "uk": "uk",
    "united states": "us",
    "american": "us",
    "european union": "eu",
    "eu": "eu",
    "nordic": "nordic",
    "baltic": "baltic",
    "moldova": "moldova",
    "moldovan": "moldova",
    "bosnia": "bosnia",
    "bosnian": "bosnia",
    "serbia": "serbia",
    "serbian": "serbia",
    "kosovo": "kosovo",
    "kosovar": "kosovo",
    "north macedonia": "north macedonia",
    "macedonia": "north macedonia",
    "north macedonian": "north macedonia",
    "macedonian": "north macedonia",
    "armenia": "armenia",
    "armenian": "armenia",
    "azerbaijan": "azerbaijan",
    "azerbaijani": "azerbaijan",
    "belarus": "belarus",
    "belarusian": "belarus",
    "cyprus": "cyprus",
    "cypriot": "cyprus",
    "malta": "malta",
    "maltese": "malta",
    "switzerland": "switzerland",
    "swiss": "switzerland",
    "south korea": "south korea",
    "south korean": "south korea",
    "new zealand": "new zealand",
}
#: Tried only where a word starts, as `MEMBERSHIP_TERMS`: every name starts with a letter.
COUNTRY_NAMES = LazyPattern(
    r"\b(?=\w)(?:"
    + "|".join(sorted((re.escape(k) for k in COUNTRIES), key=len, reverse=True))
    + r")\b"
)
#: The government a capital stands for when prose names it like a person ("Berlin signed").
GOVERNMENT_SEATS: dict[str, str] = {
    "washington": "us",
    "london": "uk",
    "paris": "france",
    "berlin": "germany",
    "warsaw": "poland",
    "vilnius": "lithuania",
    "bucharest": "romania",
    "ankara": "turkey",
    "budapest": "hungary",
    "stockholm": "sweden",
    "helsinki": "finland",
    "rome": "italy",
    "madrid": "spain",
    "ottawa": "canada",
    "tokyo": "japan",
    "riga": "latvia",
    "tallinn": "estonia",
    "prague": "czechia",
    "bratislava": "slovakia",
    "sofia": "bulgaria",
    "oslo": "norway",
    "copenhagen": "denmark",
    "the hague": "netherlands",
    "amsterdam": "netherlands",
    "lisbon": "portugal",
    "chisinau": "moldova",
    "sarajevo": "bosnia",
    "belgrade": "serbia",
    "yerevan": "armenia",
    "baku": "azerbaijan",
    "vienna": "austria",
    "dublin": "ireland",
    "athens": "greece",
}
#: Buildings that stand for a government, and whose: a holder of another country leaving one is
#: a visitor ("Zelensky left the White House").
GOVERNMENT_BUILDINGS: dict[str, str] = {
    "white house": "us",
    "pentagon": "us",
    "oval office": "us",
    "kremlin": "russia",
    "elysee": "france",
    "élysée": "france",
    "downing street": "uk",
}
#: Heads of state and government of the allies and partners who sign for their countries, as
#: coverage names them ("Macron and Zelensky signed an accord"): the government they sign for.
#: Only surnames no other figure of this coverage shares.
LEADERS: dict[str, str] = {
    "biden": "us",
    "trump": "us",
    "macron": "france",
    "scholz": "germany",
    "merz": "germany",
    "sunak": "uk",
    "starmer": "uk",
    "meloni": "italy",
    "sanchez": "spain",
    "sánchez": "spain",
    "trudeau": "canada",
    "carney": "canada",
    "kishida": "japan",
    "ishiba": "japan",
    "frederiksen": "denmark",
    "kristersson": "sweden",
    "orpo": "finland",
    "stubb": "finland",
    "niinisto": "finland",
    "niinistö": "finland",
    "tusk": "poland",
    "nauseda": "lithuania",
    "nausėda": "lithuania",
    "fiala": "czechia",
    "mitsotakis": "greece",
    "albanese": "australia",
}
_LEADER_NAMES = LazyPattern(
    r"\b(?:" + "|".join(sorted(map(re.escape, LEADERS), key=len, reverse=True)) + r")\b"
)
_SEAT_NAMES = LazyPattern(
    r"\b(?:" + "|".join(sorted(map(re.escape, GOVERNMENT_SEATS), key=len, reverse=True)) + r")\b"
)
#: A capital after one of these words is a place ("signed in Berlin"), not its government.
_PLACE_BEFORE = LazyPattern(r"\b(?:in|at|to|from|near|outside|via|into|over)\s+$")
#: A city naming a meeting held there ("the Vilnius summit", "the Istanbul talks"): a place.
_MEETING_AFTER = LazyPattern(
    r"\s+(?:summit|meeting|talks|conference|gathering|forum|format|process|communiqu[eé]"
    r"|declaration)\b"
)
#: A country as the place a meeting happens ("the G7 summit in Italy"), not a party to it.
_LOCATED_BEFORE = LazyPattern(
    r"\b(?:summit|meeting|talks|gathering|conference|forum|sidelines|margins)\s+(?:[\w'’-]+\s+){0,2}?(?:in|at)\s+$"
)


def governments_named(low: str) -> set[str]:
    """Countries a lower-cased text names: by name, or by a capital that acts as a government."""
    found = {
        COUNTRIES[m.group(0)]
        for m in COUNTRY_NAMES.finditer(low)
        if not _LOCATED_BEFORE.search(low[max(0, m.start() - 40) : m.start()])
    }
    for m in _SEAT_NAMES.finditer(low):
        if not _PLACE_BEFORE.search(
            low[max(0, m.start() - 12) : m.start()]
        ) and not _MEETING_AFTER.match(low, m.end()):
            found.add(GOVERNMENT_SEATS[m.group(0)])
    found |= {LEADERS[m.group(0)] for m in _LEADER_NAMES.finditer(low)}
    if "u" in low and _US.search(low):
        found.add("us")  # lower-cased, "us" is a pronoun: only its unambiguous forms count
    return found


#: The United States in lower-cased prose: "u.s.", "us-ukraine", "the us".
_US = LazyPattern(r"\bu\.s\.|\bus(?=-[a-z])|\bthe us\b")


#: Capitals and seats of government that prose names like people ("Kyiv said", "Moscow warned").
CAPITALS = frozenset(
    {
        "kyiv",
        "kiev",
        "moscow",
        "washington",
        "london",
        "paris",
        "berlin",
        "warsaw",
        "brussels",
        "hague",
        "vilnius",
        "bucharest",
        "ankara",
        "budapest",
        "stockholm",
        "helsinki",
        "tbilisi",
        "rome",
        "madrid",
        "ottawa",
        "tokyo",
        "riga",
        "tallinn",
        "prague",
        "bratislava",
        "sofia",
        "oslo",
        "copenhagen",
        "amsterdam",
        "lisbon",
        "athens",
        "beijing",
        "minsk",
        "chisinau",
        "lviv",
        "odesa",
        "kharkiv",
        "geneva",
        "istanbul",
    }
)
