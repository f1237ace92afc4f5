"""The `changed` layers: office holders, concluded agreements, status steps and counts.

Every case here was written for the rule it exercises; none is taken from the eval sets. Each
case gives the status, a fragment of the cue that decided it, and the development key.
"""

from __future__ import annotations

import pytest

from tests.conftest import ROOT
from watcher.baseline.build import load_baseline
from watcher.differ.core import Differ
from watcher.models import Status


@pytest.fixture(scope="module")
def differ() -> Differ:
    return Differ(load_baseline(ROOT / "baselines" / "claims.json"))


C, K, N, OFF = Status.CHANGED, Status.KNOWN, Status.NEW, Status.IRRELEVANT

# (sentence, status, cue fragment, key)
OFFICE_HOLDERS = [
    # A holder who dismisses someone acts on another office and stays in theirs.
    (
        "President Zelensky sacked the head of the border guard service on Monday.",
        OFF,
        "off topic",
        "",
    ),
    (
        "President Zelensky dismissed Foreign Minister Dmytro Kuleba on Tuesday.",
        C,
        "Kuleba left the foreign minister's office",
        "office:ukraine foreign minister=?",
    ),
    (
        "Foreign Minister Dmytro Kuleba was dismissed by parliament on Tuesday.",
        C,
        "Kuleba succeeded",
        "office:ukraine foreign minister=?",
    ),
    # Headlines: a passive without its auxiliary, an appointment to come, the office by another
    # name, a country's possessive that qualifies the office rather than names anyone.
    (
        "Hegseth confirmed as Pentagon chief after tie-breaking vote",
        C,
        "us defense secretary Austin -> Hegseth",
        "office:us defense secretary=hegseth",
    ),
    (
        "Budanov to head Zelensky's office",
        C,
        "ukraine chief of staff Yermak -> Budanov",
        "office:ukraine chief of staff=budanov",
    ),
    (
        "Rutte takes the reins at NATO, vows steady support for Kyiv",
        C,
        "NATO secretary general Stoltenberg -> Rutte",
        "office:nato secretary general=rutte",
    ),
    (
        "Fedorov set to become Ukraine's defence minister",
        C,
        "ukraine defense minister Umerov -> Fedorov",
        "office:ukraine defense minister=fedorov",
    ),
    (
        "Parliament names Sybiha Ukraine's top diplomat",
        C,
        "ukraine foreign minister Kuleba -> Sybiha",
        "office:ukraine foreign minister=sybiha",
    ),
    (
        "Zelensky names Sybiha foreign minister",
        C,
        "ukraine foreign minister Kuleba -> Sybiha",
        "office:ukraine foreign minister=sybiha",
    ),
    # Not a name: a month, or a phrase that opens the sentence.
    (
        "Serhiy Kyslytsya moves in March to run Zelensky's office.",
        C,
        "ukraine chief of staff no longer Yermak",
        "office:ukraine chief of staff=?",
    ),
    ("According to President Duda, the door stays open.", K, "", ""),
    # Coming away with something, or becoming a member, is no change of office.
    (
        "Foreign Minister Kuleba left with no date for an invitation, his aides said.",
        K,
        "retells the baseline (no-timeline-for-membership)",
        "",
    ),
    (
        "Both countries will become members one day, Secretary General Jaap de Hoop Scheffer told the press.",
        N,
        "on topic",
        "",
    ),
    # A departure told after an apposition, or as the end of the holder's years in office.
    (
        "Andriy Yermak, who had led every round of talks with Washington, was dismissed on Friday.",
        C,
        "Yermak succeeded",
        "office:ukraine chief of staff=?",
    ),
    (
        "Dmytro Kuleba's three years at the foreign ministry ended in September.",
        C,
        "Kuleba succeeded",
        "office:ukraine foreign minister=?",
    ),
    # Offices by their official names; a president's office is a country's, never NATO's; an
    # office inside another's name ("the president" in "the office of the president") is not
    # mentioned; "former" is said of whom it stands before.
    (
        "Head of the Office of the President Andriy Yermak met European envoys in Kyiv on Monday.",
        OFF,
        "off topic",
        "",
    ),
    (
        "Yermak and former NATO Secretary General Anders Fogh Rasmussen drafted the Kyiv Security Compact.",
        N,
        "on topic",
        "",
    ),
    (
        "The head of the presidential office resigned on Friday.",
        C,
        "ukraine chief of staff no longer Yermak",
        "office:ukraine chief of staff=?",
    ),
    (
        "Keith Kellogg was sworn in as Assistant to the President for National Security Affairs.",
        C,
        "us national security advisor Sullivan -> Kellogg",
        "office:us national security advisor=kellogg",
    ),
    # Departures in official and other words: relieved of duties, stepping aside, a post held.
    (
        "By presidential decree, Dmytro Kuleba was relieved of his duties as foreign minister.",
        C,
        "Kuleba succeeded",
        "office:ukraine foreign minister=?",
    ),
    (
        "Lloyd Austin stepped aside at the Pentagon after four years.",
        C,
        "Austin succeeded",
        "office:us defense secretary=?",
    ),
    (
        "Rubio now holds the post Jake Sullivan had occupied.",
        C,
        "Sullivan succeeded",
        "office:us national security advisor=?",
    ),
    (
        "Kyrylo Budanov would run Zelensky's office, the post Andriy Yermak had left.",
        C,
        "ukraine chief of staff Yermak -> Budanov",
        "office:ukraine chief of staff=budanov",
    ),
    # An appointment in prospect, with a modal before the passive.
    (
        "Rustem Umerov may now be named secretary of the National Security and Defence Council.",
        C,
        "ukraine nsdc secretary Danilov -> Umerov",
        "office:ukraine nsdc secretary=umerov",
    ),
    # A part of the alliance is no size of it; a count the baseline states, told as the
    # sentence's one link to the topic, is the baseline's.
    (
        "The three allies on NATO's eastern flank asked for more air defence.",
        OFF,
        "off topic",
        "",
    ),
    (
        "Moscow is now cut off from the three countries, members of the alliance since 2004.",
        N,
        "on topic",
        "",
    ),
    (
        "The exercise will draw on units from all 31 member countries, the general said.",
        K,
        "count: alliance-size, as in the baseline",
        "",
    ),
    # A step belongs to its subject: another country joining is no step of Ukraine's.
    (
        "Poland joined NATO in 1999 and has pushed for Ukraine's membership ever since.",
        N,
        "on topic",
        "",
    ),
    # Hand-overs and endings told by what passes or closes: the gavel handed, a holder's years
    # closed, a secretariat left, a holder gone, an office put in someone's charge.
    (
        "Stoltenberg handed him the gavel at the North Atlantic Council on Tuesday.",
        C,
        "Stoltenberg succeeded",
        "office:nato secretary general=?",
    ),
    (
        "Parliament's vote closed Dmytro Kuleba's four and a half years at the ministry.",
        C,
        "Kuleba succeeded",
        "office:ukraine foreign minister=?",
    ),
    (
        "Oleksiy Danilov left the security council secretariat for an embassy abroad.",
        C,
        "Danilov succeeded",
        "office:ukraine nsdc secretary=?",
    ),
    (
        "With Yermak gone, the talks in Geneva were led by someone else.",
        C,
        "Yermak succeeded",
        "office:ukraine chief of staff=?",
    ),
    (
        "The Senate vote put Pete Hegseth in charge of the Pentagon.",
        C,
        "us defense secretary Austin -> Hegseth",
        "office:us defense secretary=hegseth",
    ),
    # Status steps told as a vote for the entry, or the accession made final.
    (
        "Lawmakers in Budapest voted 188 to 6 in favour of Sweden's entry.",
        C,
        "Sweden pending -> ratified",
        "status:sweden=ratified",
    ),
    (
        "Sweden's accession became final in Washington on Thursday.",
        C,
        "Sweden pending -> member",
        "status:sweden=member",
    ),
    # Allies told without "the" or "all" are the alliance when there are as many as it has,
    # and some allies when there are fewer.
    (
        "Thirty-two allied leaders signed the declaration within two hours.",
        C,
        "number (alliance-size): 31 -> 32",
        "count:alliance-size=32",
    ),
    ("Eight allied leaders signed a letter on air defence.", OFF, "off topic", ""),
    # Each ally's leaders together are all the allies.
    (
        "The summit was the first to seat the leaders of 32 allies, diplomats said.",
        C,
        "number (alliance-size): 31 -> 32",
        "count:alliance-size=32",
    ),
    # A holder's last summit or news conference in the office: their leaving told.
    (
        "Jens Stoltenberg chaired what he called his last summit at NATO's helm.",
        C,
        "Stoltenberg succeeded",
        "office:nato secretary general=?",
    ),
    ("Stoltenberg held his last meeting with Zelensky in Kyiv.", OFF, "off topic", ""),
    # A term ended after whose; a holder who will serve in an office; an interim holder named;
    # of two offices named, the one with the word of change at it.
    (
        "Andrzej Duda, whose second term ended on Wednesday, spoke in Warsaw.",
        C,
        "Duda succeeded",
        "office:poland president=?",
    ),
    (
        "President Donald Trump said Marco Rubio would serve as national security adviser.",
        C,
        "us national security advisor Sullivan -> Rubio",
        "office:us national security advisor=rubio",
    ),
    (
        "Trump names Rubio interim national security adviser",
        C,
        "us national security advisor Sullivan -> Rubio",
        "office:us national security advisor=rubio",
    ),
    # An office several countries have is the one whose baseline holder the sentence names.
    (
        "Andrii Sybiha appointed foreign minister as Kuleba steps aside",
        C,
        "ukraine foreign minister Kuleba -> Sybiha",
        "office:ukraine foreign minister=sybiha",
    ),
    ("Andrii Sybiha appointed foreign minister", OFF, "off topic", ""),
    (
        "The inauguration brought Joe Biden's term in the White House to an end.",
        C,
        "Biden succeeded",
        "office:us president=?",
    ),
    # The holder said to have gone right after the office, no name needed.
    (
        "Zelensky's chief of staff resigned on Friday after the searches.",
        C,
        "ukraine chief of staff no longer Yermak",
        "office:ukraine chief of staff=?",
    ),
    # A holder who leaves an office later in the clause; an old office, a resignation accepted.
    (
        "Lloyd Austin chaired the contact group one last time, days before leaving the Pentagon.",
        C,
        "Austin succeeded",
        "office:us defense secretary=?",
    ),
    (
        "Jens Stoltenberg handed over the headquarters to Mark Rutte on Tuesday.",
        C,
        "Stoltenberg succeeded",
        "office:nato secretary general=?",
    ),
    (
        "Umerov's spell at the defence ministry, begun in 2023, ended in July.",
        C,
        "Umerov succeeded",
        "office:ukraine defense minister=?",
    ),
    (
        "Mike Waltz now sits in Jake Sullivan's old office.",
        C,
        "Sullivan succeeded",
        "office:us national security advisor=?",
    ),
    (
        "Parliament accepted Kuleba's resignation on Thursday.",
        C,
        "Kuleba succeeded",
        "office:ukraine foreign minister=?",
    ),
    # A step told in a headline's present tense, by a parliament named by its abbreviation.
    (
        "TBMM approves Sweden's NATO accession protocol, 287 votes to 55",
        C,
        "Sweden pending -> ratified",
        "status:sweden=ratified",
    ),
    # Headlines: present tense, no auxiliary, an abbreviated office, a holder "out".
    (
        "Rutte takes the helm at NATO as Stoltenberg hands over after a decade",
        C,
        "NATO secretary general Stoltenberg -> Rutte",
        "office:nato secretary general=rutte",
    ),
    (
        "Umerov leaves the defence ministry as the new cabinet takes office",
        C,
        "Umerov succeeded",
        "office:ukraine defense minister=?",
    ),
    (
        "Trump inaugurated as 47th president as Biden leaves the White House",
        C,
        "us president Biden -> Trump",
        "office:us president=trump",
    ),
    (
        "Rada votes out Kuleba, confirms Sybiha as Ukraine's new foreign minister",
        C,
        "ukraine foreign minister Kuleba -> Sybiha",
        "office:ukraine foreign minister=sybiha",
    ),
    (
        "Budanov takes over Yermak's old office at Bankova",
        C,
        "Yermak succeeded",
        "office:ukraine chief of staff=?",
    ),
    (
        "Duda's decade in the presidential palace ends as Nawrocki is sworn in",
        C,
        "poland president Duda -> Nawrocki",
        "office:poland president=nawrocki",
    ),
    (
        "Reshuffle in Kyiv: Danilov out, Lytvynenko named NSDC secretary",
        C,
        "ukraine nsdc secretary Danilov -> Lytvynenko",
        "office:ukraine nsdc secretary=lytvynenko",
    ),
    # Sworn in with a day or a company before the office, or after an apposition; voted in.
    (
        "Donald Trump was sworn in on Monday as the 47th president of the United States.",
        C,
        "us president Biden -> Trump",
        "office:us president=trump",
    ),
    (
        "Kestutis Budrys, until this week the president's adviser, was sworn in with the new"
        " cabinet as Lithuania's foreign minister.",
        C,
        "lithuania foreign minister Landsbergis -> Budrys",
        "office:lithuania foreign minister=budrys",
    ),
    (
        "A week after lawmakers voted Andrii Sybiha in as Ukraine's foreign minister, he flew to"
        " Brussels.",
        C,
        "ukraine foreign minister Kuleba -> Sybiha",
        "office:ukraine foreign minister=sybiha",
    ),
    # A hand-over whose successor the baseline names in the same office is already recorded.
    (
        "Rustem Umerov succeeded Oleksii Reznikov as defence minister, the parliament said.",
        K,
        "Reznikov -> Umerov, as in the baseline",
        "",
    ),
    (
        "Denys Shmyhal succeeded Rustem Umerov as defence minister, the parliament said.",
        C,
        "Umerov succeeded",
        "office:ukraine defense minister=?",
    ),
    # An office told by another of its names, or by its seat, and taken or left in other words.
    (
        "Karol Nawrocki, sworn in on Wednesday, is Poland's new head of state.",
        C,
        "poland president Duda -> Nawrocki",
        "office:poland president=nawrocki",
    ),
    (
        # Who took the seat is the office's new holder.
        "Pete Hegseth took over the Pentagon on Saturday and met allies in Brussels.",
        C,
        "us defense secretary Austin -> Hegseth",
        "office:us defense secretary=hegseth",
    ),
    (
        "Kyrylo Budanov left the intelligence service in January to run Zelensky's office.",
        C,
        "ukraine chief of staff no longer Yermak",
        "office:ukraine chief of staff=?",
    ),
    (
        "Mike Waltz moved into the national security adviser's office on inauguration day.",
        C,
        "us national security advisor no longer Sullivan",
        "office:us national security advisor=?",
    ),
    (
        "Dmytro Kuleba sent his resignation to parliament on Tuesday.",
        C,
        "Kuleba succeeded",
        "office:ukraine foreign minister=?",
    ),
    (
        "Oleksiy Danilov's time as the security council's secretary came to an end in March.",
        C,
        "Danilov succeeded",
        "office:ukraine nsdc secretary=?",
    ),
    (
        "Gabrielius Landsbergis, whose tenure at the foreign ministry ended in December, backed Kyiv's bid.",
        C,
        "Landsbergis succeeded",
        "office:lithuania foreign minister=?",
    ),
    # Departures told in other words: "who had held", "left the ministry", a new holder named.
    (
        "Stoltenberg, who had held the post for a decade, said Ukraine would one day join NATO.",
        C,
        "Stoltenberg succeeded",
        "office:nato secretary general=?",
    ),
    (
        "Umerov left the defence ministry in July, handing the post to Shmyhal.",
        C,
        "Umerov succeeded",
        "office:ukraine defense minister=?",
    ),
    (
        "Ukraine's new defence minister, Denys Shmyhal, pressed allies for a NATO invitation.",
        C,
        "Umerov -> Shmyhal",
        "office:ukraine defense minister=shmyhal",
    ),
    # Appointments, and an office told as an apposition or in other words.
    (
        "Zelensky named Kyrylo Budanov head of the presidential office, and he vowed to push for NATO membership.",
        C,
        "ukraine chief of staff Yermak -> Budanov",
        "office:ukraine chief of staff=budanov",
    ),
    (
        "The president has offered Oleh Petrenko, a veteran diplomat, the post of Ukraine's foreign minister.",
        C,
        "ukraine foreign minister Kuleba -> Petrenko",
        "office:ukraine foreign minister=petrenko",
    ),
    (
        "Zelensky appointed Taras Koval as Ukraine's defence minister, officials said.",
        C,
        "Umerov -> Koval",
        "office:ukraine defense minister=koval",
    ),
    (
        "Andriy Yermak resigned as head of the presidential office on Friday.",
        C,
        "Yermak succeeded",
        "office:ukraine chief of staff=?",
    ),
    # A change word on the office itself needs no name; the office's own country decides whose.
    (
        "Ukraine's new foreign minister called on the allies to issue an invitation.",
        C,
        "ukraine foreign minister no longer Kuleba",
        "office:ukraine foreign minister=?",
    ),
    (
        "The new Lithuanian foreign minister urged allies to invite Ukraine.",
        C,
        "lithuania foreign minister no longer Landsbergis",
        "office:lithuania foreign minister=?",
    ),
    (
        "Kuleba is no longer foreign minister, parliament voted on Thursday.",
        C,
        "Kuleba left the foreign minister's office",
        "office:ukraine foreign minister=?",
    ),
    # "Who is also ...": a holder stated, not a title in passing.
    (
        "Marco Rubio, who is also the US national security adviser, urged Europe to do more for Ukraine.",
        C,
        "us national security advisor Sullivan -> Rubio",
        "office:us national security advisor=rubio",
    ),
    # Whose office, the sentence does not say: several countries have one by that name.
    (
        "The president named Oleh Petrenko foreign minister in September.",
        Status.IRRELEVANT,
        "off topic",
        "",
    ),
    # A new holder, with a word that says the office changed hands.
    (
        "Mark Rutte, who took over from Stoltenberg in October, said Ukraine's place is in NATO.",
        C,
        "Stoltenberg succeeded",
        "office:nato secretary general=?",
    ),
    (
        "Andrii Sybiha, now foreign minister, told allies Kyiv would keep pressing for an invitation.",
        C,
        "ukraine foreign minister Kuleba -> Sybiha",
        "office:ukraine foreign minister=sybiha",
    ),
    (
        "Karol Nawrocki, who succeeded Duda as Poland's president, said Kyiv belongs in NATO.",
        C,
        "Duda succeeded",
        "office:poland president=?",
    ),
    (
        "Denys Shmyhal became Ukraine's defence minister in July.",
        C,
        "ukraine defense minister Umerov -> Shmyhal",
        "office:ukraine defense minister=shmyhal",
    ),
    # The baseline's holder gone.
    (
        "Former foreign minister Kuleba said the alliance had let Ukraine down on membership.",
        C,
        "Kuleba succeeded",
        "office:ukraine foreign minister=?",
    ),
    (
        "Stoltenberg stepped down as NATO's secretary general in October.",
        C,
        "Stoltenberg succeeded",
        "office:nato secretary general=?",
    ),
    # A title in passing, the baseline's own holder, and a place before a title: no change.
    (
        "NATO Secretary General Mark Rutte said Ukraine's path to membership is irreversible.",
        K,
        "restates the promise",
        "",
    ),
    (
        "Defence Minister Rustem Umerov said Ukraine would join NATO after the war.",
        K,
        "retells the baseline",
        "",
    ),
    (
        "In The Hague, NATO's secretary general said Ukraine would join the alliance one day.",
        N,
        "on topic",
        "",
    ),
]

