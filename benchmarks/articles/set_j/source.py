"""Article set j: the articles, sentence by sentence with their gold (`python3 ../build.py set_j`)."""

from corpus import S, article

CHANNEL = "Article set j: Ukraine, NATO and beyond"
DESCRIPTION = "12 articles rewritten from real 2024-2025 coverage (links point at the originals)."
ARTICLES: list = []

# ============================================================================================
# ON TOPIC (8)
# ============================================================================================

# --------------------------------------------------------------------------------------------
# J01 Kristersson in Budapest: Gripen deal clears Hungary's vote (on topic: Sweden's accession step)
article(
    ARTICLES,
    "j-2024-02-23-kristersson-budapest",
    "2024-02-23T16:40:00+00:00",
    "https://www.scmp.com/news/world/europe/article/3253067/hungary-let-sweden-nato-following-jet-fighter-deal",
    S(
        "Hungary to let Sweden into NATO after fighter jet deal",
        "changed",
        "hungary-sweden-vote",
        "Status step: the last ratification is coming; seed 001 has Sweden waiting on Turkey.",
    ),
    [
        [
            S(
                "BUDAPEST, February 23 – Prime Minister Viktor Orban said on Friday that Hungary's parliament would "
                "ratify Sweden's membership of NATO on Monday, after the two countries sealed a deal on Swedish "
                "fighter jets during a visit by his Swedish counterpart, Ulf Kristersson.",
                "changed",
                "hungary-sweden-vote",
                "Hungary's ratification scheduled; seed 001 has Sweden still waiting on Turkey.",
            ),
            S(
                "Hungary is the only ally that has not yet approved Stockholm's accession, Turkey's parliament having "
                "voted it through in January.",
                "changed",
                "sweden-turkey-ratified",
                "Turkey has ratified and Hungary is the last holdout (seed 001: waiting on Turkey).",
            ),
        ],
        [
            S(
                "Under the agreement Budapest will buy four more Saab-built JAS 39 Gripen jets, taking its fleet to "
                "18, and extend the support contract for the 14 it already flies."
            ),
            S(
                "“We will not only maintain our air defence capabilities but strengthen them,” Orban told a joint "
                "news conference, adding that Hungary's part in the alliance's joint operations would grow with "
                "them."
            ),
        ],
        [
            S(
                "Kristersson said the two governments did not agree on everything but would work together where "
                "their interests met."
            ),
            S(
                "Orban had let the ratification bill sit in parliament for some 19 months, citing what he called "
                "Swedish politicians' disrespectful criticism of the state of Hungarian democracy.",
                "changed",
                "hungary-sweden-vote",
                "Background of the Hungarian hold-up that is now ending.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "Once the vote is in, Sweden will become the 32nd member of the alliance, less than a year after "
                "Finland became the 31st.",
                "changed",
                "alliance-32",
                "Alliance size 32 against the seeds' 31 (Finland's admission is seed 001).",
            ),
            S(
                "The two Nordic neighbours applied together in May 2022, ending long traditions of military "
                "non-alignment after Russia's full-scale invasion of Ukraine.",
                "known",
                None,
                "Seed 001: both dropped non-alignment to seek membership.",
            ),
            S(
                "Moscow has warned both that their membership would draw military countermeasures.",
                "known",
                None,
                "Seed 001: Russia threatened Finland and Sweden.",
            ),
        ],
        [
            S(
                "Kristersson's trip was itself a concession, since lawmakers from Orban's Fidesz party had demanded "
                "that he come to Budapest before they would vote.",
                "changed",
                "hungary-sweden-vote",
                "Condition of the same ratification step.",
                ["irrelevant"],
            )
        ],
        [
            S(
                "Orban, who has kept close ties with the Kremlin, said on state radio earlier in the day that "
                "Hungary was for peace while the Swedes were for war in Russia's conflict with Ukraine."
            ),
            S("His government has refused to send weapons to Kyiv."),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# J02 Latvia's security agreement, the ninth (on topic: bilateral count and terms)
article(
    ARTICLES,
    "j-2024-04-11-latvia-agreement",
    "2024-04-11T15:30:00+00:00",
    "https://www.baltictimes.com/zelensky_says_has_signed_10-year_bilateral_security_deal_with_latvia/",
    S(
        "Zelensky and Rinkevics sign ten-year security deal in Vilnius",
        "changed",
        "latvia-agreement",
        "Another concluded bilateral agreement; the seed has only the UK's.",
    ),
    [
        [
            S(
                "VILNIUS, April 11 – Ukraine signed a bilateral security agreement with Latvia on Thursday, the ninth "
                "such pact Kyiv has concluded since Britain led the way in January.",
                "changed",
                ["latvia-agreement", "agreements-nine"],
                "A further concluded agreement; nine against the seed's one.",
            ),
            S(
                "Presidents Volodymyr Zelensky and Edgars Rinkevics put their names to the text on the sidelines of "
                "a Three Seas Initiative summit in the Lithuanian capital.",
                "changed",
                "latvia-agreement",
                "The signing itself.",
            ),
        ],
        [
            S(
                "Under the agreement Latvia will give Ukraine military aid worth 0.25% of its gross domestic product "
                "each year, about 112 million euros in 2024.",
                "new",
                "latvia-aid",
                "Aid figure written into the agreement.",
                ["irrelevant"],
            ),
            S(
                "It runs for ten years, can be extended by mutual consent, and commits Riga to help with cyber "
                "defence, demining and drone technology, including through the drone coalition it leads.",
                "new",
                "latvia-agreement-terms",
                "Term and scope of the agreement; no seed counterpart.",
            ),
        ],
        [
            S(
                "Should Russia attack again, the two countries will consult on what Ukraine needs, the Latvian "
                "foreign ministry said.",
                "known",
                None,
                "Seed 003: consultation in the event of renewed aggression.",
                ["new"],
            ),
            S(
                "The document also records Latvia's support for Ukraine's membership of the European Union and "
                "NATO.",
                "known",
                None,
                "Seeds: Ukraine's future is in NATO; allies back its bid.",
                ["new"],
            ),
            S(
                "Zelensky wrote on X that the deal gave Ukraine the specifics and predictability its fight for "
                "freedom required.",
                "changed",
                "latvia-agreement",
                "Comment on the signing.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "The pacts put into effect a declaration the Group of Seven issued at NATO's Vilnius summit last "
                "July, which 32 countries have since signed.",
                "known",
                None,
                "Seed 003: the G7 declaration and its 32 signatories.",
            ),
            S(
                "They commit partners to help Ukraine build forces able to deter Russia but stop short of the "
                "alliance's mutual defence clause.",
                "known",
                None,
                "Seed 003: sustainable deterrent forces, no Article 5.",
            ),
            S(
                "Each is meant to lapse once Ukraine joins the alliance, and Zelensky has said none of them can "
                "stand in for membership.",
                "known",
                None,
                "Seed 003: agreements expire on accession and are no substitute.",
            ),
        ],
        [
            S(
                "Finland's President Alexander Stubb signed a similar ten-year agreement in Kyiv last week.",
                "changed",
                "finland-agreement",
                "Another concluded agreement (Finland).",
            ),
            S(
                "Zelensky, who also met Lithuania's Gitanas Nauseda, said work on agreements with other partners "
                "was continuing.",
                "known",
                None,
                "Seed 003: other agreements under negotiation.",
            ),
        ],
        [
            S(
                "Hours before the signing, a Russian missile attack destroyed the Trypilska thermal power plant, the "
                "biggest supplier of electricity to the Kyiv region."
            )
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# J03 Biden to Time: peace does not mean NATO (on topic: US denial, guarantee model)
article(
    ARTICLES,
    "j-2024-06-04-biden-time-interview",
    "2024-06-04T17:00:00+00:00",
    "https://time.com/6984968/joe-biden-transcript-2024-interview/",
    S(
        "Biden says peace for Ukraine does not mean NATO membership",
        "contradicted",
        "biden-no-nato",
        "The US president setting membership aside, against 'future is in NATO'; arguably new.",
        ["new"],
    ),
    [
        [
            S(
                "WASHINGTON, June 4 – President Joe Biden has said that peace in Ukraine does not have to mean NATO "
                "membership for Kyiv, according to an interview with Time magazine published on Tuesday.",
                "contradicted",
                "biden-no-nato",
                "Denial of membership as the endgame, hedged.",
                ["new"],
            ),
            S(
                "Peace, he said, means making sure Russia never occupies Ukraine, and a relationship in which the "
                "United States supplies the country with weapons so it can defend itself in future, as it does for "
                "other nations.",
                "new",
                "biden-arms-model",
                "Security model offered instead of membership; no seed counterpart.",
            ),
        ],
        [
            S(
                "Biden added that he had been the one who was not prepared to support what he called the "
                "NATO-ization of Ukraine.",
                "contradicted",
                "biden-no-nato",
                "The president refusing to back Ukraine's accession.",
                ["new"],
            ),
            S(
                "He recalled the significant corruption he had seen in the country on visits as a senator and vice "
                "president.",
                "known",
                None,
                "Seed 002: doubts about Ukraine's readiness, citing corruption.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "The interview was recorded at the White House on May 28, before Biden's trips to France for the "
                "D-Day anniversary and to Italy for the Group of Seven summit."
            ),
            S(
                "Biden rejected the idea that arming Ukraine was dragging the West towards war with Russia, saying "
                "the slippery slope lay in doing nothing."
            ),
        ],
        [
            S(
                "At Vilnius last year his administration held back an invitation for Kyiv while the war goes on, "
                "and allies promised only to invite Ukraine when they agree and conditions are met.",
                "known",
                None,
                "Seed 000: the US held back an invitation; the Vilnius formula.",
            ),
            S(
                "Shortly before that summit he told CNN that Ukraine was not ready to join and that a membership "
                "vote in the middle of a war would be premature.",
                "known",
                None,
                "Seeds 000/001: no invitation during the war; join only after it.",
            ),
            S(
                "Allies are now preparing a package of support they describe as a bridge to membership, with no "
                "invitation expected at their summit in Washington in July.",
                "known",
                None,
                "Seed 003: assistance as a 'bridge'; no invitation.",
            ),
        ],
        [
            S(
                "Washington is still negotiating its own bilateral security agreement with Kyiv, which has already "
                "signed such pacts with Britain and 14 other countries.",
                "changed",
                "agreements-fifteen",
                "Count of concluded agreements, 15 against the seed's one; US talks still under way (seed).",
            ),
            S(
                "Zelensky has said that no such pact can replace membership.",
                "known",
                None,
                "Seed 003: agreements cannot substitute for membership.",
            ),
        ],
        [
            S(
                "In the same interview Biden said he had cleared the release of intelligence on Russia's invasion "
                "plans in 2021 to show that Washington was still in charge."
            ),
            S("He also spoke at length about China, Taiwan and the war in Gaza."),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# J04 Rutte's first trip as secretary general: Kyiv (on topic: office holder, restatements)
article(
    ARTICLES,
    "j-2024-10-03-rutte-kyiv",
    "2024-10-03T14:00:00+00:00",
    "https://www.dw.com/en/nato-chief-mark-rutte-visits-kyiv/a-70395564",
    S(
        "New NATO chief Rutte makes Kyiv his first trip",
        "changed",
        "secgen-rutte",
        "Names the new holder of Stoltenberg's office; mainly about the trip.",
        ["irrelevant"],
    ),
    [
        [
            S(
                "KYIV, October 3 – Mark Rutte travelled to Kyiv on Thursday, two days after succeeding Jens "
                "Stoltenberg as NATO secretary general, and promised that the alliance would stand with "
                "Ukraine.",
                "changed",
                "secgen-rutte",
                "Office holder: Stoltenberg (seeds) -> Rutte.",
            ),
            S(
                "Ukraine is closer to NATO than ever before and will stay on that path until it becomes a member, he "
                "told a news conference with President Volodymyr Zelensky as air raid sirens sounded.",
                "known",
                None,
                "Seeds 001/003: future in NATO, irreversible path.",
                ["new"],
            ),
        ],
        [
            S(
                "Rutte said Ukraine was growing stronger and more interoperable with allied forces by the day, which "
                "was building the bridge to its membership.",
                "known",
                None,
                "Seed 003: support as a 'bridge' to membership.",
            ),
            S(
                "He noted that allies supply 99 percent of the military aid Kyiv receives and urged them to expand "
                "arms production."
            ),
        ],
        [
            S(
                "He pointed to the command the alliance set up after its Washington summit to coordinate training "
                "and arms deliveries for Ukraine from Wiesbaden, in Germany.",
                "new",
                "nsatu",
                "NATO's new command for Ukraine's assistance; no seed counterpart.",
            ),
            S(
                "Zelensky said full membership of the alliance remained Kyiv's key goal.",
                "known",
                None,
                "Seeds: Ukraine pursues NATO membership.",
            ),
        ],
        [
            S(
                "The two men also discussed his victory plan, the situation at the front and Ukraine's need for air "
                "defence before winter."
            ),
            S(
                "Zelensky wants allies to help shoot down Russian missiles and drones over Ukraine, as some of them "
                "did over Israel during Iran's attack this week, but Rutte said such decisions were for individual "
                "allies."
            ),
        ],
        [
            S(
                "Rutte, a former Dutch prime minister, visited Ukraine several times in that role and signed a "
                "ten-year security agreement with Kyiv in Kharkiv in March.",
                "changed",
                "netherlands-agreement",
                "Another concluded bilateral agreement (the Netherlands).",
            ),
            S(
                "Allied leaders declared at the Washington summit in July that Ukraine's path to membership was "
                "irreversible, but again stopped short of an invitation.",
                "known",
                None,
                "Seed 003: 'irreversible', no invitation.",
            ),
            S(
                "Kyiv wants one while the fighting continues, though Washington and other capitals hold that it can "
                "join only once the war is over.",
                "known",
                None,
                "Seeds 001/002: Kyiv seeks an invitation; membership only after the war.",
            ),
        ],
        [
            S(
                "Stoltenberg, who led the alliance for a decade, handed over to his successor at a ceremony in "
                "Brussels on Tuesday.",
                "changed",
                "secgen-rutte",
                "Stoltenberg has left the office.",
            )
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# J05 Zelensky: NATO or nuclear weapons (on topic: new argument, victory plan invitation)
article(
    ARTICLES,
    "j-2024-10-17-nato-or-nuclear",
    "2024-10-17T17:30:00+00:00",
    "https://kyivindependent.com/zelensky-says-he-told-trump-that-either-ukraine-will-join-nato-or-pursue-nuclear-weapons/",
    S(
        "Zelensky says he told Trump Ukraine needs NATO or nuclear weapons",
        "new",
        "zelensky-nato-or-nukes",
        "New argument for membership; no seed counterpart.",
    ),
    [
        [
            S(
                "BRUSSELS, October 17 – President Volodymyr Zelensky said on Thursday that he had told Donald Trump "
                "that Ukraine would either have to join NATO or have nuclear weapons to protect itself.",
                "new",
                "zelensky-nato-or-nukes",
                "The NATO-or-nuclear argument.",
            ),
            S(
                "Apart from NATO, he said, Kyiv knew of no effective alliance, and it chose the alliance over the "
                "bomb.",
                "new",
                "zelensky-nato-or-nukes",
                "Same argument.",
            ),
        ],
        [
            S(
                "The Republican candidate, whom Zelensky met in New York last month, had called it a fair argument, "
                "he said.",
                "new",
                "zelensky-nato-or-nukes",
                "Trump's reported reaction to the argument.",
                ["irrelevant"],
            ),
            S(
                "He cited the 1994 Budapest Memorandum, under which Ukraine gave up the nuclear arsenal it inherited "
                "from the Soviet Union in return for assurances from Russia, Britain and the United States that its "
                "borders would be respected.",
                "known",
                None,
                "Seed 001: the Budapest Memorandum.",
            ),
        ],
        [
            S(
                "Zelensky was in Brussels to present his victory plan to European Union leaders, a day after laying "
                "it out to the Ukrainian parliament."
            ),
            S(
                "Its first point is an immediate invitation for Ukraine to join NATO, which Kyiv says would be a "
                "decisive signal to Moscow even if membership itself came later.",
                "new",
                "victory-plan-invitation",
                "Kyiv asks for an invitation now; no seed counterpart.",
            ),
        ],
        [
            S(
                "Later, at the alliance's headquarters, he said Ukraine was not building nuclear weapons and that "
                "his point had been that no security guarantee was stronger than membership.",
                "new",
                "zelensky-nato-or-nukes",
                "Clarification of the same argument.",
                ["known"],
            ),
            S(
                "Secretary General Mark Rutte, who hosted him, called the plan a strong signal but said the allies "
                "could not back every part of it as it stood.",
                "new",
                "rutte-plan-reserve",
                "Allies not ready to endorse the plan (consensus lacking, not a denial).",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "Diplomats say the United States and Germany are among the allies reluctant to extend an invitation "
                "while the war continues.",
                "new",
                "invitation-reluctant-allies",
                "Named reluctant allies (conventions: new, not contradicted).",
            ),
            S(
                "Zelensky said 18 EU leaders had spoken about the plan at the summit, most of them in support."
            ),
        ],
        [
            S(
                "He also told the EU leaders that North Korea was preparing to send 10,000 troops to fight for "
                "Russia."
            ),
            S(
                "North Korean officers were already in occupied parts of Ukraine, he said, calling it a first step "
                "towards a world war."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# J06 Kellogg's zones of responsibility (on topic: reassurance force, US denial recalled)
article(
    ARTICLES,
    "j-2025-04-12-kellogg-zones",
    "2025-04-12T09:00:00+00:00",
    "https://global.espreso.tv/russia-ukraine-war-kellogg-proposes-peace-plan-partitioning-ukraine-like-postwar-berlin",
    S(
        "Trump envoy floats British and French zones in western Ukraine, then says he meant no partition",
        "new",
        "kellogg-zones",
        "A reassurance-force layout proposed by the US envoy; no seed counterpart.",
    ),
    [
        [
            S(
                "LONDON, April 12 – Keith Kellogg, President Donald Trump's envoy for Ukraine, has suggested that "
                "British and French troops could take charge of zones in western Ukraine as part of a reassurance "
                "force after a ceasefire.",
                "new",
                "kellogg-zones",
                "The proposal.",
            ),
            S(
                "It could look almost like Berlin after the Second World War, with a Russian zone, a French zone, a "
                "British zone and an American one, he told The Times.",
                "new",
                "kellogg-zones",
                "Same proposal, in his words.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "Under his idea the Anglo-French force would sit west of the Dnipro, with Ukraine's army between it "
                "and the Russian forces in the occupied east.",
                "new",
                "kellogg-zones",
                "Layout of the proposed force.",
            ),
            S(
                "Both sides would pull back 15 kilometres to create a demilitarised zone of about 30 kilometres along "
                "the current line.",
                "new",
                "kellogg-dmz",
                "Buffer zone in the envoy's plan.",
            ),
            S(
                "Kellogg said a force west of the river would not be provocative at all to Moscow, though he "
                "conceded that Putin might not accept it.",
                "new",
                "kellogg-zones",
                "Comment on the same proposal.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "The United States would send no ground troops, he said.",
                "new",
                "us-no-ground-troops",
                "US role in the post-ceasefire guarantees.",
            ),
            S(
                "After the interview appeared, Kellogg wrote on X that the paper had misrepresented him: he had been "
                "speaking of areas of responsibility for an allied force supporting Ukraine's sovereignty, not of "
                "partitioning the country.",
                "new",
                "kellogg-zones",
                "His clarification of the same proposal.",
            ),
        ],
        [
            S(
                "Britain and France have led talks since March among a coalition of the willing of about 30 "
                "countries on such a force, meant to deter Russia from attacking again.",
                "new",
                "reassurance-force",
                "The coalition's reassurance force; no seed counterpart.",
            ),
            S(
                "Moscow has said it will not accept troops from NATO countries in Ukraine under any flag.",
                "new",
                "russia-rejects-troops",
                "Russia rejects the guarantee force; not about membership.",
            ),
            S(
                "Kyiv presses for the guarantees because its road to NATO is blocked for now, with allies promising "
                "an invitation only when they agree and conditions are met.",
                "known",
                None,
                "Seed 000/003: the Vilnius formula.",
            ),
            S(
                "In February Defence Secretary Pete Hegseth told allies that Washington did not see membership as a "
                "realistic outcome of a settlement.",
                "contradicted",
                "hegseth-unrealistic",
                "US denial of membership, recalled.",
            ),
        ],
        [
            S(
                "On Friday Trump's other envoy, Steve Witkoff, spent more than four hours with Putin in St "
                "Petersburg."
            ),
            S(
                "Trump has urged Russia to get moving on a ceasefire, saying too many people are dying."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# J07 The US "final offer" (on topic: US draft ruling out membership, guarantee)
article(
    ARTICLES,
    "j-2025-04-23-final-offer",
    "2025-04-23T19:00:00+00:00",
    "https://www.axios.com/2025/04/22/trump-final-offer-ukraine-russia-peace-crimea",
    S(
        "US ‘final offer’ would keep Ukraine out of NATO and recognise Crimea as Russian",
        "contradicted",
        "us-offer-no-nato",
        "US draft requiring that Ukraine not join (conventions: contradicted).",
    ),
    [
        [
            S(
                "WASHINGTON, April 23 – A one-page peace framework that the United States has presented to Ukraine "
                "as President Donald Trump's final offer includes a promise that Ukraine will not become a member of "
                "NATO, according to people familiar with the document.",
                "contradicted",
                "us-offer-no-nato",
                "US proposal ruling out membership.",
            ),
            S(
                "The text, first reported by Axios, was handed to Ukrainian officials in Paris last week."
            ),
        ],
        [
            S(
                "It would also give formal American recognition to Russia's annexation of Crimea and accept Moscow's "
                "de facto control of nearly all of Luhansk and the occupied parts of Donetsk, Zaporizhzhia and "
                "Kherson."
            ),
            S("Ukraine could still join the European Union, the document says."),
            S(
                "In return Kyiv would get a “robust security guarantee” from an ad hoc group of European and "
                "like-minded countries, though the text does not say how it would work or whether Washington would "
                "take part.",
                "new",
                "us-offer-guarantee",
                "Guarantee offered instead of membership (conventions: new).",
            ),
        ],
        [
            S("Sanctions imposed on Russia since 2014 would be lifted."),
            S(
                "Zelensky said on Tuesday that Ukraine would not legally recognise the occupation of Crimea, which "
                "would breach its constitution."
            ),
            S(
                "Trump replied on social media that the statement was very harmful to the talks and that Crimea had "
                "been lost years ago."
            ),
        ],
        [
            S(
                "Vice President JD Vance, visiting India, said Washington had made a very explicit proposal and it "
                "was time for both sides to accept it or for the United States to walk away."
            ),
            S(
                "A meeting of British, French, German and Ukrainian officials in London was downgraded after "
                "Secretary of State Marco Rubio pulled out."
            ),
        ],
        [
            S(
                "Renouncing NATO membership has been one of Moscow's central demands since Putin set out his terms "
                "for a ceasefire last June.",
                "contradicted",
                "putin-demands-renounce",
                "Russian demand that Ukraine renounce membership; arguable, so new is accepted.",
                ["new"],
            ),
            S(
                "The pledge would reverse what allies said in Vilnius in 2023 and in Washington in 2024, that "
                "Ukraine's future lay in NATO and its path to membership was irreversible.",
                "known",
                None,
                "Restates seeds 000/003; the reversal itself is the offer, reported above.",
                ["contradicted"],
            ),
            S(
                "Ukrainian officials see the plan as tilted towards Russia, saying it spells out what Moscow gains "
                "but only vaguely what Ukraine gets."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# J08 Putin: foreign troops legitimate targets, after the 26 pledges (on topic: guarantees)
article(
    ARTICLES,
    "j-2025-09-05-putin-legitimate-targets",
    "2025-09-05T12:30:00+00:00",
    "https://tass.com/politics/2012993",
    S(
        "Putin says any Western troops sent to Ukraine would be legitimate targets",
        "new",
        "putin-legitimate-targets",
        "Russian threat against the reassurance force; not about membership.",
    ),
    [
        [
            S(
                "VLADIVOSTOK, September 5 – President Vladimir Putin warned on Friday that Western troops deployed "
                "in Ukraine would be legitimate targets for Russian forces, a day after 26 countries pledged to take "
                "part in a force to secure a future peace.",
                "new",
                ["putin-legitimate-targets", "coalition-26"],
                "Russian threat; the 26 troop pledges have no seed counterpart.",
            ),
            S(
                "“If some troops appear there, especially now, during the fighting, we proceed from the fact that "
                "these will be legitimate targets,” he told the Eastern Economic Forum.",
                "new",
                "putin-legitimate-targets",
                "The threat in his words.",
            ),
        ],
        [
            S(
                "If a lasting peace were agreed, he said, he saw no point in foreign forces being on Ukrainian soil "
                "at all, and Russia would honour such an agreement in full.",
                "new",
                "putin-legitimate-targets",
                "Russia rejects the force even after peace.",
            ),
            S(
                "He repeated that the deployment of Western forces and the effort to draw Ukraine into NATO were "
                "among the root causes of the conflict.",
                "known",
                None,
                "Restates Putin's 'direct threat' (seed 000).",
                ["contradicted"],
            ),
        ],
        [
            S(
                "At a meeting in Paris on Thursday hosted by Emmanuel Macron, 26 members of the coalition of the "
                "willing committed to send troops or to contribute on land, at sea or in the air once the fighting "
                "stops.",
                "new",
                "coalition-26",
                "Troop pledges for the reassurance force.",
            ),
            S(
                "Macron did not say which countries they were or how many soldiers would be involved.",
                "new",
                "coalition-26",
                "Detail of the same pledges.",
                ["irrelevant"],
            ),
            S(
                "The United States is expected to set out its own support for the guarantees in the coming days, he "
                "said.",
                "new",
                "us-guarantee-backing",
                "Expected US part in the guarantees; no seed counterpart.",
            ),
        ],
        [
            S(
                "Zelensky called the pledges the first serious concrete step towards Ukraine's security in a long "
                "time.",
                "new",
                "coalition-26",
                "Reaction to the pledges.",
                ["irrelevant"],
            ),
            S(
                "Moscow has long said it will not tolerate troops from NATO countries on Ukrainian soil.",
                "new",
                "russia-rejects-troops",
                "Russia's standing rejection of the force.",
            ),
            S(
                "Kyiv sees the guarantees as a bridge to NATO, whose leaders promised in 2023 that Ukraine's future "
                "lay in the alliance but have never issued an invitation.",
                "known",
                None,
                "Seeds 000/003: future in NATO, no invitation, 'bridge'.",
            ),
        ],
        [
            S(
                "Putin also said he was ready to meet Zelensky, but only in Moscow, an offer Kyiv dismissed."
            ),
            S(
                "He spoke after several days in China, where he watched a military parade in Beijing alongside Xi "
                "Jinping and Kim Jong Un."
            ),
        ],
    ],
    True,
)

# ============================================================================================
# NEAR OR OFF TOPIC (4)
# ============================================================================================

# --------------------------------------------------------------------------------------------
# J09 Trump's inauguration (near topic: office holders Biden and Sullivan replaced)
article(
    ARTICLES,
    "j-2025-01-20-trump-inauguration",
    "2025-01-20T22:00:00+00:00",
    "https://apnews.com/article/trump-inauguration-oath-of-office-2025",
    S(
        "Trump sworn in as 47th president of the United States",
        "changed",
        "president-trump",
        "Office holder: Biden (seed 000) succeeded by Trump.",
    ),
    [
        [
            S(
                "WASHINGTON, January 20 – Donald Trump was sworn in as the 47th president of the United States on "
                "Monday, taking over from Joe Biden four years after leaving the White House.",
                "changed",
                "president-trump",
                "Biden -> Trump.",
            ),
            S(
                "Bitter cold moved the ceremony indoors to the Capitol Rotunda, where Chief Justice John Roberts "
                "administered the oath."
            ),
        ],
        [
            S(
                "In his inaugural address Trump promised a golden age for America and declared a national emergency "
                "at the southern border."
            ),
            S(
                "Within hours he signed orders to leave the Paris climate agreement and the World Health "
                "Organization and pardoned about 1,500 people charged over the attack on the Capitol in 2021."
            ),
        ],
        [
            S(
                "The Senate confirmed Marco Rubio as secretary of state by 99 votes to none, the first member of the "
                "new cabinet to be approved."
            ),
            S(
                "Mike Waltz took over from Jake Sullivan as national security adviser, a post that needs no Senate "
                "approval.",
                "changed",
                "nsa-waltz",
                "Office holder: Sullivan (seed 000) -> Waltz.",
            ),
        ],
        [
            S(
                "Asked in the Oval Office about Ukraine, Trump said Putin was destroying Russia by not making a deal "
                "and that he would speak to him soon."
            ),
            S("During the campaign he had said he could end the war within 24 hours."),
        ],
        [
            S("European leaders sent congratulations and urged him to keep backing Kyiv."),
            S(
                "Zelensky said he hoped Trump's policy of peace through strength would help bring a just peace to "
                "Ukraine."
            ),
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# J10 EU agrees the 50-billion-euro Ukraine Facility (off topic; incidental Sweden status line)
article(
    ARTICLES,
    "j-2024-02-01-eu-ukraine-facility",
    "2024-02-01T15:00:00+00:00",
    "https://www.euronews.com/my-europe/2024/02/01/eu-leaders-agree-50-billion-ukraine-aid-package-after-orban-lifts-veto",
    S("EU leaders agree 50 billion euros for Ukraine as Orban drops his veto"),
    [
        [
            S(
                "BRUSSELS, February 1 – European Union leaders agreed on Thursday on a 50-billion-euro package of "
                "support for Ukraine until 2027 after Hungary's Viktor Orban lifted the veto he had used in "
                "December."
            ),
            S(
                "European Council President Charles Michel announced the deal less than an hour into the summit."
            ),
        ],
        [
            S(
                "The Ukraine Facility will provide 33 billion euros in loans and 17 billion in grants to keep the "
                "Ukrainian state running and rebuild its economy."
            ),
            S(
                "To win Orban over, leaders agreed to hold a yearly debate on how the money is spent and to review "
                "the scheme in two years if needed."
            ),
        ],
        [
            S(
                "Zelensky thanked the leaders, saying steady financing mattered as much to Ukraine's long-term "
                "stability as weapons."
            )
        ],
        [
            S(
                "Outside, farmers angry about cheap imports, including from Ukraine, blocked streets near the summit "
                "with hundreds of tractors and lit fires."
            )
        ],
        [
            S(
                "Orban also met Swedish Prime Minister Ulf Kristersson on the sidelines of the summit."
            ),
            S(
                "Hungary is now the only member of NATO that has yet to ratify Stockholm's accession, Turkey's "
                "parliament having approved it on January 23.",
                "changed",
                "sweden-turkey-ratified",
                "Turkey has ratified; Hungary the last holdout (seed 001: waiting on Turkey).",
            ),
        ],
        [
            S("The package still needs the approval of the European Parliament."),
            S(
                "Separately, the bloc has admitted it will deliver only about half of the million artillery shells it "
                "promised Kyiv by March."
            ),
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# J11 Ukraine qualify for Euro 2024 (off topic: sport)
article(
    ARTICLES,
    "j-2024-03-26-ukraine-euro-2024",
    "2024-03-26T22:30:00+00:00",
    "https://www.theguardian.com/football/2024/mar/26/ukraine-iceland-euro-2024-playoff-final-match-report",
    S("Mudryk sends Ukraine to Euro 2024 with late winner against Iceland"),
    [
        [
            S(
                "WROCLAW, March 26 – Mykhailo Mudryk scored six minutes from time as Ukraine came from behind to beat "
                "Iceland 2-1 on Tuesday and reach this summer's European Championship in Germany."
            ),
            S(
                "Albert Gudmundsson gave Iceland the lead on the half hour before Viktor Tsygankov equalised early in "
                "the second half."
            ),
        ],
        [
            S(
                "Ukraine played the play-off in Poland because no international matches can be held at home during the war."
            ),
            S(
                "In the semi-final in Zenica last week they also came from behind, beating Bosnia and Herzegovina 2-1 "
                "with late goals from Roman Yaremchuk and Artem Dovbyk."
            ),
        ],
        [
            S("Zelensky congratulated the players on social media."),
            S("Ukraine will face Romania, Belgium and Slovakia in Group E."),
        ],
        [
            S("Their first match is against Romania in Munich on June 17."),
            S(
                "Georgia also reached the finals, their first major tournament, after beating Greece on penalties in Tbilisi."
            ),
            S("Poland took the last place by beating Wales on penalties in Cardiff."),
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# J12 Palm Sunday strike on Sumy (off topic; one incidental line retelling Kellogg's zones)
article(
    ARTICLES,
    "j-2025-04-13-sumy-strike",
    "2025-04-13T18:00:00+00:00",
    "https://kyivindependent.com/russian-missile-strike-on-sumy-kills-over-30-on-palm-sunday/",
    S("Russian missiles kill dozens in Sumy on Palm Sunday"),
    [
        [
            S(
                "SUMY, April 13 – Two Russian ballistic missiles struck the centre of Sumy on Sunday morning as "
                "people gathered for Palm Sunday, killing at least 34 people, including two children, Ukrainian "
                "officials said."
            ),
            S(
                "More than 110 were wounded when the missiles hit near a university building and a street full of "
                "cars and trolleybuses."
            ),
        ],
        [
            S("It was the deadliest attack on civilians in Ukraine this year."),
            S(
                "President Volodymyr Zelensky said only scum could act like this and called for pressure on Moscow."
            ),
        ],
        [
            S("Keith Kellogg, the US envoy, said the strike crossed any line of decency."),
            S(
                "Over the weekend he had caused a stir by suggesting that British and French troops could police "
                "zones west of the Dnipro after a ceasefire, before saying he had been misquoted.",
                "new",
                "kellogg-zones",
                "Kellogg's reassurance-force zones, retold in passing.",
            ),
        ],
        [
            S(
                "Russia's defence ministry later said it had targeted a meeting of Ukrainian commanders."
            ),
            S(
                "Donald Trump called the attack horrible and said he had been told Russia made a mistake."
            ),
        ],
        [
            S("Sumy lies about 30 kilometres from the Russian border and is shelled almost daily."),
            S(
                "European leaders condemned the strike, and Germany's Friedrich Merz called it a serious war crime."
            ),
        ],
    ],
    False,
)
