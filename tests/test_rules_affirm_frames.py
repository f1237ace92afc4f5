"""The seeds' claims retold in other words: the promise said again, and the rule file's frames.

Every case here was written for the rule it exercises; none is taken from the eval sets.
"""

from __future__ import annotations

import pytest

from tests.conftest import ROOT
from watcher.baseline.build import load_baseline
from watcher.differ.core import Differ
from watcher.differ.negation import affirmed_prospect
from watcher.differ.rules import RulesError, parse_rule_file
from watcher.models import Status
from watcher.text.attributes import actors_of


@pytest.fixture(scope="module")
def differ() -> Differ:
    return Differ(load_baseline(ROOT / "baselines" / "claims.json"))


def _affirmed(sentence: str) -> str:
    low = sentence.lower()
    return affirmed_prospect(low, actors_of(low))


# (sentence, the cue it must give; '' when the promise is wished for, supposed or someone else's).
PROMISE = [
    # A text said to say nothing of the promise, or to be silent on it, reports the silence.
    ("The new declaration said nothing about Ukraine's future in NATO.", ""),
    ("The communique was silent on Ukraine's future in the alliance.", ""),
    # Support for the path, as the allies expressed it, and a step closer to it.
    (
        "Poland remains among the staunchest backers of Ukraine's future membership.",
        "backers of ukraine's future membership",
    ),
    (
        "Ottawa reaffirmed its support for Kyiv's accession, the Canadian minister said.",
        "support for kyiv's accession",
    ),
    (
        "The new package is meant to bring Ukraine closer to NATO, the ministers said.",
        "bring ukraine closer to nato",
    ),
    ("Budapest is backing away from Ukraine's accession, the analyst wrote.", ""),
    ("Ukraine backs Moldova's accession to the EU, the minister said.", ""),
    # A text said to leave the promise out reports the silence, whatever else is said of it.
    (
        "The declaration made no mention of Ukraine's membership; officials said the pledge still "
        "stood.",
        "",
    ),
    ("Leaders told Kyiv there is no way back from the path it is on.", "no way back from the path"),
    # What can never stand in for membership restates it as the goal.
    (
        "The deals help, but they could never stand in for membership, Zelensky said.",
        "could never stand in for membership",
    ),
    # The bridge to whose membership the sentence says; a membership deserved.
    (
        "The aid amounts to a bridge to Kyiv's eventual membership, the minister said.",
        "bridge to kyiv's eventual membership",
    ),
    (
        "Ukraine has earned its place and deserves membership, the premier said.",
        "deserves membership",
    ),
    ("Every child deserves a seat in class, the Ukrainian minister said.", ""),
    # "Not a replacement for it", the pronoun being the membership named before it.
    (
        "Zelensky said the pacts would cover the years before membership, not serve as a "
        "replacement for it.",
        "membership, not serve as a replacement for it",
    ),
    ("The truce is not a substitute for it, the minister said of the talks in Ukraine.", ""),
    # A paper that cannot replace membership: the promise's own words.
    (
        "No treaty replaces a seat in NATO for Ukraine, Zelensky said.",
        "no treaty replaces a seat in nato",
    ),
    # Irreversibility told as no way back on the path.
    (
        "The allies said there is no turning back on Ukraine's path into NATO.",
        "no turning back on ukraine's path",
    ),
    (
        "No future government can reverse Ukraine's course towards the alliance, the summit said.",
        "no future government can reverse ukraine's course",
    ),
    ("Nobody can turn back the talks on Ukraine's guarantees, the minister said.", ""),
    (
        "Leaders agreed that, in the long run, Ukraine belongs inside the alliance.",
        "belongs inside the alliance",
    ),
    (
        "Zelensky: bilateral security pacts for Ukraine are no stand-in for a seat in the alliance",
        "no stand-in for a seat in the alliance",
    ),
    (
        "Ukraine's future lies in both the EU and NATO, the foreign minister said.",
        "future lies in both the eu and nato",
    ),
    (
        "Ukraine's future lies with the alliance, the secretary general told reporters.",
        "future lies with the alliance",
    ),
    ("Allies said the path Kyiv has taken towards the alliance is irreversible.", "irreversible"),
    (
        "The communique speaks of Ukraine's eventual membership of the alliance.",
        "eventual membership",
    ),
    (
        "For Ukraine, the question is when, not whether, it joins NATO, the minister said.",
        "when, not whether",
    ),
    ("It is not if but when Ukraine joins NATO, the Lithuanian minister said.", "not if but when"),
    (
        "Ukraine will eventually become a member of NATO, the chancellor said.",
        "will eventually become a member",
    ),
    # ... or to be in NATO.
    ("Allies agreed that Ukraine would be in NATO at some point, he said.", "would be in nato"),
    ("Kyiv hopes Ukraine will be in NATO by 2030.", ""),
    ("Kyiv hopes its future lies with the alliance.", ""),
    ("Zelensky urged allies to declare that Ukraine's path to NATO is irreversible.", ""),
    ("If Ukraine's path were irreversible, Moscow would have to accept it.", ""),
    ("Ukraine could eventually become a member of NATO.", ""),
    ("Georgia will eventually become a member of NATO, the minister said.", ""),
    ("The Baltic states' future lies with the alliance, the minister said.", ""),
    (
        "Leaders described Ukraine's road to accession as one that cannot be reversed.",
        "road to accession as one that cannot be reversed",
    ),
    # The alliance told as "their ranks" after a road into them, and "cannot" in one word.
    (
        "Allied leaders called Kyiv's road into their ranks one that cannot be turned back.",
        "road into their ranks one that cannot be turned back",
    ),
    # A modal that says the promise itself is no wish; the passive of "nobody can undo it".
    (
        "Leaders declared there could be no turning back on Kyiv's road to membership.",
        "no turning back on kyiv's road",
    ),
    (
        "Allied leaders said Kyiv's course toward the alliance can no longer be undone.",
        "course toward the alliance can no longer be undone",
    ),
    ("Kyiv hopes there could one day be no turning back on its road to membership.", ""),
    ("Zelensky asked that Ukraine's path could never be reversed.", ""),
    # Eventual entry is eventual membership; a bridge that carries the country there.
    ("Allies pledged the aid that will carry Ukraine to eventual entry.", "eventual entry"),
    (
        "Rutte called the package a bridge that would take Ukraine all the way to membership.",
        "bridge that would take ukraine all the way to membership",
    ),
    ("Kyiv wants a bridge that would lead it to membership soon, Zelensky said.", ""),
    # An end the path runs to, presupposed; a condition that holds it back is no end.
    (
        "Aid will keep flowing until Ukraine becomes a full member, the minister said.",
        "until ukraine becomes a full member",
    ),
    (
        "NATO will stand by Kyiv until it joins the alliance, the envoy said.",
        "until it joins the alliance",
    ),
    ("Ukraine cannot join until the war ends, the chancellor said.", ""),
    # The pacts' term told by what ends them, which the restatement model read as news.
    (
        "The agreements Kyiv has been signing with its partners are meant to last only until it"
        " joins the alliance.",
        "until it joins the alliance",
    ),
    # The promise left out of a text is not said again.
    ("The summit text made no reference to Ukraine's future in the alliance, officials noted.", ""),
    # Another path called irreversible is not the alliance's promise.
    ("Ukraine's integration into the European Union is irreversible, Zelensky said.", ""),
]


