"""Is a sentence about Ukraine's path to NATO membership or the guarantees that bridge to it?"""

from __future__ import annotations

import re

from watcher.text import lexicon
from watcher.text.attributes import SCALE_ENTITIES, events_of, scale_steps
from watcher.text.lazy import LazyPattern

_MAP = LazyPattern(r"\bmembership action plan\b")
#: The European Union named, or one of its institutions: its accession is another path than
#: NATO's, and "the bloc" beside it is the EU.
EU_NAMED = LazyPattern(r"\b(?:eu|european (?:union|commission|council|parliament))\b")
#: Countries whose own path to the alliance, with Ukraine not named, is not Ukraine's path (the
#: baseline's own subjects, Georgia promised membership beside Ukraine and the newcomers Sweden
#: and Finland, are not among them).
_OTHER_CANDIDATES = frozenset(
    "moldova bosnia kosovo serbia armenia azerbaijan austria ireland switzerland cyprus".split()
)
#: Battlefield news: off topic however the alliance or Ukraine is named.
VIOLENCE = LazyPattern(
    r"\b(?:missiles? (?:hit|struck|strike)|drones?|shelling|air ?strikes?|strikes?|killed|wounded|debris|bombard\w*)\b"
)
_COOPERATION = LazyPattern(
    r"\b(?:council|command|centre|center|representative|mission|office|liaison|headquarters|delegation"
    r"|envoy|training|interoperab\w*|troops|coordinat\w*|fund|"
    r"partner(?:ship)?|victory plan|non-?aligned|neutral(?:ity)?|strategic goal|constitution)\b"
)
#: A pact or accord with Ukraine is, in this domain, one of the bilateral security agreements.
_PACT = LazyPattern(
    r"\b(?:pacts?|accords?|(?:signed|concluded|sealed|inked|put (?:their|his|her|its) names? to) (?:\w+ ){0,3}(?:deals?|agreements?)|(?:deals?|agreements?) (?:\w+ ){0,6}?(?:signed|concluded|sealed|inked)"
    r"|(?:deals?|agreements?) with (?:ukraine|kyiv)|(?:ukraine|kyiv)'s (?:deals?|agreements?) with"
    r"|(?:ukraine|ukrainian|kyiv)(?:-[a-z]+)? (?:security )?(?:deals?|agreements?|pacts?|accords?))\b"
)
#: A country's own agreement named by the country ("Warsaw's agreement", "the Polish
#: agreement") or a bilateral text named by both ("the Polish-Ukrainian text"): with Ukraine
#: named, one of the bilateral security agreements. Not a country's consent ("Poland's agreement
#: to host the talks"), nor the EU's.
_COUNTRY = "|".join(
    sorted(
        (
            re.escape(k)
            for k in (*lexicon.COUNTRIES, *lexicon.GOVERNMENT_SEATS)
            if k not in ("eu", "european union")
        ),
        key=len,
        reverse=True,
    )
)
_COUNTRY_AGREEMENT = LazyPattern(
    rf"\b(?:(?:{_COUNTRY})(?:'s|’s)? (?:security |bilateral )?agreements?"
    rf"|(?:(?:{_COUNTRY})-ukrain(?:e|ian)|ukrain(?:e|ian)-(?:{_COUNTRY})) (?:security )?"
    r"(?:agreements?|texts?|treat(?:y|ies)))\b(?! (?:to|that)\b)"
)
#: The end of the reason an agreement with Ukraine gives, whatever its words.
PACT_REASON = " with Ukraine"
#: The weakest reasons: NATO and Ukraine named together, in no off-topic frame or with a word of
#: cooperation. An entry on topic only by these is not yet about the path.
NAMED_TOGETHER = "nato and ukraine, in no off-topic frame"
COOPERATION = "nato-ukraine cooperation"
_OTHER_DEAL = LazyPattern(
    r"\b(?:minerals?|grain|gas|transit|trade|ceasefire|peace|prisoner|export|imf|loans?|debt|creditors?"
    r"|purchas\w*|jets?|fighters?|aircraft|procurement)\b"
)
#: An agreement's own terms told: "a clause in the accord", "the pact commits Poland to".
_PACT_TERMS = LazyPattern(r"\b(?:clauses?|commits?|committed|obliges?|obliged|binds?)\b")
_COMPOSITION = LazyPattern(
    r"\b(?:ratif\w*|protocol|came in|come in|comes in|vote[sd]? (?:\w+ ){0,4}(?:approve|ratify|accession|bid|entry)|32nd|newest)\b"
)
#: What NATO-and-Ukraine news is about when it is not about the membership path.
OFF_TOPIC_FRAME = LazyPattern(
    r"\b(?:missiles?|drones?|shelling|air ?strikes?|strikes?|killed|wounded|debris|bombard\w*|offensive"
    r"|front ?line|troops out|spending|% of gdp|per cent of gdp|percent of gdp|defen[cs]e budgets?|weapons?"
    r"|aid package|billion|million|export|weapons deliver\w*|ammunition|air defen[cs]e|f-16s?"
    r"|elections?|ceasefire|cease-fire|peace talks|grain|energy|gas|oil|sanctions?|european union|\beu\b"
    r"|visit\w*|welcomed|hosted|greeted|arrived)"
)
#: Guarantee words with other senses ("a guaranteed income", naval "deterrence", a defence
#: cooperation agreement between two allies): about Ukraine's guarantees only where Ukraine is named (or,
#: in an entry, where the entry is about them).
WEAK_GUARANTEE = LazyPattern(
    r"guaranteed|memorandum|deterrence|collective (?:defen[cs]e|security)|defen[cs]e commitments?"
    r"|mutual defen[cs]e|peacekeep\w*|multinational forces?"
    r"|defen[cs]e (?:[\w-]+ )?(?:deals?|pacts?|accords?|agreements?|partnerships?|treat(?:y|ies))"
    r"|g-?7 (?:framework|declaration|commitments?|pledges?)"
    # A term or a tie told without saying it is about security: "a long-term licensing deal",
    # "a bilateral trade agreement" (Ukraine's is one of the guarantees).
    r"|(?:bilateral|ten-year|10-year|long-term|100-year|hundred-year|century-long) (?!security\b)(?:[\w-]+ )?"
    r"(?:deals?|pacts?|accords?|agreements?|partnerships?|treat(?:y|ies))"
)
_ON_THE_MODEL_AFTER = LazyPattern(r"\s*-?\s*(?:like|style|type|esque|equivalent)\b")
_ON_THE_MODEL_BEFORE = LazyPattern(
    r"\b(?:modell?ed on|based on|akin to|similar to|mirroring|along the lines of|in the spirit of"
    r"|equivalent (?:of|to)|version of|copy of|like)\s+(?:nato's\s+|the\s+)?$"
)
_PEACE_FORCE = LazyPattern(r"\b(?:peacekeep\w*|reassurance forces?|multinational forces?)\b")
#: Forces a guarantee is made of, with or without Ukraine named: air cover and missions.
_AIR_COVER = r"air (?:support|policing|cover|power)"
_MISSIONS = r"(?:military|training|naval|maritime|air|monitoring) missions?"
#: What a guarantee does, told without the word: a force, protection or deterrence for Ukraine ...
_PROTECTION = LazyPattern(
    rf"\b(?:troops|soldiers|forces?|contingents?|{_AIR_COVER}|protect\w*|jets|warships"
    rf"|military (?:hubs?|bases?|presence)|{_MISSIONS}"
    r"|instructors|trainers"
    r"|polic(?:e|es|ed|ing) (?:\w+ ){0,2}(?:skies|airspace|waters|seas?)"
    r"|deter\w*|securit(?:y|ies) (?:after|once|beyond)|responsib\w+ for (?:\w+ )?security|backstop\w*)\b"
)
#: Protection offered to Ukraine by another state is a guarantee told without the word ("the
#: protection it extends to Kyiv", "offered Kyiv protection"); protection from missiles or drones
#: is air defence, and protection for its ships or its grid is another matter.
_PROTECTION_OFFERED = LazyPattern(
    r"\bprotect(?:ing|ion of) (?:kyiv|ukraine)\b(?!'s|’s)"
    r"|\b(?:offer|extend|give|gave|giving|provid|grant|promis|pledg|guarantee)\w* (?:kyiv|ukraine|the ukrainians)"
    r" (?:[\w'’-]+ ){0,2}?protection\b"
    r"|\bprotection (?:(?!from\b|against\b)[\w'’-]+ ){0,4}?(?:offer|extend|give|given|provid|grant|promis|pledg)\w*"
    r" (?:to |for )?(?:kyiv|ukraine|the ukrainians)\b(?!'s|’s)"
    # Protection offered for a span of years ("offering 15 years of protection"), and keeping
    # the country safe ("the burden of keeping post-war Ukraine safe").
    r"|\b(?:offer|extend|provid|grant|promis|pledg)\w* (?:[\w'’-]+ ){0,2}?(?:years|decades) of protection\b"
    r"|\bkeep(?:s|ing)? (?:a |the )?(?:[\w-]+ )?(?:ukraine|kyiv) (?:safe|secure)\b"
    # Protection or backing offered for a term ("the draft offered backing for 15 years"),
    # given in return for something, or on offer: the guarantor's side of a bargain.
    r"|\b(?:offer|extend|provid|grant|promis|pledg)\w* (?:[\w'’-]+ ){0,2}?(?:protection|backing|cover)"
    r" for (?:[\w'’-]+ ){0,2}?(?:years|decades)\b"
    r"|\bin (?:exchange|return) for (?:[\w'’-]+ ){0,4}?protection\b(?! (?:of|from|against)\b)"
    r"|\bprotection (?:[\w'’-]+ ){0,2}?(?:on offer|on the table)\b"
    # Standing behind the country's security is a guarantor's promise ("offered to stand behind
    # Ukraine's security for 15 years"); standing behind Ukraine alone is support.
    r"|\bstand(?:s|ing)? behind (?:ukraine|kyiv)(?:'s|’s) security\b"
    # Another state as the first line of Ukraine's defence ("Europe would be the first line of
    # defence for Kyiv"); Ukraine as Europe's first line of defence is Ukraine protecting others.
    r"|\bfirst line of defen[cs]e for (?:a |the )?(?:post-?war |postwar )?(?:kyiv|ukraine)\b(?!'s|’s)"
    r"|\b(?:would|will|to|should|could|must|shall) (?:be|become|serve as|act as|form)"
    r" (?:ukraine|kyiv)(?:'s|’s) first line of defen[cs]e\b"
)
#: Backing in money: a loan, a fund or a programme, not a guarantor's.
_MONEY_BACKING = LazyPattern(
    r"\b(?:loans?|imf|credit|lending|financial|financing|funding|budget|bonds?|funds?)\b"
)
_OTHER_PROTECTION = LazyPattern(
    r"\b(?:against|from) (?:russian )?(?:missiles?|drones?|strikes?|air (?:attacks?|strikes?|raids?)|bombing|shelling|glide bombs)\b"
    r"|\bair[- ]defen[cs]e\b"
    r"|\bprotection (?:for|of) (?:its|their|the) (?:[\w-]+ )?(?:ships|vessels|ports|convoys|exports|grid"
    r"|power plants|reactors|embassy|diplomats|citizens)\b"
    # Protection of people, rights or data, and a refugee's status: no state's guarantee.
    r"|\b(?:data|civil|civilian|consumer|child|children's|environmental|social|minority|minorities'"
    r"|temporary|refugee|witness|privacy|labou?r|investor|copyright|patent|fire|flood|radiation)"
    r" protection\b"
    r"|\bprotection (?:of|for) (?:the )?(?:[\w'’-]+ ){0,2}?(?:civilians|minorities|minority|data"
    r"|children|refugees|rights|privacy|investors|consumers|environment|heritage|monuments)\b"
)
#: ... after the fighting, or against a new attack.
_AFTER_THE_WAR = LazyPattern(
    r"\b(?:after|once|following|when) (?:a |the |any )?(?:ceasefire|cease-fire|truce|peace|war|fighting"
    r"|settlement|deal|hostilities)|\b(?:any|a|the) (?:peace )?(?:settlement|peace deal|peace agreement)"
    r"|\b(?:draft )?peace (?:plan|framework)"
    # A peace plan told by its points or its author ("the 28-point framework", "the American
    # draft", "the counter-proposal"): not a draft law or a call-up, which no state authors.
    r"|\b(?:\d+|[a-z]+-?[a-z]*)-point (?:peace )?(?:plan|framework|draft|proposal|document)s?\b"
    r"|\b(?:american|us|u\.s\.|washington(?:'s|’s)|russian|moscow(?:'s|’s)|european|europe(?:'s|’s))"
    r" (?:peace )?draft\b(?! (?:law|bill|legislation|dodg\w*|age|notices?))|\bcounter-?proposals?\b"
    r"|\b(?:once|when|after) the (?:guns|shooting) (?:fall silent|falls silent|go silent|stops?)"
    # A force there to uphold the ceasefire serves the time after the fighting too.
    r"|\b(?:support|supporting|secure|securing|monitor|monitoring|uphold|upholding|enforce|enforcing"
    r"|police|policing|guarantee|guaranteeing|underpin|underpinning|back|backing) (?:a |the |any )?"
    r"(?:ceasefire|cease-fire|truce|peace (?:deal|agreement|settlement))"
    r"|\b(?:against|deter\w*|prevent\w*|to stop|in case of|in the event of) (?:a |any )?(?:new|fresh|renewed"
    r"|future|another|repeat(?:ed)?) (?:russian )?(?:invasion|attack|aggression|offensive)"
    r"|\bfrom attack\w* (?:\w+ ){0,2}again\b|\bpost-?war\b"
)
#: ... the same, told where no war is named: a truce or a settlement to police, the fighting's
#: end, or a new invasion to deter. Unlike "after the war" these name the time after a war still
#: going on, which in coverage of Ukraine's path is Russia's on Ukraine unless another is named.
TRUCE_TO_COME = LazyPattern(
    r"\b(?:ceasefire|cease-fire|truce|peace (?:deal|agreement|settlement|accord)|negotiated settlement)\b"
    r"|\b(?:polic|uphold|enforc|guarantee|secur|monitor|back|underpin|support)\w* (?:a|the|any) settlement\b"
    r"|\b(?:once|when|after|the day after) the (?:fighting|war|guns|shooting|hostilities)"
    r" (?:stops?|ends?|is over|fall silent|falls silent|go silent)\b"
    r"|\b(?:fresh|new|renewed|another|second|future) (?:russian )?(?:invasion|attack|assault|aggression)\b"
    r"|\b(?:invade[sd]?|invading|attack(?:s|ed)?) (?:\w+ ){0,2}again\b"
    r"|\bpost-?war (?:arrangements?|settlement|security|force|deployment|mission|guarantees?)\b"
)
#: Foreign forces committed to that time, told without naming Ukraine: troops, boots on the
#: ground, planes in the air, a military response.
_FORCE_COMMITTED = LazyPattern(
    r"\b(?:troops|soldiers|forces|contingents?|boots on the ground|(?:planes|jets) in the air"
    rf"|{_AIR_COVER}|military response|warships|peacekeep\w*"
    rf"|reassurance force|multinational force|{_MISSIONS})\b"
)
_OTHER_WAR = LazyPattern(rf"\b(?:{lexicon.OTHER_WARS})\b")
#: A truce someone is to watch over: who monitors, verifies, polices or enforces it is what a
#: guarantee for the time after the war is made of ("a US-led mechanism to monitor any
#: ceasefire", "the truce would be verified by drones").
_TRUCE_WATCHED = LazyPattern(
    r"\b(?:monitor(?:s|ed|ing)?|verif(?:y|ies|ied|ying)|polic(?:e|es|ed|ing)|enforc(?:e|es|ed|ing)"
    r"|supervis(?:e|es|ed|ing)|oversee(?:s|ing|n)?|oversaw)"
    r" (?:and \w+ )?(?:(?!ceasefire|truce)\w+ ){0,3}?(?:ceasefire|cease-fire|truce|armistice)s?\b"
    r"|\b(?:ceasefire|cease-fire|truce|armistice)s? (?:\w+ ){0,3}?(?:be|being|been|is|are|was|were)"
    r" (?:\w+ ){0,2}?(?:monitored|verified|policed|enforced|supervised|overseen)\b"
    r"|\b(?:monitoring|verification|supervision|policing|enforcement) (?:of|for) (?:\w+ ){0,2}?"
    r"(?:ceasefire|cease-fire|truce|armistice)s?\b"
)
#: Fighting told as it happens: never a guarantee, whatever force is named.
BATTLE = LazyPattern(
    r"\b(?:launch\w*|push\w* back|repel\w*|advanc\w*|captur\w*|front ?lines?|retreat\w*|shell\w*"
    r"|counteroffensive|kill(?:ed|ing|s)|wounded|clash(?:ed|es|ing)|recaptur\w*|retak(?:e|es|en|ing)|retook)\b"
)
#: Another state to shoot down what flies over Ukraine: the air cover a guarantee is made of,
#: however many missiles and drones it names. Told as a commitment, an offer or a thing to
#: examine, never as a night's air defence, and by a state other than Ukraine or Russia.
_SHOOT_DOWN_OVER_UKRAINE = LazyPattern(
    r"\bshoot(?:s|ing)? down (?:[\w'’,-]+ ){0,12}?(?:(?:over|above) (?:western |eastern |northern"
    r" |southern |central )?(?:ukraine|ukrainian (?:territory|soil|airspace|skies))"
    r"|in (?:ukraine(?:'s|’s)|ukrainian) (?:airspace|skies))\b"
)
_WOULD_SHOOT = LazyPattern(
    r"\b(?:commit\w*|pledg\w*|agree\w*|examin\w*|consider\w*|stud(?:y|ies|ied|ying)|explor\w*"
    r"|could|would|might|ready to|willing to|prepared to|offer\w*|propos\w*|whether)\b"
)
_SHOOTERS = frozenset(("ukraine", "russia"))
#: A strike only supposed: the subject of a "would" ("a strike on Moscow would void the
#: protection") or what an "if" supposes. A guarantee's terms name the attacks it answers.
_SUPPOSED_AFTER = LazyPattern(r"(?:\s+[\w'’,-]+){0,6}?\s+(?:would|could|will|might)\b")
_SUPPOSED_BEFORE = LazyPattern(
    r"\b(?:if|unless|should|in case of|in the event of)\b(?:\s+[\w'’-]+){0,5}?\s*$"
)


