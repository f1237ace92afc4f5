"""The scoped cue rules: the rule file validates, and each rule family does what it says.

Every case here was written for the rule it exercises; none is taken from the eval sets.
"""

from __future__ import annotations

import re

import pytest

from tests.conftest import ROOT
from watcher.baseline.build import load_baseline
from watcher.differ.core import Differ, _bloc_named
from watcher.differ.negation import (
    _ANSWERED_NO,
    _ASIDE,
    _ASIDE_WORDS,
    _ASKED_WORDS,
    _IMPOSSIBLE_TO_UNDO,
    _NEGATED,
    _double_negative,
    blank_double_negatives,
    denial,
    neutrality,
)
from watcher.differ.rules import (
    CATEGORIES,
    RulesError,
    concepts,
    find_cues,
    packaged_text,
    parse_rule_file,
    rule_file,
    rules,
)
from watcher.models import Status
from watcher.text.attributes import actors_of


def _denial(sentence: str) -> str:
    low = sentence.lower()
    found = denial(low, actors_of(low))
    return found.cue if found and not found.qualifier else ""


def test_packaged_rules_cover_every_category() -> None:
    assert {m.category for m in rules()} == set(CATEGORIES)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            '[[modifier]]\ncategory="negation"\ndirection="forward"\nmax_scope=3\npatterns=["x"]\nscope=2',
            "unknown key(s) scope",
        ),
        (
            '[[modifier]]\ncategory="denial"\ndirection="forward"\nmax_scope=3\npatterns=["x"]',
            "category",
        ),
        (
            '[[modifier]]\ncategory="negation"\ndirection="sideways"\nmax_scope=3\npatterns=["x"]',
            "direction",
        ),
        (
            '[[modifier]]\ncategory="negation"\ndirection="forward"\nmax_scope=-1\npatterns=["x"]',
            "max_scope",
        ),
        (
            '[[modifier]]\ncategory="negation"\ndirection="forward"\nmax_scope=true\npatterns=["x"]',
            "max_scope",
        ),
        (
            '[[modifier]]\ncategory="negation"\ndirection="forward"\nmax_scope=3\npatterns=[]',
            "patterns",
        ),
        (
            '[[modifier]]\ncategory="negation"\ndirection="forward"\nmax_scope=3\npatterns=["(unclosed"]',
            "not a valid pattern",
        ),
        (
            # Valid inside the family's alternation, where it would swallow its neighbours.
            '[[modifier]]\ncategory="negation"\ndirection="forward"\nmax_scope=3\npatterns=["a)|(?:b", "x"]',
            "not a valid pattern",
        ),
        (
            '[[modifier]]\ncategory="negation"\ndirection="forward"\npatterns=["x"]',
            "missing key(s) max_scope",
        ),
        ("[[rule]]\nx=1", "unknown top-level key(s): rule"),
        (
            '[[concept]]\nname="x"\ntopic="guarantee"\npatterns=["a"]\ncites="b"',
            "unknown key(s) cites",
        ),
        (
            '[[concept]]\nname="Article 5"\ntopic="guarantee"\npatterns=["a"]',
            "a unique name of lower-case letters",
        ),
        (
            '[[concept]]\nname="x"\ntopic="guarantee"\npatterns=["a"]\n'
            '[[concept]]\nname="x"\ntopic="guarantee"\npatterns=["b"]',
            "a unique name of lower-case letters",
        ),
        ('[[concept]]\nname="x"\ntopic="guarantee"\npatterns=[]', "non-empty list"),
        ('[[concept]]\nname="x"\ntopic="guarantee"\npatterns=["a)|(?:b"]', "not a valid pattern"),
        ('[[concept]]\nname="x"\ntopic="guarantee"', "missing key(s) patterns"),
        ('[[concept]]\nname="x"\npatterns=["a"]', "missing key(s) topic"),
        ('[[concept]]\nname="x"\ntopic="weather"\npatterns=["a"]', "topic: one of guarantee"),
    ],
)
def test_a_malformed_rule_file_is_refused_with_the_key_at_fault(text: str, message: str) -> None:
    with pytest.raises(RulesError, match=message.replace("(", r"\(").replace(")", r"\)")):
        parse_rule_file(text)


def test_a_longer_cue_hides_the_shorter_one_inside_it() -> None:
    cues = find_cues("it is not only a promise and no longer a dream")
    texts = [(c.category, c.text) for c in cues]
    assert ("pseudo", "not only") in texts
    assert ("negation", "no longer") in texts
    assert ("negation", "not") not in texts
    assert ("negation", "no") not in texts


def test_cues_match_whole_words_only() -> None:
    assert [c.text for c in find_cues("the knot was known") if c.category == "negation"] == []


