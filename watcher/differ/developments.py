"""Developments: which reported sentences tell one story, and who tells it.

A story reaches the reader as a title, a lead, quotes and follow-ups, and from several outlets
in other words. Each keyed signal names its development (`office:`, `count:`, `status:`,
`agreement:`, `denial:who:claim`); this module says who is speaking (so that "Russia's Ryabkov
says" and "Ryabkov repeated" are one voice), and when two sentences of one text carry the same
development though their keys or statuses differ.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, MutableMapping
from dataclasses import dataclass, replace

from watcher.models import REPORTED, SEVERITY, Judgement, Status
from watcher.text import attributes, lexicon
from watcher.text.lazy import LazyPattern
from watcher.text.literals import hints, may_hold

#: Verbs that make their subject the speaker of a statement ("Ryabkov repeated that ...").
SAY_VERBS = (
    rf"{lexicon.REPORTING_VERBS}|spoke|speaks|repeated|repeats|calls|asks|asked|vows|vowed|pledges|pledged"
    r"|tells|accepts|accepted|rejects|rejected|ruled out|rules out|dismissed|dismisses|confirmed"
    r"|confirms|proposes|proposed|suggests|welcomed|welcomes|acknowledged|acknowledges|demands"
    r"|demanded|wants|wanted|promised|promises|signalled|signaled"
)
_NAME = r"[A-Z][a-zA-Z'’\-]+(?: [A-Z][a-zA-Z'’\-]+){0,2}"
#: A named subject of a verb of saying, with an apposition allowed: "Orban, 62, said".
_SUBJECT = LazyPattern(
    rf"(?P<name>{_NAME})(?:,[^,]{{1,80}},)?\s+(?:(?:also|later|then|again|has|had)\s+)?"
    rf"(?:{SAY_VERBS})\b"
)
#: A speaker named after the verb: "said Catherine Sendak", "according to Duda" (not "told Sky
#: News", which names who was told).
_AFTER = LazyPattern(
    rf"\b(?:said|says|added|wrote|writes|noted|argued|warned|according to),?\s+(?P<name>{_NAME})"
    r"(?=\s*(?:[,.;:!?”\"’]|$))"
)
#: A statement continued by a pronoun: "he said", "she added", "he told Sky News".
_PRONOUN = LazyPattern(
    rf"\b(?:he|she)\s+(?:(?:also|later|then|further)\s+)?(?:{SAY_VERBS})\b"
    rf"|\b(?:{SAY_VERBS}),?\s+(?:he|she)\b",
    re.IGNORECASE,
)
#: Words a capitalised subject may be that are not a speaker.
_NOT_A_SPEAKER = frozenset(
    {
        "the",
        "it",
        "he",
        "she",
        "they",
        "we",
        "i",
        "you",
        "this",
        "that",
        "a",
        "an",
        "reuters",
        "media",
    }
)
#: How far before a name a country may stand and still qualify it: "Russian Deputy Foreign
#: Minister Sergei Ryabkov", "Poland's president-elect Karol Nawrocki".
QUALIFIER_REACH = 45
_QUALIFIER_WORDS = LazyPattern(r"^[\s\w'’-]*$")
#: Not a government of its own, so never "who denies".
_NOT_GOVERNMENTS = ("ukraine", "nato", "eu", "g7", "nordic", "baltic")
#: Searched only where a name stands after a qualifier, compiled when first needed, and only
#: where the text holds one of the government's names (its hints).
_ACTOR_PATTERNS = {
    k: (LazyPattern(r"(?<![\w-])(?:" + "|".join(v) + r")(?![\w-])"), hints(tuple(v)))
    for k, v in lexicon.ACTORS.items()
    if k not in _NOT_GOVERNMENTS
}
_CLAUSE_MARK = LazyPattern(r"[.;:]")
_DATELINE_DASH = LazyPattern(r"\s[-–—]+\s")


def _pronoun(word: str) -> bool:
    """Is the word no name: a pronoun or an article, contracted or not ("We've", "I'm")?"""
    return re.split(r"['’]", word.lower(), maxsplit=1)[0] in _NOT_A_SPEAKER


def _persons(text: str) -> list[tuple[str, int]]:
    """The named speakers of a sentence, with where each name starts, in reading order.

    A possessive before the name stays out of it: in "Russia's Ryabkov says" the speaker is
    Ryabkov, and "Russia's" qualifies him.
    """
    out: list[tuple[str, int]] = []
    for m in [*_SUBJECT.finditer(text), *_AFTER.finditer(text)]:
        name, at = m.group("name"), m.start("name")
        words = name.split()
        while words and (_pronoun(words[0]) or words[0].endswith(("'s", "’s"))):
            at += len(words.pop(0)) + 1
        if words and not _pronoun(words[0]):
            out.append((" ".join(words), at))
    return sorted(out, key=lambda item: item[1])


def _qualifier(text: str, at: int) -> str:
    """The government named just before a person ('Russia's Ryabkov'), or ''."""
    before = text[max(0, at - QUALIFIER_REACH) : at]
    # A dateline ends at its dash: "BERLIN, December 14 - Zelensky said" places the story; the
    # city qualifies no one.
    before = _DATELINE_DASH.split(before)[-1]
    low = before.lower()
    if not _QUALIFIER_WORDS.match(before.replace(",", " ")):
        return ""
    for actor, (pattern, names) in _ACTOR_PATTERNS.items():
        found = pattern.search(low) if may_hold(low, names) else None
        if found and not _CLAUSE_MARK.search(low, found.end()):
            return actor
    named = [
        m for m in lexicon.COUNTRY_NAMES.finditer(low) if not _CLAUSE_MARK.search(low, m.end())
    ]
    country = lexicon.COUNTRIES[named[-1].group(0)] if named else ""
    return country if country not in _NOT_GOVERNMENTS else ""


@dataclass
class Voices:
    """Who speaks in a text, and the governments people were seen to speak for.

    Once "Slovak Prime Minister Robert Fico" was read, "Fico said" speaks for Slovakia in the
    rest of the text; the differ passes a mapping that also holds what its remembered findings
    taught, so the same holds in later texts.
    """

    affiliations: MutableMapping[str, str]
    previous: str = ""  # the last person named as a speaker: who "he said" continues
    last: str = ""  # the speaker of the sentence judged last
    person: str = ""  # who speaks in that sentence: a person, "he", a government as subject

    def speaker(self, text: str, low: str, actors: tuple[str, ...]) -> str:
        """Who asserts the sentence: a person's government when known, else the person, a
        pronoun's antecedent (the text's previous speaker), a government named, or ''."""
        government = ""
        for name, at in _persons(text):
            person = attributes.surname(name)
            if person in lexicon.COUNTRIES or person in lexicon.CAPITALS:
                # "Moscow says", "Russia has warned": a government speaks as a body.
                government = government or next(iter(attributes.actors_of(person)), person)
                continue
            building = lexicon.GOVERNMENT_BUILDINGS.get(name.lower()) or (
                lexicon.GOVERNMENT_BUILDINGS.get(person)
            )
            if building:
                # "Kremlin says", "the White House said": the government that sits there.
                government = government or building
                continue
            country = _qualifier(text, at)
            if country:
                self.affiliations[person] = country
            self.previous = self.person = person
            self.last = self.affiliations.get(person, person)
            return self.last
        if self.previous and _PRONOUN.search(text):
            self.person = self.previous
            self.last = self.affiliations.get(self.person, self.person)
            return self.last
        countries = [lexicon.COUNTRIES[m.group(0)] for m in lexicon.COUNTRY_NAMES.finditer(low)]
        governments = [c for c in countries if c not in _NOT_GOVERNMENTS]
        governments += [a for a in actors if a not in _NOT_GOVERNMENTS]
        self.last = governments[0] if governments else ""
        self.person = government
        return self.last

    def resolve(self, who: str) -> str:
        """A speaker as the government they speak for, when one is known."""
        return self.affiliations.get(who, who)


#: The prefix of a `new` development's key: what the sentence asserts.
ASSERTS = "asserts:"


def _keyed(verdict: Judgement) -> bool:
    """Does the sentence carry a keyed signal (a change or a denial), beyond what it asserts?"""
    return any(not k.startswith(ASSERTS) for k in verdict.keys)


def _denied_claims(verdict: Judgement) -> set[str]:
    """The baseline claims the sentence's denial keys cite ("denial:<who>:<claim id>")."""
    return {
        parts[2]
        for k in verdict.keys
        if k.startswith("denial:") and len(parts := k.split(":", 2)) == 3
    }


def subject(key: str) -> str:
    """A development key without its value: 'office:ukraine foreign minister'."""
    return key.split("=", 1)[0]


def alias(key: str, affiliations: Mapping[str, str]) -> str:
    """A denial key with its speaker as the government they speak for (the key itself when
    that government is not known)."""
    who = _speaker_of(key)
    if not who or who not in affiliations:
        return key
    kind, _, rest = key.partition(":")
    return f"{kind}:{affiliations[who]}:{rest.split(':', 1)[1]}"


def _speaker_of(key: str) -> str:
    return key.split(":")[1] if key.startswith("denial:") else ""


_CONCLUDED = (
    r"\b(?:agreements?|accords?|pacts?|deals?)\b.*\b(?:sign\w*|conclud\w*|seal\w*|ink\w*)\b"
    r"|\b(?:sign\w*|conclud\w*|seal\w*|ink\w*)\b.*\b(?:agreements?|accords?|pacts?|deals?)\b"
)
#: Prose that tells what a keyed development is about: an agreement concluded (not its terms,
#: a development of their own), a country's place in the alliance.
_ATTRIBUTE_WORDS = {
    "agreement": LazyPattern(_CONCLUDED),
    "count:agreements-concluded": LazyPattern(_CONCLUDED),
    "status": LazyPattern(
        r"\b(?:members?|membership|accession|join\w*|ratif\w*|invit\w*|allies|ally)\b"
    ),
}


def _parties(low: str) -> set[str]:
    """The governments a lower-cased sentence names."""
    named = {lexicon.COUNTRIES[m.group(0)] for m in lexicon.COUNTRY_NAMES.finditer(low)}
    return (named | set(attributes.actors_of(low))) - set(_NOT_GOVERNMENTS)


def tells_keyed(sentence: str, key: str) -> bool:
    """Does an unkeyed sentence speak of a keyed development's subject: its attribute, and its
    entity or no other ("we signed another security agreement" beside `agreement:canada`)?"""
    low = sentence.lower()
    kind, _, rest = key.partition(":")
    entity = subject(rest)
    words = _ATTRIBUTE_WORDS.get(subject(key)) or _ATTRIBUTE_WORDS.get(kind)
    if words is None or not words.search(low):
        return False
    parties = _parties(low)
    if kind == "count":
        return True
    return entity in parties or not parties


@dataclass(frozen=True)
class Likeness:
    """How alike two sentences of one text are, and the thresholds that make them one."""

    cosine: float  # TF-IDF cosine under the baseline's idf
    shared: float  # information the two share: the idf summed over their common terms
    min_cosine: float
    min_shared: float

    def alike(self) -> bool:
        return self.cosine >= self.min_cosine or self.shared >= self.min_shared


def other_speakers(first: str, second: str, resolve: Callable[[str], str]) -> bool:
    """Are two named speakers different people (or governments, once `resolve`d)? '' when
    nobody is named never differs."""
    return bool(first) and bool(second) and resolve(first) != resolve(second)


def same_development(
    later: Judgement,
    earlier: Judgement,
    *,
    likeness: Likeness,
    resolve: Callable[[str], str],
    persons: tuple[str, str],
) -> bool:
    """Does `later`, a reported sentence of one text, carry `earlier`'s development?

    - keys shared, or the same subject (one office: one holder left, another came);
    - two keyed signals on different subjects are otherwise two developments, save one
      government's denials of one claim: a signing and the count of agreements it brings
      ("the 27th such accord") are each reported;
    - a keyed and an unkeyed sentence: only when the unkeyed one names the keyed
      development's subject; however alike, it otherwise tells another development (a pact's
      terms beside its signing, a proposal beside a denial);
    - two unkeyed (`new`) sentences: the same person speaking, or sentences alike unless
      each names another speaker.
    `persons`: who speaks in `later` and in `earlier` (a person named or continued by "he
    said", or a government as the subject: "Moscow says"), '' when nobody.
    """
    mine, theirs = (
        set(later.keys or (later.key,)) - {""},
        set(earlier.keys or (earlier.key,)) - {""},
    )
    if mine & theirs:
        return True
    # What a `new` sentence asserts joins it to a sentence asserting the same; otherwise it
    # stays unkeyed here, judged by speaker and likeness.
    mine = {k for k in mine if not k.startswith(ASSERTS)}
    theirs = {k for k in theirs if not k.startswith(ASSERTS)}
    same_person = bool(persons[0]) and persons[0] == persons[1]
    if mine and theirs:
        if {subject(k) for k in mine} & {subject(k) for k in theirs}:
            return True
        a = {(resolve(_speaker_of(k)), k.rsplit(":", 1)[1]) for k in mine if _speaker_of(k)}
        b = {(resolve(_speaker_of(k)), k.rsplit(":", 1)[1]) for k in theirs if _speaker_of(k)}
        if a & b:
            return True
        # A denial nobody is named for, beside one of the same claim in the same text (a
        # headline and its lead): one denial, the lead saying whose.
        return any(
            claim == other and "unnamed" in (who, whom) for who, claim in a for whom, other in b
        )
    if mine or theirs:
        unkeyed = earlier if mine else later
        return any(tells_keyed(unkeyed.sentence, k) for k in mine | theirs)
    # Two people's statements are two developments, however alike their words.
    return same_person or (likeness.alike() and not other_speakers(*persons, resolve))


def repeat_of(verdict: Judgement, lead: Judgement) -> Judgement:
    """A sentence that carries `lead`'s development: `known` here, and evidence of `lead`."""
    cue = verdict.cue
    if verdict.status in REPORTED:
        cue = f"one development with another sentence of this text ({verdict.status}: "
        cue += f"{lead.sentence[:60]}...)"
    return replace(
        verdict,
        status=Status.KNOWN,
        cue=cue,
        diff=(),
        finding_id="",
        key=lead.key,
        keys=lead.keys,
        repeats=lead.sentence,
    )


#: Words that point back to a development the text has told already: "the push", "it
#: proposes", "called it the first ...", "such guarantees".
_REFERS_BACK = LazyPattern(
    r"^(?:it|its|they|their|this|these)\b"
    r"|^the (?:push|move|step|plan|proposal|idea|initiative|letter|paper|request|offer|centre"
    r"|center|mission|command|document|scheme|arrangement)\b",
    re.IGNORECASE,
)
#: ... or anywhere in it: searched only where one of `_REFERRING_WORDS` stands.
_REFERS_BACK_WITHIN = LazyPattern(
    r"\bsuch (?:an? )?(?:guarantees?|arrangements?|protection|assurances?|steps?|plans?"
    r"|proposals?|pledges?|forces?|commitments?)\b"
    r"|\b(?:called|calls|calling|described|describes|describing) (?:it|them)\b",
    re.IGNORECASE,
)
_REFERRING_WORDS = ("such ", "call", "describ")


def refers_back(sentence: str) -> bool:
    """Does the sentence point back to something the text told before ("The push is part
    of ...", "It proposes ...", "such guarantees")?

    An ASCII sentence lower-cased matches as the case-blind patterns would, so one without the
    words the second needs is not searched for it.
    """
    text = sentence.strip("“”\"'‘’ ")
    if _REFERS_BACK.match(text):
        return True
    if text.isascii() and not may_hold(text.lower(), _REFERRING_WORDS):
        return False
    return _REFERS_BACK_WITHIN.search(text) is not None


@dataclass
class _Development:
    lead: int  # the index of the sentence reported for it
    members: list[tuple[int, str]]  # every sentence of it (the lead too), with who speaks


class TextDevelopments:
    """The developments one text reports so far, each with all the sentences that carry it.

    A sentence joins a development when `same_development` holds with any of its sentences
    (the title, the lead that restates it, a quote ...). When the joining sentence is graver,
    it leads the development and the others become its evidence.

    `passing`: the text's first sentence (a feed entry's title) is off topic, so its on-topic
    sentences mention the topic in passing; its unkeyed `new` sentences are then one
    development, the story's background, while keyed signals (a count, an office) keep theirs,
    and so does what another person says.
    `titled`: the first sentence is a title on a line of its own, and the second its lede.
    """

    def __init__(
        self,
        likeness: Callable[[str, str], Likeness],
        resolve: Callable[[str], str],
        *,
        passing: bool = False,
        titled: bool = False,
    ) -> None:
        self.likeness = likeness
        self.resolve = resolve
        self.passing = passing
        self.titled = titled
        self.found: list[_Development] = []

    def place(self, verdicts: list[Judgement], index: int, person: str) -> None:
        """Place the reported `verdicts[index]`: a development of its own, or a sentence of an
        earlier one (then `verdicts` is rewritten so that only the lead stays reported)."""
        verdict = verdicts[index]
        for dev in self.found:
            lead = verdicts[dev.lead]
            if not (
                self._lede_of_title(verdict, index, lead, dev)
                or self._joins(verdict, person, lead, dev, verdicts)
            ):
                continue
            if SEVERITY[verdict.status] > SEVERITY[lead.status]:
                verdict = verdicts[index] = replace(
                    verdict, keys=tuple(dict.fromkeys((*verdict.keys, *lead.keys)))
                )
                for i, _ in dev.members:
                    verdicts[i] = repeat_of(verdicts[i], verdict)
                dev.lead = index
            else:
                verdicts[index] = repeat_of(verdict, lead)
            dev.members.append((index, person))
            return
        if not _keyed(verdict) and verdict.status is Status.NEW and refers_back(verdict.sentence):
            # It tells more of the latest `new` development it points back to.
            for dev in reversed(self.found):
                lead = verdicts[dev.lead]
                if not _keyed(lead) and lead.status is Status.NEW:
                    if self._another_speaker(dev, person):
                        break  # another person's word on it is a development of its own
                    verdicts[index] = repeat_of(verdict, lead)
                    dev.members.append((index, person))
                    return
        self.found.append(_Development(index, [(index, person)]))

    def _another_speaker(self, dev: _Development, person: str) -> bool:
        """Does someone other than `person` speak in the development (both named)?"""
        return any(other_speakers(who, person, self.resolve) for _, who in dev.members)

    def _lede_of_title(
        self, verdict: Judgement, index: int, lead: Judgement, dev: _Development
    ) -> bool:
        """Is the sentence the lede (the text's second sentence) of the development its title
        (the first) reports, with one of the two an unkeyed `new`, or both denying one claim?
        A headline and its lede tell one story; two other keyed signals (two changes) stay two
        developments."""
        if not self.titled or index != 1 or dev.members[0][0] != 0:
            return False
        return (
            (not _keyed(verdict) and verdict.status is Status.NEW)
            or (not _keyed(lead) and lead.status is Status.NEW)
            # A denial of one claim in both, whoever each names as speaking: the headline sums
            # up the lede ("Russia wants ..., deputy foreign minister says" over "..., Grushko
            # said").
            or bool(_denied_claims(verdict) & _denied_claims(lead))
        )

    def _joins(
        self,
        verdict: Judgement,
        person: str,
        lead: Judgement,
        dev: _Development,
        verdicts: list[Judgement],
    ) -> bool:
        unkeyed_new = not _keyed(verdict) and verdict.status is Status.NEW
        if (
            self.passing
            and unkeyed_new
            and not _keyed(lead)
            and lead.status is Status.NEW
            and not self._another_speaker(dev, person)
        ):
            return True  # the story's background, unless another person says it
        for i, who in dev.members:
            # Each sentence speaks for the development as its lead does (status and keys).
            member = replace(verdicts[i], status=lead.status, key=lead.key, keys=lead.keys)
            if same_development(
                verdict,
                member,
                likeness=self.likeness(verdict.sentence, member.sentence),
                resolve=self.resolve,
                persons=(person, who),
            ):
                return True
        return False