@pytest.mark.parametrize(("sentence", "cue"), PROMISE)
def test_the_promise_retold_and_not_wished(sentence: str, cue: str) -> None:
    assert _affirmed(sentence) == cue


# (sentence, frame, retold?): a retelling is `known` and names its frame; a sentence that
# meets a frame's `none` pattern, or misses one of its `all` patterns, is not retold by it.
FRAMES = [
    # Doubts about readiness, as the seeds record them; a readiness that is only a reason, a
    # willingness, or denied for good is not that.
    (
        "Several capitals still question whether Ukraine is ready to join the alliance.",
        "doubts-about-readiness",
        True,
    ),
    (
        "Ukraine is not yet ready for membership, the German chancellor said.",
        "doubts-about-readiness",
        True,
    ),
    (
        "The envoy proposed delaying Kyiv's entry because the army was not ready.",
        "doubts-about-readiness",
        False,
    ),
    (
        "The allies were not prepared to accept Ukraine, Zelensky complained.",
        "doubts-about-readiness",
        False,
    ),
    (
        "Ukraine will never be ready to join NATO, the minister said.",
        "doubts-about-readiness",
        False,
    ),
    (
        "The president said he was unprepared to endorse Kyiv's bid to join the alliance.",
        "doubts-about-readiness",
        False,
    ),
    (
        "NATO enlarges only by unanimity, so each ally must approve Ukraine's entry.",
        "new-members-need-every-ally",
        True,
    ),
    (
        "The Kremlin spokesman said Ukraine's accession to NATO would pose a danger to Russia.",
        "russia-calls-membership-a-threat",
        True,
    ),
    (
        "Lavrov called Kyiv's bid to join the alliance a provocation aimed at Moscow.",
        "russia-calls-membership-a-threat",
        True,
    ),
    (
        "Putin warned that Ukraine joining NATO would cross a red line.",
        "russia-calls-membership-a-threat",
        True,
    ),
    # Entry is one of membership's words; a country at war is the wartime; "saying when" is
    # the when the promise left open.
    # The frames' words told otherwise: the timing, sitting at the table, inside a day, once
    # the guns fall silent.
    (
        "Leaders in Romania's capital in 2008 promised Kyiv a place but settled neither the"
        " timing nor the route.",
        "bucharest-promise-without-when-or-how",
        True,
    ),
    (
        "In 2008 in Bucharest allies wrote that Kyiv would one day sit at the alliance table,"
        " without a roadmap.",
        "bucharest-promise-without-when-or-how",
        True,
    ),
    (
        "Should Russia attack again, the signatories will sit down with Kyiv inside a day.",
        "consult-within-a-day",
        True,
    ),
    (
        "Ukraine's admission can come only once the guns fall silent, since no ally wants to be"
        " dragged into a war with Russia.",
        "wartime-admission-means-war-with-russia",
        True,
    ),
    # The allies' agreement told as a noun: "a decision by the member states".
    (
        "Admission must depend on reforms and on a decision by the member states, he said of Kyiv.",
        "invitation-when-allies-agree-and-conditions-met",
        True,
    ),
    # The newcomers' non-alignment given up, however told; not kept, nor Ukraine's.
    (
        "Stockholm turned its back on two centuries of neutrality after the invasion.",
        "newcomers-gave-up-non-alignment",
        True,
    ),
    (
        "Helsinki ended decades of military non-alignment in May 2022.",
        "newcomers-gave-up-non-alignment",
        True,
    ),
    (
        "Finland has not abandoned its neutral stance in the Arctic dispute.",
        "newcomers-gave-up-non-alignment",
        False,
    ),
    (
        "Ukraine gave up its non-aligned status in 2014, unlike Finland at the time.",
        "newcomers-gave-up-non-alignment",
        False,
    ),
    (
        "Russian officials repeated that Kyiv's entry into the alliance would threaten Russia.",
        "russia-calls-membership-a-threat",
        True,
    ),
    (
        "Officials argued that admitting a country at war would drag allies into direct conflict"
        " with Russia.",
        "wartime-admission-means-war-with-russia",
        True,
    ),
    (
        "Allies promised Kyiv a seat in Bucharest in 2008 without saying when it would come.",
        "bucharest-promise-without-when-or-how",
        True,
    ),
    (
        "Russia has never seen Finland's membership as a threat, Putin claimed.",
        "russia-calls-membership-a-threat",
        False,
    ),
    (
        "Ukraine's membership was discussed at length in Moscow, Russian media reported.",
        "russia-calls-membership-a-threat",
        False,
    ),
    (
        "Any accession to NATO needs the unanimous approval of its members, diplomats noted.",
        "new-members-need-every-ally",
        True,
    ),
    (
        "Ukraine's membership would require the consent of all allies, the ambassador said.",
        "new-members-need-every-ally",
        True,
    ),
    (
        "Ukraine's membership needs the approval of Germany, the ambassador said.",
        "new-members-need-every-ally",
        False,
    ),
    (
        "Ukraine wrote the goal of NATO membership into its constitution in 2019.",
        "membership-goal-in-the-constitution",
        True,
    ),
    (
        "Kyiv's basic law commits the country to joining the alliance, the speaker said.",
        "membership-goal-in-the-constitution",
        True,
    ),
    (
        "Critics said the new law on NATO cooperation violated Ukraine's constitution.",
        "membership-goal-in-the-constitution",
        False,
    ),
    (
        "Allies agreed that Ukraine can join the alliance once the war ends.",
        "join-after-the-war",
        True,
    ),
    (
        "Kyiv will be invited to join as soon as the fighting stops, the minister said.",
        "join-after-the-war",
        True,
    ),
    (
        "Security guarantees for Ukraine will take effect once the fighting stops.",
        "join-after-the-war",
        False,
    ),
    (
        "Ukraine will never join NATO, even after the war ends, the Kremlin said.",
        "join-after-the-war",
        False,
    ),
    (
        "A Polish official said Ukraine's admission could come only once the guns fall silent.",
        "join-after-the-war",
        True,
    ),
    # Entry made to wait until the war ends; every one of the allies saying yes; a US brake on
    # an offer that would take effect after the war.
    (
        "Zelensky conceded that his country's entry will have to wait until the fighting stops.",
        "join-after-the-war",
        True,
    ),
    (
        "Every one of the 32 governments must say yes before a newcomer is let in.",
        "new-members-need-every-ally",
        True,
    ),
    (
        "Every one of the 32 governments must say yes to the budget, the envoy said.",
        "new-members-need-every-ally",
        False,
    ),
    (
        "Admitting a newcomer needs every ally to say yes, the diplomat said.",
        "new-members-need-every-ally",
        True,
    ),
    (
        "Washington slowed a push to hand Kyiv an offer that would take effect after the war.",
        "us-braked-an-invitation-for-after-the-war",
        True,
    ),
    # The Vilnius formula and the G7 consultation told in other words.
    (
        "Leaders said they would ask Kyiv in once all allies consent and the requirements are met.",
        "invitation-when-allies-agree-and-conditions-met",
        True,
    ),
    (
        "Ukraine wants an invitation as soon as allies agree, whatever the conditions.",
        "invitation-when-allies-agree-and-conditions-met",
        False,
    ),
    (
        "Under the G7 pledge, signatories would confer with Kyiv within a day of any new attack.",
        "consult-within-a-day",
        True,
    ),
    ("Ministers will meet within a day to discuss grain exports.", "consult-within-a-day", False),
    # Admission in wartime said to mean war with Russia, however the admission is told.
    (
        "Taking Kyiv in while Russian troops hold its land would pull the allies into a war, the "
        "adviser argued.",
        "wartime-admission-means-war-with-russia",
        True,
    ),
    (
        "Ukraine's accession after the war would deter Russia, the adviser argued.",
        "wartime-admission-means-war-with-russia",
        False,
    ),
    (
        "Letting Ukraine in during the fighting would mean open war between NATO and Russia, he said.",
        "wartime-admission-means-war-with-russia",
        True,
    ),
    # The guarantees are no substitute for membership, however the denied replacing is told;
    # guarantees offered in membership's place, or a replacement of something else, are not.
    (
        "The security pledges help, but nothing can take the place of full membership, Kyiv says.",
        "guarantees-no-substitute-for-membership",
        True,
    ),
    (
        "Bilateral agreements will never be an alternative to joining NATO, the minister said.",
        "guarantees-no-substitute-for-membership",
        True,
    ),
    (
        "The accords are no stand-in for accession to the alliance, Kyiv's envoy told allies.",
        "guarantees-no-substitute-for-membership",
        True,
    ),
    (
        "Washington offered Kyiv firm guarantees as a substitute for NATO membership.",
        "guarantees-no-substitute-for-membership",
        False,
    ),
    (
        "The new agreement does not replace Ukraine's old gas deal, the minister of energy said.",
        "guarantees-no-substitute-for-membership",
        False,
    ),
    # An invitation wanted clear and beyond recall, however the recall is told; an invitation
    # withdrawn, or one that is only clear, is not that claim.
    (
        "Vilnius wants the invitation to Kyiv spelled out plainly, so that no one could take it back.",
        "invitation-clear-and-irrevocable",
        True,
    ),
    (
        "Riga called for an unequivocal invitation that allies could never rescind.",
        "invitation-clear-and-irrevocable",
        True,
    ),
    (
        "Riga wants whatever Kyiv is offered to be unmistakable and impossible to take back.",
        "invitation-clear-and-irrevocable",
        True,
    ),
    (
        "The invitation to the summit dinner was clearly withdrawn, the spokesman said.",
        "invitation-clear-and-irrevocable",
        False,
    ),
    (
        "Kyiv wants a clear invitation to join NATO at the summit, Zelensky said.",
        "invitation-clear-and-irrevocable",
        False,
    ),
    # The guarantees said to stop short of the treaty's mutual defence, in other words; a wish
    # for more, or the clause on its own, is not that claim.
    (
        "The bilateral pacts fall well short of an Article 5 guarantee, officials admit.",
        "guarantees-short-of-article-5",
        True,
    ),
    (
        "None of the G7 commitments amounts to collective defence, a British report notes.",
        "guarantees-short-of-article-5",
        True,
    ),
    (
        "Kyiv wants guarantees that do not fall short of Article 5, Zelensky said.",
        "guarantees-short-of-article-5",
        False,
    ),
    (
        "The alliance's Article 5 has been invoked only once, after the attacks of 2001.",
        "guarantees-short-of-article-5",
        False,
    ),
    # The war named with "this" or "that" is the war, as with "the".
    (
        "Officials describe Ukraine's accession as a process that moves forward once this conflict"
        " is over.",
        "join-after-the-war",
        True,
    ),
    # The summit wished to end with the invitation announced side by side; a summit that ended
    # without one is not that wish.
    (
        "An aide in Kyiv said the perfect finale would be both leaders declaring side by side"
        " that Ukraine had been invited.",
        "summit-should-end-with-the-invitation-announced",
        True,
    ),
    (
        "The summit ended without an invitation being announced for Kyiv.",
        "summit-should-end-with-the-invitation-announced",
        False,
    ),
    # Every capital consenting, in the singular; prerequisites as the conditions.
    (
        "Kyiv will be invited once every capital is on board and the prerequisites are met.",
        "invitation-when-allies-agree-and-conditions-met",
        True,
    ),
    # The council where Kyiv sits as an equal, founded; a later meeting of it is news, and so is
    # another council.
    (
        "Allies set up a new body at Vilnius in which Ukraine sits as their equal.",
        "council-of-equals-founded",
        True,
    ),
    (
        "The council founded in 2023, where Kyiv has the same standing as every ally, met again in"
        " Brussels on Tuesday.",
        "council-of-equals-founded",
        False,
    ),
    (
        "The EU created a new council where Ukraine's ministers sit as equals.",
        "council-of-equals-founded",
        False,
    ),
    # The pacts lapse on the day Ukraine takes its seat, however the seat is told.
    (
        "Each of the pacts ends on the day Ukraine takes its seat as a full ally.",
        "agreements-lapse-on-membership",
        True,
    ),
    (
        "The grain deal ends on the day the harvest is in, the ministry said.",
        "agreements-lapse-on-membership",
        False,
    ),
    # The action plan waived, told as a step skipped or a candidate excused from it.
    (
        "Kyiv was excused from the Membership Action Plan the Baltic entrants went through.",
        "map-requirement-waived",
        True,
    ),
    (
        "Kyiv will be allowed to skip the action-plan stage on its way in, the allies decided.",
        "map-requirement-waived",
        True,
    ),
    (
        "Georgia still follows its action plan for reforms, officials said.",
        "map-requirement-waived",
        False,
    ),
    # Land for a seat in the alliance, floated by an aide and refused by Kyiv.
    (
        "A senior aide in Brussels floated trading territory for a seat in the alliance.",
        "land-for-membership-floated-and-refused",
        True,
    ),
    (
        "The peace plan would have Ukraine cede land and forgo the alliance for good.",
        "land-for-membership-floated-and-refused",
        False,
    ),
    # The aide named by whose aide he was.
    (
        "Kyiv dismissed the idea of Stoltenberg's aide that land could buy a place in the alliance.",
        "land-for-membership-floated-and-refused",
        True,
    ),
    # Enlargement told as the bloc pushed up to Russia's border: what Moscow calls a threat.
    (
        "Pushing the bloc up to Russia's borders is a direct threat, Putin told the summit.",
        "russia-calls-membership-a-threat",
        True,
    ),
    # The guarantee talks opened with Washington and then London; not later peace talks.
    (
        "Kyiv opened talks on security commitments with the Americans, and then with the British.",
        "guarantee-talks-opened-with-washington-and-london",
        True,
    ),
    (
        "Kyiv began peace talks with Washington and London on a ceasefire in Ukraine.",
        "guarantee-talks-opened-with-washington-and-london",
        False,
    ),
    # The constitution's goal of NATO and the EU; the EU alone is another path.
    (
        "The Rada wrote the course toward NATO and EU membership into the constitution.",
        "membership-goal-in-the-constitution",
        True,
    ),
    (
        "Ukraine's parliament wrote the goal of EU accession into the constitution.",
        "membership-goal-in-the-constitution",
        False,
    ),
    # A frame's patterns all holding, a word of battle in it does not make it battle news.
    (
        "G7 pledge: consultations with Kyiv within 24 hours if Russia strikes again",
        "consult-within-a-day",
        True,
    ),
    # The end of the war as the condition, said to give Moscow a reason to fight on: on topic,
    # past the topic gate, with none of the topic's words.
    (
        "Making the end of the war the condition, a former official said, gives Moscow a reason "
        "to keep it going.",
        "war-end-condition-gives-russia-a-reason-to-fight-on",
        True,
    ),
    (
        "After the end of the war, Moscow will have every reason to rebuild its army.",
        "war-end-condition-gives-russia-a-reason-to-fight-on",
        False,
    ),
    (
        "Diplomats say the half-open door of 2008 is part of why Russia went into Georgia.",
        "bucharest-ambiguity-invited-invasion",
        True,
    ),
    # Every member's consent; allies made combatants mid-fight; a step-by-step programme waived
    # before being let in; the bloc edging toward Ukraine as a menace.
    (
        "One holdout can stall a newcomer, because admission takes every member's consent.",
        "new-members-need-every-ally",
        True,
    ),
    (
        "Letting Kyiv in mid-fight would turn the allies into combatants against Moscow, he said.",
        "wartime-admission-means-war-with-russia",
        True,
    ),
    (
        "The allies waived the step-by-step programme Kyiv had to finish before being let in.",
        "map-requirement-waived",
        True,
    ),
    (
        "To the Kremlin, the bloc edging toward Ukraine was a menace to Russia itself.",
        "russia-calls-membership-a-threat",
        True,
    ),
    (
        "Ukraine is one of the alliance's Enhanced Opportunities Partners, a status it won in 2020.",
        "enhanced-opportunities-partner",
        True,
    ),
    (
        "Any newcomer needs the consent of every existing ally, a diplomat recalled.",
        "new-members-need-every-ally",
        True,
    ),
    (
        "Putin called the alliance's push toward his borders a direct threat to Russia.",
        "russia-calls-membership-a-threat",
        True,
    ),
    # Ukraine's constitution, not another country's; Duda's Israeli model; Bucharest's promise
    # without a date or a route.
    (
        "Moldova's constitution enshrines neutrality, and Chisinau will not join the alliance.",
        "membership-goal-in-the-constitution",
        False,
    ),
    (
        "Duda described the deal as a ten-year partnership on the model of America's ties with Israel.",
        "duda-ten-year-partnership-on-the-israel-model",
        True,
    ),
    (
        "Poland's president Duda visited Israel to discuss air defence.",
        "duda-ten-year-partnership-on-the-israel-model",
        False,
    ),
    (
        "In Bucharest the leaders promised Kyiv a seat but could not settle on a date or a route.",
        "bucharest-promise-without-when-or-how",
        True,
    ),
    (
        "The 2008 Bucharest summit set the date of the next meeting of its members.",
        "bucharest-promise-without-when-or-how",
        False,
    ),
    # Duda's model told by what it gives ("Israel-style backing"), with the seat set aside for
    # it; Israel's own support for something is not that model.
    (
        "Duda said Kyiv should get Israel-style backing from Washington for a decade.",
        "duda-ten-year-partnership-on-the-israel-model",
        True,
    ),
    (
        "Not a seat in the alliance but a decade of Israel-style backing, Duda said of the offer.",
        "duda-ten-year-partnership-on-the-israel-model",
        True,
    ),
    (
        "Duda praised Israel's support for its own army at a Warsaw conference.",
        "duda-ten-year-partnership-on-the-israel-model",
        False,
    ),
    # Membership refused as bought with pieces of the country is the trade refused; membership
    # refused alone is a denial.
    (
        "Kuleba said Kyiv would never pay for membership in the alliance with parts of its own "
        "country.",
        "land-for-membership-floated-and-refused",
        True,
    ),
    (
        "Kuleba said Ukraine would never be admitted to NATO, whatever the allies promised.",
        "land-for-membership-floated-and-refused",
        False,
    ),
    # A calendar is a timetable; one set for a summit is no timetable denied.
    (
        "Kyiv was given no calendar for accession at all, Zelensky complained.",
        "no-timeline-for-membership",
        True,
    ),
    (
        "Allies set the calendar for the summit in Washington, inviting Kyiv's leader.",
        "no-timeline-for-membership",
        False,
    ),
    # A denial the frame words itself (Washington stopping the allies from inviting) retells
    # its claim; a denial beside the frame's words does not.
    (
        "It was Washington that stopped the allies from issuing an invitation to Kyiv that would "
        "take effect after the war.",
        "us-braked-an-invitation-for-after-the-war",
        True,
    ),
    (
        "Washington prevented the allies from offering Kyiv an invitation to be honoured once the "
        "fighting was over, officials said.",
        "us-braked-an-invitation-for-after-the-war",
        True,
    ),
    (
        "Washington will never let Ukraine join, even after the war, Vance said.",
        "us-braked-an-invitation-for-after-the-war",
        False,
    ),
    # Readiness doubted or questioned; "the membership question" is no doubt of it.
    (
        "Several allies questioned whether Kyiv was ready to join the alliance.",
        "doubts-about-readiness",
        True,
    ),
    (
        "Zelensky said he cooled on the membership question after seeing the allies were not "
        "prepared to take Ukraine.",
        "doubts-about-readiness",
        False,
    ),
    # A denial that retells a claim which itself says what is not there is that claim.
    (
        "Duda said the deal would not bring Ukraine into NATO but offer a ten-year partnership "
        "like America's with Israel.",
        "duda-ten-year-partnership-on-the-israel-model",
        True,
    ),
    (
        "The change wrote the goal of NATO membership into the constitution itself.",
        "membership-goal-in-the-constitution",
        True,
    ),
    (
        "A powerful military bloc appearing on Russia's borders would be a direct threat, Putin said.",
        "russia-calls-membership-a-threat",
        True,
    ),
    (
        "Bringing Ukraine in at that moment would have put NATO at war with Russia, Sullivan said.",
        "wartime-admission-means-war-with-russia",
        True,
    ),
    (
        "Washington put the brakes on a plan to invite Kyiv now, with accession to take effect later.",
        "us-braked-an-invitation-for-after-the-war",
        True,
    ),
    (
        "Washington invited Kyiv's negotiators as talks on ending the war stalled.",
        "us-braked-an-invitation-for-after-the-war",
        False,
    ),
    # The 2008 ambiguity said to have invited the invasions: on topic by the retelling alone,
    # with neither NATO nor Ukraine named.
    (
        "Many think the hedged 2008 pledge emboldened the Kremlin to invade Georgia that summer.",
        "bucharest-ambiguity-invited-invasion",
        True,
    ),
    (
        "After the Bucharest summit, Georgia's own bid stalled while Russia's army grew.",
        "bucharest-ambiguity-invited-invasion",
        False,
    ),
    (
        "The allies will admit Ukraine once every member has signed off and circumstances permit.",
        "invitation-when-allies-agree-and-conditions-met",
        True,
    ),
    (
        "Should Moscow strike again, those behind the G7 pledge will sit down with Kyiv within a day.",
        "consult-within-a-day",
        True,
    ),
    (
        "Any enlargement still needs a yes from every one of the allies, a diplomat said.",
        "new-members-need-every-ally",
        True,
    ),
    (
        "The bilateral pacts are meant to lapse on the day Ukraine becomes a member of NATO.",
        "agreements-lapse-on-membership",
        True,
    ),
    (
        "Ukraine's grain deals will never lapse, whether or not it joins NATO.",
        "agreements-lapse-on-membership",
        False,
    ),
    (
        "The declaration made no mention of Ukraine's accession, only the allies' enduring commitments.",
        "agreements-lapse-on-membership",
        False,
    ),
    (
        "Medvedev jeered that to get into NATO Ukraine would have to hand over Kyiv itself.",
        "join-by-giving-up-kyiv",
        True,
    ),
    # A demand about the timing asks for what the seeds do not say.
    (
        "Once the war ends, Kyiv wants its invitation to NATO issued within a year.",
        "join-after-the-war",
        False,
    ),
    # The same claims told with other words for entry, approval and enlargement.
    (
        "Entry into the alliance, Stoltenberg said, could only follow the end of the war.",
        "join-after-the-war",
        True,
    ),
    (
        "No country can be admitted unless every existing ally says yes, a diplomat said.",
        "new-members-need-every-ally",
        True,
    ),
    (
        "Putin denounced the alliance's eastward growth as a menace to Russia in 2008.",
        "russia-calls-membership-a-threat",
        True,
    ),
    # The treaty's clause told as all-for-one or a duty to fight; the pledges said not to bind
    # anyone to it, however far the negation stands from its verb.
    (
        "The partners' promises fall short of the all-for-one clause the allies enjoy.",
        "guarantees-short-of-article-5",
        True,
    ),
    (
        "Not one of the bilateral pacts' signatories is bound to defend Ukraine under Article 5.",
        "guarantees-short-of-article-5",
        True,
    ),
    (
        "The accords give Kyiv weapons and money but no duty to fight for it, a British report notes.",
        "guarantees-short-of-article-5",
        True,
    ),
    (
        "The allies' duty to defend one another binds Poland as much as France, Rutte said.",
        "guarantees-short-of-article-5",
        False,
    ),
    # Wartime admission told as the alliance fighting Russia, or everyone at war, if the war
    # goes on.
    (
        "Bringing Ukraine in while the guns still fire would mean the allies fighting Russia.",
        "wartime-admission-means-war-with-russia",
        True,
    ),
    (
        "If the war is still going on when Kyiv joins, then we are all in a war, the senator said.",
        "wartime-admission-means-war-with-russia",
        True,
    ),
    (
        "The allies are fighting Russia's disinformation while Ukraine's accession talks go on.",
        "wartime-admission-means-war-with-russia",
        False,
    ),
    # Every sitting ally saying yes; the alliance drawn to Russia's borders as a danger; what the
    # partners signed up to, short of the clause.
    (
        "Enlargement hinges on every sitting ally saying yes, as Sweden found out.",
        "new-members-need-every-ally",
        True,
    ),
    (
        "Putin warned in 2008 that drawing the alliance up to Russia's borders endangered it.",
        "russia-calls-membership-a-threat",
        True,
    ),
    (
        "What Kyiv's partners have signed up to falls short of the all-for-one clause.",
        "guarantees-short-of-article-5",
        True,
    ),
    # No timetable set for the invitation or membership, in other words; one demanded is not.
    (
        "Kyiv pressed for an invitation at the summit, where allies again declined to set a "
        "timetable.",
        "no-timeline-for-membership",
        True,
    ),
    (
        "Ukraine's accession still comes without a target date, diplomats concede.",
        "no-timeline-for-membership",
        True,
    ),
    (
        "Kyiv demands a timetable for joining, not another year without a deadline.",
        "no-timeline-for-membership",
        False,
    ),
    (
        "An invitation is not realistic in a short timeframe, the president said.",
        "no-timeline-for-membership",
        False,
    ),
    # A decision reported beside the bridge is news of its own.
    (
        "Allies agreed to set up a new command for Ukraine, pitched as a bridge to membership.",
        "assistance-as-a-bridge-to-membership",
        False,
    ),
    # The pledges' signatories not bound to come to Ukraine's defence.
    (
        "None of the pacts commits its signatories to come to Ukraine's defence, lawyers note.",
        "guarantees-short-of-article-5",
        True,
    ),
    # The aid as a bridge, or a crossing, to membership; a bridge that is only a bridge.
    (
        "The aid was pitched as a bridge to the day Kyiv joins the allies.",
        "assistance-as-a-bridge-to-membership",
        True,
    ),
    (
        "The support programme was sold as the crossing that takes Kyiv into the alliance.",
        "assistance-as-a-bridge-to-membership",
        True,
    ),
    (
        "NATO aid helped rebuild a bridge in Kharkiv, and Ukraine still seeks membership.",
        "assistance-as-a-bridge-to-membership",
        False,
    ),
    # No criteria set, the decision political; criteria set, or politics alone, are not it.
    (
        "Kyiv says the alliance has never told it which criteria to meet, so joining is purely "
        "political.",
        "no-criteria-a-political-decision",
        True,
    ),
    (
        "The alliance set out the criteria Ukraine must meet, a political decision, Rutte said.",
        "no-criteria-a-political-decision",
        False,
    ),
    # Moscow's threats kept below the treaty's mutual-defence threshold, however the threshold
    # is told; the clause alone, a guarantee short of it, or an attack on a covered ally that
    # says nothing of the threshold is not that claim.
    (
        "For all its threats, Moscow has kept its provocations below what would trigger Article 5.",
        "russia-stays-below-the-article-5-threshold",
        True,
    ),
    (
        "Despite his menacing words, Putin has never crossed into a clear Article 5 attack on "
        "the frontline allies.",
        "russia-stays-below-the-article-5-threshold",
        True,
    ),
    (
        "The Polish pact falls short of an Article 5 pledge, lawyers say of Russia's neighbour.",
        "russia-stays-below-the-article-5-threshold",
        False,
    ),
    (
        "Russia would think twice before attacking a country covered by Article 5, Rutte said.",
        "russia-stays-below-the-article-5-threshold",
        False,
    ),
    # Moscow's warnings to the Nordic newcomers of what would follow, however the newcomers and
    # the consequences are told; a warning the other way is not that claim.
    (
        "Moscow vowed countermeasures if Helsinki went ahead and joined the alliance.",
        "russia-warned-the-newcomers-of-consequences",
        True,
    ),
    (
        "Sweden warned Russia of consequences if its jets violated Swedish airspace again.",
        "russia-warned-the-newcomers-of-consequences",
        False,
    ),
    # An offer held back for after the war, told as partners talked out of it until peace.
    (
        "Washington talked allies out of an offer to Kyiv that would only be honoured once "
        "peace returned.",
        "us-braked-an-invitation-for-after-the-war",
        True,
    ),
    # Signing up once every capital agrees and the criteria are met is the invitation's terms.
    (
        "Kyiv will be asked to sign up once every capital is on board and its criteria are met.",
        "invitation-when-allies-agree-and-conditions-met",
        True,
    ),
    # Kyiv's fear that aid dries up with a change in Washington, however the change is told;
    # aid said to have stopped, without the fear, is news of its own.
    (
        "Officials in Kyiv worry that American help could run dry if the election brings a new "
        "team to the White House.",
        "aid-may-dry-up-with-a-new-us-administration",
        True,
    ),
    (
        "American aid to Ukraine dried up in 2025 after the new administration took office.",
        "aid-may-dry-up-with-a-new-us-administration",
        False,
    ),
    # Membership as the only lasting security for Ukraine, however the "only" is told; a
    # membership only after the war, or another country's, is not that claim.
    (
        "Letting Ukraine into the alliance is the way to keep it safe, since nothing else "
        "protects it as well, the minister argued.",
        "membership-the-only-lasting-security",
        True,
    ),
    (
        "Ukraine can join only once the war is over, when it will be safe, the envoy said.",
        "membership-the-only-lasting-security",
        False,
    ),
    (
        "Sweden is the only new member on the Baltic, adding to its security, Stockholm said.",
        "membership-the-only-lasting-security",
        False,
    ),
    # Moscow never risking an open attack on a covered ally is the threshold kept.
    (
        "Putin has never risked an open attack on a country covered by the mutual-defence clause, "
        "for all his threats.",
        "russia-stays-below-the-article-5-threshold",
        True,
    ),
    # The West pulling Ukraine into the alliance, called a threat by Moscow.
    (
        "Peskov said the West's push to pull Ukraine into the alliance threatened Russia.",
        "russia-calls-membership-a-threat",
        True,
    ),
    # Ukraine's nuclear arsenal given up, or what holding on to it would have meant; another
    # country's weapons, or Russia's moved elsewhere, are not that claim.
    (
        "Kyiv handed over its Soviet-era warheads in the 1990s for promises that proved empty.",
        "ukraine-gave-up-its-nuclear-arsenal",
        True,
    ),
    (
        "Had Ukraine held on to its atomic arsenal, it would be the world's third nuclear power.",
        "ukraine-gave-up-its-nuclear-arsenal",
        True,
    ),
    (
        "Russia moved tactical nuclear weapons to Belarus, Kyiv warned.",
        "ukraine-gave-up-its-nuclear-arsenal",
        False,
    ),
    (
        "Ukraine urged Iran to give up its nuclear programme, the foreign ministry said.",
        "ukraine-gave-up-its-nuclear-arsenal",
        False,
    ),
    # A seat among the allies as what alone holds Russia back.
    (
        "Ukraine's envoy told the allies that nothing else would hold Russia back as surely as "
        "a seat among them.",
        "membership-the-only-lasting-security",
        True,
    ),
    # Steering clear of what would set off the clause is staying below it.
    (
        "For all his menace, Putin has stayed clear of any move that would set off the "
        "collective-defence clause.",
        "russia-stays-below-the-article-5-threshold",
        True,
    ),
    # Membership held back until the shooting stops, said to reward fighting on.
    (
        "Promising a seat only once the guns fall silent gives Moscow a reason to keep shooting.",
        "war-end-condition-gives-russia-a-reason-to-fight-on",
        True,
    ),
    # No criteria spelled out for Kyiv, however the criteria are told; criteria published, or
    # another body's checklist, are not it.
    (
        "The alliance has never spelled out what Kyiv has to do to qualify, a deputy complained.",
        "criteria-not-spelled-out",
        True,
    ),
    (
        "Allies have yet to list the reforms they expect of Ukraine before it can join.",
        "criteria-not-spelled-out",
        True,
    ),
    (
        "The alliance published the criteria Ukraine must meet at its summit, Rutte said.",
        "criteria-not-spelled-out",
        False,
    ),
    (
        "The EU has never spelled out the criteria Kyiv must meet, a deputy complained.",
        "criteria-not-spelled-out",
        False,
    ),
    # The summit of 2008 traced back to, or called the original sin, and an ally left without
    # protection.
    (
        "Many trace the Georgian war, Crimea and the full invasion back to the Bucharest summit.",
        "bucharest-ambiguity-invited-invasion",
        True,
    ),
    (
        "The 2008 promise was the original sin, historians say: Georgia was invaded months later.",
        "bucharest-ambiguity-invited-invasion",
        True,
    ),
    # The ambiguity of 2008 said to have let Moscow act with impunity, or to have invited its
    # wars, the country left in a grey zone being the ambiguity, not a neutrality asserted now.
    (
        "Leaving Kyiv in a grey zone in 2008 told Moscow it could act with impunity in Georgia.",
        "bucharest-ambiguity-invited-invasion",
        True,
    ),
    (
        "The vague Bucharest pledge invited Russia's later wars in Georgia and Crimea, many hold.",
        "bucharest-ambiguity-invited-invasion",
        True,
    ),
]


