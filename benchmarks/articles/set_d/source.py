"""Article set d: the articles, sentence by sentence with their gold (`python3 ../build.py set_d`)."""

from corpus import S, article

CHANNEL = "Article set d: Ukraine, NATO and beyond"
DESCRIPTION = "12 articles rewritten from real 2023-2026 coverage (links point at the originals)."
ARTICLES: list = []

# ============================================================================================
# ON TOPIC (8)
# ============================================================================================

# --------------------------------------------------------------------------------------------
# D01 Stoltenberg's 100-billion-euro fund proposal (on topic: NATO assistance plan)
article(
    ARTICLES,
    "ard-2024-04-03-stoltenberg-fund",
    "2024-04-03T17:45:00+00:00",
    "https://eurodemocracy.net/news-and-events/411-foreign-ministers-convene-in-brussels-for-nato-s-75th-anniversary-commemoration",
    S(
        "NATO chief floats five-year, 100-billion-euro fund to put Ukraine aid on firmer footing",
        "new",
        "nato-100bn-fund",
        "A proposed NATO fund for Ukraine; no seed counterpart.",
    ),
    [
        [
            S(
                "BRUSSELS, April 3 – NATO foreign ministers met in Brussels on Wednesday to mark the alliance's "
                "75th anniversary and to weigh a plan from Secretary General Jens Stoltenberg for a fund worth 100 "
                "billion euros to support Ukraine over five years.",
                "new",
                "nato-100bn-fund",
                "The fund proposal.",
            ),
            S(
                "The idea is to rely less on voluntary contributions and short-term offers and more on NATO "
                "commitments and multi-year pledges, Stoltenberg told reporters as he arrived.",
                "new",
                "nato-100bn-fund",
                "Rationale of the same proposal.",
            ),
        ],
        [
            S(
                "Under the plan, which diplomats described, the alliance would also take over much of the work of "
                "coordinating weapons deliveries from the US-led Ramstein group.",
                "new",
                "nato-coordination-role",
                "NATO taking over coordination of aid to Kyiv; no seed counterpart.",
            ),
            S(
                "Supporters say that would shield supplies to Kyiv from political swings in member capitals, "
                "including a possible return of Donald Trump to the White House.",
                "new",
                "nato-coordination-role",
                "Purpose of the same step.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "Stoltenberg declined to confirm the figure and said no decision was expected this week; the aim "
                "is to reach agreement before the Washington summit in July.",
                "new",
                "nato-100bn-fund",
                "Status of the proposal.",
                ["irrelevant"],
            ),
            S(
                "Germany's Annalena Baerbock backed the push for reliable, long-term structures, while Belgium's "
                "Hadja Lahbib warned against making promises that could not be kept.",
                "new",
                "nato-100bn-fund",
                "Allies' reactions to the fund.",
                ["irrelevant"],
            ),
            S(
                "Hungary's Peter Szijjarto said Budapest would not support any NATO step that could draw the "
                "alliance closer to war.",
                "new",
                "hungary-fund-objection",
                "A named ally reluctant on NATO's Ukraine role; not a veto on membership.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "Asked about Kyiv's ambitions, Stoltenberg repeated that Ukraine will become a member and that the "
                "question is when, not if.",
                "known",
                None,
                "Seeds: Ukraine will become a member (Bucharest), its future is in NATO (Vilnius).",
            ),
            S(
                "Allies promised at Vilnius last year to invite the country once they all agree and conditions "
                "allow, without setting a date.",
                "known",
                None,
                "Seed 000/003: invitation when allies agree and conditions are met; no timeline.",
            ),
        ],
        [
            S(
                "It was the first such gathering since Sweden took its seat last month as the 32nd ally.",
                "changed",
                ["sweden-member", "alliance-32"],
                "Sweden a member (seed: waiting on Turkey); 32 allies (seed: 31).",
            ),
            S(
                "The ministers also discussed China's support for Russia's war economy and the alliance's "
                "partnerships in the Indo-Pacific."
            ),
            S(
                "The treaty founding the alliance was signed in Washington on April 4, 1949, by 12 countries."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# D02 Spain, Belgium and Portugal agreements (on topic: bilateral agreements)
article(
    ARTICLES,
    "ard-2024-05-28-iberian-agreements",
    "2024-05-28T20:30:00+00:00",
    "https://unn.ua/en/news/ukraine-and-spain-sign-agreement-on-security-cooperation",
    S(
        "Zelensky collects three more security pacts on whirlwind trip to Madrid, Brussels and Lisbon",
        "changed",
        ["spain-agreement", "belgium-agreement", "portugal-agreement"],
        "Three further concluded agreements; the seed has only the UK's.",
    ),
    [
        [
            S(
                "LISBON, May 28 – Volodymyr Zelensky ended a two-day European tour in Lisbon on Tuesday by signing "
                "a security cooperation agreement with Portuguese Prime Minister Luis Montenegro.",
                "changed",
                "portugal-agreement",
                "Another concluded bilateral agreement (Portugal).",
            ),
            S(
                "It was his third such signing in as many stops.",
                "changed",
                ["spain-agreement", "belgium-agreement"],
                "Refers back to the Spanish and Belgian signings.",
            ),
        ],
        [
            S(
                "In Madrid on Monday, Spanish Prime Minister Pedro Sanchez put his name to a ten-year accord that "
                "commits Spain to back Ukraine for as long as it takes to restore its 1991 borders.",
                "changed",
                "spain-agreement",
                "Another concluded agreement (Spain).",
            ),
            S(
                "Spain will provide 1 billion euros in military aid this year and 5 billion by 2027, Zelensky said, "
                "calling it life-saving help.",
                "new",
                "spain-aid",
                "Aid figure of the agreement.",
                ["irrelevant"],
            ),
            S(
                "The document also pledges support for reforms on Ukraine's road to the European Union and NATO.",
                "known",
                None,
                "Seeds: support for Ukraine's NATO ambitions (G7, seed 000).",
                ["new"],
            ),
        ],
        [
            S(
                "On Tuesday morning Belgian Prime Minister Alexander De Croo signed his country's pact in Brussels "
                "and promised 30 F-16 fighter jets by 2028, the first of them this year.",
                "changed",
                "belgium-agreement",
                "Another concluded agreement (Belgium); the jets are aid in the same sentence.",
            ),
            S(
                "De Croo said Belgium would also give 977 million euros in military aid in 2024.",
                "new",
                "belgium-aid",
                "Aid figure attached to the agreement.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "Like the others, the three texts stop short of a mutual defence promise of the kind NATO members "
                "give one another.",
                "known",
                None,
                "Seed 003: the arrangements do not replicate Article 5.",
            ),
            S(
                "They rest on the pledge the Group of Seven made on the sidelines of the Vilnius summit last July.",
                "known",
                None,
                "Seed 003: agreements formalise the G7 declaration of July 2023.",
            ),
        ],
        [
            S(
                "Kyiv has now concluded such agreements with 12 partners, starting with Britain in January.",
                "changed",
                "agreements-count-may",
                "Count of concluded agreements: 12, against the seed's one.",
            ),
            S(
                "Sanchez, asked whether Madrid would let Ukraine strike Russian territory with Spanish weapons, "
                "said there was no such intention."
            ),
            S("Zelensky also urged leaders to attend next month's peace summit in Switzerland."),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# D03 EU, Lithuania and Estonia security commitments (on topic: bilateral agreements)
article(
    ARTICLES,
    "ard-2024-06-27-eu-baltic-commitments",
    "2024-06-27T18:20:00+00:00",
    "https://www.pravda.com.ua/eng/news/2024/06/27/7462938/",
    S(
        "EU, Lithuania and Estonia sign security commitments with Kyiv at Brussels summit",
        "changed",
        ["eu-agreement", "lithuania-agreement", "estonia-agreement"],
        "Three further concluded agreements; seed 003 has only the UK's.",
    ),
    [
        [
            S(
                "BRUSSELS, June 27 – The European Union set out its own long-term security commitments to Ukraine "
                "on Thursday, in a document signed by Volodymyr Zelensky, Charles Michel and Ursula von der Leyen "
                "before the bloc's leaders sat down for their summit.",
                "changed",
                "eu-agreement",
                "A further concluded security agreement (the EU's).",
            ),
            S(
                "The text lists nine areas in which the bloc will help, from arms deliveries and training to "
                "defence industry cooperation and demining.",
                "new",
                "eu-agreement-terms",
                "Scope of the EU's commitments; no seed counterpart.",
            ),
        ],
        [
            S(
                "Lithuanian President Gitanas Nauseda and Estonian Prime Minister Kaja Kallas signed bilateral "
                "pacts with Zelensky at the same ceremony.",
                "changed",
                ["lithuania-agreement", "estonia-agreement"],
                "Two further concluded agreements.",
            ),
            S(
                "Both Baltic states have pledged to devote at least 0.25% of their economic output each year to "
                "military aid for Kyiv.",
                "new",
                "baltic-quarter-percent",
                "Aid level in the agreements.",
                ["irrelevant"],
            ),
            S(
                "Both are among the firmest advocates of Ukraine's entry into NATO.",
                "known",
                None,
                "Seed 002: Lithuania fully supports Ukraine's aspirations.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "With Thursday's signings the number of such documents reached 20, Ukrainian officials said.",
                "changed",
                "agreements-count-june",
                "Count of concluded agreements: 20, against the seed's one.",
            ),
            S(
                "Washington and Tokyo concluded theirs at the Group of Seven summit in Italy two weeks ago.",
                "changed",
                ["us-agreement", "japan-agreement"],
                "Two further concluded agreements, told in passing.",
            ),
        ],
        [
            S(
                "Officials stress that none of the commitments amounts to the mutual defence clause that binds NATO "
                "allies.",
                "known",
                None,
                "Seed 003: the guarantees do not replicate Article 5.",
            ),
            S(
                "Zelensky has called them a bridge and insisted they cannot replace membership of the alliance.",
                "known",
                None,
                "Seed 003: Zelensky says they cannot substitute for membership.",
            ),
        ],
        [
            S(
                "Earlier in the day the leaders agreed to nominate Kallas as the EU's next foreign policy chief."
            ),
            S(
                "They also backed Ursula von der Leyen for a second term at the head of the Commission and named "
                "former Portuguese prime minister Antonio Costa to chair their summits."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# D04 Zelensky offers to resign for NATO membership (on topic: new offer)
article(
    ARTICLES,
    "ard-2025-02-23-zelensky-resign-offer",
    "2025-02-23T16:50:00+00:00",
    "https://www.politico.eu/article/volodymyr-zelenskyy-offer-resign-exchange-ukraine-nato-membership/",
    S(
        "Zelensky says he would trade his presidency for Ukraine's admission to NATO",
        "new",
        "zelensky-resign-for-nato",
        "Zelensky's offer to step down in exchange for membership; no seed counterpart.",
    ),
    [
        [
            S(
                "KYIV, February 23 – Volodymyr Zelensky said on Sunday he was ready to leave office, immediately if "
                "need be, if doing so would bring peace or a seat for Ukraine in NATO.",
                "new",
                "zelensky-resign-for-nato",
                "The offer.",
            ),
            S(
                "“If you need me to leave this chair, I am ready to do that; and I also can exchange it for NATO "
                "membership for Ukraine,” he told a conference in the capital on the eve of the war's third "
                "anniversary.",
                "new",
                "zelensky-resign-for-nato",
                "The offer in his words.",
            ),
        ],
        [
            S(
                "He said accession to the alliance remained on the table as far as Kyiv was concerned.",
                "known",
                None,
                "Seeds: Ukraine seeks membership; its future is in NATO.",
            ),
            S(
                "He also said security guarantees from the American president were badly needed.",
                "known",
                None,
                "Seed 001: Kyiv seeking security guarantees from Washington.",
                ["new"],
            ),
        ],
        [
            S(
                "The remarks followed a week in which Donald Trump called Zelensky a dictator and wrongly claimed "
                "his approval rating stood at 4%."
            ),
            S(
                "Zelensky said he was not offended and would face voters once martial law is lifted."
            ),
        ],
        [
            S(
                "After meeting American officials in Riyadh last week, Russian Foreign Minister Sergei Lavrov "
                "repeated that the absorption of Ukraine by the alliance would be a direct threat to Russia's "
                "interests and sovereignty.",
                "known",
                None,
                "Restates Putin's 'direct threat' (seed 000).",
                ["contradicted"],
            )
        ],
        [
            S(
                "Russia hit Ukraine with 267 drones overnight, the largest such attack of the war, the air force "
                "said."
            ),
            S(
                "Zelensky said Kyiv and Washington were making progress on a deal giving the United States a share "
                "of revenue from Ukrainian minerals."
            ),
            S(
                "He again rejected the idea that Ukraine owes 500 billion dollars for past American aid."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# D05 Trump: Ukraine "can forget about" NATO (on topic: denial)
article(
    ARTICLES,
    "ard-2025-02-27-trump-forget-nato",
    "2025-02-27T09:15:00+00:00",
    "https://news.liga.net/en/politics/news/trump-suggests-ukraine-may-forget-about-nato-membership",
    S(
        "Trump tells Kyiv to forget about NATO as minerals deal nears",
        "contradicted",
        "trump-forget-nato",
        "The US president dismissing Ukraine's membership: against 'future in NATO' / 'irreversible'.",
    ),
    [
        [
            S(
                "WASHINGTON, February 26 – President Donald Trump said on Wednesday that Ukraine's hopes of joining "
                "NATO were a dead end, speaking to reporters at the first cabinet meeting of his second term.",
                "contradicted",
                "trump-forget-nato",
                "Membership ruled out by the US president.",
            ),
            S(
                "“NATO, you can forget about it,” Trump said when asked what concessions he expected at the "
                "negotiating table.",
                "contradicted",
                "trump-forget-nato",
                "The denial in his words.",
            ),
        ],
        [
            S(
                "He added that talk of Kyiv's entry into the alliance was probably the reason the whole thing "
                "started, an apparent reference to Russia's invasion.",
                "contradicted",
                "trump-forget-nato",
                "Same statement; blames the membership prospect for the war.",
                ["new", "known"],
            ),
            S(
                "Vice President JD Vance, sitting beside him, said Trump had not conceded anything to anyone."
            ),
        ],
        [
            S(
                "Two weeks earlier Defence Secretary Pete Hegseth told Ukraine's backers in Brussels that Washington "
                "did not see membership as a realistic outcome of a negotiated settlement.",
                "contradicted",
                "hegseth-unrealistic",
                "A US official calling membership unrealistic; denial.",
            ),
            S(
                "The message is a sharp turn from last July, when allies meeting in Washington called Ukraine's "
                "path to membership irreversible.",
                "known",
                None,
                "Seed 003: Washington summit, 'irreversible' path.",
                ["contradicted"],
            ),
        ],
        [
            S(
                "Kyiv has brushed off such talk.",
                "known",
                None,
                "Ukraine keeps seeking membership (seeds).",
                ["irrelevant"],
            ),
            S(
                "Zelensky said at the weekend that he would give up his post if it meant Ukraine could join the "
                "alliance.",
                "new",
                "zelensky-resign-for-nato",
                "Repeat of Zelensky's offer.",
            ),
        ],
        [
            S(
                "Trump confirmed that the minerals agreement Zelensky is due to sign in Washington on Friday would "
                "not include a specific American security guarantee.",
                "new",
                "minerals-no-guarantee",
                "What the deal leaves out on guarantees; no seed counterpart.",
                ["irrelevant"],
            ),
            S(
                "Europe would have to take care of that, he said.",
                "new",
                "minerals-no-guarantee",
                "Trump leaving guarantees to Europe.",
                ["irrelevant"],
            ),
            S(
                "The deal would set up a joint fund fed by revenue from Ukrainian minerals, oil and gas."
            ),
        ],
        [
            S("British Prime Minister Keir Starmer is due at the White House on Thursday."),
            S("Trump also said he expected to meet Vladimir Putin soon."),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# D06 July 2025 reshuffle: Shmyhal to defence, Umerov to the security council (on topic: office holders)
article(
    ARTICLES,
    "ard-2025-07-18-shmyhal-umerov",
    "2025-07-18T13:40:00+00:00",
    "https://kyivindependent.com/ex-defense-minister-umay-head-ukraines-national-security-council",
    S(
        "Umerov lands security council post a day after losing defence ministry",
        "changed",
        ["nsdc-umerov", "defence-shmyhal"],
        "Office holders: Umerov leaves defence (seed) and becomes NSDC secretary (seed: Danilov).",
    ),
    [
        [
            S(
                "KYIV, July 18 – President Volodymyr Zelensky on Friday appointed Rustem Umerov secretary of the "
                "National Security and Defence Council, the body once run by Oleksiy Danilov.",
                "changed",
                "nsdc-umerov",
                "New holder of the NSDC secretary's office the seed gives to Danilov.",
            ),
            S(
                "A separate decree removed Oleksandr Lytvynenko, who had held the job since March last year.",
                "changed",
                "nsdc-umerov",
                "The previous holder leaves; part of the same change.",
            ),
        ],
        [
            S(
                "Umerov's move came a day after parliament replaced him at the defence ministry with Denys Shmyhal, "
                "who had served as prime minister since 2020.",
                "changed",
                ["defence-shmyhal", "nsdc-umerov"],
                "Defence minister: Umerov (seed) -> Shmyhal.",
            ),
            S(
                "Shmyhal won 267 votes in the Verkhovna Rada.",
                "changed",
                "defence-shmyhal",
                "Vote confirming the new defence minister.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "Lawmakers the same day confirmed Yulia Svyrydenko, the economy minister who negotiated the "
                "minerals deal with Washington, as the new head of government."
            ),
            S("Svyrydenko, 39, is the first new prime minister since the full-scale invasion."),
        ],
        [
            S(
                "Umerov, a Crimean Tatar and former head of the state property fund, had led the defence ministry "
                "since September 2023, when he took over from Oleksii Reznikov.",
                "changed",
                "defence-shmyhal",
                "'Had led' marks the end of the seed's office holder.",
                ["known"],
            ),
            S(
                "He also headed Ukraine's delegation at this spring's direct talks with Russia in Istanbul."
            ),
        ],
        [
            S(
                "Zelensky said the council must now speed up work on agreements with partners, particularly on "
                "weapons supplies and interceptor drones."
            ),
            S("Shmyhal has already ordered an audit of defence contracts, the president added."),
        ],
        [
            S(
                "Umerov had earlier been tipped as ambassador in Washington, but former deputy prime minister Olha "
                "Stefanishyna was named special envoy to the United States instead."
            )
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# D07 Yermak resigns (on topic: office holder)
article(
    ARTICLES,
    "ard-2025-11-28-yermak-resigns",
    "2025-11-28T19:05:00+00:00",
    "https://hromadske.ua/en/politics/255505-zelenskyy-yermak-napysav-zaiavu-pro-vidstavku",
    S(
        "Yermak quits as Zelensky's chief of staff after anti-graft raid",
        "changed",
        "yermak-gone",
        "Office holder: Yermak (seed 001) leaves the President's Office.",
    ),
    [
        [
            S(
                "KYIV, November 28 – Andriy Yermak stepped down as head of the Presidential Office on Friday, hours "
                "after anti-corruption investigators searched his flat in the government quarter.",
                "changed",
                "yermak-gone",
                "The seed's office holder leaves.",
            ),
            S(
                "In a video address Zelensky said the office would be completely rebooted and that he would consult "
                "on a successor on Saturday.",
                "changed",
                "yermak-gone",
                "The post is vacated; successor still to be chosen.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "Yermak confirmed the search and said he was cooperating fully.",
                "changed",
                "yermak-gone",
                "Same event.",
                ["irrelevant"],
            ),
            S("He has not been named a suspect."),
        ],
        [
            S(
                "The National Anti-Corruption Bureau is investigating an alleged 100-million-dollar kickback scheme "
                "at the state nuclear company Energoatom, in which a former business partner of Zelensky is a "
                "suspect."
            ),
            S("Two ministers lost their jobs over the case earlier this month."),
        ],
        [
            S(
                "The departure removes Kyiv's chief negotiator just as talks with Washington on a plan to end the "
                "war enter a critical phase.",
                "changed",
                "yermak-gone",
                "Consequence of the resignation.",
                ["irrelevant"],
            ),
            S(
                "Yermak led the Ukrainian team in Geneva last weekend, where the two sides reworked a US draft that "
                "would have had Ukraine write into its constitution that it will never join NATO.",
                "contradicted",
                "us-draft-renounce-nato",
                "The US draft requiring Ukraine to renounce membership.",
            ),
        ],
        [
            S(
                "Since 2023 he had also led Kyiv's talks with Washington, London and other capitals on the "
                "security agreements that are meant to carry Ukraine until it joins the alliance.",
                "changed",
                "yermak-gone",
                "'Had led' ends the seed's role for Yermak; the talks themselves are seed 001/003.",
                ["known"],
            ),
            S(
                "Rustem Umerov, who moved from the defence ministry to the security council in the summer, is "
                "expected to take the lead in the negotiations.",
                "changed",
                "nsdc-umerov",
                "Repeats Umerov's move to the NSDC (seed: Danilov; Umerov at defence).",
            ),
        ],
        [
            S(
                "Poland's defence minister said Warsaw's support for Ukraine was unchanged but urged transparency."
            )
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# D08 Paris declaration on a multinational force (on topic: guarantees)
article(
    ARTICLES,
    "ard-2026-01-06-paris-declaration",
    "2026-01-06T22:10:00+00:00",
    "https://lnginnorthernbc.ca/2026/01/07/the-alliance-of-the-willing-has-agreed-to-strong-security-guarantees-for-ukraine",
    S(
        "Britain and France sign intent to send troops to Ukraine after any ceasefire",
        "new",
        "paris-declaration-force",
        "Declaration of intent on a post-ceasefire force; no seed counterpart.",
    ),
    [
        [
            S(
                "PARIS, January 6 – Emmanuel Macron, Keir Starmer and Volodymyr Zelensky signed a declaration of "
                "intent on Tuesday on deploying a multinational force to Ukraine once a ceasefire with Russia is in "
                "place.",
                "new",
                "paris-declaration-force",
                "The declaration.",
            ),
            S(
                "Leaders and envoys from some 35 countries of the so-called coalition of the willing endorsed a "
                "wider text promising robust guarantees for a lasting peace.",
                "new",
                "paris-declaration-force",
                "The coalition's joint declaration on guarantees.",
            ),
        ],
        [
            S(
                "Starmer said that after a truce Britain and France would set up military hubs across the country "
                "and build protected sites for weapons and equipment.",
                "new",
                "uk-france-military-hubs",
                "Specific element of the force; no seed counterpart.",
            ),
            S(
                "Macron said the monitoring of any ceasefire would be led by the United States, with several "
                "countries ready to take part.",
                "new",
                "us-ceasefire-monitoring",
                "US-led ceasefire monitoring as part of guarantees.",
            ),
        ],
        [
            S(
                "The coalition also plans to keep financing an army of 800,000 so that Ukraine's own forces remain "
                "the first line of deterrence.",
                "new",
                "ukraine-army-800k",
                "A number with no seed counterpart.",
            ),
            S(
                "That echoes the G7 pledge at Vilnius to build Ukrainian forces able to deter Russia in future.",
                "known",
                None,
                "Seed 003: sustainable forces capable of deterring Russia.",
            ),
        ],
        [
            S(
                "Zelensky said the documents would become legally binding once parliaments in most coalition "
                "countries had approved them.",
                "new",
                "paris-declaration-force",
                "Next step for the same declaration.",
            ),
            S(
                "“These are substantial documents, not just words,” he said.",
                "new",
                "paris-declaration-force",
                "Vague quote on the same documents.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "US envoys Steve Witkoff and Jared Kushner took part in the talks at the Elysee Palace."
            ),
            S(
                "Germany's Friedrich Merz said German troops could be stationed in a neighbouring NATO country "
                "rather than in Ukraine itself.",
                "new",
                "germany-neighbouring-deployment",
                "Germany's contribution to the reassurance arrangements.",
            ),
            S(
                "Italy's Giorgia Meloni repeated that she would not send ground troops.",
                "new",
                "italy-no-troops",
                "A named reluctant ally on the force; not about membership.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "None of this replaces the membership Kyiv has sought for years, Ukrainian officials say.",
                "known",
                None,
                "Seed 003: guarantees cannot substitute for membership.",
            )
        ],
    ],
    True,
)


# ============================================================================================
# NEAR OR OFF TOPIC (4)
# ============================================================================================

# --------------------------------------------------------------------------------------------
# D09 Finland closes its last border crossing with Russia (off topic; one known sentence)
article(
    ARTICLES,
    "ard-2023-11-28-finland-border",
    "2023-11-28T15:25:00+00:00",
    "https://yle.fi/a/74-20062414",
    S("Finland to shut its last open crossing on Russian border"),
    [
        [
            S(
                "HELSINKI, November 28 – Finland will close Raja-Jooseppi, the last crossing point still open on "
                "its 1,340-kilometre border with Russia, from midnight on Wednesday for two weeks, the government "
                "said."
            ),
            S(
                "Prime Minister Petteri Orpo said the step was needed to stop a surge of asylum seekers that "
                "Helsinki believes Moscow is steering towards the frontier."
            ),
        ],
        [
            S(
                "More than 900 people, many from Syria, Somalia and Yemen, have arrived at the border without visas "
                "since August, most of them this month."
            ),
            S("Finland had already closed seven of the eight crossings."),
            S("The Kremlin has rejected the accusations and said it regrets the closures."),
        ],
        [
            S(
                "The European Union's border agency Frontex is sending officers and equipment to help patrol the "
                "frontier."
            ),
            S(
                "Interior Minister Mari Rantanen said she hoped the full closure would make Moscow change course."
            ),
        ],
        [
            S(
                "The dispute has deepened tensions since Finland dropped decades of military non-alignment and "
                "became a member of NATO in April.",
                "known",
                None,
                "Seed 001: Finland dropped non-alignment and was admitted.",
                ["irrelevant"],
            ),
            S("Moscow has warned that it will take countermeasures along the frontier."),
        ],
        [
            S(
                "Crossing points in the far north are also used by reindeer herders and tourists heading to "
                "Lapland, and local businesses have complained of lost trade."
            )
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# D10 Missile strike on Okhmatdyt children's hospital (off topic; incidental summit sentences)
article(
    ARTICLES,
    "ard-2024-07-08-okhmatdyt-strike",
    "2024-07-08T18:30:00+00:00",
    "https://www.theguardian.com/world/article/2024/jul/08/russia-missile-strikes-kyiv-childrens-hospital-ukraine",
    S("Russian missile hits Kyiv children's hospital in deadliest barrage on capital in months"),
    [
        [
            S(
                "KYIV, July 8 – A Russian missile struck Okhmatdyt, Ukraine's largest children's hospital, on "
                "Monday as dozens of missiles hit cities across the country in daylight."
            ),
            S("At least 33 people were killed in Kyiv and more than 100 injured, officials said."),
        ],
        [
            S(
                "Doctors carried young cancer patients out of damaged wards, some still attached to drips, while "
                "volunteers cleared rubble by hand."
            ),
            S("The toxicology unit and the intensive care ward were badly damaged."),
        ],
        [
            S(
                "Ukraine's security service said fragments found at the site showed the weapon was a Kh-101 cruise "
                "missile."
            ),
            S("Moscow denied targeting civilian sites and blamed a Ukrainian air defence missile."),
        ],
        [S("The United Nations Security Council will hold an emergency meeting on Tuesday.")],
        [
            S(
                "The attack came on the eve of a summit in Washington at which the leaders of NATO's 32 members "
                "will discuss further air defence deliveries to Kyiv.",
                "changed",
                "alliance-32",
                "32 allies against the seed's 31; incidental in an off-topic story.",
                ["irrelevant"],
            ),
            S(
                "Zelensky, who will attend, is not expected to receive an invitation to join.",
                "known",
                None,
                "Seed 003: no invitation at the Washington summit.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "Energy firms in the capital ordered fresh power cuts after the strikes damaged substations."
            )
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# D11 US-Ukraine minerals agreement signed (near topic; one optional sentence on guarantees)
article(
    ARTICLES,
    "ard-2025-04-30-minerals-deal",
    "2025-04-30T23:50:00+00:00",
    "https://www.reuters.com/business/us-ukraine-sign-minerals-deal-2025-04-30/",
    S("Kyiv and Washington sign minerals pact, launching joint reconstruction fund"),
    [
        [
            S(
                "WASHINGTON, April 30 – The United States and Ukraine signed an agreement on Wednesday giving "
                "American investors preferential access to new Ukrainian minerals projects through a jointly run "
                "investment fund."
            ),
            S(
                "Treasury Secretary Scott Bessent and Ukraine's first deputy prime minister Yulia Svyrydenko signed "
                "the document after last-minute haggling over its wording."
            ),
        ],
        [
            S(
                "Ukraine will pay half of future state revenue from new licences for rare earths, oil, gas and other "
                "resources into the fund, which will invest in projects in the country."
            ),
            S(
                "Kyiv keeps ownership of its subsoil, and the text does not treat past American aid as a debt to be "
                "repaid, Svyrydenko said."
            ),
            S("Future American military aid may count as Washington's contribution to the fund."),
        ],
        [
            S(
                "The agreement contains no security guarantee, which Kyiv had long asked for.",
                "new",
                "minerals-no-guarantee",
                "What the deal leaves out on guarantees.",
                ["irrelevant"],
            ),
            S(
                "Bessent said it signalled to Russia that the administration is committed to a free, sovereign "
                "and prosperous Ukraine."
            ),
        ],
        [
            S(
                "The deal was delayed for two months after an Oval Office clash between Trump and Zelensky in "
                "February."
            ),
            S("It still needs ratification by the Verkhovna Rada."),
        ],
        [
            S(
                "Analysts say many deposits lie in territory under Russian occupation and would take years to "
                "develop."
            )
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# D12 1,000-for-1,000 prisoner exchange (off topic; one Russian demand)
article(
    ARTICLES,
    "ard-2025-05-25-prisoner-exchange",
    "2025-05-25T17:00:00+00:00",
    "https://www.aljazeera.com/news/2025/5/25/russia-and-ukraine-complete-largest-prisoner-swap-of-war",
    S("Russia and Ukraine complete largest prisoner swap of the war"),
    [
        [
            S(
                "KYIV, May 25 – Russia and Ukraine each freed 303 more prisoners of war on Sunday, completing the "
                "1,000-for-1,000 exchange agreed at their first direct talks in three years."
            ),
            S(
                "Another 390 people, among them civilians, were released on Friday and 307 on Saturday."
            ),
        ],
        [
            S(
                "Buses carrying the freed men arrived in the Chernihiv region, where relatives waited with flags "
                "and photographs of those still missing."
            ),
            S(
                "Zelensky thanked the coordination headquarters and said work would continue to bring everyone "
                "home."
            ),
        ],
        [
            S(
                "The exchange was the only concrete result of the meeting in Istanbul on May 16, which lasted under "
                "two hours."
            ),
            S(
                "Russia's delegation there demanded that Ukraine pull its troops out of four regions Moscow "
                "claims."
            ),
            S(
                "The Kremlin also insists that any settlement leave Ukraine neutral and outside NATO.",
                "contradicted",
                "russia-istanbul-neutrality",
                "Russian demand that Ukraine stay out of NATO (convention: contradicted, alt new).",
                ["new"],
            ),
            S(
                "Kyiv rejected that and other Russian terms as ultimatums.",
                "contradicted",
                "russia-istanbul-neutrality",
                "Refers back to the same demands.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "The swap came hours after one of the heaviest Russian air attacks of the war, with 367 drones and "
                "missiles launched overnight."
            ),
            S("At least 12 people were killed, including three children in the Zhytomyr region."),
        ],
        [S("Trump said on social media that he was unhappy with Putin after the strikes.")],
    ],
    False,
)


# --------------------------------------------------------------------------------------------
