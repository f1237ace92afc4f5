"""Article set v: the articles, sentence by sentence with their gold (`python3 ../build.py set_v`).

Brief: 2024-2026 stories about Ukraine's membership path in which long background paragraphs
restate the seeds in other words and in membership vocabulary (`known`), mixed with real new
developments, so that background must be told from news sentence by sentence; two of the
off-topic stories use membership words about other countries or other bodies.
"""

from corpus import S, article

CHANNEL = "Article set v: Ukraine's road to NATO, background and news"
DESCRIPTION = "12 articles rewritten from real 2024-2025 coverage (links point at the originals)."
ARTICLES: list = []

# ============================================================================================
# ON TOPIC (8)
# ============================================================================================

# --------------------------------------------------------------------------------------------
# V01 Germany and France sign security agreements (two new agreements, ten-year term; long
# background on the G7 framework)
article(
    ARTICLES,
    "v-2024-02-16-germany-france-security-pacts",
    "2024-02-16T18:40:00+00:00",
    "https://www.reuters.com/world/europe/germany-france-sign-security-agreements-with-ukraine-2024-02-16/",
    S(
        "Germany and France sign long-term security pacts with Ukraine",
        "changed",
        ["v-germany-agreement", "v-france-agreement"],
        "Two newly concluded bilateral agreements; seed 003 has only the UK's.",
    ),
    [
        [
            S(
                "BERLIN/PARIS, Feb 16 (Reuters) – Germany and France each signed a bilateral security agreement "
                "with Ukraine on Friday, as President Volodymyr Zelensky toured European capitals in search of "
                "more weapons two years into Russia's full-scale invasion.",
                "changed",
                ["v-germany-agreement", "v-france-agreement"],
                "Same two new agreements (lede).",
            ),
        ],
        [
            S(
                "Chancellor Olaf Scholz and Zelensky signed the German accord at the chancellery in Berlin, and "
                "Scholz announced a further military aid package worth 1.1 billion euros.",
                "changed",
                "v-germany-agreement",
                "Repeat of the German signing, with an aid figure.",
            ),
            S(
                "The agreement runs for ten years and covers weapons deliveries, training, reconstruction and "
                "support for Ukraine's defence industry, according to the German government.",
                "new",
                "v-germany-terms",
                "Term and scope of the agreement: no seed counterpart.",
            ),
            S(
                "Hours later in Paris, Emmanuel Macron signed France's version at the Elysee Palace and pledged "
                "up to 3 billion euros in additional military aid this year.",
                "changed",
                "v-france-agreement",
                "Repeat of the French signing, with an aid figure.",
            ),
        ],
        [
            S(
                "Both pacts follow the model set by Britain, which in January became the first country to "
                "conclude such an agreement with Kyiv.",
                "known",
                None,
                "Seed 003: the UK concluded the first agreement on 12 January 2024.",
            ),
            S(
                "The arrangements put into practice a declaration that the Group of Seven issued on the "
                "sidelines of the alliance's Vilnius summit last July, later endorsed by dozens of other "
                "countries.",
                "known",
                None,
                "Seed 003: G7 declaration of July 2023, formalised in bilateral agreements, 32 signatories.",
            ),
            S(
                "Under that framework, signatories promise to build Ukrainian forces able to deter Russia and "
                "to consult within a day if Moscow attacks again, but they stop short of the mutual defence "
                "clause that binds NATO members.",
                "known",
                None,
                "Seed 003: sustainable forces, consultation within 24 hours, no Article 5.",
            ),
            S(
                "They are meant to lapse on the day Ukraine takes its seat in the alliance.",
                "known",
                None,
                "Seed 003: the agreements expire once Ukraine achieves membership.",
            ),
        ],
        [
            S(
                "Zelensky told reporters in Berlin that the agreements were a step on the road to membership, "
                "not a substitute for it.",
                "known",
                None,
                "Seed 003: Zelensky says they cannot substitute for membership.",
            ),
            S(
                "Kyiv is still pushing for a clear timetable for its entry, which allies declined to give it in "
                "Vilnius, where they said an invitation would come only once all of them agreed and conditions "
                "were met.",
                "known",
                None,
                "Seeds 000/003: no timeline; invitation 'when allies agree and conditions are met'.",
            ),
            S(
                "Ukrainian officials said talks on similar agreements with other allies, including Italy, Canada "
                "and the Netherlands, were under way.",
                "known",
                None,
                "Seed 003: other agreements under negotiation.",
                ["new"],
            ),
        ],
        [
            S(
                "Zelensky was due to address the Munich Security Conference on Saturday, where he was expected "
                "to press for more artillery shells and air defence."
            ),
            S(
                "Russian forces were meanwhile pressing their assault on the eastern town of Avdiivka, where "
                "Ukrainian troops were close to being encircled."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# V02 Biden and Zelensky sign a 10-year agreement at the G7 (new agreement, its terms, the count;
# background restating the G7 framework and the conditions)
article(
    ARTICLES,
    "v-2024-06-13-us-ukraine-ten-year-pact",
    "2024-06-13T19:15:00+00:00",
    "https://apnews.com/article/g7-summit-italy-biden-zelenskyy-security-agreement-ukraine-2024-06-13",
    S(
        "Biden and Zelensky sign 10-year security agreement at G7 summit",
        "changed",
        "v-us-agreement",
        "A newly concluded bilateral agreement (the US); seed 003 has only the UK's.",
    ),
    [
        [
            S(
                "SAVELLETRI, Italy, June 13 (AP) – President Joe Biden and Ukrainian President Volodymyr "
                "Zelensky signed a 10-year bilateral security agreement on Thursday on the sidelines of the "
                "Group of Seven summit in southern Italy.",
                "changed",
                "v-us-agreement",
                "Same new agreement (lede).",
            ),
        ],
        [
            S(
                "The pact commits Washington to keep training Ukraine's armed forces, to deepen cooperation on "
                "weapons production and to share more intelligence, but it does not put American troops on "
                "Ukrainian soil.",
                "new",
                "v-us-agreement-terms",
                "Scope of the US agreement: no seed counterpart.",
            ),
            S(
                "If Russia attacks Ukraine again, senior officials of both countries are to meet within 24 hours "
                "to decide on a response, the text says.",
                "known",
                None,
                "Seed 003: the G7 framework's consultation within 24 hours.",
                ["new"],
            ),
            S(
                "Biden said the goal was to give Ukraine the long-term strength to defend itself and deter "
                "future aggression.",
                "known",
                None,
                "Seed 003: sustainable forces able to defend Ukraine and deter Russia.",
            ),
        ],
        [
            S(
                "US officials described the pact as a bridge to Ukraine's eventual membership of NATO, not a "
                "substitute for it.",
                "known",
                None,
                "Seed 003: bridge to eventual membership; not a substitute.",
            ),
            S(
                "Because it is an executive agreement rather than a treaty, a future president could walk away "
                "from it, and its funding depends on Congress.",
                "new",
                "v-us-agreement-fragile",
                "Durability of the US agreement; seed 004 already fears a change of US leadership.",
                ["known"],
            ),
        ],
        [
            S(
                "More than a dozen countries, starting with Britain in January, have now signed similar pacts "
                "under a framework the G7 launched at NATO's summit in Vilnius last year.",
                "changed",
                "v-agreements-dozen",
                "Count of concluded agreements differs from the seed's one (the UK).",
            ),
            S(
                "Japan's Prime Minister Fumio Kishida signed his country's agreement with Zelensky on the same "
                "day.",
                "changed",
                "v-japan-agreement",
                "Another newly concluded agreement.",
            ),
            S(
                "Zelensky has repeatedly said such accords cannot stand in for the protection that full "
                "membership of the alliance would bring.",
                "known",
                None,
                "Seed 003: they cannot substitute for membership.",
            ),
            S(
                "Allies have said Kyiv can be invited only when they all agree and conditions are met, and "
                "Washington has made clear it will not back an invitation while the war goes on.",
                "known",
                None,
                "Seeds 000/003: Vilnius formula; the US held back an invitation during the war.",
            ),
        ],
        [
            S(
                "NATO leaders meet in Washington next month, where Ukraine is not expected to receive an "
                "invitation to join.",
                "known",
                None,
                "Seed 003: no invitation at Washington (here still a forecast).",
                ["new"],
            ),
            S(
                "The G7 leaders also agreed to use profits from frozen Russian assets to back a loan of about "
                "50 billion dollars to Kyiv."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# V03 Washington summit: 'irreversible' (mostly known; 32 allies, NSATU, senior representative,
# 40 billion pledge; Sweden's first summit)
article(
    ARTICLES,
    "v-2024-07-10-washington-irreversible-path",
    "2024-07-10T21:05:00+00:00",
    "https://www.reuters.com/world/nato-says-ukraine-is-irreversible-path-membership-2024-07-10/",
    S(
        "NATO calls Ukraine's path to membership 'irreversible' but holds back an invitation",
        "known",
        None,
        "Seed 003: Washington 2024, 'irreversible', no invitation.",
    ),
    [
        [
            S(
                "WASHINGTON, July 10 (Reuters) – NATO leaders declared on Wednesday that Ukraine was on an "
                "“irreversible” path to joining the alliance, but stopped short of inviting Kyiv to become a "
                "member while it fights Russia's invasion.",
                "known",
                None,
                "Seed 003: 'irreversible' path, no invitation.",
            ),
        ],
        [
            S(
                "The summit declaration, agreed by all 32 allies, said NATO would continue to support Ukraine on "
                "its way to full Euro-Atlantic integration, including membership.",
                "changed",
                "alliance-32",
                "32 allies; seeds count 31.",
            ),
            S(
                "It repeated the formula first agreed in Vilnius a year ago: an invitation will come when allies "
                "agree and conditions are met.",
                "known",
                None,
                "Seeds 000/003: the Vilnius formula.",
            ),
        ],
        [
            S(
                "Leaders also pledged a minimum of 40 billion euros in military aid for Ukraine within the next "
                "year.",
                "new",
                "v-40bn-pledge",
                "Aid figure of a NATO pledge; no seed counterpart.",
                ["irrelevant"],
            ),
            S(
                "They agreed that the alliance will take over the coordination of weapons deliveries and "
                "training for Kyiv from a new command in Wiesbaden, Germany, and will appoint a senior civilian "
                "representative in Kyiv.",
                "new",
                ["v-nsatu", "v-senior-rep"],
                "NATO's Ukraine command and a NATO representative in Kyiv: no seed counterpart.",
            ),
            S(
                "Secretary General Jens Stoltenberg called the package a bridge to membership.",
                "known",
                None,
                "Seed 003: assistance as a 'bridge' to membership.",
            ),
        ],
        [
            S(
                "Ukraine has been promised eventual membership since 2008, when allies meeting in Bucharest said "
                "it and Georgia would one day join but gave no date or roadmap.",
                "known",
                None,
                "Seeds 000/004: Bucharest's promise, no date, no MAP.",
            ),
            S(
                "Kyiv's leaders have long argued that the vagueness convinced Moscow it could attack without "
                "paying a price.",
                "known",
                None,
                "Seed 000: the waffling encouraged Russia's wars.",
            ),
            S(
                "At last year's summit in Vilnius, allies dropped the requirement for a Membership Action Plan "
                "and set up a NATO-Ukraine Council, but Zelensky called the lack of a timetable absurd.",
                "known",
                None,
                "Seeds 000/001/003: MAP dropped, NATO-Ukraine Council, 'absurd'.",
            ),
        ],
        [
            S(
                "US officials have argued that admitting a country at war would draw the alliance into direct "
                "conflict with Russia.",
                "known",
                None,
                "Seed 000: Sullivan, NATO at war with Russia.",
            ),
            S(
                "Zelensky, who came to Washington seeking more air defence systems, thanked allies but said "
                "Ukraine still hoped to receive an invitation soon.",
                "known",
                None,
                "Seed 002: Ukraine seeks an invitation.",
                ["new"],
            ),
            S(
                "The Kremlin has long cast the alliance's expansion toward its borders as a direct threat to "
                "Russia's security.",
                "known",
                None,
                "Seed 000: Putin's 'direct threat'.",
                ["contradicted"],
            ),
        ],
        [
            S(
                "It was Sweden's first summit as a full member, and the second for neighbouring Finland, which "
                "abandoned decades of non-alignment to join in 2023.",
                "changed",
                "sweden-member",
                "Sweden a member; seed 001 has it waiting on Turkey.",
            ),
            S(
                "Leaders also marked the 75th anniversary of the alliance's founding treaty and discussed "
                "China's support for Russia's war economy."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# V04 Rutte's first trip as Secretary General, to Kyiv (office holder; invitation in the victory
# plan; background)
article(
    ARTICLES,
    "v-2024-10-03-rutte-kyiv-first-visit",
    "2024-10-03T15:30:00+00:00",
    "https://kyivindependent.com/nato-secretary-general-rutte-arrives-in-kyiv-on-first-visit/",
    S(
        "Rutte makes Kyiv his first trip as NATO chief, says Ukraine is closer to the alliance than ever",
        "changed",
        "v-rutte-sg",
        "Rutte new in the office the seeds give to Stoltenberg ('first trip').",
        ["known"],
    ),
    [
        [
            S(
                "KYIV, Oct 3 (Reuters) – Mark Rutte travelled to Kyiv on Thursday, two days after succeeding "
                "Jens Stoltenberg as NATO Secretary General, and told Ukrainians their country was closer to "
                "membership than ever before.",
                "changed",
                "v-rutte-sg",
                "Rutte succeeded Stoltenberg (seed office holder).",
            ),
        ],
        [
            S(
                "“Ukraine is closer to NATO than ever before, and it will continue on this path until it "
                "becomes a member of our alliance,” Rutte said at a news conference with President Volodymyr "
                "Zelensky.",
                "known",
                None,
                "Seeds 000/003: Ukraine will become a member; its future is in NATO.",
            ),
            S(
                "He said the path was irreversible, echoing the language leaders adopted at the Washington "
                "summit in July.",
                "known",
                None,
                "Seed 003: 'irreversible'.",
            ),
        ],
        [
            S(
                "Zelensky said an invitation to join the alliance was a central element of his victory plan, "
                "which he would present to allies in the coming weeks.",
                "new",
                "v-victory-invite",
                "Ukraine's plan asking for an invitation now: no seed counterpart.",
            ),
            S(
                "Rutte did not commit to a date, saying a decision on an invitation rested with all allies.",
                "known",
                None,
                "Seeds 000/003: no timeline; invitation when allies agree.",
            ),
        ],
        [
            S(
                "The former Dutch prime minister takes over an alliance whose members promised Kyiv a seat at "
                "the table as far back as the 2008 summit in Bucharest, without saying when it would be offered.",
                "known",
                None,
                "Seed 000: Bucharest's 'will become members', no date.",
            ),
            S(
                "In Vilnius last year they went further, lifting the need for a Membership Action Plan, but "
                "still declined to offer an invitation or a timetable.",
                "known",
                None,
                "Seeds 001/003: MAP dropped; no invitation, no timeline.",
            ),
            S(
                "Allies including the United States have insisted that Ukraine cannot join while the fighting "
                "continues, warning that doing so would make NATO a party to the war.",
                "known",
                None,
                "Seeds 000/001: join only after the war; NATO at war with Russia.",
            ),
            S(
                "Stoltenberg, who led the alliance for a decade, had cast the aid and training agreed in "
                "Washington as a bridge that would carry Ukraine into the alliance.",
                "known",
                None,
                "Seed 003: the 'bridge' to membership.",
            ),
        ],
        [
            S(
                "Rutte also visited an energy facility damaged by Russian strikes and urged allies to send more "
                "air defences before winter."
            ),
            S(
                "Russian troops were advancing around the eastern town of Vuhledar, from which Ukrainian forces "
                "withdrew this week."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# V05 Victory plan: an invitation now; 'nuclear weapons or NATO'; allies reluctant (new; background
# on Budapest, Bucharest, Washington)
article(
    ARTICLES,
    "v-2024-10-17-victory-plan-invitation",
    "2024-10-17T17:50:00+00:00",
    "https://www.reuters.com/world/europe/zelenskiy-takes-victory-plan-brussels-eu-nato-2024-10-17/",
    S(
        "Zelensky takes his plea for a NATO invitation to Brussels",
        "new",
        "v-victory-invite",
        "Request for an invitation now: no seed counterpart.",
    ),
    [
        [
            S(
                "BRUSSELS, Oct 17 (Reuters) – Volodymyr Zelensky urged European Union leaders on Thursday to "
                "back his call for Ukraine to be invited into NATO now, a day after presenting to parliament a "
                "plan whose first point is an immediate invitation.",
                "new",
                "v-victory-invite",
                "Same request (lede).",
            ),
        ],
        [
            S(
                "Speaking in the Verkhovna Rada on Wednesday, Zelensky said the invitation should come without "
                "conditions, even though he accepted that full membership would follow only later.",
                "new",
                "v-victory-invite",
                "Unconditional invitation requested; membership later is the seeds' view.",
            ),
            S(
                "He said other points included deploying a non-nuclear strategic deterrence package on "
                "Ukrainian soil and, after the war, using Ukrainian troops to replace some American forces in "
                "Europe.",
                "new",
                "v-victory-deterrence",
                "Deterrence proposals of the plan; close to guarantees, arguably off the path.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "At a news conference in Brussels, he said Ukraine would either have nuclear weapons or be part "
                "of NATO, because it knew of no other alliance that could protect it.",
                "new",
                "v-nuclear-or-nato",
                "'Nuclear weapons or NATO': no seed counterpart.",
            ),
            S(
                "He later said Kyiv was not working on a bomb and that membership of the alliance remained the "
                "strongest guarantee it could have.",
                "new",
                "v-nuclear-or-nato",
                "Clarification of the same remark; the aim itself is known.",
                ["known"],
            ),
        ],
        [
            S(
                "Zelensky recalled the 1994 Budapest Memorandum, under which Ukraine gave up the Soviet nuclear "
                "arsenal on its soil in return for assurances about its borders that Russia later ignored.",
                "known",
                None,
                "Seed 001: the Budapest Memorandum and its failure.",
            ),
            S(
                "Allies promised in Bucharest in 2008 that Ukraine would one day enter the alliance, and at the "
                "Washington summit in July they described its road to membership as irreversible.",
                "known",
                None,
                "Seeds 000/003: Bucharest promise; 'irreversible'.",
            ),
            S(
                "But they have tied any invitation to the agreement of every member and to conditions being "
                "met, and have offered no timeline.",
                "known",
                None,
                "Seeds 000/003: 'when allies agree and conditions are met', no timeline.",
            ),
        ],
        [
            S(
                "Rutte, who appeared with Zelensky at NATO headquarters, said he could not endorse the plan in "
                "its entirety and that any invitation was for all allies to decide.",
                "new",
                "v-no-consensus-invite",
                "No backing for the invitation now (consensus lacking); 'allies decide' is known.",
                ["known"],
            ),
            S(
                "Diplomats said the United States and Germany remained reluctant to extend an invitation while "
                "the war continues, leaving little chance of consensus before Biden leaves office.",
                "new",
                "v-no-consensus-invite",
                "Named reluctant allies, consensus lacking now: not a denial.",
                ["known"],
            ),
            S(
                "Kremlin spokesman Dmitry Peskov said the government in Kyiv needed to sober up, and Russian "
                "officials repeated that Ukraine's entry into the alliance would threaten Russia.",
                "known",
                None,
                "Seed 000: membership as a 'direct threat' to Russia.",
                ["contradicted"],
            ),
        ],
        [
            S(
                "EU leaders at the summit also discussed migration and ways to speed up deportations."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# V06 Hegseth in Brussels: membership not realistic (contradicted; European force without
# Article 5; background)
article(
    ARTICLES,
    "v-2025-02-12-hegseth-membership-not-realistic",
    "2025-02-12T16:20:00+00:00",
    "https://apnews.com/article/hegseth-ukraine-nato-membership-europe-troops-2025-02-12",
    S(
        "Hegseth says NATO membership for Ukraine is not a realistic outcome of talks",
        "contradicted",
        "v-hegseth-denial",
        "US denial of membership against 'future is in NATO' / 'irreversible'.",
    ),
    [
        [
            S(
                "BRUSSELS, Feb 12 (AP) – US Defence Secretary Pete Hegseth told Ukraine's allies on Wednesday "
                "that Washington does not see NATO membership for Kyiv as a realistic result of any negotiated "
                "settlement with Russia.",
                "contradicted",
                "v-hegseth-denial",
                "Same denial (lede).",
            ),
        ],
        [
            S(
                "Hegseth, making his first appearance at the Ukraine Defence Contact Group, said a lasting peace "
                "must be backed by security guarantees provided by capable European and non-European troops.",
                "new",
                "v-hegseth-european-troops",
                "Guarantees by a European force instead of membership: no seed counterpart.",
            ),
            S(
                "Any such force should not be deployed as a NATO mission and would not be covered by Article 5 "
                "of the alliance's treaty, he said, adding that no US troops would take part.",
                "new",
                "v-hegseth-european-troops",
                "Terms of the same proposal.",
            ),
            S(
                "He also said returning to Ukraine's borders of before 2014 was an unrealistic goal."
            ),
        ],
        [
            S(
                "Hours later, President Donald Trump said he had spoken with Vladimir Putin by phone and agreed "
                "to start negotiations on ending the war."
            ),
        ],
        [
            S(
                "The remarks marked a sharp break with the previous administration, which had signed on to a "
                "declaration calling Ukraine's road to membership irreversible.",
                "known",
                None,
                "Seed 003: 'irreversible' (the break itself is the denial already labelled).",
                ["contradicted"],
            ),
            S(
                "At Bucharest in 2008, allies declared that Ukraine would become a member, and in Vilnius in 2023 "
                "they said its future lay in NATO.",
                "known",
                None,
                "Seeds 000/003: Bucharest; 'Ukraine's future is in NATO'.",
            ),
            S(
                "Even under Biden, however, Washington opposed issuing an invitation while the fighting "
                "continued, arguing that admitting Ukraine during the war would pit the alliance against Russia "
                "directly.",
                "known",
                None,
                "Seed 000: the US held back an invitation; Sullivan.",
            ),
            S(
                "The Biden administration also signed a ten-year security agreement with Kyiv last June, billed "
                "as a bridge to eventual accession.",
                "changed",
                "v-us-agreement",
                "The US agreement, a concluded agreement beyond the seed's UK one.",
            ),
            S(
                "Ukraine has had the goal of joining the alliance written into its constitution since 2019.",
                "known",
                None,
                "Seed 004: 2019 constitutional amendment.",
            ),
        ],
        [
            S(
                "Foreign Minister Andrii Sybiha said Kyiv would not abandon its bid, calling membership the "
                "most cost-effective security guarantee for Ukraine and for Europe.",
                "known",
                None,
                "Seeds 001/003: Ukraine pursues membership as the real guarantee.",
                ["new"],
            ),
            S(
                "Britain announced a package of drones and air defence equipment at the meeting, which was "
                "chaired for the first time by its defence secretary, John Healey."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# V07 Trump: 'forget about' NATO; Zelensky's offer to resign for membership (contradicted, new;
# background with Sweden as 32nd)
article(
    ARTICLES,
    "v-2025-02-26-trump-forget-about-nato",
    "2025-02-26T20:10:00+00:00",
    "https://www.reuters.com/world/us/trump-says-ukraine-can-forget-about-joining-nato-2025-02-26/",
    S(
        "Trump says Ukraine can 'forget about' joining NATO",
        "contradicted",
        "v-trump-forget",
        "US president rules out membership: against 'irreversible' / 'future is in NATO'.",
    ),
    [
        [
            S(
                "WASHINGTON, Feb 26 (Reuters) – President Donald Trump said on Wednesday that Ukraine could "
                "forget about joining NATO, adding that its bid for membership was probably the reason the war "
                "started.",
                "contradicted",
                "v-trump-forget",
                "Same denial (lede).",
            ),
        ],
        [
            S(
                "Speaking at the first meeting of his cabinet, Trump said Zelensky would come to Washington on "
                "Friday to sign an agreement giving the United States a share of revenue from Ukraine's mineral "
                "resources."
            ),
            S(
                "He said he would not make security guarantees “beyond very much” and that Europe would have "
                "to provide them.",
                "new",
                "v-trump-europe-guarantees",
                "Guarantees left to Europe: no seed counterpart.",
            ),
        ],
        [
            S(
                "Zelensky had said on Sunday that he was ready to step down as president if that would bring "
                "peace or secure his country a place in the alliance.",
                "new",
                "v-zelensky-resign-for-nato",
                "Offer to resign in exchange for membership: no seed counterpart.",
            ),
            S(
                "“I can exchange it for NATO,” he told a news conference in Kyiv.",
                "new",
                "v-zelensky-resign-for-nato",
                "Quote of the same offer.",
            ),
        ],
        [
            S(
                "Ukraine's hopes rest on a promise first made by allies in Bucharest in 2008 that it would "
                "eventually become a member.",
                "known",
                None,
                "Seed 000: Bucharest's 'will become members'.",
            ),
            S(
                "At last year's summit in Washington, leaders said its path to accession was irreversible and "
                "described their aid as a bridge to it.",
                "known",
                None,
                "Seed 003: 'irreversible', the 'bridge'.",
            ),
            S(
                "Yet allies have never issued a formal invitation, saying in Vilnius in 2023 that one would come "
                "only when all of them agreed and conditions were met.",
                "known",
                None,
                "Seeds 000/003: no invitation; the Vilnius formula.",
            ),
            S(
                "Trump's defence secretary, Pete Hegseth, told allies in Brussels this month that membership was "
                "not a realistic outcome of peace talks.",
                "contradicted",
                "v-hegseth-denial",
                "Repeat of Hegseth's denial.",
            ),
        ],
        [
            S(
                "Moscow has long described Kyiv's aspiration to join as a direct threat to Russia.",
                "known",
                None,
                "Seed 000: Putin's 'direct threat'.",
                ["contradicted"],
            ),
            S(
                "Finland and Sweden, which ended decades of military non-alignment after the 2022 invasion, "
                "have both joined the alliance, Sweden becoming its 32nd member last March.",
                "changed",
                ["sweden-member", "alliance-32"],
                "Sweden a member and 32 allies; seed 001 has Sweden waiting, seeds count 31.",
            ),
        ],
        [
            S(
                "Shares of European defence companies rose as investors bet on higher military spending."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# V08 Zelensky ready to drop the NATO bid for guarantees (contradicted; Article 5-like guarantees;
# Yermak gone, Umerov at the NSDC; background incl. the US draft and Russia's demand)
article(
    ARTICLES,
    "v-2025-12-14-zelensky-ready-to-drop-nato-bid",
    "2025-12-14T13:45:00+00:00",
    "https://www.reuters.com/world/europe/zelenskiy-says-ukraine-ready-drop-nato-bid-exchange-security-guarantees-2025-12-14/",
    S(
        "Zelensky offers to drop NATO bid in return for Western security guarantees",
        "contradicted",
        "v-drop-bid",
        "Kyiv itself offering to give up membership: against 'future is in NATO' / 'irreversible'.",
        ["new"],
    ),
    [
        [
            S(
                "BERLIN, Dec 14 (Reuters) – Volodymyr Zelensky said on Sunday that Ukraine was ready to give up "
                "its goal of joining NATO in exchange for legally binding security guarantees from the United "
                "States and Europe, ahead of talks in Berlin with US envoys.",
                "contradicted",
                "v-drop-bid",
                "Same offer (lede).",
                ["new"],
            ),
        ],
        [
            S(
                "“From the very beginning, Ukraine's desire was to join NATO,” Zelensky told reporters in a "
                "chat, but he said some partners in the United States and Europe had not supported that "
                "direction.",
                "contradicted",
                "v-partners-opposed",
                "Allies reported as against membership (like Rutte's report of the US and others).",
                ["new"],
            ),
            S(
                "Bilateral guarantees from the United States similar to Article 5, together with guarantees "
                "from European partners, Canada and Japan, were a chance to prevent another Russian invasion, "
                "he said.",
                "new",
                "v-article5-like",
                "Article 5-like guarantees instead of membership: no seed counterpart.",
            ),
            S(
                "He called the offer a compromise on Kyiv's part.",
                "contradicted",
                "v-drop-bid",
                "Refers back to the offer to drop the bid.",
                ["new"],
            ),
        ],
        [
            S(
                "Zelensky was to meet envoys Steve Witkoff and Jared Kushner in Berlin later on Sunday, with "
                "German Chancellor Friedrich Merz hosting European leaders on Monday."
            ),
            S(
                "Kyiv's delegation is led by Rustem Umerov, secretary of the National Security and Defence "
                "Council, who took over the negotiating role after Andriy Yermak resigned as head of the "
                "presidential office last month.",
                "changed",
                ["v-yermak-gone", "v-umerov-nsdc"],
                "Yermak gone; Umerov now NSDC secretary (seeds: Yermak heads the office, Danilov the NSDC).",
            ),
        ],
        [
            S(
                "Ukraine wrote the goal of membership into its constitution in 2019 and has spent years urging "
                "the alliance to set a date for its entry.",
                "known",
                None,
                "Seeds 000/004: 2019 amendment; demand for a timeline.",
            ),
            S(
                "Allies promised in 2008 that Ukraine would join one day, and at the Vilnius summit in 2023 they "
                "said the invitation would come when all of them agreed and conditions were met.",
                "known",
                None,
                "Seeds 000/003: Bucharest; the Vilnius formula.",
            ),
            S(
                "In Washington a year later they called Kyiv's path irreversible, but they never set a "
                "timetable or extended the invitation Zelensky sought.",
                "known",
                None,
                "Seed 003: 'irreversible', no invitation.",
            ),
            S(
                "Trump said in February that Ukraine could forget about joining, and a draft US peace plan that "
                "emerged last month would have required Kyiv to write into its constitution that it will not "
                "join NATO and the alliance to agree never to admit it.",
                "contradicted",
                ["v-trump-forget", "v-us-draft-renounce"],
                "Trump's denial repeated; the US draft's renunciation of membership.",
            ),
            S(
                "Russia has demanded that Ukraine renounce membership and remain neutral as a condition of any "
                "settlement.",
                "contradicted",
                "v-russia-neutral-demand",
                "Russian demand to renounce NATO (convention: contradicted, alt new).",
                ["new"],
            ),
        ],
        [
            S(
                "Zelensky said Kyiv would not recognise Russian control over the parts of the Donbas region "
                "that Moscow wants it to cede."
            ),
        ],
    ],
    True,
)

# ============================================================================================
# OFF TOPIC (4)
# ============================================================================================

# --------------------------------------------------------------------------------------------
# V09 EU agrees 50 billion euro facility for Ukraine (Ukraine news on other things; EU accession
# words about the bloc)
article(
    ARTICLES,
    "v-2024-02-01-eu-50-billion-ukraine-facility",
    "2024-02-01T14:00:00+00:00",
    "https://www.reuters.com/world/europe/eu-leaders-agree-50-billion-euro-ukraine-aid-package-2024-02-01/",
    S("EU leaders agree 50 billion euro aid package for Ukraine after Orban drops his veto"),
    [
        [
            S(
                "BRUSSELS, Feb 1 (Reuters) – European Union leaders agreed on Thursday to a 50 billion euro "
                "support package for Ukraine, overcoming weeks of resistance from Hungarian Prime Minister "
                "Viktor Orban."
            ),
            S(
                "The deal, sealed within an hour of the summit opening, will fund Kyiv's budget and "
                "reconstruction through 2027."
            ),
        ],
        [
            S(
                "Orban had blocked the package in December, at the same summit at which he left the room so "
                "that the other 26 leaders could open accession talks with Ukraine."
            ),
            S(
                "Under the compromise, the European Commission will report each year on how the money is spent, "
                "and leaders may hold a debate on it if needed."
            ),
            S(
                "Hungary, which still relies heavily on Russian energy, had wanted the money to be approved "
                "year by year."
            ),
        ],
        [
            S(
                "President Volodymyr Zelensky said the decision would strengthen Ukraine's long-term economic "
                "and financial stability."
            ),
            S(
                "European Council President Charles Michel said the agreement locked in steady and predictable "
                "funding."
            ),
        ],
        [
            S(
                "Farmers protesting against cheap imports and EU rules blocked streets near the summit venue "
                "with tractors."
            ),
            S(
                "Diplomats said the bloc would next turn to how to finance further military aid through the "
                "European Peace Facility."
            ),
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# V10 Ukraine becomes a member of the International Criminal Court (membership words about
# another body)
article(
    ARTICLES,
    "v-2025-01-01-ukraine-joins-icc",
    "2025-01-01T10:30:00+00:00",
    "https://www.reuters.com/world/europe/ukraine-becomes-member-international-criminal-court-2025-01-01/",
    S("Ukraine becomes the 125th member of the International Criminal Court"),
    [
        [
            S(
                "THE HAGUE, Jan 1 (Reuters) – Ukraine formally became a member of the International Criminal "
                "Court on Wednesday, joining the tribunal that has issued an arrest warrant for Russian "
                "President Vladimir Putin."
            ),
            S(
                "Kyiv's accession makes it the 125th state party to the Rome Statute, the court's founding "
                "treaty."
            ),
        ],
        [
            S(
                "The Verkhovna Rada voted to ratify the statute in August, after a decade in which Ukraine "
                "accepted the court's jurisdiction over crimes on its territory without joining it."
            ),
            S(
                "Lawmakers attached a declaration allowing Ukraine, for seven years, not to recognise the "
                "court's jurisdiction over war crimes committed by its own citizens."
            ),
            S(
                "Human rights groups criticised that reservation but welcomed Kyiv's decision to take a full "
                "seat in the court's assembly of member states."
            ),
        ],
        [
            S(
                "The court issued its warrant for Putin in March 2023 over the unlawful deportation of Ukrainian "
                "children."
            ),
            S("Russia, which is not a member, has rejected the warrant as legally void."),
        ],
        [
            S(
                "As a member, Ukraine will contribute to the court's budget and can nominate judges."
            ),
            S(
                "Prosecutors from the court already have an office in Kyiv investigating alleged war crimes."
            ),
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# V11 Armenia's parliament launches an EU membership bid (membership words about another country
# and other alliances)
article(
    ARTICLES,
    "v-2025-03-26-armenia-eu-membership-law",
    "2025-03-26T15:10:00+00:00",
    "https://www.rferl.org/a/armenia-parliament-approves-eu-membership-bill/33364872.html",
    S("Armenian parliament passes law launching bid to join the European Union"),
    [
        [
            S(
                "YEREVAN, March 26 (RFE/RL) – Armenia's parliament on Wednesday approved a law that declares the "
                "start of the country's bid for membership of the European Union, a move likely to strain its "
                "ties with Moscow."
            ),
            S("The bill passed its final reading with 64 votes in favour and 7 against."),
            S(
                "It began as a citizens' initiative that gathered more than 60,000 signatures last year."
            ),
        ],
        [
            S(
                "Prime Minister Nikol Pashinyan has said the law does not mean Armenia will apply right away, "
                "and that accession would ultimately have to be approved in a referendum."
            ),
            S(
                "The Kremlin has warned that joining the bloc would be incompatible with Armenia's membership "
                "of the Russian-led Eurasian Economic Union."
            ),
        ],
        [
            S(
                "Yerevan has also frozen its participation in the Collective Security Treaty Organization, a "
                "Moscow-led military alliance, accusing it of failing to defend Armenia against Azerbaijan."
            ),
            S("Pashinyan's government has said it has no plans to apply to join NATO."),
        ],
        [
            S(
                "Earlier this month, Armenia and Azerbaijan said they had agreed on the text of a peace treaty."
            ),
            S(
                "The European Commission has not commented formally on the law, though officials in Brussels "
                "said any application would be judged on its merits."
            ),
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# V12 NATO launches Eastern Sentry after drones enter Poland (NATO news on other things)
article(
    ARTICLES,
    "v-2025-09-12-nato-eastern-sentry",
    "2025-09-12T18:25:00+00:00",
    "https://www.reuters.com/world/europe/nato-launches-eastern-sentry-after-russian-drones-enter-poland-2025-09-12/",
    S("NATO launches 'Eastern Sentry' to bolster its eastern flank after drones enter Poland"),
    [
        [
            S(
                "BRUSSELS, Sept 12 (Reuters) – NATO will reinforce its eastern flank with a new operation called "
                "Eastern Sentry, Secretary General Mark Rutte said on Friday, two days after Polish and allied "
                "jets shot down Russian drones over Poland."
            ),
            S(
                "Denmark, France, Britain and Germany are among the allies committing fighter jets, a frigate "
                "and other assets to the mission, he said."
            ),
            S("Rutte called the incursion reckless and said it was not an isolated incident."),
        ],
        [
            S(
                "Poland had invoked Article 4 of the alliance's treaty, which allows any member to request "
                "consultations when it feels threatened."
            ),
            S(
                "It was the first time allied aircraft had engaged potential threats in the airspace of a member "
                "state since Russia's full-scale invasion of Ukraine began."
            ),
            S(
                "Polish Prime Minister Donald Tusk said the incursion had brought the country closer to open "
                "conflict than at any time since World War Two."
            ),
        ],
        [
            S(
                "Russia's defence ministry said it had not intended to hit targets in Poland, while Belarus said "
                "some drones had strayed after being jammed."
            ),
            S(
                "US General Alexus Grynkewich, the alliance's top commander in Europe, said the operation would "
                "combine traditional forces with new technology to counter drones."
            ),
            S(
                "Poland closed its border with Belarus ahead of large Russian and Belarusian military exercises."
            ),
        ],
    ],
    False,
)