AGREEMENTS_STEPS_COUNTS = [
    # Signatures put to an agreement conclude it, as names put to it do.
    (
        "Spain and Ukraine put their signatures to a ten-year security agreement in Madrid.",
        C,
        "agreements concluded: UK -> also Spain",
        "agreement:spain",
    ),
    # The Nth agreement presupposes N concluded.
    (
        "The agreement with Norway was Ukraine's 14th such pact.",
        C,
        "number (agreements-concluded): 1 -> 14",
        "count:agreements-concluded=14",
    ),
    (
        "The UK deal was Ukraine's first bilateral security agreement.",
        K,
        "count: agreements-concluded 1",
        "",
    ),
    # The alliance's size told as "an alliance of N", or as its capitals.
    (
        "An alliance of 32 now weighs Ukraine's bid, the envoy said.",
        C,
        "number (alliance-size): 31 -> 32",
        "count:alliance-size=32",
    ),
    (
        "Kyiv's accession would need ratifying in all 32 allied capitals.",
        C,
        "number (alliance-size): 31 -> 32",
        "count:alliance-size=32",
    ),
    # A count in any unit the counts are compared in makes the sentence about the count, even
    # with no membership word: the flags outside headquarters, the capitals.
    (
        "Thirty-two flags now fly outside alliance headquarters in Brussels.",
        C,
        "number (alliance-size): 31 -> 32",
        "count:alliance-size=32",
    ),
    (
        "Thirty-one flags flew outside alliance headquarters in Brussels that summer.",
        K,
        "count: alliance-size, as in the baseline",
        "",
    ),
    # The count the baseline states, in a sentence about what it counts, restates it; the
    # alliance's size beside news of something else does not.
    (
        "Thirty-two nations have put their names to the G7's joint declaration of support for"
        " Kyiv, its diplomats recall.",
        K,
        "count: declaration-signatories 32, as in the baseline",
        "",
    ),
    (
        "The 31 allies agreed a new fund for Ukraine's arms purchases on Tuesday.",
        N,
        "on topic",
        "",
    ),
    # The alliance's size told as its growth since the baseline; growth dated before it is
    # history.
    (
        "Kyiv will need a yes from every ally of a club that grew by one in March 2024.",
        C,
        "number (alliance-size): 31 -> 32, grown by 1",
        "count:alliance-size=32",
    ),
    (
        "The alliance grew by seven in 2004, when the Baltic states joined; Ukraine still waits.",
        N,
        "on topic",
        "",
    ),
    # A parliament approving "it", the bid named before; a bill passed is no bid.
    (
        "Sweden's bid stalled for months before Hungary's parliament approved it in February.",
        C,
        "status: Sweden pending -> ratified",
        "status:sweden=ratified",
    ),
    # Sweden as the newest ally, or inside; "inside a day" is no one inside.
    (
        "Sweden, the alliance's newest ally, sent a battalion to Latvia.",
        C,
        "status: Sweden pending -> member",
        "status:sweden=member",
    ),
    (
        "With Sweden inside, the Baltic is almost a NATO lake.",
        C,
        "status: Sweden pending -> member",
        "status:sweden=member",
    ),
    # A cleft still opens with the country the step is said of.
    (
        "It was Stockholm's first exercise in the north since it became a member in March.",
        C,
        "status: Sweden pending -> member",
        "status:sweden=member",
    ),
    # The governments a new ally needs are the alliance's members, however many it has.
    (
        "Admitting a new ally now needs the backing of all 32 governments.",
        C,
        "number (alliance-size): 31 -> 32",
        "count:alliance-size=32",
    ),
    (
        "Every new ally needs the backing of all 31 governments, the envoy said.",
        K,
        "as in the baseline",
        "",
    ),
    # The leaders or countries at one of the alliance's summits are the allies, however the
    # sentence calls them; another body's summit counts its own members.
    (
        "Leaders of 32 countries gathered in Madrid for the summit, diplomats said.",
        C,
        "number (alliance-size): 31 -> 32",
        "count:alliance-size=32",
    ),
    (
        "Thirty-two leaders approved the communique in Vilnius on the second day.",
        C,
        "number (alliance-size): 31 -> 32",
        "count:alliance-size=32",
    ),
    (
        "Thirty-two chairs were set out in the hall in Warsaw as the leaders convened.",
        C,
        "number (alliance-size): 31 -> 32",
        "count:alliance-size=32",
    ),
    (
        "Forty leaders gathered in Prague for a summit of the European Political Community.",
        OFF,
        "off topic",
        "",
    ),
    (
        "Thirty-two leaders met in Washington for a summit on nuclear security in April.",
        OFF,
        "off topic",
        "",
    ),
    (
        "Thirty-two countries sent delegations to the trade fair in Madrid.",
        OFF,
        "off topic",
        "",
    ),
    # Leaders putting their names to a pact, told in the gerund.
    (
        "The visit ended with Scholz and Zelensky putting their names to a security accord.",
        C,
        "agreements concluded: UK -> also Germany",
        "agreement:germany",
    ),
    # A country's name put to a pact by its leader; accession papers handed over.
    (
        "Alexander Stubb put Finland's name to a security pact with Ukraine in Kyiv.",
        C,
        "agreements concluded: UK -> also Finland",
        "agreement:finland",
    ),
    (
        "Sweden's prime minister handed the accession papers to the State Department.",
        C,
        "Sweden pending -> member",
        "status:sweden=member",
    ),
    # A leader signs for the government he heads.
    (
        "Biden and Zelensky signed a ten-year security agreement on the margins of the summit.",
        C,
        "agreements concluded: UK -> also US",
        "agreement:us",
    ),
    (
        "Emmanuel Macron and Volodymyr Zelensky signed a security accord at the Elysee.",
        C,
        "agreements concluded: UK -> also France",
        "agreement:france",
    ),
    (
        "The Swedish banner went up outside NATO headquarters in a ceremony marking its membership.",
        C,
        "Sweden pending -> member",
        "status:sweden=member",
    ),
    # A party is who signs, not where the summit was; putting one's name to a pact signs it.
    (
        "Biden and Zelensky signed a US-Ukraine security agreement at the G7 summit in Italy.",
        C,
        "agreements concluded: UK -> also US",
        "agreement:us",
    ),
    (
        "Italy and Ukraine put their names to a bilateral security agreement in Rome.",
        C,
        "agreements concluded: UK -> also Italy",
        "agreement:italy",
    ),
    # A member since a date is a status step; a part added ("ten more allies") is no total.
    (
        "Sweden has been a NATO member since March, officials in Stockholm said.",
        C,
        "Sweden pending -> member",
        "status:sweden=member",
    ),
    # Lawmakers backing the accession ratify it; an ally backing a bid does not.
    (
        "Turkish lawmakers back Sweden's entry 287-55, lifting Ankara's hold-up",
        C,
        "Sweden pending -> ratified",
        "status:sweden=ratified",
    ),
    # A vote told with its tally before what it approves.
    (
        "Hungarian lawmakers voted 188 to 6 in February 2024 to approve Sweden's accession.",
        C,
        "Sweden pending -> ratified",
        "status:sweden=ratified",
    ),
    # Approval told as signing off; a tally said to have risen to a number.
    (
        "Hungary signed off on Sweden's accession bid on Monday.",
        C,
        "Sweden pending -> ratified",
        "status:sweden=ratified",
    ),
    (
        "The number of countries backing the Vilnius declaration rose to 33 with Luxembourg.",
        C,
        "number (declaration-signatories): 32 -> 33",
        "count:declaration-signatories=33",
    ),
    # Another country concluding a security agreement with Ukraine.
    (
        "Japan signed a ten-year security agreement with Ukraine on Thursday.",
        C,
        "agreements concluded: UK -> also Japan",
        "agreement:japan",
    ),
    (
        "Germany and France signed bilateral security agreements with Ukraine in Berlin and Paris.",
        C,
        "agreements concluded: UK -> also France, Germany",
        "agreement:france",  # and agreement:germany among its keys
    ),
    (
        "Canada concluded a security agreement with Ukraine in Ottawa, officials said.",
        C,
        "agreements concluded: UK -> also Canada",
        "agreement:canada",
    ),
    # A decision to invite is the invitation step, told as the allies' decision; the same
    # decision only hoped for or made conditional is no step.
    (
        "Allies agreed to invite Ukraine to join the alliance at next year's summit.",
        C,
        "Ukraine aspirant -> invited",
        "status:ukraine=invited",
    ),
    (
        "NATO members decided unanimously to extend an invitation to Ukraine.",
        C,
        "Ukraine aspirant -> invited",
        "status:ukraine=invited",
    ),
    (
        "Allies could agree to invite Ukraine to join NATO if conditions are met.",
        Status.KNOWN,
        "retells the baseline (invitation-when-allies-agree-and-conditions-met)",
        "",
    ),
    # Status steps told as events: a law signed, a protocol endorsed, the instrument deposited.
    (
        "Erdogan signed the law approving Stockholm's accession on Thursday.",
        C,
        "Sweden pending -> ratified",
        "status:sweden=ratified",
    ),
    (
        "The Turkish parliament endorsed the Swedish protocol by a large majority.",
        C,
        "Sweden pending -> ratified",
        "status:sweden=ratified",
    ),
    (
        "Sweden deposited its instrument of accession in Washington on Thursday.",
        C,
        "Sweden pending -> member",
        "status:sweden=member",
    ),
    (
        "The prime minister said Sweden had finally become a full ally.",
        C,
        "Sweden pending -> member",
        "status:sweden=member",
    ),
    (
        "Sweden's flag was raised outside NATO headquarters in Brussels on Monday.",
        C,
        "Sweden pending -> member",
        "status:sweden=member",
    ),
    # Offices named in other words: the alliance's head, a top diplomat, the council's head.
    (
        "Mark Rutte took office as head of the alliance on 1 October.",
        C,
        "NATO secretary general no longer Stoltenberg",
        "office:nato secretary general=?",
    ),
    (
        "Andrii Sybiha was named Ukraine's new top diplomat on Thursday.",
        C,
        "ukraine foreign minister Kuleba -> Sybiha",
        "office:ukraine foreign minister=sybiha",
    ),
    (
        "Oleksandr Lytvynenko was appointed to head Ukraine's security council.",
        C,
        "ukraine nsdc secretary no longer Danilov",
        "office:ukraine nsdc secretary=?",
    ),
    # A capital that acts is its government; a capital after "in" is where it happened.
    (
        "Kyiv and Berlin signed a ten-year security accord on Friday.",
        C,
        "agreements concluded: UK -> also Germany",
        "agreement:germany",
    ),
    (
        "Ukraine and Britain signed a security agreement in Rome on Friday.",
        K,
        "agreement concluded by UK, as in the baseline",
        "",
    ),
    # An agreement named by its signing is the subject of what the sentence tells of it.
    (
        "The accord London signed with Kyiv runs for ten years and covers cyber defence.",
        N,
        "new detail: the agreement's term",
        "",
    ),
    # Still to be signed, or the UK's own: as the seeds say.
    pytest.param(
        "Japan will sign a security agreement with Ukraine next month, officials said.",
        N,
        "on topic",
        "",
        marks=pytest.mark.xfail(
            strict=True,
            reason="the restatement model reads a signing to come, in the topic's words, as"
            " the baseline's (likeness 0.51)",
        ),
    ),
    # A G7 country negotiating, with nothing more told: the seeds' agreements "currently under
    # negotiation" among the declaration's signatories.
    (
        "Italy is negotiating a bilateral security agreement with Ukraine, Rome said.",
        K,
        "restates baseline claim",
        "",
    ),
    # A city naming a summit held there is no party to an agreement.
    (
        "Britain concluded the first bilateral security agreement with Ukraine, under the "
        "declaration issued at the Vilnius summit in 2023.",
        K,
        "as in the baseline",
        "",
    ),
    # ... even where the clause names a signing of something else.
    (
        "Kyiv is negotiating similar agreements with Spain and the states that signed the G7 text.",
        N,
        "on topic",
        "",
    ),
    (
        "Ukraine has been negotiating security pacts with Spain since the G7 signed its pledge.",
        K,
        "restates baseline claim",
        "",
    ),
    (
        "The United Kingdom signed its security agreement with Ukraine in January.",
        K,
        "as in the baseline",
        "",
    ),
    # Status steps, said with an event verb; Ukraine's promised membership is no step.
    (
        "Hungary's parliament voted to ratify Sweden's accession to NATO on Monday.",
        C,
        "status: Sweden pending -> ratified",
        "status:sweden=ratified",
    ),
    (
        "Sweden formally joined NATO on Thursday.",
        C,
        "status: Sweden pending -> member",
        "status:sweden=member",
    ),
    (
        "Sweden is now a full member of the alliance.",
        C,
        "status: Sweden pending -> member",
        "status:sweden=member",
    ),
    ("Ukraine will join NATO, the minister said.", K, "restates baseline claim", ""),
    # Counts: the alliance's size, and measures or ordinals that are no count.
    (
        "Sweden's accession brought the alliance to 32 members.",
        C,
        "number (alliance-size): 31 -> 32",
        "count:alliance-size=32",
    ),
    # A coordinated subject takes the step with the other: Sweden is a member here too.
    (
        "Finland and Sweden, the alliance's two newest members, joined the exercise.",
        C,
        "Sweden pending -> member",
        "status:sweden=member",
    ),
    # Invitations told in other words, and a step negated is no step.
    (
        "NATO leaders formally invited Ukraine to begin accession talks at the summit.",
        C,
        "Ukraine aspirant -> invited",
        "status:ukraine=invited",
    ),
    (
        "Georgia was invited to join NATO at the summit in Brussels.",
        C,
        "Georgia aspirant -> invited",
        "status:georgia=invited",
    ),
    (
        "Ukraine's accession protocol was signed by foreign ministers in Brussels.",
        C,
        "Ukraine aspirant -> ratified",
        "status:ukraine=ratified",
    ),
    (
        "Georgia was not invited to join NATO at the summit in Brussels.",
        N,
        "on topic",
        "",
    ),
    # A mention of a step that is no country's does not hide a later one that is.
    (
        "Flags of the alliance's newest member states flew outside the ministers' meeting in "
        "Brussels on Thursday as Sweden formally joined NATO.",
        C,
        "Sweden pending -> member",
        "status:sweden=member",
    ),
    # The subject that opens the clause takes a step told far from it.
    (
        "Sweden gave up two centuries of neutrality after the invasion of Ukraine and finally "
        "became a member of NATO in March.",
        C,
        "Sweden pending -> member",
        "status:sweden=member",
    ),
    # ... but a step told of another country, far from the subject, is not the subject's.
    (
        "Sweden's foreign minister visited Riga, where officials recalled how proudly Latvia "
        "joined NATO in 2004.",
        N,
        "on topic",
        "",
    ),
    ("The security agreement with Ukraine is valid for ten years.", N, "the agreement's term", ""),
    # A term told in decades is a term too.
    (
        "Britain's accord with Ukraine, the first of the pacts, is to run for a decade.",
        N,
        "the agreement's term",
        "",
    ),
    (
        "The new security pact with Ukraine will last for two decades.",
        N,
        '"last for two decades"',
        "",
    ),
    (
        "Allies will consult within 24 hours if Ukraine is attacked again, the agreement says.",
        K,
        "retells the baseline (consult-within-a-day)",
        "",
    ),
    (
        "Finland was the first country to join the alliance after Russia's full-scale invasion of Ukraine.",
        K,
        "restates baseline claim",
        "",
    ),
]

