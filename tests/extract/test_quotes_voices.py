"""Quotes given to a body through a voice the text does not name, to a document's issuer, to a name
signed after a dash or standing behind a passive verb, and quotation marks of other languages.

Issue 3: set J's ministry statements end '"...," the Ministry's spokesperson said' and '"...," a
spokesperson of the Ministry said'; the gold speaker is the Ministry as the document names it (in its
letterhead, when nowhere else). Every sentence here is written for these tests (names are invented); a
row is a text and its quotations as (quoted words, speaker name). The last table holds marks that are
nobody's quotation, or whose speaker the text does not name.
"""

from __future__ import annotations

import pytest

from tests.extract.test_quotes import quotes

BODY_VOICES = [
    # the body's spokesperson, after the quotation, the body named paragraphs before (issue 3)
    ('The Ministry of Health published new casualty figures on Monday.\n\n"The hospital in the north has no fuel '
     'left," the Ministry\'s spokesperson said.', [("The hospital in the north has no fuel left,", "Ministry of Health")]),
    ('The Ministry of Defence issued a statement on Friday.\n\n"Our forces did not target civilians," a spokesperson '
     'of the Ministry said at a briefing.', [("Our forces did not target civilians,", "Ministry of Defence")]),
    # the body named right there
    ('"We have asked for access to the detention centre," a spokesman for the International Committee of the Red '
     'Cross said.', [("We have asked for access to the detention centre,", "International Committee of the Red Cross")]),
    ('"The convoy reached the town at noon," said a spokeswoman for the World Food Programme.',
     [("The convoy reached the town at noon,", "World Food Programme")]),
    ('"The figures are preliminary and will rise," a UNICEF spokesperson told reporters in Geneva.',
     [("The figures are preliminary and will rise,", "UNICEF")]),
    ('"The ministry has no information about these men," said a press officer at the Ministry of Interior.',
     [("The ministry has no information about these men,", "Ministry of Interior")]),
    # a person named after the voice speaks
    ('"This is a grave violation of international humanitarian law," UN spokesperson Stephane Duval told reporters '
     'in New York.', [("This is a grave violation of international humanitarian law,", "Stephane Duval")]),
    # the voice before the quotation
    ('The Ministry of Internal Affairs opened an inquiry on Monday.\n\nA spokesman for the Ministry told reporters '
     'that "every allegation will be examined".', [("every allegation will be examined", "Ministry of Internal Affairs")]),
    ('The Ministry of Internal Affairs opened an inquiry.\n\nThe Ministry\'s press service said: "The detainees are '
     'receiving medical care."', [("The detainees are receiving medical care.", "Ministry of Internal Affairs")]),
    # "its spokesperson": the body "it" stands for
    ('Amnesty International said on Monday that it had documented 40 attacks. "Every one of them was unlawful," its '
     'spokesperson said.', [("Every one of them was unlawful,", "Amnesty International")]),
    ('The Ministry of Health said 30 people died. "Most were children," its spokesman told reporters.',
     [("Most were children,", "Ministry of Health")]),
    # the noun written after the name
    ('The Mothers of Kravica association rejected the offer on Monday. "We want justice, not money," the '
     'association said.', [("We want justice, not money,", "Mothers of Kravica")]),
    # the body named only in the letterhead
    ('MINISTRY OF JUSTICE OF THE REPUBLIC OF VALMORA\nPress Office\n\nStatement on the anniversary of the Hollin '
     'killings\n\nToday we remember the 52 victims of Hollin.\n\n"Justice delayed is still justice, and it will be '
     'done," the Ministry\'s spokesperson said.',
     [("Justice delayed is still justice, and it will be done,", "Ministry of Justice of the Republic of Valmora")]),
    ('STATEMENT BY THE COALITION FOR JUSTICE IN THE VALLEY\n\nWe call on the government to open the archives.\n\n'
     '"The families have waited long enough," the Coalition said.',
     [("The families have waited long enough,", "Coalition for Justice in the Valley")]),
]

ISSUED = [
    # a document speaks for whoever the sentence bringing it up says issued it ("the TASS communiqué said")
    ('Human Rights Watch released a 60-page report on Tuesday. "Government forces fired on crowds without '
     'warning," the report said.', [("Government forces fired on crowds without warning,", "Human Rights Watch")]),
    ('On Sunday the Ministry of Foreign Affairs issued a statement on the shelling. "The attack was a war crime," '
     'the statement said.', [("The attack was a war crime,", "Ministry of Foreign Affairs")]),
    ('The Ministry of Defence issued a statement on Friday. The statement reads: "The operation was carried out in '
     'full accordance with the law."',
     [("The operation was carried out in full accordance with the law.", "Ministry of Defence")]),
    ('Ali Bakr sent a letter to the UN Secretary-General in May. "My people are dying," the letter said.',
     [("My people are dying,", "Ali Bakr")]),
    ('"No civilians were harmed," according to a statement from the Ministry of Defence.',
     [("No civilians were harmed,", "Ministry of Defence")]),
]

