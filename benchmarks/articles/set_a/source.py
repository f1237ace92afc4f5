"""Article set a: the articles, sentence by sentence with their gold (`python3 ../build.py set_a`)."""

from corpus import S, article

CHANNEL = "Article set A: Ukraine, NATO and beyond"
DESCRIPTION = "12 articles rewritten from real 2024-2025 coverage (links point at the originals)."
ARTICLES: list = []

# ============================================================================================
# ON TOPIC (8)
# ============================================================================================

# --------------------------------------------------------------------------------------------
# A01 Germany and France sign bilateral agreements (on topic: bilateral count)
article(
    ARTICLES,
    "ara-2024-02-16-germany-france-agreements",
    "2024-02-16T22:40:00+00:00",
    "https://www.arkansasonline.com/news/2024/feb/17/ukraine-germany-france-ink-accords/",
    S(
        "Zelensky signs ten-year security pacts with Berlin and Paris on the same day",
        "changed",
        ["germany-agreement", "france-agreement"],
        "Two further concluded bilateral agreements; seed 003 has only the UK's.",
    ),
    [
        [
            S(
                "PARIS, February 16 – President Volodymyr Zelensky signed a bilateral security agreement with "
                "France at the Elysee Palace on Friday evening, hours after concluding a similar one with Germany "
                "in Berlin.",
                "changed",
                ["france-agreement", "germany-agreement"],
                "Both signings reported in the lead.",
            ),
            S(
                "German Chancellor Olaf Scholz called the accord he signed with his guest at the chancellery "
                "“a historic step” and said it sent Moscow a message that Berlin would not ease off.",
                "changed",
                "germany-agreement",
                "The German signing, told through Scholz.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "Alongside the pact, Germany announced a new military aid package of about 1.1 billion euros that "
                "includes 36 howitzers, 120,000 artillery rounds and two more air defence systems.",
                "new",
                "germany-aid-2024",
                "Aid figure announced with the agreement.",
                ["irrelevant"],
            ),
            S(
                "Under the French text, Paris will provide up to 3 billion euros in additional military support "
                "this year, more than it gave in either 2022 or 2023.",
                "new",
                "france-aid-2024",
                "Aid figure written into the agreement.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "Both documents are to run for ten years.",
                "new",
                ["germany-agreement-terms", "france-agreement-terms"],
                "The ten-year term of each agreement has no seed counterpart.",
            ),
            S(
                "In the French one, Paris states that Ukrainian membership of the alliance would be a useful "
                "contribution to peace and stability in Europe.",
                "known",
                None,
                "Restates allied support for Ukraine's future in NATO (seeds 000/003).",
                ["new"],
            ),
        ],
        [
            S(
                "The two pacts follow through on the declaration that Group of Seven leaders issued on the "
                "sidelines of NATO's Vilnius summit last July.",
                "known",
                None,
                "Seed 003: the G7 declaration is formalised through bilateral agreements.",
            ),
            S(
                "Britain was the first to turn that pledge into a signed agreement, in Kyiv on January 12.",
                "known",
                None,
                "Seed 003: the UK concluded the first agreement on 12 January 2024.",
            ),
            S(
                "Kyiv now has three such accords, and Zelensky said others were being negotiated.",
                "changed",
                ["germany-agreement", "france-agreement"],
                "Count of concluded agreements: three, against the seed's one.",
            ),
        ],
        [
            S(
                "The tour was overshadowed by news that the Russian opposition leader Alexei Navalny had died "
                "in an Arctic prison colony."
            ),
            S(
                "Zelensky is due to address the Munich Security Conference on Saturday, while his troops are "
                "under heavy pressure in the eastern town of Avdiivka."
            ),
        ],
        [
            S(
                "He has repeatedly said that such agreements, however welcome, cannot take the place of full "
                "membership of NATO.",
                "known",
                None,
                "Seed 003: Zelensky says the commitments cannot substitute for membership.",
            )
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# A02 Sweden formally joins NATO (on topic: Sweden's accession step, alliance size)
article(
    ARTICLES,
    "ara-2024-03-07-sweden-joins",
    "2024-03-07T19:15:00+00:00",
    "https://www.timesofisrael.com/liveblog_entry/sweden-joins-nato-as-32nd-member-as-war-in-ukraine-prompts-security-rethink/",
    S(
        "Sweden becomes NATO's 32nd member, ending two centuries of non-alignment",
        "changed",
        ["sweden-member", "alliance-32"],
        "Status step (Sweden a member, seed: waiting on Turkey) and 32 allies.",
    ),
    [
        [
            S(
                "WASHINGTON, March 7 – Sweden formally joined NATO on Thursday when Prime Minister Ulf "
                "Kristersson handed its instrument of accession to Secretary of State Antony Blinken at the State "
                "Department.",
                "changed",
                "sweden-member",
                "Sweden is now a member; seed 001 has it still waiting.",
            ),
            S(
                "“Today is a truly historic day,” Kristersson said, adding that unity and solidarity would guide "
                "his country as an ally.",
                "changed",
                "sweden-member",
                "The accession, quoted.",
                ["irrelevant"],
            ),
        ],
        [
            S("Blinken quipped that good things come to those who wait."),
            S("US President Joe Biden said the alliance was stronger than it had ever been."),
        ],
        [
            S(
                "Stockholm applied together with Helsinki in May 2022, both dropping their long tradition of "
                "staying out of military blocs after Russia's full-scale invasion of Ukraine.",
                "known",
                None,
                "Seed 001: both abandoned non-alignment to seek membership.",
            ),
            S(
                "Finland got in first, in April last year.",
                "known",
                None,
                "Seed 001: Finland was admitted.",
            ),
        ],
        [
            S(
                "Ankara held up the Swedish bid for more than a year over Stockholm's handling of Kurdish "
                "militants before its parliament approved it in January.",
                "changed",
                "sweden-turkey-ratified",
                "Turkey has ratified; seed 001 has Sweden waiting for it.",
            ),
            S(
                "Budapest was the last capital to sign off, with a vote in the Hungarian parliament last month.",
                "changed",
                "sweden-all-ratified",
                "Hungary, not Turkey, was the last holdout; all have ratified.",
            ),
        ],
        [
            S(
                "The Swedish flag will be raised at alliance headquarters in Brussels on Monday.",
                "changed",
                "sweden-member",
                "Ceremony marking the accession.",
                ["irrelevant"],
            ),
            S(
                "Moscow has said it will respond with unspecified military and political countermeasures.",
                "known",
                None,
                "Seed 001: Russia threatened Finland and Sweden with consequences.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "Sweden brings a large submarine fleet, Gripen fighter jets and an island, Gotland, that sits in "
                "the middle of the Baltic Sea."
            ),
            S(
                "In Kyiv, President Volodymyr Zelensky congratulated the Swedes and said his country, promised "
                "an invitation once allies agree and conditions are met, meant to follow them.",
                "known",
                None,
                "Seeds 000/003: the Vilnius invitation formula.",
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# A03 US-Ukraine bilateral security agreement at the G7 (on topic: bilateral count, terms)
article(
    ARTICLES,
    "ara-2024-06-13-us-agreement-g7",
    "2024-06-13T21:30:00+00:00",
    "https://www.latimes.com/world-nation/story/2024-06-13/us-europe-clear-way-to-50b-ukraine-loan-in-deal-to-tie-up-russian-assets-until-moscow-pays-for-war",
    S(
        "Biden and Zelensky sign decade-long US security accord on G7 sidelines",
        "changed",
        "us-agreement",
        "Another concluded bilateral agreement (the US); seed 003 has only the UK's.",
    ),
    [
        [
            S(
                "SAVELLETRI, Italy, June 13 – Joe Biden and Volodymyr Zelensky signed a bilateral security "
                "agreement on Thursday at the Group of Seven summit in southern Italy, binding Washington to "
                "support Kyiv for ten years.",
                "changed",
                "us-agreement",
                "The US signing.",
            ),
            S(
                "The goal, Biden told a joint news conference, is to strengthen Ukraine's defence and deterrence "
                "for the long term.",
                "new",
                "us-agreement-terms",
                "Purpose of the agreement.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "The text commits the United States to keep supplying weapons, training and intelligence but does "
                "not commit American troops to fight for Ukraine.",
                "new",
                "us-agreement-terms",
                "Scope of the agreement; no seed counterpart.",
            ),
            S(
                "Should Russia attack again, senior officials of the two countries are to meet within 24 hours "
                "to agree on a response.",
                "known",
                None,
                "Seed 003: consultation within 24 hours.",
            ),
        ],
        [
            S(
                "Zelensky said the document states American support for Ukraine's future membership of NATO and "
                "describes the accord as a bridge to it.",
                "known",
                None,
                "Seeds 003: future in NATO; assistance as a bridge to membership.",
            ),
            S(
                "Because it is an executive agreement rather than a treaty ratified by the Senate, a future "
                "president could abandon it.",
                "new",
                "us-agreement-terms",
                "Legal standing of the agreement; no seed counterpart.",
            ),
        ],
        [
            S(
                "Japanese Prime Minister Fumio Kishida put his name to a ten-year accord of his own with Zelensky "
                "on the same day.",
                "changed",
                "japan-agreement",
                "Another concluded agreement (Japan).",
            ),
            S(
                "National security adviser Jake Sullivan had told reporters on the flight to Italy that 15 "
                "countries had already signed such pacts with Kyiv.",
                "changed",
                "agreements-count-15",
                "Count of concluded agreements: 15, against the seed's one.",
            ),
        ],
        [
            S(
                "The G7 leaders also agreed to lend Ukraine about 50 billion dollars backed by the interest on "
                "frozen Russian central bank assets."
            ),
            S(
                "Zelensky pressed for more air defence systems after weeks of Russian strikes on the power grid."
            ),
        ],
        [
            S(
                "He also wondered aloud how long Western unity would hold after this year's elections, "
                "including the American one in November.",
                "known",
                None,
                "Seed 004: fears that support could fade after the 2024 US election.",
                ["irrelevant"],
            )
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# A04 Washington summit declaration (on topic: mostly restatements, NSATU, funding)
article(
    ARTICLES,
    "ara-2024-07-10-washington-declaration",
    "2024-07-10T23:45:00+00:00",
    "https://www.finanznachrichten.de/nachrichten-2024-07/62707557-nato-summit-pledges-dollar-43-bln-security-aid-to-ukraine-supports-membership-020.htm",
    S(
        "NATO declares Kyiv's road to membership irreversible, again without an invitation",
        "known",
        None,
        "Seed 003: 'irreversible' path, no invitation at Washington.",
    ),
    [
        [
            S(
                "WASHINGTON, July 10 – The leaders of the 32 allies agreed on Wednesday that Ukraine is on an "
                "irreversible path to full Euro-Atlantic integration, including membership of the alliance.",
                "changed",
                "alliance-32",
                "32 allies against the seeds' 31; the 'irreversible' path itself is known.",
            ),
            S(
                "“Ukraine's future is in NATO,” their declaration says.",
                "known",
                None,
                "Seeds 000/003: the Vilnius formula repeated.",
            ),
        ],
        [
            S(
                "The text repeats that the bloc will be in a position to invite Kyiv when allies agree and "
                "conditions are met, and it sets no date.",
                "known",
                None,
                "Seeds 000/003: invitation formula, no timeline.",
            ),
            S(
                "Before the summit, White House officials had said there was no consensus among the allies on "
                "inviting Ukraine at this stage.",
                "new",
                "no-consensus-washington",
                "Consensus lacking now (conventions: new, not contradicted).",
            ),
        ],
        [
            S(
                "The leaders set up NATO Security Assistance and Training for Ukraine, a command based in "
                "Wiesbaden, Germany, to coordinate weapons deliveries and training for Ukrainian forces.",
                "new",
                "nsatu",
                "NSATU has no seed counterpart.",
            ),
            S(
                "They also pledged a minimum baseline of 40 billion euros in military aid within the next year.",
                "new",
                "nato-40bn",
                "Aid figure of the summit package.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "Secretary General Jens Stoltenberg said the support amounted to a bridge to membership.",
                "known",
                None,
                "Seed 003: assistance as a 'bridge' to membership.",
            ),
            S(
                "“It is not a question of if, but when,” he told reporters.",
                "known",
                None,
                "Restates the promise that Ukraine will become a member (seeds 000/003).",
            ),
            S(
                "He will also name a senior NATO representative in Kyiv to work with the Ukrainian government.",
                "new",
                "nato-senior-rep",
                "A new NATO post in Kyiv; no seed counterpart.",
            ),
        ],
        [
            S(
                "The declaration calls China a decisive enabler of Russia's war and demands that Beijing stop "
                "supplying parts for Russian weapons."
            ),
            S(
                "Blinken said the first F-16 jets from Denmark and the Netherlands were on their way to Ukraine."
            ),
        ],
        [
            S(
                "Biden had signed a ten-year bilateral security accord with Zelensky on the sidelines of the Group "
                "of Seven summit in Italy last month.",
                "changed",
                "us-agreement",
                "The US agreement, recalled: a concluded agreement beyond the seed's one.",
            ),
            S(
                "The summit marked the 75th anniversary of the alliance, founded in Washington in 1949."
            ),
            S(
                "Hungarian Prime Minister Viktor Orban arrived after trips to Moscow and Beijing that several allies "
                "criticised."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# A05 Sybiha replaces Kuleba as foreign minister (on topic: office holder)
article(
    ARTICLES,
    "ara-2024-09-05-sybiha-foreign-minister",
    "2024-09-05T16:20:00+00:00",
    "https://euromaidanpress.com/2024/09/05/sybiha-becomes-ukraines-new-foreign-minister-as-ministerial-reshuffle-continues/",
    S(
        "Ukraine's parliament makes Andrii Sybiha foreign minister after Kuleba steps down",
        "changed",
        "fm-sybiha",
        "Office holder: foreign minister Kuleba (seed 001) -> Sybiha.",
    ),
    [
        [
            S(
                "KYIV, September 5 – The Verkhovna Rada on Thursday appointed Andrii Sybiha as Ukraine's top "
                "diplomat, with 258 lawmakers voting in favour.",
                "changed",
                "fm-sybiha",
                "New foreign minister.",
            ),
            S(
                "Earlier in the day the chamber accepted the resignation of Dmytro Kuleba, who had run the "
                "ministry since March 2020.",
                "changed",
                "fm-sybiha",
                "The seed's foreign minister leaves office.",
            ),
        ],
        [
            S(
                "Kuleba, 43, handed in his resignation earlier this week amid the largest government reshuffle since "
                "Russia's full-scale invasion.",
                "changed",
                "fm-sybiha",
                "Kuleba leaves the post the seed gives him.",
            ),
            S("Zelensky told his party's lawmakers the government needed new energy."),
        ],
        [
            S(
                "Sybiha, a career diplomat, had been Kuleba's first deputy and served as ambassador to Turkey from "
                "2016 to 2021.",
                "changed",
                "fm-sybiha",
                "Background of the new office holder.",
                ["irrelevant"],
            ),
            S(
                "He then spent three years as a deputy to Andriy Yermak, the head of the presidential office.",
                "known",
                None,
                "Seed 001: Yermak heads the President's Office.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "Olha Stefanishyna kept her post as deputy prime minister for European and Euro-Atlantic "
                "integration and was also given the justice ministry."
            ),
            S(
                "Lawmakers dismissed Oleksandr Kamyshin, who had run the ministry for strategic industries."
            ),
        ],
        [
            S(
                "Defence Minister Rustem Umerov was not affected by the shake-up.",
                "known",
                None,
                "Seed 001: Umerov is defence minister.",
            ),
            S(
                "Kuleba led Kyiv's push for an invitation to join NATO before last year's Vilnius summit, where "
                "allies again declined to set a timetable.",
                "known",
                None,
                "Seeds 000/002: no invitation or timeline at Vilnius.",
            ),
        ],
        [
            S(
                "A month later he flatly rejected a suggestion from Stoltenberg's chief of staff that Ukraine "
                "might cede territory in return for membership.",
                "known",
                None,
                "Seed 001: Kuleba rebutted Jenssen's territory-for-membership remark.",
            ),
            S(
                "Zelensky is expected to present a plan for ending the war to Biden later this month."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# A06 Rutte takes over from Stoltenberg (on topic: office holder)
article(
    ARTICLES,
    "ara-2024-10-01-rutte-takes-office",
    "2024-10-01T14:10:00+00:00",
    "https://rferl.org/amp/rutte-nato-trump-ukraine/33141511.html",
    S(
        "Rutte takes the helm at NATO and pledges to bring Ukraine closer to the alliance",
        "changed",
        "secgen-rutte",
        "Office holder: Secretary General Stoltenberg (seeds) -> Rutte.",
    ),
    [
        [
            S(
                "BRUSSELS, October 1 – Mark Rutte took over as NATO Secretary General on Tuesday from Jens "
                "Stoltenberg, who had led the alliance for ten years.",
                "changed",
                "secgen-rutte",
                "Stoltenberg -> Rutte.",
            ),
            S(
                "The Norwegian handed his successor the gavel in the North Atlantic Council chamber after the two "
                "laid a wreath for fallen personnel.",
                "changed",
                "secgen-rutte",
                "The handover ceremony.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "The ambassadors of all 32 allies looked on.",
                "changed",
                "alliance-32",
                "32 allies against the seeds' 31.",
            ),
            S(
                "Rutte said his first priority was to keep the alliance strong, which meant spending more on "
                "defence."
            ),
        ],
        [
            S(
                "His second, he said, was to step up support for Ukraine and bring it ever closer to NATO.",
                "known",
                None,
                "Seeds 000/003: support for Ukraine on its path to membership.",
            ),
            S(
                "“There can be no lasting security in Europe without a strong, independent Ukraine,” he said."
            ),
        ],
        [
            S(
                "He later told reporters that Ukraine's rightful place was in the alliance.",
                "known",
                None,
                "Seed 003: Ukraine's future is in NATO.",
            )
        ],
        [
            S(
                "Rutte, 57, was prime minister of the Netherlands for almost 14 years and signed his country's "
                "security agreement with Ukraine in Kharkiv in March.",
                "changed",
                "netherlands-agreement",
                "Mentions a concluded agreement beyond the seed's one (the UK's).",
                ["irrelevant"],
            ),
            S(
                "Asked about the US election, he said he had worked with Donald Trump for four years and respected "
                "Kamala Harris."
            ),
        ],
        [S("Zelensky congratulated him and said he looked forward to working together.")],
        [
            S(
                "Foreign Minister Andrii Sybiha, who replaced Dmytro Kuleba last month, invited the new secretary "
                "general to Kyiv.",
                "changed",
                "fm-sybiha",
                "Kuleba -> Sybiha, told in passing as a succession.",
            ),
            S("Stoltenberg is expected to chair the Munich Security Conference."),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# A07 Hegseth in Brussels: membership not a realistic outcome (on topic: US denial, guarantees)
article(
    ARTICLES,
    "ara-2025-02-12-hegseth-unrealistic",
    "2025-02-12T20:00:00+00:00",
    "https://www.chinadaily.com.cn/a/202502/14/WS67aeae2fa310c240449d53fa.html",
    S(
        "Hegseth tells allies NATO membership for Kyiv is not a realistic outcome of peace talks",
        "contradicted",
        "hegseth-unrealistic",
        "US defence secretary asserting Ukraine will not join.",
    ),
    [
        [
            S(
                "BRUSSELS, February 12 – The United States does not see Ukraine joining NATO as a realistic result "
                "of a negotiated settlement, Defense Secretary Pete Hegseth told allies on Wednesday.",
                "contradicted",
                "hegseth-unrealistic",
                "The denial, against 'future is in NATO'.",
            ),
            S(
                "He said a return to Ukraine's borders of before 2014 was also an unrealistic objective and that "
                "chasing it would only prolong the war."
            ),
        ],
        [
            S(
                "Any security guarantee for Kyiv must instead be backed by capable European and non-European "
                "troops, Hegseth said.",
                "new",
                "nonnato-force",
                "Guarantee by a non-NATO force offered instead of membership (conventions: new).",
            ),
            S(
                "If such troops were deployed as peacekeepers, they should serve in a mission outside NATO and "
                "not be covered by Article 5, he added.",
                "new",
                "nonnato-force",
                "Same force, its terms.",
            ),
            S(
                "No American soldiers would be sent to Ukraine.",
                "new",
                "us-no-troops-2025",
                "US contribution to guarantees excludes troops; no seed counterpart.",
            ),
        ],
        [
            S(
                "He spoke at his first meeting of the Ukraine Defence Contact Group, chaired for the first time by "
                "Britain's John Healey."
            ),
            S("“We hear you,” Healey replied, promising that Europe would step up."),
        ],
        [
            S(
                "Earlier in the day Hegseth met his Ukrainian counterpart, Defence Minister Rustem Umerov.",
                "known",
                None,
                "Seed 001: Umerov is defence minister.",
                ["irrelevant"],
            ),
            S(
                "Hours later President Donald Trump said he had spoken to Vladimir Putin by phone and that "
                "negotiations would start immediately."
            ),
            S(
                "Asked in the Oval Office about Kyiv's hopes of joining the alliance, Trump said he did not think "
                "that was practical.",
                "contradicted",
                "trump-not-practical",
                "The US president dismissing Ukraine's membership (conventions: denial, hedged or not).",
            ),
        ],
        [
            S(
                "Putin has made Kyiv's formal renunciation of its NATO ambitions a condition for ending the war.",
                "contradicted",
                "putin-demands-renounce",
                "Russian demand that Ukraine renounce membership; arguable, so new is accepted.",
                ["new"],
            ),
            S(
                "Only last July the allies described Ukraine's path to membership as irreversible.",
                "known",
                None,
                "Seed 003: the Washington summit's 'irreversible' path.",
            ),
        ],
        [
            S(
                "Mark Rutte, who succeeded Stoltenberg at the head of the alliance in October, said European allies "
                "had raised defence spending by 20 percent last year.",
                "changed",
                "secgen-rutte",
                "Office holder: Rutte succeeded Stoltenberg.",
            ),
            S(
                "EU foreign policy chief Kaja Kallas said Ukraine's independence and territorial integrity were "
                "unconditional."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# A08 Berlin talks: Zelensky offers to drop the NATO bid for guarantees (on topic)
article(
    ARTICLES,
    "ara-2025-12-14-berlin-nato-bid",
    "2025-12-14T22:30:00+00:00",
    "https://www.channelnewsasia.com/world/ukraine-drops-nato-goal-trump-envoy-sees-progress-peace-talks-russia-zelenskyy-putin-russia-5581336",
    S(
        "Zelensky offers to give up NATO ambition in return for binding Western guarantees",
        "contradicted",
        "kyiv-drops-nato-bid",
        "Kyiv abandoning its membership goal cannot square with 'future is in NATO'; "
        "a guarantee instead of membership could also be read as new.",
        ["new"],
    ),
    [
        [
            S(
                "BERLIN, December 14 – Volodymyr Zelensky said on Sunday that Ukraine was ready to drop its bid to "
                "join NATO if the United States and Europe gave it legally binding security guarantees.",
                "contradicted",
                "kyiv-drops-nato-bid",
                "Kyiv renounces its membership aim (conditionally).",
                ["new"],
            ),
            S(
                "He spoke to reporters in a messaging chat before more than five hours of talks with US envoys "
                "Steve Witkoff and Jared Kushner, hosted by Chancellor Friedrich Merz."
            ),
        ],
        [
            S(
                "Joining the alliance has been Kyiv's goal from the start because it offers real protection, he "
                "said.",
                "known",
                None,
                "Seeds 001/003: Kyiv sees membership as the real guarantee.",
                ["irrelevant"],
            ),
            S(
                "Some partners in the United States and Europe had not backed that course, he added.",
                "new",
                "partners-not-backing",
                "Named reluctant allies, consensus lacking (conventions: new); could be "
                "read as a denial.",
                ["contradicted"],
            ),
        ],
        [
            S(
                "Bilateral guarantees from Washington modelled on Article 5, with commitments from European "
                "partners, Canada and Japan, could prevent another Russian invasion, Zelensky said.",
                "new",
                "article5-like-dec2025",
                "Article-5-like guarantees outside NATO (conventions: new).",
            ),
            S(
                "“That is already a compromise on our part,” he said.",
                "contradicted",
                "kyiv-drops-nato-bid",
                "Same concession, vague as a quote.",
                ["new", "irrelevant"],
            ),
            S(
                "The guarantees would have to be legally binding and backed by the US Congress, he insisted.",
                "new",
                "guarantees-congress",
                "Kyiv's condition on the guarantees; no seed counterpart.",
            ),
        ],
        [
            S(
                "Ukraine wrote the goal of membership into its constitution in 2019.",
                "known",
                None,
                "Seed 004: the 2019 constitutional amendment.",
            ),
            S(
                "Dropping it would meet a central demand of the Kremlin, which insists that Kyiv formally renounce "
                "any plan to join.",
                "contradicted",
                "putin-demands-renounce",
                "Russian demand that Ukraine renounce membership; new accepted too.",
                ["new"],
            ),
        ],
        [
            S(
                "Zelensky again rejected a US idea that Ukrainian forces withdraw from the part of Donetsk region "
                "they still hold."
            ),
            S("Russia fired more than 1,500 drones at Ukraine over the past week, he said."),
        ],
        [
            S(
                "Ukraine's team was led by Rustem Umerov, now secretary of the National Security and Defence "
                "Council.",
                "changed",
                "nsdc-umerov",
                "Office holder: NSDC secretary (Danilov in seed 002) is now Umerov, no longer defence minister.",
            ),
            S(
                "Andriy Yermak, who ran the negotiations until he quit as head of the presidential office in late "
                "November, was not in Berlin.",
                "changed",
                "yermak-gone",
                "Yermak (seed 001: head of the President's Office) has left the post.",
            ),
        ],
        [
            S(
                "Pete Hegseth, the US defence secretary, had written off membership for Ukraine in February as an "
                "unrealistic outcome of any settlement.",
                "contradicted",
                "hegseth-unrealistic",
                "The February denial, recalled in idiom.",
            )
        ],
    ],
    True,
)


# ============================================================================================
# NEAR OR OFF TOPIC (4)
# ============================================================================================

# --------------------------------------------------------------------------------------------
# B01 Zaluzhnyi replaced by Syrskyi (off topic: military command; incidental Umerov line)
article(
    ARTICLES,
    "ara-2024-02-08-zaluzhnyi-syrskyi",
    "2024-02-08T21:00:00+00:00",
    "https://www.nation.com.pk/09-Feb-2024/zelensky-fires-ukraine-s-military-chief-in-major-shakeup-nearly-two-years-into-war",
    S(
        "Zelensky replaces army chief Zaluzhnyi with Syrskyi in biggest military shake-up of the war"
    ),
    [
        [
            S(
                "KYIV, February 8 – President Volodymyr Zelensky dismissed General Valerii Zaluzhnyi as "
                "commander-in-chief of the armed forces on Thursday and named Colonel General Oleksandr Syrskyi in "
                "his place."
            ),
            S(
                "The two men met earlier in the day and discussed what kind of renewal the army needed, Zelensky "
                "wrote on Telegram."
            ),
        ],
        [
            S("“The time for such a renewal is now,” he said."),
            S(
                "Zaluzhnyi wrote that the tasks of 2022 were different from those of 2024 and that everyone had to "
                "adapt."
            ),
        ],
        [
            S(
                "Defence Minister Rustem Umerov thanked the general and said new approaches and strategies were "
                "needed.",
                "known",
                None,
                "Seed 001: Umerov is defence minister.",
                ["irrelevant"],
            )
        ],
        [
            S(
                "Syrskyi, who has commanded the land forces since 2019, led the defence of Kyiv in 2022 and the "
                "counteroffensive that freed most of the Kharkiv region that autumn."
            ),
            S(
                "Relations between the president and the popular Zaluzhnyi soured after last year's counteroffensive "
                "fell short of its goals."
            ),
        ],
        [
            S(
                "In November the general wrote in an essay for The Economist that the war had reached a "
                "stalemate, a description Zelensky rejected."
            ),
            S(
                "The change comes as Ukraine faces shortages of troops and shells, with a 60 billion dollar aid "
                "package held up in the US Congress."
            ),
        ],
        [S("Zaluzhnyi was reported to have turned down another post offered to him.")],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# B02 Kursk incursion (off topic: battlefield)
article(
    ARTICLES,
    "ara-2024-08-11-kursk-incursion",
    "2024-08-11T09:00:00+00:00",
    "https://www.thejournal.ie/ukraine-invasion-russia-kursk-6460236-Aug2024/",
    S("Zelensky acknowledges Ukrainian incursion into Russia's Kursk region for the first time"),
    [
        [
            S(
                "KYIV, August 11 – President Volodymyr Zelensky has for the first time publicly acknowledged that "
                "Ukrainian troops are fighting inside Russia, five days after they crossed into the Kursk "
                "region."
            ),
            S(
                "In his nightly address he said army chief Oleksandr Syrskyi had reported several times on efforts "
                "to push the war onto the aggressor's territory."
            ),
        ],
        [
            S(
                "Russian authorities declared a counter-terrorism regime in the Kursk, Bryansk and Belgorod border "
                "regions and have evacuated tens of thousands of residents."
            ),
            S(
                "Vladimir Putin called the attack a large-scale provocation, and Russia's top general vowed to "
                "crush it."
            ),
        ],
        [
            S(
                "Ukrainian units are reported to have reached the town of Sudzha, home to a gas metering station "
                "through which Russian gas still flows to Europe."
            ),
            S(
                "Analysts at the Institute for the Study of War said the advance was up to 10 kilometres deep in "
                "places."
            ),
        ],
        [
            S(
                "The US State Department said it was seeking details and had not been told in advance."
            ),
            S(
                "Western governments eased some limits on the use of their weapons against targets inside Russia "
                "in May, after Russian forces attacked the Kharkiv region."
            ),
        ],
        [
            S(
                "Kyiv ordered the evacuation of about 6,000 people from the neighbouring Sumy region."
            ),
            S(
                "It is the largest attack on Russian soil by a foreign army since the Second World War."
            ),
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# B03 Gas transit via Ukraine ends (off topic: energy; incidental Fico veto line)
article(
    ARTICLES,
    "ara-2025-01-01-gas-transit-ends",
    "2025-01-01T17:00:00+00:00",
    "https://www.politico.eu/article/robert-fico-vladimir-putin-cutting-off-russia-gas-to-the-eu/",
    S("Russian gas stops flowing to Europe through Ukraine as transit deal expires"),
    [
        [
            S(
                "KYIV, January 1 – Russian natural gas stopped flowing through Ukraine to Europe on Wednesday "
                "morning after a five-year transit contract between Gazprom and Ukraine's operator expired."
            ),
            S(
                "Kyiv had said for months that it would not extend the arrangement while the war goes on."
            ),
        ],
        [
            S(
                "Slovak Prime Minister Robert Fico said the European Union, not Russia, would pay for the decision, "
                "and put Slovakia's lost transit fees at about 500 million euros a year."
            ),
            S("He has threatened to cut off electricity exports to Ukraine in retaliation."),
        ],
        [
            S(
                "Fico, who met Putin in Moscow in December, has also said that as long as he governs Slovakia will "
                "never agree to Ukraine joining NATO.",
                "contradicted",
                "fico-never",
                "An ally's leader pledging to block membership (conventions: contradicted).",
            ),
            S("Energy Minister Herman Halushchenko called the end of transit a historic event."),
        ],
        [
            S(
                "The route through Ukraine was Russia's oldest gas corridor to Europe and carried about 15 billion "
                "cubic metres last year."
            ),
            S(
                "Russian gas still reaches Hungary, Serbia and Turkey through the TurkStream pipeline under the "
                "Black Sea."
            ),
        ],
        [
            S(
                "The European Commission said the bloc had prepared for the cut and that most member states could "
                "easily switch to other suppliers."
            ),
            S(
                "In Moldova's breakaway Transnistria region, heating and hot water were cut for households after "
                "supplies stopped."
            ),
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# B04 Drones over Poland, Article 4 (off topic: alliance airspace; incidental 32 line)
article(
    ARTICLES,
    "ara-2025-09-10-poland-drones-article4",
    "2025-09-10T18:30:00+00:00",
    "https://www.channelnewsasia.com/world/poland-shoots-russian-drones-airspace-nato-defence-obligations-5343736",
    S("Poland shoots down Russian drones and asks NATO for Article 4 talks"),
    [
        [
            S(
                "WARSAW, September 10 – Poland shot down drones that entered its airspace overnight during a large "
                "Russian attack on western Ukraine, the first time a NATO member is known to have fired on Russian "
                "military assets during the war."
            ),
            S(
                "Prime Minister Donald Tusk told parliament there had been 19 violations of Polish airspace and that "
                "at least three drones were downed."
            ),
        ],
        [
            S(
                "Dutch F-35 jets, an Italian surveillance plane and Polish fighters took part in the operation."
            ),
            S("Four airports, including Warsaw's Chopin, were closed for several hours."),
        ],
        [
            S(
                "Tusk said Poland was closer to open conflict than at any time since the Second World War but had no "
                "reason to think it was on the brink of war."
            ),
            S(
                "Warsaw formally asked for consultations under Article 4 of the North Atlantic Treaty."
            ),
        ],
        [
            S(
                "Ambassadors of all 32 allies met in Brussels under that article, only the eighth time it has been "
                "used since 1949.",
                "changed",
                "alliance-32",
                "Alliance size 32 against 31; incidental.",
                ["irrelevant"],
            ),
            S("Secretary General Mark Rutte called Russia's behaviour reckless."),
        ],
        [
            S(
                "Russia's defence ministry said it had struck military targets in western Ukraine and had not "
                "planned to hit anything in Poland."
            ),
            S(
                "Debris was found in several regions, and one drone damaged a house in the village of Wyryki."
            ),
        ],
        [
            S(
                "President Volodymyr Zelensky said the incursion set a dangerous precedent for Europe."
            )
        ],
    ],
    False,
)


# --------------------------------------------------------------------------------------------