def _violence_told(low: str) -> bool:
    """Does the sentence tell of violence as it happens, not only as a supposed attack?"""
    return any(
        not _SUPPOSED_AFTER.match(low, m.end())
        and not _SUPPOSED_BEFORE.search(low, max(0, m.start() - 60), m.start())
        for m in VIOLENCE.finditer(low)
    )


#: A guarantee of money or of goods, not of security: "a loan guarantee", "credit guarantees",
#: "a legal guarantee of two years" on goods bought, "a customs guarantee".
_MONEY_GUARANTEE = LazyPattern(
    r"\b(?:loan|credit|debt|bond|export|price|deposit|investment|income|financial|sovereign"
    r"|legal|customs|transit|consumer|product|warranty|quality|job|employment|pension|wage)s? guarantee"
    r"|\bguarantee[sd]? (?:[\w'’-]+ ){0,4}?(?:loans?|credits?|debts?|bonds?|borrowing|payments?|deposits?)\b"
    r"|\b(?:loans?|credits?|bonds?|borrowing) (?:[\w'’,-]+ ){0,8}?guaranteed\b"
)
_BID_ELSE = LazyPattern(
    r"\s+(?:[\w'’-]+\s+){0,3}?to\s+(?!join|enter|become|accede|gain|secure|get|win)[a-z]"
)
_DOOR_ELSE = LazyPattern(
    r"\s+(?:(?:shut|closed|open|wide open)\s+)?to\s+(?!nato\b|the alliance|membership|ukraine|kyiv|kiev|new members|georgia|sweden|finland|the bloc|enlargement)(?:[\w'’-]+\s+){0,2}?(?:arrivals|refugees|migrants|asylum|imports|trade|investment|tourists|talks|negotiations|dialogue"
    r"|millions|thousands|hundreds|people|families|visitors|students|children|public|press|investors)\b"
)
#: Something else enlarged: "the expansion of the air base", "expanding its grain exports".
_EXPANDED_THINGS = (
    r"(?:base|bases|airbase|airfield|port|plant|factory|production|capacity|exports?|imports?"
    r"|trade|program(?:me)?s?|mission|operations?|budget|sanctions|fund|facility|facilities|grid|pipeline|network)\b"
)
_EXPANDS_ELSE = LazyPattern(
    r"\s+(?:of\s+)?(?:the\s+|its\s+|their\s+|a\s+)?(?!nato\b|the alliance\b|alliance\b|bloc\b|membership\b"
    r"|east\w*|further\b|eastward\w*|ukraine\b|kyiv\b|into\b|to\b|toward\w*|again\b|in\b|beyond\b)"
    rf"(?:[\w'’-]+\s+){{0,3}}?{_EXPANDED_THINGS}"
)
#: The same told in the passive: "the air base ... is being expanded".
_EXPANDED_ELSE = LazyPattern(
    rf"\b{_EXPANDED_THINGS}(?:\s+[\w'’-]+){{0,6}}?\s+(?:is|are|was|were|will be|has been|have been|had been)"
    r"\s+(?:being\s+)?$"
)
#: An invitation to speak, visit or attend: "an invitation to address Congress", "invited to the
#: summit dinner". Not one to join.
_INVITED_ELSE = LazyPattern(
    r"\s+(?:[\w'’-]+\s+){0,3}?to\s+(?:address|attend|speak|visit|meet|watch|observe|dine|take part|participate"
    r"|sit in|come to|the (?:[\w'’-]+ ){0,2}(?:summit|meeting|talks|session|conference|dinner|ceremony|parade"
    r"|inauguration|forum|gathering|white house|kremlin|palace))\b"
)
#: "An ally" as what a country becomes or acts as, not an ally attacked or defended.
_AS_AN_ALLY = LazyPattern(
    r"\b(?:become|became|becomes|becoming|be|being|been|is|was|as|remain\w*) (?:\w+ )?$"
)
#: A joining verb with an object of its own: "join the 24-team field", "joined Spain's bid"
#: (not "entering the Western bloc", "joining the 32-nation club").
_JOINS_OTHER = LazyPattern(
    r"(?:the|a|an|its|their|(?:[a-z]+ and )?[a-z]+(?:'s|’s))\s(?!(?:[\w'’-]+\s+){0,3}?(?:bloc|alliance|allies|club|ranks|nato)\b)"
    # Others joined in something: "joined Belgium, Slovakia and Romania in Group E".
    r"|(?:[a-z]+,\s)+[a-z]+ and [a-z]+\s+(?:in|at|on)\s(?!(?:the )?(?:nato|alliance|bloc)\b)"
)


