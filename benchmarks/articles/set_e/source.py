"""Article set e: the articles, sentence by sentence with their gold (`python3 ../build.py set_e`)."""

from corpus import S, article

CHANNEL = "Article set e: Ukraine, NATO and beyond"
DESCRIPTION = "12 articles rewritten from real 2025 coverage (links point at the originals)."
ARTICLES: list = []

# ============================================================================================
# ON TOPIC (8)
# ============================================================================================

# --------------------------------------------------------------------------------------------
# E01 UK-Ukraine 100-year partnership (on topic: new partnership, restated bilateral pact)
article(
    ARTICLES,
    "are-2025-01-16-uk-100-year-partnership",
    "2025-01-16T15:40:00+00:00",
    "https://cp24.com/news/world/2025/01/16/uks-starmer-in-kyiv-for-security-talks-with-a-pledge-for-a-100-year-partnership-with-ukraine",
    S(
        "Starmer signs 100-year partnership with Ukraine on first Kyiv visit as prime minister",
        "new",
        "uk-100-year-partnership",
        "A new UK-Ukraine treaty with a security dimension; no seed counterpart.",
    ),
    [
        [
            S(
                "KYIV, January 16 – British Prime Minister Keir Starmer and President Volodymyr Zelensky signed a "
                "treaty on Thursday that binds their countries to a “100-year partnership”, on Starmer's first "
                "trip to Ukraine since he took office in July.",
                "new",
                "uk-100-year-partnership",
                "The signing of the century-long partnership.",
            ),
            S(
                "He arrived by train in the morning and laid flowers at the wall that honours fallen Ukrainian "
                "soldiers."
            ),
        ],
        [
            S(
                "The document covers defence, science, energy and trade, with a particular focus on maritime "
                "security in the Black Sea, the Baltic and the Sea of Azov.",
                "new",
                "uk-100-year-terms",
                "Scope of the new treaty, including defence cooperation; no seed counterpart.",
            ),
            S(
                "It also sets up a system to trace grain that Russia ships out of occupied parts of Ukraine."
            ),
        ],
        [
            S(
                "In the text London again describes Ukraine's road to full membership of NATO as irreversible.",
                "known",
                None,
                "Seed 003: Washington 2024 called the path irreversible.",
                ["new"],
            ),
            S(
                "Starmer told reporters that Britain would work with Kyiv and all its allies on steps robust enough "
                "to guarantee Ukraine's security once the guns fall silent.",
                "new",
                "uk-postwar-guarantees",
                "A pledge to help build post-war guarantees; no seed counterpart.",
            ),
        ],
        [
            S(
                "The treaty builds on the security agreement the two countries concluded in January 2024, the first "
                "of the bilateral pacts that grew out of the declaration issued by the Group of Seven at the Vilnius "
                "summit.",
                "known",
                None,
                "Seed 003: UK first bilateral agreement, 12 January 2024, from the G7 declaration.",
            ),
            S(
                "Those pacts promise long-term help in building Ukrainian forces able to deter Russia and talks "
                "within a day of any fresh attack, but none of them copies the alliance's mutual-defence clause.",
                "known",
                None,
                "Seed 003: sustainable forces, consultation within 24 hours, no Article 5.",
            ),
            S(
                "They are written to lapse once Ukraine is inside NATO, and Zelensky has said more than once that "
                "no such document can stand in for membership.",
                "known",
                None,
                "Seed 003: agreements expire on accession; Zelensky: no substitute for membership.",
            ),
        ],
        [
            S(
                "Starmer also confirmed military aid of 3 billion pounds a year for as long as it takes.",
                "new",
                "uk-aid-3bn",
                "Aid figure; no seed counterpart.",
                ["irrelevant"],
            ),
            S(
                "Debris from Russian drones shot down over the capital fell in at least four districts while the two "
                "leaders met."
            ),
        ],
        [
            S(
                "The visit came days before Donald Trump's return to the White House, which has left Kyiv's backers "
                "unsure how long American help will last."
            )
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# E02 London summit, coalition of the willing (on topic: guarantees bridging to membership)
article(
    ARTICLES,
    "are-2025-03-02-london-coalition-of-the-willing",
    "2025-03-02T19:20:00+00:00",
    "https://www.capitalfm.co.ke/news/2025/03/starmer-announces-coalition-of-the-willing-to-guarantee-ukraine-peace/",
    S(
        "Starmer unveils four-point plan and a ‘coalition of the willing’ to guarantee peace in Ukraine",
        "new",
        "coalition-london",
        "Creation of a coalition to guarantee a peace deal; no seed counterpart.",
    ),
    [
        [
            S(
                "LONDON, March 2 – Britain and France will lead a “coalition of the willing” of countries ready to "
                "defend any peace deal in Ukraine, Prime Minister Keir Starmer said on Sunday after hosting 18 "
                "leaders at Lancaster House.",
                "new",
                "coalition-london",
                "The coalition to guarantee the peace is announced.",
            ),
            S(
                "The summit came two days after Zelensky's angry exchange with Donald Trump and Vice President JD "
                "Vance in the Oval Office."
            ),
        ],
        [
            S(
                "Starmer said the leaders had agreed to keep military aid flowing and to keep raising economic "
                "pressure on Russia."
            ),
            S(
                "Any lasting peace must secure Ukraine's sovereignty and security, and Kyiv must have a seat at the "
                "table, he said.",
                "new",
                "london-four-points",
                "A principle of the new plan; vague on guarantees.",
                ["irrelevant"],
            ),
            S(
                "Once a deal is struck, the partners would go on building up Ukraine's own armed forces so that they "
                "can deter a new invasion.",
                "known",
                None,
                "Seed 003: G7 commitment to sustainable forces able to deter Russia.",
                ["new"],
            ),
        ],
        [
            S(
                "“Not every nation will feel able to contribute, but that can't mean that we sit back,” Starmer "
                "said, adding that Britain was ready to back a deal with boots on the ground and planes in the "
                "air.",
                "new",
                "uk-troops-offer",
                "British offer of troops to guarantee a deal; no seed counterpart.",
            ),
            S(
                "Europe must do the heavy lifting, he said, but the plan would need strong backing from "
                "Washington.",
                "new",
                "coalition-us-backing",
                "US support sought for the European guarantee; no seed counterpart.",
            ),
        ],
        [
            S(
                "The push reflects how far membership itself remains out of reach: at Vilnius in 2023 the allies "
                "wrote that Ukraine's future lies in the alliance but left out both an invitation and a date.",
                "known",
                None,
                "Seeds 000/003: future in NATO, no invitation, no timeline.",
            ),
            S(
                "A year later in Washington they called the road to membership irreversible and cast their aid as a "
                "bridge towards it, yet again extended no invitation.",
                "known",
                None,
                "Seed 003: irreversible, bridge, no invitation.",
            ),
            S(
                "Washington has long argued that taking Ukraine in while the fighting goes on would put the alliance "
                "at war with Russia.",
                "known",
                None,
                "Seeds 000/001: Sullivan's argument.",
            ),
        ],
        [
            S(
                "Starmer also announced 1.6 billion pounds in export finance for Ukraine to buy more than 5,000 air "
                "defence missiles made in Belfast."
            ),
            S(
                "Zelensky said the meeting showed European unity at a level not seen for a long time."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# E03 Paris summit, reassurance force (on topic: guarantees)
article(
    ARTICLES,
    "are-2025-03-27-paris-reassurance-force",
    "2025-03-27T18:05:00+00:00",
    "https://kyivindependent.com/plans-for-european-reassurance-force-in-ukraine-gain-traction-as-coalition-of-the-willing-meets-in-paris/",
    S(
        "Macron says several countries ready to send ‘reassurance force’ to Ukraine after a ceasefire",
        "new",
        "reassurance-force",
        "Troop commitments for a post-ceasefire force; no seed counterpart.",
    ),
    [
        [
            S(
                "PARIS, March 27 – Several European countries are prepared to deploy troops to Ukraine as a "
                "“reassurance force” once a ceasefire is agreed, French President Emmanuel Macron said on Thursday "
                "after a summit of about 30 leaders at the Elysee Palace.",
                "new",
                "reassurance-force",
                "The force and the countries' readiness.",
            ),
            S(
                "It was the third meeting of the coalition of the willing that Macron and British Prime Minister "
                "Keir Starmer have been assembling since early March.",
                "new",
                "coalition-london",
                "Repeats the coalition's existence.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "The force would not hold the front line or replace the Ukrainian army, Macron said, but would deter "
                "Russia from attacking again from positions at strategic points.",
                "new",
                "reassurance-force",
                "Role of the force.",
            ),
            S(
                "“It does not have unanimity, but we do not need unanimity to do this,” he said.",
                "new",
                "reassurance-no-unanimity",
                "Not all partners join; a consensus-lacking statement, not a denial.",
            ),
        ],
        [
            S(
                "Italy's Giorgia Meloni has ruled out sending Italian soldiers, and Czech Prime Minister Petr Fiala "
                "called the debate premature until the terms of a truce are known.",
                "new",
                "reassurance-no-unanimity",
                "Named reluctant partners; new, not contradicted.",
            ),
            S(
                "France and Britain will send military teams to Kyiv in the coming days to plan the mission and "
                "discuss the future shape of Ukraine's army.",
                "new",
                "reassurance-force",
                "Next planning step for the force.",
            ),
        ],
        [
            S(
                "In Moscow, foreign ministry spokeswoman Maria Zakharova accused London and Paris of plotting a "
                "military intervention and warned that such troops would risk a direct clash between Russia and "
                "NATO.",
                "new",
                "russia-rejects-reassurance-force",
                "Russia rejects the guarantee force; about guarantees, not membership.",
                ["irrelevant"],
            )
        ],
        [
            S(
                "Kyiv has pressed for foreign troops because the road to NATO remains blocked in practice: allies "
                "have promised an invitation only once they all agree and conditions are met, and have named no "
                "date.",
                "known",
                None,
                "Seed 003/000: invitation when allies agree and conditions are met, no timeline.",
            ),
            S(
                "Under the alliance's rules a newcomer needs the approval of every existing member.",
                "known",
                None,
                "Seed 000: unanimous approval needed.",
            ),
            S(
                "The bilateral security pacts Kyiv began signing with Britain in January 2024 were never meant to "
                "replace that goal, since they expire on accession.",
                "known",
                None,
                "Seed 003: UK first; agreements expire on membership; not a substitute.",
            ),
        ],
        [
            S(
                "Macron also announced 2 billion euros of new French military aid, including missiles, warplanes "
                "and air defence equipment."
            ),
            S(
                "The leaders agreed that sanctions on Russia should not be lifted while the war goes on."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# E04 Waltz out, Rubio national security adviser (on topic: office holder of a seed)
article(
    ARTICLES,
    "are-2025-05-01-rubio-national-security-adviser",
    "2025-05-01T21:30:00+00:00",
    "https://www.npr.org/2025/05/01/nx-s1-5383382/mike-waltz-national-security-adviser-un-ambassador",
    S(
        "Trump moves Waltz to UN post and names Rubio interim national security adviser",
        "changed",
        "rubio-nsa",
        "New holder of the national security adviser post (seed: Sullivan).",
    ),
    [
        [
            S(
                "WASHINGTON, May 1 – President Donald Trump said on Thursday he would nominate Mike Waltz as "
                "ambassador to the United Nations and that Secretary of State Marco Rubio would serve as national "
                "security adviser in the meantime, while keeping his job at the State Department.",
                "changed",
                "rubio-nsa",
                "Office holder change for the national security adviser.",
            ),
            S("The move is the first big staff shake-up of Trump's second term."),
        ],
        [
            S(
                "It came weeks after Waltz was found to have added a journalist to a Signal group chat in which "
                "officials discussed strikes on the Houthis in Yemen."
            ),
            S("His deputy, Alex Wong, is also expected to leave."),
        ],
        [
            S(
                "Rubio becomes the first person since Henry Kissinger in the 1970s to run both the State Department "
                "and the White House national security staff at once.",
                "changed",
                "rubio-nsa",
                "Restates Rubio holding the adviser's post.",
            ),
            S(
                "The White House has already been cutting the size of the national security council."
            ),
        ],
        [
            S(
                "Under Joe Biden the post was held by Jake Sullivan, who argued around the 2023 Vilnius summit that "
                "bringing Ukraine into NATO during the war would leave the alliance at war with Russia.",
                "known",
                None,
                "Seeds 000/001: Sullivan as adviser and his argument.",
            ),
            S(
                "That reasoning helped keep an invitation out of the summit text, which said only that one would "
                "come when allies agree and conditions are met.",
                "known",
                None,
                "Seed 003: US held back an invitation; the Vilnius formula.",
            ),
            S(
                "Rubio has said that ending the war will require concessions from both Russia and Ukraine."
            ),
        ],
        [
            S(
                "In his new role he will also coordinate Trump's push for a ceasefire between the two countries."
            )
        ],
        [
            S(
                "Trump announced the changes on Truth Social and praised Waltz for working hard to put the nation's "
                "interests first."
            )
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# E05 Istanbul memorandum (on topic: Russian demand of neutrality)
article(
    ARTICLES,
    "are-2025-06-02-istanbul-russian-memorandum",
    "2025-06-02T17:45:00+00:00",
    "https://english.almayadeen.net/news/politics/russia-to-present-peace-memorandum-at-june-2-istanbul-talks",
    S(
        "Russia hands Ukraine memorandum demanding neutrality and an end to its NATO ambitions",
        "contradicted",
        "russia-memo-neutrality",
        "Russian demand that Ukraine renounce membership (convention: contradicted, alt new).",
        ["new"],
    ),
    [
        [
            S(
                "ISTANBUL, June 2 – Russia's delegation gave Ukrainian negotiators a memorandum on Monday setting "
                "out its terms for ending the war, including a demand that Kyiv declare itself neutral and keep out "
                "of military blocs.",
                "contradicted",
                "russia-memo-neutrality",
                "Russian neutrality demand; alt new.",
                ["new"],
            ),
            S(
                "The second round of direct talks at the Ciragan Palace lasted a little over an hour."
            ),
        ],
        [
            S(
                "The text, later published by Russian state media, also calls for a ban on any military activity by "
                "foreign states on Ukrainian soil.",
                "new",
                "russia-memo-foreign-troops",
                "Would rule out a foreign guarantee force; no seed counterpart.",
                ["irrelevant"],
            ),
            S(
                "It further demands international recognition of Crimea and four other regions as Russian, a cap on "
                "Ukraine's armed forces and a non-nuclear status for the country."
            ),
        ],
        [
            S(
                "Ukraine's delegation was led by Defence Minister Rustem Umerov, who said Kyiv would need a week to "
                "study the document.",
                "known",
                None,
                "Seed 001: Umerov as defence minister.",
            ),
            S(
                "The two sides agreed to swap all severely wounded and young prisoners and to return the bodies of "
                "6,000 fallen soldiers each."
            ),
        ],
        [S("Zelensky later dismissed the memorandum as an ultimatum.")],
        [
            S(
                "Moscow has objected to Kyiv's Western course at least since 2008, when Vladimir Putin told the "
                "alliance that drawing Ukraine and Georgia closer was a direct threat to Russia.",
                "known",
                None,
                "Seed 000: Putin's direct threat.",
            ),
            S(
                "That April the allies promised in Bucharest that both countries would one day join, but gave them "
                "no action plan and no date.",
                "known",
                None,
                "Seeds 000/004: Bucharest pledge, no MAP, no date.",
            ),
            S(
                "Kyiv has since anchored the goal of membership in its constitution, in an amendment adopted in "
                "February 2019.",
                "known",
                None,
                "Seed 004: 2019 constitutional amendment.",
            ),
            S(
                "The allies repeated at their Washington summit last year that Ukraine's path into the bloc is "
                "irreversible.",
                "known",
                None,
                "Seed 003: irreversible.",
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# E06 Nawrocki sworn in (on topic: Duda, a seed office holder, replaced)
article(
    ARTICLES,
    "are-2025-08-06-nawrocki-sworn-in",
    "2025-08-06T12:15:00+00:00",
    "https://www.polskieradio.pl/395/7784/artykul/3561375,update-karol-nawrocki-sworn-in-as-polands-new-president",
    S(
        "Nawrocki sworn in as Poland's president, ending Duda's decade in office",
        "changed",
        "nawrocki-succeeds-duda",
        "New President of Poland (seed: Duda).",
    ),
    [
        [
            S(
                "WARSAW, August 6 – Karol Nawrocki took the oath of office before both houses of parliament on "
                "Wednesday, succeeding Andrzej Duda as Poland's head of state.",
                "changed",
                "nawrocki-succeeds-duda",
                "Office holder change.",
            ),
            S(
                "The 42-year-old historian, backed by the Law and Justice party, narrowly beat Warsaw mayor Rafal "
                "Trzaskowski in the runoff on June 1.",
                "changed",
                "nawrocki-succeeds-duda",
                "His election implies the change of president.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "“I will be the voice of those who want a sovereign Poland that is in the EU, but a Poland that is "
                "not the EU,” he told lawmakers."
            ),
            S(
                "He promised to keep strengthening the army and to keep Poland's defence spending among the highest "
                "in the alliance."
            ),
        ],
        [
            S(
                "On Ukraine, Nawrocki has said he sees no place for it in NATO while the war goes on, a view that "
                "matches the allies' own.",
                "known",
                None,
                "Seeds: Ukraine can join only after the war.",
                ["contradicted"],
            ),
            S("He has also criticised the benefits Poland pays to Ukrainian refugees."),
        ],
        [
            S(
                "Duda, whose second term ended on Wednesday, was among Kyiv's loudest champions inside the "
                "alliance.",
                "changed",
                "nawrocki-succeeds-duda",
                "States that Duda has left office.",
            ),
            S(
                "Before the Vilnius summit in 2023 he described a ten-year security partnership for Ukraine modelled "
                "on America's ties with Israel, with weapons, intelligence and technology but no pledge of mutual "
                "defence.",
                "known",
                None,
                "Seed 002: Duda's Israeli formula.",
            ),
            S(
                "Such an arrangement, short of membership, was meant to prepare Ukraine for quick integration into "
                "NATO without making the alliance a party to the war.",
                "known",
                None,
                "Seed 002: the model as a basis for rapid integration without escalation.",
            ),
        ],
        [
            S(
                "Relations between the new president and Prime Minister Donald Tusk's pro-European government are "
                "expected to be tense before the 2027 parliamentary election."
            ),
            S(
                "Polish presidents can veto legislation and have a say in foreign and defence policy."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# E07 Trump: "NO GOING INTO NATO BY UKRAINE" (on topic: denial)
article(
    ARTICLES,
    "are-2025-08-18-trump-no-nato-for-ukraine",
    "2025-08-18T06:30:00+00:00",
    "https://caliber.az/en/post/trump-rules-out-ukraine-joining-nato-or-getting-crimea-back-ahead-of-meeting-with-zelenskyy",
    S(
        "Trump rules out NATO entry and return of Crimea before hosting Zelensky and European leaders",
        "contradicted",
        "trump-no-nato-post",
        "US president rules out Ukraine joining NATO.",
    ),
    [
        [
            S(
                "WASHINGTON, August 18 – President Donald Trump said hours before welcoming Volodymyr Zelensky and a "
                "group of European leaders to the White House that Ukraine would neither recover Crimea nor be "
                "admitted to NATO.",
                "contradicted",
                "trump-no-nato-post",
                "Denial of membership.",
            )
        ],
        [
            S(
                "Zelensky could end the war with Russia almost immediately if he wanted to, or keep fighting, Trump "
                "wrote on his Truth Social platform late on Sunday."
            ),
            S(
                "There would be “no getting back” Crimea, which he said had been given away under Barack Obama, and "
                "“NO GOING INTO NATO BY UKRAINE”, he added, concluding that some things never change.",
                "contradicted",
                "trump-no-nato-post",
                "The denial in his own words.",
            ),
        ],
        [
            S(
                "Zelensky landed in Washington on Sunday night, saying he hoped the combined strength of Ukraine, "
                "America and Europe would push Russia into a real peace."
            ),
            S(
                "He is joined by Keir Starmer, Emmanuel Macron, Friedrich Merz, Giorgia Meloni, Alexander Stubb, "
                "Ursula von der Leyen and NATO Secretary General Mark Rutte."
            ),
        ],
        [
            S(
                "On Sunday Trump's envoy Steve Witkoff said Putin had accepted at their Alaska summit that the United "
                "States and Europe could give Ukraine protection resembling NATO's Article 5.",
                "new",
                "witkoff-article5-like",
                "Article 5-like guarantees instead of membership; no seed counterpart.",
            ),
            S(
                "The Europeans are expected to press Trump on how far Washington would go in backing such "
                "guarantees.",
                "new",
                "europe-presses-us-guarantees",
                "Talks on the US role in guarantees.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "At their summit in Washington in July 2024 the allies, the United States among them, called "
                "Ukraine's path to membership irreversible and repeated that its future lies in the alliance.",
                "known",
                None,
                "Seed 003: Washington 2024.",
            ),
            S(
                "Even then they issued no invitation, and the Biden administration had argued since Vilnius that "
                "admitting Ukraine in wartime would drag the alliance into war with Russia.",
                "known",
                None,
                "Seeds 000/003: no invitation; Sullivan's argument.",
            ),
            S(
                "Since the Bucharest summit of 2008 the allies have promised Ukraine and Georgia eventual membership "
                "without ever fixing a date.",
                "known",
                None,
                "Seed 000: Bucharest, no date.",
            ),
        ],
        [
            S(
                "Overnight a Russian drone hit an apartment building in Kharkiv, killing at least seven people, the "
                "city's mayor said."
            )
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# E08 The US 28-point plan (on topic: renounce membership, guarantees)
article(
    ARTICLES,
    "are-2025-11-20-us-28-point-plan",
    "2025-11-20T20:10:00+00:00",
    "https://lordspress.co.uk/defense/read-trumps-latest-russia-ukraine-peace-plan",
    S(
        "US draft peace plan would shut NATO's door to Ukraine for good and cap its army at 600,000",
        "contradicted",
        "us-plan-no-nato",
        "US draft requires Ukraine to renounce membership.",
    ),
    [
        [
            S(
                "KYIV, November 20 – A 28-point plan drawn up by the Trump administration to end the war would "
                "require Ukraine to write into its constitution that it will never join NATO, according to a text "
                "that circulated on Thursday and was confirmed by several outlets.",
                "contradicted",
                "us-plan-no-nato",
                "Renouncing membership in the constitution.",
            ),
            S("Army Secretary Dan Driscoll presented the document to Zelensky in Kyiv."),
        ],
        [
            S(
                "The alliance, for its part, would add a clause to its statutes stating that Ukraine will not be "
                "taken in at any point in the future.",
                "contradicted",
                "us-plan-no-nato",
                "NATO to bar Ukraine permanently.",
            ),
            S(
                "The draft also expects that the bloc will not enlarge any further.",
                "contradicted",
                "us-plan-no-nato",
                "No further enlargement, against the promise of membership.",
            ),
        ],
        [
            S(
                "In return Ukraine is promised “reliable security guarantees”, and European fighter jets would be "
                "stationed in Poland.",
                "new",
                "us-plan-guarantees",
                "Guarantees offered instead of membership.",
            ),
            S(
                "Washington would be paid for its guarantee, which would lapse if Ukraine attacked Russia, while a "
                "new Russian invasion would bring a coordinated military response and the return of all "
                "sanctions.",
                "new",
                "us-plan-guarantees",
                "Terms of the US guarantee.",
            ),
            S(
                "NATO would also agree not to station troops in Ukraine.",
                "new",
                "us-plan-no-nato-troops",
                "Rules out allied troops as part of the guarantees; no seed counterpart.",
            ),
        ],
        [
            S(
                "Crimea, Luhansk and Donetsk would be recognised as de facto Russian, and Ukrainian forces would "
                "pull out of the part of Donetsk they still hold."
            ),
            S("Ukraine's armed forces would be limited to 600,000 personnel."),
        ],
        [S("The plan says Ukraine is eligible to join the European Union.")],
        [
            S(
                "Allied leaders declared at Vilnius in 2023 that Ukraine's future lies in NATO and promised an "
                "invitation once all members agree and conditions are met.",
                "known",
                None,
                "Seed 003: Vilnius communique.",
            ),
            S(
                "The Bucharest summit of 2008 had already pledged that Ukraine would become a member, and Kyiv's "
                "constitution has named membership as a strategic goal since 2019.",
                "known",
                None,
                "Seeds 000/004: Bucharest; 2019 amendment.",
            ),
        ],
        [
            S(
                "European officials said they had not been consulted, and Kaja Kallas, the EU's top diplomat, said "
                "any plan would need Ukraine and Europe on board."
            )
        ],
    ],
    True,
)

# ============================================================================================
# NEAR OR OFF TOPIC (4)
# ============================================================================================

# --------------------------------------------------------------------------------------------
# E09 Stoltenberg becomes Norway's finance minister (off topic; incidental office change)
article(
    ARTICLES,
    "are-2025-02-04-stoltenberg-finance-minister",
    "2025-02-04T14:00:00+00:00",
    "https://www.anews.com.tr/europe/2025/02/04/ex-nato-chief-jens-stoltenberg-to-become-norways-finance-minister",
    S(
        "Former NATO chief Stoltenberg returns to Norwegian politics as finance minister",
        "changed",
        "stoltenberg-left-nato",
        "Says Stoltenberg no longer leads NATO (seed names him Secretary General).",
        ["irrelevant"],
    ),
    [
        [
            S(
                "OSLO, February 4 – Jens Stoltenberg will serve as Norway's finance minister, Prime Minister Jonas "
                "Gahr Store said on Tuesday, after the collapse of his coalition left eight cabinet posts vacant."
            ),
            S(
                "“I am deeply honoured to have been asked to help my country at this critical time,” Stoltenberg "
                "said in a statement."
            ),
        ],
        [
            S(
                "The 65-year-old led NATO for ten years until October, when former Dutch prime minister Mark Rutte "
                "took over as secretary general.",
                "changed",
                "stoltenberg-left-nato",
                "Office holder change at NATO (Rutte for Stoltenberg).",
            ),
            S(
                "He had been due to chair the Munich Security Conference this month, but the conference said he "
                "would return to that role only after leaving government."
            ),
        ],
        [
            S(
                "The eurosceptic Centre Party quit the coalition last week in a row over adopting European Union "
                "energy rules."
            ),
            S("Labour now governs alone for the first time in 25 years."),
        ],
        [
            S(
                "Stoltenberg replaces Centre Party leader Trygve Slagsvold Vedum at the finance ministry."
            ),
            S("He was prime minister in 2000-2001 and again from 2005 to 2013."),
        ],
        [
            S(
                "Analysts said the popular veteran could lift Labour's poll ratings before the parliamentary election "
                "in September."
            ),
            S("Tore Onshuus Sandvik becomes defence minister in the reshuffle."),
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# E10 Romania elects Nicusor Dan (off topic; incidental Bucharest restatement)
article(
    ARTICLES,
    "are-2025-05-19-romania-nicusor-dan",
    "2025-05-19T07:50:00+00:00",
    "https://www.euronews.com/my-europe/2025/05/19/nicusor-dan-wins-romanian-presidential-election",
    S("Centrist Nicusor Dan wins Romania's presidential runoff, defeating nationalist Simion"),
    [
        [
            S(
                "BUCHAREST, May 19 – Bucharest mayor Nicusor Dan won Romania's presidential runoff on Sunday, beating "
                "hard-right leader George Simion with about 54% of the vote."
            ),
            S("Turnout was around 64%, the highest in a presidential vote in decades."),
        ],
        [
            S(
                "The rerun followed the annulment of last year's election over alleged Russian interference in "
                "favour of far-right candidate Calin Georgescu."
            ),
            S("Simion had opposed military aid to Ukraine and attacked the European Union."),
        ],
        [
            S(
                "Dan has pledged to keep Romania firmly in the Western camp and to honour its commitments to NATO, "
                "whose eastern flank it anchors on the Black Sea."
            ),
            S(
                "The alliance keeps a multinational battlegroup in the country, and the air base at Mihail "
                "Kogalniceanu is being expanded into one of its largest in Europe."
            ),
            S(
                "It was in the Romanian capital in 2008 that allied leaders promised Ukraine and Georgia they would "
                "one day join the alliance.",
                "known",
                None,
                "Seed 000: the Bucharest pledge.",
                ["irrelevant"],
            ),
        ],
        [
            S("The leu strengthened sharply after the result."),
            S("Simion first claimed victory and then conceded."),
        ],
        [S("European leaders, including Ursula von der Leyen, congratulated Dan.")],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# E11 Protests against the anti-corruption law (off topic; incidental readiness doubts)
article(
    ARTICLES,
    "are-2025-07-23-kyiv-anticorruption-protests",
    "2025-07-23T21:40:00+00:00",
    "https://kyivindependent.com/protests-erupt-in-kyiv-over-law-curbing-anti-corruption-agencies/",
    S("Thousands protest in Kyiv after Zelensky signs law curbing anti-corruption agencies"),
    [
        [
            S(
                "KYIV, July 23 – Thousands of people rallied in Kyiv and other cities for a second night on "
                "Wednesday against a law that puts Ukraine's two main anti-corruption bodies under the prosecutor "
                "general."
            ),
            S("Zelensky signed the bill hours after parliament passed it on Tuesday."),
        ],
        [
            S(
                "The National Anti-Corruption Bureau and the Specialised Anti-Corruption Prosecutor's Office said the "
                "law would wipe out their independence."
            ),
            S(
                "Their autonomy has been a core condition of Western aid and of Ukraine's bid to join the European "
                "Union."
            ),
        ],
        [
            S("EU enlargement commissioner Marta Kos called the vote a serious step back."),
            S(
                "Zelensky said the agencies had to be cleared of Russian influence, but promised on Wednesday to put "
                "forward a new bill that would restore their powers."
            ),
        ],
        [
            S("Protesters, many of them young, held up hand-written placards made of cardboard."),
            S(
                "It was the largest demonstration against the government since the full-scale invasion began in "
                "February 2022."
            ),
        ],
        [
            S(
                "Some NATO governments have long pointed to graft when questioning whether Ukraine is ready to join "
                "the alliance.",
                "known",
                None,
                "Seed 002: doubts on readiness citing corruption.",
                ["irrelevant"],
            )
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# E12 Zapad-2025 exercise (off topic; incidental count and Nordic status)
article(
    ARTICLES,
    "are-2025-09-12-zapad-2025",
    "2025-09-12T10:25:00+00:00",
    "https://www.dw.com/en/russia-belarus-launch-zapad-2025-military-drills/a-73970000",
    S("Russia and Belarus begin Zapad-2025 drills as NATO's eastern flank watches"),
    [
        [
            S(
                "MINSK, September 12 – Russia and Belarus began their joint Zapad-2025 exercises on Friday, days "
                "after Poland shot down Russian drones that had crossed into its airspace."
            ),
            S(
                "The drills run until September 16 on ranges in both countries and in the Baltic and Barents "
                "seas."
            ),
        ],
        [
            S("Minsk said about 7,000 troops would take part, far fewer than in the 2021 edition."),
            S(
                "Belarusian officials said the scenarios included planning the use of nuclear weapons and Russia's "
                "new Oreshnik missile."
            ),
        ],
        [
            S(
                "Poland closed its border crossings with Belarus for the duration and moved some 40,000 troops "
                "close to the frontier."
            ),
            S(
                "NATO, now 32 members strong, said it was watching the drills closely.",
                "changed",
                "alliance-32",
                "Count of allies: 32 against the seed's 31.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "American officers were invited to observe part of the exercise, a rare gesture after Washington "
                "eased some sanctions on the Belarusian state airline."
            )
        ],
        [
            S(
                "Zapad was last held in 2021, months before Russia used Belarusian territory to launch its "
                "full-scale invasion of Ukraine."
            ),
            S(
                "Finland and Sweden, which gave up decades of military non-alignment after that invasion, are now "
                "both inside the alliance and took part in its own drills in the region this year.",
                "changed",
                "sweden-member",
                "Sweden a member (seed: waiting on Turkey).",
                ["irrelevant"],
            ),
            S(
                "Moscow had warned both Nordic countries that joining would bring a military response.",
                "known",
                None,
                "Seed 000: Russia threatened both.",
                ["irrelevant"],
            ),
        ],
    ],
    False,
)


# --------------------------------------------------------------------------------------------
