"""Article set b: the articles, sentence by sentence with their gold (`python3 ../build.py set_b`)."""

from corpus import S, article

CHANNEL = "Article set b: Ukraine, NATO and beyond"
DESCRIPTION = "12 articles rewritten from real 2023-2026 coverage (links point at the originals)."
ARTICLES: list = []

# ============================================================================================
# ON TOPIC (8)
# ============================================================================================

# --------------------------------------------------------------------------------------------
# O1 Turkey's parliament ratifies Sweden (on topic: Sweden's accession step)
article(
    ARTICLES,
    "arb-2024-01-23-turkey-ratifies-sweden",
    "2024-01-23T19:40:00+00:00",
    "https://www.newsx.com/national/turkeys-parliament-approves-swedens-nato-membership-bid/",
    S(
        "Turkish lawmakers back Sweden's NATO bid, leaving Hungary as the last holdout",
        "changed",
        "sweden-turkey-ratified",
        "Status step: seed 001 has Sweden waiting for Turkey; Turkey has now ratified.",
    ),
    [
        [
            S(
                "ANKARA, January 23 – Turkey's parliament voted on Tuesday to approve Sweden's entry into NATO, "
                "ending more than a year of delay that had exasperated Ankara's allies.",
                "changed",
                "sweden-turkey-ratified",
                "Turkey ratifies; seed 001 has this step still pending.",
            ),
            S(
                "The measure passed by 287 votes to 55, with four abstentions.",
                "changed",
                "sweden-turkey-ratified",
                "Result of the same ratification vote.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "The protocol now goes to President Recep Tayyip Erdogan, who is expected to sign it within days.",
                "changed",
                "sweden-turkey-ratified",
                "Last formality of Turkey's ratification.",
                ["irrelevant"],
            ),
            S(
                "Ankara has for months sought Washington's approval to buy 40 new F-16 fighter jets and kits to "
                "modernise its existing fleet."
            ),
        ],
        [
            S(
                "Hungary is now the only ally that has yet to ratify Stockholm's accession.",
                "changed",
                "sweden-turkey-ratified",
                "The remaining holdout is Hungary, not Turkey (seed 001).",
            ),
            S(
                "NATO Secretary General Jens Stoltenberg welcomed the vote and urged Budapest to complete its own "
                "ratification as soon as possible.",
                "changed",
                "sweden-turkey-ratified",
                "Implies Turkey's step is done and Hungary's is pending.",
            ),
        ],
        [
            S(
                "Sweden and Finland dropped decades of military non-alignment and applied together in May 2022, "
                "shortly after Russia's full-scale invasion of Ukraine.",
                "known",
                None,
                "Seed 001: both abandoned non-alignment to seek membership.",
            ),
            S(
                "Helsinki was admitted last year, while Ankara held Stockholm's application back, accusing it of "
                "harbouring Kurdish militants.",
                "known",
                None,
                "Seed 001: Finland admitted, Sweden waiting on Turkey (as of 2023).",
            ),
        ],
        [
            S(
                "Sweden has since tightened its anti-terrorism laws and eased restrictions on arms exports to "
                "Turkey."
            )
        ],
        [
            S(
                "Moscow has warned both Nordic countries that their membership would draw a military response.",
                "known",
                None,
                "Seed 001: Russia threatened Finland and Sweden with consequences.",
            ),
            S(
                "Earlier this month Sweden's armed forces commander told Swedes to prepare themselves mentally for "
                "the possibility of war."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# O2 Germany and France agreements (on topic: bilateral count)
article(
    ARTICLES,
    "arb-2024-02-16-germany-france-agreements",
    "2024-02-16T21:15:00+00:00",
    "https://www.arkansasonline.com/news/2024/feb/17/ukraine-germany-france-ink-accords/",
    S(
        "Zelensky signs ten-year security pacts with Germany and France on the same day",
        "changed",
        ["germany-agreement", "france-agreement"],
        "Two more concluded bilateral agreements; the seed has only the UK's.",
    ),
    [
        [
            S(
                "PARIS, February 16 – President Volodymyr Zelensky signed long-term security agreements with Germany "
                "and France on Friday, two of the commitments promised under the Group of Seven declaration at "
                "NATO's Vilnius summit last July.",
                "changed",
                ["germany-agreement", "france-agreement"],
                "Two further concluded agreements (seed 003: only the UK's).",
            ),
            S(
                "He began the day in Berlin with Chancellor Olaf Scholz and ended it at the Elysee Palace with "
                "President Emmanuel Macron."
            ),
        ],
        [
            S(
                "Scholz called the accord a historic step.",
                "changed",
                "germany-agreement",
                "Refers to the German signing; vague on its own.",
                ["irrelevant"],
            ),
            S(
                "Berlin separately announced a military aid package worth 1.1 billion euros, including 36 howitzers "
                "and 120,000 rounds of artillery ammunition."
            ),
        ],
        [
            S(
                "Under the French text, Paris will provide up to 3 billion euros in additional military aid this "
                "year.",
                "new",
                "france-aid-2024",
                "Aid figure written into the agreement.",
                ["irrelevant"],
            ),
            S(
                "Both documents run for ten years and oblige the two sides to consult within 24 hours if Russia "
                "attacks Ukraine again.",
                "new",
                "agreements-ten-years",
                "The ten-year term has no seed counterpart; the 24-hour consultation is seed 003.",
            ),
        ],
        [
            S(
                "Macron said the outcome of Russia's war would decide Europe's interests, values and security."
            ),
            S(
                "Zelensky said Ukraine had never before held security documents of such value.",
                "changed",
                ["germany-agreement", "france-agreement"],
                "Refers to the new signings; vague as a quote.",
                ["irrelevant"],
            ),
            S(
                "Talks on similar agreements with other partners are under way, he added.",
                "known",
                None,
                "Seed 003: further agreements are under negotiation.",
            ),
        ],
        [
            S(
                "Britain was the first to conclude such a pact with Kyiv, in January.",
                "known",
                None,
                "Seed 003: the UK concluded the first agreement on 12 January 2024.",
            ),
            S(
                "With Friday's signings, Ukraine now has three of them.",
                "changed",
                ["germany-agreement", "france-agreement"],
                "Count of concluded agreements: three against the seed's one.",
            ),
        ],
        [
            S(
                "The agreements are meant to lapse once Ukraine becomes a member of NATO.",
                "known",
                None,
                "Seed 003: the agreements expire when Ukraine achieves membership.",
            ),
            S(
                "The German text also states that Ukraine's future lies in the alliance and commits Berlin to "
                "supporting the reforms needed on the way.",
                "known",
                None,
                "Seeds: 'Ukraine's future is in NATO'; support for its NATO ambitions (seed 000).",
                ["new"],
            ),
        ],
        [
            S(
                "Zelensky's trip came on the day Russian prison authorities announced the death of opposition "
                "leader Alexei Navalny."
            )
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# O3 US agreement at the G7 (on topic: bilateral count and terms)
article(
    ARTICLES,
    "arb-2024-06-13-us-agreement",
    "2024-06-13T20:30:00+00:00",
    "https://rferl.org/amp/g7-ukraine-loan-russian-assets-summit-italy/32990942.html",
    S(
        "Biden and Zelensky sign ten-year security pact that Kyiv calls a bridge to NATO",
        "changed",
        "us-agreement",
        "Another concluded agreement (the United States); the bridge wording is known.",
    ),
    [
        [
            S(
                "SAVELLETRI, Italy, June 13 – US President Joe Biden and President Volodymyr Zelensky signed a "
                "ten-year bilateral security agreement on Thursday on the sidelines of the Group of Seven summit in "
                "southern Italy.",
                "changed",
                "us-agreement",
                "A further concluded agreement.",
            ),
            S(
                "Biden said its aim was to strengthen Ukraine's capacity to defend itself and deter aggression for "
                "the long term.",
                "new",
                "us-agreement-terms",
                "Purpose of the agreement.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "The text commits Washington to long-term military, training, intelligence and defence-industrial "
                "support, but Biden stressed that it does not provide for American troops on the ground.",
                "new",
                "us-agreement-terms",
                "Scope of the agreement; no seed counterpart.",
            ),
            S(
                "If Ukraine is attacked again, senior officials of both countries are to meet within 24 hours to "
                "agree on a response and on Ukraine's additional defence needs.",
                "known",
                None,
                "Seed 003: consultation within 24 hours.",
            ),
        ],
        [
            S(
                "Zelensky described the accord as a bridge to his country's accession, noting that it records "
                "American support for Ukraine's future membership of the alliance.",
                "known",
                None,
                "Seeds: assistance as a bridge to membership; Ukraine's future is in NATO.",
                ["new"],
            ),
            S(
                "Because it is an executive agreement rather than a treaty approved by the Senate, a future president "
                "could walk away from it.",
                "new",
                "us-agreement-not-treaty",
                "Legal form and durability of the US agreement; no seed counterpart.",
            ),
        ],
        [
            S(
                "Japanese Prime Minister Fumio Kishida signed a similar ten-year accord with Zelensky at the same "
                "summit.",
                "changed",
                "japan-agreement",
                "Another concluded agreement (Japan).",
            ),
            S(
                "Before the signing, National Security Adviser Jake Sullivan said Kyiv had already concluded such "
                "agreements with 15 other countries.",
                "changed",
                "us-agreement",
                "Count of concluded agreements (15) against the seed's one.",
            ),
        ],
        [
            S(
                "The G7 leaders also agreed to lend Ukraine about 50 billion dollars backed by income from frozen "
                "Russian assets."
            ),
            S(
                "Zelensky said he urgently needed seven Patriot air defence systems to protect cities and power "
                "plants."
            ),
        ],
        [
            S(
                "Under the G7 declaration of July 2023, each signatory undertakes to help build Ukrainian forces able "
                "to deter Russia, without extending NATO's mutual defence clause to Kyiv.",
                "known",
                None,
                "Seed 003: sustainable forces, no Article 5.",
            ),
            S(
                "Zelensky has said such pacts cannot take the place of membership.",
                "known",
                None,
                "Seed 003: they cannot substitute for NATO membership.",
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# O4 Washington summit declaration (on topic: mostly restatement, NSATU, senior representative)
article(
    ARTICLES,
    "arb-2024-07-10-washington-declaration",
    "2024-07-10T23:00:00+00:00",
    "https://www.finanznachrichten.de/nachrichten-2024-07/62707557-nato-summit-pledges-dollar-43-bln-security-aid-to-ukraine-supports-membership-020.htm",
    S(
        "NATO calls Ukraine's road to membership “irreversible” but again holds back an invitation",
        "known",
        None,
        "Seed 003: irreversible path, no invitation.",
    ),
    [
        [
            S(
                "WASHINGTON, July 10 – NATO leaders told Ukraine on Wednesday that its road to membership could not "
                "be reversed, while once more declining to say when Kyiv might join.",
                "known",
                None,
                "Seed 003: irreversible path; seed 000: no timeline.",
            ),
            S(
                "The declaration of the alliance's 75th anniversary summit repeats that Ukraine's future is in NATO "
                "and that an invitation will follow when allies agree and conditions are met.",
                "known",
                None,
                "Seeds 000/003: the Vilnius formula, reaffirmed.",
            ),
        ],
        [
            S(
                "Leaders pledged a minimum baseline of 40 billion euros in military aid for Ukraine within the next "
                "year.",
                "new",
                "nato-40bn-pledge",
                "Aid figure; no seed counterpart.",
                ["irrelevant"],
            ),
            S(
                "They also agreed to set up a command in Wiesbaden, Germany, known as NATO Security Assistance and "
                "Training for Ukraine, to coordinate weapons deliveries and training for Kyiv.",
                "new",
                "nsatu-created",
                "NSATU decided; no seed counterpart.",
            ),
            S(
                "Officials presented the package as a bridge to eventual membership.",
                "known",
                None,
                "Seed 003: assistance as a 'bridge' to membership.",
            ),
        ],
        [
            S(
                "Secretary General Jens Stoltenberg said the work would allow Ukraine to join without delay once the "
                "time was right, calling it a question of when, not if.",
                "known",
                None,
                "Restates the eventual-membership and irreversible-path claims.",
                ["new"],
            ),
            S(
                "He will also appoint a senior NATO civilian representative in Kyiv to deepen ties with the "
                "Ukrainian government.",
                "new",
                "nato-senior-representative",
                "A new NATO post in Kyiv; no seed counterpart.",
            ),
        ],
        [
            S(
                "The allies welcomed Sweden, which joined in March, as their 32nd member.",
                "changed",
                ["sweden-joined", "alliance-32"],
                "Sweden is a member (seed 001: waiting on Turkey); 32 allies "
                "against the seeds' 31.",
            ),
            S(
                "Hungarian Prime Minister Viktor Orban, who visited Moscow and Beijing in the days before the summit, "
                "drew sharp criticism from other leaders."
            ),
        ],
        [
            S(
                "President Joe Biden announced that five more strategic air defence systems, among them Patriot "
                "batteries, would go to Ukraine."
            ),
            S(
                "Washington also said it would begin stationing longer-range missiles in Germany in 2026."
            ),
        ],
        [
            S(
                "Zelensky welcomed the decisions but said Kyiv would keep pressing for an invitation.",
                "known",
                None,
                "Seed 002: Ukraine seeks an invitation.",
                ["new"],
            ),
            S(
                "Kremlin spokesman Dmitry Peskov said the summit showed how deeply the alliance was now involved in "
                "the war."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# O5 Kuleba resigns, Sybiha appointed (on topic: office holder)
article(
    ARTICLES,
    "arb-2024-09-05-kuleba-sybiha",
    "2024-09-05T15:20:00+00:00",
    "https://kyivindependent.com/parliament-approves-fm-kulebas-resignation/",
    S(
        "Ukraine's parliament accepts Kuleba's resignation and names Sybiha foreign minister",
        "changed",
        "foreign-minister-sybiha",
        "Office holder: foreign minister Kuleba (seed 001) -> Sybiha.",
    ),
    [
        [
            S(
                "KYIV, September 5 – Ukraine's parliament on Thursday accepted the resignation of Dmytro Kuleba, "
                "who had led the country's diplomacy since 2020.",
                "changed",
                "foreign-minister-sybiha",
                "The seed's foreign minister leaves office.",
            ),
            S(
                "A total of 240 lawmakers voted in favour, according to lawmaker Yaroslav Zhelezniak.",
                "changed",
                "foreign-minister-sybiha",
                "Vote on the same departure.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "Hours later the chamber appointed his first deputy, Andrii Sybiha, a career diplomat who once "
                "served as ambassador to Turkey and as deputy head of the President's Office, in his place.",
                "changed",
                "foreign-minister-sybiha",
                "Kuleba -> Sybiha.",
            ),
            S(
                "Kuleba gave no reason for stepping down, and a source close to the President's Office said he had "
                "wanted out.",
                "changed",
                "foreign-minister-sybiha",
                "Same departure.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "The reshuffle is the biggest since Russia's full-scale invasion, with about a third of the cabinet "
                "replaced this week."
            )
        ],
        [
            S("The strategic industries, justice and environment ministers also resigned."),
            S(
                "President Volodymyr Zelensky said the government needed new energy before an autumn he called "
                "extremely important for the country."
            ),
        ],
        [
            S(
                "Kuleba was one of Kyiv's best-known faces abroad, pressing allies for weapons and for a clear "
                "timetable for joining NATO.",
                "known",
                None,
                "Seed 000: Ukraine demanded a clear timeline.",
                ["irrelevant"],
            ),
            S(
                "Last year he flatly rejected a suggestion by a NATO official that Ukraine might give up territory "
                "in exchange for membership.",
                "known",
                None,
                "Seed 001: Kuleba's rebuttal of Jenssen.",
            ),
        ],
        [
            S(
                "The new minister inherits a campaign for an invitation to join the alliance, which members have so "
                "far withheld.",
                "known",
                None,
                "Seeds: Ukraine seeks an invitation; none has been issued.",
                ["changed"],
            ),
            S(
                "Kremlin spokesman Dmitry Peskov said the change would not affect the prospects for talks."
            ),
        ],
        [
            S(
                "On Tuesday a Russian missile strike on a military institute in Poltava killed more than 50 "
                "people."
            )
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# O6 Zelensky's victory plan (on topic: invitation request, deterrence package, Rutte)
article(
    ARTICLES,
    "arb-2024-10-16-victory-plan",
    "2024-10-16T14:00:00+00:00",
    "https://itv.com/news/2024-10-16/volodymyr-zelenskyy-unveils-victory-plan-to-ukrainian-parliament",
    S(
        "Zelensky puts a NATO invitation at the top of his ‘victory plan’",
        "new",
        "victory-plan-invitation",
        "An invitation now as the plan's first point; no seed counterpart.",
    ),
    [
        [
            S(
                "KYIV, October 16 – President Volodymyr Zelensky told parliament on Wednesday that an immediate "
                "invitation to join NATO is the first of five points in the “victory plan” he has been presenting "
                "to allies.",
                "new",
                "victory-plan-invitation",
                "The plan's invitation demand.",
            ),
            S(
                "If partners backed the plan now, the war could end no later than next year, he said.",
                "new",
                "victory-plan-invitation",
                "Claim about the plan as a whole.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "Kyiv understands that membership itself is a matter for the future, not the present, Zelensky said, "
                "but an invitation now would show Vladimir Putin that his geopolitical calculations had failed.",
                "known",
                None,
                "Seed 002: Ukraine cannot join while at war; an invitation as a signal.",
                ["new"],
            ),
            S(
                "An invitation, he told lawmakers, is a decision that requires nothing but determination.",
                "new",
                "victory-plan-invitation",
                "Same demand.",
            ),
        ],
        [
            S(
                "Another point calls for a comprehensive non-nuclear strategic deterrence package to be deployed on "
                "Ukrainian territory, with details kept in a secret annex.",
                "new",
                "victory-plan-deterrence",
                "A deterrence arrangement for Ukraine; no seed counterpart.",
            ),
            S(
                "He also asked allies to lift the limits on striking targets inside Russia with Western weapons."
            ),
        ],
        [
            S(
                "After the war, the plan proposes, Ukrainian units could replace some American troops stationed in "
                "Europe.",
                "new",
                "victory-plan-postwar",
                "Ukraine's post-war role in allied security.",
                ["irrelevant"],
            )
        ],
        [
            S(
                "Mark Rutte, who took over from Jens Stoltenberg as NATO's secretary general at the start of the "
                "month, said the alliance stood firmly behind Kyiv but could not endorse every element of the plan.",
                "changed",
                "secgen-rutte",
                "Office holder: Stoltenberg (seeds) -> Rutte.",
            ),
            S(
                "Diplomats say several allies, among them the United States and Germany, remain reluctant to issue "
                "an invitation while fighting continues.",
                "new",
                "no-consensus-invite-2024",
                "Consensus lacking now, named reluctant allies (conventions: new).",
            ),
        ],
        [
            S(
                "Zelensky is due to present the plan to European Union leaders in Brussels on Thursday."
            ),
            S("Russian forces meanwhile kept up their slow advance in the eastern Donetsk region."),
        ],
        [
            S(
                "At their Washington summit in July the allies called Ukraine's path irreversible but again offered "
                "no invitation.",
                "known",
                None,
                "Seed 003: irreversible path, no invitation.",
            )
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# O7 Hegseth in Brussels (on topic: US denial, guarantees design, office holder)
article(
    ARTICLES,
    "arb-2025-02-12-hegseth-unrealistic",
    "2025-02-12T18:45:00+00:00",
    "https://www.armytimes.com/news/pentagon-congress/2025/02/12/hegseth-calls-nato-membership-for-ukraine-unrealistic/",
    S(
        "Hegseth tells allies NATO membership for Ukraine is unrealistic",
        "contradicted",
        "hegseth-unrealistic",
        "The US government says membership is not a realistic outcome (conventions: denial).",
    ),
    [
        [
            S(
                "BRUSSELS, February 12 – US Defence Secretary Pete Hegseth told Ukraine's backers on Wednesday that "
                "Washington does not see NATO membership for Kyiv as a realistic outcome of a negotiated "
                "settlement.",
                "contradicted",
                "hegseth-unrealistic",
                "Denial by the US government.",
            ),
            S(
                "He also called a return to Ukraine's borders before 2014 an “illusionary goal” that would only "
                "prolong the war."
            ),
        ],
        [
            S(
                "Any durable peace, Hegseth said, must rest on robust security guarantees provided by capable "
                "European and non-European troops.",
                "new",
                "hegseth-guarantees-europe",
                "Guarantees by a non-US force instead of membership; no seed counterpart.",
            ),
            S(
                "Such a force should be deployed as a non-NATO mission and should not enjoy Article 5 protection if "
                "it clashes with Russian forces, he said.",
                "new",
                "hegseth-guarantees-europe",
                "Terms of the proposed force.",
            ),
            S(
                "There will be no American troops in Ukraine, he added.",
                "new",
                "hegseth-guarantees-europe",
                "US role in the guarantees.",
            ),
        ],
        [
            S(
                "Hegseth was addressing the Ukraine Defence Contact Group, which his predecessor at the Pentagon, "
                "Lloyd Austin, set up in 2022.",
                "changed",
                "us-defsec-hegseth",
                "Office holder: US defence secretary Austin (seed 000) -> Hegseth, told indirectly.",
            ),
            S("For the first time Britain rather than the United States chaired the meeting."),
        ],
        [
            S(
                "Hours later President Donald Trump said he had spoken to Vladimir Putin by phone and that the two "
                "had agreed to start negotiations on ending the war."
            )
        ],
        [
            S(
                "The next day Secretary General Mark Rutte said the alliance had never promised Kyiv that a peace "
                "deal would end with Ukraine inside NATO.",
                "new",
                "rutte-no-peace-deal-promise",
                "Membership not promised as part of a settlement; the long-term commitment is not denied.",
                ["contradicted"],
            ),
            S(
                "Defence Minister Rustem Umerov said Ukraine's position was unchanged and that it would keep "
                "working towards membership.",
                "known",
                None,
                "Umerov as defence minister matches seed 001; Ukraine pursues membership.",
            ),
        ],
        [
            S(
                "At their Washington summit last July, the allies declared that Ukraine's path to membership was "
                "irreversible.",
                "known",
                None,
                "Seed 003: irreversible path.",
            ),
            S(
                "Zelensky has long argued that no other arrangement can substitute for joining the alliance.",
                "known",
                None,
                "Seed 003: guarantees cannot substitute for membership.",
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# O8 Berlin talks: Zelensky offers to drop the NATO goal (on topic)
article(
    ARTICLES,
    "arb-2025-12-14-berlin-talks",
    "2025-12-14T21:30:00+00:00",
    "https://www.channelnewsasia.com/world/ukraine-drops-nato-goal-trump-envoy-sees-progress-peace-talks-russia-zelenskyy-putin-russia-5581336",
    S(
        "Zelensky offers to give up NATO goal in return for Western guarantees as Berlin talks open",
        "contradicted",
        "zelensky-drops-nato-goal",
        "Kyiv offering to renounce membership, against 'Ukraine's future is in NATO'; arguably a guarantee "
        "trade-off.",
        ["new"],
    ),
    [
        [
            S(
                "BERLIN, December 14 – President Volodymyr Zelensky offered on Sunday to abandon Ukraine's bid to "
                "join NATO if the United States and Europe give Kyiv legally binding security guarantees.",
                "contradicted",
                "zelensky-drops-nato-goal",
                "Offer to renounce membership.",
                ["new"],
            ),
            S(
                "He spoke before more than five hours of talks with US envoy Steve Witkoff and Jared Kushner, hosted "
                "by German Chancellor Friedrich Merz."
            ),
        ],
        [
            S(
                "From the start Ukraine wanted to join NATO, which would be a real guarantee of its security, but "
                "some partners in the United States and Europe did not support that course, Zelensky told "
                "reporters.",
                "contradicted",
                "partners-oppose-membership",
                "Reports the US and others opposing membership (conventions: contradicted).",
                ["new"],
            ),
            S(
                "Bilateral guarantees from Washington modelled on Article 5, alongside commitments from European "
                "countries, Canada and Japan, could now prevent another Russian invasion, he said.",
                "new",
                "us-article5-like-guarantees",
                "Article-5-like guarantees outside NATO (new).",
            ),
            S(
                "Dropping the membership goal was already a compromise on Kyiv's part, he added.",
                "contradicted",
                "zelensky-drops-nato-goal",
                "Same offer.",
                ["new"],
            ),
        ],
        [
            S(
                "Any such guarantee would have to be backed by a vote in the US Congress, Zelensky said.",
                "new",
                "us-article5-like-guarantees",
                "Condition on the same guarantees.",
            ),
            S(
                "He again refused to hand over the part of the Donetsk region still held by Ukrainian troops."
            ),
        ],
        [
            S(
                "Witkoff said afterwards that a lot of progress had been made and that the two sides would meet "
                "again on Monday."
            ),
            S(
                "Ukraine's delegation was led by Rustem Umerov, who left the defence ministry in July to become "
                "secretary of the National Security and Defence Council.",
                "changed",
                "umerov-to-nsdc",
                "Office holders: Umerov no longer defence minister (seed 001); new NSDC secretary (seed 002: "
                "Danilov).",
            ),
            S(
                "He took charge of the talks after Andriy Yermak resigned as head of the President's Office last "
                "month, following anti-corruption searches at his home.",
                "changed",
                "yermak-resigns",
                "Office holder: Yermak (seeds 001/002) has left.",
            ),
        ],
        [
            S(
                "The Kremlin has repeatedly demanded that Kyiv formally renounce NATO membership as a condition of "
                "any settlement.",
                "contradicted",
                "russia-demands-renounce",
                "Russian demand to renounce membership; arguable, so new is accepted.",
                ["new"],
            ),
            S(
                "Ukraine wrote the goal of joining the alliance into its constitution in 2019.",
                "known",
                None,
                "Seed 004: the 2019 constitutional amendment.",
            ),
        ],
        [S("European leaders are due in Berlin on Monday to join the talks.")],
    ],
    True,
)


# ============================================================================================
# NEAR OR OFF TOPIC (4)
# ============================================================================================

# --------------------------------------------------------------------------------------------
# F1 Kakhovka dam (off topic; incidental Vilnius line)
article(
    ARTICLES,
    "arb-2023-06-06-kakhovka-dam",
    "2023-06-06T17:00:00+00:00",
    "https://kyivindependent.com/mayor-significant-flooding-in-nova-kakhovka-after-russia-destroys-the-southern-dam/",
    S("Kakhovka dam destroyed, flooding towns and villages along the Dnipro"),
    [
        [
            S(
                "KHERSON, June 6 – The Kakhovka dam on the Dnipro River was destroyed early on Tuesday, sending a "
                "torrent of water through dozens of towns and villages downstream."
            ),
            S(
                "Kyiv accused Russian forces, which have held the dam since the first days of the invasion, of "
                "blowing it up from inside, while Moscow blamed Ukrainian shelling."
            ),
        ],
        [
            S(
                "About 16,000 people live in areas at critical risk of flooding, regional officials said, and "
                "evacuation buses left Kherson throughout the day."
            ),
            S("The state hydropower company said the plant could not be repaired."),
        ],
        [
            S(
                "The reservoir supplies cooling water to the Zaporizhzhia nuclear power plant, but the International "
                "Atomic Energy Agency said there was no immediate danger."
            )
        ],
        [
            S(
                "President Volodymyr Zelensky called an emergency meeting of the National Security and Defence "
                "Council."
            ),
            S("He said the destruction would not stop Ukraine from liberating its land."),
        ],
        [
            S(
                "NATO Secretary General Jens Stoltenberg called the destruction outrageous and said it showed once "
                "more the brutality of Russia's war."
            )
        ],
        [
            S(
                "The disaster comes five weeks before NATO leaders meet in Vilnius, where Kyiv hopes for a clear "
                "signal on when it can join the alliance.",
                "known",
                None,
                "Seed 002: Ukraine hopes for a clear signal at Vilnius.",
                ["irrelevant"],
            ),
            S(
                "Ukraine's long-awaited counteroffensive in the south was widely expected to begin within weeks."
            ),
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# F2 First F-16s in Ukraine (off topic: weapons)
article(
    ARTICLES,
    "arb-2024-08-04-first-f16s",
    "2024-08-04T16:10:00+00:00",
    "https://www.pravda.com.ua/eng/news/2024/08/4/7468904/",
    S("Zelensky confirms first F-16 fighter jets have arrived in Ukraine"),
    [
        [
            S(
                "KYIV, August 4 – President Volodymyr Zelensky confirmed on Sunday that Ukraine had received its "
                "first F-16 fighter jets, standing beside two of the aircraft at an undisclosed airfield as two more "
                "flew overhead."
            ),
            S("“F-16s are in Ukraine,” he said on the day the country marks its air force."),
        ],
        [
            S(
                "He thanked Denmark, the Netherlands and the United States, the first countries to answer Kyiv's "
                "request, but did not say how many jets had arrived."
            ),
            S(
                "Allies have promised Ukraine around 65 of the American-made fighters, and Ukrainian pilots have "
                "trained on them in Denmark, Romania and the United States."
            ),
        ],
        [
            S(
                "The jets can strike ground targets and intercept cruise missiles, though analysts warn that Ukraine "
                "has too few trained pilots to shift the balance in the air quickly."
            ),
            S("Pilots said the aircraft would at first be used mainly for air defence."),
        ],
        [
            S(
                "The countries leading the fighter jet coalition had announced at NATO's Washington summit in July "
                "that the first jets would arrive this summer."
            )
        ],
        [
            S(
                "Russia has warned that it will treat the aircraft as legitimate targets wherever they are based."
            ),
            S(
                "Moscow has also claimed the jets could carry nuclear weapons, a suggestion Western officials "
                "dismissed."
            ),
        ],
        [
            S(
                "The arrival comes as Ukrainian forces struggle to hold back Russian advances near Pokrovsk in the "
                "east."
            )
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# F3 The Hague summit spending target (near topic: incidental 32 allies and the omitted membership line)
article(
    ARTICLES,
    "arb-2025-06-25-hague-five-percent",
    "2025-06-25T17:30:00+00:00",
    "https://www.livemint.com/news/world/after-donald-trump-s-pressure-and-fears-of-russian-aggression-nato-backs-5-gdp-defence-spending-goal-by-2035-11750858781270.html",
    S("NATO allies agree to raise defence spending to 5% of GDP by 2035"),
    [
        [
            S(
                "THE HAGUE, June 25 – NATO leaders agreed on Wednesday to lift defence spending to 5% of economic "
                "output by 2035, meeting a central demand of US President Donald Trump."
            ),
            S(
                "The target includes 3.5% of GDP for core defence and up to 1.5% for wider security needs such as "
                "cyber defence and infrastructure."
            ),
        ],
        [
            S(
                "In a short joint statement, the alliance's 32 members reaffirmed their “ironclad” commitment to "
                "collective defence under Article 5.",
                "changed",
                "alliance-32",
                "32 allies against the seeds' 31; incidental in a spending story.",
                ["irrelevant"],
            ),
            S(
                "Spain said it would not need to reach the full target, a view Secretary General Mark Rutte "
                "disputed."
            ),
        ],
        [
            S(
                "Trump, who had said on the way to the summit that there were various definitions of Article 5, "
                "told reporters afterwards that he stood with it."
            ),
            S("He called the spending deal a big win for Europe and for Western civilisation."),
        ],
        [
            S(
                "Unlike last year's declaration, the text made no reference to Ukraine's future membership of the "
                "alliance.",
                "new",
                "hague-text-omits-membership",
                "The summit text leaves out the membership line; not a denial (conventions: new).",
            ),
            S(
                "Allies may count direct support for Ukraine's defence and its arms industry towards the new "
                "spending target."
            ),
        ],
        [
            S(
                "President Volodymyr Zelensky attended a dinner hosted by the Dutch king on the eve of the summit and "
                "met Trump on its margins."
            ),
            S("The next summit will be held in Turkey in 2026."),
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# F4 Russian drones over Poland, Article 4 (off topic: NATO air defence)
article(
    ARTICLES,
    "arb-2025-09-10-poland-drones-article4",
    "2025-09-10T16:00:00+00:00",
    "https://www.channelnewsasia.com/world/poland-shoots-russian-drones-airspace-nato-defence-obligations-5343736",
    S("Poland shoots down Russian drones and asks allies for Article 4 consultations"),
    [
        [
            S(
                "WARSAW, September 10 – Poland shot down drones that entered its airspace during a massive Russian "
                "attack on Ukraine overnight, the first time a NATO member is known to have fired shots in the "
                "war."
            ),
            S(
                "Prime Minister Donald Tusk told parliament that 19 violations of Polish airspace had been recorded "
                "and that at least three drones were downed."
            ),
        ],
        [
            S(
                "Tusk said he had formally asked allies for consultations under Article 4 of the North Atlantic "
                "Treaty, which any member can invoke when it believes its security is threatened."
            ),
            S(
                "It is only the eighth time the article has been invoked since the alliance was founded in 1949."
            ),
        ],
        [
            S(
                "Dutch F-35 jets, an Italian surveillance aircraft and allied tankers supported the Polish "
                "operation."
            ),
            S("Four airports, including Warsaw's Chopin airport, were closed for several hours."),
        ],
        [
            S(
                "Russia's defence ministry said it had not planned to hit any targets in Poland and that its drones "
                "could not fly more than 700 kilometres."
            )
        ],
        [
            S(
                "President Volodymyr Zelensky offered to share Ukraine's experience in downing drones and called for "
                "a joint European air shield."
            ),
            S(
                "Tusk said it was the closest Europe had come to open conflict since the Second World War, but that "
                "he saw no reason to believe war was imminent."
            ),
        ],
        [S("Secretary General Mark Rutte called the incursion reckless.")],
    ],
    False,
)


# --------------------------------------------------------------------------------------------
