"""Article set x: the articles, sentence by sentence with their gold (`python3 ../build.py set_x`)."""

from corpus import S, article

CHANNEL = "Article set x: an analyst's morning feed on Ukraine, NATO and the guarantees"
DESCRIPTION = "12 articles rewritten from real 2024-2026 coverage (links point at the originals)."
ARTICLES: list = []

# ============================================================================================
# ON TOPIC (8)
# ============================================================================================

# --------------------------------------------------------------------------------------------
# X01 Germany and France sign bilateral security agreements (Reuters wire)
article(
    ARTICLES,
    "x-2024-02-16-germany-france-security-pacts",
    "2024-02-16T19:40:00+00:00",
    "https://www.reuters.com/world/europe/germany-france-sign-security-agreements-with-ukraine-2024-02-16/",
    S(
        "Germany and France sign ten-year security pacts with Ukraine as Zelenskiy tours Europe",
        "changed",
        ["x-germany-pact", "x-france-pact"],
        "Two newly concluded bilateral agreements; the seed has only the UK's.",
    ),
    [
        [
            S(
                "BERLIN/PARIS, Feb 16 (Reuters) - Germany and France signed separate security agreements "
                "with Ukraine on Friday, committing to long-term military support as President Volodymyr "
                "Zelenskiy sought to shore up Western backing nearly two years into Russia's full-scale invasion.",
                "changed",
                ["x-germany-pact", "x-france-pact"],
                "Lead: the German and French agreements concluded.",
            ),
            S(
                "Chancellor Olaf Scholz and Zelenskiy signed the German accord in Berlin in the morning, and "
                "Zelenskiy then flew to Paris to sign a second one with President Emmanuel Macron at the "
                "Elysee Palace.",
                "changed",
                ["x-germany-pact", "x-france-pact"],
                "Repeat of the two signings with detail.",
            ),
        ],
        [
            S(
                "Both agreements run for ten years and are modelled on the one Britain concluded with Kyiv "
                "last month, the first of its kind.",
                "new",
                "x-de-fr-terms",
                "Term of the agreements (ten years) has no seed counterpart; UK first is known.",
            ),
            S(
                "Scholz called the signing a historic step and said Germany would provide a further military "
                "aid package worth 1.1 billion euros.",
                "new",
                "x-de-aid",
                "Aid figure attached to the agreement; minor.",
                ["irrelevant"],
            ),
            S(
                "France pledged up to 3 billion euros in additional military assistance this year, on top of "
                "the 1.7 billion euros it provided in 2023.",
                "new",
                "x-fr-aid",
                "Aid figure attached to the agreement; minor.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "The pacts stop short of a mutual defence commitment of the kind NATO members give one another "
                "under Article 5 of the alliance's treaty.",
                "known",
                None,
                "Seed 003: the arrangements do not replicate Article V.",
            ),
            S(
                "Instead, the signatories undertake to consult within 24 hours if Russia attacks Ukraine again "
                "and to help build up forces able to deter future aggression.",
                "known",
                None,
                "Seed 003: consultation within 24 hours; sustainable forces able to deter Russia.",
            ),
            S(
                "They are the practical follow-up to a declaration the Group of Seven made at the NATO summit "
                "in Vilnius last July, and are meant to lapse once Ukraine becomes a member of the alliance.",
                "known",
                None,
                "Seed 003: G7 declaration formalised in bilateral deals that expire on membership.",
            ),
        ],
        [
            S(
                "Zelenskiy has stressed that such commitments cannot take the place of NATO membership, which "
                "allies have promised but tied to conditions and the consent of all members.",
                "known",
                None,
                "Seeds 003/000: no substitute for membership; invitation when allies agree and conditions are met.",
            ),
            S(
                "Macron said Russia's war had entered a new phase and that France would keep supporting Kyiv "
                "for as long as necessary."
            ),
        ],
        [
            S(
                "Zelenskiy travels on to the Munich Security Conference on Saturday, where he is expected to "
                "press allies for more artillery ammunition and air defence."
            ),
            S(
                "The visit came as Ukrainian troops were under heavy pressure in the eastern town of Avdiivka."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# X02 Biden and Zelenskyy sign the US-Ukraine agreement at the G7; Japan too; count 17 (AP)
article(
    ARTICLES,
    "x-2024-06-13-us-ukraine-security-accord",
    "2024-06-13T21:15:00+00:00",
    "https://apnews.com/article/g7-summit-italy-biden-zelenskyy-security-agreement-2024-06-13",
    S(
        "Biden and Zelenskyy sign 10-year security agreement at G7 summit in Italy",
        "changed",
        "x-us-pact",
        "Newly concluded US-Ukraine bilateral agreement.",
    ),
    [
        [
            S(
                "SAVELLETRI, Italy (AP) — President Joe Biden and Ukrainian President Volodymyr Zelenskyy "
                "signed a 10-year bilateral security agreement on Thursday on the sidelines of the Group of "
                "Seven summit, pledging continued American military aid and training for Ukraine's forces.",
                "changed",
                "x-us-pact",
                "Lead: the US agreement concluded.",
            ),
            S(
                "The agreement does not commit American troops to fight on Ukraine's behalf.",
                "new",
                "x-us-pact-terms",
                "Scope of the US agreement; no seed counterpart.",
            ),
        ],
        [
            S(
                "It states that the United States will support Ukraine as a bridge to its eventual membership "
                "in NATO, according to the text released by the White House.",
                "known",
                None,
                "Seed 003: assistance as a 'bridge' to eventual membership.",
                ["new"],
            ),
            S(
                "If Russia attacks Ukraine again, senior officials from both countries are to meet within "
                "24 hours to decide on next steps.",
                "known",
                None,
                "Seed 003: consultation within 24 hours of future aggression.",
            ),
        ],
        [
            S(
                "Zelenskyy called it a historic day and the strongest agreement Ukraine had signed with the "
                "United States since independence.",
                "changed",
                "x-us-pact",
                "Reaction to the same signing.",
                ["irrelevant"],
            ),
            S(
                "Because it is an executive agreement rather than a treaty, a future president could walk away "
                "from it, and its funding still depends on Congress.",
                "new",
                "x-us-pact-terms",
                "Legal form and limits of the US agreement.",
            ),
        ],
        [
            S(
                "Japan's Prime Minister Fumio Kishida signed a separate accord with Zelenskyy on the same day, "
                "committing 4.5 billion dollars to Ukraine this year.",
                "changed",
                "x-japan-pact",
                "Another newly concluded bilateral agreement.",
            ),
            S(
                "With the two deals Ukraine has now concluded 17 such agreements since Britain signed the first "
                "in January, among them ten-year pacts with Germany and France.",
                "changed",
                ["x-agreement-count-17", "x-germany-pact", "x-france-pact"],
                "Count of concluded agreements (seed: only the UK's); repeats Germany and France.",
            ),
            S(
                "They grow out of the G7 declaration of July 2023, which more than two dozen other countries "
                "later joined.",
                "known",
                None,
                "Seed 003: G7 declaration signed by 32 nations (7 plus 25).",
            ),
        ],
        [
            S(
                "Biden also said the G7 had agreed to use profits from frozen Russian assets to back a loan of "
                "about 50 billion dollars for Kyiv."
            ),
            S(
                "He said the aim of the accord was to strengthen Ukraine's ability to defend itself and to deter "
                "Russia over the long term.",
                "known",
                None,
                "Seed 003: sustainable forces capable of defending Ukraine and deterring Russia.",
            ),
            S(
                "The summit in southern Italy also discussed migration, artificial intelligence and China's "
                "support for Russia's war industry."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# X03 Washington summit: "irreversible", NSATU, 40bn baseline, senior representative (DW analysis)
article(
    ARTICLES,
    "x-2024-07-11-washington-irreversible-no-invitation",
    "2024-07-11T08:00:00+00:00",
    "https://www.dw.com/en/nato-summit-ukraine-irreversible-path-to-membership/a-69623412",
    S(
        "NATO calls Ukraine's path 'irreversible' but still no invitation",
        "known",
        None,
        "Seed 003: Washington summit's 'irreversible' path and no invitation.",
    ),
    [
        [
            S(
                "NATO leaders meeting in Washington have declared Ukraine's path to membership of the alliance "
                "irreversible, but once again stopped short of inviting Kyiv to join.",
                "known",
                None,
                "Seed 003: 'irreversible' path; no invitation extended.",
            ),
            S(
                "The declaration adopted by the 32 allies on Wednesday repeats that Ukraine's future lies in "
                "NATO and that an invitation will come when allies agree and conditions are met.",
                "changed",
                "x-alliance-32",
                "32 allies against the seed's 31; the rest restates Vilnius.",
            ),
        ],
        [
            S(
                "For Kyiv's supporters the word irreversible was the main prize, even though it comes with no "
                "date attached.",
                "known",
                None,
                "Seeds 003/000: 'irreversible' and no timeline.",
            ),
            S(
                "Secretary General Jens Stoltenberg described the package as a bridge to membership, not a "
                "substitute for it.",
                "known",
                None,
                "Seed 003: assistance as a 'bridge' to membership.",
            ),
        ],
        [
            S(
                "At its heart is a new command in Wiesbaden, Germany, that will coordinate training and weapons "
                "deliveries for Ukraine, with around 700 staff.",
                "new",
                "x-nsatu",
                "NATO's Ukraine assistance command; no seed counterpart.",
            ),
            S(
                "Allies also pledged a minimum baseline of 40 billion euros in military aid within the next year.",
                "new",
                "x-40bn-pledge",
                "Aid figure in the bridge package; minor.",
                ["irrelevant"],
            ),
            S(
                "NATO will in addition post a senior civilian representative in Kyiv to deepen ties with the "
                "Ukrainian government.",
                "new",
                "x-senior-rep",
                "New NATO post in Kyiv as part of the bridge.",
            ),
        ],
        [
            S(
                "Zelenskyy, who has pushed for a clear timeline ever since the Vilnius summit a year ago, welcomed "
                "the decisions but said Ukraine needed more air defence now.",
                "known",
                None,
                "Seed 000: Zelensky demanded a timeline at Vilnius.",
            ),
            S(
                "German Chancellor Olaf Scholz has said repeatedly that Ukraine cannot join while the war goes on.",
                "known",
                None,
                "Seeds 000/001: Ukraine can join only after the war.",
            ),
        ],
        [
            S(
                "In Moscow, former president Dmitry Medvedev wrote that the irreversible path could end only "
                "with the disappearance of Ukraine or of NATO.",
                "known",
                None,
                "Russian hostility to Ukraine's membership restates Putin's 'direct threat'.",
                ["contradicted"],
            ),
            S(
                "Kremlin spokesman Dmitry Peskov said the alliance was now directly involved in the conflict."
            ),
        ],
        [
            S(
                "The summit was also overshadowed by questions about Joe Biden's age and the prospect of Donald "
                "Trump returning to the White House in November."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# X04 Victory plan in Brussels: invitation now; NATO or nuclear; Rutte new SG; Sybiha (Reuters)
article(
    ARTICLES,
    "x-2024-10-17-victory-plan-invitation",
    "2024-10-17T17:05:00+00:00",
    "https://www.reuters.com/world/europe/zelenskiy-takes-victory-plan-brussels-eu-nato-2024-10-17/",
    S(
        "Zelenskiy takes 'victory plan' to Brussels, asks allies for NATO invitation now",
        "new",
        "x-invite-request",
        "Kyiv formally asks for an immediate invitation; no seed counterpart.",
    ),
    [
        [
            S(
                "BRUSSELS, Oct 17 (Reuters) - President Volodymyr Zelenskiy asked European Union leaders on "
                "Thursday to back a plan whose first point is an immediate invitation for Ukraine to join NATO, "
                "a day after laying it out to lawmakers in Kyiv.",
                "new",
                "x-invite-request",
                "Lead: the request for an invitation.",
            ),
            S(
                "He told parliament on Wednesday that an invitation now, with membership to follow later, would "
                "show Moscow that its geopolitical calculations had failed.",
                "new",
                "x-invite-request",
                "Same request with its rationale.",
            ),
        ],
        [
            S(
                "The five-point plan also calls for lifting limits on the use of Western long-range weapons "
                "inside Russia and for a non-nuclear strategic deterrence package, parts of which are kept in "
                "secret annexes.",
                "new",
                "x-victory-deterrence",
                "Deterrence package in Kyiv's plan; mostly war aims.",
                ["irrelevant"],
            ),
            S(
                "Zelenskiy told reporters that Ukraine's choice was between NATO and nuclear weapons as its "
                "protection, though he later made clear that Kyiv was not seeking to build them.",
                "new",
                "x-nato-or-nuclear",
                "NATO membership framed as the only alternative to nuclear deterrence.",
            ),
        ],
        [
            S(
                "NATO Secretary General Mark Rutte, who took over from Jens Stoltenberg at the start of the "
                "month, said he fully supported Ukraine but could not say the alliance backed every part of "
                "the plan.",
                "changed",
                "x-rutte-sg",
                "New holder of the seed's Secretary General office.",
            ),
            S(
                "Several diplomats said allies had no consensus on an invitation at this stage, with the United "
                "States and Germany among those reluctant.",
                "new",
                "x-no-consensus-invite",
                "Consensus lacking now, named reluctant allies: not a denial.",
            ),
        ],
        [
            S(
                "The Kremlin said the real plan for peace would be for Kyiv to sober up and see the futility of "
                "its policy."
            ),
            S(
                "Moscow has long portrayed NATO's expansion towards its borders as a direct threat to its "
                "security.",
                "known",
                None,
                "Seed 000: Putin called enlargement a 'direct threat'.",
            ),
        ],
        [
            S(
                "Foreign Minister Andrii Sybiha, who replaced Dmytro Kuleba in a government reshuffle last month, "
                "has been lobbying allied capitals for the invitation ahead of a meeting of NATO foreign "
                "ministers in December.",
                "changed",
                "x-sybiha-fm",
                "New holder of the seed's foreign minister office (Kuleba).",
            ),
            S(
                "Allies at their Washington summit in July called Ukraine's path to membership irreversible but "
                "did not invite it to join.",
                "known",
                None,
                "Seed 003: 'irreversible', no invitation.",
            ),
            S(
                "NATO's new command in Wiesbaden, agreed at that summit to coordinate arms deliveries and training "
                "for Ukraine, is due to be fully up and running by the end of the year.",
                "new",
                "x-nsatu",
                "Repeat of the Ukraine assistance command.",
            ),
        ],
        [
            S(
                "EU leaders also discussed migration and the war in the Middle East at their two-day summit."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# X05 Starmer's 100-year partnership in Kyiv (BBC)
article(
    ARTICLES,
    "x-2025-01-16-starmer-hundred-year-partnership",
    "2025-01-16T15:30:00+00:00",
    "https://www.bbc.com/news/articles/c5yxk1e0q1ro",
    S(
        "Starmer signs '100-year partnership' with Ukraine on first Kyiv visit",
        "new",
        "x-uk-100-year",
        "UK-Ukraine century-long treaty; no seed counterpart.",
    ),
    [
        [
            S(
                "Sir Keir Starmer has signed a 100-year partnership with Ukraine during his first visit to Kyiv "
                "as prime minister, promising that the UK will stand with the country for generations.",
                "new",
                "x-uk-100-year",
                "Lead: the 100-year partnership.",
            ),
            S(
                "The treaty covers defence, science, energy and trade, and sets up a framework for closer "
                "maritime security in the Black Sea, the Sea of Azov and the Baltic.",
                "new",
                "x-uk-100-year",
                "Scope of the partnership.",
            ),
        ],
        [
            S(
                "It also states that the UK supports Ukraine's irreversible path to full Euro-Atlantic "
                "integration, including NATO membership.",
                "known",
                None,
                "Seed 003: the 'irreversible' path to membership.",
            ),
            S(
                "A year ago Britain became the first country to sign a bilateral security agreement with Kyiv "
                "under the G7 framework, and officials said the new deal builds on it.",
                "known",
                None,
                "Seed 003: the UK concluded the first agreement on 12 January 2024.",
            ),
        ],
        [
            S(
                "Speaking alongside President Volodymyr Zelensky, Sir Keir said the UK would play its full part "
                "in any future security guarantees for Ukraine.",
                "new",
                "x-uk-guarantee-role",
                "UK pledge to take part in post-war guarantees.",
            ),
            S(
                "Zelensky said the two had discussed the idea of a foreign military contingent being deployed in "
                "Ukraine after a ceasefire, though it was too early to go into detail.",
                "new",
                "x-peacekeeper-idea",
                "Western troops after a ceasefire as a guarantee; no seed counterpart.",
            ),
        ],
        [
            S(
                "He added that no guarantees from partners could replace the protection that NATO membership "
                "would give.",
                "known",
                None,
                "Seed 003: guarantees cannot substitute for membership.",
            ),
            S(
                "Zelensky has pressed allies since the Vilnius summit of 2023 for a clear timetable to join, which "
                "they have not given.",
                "known",
                None,
                "Seeds 000/003: no timeline at Vilnius.",
            ),
        ],
        [
            S(
                "During the visit, air raid sirens sounded and air defences shot down a Russian drone over the "
                "capital, officials said."
            ),
            S(
                "The UK is providing 3 billion pounds a year in military aid to Ukraine for as long as it is "
                "needed."
            ),
        ],
        [
            S(
                "The trip came days before Donald Trump's inauguration, amid uncertainty over whether Washington "
                "will keep funding Kyiv's war effort."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# X06 Hegseth: membership not realistic; guarantees without US troops or Article 5 (Politico)
article(
    ARTICLES,
    "x-2025-02-12-hegseth-membership-unrealistic",
    "2025-02-12T18:45:00+00:00",
    "https://www.politico.eu/article/pete-hegseth-ukraine-nato-membership-not-realistic-peace-deal/",
    S(
        "Hegseth tells allies NATO membership for Ukraine is not a realistic outcome",
        "contradicted",
        "x-us-membership-unrealistic",
        "US defence secretary rules out membership: against 'irreversible' and 'future is in NATO'.",
    ),
    [
        [
            S(
                "BRUSSELS — US Defense Secretary Pete Hegseth told Ukraine's backers on Wednesday that Washington "
                "does not see NATO membership for Kyiv as a realistic result of a negotiated settlement with "
                "Russia.",
                "contradicted",
                "x-us-membership-unrealistic",
                "Denial of membership by a US official.",
            ),
            S(
                "Speaking at his first meeting of the Ukraine Defense Contact Group, Hegseth, who succeeded Lloyd "
                "Austin at the Pentagon last month, also said a return to Ukraine's pre-2014 borders was an "
                "illusory objective.",
                "changed",
                "x-hegseth-defsec",
                "New holder of the seed's US defence secretary office (Austin).",
            ),
        ],
        [
            S(
                "Any security guarantee must be backed by capable European and non-European troops, he said, and "
                "if they are deployed as peacekeepers it should be as a non-NATO mission.",
                "new",
                "x-guarantee-non-nato-troops",
                "US terms for guarantees: non-NATO troops; no seed counterpart.",
            ),
            S(
                "Such troops would not be covered by Article 5, the alliance's mutual defense clause, and no US "
                "troops would be deployed to Ukraine, he added.",
                "new",
                "x-guarantee-non-nato-troops",
                "Same terms: no Article 5 cover, no US troops.",
            ),
        ],
        [
            S(
                "Hours later President Donald Trump said he had spoken by phone with Vladimir Putin and that the "
                "two had agreed to start negotiations immediately."
            ),
            S(
                "European officials complained that Washington had given away key concessions before talks with "
                "Moscow had even begun."
            ),
        ],
        [
            S(
                "Hegseth was the first senior member of the new administration to rule out membership so "
                "plainly, breaking with the Biden-era line that Kyiv's path to the alliance is irreversible.",
                "contradicted",
                "x-us-membership-unrealistic",
                "Repeat of the US denial.",
            ),
            S(
                "A NATO official said the declaration all allies agreed in Washington last July, which calls that "
                "path irreversible, remained the alliance's position.",
                "known",
                None,
                "Seed 003: the 'irreversible' path.",
            ),
        ],
        [
            S(
                "Ukraine's Defense Minister Rustem Umerov, who attended the meeting, said Kyiv was counting on "
                "continued American weapons deliveries.",
                "known",
                None,
                "Umerov as defence minister matches seed 001.",
            ),
            S(
                "A day later Hegseth said it was not up to him to decide what was on or off the table in Trump's "
                "talks with Putin.",
                "new",
                "x-hegseth-walkback",
                "Softening of the denial; arguably noise.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "Kyiv has said it will not accept any deal struck without it, and it still wants the invitation "
                "to join the alliance that Zelensky first sought in his victory plan in October.",
                "new",
                "x-invite-request",
                "Repeat of Kyiv's request for an invitation.",
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# X07 Berlin talks: Zelenskiy ready to drop NATO bid for Article 5-like guarantees (Reuters)
article(
    ARTICLES,
    "x-2025-12-15-berlin-zelenskiy-nato-bid-guarantees",
    "2025-12-15T12:20:00+00:00",
    "https://www.reuters.com/world/europe/zelenskiy-says-ukraine-ready-drop-nato-bid-exchange-security-guarantees-2025-12-14/",
    S(
        "Zelenskiy offers to give up NATO bid in return for Western guarantees as Berlin talks open",
        "contradicted",
        "x-zelensky-drops-bid",
        "Kyiv ready to renounce membership: against 'future is in NATO' and seed 003's no-substitute line.",
        ["new"],
    ),
    [
        [
            S(
                "BERLIN, Dec 15 (Reuters) - President Volodymyr Zelenskiy said Ukraine was ready to drop its "
                "ambition to join NATO if the United States and Europe gave it legally binding security "
                "guarantees, as he held talks with US envoys in Berlin.",
                "contradicted",
                "x-zelensky-drops-bid",
                "Lead: Kyiv willing to give up membership.",
                ["new"],
            ),
            S(
                "He called the move a compromise on Kyiv's part, telling reporters in a WhatsApp chat that some "
                "partners in the United States and Europe had not supported the NATO path.",
                "contradicted",
                "x-zelensky-drops-bid",
                "Same offer restated as a compromise.",
                ["new"],
            ),
        ],
        [
            S(
                "What Kyiv wants instead, he said, are bilateral guarantees from Washington similar to NATO's "
                "Article 5, along with commitments from European partners, Canada and Japan.",
                "new",
                "x-article5-like-ask",
                "Guarantees sought instead of membership.",
            ),
            S(
                "US officials said on Monday that Washington was prepared to offer protections modelled on "
                "Article 5 and to put them before the Senate for a vote.",
                "new",
                "x-us-article5-offer",
                "US offer of Article 5-like protection; no seed counterpart.",
            ),
        ],
        [
            S(
                "Ukraine's delegation was led by Rustem Umerov, secretary of the National Security and Defence "
                "Council, who took over as chief negotiator after Andriy Yermak resigned as head of the "
                "presidential office last month.",
                "changed",
                ["x-umerov-nsdc", "x-yermak-out"],
                "New NSDC secretary (seed: Danilov) and Yermak gone from the seed's office.",
            ),
            S(
                "US envoy Steve Witkoff and Jared Kushner, Trump's son-in-law, represented Washington."
            ),
        ],
        [
            S(
                "Ukraine wrote the goal of joining NATO into its constitution in 2019, and allies have said since "
                "2008 that it will one day become a member.",
                "known",
                None,
                "Seed 004: 2019 amendment; seed 000: Bucharest's 'will become members'.",
            ),
            S(
                "A 28-point US draft leaked in November would have required Kyiv to enshrine in its constitution "
                "that it would never join the alliance, and NATO to agree not to admit it.",
                "contradicted",
                "x-us-draft-renounce",
                "US draft requiring Ukraine to renounce membership.",
            ),
        ],
        [
            S(
                "Zelenskiy said he still opposed withdrawing troops from the part of Donetsk region that Ukraine "
                "holds, a central Russian demand."
            ),
            S(
                "The Kremlin has said any settlement must guarantee that Ukraine stays out of NATO for good.",
                "contradicted",
                "x-russia-nato-demand",
                "Russian demand that Ukraine never join.",
                ["new"],
            ),
        ],
        [
            S(
                "Trump said in February that Ukraine could forget about joining NATO, suggesting the prospect was "
                "probably why the war had started.",
                "contradicted",
                "x-trump-forget",
                "US president dismissing membership.",
            ),
            S(
                "German Chancellor Friedrich Merz hosted the talks and was due to receive European leaders in the "
                "evening."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# X08 Paris: UK and France declare intent to deploy forces after ceasefire (AFP / France 24)
article(
    ARTICLES,
    "x-2026-01-07-paris-coalition-military-hubs",
    "2026-01-07T09:10:00+00:00",
    "https://www.france24.com/en/europe/20260106-coalition-of-the-willing-paris-summit-ukraine-security-guarantees",
    S(
        "Britain and France pledge military hubs in Ukraine after any ceasefire",
        "new",
        "x-uk-fr-hubs",
        "UK-French commitment to deploy forces as a guarantee; no seed counterpart.",
    ),
    [
        [
            S(
                "PARIS (AFP) - Britain and France signed a declaration of intent on Tuesday to deploy forces to "
                "Ukraine once a ceasefire is agreed, as leaders of the so-called coalition of the willing met in "
                "Paris to finalise security guarantees for Kyiv.",
                "new",
                "x-uk-fr-hubs",
                "Lead: the declaration of intent to deploy forces.",
            ),
            S(
                "British Prime Minister Keir Starmer said the two countries would set up military hubs across "
                "Ukraine and build protected facilities for weapons and equipment.",
                "new",
                "x-uk-fr-hubs",
                "Detail of the same deployment plan.",
            ),
        ],
        [
            S(
                "Under a declaration adopted by the meeting, the United States is to take part in monitoring a "
                "ceasefire, while European forces would provide reassurance away from the front line.",
                "new",
                "x-paris-declaration",
                "Coalition's guarantee framework with a US monitoring role.",
            ),
            S(
                "Macron said the guarantees were meant to ensure that a ceasefire could not become the start of "
                "another Russian offensive.",
                "new",
                "x-paris-declaration",
                "Purpose of the same framework.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "Zelensky, who last month signalled he was ready to give up the NATO bid in exchange for such "
                "guarantees, said the declaration was an important step but that Ukraine needed to know who would "
                "respond, and how, if Russia attacked again.",
                "contradicted",
                "x-zelensky-drops-bid",
                "Repeat of Kyiv's readiness to renounce membership.",
                ["new"],
            ),
            S(
                "He said a bilateral document on guarantees from Washington was almost ready.",
                "new",
                "x-us-article5-offer",
                "Repeat of the US bilateral guarantee in preparation.",
            ),
        ],
        [
            S(
                "The guarantees are meant to fill the gap left by the lack of a path to membership, which the "
                "Trump administration has said is not realistic.",
                "contradicted",
                "x-us-membership-unrealistic",
                "Repeat of the US position that membership is not realistic.",
            ),
            S(
                "Since 2024 Kyiv has signed ten-year security agreements with more than two dozen countries and "
                "the European Union, most of them modelled on Britain's, the first.",
                "changed",
                "x-agreement-count-late",
                "Count of concluded agreements far above the seed's one.",
            ),
        ],
        [
            S(
                "The plans treat Ukraine's own army, kept strong with Western weapons and training, as the first "
                "line of defence against any renewed attack.",
                "known",
                None,
                "Seed 003: sustainable Ukrainian forces able to defend and deter.",
            ),
            S(
                "Moscow has said it would treat any Western troops deployed in Ukraine as legitimate targets.",
                "new",
                "x-russia-troops-targets",
                "Russian rejection of the reassurance force.",
            ),
        ],
        [
            S(
                "US envoys Steve Witkoff and Jared Kushner attended the talks for the United States."
            ),
        ],
    ],
    True,
)

# ============================================================================================
# NEAR OR OFF TOPIC (4)
# ============================================================================================

# --------------------------------------------------------------------------------------------
# X09 NATO spending: 18 allies at 2% (Reuters); incidental Sweden status step
article(
    ARTICLES,
    "x-2024-02-14-nato-spending-two-percent",
    "2024-02-14T11:50:00+00:00",
    "https://www.reuters.com/world/europe/nato-chief-says-18-allies-meet-defence-spending-target-this-year-2024-02-14/",
    S("Record 18 NATO allies to hit 2% defence spending goal this year, Stoltenberg says"),
    [
        [
            S(
                "BRUSSELS, Feb 14 (Reuters) - Eighteen of NATO's 31 members are expected to meet the alliance's "
                "target of spending 2% of economic output on defence this year, Secretary General Jens "
                "Stoltenberg said on Wednesday, up from just three a decade ago.",
                "known",
                None,
                "31 members equals the seed's count; the story is spending.",
            ),
            S(
                "European allies and Canada will together invest 380 billion dollars in defence in 2024, he told "
                "reporters ahead of a meeting of defence ministers."
            ),
        ],
        [
            S(
                "The figures came days after Donald Trump, the front-runner for the Republican presidential "
                "nomination, said he would encourage Russia to do whatever it wanted to allies that did not pay "
                "enough."
            ),
            S(
                "Stoltenberg said any suggestion that allies would not defend each other undermined the security "
                "of all of them, including the United States."
            ),
            S(
                "Trump's remarks drew sharp criticism in European capitals and from the White House."
            ),
        ],
        [
            S(
                "Poland is set to spend more than 4% of its gross domestic product on defence this year, the "
                "highest share in the alliance."
            ),
            S(
                "Germany will reach the target for the first time since the early 1990s, helped by a 100 billion "
                "euro special fund set up after Russia's invasion of Ukraine."
            ),
        ],
        [
            S(
                "Sweden, which is expected to become the 32nd member once Hungary's parliament ratifies its "
                "accession, already spends more than 2%.",
                "changed",
                "x-sweden-waits-hungary",
                "Status step: Hungary, not Turkey, is the last to ratify (seed: waiting on Turkey).",
            ),
            S(
                "Turkey's parliament approved Stockholm's bid last month after more than a year and a half of "
                "delays.",
                "changed",
                "x-turkey-ratified",
                "Status step: Turkey has ratified Sweden's accession.",
            ),
        ],
        [
            S(
                "Defence ministers are also due to discuss ammunition production for Ukraine, whose forces are "
                "running short of artillery shells."
            ),
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# X10 The Hague summit: 5% of GDP (AP); incidental 32 allies
article(
    ARTICLES,
    "x-2025-06-25-hague-summit-five-percent",
    "2025-06-25T16:40:00+00:00",
    "https://apnews.com/article/nato-summit-hague-trump-defense-spending-5-percent-2025-06-25",
    S("NATO allies agree to lift defense spending to 5% of GDP as Trump hails a big win"),
    [
        [
            S(
                "THE HAGUE, Netherlands (AP) — NATO leaders agreed on Wednesday to raise their defense spending "
                "to 5% of gross domestic product by 2035, meeting a demand from President Donald Trump after "
                "weeks of haggling over the target."
            ),
            S(
                "Under the deal, 3.5% would go to core defense such as troops and weapons, and a further 1.5% to "
                "related areas like cyber defense, infrastructure and protecting pipelines."
            ),
        ],
        [
            S(
                "Spain secured language that it says exempts it from the target, prompting Trump to threaten to "
                "make Madrid pay twice as much in trade talks."
            ),
            S(
                "The summit declaration, at five paragraphs one of the shortest in the alliance's history, "
                "reaffirmed what it called an ironclad commitment to collective defense under Article 5."
            ),
        ],
        [
            S(
                "On his way to the summit Trump had said Article 5 depended on one's definition, before telling "
                "reporters in The Hague that the United States stood with its allies."
            ),
            S(
                "All 32 allies signed up to the new goal, though Belgium and Slovakia were among those saying it "
                "would be hard to reach.",
                "changed",
                "x-alliance-32",
                "32 allies against the seed's 31; incidental in a spending story.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "Secretary General Mark Rutte, hosting his first summit in his home country, called the agreement "
                "a quantum leap."
            ),
            S(
                "Zelenskyy attended a dinner hosted by the Dutch king on the eve of the summit and met Trump on "
                "its sidelines."
            ),
        ],
        [
            S(
                "Allies said Russia posed a long-term threat to Euro-Atlantic security and restated their "
                "sovereign commitments to support Ukraine, whose security they said contributes to their own."
            ),
            S("The next summit will be held in Turkey in 2026."),
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# X11 Orban blocks Ukraine's EU clusters after Voks 2025 (Politico): EU path only
article(
    ARTICLES,
    "x-2025-06-26-orban-blocks-eu-clusters",
    "2025-06-26T20:30:00+00:00",
    "https://www.politico.eu/article/viktor-orban-hungary-blocks-ukraine-eu-accession-voks-2025/",
    S("Orbán blocks Ukraine's EU accession talks, citing his Voks 2025 vote"),
    [
        [
            S(
                "BRUSSELS — Hungarian Prime Minister Viktor Orbán on Thursday blocked the opening of the first "
                "negotiating cluster in Ukraine's talks to join the European Union, telling fellow leaders that "
                "his voters had spoken."
            ),
            S(
                "Budapest said 95% of the more than two million people who took part in its nonbinding "
                "consultation, dubbed Voks 2025, opposed Ukraine's membership of the bloc."
            ),
        ],
        [
            S(
                "The other 26 leaders endorsed a text on Ukraine without Hungary, as they have done at several "
                "summits."
            ),
            S(
                "Zelensky, who addressed the summit by video, said Ukraine had done everything asked of it and "
                "there was no reason for further delay."
            ),
        ],
        [
            S(
                "Accession decisions in the EU require unanimity, giving any single government the power to hold "
                "up a candidate for years."
            ),
            S(
                "Moldova, whose bid has been tied to Ukraine's, is also waiting for its first cluster to open."
            ),
        ],
        [
            S(
                "Orbán argues that admitting a country at war would drag the bloc into the conflict and ruin "
                "Hungarian farmers."
            ),
            S(
                "Some diplomats have floated changing the rules so that clusters can be opened without Hungary's "
                "consent, or letting Moldova go ahead alone."
            ),
        ],
        [
            S(
                "Kyiv hopes to finish the talks by the end of the decade, although few in Brussels believe that "
                "timeline is realistic."
            ),
            S(
                "Hungary faces an election next spring in which Orbán's Fidesz is trailing Péter Magyar's Tisza "
                "party in several polls."
            ),
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# X12 Russian drones over Poland, Article 4 (BBC); incidental Nawrocki succession
article(
    ARTICLES,
    "x-2025-09-10-poland-drones-article-four",
    "2025-09-10T14:00:00+00:00",
    "https://www.bbc.com/news/articles/c4gk3xz1pj2o",
    S("Poland shoots down Russian drones and invokes NATO's Article 4"),
    [
        [
            S(
                "Poland has shot down Russian drones that entered its airspace overnight, in what Prime Minister "
                "Donald Tusk called the closest the country had come to open conflict since World War Two."
            ),
            S(
                "Nineteen airspace violations were recorded during a Russian attack on western Ukraine, and Dutch "
                "F-35 jets were among the aircraft scrambled to intercept the drones."
            ),
        ],
        [
            S(
                "Warsaw invoked Article 4 of NATO's founding treaty, which allows any ally to request "
                "consultations when it feels its security is threatened."
            ),
            S(
                "It is the first time NATO aircraft have engaged Russian targets over allied territory since the "
                "full-scale invasion of Ukraine began."
            ),
        ],
        [
            S(
                "President Karol Nawrocki, who succeeded Andrzej Duda in August, chaired a meeting at the "
                "National Security Bureau and said he was in constant contact with allies.",
                "changed",
                "x-nawrocki-president",
                "New holder of the seed's Polish presidency (Duda).",
            ),
            S(
                "Russia's defence ministry said it had not intended to hit any targets in Poland, while Belarus "
                "said some drones had strayed after being jammed."
            ),
        ],
        [
            S(
                "NATO Secretary General Mark Rutte said the alliance's response had worked and that allies would "
                "assess whether further steps were needed."
            ),
            S(
                "European leaders condemned the incursion, with several calling it a deliberate test of the "
                "alliance's readiness."
            ),
        ],
        [
            S(
                "Ukraine's President Volodymyr Zelensky said Kyiv had long warned that Moscow would keep "
                "escalating and offered to help Poland build up its drone defences."
            ),
            S(
                "Two days later the alliance launched Eastern Sentry, an operation to strengthen its eastern flank."
            ),
        ],
    ],
    False,
)