# (sentence, denied?) for each family; the subject is always Ukraine's membership.
NEGATION_FORWARD = [
    # The prospect told as coming in, a NATO seat, the bloc under its full name, a movement
    # east; a bill of accession one would not sign; a farewell to the alliance.
    ("Paris opposed Ukraine and Georgia coming in, the premier said.", True),
    ("No NATO seat for Ukraine, the president told reporters.", True),
    ("Any further eastward movement of NATO is unacceptable, Putin said of Ukraine.", True),
    ("A bill on Ukraine's accession to NATO? He would not sign it, the candidate said.", True),
    ("Moscow wants Kyiv's formal farewell to NATO as the price of a ceasefire.", True),
    ("Ukrainian reinforcements are coming in from the east, the governor said.", False),
    # Abstaining from the prospect denies it.
    ("Moscow asked NATO to refrain from admitting Ukraine.", True),
    # Each step towards the alliance is the path.
    ("Budapest vowed to block every step Ukraine takes toward NATO, the minister said.", True),
    ("Kyiv will refrain from strikes on energy sites, and Ukraine still seeks membership.", False),
    (
        "Moscow wants a pledge that the alliance will stop enlarging eastward, Ukraine included.",
        True,
    ),
    # Guarantees demanded against the prospect deny it; guarantees against an attack do not.
    ("Putin demanded guarantees against any further eastward expansion of NATO.", True),
    ("Kyiv wants guarantees against a new Russian attack until it joins NATO.", False),
    ("Moscow wants a written pledge that the alliance will not take in Ukraine.", True),
    # A phrasal verb of admission, however inflected, with the candidate between verb and particle.
    ("The allies are not taking Kyiv in, whatever it offers, the diplomat said.", True),
    ("No ally is bringing Ukraine into NATO, the former ambassador wrote.", True),
    ("The alliance will not be taking part in the talks, and Ukraine will join NATO.", False),
    # Kept out, no further east, no more members, forsworn, the inside never seen.
    ("Moscow vowed to keep Kyiv out, whatever the allies had promised.", True),
    # Kept out of the EU and the alliance together: the alliance's half is the path.
    ("Budapest will use its veto to keep Kyiv out of both the EU and NATO.", True),
    ("Fico vowed to keep Ukraine out of the European Union and the alliance alike.", True),
    ("Budapest will keep Kyiv out of the EU, the minister said, as NATO met.", False),
    (
        "Poland will keep Russian drones out, the minister said, as Ukraine pressed its NATO bid.",
        False,
    ),
    ("Russia demanded that the alliance move no further east, Ukraine above all.", True),
    ("The treaty would commit NATO to taking in no more countries, Ukraine included.", True),
    ("The draft obliged the allies to forswear Ukraine's accession for good.", True),
    ("Moscow wants to stop the alliance expanding towards Ukraine, the envoy said.", True),
    ("The Ukrainians will never see the inside of the alliance, the former president said.", True),
    ("The door stays shut to Kyiv, the Hungarian minister said.", True),
    (
        "The embassy door stays shut to visitors from Kyiv on Sundays, but its NATO bid goes on.",
        False,
    ),
    # The allies ("member states") are not membership; "a member state" is.
    ("Ukraine cannot become a member state of the alliance, the premier told him.", True),
    ("The text cannot bind the member states, and Ukraine's accession will follow.", False),
    # Out of the alliance's effort is not out of the alliance.
    ("Hungary will stay out of the alliance's new mission for Ukraine, officials said.", False),
    ("Ukraine must stay out of the alliance for good, the envoy said.", True),
    # Being in the alliance, and nobody expecting it.
    ("Ukraine will never be in NATO, the deputy minister wrote.", True),
    ("Nobody in the government believes Ukraine will join NATO, the senator said.", True),
    ("No one doubts that Ukraine will join NATO one day, the minister said.", False),
    ("The minister said Ukraine will never join NATO.", True),
    ("Poland's president vowed to block Ukraine's accession to the alliance.", True),
    ("The government opposes Kyiv's membership of the alliance.", True),
    ("Ukraine should stay out of NATO for good, the envoy said.", True),
    ("The summit will not discuss fishing quotas, and Ukraine will join NATO.", False),
    # A verb of refusal denies in the past tense as well as the present.
    ("Berlin refused to endorse Ukraine's membership bid.", True),
    ("The new administration froze Ukraine's NATO membership process.", True),
    ("Two allies resisted Ukraine's accession for months.", True),
    ("Hungary prevented Ukraine from joining the alliance.", True),
    ("Washington withdrew its support for Ukraine's eventual membership.", True),
    ("The allies denied Ukraine membership in NATO.", True),
    ("Kyiv refused to comment on the report, but Ukraine will join NATO.", False),
    ("The Kremlin insists that Ukraine must remain outside the alliance.", True),
    ("Ukraine will not be part of NATO, the envoy said.", True),
    # Enlargement itself denied: no Ukraine need be named.
    ("The Kremlin wants a written pledge that the alliance will stop moving east.", True),
]
NEGATION_BACKWARD = [
    # Off the cards or any table; a path or door closed, or to stay shut; ruled out around its
    # object; a vote sunk or torpedoed.
    ("Kyiv's accession is off the cards for now and for good, Fico said.", True),
    ("Washington has taken Ukraine's membership off the negotiating table.", True),
    ("Ukraine's path to NATO is closed, Medvedev said.", True),
    ("The Kremlin said NATO's door must stay shut to Ukraine.", True),
    ("Fico said he would sink any vote on Ukraine's membership.", True),
    ("Orban threatened to torpedo Ukraine's accession to NATO.", True),
    ("Trump ruled Ukraine's membership out.", True),
    ("The door to NATO is open to Ukraine, Rutte said.", False),
    ("The ruling party ruled out early elections before Ukraine's NATO summit bid.", False),
    ("Ukraine's embassy was closed on Monday as Kyiv's NATO bid advanced.", False),
    # The prospect struck from a list of goals.
    ("NATO membership was struck from Ukraine's foreign-policy goals in 2010.", True),
    ("The grain clause was struck from the text, and Ukraine will join NATO.", False),
    ("Ukraine's membership of NATO is off the table, the adviser said.", True),
    ("Kyiv's accession to the alliance is out of the question, he said.", True),
    ("Membership for Ukraine would not happen in any case, the envoy said.", True),
    ("Joining NATO is a long road for Ukraine, and many hurdles are off the table now.", False),
    ("Ukraine's hopes of joining NATO were dashed at the meeting, the analyst wrote.", True),
    ("The alliance's door is closed to Ukraine, the foreign minister said.", True),
    ("The meeting on Ukraine's accession closed on Friday with a pledge to meet again.", False),
]
# A denying verb with an object of its own is said of that object: it reaches forward only.
OWN_OBJECT = [
    ("Ukraine applied for membership after it abandoned its neutral status in 2014.", False),
    ("Kyiv's membership talks stalled after Hungary blocked a new aid package.", False),
    ("Ukraine wants to join NATO, though Moscow rejected the ceasefire plan on Monday.", False),
    ("Georgia's bid to join NATO advanced after Tbilisi dropped two of its demands.", False),
    ("Ukraine's bid to join NATO recalls Finland, which lost about a tenth of its land.", False),
    # ... but its own object may be the prospect, and the passive still reaches back.
    ("Ukraine abandoned its bid to join NATO, the minister said.", True),
    ("Hungary blocked Ukraine's membership of the alliance, the minister said.", True),
    ("Ukraine's bid to join the alliance was abandoned in 2010.", True),
    ("Ukraine's membership of NATO, Orban said, was blocked.", True),
    ("Ukraine's hopes of joining NATO were dashed, the analyst wrote.", True),
]
PSEUDO_AND_DOUBLE_NEGATIVES = [
    # One holdout able to stop a newcomer states the rule of unanimity; one that will is a veto.
    ("Admission takes every ally's yes, so one holdout could block Kyiv's entry.", False),
    ("Enlargement needs all of them: a lone capital is able to stall Ukraine's accession.", False),
    ("Hungary, a single holdout, will block Ukraine's accession, Orban said.", True),
    # Another country's own joining, denied, is its own path, not Ukraine's.
    ("Unlike Ukraine, Armenia has never sought to join the Western alliance.", False),
    ("Moldova does not want to join NATO, unlike Ukraine, its president said.", False),
    ("Hungary will never let Ukraine join NATO, Orban said.", True),
    ("Kyiv will not join NATO, the Kremlin said.", True),
    # A text silent on the path names neither it nor the rest: no denial.
    ("The text repeats neither the invitation formula nor the word irreversible.", False),
    ("The communique mentions no invitation for Ukraine and no date for its accession.", False),
    ("The declaration never once mentions Ukraine's accession to the alliance.", False),
    ("The summit text never refers to Kyiv's membership, diplomats noted.", False),
    ("The premier never mentioned it, but said Ukraine will never join NATO.", True),
    ("Hungary will accept neither Ukraine's membership nor its invitation.", True),
    # Keeping out, negated, keeps nothing out.
    ("His war cannot keep Ukraine out of NATO, Zelensky argues.", False),
    ("Nobody will ever keep Kyiv outside the alliance, the minister said.", False),
    ("Moscow wants to keep Ukraine out of NATO, the envoy said.", True),
    # No sign of a step is a lack of evidence, not a denial.
    ("The White House gave no sign that it would back Kyiv's request to join NATO.", False),
    ("Allies showed no indication of inviting Ukraine to join at the summit.", False),
    # The allies as they are ("NATO members") are no prospect; being among them is.
    ("The pacts do not amount to the defence pact NATO members share, officials said.", False),
    ("Ukraine will never be among NATO members, the minister said.", True),
    # Not telling what, when or how: the telling is what is negated, not the prospect.
    ("The alliance never says what Kyiv must do to be admitted, the deputy complained.", False),
    ("Allies did not explain when Ukraine's accession could come, officials said.", False),
    ("Ukraine will never be admitted, and NATO did not say why.", True),
    ("The Hague text did not repeat the line about Kyiv's future in the alliance.", False),
    # A veto one holds is no veto used.
    ("Unanimity gives each ally a veto over Ukraine's bid, the analyst noted.", False),
    ("Every capital has an effective veto over Kyiv's accession, the diplomat said.", False),
    ("Hungary vetoed Ukraine's bid to join the alliance, the analyst noted.", True),
    # Ready to do something is willingness, not the readiness that leaves a question open.
    ("Kyiv is ready to give up its NATO bid in exchange for guarantees, Zelensky said.", True),
    # A list of what was given, none of it an invitation: none so far.
    ("The package had three parts, none of them an invitation to Ukraine to join NATO.", False),
    # Letting the candidate in, however many are named between.
    ("France opposed letting Ukraine and Georgia in, the prime minister said.", True),
    ("'Forget it,' the president said of Ukraine's hopes.", True),
    # A wartime limit told as the guns or the shooting.
    ("Ukraine cannot join NATO while the shooting goes on, the president said.", False),
    # No alternative to, no replacement for: the prospect affirmed, not denied.
    ("Kyiv calls the pacts a path to accession and never an alternative for it.", False),
    # Silence about the prospect is no denial of it, however the missing words are named.
    ("The communique had no line on Ukraine's membership, diplomats said.", False),
    ("The final text carried no language on Kyiv's accession to NATO.", False),
    # An invitation not issued so far is what the seeds say, however it is told.
    ("The allies again stopped short of asking Ukraine to join, the communique showed.", False),
    ("The leaders declined to issue an invitation to Kyiv at the summit, diplomats said.", False),
    ("Hungary will decline to invite Ukraine to join the alliance, the premier said.", True),
    ("The summit again extended no invitation to Ukraine, the communique showed.", False),
    ("Once again no invitation to join the alliance was issued to Kyiv.", False),
    ("Allies said again that no invitation would ever be issued to Kyiv.", True),
    # A wartime limit told in the past tense is still a limit.
    ("Ukraine was unlikely to join NATO before the war ended, the president conceded.", False),
    # A denial's own words negated: still on the table.
    ("Membership for Ukraine is not off the table, the minister said.", False),
    ("Allies said an invitation for Ukraine remained “not off the table”.", False),
    ("Ukraine's bid to join NATO is not dead, the minister said.", False),
    # A reversal negated is the path made irreversible; "far from" giving up is holding on.
    ("Ukraine's road into the alliance can no longer be turned back, leaders said.", False),
    ("Far from abandoning its NATO bid, Kyiv doubled down on it.", False),
    # A timeline the speaker is reluctant to set is none set, and no denial either.
    ("Berlin is reluctant to set any date for Ukraine's entry into NATO, a spokesman said.", False),
    # Silence about the prospect is no denial of it.
    ("The communique made no mention of Ukraine's accession to NATO, diplomats noted.", False),
    ("The declaration did not even mention Ukraine's NATO membership.", False),
    # ... nor is a comment or an answer withheld.
    ("The spokesman had no comment on Kyiv's NATO application.", False),
    ("Scholz gave no answer when asked whether Ukraine would join NATO.", False),
    ("The White House declined to say whether Ukraine would be invited to join.", False),
    ("Officials did not respond to questions about Ukraine's membership bid.", False),
    ("Hungary declined to back Ukraine's membership of NATO, the premier said.", True),
    # Any predicate the rule file takes as a denial, negated, is none.
    ("Membership for Ukraine is not a pipe dream, the minister insisted.", False),
    ("NATO's promise of membership to Ukraine is not a lie, the secretary general said.", False),
    ("Ukraine's accession is not impossible, the senator said.", False),
    ("Ukraine's membership is not meaningless, the minister said.", False),
    # "Not ... only part": a condition on the whole, not a denial.
    ("Allies could not invite only part of Ukraine into NATO, the envoy said.", False),
    ("Allies cannot admit only half of Ukraine to the alliance, he argued.", False),
    ("Ukraine will never give up its goal of joining NATO.", False),
    ("Kyiv did not rule out NATO membership in the long run.", False),
    # A refusal to give up is holding on; a refusal to let go of a block keeps the block.
    ("Kyiv refused to give up its bid to join NATO, the minister said.", False),
    ("Zelensky rejected calls to drop Ukraine's NATO bid.", False),
    ("Kyiv ruled out dropping its bid to join the alliance.", False),
    ("Kyiv resisted pressure to renounce NATO membership.", False),
    # ... so is rebuffing or dismissing a demand to give up, however the demand is told.
    ("The Rada rejected a proposal to drop the NATO goal from the constitution.", False),
    ("Zelensky rebuffed demands that Ukraine give up its NATO bid.", False),
    ("Kyiv dismissed Moscow's renewed calls to abandon its NATO ambitions.", False),
    ("Ukraine spurned a Russian ultimatum to renounce membership of the alliance.", False),
    ("Kyiv brushed aside calls for a neutral Ukraine and pressed its NATO bid.", False),
    # ... while a request to join, refused, is a denial.
    ("Hungary rejected Kyiv's request to join NATO.", True),
    ("Slovakia rebuffed a proposal to admit Ukraine to the alliance.", True),
    ("Orban refused to lift his veto on Ukraine's accession to NATO.", True),
    ("Hungary refused to back Ukraine's membership of NATO.", True),
    # A block's removal negated keeps the block (a denial); a block removed is none.
    ("Hungary will not lift its veto on Ukraine's NATO accession.", True),
    ("Slovakia will never give up its resistance to Ukraine's NATO bid.", True),
    ("Turkey would not abandon its opposition to Ukraine joining the alliance.", True),
    ("Hungary lifted its veto on Ukraine's NATO accession talks.", False),
    ("Turkey dropped its objections to Ukraine's membership of NATO.", False),
    ("Ukraine's course towards NATO has not changed, the minister said.", False),
    ("Not only Ukraine but also Moldova wants closer ties; Ukraine will join NATO.", False),
    ("Ukraine has never been closer to joining NATO, the minister said.", False),
    ("Ukraine will join NATO one day, like it or not.", False),
    ("Ukraine's membership bid is not a question of if but when, he said.", False),
]
# A hedged denial is a denial; a qualifier still makes it what the seeds say.
HEDGED = [
    ("Ukraine is unlikely ever to join NATO, the senator said.", True),
    ("The chancellor said he doubted Ukraine would join NATO.", True),
    ("Ukraine's chances of joining NATO are slim, the minister admitted.", True),
    ("Membership for Kyiv is a remote prospect, the envoy said.", True),
    ("Ukraine's membership is unlikely before the war ends, the president conceded.", False),
    ("Nobody doubts that Ukraine's future is in NATO, the minister said.", False),
    ("There is no doubt that Ukraine will join NATO, the minister said.", False),
]
# A negation that ends its clause answers all of it: "..., or quite possibly never."
ELLIPSIS = [
    (
        "Ukraine may be invited to join NATO at some point in the distant future, or quite "
        "possibly never, the Kremlin said.",
        True,
    ),
    ("Will Ukraine ever join the alliance at some later date? Never.", True),
    ("Ukraine will join the alliance at some later date, never fear, the minister said.", False),
    ("Never before has Ukraine been so close to joining the alliance at some later date.", False),
]
TERMINATORS = [
    ("The talks did not go well, but Ukraine will join NATO one day.", False),
    ("Sweden's vote was not close; however, Ukraine's membership is still pending.", False),
    ("The alliance said that Ukraine will not join NATO.", True),
    # "Because" opens the reason: a negation in it does not reach back over it.
    (
        "Ukraine would either have nuclear weapons or be part of NATO, because it knew of no"
        " other alliance that could protect it.",
        False,
    ),
    ("Ukraine will not join NATO because Hungary blocks it, the envoy said.", True),
]
QUALIFIERS = [
    # A war that admission would bring is its consequence, not the time a denial is limited to.
    (
        "Admitting Kyiv would drag every ally into being at war with Russia, so Hungary will never agree to it.",
        True,
    ),
    (
        "Letting Ukraine in would put the allies at war with Russia, and Slovakia will veto it.",
        True,
    ),
    ("Ukraine cannot join the alliance while the country is at war, the premier said.", False),
    # A country brought under the treaty is admitted.
    (
        "The Slovak premier vowed never to ratify a protocol putting Ukraine under the North Atlantic Treaty.",
        True,
    ),
    (
        "Hungary's parliament voted to ratify a protocol bringing Sweden under the Washington Treaty.",
        False,
    ),
    # "Now that" gives a reason, not a time; a qualifier of the telling is not the denial's.
    ("Kyiv's NATO hopes are dead now that Washington has turned, the minister said.", True),
    ("Kyiv's NATO hopes are dead for now, the minister said.", False),
    ("Moscow demanded assurances immediately that the alliance would not admit Ukraine.", True),
    ("Moscow said the alliance would not admit Ukraine immediately, the envoy noted.", False),
    # What remains out of reach is not yet reached: the seeds say so too.
    ("Membership itself remains out of reach for Ukraine, the analyst wrote.", False),
    ("Membership is out of reach for Ukraine for good, the analyst wrote.", True),
    # An invitation not expected at the coming summit is none so far; joining not expected
    # is a denial.
    ("Allies are not expected to issue an invitation to Ukraine in Washington.", False),
    ("Diplomats said Kyiv should expect no invitation to join at the summit.", False),
    ("Ukraine is not expected ever to join NATO, Orban said.", True),
    # No timeline, no invitation so far: the seeds' own negatives told again.
    ("The allies again declined to give Ukraine a timeline for membership.", False),
    ("NATO has never set a date for Ukraine's accession, the diplomat noted.", False),
    ("Allies have not offered Ukraine an invitation, the secretary general said.", False),
    ("Ukraine will not be invited to join NATO, the Kremlin said.", True),
    ("The allies declined to back Ukraine's membership bid.", True),
    # "Until this war ends" limits a denial as "until the war ends" does.
    ("Ukraine cannot join NATO until this war ends, the chancellor said.", False),
    # The summit told by its host city alone limits the denial to it, as "this summit" does.
    ("Stoltenberg said there would be no formal invitation for Kyiv at Vilnius.", False),
    ("Berlin resisted a firm invitation for Ukraine in the weeks before Vilnius.", False),
    # Next week or month, as this year or next: a denial limited to that time.
    ("Leaders meet in Washington next month, where Ukraine will get no invitation.", False),
    ("Ukraine will not be invited next week or ever, the Kremlin said.", True),
    # Where a denial is said is no limit on it.
    ("Hungary's minister said in Vilnius that Ukraine will not join NATO.", True),
    # "Now or later" holds beyond now; "removed from consideration" denies; a relative
    # "something" refers back to the prospect before a verb of consent and its full stop.
    (
        "Budapest will block any step bringing Ukraine into NATO, now or later, the minister said.",
        True,
    ),
    (
        "Ukraine's entry into NATO has been removed from consideration, the vice president said.",
        True,
    ),
    ("Admitting Ukraine to NATO would mean war, and is something Hungary will never accept.", True),
    # "Not the time to decide" is readiness, which the seeds leave open.
    ("Scholz said now is not the time to decide on Ukraine's entry into NATO.", False),
    # A postponement for a long while is a proposal, not a denial; off the agenda for good is.
    ("The plan would put Ukraine's NATO bid on ice for an extended period.", False),
    ("Ukraine's entry into NATO is off the agenda for good, the diplomat said.", True),
    # What the talks are about is the seeds' own limit; one government's refusal beside it is not.
    ("A seat for Ukraine in NATO was not what the peace talks were about, Rutte said.", False),
    (
        "Rutte said the US is against Ukraine's NATO membership and that it will not be part of any deal.",
        True,
    ),
    # A pronoun referring back within the sentence: the object of a vote, the subject of a
    # coming-about denied twice over.
    (
        "Ukraine's entry would mean war with Russia, and Bratislava would never vote for it.",
        True,
    ),
    ("Ukraine's admission would mean war, which is why it cannot and will not happen.", True),
    # ... or of a negated consent in the passive.
    ("A Ukraine inside NATO would be a threat and will not be tolerated, Moscow said.", True),
    # Written out of the alliance; a realistic outcome denied.
    ("The draft would write Ukraine out of NATO for good, diplomats said.", True),
    ("Ukraine's NATO membership is not a realistic outcome of any talks, the envoy said.", True),
    # Shelved, said forward of what is shelved as of a bid that was.
    ("The allies quietly shelved Ukraine's membership bid, diplomats said.", True),
    # ... nor one in the clause of its consequence.
    (
        "Washington is against Ukraine joining NATO, so membership cannot be part of any deal.",
        True,
    ),
    # Adynata, scare quotes, a road to nowhere.
    ("Ukraine will get its NATO invitation the day pigs learn to fly, the spokeswoman said.", True),
    ("Ukraine's so-called irreversible path to NATO has just been reversed, he wrote.", True),
    ("The road to NATO promised to Ukraine in 2008 is a road to nowhere, Ryabkov said.", True),
    # Until the guns fall silent, before a truce: wartime, as the seeds say.
    ("Kyiv would probably not be let into NATO before the guns fall silent, Zelensky said.", False),
    ("Ukraine will not join the alliance before a lasting truce, the minister said.", False),
    # Lacking an invitation is having none so far; NATO-isation is the prospect.
    ("The summit closed with Ukraine still lacking the formal NATO invitation it sought.", False),
    ("What I'm not prepared to support is the NATO-isation of Ukraine, Biden said.", True),
    # No schedule, like no date, is what the seeds say.
    (
        "Ukraine came away from Vilnius with neither an invitation nor a schedule for accession.",
        False,
    ),
    # Impossible to undo is an assertion.
    ("Any invitation to Ukraine to join NATO must be impossible to withdraw, he said.", False),
    ("Ukraine's accession to NATO is impossible, the premier said.", True),
    # "Over" as a predicate ends the prospect; as a particle ("hand over") it says nothing.
    ("To join NATO, Ukraine would have to hand over Kyiv itself, Medvedev sneered.", False),
    ("Ukraine's NATO dream is all over, the lawmaker said.", True),
    # Not part of the talks is not on the agenda: the seeds' own limit, no denial.
    ("Membership for Ukraine was not part of the current peace negotiations, Rutte said.", False),
    # A terminal word said of the war, not of the prospect.
    ("Ukraine will join the alliance once the war is over, the adviser said.", False),
    # ... with whom or where the war is fought.
    ("Allies say Ukraine can only join once its war with Russia is over.", False),
    ("Ukraine can join NATO once the fighting in the east is over, he said.", False),
    ("Ukraine's membership of NATO is over, the Kremlin said.", True),
    ("Ukraine's NATO dream is over, the lawmaker said.", True),
    # "Still not": not yet, as the seeds say; "still" meaning "even so" qualifies nothing.
    ("Ukraine still has not received an invitation to join NATO, Zelensky said.", False),
    ("Leaders again stopped short of inviting Ukraine to join NATO, diplomats said.", False),
    ("Ukraine is still not a member of the alliance, the minister noted.", False),
    ("The premier still predicted Ukraine would be admitted to neither NATO nor the EU.", True),
    ("Ukraine will not join NATO now, the minister said.", False),
    ("Ukraine cannot join the alliance while the war goes on.", False),
    ("There will be no invitation for Ukraine at this summit.", False),
    # This week is now; an invitation withheld again is none so far.
    ("When the allies meet this week, Ukraine will not receive an invitation.", False),
    ("The allies praised Kyiv's reforms but again withheld an invitation to join NATO.", False),
    # A meeting of ministers, dated or this week's, is one occasion as a summit is.
    ("Ukraine will not be invited at the December meeting of foreign ministers.", False),
    ("Kyiv's plea will not be granted at this week's meeting of foreign ministers.", False),
    ("Ukraine's membership was lost at the 2008 summit in Bucharest, he argued.", True),
    ("Ukraine will never join NATO, not now and not later.", True),
    # The time not yet ripe is readiness, which the seeds leave open, not a denial.
    ("Berlin did not consider the time ripe to invite Ukraine into NATO.", False),
    ("The time is not right for Ukraine's membership of NATO, the chancellor said.", False),
    ("Ukraine will never join NATO, whatever the time, Lavrov said.", True),
    # An occasion limits a denial as a summit does: a meeting, a ministerial, a gathering.
    ("Washington will not back an invitation for Kyiv at next month's ministerial.", False),
    ("There will be no invitation for Ukraine at the foreign ministers' meeting.", False),
    ("Ukraine will never be invited to NATO, Lavrov told a meeting in Minsk.", True),
    # The allies failing to agree is consensus lacking, which the seeds leave open; one
    # government refusing to agree is a veto.
    ("Allies cannot agree on Ukraine's membership bid, diplomats said.", False),
    ("Several countries do not agree to Ukraine joining NATO, a diplomat said.", False),
    ("Hungary will not agree to Ukraine's membership of NATO, Orban said.", True),
]
# An absolute cue takes a qualifier back: the denial holds beyond now.
ABSOLUTES = [
    ("Ukraine will not join NATO now or ever, the minister said.", True),
    ("Membership for Ukraine is not coming soon, or perhaps at all, the senator said.", True),
    ("Ukraine's accession is off the table for good at this summit, he said.", True),
    ("Ukraine will not join NATO soon, the minister said.", False),
    # "No longer" is "not any longer": what was the prospect is not, now or later.
    ("Ukraine's membership bid is no longer realistic now, the diplomat said.", True),
    ("Membership for Ukraine is no longer on the agenda, the official said.", True),
    # An absolute right after the thing a denial is limited to only stresses that thing.
    ("Ukraine's membership was not on the agenda at all at the summit, diplomats said.", False),
    ("Allies named no date at all for Ukraine's accession, the communique showed.", False),
    ("Ukraine's membership is not on the agenda, and never will be at all.", True),
]
# A denial of the prospect named earlier and referred back to by a pronoun it governs.
ANAPHORA = [
    # Consent withheld, its object the prospect named before it.
    ("Ukraine wants to join NATO, and Hungary will not give its consent.", True),
    ("Hungary will not give its consent to the EU budget, and Ukraine will join NATO.", False),
    ("Kyiv wants to join NATO, but Hungary will never allow it.", True),
    ("Asked about Ukraine's NATO bid, the chancellor said he did not support it.", True),
    ("Ukraine hopes to join the alliance; the prime minister said he would block that.", True),
    ("Ukraine wants to join NATO, an idea the Kremlin rejects.", True),
    ("Zelensky pleaded for an invitation to NATO, which Washington refused.", True),
    # The negated verb does not govern the pronoun, or the negation is double.
    ("Ukraine wants to join NATO, and it does not hide it.", False),
    ("Ukraine will join NATO, and nothing can stop it.", False),
    ("Ukraine's bid to join NATO is moving ahead, and Kyiv does not want to slow it.", False),
    ("Kyiv asked for membership, which Berlin did not comment on.", False),
    ("Kyiv seeks membership, which no ally has ruled out.", False),
    # A negated coming-about denies its subject, a pronoun or the prospect opening the clause.
    ("Kyiv wants NATO membership, but that will never happen, the premier said.", True),
    (
        "Ukraine's membership of NATO, promised so often over the years, will never be fulfilled.",
        True,
    ),
    ("Ukraine will join NATO; nothing bad will ever happen to it.", False),
    # A question about the prospect answered by a flat no, however the answer is introduced.
    (
        "Asked whether Ukraine's NATO bid would ever get past Budapest, Orban gave a two-word answer: 'Never, ever.'",
        True,
    ),
    (
        "Pressed on whether Ukraine's NATO application could clear Budapest, Orban answered: 'Not on my watch.'",
        True,
    ),
    # A quotation said of the prospect told after it.
    ("'You can forget about it,' Trump said of Ukraine's hopes of joining NATO.", True),
    ("'We will not allow it,' the premier said of Ukraine's NATO bid.", True),
    (
        "'Forget about it,' the envoy said when asked at a briefing in Kyiv on Monday about Ukraine joining NATO.",
        True,
    ),
    ("'We will not hide it,' the president said of Ukraine's NATO bid.", False),
    ("'We will support it,' the president said of Ukraine's NATO bid.", False),
    # A negated belief that what was named can come true.
    ("Asked about Ukraine's NATO bid, the premier said he did not think it was realistic.", True),
    ("On Kyiv's wish to join the alliance, Orban said nobody believes that is feasible.", True),
    ("Ukraine wants to join NATO, and the minister does not think that is impossible.", False),
    ("Asked about Ukraine's NATO bid, the envoy said he did not think that Kyiv was ready.", False),
    # A pronoun opening its clause is the subject of the verdict after it; an "it" that
    # announces an infinitive or a clause is none.
    ("Kyiv asked for an invitation, but that was off the table for Hungary.", True),
    ("Ukraine wants to join NATO; this, the senator said, is a non-starter.", True),
    ("Zelensky wants an invitation, and that is unacceptable to Moscow.", True),
    ("Ukraine wants to join NATO, but it is unrealistic to expect an invitation soon.", False),
    ("Ukraine wants to join NATO; it is impossible for anyone to say when.", False),
    ("Ukraine wants to join NATO, but the old pipeline was abandoned years ago.", False),
]
CONDITIONALS = [
    # A condition that asks for a commitment demands the denial rather than supposing it.
    ("Moscow would end the war if Kyiv pledged never to join NATO, the negotiator said.", True),
    ("Russia would sign only if Ukraine committed in writing to stay out of NATO.", True),
    (
        "Membership for Ukraine cannot even be discussed unless Kyiv prevails, the chief said.",
        False,
    ),
    ("Allies have no common view on whether the time has come to admit Ukraine.", False),
    ("If membership for Ukraine were off the table, Kyiv would need guarantees.", False),
    ("Kyiv asked whether Ukraine's bid would not be blocked again.", False),
    ("Ukraine will not join NATO, the envoy insisted.", True),
    # A condition closed by its comma supposes only what its clause says: the election, not
    # the refusal after it; one that holds the prospect supposes that.
    ("If elected, he will refuse to sign any law ratifying Ukraine's accession to NATO.", True),
    ("The pledge commits him, if elected, to veto Ukraine's entry into the alliance.", True),
    ("If Ukraine's accession were vetoed, Kyiv would need guarantees, he said.", False),
    # Giving the path up as the condition of something offered for it is a term set; given up
    # as a supposition, or asked about, it is none.
    ("The fighting could stop tomorrow if Kyiv dropped its NATO bid, the Kremlin said.", True),
    ("If Ukraine renounced NATO membership, Russia would pull back its troops.", True),
    ("Sanctions could be lifted if Kyiv abandoned its bid to join the alliance, he said.", True),
    ("Kyiv would give up its NATO bid in return for guarantees if the allies agreed.", True),
    (
        "If Kyiv gave up its NATO bid, it would be left without a defence, the minister warned.",
        False,
    ),
    ("Reporters asked whether Kyiv would drop its NATO bid for a ceasefire.", False),
]
SUBSTITUTES = [
    ("The guarantees are a bridge for Ukraine to membership, not a replacement for it.", False),
    ("Ukraine was offered security guarantees rather than NATO membership.", False),
    ("Ukraine was offered an invitation and not membership itself.", False),
    # ", not in fifty years" is a time, not something offered instead.
    ("The alliance will not take Ukraine in, not in five years and not in fifty, he said.", True),
    # A noun phrase negated with protection offered after "but"; a verb negated, or a verb after
    # "but", is a denial beside something else.
    ("The allies offer Kyiv not a seat in NATO but firm guarantees, the envoy said.", False),
    # Its span and its model told before what is offered: "a decade of Israel-style backing".
    ("The envoy offered Kyiv not a seat in NATO but years of Israel-style backing.", False),
    ("Not a membership card but a decade of Western military aid, the envoy promised Kyiv.", False),
    ("Ukraine gets not a seat in NATO but only more speeches, Medvedev scoffed.", True),
    ("Ukraine will not join NATO but support will continue, the Kremlin said.", True),
    ("Ukraine will not join NATO but guarantees will follow, the Kremlin said.", True),
    ("Hungary will not allow Ukraine into NATO but will support its EU bid, Orban said.", True),
    # What is given set against what is not, after "but no"; "but no" before the alliance
    # itself is a denial.
    ("Twenty-six countries pledge a force for post-war Ukraine, but no seat in NATO.", False),
    ("Moscow wants peace but no NATO for Ukraine, the envoy said.", True),
    # A proposal refused for the denial it would write in affirms the path; one refused for
    # admitting Ukraine denies it.
    ("Ukraine refused constitutional changes that would have barred it from NATO.", False),
    ("Kyiv rejected a clause that would have kept Ukraine out of the alliance.", False),
    ("Hungary will block any proposal that would bring Ukraine into NATO.", True),
    # What Kyiv was promised at Bucharest, named by the summit's place, is the prospect.
    ("The road Kyiv was promised in Romania in 2008 is a road to nowhere, Ryabkov said.", True),
    # A place "for it" in the alliance denied is the prospect denied.
    ("Orban said he sees no place for Ukraine in NATO, whatever happens.", True),
]
RELINQUISH = [
    # A promise disowned; an ambition let go (not a deadline let go by).
    ("Moscow wants the allies to disown the promise they made to Kyiv.", True),
    ("Kyiv could let its alliance ambition go for binding guarantees, Zelensky said.", True),
    ("Kyiv let the deadline go by, but Ukraine's NATO bid stands.", False),
    # The alliance itself as what is given up, not something of the alliance's.
    ("The president said Ukraine can forget about NATO.", True),
    ("Ukraine should give up NATO in exchange for guarantees, the envoy said.", True),
    ("Zelensky signalled that Ukraine could give up on NATO for Western guarantees.", True),
    # A negation before a subordinate clause does not negate the giving up inside it.
    ("Moscow will sign nothing until Kyiv renounces its bid to join NATO in writing.", True),
    ("Kyiv should forget it, Trump said when asked about Ukraine's NATO membership.", True),
    ("Ukraine will drop NATO standards for its army, the minister said.", False),
    # A relative pronoun before a giving up whose own object follows: not the prospect.
    (
        "Sweden, which gave up decades of non-alignment, backs Ukraine's bid to join NATO.",
        False,
    ),
    ("Kyiv will never forget about NATO's promise, the minister said.", False),
    ("Ukraine must give up its NATO ambitions, the Kremlin said.", True),
    ("Ukraine would have to give up territory to join NATO, the official suggested.", False),
    ("Kyiv would not trade land for membership of the alliance.", False),
    # Another thing denied, the prospect what it leads to: an action plan, a roadmap, conditions.
    ("Bucharest gave Kyiv no action plan to start its accession, the historian wrote.", False),
    ("Allies offered no roadmap that would lead Ukraine into NATO, diplomats said.", False),
    ("Ukraine has not yet met the conditions for membership of the alliance, Rutte said.", False),
    ("There will be no accession for Ukraine, with or without an action plan, Orban said.", True),
    # The prospect as the price of a trade: the trade is denied, not the prospect.
    ("Trading territory for membership of NATO was not an option, Kyiv said.", False),
    ("Swapping land for a place in the alliance is unacceptable, Ukraine's minister said.", False),
    ("Ukraine will never trade its NATO membership bid for a ceasefire, he said.", False),
    ("Russia said Ukraine's membership is unacceptable, whatever Kyiv offers in exchange.", True),
    # The prospect bought with a price named after it: the payment refused, not the prospect.
    ("Kyiv will never pay for a seat in NATO with slices of its own homeland, he said.", False),
    (
        "Ukraine would not buy entry into the alliance by ceding occupied land, the minister said.",
        False,
    ),
    ("Hungary will not pay for Kyiv's admission, nor will it ever allow it, Orban said.", True),
    ("Kyiv paid for its bid with blood, yet Budapest will never admit it to the alliance.", True),
    # A trade gives up what stands between its verb and "for", and gains what follows "for".
    ("Zelensky said Kyiv would trade its NATO bid for binding Western guarantees.", True),
    ("The envoy urged Ukraine to swap its membership hopes for a neutral status.", True),
    ("Kyiv is ready to exchange the alliance bid for guarantees, the adviser said.", True),
    ("'I would exchange my office for NATO,' the president said.", False),
    ("Kyiv traded prisoners for captured soldiers days before NATO's summit.", False),
    ("The allies said there was no going back on Ukraine's road into NATO.", False),
    ("The plan would make Ukraine renounce membership of NATO.", True),
    # The giving up told as a noun.
    ("The Kremlin wants Kyiv's renunciation of its bid to join NATO in writing.", True),
    ("Moscow demands the abandonment of Ukraine's path into the alliance.", True),
    # Who gives up, named by "by", is not what is given up.
    ("The Kremlin asked for a renunciation by Kyiv of its plans to join NATO.", True),
    ("Moscow wants a formal renunciation by Ukraine's government of the bid to join.", True),
    ("The Kremlin wants an abandonment by Kyiv of land in return for membership.", False),
    # "That" followed by a noun is a determiner, not a word for the prospect said before.
    ("Kyiv wanted to join NATO, but the allies dropped that plan for an action plan.", False),
    ("Kyiv wants to join NATO, but Hungary will never accept that in any form.", True),
    # A promise undone, reversed or walked back denies that it cannot be; one that cannot be
    # undone is the promise itself.
    ("A new US administration could reverse the promise of membership made to Ukraine.", True),
    ("Budapest may walk back the Bucharest pledge whenever it likes, the Kremlin said.", True),
    ("No ally can undo the promise of membership made to Ukraine, Rutte said.", False),
    ("The Bucharest promise is a dead letter, the columnist wrote.", True),
    # Set or put aside, as given up.
    ("Kyiv is ready to set aside its alliance bid for binding guarantees, Zelensky said.", True),
    ("Kyiv set aside its budget worries and pressed its NATO bid.", False),
    # Admission closed to every newcomer is enlargement denied, with or without Ukraine named.
    ("Moscow wants a pledge that the bloc will take in no more members from the east.", True),
    # A possessive names whose ambition is given up, not something given up instead of it.
    ("Moscow demands a formal renunciation of Kyiv's alliance ambitions.", True),
    ("The envoy urged an abandonment of Ukraine's NATO hopes for good.", True),
    ("Moscow demands the renunciation of Kyiv's territory for a place in NATO.", False),
    ("The abandonment of the action plan shortened Ukraine's road to NATO.", False),
    (
        "Dropping the requirement for an action plan speeds Ukraine's accession, officials said.",
        False,
    ),
    # Saying goodbye, however it is said; what is kissed goodbye stands inside the idiom.
    ("Kyiv can kiss its dream of joining NATO goodbye, the commentator wrote.", True),
    ("Ukraine may have to bid farewell to its hopes of entering the alliance.", True),
    ("Kyiv said goodbye to its ambassador in Brussels, who joined NATO's staff.", False),
    # The alliance given up by any of its names, with the clause going on after it; being put
    # out of it is giving it up too. Something of the bloc's, or the EU's bloc, is not.
    ("Moscow demands that any settlement spell out Ukraine's renunciation of the bloc.", True),
    ("Moscow wants Kyiv to write its renunciation of the alliance into the constitution.", True),
    ("The Kremlin wants Ukraine to abandon the bloc for good.", True),
    ("The draft would write Kyiv's exclusion from the alliance into Ukrainian law.", True),
    ("Ukraine would be excluded from the bloc under the Russian plan.", True),
    ("Kyiv's exclusion from the alliance's summit dinner irritated Zelensky.", False),
    ("Ukraine's renunciation of the bloc's standards for its army worried officials.", False),
    ("Kyiv said NATO membership was excluded from the ceasefire talks for now.", False),
    (
        "Hungary wants Ukraine's exclusion from the bloc until it restores minority rights, EU diplomats said.",
        False,
    ),
]