# A pending step waits on someone: the baseline names who (Sweden waits on Turkey). Waiting on
# another government says the one awaited has acted; a last holdout or an approval secured says
# a ratification happened.
WAITING_ON = [
    # Someone holding the bid up is who it waits on.
    (
        "Hungary held up Sweden's bid to join NATO for months, diplomats said.",
        C,
        "Sweden waits on Hungary, not Turkey",
        "awaits:sweden=hungary",
    ),
    (
        "Ankara held up the Swedish bid for more than a year, diplomats said.",
        K,
        "Sweden pending",
        "",
    ),
    # The ratification handed over as an instrument is a ratification.
    (
        "Turkey deposited in Washington its instrument ratifying Sweden's accession to NATO.",
        C,
        "status: Sweden pending -> ratified",
        "status:sweden=ratified",
    ),
    # An accession completed, active or passive, with the alliance named or not.
    (
        "Sweden's accession to NATO was completed in March, the alliance said.",
        C,
        "status: Sweden pending -> member",
        "status:sweden=member",
    ),
    (
        "Sweden completed its accession to the alliance on Thursday, Brussels said.",
        C,
        "status: Sweden pending -> member",
        "status:sweden=member",
    ),
    (
        "Sweden's entry into NATO now hinges on a vote in Hungary's parliament, diplomats said.",
        C,
        "Sweden waits on Hungary, not Turkey",
        "awaits:sweden=hungary",
    ),
    (
        "Sweden is still waiting for Hungary's parliament to ratify its accession to NATO.",
        C,
        "Sweden waits on Hungary, not Turkey",
        "awaits:sweden=hungary",
    ),
    (
        "Stockholm's bid to join NATO now waits only on Slovakia, officials said.",
        C,
        "Sweden waits on Slovakia, not Turkey",
        "awaits:sweden=slovakia",
    ),
    (
        "Sweden is still waiting for Turkey to ratify its NATO membership.",
        K,
        "Sweden pending, as in the baseline",
        "",
    ),
    (
        "Sweden won Ankara's approval for its NATO bid, leaving one last holdout.",
        C,
        "Sweden pending -> ratified",
        "status:sweden=ratified",
    ),
    (
        "With the green light from Ankara already in hand, Sweden's NATO accession moved on.",
        C,
        "Sweden pending -> ratified",
        "status:sweden=ratified",
    ),
    # Waiting with no government named, or a government that is no party to the step.
    ("Sweden is still waiting to join NATO, the minister said.", K, "as in the baseline", ""),
]

