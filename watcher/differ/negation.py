"""Is the membership prospect denied? Negation with its scope, double negatives, neutrality.

The differ's `contradicted` layer: each function returns the phrase that decided (the cue),
or '' when the sentence does not deny Ukraine's path to membership.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from watcher.differ.rules import Cue, find_cues, rules
from watcher.text import attributes, lexicon
from watcher.text import compiled as kept
from watcher.text.lazy import LazyPattern
from watcher.text.lexicon import membership_term
from watcher.text.literals import Gate, may_hold
from watcher.text.similarity import terms

_MAP = LazyPattern(r"\bmembership action plan\b")
#: Tried only where a word starts, as `lexicon.MEMBERSHIP_TERMS`: every match starts with one.
_PROSPECT = LazyPattern(
    r"\b(?=\w)(?:membership|member(?! (?:states?|countries|country|nations?|governments?)\b)"
    r"|(?<!nato )(?<!alliance )(?<!fellow )(?<!its )(?<!all )members(?! (?:states?|countries|country|nations?|governments?)\b)"
    r"|among (?:the )?(?:nato |alliance(?:'s|’s)? )?members|one of (?:nato(?:'s|’s)|the alliance(?:'s|’s)|its) members"
    r"|(?:a|an|full) member (?:state|country|nation)|join(?:s|ed|ing)?|accession|accede|entering|entry|enter|coming into"
    r"|coming in(?=\s*(?:[,.;:!?)\"”’]|$|(?:to|as|now|soon|while|before|after|and|or|but|calling|saying)\b))"
    r"|nato (?:seat|place|berth|slot)|(?:eastward|further east(?:ward)?) (?:movement|advance|march|creep)"
    r"|get(?:ting)? into|admit(?:ted|ting)?|admission|expan(?:d|ds|ded|ding|sion)|enlarg(?:ement|ing|es|ed|e)|bid|invit(?:e|ed|ing|ation)"
    r"|nato (?:ambitions?|aspirations?|hopes?|course|goal|path|future|doors?|dreams?)|ambitions?|aspirations?"
    r"|(?:nato's|the alliance's) doors?|(?:(?:nato's|the alliance's) )?open[- ]doors?(?: policy)?|doors? (?:to|into) (?:nato|the alliance|membership)"
    r"|part of (?:nato|the alliance)|steps? (?:[\w'’]+ ){0,4}?(?:to|towards?) (?:nato|the alliance|membership)|(?:mov(?:e|es|ed|ing)|push(?:es|ed|ing)?|creep(?:s|ing)?|crept|march(?:es|ed|ing)?) (?:(?:any )?further )?east(?:wards?)?"
    r"|let(?:s|ting)? (?:[\w'’]+ ){0,3}in(?:to)?|(?:take|takes|took|taking|taken|bring|brings|bringing|brought) (?:ukraine|kyiv|kiev|it|them|the country|georgia|new members?|sweden|finland) in|(?:take|takes|taking|took) in (?:ukraine|kyiv|kiev|georgia|new members?|the country|a country|them)|taken in(?=\s*(?:[,.;:!?)\"”’]|$|(?:as|to|now|soon|until|while|before|after|if|when|and|or|but|at|ever|for)\b))|brought in(?:to)?"
    r"|(?:bring|brings|bringing|brought|put|puts|putting|place|places|placing|placed) (?:ukraine|kyiv|kiev|it|the country) under (?:the )?(?:north atlantic|washington) treaty"
    r"|(?:bring|brings|bringing) (?:[\w'’]+ ){0,2}into|inside (?:of )?(?:nato|the alliance|the bloc)|(?:path|road|way|route) (?:to|into|towards?) (?:nato|the alliance|membership)|(?:ukraine|kyiv) in (?:(?:either |both )?(?:the )?(?:eu|european union) (?:or|and|nor) )?(?:nato|the alliance)|(?:be|being|been) (?:\w+ )?in (?:nato|the alliance)|among the allies|an ally"
    r"|(?:into|out of|outside|without) (?:(?:either |both )?(?:the )?(?:eu|european union) (?:or|and|nor) )?(?:nato|the alliance|the bloc)(?!'s|’s)|nato (?:membership )?for (?:ukraine|kyiv)|accept(?:s|ed|ing)? (?:ukraine|kyiv|kiev)"
    r"|(?:take|takes|taking|took|taken) (?:its|a|their|her) seat|umbrella|integration"
    r"|under (?:nato(?:'s|’s)?|the alliance(?:'s|’s)|allied) (?:collective |security |military )?(?:protection|shield)"
    r"|(?:bucharest|2008|membership) (?:promise|pledge|commitment)s?|(?:bucharest|vilnius)(?:'s|’s) (?:promise|pledge)|alliance(?:'s|’s)? doors?|irreversib\w*"
    r"|(?:nato |membership )?application|nato-?i[sz]ation|(?:ukraine's|ukraine’s|kyiv's|kyiv’s) (?:hopes?|dreams?)"
    r"|promises? (?:(?:they|it|nato|the allies|the alliance) )?(?:(?:had|have|has) )?(?:made |gave |given )?(?:to )?(?:ukraine|kyiv|kiev)"
    rf"|{lexicon.PROMISED_AT_BUCHAREST}"
    r"|(?:alliance|membership|atlantic) (?:ambitions?|aspirations?|hopes?|dreams?)"
    r"|doors?(?= (?:[\w'’]+ ){0,3}(?:to|on|for) (?:ukraine|kyiv|kiev|georgia|tbilisi)\b)"
    r"|(?:ukraine|kyiv|kiev|the country)(?: and (?:georgia|tbilisi))? out(?! of)"
    r"|(?:mov|push|creep|march|expand|go)\w* no (?:further|farther) east(?:wards?)?"
    rf"|{lexicon.ALLIANCE_GROWTH}"
    r"|(?:eastward|further) growth"
    r"|(?:tak\w+|took|admit\w*|accept\w*) in (?:no|any) (?:more|further|new) (?:countries|members|states|nations)"
    r"|no (?:more|further) (?:new )?(?:members|countries|states|nations)(?= (?:in|into|to|for) (?:nato|the alliance|the bloc))"
    r"|(?:place|seat|future|home) (?:for (?:it|ukraine|kyiv|them) )?(?:is |lies |lay )?(?:in|at|inside|among|within) (?:nato|the alliance|the bloc|the allies))\b"
)
#: What a terminal word ("over", "dead") may be said of instead of the prospect, just before it.
_OTHER_SUBJECT = LazyPattern(
    r"\b(?:war|fighting|conflict|hostilities|talks|summit|meeting|session|negotiations|ceasefire"
    r"|crisis|era|invasion|occupation)"
    # ... with whom or where: "once its war with Russia is over".
    r"(?:\s+(?:with|against|in|on|over)(?:\s+[\w'’-]+){1,2}?)?"
    r"\s+(?:(?:is|are|was|were|has been|have been|had been|will be"
    r"|would be|being|now|finally|long)\s+){0,2}$"
)
_SCHEDULE_WORDS = r"date|timeline|timetable|time ?frame|deadline|schedule|calendar"
_TIMELINE_WORDS = LazyPattern(rf"\b(?:{_SCHEDULE_WORDS})\b")
#: A negation in the past or the perfect: what has not happened so far.
_SO_FAR = LazyPattern(
    # An invitation not expected at the coming summit is none so far, as the seeds say.
    r"\b(?:is|are|was|were) not expected to\b|\bexpect(?:s|ed)? no\b|"
    r"\b(?:has|have|had|did|was|were)(?: not| never)\b|\b(?:hasn't|haven't|hadn't|didn't|wasn't|weren't)\b"
    r"|\b(?:stopped|stops|stopping|fell|falls|falling) short of\b|\black(?:s|ed|ing)?\b|\bdeclin(?:ed|ing)\b|\bwithh(?:eld|olding)\b|\bnone of (?:them|these|those|it)\b"
    r"|\b(?:extended|offered|issued|gave|made|sent|received|got)\s+(?:\w+\s+)?no\b"
    # ... or none again: "once again no invitation was issued".
    r"|\b(?:once )?again,?(?= (?:no|not|none|did not|didn't|failed)\b)"
)
#: An invitation told as asking the country to join: "stopped short of asking it to join".
_ASKED_TO = LazyPattern(r"\b(?:ask|asks|asked|asking|invit\w*) (?:[\w'’]+ ){0,2}to\s+$")
#: A question about the prospect answered by a flat no: the answer denies what was asked.
_ANSWERED_NO = LazyPattern(
    r"\b(?:asked|pressed|questioned) (?:on |about )?(?:whether|if) (?P<question>[^?;]{5,200}?)[,?:]\s"
    r"(?:[^;]{0,80}?\b(?:replied|answered|responded|said|told [\w ]{1,30}?"
    r"|gave (?:a |an |his |her )?(?:[\w-]+ )?(?:answer|reply|response)))[:,]?\s*['\"“‘]?"
    r"(?:no|never(?:,? ever)?|not a chance|no chance|no way|absolutely not|certainly not|of course not"
    r"|not on my watch|not in (?:my|our) lifetime)[.!]?['\"”’]?\W*$"
)
#: ... or answered yes: what the question asks is then said.
_ANSWERED_YES = LazyPattern(
    r"\b(?:asked|pressed|questioned) (?:[\w'’-]+ ){0,4}?(?:whether|if) (?P<question>[^?;]{5,200}?)[,?:]\s"
    r"(?:[^;]{0,80}?\b(?:replied|answered|responded|said|told [\w ]{1,30}?))[:,]?\s*['\"“‘]?"
    r"(?:yes|we (?:might|may|could|would)|it (?:might|may|could)|possibly|perhaps|maybe|if need be)[.!]?['\"”’]?\W*$"
)
#: A rhetorical question about the prospect: one that asks whether anyone could believe it ("Does
#: anyone seriously think the alliance will take Kyiv in?"), or one answered at once by a flat no
#: or a closed door ("Ukraine in NATO? Not in our lifetime.", "Membership? That chapter is closed").
_DISBELIEF = LazyPattern(
    r"\b(?:does|do|did|would|will|can|could) (?:any ?one|any ?body|somebody|someone) (?:(?:still|really|seriously|honestly|truly|actually) )?"
    r"(?:think|believe|expect|imagine|suppose|seriously think|still believe)\b(?P<question>[^?]{3,200})\?"
    r"|\bwho (?:in (?:their|his|her) right mind |(?:still|really|seriously|honestly) )?(?:thinks|believes|expects|imagines)\b(?P<asked>[^?]{3,200})\?"
)
_ANSWER_BODY = (
    r"(?:(?:no|never|nope|not (?:a chance|likely|really|ever|in (?:my|our|this|your|anyone's) (?:lifetime|life|time|generation)|on (?:my|our) watch|any ?time soon|while i(?:'m| am) (?:here|alive|in office)))"
    r"|(?:of course|certainly|absolutely|definitely) not|hardly"
    r"|(?:(?:you|they|kyiv|ukraine|we|he|she) (?:can|could|may as well|might as well|should|had better) )?forget (?:it|about it|about that|that)"
    r"|(?:that|this|the) (?:chapter|door|page|question|book|issue|matter|idea|ship) (?:is|has been|was|has|had) (?:closed|shut|sailed|settled|over|dead|off the table)"
    r"|(?:that|this|it)(?:'s| is| was) (?:off the table|out of the question|not going to happen|a fantasy|a pipe dream|dead|over|never going to happen)"
    # ... or a veto told as the answer: "As long as he is prime minister, Slovakia will say no".
    r"|(?:[\w'’,-]+ ){0,10}?(?:will|would|shall) (?:always |simply |certainly |still |just )?(?:say|vote|answer) no)\b"
)
_ANSWER = LazyPattern(r"\?\s*['\"“‘”’]?\s*" + _ANSWER_BODY)
_ANSWER_OPENING = LazyPattern(r"\s*['\"“‘”’]?\s*" + _ANSWER_BODY)
#: The prospect made to wait on a condition said never to come: "on the day Moscow agrees to
#: it, a condition he conceded would never arrive", "the moment Russia itself is admitted, which
#: amounts to never".
_NEVER_MET = LazyPattern(
    r"\b(?:on the (?:day|date)|the (?:day|moment|minute|instant)|only (?:when|if|once|after)|once|as soon as|provided)\b"
    r"[^.;?!]{3,120}?[,—–-]\s*(?:which|when|what|something|a (?:condition|day|moment|prospect|scenario|thing)|an (?:event|outcome)"
    r"|(?:this|that|the) (?:condition|day|moment)|conceding|admitting|adding|knowing)\b"
    r"(?P<tail>[^.;?!]{0,60}?)\b(?:never|amounts? to never|(?:is|was) not going to happen|will not (?:happen|come|arrive)|won't (?:happen|come|arrive))\b"
)
#: The open door that cannot be walked through: "the doors were open, yet it could not walk
#: through them", the promise called hollow.
_DOOR_NOT_PASSED = LazyPattern(
    r"\b(?:open doors?|doors? (?:(?:to|of|into) (?:nato|the alliance|membership) |(?:for|to) (?:ukraine|kyiv) )?"
    r"(?:is|are|was|were|stands?|stood|remains?|remained) (?:still )?(?:wide )?open)"
    r"\b[^.;]{0,60}?\b(?:yet|but)\b[^.;]{0,40}?\b(?:could not|cannot|can't|couldn't|can never|could never"
    r"|(?:is|was|were|are) never allowed to|(?:is|was|were|are) not allowed to|unable to)"
    r" (?:[\w'’]+ ){0,2}?(?:walk|go|step|pass|get|come)\w* (?:in )?through\b"
    # ... or no one is let in through it: "the doors are open, but outsiders are not let in".
    r"|\b(?:open doors?|doors? (?:(?:is|are|was|were|stands?|stood|remains?|remained) (?:still )?(?:wide )?open))"
    r"\b[^.;]{0,60}?\b(?:yet|but|while)\b[^.;]{0,40}?\b(?:(?:is|are|was|were|being) (?:\w+ )?(?:not|never) (?:let|allowed) in"
    r"|(?:is|are|was|were|being) (?:still )?kept out)\b"
)
#: Words without which `_NEVER_MET` cannot match: most sentences are not searched for it.
_NEVER_SAID = LazyPattern(
    r"never|not going to happen|will not (?:happen|come|arrive)|won't (?:happen|come|arrive)"
)
#: A tail that only doubts the condition ("which may never come") leaves the prospect open.
_HEDGED_TAIL = re.compile(r"\b(?:may|might|could|perhaps|possibly|maybe)\b")
#: A commitment the condition asks for: "ready to end the war if Kyiv committed never to join"
#: demands the denial rather than supposing it.
_COMMITTED = LazyPattern(
    r"\b(?:commit\w*|pledg\w*|promis\w*|agree\w*|undert\w*|vow\w*|swear\w*|swore|sworn|renounc\w*"
    r"|guarantee\w*|declar\w*)(?: (?:itself|themselves|formally|in writing|legally|publicly))?"
    r"(?: to| that(?: it| they| kyiv| ukraine)?(?: would| will)?)?\s*$"
)
#: The alliance itself as what a relinquishing cue gives up ("drop NATO", "forget about NATO",
#: "give up on NATO", "write its exclusion from the bloc into law"): by any of its names, and
#: with the clause going on after it. A noun after it is something of the alliance's ("drop
#: NATO standards").
_GIVEN_UP = LazyPattern(
    r"\s*(?:on )?(?:(?:its|their|any|the) )?(?:nato|the alliance|the bloc)(?=\s*(?:[,.;:!?\"”’)]|$"
    r"|(?:for|altogether|entirely|completely|forever|once|if|in exchange|in return|as|to|until|while|because|but"
    r"|into|in|under)\b))"
)
#: Qualifiers that leave a question open rather than restate the seeds: consensus lacking, the time
#: not yet ripe, a postponement for a long while ("no consensus yet", "on ice for an extended
#: period").
OPEN_QUESTION = LazyPattern(
    r"consensus|unanimity|ready|common|agreement among|\bripe\b|\bright\b|\btime (?:\w+ ){0,3}come\b"
    r"|\bextended\b|\blong (?:time|while|period)\b|\byears\b|\bdecades?\b|talks|negotiations|discussions|deal\b"
    r"|\bthe (?:right )?time to\b"
)
#: Where a coordinated clause of its own begins.
_COORDINATED = LazyPattern(
    r"\band that\b|;|, and\b|, but\b|, (?:so|hence|therefore|thus|meaning)\b"
)
_ASIDE_VERB = (
    r"said|says|added|argued|insisted|noted|warned|stressed|claimed|declared|wrote|explained"
    r"|replied|answered|asked|scoffed|quipped|sneered|conceded|admitted|acknowledged"
)
#: An attribution set off by commas inside a clause: "Membership, he said, is no realistic outcome".
_ASIDE = LazyPattern(
    r",\s*(?:he|she|they|we|i|(?:[a-z'’.-]+ ){0,5}[a-z'’.-]+)\s+"
    rf"(?:{_ASIDE_VERB}|told [\w ]{{1,30}}?)(?: [\w ]{{1,20}}?)?\s*,"
)
#: Words without which there is no aside (the first list) or answered question (the second).
_ASIDE_WORDS = Gate(f"{_ASIDE_VERB}|told")
_ASKED_WORDS = Gate(r"asked|pressed|questioned")
#: A country that is the subject of "join" a few auxiliaries before it: "Armenia has never
#: sought to join", "Moldova will not join". Its own path, whatever else the sentence names.
_JOINER = LazyPattern(
    r"\b(?P<who>[a-z]+)\s+(?:(?:has|have|had|will|would|does|did|do|is|was|never|not|no|longer|yet"
    r"|ever|also|itself|sought|seek|seeks|seeking|want|wants|wanted|plan|plans|planned|intend"
    r"|intends|intended|to|any|desire|wish|wishes|aims?|aimed)\s+){1,6}$"
)


def _own_joining(low: str, lo: int, pred: re.Match[str]) -> bool:
    """Is the prospect another country's own joining ("Armenia has never sought to join")?"""
    if not pred.group(0).startswith(("join", "enter", "appl")):
        return False
    joiner = _JOINER.search(low, max(lo, pred.start() - 70), pred.start())
    if joiner is None:
        return False
    country = lexicon.COUNTRIES.get(joiner.group("who"))
    return country is not None and country != "ukraine"