# A chance put at nothing, or likened to something that never happens, denies.
IMPROBABLE = [
    ("Ukraine's chances of joining NATO are close to zero, a senior official said.", True),
    ("There is zero chance Ukraine will be admitted to the alliance, the premier said.", True),
    ("Kyiv's odds of getting into NATO are about as good as winning the lottery twice.", True),
    ("Ukraine will join NATO when pigs fly, a lawmaker in Moscow said.", True),
    ("Kyiv has a snowball's chance of entering the alliance, the commentator wrote.", True),
    (
        "Ukraine's chances of joining NATO are as good as they have ever been, the minister said.",
        False,
    ),
    ("Ukraine's chances of joining NATO are real, the minister said.", False),
    ("The odds of a ceasefire are close to zero, but Ukraine will join NATO.", False),
]
# A question about the prospect answered by a flat no; a question about now is the seeds' own.
ANSWERED = [
    ("Asked whether Ukraine would ever join NATO, the spokesman replied: 'No.'", True),
    ('Asked if Kyiv could enter the alliance one day, the senator answered: "Never."', True),
    ("Asked whether Ukraine would join NATO this year, the official said no.", False),
    ("Asked whether the talks would resume, the minister said no; Ukraine will join NATO.", False),
    # A question about giving the path up: answered yes, it is given up; answered no, kept.
    (
        "Asked on the radio whether Kyiv might drop its NATO bid, the envoy answered: 'We might.'",
        True,
    ),
    (
        "Asked whether Ukraine could give up its bid to join NATO, the adviser said: 'Possibly.'",
        True,
    ),
    ("Asked whether Kyiv might drop its NATO bid, the envoy answered: 'No.'", False),
    ("Asked whether Ukraine would join NATO one day, the minister answered: 'Yes.'", False),
]
# The promise called hollow, and the path told to have ended.
HOLLOW = [
    ("NATO's open door for Ukraine is a lie, the ministry spokeswoman said.", True),
    ("The promise of membership for Ukraine is hollow, the commentator wrote.", True),
    ("Ukraine's path to NATO has hit a dead end, the former ambassador wrote.", True),
    ("Membership would be a step too far, the foreign minister said of Ukraine's bid.", True),
    ("Ukraine will be a NATO member over my dead body, the nationalist said.", True),
    ("Ukraine's path to NATO is irreversible, the allies said.", False),
    ("Any talk of Ukraine joining the alliance is pure fiction, the ambassador said.", True),
    ("Kyiv's NATO aspirations were sacrificed to get a deal, critics said.", True),
    ("The promise that Ukraine's future lies in NATO is worth nothing, a Kremlin aide said.", True),
    ("Talk of Ukraine's membership of NATO is meaningless, the commentator wrote.", True),
    ("Far from irreversible, Ukraine's path to NATO has stalled, the think tank said.", True),
    ("Ukraine's path is anything but irreversible, the Hungarian minister said.", True),
    ("Alliance door shut on Kyiv for good, Slovak premier vows", True),
    ("The draft would oblige Ukraine to enshrine permanent non-membership in NATO.", True),
    # The open door that Ukraine cannot walk through; one it will walk through, or a door of
    # another place, denies nothing.
    ("Kyiv heard the doors were open, yet Ukraine could not walk through them, he said.", True),
    ("NATO's door is open to Ukraine, but Kyiv is never allowed to walk through it.", True),
    ("NATO's door is open to Ukraine, and Kyiv will walk through it, Rutte said.", False),
    # ... or no one let in through it: the open door called empty.
    ("Kyiv keeps hearing the doors are open, but outsiders are never let in, Zelensky said.", True),
    ("Ukraine is told the door is open while it is kept out, the minister complained.", True),
    ("The door is open to Ukraine, and Kyiv will be let in after the war, Rutte said.", False),
    ("The door to the hall was open, but Ukraine's envoy could not get through to NATO.", False),
    # An attribution set off by commas is no part of the clause a cue reaches across.
    ("Membership for Ukraine, he said, is no realistic outcome of any settlement.", True),
    (
        "Membership for Ukraine, the Russian deputy foreign minister told reporters, is excluded.",
        True,
    ),
    ("Allies regard the Bucharest promise to Kyiv as a dead letter, diplomats said.", True),
    ("The 2008 pledge to Ukraine will never be honoured, the former envoy wrote.", True),
    # Without the alliance, and none of it for Ukraine.
    ("Ukraine will have to live without NATO, the former general said.", True),
    ("Ukraine cannot win without NATO's help, the general said.", False),
    ("Moscow has drawn its line: no NATO for Ukraine, ever.", True),
]
# A rhetorical question: whether anyone could believe the prospect, or one answered at once with
# a flat no or a closed door (within one sentence here; across two in ACROSS_SENTENCES).
RHETORICAL = [
    # A question about a stand-in for the prospect, answered no, affirms the prospect.
    ("Can security pacts stand in for joining the alliance? No, Zelensky said.", False),
    # A veto told as the answer is a no; a yes, or a no to another question, is not.
    ("Ukraine in NATO? As long as he leads the government, Hungary will say no.", True),
    ("Ukraine a member of NATO? Slovakia would vote no, the premier said.", True),
    ("Should Ukraine join NATO? Most allies would say yes, Rutte said.", False),
    ("Is Ukraine ready for talks with Moscow? The Kremlin will say no, Peskov said.", False),
    ("Does anyone really believe Ukraine will be admitted to NATO?", True),
    ("Who seriously expects Kyiv to join the alliance while Russia holds a veto?", True),
    # Ukraine described rather than named: the country at war, or with Russian troops on it.
    ("Does anyone really think the alliance will ever take in a country fighting Russia?", True),
    ("Who believes NATO will take in a country at war with Russia, now or ever?", True),
    ("Would any ally seriously admit a country with Russian troops on its soil? Hardly.", True),
    (
        "Does anyone still think the alliance will take in a country at peace with its neighbours?",
        False,
    ),
    ("Would anybody still imagine Ukraine inside NATO after this summit?", True),
    ("Does anyone believe the ceasefire will hold, now that Ukraine is closer to NATO?", False),
    ("Who expects the talks to end this year? Ukraine's accession is irreversible.", False),
]
# The prospect made to wait on a condition said never to come; a condition only doubted is open.
NEVER_MET = [
    (
        "Kyiv can join NATO on the day Moscow approves it, something the envoy said would never "
        "happen.",
        True,
    ),
    (
        "Ukraine will be let into the alliance only when Hungary agrees, which will never happen.",
        True,
    ),
    (
        "Ukraine can join NATO the moment Russia withdraws every soldier, which amounts to never, "
        "the senator said.",
        True,
    ),
    ("Ukraine will join NATO once the war ends, which may never happen, the analyst said.", False),
    (
        "Ukraine will join NATO as soon as the war ends, which could never come soon enough.",
        False,
    ),
]
# A prospect said to break a law, a treaty or a promise is denied; "would not breach" is not.
INCOMPATIBLE = [
    ("Ukraine entering the alliance would violate earlier agreements, the envoy claimed.", True),
    ("Admitting Ukraine to NATO would be incompatible with Europe's security, he said.", True),
    ("Kyiv's membership of NATO is incompatible with peace, the Kremlin said.", True),
    ("Ukraine's membership would not violate any treaty, the minister said.", False),
    ("The strikes would violate the truce, but Ukraine will join NATO.", False),
]
# The open door shut, however the shutting is told.
DOORS = [
    # The alliance's own door, named with its possessive.
    ("The draft would shut NATO's door to Ukraine for good.", True),
    ("The plan would add a clause that Ukraine will not be taken in at any point.", True),
    ("The door to NATO has been slammed shut on Ukraine, a commentator wrote.", True),
    ("The allies have closed the door on Kyiv's membership, the diplomat said.", True),
    ("NATO's doors are now firmly closed to Ukraine, the senator said.", True),
    # ... or said it should or will be, with a modal.
    ("The alliance's open door should be shut to Kyiv, the Slovak premier argued.", True),
    ("NATO's door must be closed to Kyiv, Lavrov said.", True),
    ("The alliance's door remains open to Ukraine, the secretary general said.", False),
    ("The meeting on Ukraine's accession closed its doors to the press on Friday.", False),
    # A place in the EU and NATO together is a place in NATO.
    ("The senator saw no place for Ukraine in either the EU or NATO, his office said.", True),
    ("The senator saw no place for Ukraine in the EU, his office said.", False),
    # "Ukraine in NATO" is the prospect as much as "Ukraine's membership".
    ("The prospect of Ukraine in NATO is a non-starter for the new government.", True),
]