@pytest.mark.parametrize(("sentence", "frame", "retold"), FRAMES)
def test_a_frame_retells_the_baseline(
    differ: Differ, sentence: str, frame: str, retold: bool
) -> None:
    verdict = differ.judge_sentence(sentence)
    cue = f"retells the baseline ({frame})"
    if retold:
        assert verdict.status is Status.KNOWN, verdict.cue
        assert verdict.cue.startswith(cue), verdict.cue
        assert verdict.baseline_ids and verdict.baseline_text
    else:
        assert cue not in verdict.cue


# (sentence, contradicts): the party the claim says broke its commitments said to have kept
# them, or not to have breached them, contradicts the claim; the claim retold, another party
# said to have kept them, another Budapest, or "kept" of something else does not.
CONTRARY = [
    ("The Kremlin insists Russia honoured its commitments under the 1994 memorandum.", True),
    ("Peskov denied that Moscow had violated the Budapest assurances in any way.", True),
    ("Russia has never breached the memorandum, Lavrov told reporters in 2015.", True),
    ("Moscow argues that the pledges it made in 1994 were fully respected.", True),
    ("Kyiv says Moscow never honoured its Budapest commitments.", False),
    ("Russia failed to keep the promises it gave in the 1994 memorandum.", False),
    ("Russia trampled the 1994 memorandum that Britain and the United States honoured.", False),
    ("London said it had not breached the Budapest memorandum; Moscow was silent.", False),
    ("The Kremlin has kept silent on the Budapest Memorandum since 2014.", False),
    ("Putin kept his promise to fly to Budapest for the summit, Orban said.", False),
    # Faith kept with the memorandum, and its "only real" pledge, are the same claim told otherwise.
    ("Moscow says it kept faith with the 1994 memorandum all along.", True),
    (
        "Russian diplomats argue their only real obligation under the 1994 memorandum was the "
        "nuclear pledge.",
        True,
    ),
    # Russia saying it had no commitment to break: only the nuclear pledge, or none binding it.
    (
        "Lavrov said Moscow's sole commitment under the 1994 memorandum was not to use nuclear "
        "arms against Ukraine.",
        True,
    ),
    ("The Kremlin says Russia was never legally bound by the Budapest Memorandum.", True),
    (
        "Moscow has no legal obligations under the Budapest Memorandum any more, Peskov argued.",
        True,
    ),
    # Russia's obligation named by Kyiv, another party's obligation, or the memorandum called
    # non-binding by others: no such claim of Russia's.
    (
        "Kyiv says Russia's only obligation under the 1994 memorandum was to respect its borders, "
        "and it broke it.",
        False,
    ),
    (
        "Britain's only obligation under the Budapest Memorandum was to go to the Security "
        "Council, Russia noted.",
        False,
    ),
    (
        "Scholars note the Budapest Memorandum was not legally binding, which Russia exploited.",
        False,
    ),
]


