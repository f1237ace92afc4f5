"""Article set ad: the articles, sentence by sentence with their gold (`python3 ../build.py set_ad`)."""

from corpus import S, article

CHANNEL = "Article set ad: explainers and analysis on Ukraine's road to NATO and its guarantees"
DESCRIPTION = "12 articles rewritten from real 2024-2026 coverage (links point at the originals)."
ARTICLES: list = []

# ============================================================================================
# ON TOPIC (8)
# ============================================================================================

# --------------------------------------------------------------------------------------------
# AD01 Explainer before the Washington summit: a bridge, not an invitation (long background;
# NSATU; Sweden the 32nd ally; count of bilateral pacts and Poland's)
article(
    ARTICLES,
    "ad-2024-07-08-washington-bridge-explainer",
    "2024-07-08T09:15:00+00:00",
    "https://www.reuters.com/world/europe/what-nato-will-offer-ukraine-washington-summit-2024-07-08/",
    S(
        "Explainer: Ukraine will get a bridge to NATO in Washington, not an invitation",
        "known",
        None,
        "Seed 003: the Washington summit offered a 'bridge' and no invitation.",
    ),
    [
        [
            S(
                "WASHINGTON, July 8 (Reuters) – When NATO leaders gather in Washington this week, Ukraine will "
                "not receive the formal invitation to join that it has sought since Russia's full-scale invasion.",
                "known",
                None,
                "Seed 003: no invitation at the Washington summit.",
            ),
            S(
                "The summit, which opens on Tuesday, also marks 75 years since the North Atlantic Treaty was "
                "signed in the same city in 1949."
            ),
        ],
        [
            S(
                "The question has hung over the alliance since its 2008 summit in Bucharest, when leaders declared "
                "that Ukraine and Georgia would one day become members but set no date and withheld a Membership "
                "Action Plan, the usual antechamber to accession.",
                "known",
                None,
                "Seeds 000/004: Bucharest's promise without a date or a MAP.",
            ),
            S(
                "Vladimir Putin denounced the pledge as a direct threat to Russia, and many Western officials now "
                "believe its open-ended vagueness helped persuade him that he could attack Georgia that August and "
                "Ukraine in 2014 and 2022.",
                "known",
                None,
                "Seed 000: Putin's 'direct threat'; the vagueness encouraged the wars.",
            ),
        ],
        [
            S(
                "Last year in Vilnius allies went further on paper, declaring that Ukraine's future lies in NATO, "
                "scrapping the action plan requirement and creating a NATO-Ukraine Council in which Kyiv sits as "
                "an equal.",
                "known",
                None,
                "Seeds 001/003: 'future is in NATO', MAP dropped, NATO-Ukraine Council.",
            ),
            S(
                "But they promised an invitation only when allies agree and conditions are met, a formula that "
                "Volodymyr Zelensky called absurd because it came with no timetable.",
                "known",
                None,
                "Seed 000: the Vilnius formula and Zelensky's 'absurd'.",
            ),
        ],
        [
            S(
                "The centrepiece this time is a new NATO command in the German city of Wiesbaden, with a staff of "
                "about 700, which is to take over the coordination of training and weapons deliveries for "
                "Ukraine's forces.",
                "new",
                "ad-nsatu",
                "NATO's assistance command for Ukraine (NSATU); no seed counterpart.",
            ),
        ],
        [
            S(
                "It will be the first summit at which Sweden sits at the table as the 32nd ally, after Hungary "
                "became the last member to ratify its accession in February.",
                "changed",
                ["sweden-member", "alliance-32"],
                "Seeds have Sweden waiting on Turkey and a 31-member alliance.",
            ),
        ],
        [
            S(
                "Kyiv has meanwhile built a web of bilateral security pacts based on the declaration G7 leaders "
                "issued at Vilnius, in which they promised to help build forces able to deter Russia and to "
                "consult within 24 hours of any new attack.",
                "known",
                None,
                "Seed 003: G7 declaration (sustainable forces, 24 hours) formalised in bilateral pacts.",
            ),
            S(
                "Britain signed the first in January, and twenty countries and the European Union have now "
                "concluded one, Poland the latest on Monday.",
                "changed",
                ["ad-bilateral-20", "ad-poland-pact"],
                "Seed 003 has only the UK's agreement concluded: a new count and a new signing.",
            ),
            S(
                "Zelensky has said repeatedly that none of these arrangements can substitute for membership.",
                "known",
                None,
                "Seed 003: the commitments cannot substitute for membership.",
            ),
        ],
        [
            S(
                "Leaders will also discuss air defence for Ukrainian cities and the first deliveries of F-16 "
                "fighter jets, expected this summer."
            ),
            S(
                "The gathering comes as Joe Biden faces questions at home over whether he should seek "
                "re-election."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# AD02 Analysis: Sybiha's request for an invitation meets the old wall (Rutte for Stoltenberg,
# Sybiha for Kuleba, Fico's veto, the umbrella idea, the Kellogg plan)
article(
    ARTICLES,
    "ad-2024-12-04-invitation-request-wall",
    "2024-12-04T17:40:00+00:00",
    "https://kyivindependent.com/analysis-ukraines-nato-invitation-request-runs-into-the-old-wall/",
    S(
        "Analysis: Kyiv's plea for a NATO invitation runs into the old wall",
        "new",
        "ad-invite-request",
        "Ukraine's request for an invitation, with no consensus now; no seed counterpart.",
    ),
    [
        [
            S(
                "KYIV, December 4 – Ukraine's request for an immediate invitation to join NATO has met a polite "
                "refusal at this week's meeting of the alliance's foreign ministers in Brussels, where allies "
                "said the time was not right.",
                "new",
                "ad-invite-request",
                "The request and consensus lacking now: new, not a denial (conventions).",
            ),
            S(
                "Foreign Minister Andrii Sybiha, who replaced Dmytro Kuleba in September, had written to his "
                "counterparts in all 32 allied capitals asking them to extend the invitation now, with "
                "membership to follow later.",
                "changed",
                ["ad-sybiha-fm", "alliance-32"],
                "Seed names Kuleba as foreign minister; 32 allies against the seed's 31.",
            ),
        ],
        [
            S(
                "Mark Rutte, who succeeded Jens Stoltenberg as Secretary General on October 1, told reporters "
                "that getting more air defence to Ukraine mattered more than debating membership.",
                "changed",
                "ad-rutte-sg",
                "Seed names Stoltenberg as NATO Secretary General.",
            ),
            S(
                "Diplomats said the United States and Germany remained unwilling to issue an invitation while "
                "the war continues, and that Hungary and Slovakia oppose the idea outright.",
                "new",
                "ad-reluctant-allies",
                "Named reluctant allies: consensus lacking now, per the conventions.",
                ["contradicted"],
            ),
            S(
                "Slovak Prime Minister Robert Fico said in October that as long as he leads the government, he "
                "will tell his party's lawmakers never to approve Ukraine's accession.",
                "contradicted",
                "ad-fico-veto",
                "An ally's leader pledging to withhold ratification.",
            ),
        ],
        [
            S(
                "Zelensky has floated a compromise of his own, telling Sky News last week that the hot phase of "
                "the war could end if the territory Kyiv controls were brought under NATO's umbrella, with the "
                "rest to be recovered by diplomacy.",
                "new",
                "ad-umbrella",
                "The 'NATO umbrella' over Kyiv-held territory; no seed counterpart.",
            ),
            S(
                "Russia struck Ukraine's power grid with one of its heaviest barrages of the war last week."
            ),
        ],
        [
            S(
                "The impasse is as old as the Bucharest summit of 2008, where allies promised that Ukraine would "
                "join but never said when.",
                "known",
                None,
                "Seed 000: Bucharest's promise with no date.",
            ),
            S(
                "At Vilnius last year they declared that Ukraine's future lay in the alliance, and in Washington "
                "this July they called its path irreversible, yet neither summit produced an invitation.",
                "known",
                None,
                "Seed 003: Vilnius and Washington wording, no invitation.",
            ),
            S(
                "In Vilnius it was Washington that held back, with national security adviser Jake Sullivan "
                "arguing that admitting Ukraine during the fighting would put NATO at war with Russia.",
                "known",
                None,
                "Seed 000: the US held back; Sullivan's 'at war with Russia'.",
            ),
        ],
        [
            S("Donald Trump's return to the White House in January adds another unknown."),
            S(
                "Keith Kellogg, whom Trump named last week as his envoy for Ukraine and Russia, co-wrote a plan "
                "this spring that would put off Kyiv's membership for an extended period in exchange for a "
                "peace settlement backed by security guarantees.",
                "new",
                "ad-kellogg-plan",
                "Proposal to postpone membership for a long time: new, not a denial (conventions).",
            ),
        ],
        [
            S(
                "Ministers also discussed sabotage and hybrid attacks on infrastructure across Europe."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# AD03 Explainer after the London summit: what guarantees now that Washington has shut the door
# (Hegseth, Trump, the coalition of the willing, Budapest, G7, Russian demands)
article(
    ARTICLES,
    "ad-2025-03-04-guarantees-after-london",
    "2025-03-04T11:00:00+00:00",
    "https://www.bbc.com/news/articles/what-security-guarantees-could-ukraine-get-coalition-of-the-willing",
    S(
        "What security guarantees could Ukraine get now that Washington has ruled out NATO membership?",
        "contradicted",
        ["ad-hegseth-unrealistic", "ad-trump-forget"],
        "The US government ruling out Ukraine's membership (conventions: denial).",
    ),
    [
        [
            S(
                "LONDON, March 4 – European leaders meeting in London on Sunday agreed to form a coalition of "
                "the willing to guarantee any peace deal in Ukraine, with Britain and France ready to commit "
                "troops and aircraft.",
                "new",
                "ad-coalition-force",
                "The coalition of the willing's reassurance force; no seed counterpart.",
            ),
            S(
                "Zelensky, who left Washington on Friday after a heated exchange in the Oval Office, was "
                "greeted warmly by Keir Starmer."
            ),
        ],
        [
            S(
                "In Brussels on February 12, Defence Secretary Pete Hegseth told allies that Washington did not "
                "regard NATO membership for Ukraine as a realistic outcome of a negotiated settlement.",
                "contradicted",
                "ad-hegseth-unrealistic",
                "A US official saying Ukraine will not join: denial.",
            ),
            S(
                "Any peacekeepers, he said, should be European and non-European troops deployed outside NATO "
                "and without the protection of Article 5, and no American soldiers would be sent.",
                "new",
                "ad-hegseth-non-nato-force",
                "A guarantee force outside NATO and Article 5; no seed counterpart.",
            ),
            S(
                "Two weeks later, asked at his first cabinet meeting about Kyiv's hopes of joining, Donald Trump "
                "said Ukraine could forget about NATO, adding that it was probably why the war had started.",
                "contradicted",
                "ad-trump-forget",
                "The US president ruling out membership.",
            ),
        ],
        [
            S(
                "It is a sharp turn from last July, when allies gathered in Washington called Ukraine's path to "
                "membership irreversible, even as they again withheld an invitation.",
                "known",
                None,
                "Seed 003: 'irreversible' and no invitation at Washington.",
            ),
            S("Ukraine has meanwhile pleaded for more Patriot systems to shield its cities."),
        ],
        [
            S(
                "In the 1994 Budapest Memorandum, Russia, the United States and Britain pledged to respect "
                "Ukraine's borders and refrain from force in return for Kyiv surrendering the Soviet nuclear "
                "weapons on its soil, then the third-largest arsenal in the world.",
                "known",
                None,
                "Seed 001: the Budapest Memorandum.",
            ),
            S(
                "The most concrete guarantees Ukraine holds today go back to the Vilnius summit of 2023, where "
                "the G7 promised to build Ukrainian forces able to deter Russia and to consult within a day of "
                "any new attack, without a mutual defence clause.",
                "known",
                None,
                "Seed 003: the G7 declaration, without Article 5.",
            ),
            S(
                "Those pledges have since become bilateral agreements with more than two dozen countries, most "
                "of them running for ten years and all set to lapse if Ukraine joins NATO.",
                "changed",
                "ad-bilateral-two-dozen",
                "Count of concluded agreements differs from the seed's single UK pact.",
            ),
        ],
        [
            S(
                "Moscow rejects any Western troop presence, with Foreign Minister Sergei Lavrov saying last month "
                "that troops from NATO countries under any flag would be unacceptable.",
                "new",
                "ad-russia-no-troops",
                "Russia's rejection of a guarantee force; no seed counterpart.",
            ),
            S(
                "Vladimir Putin's own terms, set out last June, require Kyiv to abandon its ambition to join "
                "the alliance.",
                "contradicted",
                "ad-russia-demands",
                "Russian demand to renounce NATO: contradicted per the conventions.",
                ["new"],
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# AD04 Analysis at The Hague: the membership line left out (Rutte for Stoltenberg, Sweden and 32,
# Orban, the US denials retold)
article(
    ARTICLES,
    "ad-2025-06-24-hague-omission",
    "2025-06-24T08:30:00+00:00",
    "https://www.politico.eu/article/nato-summit-the-hague-ukraine-membership-omission-rutte/",
    S(
        "At The Hague, NATO's promise to Ukraine survives by omission",
        "new",
        "ad-hague-text",
        "The summit text leaves the membership line out while the commitment stands: new (conventions).",
    ),
    [
        [
            S(
                "THE HAGUE, June 24 – The declaration NATO leaders are due to adopt on Wednesday runs to five "
                "short paragraphs, and not one of them mentions Ukraine's path to membership.",
                "new",
                "ad-hague-text",
                "Summit text without the membership line: new, not a contradiction.",
            ),
            S(
                "Mark Rutte, who took over from Jens Stoltenberg last October, insists nothing has been lost, "
                "saying the commitments made in Washington a year ago, including the irreversible path, remain "
                "valid.",
                "changed",
                "ad-rutte-sg",
                "Rutte's succession to the seed's Secretary General (plus the commitment standing).",
            ),
        ],
        [
            S(
                "The slimmed-down text was drafted to keep Donald Trump on board and is dominated by a pledge to "
                "raise defence spending to 5 percent of economic output by 2035."
            ),
            S(
                "Zelensky was invited to a dinner on the eve of the summit, but there will be no leaders' "
                "meeting of the NATO-Ukraine Council, the body the alliance set up for Kyiv at Vilnius in 2023.",
                "new",
                "ad-hague-no-council",
                "No leaders' council session at the summit; the council itself is known.",
                ["known"],
            ),
        ],
        [
            S(
                "The omission stings for a country that has been told for 17 years that it will join.",
                "known",
                None,
                "Seed 000: Bucharest's 'will become members'.",
            ),
            S(
                "At Bucharest in 2008 allies promised Ukraine and Georgia eventual membership without a date or "
                "an action plan, a vagueness that many officials believe emboldened Moscow.",
                "known",
                None,
                "Seeds 000/004: Bucharest without date or MAP; vagueness emboldened Russia.",
            ),
            S(
                "At Vilnius they wrote that its future was in NATO and that an invitation would come when allies "
                "agreed and conditions were met, and like any enlargement that decision needs the unanimous "
                "approval of every member.",
                "known",
                None,
                "Seeds 000/003: the Vilnius wording; unanimity for new members.",
            ),
        ],
        [
            S(
                "Since Sweden's accession last year, unanimity means 32 governments.",
                "changed",
                ["sweden-member", "alliance-32"],
                "Sweden a member and 32 allies, against the seeds' waiting Sweden and 31.",
            ),
            S(
                "Hungary's Viktor Orban has said his government will not back Kyiv's accession, arguing that it "
                "would drag the alliance into a war with Russia.",
                "contradicted",
                "ad-orban-no",
                "An ally's leader refusing membership: denial (conventions).",
            ),
        ],
        [
            S(
                "In February Trump's defence secretary, Pete Hegseth, said membership was not a realistic "
                "outcome of any settlement, and Trump later told Kyiv to forget about it.",
                "contradicted",
                ["ad-hegseth-unrealistic", "ad-trump-forget"],
                "Retells both US denials.",
            ),
            S("Spain has already signalled that it will not meet the new spending target."),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# AD05 Explainer after Alaska and the White House: Article 5-like guarantees, NATO off the table
article(
    ARTICLES,
    "ad-2025-08-20-article5-like-explainer",
    "2025-08-20T14:05:00+00:00",
    "https://www.reuters.com/world/europe/what-article-5-like-security-guarantees-could-mean-ukraine-2025-08-20/",
    S(
        "Explainer: What Article 5-like guarantees could mean for Ukraine, with NATO itself off the table",
        "contradicted",
        "ad-trump-no-nato",
        "Membership ruled out by the US president; the guarantee offer is reported below.",
        ["new"],
    ),
    [
        [
            S(
                "WASHINGTON, August 20 (Reuters) – Donald Trump told Volodymyr Zelensky and European leaders at "
                "the White House on Monday that the United States would help guarantee Ukraine's security under "
                "any deal to end the war, though he gave few details.",
                "new",
                "ad-trump-us-help",
                "US pledge to help with guarantees; no seed counterpart.",
            ),
            S("The meeting came three days after Trump hosted Vladimir Putin in Anchorage."),
        ],
        [
            S(
                "The idea gathered pace after special envoy Steve Witkoff said that at the Alaska summit Putin had "
                "accepted that the United States and Europe could offer Ukraine protection resembling NATO's "
                "Article 5.",
                "new",
                "ad-witkoff-art5",
                "Article 5-like offer: new per the conventions.",
            ),
            S(
                "Witkoff called it a game-changing concession that answered one of the main reasons Kyiv wanted "
                "to join the alliance.",
                "new",
                "ad-witkoff-art5",
                "Same offer, retold.",
            ),
        ],
        [
            S(
                "The same weekend Trump wrote on social media that there would be no going into NATO by Ukraine, "
                "adding that some things never change.",
                "contradicted",
                "ad-trump-no-nato",
                "The US president ruling out membership.",
            ),
            S(
                "That echoed Defence Secretary Pete Hegseth's verdict in February that membership was not a "
                "realistic outcome of a settlement.",
                "contradicted",
                "ad-hegseth-unrealistic",
                "Retells the US denial.",
            ),
        ],
        [
            S(
                "Article 5 of NATO's founding treaty obliges allies to treat an attack on one as an attack on "
                "all, and the G7 declaration Kyiv secured in 2023 deliberately stopped short of it.",
                "known",
                None,
                "Seed 003: the G7 declaration does not replicate Article 5.",
            ),
            S(
                "That declaration, since joined by 32 countries, promised sustainable Ukrainian forces able to "
                "deter Russia and consultations within 24 hours of any new aggression.",
                "known",
                None,
                "Seed 003: 32 signatories (equal to the seed's count), sustainable forces, 24 hours.",
            ),
            S(
                "The bilateral pacts that put it into practice are meant to expire once Ukraine joins NATO, and "
                "Zelensky has always said they are no substitute for membership.",
                "known",
                None,
                "Seed 003: the pacts expire on accession and cannot substitute for it.",
            ),
        ],
        [
            S(
                "Italy's Prime Minister Giorgia Meloni has for months promoted a model in which allies would "
                "pledge to defend Ukraine under an Article 5-style clause without admitting it.",
                "new",
                "ad-meloni-art5",
                "Article 5-style guarantee instead of membership: new.",
            ),
            S(
                "NATO Secretary General Mark Rutte said after the White House meeting that leaders had discussed "
                "Article 5-type guarantees rather than membership.",
                "new",
                "ad-rutte-art5",
                "'Membership not on the agenda; Article 5-type guarantees are': new (conventions).",
            ),
        ],
        [
            S(
                "Moscow has signalled its limits, with Foreign Minister Sergei Lavrov saying on Wednesday that "
                "talking about security guarantees without Russia was a road to nowhere.",
                "new",
                "ad-lavrov-nowhere",
                "Russia's position on the guarantees; no seed counterpart.",
            ),
            S(
                "Fighting meanwhile continued in the Donetsk region, where Russian troops pressed near Pokrovsk."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# AD06 Explainer after Paris: 26 countries pledge a force (Russia's warning, offices changed in Kyiv
# and Warsaw, Nawrocki's pledge)
article(
    ARTICLES,
    "ad-2025-09-05-coalition-26-explainer",
    "2025-09-05T15:30:00+00:00",
    "https://www.dw.com/en/coalition-of-the-willing-what-security-guarantees-for-ukraine/a-73891204",
    S(
        "Explainer: Twenty-six countries pledge a force for post-war Ukraine, but no seat in NATO",
        "new",
        "ad-coalition-26",
        "Pledges to a reassurance force; guarantees instead of membership: new.",
    ),
    [
        [
            S(
                "PARIS, September 5 – Twenty-six countries have formally committed to take part in a reassurance "
                "force for Ukraine on land, at sea or in the air once the fighting stops, French President "
                "Emmanuel Macron said after the coalition of the willing met in Paris on Thursday.",
                "new",
                "ad-coalition-26",
                "26 troop pledges: a number with no seed counterpart.",
            ),
            S(
                "The force would not fight on the front line but would deploy after a ceasefire to deter another "
                "Russian offensive, he said.",
                "new",
                "ad-coalition-26",
                "Role of the same force.",
            ),
        ],
        [
            S("The meeting also discussed new sanctions on buyers of Russian oil."),
            S(
                "The Kremlin has called foreign troops in Ukraine unacceptable, and Vladimir Putin warned on "
                "Friday that any Western soldiers deployed there would be legitimate targets.",
                "new",
                ["ad-russia-no-troops", "ad-putin-targets"],
                "Russia's rejection of the guarantee force; no seed counterpart.",
            ),
        ],
        [
            S(
                "The coalition took shape in London in March, after the Trump administration made clear it did "
                "not see NATO membership as a realistic end to the war.",
                "contradicted",
                "ad-hegseth-unrealistic",
                "Retells the US denial.",
            ),
            S(
                "Its members have since tried to build guarantees that stop short of the alliance's mutual "
                "defence clause, much as the G7 declaration agreed at Vilnius in 2023 did.",
                "known",
                None,
                "Seed 003: guarantees without Article 5.",
                ["new"],
            ),
        ],
        [
            S(
                "It is a long way from the promise made at Bucharest in 2008 that Ukraine would one day be a "
                "member, and from the Vilnius pledge that its future lies in NATO.",
                "known",
                None,
                "Seeds 000/003: Bucharest and Vilnius.",
            ),
            S(
                "Both statements remain on paper, and the Washington summit last year called Kyiv's path "
                "irreversible, but no invitation has been issued.",
                "known",
                None,
                "Seed 003: 'irreversible', no invitation.",
            ),
        ],
        [
            S("The people around the table have also changed."),
            S(
                "Rustem Umerov, defence minister when Ukraine signed its first security agreements, now heads the "
                "National Security and Defence Council, and former prime minister Denys Shmyhal took over the "
                "defence ministry in July.",
                "changed",
                ["ad-umerov-nsdc", "ad-shmyhal-defence"],
                "Seeds name Umerov as defence minister and Danilov as NSDC secretary.",
            ),
            S(
                "In Poland, Karol Nawrocki succeeded Andrzej Duda as president in August.",
                "changed",
                "ad-nawrocki-president",
                "Seed names Duda as Poland's president.",
            ),
            S(
                "During his campaign he signed a pledge not to ratify Ukraine's entry into NATO.",
                "contradicted",
                "ad-nawrocki-pledge",
                "Veto pledge by an ally's future president (conventions).",
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# AD07 Analysis of the 28-point plan: the NATO clause, the European counter-proposal, Geneva
article(
    ARTICLES,
    "ad-2025-11-24-peace-plan-nato-clause",
    "2025-11-24T10:20:00+00:00",
    "https://carnegieendowment.org/emissary/2025/11/us-peace-plan-ukraine-nato-clause-security-guarantees",
    S(
        "Analysis: Washington's peace plan would write Ukraine out of NATO for good",
        "contradicted",
        "ad-28-renounce",
        "US draft requiring Ukraine to renounce membership (conventions).",
    ),
    [
        [
            S(
                "KYIV, November 24 – The 28-point plan drafted by US envoy Steve Witkoff with Kremlin envoy "
                "Kirill Dmitriev asks Ukraine to do something no ally has ever formally demanded of it: give up "
                "on NATO.",
                "contradicted",
                "ad-28-renounce",
                "The draft requires renouncing membership.",
            ),
            S(
                "Under the draft, Kyiv would enshrine in its constitution that it will not join the alliance, and "
                "NATO would write into its statutes that Ukraine will never be admitted.",
                "contradicted",
                "ad-28-renounce",
                "Same clause, in detail.",
            ),
        ],
        [
            S(
                "The text also bars NATO troops from Ukraine and caps its armed forces at 600,000, while "
                "promising reliable security guarantees it does not define.",
                "new",
                "ad-28-cap",
                "Terms of the draft's security arrangements; no seed counterpart.",
            ),
            S(
                "It would also invest frozen Russian assets in reconstruction projects led by the United States."
            ),
        ],
        [
            S(
                "Britain, France and Germany answered on Sunday with a counter-proposal that keeps the door ajar, "
                "saying Ukraine's accession depends on a consensus among allies that does not exist.",
                "new",
                "ad-e3-counter",
                "Consensus lacking now: new, not a denial (conventions).",
            ),
            S(
                "Their version would raise the peacetime ceiling on Ukraine's forces to 800,000 and ask "
                "Washington for a guarantee mirroring Article 5.",
                "new",
                "ad-e3-counter",
                "Same counter-proposal: 800,000 troops, Article 5-like guarantee.",
            ),
        ],
        [
            S(
                "In Geneva the same day, delegations led by Secretary of State Marco Rubio and Zelensky's chief "
                "of staff Andriy Yermak said they had produced an updated and refined framework, without saying "
                "what became of the NATO clause.",
                "new",
                "ad-geneva-framework",
                "Revised peace framework; no seed counterpart.",
            ),
        ],
        [
            S(
                "For Kyiv the clause would undo a promise first made at Bucharest in 2008, when allies said "
                "Ukraine would become a member but gave no date.",
                "known",
                None,
                "Seed 000: Bucharest's promise without a date.",
                ["contradicted"],
            ),
            S(
                "At Vilnius in 2023 the allies declared its future to be in NATO, and in Washington a year later "
                "they called the path irreversible.",
                "known",
                None,
                "Seed 003: Vilnius and Washington wording.",
            ),
            S(
                "Trump himself wrote in August that there would be no going into NATO by Ukraine.",
                "contradicted",
                "ad-trump-no-nato",
                "Retells the US president's denial.",
            ),
        ],
        [
            S(
                "Moscow has long demanded that Ukraine stay neutral, and Vladimir Putin said on Friday that the "
                "plan could form the basis of a final settlement.",
                "contradicted",
                "ad-russia-demands",
                "Russian demand of neutrality: contradicted per the conventions.",
                ["new"],
            ),
            S(
                "Zelensky told the nation that Ukraine faced a choice between losing its dignity and losing a "
                "key partner."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# AD08 Analysis after the Paris declaration: a European force and a US promise instead of NATO
# (Zelensky's Berlin offer, the Senate guarantee, Yermak gone, Budanov, Fedorov proposed)
article(
    ARTICLES,
    "ad-2026-01-07-paris-declaration-analysis",
    "2026-01-07T12:45:00+00:00",
    "https://www.rferl.org/a/ukraine-paris-declaration-security-guarantees-nato-analysis/33645120.html",
    S(
        "Analysis: In Paris, Ukraine swaps its NATO hopes for a European force and an American promise",
        "new",
        ["ad-paris-declaration", "ad-zelensky-drop-bid"],
        "Guarantees instead of membership: new per the conventions.",
        ["contradicted"],
    ),
    [
        [
            S(
                "PRAGUE, January 7 – Britain and France signed a declaration of intent in Paris on Tuesday to "
                "deploy forces to Ukraine once a ceasefire takes hold, and to set up military hubs away from the "
                "front line.",
                "new",
                "ad-paris-declaration",
                "UK-French declaration of intent to deploy; no seed counterpart.",
            ),
            S(
                "Leaders of the coalition of the willing also agreed that the United States would lead the "
                "monitoring of any ceasefire, with envoys Steve Witkoff and Jared Kushner attending.",
                "new",
                "ad-us-monitoring",
                "US role in the guarantee package; no seed counterpart.",
            ),
            S(
                "The 26 countries that pledged in September to join a reassurance force have still not said how "
                "many troops they will send.",
                "new",
                "ad-coalition-26",
                "Retells the 26 pledges.",
            ),
        ],
        [
            S(
                "The Paris text completes a shift Zelensky acknowledged in Berlin in December, when he said Kyiv "
                "was ready to drop its bid for NATO membership in return for Western guarantees modelled on "
                "Article 5.",
                "new",
                "ad-zelensky-drop-bid",
                "Guarantees instead of membership, offered by Kyiv itself: new (conventions).",
                ["contradicted"],
            ),
            S(
                "He called that a compromise, saying some partners in the United States and Europe had never "
                "backed Ukraine's accession.",
                "new",
                "ad-zelensky-drop-bid",
                "Same offer; named reluctant partners are consensus lacking, not a denial.",
                ["contradicted"],
            ),
            S(
                "US officials said at the time that Washington would offer guarantees similar to Article 5 and "
                "submit them to the Senate for a vote.",
                "new",
                "ad-us-art5-senate",
                "US Article 5-like guarantee to be ratified; no seed counterpart.",
            ),
        ],
        [
            S(
                "Membership has guided Ukrainian policy since 2008, when allies meeting in Bucharest said Ukraine "
                "would one day join, and Kyiv wrote the goal into its constitution in 2019.",
                "known",
                None,
                "Seeds 000/004: Bucharest; the 2019 constitutional amendment.",
            ),
            S(
                "The bilateral pacts that Britain began signing with Kyiv in January 2024 were always meant as a "
                "bridge, lapsing the moment Ukraine entered the alliance.",
                "known",
                None,
                "Seed 003: the UK's first pact in January 2024; pacts expire on accession.",
            ),
            S("Ukraine's parliament has yet to debate any of the arrangements."),
        ],
        [
            S(
                "Andriy Yermak, who led Kyiv's early talks with Washington and London on guarantees, resigned as "
                "head of the presidential office in November after anti-corruption investigators searched his "
                "home.",
                "changed",
                "ad-yermak-gone",
                "The seed's head of the President's Office has left it.",
            ),
            S(
                "Zelensky named military intelligence chief Kyrylo Budanov to the post on January 2.",
                "changed",
                "ad-budanov-office",
                "New holder of the seed's office (Yermak's).",
            ),
            S(
                "He also proposed Mykhailo Fedorov as defence minister, moving Denys Shmyhal to the energy "
                "ministry.",
                "changed",
                "ad-fedorov-proposed",
                "Proposed for the seed's defence office only: optional.",
                ["irrelevant"],
            ),
        ],
        [
            S("Russian drones struck energy facilities in Odesa and Dnipro overnight."),
        ],
    ],
    True,
)

# ============================================================================================
# NEAR OR OFF TOPIC (4)
# ============================================================================================

# --------------------------------------------------------------------------------------------
# AD09 Steadfast Defender 2024 (exercise; one known line on Finland)
article(
    ARTICLES,
    "ad-2024-01-18-steadfast-defender",
    "2024-01-18T16:10:00+00:00",
    "https://www.reuters.com/world/europe/nato-hold-biggest-drills-since-cold-war-with-90000-troops-2024-01-18/",
    S("NATO to stage its biggest exercise since the Cold War with some 90,000 troops"),
    [
        [
            S(
                "BRUSSELS, January 18 (Reuters) – NATO will launch its largest military exercise in decades next "
                "week, with around 90,000 troops rehearsing how to reinforce the alliance's eastern flank, its "
                "top commander said on Thursday."
            ),
            S(
                "The Steadfast Defender 2024 drills will run until May and involve more than 50 ships, over 80 "
                "aircraft and some 1,100 combat vehicles, US General Christopher Cavoli told reporters."
            ),
        ],
        [
            S(
                "The exercise will test the alliance's new regional defence plans, the first drawn up since the "
                "end of the Cold War."
            ),
            S("It will rehearse a scenario of emerging conflict with a near-peer adversary."),
            S(
                "Cavoli said forces would move from North America across the Atlantic and through Europe to the "
                "alliance's borders with Russia and Belarus."
            ),
        ],
        [
            S(
                "Finland, which joined last April after abandoning decades of military non-alignment, will take "
                "part as a full member for the first time.",
                "known",
                None,
                "Seed 001: Finland dropped non-alignment and was admitted.",
            ),
            S(
                "The last exercise on a comparable scale was Reforger in 1988, with some 125,000 participants."
            ),
        ],
        [
            S("Moscow has described such drills as provocative."),
            S(
                "Separate national exercises will run alongside the main event in Poland, Germany and the Baltic states."
            ),
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# AD10 Montenegro's EU accession talks (other country's accession)
article(
    ARTICLES,
    "ad-2024-12-17-montenegro-eu-chapters",
    "2024-12-17T13:25:00+00:00",
    "https://www.rferl.org/a/montenegro-eu-accession-talks-chapters-closed/33243517.html",
    S("Montenegro closes three more chapters in its EU accession talks"),
    [
        [
            S(
                "BRUSSELS, December 17 – Montenegro provisionally closed three more chapters of its membership "
                "negotiations with the European Union on Monday, its first progress of the kind in years."
            ),
            S(
                "The step, taken at an intergovernmental conference in Brussels, confirms the Adriatic country, "
                "which opened talks in 2012, as the front-runner among the Western Balkan candidates."
            ),
        ],
        [
            S(
                "Prime Minister Milojko Spajic said his government aimed to close all remaining chapters by the "
                "end of 2026 and to join the bloc soon afterwards."
            ),
            S(
                "Enlargement Commissioner Marta Kos, in her first weeks in the job, said Montenegro showed that "
                "reforms bring results."
            ),
        ],
        [
            S(
                "In June the country received a positive assessment of its rule-of-law benchmarks, which allowed "
                "it to start closing chapters."
            ),
            S(
                "Diplomats cautioned that the hardest chapters, on the judiciary and fundamental rights and on "
                "justice and security, remain open."
            ),
            S(
                "Montenegro, a member of NATO since 2017, uses the euro although it is not part of the eurozone."
            ),
        ],
        [
            S(
                "Albania, which opened its first cluster of talks in October, hopes to follow quickly."
            ),
            S(
                "Serbia's talks remain largely stalled over its refusal to align with EU sanctions on Russia."
            ),
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# AD11 Armenia's parliament backs the EU accession bill (other country's membership bid)
article(
    ARTICLES,
    "ad-2025-03-26-armenia-eu-bill",
    "2025-03-26T15:50:00+00:00",
    "https://www.reuters.com/world/armenian-parliament-approves-bill-launching-eu-membership-bid-2025-03-26/",
    S("Armenia's parliament backs bill launching a bid to join the European Union"),
    [
        [
            S(
                "YEREVAN, March 26 (Reuters) – Armenia's parliament passed a law on Wednesday declaring the start "
                "of the country's effort to join the European Union, a symbolic step away from its traditional "
                "ally Russia."
            ),
            S("Lawmakers approved the bill by 64 votes to 7."),
        ],
        [
            S(
                "Prime Minister Nikol Pashinyan has said the law does not mean Armenia will apply at once, and "
                "that any decision on membership would have to be put to a referendum."
            ),
            S(
                "The bill began as a citizens' initiative backed by tens of thousands of signatures."
            ),
        ],
        [
            S(
                "Moscow has warned that membership of the bloc is incompatible with Armenia's place in the "
                "Russian-led Eurasian Economic Union."
            ),
            S(
                "Relations between Yerevan and Moscow soured after Azerbaijan retook Nagorno-Karabakh in 2023 "
                "while Russian peacekeepers stood by."
            ),
            S(
                "Armenia has since frozen its participation in the Russian-led Collective Security Treaty Organization."
            ),
        ],
        [
            S(
                "The European Union has not commented on the law, though it opened a dialogue on visa-free travel "
                "for Armenians last year."
            ),
            S(
                "Analysts said full membership remained a distant prospect for a country that borders Iran and "
                "relies on Russia for most of its gas."
            ),
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# AD12 The Hague's 5 percent spending target (spending; the 32 allies in passing, optional)
article(
    ARTICLES,
    "ad-2025-06-26-hague-five-percent",
    "2025-06-26T10:00:00+00:00",
    "https://apnews.com/article/nato-summit-hague-defense-spending-five-percent-explainer-2025",
    S("Explainer: What NATO's new 5% spending goal means, and who is balking"),
    [
        [
            S(
                "THE HAGUE, June 26 (AP) – NATO leaders agreed on Wednesday to raise their defence spending "
                "target to 5 percent of gross domestic product over the next decade, the biggest increase since "
                "the Cold War."
            ),
            S(
                "Under the deal, 3.5 percent would go to core defence such as troops and weapons, and 1.5 percent "
                "to related items such as infrastructure, cyber defence and civil preparedness."
            ),
            S("Allies have until 2035 to reach the goal and will review progress in 2029."),
        ],
        [
            S(
                "The previous benchmark of 2 percent was set in 2014 after Russia annexed Crimea, and only this "
                "year did every ally expect to meet it."
            ),
            S(
                "All 32 allies signed the summit declaration, though Spain claims a flexibility that other "
                "capitals dispute.",
                "changed",
                "alliance-32",
                "32 allies against the seed's 31; incidental in an off-topic story.",
                ["irrelevant"],
            ),
            S(
                "Spanish Prime Minister Pedro Sanchez said his country could meet its capability targets without "
                "reaching 5 percent, drawing threats of trade retaliation from Donald Trump."
            ),
        ],
        [
            S(
                "Trump, who had questioned the alliance's mutual defence clause on his way to the summit, called "
                "the deal a big win."
            ),
            S(
                "Analysts say the 1.5 percent category is loosely defined, making it easier for governments to "
                "count spending they would have made anyway."
            ),
            S(
                "Germany has already exempted most defence spending above 1 percent of output from its "
                "constitutional borrowing limit."
            ),
        ],
    ],
    False,
)
