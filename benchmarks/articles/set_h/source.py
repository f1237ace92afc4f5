"""Article set h: the articles, sentence by sentence with their gold (`python3 ../build.py set_h`)."""

from corpus import S, article

CHANNEL = "Article set h: Ukraine, NATO and beyond"
DESCRIPTION = "12 articles rewritten from real 2023-2025 coverage (links point at the originals)."
ARTICLES: list = []

# ============================================================================================
# ON TOPIC (8)
# ============================================================================================

# --------------------------------------------------------------------------------------------
# H01 First NATO-Ukraine Council at foreign-minister level; Szijjarto on minorities (on topic)
article(
    ARTICLES,
    "h-2023-11-29-nuc-foreign-ministers",
    "2023-11-29T17:40:00+00:00",
    "https://www.etterretningen.no/2023/11/29/stoltenberg-meet-kuleba-at-nato-hq/",
    S(
        "NATO-Ukraine Council meets at foreign-minister level for the first time as allies draft an "
        "interoperability roadmap",
        "new",
        ["nuc-first-ministerial", "nuc-interop-roadmap"],
        "The council exists in seed 001; its first ministerial session and the roadmap have no seed "
        "counterpart.",
    ),
    [
        [
            S(
                "BRUSSELS, November 29 – Foreign Minister Dmytro Kuleba joined his counterparts from the 31 allies "
                "at NATO headquarters on Wednesday for the first session of the NATO-Ukraine Council held at the "
                "level of foreign ministers.",
                "new",
                "nuc-first-ministerial",
                "First ministerial meeting of the council; 31 allies and Kuleba as minister match the seeds.",
            ),
            S(
                "The council, set up at the Vilnius summit in July, lets Kyiv sit with the allies as an equal "
                "rather than as a guest.",
                "known",
                None,
                "Seed 001: a NATO-Ukraine Council to coordinate with Ukraine on an equal level.",
            ),
        ],
        [
            S(
                "“We are determined that Ukraine will one day sit at this table as a full member of our "
                "alliance,” Secretary General Jens Stoltenberg said as the talks opened.",
                "known",
                None,
                "Seeds 000/003: Ukraine will become a member; its future is in NATO.",
            ),
            S(
                "All allies agree that Ukraine will become a member, he told reporters beforehand, and the task now "
                "is to discuss the path forward and the reforms NATO can help Kyiv carry out.",
                "known",
                None,
                "Seed 000: Bucharest 'will become members'; seeds: support to bring Ukraine closer.",
            ),
        ],
        [
            S(
                "In a joint statement, ministers said they were developing a roadmap for Ukraine's transition to "
                "full interoperability with NATO forces.",
                "new",
                "nuc-interop-roadmap",
                "Roadmap to full interoperability; no seed counterpart.",
            ),
            S(
                "They also endorsed the council's working structure and a work programme for 2024 covering cyber "
                "defence, energy security, innovation and resilience.",
                "new",
                "nuc-work-programme",
                "Council work programme; minor.",
                ["irrelevant"],
            ),
            S(
                "Allies are turning NATO's package of non-lethal aid into a multi-year programme to rebuild "
                "Ukraine's security and defence sector, the statement added.",
                "known",
                None,
                "Seed 003: a multi-year programme of security assistance agreed at Vilnius.",
            ),
        ],
        [
            S(
                "Kuleba briefed the ministers on the battlefield and appealed for more air defence before a second "
                "winter of Russian strikes on power plants."
            ),
            S(
                "Stoltenberg welcomed an extra 8 billion euros in military support announced by Germany and a new "
                "training centre for F-16 pilots in Romania."
            ),
        ],
        [
            S(
                "Hungary's Peter Szijjarto struck a different note after the session, telling reporters that "
                "membership for a country at war was not an option because it would put the alliance itself in "
                "danger.",
                "known",
                None,
                "Seeds 000/001: Ukraine can join only after the war; a sceptic's restatement.",
                ["contradicted"],
            ),
            S(
                "He added that NATO was a community of values with no place for a state that, in his words, keeps "
                "suppressing the rights of national minorities, a reference to the roughly 150,000 ethnic "
                "Hungarians in western Ukraine.",
                "contradicted",
                "szijjarto-minorities-2023",
                "An ally's minister says Ukraine has no place in NATO on his own condition.",
            ),
            S(
                "Budapest has said it will not back Kyiv in any international forum until the rights of the "
                "Hungarian community are restored.",
                "contradicted",
                "szijjarto-minorities-2023",
                "Same stance as a pledge to withhold support.",
                ["new"],
            ),
        ],
        [
            S(
                "Sweden, whose accession still awaits ratification in Ankara, took part in the meeting as an "
                "invitee.",
                "known",
                None,
                "Seed 001: Sweden will join once Turkey ratifies.",
            ),
            S(
                "At Vilnius the allies promised to invite Ukraine once they all agreed and conditions were met, "
                "without setting a date.",
                "known",
                None,
                "Seeds 000/003: the Vilnius formula, no timeline.",
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# H02 Fico vows to veto Ukraine's accession (on topic: ally leader)
article(
    ARTICLES,
    "h-2024-01-20-fico-veto-pledge",
    "2024-01-20T19:05:00+00:00",
    "https://ukrainetoday.org/slovakia-will-veto-ukraines-entry-into-nato-they-are-talking-about-world-war-iii/",
    S(
        "Slovakia's Fico says he will veto Ukraine's entry into NATO",
        "contradicted",
        "fico-veto-2024",
        "An ally's prime minister pledges to block accession (conventions: veto pledges are contradicted).",
    ),
    [
        [
            S(
                "BRATISLAVA, January 20 – Slovak Prime Minister Robert Fico said on Saturday he would block "
                "Ukraine's accession to NATO, and that he intends to tell his Ukrainian counterpart so to his face "
                "at their meeting next week.",
                "contradicted",
                "fico-veto-2024",
                "The veto pledge.",
            ),
            S(
                "“I will say that I am against Ukraine's membership in NATO, that I will use the veto and block it, "
                "because it would only lay the foundation for a third world war,” Fico told public broadcaster "
                "RTVS.",
                "contradicted",
                "fico-veto-2024",
                "The pledge, quoted.",
            ),
        ],
        [
            S(
                "He is due to meet Prime Minister Denys Shmyhal in the border city of Uzhhorod on Wednesday, in "
                "talks he said would focus on humanitarian aid."
            ),
            S(
                "Fico repeated that Slovakia would send Ukraine no weapons from its own army stocks, though private "
                "arms makers remain free to sell."
            ),
        ],
        [
            S(
                "By contrast, he said he respected Kyiv's wish to join the European Union, provided it met the "
                "conditions like every other candidate."
            ),
            S(
                "He also called Ukraine one of the most corrupt countries in the world and said it was under the "
                "complete influence of the United States."
            ),
        ],
        [
            S(
                "Kyiv filed an application for fast-track NATO membership in September 2022, days after Moscow "
                "declared it had annexed four Ukrainian regions.",
                "new",
                "fast-track-application",
                "The 2022 application is in no seed; old background, so known is defensible.",
                ["known"],
            ),
            S(
                "Under the alliance's rules every member must approve a new entrant, so a single government can "
                "stop the process.",
                "known",
                None,
                "Seed 000: unanimous approval of all members.",
            ),
        ],
        [
            S(
                "At last year's summit in Vilnius, leaders said Ukraine would be invited when allies agree and "
                "conditions are met, but offered no timetable.",
                "known",
                None,
                "Seeds 000/003: the Vilnius formula.",
            ),
            S(
                "Several allies, the United States among them, have argued that admitting a country in the middle "
                "of a war would pit NATO directly against Russia.",
                "known",
                None,
                "Seeds 000/001: Sullivan, membership now would mean NATO at war with Russia.",
            ),
        ],
        [
            S(
                "Fico, who returned to office in October on a pledge to end military aid, has said the war cannot "
                "be won on the battlefield and must end in a painful compromise."
            ),
            S(
                "It was the most explicit threat of a veto yet from a sitting allied leader, diplomats said.",
                "contradicted",
                "fico-veto-2024",
                "Refers back to the same pledge.",
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# H03 Szijjarto at the Washington summit (on topic: ally minister)
article(
    ARTICLES,
    "h-2024-07-11-szijjarto-washington",
    "2024-07-11T02:30:00+00:00",
    "https://abouthungary.hu/news-in-brief/fm-nato-membership-for-ukraine-is-clearly-out-of-the-question",
    S(
        "Hungary's Szijjarto calls NATO membership for Ukraine ‘out of the question’ as summit text is agreed",
        "contradicted",
        "szijjarto-washington",
        "An ally's foreign minister denies the membership prospect.",
    ),
    [
        [
            S(
                "WASHINGTON, July 10 – Hungarian Foreign Minister Peter Szijjarto said on Wednesday that Ukraine's "
                "accession to NATO was clearly out of the question, hours before the alliance's leaders endorsed a "
                "declaration calling Kyiv's path to membership irreversible.",
                "contradicted",
                "szijjarto-washington",
                "The denial; the irreversible path is seed 003.",
            ),
            S(
                "Speaking to Hungarian reporters on the sidelines of the summit, he accused allies of “enormous "
                "duplicity”, saying they were conjuring up an image of accession that everyone knew could not "
                "happen.",
                "contradicted",
                "szijjarto-washington",
                "Same denial.",
            ),
        ],
        [
            S(
                "Budapest agreed to the summit text only after it was made clear that any future decision on "
                "Ukraine's membership must be taken unanimously, he said.",
                "known",
                None,
                "Seed 000: new members need unanimous approval; Hungary's condition adds little.",
                ["new"],
            ),
            S(
                "“Once again, Ukraine will not be invited, so its membership is effectively off the table,” he "
                "added.",
                "contradicted",
                "szijjarto-washington",
                "Same denial, quoted.",
            ),
        ],
        [
            S(
                "The declaration adopted by the 32 allies states that Ukraine is on an irreversible path to full "
                "integration, including membership, but extends no invitation.",
                "changed",
                "alliance-32",
                "Irreversible path and no invitation are seed 003; the alliance count is 32 against 31.",
            ),
            S(
                "It repeats the Vilnius promise of an invitation when allies agree and conditions are met.",
                "known",
                None,
                "Seeds 000/003: the Vilnius formula.",
            ),
        ],
        [
            S(
                "Szijjarto also complained that being a good ally was increasingly measured by support for Kyiv "
                "rather than by contributions to collective defence."
            ),
            S(
                "Last month Prime Minister Viktor Orban secured a deal under which Hungary will not block NATO's new "
                "mission coordinating aid and training for Ukraine, but will neither pay for it nor send "
                "personnel.",
                "new",
                "hungary-mission-opt-out",
                "An ally staying out of the new support mission; no seed counterpart.",
            ),
        ],
        [
            S(
                "Slovakia's Robert Fico, another sceptic, vowed in January to use his veto against Ukraine's "
                "accession.",
                "contradicted",
                "fico-veto-2024",
                "Fico's veto pledge, told again.",
            ),
            S(
                "Orban and President Volodymyr Zelensky were both staying at the same hotel near the White House "
                "during the summit."
            ),
        ],
        [
            S(
                "Moscow has long presented Ukraine's pursuit of NATO membership as a threat to Russia, a line Putin "
                "first drew after the alliance's Bucharest summit in 2008.",
                "known",
                None,
                "Seed 000: Putin called enlargement a 'direct threat' after Bucharest.",
            ),
            S(
                "Kyiv has accepted that it cannot join while fighting continues, but wants an invitation as a signal "
                "to Moscow.",
                "known",
                None,
                "Seed 002: Zelensky understands Ukraine cannot join during the war; an invitation as a signal.",
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# H04 Czech and Slovenian agreements at Blenheim (on topic: bilateral count and terms)
article(
    ARTICLES,
    "h-2024-07-18-czech-slovenia-agreements",
    "2024-07-18T18:20:00+00:00",
    "https://brnodaily.cz/2024/07/19/news/politics/fiala-and-zelenskiy-sign-security-cooperation-deal-at-epc-summit-in-oxford",
    S(
        "Czech Republic and Slovenia sign security pacts with Ukraine at Blenheim Palace",
        "changed",
        ["czech-agreement", "slovenia-agreement"],
        "Two more concluded bilateral agreements; the seed has only the UK's.",
    ),
    [
        [
            S(
                "WOODSTOCK, England, July 18 – Czech Prime Minister Petr Fiala and President Volodymyr Zelensky "
                "signed an agreement on security cooperation and long-term support on Thursday at the European "
                "Political Community summit at Blenheim Palace.",
                "changed",
                "czech-agreement",
                "Another concluded agreement.",
            ),
            S(
                "Hours later Zelensky signed a similar document with Slovenian Prime Minister Robert Golob.",
                "changed",
                "slovenia-agreement",
                "Another concluded agreement.",
            ),
        ],
        [
            S(
                "The Czech accord runs for ten years and, Fiala told reporters, is not a legally binding treaty but "
                "a political commitment of real symbolic weight.",
                "new",
                "czech-agreement-terms",
                "Term and legal nature of the agreement; no seed counterpart.",
            ),
            S(
                "It frames the help Prague already gives and leaves room for new projects, he said.",
                "new",
                "czech-agreement-terms",
                "Scope of the same agreement; vague.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "Prague will keep running its initiative to buy 155mm and 122mm artillery shells for Kyiv from "
                "around the world and aims to help train up to 4,000 Ukrainian soldiers a year.",
                "new",
                "czech-agreement-aid",
                "Aid terms of the agreement.",
                ["irrelevant"],
            ),
            S(
                "Unusually, the text also contains a commitment by Ukraine to assist the Czech Republic if it comes "
                "under military attack, and both sides will hold defence consultations every year.",
                "new",
                "czech-agreement-terms",
                "A reciprocal assistance clause and annual consultations; no seed counterpart.",
            ),
        ],
        [
            S(
                "Like the other pacts, it is based on the declaration the Group of Seven issued at NATO's Vilnius "
                "summit a year ago and does not stand in for Ukraine's eventual membership of the alliance.",
                "known",
                None,
                "Seed 003: G7 declaration formalised bilaterally; no substitute for membership.",
            ),
            S(
                "A diplomatic source told the CTK news agency that a future Czech government could in principle "
                "revoke the declaration, but that doing so would call the country's wider commitments into "
                "question.",
                "new",
                "czech-agreement-terms",
                "Legal standing of the agreement.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "Ukraine has now concluded such agreements with more than 20 countries as well as the European "
                "Union, starting with Britain in January.",
                "changed",
                "czech-agreement",
                "Count of concluded agreements against the seed's one; Britain first is seed 003.",
            ),
            S(
                "Talks between Kyiv and Prague on the Czech text began in April.",
                "known",
                None,
                "Seed 003: agreements concluded or under negotiation.",
            ),
        ],
        [
            S(
                "British Prime Minister Keir Starmer, hosting the gathering two weeks after taking office, put "
                "illegal migration at the top of its agenda."
            ),
            S(
                "Zelensky also urged European leaders to let Ukraine strike military targets deep inside Russia "
                "with Western weapons."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# H05 Budrys succeeds Landsbergis (on topic: office holder named in seed 002)
article(
    ARTICLES,
    "h-2024-12-12-budrys-foreign-minister",
    "2024-12-12T16:00:00+00:00",
    "https://www.lrt.lt/en/news-in-english/19/2441125/paluckas-cabinet-sworn-in-budrys-takes-over-foreign-ministry",
    S(
        "Budrys takes over Lithuania's foreign ministry as the Landsbergis era ends",
        "changed",
        "lithuania-fm-budrys",
        "Office holder: Lithuanian foreign minister Landsbergis (seed 002) -> Budrys.",
    ),
    [
        [
            S(
                "VILNIUS, December 12 – Kestutis Budrys, until now President Gitanas Nauseda's chief national "
                "security adviser, was sworn in as Lithuania's foreign minister on Thursday as Prime Minister "
                "Gintautas Paluckas's cabinet took office.",
                "changed",
                "lithuania-fm-budrys",
                "New foreign minister.",
            ),
            S(
                "He succeeds Gabrielius Landsbergis, who had run the ministry since 2020 and announced he would "
                "step back from politics after his Homeland Union lost October's parliamentary election.",
                "changed",
                "lithuania-fm-budrys",
                "The seed's office holder leaves.",
            ),
        ],
        [
            S(
                "Landsbergis was among the most outspoken allies of Kyiv, insisting before NATO's Vilnius summit "
                "that any invitation to Ukraine must be clear and irrevocable.",
                "known",
                None,
                "Seed 002: Landsbergis wanted a clear invitation that cannot be revoked.",
            ),
            S(
                "That summit ended without an invitation, saying only that one would come when allies agree and "
                "conditions are met.",
                "known",
                None,
                "Seeds 000/003: the Vilnius formula.",
            ),
        ],
        [
            S(
                "Budrys told reporters that restraining and deterring Russia and continued support for Ukraine "
                "would be the ministry's two main tasks."
            ),
            S(
                "Lithuania would keep backing Ukraine's aspiration to join NATO and would press for an invitation at "
                "the earliest opportunity, he said.",
                "known",
                None,
                "Seed 002: Lithuania's unchanged support for Ukraine's aspirations and a clear invitation.",
                ["new"],
            ),
        ],
        [
            S(
                "His nomination, reportedly suggested by the presidential palace rather than the prime minister, "
                "drew criticism from opposition lawmakers who argued that a presidential adviser should observe a "
                "cooling-off period before joining the government.",
                "changed",
                "lithuania-fm-budrys",
                "Background of the appointment.",
                ["irrelevant"],
            ),
            S("Budrys rejected the argument, saying a minister's post was openly political."),
        ],
        [
            S(
                "A former deputy director of the State Security Department, he has served as Nauseda's adviser "
                "since 2019.",
                "changed",
                "lithuania-fm-budrys",
                "Background of the new office holder.",
                ["irrelevant"],
            ),
            S(
                "The new coalition includes the Nemunas Dawn party, whose leader Remigijus Zemaitaitis faces "
                "charges over antisemitic remarks, a choice that drew protests in Vilnius."
            ),
        ],
        [
            S(
                "The ministry will also have to manage relations with the incoming Trump administration and "
                "prepare Lithuania's presidency of the Council of the European Union in 2027."
            ),
            S(
                "Lithuania, a NATO member since 2004, plans to raise defence spending above 3% of GDP and is "
                "preparing to host a permanently stationed German brigade."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# H06 Lavrov: guarantees without Moscow a road to nowhere (on topic: Russian objection)
article(
    ARTICLES,
    "h-2025-08-20-lavrov-road-to-nowhere",
    "2025-08-20T15:30:00+00:00",
    "https://cyprus-mail.com/2025/08/20/russia-talks-on-ukraines-security-without-moscow-are-road-to-nowhere",
    S(
        "Lavrov says guarantees for Ukraine drawn up without Moscow are ‘a road to nowhere’",
        "new",
        "russia-guarantor-demand",
        "Russia's demand to take part in any guarantee; no seed counterpart.",
    ),
    [
        [
            S(
                "MOSCOW, August 20 – Russia will not accept security guarantees for Ukraine that are worked out "
                "without it, Foreign Minister Sergei Lavrov said on Wednesday, warning Western governments as they "
                "race to design protection for Kyiv after any peace deal.",
                "new",
                "russia-guarantor-demand",
                "The demand.",
            ),
            S(
                "“Seriously discussing security issues without the Russian Federation is a utopia, it's a road to "
                "nowhere,” Lavrov told a news conference after talks with Jordan's foreign minister.",
                "new",
                "russia-guarantor-demand",
                "The demand, quoted.",
            ),
        ],
        [
            S(
                "Moscow favours “truly reliable” guarantees, he said, and suggested they could follow the draft "
                "treaty the two sides discussed in Istanbul in the first weeks of the war in 2022.",
                "new",
                "russia-guarantor-demand",
                "Model proposed for the guarantees.",
            ),
            S(
                "That draft would have made Ukraine permanently neutral and outside NATO, with Russia and China "
                "among the guarantor powers alongside the United States, Britain and France.",
                "contradicted",
                "russia-neutrality-demand",
                "Russian demand that Ukraine stay out of NATO (conventions: contradicted, new accepted).",
                ["new"],
            ),
            S(
                "Kyiv turned it down at the time because each guarantor, Moscow included, would in effect have had "
                "a veto over any military response to a new attack.",
                "new",
                "russia-guarantor-demand",
                "The Russian veto built into that model.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "The Russian foreign ministry has also restated its categorical rejection of any scenario involving "
                "the deployment of troops from NATO countries in Ukraine.",
                "new",
                "russia-rejects-nato-troops",
                "Russian rejection of a reassurance force; no seed counterpart.",
            ),
            S(
                "Lavrov accused the European leaders who accompanied Zelensky to the White House on Monday of clumsy "
                "and unethical attempts to change Trump's position."
            ),
        ],
        [
            S(
                "At that meeting Trump said the United States would help guarantee Ukraine's security, though he "
                "later ruled out sending American ground troops and spoke instead of possible help from the air.",
                "new",
                "us-guarantee-role",
                "US part in the guarantees; no seed counterpart.",
            ),
            S(
                "His envoy Steve Witkoff had said after the Alaska summit that Putin accepted the idea of Western "
                "protection for Ukraine resembling NATO's Article 5.",
                "new",
                "article5-like",
                "Article-5-like guarantees outside NATO.",
            ),
            S(
                "Trump himself has said there will be no NATO membership for Ukraine.",
                "contradicted",
                "trump-no-nato",
                "A US president ruling out membership.",
            ),
        ],
        [
            S(
                "NATO's military chiefs held a video conference on Wednesday to discuss how guarantees could work in "
                "practice.",
                "new",
                "nato-chiefs-guarantees",
                "Allied military planning of the guarantees.",
                ["irrelevant"],
            ),
            S(
                "Lavrov said any meeting between Putin and Zelensky would need to be prepared with the greatest "
                "care."
            ),
        ],
        [
            S(
                "Moscow has long described Kyiv's wish to join the alliance as a direct threat to Russian "
                "security.",
                "known",
                None,
                "Seed 000: Putin's 'direct threat'.",
                ["contradicted"],
            ),
            S(
                "Ukrainians recall that Russia ignored the assurances it gave in the 1994 Budapest Memorandum, under "
                "which Kyiv gave up its Soviet nuclear arsenal.",
                "known",
                None,
                "Seed 001: the Budapest Memorandum and Russia's disregard of it.",
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# H07 Analysis before The Hague, restating the background (on topic)
article(
    ARTICLES,
    "h-2025-06-20-analysis-hague-ukraine",
    "2025-06-20T07:00:00+00:00",
    "https://thegaze.media/news/nato-summit-2025-will-the-alliance-stand-with-ukraine",
    S(
        "From Bucharest to The Hague, Ukraine's NATO promise still has no date",
        "known",
        None,
        "Seeds: membership promised since 2008 without a timeline.",
    ),
    [
        [
            S(
                "ANALYSIS – NATO leaders meeting in The Hague next week are expected to spend their time on "
                "defence budgets, while the question of Ukraine's membership has all but disappeared from the "
                "agenda.",
                "new",
                "hague-ukraine-sidelined",
                "The summit leaving the membership question aside; not a denial (conventions).",
            )
        ],
        [
            S(
                "At Bucharest in 2008, allies declared that Ukraine and Georgia would one day join, yet gave them "
                "neither a date nor a Membership Action Plan.",
                "known",
                None,
                "Seeds 000/004: Bucharest.",
            ),
            S(
                "Vladimir Putin, still courted by the West at the time, called the move a direct threat, and many "
                "officials believe the ambiguity encouraged his wars of 2008, 2014 and 2022.",
                "known",
                None,
                "Seed 000: 'direct threat'; the vagueness helped push Putin to war.",
            ),
        ],
        [
            S(
                "Fifteen years later, in Vilnius, 31 leaders wrote that Ukraine's future lies in NATO and dropped "
                "the Membership Action Plan requirement, but would only promise an invitation once allies agree and "
                "conditions are met.",
                "known",
                None,
                "Seeds 000/001/003: the Vilnius outcome.",
            ),
            S(
                "Zelensky called the absence of any timetable absurd.",
                "known",
                None,
                "Seed 000: 'absurd'.",
            ),
            S(
                "A year later in Washington, the path became “irreversible”, with military aid described as a "
                "bridge to membership, yet still without an invitation.",
                "known",
                None,
                "Seed 003: Washington 2024.",
            ),
        ],
        [
            S(
                "In the meantime Kyiv has collected bilateral security agreements, based on a Group of Seven pledge "
                "to consult within 24 hours of any new attack, though none offers the mutual defence of Article "
                "5.",
                "known",
                None,
                "Seed 003: G7 declaration, 24-hour consultation, no Article 5.",
            ),
            S(
                "Britain signed the first in January 2024, and close to 30 countries have followed.",
                "changed",
                "agreements-count-2025",
                "Count of concluded agreements against the seed's one.",
            ),
        ],
        [
            S(
                "Slovakia's Robert Fico has vowed to veto Ukraine's accession, and Hungary's Peter Szijjarto used "
                "last year's Washington summit to declare it out of the question.",
                "contradicted",
                ["fico-veto-2024", "szijjarto-washington"],
                "Two allies' denials, told again.",
            ),
            S(
                "In February, US Defence Secretary Pete Hegseth told allies that membership was not a realistic "
                "outcome of a negotiated settlement.",
                "contradicted",
                "hegseth-unrealistic",
                "The US defence secretary dismisses membership (conventions: denials).",
            ),
        ],
        [
            S(
                "The irreversible path stands even if the summit communique does not repeat it, NATO Secretary "
                "General Mark Rutte has said.",
                "new",
                "hague-ukraine-sidelined",
                "The communique may omit the line while the commitment stands (conventions: new).",
            ),
            S(
                "In Vilnius, Kestutis Budrys, who replaced Gabrielius Landsbergis as Lithuania's foreign minister "
                "in December, has kept his country among those urging an early invitation.",
                "changed",
                "lithuania-fm-budrys",
                "Office holder of seed 002 replaced, told again.",
            ),
        ],
        [
            S(
                "Moscow is pressing from the other side: Deputy Foreign Minister Sergei Ryabkov said this month that "
                "no settlement with the West was possible without a halt to NATO's expansion.",
                "contradicted",
                "ryabkov-halt-expansion",
                "Russian demand to stop enlargement (conventions: contradicted, new accepted).",
                ["new"],
            ),
            S(
                "Because any one of the 32 allies can block a new member, the promise made in Bucharest may wait a "
                "long time yet.",
                "changed",
                "alliance-32",
                "Unanimity is seed 000; the count is 32 against the seeds' 31.",
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# H08 NATO Parliamentary Assembly in Montreal (on topic: parliaments)
article(
    ARTICLES,
    "h-2024-11-26-nato-pa-montreal",
    "2024-11-26T14:20:00+00:00",
    "https://newsukraine.rbc.ua/news/nato-parliamentary-assembly-calls-for-accelerating-1732612800.html",
    S(
        "NATO lawmakers urge allies to bring Ukraine in as the alliance's 33rd member",
        "new",
        "nato-pa-montreal",
        "A parliamentary call for an invitation; the implied count of 32 is incidental.",
        ["changed"],
    ),
    [
        [
            S(
                "MONTREAL, November 25 – The NATO Parliamentary Assembly has called on allied governments and "
                "parliaments to step up their political and practical efforts so that Ukraine receives an "
                "invitation and joins the alliance as soon as possible.",
                "new",
                "nato-pa-montreal",
                "The resolution; no seed counterpart.",
            ),
            S(
                "A resolution adopted at the assembly's annual session in Montreal asks members to help Kyiv become "
                "NATO's 33rd member.",
                "new",
                "nato-pa-montreal",
                "Same resolution; implies 32 allies.",
                ["changed"],
            ),
        ],
        [
            S(
                "The assembly brings together lawmakers from the parliaments of all 32 allies, and its resolutions "
                "are advisory.",
                "changed",
                "alliance-32",
                "Alliance size 32 against the seeds' 31.",
            ),
            S(
                "Policy recommendations published on Tuesday urge allies to use the NATO-Ukraine Council and the new "
                "joint training and analysis centre in Poland to the full and to set up a NATO mission inside "
                "Ukraine.",
                "new",
                "nato-pa-montreal",
                "Recommendations of the same session; the centre and a "
                "mission in Ukraine have no seed counterpart.",
            ),
        ],
        [
            S(
                "The lawmakers also endorsed the victory plan that President Volodymyr Zelensky presented to the "
                "Verkhovna Rada in October, whose first point is an immediate invitation to join NATO.",
                "new",
                "victory-plan-invitation",
                "Kyiv's plan asking for an immediate invitation; no seed counterpart.",
            ),
            S(
                "They called for faster deliveries of ammunition and modern weapons, including medium-range "
                "missiles, and tougher sanctions on Russia and North Korea."
            ),
            S("China should be deterred from supporting Russia's war, the text says."),
        ],
        [
            S(
                "Kyiv has no membership timetable, and the alliance's position remains that Ukraine cannot join "
                "while the war goes on.",
                "known",
                None,
                "Seeds 000/001: no timeline; join only after the war.",
            ),
            S(
                "At their Washington summit in July, leaders called Ukraine's path to membership irreversible but "
                "did not invite it.",
                "known",
                None,
                "Seed 003.",
            ),
        ],
        [
            S(
                "Diplomats say there is still no consensus among governments on extending an invitation now, with "
                "Washington and Berlin among the most cautious.",
                "new",
                "no-consensus-invite-2024",
                "Consensus lacking now, named reluctant allies (conventions: new).",
            ),
            S(
                "In May, at its spring session in Sofia, the assembly had urged leaders to use the Washington "
                "summit to send a clear signal that Ukraine was on track for membership.",
                "new",
                "nato-pa-sofia",
                "Earlier parliamentary call; no seed counterpart.",
            ),
        ],
        [
            S(
                "Assembly President Michal Szczerba, a Polish lawmaker, said allies had to stand with Ukraine until "
                "victory and beyond."
            )
        ],
    ],
    True,
)

# ============================================================================================
# NEAR OR OFF TOPIC (4)
# ============================================================================================

# --------------------------------------------------------------------------------------------
# H09 Umerov confirmed as defence minister (near topic: office change that the seeds already hold)
article(
    ARTICLES,
    "h-2023-09-06-umerov-defence-minister",
    "2023-09-06T13:10:00+00:00",
    "https://news.az/news/ukraines-parliament-approves-rustem-umerov-as-new-defense-minister",
    S(
        "Ukraine's parliament confirms Rustem Umerov as defence minister",
        "known",
        None,
        "Seed 001 names Umerov as defence minister, seed 002 Reznikov before him: no change against the seeds.",
        ["changed"],
    ),
    [
        [
            S(
                "KYIV, September 6 – The Verkhovna Rada on Wednesday approved Rustem Umerov, a Crimean Tatar and "
                "former lawmaker, as Ukraine's new defence minister with 338 votes.",
                "known",
                None,
                "Umerov as defence minister is seed 001.",
                ["changed"],
            ),
            S(
                "He replaces Oleksii Reznikov, whose dismissal parliament approved on Tuesday by 327 votes after he "
                "handed in his resignation.",
                "known",
                None,
                "Reznikov -> Umerov is the succession the seeds already record.",
                ["changed"],
            ),
        ],
        [
            S(
                "President Volodymyr Zelensky announced the change on Sunday, saying the ministry needed new "
                "approaches and other ways of working with the military and society."
            ),
            S(
                "Reznikov led the ministry for 22 months and was the face of Kyiv's campaign for Western tanks, "
                "missiles and fighter jets.",
                "known",
                None,
                "His departure matches the seeds.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "His ministry had been hit by reports of inflated prices in contracts for soldiers' food and winter "
                "jackets, though he was not personally accused of wrongdoing."
            ),
            S(
                "Umerov, 41, headed the State Property Fund and took part in talks on grain exports and prisoner "
                "exchanges with Russia."
            ),
        ],
        [
            S(
                "He was also a member of Ukraine's delegation at the talks with Russia in Istanbul in the spring of "
                "2022."
            ),
            S(
                "Russian Defence Minister Sergei Shoigu said the reshuffle would not change the course of the "
                "war."
            ),
        ],
        [
            S(
                "Ukrainian forces are pressing a slow counteroffensive in the south, where they say they have broken "
                "through the first Russian defensive line near Robotyne."
            ),
            S(
                "Umerov is expected to meet US Defence Secretary Lloyd Austin at the next gathering of the Ukraine "
                "Defence Contact Group in Ramstein.",
                "known",
                None,
                "Seed 001: Umerov met Austin; a meeting of the same office holders.",
                ["irrelevant"],
            ),
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# H10 NATO defence spending: 23 allies at 2% (off topic; incidental count and aid pledge)
article(
    ARTICLES,
    "h-2024-06-17-nato-spending-23-allies",
    "2024-06-17T21:00:00+00:00",
    "https://www.devdiscourse.com/article/headlines/2985964-nato-achieves-defense-spending-milestone",
    S("Stoltenberg says 23 allies will meet NATO's 2% spending target this year"),
    [
        [
            S(
                "WASHINGTON, June 17 – Twenty-three of NATO's 32 members will spend at least 2% of their economic "
                "output on defence this year, Secretary General Jens Stoltenberg said on Monday.",
                "changed",
                "alliance-32",
                "Alliance size 32 in an off-topic story (optional).",
                ["irrelevant"],
            ),
            S(
                "The figure is up from 11 last year and from only three in 2014, when allies made the pledge."
            ),
        ],
        [
            S(
                "“NATO allies are this year increasing defence spending by 18%, that's the biggest increase in "
                "decades,” Stoltenberg told President Joe Biden at the White House."
            ),
            S(
                "European allies and Canada are raising their budgets even faster, and much of the extra money is "
                "being spent on American weapons, he said in a speech at the Wilson Center."
            ),
        ],
        [
            S("Poland leads the table at more than 4% of GDP, followed by Estonia."),
            S(
                "Donald Trump, Biden's rival in November's election, said in February he would encourage Russia to "
                "do whatever it wanted to allies that failed to pay enough."
            ),
        ],
        [
            S(
                "Stoltenberg also wants leaders meeting in Washington next month to commit to at least 40 billion "
                "euros a year in military aid to Ukraine, to make support more predictable.",
                "new",
                "nato-aid-pledge",
                "Aid pledge, not the membership path.",
                ["irrelevant"],
            ),
            S(
                "Several allies have resisted a fixed figure, and diplomats expect a weaker formulation.",
                "new",
                "nato-aid-pledge",
                "Same pledge.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "Germany, long criticised in Washington for underspending, will reach the target this year for the "
                "first time since the end of the Cold War."
            ),
            S("Spain, Belgium and Canada remain well short of it."),
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# H11 Orban's first Kyiv visit (near topic; one incidental known line)
article(
    ARTICLES,
    "h-2024-07-02-orban-kyiv-ceasefire",
    "2024-07-02T15:45:00+00:00",
    "https://www.themoscowtimes.com/2024/07/02/hungarys-orban-calls-for-ukraine-ceasefire-to-speed-up-peace-talks-a85579",
    S(
        "Orban, on first Kyiv visit since the invasion, urges Zelensky to consider a quick ceasefire"
    ),
    [
        [
            S(
                "KYIV, July 2 – Hungarian Prime Minister Viktor Orban asked President Volodymyr Zelensky on Tuesday "
                "to consider a quick, time-limited ceasefire that he said could speed up peace talks with "
                "Russia."
            ),
            S(
                "It was Orban's first visit to Ukraine since Russia's full-scale invasion in February 2022."
            ),
        ],
        [
            S(
                "Hungary took over the rotating presidency of the Council of the European Union on Monday, and Orban "
                "said he would report on the talks to the bloc's leaders."
            ),
            S(
                "Zelensky did not respond directly to the proposal, stressing instead that Ukraine needed a just "
                "peace and that Hungary had backed the communique of last month's peace summit in Switzerland."
            ),
        ],
        [
            S(
                "The two men also discussed the rights of the roughly 150,000 ethnic Hungarians in western Ukraine, a "
                "long-running source of friction."
            ),
            S(
                "Orban has refused to send weapons to Ukraine and held up a 50-billion-euro EU aid package for weeks "
                "earlier this year."
            ),
        ],
        [
            S(
                "His government has also argued that a country at war cannot be admitted to NATO, saying it would "
                "drag the alliance into the conflict.",
                "known",
                None,
                "Seeds 000/001: Ukraine can join only after the war; a sceptic's restatement.",
                ["contradicted"],
            ),
            S("The Kremlin said it expected little from the visit."),
        ],
        [
            S(
                "Kyiv is preparing a second peace summit, to which it hopes to invite Russian representatives."
            ),
            S(
                "Ukraine and Hungary have agreed to work on a bilateral cooperation treaty, Orban said."
            ),
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# H12 Rada passes the mobilisation law (off topic)
article(
    ARTICLES,
    "h-2024-04-11-rada-mobilisation-law",
    "2024-04-11T14:00:00+00:00",
    "https://tvn24.pl/swiat/ukraina-parlament-przyjal-ustawe-w-sprawie-mobilizacji-st7864104",
    S("Ukraine's parliament passes tougher mobilisation law after months of wrangling"),
    [
        [
            S(
                "KYIV, April 11 – The Verkhovna Rada on Thursday adopted a law overhauling the rules for calling up "
                "soldiers, as Ukraine struggles to replace troops killed or exhausted after more than two years of "
                "war."
            ),
            S("The bill won 283 votes in the 450-seat chamber."),
        ],
        [
            S(
                "It requires men of military age to update their details with the authorities, including through "
                "an online system, within 60 days, and toughens penalties for those who evade the draft."
            ),
            S(
                "Men living abroad will be able to obtain consular services only if their military records are in "
                "order."
            ),
        ],
        [
            S(
                "Lawmakers dropped a clause that would have allowed soldiers who have served 36 months to be "
                "demobilised, after the military command asked for it to be handled in a separate law."
            ),
            S("Relatives of soldiers protested outside parliament against the decision."),
        ],
        [
            S(
                "Earlier this month Zelensky signed a separate law lowering the age at which men can be mobilised "
                "from 27 to 25."
            ),
            S(
                "The army's commander-in-chief, Colonel General Oleksandr Syrskyi, has said Ukraine needs fewer new "
                "recruits than the 500,000 his predecessor had requested."
            ),
        ],
        [
            S(
                "Russian forces have been advancing slowly west of Avdiivka, which Ukraine gave up in February."
            ),
            S(
                "The law still needs Zelensky's signature and will take effect a month after it is published."
            ),
        ],
    ],
    False,
)


# --------------------------------------------------------------------------------------------
