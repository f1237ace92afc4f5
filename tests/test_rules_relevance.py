"""The relevance rules: what makes a sentence about Ukraine's membership path, and what does not.

Every case here was written for the rule it exercises; none is taken from the eval sets.
"""

from __future__ import annotations

import pytest

from tests.conftest import ROOT
from watcher.baseline.build import load_baseline
from watcher.differ.core import Differ
from watcher.models import Judgement, Status
from watcher.text.attributes import actors_of
from watcher.text.lexicon import MEMBERSHIP_TERMS, membership_term
from watcher.text.relevance import topic_reason

OFF = Status.IRRELEVANT


def _reason(sentence: str) -> str:
    low = sentence.lower()
    return topic_reason(low, actors_of(low))


@pytest.fixture(scope="module")
def differ() -> Differ:
    return Differ(load_baseline(ROOT / "baselines" / "claims.json"))


# (sentence, what the reason must contain): each on topic, by the rule the reason names.
ON_TOPIC = [
    # A partnership for a hundred years, the number spelt out, is a long-term security pact.
    (
        "Starmer flew to Kyiv to sign a hundred-year partnership treaty with Ukraine.",
        "hundred-year partnership",
    ),
    # A security offer or compact for Ukraine is a guarantee told as a proposal.
    (
        "The American security offer to Kyiv would run for 15 years, Zelensky said.",
        "security offer",
    ),
    (
        "Rasmussen and Yermak published a draft Kyiv Security Compact for Ukraine in 2022.",
        "security compact",
    ),
    # Another state as the first line of defence for the country after the war.
    (
        "The Europeans would be the first line of defence for a post-war Ukraine, Trump said.",
        "first line of defence for a post-war ukraine",
    ),
    # Standing behind the country's security for a term is a guarantor's promise.
    (
        "Washington offered to stand behind Ukraine's security for 15 years, Zelensky said.",
        "stand behind ukraine's security",
    ),
    # A guarantee on the model of Article 5 is one offered outside the alliance.
    ("Italy proposed Article 5-style protection for a country left outside.", "article 5"),
    ("The offer was modelled on Article 5, the envoy said.", "article 5"),
    (
        "Each step toward the alliance must be agreed by all, the minister said.",
        "step toward the alliance",
    ),
    (
        "France opposed letting Ukraine and Georgia in, the premier said.",
        "letting ukraine and georgia in",
    ),
    ("Washington will take part in guaranteeing Ukraine's security, Trump said.", "guaranteeing"),
    ("NATO promised Ukraine and Georgia that they would become members.", "member"),
    # Another country's accession only where no country the path follows is named.
    ("Croatia's premier said Ukraine should join the alliance soon.", "join"),
    ("Turkey became the last ally to approve Sweden's accession.", "alliance composition"),
    ("Kyiv's first request was to be asked in straight away.", "asked in"),
    (
        "Ukraine's army would be capped at 600,000 troops under the draft peace plan.",
        "after the war",
    ),
    ("The minister was asked about Kyiv's aspirations, and gave no answer.", "'aspirations'"),
    (
        "Reassurance forces would deploy to Ukraine after a ceasefire, Paris said.",
        "reassurance forces",
    ),
    # Protection of the alliance told as its wing; the inside of the alliance; Ukrainians as Ukraine.
    ("Kyiv wants its free territory taken under NATO's wing, the president said.", "wing"),
    (
        "The Ukrainians hope to see the inside of the alliance within a decade.",
        "inside of the alliance",
    ),
    # Membership wording, with the alliance or Ukraine named.
    ("Zelensky said Ukraine is ready to join the alliance once allies agree.", "'join'"),
    (
        "Kyiv's accession to NATO remains the government's top priority, the minister said.",
        "'accession'",
    ),
    (
        "Ukraine will one day take its seat at the alliance table, the foreign minister said.",
        "'take its seat'",
    ),
    (
        "Officials in Kyiv argue that only coming under NATO's umbrella would deter Moscow.",
        "umbrella",
    ),
    (
        "Ukraine still hopes to win a seat in the alliance, the ambassador said.",
        "'seat in the alliance'",
    ),
    ("The prime minister said the road for Ukraine leads into NATO.", "'into nato'"),
    # The Membership Action Plan is an event of its own, not membership wording.
    (
        "The alliance waived the Membership Action Plan for Ukraine.",
        "event: membership-action-plan",
    ),
    # A pact or accord with Ukraine is one of the bilateral security agreements.
    ("Ukraine and Canada sealed a pact in Ottawa on Saturday.", "'pact' with Ukraine"),
    ("Kyiv and Ottawa signed a new accord on Saturday, officials said.", "'accord' with Ukraine"),
    # Sweden and Finland: the alliance's composition.
    (
        "Turkey's parliament voted to ratify Sweden's accession protocol on Tuesday.",
        "alliance composition",
    ),
    (
        "Hungary's parliament ratified the protocol on Sweden, clearing the last hurdle.",
        "alliance composition",
    ),
    ("Finland completed its accession in April 2023.", "alliance composition: 'accession'"),
    # The alliance growing, in every form of the verb.
    ("NATO will keep expanding eastward, the Kremlin complained.", "membership: 'expanding'"),
    (
        "The White House wants to stop the alliance from expanding further.",
        "membership: 'expanding'",
    ),
    # A summit of the path named with Ukraine, or with the G7's declaration for it.
    ("Zelensky flew to the Washington summit on Tuesday evening.", "event: washington-2024"),
    ("Leaders in Vilnius met Zelensky before the final session.", "event: vilnius-2023"),
    (
        "Three more countries signed the G7 declaration of support this week.",
        "event: g7-declaration",
    ),
    # The NATO-Ukraine Council, met or named.
    (
        "The NATO-Ukraine Council met in Brussels at the request of Kyiv.",
        "nato-ukraine cooperation",
    ),
    ("Ambassadors will meet in the NATO-Ukraine Council next week.", "nato-ukraine"),
    # The council told by what it is for.
    (
        "The forum Kyiv shares with the allies will meet at ambassador level on Friday.",
        "nato-ukraine",
    ),
    ("The body set up to sit with Ukraine as an equal convened in Brussels.", "nato-ukraine"),
    # NATO and Ukraine together, in none of the off-topic frames.
    ("The alliance discussed Ukraine's progress on reforms on Wednesday.", "in no off-topic frame"),
    ("The alliance has kept moving east for three decades, the minister complained.", "east"),
    # What a guarantee does, without the word: a force or protection for Ukraine after the war.
    ("Britain and France would send troops to Ukraine after a ceasefire.", "after the war"),
    ("Any peace deal must give Ukraine protection against a new invasion.", "after the war"),
    ("European jets would provide air cover over Ukraine after a truce.", "after the war"),
    (
        "The coalition would station jets in Romania to police Ukraine's skies after a truce.",
        "jets",
    ),
    # A force there to uphold the ceasefire serves the time after the fighting.
    ("London wants an international force to monitor a ceasefire in Ukraine.", "after the war"),
    ("Europe would provide troops to uphold any truce in Ukraine, the minister said.", "after"),
    # A force committed to a truce or a settlement where no war is named, or to a new invasion:
    # in coverage of the path, Russia's war on Ukraine.
    ("Italy would send soldiers to uphold any ceasefire, its defence minister said.", "unnamed"),
    ("Spain's warships would patrol the Black Sea once the fighting stops.", "unnamed"),
    ("Should Russia attack again, a military response would follow, the draft says.", "unnamed"),
    ("Canada offered air policing under a post-war arrangement, officials said.", "unnamed"),
    ("Paris would put boots on the ground to police a settlement, Macron said.", "unnamed"),
    # A mission or instructors for that time are such a force too.
    ("Turkey offered a naval mission to keep sea lanes open after a ceasefire.", "unnamed"),
    ("Canada would send instructors to Ukraine once a truce holds.", "after the war"),
    # An agreement with Kyiv, however it is told, is one of the bilateral agreements.
    (
        "Warsaw's agreement with Kyiv includes a clause on downing missiles headed for Poland.",
        "agreement with kyiv",
    ),
    # The same words where Ukraine is named, and the unambiguous ones anywhere.
    ("The allies discussed deterrence for Ukraine after a ceasefire.", "deterrence"),
    (
        "Two more countries signed security agreements this week, officials said.",
        "security agreements",
    ),
    ("Ukraine should be taken in as soon as the war ends, the senator said.", "taken in"),
    # A pact named by its parties, Kyiv among them.
    ("The US-Ukraine agreement runs for ten years, officials said.", "ukraine agreement"),
    # An alliance seat is membership; the alliance's eastward plans are enlargement.
    (
        "Swapping Ukrainian land for an alliance seat was out of the question, Kuleba said.",
        "alliance seat",
    ),
    ("Putin denounced the alliance's eastward plans as a direct danger.", "eastward plans"),
    # The NATO-Ukraine bodies name both.
    ("The NATO-Ukraine training centre opened in Bydgoszcz in 2025.", "nato-ukraine cooperation"),
    # The alliance's own work for Ukraine: a fund it runs, the aid it coordinates.
    (
        "Rutte wants NATO to run a fund of 40 billion euros a year for Ukraine's army.",
        "nato-ukraine cooperation",
    ),
    (
        "The alliance took over coordinating arms deliveries to Ukraine from the Pentagon.",
        "nato-ukraine cooperation",
    ),
    # Bringing Kyiv in is membership.
    (
        "Bringing Kyiv in while the fighting rages would drag the alliance into war.",
        "bringing kyiv in",
    ),
    # Enlargement told as growth to the east; an ally named as each of the allies.
    ("Putin denounced the alliance's eastward growth as a menace to Russia.", "eastward growth"),
    # Protection offered or extended to Ukraine is a guarantee without the word, as is the
    # work of protecting it.
    ("Europe would take the lead in protecting Ukraine, with Washington in support.", "protecting"),
    # An agreement's own terms are its content, whatever they name.
    (
        "A clause in Denmark's accord with Kyiv commits its jets to train Ukrainian pilots.",
        "accord",
    ),
    (
        "Washington would be paid for the protection it extends to Ukraine, the draft says.",
        "protection",
    ),
    ("The envoys offered Kyiv protection modelled on what allies give each other.", "protection"),
    # Ukraine described rather than named, as the country at war the alliance might take in.
    ("Budapest doubts the alliance will ever take in a country at war.", "take in"),
    ("No ally wants to admit a country with Russian troops on its soil, the envoy said.", "admit"),
    # Coming under the alliance's protection is its umbrella told in other words.
    (
        "Zelensky proposed that the land Kyiv holds come under NATO's protection for now.",
        "under nato's protection",
    ),
    (
        "The ceasefire plan would place Kyiv-held Ukraine under the alliance's shield.",
        "under the alliance's shield",
    ),
    # The summit's promise is the alliance's, named or not.
    ("The Bucharest pledge could be walked back any time, the Kremlin said.", "bucharest pledge"),
    ("Bucharest's promise still haunts the allies, the historian wrote.", "bucharest's promise"),
    # Protection offered for a span of years, or keeping the country safe, is a guarantee.
    ("Zelensky said Washington was offering 15 years of protection.", "years of protection"),
    # ... and so is backing for a term, protection given in return or on offer, and another
    # state as the first line of Ukraine's defence.
    (
        "Kyiv said the envoys had promised backing for two decades, not the five years first floated.",
        "backing for two decades",
    ),
    ("Ukraine would give up long-range missiles in return for firm protection.", "in return for"),
    ("Kyiv was told the protection now on offer would bind future presidents.", "on offer"),
    (
        "Britain and France would be the first line of defence for Ukraine, the paper says.",
        "first line",
    ),
    (
        "The Nordic states could become Kyiv's first line of defence, the minister said.",
        "first line",
    ),
    # A peace plan told by its points or its author: its troop caps and protection are guarantees.
    ("Under the 12-point framework, Ukraine's forces would shrink to 500,000.", "after the war"),
    ("The European draft would let Kyiv keep forces of 800,000, diplomats said.", "after the war"),
    # A strike only supposed is a guarantee's terms, not battle news.
    (
        "Under Washington's draft, renewed aggression would bring back sanctions, while a "
        "Ukrainian strike on Moscow would end the protection.",
        "protection",
    ),
    # A country's agreement named by the country, or a bilateral text named by both.
    ("Madrid's agreement also commits Spain to train Ukrainian pilots.", "agreement"),
    ("A clause in the Danish-Ukrainian text commits Copenhagen to send F-16 parts.", "text"),
    # Another state to shoot down what flies over Ukraine, as a commitment or an offer.
    (
        "Romania is considering whether its jets could shoot down drones over southern Ukraine.",
        "shoot down",
    ),
    ("Europe will carry the burden of keeping post-war Ukraine safe.", "ukraine safe"),
    # A non-bloc status for Ukraine is its alignment.
    ("Lavrov insisted that Ukraine must adopt a non-bloc status.", "alignment"),
    # Outside every military bloc, and enlargement told as a verb, are the path.
    ("Lavrov said Kyiv must stay outside every military bloc.", "every military bloc"),
    ("Putin wants a promise that the alliance will stop enlarging eastward.", "enlarging"),
    # A summit of the path, or the allies' ministers meeting, are the alliance's.
    ("Berlin and Washington blocked the invitation in Vilnius.", "invitation"),
    ("Germany opposed issuing an invitation at the Washington summit.", "invitation"),
    ("Washington would not back an invitation at the December ministerial.", "invitation"),
    # Something of the alliance's joined is cooperation, not membership.
    ("Ukraine joined NATO's cyber defence centre as a contributing participant.", "cooperation"),
    # Joined by company, but the path named after it; the alliance's ranks joined.
    (
        "Zelensky was joined by European leaders in pressing for Ukraine's NATO membership.",
        "membership",
    ),
    ("Ukraine hopes to join the alliance's ranks once the war is over.", "join"),
    # Growth to the east is the alliance's, named or not.
    ("Moscow wants a written promise from the West to halt its eastward expansion.", "eastward"),
    ("The Kremlin insists that the Western powers stop expanding eastward.", "expanding"),
    ("No country can be admitted unless every existing ally says yes.", "admitted"),
    # Troops or military hubs in Ukraine once the guns fall silent are a guarantee.
    (
        "Twenty-six countries will put troops in the air over Ukraine once the guns fall silent.",
        "after the war",
    ),
    (
        "London and Paris will set up military hubs across Ukraine after a ceasefire.",
        "after the war",
    ),
    # A defence commitment to Ukraine is a guarantee.
    ("The draft offers Ukraine a defence commitment from Washington.", "defence commitment"),
    # The G7's framework of guarantees, where Kyiv is named.
    ("Under the G7 framework partners must consult Kyiv within a day if attacked.", "g7 framework"),
    # A pledge of security is a guarantee.
    ("Thirty-two governments back G7 security pledge for Kyiv", "security pledge"),
    # Joining the alliance told with its own object, and a member that is a member of it.
    ("Ukraine hopes to join the 32-nation club before 2030, the envoy said.", "join"),
    ("Kyiv's hope of entering the Western bloc is unrealistic, the aide said.", "entering"),
    ("Ukraine wants to be a NATO member, Zelensky said.", "member"),
    # The allies' joint council with Ukraine is the NATO-Ukraine Council.
    (
        "Alliance envoys and Ukrainian officials met in their joint council on Tuesday.",
        "nato-ukraine-council",
    ),
    # Kyiv's application is its membership bid, fast-tracked or not.
    (
        "Asked about Kyiv's fast-track application, Sullivan said it should wait.",
        "kyiv's fast-track application",
    ),
    # Kyiv's application is its membership bid.
    (
        "Pressed on whether Kyiv's application could clear Budapest, Orban answered: no.",
        "application",
    ),
    # A grey zone between Russia and the West is the neutrality demanded of Ukraine.
    (
        "Ukraine would remain a grey zone between Russia and the West, a Kremlin aide said.",
        "alignment",
    ),
    # Neutrality told as staying outside every bloc is about the membership path.
    ("Ukraine must forever stay outside any military bloc, the draft says.", "outside any"),
    # A treaty between Kyiv and a guarantor is one of the security agreements.
    ("Kyiv said a bilateral treaty with Washington would go to parliament next week.", "treaty"),
    # The Budapest Memorandum told as a deal, an accord or its signatories.
    (
        "Kyiv gave up its warheads two years after the Budapest deal, Ukraine's envoy said.",
        "budapest deal",
    ),
    ("The Budapest signatories never met to help Ukraine in 2014.", "budapest signatories"),
    # The G7 named as the body that pledged, in its long name or its short one.
    ("The Group of Seven's long-term pledge gives Kyiv weapons, not a treaty.", "pledge"),
    ("The G7's joint security commitments were signed in Vilnius.", "commitments"),
    # Membership words in the plural: two countries' invitations, bids or accessions.
    ("Helsinki and Stockholm received their invitations at the Madrid summit.", "invitations"),
    ("Finland and Sweden lodged their bids in Brussels in May 2022.", "bids"),
    ("Ukraine and Georgia hope their NATO accessions will come together.", "accessions"),
    # The open door is the membership path: opened, kept shut or told shut.
    ("The allies should keep the door shut to Ukraine for a decade, the senator said.", "door"),
    ("NATO's door remains open to Kyiv, the secretary general said.", "door"),
    ("Ukraine's leaders still count on the alliance's open-door policy.", "open-door"),
]

