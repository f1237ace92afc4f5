"""Article set ab: the articles, sentence by sentence with their gold (`python3 ../build.py set_ab`)."""

from corpus import S, article

CHANNEL = "Article set ab: an analyst's morning feed on Ukraine, NATO and the guarantees"
DESCRIPTION = "12 articles rewritten from real 2024-2026 coverage (links point at the originals)."
ARTICLES: list = []

# ============================================================================================
# ON TOPIC (8)
# ============================================================================================

# --------------------------------------------------------------------------------------------
# AB01 Washington summit: "irreversible", NSATU, 40 billion euros, Rutte chosen, agreements counted
article(
    ARTICLES,
    "ab-2024-07-10-washington-irreversible",
    "2024-07-10T21:15:00+00:00",
    "https://apnews.com/article/nato-summit-ukraine-irreversible-path-membership-declaration-0b6a9f1e2c",
    S(
        "NATO calls Ukraine's path to membership 'irreversible' but stops short of an invitation",
        "known",
        None,
        "Seed 003: Washington called the path irreversible and extended no invitation.",
    ),
    [
        [
            S(
                "WASHINGTON, July 10 (AP) – NATO leaders declared on Wednesday that Ukraine is on an "
                "“irreversible” path to membership, while again declining to say when Kyiv might be asked to join.",
                "known",
                None,
                "Seed 003: 'irreversible' path, no invitation or date.",
            ),
            S(
                "The wording, agreed after weeks of haggling among the 32 allies, is the strongest the alliance "
                "has used about Ukraine's future.",
                "changed",
                "alliance-32",
                "32 allies against the seeds' 31.",
            ),
        ],
        [
            S(
                "The summit declaration repeats last year's formula that an invitation will come “when allies "
                "agree and conditions are met”.",
                "known",
                None,
                "Seed 000/003: the Vilnius formula.",
            ),
            S(
                "The declaration also called China a “decisive enabler” of Russia's war against Ukraine."
            ),
            S(
                "Leaders agreed to set up a command in Wiesbaden, Germany, with about 700 staff to coordinate "
                "weapons deliveries and training for Ukrainian forces, a mission known as NSATU.",
                "new",
                "ab-nsatu",
                "NATO's own Ukraine assistance command; no seed counterpart.",
            ),
        ],
        [
            S(
                "Secretary General Jens Stoltenberg said the package amounted to a “bridge to membership”.",
                "known",
                None,
                "Seed 003: assistance as a 'bridge' to membership.",
            ),
            S(
                "He will hand over on October 1 to Mark Rutte, the former Dutch prime minister whom the allies "
                "chose as his successor last month.",
                "changed",
                "rutte-sg",
                "Successor to Stoltenberg, the seed's Secretary General.",
            ),
        ],
        [
            S(
                "President Volodymyr Zelensky, who attended the summit, has pressed for a firm timetable since the "
                "Vilnius meeting a year ago, when he called the absence of one “absurd”.",
                "known",
                None,
                "Seed 000: Zelensky called the missing timeline 'absurd'.",
            ),
            S(
                "Several allies, led by the United States and Germany, remain opposed to inviting Ukraine while "
                "the war with Russia goes on.",
                "new",
                "ab-reluctant-allies",
                "Named reluctant allies: consensus lacking now, not a denial; close to the seeds' US brake.",
                ["known"],
            ),
        ],
        [
            S(
                "Secretary of State Antony Blinken announced that F-16 fighter jets from Denmark and the "
                "Netherlands were on their way to Ukraine."
            ),
        ],
        [
            S(
                "Kyiv has meanwhile signed bilateral security agreements with more than 20 countries since "
                "January, including a ten-year accord with the United States concluded at the G7 summit in Italy "
                "last month.",
                "changed",
                ["ab-agreements-count", "ab-us-agreement"],
                "Seed 003 has only the UK's agreement concluded; a new count and a newly concluded US accord.",
            ),
            S(
                "The agreements flow from a G7 declaration of July 2023 and are meant to lapse once Ukraine joins "
                "NATO.",
                "known",
                None,
                "Seed 003: G7 declaration formalised bilaterally, expiring on membership.",
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# AB02 Sybiha asks foreign ministers for an invitation; Rutte sidesteps; Budapest Memorandum at 30
article(
    ARTICLES,
    "ab-2024-12-03-sybiha-invitation-request",
    "2024-12-03T17:40:00+00:00",
    "https://www.reuters.com/world/europe/ukraine-urges-nato-allies-issue-membership-invitation-2024-12-03/",
    S(
        "Ukraine presses NATO allies for an invitation as foreign ministers meet",
        "new",
        "ab-invite-request",
        "Kyiv's request for an invitation now; no seed counterpart.",
    ),
    [
        [
            S(
                "BRUSSELS, Dec 3 (Reuters) – Ukraine urged NATO foreign ministers on Tuesday to issue it an "
                "invitation to join the alliance, arguing that only membership could deter Russia from attacking "
                "again.",
                "new",
                "ab-invite-request",
                "The request itself.",
            ),
            S(
                "Foreign Minister Andrii Sybiha made the case in a letter to his counterparts last week, saying "
                "an invitation would not be an act of escalation.",
                "new",
                "ab-invite-request",
                "Same request, by letter; title in passing.",
            ),
        ],
        [
            S(
                "Sybiha, who replaced Dmytro Kuleba in September, said Kyiv would accept no alternatives, "
                "surrogates or substitutes for full membership.",
                "changed",
                "ab-sybiha-fm",
                "Kuleba, the seed's foreign minister, replaced; the rest restates seed 003.",
            ),
        ],
        [
            S(
                "Mark Rutte, who took over from Jens Stoltenberg as secretary general in October, sidestepped the "
                "question.",
                "changed",
                "rutte-sg",
                "Rutte succeeded Stoltenberg.",
            ),
            S(
                "The more military support allies gave Kyiv now, he said, the stronger its position would be at "
                "any negotiating table."
            ),
        ],
        [
            S(
                "Diplomats said there was no consensus among the allies on inviting Kyiv at this stage, with the "
                "United States and Germany among the most reluctant.",
                "new",
                "ab-reluctant-allies",
                "Consensus lacking now with named reluctant allies: new, not a denial.",
            ),
        ],
        [
            S(
                "The ministers met Sybiha in the NATO-Ukraine Council, the forum created at the Vilnius summit in "
                "2023.",
                "known",
                None,
                "Seed 001/003: NATO-Ukraine Council created at Vilnius.",
            ),
            S(
                "Allies said in Washington in July that Ukraine's path to membership was irreversible, but they "
                "have also kept the promise to invite it only when all of them agree and conditions are met.",
                "known",
                None,
                "Seeds 000/003: irreversible path and the Vilnius formula.",
            ),
        ],
        [
            S(
                "Zelensky said last week that the hot phase of the war could end if the territory Kyiv controls "
                "were taken under NATO's umbrella, with the occupied regions to be regained by diplomacy later.",
                "new",
                "ab-nato-umbrella",
                "Zelensky's 'NATO umbrella' for Kyiv-held territory.",
            ),
            S(
                "The Kremlin has long said that Ukraine's membership would pose a direct threat to Russia.",
                "known",
                None,
                "Seed 000: Putin's 'direct threat'.",
                ["contradicted"],
            ),
        ],
        [
            S(
                "Thursday marks 30 years since the Budapest Memorandum, under which Ukraine gave up the nuclear "
                "arsenal it inherited from the Soviet Union in return for assurances from Russia, the United "
                "States and Britain.",
                "known",
                None,
                "Seed 001: the 1994 Budapest Memorandum.",
            ),
        ],
        [
            S(
                "Ministers also discussed Russia's sabotage campaign in Europe and North Korean troops fighting for Moscow."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# AB03 Hegseth in Brussels: membership "not realistic"; guarantees without Article 5; Trump "not practical"
article(
    ARTICLES,
    "ab-2025-02-12-hegseth-not-realistic",
    "2025-02-12T19:05:00+00:00",
    "https://apnews.com/article/hegseth-ukraine-nato-membership-not-realistic-brussels-5c3d8e7a41",
    S(
        "Hegseth says NATO membership for Ukraine is not a realistic outcome of a peace deal",
        "contradicted",
        "ab-us-membership-unrealistic",
        "US official ruling membership out: against 'Ukraine's future is in NATO'.",
    ),
    [
        [
            S(
                "BRUSSELS, Feb 12 (AP) – US Defense Secretary Pete Hegseth told Ukraine's allies on Wednesday "
                "that Washington does not see NATO membership for Kyiv as a realistic result of negotiations to "
                "end the war.",
                "contradicted",
                "ab-us-membership-unrealistic",
                "Denial of membership by the US government.",
            ),
            S(
                "He also called a return to Ukraine's borders from before 2014 an “unrealistic objective”."
            ),
        ],
        [
            S(
                "Any lasting peace must include “robust security guarantees”, Hegseth said, but they should be "
                "provided by capable European and non-European troops.",
                "new",
                "ab-hegseth-guarantee-terms",
                "US terms for post-war guarantees; no seed counterpart.",
            ),
            S(
                "If such troops were deployed as peacekeepers, he said, they should not be part of a NATO "
                "mission, should not be covered by Article 5 and would include no Americans.",
                "new",
                "ab-hegseth-guarantee-terms",
                "Same terms: no NATO mission, no Article 5 cover, no US troops.",
            ),
        ],
        [
            S(
                "Hegseth, who succeeded Lloyd Austin at the Pentagon last month, was speaking at his first "
                "meeting of the Ukraine Defense Contact Group.",
                "changed",
                "ab-hegseth-defsec",
                "New holder of the seed's US defence secretary office.",
            ),
            S(
                "The group, which Washington used to chair, was led for the first time by Britain's defence "
                "secretary, John Healey."
            ),
        ],
        [
            S(
                "Defence Minister Rustem Umerov led Ukraine's delegation at the meeting.",
                "known",
                None,
                "Seed 001: Umerov as defence minister.",
            ),
        ],
        [
            S(
                "Hours later, President Donald Trump said after a phone call with Vladimir Putin that the two "
                "had agreed to start talks on ending the war."
            ),
            S(
                "Trump told reporters at the White House that he did not think it was practical for Ukraine to "
                "join NATO.",
                "contradicted",
                "ab-us-membership-unrealistic",
                "Same US position, from the president.",
            ),
        ],
        [
            S(
                "Allies promised at the Vilnius summit in 2023 that Ukraine's future lies in NATO, and at last "
                "year's Washington summit called its path to membership irreversible.",
                "known",
                None,
                "Seeds 000/003: Vilnius and Washington formulas.",
            ),
            S(
                "The alliance has never set a date, however, and its Bucharest pledge of 2008 that Ukraine would "
                "become a member came without a Membership Action Plan.",
                "known",
                None,
                "Seeds 000/004: no date, Bucharest without MAP.",
            ),
        ],
        [
            S(
                "European officials said they were taken aback that Washington had laid out its positions "
                "before any talks had begun."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# AB04 The Hague: declaration leaves out the membership path; Rutte says earlier decisions stand
article(
    ARTICLES,
    "ab-2025-06-25-hague-declaration-ukraine",
    "2025-06-25T15:30:00+00:00",
    "https://www.politico.eu/article/nato-summit-hague-declaration-ukraine-membership-left-out/",
    S(
        "NATO's Hague declaration leaves out Ukraine's path to membership",
        "new",
        "ab-hague-omits",
        "Summit text silent on membership while earlier commitments stand: new, not contradicted.",
    ),
    [
        [
            S(
                "THE HAGUE, June 25 – NATO leaders signed off on a pledge to raise defence spending to 5 percent "
                "of GDP by 2035, in a short summit declaration that did not mention Ukraine's path to "
                "membership.",
                "new",
                "ab-hague-omits",
                "The omission; spending part irrelevant.",
            ),
            S(
                "The five-paragraph text refers to Ukraine only in noting the allies' “enduring sovereign "
                "commitments” to support it.",
                "new",
                "ab-hague-omits",
                "Same omission: Ukraine only as aid.",
            ),
        ],
        [
            S(
                "Secretary General Mark Rutte insisted that earlier decisions still stood, including the "
                "Washington summit's language that Ukraine is on an irreversible path to the alliance.",
                "known",
                None,
                "Seed 003: the irreversible path; title in passing.",
            ),
        ],
        [
            S(
                "Diplomats said the omission was meant to avoid a clash with President Donald Trump, whose "
                "administration has ruled out membership for Kyiv as part of a peace deal.",
                "contradicted",
                "ab-us-membership-unrealistic",
                "US ruling membership out, retold.",
            ),
            S(
                "Zelensky attended a dinner hosted by the Dutch king on the eve of the summit but was not invited "
                "to the main session."
            ),
        ],
        [
            S(
                "At last year's summit the alliance issued no invitation and set no timetable, describing its aid "
                "instead as a bridge to Ukraine's eventual membership.",
                "known",
                None,
                "Seed 003: Washington, no invitation, the 'bridge'.",
            ),
            S(
                "Two years ago in Vilnius, allies had waived the requirement for a Membership Action Plan and set "
                "up the NATO-Ukraine Council.",
                "known",
                None,
                "Seeds 001/003: MAP dropped, NATO-Ukraine Council.",
            ),
        ],
        [
            S(
                "Spain secured wording that it says exempts it from the 5 percent target, drawing a rebuke from "
                "Trump."
            ),
            S(
                "The 32 allies also restated their “ironclad” commitment to Article 5.",
                "changed",
                "alliance-32",
                "32 allies against the seeds' 31.",
            ),
        ],
        [
            S(
                "Zelensky said after meeting Trump on the sidelines that they had discussed buying more American "
                "Patriot systems."
            ),
            S(
                "Kyiv says it will not give up its aim of joining the alliance, which has been written into "
                "Ukraine's constitution since 2019.",
                "known",
                None,
                "Seed 004: the 2019 constitutional amendment.",
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# AB05 White House after Alaska: US to help with guarantees, Article 5-like, "no going into NATO"
article(
    ARTICLES,
    "ab-2025-08-19-white-house-guarantees",
    "2025-08-19T06:20:00+00:00",
    "https://www.bbc.com/news/articles/c4g7trump-zelensky-european-leaders-security-guarantees",
    S(
        "Trump promises US help with Ukraine's security after hosting Zelensky and European leaders",
        "new",
        "ab-us-help-guarantees",
        "US pledge to take part in guarantees; no seed counterpart.",
    ),
    [
        [
            S(
                "WASHINGTON, Aug 19 – President Donald Trump said the United States would help guarantee "
                "Ukraine's security under any peace deal, after hours of talks at the White House on Monday with "
                "Volodymyr Zelensky and seven European leaders.",
                "new",
                "ab-us-help-guarantees",
                "The pledge itself.",
            ),
            S(
                "Europe would be the “first line of defence”, Trump said, but Washington would be involved.",
                "new",
                "ab-us-help-guarantees",
                "Same pledge, division of roles.",
            ),
        ],
        [
            S("The meeting came three days after Trump's summit with Vladimir Putin in Alaska."),
            S(
                "His envoy Steve Witkoff said on Sunday that Putin had agreed in Alaska that the US and its "
                "allies could give Ukraine protection resembling NATO's Article 5.",
                "new",
                "ab-article5-like",
                "Article 5-like protection outside NATO: new.",
            ),
        ],
        [
            S(
                "The day before the talks, Trump wrote on social media that there would be “no going into NATO "
                "by Ukraine”.",
                "contradicted",
                "ab-trump-no-nato",
                "US president ruling membership out.",
            ),
        ],
        [
            S(
                "NATO Secretary General Mark Rutte, who attended, said the leaders had discussed Article 5-type "
                "guarantees, not membership.",
                "new",
                "ab-article5-like",
                "Guarantees instead of membership: new, not contradicted.",
            ),
            S(
                "Trump said the next steps would be coordinated by Vice President JD Vance, Witkoff and Secretary "
                "of State Marco Rubio, who has also served as national security adviser since May.",
                "changed",
                "ab-rubio-nsa",
                "New holder of Sullivan's office, the US national security adviser.",
            ),
        ],
        [
            S(
                "Trump also said he had phoned Putin to begin arranging a meeting between the Russian leader and Zelensky."
            ),
            S(
                "The Kremlin has insisted that Ukraine abandon its ambition to join NATO as part of any "
                "settlement.",
                "contradicted",
                "ab-russia-renounce-nato",
                "Russian demand to renounce membership.",
                ["new"],
            ),
        ],
        [
            S(
                "Allies first offered Kyiv security commitments outside the alliance in a G7 declaration in July "
                "2023, promising to consult within 24 hours if Russia attacked again.",
                "known",
                None,
                "Seed 003: the G7 declaration and 24-hour consultation.",
            ),
            S(
                "Those promises stop short of NATO's mutual defence clause, and Zelensky has said they cannot "
                "replace membership.",
                "known",
                None,
                "Seed 003: no Article 5; no substitute for membership.",
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# AB06 Paris: 26 countries pledge to a reassurance force; US backstop; Moscow says no; Shmyhal
article(
    ARTICLES,
    "ab-2025-09-04-paris-26-countries",
    "2025-09-04T18:45:00+00:00",
    "https://www.france24.com/en/europe/20250904-twenty-six-countries-pledge-troops-ukraine-reassurance-force-macron",
    S(
        "Twenty-six countries pledge troops for Ukraine after a ceasefire, Macron says",
        "new",
        "ab-26-pledge",
        "26 troop pledges; a number with no seed counterpart.",
    ),
    [
        [
            S(
                "PARIS, Sept 4 (AFP) – Twenty-six of Ukraine's allies have formally pledged to deploy troops in "
                "the country, or to be present on land, at sea or in the air, once the fighting stops, French "
                "President Emmanuel Macron said on Thursday.",
                "new",
                "ab-26-pledge",
                "The pledges themselves.",
            ),
            S(
                "The “reassurance force” would not be sent to the front line and is meant to deter Russia from "
                "attacking again, he said after a meeting of the so-called coalition of the willing.",
                "new",
                "ab-reassurance-force",
                "The coalition's post-war force; no seed counterpart.",
            ),
        ],
        [
            S(
                "Macron said the United States' contribution, a so-called backstop, would be finalised in the "
                "coming days.",
                "new",
                "ab-us-backstop",
                "US backing for the force; new.",
            ),
            S(
                "US envoy Steve Witkoff attended the talks, and Trump spoke to several leaders by phone afterwards."
            ),
        ],
        [
            S(
                "Italy has said it will not send soldiers, while Germany will decide on its role later and Poland "
                "has offered logistical support from its own territory.",
                "new",
                "ab-26-pledge",
                "Who contributes what to the same pledges.",
            ),
        ],
        [
            S(
                "Military planners are working out the details with Ukraine's defence ministry, led since July by "
                "Denys Shmyhal, who took over from Rustem Umerov.",
                "changed",
                "ab-shmyhal-defmin",
                "Umerov, the seed's defence minister, replaced by Shmyhal.",
            ),
        ],
        [
            S(
                "Moscow rejected the plan within hours, with foreign ministry spokeswoman Maria Zakharova saying "
                "Russia would not discuss any foreign intervention in Ukraine in any form.",
                "new",
                "ab-russia-rejects-troops",
                "Russia rejecting the guarantee force; about the guarantees, not membership.",
            ),
            S(
                "A day later, Putin said any Western troops deployed in Ukraine would be “legitimate targets”.",
                "new",
                "ab-russia-rejects-troops",
                "Same rejection, from Putin.",
            ),
        ],
        [
            S(
                "The guarantees are meant to bridge the gap until Ukraine joins NATO, a step the Washington "
                "summit called irreversible but for which allies have set no date.",
                "known",
                None,
                "Seeds 001/003: guarantees until membership; irreversible path, no date.",
            ),
            S(
                "Britain was the first country to sign a bilateral security agreement with Kyiv, in January 2024.",
                "known",
                None,
                "Seed 003: UK first, January 2024.",
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# AB07 Berlin: Zelensky ready to drop the NATO bid for guarantees; Senate vote; Umerov leads, Yermak gone
article(
    ARTICLES,
    "ab-2025-12-14-zelensky-nato-bid-compromise",
    "2025-12-14T20:10:00+00:00",
    "https://kyivindependent.com/zelensky-ready-to-drop-nato-bid-in-exchange-for-security-guarantees/",
    S(
        "Zelensky says Ukraine could drop its NATO bid in exchange for Western security guarantees",
        "contradicted",
        "ab-zelensky-drops-bid",
        "Kyiv itself offering to give up membership: against seed 003's 'no substitute'.",
        ["new"],
    ),
    [
        [
            S(
                "BERLIN, Dec 14 – President Volodymyr Zelensky said on Sunday that Ukraine was ready to give up "
                "its goal of joining NATO if the United States and Europe gave it legally binding guarantees "
                "instead.",
                "contradicted",
                "ab-zelensky-drops-bid",
                "The offer itself.",
                ["new"],
            ),
        ],
        [
            S(
                "“From the very beginning, Ukraine's desire was to join NATO, these are real security "
                "guarantees,” Zelensky told reporters in a WhatsApp chat.",
                "known",
                None,
                "Seeds 001/003: membership as the real guarantee Ukraine seeks.",
            ),
            S(
                "“Some partners from the US and Europe did not support this direction.”",
                "new",
                "ab-reluctant-allies",
                "Reluctant allies, retold: consensus lacking, not a denial.",
            ),
        ],
        [
            S(
                "Instead, he said, Ukraine would seek bilateral guarantees from Washington similar to NATO's "
                "Article 5, along with guarantees from European partners and other countries.",
                "new",
                "ab-article5-like",
                "Article 5-like guarantees instead of membership.",
            ),
        ],
        [
            S(
                "After more than five hours of talks on Sunday, Witkoff said “a lot of progress” had been made."
            ),
            S(
                "US officials said on Monday that Washington was ready to offer guarantees modelled on Article 5 "
                "and to put them to the Senate for a vote.",
                "new",
                "ab-senate-vote",
                "US guarantee to be ratified by the Senate; no seed counterpart.",
            ),
        ],
        [
            S(
                "Ukraine's delegation was led by Rustem Umerov, secretary of the National Security and Defence "
                "Council, who took charge of the talks after Andriy Yermak resigned as head of the presidential "
                "office last month.",
                "changed",
                ["ab-umerov-nsdc", "ab-yermak-out"],
                "New NSDC secretary (seed: Danilov) and Yermak gone from the President's Office.",
            ),
        ],
        [
            S(
                "A US draft plan leaked in November would have required Ukraine to write into its constitution "
                "that it will not join NATO, and the alliance to commit never to admit it.",
                "contradicted",
                "ab-us-draft-renounce",
                "US draft requiring Ukraine to renounce membership.",
            ),
            S("Kyiv and its European allies have since reworked the document."),
        ],
        [
            S(
                "Moscow has repeatedly demanded that Ukraine formally renounce membership as part of any deal.",
                "contradicted",
                "ab-russia-renounce-nato",
                "Russian demand, retold.",
                ["new"],
            ),
        ],
        [
            S(
                "Allies first promised at Bucharest in 2008 that Ukraine would one day join, without saying when.",
                "known",
                None,
                "Seed 000: Bucharest, 'will become members', no date.",
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# AB08 Paris declaration: UK-France troops plan, US-led monitoring, Budanov heads the office
article(
    ARTICLES,
    "ab-2026-01-06-paris-declaration",
    "2026-01-06T20:30:00+00:00",
    "https://www.reuters.com/world/europe/britain-france-sign-declaration-deploy-forces-ukraine-after-peace-deal-2026-01-06/",
    S(
        "Britain and France sign plan to station troops in Ukraine after a peace deal",
        "new",
        "ab-uk-france-intent",
        "UK-French declaration of intent; no seed counterpart.",
    ),
    [
        [
            S(
                "PARIS, Jan 6 (Reuters) – Britain and France signed a declaration with Ukraine on Tuesday setting "
                "out how they would deploy forces to the country once a ceasefire takes hold, as Kyiv's allies "
                "met in Paris to firm up security guarantees.",
                "new",
                "ab-uk-france-intent",
                "The declaration itself.",
            ),
            S(
                "Prime Minister Keir Starmer said the two countries would set up military hubs across Ukraine and "
                "build protected sites for weapons and equipment.",
                "new",
                "ab-uk-france-intent",
                "What the same declaration provides.",
            ),
        ],
        [
            S(
                "Leaders of the coalition of the willing also endorsed a text under which the United States would "
                "lead a mechanism to monitor any ceasefire.",
                "new",
                "ab-us-monitoring",
                "US-led ceasefire monitoring as part of the guarantees.",
            ),
            S("Trump's envoys Steve Witkoff and Jared Kushner took part in the meeting."),
        ],
        [
            S(
                "Macron said the force would stay well away from the contact line and was meant to reassure "
                "Ukrainians and deter any new Russian attack.",
                "new",
                "ab-reassurance-force",
                "The reassurance force, retold.",
            ),
            S(
                "German Chancellor Friedrich Merz said Berlin could contribute forces on NATO territory "
                "neighbouring Ukraine.",
                "new",
                "ab-german-contribution",
                "Germany's part in the guarantee plan.",
            ),
        ],
        [
            S(
                "Zelensky, who last week named military intelligence chief Kyrylo Budanov to head his office, said "
                "the documents showed the coalition was moving from words to commitments.",
                "changed",
                "ab-budanov-head",
                "New head of the President's Office (seed: Yermak).",
            ),
        ],
        [
            S(
                "Moscow has said it would treat any Western troops deployed in Ukraine as legitimate targets.",
                "new",
                "ab-russia-rejects-troops",
                "Russia's rejection of the force, retold.",
            ),
        ],
        [
            S(
                "Its guarantees are meant to protect Ukraine until it joins NATO, which allies have promised since "
                "2008 but never dated.",
                "known",
                None,
                "Seeds 000/001: guarantees until membership; Bucharest promise without date.",
            ),
        ],
        [
            S(
                "At their Vilnius summit in 2023, allies said Ukraine's future was in NATO but that they would "
                "invite it only when all agreed and conditions were met.",
                "known",
                None,
                "Seeds 000/003: the Vilnius formula.",
            ),
        ],
        [
            S(
                "Russia kept up its attacks on Ukraine's power grid over the holidays, leaving parts of Kyiv without heat."
            ),
        ],
    ],
    True,
)

# ============================================================================================
# OFF TOPIC OR NEAR (4)
# ============================================================================================

# --------------------------------------------------------------------------------------------
# AB09 Sweden joins NATO (another country's accession; status steps and 32 allies)
article(
    ARTICLES,
    "ab-2024-03-07-sweden-joins",
    "2024-03-07T18:20:00+00:00",
    "https://apnews.com/article/sweden-nato-member-kristersson-blinken-washington-7e21c4d09b",
    S(
        "Sweden formally joins NATO, ending two centuries of military non-alignment",
        "changed",
        "sweden-member",
        "Seed 001 has Sweden waiting on Turkey.",
    ),
    [
        [
            S(
                "WASHINGTON, March 7 (AP) – Sweden became NATO's 32nd member on Thursday when Prime Minister Ulf "
                "Kristersson handed over the accession documents at the State Department.",
                "changed",
                ["sweden-member", "alliance-32"],
                "Sweden a member; 32 allies against the seeds' 31.",
            ),
            S(
                "“Good things come to those who wait,” Secretary of State Antony Blinken said at the ceremony."
            ),
        ],
        [
            S(
                "Stockholm applied together with Finland in May 2022, giving up a long tradition of neutrality "
                "after Russia's full-scale invasion of Ukraine.",
                "known",
                None,
                "Seed 001: both dropped non-alignment to seek membership.",
            ),
            S(
                "Finland was admitted last year.",
                "known",
                None,
                "Seed 001: Finland admitted.",
            ),
        ],
        [
            S(
                "Turkey's parliament approved Sweden's membership in January, and Hungary became the last ally to "
                "ratify it in late February.",
                "changed",
                ["ab-turkey-ratified", "ab-hungary-ratified"],
                "Status steps: seed 001 has Sweden waiting on Turkey.",
            ),
        ],
        [
            S(
                "Kristersson said Sweden would bring capable forces, a strong defence industry and the island of "
                "Gotland in the Baltic Sea to the alliance."
            ),
            S("The Swedish flag will be raised at NATO's headquarters in Brussels on Monday."),
        ],
        [
            S(
                "Moscow has warned that it will take countermeasures in response.",
                "known",
                None,
                "Seed 001: Russia threatened Sweden and Finland with consequences.",
                ["irrelevant"],
            ),
            S(
                "Kristersson was to attend President Joe Biden's State of the Union address later on Thursday as a guest."
            ),
        ],
        [
            S("He said Sweden would keep supporting Ukraine for as long as needed."),
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# AB10 Defence spending: 23 allies at 2% (off topic; 32 allies, Rutte tipped)
article(
    ARTICLES,
    "ab-2024-06-17-two-percent-record",
    "2024-06-17T15:10:00+00:00",
    "https://www.reuters.com/world/record-23-nato-allies-meet-defence-spending-target-stoltenberg-says-2024-06-17/",
    S("Record 23 NATO allies to hit 2% spending target this year, Stoltenberg says"),
    [
        [
            S(
                "WASHINGTON, June 17 (Reuters) – Twenty-three of NATO's 32 members will meet the alliance's target "
                "of spending 2% of economic output on defence this year, Secretary General Jens Stoltenberg said "
                "on Monday.",
                "changed",
                "alliance-32",
                "32 allies in an off-topic story: optional.",
                ["irrelevant"],
            ),
            S(
                "That compares with just three allies a decade ago, when the goal was set after Russia annexed "
                "Crimea."
            ),
        ],
        [
            S(
                "European allies and Canada are set to raise their defence spending by 18% this year, which "
                "Stoltenberg called an unprecedented increase."
            ),
            S("He spoke in Washington ahead of talks with President Joe Biden at the White House."),
        ],
        [
            S(
                "Stoltenberg said the figures answered criticism that Europe relied too much on the United States."
            ),
            S(
                "Donald Trump, the Republican candidate for president, said in February that he would encourage "
                "Russia to do whatever it wanted to allies that did not pay enough."
            ),
        ],
        [
            S(
                "The figures come three weeks before the alliance's summit in Washington, where leaders are "
                "expected to agree on longer-term military support for Ukraine."
            ),
            S(
                "Poland is expected to spend more than 4% of its GDP on defence, the highest share in the alliance."
            ),
        ],
        [
            S(
                "Stoltenberg, whose term ends in October, is expected to be succeeded by Dutch Prime Minister Mark "
                "Rutte, who has won the backing of most allies.",
                "changed",
                "rutte-sg",
                "Successor only tipped: optional.",
                ["irrelevant"],
            ),
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# AB11 Steadfast Dart exercise (off topic; one retold US denial)
article(
    ARTICLES,
    "ab-2025-02-19-steadfast-dart",
    "2025-02-19T13:00:00+00:00",
    "https://www.dw.com/en/nato-steadfast-dart-2025-allied-reaction-force-romania/a-71680245",
    S("NATO tests its new rapid reaction force in its biggest exercise of the year"),
    [
        [
            S(
                "SMARDAN, Romania, Feb 19 (DW) – NATO troops staged live-fire drills at a range in eastern "
                "Romania on Wednesday as part of Steadfast Dart, the alliance's largest exercise this year."
            ),
            S(
                "Some 10,000 soldiers from nine allies have taken part in the exercise, which has moved forces to "
                "Romania, Bulgaria and Greece."
            ),
        ],
        [
            S(
                "It is the first major test of the Allied Reaction Force, set up last year to respond quickly to "
                "crises on NATO's flanks."
            ),
            S(
                "Officers said the drills were meant to show that the alliance could move troops and equipment "
                "across Europe to the Black Sea region at short notice."
            ),
        ],
        [
            S(
                "The exercise comes as European allies debate how to respond to signals that the Trump "
                "administration may cut the US military presence in Europe."
            ),
            S(
                "Defense Secretary Pete Hegseth told allies in Brussels last week that Europe must take charge of "
                "its own security and that NATO membership for Ukraine was not realistic.",
                "contradicted",
                "ab-us-membership-unrealistic",
                "The US denial, retold in an off-topic story.",
            ),
        ],
        [
            S(
                "Romania hosts a NATO battlegroup and is expanding the Mihail Kogalniceanu air base near the Black "
                "Sea coast into one of the alliance's largest in Europe."
            ),
            S(
                "Debris from Russian drones has repeatedly fallen on Romanian territory during attacks on "
                "Ukrainian ports across the Danube."
            ),
        ],
        [
            S(
                "Secretary General Mark Rutte has urged allies to spend far more than 2% of GDP on defence."
            ),
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# AB12 Russian strike on Kyiv (off topic; two retold guarantee developments)
article(
    ARTICLES,
    "ab-2025-08-28-kyiv-strike-eu-mission",
    "2025-08-28T11:40:00+00:00",
    "https://apnews.com/article/russia-ukraine-war-kyiv-attack-eu-delegation-british-council-3f9a2c71de",
    S("Russian missile and drone attack on Kyiv kills at least 23 and damages EU mission"),
    [
        [
            S(
                "KYIV, Aug 28 (AP) – A massive Russian drone and missile attack on Kyiv overnight killed at least "
                "23 people, including four children, and damaged buildings housing the European Union's mission "
                "and the British Council, officials said on Thursday."
            ),
            S(
                "Rescuers were still searching the rubble of a five-storey apartment block in the Darnytskyi "
                "district that was partly destroyed."
            ),
        ],
        [
            S(
                "Ukraine's air force said Russia had launched 598 drones and 31 missiles, most of which were shot down."
            ),
            S(
                "European Commission President Ursula von der Leyen said the strike showed that the Kremlin would "
                "stop at nothing to terrorise Ukraine."
            ),
        ],
        [
            S("The EU and Britain summoned Russia's envoys in protest."),
            S("Zelensky said Russia was choosing ballistic missiles over the negotiating table."),
        ],
        [
            S(
                "The attack came ten days after Trump hosted Zelensky and European leaders at the White House, "
                "where he promised that the United States would help guarantee Ukraine's security after any "
                "peace deal.",
                "new",
                "ab-us-help-guarantees",
                "US pledge on guarantees, retold in a war story.",
                ["irrelevant"],
            ),
        ],
        [
            S("Moscow said it had struck military industrial sites and air bases."),
        ],
    ],
    False,
)
