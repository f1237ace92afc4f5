"""Article set y: the articles, sentence by sentence with their gold (`python3 ../build.py set_y`)."""

from corpus import S, article

CHANNEL = "Article set y: Ukraine's road to NATO, 2023-2026"
DESCRIPTION = "12 articles rewritten from real 2023-2026 coverage (links point at the originals)."
ARTICLES: list = []

# ============================================================================================
# ON TOPIC (8)
# ============================================================================================

# --------------------------------------------------------------------------------------------
# Y01 Vilnius summit, day one: the communique's invitation formula, Zelensky's anger, MAP dropped,
# annual national programme, US and German caution, Sweden's Turkish deal (mostly known)
article(
    ARTICLES,
    "y-2023-07-11-vilnius-invitation-conditions",
    "2023-07-11T18:40:00+00:00",
    "https://www.reuters.com/world/europe/nato-says-ukraine-can-join-when-allies-agree-conditions-are-met-2023-07-11/",
    S(
        "NATO tells Ukraine it can join 'when allies agree and conditions are met'",
        "known",
        None,
        "Seeds 000/003: the Vilnius invitation formula.",
    ),
    [
        [
            S(
                "VILNIUS, July 11 – NATO leaders said on Tuesday they would be in a position to invite Ukraine "
                "into the alliance once allies agreed and unspecified conditions were met, stopping short of the "
                "timetable Kyiv had campaigned for.",
                "known",
                None,
                "Seeds 000/001: invitation when allies agree and conditions are met; no timeline.",
            ),
            S(
                "The wording, hammered out over days among the 31 members, drew an angry response from President "
                "Volodymyr Zelensky before it was even published.",
                "known",
                None,
                "Seed 000: 31 leaders; the leaked draft incensed Zelensky.",
            ),
        ],
        [
            S(
                "Zelensky wrote on Twitter that it was “unprecedented and absurd” that no time frame had been set "
                "either for an invitation or for membership itself.",
                "known",
                None,
                "Seed 000: Zelensky's 'absurd' tweet on the missing time frame.",
            ),
        ],
        [
            S(
                "In their communique, the allies said Ukraine's future was in NATO and agreed that it would no "
                "longer have to pass through a Membership Action Plan, a stage other aspirants have had to "
                "complete.",
                "known",
                None,
                "Seeds 001/003: 'Ukraine's future is in NATO'; MAP requirement dropped.",
            ),
            S(
                "Foreign ministers will instead review Kyiv's progress on reforms and interoperability each year "
                "through an adapted national programme.",
                "new",
                "y-vilnius-anp",
                "Annual review of reforms by foreign ministers; the seeds do not have it.",
            ),
            S(
                "Leaders also created a NATO-Ukraine Council in which Kyiv will sit with the allies as an equal, "
                "and it is due to meet for the first time on Wednesday with Zelensky present.",
                "known",
                None,
                "Seeds 001/003: the NATO-Ukraine Council created at Vilnius.",
            ),
        ],
        [
            S(
                "Diplomats said the United States and Germany had resisted any language that could be read as a "
                "firm commitment while the war goes on.",
                "new",
                "y-vilnius-us-germany-wary",
                "Named reluctant allies (Germany not in the seeds); consensus lacking, not a denial.",
                ["known"],
            ),
            S(
                "President Joe Biden said before the summit that he did not believe there was unanimity in NATO "
                "about bringing Ukraine into the alliance now, in the middle of a war.",
                "known",
                None,
                "Seeds 000/002: the US held back; no consensus; join after the war.",
                ["new"],
            ),
            S(
                "Admitting Ukraine during the fighting would mean NATO was at war with Russia, his national "
                "security adviser Jake Sullivan has argued.",
                "known",
                None,
                "Seeds 000/001: Sullivan's 'NATO at war with Russia'.",
            ),
        ],
        [
            S(
                "Lithuania and its Baltic neighbours had pressed for an invitation that was clear and could not be "
                "revoked.",
                "known",
                None,
                "Seed 002: Landsbergis wanted a clear invitation that cannot be revoked.",
            ),
        ],
        [
            S(
                "The summit opened in a better mood after Turkish President Tayyip Erdogan agreed late on Monday to "
                "send Sweden's accession protocol to his parliament for ratification.",
                "known",
                None,
                "Seed 001: Sweden will join once Turkey completes ratification; the deal is the step before it.",
                ["changed"],
            ),
            S(
                "Finland joined in April, ending decades of military non-alignment.",
                "known",
                None,
                "Seed 001: Finland dropped non-alignment and was admitted.",
            ),
        ],
        [
            S(
                "On Wednesday the Group of Seven is expected to launch a framework under which its members will "
                "negotiate long-term security commitments with Kyiv country by country.",
                "known",
                None,
                "Seeds 001/003: the G7 declaration and bilateral commitments.",
            ),
            S(
                "Officials said those pledges would not replicate the mutual defence clause at the heart of NATO.",
                "known",
                None,
                "Seed 003: the arrangements do not replicate Article 5.",
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# Y02 Fico meets Shmyhal in Uzhhorod after his veto pledge; Turkey ratifies Sweden, Hungary last
# (on topic: Bratislava's denial, status steps, restatements)
article(
    ARTICLES,
    "y-2024-01-24-fico-uzhhorod-veto",
    "2024-01-24T15:10:00+00:00",
    "https://kyivindependent.com/fico-shmyhal-meet-in-uzhhorod-for-bilateral-talks/",
    S(
        "Slovakia's Fico meets Shmyhal in Uzhhorod after vowing to veto Ukraine's NATO bid",
        "contradicted",
        "y-fico-veto",
        "An ally's leader pledging to block Ukraine's membership.",
    ),
    [
        [
            S(
                "UZHHOROD, Ukraine, Jan 24 – Slovak Prime Minister Robert Fico met his Ukrainian counterpart Denys "
                "Shmyhal in this western border city on Wednesday, days after saying he would use his veto to keep "
                "Ukraine out of NATO.",
                "contradicted",
                "y-fico-veto",
                "Veto pledge against Ukraine's membership.",
            ),
        ],
        [
            S(
                "Fico told public broadcaster RTVS at the weekend that he would tell Shmyhal Slovakia opposed "
                "Ukraine's membership and would block it, because it would lay the foundation for a third world "
                "war.",
                "contradicted",
                "y-fico-veto",
                "The same veto pledge in reported speech.",
            ),
            S(
                "He said Bratislava respected Kyiv's wish to join the European Union, provided it met the "
                "conditions."
            ),
        ],
        [
            S(
                "After talks behind closed doors, Shmyhal said Slovakia would not stop its companies from selling "
                "weapons and equipment to Ukraine and would back the EU's planned 50-billion-euro support facility "
                "for Kyiv."
            ),
            S("“We have different views, but that is politics,” Fico told reporters."),
            S(
                "Shmyhal said the two governments would pursue what he called a new pragmatism despite their "
                "disagreements."
            ),
        ],
        [
            S(
                "Because the alliance takes in new members only with the consent of all 31 allies, a single "
                "government can hold up an accession indefinitely.",
                "known",
                None,
                "Seed 000: unanimous approval of all 31 members.",
            ),
            S(
                "At their Vilnius summit in July, NATO leaders said Ukraine would be invited when allies agree and "
                "conditions are met, without naming a date.",
                "known",
                None,
                "Seeds 000/003: the Vilnius formula, no timeline.",
            ),
            S(
                "Kyiv itself accepts that it cannot join while the war is going on.",
                "known",
                None,
                "Seeds 000/002: Zelensky acknowledged Ukraine cannot join while at war.",
            ),
        ],
        [
            S(
                "Fico, who returned to power in October promising to end military aid from Slovak army stocks, is a "
                "close ally of Hungarian Prime Minister Viktor Orban."
            ),
            S(
                "Turkish lawmakers approved Sweden's membership on Tuesday, leaving Orban's parliament as the only "
                "one in the alliance that has yet to ratify it.",
                "changed",
                ["y-turkey-ratifies-sweden", "y-hungary-last"],
                "Seed 001 has Sweden waiting on Turkey: Turkey has ratified, Hungary is now the last.",
            ),
            S(
                "Orban said he had invited Swedish Prime Minister Ulf Kristersson to Budapest for talks on the "
                "matter."
            ),
        ],
        [
            S(
                "A day earlier Fico had been criticised at home for saying life in Kyiv was completely normal, "
                "hours after a Russian missile barrage hit the capital."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# Y03 Germany and France sign security agreements (on topic: new agreements, count, terms, aid)
article(
    ARTICLES,
    "y-2024-02-16-germany-france-security-pacts",
    "2024-02-16T21:30:00+00:00",
    "https://www.dw.com/en/germany-ukraine-sign-bilateral-security-agreement/a-68277460",
    S(
        "Germany and France sign ten-year security pacts with Ukraine",
        "changed",
        ["y-germany-agreement", "y-france-agreement"],
        "New bilateral agreements concluded; the seed has only the UK's.",
    ),
    [
        [
            S(
                "BERLIN, Feb 16 – Chancellor Olaf Scholz and President Volodymyr Zelensky signed a bilateral "
                "security agreement in Berlin on Friday, before Zelensky flew to Paris to sign a similar deal with "
                "President Emmanuel Macron the same evening.",
                "changed",
                ["y-germany-agreement", "y-france-agreement"],
                "Two newly concluded agreements.",
            ),
            S(
                "Both documents are valid for ten years.",
                "new",
                "y-agreements-ten-years",
                "The agreements' term: required new (the 10-year Israeli formula was only Duda's description).",
            ),
        ],
        [
            S(
                "Scholz called the agreement a historic step and said Germany would give Ukraine military aid worth "
                "more than 7 billion euros this year.",
                "new",
                "y-germany-aid-7bn",
                "Aid figure tied to the agreement.",
                ["irrelevant"],
            ),
            S(
                "Berlin also announced a fresh package worth about 1.1 billion euros, including artillery and "
                "ammunition."
            ),
        ],
        [
            S(
                "In Paris, Macron pledged up to 3 billion euros in additional military help for 2024 under the "
                "French agreement.",
                "new",
                "y-france-aid-3bn",
                "Aid figure inside the agreement.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "The two pacts are the second and third of their kind, after the one Britain signed with Kyiv in "
                "January.",
                "changed",
                "y-agreements-three",
                "Count of concluded agreements moves from the seed's one (the UK's) to three.",
            ),
            S(
                "They grow out of a declaration the Group of Seven made at NATO's Vilnius summit last July, offering "
                "Ukraine long-term support while membership remains out of reach.",
                "known",
                None,
                "Seeds 001/003: the G7 declaration of July 2023 formalised in bilateral agreements.",
            ),
            S(
                "Under the deals, Germany and France commit to consult Kyiv within 24 hours if Russia attacks again "
                "and to help build forces able to deter a future invasion.",
                "known",
                None,
                "Seed 003: consultation within 24 hours, sustainable forces.",
            ),
            S(
                "The commitments fall short of a mutual defence obligation and are meant to lapse once Ukraine joins "
                "NATO.",
                "known",
                None,
                "Seed 003: no Article 5; the agreements expire on membership.",
            ),
        ],
        [
            S(
                "Zelensky has welcomed such agreements while insisting that they cannot take the place of "
                "membership in the alliance.",
                "known",
                None,
                "Seed 003: they cannot substitute for membership.",
            ),
        ],
        [
            S(
                "The signings came hours after Russia's prison service said opposition leader Alexei Navalny had "
                "died in an Arctic penal colony."
            ),
            S(
                "Zelensky is due to address the Munich Security Conference on Saturday, as Ukrainian troops come "
                "under mounting pressure in the eastern town of Avdiivka."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# Y04 Washington summit: irreversible path, NSATU, senior representative, Sweden at the table,
# Rutte appointed (on topic)
article(
    ARTICLES,
    "y-2024-07-10-washington-irreversible",
    "2024-07-10T22:15:00+00:00",
    "https://apnews.com/article/nato-summit-washington-ukraine-irreversible-path-declaration-0a9c4e1f",
    S(
        "NATO calls Ukraine's path to membership 'irreversible' but holds back an invitation",
        "known",
        None,
        "Seed 003: 'irreversible' path; no invitation.",
    ),
    [
        [
            S(
                "WASHINGTON, July 10 – NATO leaders declared on Wednesday that Ukraine was on an irreversible path "
                "to full membership of the alliance, while once again declining to say when it might be invited "
                "to join.",
                "known",
                None,
                "Seed 003: Washington's 'irreversible' path without an invitation.",
            ),
        ],
        [
            S(
                "The summit declaration repeats last year's Vilnius formula that allies will be in a position to "
                "extend an invitation when they agree and conditions are met.",
                "known",
                None,
                "Seeds 000/003: the Vilnius formula.",
            ),
            S(
                "Secretary General Jens Stoltenberg described the measures agreed in Washington as a bridge to "
                "membership.",
                "known",
                None,
                "Seed 003: assistance as a 'bridge' to membership.",
            ),
        ],
        [
            S(
                "Allies agreed to set up a command in Wiesbaden, Germany, with about 700 staff to coordinate "
                "training and arms deliveries for Ukraine, a job the United States has done until now.",
                "new",
                "y-nsatu",
                "NATO's Ukraine assistance command; no seed counterpart.",
            ),
            S(
                "NATO will also appoint a senior civilian representative in Kyiv.",
                "new",
                "y-senior-representative",
                "New NATO post in Kyiv; no seed counterpart.",
            ),
            S(
                "Leaders pledged at least 40 billion euros in military aid over the coming year.",
                "new",
                "y-40bn-pledge",
                "Aid figure; minor.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "Hungary, which struck a deal last month allowing it to stay out of the new mission without "
                "blocking it, signed the declaration.",
                "new",
                "y-hungary-opt-out",
                "Hungary's opt-out from the assistance mission.",
                ["irrelevant"],
            ),
            S(
                "Prime Minister Viktor Orban came to Washington after trips to Moscow and Beijing that angered many "
                "allies."
            ),
        ],
        [
            S(
                "It was Sweden's first summit as a member, with 32 allies now at the table.",
                "changed",
                ["y-sweden-member", "alliance-32"],
                "Seed 001 has Sweden waiting on Turkey and 31 allies.",
            ),
            S(
                "Stoltenberg hands over on October 1 to former Dutch Prime Minister Mark Rutte, whom allies "
                "appointed last month.",
                "changed",
                "y-rutte-sg",
                "Successor to the seed's Secretary General appointed.",
            ),
        ],
        [
            S(
                "Zelensky, who came seeking air defence and a clearer signal on membership, welcomed the new wording "
                "but said Ukraine still hoped to be invited.",
                "known",
                None,
                "Seeds 002/003: Kyiv wants an invitation; no invitation yet.",
            ),
            S(
                "President Joe Biden announced on Tuesday that Ukraine would receive several more Patriot batteries "
                "from the United States and its partners."
            ),
        ],
        [
            S(
                "The Kremlin has long said that Ukraine's membership would threaten Russia's security.",
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
# Y05 Hegseth at the Ukraine Defense Contact Group in Brussels (on topic: Washington's denial,
# non-NATO mission, no US troops, Hegseth for Austin, 32 allies)
article(
    ARTICLES,
    "y-2025-02-13-hegseth-nato-unrealistic",
    "2025-02-13T16:20:00+00:00",
    "https://www.reuters.com/world/europe/hegseth-says-nato-membership-ukraine-not-realistic-outcome-2025-02-12/",
    S(
        "Hegseth tells allies NATO membership for Ukraine is not a realistic outcome",
        "contradicted",
        "y-hegseth-not-realistic",
        "A US official saying Ukraine will not join as part of a settlement.",
    ),
    [
        [
            S(
                "BRUSSELS, Feb 13 – US Defense Secretary Pete Hegseth told Ukraine's backers on Wednesday that "
                "Washington did not regard NATO membership for Kyiv as a realistic result of peace talks, a blow to "
                "one of Ukraine's central war aims.",
                "contradicted",
                "y-hegseth-not-realistic",
                "Denial of membership by a US official.",
            ),
        ],
        [
            S(
                "At his first meeting of the Ukraine Defense Contact Group, Hegseth said any security guarantee "
                "would have to be backed by capable European and non-European troops.",
                "new",
                "y-hegseth-non-nato-mission",
                "Guarantees offered instead of membership.",
            ),
            S(
                "If such troops were ever sent to Ukraine as peacekeepers, he said, they should serve in a mission "
                "outside NATO and would not be covered by the alliance's Article 5.",
                "new",
                "y-hegseth-non-nato-mission",
                "Same guarantee model: non-NATO, no Article 5 cover.",
            ),
            S(
                "No American troops would be deployed as part of any guarantee, he added.",
                "new",
                "y-no-us-troops",
                "Term of a guarantee: no US troops.",
            ),
        ],
        [
            S(
                "Hegseth also called a return to Ukraine's pre-2014 borders an unrealistic objective and said "
                "pursuing it would only prolong the war."
            ),
            S(
                "Hours later, President Donald Trump said he had spoken to Vladimir Putin by phone and that they had "
                "agreed to start negotiations."
            ),
        ],
        [
            S(
                "Hegseth, sworn in last month in place of Lloyd Austin, left the chair of the meeting to Britain's "
                "John Healey, although Austin had led the group since its creation in 2022.",
                "changed",
                "y-hegseth-defence",
                "New holder of the seed's US defence secretary office.",
            ),
        ],
        [
            S(
                "Ukraine was represented by Defence Minister Rustem Umerov.",
                "known",
                None,
                "Umerov as defence minister matches seed 001.",
            ),
            S(
                "Kyiv has long argued that only membership can stop Russia from attacking again and that bilateral "
                "guarantees cannot replace it.",
                "known",
                None,
                "Seeds 001/003: guarantees cannot substitute for membership.",
            ),
        ],
        [
            S(
                "At their summit in Washington last July, allies described Ukraine's road into the alliance as "
                "irreversible, though no invitation was issued.",
                "known",
                None,
                "Seed 003: irreversible path, no invitation.",
            ),
            S(
                "Admission requires the agreement of all 32 allies.",
                "changed",
                "alliance-32",
                "Seed 000 has unanimity of 31.",
            ),
        ],
        [
            S(
                "European Union foreign policy chief Kaja Kallas said it was wrong to hand Moscow what it wanted "
                "before negotiations had even begun."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# Y06 The Hague summit: short declaration without the membership line, Rutte says the commitment
# stands, Trump's "forget about it" (on topic)
article(
    ARTICLES,
    "y-2025-06-25-hague-declaration-ukraine",
    "2025-06-25T17:05:00+00:00",
    "https://www.politico.eu/article/nato-summit-the-hague-declaration-ukraine-membership/",
    S(
        "NATO's Hague declaration leaves out Ukraine's membership as allies agree on 5 percent",
        "new",
        "y-hague-omits-membership",
        "Summit text leaving the membership line out; not a denial (convention).",
    ),
    [
        [
            S(
                "THE HAGUE, June 25 – NATO leaders on Wednesday endorsed a five-paragraph declaration committing "
                "them to spend 5 percent of economic output on defence by 2035, a text that for the first time in "
                "years says nothing about Ukraine joining the alliance.",
                "new",
                "y-hague-omits-membership",
                "The omission of the membership line.",
            ),
        ],
        [
            S(
                "The 32 allies agreed to devote 3.5 percent of GDP to core military needs and a further 1.5 percent "
                "to related spending such as infrastructure and cyber defence.",
                "changed",
                "alliance-32",
                "32 allies against the seed's 31.",
            ),
            S("Spain secured wording that it says allows it to stay below the new target."),
        ],
        [
            S(
                "Ukraine appears only in a line saying that allies' direct contributions to its defence and its arms "
                "industry can count towards their spending.",
                "new",
                "y-hague-ukraine-spending",
                "Support for Ukraine counted in the target; minor.",
                ["irrelevant"],
            ),
            S(
                "Diplomats said the brevity was meant to avoid a clash with President Donald Trump, who said in "
                "February that Ukraine could forget about joining NATO.",
                "contradicted",
                "y-trump-forget-nato",
                "The US president ruling out Ukraine's membership.",
            ),
        ],
        [
            S(
                "Secretary General Mark Rutte, who took over from Jens Stoltenberg in October, insisted that nothing "
                "had been withdrawn.",
                "changed",
                "y-rutte-sg",
                "Rutte succeeding the seed's Secretary General.",
            ),
            S(
                "Allies agreed in Washington last year that Ukraine is on an irreversible path into NATO, he told "
                "reporters, and that is still true after this summit.",
                "known",
                None,
                "Seed 003: the irreversible path.",
                ["new"],
            ),
            S(
                "Earlier this month he said it hardly mattered whether the language was repeated, because what "
                "allies had agreed stands until they decide otherwise.",
                "new",
                "y-hague-omits-membership",
                "The commitment stands though the text may leave it out.",
                ["known"],
            ),
        ],
        [
            S(
                "Zelensky, who attended a dinner hosted by King Willem-Alexander on Tuesday but not the main "
                "session, met Trump on the sidelines on Wednesday."
            ),
            S(
                "He said afterwards that what mattered was that the direction set in Washington had not changed.",
                "known",
                None,
                "Seed 003: the Washington commitment (irreversible path).",
            ),
            S(
                "Trump told reporters he would see whether more Patriot air defence systems could be made available "
                "to Kyiv."
            ),
        ],
        [
            S("The declaration describes Russia as a long-term threat to Euro-Atlantic security."),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# Y07 The US 28-point draft: no NATO for Ukraine, no NATO troops, guarantee, army cap; Umerov at the
# NSDC, Rubio as national security adviser, Moscow's old demand (on topic)
article(
    ARTICLES,
    "y-2025-11-21-us-plan-no-nato",
    "2025-11-21T19:45:00+00:00",
    "https://apnews.com/article/russia-ukraine-war-us-peace-plan-28-points-nato-army-cap-2025-11-21",
    S(
        "US peace draft would bar Ukraine from NATO and cap its army, leaving Kyiv with a hard choice",
        "contradicted",
        "y-plan-no-nato",
        "The US draft requires Ukraine to renounce membership.",
    ),
    [
        [
            S(
                "KYIV, Nov 21 – A 28-point plan drawn up in Washington to end Russia's war would require Ukraine to "
                "write into its constitution that it will never join NATO, according to a copy of the document.",
                "contradicted",
                "y-plan-no-nato",
                "Renouncing membership in the constitution.",
            ),
            S(
                "The alliance, for its part, would add a provision to its own rules saying Ukraine will not be "
                "admitted in the future.",
                "contradicted",
                "y-plan-no-nato",
                "NATO barring Ukraine for good.",
            ),
        ],
        [
            S(
                "The draft says NATO will not station troops in Ukraine and that the alliance is not expected to "
                "expand any further.",
                "contradicted",
                "y-plan-no-nato",
                "No further enlargement excludes Ukraine (the troop clause is new; contradicted wins).",
            ),
            S(
                "Kyiv would receive what the text calls reliable security guarantees, and its armed forces would be "
                "capped at 600,000 personnel.",
                "new",
                ["y-plan-guarantee", "y-plan-army-cap"],
                "Guarantee offered instead of membership; a troop cap with no seed counterpart.",
            ),
            S(
                "US media reported that a separate document on the guarantee would model it on the alliance's mutual "
                "defence clause.",
                "new",
                "y-plan-guarantee",
                "Article 5-like offer.",
            ),
        ],
        [
            S(
                "In a video address, Zelensky said Ukraine faced one of the hardest moments in its history, forced "
                "to choose between losing its dignity and risking the loss of a key partner."
            ),
            S("Trump said he wanted an answer by Thanksgiving, on November 27."),
        ],
        [
            S(
                "Rustem Umerov, secretary of Ukraine's National Security and Defence Council, said his contacts with "
                "envoy Steve Witkoff had been limited to technical preparations and that he had approved none of the "
                "terms.",
                "changed",
                "y-umerov-nsdc",
                "New holder of the NSDC secretary post (Danilov in seed 002).",
            ),
            S(
                "Secretary of State Marco Rubio, who also serves as national security adviser, described the document "
                "as a list of possible ideas to be refined with both sides.",
                "changed",
                "y-rubio-nsa",
                "New holder of Sullivan's office.",
            ),
        ],
        [
            S(
                "The NATO clauses echo what Moscow demanded before its full-scale invasion, when it sought a legally "
                "binding promise that the alliance would never take Ukraine in.",
                "contradicted",
                "y-russia-written-pledge",
                "Russian demand that NATO never admit Ukraine.",
                ["new"],
            ),
            S(
                "Putin said on Friday that the text could serve as the basis for a final settlement."
            ),
        ],
        [
            S(
                "European leaders, who were not consulted on the draft, said after a call with Zelensky that Ukraine "
                "must keep the ability to defend itself."
            ),
            S(
                "At their 2024 summit in Washington, allies had called Ukraine's road to membership irreversible.",
                "known",
                None,
                "Seed 003: the irreversible path.",
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# Y08 Coalition of the willing in Paris: UK-France declaration of intent, US-led monitoring,
# binding commitments, 800,000 army, Zelensky's offer to drop the bid, Budanov for Yermak (on topic)
article(
    ARTICLES,
    "y-2026-01-06-paris-coalition-declaration",
    "2026-01-06T21:50:00+00:00",
    "https://www.reuters.com/world/europe/britain-france-sign-declaration-deploy-troops-ukraine-after-ceasefire-2026-01-06/",
    S(
        "Britain and France sign pledge to put troops in Ukraine after a ceasefire",
        "new",
        "y-multinational-force-intent",
        "Reassurance force commitment; no seed counterpart.",
    ),
    [
        [
            S(
                "PARIS, Jan 6 – Britain and France signed a declaration of intent with Ukraine on Tuesday to deploy "
                "forces on its soil once a ceasefire with Russia takes hold, as a 35-nation coalition met in Paris "
                "to finish work on guarantees for Kyiv.",
                "new",
                ["y-multinational-force-intent", "y-paris-declaration"],
                "Troop deployment intent; a 35-nation coalition with no seed counterpart.",
            ),
        ],
        [
            S(
                "After a ceasefire, the two countries will set up military hubs across Ukraine and build protected "
                "sites for weapons and equipment, Prime Minister Keir Starmer said.",
                "new",
                "y-multinational-force-intent",
                "Scope of the planned deployment.",
            ),
            S(
                "The coalition's joint declaration puts the United States in charge of a mechanism to monitor any "
                "truce, with several other countries taking part.",
                "new",
                "y-us-monitoring",
                "US-led ceasefire monitoring as part of the guarantees.",
            ),
            S(
                "It also provides for a legally binding commitment to support Ukraine if Russia attacks again, and "
                "for a Ukrainian army of 800,000 troops trained and financed by partners.",
                "new",
                ["y-coalition-binding", "y-army-800k"],
                "Binding support commitment; army size with no seed counterpart.",
            ),
        ],
        [
            S(
                "US envoy Steve Witkoff, who attended with Jared Kushner, said the security protocols were as strong "
                "as anyone had seen and were meant both to deter attacks and, if needed, to defend against them.",
                "new",
                "y-us-backstop",
                "US backing for the guarantees.",
            ),
        ],
        [
            S(
                "Italy and Poland have ruled out sending soldiers, and Prime Minister Donald Tusk said Poland would "
                "serve as a logistics hub instead.",
                "new",
                "y-poland-no-troops",
                "Who contributes to the reassurance force.",
                ["irrelevant"],
            ),
            S(
                "German Chancellor Friedrich Merz said Germany could contribute forces stationed in neighbouring NATO "
                "countries.",
                "new",
                "y-germany-neighbouring-forces",
                "Germany's contribution to the guarantees.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "Zelensky said the documents would need approval by parliaments in most coalition countries and "
                "would be legally binding.",
                "new",
                "y-coalition-binding",
                "The guarantees to be ratified and binding.",
            ),
            S(
                "Last month he offered to drop Ukraine's bid to join NATO if the United States and European allies "
                "gave it legally binding guarantees, including Article 5-style protection from Washington.",
                "contradicted",
                "y-zelensky-drop-bid",
                "Kyiv itself ready to give up membership: against 'Ukraine's future is in NATO'.",
                ["new"],
            ),
            S(
                "He said then that some partners in Washington and Europe had never supported the membership route.",
                "new",
                "y-partners-opposed",
                "Reluctant allies named; consensus lacking, not a denial.",
                ["known"],
            ),
        ],
        [
            S(
                "Zelensky came to Paris days after naming military intelligence chief Kyrylo Budanov to lead his "
                "office in place of Andriy Yermak, who resigned in November after anti-corruption investigators "
                "searched his home.",
                "changed",
                "y-budanov-office",
                "New head of the President's Office (Yermak in seed 001).",
            ),
        ],
        [
            S(
                "Kyiv's insistence on binding commitments reflects the fate of the 1994 Budapest Memorandum, under "
                "which it gave up Soviet-era nuclear weapons for assurances that Russia later ignored.",
                "known",
                None,
                "Seed 001: the Budapest Memorandum disregarded by Russia.",
            ),
        ],
    ],
    True,
)

# ============================================================================================
# NEAR OR OFF TOPIC (4)
# ============================================================================================

# --------------------------------------------------------------------------------------------
# Y09 Finland closes its whole border with Russia (off topic; one background line on its accession)
article(
    ARTICLES,
    "y-2023-11-28-finland-closes-border",
    "2023-11-28T13:25:00+00:00",
    "https://www.reuters.com/world/europe/finland-close-last-open-border-crossing-with-russia-2023-11-28/",
    S("Finland to close its entire border with Russia over asylum seekers"),
    [
        [
            S(
                "HELSINKI, Nov 28 – Finland said on Tuesday it would shut the last crossing still open on its "
                "1,340-kilometre border with Russia, accusing Moscow of steering asylum seekers towards the frontier."
            ),
            S("The Raja-Jooseppi crossing in Lapland will close from Thursday for two weeks."),
            S("Finland had already closed the other crossings in stages over the past fortnight."),
        ],
        [
            S(
                "Prime Minister Petteri Orpo said the move was needed to protect national security and that Russia "
                "was waging a hybrid operation against his country."
            ),
            S(
                "Around 900 migrants from countries including Yemen, Somalia and Syria have arrived at the border "
                "since August, most of them this month."
            ),
        ],
        [
            S(
                "The Kremlin denied the accusations and said it deeply regretted Helsinki's decision."
            ),
            S(
                "The European Union's border agency Frontex has begun sending officers and equipment to help the "
                "Finnish border guard."
            ),
        ],
        [
            S(
                "Relations between the neighbours have soured since Finland joined NATO in April, abandoning decades "
                "of military non-alignment after Russia's full-scale invasion of Ukraine.",
                "known",
                None,
                "Seed 001: Finland dropped non-alignment and was admitted.",
            ),
            S(
                "Moscow warned at the time that it would respond with countermeasures.",
                "known",
                None,
                "Seed 001: Russia threatened consequences for Finland and Sweden.",
                ["irrelevant"],
            ),
        ],
        [
            S("The closure does not affect freight traffic by rail."),
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# Y10 Moldova's EU referendum (off topic)
article(
    ARTICLES,
    "y-2024-10-21-moldova-eu-referendum",
    "2024-10-21T10:05:00+00:00",
    "https://apnews.com/article/moldova-election-referendum-european-union-sandu-results-2024-10-21",
    S("Moldovans narrowly back EU goal in referendum clouded by vote-buying claims"),
    [
        [
            S(
                "CHISINAU, Moldova, Oct 21 – Moldovans voted by a razor-thin margin to enshrine the goal of joining "
                "the European Union in their constitution, according to almost complete results released on Monday."
            ),
            S(
                "Just over 50 percent of voters backed the amendment, far fewer than opinion polls had suggested."
            ),
        ],
        [
            S(
                "President Maia Sandu, who champions EU membership, won the first round of the presidential election "
                "held the same day with about 42 percent but faces a run-off on November 3 against Alexandr "
                "Stoianoglo, a former prosecutor general backed by the pro-Russian Socialists."
            ),
            S(
                "Sandu said criminal groups working with foreign forces had tried to buy as many as 300,000 votes, "
                "calling it an unprecedented assault on the country's democracy."
            ),
        ],
        [
            S(
                "Police had earlier accused fugitive businessman Ilan Shor, who lives in Russia, of paying voters to "
                "reject the amendment, which he denies."
            ),
            S(
                "The Kremlin said it had not interfered and demanded that Chisinau produce evidence."
            ),
        ],
        [
            S(
                "The European Union opened accession talks with Moldova in June, at the same time as with Ukraine."
            ),
            S(
                "Moldova's constitution declares the country neutral, and NATO membership is not on its agenda."
            ),
            S("The European Commission said it would keep supporting the country's reforms."),
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# Y11 Georgia shelves its EU bid until 2028 (off topic; Bucharest background)
article(
    ARTICLES,
    "y-2024-11-29-georgia-suspends-eu-talks",
    "2024-11-29T08:30:00+00:00",
    "https://www.reuters.com/world/europe/georgia-suspends-eu-accession-talks-until-2028-protests-erupt-2024-11-29/",
    S("Protesters clash with police after Georgia shelves EU accession bid until 2028"),
    [
        [
            S(
                "TBILISI, Nov 29 – Police fired water cannon and tear gas overnight at thousands of protesters in "
                "the Georgian capital after Prime Minister Irakli Kobakhidze said his government would not seek to "
                "open talks on joining the European Union before the end of 2028."
            ),
            S(
                "Kobakhidze also said Georgia would turn down EU budget support, accusing Brussels of using it to "
                "blackmail the country."
            ),
        ],
        [
            S(
                "President Salome Zourabichvili, a critic of the ruling Georgian Dream party, said the government had "
                "declared war on its own people."
            ),
            S("Demonstrators blocked Rustaveli Avenue outside parliament late into the night."),
        ],
        [
            S(
                "The announcement came hours after the European Parliament adopted a resolution refusing to recognise "
                "the results of October's parliamentary election, which the opposition says was rigged."
            ),
            S(
                "Georgia was granted EU candidate status last December, but Brussels froze the process in June after "
                "parliament passed a foreign influence law modelled on Russian legislation."
            ),
        ],
        [
            S(
                "At NATO's 2008 summit in Bucharest, Georgia was told alongside Ukraine that it would one day become a "
                "member of the alliance, though no timetable was set.",
                "known",
                None,
                "Seed 000: Bucharest's 'will become members' with no date.",
            ),
            S(
                "Russia fought a brief war with Georgia a few months later and still keeps troops in the breakaway "
                "regions of Abkhazia and South Ossetia.",
                "known",
                None,
                "Seed 001: Russia invaded Georgia in August 2008.",
                ["irrelevant"],
            ),
        ],
        [
            S("Several EU governments condemned the use of force against the protesters."),
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# Y12 Nawrocki vetoes refugee benefits (off topic; one line on his succession to Duda)
article(
    ARTICLES,
    "y-2025-08-25-nawrocki-vetoes-refugee-aid",
    "2025-08-25T16:40:00+00:00",
    "https://notesfrompoland.com/2025/08/25/polish-president-vetoes-extension-of-support-for-ukrainian-refugees/",
    S("Polish president vetoes extension of benefits for Ukrainian refugees"),
    [
        [
            S(
                "WARSAW, Aug 25 – Polish President Karol Nawrocki on Monday vetoed a bill that would have extended "
                "special support for refugees from Ukraine, saying child benefits should go only to Ukrainians who "
                "work in Poland."
            ),
            S(
                "Nawrocki, a historian backed by the conservative Law and Justice party who took office on August 6 in succession to "
                "Andrzej Duda, has clashed repeatedly with Prime Minister Donald Tusk's government.",
                "changed",
                "y-nawrocki-president",
                "New holder of the seed's Polish presidency (Duda).",
            ),
        ],
        [
            S(
                "He said he would put forward his own bill, which would also lengthen the residence needed to apply "
                "for Polish citizenship from three to ten years."
            ),
            S(
                "In a video address he argued that help for newcomers should depend on their being employed."
            ),
        ],
        [
            S(
                "Deputy Prime Minister Krzysztof Gawkowski warned that the veto also removed the legal basis for "
                "Poland to pay for the Starlink satellite internet used by Ukraine."
            ),
            S(
                "The government said it would prepare new legislation to avoid a gap when the current rules expire "
                "at the end of September."
            ),
        ],
        [
            S(
                "Poland has taken in around a million refugees from Ukraine since Russia's full-scale invasion in 2022."
            ),
            S("Ukraine's foreign ministry did not immediately comment."),
        ],
        [
            S(
                "Nawrocki is due to meet US President Donald Trump at the White House on September 3."
            ),
        ],
    ],
    False,
)