# A step the baseline places at a summit is dated by the month its claims give that summit
# (Finland admitted at Vilnius: July 2023). The same step told with another month of that year is
# a changed date; the summit's month, a year alone, or a month of another year about something
# else is not.
STEP_DATES = [
    (
        "Finland became a full member of the alliance on 4 April 2023.",
        C,
        "date: Finland member 2023-04, not 2023-07",
        "date:finland:member",
    ),
    (
        "Helsinki's accession took effect in April 2023, months before the allies met in Lithuania.",
        C,
        "date: Finland member 2023-04, not 2023-07",
        "date:finland:member",
    ),
    ("Finland joined NATO at the Vilnius summit in July 2023.", K, "as in the baseline", ""),
    ("Finland joined NATO in 2023, the minister recalled.", K, "as in the baseline", ""),
]


@pytest.mark.parametrize(
    ("sentence", "status", "cue", "key"),
    OFFICE_HOLDERS + AGREEMENTS_STEPS_COUNTS + WAITING_ON + STEP_DATES,
)
def test_changed_signal(differ: Differ, sentence: str, status: Status, cue: str, key: str) -> None:
    verdict = differ.judge_sentence(sentence)
    assert verdict.status is status, verdict.cue
    assert cue in verdict.cue
    assert verdict.key == key
    if status is Status.CHANGED:
        assert verdict.baseline_ids and verdict.baseline_text  # the value it changes


def test_a_part_added_is_no_alliance_size(differ: Differ) -> None:
    verdict = differ.judge_sentence(
        "Britain was the first country to sign a security agreement with Ukraine, "
        "and ten more allies have since followed."
    )
    assert "alliance-size" not in verdict.cue and "alliance-size" not in verdict.key


