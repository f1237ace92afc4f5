"""Article set aa: the articles, sentence by sentence with their gold (`python3 ../build.py set_aa`)."""

from corpus import S, article

CHANNEL = "Article set aa: a regional desk's week on Ukraine, NATO and the guarantees"
DESCRIPTION = "12 articles rewritten from real 2024-2025 coverage (links point at the originals)."
ARTICLES: list = []

# ============================================================================================
# ON TOPIC (8)
# ============================================================================================

# --------------------------------------------------------------------------------------------
# AA01 Brussels: Ukraine signs security pacts with the EU, Lithuania and Estonia (new agreements,
# their terms, the count of agreements, G7 background)
article(
    ARTICLES,
    "aa-2024-06-27-eu-lithuania-estonia-pacts",
    "2024-06-27T15:40:00+00:00",
    "https://www.reuters.com/world/europe/ukraine-signs-security-pacts-with-eu-lithuania-estonia-2024-06-27/",
    S(
        "Ukraine signs security pacts with the EU, Lithuania and Estonia",
        "changed",
        ["aa-eu-agreement", "aa-lithuania-agreement", "aa-estonia-agreement"],
        "Three newly concluded agreements; the seed has only the UK's.",
    ),
    [
        [
            S(
                "BRUSSELS, June 27 – The European Union and two of its Baltic members, Lithuania and Estonia, "
                "signed security agreements with Ukrainian President Volodymyr Zelensky on Thursday, just before "
                "the bloc's leaders sat down to a summit in Brussels.",
                "changed",
                ["aa-eu-agreement", "aa-lithuania-agreement", "aa-estonia-agreement"],
                "Same three signings, told in the lede.",
            ),
        ],
        [
            S(
                "The pact with the EU commits the bloc to help Kyiv in nine areas of security and defence policy, "
                "among them arms deliveries, military training, defence industry cooperation and demining.",
                "new",
                "aa-eu-pact-terms",
                "Scope of the EU's commitments; no seed counterpart.",
            ),
            S(
                "Zelensky said that for the first time the commitment of all 27 member states to long-term support "
                "was set down in one document, whatever institutional changes lie ahead.",
                "new",
                "aa-eu-pact-terms",
                "What the EU document covers and binds; terms of an agreement.",
            ),
        ],
        [
            S(
                "The Lithuanian agreement was signed by President Gitanas Nauseda and the Estonian one by Prime "
                "Minister Kaja Kallas.",
                "changed",
                ["aa-lithuania-agreement", "aa-estonia-agreement"],
                "Repeat of the two Baltic signings.",
            ),
            S(
                "Both Baltic countries pledged to give Ukraine military aid worth at least 0.25 percent of their "
                "economic output every year.",
                "new",
                "aa-baltic-quarter-percent",
                "Aid figure inside the agreements: optional.",
                ["irrelevant"],
            ),
            S(
                "Under both documents they commit to support Kyiv politically, militarily and economically for ten "
                "years.",
                "new",
                "aa-baltic-pacts-terms",
                "Term (ten years) and scope of the Baltic agreements.",
            ),
        ],
        [
            S(
                "With the three signings, Ukraine now has such agreements with 19 individual countries and the "
                "European Union.",
                "changed",
                "aa-agreements-count-19",
                "Count of concluded agreements (EU + 19); the seed has one.",
            ),
            S(
                "Britain concluded the first of them in January.",
                "known",
                None,
                "Seed 003: the UK concluded the first agreement on 12 January 2024.",
            ),
            S(
                "The United States and Japan signed theirs at the Group of Seven summit in Italy earlier this month.",
                "changed",
                ["aa-us-agreement", "aa-japan-agreement"],
                "Two more newly concluded agreements.",
            ),
        ],
        [
            S(
                "The agreements flow from a declaration the Group of Seven issued at NATO's Vilnius summit last "
                "July, under which partners promised to build up Ukraine's forces and to consult within 24 hours "
                "if Russia attacks again.",
                "known",
                None,
                "Seed 003: the G7 declaration, sustainable forces, consultation within 24 hours.",
            ),
            S(
                "Officials stress that they do not amount to the mutual defence clause that binds NATO members, and "
                "that they are meant to bridge the time until Ukraine joins the alliance.",
                "known",
                None,
                "Seed 003: no Article 5; agreements expire once Ukraine joins.",
            ),
        ],
        [
            S(
                "Zelensky has said repeatedly that no bilateral pact can replace membership of the alliance.",
                "known",
                None,
                "Seed 003: they cannot substitute for membership.",
            ),
        ],
        [
            S(
                "At the same summit, EU leaders were expected to nominate Kallas as the bloc's next foreign policy "
                "chief and Portugal's Antonio Costa to chair their meetings."
            ),
            S(
                "The bloc formally opened accession negotiations with Ukraine and Moldova in Luxembourg on Tuesday."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# AA02 Warsaw: Poland-Ukraine security agreement on the eve of the Washington summit (new agreement,
# intercept clause, terms, count, 32 allies, Sweden a member)
article(
    ARTICLES,
    "aa-2024-07-08-poland-ukraine-security-pact",
    "2024-07-08T14:50:00+00:00",
    "https://kyivindependent.com/poland-ukraine-sign-security-agreement/",
    S(
        "Poland and Ukraine sign security pact that opens the way to downing Russian missiles over Ukraine",
        "changed",
        "aa-poland-agreement",
        "Newly concluded agreement; the seed has only the UK's.",
    ),
    [
        [
            S(
                "WARSAW, July 8 – Ukrainian President Volodymyr Zelensky and Polish Prime Minister Donald Tusk signed "
                "a bilateral security agreement in Warsaw on Monday, on the eve of NATO's summit in Washington.",
                "changed",
                "aa-poland-agreement",
                "The Polish agreement concluded.",
            ),
        ],
        [
            S(
                "The document commits the two governments to work out a mechanism under which Russian missiles and "
                "drones fired towards Poland could be shot down while still in Ukrainian airspace.",
                "new",
                "aa-poland-intercept-clause",
                "Poland's intercept clause; no seed counterpart.",
            ),
            S(
                "Tusk said Poland was ready to do so only with the blessing of its allies, preferably NATO, and that "
                "nothing would happen automatically.",
                "new",
                "aa-poland-intercept-clause",
                "Condition on the same clause.",
            ),
            S(
                "It also provides for training a volunteer unit of Ukrainians living in Poland, which Zelensky "
                "called a “Ukrainian legion”, and for Warsaw to consider sending more MiG-29 fighter jets.",
                "new",
                "aa-poland-agreement-terms",
                "Scope of the Polish agreement.",
            ),
        ],
        [
            S(
                "“Those who defend Ukraine today are also defending themselves,” Tusk told reporters."
            ),
            S(
                "Zelensky called the pact “ambitious” and said it would help protect Ukrainian lives."
            ),
        ],
        [
            S(
                "Poland became the 20th country to sign such an agreement with Kyiv, which also has one with the "
                "European Union.",
                "changed",
                "aa-agreements-count-20",
                "Count of concluded agreements; the seed has one.",
            ),
            S(
                "Britain was the first, in January, and all of the deals follow from the Group of Seven's pledge "
                "of July 2023 to give Ukraine long-term security commitments.",
                "known",
                None,
                "Seed 003: UK first in January 2024; G7 declaration of July 2023.",
            ),
            S(
                "Like the others, the Polish agreement runs for ten years at first.",
                "new",
                "aa-poland-agreement-terms",
                "Term of the Polish agreement.",
            ),
        ],
        [
            S(
                "Leaders of the alliance's 32 members gather in Washington from Tuesday, and Zelensky is pressing "
                "them for a clear signal on membership.",
                "changed",
                "alliance-32",
                "32 allies; the seed has 31.",
            ),
            S(
                "Diplomats expect the summit declaration to call Ukraine's path to membership irreversible but to "
                "stop short of an invitation.",
                "known",
                None,
                "Seed 003: Washington called the path 'irreversible' and issued no invitation.",
            ),
            S(
                "Sweden will attend as a full member for the first time, having joined in March after Hungary became "
                "the last ally to ratify its accession.",
                "changed",
                ["sweden-member", "hungary-last-ratify"],
                "Seed 001 has Sweden waiting on Turkey.",
            ),
        ],
        [
            S(
                "Zelensky was also due to meet President Andrzej Duda later in the day.",
                "known",
                None,
                "Seed 002: Duda as President of Poland.",
            ),
            S(
                "Russia launched one of its heaviest missile attacks in months on Monday, killing dozens of people "
                "and hitting a children's hospital in Kyiv."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# AA03 Kyiv: Sybiha replaces Kuleba as foreign minister (office holder changed, count of agreements,
# background restating the seeds)
article(
    ARTICLES,
    "aa-2024-09-05-sybiha-replaces-kuleba",
    "2024-09-05T13:20:00+00:00",
    "https://kyivindependent.com/parliament-approves-sybiha-as-new-foreign-minister/",
    S(
        "Ukraine's parliament names Sybiha foreign minister after Kuleba's exit",
        "changed",
        "aa-sybiha-fm",
        "New holder of the office the seed gives to Kuleba.",
    ),
    [
        [
            S(
                "KYIV, Sept 5 – Ukraine's parliament on Thursday appointed career diplomat Andrii Sybiha as foreign "
                "minister, hours after accepting the resignation of Dmytro Kuleba.",
                "changed",
                "aa-sybiha-fm",
                "Sybiha succeeds Kuleba.",
            ),
            S(
                "Kuleba, who had run the ministry since March 2020, stepped down on Tuesday without giving a reason, "
                "in the biggest government reshuffle since Russia's full-scale invasion.",
                "changed",
                "aa-sybiha-fm",
                "The seed's foreign minister has left the office.",
            ),
        ],
        [
            S(
                "Sybiha served as ambassador to Turkey and as deputy head of the presidential office before moving "
                "to the foreign ministry as first deputy minister this spring."
            ),
            S(
                "Lawmakers also dismissed several other ministers, and Olha Stefanishyna, the deputy prime minister "
                "for European and Euro-Atlantic integration, was given the justice portfolio as well."
            ),
        ],
        [
            S(
                "Zelensky said the country needed “new energy” for an autumn he described as extremely important."
            ),
        ],
        [
            S(
                "Kuleba had been one of the most visible faces of Ukraine's campaign to join NATO, which ended the "
                "Washington summit in July with allies calling its path to the alliance irreversible.",
                "known",
                None,
                "Seed 003: the 'irreversible' path at Washington.",
            ),
            S(
                "The alliance has still not issued Kyiv an invitation, saying it will do so when allies agree and "
                "conditions are met.",
                "known",
                None,
                "Seeds 000/003: no invitation; 'when allies agree and conditions are met'.",
            ),
            S(
                "Since Britain concluded the first of Ukraine's bilateral security agreements in January, more than "
                "20 other partners have signed similar accords.",
                "changed",
                "aa-agreements-count-20plus",
                "Count of concluded agreements; the seed has only the UK's.",
            ),
        ],
        [
            S(
                "Critics said the shake-up strengthened Andriy Yermak, the head of the presidential office, who has "
                "steered talks with Washington and London on security guarantees.",
                "known",
                None,
                "Seed 001: Yermak heads the office and led guarantee talks with Washington and London.",
            ),
            S(
                "In his first remarks as minister, Sybiha said Ukrainian diplomacy would work for a just peace and "
                "for more weapons for the front."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# AA04 Vilnius: Budrys replaces Landsbergis and promises support for Ukraine's membership (office
# holder changed, Vilnius summit restated, Finland and Sweden recalled)
article(
    ARTICLES,
    "aa-2024-12-12-lithuania-budrys-foreign-minister",
    "2024-12-12T16:10:00+00:00",
    "https://www.lrt.lt/en/news-in-english/19/2434218/new-lithuanian-government-sworn-in-budrys-takes-over-foreign-ministry",
    S(
        "Lithuania's new foreign minister Budrys promises Kyiv unshakable support for its NATO bid",
        "changed",
        "aa-budrys-lithuania-fm",
        "New holder of the office the seed gives to Landsbergis.",
    ),
    [
        [
            S(
                "VILNIUS, Dec 12 – Kestutis Budrys took over Lithuania's foreign ministry on Thursday as the "
                "centre-left government of Prime Minister Gintautas Paluckas was sworn in, replacing Gabrielius "
                "Landsbergis, one of the loudest advocates of Ukraine's membership of NATO.",
                "changed",
                "aa-budrys-lithuania-fm",
                "Budrys succeeds Landsbergis.",
            ),
        ],
        [
            S(
                "Budrys, until now chief national security adviser to President Gitanas Nauseda, said his first "
                "trip abroad would be to Ukraine."
            ),
            S(
                "“The goal is to send a message about the continuity of Lithuania's support,” he told public "
                "broadcaster LRT."
            ),
            S(
                "He said Vilnius remained committed to unshakable support for Ukraine's membership of the alliance "
                "and to firm guarantees of its security.",
                "known",
                None,
                "Seed 002: Lithuania fully supports Ukraine's aspirations to join.",
            ),
            S(
                "He added that Lithuania would keep, and try to exceed, its pledge to give at least 0.25 percent of "
                "its GDP a year to Ukraine's defence over the next decade.",
                "new",
                "aa-baltic-quarter-percent",
                "Aid figure inside the Lithuanian agreement: optional.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "Landsbergis, who had led the ministry since 2020, has said he is leaving politics after his "
                "conservatives lost October's parliamentary election.",
                "changed",
                "aa-budrys-lithuania-fm",
                "The seed's Lithuanian foreign minister has left the office.",
            ),
            S("Dovile Sakaliene, a Social Democrat lawmaker, became defence minister."),
        ],
        [
            S(
                "Lithuania hosted NATO's 2023 summit in Vilnius, where allies declared that Ukraine's future lies in "
                "the alliance and dropped the requirement for a Membership Action Plan.",
                "known",
                None,
                "Seeds 001/003: 'Ukraine's future is in NATO'; MAP requirement removed.",
            ),
            S(
                "They also set up a NATO-Ukraine Council but said an invitation would come only when allies agree "
                "and conditions are met.",
                "known",
                None,
                "Seeds 001/003: NATO-Ukraine Council; the conditional invitation.",
            ),
            S(
                "At the time Landsbergis argued that the invitation should be clear and impossible to revoke.",
                "known",
                None,
                "Seed 002: Landsbergis wanted a clear invitation that cannot be revoked.",
            ),
            S(
                "Finland attended that summit as a new member, while Sweden was still waiting for Turkey to ratify "
                "its accession.",
                "known",
                None,
                "Seed 001: Finland admitted; Sweden waiting on Turkey (as of Vilnius).",
            ),
        ],
        [
            S(
                "The new coalition includes the populist Nemunas Dawn party, whose leader faces accusations of "
                "antisemitism, a choice that drew street protests in November."
            ),
            S("The government has pledged to spend at least 3.5 percent of GDP on defence."),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# AA05 Brussels: Hegseth rules membership out of a settlement; Rutte says it was never promised
# (denial, guarantees without Article 5, office holders changed, restatements)
article(
    ARTICLES,
    "aa-2025-02-13-hegseth-rutte-no-membership-in-deal",
    "2025-02-13T17:30:00+00:00",
    "https://www.reuters.com/world/europe/nato-chief-rutte-says-ukraine-was-never-promised-membership-part-peace-deal-2025-02-13/",
    S(
        "US rules out NATO membership for Kyiv in a peace deal as Rutte says it was never promised",
        "contradicted",
        "aa-hegseth-denial",
        "US defence secretary denying membership as an outcome; against the irreversible path.",
    ),
    [
        [
            S(
                "BRUSSELS, Feb 13 – US Defense Secretary Pete Hegseth told Ukraine's backers that Washington does "
                "not see NATO membership for Ukraine as a realistic outcome of a negotiated settlement, stunning "
                "allies on his first visit to the alliance's headquarters.",
                "contradicted",
                "aa-hegseth-denial",
                "Denial of membership by a US official.",
            ),
        ],
        [
            S(
                "Hegseth, who succeeded Lloyd Austin at the Pentagon last month, also called a return to Ukraine's "
                "pre-2014 borders an “unrealistic objective”.",
                "changed",
                "aa-hegseth-defsec",
                "New holder of the office the seed gives to Austin.",
            ),
            S(
                "Any security guarantee, he said, must be backed by capable European and non-European troops, "
                "deployed as a non-NATO mission and not covered by Article 5.",
                "new",
                "aa-hegseth-guarantee-model",
                "Guarantees described instead of membership; no seed counterpart.",
            ),
            S(
                "“To be clear, as part of any security guarantee, there will not be US troops deployed to Ukraine,” "
                "he said.",
                "new",
                "aa-hegseth-guarantee-model",
                "Same guarantee model: no US troops.",
            ),
        ],
        [
            S(
                "Britain's John Healey, who chaired the Ukraine Defense Contact Group in place of the United States "
                "for the first time, replied that Ukraine's rightful place is in NATO.",
                "known",
                None,
                "Seed 003: 'Ukraine's future is in NATO'.",
            ),
        ],
        [
            S(
                "Mark Rutte, who took over from Jens Stoltenberg as NATO Secretary General in October, chaired a "
                "meeting of the alliance's defence ministers on Thursday.",
                "changed",
                "rutte-sg",
                "New holder of the office the seed gives to Stoltenberg.",
            ),
            S(
                "Asked about Hegseth's remarks, he said the Washington summit had committed allies to Ukraine's "
                "future membership, but it had never been agreed that peace talks would end with Ukraine in NATO.",
                "new",
                "aa-rutte-no-peace-deal-promise",
                "Membership not part of a settlement, commitment kept: not a denial.",
                ["contradicted"],
            ),
            S(
                "“There has never been a promise to Ukraine that as part of a peace deal they would be in NATO,” "
                "Rutte said.",
                "new",
                "aa-rutte-no-peace-deal-promise",
                "Same remark, quoted.",
                ["contradicted"],
            ),
            S(
                "The priority, he added, was to make sure Vladimir Putin never attacks Ukraine again, and the "
                "guarantees for that could take many forms.",
                "new",
                "aa-rutte-no-peace-deal-promise",
                "Guarantees of other forms in place of membership in a deal.",
            ),
        ],
        [
            S(
                "Defence Minister Rustem Umerov said Kyiv's position had not changed and that it would keep seeking "
                "membership.",
                "known",
                None,
                "Seed 001: Umerov as defence minister; Ukraine seeks membership.",
            ),
        ],
        [
            S(
                "Hegseth spoke hours before President Donald Trump said he had held a long call with Putin and "
                "agreed to start negotiations."
            ),
            S("He also urged European allies to raise defence spending to 5 percent of GDP."),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# AA06 Washington: Waltz to the UN, Rubio national security adviser (office holders changed, Trump's
# "forget about it", minerals deal without guarantees)
article(
    ARTICLES,
    "aa-2025-05-01-rubio-national-security-adviser",
    "2025-05-01T21:15:00+00:00",
    "https://apnews.com/article/trump-waltz-national-security-adviser-un-ambassador-rubio-2025-05-01",
    S(
        "Trump moves Waltz to the UN and makes Rubio his national security adviser",
        "changed",
        "aa-rubio-nsa",
        "New holder of the office the seed gives to Sullivan.",
    ),
    [
        [
            S(
                "WASHINGTON, May 1 – President Donald Trump said on Thursday he would nominate Mike Waltz as "
                "ambassador to the United Nations and that Secretary of State Marco Rubio would serve as national "
                "security adviser in the interim while keeping his job at the State Department.",
                "changed",
                "aa-rubio-nsa",
                "Rubio as national security adviser.",
            ),
        ],
        [
            S(
                "Waltz, who took over the post from Jake Sullivan in January, had been under scrutiny since he added "
                "a journalist to a Signal chat about air strikes in Yemen.",
                "changed",
                "aa-waltz-nsa",
                "Sullivan, the seed's national security adviser, was succeeded by Waltz.",
            ),
            S(
                "Rubio becomes the first person since Henry Kissinger in the 1970s to hold both jobs at once.",
                "changed",
                "aa-rubio-nsa",
                "Repeat: Rubio holds the adviser's post.",
            ),
        ],
        [
            S(
                "The shake-up comes as Rubio leads the administration's effort to broker a ceasefire between Russia "
                "and Ukraine."
            ),
            S(
                "A day earlier, Washington and Kyiv signed an agreement setting up a joint fund for investment in "
                "Ukraine's minerals and reconstruction."
            ),
            S(
                "The deal contains no explicit security guarantee, something Kyiv had pressed for during months of "
                "talks.",
                "new",
                "aa-minerals-no-guarantee",
                "Guarantee sought but absent from the US deal; arguably off the membership path.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "Trump has made clear that he does not expect Ukraine to join NATO.",
                "contradicted",
                "aa-trump-forget-it",
                "US president ruling out membership; against the irreversible path.",
            ),
            S(
                "“NATO, you can forget about it,” he told reporters at a cabinet meeting in February, adding that he "
                "thought the prospect was probably why the war started.",
                "contradicted",
                "aa-trump-forget-it",
                "Same denial, quoted.",
            ),
            S(
                "Hegseth told allies in Brussels the same month that membership was not a realistic outcome of a "
                "settlement.",
                "contradicted",
                "aa-hegseth-denial",
                "Repeat of Hegseth's denial.",
            ),
        ],
        [
            S(
                "Ukraine's allies declared at NATO's Washington summit last July that its path to membership was "
                "irreversible, although it has received no invitation.",
                "known",
                None,
                "Seed 003: 'irreversible', no invitation.",
            ),
            S(
                "Kyiv says no other arrangement can take the place of membership.",
                "known",
                None,
                "Seed 003: guarantees cannot substitute for membership.",
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# AA07 Kyiv: Umerov to the security council, Shmyhal to defence (office holders changed, Hague text,
# restatements)
article(
    ARTICLES,
    "aa-2025-07-18-umerov-security-council-shmyhal-defence",
    "2025-07-18T12:45:00+00:00",
    "https://kyivindependent.com/zelensky-appoints-umerov-as-national-security-council-secretary/",
    S(
        "Zelensky names Umerov security council secretary as Shmyhal takes over defence",
        "changed",
        ["aa-umerov-nsdc", "aa-shmyhal-defence"],
        "New holders of two offices the seeds name (NSDC secretary, defence minister).",
    ),
    [
        [
            S(
                "KYIV, July 18 – President Volodymyr Zelensky on Friday appointed Rustem Umerov secretary of the "
                "National Security and Defence Council, a day after parliament replaced him as defence minister "
                "with former prime minister Denys Shmyhal.",
                "changed",
                ["aa-umerov-nsdc", "aa-shmyhal-defence"],
                "Umerov leaves defence; Shmyhal the new defence minister; Umerov heads the NSDC.",
            ),
            S(
                "The decree dismissed Oleksandr Lytvynenko, who had held the security council post since March "
                "2024, when he replaced Oleksiy Danilov.",
                "changed",
                ["aa-umerov-nsdc", "aa-lytvynenko-nsdc"],
                "Seed 002 has Danilov as NSDC secretary.",
            ),
        ],
        [
            S(
                "Parliament on Thursday also confirmed Yulia Svyrydenko, the economy minister who negotiated the "
                "minerals deal with Washington, as prime minister, replacing Shmyhal after five years in the job."
            ),
            S(
                "Shmyhal won the backing of 267 lawmakers for the defence post.",
                "changed",
                "aa-shmyhal-defence",
                "Repeat: Shmyhal confirmed as defence minister.",
            ),
        ],
        [
            S(
                "Zelensky said the security council had to speed up the peace process, and that Umerov would keep "
                "leading Ukraine's team in talks with Russia."
            ),
            S(
                "Umerov had been expected to become ambassador in Washington, but Zelensky instead named former "
                "deputy prime minister Olha Stefanishyna special envoy to the United States pending approval of "
                "her appointment as ambassador."
            ),
        ],
        [
            S(
                "Ukraine's membership bid was barely mentioned at NATO's summit in The Hague last month, where "
                "allies adopted a five-paragraph declaration built around a new defence spending target.",
                "new",
                "aa-hague-no-membership-line",
                "Summit text leaving the membership line out; the commitment stands.",
            ),
            S(
                "The text reaffirmed allies' support for Ukraine but did not repeat earlier language on its path to "
                "membership.",
                "new",
                "aa-hague-no-membership-line",
                "Same: membership language omitted, not withdrawn.",
            ),
            S(
                "NATO officials said earlier commitments, including the pledge that Ukraine's path to the alliance "
                "is irreversible, remained in force.",
                "known",
                None,
                "Seed 003: the 'irreversible' path.",
            ),
        ],
        [
            S(
                "Umerov, a Crimean Tatar who ran the State Property Fund, became defence minister in September 2023 "
                "in place of Oleksii Reznikov.",
                "known",
                None,
                "Seeds 001/002: Umerov defence minister, Reznikov before him.",
            ),
            S(
                "Zelensky said Shmyhal had already begun an audit of contracts that needed speeding up, "
                "especially for interceptor drones."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# AA08 Kyiv: Yermak resigns amid talks on the US peace plan (office holder gone, the draft's NATO
# clause, guarantees, restatements)
article(
    ARTICLES,
    "aa-2025-11-28-yermak-resigns",
    "2025-11-28T19:05:00+00:00",
    "https://www.reuters.com/world/europe/ukraines-zelenskiy-says-chief-staff-yermak-has-resigned-2025-11-28/",
    S(
        "Yermak resigns as head of Zelensky's office after anti-corruption search",
        "changed",
        "aa-yermak-out",
        "The seed's head of the President's Office has left.",
    ),
    [
        [
            S(
                "KYIV, Nov 28 – Andriy Yermak, the head of the presidential office and Volodymyr Zelensky's closest "
                "aide, resigned on Friday, hours after anti-corruption investigators searched his home.",
                "changed",
                "aa-yermak-out",
                "Yermak gone.",
            ),
            S(
                "Zelensky announced the resignation in an evening address, saying the office would be “rebooted” "
                "and that he would consult on a successor the next day.",
                "changed",
                "aa-yermak-out",
                "Same departure, told again.",
            ),
        ],
        [
            S(
                "Yermak, who had run the office since February 2020, has not been named as a suspect and said he was "
                "cooperating with investigators.",
                "changed",
                "aa-yermak-out",
                "Past tense: the seed's office holder has left.",
                ["irrelevant"],
            ),
            S(
                "The searches were part of an inquiry into an alleged kickback scheme worth some 100 million "
                "dollars in the energy sector."
            ),
        ],
        [
            S(
                "His departure comes at a delicate moment in talks on a US plan to end the war, in which Yermak led "
                "Ukraine's delegation in Geneva last weekend."
            ),
            S(
                "The first version of the plan, drawn up by Trump's envoy Steve Witkoff with Russian input, would "
                "have required Ukraine to write into its constitution that it will never join NATO, and the alliance "
                "to bar it in its statutes.",
                "contradicted",
                "aa-us-draft-renounce",
                "US draft requiring Ukraine to renounce membership.",
            ),
            S(
                "It also offered Kyiv unspecified “reliable security guarantees” and capped its armed forces at "
                "600,000 troops.",
                "new",
                "aa-us-plan-guarantees",
                "Guarantees offered in place of membership; troop cap with no seed counterpart.",
            ),
            S(
                "Officials in Kyiv said the revised framework agreed in Geneva left the NATO question and territory "
                "for the two presidents to settle.",
                "new",
                "aa-geneva-nato-open",
                "Membership question left open in the revised text; no seed counterpart.",
            ),
        ],
        [
            S(
                "Zelensky said Ukraine would now be represented in the talks by Rustem Umerov, the security council "
                "secretary, along with the chief of the general staff, Andriy Hnatov, and officials from the "
                "foreign ministry and intelligence.",
                "changed",
                "aa-umerov-nsdc",
                "Umerov named as NSDC secretary only in passing: optional.",
                ["irrelevant"],
            ),
            S(
                "Umerov, who moved from the defence ministry to the security council in July, was due to meet "
                "Secretary of State Marco Rubio and Witkoff in Florida at the weekend.",
                "changed",
                "aa-umerov-nsdc",
                "Umerov has left defence and heads the NSDC.",
            ),
        ],
        [
            S(
                "Ukraine wrote the goal of NATO membership into its constitution in 2019, and officials in Kyiv say "
                "it remains the strongest guarantee against a new invasion.",
                "known",
                None,
                "Seed 004: the 2019 constitutional amendment.",
            ),
            S(
                "Allies have said since 2024 that Ukraine's path to the alliance is irreversible.",
                "known",
                None,
                "Seed 003: the 'irreversible' path.",
            ),
        ],
        [
            S(
                "Yermak was also Kyiv's chief negotiator on its bilateral security agreements, beginning with the "
                "British accord of January 2024.",
                "known",
                None,
                "Seeds 001/003: Yermak's guarantee talks; the UK's first agreement.",
            ),
        ],
    ],
    True,
)

# ============================================================================================
# OFF TOPIC (4): EU enlargement, defence spending, another country's accession, NATO news
# ============================================================================================

# --------------------------------------------------------------------------------------------
# AA09 Luxembourg: Albania opens the first cluster of EU talks (EU enlargement: irrelevant)
article(
    ARTICLES,
    "aa-2024-10-15-albania-eu-first-cluster",
    "2024-10-15T15:00:00+00:00",
    "https://www.reuters.com/world/europe/albania-opens-first-chapters-eu-membership-talks-2024-10-15/",
    S("Albania opens first chapters of EU membership talks, leaving North Macedonia behind"),
    [
        [
            S(
                "LUXEMBOURG, Oct 15 – Albania formally opened the first group of chapters in its talks on joining the "
                "European Union on Tuesday, a step the bloc's enlargement commissioner called a major milestone."
            ),
            S(
                "The so-called fundamentals cluster covers the rule of law, the judiciary, public administration "
                "and the functioning of democratic institutions."
            ),
        ],
        [
            S(
                "Hungarian Foreign Minister Peter Szijjarto chaired the intergovernmental conference on behalf of "
                "his country's rotating presidency of the bloc, with Prime Minister Edi Rama leading the Albanian "
                "side."
            ),
        ],
        [
            S(
                "Albania launched talks in July 2022 together with North Macedonia, but the bloc split the two last "
                "month after Skopje failed to amend its constitution to recognise its Bulgarian minority."
            ),
            S("Bulgaria has made that change a condition for North Macedonia's progress."),
        ],
        [
            S(
                "Rama wants to wrap up negotiations by 2027 and bring Albania into the bloc by the end of the decade."
            ),
            S(
                "Montenegro, which has been negotiating since 2012, is seen as the front-runner among the candidates."
            ),
        ],
        [
            S(
                "The European Commission is due to publish its annual reports on all candidate countries, including "
                "Ukraine and Moldova, at the end of the month."
            ),
            S("Albania has been a member of NATO since 2009."),
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# AA10 Vilnius: Lithuania to spend 5-6% of GDP on defence (spending: irrelevant; 32 allies optional)
article(
    ARTICLES,
    "aa-2025-01-17-lithuania-defence-spending",
    "2025-01-17T14:00:00+00:00",
    "https://www.reuters.com/world/europe/lithuania-raise-defence-spending-5-6-gdp-2026-2025-01-17/",
    S("Lithuania to spend 5-6% of GDP on defence from 2026"),
    [
        [
            S(
                "VILNIUS, Jan 17 – Lithuania will raise defence spending to between 5 and 6 percent of gross "
                "domestic product from 2026, President Gitanas Nauseda said on Friday, citing the threat from "
                "Russia."
            ),
            S(
                "The decision by the State Defence Council, which Nauseda called historic, covers the years 2026 to "
                "2030."
            ),
        ],
        [
            S("Lithuania currently spends just over 3 percent of GDP on its military."),
            S(
                "At 5 percent it would overtake Poland as the biggest spender relative to the size of its economy "
                "among NATO's 32 members.",
                "changed",
                "alliance-32",
                "32 allies in passing in an off-topic story: optional.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "The money is meant to let Lithuania complete a national division by 2030 and buy tanks, air defence "
                "and ammunition."
            ),
            S(
                "Germany is stationing a brigade of about 5,000 troops in the country, with full readiness planned for 2027."
            ),
        ],
        [
            S(
                "US President-elect Donald Trump has said allies should spend 5 percent of GDP on defence, well above "
                "the current guideline of 2 percent."
            ),
            S(
                "Foreign Minister Kestutis Budrys said difficult times required bold decisions and urged other "
                "allies to follow Lithuania's example."
            ),
        ],
        [
            S("Lithuania, Latvia and Estonia joined NATO in 2004."),
            S(
                "Nauseda said a Russian attack was not imminent, but that the risk was real and Lithuania had to "
                "strengthen deterrence."
            ),
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# AA11 Yerevan: Armenia's parliament votes to start an EU accession bid (another country's
# accession: irrelevant)
article(
    ARTICLES,
    "aa-2025-03-26-armenia-eu-accession-law",
    "2025-03-26T13:30:00+00:00",
    "https://www.politico.eu/article/armenia-adopts-law-launch-european-union-accession-process/",
    S("Armenia's parliament votes to start a bid for EU membership"),
    [
        [
            S(
                "YEREVAN, March 26 – Armenia's parliament on Wednesday passed a law calling on the government to "
                "begin the process of joining the European Union, the latest sign of the country's drift away from "
                "Russia."
            ),
            S(
                "The bill was adopted in its final reading by 64 votes to 7, with only lawmakers of Prime Minister "
                "Nikol Pashinyan's Civil Contract party voting in favour."
            ),
        ],
        [
            S(
                "It began as a citizens' petition that gathered some 60,000 signatures, and the government endorsed "
                "it in January."
            ),
            S(
                "Pashinyan has said the law does not mean Armenia is joining the bloc, since that could only be "
                "decided in a referendum."
            ),
        ],
        [
            S(
                "Russia, which keeps a military base in Armenia, has warned that EU membership would be incompatible "
                "with Armenia's place in the Moscow-led Eurasian Economic Union."
            ),
            S(
                "Yerevan froze its participation in the Russian-led Collective Security Treaty Organization last "
                "year, accusing Moscow of failing to protect it against Azerbaijan."
            ),
        ],
        [
            S(
                "No EU member state has publicly backed Armenian membership, but Enlargement Commissioner Marta Kos "
                "said in January that Brussels would accept an application if one was made."
            ),
            S("Parliament speaker Alen Simonyan called the vote a historic step."),
        ],
        [
            S(
                "Armenia and Azerbaijan said this month that they had agreed the text of a peace treaty, though it "
                "has yet to be signed."
            ),
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# AA12 Warsaw: Poland downs Russian drones and invokes Article 4 (NATO news, not the membership
# path; 32 allies and Nawrocki in passing, optional)
article(
    ARTICLES,
    "aa-2025-09-10-poland-drones-article-4",
    "2025-09-10T16:20:00+00:00",
    "https://www.reuters.com/world/europe/poland-says-it-shot-down-drones-that-violated-its-airspace-2025-09-10/",
    S("Poland shoots down Russian drones and asks NATO for Article 4 talks"),
    [
        [
            S(
                "WARSAW, Sept 10 – Poland shot down drones that entered its airspace during a Russian attack on "
                "Ukraine overnight, the first time a NATO member is known to have fired on Russian aircraft since "
                "the war began."
            ),
            S(
                "Prime Minister Donald Tusk told parliament there had been 19 violations of Polish airspace and "
                "called it a large-scale provocation."
            ),
        ],
        [
            S(
                "Tusk said Poland had formally asked for consultations under Article 4 of the North Atlantic Treaty, "
                "a request made together with President Karol Nawrocki.",
                "changed",
                "aa-nawrocki-president",
                "Duda's successor named only in passing: optional.",
                ["irrelevant"],
            ),
            S(
                "Ambassadors of the alliance's 32 members met the same day in the North Atlantic Council.",
                "changed",
                "alliance-32",
                "32 allies in passing in an off-topic story: optional.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "Polish F-16s and Dutch F-35s were among the aircraft scrambled, supported by Italian surveillance "
                "planes and NATO tankers."
            ),
            S(
                "Tusk said Poland had never been closer to open conflict since the Second World War, but that there "
                "was no reason to think the country was at war."
            ),
        ],
        [
            S("Russia's defence ministry said it had not intended to hit any targets in Poland."),
            S(
                "Trump reacted on social media, asking what Russia was doing by violating Poland's airspace."
            ),
        ],
        [
            S(
                "Poland, which joined NATO in 1999, is one of the main hubs for Western military aid to Ukraine."
            ),
            S(
                "Residents were asked to report any wreckage they found, and four airports including Warsaw's "
                "Chopin airport were temporarily closed."
            ),
        ],
    ],
    False,
)
