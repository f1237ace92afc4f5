"""Article set c: the articles, sentence by sentence with their gold (`python3 ../build.py set_c`)."""

from corpus import S, article

CHANNEL = "Article set C: Ukraine, NATO and beyond"
DESCRIPTION = "12 articles rewritten from real 2024-2026 coverage (links point at the originals)."
ARTICLES: list = []

# ============================================================================================
# ON TOPIC (8)
# ============================================================================================

# --------------------------------------------------------------------------------------------
# C01 EU, Lithuania and Estonia security agreements (on topic: bilateral count, terms)
article(
    ARTICLES,
    "arc-2024-06-27-eu-lithuania-estonia-agreements",
    "2024-06-27T15:20:00+00:00",
    "https://thestar.com.my/news/world/2024/06/27/ukraine-signs-security-pacts-with-eu-lithuania-and-estonia",
    S(
        "Ukraine seals security pacts with the EU, Lithuania and Estonia on summit sidelines",
        "changed",
        ["eu-agreement", "lithuania-agreement", "estonia-agreement"],
        "Three more concluded agreements; the seed has only the UK's concluded, others under negotiation.",
    ),
    [
        [
            S(
                "BRUSSELS, June 27 – The European Union and two of its member states, Lithuania and Estonia, signed "
                "security agreements with President Volodymyr Zelensky on Thursday, shortly before the bloc's leaders "
                "opened a two-day summit.",
                "changed",
                ["eu-agreement", "lithuania-agreement", "estonia-agreement"],
                "Three newly concluded security agreements (seed 003: only the UK's).",
            ),
            S(
                "The leaders were also expected to settle the bloc's top jobs, including Estonian Prime Minister Kaja "
                "Kallas as its next foreign policy chief."
            ),
        ],
        [
            S(
                "The EU text lists the bloc's commitments in nine areas of security and defence policy, among them "
                "arms deliveries, military training, defence industry cooperation and demining, according to a draft "
                "seen by reporters.",
                "new",
                "eu-agreement-terms",
                "Scope of the EU agreement; no seed counterpart.",
            ),
            S(
                "Under their own documents, Vilnius and Tallinn undertake to support Ukraine politically, militarily "
                "and economically for ten years.",
                "new",
                "baltic-agreements-terms",
                "Term (ten years) and scope of the two bilateral agreements; no seed counterpart.",
            ),
        ],
        [
            S(
                "Lithuanian President Gitanas Nauseda and Kallas have both promised to devote at least 0.25% of "
                "their countries' gross domestic product each year to military aid for Kyiv.",
                "new",
                "baltic-aid-pledge",
                "Aid level tied to the agreements; no seed counterpart.",
                ["irrelevant"],
            ),
            S(
                "Both Baltic governments are also among the firmest backers of Ukraine's entry into NATO.",
                "known",
                None,
                "Seeds: Lithuania (Landsbergis) backs a clear invitation; Ukraine's future is in NATO.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "With Thursday's three signings, the number of such security agreements Kyiv has concluded reached "
                "20, European Pravda reported.",
                "changed",
                "eu-agreement",
                "Count of concluded agreements: 20, against the seed's one.",
            ),
            S(
                "The United States put its name to a ten-year document of its own earlier this month, on the sidelines "
                "of the Group of Seven summit in Italy.",
                "changed",
                "us-agreement",
                "Another concluded agreement (United States); its term is ten years.",
            ),
        ],
        [
            S(
                "All of them grow out of the declaration the Group of Seven issued at NATO's Vilnius summit last July.",
                "known",
                None,
                "Seed 003: the G7 declaration of July 2023 is formalised in bilateral agreements.",
            ),
            S(
                "Britain was the first to turn that pledge into a signed agreement, in January.",
                "known",
                None,
                "Seed 003: the UK concluded the first agreement, on 12 January 2024.",
            ),
            S(
                "Officials stress that the documents do not amount to the mutual defence pact NATO members share, but "
                "are pledges of weapons and other aid to help Ukraine deter a future invasion.",
                "known",
                None,
                "Seed 003: the arrangements do not replicate Article V.",
            ),
        ],
        [
            S("The summit agenda also included the use of profits from frozen Russian assets."),
            S(
                "Hungary, which takes over the rotating EU presidency on Monday, has held up several payments from "
                "the European Peace Facility."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# C02 Rutte takes office as NATO Secretary General (on topic: office holder, 32 allies)
article(
    ARTICLES,
    "arc-2024-10-01-rutte-takes-office",
    "2024-10-01T13:05:00+00:00",
    "https://www.pravda.com.ua/eng/news/2024/10/1/7477583/",
    S(
        "Rutte takes the helm at NATO as Stoltenberg bows out after a decade",
        "changed",
        "secgen-rutte",
        "New holder of the office seed 002 gives to Stoltenberg.",
    ),
    [
        [
            S(
                "BRUSSELS, October 1 – Former Dutch prime minister Mark Rutte formally took over as NATO Secretary "
                "General on Tuesday, succeeding Jens Stoltenberg, who had led the alliance for ten years.",
                "changed",
                "secgen-rutte",
                "Rutte succeeds Stoltenberg, the seed's secretary general.",
            ),
            S(
                "The handover took place at a session of the North Atlantic Council at the alliance's headquarters.",
                "changed",
                "secgen-rutte",
                "Refers to the same handover; neutral wording.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "The Norwegian passed his successor the gavel that Iceland presented to NATO in 1963, which is brought "
                "out only on special occasions.",
                "changed",
                "secgen-rutte",
                "Ceremonial detail of the handover.",
                ["irrelevant"],
            )
        ],
        [
            S(
                "Rutte said his second priority, after keeping the alliance strong, was to step up support for Ukraine "
                "and bring it closer to membership.",
                "known",
                None,
                "Seeds: assistance as a bridge bringing Ukraine closer to membership (seeds 002, 003).",
                ["new"],
            ),
            S(
                "“There can be no security in Europe without a strong, independent Ukraine,” he said."
            ),
        ],
        [
            S(
                "He said he was not worried about the outcome of next month's US presidential election and would "
                "work with whoever won."
            )
        ],
        [
            S(
                "Allies declared at their Washington summit in July that Ukraine's road to membership could not be "
                "reversed, although they again stopped short of inviting Kyiv to join.",
                "known",
                None,
                "Seed 003: 'irreversible' path, no invitation.",
            ),
            S(
                "A year earlier in Vilnius they had spared Ukraine the Membership Action Plan and set up the "
                "NATO-Ukraine Council.",
                "known",
                None,
                "Seeds 001, 003: MAP dropped, NATO-Ukraine Council created.",
            ),
        ],
        [
            S(
                "Rutte, 57, was the longest-serving prime minister in Dutch history, in office for almost 14 years."
            ),
            S(
                "His path to the job cleared only after Romanian President Klaus Iohannis withdrew from the race and "
                "Hungary and Slovakia lifted their objections.",
                "changed",
                "secgen-rutte",
                "Background to his appointment.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "He chaired his first meeting with the ambassadors of all 32 allies later in the day.",
                "changed",
                "alliance-32",
                "32 allies; the seeds have 31.",
            ),
            S(
                "Media reports have linked Stoltenberg to the chairmanship of the Munich Security Conference."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# C03 Trump names Waltz national security adviser (on topic: office holder)
article(
    ARTICLES,
    "arc-2024-11-12-waltz-national-security-adviser",
    "2024-11-12T21:45:00+00:00",
    "https://www.cbsnews.com/news/trump-mike-waltz-national-security-adviser/",
    S(
        "Trump taps Florida congressman Mike Waltz as national security adviser",
        "changed",
        "nsa-waltz",
        "Named successor to Sullivan, the seed's national security adviser; takes office on 20 January.",
        ["irrelevant"],
    ),
    [
        [
            S(
                "WASHINGTON, November 12 – President-elect Donald Trump on Tuesday named Representative Mike Waltz of "
                "Florida as his national security adviser, announcing the choice on his Truth Social platform.",
                "changed",
                "nsa-waltz",
                "Named to the office seed 000 gives to Sullivan; effective in January.",
                ["irrelevant"],
            ),
            S(
                "“Mike has been a strong champion of my America First Foreign Policy Agenda,” Trump wrote."
            ),
        ],
        [
            S(
                "Waltz will take over from Jake Sullivan, who has held the post throughout Joe Biden's presidency, when "
                "Trump is sworn in on January 20.",
                "changed",
                "nsa-waltz",
                "Sullivan (seed) is to be replaced by Waltz.",
            ),
            S("The job does not require Senate confirmation."),
        ],
        [
            S(
                "A former Green Beret who served in Afghanistan, Waltz has sat in the House since 2019 and is known as "
                "a China hawk."
            )
        ],
        [
            S(
                "He has argued that Europe should carry more of the burden of helping Ukraine and that Washington has "
                "leverage over both Kyiv and Moscow to bring them to the table."
            ),
            S("“The era of Ukraine's blank check from Congress is over,” he said last year."),
        ],
        [
            S(
                "Sullivan was the official who argued at the Vilnius summit last year that admitting Ukraine while the "
                "fighting went on would mean NATO was at war with Russia.",
                "known",
                None,
                "Seeds 000, 001: Sullivan's remark at Vilnius.",
            ),
            S(
                "Kyiv's supporters in Congress fear the new team will quietly drop the pledge made at this year's "
                "Washington summit that Ukraine's path to the alliance is irreversible.",
                "known",
                None,
                "Restates the 'irreversible' pledge; the fear itself is no development.",
                ["new"],
            ),
        ],
        [
            S(
                "Later on Tuesday Trump said he would nominate Fox News host Pete Hegseth to run the Pentagon in place "
                "of Lloyd Austin.",
                "changed",
                "defsec-hegseth",
                "Nominated, not yet confirmed, for the office seed 000 gives to Austin.",
                ["irrelevant"],
            ),
            S("Senator Marco Rubio is widely expected to be named secretary of state."),
        ],
        [
            S(
                "Trump went through four national security advisers in his first term, including Michael Flynn and "
                "John Bolton."
            )
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# C04 Zelensky offers to trade the presidency for NATO membership (on topic: new)
article(
    ARTICLES,
    "arc-2025-02-23-zelensky-resign-for-nato",
    "2025-02-23T16:40:00+00:00",
    "https://polskieradio.pl/395/9766/Artykul/3488533,zelensky-offers-to-step-down-in-exchange-for-peace-ukraines-nato-entry",
    S(
        "Zelensky says he would give up the presidency in exchange for NATO membership",
        "new",
        "zelensky-resign-for-nato",
        "Offer to resign for membership; no seed counterpart.",
    ),
    [
        [
            S(
                "KYIV, February 23 – President Volodymyr Zelensky said on Sunday that he was ready to leave office if "
                "that brought peace to Ukraine, and that he could trade his post for the country's admission to NATO.",
                "new",
                "zelensky-resign-for-nato",
                "Offer to resign for membership; no seed counterpart.",
            )
        ],
        [
            S(
                "“If it means peace for Ukraine, if you really need me to leave my post, I am ready,” he told a news "
                "conference in Kyiv on the eve of the third anniversary of the full-scale invasion.",
                "new",
                "zelensky-resign-for-nato",
                "Part of the same offer; alone it does not mention NATO.",
                ["irrelevant"],
            ),
            S(
                "“I can exchange it for NATO,” he added.",
                "new",
                "zelensky-resign-for-nato",
                "The offer itself.",
            ),
        ],
        [
            S(
                "Zelensky's five-year term formally ended last May, but Ukrainian law rules out elections while martial "
                "law is in force."
            ),
            S(
                "He was responding to Donald Trump, who last week called him “a dictator without elections”."
            ),
        ],
        [
            S(
                "Washington has cooled on Kyiv's bid since Trump returned to the White House: his defence secretary, "
                "Pete Hegseth, told allies in Brussels this month that membership was not a realistic outcome of a "
                "negotiated settlement.",
                "contradicted",
                "us-hegseth-unrealistic",
                "US denial that Ukraine will join as part of a settlement.",
            )
        ],
        [
            S(
                "The allies promised Ukraine at their Washington summit last July that its path to membership was "
                "irreversible, but have never issued an invitation.",
                "known",
                None,
                "Seed 003: 'irreversible', no invitation.",
            ),
            S(
                "Zelensky has long said that bilateral security pacts with Western partners are no substitute for a "
                "seat in the alliance.",
                "known",
                None,
                "Seed 003: the agreements cannot substitute for membership.",
            ),
        ],
        [
            S(
                "He also said he would not sign a draft deal handing the United States a share of Ukraine's mineral "
                "wealth as repayment for past aid, because “generations and generations” of Ukrainians would have to "
                "pay for it."
            ),
            S(
                "Security guarantees from Washington were badly needed, he said, and he wanted to meet Trump before "
                "the US president sits down with Vladimir Putin.",
                "known",
                None,
                "Seed 001: Kyiv has sought security guarantees from Washington.",
                ["new"],
            ),
        ],
        [
            S(
                "Russia launched 267 drones at Ukraine overnight, the air force said, the largest single attack of the "
                "war."
            )
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# C05 Trump: Ukraine can "forget about" NATO (on topic: contradicted)
article(
    ARTICLES,
    "arc-2025-02-26-trump-forget-about-nato",
    "2025-02-26T19:30:00+00:00",
    "https://www.anews.com.tr/world/2025/02/26/trump-says-ukraine-can-forget-about-joining-nato",
    S(
        "Trump: Ukraine can forget about joining NATO",
        "contradicted",
        "trump-forget-nato",
        "US president denies Ukraine membership; against 'will become members' and the irreversible path.",
    ),
    [
        [
            S(
                "WASHINGTON, February 26 – President Donald Trump said on Wednesday that Ukraine could “forget about” "
                "joining NATO, speaking as he opened the first cabinet meeting of his second term.",
                "contradicted",
                "trump-forget-nato",
                "Denial of Ukraine's membership by the US president.",
            ),
            S(
                "“I think that's probably the reason the whole thing started,” he said of the membership question.",
                "known",
                None,
                "Echoes seed 000: enlargement talk seen as a 'direct threat' and as encouraging Russia's wars.",
                ["contradicted"],
            ),
        ],
        [
            S(
                "Asked what concessions he expected from either side, Trump said only that he would try to win back "
                "as much land as possible for Ukraine."
            ),
            S(
                "Vice President JD Vance, seated beside him, said the president had conceded nothing to anyone."
            ),
        ],
        [
            S(
                "Trump said Zelensky would fly to Washington on Friday to sign an agreement on Ukraine's rare earths and "
                "other resources."
            ),
            S(
                "He said American workers on the ground would give Ukraine a kind of automatic security, but that "
                "Washington would not offer “too many” guarantees and Europe should provide them.",
                "new",
                "trump-europe-guarantees",
                "US limits its own guarantees and shifts them to Europe; no seed counterpart.",
            ),
        ],
        [
            S(
                "Days earlier Zelensky had said he was ready to step down if his country were let into the alliance.",
                "new",
                "zelensky-resign-for-nato",
                "Repeat of Zelensky's offer.",
            )
        ],
        [
            S(
                "Defence Secretary Pete Hegseth told Ukraine's backers in Brussels two weeks ago that the "
                "administration did not see membership as a realistic result of peace talks.",
                "contradicted",
                "us-hegseth-unrealistic",
                "Repeat of the Hegseth denial.",
            ),
            S(
                "Ukrainian Defence Minister Rustem Umerov replied that Kyiv's stance on joining had not changed.",
                "known",
                None,
                "Umerov is the seed's defence minister; Kyiv still seeks membership.",
            ),
        ],
        [
            S(
                "At their summit in Washington last July, the allies called Ukraine's road to membership "
                "irreversible.",
                "known",
                None,
                "Seed 003.",
            ),
            S(
                "NATO first promised at Bucharest in 2008 that Ukraine would one day become a member.",
                "known",
                None,
                "Seed 000: Bucharest 'will become members'.",
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# C06 Government reshuffle: Shmyhal to defence, Umerov tipped for security council (on topic: office holders)
article(
    ARTICLES,
    "arc-2025-07-17-shmyhal-defence-reshuffle",
    "2025-07-17T17:15:00+00:00",
    "https://kyivindependent.com/ex-defense-minister-umay-head-ukraines-national-security-council",
    S(
        "Shmyhal becomes Ukraine's defence minister as Umerov is lined up for security council",
        "changed",
        "defmin-shmyhal",
        "Shmyhal replaces Umerov, the seed's defence minister.",
    ),
    [
        [
            S(
                "KYIV, July 17 – Ukraine's parliament appointed Denys Shmyhal as defence minister on Thursday, hours "
                "after confirming Yuliia Svyrydenko as prime minister in the biggest government overhaul since the "
                "full-scale invasion.",
                "changed",
                "defmin-shmyhal",
                "New defence minister (seed: Umerov).",
            ),
            S(
                "Shmyhal, who had headed the cabinet for more than five years, won the backing of 267 lawmakers.",
                "changed",
                "defmin-shmyhal",
                "Vote on the same appointment.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "He replaces Rustem Umerov, who had run the ministry since September 2023.",
                "changed",
                "defmin-shmyhal",
                "Umerov leaves the defence ministry.",
            ),
            S(
                "Umerov may now be named secretary of the National Security and Defence Council, Ukrainska Pravda "
                "reported, citing sources in the presidential office, parliament and government.",
                "changed",
                "nsdc-umerov",
                "Tipped for the office the seed gives to Danilov.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "The council's current secretary, Oleksandr Lytvynenko, is reportedly being considered as ambassador "
                "to Serbia.",
                "changed",
                "nsdc-lytvynenko",
                "Says indirectly that Lytvynenko, not Danilov (seed 002), holds the post.",
            ),
            S(
                "Umerov had earlier been tipped to become ambassador in Washington, but that plan was dropped and "
                "former deputy prime minister Olha Stefanishyna was named special envoy to the United States instead."
            ),
        ],
        [
            S(
                "Lawmakers also voted to keep Andrii Sybiha as foreign minister, a post he took over from Dmytro "
                "Kuleba last September.",
                "changed",
                "fm-sybiha",
                "Sybiha holds the office seed 001 gives to Kuleba.",
            )
        ],
        [
            S(
                "Svyrydenko, 39, previously served as economy minister and negotiated the minerals agreement signed "
                "with Washington in April."
            ),
            S("She has promised to cut red tape and raise domestic weapons production."),
        ],
        [
            S(
                "Umerov has also led Kyiv's delegation at direct talks with Russia in Istanbul, where Moscow's "
                "memorandum in June demanded that Ukraine declare neutrality and give up its bid to join the "
                "alliance.",
                "contradicted",
                "russia-istanbul-neutrality",
                "Russian demand that Ukraine renounce membership (convention: contradicted, alt new).",
                ["new"],
            )
        ],
        [
            S(
                "Ukraine wrote the goal of NATO membership into its constitution in 2019.",
                "known",
                None,
                "Seed 004: the February 2019 constitutional amendment.",
            )
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# C07 Yermak resigns after anti-corruption searches (on topic: office holder)
article(
    ARTICLES,
    "arc-2025-11-28-yermak-resigns",
    "2025-11-28T18:50:00+00:00",
    "https://kyivindependent.com/zelenskys-chief-of-staff-yermak",
    S(
        "Zelensky's chief of staff Yermak quits after anti-corruption raid",
        "changed",
        "yermak-out",
        "Yermak, head of the President's Office in seed 001, leaves the post.",
    ),
    [
        [
            S(
                "KYIV, November 28 – Andriy Yermak, the head of Ukraine's Presidential Office and its lead negotiator "
                "with Washington, resigned on Friday hours after anti-corruption investigators searched his home.",
                "changed",
                "yermak-out",
                "The seed's office holder leaves.",
            ),
            S(
                "President Volodymyr Zelensky announced the departure in a video address and promised a “reset” of "
                "his office.",
                "changed",
                "yermak-out",
                "Same resignation.",
            ),
        ],
        [
            S(
                "“I am grateful to Andriy for always presenting Ukraine's position in the negotiation track exactly as "
                "it needed to be,” Zelensky said."
            ),
            S(
                "He said he would hold consultations on Saturday with people who could lead the office.",
                "changed",
                "yermak-out",
                "Successor still to be found; follows from the resignation.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "The National Anti-Corruption Bureau confirmed the searches but gave no reason, and Yermak has not been "
                "charged."
            ),
            S(
                "The bureau is investigating an alleged kickback scheme at the state nuclear operator Energoatom, in "
                "which eight people have been charged."
            ),
        ],
        [
            S(
                "Yermak had led the Ukrainian team that met US officials in Geneva on Sunday to rework Washington's "
                "28-point plan to end the war."
            ),
            S(
                "The original draft would have required Ukraine to write into its constitution that it will never "
                "join NATO, and the alliance to promise never to admit it.",
                "contradicted",
                "us-28-point-no-nato",
                "US draft requiring Ukraine to renounce membership (convention: contradicted).",
            ),
        ],
        [
            S(
                "Kyiv's delegation will now be headed by Rustem Umerov, the secretary of the National Security and "
                "Defence Council, Zelensky said.",
                "changed",
                "nsdc-umerov",
                "Umerov holds the post seed 002 gives to Danilov.",
            )
        ],
        [
            S(
                "Yermak had run the Presidential Office since February 2020 and was widely seen as the second most "
                "powerful man in the country.",
                "known",
                None,
                "Seed 001 names Yermak head of the President's Office; past tense implies the change.",
                ["changed"],
            ),
            S(
                "In 2023 he opened the first talks with Washington and London on the security commitments that later "
                "turned into bilateral agreements.",
                "known",
                None,
                "Seed 001: Yermak's consultations with Washington and London; seed 003: agreements concluded.",
            ),
        ],
        [
            S(
                "Justice Minister Herman Halushchenko and Energy Minister Svitlana Hrynchuk were dismissed last week "
                "over the same case."
            )
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# C08 Paris declaration on a multinational force (on topic: guarantees)
article(
    ARTICLES,
    "arc-2026-01-06-paris-declaration",
    "2026-01-06T21:10:00+00:00",
    "https://en.hvylya.net/news/304-paris-summit-allies-agree-to-deploy-multinational-forces-in-post-war-ukraine",
    S(
        "Britain and France pledge troops for Ukraine once the guns fall silent",
        "new",
        "paris-force",
        "Declaration on a post-ceasefire multinational force; no seed counterpart.",
    ),
    [
        [
            S(
                "PARIS, January 6 – Britain, France and Ukraine signed a declaration of intent on Tuesday on sending a "
                "multinational force to Ukraine once a ceasefire takes hold, at a summit of the so-called coalition of "
                "the willing.",
                "new",
                "paris-force",
                "Declaration on a post-ceasefire force.",
            ),
            S(
                "Leaders and envoys of some 35 countries attended, together with the US envoys Steve Witkoff and Jared "
                "Kushner.",
                "new",
                "coalition-35",
                "Size of the coalition; no seed counterpart.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "Prime Minister Keir Starmer said the two countries would set up military hubs across Ukraine after a "
                "truce, along with protected sites for weapons.",
                "new",
                "uk-france-hubs",
                "Planned British and French hubs in Ukraine.",
            ),
            S(
                "Any deployment of British troops would be put to a vote in parliament, he said.",
                "new",
                "uk-france-hubs",
                "Condition on the deployment.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "President Emmanuel Macron said the United States would lead a mechanism to monitor the ceasefire, with "
                "a coordination cell at the coalition's headquarters in Paris.",
                "new",
                "us-ceasefire-monitoring",
                "US role in the guarantee arrangement; no seed counterpart.",
            ),
            S(
                "Ukraine's own army, planned at 800,000 troops, would remain the first line of defence, he said.",
                "new",
                "ukraine-army-800k",
                "Planned army size as part of the guarantees; no seed counterpart.",
            ),
        ],
        [
            S(
                "Washington did not sign the declaration, and passages on American intelligence and logistics support "
                "were cut from earlier drafts, Politico reported.",
                "new",
                "us-not-signing",
                "US stays outside the signed guarantee document.",
            )
        ],
        [
            S(
                "Zelensky said the documents would have to be approved by parliaments in most coalition countries "
                "before they become legally binding.",
                "new",
                "paris-force",
                "Next step for the same declaration.",
            ),
            S(
                "Kyiv has long insisted that no such arrangement can stand in for full membership of NATO.",
                "known",
                None,
                "Seed 003: guarantees cannot substitute for membership.",
            ),
        ],
        [
            S(
                "Moscow has said repeatedly that it will not tolerate Western troops on Ukrainian soil under any flag.",
                "new",
                "russia-rejects-troops",
                "Russian rejection of the reassurance force.",
                ["irrelevant"],
            ),
            S(
                "Italy has ruled out sending soldiers, and Germany has said it would contribute from the territory of a "
                "neighbouring NATO ally.",
                "new",
                "italy-germany-limits",
                "Limits on allied contributions to the force.",
            ),
        ],
        [
            S(
                "The Paris talks came as US negotiators pressed Kyiv and Moscow to narrow their differences over the "
                "Donbas and the Zaporizhzhia nuclear plant."
            )
        ],
    ],
    True,
)


# ============================================================================================
# NEAR OR OFF TOPIC (4)
# ============================================================================================

# --------------------------------------------------------------------------------------------
# C09 Steadfast Defender 2024 (off topic; incidental known count)
article(
    ARTICLES,
    "arc-2024-01-18-steadfast-defender",
    "2024-01-18T14:00:00+00:00",
    "https://dailysabah.com/world/europe/nato-to-launch-biggest-exercise-in-decades-with-90000-troops/amp",
    S("NATO to stage its biggest exercise since the Cold War with 90,000 troops"),
    [
        [
            S(
                "BRUSSELS, January 18 – NATO will launch its largest military exercise in decades next week, "
                "involving around 90,000 troops, the alliance's top commander said on Thursday."
            )
        ],
        [
            S(
                "Steadfast Defender 2024 will run until late May and draw on units from all 31 member countries as well "
                "as Sweden, General Christopher Cavoli told reporters.",
                "known",
                None,
                "31 allies and Sweden not yet a member, as in the seeds; incidental.",
                ["irrelevant"],
            ),
            S(
                "The drills will rehearse moving reinforcements from North America to the alliance's eastern flank in "
                "a scenario against a “near-peer” adversary."
            ),
        ],
        [
            S("More than 50 ships, 80 aircraft and 1,100 combat vehicles will take part."),
            S("No exercise of this size has been held since Reforger in 1988."),
        ],
        [
            S(
                "Admiral Rob Bauer, who chairs NATO's Military Committee, said the scale showed a new level of "
                "readiness."
            ),
            S(
                "NATO as an organisation is not a party to the war in Ukraine, though many allies send weapons and "
                "train Ukrainian troops on their own.",
                "known",
                None,
                "Seed 001: NATO says it is not directly at war with Moscow; not about membership.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "Stockholm is still waiting for Turkey to complete ratification of its membership bid.",
                "known",
                None,
                "Seed 001: Sweden will join once Turkey ratifies.",
                ["irrelevant"],
            )
        ],
        [
            S("Germany plans to send about 12,000 soldiers to its part of the drills."),
            S("Britain has said it will deploy some 20,000 personnel."),
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# C10 Hegseth confirmed as defence secretary (near topic: office holder)
article(
    ARTICLES,
    "arc-2025-01-25-hegseth-confirmed",
    "2025-01-25T04:20:00+00:00",
    "https://www.salon.com/2025/01/24/winning-is-what-matters-right-hegseth-confirmed-as-defense-secretary-by-vote/",
    S(
        "Senate confirms Hegseth as defence secretary after Vance breaks tie",
        "changed",
        "defsec-hegseth",
        "New holder of the office seed 000 gives to Austin.",
    ),
    [
        [
            S(
                "WASHINGTON, January 24 – The Senate confirmed Pete Hegseth as secretary of defence late on Friday, "
                "with Vice President JD Vance casting the deciding vote after a 50-50 tie.",
                "changed",
                "defsec-hegseth",
                "Hegseth confirmed in the office the seed gives to Austin.",
            )
        ],
        [
            S(
                "Republican senators Lisa Murkowski, Susan Collins and Mitch McConnell joined every Democrat in "
                "opposing the former Fox News host."
            ),
            S(
                "It was only the second time a vice president has had to break a tie on a cabinet nominee, after Mike "
                "Pence did so for Betsy DeVos in 2017."
            ),
        ],
        [
            S(
                "Hegseth, an Army National Guard veteran, faced allegations of sexual misconduct and heavy drinking, "
                "which he denies."
            ),
            S(
                "He takes charge of a Pentagon that Lloyd Austin ran for the four years of the Biden administration.",
                "changed",
                "defsec-hegseth",
                "Austin (seed 000) is no longer defence secretary.",
            ),
        ],
        [
            S(
                "Austin chaired the Ukraine Defense Contact Group, the coalition of about 50 countries that coordinates "
                "weapons deliveries to Kyiv."
            ),
            S(
                "Hegseth has questioned US spending on Ukraine but said little about the war at his hearing."
            ),
        ],
        [S("Secretary of State Marco Rubio was confirmed on Monday by 99 votes to none.")],
        [
            S(
                "Hegseth has promised to restore a “warrior ethos” and end diversity programmes in the armed forces."
            ),
            S(
                "Trump has also demanded that NATO allies raise defence spending to 5% of their economic output."
            ),
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# C11 Baltic states join the European grid (off topic)
article(
    ARTICLES,
    "arc-2025-02-09-baltic-grid",
    "2025-02-09T13:30:00+00:00",
    "https://www.channelnewsasia.com/world/baltic-states-switch-european-power-grid-ending-russia-ties-4926906",
    S("Baltic states join Europe's power grid, cutting last Soviet-era link to Russia"),
    [
        [
            S(
                "VILNIUS, February 9 – Estonia, Latvia and Lithuania synchronised their electricity systems with the "
                "continental European grid on Sunday, a day after unplugging from the Russian-controlled network."
            ),
            S(
                "European Commission President Ursula von der Leyen joined Baltic and Polish leaders at a ceremony in "
                "Vilnius."
            ),
        ],
        [
            S(
                "The IPS/UPS system was the last remaining link to Moscow for the three countries, which joined the EU "
                "and NATO in 2004."
            ),
            S(
                "They stopped buying Russian power after the invasion of Ukraine but still relied on the Russian grid "
                "to keep their frequency stable."
            ),
        ],
        [
            S(
                "“We have removed any theoretical possibility of Russia using energy control as a weapon,” Lithuanian "
                "Energy Minister Zygimantas Vaiciunas said."
            )
        ],
        [
            S(
                "Poland's grid operator watched the new link with helicopters and drones after several undersea cables "
                "were damaged in the Baltic Sea in recent months."
            ),
            S("NATO has stepped up patrols in the region with ships, aircraft and naval drones."),
        ],
        [
            S(
                "Russia's Kaliningrad exclave is now cut off from the main Russian grid and must run its power system "
                "alone."
            ),
            S(
                "The Kremlin said it had taken all necessary steps, including building gas-fired plants in the "
                "exclave."
            ),
        ],
        [
            S(
                "Analysts expect higher costs in the short term but lower prices once new wind farms come on line."
            )
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# C12 US-Ukraine minerals deal (near topic; incidental guarantee and Budapest sentences)
article(
    ARTICLES,
    "arc-2025-04-30-minerals-deal",
    "2025-04-30T23:40:00+00:00",
    "https://www.wypr.org/2025-04-30/ukraine-and-the-u-s-have-signed-a-long-stalled-minerals-deal",
    S("Ukraine and US sign long-delayed minerals deal, setting up joint investment fund"),
    [
        [
            S(
                "WASHINGTON, April 30 – The United States and Ukraine signed an agreement on Wednesday creating a joint "
                "fund to invest in Ukraine's reconstruction, giving Washington preferential access to new projects in "
                "minerals, oil and gas."
            ),
            S(
                "Treasury Secretary Scott Bessent and Ukraine's First Deputy Prime Minister Yulia Svyrydenko signed the "
                "deal after last-minute wrangling over its wording."
            ),
        ],
        [
            S(
                "The fund will be run on a 50-50 basis, and for its first ten years its profits will be reinvested in "
                "Ukraine."
            ),
            S(
                "Kyiv keeps full ownership of its subsoil and of state companies such as Ukrnafta and Energoatom, "
                "Prime Minister Denys Shmyhal said."
            ),
        ],
        [
            S(
                "The agreement contains no explicit security guarantee, which Kyiv had pressed for during months of "
                "talks.",
                "new",
                "minerals-no-guarantee",
                "No US guarantee in the deal; touches the guarantees question only in passing.",
                ["irrelevant"],
            ),
            S(
                "Svyrydenko said the text acknowledges the contribution Ukraine made to global security by giving up "
                "its nuclear arsenal.",
                "known",
                None,
                "Seed 001: Ukraine gave up its Soviet-era nuclear weapons (Budapest Memorandum).",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "A first attempt to sign the deal collapsed in February after a heated Oval Office meeting between "
                "Trump and Zelensky."
            ),
            S(
                "The American contribution may include new military aid such as air defence systems, Svyrydenko "
                "said."
            ),
        ],
        [
            S("Ukraine's parliament must still ratify the agreement."),
            S(
                "“This agreement signals clearly to Russia that the Trump administration is committed to a peace "
                "process centred on a free, sovereign and prosperous Ukraine over the long term,” Bessent said."
            ),
        ],
    ],
    False,
)


# --------------------------------------------------------------------------------------------