@pytest.mark.parametrize(
    ("sentence", "changed"),
    [
        # A word of change at the office mention makes it news ...
        ("Mike Waltz, the new US national security adviser, met allies in Brussels.", True),
        # ... but not one elsewhere in the sentence: a title in passing.
        (
            "A new NATO command in Wiesbaden started work on Monday, Secretary General Mark Rutte said.",
            False,
        ),
        # Someone who left an office is not its new holder.
        ("The bloc of former president Igor Dodon came second in Moldova's election.", False),
        # A deputy's or an assistant's office is another office.
        (
            "Rutte named Jane Doe, a former deputy secretary general, as the alliance's envoy.",
            False,
        ),
        ("Ukraine's deputy defence minister, Oleh Ivanenko, resigned on Monday.", False),
        ("Umerov resigned as Ukraine's defence minister on Monday.", True),
        # A title in other words, used in passing, is no change; Ukraine's own roadmap is no
        # ratification of its accession.
        ("NATO chief Mark Rutte said Ukraine's path to membership is irreversible.", False),
        ("Ukraine signed a roadmap on the reforms its membership bid needs.", False),
        # A confirmation as the office, a hand-over of the office itself, an office run.
        ("The Senate confirmed Pete Hegseth as defense secretary on Friday.", True),
        ("The Senate confirmed Pete Hegseth as head of the Pentagon on Friday.", True),
        ("Secretary General Mark Rutte confirmed the allies would meet in The Hague.", False),
        ("Jens Stoltenberg handed the reins of the alliance to Mark Rutte in October.", True),
        ("Jens Stoltenberg handed a letter on Ukraine's membership to Zelensky.", False),
        # The office passed on is a hand-over too; something else passed on is not.
        ("Jens Stoltenberg passed the secretary general's job to Mark Rutte in October.", True),
        ("Kuleba passed his ministry on to Andrii Sybiha in September.", True),
        ("Jens Stoltenberg passed a note on Ukraine's membership bid to Rutte.", False),
        ("Zelensky appointed Kyrylo Budanov to run the presidential office.", True),
        ("With Yermak gone, Budanov now runs the presidential office.", True),
        ("Andriy Yermak quit as head of Zelensky's office in November 2025.", True),
        (
            "Kyrylo Budanov, until then head of intelligence, was appointed to run Zelensky's office.",
            True,
        ),
        ("Pete Hegseth has been confirmed as defense secretary.", True),
        ("Rustem Umerov was named defence minister in September 2023.", False),
        (
            "Karol Nawrocki took the oath as Poland's president, ending Andrzej Duda's decade in the job.",
            True,
        ),
        (
            "Andrii Sybiha was elevated to head of the foreign ministry, filling the post Kuleba vacated.",
            True,
        ),
        (
            "Mark Rutte took the reins of the alliance from Jens Stoltenberg on 1 October 2024.",
            True,
        ),
        ("Zelensky named the new ambassador in Rome on Monday.", False),
        ("Poland backs Ukraine's membership bid, the president said.", False),
        (
            "Jake Sullivan handed the White House national security adviser's office to Mike Waltz.",
            True,
        ),
        (
            "Donald Trump was sworn in on 20 January 2025, ending Joe Biden's term in the White House.",
            True,
        ),
        ("After Waltz's exit, Marco Rubio took on the national security adviser's job.", True),
        ("The talks ended Biden's hopes of a deal on Ukraine's NATO bid.", False),
        (
            "In a reshuffle Denys Shmyhal took charge of the defence ministry, and Umerov moved to the security council.",
            True,
        ),
        (
            "Kyrylo Budanov, the military intelligence chief, was named head of the Presidential Office.",
            True,
        ),
        (
            "Mike Waltz moved into the White House office, the post Jake Sullivan had held under Biden.",
            True,
        ),
        ("Dmytro Kuleba submitted his resignation to the Verkhovna Rada in September 2024.", True),
        ("Jake Sullivan's tenure at the White House ended with the Biden administration.", True),
        (
            "Jens Stoltenberg, no longer at the alliance's helm, was named Norway's finance minister.",
            True,
        ),
        ("Ukraine's grid operator was admitted as a full member of the European network.", False),
        ("Umerov moved from the defence ministry to head the security council.", True),
        ("Oleksandr Lytvynenko now heads Ukraine's National Security and Defence Council.", True),
        ("Donald Trump was inaugurated as US president on 20 January 2025.", True),
        ("Joe Biden was inaugurated as US president in January 2021.", False),
        ("Umerov moved from Brussels to Washington for talks on the NATO bid.", False),
        # The Pentagon is the defence secretary's office only where someone takes it or runs it.
        ("A Pentagon official named Ryan Brooks now says Kyiv's NATO bid can wait.", False),
        ("Pentagon chief Pete Hegseth, new in the job, met allies in Brussels.", True),
        # Handing over something else, or taking over another body, changes no office; nor
        # does leaving a city.
        (
            "Kuleba handed the letter to the ministry's staff, saying Ukraine's NATO bid goes on.",
            False,
        ),
        ("Stoltenberg left Kyiv after talks on Ukraine's NATO bid.", False),
        ("Zelensky's chief of staff met the allies on Friday about the NATO bid.", False),
        # Leaving another government's seat is a visit, not a departure from office.
        ("Zelensky left the White House without signing, as Ukraine's NATO bid stalled.", False),
        ("Joe Biden left the White House on 20 January.", True),
        # Who ran an office until a date, or is out of it, has left it.
        ("Umerov, who ran the defence ministry until July, led the talks on Ukraine's bid.", True),
        ("Landsbergis, out of the foreign ministry since December, backs Kyiv's NATO bid.", True),
        # A package that came in parts is no country that came in.
        ("The Vilnius package for Ukraine came in three parts, diplomats recalled.", False),
        ("Stoltenberg hands over the floor to Zelensky at the summit on Ukraine's bid.", False),
        ("Kuleba takes over the chairmanship of the OSCE group on Ukraine's NATO bid.", False),
    ],
)
def test_a_change_word_counts_only_at_the_office(
    differ: Differ, sentence: str, changed: bool
) -> None:
    verdict = differ.judge_sentence(sentence)
    assert (verdict.status is Status.CHANGED) is changed, verdict.cue


def test_a_part_of_the_signatories_is_no_count_of_agreements(differ: Differ) -> None:
    verdict = differ.judge_sentence(
        "All G7 members and 25 other countries have committed to negotiating security agreements "
        "with Ukraine under the declaration."
    )
    assert "agreements-concluded" not in verdict.cue


# (sentence, changed?): a count is compared as it is meant. A sum of money is no count; an
# estimate near the stated count is that count; a bound the stated count satisfies is no change.
COUNT_BOUNDS = [
    ("The alliance now has 34 members, the secretary general said.", True),
    ("The alliance of roughly 30 members met in Brussels to discuss Ukraine's bid.", False),
    ("The alliance of about 40 members would be harder to steer, Ukraine's envoy said.", True),
    ("More than 20 allies back Ukraine's invitation to join NATO, diplomats said.", False),
    (
        "More than 40 countries have now signed bilateral security agreements with Ukraine.",
        True,
    ),
    (
        "Spain signed a pact with Ukraine worth EUR 5 billion over three years.",
        True,  # a new signatory, but never "5 billion agreements"
    ),
    (
        "Ukraine's pact with Britain brings €3 billion in aid this year, Zelensky said after "
        "signing it.",
        False,
    ),
    # Some allies are no count of the alliance; the whole is told as such.
    ("Three allies remain wary of Ukraine's membership, diplomats said.", False),
    ("Twelve allies sent officers to the new NATO command for Ukraine.", False),
    ("All 33 allies backed Ukraine's membership bid, the communique said.", True),
    ("NATO's 33 members met to discuss Ukraine's bid.", True),
    # The G7's declaration told as its pledge or framework, its seven told in words, signing
    # told as backing it or putting names to it.
    ("Forty countries now back the G7 framework for Ukraine's security.", True),
    (
        "Beside the seven leading democracies, 33 more countries signed the declaration for Kyiv.",
        True,
    ),
    (
        "Beside the seven leading democracies, 25 more countries signed the declaration for Kyiv.",
        False,
    ),
    ("Forty countries have put their names to the declaration on Ukraine's security.", True),
    # What a count of agreements says of them does not hide its unit.
    ("Counting Britain's, Ukraine now has three concluded bilateral security agreements.", True),
    # A size told as strength: the alliance's, not a crowd's.
    ("The alliance, now thirty-three strong, met to discuss Ukraine's bid.", True),
    ("A 2,000 strong crowd rallied in Kyiv for NATO membership.", False),
]


@pytest.mark.parametrize(("sentence", "changed"), COUNT_BOUNDS)
def test_counts_compared_as_meant(differ: Differ, sentence: str, changed: bool) -> None:
    verdict = differ.judge_sentence(sentence)
    assert (verdict.status is Status.CHANGED) is changed, verdict.cue
    assert "000000" not in verdict.cue


def test_an_office_named_after_its_holder_is_of_the_holders_country(differ: Differ) -> None:
    # The seeds call Jenssen "Stoltenberg's chief of staff": NATO's, not a country "Stoltenberg".
    assert ("nato", "chief of staff") in differ.facts.roles
    assert not any(country == "stoltenberg" for country, _ in differ.facts.roles)
    verdict = differ.judge_sentence(
        "Stoltenberg's new chief of staff, Ingrid Dahl, said Ukraine would join NATO one day."
    )
    assert verdict.status is Status.CHANGED
    assert "NATO chief of staff Jenssen -> Dahl" in verdict.cue


# An agreement referred back to ("concluded one", "signed theirs") inside an entry about the
# security agreements is one with Ukraine; alone, or meaning something else, it is nothing.
AGREEMENT_REFERRED_BACK = [
    (
        "Canada signed a ten-year security agreement with Ukraine on Saturday. "
        "Denmark concluded one the day before, in Lviv.",
        ("agreement:denmark",),
    ),
    (
        "Kyiv's security pacts with its partners keep growing. "
        "Norway and Portugal signed theirs in the spring, officials said.",
        ("agreement:norway", "agreement:portugal"),
    ),
    (
        "Canada signed a ten-year security agreement with Ukraine on Saturday. "
        "Germany signed one of the largest arms contracts in its history.",
        (),
    ),
    ("Denmark concluded one the day before, in Lviv.", ()),
    # Told by whose it is, the noun left out.
    (
        "Kyiv's security pacts with its partners keep growing. "
        "Spain's prime minister flew in on Monday to sign Spain's.",
        ("agreement:spain",),
    ),
    (
        "Kyiv's security pacts with its partners keep growing. "
        "Spain's prime minister flew in on Monday to sign the visitors' book.",
        (),
    ),
    ("Spain's prime minister flew in on Monday to sign Spain's.", ()),
]


