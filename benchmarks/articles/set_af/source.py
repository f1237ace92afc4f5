"""Article set af: the articles, sentence by sentence with their gold (`python3 ../build.py set_af`)."""

from corpus import S, article

CHANNEL = "Article set af: a morning's mixed feed on Ukraine, NATO and the guarantees"
DESCRIPTION = "12 articles rewritten from real 2024-2026 coverage (links point at the originals)."
ARTICLES: list = []

# ============================================================================================
# ON TOPIC (8)
# ============================================================================================

# --------------------------------------------------------------------------------------------
# AF01 Germany and France sign ten-year security agreements (on topic: two new agreements,
# their terms, restatements of the G7 framework)
article(
    ARTICLES,
    "af-2024-02-16-berlin-paris-security-pacts",
    "2024-02-16T17:45:00+00:00",
    "https://www.reuters.com/world/europe/zelenskiy-signs-security-agreements-with-germany-france-2024-02-16/",
    S(
        "Zelensky collects signatures in Berlin and Paris on decade-long security pacts",
        "changed",
        ["af-germany-agreement", "af-france-agreement"],
        "Two newly concluded bilateral agreements; seed 003 has only the UK's.",
    ),
    [
        [
            S(
                "BERLIN/PARIS, Feb 16 (Reuters) - Ukrainian President Volodymyr Zelensky signed bilateral "
                "security agreements with Germany and France on Friday, as Kyiv seeks to shore up Western "
                "support nearly two years into Russia's full-scale invasion.",
                "changed",
                ["af-germany-agreement", "af-france-agreement"],
                "Germany and France conclude agreements: the count of concluded agreements moves past the UK's.",
            ),
            S(
                "Chancellor Olaf Scholz called the document signed at the chancellery a historic step, saying "
                "Germany would keep backing Ukraine for as long as necessary.",
                "changed",
                "af-germany-agreement",
                "Repeat of the German signing.",
            ),
        ],
        [
            S(
                "Both agreements run for ten years and commit the signatories to help Ukraine build forces able "
                "to defend its territory and deter a future attack.",
                "new",
                "af-de-fr-terms",
                "Term (ten years) and scope of the new agreements; no seed counterpart for the term.",
            ),
            S(
                "Berlin pledged a further military aid package worth 1.1 billion euros, while Paris said it would "
                "provide up to 3 billion euros in additional help this year.",
                "new",
                "af-de-fr-aid",
                "Aid figures attached to the agreements: minor.",
                ["irrelevant"],
            ),
            S(
                "In the event of a future Russian attack, the governments undertook to consult within 24 hours "
                "on what further help Kyiv needs.",
                "known",
                None,
                "Seed 003: the G7 framework's consultation within 24 hours.",
            ),
        ],
        [
            S(
                "The documents stop short of a mutual defence obligation of the kind written into the North "
                "Atlantic alliance's founding treaty.",
                "known",
                None,
                "Seed 003: the arrangements do not replicate Article 5.",
            ),
            S(
                "They are meant to lapse once Ukraine takes its seat among the allies, German officials said.",
                "known",
                None,
                "Seed 003: the agreements expire once Ukraine joins NATO.",
            ),
        ],
        [
            S(
                "Britain was the first to sign such a pact with Kyiv, in January, under a framework the Group of "
                "Seven announced at last year's alliance summit in Vilnius.",
                "known",
                None,
                "Seed 003: the UK concluded the first agreement in January 2024 under the July 2023 G7 declaration.",
            ),
        ],
        [
            S(
                "Zelensky, who travels on to the Munich Security Conference, has said such arrangements are no "
                "replacement for membership of the alliance.",
                "known",
                None,
                "Seed 003: Zelensky says the commitments cannot substitute for membership.",
            ),
            S(
                "Speaking alongside Emmanuel Macron at the Elysee Palace, he urged allies to speed up deliveries "
                "of artillery shells and air defence."
            ),
        ],
        [
            S(
                "The signings came hours after Russian prison authorities reported the death in an Arctic penal "
                "colony of opposition leader Alexei Navalny."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# AF02 Washington summit declaration (on topic: irreversible path, 32 allies, NSATU, senior
# representative, Rutte to take over)
article(
    ARTICLES,
    "af-2024-07-10-washington-declaration",
    "2024-07-10T22:10:00+00:00",
    "https://apnews.com/article/nato-summit-washington-declaration-ukraine-irreversible-path-2024-07-10",
    S(
        "Allies tell Kyiv its road to the alliance cannot be reversed, but the invitation will have to wait",
        "known",
        None,
        "Seed 003: Washington called the path 'irreversible' and issued no invitation.",
    ),
    [
        [
            S(
                "WASHINGTON (AP) — Leaders of NATO's 32 members declared on Wednesday that Ukraine is on an "
                "“irreversible path” to joining the alliance, while again stopping short of inviting it in.",
                "changed",
                "alliance-32",
                "32 allies against the seeds' 31; the rest restates seed 003.",
            ),
        ],
        [
            S(
                "The summit declaration, issued as the alliance marks its 75th anniversary, said allies would be "
                "in a position to extend an invitation when they agree and conditions are met.",
                "known",
                None,
                "Seeds 000/003: the Vilnius formula, repeated.",
            ),
            S(
                "It described the new support measures as a bridge that would carry Kyiv towards membership.",
                "known",
                None,
                "Seed 003: assistance as a 'bridge' to membership.",
            ),
        ],
        [
            S(
                "Among them is a command in the German city of Wiesbaden, with some 700 personnel, that will take "
                "over the coordination of weapons deliveries and training for Ukrainian troops.",
                "new",
                "af-nsatu",
                "NATO's Ukraine assistance command (NSATU); no seed counterpart.",
            ),
            S(
                "They agreed as well to post a senior civilian official in Kyiv to serve as the alliance's point "
                "of contact with the government there.",
                "new",
                "af-senior-rep",
                "NATO senior representative in Ukraine; no seed counterpart.",
            ),
        ],
        [
            S(
                "Secretary General Jens Stoltenberg, who hands over in October to former Dutch Prime Minister "
                "Mark Rutte, said the package would put Kyiv in a stronger position to prevail now and to join "
                "later.",
                "changed",
                "rutte-sg",
                "Stoltenberg's successor named: the seed's office holder is leaving.",
            ),
            S(
                "Zelensky, who was in Washington for the gathering, thanked allies but told a public forum that "
                "Ukraine still hoped to receive an invitation.",
                "known",
                None,
                "Seed 002: Zelensky has long called for an invitation.",
            ),
        ],
        [
            S(
                "Ahead of the summit, US officials had made clear that Washington did not support inviting Kyiv "
                "while the fighting continues.",
                "known",
                None,
                "Seeds 000/001: the US held back an invitation during the war.",
            ),
            S(
                "Admission requires the consent of every ally, and several remain wary of being drawn into a "
                "direct conflict with Russia.",
                "known",
                None,
                "Seed 000: unanimity required; members wary of escalation.",
            ),
        ],
        [
            S(
                "Hungary's Viktor Orban, who visited Moscow and Beijing this month on what he called a peace "
                "mission, drew criticism from several leaders at the summit."
            ),
            S("Leaders also named China a “decisive enabler” of Russia's war."),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# AF03 Hegseth at the contact group in Brussels (on topic: US denial, guarantee terms without
# Article 5, Hegseth for Austin, Trump's "not practical")
article(
    ARTICLES,
    "af-2025-02-12-hegseth-contact-group",
    "2025-02-12T19:30:00+00:00",
    "https://www.reuters.com/world/europe/hegseth-says-returning-ukraines-pre-2014-borders-is-unrealistic-goal-2025-02-12/",
    S(
        "Pentagon chief says a seat for Kyiv in the alliance is not a realistic outcome of talks",
        "contradicted",
        "af-hegseth-not-realistic",
        "US defence secretary rules out membership as an outcome: against the 'irreversible' path.",
    ),
    [
        [
            S(
                "BRUSSELS, Feb 12 (Reuters) - US Defense Secretary Pete Hegseth told Ukraine's backers on "
                "Wednesday that NATO membership for Kyiv was not a realistic result of a negotiated settlement "
                "with Russia.",
                "contradicted",
                "af-hegseth-not-realistic",
                "Denial of membership by a US official.",
            ),
            S(
                "Hegseth, who took over the Pentagon from Lloyd Austin last month, was addressing his first "
                "meeting of the Ukraine Defense Contact Group at the alliance's headquarters.",
                "changed",
                "hegseth-defence",
                "New holder of the office the seeds give to Austin.",
            ),
        ],
        [
            S(
                "He also said a return to Ukraine's borders of before 2014 was unrealistic, and that chasing "
                "that goal would only prolong the war."
            ),
            S(
                "Any lasting peace, he said, must include “robust security guarantees” to make sure the war "
                "does not begin again.",
                "new",
                "af-hegseth-guarantee-terms",
                "US terms for post-war guarantees; no seed counterpart.",
            ),
        ],
        [
            S(
                "Those guarantees would have to be backed by capable European and non-European troops, deployed "
                "as a mission outside NATO, Hegseth said.",
                "new",
                "af-hegseth-guarantee-terms",
                "Guarantees offered instead of membership: new.",
            ),
            S(
                "Such troops should not be covered by Article 5 of the alliance's treaty, he added.",
                "new",
                "af-hegseth-guarantee-terms",
                "Same terms: no collective-defence cover for the force.",
            ),
            S(
                "No American soldiers would be sent to Ukraine as part of any such force, he said.",
                "new",
                "af-no-us-troops",
                "No US troops in a post-war force; no seed counterpart.",
            ),
        ],
        [
            S(
                "Kyiv has long argued that only full membership can hold Moscow back, and Zelensky has said that "
                "bilateral pacts with allies cannot take its place.",
                "known",
                None,
                "Seeds 001/003: only membership deters; bilateral commitments no substitute.",
            ),
            S(
                "At their 2024 summit in Washington, allies called Ukraine's path to the alliance irreversible.",
                "known",
                None,
                "Seed 003: Washington's 'irreversible' path.",
            ),
        ],
        [
            S(
                "Hours after the meeting, President Donald Trump said he had spoken by phone with Russia's "
                "Vladimir Putin and that they had agreed to start negotiations immediately."
            ),
            S(
                "Asked later in the Oval Office about Kyiv joining the alliance, Trump said he did not think it "
                "was practical.",
                "contradicted",
                "af-trump-not-practical",
                "US president dismisses membership, hedged: a denial.",
            ),
        ],
        [
            S(
                "Britain's Defence Secretary John Healey, who chaired the meeting, said the priority was to put "
                "Ukraine in the strongest possible position for any talks."
            ),
            S(
                "European officials said privately they were dismayed that Washington appeared to give ground "
                "before talks had even begun."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# AF04 The Hague summit's short text (on topic: membership line left out, Rutte's reassurance,
# restatements of Vilnius)
article(
    ARTICLES,
    "af-2025-06-25-hague-declaration",
    "2025-06-25T15:40:00+00:00",
    "https://kyivindependent.com/nato-hague-summit-declaration-ukraine-membership-omitted/",
    S(
        "Five paragraphs in The Hague and not one on Kyiv's road to membership",
        "new",
        "af-hague-text-silent",
        "The summit text leaves the membership line out: new, not contradicted, per the conventions.",
    ),
    [
        [
            S(
                "THE HAGUE — NATO leaders agreed on Wednesday to raise their defence spending target to 5% of GDP "
                "by 2035, in a short declaration that made no reference to Ukraine's future membership.",
                "new",
                "af-hague-text-silent",
                "Declaration silent on membership.",
            ),
        ],
        [
            S(
                "The text mentioned Ukraine only once, saying allies' “enduring sovereign commitments” to "
                "support Kyiv continued and that direct contributions to its defence would count towards the "
                "new target.",
                "new",
                "af-hague-text-silent",
                "Ukraine mentioned only as an aid recipient: repeat of the omission.",
            ),
            S(
                "Unlike last year's Washington declaration, it did not repeat that Kyiv's path to the alliance "
                "was irreversible.",
                "new",
                "af-hague-text-silent",
                "Same omission, set against the Washington wording.",
            ),
        ],
        [
            S(
                "Secretary General Mark Rutte, who succeeded Jens Stoltenberg last October, told reporters that "
                "the earlier commitments still stand.",
                "changed",
                "rutte-sg",
                "Succession to the seed's Secretary General stated.",
            ),
            S(
                "“Nothing has changed” on that score, he said, adding that the irreversible path agreed in "
                "Washington remained the alliance's position.",
                "known",
                None,
                "Seed 003: the 'irreversible' path, reaffirmed.",
            ),
        ],
        [
            S(
                "Diplomats said the omission was the price of keeping US President Donald Trump on board at a "
                "summit trimmed to a single working session.",
                "new",
                "af-hague-text-silent",
                "Repeat of the omission with its reason.",
            ),
            S(
                "Zelensky attended a dinner hosted by the Dutch king on the eve of the summit but took no part "
                "in the leaders' main session."
            ),
        ],
        [
            S(
                "He met Trump on the sidelines and discussed buying more Patriot air defence systems."
            ),
            S(
                "Two years earlier in Vilnius, allies had declared that Ukraine's future lay with them and "
                "waived the requirement for a Membership Action Plan.",
                "known",
                None,
                "Seeds 001/003: 'Ukraine's future is in NATO' and the MAP dropped.",
            ),
            S(
                "At that summit they also set up a NATO-Ukraine Council, a forum where Kyiv sits with the allies "
                "as an equal.",
                "known",
                None,
                "Seeds 001/003: the NATO-Ukraine Council created at Vilnius.",
            ),
        ],
        [
            S(
                "Spain won an exemption from the new spending goal, prompting Trump to threaten that Madrid "
                "would pay for it in trade talks."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# AF05 Coalition of the willing in Paris: 26 pledges (on topic: reassurance force, US backstop,
# Paris headquarters, Russian positions)
article(
    ARTICLES,
    "af-2025-09-04-paris-coalition-pledges",
    "2025-09-04T18:20:00+00:00",
    "https://apnews.com/article/ukraine-coalition-of-the-willing-paris-macron-zelenskyy-2025-09-04",
    S(
        "Twenty-six countries sign up to post forces in Ukraine once the guns fall silent",
        "new",
        "af-reassurance-force",
        "26 countries pledge a post-ceasefire force; no seed counterpart.",
    ),
    [
        [
            S(
                "PARIS (AP) — Twenty-six countries have formally pledged to deploy troops to Ukraine, or to keep "
                "a presence on land, at sea or in the air, the day after a ceasefire, French President Emmanuel "
                "Macron said Thursday.",
                "new",
                "af-reassurance-force",
                "The 26 pledges.",
            ),
            S(
                "He spoke after a meeting of the so-called coalition of the willing, which drew some 35 leaders "
                "in person and by video."
            ),
        ],
        [
            S(
                "Macron said the force would not be meant to wage war on Russia or to deploy along the front "
                "line, but to deter any fresh attack.",
                "new",
                "af-reassurance-force",
                "The force's role.",
            ),
            S(
                "The military planning had been completed, he said, and the political commitments were now in place."
            ),
        ],
        [
            S(
                "Washington would finalise its own contribution to the guarantees in the coming days, Macron "
                "said, after US envoy Steve Witkoff met the Europeans in the French capital.",
                "new",
                "af-us-backstop",
                "The US part in the guarantees, still to be set; no seed counterpart.",
            ),
            S(
                "Several countries, including Italy and Poland, have said they will not send soldiers but could "
                "help with training, logistics or monitoring.",
                "new",
                "af-reassurance-force",
                "Named countries staying out of the force.",
            ),
        ],
        [
            S(
                "Zelensky called the pledges the first serious concrete step in a long time.",
                "new",
                "af-reassurance-force",
                "Reaction to the pledges: repeat.",
            ),
            S(
                "Kyiv has long argued that any guarantee short of membership must be backed by forces on the "
                "ground, having learned from the fate of the 1994 Budapest Memorandum.",
                "known",
                None,
                "Seed 001: the Budapest Memorandum's failure as Kyiv's lesson.",
            ),
        ],
        [
            S(
                "Moscow has repeatedly said it will not accept troops from NATO countries in Ukraine under any "
                "flag.",
                "new",
                "af-kremlin-rejects-troops",
                "Russia's rejection of a foreign force; no seed counterpart.",
                ["contradicted"],
            ),
            S(
                "Its insistence that Kyiv abandon any ambition to join the alliance remains a central obstacle "
                "to a deal.",
                "contradicted",
                "af-russia-renounce-demand",
                "Russian demand to renounce membership: contradicted by convention.",
                ["new"],
            ),
        ],
        [
            S(
                "European officials said the coalition's headquarters would stay in Paris, with a coordination "
                "cell to be set up in Kyiv once the fighting stops.",
                "new",
                "af-coalition-hq",
                "Headquarters of the multinational force; no seed counterpart.",
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# AF06 The 28-point draft (on topic: renunciation in the constitution, bar in NATO's statutes, no
# enlargement, army cap, guarantee terms, Russian demands)
article(
    ARTICLES,
    "af-2025-11-21-draft-28-points",
    "2025-11-21T12:05:00+00:00",
    "https://www.reuters.com/world/europe/what-is-us-peace-plan-ukraine-2025-11-21/",
    S(
        "US draft would have Kyiv write its renunciation of the alliance into the constitution",
        "contradicted",
        "af-draft-constitution",
        "The US draft requires Ukraine to renounce membership.",
    ),
    [
        [
            S(
                "KYIV, Nov 21 (Reuters) - A US-drafted plan to end the war would require Ukraine to enshrine in "
                "its constitution that it will not join NATO, according to a copy of the 28-point document.",
                "contradicted",
                "af-draft-constitution",
                "Renunciation of membership in the draft.",
            ),
            S(
                "The alliance, for its part, would add a provision to its statutes stating that Ukraine will not "
                "be admitted in the future.",
                "contradicted",
                "af-draft-nato-bar",
                "NATO to bar Ukraine in its own rules: against 'Ukraine's future is in NATO'.",
            ),
        ],
        [
            S(
                "The draft also says the alliance will not expand any further.",
                "contradicted",
                "af-draft-nato-bar",
                "No further enlargement: incompatible with the membership path.",
            ),
            S(
                "No NATO troops would be stationed in Ukraine, while European fighter jets would be based in "
                "Poland.",
                "new",
                "af-draft-no-nato-troops",
                "Draft term on foreign forces; no seed counterpart.",
            ),
        ],
        [
            S(
                "Ukraine's armed forces would be capped at 600,000 personnel.",
                "new",
                "af-draft-army-cap",
                "Cap on Ukraine's forces; no seed counterpart.",
            ),
            S(
                "In return, Kyiv would receive “reliable security guarantees”, the text says, without spelling "
                "out what they would involve.",
                "new",
                "af-draft-guarantees",
                "Guarantees offered instead of membership.",
            ),
            S(
                "A separate draft seen by reporters says a significant, deliberate and sustained Russian attack "
                "would be treated as a threat to the whole transatlantic community, under a guarantee valid for "
                "ten years and renewable.",
                "new",
                "af-draft-guarantees",
                "Terms of the US guarantee (ten years, response to attack).",
            ),
        ],
        [
            S(
                "Ukraine would also have to pull out of the parts of the Donetsk region it still holds, which "
                "would become a demilitarised zone."
            ),
            S("Elections would be held within 100 days of the agreement's signing."),
        ],
        [
            S(
                "Zelensky said in a video address that Ukraine faced one of the most difficult moments in its "
                "history, with a choice between losing its dignity and risking the loss of a key partner."
            ),
            S("Trump said he wanted Kyiv's answer by Thanksgiving, on November 27."),
        ],
        [
            S(
                "The terms echo demands Moscow has made since the start of the invasion, including that Ukraine "
                "stay out of the Western military bloc.",
                "contradicted",
                "af-russia-renounce-demand",
                "Russian demand that Ukraine renounce membership.",
                ["new"],
            ),
            S(
                "At their 2008 summit in Bucharest, allies had promised Ukraine it would one day become a "
                "member, a pledge they reaffirmed in Vilnius and Washington.",
                "known",
                None,
                "Seeds 000/003: Bucharest's promise, reaffirmed at later summits.",
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# AF07 Berlin talks (on topic: Zelensky ready to give up the bid, US Article 5-like offer,
# European-led force, US-led monitoring, 800,000, Umerov and Yermak, August retold)
article(
    ARTICLES,
    "af-2025-12-15-berlin-talks-guarantees",
    "2025-12-15T21:00:00+00:00",
    "https://www.politico.eu/article/volodymyr-zelenskyy-ready-to-drop-nato-bid-for-security-guarantees-berlin-talks/",
    S(
        "Zelensky signals Kyiv could park its bid for the alliance in exchange for ironclad guarantees",
        "contradicted",
        "af-zelensky-drops-bid",
        "Ukraine's president offers to give up the membership goal.",
        ["new"],
    ),
    [
        [
            S(
                "BERLIN — Volodymyr Zelensky said that Ukraine was prepared to give up its ambition to join NATO "
                "if the United States and European countries provided it with legally binding security "
                "guarantees.",
                "contradicted",
                "af-zelensky-drops-bid",
                "Offer to renounce membership, conditional: contradicted by convention.",
                ["new"],
            ),
            S(
                "He called it a compromise on Kyiv's part, saying that bilateral guarantees from Washington along "
                "the lines of Article 5, and others from Europe, Canada and Japan, could prevent another Russian "
                "offensive.",
                "new",
                "af-berlin-us-offer",
                "Article 5-type guarantees sought instead of membership.",
            ),
        ],
        [
            S(
                "He spoke before five hours of talks at the chancellery with US envoys Steve Witkoff and Jared "
                "Kushner, hosted by Chancellor Friedrich Merz."
            ),
            S(
                "After a second round on Monday, US officials told reporters that Washington was ready to offer "
                "guarantees mirroring the alliance's mutual defence clause, which would be put to a vote in the "
                "Senate.",
                "new",
                "af-berlin-us-offer",
                "US offer of Article 5-like guarantees; no seed counterpart.",
            ),
        ],
        [
            S(
                "European leaders said in a joint statement that a European-led multinational force would help "
                "rebuild Ukraine's armed forces and secure its skies and seas, with US support.",
                "new",
                "af-berlin-european-force",
                "European-led force in the guarantee package.",
            ),
            S(
                "The statement also described a US-led mechanism to monitor a ceasefire, and said Ukraine's "
                "army should remain at a peacetime strength of 800,000.",
                "new",
                ["af-us-monitoring", "af-army-800k"],
                "US-led ceasefire monitoring and the 800,000 figure; no seed counterparts.",
            ),
        ],
        [
            S(
                "Ukraine's delegation was led by Rustem Umerov, the former defence minister who now heads the "
                "National Security and Defence Council.",
                "changed",
                "umerov-nsdc",
                "Umerov has left defence and holds the post the seed gives to Danilov.",
            ),
            S(
                "He took over the talks after Andriy Yermak, long Zelensky's chief of staff, resigned last month "
                "when anti-corruption investigators searched his home.",
                "changed",
                "yermak-out",
                "The seed's head of the President's Office has left.",
            ),
        ],
        [
            S(
                "Ukraine wrote the goal of joining the alliance into its constitution in 2019, and allies called "
                "its path irreversible at their Washington summit last year.",
                "known",
                None,
                "Seeds 003/004: the 2019 amendment and the 'irreversible' path.",
            ),
            S(
                "Moscow, which has demanded that Kyiv formally renounce membership, gave no immediate response.",
                "contradicted",
                "af-russia-renounce-demand",
                "Russian demand to renounce membership.",
                ["new"],
            ),
        ],
        [
            S(
                "Territorial questions, above all the future of the Donbas, remained unresolved, officials on "
                "both sides said."
            ),
            S(
                "In August, shortly before receiving Zelensky at the White House, Trump wrote that there would "
                "be “NO GOING INTO NATO BY UKRAINE”.",
                "contradicted",
                "af-trump-no-nato",
                "US president rules out membership.",
            ),
            S(
                "His envoy Witkoff said at the time that Putin had agreed the US and Europe could offer Kyiv "
                "protection akin to the alliance's Article 5.",
                "new",
                "af-witkoff-article5",
                "Article 5-like protection agreed in Alaska; no seed counterpart.",
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# AF08 Paris declaration of intent and military hubs (on topic: UK-France deployment paper,
# hubs, US-led monitoring retold, Budanov for Yermak)
article(
    ARTICLES,
    "af-2026-01-06-paris-declaration-hubs",
    "2026-01-06T20:15:00+00:00",
    "https://www.france24.com/en/europe/20260106-coalition-of-the-willing-paris-declaration-ukraine-security-guarantees",
    S(
        "London and Paris sign paper pledging troops and bases for Ukraine after any truce",
        "new",
        "af-paris-declaration-intent",
        "UK-France declaration of intent to deploy forces; no seed counterpart.",
    ),
    [
        [
            S(
                "PARIS, Jan 6 (AFP) - Britain and France signed a declaration of intent on Tuesday to deploy "
                "forces to Ukraine once a ceasefire takes hold, as allies meeting in Paris sought to nail down "
                "guarantees for Kyiv.",
                "new",
                "af-paris-declaration-intent",
                "The declaration of intent.",
            ),
            S(
                "British Prime Minister Keir Starmer said the two countries would set up military hubs across "
                "Ukraine and build protected sites for weapons and equipment.",
                "new",
                "af-military-hubs",
                "Military hubs in Ukraine; no seed counterpart.",
            ),
        ],
        [
            S(
                "Leaders of the coalition of the willing endorsed a broader Paris declaration, which foresees a "
                "US-led mechanism to monitor any truce.",
                "new",
                "af-us-monitoring",
                "US-led ceasefire monitoring, retold.",
            ),
            S(
                "US envoys Steve Witkoff and Jared Kushner took part in the talks, and Kushner said Trump "
                "strongly backed the security arrangements.",
                "new",
                "af-us-backstop",
                "US support for the guarantees.",
            ),
        ],
        [
            S(
                "Macron said the multinational force would stay away from the line of contact and would be there "
                "to reassure, not to fight.",
                "new",
                "af-reassurance-force",
                "Role of the reassurance force, retold.",
            ),
            S(
                "Zelensky said the documents showed the coalition had moved from words to concrete commitments, "
                "but that Kyiv still needed to know how Washington would respond if Russia attacked again.",
                "new",
                "af-paris-declaration-intent",
                "Reaction to the declaration.",
            ),
        ],
        [
            S(
                "It was the first such meeting since Zelensky picked Kyrylo Budanov, the head of military "
                "intelligence, to run his office in place of Andriy Yermak.",
                "changed",
                ["budanov-office", "yermak-out"],
                "New head of the President's Office, replacing the seed's Yermak.",
            ),
        ],
        [
            S(
                "Britain was the first country to sign a bilateral security pact with Kyiv, in January 2024, "
                "under a Group of Seven framework meant to tide Ukraine over until it joins the alliance.",
                "known",
                None,
                "Seed 003: the UK's agreement first; the framework bridges to membership.",
            ),
            S(
                "Those pacts promise weapons, training and consultations within a day of any new attack, but no "
                "obligation to fight.",
                "known",
                None,
                "Seed 003: 24-hour consultation, no Article 5.",
            ),
        ],
        [
            S(
                "Moscow has said it would treat any Western forces deployed in Ukraine as legitimate targets.",
                "new",
                "af-kremlin-rejects-troops",
                "Russia's rejection of a foreign force, retold.",
                ["contradicted"],
            ),
            S(
                "Territory and the fate of the Zaporizhzhia nuclear plant remain the hardest questions in the "
                "US-brokered talks, officials said."
            ),
        ],
    ],
    True,
)

# ============================================================================================
# NEAR OR OFF TOPIC (4)
# ============================================================================================

# --------------------------------------------------------------------------------------------
# AF09 Steadfast Defender 2024 (off topic: exercise; Sweden still waiting, Finland in)
article(
    ARTICLES,
    "af-2024-01-18-steadfast-defender",
    "2024-01-18T16:00:00+00:00",
    "https://www.reuters.com/world/europe/nato-hold-biggest-drills-since-cold-war-with-90000-troops-2024-01-18/",
    S("Alliance to stage its biggest drills in decades with 90,000 troops"),
    [
        [
            S(
                "BRUSSELS, Jan 18 (Reuters) - NATO will begin its largest military exercise since the Cold War "
                "next week, with around 90,000 troops taking part in drills running until May, the alliance's "
                "top commander said on Thursday."
            ),
            S(
                "US General Christopher Cavoli said Steadfast Defender 2024 would rehearse how forces from North "
                "America could reinforce European allies in a conflict with a near-peer adversary."
            ),
        ],
        [
            S(
                "The exercise will involve more than 50 ships, over 80 aircraft and more than 1,100 combat "
                "vehicles, including tanks."
            ),
            S(
                "Alliance planning documents name Russia as the most significant and direct threat to allies' security."
            ),
        ],
        [
            S(
                "Sweden, whose application is still awaiting ratification in Ankara and Budapest, will take part "
                "alongside the 31 allies.",
                "known",
                None,
                "Seed 001: Sweden still waiting; 31 allies. Budapest as a second holdout is a detail.",
                ["changed"],
            ),
            S(
                "Finland, which joined last April after dropping decades of non-alignment, will host part of the "
                "drills.",
                "known",
                None,
                "Seed 001: Finland dropped non-alignment and was admitted.",
            ),
        ],
        [
            S(
                "Russia's deputy foreign minister Alexander Grushko said the drills showed the alliance returning "
                "to the patterns of the Cold War."
            ),
            S(
                "The announcement comes as Ukraine runs short of artillery shells and as new US aid remains "
                "stalled in Congress."
            ),
        ],
        [
            S(
                "The alliance last held drills of comparable size in 1988, when some 125,000 troops took part in Reforger."
            ),
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# AF10 Spending figures before the Washington summit (off topic: 2% target; 32 allies, no
# invitation, NATO aid role)
article(
    ARTICLES,
    "af-2024-06-17-spending-two-percent",
    "2024-06-17T15:30:00+00:00",
    "https://www.reuters.com/world/record-23-nato-countries-meet-defence-spending-target-stoltenberg-says-2024-06-17/",
    S("Record 23 allies to hit spending goal this year, Stoltenberg says"),
    [
        [
            S(
                "WASHINGTON, June 17 (Reuters) - Twenty-three of NATO's 32 members will meet the alliance's "
                "target of spending 2% of GDP on defence this year, Secretary General Jens Stoltenberg said on "
                "Monday.",
                "changed",
                "alliance-32",
                "32 allies against the seeds' 31; incidental in an off-topic story.",
                ["irrelevant"],
            ),
            S(
                "That compares with just three allies meeting the goal in 2014, when the target was set after "
                "Russia's annexation of Crimea."
            ),
        ],
        [
            S(
                "Stoltenberg made the announcement in Washington ahead of a meeting with President Joe Biden."
            ),
            S(
                "European allies and Canada will raise their defence spending by 18% this year, he said."
            ),
        ],
        [
            S(
                "Former President Donald Trump, the Republican candidate in November's election, has said he "
                "would not protect allies that fail to pay their way."
            ),
            S(
                "Poland leads the alliance, spending more than 4% of its economic output on defence."
            ),
        ],
        [
            S(
                "Allies will meet in Washington next month for a summit marking the alliance's 75th anniversary."
            ),
            S(
                "Ukraine will be high on the agenda, though Stoltenberg has said the gathering will not issue an "
                "invitation for Kyiv to join.",
                "known",
                None,
                "Seed 003: no invitation at Washington.",
            ),
            S(
                "Instead, allies are expected to give the alliance a role in coordinating military aid and "
                "training for Ukraine.",
                "new",
                "af-nsatu",
                "NATO coordination of aid and training (NSATU), before the summit.",
            ),
        ],
        [
            S("Canada, Belgium and Spain remain among the lowest spenders, at below 1.4% of GDP."),
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# AF11 Rada raises taxes (off topic: economy; the victory plan's invitation in passing)
article(
    ARTICLES,
    "af-2024-10-10-rada-tax-hike",
    "2024-10-10T13:50:00+00:00",
    "https://www.reuters.com/world/europe/ukraine-parliament-approves-tax-hikes-fund-military-2024-10-10/",
    S("Ukraine's lawmakers raise taxes to pay for the war"),
    [
        [
            S(
                "KYIV, Oct 10 (Reuters) - Ukraine's parliament gave final approval on Thursday to the first major "
                "tax increases since Russia's full-scale invasion, as the government scrambles to fund its "
                "military."
            ),
            S(
                "The law raises the military levy on personal incomes to 5% from 1.5% and imposes a one-off 50% "
                "tax on bank profits for 2024."
            ),
        ],
        [
            S(
                "Finance Minister Serhiy Marchenko has said the budget faces a gap of some 500 billion hryvnias "
                "this year, mostly because of higher defence costs."
            ),
            S(
                "Defence already takes up more than half of state spending, and salaries, pensions and social "
                "programmes rely on foreign budget support."
            ),
        ],
        [
            S(
                "The International Monetary Fund, whose 15.6 billion dollar loan programme requires Kyiv to raise "
                "more revenue at home, welcomed the measures."
            ),
            S(
                "Some lawmakers and business groups warned that the increases would push more activity into the "
                "shadow economy."
            ),
        ],
        [
            S(
                "The vote came days before President Volodymyr Zelensky is due to present to parliament what he "
                "calls a victory plan."
            ),
            S(
                "According to officials briefed on it, its first point is an immediate invitation for Ukraine to "
                "join the alliance, a step Washington and Berlin have so far resisted.",
                "new",
                "af-victory-plan-invite",
                "Renewed request for an invitation, with named reluctant allies: new per the conventions.",
            ),
        ],
        [
            S(
                "Russian strikes on power plants have also forced the state to spend more on repairs and on "
                "imported electricity."
            ),
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# AF12 Georgia shelves its EU bid (off topic: EU accession; Bucharest's promise to Georgia)
article(
    ARTICLES,
    "af-2024-11-29-georgia-shelves-eu-talks",
    "2024-11-29T09:30:00+00:00",
    "https://www.rferl.org/a/georgia-kobakhidze-eu-accession-talks-suspended-protests/33219641.html",
    S("Georgia shelves its EU bid until 2028, sparking protests in Tbilisi"),
    [
        [
            S(
                "TBILISI (RFE/RL) — Georgia's Prime Minister Irakli Kobakhidze said on Thursday that his "
                "government would not seek to open accession talks with the European Union until the end of "
                "2028."
            ),
            S(
                "Thousands of protesters gathered outside parliament overnight, and police used water cannon "
                "and tear gas to disperse them."
            ),
        ],
        [
            S(
                "Kobakhidze accused the bloc of blackmail after the European Parliament passed a resolution "
                "calling for a rerun of the disputed October election."
            ),
            S(
                "President Salome Zourabichvili, a critic of the ruling Georgian Dream party, said the government "
                "had declared war on its own people."
            ),
        ],
        [
            S(
                "Georgia was granted candidate status last December, but Brussels froze the process this summer "
                "over a law on foreign influence."
            ),
            S(
                "The country's constitution commits its leaders to pursuing membership of both the EU and NATO."
            ),
        ],
        [
            S(
                "At their 2008 summit in Bucharest, NATO allies promised that Georgia, like Ukraine, would one day "
                "become a member, without setting a date.",
                "known",
                None,
                "Seed 000: Bucharest's promise to Ukraine and Georgia, no timeline.",
            ),
            S(
                "Russia invaded Georgia months later, and still keeps troops in the breakaway regions of Abkhazia "
                "and South Ossetia.",
                "known",
                None,
                "Seed 000: Russia invaded Georgia after Bucharest.",
            ),
        ],
        [
            S(
                "Neighbouring Ukraine and Moldova opened their own accession talks with the bloc in June."
            ),
            S(
                "Several EU foreign ministers said they would discuss a response, including suspending visa-free "
                "travel for Georgian officials."
            ),
        ],
    ],
    False,
)