#: Something of the alliance's, joined: "joined NATO's cyber centre".
_ALLIANCE_OWNS = LazyPattern(
    r" (?:nato|the alliance)(?:'s|’s) (?!(?:ranks|fold|family|club|membership)\b)"
)
#: Whom or what one joins when it is company, not the alliance: a leader, an official, talks.
_JOINED_COMPANY = LazyPattern(
    r" (?:(?:[\w'’-]+ ){0,2}?(?:president|premier|prime minister|chancellor|envoys?|secretary|ministers?"
    r"|leaders|officials|counterparts?|colleagues|delegations?|negotiators)\b"
    r"|(?:the |a )?(?:talks|call|calls|meeting|forces|hands)\b"
    r"|(?:" + "|".join(sorted(map(re.escape, lexicon.LEADERS), key=len, reverse=True)) + r")\b)"
)
#: The alliance's territory, after "into NATO": "drones strayed into NATO airspace".
_ALLIANCE_PLACE = LazyPattern(r"(?:'s|’s)? (?:airspace|territory|skies|soil|waters)\b")


def _company_or_place(low: str, m: re.Match[str]) -> bool:
    """Is the membership word company or a place, not the path: a leader, officials or talks
    joined ("Zelensky joined Macron in Paris"), the alliance's territory ("into NATO airspace")?"""
    word = m.group(0)
    if word.startswith("join"):
        return _JOINED_COMPANY.match(low, m.end()) is not None
    return word.startswith("into ") and _ALLIANCE_PLACE.match(low, m.end()) is not None