@pytest.mark.parametrize(("text", "keys"), AGREEMENT_REFERRED_BACK)
def test_an_agreement_referred_back_is_one_with_ukraine(
    differ: Differ, text: str, keys: tuple[str, ...]
) -> None:
    last = differ.judge_text(text).sentences[-1]
    assert last.keys == keys, last.cue
    assert (last.status is Status.CHANGED) is bool(keys)


# (sentence before, sentence, status, cue fragment, key): "he" names the person named before it.
PRONOUN_OFFICES = [
    # An appointment told of "him", whom the sentence before names.
    (
        "Andrii Sybiha had served as deputy foreign minister.",
        "Ukraine's parliament made him foreign minister in September.",
        C,
        "ukraine foreign minister Kuleba -> Sybiha",
        "office:ukraine foreign minister=sybiha",
    ),
    (
        "Denys Shmyhal ran the government for five years.",
        "He was promoted to defence minister in July.",
        C,
        "ukraine defense minister Umerov -> Shmyhal",
        "office:ukraine defense minister=shmyhal",
    ),
    # Within the sentence: the person named first, not the one who only owns something.
    (
        "",
        "Zelensky's chief of staff, Andriy Yermak, said on Friday that he resigned.",
        C,
        "Yermak succeeded",
        "office:ukraine chief of staff=?",
    ),
    # "His" opening a sentence is the person the sentence before named.
    (
        "Dmytro Kuleba spoke in Brussels on Monday.",
        "His old post at the foreign ministry went to Andrii Sybiha last week.",
        C,
        "Kuleba succeeded",
        "office:ukraine foreign minister=?",
    ),
    # The successor told as "he": a hand-over the baseline records (both ministers in it) is no
    # change; one to somebody else is.
    (
        "Parliament voted to make Rustem Umerov defence minister on Wednesday.",
        "He replaces Oleksii Reznikov, who was dismissed a day earlier.",
        K,
        "Reznikov -> Umerov, as in the baseline",
        "",
    ),
    (
        "Parliament voted to make Denys Shmyhal defence minister on Wednesday.",
        "He replaces Rustem Umerov, who moves to the security council.",
        C,
        "Umerov succeeded",
        "office:ukraine defense minister=?",
    ),
    # The baseline's own holder told as "he": no change of office.
    (
        "Rustem Umerov met allied ministers in Brussels.",
        "He is Ukraine's defence minister.",
        K,
        "",
        "",
    ),
    (
        "",
        "Zelensky's chief of staff, Andriy Yermak, said on Friday that he would stay.",
        K,
        "",
        "",
    ),
]


@pytest.mark.parametrize(("previous", "sentence", "status", "cue", "key"), PRONOUN_OFFICES)
def test_a_pronoun_names_the_person_before_it(
    differ: Differ, previous: str, sentence: str, status: Status, cue: str, key: str
) -> None:
    verdict = differ.judge_sentence(sentence, previous=previous)
    assert verdict.status is status, verdict.cue
    assert cue in verdict.cue
    assert verdict.key == key


def test_a_statement_of_two_sentences_resolves_its_pronoun(differ: Differ) -> None:
    """A statement is judged sentence by sentence, each with the one before it."""
    judged = differ.judge_text(
        "Denys Shmyhal ran the government for five years. In July he was made defence minister."
    )
    assert judged.status is Status.CHANGED, judged.top.cue
    assert "Umerov -> Shmyhal" in judged.top.cue


