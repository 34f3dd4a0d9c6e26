"""Quotes as news, NGO reports, UN releases and court summaries attribute them.

Every sentence here is written for this table (names are invented or used only
as names). A row is a text and its quotations as (quoted words, speaker name);
the quoted words are the characters inside the marks. The second table holds
marks that are no one's quotation: titles, names, terms, unattributed claims,
and the answers of a question-and-answer transcript (the body of the document,
not words it quotes; set D's convention).
"""

from __future__ import annotations

import pytest

from tests.extract.test_quotes import quotes

AFTER = [
    # '"...," said X, a role.'
    ('"We have found no survivors in the building," said Omar Haddad, a civil defence official.',
     [("We have found no survivors in the building,", "Omar Haddad")]),
    # '"...," X, a spokesman for Y, told Reuters.'
    ('"The shelling has not stopped since dawn," Lina Petrova, a spokeswoman for the regional '
     'administration, told Reuters.', [("The shelling has not stopped since dawn,", "Lina Petrova")]),
    ('"The figures are still rising," said Tom Brennan, a spokesman for the World Health Organization.',
     [("The figures are still rising,", "Tom Brennan")]),
    # a title before the name is not the name
    ('"Nobody will be spared," Colonel Ivan Petrenko told reporters in Kharkiv.',
     [("Nobody will be spared,", "Ivan Petrenko")]),
    ('"This is a massacre," Dr Hana Yusuf, who runs the only clinic in the town, told the BBC.',
     [("This is a massacre,", "Hana Yusuf")]),
    # the pronoun and the surname stand for the full name written before
    ('Ali Bakr met the families on Tuesday. "We owe them the truth," he said.',
     [("We owe them the truth,", "Ali Bakr")]),
    ('Jonas Weber visited the camp. "Nobody here has enough water," Weber said.',
     [("Nobody here has enough water,", "Jonas Weber")]),
    ('Lena Fischer said the team had found 12 graves in the forest. "There may be more," she added.',
     [("There may be more,", "Lena Fischer")]),
    ('Rita Gomez, 34, lost her husband in the attack. "He went out to buy bread and never came back," she said.',
     [("He went out to buy bread and never came back,", "Rita Gomez")]),
    # the attribution in the middle of the quotation
    ('"We did everything we could," Marta Berg said, "but the road was closed for two days."',
     [("We did everything we could,", "Marta Berg"), ("but the road was closed for two days.", "Marta Berg")]),
    ('"These were civilians," said Mirela Kovac of the Balkan Investigative Reporting Network, "not fighters '
     'in uniform."', [("These were civilians,", "Mirela Kovac"), ("not fighters in uniform.", "Mirela Kovac")]),
    # several sentences in one quotation, and the next quotation going on after the attribution
    ('"The soldiers came at night. They burned the school. Then they left," said Peter Obi.',
     [("The soldiers came at night. They burned the school. Then they left,", "Peter Obi")]),
    ('"We are ready to talk," said Karim Nassar. "But not while the shelling goes on."',
     [("We are ready to talk,", "Karim Nassar"), ("But not while the shelling goes on.", "Karim Nassar")]),
    # an owner's role before the name, the name in the aside; the UN owning a title is not the speaker
    ('"We need weapons now," Ukraine\'s foreign minister, Dmytro Kuleba, said.',
     [("We need weapons now,", "Dmytro Kuleba")]),
    ('"The world is watching," UN Secretary-General Antonio Guterres told the General Assembly.',
     [("The world is watching,", "Antonio Guterres")]),
    # an aside after a name does not name the speaker
    ('Ana Lopes arrived on Monday. "The road is cut," Lopes, who heads the UN mission, told reporters on Friday.',
     [("The road is cut,", "Ana Lopes")]),
    # an acronym the text spelled out speaks by its full name
    ('The International Committee of the Red Cross (ICRC) sent a team. "Access to the camp is blocked," the ICRC '
     'said on Friday.', [("Access to the camp is blocked,", "International Committee of the Red Cross")]),
    # an organisation after the quotation
    ('"Access to the site remains blocked," the International Committee of the Red Cross said on Friday.',
     [("Access to the site remains blocked,", "International Committee of the Red Cross")]),
    ('The Ministry of Health said 34 people had been killed. "Most of them were women and children," it said.',
     [("Most of them were women and children,", "Ministry of Health")]),
    ('The Ministry of Health gave a new toll on Sunday. "The convoy was hit deliberately," the ministry said in a '
     'statement.', [("The convoy was hit deliberately,", "Ministry of Health")]),
    # a description, then the name
    ('"We saw them take the men away," said one woman, Hana Yusuf, 61.',
     [("We saw them take the men away,", "Hana Yusuf")]),
    ('"We saw them," said a spokesman for the army, Oleg Marin.', [("We saw them,", "Oleg Marin")]),
    # of two persons in the sentence before, "he" is the one given words
    ('Jonas Weber, who heads the rescue team, said Ali Bakr had blocked the road. "We lost two days," he said.',
     [("We lost two days,", "Jonas Weber")]),
    # a paragraph that is all quotation goes on with the speaker of the paragraph before
    ('Ivan Sokolov said the village was empty. "We found the bodies in the cellar," he said.\n\n'
     '"Some of them had their hands tied."', [("We found the bodies in the cellar,", "Ivan Sokolov"),
                                             ("Some of them had their hands tied.", "Ivan Sokolov")]),
    ('Amira Saleh described the night.\n\n"We waited for three days," she said. "Nobody came.\n\n'
     '"When they finally came, it was too late."',
     [("We waited for three days,", "Amira Saleh"), ("Nobody came.", "Amira Saleh"),
      ("When they finally came, it was too late.", "Amira Saleh")]),
]

