"""Article set u: the articles, sentence by sentence with their gold (`python3 ../build.py set_u`)."""

from corpus import S, article

CHANNEL = "Article set u: Ukraine, NATO and other membership questions"
DESCRIPTION = "12 articles rewritten from real 2024-2026 coverage (links point at the originals)."
ARTICLES: list = []

# ============================================================================================
# ON TOPIC (8)
# ============================================================================================

# --------------------------------------------------------------------------------------------
# U01 NATO foreign ministers mark 75 years; Blinken's bridge (on topic: restatements, NATO aid plan,
# Sweden a member, Rutte tipped)
article(
    ARTICLES,
    "u-2024-04-04-nato-75-blinken-bridge",
    "2024-04-04T16:30:00+00:00",
    "https://www.reuters.com/world/europe/nato-foreign-ministers-mark-75th-anniversary-ukraine-seeks-air-defence-2024-04-04/",
    S(
        "NATO turns 75 as Blinken promises Ukraine a bridge to membership",
        "known",
        None,
        "Seed 003: assistance as a 'bridge' to eventual membership.",
    ),
    [
        [
            S(
                "BRUSSELS, April 4 – NATO foreign ministers marked the 75th anniversary of the alliance's founding "
                "treaty on Thursday, as Ukraine's Dmytro Kuleba urged them to find more Patriot air defence systems "
                "for his country."
            ),
        ],
        [
            S(
                "US Secretary of State Antony Blinken told reporters that Ukraine will become a member of NATO.",
                "known",
                None,
                "Seed 000: Bucharest's 'will become members'.",
            ),
            S(
                "“Our purpose at the summit is to help build a bridge to that membership,” he said, referring to "
                "the leaders' meeting in Washington in July.",
                "known",
                None,
                "Seed 003: the Washington summit's 'bridge' to membership.",
            ),
        ],
        [
            S(
                "Secretary General Jens Stoltenberg asked ministers to consider a plan under which NATO would take "
                "over much of the coordination of weapons deliveries and training from the US-led Ramstein group.",
                "new",
                "u-nato-coordination-plan",
                "NATO taking over aid coordination; no seed counterpart.",
            ),
            S(
                "He also floated a five-year fund of 100 billion euros for Ukraine, an idea several allies greeted "
                "with caution.",
                "new",
                "u-100bn-fund",
                "Aid figure in a NATO proposal; minor.",
                ["irrelevant"],
            ),
            S(
                "The aim, Stoltenberg said, was to make support for Kyiv less dependent on short-term pledges and "
                "political cycles.",
                "new",
                "u-nato-coordination-plan",
                "Purpose of the same plan.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "Sweden's Tobias Billstrom attended as a full member for the first time, a month after his country "
                "became the alliance's 32nd ally.",
                "changed",
                ["sweden-member", "alliance-32"],
                "Seed 001 has Sweden waiting on Turkey and 31 allies.",
            ),
            S(
                "Finland marked the first anniversary of its own accession, which followed its decision to abandon "
                "decades of military non-alignment.",
                "known",
                None,
                "Seed 001: Finland dropped non-alignment and was admitted.",
            ),
        ],
        [
            S(
                "Kuleba said the question of Ukraine's membership was one of when, not if, but that for now air "
                "defence mattered most.",
                "known",
                None,
                "Seed 000: Ukraine will become a member.",
            ),
            S(
                "He said Ukraine needed at least seven Patriot systems to protect its cities and power plants from "
                "Russian missiles."
            ),
        ],
        [
            S(
                "Diplomats said the Washington summit was unlikely to extend an invitation, with the United States "
                "and Germany reluctant to take that step while the fighting continues.",
                "new",
                "u-washington-no-invite-expected",
                "Named reluctant allies: consensus lacking, not a denial; seeds have the US holding back.",
                ["known"],
            ),
            S(
                "Instead, allies are working on a package meant to bring Ukraine closer to membership.",
                "known",
                None,
                "Seeds 002/003: support to bring Ukraine closer to NATO.",
            ),
        ],
        [
            S("Ministers also discussed China's support for Russia's defence industry."),
            S(
                "Stoltenberg, whose term ends in October, is to be succeeded by a candidate still to be agreed, with "
                "Dutch Prime Minister Mark Rutte the front-runner.",
                "changed",
                "rutte-sg",
                "Successor to a seed office holder only tipped: optional.",
                ["irrelevant"],
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# U02 Defence ministers approve NATO's Ukraine assistance command; Hungary opts out (on topic: new
# institutional step, 32 allies)
article(
    ARTICLES,
    "u-2024-06-14-defence-ministers-nsatu",
    "2024-06-14T14:20:00+00:00",
    "https://www.reuters.com/world/europe/nato-defence-ministers-approve-plan-coordinate-ukraine-aid-2024-06-14/",
    S(
        "NATO defence ministers back plan for the alliance to steer arms aid to Ukraine as Hungary stays out",
        "new",
        "u-nsatu-approved",
        "NATO command for Ukraine assistance approved; no seed counterpart.",
    ),
    [
        [
            S(
                "BRUSSELS, June 14 – NATO defence ministers on Friday approved a plan for the alliance to coordinate "
                "the delivery of military equipment and training for Ukraine, a role until now played largely by a "
                "US-led coalition.",
                "new",
                "u-nsatu-approved",
                "The approval itself.",
            ),
            S(
                "The operation, to be run from the German city of Wiesbaden with a staff of almost 700, is expected "
                "to be endorsed by leaders in Washington next month.",
                "new",
                "u-nsatu-approved",
                "Seat and staff of the same command; numbers without seed counterpart.",
            ),
        ],
        [
            S(
                "Secretary General Jens Stoltenberg said the move would not make NATO a party to the conflict but "
                "would help Ukraine uphold its right to self-defence.",
                "new",
                "u-nsatu-approved",
                "Same decision, with the seeds' 'not a party to the war' line.",
                ["known"],
            ),
            S(
                "He said it would also put support for Kyiv on a sturdier footing, as a bridge to NATO membership.",
                "new",
                "u-nsatu-approved",
                "The command as the bridge; the bridge itself is seed 003.",
                ["known"],
            ),
        ],
        [
            S(
                "Hungary will not take part, after Prime Minister Viktor Orban secured a pledge this week that "
                "Budapest would neither send personnel nor pay for the effort, in return for not blocking it.",
                "new",
                "u-hungary-opt-out",
                "Hungary opts out of NATO's Ukraine support; not about membership.",
                ["irrelevant"],
            ),
            S("Orban has said he does not want Hungary drawn into the war."),
        ],
        [
            S(
                "Stoltenberg also wants the 32 allies to commit to at least 40 billion euros a year in military aid "
                "to Ukraine, but several governments have resisted a binding figure.",
                "changed",
                "alliance-32",
                "32 allies against the seeds' 31; the aid figure itself is minor.",
            ),
            S("A decision on the pledge is expected at the summit."),
        ],
        [
            S(
                "Ministers also discussed raising the production of ammunition and the state of NATO's regional "
                "defence plans."
            ),
            S(
                "Stoltenberg said 23 allies were expected to meet the target of spending 2 percent of economic "
                "output on defence this year."
            ),
        ],
        [
            S(
                "Ukraine is not expected to receive an invitation to join at the summit.",
                "known",
                None,
                "Seed 003: Washington extended no invitation.",
            ),
            S(
                "Allies agreed at Vilnius last year that Kyiv's future lies in the alliance, but that an invitation "
                "would come only when all of them agreed and conditions were met.",
                "known",
                None,
                "Seed 000/003: the Vilnius formula.",
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# U03 Putin's year-end news conference (on topic: Istanbul 2022 neutrality as a basis, June terms
# retold, invitation request)
article(
    ARTICLES,
    "u-2024-12-19-putin-direct-line",
    "2024-12-19T15:45:00+00:00",
    "https://www.reuters.com/world/europe/putin-says-he-is-ready-compromise-ukraine-meet-trump-2024-12-19/",
    S("Putin says he is ready to compromise on Ukraine and to meet Trump"),
    [
        [
            S(
                "MOSCOW, December 19 – Vladimir Putin said on Thursday that Russia was ready to compromise in any "
                "talks on ending the war in Ukraine and would meet Donald Trump, who returns to the White House "
                "next month."
            ),
            S(
                "He spoke during his annual combined news conference and phone-in, which lasted more than four "
                "hours."
            ),
        ],
        [
            S(
                "Putin said any settlement should build on the draft agreed by negotiators in Istanbul in the spring "
                "of 2022, under which Ukraine would have accepted permanent neutrality.",
                "contradicted",
                "u-putin-istanbul-neutrality",
                "Russian demand for a neutral Ukraine, against 'future in NATO'.",
                ["new"],
            ),
            S(
                "Talks would also have to take account of the realities on the ground, he said, a reference to the "
                "territory Russian forces hold."
            ),
        ],
        [
            S(
                "He said he would sign a deal only with authorities he considered legitimate, arguing that "
                "Zelensky's term had expired in May."
            ),
            S(
                "He again described NATO's expansion towards Russia's borders as one of the causes of the war.",
                "known",
                None,
                "Seed 000: Putin called enlargement a 'direct threat'.",
                ["contradicted"],
            ),
        ],
        [
            S(
                "Putin also proposed a high-tech “duel” in which the West would pick a target in Kyiv, defend it "
                "with air defences and see whether Russia's new Oreshnik missile could hit it."
            ),
        ],
        [
            S(
                "In June he said Russia would stop fighting as soon as Ukraine pulled out of four regions and "
                "announced that it was giving up its plans to join NATO.",
                "contradicted",
                "u-russia-demands-renounce",
                "Russian demand to renounce membership, retold.",
                ["new"],
            ),
            S("Kyiv rejected those terms as an ultimatum."),
        ],
        [
            S(
                "NATO leaders declared at their Washington summit in July that Ukraine's path to membership was "
                "irreversible, though they extended no invitation.",
                "known",
                None,
                "Seed 003: 'irreversible', no invitation.",
            ),
            S(
                "Zelensky has asked allies to invite Ukraine to join now, saying an invitation would put Kyiv in a "
                "stronger position for any talks.",
                "new",
                "u-invitation-request",
                "Kyiv's request for an invitation now; no seed counterpart.",
            ),
        ],
        [
            S(
                "Russian forces are advancing in the eastern Donetsk region at the fastest pace since the first "
                "months of the invasion."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# U04 Macron's address on nuclear deterrence and troops after a peace deal (on topic: force, US denial
# retold, Russian objection)
article(
    ARTICLES,
    "u-2025-03-05-macron-address",
    "2025-03-05T21:30:00+00:00",
    "https://www.reuters.com/world/europe/macron-says-france-open-discussing-nuclear-deterrent-europe-2025-03-05/",
    S(
        "Macron opens debate on a French nuclear shield for Europe, says troops could follow a peace deal",
        "new",
        "u-reassurance-force",
        "European troops to secure a peace in Ukraine; no seed counterpart.",
    ),
    [
        [
            S(
                "PARIS, March 5 – President Emmanuel Macron said on Wednesday that he would open a debate on using "
                "France's nuclear deterrent to protect European allies, warning that Russia had become a threat to "
                "the whole continent."
            ),
            S(
                "The final decision would always remain with the French president, he said in a televised address."
            ),
        ],
        [
            S(
                "Macron said European forces might be deployed in Ukraine once a peace deal was signed, not to fight "
                "but to make sure it was respected.",
                "new",
                "u-reassurance-force",
                "The force plan.",
            ),
            S(
                "Army chiefs from the countries willing to take part would meet in Paris next week, he said.",
                "new",
                "u-reassurance-force",
                "Planning for the same force.",
            ),
        ],
        [
            S(
                "He said Europe could no longer be sure that the United States would stand by its side, days after "
                "Trump's clash with Zelensky in the Oval Office."
            ),
            S(
                "EU leaders meet in Brussels on Thursday to discuss a plan to raise up to 800 billion euros for "
                "defence."
            ),
        ],
        [
            S(
                "Russian officials condemned the speech, and Moscow has said it will not accept troops from NATO "
                "countries in Ukraine in any form.",
                "new",
                "u-russia-no-nato-troops",
                "Russian rejection of a guarantee force.",
            ),
        ],
        [
            S(
                "Kyiv sees NATO membership as the only guarantee that would stop Russia attacking again, and allies "
                "have promised that its future lies in the alliance.",
                "known",
                None,
                "Seeds 001/003: only NATO secures Ukraine; future in NATO.",
            ),
            S(
                "But Trump's defence secretary, Pete Hegseth, told allies last month that membership was not a "
                "realistic outcome of a settlement.",
                "contradicted",
                "u-us-rules-out-membership",
                "US denial of membership; against 'future in NATO'.",
            ),
        ],
        [
            S("France has about 290 nuclear warheads, the fourth-largest arsenal in the world."),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# U05 First direct talks in Istanbul (on topic: Russian demand retold, force retold, Rubio, Umerov)
article(
    ARTICLES,
    "u-2025-05-16-istanbul-direct-talks",
    "2025-05-16T17:20:00+00:00",
    "https://www.reuters.com/world/europe/russia-ukraine-hold-first-direct-talks-istanbul-2025-05-16/",
    S("Russia and Ukraine hold first direct talks in three years and agree a large prisoner swap"),
    [
        [
            S(
                "ISTANBUL, May 16 – Russian and Ukrainian officials met face to face for the first time in more "
                "than three years on Friday and agreed to exchange 1,000 prisoners of war each, but made no "
                "progress towards a ceasefire."
            ),
            S("The talks at the Dolmabahce Palace lasted less than two hours."),
        ],
        [
            S(
                "Ukraine's delegation was led by Defence Minister Rustem Umerov, while Russia sent a team headed by "
                "presidential aide Vladimir Medinsky.",
                "known",
                None,
                "Seed 001: Umerov as defence minister, matching the seed.",
                ["irrelevant"],
            ),
            S(
                "Putin, who had proposed the talks, stayed away, and Zelensky called the Russian team a decorative "
                "delegation."
            ),
        ],
        [
            S(
                "A Ukrainian official said Russia had demanded that Kyiv withdraw its troops from all of four "
                "regions before any ceasefire, a condition Ukraine called unacceptable."
            ),
            S("Both sides agreed to set out their ideas for a ceasefire in writing."),
        ],
        [
            S(
                "Moscow's long-standing terms also include Ukraine giving up its bid to join NATO.",
                "contradicted",
                "u-russia-demands-renounce",
                "Russian demand to renounce membership, retold.",
                ["new"],
            ),
            S(
                "Secretary of State Marco Rubio, who has also been acting as national security adviser since early "
                "May, said in Antalya that he did not expect a breakthrough until Trump and Putin met.",
                "changed",
                "u-rubio-nsa",
                "New holder of the national security adviser post (seed: Sullivan).",
            ),
        ],
        [
            S("The meeting was hosted by Turkey's Foreign Minister Hakan Fidan."),
        ],
        [
            S(
                "Kyiv insists that any ceasefire be backed by security guarantees, and European countries are "
                "preparing a force to help secure Ukraine once the fighting stops.",
                "new",
                "u-reassurance-force",
                "The European force, retold.",
            ),
            S(
                "Zelensky has said such guarantees cannot replace NATO membership, which the alliance says is "
                "Ukraine's future.",
                "known",
                None,
                "Seed 003: no substitute for membership; future in NATO.",
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# U06 Kremlin: Ukraine's non-membership a cornerstone (on topic: Russian demand, drop-bid offer,
# Article 5-like offer, US draft retold)
article(
    ARTICLES,
    "u-2025-12-16-kremlin-cornerstone",
    "2025-12-16T11:30:00+00:00",
    "https://www.reuters.com/world/europe/kremlin-says-ukraine-not-joining-nato-is-cornerstone-peace-2025-12-16/",
    S(
        "Kremlin says Ukraine staying out of NATO is a cornerstone of any settlement",
        "contradicted",
        "u-russia-demands-renounce",
        "Russian demand that Ukraine renounce membership.",
        ["new"],
    ),
    [
        [
            S(
                "MOSCOW, December 16 – The Kremlin said on Tuesday that Ukraine's renunciation of NATO membership "
                "was one of the cornerstones of a peace settlement and a subject of its talks with Washington.",
                "contradicted",
                "u-russia-demands-renounce",
                "The same demand.",
                ["new"],
            ),
            S(
                "Spokesman Dmitry Peskov said Moscow had not yet seen the details of the documents drawn up by US "
                "and Ukrainian negotiators in Berlin."
            ),
        ],
        [
            S(
                "Zelensky said on Sunday that Kyiv was ready to drop its bid to join the alliance if the United "
                "States and Europe gave it legally binding guarantees similar to NATO's Article 5.",
                "contradicted",
                "u-drop-bid",
                "Kyiv ready to give up membership for guarantees, against seed 003.",
                ["new"],
            ),
            S(
                "He called the offer a compromise on Ukraine's part.",
                "contradicted",
                "u-drop-bid",
                "The same offer; vague on its own.",
                ["new", "irrelevant"],
            ),
        ],
        [
            S(
                "US officials said after the Berlin talks that Washington was prepared to offer Ukraine protection "
                "modelled on Article 5, to be put to a vote in Congress.",
                "new",
                "u-us-article5-offer",
                "US Article 5-like offer; no seed counterpart.",
            ),
            S(
                "European leaders separately proposed a multinational force for Ukraine, led by Europeans and "
                "backed by the United States.",
                "new",
                "u-reassurance-force",
                "The European force, retold.",
            ),
        ],
        [
            S(
                "Peskov said Russia would not accept troops from NATO countries on Ukrainian soil under any "
                "arrangement.",
                "new",
                "u-russia-no-nato-troops",
                "Russian rejection of a guarantee force, retold.",
            ),
            S(
                "Moscow has also demanded that Ukraine withdraw from the parts of the Donetsk region it still "
                "holds."
            ),
        ],
        [
            S(
                "The American draft presented in November would have required Ukraine to write into its "
                "constitution that it would not join NATO, and the alliance to pledge never to admit it.",
                "contradicted",
                "u-us-draft-renounce",
                "US draft requiring Ukraine to renounce membership.",
            ),
        ],
        [
            S(
                "Kyiv has long insisted that only membership can reliably deter Russia, and allies declared in 2024 "
                "that its path to the alliance was irreversible.",
                "known",
                None,
                "Seeds 001/003: only membership secures Ukraine; 'irreversible' path.",
            ),
            S(
                "Moscow has treated the promise made at Bucharest in 2008 that Ukraine would one day join as a "
                "direct threat ever since.",
                "known",
                None,
                "Seed 000: Bucharest promise, Putin's 'direct threat'.",
                ["contradicted"],
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# U07 Zelensky meets Trump in Davos (on topic: US guarantee document, term, force and drop-bid retold,
# agreement count)
article(
    ARTICLES,
    "u-2026-01-22-zelensky-trump-davos",
    "2026-01-22T19:00:00+00:00",
    "https://www.reuters.com/world/europe/zelensky-meets-trump-davos-security-guarantees-document-ready-2026-01-22/",
    S(
        "Zelensky meets Trump in Davos, says security guarantee document with Washington is ready",
        "new",
        "u-us-guarantee-document",
        "US guarantee document finished; no seed counterpart.",
    ),
    [
        [
            S(
                "DAVOS, January 22 – Volodymyr Zelensky met Donald Trump on the sidelines of the World Economic "
                "Forum on Thursday and said afterwards that a document on American security guarantees for Ukraine "
                "was ready.",
                "new",
                "u-us-guarantee-document",
                "The same document.",
            ),
            S("Trump called the meeting good and said the war had to end."),
        ],
        [
            S(
                "The guarantees would have to be approved by the US Congress and by Ukraine's parliament, Zelensky "
                "said.",
                "new",
                "u-us-guarantee-document",
                "Ratification of the same document.",
            ),
            S(
                "Ukrainian officials have said they would run for 15 years with an option to extend them.",
                "new",
                "u-guarantee-15-years",
                "Term of the US guarantee; no seed counterpart.",
            ),
        ],
        [
            S(
                "In a speech to the forum, Zelensky urged Europe to do more for its own defence instead of waiting "
                "for Washington."
            ),
        ],
        [
            S(
                "Trump's envoys Steve Witkoff and Jared Kushner flew to Moscow for talks with Putin the same "
                "evening, and the White House said delegations of the three countries would meet in Abu Dhabi."
            ),
        ],
        [
            S(
                "European allies have pledged a multinational force for Ukraine after a ceasefire, set out in a "
                "declaration signed in Paris this month.",
                "new",
                "u-reassurance-force",
                "The European force, retold.",
            ),
            S(
                "Kyiv offered in December to give up its bid to join NATO if it received guarantees of this kind.",
                "contradicted",
                "u-drop-bid",
                "Kyiv ready to give up membership for guarantees, against seed 003.",
                ["new"],
            ),
        ],
        [
            S(
                "Ukraine has signed long-term security agreements with more than 25 countries since Britain "
                "concluded the first in January 2024.",
                "changed",
                "u-agreements-count",
                "Count of concluded agreements (seed: only the UK's so far).",
            ),
            S(
                "Those pacts are due to lapse once Ukraine joins the alliance.",
                "known",
                None,
                "Seed 003: the agreements expire on membership.",
            ),
        ],
        [
            S(
                "Much of the week in Davos was taken up by Greenland, after Trump agreed a framework on the Arctic "
                "with NATO Secretary General Mark Rutte."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# U08 Abu Dhabi three-way talks (on topic: office holders, Russian demand, US guarantee document)
article(
    ARTICLES,
    "u-2026-01-24-abu-dhabi-trilateral",
    "2026-01-24T20:15:00+00:00",
    "https://www.reuters.com/world/middle-east/ukraine-russia-us-end-talks-abu-dhabi-2026-01-24/",
    S("US, Ukraine and Russia end first three-way talks in Abu Dhabi with no breakthrough"),
    [
        [
            S(
                "ABU DHABI, January 24 – Negotiators from Ukraine, Russia and the United States ended two days of "
                "talks in the United Arab Emirates on Saturday, the first meeting of the three delegations together."
            ),
            S(
                "Both sides described the discussions as constructive and said they would meet again."
            ),
        ],
        [
            S(
                "Ukraine's delegation was led by Rustem Umerov, secretary of the National Security and Defence "
                "Council, who moved to that post from the defence ministry last year.",
                "changed",
                "u-umerov-nsdc",
                "New holder of Danilov's post; Umerov no longer defence minister.",
            ),
            S(
                "It also included Kyrylo Budanov, who replaced Andriy Yermak as head of the Presidential Office this "
                "month.",
                "changed",
                "u-budanov-head-office",
                "New head of the President's Office (seed: Yermak).",
            ),
        ],
        [
            S(
                "Territory remained the main obstacle, with Moscow insisting that Kyiv pull its forces out of the "
                "Donbas."
            ),
            S(
                "Russia also wants a commitment that Ukraine will stay out of NATO, according to people familiar "
                "with the talks.",
                "contradicted",
                "u-russia-demands-renounce",
                "Russian demand, retold.",
                ["new"],
            ),
        ],
        [
            S(
                "Zelensky said the document on American security guarantees for Ukraine was ready and awaited only a "
                "date and place for signing.",
                "new",
                "u-us-guarantee-document",
                "US guarantee document finished; no seed counterpart.",
            ),
            S(
                "It would then go to the US Congress for ratification, he said.",
                "new",
                "u-us-guarantee-document",
                "Ratification of the same document.",
            ),
            S(
                "Europe's part, set out in the Paris declaration of January 6, includes a multinational force to be "
                "deployed once the fighting stops.",
                "new",
                "u-reassurance-force",
                "The European force, retold.",
            ),
        ],
        [
            S(
                "Zelensky has said Ukraine is willing to forgo membership in return for such guarantees, a "
                "concession he says Moscow should now match.",
                "contradicted",
                "u-drop-bid",
                "The offer to give up the bid, retold.",
                ["new"],
            ),
            S(
                "The alliance has made no formal change to its position that Ukraine's future lies in NATO.",
                "known",
                None,
                "Seed 003: 'Ukraine's future is in NATO'.",
            ),
        ],
        [
            S(
                "The talks took place as Russian strikes on the power grid left hundreds of thousands of homes in "
                "Kyiv without heating in freezing weather."
            ),
        ],
    ],
    True,
)

# ============================================================================================
# NEAR OR OFF TOPIC (4)
# ============================================================================================

# --------------------------------------------------------------------------------------------
# U09 Moldova's EU referendum (near topic: another country's EU path and neutrality; one known line)
article(
    ARTICLES,
    "u-2024-10-21-moldova-eu-referendum",
    "2024-10-21T09:40:00+00:00",
    "https://www.reuters.com/world/europe/moldova-narrowly-backs-eu-membership-referendum-2024-10-21/",
    S("Moldova narrowly backs EU membership in a referendum clouded by fraud claims"),
    [
        [
            S(
                "CHISINAU, October 21 – Moldovans voted by a razor-thin margin to enshrine the goal of joining the "
                "European Union in their constitution, results showed on Monday, after a count that swung late in "
                "the night."
            ),
            S("With almost all ballots counted, 50.4 percent had voted yes."),
        ],
        [
            S(
                "President Maia Sandu said the vote had come under an unprecedented attack, accusing criminal groups "
                "of trying to buy 300,000 votes."
            ),
            S(
                "She came first in the presidential election held the same day and faces former prosecutor general "
                "Alexandr Stoianoglo in a run-off on November 3."
            ),
        ],
        [
            S("Moscow denied interfering and said the result raised questions."),
            S(
                "Votes cast by Moldovans abroad, many of them living in the bloc, tipped the balance in favour of "
                "membership."
            ),
        ],
        [
            S("Moldova and Ukraine opened accession talks with the European Union in June."),
            S(
                "Moldova's constitution also enshrines neutrality, and Sandu's government has not sought to join "
                "NATO, though it has deepened its cooperation with the alliance."
            ),
        ],
        [
            S(
                "Ukraine, by contrast, amended its constitution in 2019 to make membership of both the EU and NATO a "
                "strategic goal.",
                "known",
                None,
                "Seed 004: Ukraine's 2019 constitutional amendment.",
            ),
        ],
        [
            S(
                "The European Commission said it would keep supporting Chisinau on its path into the bloc."
            ),
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# U10 Armenia's EU accession law (off topic: another country's EU path; no on-topic line)
article(
    ARTICLES,
    "u-2025-03-26-armenia-eu-law",
    "2025-03-26T13:05:00+00:00",
    "https://www.reuters.com/world/armenian-parliament-approves-bill-start-eu-accession-process-2025-03-26/",
    S("Armenia's parliament votes to start the country's bid to join the European Union"),
    [
        [
            S(
                "YEREVAN, March 26 – Armenia's parliament passed a law on Wednesday declaring the start of the "
                "country's effort to join the European Union, a further sign of its drift away from Russia."
            ),
            S("The bill, which began as a citizens' initiative, was approved by 64 votes to 7."),
        ],
        [
            S(
                "Prime Minister Nikol Pashinyan has said membership would require a referendum and that the law "
                "does not amount to an application."
            ),
            S(
                "He has also frozen Armenia's participation in the Russian-led Collective Security Treaty "
                "Organisation, accusing it of failing to defend the country against Azerbaijan."
            ),
        ],
        [
            S(
                "Moscow warned that Armenia could not be a member of both the European Union and the Eurasian "
                "Economic Union at the same time."
            ),
            S("Russia keeps a military base in the Armenian city of Gyumri."),
        ],
        [
            S(
                "Pashinyan has said Armenia has no plans to apply to join NATO, although it takes part in the "
                "alliance's partnership programmes."
            ),
            S(
                "A civilian monitoring mission of the European Union has patrolled Armenia's border with Azerbaijan "
                "since 2023."
            ),
        ],
        [
            S(
                "Earlier this month the two neighbours said they had agreed the text of a peace treaty."
            ),
            S(
                "Baku has demanded that Armenia change its constitution before the treaty is signed."
            ),
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# U11 Trump suggests throwing Spain out of NATO (near topic: alliance politics; Finland known, 32 optional)
article(
    ARTICLES,
    "u-2025-10-09-trump-spain-nato",
    "2025-10-09T21:10:00+00:00",
    "https://www.reuters.com/world/europe/trump-says-spain-maybe-should-be-thrown-out-nato-2025-10-09/",
    S("Trump suggests Spain could be thrown out of NATO over defence spending"),
    [
        [
            S(
                "WASHINGTON, October 9 – President Donald Trump said on Thursday that Spain should perhaps be thrown "
                "out of NATO for refusing to commit to the alliance's new defence spending target."
            ),
            S(
                "Speaking in the Oval Office alongside Finland's President Alexander Stubb, Trump called Spain a "
                "laggard with no excuse."
            ),
        ],
        [
            S(
                "Allies agreed at their summit in The Hague in June to raise defence and security spending to 5 "
                "percent of economic output by 2035."
            ),
            S(
                "Spain secured an exemption, saying it could meet its military commitments by spending about 2.1 "
                "percent."
            ),
        ],
        [
            S(
                "NATO's founding treaty contains no procedure for expelling a member, and Madrid said it remained a "
                "committed and reliable ally."
            ),
            S(
                "Prime Minister Pedro Sanchez's government pointed to Spanish troops serving with NATO forces in "
                "Latvia and Slovakia."
            ),
        ],
        [
            S(
                "Stubb, whose country joined the alliance in 2023 after decades of non-alignment, announced a deal "
                "for Finnish shipyards to build icebreakers for the US Coast Guard.",
                "known",
                None,
                "Seed 001: Finland dropped non-alignment and was admitted.",
            ),
            S(
                "The United States plans to buy 11 icebreakers, four of them to be built in Finland."
            ),
        ],
        [
            S(
                "Trump has repeatedly questioned whether he would defend allies that spend too little."
            ),
            S(
                "Spain, which joined in 1982, is one of the 32 members of the alliance.",
                "changed",
                "alliance-32",
                "32 allies against the seeds' 31; incidental in an off-topic story.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "The leaders also discussed the war in Ukraine and recent Russian drone incursions into NATO "
                "airspace."
            ),
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# U12 Rutte to MEPs: "keep on dreaming" (near topic: NATO's own business; one guarantee line, Rutte)
article(
    ARTICLES,
    "u-2026-01-26-rutte-keep-dreaming",
    "2026-01-26T18:00:00+00:00",
    "https://www.euronews.com/my-europe/2026/01/26/rutte-tells-meps-europe-cannot-defend-itself-without-us",
    S("Rutte tells EU lawmakers Europe cannot defend itself without the US"),
    [
        [
            S(
                "BRUSSELS, January 26 – NATO Secretary General Mark Rutte told members of the European Parliament on "
                "Monday that anyone who believed Europe could defend itself without the United States should “keep "
                "on dreaming”."
            ),
            S(
                "Going it alone would require spending far beyond the alliance's new targets and a European nuclear "
                "deterrent of its own, he said."
            ),
        ],
        [
            S(
                "His remarks came days after a dispute over Greenland, in which Trump threatened tariffs on European "
                "allies before announcing a framework deal on the Arctic in Davos."
            ),
            S("Several lawmakers accused him of being too close to Washington."),
        ],
        [
            S(
                "Rutte said European allies had raised their defence budgets sharply and that the alliance was "
                "stronger than a year ago."
            ),
            S(
                "He urged the European Union to keep its defence industry programmes open to companies from allies "
                "outside the bloc, such as Britain, Canada, Norway and Turkey."
            ),
        ],
        [
            S(
                "On Ukraine, he said a ceasefire would need to be followed by guarantees, with European troops on "
                "the ground and the United States providing a backstop.",
                "new",
                ["u-reassurance-force", "u-us-backstop"],
                "European force and US backstop for Ukraine; no seed counterpart.",
            ),
        ],
        [
            S(
                "Rutte, a former Dutch prime minister, took over at NATO from Jens Stoltenberg in October 2024.",
                "changed",
                "rutte-sg",
                "New NATO Secretary General (seed: Stoltenberg).",
            ),
            S("He has made higher military spending the centrepiece of his tenure."),
        ],
    ],
    False,
)