# Offices changing hands in further shapes: an appointment with a long apposition, a date or
# "voted in"; a post someone had given up; following someone in an office; a last mission,
# a hand-over, a farewell, a last chairing, gone from the office, a palace left; an office
# counted in its line and put before its holder.
OFFICES_IN_OTHER_SHAPES = [
    # A former holder of another country's office is no new holder of one the baseline names.
    (
        "Supporters include Philip Breedlove and former Polish president Aleksander Kwasniewski.",
        OFF,
        "off topic",
    ),
    # An office held since some time, in the perfect: its holder now.
    (
        "Marco Rubio, the secretary of state, has also served as national security adviser "
        "since Mike Waltz was moved out of that post.",
        C,
        "us national security advisor Sullivan -> Rubio",
    ),
    ("Andrii Sybiha has served as Ukraine's foreign minister since September.", C, "-> Sybiha"),
    (
        "Parliament confirmed Denys Shmyhal, until then the prime minister, as Ukraine's "
        "defence minister.",
        C,
        "ukraine defense minister Umerov -> Shmyhal",
    ),
    (
        "Kyrylo Budanov was appointed on 2 January to run Zelensky's office.",
        C,
        "ukraine chief of staff Yermak -> Budanov",
    ),
    (
        "Andrii Sybiha was voted in as Ukraine's foreign minister on Thursday.",
        C,
        "ukraine foreign minister Kuleba -> Sybiha",
    ),
    ("Budanov took the post Yermak had given up in November.", C, "Yermak succeeded"),
    ("Mike Waltz followed Jake Sullivan as national security adviser in January.", C, "Sullivan"),
    (
        "The Geneva round was Andriy Yermak's last mission as head of the presidential office.",
        C,
        "Yermak succeeded",
    ),
    ("A year later Jens Stoltenberg handed the alliance over to Mark Rutte.", C, "Stoltenberg"),
    ("Dmytro Kuleba bade the foreign ministry's staff farewell on Thursday.", C, "Kuleba"),
    ("Lloyd Austin chaired the Ramstein group for the last time on Thursday.", C, "Austin"),
    ("By then Andriy Yermak was gone from the presidential office.", C, "Yermak"),
    ("Andrzej Duda left the presidential palace in August at the end of his term.", C, "Duda"),
    (
        "At his first summit as NATO's fourteenth secretary general, Mark Rutte kept the agenda short.",
        C,
        "NATO secretary general Stoltenberg -> Rutte",
    ),
    ("Rustem Umerov moved to the security council in July.", C, "Umerov succeeded"),
    # A departure told before its subject, or a stretch of the term named as its last.
    ("Since leaving the White House, Jake Sullivan has taught at Harvard.", C, "Sullivan"),
    ("Out of office since January, Joe Biden spoke in Chicago on Thursday.", C, "Biden"),
    ("After he left NATO, Jens Stoltenberg went back to Norwegian politics.", C, "Stoltenberg"),
    ("Joe Biden's final weeks in office were taken up with the invitation.", C, "Biden"),
    # The security council's secretariat is its secretary's seat, "national" or not.
    (
        "Oleksandr Lytvynenko took charge of the security and defence council's secretariat.",
        C,
        "Danilov -> Lytvynenko",
    ),
    # ... with an apposition between the holder and the seat's verb.
    (
        "Oleksandr Lytvynenko, a former spy chief, was put in charge of the security and defence"
        " council's secretariat.",
        C,
        "Danilov -> Lytvynenko",
    ),
    # A term spent running the office's seat, from a time on, or begun there.
    ("Mark Rutte has led the alliance since October 2024.", C, "Stoltenberg -> Rutte"),
    (
        "Andrii Sybiha has been in charge of Ukrainian diplomacy since September.",
        C,
        "Kuleba -> Sybiha",
    ),
    ("Since January, the Pentagon has been run by Pete Hegseth.", C, "Austin -> Hegseth"),
    ("Mark Rutte began his term at NATO on 1 October 2024.", C, "Stoltenberg -> Rutte"),
    ("On his first day at the Pentagon, Pete Hegseth spoke to the staff.", C, "Austin -> Hegseth"),
    ("Jens Stoltenberg has led the alliance since 2014.", K, ""),
    ("Britain has led the alliance's response since February 2022.", OFF, ""),
    ("The United States has led the alliance for decades.", OFF, ""),
    # A post outside government, in apposition or a relative clause: the office is left.
    (
        "Jake Sullivan, now a professor at Harvard, said the invitation came too late.",
        C,
        "now professor",
    ),
    ("Jens Stoltenberg, chairman of the Munich Security Conference, opened it.", C, "now chairman"),
    ("Dmytro Kuleba, these days a lecturer in Paris, said the bid was alive.", C, "now lecturer"),
    ("Jake Sullivan, who now teaches at Harvard, said the door was open.", C, "now teaching"),
    ("Lloyd Austin, retired since January, spoke on Ukraine's bid in Chicago.", C, "retired"),
    # ... not a post of the holder's own institution or country.
    ("Jens Stoltenberg, head of the NATO-Ukraine Council, opened the session.", N, ""),
    ("Andrzej Duda, president of Poland, said Ukraine's future was in NATO.", K, ""),
    # The same verbs with nothing of an office changing hands.
    ("After leaving the summit, Jens Stoltenberg said Ukraine's future was in NATO.", K, ""),
    ("Before he left for Kyiv, Jens Stoltenberg spoke to reporters about the weather.", OFF, ""),
    ("Rustem Umerov moved to Washington for talks on Ukraine's NATO bid.", K, ""),
    ("Jens Stoltenberg chaired the NATO meeting for the first time in Vilnius.", K, ""),
    ("Lloyd Austin followed the debate on Ukraine's NATO bid closely, aides said.", N, ""),
    ("Dmytro Kuleba bade his guests farewell after talks on Ukraine's NATO bid.", N, ""),
    # The office tied to its country by the possessive of the country's leader, where other
    # countries are named too.
    (
        "Alex Wong, in his first days as Trump's national security adviser, flew to Kyiv "
        "for talks with Ukrainian officials.",
        C,
        "us national security advisor no longer Sullivan",
    ),
    (
        "Tom Baker, in his first days as Poland's foreign minister, flew to Kyiv for talks.",
        OFF,
        "",
    ),
    # Moved from an office, or an office taken in trade for another: a change at the office
    # the phrase ends by, however long it is.
    (
        "Rustem Umerov, moved from the defence ministry to a diplomatic post, led the "
        "Ukrainian delegation.",
        C,
        "Umerov left the defense minister's office",
    ),
    (
        "Olena Marchenko, who swapped the justice ministry for the defence ministry a week "
        "ago, met allied envoys.",
        C,
        "ukraine defense minister no longer Umerov",
    ),
    ("The defence minister moved from Kyiv to Lviv for talks on Ukraine's NATO bid.", N, ""),
    # The seat left is the office: dismissed from the security council.
    (
        "Oleksiy Danilov, removed from the security council last spring, now teaches law.",
        C,
        "Danilov left the nsdc secretary's office",
    ),
    # The alliance's top civilian post is its secretary general's.
    (
        "A week after taking over the alliance's top civilian post, Tom Hansen visited Kyiv.",
        C,
        "NATO secretary general no longer Stoltenberg",
    ),
    # A term that ran out, or the last of something held as the office, ends a holder's tenure.
    (
        "The Vilnius summit was Andrzej Duda's last as Poland's president before his mandate "
        "expired.",
        C,
        "Duda left the president's office",
    ),
    (
        "Andrzej Duda's term as Poland's president runs until 2025, aides said of Ukraine's bid.",
        N,
        "",
    ),
    # The alliance handed over by name; an office held as well as another ("who also acts as").
    (
        "After a decade at the helm, Jens Stoltenberg handed NATO over to his successor.",
        C,
        "Stoltenberg succeeded",
    ),
    (
        "Marco Rubio, who also acts as Trump's national security adviser, met Ukrainian envoys.",
        C,
        "us national security advisor no longer Sullivan",
    ),
    # The president's office taken charge of is its head's.
    (
        "Kyrylo Budanov took charge of Zelensky's office in January, aides said.",
        C,
        "ukraine chief of staff no longer Yermak",
    ),
    ("Zelensky took charge of the office's talks with NATO himself, aides said.", N, ""),
    # What was taken over from a holder may be named at length between "took over" and "from".
    (
        "Tom Hansen took over the top civilian post at alliance headquarters from Stoltenberg.",
        C,
        "Stoltenberg succeeded",
    ),
    (
        "Anna Berg took over the running of the foreign ministry in Kyiv from Dmytro Kuleba.",
        C,
        "Kuleba succeeded",
    ),
    # ... but not past a clause's length: the lead of a talk taken over from a holder.
    (
        "Anna Berg took over the talks with NATO about the shape of a future deal on Kyiv's "
        "bid from Dmytro Kuleba.",
        N,
        "",
    ),
    # A baseline holder leaving the office the baseline gives them: their own country's, not the
    # country the sentence is otherwise about.
    (
        "Since Gabrielius Landsbergis left the foreign ministry, Vilnius has been quieter on "
        "Ukraine.",
        C,
        "Landsbergis succeeded",
    ),
    # A name "out as" an office, as a headline says its holder has gone; a candidate ruled
    # out, or someone singled out, has gone from nothing.
    (
        "Hegseth out as defense secretary after a stormy year at the Pentagon",
        C,
        "us defense secretary no longer Austin",
    ),
    ("Shmyhal out as Ukraine's defence minister in cabinet shake-up", C, "no longer"),
    ("Several names were ruled out as national security adviser by the transition team.", OFF, ""),
    (
        "Critics singled out as national security adviser's failing the slow Ukraine response.",
        OFF,
        "",
    ),
    # Taking charge of an office, in every form of the verb.
    (
        "Oleksandr Kamyshin is to take charge of the presidential office after the reshuffle.",
        C,
        "ukraine chief of staff Yermak -> Kamyshin",
    ),
    ("Ministers are taking charge of the talks on air defence this week.", OFF, ""),
    # A holder back in another country's government has left the office the baseline gives
    # them; back in their own country's government, or back in a city, they have not.
    ("Jake Sullivan is now back in government in Ottawa as an adviser.", C, "Sullivan left office"),
    (
        "Lloyd Austin, retired from the army for years, has returned to Britain's cabinet.",
        C,
        "Austin left office",
    ),
    ("Jens Stoltenberg went back to Oslo for the weekend after the summit.", OFF, ""),
    # A nationality before an office names another country's office, in one word or two.
    (
        "Former North Macedonian foreign minister Bujar Osmani chaired the OSCE in 2023.",
        OFF,
        "off topic",
    ),
    ("The new South Korean defence minister visited Brussels on Monday.", OFF, "off topic"),
    (
        "The incoming Montenegrin defence minister pledged more troops for the Baltic mission.",
        OFF,
        "off topic",
    ),
    ("Ukraine's new defence minister met the allies in Brussels.", C, "no longer Umerov"),
    # Another's seat handed on: the one whose seat it was has gone, not the one handing it.
    (
        "Zelensky handed Dmytro Kuleba's ministry to Andrii Sybiha in September.",
        C,
        "Kuleba succeeded",
    ),
    ("Kuleba handed Ukraine's foreign ministry to Sybiha in September.", C, "Kuleba succeeded"),
    # An office that passed from one holder to the next.
    (
        "Ukraine's foreign ministry passed from Dmytro Kuleba to Andrii Sybiha in September.",
        C,
        "Kuleba succeeded",
    ),
    ("The rotating chair passed from Poland to Denmark in January.", OFF, "off topic"),
    # "Now" telling how things stand is no change of an office.
    (
        "The rules now in force bar the secretary general from naming a date, Rutte said.",
        OFF,
        "off topic",
    ),
    (
        "Mark Rutte, now NATO's secretary general, said Kyiv's path was irreversible.",
        C,
        "Stoltenberg -> Rutte",
    ),
    # A holder no longer running the office, with its auxiliary.
    ("By May Dmytro Kuleba was no longer heading the foreign ministry in Kyiv.", C, "Kuleba"),
    # Let go as a dismissal; let go somewhere is leave to travel.
    ("Parliament lets Umerov go after two years.", C, "Umerov succeeded"),
    ("Zelensky let Kuleba go to Brussels for the NATO talks.", N, "on topic"),
    # A headline's successor "to run" the office told by its seat.
    ("Oleksii Petrenko to head Ukraine's foreign ministry", C, "Kuleba -> Petrenko"),
    # The alliance's seat handed over: received in the passive, handed on in the active.
    ("In October Mark Rutte was given the keys of NATO's headquarters.", C, "Stoltenberg -> Rutte"),
    ("Jens Stoltenberg was handed the keys to NATO headquarters in 2014.", OFF, "off topic"),
    ("Zelensky was handed the keys to a flat near NATO headquarters.", N, "on topic"),
    # An office's holder leaving, told by the office; another country's office, NATO unnamed.
    ("Zelensky said on Friday that his chief of staff was stepping down.", C, "Yermak"),
    ("Kuleba said Ukraine's defence minister is resigning.", C, "no longer Umerov"),
    ("Zelensky's chief of staff was stepping up talks with Rubio.", K, "restates"),
    # An envoy told by where they serve has left office at home; an envoy to a body is none.
    ("Since May Dmytro Kuleba has served Kyiv as ambassador in Warsaw.", C, "now ambassador"),
    ("Dmytro Kuleba spoke with the ambassador in Warsaw about Ukraine's NATO bid.", K, "restates"),
    # "As" after a verb is the verb's subject's office, not the name after the comma.
    (
        "Mark Rutte shook hands and then walked in as NATO's secretary general, Jens "
        "Stoltenberg at his side.",
        C,
        "Stoltenberg -> Rutte",
    ),
]


@pytest.mark.parametrize(("sentence", "status", "cue"), OFFICES_IN_OTHER_SHAPES)
def test_an_office_changing_hands_in_other_shapes(
    differ: Differ, sentence: str, status: Status, cue: str
) -> None:
    verdict = differ.judge_sentence(sentence)
    assert verdict.status is status, verdict.cue
    assert cue in verdict.cue


# (text, status, cue fragment): an office named without its country is one of the countries
# the text is about (its title's, the sentence before's, its own); NATO's office is NATO's.
OFFICE_OF_THE_TEXTS_COUNTRY = [
    (
        "Norway's government was reshuffled on Tuesday. Tore Sandvik becomes defence minister.",
        Status.IRRELEVANT,
        "off topic",
    ),
    (
        "Ukraine's government was reshuffled on Tuesday. Denys Shmyhal becomes defence minister.",
        C,
        "ukraine defense minister Umerov -> Shmyhal",
    ),
    (
        "Norway welcomed the news on Tuesday. Mark Rutte became secretary general.",
        C,
        "NATO secretary general Stoltenberg -> Rutte",
    ),
    ("Denys Shmyhal becomes defence minister.", C, "ukraine defense minister Umerov -> Shmyhal"),
    # A title naming only a body of several countries says no country.
    (
        "NATO foreign ministers met on Tuesday. Denys Shmyhal becomes defence minister.",
        C,
        "ukraine defense minister Umerov -> Shmyhal",
    ),
    # A story filed from a capital tells of that country's office; from elsewhere, of none.
    (
        "WARSAW (wire) - Jan Kowalski was sworn in as president on Monday.",
        C,
        "poland president Duda -> Kowalski",
    ),
    (
        "WARSAW (wire) - Jan Kowalski took the presidential oath on Monday.",
        C,
        "poland president Duda -> Kowalski",
    ),
    ("BRUSSELS (wire) - Jan Kowalski was sworn in as president on Monday.", OFF, "off topic"),
    # A sentence naming a government of its own is read on its own.
    (
        "Norway's cabinet was reshuffled on Tuesday. Pete Hegseth took over the Pentagon and met "
        "allies in Brussels.",
        C,
        "us defense secretary Austin -> Hegseth",
    ),
]


@pytest.mark.parametrize(("text", "status", "cue"), OFFICE_OF_THE_TEXTS_COUNTRY)
def test_an_office_without_its_country_is_of_the_texts_country(
    differ: Differ, text: str, status: Status, cue: str
) -> None:
    judged = differ.judge_text(text)
    assert judged.status is status, judged.top.cue
    assert cue in judged.top.cue


