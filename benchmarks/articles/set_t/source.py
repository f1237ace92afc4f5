"""Article set t: the articles, sentence by sentence with their gold (`python3 ../build.py set_t`)."""

from corpus import S, article

CHANNEL = "Article set t: Ukraine, NATO and the long road between"
DESCRIPTION = "12 articles rewritten from real 2024-2025 coverage (links point at the originals)."
ARTICLES: list = []

# ============================================================================================
# ON TOPIC (8)
# ============================================================================================

# --------------------------------------------------------------------------------------------
# T01 NATO foreign ministers leave the invitation request unanswered (on topic: no consensus now)
article(
    ARTICLES,
    "t-2024-12-04-nato-ministers-no-invitation",
    "2024-12-04T18:35:00+00:00",
    "https://www.reuters.com/world/europe/nato-ministers-focus-ukraine-air-defence-not-membership-invitation-2024-12-04/",
    S(
        "NATO ministers put air defence before Kyiv's plea for an invitation",
        "new",
        "allies-no-consensus-invitation",
        "Allies not acting on the request now; consensus lacking, not a denial.",
    ),
    [
        [
            S(
                "BRUSSELS, December 4 – NATO foreign ministers ended two days of talks on Wednesday without "
                "answering Ukraine's request to be invited into the alliance, turning instead to how to get "
                "more air defence to Kyiv before the winter.",
                "new",
                "allies-no-consensus-invitation",
                "The request left unanswered; consensus lacking now.",
            ),
            S(
                "Diplomats said the United States and Germany were among the allies not ready to agree to an "
                "invitation while the fighting goes on.",
                "new",
                "allies-no-consensus-invitation",
                "Named reluctant allies; not a contradiction by convention.",
            ),
        ],
        [
            S(
                "Foreign Minister Andrii Sybiha had written to his counterparts last week asking them to issue "
                "the invitation at this meeting.",
                "new",
                "sybiha-invitation-request",
                "The request for an invitation, told again.",
            ),
            S(
                "Arriving in Brussels, he said there could be no alternatives, surrogates or substitutes for "
                "full membership.",
                "known",
                None,
                "Seed 003: guarantees cannot substitute for membership; restated.",
                ["new"],
            ),
        ],
        [
            S(
                "Secretary of State Antony Blinken said the focus now had to be on giving Ukraine what it needed "
                "to defend itself and to negotiate from strength."
            ),
            S(
                "Mark Rutte, chairing his first meeting of the ministers since he replaced Jens Stoltenberg, said "
                "the same.",
                "changed",
                "rutte-secretary-general",
                "Rutte has replaced Stoltenberg as Secretary General.",
            ),
            S(
                "He added that the promise made in Washington in July, that Ukraine's road to membership cannot "
                "be reversed, still stood.",
                "known",
                None,
                "Seed 003: irreversible path.",
            ),
        ],
        [
            S(
                "Ministers of all 32 allies also discussed a wave of sabotage, arson and cyber attacks in Europe "
                "that they blame on Russia.",
                "changed",
                "alliance-32",
                "32 allies; the seeds have 31.",
            ),
            S("Several governments have expelled Russian diplomats over the incidents this year."),
        ],
        [
            S(
                "Kyiv's frustration has a long history.",
            ),
            S(
                "In Bucharest in 2008 the allies wrote that Ukraine and Georgia would become members but set no "
                "date and withheld the action plan that leads there.",
                "known",
                None,
                "Seed 000: Bucharest promise without a date or MAP.",
            ),
            S(
                "In Vilnius last year they dropped that plan for Ukraine but said it would be invited only when "
                "every ally agreed and the conditions were right.",
                "known",
                None,
                "Seeds 000/003: MAP dropped; invitation when allies agree and conditions are met.",
            ),
            S(
                "Zelensky has since suggested that the alliance's protection could at first cover only the land "
                "Kyiv holds, with the rest to be won back by diplomacy.",
                "new",
                "umbrella-controlled-territory",
                "Cover for held territory first, told again.",
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# T02 Zelensky takes his victory plan to the White House (on topic: invitation request)
article(
    ARTICLES,
    "t-2024-09-26-victory-plan-white-house",
    "2024-09-26T22:45:00+00:00",
    "https://apnews.com/article/zelenskyy-biden-harris-white-house-victory-plan-ukraine-2024-09-26",
    S(
        "Zelensky brings plan built on a NATO invitation to Biden and Harris",
        "new",
        "victory-plan-invitation",
        "Kyiv's plan asks for an invitation now; no seed counterpart.",
    ),
    [
        [
            S(
                "WASHINGTON, September 26 – President Volodymyr Zelensky laid out his “victory plan” to Joe "
                "Biden at the White House on Thursday, a document whose first point asks the allies to invite "
                "Ukraine into NATO without waiting for the war to end.",
                "new",
                "victory-plan-invitation",
                "The plan asks for an immediate invitation; no seed counterpart.",
            ),
            S(
                "Biden announced almost 8 billion dollars in military aid hours before the meeting, including "
                "another Patriot battery and longer-range glide bombs."
            ),
        ],
        [
            S(
                "The White House gave no sign that it was ready to back the request for an invitation, and "
                "officials said the plan contained little they had not heard before.",
                "new",
                "us-no-backing-invitation",
                "Washington not yet agreeing to invite; consensus lacking now, not a denial.",
            ),
            S(
                "Biden did not grant Kyiv permission to fire Western long-range missiles deep into Russia, "
                "another of its main asks."
            ),
        ],
        [
            S(
                "Vice President Kamala Harris, meeting Zelensky separately, warned that some in her country "
                "wanted Ukraine to give up land and called such ideas proposals for surrender, not for peace."
            ),
            S(
                "Donald Trump, her opponent in the November election, agreed to see Zelensky in New York on "
                "Friday."
            ),
        ],
        [
            S(
                "Zelensky was accompanied by Defence Minister Rustem Umerov and by Andrii Sybiha, who replaced "
                "Dmytro Kuleba as foreign minister this month.",
                "changed",
                "sybiha-foreign-minister",
                "New foreign minister; the seed names Kuleba.",
            )
        ],
        [
            S(
                "The request goes further than anything the alliance has offered.",
            ),
            S(
                "Zelensky argues that an invitation now, even with membership itself to follow later, would "
                "show Putin that his war cannot keep Ukraine out.",
                "new",
                "victory-plan-invitation",
                "The invitation request, told again.",
            ),
            S(
                "At its Washington summit in July, NATO called Ukraine's road to membership irreversible and "
                "described its growing military aid as a bridge to that goal, but it stopped short of an "
                "invitation.",
                "known",
                None,
                "Seed 003: irreversible path, bridge, no invitation.",
            ),
            S(
                "A year earlier in Vilnius, Washington had been among the capitals holding back, with Jake "
                "Sullivan arguing that taking Ukraine in during the fighting would put the alliance at war with "
                "Russia.",
                "known",
                None,
                "Seeds 000/001: the US held back; Sullivan's argument.",
            ),
            S(
                "Kyiv has since signed long-term security accords with more than two dozen countries and the "
                "European Union, all of them meant to lapse once it becomes a member.",
                "changed",
                "agreements-count-two-dozen",
                "More than two dozen agreements concluded; the seed has only the UK's.",
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# T03 Costa and Kallas in Kyiv on their first day (on topic: whole-country invitation, troops)
article(
    ARTICLES,
    "t-2024-12-01-costa-kallas-kyiv",
    "2024-12-01T16:10:00+00:00",
    "https://www.euronews.com/my-europe/2024/12/01/new-eu-leaders-costa-and-kallas-visit-kyiv-on-first-day-in-office",
    S(
        "Zelensky tells new EU leaders the whole of Ukraine must be invited into NATO",
        "new",
        "invite-whole-country",
        "Kyiv's position on the scope of an invitation; no seed counterpart.",
    ),
    [
        [
            S(
                "KYIV, December 1 – The European Union's new leaders, Antonio Costa and Kaja Kallas, chose Kyiv "
                "for their first trip in office on Sunday, arriving by night train as air raid alerts sounded "
                "across the country."
            ),
            S(
                "Costa, the former Portuguese prime minister who now chairs the bloc's summits, promised that "
                "the EU would stand by Ukraine for as long as it takes."
            ),
        ],
        [
            S(
                "At a joint news conference, Zelensky said any invitation to join NATO had to cover Ukraine "
                "within its internationally recognised borders, even if the alliance's protection at first "
                "applied only to the land Kyiv controls.",
                "new",
                ["invite-whole-country", "umbrella-controlled-territory"],
                "Invitation for the whole country, cover for held territory first; no seed counterpart.",
            ),
            S(
                "He said that would halt the hot phase of the war and let Ukraine seek the return of the rest "
                "by diplomacy."
            ),
        ],
        [
            S(
                "Kallas, the bloc's new foreign policy chief, said nothing should be ruled out when it came to "
                "European soldiers helping to hold a future ceasefire.",
                "new",
                "kallas-troops-not-excluded",
                "European troops as a guarantee discussed; no seed counterpart.",
            ),
            S(
                "The former Estonian prime minister added that the best guarantee for Ukraine remained "
                "membership of the alliance.",
                "known",
                None,
                "Seed 003: guarantees no substitute for membership; restated.",
                ["new"],
            ),
        ],
        [
            S(
                "Foreign Minister Andrii Sybiha has asked his NATO counterparts, who meet in Brussels on "
                "Tuesday, to issue the invitation at that meeting.",
                "new",
                "sybiha-invitation-request",
                "Request for an invitation at the December ministerial; no seed counterpart.",
            ),
            S(
                "The request repeats the first point of the victory plan that Zelensky took to the White House "
                "in September.",
                "new",
                "victory-plan-invitation",
                "The plan's invitation request, told again.",
            ),
            S(
                "Mark Rutte, who took over the alliance from Jens Stoltenberg in October, has said only that "
                "the priority is to get more weapons to Kyiv.",
                "changed",
                "rutte-secretary-general",
                "Rutte has replaced Stoltenberg as Secretary General.",
            ),
        ],
        [
            S(
                "The odds are long.",
            ),
            S(
                "Any new member needs the approval of every ally, and Hungary and Slovakia have made plain they "
                "will not give theirs.",
                "contradicted",
                "hungary-slovakia-block",
                "Allies pledging to withhold approval; against the Bucharest promise.",
            ),
            S(
                "Keith Kellogg, Donald Trump's choice of envoy for the war, has floated putting membership off "
                "for many years in exchange for Western guarantees.",
                "new",
                "kellogg-postpone",
                "A plan to postpone membership; not a denial by convention.",
            ),
            S(
                "Vladimir Putin demanded in June that Kyiv drop its ambition to join the alliance before any "
                "talks on a ceasefire.",
                "contradicted",
                "putin-june-terms",
                "Russian demand to renounce NATO membership.",
                ["new"],
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# T04 Starmer's virtual summit: coalition moves to operational phase (on topic: guarantees)
article(
    ARTICLES,
    "t-2025-03-15-coalition-operational-phase",
    "2025-03-15T14:30:00+00:00",
    "https://www.bbc.com/news/articles/c4gp2jvx1pno",
    S(
        "Coalition of the willing moves to 'operational phase', Starmer says",
        "new",
        "coalition-operational",
        "The coalition's plans move to military planning; no seed counterpart.",
    ),
    [
        [
            S(
                "LONDON, March 15 – Countries ready to help guarantee a peace in Ukraine will now turn their "
                "plans into military ones, Prime Minister Keir Starmer said on Saturday after a video call with "
                "about 25 leaders.",
                "new",
                "coalition-operational",
                "Military planning for a post-war force begins; no seed counterpart.",
            ),
            S(
                "Military chiefs from the group will gather in Britain on Thursday to work out how a force could "
                "protect Ukraine once the fighting stops, he said.",
                "new",
                "coalition-operational",
                "The chiefs' planning meeting; same development.",
            ),
        ],
        [
            S(
                "Starmer accused Vladimir Putin of stalling with a “yes, but” answer to a 30-day ceasefire that "
                "Ukraine accepted this week, and said the Kremlin would have to come to the table sooner or "
                "later."
            ),
            S(
                "Britain and France have offered to lead a force that would help secure Ukraine's skies, seas "
                "and borders rather than patrol a front line, officials said.",
                "new",
                "reassurance-force",
                "A European force to back a peace deal; no seed counterpart.",
            ),
        ],
        [
            S(
                "Italy's Giorgia Meloni told the call that Rome would not send soldiers, repeating her idea of "
                "extending a mutual-defence promise to Ukraine without making it a member.",
                "new",
                "meloni-article5-outside",
                "An Article 5-style pledge outside NATO; no seed counterpart.",
            ),
            S("Canada's new prime minister, Mark Carney, sworn in a day earlier, also took part."),
        ],
        [
            S(
                "The scramble in Europe reflects a turn in Washington.",
            ),
            S(
                "Defense Secretary Pete Hegseth told allies in February that membership for Ukraine was not a "
                "realistic outcome of a settlement, and Trump later told Kyiv it could forget about joining.",
                "contradicted",
                ["hegseth-unrealistic", "trump-forget-nato"],
                "US officials ruling membership out.",
            ),
        ],
        [
            S(
                "Ukraine has heard promises of protection before.",
            ),
            S(
                "In 1994 it gave up the nuclear arsenal it had inherited from the Soviet Union in exchange for "
                "assurances from Russia, Britain and the United States that its borders would be respected.",
                "known",
                None,
                "Seed 001: the Budapest Memorandum.",
            ),
            S(
                "The Group of Seven's pledges of 2023 went further on paper, promising to build up its forces and "
                "to consult within a day of any new attack, but they stop short of the obligation to defend it "
                "that binds NATO members.",
                "known",
                None,
                "Seed 003: G7 declaration, 24-hour consultation, no Article 5.",
            ),
            S(
                "Zelensky has said from the start that no such promise can stand in for membership.",
                "known",
                None,
                "Seed 003: guarantees cannot substitute for membership.",
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# T05 Jeddah talks (on topic: guarantees discussed; office holders)
article(
    ARTICLES,
    "t-2025-03-11-jeddah-ceasefire-talks",
    "2025-03-11T21:05:00+00:00",
    "https://www.aljazeera.com/news/2025/3/11/ukraine-agrees-to-us-proposal-for-30-day-ceasefire-after-jeddah-talks",
    S(
        "Ukraine backs 30-day truce in Jeddah as US restores aid and intelligence",
    ),
    [
        [
            S(
                "JEDDAH, March 11 – Ukraine said on Tuesday it was ready to accept an American proposal for an "
                "immediate 30-day ceasefire, after more than eight hours of talks with US officials in the "
                "Saudi city."
            ),
            S(
                "In return, Washington lifted the pause it had imposed last week on sharing intelligence with "
                "Kyiv and on sending it weapons."
            ),
        ],
        [
            S("Secretary of State Marco Rubio said the ball was now in Russia's court."),
            S(
                "Mike Waltz, who succeeded Jake Sullivan as national security adviser in January, sat beside "
                "him at the table.",
                "changed",
                "waltz-national-security-adviser",
                "Waltz has replaced Sullivan, the seed's national security adviser.",
            ),
            S(
                "Waltz said the two sides had also gone into detail on what long-term guarantees Ukraine would "
                "get to keep it safe after a deal.",
                "new",
                "jeddah-guarantees",
                "Guarantees discussed with Washington; no seed counterpart.",
            ),
        ],
        [
            S(
                "Kyiv's team was led by Andriy Yermak, the head of Zelensky's office, with Foreign Minister "
                "Andrii Sybiha and Defence Minister Rustem Umerov.",
                "known",
                None,
                "Seed holders: Yermak at the office, Umerov at defence; Sybiha is the only change.",
                ["changed"],
            ),
            S(
                "Zelensky said that any truce would have to be followed by firm security guarantees so that "
                "Russia could not simply regroup and attack again.",
                "new",
                "jeddah-guarantees",
                "Guarantees as a condition of the settlement; no seed counterpart.",
            ),
        ],
        [
            S(
                "The meeting came less than two weeks after Zelensky's visit to the Oval Office ended in a "
                "televised row with Donald Trump and his vice president."
            )
        ],
        [
            S(
                "Washington's new team has made clear that it will not offer the path Kyiv wants most.",
                "contradicted",
                ["hegseth-unrealistic", "trump-forget-nato"],
                "The US ruling out membership, told again.",
            ),
            S(
                "That is a sharp turn from the stance allies took at their Washington summit last July, when they "
                "wrote that Ukraine's path to membership could not be reversed.",
                "known",
                None,
                "Seed 003: irreversible path.",
            ),
            S(
                "Even then, the Biden administration held that Ukraine could join only once the war was over, "
                "and membership needs the votes of every ally.",
                "known",
                None,
                "Seeds 000/001: join only after the war; unanimity.",
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# T06 Starmer meets the coalition's planners at Northwood (on topic: force, operational phase)
article(
    ARTICLES,
    "t-2025-03-20-northwood-planners",
    "2025-03-20T17:40:00+00:00",
    "https://www.independent.co.uk/news/uk/politics/keir-starmer-northwood-military-planners-ukraine-b2718000.html",
    S(
        "Starmer tells military planners a Ukraine deal needs force behind it",
        "new",
        "reassurance-force",
        "Planning for a force to back a deal; no seed counterpart.",
    ),
    [
        [
            S(
                "NORTHWOOD, March 20 – Military planners from more than 20 countries met at Britain's joint "
                "headquarters outside London on Thursday to draw up options for a force that would protect "
                "Ukraine after a ceasefire.",
                "new",
                ["coalition-operational", "reassurance-force"],
                "The chiefs' planning meeting and the force it plans; no seed counterpart.",
            ),
            S(
                "Keir Starmer, who dropped in on the talks, told them that a deal without something to back it "
                "up was a deal Vladimir Putin would break.",
                "new",
                "reassurance-force",
                "The case for a force to back a deal; same development.",
            ),
        ],
        [
            S(
                "The work covers the defence of Ukraine's skies, safe passage in the Black Sea and help in "
                "rebuilding its army, officials said.",
                "new",
                "reassurance-force",
                "Scope of the planned force; same development.",
            ),
            S(
                "Moscow has said it will not accept troops from NATO countries on Ukrainian soil under any "
                "flag.",
                "new",
                "russia-rejects-foreign-troops",
                "Russia rejecting a guarantee force; no seed counterpart.",
            ),
        ],
        [
            S(
                "Two days earlier, Putin told Donald Trump by phone that he would pause strikes on energy "
                "plants for 30 days but not agree to a full truce."
            ),
            S(
                "The Kremlin said he wanted Western countries to stop arming Ukraine and sharing intelligence "
                "with it."
            ),
        ],
        [
            S(
                "Europe's plans sit on top of an older set of promises.",
            ),
            S(
                "In the summer of 2023 the Group of Seven offered Ukraine long-term help to build an army able "
                "to deter Russia, and 25 more countries signed up to the pledge.",
                "known",
                None,
                "Seed 003: the G7 declaration; 32 signatories in all.",
            ),
            S(
                "Those pledges, which include talks within 24 hours of any new attack, have been written into "
                "bilateral treaties with more than two dozen countries, the first of them Britain.",
                "changed",
                "agreements-count-two-dozen",
                "More than two dozen agreements concluded; the seed has only the UK's.",
            ),
            S(
                "Each is meant to lapse once Ukraine joins NATO, and none commits its signatories to come to its "
                "defence.",
                "known",
                None,
                "Seed 003: agreements expire on membership; no Article 5.",
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# T07 Macron at the White House (on topic: European force, Trump on Putin accepting it)
article(
    ARTICLES,
    "t-2025-02-24-macron-white-house",
    "2025-02-24T22:10:00+00:00",
    "https://www.bbc.com/news/articles/cn4v0vvxgvko",
    S(
        "Trump says Putin would accept European troops in Ukraine as Macron visits",
        "new",
        "trump-putin-accepts-troops",
        "A US claim that Russia would accept a European force; no seed counterpart.",
    ),
    [
        [
            S(
                "WASHINGTON, February 24 – Donald Trump said on Monday that Vladimir Putin would accept European "
                "peacekeepers in Ukraine as part of a deal to end the war, after talks with Emmanuel Macron at "
                "the White House.",
                "new",
                "trump-putin-accepts-troops",
                "Trump says Putin would accept a European force; no seed counterpart.",
            ),
            S(
                "“Yeah, he will accept that,” Trump told reporters, saying he had put the question to the "
                "Russian leader himself.",
                "new",
                "trump-putin-accepts-troops",
                "The same claim, in his words.",
            ),
        ],
        [
            S(
                "Macron said European countries were ready to send troops to guarantee a settlement, but that "
                "they would not be deployed on the front line or take part in fighting.",
                "new",
                "reassurance-force",
                "A European force to back a peace deal; no seed counterpart.",
            ),
            S(
                "He warned that a ceasefire without guarantees would be a surrender for Ukraine, and said any "
                "deal must be one that Moscow could not simply tear up."
            ),
        ],
        [
            S(
                "At one point Macron put his hand on Trump's arm to correct him, saying Europe had paid about 60 "
                "percent of the total support to Kyiv and not only in loans."
            ),
            S(
                "The visit fell on the third anniversary of Russia's full-scale invasion, and hours earlier the "
                "United States had voted with Russia against a Ukrainian resolution at the United Nations."
            ),
        ],
        [
            S(
                "Trump said a deal giving Washington a share of Ukraine's mineral wealth was close and that "
                "Volodymyr Zelensky might come to sign it this week."
            )
        ],
        [
            S(
                "Europe is trying to offer what Washington will not.",
            ),
            S(
                "Earlier this month, Defense Secretary Pete Hegseth told allies in Brussels that returning to "
                "Ukraine's pre-2014 borders and NATO membership were both unrealistic goals.",
                "contradicted",
                "hegseth-unrealistic",
                "The US ruling membership out.",
            ),
            S(
                "That jars with what the allies wrote in Washington last July, when they called Ukraine's path "
                "into the alliance irreversible.",
                "known",
                None,
                "Seed 003: irreversible path.",
            ),
            S(
                "The assurances Kyiv holds today date from 2023, when the Group of Seven promised long-term "
                "military help and swift consultations if Russia struck again, without any duty to defend it.",
                "known",
                None,
                "Seed 003: G7 declaration, consultations, no Article 5.",
            ),
            S(
                "Zelensky has said all along that they are no substitute for joining NATO.",
                "known",
                None,
                "Seed 003: guarantees cannot substitute for membership.",
            ),
        ],
    ],
    True,
)


# --------------------------------------------------------------------------------------------
# T08 Nawrocki wins Poland's presidency (on topic: Duda's successor, ratification pledge)
article(
    ARTICLES,
    "t-2025-06-02-nawrocki-wins-runoff",
    "2025-06-02T11:20:00+00:00",
    "https://notesfrompoland.com/2025/06/02/nawrocki-wins-polish-presidential-election/",
    S(
        "Nationalist Nawrocki wins Polish presidency, will succeed Duda in August",
        "changed",
        "nawrocki-succeeds-duda",
        "A new Polish president; the seed names Duda.",
    ),
    [
        [
            S(
                "WARSAW, June 2 – Karol Nawrocki, a conservative historian backed by the Law and Justice party, "
                "won Poland's presidential runoff with 50.89 percent of the vote, the electoral commission said "
                "on Monday.",
                "changed",
                "nawrocki-succeeds-duda",
                "Duda's successor elected.",
            ),
            S(
                "Warsaw's liberal mayor, Rafal Trzaskowski, the candidate of Prime Minister Donald Tusk's "
                "coalition, took 49.11 percent."
            ),
        ],
        [
            S(
                "Nawrocki will be sworn in on August 6, taking over from Andrzej Duda, who has served the two "
                "terms the constitution allows.",
                "changed",
                "nawrocki-succeeds-duda",
                "Duda leaves office; same development.",
            ),
            S("Tusk said he would ask parliament for a vote of confidence in his government."),
        ],
        [
            S(
                "During the campaign, Nawrocki said he could not see Ukraine in NATO while the war went on.",
                "known",
                None,
                "Seeds 000/001: join only after the war; a sceptic's restatement.",
                ["contradicted"],
            ),
            S(
                "In May he went further, signing a far-right candidate's pledge not to ratify Ukraine's "
                "accession to the alliance.",
                "contradicted",
                "nawrocki-ratification-pledge",
                "A future head of state pledging to withhold ratification.",
            ),
            S("Zelensky congratulated him and said he hoped to keep working closely with Warsaw."),
        ],
        [
            S(
                "Any such refusal would carry weight, since a candidate can join only with the consent of "
                "every ally.",
                "known",
                None,
                "Seed 000: new members need unanimous approval.",
            ),
            S(
                "Duda himself has been one of Kyiv's most vocal backers, urging allies to give it Israeli-style "
                "guarantees of arms and money for a decade until it can join.",
                "known",
                None,
                "Seed 003: Duda and the ten-year Israeli formula.",
            ),
            S(
                "Poland signed a bilateral security pact with Ukraine last July that commits it to explore "
                "shooting down Russian missiles over Ukrainian territory.",
                "changed",
                "poland-agreement",
                "A newly concluded bilateral agreement; the seed has only the UK's.",
            ),
        ],
        [
            S(
                "Nawrocki has also promised to oppose parts of the European Union's migration pact and its "
                "climate rules."
            )
        ],
    ],
    True,
)

# ============================================================================================
# NEAR OR OFF TOPIC (4)
# ============================================================================================

# --------------------------------------------------------------------------------------------
# T09 Euro 2024: Ukraine out on goal difference (off topic: sport)
article(
    ARTICLES,
    "t-2024-06-26-euro-ukraine-belgium",
    "2024-06-26T20:10:00+00:00",
    "https://www.uefa.com/euro2024/news/028e-1b3f3d1b3c47-belgium-ukraine-match-report/",
    S("Ukraine go out of Euro 2024 despite goalless draw with Belgium"),
    [
        [
            S(
                "STUTTGART, June 26 – Ukraine were knocked out of the European Championship on Wednesday after a "
                "0-0 draw with Belgium left all four teams in Group E on four points."
            ),
            S("Serhiy Rebrov's side finished bottom of the group on goal difference."),
        ],
        [
            S(
                "Romania took first place, Belgium second and Slovakia went through as one of the best "
                "third-placed teams after the two drew 1-1 in Frankfurt."
            ),
            S(
                "Ukraine needed a win and pressed late, with Georgiy Sudakov forcing a save from Koen Casteels in "
                "stoppage time."
            ),
            S(
                "Belgium, with Kevin De Bruyne and Romelu Lukaku, rarely threatened in the second half."
            ),
        ],
        [
            S(
                "Ukraine's campaign began with a 3-0 defeat to Romania in Munich before a comeback win over "
                "Slovakia in Duesseldorf."
            ),
            S(
                "Thousands of Ukrainian refugees living in Germany filled the stands at every match."
            ),
        ],
        [
            S(
                "Rebrov said his players had given everything and that the team had played for a country at "
                "war."
            ),
            S("Ukraine's next fixtures are in the Nations League in September."),
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# T10 Putin warns long-range strikes would put NATO at war with Russia (near topic: strikes)
article(
    ARTICLES,
    "t-2024-09-13-putin-long-range-warning",
    "2024-09-13T10:30:00+00:00",
    "https://www.reuters.com/world/europe/putin-says-west-would-be-fighting-russia-if-it-allows-ukraine-strike-deep-into-2024-09-12/",
    S("Putin says Western approval of long-range strikes would mean NATO is at war with Russia"),
    [
        [
            S(
                "MOSCOW, September 13 – Vladimir Putin warned on Thursday that if Western countries let "
                "Ukraine fire their long-range missiles deep into Russia, it would mean that NATO members were "
                "fighting Russia directly."
            ),
            S(
                "Such strikes would need Western satellite data and Western personnel to set the targets, he "
                "told a state television reporter."
            ),
        ],
        [
            S(
                "Russia would take “appropriate decisions” in response, he said, without saying what they would "
                "be."
            ),
            S(
                "The warning came a day after US Secretary of State Antony Blinken and British Foreign Secretary "
                "David Lammy visited Kyiv."
            ),
        ],
        [
            S(
                "Keir Starmer is due to discuss Ukraine's request with Joe Biden at the White House later on Friday."
            ),
            S(
                "Kyiv wants to use British Storm Shadow and American ATACMS missiles against airfields from "
                "which Russian bombers launch glide bombs at its cities."
            ),
        ],
        [
            S(
                "Putin's argument echoes one heard in Washington: before the Vilnius summit last year, Jake "
                "Sullivan warned that bringing Ukraine into the alliance while the war raged would draw NATO "
                "into war with Russia.",
                "known",
                None,
                "Seeds 000/001: Sullivan's argument against admitting Ukraine during the war.",
            )
        ],
        [
            S(
                "Russia's Federal Security Service said on Friday morning it was revoking the accreditation of six "
                "British diplomats."
            ),
            S("London called the accusations baseless."),
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# T11 Romania's court annuls presidential election (off topic: another country's politics)
article(
    ARTICLES,
    "t-2024-12-06-romania-election-annulled",
    "2024-12-06T17:50:00+00:00",
    "https://www.politico.eu/article/romania-constitutional-court-annuls-presidential-election-calin-georgescu/",
    S("Romania's top court annuls presidential election two days before runoff"),
    [
        [
            S(
                "BUCHAREST, December 6 – Romania's Constitutional Court on Friday annulled the first round of the "
                "presidential election and ordered the whole vote to be held again."
            ),
            S(
                "The decision came two days before a runoff between Calin Georgescu, a far-right outsider who "
                "won the first round, and the centrist Elena Lasconi."
            ),
        ],
        [
            S(
                "Intelligence files declassified this week described a coordinated campaign on TikTok in "
                "Georgescu's favour and pointed to a foreign state actor."
            ),
            S(
                "Georgescu, who has praised Vladimir Putin and questioned Romania's support for Ukraine, called "
                "the ruling a coup."
            ),
            S("Lasconi said the court had trampled on democracy."),
        ],
        [
            S("President Klaus Iohannis will stay in office until a successor is elected."),
            S(
                "Romania, a NATO member since 2004, hosts a US missile defence site at Deveselu and a growing "
                "allied base near Constanta on the Black Sea."
            ),
        ],
        [
            S(
                "Bucharest signed a ten-year security agreement with Kyiv in July and has sent it a Patriot "
                "battery.",
                "changed",
                "romania-agreement",
                "A newly concluded bilateral agreement; incidental here.",
                ["irrelevant"],
            ),
            S(
                "Officials fear that Georgescu's rise could shake that support at a time when the war is "
                "entering its third winter."
            ),
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# T12 Rutte's wartime-mindset speech (off topic: spending)
article(
    ARTICLES,
    "t-2024-12-12-rutte-wartime-mindset",
    "2024-12-12T13:25:00+00:00",
    "https://www.nato.int/cps/en/natohq/opinions_231348.htm",
    S("Rutte tells Europe to shift to a wartime mindset and spend more on defence"),
    [
        [
            S(
                "BRUSSELS, December 12 – NATO Secretary General Mark Rutte urged European governments on "
                "Thursday to switch to a wartime mindset and spend far more on their armed forces."
            ),
            S(
                "“What is happening in Ukraine could happen here too,” he told an audience at the Concert Noble "
                "in the Belgian capital."
            ),
        ],
        [
            S(
                "Rutte, who took over from Jens Stoltenberg on October 1, said the alliance's target of 2 percent "
                "of economic output would not be enough to deter Russia in four or five years.",
                "changed",
                "rutte-secretary-general",
                "Rutte has replaced Stoltenberg, told again.",
            ),
            S(
                "He said Russia was spending 7 to 8 percent of its economy on its military and that China, Iran "
                "and North Korea were helping it."
            ),
        ],
        [
            S(
                "European countries spend on average a quarter of their budgets on pensions and health, he said, "
                "and only a small fraction of that would make their defence far stronger."
            ),
            S("He also called on defence companies to work in shifts and build more quickly."),
        ],
        [
            S(
                "Rutte said talk of peace negotiations was premature and that the West must first put Ukraine in "
                "a position of strength."
            ),
            S("He is due to host Zelensky and several European leaders for dinner next week."),
        ],
    ],
    False,
)