OTHER_FORMS = [
    # an epigraph or a pull quote signed after a dash
    ('"To forget the dead would be akin to killing them a second time."\n\u2014 Elie Wiesel\n\nThe massacre began at '
     'dawn.', [("To forget the dead would be akin to killing them a second time.", "Elie Wiesel")]),
    ('"We were abandoned by everyone" \u2014 Fatima Idris, 38, survivor of the siege.',
     [("We were abandoned by everyone", "Fatima Idris")]),
    # the agent of a passive verb of saying
    ('The massacre was described by the historian Norman Reeve as "the worst single atrocity of the war".',
     [("the worst single atrocity of the war", "Norman Reeve")]),
    ('The attack was condemned by Amnesty International as "a flagrant violation of the laws of war".',
     [("a flagrant violation of the laws of war", "Amnesty International")]),
    # German and French marks
    ("\u201eWe lost everything\u201c, said Hans Keller. \u201eOur house, our cattle, our neighbours.\u201c",
     [("We lost everything", "Hans Keller"), ("Our house, our cattle, our neighbours.", "Hans Keller")]),
    ("The minister, Piotr Nowak, said the attack was \u201ea crime against the whole nation\u201c.",
     [("a crime against the whole nation", "Piotr Nowak")]),
    ("\u00abNobody will be punished\u00bb, said Sergei Orlov, a lawyer for the families. \u00abNobody ever is.\u00bb",
     [("Nobody will be punished", "Sergei Orlov"), ("Nobody ever is.", "Sergei Orlov")]),
    # two asides between the name and the verb; a possessive in the description before the name
    ('"No one came to help us," Maria Lopez, 70, whose two sons were taken away by soldiers in 1982 and never seen '
     'again, said on Tuesday.', [("No one came to help us,", "Maria Lopez")]),
    ("'We have waited long enough for this,' the families' lawyer, Sean Burke, said.",
     [("We have waited long enough for this,", "Sean Burke")]),
    # a short quotation the next one of its sentence repeats is kept: only a headline's repeat goes
    ('"We will rebuild," said Governor Ana Lutz. "It will take years, but we will rebuild."',
     [("We will rebuild,", "Ana Lutz"), ("It will take years, but we will rebuild.", "Ana Lutz")]),
    # "the accused" is no verb of saying
    ('The Court of Appeal of Valmora ruled in 2012. The court found that the accused had "no lawful reason" to open '
     'fire.', [("no lawful reason", "Court of Appeal of Valmora")]),
    ('Marie Uwase told Human Rights Watch: "They separated us by our identity cards."',
     [("They separated us by our identity cards.", "Marie Uwase")]),
]

NOT_QUOTES = [
    # a voice of no body the text names, and roles that speak for themselves (set J: no unnamed speakers)
    '"Nobody told us anything about the evacuation," a spokesman said.',
    '"We have opened 14 criminal cases," a ministry spokesperson said.',
    '"Our doctors worked for 30 hours without rest," a nurse at the Ministry of Health hospital said.',
    '"We were not consulted," a representative of the families said.',
    '"Our teams are working around the clock," the World Health Organization\'s regional director said.',
    'Amnesty International sent a team.\n\n"We could not reach the camp," a spokeswoman for the group said.',
    'Ali Bakr said the army had withdrawn. "The town is calm," its spokesperson said.',
    'The Commission heard 300 witnesses.\n\n"The Commission will publish its report in June," its spokesperson said.',
    # a document someone else owns, issued by no one named, or only received
    'Human Rights Watch criticised the government\'s report on Monday. "No civilians were harmed," the report said.',
    'The report was published in 2004.\n\n"Most victims were men," the report said.',
    'The UN Secretary-General received a letter from the families in May. "Our sons are still missing," the letter '
    'said.',
    # a name after a passive verb that is not one of saying; an agent the text does not name
    'The report was written by Anna Kell, a researcher, and "covers the years 1992 to 1995".',
    'The shelling was described by residents as "the worst night of the war".',
    # who hears the words, and where the speaker comes from, do not speak
    'A 52-year-old man from Kibuye told Human Rights Watch: "They separated us by our identity cards."',
    'A 35-year-old woman from the village told Amnesty International: "They made us watch."',
    # a transcript's speaker label is not the speaker of what the turn quotes
    'Mr Sam Otieno (Lakeside): The Minister said in March that "every family will be compensated". Has that happened?',
    'Ms Ana Rossi (Westmarch): I quote a survivor who wrote to me last week: "Nobody has ever said sorry to us."',
    # a count before a quoted noun: a term the speaker is kept at a distance from (set J)
    'The Ministry of Interior reported that 14 "militants" had been killed in the operation.',
    'The army said it had killed 40 "terrorists" in the raid.',
    'Colonel Ivo Marin said that 40 "bandits" had been eliminated.',
    # a dash after a term, a title or a slogan signs nothing
    'The "white buses" - Red Cross convoys - took the women to the border.',
    '"The Last Bridge" - Ana Kos, 2004',
    '"Peace without justice is no peace" - the banner hung over the square for a week.',
]


@pytest.mark.parametrize("text,expected", BODY_VOICES + ISSUED + OTHER_FORMS)
def test_quotes(text, expected):
    assert quotes(text) == expected


@pytest.mark.parametrize("text", NOT_QUOTES)
def test_not_quotes(text):
    assert quotes(text) == []