#: The prospect as the price of a trade: "swapping land for a place in the alliance", "trading
#: territory for membership". A denial of the trade is no denial of the prospect.
_TRADED = LazyPattern(
    r"\b(?:trad\w*|swap\w*|exchang\w*|barter\w*|land|territor\w*)\s+(?:[\w'’-]+\s+){0,4}?for\s+"
    r"(?:[\w'’-]+\s+){0,2}$"
)
#: The prospect bought at a price named after it: "never pay for admission with pieces of its
#: own country", "buy a seat in the alliance by ceding land". A denial of the payment is no
#: denial of the prospect. The verb stands right before the prospect, the price just after it.
_PAID_BEFORE = LazyPattern(
    r"\b(?:pay|pays|paid|paying|buy|buys|bought|buying|purchas\w*)\s+(?:for\s+)?"
    r"(?:[\w'’-]+\s+){0,2}$"
)
_PAID_WITH = LazyPattern(
    r"(?:\s+[\w'’-]+){0,5}?\s+(?:with|by (?:giving|ceding|handing|surrendering|trading|sacrific"
    r"\w*|signing away))\b"
)
#: A negation or a refusal followed closely by giving up, opposing or changing makes an
#: assertion: "would never give up", "did not rule out", "has not changed", "no veto over",
#: "refused to give up". So does a
#: negation of any predicate the rule file says denies what comes before it ("is not dead",
#: "not a pipe dream", "is not meaningless"): those are read off the rule file, not listed here.
#: The negation opens with its first letter, its word boundary checked after it (`n(?<!\w.)` is
#: `\bn`), so the engine skips to those letters rather than trying the pattern everywhere.
_NEGATED = (
    r"(?:n(?<!\w.)(?:ot|ever|o|othing|obody|o one|one)|c(?<!\w.)annot|f(?<!\w.)ar from"
    r"|a(?<!\w.)nything but|n't)\s+"
    r"(?:(?!(?:until|unless|if|because|before|after|when|while|since|that|so)\b)[\w'’]+\s+){0,3}?"
)
#: A demand refused, told with its owner or a determiner ("rejected Moscow's renewed demands
#: to", "rebuffed a proposal that Kyiv should"): what it asks is not said to happen.
_DEMAND = (
    r"(?:(?:a|an|the|any|all|every|such|renewed|fresh|new|repeated|[\w-]+(?:'s|’s)|russian|kremlin"
    r"|american|western|us)\s+){0,3}"
    r"(?:calls?|demands?|pressure|proposals?|suggestions?|attempts|efforts|requests?|ideas?|plans?"
    r"|ultimatums?|insistence)\s+"
    r"(?:to|that\s+(?:[\w'’-]+\s+){1,3}?(?:should\s+|must\s+|would\s+|will\s+)?)"
)
#: A refusal is a negation too, of the verb right after it: "refused to give up", "rejected calls
#: to drop", "ruled out dropping" (not "refused to lift its veto": what is kept). Searched apart,
#: only where one of `_REFUSAL_WORDS` stands.
_REFUSED = (
    r"(?:r(?<!\w.)(?:efus(?:e|es|ed|ing) to|ul(?:e|es|ed|ing) out"
    rf"|e(?:ject|sist|buff)(?:s|ed|ing)? {_DEMAND})"
    rf"|d(?<!\w.)(?:eclin(?:e|es|ed|ing) to|ismiss(?:es|ed|ing)? {_DEMAND})"
    rf"|s(?<!\w.)purn(?:s|ed|ing)? {_DEMAND}"
    rf"|b(?<!\w.)rush(?:es|ed|ing)? aside {_DEMAND})\s*(?:(?:even|simply|ever)\s+)?"
)
_REFUSAL_WORDS = (
    "refus",
    "rule out",
    "rules out",
    "ruled out",
    "ruling out",
    "reject",
    "resist",
    "rebuff",
    "declin",
    "dismiss",
    "spurn",
    "brush",
)
_NEGATED_VERBS = (
    r"give up|giving up|abandon\w*|drop\w*|renounc\w*|forgo\w*|rul(?:e|ed|ing) out|exclud\w*"
    r"|reject\w*|oppos\w*|block\w*|veto\w*|withh\w*|refus\w*|surrender\w*|relinquish\w*"
    r"|walk\w* away|back\w* away|chang\w*|waver\w*|budg\w*|stop\w*|halt\w*|revers\w*|derail\w*|doubt\w*|replac\w*|substitut\w*|alternative\w*|stand-in"
    r"|violat\w*|breach\w*|contraven\w*|break\w*|run counter|be (?:incompatible|inconsistent|illegal|unlawful|unconstitutional)"
    r"|turn\w* back|roll\w* back|walk\w* back|go\w* back|undo\w*|undone|trad\w*|swap\w*|barter\w*|say\b"
    r"|disown\w*|repudiat\w*|let\w* go of"
    r"|(?:set|put|lay|laid)\w*(?= (?:[\w'’-]+ ){1,3}?aside\b)|(?:set|put|lay|laid)\w* aside"
    # "his war cannot keep Ukraine out": keeping out, negated.
    r"|keep\w* (?:[\w'’-]+ ){0,3}?(?:out|outside)\b"
)
#: A denial of undoing is an assertion: "impossible to withdraw", "hard to reverse". Searched
#: apart from `_NEGATED`, only where one of `_UNDO_WORDS` stands: no negation can start inside
#: such a phrase, nor one inside a negation, so blanking one after the other blanks what one
#: alternation of both would, and the negations' pattern keeps its leading letters.
_IMPOSSIBLE_TO_UNDO = LazyPattern(
    r"\b(?:impossible|unable|hard|difficult) to (?:reverse|withdraw|revoke|undo|stop|block|roll back"
    r"|turn back|rescind|retract|walk back)\b"
)
_UNDO_WORDS = ("impossible to ", "unable to ", "hard to ", "difficult to ")
#: A proposal refused for what it would do ("refused constitutional changes that would have
#: barred it from the alliance"): what it would do is not said to happen, and refusing it
#: denies nothing; blanked to the end of its clause.
_REJECTED_DENIAL = LazyPattern(
    r"\b(?:reject|refus|oppos|block|veto|resist|turn\w* down)\w* (?:[\w'’-]+ ){0,3}?"
    r"(?:clauses?|proposals?|plans?|demands?|changes?|amendments?|provisions?|texts?|drafts?"
    r"|language|wording|terms|conditions?)\s+(?:that|which) would (?:have )?(?P<would>[^,;.]*)"
)
#: Backward denials that are themselves plain negations ("not", "no longer"), not predicates.
_PLAIN = re.compile(r"(?:not|never|no|n't|cannot|neither|nor)\b")
_DOUBLE: dict[int, tuple[re.Pattern[str], re.Pattern[str]]] = {}