BEFORE = [
    ('Interior Minister Ali Bakr said the attackers "will be hunted down wherever they hide."',
     [("will be hunted down wherever they hide.", "Ali Bakr")]),
    ('Maria Okafor, the head of the local Red Cross branch, said the situation was "catastrophic".',
     [("catastrophic", "Maria Okafor")]),
    ('Jonas Weber visited the camp in May. Weber said: "The children are sick and there is no doctor."',
     [("The children are sick and there is no doctor.", "Jonas Weber")]),
    ('Mayor Ivan Fedorov told the Associated Press that "the city has no water and no power."',
     [("the city has no water and no power.", "Ivan Fedorov")]),
    ('Asked whether the army would withdraw, Defence Minister Rustam Aliev said: "Not one step back."',
     [("Not one step back.", "Rustam Aliev")]),
    ('Sarah Klein, a researcher at Amnesty International, said the evidence pointed to "a deliberate pattern of '
     'attacks on civilians."', [("a deliberate pattern of attacks on civilians.", "Sarah Klein")]),
    ('Human Rights Watch said the attack "may amount to a war crime."',
     [("may amount to a war crime.", "Human Rights Watch")]),
    ('In a statement, Amnesty International said: "The authorities must open an independent inquiry."',
     [("The authorities must open an independent inquiry.", "Amnesty International")]),
    ('Pavel Novak described the attack as "an act of pure terror".', [("an act of pure terror", "Pavel Novak")]),
    ('Amnesty International published its report on Monday. It said the militia had carried out "a campaign of '
     'terror against the villages".', [("a campaign of terror against the villages", "Amnesty International")]),
    # a one-word quotation with its speaker right beside it
    ('Vera Ilic, the leader of the opposition bloc, said witnesses had told her that "hundreds" had died.',
     [("hundreds", "Vera Ilic")]),
    # a verb of sending words: cabled, wrote
    ('Henry Walsh, the British consul in the city, cabled London that the army was carrying out "a systematic '
     'purge".', [("a systematic purge", "Henry Walsh")]),
    # a court or a commission characterising
    ('The International Criminal Tribunal for Rwanda delivered its judgment on Tuesday. The court described the '
     'killings as "systematic and widespread".',
     [("systematic and widespread", "International Criminal Tribunal for Rwanda")]),
    # a quotation running on into the next paragraph: the first paragraph stays open
    ('Amira Saleh said: "We waited for three days for the ambulances.\n\n"When they came, it was too late for '
     'my brother."', [("We waited for three days for the ambulances.", "Amira Saleh"),
                      ("When they came, it was too late for my brother.", "Amira Saleh")]),
    # a chamber, an inquiry: the body named before, or spelled with the noun when no organisation was found
    ('The Trial Chamber of the International Criminal Tribunal for the former Yugoslavia gave its judgment in 2004. '
     'The Chamber found that the killings were "a crime of the gravest kind".',
     [("a crime of the gravest kind", "Trial Chamber")]),
    ('The Inquiry into the Events of May, chaired by Judge Ana Ruiz, reported in 2012. The inquiry found that the '
     'police had used "grossly excessive force".', [("grossly excessive force", "Inquiry into the Events of May")]),
    ('Earlier the Prosecutor General\'s Office had put the toll at 11. It said 70 people had been detained for '
     'taking part in "mass disorder".', [("mass disorder", "Prosecutor General's Office")]),
    # "it" inside a sentence stands for what the sentence's opening "It" stands for
    ("The Commission on Missing Persons of the Northern Region, chaired by Ana Ruiz, reported in May. It "
     'found mass graves near the river, and it wrote that "at least 300 people were buried there in one week".',
     [("at least 300 people were buried there in one week", "Commission on Missing Persons of the Northern Region")]),
    # "It" opening a sentence of several verbs is the subject of the last
    ("The Truth Commission of the Republic gave its report in 2004. It counted 1,200 killings, heard 900 witnesses "
     'and concluded that the army had committed "acts of extermination".',
     [("acts of extermination", "Truth Commission of the Republic")]),
    # a resolution speaks for the body that adopted it
    ('On 2 May the Security Council adopted resolution 9999, which "condemns all attacks on civilians in the '
     'province".', [("condemns all attacks on civilians in the province", "Security Council")]),
    ('"We will not negotiate under fire," said Interior Minister Ali Bakr.',
     [("We will not negotiate under fire,", "Ali Bakr")]),
    ('Ali Bakr said it was "too early" to give a toll.', [("too early", "Ali Bakr")]),
    ('Ali Bakr was quoted as saying "the army will not retreat".', [("the army will not retreat", "Ali Bakr")]),
    # "on" before the quotation is no title without a document
    ('Ali Bakr insisted on "a full and independent investigation of the killings".',
     [("a full and independent investigation of the killings", "Ali Bakr")]),
    # a noun of saying inside the reported words does not take the verb's place
    ('The Special Rapporteur on torture, Maria Costa, said the official account was "not credible".',
     [("not credible", "Maria Costa")]),
    # a participle after a quotation goes on with its speaker
    ('The prosecutor, Anna Lindqvist, said the verdict brought "a measure of justice" to the families, adding: '
     '"We will keep searching for the missing."',
     [("a measure of justice", "Anna Lindqvist"), ("We will keep searching for the missing.", "Anna Lindqvist")]),
    ('The Ministry of Interior said its forces had carried out "lawful security operations" and that "no '
     'civilian was harmed".', [("lawful security operations", "Ministry of Interior"),
                               ("no civilian was harmed", "Ministry of Interior")]),
    # "It ..., describing": the sentence's subject, standing for "the Chamber" before, a kin of the tribunal
    ('The International Tribunal for the Southern Region sentenced Ivo Marek to 25 years. The Chamber found that he '
     'gave the orders. It rejected his defence, describing his role as "central and deliberate".',
     [("central and deliberate", "International Tribunal for the Southern Region")]),
    # an organisation's role stands for the person named with it before
    ('The UN human rights chief, Omar Lind, visited the camps in May. Later the UN human rights chief called the '
     'attacks "a case of collective punishment".', [("a case of collective punishment", "Omar Lind")]),
    # a quoted sentence alone after a sentence whose subject is a person
    ('Fatima Musa fled with her three children in May. "We walked for five days without food."',
     [("We walked for five days without food.", "Fatima Musa")]),
    # a headline repeating part of the quotation the story gives: one quotation
    ('Bakr says attack "barbaric and cowardly"\n\nInterior Minister Ali Bakr said the attack was "barbaric and '
     'cowardly, and it will be punished".', [("barbaric and cowardly, and it will be punished", "Ali Bakr")]),
    # a body's owner is not its name
    ("The Director-General's Panel of Inquiry on the Northern Camps signed its report in May. It wrote that "
     '"no fewer than 900 people died in the camps".',
     [("no fewer than 900 people died in the camps", "Panel of Inquiry on the Northern Camps")]),
]

