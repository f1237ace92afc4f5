"""Article set z: the articles, sentence by sentence with their gold (`python3 ../build.py set_z`)."""

from corpus import S, article

CHANNEL = "Article set z: an analyst's morning feed on Ukraine and NATO"
DESCRIPTION = "12 articles rewritten from real 2024-2026 coverage (links point at the originals)."
ARTICLES: list = []

# ============================================================================================
# ON TOPIC (8)
# ============================================================================================

# --------------------------------------------------------------------------------------------
# Z01 Germany and France sign ten-year security agreements with Ukraine (two new agreements,
# their terms, background restating the G7 framework)
article(
    ARTICLES,
    "z-2024-02-16-berlin-paris-security-pacts",
    "2024-02-16T19:40:00+00:00",
    "https://www.reuters.com/world/europe/zelenskiy-scholz-sign-security-agreement-berlin-2024-02-16/",
    S(
        "Germany and France sign ten-year security pacts with Ukraine on the same day",
        "changed",
        ["z-germany-agreement", "z-france-agreement"],
        "Two more concluded bilateral agreements; seed 003 has only the UK's.",
    ),
    [
        [
            S(
                "BERLIN/PARIS, Feb 16 – Ukrainian President Volodymyr Zelensky signed long-term security "
                "agreements with Germany and France on Friday, adding Europe's two largest economies to the "
                "list of countries that have put their support for Kyiv on paper.",
                "changed",
                ["z-germany-agreement", "z-france-agreement"],
                "Two newly concluded bilateral agreements; seed 003 has only the UK's.",
            ),
        ],
        [
            S(
                "Chancellor Olaf Scholz called the Berlin accord a historic step and said Germany would keep "
                "helping Ukraine for as long as it took."
            ),
            S(
                "The German text runs for ten years and binds Berlin to military aid, help in rebuilding "
                "Ukraine's arms industry and consultations within 24 hours if Russia attacks again.",
                "new",
                "z-germany-terms",
                "Term and scope of the German agreement; no seed counterpart (24-hour clause is known).",
            ),
            S(
                "Germany also announced a further military package worth 1.1 billion euros, including "
                "howitzers and artillery shells.",
                "new",
                "z-germany-aid",
                "Aid figure accompanying the agreement.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "Hours later in Paris, President Emmanuel Macron signed a similar ten-year agreement at the "
                "Elysee Palace and promised up to 3 billion euros in additional military aid this year.",
                "changed",
                "z-france-agreement",
                "A newly concluded bilateral agreement (France), with its term.",
            ),
            S(
                "Macron said Russia's aggression threatened Europe as a whole and that France would not let "
                "it prevail."
            ),
        ],
        [
            S(
                "The pacts follow the one Britain concluded in January, the first of its kind, and flow from "
                "a declaration by the Group of Seven in Vilnius last July that promised Ukraine long-term "
                "backing until it joins NATO.",
                "known",
                None,
                "Seed 003: UK first on 12 January; G7 declaration of July 2023; arrangements until membership.",
            ),
            S(
                "Like London's, they stop short of the mutual defence clause that binds the alliance's "
                "members to one another.",
                "known",
                None,
                "Seed 003: the arrangements do not replicate Article 5.",
            ),
        ],
        [
            S(
                "Zelensky has repeatedly said such arrangements are a bridge, not a replacement, and that "
                "only membership would keep Russia from attacking again.",
                "known",
                None,
                "Seeds 001/003: guarantees cannot substitute for membership; only NATO deters re-invasion.",
            ),
            S(
                "Allies agreed last year that Ukraine's future lies in NATO but have not said when it might "
                "be invited.",
                "known",
                None,
                "Seed 003: 'Ukraine's future is in NATO', no timeframe.",
            ),
        ],
        [
            S(
                "The signings came on the eve of the Munich Security Conference, where Zelensky was due to "
                "speak on Saturday."
            ),
            S(
                "News of the death in an Arctic prison of Russian opposition leader Alexei Navalny "
                "overshadowed the day, and Scholz said Navalny had paid for his courage with his life."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# Z02 Biden and Zelensky sign the US-Ukraine agreement at the G7; Japan signs too (new agreements,
# terms, count of agreements, restatements of the G7 framework)
article(
    ARTICLES,
    "z-2024-06-13-us-ukraine-ten-year-accord",
    "2024-06-13T20:15:00+00:00",
    "https://apnews.com/article/g7-summit-italy-biden-zelenskyy-security-agreement-ukraine-2024-06-13",
    S(
        "Biden and Zelensky sign ten-year security accord at G7 summit in Italy",
        "changed",
        "z-us-agreement",
        "A newly concluded bilateral agreement (United States).",
    ),
    [
        [
            S(
                "SAVELLETRI, Italy, June 13 – President Joe Biden and Ukrainian President Volodymyr Zelensky "
                "signed a ten-year bilateral security agreement on Thursday on the sidelines of the Group of "
                "Seven summit in southern Italy.",
                "changed",
                "z-us-agreement",
                "A newly concluded bilateral agreement (United States), with its term.",
            ),
            S(
                "The White House said the accord commits Washington to training Ukraine's forces, sharing "
                "intelligence and helping build up its arms industry, but does not commit American troops to "
                "fight.",
                "new",
                "z-us-terms",
                "Scope of the US agreement; no seed counterpart.",
            ),
        ],
        [
            S(
                "“Our goal is to strengthen Ukraine's defence and deterrence capabilities for the long term,” "
                "Biden told reporters.",
                "new",
                "z-us-terms",
                "Purpose of the same agreement; minor.",
                ["irrelevant"],
            ),
            S(
                "Zelensky called it the strongest agreement between Kyiv and Washington since Ukraine's "
                "independence."
            ),
        ],
        [
            S(
                "The document describes itself as a bridge to Ukraine's eventual membership of NATO and says "
                "Kyiv's future lies in the alliance.",
                "known",
                None,
                "Seed 003: assistance as a 'bridge' to membership; 'Ukraine's future is in NATO'.",
            ),
            S(
                "If Russia attacks Ukraine again, officials of both countries are to meet within 24 hours to "
                "decide on a response, the same promise the Group of Seven made in Vilnius last year.",
                "known",
                None,
                "Seed 003: G7 declaration, consultation within 24 hours.",
            ),
        ],
        [
            S(
                "Because it is an executive agreement rather than a treaty ratified by the Senate, a future "
                "president could walk away from it, a point raised by critics in both countries.",
                "new",
                "z-us-terms",
                "Legal form of the US agreement; no seed counterpart.",
            ),
            S(
                "National Security Adviser Jake Sullivan told reporters before the signing that the accord "
                "would show Moscow the depth of American resolve.",
                "known",
                None,
                "Seed office holder (Sullivan as national security adviser), matching the seed.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "Japan's Prime Minister Fumio Kishida signed a separate ten-year accord with Zelensky at the "
                "summit, pledging 4.5 billion dollars to Ukraine this year.",
                "changed",
                "z-japan-agreement",
                "A newly concluded bilateral agreement (Japan).",
            ),
            S(
                "Group of Seven leaders also agreed to lend Kyiv about 50 billion dollars backed by profits "
                "from frozen Russian central bank assets."
            ),
        ],
        [
            S(
                "Neither document alters the alliance's position that an invitation will come only when all "
                "members agree and conditions are met.",
                "known",
                None,
                "Seeds 000/003: invitation 'when allies agree and conditions are met'.",
            ),
            S(
                "Ukraine now has more than a dozen such bilateral agreements, most of them with European "
                "countries.",
                "changed",
                "z-agreement-count-2024",
                "Count of concluded agreements; seed 003 has one (the UK's).",
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# Z03 Washington summit declaration: 'irreversible', no invitation, NSATU, 40 billion, Rutte next
article(
    ARTICLES,
    "z-2024-07-10-washington-irreversible-path",
    "2024-07-10T22:05:00+00:00",
    "https://www.politico.eu/article/nato-summit-washington-declaration-ukraine-irreversible-path-membership/",
    S(
        "NATO calls Ukraine's path 'irreversible' but again issues no invitation",
        "known",
        None,
        "Seed 003: Washington 2024, 'irreversible', no invitation.",
    ),
    [
        [
            S(
                "WASHINGTON, July 10 – Leaders of NATO's 32 members declared on Wednesday that Ukraine was on "
                "an irreversible path to full membership, while again declining to say when the invitation "
                "Kyiv wants would come.",
                "changed",
                "alliance-32",
                "32 members; the seeds have 31 (rest restates seed 003).",
            ),
        ],
        [
            S(
                "The summit declaration repeats last year's formula that allies will invite Ukraine when they "
                "agree and conditions are met.",
                "known",
                None,
                "Seed 000/003: Vilnius formula.",
            ),
            S(
                "Germany and the United States, wary of being drawn into a war with Russia, resisted any "
                "stronger wording, diplomats said.",
                "new",
                "z-us-germany-reluctant",
                "Named reluctant allies: consensus lacking, not a denial; seeds have the US holding back.",
                ["known"],
            ),
        ],
        [
            S(
                "Allies agreed to set up a command in Wiesbaden, Germany, with about 700 staff to coordinate "
                "training and weapons deliveries for Ukraine.",
                "new",
                "z-nsatu-wiesbaden",
                "NATO assistance command for Ukraine (NSATU); no seed counterpart.",
            ),
            S(
                "They also pledged at least 40 billion euros in military aid within the next year and agreed "
                "to appoint a senior NATO representative in Kyiv.",
                "new",
                ["z-40bn-baseline", "z-senior-rep-kyiv"],
                "Funding pledge and a NATO representative in Kyiv; no seed counterpart.",
            ),
        ],
        [
            S(
                "Stoltenberg, hosting his last summit before handing over to former Dutch prime minister Mark "
                "Rutte in October, said the package was a bridge to membership.",
                "changed",
                "rutte-sg",
                "Successor to the seed's Secretary General appointed (rest restates the 'bridge').",
            ),
            S(
                "Ukraine's accession, he told reporters, was a question of when and not of whether.",
                "known",
                None,
                "Seed 000: Ukraine will become a member.",
            ),
        ],
        [
            S(
                "Zelensky welcomed the help but said Ukraine needed air defence now and a clear signal on "
                "membership.",
                "known",
                None,
                "Seed 002: Kyiv wants a clear signal on accession.",
                ["irrelevant"],
            ),
            S(
                "Biden opened the summit on Tuesday by announcing that allies would send Ukraine five more "
                "strategic air defence systems, including Patriot batteries."
            ),
        ],
        [
            S(
                "In Moscow, Kremlin spokesman Dmitry Peskov said Russia was following the summit closely and "
                "regarded Ukraine's accession as a direct threat to its security.",
                "known",
                None,
                "Restates Putin's 'direct threat' (seed 000).",
                ["contradicted"],
            ),
            S("He said Russia would take steps to counter the alliance's moves near its borders."),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# Z04 Rutte's first trip as Secretary General is to Kyiv; handover and farewell; Sybiha for Kuleba
article(
    ARTICLES,
    "z-2024-10-03-rutte-first-trip-kyiv",
    "2024-10-03T15:50:00+00:00",
    "https://kyivindependent.com/rutte-arrives-in-kyiv-on-first-visit-as-nato-secretary-general/",
    S(
        "Rutte makes Kyiv his first trip as NATO chief, says Ukraine closer than ever to the alliance",
        "changed",
        "rutte-sg",
        "New Secretary General's first trip: Rutte has replaced the seed's Stoltenberg.",
    ),
    [
        [
            S(
                "KYIV, Oct 3 – Mark Rutte chose Kyiv for his first trip as NATO secretary general on Thursday, "
                "arriving two days after he took over the alliance from Jens Stoltenberg.",
                "changed",
                "rutte-sg",
                "Rutte took over from Stoltenberg (seed office holder).",
            ),
        ],
        [
            S(
                "Standing beside President Volodymyr Zelensky, he said Ukraine was closer to NATO than ever "
                "before.",
                "known",
                None,
                "Consistent with the 'irreversible' path of seed 003; no conflicting detail.",
            ),
            S(
                "He told a news conference that the allies would stay on that path until Ukraine became a "
                "member of the alliance.",
                "known",
                None,
                "Seeds 000/003: Ukraine will become a member; irreversible path.",
            ),
        ],
        [
            S(
                "Zelensky thanked him and said Ukraine needed more air defence systems and permission to use "
                "Western weapons against military targets deep inside Russia."
            ),
            S(
                "He said he would present his plan to end the war at a meeting of Ukraine's backers at the "
                "Ramstein air base in Germany next week."
            ),
        ],
        [
            S(
                "On Tuesday, Rutte laid a wreath with Stoltenberg at the alliance's headquarters in Brussels "
                "and then chaired his first meeting of the North Atlantic Council.",
                "changed",
                "rutte-sg",
                "Handover to the new Secretary General.",
            ),
            S(
                "In his farewell remarks, Stoltenberg, who led NATO for a decade, urged allies to keep arming "
                "Ukraine, saying that was the surest road to a lasting peace.",
                "changed",
                "rutte-sg",
                "The seed's Secretary General leaving office; the content is aid.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "Rutte inherits a promise, first made in Bucharest in 2008 and repeated since, that Ukraine "
                "will one day join, but no agreed date for an invitation.",
                "known",
                None,
                "Seed 000: Bucharest 'will become members', no timeline.",
            ),
            S(
                "Allies said in Washington in July that they would invite Kyiv when they all agree and "
                "conditions are met, and several capitals, Washington and Berlin among them, remain wary of "
                "doing so while the fighting goes on.",
                "new",
                "z-us-germany-reluctant",
                "Named reluctant allies (consensus lacking); the rest restates the seeds.",
                ["known"],
            ),
        ],
        [
            S(
                "The visit came a month after a government reshuffle in which Andrii Sybiha replaced Dmytro "
                "Kuleba as Ukraine's foreign minister.",
                "changed",
                "z-sybiha-fm",
                "New foreign minister; the seeds name Kuleba.",
            ),
            S(
                "The Kremlin said it expected no change in the alliance's course toward Russia under Rutte."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# Z05 Hegseth in Brussels: membership not realistic, guarantees without Article 5; Trump
article(
    ARTICLES,
    "z-2025-02-12-hegseth-brussels-membership",
    "2025-02-12T18:30:00+00:00",
    "https://apnews.com/article/hegseth-ukraine-nato-membership-borders-contact-group-2025-02-12",
    S(
        "Hegseth tells Ukraine's backers that NATO membership is not a realistic outcome",
        "contradicted",
        "z-us-no-membership",
        "US defence secretary rules out membership as an outcome; against seed 003 'future is in NATO'.",
    ),
    [
        [
            S(
                "BRUSSELS, Feb 12 – US Defence Secretary Pete Hegseth told Ukraine's allies on Wednesday that "
                "Washington did not see NATO membership for Kyiv as a realistic result of any peace "
                "settlement.",
                "contradicted",
                "z-us-no-membership",
                "Denial of membership by a US official.",
            ),
            S("He also said a return to the borders Ukraine had before 2014 was an illusory goal."),
        ],
        [
            S(
                "Any security guarantee, he told the Ukraine Defence Contact Group at NATO headquarters, would "
                "have to be backed by capable European and non-European troops.",
                "new",
                "z-hegseth-european-troops",
                "Guarantee to rest on European and other troops; no seed counterpart.",
            ),
            S(
                "If such troops were ever deployed as peacekeepers, they should not be part of a NATO mission "
                "and should not be covered by Article 5, he said.",
                "new",
                "z-hegseth-no-article5",
                "Guarantee design outside NATO and Article 5; not a seed claim.",
            ),
            S(
                "He added that no American troops would be sent to Ukraine.",
                "new",
                "z-no-us-troops",
                "US excludes its own troops from a guarantee force.",
            ),
        ],
        [
            S(
                "Hegseth, sworn in last month as Lloyd Austin's successor after Vice President JD Vance broke "
                "a tie in the Senate, was attending his first meeting of the group Austin had founded.",
                "changed",
                "z-hegseth-defsec",
                "New US defence secretary; the seeds name Austin.",
            ),
            S(
                "Britain's Defence Secretary John Healey chaired the meeting for the first time, taking over "
                "the role from Washington."
            ),
        ],
        [
            S(
                "Hours later, President Donald Trump said he had spoken to Vladimir Putin by phone and that "
                "the two had agreed to start negotiations on ending the war."
            ),
            S(
                "Asked whether Ukraine should join NATO, Trump told reporters he did not think it was "
                "practical.",
                "contradicted",
                "z-trump-no-nato",
                "US president dismisses Ukraine's membership.",
            ),
        ],
        [
            S(
                "Kyiv has sought an invitation since the Vilnius summit of 2023, where allies said Ukraine's "
                "future was in NATO but set no timetable.",
                "known",
                None,
                "Seeds 000/003: Vilnius, future in NATO, no timeline.",
            ),
            S(
                "Last year's summit in Washington went further, calling the path irreversible.",
                "known",
                None,
                "Seed 003: Washington 2024, 'irreversible'.",
            ),
        ],
        [
            S(
                "Ukrainian officials have long argued that only membership would reliably stop Russia from "
                "attacking again.",
                "known",
                None,
                "Seed 001: only full membership removes the threat of re-invasion.",
            ),
            S(
                "European ministers at the meeting said Ukraine should not be pushed into concessions before "
                "talks had even begun."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# Z06 Istanbul: Russia's memorandum demands neutrality; Umerov leads Kyiv's delegation
article(
    ARTICLES,
    "z-2025-06-02-istanbul-memorandum-neutrality",
    "2025-06-02T17:20:00+00:00",
    "https://www.reuters.com/world/europe/russia-ukraine-talks-istanbul-memorandum-neutrality-2025-06-02/",
    S(
        "Russia demands Ukrainian neutrality in memorandum handed over in Istanbul",
        "contradicted",
        "z-russia-neutrality-memo",
        "Russian demand that Ukraine stay neutral (convention: contradicted, alt new).",
        ["new"],
    ),
    [
        [
            S(
                "ISTANBUL, June 2 – Russia handed Ukraine a memorandum at talks in Istanbul on Monday setting "
                "out its terms for peace, including a demand that Kyiv renounce any military alliance and "
                "accept neutral status.",
                "contradicted",
                "z-russia-neutrality-memo",
                "Russian demand to renounce alliances and stay neutral.",
                ["new"],
            ),
            S("The talks at the Ciragan Palace lasted a little over an hour."),
        ],
        [
            S(
                "The document, later published by Russian state media, also called for Ukraine to pull its "
                "forces out of four regions Moscow claims, to cap the size of its army and to bar foreign "
                "troops from its soil.",
                "new",
                "z-russia-neutrality-memo",
                "Further Russian terms of the same memorandum; barring foreign troops bears on guarantees.",
                ["contradicted"],
            ),
            S(
                "Ukraine's delegation was led by Defence Minister Rustem Umerov, and Russia's by presidential "
                "aide Vladimir Medinsky.",
                "known",
                None,
                "Umerov as defence minister, matching the seed.",
            ),
        ],
        [
            S(
                "The sides agreed to swap all severely wounded prisoners and those aged 18 to 25, and to "
                "return the bodies of 6,000 fallen soldiers each."
            ),
            S(
                "Umerov said Kyiv would study the Russian document and proposed meeting again before the end "
                "of June."
            ),
        ],
        [
            S(
                "Ukraine had sent Moscow its own road map, which said Kyiv could not be forced into neutrality "
                "and that its membership of NATO depended on consensus among the allies.",
                "known",
                None,
                "Seeds 000/003: invitation 'when allies agree'; unanimity required.",
                ["new"],
            ),
            S("Zelensky dismissed the Russian terms as an ultimatum."),
        ],
        [
            S(
                "Moscow has opposed Ukraine's drive toward the alliance since NATO promised at Bucharest in "
                "2008 that it would one day take in Ukraine and Georgia, a pledge Putin then called a direct "
                "threat.",
                "known",
                None,
                "Seed 000: Bucharest and Putin's 'direct threat'.",
            ),
            S(
                "Putin set out similar terms a year ago, demanding that Kyiv drop its membership bid as a "
                "condition for a ceasefire.",
                "contradicted",
                "z-putin-2024-terms",
                "Russian demand to renounce membership (convention: contradicted, alt new).",
                ["new"],
            ),
        ],
        [
            S(
                "The meeting came a day after Ukrainian drones struck several air bases deep inside Russia, "
                "damaging long-range bombers."
            ),
            S(
                "President Tayyip Erdogan said he hoped to host Putin and Zelensky together, with Trump "
                "present."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# Z07 Berlin: Zelensky offers to drop the NATO bid for Article 5-like guarantees; Umerov now at the
# NSDC, Yermak gone, Nawrocki for Duda
article(
    ARTICLES,
    "z-2025-12-15-berlin-zelensky-nato-bid",
    "2025-12-15T21:10:00+00:00",
    "https://kyivindependent.com/zelensky-ready-to-drop-nato-bid-in-exchange-for-security-guarantees/",
    S(
        "Zelensky offers to drop NATO bid in return for Western guarantees as Berlin talks open",
        "contradicted",
        "z-zelensky-drop-bid",
        "Ukraine's president ready to give up membership; against the seeds' path (alt new: conditional).",
        ["new"],
    ),
    [
        [
            S(
                "BERLIN, Dec 15 – President Volodymyr Zelensky said Ukraine was prepared to give up its quest "
                "for NATO membership if the United States and Europe gave it binding security guarantees, "
                "calling the offer a compromise on Kyiv's part.",
                "contradicted",
                "z-zelensky-drop-bid",
                "Kyiv ready to renounce membership (conditional, so alt new).",
                ["new"],
            ),
        ],
        [
            S(
                "He spoke to reporters on Sunday before more than five hours of talks with US envoy Steve "
                "Witkoff and Jared Kushner at the German chancellery."
            ),
            S(
                "The guarantees he has in mind would be bilateral and modelled on the alliance's Article 5, "
                "he said, with the United States, European countries, Canada and Japan among the providers.",
                "new",
                "z-article5-like-guarantees",
                "Article 5-like bilateral guarantees as the alternative; no seed counterpart.",
            ),
        ],
        [
            S(
                "After a second day of talks on Monday, US officials told reporters that Washington was "
                "offering Article 5-like protection that it would put to a vote in the Senate.",
                "new",
                "z-us-article5-senate",
                "US offer of Article 5-like protection with Senate approval.",
            ),
            S(
                "European leaders gathered by Chancellor Friedrich Merz said in a statement that a "
                "European-led multinational force would help rebuild Ukraine's army and secure its skies and "
                "seas.",
                "new",
                "z-multinational-force",
                "European-led force as part of guarantees; no seed counterpart.",
            ),
        ],
        [
            S(
                "Ukraine's team was led by Rustem Umerov, who became secretary of the National Security and "
                "Defence Council in July after almost two years as defence minister.",
                "changed",
                "z-umerov-nsdc",
                "New NSDC secretary (seed names Danilov); Umerov has left the defence ministry.",
            ),
            S(
                "He took over the negotiating role from Andriy Yermak, who resigned as head of the "
                "Presidential Office last month after anti-corruption investigators searched his home.",
                "changed",
                "z-yermak-out",
                "The seed's head of the Presidential Office has left.",
            ),
        ],
        [
            S(
                "Poland was represented in Berlin by Prime Minister Donald Tusk, while President Karol "
                "Nawrocki, who succeeded Andrzej Duda in August, stayed away.",
                "changed",
                "z-nawrocki-president",
                "New Polish president; the seeds name Duda.",
            ),
        ],
        [
            S(
                "For years Kyiv insisted that no bilateral pact could stand in for membership, and the "
                "agreements it signed with more than 20 countries from 2024 onward were presented as a bridge "
                "to joining.",
                "changed",
                "z-agreement-count-2025",
                "Count of concluded agreements beyond the seed's one; rest restates seed 003.",
            ),
            S(
                "NATO promised in 2023 that Ukraine's future lay in the alliance, and allies called the path "
                "irreversible a year later.",
                "known",
                None,
                "Seed 003: Vilnius and Washington wording.",
            ),
            S(
                "But Trump has repeatedly said Ukraine will not join, and Russia has made Kyiv's renunciation "
                "of membership a condition of any deal.",
                "contradicted",
                ["z-trump-no-nato", "z-russia-neutrality-memo"],
                "US president's denial and Russia's demand to renounce membership.",
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# Z08 Paris: coalition of the willing; UK-French declaration of intent on troops; Budanov for Yermak
article(
    ARTICLES,
    "z-2026-01-06-paris-coalition-declaration",
    "2026-01-06T20:45:00+00:00",
    "https://www.france24.com/en/europe/20260106-coalition-of-the-willing-paris-summit-ukraine-security-guarantees",
    S(
        "Britain and France pledge troops for Ukraine after any ceasefire at Paris summit",
        "new",
        "z-uk-france-troops",
        "Declaration of intent to deploy a reassurance force; no seed counterpart.",
    ),
    [
        [
            S(
                "PARIS, Jan 6 – Britain and France signed a declaration of intent on Tuesday to deploy forces "
                "to Ukraine once a ceasefire takes hold, as leaders of the so-called coalition of the willing "
                "met at the Elysee Palace.",
                "new",
                "z-uk-france-troops",
                "Declaration of intent on a post-ceasefire force.",
            ),
        ],
        [
            S(
                "Prime Minister Keir Starmer said the two countries would set up military hubs across Ukraine "
                "and build protected sites for weapons and equipment.",
                "new",
                "z-uk-france-troops",
                "Details of the same force.",
            ),
            S(
                "President Emmanuel Macron said the force would stay away from the front line and was meant "
                "to reassure, not to fight.",
                "new",
                "z-uk-france-troops",
                "Role of the same force.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "In a joint declaration, participants said the United States would lead a mechanism to "
                "monitor a ceasefire and that they would commit to supporting Ukraine if Russia attacked it "
                "again.",
                "new",
                "z-paris-declaration",
                "US-led monitoring and commitments in case of a new attack; no seed counterpart.",
            ),
            S(
                "US envoys Steve Witkoff and Jared Kushner took part, and Witkoff told reporters that work on "
                "the security protocols was largely finished.",
                "new",
                "z-paris-declaration",
                "Progress on the same guarantee package.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "Zelensky said the documents were a concrete step but that Kyiv still needed to see exactly "
                "what each partner would do in the event of a new attack."
            ),
            S(
                "On Friday he named military intelligence chief Kyrylo Budanov to head the Presidential "
                "Office, filling the post left empty by Andriy Yermak's resignation in November.",
                "changed",
                ["z-budanov-office", "z-yermak-out"],
                "New head of the Presidential Office; the seed's Yermak has gone.",
            ),
        ],
        [
            S(
                "Allies promised at Bucharest in 2008 that Ukraine would one day join NATO and called its path "
                "irreversible in 2024.",
                "known",
                None,
                "Seeds 000/003: Bucharest promise and Washington's 'irreversible'.",
            ),
            S(
                "Membership is not part of the current negotiations, and the guarantees being drafted are "
                "designed to work without it.",
                "new",
                "z-guarantees-without-membership",
                "Guarantees offered instead of membership (convention: new, not contradicted).",
            ),
            S(
                "Russia has said it will not accept any Western troops in Ukraine, calling them legitimate "
                "targets.",
                "new",
                "z-russia-troops-targets",
                "Russian rejection of a reassurance force; bears on guarantees.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "Talks on the remaining territorial questions, chiefly the Donbas, are expected to continue in "
                "the coming weeks, officials said."
            ),
        ],
    ],
    True,
)

# ============================================================================================
# NEAR OR OFF TOPIC (4)
# ============================================================================================

# --------------------------------------------------------------------------------------------
# Z09 Armenia's parliament passes the EU membership bill (off topic; Bucharest's promise to Georgia)
article(
    ARTICLES,
    "z-2025-03-26-armenia-eu-bill",
    "2025-03-26T13:00:00+00:00",
    "https://www.rferl.org/a/armenia-parliament-eu-membership-bill-final-reading/33359871.html",
    S("Armenia's parliament passes law on starting a bid to join the European Union"),
    [
        [
            S(
                "YEREVAN, March 26 – Armenia's parliament on Wednesday passed a law declaring the start of the "
                "country's bid to join the European Union, a further sign of its drift away from Russia."
            ),
        ],
        [
            S(
                "The bill, which began as a citizens' initiative, was approved by 64 votes to 7 in its final "
                "reading."
            ),
            S(
                "Prime Minister Nikol Pashinyan has said any decision actually to apply for membership would "
                "have to be put to a referendum."
            ),
        ],
        [
            S(
                "Moscow has warned that membership of the bloc is incompatible with Armenia's place in the "
                "Russian-led Eurasian Economic Union."
            ),
            S(
                "Kremlin spokesman Dmitry Peskov said it was Armenia's sovereign right but that the two unions "
                "could not be combined."
            ),
        ],
        [
            S(
                "Yerevan froze its participation in the Russian-led Collective Security Treaty Organisation "
                "last year, accusing it of failing to defend Armenia against Azerbaijan."
            ),
            S("The EU and Armenia opened talks on visa-free travel last year."),
        ],
        [
            S(
                "Neighbouring Georgia, which NATO told at Bucharest in 2008 that it would one day become a "
                "member, has seen its own EU bid stall since its government froze accession talks.",
                "known",
                None,
                "Seed 000: Bucharest promised Georgia (and Ukraine) membership.",
            ),
            S(
                "Armenia has never sought to join NATO, though it takes part in some of the alliance's "
                "partnership programmes."
            ),
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# Z10 US-Ukraine minerals deal (off topic; no explicit security guarantee)
article(
    ARTICLES,
    "z-2025-04-30-us-ukraine-minerals-deal",
    "2025-04-30T23:30:00+00:00",
    "https://www.reuters.com/business/us-ukraine-sign-minerals-deal-reconstruction-fund-2025-04-30/",
    S("US and Ukraine sign long-delayed minerals deal creating joint investment fund"),
    [
        [
            S(
                "WASHINGTON, April 30 – The United States and Ukraine signed an agreement on Wednesday giving "
                "Washington a share of future revenue from Ukraine's natural resources through a jointly run "
                "reconstruction fund."
            ),
        ],
        [
            S(
                "Treasury Secretary Scott Bessent signed for the United States and First Deputy Prime Minister "
                "Yulia Svyrydenko for Ukraine after last-minute wrangling over the text."
            ),
            S(
                "Bessent said the deal showed Russia that the administration was committed to a free and "
                "sovereign Ukraine over the long term."
            ),
        ],
        [
            S(
                "Svyrydenko said Ukraine would keep full ownership of its subsoil and that the two countries "
                "would manage the fund on equal terms."
            ),
            S(
                "The deal does not require Ukraine to repay aid already delivered, a demand Kyiv had fought "
                "off, and future American military help can count as the US contribution."
            ),
        ],
        [
            S(
                "The text contains no explicit security guarantee from Washington, which Zelensky had sought "
                "in earlier rounds of talks.",
                "new",
                "z-minerals-no-guarantee",
                "Guarantee question in an economic deal; marginal.",
                ["irrelevant"],
            ),
            S(
                "Administration officials have argued that an American economic stake in Ukraine would itself "
                "deter Russia.",
                "new",
                "z-minerals-no-guarantee",
                "Economic stake presented in place of a guarantee; marginal.",
                ["irrelevant"],
            ),
        ],
        [
            S("The agreement must be ratified by Ukraine's parliament before it takes effect."),
            S(
                "A first version of the deal collapsed in February after an Oval Office clash between "
                "Zelensky, Trump and Vice President JD Vance."
            ),
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# Z11 The Hague summit: 5% spending (off topic; 32 allies, text silent on membership)
article(
    ARTICLES,
    "z-2025-06-25-hague-five-percent",
    "2025-06-25T16:40:00+00:00",
    "https://www.dw.com/en/nato-summit-the-hague-allies-agree-five-percent-defense-spending/a-73047215",
    S("NATO leaders commit to spend 5% of GDP on defence as Spain wins leeway"),
    [
        [
            S(
                "THE HAGUE, June 25 – Leaders of the 32 NATO allies agreed on Wednesday to raise defence and "
                "security spending to 5% of economic output by 2035, bowing to years of pressure from "
                "President Donald Trump.",
                "changed",
                "alliance-32",
                "32 allies against the seeds' 31; incidental in an off-topic story.",
                ["irrelevant"],
            ),
            S(
                "Of that, 3.5% is to go on core military needs such as troops and weapons, and the rest on "
                "related areas like cyber defence and infrastructure."
            ),
        ],
        [
            S(
                "Spain, which says it can meet its obligations with far less, secured language that critics "
                "said amounted to an opt-out."
            ),
            S(
                "Trump called Madrid's stance terrible and threatened to make it pay in trade talks."
            ),
        ],
        [
            S(
                "The declaration reaffirmed the allies' ironclad commitment to Article 5, after Trump had "
                "raised doubts on his way to the summit by saying it depended on one's definition."
            ),
            S(
                "Secretary General Mark Rutte, who had courted Trump in the run-up, called the agreement a "
                "quantum leap for the alliance."
            ),
        ],
        [
            S(
                "The five-paragraph text said nothing about Ukraine's path to membership and mentioned Kyiv "
                "only to say that aid to it could count toward the new target.",
                "new",
                "z-hague-text-silent",
                "Summit text leaves the membership line out (convention: new, not contradicted).",
            ),
            S(
                "Zelensky attended a dinner hosted by the Dutch king on the eve of the summit and met Trump on "
                "its margins."
            ),
        ],
        [
            S(
                "Rutte told reporters that all the commitments made at earlier summits, including on "
                "Ukraine's future in the alliance, still stood.",
                "known",
                None,
                "Seed 003: 'Ukraine's future is in NATO' and the irreversible path.",
            ),
            S("Allies also named Russia a long-term threat to Euro-Atlantic security in the text."),
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# Z12 NATO launches Eastern Sentry after drones over Poland (off topic; Rutte for Stoltenberg, 32)
article(
    ARTICLES,
    "z-2025-09-12-eastern-sentry-poland-drones",
    "2025-09-12T17:05:00+00:00",
    "https://apnews.com/article/nato-eastern-sentry-poland-russian-drones-rutte-2025-09-12",
    S("NATO launches 'Eastern Sentry' after Russian drones breach Polish airspace"),
    [
        [
            S(
                "BRUSSELS, Sept 12 – NATO launched a new operation on Friday to bolster the defence of its "
                "eastern flank, two days after Polish and allied jets shot down Russian drones over Poland."
            ),
        ],
        [
            S(
                "Secretary General Mark Rutte, who took over from Jens Stoltenberg in October 2024, said the "
                "mission would bring more flexibility to protect allies from Poland to the Baltic.",
                "changed",
                "rutte-sg",
                "Rutte succeeded the seed's Secretary General.",
            ),
            S(
                "Denmark, France, Britain and Germany were among the first to commit jets and other assets."
            ),
        ],
        [
            S(
                "Supreme Allied Commander Europe General Alexus Grynkewich said the operation would integrate "
                "air and ground defences and use new tools against drones."
            ),
            S(
                "Poland had invoked Article 4 of the alliance's founding treaty, which provides for "
                "consultations when a member feels threatened, on the day of the incursion."
            ),
        ],
        [
            S(
                "Warsaw said 19 drones had entered its airspace overnight on Wednesday, and a house in eastern "
                "Poland was damaged."
            ),
            S(
                "Moscow denied targeting Poland, while Belarus said some drones had strayed after being jammed."
            ),
        ],
        [
            S(
                "Poland is one of the 32 allies that agreed in June to lift defence spending toward 5% of "
                "economic output.",
                "changed",
                "alliance-32",
                "32 allies against the seeds' 31; incidental in an off-topic story.",
                ["irrelevant"],
            ),
            S(
                "Prime Minister Donald Tusk told parliament the country had come closer to open conflict than "
                "at any time since the Second World War."
            ),
        ],
    ],
    False,
)