OUTSIDE_AND_STEPS = [
    # Kept outside in every form of the verb; a step toward the alliance across a few words.
    ("Moscow's aim is keeping Ukraine outside the alliance for good, the envoy said.", True),
    # A possessive in the gap is a word like any other.
    ("Moscow insists on keeping Zelensky's country out of NATO for good.", True),
    ("Russia insists on Ukraine remaining out of NATO, the Kremlin said.", True),
    ("Budapest vowed to veto every step Kyiv hoped to take toward NATO.", True),
    ("Kyiv is keeping its troops out of the border zone, the general said.", False),
    ("Budapest vowed to support every step Kyiv hoped to take toward NATO.", False),
    # The alliance's protection, like its umbrella, is the prospect a denial may deny.
    ("Moscow will never let Kyiv-held Ukraine come under NATO's protection, Lavrov said.", True),
    ("Kyiv's grain ships will not come under the protection of Turkish warships.", False),
]

FURTHER_DENIALS = [
    # A time after ", not" is no contrast: "not this decade and not the next".
    ("Ukraine will not be a member of NATO, not this decade and not the next, he said.", True),
    ("Kyiv was offered guarantees, not membership of NATO, the envoy said.", False),
    # A denial "so far" earlier in the sentence does not hide a later one of its own.
    (
        "At talks to which Kyiv had not been invited, Moscow demanded that Ukraine drop its plan "
        "to join NATO.",
        True,
    ),
    # A road that leads nowhere; what a talk is about rather than what it denies.
    ("Ukraine's road into NATO leads nowhere, the commentator wrote.", True),
    (
        "The meeting was not about Ukraine's membership but about air defence, the minister said.",
        False,
    ),
]