#: Another body a pronoun may stand for ("without joining it").
_BODY_NAMED = LazyPattern(
    r"\b(?:court|statute|convention|treaty|organi[sz]ation|union|agency|fund|bank|club|league"
    r"|federation|tribunal|programme|program|initiative|coalition|group)\b"
)
#: A treaty whose parties a country joins, not the alliance.
_PARTY_TO = LazyPattern(
    r"\b(?:state )?part(?:y|ies) to (?:the )?(?:[\w'’-]+ ){0,3}?(?:statute|convention|treaty|protocol|charter)\b"
)
#: A place entered: a country, a capital or airspace ("drones enter Poland", "entered Polish
#: airspace"), not the alliance.
_ENTERS_PLACE = LazyPattern(
    r"\s+(?:[a-z]+ )?(?:airspace|territory|waters|soil)\b|\s+(?P<place>[a-z]+)\b(?!\s+(?:into|to)\b)"
)
#: An accession told as done in a year before the war: "joined the EU and NATO in 2004".
_JOINED_LONG_AGO = LazyPattern(
    r"(?:joined|acceded to|entered)\b(?:\s+[\w'’-]+){0,5}?\s+in\s+(?:(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december) )?(?:19\d\d|20[01]\d|202[0-2])\b"
)
#: "Member states", "member countries": the members a body has ...
_EXISTING_MEMBERS = LazyPattern(r"\s+(?:states|countries|nations|governments)\b")
#: ... unless a country is to become one: "a member state", "full member countries".
_A_MEMBER = LazyPattern(r"\b(?:a|an|full|new)\s+$")


