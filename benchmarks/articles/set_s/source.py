"""Article set s: the articles, sentence by sentence with their gold (`python3 ../build.py set_s`)."""

from corpus import S, article

CHANNEL = "Article set S: Ukraine, NATO and beyond"
DESCRIPTION = "12 articles rewritten from real 2024-2025 coverage (links point at the originals)."
ARTICLES: list = []

# ============================================================================================
# ON TOPIC (8)
# ============================================================================================

# --------------------------------------------------------------------------------------------
# S01 Medvedev on the Washington declaration (on topic: denial in idiom, Russian terms)
article(
    ARTICLES,
    "s-2024-07-11-medvedev-disappearance",
    "2024-07-11T14:40:00+00:00",
    "https://www.reuters.com/world/europe/russias-medvedev-says-ukraines-irreversible-path-nato-must-end-with-its-disappearance-2024-07-11/",
    S(
        "Medvedev says Ukraine's 'irreversible' road to NATO must end with Ukraine or the alliance gone",
        "contradicted",
        "medvedev-disappearance",
        "Russian official says the path must end in Ukraine's disappearance: denial of the irreversible path.",
        ["new"],
    ),
    [
        [
            S(
                "MOSCOW, July 11 – Former Russian president Dmitry Medvedev said on Thursday that Moscow must do "
                "everything in its power to make sure Ukraine's road towards NATO ends with the disappearance of "
                "Ukraine or of the alliance, and preferably of both.",
                "contradicted",
                "medvedev-disappearance",
                "Denial in idiom of the 'irreversible' path and 'will become members'.",
                ["new"],
            ),
            S(
                "He was reacting to the declaration allied leaders had adopted a day earlier at their summit in "
                "Washington, which he quoted in English before giving his own verdict in Russian."
            ),
        ],
        [
            S(
                "In that text the allies promised to keep backing Kyiv on what they called an irreversible path to "
                "full Euro-Atlantic integration, including membership.",
                "known",
                None,
                "Seed 003: Washington 2024 called the path 'irreversible'.",
            ),
            S(
                "They again stopped short of inviting the country to join, presenting the weapons, training and "
                "money they pledged as a bridge to membership instead.",
                "known",
                None,
                "Seed 003: no invitation; assistance as a 'bridge' to membership.",
            ),
        ],
        [
            S(
                "Medvedev, who serves as deputy chairman of Russia's Security Council, described the governments "
                "that signed the declaration as Russia's enemies."
            ),
            S(
                "He also argued that even if Kyiv one day accepted Moscow's terms for a settlement, including "
                "dropping its bid to join the bloc, the West would only use the pause to gather strength for a new "
                "attempt to destroy Russia.",
                "contradicted",
                "russia-terms-drop-bid",
                "Russian demand that Ukraine renounce NATO (Putin's June terms); alt new per convention.",
                ["new"],
            ),
        ],
        [
            S(
                "Russian leaders have treated Ukraine's membership hopes as a danger to their own country ever since "
                "Vladimir Putin denounced NATO's enlargement as a direct threat at the Bucharest summit in 2008.",
                "known",
                None,
                "Seed 002: Putin called enlargement a 'direct threat' at Bucharest.",
                ["contradicted"],
            ),
            S(
                "At that gathering allies told Ukraine and Georgia they would one day join, but offered neither a "
                "date nor a Membership Action Plan.",
                "known",
                None,
                "Seeds 001, 002: Bucharest promised membership with no date and no MAP.",
            ),
            S(
                "Medvedev has ridiculed Kyiv's ambitions before: last summer he scoffed that, to get in, Ukraine "
                "would have to give up Kyiv itself.",
                "known",
                None,
                "Seed 001: Medvedev's mockery that Ukraine would need to give up Kyiv.",
            ),
        ],
        [
            S(
                "Separately, Kremlin spokesman Dmitry Peskov said plans announced in Washington to station "
                "long-range US missiles in Germany from 2026 posed a very serious threat to Russia's security."
            ),
            S(
                "The United States, Denmark and the Netherlands also said at the summit that the first F-16 fighter "
                "jets were being transferred to Ukraine."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# S02 Milanovic keeps Croatian officers out of NSATU (on topic: NSATU, veto in idiom, 32 allies)
article(
    ARTICLES,
    "s-2024-10-02-milanovic-nsatu",
    "2024-10-02T10:15:00+00:00",
    "https://www.rferl.org/a/croatia-nato-ukraine-russia-support-security-milanovic/33143874.html",
    S(
        "Not one Croatian soldier for NATO's Ukraine mission while he is in office, says Milanovic",
        "new",
        "milanovic-nsatu",
        "Croatia's president blocks participation in NSATU; no seed counterpart.",
    ),
    [
        [
            S(
                "ZAGREB, October 2 – Croatian President Zoran Milanovic has refused to let the country's armed "
                "forces take part in the alliance's new mission to coordinate weapons deliveries and training for "
                "Ukraine, saying it could harm Croatia's national interests.",
                "new",
                "milanovic-nsatu",
                "Refusal to join NSATU; NSATU has no seed counterpart.",
            ),
            S(
                "As long as he remains president and supreme commander, he said, no member of the Croatian military "
                "would be sent to such activities.",
                "new",
                "milanovic-nsatu",
                "Same refusal, in his words.",
            ),
        ],
        [
            S(
                "The mission, known as NATO Security Assistance and Training for Ukraine, was agreed at the "
                "Washington summit in July and is being set up at a US Army garrison in Wiesbaden, Germany, with "
                "around 700 personnel.",
                "new",
                "nsatu-mission",
                "NSATU and its 700 staff; no seed counterpart.",
            ),
            S(
                "It takes over much of the coordination of military aid that Washington has run since 2022, a move "
                "widely seen as a way to shield the support from a change of administration in the United States.",
                "new",
                "nsatu-mission",
                "NSATU's role; no seed counterpart.",
            ),
        ],
        [
            S(
                "Prime Minister Andrej Plenkovic's government had committed to sending five officers to the "
                "headquarters and accused the president of spreading falsehoods and damaging Croatia's standing "
                "abroad.",
                "new",
                "milanovic-nsatu",
                "The government's planned NSATU contribution at the centre of the dispute.",
                ["irrelevant"],
            ),
            S(
                "Because the president withheld his consent, the deployment now needs a two-thirds majority in "
                "parliament, which the ruling coalition cannot muster without opposition votes.",
                "new",
                "milanovic-nsatu",
                "Consequence of the veto for Croatia's NSATU participation.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "Milanovic, who condemned Russia's invasion as a breach of international law, said Croatia would go "
                "on helping Ukraine, just not with its troops.",
                "new",
                "milanovic-nsatu",
                "Restates the refusal; the rest is general support.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "Allied leaders used the same Washington summit to declare Ukraine's path to membership "
                "irreversible, while once more holding back an invitation.",
                "known",
                None,
                "Seed 003: 'irreversible' path, no invitation.",
            ),
            S(
                "They have said Ukraine can only join once its war with Russia is over.",
                "known",
                None,
                "Seed 001: Ukraine can join only after the war.",
            ),
        ],
        [
            S(
                "Milanovic, a former prime minister who has feuded with Plenkovic for years, is expected to seek a "
                "second term in a presidential election due around the turn of the year."
            ),
            S(
                "Croatia joined NATO in 2009 and is now one of its 32 members.",
                "changed",
                "alliance-32",
                "32 allies against the seed's 31.",
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# S03 Carpenter: invitation left to Trump's team (on topic: consensus lacking, 32 allies, Kellogg)
article(
    ARTICLES,
    "s-2024-12-18-carpenter-invitation-trump",
    "2024-12-18T19:30:00+00:00",
    "https://thehill.com/policy/defense/5045286-biden-aide-ukraine-nato-invitation-trump/",
    S(
        "Biden aide says the call on inviting Ukraine into NATO now rests with Trump's team",
        "new",
        "carpenter-leaves-invitation",
        "Outgoing administration will not seek an invitation and leaves it to its successor; no seed counterpart.",
    ),
    [
        [
            S(
                "WASHINGTON, December 18 – The Biden administration will not press for an invitation for Ukraine to "
                "join NATO before it leaves office and will hand the question to President-elect Donald Trump's "
                "team, a senior White House aide said.",
                "new",
                "carpenter-leaves-invitation",
                "No invitation push in the lame-duck period; decision passed to the next administration.",
            ),
            S(
                "Michael Carpenter, senior director for Europe at the National Security Council, told an event at "
                "the Atlantic Council that the incoming officials would have to work out how to make it happen.",
                "new",
                "carpenter-leaves-invitation",
                "Repeats the handover of the invitation question.",
            ),
        ],
        [
            S(
                "There is at present no consensus within the alliance to extend an invitation, he said.",
                "new",
                "carpenter-no-consensus",
                "Consensus lacking now: new by convention, not a contradiction.",
            ),
            S(
                "“Right now we don't have 32 allies that are agreed,” Carpenter said.",
                "changed",
                "alliance-32",
                "32 allies against the seed's 31.",
            ),
            S(
                "Allies did agree, he added, that Ukraine would be in NATO at some point.",
                "known",
                None,
                "Seed 001: 'Ukraine's future is in NATO'.",
            ),
        ],
        [
            S(
                "Carpenter argued that the alliance's mutual defence clause remained the best protection against any "
                "renewed Russian attack and that the sooner Kyiv got there the better, though it was a matter of "
                "political will.",
                "known",
                None,
                "Seed 001: only NATO's Article V can fully protect Ukraine.",
                ["new"],
            ),
            S(
                "Accession would also require the fighting to stop first, he said.",
                "known",
                None,
                "Seed 001: Ukraine can join only after the war.",
            ),
        ],
        [
            S(
                "President Volodymyr Zelensky made an immediate invitation the centrepiece of the victory plan he "
                "presented in October, arguing it could end the hot phase of the war.",
                "new",
                "zelensky-invitation-request",
                "Kyiv's request for an invitation now; no seed counterpart.",
            ),
            S(
                "Retired General Keith Kellogg, whom Trump has picked as his envoy for Ukraine and Russia, has "
                "proposed putting membership off for a long time as an incentive to bring Moscow to talks.",
                "new",
                "kellogg-postpone",
                "Proposal to postpone membership: new by convention.",
            ),
            S(
                "The outgoing administration has already moved the coordination of weapons deliveries to a new NATO "
                "command in Wiesbaden, in part to protect it from political change.",
                "new",
                "nsatu-mission",
                "NSATU taking over aid coordination; no seed counterpart.",
            ),
        ],
        [
            S(
                "Carpenter said he had not yet been in touch with Trump's transition team and urged talks to begin "
                "as soon as possible."
            ),
            S(
                "He pointed to the sudden collapse of Bashar al-Assad's government in Syria as a sign of how fast "
                "geopolitics was shifting."
            ),
        ],
        [
            S(
                "At their summit in Vilnius last year allies promised an invitation only once they all agreed and "
                "conditions were met, and in Washington in July they called Ukraine's path irreversible without "
                "issuing one.",
                "known",
                None,
                "Seeds 001, 003: invitation when allies agree and conditions are met; irreversible, no invitation.",
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# S04 Tusk rules out Polish troops after Macron visit (on topic: force plans, Kellogg)
article(
    ARTICLES,
    "s-2024-12-12-tusk-macron-warsaw",
    "2024-12-12T16:05:00+00:00",
    "https://www.reuters.com/world/europe/tusk-says-no-plans-send-polish-troops-ukraine-2024-12-12/",
    S(
        "Tusk: Warsaw alone will decide on Polish troops for Ukraine, and none are planned",
        "new",
        "poland-no-troops",
        "Poland rules out soldiers for a post-ceasefire force; no seed counterpart.",
    ),
    [
        [
            S(
                "WARSAW, December 12 – Poland has no plans to send soldiers to Ukraine to help keep the peace after "
                "any ceasefire, Prime Minister Donald Tusk said on Thursday during a visit by French President "
                "Emmanuel Macron.",
                "new",
                "poland-no-troops",
                "Poland declines a role in a post-ceasefire force; no seed counterpart.",
            ),
            S(
                "“Decisions concerning Poland will be made in Warsaw and only in Warsaw,” Tusk told reporters, "
                "saying he wanted to put an end to speculation.",
                "new",
                "poland-no-troops",
                "Same refusal in his words.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "Diplomats had said the idea of a European contingent sent to Ukraine once the guns fall silent, to "
                "deter a renewed Russian offensive, was on the leaders' agenda.",
                "new",
                "macron-european-force",
                "A European force as a post-war guarantee; no seed counterpart.",
            ),
            S(
                "The Polish newspaper Rzeczpospolita reported that Macron had floated a force of about 40,000 troops "
                "in five brigades, possibly under Polish command.",
                "new",
                "macron-european-force",
                "Size of the proposed force; no seed counterpart.",
            ),
        ],
        [
            S(
                "Macron said it was for Ukrainians alone to decide what concessions to make, but that there could "
                "be no security in Europe without Europeans taking responsibility for it."
            ),
            S(
                "Both leaders said any arrangement must protect Ukraine and Europe from a resumption of the war.",
                "new",
                "macron-european-force",
                "Aim of the post-war arrangement under discussion.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "Keith Kellogg, Trump's choice as envoy for Ukraine and Russia, has suggested putting Ukraine's "
                "membership on ice for an extended period in return for a settlement with Moscow.",
                "new",
                "kellogg-postpone",
                "Proposal to postpone membership: new by convention.",
            ),
        ],
        [
            S(
                "Kyiv has long said that such arrangements can only be a stopgap and that nothing short of NATO "
                "membership will deter Moscow for good.",
                "known",
                None,
                "Seed 003: Zelensky says the guarantees cannot substitute for membership.",
            ),
            S(
                "Britain was the first country to conclude a bilateral security agreement with Ukraine, in January, "
                "under a declaration the Group of Seven issued at the Vilnius summit in 2023.",
                "known",
                None,
                "Seed 003: G7 declaration of July 2023; UK first agreement, January 2024.",
            ),
            S(
                "Those pledges stop short of the alliance's promise that an attack on one member is an attack on "
                "all.",
                "known",
                None,
                "Seed 003: the arrangements do not replicate Article V.",
            ),
        ],
        [
            S(
                "Poland takes over the rotating presidency of the European Union on January 1, with security at the "
                "top of its programme."
            ),
            S(
                "Trump, who takes office on January 20, met Macron and Zelensky in Paris on Saturday and has called "
                "for an immediate ceasefire."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# S05 Sky Shield (on topic: force plan without the usual words, Landsbergis out of office)
article(
    ARTICLES,
    "s-2025-03-06-sky-shield",
    "2025-03-06T09:00:00+00:00",
    "https://www.theguardian.com/world/2025/mar/06/european-air-force-sky-shield-plan-ukraine",
    S(
        "Plan for 120 European jets to guard the skies over western Ukraine gains backers",
        "new",
        "sky-shield",
        "European air-protection plan for Ukraine; no seed counterpart.",
    ),
    [
        [
            S(
                "LONDON, March 6 – A European air force of 120 fighter jets could protect Kyiv and western Ukraine "
                "from Russian missiles and drones without dragging the continent into a wider war, according to a "
                "plan drawn up by military experts.",
                "new",
                "sky-shield",
                "Sky Shield: European jets protecting Ukraine; no seed counterpart.",
            ),
            S(
                "The scheme, called Sky Shield, would operate separately from NATO and cover Ukraine's three working "
                "nuclear power plants as well as the cities of Odesa and Lviv, but not the front line or the east.",
                "new",
                "sky-shield",
                "Scope of the plan; no seed counterpart.",
            ),
        ],
        [
            S(
                "Its authors argue that it could achieve more than 10,000 European ground troops, and that the risk "
                "to pilots would be low because Russian combat aircraft have kept away from those areas since 2022.",
                "new",
                "sky-shield",
                "The plan's case; no seed counterpart.",
            ),
            S(
                "Former RAF planners are understood to have drawn it up with Ukraine's armed forces and presented it "
                "to European defence ministries.",
                "new",
                "sky-shield",
                "Origin of the plan.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "Supporters include Philip Breedlove, a retired US Air Force general and former NATO supreme "
                "commander, and former Polish president Aleksander Kwasniewski.",
                "new",
                "sky-shield",
                "Backers of the plan.",
                ["irrelevant"],
            ),
            S(
                "Gabrielius Landsbergis, who stepped down as Lithuania's foreign minister in December, said the shield "
                "would be an efficient way for Europe to guarantee Ukraine's security.",
                "changed",
                "landsbergis-left",
                "The seed's Lithuanian foreign minister has left office.",
                ["new"],
            ),
        ],
        [
            S(
                "Interest in the idea revived after last Friday's clash between Zelensky and Trump in the Oval "
                "Office, which was followed by a pause in US military aid and intelligence sharing."
            ),
            S(
                "European leaders are separately discussing a ground force led by Britain and France to reassure "
                "Ukraine after any ceasefire, though no government has yet signed up to patrols over Ukrainian "
                "territory.",
                "new",
                "coalition-force-plan",
                "Anglo-French post-ceasefire force; no seed counterpart.",
            ),
        ],
        [
            S(
                "Guarantees of this kind are meant to fill the gap until Ukraine joins NATO, whose leaders declared "
                "at Vilnius in 2023 that the country's future lay in the alliance but set no timetable.",
                "known",
                None,
                "Seed 001: 'Ukraine's future is in NATO', no timeline.",
            ),
            S(
                "Under the declaration the Group of Seven issued in July 2023, partners promised to consult within "
                "24 hours if Russia attacked again, but not to go to war on Ukraine's behalf.",
                "known",
                None,
                "Seed 003: consultation within 24 hours, no Article V.",
            ),
        ],
        [
            S(
                "Russia launched 181 drones and four missiles at Ukraine overnight into Wednesday, the air force said, "
                "and one person was killed in Odesa."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# S06 Grushko's "ironclad" demand (on topic: Russian demand, troops rejected, force offers)
article(
    ARTICLES,
    "s-2025-03-17-grushko-ironclad",
    "2025-03-17T08:20:00+00:00",
    "https://www.reuters.com/world/europe/russia-wants-ironclad-guarantee-that-nato-excludes-ukraine-2025-03-17/",
    S(
        "Russia wants an 'ironclad' guarantee that Ukraine stays out of NATO, deputy foreign minister says",
        "contradicted",
        "grushko-ironclad",
        "Russian demand that NATO refuse Ukraine; alt new per convention.",
        ["new"],
    ),
    [
        [
            S(
                "MOSCOW, March 17 – Russia will insist that any deal to end the war in Ukraine include “ironclad” "
                "security guarantees, among them a neutral status for Kyiv and a refusal by NATO members to admit "
                "it, Deputy Foreign Minister Alexander Grushko said.",
                "contradicted",
                "grushko-ironclad",
                "Russian demand for neutrality and exclusion from NATO; alt new per convention.",
                ["new"],
            ),
            S(
                "He told the Izvestia newspaper that only such guarantees could make the peace last.",
                "contradicted",
                "grushko-ironclad",
                "Continues the demand; needs the previous sentence for its object.",
                ["new", "irrelevant"],
            ),
        ],
        [
            S(
                "Grushko said that was exactly the clause Moscow had written into the draft treaties it sent to "
                "Washington and the alliance in December 2021, which would have shut the door on Ukraine for good.",
                "contradicted",
                "grushko-ironclad",
                "Restates the demand to close NATO's door to Ukraine.",
                ["new"],
            ),
        ],
        [
            S(
                "He also warned that European soldiers would be treated as parties to the conflict whatever flag they "
                "served under, be it the EU's, NATO's or their own.",
                "new",
                "russia-rejects-troops",
                "Russia rejects any foreign force as a guarantee; no seed counterpart.",
            ),
            S(
                "At most, he said, Moscow could discuss unarmed observers or a civilian mission to monitor a deal, "
                "and only once there was one; until then, it was all hot air.",
                "new",
                "russia-rejects-troops",
                "Russia's limit on post-war monitoring; no seed counterpart.",
            ),
        ],
        [
            S(
                "Britain and France have said they are ready to put troops on the ground to underpin a ceasefire, and "
                "Prime Minister Keir Starmer held a video call with leaders of more than two dozen countries on "
                "Saturday to firm up the plan.",
                "new",
                "coalition-force-plan",
                "Anglo-French post-ceasefire force; no seed counterpart.",
            ),
            S(
                "Australian Prime Minister Anthony Albanese has also said his country is open to contributing to a "
                "peacekeeping force.",
                "new",
                "australia-open",
                "A non-European offer to join the force; no seed counterpart.",
            ),
            S(
                "Macron told French newspapers that if Ukraine asked for allied forces on its territory, it was not "
                "for Russia to accept or refuse.",
                "new",
                "coalition-force-plan",
                "Macron on the force; no seed counterpart.",
            ),
            S(
                "A separate proposal for European jets to patrol the skies over western Ukraine has also won backers "
                "among retired commanders.",
                "new",
                "sky-shield",
                "Retells the Sky Shield plan.",
            ),
        ],
        [
            S(
                "President Vladimir Putin set out his own terms last June, demanding that Kyiv abandon its NATO "
                "ambitions and pull its troops out of four regions before any ceasefire.",
                "contradicted",
                "russia-terms-drop-bid",
                "Russian demand that Ukraine renounce NATO; alt new per convention.",
                ["new"],
            ),
            S(
                "Kyiv wrote the goal of joining the alliance into its constitution in 2019, and allies have said "
                "since 2008 that Ukraine will become a member.",
                "known",
                None,
                "Seeds 002, 004: 2019 constitutional amendment; Bucharest's 'will become members'.",
            ),
        ],
        [
            S(
                "Grushko made no mention of the 30-day ceasefire that Ukraine accepted at talks with US officials in "
                "Saudi Arabia last week."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# S07 Grushko: reverse Bucharest (on topic: demand, Hague text, earlier denials retold)
article(
    ARTICLES,
    "s-2025-06-23-grushko-reverse-bucharest",
    "2025-06-23T11:45:00+00:00",
    "https://kyivindependent.com/russia-seeks-reversal-of-natos-bucharest-decision-on-ukraine-deputy-foreign-minister-says/",
    S(
        "Moscow wants NATO to take back its 2008 promise to Ukraine, Russian diplomat says",
        "contradicted",
        "grushko-reverse-bucharest",
        "Russian demand to undo Bucharest's 'will become members'; alt new per convention.",
        ["new"],
    ),
    [
        [
            S(
                "MOSCOW, June 23 – Russia is seeking to have NATO reverse the decision taken at its 2008 Bucharest "
                "summit that Ukraine will one day join the alliance, Deputy Foreign Minister Alexander Grushko told "
                "the RIA Novosti news agency.",
                "contradicted",
                "grushko-reverse-bucharest",
                "Demand to revoke Bucharest's promise; alt new per convention.",
                ["new"],
            ),
            S(
                "Moscow wants guarantees set in reinforced concrete under international law that Kyiv will never "
                "enter the bloc, he said.",
                "contradicted",
                "grushko-reverse-bucharest",
                "Demand that Ukraine never join; alt new per convention.",
                ["new"],
            ),
        ],
        [
            S(
                "Grushko said many Western leaders still wanted to see Ukraine in the alliance, and noted that its "
                "Euro-Atlantic course was written into its constitution.",
                "known",
                None,
                "Seeds 001, 004: Ukraine's future in NATO; the 2019 constitutional amendment.",
            ),
            S(
                "Russia, he said, regarded the prospect of Ukrainian membership as a direct threat to its security.",
                "known",
                None,
                "Seed 002: Putin's 'direct threat'; convention: known, alt contradicted.",
                ["contradicted"],
            ),
            S(
                "In March he had said Moscow would demand “ironclad” guarantees of a neutral Ukraine as part of any "
                "peace settlement.",
                "contradicted",
                "grushko-ironclad",
                "Retells the March demand for neutrality; alt new per convention.",
                ["new"],
            ),
            S(
                "Former president Dmitry Medvedev went further last year, saying Ukraine's road to NATO should end "
                "with the disappearance of Ukraine or of the alliance.",
                "contradicted",
                "medvedev-disappearance",
                "Retells Medvedev's denial.",
                ["new"],
            ),
        ],
        [
            S(
                "At Bucharest, allies promised Ukraine and Georgia eventual membership but withheld the Membership "
                "Action Plan that both had sought.",
                "known",
                None,
                "Seeds 002, 004: Bucharest promise without a MAP.",
            ),
            S(
                "Many Western officials believe that half-open door encouraged Russia to attack Georgia months later "
                "and Ukraine in 2014 and 2022.",
                "known",
                None,
                "Seed 002: the vagueness is widely seen as encouraging Russia's wars.",
            ),
        ],
        [
            S(
                "NATO leaders meet in The Hague on Tuesday and Wednesday, and the alliance is aiming for a short final "
                "statement that may not mention Ukraine's membership at all, Agence France-Presse reported, citing "
                "diplomats.",
                "new",
                "hague-text-omits",
                "Summit text possibly leaving membership out: new by convention.",
            ),
            S(
                "The slimmer text is meant to avoid friction with the Trump administration, the diplomats said.",
                "new",
                "hague-text-omits",
                "Reason for the short text.",
                ["irrelevant"],
            ),
            S(
                "Allies are expected instead to focus on a pledge to raise defence spending to 5% of economic output."
            ),
        ],
        [
            S(
                "A Russian missile and drone attack on Kyiv early on Monday killed several people, city officials "
                "said."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# S08 Salvini mocks Macron, France summons Italy's envoy (on topic: force plan, refusals)
article(
    ARTICLES,
    "s-2025-08-23-salvini-macron-helmet",
    "2025-08-23T12:30:00+00:00",
    "https://www.politico.eu/article/france-summons-italian-ambassador-salvini-macron-troops-ukraine/",
    S(
        "Paris summons Italian envoy after Salvini mocks Macron's plan for troops in Ukraine",
        "new",
        "italy-no-troops",
        "Italy's deputy premier rejects sending troops to a post-war force; no seed counterpart.",
    ),
    [
        [
            S(
                "PARIS, August 23 – France summoned Italy's ambassador after Deputy Prime Minister Matteo Salvini "
                "mocked President Emmanuel Macron over his readiness to send French soldiers to Ukraine once the "
                "fighting stops.",
                "new",
                "italy-no-troops",
                "Row over the post-war force; Italy's refusal.",
            ),
            S(
                "Asked in Milan whether Italian troops might join such a deployment, Salvini said Macron was free to "
                "go himself, “put on a helmet, a jacket and a rifle” and head for Ukraine.",
                "new",
                "italy-no-troops",
                "Refusal in idiom to send Italian troops.",
            ),
        ],
        [
            S(
                "He added a Milanese dialect phrase that roughly means “hang on to the tram”, a brusque way of "
                "telling someone to get lost."
            ),
            S(
                "The ambassador, Emanuela D'Alessandro, was told the remarks ran against the climate of trust "
                "between the two countries and their shared support for Kyiv, a French diplomatic source said."
            ),
        ],
        [
            S(
                "Britain and France lead a group of about 30 countries planning a force that would be sent to Ukraine "
                "after a ceasefire to deter Russia from attacking again.",
                "new",
                "coalition-force-plan",
                "The coalition's post-war force; no seed counterpart.",
            ),
            S(
                "Prime Minister Giorgia Meloni, whose government belongs to that group, has said in gentler terms that "
                "Italy will not send soldiers.",
                "new",
                "italy-no-troops",
                "Italy's government also declines to send troops.",
            ),
            S(
                "She has pushed instead for protection modelled on the alliance's mutual defence clause, offered to "
                "Kyiv without membership.",
                "new",
                "meloni-article5-idea",
                "Article 5-like protection without membership: new by convention.",
            ),
        ],
        [
            S(
                "Salvini, who leads the League, has repeatedly called Macron a warmonger and has praised Donald "
                "Trump's approach to ending the war."
            ),
            S(
                "Poland has likewise said it will not put soldiers on the ground in Ukraine, offering instead to serve "
                "as the logistics hub for any mission.",
                "new",
                "poland-no-troops",
                "Poland's refusal to send troops, retold.",
            ),
        ],
        [
            S(
                "The guarantees under discussion are meant to protect Ukraine until it can join NATO, which allies "
                "have said can happen only after the war ends.",
                "known",
                None,
                "Seeds 001, 003: guarantees bridge to membership; join only after the war.",
            ),
            S(
                "Kyiv has repeatedly said that no such arrangement can stand in for membership.",
                "known",
                None,
                "Seed 003: guarantees cannot substitute for membership.",
            ),
        ],
        [
            S(
                "The row broke out days after European leaders went with Zelensky to the White House for talks with "
                "Trump."
            ),
        ],
    ],
    True,
)

# ============================================================================================
# NEAR OR OFF TOPIC (4)
# ============================================================================================

# --------------------------------------------------------------------------------------------
# S09 Drones hit the Zaporizhzhia plant (off topic)
article(
    ARTICLES,
    "s-2024-04-07-zaporizhzhia-dome",
    "2024-04-07T17:10:00+00:00",
    "https://www.reuters.com/world/europe/drones-hit-zaporizhzhia-nuclear-plant-iaea-says-2024-04-07/",
    S("Drones hit reactor dome at Zaporizhzhia nuclear plant, UN watchdog says"),
    [
        [
            S(
                "KYIV, April 7 – Drones struck the Russian-held Zaporizhzhia nuclear power plant on Sunday, hitting "
                "the containment dome of one of its six reactors, the International Atomic Energy Agency said."
            ),
            S(
                "Agency chief Rafael Grossi called it the first direct attack on the site since November 2022 and a "
                "clear breach of the basic principles for protecting nuclear plants."
            ),
        ],
        [
            S(
                "The IAEA said the damage to the sixth reactor had not compromised nuclear safety, but one casualty "
                "was reported at the plant."
            ),
            S(
                "Russian-installed officials blamed Ukraine's forces, while Kyiv denied any involvement and accused "
                "Moscow of staging provocations."
            ),
        ],
        [
            S(
                "The plant's reactors have been shut down for many months, but they still need power and cooling "
                "water to remain safe."
            ),
            S(
                "Grossi is due to brief the agency's board of governors at a special meeting later in the week."
            ),
        ],
        [
            S(
                "The plant lies on the southern bank of the Dnipro river, across from Ukrainian-held Nikopol, which "
                "is shelled almost daily."
            ),
            S(
                "Russian troops have occupied it since the first weeks of the full-scale invasion in March 2022."
            ),
            S(
                "Its Ukrainian staff work under Russian supervision, and the IAEA has kept a team of experts on site "
                "since September 2022."
            ),
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# S10 Mudryk provisionally suspended (off topic: sport)
article(
    ARTICLES,
    "s-2024-12-18-mudryk-suspended",
    "2024-12-18T21:00:00+00:00",
    "https://www.theguardian.com/football/2024/dec/18/chelsea-mykhailo-mudryk-adverse-finding-drug-test",
    S("Chelsea's Mudryk provisionally suspended after failed drugs test"),
    [
        [
            S(
                "LONDON, December 18 – Chelsea winger Mykhailo Mudryk has been provisionally suspended after a urine "
                "sample he gave returned an adverse finding, the club said on Wednesday."
            ),
            S(
                "Chelsea said the Ukraine international had not knowingly used any banned substance and that he and "
                "the club were working with experts to establish what had happened."
            ),
        ],
        [
            S(
                "Media reports said the substance was meldonium, a heart drug that has been banned in sport since "
                "2016."
            ),
            S(
                "The sample was taken as part of routine testing by the Football Association, which runs anti-doping "
                "in English football."
            ),
        ],
        [
            S(
                "Mudryk, 23, joined Chelsea from Shakhtar Donetsk in January 2023 in a deal worth up to about 100 "
                "million euros."
            ),
            S(
                "Shakhtar's owner, Rinat Akhmetov, said at the time that 25 million dollars from the sale would go to "
                "Ukrainian soldiers and their families."
            ),
            S(
                "The winger has struggled to hold down a regular place in the Premier League side and had not played "
                "since late November."
            ),
        ],
        [
            S("He was part of Ukraine's squad at Euro 2024 in Germany."),
            S("If the finding is upheld, he could face a ban of up to four years."),
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# S11 German brigade in Lithuania (near topic: incidental Lithuania and Sweden sentences)
article(
    ARTICLES,
    "s-2025-05-22-german-brigade-lithuania",
    "2025-05-22T13:25:00+00:00",
    "https://www.reuters.com/world/europe/germany-launches-brigade-lithuania-first-permanent-foreign-deployment-since-ww2-2025-05-22/",
    S(
        "Merz launches German brigade in Lithuania, Berlin's first permanent deployment abroad since the war"
    ),
    [
        [
            S(
                "VILNIUS, May 22 – Chancellor Friedrich Merz formally launched a German armoured brigade in "
                "Lithuania on Thursday, the first permanent stationing of German combat troops abroad since the "
                "Second World War."
            ),
            S(
                "Merz told soldiers and guests in the Lithuanian capital that protecting the Baltic allies meant "
                "protecting Germany itself."
            ),
        ],
        [
            S(
                "The 45th Panzer Brigade is due to reach its full strength of about 4,800 soldiers and 200 civilian "
                "staff by 2027."
            ),
            S(
                "Most of them will be based at new facilities at Rudninkai, south of Vilnius, which Lithuania is "
                "building at its own expense."
            ),
        ],
        [
            S(
                "Lithuania, which borders Belarus and Russia's Kaliningrad exclave, has been among the loudest "
                "voices for bringing Ukraine into NATO.",
                "known",
                None,
                "Seed 001: Lithuania (Landsbergis) pressed for a clear path for Ukraine.",
                ["irrelevant"],
            ),
            S(
                "Its government has pledged to spend between 5% and 6% of GDP on defence from next year."
            ),
            S(
                "With Finland and Sweden now both members, the Baltic Sea is ringed almost entirely by allies.",
                "changed",
                "sweden-member",
                "Sweden a member: status step past the seed's 'once Turkey ratifies'.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "Defence Minister Boris Pistorius said the brigade sent a signal to Moscow that Germany stood by its "
                "commitments on the eastern flank."
            ),
            S(
                "Merz's government has also loosened Germany's constitutional limit on borrowing to allow higher "
                "military spending."
            ),
            S(
                "The brigade will be assigned to NATO's regional defence plans for the Baltic states."
            ),
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# S12 EU's 14th sanctions package (off topic: sanctions; one incidental known sentence)
article(
    ARTICLES,
    "s-2024-06-20-eu-14th-sanctions-lng",
    "2024-06-20T15:50:00+00:00",
    "https://www.reuters.com/world/europe/eu-agrees-14th-sanctions-package-against-russia-including-lng-2024-06-20/",
    S("EU agrees new Russia sanctions, targeting LNG transshipment for the first time"),
    [
        [
            S(
                "BRUSSELS, June 20 – European Union governments agreed on Thursday a 14th package of sanctions "
                "against Russia that for the first time targets its liquefied natural gas, banning the reloading of "
                "Russian LNG in EU ports for shipment to other countries."
            ),
            S(
                "The ban, which takes effect after a nine-month transition, does not stop imports of Russian LNG into "
                "the bloc itself."
            ),
        ],
        [
            S(
                "The package also prohibits new investment in LNG projects under construction in Russia, such as "
                "Arctic LNG 2 and Murmansk LNG."
            ),
            S(
                "It lists dozens of vessels in Russia's shadow fleet of tankers and adds measures against companies "
                "in third countries that help Moscow dodge restrictions."
            ),
        ],
        [
            S(
                "Agreement was delayed for weeks by Germany, which worried about a clause requiring EU firms to "
                "police the Russia business of their subsidiaries abroad."
            ),
            S(
                "Moscow has said such measures breach international law and will hurt Europe more than Russia."
            ),
        ],
        [
            S(
                "Foreign ministers meeting in Luxembourg next week are also expected to approve the formal start of "
                "membership talks with Ukraine and Moldova."
            ),
            S(
                "Ahead of NATO's summit in Washington next month, allied diplomats said Kyiv should expect no "
                "invitation to join but a package of support meant to bring it closer to membership.",
                "known",
                None,
                "Seed 003: Washington gave no invitation; assistance as a bridge to membership.",
            ),
        ],
    ],
    False,
)