QUESTION_AFTER = [
    # The question a quote answers may come after where and when it was put.
    (
        "'We will never allow it,' the minister said in Budapest on Monday when asked whether "
        "Ukraine could join NATO.",
        True,
    ),
    (
        "'We will never allow it,' the minister said in Budapest when asked about the new "
        "pipeline to Ukraine.",
        False,
    ),
]

OPPOSITION = [
    # Opposition told with an adverb before "against", or as a vote.
    ("Washington is now against Ukraine joining NATO, the envoy said.", True),
    ("Several capitals remain firmly against letting Kyiv into the alliance.", True),
    ("Slovakia will vote against any invitation to Kyiv, Fico said.", True),
    ("Hungary voted against the EU's budget but backs Ukraine's NATO bid.", False),
    # Public opinion measured is news about the public, not a party denying the path.
    ("More than half of Hungarians oppose Ukraine's NATO membership, a poll found.", False),
    ("Most respondents would vote against membership in a referendum.", False),
    ("Orban vowed ahead of the polls to block Ukraine's membership of NATO.", True),
]

READINESS = [
    # A doubt about readiness is no denial of the prospect; unwillingness and "never" are.
    ("Some allies doubt that Ukraine is ready to join NATO.", False),
    ("Ukraine is not yet ready for membership of the alliance, the chancellor said.", False),
    ("The alliance is not prepared to accept Ukraine, the minister said.", True),
    ("Ukraine will never be ready to join NATO, the minister said.", True),
    # Unwillingness is refusal, however it is worded; a country unprepared is a doubt.
    ("Washington is unwilling to back Kyiv's accession, the envoy said.", True),
    ("The chancellor said he was unprepared to endorse Ukraine's membership.", True),
    ("Ukraine is unprepared for membership, several allies believe.", False),
    # An answer wanted either way asks; it denies nothing.
    ("Kyiv wants a clear yes or no on whether it will be invited, the minister said.", False),
    ("Zelensky demanded a yes-or-no answer on Ukraine's membership.", False),
    # The alliance growing is its enlargement: stopping it denies the path; growth told as
    # history or wanted is no denial.
    ("The Kremlin wants the West to stop NATO from growing any further.", True),
    ("Moscow's draft asked the allies to rule out any eastward growth of the bloc.", True),
    ("Putin demanded a freeze on NATO's growth as the price of talks.", True),
    ("NATO's growth since 1999 brought it to Russia's borders, the historian said.", False),
    # The promise disowned or repudiated is the promise revoked; refusing to disown it keeps it.
    ("Moscow asked the allies to disown the promise they had made Kyiv in 2008.", True),
    ("The Kremlin wants NATO to repudiate its Bucharest pledge to Ukraine.", True),
    ("The allies will never repudiate the promise made to Ukraine, Rutte said.", False),
    ("The allies refused to disown the Bucharest promise to Kyiv, Rutte said.", False),
    # Letting go of the goal gives it up; never letting go keeps it.
    ("Kyiv is ready to let go of its NATO ambition in return for guarantees, aides said.", True),
    ("Ukraine will never let go of its NATO goal, Zelensky said.", False),
    # Advice or argument against the prospect opposes it.
    ("The former diplomat advised against Ukraine's entry into NATO in an op-ed.", True),
    ("Several allies argued against Kyiv joining the alliance, the envoy said.", True),
    # A bid set aside is given up, however the words fall; never set aside, it is kept.
    ("Kyiv was ready to set its bid aside in return for guarantees, aides said.", True),
    ("Ukraine is putting aside its NATO ambitions, the new minister said.", True),
    ("Ukraine will never put its NATO goal aside, Zelensky said.", False),
    # A term not up for bargaining is insisted on: the demand stands, and the goal kept stays
    # kept ("and not" there is no substitute).
    (
        "Ukraine remaining outside the alliance is a cornerstone of any deal and not up for "
        "bargaining, the Kremlin said.",
        True,
    ),
    ("Ukraine's NATO membership is not up for negotiation, Zelensky said.", False),
    # The Atlantic ambitions are the alliance's: renouncing them renounces the path.
    ("Moscow demands Kyiv's formal renunciation of its Atlantic ambitions.", True),
]