#: The words that may stand between a country and the membership word that tells its own
#: accession: "Montenegro formally became a member", "invited Albania and Croatia to join",
#: "North Macedonia's accession".
_JOINER_BEFORE = LazyPattern(
    r"(?:'s|’s)?(?:\s+(?:formally|officially|finally|eventually|then|later|also|itself|became"
    r"|become|becomes|becoming|was|were|is|has|had|been|a|an|the|its|full|fully|new|to"
    r"|(?:nato|alliance)(?:'s|’s)|\d+(?:st|nd|rd|th)))*\s+$"
)


def _joined_by_another(low: str, member: re.Match[str]) -> bool:
    """Is the membership word told of a country right before it that is none of those whose
    path the baseline follows ("Montenegro formally became a member in 2017"; "Greece was among
    the allies that ...": an ally described, no one's path)? Only where every government the
    sentence names is such a one: "Hungary became the last ally to approve Stockholm's entry"
    tells of Sweden's."""
    if not all(map(_another, lexicon.governments_named(low))):
        return False
    if member.group(0).startswith("invit"):
        # "invited Albania and Croatia to join": the countries invited, right after.
        invited = lexicon.COUNTRY_NAMES.match(low, member.end() + 1)
        return invited is not None and _another(lexicon.COUNTRIES[invited.group(0)])
    start = max(0, member.start() - 80)
    last = None
    for named in lexicon.COUNTRY_NAMES.finditer(low, start, member.start()):
        last = named
    if last is None or not _JOINER_BEFORE.fullmatch(low, last.end(), member.start()):
        return False
    return _another(lexicon.COUNTRIES[last.group(0)])


def _another(country: str) -> bool:
    """Is `country` none of those whose path the baseline follows, and no bloc?"""
    return country not in SCALE_ENTITIES and country not in _NEWCOMERS and country not in _BLOCS


#: Bodies, not countries: "the EU's enlargement" is not another country's accession.
_BLOCS = frozenset(("eu", "nordic", "baltic"))


#: A membership word qualified by the European Union: "Turkey's EU accession", "entry into the
#: European Union".
_EU_QUALIFIED = LazyPattern(
    r"\b(?:eu|european union)(?:'s|’s)? (?:accession|membership|entry|bid|integration)"
    r"|\b(?:accession|membership|entry|bid|integration) (?:[\w'’-]+ ){0,2}?(?:to|of|in|into|with) "
    r"(?:the )?(?:eu|european union)\b"
)
#: Countries whose own accession the baseline records: their membership is on the path's topic
#: wherever it is told.
_NEWCOMERS = frozenset(("sweden", "finland"))