# Each names NATO, Ukraine or membership, but in a frame that is not the membership path.
OFF_TOPIC = [
    # Another body's joint council with Ukraine is not the alliance's.
    "The EU and Ukraine met in their joint council in Brussels.",
    # An application to the EU, fast-tracked, is another path.
    "Kyiv's fast-track application for EU candidate status was approved in June 2022.",
    # Standing behind Ukraine alone is support, not a guarantee.
    "The mayor said his city would stand behind Ukraine's refugees for as long as needed.",
    # A term or a tie not said to be about security is another deal.
    "The two companies have inked a long-term licensing deal for flash memory.",
    "The club signed its striker to a long-term deal on Friday.",
    # A fund or coordination that is not the alliance's work for Ukraine.
    "NATO allies coordinated their purchases of artillery shells for their own stocks.",
    "Ukraine's central bank set up a fund to support small businesses in Kharkiv.",
    # Something else enlarged; a country kept safe from drones is air defence.
    "The EU will enlarge its single market to include Ukraine's energy grid.",
    "Air defences keep Kyiv safe from drones at night, the mayor said.",
    # An invitation to a summit's dinner, a bid to host one: no path.
    "Macron sent an invitation to the summit dinner to every leader in Vilnius.",
    "Lithuania's bid to host the summit in Vilnius succeeded in 2022.",
    # Company joined ("joined by"); something of the alliance's joined; a treaty's parties
    # joined; another body a pronoun stands for.
    "Rutte is joined by Starmer, Macron and Merz at the table in Washington with Zelensky.",
    "Kyiv's accession makes Ukraine the newest state party to the court's founding statute.",
    "For a decade Ukraine accepted the court's jurisdiction without joining it.",
    # A leader, officials or talks joined are company; the alliance's airspace is a place.
    "Zelensky joined Macron and Starmer in Paris for talks on Ukraine.",
    "Ukraine's defence minister joined the talks in Ramstein by video.",
    "Russian drones strayed into NATO airspace again, Kyiv said.",
    # Others joined in something; a deal whose subject is another matter.
    "Ukraine joined Belgium, Slovakia and Romania in Group E at the tournament.",
    "Kyiv signed a deal with Stockholm on future purchases of fighter jets.",
    # Protection from missiles, or for ships or a grid, is no guarantee.
    "Patriot batteries give Kyiv protection against Russian missiles every night.",
    "The navy offered Ukraine protection for its grain ships in the Black Sea.",
    "The convoy from Odesa came under the protection of Turkish warships.",
    # Protection of people, rights or data, and a refugee's status, is no state's guarantee.
    "The EU extended temporary protection for Ukrainians who fled the war until 2027.",
    "Kyiv signed the charter in exchange for protection of minorities, Budapest said.",
    "Ukraine passed a data protection law in return for protection of investors' rights.",
    # Backing in money; Ukraine as the first line of another's defence; a city's air defence.
    "The IMF offered Ukraine backing for four years under a new loan programme.",
    "Ukraine is Europe's first line of defence, the Polish premier said.",
    "Mobile fire teams are the first line of defence for Kyiv against Shahed drones.",
    # A draft law, a call-up, is no peace plan; troops retaking ground is battle news.
    "Ukraine's draft law would lower the call-up age for troops to 23.",
    "Ukraine's forces recaptured two villages after the ceasefire collapsed.",
    # Ukraine shooting down what flies over it, or a strike as it happens, is air defence.
    "Ukraine's air force shot down 40 Russian drones over western Ukraine overnight.",
    "Ukraine could shoot down more drones over Kyiv if it had more interceptors.",
    # Consent, not an agreement: "Poland's agreement to host".
    "Poland's agreement to host the Ukraine recovery conference was welcomed in Kyiv.",
    "Sudan, a country at war since 2023, asked the allies' navies to escort food aid.",
    "Armenia's premier said NATO would not take in a country at war with Azerbaijan.",
    # Something else expanded, with no alliance named and not to the east.
    "Moscow warned that the Chinese navy's expansion worried its admirals.",
    "The company is expanding eastward into Kazakhstan, its chief executive said.",
    # Another country's own path to the alliance, with Ukraine not named.
    "Serbia's government shelved any bid to join the alliance, Belgrade said.",
    "Moldova's constitution enshrines neutrality, and Chisinau has no plans to join NATO.",
    # A group named after a summit's city is not that summit.
    "Leaders of the Bucharest Nine met in Warsaw to discuss the defence of the eastern flank.",
    # An invitation to speak or attend is no invitation to join.
    "Zelensky accepted an invitation to address the Canadian parliament in Ottawa.",
    "Ukraine's envoy was invited to the summit dinner in Rome.",
    # A door opened to people is no door of the alliance's.
    "Poland opened its doors to millions of Ukrainians fleeing the war.",
    "The museum in Kyiv opened its doors to the public again on Sunday.",
    "Russian missiles struck Kyiv overnight as NATO foreign ministers met in Brussels.",
    "Drones struck a NATO member's territory, Polish officials said.",
    "NATO allies agreed to raise defence spending to 5% of GDP, a move Ukraine welcomed.",
    "NATO allies pledged a new aid package for Ukraine worth 40 billion euros.",
    "Ukraine received F-16s from its NATO allies.",
    "The European Union opened accession talks with Ukraine and Moldova.",
    "Ukraine hopes to join the bloc by 2030, the EU's enlargement commissioner said.",
    "Ukraine's application to the bloc was approved by EU leaders in Brussels.",
    "NATO's secretary general visited Kyiv and met President Zelensky.",
    "The alliance's secretary general welcomed Ukraine's foreign minister to Brussels.",
    "Kyiv and Washington signed a grain export deal.",
    "Poland and Ukraine sealed a pact on grain transit at the border.",
    "Ukraine's agreement with the IMF unlocks a new loan, the finance ministry said.",
    # Forces and attacks in the fighting itself are no guarantee.
    "Russian forces launched a new offensive in eastern Ukraine after the talks collapsed.",
    "Ukrainian troops pushed back a new Russian attack near the front line.",
    "Ukrainian forces held their positions after the Russian attack on the city.",
    # Guarantee words in other senses, with no Ukraine in the sentence.
    "Frigates and drones will add to the alliance's deterrence in the Baltic, the admiral said.",
    "A defence cooperation agreement gives US forces access to bases in Norway.",
    "Poland and Germany signed a defence treaty on border cooperation.",
    "The Washington Treaty was signed in 1949 by twelve founding members.",
    "The allies' collective defence was tested in the largest exercise in decades.",
    # "Taken in" with something else as its object: refugees, not a member.
    "Poland has taken in almost a million Ukrainian refugees, NATO officials said.",
    "The Ukraine grain deal collapsed in July, traders said.",
    # The G7 at business of its own is not its declaration for Ukraine.
    "Blinken spoke with his Group of Seven counterparts about the crisis, his spokesman said.",
    # Joining something else, a country described as a member, a guarantee of money.
    "Ukraine beat Iceland 2-1 in Wroclaw to join the 24-team field at Euro 2024.",
    "Ukraine joined Spain and Portugal's bid to host the 2030 World Cup.",
    "NATO member Turkey hosted Russian and Ukrainian delegations for a prisoner swap.",
    "A loan guarantee from the World Bank will help Ukraine borrow on the markets.",
    "EU leaders agreed a 90 billion euro loan for Ukraine, guaranteed by the bloc's budget.",
    "Kyiv signed a deal with Sweden on possible purchases of up to 150 Gripen fighter jets.",
    "The G7 framework for critical minerals was agreed in Canada.",
    # Membership, a bid, a door or an ally of another kind.
    "Ukraine's grid operator was admitted as a full member of the European network of operators.",
    "Ukraine was admitted to the International Criminal Court as a full member.",
    "Members of Ukraine's parliament voted to extend martial law for another 90 days.",
    # The treaty's own Article 5 is the allies' defence, Ukraine not named.
    "The treaty's Article 5 says an attack on one ally is an attack on all, the lecturer said.",
    "Trump cast doubt on Article 5 for allies that do not spend enough on defence.",
    "European allies paid for American weapons for Ukraine under the new NATO scheme.",
    "Ukraine's football federation is weighing a joint bid with Poland to host the championship.",
    "Finland closed its last border crossing, shutting the door to arrivals from the east.",
    "Japan will guarantee a new World Bank loan to help Kyiv pay pensions.",
    "Buyers in Ukraine get a two-year legal guarantee on household appliances from March.",
    "Exporters moving grain through Ukraine must lodge a customs guarantee at the border.",
    "Ukraine's new law sets a job guarantee for soldiers returning from the front.",
    "In a speech on spending, Rutte warned that Russia could be ready to attack an ally by 2030.",
    # A summit of the path named, but only the alliance's own business at it.
    "At the Washington summit the allies agreed to buy more shells for their own stocks.",
    "Leaders reached Vilnius on Monday for two days of talks on the alliance's eastern plans.",
    "The Bucharest summit also discussed the alliance's missile defence plans.",
    # Others' accession, long done, is not Ukraine's path.
    "Latvia and Lithuania, which joined NATO in 2004, hosted the exercise.",
    "North Macedonia, which joined the alliance in March 2020, sent a company.",
    "Montenegro, which joined NATO in June 2017, sent a platoon to the exercise.",
    # Something else expanded, told after its object or in the passive.
    "Poland is expanding its ammunition production, the minister said.",
    "The air base near Constanta is being expanded into one of NATO's largest in Europe.",
    "The expansion of the port of Odesa will take two years, NATO engineers said.",
    # The EU's path named beside a newcomer to the alliance is still the EU's.
    "Sweden promised to help revive Turkey's EU accession process, officials said.",
    "Finland backs Moldova's bid for membership of the European Union, Stubb said.",
    # The members a body has are no path into it.
    "Most member states of the bloc could switch suppliers, the European Commission said.",
    "NATO member states pledged more air defence systems for Ukraine.",
    # A force for a truce in another war, fighting told as it happens, a settlement that is no
    # peace, a force after a war long over.
    "Indonesia offered 20,000 troops to police the Gaza ceasefire.",
    "Ghanaian peacekeepers in Lebanon stayed on after the truce.",
    "Troops clashed again near the border after the truce collapsed, killing two.",
    "Striking dockers reached a settlement with the port, and police forces withdrew.",
    "After the armistice of 1953, American troops stayed in Korea.",
    "The EU extended its training mission in Mali after the ceasefire collapsed.",
    # A body meeting with Ukraine's people, not the council.
    "The trade body meets with Ukraine's exporters each spring.",
    # The G7 leaders at business of their own.
    "G7 leaders agreed a loan of 50 billion dollars for Kyiv from frozen Russian assets.",
    # Another named country's accession, invitation or standing as an ally.
    "Albania formally became a member of the alliance in April 2009.",
    "Allied leaders invited Montenegro to join the alliance at the end of 2015.",
    "Norway, one of the alliance's founding members, hosted the winter exercise.",
    "The alliance's northern-flank members held air drills over the Arctic.",
    # A door that is only a door.
    "NATO and Ukrainian officials met behind closed doors to discuss ammunition supplies.",
    "NATO opened the doors of its new Kyiv office to reporters covering the drone strikes.",
]


