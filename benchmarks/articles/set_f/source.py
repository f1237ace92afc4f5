"""Article set f: the articles, sentence by sentence with their gold (`python3 ../build.py set_f`)."""

from corpus import S, article

CHANNEL = "Article set f: Ukraine, NATO and beyond"
DESCRIPTION = "12 articles rewritten from real 2025-2026 coverage (links point at the originals)."
ARTICLES: list = []

# ============================================================================================
# ON TOPIC (8)
# ============================================================================================

# --------------------------------------------------------------------------------------------
# F01 UK-Ukraine 100-year partnership (on topic: new treaty, post-war role; long background)
article(
    ARTICLES,
    "arf-2025-01-16-uk-century-partnership",
    "2025-01-16T17:05:00+00:00",
    "https://cp24.com/news/world/2025/01/16/uks-starmer-in-kyiv-for-security-talks-with-a-pledge-for-a-100-year-partnership-with-ukraine",
    S(
        "Starmer seals century-long partnership with Kyiv on first visit as prime minister",
        "new",
        "uk-century-partnership",
        "A new UK-Ukraine treaty; no seed counterpart.",
    ),
    [
        [
            S(
                "KYIV, January 16 – British Prime Minister Keir Starmer and President Volodymyr Zelensky put "
                "their names on Thursday to a treaty binding the two countries together for the next hundred "
                "years, days before Donald Trump returns to the White House.",
                "new",
                "uk-century-partnership",
                "The 100-year partnership is signed; no seed counterpart.",
            ),
            S(
                "Starmer, who had not travelled to Ukraine since taking office in July, was met at the railway "
                "station by Kyiv's ambassador to London, Valerii Zaluzhnyi."
            ),
        ],
        [
            S(
                "“We are with you not just today or tomorrow, but for 100 years,” Starmer told his host, "
                "promising that Britain would do its share to guarantee Ukraine's security once the fighting "
                "stops.",
                "new",
                "uk-postwar-role",
                "A UK pledge to take part in post-war guarantees; no seed counterpart.",
            )
        ],
        [
            S(
                "The document commits the two governments to work together on maritime security in the Baltic, "
                "the Black Sea and the Sea of Azov and on drone technology, among other fields.",
                "new",
                "uk-century-partnership",
                "Scope of the new treaty (required new by convention).",
            ),
            S(
                "It also sets up a system to trace grain that Russia ships out of occupied Ukrainian regions."
            ),
        ],
        [
            S(
                "The text restates London's support for Ukraine's “irreversible” path to full membership of "
                "NATO, borrowing the word allied leaders chose at their Washington summit last July.",
                "known",
                None,
                "Seed 003: the Washington summit called the path irreversible.",
            )
        ],
        [
            S(
                "Britain was already the first country to turn the Group of Seven's 2023 pledge into a signed "
                "bilateral security accord with Ukraine, a step it took in January of last year.",
                "known",
                None,
                "Seed 003: the UK concluded the first bilateral agreement on 12 January 2024.",
            ),
            S(
                "Those accords promise long-term help in building Ukrainian forces and talks within a day of any "
                "fresh Russian attack, but none of them carries the mutual-defence clause that protects members "
                "of the alliance.",
                "known",
                None,
                "Seed 003: sustainable forces, consultation within 24 hours, no Article 5.",
            ),
            S(
                "Zelensky has said from the start that such promises, however welcome, are no replacement for a "
                "seat at the alliance table.",
                "known",
                None,
                "Seed 003: Zelensky said the agreements cannot substitute for membership.",
            ),
        ],
        [
            S(
                "While the two leaders met at the presidential palace, debris from Russian drones downed by air "
                "defences fell in at least four districts of the capital."
            ),
            S("Starmer later visited a burns unit at a Kyiv hospital."),
        ],
        [S("Trump has promised to end the war quickly but has not said how.")],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# F02 London summit launches the coalition of the willing (on topic: guarantees)
article(
    ARTICLES,
    "arf-2025-03-02-london-coalition",
    "2025-03-02T19:40:00+00:00",
    "https://www.hindustantimes.com/world-news/british-pm-starmer-announces-four-step-plan-to-defend-ukraine-says-time-to-act-not-talk-101740944785353.html",
    S(
        "Starmer says a 'coalition of the willing' will guard any Ukraine peace deal",
        "new",
        "coalition-launch",
        "The coalition of the willing is announced; no seed counterpart.",
    ),
    [
        [
            S(
                "LONDON, March 2 – Britain, France and a group of other countries will form a “coalition of the "
                "willing” to defend a future ceasefire in Ukraine and guarantee the peace, Prime Minister Keir "
                "Starmer said on Sunday after hosting 18 leaders at Lancaster House.",
                "new",
                "coalition-launch",
                "Announcement of the coalition to guarantee a peace deal.",
            ),
            S(
                "The meeting came two days after Zelensky's visit to the Oval Office ended in a shouting match "
                "with Donald Trump and Vice President JD Vance."
            ),
        ],
        [S("Starmer said the leaders had settled on four steps.")],
        [
            S(
                "The first two bind them to keep weapons flowing to Kyiv, to raise the economic pressure on Moscow "
                "and to insist that Ukraine sits at any negotiating table.",
                "new",
                "london-four-steps",
                "Part of the summit's plan; mostly about the war and the talks.",
                ["irrelevant"],
            ),
            S(
                "Under the other two, they would go on strengthening Ukraine's own forces after a deal so that "
                "Russia could not invade again, and those ready to do so would stand behind the settlement "
                "themselves.",
                "new",
                "coalition-launch",
                "Post-deal deterrence and a coalition guaranteeing it; no seed counterpart.",
            ),
        ],
        [
            S(
                "“The UK is prepared to back this with boots on the ground and planes in the air, together with "
                "others,” Starmer said, adding that Europe must do the heavy lifting.",
                "new",
                "uk-troops-offer",
                "British readiness to deploy troops to back a settlement; no seed counterpart.",
            )
        ],
        [
            S(
                "He also announced 1.6 billion pounds of export finance to let Ukraine buy more than 5,000 air "
                "defence missiles."
            ),
            S(
                "European Commission President Ursula von der Leyen suggested the bloc could relax its borrowing "
                "rules so that governments can spend more on their armies."
            ),
        ],
        [S("Kyiv has little faith in paper promises.")],
        [
            S(
                "In 1994 it handed over the Soviet nuclear weapons left on its soil in return for pledges from "
                "Russia, Britain and the United States to respect its borders, pledges Moscow tore up in 2014.",
                "known",
                None,
                "Seed 001: the Budapest Memorandum and Russia's disregard for it.",
            ),
            S(
                "The long-term assurances the Group of Seven gave it in 2023 cover weapons, training and "
                "consultations, not a promise to fight for it.",
                "known",
                None,
                "Seed 003: the G7 declaration does not replicate Article 5.",
            ),
        ],
        [
            S(
                "Italian Prime Minister Giorgia Meloni warned before the talks that the West must not be allowed "
                "to split."
            )
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# F03 Waltz out, Rubio national security adviser (on topic: office holder)
article(
    ARTICLES,
    "arf-2025-05-01-rubio-nsa",
    "2025-05-01T22:15:00+00:00",
    "https://themedialine.org/headlines/trump-fires-national-security-adviser-mike-waltz-appoints-marco-rubio-as-interim-replacement",
    S(
        "Rubio takes over as Trump's national security adviser while staying at State",
        "changed",
        "nsa-rubio",
        "Office holder: US national security adviser, Sullivan in the seeds, now Rubio.",
    ),
    [
        [
            S(
                "WASHINGTON, May 1 – President Donald Trump on Thursday removed Mike Waltz as his national "
                "security adviser and gave the job, for now, to Secretary of State Marco Rubio.",
                "changed",
                "nsa-rubio",
                "Rubio now holds the post the seeds give to Sullivan.",
            ),
            S(
                "Waltz will be nominated as ambassador to the United Nations, a post left empty since the "
                "nomination of Elise Stefanik was withdrawn."
            ),
        ],
        [
            S(
                "Rubio becomes the first person since Henry Kissinger in the 1970s to run the State Department "
                "and the National Security Council at the same time.",
                "changed",
                "nsa-rubio",
                "Restates that Rubio holds the national security adviser's post.",
                ["irrelevant"],
            )
        ],
        [
            S(
                "Waltz had been under pressure since March, when he added the editor of The Atlantic to a group "
                "chat in which senior officials discussed strikes on the Houthis in Yemen."
            ),
            S(
                "More than 20 staff of the council have been dismissed since the start of April, and his deputy "
                "Alex Wong is also expected to go."
            ),
        ],
        [
            S(
                "Waltz moved into the White House in January in place of Jake Sullivan, who had advised Joe Biden "
                "throughout the war.",
                "changed",
                "nsa-waltz",
                "Sullivan (seed 000) left the post; Waltz succeeded him.",
            ),
            S(
                "It was Sullivan who argued, at the alliance's Vilnius summit in 2023, that letting Ukraine in "
                "while the shooting went on would leave NATO at war with Russia.",
                "known",
                None,
                "Seed 000/001: Sullivan's remark at Vilnius.",
            ),
        ],
        [
            S(
                "Rubio has led several rounds of the administration's talks on the war, including the meeting in "
                "Jeddah in March where Kyiv accepted an American proposal for a 30-day ceasefire."
            ),
            S(
                "Special envoy Steve Witkoff, who has met Vladimir Putin several times, is not expected to be "
                "named to the post permanently."
            ),
        ],
        [
            S(
                "State Department spokeswoman Tammy Bruce learned of her boss's new role from a reporter during "
                "Thursday's briefing."
            )
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# F04 Nawrocki sworn in (on topic: office holder, veto pledge; long background)
article(
    ARTICLES,
    "arf-2025-08-06-nawrocki-sworn-in",
    "2025-08-06T13:30:00+00:00",
    "https://www.politico.eu/article/new-polish-president-karol-nawrocki-pm-donald-tusk-clash/",
    S(
        "Nawrocki takes oath as Poland's president, ending Duda's decade in office",
        "changed",
        "poland-nawrocki",
        "Office holder: President of Poland, Duda in seed 002, now Nawrocki.",
    ),
    [
        [
            S(
                "WARSAW, August 6 – Karol Nawrocki was sworn in as President of Poland on Wednesday before a "
                "joint sitting of the Sejm and the Senate.",
                "changed",
                "poland-nawrocki",
                "Nawrocki now holds the office the seed gives to Duda.",
            ),
            S(
                "The 42-year-old historian, backed by the Law and Justice party, beat Warsaw mayor Rafal "
                "Trzaskowski in the June 1 runoff with 50.89 percent of the vote.",
                "changed",
                "poland-nawrocki",
                "Background of the succession.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "In his inaugural address he promised a “sovereign Poland” that is in the European Union but is "
                "not the European Union, and said he would never agree to the euro."
            ),
            S("Prime Minister Donald Tusk, his main rival, called it a sad day."),
        ],
        [
            S(
                "Nawrocki succeeds Andrzej Duda, who served the maximum two terms.",
                "changed",
                "poland-nawrocki",
                "Duda has left the office.",
            )
        ],
        [S("Duda was among the most insistent voices for Kyiv inside the alliance.")],
        [
            S(
                "Before the 2023 summit in Vilnius he sketched what became known as the Israeli formula, a "
                "ten-year security partnership on the model of American ties with Israel, heavy on arms, "
                "intelligence and technology but with no duty of mutual defence and no NATO seat.",
                "known",
                None,
                "Seed 002: Duda's description of the Israeli formula.",
            )
        ],
        [S("His successor sounds warier.")],
        [
            S(
                "During the campaign Nawrocki said he saw no place for Ukraine in the alliance while the war "
                "lasts, since that would draw NATO into the fighting.",
                "known",
                None,
                "Restates the seeds: no membership during the war (Sullivan, Zelensky).",
                ["contradicted"],
            ),
            S(
                "In May he also signed a declaration promising that, as president, he would not put his name to "
                "any law ratifying Ukraine's accession to NATO.",
                "contradicted",
                "nawrocki-no-ratification",
                "A veto pledge from an ally's head of state; conflicts with Ukraine's future being in NATO.",
            ),
        ],
        [
            S(
                "Polish presidents can veto legislation and have a say in foreign and defence policy."
            ),
            S(
                "Nawrocki has also demanded that Kyiv face up to the Volhynia massacres of the 1940s."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# F05 Trump's "no going into NATO" before the White House meeting (on topic: denial)
article(
    ARTICLES,
    "arf-2025-08-18-trump-no-nato",
    "2025-08-18T06:20:00+00:00",
    "https://caliber.az/en/post/trump-rules-out-ukraine-joining-nato-or-getting-crimea-back-ahead-of-meeting-with-zelenskyy",
    S(
        "Trump: no Crimea and no NATO for Ukraine, hours before hosting Zelensky",
        "contradicted",
        "trump-no-nato-aug",
        "A denial of membership by the US president.",
    ),
    [
        [
            S(
                "WASHINGTON, August 18 – President Donald Trump said late on Sunday that Volodymyr Zelensky could "
                "end the war with Russia “almost immediately” if he wanted to, or keep fighting."
            ),
            S(
                "In the same Truth Social post he wrote that there would be no getting Crimea back, and, in "
                "capital letters, that there would be no going into NATO by Ukraine.",
                "contradicted",
                "trump-no-nato-aug",
                "The US president rules out membership.",
            ),
        ],
        [
            S(
                "“Some things never change,” he added.",
                "contradicted",
                "trump-no-nato-aug",
                "Part of the same denial.",
                ["irrelevant"],
            )
        ],
        [
            S(
                "Zelensky, who flew into Washington on Sunday night, is to meet Trump on Monday together with the "
                "leaders of Britain, France, Germany, Italy and Finland, the head of the European Commission and "
                "NATO Secretary General Mark Rutte."
            )
        ],
        [
            S(
                "Special envoy Steve Witkoff said after the Alaska summit that Putin had agreed the United States "
                "and Europe could offer Ukraine protection resembling the alliance's Article 5.",
                "new",
                "witkoff-article5-like",
                "An Article-5-like offer; no seed counterpart.",
            ),
            S(
                "Kyiv wants any such guarantee spelled out before it discusses territory.",
                "new",
                "kyiv-guarantees-first",
                "Ukraine's condition on guarantees; no seed counterpart.",
                ["irrelevant"],
            ),
        ],
        [S("The post sits awkwardly with what the allies have told Kyiv in writing.")],
        [
            S(
                "In Vilnius in 2023 they agreed that the country's future lay in NATO, and in Washington a year "
                "later they called its road to membership irreversible.",
                "known",
                None,
                "Seeds 001 and 003: future in NATO; irreversible path.",
            ),
            S(
                "Neither summit set a date or issued an invitation.",
                "known",
                None,
                "Seeds: no timeline and no invitation.",
            ),
        ],
        [
            S(
                "In an interview with Time magazine in April, Trump said he did not think Ukraine would ever be "
                "able to join, and that talk of membership was what started the war.",
                "contradicted",
                "trump-time-never",
                "A denial that Ukraine will ever join.",
            )
        ],
        [
            S(
                "Russian drones struck an apartment block in Kharkiv overnight, killing at least seven people, "
                "the city's mayor said."
            )
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# F06 Leaked 28-point plan (on topic: US draft requiring renunciation; long background)
article(
    ARTICLES,
    "arf-2025-11-21-28-point-plan",
    "2025-11-21T11:00:00+00:00",
    "https://lordspress.co.uk/defense/read-trumps-latest-russia-ukraine-peace-plan",
    S(
        "US draft plan would have Kyiv renounce NATO for good and cap its army",
        "contradicted",
        "us-plan-no-nato",
        "The US draft requires Ukraine to renounce membership.",
    ),
    [
        [
            S(
                "KYIV, November 21 – A 28-point plan that Washington has put to Kyiv would oblige Ukraine to write "
                "into its constitution that it will not join NATO.",
                "contradicted",
                "us-plan-no-nato",
                "The US draft requires renouncing membership.",
            ),
            S(
                "The alliance, for its part, would add a clause to its own rules saying Ukraine will not be "
                "admitted at any time in the future.",
                "contradicted",
                "us-plan-no-nato",
                "Membership excluded for ever.",
            ),
        ],
        [
            S(
                "The draft, first circulated on Ukrainian Telegram channels and later confirmed by several news "
                "outlets, also says NATO would not station troops in Ukraine, while European fighter jets would "
                "be based in Poland.",
                "new",
                "us-plan-no-nato-troops",
                "Security arrangement in the draft; no seed counterpart.",
            ),
            S(
                "Ukraine's armed forces would be held to 600,000 personnel.",
                "new",
                "us-plan-army-cap",
                "A cap on the army as part of the security terms; no seed counterpart.",
            ),
        ],
        [
            S(
                "In return Kyiv would get what the text calls “reliable security guarantees”, for which the United "
                "States would be compensated and which would lapse if Ukraine attacked Russia.",
                "new",
                "us-plan-guarantee",
                "The draft's guarantee terms; no seed counterpart.",
            )
        ],
        [
            S(
                "Crimea, Luhansk and Donetsk would be recognised as Russian in practice, and the front lines in "
                "Kherson and Zaporizhzhia would be frozen."
            ),
            S(
                "Russia would be offered a path back into the world economy and an invitation to rejoin the "
                "Group of Eight."
            ),
        ],
        [S("The clause has alarmed Kyiv's European partners.")],
        [
            S(
                "At Bucharest in 2008 they declared that Ukraine would one day be a member, though without a "
                "timetable or an action plan to get there.",
                "known",
                None,
                "Seed 000/004: will become members, no date, no MAP.",
            ),
            S(
                "At Vilnius they waived the action plan altogether, and at Washington they described Kyiv's course "
                "toward the alliance as one that cannot be reversed.",
                "known",
                None,
                "Seeds 001/003: MAP dropped; irreversible path.",
            ),
            S(
                "Any enlargement still needs the consent of every member government.",
                "known",
                None,
                "Seed 000: new members need unanimous approval.",
            ),
        ],
        [
            S(
                "Zelensky said in an evening address that Ukraine might have to choose between its dignity and "
                "the risk of losing a key partner."
            )
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# F07 Mar-a-Lago: 15 years offered, Kyiv wants 50 (on topic: guarantee terms)
article(
    ARTICLES,
    "arf-2025-12-29-guarantee-fifteen-years",
    "2025-12-29T16:45:00+00:00",
    "https://graphiconline.com/international/international-news/us-offered-ukraine-15-year-security-guarantee-says-zelensky.html",
    S(
        "Zelensky says Washington offered 15 years of guarantees and he asked for up to 50",
        "new",
        ["us-15-year-guarantee", "zelensky-50-years"],
        "Term of the offered US guarantee and Kyiv's request.",
    ),
    [
        [
            S(
                "KYIV, December 29 – The United States has offered Ukraine security guarantees that would run for "
                "15 years and could be extended, President Volodymyr Zelensky said on Monday, a day after meeting "
                "Donald Trump at his Mar-a-Lago club in Florida.",
                "new",
                "us-15-year-guarantee",
                "Term of the US guarantee; no seed counterpart.",
            ),
            S(
                "He told reporters he had urged Trump to think about 30, 40 or even 50 years, since the war had "
                "in effect been going on for almost 15 already.",
                "new",
                "zelensky-50-years",
                "Kyiv's request for a longer guarantee; no seed counterpart.",
            ),
            S(
                "Trump said he would consider it, according to Zelensky.",
                "new",
                "zelensky-50-years",
                "Response to the same request.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "Any American pledge would go to the US Congress and to Ukraine's parliament for approval, "
                "Zelensky said.",
                "new",
                "guarantee-ratification",
                "Ratification of the guarantee; no seed counterpart.",
            )
        ],
        [
            S(
                "After Sunday's talks Trump said the two sides were “close to 95%” on the guarantees and that "
                "European countries would carry a big part of the burden, with American backing.",
                "new",
                "us-guarantee-near-deal",
                "State of the guarantee talks; no seed counterpart.",
            )
        ],
        [
            S(
                "The unresolved issues are territory in the Donetsk region and control of the Zaporizhzhia nuclear "
                "power plant, Zelensky said."
            ),
            S("Trump spoke to Vladimir Putin by phone before the meeting."),
        ],
        [
            S(
                "Moscow has said it will not accept troops from NATO countries on Ukrainian soil.",
                "new",
                "russia-rejects-nato-troops",
                "Russian objection to a post-war force; no seed counterpart.",
            )
        ],
        [
            S(
                "Kyiv's insistence on firm, long-lasting commitments stems from 1994, when it gave up the nuclear "
                "arsenal it inherited from the Soviet Union in exchange for assurances from Moscow, London and "
                "Washington that its borders would be respected.",
                "known",
                None,
                "Seed 001: the Budapest Memorandum.",
            ),
            S(
                "Those assurances did not stop Russia from seizing Crimea 20 years later.",
                "known",
                None,
                "Seed 001: Russia disregarded its commitments; Crimea 2014.",
            ),
        ],
        [
            S(
                "Since 2023 Zelensky has also maintained that guarantees from individual allies can only bridge "
                "the gap until Ukraine becomes a member, not fill it.",
                "known",
                None,
                "Seed 003: the agreements cannot substitute for membership.",
            )
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# F08 Fedorov becomes defence minister (on topic: office holders told indirectly)
article(
    ARTICLES,
    "arf-2026-01-14-fedorov-defence",
    "2026-01-14T13:10:00+00:00",
    "https://en.interfax.com.ua/news/general/1136208.html",
    S(
        "Rada confirms Fedorov as Ukraine's defence minister at second attempt",
        "changed",
        "defmin-fedorov",
        "Office holder: defence minister, Umerov in the seeds, now Fedorov.",
    ),
    [
        [
            S(
                "KYIV, January 14 – Ukraine's parliament appointed Mykhailo Fedorov defence minister on "
                "Wednesday, with 277 lawmakers voting in favour.",
                "changed",
                "defmin-fedorov",
                "New defence minister.",
            ),
            S("A day earlier the same motion had fallen 20 votes short of the 226 needed."),
        ],
        [
            S(
                "Fedorov, who turns 35 next week, had run the digital transformation ministry since it was created "
                "in 2019 and oversaw the expansion of drone production after the invasion.",
                "changed",
                "defmin-fedorov",
                "Background of the new office holder.",
                ["irrelevant"],
            ),
            S(
                "He is the fourth person to lead the defence ministry since February 2022.",
                "changed",
                "defmin-fedorov",
                "Count of holders since the invasion implies successors to the seed's Umerov.",
            ),
        ],
        [
            S(
                "Lawmakers also made Denys Shmyhal first deputy prime minister and energy minister, less than six "
                "months after he moved to defence.",
                "changed",
                "defmin-fedorov",
                "Shmyhal leaves defence in the same reshuffle.",
                ["irrelevant"],
            )
        ],
        [
            S(
                "Shmyhal took over the ministry in July, when Rustem Umerov left it to head the National Security "
                "and Defence Council.",
                "changed",
                ["defmin-shmyhal", "nsdc-umerov"],
                "Umerov (seed's defence minister) replaced by Shmyhal; Umerov takes the NSDC post, Danilov's in "
                "the seed.",
            )
        ],
        [
            S("Zelensky said the new minister's most urgent task was to protect the sky."),
            S(
                "Addressing the chamber, Fedorov said about two million men had evaded mobilisation and 200,000 "
                "soldiers had left their units without permission."
            ),
        ],
        [
            S(
                "The reshuffle began on January 2, when Zelensky named military intelligence chief Kyrylo Budanov "
                "to run his office.",
                "changed",
                "pres-office-budanov",
                "Head of the President's Office: Yermak in the seeds, now Budanov.",
            ),
            S(
                "The post had been vacant since Andriy Yermak resigned in late November, hours after "
                "anti-corruption investigators searched his home.",
                "changed",
                "yermak-resigned",
                "Yermak, the seed's office holder, has left.",
            ),
        ],
        [S("Parliament also extended martial law and general mobilisation for another 90 days.")],
    ],
    True,
)

# ============================================================================================
# NEAR OR OFF TOPIC (4)
# ============================================================================================

# --------------------------------------------------------------------------------------------
# F09 Estonia airspace violation, Article 4 (off topic; incidental counts)
article(
    ARTICLES,
    "arf-2025-09-19-estonia-airspace",
    "2025-09-19T18:30:00+00:00",
    "https://news.err.ee/1609808765/estonia-requests-nato-article-4-consultations-after-airspace-violation",
    S("Estonia seeks NATO consultations after Russian fighters enter its airspace"),
    [
        [
            S(
                "TALLINN, September 19 – Three Russian MiG-31 fighter jets flew into Estonian airspace near the "
                "island of Vaindloo on Friday and stayed for 12 minutes, the government said."
            ),
            S(
                "Italian F-35s flying the alliance's Baltic air policing mission were scrambled to escort them "
                "away."
            ),
        ],
        [
            S(
                "Prime Minister Kristen Michal said Tallinn would ask for consultations under Article 4 of the "
                "North Atlantic Treaty."
            ),
            S(
                "Envoys of all 32 allies are expected to meet in Brussels early next week.",
                "changed",
                "alliance-32",
                "A 32-member alliance (seed: 31); incidental.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "Russia's defence ministry denied that its aircraft had left neutral waters over the Gulf of "
                "Finland."
            )
        ],
        [
            S(
                "It was the second such request in ten days: Poland invoked the same article after some 20 "
                "Russian drones crossed its border on September 10."
            ),
            S(
                "The alliance responded to that incursion by launching Eastern Sentry, an operation to reinforce "
                "air defences along its eastern flank."
            ),
        ],
        [
            S(
                "Finland, which ended decades of non-alignment and was admitted to the alliance in 2023, said "
                "it was following the incident closely from across the gulf.",
                "known",
                None,
                "Seed 001: Finland dropped non-alignment and was admitted.",
            )
        ],
        [
            S(
                "NATO Secretary General Mark Rutte called the flight reckless and said allies would defend every "
                "inch of their territory."
            ),
            S(
                "European Union foreign policy chief Kaja Kallas called it an extremely dangerous provocation."
            ),
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# F10 Kyiv anti-corruption protests (off topic; incidental known)
article(
    ARTICLES,
    "arf-2025-07-23-nabu-protests",
    "2025-07-23T20:50:00+00:00",
    "https://kyivindependent.com/thousands-protest-in-kyiv-against-law-curbing-anti-corruption-agencies",
    S("Thousands rally in Kyiv against law curbing anti-corruption watchdogs"),
    [
        [
            S(
                "KYIV, July 23 – Thousands of people gathered in central Kyiv for a second night on Wednesday to "
                "protest against a law that strips the country's anti-corruption agencies of their "
                "independence."
            ),
            S(
                "The law, rushed through parliament on Tuesday and signed by President Volodymyr Zelensky the same "
                "evening, places the National Anti-Corruption Bureau and the specialised anti-corruption "
                "prosecutor under the Prosecutor General."
            ),
        ],
        [
            S(
                "It was the largest street protest since Russia's full-scale invasion in February 2022."
            ),
            S("Many demonstrators were young, and some held cardboard signs."),
        ],
        [
            S("EU enlargement commissioner Marta Kos called the vote a serious step back."),
            S(
                "Brussels has made the independence of the two bodies a condition of the accession talks Kyiv "
                "hopes to open."
            ),
        ],
        [
            S(
                "Zelensky said on Thursday he would put forward a new bill to protect the agencies from Russian "
                "interference while preserving their independence."
            )
        ],
        [
            S(
                "The agencies, set up after the 2014 revolution with Western support, have investigated ministers, "
                "judges and lawmakers."
            )
        ],
        [
            S(
                "Allies who doubt that Ukraine is ready to join NATO have long pointed to corruption and the need "
                "for military reform as reasons for caution.",
                "known",
                None,
                "Seed 002: some doubt Ukraine's readiness, citing reform and corruption.",
            )
        ],
        [S("Ukraine's Western partners cover a large part of its budget while the war goes on.")],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# F11 Usyk knocks out Dubois (off topic)
article(
    ARTICLES,
    "arf-2025-07-19-usyk-dubois",
    "2025-07-19T23:55:00+00:00",
    "https://www.skysports.com/boxing/news/12183/13397512/oleksandr-usyk-knocks-out-daniel-dubois-to-become-undisputed-again",
    S("Usyk stops Dubois at Wembley to reclaim undisputed heavyweight crown"),
    [
        [
            S(
                "LONDON, July 19 – Oleksandr Usyk knocked out Daniel Dubois in the fifth round at Wembley Stadium "
                "on Saturday to become undisputed heavyweight champion for the second time."
            ),
            S(
                "The 38-year-old Ukrainian dropped Dubois with a right hook early in the round and finished him "
                "with a left shortly afterwards."
            ),
        ],
        [S("About 90,000 people watched the fight.")],
        [
            S(
                "Usyk had already beaten Dubois in Wroclaw in 2023, and he twice outpointed Tyson Fury in "
                "Riyadh."
            )
        ],
        [S("He gave up the IBF belt last year, and Dubois won it before this rematch.")],
        [S("“I want to thank my family and my team,” Usyk said in the ring.")],
        [
            S("Dubois said he had been beaten by a great champion and would be back."),
            S(
                "Usyk did not say who he would fight next, though promoters mentioned Joseph Parker and Derek "
                "Chisora."
            ),
        ],
        [
            S(
                "Back in Ukraine, fans watched the bout in bars and shelters in the early hours of Sunday."
            )
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# F12 EU agrees a 90-billion-euro loan (off topic; incidental optional new)
article(
    ARTICLES,
    "arf-2025-12-19-eu-loan",
    "2025-12-19T04:30:00+00:00",
    "https://www.euronews.com/my-europe/2025/12/19/eu-leaders-agree-90-billion-loan-for-ukraine",
    S("EU leaders agree 90 billion euros of joint borrowing for Ukraine after assets plan stalls"),
    [
        [
            S(
                "BRUSSELS, December 19 – European Union leaders agreed early on Friday to lend Ukraine 90 billion "
                "euros over the next two years, raised by joint borrowing on the markets."
            ),
            S(
                "The deal came after a night of talks failed to overcome Belgium's objections to using frozen "
                "Russian central bank assets."
            ),
        ],
        [
            S("Most of those assets are held by Euroclear, a depository in Brussels."),
            S("Prime Minister Bart De Wever said Belgium could not bear the legal risk alone."),
        ],
        [S("Hungary, Slovakia and the Czech Republic will not take part in the borrowing.")],
        [
            S(
                "The assets stay immobilised, and the EU says it could still use them to repay the loan later."
            )
        ],
        [
            S(
                "Zelensky thanked the leaders, saying the money would keep the state running and the army "
                "supplied."
            ),
            S(
                "The International Monetary Fund puts Ukraine's financing needs for 2026 and 2027 at well over "
                "100 billion euros."
            ),
        ],
        [
            S(
                "The loan is separate from the security guarantees that European governments and Washington are "
                "negotiating for Ukraine, which Zelensky wants settled before he signs any peace agreement.",
                "new",
                "kyiv-guarantees-first",
                "Kyiv wants guarantees settled before a deal; incidental here.",
                ["irrelevant"],
            )
        ],
    ],
    False,
)


# --------------------------------------------------------------------------------------------