def _described(low: str, member: re.Match[str]) -> bool:
    """Is "member" a description of the country named right after it ("NATO member Turkey",
    "fellow NATO members Poland and Lithuania"), not the membership path?"""
    if not low[max(0, member.start() - 5) : member.start()] == "nato ":
        return False
    after = re.match(r"\s+(?:states?\s+|countries\s+|country\s+)?([a-z]+)", low[member.end() :])
    return after is not None and after.group(1) in lexicon.COUNTRIES


#: "Member" as a country, some member or a counted one: "a member of the alliance had fired",
#: "allows any member to request consultations", "whose 50 member countries". Not after a verb
#: of becoming or being ("become a member", "is not yet a member"): that is the path.
_SOME_MEMBER = LazyPattern(
    r"(?<!become )(?<!became )(?<!becomes )(?<!becoming )(?<!be )(?<!been )(?<!being )(?<!is )"
    r"(?<!was )(?<!as )(?<!yet )(?<!not )"
    r"\b(?:a|any|every|each|another|one|no other|\d+) (?:(?:nato|alliance|allied) )?$"
)


#: A member named by apposition or as the subject of being one: "Luxembourg, a founding member
#: of NATO", "Poland, which has long been a member", "Turkey is a member", "Norway, one of the
#: alliance's founding members".
_HOLDER_BEFORE = LazyPattern(
    r"\b([a-z]+)(?:,\s+(?:(?:which|who)\s+)?|\s+)(?:(?:is|was|has\s+(?:long\s+)?been|had\s+been|remains)\s+)?"
    r"(?:a|an|one\s+of\s+(?:the\s+)?(?:[a-z]+(?:'s|’s)\s+)?|one)\s*(?:[a-z-]+\s+){0,2}$"
)
#: The allies as they are: "NATO members", "fellow members", "eastern-flank members", "founding
#: members".
_ALLIES_AS_MEMBERS = LazyPattern(
    r"\b(?:nato|alliance|allied|fellow|other|existing|current|eastern|western|northern|southern|european|founding"
    r"|original)(?:-[a-z]+)?\s+$"
)


def _held_by_another(low: str, member: re.Match[str]) -> bool:
    """Is "member" a country that already is one ("Luxembourg, a founding member of NATO") or
    the allies as they are ("NATO members were fighting Russia"), not anyone's path in? A
    country on the status scale (an aspirant, a newcomer) is the path's own matter."""
    start = max(0, member.start() - 60)
    if member.group(0) == "members" and _ALLIES_AS_MEMBERS.search(low, start, member.start()):
        return True
    held = _HOLDER_BEFORE.search(low, start, member.start())
    if held is None:
        return False
    country = lexicon.COUNTRIES.get(held.group(1))
    return country is not None and country not in SCALE_ENTITIES


def _some_member(low: str, member: re.Match[str]) -> bool:
    """Is "member" some member country rather than the membership path?"""
    return _SOME_MEMBER.search(low, max(0, member.start() - 40), member.start()) is not None


def _enters_place(low: str, m: re.Match[str]) -> bool:
    """Is "enter" said of a place ("drones entered Poland", "jets entered Romanian airspace")?"""
    place = _ENTERS_PLACE.match(low, m.end())
    if place is None:
        return False
    where = place.group("place")
    return where is None or where in lexicon.COUNTRIES or where in lexicon.CAPITALS


def not_the_alliance(low: str, m: re.Match[str]) -> bool:
    """Is the membership word about something other than the alliance ("a member of the
    European network", "a bid to host", "shutting the door to arrivals", "attack an ally")?"""
    word = m.group(0)
    if (
        word.startswith("join")
        and low.startswith((" it", " them"), m.end())
        and _BODY_NAMED.search(low)
    ):
        return True  # "accepted the court's jurisdiction without joining it": that body
    if word.startswith(("join", "accession", "accede")) and "part" in low and _PARTY_TO.search(low):
        return True  # "Kyiv's accession makes it the 125th state party to the Rome Statute"
    if word.startswith(("join", "enter")) and _JOINS_OTHER.match(low, m.end() + 1):
        return True  # "Ukraine beat Iceland to join the 24-team field"
    if _company_or_place(low, m):
        return True
    if word.startswith("enter") and _enters_place(low, m):
        return True
    if word in ("member", "members") and _some_member(low, m):
        return True  # "any member may request consultations": a country, not the path
    if word.startswith(("member", "admi", "accession", "entry", "join", "enter")):
        return lexicon.OTHER_BODY.match(low, m.end()) is not None
    if word == "bid":
        return _BID_ELSE.match(low, m.end()) is not None
    if "door" in word:
        return _DOOR_ELSE.match(low, m.end()) is not None
    if word.startswith("invit"):
        return _INVITED_ELSE.match(low, m.end()) is not None
    if word == "an ally":
        return _AS_AN_ALLY.search(low, max(0, m.start() - 20), m.start()) is None
    return False


#: Growth told as eastward, where Russia or the West is named, is the alliance's: "Moscow wants
#: the West to stop expanding eastward".
_EAST_AFTER = LazyPattern(r"\s+(?:any |further |farther )*east(?:wards?)?\b")


#: Ukraine's alignment: neutrality, a non-bloc status, the victory plan that answers it.
_ALIGNMENT = LazyPattern(rf"\b(?:{lexicon.NEUTRALITY}|non-?bloc|victory plan)\b")
#: The baseline's events that are the alliance's own: its summits and its council with Ukraine.
_ALLIANCE_EVENTS = frozenset(
    {"bucharest-2008", "vilnius-2023", "washington-2024", "nato-ukraine-council"}
)
#: The allies' foreign or defence ministers meeting, told as NATO prose tells it.
_MINISTERIAL = LazyPattern(
    r"\b(?:foreign |defen[cs]e )?ministerial\b(?! (?:conference|council) of\b)"
)