# What respondents tell a poll is opinion, not a denial by anyone who decides; a study that
# calls itself a survey is an analyst's verdict like any other.
OPINION_POLLS = [
    ("Most respondents in a Gallup poll said Ukraine would never join NATO.", False),
    ("Half of those surveyed doubted that Ukraine would ever be admitted to NATO.", False),
    (
        "Far from irreversible, Kyiv's path to the alliance is closed, a think tank concluded in "
        "its annual strategic survey.",
        True,
    ),
]


@pytest.mark.parametrize(
    ("sentence", "denied"),
    FURTHER_DENIALS
    + OPINION_POLLS
    + OPPOSITION
    + QUESTION_AFTER
    + READINESS
    + OUTSIDE_AND_STEPS
    + NEGATION_FORWARD
    + NEGATION_BACKWARD
    + OWN_OBJECT
    + PSEUDO_AND_DOUBLE_NEGATIVES
    + TERMINATORS
    + QUALIFIERS
    + ABSOLUTES
    + ANAPHORA
    + HEDGED
    + ELLIPSIS
    + CONDITIONALS
    + SUBSTITUTES
    + RELINQUISH
    + IMPROBABLE
    + ANSWERED
    + HOLLOW
    + INCOMPATIBLE
    + RHETORICAL
    + NEVER_MET
    + DOORS,
)
def test_scoped_negation(sentence: str, denied: bool) -> None:
    assert bool(_denial(sentence)) is denied, _denial(sentence)