@pytest.mark.parametrize(("sentence", "contradicts"), CONTRARY)
def test_a_contrary_frame_contradicts_its_claim(
    differ: Differ, sentence: str, contradicts: bool
) -> None:
    verdict = differ.judge_sentence(sentence)
    cue = "contradicts the baseline (russia-says-it-kept-its-budapest-commitments)"
    if contradicts:
        assert verdict.status is Status.CONTRADICTED, verdict.cue
        assert verdict.cue == cue
        assert verdict.baseline_ids and "budapest" in verdict.baseline_text.lower()
    else:
        assert verdict.status is not Status.CONTRADICTED, verdict.cue


_FRAME = '[[frame]]\nname = "x"\nall = {all}\nnone = []\ncites = "unanimous"\n'


def test_a_frame_relation_is_retells_or_contradicts() -> None:
    (frame,) = parse_rule_file(_FRAME.format(all='["unanimous", "member"]')).frames
    assert not frame.contradicts
    text = _FRAME.format(all='["unanimous", "member"]') + 'relation = "contradicts"\n'
    (frame,) = parse_rule_file(text).frames
    assert frame.contradicts
    with pytest.raises(RulesError, match=r"frame\[0\]\.relation: one of retells, contradicts"):
        parse_rule_file(_FRAME.format(all='["unanimous", "member"]') + 'relation = "denies"\n')


