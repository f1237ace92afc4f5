"""Article set n: the articles, sentence by sentence with their gold (`python3 ../build.py set_n`)."""

from corpus import S, article

CHANNEL = "Article set n: an analyst's morning feed on Ukraine and NATO"
DESCRIPTION = "12 articles rewritten from real 2024-2025 coverage (links point at the originals)."
ARTICLES: list = []

# ============================================================================================
# ON TOPIC (8)
# ============================================================================================

# --------------------------------------------------------------------------------------------
# N01 Belgium agreement in Brussels, a day after Spain (on topic: bilateral count)
article(
    ARTICLES,
    "n-2024-05-28-belgium-agreement",
    "2024-05-28T17:45:00+00:00",
    "https://eumorningpost.com/politics/4369-belgium-pledges-f-16s-and-nearly-1-billion-in-military-aid-to-ukraine",
    S(
        "Belgium pledges 30 F-16s to Ukraine by 2028 in ten-year security pact",
        "changed",
        "belgium-agreement",
        "A further concluded bilateral agreement; the seed has only the UK's.",
    ),
    [
        [
            S(
                "BRUSSELS, May 28 – Belgian Prime Minister Alexander De Croo and President Volodymyr Zelensky "
                "signed a bilateral agreement on security cooperation and long-term support on Tuesday, adding "
                "Belgium to the countries that have concluded such pacts with Kyiv.",
                "changed",
                "belgium-agreement",
                "Belgium's agreement concluded; the seed has only the UK's.",
            ),
            S(
                "The document commits Belgium to at least 977 million euros in military aid this year, De Croo "
                "told reporters.",
                "new",
                "belgium-aid",
                "Aid figure inside the agreement.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "For the first time one of these agreements names a number of warplanes: 30 F-16 fighter jets are "
                "to reach Ukraine by 2028, the first of them before the end of this year.",
                "new",
                "belgium-f16",
                "Jets promised in the agreement; an aid figure.",
                ["irrelevant"],
            ),
            S(
                "Belgium will do everything it can to deliver the first jets in 2024, the prime minister said, "
                "stressing that they are meant for use on Ukrainian territory."
            ),
        ],
        [
            S(
                "The pact runs for ten years and also covers air defence, maritime security, demining, intelligence "
                "sharing and cooperation between the two countries' defence industries.",
                "new",
                "belgium-agreement-terms",
                "Term and scope of the agreement; no seed counterpart.",
            ),
            S(
                "Should Russia attack again, the two sides are to hold consultations within 24 hours on the next "
                "steps to counter the aggression.",
                "known",
                None,
                "Seed 003: consultation within 24 hours.",
            ),
        ],
        [
            S(
                "In the text Belgium reaffirms its support for Ukraine's future membership of the European Union "
                "and of NATO.",
                "known",
                None,
                "Seeds 000/003: Ukraine's future is in NATO.",
            ),
            S(
                "Like the other bilateral pacts, it puts into practice the declaration the Group of Seven issued at "
                "the Vilnius summit last July, which 32 countries have signed.",
                "known",
                None,
                "Seed 003: G7 declaration formalised bilaterally; 32 signatories.",
            ),
            S(
                "Britain was the first to conclude one, in January.",
                "known",
                None,
                "Seed 003: the UK's agreement of 12 January 2024 was the first.",
            ),
        ],
        [
            S(
                "Zelensky arrived in Brussels from Madrid, where he had signed a similar agreement with Prime "
                "Minister Pedro Sanchez on Monday.",
                "changed",
                "spain-agreement",
                "Another concluded agreement (Spain).",
            ),
            S(
                "Later on Tuesday he was to meet King Philippe and visit the Melsbroek air base, where Belgian "
                "instructors train Ukrainian pilots and technicians."
            ),
        ],
        [
            S(
                "Zelensky again urged partners to lift the limits they place on using Western weapons against "
                "targets inside Russia."
            ),
            S(
                "He called the restrictions unfair but said Kyiv could not risk losing the support of its partners."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# N02 Blinken in Prague: "bridge to membership", 13 agreements concluded, NATO coordination role
article(
    ARTICLES,
    "n-2024-05-31-blinken-prague-bridge",
    "2024-05-31T16:20:00+00:00",
    "https://eir.news/2024/06/news/nato-foreign-ministers-meet-in-prague-to-plan-forever-war-against-russia",
    S(
        "Blinken promises Ukraine a 'well-lit bridge' to NATO membership",
        "known",
        None,
        "Seed 002: Washington framed its assistance as a bridge to membership.",
        ["new"],
    ),
    [
        [
            S(
                "PRAGUE, May 31 – Secretary of State Antony Blinken said on Friday that NATO's summit in Washington "
                "in July would take concrete steps to bring Ukraine closer to the alliance and give it a bridge to "
                "membership, one he called strong and well-lit.",
                "known",
                None,
                "Seed 002: assistance as a bridge to eventual membership.",
                ["new"],
            ),
            S(
                "He spoke at the close of an informal two-day meeting of the alliance's foreign ministers in the "
                "Czech capital, the largest NATO gathering the country has hosted since its 2002 summit."
            ),
        ],
        [
            S(
                "NATO would help build Ukraine's future armed forces so that they could deter aggression and, if "
                "needed, defend against it, Blinken told reporters.",
                "known",
                None,
                "Seed 003: sustainable forces able to defend Ukraine and deter Russia.",
                ["new"],
            ),
            S(
                "US officials had said before the meeting that they did not expect Ukraine to be invited to join "
                "at the summit.",
                "known",
                None,
                "Seed 002: Washington extended no invitation.",
            ),
        ],
        [
            S(
                "Blinken said 32 countries were negotiating bilateral security agreements with Kyiv.",
                "known",
                None,
                "Seed 003: 32 signatories, agreements concluded or under negotiation.",
            ),
            S(
                "Thirteen of them had already been concluded, he said, and he expected many more to be signed "
                "before the leaders gather in Washington.",
                "changed",
                "bilateral-count-13",
                "Thirteen concluded agreements against the seed's one.",
            ),
            S(
                "Belgium became the latest on Tuesday, pledging 30 F-16 jets by 2028 in a ten-year pact.",
                "changed",
                "belgium-agreement",
                "Retells Belgium's concluded agreement.",
            ),
        ],
        [
            S(
                "Secretary General Jens Stoltenberg wants the summit to give NATO itself a leading role in "
                "coordinating military aid and training for Ukraine, work now run largely by a US-led group of "
                "countries.",
                "new",
                "nato-coordination-role",
                "NATO taking over coordination of assistance; no seed counterpart.",
            ),
            S(
                "He has also asked allies to commit to keeping up military support worth about 40 billion euros a "
                "year for years to come.",
                "new",
                "nato-40bn-pledge",
                "Proposed long-term financial pledge; no seed counterpart.",
            ),
            S(
                "Several allies have balked at a fixed figure, diplomats said.",
                "new",
                "nato-40bn-pledge",
                "Reluctance over the same pledge.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "The ministers also discussed whether Ukraine may use Western weapons to strike military targets on "
                "Russian soil, after several allies dropped their objections this week."
            ),
            S("Blinken said Washington's approach would adapt as the battlefield changes."),
        ],
        [
            S(
                "Allies promised in Vilnius last year that Ukraine's future lies in NATO, but they offered no "
                "timetable and said an invitation would come when they agree and conditions are met.",
                "known",
                None,
                "Seed 000/001: Vilnius wording, no timeline.",
            ),
            S(
                "Kyiv has acknowledged that it cannot join while the war goes on.",
                "known",
                None,
                "Seeds 000/004: Ukraine can join only after the war.",
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# N03 Orban and Stoltenberg in Budapest: Hungary opts out of NATO's Ukraine role
article(
    ARTICLES,
    "n-2024-06-12-orban-stoltenberg-budapest",
    "2024-06-12T15:30:00+00:00",
    "https://kyivindependent.com/stoltenberg-hungary",
    S(
        "Hungary will not block NATO's Ukraine support plan but will stay out, Stoltenberg says",
        "new",
        "hungary-opt-out",
        "Hungary's opt-out from NATO's planned support role; no seed counterpart.",
    ),
    [
        [
            S(
                "BUDAPEST, June 12 – Hungary will not take part in NATO's planned new role in supporting Ukraine "
                "but will not stand in the way of other allies, Secretary General Jens Stoltenberg said after talks "
                "with Prime Minister Viktor Orban on Wednesday.",
                "new",
                "hungary-opt-out",
                "The opt-out deal.",
            ),
            S("The visit came less than a month before the alliance's leaders meet in Washington."),
        ],
        [
            S(
                "Stoltenberg said he expected the summit to give NATO a leading role in coordinating and providing "
                "security assistance and training for Ukraine, and to agree on a long-term financial pledge for "
                "military support.",
                "new",
                ["nato-coordination-role", "nato-40bn-pledge"],
                "Retells the coordination role and the financial pledge.",
            ),
            S(
                "That would make the alliance's help more predictable and accountable, he said.",
                "new",
                "nato-coordination-role",
                "Comment on the same plan.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "“Prime Minister Orban has made it clear that Hungary will not participate in these NATO efforts, "
                "and I accept this position,” Stoltenberg told a joint news conference.",
                "new",
                "hungary-opt-out",
                "Quote on the opt-out.",
            ),
            S(
                "No Hungarian personnel or funds will be used for them, he said.",
                "new",
                "hungary-opt-out",
                "Terms of the opt-out.",
            ),
        ],
        [
            S(
                "Orban said Budapest had no wish to block decisions in NATO that differ from its own reading of the "
                "war, but insisted that any action outside allied territory must remain voluntary.",
                "new",
                "hungary-opt-out",
                "Orban's side of the deal.",
            ),
            S(
                "He said the deal gave Hungary the guarantees it had asked for.",
                "new",
                "hungary-opt-out",
                "Orban on the deal.",
            ),
        ],
        [
            S(
                "Last month Orban said his government was working out how to redefine Hungary's status in the "
                "alliance so that it would not be drawn into operations in support of Kyiv.",
                "new",
                "hungary-opt-out",
                "The run-up to the same opt-out.",
            ),
            S(
                "Hungary has repeatedly opposed Ukraine's accession to NATO and the European Union and has kept "
                "close ties with Moscow throughout the war.",
                "new",
                "hungary-opposes-accession",
                "A named reluctant ally: consensus lacking, not a veto pledge.",
                ["contradicted"],
            ),
        ],
        [
            S(
                "Stoltenberg also urged allies to keep military aid to Ukraine at about 40 billion euros a year.",
                "new",
                "nato-40bn-pledge",
                "Retells the financial pledge.",
            )
        ],
        [
            S(
                "The allies agreed in Vilnius last year that Ukraine's future lies in NATO and created a "
                "NATO-Ukraine Council, but they have not invited Kyiv to join.",
                "known",
                None,
                "Seeds 000/003: Vilnius wording, NATO-Ukraine Council, no invitation.",
            ),
            S(
                "Any new member needs the unanimous backing of all existing allies, which gives each of them a "
                "veto.",
                "known",
                None,
                "Seed 000: new members need unanimous approval.",
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# N04 Romania agreement at the Washington summit (on topic: bilateral count, summit outcomes)
article(
    ARTICLES,
    "n-2024-07-11-romania-agreement",
    "2024-07-11T19:10:00+00:00",
    "https://eurointegration.com.ua/eng/news/2024/07/11/7190011",
    S(
        "Ukraine and Romania sign security agreement on sidelines of NATO summit",
        "changed",
        "romania-agreement",
        "Another concluded bilateral agreement (Romania).",
    ),
    [
        [
            S(
                "WASHINGTON, July 11 – President Volodymyr Zelensky and Romanian President Klaus Iohannis signed a "
                "ten-year security cooperation agreement on Thursday on the sidelines of NATO's summit in "
                "Washington.",
                "changed",
                "romania-agreement",
                "Romania's agreement concluded.",
            ),
            S(
                "It is the 23rd bilateral security agreement Kyiv has concluded, according to the Ukrainian "
                "presidency.",
                "changed",
                "bilateral-count-23",
                "Count of concluded agreements: 23 against the seed's one.",
            ),
        ],
        [
            S(
                "Romania will hand over a Patriot air defence system and keep up support at the level it has "
                "provided since 2022, the presidency said.",
                "new",
                "romania-patriot",
                "Aid inside the agreement.",
                ["irrelevant"],
            ),
            S(
                "The text focuses on the Black Sea, where Bucharest is to help clear mines, and commits Romania and "
                "its partners to supporting the training centre for Ukrainian F-16 pilots on its territory.",
                "new",
                "romania-agreement-terms",
                "Scope of the agreement; no seed counterpart.",
            ),
            S(
                "It also sets up a mechanism for emergency consultations within 24 hours if Russia attacks again or "
                "the war escalates sharply.",
                "known",
                None,
                "Seed 003: consultation within 24 hours.",
            ),
        ],
        [
            S(
                "Iohannis wrote on X that Romania was joining the allies and partners who had followed up on the "
                "commitment made in the G7 declaration in Vilnius.",
                "changed",
                "romania-agreement",
                "Retells the signing; the G7 framing is seed 003.",
                ["known"],
            ),
            S(
                "Poland signed its own pact in Warsaw on Monday, and Luxembourg also concluded one this week.",
                "changed",
                ["poland-agreement", "luxembourg-agreement"],
                "Two more concluded agreements (Poland, Luxembourg).",
            ),
        ],
        [
            S(
                "The allies' summit declaration, adopted on Wednesday, says Ukraine is on an irreversible path to "
                "full integration into NATO, including membership.",
                "known",
                None,
                "Seed 002: the path is irreversible.",
            ),
            S(
                "It again stops short of an invitation.",
                "known",
                None,
                "Seed 002: no invitation at Washington.",
            ),
        ],
        [
            S(
                "Leaders agreed to set up a NATO command in Wiesbaden, Germany, to coordinate arms deliveries and "
                "training for Ukraine, taking over much of the role played so far by a US-led coalition.",
                "new",
                "nato-coordination-role",
                "The coordination role, now agreed.",
            ),
            S(
                "They also pledged a minimum baseline of 40 billion euros in military aid within the next year.",
                "new",
                "nato-40bn-pledge",
                "The financial pledge, now agreed.",
            ),
            S(
                "Hungary will not take part in the new command under a deal it struck with Stoltenberg last month.",
                "new",
                "hungary-opt-out",
                "Retells Hungary's opt-out.",
            ),
        ],
        [
            S(
                "Romania, which borders Ukraine, has seen fragments of Russian drones fall on its territory during "
                "attacks on Ukrainian ports on the Danube."
            )
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# N05 Trump at Mar-a-Lago: "I can understand their feeling"
article(
    ARTICLES,
    "n-2025-01-07-trump-understands-russia",
    "2025-01-07T23:20:00+00:00",
    "https://www.iol.co.za/news/world/donald-trump-says-he-understands-russias-concerns-about-ukraines-possible-membership-in-nato-8883b14b-9308-47c1-8c5a-65d460c11ed6",
    S(
        "Trump says he understands Russia's feelings about Ukraine joining NATO",
        "new",
        "trump-understands-russia",
        "Incoming US president sympathising with Russia's objection; not itself a denial.",
        ["contradicted"],
    ),
    [
        [
            S(
                "PALM BEACH, January 7 – President-elect Donald Trump said on Tuesday that he could understand "
                "Moscow's objections to Ukraine joining NATO, blaming the Biden administration for raising Kyiv's "
                "hopes of membership.",
                "new",
                "trump-understands-russia",
                "The remark itself.",
                ["contradicted"],
            ),
            S(
                "He spoke at a wide-ranging news conference at his Mar-a-Lago estate, two weeks before his "
                "inauguration."
            ),
        ],
        [
            S(
                "Russia had said for many years, long before Putin, that NATO could never be involved with Ukraine, "
                "Trump said.",
                "known",
                None,
                "Russia's old red line restates seed 000's 'direct threat'.",
                ["contradicted"],
            ),
            S(
                "“Somewhere along the line, Biden said, no, they should be able to join NATO,” he said.",
                "known",
                None,
                "The US backing of Ukraine's future in NATO (seeds 000/003).",
            ),
            S(
                "Then Russia had someone right on its doorstep, and he could understand their feelings about that, "
                "Trump added.",
                "new",
                "trump-understands-russia",
                "The remark again.",
                ["contradicted"],
            ),
        ],
        [
            S(
                "Trump said a lot of mistakes had been made in that negotiation, but would not say whether he would "
                "keep backing Kyiv in any talks.",
                "new",
                "trump-understands-russia",
                "Same remark, vague.",
                ["irrelevant"],
            ),
            S(
                "He said he hoped to end the war within six months, far longer than the 24 hours he had promised "
                "during his campaign."
            ),
        ],
        [
            S(
                "Ukrainian commentators said his words echoed the Kremlin's argument that NATO's expansion caused "
                "the war.",
                "new",
                "trump-understands-russia",
                "Reaction to the same remark.",
                ["irrelevant"],
            ),
            S(
                "His envoy for the war, Keith Kellogg, has put off a planned trip to Kyiv until after the "
                "inauguration, according to reports."
            ),
        ],
        [
            S(
                "The outgoing administration has insisted that Ukraine's path to membership is irreversible, as "
                "NATO's summit in Washington declared in July.",
                "known",
                None,
                "Seed 002: irreversible path.",
            ),
            S(
                "NATO has still not invited Kyiv, and allies have said Ukraine can join only once the war is over.",
                "known",
                None,
                "Seeds 000/002/004: no invitation; membership after the war.",
            ),
        ],
        [
            S(
                "At the same news conference Trump declined to rule out using military or economic pressure to take "
                "control of Greenland and the Panama Canal."
            ),
            S(
                "He also called on NATO allies to spend 5 percent of their economic output on defence."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# N06 Starmer ready to put British troops on the ground
article(
    ARTICLES,
    "n-2025-02-16-starmer-troops",
    "2025-02-16T23:10:00+00:00",
    "https://www.politico.eu/article/keir-starmer-uk-peace-keepers-ukraine-donald-trump/",
    S(
        "Starmer says UK ready to put troops on the ground in Ukraine",
        "new",
        "starmer-troops",
        "British troops as part of security guarantees; no seed counterpart.",
    ),
    [
        [
            S(
                "LONDON, February 16 – Prime Minister Keir Starmer said Britain was ready and willing to help "
                "guarantee Ukraine's security by putting British troops on the ground if necessary, the first time "
                "he has said so explicitly.",
                "new",
                "starmer-troops",
                "The pledge itself.",
            ),
            S(
                "He made the pledge in an article for the Daily Telegraph published on Sunday night, on the eve of "
                "an emergency meeting of European leaders in Paris.",
                "new",
                "starmer-troops",
                "Where the pledge was made.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "“I do not say that lightly,” Starmer wrote, adding that he felt deeply the responsibility of "
                "potentially putting British servicemen and women in harm's way.",
                "new",
                "starmer-troops",
                "Quote on the same pledge.",
            ),
            S(
                "Any role in guaranteeing Ukraine's security also helped guarantee the security of Europe and of "
                "Britain, he argued.",
                "new",
                "starmer-troops",
                "Argument for the pledge.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "Starmer wrote that a US security guarantee remained essential for a lasting peace, because only the "
                "United States could deter Putin from attacking again.",
                "new",
                "us-backstop-call",
                "Call for a US guarantee behind a settlement; no seed counterpart.",
            ),
            S("He said he would meet President Donald Trump in Washington in the coming days."),
        ],
        [
            S(
                "The Paris talks, called by President Emmanuel Macron, were to bring together the leaders of "
                "Germany, Britain, Italy, Poland, Spain, the Netherlands and Denmark, along with NATO's secretary "
                "general and the heads of the EU institutions."
            ),
            S(
                "Mark Rutte took over at the helm of the alliance from Jens Stoltenberg in October.",
                "changed",
                "rutte-secretary-general",
                "New NATO Secretary General; the seed names Stoltenberg.",
            ),
        ],
        [
            S(
                "European governments were alarmed after the Trump administration opened talks with Moscow without "
                "them, and after Defence Secretary Pete Hegseth said last week that Ukraine's NATO membership was "
                "not a realistic outcome of a settlement.",
                "contradicted",
                "hegseth-unrealistic",
                "US defence secretary ruling out membership as an outcome.",
            ),
            S(
                "Trump said in January that he could understand Russia's feelings about having Ukraine in NATO on "
                "its doorstep.",
                "new",
                "trump-understands-russia",
                "Retells Trump's January remark.",
                ["contradicted"],
            ),
        ],
        [
            S(
                "Allies declared at their Washington summit last July that Ukraine's path to NATO membership is "
                "irreversible.",
                "known",
                None,
                "Seed 002: irreversible path.",
            ),
            S(
                "Britain was the first country to sign a bilateral security agreement with Kyiv, in January last "
                "year, and last month Starmer signed a 100-year partnership with Ukraine during a visit to Kyiv.",
                "new",
                "uk-100-year",
                "UK first is seed 003; the 100-year partnership has no seed counterpart.",
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# N07 Lavrov: "no room for compromise" on European troops
article(
    ARTICLES,
    "n-2025-03-06-lavrov-peacekeepers",
    "2025-03-06T14:40:00+00:00",
    "https://stripes.com/theaters/europe/2025-03-06/russia-lavrov-compromise-european-troops-ukraine-17055648.html",
    S(
        "Russia sees 'no room for compromise' on European troops in Ukraine, Lavrov says",
        "new",
        "lavrov-peacekeepers",
        "Russia rejecting a reassurance force; about guarantees, no seed counterpart.",
    ),
    [
        [
            S(
                "MOSCOW, March 6 – Foreign Minister Sergei Lavrov said on Thursday that Russia categorically "
                "rejects any deployment of European troops in Ukraine as part of a peace settlement.",
                "new",
                "lavrov-peacekeepers",
                "The rejection itself.",
            ),
            S(
                "“We see no room for compromise,” he told a news conference in Moscow after talks with Zimbabwe's "
                "foreign minister.",
                "new",
                "lavrov-peacekeepers",
                "Quote on the same rejection.",
            ),
        ],
        [
            S(
                "Moscow would treat such forces, whatever their insignia, exactly as it would treat a NATO "
                "deployment in Ukraine, Lavrov said.",
                "new",
                "lavrov-peacekeepers",
                "Same rejection.",
            ),
            S(
                "It would mean the direct and undisguised involvement of NATO countries in the war against Russia, "
                "which could not be allowed, he added.",
                "new",
                "lavrov-peacekeepers",
                "Same rejection.",
            ),
        ],
        [
            S(
                "France and Britain are working on a plan for a one-month truce in the air, at sea and on energy "
                "infrastructure, which could be followed by the deployment of European troops to secure a "
                "settlement.",
                "new",
                "franco-british-plan",
                "A European force to back a settlement; no seed counterpart.",
            ),
            S(
                "Starmer said on Sunday that he would assemble a coalition of the willing to defend a deal in "
                "Ukraine, after saying last month that Britain was ready to put its own troops on the ground.",
                "new",
                ["coalition-of-the-willing", "starmer-troops"],
                "The coalition of the willing; retells Starmer's troop pledge.",
            ),
        ],
        [
            S(
                "Lavrov also accused President Emmanuel Macron of wanting to fight Russia after the French leader "
                "said he would open talks on extending France's nuclear deterrent to European allies."
            ),
            S(
                "EU leaders were meeting in Brussels on Thursday for emergency talks on Ukraine and defence spending."
            ),
        ],
        [
            S(
                "Moscow has demanded since last June that Kyiv drop its bid to join NATO and withdraw from four "
                "regions before any ceasefire.",
                "contradicted",
                "putin-june-terms",
                "Russian demand to renounce membership (convention: contradicted, alt new).",
                ["new"],
            ),
            S(
                "Russian officials have long described the prospect of Ukraine in the alliance as a direct threat to "
                "Russia's security.",
                "known",
                None,
                "Seed 000: Putin's 'direct threat'.",
                ["contradicted"],
            ),
        ],
        [
            S(
                "NATO has said since 2008 that Ukraine will become a member, without ever setting a date.",
                "known",
                None,
                "Seed 000: Bucharest's 'will become members', no date.",
            ),
            S(
                "Zelensky says the bilateral security agreements Kyiv has signed with its allies cannot take the "
                "place of membership.",
                "known",
                None,
                "Seed 003: the agreements cannot substitute for membership.",
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# N08 Meloni: extend Article 5 to Ukraine without membership
article(
    ARTICLES,
    "n-2025-03-07-meloni-article-five",
    "2025-03-07T09:30:00+00:00",
    "https://united24media.com/latest-news/italys-pm-meloni-proposes-extending-natos-article-5-to-ukraine-without-membership-6506",
    S(
        "Meloni proposes extending NATO's Article 5 to Ukraine without membership",
        "new",
        "meloni-article5",
        "Article-5-like protection offered instead of membership.",
    ),
    [
        [
            S(
                "BRUSSELS, March 7 – Italian Prime Minister Giorgia Meloni has proposed extending the protection of "
                "NATO's mutual defence clause to Ukraine without making it a member of the alliance.",
                "new",
                "meloni-article5",
                "The proposal itself.",
            ),
            S(
                "She made the suggestion on the sidelines of Thursday's emergency summit of EU leaders, the "
                "Financial Times reported.",
                "new",
                "meloni-article5",
                "Where the proposal was made.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "Extending to Ukraine the coverage that NATO countries enjoy would be more effective and more "
                "durable than some of the proposals on the table, Meloni said, while stressing that it would be "
                "something different from membership.",
                "new",
                "meloni-article5",
                "Meloni on the proposal.",
            ),
            S(
                "Asked how it differed from full membership, a government spokeswoman said the mutual defence "
                "clause would be triggered to protect Ukraine even on territory outside NATO, whatever Kyiv's "
                "status.",
                "new",
                "meloni-article5",
                "How the proposal would work.",
            ),
        ],
        [
            S(
                "Meloni ruled out sending Italian troops to police a ceasefire and said she remained very puzzled by "
                "the Franco-British idea of deploying European forces.",
                "new",
                "meloni-no-troops",
                "Italy staying out of a reassurance force.",
            ),
            S(
                "Lavrov said on Thursday that Moscow saw no room for compromise on European troops in Ukraine.",
                "new",
                "lavrov-peacekeepers",
                "Retells Lavrov's rejection.",
            ),
        ],
        [
            S(
                "Bloomberg reported that the idea was unlikely to win support in Washington.",
                "new",
                "meloni-article5",
                "Prospects of the same proposal.",
                ["irrelevant"],
            ),
            S(
                "Defence Secretary Pete Hegseth said in February that NATO membership for Ukraine was not a "
                "realistic outcome of a negotiated settlement, and Trump has called it impractical.",
                "contradicted",
                ["hegseth-unrealistic", "trump-impractical"],
                "Two US denials of membership.",
            ),
        ],
        [
            S(
                "Under the Group of Seven's 2023 declaration, Ukraine's partners promised to consult within 24 hours "
                "of any new Russian attack, but they stopped short of a collective defence commitment like "
                "Article 5.",
                "known",
                None,
                "Seed 003: 24-hour consultation, no Article 5.",
            ),
            S(
                "Those guarantees are being written into bilateral agreements that lapse once Ukraine joins NATO.",
                "known",
                None,
                "Seed 003: agreements expire on membership.",
            ),
        ],
        [
            S(
                "Ukraine had hoped for an invitation at NATO's Washington summit last July but instead received a "
                "pledge that its path to membership was irreversible.",
                "known",
                None,
                "Seed 002: no invitation; irreversible path.",
            ),
            S(
                "Kyiv gave up the nuclear arsenal it inherited from the Soviet Union under the 1994 Budapest "
                "Memorandum, in return for assurances that Russia later ignored.",
                "known",
                None,
                "Seed 001: the Budapest Memorandum.",
            ),
        ],
    ],
    True,
)

# ============================================================================================
# NEAR OR OFF TOPIC (4)
# ============================================================================================

# --------------------------------------------------------------------------------------------
# N09 Russian strike on the energy system, Dnipro hydroelectric plant (off topic)
article(
    ARTICLES,
    "n-2024-03-22-energy-strike",
    "2024-03-22T12:40:00+00:00",
    "https://kyivindependent.com/russia-launches-large-scale-missile-drone-attack-against-ukraine/",
    S("Russia hits Ukraine's largest hydroelectric plant in massive strike on energy"),
    [
        [
            S(
                "KYIV, March 22 – Russia launched one of its largest attacks on Ukraine's energy system overnight, "
                "firing 88 missiles and 63 drones at power plants and grid facilities across the country, "
                "Ukrainian officials said."
            ),
            S("Air defences shot down 55 drones and 37 missiles, the air force said."),
        ],
        [
            S(
                "Eight missiles hit the Dnipro hydroelectric plant in Zaporizhzhia, the country's largest, setting "
                "it on fire and putting it out of action, prosecutors said."
            ),
            S(
                "Ukrhydroenergo, the state hydropower company, said there was no threat of the dam being breached."
            ),
            S("A trolleybus carrying passengers across the dam was struck and caught fire."),
        ],
        [
            S(
                "In Kharkiv, power and water were cut to most of the city after strikes on its power facilities."
            ),
            S("At least five people were killed across the country, regional authorities said."),
        ],
        [
            S(
                "Energy Minister Herman Halushchenko said the aim was not just to damage the grid but to cause a "
                "large-scale failure of the system, as Russia attempted in the winter of 2022-2023."
            ),
            S("Emergency power cuts were imposed in several regions."),
        ],
        [
            S(
                "Zelensky renewed his appeal to allies for more Patriot systems, saying Russian missiles have no "
                "delays, unlike aid packages."
            ),
            S("A US aid package worth about 60 billion dollars remains blocked in Congress."),
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# N10 Euro 2024: Ukraine 2-1 Slovakia (off topic: sport)
article(
    ARTICLES,
    "n-2024-06-21-ukraine-slovakia-euro",
    "2024-06-21T16:15:00+00:00",
    "https://sports.yahoo.com/superb-roman-yaremchuk-goal-sends-152659471.html",
    S("Yaremchuk completes Ukraine comeback against Slovakia at Euro 2024"),
    [
        [
            S(
                "DUSSELDORF, June 21 – Roman Yaremchuk scored ten minutes from time as Ukraine came from behind to "
                "beat Slovakia 2-1 on Friday and revive their hopes of reaching the knockout rounds of Euro 2024."
            ),
            S("It was Ukraine's first win of the tournament."),
        ],
        [
            S(
                "Ivan Schranz headed Slovakia in front in the 17th minute, and Serhiy Rebrov's side, beaten 3-0 by "
                "Romania in their opener, struggled to create chances before the break."
            ),
            S(
                "Mykola Shaparenko equalised in the 54th minute after a move set up by Oleksandr Zinchenko."
            ),
            S(
                "Yaremchuk then brought down a long pass from Shaparenko with his toe and lifted the ball past "
                "goalkeeper Martin Dubravka."
            ),
        ],
        [
            S(
                "The result lifted Ukraine level on three points with Slovakia and Romania, while Belgium, still "
                "without a point, face Romania on Saturday."
            ),
            S("Ukraine finish their group campaign against Belgium in Stuttgart on Wednesday."),
        ],
        [
            S(
                "Thousands of Ukrainian fans, many of them refugees living in Germany, celebrated in the stands, and "
                "players and supporters saluted each other with a rhythmic clap after the final whistle."
            ),
            S(
                "More than a million Ukrainians have sought refuge in Germany since the full-scale invasion in 2022."
            ),
        ],
        [S("Slovakia had opened their campaign with a 1-0 upset of Belgium.")],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# N11 Hungary's Voks 2025 vote on Ukraine's EU membership (near topic: EU accession; one known line)
article(
    ARTICLES,
    "n-2025-06-26-hungary-voks-ukraine-eu",
    "2025-06-26T11:50:00+00:00",
    "https://www.pravda.com.ua/eng/news/2025/06/26/7518820/",
    S("Orban says 95 percent of Hungarians in his vote reject Ukraine's EU membership"),
    [
        [
            S(
                "BUDAPEST, June 26 – Prime Minister Viktor Orban said on Thursday that 95 percent of those who took "
                "part in his government's consultative vote opposed Ukraine joining the European Union, and "
                "promised to carry that message to an EU summit in Brussels."
            ),
            S(
                "About 2.28 million people took part in the non-binding poll, known as Voks 2025, which ran from "
                "mid-April to June 20, the government said."
            ),
        ],
        [
            S(
                "That is roughly 29 percent of the 7.8 million voters registered for last year's European Parliament elections."
            ),
            S(
                "Opposition leader Peter Magyar, whose Tisza party leads in opinion polls, called the vote a failure "
                "and put the real turnout at about 600,000."
            ),
            S(
                "The news site Telex reported that testers had been able to vote more than once by using different "
                "email addresses online."
            ),
        ],
        [
            S("Ukraine's foreign ministry called the campaign anti-Ukrainian manipulation."),
            S(
                "Kyiv formally opened accession talks with the bloc a year ago, but every step needs the approval "
                "of all 27 member states."
            ),
        ],
        [
            S(
                "Budapest has blocked the opening of the first negotiating cluster, which EU officials had hoped to "
                "launch this month."
            ),
            S("Orban argues that admitting Ukraine would harm Hungary's farmers and economy."),
        ],
        [
            S(
                "Kyiv also seeks to join NATO, whose allies have promised that Ukraine's future lies in the "
                "alliance but have set no date.",
                "known",
                None,
                "Seeds 000/003: future in NATO, no timeline.",
            ),
            S(
                "Hungary and Ukraine expelled each other's diplomats last month in a dispute over alleged espionage."
            ),
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# N12 Czech election won by Babis's ANO (off topic: other countries' politics; one changed line)
article(
    ARTICLES,
    "n-2025-10-05-czech-election-babis",
    "2025-10-05T08:30:00+00:00",
    "https://www.lokmattimes.com/international/former-pm-babis-ano-party-wins-czech-election/",
    S("Babis's ANO wins Czech election but falls short of a majority"),
    [
        [
            S(
                "PRAGUE, October 5 – Billionaire former prime minister Andrej Babis's populist ANO movement won the "
                "Czech parliamentary election with about 34.5 percent of the vote, near-complete results showed."
            ),
            S(
                "Prime Minister Petr Fiala's centre-right Spolu alliance came second with about 23 percent."
            ),
        ],
        [
            S(
                "The Mayors and Independents took about 11 percent, the Pirates nearly 9 percent, the far-right "
                "Freedom and Direct Democracy about 8 percent and the Motorists for Themselves nearly 7 percent."
            ),
            S("ANO won 80 of the 200 seats in the lower house, leaving Babis in need of partners."),
        ],
        [
            S(
                "Babis called the result the absolute highlight of his political career and promised a government "
                "that would work hard from its first day."
            ),
            S("Fiala congratulated him on the win."),
            S("The Pirates' leader Zdenek Hrib ruled out joining any coalition with ANO."),
        ],
        [
            S(
                "Babis has called a Czech-led initiative that buys artillery shells outside Europe for Ukraine "
                "non-transparent and has said he would scrap it."
            ),
            S(
                "Fiala's government signed a ten-year security agreement with Kyiv in July last year and has been "
                "one of Ukraine's staunchest backers.",
                "changed",
                "czech-agreement",
                "Another concluded bilateral agreement (Czech Republic).",
            ),
        ],
        [
            S(
                "President Petr Pavel is expected to ask the winner to form a government once talks between parties begin."
            )
        ],
    ],
    False,
)
