"""Article set i: the articles, sentence by sentence with their gold (`python3 ../build.py set_i`)."""

from corpus import S, article

CHANNEL = "Article set i: Ukraine, NATO and beyond"
DESCRIPTION = "12 articles rewritten from real 2024-2025 coverage (links point at the originals)."
ARTICLES: list = []

# ============================================================================================
# ON TOPIC (8)
# ============================================================================================

# --------------------------------------------------------------------------------------------
# I01 Germany agreement in Berlin, France the same evening (on topic: bilateral count)
article(
    ARTICLES,
    "i-2024-02-16-germany-agreement",
    "2024-02-16T20:30:00+00:00",
    "https://allnewspress.com/scholz-and-zelensky-sign-security-agreement/",
    S(
        "Scholz and Zelensky sign security agreement in Berlin",
        "changed",
        "germany-agreement",
        "Another concluded bilateral agreement; the seed has only the UK's.",
    ),
    [
        [
            S(
                "BERLIN, February 16 – Chancellor Olaf Scholz and President Volodymyr Zelensky signed a bilateral "
                "agreement on security commitments and long-term support for Ukraine at the Chancellery on Friday, "
                "making Germany the second country after Britain to conclude such a pact with Kyiv.",
                "changed",
                "germany-agreement",
                "A further concluded agreement; count two against the seed's one.",
            ),
            S(
                "Scholz called it a historic step and wrote on X that Germany would keep backing Ukraine against "
                "Russia's war of aggression.",
                "changed",
                "germany-agreement",
                "Refers to the signing; vague as a comment.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "The agreement runs for ten years and commits Berlin to helping Ukraine build modern, robust armed "
                "forces able to deter any future attack, the chancellor told a joint press conference.",
                "new",
                "germany-agreement-terms",
                "The ten-year term has no seed counterpart; deterrent forces are seed 003.",
            ),
            S(
                "Should Russia attack again, the two governments are to consult within 24 hours on what Ukraine needs "
                "to defend itself.",
                "known",
                None,
                "Seed 003: consultation within 24 hours.",
            ),
        ],
        [
            S(
                "Scholz also announced a further military aid package worth 1.13 billion euros, including 36 "
                "howitzers, 120,000 artillery rounds and two more IRIS-T air defence systems.",
                "new",
                "germany-aid",
                "Aid announced with the agreement.",
                ["irrelevant"],
            )
        ],
        [
            S(
                "The text states that Germany regards Ukraine's future as lying in NATO and will support the reforms "
                "needed on its way to membership.",
                "known",
                None,
                "Seeds 000/003: Ukraine's future is in NATO.",
                ["new"],
            ),
            S(
                "Like the British pact, it is designed to be superseded once Ukraine becomes a member of the "
                "alliance.",
                "known",
                None,
                "Seed 003: the agreements expire once Ukraine achieves membership.",
            ),
        ],
        [
            S(
                "Andriy Yermak, the head of Zelensky's office, led the Ukrainian side in months of talks on the "
                "text.",
                "known",
                None,
                "Seed 001: Yermak's talks on guarantees; office holder as in the seed.",
            ),
            S(
                "Britain signed the first such agreement in Kyiv in January.",
                "known",
                None,
                "Seed 003: the UK was first, on 12 January 2024.",
            ),
            S(
                "The pacts follow a declaration the Group of Seven issued at NATO's summit in Vilnius last July, "
                "which more than 30 countries have since joined.",
                "known",
                None,
                "Seed 003: G7 declaration, 32 signatories (consistent with 'more than 30').",
            ),
        ],
        [
            S(
                "Zelensky then flew to Paris, where he signed a similar ten-year agreement with President Emmanuel "
                "Macron in the evening.",
                "changed",
                "france-agreement",
                "Another concluded agreement (France).",
            ),
            S(
                "On Saturday he is to address the Munich Security Conference, where he is expected to meet US Vice "
                "President Kamala Harris."
            ),
        ],
        [
            S(
                "The visit comes as Ukrainian forces, short of ammunition, struggle to hold the eastern town of "
                "Avdiivka."
            ),
            S("A 60-billion-dollar US aid package remains stalled in Congress."),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# I02 France agreement in Paris, retelling the German one (on topic: bilateral count)
article(
    ARTICLES,
    "i-2024-02-17-france-agreement",
    "2024-02-17T06:10:00+00:00",
    "https://www.arkansasonline.com/news/2024/feb/17/ukraine-germany-france-ink-accords/",
    S(
        "Ukraine and France ink 10-year security accord hours after German deal",
        "changed",
        ["france-agreement", "germany-agreement"],
        "Two further concluded agreements (France, Germany).",
    ),
    [
        [
            S(
                "PARIS, February 16 – President Volodymyr Zelensky signed a ten-year bilateral security agreement "
                "with France in Paris on Friday, hours after concluding a similar one with Germany in Berlin.",
                "changed",
                ["france-agreement", "germany-agreement"],
                "Two further concluded agreements.",
            ),
            S("He was greeted at the Elysee Palace by President Emmanuel Macron."),
        ],
        [
            S(
                "Under the accord France will provide up to 3 billion euros in additional military aid this year, "
                "after 2.1 billion in 2023 and 1.7 billion in 2022.",
                "new",
                "france-aid",
                "Aid figure written into the agreement.",
                ["irrelevant"],
            ),
            S(
                "The outcome of Russia's war will be decisive for our interests, our values and our security, Macron "
                "told reporters."
            ),
        ],
        [
            S(
                "The document is meant to stay in force for ten years and for as long as Ukraine is not a member of "
                "NATO, according to the Elysee.",
                "new",
                "france-agreement-terms",
                "Ten-year term (new); lapsing on membership is seed 003.",
            ),
            S(
                "It provides for consultations within 24 hours should Russia launch a new attack, and says France "
                "regards Ukraine's future membership of the alliance as a useful contribution to peace and stability "
                "in Europe.",
                "known",
                None,
                "Seed 003: 24-hour consultation; seeds: future in NATO.",
                ["new"],
            ),
        ],
        [
            S(
                "Macron said the bilateral agreements had a collective dimension, since Britain and Germany had "
                "already signed theirs and all G7 countries and 25 others were following the same path.",
                "changed",
                "germany-agreement",
                "Germany's signing (changed); the UK's and the 7 + 25 = 32 signatories are known.",
            ),
            S(
                "“Ukraine has never yet had more valuable and stronger documents,” Zelensky said, adding that further "
                "deals were being negotiated with other partners.",
                "known",
                None,
                "Seed 003: other agreements under negotiation.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "In Kyiv the agreements are seen as a bridge until the country can join NATO, something Zelensky has "
                "said they cannot replace.",
                "known",
                None,
                "Seeds 003: assistance as a 'bridge'; guarantees no substitute for membership.",
            ),
            S(
                "Earlier in the day Chancellor Olaf Scholz pledged another 1.1 billion euros' worth of weapons, "
                "including howitzers and air defence systems.",
                "new",
                "germany-aid",
                "Aid announced with the German agreement.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "Macron also warned that Europe's security could not depend on the outcome of the American "
                "presidential election."
            ),
            S(
                "Donald Trump, the likely Republican nominee, said last weekend that he would encourage Russia to do "
                "whatever it wanted to NATO members that did not pay enough for their defence."
            ),
        ],
        [
            S(
                "News of the death in an Arctic prison of Russian opposition leader Alexei Navalny overshadowed the "
                "signing, and Macron said it showed the hardening of Putin's regime."
            )
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# I03 Rutte appointed secretary general (on topic: office holder)
article(
    ARTICLES,
    "i-2024-06-26-rutte-appointed",
    "2024-06-26T14:20:00+00:00",
    "https://newstodaynet.com/2024/06/27/nato-appoints-mark-rutte-as-its-next-secretary-general/",
    S(
        "NATO appoints Dutch prime minister Mark Rutte as its next secretary general",
        "changed",
        "secgen-rutte",
        "Office holder: Stoltenberg (seeds) is to be succeeded by Rutte.",
    ),
    [
        [
            S(
                "BRUSSELS, June 26 – NATO ambassadors formally chose outgoing Dutch Prime Minister Mark Rutte on "
                "Wednesday to succeed Jens Stoltenberg as the alliance's secretary general.",
                "changed",
                "secgen-rutte",
                "Appointed successor of the seed's secretary general.",
            ),
            S(
                "Rutte will take up the post on October 1, when the Norwegian's term ends after a decade in "
                "charge.",
                "changed",
                "secgen-rutte",
                "Date of the handover; Stoltenberg's tenure ends.",
            ),
        ],
        [
            S(
                "The decision was sealed by the North Atlantic Council at the headquarters of the 32-nation alliance "
                "in Brussels.",
                "changed",
                "alliance-32",
                "Alliance size 32 against the seeds' 31.",
            ),
            S("Leaders will welcome him to their table at a summit in Washington on July 9-11."),
        ],
        [
            S(
                "His appointment became a formality last week after Romanian President Klaus Iohannis, the only "
                "other candidate, withdrew from the race.",
                "changed",
                "secgen-rutte",
                "Background of the succession.",
                ["irrelevant"],
            ),
            S(
                "Hungary dropped its objection after Rutte pledged to honour a deal under which Budapest will "
                "neither send personnel nor pay for NATO's activities in support of Ukraine, while not blocking "
                "them.",
                "new",
                "hungary-opt-out",
                "Hungary opts out of NATO's Ukraine support; not membership.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "“It is a great honour,” Rutte wrote on X, calling the alliance the cornerstone of collective "
                "security."
            ),
            S(
                "Stoltenberg described his successor as a true transatlanticist, a strong leader and a builder of "
                "consensus."
            ),
        ],
        [
            S(
                "As prime minister, Rutte signed a ten-year security agreement with Ukraine in Kharkiv in March and "
                "pushed to supply Kyiv with F-16 fighter jets.",
                "changed",
                "netherlands-agreement",
                "Another concluded bilateral agreement (the Netherlands).",
            ),
            S(
                "At the Washington summit, allies are expected to agree on new NATO steps to support Ukraine that they "
                "describe as a bridge to eventual membership, but not to issue an invitation.",
                "known",
                None,
                "Seed 003: assistance as a 'bridge'; no invitation.",
            ),
        ],
        [
            S(
                "Stoltenberg's mandate was extended several times, in part to ensure continuity after Russia's "
                "full-scale invasion of Ukraine in 2022.",
                "known",
                None,
                "Stoltenberg as secretary general, as in the seeds.",
                ["irrelevant"],
            ),
            S(
                "Rutte, 57, led four coalition governments over nearly 14 years and is known as a skilled "
                "negotiator."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# I04 Rutte takes office (on topic: office holders)
article(
    ARTICLES,
    "i-2024-10-01-rutte-takes-office",
    "2024-10-01T13:40:00+00:00",
    "https://babel.ua/en/news/111322-nato-got-a-new-secretary-general-he-became-the-ex-prime-minister-of-the-netherlands-mark-rutte",
    S(
        "Rutte takes over at NATO and puts Ukraine at the top of his agenda",
        "changed",
        "secgen-rutte",
        "Office holder: Stoltenberg -> Rutte.",
    ),
    [
        [
            S(
                "BRUSSELS, October 1 – Former Dutch prime minister Mark Rutte formally became NATO secretary general "
                "on Tuesday, replacing Jens Stoltenberg at a ceremony at the alliance's headquarters.",
                "changed",
                "secgen-rutte",
                "Stoltenberg -> Rutte.",
            ),
            S(
                "Stoltenberg handed his successor the wooden gavel Iceland gave NATO in 1963 and invited him to take "
                "the chair of the North Atlantic Council.",
                "changed",
                "secgen-rutte",
                "Ceremony of the same handover.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "In his first remarks as head of the alliance, Rutte said his second priority after keeping NATO "
                "strong was to step up support for Ukraine and bring it ever closer to membership.",
                "known",
                None,
                "Seed 003: support to bring Ukraine closer to NATO; Rutte's title is only implied.",
                ["new"],
            ),
            S("There can be no security in Europe without a strong, independent Ukraine, he said."),
        ],
        [
            S(
                "Asked by reporters about his plans, he said Ukraine must prevail as a sovereign, independent and "
                "democratic nation."
            ),
            S(
                "Rutte said he was not worried about the outcome of the US presidential election, since he had "
                "worked with both candidates."
            ),
        ],
        [
            S(
                "Stoltenberg, who led the 32-member alliance for ten years, said NATO was in good hands.",
                "changed",
                ["secgen-rutte", "alliance-32"],
                "'Who led' ends the seed's office holder; 32 allies against 31.",
            ),
            S(
                "In his final weeks in office he repeated that Ukraine would become a member and that the only "
                "question was when.",
                "known",
                None,
                "Seed 000: 'will become members', no date.",
            ),
        ],
        [
            S(
                "Kyiv welcomed the new secretary general, and Foreign Minister Andrii Sybiha, who replaced Dmytro "
                "Kuleba last month, said Ukraine counted on even closer cooperation.",
                "changed",
                "fm-sybiha",
                "Office holder: foreign minister Kuleba (seeds) -> Sybiha.",
            ),
            S(
                "Allies promised at their July summit in Washington that Ukraine's path to full membership was "
                "irreversible.",
                "known",
                None,
                "Seed 003: irreversible path.",
            ),
            S(
                "They have still not invited Kyiv to join.",
                "known",
                None,
                "Seed 003: no invitation.",
            ),
        ],
        [
            S("The Kremlin said it did not expect NATO's course to change under its new leader."),
            S("Rutte joked that Moscow had excellent sources on the matter."),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# I05 Hegseth in Brussels (on topic: US denial, guarantee model)
article(
    ARTICLES,
    "i-2025-02-12-hegseth-not-realistic",
    "2025-02-12T16:30:00+00:00",
    "https://euromaidanpress.com/2025/02/12/pentagon-chief-rules-out-ukraines-nato-membership-says-liberating-russian-occupied-territories-unrealistic",
    S(
        "Pentagon chief says NATO membership for Ukraine is not a realistic outcome",
        "contradicted",
        "hegseth-not-realistic",
        "The US government rules out membership as an outcome (conventions: contradicted).",
    ),
    [
        [
            S(
                "BRUSSELS, February 12 – The United States does not regard NATO membership for Ukraine as a "
                "realistic result of a negotiated settlement, Defence Secretary Pete Hegseth told Kyiv's backers on "
                "Wednesday.",
                "contradicted",
                "hegseth-not-realistic",
                "Denial of the membership prospect.",
            ),
            S(
                "He also called a return to Ukraine's pre-2014 borders an unrealistic objective, warning that "
                "chasing that illusionary goal would only prolong the war."
            ),
        ],
        [
            S(
                "Hegseth, who took over the Pentagon from Lloyd Austin last month, spoke at his first meeting of the "
                "Ukraine Defence Contact Group, the forum of some 50 countries that Austin set up in 2022 to "
                "coordinate arms for Kyiv.",
                "changed",
                "defsec-hegseth",
                "Office holder: US defence secretary Austin (seed 000) -> Hegseth.",
            ),
            S(
                "For the first time the meeting was chaired by Britain rather than the United States, and no new "
                "American aid package was announced."
            ),
        ],
        [
            S(
                "A durable peace must include robust security guarantees, Hegseth said, but they must be backed by "
                "capable European and non-European troops.",
                "new",
                "hegseth-guarantee-model",
                "Guarantees through non-US troops instead of membership; no seed counterpart.",
            ),
            S(
                "If such troops are ever deployed as peacekeepers, they should go as part of a non-NATO mission and "
                "should not be covered by Article 5, he said.",
                "new",
                "hegseth-guarantee-model",
                "Same model: no alliance cover.",
            ),
            S(
                "“To be clear, as part of any security guarantee, there will not be US troops deployed to Ukraine,” "
                "he added.",
                "new",
                "hegseth-guarantee-model",
                "Same model: no US troops.",
            ),
        ],
        [
            S(
                "He urged European allies to provide the overwhelming share of future aid and to raise defence "
                "spending to 5% of their economic output."
            )
        ],
        [
            S(
                "British Defence Secretary John Healey, who chaired the meeting, responded that Ukraine's rightful "
                "place was in NATO.",
                "known",
                None,
                "Seeds: Ukraine's future is in NATO.",
            ),
            S(
                "At their Washington summit last July, allied leaders declared Kyiv's path to membership "
                "irreversible.",
                "known",
                None,
                "Seed 003: irreversible path.",
            ),
            S(
                "They have never set a date for an invitation, saying it will come when allies agree and conditions "
                "are met.",
                "known",
                None,
                "Seed 000: no timeline; the Vilnius formula.",
            ),
        ],
        [
            S(
                "Kaja Kallas, the EU's foreign policy chief, said Ukraine's independence and territorial integrity "
                "were unconditional."
            ),
            S(
                "Hours after the speech, President Donald Trump said he had held a long phone call with Vladimir "
                "Putin and that the two had agreed to start negotiations immediately."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# I06 Trump: not practical (on topic: US denial; retells Hegseth)
article(
    ARTICLES,
    "i-2025-02-13-trump-not-practical",
    "2025-02-13T01:15:00+00:00",
    "https://www.dailymaverick.co.za/article/2025-02-12-trump-not-practical-for-ukraine-to-join-nato-get-back-all-land/",
    S(
        "Trump: not practical for Ukraine to join NATO, and ‘I'm OK with that’",
        "contradicted",
        "trump-not-practical",
        "The US president dismisses membership (conventions: contradicted).",
    ),
    [
        [
            S(
                "WASHINGTON, February 12 – President Donald Trump said on Wednesday he did not think it was practical "
                "for Ukraine to join NATO and that Kyiv was unlikely to get back all of its land.",
                "contradicted",
                "trump-not-practical",
                "Denial of the membership prospect.",
            ),
            S(
                "He spoke to reporters in the Oval Office after separate phone calls with Vladimir Putin and Volodymyr "
                "Zelensky, his first big step towards ending the war."
            ),
        ],
        [
            S(
                "“They've been saying that for a long time, that Ukraine cannot go into NATO, and I'm OK with that,” "
                "Trump said, referring to Moscow.",
                "contradicted",
                "trump-not-practical",
                "Accepts that Ukraine cannot join.",
            ),
            S(
                "He added that his new defence secretary, who had made a similar statement earlier in the day, was "
                "probably right.",
                "contradicted",
                ["trump-not-practical", "hegseth-not-realistic"],
                "Endorses Hegseth's denial.",
            ),
        ],
        [
            S(
                "In Brussels, Pete Hegseth had told Ukraine's allies that Washington did not see membership as a "
                "realistic outcome of a negotiated settlement.",
                "contradicted",
                "hegseth-not-realistic",
                "Hegseth's denial retold.",
            ),
            S(
                "He said any security guarantee should rest on European and non-European troops serving outside NATO "
                "and without Article 5 protection, with no American soldiers among them.",
                "new",
                "hegseth-guarantee-model",
                "Hegseth's guarantee model retold.",
            ),
        ],
        [
            S(
                "Trump said he expected to meet Putin, probably first in Saudi Arabia, and the Kremlin said Putin had "
                "invited him to Moscow."
            ),
            S(
                "Negotiations will be led by Secretary of State Marco Rubio, CIA Director John Ratcliffe, envoy Steve "
                "Witkoff and Mike Waltz, who took over from Jake Sullivan as national security adviser last month.",
                "changed",
                "nsa-waltz",
                "Office holder: national security adviser Sullivan (seed 000) -> Waltz.",
            ),
        ],
        [
            S(
                "The Kremlin said Putin told Trump that a settlement had to remove the root causes of the conflict, a "
                "phrase Moscow has used for NATO's expansion towards Russia's borders.",
                "known",
                None,
                "Seed 000: Putin called enlargement a 'direct threat'.",
                ["contradicted"],
            )
        ],
        [
            S(
                "The Biden administration had backed the alliance's pledge that Ukraine's future lies in NATO, while "
                "holding that Kyiv could join only after the fighting stops.",
                "known",
                None,
                "Seeds 000/001: future in NATO; membership only after the war.",
            ),
            S(
                "Zelensky has long argued that no bilateral security pact can substitute for membership.",
                "known",
                None,
                "Seed 003: the agreements cannot substitute for membership.",
            ),
            S(
                "He said his call with Trump had been meaningful and that they had discussed the chances of "
                "peace."
            ),
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# I07 Zelensky offers to drop the NATO bid (on topic)
article(
    ARTICLES,
    "i-2025-12-14-zelensky-drop-bid",
    "2025-12-14T15:40:00+00:00",
    "https://bhutannation.com/zelenskyy-offers-to-drop-nato-bid-for-security-guarantees-but-rejects-us-push-to-cede-territory",
    S(
        "Zelensky offers to drop NATO bid in exchange for Western security guarantees",
        "contradicted",
        "zelensky-drop-bid",
        "Kyiv ready to give up membership for guarantees, against seed 003 (guarantees "
        "cannot substitute for membership).",
        ["new"],
    ),
    [
        [
            S(
                "BERLIN, December 14 – President Volodymyr Zelensky said on Sunday that Ukraine was ready to give up "
                "its bid to join NATO in return for legally binding security guarantees from the United States and "
                "European partners.",
                "contradicted",
                "zelensky-drop-bid",
                "The offer to abandon the bid.",
                ["new"],
            ),
            S(
                "He spoke as he arrived at the Chancellery in Berlin for talks with Trump's special envoy Steve "
                "Witkoff and the president's son-in-law Jared Kushner."
            ),
        ],
        [
            S(
                "From the very beginning Ukraine's wish had been to join the alliance, Zelensky told reporters in a "
                "WhatsApp chat, but some partners in the United States and Europe had not supported that "
                "direction.",
                "contradicted",
                "allies-oppose-membership",
                "Reports the US and European allies opposing membership.",
                ["new"],
            ),
            S(
                "Bilateral guarantees from Washington resembling Article 5, together with commitments from European "
                "countries, Canada and Japan, were an opportunity to prevent another Russian invasion, he said.",
                "new",
                "us-article5-berlin",
                "Article-5-like US guarantee; no seed counterpart.",
            ),
        ],
        [
            S(
                "“And this is already a compromise on our part,” Zelensky said.",
                "contradicted",
                "zelensky-drop-bid",
                "Same offer; vague on its own.",
                ["new", "irrelevant"],
            ),
            S(
                "He insisted that any such guarantees be legally binding and approved by the US Congress.",
                "new",
                "us-article5-berlin",
                "Condition on the same guarantee.",
            ),
        ],
        [
            S(
                "Zelensky rejected an American proposal that Ukrainian troops leave the part of Donetsk region they "
                "still hold so that it could become a demilitarised free economic zone."
            ),
            S("A ceasefire along the current front line would be a fair option, he said."),
        ],
        [
            S(
                "Zelensky has long insisted that no bilateral pact could stand in for a seat in the alliance.",
                "known",
                None,
                "Seed 003: guarantees cannot substitute for membership.",
            ),
            S(
                "Ukraine wrote the goal of NATO membership into its constitution in 2019.",
                "known",
                None,
                "Seed 004: the 2019 constitutional amendment.",
            ),
            S(
                "Allied leaders declared at their Washington summit last year that its path to membership was "
                "irreversible.",
                "known",
                None,
                "Seed 003: irreversible path.",
            ),
        ],
        [
            S(
                "Moscow has demanded that Kyiv formally renounce its NATO ambitions and pull its forces out of the "
                "Donbas as conditions for peace.",
                "contradicted",
                "russia-demands-renounce",
                "Russian demand that Ukraine renounce membership; demands are arguable.",
                ["new"],
            ),
            S(
                "Rustem Umerov, who left the defence ministry in July to become secretary of the National Security "
                "and Defence Council, heads Ukraine's negotiating team.",
                "changed",
                "nsdc-umerov",
                "Office holders: Umerov no longer defence minister (seed 001) and NSDC secretary instead of Danilov "
                "(seed 002).",
            ),
        ],
        [
            S(
                "Russia launched more than 1,500 attack drones, nearly 900 guided bombs and 46 missiles at Ukraine "
                "over the past week, Zelensky said."
            )
        ],
    ],
    True,
)

# --------------------------------------------------------------------------------------------
# I08 Berlin outcome: US Article 5-like offer, European multinational force (on topic)
article(
    ARTICLES,
    "i-2025-12-16-berlin-guarantees",
    "2025-12-16T06:00:00+00:00",
    "https://www.newser.com/story/380417/us-offers-ukraine-nato-like-guarantee.html",
    S(
        "US offers Kyiv a NATO-style guarantee as Europeans pledge a multinational force",
        "new",
        ["us-article5-berlin", "multinational-force-ukraine"],
        "Guarantee terms offered; no seed counterpart.",
    ),
    [
        [
            S(
                "BERLIN, December 15 – American negotiators said on Monday they had offered Ukraine security "
                "guarantees modelled on Article 5, NATO's mutual-defence clause, to underpin a future peace deal with "
                "Russia.",
                "new",
                "us-article5-berlin",
                "Article-5-like US guarantee.",
            ),
            S(
                "US officials told reporters that President Donald Trump was prepared to submit the guarantees to the "
                "Senate for approval, but that they would not involve American ground troops.",
                "new",
                "us-article5-berlin",
                "Ratification and limits of the same guarantee.",
            ),
        ],
        [
            S(
                "The officials said about 90% of the issues in the draft peace plan had now been settled, with "
                "territory the main sticking point."
            ),
            S(
                "“Frankly speaking, we still have different positions,” Zelensky said of the Donbas."
            ),
        ],
        [
            S(
                "In a joint statement after the talks, ten European leaders and the heads of the European Commission "
                "and the European Council said the guarantees would include a European-led “multinational force "
                "Ukraine” backed by the United States.",
                "new",
                "multinational-force-ukraine",
                "A reassurance force as a guarantee; no seed counterpart.",
            ),
            S(
                "The force, drawn from the coalition of the willing, would help rebuild Ukraine's army, secure its "
                "skies and seas and could operate inside the country.",
                "new",
                "multinational-force-ukraine",
                "Tasks of the force.",
            ),
            S(
                "The Europeans also pledged sustained support to keep Ukraine's armed forces at a peacetime strength "
                "of 800,000 and backed a US-led mechanism to monitor a ceasefire.",
                "new",
                ["army-800k", "us-ceasefire-monitoring"],
                "Further terms of the guarantees.",
            ),
        ],
        [
            S(
                "They promised a legally binding commitment to act, including with armed force, to restore peace if "
                "Russia attacked again.",
                "new",
                "europe-binding-commitment",
                "Binding European commitment; no seed counterpart.",
            ),
            S(
                "German Chancellor Friedrich Merz called what Washington had put on the table truly remarkable.",
                "new",
                "us-article5-berlin",
                "Reaction to the US offer.",
                ["irrelevant"],
            ),
        ],
        [
            S(
                "Zelensky, who had said on Sunday that Kyiv could forgo NATO membership in exchange for such "
                "guarantees, called the US offer encouraging.",
                "contradicted",
                "zelensky-drop-bid",
                "Retells the offer to give up the bid.",
                ["new"],
            ),
            S(
                "He had acknowledged that Washington and some European capitals did not back Ukraine's accession.",
                "contradicted",
                "allies-oppose-membership",
                "Allies opposing membership, retold.",
                ["new"],
            ),
            S(
                "The Kremlin said Ukraine's staying out of NATO was one of the cornerstones of any settlement and a "
                "subject for special discussion.",
                "contradicted",
                "russia-demands-renounce",
                "Russian demand that Ukraine stay out; demands are arguable.",
                ["new"],
            ),
        ],
        [
            S(
                "The alliance's own summit in The Hague in June adopted a five-paragraph declaration that said "
                "nothing about Kyiv's future membership.",
                "new",
                "hague-text-omits",
                "The summit text left the membership line out (conventions: new).",
            ),
            S(
                "NATO first promised Ukraine membership at Bucharest in 2008, without saying when.",
                "known",
                None,
                "Seed 000: Bucharest 'will become members', no date.",
            ),
        ],
    ],
    True,
)

# ============================================================================================
# NEAR OR OFF TOPIC (4)
# ============================================================================================

# --------------------------------------------------------------------------------------------
# I09 The Hague: 5% spending target (near topic: incidental summit-text lines)
article(
    ARTICLES,
    "i-2025-06-25-hague-five-percent",
    "2025-06-25T15:30:00+00:00",
    "https://news.liga.net/en/amp/politics/news/nato-summit-in-the-hague-allies-pledge-to-continue-supporting-ukraine",
    S("NATO leaders agree to raise defence spending to 5% of GDP by 2035"),
    [
        [
            S(
                "THE HAGUE, June 25 – NATO leaders agreed on Wednesday to raise their defence spending to 5% of gross "
                "domestic product by 2035, citing the long-term threat Russia poses to Euro-Atlantic security."
            ),
            S(
                "At least 3.5% is to go on core military needs and up to 1.5% on protecting critical infrastructure, "
                "cyber defence and the defence industry."
            ),
        ],
        [
            S(
                "The declaration, endorsed by the leaders of all 32 member states including Donald Trump, also "
                "reaffirms their ironclad commitment to collective defence under Article 5.",
                "changed",
                "alliance-32",
                "Alliance size 32 against the seeds' 31; incidental.",
                ["irrelevant"],
            ),
            S(
                "Allies must submit annual plans showing a credible path to the target, with a review of progress in "
                "2029."
            ),
        ],
        [
            S(
                "Spain secured flexibility to stay well below the target, insisting that about 2.1% would be enough to "
                "meet its obligations."
            ),
            S("Trump, who had pushed for the 5% figure, praised the outcome."),
        ],
        [
            S(
                "Ukraine features in the five-paragraph text only in a pledge of continued support and a clause "
                "letting allies count direct contributions to its defence towards the new target.",
                "new",
                "hague-text-omits",
                "Implies the membership line is absent; incidental.",
                ["irrelevant"],
            ),
            S(
                "Unlike the Vilnius and Washington declarations, it makes no mention of Kyiv's future membership.",
                "new",
                "hague-text-omits",
                "The summit text leaves the membership line out (conventions: new).",
            ),
        ],
        [
            S(
                "Zelensky attended a dinner hosted by the Dutch king on the eve of the summit but took no part in its "
                "working session."
            ),
            S(
                "He met Trump on the sidelines for about an hour and said they had discussed how to reach a "
                "ceasefire."
            ),
        ],
        [
            S(
                "Secretary General Mark Rutte called the spending decision a quantum leap for the alliance."
            )
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# I10 Poland downs Russian drones, Article 4 (off topic; one lure on Ukraine's non-membership)
article(
    ARTICLES,
    "i-2025-09-10-poland-drones-article4",
    "2025-09-10T17:10:00+00:00",
    "https://www.channelnewsasia.com/world/poland-shoots-russian-drones-airspace-nato-defence-obligations-5343736",
    S("Poland shoots down Russian drones and asks NATO for Article 4 consultations"),
    [
        [
            S(
                "WARSAW, September 10 – Poland shot down drones that violated its airspace during a massive Russian "
                "air attack on Ukraine overnight, the first time a NATO member is known to have fired shots in the "
                "war."
            ),
            S(
                "Prime Minister Donald Tusk told parliament there had been 19 incursions and called the episode a "
                "large-scale provocation."
            ),
        ],
        [
            S(
                "Tusk said he had formally asked the alliance to open consultations under Article 4 of its founding "
                "treaty, which any member can invoke when it feels its security is threatened."
            ),
            S(
                "It was the closest the country had been to open conflict since the Second World War, he said, though "
                "he saw no reason to believe it was on the brink of war."
            ),
        ],
        [
            S(
                "Dutch F-35 jets, an Italian surveillance plane and NATO tanker aircraft supported the Polish air "
                "force."
            ),
            S("Four airports, including Warsaw's Chopin airport, closed for several hours."),
        ],
        [
            S(
                "Russia's defence ministry said it had targeted military facilities in western Ukraine and had not "
                "planned to hit anything in Poland."
            ),
            S(
                "A drone damaged the roof of a house in the eastern village of Wyryki, but nobody was hurt."
            ),
        ],
        [
            S(
                "NATO Secretary General Mark Rutte called the incursion reckless and said allies stood with Poland."
            ),
            S(
                "Zelensky offered to help train Polish crews in downing drones and called for a joint European air "
                "shield."
            ),
        ],
        [
            S(
                "Ukraine, which is not a member of the alliance, can invoke neither Article 4 nor the collective "
                "defence clause.",
                "known",
                None,
                "Seeds: Ukraine has not been admitted; incidental.",
                ["irrelevant"],
            )
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# I11 Kursk incursion (off topic: battlefield)
article(
    ARTICLES,
    "i-2024-08-08-kursk-incursion",
    "2024-08-08T10:00:00+00:00",
    "https://www.politico.eu/article/vladimir-putin-react-russia-battle-ukraine-attack-kursk-region/",
    S("Ukrainian forces push into Russia's Kursk region in biggest cross-border attack of the war"),
    [
        [
            S(
                "KYIV, August 8 – Ukrainian troops fought inside Russia's Kursk region for a third day on Thursday, in "
                "the largest cross-border incursion since Moscow launched its full-scale invasion."
            ),
            S(
                "Analysts at the Institute for the Study of War said Ukrainian units had advanced up to 10 kilometres "
                "into Russian territory."
            ),
        ],
        [
            S(
                "Kursk's acting governor, Alexei Smirnov, first reported attempted breakthroughs in the Sudzha and "
                "Korenevo districts on Tuesday."
            ),
            S(
                "Russian officials said five civilians had been killed and several thousand evacuated."
            ),
        ],
        [
            S("Putin called the attack a large-scale provocation and met his security chiefs."),
            S("Kyiv has not commented officially on the operation."),
        ],
        [
            S(
                "Ukrainian lawmaker Oleksiy Goncharenko said Ukrainian forces controlled the Sudzha gas metering "
                "station, the last route for Russian pipeline gas flowing to Europe through Ukraine."
            ),
            S(
                "Ukraine ordered the evacuation of about 6,000 people from border areas of the neighbouring Sumy "
                "region."
            ),
        ],
        [
            S(
                "In his evening video address, Zelensky said only that the more pressure was put on Russia, the "
                "closer peace would be."
            ),
            S(
                "Washington said it had not been told of the operation in advance and was seeking to understand "
                "Kyiv's objectives."
            ),
        ],
    ],
    False,
)

# --------------------------------------------------------------------------------------------
# I12 First F-16s in Ukraine (off topic: military aid; NATO summit lure)
article(
    ARTICLES,
    "i-2024-08-04-first-f16s",
    "2024-08-04T18:00:00+00:00",
    "https://babel.ua/en/news/109599-zelensky-confirmed-the-arrival-of-the-first-f-16-fighter-jets-in-ukraine",
    S("Zelensky confirms first F-16 fighter jets have arrived in Ukraine"),
    [
        [
            S(
                "KYIV, August 4 – President Volodymyr Zelensky confirmed on Sunday that Ukraine has received its first "
                "F-16 fighter jets, after more than a year of waiting."
            ),
            S(
                "He made the announcement on Air Force Day, as F-16s flew over the ceremony alongside Soviet-era "
                "MiG-29 and Su-27 fighters."
            ),
        ],
        [
            S(
                "We made it happen, Zelensky said, adding that he was proud of the pilots who had mastered the "
                "aircraft and had already started flying them for their country."
            ),
            S(
                "He thanked Denmark, the Netherlands and the United States, the first countries to accept Kyiv's "
                "request for the jets."
            ),
        ],
        [
            S("Zelensky did not say how many aircraft had arrived."),
            S(
                "The Economist reported that the first ten of a possible 79 jets were delivered on July 31, and that "
                "Ukraine should have 20 by the end of the year."
            ),
        ],
        [
            S(
                "The United States approved transfers by European allies a year ago, but training pilots and "
                "technicians and preparing airfields took months."
            ),
            S(
                "Commander-in-Chief Oleksandr Syrskyi said the jets meant more Russian missiles and aircraft would be "
                "shot down."
            ),
        ],
        [
            S(
                "At NATO's summit in Washington last month, American, Danish and Dutch leaders announced that the "
                "first jets were on their way."
            ),
            S(
                "Russia has said it will treat the aircraft as legitimate targets wherever they are based."
            ),
        ],
    ],
    False,
)


# --------------------------------------------------------------------------------------------
