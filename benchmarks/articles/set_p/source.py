"""Article set p: the articles, sentence by sentence with their gold (`python3 ../build.py set_p`)."""

from corpus import S, article

CHANNEL = "Article set p: Ukraine, NATO and beyond"
DESCRIPTION = "12 articles rewritten from real 2024-2025 coverage (links point at the originals)."
ARTICLES: list = []

# ============================================================================================
# ON TOPIC (8)
# ============================================================================================

# --------------------------------------------------------------------------------------------
# O1 Greece signs its bilateral agreement in Brussels (on topic: a newly concluded agreement)
article(
    ARTICLES,
    "p-2024-06-27-greece-agreement",
    "2024-06-27T18:30:00+00:00",
    "https://vema.com.au/greek-pm-and-ukrainian-president-sign-greece-ukraine-bilateral-security-agreement-in-brussels",
    S(
        "Greece signs security agreement with Ukraine on the margins of the EU summit",
        "changed",
        "greece-agreement",
        "A newly concluded bilateral agreement; the seed has only the UK's.",
    ),
    [
        [
            S(
                "BRUSSELS, June 27 – Greek Prime Minister Kyriakos Mitsotakis and President Volodymyr Zelensky "
                "signed a bilateral agreement on security cooperation on Thursday, on the sidelines of a European "
                "Council meeting in Brussels.",
                "changed",
                "greece-agreement",
                "Greece concludes its agreement (seed 003: only the UK's so far).",
            ),
            S(
                "Athens said Greece had become the 21st member of the European Union to conclude such a pact with "
                "Kyiv.",
                "changed",
                "greece-agreement",
                "Count of concluded agreements far above the seed's one.",
            ),
        ],
        [
            S(
                "The document follows the template Kyiv has used with its other partners since January.",
                "known",
                None,
                "Seed 003: the G7 declaration is being formalised in bilateral agreements.",
            ),
            S(
                "Its chapters cover reconstruction, energy, civil protection, maritime transport and the protection "
                "of cultural heritage.",
                "new",
                "greece-scope",
                "Scope of the Greek agreement; no seed counterpart.",
            ),
        ],
        [
            S(
                "Mitsotakis pledged to help rebuild Odesa during a visit in March, when a Russian missile struck "
                "close to his motorcade."
            ),
            S(
                "Government officials said Athens would keep supplying military aid, without giving figures.",
                "new",
                "greece-aid",
                "Aid commitment attached to the agreement, no figure.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "Earlier on Thursday the European Union itself concluded a set of joint security commitments with "
                "Kyiv.",
                "changed",
                "eu-commitments",
                "Another concluded agreement (the EU's); the seed has only the UK's.",
            ),
        ],
        [
            S(
                "The agreements put into practice a declaration the Group of Seven issued at NATO's Vilnius summit "
                "last July, under which signatories pledge to help build Ukrainian forces able to deter Russia and "
                "to consult within 24 hours if it attacks again.",
                "known",
                None,
                "Seed 003: G7 declaration, sustainable forces, consultation within 24 hours.",
            ),
            S(
                "Unlike the alliance's Article 5, they contain no mutual defence obligation, and they are meant to "
                "lapse once Ukraine joins NATO.",
                "known",
                None,
                "Seed 003: no Article 5; agreements expire on membership.",
            ),
            S(
                "Britain signed the first of them in January.",
                "known",
                None,
                "Seed 003: the UK concluded the first agreement on 12 January 2024.",
            ),
        ],
        [
            S(
                "Zelensky has repeatedly said such guarantees are no substitute for membership of the alliance.",
                "known",
                None,
                "Seed 003: Zelensky says they cannot substitute for membership.",
            ),
            S(
                "He thanked Greece for backing Ukraine's accession talks with the bloc, which formally opened in "
                "Luxembourg on Tuesday."
            ),
        ],
        [
            S(
                "The summit also nominated Ursula von der Leyen for a second term at the head of the European "
                "Commission."
            )
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# O2 Luxembourg signs at the Washington summit (on topic: a newly concluded agreement, its terms)
article(
    ARTICLES,
    "p-2024-07-10-luxembourg-agreement",
    "2024-07-10T21:20:00+00:00",
    "https://eng.obozrevatel.com/section-war/news-ukraine-signed-a-security-agreement-with-luxembourg-what-does-it-provide-for-10-07-2024.html",
    S(
        "Luxembourg commits a decade of military support in pact signed at NATO summit",
        "changed",
        "luxembourg-agreement",
        "A newly concluded bilateral agreement (Luxembourg).",
    ),
    [
        [
            S(
                "WASHINGTON, July 10 – Luxembourg and Ukraine signed a ten-year security agreement on Wednesday on "
                "the margins of NATO's summit in Washington.",
                "changed",
                "luxembourg-agreement",
                "Luxembourg concludes its agreement; the seed has only the UK's.",
            ),
            S(
                "Prime Minister Luc Frieden signed for the Grand Duchy and President Volodymyr Zelensky for Kyiv.",
                "changed",
                "luxembourg-agreement",
                "Who signed the same agreement.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "Under the text, Luxembourg will keep its military aid at this year's level of 80 million euros "
                "for each year of the accord.",
                "new",
                "luxembourg-aid",
                "Aid figure written into the agreement.",
                ["irrelevant"],
            ),
            S(
                "The country, which co-leads a coalition on information technology for Ukraine's forces, will also "
                "train Ukrainian specialists in cyber security.",
                "new",
                "luxembourg-terms",
                "Scope of the Luxembourg agreement.",
            ),
            S(
                "It also pledges help to bring Ukraine's defence industry in line with NATO and European Union "
                "standards.",
                "new",
                "luxembourg-terms",
                "Scope of the agreement: defence-industrial integration with NATO standards.",
            ),
        ],
        [
            S(
                '"Luxembourg supports our accession to the EU and NATO," Zelensky wrote after the signing, thanking '
                'the country for "choosing justice and peace".',
                "known",
                None,
                "An ally backing Ukraine's NATO future restates the seeds.",
                ["new"],
            ),
            S(
                "The agreement still needs the approval of Luxembourg's parliament.",
                "new",
                "luxembourg-terms",
                "Ratification step of the new agreement.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "Greece signed a similar accord in Brussels two weeks ago.",
                "changed",
                "greece-agreement",
                "Greece's agreement retold; another concluded agreement.",
            ),
            S(
                "With Wednesday's signing, Kyiv has concluded around 20 of them.",
                "changed",
                "luxembourg-agreement",
                "Count of concluded agreements (about 20 against the seed's one).",
            ),
        ],
        [
            S(
                "The accords grew out of a Group of Seven pledge made at last year's Vilnius summit to help Ukraine "
                "defend itself, and they stop short of the alliance's mutual defence clause.",
                "known",
                None,
                "Seed 003: G7 declaration at Vilnius; no Article 5.",
            )
        ],
        [
            S(
                "Allied leaders meeting in Washington were expected to describe Ukraine's path to membership as "
                "irreversible in their final declaration, while stopping short of an invitation.",
                "known",
                None,
                "Seed 003: Washington's 'irreversible' path and no invitation.",
            ),
            S(
                "Zelensky had also been lobbying for more air defence systems, and several allies announced new "
                "Patriot deliveries on Tuesday."
            ),
        ],
        [
            S(
                "Luxembourg has given Ukraine more than 250 million euros in military support since the full-scale "
                "invasion began."
            )
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# O3 Medvedev on the "irreversible" path (on topic: a Russian vow against the path)
article(
    ARTICLES,
    "p-2024-07-11-medvedev-disappearance",
    "2024-07-11T15:10:00+00:00",
    "https://english.almayadeen.net/news/politics/ukraine-and-nato-should-disappear--medvedev",
    S(
        "Medvedev says Ukraine's 'irreversible' path must end with Ukraine or NATO gone",
        "contradicted",
        "medvedev-vow",
        "Russian vow that the path will not end in membership, against 'irreversible'.",
        ["new"],
    ),
    [
        [
            S(
                "MOSCOW, July 11 – Dmitry Medvedev, deputy chairman of Russia's Security Council, said on Thursday "
                'that Moscow must do everything to ensure Ukraine\'s "irreversible path" to NATO ends with the '
                "disappearance of either Ukraine or the alliance.",
                "contradicted",
                "medvedev-vow",
                "Vow to stop the path the seeds call irreversible.",
                ["new"],
            ),
            S(
                '"Better still, both," the former president added in a post on Telegram.',
                "contradicted",
                "medvedev-vow",
                "Continues the same vow; vague on its own.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "He was responding to the declaration adopted by allied leaders in Washington on Wednesday, which "
                "said the alliance would keep supporting Ukraine on its irreversible path to full Euro-Atlantic "
                "integration, including NATO membership.",
                "known",
                None,
                "Seed 003: Washington called the path irreversible.",
            ),
            S(
                "The text repeated that Ukraine's future is in NATO but, like last year's summit in Vilnius, did "
                "not invite Kyiv to join.",
                "known",
                None,
                "Seeds: 'Ukraine's future is in NATO'; no invitation at Vilnius or Washington.",
            ),
        ],
        [
            S(
                "Allies agreed to set up a NATO command in Wiesbaden, Germany, to coordinate training and weapons "
                "deliveries for Ukraine.",
                "new",
                "nsatu",
                "NSATU, the new NATO command for Ukraine; no seed counterpart.",
            ),
            S(
                "They also pledged a baseline of 40 billion euros in military aid within the next year.",
                "new",
                "aid-pledge-40bn",
                "Aid figure pledged at Washington.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "Russian officials said the summit showed the alliance was ever more deeply involved in the "
                "conflict."
            ),
            S(
                "Moscow has long described the prospect of Ukrainian membership as a direct threat to Russia's "
                "security.",
                "known",
                None,
                "Seed 000: Putin called enlargement a 'direct threat'.",
                ["contradicted"],
            ),
        ],
        [
            S(
                "Medvedev also warned against trusting any Ukrainian acceptance of the ceasefire terms Vladimir "
                "Putin set out last month, which include Kyiv dropping its bid to join the alliance.",
                "contradicted",
                "putin-june-terms",
                "Russian demand that Ukraine renounce NATO membership.",
                ["new"],
            ),
        ],
        [
            S(
                "Ukraine, meanwhile, signed another bilateral security agreement on the summit's margins, with "
                "Luxembourg, taking the number of such pacts to about 20.",
                "changed",
                "luxembourg-agreement",
                "Luxembourg's agreement retold, with the new count.",
            ),
        ],
        [
            S(
                "Medvedev, seen as a relatively liberal figure during his presidency from 2008 to 2012, has become "
                "one of the most strident voices in Moscow since the invasion."
            )
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# O4 NATO's first senior representative in Kyiv (on topic: new institutional step; Rutte to succeed)
article(
    ARTICLES,
    "p-2024-07-17-turner-senior-representative",
    "2024-07-17T16:45:00+00:00",
    "https://kyivindependent.com/new-head-of-nato-representation-in-ukraine-appointed/",
    S(
        "NATO names British official Patrick Turner as its first senior representative in Kyiv",
        "new",
        "nato-senior-rep",
        "New NATO post in Kyiv decided at Washington; no seed counterpart.",
    ),
    [
        [
            S(
                "BRUSSELS, July 17 – NATO Secretary General Jens Stoltenberg on Wednesday appointed Patrick Turner "
                "to lead the alliance's representation in Ukraine, a post created at last week's summit in "
                "Washington.",
                "new",
                "nato-senior-rep",
                "The appointment to the new post.",
            ),
            S(
                "Turner will take up the job in Kyiv in September.",
                "new",
                "nato-senior-rep",
                "Start of the same new post.",
            ),
        ],
        [
            S(
                "As senior representative he will act as the focal point for the alliance's dealings with the "
                "Ukrainian authorities, coordinate its efforts in the country and advise allies on the situation "
                "there.",
                "new",
                "nato-senior-rep",
                "Role of the new post.",
            ),
            S(
                "Turner previously served as NATO's assistant secretary general for operations and for defence "
                "policy and planning, after a career in the British civil service."
            ),
        ],
        [
            S(
                '"Turner brings years of leadership and experience to the role," Stoltenberg said, adding that he '
                "would excel as NATO stepped up its support to Ukraine.",
                "new",
                "nato-senior-rep",
                "Quote on the appointment; little content of its own.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "The appointment is one of several steps allies took in Washington to deepen their institutional "
                "ties with Kyiv.",
                "known",
                None,
                "Seed 003: the Washington support package bringing Ukraine closer.",
                ["new"],
            ),
            S(
                "They also created a command in Wiesbaden to coordinate training and weapons deliveries, and a joint "
                "centre in Poland to draw lessons from the war.",
                "new",
                ["nsatu", "jatec"],
                "NSATU and JATEC, both new Washington decisions.",
            ),
        ],
        [
            S(
                "Allies described that support as a bridge to Ukraine's eventual membership, which the summit "
                "declaration called irreversible.",
                "known",
                None,
                "Seed 003: assistance as a 'bridge'; the path 'irreversible'.",
            ),
            S(
                "The declaration again stopped short of inviting Kyiv to join.",
                "known",
                None,
                "Seed 003: no invitation at Washington.",
            ),
        ],
        [
            S(
                "Stoltenberg, who has led the alliance for a decade, will hand over to former Dutch prime minister "
                "Mark Rutte on October 1.",
                "changed",
                "rutte-secretary-general",
                "New holder of the office the seeds give to Stoltenberg.",
            ),
        ],
        [
            S(
                "NATO has kept an office in Kyiv since 2015, bringing together its information and liaison missions."
            ),
            S(
                "In Moscow, Dmitry Medvedev responded to the summit by saying Russia must make sure Ukraine's path "
                "to membership ends with the disappearance of Ukraine or of NATO.",
                "contradicted",
                "medvedev-vow",
                "Medvedev's vow retold.",
                ["new"],
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# O5 Stoltenberg on an Article 5 line (on topic: membership proposal; he has left office)
article(
    ARTICLES,
    "p-2024-10-05-stoltenberg-article5-line",
    "2024-10-05T10:30:00+00:00",
    "https://united24media.com/latest-news/ukraine-could-join-nato-with-occupied-territories-says-stoltenberg-2810",
    S(
        "Stoltenberg says Ukraine could join NATO before it regains all its land",
        "new",
        "stoltenberg-line",
        "Proposal to admit Ukraine with Article 5 up to a line; no seed counterpart.",
    ),
    [
        [
            S(
                "LONDON, October 5 – Jens Stoltenberg has said Ukraine could become a member of NATO even while "
                "Russia occupies part of its territory.",
                "new",
                "stoltenberg-line",
                "Membership with occupied land; no seed counterpart.",
            ),
            S(
                "Stoltenberg, who handed over to Mark Rutte on Tuesday, made the remarks in an interview with the "
                "Financial Times.",
                "changed",
                "rutte-secretary-general",
                "Stoltenberg has left the office the seeds give him; Rutte holds it.",
            ),
        ],
        [
            S(
                "There must be a line that defines where Article 5 applies, and Ukraine must control all the "
                "territory up to that line, he said.",
                "new",
                "stoltenberg-line",
                "The Article 5 line idea.",
            ),
            S(
                "Such a line would not need to be an internationally recognised border, he added.",
                "new",
                "stoltenberg-line",
                "Detail of the same proposal.",
            ),
        ],
        [
            S(
                "He pointed to the Kuril Islands, which Japan claims but Russia holds and which fall outside "
                "Washington's security guarantee to Tokyo.",
                "new",
                "stoltenberg-line",
                "Precedent offered for the proposal.",
                ["irrelevant"],
            ),
            S(
                "During the Cold War, he noted, the alliance defended only West Germany, even though Bonn regarded "
                "the east as part of one German nation.",
                "new",
                "stoltenberg-line",
                "Second precedent for the proposal.",
                ["irrelevant"],
            ),
            S(
                '"When there is a will, there are ways to find solutions," Stoltenberg said.',
                "new",
                "stoltenberg-line",
                "Quote supporting the proposal; vague alone.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "Days before leaving office, he warned that insisting Ukraine first regain all its territory would "
                "give Putin every incentive to keep fighting.",
                "new",
                "stoltenberg-line",
                "His argument against waiting for full control; no seed counterpart.",
            ),
            S(
                "Whether Article 5 could cover only part of Ukraine is for the allies to decide, he said.",
                "new",
                "stoltenberg-line",
                "Partial Article 5 coverage put to allies.",
                ["known"],
            ),
        ],
        [
            S(
                "The United States and Germany are among the allies most wary of inviting Kyiv while the war "
                "continues.",
                "new",
                "us-germany-wary",
                "Named reluctant allies: consensus lacking, not a denial.",
            ),
            S(
                "Allied leaders have said Ukraine's future lies in NATO and that it will be invited when allies "
                "agree and conditions are met.",
                "known",
                None,
                "Seed 001/003: Vilnius wording.",
            ),
        ],
        [
            S(
                "A similar idea caused an uproar in August 2023, when Stoltenberg's chief of staff, Stian Jenssen, "
                "suggested Ukraine might cede land in exchange for membership.",
                "known",
                None,
                "Seed 004: Jenssen's territory-for-membership remark.",
            ),
            S(
                "Jenssen later apologised, and Kyiv said it would never trade territory for a place in the "
                "alliance.",
                "known",
                None,
                "Seed 004: the apology and Kyiv's rebuttal.",
            ),
        ],
        [
            S(
                "Stoltenberg also said he took his share of the responsibility for the alliance not arming Ukraine "
                "more heavily before the invasion."
            )
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# O6 Scholz rejects an invitation now (on topic: named reluctant ally, not a denial)
article(
    ARTICLES,
    "p-2024-10-24-scholz-no-invitation",
    "2024-10-24T19:40:00+00:00",
    "https://www.pravda.com.ua/eng/news/2024/10/24/7481258/",
    S(
        "Scholz sees no need to invite Ukraine into NATO, rejecting the first point of Zelensky's plan",
        "new",
        "scholz-no-invitation",
        "An ally against an invitation now: consensus lacking, not a denial of membership.",
        ["contradicted"],
    ),
    [
        [
            S(
                "BERLIN, October 24 – Chancellor Olaf Scholz said on Thursday there was currently no need to invite "
                "Ukraine to join NATO, turning down the central demand of President Volodymyr Zelensky's \"victory "
                'plan".',
                "new",
                "scholz-no-invitation",
                "Scholz against an invitation now.",
                ["contradicted"],
            ),
            S(
                "Allies settled the question of Ukraine's prospects at their summits in Vilnius and Washington, and "
                "no new decisions are needed, he told the broadcaster ZDF.",
                "new",
                "scholz-no-invitation",
                "His reason for no invitation; the summit decisions themselves are seeds.",
                ["known"],
            ),
        ],
        [
            S(
                "A country at war cannot become a member of NATO, Scholz said, adding that everybody knew this and "
                "there was no disagreement about it.",
                "known",
                None,
                "Seeds: Ukraine can join only after the war.",
            ),
        ],
        [
            S(
                "Invitations in the alliance are usually followed quickly by membership, he added.",
                "new",
                "scholz-no-invitation",
                "His argument against inviting now.",
                ["irrelevant"],
            ),
            S(
                "Scholz said his priority was to support Kyiv while making sure the war did not turn into a conflict "
                "between Russia and NATO, and that he would not change his position.",
                "known",
                None,
                "Seed 000/001: admitting Ukraine now would mean NATO at war with Russia.",
            ),
        ],
        [
            S(
                "Zelensky presented the plan to parliament on October 16, and its first point asks allies for an "
                "immediate invitation to join the alliance.",
                "new",
                "victory-plan-invitation",
                "Kyiv's request for an invitation now; no seed counterpart.",
            ),
            S("He took it to European Union leaders in Brussels the next day."),
        ],
        [
            S(
                "After that summit Scholz said he would not support a swift invitation, recalling that Germany and "
                "the United States had held one back at the Washington summit in July.",
                "new",
                ["scholz-no-invitation", "us-germany-wary"],
                "Scholz against a quick invitation; the US and Germany named as reluctant.",
                ["contradicted"],
            ),
            S(
                "He also repeated that he would not send Ukraine Taurus cruise missiles, another request in the plan."
            ),
        ],
        [
            S(
                "Earlier this week Zelensky said he believed Berlin had softened its scepticism about Ukrainian "
                "membership.",
                "new",
                "zelensky-berlin-softened",
                "Zelensky's reading of Germany's stance; thin.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "Jens Stoltenberg suggested this month that the alliance's Article 5 guarantee could at first cover "
                "only the territory Kyiv controls.",
                "new",
                "stoltenberg-line",
                "Stoltenberg's Article 5 line retold.",
            ),
            S(
                "Scholz made his remarks ahead of a visit to Berlin by NATO Secretary General Mark Rutte next month."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# O7 Lavrov's annual news conference (on topic: Russian demand; guarantees for a rump Ukraine)
article(
    ARTICLES,
    "p-2025-01-14-lavrov-nato-question",
    "2025-01-14T14:20:00+00:00",
    "https://tass.com/politics/1899073",
    S(
        "Lavrov says there can be no settlement until the NATO question is resolved once and for all",
        "contradicted",
        "lavrov-nato-demand",
        "Russian demand that Ukraine's NATO path be ended.",
        ["new"],
    ),
    [
        [
            S(
                "MOSCOW, January 14 – Foreign Minister Sergei Lavrov said on Tuesday that Russia was prepared to "
                'discuss security guarantees for "the country now called Ukraine", or for the part of it that had '
                "not yet chosen to join Russia.",
                "new",
                "lavrov-guarantees",
                "Russian offer of guarantees for a reduced Ukraine; no seed counterpart.",
            ),
            S(
                "He spoke at his annual news conference on the results of Russian diplomacy in 2024, which ran for "
                "nearly three hours."
            ),
        ],
        [
            S(
                "Lavrov said threats on Russia's western borders, above all the alliance's expansion, had to be "
                "neutralised as one of the root causes of the conflict.",
                "known",
                None,
                "Restates Moscow's view of enlargement as a direct threat (seed 000).",
                ["contradicted"],
            ),
            S(
                "No settlement would be possible until the NATO question was resolved once and for all, he said.",
                "contradicted",
                "lavrov-nato-demand",
                "Russian demand to close Ukraine's NATO path.",
                ["new"],
            ),
        ],
        [
            S(
                "Any arrangement would have to rest on what he called a Eurasian security architecture.",
                "new",
                "lavrov-guarantees",
                "Frame of the Russian guarantee offer.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "Lavrov said Moscow would study any proposal from Donald Trump, who is sworn in as president next "
                "Monday, but would keep a close eye on the new administration.",
                "changed",
                "trump-president",
                "Biden's successor named, not yet in office.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "In June President Vladimir Putin set out his terms for a ceasefire, demanding that Ukraine withdraw "
                "from four regions Russia claims and formally abandon its plans to join NATO.",
                "contradicted",
                "putin-june-terms",
                "Russian demand to renounce membership, retold.",
                ["new"],
            ),
            S("Kyiv and its Western partners dismissed the conditions as a demand for surrender."),
        ],
        [
            S(
                "NATO allies declared last July that Ukraine's path to membership was irreversible, though they have "
                "not invited it to join.",
                "known",
                None,
                "Seed 003: irreversible path, no invitation.",
            ),
            S(
                "Germany and the United States have been among the allies most reluctant to offer an invitation "
                "while the fighting continues.",
                "new",
                "us-germany-wary",
                "Named reluctant allies retold.",
            ),
        ],
        [
            S(
                "Russian forces continued to advance in the eastern Donetsk region, where they are closing in on the "
                "logistics hub of Pokrovsk."
            )
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# O8 Rutte: membership off the negotiating table (on topic: not on the agenda, alt contradicted)
article(
    ARTICLES,
    "p-2025-03-14-rutte-off-the-table",
    "2025-03-14T17:05:00+00:00",
    "https://en.interfax.com.ua/news/general/1055716.html",
    S(
        "Rutte agrees Ukraine's NATO membership is off the table in peace talks",
        "new",
        "membership-off-table",
        "Membership not on the agenda of the talks; the commitment itself is not denied.",
        ["contradicted"],
    ),
    [
        [
            S(
                "WASHINGTON, March 14 – NATO Secretary General Mark Rutte said on Friday that Ukraine's accession "
                "to the alliance had been taken off the table in talks to end the war.",
                "new",
                "membership-off-table",
                "Membership removed from the negotiations.",
                ["contradicted"],
            ),
            S(
                "Asked by Bloomberg Television whether President Donald Trump had removed the issue from the "
                "negotiating table, Rutte answered yes.",
                "new",
                "membership-off-table",
                "The same statement, as an answer.",
                ["contradicted"],
            ),
        ],
        [
            S(
                "He met Trump at the White House on Thursday and said the president was fully committed to the alliance."
            ),
            S(
                "Once the fighting stops, it would be normal for Europe and the United States to restore relations "
                "with Russia step by step, Rutte said."
            ),
        ],
        [
            S(
                "He also said the alliance as such would not take part in enforcing a ceasefire, should one be "
                "reached.",
                "new",
                "nato-no-enforcement",
                "NATO's own role in securing a truce; thin.",
                ["irrelevant"],
            ),
            S(
                "Washington proposed a 30-day truce this week after talks with Ukrainian officials in Saudi Arabia, "
                "and Kyiv accepted it."
            ),
        ],
        [
            S(
                "European countries led by Britain and France are drawing up plans for a force to reassure Ukraine "
                "after any deal, and Prime Minister Keir Starmer is due to host a video call of more than two dozen "
                "leaders on Saturday.",
                "new",
                "reassurance-force",
                "Coalition's planned reassurance force, a guarantee; no seed counterpart.",
            ),
        ],
        [
            S(
                "Last month Defence Secretary Pete Hegseth told allies in Brussels that NATO membership for Ukraine "
                "was not a realistic outcome of a negotiated settlement.",
                "contradicted",
                "hegseth-unrealistic",
                "US denial of membership as an outcome.",
            ),
            S(
                "At their summit in Washington last July, allies called Ukraine's path to membership irreversible.",
                "known",
                None,
                "Seed 003: irreversible.",
            ),
        ],
        [
            S(
                "Zelensky has said no other guarantee can substitute for membership of the alliance.",
                "known",
                None,
                "Seed 003: guarantees cannot substitute for membership.",
            ),
        ],
        [
            S(
                "European allies have pledged to raise defence spending sharply as Washington signals it will step "
                "back from its traditional role in Europe's security."
            )
        ],
    ],
    True,
)

# ============================================================================================
# NEAR OR OFF TOPIC (4)
# ============================================================================================

# --------------------------------------------------------------------------------------------
# N1 Trump's "delinquent" allies remark (off topic; incidental: Sweden waiting on Hungary)
article(
    ARTICLES,
    "p-2024-02-11-trump-delinquent-allies",
    "2024-02-11T16:00:00+00:00",
    "https://truthout.org/articles/trump-warns-nato-nations-no-protection-without-payment-against-russian-attack/",
    S("Trump says he would encourage Russia to attack allies that fail to pay"),
    [
        [
            S(
                "WASHINGTON, February 11 – Donald Trump told a rally in South Carolina on Saturday that as president "
                "he had warned a NATO ally he would not protect it from Russia if it failed to meet its spending "
                "obligations."
            ),
            S(
                '"In fact, I would encourage them to do whatever the hell they want," Trump recalled telling the '
                'leader of "a big country".'
            ),
        ],
        [
            S("The White House called the remarks appalling and unhinged."),
            S(
                "NATO Secretary General Jens Stoltenberg said on Sunday that any suggestion that allies would not "
                "defend each other undermined the security of all of them, including the United States."
            ),
        ],
        [
            S(
                "Allies agreed in 2014 to spend at least 2% of their economic output on defence within a decade."
            ),
            S(
                "Only 11 of the 31 allies met that target last year.",
                "known",
                None,
                "Count equal to the seed's 31 members.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "The comments came as Sweden waited for Hungary, the last ally yet to ratify its membership bid.",
                "changed",
                "sweden-hungary-last",
                "Status step: Turkey has ratified, Hungary is the last holdout (seed 001: waiting on Turkey).",
            ),
        ],
        [
            S(
                "Trump, the front-runner for the Republican nomination, has long complained that European allies "
                "rely too heavily on American protection."
            ),
            S(
                "Republicans in Congress are divided over a Senate bill that includes about 60 billion dollars for "
                "Ukraine."
            ),
        ],
        [S("South Carolina holds its Republican primary on February 24.")],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# N2 Burgenstock peace summit (near topic; incidental: Putin's demand to drop the NATO bid)
article(
    ARTICLES,
    "p-2024-06-16-burgenstock-communique",
    "2024-06-16T17:50:00+00:00",
    "https://kyivindependent.com/80-countries-4-european-institutions-sign-peace-summits-joint-communique/",
    S("Eighty countries back peace summit communique as key emerging powers hold back"),
    [
        [
            S(
                "BURGENSTOCK, Switzerland, June 16 – Eighty countries and four European institutions endorsed the "
                "final communique of a summit on peace in Ukraine on Sunday, but India, Saudi Arabia, South Africa "
                "and several other participants declined to sign."
            ),
            S(
                "Around 100 delegations attended the two-day meeting at a resort overlooking Lake Lucerne."
            ),
        ],
        [
            S("Russia was not invited, and China stayed away."),
            S(
                "The text calls for Ukraine's nuclear plants, including Zaporizhzhia, to be under Kyiv's full "
                "control, for free navigation in the Black Sea, for the return of all deported children and for an "
                "exchange of all prisoners of war."
            ),
        ],
        [
            S("It says any threat or use of nuclear weapons in the war is inadmissible."),
            S(
                "Swiss President Viola Amherd acknowledged that the question of how and when Russia might join the "
                "process remained open."
            ),
        ],
        [
            S(
                "On the eve of the summit, President Vladimir Putin said he would order a ceasefire once Ukraine "
                "withdrew from four regions Moscow claims and officially dropped its plans to join NATO.",
                "contradicted",
                "putin-june-terms",
                "Russian demand that Ukraine renounce NATO membership.",
                ["new"],
            ),
            S("Zelensky dismissed the offer as an ultimatum."),
        ],
        [
            S(
                "Vice President Kamala Harris announced 1.5 billion dollars in American aid for Ukraine's energy "
                "sector and humanitarian needs."
            ),
            S("Zelensky said a second summit could produce a plan to put before Russia."),
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# N3 Poland and the Baltics leave the Ottawa treaty (off topic; incidental: Finland, 32 allies)
article(
    ARTICLES,
    "p-2025-03-18-ottawa-treaty-withdrawal",
    "2025-03-18T15:30:00+00:00",
    "https://www.politico.eu/article/poland-baltic-states-inch-closer-to-leaving-antipersonnel-mine-treaty/",
    S("Poland and the Baltic states move to quit treaty banning anti-personnel mines"),
    [
        [
            S(
                "WARSAW, March 18 – The defence ministers of Poland, Estonia, Latvia and Lithuania recommended on "
                "Tuesday that their countries withdraw from the Ottawa Convention, which bans anti-personnel "
                "landmines."
            ),
            S(
                "Military threats to NATO members bordering Russia and Belarus have increased significantly, they "
                "said in a joint statement."
            ),
        ],
        [
            S(
                "The ministers said their forces needed the flexibility to use new weapons to defend the alliance's "
                "vulnerable eastern flank."
            ),
            S(
                "All four belong to both the European Union and the 32-nation alliance.",
                "changed",
                "alliance-32",
                "32 members against the seed's 31; incidental.",
                ["irrelevant"],
            ),
            S(
                "They pledged to keep respecting international humanitarian law, including the protection of "
                "civilians."
            ),
        ],
        [
            S("Latvia's government formally began the withdrawal process the same day."),
            S(
                "Polish Defence Minister Wladyslaw Kosiniak-Kamysz called the move a strong political declaration."
            ),
        ],
        [
            S(
                "More than 160 countries are party to the 1997 treaty, among them Ukraine but not Russia or the "
                "United States."
            ),
            S("Amnesty International called the decision disastrous."),
        ],
        [
            S(
                "Finland, which abandoned decades of military non-alignment and joined the alliance in 2023, is "
                "weighing a similar step.",
                "known",
                None,
                "Seed 001: Finland dropped non-alignment and was admitted.",
                ["irrelevant"],
            ),
            S("Lithuania left a separate convention on cluster munitions earlier this month."),
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# N4 Trump hosts Zelensky, no Tomahawks (near topic; incidental: Orban against Ukraine in NATO)
article(
    ARTICLES,
    "p-2025-10-17-trump-zelensky-tomahawks",
    "2025-10-17T21:40:00+00:00",
    "https://www.ndtv.com/world-news/hope-war-will-end-without-ukraine-needing-tomahawks-trump-during-meet-with-zelensky-9476278",
    S("Trump tells Zelensky he hopes the war can end without Tomahawks"),
    [
        [
            S(
                "WASHINGTON, October 17 – President Donald Trump said on Friday he hoped the war in Ukraine could be "
                "ended without sending Kyiv long-range Tomahawk cruise missiles, as he hosted President Volodymyr "
                "Zelensky at the White House."
            ),
            S(
                '"Hopefully we\'ll be able to get the war over with without thinking about Tomahawks," Trump told '
                "reporters."
            ),
        ],
        [
            S(
                "The meeting came a day after Trump spoke with Vladimir Putin for about two and a half hours and "
                "announced plans for a new summit with the Russian leader in Budapest."
            ),
            S(
                "Putin warned in the call that supplying the missiles would damage relations and escalate the war."
            ),
        ],
        [
            S("Trump also said the United States could not deplete its own stocks of the weapons."),
            S(
                "Zelensky, who had offered Ukrainian drone technology in return for the missiles, said Putin was not "
                "ready for peace."
            ),
        ],
        [
            S(
                "After the talks Trump wrote that both sides should stop where they are and let history decide."
            ),
            S(
                "Zelensky later said a ceasefire along the current front line should come first and could serve as "
                "the basis for negotiations."
            ),
        ],
        [
            S(
                "Hungarian Prime Minister Viktor Orban, who has said his country will not back Ukraine's membership "
                "of NATO, said preparations for the Budapest meeting were under way.",
                "contradicted",
                "orban-opposes",
                "An ally's leader against Ukraine's membership; incidental.",
                ["irrelevant"],
            ),
            S(
                "Zelensky's first Oval Office meeting of Trump's second term, in February, ended in a public shouting "
                "match."
            ),
        ],
    ],
    False,
)