@pytest.mark.parametrize(("sentence", "why"), ON_TOPIC)
def test_on_topic_by_its_rule(sentence: str, why: str) -> None:
    reason = _reason(sentence)
    assert reason, "judged off topic"
    assert why in reason


@pytest.mark.parametrize("sentence", OFF_TOPIC)
def test_an_off_topic_frame_stays_irrelevant(sentence: str) -> None:
    assert _reason(sentence) == ""


# (title, sentence that refers back to it): on topic after the title, irrelevant alone.
CONTEXT = [
    ("Ukraine presses allies for a NATO invitation.", "The bid has broad support among lawmakers."),
    (
        "Zelensky renews plea for NATO membership.",
        "The move drew praise from lawmakers, officials said.",
    ),
    (
        "Zelensky renews plea for NATO membership.",
        "Such a step would need the backing of every parliament, one diplomat said.",
    ),
    # Membership named outright stays the entry's topic beside news of another kind.
    (
        "Zelensky renews plea for NATO membership.",
        "Berlin and Rome remain wary of offering membership even after a ceasefire, he added.",
    ),
]


@pytest.mark.parametrize(("title", "sentence"), CONTEXT)
def test_a_sentence_referring_back_is_on_topic_only_after_an_on_topic_title(
    differ: Differ, title: str, sentence: str
) -> None:
    alone = differ.judge_text(sentence)
    assert alone.status is Status.IRRELEVANT
    after = differ.judge_text(f"{title} {sentence}").sentences
    assert [v.sentence for v in after] == [title, sentence]
    assert after[1].status is not Status.IRRELEVANT, after[1].cue