def test_a_denial_of_something_else_is_no_denial_of_membership() -> None:
    assert _denial("Ukraine's allies will not send troops to the front.") == ""
    assert _denial("Washington will not take part in the mission in Ukraine.") == ""


def test_the_packaged_file_is_valid_pattern_by_pattern() -> None:
    """At run time its patterns compile when first searched: here, each of them now."""
    checked = parse_rule_file(packaged_text())
    assert [m.patterns for m in checked.modifiers] == [m.patterns for m in rules()]
    assert all(isinstance(m.regex, re.Pattern) for m in checked.modifiers)
    assert [m.regex.pattern for m in checked.modifiers] == [m.regex.pattern for m in rules()]
    assert [(c.name, c.regex.pattern) for c in checked.concepts] == [
        (c.name, c.regex.pattern) for c in rule_file().concepts
    ]
    assert checked.concepts and all(isinstance(c.regex, re.Pattern) for c in checked.concepts)
    for mine, lazy in zip(checked.frames, rule_file().frames, strict=True):
        assert [p.pattern for p in (*mine.all, *mine.none, mine.cites)] == [
            p.pattern for p in (*lazy.all, *lazy.none, lazy.cites)
        ]


def test_every_cue_family_and_concept_names_the_text_it_needs() -> None:
    """Each pattern starts with plain text, so a family is skipped where none of it occurs."""
    assert all(m.hints for m in rules())
    assert all(c.hints for c in concepts())


