"""Article set ae: the articles, sentence by sentence with their gold (`python3 ../build.py set_ae`)."""

from corpus import S, article

CHANNEL = "Article set ae: peace talks, guarantee plans and summits, wire copy and live updates"
DESCRIPTION = "12 articles rewritten from real 2025-2026 coverage (links point at the originals)."
ARTICLES: list = []

# ============================================================================================
# ON TOPIC (8)
# ============================================================================================

# --------------------------------------------------------------------------------------------
# AE01 Hegseth at the Ukraine Defense Contact Group; Trump "not practical" (denials in idiom,
# Austin and Kuleba replaced, guarantees without Article 5)
article(
    ARTICLES,
    "ae-2025-02-12-hegseth-contact-group",
    "2025-02-12T18:40:00+00:00",
    "https://www.reuters.com/world/europe/hegseth-says-return-ukraines-pre-2014-borders-unrealistic-2025-02-12/",
    S(
        "Hegseth tells Kyiv's backers that a seat in the alliance is not a realistic end to the war",
        "contradicted",
        "ae-hegseth-unrealistic",
        "US defence secretary calls Ukraine's entry unrealistic: a hedged denial against 'Ukraine's future is in NATO'.",
    ),
    [
        [
            S(
                "BRUSSELS, Feb 12 (Reuters) – US Defense Secretary Pete Hegseth told Ukraine's allies on Wednesday "
                "that it was unrealistic for Kyiv to expect to join NATO as part of a negotiated end to the war, or "
                "to win back all the territory it held before 2014.",
                "contradicted",
                "ae-hegseth-unrealistic",
                "Same denial in the lede.",
            ),
        ],
        [
            S(
                "Addressing the Ukraine Defense Contact Group, the forum his predecessor Lloyd Austin set up in 2022 "
                "and chaired until January, Hegseth said a durable peace would need robust security guarantees so "
                "that the fighting did not start again.",
                "changed",
                "ae-hegseth-defsec",
                "Seeds name Austin as US defence secretary; Hegseth has succeeded him.",
            ),
            S(
                "Those guarantees, he said, must be backed by capable European and non-European troops.",
                "new",
                "ae-europe-troops-no-art5",
                "Who should provide guarantees for Ukraine; no seed counterpart.",
            ),
            S(
                "If such troops are deployed as peacekeepers at some point, they should go as a mission outside the "
                "alliance and should not be covered by Article 5, he added.",
                "new",
                "ae-europe-troops-no-art5",
                "Same plan: guarantee force outside the treaty's mutual-defence clause.",
            ),
            S(
                "There would be no American soldiers in Ukraine as part of any guarantee, Hegseth said.",
                "new",
                "ae-no-us-troops",
                "US will not put troops into a guarantee force; no seed counterpart.",
            ),
        ],
        [
            S(
                "Chasing a return to the old borders, he said, was an illusory goal that would only prolong the war "
                "and cause more suffering."
            ),
            S(
                "He also told Europeans they must provide the overwhelming share of future aid to Kyiv and raise "
                "their own defence budgets to 5% of economic output."
            ),
        ],
        [
            S(
                "At their Vilnius gathering in 2023 the allies wrote that Ukraine's destiny lay inside the alliance, "
                "yet they tied any offer to join to a future consensus among themselves and to conditions that were "
                "left unspecified.",
                "known",
                None,
                "Seeds 000/003: 'future is in NATO', invitation 'when allies agree and conditions are met'.",
            ),
            S(
                "Twelve months later, in Washington, they described the road ahead of Kyiv as one that could not be "
                "turned back, while again declining to issue the invitation.",
                "known",
                None,
                "Seed 003: Washington 2024 called the path 'irreversible' without an invitation.",
            ),
        ],
        [
            S(
                "Foreign Minister Andrii Sybiha, who replaced Dmytro Kuleba in September, has argued that a place in "
                "the alliance remains the cheapest and most effective guarantee Ukraine could have.",
                "changed",
                "ae-sybiha-fm",
                "Seed 001 names Kuleba as foreign minister; Sybiha has replaced him.",
            ),
        ],
        [
            S(
                "Hours later, President Donald Trump said he had held a long phone call with Vladimir Putin and that "
                "the two had agreed their teams would begin negotiations immediately."
            ),
            S(
                "Trump later told reporters in the Oval Office that he did not think it was practical for Ukraine "
                "to join the alliance.",
                "contradicted",
                "ae-trump-not-practical",
                "US president doubts Ukraine can join: a hedged denial.",
            ),
            S(
                "He said he could not see Russia, given its position, ever allowing Kyiv in.",
                "contradicted",
                "ae-trump-not-practical",
                "Same remark: Kyiv will not be let in.",
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# AE02 Macron's "reassurance force" after the Paris coalition summit (guarantee plan, Budapest
# Memorandum and G7 declaration retold)
article(
    ARTICLES,
    "ae-2025-03-27-macron-reassurance-force",
    "2025-03-27T19:10:00+00:00",
    "https://www.france24.com/en/europe/20250327-macron-says-european-reassurance-force-could-deploy-to-ukraine",
    S(
        "Macron: European “reassurance force” could head to Ukraine once the guns fall silent",
        "new",
        "ae-reassurance-force",
        "European troop deployment as a guarantee after a ceasefire; no seed counterpart.",
    ),
    [
        [
            S(
                "PARIS, March 27 (AFP) – Several European countries are prepared to send a “reassurance force” to "
                "Ukraine once a peace deal is signed, President Emmanuel Macron said on Thursday after a summit of "
                "around 30 of Kyiv's allies.",
                "new",
                "ae-reassurance-force",
                "Same plan in the lede.",
            ),
        ],
        [
            S(
                "The troops would not act as peacekeepers and would not be posted along the front line, Macron told "
                "reporters, but would be based at a few strategic locations to discourage any fresh Russian "
                "offensive.",
                "new",
                "ae-reassurance-force",
                "Role and posture of the same force.",
            ),
            S(
                "He conceded that the idea did not have the backing of everyone at the table.",
                "new",
                "ae-reassurance-force",
                "Not all coalition members back the force: detail of the same plan.",
            ),
            S(
                "French and British military chiefs will travel to Ukraine to work out the size and location of the "
                "deployment, he said.",
                "new",
                "ae-reassurance-force",
                "Planning step of the same force; minor.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "Starmer, who launched the so-called coalition of the willing in London at the start of the month, "
                "said Putin was playing games and that pressure on Moscow should be stepped up."
            ),
        ],
        [
            S(
                "Zelensky welcomed the plan but said many questions remained, including what the force would do if "
                "Russia attacked again.",
                "new",
                "ae-reassurance-force",
                "Kyiv's reaction to the same plan.",
                ["irrelevant"],
            ),
        ],
        [
            S("For Kyiv, pledges on paper carry a bitter history."),
            S(
                "In 1994 it handed over the Soviet nuclear weapons left on its soil in exchange for promises from "
                "Moscow, London and Washington to respect its borders, promises Russia went on to ignore.",
                "known",
                None,
                "Seeds 000/001: the Budapest Memorandum and its breach.",
            ),
            S(
                "The Group of Seven's 2023 declaration, later endorsed by more than two dozen other governments, "
                "offered help in building modern forces and talks within a day of any new attack, but no obligation "
                "to fight for Ukraine.",
                "known",
                None,
                "Seed 003: G7 declaration, 24-hour consultation, no Article 5; 25 others joined.",
            ),
        ],
        [
            S(
                "Leaders also agreed that sanctions on Russia should stay in place, rejecting a Kremlin demand to lift "
                "curbs on a state farm bank as a condition for a Black Sea truce."
            ),
        ],
        [
            S(
                "Italy and Poland have said they will not put soldiers on Ukrainian soil, though both back the wider "
                "effort.",
                "new",
                "ae-reassurance-force",
                "Named countries staying out of the same force.",
                ["irrelevant"],
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# AE03 The Hague summit: the text leaves Ukraine's path out; Rutte says the pledge stands
# (Bucharest retold, Rutte for Stoltenberg)
article(
    ARTICLES,
    "ae-2025-06-25-hague-statement-ukraine",
    "2025-06-25T15:45:00+00:00",
    "https://www.reuters.com/world/europe/nato-leaders-agree-5-spending-goal-short-summit-statement-ukraine-2025-06-25/",
    S(
        "Hague summit statement leaves out Kyiv's road to the alliance",
        "new",
        "ae-hague-text-omits",
        "Summit text drops the membership line while the commitment stands: new per the conventions.",
    ),
    [
        [
            S(
                "THE HAGUE, June 25 (Reuters) – NATO leaders agreed on Wednesday to lift their defence spending "
                "target to 5% of economic output by 2035, in a pared-down final statement that made no mention of "
                "Ukraine's future as a member.",
                "new",
                "ae-hague-text-omits",
                "Same omission in the lede.",
            ),
        ],
        [
            S(
                "The five-paragraph declaration mentioned Ukraine only once, saying allies remained committed to "
                "supporting a country whose security contributes to their own.",
                "new",
                "ae-hague-text-omits",
                "What the text says about Ukraine instead of the path.",
            ),
            S(
                "Diplomats said the text had been kept short to avoid a clash with Washington, which had resisted "
                "any reference to Kyiv eventually joining.",
                "new",
                "ae-hague-text-omits",
                "Why the line was left out; US reluctance, not a stated denial.",
                ["contradicted"],
            ),
        ],
        [
            S(
                "Secretary General Mark Rutte, the former Dutch prime minister who took over from Jens Stoltenberg "
                "last October, said the omission changed nothing.",
                "changed",
                "ae-rutte-sg",
                "Seeds name Stoltenberg as Secretary General; Rutte succeeded him.",
            ),
            S(
                "He told reporters that everything the allies had agreed a year earlier in Washington, including the "
                "pledge that Kyiv's path to the alliance could not be reversed, still stood.",
                "known",
                None,
                "Seed 003: the 'irreversible' path of Washington 2024, restated.",
                ["new"],
            ),
        ],
        [
            S(
                "Zelensky attended a dinner hosted by King Willem-Alexander on Tuesday evening and met Trump on the "
                "sidelines, but he was not part of the leaders' main session."
            ),
            S(
                "The two discussed air defence, and Zelensky said Kyiv was ready to buy more Patriot systems."
            ),
        ],
        [
            S(
                "The thin wording recalls the allies' meeting in Bucharest in 2008, where they promised Ukraine and "
                "Georgia a seat at the table one day without saying when, and without the action plan that normally "
                "precedes entry.",
                "known",
                None,
                "Seeds 000/004: Bucharest's promise with no date and no MAP.",
            ),
            S(
                "Putin, then still courted by Western capitals, called the prospect of the bloc growing to Russia's "
                "borders a direct threat.",
                "known",
                None,
                "Seed 000: Putin's 'direct threat'.",
            ),
            S(
                "Many officials in the alliance now believe that ambiguity helped pave the way for Russia's wars in "
                "Georgia that summer and in Ukraine from 2014.",
                "known",
                None,
                "Seed 000: the vagueness encouraged Russia's wars of 2008 and 2014.",
            ),
        ],
        [
            S(
                "Asked whether he still stood by the mutual-defence clause, Trump said it depended on one's definition."
            ),
            S(
                "Spain secured wording it says exempts it from the new target, prompting Trump to threaten it with "
                "higher tariffs."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# AE04 Live updates on the day of the White House meeting (Trump's "no going into NATO",
# Witkoff's Article 5-like protection, Rubio under a new title, Rutte on Article 5-type guarantees)
article(
    ARTICLES,
    "ae-2025-08-18-live-white-house-guarantees",
    "2025-08-18T21:00:00+00:00",
    "https://kyivindependent.com/live-zelensky-european-leaders-meet-trump-at-white-house/",
    S(
        "Live updates: Trump rules out Crimea's return and Kyiv's entry into the alliance ahead of White House talks",
        "contradicted",
        "ae-trump-no-going-in",
        "US president rules out Ukraine joining: a denial.",
    ),
    [
        [
            S(
                "09:40 – Hours before Zelensky's arrival in Washington, President Donald Trump wrote on social media "
                "that the Ukrainian leader could end the war almost immediately if he chose to."
            ),
            S(
                "But there would be no getting Crimea back and no Ukrainian entry into NATO, he wrote, adding that "
                "some things never change.",
                "contradicted",
                "ae-trump-no-going-in",
                "Same post: no entry for Ukraine.",
            ),
            S(
                "It echoed his remark in February that Kyiv could forget about joining the alliance.",
                "contradicted",
                "ae-trump-forget",
                "Trump's February 'forget about it': a denial in idiom.",
            ),
        ],
        [
            S(
                "11:15 – Special envoy Steve Witkoff said on Sunday that Putin had agreed at the Alaska summit that the "
                "United States and Europe could offer Ukraine protection resembling the alliance's Article 5 "
                "collective-defence clause.",
                "new",
                "ae-art5-like-witkoff",
                "Article 5-like protection for Ukraine; no seed counterpart.",
            ),
            S(
                "He called it the first time the Kremlin had accepted such an arrangement and described it as "
                "game-changing.",
                "new",
                "ae-art5-like-witkoff",
                "Same report, Witkoff's characterisation.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "12:50 – Secretary of State Marco Rubio, who has also served as national security adviser since May, "
                "said security guarantees for Kyiv would be at the heart of the White House discussions.",
                "changed",
                "ae-nsa-rubio",
                "Seed 000 names Sullivan as national security adviser; Rubio now holds the post.",
            ),
        ],
        [
            S(
                "14:30 – Starmer, Macron, Friedrich Merz, Giorgia Meloni, Alexander Stubb, Ursula von der Leyen and "
                "NATO's Mark Rutte are travelling to Washington to stand beside Zelensky."
            ),
        ],
        [
            S(
                "18:20 – After the talks, Trump told reporters that Europe would be the first line of defence in any "
                "guarantee for Ukraine, but that the United States would be involved and would help.",
                "new",
                "ae-us-help-guarantee",
                "US role in the guarantees: Europe first, US helping; no seed counterpart.",
            ),
            S(
                "Zelensky said the guarantees would be formalised on paper within about ten days and would include a "
                "large package of American weapons paid for by Europe.",
                "new",
                "ae-guarantee-paper",
                "Timetable and content of a guarantee package; no seed counterpart.",
            ),
            S(
                "He put the value of the weapons purchase at about 90 billion dollars.",
                "new",
                "ae-90bn",
                "Aid figure inside the package.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "19:05 – Rutte told Fox News that the guarantees under discussion were not about Ukraine joining the "
                "alliance but about protections of an Article 5 type.",
                "new",
                "ae-rutte-art5-type",
                "Membership not on the agenda, Article 5-type guarantees are: new per the conventions.",
            ),
        ],
        [
            S(
                "19:30 – Kyiv's aspiration to join the alliance has been written into Ukraine's constitution since "
                "2019, and it already holds the partner status the alliance reserves for its most capable "
                "non-members.",
                "known",
                None,
                "Seed 004: the 2019 constitutional amendment and Enhanced Opportunities Partner status.",
            ),
            S(
                "The allies promised in Vilnius in 2023 that they would ask Ukraine in once they all agreed and "
                "conditions allowed, but they have never set a date.",
                "known",
                None,
                "Seeds 000/003: invitation when allies agree and conditions are met; no timeline.",
            ),
        ],
        [
            S(
                "20:45 – Trump said he had phoned Putin and started arranging a meeting between him and Zelensky, to "
                "be followed by a three-way summit."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# AE05 Twenty-six countries pledge forces for after a ceasefire (repeats the reassurance force and
# the US role; Duda's Israeli formula retold; Nawrocki for Duda; Moscow rejects foreign troops)
article(
    ARTICLES,
    "ae-2025-09-04-twenty-six-pledge-forces",
    "2025-09-04T20:30:00+00:00",
    "https://www.reuters.com/world/europe/26-countries-pledge-troops-ukraine-reassurance-force-macron-says-2025-09-04/",
    S(
        "Twenty-six allies pledge forces to stand guard in Ukraine after a ceasefire, Macron says",
        "new",
        "ae-26-pledge",
        "26 countries commit forces as a guarantee; number with no seed counterpart.",
    ),
    [
        [
            S(
                "PARIS, Sept 4 (Reuters) – Twenty-six countries have formally committed to deploying troops to "
                "Ukraine, or to providing forces on land, at sea or in the air, the day after a ceasefire or peace "
                "deal, President Emmanuel Macron said on Thursday.",
                "new",
                "ae-26-pledge",
                "Same pledge in the lede.",
            ),
            S(
                "The aim was not to wage war on Russia but to deter any new major aggression, he said.",
                "new",
                "ae-26-pledge",
                "Purpose of the same force.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "Macron was speaking after a meeting of the coalition of the willing in Paris, attended in person and "
                "by video, that was followed by a phone call with Trump."
            ),
            S(
                "Zelensky, standing beside him, called the pledges the first serious concrete step in a long time.",
                "new",
                "ae-26-pledge",
                "Kyiv's reaction to the same pledges.",
            ),
        ],
        [
            S(
                "The contribution of the United States would be finalised in the coming days, Macron said, and "
                "Trump's envoy Steve Witkoff attended the talks.",
                "new",
                "ae-us-help-guarantee",
                "US backing for the guarantees, retold.",
            ),
            S(
                "The force builds on the reassurance mission that Paris and London first outlined in March.",
                "new",
                "ae-reassurance-force",
                "The March reassurance-force plan, retold.",
            ),
            S(
                "Germany, Italy and Poland have signalled they will not send soldiers into Ukraine for now, though "
                "Berlin said it would decide once the shape of a deal was clear.",
                "new",
                "ae-26-pledge",
                "Named countries outside the pledge.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "In 2023 Poland's Andrzej Duda described a ten-year partnership for Kyiv modelled on Washington's ties "
                "with Israel, offering arms, intelligence and technology but no duty to come to Ukraine's defence.",
                "known",
                None,
                "Seed 002: Duda's ten-year 'Israeli formula' without mutual defence.",
            ),
            S(
                "Duda has since been succeeded by Karol Nawrocki, a conservative historian who took office in "
                "August.",
                "changed",
                "ae-nawrocki",
                "Seed 002 names Duda as Poland's president; Nawrocki succeeded him.",
            ),
        ],
        [
            S(
                "Russia's foreign ministry said on Thursday that Moscow would not discuss any foreign military "
                "presence in Ukraine in any form.",
                "new",
                "ae-russia-rejects-troops",
                "Moscow rejects the guarantee force; about guarantees, not a membership denial.",
            ),
        ],
        [
            S(
                "Macron said Europe was ready to impose further sanctions in coordination with Washington if Moscow "
                "kept stalling."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# AE06 The US 28-point draft: Kyiv to renounce the alliance (demand in idiom, constitution and
# Jenssen retold, Kremlin's neutrality demand)
article(
    ARTICLES,
    "ae-2025-11-21-us-draft-plan-renounce",
    "2025-11-21T12:15:00+00:00",
    "https://www.reuters.com/world/europe/us-draft-peace-plan-ukraine-nato-constitution-2025-11-21/",
    S(
        "US draft peace plan would slam the alliance's door on Kyiv for good",
        "contradicted",
        "ae-us-draft-renounce",
        "US draft requires Ukraine never to join: against 'will become members' and the irreversible path.",
    ),
    [
        [
            S(
                "KYIV, Nov 21 (Reuters) – A 28-point peace plan drafted by US and Russian officials would require "
                "Ukraine to amend its constitution to say it will never join NATO, and the alliance to write into its "
                "statutes that Kyiv will not be admitted, according to a copy of the document.",
                "contradicted",
                "ae-us-draft-renounce",
                "Same draft in the lede.",
            ),
        ],
        [
            S(
                "The alliance would also agree not to expand any further and not to station troops in Ukraine, the "
                "draft says.",
                "contradicted",
                "ae-us-draft-renounce",
                "No further enlargement: same draft, against Bucharest's promise.",
            ),
            S(
                "In return, Ukraine would receive what the text calls reliable security guarantees, without spelling "
                "out who would provide them or how.",
                "new",
                "ae-draft-guarantee",
                "Guarantee offered in the draft instead of membership.",
            ),
            S(
                "Its armed forces would be capped at 600,000 personnel.",
                "new",
                "ae-army-600k",
                "Cap on Ukraine's army in the draft; number without seed counterpart.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "Ukraine would be eligible to join the European Union and would get short-term preferential access to "
                "the bloc's market."
            ),
            S(
                "Russia would be brought back into the global economy and invited to rejoin the Group of Eight."
            ),
        ],
        [
            S(
                "Trump told reporters he thought next Thursday, the Thanksgiving holiday, was an appropriate deadline "
                "for Kyiv to respond."
            ),
            S(
                "In a video address, Zelensky said Ukraine faced one of the hardest moments in its history, with a "
                "choice between losing its dignity and risking the loss of a key partner."
            ),
        ],
        [
            S(
                "Ukrainian lawmakers wrote the goal of entering the Atlantic alliance into the country's basic law in "
                "2019.",
                "known",
                None,
                "Seed 004: the 2019 constitutional amendment.",
            ),
            S(
                "At their Washington summit last year the allies went further, declaring that Kyiv's road to them "
                "could not be undone.",
                "known",
                None,
                "Seed 003: the 'irreversible' path.",
            ),
            S(
                "The idea of trading land for peace has surfaced before: in 2023 an aide to Stoltenberg suggested Kyiv "
                "might cede territory in exchange for a seat in the alliance, before apologising after an outcry in "
                "Kyiv.",
                "known",
                None,
                "Seed 001: Jenssen's territory-for-membership remark and apology.",
            ),
        ],
        [S("European officials said they had not been consulted on the draft.")],
        [
            S(
                "Kremlin spokesman Dmitry Peskov said Moscow had received nothing official, but that its demand for "
                "Kyiv to stay out of military blocs was well known.",
                "contradicted",
                "ae-russia-neutrality",
                "Russian demand that Ukraine stay out of the alliance.",
                ["new"],
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# AE07 Berlin talks: Zelensky ready to shelve the bid; US Article 5-like offer; European force;
# Umerov under a new title and Yermak gone
article(
    ARTICLES,
    "ae-2025-12-15-berlin-zelensky-shelve-bid",
    "2025-12-15T19:20:00+00:00",
    "https://www.reuters.com/world/europe/zelenskiy-says-ukraine-ready-drop-nato-bid-exchange-security-guarantees-2025-12-15/",
    S(
        "Zelensky ready to shelve Kyiv's bid for the alliance in exchange for binding guarantees",
        "contradicted",
        "ae-zelensky-shelve-bid",
        "Against seed 003: Zelensky said guarantees cannot substitute for membership.",
        ["new"],
    ),
    [
        [
            S(
                "BERLIN, Dec 15 (Reuters) – Volodymyr Zelensky said Ukraine was prepared to drop its ambition to join "
                "NATO if the United States and Europe gave it legally binding security guarantees, a major shift as "
                "he held talks with Trump's envoys in Berlin.",
                "contradicted",
                "ae-zelensky-shelve-bid",
                "Same offer in the lede.",
                ["new"],
            ),
        ],
        [
            S(
                "He told reporters that Kyiv had wanted to join the alliance from the start, but that some partners in "
                "Washington and Europe had not supported that course.",
                "new",
                "ae-partners-not-backing",
                "Named reluctant allies: consensus lacking, not a denial.",
            ),
            S(
                "Bilateral guarantees from the United States resembling Article 5, together with guarantees from "
                "European and other partners, were now the opportunity, he said.",
                "new",
                "ae-us-art5-like-berlin",
                "Article 5-like guarantees instead of membership.",
            ),
            S(
                "Accepting them instead would already be a compromise on Ukraine's part, he added.",
                "contradicted",
                "ae-zelensky-shelve-bid",
                "Same offer: guarantees in place of membership.",
                ["new"],
            ),
        ],
        [
            S(
                "After two days of talks, a US official said Washington was offering Kyiv guarantees modelled on the "
                "alliance's mutual-defence clause and that Trump was prepared to put them to the Senate.",
                "new",
                "ae-us-art5-like-berlin",
                "US Article 5-like offer to be ratified by the Senate.",
            ),
            S(
                "The offer would not stay on the table forever, the official said.",
                "new",
                "ae-us-art5-like-berlin",
                "Same offer, time-limited.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "Ukraine's team was led by Rustem Umerov, the secretary of the National Security and Defence Council, "
                "who took over as chief negotiator after Andriy Yermak resigned as head of the presidential office "
                "last month.",
                "changed",
                ["ae-umerov-nsdc", "ae-yermak-out"],
                "Seed 002 has Danilov at the NSDC, seed 001 Yermak as head of the President's Office: both changed.",
            ),
        ],
        [
            S(
                "In a joint statement, leaders of Germany, France, Britain and other European countries said a "
                "European-led multinational force would help rebuild Ukraine's army and secure its skies and seas, "
                "with US support.",
                "new",
                "ae-mnf-ukraine",
                "Multinational Force Ukraine as a guarantee; no seed counterpart.",
            ),
            S(
                "They said Ukraine's armed forces should be able to keep a peacetime strength of 800,000.",
                "new",
                "ae-army-800k",
                "Number with no seed counterpart (800,000 troops).",
            ),
        ],
        [
            S(
                "Two years ago in Vilnius, Jake Sullivan, then Biden's national security adviser, argued that letting "
                "Ukraine in while the war raged would amount to the alliance going to war with Russia.",
                "known",
                None,
                "Seeds 000/001: Sullivan's remark at Vilnius.",
            ),
            S(
                "Zelensky himself has long acknowledged that his country could not take its seat before the fighting "
                "stopped.",
                "known",
                None,
                "Seeds 000/002: Ukraine cannot join during the war.",
            ),
        ],
        [
            S(
                "Moscow has consistently said that a Ukrainian pledge to stay out of the alliance is a precondition "
                "for any settlement.",
                "contradicted",
                "ae-russia-neutrality",
                "Russian demand that Ukraine renounce the alliance, retold.",
                ["new"],
            ),
            S(
                "The shift came weeks after a US draft that would have obliged Kyiv to renounce the alliance in its "
                "constitution was reworked in talks in Geneva.",
                "contradicted",
                "ae-us-draft-renounce",
                "The US draft requiring renunciation, retold.",
            ),
            S(
                "The two sides remain far apart on the Donbas region, from which the Kremlin wants Kyiv to withdraw "
                "its forces."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# AE08 Paris, January 2026: the UK-French declaration of intent (US-led monitoring, 15 years,
# Budanov for Yermak, seeds' guarantee history retold)
article(
    ARTICLES,
    "ae-2026-01-06-paris-uk-france-declaration",
    "2026-01-06T20:05:00+00:00",
    "https://www.reuters.com/world/europe/britain-france-sign-declaration-deploy-forces-ukraine-after-peace-deal-2026-01-06/",
    S(
        "Britain and France sign pledge to base troops in Ukraine after any peace deal",
        "new",
        "ae-uk-fr-intent",
        "Declaration of intent to deploy forces as a guarantee; no seed counterpart.",
    ),
    [
        [
            S(
                "PARIS, Jan 6 (Reuters) – Britain and France signed a declaration of intent on Tuesday to deploy "
                "forces to Ukraine if a peace deal is reached, as leaders of the coalition of the willing met in Paris "
                "with Trump's envoys in the room.",
                "new",
                "ae-uk-fr-intent",
                "Same declaration in the lede.",
            ),
        ],
        [
            S(
                "Prime Minister Keir Starmer said the two countries would set up military hubs across Ukraine and "
                "build protected sites for weapons and equipment.",
                "new",
                "ae-uk-fr-intent",
                "What the same deployment would involve.",
            ),
            S(
                "The troops would help secure Ukraine's skies and seas and rebuild its armed forces rather than hold a "
                "front line, he said.",
                "new",
                "ae-uk-fr-intent",
                "Role of the same forces.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "In their declaration, the coalition's leaders said a ceasefire would be monitored by a mechanism led "
                "by the United States, with the participation of their own countries.",
                "new",
                "ae-us-ceasefire-monitoring",
                "US-led ceasefire monitoring as part of the guarantees.",
            ),
            S(
                "Steve Witkoff told reporters that Trump strongly stood behind the security protocols, which he called "
                "the strongest ever discussed.",
                "new",
                "ae-us-help-guarantee",
                "US backing for the guarantees, retold.",
            ),
            S(
                "The coalition first took shape in March; six months later, 26 of its members pledged forces for the "
                "period after a ceasefire.",
                "new",
                ["ae-reassurance-force", "ae-26-pledge"],
                "The reassurance force and the 26 pledges, retold.",
            ),
        ],
        [
            S(
                "Zelensky, who last week named military intelligence chief Kyrylo Budanov as head of his office in "
                "place of Andriy Yermak, said the documents showed the coalition was serious about making peace hold.",
                "changed",
                ["ae-budanov-office", "ae-yermak-out"],
                "Seed 001 names Yermak as head of the President's Office; Budanov now holds it.",
            ),
            S(
                "He said last week that Washington had offered guarantees lasting 15 years and that he had asked Trump "
                "for a longer term, of up to 50 years.",
                "new",
                "ae-15-years",
                "Term of the US guarantee; no seed counterpart.",
            ),
        ],
        [
            S(
                "The search for guarantees outside the alliance began in 2023, when Kyiv left the Vilnius summit "
                "without a timetable for joining and the Group of Seven stepped in with a pledge to help build up its "
                "forces and to consult within a day of any new Russian attack.",
                "known",
                None,
                "Seeds 000/003: no timeline at Vilnius; G7 declaration with 24-hour consultation.",
            ),
            S(
                "Britain was the first to turn that pledge into a bilateral pact, in January 2024.",
                "known",
                None,
                "Seed 003: the UK concluded the first agreement on 12 January 2024.",
            ),
            S(
                "None of those accords commits anyone to fight for Ukraine, and each is meant to expire once it enters "
                "the alliance.",
                "known",
                None,
                "Seed 003: no Article 5; agreements expire on membership.",
            ),
        ],
        [
            S(
                "Russia has said any Western troops deployed in Ukraine would be legitimate targets.",
                "new",
                "ae-russia-rejects-troops",
                "Moscow rejects the guarantee force, retold.",
            ),
        ],
        [
            S(
                "Last month Zelensky offered to set aside Kyiv's bid for the alliance if such guarantees were made "
                "legally binding.",
                "contradicted",
                "ae-zelensky-shelve-bid",
                "Zelensky's offer to drop the bid, retold.",
                ["new"],
            ),
        ],
    ],
    True,
)

# ============================================================================================
# NEAR OR OFF TOPIC (4)
# ============================================================================================

# --------------------------------------------------------------------------------------------
# AE09 Stoltenberg becomes Norway's finance minister (off topic; incidental: the Secretary General
# office changed hands)
article(
    ARTICLES,
    "ae-2025-02-04-stoltenberg-finance-minister",
    "2025-02-04T13:30:00+00:00",
    "https://www.reuters.com/world/europe/former-nato-chief-stoltenberg-named-norways-finance-minister-2025-02-04/",
    S(
        "Former alliance chief Stoltenberg returns to Norwegian politics as finance minister",
        "changed",
        "ae-rutte-sg",
        "The seeds' Secretary General has left the post; incidental in an off-topic story.",
        ["irrelevant"],
    ),
    [
        [
            S(
                "OSLO, Feb 4 (Reuters) – Jens Stoltenberg, who led NATO for a decade until October, was appointed "
                "Norway's finance minister on Tuesday after the collapse of the ruling coalition.",
                "changed",
                "ae-rutte-sg",
                "Same: Stoltenberg no longer Secretary General.",
                ["irrelevant"],
            ),
            S(
                "Prime Minister Jonas Gahr Store reshuffled his cabinet after the Centre Party quit the government in "
                "a dispute over European Union energy rules."
            ),
        ],
        [
            S(
                "Stoltenberg, a former prime minister, will oversee the world's largest sovereign wealth fund, worth "
                "about 1.8 trillion dollars."
            ),
            S(
                "He had been due to take up the chair of the Munich Security Conference later this month, a post he "
                "said he would now give up."
            ),
        ],
        [
            S(
                "Analysts said his return could help Labour, which was trailing in the polls ahead of the September "
                "election."
            ),
            S(
                "Norway plans to raise defence spending further after passing the alliance's 2% target last year."
            ),
        ],
        [
            S(
                "Store said Stoltenberg's experience of security policy would be valuable at a time of war in Europe "
                "and trade tensions."
            ),
            S("The alliance has urged its members to spend well above 2% in future."),
        ],
        [
            S(
                "The Centre Party's exit left Labour governing alone with 48 of parliament's 169 seats."
            )
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# AE10 Armenia's parliament backs a bill to seek EU membership (off topic: another country's
# accession, with membership words)
article(
    ARTICLES,
    "ae-2025-03-26-armenia-eu-bill",
    "2025-03-26T16:00:00+00:00",
    "https://www.rferl.org/a/armenia-parliament-eu-membership-bill/33367712.html",
    S("Armenian lawmakers back bill launching the country's bid to join the EU"),
    [
        [
            S(
                "YEREVAN, March 26 (RFE/RL) – Armenia's parliament passed a bill on Wednesday declaring the country's "
                "intention to start the process of joining the European Union, a symbolic step away from Moscow."
            ),
            S("The measure was approved with 64 votes in favour and 7 against."),
        ],
        [
            S(
                "Prime Minister Nikol Pashinyan has said membership would ultimately have to be decided in a "
                "referendum, and that the bill does not mean an application will be filed immediately."
            ),
            S(
                "The Kremlin said Armenia could not belong to both the bloc and the Russian-led Eurasian Economic "
                "Union at the same time."
            ),
        ],
        [
            S(
                "Yerevan has frozen its participation in the Collective Security Treaty Organization, the Russian-led "
                "military alliance, accusing it of failing to defend Armenia against Azerbaijan."
            ),
            S("Pashinyan has said Armenia has no plans to seek NATO membership."),
        ],
        [
            S(
                "The bill began as a citizens' initiative that gathered tens of thousands of signatures."
            ),
            S("Brussels has not commented on its specifics."),
        ],
        [
            S(
                "Georgia, Armenia's northern neighbour, suspended its own talks on joining the bloc last year."
            )
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# AE11 Spain's carve-out from the 5% goal (off topic: spending; incidental 32 allies and Sweden a
# member)
article(
    ARTICLES,
    "ae-2025-06-22-spain-spending-carve-out",
    "2025-06-22T17:25:00+00:00",
    "https://www.politico.eu/article/spain-exemption-nato-spending-target-pedro-sanchez-mark-rutte/",
    S("Spain says it has won an opt-out from the alliance's new spending goal"),
    [
        [
            S(
                "MADRID, June 22 – Spanish Prime Minister Pedro Sánchez said on Sunday that Spain had secured an "
                "exemption from NATO's new target of spending 5% of economic output on defence, days before the "
                "alliance's summit in The Hague."
            ),
            S(
                "Sánchez said Spain could meet its capability commitments by spending 2.1% of GDP, and that a higher "
                "figure would force cuts to the welfare state."
            ),
        ],
        [
            S(
                "Secretary General Mark Rutte had written to Sánchez agreeing that the summit text would give Madrid "
                "flexibility to set its own path."
            ),
            S(
                "The target splits into 3.5% for core defence and 1.5% for wider security spending such as "
                "infrastructure and cyber defence."
            ),
        ],
        [
            S(
                "The target needs the backing of all 32 allies, and several capitals were unhappy with Madrid's "
                "carve-out.",
                "changed",
                "alliance-32",
                "Seeds count 31 allies; incidental in an off-topic story.",
                ["irrelevant"],
            ),
            S(
                "Sweden and Finland, the alliance's two newest members, have both backed the 5% goal.",
                "changed",
                "ae-sweden-member",
                "Seed 001 has Sweden waiting on Turkey; incidental in an off-topic story.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "Spain spent about 1.3% of GDP on defence last year, the lowest share in the alliance, according to "
                "NATO estimates."
            ),
            S(
                "Sánchez's minority government relies on left-wing partners who oppose higher military spending."
            ),
        ],
        [S("Slovakia and Belgium also voiced doubts about the new target, diplomats said.")],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# AE12 Eastern Sentry after drones over Poland (off topic: operation on the flank; incidental
# Nawrocki for Duda)
article(
    ARTICLES,
    "ae-2025-09-12-eastern-sentry-poland",
    "2025-09-12T18:00:00+00:00",
    "https://www.reuters.com/world/europe/nato-launches-eastern-sentry-after-drone-incursion-poland-2025-09-12/",
    S("Alliance launches “Eastern Sentry” to guard its flank after drones enter Polish airspace"),
    [
        [
            S(
                "BRUSSELS, Sept 12 (Reuters) – NATO will reinforce its eastern flank with a new operation called "
                "Eastern Sentry after Polish and allied jets shot down Russian drones over Poland this week, Secretary "
                "General Mark Rutte said on Friday."
            ),
            S(
                "Denmark, France, Britain and Germany were among the allies contributing aircraft and other assets, he said."
            ),
        ],
        [
            S(
                "Poland invoked Article 4 of the treaty, which allows an ally to request consultations when it feels "
                "threatened, after about 19 drones crossed into its airspace overnight on Tuesday."
            ),
            S(
                "It was the first time an ally had fired on Russian aircraft in its airspace since the war in Ukraine began."
            ),
        ],
        [
            S(
                "Polish President Karol Nawrocki, who took over from Andrzej Duda last month, said the incursion was an "
                "unprecedented moment for his country.",
                "changed",
                "ae-nawrocki",
                "Seed 002 names Duda as Poland's president; Nawrocki succeeded him.",
            ),
            S("Russia's defence ministry said it had not intended to hit any targets in Poland."),
        ],
        [
            S(
                "Russia and Belarus began their joint Zapad exercise on Friday, with drills close to the borders of "
                "Poland and Lithuania."
            ),
            S("Poland closed its border crossings with Belarus for the duration of the exercise."),
        ],
        [
            S(
                "Rutte said the operation would combine traditional air defences with new measures to counter drones."
            )
        ],
    ],
    False,
)