@pytest.mark.parametrize(
    ("title", "sentence"),
    [
        # An off-topic title gives no context.
        (
            "Russian drones hit Odesa overnight.",
            "The move drew praise from lawmakers, officials said.",
        ),
        # Context does not reach a sentence in an off-topic frame, or one with no link back.
        (
            "Zelensky renews plea for NATO membership.",
            "The idea was raised again at a meeting on the defence budget.",
        ),
        (
            "Zelensky renews plea for NATO membership.",
            "Rain is expected across the region on Friday.",
        ),
        # ... nor battlefield news, even with membership named.
        (
            "Zelensky renews plea for NATO membership.",
            "Drones struck two towns as lawmakers debated club membership rules.",
        ),
    ],
)
def test_context_does_not_carry_an_unlinked_or_off_topic_sentence(
    differ: Differ, title: str, sentence: str
) -> None:
    after = differ.judge_text(f"{title} {sentence}").sentences
    assert after[-1].sentence == sentence
    assert after[-1].status is Status.IRRELEVANT


# Inside an entry about the path, NATO and Ukraine named together are no topic of their own: a
# sentence on topic only by naming both is judged by the entry's context rules; (sentence, on
# topic inside the entry).
NAMED_TOGETHER = [
    # Nothing links back to the path: the war, aid, a visit.
    ("The alliance's priority for now is to make sure Ukraine prevails, Rutte said.", False),
    ("The NATO chief praised Ukraine's courage in a speech in Prague.", False),
    ("Rutte flew on from Kyiv to a NATO meeting in Brussels.", False),
    # A link back to the path, or a topic word of the sentence's own, still counts.
    ("That bid, NATO officials told Ukraine's envoy, would not be dropped.", True),
    ("NATO will keep Ukraine's invitation on the table, Rutte said.", True),
]