def _double_negative() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The double negatives of the rule file in force, after a negation and after a refusal
    (built once per rule file)."""
    mods = rules()
    built = _DOUBLE.get(id(mods))
    if built is None:
        predicates = [
            p
            for m in mods
            if m.category == "negation" and m.direction == "backward"
            for p in m.patterns
            if not _PLAIN.match(p)
        ]
        quoted = r"[\"“‘']?(?:" + "|".join(predicates) + r")(?![\w'’-])" if predicates else ""
        verbs = "(?:" + "|".join(filter(None, (_NEGATED_VERBS, quoted))) + ")"
        built = (kept.compile(_NEGATED + verbs), kept.compile(_REFUSED + verbs))
        _DOUBLE.clear()
        _DOUBLE[id(mods)] = built
    return built


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group(0))


#: A block on the path: what is kept when its removal is negated ("will not lift its veto",
#: "would not drop its objections"), so that negation is a denial, not a double negative.
_BLOCK = r"(?:vetoe?s?|objections?|opposition|resistance|blocks?|blockade|hold|reservations)"
_BLOCK_KEPT = LazyPattern(
    r"\b(?:lift\w*|drop\w*|withdr\w*|abandon\w*|give up|giving up|gave up|end|ends|ended|ending"
    r"|remov\w*|waiv\w*|relinquish\w*|surrender\w*|set aside|back\w* down on)\s+"
    rf"(?:(?:its|their|his|her|the|any|this|that)\s+)?(?:[\w'’-]+\s+)?{_BLOCK}\b"
)
_BLOCK_NEXT = LazyPattern(
    rf"\s+(?:(?:its|their|his|her|the|any|this|that)\s+)?(?:[\w'’-]+\s+)?{_BLOCK}\b"
)
_BLOCK_WORDS = ("veto", "objection", "opposition", "resistance", "block", "hold", "reservation")


def _blank_unless_block(m: re.Match[str]) -> str:
    """A double negative blanked, unless what it gives up is a block, which is then kept."""
    text = m.group(0)
    if _BLOCK_KEPT.search(text) or _BLOCK_NEXT.match(m.string, m.end()):
        return text
    return " " * len(text)


def blank_double_negatives(low: str) -> str:
    """The sentence with its double negatives ("would never give up", "impossible to
    reverse") blanked, so that no denial is read in them; offsets stay the text's. A block's
    removal negated ("will not lift its veto") keeps the block: no double negative."""
    blank = _blank_unless_block if may_hold(low, _BLOCK_WORDS) else _blank
    negated, refused = _double_negative()
    low = negated.sub(blank, low)
    if may_hold(low, _REFUSAL_WORDS):
        low = refused.sub(blank, low)
    if any(words in low for words in _UNDO_WORDS):
        low = _IMPOSSIBLE_TO_UNDO.sub(_blank, low)
    if " would " in low and _REJECTED_DENIAL.search(low):
        low = _REJECTED_DENIAL.sub(_blank_refused_denial, low)
    return low


def _blank_refused_denial(m: re.Match[str]) -> str:
    """A refused proposal blanked when what it would do is itself a denial ("refused changes
    that would have barred it"); refusing one that would admit Ukraine is a denial, kept."""
    return _blank(m) if find_cues(m.group("would"), require=_DENYING) else m.group(0)


_TIMELINE_SET = LazyPattern(
    r"\b(?:set|sets|gave|given|agreed|fixed|offered|provided|announced|laid out|named)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:a |an |the )?(?:firm |clear |concrete |specific |fixed |binding )?(?:timeline|timetable|timeframe|time frame|date|deadline)\b"
)
_HEDGED = LazyPattern(
    r"\b(?:demand\w*|want\w*|wish\w*|hop\w*|urg\w*|call\w* (?:on|for)|ask\w*|seek\w*|sought|if|would|could|should|whether"
    r"|reluctan\w*|unwilling|hesitant|loath|refus\w*|declin\w*)\b"
)
_NEUTRAL = LazyPattern(
    rf"\b(?:{lexicon.NEUTRALITY}|non-?bloc status"
    # Staying out of every bloc is neutrality told otherwise, and so is exclusion from it.
    r"|(?:outside|out of) (?:any|every|all) (?:military )?(?:blocs?|alliances?)"
    r"|exclusion from (?:nato|the alliance|the bloc|(?:any|every|all) (?:military )?(?:blocs?|alliances?)))\b"
)
_LEAVING = LazyPattern(
    r"\b(?:abandon\w*|end\w*|drop\w*|scrap\w*|renounc\w*|give up|gave up|reject\w*|no longer"
    # Left behind: the neutrality the object of "left" ("left its neutral status"), not another's
    # ("leave Russia with a pledge of Ukrainian neutrality").
    r"|(?:left|leave)(?: behind)?(?= (?:(?!with\b|in\b|as\b|to\b)[\w'’-]+ ){0,3}$)"
    # Neutrality asked for and refused: "dismissed Russian calls for a neutral Ukraine".
    r"|dismiss\w*|rebuff\w*|spurn\w*|resist\w*|brush\w* aside"
    r"|revers\w*|shed\w*|ditch\w*|set aside|put aside|undid|undo\w*)\b"
)
#: A state others left a country in ("leaving Kyiv and Tbilisi in a grey zone"): told of those
#: who left it there, not a neutrality the country asserts.
_LEFT_IN = LazyPattern(r"\b(?:leav(?:e|es|ing)|left) (?:[\w'’-]+ ){1,5}?in (?:an? |the )?$")
#: What is given up when membership is only the purpose ("give up Kyiv to join"), or a step on
#: the way that is dropped ("dropping the action-plan requirement shortens the road to NATO").
_OTHER_OBJECT = LazyPattern(
    r"\b(?:territor\w*|land|lands|kyiv|kiev|crimea|donbas+|donetsk|luhansk|regions?|sovereignty"
    r"|nuclear|arsenal|weapons|city|cities|capital|part|parts|some|occupied"
    r"|non-?alignment|non-?aligned|neutrality|status|polic(?:y|ies)"
    r"|requirements?|(?:pre)?conditions?|demands?|objections?|vetoe?s?|criteria|standards|action[- ]plan"
    r"|map|roadmap|road map)\b(?!'s|’s)"  # "Kyiv's ambitions": whose, not what is given up
)
#: Admission closed to all newcomers ("take in no more members"): enlargement, whoever is named.
_NO_MORE = LazyPattern(r"\b(?:no|any) (?:more|further|new)\b")
#: Membership as what the denied thing leads to or is for ("no action plan to set accession in
#: motion", "no roadmap toward membership"): the link between that thing and the prospect.
_LEADS_TO = LazyPattern(r"\b(?:to|for|toward|towards|leading to|that would|which would)\b")
#: Marks membership as what something else is traded for ("territory for membership").
_PURPOSE = LazyPattern(
    r"\b(?:for|in exchange for|in return for|as the price of|to)"
    r"(?:\s+(?:nato|the|alliance|its|their|a|an|eventual|full|future)){0,3}\s*$"
)
_EU = LazyPattern(r"\b(?:european union|eu)\b")
#: A denying cue that is a verb ("abandoned", "ruled out") ...
_VERB_FORM = LazyPattern(r"^[a-z]+(?:ed|en|wn)(?: out)?$|^(?:lost|undone)$")
#: ... with an object of its own right after it: a determiner, a possessive or a quantity opens it.
_OWN_OBJECT = LazyPattern(
    r"\s+(?:its|their|his|her|our|my|your|the|a|an|this|that|these|those|any|all|every|each"
    r"|some|several|many|one|two|three|decades|years|months|weeks|about|around|nearly|almost"
    r"|roughly|half|part|much|most)\b"
)
_WARTIME = LazyPattern(r"\bwar\b|\bconflict\b|\bfighting\b|\bhostilities\b")
_WORD = LazyPattern(r"\S+")
#: The cue categories that deny; without one of them, no other cue is looked for.
_DENYING = ("negation", "relinquish")


class _Words:
    """Word numbers by character offset, so scopes can be counted in words."""

    def __init__(self, low: str) -> None:
        self._starts = [m.start() for m in _WORD.finditer(low)]

    def __getitem__(self, offset: int) -> int:
        return max(bisect_right(self._starts, offset) - 1, 0)


def _own_object(cue: Cue, low: str) -> bool:
    """Is the cue a verb with an object of its own right after it ("abandoned its neutral
    status", "lost about a tenth of its land"), so that it is said of that object?"""
    return _VERB_FORM.search(cue.text) is not None and _OWN_OBJECT.match(low, cue.end) is not None


def _in_scope(cue: Cue, start: int, end: int, words: _Words) -> bool:
    """Does a span lie within the cue's reach, in its direction (or overlap the cue itself)?"""
    if start < cue.end and end > cue.start:
        return True
    if start >= cue.end and cue.direction in ("forward", "both"):
        return words[start] - words[max(cue.end - 1, 0)] <= cue.max_scope
    if end <= cue.start and cue.direction in ("backward", "both"):
        return words[cue.start] - words[max(end - 1, 0)] <= cue.max_scope
    return False


def _clauses(low: str, cues: list[Cue]) -> list[tuple[int, int]]:
    """Spans between terminators: a cue never reaches across one."""
    cuts = [c for c in cues if c.category == "terminate"]
    bounds = [0, *(c.start for c in cuts), len(low)]
    return [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1)]


#: "That" and "this" stand for something said before only when no noun follows them: "dropped
#: that plan" drops the plan, "will never allow that in any form" refers back.
_DEMONSTRATIVE = (
    r"(?:that|this)(?!\s+(?!(?:in|at|on|for|to|from|with|by|as|now|yet|ever|again|and|or"
    r"|but|he|she|they|we|i|you|it|kyiv|ukraine|the|a|an|under|without|until|unless|before|after"
    r"|soon|any|anytime|today|while|because|if|when|is|was|would|will|could|can|might|must"
    r"|should|has|had|have|too|either|neither|nor|whatever|happen|happening|happened|step|move"
    r"|idea|direction|path|course|prospect|request|plea)\b)[a-z]+\b)"
)
#: Words that refer back to something named earlier ("did not support it", "an idea the Kremlin
#: rejects", "an invitation, which Washington refused").
_ANAPHOR_AFTER = LazyPattern(
    rf"\b(?:it|{_DEMONSTRATIVE}|them|the idea|this idea|that idea|the move|such a (?:step|move)|the step"
    r"|this direction|that direction|this path|that path|this course|that course"
    r"|the prospect|this prospect|that prospect|the request|this request|the plea|such a plea"
    r"|(?:its|their|his|her|our|any) (?:consent|approval|blessing|backing|support|assent|green light|go-ahead))\b"
)
#: What a quotation is said of, told after it: "..., Trump said of Kyiv's hopes of joining".
_SAID_OF = LazyPattern(
    r"\b(?:said|says|saying|wrote|writes|added|remarked|quipped|replied|answered|told [\w ]{1,30}?)"
    r"(?:,? (?:[\w'’-]+ ){0,3}?)? (?:of|about|(?:when )?asked (?:[\w'’-]+ ){0,12}?about)\b"
    # "..., Trump said at his first cabinet meeting when asked about Kyiv's hopes": the question
    # may come after where and when it was put.
    r"|\b(?:said|says|replied|answered|told [\w ]{1,30}?|(?:answer|reply|response|retort|verdict)(?:s)?)\b"
    r"[^.;?!]{0,80}?\b(?:when|after being|on being) asked"
    r" (?:[\w'’-]+ ){0,12}?(?:about|whether|if)\b"
)
#: A pronoun as the subject of what is denied to come about ("that would never happen").
#: The subject of a negated coming-about, a few words back: "it will not", "that would never",
#: "it cannot and will not".
_SUBJECT_BEFORE = LazyPattern(r"\b(?:it|that|this)\s+(?:[\w'’]+\s+){0,3}$")
_HAPPEN = LazyPattern(
    r"\s*(?:(?:going to|to|be allowed to|ever)\s+)?(?:happen|come true|come about|materiali[sz]e"
    r"|be (?:realised|realized|fulfilled|honou?red|kept|delivered|tolerated|accepted|allowed|permitted))\b"
)
#: A negated belief that something referred back to can come true: "he did not think that was
#: practical", "nobody believes it is realistic".
_BELIEF_EVAL = LazyPattern(
    r"\s*(?:think|thinks|thought|believe|believes|believed|expect|expects|expected|see|sees|consider|considers)"
    r"\s+(?:that\s+)?(?P<pron>it|that|this)(?:'s|’s|\s+(?:is|was|were|would be|will be|could be|ever will be))"
    r"\s+(?:\w+\s+)?(?:practical|realistic|feasible|possible|likely|achievable|viable|workable|doable"
    r"|going to happen|on the cards)\b"
)
#: A pronoun that opens its clause as the subject of a verdict after it ("..., but that was out
#: of the question", "That, the minister replied, is a non-starter"). An "it" that announces
#: what follows ("it is unrealistic to expect ...") is no referent: `_EXTRAPOSED` tells it
#: ("that is unacceptable to Moscow" still refers back).
_VERDICT_SUBJECT = LazyPattern(
    r"(?:^|[;:,.!?]\s*|\b(?:but|and|yet|so)\s+)['\"“‘]?(?P<pron>it|that|this)\s*(?:,[^,;]{1,80},)?\s*"
    r"(?:(?:is|was|would be|will be|remains|remained|seemed|seems|has been|had been|is now|was now"
    r"|was always|is still|was still)\s+)(?:[\w'’-]+\s+){0,2}?$"
)
_EXTRAPOSED = LazyPattern(r"\s+(?:to|that|whether|for\s+(?:[\w'’-]+\s+){1,3}?to)\b")
#: Giving the path up as the condition of something offered for it is a term set, not a
#: supposition: "the war could end at once if Kyiv dropped its bid", "Moscow would pull its
#: troops back if Ukraine renounced NATO". What is offered: the fighting ended or halted, a
#: ceasefire or peace, troops withdrawn, sanctions lifted, or something in return.
_TERMS_IF = frozenset({"if", "provided that"})
_TERMS_OFFERED = LazyPattern(
    r"\b(?:halt|end|stop|cease|suspend|freeze|wind(?:s|ing)? down)\w* (?:[\w'’-]+ ){0,3}?"
    r"(?:war|operation|offensive|fighting|hostilities|attacks|invasion|strikes)\b"
    r"|\b(?:war|operation|offensive|fighting|hostilities|attacks|strikes) (?:[\w'’-]+ ){0,3}?"
    r"(?:halt|end|stop|cease)(?:s|ed|ped)?\b"
    r"|\bsanctions (?:[\w'’-]+ ){0,3}?(?:lifted|eased)\b"
    r"|\b(?:ceasefire|cease-fire|truce|armistice)\b"
    r"|\bpeace (?:could|would|will|might|can)\b"
    r"|\b(?:withdr[ae]w\w*|pull\w*) (?:[\w'’-]+ ){0,3}?(?:troops|forces|army)\b"
    r"|\blift\w* (?:[\w'’-]+ ){0,2}?sanctions\b"
    r"|\bin (?:return|exchange)\b"
)
_ANAPHOR_BEFORE = LazyPattern(r"\b(?:which|an idea|a step|a move|a request|a plea|something)\b")
#: How many words a relative pronoun may stand before the verb that denies what it refers to.
_RELATIVE_REACH = 4
#: A negation that is only a particle ("not", "never"): it denies a referent only through a verb
#: of support or consent ("did not support it", "will never allow it", "did not consider it").
_PARTICLE = LazyPattern(r"^(?:not|never|no|neither|nor|none|no longer|cannot|[a-z]+n't)$")
_CONSENT = LazyPattern(
    r"(?:^|\s)(?:support\w*|back|backs|backed|backing|allow\w*|accept\w*|favou?r\w*|endors\w*"
    r"|agree\w* (?:to|with)|approv\w*|consider\w*|let|permit\w*|see|tolerat\w*|countenanc\w*"
    r"|want|wants|entertain\w*|give|gives|gave|giving|grant\w*|lend\w*|sign|signs|signed|ratif\w*"
    r"|vot\w* (?:for|in favou?r of)|say\w* yes to|sign\w* off on|go\w* along with)\s*$"
)


#: Negations that can stand for a whole clause when they end it ("..., quite possibly never.").
_ELLIPTICAL = frozenset({"never", "not", "no", "not ever"})
#: What may follow such a negation: punctuation, and at most an attribution.
_CLAUSE_END = LazyPattern(
    r"\W*(?:[\w' ]{0,40}\b(?:said|says|wrote|writes|added|told|insisted|argued|warned|replied)\b"
    r"[\w' ]{0,30})?\W*$"
)
#: A verb that puts someone at war, right before "at war": the war is a consequence.
_CAUSED_WAR = LazyPattern(
    r"\b(?:put|puts|putting|place|places|placed|placing|leave|leaves|leaving|left|plunge\w*|drag\w*"
    r"|draw|draws|drawing|drew|drawn|pull\w*|bring\w*|brought|set|sets|setting)"
    r"(?:\s+[\w'’-]+){0,4}\s+$"
)
_THAT_CLAUSE = LazyPattern(r"\bthat\b")
#: What a denial may be limited to as a thing: the agenda, a date, a timeline.
_SCHEDULE = LazyPattern(rf"\b(?:agenda|{_SCHEDULE_WORDS})\b")


def _limits(cues: list[Cue], neg: Cue, a: int, b: int, low: str) -> list[Cue]:
    """The qualifiers that limit a denial spanning `a`..`b` to now, this summit or wartime.

    A qualifier may stand past a terminator ("cannot join while the war goes on"); "never"
    outlasts any qualifier but the war's end, or a timeline it is itself about ("never set a
    date for Ukraine's accession"); an absolute cue takes them all back ("not soon, or perhaps
    ever").
    """
    quals = [
        q
        for q in cues
        if q.category == "qualifier"
        and q.start >= a - 40
        and q.end <= b + 60
        # A qualifier in another coordinated clause ("... and that it will not be part of any
        # deal") limits that clause, not this denial.
        and not (q.start >= b and _COORDINATED.search(low, b, q.start))
    ]
    # A war the denial says admission would cause is its consequence, not a time it is limited
    # to: "admitting Ukraine would put every member at war with Russia, and Hungary will not
    # agree to it".
    quals = [
        q
        for q in quals
        if not (q.text == "at war" and _CAUSED_WAR.search(low, max(0, q.start - 50), q.start))
        # A qualifier before the clause the denial is told in is the telling's: "demanded
        # guarantees immediately that the alliance would move no further east".
        and not (q.end <= a and _THAT_CLAUSE.search(low, q.end, a))
    ]
    if neg.text == "never":
        quals = [
            q
            for q in quals
            if _WARTIME.search(q.text)
            or (a <= q.start and q.end <= b and _TIMELINE_WORDS.search(q.text))
        ]
    absolutes = [
        c for c in cues if c.category == "absolute" and c.start >= a - 40 and c.end <= b + 60
    ]
    if absolutes:
        # An absolute takes every limit back ("not now, or perhaps ever"), except the thing
        # it stands right after: "not on the agenda at all" is still the agenda.
        return [
            q
            for q in quals
            if _SCHEDULE.search(q.text)
            and any(q.end <= x.start and not low[q.end : x.start].strip() for x in absolutes)
        ]
    return quals


@dataclass(frozen=True, slots=True)
class Denial:
    """A denial of Ukraine's membership prospect, and what limits it (if anything)."""

    cue: str
    qualifier: str = ""


#: Public opinion measured: what respondents would vote or oppose is news about the public, not
#: a party to the path denying it ("most Ukrainians would vote against membership, a poll found").
_OPINION = LazyPattern(
    r"\b(?:opinion polls?|polls? (?:found|finds|showed|shows|suggested|suggests|cited|published|conducted)"
    r"|(?:in|by|from|according to) (?:a|an|the|one|another|their) (?:[\w'’-]+ ){0,3}(?:poll|survey)"
    r"|surveyed|respondents|pollsters?)\b"
)


def _protasis_closed(low: str, cond: Cue, at: int) -> bool:
    """Does a forward conditional's clause close (at a comma) before `at`, without the prospect
    in it? "If elected, he will refuse to sign ..." supposes the election, not the refusal."""
    comma = low.find(",", cond.end, at)
    return comma >= 0 and _PROSPECT.search(low, cond.end, comma) is None


def denial(low: str, actors: tuple[str, ...], refers_back: bool = False) -> Denial | None:
    """The first denial of Ukraine's membership prospect, with the qualifier that limits it.

    Each cue reaches only as far as its rule says, in its direction, within its clause; a
    conditional or substitute in that reach takes the denial back; a qualifier (not now, not at
    this summit, not while at war) turns it into what the seeds say themselves. `refers_back`:
    the text's earlier sentences were about the prospect, so a pronoun the negation governs
    ("Hungary will never allow it") may refer to it across the sentence boundary.
    """
    if "membership action plan" in low:  # what `_MAP` finds, and nothing else
        low = _MAP.sub("map", low)
    if ("poll" in low or "survey" in low or "respondent" in low) and _OPINION.search(low):
        return None
    # ", he said," inside a clause is no part of it: blanked, a cue reaches across it.
    if "," in low and _ASIDE_WORDS.search(low):
        low = _ASIDE.sub(lambda m: " " * len(m.group(0)), low)
    asked = _ASKED_WORDS.search(low) is not None
    if asked and "ukraine" in actors and (yes := _ANSWERED_YES.search(low)):
        # "Asked whether Kyiv might drop its NATO ambition, the ambassador answered: 'We
        # might.'" A question about giving up the path, answered yes, gives it up.
        if any(c.category == "relinquish" for c in find_cues(yes.group("question"))):
            return Denial(" ".join(yes.group(0).split()))
    answered = _ANSWERED_NO.search(low) if asked else None
    if answered and "ukraine" in actors and _PROSPECT.search(answered.group("question")):
        # "Asked whether Ukraine would ever join NATO, he replied: 'No.'" A question about
        # now or this year answered no is what the seeds say ("... join this year? No.").
        cues = find_cues(answered.group("question"))
        if any(c.category == "relinquish" for c in cues):
            return None  # "... whether Kyiv might drop its bid? No.": the path kept
        asked_now = [c for c in cues if c.category == "qualifier"]
        qualifier = " ".join(asked_now[0].text.split()) if asked_now else ""
        return Denial(" ".join(answered.group(0).split()), qualifier)
    if "?" in low and "ukraine" in actors and (rhetorical := _rhetorical(low)):
        return rhetorical
    if "ukraine" in actors and "door" in low and (door := _DOOR_NOT_PASSED.search(low)):
        return Denial(" ".join(door.group(0).split()))
    if "ukraine" in actors and _NEVER_SAID.search(low) and (never := _NEVER_MET.search(low)):
        if not _HEDGED_TAIL.search(never.group("tail")) and _PROSPECT.search(low, 0, never.start()):
            return Denial(" ".join(never.group(0).split()))
    low = blank_double_negatives(low)
    cues = find_cues(low, require=_DENYING)
    if not cues:
        return None  # nothing denies
    words = _Words(low)
    qualified: Denial | None = None
    for lo, hi in _clauses(low, cues):
        inside = [c for c in cues if lo <= c.start and c.end <= hi]
        denials = [c for c in inside if c.category in _DENYING]
        if not denials:
            continue
        pseudo = [c for c in inside if c.category == "pseudo"]
        if any(
            c.category == "substitute"
            and not any(p.start < c.end and c.start < p.end for p in pseudo)
            for c in inside
        ):
            # "guarantees, not membership": what is offered instead, not a denial (unless its
            # "not" is a pseudo-negation's: "and not up for bargaining").
            continue
        in_clause = list(_PROSPECT.finditer(low, lo, hi))
        for neg in denials:
            if any(p.start <= neg.start < p.end for p in pseudo):
                continue
            if any(
                c.category == "conditional"
                and (
                    (c.end <= neg.start and c.direction != "backward")
                    or (c.start >= neg.end and c.direction == "backward")
                )
                and _in_scope(c, neg.start, neg.end, words)
                and not (c.end <= neg.start and _COMMITTED.search(low, c.end, neg.start))
                and not (c.end <= neg.start and _protasis_closed(low, c, neg.start))
                and not (
                    neg.category == "relinquish"
                    and c.text in _TERMS_IF
                    and _TERMS_OFFERED.search(low)
                )
                for c in inside
            ):
                continue  # "if membership turned out to be off the table": supposed, not said
            # An elliptical "..., or possibly never." ends its clause and answers all of it.
            elliptical = neg.text in _ELLIPTICAL and bool(_CLAUSE_END.match(low, neg.end, hi))
            preds = list(in_clause)
            if neg.category == "relinquish":
                # What is given up may be the alliance itself: "can forget about NATO".
                given_up = _GIVEN_UP.match(low, neg.end, hi)
                if given_up and given_up.group(0).endswith("bloc") and _EU.search(low):
                    given_up = None  # with the EU named, "the bloc" may be the EU
                preds += [given_up] if given_up else []
            if (
                neg.direction == "backward"
                and neg.start > 0
                and _OTHER_SUBJECT.search(low, max(0, neg.start - 30), neg.start)
            ):
                continue  # "once the war is over": the war's end, not the prospect's
            # "after it abandoned its neutral status", "Hungary blocked a new aid package": a
            # verb with an object of its own is said of that object, not of what stands before.
            forward_only = neg.direction != "forward" and _own_object(neg, low)
            for pred in preds:
                if forward_only and pred.end() <= neg.start:
                    continue
                if _own_joining(low, lo, pred):
                    continue  # "Armenia has never sought to join": its own path, not Ukraine's
                if not _in_scope(neg, pred.start(), pred.end(), words) and not (
                    elliptical and pred.end() <= neg.start
                ):
                    continue
                between = low[neg.end : pred.start()] if pred.start() > neg.end else ""
                thing = _OTHER_OBJECT.search(" ".join(between.split()[:4]))
                if thing and (
                    neg.category == "relinquish"
                    or _PURPOSE.search(between)
                    or _LEADS_TO.search(between, between.find(thing.group(0)) + len(thing.group(0)))
                ):
                    # "give up territory to join", "no action plan to set accession in motion":
                    # what is denied is another thing, membership its purpose.
                    continue
                if _TRADED.search(low, max(lo, pred.start() - 60), pred.start()):
                    continue  # "trading territory for membership is not an option": the trade
                if _PAID_BEFORE.search(
                    low, max(lo, pred.start() - 40), pred.start()
                ) and _PAID_WITH.match(low, pred.end(), hi):
                    continue  # "would never pay for admission with land": the price refused
                around = low[max(0, pred.start() - 12) : pred.end() + 30]
                if _EU.search(around) and "nato" not in around and "alliance" not in around:
                    continue  # EU membership is another path
                is_enlargement = (
                    pred.group(0).startswith(("expan", "enlarg"))
                    or pred.group(0).endswith(
                        ("east", "eastward", "eastwards", "growth", "growing")
                    )
                    or bool(_NO_MORE.search(pred.group(0)))
                    # The summit's promise is Ukraine's (and Georgia's), named or not.
                    or pred.group(0).startswith(lexicon.SUMMIT_PROMISES)
                )
                if "ukraine" not in actors and not is_enlargement:
                    continue
                a, b = min(neg.start, pred.start()), max(neg.end, pred.end())
                cue = " ".join(low[a:b].split())
                quals = _limits(cues, neg, a, b, low)
                invitation = pred.group(0).startswith("invit") or bool(
                    _ASKED_TO.search(low, max(0, pred.start() - 30), pred.start())
                )
                if not quals and invitation and _SO_FAR.search(low, max(0, a - 20), b):
                    # "Allies have not offered Ukraine an invitation": no invitation so far, as
                    # the seeds say; "will not be invited" stays a denial. A later denial of its
                    # own may still follow in the sentence.
                    if qualified is None:
                        qualified = Denial(cue, "so far")
                    continue
                if not quals:
                    return Denial(cue)
                if qualified is None:
                    # An open question among the limits ("no common view ... still") is what
                    # the denial is about: consensus lacking, not the seeds' own negative.
                    chosen = next((q for q in quals if OPEN_QUESTION.search(q.text)), quals[0])
                    qualified = Denial(cue, " ".join(chosen.text.split()))
    if qualified is None:
        return _anaphoric_denial(low, cues, words, actors, refers_back)
    return qualified


#: A question about a stand-in for the prospect, not about the prospect itself.
_INSTEAD = LazyPattern(
    r"\b(?:stand in for|substitute\w*|replace\w*|replacement|instead of|in place of|alternative to|enough without)\b"
)


def answers_no(low: str) -> bool:
    """Does the sentence open with a flat no ("Not in our lifetime, he said.")? Read after a
    question, it is that question's answer."""
    return _ANSWER_OPENING.match(low) is not None


def _rhetorical(low: str) -> Denial | None:
    """A question about the prospect that denies it: one asking whether anyone could believe it,
    or one answered at once by a flat no. A question limited to now ("join this year? No.") is
    what the seeds say, so its qualifier goes with the denial."""
    found = _DISBELIEF.search(low)
    question = found.group("question") or found.group("asked") if found else None
    if found is None or question is None or not _PROSPECT.search(question):
        found = None
        for answer in _ANSWER.finditer(low):
            start = max(low.rfind(".", 0, answer.start()), low.rfind("?", 0, answer.start())) + 1
            if _PROSPECT.search(low, start, answer.start()):
                found, question = answer, low[start : answer.start()]
                break
    if found is None or question is None or _INSTEAD.search(question):
        # "Can security pacts stand in for joining? No": what is denied is the substitute.
        return None
    asked = [c for c in find_cues(question) if c.category == "qualifier"]
    absolute = [c for c in find_cues(low) if c.category == "absolute"]
    qualifier = " ".join(asked[0].text.split()) if asked and not absolute else ""
    return Denial(" ".join(low[max(0, found.start() - 60) : found.end()].split()), qualifier)


_STOP = re.compile(r"[.,;:!?'\"”’)]")


def _consents(low: str, at: int) -> bool:
    """Does the negated verb right after a particle, up to "the" or a stop ("... never
    accept.", "not support the idea"), end in one of consent?"""
    chunk = _STOP.split(low[at : at + 25].split(" the ")[0], maxsplit=1)[0]
    return _CONSENT.search(chunk) is not None


def _anaphoric_denial(
    low: str, cues: list[Cue], words: _Words, actors: tuple[str, ...], refers_back: bool = False
) -> Denial | None:
    """A denial of the prospect named earlier in the sentence and referred back to: "Kyiv wants
    to join NATO, but Hungary will never allow it", "an invitation, which Washington refused".

    The pronoun must be what the negation governs (after a forward cue, within its reach and
    clause), or a relative pronoun just before a verb of refusal; the prospect must stand before
    the pronoun. Conditionals, pseudo-negations and qualifiers apply as to a direct denial.
    """
    if "ukraine" not in actors and not refers_back:
        return None
    prospects = [
        m
        for m in _PROSPECT.finditer(low)
        if not _EU.search(low[max(0, m.start() - 12) : m.end() + 30])
    ]
    if not prospects and not refers_back:
        return None
    bounds = _clauses(low, cues)
    for neg in cues:
        if neg.category not in ("negation", "relinquish"):
            continue
        lo, hi = next(((a, b) for a, b in bounds if a <= neg.start < b), (0, len(low)))
        inside = [c for c in cues if lo <= c.start and c.end <= hi]
        if any(p.category == "pseudo" and p.start <= neg.start < p.end for p in inside):
            continue
        if any(c.category == "conditional" for c in cues if c.end <= neg.start) or any(
            c.category == "substitute" for c in inside if c.end <= neg.start
        ):
            # A condition governs what follows it; a substitute only its own clause ("offered
            # in place of NATO membership, which Putin has ruled out" still denies).
            continue
        if neg.category == "relinquish" and _OTHER_OBJECT.search(
            " ".join(low[neg.end : hi].split()[:4])
        ):
            continue  # "Sweden, which gave up decades of non-alignment": something else given up
        if neg.direction == "backward" and _own_object(neg, low):
            continue  # "Finland, which lost about a tenth of its land": said of its own object
        particle = bool(_PARTICLE.match(neg.text))
        anaphor_at = anaphor_end = -1
        if neg.direction in ("forward", "both"):
            for m in _ANAPHOR_AFTER.finditer(low, neg.end, hi):
                if not _in_scope(neg, m.start(), m.end(), words):
                    break
                verb = low[neg.end : m.start()]
                # "not ... support it": the negated verb governs the pronoun; "block it": the
                # cue itself does.
                if (particle and _CONSENT.search(verb)) or (
                    not particle and len(verb.split()) <= 1
                ):
                    anaphor_at, anaphor_end = m.start(), m.end()
                break
            if anaphor_at < 0 and particle and _HAPPEN.match(low, neg.end):
                # A negated coming-about denies its subject: a pronoun ("that would never
                # happen", "it is not going to happen") or the prospect that opens the clause
                # ("the seat promised in Bucharest will never materialise").
                subject = _SUBJECT_BEFORE.search(low, max(lo, neg.start - 30), neg.start)
                if subject:
                    anaphor_at, anaphor_end = subject.start(), neg.end
                elif any(lo <= p.start() and p.end() <= neg.start for p in prospects):
                    anaphor_at, anaphor_end = neg.start, neg.end
        if (
            anaphor_at < 0
            and neg.direction in ("backward", "both")
            and not particle
            and (subject := _VERDICT_SUBJECT.search(low, max(0, neg.start - 120), neg.start))
            and not (subject.group("pron") == "it" and _EXTRAPOSED.match(low, neg.end))
        ):
            # "That, Budapest replied, was out of the question": the verdict's subject refers back.
            anaphor_at, anaphor_end = subject.start(), neg.end
        if anaphor_at < 0 and particle and (belief := _BELIEF_EVAL.match(low, neg.end)):
            anaphor_at, anaphor_end = belief.start("pron"), belief.end()
        before = None
        if anaphor_at < 0:
            before = next(reversed(list(_ANAPHOR_BEFORE.finditer(low, 0, neg.start))), None)
        if before and words[neg.start] - words[before.start()] <= _RELATIVE_REACH:
            if not particle or _consents(low, neg.end):
                anaphor_at = before.start()
        if anaphor_at < 0:
            continue
        antecedent = next((m for m in reversed(prospects) if m.end() <= anaphor_at), None)
        if antecedent is None and (told := _SAID_OF.search(low, anaphor_at)):
            # "'You can forget about it,' Trump said of Kyiv's hopes of joining": what the quote
            # is said of comes after it.
            antecedent = next((m for m in prospects if m.start() >= told.end()), None)
        if antecedent is None and not refers_back:
            continue
        if antecedent is not None and "ukraine" not in actors:
            continue  # a prospect of this sentence's own, not said to be Ukraine's
        if antecedent is None:
            # The prospect the text named before this sentence.
            a, b = min(neg.start, anaphor_at), max(neg.end, anaphor_end)
        elif antecedent.start() > anaphor_at:
            a, b = neg.start, antecedent.end()  # said of what follows the quote
        else:
            a, b = antecedent.start(), max(neg.end, anaphor_at)
        quals = _limits(cues, neg, a, b, low)
        cue = " ".join(low[a:b].split())
        return Denial(cue, " ".join(quals[0].text.split()) if quals else "")
    return None


#: The seeds' promise told again: a future in NATO, an irreversible path, eventual membership.
_AFFIRM = LazyPattern(
    r"\b(?:(?:future|place|destiny|home|seat) (?:[\w'’]+ ){0,3}(?:in|with|inside|among|at|within) (?:(?:either |both )?(?:the )?(?:eu|european union) (?:or|and) )?(?:nato|the alliance|the bloc|the allies)"
    r"|belongs? (?:in|inside|within|to) (?:nato|the alliance|the bloc)"
    # Support for the path, as the allies expressed it: "the firmest backers of Ukraine's entry".
    r"|(?:supports?|supported|supporting|supporters?|backs|backed|backing|backers?|champions?|championed"
    r"|championing|advocates?|advocated|advocating|endorses?|endorsed|endorsing)(?: of| for)?"
    r" (?:(?!away\b|down\b|off\b|out\b)[\w'’]+ ){0,3}?(?:ukraine's|ukraine’s|kyiv's|kyiv’s|its|the country's|the country’s)"
    r" (?:future |eventual |full )?(?:nato |alliance )?(?:membership|entry|accession|aspirations?)"
    r"|(?:bring|brings|bringing|brought|move|moves|moving|moved|get|gets|getting) (?:ukraine|kyiv|it|the country)"
    r" (?:a step |one step |ever )?closer to (?:nato|membership|the alliance|joining)"
    r"|irreversibl\w*|one-way (?:road|path|street|ticket)"
    r"|(?:no (?:turning|going|way) back (?:on|from)|(?:nothing|no one|nobody|no (?:future )?government) (?:can|could|will|would)"
    r"(?: now| ever)? (?:turn|roll|walk|reverse|undo)\w*(?: back)?) (?:[\w'’]+ ){0,2}(?:path|road|course|way|bid|membership|accession|decision|promise)"
    # The same told in the passive: "Kyiv's course toward the alliance can no longer be undone".
    r"|(?:path|road|course|way|bid|membership|accession|decision|promise) (?:[\w'’]+ ){0,6}?(?:(?:can|could|will|would)"
    r"(?: no longer| never| not)|cannot|can't|couldn't|won't|wouldn't)(?: ever| now)? be (?:undone|reversed|rolled back|turned back|walked back)"
    r"|(?:will|would|shall|is going to|are going to) (?:eventually |one day |ultimately |still |surely )?(?:become|be) (?:a |an |the )?(?:full |\d+\w* )?(?:nato )?(?:member|ally)"
    # ... or "be in NATO" ("Ukraine would be in NATO at some point").
    r"|(?:will|would|shall|is going to|are going to) (?:eventually |one day |ultimately |still |surely )?be (?:in|inside|part of) (?:nato|the alliance)\b"
    r"|eventual(?:ly)? (?:full )?(?:membership|join\w*|accession|entry|admission|become)"
    r"|when,? not (?:whether|if)|not (?:(?:a question|a matter) of )?(?:if|whether),? but when"
    r"|end up (?:as )?(?:one of them|a member|an ally|in (?:nato|the alliance))"
    # An end the path runs to, presupposed: "will keep going until it becomes a member".
    r"|\buntil (?:ukraine|kyiv|it|the country) (?:becomes|joins|is (?:in|inside|part of)) (?:a |an )?(?:full )?(?:member|ally|nato|the alliance)\b"
    r"|(?:commitment|promise|pledge|decision|path|road) (?:[\w'’-]+ ){0,8}?(?:still )?(?:holds|stands|stood|remains? (?:valid|in force|on track)|still valid|is on track)"
    r"|(?:bridge|road|path|way) (?:to|into|towards?) (?:(?:ukraine|kyiv)(?:'s|’s) )?(?:full |eventual )?(?:nato )?(?:membership|accession|the alliance|nato|(?:its|their) ranks)"
    # A bridge that carries the country there: "a bridge that would carry Kyiv to membership".
    r"|bridge (?:that|which) (?:[\w'’]+ ){1,6}?(?:to|into|towards?) (?:full |eventual )?(?:nato )?(?:membership|accession|entry|the alliance|nato)"
    r"|deserves? (?:[\w'’]+ ){0,2}?(?:(?:nato |full )?membership|to (?:join|be (?:in|a member))|a (?:place|seat) (?:in|at) (?:nato|the alliance))"
    r"|(?:only|nothing (?:short of|but|other than)|no (?:substitute|stand-in|replacement|alternative) for|(?:cannot|can never|could never|will never|would never) (?:replace|substitute for|stand in for|make up for|take the place of)"
    r"|(?:nothing|no (?:[\w-]+ ){1,2}?)(?:can |could |will |would )?(?:replaces?|substitutes? for|stands? in for))"
    r" (?:full )?(?:nato )?(?:membership|a seat (?:in|at) (?:nato|the alliance)))"
    # "... before membership, not as a replacement for it": the pronoun is the membership named.
    r"|\b(?:membership|accession)\b[^.;]{0,80}?\b(?:not|never|no) (?:[a-z]+ )?(?:as )?(?:a |an )?"
    r"(?:replacement|substitute|stand-in|alternative) for (?:it|that)\b"
)
#: The promise left out of a text, not said again: "no reference to", "omitted", "dropped".
_OMITTED = LazyPattern(
    r"(?:no (?:mention|reference|word) (?:of|to|on|about)|\bomit\w*|\bleft out\b|\bleaves? out\b|\bdropp\w*)"
    r"(?:\s+[\w'’-]+){0,4}\s*$"
)
#: A text said to leave the promise out: what the sentence reports is the silence.
SILENT = LazyPattern(
    r"\b(?:(?:made|makes|make|with|carried|contained|has|had) no (?:mention|reference|word|line|paragraph|language) (?:of|to|on|about)"
    r"|(?:repeats?|repeated|mentions?|mentioned|restates?|restated|reaffirms?|reaffirmed|includes?|included|contains?|contained|uses?|used) (?:neither|no)"
    r"|(?:did|does|do)(?: not|n't) (?:repeat|mention|restate|reaffirm|include)"
    r"|(?:never|fail(?:s|ed)? to) (?:once )?(?:repeats?|repeated|mentions?|mentioned|restates?|restated"
    r"|reaffirms?|reaffirmed|refers? to|referred to)|(?:omitted|left out|dropped) (?:the|any) (?:line|language|reference|mention|wording)"
    r"|(?:said|says|say) nothing (?:about|on|of)|(?:is|was|were|are|remained|remains|stayed|kept) silent (?:on|about))\b"
)
_WISH = LazyPattern(
    r"\b(?:hop\w*|want\w*|wish\w*|urg\w*|call\w* (?:on|for)|ask\w*|seek\w*|sought|demand\w*|propos\w*"
    r"|if|unless|whether|should|could|might|may)\b"
)


_MODALS = frozenset({"should", "could", "might", "may"})
#: Between a modal and the promise: nothing but "be" ("there could be no turning back").
_MODAL_IS_THE_CLAIM = LazyPattern(r"\s+be\s+$")


def affirmed_prospect(low: str, actors: tuple[str, ...]) -> str:
    """The seeds' promise to Ukraine said again, not wished for or supposed ('' if none).

    The caller has checked the sentence does not deny the prospect.
    """
    if "ukraine" not in actors:
        return ""
    m = _AFFIRM.search(low)
    if not m:
        return ""
    wish = _WISH.search(low[: m.start()])
    if wish and not (
        wish.group(0) in _MODALS and _MODAL_IS_THE_CLAIM.match(low, wish.end(), m.start())
    ):
        # "Kyiv hopes its path could become irreversible": wished for. A modal that says the
        # promise itself ("there could be no turning back") is no wish.
        return ""
    if _OMITTED.search(low, max(0, m.start() - 45), m.start()) or SILENT.search(low):
        # "made no reference to Kyiv's future in the alliance": the promise left out, even when
        # the same sentence adds that officials say it still stands.
        return ""
    around = low[max(0, m.start() - 40) : m.end() + 12]
    if _EU.search(around) and "nato" not in around and "alliance" not in around:
        return ""  # "integration into the European Union is irreversible": another path
    if _NOT_JUST_BEFORE.search(low, max(0, m.start() - 16), m.start()) or _NOT_WHAT.match(
        low, m.end()
    ):
        # "not a seat in NATO but protection", "a seat in the alliance was not what the talks
        # were about": the promise set aside for something else, not said again.
        return ""
    return " ".join(m.group(0).split())


_NOT_JUST_BEFORE = LazyPattern(r"\b(?:not|no|never)\s+(?:(?:a|an|the|its|their)\s+)?$")
_NOT_WHAT = LazyPattern(
    r"(?:\s+[\w'’-]+){0,4}?\s+(?:was|is|were|are) (?:not|never) (?:what|the (?:issue|point|subject|topic))\b"
)


def asserted_timeline(low: str, actors: tuple[str, ...]) -> str:
    """A timeline for membership said to be set: the seeds say none was ('' if none)."""
    member = membership_term(low)
    if "ukraine" not in actors or member is None:
        return ""
    m = _TIMELINE_SET.search(low)
    if not m or _HEDGED.search(low[: m.start()]) or attributes.negation(m.group(0)):
        return ""
    if _EU.search(low, max(0, member.start() - 25), member.start()):
        return ""  # "EU membership by a set date": the European Union's timeline
    if attributes.NOT_JUST_BEFORE.search(low, max(0, m.start() - 16), m.start()):
        return ""  # "has never set a date": no timeline, as the seeds say
    return m.group(0)


def neutrality(low: str, actors: tuple[str, ...]) -> str:
    """Ukraine's neutrality asserted (not abandoned): the opposite of membership."""
    if "ukraine" not in actors:
        return ""
    for m in _NEUTRAL.finditer(low):
        before = low[max(0, m.start() - 40) : m.start()]
        if not _LEAVING.search(before) and not _LEFT_IN.search(before):
            return m.group(0)
    return ""


def opposed(low: str, start: int, end: int) -> bool:
    """Does a negation reach the span (a concept a sentence names) within its clause, as
    "any foreign military presence would be unacceptable" reaches "foreign military presence"?
    A pseudo-negation or a condition before it takes it back, as for a denial."""
    low = blank_double_negatives(low)
    cues = find_cues(low, require=("negation",))
    if not cues:
        return False
    words = _Words(low)
    for lo, hi in _clauses(low, cues):
        if not lo <= start < hi:
            continue
        inside = [c for c in cues if lo <= c.start and c.end <= hi]
        for neg in (c for c in inside if c.category == "negation"):
            if any(p.category == "pseudo" and p.start <= neg.start < p.end for p in inside):
                continue
            if any(c.category == "conditional" and c.end <= neg.start for c in inside):
                continue
            if start <= neg.start and neg.end <= end:
                continue  # the concept's own words: "membership put on ice" is what it names
            if _in_scope(neg, start, end, words):
                return True
    return False


#: A negator in a baseline claim's own words ("does not entail", "no official invitation").
_CLAIM_NEGATOR = LazyPattern(r"\b(?:not|no|never|none|nor|without|cannot)\b|n't\b")
#: How many words after its negator a claim's negated thing may stand.
NEGATED_REACH = 10
#: How many content terms the denial and the claim's negated words must share: one word in
#: common ("happen") is chance, a thing named alike ("mutual defence clause") is not.
NEGATED_SHARED = 2


def restates_negative(cue: str, claim: str) -> bool:
    """Does a denial (`cue`, lower-cased) deny what the baseline claim itself denies, about
    something other than the prospect and named alike (two content terms in common)? "No
    mutual-defence obligation" restates "does not entail mutual defense obligations": a
    negative restatement, not a contradiction. The prospect's own words (joining, membership,
    the alliance) never make the match: a denial of membership is weighed against the claims by
    the qualifiers instead."""
    rest = _PROSPECT.sub(" ", cue)
    rest = lexicon.ALLIANCE_TERMS.sub(" ", rest)
    wanted = {t for t in terms(rest) if t not in _PROSPECT_TERMS}
    if not wanted:
        return False
    low = claim.lower()
    for m in _CLAIM_NEGATOR.finditer(low):
        reach = " ".join(low[m.end() :].split()[:NEGATED_REACH])
        if len(wanted & set(terms(reach))) >= NEGATED_SHARED:
            return True
    return False


#: Terms of the prospect and its parties, which say nothing of what else is denied.
_PROSPECT_TERMS = frozenset(
    terms(
        "ukraine ukrainian kyiv kiev nato alliance allies ally allied member members membership"
        " join joining joined accession admission admitted invitation invited invite bid"
    )
)