# A denial in a sentence of its own whose object, or subject, is the prospect the text's earlier
# sentences named: across the sentence boundary, a pronoun or "the idea" refers back to it.
ACROSS_SENTENCES = [
    # Membership whose the sentence does not say, right after one naming Kyiv, is Ukraine's.
    (
        "Mr Hale met Kyiv's envoys on Monday. Washington does not believe membership of the "
        "alliance is a realistic outcome, he said.",
        True,
    ),
    (
        "Mr Hale met Kyiv's envoys on Monday. Stockholm does not believe membership of the "
        "alliance would end its neutrality debate.",
        False,
    ),
    ("Kyiv has asked again to join NATO. Hungary's premier said he would never allow it.", True),
    ("Zelensky renewed his plea for NATO membership. Moscow said that would never happen.", True),
    (
        "Ukraine's NATO bid was discussed in Brussels. The Slovak premier said he did not "
        "support this direction.",
        True,
    ),
    ("Ukraine applied for NATO membership in 2022. The Kremlin vowed to block it.", True),
    # A summit of the path named before is its promise: membership.
    ("Kyiv still counts on the Bucharest promise. Moscow will never accept it, Lavrov said.", True),
    ("Kyiv still counts on the Bucharest promise. Lavrov did not hide it from anyone.", False),
    # A question about the prospect, answered in the next sentence by a flat no or a shut door.
    ("Kyiv inside the alliance? Not in my lifetime, the Russian senator said.", True),
    ("'NATO membership for Ukraine?' Absolutely not, the premier replied.", True),
    ("Will Ukraine ever join NATO? That question is closed, Moscow's envoy said.", True),
    ("Kyiv in the alliance? 'They can forget about it,' the senator told the radio.", True),
    ("Will the ceasefire hold? No, the analyst said. Ukraine's NATO bid goes on.", False),
    ("Ukraine wants to join NATO. No, the minister said, the drones came from the north.", False),
    # A verdict whose subject is the pronoun that opens the sentence.
    ("Kyiv asked again for an invitation. That, Budapest replied, was out of the question.", True),
    ("Zelensky renewed his plea for NATO membership. This is a non-starter, Moscow said.", True),
    (
        "Zelensky renewed his plea for NATO membership. It is hard to say when allies will meet.",
        False,
    ),
    # A sentence that names the one before as someone's words is read with them.
    (
        "'Forget about it.' That was the senator's answer when asked about Ukraine joining NATO.",
        True,
    ),
    ("Ready to give up the NATO bid for guarantees. That was Zelensky's message in Berlin.", True),
    ("'Forget about it.' That was the chef's answer when asked about the recipe.", False),
    ("Ukraine will join NATO one day. That was the message from Washington.", False),
    # The negated verb does not govern the pronoun, or nothing before was the prospect.
    ("Ukraine wants to join NATO. Zelensky did not hide it from anyone.", False),
    ("Ukraine's grain exports rose in May. Poland said it would not allow it.", False),
    (
        "Ukraine's NATO bid was discussed in Brussels. Drones struck Kyiv overnight and "
        "nobody could stop them.",
        False,
    ),
]


@pytest.fixture(scope="module")
def differ() -> Differ:
    return Differ(load_baseline(ROOT / "baselines" / "claims.json"))


@pytest.mark.parametrize(("text", "denied"), ACROSS_SENTENCES)
def test_a_denial_refers_back_across_sentences(differ: Differ, text: str, denied: bool) -> None:
    verdict = differ.judge_text(text)
    assert (verdict.status is Status.CONTRADICTED) is denied, verdict.top.cue


@pytest.mark.parametrize(
    ("low", "bloc"),
    [
        ("the european union opened talks.", "eu"),
        ("eu leaders met.", "eu"),
        ("reuters reported that europe's neutral states met.", ""),
        ("the north atlantic council met.", "nato"),
        ("the alliance met in brussels.", "nato"),
        ("nato and the eu met.", ""),
        ("the allies met.", ""),
    ],
)
def test_the_bloc_a_sentence_names(low: str, bloc: str) -> None:
    assert _bloc_named(low) == bloc


def test_a_negated_abandonment_is_found_as_with_a_word_boundary() -> None:
    """The double negatives open with letters, each checked for a word boundary after it."""
    found = _double_negative()[0]
    opening = _NEGATED.split(r"|n't)", 1)[0] + r"|n't)"
    plain = r"(?:\b(?:not|never|no|nothing|nobody|no one|none|cannot|far from|anything but)|n't)"
    bounded = re.compile(found.pattern.replace(opening, plain, 1))
    assert bounded.pattern != found.pattern
    for low in [
        "kyiv will never give up its bid and cannot drop it; no one is ruling out talks.",
        "allies did not rule out, and don't oppose, what nobody blocked; none changed.",
        "a cannon cannot stop it: snot, knot, anon never said so. n't stop",
        "not\nnot never never budge",
        "far from giving up, kyiv is anything but dead; nowhere is it impossible to reverse.",
        "",
    ]:
        assert [m.span() for m in found.finditer(low)] == [m.span() for m in bounded.finditer(low)]
    assert found.search("kyiv will never give up its bid")


def test_a_refusal_opens_at_a_word_boundary_and_reaches_only_the_next_verb() -> None:
    """The refusals open with letters checked for a word boundary, as the negations do, and
    negate the verb right after them, not one a few words on."""
    refused = _double_negative()[1]
    assert refused.search("kyiv refused to give up its bid")
    assert refused.search("allies rejected calls to drop it; kyiv declined to even renounce it")
    assert not refused.search("the unrefused to give up, the overruled out dropping")
    assert refused.search("the rada rejected a proposal to drop the goal")
    assert refused.search("kyiv rebuffed moscow's renewed demands that ukraine should give up")
    assert not refused.search("orban refused to lift his veto on ukraine's bid")


@pytest.mark.parametrize(
    "low",
    [
        "it is impossible to reverse the path, and kyiv will never give up.",
        "kyiv will never give up; the path is hard to reverse.",
        "it is not impossible to reverse, nor hard to stop.",
        "allies are unable to withdraw the promise and did not rule out more.",
        "difficult to undo, they said; not difficult to walk back, said others.",
        "hard to say whether it is impossible to roll back.",
        "impossible to reverse" + " and impossible to revoke" * 3,
        "hard-to-reverse steps; unable to, for now, stop it.",
        "the decision is not hard\nto reverse.",
        "kyiv refused to give up; allies ruled out dropping it, not hard to reverse.",
        "",
    ],
)
def test_double_negatives_blanked_in_two_passes_as_by_one(low: str) -> None:
    """The refusals and the undoing phrases are blanked after the negations, and only where
    their words stand: the text is what one alternation of the three blanks."""
    negated, refused = _double_negative()
    both = re.compile(f"{negated.pattern}|{refused.pattern}|{_IMPOSSIBLE_TO_UNDO.pattern}")
    assert blank_double_negatives(low) == both.sub(lambda m: " " * len(m.group(0)), low)


def test_an_undoing_phrase_is_blanked_with_or_without_a_negation() -> None:
    blanked = blank_double_negatives("the path is impossible to reverse, not abandoned.")
    assert "impossible" not in blanked and "reverse" not in blanked
    assert len(blanked) == len("the path is impossible to reverse, not abandoned.")
    assert "not abandoned" not in blank_double_negatives("x is not abandoned")


@pytest.mark.parametrize(("sentence", "denies"), ANSWERED + HOLLOW)
def test_the_aside_and_question_words_never_pass_over_a_match(sentence: str, denies: bool) -> None:
    """What the aside and answered-question patterns find, their word lists let through."""
    low = sentence.lower()
    if _ASIDE.search(low):
        assert _ASIDE_WORDS.search(low)
    if _ANSWERED_NO.search(low):
        assert _ASKED_WORDS.search(low)


@pytest.mark.parametrize(
    ("sentence", "asserted"),
    [
        # Neutrality asserted is the opposite of membership; neutrality left behind, however it
        # was left, is not.
        ("Ukraine must stay neutral, the Kremlin said.", True),
        ("Ukraine reversed its neutrality in 2014 and set course for NATO.", False),
        ("Kyiv shed its non-aligned status in 2014 and set course for NATO.", False),
        ("Ukraine set aside its neutrality after the annexation of Crimea.", False),
        # Staying out of every bloc is neutrality told otherwise.
        ("Any settlement must rest on Kyiv staying outside every military bloc.", True),
        ("Ukraine must remain out of all military alliances, Lavrov said.", True),
        ("Kyiv abandoned its place outside any military bloc in 2014.", False),
        # Neutrality asked for and refused is not asserted; asked for, it is.
        ("Kyiv dismissed Russian calls for a neutral Ukraine.", False),
        ("Zelensky rebuffed Moscow's demand for Ukrainian neutrality.", False),
        ("Ukraine resisted pressure to accept neutrality.", False),
        ("Moscow renewed its calls for a neutral Ukraine.", True),
        # Exclusion from the alliance is neutrality told as what is done to the country.
        ("Ukraine's exclusion from NATO must be written into any treaty, Moscow said.", True),
        ("Kyiv dismissed Moscow's calls for its exclusion from NATO.", False),
        # Left behind, the neutrality is left's object; a pledge of neutrality another is left
        # with is neutrality asserted.
        ("In 2014 Ukraine left behind decades of neutrality.", False),
        (
            "A deal would leave Moscow with a pledge of Ukrainian neutrality, the senator said.",
            True,
        ),
        # A grey zone others left a country in is told of them; leaving it neutral is asserting it.
        ("Leaving Kyiv and Tbilisi in a grey zone in 2008 emboldened Moscow, critics say.", False),
        ("The allies left Ukraine in a grey zone between East and West for years.", False),
        ("Leaving Ukraine neutral is the Kremlin's aim, Lavrov said.", True),
        ("Ukraine remains stuck in a grey zone, the analyst said.", True),
    ],
)
def test_neutrality_asserted_not_left(sentence: str, asserted: bool) -> None:
    low = sentence.lower()
    assert bool(neutrality(low, actors_of(low))) is asserted
