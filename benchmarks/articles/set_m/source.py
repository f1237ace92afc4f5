"""Article set m: the articles, sentence by sentence with their gold (`python3 ../build.py set_m`)."""

from corpus import S, article

CHANNEL = "Article set m: Ukraine, NATO and beyond"
DESCRIPTION = "12 articles rewritten from real 2024-2026 coverage (links point at the originals)."
ARTICLES: list = []

# ============================================================================================
# ON TOPIC (8)
# ============================================================================================

# --------------------------------------------------------------------------------------------
# M01 Vance outlines a settlement with a neutral Ukraine (on topic: proposal to keep Ukraine out)
article(
    ARTICLES,
    "m-2024-09-13-vance-neutrality",
    "2024-09-13T14:20:00+00:00",
    "https://unn.ua/en/news/trumps-plan-for-ukraine-a-demilitarized-zone-and-a-rejection-of-nato",
    S(
        "Vance says Trump's plan would give Russia a guarantee of Ukrainian neutrality",
        "contradicted",
        "vance-neutrality",
        "A neutral Ukraine outside NATO is the opposite of 'future in NATO'; a candidate's proposal.",
        ["new"],
    ),
    [
        [
            S(
                "WASHINGTON, September 13 – A settlement brokered by Donald Trump would probably freeze the "
                "current front line and give Russia a guarantee that Ukraine stays neutral, his running mate "
                "JD Vance said in an interview released on Thursday.",
                "contradicted",
                "vance-neutrality",
                "Neutrality guarantee to Russia contradicts Ukraine's NATO future.",
                ["new"],
            ),
            S(
                "Kyiv would not join NATO or similar allied institutions, the Ohio senator told the Shawn Ryan "
                "Show podcast.",
                "contradicted",
                "vance-neutrality",
                "Same proposal: Ukraine would not join NATO.",
                ["new"],
            ),
        ],
        [
            S(
                "Under his outline, the line of contact would become a demilitarised zone, heavily fortified so "
                "that Russia could not invade again, while the rest of Ukraine would keep its independent "
                "sovereignty.",
                "new",
                "vance-dmz",
                "Fortified zone as the security arrangement of the plan; no seed counterpart.",
                ["irrelevant"],
            ),
            S(
                "Germany and other European countries would have to pay for much of Ukraine's reconstruction, he said."
            ),
            S(
                "It was the most detailed account yet from the Trump campaign of how the Republican nominee would "
                "keep his promise to end the war within a day."
            ),
        ],
        [
            S(
                "Critics said the outline closely tracked the terms Vladimir Putin set out in June, when he "
                "demanded that Kyiv give up its bid to join the alliance before any talks could begin.",
                "contradicted",
                "putin-june-terms",
                "Russian demand to renounce NATO; recorded as contradicted with new accepted.",
                ["new"],
            ),
            S(
                "Victoria Nuland, who shaped the Biden administration's Ukraine policy as a senior State "
                "Department official until this year, called it a great gift to the Kremlin."
            ),
        ],
        [
            S(
                "The outline runs against the line the alliance took at its Washington summit in July, where "
                "leaders called Ukraine's path to membership irreversible.",
                "known",
                None,
                "Seed 003: Washington summit called the path irreversible.",
            ),
            S(
                "Allies have said since 2023 that they will invite Kyiv to join when they agree and conditions "
                "are met, though they have set no date.",
                "known",
                None,
                "Seeds 000/003: Vilnius formula, no timeline.",
            ),
            S(
                "Ukraine wrote the goal of joining NATO into its constitution in 2019.",
                "known",
                None,
                "Seed 004: the 2019 constitutional amendment.",
            ),
        ],
        [
            S(
                "Vance, who has opposed further aid to Kyiv, also accused European governments of underfunding the "
                "war effort while American taxpayers carried the burden."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# M02 Zelensky calls Vance "too radical" (on topic: retells the neutrality plan)
article(
    ARTICLES,
    "m-2024-09-22-zelensky-vance-radical",
    "2024-09-22T16:00:00+00:00",
    "https://unherd.com/newsroom/volodymyr-zelensky-jd-vance-is-too-radical/",
    S(
        "Zelensky calls Vance ‘too radical’ over plan that would keep Ukraine out of NATO",
        "contradicted",
        "vance-neutrality",
        "Retells Vance's plan to keep Ukraine out of NATO.",
        ["new"],
    ),
    [
        [
            S(
                "KYIV, September 22 – Volodymyr Zelensky has called Donald Trump's running mate JD Vance too "
                "radical, in an interview with The New Yorker published on Sunday as he left for the United States."
            ),
            S(
                "Vance's message seemed to be that Ukraine must make a sacrifice, the Ukrainian president said, and "
                "the idea that the world should end the war at Ukraine's expense was unacceptable."
            ),
        ],
        [
            S(
                "Earlier this month the Ohio senator said a Trump settlement would turn the front line into a "
                "fortified demilitarised zone and leave Ukraine neutral, outside NATO and similar Western "
                "institutions.",
                "contradicted",
                "vance-neutrality",
                "Repeat of the neutrality proposal.",
                ["new"],
            ),
            S(
                "Zelensky said he did not regard the idea as a plan in any formal sense and that it would be an "
                "awful one if anyone tried to carry it out by making Ukraine give up territory."
            ),
            S(
                "Such a scenario had no basis in international law and would not necessarily end the war, he said, "
                "calling it sloganeering."
            ),
        ],
        [
            S(
                "Kyiv has rejected neutrality throughout the war, and its constitution has committed the country "
                "to seeking membership of the alliance since 2019.",
                "known",
                None,
                "Seed 004: 2019 amendment committing Ukraine to NATO membership.",
            ),
            S(
                "Allies meeting in Washington in July called Ukraine's path to membership irreversible, although "
                "they again issued no invitation.",
                "known",
                None,
                "Seed 003: irreversible path, no invitation.",
            ),
        ],
        [
            S(
                "Zelensky was gentler about Trump himself, saying their phone calls had been positive, but added "
                "that he did not think the former president really knew how to stop the war."
            ),
            S(
                "He is due to present a plan for victory to President Joe Biden and both candidates during his "
                "visit, which begins with a tour of an ammunition plant in Pennsylvania."
            ),
            S("Some Republicans bristled at the remarks."),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# M03 Croatia agreement at the Dubrovnik summit (on topic: bilateral count, terms)
article(
    ARTICLES,
    "m-2024-10-09-croatia-agreement",
    "2024-10-09T15:10:00+00:00",
    "https://kyivindependent.com/ukraine-croatia-bilateral-agreement/",
    S(
        "Croatia signs long-term support agreement with Ukraine at Dubrovnik summit",
        "changed",
        "croatia-agreement",
        "Another concluded bilateral agreement; the seed has only the UK's.",
    ),
    [
        [
            S(
                "DUBROVNIK, October 9 – Croatian Prime Minister Andrej Plenkovic and Volodymyr Zelensky signed a "
                "bilateral agreement on long-term cooperation and support on Wednesday, hours before a summit of "
                "South-East European leaders opened in the Adriatic city.",
                "changed",
                "croatia-agreement",
                "Croatia's agreement concluded.",
            ),
            S(
                "It is the 27th such accord Kyiv has concluded since G7 leaders issued their declaration of support "
                "at the Vilnius summit in July 2023, the presidential office said.",
                "changed",
                "agreements-27",
                "Count of concluded agreements (27) differs from the seed's one.",
            ),
        ],
        [
            S(
                "The agreement covers cooperation between the two countries' defence industries and Croatian help "
                "with demining, care for veterans and the prosecution of war crimes.",
                "new",
                "croatia-agreement-terms",
                "Scope of the Croatian agreement; no seed counterpart.",
            ),
            S(
                "Zagreb has given Ukraine about 300 million euros in aid since 2022, including 11 military "
                "packages, and will keep providing help in line with its laws, the text says.",
                "new",
                "croatia-aid",
                "Aid figures inside the agreement.",
                ["irrelevant"],
            ),
            S(
                "Like the other accords, it does not oblige Croatia to come to Ukraine's defence in the way NATO's "
                "Article 5 binds allies.",
                "known",
                None,
                "Seed 003: the G7-based guarantees do not replicate Article 5.",
            ),
        ],
        [
            S(
                "Opening the summit, Plenkovic said Croatia would keep backing Ukraine on its path to NATO "
                "membership, especially after the new Secretary General Mark Rutte visited Kyiv last week.",
                "changed",
                "rutte-secgen",
                "Names Rutte as the new Secretary General (Stoltenberg in the seeds); support for the path is known.",
                ["known"],
            ),
            S(
                "He said Russia's war was an attack on every state's sovereign right to choose its own political "
                "path and partners."
            ),
        ],
        [
            S(
                "Romania concluded its own accord on the sidelines of NATO's Washington summit in July.",
                "changed",
                "romania-agreement",
                "Another concluded bilateral agreement, told in background.",
            ),
            S(
                "Britain was the first country to sign one, in January.",
                "known",
                None,
                "Seed 003: the UK concluded the first agreement in January 2024.",
            ),
        ],
        [
            S(
                "Leaders and ministers from a dozen countries, among them Greece's Kyriakos Mitsotakis, Albania's "
                "Edi Rama and Serbia's Aleksandar Vucic, attended the one-day meeting, the third in the format."
            ),
            S(
                "Their joint declaration condemned Russia's aggression, backed Ukraine's territorial integrity "
                "including Crimea and supported its bid to join the European Union."
            ),
            S(
                "It also supported Ukraine's future membership of NATO once conditions allow, echoing the "
                "alliance's own wording.",
                "known",
                None,
                "Seed 000/003: invitation when allies agree and conditions are met.",
            ),
        ],
        [
            S(
                "Zelensky, on his first visit to Croatia, is due to present his plan for ending the war to the "
                "leaders of Britain, France, Italy and Germany over the coming days after a meeting of Ukraine's "
                "backers at Ramstein was postponed."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# M07 Witkoff: the UK-led force is "a posture and a pose" (on topic: guarantees)
article(
    ARTICLES,
    "m-2025-03-22-witkoff-posture",
    "2025-03-22T12:15:00+00:00",
    "https://kyivindependent.com/witkoff-trashes-starmers-peacekeeping-plan/",
    S(
        "Trump envoy Witkoff dismisses Starmer's plan for a Ukraine force as ‘a posture and a pose’",
        "new",
        "witkoff-posture",
        "US envoy rejects the reassurance-force plan; no seed counterpart.",
    ),
    [
        [
            S(
                "WASHINGTON, March 22 – Steve Witkoff, Donald Trump's special envoy, has dismissed British Prime "
                "Minister Keir Starmer's plan for an international force to support a ceasefire in Ukraine as "
                "“a posture and a pose”.",
                "new",
                "witkoff-posture",
                "Envoy dismisses the force plan.",
            ),
            S(
                "In an interview with Tucker Carlson released on Friday, he called the idea simplistic and said "
                "European leaders seemed to think they all had to be like Winston Churchill.",
                "new",
                "witkoff-posture",
                "Same dismissal, elaborated.",
            ),
        ],
        [
            S(
                "The notion that Russian troops would march across Europe was preposterous, Witkoff said, because "
                "the continent now had NATO, which it did not have in the Second World War."
            ),
            S(
                "He said he did not regard Putin as a bad guy and described the Russian leader as gracious and super smart."
            ),
            S(
                "Witkoff also repeated Moscow's claim that people in four occupied Ukrainian regions had voted to "
                "join Russia, in referendums that Kyiv and the West call a sham."
            ),
        ],
        [
            S(
                "Starmer has said a coalition of the willing would need planes in the air and troops on the "
                "ground, as well as strong backing from the United States, to deter Russia after a ceasefire.",
                "new",
                ["uk-troops-ready", "us-backstop"],
                "UK troop offer and the call for a US backstop; no seed counterpart.",
            ),
            S(
                "More than 30 countries have expressed willingness to contribute, Starmer's spokesman said on "
                "Monday, adding that planning had moved into an operational phase.",
                "new",
                "coalition-30",
                "Number of contributing countries; no seed counterpart.",
            ),
        ],
        [
            S(
                "Moscow has said it will not accept troops from NATO countries in Ukraine under any flag.",
                "new",
                "russia-no-nato-troops",
                "Russian objection retold.",
            ),
            S(
                "Trump, by contrast, said last month that he would be all for European troops being deployed.",
                "new",
                "trump-backs-euro-troops",
                "Trump's endorsement retold.",
            ),
            S(
                "Washington has ruled out sending its own soldiers and has said NATO membership for Kyiv is not "
                "realistic.",
                "contradicted",
                "hegseth-unrealistic",
                "US denial of membership retold.",
            ),
        ],
        [
            S(
                "Witkoff said he expected a 30-day ceasefire to be agreed soon, beginning with a halt to attacks in "
                "the Black Sea."
            ),
            S("American and Russian delegations are due to meet in Saudi Arabia on Monday."),
            S(
                "The bilateral security pacts most allies have signed with Kyiv are meant to lapse once it joins "
                "the alliance, whose leaders have declared that Ukraine's future is in NATO.",
                "known",
                None,
                "Seed 003: agreements expire on membership; 'future is in NATO'.",
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# M08 British and French military chiefs in Kyiv (on topic: reassurance force)
article(
    ARTICLES,
    "m-2025-04-05-military-chiefs-kyiv",
    "2025-04-05T16:50:00+00:00",
    "https://timesofmalta.com/article/zelensky-hails-progress-talks-french-uk-military-chiefs.1107742",
    S(
        "Zelensky reports ‘tangible progress’ on foreign force after talks with British and French military chiefs",
        "new",
        "chiefs-kyiv-talks",
        "Planning of the reassurance force; no seed counterpart.",
    ),
    [
        [
            S(
                "KYIV, April 5 – Volodymyr Zelensky said on Saturday there was tangible progress and the first "
                "details on how a security contingent of partner countries could be deployed, after talks with the "
                "British and French military chiefs in Kyiv.",
                "new",
                "chiefs-kyiv-talks",
                "Progress on deploying a partners' contingent.",
            ),
            S(
                "Admiral Tony Radakin and General Thierry Burkhard arrived by train on Friday and met Zelensky and "
                "commander-in-chief Oleksandr Syrskyi.",
                "new",
                "chiefs-kyiv-talks",
                "The visit itself; the content is in other sentences.",
                ["irrelevant"],
            ),
            S(
                "Defence Minister Rustem Umerov also took part.",
                "known",
                None,
                "Umerov as defence minister matches the seed.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "The talks covered a presence on the ground, in the sky and at sea, as well as air defence and some "
                "other sensitive matters, Zelensky said.",
                "new",
                "chiefs-kyiv-talks",
                "Shape of the force discussed.",
            ),
            S(
                "Military officials from the three countries will now meet every week, he added.",
                "new",
                "chiefs-kyiv-talks",
                "Working rhythm of the planning; minor.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "Burkhard said they had discussed reassurance options to be provided by an international coalition "
                "once a ceasefire holds.",
                "new",
                "chiefs-kyiv-talks",
                "Reassurance options from the coalition.",
            ),
            S(
                "Emmanuel Macron said such a force would be deployed behind the line of contact to deter any "
                "renewed Russian aggression.",
                "new",
                "force-behind-line",
                "Where the force would deploy; no seed counterpart.",
            ),
            S(
                "Ukraine's own army, Macron said, is and will remain its first line of defence.",
                "known",
                None,
                "Seed 003: guarantees build sustainable Ukrainian forces able to deter Russia.",
                ["new"],
            ),
        ],
        [
            S(
                "Pavlo Palisa, a deputy head of Zelensky's office, has said that 10 to 12 countries are ready to "
                "join the coalition in one form or another.",
                "new",
                "coalition-10-12",
                "Count of countries ready to join; no seed counterpart.",
            ),
            S(
                "US envoy Steve Witkoff dismissed the plan last month as a posture and a pose.",
                "new",
                "witkoff-posture",
                "Witkoff's dismissal retold.",
            ),
            S("Defence ministers from the coalition are due to meet in Brussels on April 10."),
        ],
        [
            S(
                "The visit came on the day a Russian ballistic missile killed 18 people, nine of them children, in "
                "Zelensky's home city of Kryvyi Rih."
            ),
            S(
                "Allies have promised Ukraine that its future is in NATO but have set no date for it to join.",
                "known",
                None,
                "Seeds 000/003: future in NATO, no timeline.",
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# M04 Trump names Kellogg envoy; his plan defers membership (on topic: postponement, office holder)
article(
    ARTICLES,
    "m-2024-11-27-kellogg-envoy",
    "2024-11-27T23:40:00+00:00",
    "https://www.reuters.com/world/us/trump-picks-keith-kellogg-special-envoy-ukraine-russia-2024-11-28/",
    S(
        "Trump picks Keith Kellogg, author of a plan to put Ukraine's NATO bid on hold, as envoy",
        "new",
        "kellogg-plan-postpone",
        "A plan to defer membership for a long time: not a denial, no seed counterpart.",
    ),
    [
        [
            S(
                "WASHINGTON, November 27 – President-elect Donald Trump said on Wednesday that retired Lieutenant "
                "General Keith Kellogg would serve as his special envoy for Ukraine and Russia.",
                "new",
                "kellogg-envoy",
                "A US envoy for the war; at most indirectly about the path.",
                ["irrelevant"],
            ),
            S(
                "Kellogg had been with him right from the beginning, Trump wrote, and together they would secure "
                "peace through strength."
            ),
        ],
        [
            S(
                "The 80-year-old was chief of staff of the National Security Council and national security adviser "
                "to Vice President Mike Pence during Trump's first term."
            ),
            S(
                "Earlier this year he co-wrote a plan with Fred Fleitz that would freeze the front line and tie "
                "further American weapons for Kyiv to its willingness to negotiate with Moscow.",
                "new",
                "kellogg-plan",
                "Peace plan of Trump's adviser; aid terms rather than the path.",
                ["irrelevant"],
            ),
            S(
                "Under the proposal, NATO membership for Ukraine would be put off for an extended period as an "
                "incentive for Russia to come to the table.",
                "new",
                "kellogg-plan-postpone",
                "Long postponement of membership: new by convention, not contradicted.",
            ),
            S(
                "Ukraine would still receive security guarantees and would not be asked to give up its claim to "
                "occupied land.",
                "new",
                "kellogg-plan-guarantees",
                "Guarantees as part of the plan; no seed counterpart.",
            ),
        ],
        [
            S(
                "Trump's running mate JD Vance outlined a similar settlement in September, under which Russia would "
                "receive a guarantee that Ukraine remains neutral.",
                "contradicted",
                "vance-neutrality",
                "Vance's neutrality proposal retold.",
                ["new"],
            ),
            S(
                "Trump has chosen Congressman Mike Waltz as his national security adviser, to succeed Jake Sullivan "
                "when the new administration takes office in January.",
                "changed",
                "waltz-nsa",
                "Successor named for Sullivan's office (seed holder).",
            ),
        ],
        [
            S(
                "Allies declared at their Washington summit in July that Ukraine's path to membership is "
                "irreversible.",
                "known",
                None,
                "Seed 003: irreversible path.",
            ),
            S(
                "The Biden administration has said Kyiv can join only after the war ends, since admitting it now "
                "would put NATO at war with Russia.",
                "known",
                None,
                "Seeds 000/001: Sullivan; membership only after the war.",
            ),
        ],
        [
            S("Trump has promised to end the war quickly but has given few details of how."),
            S("Russian forces are advancing in eastern Ukraine at their fastest pace since 2022."),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# M05 Oval Office clash; guarantees left out of the minerals deal (on topic: guarantees, denial retold)
article(
    ARTICLES,
    "m-2025-02-28-oval-office-clash",
    "2025-02-28T22:10:00+00:00",
    "https://kyivindependent.com/zelensky-leaves-white-house-early-following-following-heated-exchange-with-trump-minerals-deal-left-unsigned/",
    S(
        "Zelensky leaves White House without minerals deal after Oval Office clash over security guarantees",
        "new",
        "trump-declines-guarantees",
        "The dispute over a US guarantee; no seed counterpart.",
    ),
    [
        [
            S(
                "WASHINGTON, February 28 – Volodymyr Zelensky left the White House on Friday without signing a "
                "minerals agreement with the United States after a shouting match with Donald Trump and JD Vance in "
                "front of reporters in the Oval Office."
            ),
            S(
                "A joint news conference was cancelled, and Trump wrote afterwards that Zelensky could come back "
                "when he was ready for peace."
            ),
        ],
        [
            S(
                "Zelensky had said at the start that he hoped the deal would be a first step towards real security "
                "guarantees for Ukraine.",
                "new",
                "minerals-guarantee-step",
                "Kyiv's hope to turn the deal into guarantees; no seed counterpart.",
            ),
            S(
                "Europe was ready to help, he said, but without the United States it would not be as strong as "
                "needed.",
                "new",
                "us-backstop",
                "A European guarantee needs US backing; no seed counterpart.",
            ),
            S(
                "Trump declined to discuss guarantees in detail, insisting that the minerals deal itself was the "
                "key to ending the war.",
                "new",
                "trump-declines-guarantees",
                "US president withholds a guarantee commitment.",
            ),
            S(
                "Putin had broken his own signature 25 times on ceasefires and other agreements, Zelensky said, and "
                "could not be trusted."
            ),
        ],
        [
            S(
                "Vance told Zelensky it was disrespectful to litigate the matter in front of the American media."
            ),
            S(
                "“You're gambling with World War Three,” Trump told him, adding that Ukraine did not have the cards."
            ),
        ],
        [
            S(
                "Two days earlier Trump had told reporters that security guarantees would be left largely to "
                "Europe and that Ukraine could forget about joining NATO.",
                "contradicted",
                "trump-forget-nato",
                "US president rules out membership; most severe label wins over the guarantees part.",
            ),
            S(
                "Keir Starmer has offered British troops for a force to uphold a ceasefire, but he and Emmanuel "
                "Macron, who both visited Washington this week, have argued that it would need American backing.",
                "new",
                ["uk-troops-ready", "us-backstop"],
                "UK troop offer and the call for a US backstop.",
            ),
        ],
        [
            S(
                "European leaders rallied behind Zelensky, with Poland's Donald Tusk telling him he was not alone."
            ),
            S(
                "Ukraine's allies declared at Vilnius and at Washington that its future is in NATO and its path "
                "there irreversible.",
                "known",
                None,
                "Seed 003: future in NATO; irreversible path.",
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# M06 Kyiv offers a US weapons purchase for guarantees (on topic: guarantee terms)
article(
    ARTICLES,
    "m-2025-08-19-weapons-for-guarantees",
    "2025-08-19T15:40:00+00:00",
    "https://www.nationpress.com/international/ukraines-dollar90-billion-arms-plan",
    S(
        "Kyiv offers to buy 100 billion dollars of US weapons, paid for by Europe, for American guarantees",
        "new",
        "weapons-for-guarantees",
        "Proposed price of a US guarantee; no seed counterpart.",
    ),
    [
        [
            S(
                "KYIV, August 19 – Ukraine has offered to buy 100 billion dollars' worth of American weapons, "
                "financed by its European allies, in return for US security guarantees after a peace deal with "
                "Russia, the Financial Times reported on Tuesday.",
                "new",
                "weapons-for-guarantees",
                "The weapons-for-guarantees offer.",
            ),
            S(
                "The proposals were shared with allies before Zelensky's talks with Donald Trump and European "
                "leaders at the White House on Monday, according to a document seen by the paper.",
                "new",
                "weapons-for-guarantees",
                "Same offer, its circulation.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "The document names no specific weapons but says Kyiv wants at least 10 Patriot air defence systems "
                "to protect its cities and infrastructure.",
                "new",
                "weapons-for-guarantees",
                "Detail of the package.",
                ["irrelevant"],
            ),
            S(
                "Ukraine also proposes a 50 billion dollar deal under which American companies would produce drones "
                "with Ukrainian firms.",
                "new",
                "drone-deal",
                "Part of the guarantee package; minor.",
                ["irrelevant"],
            ),
            S(
                "A lasting peace must rest not on concessions and free gifts to Putin but on a strong security "
                "framework that prevents future aggression, the document says.",
                "new",
                "weapons-for-guarantees",
                "Kyiv's case for the framework; borderline.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "Speaking after the White House meeting, Zelensky said the package under discussion amounted to about "
                "90 billion dollars of US weapons paid for by Europe and would form part of the guarantees.",
                "new",
                "weapons-for-guarantees",
                "Zelensky confirms the package as part of the guarantees.",
            ),
            S(
                "He expected the guarantees to be set down on paper within a week to ten days, he said.",
                "new",
                "guarantees-ten-days",
                "Timeline for formalising guarantees; no seed counterpart.",
            ),
            S(
                "Asked about further American aid, Trump told reporters that Washington was not giving anything but selling weapons."
            ),
        ],
        [
            S(
                "Kyiv also wants Russia to pay for war damage, possibly from some 300 billion dollars of frozen "
                "Russian assets, and sanctions to be eased only once Moscow complies with a deal."
            ),
            S(
                "Moscow has warned that it will not accept Western troops in Ukraine.",
                "new",
                "russia-no-nato-troops",
                "Russian objection to a foreign force, retold.",
            ),
        ],
        [
            S(
                "The G7 declaration of 2023, on which Kyiv's existing bilateral pacts rest, promised long-term "
                "military help but no mutual-defence obligation.",
                "known",
                None,
                "Seed 003: G7 declaration, no Article 5.",
            ),
            S(
                "Zelensky has said such commitments cannot replace NATO membership, which remains Kyiv's goal.",
                "known",
                None,
                "Seed 003: guarantees cannot substitute for membership.",
            ),
        ],
    ],
    True,
)

# ============================================================================================
# NEAR OR OFF TOPIC (4)
# ============================================================================================

# --------------------------------------------------------------------------------------------
# M09 Drones shut Copenhagen airport (off topic: airspace, no on-topic line)
article(
    ARTICLES,
    "m-2025-09-23-copenhagen-drones",
    "2025-09-23T13:00:00+00:00",
    "https://en.interfax.com.ua/news/general/1106726.html",
    S("Danish leader calls drone flights that shut Copenhagen airport a serious attack"),
    [
        [
            S(
                "COPENHAGEN, September 23 – Drones that flew over Copenhagen Airport for hours on Monday evening "
                "were the most serious attack on Denmark's critical infrastructure to date, Prime Minister Mette "
                "Frederiksen said on Tuesday."
            ),
            S(
                "Several large drones forced the airport to halt take-offs and landings for about four hours, and "
                "at least 35 flights were diverted."
            ),
        ],
        [
            S(
                "Airports in Malmo, Billund, Aarhus and Gothenburg took most of the diverted flights."
            ),
            S(
                "Oslo airport in neighbouring Norway also closed for several hours after drones were spotted above it."
            ),
            S(
                "Both airports reopened early on Tuesday, though delays continued through the morning."
            ),
        ],
        [
            S(
                "Police said they did not know who was behind the flights, but the number and size of the drones "
                "and their flight patterns pointed to a capable actor."
            ),
            S(
                "Frederiksen said she could not rule out Russia, citing recent drone incursions in Poland and "
                "Romania and the violation of Estonia's airspace by Russian fighter jets."
            ),
            S(
                "Kremlin spokesman Dmitry Peskov dismissed the suggestion as another unfounded accusation."
            ),
        ],
        [
            S(
                "NATO Secretary General Mark Rutte said it was too early to say whether Russia was involved."
            ),
            S(
                "Sweden's defence minister said the armed forces had been told they could use weapons against "
                "intruding aircraft if necessary."
            ),
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# M11 Letter of intent for 100 Rafale jets (off topic: arms; incidental guarantee lines)
article(
    ARTICLES,
    "m-2025-11-17-rafale-letter",
    "2025-11-17T17:20:00+00:00",
    "https://www.businessday.co.za/world/europe/2025-11-17-zelensky-and-macron-sign-letter-of-intent-for-100-rafale-jet-fighters/",
    S("Ukraine signs letter of intent to buy up to 100 French Rafale jets"),
    [
        [
            S(
                "PARIS, November 17 – Ukraine signed a letter of intent on Monday to acquire up to 100 Rafale "
                "fighter jets from France over the next ten years, President Volodymyr Zelensky said after talks "
                "with Emmanuel Macron."
            ),
            S(
                "The two leaders signed the document in front of one of the Dassault-made jets at the Villacoublay "
                "air base outside Paris."
            ),
        ],
        [
            S(
                "The deal also covers the next generation of SAMP/T air defence systems, radars and drones, the "
                "Elysee said."
            ),
            S(
                "It is a political commitment rather than a purchase contract, and Paris hopes to finance it "
                "through EU programmes and the planned use of frozen Russian assets."
            ),
            S("Zelensky said it would give Ukraine one of the greatest air defences in the world."),
        ],
        [
            S(
                "Macron said there would need to be a regeneration of the Ukrainian army after any peace so that it "
                "could deter any new Russian incursion.",
                "known",
                None,
                "Seed 003: sustainable Ukrainian forces capable of deterring Russia.",
                ["irrelevant", "new"],
            ),
            S("He said he hoped peace would be reached before his term ends in 2027."),
            S(
                "The two leaders also visited the headquarters near Paris from which a multinational force for "
                "Ukraine would be commanded once a ceasefire is agreed.",
                "new",
                "coalition-hq",
                "Command of the post-ceasefire force; no seed counterpart.",
            ),
        ],
        [
            S("Dassault shares rose more than 7% in Paris trading."),
            S(
                "Last month Zelensky signed a similar letter of intent with Sweden for 100 to 150 Gripen jets."
            ),
            S(
                "The visit came as Kyiv reels from a corruption scandal in the energy sector and Russian forces "
                "close in on the eastern city of Pokrovsk."
            ),
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# M10 Georgia shelves EU accession talks (off topic: EU enlargement; incidental Bucharest line)
article(
    ARTICLES,
    "m-2024-11-28-georgia-eu-suspend",
    "2024-11-28T20:30:00+00:00",
    "https://en.trend.az/scaucasus/georgia/3976464.html",
    S("Georgia shelves EU accession talks until 2028, sparking protests in Tbilisi"),
    [
        [
            S(
                "TBILISI, November 28 – Georgia will not put the opening of accession talks with the European Union "
                "on its agenda until the end of 2028, Prime Minister Irakli Kobakhidze said on Thursday."
            ),
            S("The government will also turn down budget support grants from the bloc, he said."),
        ],
        [
            S(
                "Kobakhidze presented the decision as a response to a European Parliament resolution that rejected "
                "the result of last month's parliamentary election and called for a rerun under international "
                "supervision."
            ),
            S("He said Georgia still aimed to join the EU by 2030."),
        ],
        [
            S(
                "Thousands of protesters gathered outside parliament and the Georgian Dream party's offices in the "
                "evening, accusing the government of abandoning the country's European course."
            ),
            S(
                "President Salome Zourabichvili, who has refused to recognise the election result, called an "
                "emergency meeting with foreign ambassadors."
            ),
            S("The interior ministry said a police officer was injured in clashes."),
        ],
        [
            S(
                "Brussels had already frozen Georgia's accession process in practice over a foreign agents law "
                "passed in the spring."
            ),
            S(
                "Georgia, like Ukraine, was told by NATO allies at Bucharest in 2008 that it would one day become a "
                "member of the alliance.",
                "known",
                None,
                "Seed 000: Bucharest promise to Ukraine and Georgia.",
                ["irrelevant"],
            ),
            S(
                "Russian troops have occupied about a fifth of Georgia's territory since the war of August 2008.",
                "known",
                None,
                "Seeds 000/001: Russia invaded Georgia in 2008.",
                ["irrelevant"],
            ),
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# M12 Underwater attack on the Crimean Bridge (off topic: war; incidental Russian demand)
article(
    ARTICLES,
    "m-2025-06-03-crimean-bridge",
    "2025-06-03T14:30:00+00:00",
    "https://www.themoscowtimes.com/2025/06/03/ukraines-sbu-claims-it-attacked-crimean-bridge-with-underwater-bomb-a89319",
    S("Ukraine's SBU says it hit the Crimean Bridge with underwater explosives"),
    [
        [
            S(
                "KYIV, June 3 – Ukraine's Security Service said on Tuesday that it had struck the bridge linking "
                "Russia to occupied Crimea with explosives placed under water, damaging the base of its supports."
            ),
            S(
                "The first charge went off at 4:44 in the morning and no civilians were hurt, the agency said on Telegram."
            ),
        ],
        [
            S(
                "Its agents spent several months preparing the operation and used the equivalent of 1,100 kilograms "
                "of TNT, the service said, publishing video of the blast."
            ),
            S(
                "It was the third attack on the bridge since the full-scale invasion, after a truck bomb in 2022 "
                "and sea drones in 2023."
            ),
            S(
                "SBU chief Vasyl Maliuk, who oversaw the operation, called the bridge a fully legitimate target "
                "because it serves as a supply route for Russian forces."
            ),
        ],
        [
            S(
                "Russian authorities did not comment on the claim, but traffic across the bridge was halted for "
                "several hours in the morning."
            ),
            S(
                "Pro-Kremlin channels said the supports were intact and that the bridge was working normally."
            ),
        ],
        [
            S(
                "The strike came two days after Ukrainian drones hit bombers at airfields deep inside Russia in an "
                "operation Kyiv called Spiderweb."
            ),
            S(
                "Russian and Ukrainian delegations met in Istanbul on Monday for a second round of direct talks and "
                "agreed to exchange more prisoners."
            ),
            S(
                "Moscow's delegation handed over a memorandum whose terms include Ukraine's neutrality.",
                "contradicted",
                "istanbul-neutrality",
                "Russian demand of neutrality; contradicted with new accepted.",
                ["new"],
            ),
        ],
    ],
    False,
)