def test_a_frame_resting_on_one_pattern_is_refused() -> None:
    with pytest.raises(RulesError, match=r"frame\[0\]\.all: at least two patterns"):
        parse_rule_file(_FRAME.format(all='["unanimous"]'))


def test_a_frame_with_two_patterns_is_accepted() -> None:
    (frame,) = parse_rule_file(_FRAME.format(all='["unanimous", "member"]')).frames
    assert frame.matches("new members need unanimous approval")
    assert not frame.matches("a unanimous vote on spending")


@pytest.mark.parametrize(
    "sentence",
    [
        "Allies agreed to open a training mission in Kyiv to help Ukraine on its path to membership.",
        "The alliance launched a fund for Ukraine's army, a bridge to membership, its chief said.",
    ],
)
def test_news_beside_the_promise_is_not_known(differ: Differ, sentence: str) -> None:
    """A decision reported beside the promise is news of its own, not a retelling."""
    verdict = differ.judge_sentence(sentence)
    assert verdict.status is Status.NEW, verdict.cue


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        # A decision in the past perfect is background retelling the promise ...
        (
            "The previous administration had signed on to a declaration calling Ukraine's road"
            " to membership irreversible.",
            Status.KNOWN,
        ),
        # ... one told as done is news of its own.
        (
            "Allies agreed to open a training centre, calling Ukraine's road to membership"
            " irreversible.",
            Status.NEW,
        ),
        # An agreement's term the closest claim does not state is a detail the baseline lacks.
        ("Britain's security agreement with Ukraine is set to run for ten years.", Status.NEW),
        ("The accord London signed with Kyiv is concluded for a term of ten years.", Status.NEW),
        ("Denmark's pact with Kyiv runs for the next ten years.", Status.NEW),
        # A term the claim states is no news; a deal that is no agreement with Ukraine no topic.
        (
            "Duda described a ten-year security partnership for Ukraine on the Israeli model.",
            Status.KNOWN,
        ),
        ("The minerals deal will run for ten years.", Status.IRRELEVANT),
        # No invitation now, with allies named as reluctant or agreement among them lacking:
        # consensus lacking, which the seeds leave open.
        (
            "No invitation for Kyiv at the December ministerial: Berlin among allies not ready.",
            Status.NEW,
        ),
        (
            "Ministers did not agree to invite Kyiv in December, several capitals being wary.",
            Status.NEW,
        ),
        # No invitation now, with no reluctance named: what the seeds say themselves.
        (
            "Allies did not invite Ukraine at Vilnius, saying it could join only after the war.",
            Status.KNOWN,
        ),
    ],
)
def test_background_is_known_and_a_decision_or_detail_is_news(
    differ: Differ, sentence: str, status: Status
) -> None:
    verdict = differ.judge_sentence(sentence)
    assert verdict.status is status, verdict.cue


