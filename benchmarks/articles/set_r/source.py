"""Article set r: the articles, sentence by sentence with their gold (`python3 ../build.py set_r`)."""

from corpus import S, article

CHANNEL = "Article set R: Ukraine, NATO and beyond"
DESCRIPTION = "12 articles rewritten from real 2024-2026 coverage (links point at the originals)."
ARTICLES: list = []

# ============================================================================================
# ON TOPIC (8)
# ============================================================================================

# --------------------------------------------------------------------------------------------
# R01 Blinken in Kyiv: the US pact nearly ready, nine agreements signed (on topic: count, terms)
article(
    ARTICLES,
    "r-2024-05-14-blinken-kyiv-pact",
    "2024-05-14T19:10:00+00:00",
    "https://kyivindependent.com/blinken-emphasizes-longterm-us-security-commitment-to-ukraine-in-visit-to-kyiv/",
    S(
        "Blinken promises a ten-year US security pact on surprise visit to Kyiv",
        "new",
        ["us-agreement-pending", "us-agreement-terms"],
        "US agreement being finalised, ten-year term; no seed counterpart.",
    ),
    [
        [
            S(
                "KYIV, May 14 – US Secretary of State Antony Blinken told Ukrainians on Tuesday that they could count "
                "on long-term support, and said a ten-year security agreement between Washington and Kyiv was close "
                "to completion.",
                "new",
                ["us-agreement-pending", "us-agreement-terms"],
                "The US pact nearly done and its ten-year term.",
            ),
            S(
                "Blinken arrived by overnight train on an unannounced trip, his fourth since the full-scale "
                "invasion, as Russian forces pressed a new offensive in the Kharkiv region."
            ),
        ],
        [
            S(
                "In a speech at the Kyiv Polytechnic Institute, he said the pact would commit the United States to "
                "backing Ukraine's defence across a range of needs, from its air force and air defence to drones and "
                "demining.",
                "new",
                "us-agreement-terms",
                "Scope of the US agreement; no seed counterpart.",
            ),
            S(
                "If Russia or anyone else attacked Ukraine, he said, Washington would work with Kyiv immediately and "
                "at the highest level on how to push the threat back.",
                "known",
                None,
                "Restates the G7 promise to consult quickly after an attack (seed 003).",
                ["new"],
            ),
        ],
        [
            S(
                "Nine countries, starting with Britain in January, have already signed such agreements with Kyiv "
                "under the declaration the Group of Seven issued at the Vilnius summit last July.",
                "changed",
                "agreements-count-9",
                "Nine concluded agreements; seed 003 has only the UK's.",
            ),
            S(
                "More than 30 countries have joined that declaration.",
                "known",
                None,
                "Seed 003: 32 nations signed the G7 declaration.",
            ),
            S(
                "Andriy Yermak, the head of Zelensky's office, has said Kyiv hopes to finish the text with "
                "Washington this month.",
                "new",
                "us-agreement-pending",
                "Target date for the US agreement; Yermak's title matches the seed.",
            ),
        ],
        [
            S(
                "Blinken said the bilateral agreements would support Ukraine on its path to NATO and help make sure "
                "that, once the conditions are met and the allies agree, its accession is quick and smooth.",
                "known",
                None,
                "Restates Vilnius: invitation when allies agree and conditions are met.",
                ["new"],
            ),
            S("He gave no timetable for membership.", "known", None, "Seeds: no timeline."),
            S(
                "At the alliance's summit in Washington in July, he said, allies would take tangible steps to give "
                "NATO a bigger role in building Ukraine's forces and to bring the country closer to the alliance.",
                "new",
                "washington-summit-steps",
                "Announced NATO role in building Ukraine's forces; no seed counterpart.",
            ),
        ],
        [
            S(
                "Blinken also pointed to the roughly 61 billion dollars in aid that Congress approved last month "
                "after months of delay, and said the first weapons were already arriving."
            ),
            S(
                "In the evening he joined a local band on stage in a Kyiv bar to play a Neil Young song."
            ),
        ],
        [
            S(
                "A diplomatic adviser to Zelensky said Kyiv was negotiating about ten more such deals, the American "
                "one among them.",
                "new",
                "us-agreement-pending",
                "The US pact still under negotiation, told again.",
                ["known"],
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# R02 Luxembourg signs at the Washington summit (on topic: bilateral count, Sweden a member)
article(
    ARTICLES,
    "r-2024-07-10-luxembourg-agreement",
    "2024-07-10T21:30:00+00:00",
    "https://babel.ua/en/news/108879-ukraine-signed-a-security-agreement-with-luxembourg-here-is-what-it-provides",
    S(
        "Luxembourg signs ten-year security pact with Ukraine at NATO summit",
        "changed",
        "luxembourg-agreement",
        "A further concluded bilateral agreement; seed 003 has only the UK's.",
    ),
    [
        [
            S(
                "WASHINGTON, July 10 – Luxembourg's Prime Minister Luc Frieden and President Volodymyr Zelensky "
                "signed a bilateral security agreement on Wednesday on the sidelines of the NATO summit in "
                "Washington.",
                "changed",
                "luxembourg-agreement",
                "The Luxembourg agreement concluded.",
            ),
            S(
                "The accord runs for ten years, and in it the grand duchy promises to keep sending military aid "
                "throughout that period.",
                "new",
                "luxembourg-terms",
                "Term and core commitment of the agreement.",
            ),
        ],
        [
            S(
                "Luxembourg has set aside 80 million euros for Kyiv's defence this year and says it will keep "
                "support at that level for the life of the agreement.",
                "new",
                "luxembourg-aid",
                "Aid figure written into the agreement.",
                ["irrelevant"],
            ),
            S(
                "It co-leads, with Estonia, the coalition that supplies Ukraine's forces with IT equipment, and "
                "will help bring Ukraine's defence industry up to NATO and EU standards.",
                "new",
                "luxembourg-terms",
                "Scope of the agreement.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "Zelensky said the grand duchy also backed Ukraine's course towards membership of both the European "
                "Union and the alliance.",
                "known",
                None,
                "Allied support for Ukraine's future in NATO (seeds 000/003).",
                ["new"],
            ),
            S(
                "The text still has to be approved by Luxembourg's parliament.",
                "changed",
                "luxembourg-agreement",
                "Remaining step for the Luxembourg agreement.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "With the Polish pact signed in Warsaw on Monday, and those of the United States and Japan at last "
                "month's Group of Seven summit, Ukraine now has more than 20 such agreements.",
                "changed",
                ["poland-agreement", "us-agreement", "japan-agreement", "agreements-count-20plus"],
                "Three more concluded agreements and a count above 20 (seed: UK only).",
            ),
            S(
                "They flow from the declaration the G7 issued in Vilnius a year ago, which promised long-term help "
                "for Ukraine's forces but stopped short of the mutual defence clause at the heart of NATO.",
                "known",
                None,
                "Seed 003: G7 declaration, no Article 5.",
            ),
        ],
        [
            S(
                "The summit, the last hosted by Secretary General Jens Stoltenberg before he hands over to Mark "
                "Rutte in October, is expected to call Ukraine's path to membership irreversible.",
                "changed",
                "rutte-succeeds-stoltenberg",
                "Rutte to succeed Stoltenberg (seed holder); the irreversible path itself is known.",
            ),
            S(
                "Allies are not expected to issue an invitation.",
                "known",
                None,
                "Seeds: no invitation.",
            ),
            S(
                "Sweden is attending its first summit as the alliance's 32nd member.",
                "changed",
                ["sweden-member", "alliance-32"],
                "Sweden a member (seed: pending) of a 32-member alliance (seed: 31).",
            ),
        ],
        [
            S(
                "Hours before the signing, Zelensky told an audience at the Reagan Institute in Washington that "
                "Ukraine needed more air defence systems to protect its cities."
            ),
            S(
                "Luxembourg, a founding member of NATO, has one of the smallest defence budgets in the alliance "
                "relative to the size of its economy."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# R03 Ireland signs in Kyiv, the 26th agreement; Kuleba resigns (on topic: count, office holder)
article(
    ARTICLES,
    "r-2024-09-04-ireland-agreement-kuleba",
    "2024-09-04T16:20:00+00:00",
    "https://www.anews.com.tr/world/2024/09/04/kyiv-dublin-sign-deal-on-bilateral-cooperation-support-for-ukraine",
    S(
        "Ukraine and Ireland sign ten-year pact, Kyiv's 26th under the G7 pledge",
        "changed",
        ["ireland-agreement", "agreements-count-26"],
        "A further concluded agreement and a count of 26 (seed: UK only).",
    ),
    [
        [
            S(
                "KYIV, September 4 – Taoiseach Simon Harris and President Volodymyr Zelensky signed an agreement on "
                "support and cooperation in Kyiv on Wednesday, the 26th such deal Ukraine has concluded since the "
                "Group of Seven promised it long-term backing last year.",
                "changed",
                ["ireland-agreement", "agreements-count-26"],
                "The Irish agreement concluded; 26 in all.",
            ),
            S(
                "Harris, who became Ireland's prime minister in April, arrived in the capital by overnight train for "
                "the talks."
            ),
        ],
        [
            S(
                "The deal runs for ten years.",
                "new",
                "ireland-terms",
                "Term of the Irish agreement.",
            ),
            S(
                "Because of Ireland's military neutrality, it covers only non-lethal assistance, with a strong "
                "emphasis on clearing mines.",
                "new",
                "ireland-terms",
                "Scope of the Irish agreement.",
            ),
            S(
                "This year Dublin has committed 128 million euros in non-lethal military support and at least 40 "
                "million euros in humanitarian aid.",
                "new",
                "ireland-aid",
                "Aid figures inside the agreement.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "Other sections deal with reconstruction and the reforms Ukraine needs on its way to membership of "
                "the European Union."
            ),
            S(
                "The deals signed so far include those with the United States, Japan and the European Union.",
                "changed",
                ["us-agreement", "japan-agreement", "eu-agreement"],
                "Concluded agreements beyond the seed's UK one.",
            ),
        ],
        [
            S(
                "The signing came as Foreign Minister Dmytro Kuleba handed in his resignation, part of the biggest "
                "shake-up of Zelensky's government since the invasion.",
                "changed",
                "kuleba-out",
                "The seed's foreign minister is leaving office.",
            ),
            S(
                "Parliament put off a vote on his departure on Wednesday, and lawmakers said his first deputy, "
                "Andrii Sybiha, was the most likely successor.",
                "changed",
                ["kuleba-out", "sybiha-foreign-minister"],
                "Kuleba's exit pending; Sybiha only tipped.",
                ["irrelevant"],
            ),
            S(
                "Kuleba, who had led Ukraine's diplomacy since 2020, gave no reason for stepping down.",
                "changed",
                "kuleba-out",
                "Kuleba's departure told again.",
            ),
        ],
        [
            S(
                "Earlier on Wednesday a Russian missile strike on Lviv killed seven people, including three "
                "children."
            ),
            S("Ireland has taken in around 100,000 Ukrainian refugees since the invasion."),
        ],
        [
            S(
                "The pacts follow from the G7 declaration of July 2023, under which the signatories promised to "
                "help build up Ukraine's forces and to consult within 24 hours if Russia attacked again.",
                "known",
                None,
                "Seed 003: sustainable forces, consultation within 24 hours.",
            ),
            S(
                "They are meant to lapse once Ukraine joins NATO, which Zelensky has said they cannot replace.",
                "known",
                None,
                "Seed 003: agreements expire on accession and are no substitute.",
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# R04 Stoltenberg, just out of office: Article 5 up to a line (on topic: proposal, office holder)
article(
    ARTICLES,
    "r-2024-10-05-stoltenberg-article5-line",
    "2024-10-05T09:00:00+00:00",
    "https://united24media.com/latest-news/ukraine-could-join-nato-with-occupied-territories-says-stoltenberg-2810",
    S(
        "Stoltenberg says Ukraine could join NATO without first regaining all its land",
        "new",
        "stoltenberg-article5-line",
        "Membership with Article 5 covering only Kyiv-held land; no seed counterpart.",
    ),
    [
        [
            S(
                "OSLO, October 5 – Jens Stoltenberg, who handed NATO's top job to Mark Rutte on Tuesday, has "
                "suggested that Ukraine could join the alliance even while part of its territory remains under "
                "Russian occupation.",
                "changed",
                "rutte-succeeds-stoltenberg",
                "Rutte has taken over from the seed's secretary general.",
            ),
            S(
                "In an interview with the Financial Times, the former secretary general said the alliance's "
                "guarantee need not stop at Ukraine's internationally recognised border.",
                "new",
                "stoltenberg-article5-line",
                "The proposal itself.",
            ),
        ],
        [
            S(
                "“When there is a will, there are ways to find a solution,” he said, but there would have to be a "
                "line defining where Article 5 applied, with Kyiv controlling all the territory up to it.",
                "new",
                "stoltenberg-article5-line",
                "The proposal told again, with its condition.",
            ),
            S(
                "He cited the American guarantee to Japan, which does not cover the Kuril Islands that Tokyo claims, "
                "and West Germany, which NATO defended while Bonn still regarded the East as part of Germany.",
                "new",
                "stoltenberg-article5-line",
                "Precedents offered for the proposal.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "The United States and Germany have led the resistance among allies to granting Ukraine membership "
                "during the war, arguing that the clause would put NATO in instant war with Russia.",
                "new",
                "us-germany-reluctant",
                "Named reluctant allies: lack of consensus, not a denial.",
            ),
            S(
                "Stoltenberg said any decision on how membership would work with occupied land would have to be "
                "taken by all the allies together.",
                "known",
                None,
                "Seed 001: new members need every ally's approval.",
                ["new"],
            ),
        ],
        [
            S(
                "Asked what he would advise Zelensky, he pointed to Finland, which lost about a tenth of its "
                "territory in its war with the Soviet Union but secured its border."
            ),
            S(
                "Finland then stayed neutral for decades and joined NATO only last year.",
                "known",
                None,
                "Seed 001: Finland dropped non-alignment and was admitted.",
            ),
        ],
        [
            S(
                "Stoltenberg also said he regretted that allies had not armed Ukraine more heavily before the "
                "full-scale invasion, and that he took his share of the responsibility."
            ),
            S(
                "After the US election, he predicted, there would be a new push for movement on the battlefield and "
                "at the negotiating table."
            ),
        ],
        [
            S(
                "At their Washington summit in July, allies called Ukraine's path to membership irreversible but "
                "did not invite it to join.",
                "known",
                None,
                "Seed 002: irreversible path, no invitation.",
            ),
            S(
                "Rutte, his successor, said on his first day in office that Ukraine had never been closer to NATO.",
                "changed",
                "rutte-succeeds-stoltenberg",
                "Explicit succession told again.",
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# R05 WSJ: Trump team weighs a 20-year pause in Ukraine's bid (on topic: postponement, US president)
article(
    ARTICLES,
    "r-2024-11-07-trump-team-twenty-year-pause",
    "2024-11-07T14:00:00+00:00",
    "https://stripes.com/theaters/europe/2024-11-07/trump-ukraine-peace-plan-15769738.html",
    S(
        "Trump aides weigh plan to put Ukraine's NATO bid on hold for 20 years",
        "new",
        "trump-team-20-year-delay",
        "Proposal to postpone membership: new, not a denial.",
    ),
    [
        [
            S(
                "WASHINGTON, November 7 – Advisers to President-elect Donald Trump are weighing proposals to end the "
                "war in Ukraine that would freeze the fighting and put Kyiv's hopes of joining NATO on hold for at "
                "least two decades, the Wall Street Journal reported.",
                "new",
                "trump-team-20-year-delay",
                "The postponement proposal.",
            ),
            S(
                "Trump, who beat Kamala Harris on Tuesday, is due to take over from President Joe Biden on January "
                "20.",
                "changed",
                "trump-succeeds-biden",
                "The seed's US president is to be replaced.",
            ),
        ],
        [
            S(
                "Under one idea circulating in his transition team, Ukraine would commit not to join the alliance "
                "for 20 years, and in return the United States would keep supplying it with weapons to deter "
                "another Russian attack.",
                "new",
                "trump-team-20-year-delay",
                "The proposal in detail: a 20-year pause for arms.",
            ),
            S(
                "The front line would be frozen and an 800-mile demilitarised zone set up along it.",
                "new",
                "trump-team-dmz",
                "Demilitarised zone in the proposal.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "American troops would not police the zone, and neither would a force funded by the United Nations, "
                "a member of Trump's team told the paper.",
                "new",
                "trump-team-dmz",
                "Who would secure Ukraine after a freeze: Europeans, not the US.",
            ),
            S(
                "“We can do training and other support, but the barrel of the gun is going to be European,” the "
                "person said.",
                "new",
                "trump-team-dmz",
                "European forces to secure the zone.",
            ),
        ],
        [
            S(
                "People familiar with the discussions cautioned that Trump had approved no plan and was likely to "
                "decide for himself, at the last moment."
            ),
            S(
                "An earlier proposal by two of his former security officials, Keith Kellogg and Fred Fleitz, also "
                "envisaged taking Ukraine's membership off the table for an extended period.",
                "new",
                "kellogg-fleitz-plan",
                "Another postponement proposal; new per the conventions.",
            ),
        ],
        [
            S("Russia holds about a fifth of Ukraine's territory."),
            S("Kyiv has refused to give up its claim to any of it."),
        ],
        [
            S(
                "Allies said at their Washington summit in July that Ukraine's path to membership was irreversible, "
                "though they stopped short of inviting it.",
                "known",
                None,
                "Seed 002: irreversible path, no invitation.",
            ),
            S(
                "A 20-year pause would push any accession far beyond the end of Trump's second term.",
                "new",
                "trump-team-20-year-delay",
                "The postponement told again.",
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# R06 WSJ: Trump told Zelensky and Macron he does not back membership (on topic: US denial, troops)
article(
    ARTICLES,
    "r-2024-12-13-trump-paris-no-membership",
    "2024-12-13T10:20:00+00:00",
    "https://kyivindependent.com/trump-proposes-european-troop-deployment-to-monitor-ukraine-ceasefire-wsj/",
    S(
        "Trump told Zelensky and Macron he does not back Ukraine joining NATO, WSJ says",
        "contradicted",
        "trump-opposes-membership",
        "The incoming US president against membership: against 'future is in NATO'.",
    ),
    [
        [
            S(
                "KYIV, December 13 – Donald Trump told Volodymyr Zelensky and Emmanuel Macron at their meeting in "
                "Paris on December 7 that he did not support Ukraine's membership of NATO, the Wall Street Journal "
                "reported, citing officials briefed on the talks.",
                "contradicted",
                "trump-opposes-membership",
                "Trump against Ukrainian membership.",
            ),
            S(
                "The president-elect said he wanted a strong, well-armed Ukraine to emerge from any ceasefire, and "
                "that Europe should take the lead in defending and supporting it.",
                "new",
                "trump-europe-lead",
                "Post-war deterrence left mainly to Europe; no seed counterpart.",
            ),
        ],
        [
            S(
                "According to the report, Trump wants European troops in Ukraine to monitor a ceasefire, and while "
                "he did not rule out American support for such an arrangement, no US soldiers would take part.",
                "new",
                "trump-european-troops",
                "European monitoring force, no US troops.",
            ),
            S(
                "The three met at the Elysee Palace when leaders gathered in Paris for the reopening of Notre-Dame "
                "cathedral."
            ),
        ],
        [
            S(
                "Trump also urged the Europeans to press China to lean on Moscow, and the leaders discussed using "
                "tariffs as leverage."
            ),
            S(
                "His aides say he has not settled on a plan and will make the main decisions once his national "
                "security team is in place."
            ),
        ],
        [
            S(
                "The idea of a European force has been promoted by Macron, who raised it again with Polish Prime "
                "Minister Donald Tusk in Warsaw on Thursday.",
                "new",
                "macron-tusk-force",
                "A European force for Ukraine discussed.",
            ),
            S(
                "Tusk told reporters afterwards that Poland had no such plans for now.",
                "new",
                "macron-tusk-force",
                "Poland not planning to contribute troops.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "Kyiv continues to press for an invitation to join the alliance.",
                "known",
                None,
                "Seed 002: Zelensky sought a prompt invitation.",
                ["new"],
            ),
            S(
                "Zelensky said last month that the hot phase of the war could end if the territory Kyiv controls "
                "were taken under NATO's umbrella, with the rest to be won back by diplomacy.",
                "new",
                "zelensky-nato-umbrella",
                "Membership cover for Kyiv-held land; no seed counterpart.",
            ),
        ],
        [
            S(
                "In November the Journal reported that members of Trump's transition team were considering a plan "
                "under which Ukraine would put off membership for at least 20 years in exchange for continued arms "
                "supplies.",
                "new",
                "trump-team-20-year-delay",
                "The postponement proposal told again.",
            ),
            S(
                "Trump takes over from Joe Biden on January 20.",
                "changed",
                "trump-succeeds-biden",
                "The seed's US president is to be replaced.",
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# R07 Zelensky after the Rutte dinner: Europe alone is not enough (on topic: guarantees, denial repeat)
article(
    ARTICLES,
    "r-2024-12-19-european-guarantees-not-enough",
    "2024-12-19T18:40:00+00:00",
    "https://euobserver.com/ukraine/arbe9cbbf9",
    S(
        "Zelensky says European guarantees alone will not be enough for Ukraine",
        "new",
        "zelensky-europe-alone-insufficient",
        "Kyiv's view of a Europe-only guarantee; no seed counterpart.",
    ),
    [
        [
            S(
                "BRUSSELS, December 19 – Security guarantees from European countries alone would not be enough to "
                "protect Ukraine from another Russian attack, President Volodymyr Zelensky said on Thursday after "
                "two days of talks with NATO and European Union leaders.",
                "new",
                "zelensky-europe-alone-insufficient",
                "European guarantees without the US judged insufficient.",
            ),
            S(
                "“The only guarantee, currently or in the future, is NATO,” he told reporters, adding that both the "
                "United States and the Europeans had to be on board.",
                "known",
                None,
                "Seed 003: guarantees cannot substitute for membership.",
                ["new"],
            ),
        ],
        [
            S(
                "Zelensky spoke after a late-night meeting on Wednesday at the residence of Mark Rutte, who took "
                "over from Jens Stoltenberg at the head of the alliance in October.",
                "changed",
                "rutte-succeeds-stoltenberg",
                "Explicit succession at NATO (seed: Stoltenberg).",
            ),
            S(
                "Rutte invited the leaders of Germany, Italy, Poland, Denmark and the Netherlands, along with the "
                "heads of the EU's two main institutions, while France and Britain sent their foreign ministers."
            ),
        ],
        [
            S(
                "Rutte said the guests would concentrate on getting Ukraine more air defence and weapons so that it "
                "could negotiate from a position of strength."
            ),
            S(
                "Diplomats said they also discussed what Europe could do to secure Ukraine after any ceasefire, "
                "including the idea of a European force, but took no decisions.",
                "new",
                "european-postwar-force",
                "Post-ceasefire European force discussed.",
            ),
            S(
                "German Chancellor Olaf Scholz said it was premature to talk about sending troops.",
                "new",
                "scholz-troops-premature",
                "Germany cool on a post-war force.",
            ),
        ],
        [
            S(
                "Zelensky has been pressing allies for a formal invitation to join NATO, but the United States and "
                "Germany have been deeply reluctant and Hungary is opposed.",
                "new",
                ["us-germany-reluctant", "hungary-opposed"],
                "Named allies withholding consensus: new, not a denial.",
            ),
            S(
                "President-elect Donald Trump told Zelensky and French President Emmanuel Macron in Paris this month "
                "that he did not back Ukrainian membership, the Wall Street Journal reported last week.",
                "contradicted",
                "trump-opposes-membership",
                "Trump against membership, told again.",
            ),
        ],
        [
            S(
                "He also told them he wanted European soldiers, not American ones, to monitor any truce, according "
                "to the report.",
                "new",
                "trump-european-troops",
                "European monitoring force, told again.",
            ),
            S(
                "Guarantees from Europe on its own, Zelensky repeated, would not be sufficient.",
                "new",
                "zelensky-europe-alone-insufficient",
                "The lead told again.",
            ),
        ],
        [
            S(
                "He complained that of 13 brigades partners had promised to train and equip outside Ukraine, only "
                "two were ready, one in France and one in Germany."
            ),
            S(
                "Trump, who replaces Joe Biden on January 20, has promised to end the war quickly.",
                "changed",
                "trump-succeeds-biden",
                "The seed's US president is to be replaced.",
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# R08 Florida talks led by Umerov after Yermak's exit (on topic: office holders, guarantees, draft)
article(
    ARTICLES,
    "r-2025-11-30-florida-talks-umerov",
    "2025-11-30T23:50:00+00:00",
    "https://www.timeslive.co.za/news/world/2025-12-01-more-work-needed-to-reach-ukraine-peace-deal-after-productive-talks-in-florida-rubio-says/",
    S(
        "Umerov leads Ukraine's team at Florida talks days after Yermak's exit",
        "changed",
        ["yermak-out", "umerov-nsdc"],
        "Yermak gone; Umerov holds the NSDC post (seed: Danilov).",
    ),
    [
        [
            S(
                "HALLANDALE BEACH, Florida, November 30 – US and Ukrainian officials held what Secretary of State "
                "Marco Rubio called very productive talks in Florida on Sunday on ending Russia's war, though he said "
                "there was more work to do."
            ),
            S(
                "The Ukrainian delegation was led by Rustem Umerov, secretary of the National Security and Defence "
                "Council, after Andriy Yermak, Zelensky's chief of staff and previous lead negotiator, resigned on "
                "Friday.",
                "changed",
                ["yermak-out", "umerov-nsdc"],
                "Yermak has left; Umerov is NSDC secretary.",
            ),
        ],
        [
            S(
                "Yermak stepped down hours after anti-corruption investigators searched his home.",
                "changed",
                "yermak-out",
                "Yermak's exit told again.",
            ),
            S(
                "Umerov moved to the security council from the defence ministry in July.",
                "changed",
                ["umerov-nsdc", "defmin-shmyhal"],
                "Umerov left defence (seed 001) for the NSDC.",
            ),
            S(
                "He said the delegation's instructions were to protect Ukraine's interests, build on the progress "
                "made in Geneva and obtain reliable, long-term security guarantees.",
                "new",
                "florida-guarantees",
                "Guarantees sought in the US talks.",
            ),
        ],
        [
            S(
                "The team also included the chief of the general staff, Andrii Hnatov, and First Deputy Foreign "
                "Minister Sergiy Kyslytsya."
            ),
            S(
                "On the American side Rubio was joined by special envoy Steve Witkoff and Jared Kushner, the "
                "president's son-in-law, at Witkoff's golf club."
            ),
        ],
        [
            S(
                "Rubio said the aim was not only to end the war but to create a mechanism that would let Ukraine "
                "stay independent and sovereign and never face another war.",
                "new",
                "florida-guarantees",
                "A guarantee mechanism, told in other words.",
            ),
            S("Witkoff is due in Moscow later this week to present the results to Vladimir Putin."),
        ],
        [
            S(
                "The talks are working from a revised version of a 28-point plan drafted in Washington, which in its "
                "original form would have required Ukraine to write into its constitution that it would never join "
                "NATO.",
                "contradicted",
                "us-draft-renounce-nato",
                "US draft requiring Ukraine to renounce membership.",
            ),
            S(
                "In Geneva a week ago, the two sides reworked it into a shorter framework and left the most "
                "sensitive questions, among them territory and NATO, for the two presidents.",
                "new",
                "geneva-nato-left-open",
                "The NATO question left open for the leaders.",
            ),
        ],
        [
            S(
                "Moscow has insisted that any settlement must rule out Ukraine's membership of the alliance.",
                "contradicted",
                "russia-demands-no-nato",
                "Russian demand to bar Ukraine from NATO.",
                ["new"],
            ),
            S(
                "Allies promised Kyiv in 2008 that it would one day become a member, and declared at their "
                "Washington summit last year that its path to membership was irreversible.",
                "known",
                None,
                "Seeds 000/002: Bucharest promise, irreversible path.",
            ),
        ],
    ],
    True,
)

# ============================================================================================
# NEAR OR OFF TOPIC (4)
# ============================================================================================

# --------------------------------------------------------------------------------------------
# R09 Paris conference: Macron will not rule out troops (off topic; incidental: Hungary ratifies Sweden)
article(
    ARTICLES,
    "r-2024-02-26-macron-troops-not-ruled-out",
    "2024-02-26T22:15:00+00:00",
    "https://www.politico.eu/article/emmanuel-macron-doesnt-rule-out-sending-troops-to-ukraine-ammo/",
    S("Macron says sending Western troops to Ukraine cannot be ruled out"),
    [
        [
            S(
                "PARIS, February 26 – French President Emmanuel Macron said on Monday that Western troops could not "
                "be ruled out as a future option in Ukraine, after hosting more than 20 European leaders and other "
                "Western officials at the Elysee Palace."
            ),
            S(
                "“There is no consensus today to send troops on the ground in an official way,” he said, but added "
                "that nothing should be excluded to stop Russia winning the war."
            ),
        ],
        [
            S(
                "He declined to say which countries were considering such a step, saying he preferred to keep a "
                "degree of strategic ambiguity."
            ),
            S(
                "Polish President Andrzej Duda said the question of troops had produced the most heated debate of "
                "the meeting and that opinions differed.",
                "known",
                None,
                "Duda as Poland's president matches seed 002; incidental.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "Participants backed a Czech initiative to buy artillery shells for Ukraine outside the European "
                "Union, and Macron announced a new coalition to supply Kyiv with medium- and long-range missiles."
            ),
            S(
                "The United States was represented by its top diplomat for Europe, James O'Brien, and Britain by "
                "Foreign Secretary David Cameron."
            ),
        ],
        [
            S(
                "German Chancellor Olaf Scholz said the next day that no soldiers would be sent to Ukraine by "
                "European or NATO states."
            ),
            S(
                "NATO Secretary General Jens Stoltenberg said the alliance had no plans to deploy combat troops "
                "there.",
                "known",
                None,
                "Stoltenberg as secretary general matches the seeds; incidental.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "In Budapest on Monday, Hungary's parliament voted to ratify Sweden's accession to NATO, the last "
                "ally to do so after nearly two years of delay.",
                "changed",
                "sweden-all-ratified",
                "Every ally has ratified Sweden (seed: waiting on Turkey); incidental.",
                ["irrelevant"],
            ),
            S(
                "The Kremlin warned that a direct conflict between Russia and NATO would become inevitable if "
                "Western troops were sent."
            ),
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# R10 BALTOPS 24 begins (off topic; incidental: Sweden a member, 32 allies)
article(
    ARTICLES,
    "r-2024-06-05-baltops-begins",
    "2024-06-05T15:00:00+00:00",
    "https://stripes.com/branches/navy/2024-06-05/baltops-russia-navy-baltic-14087952.html",
    S("NATO launches annual Baltic Sea naval exercise as tensions with Russia run high"),
    [
        [
            S(
                "NAPLES, June 5 – NATO's annual Baltic Operations exercise begins on Friday, bringing together 20 "
                "allies, more than 50 ships, about 85 aircraft and some 9,000 personnel, the US Navy said."
            ),
            S(
                "The 53rd edition of the drills, which run until June 20, will practise amphibious landings, mine "
                "clearance, anti-submarine warfare and air defence."
            ),
        ],
        [
            S(
                "Sweden has taken part in the exercise for more than a decade, but this year it does so for the "
                "first time as a member of the alliance.",
                "changed",
                "sweden-member",
                "Sweden a member (seed: pending); incidental.",
                ["irrelevant"],
            ),
            S(
                "Russia's Baltic Fleet is based in Kaliningrad, its only port on the sea that stays free of ice."
            ),
        ],
        [
            S(
                "Vice Admiral Thomas Ishee, who commands the US Sixth Fleet, said the exercise sent a clear "
                "deterrence message."
            ),
            S(
                "Ships and aircraft linked to the US Indo-Pacific Command will also take part, a first in recent "
                "years for the European theatre."
            ),
        ],
        [
            S(
                "Experts have urged the alliance to look harder at the vulnerability of undersea pipelines and "
                "cables in the region."
            ),
            S(
                "The exercise is led by US Naval Forces Europe-Africa and commanded by NATO's Naval Striking and "
                "Support Forces."
            ),
        ],
        [
            S(
                "Sweden, which became the alliance's 32nd member in March, will host marine landings on its island "
                "of Gotland.",
                "changed",
                ["sweden-member", "alliance-32"],
                "Sweden a member of a 32-member alliance; incidental.",
                ["irrelevant"],
            ),
            S("Other drills will take place off Poland, Lithuania and Germany."),
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# R11 Roma sign Dovbyk (off topic: sport)
article(
    ARTICLES,
    "r-2024-08-02-roma-sign-dovbyk",
    "2024-08-02T17:45:00+00:00",
    "https://www.anews.com.tr/sport/2024/08/02/roma-sign-striker-ukrainian-striker-artem-dovbyk-from-girona",
    S("Roma sign La Liga top scorer Dovbyk from Girona"),
    [
        [
            S(
                "ROME, August 2 – AS Roma have signed Ukraine striker Artem Dovbyk from Girona, the Serie A club "
                "said on Friday."
            ),
            S(
                "The 27-year-old scored 24 goals and added eight assists in 36 league games last season, finishing "
                "as La Liga's top scorer as Girona took third place and a first Champions League berth."
            ),
        ],
        [
            S(
                "Roma did not disclose the fee, but Italian media put it at about 30.5 million euros plus up to 5.5 "
                "million in bonuses."
            ),
            S(
                "Dovbyk will wear the number 11 shirt and is the first Ukrainian to play for the club."
            ),
        ],
        [
            S(
                "Coach Daniele De Rossi had been looking for attacking reinforcements after Romelu Lukaku returned "
                "to Chelsea at the end of his loan."
            ),
            S("Roma completed the signing of Argentine winger Matias Soule earlier in the week."),
        ],
        [
            S("Girona bought Dovbyk from Dnipro-1 only a year ago for about 7.75 million euros."),
            S(
                "He led Ukraine's attack at Euro 2024 in Germany, where the team went out in the group stage despite "
                "collecting four points."
            ),
        ],
        [
            S(
                "All four teams in Ukraine's group finished level on points, and Ukraine were eliminated on goal "
                "difference."
            ),
            S("Dovbyk has scored ten goals in 31 games for his country."),
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# R12 Energy emergency: Shmyhal at the energy ministry (off topic; incidental: defence minister changes)
article(
    ARTICLES,
    "r-2026-01-16-shmyhal-energy-emergency",
    "2026-01-16T16:30:00+00:00",
    "https://www.aljazeera.com/news/2026/1/16/ukraine-scrambling-for-energy-as-russian-strikes-hit-infrastructure",
    S("Ukraine's new energy minister says every power plant has come under Russian attack"),
    [
        [
            S(
                "KYIV, January 16 – There is not a single power plant left in Ukraine that Russia has not attacked, "
                "Energy Minister Denys Shmyhal told parliament on Friday, as millions of people endured blackouts in "
                "sub-zero temperatures."
            ),
            S(
                "Shmyhal said the situation was most difficult in Kyiv and in the Dnipropetrovsk, Kharkiv and Odesa "
                "regions."
            ),
        ],
        [
            S("“In some cities and regions, winter preparations have failed,” he told lawmakers."),
            S(
                "He ordered state companies, among them Ukrainian Railways and Naftogaz, to arrange imports covering "
                "at least half of the country's electricity use during the heating season."
            ),
        ],
        [
            S("His ministry estimates that Ukraine has fuel reserves for only 20 days."),
            S(
                "The country needs to install up to 2.7 gigawatts of new generating capacity by the end of the year "
                "to meet demand, Shmyhal said."
            ),
        ],
        [
            S(
                "President Volodymyr Zelensky declared a state of emergency in the energy sector on Wednesday and "
                "put Shmyhal in charge of a permanent coordination headquarters in Kyiv."
            ),
            S(
                "Hundreds of apartment blocks in the capital remained without heating after a mass Russian strike on "
                "January 9, with night temperatures close to minus 20 degrees Celsius."
            ),
        ],
        [
            S(
                "Shmyhal, who is also first deputy prime minister, took over the energy ministry this week after six "
                "months as defence minister, a post he had taken over from Rustem Umerov last July and has now handed "
                "to Mykhailo Fedorov.",
                "changed",
                ["defmin-shmyhal", "defmin-fedorov"],
                "Defence minister no longer Umerov (seed 001); incidental.",
                ["irrelevant"],
            ),
            S(
                "Russia has targeted Ukraine's power grid every winter since its full-scale invasion in 2022."
            ),
        ],
    ],
    False,
)
