"""Article set ac: the articles, sentence by sentence with their gold (`python3 ../build.py set_ac`)."""

from corpus import S, article

CHANNEL = "Article set ac: Ukraine's road to NATO as seen from allied capitals"
DESCRIPTION = "12 articles rewritten from real 2024-2026 coverage (links point at the originals)."
ARTICLES: list = []

# ============================================================================================
# ON TOPIC (8)
# ============================================================================================

# --------------------------------------------------------------------------------------------
# AC01 Washington's line in Brussels: Hegseth says membership is not realistic; Trump "not practical"
article(
    ARTICLES,
    "ac-2025-02-12-hegseth-membership-unrealistic",
    "2025-02-12T15:40:00+00:00",
    "https://www.reuters.com/world/europe/hegseth-says-returning-ukraines-pre-2014-borders-unrealistic-goal-2025-02-12/",
    S(
        "Hegseth tells Kyiv's backers that NATO membership is not a realistic outcome",
        "contradicted",
        "ac-hegseth-unrealistic",
        "US defence secretary rules membership out of a settlement: against 'Ukraine's future is in NATO'.",
    ),
    [
        [
            S(
                "BRUSSELS, Feb 12 (Reuters) – The United States does not believe that NATO membership for Ukraine "
                "is a realistic outcome of a negotiated end to the war, Defense Secretary Pete Hegseth told Kyiv's "
                "allies on Wednesday.",
                "contradicted",
                "ac-hegseth-unrealistic",
                "The denial itself, from the US government.",
            ),
            S(
                "He also called a return to Ukraine's borders as they stood before 2014 an unrealistic objective "
                "that would only prolong the suffering."
            ),
        ],
        [
            S(
                "Any lasting peace must include “robust security guarantees” backed by capable European and "
                "non-European troops, Hegseth told the Ukraine Defense Contact Group at the alliance's headquarters.",
                "new",
                "ac-hegseth-european-troops",
                "Guarantees carried by European and other troops; no seed counterpart.",
            ),
            S(
                "If such troops were ever sent to Ukraine as peacekeepers, he said, they should go as part of a "
                "non-NATO mission and should not be covered by Article 5 of the alliance's founding treaty.",
                "new",
                "ac-hegseth-no-article5",
                "Terms of the guarantee force (outside NATO, no Article 5); no seed counterpart.",
            ),
            S(
                "He added that no American troops would be deployed to Ukraine as part of any guarantee.",
                "new",
                "ac-hegseth-no-us-troops",
                "US excludes its own troops from the guarantees; no seed counterpart.",
            ),
        ],
        [
            S(
                "It was Hegseth's first trip to Brussels since he took over the Pentagon from Lloyd Austin last "
                "month, and Britain's John Healey chaired the group for the first time in place of Washington.",
                "changed",
                "ac-hegseth-defsec",
                "New US defence secretary; seed 000 names Austin.",
            ),
        ],
        [
            S(
                "The remarks mark a sharp turn from the position of the Biden administration, which signed up at "
                "last July's Washington summit to a declaration calling Ukraine's path to membership irreversible.",
                "known",
                None,
                "Seed 003: Washington 2024 called the path 'irreversible'; the turn itself is the lede's denial.",
                ["contradicted"],
            ),
            S(
                "Biden's team had also refused to set a timetable for an invitation, with his national security "
                "adviser Jake Sullivan arguing that admitting Kyiv mid-war would put NATO at war with Russia.",
                "known",
                None,
                "Seeds 000/001: no timeline; Sullivan's 'NATO at war with Russia'.",
            ),
        ],
        [
            S(
                "Hours after Hegseth spoke, President Donald Trump said he had held a long phone call with Vladimir "
                "Putin and that the two had agreed their teams would start negotiating immediately."
            ),
            S(
                "Asked later at the White House whether Ukraine should be allowed to join the alliance, Trump said "
                "he did not think it was practical.",
                "contradicted",
                "ac-trump-not-practical",
                "The US president dismisses membership: a denial against the seeds' commitment.",
            ),
        ],
        [
            S(
                "Mark Rutte, who took over from Jens Stoltenberg as head of the 32-nation alliance in October, said "
                "European allies were ready to step up.",
                "changed",
                ["rutte-sg", "alliance-32"],
                "New Secretary General (seed: Stoltenberg) and 32 allies (seeds: 31).",
            ),
            S(
                "Ukrainian officials said membership remained the cheapest and most reliable guarantee for the West "
                "and that Kyiv would not give up the goal.",
                "known",
                None,
                "Seed 003: Zelensky says guarantees cannot substitute for membership.",
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# AC02 Berlin answers Washington: Pistorius on concessions before talks; the same denial retold
article(
    ARTICLES,
    "ac-2025-02-13-pistorius-premature-concessions",
    "2025-02-13T12:10:00+00:00",
    "https://www.dw.com/en/germanys-pistorius-criticizes-us-concessions-to-russia/a-71594112",
    S(
        "Berlin chides Washington for taking Ukraine's NATO hopes off the table before talks",
        "contradicted",
        "ac-hegseth-unrealistic",
        "Headline retelling the US ruling membership out.",
    ),
    [
        [
            S(
                "BRUSSELS, Feb 13 (DW) – German Defence Minister Boris Pistorius said on Thursday it was regrettable "
                "that the United States had made public concessions to Moscow before any negotiations had begun."
            ),
            S(
                "In his view, Pistorius said, Ukraine's possible membership of NATO and any loss of territory should "
                "have been discussed at the negotiating table, not settled in advance.",
                "new",
                "ac-pistorius-table",
                "Berlin wants membership kept as a question for the talks; no seed counterpart.",
                ["contradicted"],
            ),
        ],
        [
            S(
                "He was reacting to Pete Hegseth, who told allies a day earlier that Washington did not see NATO "
                "membership for Ukraine as a realistic outcome of a settlement.",
                "contradicted",
                "ac-hegseth-unrealistic",
                "Repeat of the US denial.",
            ),
            S(
                "The US defence secretary had also said any European peacekeepers in Ukraine would operate outside "
                "NATO and without Article 5 protection.",
                "new",
                "ac-hegseth-no-article5",
                "Repeat: the guarantee force outside NATO and Article 5.",
            ),
        ],
        [
            S(
                "On Thursday Hegseth said he had not meant to prejudge the talks, telling reporters that what was on "
                "or off the table was up to President Donald Trump.",
                "new",
                "ac-hegseth-walkback",
                "Softening of the denial; vague about what is on the table.",
                ["irrelevant"],
            ),
            S(
                "French and British officials insisted that Europe and Kyiv must have a seat at any talks on "
                "ending the war."
            ),
        ],
        [
            S(
                "Germany and the United States were long the allies most wary of inviting Ukraine while it is at "
                "war, and neither backed a firm date at the Vilnius summit in 2023.",
                "new",
                "ac-germany-wary",
                "Named reluctant allies: consensus lacking, not a denial; no timeline is seed 000.",
                ["known"],
            ),
            S(
                "That summit declared that Ukraine's future lay in NATO and that an invitation would follow when "
                "allies agreed and conditions were met.",
                "known",
                None,
                "Seeds 000/003: the Vilnius communiqué.",
            ),
            S(
                "A year later in Washington, the allies called Kyiv's path irreversible and described their military "
                "aid as a bridge to membership.",
                "known",
                None,
                "Seed 003: 'irreversible' and the 'bridge'.",
            ),
        ],
        [
            S(
                "Ukraine's foreign ministry, headed since September by Andrii Sybiha after Dmytro Kuleba stepped "
                "down, has said Kyiv will accept no substitute for full membership.",
                "changed",
                "ac-sybiha-fm",
                "New foreign minister (seed: Kuleba); the no-substitute line is seed 003.",
            ),
            S(
                "Chancellor Olaf Scholz, campaigning ahead of the February 23 election, said there could be no "
                "dictated peace for Ukraine."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# AC03 London: Starmer's 100-year partnership in Kyiv and Britain's "full part" in guarantees
article(
    ARTICLES,
    "ac-2025-01-16-starmer-100-year-partnership",
    "2025-01-16T14:00:00+00:00",
    "https://www.bbc.com/news/articles/c0k4y0e5w0yo",
    S(
        "Starmer signs 100-year partnership in Kyiv and pledges Britain's full part in guarantees",
        "new",
        ["ac-uk-100-year", "ac-uk-full-part"],
        "A new treaty with Ukraine and a British pledge on guarantees; no seed counterpart.",
    ),
    [
        [
            S(
                "KYIV, Jan 16 (BBC) – Prime Minister Keir Starmer signed a 100-year partnership with Ukraine on "
                "Thursday on his first visit to Kyiv since taking office, promising that Britain would stand with "
                "the country for generations.",
                "new",
                "ac-uk-100-year",
                "The partnership and its term; no seed counterpart.",
            ),
            S(
                "Air-raid sirens sounded and explosions were heard in the capital while the two leaders met."
            ),
        ],
        [
            S(
                "The treaty commits London to back Kyiv's “irreversible” path to full Euro-Atlantic integration, "
                "including membership of NATO.",
                "known",
                None,
                "Seed 003: the 'irreversible' path to membership.",
            ),
            S(
                "It covers defence and security cooperation, including a new maritime security arrangement in the "
                "Baltic, the Black Sea and the Sea of Azov, as well as energy, science, trade and health.",
                "new",
                "ac-uk-100-year",
                "Scope of the treaty; much of it is not about security.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "Starmer said Britain would play its full part alongside allies in any steps to guarantee Ukraine's "
                "security once the fighting stops.",
                "new",
                "ac-uk-full-part",
                "British commitment to post-war guarantees; no seed counterpart.",
            ),
            S(
                "Zelensky said the two men had discussed the possible deployment of partner countries' forces in "
                "Ukraine as part of those guarantees.",
                "new",
                "ac-uk-partner-forces",
                "Foreign troops as a guarantee; no seed counterpart.",
            ),
            S(
                "Britain will also provide 3 billion pounds of military aid a year for as long as it takes, Starmer "
                "said.",
                "new",
                "ac-uk-3bn",
                "Aid figure; minor.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "A year ago Britain became the first country to conclude a bilateral security agreement with Kyiv "
                "under the G7 declaration of July 2023.",
                "known",
                None,
                "Seed 003: the UK concluded the first agreement on 12 January 2024.",
            ),
            S(
                "Those agreements stop short of the mutual defence promised by Article 5, and Zelensky has said none "
                "of them can replace membership of the alliance.",
                "known",
                None,
                "Seed 003: no Article 5; cannot substitute for membership.",
            ),
            S(
                "Britain also signed the 1994 Budapest Memorandum, whose promises to respect Ukraine's borders Kyiv "
                "says Russia has trampled.",
                "known",
                None,
                "Seed 001: the UK, US and Russia committed to Ukraine's borders in 1994.",
            ),
        ],
        [
            S(
                "The visit came days before Donald Trump's inauguration, which has raised fears in Kyiv that "
                "American support could dwindle."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# AC04 Paris: the coalition of the willing; the British-French declaration of intent
article(
    ARTICLES,
    "ac-2026-01-06-paris-declaration-troops",
    "2026-01-06T19:30:00+00:00",
    "https://www.reuters.com/world/europe/coalition-willing-leaders-meet-paris-ukraine-security-guarantees-2026-01-06/",
    S(
        "Britain and France sign pledge to put troops in Ukraine after a ceasefire",
        "new",
        "ac-uk-fr-intent",
        "British-French declaration of intent to deploy forces; no seed counterpart.",
    ),
    [
        [
            S(
                "PARIS, Jan 6 (Reuters) – Britain and France signed a declaration of intent on Tuesday to deploy "
                "forces to Ukraine if a peace deal is reached, as leaders of the so-called coalition of the willing "
                "met in Paris to firm up security guarantees for Kyiv.",
                "new",
                "ac-uk-fr-intent",
                "The declaration itself.",
            ),
            S(
                "Prime Minister Keir Starmer said the two countries would set up military hubs across Ukraine and "
                "build protected sites for weapons and equipment.",
                "new",
                "ac-uk-fr-hubs",
                "What the force would do; no seed counterpart.",
            ),
        ],
        [
            S(
                "President Emmanuel Macron said several thousand French troops could be deployed, far from the front "
                "line, to help deter a fresh Russian attack.",
                "new",
                "ac-france-thousands",
                "French contribution to the guarantee force; no seed counterpart.",
            ),
            S(
                "The United States would lead a mechanism to monitor any ceasefire, according to the declaration "
                "agreed by the participants.",
                "new",
                "ac-us-ceasefire-monitoring",
                "US role in the guarantee package; no seed counterpart.",
            ),
            S(
                "Steve Witkoff, Trump's envoy, said Washington stood strongly behind the security protocols, and "
                "Jared Kushner also attended.",
                "new",
                "ac-us-backs-paris",
                "US backing for the coalition's guarantees; no seed counterpart.",
            ),
        ],
        [
            S(
                "Chancellor Friedrich Merz said Germany could contribute forces on NATO territory next to Ukraine but "
                "not inside the country.",
                "new",
                "ac-germany-neighbouring",
                "German contribution to the guarantees; no seed counterpart.",
            ),
            S(
                "Polish Prime Minister Donald Tusk repeated that Poland would not send soldiers to Ukraine but would "
                "run logistics for the force from its territory.",
                "new",
                "ac-poland-logistics",
                "Polish role in the guarantee force; no seed counterpart.",
            ),
        ],
        [
            S(
                "The talks built on a December meeting in Berlin, where US negotiators offered Kyiv guarantees "
                "modelled on NATO's Article 5 and Zelensky said he was ready to drop the membership bid in return.",
                "contradicted",
                "ac-zelensky-drop-bid",
                "Retells Kyiv's offer to give up membership (and the US Article 5-like offer).",
                ["new"],
            ),
            S(
                "Zelensky, who last week named military intelligence chief Kyrylo Budanov to head his office in "
                "place of Andriy Yermak, said Kyiv needed to know exactly what partners would do if Russia attacked "
                "again.",
                "changed",
                ["ac-budanov-office", "ac-yermak-out"],
                "New head of the President's Office (seed: Yermak).",
            ),
        ],
        [
            S(
                "Allies have so far offered Ukraine no invitation to join the alliance, though at their 2024 "
                "Washington summit they called its path to membership irreversible.",
                "known",
                None,
                "Seed 003: no invitation; 'irreversible'.",
            ),
            S(
                "The G7 pledges of July 2023 that the coalition is now trying to reinforce promised consultations "
                "within 24 hours of any new attack, but no mutual defence clause.",
                "known",
                None,
                "Seed 003: the G7 declaration's 24-hour consultations, no Article 5.",
            ),
            S(
                "Territorial questions, including the fate of the Donbas, remained the main obstacle to a deal, "
                "officials said."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# AC05 Berlin talks: US "Article 5-like" offer; Zelensky ready to shelve the bid; European statement
article(
    ARTICLES,
    "ac-2025-12-15-berlin-article5-like-offer",
    "2025-12-15T18:45:00+00:00",
    "https://apnews.com/article/russia-ukraine-war-berlin-talks-security-guarantees-witkoff-kushner-9d1c5e2b7a4f",
    S(
        "US puts 'Article 5-like' guarantees on the table in Berlin as Zelensky offers to shelve NATO bid",
        "contradicted",
        "ac-zelensky-drop-bid",
        "Kyiv itself ready to give up membership (most severe), with the US offer.",
        ["new"],
    ),
    [
        [
            S(
                "BERLIN, Dec 15 (AP) – The United States offered Ukraine security guarantees modelled on NATO's "
                "mutual defence clause during two days of talks in Berlin, US officials said on Monday, calling the "
                "package a “platinum standard” that Trump was ready to put to the Senate.",
                "new",
                "ac-us-article5-like",
                "Article 5-like US guarantees; no seed counterpart.",
            ),
            S(
                "Chancellor Friedrich Merz, who hosted the talks, called the legal and material guarantees "
                "Washington had offered “truly remarkable”.",
                "new",
                "ac-us-article5-like",
                "Same offer, from the host.",
            ),
        ],
        [
            S(
                "On the eve of the talks, Zelensky said Ukraine was prepared to give up its ambition to join NATO in "
                "exchange for binding guarantees from the United States and Europe.",
                "contradicted",
                "ac-zelensky-drop-bid",
                "Kyiv ready to renounce membership: against 'Ukraine's future is in NATO'.",
                ["new"],
            ),
            S(
                "“From the very beginning, Ukraine's desire was to join NATO, these are real security guarantees, "
                "but some partners from the US and Europe did not support this direction,” he told reporters.",
                "new",
                "ac-partners-not-support",
                "Allies lacking consensus, named: not a denial.",
            ),
            S(
                "Bilateral guarantees with Washington and similar pledges from European countries were “already a "
                "compromise on our part”, he said.",
                "contradicted",
                "ac-zelensky-drop-bid",
                "Guarantees accepted in place of membership, as a concession.",
                ["new"],
            ),
        ],
        [
            S(
                "Kyiv's delegation was led by Rustem Umerov, the secretary of the National Security and Defence "
                "Council, who took over as chief negotiator after Andriy Yermak resigned as head of the "
                "presidential office last month.",
                "changed",
                ["ac-umerov-nsdc", "ac-yermak-out"],
                "New NSDC secretary (seed: Danilov) and Yermak gone from the President's Office.",
            ),
            S(
                "Trump's envoy Steve Witkoff and his son-in-law Jared Kushner represented Washington."
            ),
        ],
        [
            S(
                "In a joint statement, Merz, Emmanuel Macron, Keir Starmer and other European leaders proposed a "
                "European-led multinational force for Ukraine, backed by the United States, to help rebuild its army "
                "and secure its skies and seas.",
                "new",
                "ac-multinational-force",
                "European-led force as a guarantee; no seed counterpart.",
            ),
            S(
                "They also backed a US-led mechanism to monitor a ceasefire and a legally binding commitment to "
                "restore peace, by armed force if needed, should Russia attack again.",
                "new",
                ["ac-us-ceasefire-monitoring", "ac-binding-commitment"],
                "Monitoring and a binding response to renewed attack; no seed counterpart.",
            ),
            S(
                "Ukraine's armed forces should remain at 800,000 troops in peacetime, the statement said.",
                "new",
                "ac-army-800k",
                "Size of the army as a guarantee; a number with no seed counterpart.",
            ),
        ],
        [
            S(
                "Moscow has long insisted that Kyiv formally renounce its bid to join the alliance as a condition "
                "for ending the war.",
                "contradicted",
                "ac-russia-renounce-demand",
                "Russian demand that Ukraine renounce membership (convention: contradicted, alt new).",
                ["new"],
            ),
            S(
                "Since the Vilnius summit in 2023, Kyiv's line had been that no guarantee from individual allies "
                "could stand in for membership.",
                "known",
                None,
                "Seed 003: Zelensky says the guarantees cannot substitute for membership.",
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# AC06 Warsaw: Nawrocki sworn in after Duda; his campaign pledges on Ukraine and NATO
article(
    ARTICLES,
    "ac-2025-08-06-nawrocki-sworn-in",
    "2025-08-06T13:00:00+00:00",
    "https://www.reuters.com/world/europe/nationalist-historian-nawrocki-sworn-in-polands-president-2025-08-06/",
    S(
        "Nawrocki takes over from Duda as Poland's president",
        "changed",
        "ac-nawrocki-president",
        "New President of Poland (seed: Duda).",
    ),
    [
        [
            S(
                "WARSAW, Aug 6 (Reuters) – Karol Nawrocki, a conservative historian backed by the Law and Justice "
                "party, was sworn in as Poland's president on Wednesday, succeeding Andrzej Duda after his two "
                "five-year terms.",
                "changed",
                "ac-nawrocki-president",
                "The succession itself.",
            ),
            S(
                "In his address to parliament he pledged to defend Polish sovereignty and to be a strong ally of "
                "the United States."
            ),
        ],
        [
            S(
                "Nawrocki, 42, won a June runoff against Warsaw mayor Rafal Trzaskowski, the candidate of Prime "
                "Minister Donald Tusk's coalition."
            ),
            S("His veto powers are expected to complicate the government's plans."),
        ],
        [
            S(
                "During the campaign he signed a pledge drawn up by the far-right Confederation party that included "
                "a promise not to sign any law ratifying Ukraine's accession to NATO.",
                "contradicted",
                "ac-nawrocki-no-ratify",
                "An ally's head of state pledging to withhold ratification: a veto pledge.",
            ),
            S(
                "Earlier in the year he said he did not see Ukraine in either the EU or NATO until disputes over the "
                "wartime massacres in Volhynia were resolved.",
                "contradicted",
                "ac-nawrocki-volhynia",
                "Hedged refusal of membership by an ally's future president.",
                ["new"],
            ),
            S(
                "Because every ally must ratify a newcomer's membership, a president who refuses to sign could hold "
                "up Ukraine's entry on his own.",
                "known",
                None,
                "Seed 000: new members need the unanimous approval of all allies.",
                ["new"],
            ),
        ],
        [
            S(
                "Duda, who leaves office after a decade, was among Kyiv's most vocal backers and in 2023 floated a "
                "ten-year, Israeli-style security partnership for Ukraine in place of immediate membership.",
                "known",
                None,
                "Seed 002: Duda and the ten-year 'Israeli formula'.",
            ),
            S(
                "Foreign Minister Radoslaw Sikorski has long argued that Ukraine's eventual membership of the "
                "alliance would make Poland safer.",
                "known",
                None,
                "Support for eventual membership, as in seed 003's 'Ukraine's future is in NATO'.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "Poland plans to spend 4.7% of its economic output on defence this year, the most of any NATO member."
            ),
            S(
                "Nawrocki has promised to seek a larger permanent American troop presence on Polish soil."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# AC07 Bratislava's line: Fico will not block Ukraine's EU path but opposes NATO entry
article(
    ARTICLES,
    "ac-2024-01-24-fico-uzhhorod-nato",
    "2024-01-24T16:20:00+00:00",
    "https://www.reuters.com/world/europe/slovak-pm-fico-says-slovakia-will-not-block-ukraines-eu-path-2024-01-24/",
    S(
        "Fico says Slovakia will not block Ukraine's EU path but opposes its NATO entry",
        "contradicted",
        "ac-fico-no-nato",
        "An ally's government refuses to support membership.",
    ),
    [
        [
            S(
                "UZHHOROD, Ukraine, Jan 24 (Reuters) – Slovak Prime Minister Robert Fico said on Wednesday his "
                "government would not stand in the way of Ukraine's bid to join the European Union, after talks "
                "with his Ukrainian counterpart Denys Shmyhal in the border city of Uzhhorod."
            ),
            S(
                "On the alliance, however, Bratislava would not support Kyiv's membership, Fico said.",
                "contradicted",
                "ac-fico-no-nato",
                "The refusal itself.",
            ),
        ],
        [
            S(
                "“Ukraine's accession to NATO would be only the basis for a third world war,” he had said in a radio "
                "interview days earlier.",
                "contradicted",
                "ac-fico-no-nato",
                "Same refusal, argued; close to Sullivan's 'NATO at war with Russia' (seed 000).",
                ["known"],
            ),
            S(
                "Fico also said Slovakia would not block the EU's aid for Ukraine and would not stop private firms "
                "from selling arms to Kyiv."
            ),
        ],
        [
            S(
                "Shmyhal said the two governments had agreed to work on energy and transport links and that Ukraine "
                "valued Slovakia's humanitarian help."
            ),
        ],
        [
            S(
                "NATO takes decisions on new members by consensus, so a single ally's refusal would be enough to "
                "keep Ukraine out.",
                "known",
                None,
                "Seed 000: unanimous approval of all allies.",
            ),
            S(
                "At their Vilnius summit last July the allies said Ukraine would be invited when they all agreed and "
                "conditions were met, without giving a date.",
                "known",
                None,
                "Seeds 000/003: the Vilnius formula, no timeline.",
            ),
            S(
                "They also dropped the requirement that Kyiv first complete a Membership Action Plan and set up a "
                "NATO-Ukraine Council.",
                "known",
                None,
                "Seeds 001/003: MAP dropped, NATO-Ukraine Council.",
            ),
            S(
                "Kyiv's hopes date back to the Bucharest summit of 2008, when the allies promised that Ukraine and "
                "Georgia would one day join but refused them a Membership Action Plan.",
                "known",
                None,
                "Seeds 000/004: Bucharest's 'will become members', no MAP.",
            ),
        ],
        [
            S(
                "Fico, who returned to power in October on a promise to end military aid from state stocks, has "
                "also questioned Western sanctions on Russia."
            ),
            S(
                "He is due to attend an EU summit next week at which leaders will try again to agree 50 billion "
                "euros of aid for Kyiv over Hungary's objections."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# AC08 Budapest: Orban will not block NATO's new Ukraine support role but stays out
article(
    ARTICLES,
    "ac-2024-06-12-orban-stoltenberg-budapest",
    "2024-06-12T17:00:00+00:00",
    "https://www.reuters.com/world/europe/hungary-will-not-block-nato-support-ukraine-orban-says-2024-06-12/",
    S(
        "Hungary will not block NATO's new Ukraine support role, but will stay out of it, Orban says",
        "new",
        "ac-hungary-not-block",
        "Hungary lets NATO's Ukraine assistance command go ahead; no seed counterpart.",
    ),
    [
        [
            S(
                "BUDAPEST, June 12 (Reuters) – Hungary will not veto NATO's plans to take a bigger role in "
                "coordinating military aid and training for Ukraine, Prime Minister Viktor Orban said on Wednesday "
                "after talks with Secretary General Jens Stoltenberg.",
                "new",
                "ac-hungary-not-block",
                "The deal itself.",
            ),
            S(
                "In return, Stoltenberg said, Budapest would not be asked to contribute personnel or money to the "
                "effort, and he said he expected Hungary not to stand in the way.",
                "new",
                "ac-hungary-not-block",
                "Terms of the opt-out; about the aid role, not membership.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "Under the plan, due to be endorsed at the alliance's Washington summit next month, a NATO command in "
                "Germany would take over much of the work now done by the US-led Ramstein group.",
                "new",
                "ac-nato-aid-command",
                "NATO command for Ukraine assistance (NSATU); no seed counterpart.",
            ),
            S(
                "Stoltenberg is also seeking a pledge from allies to provide about 40 billion euros a year in "
                "military aid to Kyiv.",
                "new",
                "ac-40bn-pledge",
                "Aid figure; minor.",
                ["irrelevant"],
            ),
            S(
                "Supporters say anchoring the effort in the alliance would shield it from political swings, "
                "including a possible return of Donald Trump.",
                "new",
                "ac-nato-aid-command",
                "Purpose of the command.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "Orban said he had been assured that no Hungarian soldiers or funds would be used for NATO "
                "activities in support of Ukraine, which he said went beyond the defensive purpose of the alliance.",
                "new",
                "ac-hungary-not-block",
                "Hungary's opt-out, in Orban's words.",
                ["irrelevant"],
            ),
            S(
                "Budapest has long argued that taking Ukraine into NATO while the fighting goes on would bring the "
                "alliance into direct war with Russia.",
                "known",
                None,
                "Seeds 000/001: admitting Ukraine mid-war would mean NATO at war with Russia.",
            ),
        ],
        [
            S(
                "No invitation for Kyiv to join is expected in Washington, diplomats say, though allies are debating "
                "language on a bridge to membership.",
                "known",
                None,
                "Seed 003: Washington gave no invitation and spoke of a 'bridge'.",
            ),
            S(
                "Orban's backing is also needed for Dutch Prime Minister Mark Rutte, the front-runner to succeed "
                "Stoltenberg when his term ends in October.",
                "changed",
                "rutte-sg",
                "Successor to a seed office holder only tipped: optional.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "Hungary was the last member to ratify Sweden's accession, approving it in February after a delay "
                "of more than a year and a half and bringing the alliance to 32 members.",
                "changed",
                ["sweden-member", "alliance-32"],
                "Hungary last to ratify, Sweden in (seed: waiting on Turkey) and 32 allies (seeds: 31).",
            ),
            S("Hungary takes over the rotating presidency of the European Union on July 1."),
        ],
    ],
    True,
)

# ============================================================================================
# OFF TOPIC, NEAR IT (4)
# ============================================================================================

# --------------------------------------------------------------------------------------------
# AC09 Ankara: Britain sells Typhoons to Turkey; Ankara to host the 2026 summit
article(
    ARTICLES,
    "ac-2025-10-27-turkey-typhoon-deal",
    "2025-10-27T15:00:00+00:00",
    "https://www.reuters.com/business/aerospace-defense/britain-signs-deal-sell-20-typhoon-jets-turkey-2025-10-27/",
    S("Britain agrees to sell Turkey 20 Typhoon fighter jets in deal worth up to 8 billion pounds"),
    [
        [
            S(
                "ANKARA, Oct 27 (Reuters) – Britain signed a deal on Monday to sell 20 Eurofighter Typhoon jets to "
                "Turkey, in an agreement worth up to 8 billion pounds that Prime Minister Keir Starmer called the "
                "biggest fighter deal in a generation."
            ),
            S(
                "Starmer and President Tayyip Erdogan signed the agreement in Ankara, with the first deliveries "
                "expected in 2030."
            ),
        ],
        [
            S(
                "The jets will be assembled partly at BAE Systems' plant in Warton, and the deal was said to support "
                "thousands of British jobs."
            ),
            S(
                "Turkey is also buying used Typhoons from Qatar and Oman to fill the gap until the new aircraft "
                "arrive."
            ),
        ],
        [
            S(
                "Ankara was removed from the American F-35 programme in 2019 after buying Russian S-400 air defence "
                "systems, and has struggled to modernise its ageing fleet."
            ),
            S(
                "Germany, a partner in the Eurofighter consortium, lifted its objections to the sale in the summer."
            ),
        ],
        [
            S(
                "The agreement comes as Turkey prepares to host NATO leaders in Ankara next July, the first summit "
                "in the country since Istanbul in 2004."
            ),
            S(
                "Turkey's parliament was the second-to-last in the alliance to approve Sweden's membership, ratifying "
                "it in January 2024 after months of delay.",
                "changed",
                "ac-turkey-ratified",
                "Status step: seed 001 has Sweden waiting on Turkey's ratification.",
            ),
            S(
                "Erdogan has also pressed to have Turkish firms included in European defence-industrial schemes."
            ),
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# AC10 Berlin and Vilnius: Merz inaugurates the German brigade in Lithuania
article(
    ARTICLES,
    "ac-2025-05-22-merz-brigade-lithuania",
    "2025-05-22T11:30:00+00:00",
    "https://www.reuters.com/world/europe/germany-inaugurates-brigade-lithuania-first-permanent-foreign-deployment-since-2025-05-22/",
    S(
        "Merz opens German brigade in Lithuania, Berlin's first permanent foreign deployment since World War Two"
    ),
    [
        [
            S(
                "VILNIUS, May 22 (Reuters) – Chancellor Friedrich Merz formally launched a German armoured brigade "
                "in Lithuania on Thursday, the first time since World War Two that Germany has permanently stationed "
                "troops abroad."
            ),
            S(
                "Merz told the soldiers that the defence of Lithuania was also the defence of Germany."
            ),
        ],
        [
            S(
                "The 45th Panzer Brigade is to reach about 4,800 soldiers and 200 civilian staff by 2027, based "
                "mainly in Rudninkai and Rukla."
            ),
            S(
                "Lithuanian President Gitanas Nauseda called the deployment a historic step for the security of "
                "the alliance's eastern flank."
            ),
        ],
        [
            S(
                "Lithuania has pledged to spend between 5% and 6% of its economic output on defence from next year."
            ),
            S(
                "Merz, who took office this month, has promised to build the strongest conventional army in Europe "
                "after parliament loosened borrowing limits for defence."
            ),
        ],
        [
            S(
                "Vilnius hosted the alliance's 2023 summit, at which leaders said Ukraine's future was in NATO but "
                "stopped short of inviting it to join.",
                "known",
                None,
                "Seeds 000/003: Vilnius, 'Ukraine's future is in NATO', no invitation.",
            ),
            S(
                "Defence Minister Boris Pistorius said the brigade would be fully ready for combat by the end of "
                "2027."
            ),
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# AC11 Oslo: Stoltenberg back in government as Norway's finance minister
article(
    ARTICLES,
    "ac-2025-02-04-stoltenberg-finance-minister",
    "2025-02-04T16:15:00+00:00",
    "https://www.reuters.com/world/europe/former-nato-chief-stoltenberg-become-norways-finance-minister-2025-02-04/",
    S(
        "Former NATO chief Stoltenberg returns to Norway's government as finance minister",
        "changed",
        "rutte-sg",
        "Says the seed's Secretary General has left; the story is Norwegian politics.",
        ["irrelevant"],
    ),
    [
        [
            S(
                "OSLO, Feb 4 (Reuters) – Jens Stoltenberg, who led NATO for a decade until October, was appointed "
                "Norway's finance minister on Tuesday, after the Centre Party quit Prime Minister Jonas Gahr Store's "
                "coalition in a row over European Union energy rules.",
                "changed",
                "rutte-sg",
                "Seed 002's Secretary General has left the post.",
            ),
            S(
                "Stoltenberg, a former Labour prime minister, said he had accepted because the country faced a "
                "demanding time."
            ),
        ],
        [
            S(
                "His return gives Labour a boost ahead of a parliamentary election in September, in which the party "
                "had been trailing in the polls."
            ),
            S(
                "He had been due to take over as chairman of the Munich Security Conference but withdrew to join the "
                "government."
            ),
        ],
        [
            S(
                "Stoltenberg handed NATO's top job to former Dutch Prime Minister Mark Rutte on October 1.",
                "changed",
                "rutte-sg",
                "New Secretary General (seed: Stoltenberg).",
            ),
            S(
                "His tenure saw Finland and Sweden join the alliance after both dropped decades of military "
                "non-alignment in response to Russia's full-scale invasion of Ukraine.",
                "changed",
                "sweden-member",
                "Sweden a member (seed 001: waiting on Turkey).",
            ),
            S(
                "He also chaired the 2023 Vilnius summit, where allies told Kyiv its future was in NATO but set no "
                "timetable for an invitation.",
                "known",
                None,
                "Seeds 000/003: Vilnius, no timeline.",
            ),
        ],
        [
            S(
                "The Centre Party's departure leaves Labour governing alone with a minority of seats in parliament."
            ),
            S(
                "Norway, Western Europe's largest gas supplier, shares an Arctic border with Russia."
            ),
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# AC12 Washington and Bucharest: the US scales back its rotation in Romania
article(
    ARTICLES,
    "ac-2025-10-29-us-troops-romania",
    "2025-10-29T14:50:00+00:00",
    "https://www.reuters.com/world/europe/us-reduce-troop-presence-romania-defence-ministry-says-2025-10-29/",
    S("US to scale back troop rotation on NATO's eastern flank, Romania says"),
    [
        [
            S(
                "BUCHAREST, Oct 29 (Reuters) – The United States will reduce the number of troops it rotates through "
                "Romania, the Romanian defence ministry said on Wednesday, in the first sign of a wider pullback of "
                "American forces from NATO's eastern flank."
            ),
            S("About 1,000 American soldiers will remain in the country, the ministry said."),
        ],
        [
            S(
                "The US Army said a brigade of the 101st Airborne Division deployed across several eastern allies "
                "would return home without being replaced."
            ),
            S(
                "It said the move reflected President Donald Trump's priorities and was not a sign of reduced "
                "commitment to the alliance or to Article 5."
            ),
        ],
        [
            S(
                "Romania's defence minister Ionut Mosteanu said the decision had been expected and that allies had "
                "been informed in advance."
            ),
            S(
                "Officials in Warsaw said they had been assured that American deployments in Poland would not be "
                "affected."
            ),
        ],
        [
            S(
                "The decision follows the alliance's summit in The Hague in June, at which its 32 members agreed to "
                "raise defence spending to 5% of economic output by 2035.",
                "changed",
                "alliance-32",
                "32 allies (seeds: 31), incidental in an off-topic story.",
                ["irrelevant"],
            ),
            S(
                "Washington has pressed European allies to take on more of the burden of their own defence."
            ),
        ],
    ],
    False,
)