def _last_in_entry(differ: Differ, sentence: str) -> Judgement:
    """The sentence judged last in an entry whose title is about the path."""
    inside = differ.judge_text(f"Zelensky renews plea for NATO membership.\n{sentence}").sentences
    assert inside[-1].sentence == sentence
    return inside[-1]


@pytest.mark.parametrize(("sentence", "on_topic"), NAMED_TOGETHER)
def test_inside_an_entry_about_the_path_nato_and_ukraine_named_together_are_no_topic(
    differ: Differ, sentence: str, on_topic: bool
) -> None:
    alone = differ.judge_text(sentence)
    assert alone.status is not Status.IRRELEVANT, "on topic read alone"
    inside = _last_in_entry(differ, sentence)
    assert (inside.status is not Status.IRRELEVANT) is on_topic, inside.cue


def test_an_entry_on_topic_only_by_naming_both_is_not_yet_about_the_path(differ: Differ) -> None:
    title = "NATO and Ukraine open a joint training centre in Poland."
    sentence = "The NATO chief praised Ukraine's courage in a speech in Prague."
    inside = differ.judge_text(f"{title}\n{sentence}").sentences
    assert inside[0].status is not Status.IRRELEVANT
    assert inside[-1].status is not Status.IRRELEVANT, inside[-1].cue


def test_a_question_read_with_its_answer_is_a_sentence_of_its_own(differ: Differ) -> None:
    """ "Ukraine in NATO? 'Forget about it'": the answer, read with its question, names both."""
    text = (
        "Zelensky renews plea for NATO membership.\nUkraine in NATO? 'Forget it,' the envoy said."
    )
    verdict = differ.judge_text(text)
    assert verdict.status is Status.CONTRADICTED, verdict.top.cue


# An entry off the path so far that never named Ukraine: a membership the sentence does not say
# is Ukraine's is someone else's; (title, sentence).
ANOTHER_PATH = [
    (
        "Baltic states rehearse the defence of their coast.",
        "Allies will debate at the next summit whether to invite new members, the admiral said.",
    ),
    (
        "Moldova heads to the polls on Sunday.",
        "Joining NATO would take years of reforms, the envoy noted.",
    ),
    (
        "Bosnia's leaders meet in Sarajevo.",
        "NATO membership remains the government's long-term goal, the defence minister said.",
    ),
    (
        "Serbia buys French fighter jets.",
        "The government wants an invitation to join the alliance within two years, its foreign"
        " minister said.",
    ),
]


@pytest.mark.parametrize(("title", "sentence"), ANOTHER_PATH)
def test_in_an_entry_that_never_named_ukraine_an_unsaid_membership_is_anothers(
    differ: Differ, title: str, sentence: str
) -> None:
    alone = differ.judge_text(sentence)
    assert alone.status is not Status.IRRELEVANT, "on topic read alone"
    body = "NATO ships sailed from Kiel at dawn."
    inside = differ.judge_text(f"{title}\n{body} {sentence}").sentences
    assert inside[-1].sentence == sentence
    assert inside[-1].status is Status.IRRELEVANT, inside[-1].cue


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # The entry named Ukraine before: its membership is the one meant.
        ("Kyiv pins its hopes on the next summit.", "Officials said the date was not set."),
        ("Zelensky arrives in Brussels for talks.", "He met ministers over lunch."),
        # The entry is about the path already.
        ("Ukraine presses allies for a NATO invitation.", "Officials said the date was not set."),
    ],
)
def test_an_unsaid_membership_stays_ukraines_where_the_entry_named_it_or_is_about_it(
    differ: Differ, title: str, body: str
) -> None:
    sentence = "Allies will debate at the next summit whether to invite new members, he said."
    inside = differ.judge_text(f"{title}\n{body} {sentence}").sentences
    assert inside[-1].status is not Status.IRRELEVANT, inside[-1].cue


@pytest.mark.parametrize(
    ("sentence", "on_topic"),
    [
        # Inside a story about the EU, membership with no alliance named is the EU's ...
        ("Ministers are expected to approve the start of membership talks with Ukraine.", False),
        ("Kyiv hopes to complete its accession within five years, the commissioner said.", False),
        # ... and the alliance named makes it the path again.
        ("Kyiv also wants a NATO invitation before the end of the decade, Zelensky said.", True),
    ],
)
def test_in_an_entry_about_the_eu_membership_with_no_alliance_named_is_the_eus(
    differ: Differ, sentence: str, on_topic: bool
) -> None:
    alone = differ.judge_text(sentence)
    assert alone.status is not Status.IRRELEVANT, "on topic read alone"
    title = "EU leaders agree a new sanctions package against Russia"
    inside = differ.judge_text(f"{title}\nThe bloc adopted it on Thursday. {sentence}")
    verdict = inside.sentences[-1]
    assert (verdict.status is not Status.IRRELEVANT) is on_topic, verdict.cue


