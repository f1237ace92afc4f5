"""Is the membership prospect denied? Negation with its scope, double negatives, neutrality.

The differ's `contradicted` layer: each function returns the phrase that decided (the cue),
or '' when the sentence does not deny Ukraine's path to membership.
"""

from __future__ import annotations

import re

from watcher.text import attributes
from watcher.text.lexicon import MEMBERSHIP_TERMS

_MAP = re.compile(r"\bmembership action plan\b")
_PROSPECT = re.compile(
    r"\b(?:member(?:ship)?s?|join(?:s|ed|ing)?|accession|accede|entering|entry|enter|coming into"
    r"|get(?:ting)? into|admit(?:ted|ting)?|admission|expan(?:d|sion)|enlargement|bid|invit(?:e|ed|ing|ation)"
    r"|nato (?:ambitions?|aspirations?|hopes?|course|goal|path|future))\b"
)
_INVITE = re.compile(r"\binvit")
_NEG_PROSPECT = re.compile(
    r"\b(?:not|never|no|cannot|can't|won't|isn't|wasn't|doesn't|don't|didn't|no longer|no question"
    r"|off the table|ruled? out|rules out|ruling out|oppos(?:e|es|ed|ing)|veto(?:es|ed)?|reject(?:s|ed|ing)?"
    r"|infeasible|unfeasible|impractical|no-no|withh(?:old|olding|eld)|lost|empty|false|impossible"
    r"|unrealistic|unacceptable|out of the question|abandon(?:s|ed|ing)?|drop(?:s|ped|ping)?|give up|giving up|gave up"
    r"|renounc(?:e|es|ed|ing)|forgo(?:es|ing)?|refus(?:e|es|ed|ing)|block(?:s|ed|ing)?"
    r"|exclud(?:e|es|ed|ing)|shelved|dead)\b|n't\b"
)
#: "would never give up", "did not rule out", "no veto over": two negations make an assertion.
_DOUBLE_NEGATIVE = re.compile(
    r"(?:\b(?:not|never|no|cannot)|n't)\s+(?:[\w'’]+\s+){0,3}?"
    r"(?:give up|giving up|abandon\w*|drop\w*|renounc\w*|forgo\w*|rul(?:e|ed|ing) out|exclud\w*"
    r"|reject\w*|oppos\w*|block\w*|veto\w*|withh\w*|refus\w*|surrender\w*|relinquish\w*|say\b)"
)
_TIMELINE_SET = re.compile(
    r"\b(?:set|sets|gave|given|agreed|fixed|offered|provided|announced|laid out|named)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:a |an |the )?(?:firm |clear |concrete |specific |fixed |binding )?(?:timeline|timetable|timeframe|time frame|date|deadline)\b"
)
_HEDGED = re.compile(
    r"\b(?:demand\w*|want\w*|wish\w*|hop\w*|urg\w*|call\w* (?:on|for)|ask\w*|seek\w*|sought|if|would|could|should|whether)\b"
)
_NEUTRAL = re.compile(r"\b(?:neutral(?:ity)?|non-?aligned(?: status)?|non-?bloc status)\b")
_LEAVING = re.compile(
    r"\b(?:abandon\w*|end\w*|drop\w*|scrap\w*|renounc\w*|give up|gave up|reject\w*|no longer|left|leave)\b"
)
#: What is given up or traded when membership is only the purpose: "give up Kyiv to join",
#: "not trade territory for membership".
_OTHER_OBJECT = re.compile(
    r"\b(?:territor\w*|land|lands|kyiv|kiev|crimea|donbas+|donetsk|luhansk|regions?|sovereignty"
    r"|nuclear|arsenal|weapons)\b"
)
_CONTRAST = re.compile(r",?\s\b(?:but|though|although|however|whereas|yet)\b|;|, while\b")
_WARTIME = re.compile(
    r"\b(?:while (?:at war|the war|the conflict|fighting|a war)|at war|in wartime|during (?:the |a )?(?:war|conflict|hostilities)"
    r"|until (?:the |after the )?(?:war|conflict|fighting)|before (?:the |any )?(?:end|war|conflict)"
    r"|as long as (?:the )?(?:war|conflict)|(?:war|conflict|fighting) (?:is|was) over|after the war"
    r"|end of (?:the )?(?:war|conflict|fighting)|(?:war|conflict) (?:ends|continues|rages))\b"
)
_NEAR_TERM = re.compile(
    r"\b(?:now|immediate(?:ly)?|soon|any ?time soon|near future|yet|this year|next year|at this stage"
    r"|at (?:this|that|the) (?:point|time|moment)|timeline|timeframe|time frame|date|deadline|when)\b"
)
_SUMMIT_BOUND = re.compile(
    r"\b(?:at|for|in|during|before) (?:the |its |their |this |that )?(?:\w+ ){0,2}summit\b|\bat (?:vilnius|washington)\b"
)
_PAST_SUMMIT = re.compile(r"\b(?:19|20)\d\d\b|bucharest")
_SUBSTITUTE = re.compile(
    r"\b(?:replace|substitute|alternative|instead of|in place of|in lieu of)\b"
)


def negated_prospect(low: str, actors: tuple[str, ...]) -> str:
    """The negation of Ukraine's membership prospect, as a cue phrase ('' if none)."""
    low = _DOUBLE_NEGATIVE.sub(" ", _MAP.sub("map", low))
    for segment in _CONTRAST.split(low):
        for neg in _NEG_PROSPECT.finditer(segment):
            for pred in _PROSPECT.finditer(segment):
                gap = segment[min(neg.end(), pred.end()) : max(neg.start(), pred.start())]
                if len(gap.split()) > 12:
                    continue
                following = " ".join(segment[neg.end() :].split()[:4])
                if _OTHER_OBJECT.search(following):
                    continue
                is_enlargement = pred.group(0).startswith(("expan", "enlarg"))
                if "ukraine" not in actors and not is_enlargement:
                    continue
                if (
                    _WARTIME.search(segment)
                    or _NEAR_TERM.search(segment)
                    or _SUBSTITUTE.search(segment)
                ):
                    continue
                summit = _SUMMIT_BOUND.search(segment, neg.end())
                if (
                    summit
                    and neg.group(0) != "never"
                    and (_INVITE.match(pred.group(0)) or not _PAST_SUMMIT.search(summit.group(0)))
                ):
                    # Not at this (or that) summit: what the seeds say of every summit so
                    # far. A past summit ("lost at the 2008 Bucharest summit") is a claim.
                    continue
                start, end = min(neg.start(), pred.start()), max(neg.end(), pred.end())
                return segment[start:end]
    return ""


def asserted_timeline(low: str, actors: tuple[str, ...]) -> str:
    """A timeline for membership said to be set: the seeds say none was ('' if none)."""
    if "ukraine" not in actors or not MEMBERSHIP_TERMS.search(low):
        return ""
    m = _TIMELINE_SET.search(low)
    if not m or _HEDGED.search(low[: m.start()]) or attributes.negation(m.group(0)):
        return ""
    return m.group(0)


def neutrality(low: str, actors: tuple[str, ...]) -> str:
    """Ukraine's neutrality asserted (not abandoned): the opposite of membership."""
    if "ukraine" not in actors:
        return ""
    for m in _NEUTRAL.finditer(low):
        if not _LEAVING.search(low[max(0, m.start() - 40) : m.start()]):
            return m.group(0)
    return ""
