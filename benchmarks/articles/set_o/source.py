"""Article set o: the articles, sentence by sentence with their gold (`python3 ../build.py set_o`)."""

from corpus import S, article

CHANNEL = "Article set o: Ukraine, NATO and beyond"
DESCRIPTION = "12 articles rewritten from real 2025-2026 coverage (links point at the originals)."
ARTICLES: list = []

# ============================================================================================
# ON TOPIC (8)
# ============================================================================================

# --------------------------------------------------------------------------------------------
# O01 Davos: Zelensky says a peacekeeping force needs 200,000 troops (on topic: guarantees, Biden replaced)
article(
    ARTICLES,
    "aro-2025-01-21-davos-200000-troops",
    "2025-01-21T17:30:00+00:00",
    "https://www.reuters.com/world/europe/zelenskiy-says-any-peacekeeping-contingent-ukraine-would-need-least-200000-troops-2025-01-21/",
    S(
        "Zelensky tells Davos a peacekeeping force would need at least 200,000 troops",
        "new",
        "peacekeepers-200k",
        "Size of a foreign force to guarantee a ceasefire; no seed counterpart.",
    ),
    [
        [
            S(
                "DAVOS, January 21 – Any foreign contingent sent to guard a future ceasefire in Ukraine would have "
                "to number at least 200,000 soldiers, most of them European, President Volodymyr Zelensky told the "
                "World Economic Forum on Tuesday.",
                "new",
                "peacekeepers-200k",
                "The 200,000 figure for a guarantee force.",
            ),
            S(
                "Anything smaller, he said, would amount to “nothing”.",
                "new",
                "peacekeepers-200k",
                "Repeats the minimum size of the force.",
            ),
        ],
        [
            S(
                "Zelensky spoke a day after Donald Trump was sworn in for a second term in place of Joe Biden.",
                "changed",
                "trump-succeeds-biden",
                "Seed names Biden as US president; Trump now holds the office.",
            ),
            S(
                "Europe could not provide security guarantees on its own, he said, and Kyiv wanted Washington to be "
                "part of any arrangement that protects it until it can join NATO.",
                "new",
                "us-in-guarantees",
                "Kyiv asks for a US role in the guarantees; no seed counterpart.",
            ),
        ],
        [
            S(
                "At their summit in Vilnius in July 2023 the allies declared that Ukraine's future lies in NATO, but "
                "said an invitation would come only when they all agree and conditions are met.",
                "known",
                None,
                "Seeds 000/003: future in NATO; invitation when allies agree and conditions are met.",
            ),
            S(
                "They dropped the requirement for a Membership Action Plan and created a NATO-Ukraine Council, yet "
                "gave no date, a vagueness Zelensky called absurd at the time.",
                "known",
                None,
                "Seeds 000/001/003: MAP dropped, council created, no timeline, 'absurd'.",
            ),
            S(
                "At the Washington summit a year later they called Ukraine's path to membership irreversible, but "
                "again issued no invitation.",
                "known",
                None,
                "Seed 003: irreversible, no invitation.",
            ),
            S(
                "Kyiv's allies have argued throughout that admitting a country at war would draw the alliance into "
                "fighting with Russia.",
                "known",
                None,
                "Seeds 000/001: Sullivan's argument.",
            ),
        ],
        [
            S(
                "Zelensky said NATO membership remained Ukraine's goal and its strongest guarantee, and that the "
                "bilateral security pacts signed since 2024 could not replace it.",
                "known",
                None,
                "Seed 003: Zelensky says the agreements cannot substitute for membership.",
            ),
            S(
                "He warned against another paper promise like the Budapest Memorandum, under which Ukraine gave up "
                "its Soviet-era nuclear weapons in 1994 in return for assurances that Russia later ignored.",
                "known",
                None,
                "Seed 001: the Budapest Memorandum and its breach.",
            ),
        ],
        [
            S(
                "In the same speech he urged European governments to spend far more on defence and to stop buying "
                "Russian oil and gas."
            ),
            S(
                "Trump said on Monday that Putin was “destroying Russia” by refusing to make a deal to end the war."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# O02 Munich: Zelensky calls for armed forces of Europe (on topic: Ukraine's alternative to NATO, US denial)
article(
    ARTICLES,
    "aro-2025-02-15-munich-armed-forces-of-europe",
    "2025-02-15T16:10:00+00:00",
    "https://www.theguardian.com/world/2025/feb/15/zelenskyy-calls-for-creation-of-armed-forces-of-europe-munich-security-conference",
    S(
        "Zelensky in Munich calls for ‘armed forces of Europe’",
        "new",
        "army-of-europe",
        "A European army as Ukraine's protection; loosely about guarantees.",
        ["irrelevant"],
    ),
    [
        [
            S(
                "MUNICH, February 15 – President Volodymyr Zelensky urged European leaders on Saturday to create "
                "armed forces of Europe, arguing that the continent could no longer take American protection for "
                "granted and that Ukraine's battle-hardened army should be part of it.",
                "new",
                "army-of-europe",
                "The call for a European army including Ukraine's forces.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "His speech came a day after Vice President JD Vance used the same stage to accuse European "
                "governments of retreating from free speech, an address that stunned many in the hall."
            ),
            S(
                "“Let's be honest – now we can't rule out that America might say no to Europe on an issue that "
                "threatens it,” Zelensky said."
            ),
        ],
        [
            S(
                "Three days earlier Defence Secretary Pete Hegseth had told allies in Brussels that Washington did "
                "not consider NATO membership for Ukraine a realistic outcome of a negotiated settlement.",
                "contradicted",
                "hegseth-unrealistic",
                "US defence secretary rules out membership as an outcome; against 'future is in NATO'.",
            ),
            S(
                "If the door to the alliance stays shut, Zelensky has said in recent interviews, Ukraine will have "
                "to build “NATO on its own territory”, with an army as large as Russia's.",
                "new",
                "build-nato-in-ukraine",
                "Kyiv's fallback if membership is refused; no seed counterpart.",
            ),
            S(
                "He has put the size of such a force at about 1.5 million soldiers.",
                "new",
                "build-nato-in-ukraine",
                "The army size for the fallback; a number with no counterpart.",
            ),
        ],
        [
            S(
                "Last month in Davos he put the size of any foreign force needed to guard a ceasefire at no fewer "
                "than 200,000 troops.",
                "new",
                "peacekeepers-200k",
                "Retells the Davos figure.",
            ),
            S(
                "He also insisted that Ukraine would never accept deals made behind its back, amid reports that "
                "American and Russian officials would meet in Saudi Arabia in the coming days."
            ),
        ],
        [
            S(
                "Kyiv has sought a clear road into the alliance since the Bucharest summit of 2008, when leaders "
                "promised that Ukraine and Georgia would become members but offered neither a date nor a "
                "Membership Action Plan.",
                "known",
                None,
                "Seeds 000/004: Bucharest promise, no date, no MAP.",
            ),
            S(
                "Many in Kyiv believe that half-promise left the country exposed, and Russia went on to attack "
                "Georgia that year and Ukraine in 2014.",
                "known",
                None,
                "Seed 000: the vagueness encouraged Russia's wars of 2008 and 2014.",
            ),
            S(
                "In 2019 Ukraine's parliament wrote the goal of NATO membership into the constitution.",
                "known",
                None,
                "Seed 004: the 2019 constitutional amendment.",
            ),
            S(
                "Later summits, at Vilnius in 2023 and Washington in 2024, declared that Ukraine's future is in NATO "
                "and that its path there is irreversible, but still set no date.",
                "known",
                None,
                "Seeds 000/003: future in NATO, irreversible, no timeline.",
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# O03 Riyadh: Lavrov rules out NATO troops after talks with Rubio (on topic: guarantees, office holder)
article(
    ARTICLES,
    "aro-2025-02-18-riyadh-lavrov-rubio",
    "2025-02-18T18:40:00+00:00",
    "https://apnews.com/article/russia-ukraine-war-saudi-arabia-talks-rubio-lavrov-2025-02-18",
    S(
        "Lavrov rules out NATO troops in Ukraine after first US-Russia talks in Riyadh",
        "new",
        "lavrov-no-nato-troops",
        "Russian objection to a guarantee force from NATO countries; no seed counterpart.",
    ),
    [
        [
            S(
                "RIYADH, February 18 – Russia will not accept troops from NATO countries being deployed in Ukraine "
                "under any flag as part of a settlement, Foreign Minister Sergei Lavrov said on Tuesday after more "
                "than four hours of talks with Secretary of State Marco Rubio.",
                "new",
                "lavrov-no-nato-troops",
                "The objection, with its terms.",
            ),
            S(
                "The meeting in the Saudi capital was the first high-level encounter between the two governments "
                "since Russia's full-scale invasion, and Ukraine was not invited."
            ),
        ],
        [
            S(
                "Rubio was joined by Mike Waltz, who succeeded Jake Sullivan as national security adviser when Trump "
                "took office, and by envoy Steve Witkoff.",
                "changed",
                "waltz-nsa",
                "Seed names Sullivan as national security adviser; Waltz now holds it.",
            ),
            S(
                "The two sides agreed to restore staff at their embassies and to set up teams to work on ending the "
                "war, and Rubio said any deal would need concessions from all sides."
            ),
        ],
        [
            S(
                "Lavrov said he had explained to the Americans that the expansion of NATO and the absorption of "
                "Ukraine into it were a direct threat to Russia's interests.",
                "known",
                None,
                "Seed 000: Putin called enlargement a 'direct threat'.",
                ["contradicted"],
            ),
            S(
                "In Moscow, Kremlin spokesman Dmitry Peskov said Ukraine had a sovereign right to join the European "
                "Union, but that Russia's position on military alliances was well known.",
                "known",
                None,
                "Russia's red line on NATO restates the 'direct threat' of seed 000.",
                ["contradicted"],
            ),
        ],
        [
            S(
                "Lavrov's warning was aimed at European governments that had met in Paris the day before to discuss "
                "how they might guarantee a ceasefire, including with soldiers.",
                "new",
                "european-force",
                "European plans for a force to guarantee a ceasefire; no seed counterpart.",
            ),
            S(
                "Britain's Keir Starmer wrote on the eve of that meeting that he was ready to put British troops on "
                "the ground in Ukraine if needed to keep a peace deal.",
                "new",
                "starmer-troops",
                "British offer of troops for a guarantee; no seed counterpart.",
            ),
        ],
        [
            S(
                "Zelensky, visiting Ankara, said Ukraine would not recognise any agreement reached without it."
            )
        ],
        [
            S(
                "The dispute over foreign troops shows how distant membership still is: the allies have said "
                "Ukraine's future is in NATO and its path irreversible, but they have never invited it to join.",
                "known",
                None,
                "Seeds 000/003: future in NATO, irreversible, no invitation.",
            ),
            S(
                "The security agreements that Britain and others have signed with Kyiv since January 2024 commit "
                "them to help build its forces and to consult within a day of any new attack, but they include no "
                "mutual-defence clause.",
                "known",
                None,
                "Seed 003: UK first in January 2024, sustainable forces, 24-hour consultation, no Article 5.",
            ),
            S(
                "Russia has long cast enlargement as a threat, and Putin warned as early as 2008 that moving the "
                "alliance to its borders would endanger his country.",
                "known",
                None,
                "Seed 000: Putin's 'direct threat' at Bucharest.",
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# O04 Meloni floats Article 5 protection without membership (on topic: guarantees)
article(
    ARTICLES,
    "aro-2025-03-06-meloni-article-5",
    "2025-03-06T12:20:00+00:00",
    "https://www.reuters.com/world/europe/italys-meloni-pushes-nato-style-security-guarantee-ukraine-without-membership-2025-03-06/",
    S(
        "Meloni floats extending NATO's Article 5 shield to Ukraine without membership",
        "new",
        "meloni-article5",
        "An Article-5-like offer without membership; no seed counterpart.",
    ),
    [
        [
            S(
                "ROME, March 6 – Italian Prime Minister Giorgia Meloni is promoting a plan to give Ukraine the "
                "protection of NATO's collective-defence clause without making it a member of the alliance, "
                "arguing it would deter Russia more cheaply than sending European troops.",
                "new",
                "meloni-article5",
                "The proposal, with its rationale.",
            ),
            S(
                "Under the idea, allies would commit in advance to come to Kyiv's aid if Russia attacked again, much "
                "as Article 5 binds them to defend one another.",
                "new",
                "meloni-article5",
                "How the proposed protection would work.",
            ),
        ],
        [
            S(
                "Meloni first raised the proposal at the leaders' meeting in London on Sunday and repeated it before "
                "an emergency summit of European Union leaders in Brussels on Thursday.",
                "new",
                "meloni-article5",
                "Repeats the proposal.",
            ),
            S(
                "She has said Italy does not plan to send its own soldiers to Ukraine, calling that option complex "
                "and possibly ineffective.",
                "new",
                "italy-no-troops",
                "Italy stays out of a guarantee force; no seed counterpart.",
            ),
        ],
        [
            S(
                "The idea sets Rome apart from London and Paris, which are drawing up plans for a force on the ground "
                "to secure any ceasefire.",
                "new",
                "european-force",
                "Retells the European plans for a guarantee force.",
            ),
            S(
                "Starmer said in London that Britain would back a deal with troops and planes, the position he first "
                "set out before the Paris meeting last month.",
                "new",
                "starmer-troops",
                "Retells the British troop offer.",
            ),
            S(
                "Moscow has already said it would not accept soldiers from NATO countries in Ukraine in any form, a "
                "line Lavrov drew after his talks with the Americans in Riyadh.",
                "new",
                "lavrov-no-nato-troops",
                "Retells Lavrov's objection.",
            ),
        ],
        [
            S(
                "Article 5 lies at the heart of the alliance, and no document signed with Ukraine so far comes close "
                "to it.",
                "known",
                None,
                "Seed 003: the guarantees do not replicate Article 5.",
            ),
            S(
                "The declaration the Group of Seven issued at Vilnius in July 2023, later joined by dozens of other "
                "countries, promised Kyiv modern forces and urgent consultations within 24 hours of a new attack.",
                "known",
                None,
                "Seed 003: the G7 declaration, its signatories and terms.",
            ),
            S(
                "The bilateral agreements that followed, starting with Britain's in January 2024, are due to lapse "
                "when Ukraine joins NATO, and Zelensky has said they are no substitute for membership.",
                "known",
                None,
                "Seed 003: UK first, expiry on accession, no substitute.",
            ),
        ],
        [
            S(
                "European Commission President Ursula von der Leyen this week proposed lending governments up to 150 "
                "billion euros for defence as part of a plan to mobilise as much as 800 billion euros."
            ),
            S(
                "Meloni has close ties to Donald Trump and has cast herself as a bridge between Washington and "
                "Europe."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# O05 Trump to Time: Crimea stays with Russia, NATO talk caused the war (on topic: US stance)
article(
    ARTICLES,
    "aro-2025-04-25-trump-time-crimea-nato",
    "2025-04-25T16:20:00+00:00",
    "https://www.reuters.com/world/europe/trump-says-crimea-will-stay-with-russia-time-interview-2025-04-25/",
    S(
        "Trump says Crimea ‘will stay with Russia’ and blames NATO talk for the war",
        "new",
        "trump-nato-caused-war",
        "US president blames Ukraine's NATO ambition for the war; no seed counterpart.",
        ["contradicted"],
    ),
    [
        [
            S(
                "WASHINGTON, April 25 – Crimea will remain part of Russia and Zelensky understands that, President "
                "Donald Trump said in an interview published on Friday, in which he also blamed talk of Ukraine "
                "joining NATO for starting the war.",
                "new",
                "trump-nato-caused-war",
                "The claim that the membership bid caused the war.",
                ["contradicted"],
            ),
            S(
                "“I think the thing that caused the war to start was when they started talking about joining NATO,” "
                "Trump told Time magazine.",
                "new",
                "trump-nato-caused-war",
                "The quote itself.",
                ["contradicted"],
            ),
        ],
        [
            S(
                "He said that had Kyiv not pursued membership there would have been a much better chance that Russia "
                "would not have invaded.",
                "new",
                "trump-nato-caused-war",
                "Repeats the claim.",
                ["contradicted"],
            ),
            S(
                "Trump has repeatedly said that membership is off the table for Ukraine, and his defence secretary "
                "Pete Hegseth told allies in February that it was not a realistic outcome of a settlement.",
                "contradicted",
                ["trump-off-the-table", "hegseth-unrealistic"],
                "US president and defence secretary rule membership out; against 'future is in NATO'.",
            ),
        ],
        [
            S(
                "The interview came as Washington pressed both sides to accept a proposal that, according to "
                "officials who have seen it, would bar Ukraine from joining NATO and recognise Russian control of "
                "Crimea.",
                "contradicted",
                "us-april-proposal",
                "A US proposal barring membership; against 'future is in NATO'.",
            ),
            S(
                "Zelensky has refused to recognise the peninsula as Russian, saying it would violate Ukraine's "
                "constitution."
            ),
        ],
        [
            S(
                "Envoy Steve Witkoff was due in Moscow on Friday for his fourth meeting with Putin this year."
            ),
            S(
                "A Russian missile and drone attack on Kyiv on Thursday killed at least 12 people and drew a rare "
                "public rebuke of Putin from Trump."
            ),
        ],
        [
            S(
                "The view that Ukraine's ambitions provoked Moscow mirrors the Kremlin's own argument: Putin called "
                "the prospect of enlargement a direct threat as early as 2008, when allies at Bucharest promised "
                "Ukraine eventual membership.",
                "known",
                None,
                "Seed 000: Bucharest promise and Putin's 'direct threat'.",
            ),
            S(
                "Many Western officials believe instead that it was the alliance's vagueness that encouraged Russia, "
                "which attacked Georgia that year and Ukraine in 2014.",
                "known",
                None,
                "Seed 000: the vagueness encouraged Russia's wars.",
            ),
            S(
                "Kyiv wrote the goal of membership into its constitution in 2019, and the allies have since declared "
                "its path to the alliance irreversible.",
                "known",
                None,
                "Seeds 003/004: 2019 amendment, irreversible path.",
            ),
            S(
                "Zelensky has said that no other guarantee can take the place of membership.",
                "known",
                None,
                "Seed 003: the agreements cannot substitute for membership.",
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# O06 Trump rules out US ground troops, air support possible (on topic: guarantees)
article(
    ARTICLES,
    "aro-2025-08-19-trump-no-ground-troops",
    "2025-08-19T20:15:00+00:00",
    "https://www.cnn.com/2025/08/19/politics/trump-ukraine-us-troops-air-support",
    S(
        "Trump rules out US ground troops for Ukraine but leaves door open to air support",
        "new",
        ["us-no-ground-troops", "us-air-support"],
        "The US role in the guarantees: no soldiers, possibly air power; no seed counterpart.",
    ),
    [
        [
            S(
                "WASHINGTON, August 19 – President Donald Trump said on Tuesday that American soldiers would not be "
                "sent to Ukraine to defend any peace settlement, a day after he hosted Zelensky and seven European "
                "leaders at the White House.",
                "new",
                "us-no-ground-troops",
                "No US troops in the guarantee.",
            ),
            S(
                "“You have my assurance, and I'm president,” Trump told Fox News when asked whether US troops would "
                "be on the ground.",
                "new",
                "us-no-ground-troops",
                "Repeats the pledge in his words.",
            ),
        ],
        [
            S(
                "He said European countries, including France, Germany and Britain, were prepared to put people on "
                "the ground, while the United States could help “especially, probably, if you talk about by air”.",
                "new",
                ["european-force", "us-air-support"],
                "European ground force and possible US air support.",
            ),
            S(
                "White House press secretary Karoline Leavitt later said air support was “an option and a "
                "possibility”, though she would not go into detail.",
                "new",
                "us-air-support",
                "Repeats the air-support option.",
            ),
        ],
        [
            S(
                "Security guarantees dominated Monday's meeting, at which Italy's Giorgia Meloni again pressed her "
                "idea of protection modelled on NATO's Article 5 without membership.",
                "new",
                "meloni-article5",
                "Retells Meloni's Article-5-like proposal.",
            ),
            S(
                "Trump had written on the eve of the talks that there would be no return of Crimea and “NO GOING "
                "INTO NATO BY UKRAINE”.",
                "contradicted",
                "trump-no-nato-august",
                "US president rules out membership; against 'future is in NATO'.",
            ),
        ],
        [
            S(
                "The allies promised at Bucharest in 2008 that Ukraine would become a member, and declared in Vilnius "
                "in 2023 that its future lies in NATO.",
                "known",
                None,
                "Seeds 000/003: Bucharest promise, Vilnius 'future is in NATO'.",
            ),
            S(
                "At the Washington summit in 2024 they went further, calling the path irreversible and describing "
                "their aid as a bridge to membership.",
                "known",
                None,
                "Seed 003: irreversible, bridge.",
            ),
            S(
                "Even then the Biden administration held back an invitation, with national security adviser Jake "
                "Sullivan arguing that admitting Ukraine during the war would mean NATO at war with Russia.",
                "known",
                None,
                "Seeds 000/001: US held back an invitation; Sullivan's argument.",
            ),
        ],
        [
            S(
                "Trump also said he had begun arranging a meeting between Putin and Zelensky, to be followed by a "
                "three-way summit."
            ),
            S("The Kremlin has not confirmed that Putin would take part."),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# O07 Geneva trims the US plan to 19 points, NATO left to the leaders (on topic)
article(
    ARTICLES,
    "aro-2025-11-25-geneva-19-points",
    "2025-11-25T14:10:00+00:00",
    "https://www.reuters.com/world/europe/ukraine-says-peace-plan-trimmed-19-points-after-geneva-talks-2025-11-25/",
    S(
        "Geneva talks trim US peace plan to 19 points, leaving NATO and territory to Trump and Zelensky",
        "new",
        "geneva-nato-left-to-leaders",
        "The NATO question set aside for the two presidents; no seed counterpart.",
    ),
    [
        [
            S(
                "KYIV, November 25 – The US peace plan for Ukraine has been cut from 28 points to 19 after talks in "
                "Geneva, with the most sensitive questions, including Ukraine's relations with NATO and the fate of "
                "occupied land, left for Zelensky and Trump to settle, a senior Ukrainian diplomat said on Tuesday.",
                "new",
                "geneva-nato-left-to-leaders",
                "The NATO question left to the leaders, with detail.",
            ),
            S(
                "First Deputy Foreign Minister Serhiy Kyslytsya, a member of the delegation, said much of the "
                "original text had been dropped or rewritten."
            ),
        ],
        [
            S(
                "Ukraine's team at the weekend talks was led by Andriy Yermak, head of the presidential office, "
                "while Secretary of State Marco Rubio headed the American side.",
                "known",
                None,
                "Yermak as head of the President's Office, as in seed 001.",
                ["irrelevant"],
            ),
            S(
                "Rubio called Sunday's session the most productive meeting so far, and the two sides said in a joint "
                "statement that they had drafted an updated and refined peace framework."
            ),
        ],
        [
            S(
                "The original draft, worked out between envoy Steve Witkoff and Kremlin negotiator Kirill Dmitriev, "
                "would have had Ukraine write into its constitution that it will never join NATO.",
                "contradicted",
                "us-plan-renounce-nato",
                "US draft requiring Ukraine to renounce membership; against 'future is in NATO'.",
            ),
            S(
                "It also called on the alliance to agree never to admit Ukraine in future.",
                "contradicted",
                "us-plan-renounce-nato",
                "The draft's bar on admission; against Bucharest and Vilnius.",
            ),
            S(
                "Ukraine's armed forces would have been capped at 600,000 troops.",
                "new",
                "army-cap-600k",
                "A cap on Ukraine's forces; a number with no seed counterpart.",
            ),
            S(
                "In return Kyiv was offered what the draft called reliable security guarantees, without details.",
                "new",
                "us-plan-guarantees",
                "Guarantees offered in the draft; no seed counterpart.",
            ),
        ],
        [
            S(
                "The clauses ran against years of allied promises, from the Bucharest pledge that Ukraine would one "
                "day join to the Washington summit's description of its path as irreversible.",
                "known",
                None,
                "Seeds 000/003: Bucharest promise, irreversible path.",
                ["contradicted"],
            ),
            S(
                "New members can only be admitted with the consent of every ally, and NATO has never set a date for "
                "Ukraine.",
                "known",
                None,
                "Seed 000: unanimity, no timeline.",
            ),
        ],
        [
            S(
                "European governments, which were not consulted on the first draft, have insisted that any decision "
                "on NATO must be left to the alliance itself.",
                "new",
                "europe-nato-own-decision",
                "European position on the NATO clauses; no seed counterpart.",
            ),
            S(
                "Army Secretary Dan Driscoll met Russian officials in Abu Dhabi on Monday and Tuesday to discuss the "
                "revised plan."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# O08 US National Security Strategy: no "perpetually expanding" NATO (on topic: US denial)
article(
    ARTICLES,
    "aro-2025-12-07-national-security-strategy",
    "2025-12-07T15:00:00+00:00",
    "https://www.reuters.com/world/us/trump-national-security-strategy-nato-expansion-2025-12-05/",
    S(
        "Trump's security strategy vows to end NATO's image as a ‘perpetually expanding alliance’",
        "contradicted",
        "nss-no-expansion",
        "US policy to stop enlargement; against 'future is in NATO'.",
    ),
    [
        [
            S(
                "WASHINGTON, December 7 – The Trump administration's new National Security Strategy commits the "
                "United States to “ending the perception, and preventing the reality, of NATO as a perpetually "
                "expanding alliance”, a line widely read as closing the door to Ukraine.",
                "contradicted",
                "nss-no-expansion",
                "The strategy's line against enlargement, applied to Ukraine.",
            ),
            S(
                "The document, released late on Thursday, says it is a core American interest to negotiate a swift "
                "end to the war in Ukraine and to restore strategic stability with Russia."
            ),
        ],
        [
            S(
                "It accuses European governments of unrealistic expectations about the war and warns that the "
                "continent faces what it calls civilisational erasure."
            ),
            S(
                "It puts the Western Hemisphere first among American priorities, reviving the Monroe Doctrine under "
                "what it calls a Trump corollary."
            ),
        ],
        [
            S(
                "Kremlin spokesman Dmitry Peskov said on Sunday that the changes were largely in line with Moscow's "
                "own vision.",
                "new",
                "kremlin-welcomes-nss",
                "Moscow welcomes the strategy; its tie to the path is indirect.",
                ["irrelevant"],
            ),
            S(
                "Moscow has made Ukraine's renunciation of its NATO ambitions a condition of any peace settlement.",
                "contradicted",
                "russia-renounce-demand",
                "Russian demand that Ukraine renounce membership.",
                ["new"],
            ),
        ],
        [
            S(
                "The strategy appeared as talks on the American peace plan went on; after Geneva, Kyiv said the "
                "NATO question had been left for Trump and Zelensky to decide in person.",
                "new",
                "geneva-nato-left-to-leaders",
                "Retells the Geneva outcome.",
            ),
            S(
                "The first version of that plan would have barred Ukraine from ever joining the alliance.",
                "contradicted",
                "us-plan-renounce-nato",
                "Retells the draft's bar on membership.",
            ),
            S(
                "Trump himself has blamed talk of Ukraine joining NATO for starting the war.",
                "new",
                "trump-nato-caused-war",
                "Retells Trump's claim to Time.",
                ["contradicted"],
            ),
        ],
        [
            S(
                "The language is a sharp departure from 2024, when the allies meeting in Washington described "
                "Ukraine's road to membership as irreversible.",
                "known",
                None,
                "Seed 003: irreversible path.",
            ),
            S(
                "The year before, at Vilnius, they had said Ukraine's future is in NATO, while leaving the timing to "
                "a future consensus.",
                "known",
                None,
                "Seeds 000/003: future in NATO, invitation when allies agree.",
            ),
            S(
                "Even the Biden administration declined to invite Ukraine while the fighting goes on.",
                "known",
                None,
                "Seed 000: the US held back an invitation during the war.",
            ),
        ],
        [
            S(
                "European officials, stung by the document's tone, said they would study it before responding."
            )
        ],
    ],
    True,
)

# ============================================================================================
# NEAR OR OFF TOPIC (4)
# ============================================================================================

# --------------------------------------------------------------------------------------------
# F01 Hungary's Voks 2025 on Ukraine's EU membership (off topic: EU accession; incidental NATO lines)
article(
    ARTICLES,
    "aro-2025-06-26-hungary-voks-ukraine-eu",
    "2025-06-26T09:30:00+00:00",
    "https://www.reuters.com/world/europe/hungarians-reject-ukraines-eu-membership-informal-vote-orban-says-2025-06-26/",
    S("Orban says 95% of Hungarians reject Ukraine's EU membership in party-run poll"),
    [
        [
            S(
                "BUDAPEST, June 26 – Prime Minister Viktor Orban said on Thursday that 95% of those who took part in "
                "a non-binding postal vote had rejected Ukraine's entry into the European Union, and that he would "
                "carry the result to a summit in Brussels later in the day."
            ),
            S(
                "More than 2.2 million people returned ballots in the consultation, which the government called "
                "Voks 2025, according to figures released by Orban's Fidesz party."
            ),
        ],
        [
            S(
                "Orban has argued that admitting Ukraine would ruin Hungarian farmers, drain the bloc's funds and "
                "drag it into the war."
            ),
            S(
                "The European Commission says Kyiv has met the conditions to open the first cluster of accession "
                "talks, but every step requires unanimity and Budapest has held it up."
            ),
        ],
        [
            S(
                "Critics, including opposition leader Peter Magyar, dismissed the vote as a costly campaign exercise "
                "with no legal weight."
            ),
            S("No independent observers were allowed to verify the count."),
        ],
        [
            S(
                "Orban's government has likewise said it would not support Ukraine joining NATO, arguing that it "
                "would bring the alliance into direct war with Russia.",
                "contradicted",
                "hungary-opposes-nato",
                "An ally's government refuses to back membership; against 'future is in NATO'.",
                ["new"],
            ),
            S(
                "The vote was announced a day after NATO leaders met in The Hague, where the 32 allies agreed to "
                "raise defence spending to 5% of output by 2035.",
                "changed",
                "alliance-32",
                "Count of allies: 32 against the seed's 31.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "EU leaders are expected to extend economic sanctions on Russia at the summit despite Hungarian and "
                "Slovak misgivings."
            ),
            S(
                "Kyiv has said it is ready to open the first negotiating cluster as soon as Hungary drops its objection."
            ),
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# F02 Ukraine and Sweden sign a Gripen letter of intent (off topic: weapons; incidental Sweden line)
article(
    ARTICLES,
    "aro-2025-10-22-gripen-letter-of-intent",
    "2025-10-22T15:00:00+00:00",
    "https://www.reuters.com/business/aerospace-defense/ukraine-sweden-sign-letter-intent-gripen-fighter-jets-2025-10-22/",
    S("Ukraine signs letter of intent to buy up to 150 Swedish Gripen fighters"),
    [
        [
            S(
                "LINKÖPING, Sweden, October 22 – Ukraine and Sweden signed a letter of intent on Wednesday for Kyiv "
                "to buy between 100 and 150 Gripen E fighter jets, in what would be one of the largest export deals "
                "in the history of Saab."
            ),
            S(
                "Zelensky and Swedish Prime Minister Ulf Kristersson signed the document at the company's plant, "
                "where they watched a demonstration flight."
            ),
        ],
        [
            S(
                "Kristersson said the first deliveries could come within three years, although a final contract and "
                "its financing have yet to be agreed."
            ),
            S(
                "Zelensky said Ukraine hoped to pay partly with frozen Russian assets that the European Union is "
                "discussing lending to Kyiv."
            ),
        ],
        [
            S(
                "The Gripen, designed to fly from short stretches of road, suits an air force that has had to "
                "disperse its jets to escape Russian missile strikes."
            ),
            S(
                "Ukraine already flies American-made F-16s and French Mirage 2000s supplied by its partners."
            ),
        ],
        [
            S(
                "Sweden, which ended two centuries of military non-alignment and became the 32nd member of NATO in "
                "March 2024, has been one of Kyiv's most generous backers.",
                "changed",
                ["sweden-member", "alliance-32"],
                "Sweden a member (seed: waiting on Turkey); 32 allies against the seed's 31.",
            ),
            S("Stockholm has also pledged two GlobalEye surveillance aircraft to Ukraine."),
        ],
        [
            S(
                "The signing came as Russia launched another large drone and missile attack on Ukraine's power grid "
                "overnight."
            )
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# F03 Energoatom kickback scandal (off topic: corruption, energy; incidental Umerov line)
article(
    ARTICLES,
    "aro-2025-11-12-energoatom-kickbacks",
    "2025-11-12T17:45:00+00:00",
    "https://kyivindependent.com/nabu-exposes-100-million-kickback-scheme-in-energoatom/",
    S("Ukraine suspends justice minister as $100m Energoatom kickback probe widens"),
    [
        [
            S(
                "KYIV, November 12 – Ukraine's government suspended Justice Minister Herman Halushchenko on "
                "Wednesday, two days after anti-corruption investigators accused a group close to the presidency of "
                "running a kickback scheme worth about 100 million dollars at the state nuclear company Energoatom."
            ),
            S(
                "Energy Minister Svitlana Hrynchuk also offered to resign, and Zelensky called on both to step down."
            ),
        ],
        [
            S(
                "The National Anti-Corruption Bureau said contractors had been forced to pay kickbacks of 10% to 15% "
                "to keep their contracts or avoid having payments blocked."
            ),
            S(
                "Investigators named Timur Mindich, a businessman and former business partner of Zelensky, as the "
                "scheme's organiser; he left Ukraine hours before the searches."
            ),
        ],
        [
            S(
                "The bureau said it had gathered about 1,000 hours of recordings during a 15-month operation it "
                "called Midas."
            ),
            S(
                "Reports said the recordings also touched on defence procurement under Rustem Umerov, who left the "
                "defence ministry in July to become secretary of the National Security and Defence Council.",
                "changed",
                "umerov-nsdc",
                "Seed's defence minister has left; the NSDC post (Danilov's in the seed) is now his.",
            ),
        ],
        [
            S(
                "The scandal broke as Russian strikes cut power for hours across much of the country and as "
                "Energoatom struggles to pay for the protection of its substations."
            ),
            S(
                "European officials said they would follow the case closely, since anti-corruption reforms are a "
                "condition of Ukraine's progress towards membership of the European Union."
            ),
        ],
        [
            S(
                "In July, mass protests forced Zelensky to reverse a law that had curbed the independence of the "
                "anti-corruption bureau."
            )
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# F04 Greenland framework in Davos (off topic: alliance politics; incidental 32 line)
article(
    ARTICLES,
    "aro-2026-01-21-greenland-framework",
    "2026-01-21T21:30:00+00:00",
    "https://apnews.com/article/trump-greenland-davos-rutte-tariffs-framework-2026-01-21",
    S("Trump drops tariff threat after agreeing Greenland ‘framework’ with Rutte"),
    [
        [
            S(
                "DAVOS, January 21 – President Donald Trump said on Wednesday that he was dropping the tariffs he "
                "had threatened against eight European countries after he and NATO Secretary General Mark Rutte "
                "agreed the framework of a future deal on Greenland and the wider Arctic."
            ),
            S(
                "Earlier, in a speech to the World Economic Forum, Trump said he would not use force to take the "
                "island but still wanted the United States to own it."
            ),
        ],
        [
            S(
                "The tariffs, starting at 10% on February 1, were aimed at Denmark, Norway, Sweden, Finland, France, "
                "Germany, Britain and the Netherlands, which had sent small military contingents to Greenland."
            ),
            S(
                "Danish Prime Minister Mette Frederiksen said her country was ready to talk about Arctic security but "
                "not about its sovereignty."
            ),
        ],
        [
            S(
                "Details of the framework were not released, though officials said it could cover American bases, "
                "missile defence and access to minerals."
            ),
            S(
                "Rutte said the allies would work together to strengthen security in the Arctic against Russia and China."
            ),
            S("Greenland's own government said no deal could be made over its head."),
        ],
        [
            S(
                "The dispute had shaken the 32-member alliance at a time when its European members were also trying "
                "to finish security guarantees for Ukraine.",
                "changed",
                "alliance-32",
                "Count of allies: 32 against the seed's 31.",
                ["irrelevant"],
            ),
            S(
                "Stock markets, which had fallen on the tariff threat, recovered after the announcement."
            ),
        ],
    ],
    False,
)
