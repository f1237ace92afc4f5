"""Article set q: the articles, sentence by sentence with their gold (`python3 ../build.py set_q`)."""

from corpus import S, article

CHANNEL = "Article set q: Ukraine, NATO and beyond (wire copy and analysis)"
DESCRIPTION = "12 articles rewritten from real 2024-2025 coverage (links point at the originals)."
ARTICLES: list = []

# ============================================================================================
# ON TOPIC (8)
# ============================================================================================

# --------------------------------------------------------------------------------------------
# Q01 Albania's security agreement, signed in Davos (on topic: bilateral agreements)
article(
    ARTICLES,
    "arq-2025-01-22-albania-agreement",
    "2025-01-22T17:30:00+00:00",
    "https://www.ukrinform.net/rubric-polytics/3951296-ukraine-and-albania-sign-agreement-on-longterm-cooperation-and-support.html",
    S(
        "Albania signs ten-year security agreement with Ukraine in Davos",
        "changed",
        "albania-agreement",
        "A newly concluded bilateral agreement; the seed has only the UK's.",
    ),
    [
        [
            S(
                "DAVOS, Switzerland, January 22 – Ukraine and Albania signed an agreement on long-term security "
                "cooperation and support on Wednesday, President Volodymyr Zelensky said after meeting Albanian "
                "Prime Minister Edi Rama at the World Economic Forum.",
                "changed",
                "albania-agreement",
                "The signing itself: one more concluded agreement.",
            ),
            S(
                "The document will run for ten years, during which Albania is to keep up the military and "
                "humanitarian aid it has given Kyiv since Russia's full-scale invasion.",
                "new",
                "albania-agreement-terms",
                "The agreement's term and what it covers.",
            ),
        ],
        [
            S(
                "Albania will also contribute to the coalition of countries supplying Ukraine with fighter jets and "
                "provide language training for Ukrainian pilots and technical staff, the presidential office said.",
                "new",
                "albania-agreement-terms",
                "Scope of the agreement.",
            ),
            S(
                "The two countries are to deepen defence-industrial cooperation, including joint production located "
                "in Ukraine.",
                "new",
                "albania-agreement-terms",
                "Scope of the agreement.",
            ),
            S(
                "Other sections cover economic partnership, sanctions against Russia, compensation for war damage "
                "and reconstruction.",
                "new",
                "albania-agreement-terms",
                "Non-military chapters of the agreement.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "Albania also reaffirmed its support for Ukraine's future membership of the European Union and "
                "NATO, according to the office.",
                "new",
                "albania-agreement-terms",
                "The pact's support for accession; close to a restatement of the NATO perspective.",
                ["known"],
            ),
            S(
                "Zelensky thanked Albania for backing Ukraine's European integration and for helping to bring a just "
                "and lasting peace closer."
            ),
        ],
        [
            S(
                "The two leaders signed a treaty of friendship and cooperation in Tirana last February, when Albania "
                "hosted a summit of southeast European countries with Ukraine."
            ),
            S("Albania, a member of NATO since 2009, has sent Ukraine ammunition and equipment."),
        ],
        [
            S(
                "Kyiv has now concluded nearly 30 bilateral security agreements, the first of them with Britain in "
                "January last year.",
                "changed",
                "bilateral-count-jan-2025",
                "New count of concluded agreements (seed: only the UK's).",
            ),
            S(
                "They put into practice the declaration G7 leaders issued at NATO's Vilnius summit in 2023, offering "
                "help in building up Ukraine's forces but no pledge to fight on its behalf.",
                "known",
                None,
                "Seed 003: G7 declaration, sustainable forces, no Article 5.",
            ),
            S(
                "Zelensky has repeatedly said such agreements are no substitute for joining the alliance.",
                "known",
                None,
                "Seed 003: Zelensky says they cannot substitute for membership.",
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# Q02 Zelensky to The Economist: America and Germany are against (on topic: denial reported, fallback)
article(
    ARTICLES,
    "arq-2025-02-12-zelensky-economist-interview",
    "2025-02-12T19:00:00+00:00",
    "https://www.pravda.com.ua/eng/news/2025/02/12/7497990/",
    S(
        "Zelensky says America and Germany are against Ukraine joining NATO",
        "contradicted",
        "us-germany-against-membership",
        "Allies reported as against membership; against 'Ukraine's future is in NATO'.",
    ),
    [
        [
            S(
                "KYIV, February 12 – President Volodymyr Zelensky said the United States and Germany are opposed to "
                "Ukraine joining NATO, in an interview with The Economist published on Tuesday.",
                "contradicted",
                "us-germany-against-membership",
                "The reported opposition.",
            ),
            S(
                "“America is against it, Germany is against it,” he said, adding that Germany and Hungary would go "
                "along if Washington were in favour.",
                "contradicted",
                "us-germany-against-membership",
                "Same report, in his words.",
            ),
        ],
        [
            S(
                "Hungary, he said, would do whatever President Donald Trump says.",
                "new",
                "hungary-follows-trump",
                "An ally's position on membership said to hinge on Washington.",
                ["irrelevant"],
            ),
            S(
                "Zelensky said the question of security guarantees now depended entirely on Trump.",
                "new",
                "guarantees-depend-on-trump",
                "Kyiv's view of who decides the guarantees; no seed counterpart.",
            ),
            S(
                "Guarantees without America would not be real guarantees, he said.",
                "new",
                "zelensky-europe-alone-not-enough",
                "European guarantees alone would not be enough.",
            ),
        ],
        [
            S(
                "If Ukraine is not let into NATO, Zelensky said, it will have to build NATO on its own territory, "
                "with an army as large as Russia's.",
                "new",
                "build-nato-in-ukraine",
                "Kyiv's fallback if membership is refused; no seed counterpart.",
            ),
            S(
                "That would take weapons and money, he said, suggesting that Europe could help pay while the United "
                "States supplied long-range missiles and Patriot air defence systems.",
                "new",
                "build-nato-in-ukraine",
                "How the fallback would be paid for.",
                ["irrelevant"],
            ),
        ],
        [
            S("He said he did not believe Trump yet had a concrete plan to end the war."),
            S("Trump's envoy Keith Kellogg is expected in Kyiv later this month."),
        ],
        [
            S(
                "On Wednesday Defence Secretary Pete Hegseth told allies in Brussels that Washington did not see NATO "
                "membership for Ukraine as a realistic outcome of a negotiated settlement.",
                "contradicted",
                "hegseth-unrealistic",
                "US defence secretary rules membership out as an outcome.",
            ),
        ],
        [
            S(
                "Allies agreed at their Washington summit last July that Ukraine's path to membership was "
                "irreversible.",
                "known",
                None,
                "Seed 003: irreversible path.",
            ),
            S(
                "Any decision to admit a new member requires the agreement of every ally.",
                "known",
                None,
                "Seed 000: unanimous approval of all members.",
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# Q03 Von der Leyen's "steel porcupine" before the White House meeting (on topic: guarantees)
article(
    ARTICLES,
    "arq-2025-08-17-von-der-leyen-steel-porcupine",
    "2025-08-17T17:00:00+00:00",
    "https://www.newsx.com/world/why-eu-commission-chief-ursula-von-der-leyen-wants-ukraine-to-become-a-steel-porcupine-47692/",
    S(
        "Von der Leyen wants Ukraine to be a “steel porcupine” as Europe welcomes Article 5-like guarantees",
        "new",
        ["steel-porcupine", "article5-like-guarantees"],
        "Two guarantee ideas with no seed counterpart.",
    ),
    [
        [
            S(
                "BRUSSELS, August 17 – European Commission President Ursula von der Leyen said on Sunday that Ukraine "
                "must become a “steel porcupine”, indigestible for potential invaders, as part of strong security "
                "guarantees after any peace deal.",
                "new",
                "steel-porcupine",
                "A strong Ukrainian army as the core guarantee.",
            ),
            S(
                "There should be no limits on Ukraine's armed forces or on their cooperation with and help from "
                "other countries, she told a news conference with President Volodymyr Zelensky.",
                "new",
                "no-limits-ukraine-army",
                "No caps on Ukraine's forces as a condition of any deal.",
            ),
        ],
        [
            S(
                "Von der Leyen welcomed President Donald Trump's willingness to contribute to Article 5-like security "
                "guarantees for Ukraine and said the coalition of the willing was ready to do its share.",
                "new",
                "article5-like-guarantees",
                "US contribution to Article 5-like guarantees; no seed counterpart.",
            ),
            S(
                "Trump's envoy Steve Witkoff said earlier on Sunday that Vladimir Putin had agreed at Friday's summit in Alaska "
                "that the United States and European allies could offer Ukraine protection resembling NATO's "
                "collective defence clause.",
                "new",
                "article5-like-guarantees",
                "Same offer, Witkoff's account.",
            ),
        ],
        [
            S(
                "Zelensky said the guarantees had to work in practice, protecting Ukraine on land, in the air and at "
                "sea, and had to be worked out with Europe.",
                "new",
                "zelensky-guarantee-requirements",
                "Kyiv's terms for the guarantees.",
            ),
            S("Territorial questions could be settled only with Ukraine at the table, he said."),
            S("International borders cannot be changed by force, von der Leyen added."),
        ],
        [
            S(
                "Zelensky and several European leaders were due at the White House on Monday for talks with Trump."
            ),
            S(
                "Putin was reported to have demanded in Alaska that Ukraine withdraw from the parts of the Donetsk "
                "region it still holds."
            ),
        ],
        [
            S(
                "The allies declared at Vilnius in 2023 that Ukraine's future is in NATO.",
                "known",
                None,
                "Seed 003: 'Ukraine's future is in NATO'.",
            ),
            S(
                "Trump said in February that Kyiv could forget about joining the alliance.",
                "contradicted",
                "trump-forget-about-nato",
                "US president ruling membership out.",
            ),
            S(
                "Article 5 of the North Atlantic Treaty obliges allies to treat an attack on one as an attack on "
                "all, a protection the bilateral pacts signed with Kyiv since 2024 do not give.",
                "known",
                None,
                "Seed 003: the bilateral arrangements do not replicate Article 5.",
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# Q04 Kirby: Ukraine must first win the war (on topic: the path; G7 pacts counted)
article(
    ARTICLES,
    "arq-2024-06-18-kirby-win-war-first",
    "2024-06-18T21:15:00+00:00",
    "https://united24media.com/latest-news/ukraine-must-defeat-russia-before-joining-nato-member-says-kirby-800",
    S(
        "White House says Ukraine must win the war before it can join NATO",
        "known",
        None,
        "Seeds: Ukraine can join only after the war.",
        ["contradicted"],
    ),
    [
        [
            S(
                "WASHINGTON, June 18 – Ukraine must first win its war with Russia before it can become a member of "
                "NATO, White House national security spokesman John Kirby said.",
                "known",
                None,
                "Seeds: membership only after the war.",
                ["contradicted"],
            ),
            S(
                "“First they gotta win this war,” Kirby told reporters, adding that the United States was doing "
                "everything it could to make sure they did.",
                "known",
                None,
                "Same condition, his words.",
                ["contradicted"],
            ),
        ],
        [
            S(
                "Even after the fighting ends, he said, Ukraine will share a long border with Russia, a lasting "
                "security challenge for its people."
            ),
            S(
                "That was why President Joe Biden had signed a bilateral security agreement with Kyiv at the G7 "
                "summit in Italy last week, joining some 15 other countries that have done the same, Kirby said.",
                "changed",
                ["us-agreement", "bilateral-count-june-2024"],
                "The US agreement concluded and a new count (seed: only the UK's).",
            ),
            S(
                "The pact would help Ukraine defend itself while it worked on what any member of the alliance has "
                "to work on, such as fighting corruption, he said.",
                "new",
                "kirby-reform-conditions",
                "Reforms such as anti-corruption named as a condition; no seed counterpart.",
            ),
        ],
        [
            S(
                "“But we do believe that NATO is in Ukraine's future, and we're going to work with them every step "
                "of the way to get them there,” Kirby said.",
                "known",
                None,
                "Seed 003: 'Ukraine's future is in NATO'.",
            ),
            S(
                "Biden is firmly convinced that Ukraine will be a member of the alliance at some point, he added.",
                "known",
                None,
                "Seed 000: Ukraine will become a member, no date.",
            ),
        ],
        [
            S(
                "Allies are expected to offer Kyiv more help but no invitation at their summit in Washington next "
                "month, describing the assistance as a bridge to membership.",
                "known",
                None,
                "Seed 003: Washington 2024, bridge, no invitation.",
            ),
            S(
                "At Vilnius last year they dropped the requirement for a Membership Action Plan and said Ukraine "
                "would be invited when allies agree and conditions are met.",
                "known",
                None,
                "Seeds: MAP dropped; invitation when allies agree and conditions are met.",
            ),
        ],
        [
            S(
                "On Monday NATO Secretary General Jens Stoltenberg said 23 of the alliance's 32 members were on "
                "track to spend at least 2% of their economic output on defence this year.",
                "changed",
                "alliance-32",
                "32 members (seed: 31).",
            ),
            S("Ten years ago only three allies met that target."),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# Q05 Lavrov rejects the 20-year delay and European peacekeepers (on topic: Russian demand)
article(
    ARTICLES,
    "arq-2024-12-29-lavrov-not-satisfied",
    "2024-12-29T15:00:00+00:00",
    "https://kyivindependent.com/russia-rejects-reported-peace-proposals-from-trumps-team",
    S(
        "Lavrov says Moscow is not satisfied with Trump team's talk of a 20-year NATO delay for Ukraine",
        "contradicted",
        "lavrov-rejects-delay",
        "Russia wanting more than a delay, i.e. no membership at all: a Russian demand.",
        ["new"],
    ),
    [
        [
            S(
                "MOSCOW, December 29 – Russia is unhappy with proposals attributed to President-elect Donald "
                "Trump's team to postpone Ukraine's membership of NATO by 20 years and to station European "
                "peacekeepers in the country, Foreign Minister Sergei Lavrov said.",
                "contradicted",
                "lavrov-rejects-delay",
                "Rejection of a mere delay; Russian demand.",
                ["new"],
            ),
            S(
                "In an interview with the state news agency TASS, Lavrov said Moscow had received no official "
                "signals from Washington about a settlement."
            ),
        ],
        [
            S(
                "Judging by leaks and Trump's own interview with Time magazine on December 12, he said, the "
                "incoming team was talking about freezing the fighting along the line of contact and handing "
                "Europe more of the burden of confronting Russia.",
                "new",
                "trump-team-20-year-delay",
                "The reported plan; its ceasefire side.",
                ["irrelevant"],
            ),
            S(
                "Lavrov said Russia wanted reliable, legally binding agreements that would remove the root causes "
                "of the conflict and include a mechanism to stop them being broken.",
                "new",
                "lavrov-binding-agreements",
                "Moscow's terms; 'root causes' implies NATO but the sentence does not say so.",
                ["contradicted", "irrelevant"],
            ),
        ],
        [
            S(
                "He singled out the idea of a contingent of British and European troops, saying Moscow would not "
                "accept it.",
                "new",
                "lavrov-rejects-peacekeepers",
                "Russia rejecting a European force for Ukraine; no seed counterpart.",
            ),
            S(
                "Russian officials have said that Western forces in Ukraine under any flag would be a threat to "
                "Russia.",
                "new",
                "lavrov-rejects-peacekeepers",
                "Same objection restated.",
            ),
        ],
        [
            S(
                "The Wall Street Journal reported in November that one option discussed by Trump's advisers would "
                "have Kyiv forgo membership for at least two decades in return for continued US arms supplies.",
                "new",
                "trump-team-20-year-delay",
                "The reported 20-year delay, told in background.",
            ),
            S(
                "Under that option European troops, not American ones, would police a demilitarised zone along the "
                "front.",
                "new",
                "trump-team-european-force",
                "The European force in the same reported plan.",
            ),
        ],
        [
            S(
                "President Vladimir Putin has demanded that Ukraine drop its bid to join the alliance altogether "
                "as a condition for ending the war.",
                "contradicted",
                "putin-renounce-nato-demand",
                "Russian demand to renounce NATO.",
                ["new"],
            ),
            S(
                "Putin has long cast the alliance's eastward expansion as a direct threat to Russia's security.",
                "known",
                None,
                "Seed 000: Putin called enlargement a 'direct threat'.",
                ["contradicted"],
            ),
        ],
        [
            S(
                "Lavrov also said Moscow was open to contacts with the new administration if Washington made the "
                "first move."
            ),
            S("Trump takes office on January 20."),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# Q06 Kellogg: "NATO is off the table" (on topic: a US denial)
article(
    ARTICLES,
    "arq-2025-04-19-kellogg-off-the-table",
    "2025-04-19T20:40:00+00:00",
    "https://dailypost.ng/2025/04/19/were-tired-of-russia-ukraine-war-us/",
    S(
        "Trump envoy Kellogg tells Kyiv NATO membership is “off the table”",
        "contradicted",
        "kellogg-off-the-table",
        "US envoy denies Ukraine will join; against 'future is in NATO' and Bucharest.",
    ),
    [
        [
            S(
                "WASHINGTON, April 19 – President Donald Trump's envoy Keith Kellogg said on Saturday that NATO "
                "membership for Ukraine was off the table, and that Washington was tired of the war dragging on.",
                "contradicted",
                "kellogg-off-the-table",
                "The denial.",
            ),
            S(
                "“We've been very clear: NATO is off the table,” Kellogg told Fox News, adding that Ukraine would "
                "not become part of the alliance.",
                "contradicted",
                "kellogg-off-the-table",
                "Same denial, his words.",
            ),
        ],
        [
            S(
                "The idea was not new, he argued, pointing to 2008, when the then ambassador in Moscow, William "
                "Burns, warned Secretary of State Condoleezza Rice that Ukraine's entry was a bridge too far.",
                "contradicted",
                "kellogg-off-the-table",
                "Reason given for the denial; the cable itself has no seed counterpart.",
                ["new"],
            ),
            S(
                "Burns wrote at the time that Ukrainian membership was the brightest of red lines for Russia's elite.",
                "known",
                None,
                "Restates Russia's objection to enlargement (seed 000: 'direct threat').",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "Kellogg said both sides had been given a term sheet setting out key proposals, and that Ukraine was "
                "to present its response in London next week."
            ),
            S(
                "Washington wants an unconditional 30-day ceasefire as a first step towards a settlement, he said."
            ),
            S(
                "Secretary of State Marco Rubio said on Friday in Paris that the United States could walk away "
                "within days if there were no signs of progress."
            ),
        ],
        [
            S(
                "Kellogg's remarks echo Moscow's insistence that Kyiv must never be admitted, one of the grievances "
                "Russia cites for its invasion.",
                "contradicted",
                "russia-never-admit-demand",
                "Russian demand that Ukraine never join.",
                ["new"],
            ),
            S(
                "Kyiv says it has not given up its goal of membership, which has been written into Ukraine's "
                "constitution since 2019.",
                "known",
                None,
                "Seed 004: 2019 constitutional amendment.",
            ),
        ],
        [
            S(
                "At Bucharest in 2008 the allies nonetheless declared that Ukraine and Georgia would become members "
                "of NATO.",
                "known",
                None,
                "Seed 000: Bucharest, 'will become members'.",
            ),
            S(
                "Last year's Washington summit called Ukraine's path to membership irreversible.",
                "known",
                None,
                "Seed 003: irreversible path.",
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# Q07 NATO chiefs of defence confer on guarantees after Alaska (on topic: guarantees)
article(
    ARTICLES,
    "arq-2025-08-20-nato-chiefs-guarantees",
    "2025-08-20T18:00:00+00:00",
    "https://www.devdiscourse.com/article/law-order/3547557-nato-chiefs-devise-security-solutions-amidst-renewed-tensions",
    S(
        "NATO defence chiefs confer on security guarantees for Ukraine as Moscow objects",
        "new",
        "nato-chiefs-guarantees",
        "Military planning of guarantees; no seed counterpart.",
    ),
    [
        [
            S(
                "BRUSSELS, August 20 – NATO's military chiefs held a video conference on Wednesday to discuss "
                "possible security guarantees for Ukraine that could underpin a peace settlement with Russia.",
                "new",
                "nato-chiefs-guarantees",
                "The meeting.",
            ),
            S(
                "Chiefs from all 32 allies took part, said Admiral Giuseppe Cavo Dragone, who chairs the "
                "alliance's Military Committee.",
                "changed",
                "alliance-32",
                "32 allies (seed: 31).",
            ),
            S(
                "The session included a briefing from the new Supreme Allied Commander Europe, US General Alexus "
                "Grynkewich."
            ),
        ],
        [
            S(
                "Afterwards Dragone said the chiefs had reaffirmed their support for Ukraine and that the priority "
                "remained a just, credible and lasting peace.",
                "new",
                "nato-chiefs-guarantees",
                "Outcome of the same meeting.",
                ["irrelevant"],
            ),
            S(
                "In Washington a smaller group of senior officers led by the chairman of the US Joint Chiefs of "
                "Staff, General Dan Caine, met separately to work out options in more detail, Western officials "
                "said.",
                "new",
                "caine-guarantee-options",
                "US-led military work on guarantee options.",
            ),
            S(
                "The officials said there was no deadline and that any final decision on guarantees would rest "
                "with political leaders.",
                "new",
                "nato-chiefs-guarantees",
                "Status of the planning.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "The talks followed President Donald Trump's summit with Vladimir Putin in Alaska on Friday and his "
                "White House meeting with Zelensky and European leaders on Monday, where he said the United "
                "States would help guarantee Ukraine's security.",
                "new",
                "trump-will-help-guarantee",
                "A US pledge to help with guarantees; no seed counterpart.",
            ),
            S(
                "Trump said on Tuesday that American ground troops would not be part of it, though he suggested "
                "Washington could provide air support.",
                "new",
                "trump-no-ground-troops",
                "Limits of the US role in guarantees.",
            ),
        ],
        [
            S(
                "In Moscow, Foreign Minister Sergei Lavrov said attempts to settle collective security questions "
                "without Russia would not work.",
                "new",
                "lavrov-security-without-russia",
                "Russia objecting to guarantees made without it.",
                ["contradicted"],
            ),
            S(
                "Russia would defend its legitimate interests firmly and harshly, he told a news conference with "
                "his Jordanian counterpart.",
                "new",
                "lavrov-security-without-russia",
                "Same objection, a threat.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "The bilateral security pacts that grew out of the G7's 2023 declaration commit partners to "
                "consult within 24 hours of a new attack but contain no promise to defend Ukraine.",
                "known",
                None,
                "Seed 003: G7 declaration, 24-hour consultation, no Article 5.",
            ),
            S(
                "Kyiv has long argued that only membership of the alliance, with its Article 5 protection, would "
                "fully deter Russia.",
                "known",
                None,
                "Seeds: guarantees cannot substitute for membership; Article 5 the only sure deterrent.",
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# Q08 London meeting of Starmer, Macron, Merz and Zelensky (on topic: guarantees, US plan)
article(
    ARTICLES,
    "arq-2025-12-08-london-four-leaders",
    "2025-12-08T19:30:00+00:00",
    "https://www.lbc.co.uk/article/ukraine-russia-peace-deal-security-guarantees-5HjdP6t_2/",
    S(
        "Starmer, Macron and Merz rally round Zelensky in London and call for “hard-edged” guarantees",
        "new",
        "london-guarantees-call",
        "European leaders' work on guarantees; no seed counterpart.",
    ),
    [
        [
            S(
                "LONDON, December 8 – The leaders of Britain, France and Germany met Volodymyr Zelensky in Downing "
                "Street on Monday and said any deal to end Russia's war must come with robust security guarantees "
                "for Ukraine.",
                "new",
                "london-guarantees-call",
                "The call for guarantees.",
            ),
            S(
                "Prime Minister Keir Starmer said Vladimir Putin did not respect agreements without hard-edged "
                "guarantees behind them, and that these would be the focus of the talks.",
                "new",
                "london-guarantees-call",
                "Same call, Starmer's words.",
            ),
        ],
        [
            S(
                "After about two hours the four leaders told their national security advisers to keep working in "
                "the coming days on ways to strengthen Ukraine and on the guarantees themselves.",
                "new",
                "london-guarantees-call",
                "Follow-up work on the guarantees.",
                ["irrelevant"],
            ),
            S(
                "Starmer's spokesman said the peace effort had got further than at any point in four years, though "
                "outstanding issues remained."
            ),
            S(
                "German Chancellor Friedrich Merz said he was sceptical about some details in the documents coming "
                "from the United States.",
                "new",
                "merz-sceptical-us-papers",
                "A reaction to the US peace papers.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "The meeting followed three days of talks between Ukrainian and American negotiators in Florida that "
                "ended without a breakthrough."
            ),
            S(
                "President Donald Trump said at the weekend that he was a little disappointed Zelensky had not yet "
                "read the latest version of the US proposal."
            ),
        ],
        [
            S(
                "An earlier draft of that plan, which emerged in November, would have required Ukraine to write "
                "into its constitution that it will not join NATO and the alliance to rule out ever admitting it.",
                "contradicted",
                "us-plan-no-nato",
                "US draft requiring Ukraine to renounce membership.",
            ),
            S(
                "Kyiv and its European partners pushed back, and the most sensitive points, including territory and "
                "membership, were left for leaders to settle, officials said.",
                "new",
                "us-plan-revised",
                "Membership left open in the revised draft.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "Britain and France lead a coalition of the willing that has drawn up plans for a multinational "
                "force to be deployed in Ukraine after a ceasefire.",
                "new",
                "coalition-reassurance-force",
                "The coalition's force; no seed counterpart.",
            ),
            S(
                "Moscow has said it would regard any Western troops sent to the country as legitimate targets.",
                "new",
                "russia-troops-legitimate-targets",
                "Russia's threat against a guarantee force.",
            ),
        ],
        [
            S(
                "Zelensky, who has said such guarantees cannot replace membership of the alliance, travels to Rome "
                "on Tuesday for talks with Italian Prime Minister Giorgia Meloni.",
                "known",
                None,
                "Seed 003: guarantees no substitute for membership.",
            ),
            S("The European leaders also discussed using frozen Russian assets to fund Kyiv."),
        ],
    ],
    True,
)

# ============================================================================================
# NEAR OR OFF TOPIC (4)
# ============================================================================================

# --------------------------------------------------------------------------------------------
# Q09 Fico shot in Handlova (off topic: Slovak politics; one incidental veto pledge)
article(
    ARTICLES,
    "arq-2024-05-15-fico-shot",
    "2024-05-15T20:30:00+00:00",
    "https://www.reuters.com/world/europe/slovak-prime-minister-fico-injured-shooting-2024-05-15/",
    S("Slovak Prime Minister Fico shot and seriously wounded after government meeting"),
    [
        [
            S(
                "HANDLOVA, Slovakia, May 15 – Slovak Prime Minister Robert Fico was shot several times on Wednesday "
                "as he greeted supporters after a government meeting in the central mining town of Handlova, and "
                "was flown to hospital in a life-threatening condition."
            ),
            S("A suspect was detained at the scene, officials said."),
        ],
        [
            S(
                "Defence Minister Robert Kalinak said in the evening that surgeons were operating and that Fico's "
                "condition remained very serious."
            ),
            S(
                "He was taken by helicopter to a hospital in Banska Bystrica, about an hour's drive away."
            ),
        ],
        [
            S(
                "Interior Minister Matus Sutaj Estok called the shooting a politically motivated attack, and local "
                "media said the suspect was a 71-year-old man."
            ),
            S(
                "Leaders across Europe condemned the attack, and NATO Secretary General Jens Stoltenberg called it "
                "shocking."
            ),
            S(
                "The Kremlin said President Vladimir Putin had described the shooting as a monstrous crime."
            ),
        ],
        [
            S(
                "Fico, 59, returned to power after an election last September on a promise to end Slovakia's "
                "military aid to Ukraine."
            ),
            S(
                "He has also said Slovakia would use its veto to block Ukraine from joining NATO, arguing that its "
                "membership would lead to a third world war.",
                "contradicted",
                "fico-veto-pledge",
                "An ally's leader pledging to block membership.",
            ),
        ],
        [
            S(
                "The shooting came three weeks before elections to the European Parliament, after a deeply "
                "polarised campaign."
            ),
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# Q10 Austin's last Ramstein meeting (near topic: aid; Austin's departure in passing)
article(
    ARTICLES,
    "arq-2025-01-09-austin-last-ramstein",
    "2025-01-09T16:30:00+00:00",
    "https://www.stripes.com/theaters/europe/2025-01-09/austin-ukraine-arms-trump-16427138.html",
    S("Austin announces final $500 million package at last Ramstein meeting before Trump era"),
    [
        [
            S(
                "RAMSTEIN AIR BASE, Germany, January 9 – US Defense Secretary Lloyd Austin announced a $500 million "
                "military aid package for Ukraine on Thursday as he chaired the Ukraine Defense Contact Group for "
                "what was expected to be the last time."
            ),
            S(
                "The package includes more missiles for Ukraine's air defences, ammunition, air-to-ground munitions "
                "and equipment to support its F-16 fighter jets."
            ),
        ],
        [
            S(
                "Austin, who leaves office when Donald Trump is sworn in on January 20, urged the roughly 50 "
                "countries in the group to keep up their support.",
                "changed",
                "austin-leaves-pentagon",
                "The seed's US defence secretary on his way out; a future step.",
                ["irrelevant"],
            ),
            S(
                "Trump has picked former Fox News host Pete Hegseth to succeed him.",
                "changed",
                "austin-leaves-pentagon",
                "Successor named but not yet confirmed: tipped, so optional.",
                ["irrelevant"],
            ),
            S(
                "“Ukraine's fight matters to all of us,” Austin said, calling Putin's war a challenge to free people everywhere."
            ),
        ],
        [
            S(
                "President Volodymyr Zelensky, attending in person, said a new chapter would begin for Europe and the "
                "world in 11 days and urged allies to rely on one another even more."
            ),
            S(
                "Defence Minister Rustem Umerov said he expected the group's capability coalitions to approve road "
                "maps of Ukraine's military needs through 2027.",
                "known",
                None,
                "Umerov as defence minister, as in the seed; content off topic.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "Several European ministers said they wanted the group to carry on, whatever Washington decides about its role."
            ),
            S(
                "Germany's Boris Pistorius thanked Austin for building the coalition, which has coordinated more than "
                "120 billion dollars in military aid since 2022."
            ),
            S("A Russian glide-bomb attack on Zaporizhzhia the day before had killed 13 people."),
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# Q11 Steadfast Noon begins (off topic: exercise; Rutte and the 32 allies in passing)
article(
    ARTICLES,
    "arq-2024-10-14-steadfast-noon",
    "2024-10-14T12:00:00+00:00",
    "https://www.novinite.com/view_news.php?id=228835",
    S("NATO begins annual nuclear exercise Steadfast Noon over Western Europe"),
    [
        [
            S(
                "BRUSSELS, October 14 – NATO began its annual nuclear deterrence exercise on Monday, with more than "
                "60 aircraft set to fly training missions over Western Europe for two weeks."
            ),
            S(
                "No live weapons are used in Steadfast Noon, which the alliance describes as routine training "
                "planned long in advance."
            ),
        ],
        [
            S(
                "About 2,000 personnel at eight air bases are taking part, with flights over Belgium, the "
                "Netherlands, Denmark, Britain and the North Sea."
            ),
            S(
                "Thirteen of the alliance's 32 members are contributing aircraft, including fighter jets able to "
                "carry the US nuclear bombs stationed in Europe.",
                "changed",
                "alliance-32",
                "32 members (seed: 31); incidental in an off-topic story.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "“Nuclear deterrence is the cornerstone of allied security,” said Secretary General Mark Rutte, who "
                "took over from Jens Stoltenberg at the start of the month.",
                "changed",
                "rutte-secgen",
                "New Secretary General (seed: Stoltenberg).",
            ),
            S(
                "He said the exercise sent a clear message to any adversary that NATO would protect and defend all "
                "its members."
            ),
        ],
        [
            S("Dutch F-35A fighter jets are taking part for the first time, NATO said."),
            S(
                "The drills come weeks after President Vladimir Putin proposed changing Russia's nuclear doctrine to "
                "allow a nuclear response to attacks backed by nuclear powers."
            ),
            S(
                "Russia usually holds its own exercise of its strategic nuclear forces in the autumn."
            ),
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# Q12 Georgia's parliamentary election (off topic: Georgia; Bucharest in passing)
article(
    ARTICLES,
    "arq-2024-10-27-georgia-election",
    "2024-10-27T17:00:00+00:00",
    "https://www.reuters.com/world/europe/georgia-votes-election-seen-test-eu-aspirations-2024-10-26/",
    S("Georgia's ruling party claims election win as opposition alleges fraud"),
    [
        [
            S(
                "TBILISI, October 27 – Georgia's ruling Georgian Dream party won about 54% of the vote in "
                "Saturday's parliamentary election, the central election commission said, as pro-Western "
                "opposition parties refused to accept the result."
            ),
            S(
                "President Salome Zourabichvili, who is at odds with the government, said she did not recognise "
                "the outcome and called it a total falsification."
            ),
        ],
        [
            S(
                "Observers from the OSCE said the vote was marred by inequality between candidates, pressure on "
                "voters and tension, although it was technically well run."
            ),
            S(
                "The European Union urged the authorities to investigate the irregularities swiftly and transparently."
            ),
        ],
        [
            S(
                "Hungarian Prime Minister Viktor Orban congratulated Georgian Dream on what he called an overwhelming victory."
            ),
            S(
                "The opposition had cast the vote as a choice between Europe and Russia, after a law on foreign "
                "influence led Brussels to freeze Georgia's path to EU membership."
            ),
        ],
        [
            S(
                "Georgia's constitution commits the country to seeking membership of both the EU and NATO."
            ),
            S(
                "NATO leaders promised at their 2008 summit in Bucharest that Georgia, like Ukraine, would one day "
                "become a member, without setting a timetable.",
                "known",
                None,
                "Seed 000: Bucharest promise to Ukraine and Georgia, no date.",
            ),
            S(
                "Russia fought a short war with Georgia later that year and still recognises two breakaway regions "
                "as independent."
            ),
        ],
    ],
    False,
)
