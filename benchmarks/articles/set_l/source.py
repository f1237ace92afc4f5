"""Article set l: the articles, sentence by sentence with their gold (`python3 ../build.py set_l`)."""

from corpus import S, article

CHANNEL = "Article set l: Ukraine, NATO and beyond"
DESCRIPTION = "12 articles rewritten from real 2023-2025 coverage (links point at the originals)."
ARTICLES: list = []

# ============================================================================================
# ON TOPIC (8)
# ============================================================================================

# --------------------------------------------------------------------------------------------
# L01 Erdogan agrees to forward Sweden's bid on the eve of Vilnius (on topic: Sweden's accession step)
article(
    ARTICLES,
    "l-2023-07-10-erdogan-sweden-vilnius",
    "2023-07-10T20:30:00+00:00",
    "https://wtop.com/world/2023/07/nato-chief-says-turkey-agrees-to-send-swedens-nato-accession-protocol-to-parliament-swiftly/",
    S(
        "Erdogan agrees to send Sweden's NATO bid to parliament on eve of Vilnius summit",
        "new",
        "erdogan-sweden-2023",
        "A step towards Turkey's ratification that the seeds do not have (they only say Sweden waits on it).",
        ["changed"],
    ),
    [
        [
            S(
                "VILNIUS, July 10 – Turkish President Tayyip Erdogan has agreed to forward Sweden's application to "
                "join NATO to the Turkish parliament as soon as possible, Secretary General Jens Stoltenberg said on "
                "Monday, hours before allied leaders gather in the Lithuanian capital.",
                "new",
                "erdogan-sweden-2023",
                "Erdogan's agreement to forward the protocol: a step short of ratification.",
                ["changed"],
            ),
            S(
                "Stoltenberg announced the breakthrough after a meeting he hosted with Erdogan and Swedish Prime "
                "Minister Ulf Kristersson, calling it a historic step that would make all allies stronger and "
                "safer.",
                "new",
                "erdogan-sweden-2023",
                "Same development retold.",
                ["changed"],
            ),
        ],
        [
            S(
                "Ankara had held up the Swedish bid for more than a year, accusing Stockholm of harbouring Kurdish "
                "militants it regards as terrorists.",
                "known",
                None,
                "Seed 001: Sweden waits on Turkey's ratification.",
            ),
            S(
                "Earlier on Monday Erdogan had appeared to raise the price, saying the European Union should first "
                "reopen the way to Turkish membership of the bloc."
            ),
            S(
                "Under the deal, Sweden promised to help revive Turkey's EU accession process, including an update "
                "of the customs union and visa liberalisation, and the two countries will set up a new security "
                "mechanism."
            ),
        ],
        [
            S(
                "Stoltenberg said Hungary, the only other ally that has yet to ratify Sweden's membership, had made "
                "clear that it would not be the last to do so.",
                "changed",
                "hungary-pending-sweden",
                "Seed 001 has Sweden waiting only on Turkey; Hungary pending too is a new value.",
                ["new"],
            ),
            S(
                "Finland joined the alliance in April, becoming its 31st member, after the two Nordic countries "
                "abandoned decades of military non-alignment following Russia's full-scale invasion of Ukraine.",
                "known",
                None,
                "Seed 001: both dropped non-alignment, Finland admitted; 31 matches seed 000.",
            ),
        ],
        [
            S(
                "New members need the approval of every ally, and Sweden cannot join until the Turkish parliament "
                "votes.",
                "known",
                None,
                "Seeds 000/001: unanimity; Sweden joins once Turkey ratifies.",
            ),
        ],
        [
            S(
                "The summit will also take up Ukraine's request to join, though diplomats said leaders would not "
                "issue an invitation while the war continues.",
                "known",
                None,
                "Seeds 000/001: no invitation at Vilnius; membership only after the war.",
            ),
            S(
                "Allies were instead expected to drop the requirement for Kyiv to complete a Membership Action Plan "
                "and to set up a new NATO-Ukraine Council.",
                "known",
                None,
                "Seeds 001/003: MAP dropped, NATO-Ukraine Council created.",
            ),
            S(
                "President Joe Biden said in an interview broadcast on Sunday that Ukraine was not yet ready for "
                "membership and that there was no unanimity among allies on bringing it in in the middle of a war.",
                "known",
                None,
                "Seeds 000/002: readiness doubts, the US held back an invitation, some allies agreed.",
                ["new"],
            ),
        ],
        [
            S(
                "Erdogan's move, if the Turkish parliament follows it, would clear the main obstacle to Sweden's "
                "membership, more than a year after Stockholm applied together with Helsinki.",
                "new",
                "erdogan-sweden-2023",
                "Erdogan's agreement retold in the closing paragraph.",
                ["changed"],
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# L02 Sunak signs the UK agreement in Kyiv (on topic: the seed's own agreement, with its terms)
article(
    ARTICLES,
    "l-2024-01-12-uk-agreement-kyiv",
    "2024-01-12T15:30:00+00:00",
    "https://www.pravda.com.ua/eng/news/2024/01/12/7436957/",
    S(
        "Sunak signs first security agreement with Ukraine and pledges 2.5 billion pounds",
        "known",
        None,
        "Seed 003: the UK concluded the first agreement on 12 January 2024.",
    ),
    [
        [
            S(
                "KYIV, January 12 – British Prime Minister Rishi Sunak and President Volodymyr Zelensky signed a "
                "bilateral security agreement in Kyiv on Friday, the first of the long-term pacts the Group of "
                "Seven promised Ukraine at last year's NATO summit in Vilnius.",
                "known",
                None,
                "Seed 003: the UK agreement of 12 January 2024, formalising the G7 declaration.",
            ),
            S(
                "Sunak also announced 2.5 billion pounds of military aid for the coming financial year, the largest "
                "British package since the full-scale invasion began.",
                "new",
                "uk-aid-2024",
                "Aid figure announced with the agreement (optional by convention).",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "Under the agreement, if Russia attacks Ukraine again, London and Kyiv will consult within 24 hours "
                "to decide what Ukraine needs to defend itself.",
                "known",
                None,
                "Seed 003: consultation within 24 hours.",
            ),
            S(
                "The pact will stay in force for ten years, with the possibility of extension, and will lapse if "
                "Ukraine joins NATO in the meantime.",
                "new",
                "uk-agreement-terms",
                "The ten-year term has no seed counterpart (expiry on accession is known).",
            ),
            S(
                "It covers military aid and training, intelligence sharing, cyber security and cooperation between "
                "the two countries' defence industries.",
                "new",
                "uk-agreement-terms",
                "Scope of the agreement.",
            ),
        ],
        [
            S(
                "Zelensky said that if such guarantees had been in place in 1991, the war would never have started."
            ),
            S(
                "He said the commitments would remain until Ukraine becomes a member of the alliance, and that they "
                "were a step towards membership rather than a substitute for it.",
                "known",
                None,
                "Seed 003: agreements expire on accession and cannot substitute for membership.",
            ),
        ],
        [
            S(
                "Sunak, on his second visit to Kyiv as prime minister, said Britain would stand with Ukraine in its "
                "darkest hours and in the good times to come."
            ),
            S(
                "About 200 million pounds of the new money will be spent on military drones, many of them made in "
                "Britain."
            ),
        ],
        [
            S(
                "Kyiv is negotiating similar agreements with the United States and other countries that signed the "
                "G7 declaration, which commits them to help build Ukrainian forces able to deter Russia.",
                "known",
                None,
                "Seeds 001/003: other agreements under negotiation; sustainable forces.",
            ),
            S(
                "None of the agreements contains a mutual defence clause like NATO's Article 5, which Ukraine can "
                "gain only by becoming a member.",
                "known",
                None,
                "Seed 003: the arrangements do not replicate Article 5.",
            ),
        ],
        [
            S(
                "Zelensky said Ukraine would now work with its other partners on agreements modelled on the British "
                "one, which runs for a decade.",
                "new",
                "uk-agreement-terms",
                "The ten-year term retold.",
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# L03 Sweden's flag raised at NATO headquarters (on topic: Sweden a member, 32 allies)
article(
    ARTICLES,
    "l-2024-03-11-sweden-flag-nato-hq",
    "2024-03-11T13:00:00+00:00",
    "https://frontnews.eu/en/news/details/76072",
    S(
        "Sweden's flag raised at NATO headquarters as 32 allies fly together",
        "changed",
        ["sweden-member", "alliance-32"],
        "Sweden a member and 32 allies; the seeds have Sweden waiting and 31 allies.",
    ),
    [
        [
            S(
                "BRUSSELS, March 11 – Sweden's blue and yellow flag was hoisted outside NATO headquarters on Monday, "
                "four days after the country became the alliance's 32nd member.",
                "changed",
                ["sweden-member", "alliance-32"],
                "Sweden's accession and the new count.",
            ),
            S(
                "Two Swedish officers raised it in heavy rain between the flags of Spain and Turkey, watched by "
                "Crown Princess Victoria and Prime Minister Ulf Kristersson."
            ),
        ],
        [
            S(
                "Kristersson had handed Sweden's instrument of accession to Secretary of State Antony Blinken in "
                "Washington on Thursday, completing a process that began when Stockholm applied in May 2022.",
                "changed",
                "sweden-member",
                "The accession itself, retold.",
            ),
            S(
                "For the first time, 32 flags are flying together, Secretary General Jens Stoltenberg said, "
                "welcoming Sweden under the shield of Article 5.",
                "changed",
                "alliance-32",
                "Count 32 against the seeds' 31.",
            ),
        ],
        [
            S(
                "Sweden and Finland gave up long traditions of non-alignment after Russia's full-scale invasion of "
                "Ukraine, and Finland was admitted last April.",
                "known",
                None,
                "Seed 001: both dropped non-alignment; Finland admitted.",
            ),
            S(
                "Sweden's bid was held up far longer, first by Turkey, whose parliament ratified it in January, and "
                "then by Hungary, the last ally to do so, on February 26.",
                "changed",
                ["turkey-ratified-sweden", "hungary-ratified-sweden"],
                "Status steps: Turkey ratified, Hungary the last to ratify.",
            ),
            S(
                "Moscow has warned both countries of countermeasures for joining.",
                "known",
                None,
                "Seed 001: Russia threatened Finland and Sweden.",
            ),
        ],
        [
            S(
                "Stoltenberg said Sweden's accession showed once again that NATO's door remained open and that no "
                "one could close it.",
                "known",
                None,
                "Seed 000: the open door; a general restatement.",
                ["irrelevant"],
            ),
            S(
                "As they spoke, he added, the people of Ukraine were fighting for the same values of freedom and "
                "democracy."
            ),
            S(
                "Kristersson said Sweden was now an ally among allies, after more than 200 years of military "
                "non-alignment.",
                "changed",
                "sweden-member",
                "Sweden a member, retold.",
            ),
        ],
        [
            S(
                "Ukraine, which allies told in Vilnius last July that its future lies in NATO, has been given no "
                "date for an invitation, and allies say it cannot join while the war goes on.",
                "known",
                None,
                "Seeds 000/003: future in NATO, no timeline, only after the war.",
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# L04 Finland's security agreement, the eighth (on topic: bilateral agreement, terms, Sweden retold)
article(
    ARTICLES,
    "l-2024-04-03-finland-agreement-kyiv",
    "2024-04-03T16:00:00+00:00",
    "https://ukranews.com/en/news/996487-zelenskyy-signs-security-deal-with-finnish-president-stubb",
    S(
        "Finland signs ten-year security agreement with Ukraine during Stubb's visit to Kyiv",
        "changed",
        "finland-agreement",
        "A newly concluded bilateral agreement; the seed has only the UK's.",
    ),
    [
        [
            S(
                "KYIV, April 3 – Finnish President Alexander Stubb and Volodymyr Zelensky signed an agreement on "
                "security cooperation and long-term support in Kyiv on Wednesday, making Finland the eighth country "
                "to conclude such a pact with Ukraine.",
                "changed",
                "finland-agreement",
                "New agreement and the count of eight.",
            ),
            S(
                "It was Stubb's first visit to Ukraine since he succeeded Sauli Niinisto as president last month."
            ),
        ],
        [
            S(
                "The agreement runs for ten years and commits Helsinki to long-term military and financial help, "
                "as well as cooperation on reforms, reconstruction and the protection of Ukraine's borders and "
                "energy grid.",
                "new",
                "finland-terms",
                "Term and scope of the Finnish agreement.",
            ),
            S(
                "It also states that Finland supports Ukraine's future membership of both the European Union and "
                "NATO.",
                "known",
                None,
                "Seeds 000/003: Ukraine's future is in NATO; support restated.",
                ["new"],
            ),
            S(
                "Stubb announced a further defence package worth about 188 million euros, including air defence "
                "equipment and artillery ammunition, which brings Finland's aid since 2022 to nearly 2 billion "
                "euros.",
                "new",
                "finland-aid",
                "Aid figure announced with the agreement (optional by convention).",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "Stubb told a joint news conference that the help was meant not only to let Ukraine defend itself "
                "but to let it win the war."
            ),
            S(
                "Zelensky thanked him and said the document showed that Finland would keep standing with Ukraine "
                "against Russian aggression."
            ),
        ],
        [
            S(
                "Like the seven earlier pacts, the first of them Britain's in January, it puts into practice the "
                "declaration the Group of Seven made at the Vilnius summit last July, which 32 countries have now "
                "joined.",
                "changed",
                "finland-agreement",
                "Seven earlier agreements: a count the seed (UK only) does not have; 32 signatories is known.",
            ),
            S(
                "The agreements provide for consultations within 24 hours if Russia attacks again but contain no "
                "mutual defence obligation, and they are due to expire once Ukraine becomes a member of the "
                "alliance.",
                "known",
                None,
                "Seed 003: 24-hour consultation, no Article 5, expiry on accession.",
            ),
        ],
        [
            S(
                "Finland itself joined NATO a year ago this week, and Sweden became the alliance's 32nd member last "
                "month.",
                "changed",
                ["sweden-member", "alliance-32"],
                "Sweden a member and 32 allies, retold in passing.",
            ),
            S(
                "The visit came as Russia kept up its strikes on Ukraine's power plants and Kyiv pressed allies for "
                "more air defence."
            ),
        ],
        [
            S(
                "Stubb said Finland, which shares a long border with Russia, knew from its own history what was at "
                "stake, and that the ten-year pact was proof of a long-term commitment.",
                "new",
                "finland-terms",
                "The ten-year term retold.",
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# L05 Paris emergency meeting: Starmer's troop offer, Scholz and Tusk (on topic: guarantees, office holders)
article(
    ARTICLES,
    "l-2025-02-17-paris-emergency-meeting",
    "2025-02-17T20:00:00+00:00",
    "https://www.dawn.com/news/1892681",
    S(
        "Starmer ready to send troops as European leaders meet in Paris on Ukraine",
        "new",
        "starmer-troops",
        "British troops as part of a guarantee: no seed counterpart.",
    ),
    [
        [
            S(
                "PARIS, February 17 – European leaders met at the Elysee Palace on Monday to discuss how to "
                "guarantee Ukraine's security after any ceasefire, after the Trump administration moved to open "
                "talks with Russia without them.",
                "new",
                "paris-meeting-2025",
                "European talks on post-ceasefire guarantees.",
            ),
            S(
                "President Emmanuel Macron called the meeting at short notice, days after Vice President JD Vance "
                "attacked European governments at the Munich Security Conference."
            ),
        ],
        [
            S(
                "British Prime Minister Keir Starmer said he was prepared to consider deploying British forces to "
                "Ukraine alongside others if a lasting peace agreement was reached.",
                "new",
                "starmer-troops",
                "Troop offer as part of a guarantee.",
            ),
            S(
                "But there had to be a US backstop, he said, because only an American security guarantee could "
                "effectively deter Russia from attacking Ukraine again.",
                "new",
                "starmer-backstop",
                "A US backstop as condition of the guarantee.",
            ),
        ],
        [
            S(
                "German Chancellor Olaf Scholz called the debate about sending peacekeepers completely premature and "
                "highly inappropriate while the war was still going on.",
                "new",
                "scholz-premature",
                "An ally's reluctance on the guarantee force.",
            ),
            S(
                "Polish Prime Minister Donald Tusk said Poland did not plan to send soldiers to Ukraine, but that "
                "transatlantic relations had entered a new phase.",
                "new",
                "tusk-no-troops",
                "Poland will not contribute troops to the guarantee force.",
            ),
        ],
        [
            S(
                "NATO Secretary General Mark Rutte, who took over from Jens Stoltenberg in October, attended "
                "alongside the leaders of Germany, Britain, Italy, Poland, Spain, the Netherlands and Denmark.",
                "changed",
                "rutte-sg",
                "Stoltenberg, the seeds' Secretary General, replaced by Rutte.",
            ),
            S(
                "Macron spoke to President Donald Trump by telephone shortly before the talks began."
            ),
        ],
        [
            S(
                "The meeting followed a visit to Brussels by Defence Secretary Pete Hegseth, who told allies last "
                "Wednesday that NATO membership for Ukraine was not a realistic outcome of a negotiated settlement.",
                "contradicted",
                "hegseth-not-realistic",
                "US denial of membership as an outcome.",
            ),
            S(
                "Hegseth, who replaced Lloyd Austin at the Pentagon last month, made the remarks at his first "
                "meeting of the group that coordinates military aid for Kyiv.",
                "changed",
                "hegseth-defence",
                "Austin, named in seed 000, replaced by Hegseth.",
            ),
            S(
                "He also said any troops deployed to Ukraine as peacekeepers should not be part of a NATO mission "
                "and would not be covered by Article 5.",
                "new",
                "hegseth-no-article5",
                "Design of the guarantee force: not NATO, no Article 5.",
            ),
        ],
        [
            S(
                "Kyiv, which allies promised at their Washington summit last July an irreversible path to "
                "membership, has insisted that no guarantee can replace it.",
                "known",
                None,
                "Seeds 003: irreversible path; guarantees no substitute for membership.",
            ),
            S("American and Russian officials are due to meet in Riyadh on Tuesday."),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# L06 Riyadh: Lavrov rules out NATO troops (on topic: Russian objection, retold Paris and Hegseth, office)
article(
    ARTICLES,
    "l-2025-02-18-riyadh-lavrov-troops",
    "2025-02-18T18:00:00+00:00",
    "https://zambianobserver.com/russia-wont-accept-nato-troops-in-ukraine-lavrov-says-after-talks-with-us/",
    S(
        "Lavrov rules out NATO troops in Ukraine after Riyadh talks with Rubio",
        "new",
        "lavrov-troops",
        "Russian rejection of allied troops as a guarantee.",
    ),
    [
        [
            S(
                "RIYADH, February 18 – Russia will not accept troops from NATO countries in Ukraine under any peace "
                "deal, Foreign Minister Sergei Lavrov said on Tuesday after talks with a US delegation led by "
                "Secretary of State Marco Rubio.",
                "new",
                "lavrov-troops",
                "Russian rejection of a guarantee force.",
            ),
            S(
                "The four and a half hours of talks in the Saudi capital were the first face-to-face meeting of "
                "senior American and Russian officials since the full-scale invasion, and neither Ukraine nor any "
                "European government took part."
            ),
        ],
        [
            S(
                "The two sides agreed to restore staff at their embassies and to name teams to work on ending the "
                "war, Rubio said, calling it the first step of a long and difficult journey."
            ),
            S("Any settlement would require concessions by all sides, he said."),
        ],
        [
            S(
                "Lavrov told reporters that troops from NATO countries under another flag, whether that of the "
                "European Union or their own national flags, would change nothing and were unacceptable to Moscow.",
                "new",
                "lavrov-troops",
                "Same rejection, in more detail.",
            ),
            S(
                "He said the Russian side had also explained that NATO's expansion, and Ukraine's absorption into "
                "the alliance, was a direct threat to Russia's sovereignty.",
                "known",
                None,
                "Restates Putin's 'direct threat' (seed 000); convention: known, alt contradicted.",
                ["contradicted"],
            ),
        ],
        [
            S(
                "His remarks were a rebuff to Keir Starmer, who said on Sunday that Britain was ready to put troops "
                "on the ground in Ukraine if a lasting peace was agreed.",
                "new",
                "starmer-troops",
                "Starmer's troop offer retold.",
            ),
            S(
                "At an emergency meeting in Paris on Monday, European leaders were split over the idea, with "
                "Germany's Olaf Scholz calling it premature.",
                "new",
                "scholz-premature",
                "Scholz's reluctance retold.",
            ),
        ],
        [
            S(
                "The American delegation also included envoy Steve Witkoff and Mike Waltz, the national security "
                "adviser."
            ),
            S(
                "Waltz took over that post from Jake Sullivan in January, when Donald Trump returned to the White "
                "House.",
                "changed",
                "waltz-nsa",
                "Sullivan, named in the seeds, replaced by Waltz.",
            ),
            S(
                "He told reporters that any lasting deal would have to include discussion of territory as well as "
                "of security guarantees.",
                "new",
                "waltz-territory-guarantees",
                "Guarantees on the agenda of a settlement; thin, so optional.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "Last week Defence Secretary Pete Hegseth told allies in Brussels that NATO membership for Ukraine "
                "was not a realistic outcome of the negotiations.",
                "contradicted",
                "hegseth-not-realistic",
                "US denial retold.",
            ),
            S(
                "Zelensky, visiting Turkey, said Ukraine would not recognise any agreement reached without it and "
                "postponed a planned trip to Saudi Arabia."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# L07 The US National Security Strategy on NATO enlargement (on topic: denial, draft plan, office holders)
article(
    ARTICLES,
    "l-2025-12-05-us-security-strategy",
    "2025-12-05T15:00:00+00:00",
    "https://www.like123.com/news/the-new-us-security-strategy-includes-a-clause-on-containing-nato-expansion-and-criticism-of-europe",
    S(
        "New US security strategy vows to end NATO's image as an ever-expanding alliance",
        "contradicted",
        "nss-no-expansion",
        "A US government pledge against enlargement, hence against Ukraine joining.",
        ["new"],
    ),
    [
        [
            S(
                "WASHINGTON, December 5 – The Trump administration's new National Security Strategy lists among "
                "American goals ending the perception, and preventing the reality, of NATO as a perpetually "
                "expanding alliance.",
                "contradicted",
                "nss-no-expansion",
                "US policy against further enlargement; Ukraine not named, so new is defensible.",
                ["new"],
            ),
            S(
                "The document, published late on Thursday, does not mention Ukraine's bid by name, but in Europe "
                "the line was read as a further blow to Ukraine's hopes of joining.",
                "contradicted",
                "nss-no-expansion",
                "Same line, read as closing the door on Ukraine.",
                ["new"],
            ),
        ],
        [
            S(
                "The strategy calls a swift end to the fighting in Ukraine a core interest of the United States, "
                "needed to stabilise European economies and to restore strategic stability with Russia."
            ),
            S(
                "It also accuses European governments of curbing free speech and warns that the continent risks "
                "civilizational erasure."
            ),
        ],
        [
            S(
                "The line on enlargement sits uneasily with the declaration allies signed at their Washington summit "
                "in July 2024, which called Ukraine's path to membership irreversible.",
                "known",
                None,
                "Seed 003: the irreversible path.",
            ),
            S(
                "At Vilnius a year earlier they had said that Ukraine's future lay in NATO and that it would be "
                "invited to join when allies agreed and conditions were met.",
                "known",
                None,
                "Seeds 000/003: future in NATO; invitation when allies agree and conditions are met.",
            ),
        ],
        [
            S(
                "The document was released as Ukrainian negotiators met Steve Witkoff and Jared Kushner in Miami to "
                "discuss the US plan to end the war."
            ),
            S(
                "Kyiv's delegation is led by Rustem Umerov, who moved from the defence ministry to become secretary "
                "of the National Security and Defence Council in July.",
                "changed",
                "umerov-nsdc",
                "Seeds: Umerov defence minister, Danilov NSDC secretary; both offices changed.",
            ),
            S(
                "He also took over as chief negotiator after Andriy Yermak resigned as head of the presidential "
                "office last week.",
                "changed",
                "yermak-out",
                "Yermak, the seeds' head of the President's Office, has left it.",
            ),
        ],
        [
            S(
                "The first version of the US plan, leaked last month, would have had Ukraine write into its "
                "constitution that it would never join NATO.",
                "contradicted",
                "us-draft-renounce",
                "US draft requiring Ukraine to renounce membership.",
            ),
            S(
                "Kyiv has refused to give up its membership goal in writing, and its negotiators have instead "
                "pressed for binding American guarantees that would work like the alliance's Article 5.",
                "new",
                "kyiv-article5-guarantees",
                "Article 5-like guarantees sought: no seed counterpart.",
            ),
        ],
        [
            S(
                "Marco Rubio, the secretary of state, has also served as national security adviser since Mike Waltz "
                "was moved out of that post in May.",
                "changed",
                "rubio-nsa",
                "Sullivan's office (seed 000) now held by Rubio.",
            ),
            S(
                "German Foreign Minister Johann Wadephul said the United States remained Germany's most important "
                "ally, but that questions of free speech were for Europeans to settle."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# L08 The Kremlin welcomes the strategy (on topic: retold denial, Russian demand, Miami framework, office)
article(
    ARTICLES,
    "l-2025-12-07-kremlin-welcomes-strategy",
    "2025-12-07T22:00:00+00:00",
    "https://www.newser.com/story/379961/kremlin-praises-trumps-shift-to-wariness-toward-europe.html",
    S(
        "Kremlin says new US strategy largely matches Moscow's vision",
        "new",
        "peskov-welcomes-nss",
        "Russia endorsing the US strategy; about the path only through its enlargement line.",
        ["irrelevant"],
    ),
    [
        [
            S(
                "MOSCOW, December 7 – The Kremlin welcomed the Trump administration's new National Security Strategy "
                "on Sunday, saying the changes it contained were largely consistent with Russia's own vision.",
                "new",
                "peskov-welcomes-nss",
                "Russian welcome of the strategy.",
                ["irrelevant"],
            ),
            S(
                "Spokesman Dmitry Peskov told state television that the document's statements against "
                "confrontation and in favour of dialogue were a positive step."
            ),
        ],
        [
            S(
                "Peskov singled out as encouraging the strategy's call to stop NATO from being a perpetually "
                "expanding alliance.",
                "contradicted",
                "nss-no-expansion",
                "The US line against enlargement retold, with Moscow's approval.",
                ["new"],
            ),
            S(
                "But he warned that what he called the American deep state could still stand in the way of the "
                "president's views."
            ),
        ],
        [
            S(
                "The strategy, released on Thursday, also calls for restoring strategic stability with Russia and "
                "makes a quick end to the war in Ukraine a core American interest."
            ),
            S(
                "Moscow has long demanded that Ukraine drop its bid to join NATO and that the alliance promise in "
                "writing never to admit it.",
                "contradicted",
                "russia-renounce-demand",
                "Russian demand to renounce membership (convention: contradicted, new accepted).",
                ["new"],
            ),
        ],
        [
            S(
                "In Miami, American and Ukrainian negotiators agreed on a framework of security arrangements after "
                "two days of talks, the State Department said on Friday, and discussed the deterrence needed to "
                "sustain a lasting peace.",
                "new",
                "miami-security-framework",
                "A US-Ukraine framework of security arrangements: no seed counterpart.",
            ),
            S(
                "Ukraine's team was led by Rustem Umerov, who has headed the National Security and Defence Council "
                "since July, together with the chief of the General Staff, Andriy Hnatov.",
                "changed",
                "umerov-nsdc",
                "Umerov now NSDC secretary, not defence minister; Danilov's office changed hands.",
            ),
            S(
                "Both sides said real progress depended on Russia showing that it was serious about a long-term "
                "peace."
            ),
        ],
        [
            S(
                "Trump said later on Sunday that he was disappointed Zelensky had not yet read the latest version "
                "of the US proposal."
            ),
        ],
        [
            S(
                "The allies declared at their Washington summit last year that Ukraine's path to membership was "
                "irreversible, language the new US strategy does not repeat.",
                "known",
                None,
                "Seed 003: the irreversible path.",
            ),
            S(
                "Ukraine has kept membership of the alliance as its goal, which has been written into its "
                "constitution since 2019.",
                "known",
                None,
                "Seed 004: the 2019 constitutional amendment.",
            ),
        ],
    ],
    True,
)

# ============================================================================================
# NEAR OR OFF TOPIC (4)
# ============================================================================================

# --------------------------------------------------------------------------------------------
# L09 EU opens accession talks as Orban leaves the room (off topic: EU enlargement; incidental Sweden line)
article(
    ARTICLES,
    "l-2023-12-14-eu-opens-talks-orban",
    "2023-12-14T22:00:00+00:00",
    "https://dunyanews.tv/en/World/777735-EU-summit-decides-to-launch-membership-talks-with-Ukraine",
    S("EU agrees to open membership talks with Ukraine after Orban leaves the room"),
    [
        [
            S(
                "BRUSSELS, December 14 – European Union leaders agreed on Thursday to open accession negotiations "
                "with Ukraine and Moldova, overcoming weeks of threats by Hungarian Prime Minister Viktor Orban to "
                "block the decision."
            ),
            S(
                "Diplomats said Orban stepped out of the room while the other 26 leaders took the decision, which "
                "requires unanimity."
            ),
        ],
        [
            S(
                "Orban said on Facebook that Ukraine was not ready and that Hungary did not want to take part in a "
                "bad decision."
            ),
            S(
                "Several diplomats said German Chancellor Olaf Scholz had suggested that he leave the room."
            ),
        ],
        [
            S("Zelensky called the decision a victory for Ukraine and for all of Europe."),
            S(
                "The leaders also granted candidate status to Georgia and said talks with Bosnia would open once it "
                "met the necessary criteria."
            ),
        ],
        [
            S(
                "Hours later Orban blocked a 50 billion euro support package for Ukraine from the bloc's budget, "
                "leaving it to be taken up again early next year."
            ),
            S(
                "The leaders also welcomed agreement on a 12th package of sanctions on Russia, targeting its diamonds."
            ),
        ],
        [
            S(
                "Budapest has been slow on another enlargement as well: its parliament has yet to ratify Sweden's "
                "membership of NATO, leaving Stockholm waiting on Hungary as well as Turkey.",
                "changed",
                "hungary-pending-sweden",
                "Seed 001 has Sweden waiting only on Turkey.",
                ["new"],
            ),
            S(
                "Accession talks with the EU are expected to take years, and Kyiv still has to complete reforms on "
                "corruption and the rights of minorities."
            ),
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# L10 US approves the F-16 sale to Turkey (near topic: arms sale; incidental Sweden status lines)
article(
    ARTICLES,
    "l-2024-01-27-f16-turkey-sale",
    "2024-01-27T10:00:00+00:00",
    "https://en.armradio.am/2024/01/27/us-approves-f-16-fighter-jet-sale-to-turkey-worth-23bn/",
    S("US approves 23 billion dollar sale of F-16 fighter jets to Turkey"),
    [
        [
            S(
                "WASHINGTON, January 27 – The Biden administration has approved the sale of 40 new F-16 fighter "
                "jets to Turkey, along with kits to modernise 79 more, in a deal worth 23 billion dollars."
            ),
            S(
                "The State Department notified Congress late on Friday, hours after Turkey deposited in Washington "
                "its instrument ratifying Sweden's accession to NATO.",
                "changed",
                "turkey-ratified-sweden",
                "Status step: Turkey has ratified (the seed has Sweden waiting on it).",
            ),
        ],
        [
            S(
                "It also approved the sale of 40 F-35 jets to Greece for 8.6 billion dollars, seeking a balance "
                "between two allies with a history of tense relations."
            ),
            S(
                "Senator Ben Cardin, chairman of the Senate Foreign Relations Committee, said his approval of the "
                "Turkish request had depended on Ankara's vote on Sweden."
            ),
            S("He said it was not a decision he had taken lightly."),
        ],
        [
            S(
                "Turkey first asked for the jets in October 2021, and the long delay strained relations between "
                "Washington and Ankara."
            ),
            S(
                "Congress has 15 days to object, but officials do not expect it to block either sale."
            ),
            S("Lockheed Martin is the main contractor for both deals."),
        ],
        [
            S(
                "Hungary is now the last ally yet to approve Sweden's membership, and Prime Minister Viktor Orban "
                "has invited his Swedish counterpart to Budapest to discuss it.",
                "changed",
                "hungary-pending-sweden",
                "Hungary the last holdout: a status value the seed does not have.",
                ["new"],
            ),
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# L11 Poltava strike and Kuleba's resignation (off topic: strike; incidental office holder)
article(
    ARTICLES,
    "l-2024-09-04-poltava-strike-kuleba",
    "2024-09-04T12:00:00+00:00",
    "https://www.wdbo.com/news/world/ukraines-foreign/QH6JCUO6WNH4TBUZ2I6B4OIWSQ/",
    S("Poltava death toll passes 50 as Kyiv begins a government reshuffle"),
    [
        [
            S(
                "KYIV, September 4 – The number of people killed by two Russian ballistic missiles that hit a "
                "military institute in Poltava rose above 50 on Wednesday, making it one of the deadliest single "
                "strikes of the war."
            ),
            S(
                "More than 200 people were wounded when the missiles struck the Military Institute of Communications "
                "and a nearby hospital on Tuesday, shortly after an air raid alert."
            ),
        ],
        [
            S(
                "The defence ministry said many people were on their way to shelters when the missiles hit."
            ),
            S(
                "Overnight, a Russian strike on the western city of Lviv, near the Polish border, killed seven "
                "people, among them children."
            ),
        ],
        [
            S(
                "Foreign Minister Dmytro Kuleba, who has led Ukraine's diplomacy since 2020, submitted his "
                "resignation on Wednesday ahead of the biggest cabinet reshuffle since the full-scale invasion.",
                "changed",
                "kuleba-out",
                "Kuleba, the seeds' foreign minister, leaves the office.",
            ),
            S(
                "Parliamentary speaker Ruslan Stefanchuk said lawmakers would consider it at their next session."
            ),
            S(
                "His first deputy, Andrii Sybiha, was widely tipped to succeed him.",
                "changed",
                "sybiha-fm",
                "Tipped successor only (convention: changed but optional).",
                ["irrelevant"],
            ),
            S(
                "Four other ministers, among them the minister for strategic industries, Oleksandr Kamyshin, "
                "resigned late on Tuesday."
            ),
        ],
        [
            S(
                "Zelensky said last week that a reshuffle was coming as the war heads into a hard winter, with "
                "Russian strikes having knocked out much of Ukraine's power generation."
            ),
            S(
                "He again urged allies to deliver more air defence systems and to let Ukraine hit military targets "
                "deep inside Russia with Western long-range weapons."
            ),
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# L12 Kharlan leads Ukraine to team sabre gold (off topic: sport)
article(
    ARTICLES,
    "l-2024-08-03-kharlan-sabre-gold",
    "2024-08-03T19:00:00+00:00",
    "https://kstp.com/associated-press/ap-national-sports/ukraine-wins-its-first-gold-medal-of-the-paris-olympics-in-womens-team-saber-fencing/",
    S("Kharlan leads Ukraine to first Paris gold in women's team sabre"),
    [
        [
            S(
                "PARIS, August 3 – Ukraine won its first gold medal of the Paris Olympics on Saturday, coming back "
                "from six points down to beat South Korea 45-42 in the final of the women's team sabre."
            ),
            S(
                "Olha Kharlan, who had taken bronze in the individual event on Monday, came on for the last leg with "
                "her team trailing 40-37 and outscored her opponent 8-2."
            ),
        ],
        [
            S(
                "She scored 22 touches in all at the Grand Palais, where the crowd chanted her name."
            ),
            S(
                "It was the sixth Olympic medal of a career that began with team sabre gold in Beijing in 2008, when "
                "she was 17."
            ),
        ],
        [
            S(
                "A year ago she was disqualified from the world championships in Milan for refusing to shake hands "
                "with a Russian opponent, which briefly put her place in Paris in doubt."
            ),
            S("The International Olympic Committee later guaranteed her a spot at the Games."),
            S(
                "She told reporters that a year ago she had almost given up fencing, and that the story had ended "
                "well."
            ),
        ],
        [
            S(
                "The team of Kharlan, Yuliia Bakastova, Olena Kravatska and Alina Komashchuk also won Ukraine's "
                "second gold in the event, after Beijing."
            ),
            S("Zelensky thanked the fencers for showing that Ukrainians know how to win."),
            S("Japan beat top-ranked France 45-40 for the bronze."),
        ],
    ],
    False,
)
