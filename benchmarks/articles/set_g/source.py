"""Article set g: the articles, sentence by sentence with their gold (`python3 ../build.py set_g`)."""

from corpus import S, article

CHANNEL = "Article set g: Ukraine, NATO and beyond"
DESCRIPTION = "12 articles rewritten from real 2023-2025 coverage (links point at the originals)."
ARTICLES: list = []

# ============================================================================================
# ON TOPIC (8)
# ============================================================================================

# --------------------------------------------------------------------------------------------
# G01 Stoltenberg in Kyiv, September 2023 (on topic: mostly restatements of Vilnius)
article(
    ARTICLES,
    "g-2023-09-28-stoltenberg-kyiv",
    "2023-09-28T17:20:00+00:00",
    "https://etterretningen.no/2023/09/29/secretary-general-in-kyiv-ukraine-is-closer-to-nato-than-ever-before",
    S(
        "NATO chief in Kyiv: Ukraine has never been closer to the alliance",
        "known",
        None,
        "Restates seeds 001/003: Vilnius brought Ukraine closer to NATO; a characterisation, not a new step.",
        ["new"],
    ),
    [
        [
            S(
                "KYIV, September 28 – NATO Secretary General Jens Stoltenberg arrived in the Ukrainian capital "
                "unannounced on Thursday and told President Volodymyr Zelensky that his country now stood closer to "
                "membership than at any time before.",
                "known",
                None,
                "Seeds 001/003: Vilnius shortened the path and brought Ukraine closer to NATO.",
                ["new"],
            ),
            S("It was his second trip to Kyiv this year, after a visit in April."),
        ],
        [
            S(
                "Every ally has accepted that Ukraine will one day be a member, Stoltenberg said, citing three "
                "decisions the leaders took at their July summit in Vilnius.",
                "known",
                None,
                "Seeds 000/003: Bucharest 'will become members'; Vilnius 'future is in NATO'.",
            ),
            S(
                "They spared Kyiv the Membership Action Plan, turning what had been a two-step process into a "
                "single step.",
                "known",
                None,
                "Seeds 001/003: the MAP requirement was dropped.",
            ),
            S(
                "They also agreed a programme to make Ukrainian forces fully interoperable with those of the allies "
                "and created the NATO-Ukraine Council, a body where both sides consult and decide together.",
                "known",
                None,
                "Seeds 001/003: multi-year assistance programme and the NATO-Ukraine Council.",
            ),
        ],
        [
            S(
                "Standing beside him, Zelensky urged the allies to extend an invitation as soon as possible, "
                "saying support for Ukraine's accession among members was now wide enough to take the decision.",
                "known",
                None,
                "Seed 002: Zelensky had long called for a prompt invitation; a renewed call, not a new step.",
                ["new"],
            ),
            S(
                "Ukraine is already defending the common space of freedom that unites the alliance, he said."
            ),
        ],
        [
            S(
                "Stoltenberg said the alliance's priority for now was to make sure that Ukraine prevails against "
                "Russia."
            ),
            S(
                "As he had argued in Vilnius, unless Ukraine prevails there is no membership question to discuss "
                "at all, he said.",
                "new",
                "stoltenberg-prevail-2023",
                "Ukraine prevailing as a precondition of membership goes beyond the seeds' 'after the war'.",
            ),
        ],
        [
            S(
                "The alliance has helped arrange contracts worth 2.4 billion euros for ammunition, including "
                "155mm shells, to refill allied and Ukrainian stocks, he said."
            ),
            S(
                "The two men also discussed how to strengthen air defence against the nightly Russian drone "
                "attacks."
            ),
        ],
        [
            S(
                "British Defence Secretary Grant Shapps and French Armed Forces Minister Sebastien Lecornu were in "
                "Kyiv on the same day and met Rustem Umerov, who took over the defence ministry this month.",
                "known",
                None,
                "Seed 001 already has Umerov as defence minister.",
                ["irrelevant"],
            )
        ],
        [
            S(
                "The Vilnius communique gave no timetable and tied an invitation to the consent of the allies and "
                "to conditions being met, wording Zelensky called absurd at the time.",
                "known",
                None,
                "Seed 000: no timeline, 'when allies agree and conditions are met', 'absurd'.",
            ),
            S(
                "Kyiv has accepted that it cannot take its seat in the alliance while the fighting goes on.",
                "known",
                None,
                "Seeds 000/001/002: Ukraine can join only after the war.",
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# G02 Putin's ceasefire terms, June 2024 (on topic: Russian demand about neutrality)
article(
    ARTICLES,
    "g-2024-06-14-putin-ceasefire-terms",
    "2024-06-14T16:40:00+00:00",
    "https://www.kxlf.com/world/europe/putin-pledges-a-cease-fire-in-ukraine-if-kyiv-withdraws-from-occupied-regions-and-drops-nato-bid",
    S(
        "Putin offers ceasefire if Kyiv quits four regions and abandons NATO bid",
        "contradicted",
        "putin-conditions-2024",
        "Russian demand that Ukraine renounce membership (conventions: contradicted, new accepted).",
        ["new"],
    ),
    [
        [
            S(
                "MOSCOW, June 14 – President Vladimir Putin said on Friday that Russia would cease fire and open "
                "talks as soon as Ukraine began withdrawing its troops from four regions Moscow claims and formally "
                "gave up its plan to join NATO.",
                "contradicted",
                "putin-conditions-2024",
                "The demand to renounce membership.",
                ["new"],
            ),
            S(
                "He set out the terms in a speech to the leadership of the Russian foreign ministry, on the eve of "
                "a peace conference in Switzerland to which Moscow was not invited."
            ),
        ],
        [
            S(
                "“The conditions are very simple,” Putin said, naming the Donetsk, Luhansk, Kherson and "
                "Zaporizhzhia regions, including the parts his forces do not hold."
            ),
            S(
                "Once Kyiv announced it was ready to pull out and to drop its NATO ambitions, an order to stop "
                "shooting would follow “literally at the same minute”, he said.",
                "contradicted",
                "putin-conditions-2024",
                "Same demand, repeated with the ceasefire promise.",
                ["new"],
            ),
        ],
        [
            S(
                "Ukraine would also have to accept a neutral, non-aligned and non-nuclear status and limits on "
                "its armed forces, all of it fixed in binding international agreements, he added.",
                "contradicted",
                "putin-conditions-2024",
                "Demand for neutrality, i.e. no NATO membership; part of the same terms.",
                ["new"],
            ),
            S(
                "The proposal aimed at a final settlement rather than a frozen conflict, Putin said, and all Western "
                "sanctions against Russia should be lifted."
            ),
        ],
        [
            S(
                "Zelensky rejected the terms as an ultimatum and likened them to Hitler's demands before the Second "
                "World War."
            ),
            S(
                "NATO Secretary General Jens Stoltenberg said the offer was not made in good faith, while US Defence "
                "Secretary Lloyd Austin said Moscow was in no position to dictate to Ukraine."
            ),
        ],
        [
            S(
                "Putin objected to the alliance's open door long before the invasion, calling the 2008 promise to "
                "Kyiv and Tbilisi a direct threat to Russia.",
                "known",
                None,
                "Seed 000: Putin called the Bucharest enlargement signal a 'direct threat'.",
                ["contradicted"],
            ),
            S(
                "The goal of membership has been written into Ukraine's constitution since 2019.",
                "known",
                None,
                "Seed 004: the February 2019 constitutional amendment.",
            ),
            S(
                "At their Vilnius summit last year the allies declared that Ukraine's future lies in NATO.",
                "known",
                None,
                "Seeds 003: 'Ukraine's future is in NATO'.",
            ),
        ],
        [
            S(
                "A day earlier, on the margins of the Group of Seven summit in Italy, Joe Biden and Zelensky signed "
                "a ten-year bilateral security agreement.",
                "changed",
                "us-agreement",
                "A further concluded bilateral agreement (seed 003: only the UK's concluded).",
            ),
            S("Russia occupies close to a fifth of Ukraine's territory."),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# G03 The Ukraine Compact at the Washington summit (on topic)
article(
    ARTICLES,
    "g-2024-07-11-ukraine-compact",
    "2024-07-11T23:30:00+00:00",
    "https://www.pravda.com.ua/eng/news/2024/07/12/7465276/",
    S(
        "Allies sign ‘Ukraine Compact’ tying their security pledges together as Washington summit ends",
        "new",
        "ukraine-compact",
        "A multilateral compact on guarantees; no seed counterpart.",
    ),
    [
        [
            S(
                "WASHINGTON, July 11 – Leaders of 23 countries and the European Union signed a Ukraine Compact with "
                "President Volodymyr Zelensky on Thursday, gathering the security commitments they have made to "
                "Kyiv into one framework as NATO's 75th anniversary summit drew to a close.",
                "new",
                "ukraine-compact",
                "The compact and its signatories.",
            ),
            S(
                "The United States, Japan and 21 other members of the alliance put their names to the document, "
                "which other states may still join.",
                "new",
                "ukraine-compact",
                "Same compact: who signed.",
            ),
        ],
        [
            S(
                "Signatories promise to keep meeting Ukraine's immediate defence needs and to accelerate work on a "
                "future Ukrainian force able to defend the country and deter aggression.",
                "known",
                None,
                "Seed 003: the G7 declaration commits to sustainable forces able to defend and deter.",
                ["new"],
            ),
            S(
                "Should Russia attack again once the present fighting is over, they will convene swiftly and "
                "collectively at the highest level to decide on next steps, including more military aid and fresh "
                "costs for Moscow.",
                "new",
                "ukraine-compact-terms",
                "Collective leader-level response clause of the compact; the seed has 24-hour consultations only.",
                ["known"],
            ),
        ],
        [
            S(
                "The text commends the bilateral security agreements already completed by 22 countries and the EU "
                "under the declaration the Group of Seven issued at Vilnius last year.",
                "changed",
                "agreements-22-eu",
                "Count of concluded agreements (22 + EU) against the seed's one (UK).",
            ),
            S(
                "It calls on the remaining signatories of that declaration to finish their own agreements soon.",
                "known",
                None,
                "Seed 003: further agreements are under negotiation.",
            ),
        ],
        [
            S(
                "The White House presented the compact as part of Ukraine's bridge to NATO membership.",
                "known",
                None,
                "Seed 003: assistance as a 'bridge' to membership.",
            ),
            S(
                "Its commitments are to run alongside Kyiv's progress towards the European Union and the "
                "alliance.",
                "known",
                None,
                "Seeds 003: bridge to eventual membership; agreements lapse on entry.",
                ["new"],
            ),
        ],
        [
            S(
                "Hungary, Slovakia, Turkey and Greece were among the allies that did not sign.",
                "new",
                "ukraine-compact",
                "Who stayed out of the compact.",
                ["irrelevant"],
            ),
            S(
                "In the short term the allies would go on supplying weapons, ammunition and training, Biden said, "
                "and in the medium term help build forces able to deter further aggression."
            ),
            S(
                "The ceremony was briefly overshadowed when Biden introduced Zelensky as “President Putin” before "
                "correcting himself."
            ),
        ],
        [
            S(
                "A day earlier the 32 allies had declared Ukraine's road to full membership irreversible in their "
                "summit communique, but again stopped short of an invitation.",
                "changed",
                "alliance-32",
                "32 allies against the seeds' 31; the irreversible path without invitation is seed 003.",
            ),
            S(
                "Last month Putin had made Kyiv's renunciation of NATO a condition for any ceasefire.",
                "contradicted",
                "putin-conditions-2024",
                "Russian demand that Ukraine renounce membership (conventions: contradicted, new accepted).",
                ["new"],
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# G04 Kallas: NATO membership the strongest and cheapest guarantee (on topic: new office holder)
article(
    ARTICLES,
    "g-2025-02-24-kallas-cheapest-guarantee",
    "2025-02-24T18:15:00+00:00",
    "https://unn.ua/en/news/the-cheapest-guarantee-of-security-callas-emphasizes-that-ukraine-should-eventually-become-a-part-of-nato",
    S(
        "Kallas: NATO membership is the strongest and cheapest guarantee Ukraine could get",
        "known",
        None,
        "Seeds 001/003: only NATO membership fully protects Ukraine; guarantees cannot substitute for it.",
        ["new"],
    ),
    [
        [
            S(
                "BRUSSELS, February 24 – Membership of NATO would give Ukraine the strongest security guarantee "
                "and, in fact, the cheapest one, the European Union's foreign policy chief Kaja Kallas said on "
                "Monday.",
                "known",
                None,
                "Restates seed 001: the only sustainable guarantee is full membership.",
                ["new"],
            ),
            S(
                "She spoke after EU foreign ministers met on the third anniversary of Russia's full-scale "
                "invasion."
            ),
        ],
        [
            S(
                "“We agreed that Ukraine's path to NATO is irreversible,” Kallas told reporters, adding that in the "
                "end Ukraine must also be part of the alliance.",
                "known",
                None,
                "Seed 003: the irreversible path; future in NATO.",
            ),
            S(
                "If membership does not come at the first stage, she said, every country offering guarantees will "
                "have to answer questions about troops on the ground and ammunition supplies to make its "
                "guarantee real.",
                "new",
                "kallas-guarantee-questions",
                "Guarantees in place of membership must be backed by troops and supplies; no seed counterpart.",
            ),
        ],
        [
            S(
                "Those questions cannot be left for later, she argued, because a guarantee with nothing behind it "
                "would not deter Moscow.",
                "new",
                "kallas-guarantee-questions",
                "Same point.",
                ["irrelevant"],
            ),
            S(
                "Kallas said she had told an American official in Munich that anyone who wanted a strong NATO "
                "should accept Ukraine, whose army is the strongest in Europe.",
                "new",
                "kallas-accept-ukraine",
                "Advocacy for admission; no seed counterpart, but close to the seeds' support.",
                ["known"],
            ),
        ],
        [
            S(
                "Earlier this month US Defence Secretary Pete Hegseth told allies in Brussels that NATO "
                "membership for Kyiv was not a realistic outcome of a negotiated settlement.",
                "contradicted",
                "hegseth-unrealistic",
                "US official dismissing membership (conventions: denials).",
            ),
            S(
                "Britain and France have said they are ready to consider sending troops to Ukraine to help secure "
                "any ceasefire, while Poland and Germany have held back.",
                "new",
                "uk-france-troops-readiness",
                "Forces offered as a guarantee; no seed counterpart.",
            ),
        ],
        [
            S(
                "Kallas, a former prime minister of Estonia, took over the EU's top diplomatic post from Josep "
                "Borrell on December 1 and went to Kyiv on her first day in the job."
            ),
            S(
                "Ministers on Monday also adopted a 16th package of sanctions against Russia, which bans imports of "
                "Russian aluminium and lists dozens more tankers of the shadow fleet."
            ),
        ],
        [
            S(
                "When NATO leaders met in Vilnius in 2023 they said Ukraine's future was in the alliance but made "
                "an invitation depend on agreement among the allies and on conditions being fulfilled.",
                "known",
                None,
                "Seeds 000/003: the Vilnius formula.",
            ),
            S(
                "The bilateral pacts Kyiv has signed since then stop short of the alliance's mutual defence "
                "clause.",
                "known",
                None,
                "Seed 003: the arrangements do not replicate Article 5.",
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# G05 Kellogg: Russia's concern about enlargement is "fair" (on topic: US envoy)
article(
    ARTICLES,
    "g-2025-05-30-kellogg-fair-concern",
    "2025-05-30T15:00:00+00:00",
    "https://www.politico.eu/article/russia-vladimir-putin-kremlin-donald-trump-keith-kellogg-nato-expansion-ukraine/",
    S(
        "Trump envoy Kellogg calls Moscow's NATO worry ‘fair’ and says Ukraine's entry is off the table",
        "contradicted",
        "kellogg-not-on-table",
        "A US envoy says Washington does not want Ukraine in NATO.",
    ),
    [
        [
            S(
                "WASHINGTON, May 30 – Keith Kellogg, President Donald Trump's special envoy for Ukraine, said "
                "Russia's worries about NATO's eastward expansion were fair and that the United States did not want "
                "to see Ukraine in the alliance.",
                "contradicted",
                "kellogg-not-on-table",
                "US position against Ukrainian membership.",
            ),
            S(
                "He was answering a question from ABC News about a Reuters report that Moscow wants a written "
                "pledge that the alliance will not enlarge eastwards to take in Ukraine and other former Soviet "
                "republics.",
                "contradicted",
                "russia-no-enlargement-pledge",
                "Russian demand to bar Ukraine from NATO; demands are arguable.",
                ["new"],
            ),
        ],
        [
            S(
                "“We've said that to us, Ukraine coming into NATO is not on the table,” Kellogg said.",
                "contradicted",
                "kellogg-not-on-table",
                "The denial, quoted.",
            ),
            S(
                "He said he could probably name four other members of the alliance that took the same view.",
                "contradicted",
                "kellogg-not-on-table",
                "Reports other allies opposing membership (conventions: like Rutte's report).",
                ["new"],
            ),
            S(
                "Admission, he noted, takes the backing of 32 out of 32.",
                "changed",
                "alliance-32",
                "Unanimity is seed 000; 32 allies against the seeds' 31.",
            ),
        ],
        [
            S(
                "Moscow was raising the question not only for Ukraine but also for Georgia and Moldova, and it "
                "could be dealt with comprehensively, Kellogg said, leaving the final decision on the US stance to "
                "Trump.",
                "contradicted",
                "kellogg-not-on-table",
                "Openness to halting enlargement, hedged; same stance.",
                ["new"],
            ),
            S(
                "He said negotiators would try to merge the Russian and Ukrainian memorandums into a single text "
                "at talks in Istanbul on Monday."
            ),
        ],
        [
            S(
                "Kremlin spokesman Dmitry Peskov said the envoy's words could be seen as a result of contacts "
                "between Moscow and Washington.",
                "contradicted",
                "kellogg-not-on-table",
                "Reaction to the same statement.",
                ["new", "irrelevant"],
            ),
            S(
                "Czech Foreign Minister Jan Lipavsky answered on X that enlargement served Russia's own security, "
                "since there was no war where Russia bordered NATO countries."
            ),
        ],
        [
            S(
                "Czech President Petr Pavel said last week that it was not realistic to invite Ukraine any time "
                "soon given the Trump administration's opposition, but that allies should not drop the idea.",
                "new",
                "pavel-not-realistic-soon",
                "Consensus lacking now, commitment kept (conventions: new, not contradicted).",
            ),
            S("Kyiv did not immediately respond to Kellogg's remarks."),
        ],
        [
            S(
                "It was at Bucharest in 2008 that the allies first promised Ukraine and Georgia they would become "
                "members, without saying when or offering an action plan.",
                "known",
                None,
                "Seeds 000/004: Bucharest promise, no date, no MAP.",
            ),
            S(
                "The Kremlin has long described the alliance's growth towards its borders as a direct threat.",
                "known",
                None,
                "Seed 000: Putin's 'direct threat'.",
                ["contradicted"],
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# G06 The Hague declaration leaves Ukraine's membership out (on topic: summit outcome)
article(
    ARTICLES,
    "g-2025-06-25-hague-declaration-ukraine",
    "2025-06-25T19:45:00+00:00",
    "https://news.laodong.vn/the-gioi/ukraina-mat-hut-trong-moi-quan-tam-cua-nato-1530535.ldo",
    S(
        "Hague summit text mentions Ukraine twice and is silent on its NATO membership",
        "new",
        "hague-text-omits-membership",
        "The summit text omits the membership line; not a denial (conventions).",
    ),
    [
        [
            S(
                "THE HAGUE, June 25 – The declaration NATO leaders adopted in The Hague on Wednesday refers to "
                "Ukraine only twice and says nothing about its prospects of joining the alliance.",
                "new",
                "hague-text-omits-membership",
                "Omission of the membership line.",
            ),
            S(
                "Most of the five-paragraph text concerns a pledge to raise defence spending to 5% of GDP by 2035 "
                "in response to what it calls the long-term threat posed by Russia."
            ),
        ],
        [
            S(
                "Allies restated their enduring sovereign commitments to support Ukraine and agreed that direct "
                "contributions to its defence and its arms industry may count towards their spending goals."
            ),
            S(
                "The absence of any wording on membership marks a break with last year's Washington declaration, "
                "which called Ukraine's path to the alliance irreversible.",
                "new",
                "hague-text-omits-membership",
                "Same omission; the irreversible path itself is seed 003.",
            ),
        ],
        [
            S(
                "Mark Rutte, who succeeded Jens Stoltenberg as secretary general last autumn, had tried to reassure "
                "Zelensky on the eve of the summit.",
                "changed",
                "secgen-rutte",
                "Office holder: Stoltenberg (seeds) -> Rutte.",
            ),
            S(
                "The decisions on Ukraine, he said, built on Washington, where allies had agreed on an "
                "irreversible path, and the bridge to membership was being built “as we speak”.",
                "known",
                None,
                "Seed 003: irreversible path, bridge to membership.",
                ["new"],
            ),
        ],
        [
            S(
                "Zelensky was invited to the leaders' dinner hosted by the Dutch king but not to the working "
                "sessions, and a NATO-Ukraine Council meeting planned for heads of government was held at the level "
                "of foreign ministers instead.",
                "new",
                "hague-ukraine-downgraded",
                "Ukraine's place at the summit reduced; the Council itself is seed 001.",
                ["irrelevant"],
            ),
            S(
                "He met Trump for about 50 minutes on the sidelines, and Trump said afterwards that Washington "
                "would see whether it could make more Patriot missiles available."
            ),
        ],
        [
            S(
                "Trump said in February that Kyiv could forget about joining the alliance, and diplomats said the "
                "short text had been drafted with his approval in mind.",
                "contradicted",
                "trump-forget-nato",
                "A US president dismissing membership (conventions: denials).",
            ),
            S(
                "Rutte had said this month that allies did not need to repeat in every communique commitments "
                "they had already made.",
                "new",
                "hague-text-may-omit",
                "The summit text need not restate the commitment; the commitment stands.",
            ),
        ],
        [
            S(
                "The promise that Ukraine will one day join dates back to the 2008 Bucharest summit, and the Vilnius "
                "communique of 2023 said its future lay in NATO.",
                "known",
                None,
                "Seeds 000/003: Bucharest 'will become members'; Vilnius 'future is in NATO'.",
            ),
            S(
                "Leaders of the 32 allies agreed to meet next year in Turkey.",
                "changed",
                "alliance-32",
                "32 allies against the seeds' 31.",
                ["irrelevant"],
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# G07 Coalition of the willing: headquarters in Paris, cell in Kyiv (on topic)
article(
    ARTICLES,
    "g-2025-07-10-coalition-paris-hq",
    "2025-07-10T19:30:00+00:00",
    "https://channelnewsasia.com/world/paris-be-new-headquarters-coalition-willing-ukraine-5232086",
    S(
        "Coalition of the willing to run post-ceasefire Ukraine force from Paris, with a cell in Kyiv",
        "new",
        "mnf-ukraine-hq",
        "Headquarters of the reassurance force; guarantees offered are new.",
    ),
    [
        [
            S(
                "LONDON, July 10 – Countries ready to send forces to Ukraine after a ceasefire will command the "
                "mission from a headquarters in Paris and open a coordination cell in Kyiv, the British government "
                "said on Thursday.",
                "new",
                "mnf-ukraine-hq",
                "The headquarters decision.",
            ),
            S(
                "Britain and France will lead the headquarters jointly, and it will move to London after its first "
                "12 months.",
                "new",
                "mnf-ukraine-hq",
                "Same headquarters: leadership and rotation.",
            ),
        ],
        [
            S(
                "Prime Minister Keir Starmer and President Emmanuel Macron announced the arrangement at the end of "
                "Macron's three-day state visit, after chairing a video call of the coalition from the Northwood "
                "military headquarters outside London.",
                "new",
                "mnf-ukraine-hq",
                "Same decision: how it was made.",
                ["irrelevant"],
            ),
            S(
                "Planning must continue on an enduring, business-as-usual footing so that a force can deploy within "
                "days of the guns falling silent, Downing Street said.",
                "new",
                "mnf-ukraine-hq",
                "Readiness of the same force.",
            ),
        ],
        [
            S(
                "The planned Multinational Force Ukraine is meant to help rebuild Ukraine's armed forces and to "
                "secure its skies and the Black Sea, not to hold the front line.",
                "new",
                "mnf-ukraine-tasks",
                "Tasks of the reassurance force; no seed counterpart.",
            ),
            S(
                "Starmer told partners that the force had to be set up now rather than after a ceasefire.",
                "new",
                "mnf-ukraine-hq",
                "Same force; timing.",
            ),
        ],
        [
            S(
                "For the first time American representatives took part: Trump's special envoy Keith Kellogg and "
                "Senators Lindsey Graham and Richard Blumenthal.",
                "new",
                "us-at-coalition",
                "US participation in the guarantee talks; no seed counterpart.",
            ),
            S(
                "In May Kellogg had said that Ukraine's entry into NATO was not on the table for Washington.",
                "contradicted",
                "kellogg-not-on-table",
                "US envoy's denial, recalled.",
            ),
            S(
                "Moscow has said it will not accept troops from NATO countries on Ukrainian soil in any form.",
                "new",
                "russia-rejects-foreign-troops",
                "Russian rejection of the force; not about membership.",
            ),
        ],
        [
            S(
                "The announcement came hours after Russia launched around 400 drones and 18 missiles at Kyiv and "
                "other regions, killing two people in the capital."
            ),
            S("Zelensky, who joined the call, pressed partners for more air defence."),
        ],
        [
            S(
                "Kyiv maintains that no arrangement short of membership can replace the protection the alliance "
                "would give it.",
                "known",
                None,
                "Seed 003: guarantees cannot substitute for membership.",
            ),
            S(
                "The bilateral pacts signed since the Vilnius summit promise consultations within a day of any new "
                "attack but no automatic military help.",
                "known",
                None,
                "Seed 003: 24-hour consultations, no Article 5.",
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# G08 Zelensky's 20-point draft (on topic: peace plan and guarantees)
article(
    ARTICLES,
    "g-2025-12-24-twenty-point-draft",
    "2025-12-24T14:30:00+00:00",
    "https://www.hurriyetdailynews.com/zelensky-reveals-us-ukraine-plan-to-end-war-217149",
    S(
        "Zelensky's 20-point draft offers Article 5-style guarantees and drops the NATO renunciation",
        "new",
        ["twenty-point-article5", "twenty-point-no-renunciation"],
        "Guarantees mirroring Article 5 and the removal of the renunciation clause; no seed counterpart.",
    ),
    [
        [
            S(
                "KYIV, December 24 – President Volodymyr Zelensky has for the first time read out the 20 points of "
                "a draft framework for ending the war, drawn up with US negotiators over recent weeks.",
                "new",
                "twenty-point-plan",
                "The peace framework itself.",
                ["irrelevant"],
            ),
            S(
                "Under the draft, the United States, NATO and European signatory states would give Ukraine security "
                "guarantees that mirror Article 5 of the alliance's treaty.",
                "new",
                "twenty-point-article5",
                "Article-5-like guarantees (new).",
            ),
        ],
        [
            S(
                "A renewed Russian invasion would trigger a coordinated military response and the return of all "
                "sanctions, while an unprovoked Ukrainian attack on Russia would void the guarantees.",
                "new",
                "twenty-point-article5",
                "Terms of the same guarantees.",
            ),
            S(
                "Ukraine's armed forces would keep a peacetime strength of 800,000.",
                "new",
                "twenty-point-army-800k",
                "Force size under the plan; no seed counterpart.",
            ),
        ],
        [
            S(
                "Unlike the 28-point US plan of November, the new text does not require Kyiv to renounce its bid "
                "for NATO membership.",
                "new",
                "twenty-point-no-renunciation",
                "Removal of the renunciation clause; the membership goal stays open.",
            ),
            S(
                "“Our choice has been made,” Zelensky said, explaining that Ukraine had refused constitutional "
                "changes that would have barred it from the alliance.",
                "new",
                "twenty-point-no-renunciation",
                "Same point.",
            ),
            S(
                "Whether Ukraine joins depends on the allies, he acknowledged, and the chances are slim while "
                "Washington opposes it.",
                "contradicted",
                "us-opposes-membership-2025",
                "Reports the US opposing membership (conventions: like Rutte's report).",
                ["new"],
            ),
        ],
        [
            S(
                "The draft also counts EU membership by a set date among Ukraine's guarantees and foresees a "
                "reconstruction package of up to 800 billion dollars.",
                "new",
                "twenty-point-eu-date",
                "EU accession as part of the guarantees (new).",
            )
        ],
        [
            S(
                "The earlier US draft would have had Ukraine write into its constitution that it would never join "
                "NATO.",
                "contradicted",
                "us-draft-renounce",
                "A US plan barring membership (eval README: contradicted).",
            ),
            S(
                "A separate US paper handed to Kyiv this month states that the alliance will not expand further or "
                "invite Ukraine, the Ukrainian outlet ZN.UA reported.",
                "contradicted",
                "us-no-expansion-paper",
                "A US text ruling out Ukraine's invitation.",
                ["new"],
            ),
        ],
        [
            S(
                "Russia has insisted throughout the talks that Ukraine stay out of NATO and accept neutrality.",
                "contradicted",
                "putin-demands-no-nato",
                "Russian demand to renounce membership; demands are arguable.",
                ["new"],
            ),
            S(
                "Ukraine's delegation in Miami was led by Rustem Umerov, who became secretary of the National "
                "Security and Defence Council in July.",
                "changed",
                "nsdc-umerov",
                "Office holder: NSDC secretary Danilov (seed 002) -> Umerov; Umerov has left defence.",
            ),
        ],
        [
            S(
                "The coalition of the willing already has a headquarters in Paris ready to run a multinational "
                "force once a ceasefire holds.",
                "new",
                "mnf-ukraine-hq",
                "Same headquarters as in July.",
            ),
            S(
                "Since Vilnius, Kyiv has argued that no guarantee short of membership can fully stand in for the "
                "alliance.",
                "known",
                None,
                "Seed 003: guarantees cannot substitute for membership.",
            ),
        ],
    ],
    True,
)

# ============================================================================================
# NEAR OR OFF TOPIC (4)
# ============================================================================================

# --------------------------------------------------------------------------------------------
# G09 Wagner mutiny (off topic)
article(
    ARTICLES,
    "g-2023-06-25-wagner-mutiny",
    "2023-06-25T06:00:00+00:00",
    "https://www.arkansasonline.com/news/2023/jun/25/kremlin-says-deal-reached-rebellion-ends/",
    S("Wagner chief halts march on Moscow in Belarus-brokered deal"),
    [
        [
            S(
                "MOSCOW, June 25 – Yevgeny Prigozhin, head of the Wagner mercenary group, turned his fighters back "
                "late on Saturday after advancing to within about 200 kilometres of Moscow, ending the gravest "
                "challenge to Vladimir Putin in more than two decades in power."
            ),
            S(
                "The Kremlin said Prigozhin would leave for Belarus and that the criminal case against him for armed "
                "mutiny would be dropped."
            ),
        ],
        [
            S(
                "Belarusian President Alexander Lukashenko brokered the deal after a day of talks with Prigozhin, "
                "his press service said."
            ),
            S(
                "Wagner fighters who took part will not be prosecuted, while those who stayed out may sign "
                "contracts with the defence ministry."
            ),
        ],
        [
            S(
                "Earlier on Saturday the mercenaries seized the headquarters of Russia's Southern Military District "
                "in Rostov-on-Don, the command centre for the war in Ukraine."
            ),
            S("In a televised address Putin called the uprising treason and a stab in the back."),
        ],
        [
            S(
                "Prigozhin had demanded the removal of Defence Minister Sergei Shoigu and the chief of the general "
                "staff, Valery Gerasimov."
            ),
            S(
                "Kremlin spokesman Dmitry Peskov said such personnel decisions were for the commander-in-chief "
                "alone."
            ),
        ],
        [
            S(
                "US Secretary of State Antony Blinken spoke with his Group of Seven counterparts about the crisis, "
                "his spokesman said."
            ),
            S("Roadblocks on the highways into Moscow were being removed on Sunday."),
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# G10 Umerov confirmed as defence minister (near topic: office holder already in the seeds)
article(
    ARTICLES,
    "g-2023-09-06-umerov-defence-minister",
    "2023-09-06T13:30:00+00:00",
    "https://kyivindependent.com/parliament-approves-rustem-umerov-as-new-defense-minister",
    S(
        "Ukraine's parliament confirms Rustem Umerov as defence minister",
        "known",
        None,
        "Seed 001 has Umerov as defence minister (Reznikov before him in seed 002).",
        ["changed", "irrelevant"],
    ),
    [
        [
            S(
                "KYIV, September 6 – The Verkhovna Rada voted on Wednesday to make Rustem Umerov, until now head of "
                "the State Property Fund, Ukraine's minister of defence, with 338 lawmakers in favour.",
                "known",
                None,
                "Seed 001: Umerov is defence minister.",
                ["changed", "irrelevant"],
            ),
            S(
                "He replaces Oleksii Reznikov, whose dismissal parliament approved a day earlier.",
                "known",
                None,
                "Seeds 001/002: Reznikov was minister before Umerov.",
                ["changed", "irrelevant"],
            ),
        ],
        [
            S(
                "President Volodymyr Zelensky announced the change on Sunday, saying the ministry needed new "
                "approaches in its dealings with the military and with society."
            ),
            S(
                "Reznikov, in the post since November 2021, coordinated the flow of Western weapons to Ukraine, but "
                "his ministry was dogged by procurement scandals, although he was not personally accused."
            ),
        ],
        [
            S("Umerov, 41, is a Crimean Tatar and a lawmaker from the Holos party."),
            S(
                "He took part in the talks with Russia in the spring of 2022 and has been involved in prisoner "
                "exchanges and in setting up the Black Sea grain corridor."
            ),
        ],
        [
            S("Umerov had resigned from the State Property Fund before the vote."),
            S(
                "Media had reported that Reznikov could be named ambassador to Britain, which he said he knew "
                "nothing about."
            ),
        ],
        [
            S(
                "The new minister is expected to carry on Kyiv's talks with Western capitals on the long-term "
                "security commitments the Group of Seven promised at NATO's Vilnius summit in July.",
                "known",
                None,
                "Seeds 001/003: G7 long-term bilateral commitments under negotiation.",
                ["irrelevant"],
            ),
            S(
                "His first test will be the next meeting of the Ramstein group of Ukraine's military donors."
            ),
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# G11 Biden opens the Washington summit with air defence (off topic; incidental on-topic line)
article(
    ARTICLES,
    "g-2024-07-09-washington-air-defence",
    "2024-07-09T22:30:00+00:00",
    "https://english.almayadeen.net/news/politics/us--allies-to-provide-ukraine-with-four-patriot-systems",
    S("Biden opens NATO's anniversary summit with new air defence for Ukraine"),
    [
        [
            S(
                "WASHINGTON, July 9 – The United States, Germany, Romania and the Netherlands will give Ukraine "
                "Patriot air defence systems and Italy will send another long-range system, President Joe Biden "
                "said as he opened NATO's 75th anniversary summit on Tuesday."
            ),
            S(
                "Biden called the donation historic and said dozens of shorter-range systems would follow in the "
                "coming months."
            ),
        ],
        [
            S(
                "“Russia will not prevail,” he said in the auditorium where the North Atlantic Treaty was signed "
                "in 1949."
            ),
            S(
                "Kyiv has asked for months for at least seven more Patriot systems to protect its cities from "
                "Russian missiles."
            ),
        ],
        [
            S(
                "Denmark and the Netherlands said the transfer of US-made F-16 fighter jets was under way and that "
                "Ukraine would fly them this summer."
            ),
            S("Norway said it would donate six of the jets."),
        ],
        [
            S(
                "Secretary General Jens Stoltenberg warned that a Russian victory would be the greatest risk to the "
                "alliance."
            ),
            S(
                "Speaking at a think tank, Zelensky said the whole world was watching the US election and that "
                "Putin was waiting for November."
            ),
        ],
        [
            S(
                "The leaders of the 32 allies are expected on Wednesday to call Ukraine's route to membership "
                "irreversible.",
                "changed",
                "alliance-32",
                "32 allies against the seeds' 31; incidental in an air defence story.",
                ["irrelevant"],
            ),
            S(
                "On Monday a Russian missile struck Kyiv's largest children's hospital, part of a barrage that "
                "killed dozens of people across the country."
            ),
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# G12 Trump on Article 5 before The Hague (off topic: NATO collective defence, not Ukraine)
article(
    ARTICLES,
    "g-2025-06-24-trump-article5-definition",
    "2025-06-24T21:00:00+00:00",
    "https://prod-www.startribune.com/trump-again-questions-natos-collective-defense-guarantee-ahead-of-summit/601378955",
    S("Trump says NATO's mutual defence clause ‘depends on your definition’"),
    [
        [
            S(
                "THE HAGUE, June 24 – President Donald Trump cast fresh doubt on his commitment to NATO's mutual "
                "defence clause as he flew to the alliance's summit in the Netherlands on Tuesday."
            ),
            S(
                "Asked aboard Air Force One whether he stood by Article 5, he replied that it “depends on your "
                "definition”, adding that there were numerous definitions."
            ),
        ],
        [
            S(
                "He said he was committed to being the allies' friend and to saving lives, and promised a precise "
                "definition once he arrived."
            ),
            S(
                "Secretary General Mark Rutte said he had no doubt that Washington stood by the clause."
            ),
        ],
        [
            S(
                "Article 5 of the North Atlantic Treaty treats an armed attack on one ally as an attack on them "
                "all."
            ),
            S(
                "It has been invoked only once, after the attacks on the United States on September 11, 2001."
            ),
        ],
        [
            S(
                "Allies are set to adopt a target of spending 5% of GDP on defence and security by 2035, a goal "
                "Trump has demanded for months."
            ),
            S("Spain has said it will not need to go that far."),
        ],
        [
            S(
                "The summit opens days after US strikes on Iranian nuclear sites and a ceasefire between Israel and "
                "Iran that Trump announced on Monday."
            ),
            S(
                "Rutte had sent Trump a message praising his action on Iran, which Trump posted online."
            ),
        ],
    ],
    False,
)


# --------------------------------------------------------------------------------------------