NOT_QUOTES = [
    # titles of reports, books, films and operations
    'The report, titled "A Wall of Silence", was released on Monday.',
    'The operation, code-named "Desert Shield", began in August.',
    'In his book "Ashes of the Valley", historian Tomas Reyes estimated the toll at 3,000.',
    'The documentary "Children of the Siege" won an award in Berlin.',
    'Thousands of people marched under the slogan "Never Again".',
    'The so-called "Highway of Death" was bombed in 1991.',
    # what a document is about
    'The General Assembly, recalling its resolution 60/7 of 1 November 2005 on "the prevention of genocide and the '
    'duty to remember the victims", decides to observe the day.',
    # nicknames and terms
    'Commander Ratko, known to locals as "the Wolf", was arrested in 2011.',
    'Locals call the checkpoint "the gate of death".',
    'The word "genocide" was coined in 1944.',
    'The troops shelled the three "safe zones" in one week.',
    # claims with no named source
    'A widely shared post claims: "Exactly 10,000 people were killed in one night."',
    'The post claimed that "more than 5,000 people died in the square."',
    'Residents described the raid as "terrifying".',
    # a quoted title is a title, whoever publishes it
    'Amnesty International\'s 2019 report "They Were Shooting at Everything That Moved" documented 40 cases.',
    'Human Rights Watch published "Nowhere to Hide: Attacks on Schools in the North" in 2016.',
    # a passive verb's subject does not speak
    'Ali Bakr was arrested in May. He was charged with "crimes against humanity".',
    'The Northern Army besieged the city for four years. It is often called the "longest siege in modern history".',
    # a description that stands for no one the text names
    'The ministry called the report "biased and politically motivated".',
    '"We saw them," said the army, Reuters reported.',
    '"We are investigating the incident," a police spokesman said.',
    # an attribution after the quotation naming no one is not replaced by a speaker before it
    'Ali Bakr said the town was quiet, but "we heard shots all night long," a resident said.',
    # "the government" is no organisation of another name named before
    'UN experts met on Monday. The Government has said that officers "acted in self-defence" at the square.',
    'Later the UN human rights chief called the attacks "a case of collective punishment".',
    # a quoted sentence alone: not after a paragraph break, not with an attribution naming no one
    'Fatima Musa fled in May.\n"We walked for five days without food."',
    'Ali Bakr was killed in 2003. "He was a good man and a good father," his widow said.',
    # a question-and-answer transcript: the answers are the document, not words it quotes
    "Q: Where were you that night?\nA: In the cellar, with my children and my mother.",
    "INTERVIEWER: How many were taken?\nAMINA K.: Eleven men from our street. Three came back.",
]


@pytest.mark.parametrize("text,expected", AFTER + BEFORE)
def test_quotes(text, expected):
    assert quotes(text) == expected


@pytest.mark.parametrize("text", NOT_QUOTES)
def test_not_quotes(text):
    assert quotes(text) == []