@pytest.mark.parametrize(
    ("sentence", "changed"),
    [
        # The office's own post taken, added, held or left; its seat headed or run.
        ("Waltz left the national security adviser's post in May 2025.", True),
        ("Marco Rubio added the national security adviser's job to his duties.", True),
        ("Oleksandr Lytvynenko heads the National Security and Defence Council.", True),
        ("Umerov, now secretary of Ukraine's security council, led the talks.", True),
        # "NATO's new chief"; an acting holder holds the office.
        ("Mark Rutte, NATO's new chief, visited Kyiv.", True),
        ("Marco Rubio, who is also acting national security adviser, met Sybiha.", True),
        # A tenure told by how far into it, or since it began; its holder's first acts in it.
        ("Two days into his tenure as NATO secretary general, Mark Rutte flew to Kyiv.", True),
        ("Since becoming NATO secretary general in October, Rutte has visited Kyiv twice.", True),
        ("As newly installed secretary general, Mark Rutte promised Kyiv support.", True),
        ("Hegseth's first trip abroad as defense secretary took him to Brussels.", True),
        (
            "The summit in June was the first that Mark Rutte attended as head of the alliance.",
            True,
        ),
        ("It was the first summit Stoltenberg ever chaired as head of the alliance.", False),
        ("As NATO secretary general, Stoltenberg visited Kyiv often.", False),
        ("Stoltenberg's cabinet as Norway's prime minister fell in 2013.", False),
        # A seat's delegation or meeting is no office held; the baseline's holder is no change.
        ("Rustem Umerov led the defence ministry's delegation to Brussels.", False),
        ("Zelensky heads the presidential office's meeting on Monday.", False),
        ("Rustem Umerov runs the defence ministry, Zelensky said.", False),
        # The foreign minister's post told by what its holder does.
        ("Andrii Sybiha, who has run Ukraine's diplomacy since September, met Rubio.", True),
        ("Dmytro Kuleba, who runs Ukraine's diplomacy, met Blinken in Kyiv.", False),
        # "By then" says the office was taken since; "then" says it was held before.
        ("Umerov, by then secretary of Ukraine's security council, went to Geneva.", True),
        ("Rustem Umerov, by then Ukraine's defence minister, met Austin in Brussels.", False),
        ("Oleksiy Danilov, then secretary of the security council, met Sullivan.", False),
        # A word of change about something else than the office: "now" ending the clause, a
        # post to head told after the office, the office of the country named before it.
        ("That's roughly where President Joe Biden stands on Ukraine's NATO bid now.", False),
        (
            "President Biden's pick to head the Federal Reserve spoke about Ukraine's NATO bid.",
            False,
        ),
        ("John Kelly, now White House chief of staff, spoke about Ukraine's NATO bid.", False),
        ("Mark Rutte is now NATO secretary general.", True),
        # The US presidency told by its seat taken again; a visit, or its holder back from a
        # trip, is none.
        ("Donald Trump returned to the White House in January 2025.", True),
        (
            "Days before Donald Trump's return to the White House, Kyiv pressed for guarantees.",
            False,
        ),
        ("Back in the White House since January, Donald Trump spoke to Rutte.", True),
        ("Zelensky returned to the White House for talks with Trump in August.", False),
        ("Joe Biden returned to the White House from Vilnius on Thursday.", False),
    ],
)
def test_an_office_told_by_its_post_or_seat(differ: Differ, sentence: str, changed: bool) -> None:
    verdict = differ.judge_sentence(sentence)
    assert (verdict.status is Status.CHANGED) is changed, verdict.cue


@pytest.mark.parametrize(
    ("sentence", "changed"),
    [
        # "Former" said of the name it stands in apposition to, not only of the name after it.
        ("Olena Kuleba-Smith met Dmytro Kuleba, Ukraine's former foreign minister, in Kyiv.", True),
        ("Jens Stoltenberg, the outgoing secretary general, said goodbye to the staff.", True),
        ("Yermak met Rasmussen, the former NATO secretary general, to discuss guarantees.", False),
        # An office held up to a time named; not one whose term runs or was extended to it.
        ("Jake Sullivan, Biden's national security adviser until January, wrote an op-ed.", True),
        ("Stoltenberg, whose term runs until October, said Ukraine would join NATO.", False),
        (
            "Stoltenberg's mandate was extended until October 2024 to keep the alliance steady.",
            False,
        ),
        # A baseline holder named leaving an office of a country the sentence does not name.
        (
            "Sullivan, who served as national security adviser until 2025, said Ukraine's path "
            "to NATO was irreversible.",
            True,
        ),
        # A swearing-in whose office is told only as a term as head of state, or as the
        # presidential oath; another office named is that office's.
        (
            "Karol Nawrocki took the oath of office on Wednesday, beginning a five-year term as "
            "Poland's head of state.",
            True,
        ),
        ("Karol Nawrocki took the presidential oath before Poland's parliament.", True),
        ("Pete Hegseth was sworn in at the Pentagon as defence secretary on Saturday.", True),
        (
            "Friedrich Merz was sworn in on Tuesday, beginning his term as Germany's chancellor.",
            False,
        ),
        # The alliance's top civilian is its secretary general; a council's chair taken is its
        # secretary's office.
        ("Mark Rutte addressed the allies as the alliance's top civilian on Tuesday.", True),
        ("Rustem Umerov took the chair of Ukraine's National Security and Defence Council.", True),
        # A holder moved out of an office by someone else.
        ("Zelensky moved Oleksiy Danilov out of the security council in March.", True),
        ("Zelensky eased Kuleba out in September.", True),
        ("The army moved troops out of Kyiv's suburbs after talks on NATO.", False),
        # A farewell address or speech is the holder's last act in office; a headline's "X out
        # as"; a decade at the alliance's helm ended; the defence post by its other title.
        ("In his farewell address from the Oval Office, Joe Biden warned of oligarchy.", True),
        ("Biden's farewell speech dwelt on Ukraine's path to NATO.", True),
        ("Kuleba out as foreign minister after four years", True),
        (
            "Four months after ending his decade at NATO's helm, Stoltenberg joined Oslo's cabinet.",
            True,
        ),
        ("Pete Hegseth began signing his memos as Secretary of War in September.", True),
        ("Pete Hegseth signed the order as 'Secretary of War' on Friday.", True),
        ("Zelensky bade farewell to the mourners in Lviv and spoke of NATO.", False),
        ("Stoltenberg took NATO's helm in 2014 and said Ukraine would join.", False),
        # The council's secretariat headed; a move from one post to a ministry.
        (
            "Oleksandr Lytvynenko was appointed in March to head the secretariat of Ukraine's "
            "security council.",
            True,
        ),
        ("Denys Shmyhal, who moved from the premiership to the defence ministry, met Rutte.", True),
        # A baseline holder holding another country's post has left the baseline's office; one
        # meeting the holder of such a post, or holding their own country's, has not.
        ("Jens Stoltenberg presented his first budget as Norway's finance minister.", True),
        ("Stoltenberg, now Norway's finance minister, spoke about Ukraine's NATO bid.", True),
        # ... with a relative clause on the holder's past between.
        ("Jens Stoltenberg, who ran NATO for a decade, is now Norway's finance minister.", True),
        # ... and before what the holder did as the post, a date and place between.
        (
            "Stoltenberg, who ran NATO for ten years, went home to Oslo in early 2025 as "
            "Norway's finance minister.",
            True,
        ),
        (
            "Stoltenberg, who ran NATO for ten years, flew to Oslo in 2025 to meet Norway's "
            "finance minister about Ukraine's NATO bid.",
            False,
        ),
        (
            "Dmytro Kuleba, who led the foreign ministry until 2024, became Ukraine's envoy to Rome.",
            True,
        ),
        (
            "Stoltenberg, who met Zelensky in Kyiv, is now hoping Ukraine's NATO bid succeeds.",
            False,
        ),
        # The post told by what its holder does at the alliance's seat.
        ("Mark Rutte has been running the headquarters in Brussels since October 2024.", True),
        ("Stoltenberg met Norway's finance minister in Oslo to discuss Ukraine's NATO bid.", False),
        ("Zelensky spoke as Ukraine's president about the NATO bid.", False),
        # An envoy's post abroad is left office in the holder's own country too; the one who
        # puts them forward keeps theirs.
        (
            "Oleksiy Danilov was put forward by Zelensky as Ukraine's next ambassador to Moldova.",
            True,
        ),
        ("Stoltenberg's cabinet as Norway's prime minister fell in 2013.", False),
        # The secretary general chairs the alliance's council and its ministers: a first
        # meeting chaired names a new holder; a meeting chaired is the office in passing, and
        # another country's council chaired is no office of the alliance's.
        ("Mark Rutte chaired his first meeting of the North Atlantic Council on Tuesday.", True),
        ("Rutte presided over his first session with NATO defence ministers in Brussels.", True),
        ("Rutte chaired a meeting of the North Atlantic Council on Ukraine's air defence.", False),
        ("Zelensky chaired his first meeting of the security council on NATO.", False),
        # Sweden acting as an ally: a seat at the allies' council, troops in the alliance's
        # forward forces; a deployment still to come is no step yet.
        ("Ulf Kristersson took his seat at the North Atlantic Council table in July 2024.", True),
        ("Swedish soldiers deployed to Latvia to serve in the alliance's forward brigade.", True),
        ("Sweden will deploy troops to the alliance's forward forces in Finland.", False),
        # The oath where only a head of state takes it; a bare oath may be a minister's.
        ("Karol Nawrocki took the oath before both houses of parliament in Warsaw.", True),
        ("Donald Trump took the oath in the Capitol Rotunda as Joe Biden looked on.", True),
        ("Andrii Sybiha took the oath in the Rada on Thursday.", False),
        # An approval owed or needed is no approval given.
        ("Every ally must approve Sweden's entry before it can join, Rutte said.", False),
        ("Hungary's parliament still has to approve Sweden's protocol.", False),
        # The alliance counted by the chairs or seats at its council's table.
        ("Thirty-two chairs now ring the North Atlantic Council table.", True),
        ("Thirty-two seats now ring the alliance's table in Brussels.", True),
        (
            "The ruling party won 32 seats in the Rada, and Ukraine still seeks NATO membership.",
            False,
        ),
        # A building named before an office held is no person: "the West Wing".
        (
            "Mike Waltz moved into the West Wing as Donald Trump's national security adviser.",
            True,
        ),
    ],
)
def test_an_office_left_or_taken_in_apposition_seat_or_oath(
    differ: Differ, sentence: str, changed: bool
) -> None:
    verdict = differ.judge_sentence(sentence)
    assert (verdict.status is Status.CHANGED) is changed, verdict.cue