def test_a_retelling_may_run_across_a_sentence_that_continues_the_one_before() -> None:
    """ "Each ..." continues the sentence before it: the frame reads both; a continuation that adds
    nothing to a frame the sentence before retells by itself does not retell it again."""
    differ = Differ(load_baseline(ROOT / "baselines" / "claims.json"))
    across = differ.judge_text(
        "Ukraine's bilateral pacts run for ten years. Each lapses once Ukraine joins the alliance."
    ).sentences
    assert across[-1].cue == "retells the baseline (agreements-lapse-on-membership)"
    alone = differ.judge_text("Each lapses once Ukraine joins the alliance.").sentences
    assert "agreements-lapse-on-membership" not in alone[-1].cue
    after = differ.judge_text(
        "The pact sets up consultations within 24 hours of a new attack. It also backs Ukraine's "
        "future membership of NATO."
    ).sentences
    assert after[0].cue == "retells the baseline (consult-within-a-day)"
    assert "consult-within-a-day" not in after[-1].cue


def test_a_sentence_is_tried_against_every_frame_whose_opening_it_holds() -> None:
    """The frames tried are those whose opening text starts a word of the sentence, a longer
    opening ("membership action plan") counting for the shorter one it starts with ("member")."""
    differ = Differ(load_baseline(ROOT / "baselines" / "claims.json"))
    low = "the membership action plan was waived for kyiv."
    expected = {
        i
        for i, (frame, _) in enumerate(differ._frames)
        if frame.hints
        and any(h in ("member", "membership action plan", "map") for h in frame.hints)
    }
    assert expected and expected <= differ._opened(low)
    assert differ._opened("the weather was mild on tuesday.") == set()
    # Eval output does not depend on the shortcut: every frame that matches is among those tried.
    for text in (
        "allies waived the membership action plan for kyiv.",
        "joining while the war goes on would put nato at war with russia, sullivan said.",
        # "the offer" is one frame's opening and holds another's ("offer") after its first word.
        "riga wanted the offer to kyiv made so plain that it could never be withdrawn.",
    ):
        matching = {i for i, (frame, _) in enumerate(differ._frames) if frame.matches(text)}
        assert matching, text
        assert matching <= differ._opened(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "The communique does not mention Ukraine's membership bid, diplomats noted.",
        "The Hague text repeats neither the invitation formula nor Ukraine's irreversible path to"
        " membership.",
    ],
)
def test_a_text_silent_on_the_path_is_news_not_a_restatement(differ: Differ, sentence: str) -> None:
    verdict = differ.judge_sentence(sentence)
    assert verdict.status is Status.NEW, verdict.cue