def topic_reason(
    low: str,
    actors: tuple[str, ...],
    *,
    unnamed_is_ukraine: bool = True,
    eu_entry: bool = False,
    in_context: bool = False,
) -> str:
    """Why a lower-cased sentence is on topic ('' when it is not); `unnamed_is_ukraine`: False
    inside an entry that has been off the path so far and never named Ukraine, where a
    membership the sentence does not say is Ukraine's is someone else's; `eu_entry`: the bloc
    the entry named last is the EU, so membership with no alliance named is the EU's;
    `in_context`: inside an entry already about the path, where NATO and Ukraine named together
    are no topic of their own (the entry's context rules decide)."""
    if "membership action plan" in low:  # what `_MAP` finds, and nothing else
        low = _MAP.sub("map", low)
    alliance = lexicon.ALLIANCE_TERMS.search(low)
    # "The bloc" is the EU too: with the EU named, it does not make a sentence about NATO.
    nato = alliance is not None and not (
        "bloc" in alliance.group(0) and EU_NAMED.search(low) and "nato" not in low
    )
    ukraine = "ukraine" in actors or "nato-ukraine" in low
    membership = lexicon.membership_term(low)
    if membership and membership.group(0) in ("member", "members") and VIOLENCE.search(low):
        membership = None  # "drones struck a NATO member": a country, not the membership path
    while membership and (
        (membership.group(0) == "joined" and low.startswith(" by ", membership.end()))
        or (membership.group(0).startswith("join") and _ALLIANCE_OWNS.match(low, membership.end()))
        or _company_or_place(low, membership)
        or (membership.group(0) in ("member", "members") and _held_by_another(low, membership))
    ):
        # "He is joined by Starmer, Macron and Rutte", "joined Macron in Paris": company, not
        # membership; "joined NATO's cyber centre": something of the alliance's; "drones
        # strayed into NATO airspace": its territory. A later word may still name the path.
        membership = lexicon.MEMBERSHIP_TERMS.search(low, membership.end())
    if membership and membership.group(0) in ("member", "members") and _described(low, membership):
        membership = None  # "NATO member Turkey hosted the talks": a country described
    if (
        membership
        and membership.group(0) in ("member", "members")
        and _some_member(low, membership)
    ):
        membership = None  # "any member may request consultations": a country, not the path
    if membership and membership.group(0).startswith("enter") and _enters_place(low, membership):
        # "after drones enter Poland": a place entered; a later word may still name the path.
        membership = lexicon.MEMBERSHIP_TERMS.search(low, membership.end())
    if (
        membership
        and membership.group(0).startswith(("expan", "enlarg"))
        and (
            _EXPANDS_ELSE.match(low, membership.end())
            or _EXPANDED_ELSE.search(low, max(0, membership.start() - 80), membership.start())
        )
    ):
        # "The expansion of the air base": something else enlarged, NATO named or not.
        membership = lexicon.MEMBERSHIP_TERMS.search(low, membership.end())
    while (
        membership
        and membership.group(0) in ("member", "members")
        and _EXISTING_MEMBERS.match(low, membership.end())
        and not _A_MEMBER.search(low, max(0, membership.start() - 8), membership.start())
    ):
        # "Most member states could switch suppliers": the body's members as they are, not
        # anyone's path into it; a later word may still name the path.
        membership = lexicon.MEMBERSHIP_TERMS.search(low, membership.end())
    if (
        membership
        and (not nato or membership.group(0) == "an ally")
        and not_the_alliance(low, membership)
    ):
        membership = None  # "a full member of the European network", "a bid to host the cup"
    if (
        membership
        and _JOINED_LONG_AGO.match(low, membership.start())
        and "sweden" not in actors
        and "finland" not in actors
    ):
        # "The three countries, which joined NATO in 2004": others' accession, long done.
        # Ukraine has joined nothing; the newcomers the baseline names are its own matter.
        membership = None
    if (
        membership
        and not ukraine
        and not _OTHER_CANDIDATES.isdisjoint(lexicon.governments_named(low))
    ):
        membership = None  # "Chisinau has no plans to join the alliance": another country's path
    if membership and not ukraine and _joined_by_another(low, membership):
        membership = None  # "Montenegro formally became a member": another country's accession
    if membership and eu_entry and not nato and not _NEWCOMERS.intersection(actors):
        # "... expected to approve the formal start of membership talks with Ukraine", in a
        # story about the EU: the EU's path.
        membership = None
    if membership and not (ukraine or unnamed_is_ukraine or _NEWCOMERS.intersection(actors)):
        # "Allies will discuss whether to invite new members", in a story about an exercise
        # that has not named Ukraine: whose path, the entry does not say.
        membership = None
    if (
        membership
        and ("east" in membership.group(0) or _EAST_AFTER.match(low, membership.end()))
        and ("russia" in actors or "west" in low)
    ):
        nato = True  # Moscow on "a halt to eastward expansion": the alliance's, named or not
    if membership and membership.group(0).startswith(lexicon.SUMMIT_PROMISES):
        nato = True  # "Bucharest's promise": the alliance's, named or not
    if (
        membership
        and not nato
        and (_MINISTERIAL.search(low) or not _ALLIANCE_EVENTS.isdisjoint(events_of(low)))
    ):
        # "Berlin blocked the invitation in Vilnius", "would not back an invitation at the
        # December ministerial": a summit of the path, or the allies' ministers, are the
        # alliance's.
        nato = True
    if membership and (nato or (ukraine and not EU_NAMED.search(low))):
        return f"membership: {membership.group(0)!r}"
    composition = membership or re.search(r"\bratif\w*", low)
    if (
        composition
        and ("sweden" in actors or "finland" in actors)
        and not _EU_QUALIFIED.search(
            low, max(0, composition.start() - 12), min(len(low), composition.end() + 30)
        )
    ):
        # "Sweden promised to help revive Turkey's EU accession process": the EU's path.
        return f"alliance composition: {composition.group(0)!r}"
    guarantee = lexicon.GUARANTEE_TERMS.search(low)
    if guarantee and _MONEY_GUARANTEE.search(low):
        guarantee = None  # a loan guarantee: money, not security
    weak = guarantee is not None and (
        WEAK_GUARANTEE.fullmatch(guarantee.group(0)) is not None
        or (
            # The treaty's own clause is the allies' defence; one offered on its model
            # ("Article 5-like protection") is a guarantee for a country outside.
            guarantee.group(0).startswith("article")
            and not _ON_THE_MODEL_AFTER.match(low, guarantee.end())
            and not _ON_THE_MODEL_BEFORE.search(low, 0, guarantee.start())
        )
    )
    if guarantee and (ukraine or not weak):
        return f"guarantee: {guarantee.group(0)!r}"
    pact = _PACT.search(low) or _COUNTRY_AGREEMENT.search(low)
    names_kyiv = pact is not None and ("ukrain" in pact.group(0) or "kyiv" in pact.group(0))
    if (
        pact
        and (ukraine or names_kyiv)
        # Another deal's subject ("a deal on purchases of jets"), unless what the sentence tells
        # is the agreement's own terms ("a clause in the accord commits Poland to study whether
        # its jets could ...").
        and not (
            _OTHER_DEAL.search(low)
            and not _PACT_TERMS.search(low, max(0, pact.start() - 40), pact.end() + 40)
        )
    ):
        return f"guarantee: {pact.group(0)!r}{PACT_REASON}"
    if composition_cue := _COMPOSITION.search(low):
        if "sweden" in actors or "finland" in actors:
            return f"alliance composition: {composition_cue.group(0)!r}"
    if ("sweden" in actors or "finland" in actors) and nato and scale_steps(low, actors):
        return "alliance composition: a status step"
    if _PEACE_FORCE.search(low) and ukraine:
        return "guarantee: peace force"
    if (
        ukraine
        and (shield := _SHOOT_DOWN_OVER_UKRAINE.search(low))
        and _WOULD_SHOOT.search(low, max(0, shield.start() - 80), shield.start())
        and (lexicon.governments_named(low) - _SHOOTERS or nato)
        and not BATTLE.search(low)
    ):
        return "guarantee: another state to shoot down what flies over Ukraine"
    if (
        ukraine
        and (protection := _PROTECTION.search(low))
        and _AFTER_THE_WAR.search(low)
        and not _violence_told(low)
        and not BATTLE.search(low)
    ):
        return f"guarantee: {protection.group(0)!r} after the war"
    if (
        not ukraine
        and unnamed_is_ukraine
        and (force := _FORCE_COMMITTED.search(low))
        and TRUCE_TO_COME.search(low)
        and not _OTHER_WAR.search(low)
        and not VIOLENCE.search(low)
        and not BATTLE.search(low)
    ):
        return f"guarantee: {force.group(0)!r} after the war, whose war is unnamed"
    if (
        (ukraine or unnamed_is_ukraine)
        and (watched := _TRUCE_WATCHED.search(low))
        and not _OTHER_WAR.search(low)
        # Drones may be how the truce is watched ("monitored largely with drones").
        and all(v.group(0).startswith("drone") for v in VIOLENCE.finditer(low))
        and not BATTLE.search(low)
    ):
        return f"guarantee: {' '.join(watched.group(0).split())!r}, a truce watched over"
    if (
        ukraine
        and (
            "protect" in low
            or " safe" in low
            or " secure" in low
            or "defen" in low
            or "backing" in low
            or "behind" in low
        )
        and (offered := _PROTECTION_OFFERED.search(low))
        and not _OTHER_PROTECTION.search(low)
        and not ("backing" in offered.group(0) and _MONEY_BACKING.search(low))
        and not VIOLENCE.search(low)
    ):
        return f"guarantee: {offered.group(0)!r}"
    if nato and ukraine and not VIOLENCE.search(low) and _COOPERATION.search(low):
        return COOPERATION
    if ukraine and _ALIGNMENT.search(low):
        return "membership: alignment"
    if nato and lexicon.ALLIANCE_ROLE_TERMS.search(low) and not VIOLENCE.search(low):
        return "alliance composition"
    # 1994, or the G7 leaders, at business of their own (a loan, sanctions) are no event of the
    # guarantees.
    events = [
        e
        for e in events_of(low)
        if (e != "budapest-1994" or guarantee)
        and (e != "g7-declaration" or guarantee or not OFF_TOPIC_FRAME.search(low))
    ]
    if "nato-ukraine-council" in events:
        return "event: nato-ukraine-council"
    if (
        events
        and not VIOLENCE.search(low)
        and (ukraine or guarantee or ("g7" in actors and not OFF_TOPIC_FRAME.search(low)))
    ):
        return f"event: {events[0]}"
    if nato and ukraine and not in_context and not OFF_TOPIC_FRAME.search(low):
        return NAMED_TOGETHER
    return ""


FURNITURE = LazyPattern(
    r"(?i)\b(?:subscribe|subscriber|subscription|sign up|newsletter|view comments|join the conversation"
    r"|comment guidelines|not your account|more from|related posts|documents to download|photo by"
    r"|getty images|reuters/|ap photo|twitter: ?@|follow (?:us|him|her) on|all rights reserved"
    r"|is an? (?:\w+ ){0,4}(?:reporter|correspondent|editor|fellow|columnist|writer|scholar) (?:at|with|for)"
    r"|was previously a fellow|welcomes financial donations|non-partisan|does not engage in advocacy"
    r"|listing of \w+ donors|click here|read more|advertisement|cookie)"
)