def test_the_newcomers_membership_stays_on_topic_in_any_entry(differ: Differ) -> None:
    title = "Baltic states rehearse the defence of their coast."
    sentence = "Sweden's accession to NATO was completed when Hungary ratified it in February."
    inside = differ.judge_text(f"{title}\nNATO ships sailed from Kiel at dawn. {sentence}")
    assert inside.sentences[-1].status is not Status.IRRELEVANT, inside.sentences[-1].cue


@pytest.mark.parametrize(
    "follow_up",
    [
        "Twenty countries said they would send troops, and five more air support.",
        "The pledges are valid for ten years and renewable.",
        "Both documents list commitments in nine areas, from demining to air defence.",
        # What the deal, pact or accord itself runs for, covers or provides: its terms.
        "The pact runs for a decade and covers demining and air defence.",
        "Each accord provides for training and the supply of artillery shells.",
        "The ten-year accord with Spain covers training and demining.",
        # What a party commits to, or will not commit, is what a guarantee is made of.
        "Canada said it would make no commitment before the ceasefire terms were known.",
        "Moscow would commit in writing not to attack again, the envoy added.",
    ],
)
def test_inside_an_entry_about_guarantees_their_force_and_terms_are_on_topic(
    differ: Differ, follow_up: str
) -> None:
    alone = differ.judge_text(follow_up)
    assert alone.status is Status.IRRELEVANT, alone.top.cue
    title = "Allies weigh security guarantees for Ukraine"
    inside = differ.judge_text(f"{title}\n{follow_up}").sentences[-1]
    assert inside.status is not Status.IRRELEVANT, inside.cue
    assert inside.topic.startswith("context:")


@pytest.mark.parametrize(
    ("follow_up", "on_topic"),
    [
        # The staff and contributions of the alliance's own mission for Ukraine are what it is
        # made of ...
        ("Germany will contribute forty officers to the command, the ministry said.", True),
        ("Every ally but one will send personnel.", True),
        # ... the mission's surroundings and battle news are not.
        ("The base canteen reopened after repairs in the spring.", False),
        ("Drones struck a depot as the command opened, killing two.", False),
    ],
)
def test_inside_an_entry_about_the_alliances_mission_its_staff_are_on_topic(
    differ: Differ, follow_up: str, on_topic: bool
) -> None:
    title = "NATO opens its command to coordinate arms and training for Ukraine"
    inside = differ.judge_text(f"{title}\n{follow_up}").sentences[-1]
    assert (inside.status is not Status.IRRELEVANT) is on_topic, inside.cue
    if on_topic:
        assert inside.topic == "context: the entry is about the alliance's work with Ukraine"


@pytest.mark.parametrize(
    "follow_up",
    [
        "Zelensky will address parliament on Friday while his troops hold the line near Pokrovsk.",
        "Russian soldiers pressed on towards the town, the general staff said.",
        # A document named, but not what it says.
        "The premier called the document ambitious and thanked his hosts.",
        # A commitment in battle news is no term of a guarantee.
        "Moscow committed more drones as its missiles struck Kharkiv overnight.",
        # How committed a party is, is no commitment made.
        "The president is firmly committed to a lasting peace, his spokesman said.",
    ],
)
def test_inside_an_entry_about_guarantees_what_is_not_their_force_or_terms_stays_off_topic(
    differ: Differ, follow_up: str
) -> None:
    title = "Allies weigh security guarantees for Ukraine"
    inside = differ.judge_text(f"{title}\n{follow_up}").sentences[-1]
    assert inside.status is Status.IRRELEVANT, inside.cue


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        # Where a story was filed is not what it says: no summit, no party, no speaker.
        ("BUCHAREST (AP) - NATO engineers began work on the new runway at the air base.", OFF),
        ("VILNIUS, July 9 - NATO engineers began work on the new runway at the air base.", OFF),
        ("VILNIUS, July 11 (Reuters) - Allies said Ukraine's future is in NATO.", Status.KNOWN),
        # The European Union's accession, however close its words come to the baseline's.
        ("Ukraine's integration into the European Union is irreversible, the premier said.", OFF),
        ("Brussels opened accession negotiations with Kyiv under the European Union's rules.", OFF),
        ("Ukraine's future lies in the EU and in NATO, Zelensky said.", Status.KNOWN),
        # An EU institution named makes "the bloc" beside it the EU.
        ("The European Council agreed that Ukraine's path into the bloc is irreversible.", OFF),
        ("The European Commission said the bloc and most member states had stocks.", OFF),
        # The European Union's accession, with a person the baseline quotes: another path.
        ("Zelensky hailed the EU's decision to open accession talks with Kyiv.", OFF),
        # A headline that opens with the alliance's name is no dateline.
        ("NATO - Ukraine Council meets for the first time in Brussels.", Status.NEW),
        # The alliance under an epithet is the alliance ...
        ("Moscow vowed to keep Kyiv out of the North Atlantic bloc.", Status.CONTRADICTED),
        (
            "Moscow will do whatever it takes to keep Ukraine out of the Western alliance.",
            Status.CONTRADICTED,
        ),
        ("Ukraine hopes to join the US-led military alliance within a decade.", Status.KNOWN),
        (
            "Ukraine will never be taken into the Western bloc, the Kremlin said.",
            Status.CONTRADICTED,
        ),
        # The Membership Action Plan by its initials, or as the action plan Ukraine and Georgia
        # sought in 2008; a map in lower case is a chart, an action plan of another kind none.
        ("Ukraine and Georgia were denied a MAP at Bucharest.", Status.KNOWN),
        ("The ministry published a map of Ukraine's front line.", OFF),
        (
            "In December 2008 allies gave Ukraine and Georgia annual programmes instead of the "
            "action plan both had sought.",
            Status.NEW,
        ),
        ("Kyiv adopted an action plan on energy with Tbilisi.", OFF),
        # ... and by its seat, outside a story about the EU, whose institutions sit there too.
        ("Thirty-two flags now fly outside the headquarters in Brussels.", Status.CHANGED),
        (
            "The European Commission's headquarters in Brussels hosted talks on Ukraine's EU bid.",
            OFF,
        ),
        # ... and news of another kind about it stays off topic.
        (
            "The Western alliance's jets scrambled as Russian drones struck western Ukraine.",
            Status.IRRELEVANT,
        ),
        # A count the baseline states is on topic however the sentence is worded; another is not.
        ("With Sweden in, the alliance counts 32 nations.", Status.CHANGED),
        ("The alliance's ranks have grown to 33, the secretary general said.", Status.CHANGED),
        ("NATO allies sent 40 jets to the Baltic.", Status.IRRELEVANT),
    ],
)
def test_each_relevance_rule_gives_its_status(
    differ: Differ, sentence: str, status: Status
) -> None:
    verdict = differ.judge_sentence(sentence)
    assert verdict.status is status, verdict.cue


