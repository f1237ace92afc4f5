"""Article set w: the articles, sentence by sentence with their gold (`python3 ../build.py set_w`).

2025-2026 stories (peace talks, The Hague summit and after, US and European positions, Russian
demands) in which Ukraine's NATO membership comes up inside longer reports on other matters.
"""

from corpus import S, article

CHANNEL = "Article set w: peace talks, summits and Ukraine's NATO question, 2025-2026"
DESCRIPTION = "12 articles rewritten from real 2025-2026 coverage (links point at the originals)."
ARTICLES: list = []

# ============================================================================================
# ON TOPIC (8)
# ============================================================================================

# --------------------------------------------------------------------------------------------
# W01 Hegseth at the Ukraine Defence Contact Group in Brussels (US denial, non-NATO force,
# Hegseth for Austin, history with the 2008 holdouts)
article(
    ARTICLES,
    "w-2025-02-12-hegseth-brussels-nato-unrealistic",
    "2025-02-12T17:40:00+00:00",
    "https://apnews.com/article/hegseth-nato-ukraine-membership-unrealistic-borders-brussels-9a1c5e2b7f",
    S(
        "Hegseth tells Ukraine's backers NATO membership is not a realistic outcome of talks",
        "contradicted",
        "w-hegseth-unrealistic",
        "US defence secretary rules membership out of a settlement: a denial against the irreversible path.",
    ),
    [
        [
            S(
                "BRUSSELS (AP) – US Defence Secretary Pete Hegseth told Ukraine's allies on Wednesday that "
                "Washington does not see NATO membership for Kyiv as a realistic result of a negotiated settlement "
                "with Russia, and that Europe must carry most of the burden of the country's defence.",
                "contradicted",
                "w-hegseth-unrealistic",
                "Same denial in the lede.",
            ),
            S(
                "Speaking at the start of a meeting of the Ukraine Defence Contact Group at the alliance's "
                "headquarters, Hegseth said a return to Ukraine's borders from before 2014 was also an unrealistic "
                "objective."
            ),
        ],
        [
            S(
                "Any security guarantee for Ukraine, he said, must be backed by capable European and non-European "
                "troops deployed as part of a non-NATO mission.",
                "new",
                "w-hegseth-non-nato-force",
                "Design of a guarantee offered instead of membership; no seed counterpart.",
            ),
            S(
                "Those troops should not be covered by Article 5 of the alliance's founding treaty, and no American "
                "soldiers would be sent to Ukraine, he added.",
                "new",
                "w-hegseth-non-nato-force",
                "Same guarantee design: no Article 5 cover, no US troops.",
            ),
        ],
        [
            S(
                "It was Hegseth's first visit to NATO headquarters since he succeeded Lloyd Austin at the Pentagon "
                "last month, and Britain, not the United States, chaired the contact group for the first time.",
                "changed",
                "w-hegseth-defsec",
                "Seed 000 names Austin as US defence secretary; Hegseth has succeeded him.",
            ),
            S(
                "The group, whose roughly 50 member countries have sent Ukraine weapons since 2022, was set up by "
                "Austin."
            ),
        ],
        [
            S(
                "Hours later, President Donald Trump said he had held a long telephone call with Vladimir Putin and "
                "that the two had agreed their teams would begin negotiations immediately."
            ),
            S("Trump said he had also spoken with Ukrainian President Volodymyr Zelensky."),
        ],
        [
            S(
                "The membership question has hung over Ukraine since 2008, when allied leaders meeting in Bucharest "
                "declared that Ukraine and Georgia would one day become members but gave them no timetable and no "
                "Membership Action Plan.",
                "known",
                None,
                "Seeds 000/004: Bucharest's 'will become members', no date, no MAP.",
            ),
            S(
                "Germany and France had resisted giving Kyiv that plan, fearing Moscow's reaction, while the Bush "
                "administration pushed for it.",
                "new",
                "w-hist-bucharest-holdouts",
                "Named 2008 holdouts: no seed counterpart, though the seeds say consensus failed.",
                ["known"],
            ),
            S(
                "At Vilnius in 2023 the alliance said it would invite Ukraine when allies agree and conditions are "
                "met, and a year later in Washington it called Kyiv's path irreversible, without extending an "
                "invitation.",
                "known",
                None,
                "Seeds 000/003: the Vilnius formula; Washington's 'irreversible' without an invitation.",
            ),
            S(
                "Biden's national security adviser, Jake Sullivan, argued at the time that admitting Ukraine during "
                "the fighting would mean NATO at war with Russia.",
                "known",
                None,
                "Seed 000/001: Sullivan's argument at Vilnius.",
            ),
        ],
        [
            S(
                "Ukraine's defence minister, Rustem Umerov, who attended the meeting, said Kyiv would keep pressing "
                "for the strongest possible guarantees.",
                "known",
                None,
                "Umerov as defence minister matches seed 001; Kyiv seeking guarantees is seed 001.",
            ),
            S(
                "NATO Secretary General Mark Rutte told reporters that the allies would now need to spend "
                "considerably more than 2% of their economic output on defence."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# W02 US-Russia talks in Riyadh; Peskov on EU vs alliances; Zakharova on Bucharest (Russian
# demand), Russia rejecting NATO-country troops, Trump's 'not practical'
article(
    ARTICLES,
    "w-2025-02-18-riyadh-talks-kremlin-nato",
    "2025-02-18T15:10:00+00:00",
    "https://www.reuters.com/world/kremlin-says-ukraine-has-right-join-eu-not-nato-riyadh-talks-2025-02-18/",
    S(
        "Kremlin says Kyiv may join the EU but military alliances are another matter as Riyadh talks open",
        "known",
        None,
        "Russia treating alliance membership as a security matter restates Putin's 'direct threat' (seed 000).",
        ["contradicted"],
    ),
    [
        [
            S(
                "RIYADH/MOSCOW, Feb 18 (Reuters) – Russian and American officials held their first high-level talks "
                "on ending the war in Ukraine on Tuesday, as the Kremlin said Kyiv was free to seek membership of "
                "the European Union."
            ),
            S(
                "Secretary of State Marco Rubio, national security adviser Mike Waltz and envoy Steve Witkoff sat "
                "across the table from Foreign Minister Sergei Lavrov and Kremlin aide Yuri Ushakov in a palace in "
                "the Saudi capital."
            ),
        ],
        [
            S(
                "“This is the sovereign right of any country,” Kremlin spokesman Dmitry Peskov said when asked about "
                "Ukraine joining the bloc, describing it as a matter of economic integration."
            ),
            S(
                "He said Moscow took a completely different position on questions of security, defence and military "
                "alliances, and that everyone knew it.",
                "known",
                None,
                "Russia: alliance membership touches its security, a restatement of the 'direct threat'.",
                ["contradicted"],
            ),
        ],
        [
            S(
                "Foreign Ministry spokeswoman Maria Zakharova went further, saying a mere refusal to admit Ukraine "
                "would not satisfy Moscow and that the alliance must disavow the promise it made at Bucharest in "
                "2008.",
                "contradicted",
                "w-zakharova-bucharest",
                "Russian demand that NATO renounce Bucharest's 'will become members'.",
                ["new"],
            ),
            S(
                "Allied leaders had said at that summit that Ukraine and Georgia would become members of NATO, a "
                "pledge Putin denounced at the time as a direct threat to Russia.",
                "known",
                None,
                "Seed 000: Bucharest's pledge and Putin's 'direct threat'.",
            ),
        ],
        [
            S(
                "Deputy Foreign Minister Alexander Grushko said that European peacekeepers in Ukraine, under whatever "
                "guise, would be a step towards escalation.",
                "new",
                "w-russia-rejects-troops",
                "Russia rejecting a European force meant to guarantee Ukraine's security; no seed counterpart.",
            ),
            S(
                "Lavrov told reporters afterwards that the deployment of troops from NATO countries to Ukraine would "
                "be unacceptable to Moscow.",
                "new",
                "w-russia-rejects-troops",
                "Same Russian rejection of a reassurance force.",
            ),
        ],
        [
            S(
                "Rubio said the two sides agreed to restore embassy staff and set up teams to work on a settlement, "
                "adding that Europe would have to be at the table at some point because of its sanctions."
            ),
        ],
        [
            S(
                "Ukraine was not invited, and Zelensky, visiting Ankara, said Kyiv would not accept any agreement "
                "reached without it."
            ),
            S(
                "The talks came six days after Defence Secretary Pete Hegseth told allies in Brussels that membership "
                "of the alliance was not a realistic outcome for Ukraine.",
                "contradicted",
                "w-hegseth-unrealistic",
                "Repeat of Hegseth's denial.",
            ),
            S(
                "Trump said the same day that he did not think it was practical for Ukraine to join NATO, and has "
                "blamed his predecessor for encouraging Kyiv's hopes.",
                "contradicted",
                "w-trump-not-practical",
                "US president denies membership is practical: against the irreversible path.",
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# W03 Second round in Istanbul: prisoner deal, Russia's memorandum demands neutrality; Ukraine's
# memorandum keeps NATO 'if allies reach consensus'
article(
    ARTICLES,
    "w-2025-06-02-istanbul-second-round-memorandums",
    "2025-06-02T19:25:00+00:00",
    "https://kyivindependent.com/russia-hands-ukraine-peace-memorandum-istanbul-second-round/",
    S("Second round in Istanbul yields prisoner deal as Moscow hands over its terms"),
    [
        [
            S(
                "ISTANBUL – Ukrainian and Russian delegations met for a little over an hour at the Ciragan Palace in "
                "Istanbul on Monday and agreed to exchange all severely wounded prisoners and those aged 18 to 25, "
                "but made no progress towards a ceasefire."
            ),
            S("The two sides also agreed to return the bodies of 6,000 fallen soldiers each."),
        ],
        [
            S(
                "Defence Minister Rustem Umerov, who led Kyiv's team, said the Russian side handed over its "
                "memorandum only during the meeting and that Ukraine would study it for a week.",
                "known",
                None,
                "Umerov as defence minister matches seed 001; the rest is about the talks.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "According to the text published by Russian state news agencies, Moscow demands that Ukraine pull its "
                "troops out of the Donetsk, Luhansk, Zaporizhzhia and Kherson regions and that the world recognise "
                "them as Russian."
            ),
            S(
                "It also requires Kyiv to adopt a neutral status, renounce membership of any military alliance and "
                "allow no foreign troops or bases on its soil.",
                "contradicted",
                "w-russia-neutrality",
                "Russian demand to renounce alliance membership and stay neutral.",
                ["new"],
            ),
            S(
                "Other clauses would cap the size of Ukraine's armed forces and ban discrimination against Russian "
                "speakers."
            ),
        ],
        [
            S(
                "Ukraine's own memorandum, delivered days earlier, said the country could not be forced into "
                "neutrality and should remain free to choose EU membership and, if allies reach consensus, NATO.",
                "known",
                None,
                "Membership when allies agree restates the Vilnius formula (seeds 000/003).",
                ["new"],
            ),
            S(
                "Kyiv's document also asked for security guarantees from its partners to prevent a renewed attack.",
                "known",
                None,
                "Seed 001: Kyiv seeks guarantees against renewed aggression.",
            ),
        ],
        [
            S(
                "Vladimir Medinsky, the Kremlin aide who headed Moscow's delegation, said Russia had proposed a two- "
                "or three-day truce on parts of the front to collect the dead."
            ),
            S(
                "The talks came a day after Ukrainian drones struck bombers at airfields deep inside Russia."
            ),
        ],
        [
            S(
                "Neutrality has been a Russian demand since talks in the same city collapsed in the spring of 2022, "
                "and Putin has said that Ukraine's drive to join NATO was among the root causes of the war.",
                "contradicted",
                "w-russia-neutrality",
                "Repeat of the neutrality demand; 'root causes' restates the 'direct threat'.",
                ["new"],
            ),
            S(
                "Allied governments declared at the Vilnius summit in 2023 that Ukraine's future lies in NATO, a line "
                "they have repeated since.",
                "known",
                None,
                "Seed 003: 'Ukraine's future is in NATO'.",
            ),
        ],
        [
            S(
                "Kyiv proposed that the next round, at the end of June, prepare a meeting between Zelensky and Putin."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# W04 The Hague summit: 5% target; the declaration is silent on membership; Rutte says the
# commitments stand; Rutte for Stoltenberg, 32 allies
article(
    ARTICLES,
    "w-2025-06-25-hague-summit-five-percent",
    "2025-06-25T16:05:00+00:00",
    "https://www.dw.com/en/nato-summit-the-hague-allies-agree-five-percent-spending-ukraine/a-73050412",
    S(
        "NATO leaders agree 5% target in The Hague, with Ukraine's membership left unsaid",
        "new",
        "w-hague-text-silent",
        "The summit text leaves the membership line out; not a denial (conventions).",
    ),
    [
        [
            S(
                "THE HAGUE – NATO leaders on Wednesday committed their countries to spending 5% of economic output on "
                "defence and related security by 2035, in a summit that was kept short to suit Donald Trump."
            ),
            S(
                "The declaration, just five paragraphs long, calls Russia a long-term threat to Euro-Atlantic "
                "security."
            ),
        ],
        [
            S(
                "Unlike the texts agreed at Vilnius and Washington, it says nothing about Ukraine's future membership "
                "and repeats neither the invitation formula nor the word irreversible.",
                "new",
                "w-hague-text-silent",
                "Membership language omitted from the summit text.",
            ),
            S(
                "It states only that allies will keep supporting Ukraine, whose security contributes to theirs, and "
                "will count direct contributions to its defence and defence industry towards the new target.",
                "new",
                "w-hague-ukraine-support",
                "Support commitment in the summit text in place of membership language; close to aid.",
                ["irrelevant"],
            ),
            S(
                "At Vilnius two years ago allies had dropped the requirement for a Membership Action Plan and set up "
                "the NATO-Ukraine Council.",
                "known",
                None,
                "Seeds 001/003: MAP dropped, NATO-Ukraine Council created.",
            ),
        ],
        [
            S(
                "Secretary General Mark Rutte insisted the earlier commitments still stood.",
                "known",
                None,
                "The irreversible path restated (seed 003).",
                ["new"],
            ),
            S(
                "“We decided that there is this irreversible path for Ukraine into NATO,” he said on Tuesday of the "
                "Washington summit, adding that the alliance was building a bridge for Kyiv as it spoke.",
                "known",
                None,
                "Seed 003: 'irreversible' and the 'bridge'.",
            ),
            S(
                "Earlier this month Rutte said it did not matter whether the language appeared in the communique, "
                "because everything the allies had agreed before remained valid until they decided otherwise.",
                "new",
                "w-rutte-language-stands",
                "Text may leave the line out while the commitment stands: new by convention.",
            ),
        ],
        [
            S(
                "Zelensky did not attend the main session, joining leaders only for a dinner hosted by King "
                "Willem-Alexander on Tuesday evening, and a leaders' meeting of the NATO-Ukraine Council was not "
                "held.",
                "new",
                "w-nuc-not-held",
                "The seed's NATO-Ukraine Council not convened at leaders' level; mostly about a visit.",
                ["irrelevant"],
            ),
            S(
                "He met Trump for about an hour on the sidelines, and said they discussed air defence and how to "
                "reach a ceasefire."
            ),
            S(
                "Trump told reporters afterwards that ending the war was more difficult than anyone thought and that "
                "he would speak to Putin."
            ),
        ],
        [
            S(
                "Spain secured language letting it avoid the full target, prompting Trump to threaten Madrid with "
                "tougher trade terms."
            ),
            S(
                "It was the first summit chaired by Rutte, the former Dutch prime minister, who took over from Jens "
                "Stoltenberg in October, and all 32 allies signed the text.",
                "changed",
                ["w-rutte-sg", "alliance-32"],
                "Seed holder Stoltenberg succeeded by Rutte; 32 allies against the seeds' 31.",
            ),
            S(
                "Diplomats said the question of Ukraine's membership had not been on the agenda at all this time, to "
                "avoid a clash with Washington.",
                "new",
                "w-hague-text-silent",
                "Membership off the summit agenda: not a denial.",
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# W05 White House meeting after Alaska: US role in guarantees, Trump's 'no going into NATO',
# Rutte's Article 5-type guarantees, Witkoff, Russian demand recalled
article(
    ARTICLES,
    "w-2025-08-18-white-house-zelensky-europeans",
    "2025-08-18T23:30:00+00:00",
    "https://www.bbc.com/news/articles/c0l0k4389g2o",
    S(
        "Trump promises help on guarantees as European leaders crowd into the White House",
        "new",
        "w-trump-us-guarantee-role",
        "US to take part in guaranteeing Ukraine's security; no seed counterpart.",
    ),
    [
        [
            S(
                "WASHINGTON – Donald Trump told Volodymyr Zelensky and seven European leaders on Monday that the "
                "United States would be involved in guaranteeing Ukraine's security under any peace deal, three days "
                "after his summit with Vladimir Putin in Alaska.",
                "new",
                "w-trump-us-guarantee-role",
                "Same US commitment in the lede.",
            ),
            S(
                "He said Europe would be the first line of defence but that Washington would help.",
                "new",
                "w-trump-us-guarantee-role",
                "Division of roles in the guarantee.",
            ),
        ],
        [
            S(
                "The night before, Trump had written on social media that there would be no getting Crimea back and "
                "no going into NATO by Ukraine, adding that some things never change.",
                "contradicted",
                "w-trump-no-nato-post",
                "US president rules out membership: against the irreversible path.",
            ),
            S(
                "Zelensky, wearing a dark jacket rather than his usual fatigues, thanked Trump several times in the "
                "Oval Office, a contrast with their clash there in February."
            ),
        ],
        [
            S(
                "NATO Secretary General Mark Rutte said the discussion was not about membership but about Article "
                "5-type guarantees for Ukraine.",
                "new",
                "w-rutte-art5-type",
                "Membership not on the agenda, Article 5-type guarantees are: new by convention.",
            ),
            S(
                "Steve Witkoff, the president's envoy, had said on Sunday that Putin agreed in Anchorage that the "
                "United States and Europe could offer Kyiv protection resembling the alliance's collective defence "
                "clause.",
                "new",
                "w-witkoff-art5-like",
                "Article 5-like protection outside NATO; no seed counterpart.",
            ),
        ],
        [
            S(
                "Finland's President Alexander Stubb, who joined the talks alongside Keir Starmer, Emmanuel Macron, "
                "Friedrich Merz, Giorgia Meloni and Ursula von der Leyen, said the leaders had made more progress in "
                "two weeks than in three and a half years."
            ),
            S(
                "Zelensky said the guarantees should be put on paper within a week to ten days and would include a "
                "package of American weapons, worth about 90 billion dollars, paid for by Europe.",
                "new",
                "w-guarantees-ten-days",
                "Timeline and content of the guarantee package.",
            ),
            S(
                "Zelensky has long said that such commitments cannot replace membership of the alliance.",
                "known",
                None,
                "Seed 003: guarantees are no substitute for membership.",
            ),
        ],
        [
            S(
                "After the meeting, Trump telephoned Putin and said he had begun arranging a meeting between the "
                "Russian and Ukrainian presidents, to be followed by a three-way summit."
            ),
            S(
                "Merz said he wanted a ceasefire before any such meeting, a demand Trump himself had dropped after "
                "Alaska."
            ),
        ],
        [
            S(
                "Ukraine's hopes of joining the alliance date back to 2008, when allies promised it would become a "
                "member but set no date, and were reaffirmed in Washington last year when they called the path "
                "irreversible.",
                "known",
                None,
                "Seeds 000/003: Bucharest without a date; Washington's 'irreversible'.",
            ),
            S(
                "Moscow has repeatedly said that Kyiv must stay out of the alliance, and the Kremlin has rejected the "
                "presence of any troops from NATO countries in Ukraine.",
                "contradicted",
                "w-russia-neutrality",
                "Russian demand that Ukraine stay out of NATO.",
                ["new"],
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# W06 Geneva: the 28-point draft's NATO clauses, the European counter-text, Umerov at the NSDC
article(
    ARTICLES,
    "w-2025-11-24-geneva-us-ukraine-framework",
    "2025-11-24T07:15:00+00:00",
    "https://www.reuters.com/world/europe/us-ukraine-say-geneva-talks-produced-updated-peace-framework-2025-11-24/",
    S(
        "US and Ukraine refine peace framework in Geneva as NATO clause awaits leaders",
        "new",
        "w-geneva-nato-open",
        "The membership clause left open for the presidents; no seed counterpart.",
    ),
    [
        [
            S(
                "GENEVA, Nov 24 (Reuters) – American and Ukrainian negotiators said on Sunday they had drawn up an "
                "updated and refined peace framework, after a day of talks on a US draft that Kyiv and its European "
                "allies saw as leaning towards Moscow."
            ),
            S(
                "Secretary of State Marco Rubio called it the most productive day of the administration's engagement "
                "on the war, but said the final terms would have to be settled by the two presidents and accepted by "
                "Russia."
            ),
        ],
        [
            S(
                "The original 28-point draft would have required Ukraine to write into its constitution that it will "
                "not join NATO, and the alliance to amend its statutes so that Ukraine is never admitted.",
                "contradicted",
                "w-28pt-renounce",
                "US draft requiring Ukraine to renounce membership (conventions).",
            ),
            S(
                "It would also have barred NATO troops from Ukraine and capped the country's armed forces at "
                "600,000.",
                "new",
                "w-28pt-no-troops-cap",
                "Draft terms on foreign troops and army size; no seed counterpart.",
            ),
            S(
                "In return Kyiv was offered reliable security guarantees, which a separate draft modelled on NATO's "
                "collective defence clause and limited to ten years.",
                "new",
                "w-28pt-guarantee",
                "Article 5-like US guarantee with a ten-year term.",
            ),
        ],
        [
            S(
                "Officials familiar with the talks said the NATO clauses were among the questions left for Trump and "
                "Zelensky to decide, together with territory.",
                "new",
                "w-geneva-nato-open",
                "Membership clause unresolved, left for leaders.",
            ),
            S(
                "Britain, France and Germany circulated their own text, which said Ukraine's membership depends on a "
                "consensus among allies that does not exist.",
                "new",
                "w-e3-counter-consensus",
                "Consensus lacking now: new, not contradicted (conventions).",
            ),
            S(
                "The European version would let the army reach 800,000 in peacetime and called for an American "
                "guarantee mirroring Article 5.",
                "new",
                "w-e3-counter-guarantee",
                "Counter-proposal's army ceiling and Article 5-like US guarantee.",
            ),
        ],
        [
            S(
                "NATO leaders had declared at Vilnius in 2023 that Ukraine's future is in NATO, although they have "
                "never issued an invitation.",
                "known",
                None,
                "Seed 003: 'Ukraine's future is in NATO', no invitation.",
            ),
        ],
        [
            S(
                "The Ukrainian team was led by Andriy Yermak, head of the Presidential Office, with Rustem Umerov, who "
                "moved from the defence ministry to the security council in July.",
                "changed",
                "w-umerov-nsdc",
                "Umerov no longer defence minister; NSDC secretary (seed holder Danilov).",
            ),
            S(
                "Army Secretary Dan Driscoll, who had carried the draft to Kyiv earlier in the week, joined Rubio and "
                "envoy Steve Witkoff."
            ),
        ],
        [
            S(
                "Trump, who had given Kyiv until Thanksgiving to respond, said the plan was not his final offer, and "
                "complained on Sunday that Ukraine's leadership had shown zero gratitude."
            ),
            S(
                "In an address on Friday, Zelensky said his country faced a choice between losing its dignity and "
                "risking the loss of a key partner."
            ),
        ],
        [
            S(
                "The Kremlin said it had not formally received the plan, while Putin called it a possible basis for a "
                "final settlement."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# W07 Berlin: Zelensky offers to drop the NATO bid for guarantees; US Article 5-like offer to the
# Senate; Yermak gone
article(
    ARTICLES,
    "w-2025-12-15-berlin-zelensky-nato-offer",
    "2025-12-15T12:45:00+00:00",
    "https://www.dw.com/en/zelenskyy-offers-to-drop-nato-bid-for-security-guarantees-berlin-talks/a-75189432",
    S(
        "Zelensky offers to set aside NATO bid for Western guarantees as Berlin talks run into a second day",
        "contradicted",
        "w-zelensky-drops-bid",
        "Kyiv itself offering to give up membership: against 'Ukraine's future is in NATO'.",
        ["new"],
    ),
    [
        [
            S(
                "BERLIN – Ukrainian President Volodymyr Zelensky said he was prepared to give up Kyiv's goal of "
                "joining NATO in exchange for legally binding security guarantees from the United States and Europe, "
                "as talks with Donald Trump's envoys resumed in Berlin on Monday.",
                "contradicted",
                "w-zelensky-drops-bid",
                "Same offer in the lede.",
                ["new"],
            ),
            S(
                "“This is already a compromise on our part,” he told reporters in a messaging group before the first "
                "session, which lasted more than five hours.",
                "contradicted",
                "w-zelensky-drops-bid",
                "Zelensky's own words on the same offer.",
                ["new"],
            ),
        ],
        [
            S(
                "From the start, he said, Ukraine had wanted to join the alliance because membership offered real "
                "guarantees, but some partners in the US and Europe did not support that direction.",
                "new",
                "w-partners-opposed",
                "Named reluctant allies: consensus lacking, not a denial (conventions).",
            ),
            S(
                "He wants bilateral guarantees from Washington similar to Article 5, along with commitments from "
                "European countries, Canada and Japan.",
                "new",
                "w-zelensky-wants-art5-like",
                "Kyiv's request for Article 5-like guarantees; no seed counterpart.",
            ),
        ],
        [
            S(
                "Steve Witkoff said a lot of progress had been made, and US officials said on Monday that Washington "
                "was offering guarantees modelled on Article 5 that Trump would put to the Senate.",
                "new",
                "w-us-art5-senate",
                "US Article 5-like offer to be submitted to the Senate.",
            ),
            S(
                "One official called the offer a platinum standard, but warned it would not stay on the table "
                "forever.",
                "new",
                "w-us-art5-senate",
                "Same US offer.",
            ),
        ],
        [
            S(
                "Chancellor Friedrich Merz, who hosted the talks, said the American offer was remarkable, and European "
                "leaders proposed a multinational force led by Europe to help secure Ukraine's skies and seas.",
                "new",
                "w-berlin-europe-force",
                "European-led force as part of the guarantees.",
            ),
            S("Jared Kushner, Trump's son-in-law, joined Witkoff at the table."),
        ],
        [
            S(
                "Territory remained the hardest issue, with Kyiv rejecting a US idea of withdrawing from the part of "
                "Donetsk it still holds."
            ),
            S(
                "The Ukrainian delegation was led by Rustem Umerov after Andriy Yermak, Zelensky's long-time chief of "
                "staff, resigned on November 28 when anti-corruption investigators searched his home.",
                "changed",
                "w-yermak-gone",
                "Seed holder Yermak has left the Presidential Office.",
            ),
        ],
        [
            S(
                "Ukraine's constitution has committed it to seeking NATO membership since an amendment in 2019, and "
                "the allies declared in 2024 that its path was irreversible.",
                "known",
                None,
                "Seeds 004/003: the 2019 amendment; 'irreversible'.",
            ),
            S(
                "Moscow has long demanded that Kyiv formally renounce its bid, and the Kremlin's foreign policy aide, "
                "Yuri Ushakov, said Russian forces would remain in Donetsk under any deal.",
                "contradicted",
                "w-russia-neutrality",
                "Russian demand to renounce membership.",
                ["new"],
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# W08 Paris: coalition of the willing declaration of intent, US-led monitoring, Budanov for
# Yermak, Berlin offer recalled, Putin's 'legitimate targets'
article(
    ARTICLES,
    "w-2026-01-07-paris-coalition-declaration",
    "2026-01-07T09:20:00+00:00",
    "https://www.politico.eu/article/coalition-of-the-willing-paris-summit-declaration-ukraine-security-guarantees/",
    S(
        "Britain and France sign pledge to station troops in Ukraine after a ceasefire",
        "new",
        "w-paris-declaration-intent",
        "Declaration of intent on a post-ceasefire force; no seed counterpart.",
    ),
    [
        [
            S(
                "PARIS – Britain, France and Ukraine signed a declaration of intent on Tuesday to deploy a "
                "multinational force once a ceasefire is in place, the most concrete step yet by the coalition of the "
                "willing towards guarantees for Kyiv.",
                "new",
                "w-paris-declaration-intent",
                "Same declaration in the lede.",
            ),
            S(
                "Keir Starmer said the two countries would set up military hubs across Ukraine and build protected "
                "sites for weapons and equipment.",
                "new",
                "w-paris-declaration-intent",
                "Scope of the same declaration.",
            ),
        ],
        [
            S(
                "Emmanuel Macron said ceasefire monitoring would be placed under US leadership, with contributions "
                "from several coalition members.",
                "new",
                "w-us-monitoring",
                "US-led ceasefire monitoring as part of the guarantees.",
            ),
            S(
                "The allies would also help sustain a Ukrainian army of 800,000 troops as the country's first line of "
                "deterrence.",
                "new",
                "w-800k-army",
                "A number with no seed counterpart.",
            ),
        ],
        [
            S(
                "Steve Witkoff and Jared Kushner attended for the United States, and Witkoff said the security "
                "protocols were largely finished and were as strong as anyone had seen.",
                "new",
                "w-witkoff-protocols",
                "US envoy on the state of the guarantee protocols.",
            ),
            S(
                "Germany said it would help enforce a ceasefire from neighbouring countries, while Italy ruled out "
                "sending soldiers.",
                "new",
                "w-coalition-contributions",
                "Who contributes what to the guarantee force; minor.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "Zelensky said the documents would need the approval of parliaments in most coalition countries, "
                "which would make them legally binding.",
                "new",
                "w-paris-declaration-intent",
                "Ratification path of the same declaration.",
            ),
            S(
                "It was the first such meeting since Zelensky named Kyrylo Budanov, the military intelligence chief, "
                "to head the Presidential Office in place of Andriy Yermak.",
                "changed",
                ["w-budanov-head", "w-yermak-gone"],
                "New holder of the office seed 001 gives to Yermak.",
            ),
        ],
        [
            S(
                "Only weeks earlier, in Berlin, Zelensky had offered to drop Ukraine's bid to join NATO if such "
                "guarantees were put in place.",
                "contradicted",
                "w-zelensky-drops-bid",
                "Repeat of the Berlin offer.",
                ["new"],
            ),
            S(
                "The bilateral security agreements Ukraine has signed since Britain went first in January 2024 are "
                "meant to lapse once it joins the alliance.",
                "known",
                None,
                "Seed 003: UK first on 12 January 2024; agreements expire on membership.",
            ),
            S(
                "The coalition, launched by Starmer and Macron in March, counted 26 countries in September that were "
                "ready to send troops or contribute on land, at sea or in the air.",
                "new",
                "w-26-pledges",
                "A count with no seed counterpart.",
            ),
        ],
        [
            S(
                "Moscow has rejected the plan, with Putin saying in September that any Western troops that appear in "
                "Ukraine would be legitimate targets.",
                "new",
                "w-putin-legit-targets",
                "Russian rejection of the reassurance force; no seed counterpart.",
            ),
            S("Witkoff said territory remained the most sensitive question."),
            S("The meeting took place as Russia kept up its strikes on Ukraine's power grid."),
        ],
    ],
    True,
)

# ============================================================================================
# OFF TOPIC OR NEAR IT (4)
# ============================================================================================

# --------------------------------------------------------------------------------------------
# X1 Armenia's parliament passes the EU accession bill (other membership; one Bucharest line)
article(
    ARTICLES,
    "w-2025-03-26-armenia-eu-accession-law",
    "2025-03-26T14:00:00+00:00",
    "https://www.rferl.org/a/armenia-parliament-eu-membership-bill/33359321.html",
    S("Armenian lawmakers back bill on starting EU accession"),
    [
        [
            S(
                "YEREVAN – Armenia's parliament on Wednesday passed a bill declaring the start of the country's "
                "process of accession to the European Union, a symbolic step that has angered Moscow."
            ),
            S(
                "The bill, which began as a citizens' initiative, passed with the votes of Prime Minister Nikol "
                "Pashinyan's Civil Contract party."
            ),
        ],
        [
            S(
                "Pashinyan has said that membership would ultimately require a referendum and that the law does not "
                "amount to an application to join the bloc."
            ),
            S(
                "Armenia remains a member of the Russian-led Eurasian Economic Union and of the Collective Security "
                "Treaty Organization, though it froze its participation in the latter in 2024."
            ),
        ],
        [
            S(
                "Russian Deputy Prime Minister Alexei Overchuk has warned that belonging to both the EU and the "
                "Eurasian union at the same time is impossible."
            ),
            S(
                "Kremlin spokesman Dmitry Peskov called the bill the beginning of Armenia's exit from the Eurasian "
                "union."
            ),
        ],
        [
            S(
                "The government has sought closer ties with the West since Azerbaijan retook Nagorno-Karabakh in "
                "2023, a campaign during which Russian peacekeepers did not intervene."
            ),
            S(
                "Brussels has welcomed Armenia's European aspirations but has made no promise of candidate status."
            ),
        ],
        [
            S(
                "Unlike Georgia, which was promised eventual NATO membership alongside Ukraine at Bucharest in 2008, "
                "Armenia has never sought to join the Western alliance.",
                "known",
                None,
                "Seed 000: Bucharest's promise to Ukraine and Georgia.",
            ),
            S(
                "Its army takes part in some NATO partnership programmes and has sent troops to the alliance-led "
                "mission in Kosovo."
            ),
            S(
                "Armenia and Azerbaijan agreed the text of a peace treaty earlier this month but have not yet signed "
                "it."
            ),
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# X2 Orban's Voks 2025 result on Ukraine's EU accession (EU accession; Hague omission repeated,
# Orban's NATO veto)
article(
    ARTICLES,
    "w-2025-06-26-orban-voks-ukraine-eu",
    "2025-06-26T11:50:00+00:00",
    "https://www.euronews.com/my-europe/2025/06/26/orban-says-95-of-hungarians-reject-ukraines-eu-membership-in-voks-2025",
    S("Orban brings 'no' vote on Ukraine's EU accession to Brussels summit"),
    [
        [
            S(
                "BRUSSELS – Hungarian Prime Minister Viktor Orban arrived at a summit of EU leaders on Thursday saying "
                "that 95% of those who took part in a national consultation had rejected Ukraine's membership of the "
                "bloc."
            ),
            S(
                "The government said about 2.28 million people took part in the non-binding vote, which ran from April "
                "to June 20."
            ),
        ],
        [
            S(
                "Orban said he came with a strong mandate and that nothing with legal effect on Ukraine's accession "
                "could happen while Budapest withheld its consent."
            ),
            S(
                "Opening each cluster of negotiating chapters requires the unanimous agreement of all 27 member "
                "states."
            ),
        ],
        [
            S(
                "The European Commission says Kyiv has met the conditions for opening the first cluster and noted that "
                "the Hungarian consultation had no legal force."
            ),
            S("Ukraine's foreign ministry called the campaign a manipulation."),
        ],
        [
            S(
                "Opposition leader Peter Magyar, whose Tisza party leads in many polls, questioned the turnout figures."
            ),
            S(
                "The day before, Orban had been at NATO's summit in The Hague, where Ukraine's membership of the "
                "alliance was left out of the final declaration.",
                "new",
                "w-hague-text-silent",
                "Repeat: the Hague text omits membership.",
            ),
            S(
                "Orban has said he would also oppose admitting Ukraine to NATO, arguing that it would bring the war "
                "into the alliance.",
                "contradicted",
                "w-orban-nato-block",
                "An ally's leader pledging to block membership (conventions).",
            ),
            S(
                "Unlike the bloc's enlargement, NATO's is a political decision that requires the approval of every "
                "ally.",
                "known",
                None,
                "Seed 000: new members need unanimous approval; membership a political decision.",
            ),
        ],
        [
            S(
                "Other leaders, including Ukraine's closest backers, said the bloc should find ways to keep Kyiv's "
                "accession moving despite the veto."
            ),
            S(
                "The summit was also expected to extend economic sanctions on Russia for another six months."
            ),
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# X3 Russian drones over Poland, Article 4, Eastern Sentry (NATO news; 32 allies in passing)
article(
    ARTICLES,
    "w-2025-09-12-poland-drones-eastern-sentry",
    "2025-09-12T18:30:00+00:00",
    "https://www.reuters.com/world/europe/nato-launches-eastern-sentry-after-russian-drones-enter-poland-2025-09-12/",
    S("NATO launches Eastern Sentry after Russian drones cross into Poland"),
    [
        [
            S(
                "WARSAW/BRUSSELS, Sept 12 (Reuters) – NATO said on Friday it would bolster its eastern flank with a "
                "new operation, Eastern Sentry, two days after Polish and allied jets shot down Russian drones that "
                "had entered Polish airspace."
            ),
            S(
                "It was the first time a member of the alliance had fired on Russian military assets since the start "
                "of the war in Ukraine."
            ),
        ],
        [
            S(
                "Poland invoked Article 4 of the North Atlantic Treaty, which lets any ally request consultations when "
                "it feels threatened, and the North Atlantic Council, where all 32 allies sit, met on Wednesday.",
                "changed",
                "alliance-32",
                "32 allies against the seeds' 31; incidental in an off-topic story.",
                ["irrelevant"],
            ),
            S(
                "Denmark, France, Germany and Britain were among the countries pledging jets and air defence to the "
                "operation, Secretary General Mark Rutte said."
            ),
        ],
        [
            S(
                "Prime Minister Donald Tusk said 19 incursions had been recorded overnight and that the situation was "
                "the closest Poland had come to open conflict since the Second World War."
            ),
            S("Russia's defence ministry said it had not intended to strike targets in Poland."),
        ],
        [
            S(
                "Ukrainian President Volodymyr Zelensky offered to share Ukraine's experience of downing drones and "
                "proposed a joint air defence effort with Kyiv's neighbours."
            ),
            S("Ukrainian instructors would be ready to train Polish crews, he said."),
        ],
        [
            S(
                "The incursion came as NATO members debated how to respond to Russian jets and drones testing their "
                "airspace, and as Russia and Belarus prepared to begin the Zapad military exercise."
            ),
            S("Trump, asked about the drones, said it could have been a mistake."),
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# X4 Svyrydenko government: Shmyhal to defence, Umerov to the NSDC (Ukraine news; office holders)
article(
    ARTICLES,
    "w-2025-07-17-svyrydenko-government-shmyhal-defence",
    "2025-07-17T13:35:00+00:00",
    "https://kyivindependent.com/parliament-approves-svyrydenko-prime-minister-shmyhal-defense-minister/",
    S(
        "Rada approves Svyrydenko as prime minister, moves Shmyhal to defence",
        "changed",
        "w-shmyhal-defence",
        "New defence minister: seed 001 has Umerov.",
    ),
    [
        [
            S(
                "KYIV – Ukraine's parliament on Thursday approved Yulia Svyrydenko as prime minister in the biggest "
                "government reshuffle since Russia's full-scale invasion."
            ),
            S(
                "Svyrydenko, 39, was until now first deputy prime minister and economy minister and led talks on the "
                "minerals agreement with Washington."
            ),
        ],
        [
            S(
                "Her predecessor, Denys Shmyhal, became defence minister, replacing Rustem Umerov.",
                "changed",
                "w-shmyhal-defence",
                "Seed holder Umerov replaced at defence.",
            ),
            S(
                "Umerov, who negotiated with Russia in Istanbul, was named secretary of the National Security and "
                "Defence Council, a post held until now by Oleksandr Lytvynenko.",
                "changed",
                "w-umerov-nsdc",
                "New NSDC secretary (seed holder Danilov); Umerov leaves defence.",
            ),
        ],
        [
            S(
                "Zelensky said the new cabinet would focus on the domestic production of weapons and on deregulating "
                "the economy."
            ),
            S(
                "Mykhailo Fedorov, the digital transformation minister, was made a first deputy prime minister."
            ),
            S("Oleksii Sobolev took over Svyrydenko's economy portfolio."),
        ],
        [
            S(
                "Shmyhal had led the government since March 2020, making him the longest-serving prime minister in "
                "Ukraine's independent history."
            ),
            S("More than 260 lawmakers voted in favour of Svyrydenko."),
        ],
        [
            S(
                "The reshuffle came as Kyiv awaited Patriot systems that NATO allies had agreed to buy from the United "
                "States for Ukraine."
            ),
        ],
    ],
    False,
)
