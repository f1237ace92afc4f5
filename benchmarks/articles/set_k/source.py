"""Article set k: the articles, sentence by sentence with their gold (`python3 ../build.py set_k`)."""

from corpus import S, article

CHANNEL = "Article set k: Ukraine, NATO and beyond"
DESCRIPTION = "12 articles rewritten from real 2025-2026 coverage (links point at the originals)."
ARTICLES: list = []

# ============================================================================================
# ON TOPIC (8)
# ============================================================================================

# --------------------------------------------------------------------------------------------
# K01 Trump sworn in (on topic: office holders of the seeds replaced; Kellogg's postponement plan)
article(
    ARTICLES,
    "ark-2025-01-20-trump-sworn-in",
    "2025-01-20T19:30:00+00:00",
    "https://www.reuters.com/world/us/trump-be-sworn-us-president-2025-01-20/",
    S(
        "Trump sworn in as president, promising to be a peacemaker as Kyiv watches closely",
        "changed",
        "us-president-trump",
        "Office holder: US president, Biden in the seeds, now Trump.",
    ),
    [
        [
            S(
                "WASHINGTON, January 20 – Donald Trump took the oath of office on Monday as the 47th president of "
                "the United States, in a ceremony moved into the Capitol Rotunda because of bitter cold.",
                "changed",
                "us-president-trump",
                "Trump now holds the office the seeds give to Biden.",
            ),
            S(
                "Joe Biden, whose term ended at noon after four years in which he made the defence of Ukraine a "
                "pillar of his foreign policy, looked on from the front row.",
                "changed",
                "us-president-trump",
                "The seeds' office holder has left the presidency.",
            ),
        ],
        [
            S(
                "In his inaugural address Trump said he wanted his proudest legacy to be that of a peacemaker and "
                "unifier, but he did not mention Ukraine by name."
            ),
            S("During the campaign he had claimed he could end the war within a day."),
        ],
        [
            S(
                "He has chosen retired General Keith Kellogg as his special envoy for Ukraine and Russia."
            ),
            S(
                "Last year Kellogg co-wrote a paper for a Trump-aligned think tank proposing that Ukraine's entry "
                "into NATO be put off for an extended period in exchange for a ceasefire and continued American "
                "arms.",
                "new",
                "kellogg-postpone",
                "A proposal to postpone membership for a long time (new by convention, not a denial).",
            ),
        ],
        [
            S(
                "Mike Waltz also moved into the White House on Monday as national security adviser, succeeding "
                "Jake Sullivan.",
                "changed",
                "nsa-waltz",
                "Office holder: national security adviser, Sullivan in the seeds, now Waltz.",
            ),
            S(
                "The Senate has yet to vote on Pete Hegseth, Trump's pick to replace Lloyd Austin at the "
                "Pentagon.",
                "changed",
                "defsec-hegseth-nominated",
                "Austin's successor only nominated so far (optional by convention).",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "It was Sullivan who said at the alliance's 2023 summit in Vilnius that admitting Ukraine in the "
                "middle of the war would mean NATO at war with Russia.",
                "known",
                None,
                "Seed 000/001: Sullivan's remark at Vilnius.",
            ),
            S(
                "That summit declared that Ukraine's future was in NATO and that an invitation would come when "
                "allies agreed and conditions were met, but it set no date.",
                "known",
                None,
                "Seed 004/000: the Vilnius wording and the lack of a timeline.",
            ),
            S(
                "Allied leaders meeting in Washington last July went further and called Kyiv's path to membership "
                "irreversible, while still stopping short of an invitation.",
                "known",
                None,
                "Seed 004: the Washington summit's irreversible path and no invitation.",
            ),
        ],
        [
            S(
                "President Volodymyr Zelensky congratulated Trump and said he hoped American strength would help "
                "bring a just peace."
            ),
            S(
                "In Moscow, Vladimir Putin also offered his congratulations and said Russia was open to dialogue "
                "with the new administration."
            ),
        ],
        [
            S(
                "Trump later signed a stack of executive orders in front of supporters at a sports arena in "
                "downtown Washington."
            )
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# K02 Zelensky: nuclear weapons if NATO entry is delayed (on topic: new; long background)
article(
    ARTICLES,
    "ark-2025-02-05-zelensky-nukes-or-nato",
    "2025-02-05T10:50:00+00:00",
    "https://kyivindependent.com/if-nato-membership-delayed-ukraine-should-get-nuclear-weapons-instead-zelensky-says/",
    S(
        "Zelensky: if NATO entry is delayed for decades, give Ukraine nuclear weapons instead",
        "new",
        "zelensky-nukes-or-nato",
        "Zelensky's alternatives to a delayed membership; no seed counterpart.",
    ),
    [
        [
            S(
                "KYIV, February 5 – President Volodymyr Zelensky has said that if Ukraine's accession to NATO "
                "drags on for years, its partners should give it nuclear weapons or other means of holding Russia "
                "off in the meantime.",
                "new",
                "zelensky-nukes-or-nato",
                "Zelensky asks for nuclear weapons or equivalent deterrence instead of quick membership.",
            ),
            S(
                "He made the remarks in a long interview with British broadcaster Piers Morgan released on "
                "Tuesday."
            ),
        ],
        [
            S(
                "Membership, he said, was a question for the future rather than for today, and the decision was "
                "not Kyiv's to make.",
                "known",
                None,
                "Seeds: no membership now; an invitation only when allies agree.",
            ),
            S(
                "If partners kept the process going for years or even decades, he argued, Ukraine had every right "
                "to ask what would defend it along the way.",
                "new",
                "zelensky-nukes-or-nato",
                "Part of the same argument for an alternative deterrent.",
            ),
        ],
        [
            S(
                "His list was blunt: give back the nuclear arsenal, supply missile systems, help pay for an army "
                "of a million soldiers and station foreign contingents in parts of the country.",
                "new",
                "zelensky-nukes-or-nato",
                "The alternatives he names, including foreign troops; no seed counterpart.",
            )
        ],
        [
            S(
                "He added that if Putin had invaded out of fear that Ukraine would join the alliance, then Russian "
                "troops should leave, since Ukraine was still not a member.",
                "known",
                None,
                "Seed 000: Putin casts enlargement as a threat; Ukraine is not a member.",
            )
        ],
        [
            S(
                "Ukraine inherited the world's third-largest nuclear arsenal from the Soviet Union and gave it up "
                "under the 1994 Budapest Memorandum, in which Russia, Britain and the United States promised to "
                "respect its borders.",
                "known",
                None,
                "Seed 001: the Budapest Memorandum.",
            ),
            S(
                "Officials in Kyiv say Moscow's seizure of Crimea 20 years later showed what those promises were "
                "worth.",
                "known",
                None,
                "Seed 001: Russia disregarded its Budapest commitments.",
            ),
        ],
        [
            S(
                "Britain was the first country to turn the Group of Seven's 2023 pledge of long-term support into "
                "a bilateral security pact, in January last year, but such pacts carry no obligation to fight for "
                "Ukraine, and Zelensky has said they cannot replace membership.",
                "known",
                None,
                "Seed 003: the UK's first agreement, no Article 5, no substitute for membership.",
            )
        ],
        [S("The interview was recorded in Kyiv and runs for about an hour and a half.")],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# K03 The US "final offer" of April 2025 (on topic: US plan ruling out membership, European guarantee)
article(
    ARTICLES,
    "ark-2025-04-22-us-final-offer",
    "2025-04-22T21:10:00+00:00",
    "https://www.axios.com/2025/04/22/trump-russia-ukraine-peace-deal-crimea",
    S(
        "US 'final offer' would recognise Crimea as Russian and rule out NATO for Ukraine",
        "contradicted",
        "us-april-no-nato",
        "A US proposal committing Ukraine never to join NATO.",
    ),
    [
        [
            S(
                "WASHINGTON, April 22 – The United States has presented Ukraine with a peace framework under which "
                "Washington would recognise Russia's annexation of Crimea in law, people with direct knowledge of "
                "the document said on Tuesday."
            ),
            S(
                "The one-page text, handed to Ukrainian officials in Paris last week, describes itself as "
                "President Donald Trump's final offer."
            ),
        ],
        [
            S(
                "Among the gains it lists for Moscow is a promise that Ukraine will never become a member of NATO, "
                "although it could still join the European Union.",
                "contradicted",
                "us-april-no-nato",
                "The US text rules membership out; conflicts with Ukraine's future being in NATO.",
            ),
            S(
                "Russia would also see its hold on nearly all of Luhansk and the occupied parts of Donetsk, Kherson "
                "and Zaporizhzhia recognised in practice, and American sanctions imposed since 2014 would be "
                "lifted."
            ),
        ],
        [
            S(
                "In return, Kyiv would get what the paper calls a robust security guarantee from an ad hoc group of "
                "European countries and possibly like-minded states beyond Europe.",
                "new",
                "april-european-guarantee",
                "A European-led guarantee in place of membership; no seed counterpart.",
            ),
            S(
                "It does not say whether the United States would take part or how such a force would operate.",
                "new",
                "april-european-guarantee",
                "Detail of the same guarantee offer.",
            ),
            S(
                "Ukraine would also regain a small part of the Kharkiv region, free use of the Dnipro river and "
                "money for reconstruction."
            ),
        ],
        [
            S(
                "A source close to the Ukrainian government said the proposal spelled out exactly what Russia would "
                "gain but was vague about what Ukraine would receive."
            ),
            S(
                "Zelensky has already ruled out recognising Crimea as Russian, saying his country's constitution "
                "forbids it."
            ),
        ],
        [
            S(
                "NATO leaders declared at their 2008 summit in Bucharest that Ukraine would one day join the "
                "alliance, without saying when or how.",
                "known",
                None,
                "Seed 000: Bucharest's 'will become members' with no date.",
            ),
            S(
                "They wrote in Vilnius in 2023 that its future was in NATO, and in Washington last year they called "
                "its path irreversible.",
                "known",
                None,
                "Seeds 004/000: Vilnius and Washington wording.",
            ),
        ],
        [
            S(
                "Moscow has rejected other parts of the framework, notably any European peacekeeping force on "
                "Ukrainian soil, though Putin has reportedly offered to freeze the front line.",
                "new",
                "russia-rejects-force",
                "Russia's objection to a foreign force guaranteeing a settlement; no seed counterpart.",
            )
        ],
        [
            S(
                "Foreign ministers from Britain, France, Germany and Ukraine had been due to discuss the plan in "
                "London on Wednesday, but the meeting was downgraded to officials."
            ),
            S(
                "Secretary of State Marco Rubio has warned that Washington could walk away from the talks if there "
                "is no progress soon."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# K04 Carney in Kyiv on Independence Day (on topic: troop offer, US role; long background)
article(
    ARTICLES,
    "ark-2025-08-24-carney-kyiv",
    "2025-08-24T15:40:00+00:00",
    "https://www.newsx.com/world/canada-mark-carney-peacekeepers-not-ruled-out-ukraine-security-guarantees-52133/",
    S(
        "Carney in Kyiv: Canada will not rule out troops to back Ukraine's security guarantees",
        "new",
        "canada-troops-open",
        "Canada open to deploying troops as part of guarantees; no seed counterpart.",
    ),
    [
        [
            S(
                "KYIV, August 24 – Canadian Prime Minister Mark Carney said on Sunday that Canada would not exclude "
                "sending troops to Ukraine as part of the security guarantees its allies are drawing up for the "
                "period after a ceasefire.",
                "new",
                "canada-troops-open",
                "Canada's openness to a troop contribution.",
            ),
            S(
                "Carney, on his first visit since taking office in March, joined President Volodymyr Zelensky for "
                "the Independence Day ceremony on Saint Sophia Square."
            ),
        ],
        [
            S(
                "It was not realistic, he said, for the strength of Ukraine's own armed forces to be the only "
                "guarantee of its security, and partners would have to reinforce it.",
                "new",
                "canada-troops-open",
                "Carney's case for outside guarantees, same development.",
            )
        ],
        [
            S(
                "He confirmed that more than 1 billion Canadian dollars of previously announced military aid would "
                "arrive next month, and the two leaders agreed to build drones together."
            )
        ],
        [
            S(
                "Zelensky said foreign troops on the ground mattered and that the framework of guarantees should be "
                "settled within days.",
                "new",
                "guarantees-within-days",
                "Kyiv's call for foreign troops and a quick deal on guarantees; no seed counterpart.",
            )
        ],
        [
            S(
                "US special envoy Keith Kellogg attended the ceremony and received a state award from his host."
            )
        ],
        [
            S(
                "The talks follow last week's meeting at the White House, where Donald Trump told Zelensky and "
                "European leaders that the United States would help guarantee a settlement but that Europe would "
                "be the first line of defence.",
                "new",
                "us-role-guarantees",
                "US readiness to help with guarantees; no seed counterpart.",
            ),
            S(
                "Trump has since ruled out sending American ground forces, while suggesting that air support could "
                "be part of a deal.",
                "new",
                "us-no-troops",
                "The US role in the guarantees: no ground troops; no seed counterpart.",
            ),
        ],
        [
            S(
                "Kyiv has pressed for guarantees because the alliance has given it no date for joining, promising "
                "only an invitation once allies agree and conditions are met.",
                "known",
                None,
                "Seed 004/000: no timeline; the Vilnius condition.",
            ),
            S(
                "The long-term pledges the Group of Seven made in 2023 cover weapons, training and consultations "
                "within 24 hours of a new attack, but no promise to fight.",
                "known",
                None,
                "Seed 003: the G7 declaration's terms, no Article 5.",
            ),
            S(
                "Canada turned that pledge into a ten-year bilateral agreement with Ukraine in February 2024.",
                "changed",
                "canada-agreement",
                "A newly concluded bilateral agreement (the seed has only the UK's).",
            ),
        ],
        [
            S(
                "Ukraine's air force said Russia had launched 72 drones and a missile overnight, most of which were "
                "shot down."
            )
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# K05 Coalition of the willing in London (on topic: guarantees, The Hague text; long background)
article(
    ARTICLES,
    "ark-2025-10-24-london-coalition-meeting",
    "2025-10-24T17:20:00+00:00",
    "https://www.hurriyetdailynews.com/uk-says-allies-should-boost-ukraines-long-range-missile-reach-215005",
    S(
        "Coalition of the willing meets in London on missiles and post-war guarantees for Kyiv",
        "new",
        "london-oct-coalition",
        "A coalition meeting on guarantees; no seed counterpart.",
    ),
    [
        [
            S(
                "LONDON, October 24 – British Prime Minister Keir Starmer urged Ukraine's allies on Friday to give "
                "Kyiv more long-range weapons as he hosted the coalition of the willing, the group preparing to "
                "stand behind any ceasefire.",
                "new",
                "london-oct-coalition",
                "The coalition that would back a ceasefire meets; no seed counterpart.",
            ),
            S(
                "Zelensky, who had seen King Charles at Windsor Castle earlier in the day, attended in person, as "
                "did NATO Secretary General Mark Rutte and the Danish and Dutch prime ministers."
            ),
            S(
                "About 20 other leaders, among them French President Emmanuel Macron, joined by video."
            ),
        ],
        [
            S(
                "Greeting Zelensky at Downing Street, Starmer said there was more the allies could do on long-range "
                "capability, alongside the coalition's vital work on the security guarantees Ukraine will need.",
                "new",
                "london-oct-coalition",
                "Starmer on the coalition's guarantee work.",
            )
        ],
        [
            S(
                "The leaders also discussed pushing Russian oil and gas off world markets and using frozen Russian "
                "assets to pay for Ukraine's defence."
            ),
            S(
                "The meeting came days after Washington blacklisted Russia's two biggest oil companies and the "
                "European Union agreed its 19th package of sanctions."
            ),
        ],
        [
            S(
                "Britain and France, which lead the coalition, say the planning is largely done for a multinational "
                "force that would deploy on land, at sea and in the air after a ceasefire to deter another Russian "
                "attack.",
                "new",
                "multinational-force-plan",
                "The reassurance force's shape; no seed counterpart.",
            ),
            S(
                "Moscow has said repeatedly that it will not accept troops from NATO countries in Ukraine.",
                "new",
                "russia-rejects-force",
                "Russia's objection to a post-war force, as before.",
            ),
        ],
        [
            S(
                "Kyiv regards such a force as a stopgap rather than a substitute, since Zelensky has said no set of "
                "guarantees can replace membership of the alliance.",
                "known",
                None,
                "Seed 003: guarantees cannot substitute for membership.",
            ),
            S(
                "When NATO leaders met at The Hague in June, their short final statement did not mention Ukraine's "
                "membership at all, although allies insisted the promises made earlier still stood.",
                "new",
                "hague-omits-membership",
                "The summit text leaves the membership line out while the commitment stands (new by convention).",
            ),
            S(
                "A year earlier in Washington they had called Ukraine's path irreversible and described their aid "
                "as a bridge to membership.",
                "known",
                None,
                "Seed 004: irreversible path, assistance as a bridge.",
            ),
        ],
        [
            S(
                "Zelensky left Washington last week without the Tomahawk cruise missiles he had asked Trump to "
                "supply."
            )
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# K06 Putin in Bishkek on the US draft (on topic: the draft's NATO clauses, Russian demands)
article(
    ARTICLES,
    "ark-2025-11-27-putin-bishkek",
    "2025-11-27T16:05:00+00:00",
    "https://www.africanews.com/2025/11/27/putin-says-usukraine-draft-points-could-form-basis-for-future-peace-deal",
    S("Putin says US-Ukrainian draft could form the basis of future agreements"),
    [
        [
            S(
                "BISHKEK, November 27 – Russian President Vladimir Putin said on Thursday that the peace proposals "
                "Washington has been working on with Kyiv could serve as the basis for future agreements, but that "
                "no final text existed yet."
            ),
            S(
                "Speaking to reporters after a summit of the Russian-led Collective Security Treaty Organization, "
                "he said a US delegation led by envoy Steve Witkoff would come to Moscow next week."
            ),
        ],
        [
            S(
                "The American side, he said, was to some extent taking into account positions discussed before and "
                "after his August summit with Trump in Alaska."
            ),
            S(
                "He added that the fighting would stop once Ukrainian troops left the territory they hold, and that "
                "otherwise Russia would reach its aims by force."
            ),
        ],
        [
            S(
                "The original 28-point draft, drawn up by Witkoff with Russian input, would have had Ukraine write "
                "into its constitution that it will not join NATO and the alliance pledge never to admit it.",
                "contradicted",
                "us-28-renounce",
                "The US draft requires Ukraine to renounce membership (contradicted by convention).",
            ),
            S(
                "It also capped Ukraine's armed forces at 600,000 and barred NATO troops from its territory.",
                "new",
                "us-28-security-terms",
                "Security terms of the draft with no seed counterpart.",
            ),
            S(
                "American and Ukrainian negotiators reworked the text in Geneva on Sunday, and Putin said it had "
                "since been split into four parts.",
                "new",
                "geneva-rework",
                "The draft revised in Geneva; mentioned in passing.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "Putin said Russia was ready to put in writing that it had no intention of attacking Europe, calling "
                "such fears nonsense."
            ),
            S(
                "He repeated that he considers Ukraine's leadership illegitimate and said signing a deal with it was "
                "legally impossible for now."
            ),
        ],
        [
            S(
                "Moscow has long cast the alliance's eastward expansion as a threat to its security, a view Putin "
                "voiced at NATO's 2008 summit in Bucharest.",
                "known",
                None,
                "Seed 000: Putin called enlargement a direct threat.",
                ["contradicted"],
            ),
            S(
                "That summit promised Ukraine and Georgia eventual membership but gave them no plan for getting "
                "there.",
                "known",
                None,
                "Seed 004/000: Bucharest, no MAP and no date.",
            ),
            S(
                "In June last year Putin made Kyiv's formal renunciation of its NATO bid, together with a "
                "withdrawal from four regions, a condition for a ceasefire.",
                "contradicted",
                "putin-june-terms",
                "A Russian demand that Ukraine renounce membership (alt new by convention).",
                ["new"],
            ),
        ],
        [S("Kyiv and its European allies say any settlement must not reward aggression.")],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# K07 Moscow: Western troops in Ukraine would be targets (on topic: Russian reaction, Paris declaration)
article(
    ARTICLES,
    "ark-2026-01-08-russia-legitimate-targets",
    "2026-01-08T14:45:00+00:00",
    "https://www.rte.ie/news/world/2026/0108/1552102-ukraine-russia/",
    S(
        "Moscow says Western troops sent to Ukraine would be legitimate targets",
        "new",
        "russia-targets-force",
        "Russia threatens a post-war multinational force; no seed counterpart.",
    ),
    [
        [
            S(
                "MOSCOW, January 8 – Russia warned on Thursday that any troops Western governments send to Ukraine "
                "would be treated as legitimate combat targets, its first response to plans for a multinational "
                "force agreed in Paris this week.",
                "new",
                "russia-targets-force",
                "Russia's warning against the force.",
            )
        ],
        [
            S(
                "In a statement, the foreign ministry said Western units, bases and depots on Ukrainian soil would "
                "be classed as foreign intervention and a direct threat to Russia and to other European "
                "countries.",
                "new",
                "russia-targets-force",
                "Same warning, in detail.",
            ),
            S(
                "It called the latest declarations of the coalition of the willing and the government in Kyiv a "
                "veritable axis of war.",
                "new",
                "russia-targets-force",
                "Same statement.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "At Tuesday's meeting in Paris, Britain and France signed a declaration of intent on deploying "
                "forces to Ukraine once a ceasefire holds, including military hubs and weapons depots.",
                "new",
                "paris-declaration-intent",
                "The British-French declaration on a post-war deployment; no seed counterpart.",
            ),
            S(
                "French President Emmanuel Macron said the force could involve thousands of French troops.",
                "new",
                "paris-declaration-intent",
                "Size of the planned French contribution.",
            ),
            S(
                "Prime Minister Keir Starmer said it would give British, French and partner forces a legal basis "
                "to help secure Ukraine's skies and seas and rebuild its army.",
                "new",
                "paris-declaration-intent",
                "Scope of the planned deployment.",
            ),
        ],
        [
            S(
                "The United States did not sign the declaration, but envoy Steve Witkoff said in Paris that Trump "
                "strongly stood behind security protocols meant to deter another attack.",
                "new",
                "us-backs-paris-protocols",
                "US backing for the guarantees; no seed counterpart.",
            ),
            S(
                "Washington has ruled out sending its own troops.",
                "new",
                "us-no-troops",
                "No US ground troops, as before.",
            ),
        ],
        [
            S(
                "Russia has said for months that it will never accept Western forces in Ukraine, and it says it "
                "went to war to stop its neighbour being drawn into NATO.",
                "new",
                "russia-rejects-force",
                "Russia's standing objection to foreign forces, as before.",
            )
        ],
        [
            S(
                "Kyiv has welcomed the plans but insists, as it has since 2023, that no set of guarantees can "
                "stand in for membership of the alliance.",
                "known",
                None,
                "Seed 003: guarantees cannot substitute for membership.",
            ),
            S(
                "NATO has called Ukraine's path to membership irreversible but has issued no invitation, and its "
                "leaders agreed at Vilnius in 2023 that one would come only when allies agree and conditions are "
                "met.",
                "known",
                None,
                "Seeds 004/000: irreversible path, no invitation, the Vilnius condition.",
            ),
        ],
        [
            S(
                "Rescuers in Kharkiv searched the ruins of a building hit by a Russian strike overnight."
            )
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# K08 Zelensky in Vilnius: the US guarantee document is ready (on topic: terms, office holder, drop-bid)
article(
    ARTICLES,
    "ark-2026-01-25-us-guarantee-ready",
    "2026-01-25T16:30:00+00:00",
    "https://www.euroscopenews.com/n/4081--zelenskyy-u-s-security-guarantees-document-ready-",
    S(
        "Zelensky says US security guarantee document is '100% ready' for signing",
        "new",
        "us-guarantee-doc-ready",
        "The US guarantee document is finished; no seed counterpart.",
    ),
    [
        [
            S(
                "VILNIUS, January 25 – President Volodymyr Zelensky said on Sunday that a document setting out "
                "American security guarantees for Ukraine was fully ready and that Kyiv was waiting for Washington "
                "to name a date and place for the signing.",
                "new",
                "us-guarantee-doc-ready",
                "The US guarantee text is complete.",
            ),
            S(
                "He spoke to reporters in the Lithuanian capital after meeting Lithuanian President Gitanas "
                "Nauseda and Polish President Karol Nawrocki at commemorations of the January Uprising of 1863."
            ),
        ],
        [
            S(
                "Once signed, the document would go to the US Congress and to Ukraine's parliament for "
                "ratification, he said.",
                "new",
                "us-guarantee-ratification",
                "Ratification of the guarantees by Congress and the Rada; no seed counterpart.",
            ),
            S(
                "For Ukraine, he added, security guarantees meant first and foremost guarantees from the United "
                "States.",
                "new",
                "us-guarantee-doc-ready",
                "Kyiv's emphasis on the US guarantee.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "At a coalition of the willing summit in Paris on January 6, Washington publicly backed guarantees "
                "for Ukraine for the first time, and officials described them as modelled on Article 5 of NATO's "
                "founding treaty.",
                "new",
                "us-backs-paris-protocols",
                "Article-5-style US backing for the guarantees; no seed counterpart.",
            ),
            S(
                "The same meeting produced a British-French declaration of intent on sending troops after a "
                "ceasefire.",
                "new",
                "paris-declaration-intent",
                "The declaration on a post-war deployment, as before.",
            ),
        ],
        [
            S(
                "Zelensky has said the guarantees would take effect only once the fighting ends.",
                "new",
                "us-guarantee-doc-ready",
                "A term of the US guarantee.",
            ),
            S(
                "He spoke after two days of talks in Abu Dhabi, the first known meeting of Ukrainian, Russian and "
                "American officials together since the full-scale invasion."
            ),
            S(
                "Territory remained the hardest question, he said, and Ukraine's territorial integrity had to be "
                "respected."
            ),
            S(
                "He also repeated that Kyiv wants to join the European Union in 2027, calling that an economic "
                "security guarantee."
            ),
        ],
        [
            S(
                "The Ukrainian team in Abu Dhabi was led by security council secretary Rustem Umerov and included "
                "Kyrylo Budanov, who replaced Andriy Yermak as head of the presidential office this month.",
                "changed",
                "pres-office-budanov",
                "Office holder: head of the President's Office, Yermak in the seeds, now Budanov.",
            )
        ],
        [
            S(
                "Kyiv has sought such guarantees since NATO's 2023 summit in Vilnius, where allies said its future "
                "lay in the alliance but offered neither an invitation nor a timetable.",
                "known",
                None,
                "Seeds 004/000: Vilnius wording, no invitation, no timeline.",
            ),
            S(
                "Britain signed the first bilateral security agreement with Ukraine in January 2024, under a Group "
                "of Seven framework that stops short of a mutual defence obligation.",
                "known",
                None,
                "Seed 003: the UK's first agreement; no Article 5.",
            ),
            S(
                "In December Zelensky offered to drop the bid to join NATO if the United States and Europe gave "
                "Ukraine guarantees of the Article 5 kind.",
                "contradicted",
                "zelensky-drop-bid",
                "Kyiv's offer to give up the membership bid (as other sets label it).",
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
# K09 Merz elected chancellor at the second attempt (off topic; one incidental known line)
article(
    ARTICLES,
    "ark-2025-05-06-merz-chancellor",
    "2025-05-06T18:15:00+00:00",
    "https://www.dw.com/en/friedrich-merz-elected-german-chancellor-after-failed-first-vote/a-72450480",
    S("Merz elected German chancellor at second attempt after historic first-round defeat"),
    [
        [
            S(
                "BERLIN, May 6 – Friedrich Merz was elected chancellor of Germany on Tuesday in a second round of "
                "voting, hours after falling short in the first, a setback no postwar candidate had suffered "
                "before."
            ),
            S(
                "The conservative leader won 325 votes in the Bundestag in the afternoon, after securing only 310 "
                "in the morning, six fewer than he needed."
            ),
        ],
        [
            S(
                "His coalition of the Christian Democrats, their Bavarian sister party and the Social Democrats "
                "holds 328 seats, so at least 18 of its own lawmakers deserted him in the secret ballot."
            ),
            S(
                "Social Democrat leader Lars Klingbeil becomes vice-chancellor and finance minister, and Boris "
                "Pistorius stays on at defence."
            ),
        ],
        [
            S(
                "Merz has promised to revive a stagnant economy, tighten migration rules and raise military "
                "spending."
            ),
            S("He plans to travel to Paris and Warsaw on Wednesday, his first full day in office."),
        ],
        [
            S(
                "Under his predecessor Olaf Scholz, Berlin sided with Washington at the 2023 NATO summit in Vilnius "
                "in refusing to give Ukraine a timetable for joining the alliance.",
                "known",
                None,
                "Seed 000: the US (and other allies) held back a timeline at Vilnius.",
            )
        ],
        [
            S(
                "The far-right Alternative for Germany, the largest opposition party, called on Merz to resign "
                "before he had even been elected."
            ),
            S("Financial markets dipped briefly after the first vote before recovering."),
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# K10 Rutte in Berlin: "we are Russia's next target" (off topic: defence; incidental office holder, 32)
article(
    ARTICLES,
    "ark-2025-12-11-rutte-next-target",
    "2025-12-11T13:00:00+00:00",
    "https://www.brusselstimes.com/news/1877083/europe-is-russias-next-target-says-nato-chief-rutte-tbtb/",
    S("Rutte warns allies 'we are Russia's next target' in Berlin speech"),
    [
        [
            S(
                "BERLIN, December 11 – NATO Secretary General Mark Rutte told allies on Thursday that they were "
                "Russia's next target and already in harm's way, urging them to spend and produce more for "
                "defence without delay."
            ),
            S(
                "Too many governments were quietly complacent and believed time was on their side, he said in a "
                "speech in the German capital."
            ),
        ],
        [
            S(
                "Rutte warned that the alliance must be ready for a war on the scale its members' grandparents and "
                "great-grandparents had endured, and said Russia could be ready to use force against NATO within "
                "five years."
            ),
            S("He called China a lifeline for Moscow's war economy."),
        ],
        [
            S(
                "Rutte, a former Dutch prime minister, took over the alliance from Jens Stoltenberg in October of "
                "last year.",
                "changed",
                "sg-rutte",
                "Office holder: NATO Secretary General, Stoltenberg in the seeds, now Rutte.",
            )
        ],
        [
            S(
                "At The Hague in June, the 32 allies agreed to raise defence spending to 5 percent of economic "
                "output by 2035.",
                "changed",
                "alliance-32",
                "A 32-member alliance (seed: 31); incidental in an off-topic story.",
                ["irrelevant"],
            ),
            S("That target was a good start, Rutte said, but not enough on its own."),
        ],
        [
            S(
                "He said President Donald Trump was the only leader who could bring Vladimir Putin to the table, "
                "and that it was time to test whether the Russian leader truly wanted peace."
            ),
            S("A Ukrainian defeat would cost Europe hundreds of billions of euros, he warned."),
        ],
        [
            S(
                "The speech was hosted by the Munich Security Conference ahead of its annual gathering in "
                "February."
            )
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# K11 Heraskevych disqualified over his helmet (off topic: sport)
article(
    ARTICLES,
    "ark-2026-02-12-heraskevych-helmet",
    "2026-02-12T11:20:00+00:00",
    "https://www.channelnewsasia.com/sport/skeleton-ukraines-heraskevych-disqualified-over-helmet-controversy-5925926",
    S("Ukraine's Heraskevych thrown out of Winter Olympics over helmet honouring war dead"),
    [
        [
            S(
                "CORTINA D'AMPEZZO, February 12 – Ukrainian skeleton racer Vladyslav Heraskevych was disqualified "
                "from the Milano Cortina Winter Olympics on Thursday for refusing to race without a helmet showing "
                "athletes killed since Russia's invasion."
            ),
            S(
                "The decision came minutes before the men's competition began, after a last meeting with "
                "International Olympic Committee President Kirsty Coventry at the sliding track."
            ),
        ],
        [
            S(
                "The helmet carries the portraits of some two dozen Ukrainian athletes and coaches, without any "
                "slogan."
            ),
            S(
                "The IOC had let him wear it in training and offered him a black armband for the race and the "
                "chance to show the helmet before and after his runs."
            ),
        ],
        [
            S(
                "Coventry, close to tears, said nobody disagreed with the message of remembrance but that a "
                "solution had to be found for the field of play."
            ),
            S(
                "The IOC said the helmet breached its guidelines on athlete expression and withdrew his "
                "accreditation with regret."
            ),
        ],
        [
            S("“I will not get my Olympic moment,” the 27-year-old said."),
            S("His father and coach, Mykhailo, said the committee had destroyed their dreams."),
        ],
        [
            S("His team said it would take the case to the Court of Arbitration for Sport."),
            S(
                "Heraskevych held up a sign reading “No War in Ukraine” at the Beijing Games in 2022, days before "
                "the full-scale invasion."
            ),
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# K12 EU adopts its 18th sanctions package (off topic; incidental Fico veto line)
article(
    ARTICLES,
    "ark-2025-07-18-eu-18th-sanctions",
    "2025-07-18T15:30:00+00:00",
    "https://www.wionews.com/world/-each-sanction-weakens-russia-eu-signs-off-new-sanctions-on-moscow-amid-ongoing-ukraine-war-1752823342660",
    S("EU adopts 18th sanctions package after Slovakia lifts its veto"),
    [
        [
            S(
                "BRUSSELS, July 18 – European Union governments approved a new package of sanctions against Russia "
                "on Friday, including a lower price cap on Russian crude, after Slovakia dropped a block it had "
                "kept up for weeks."
            ),
            S(
                "The cap will be set 15 percent below the average market price, about 47.60 dollars a barrel for "
                "now, instead of the 60 dollars agreed by the Group of Seven in 2022."
            ),
        ],
        [
            S(
                "The package also blacklists more than 100 tankers of Russia's shadow fleet, bans any transactions "
                "involving the Nord Stream pipelines and cuts off some 20 more Russian banks."
            ),
            S("A Russian-owned refinery in India and two Chinese banks are among the new targets."),
        ],
        [
            S(
                "Slovak Prime Minister Robert Fico said he had obtained guarantees from Brussels over gas prices as "
                "the bloc moves to end imports of Russian gas by the end of 2027."
            ),
            S(
                "Fico, who has also said Slovakia will never support Ukraine's membership of NATO, called further "
                "blocking counterproductive.",
                "contradicted",
                "fico-veto",
                "An ally's leader refuses to back Ukraine's membership; incidental here.",
            ),
        ],
        [
            S(
                "“Each sanction weakens Russia's ability to wage war,” EU foreign policy chief Kaja Kallas said, "
                "calling the package one of the strongest yet."
            ),
            S("Britain said it would apply the same oil price cap."),
        ],
        [
            S(
                "The United States has not joined the lower cap, and Moscow said it was considering "
                "countermeasures."
            )
        ],
    ],
    False,
)