# The baseline says what the topic is: a sentence that names no topic word the vocabulary
# knows, yet is as close to a baseline claim as a restatement, is on topic (and `known`).
CLOSE_TO_A_CLAIM = [
    "Despite reckless threats toward frontline states, Putin has acted below the threshold "
    "vis-a-vis those states.",
    "The Kremlin has long undermined Ukrainian sovereignty in overt and hybrid ways, analysts said.",
    "Ukrainian Defense Minister Rustem Umerov met U.S. Defense Secretary Lloyd Austin to discuss "
    "weapons assistance.",
]


@pytest.mark.parametrize("sentence", CLOSE_TO_A_CLAIM)
def test_a_sentence_close_to_a_baseline_claim_is_on_topic(differ: Differ, sentence: str) -> None:
    assert _reason(sentence) == "", "the vocabulary alone already finds it on topic"
    verdict = differ.judge_sentence(sentence)
    assert verdict.topic == "close to a baseline claim"
    assert verdict.status is Status.KNOWN, verdict.cue


@pytest.mark.parametrize(
    "sentence",
    [
        "The weather in Vilnius was mild on Tuesday.",
        # Close in words to a claim, but battlefield news stays off topic.
        "Russian drones struck Kyiv overnight as the Kremlin undermined Ukrainian sovereignty.",
    ],
)
def test_far_from_every_claim_or_in_battle_news_stays_irrelevant(
    differ: Differ, sentence: str
) -> None:
    assert differ.judge_sentence(sentence).status is Status.IRRELEVANT


# "The bloc" is the one the entry named last: the EU in a story about the EU.
BLOC = [
    (
        "EU leaders opened accession talks with Moldova on Tuesday. "
        "Its president said joining the bloc was her country's path to prosperity.",
        Status.IRRELEVANT,
    ),
    (
        "The European Union is weighing new members from the Balkans. "
        "The war has revived the bloc's drive to expand eastwards, Kyiv's envoy said.",
        Status.IRRELEVANT,
    ),
    (
        "NATO foreign ministers met in Brussels on Tuesday. "
        "Ukraine's foreign minister said joining the bloc was his country's path to security.",
        Status.NEW,
    ),
    (
        "EU leaders met NATO's secretary general in Brussels on Tuesday. "
        "Ukraine's foreign minister said joining the bloc was his country's path to security.",
        Status.NEW,
    ),
]


# "The deal" is the agreement the entry named last: after an off-topic one (a minerals fund), it
# is that one, not a security agreement; after a security agreement, or named outright, it is.
THE_DEAL = [
    (
        "The United States and Ukraine signed an agreement creating a joint minerals fund. "
        "Bessent and Ukraine's deputy prime minister signed the deal after last-minute wrangling.",
        Status.IRRELEVANT,
    ),
    (
        "Kyiv and Warsaw signed a gas transit accord on Monday. "
        "Ukraine signed the agreement after months of talks, officials in Kyiv said.",
        Status.IRRELEVANT,
    ),
    (
        "Britain and Ukraine signed a security agreement in Kyiv. "
        "Sunak and Ukraine's president signed the deal after a meeting with soldiers.",
        Status.NEW,
    ),
    (
        "The United States and Ukraine signed an agreement creating a joint minerals fund. "
        "Days later Kyiv signed a security agreement with Denmark.",
        Status.CHANGED,
    ),
]


@pytest.mark.parametrize(("text", "status"), BLOC + THE_DEAL)
def test_the_bloc_and_the_deal_are_the_ones_the_entry_named_last(
    differ: Differ, text: str, status: Status
) -> None:
    last = differ.judge_text(text).sentences[-1]
    assert last.status is status, last.cue


# A concept of the rule file with Ukraine named is on topic without a guarantee word; a battle
# is not; (sentence, on topic).
CONCEPT_WITH_UKRAINE = [
    ("The US proposed that European troops patrol a demilitarised zone in Ukraine.", True),
    ("Kyiv wants NATO-style protection written into any deal, Ukraine's envoy said.", True),
    ("British troops were wounded in a drone strike on a base near Ukraine's border.", False),
    # Something else put on hold is not membership deferred.
    ("All US military aid to Ukraine was put on hold in March, officials said.", False),
]


# In an entry about Ukraine's path, NATO membership whose the sentence does not say is Ukraine's;
# alone, or where another country is named, it is not.
@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Kyiv renews its plea for NATO membership. "
            "Guarantees could be offered in place of NATO membership, which Moscow has ruled out.",
            Status.CONTRADICTED,
        ),
        (
            "Guarantees could be offered in place of NATO membership, which Moscow has ruled out.",
            Status.NEW,
        ),
    ],
)
def test_membership_in_an_entry_about_ukraines_path_is_ukraines(
    differ: Differ, text: str, status: Status
) -> None:
    last = differ.judge_text(text).sentences[-1]
    assert last.status is status, last.cue


def test_another_countrys_membership_in_an_entry_about_ukraines_path_is_not_ukraines(
    differ: Differ,
) -> None:
    """Named as Moldova's, the membership Moscow rules out is no denial of Ukraine's path
    (whether the sentence restates the baseline is the restatement model's call)."""
    text = (
        "Kyiv renews its plea for NATO membership. "
        "Moldova's NATO membership, which Moscow has ruled out, was not discussed."
    )
    last = differ.judge_text(text).sentences[-1]
    assert last.status in (Status.NEW, Status.KNOWN), last.cue
    assert "negation" not in last.cue


def test_the_membership_term_kept_for_the_last_text_is_that_text_s() -> None:
    texts = ["kyiv wants to join nato.", "kyiv wants to join nato.", "the weather was fine.", ""]
    for low in [*texts, *reversed(texts), texts[0][:-1]]:
        kept, found = membership_term(low), MEMBERSHIP_TERMS.search(low)
        assert (kept and kept.group(0), kept and kept.start()) == (
            found and found.group(0),
            found and found.start(),
        )
    assert membership_term("kyiv wants to join nato.") is not None
    assert membership_term("the weather was fine.") is None


def test_an_invitation_to_speak_is_no_membership_news_of_a_baseline_person(
    differ: Differ,
) -> None:
    """A person the baseline quotes, invited to speak: not the membership path."""
    verdict = differ.judge_sentence("Stoltenberg accepted an invitation to speak in Oslo.")
    assert verdict.status is Status.IRRELEVANT, verdict.cue
    verdict = differ.judge_sentence("Stoltenberg said Kyiv's invitation would come.")
    assert verdict.status is not Status.IRRELEVANT, verdict.cue


@pytest.mark.parametrize(
    "sentence",
    [
        "Army chiefs met in Paris to sketch a security force for Ukraine.",
        # The force singular, by who sends it, and named after where it serves.
        "Zelensky reported progress on a European force after talks with the army chiefs.",
        "Witkoff dismissed the plan for a Ukraine force as a pose, Zelensky's aides said.",
        "Planners in Kyiv drafted the rules for the Ukraine reassurance mission.",
    ],
)
def test_a_force_for_ukraine_is_the_foreign_troops_concept(differ: Differ, sentence: str) -> None:
    """A force for Ukraine, however named, as the rule file's concept names foreign troops."""
    verdict = differ.judge_sentence(sentence)
    assert verdict.status is Status.NEW, verdict.cue
    assert verdict.topic == "concept: foreign-troops-in-ukraine"


@pytest.mark.parametrize(
    ("title", "follow_up"),
    [
        # A concept is what its rule says it is about: a force is a guarantee, so its terms and
        # its coalition are on topic after it.
        (
            "Zelensky hails progress on a foreign force for Ukraine",
            "Macron said such a force would be deployed behind the line of contact.",
        ),
        (
            "Zelensky hails progress on a foreign force for Ukraine",
            "Ten to twelve countries are ready to join the coalition in some form, an aide said.",
        ),
    ],
)
def test_an_entry_naming_a_concept_is_about_its_topic(
    differ: Differ, title: str, follow_up: str
) -> None:
    alone = differ.judge_text(follow_up)
    assert alone.status is Status.IRRELEVANT, alone.top.cue
    inside = differ.judge_text(f"{title}\n{follow_up}").sentences
    assert inside[0].topic.startswith("concept:"), inside[0].topic
    assert inside[-1].topic.startswith("context:"), inside[-1].cue


# (sentence, status): what a sentence dates after the baseline's latest date (July 2024) is no
# retelling by likeness; a date within the baseline's time, or its latest month, may be.
AFTER_THE_BASELINE = [
    (
        "At Ukraine's request the NATO-Ukraine Council met at ambassador level on 3 March 2025.",
        Status.NEW,
    ),
    (
        "At Ukraine's request the NATO-Ukraine Council met at ambassador level in July 2023.",
        Status.KNOWN,
    ),
    (
        "Allies agreed on a NATO-Ukraine Council to support Ukraine's Euro-Atlantic integration, "
        "in July 2024.",
        Status.KNOWN,
    ),
    # What is recalled is told as of its own time, whenever it is recalled; what is said
    # after the baseline stays news.
    (
        "In March 2025 the ambassador recalled that at Ukraine's request the NATO-Ukraine "
        "Council had met at ambassador level in July 2023.",
        Status.KNOWN,
    ),
    (
        "In March 2025 the ambassador said that at Ukraine's request the NATO-Ukraine Council "
        "had met at ambassador level.",
        Status.NEW,
    ),
]


@pytest.mark.parametrize(("sentence", "status"), AFTER_THE_BASELINE)
def test_a_sentence_dated_after_the_baseline_is_no_retelling_by_likeness(
    differ: Differ, sentence: str, status: Status
) -> None:
    verdict = differ.judge_sentence(sentence)
    assert verdict.status is status, verdict.cue
    if status is Status.NEW:
        assert "after the baseline's latest date (2024-07)" in verdict.cue


@pytest.mark.parametrize(
    ("sentence", "on_topic"),
    [
        # Battle news is no denial referring back to the prospect, whatever its verbs.
        ("Russian troops kept advancing near the town, from which Kyiv's forces withdrew.", False),
        ("Ukrainian units repelled an assault and then withdrew to new lines.", False),
        # A denial with no battle in it still refers back.
        ("Hungary's premier said he would never allow it.", True),
    ],
)
def test_battle_news_does_not_refer_back_to_the_prospect(
    differ: Differ, sentence: str, on_topic: bool
) -> None:
    inside = _last_in_entry(differ, sentence)
    assert (inside.status is not Status.IRRELEVANT) is on_topic, inside.cue


# Words of membership said of something else: some member country (indefinite, quantified or
# counted), a place entered; (sentence, on topic).
SOME_MEMBER = [
    # "Member" as some member country: indefinite, quantified or counted.
    ("The treaty allows any member to request consultations when it feels threatened.", False),
    (
        "It was the first time a member of the alliance had shot down a jet over its soil.",
        False,
    ),
    ("The group, whose roughly 50 member countries send arms, was set up by Austin.", False),
    # Becoming or being a member is the path.
    ("Ukraine will become a member of the alliance one day, Stoltenberg said.", True),
    ("Ukraine is not yet a member of NATO, the minister said.", True),
]
# "Member" said of a country that already is one, or of the allies as they are, is not anyone's
# path in; an aspirant's being a member is the path, and a later word may still name it.
MEMBER_HELD = [
    ("Norway, a founding member of NATO, raised its defence budget by a fifth.", False),
    ("Portugal, which has long been a member of the alliance, sent two frigates.", False),
    ("Canada is a member of NATO and of the G7, the prime minister reminded reporters.", False),
    ("The minister said NATO members were spending more on air defence this year.", False),
    ("Fellow members pledged to match the German contribution to the fund.", False),
    ("Ukraine, a future member of the alliance, sent its foreign minister to the summit.", True),
    ("Allies said Ukraine would be a member of NATO within ten years.", True),
    ("Belgium, a member of the alliance, said it would not block Kyiv's bid.", True),
]
# A truce someone is to monitor, verify, police or enforce is a guarantee's make; a truce of
# another war, or one broken or kept by the fighting sides, is not.
TRUCE_WATCHED = [
    ("A US-led mechanism would monitor and verify any ceasefire, the coalition said.", True),
    ("Any truce would be policed by European jets and verified by satellites.", True),
    ("Monitoring of the ceasefire would fall to a mission led by Washington.", True),
    ("Britain offered drones to help supervise a future armistice.", True),
    ("A US-led mission would monitor the ceasefire in Gaza.", False),
    ("Russia did not observe the Easter truce, officials said.", False),
    ("The truce was broken by shelling overnight.", False),
]
PLACE_ENTERED = [
    # A place entered is not the alliance entered.
    ("NATO scrambles jets after drones enter Poland", False),
    ("Russian jets entered Estonian airspace on Friday, NATO said.", False),
    ("Ukraine hopes to enter NATO within a decade.", True),
    ("Drones entered Poland as Kyiv renewed its bid to join NATO.", True),
]


@pytest.mark.parametrize(
    ("sentence", "on_topic"),
    CONCEPT_WITH_UKRAINE + SOME_MEMBER + MEMBER_HELD + TRUCE_WATCHED + PLACE_ENTERED,
)
def test_a_sentence_alone_is_on_topic_by_its_rule_family(
    differ: Differ, sentence: str, on_topic: bool
) -> None:
    verdict = differ.judge_sentence(sentence)
    assert (verdict.status is not Status.IRRELEVANT) is on_topic, verdict.cue


@pytest.mark.parametrize(
    ("title", "on_topic"),
    [
        # Inside an entry about the EU, member states not said to be the alliance's are the EU's.
        ("EU leaders discuss opening accession talks with Ukraine.", False),
        ("NATO leaders gather in The Hague for their summit.", True),
    ],
)
def test_member_states_counted_in_an_entry_about_the_eu_are_its_own(
    differ: Differ, title: str, on_topic: bool
) -> None:
    sentence = "Opening each cluster of chapters needs the assent of all 32 member states."
    inside = differ.judge_text(f"{title}\nThe bloc's leaders met on Thursday. {sentence}")
    assert inside.sentences[-1].sentence == sentence
    assert (inside.sentences[-1].status is not Status.IRRELEVANT) is on_topic


def test_a_force_for_a_truce_in_an_entry_about_another_war_is_not_ukraines(
    differ: Differ,
) -> None:
    sentence = "Egypt would send troops to police any ceasefire, an official said."
    assert differ.judge_text(sentence).status is not Status.IRRELEVANT
    title = "Sudan's warring generals meet for talks in Jeddah"
    inside = differ.judge_text(f"{title}\nMediators expect a first round on Monday. {sentence}")
    assert inside.sentences[-1].status is Status.IRRELEVANT, inside.sentences[-1].cue
