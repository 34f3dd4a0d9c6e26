"""Quotations across genres: wire and news copy, NGO reports with testimony, UN releases, court summaries,
parliamentary records, transcripts, memoirs and encyclopaedias, each attribution form beside the marks
that are no quotation (scare quotes, titles, names, terms, unnamed speakers: the convention of the gold
sets, whose speakers are named people and bodies). Every sentence is written for this table; names are
invented. A row is a text and its quotations as (quoted words, speaker name); [] when none.
"""

from __future__ import annotations

import pytest

from tests.extract.test_quotes import quotes

ROWS = [
    # a body speaking, or its voice; a role of the body that is not its voice speaks for no one named
    ('The Office of the High Commissioner for Human Rights said on Tuesday it had documented 300 deaths. '
     '"Most were killed by shelling," the Office said.',
     [('Most were killed by shelling,', 'Office of the High Commissioner for Human Rights')]),
    ('"We are deeply concerned by these reports," a representative of the Organization for Security and '
     'Co-operation in Europe told the council.',
     [('We are deeply concerned by these reports,', 'Organization for Security and Co-operation in Europe')]),
    ('The Ministry of Foreign Affairs of the Republic of Esteria rejected the report. "It ignores the '
     'facts on the ground," the Ministry said.',
     [('It ignores the facts on the ground,', 'Ministry of Foreign Affairs of the Republic of Esteria')]),
    ('MINISTRY OF JUSTICE OF THE REPUBLIC OF VALMORA\nPress Office\n\nStatement on the anniversary of the '
     'Hollin killings\n\nToday we remember the 52 victims of Hollin.\n\nThe investigation has been reopened '
     'twice since 1994.\n\n"Justice delayed is still justice, and it will be done," the Ministry\'s '
     'spokesperson said.',
     [('Justice delayed is still justice, and it will be done,', 'Ministry of Justice of the Republic of Valmora')]),
    ('The European Commission sent observers in May.\n\n"We did not receive the request in time," a '
     'spokesperson for the Commission said.',
     [('We did not receive the request in time,', 'European Commission')]),
    ('"The fighting has displaced 40,000 people this week," the UN refugee agency said in a statement.',
     [('The fighting has displaced 40,000 people this week,', 'UN refugee agency')]),
    ('The office of the prosecutor opened a case on Monday. "No one has been charged yet," the '
     "prosecutor's office said.",
     []),
    ('Amnesty International published its findings on Monday. "The evidence points to a deliberate '
     'attack," Amnesty\'s crisis response director said.',
     []),
    ('"The investigation is continuing," police said.',
     []),
    ('"We will publish the full list next week," an official said.',
     []),
    # a speaker named before, then a pronoun, a surname or a role
    ('Mayor Tomas Brandt toured the shelter on Sunday. "We will rebuild every house," the mayor said.',
     [('We will rebuild every house,', 'Tomas Brandt')]),
    ('The witness, Lejla Hodzic, was 14 at the time. "I hid under my mother\'s body," the witness told the '
     'court.',
     [("I hid under my mother's body,", 'Lejla Hodzic')]),
    ('Judge Maria Ortiz read the verdict aloud. "The accused knew what his men were doing," she said.',
     [('The accused knew what his men were doing,', 'Maria Ortiz')]),
    ('Anton Weiss, the regional governor, met the families on Friday. "I cannot promise you anything '
     'today," the governor told them.',
     [('I cannot promise you anything today,', 'Anton Weiss')]),
    ('Emil Saric testified on the third day of the trial. He told the chamber that "the buses left at '
     'night and did not come back."',
     [('the buses left at night and did not come back.', 'Emil Saric')]),
    ('The commander, Colonel Dragan Vuk, denied the charges. "My men followed orders and nothing more," '
     'he said.',
     [('My men followed orders and nothing more,', 'Dragan Vuk')]),
    ('Irina Volk, the president, spoke in the capital on the anniversary. "No one will be forgotten," the '
     'president said.',
     [('No one will be forgotten,', 'Irina Volk')]),
    ('Nadia Petrova met the families in the camp on Tuesday. "We are alive, and that is all we have," '
     'Petrova said.',
     [('We are alive, and that is all we have,', 'Nadia Petrova')]),
    ('Ahmed Nur, a shepherd, found the bodies in the ravine. "There were eleven of them, all men," the '
     'shepherd recalled.',
     [('There were eleven of them, all men,', 'Ahmed Nur')]),
    ('Sister Agnes Mwangi ran the clinic in Kibeho for six years.\n\nShe remembers the morning of the '
     'attack. "The soldiers surrounded the hospital before dawn," she said.',
     [('The soldiers surrounded the hospital before dawn,', 'Agnes Mwangi')]),
    # speakers the text does not name: no quotation (the gold sets' convention)
    ('The survivor, who asked not to be named, said: "They took my husband first."',
     []),
    ('One survivor, who gave only her first name, said: "We hid in the forest for a week."',
     []),
    ('"They burned everything in the village," a witness told investigators.',
     []),
    ('"We were sleeping, and then the roof fell in," a 45-year-old resident told our correspondent.',
     []),
    ('A nurse at the hospital said that "the corridors were full of the wounded."',
     []),
    # a long apposition between the name and the verb, or after the name
    ('"We walked for three days without water," said Amina Diallo, 54, a teacher who fled with her sons '
     'from the village of Toro.',
     [('We walked for three days without water,', 'Amina Diallo')]),
    ('"They shot my brother in front of me," said Karim Osei, 23, who now lives in a camp outside the '
     'capital.',
     [('They shot my brother in front of me,', 'Karim Osei')]),
    ('"There was nowhere to run," Fatima Idris, a 38-year-old mother of four who lost her home in the '
     'shelling, told the agency.',
     [('There was nowhere to run,', 'Fatima Idris')]),
    ('"We buried them ourselves, with our own hands," recalled Jovan Ilic, a retired railway worker from '
     'the village.',
     [('We buried them ourselves, with our own hands,', 'Jovan Ilic')]),
    ('"I still hear the shots at night," said Sofia Mendes, whose father was among the dead, speaking at '
     'the ceremony.',
     [('I still hear the shots at night,', 'Sofia Mendes')]),
    ('"The army knew exactly what was happening," said Dr Paul Ngeze, director of the district hospital, '
     'who treated dozens of the wounded.',
     [('The army knew exactly what was happening,', 'Paul Ngeze')]),
    ('"We counted 42 bodies in the school," said Hana Novak, 61, a nurse at the clinic, who helped to '
     'identify the dead.',
     [('We counted 42 bodies in the school,', 'Hana Novak')]),
    # a colon closing the line before the quotation
    ('Speaking at the memorial, Foreign Minister Elena Sava said:\n\n"We owe the victims the truth and '
     'nothing less."',
     [('We owe the victims the truth and nothing less.', 'Elena Sava')]),
    ('The statement issued by the Ministry of Foreign Affairs reads:\n\n"The Ministry condemns the attack '
     'in the strongest possible terms."',
     [('The Ministry condemns the attack in the strongest possible terms.', 'Ministry of Foreign Affairs')]),
    ('In his closing speech, the prosecutor, Rafael Duarte, told the court:\n"The evidence leaves no doubt '
     'about the intent of the accused."',
     [('The evidence leaves no doubt about the intent of the accused.', 'Rafael Duarte')]),
    ('Human Rights Watch concluded:\n\n"The attacks were indiscriminate and may amount to war crimes."',
     [('The attacks were indiscriminate and may amount to war crimes.', 'Human Rights Watch')]),
    ('Amira Saleh recalled:\n\n"We heard the planes first. Then the whole street was on fire."',
     [('We heard the planes first. Then the whole street was on fire.', 'Amira Saleh')]),
    # a quotation over several paragraphs, the opening mark repeated on each
    ('Leyla Aziz described the morning of the attack:\n\n"The soldiers came before dawn. They took the men '
     'to the school.\n\n"We heard the shooting an hour later.\n\n"When we went to the school in the evening, '
     'there was no one left."',
     [('The soldiers came before dawn. They took the men to the school.', 'Leyla Aziz'),
      ('We heard the shooting an hour later.', 'Leyla Aziz'),
      ('When we went to the school in the evening, there was no one left.', 'Leyla Aziz')]),
    ('"We did not know where to go," said Omar Farah.\n\n"The road to the south was closed. The road to the '
     'north was mined.\n\n"So we stayed, and we waited for the end."',
     [('We did not know where to go,', 'Omar Farah'),
      ('The road to the south was closed. The road to the north was mined.', 'Omar Farah'),
      ('So we stayed, and we waited for the end.', 'Omar Farah')]),
    ('Pastor Daniel Mbeki told the commission:\n\n"On the seventh day they came to the church. We had '
     'locked the doors.\n\n"They threw grenades through the windows. Of the 300 people inside, perhaps '
     'twenty lived."',
     [('On the seventh day they came to the church. We had locked the doors.', 'Daniel Mbeki'),
      ('They threw grenades through the windows. Of the 300 people inside, perhaps twenty lived.', 'Daniel Mbeki')]),
    # single marks (British style); apostrophes are no marks
    ("'We were left to die,' said Margaret Doyle, whose brother was shot on the bridge.",
     [('We were left to die,', 'Margaret Doyle')]),
    ("The coroner, Judge Alan Reid, said the men were 'unarmed and posed no threat to anyone'.",
     [('unarmed and posed no threat to anyone', 'Alan Reid')]),
    ("Margaret Doyle spoke after the hearing. Ms Doyle added: 'The truth has taken fifty years to come "
     "out.'",
     [('The truth has taken fifty years to come out.', 'Margaret Doyle')]),
    ("'It was a massacre, pure and simple,' Father Liam Kerr told the inquiry.",
     [('It was a massacre, pure and simple,', 'Liam Kerr')]),
    ("'It's a day we'll never forget,' said Patrick O'Neill, 72.",
     [("It's a day we'll never forget,", "Patrick O'Neill")]),
    ("The soldiers' accounts were later found to be false, and the families' campaign went on.",
     []),
    ("The report said soldiers had fired 'without justification' on the crowd.",
     []),
    # guillemets
    ('Claire Dubois, the mayor, said: «We will never forget the children of this village.»',
     [('We will never forget the children of this village.', 'Claire Dubois')]),
    ('«The bodies were left in the street for days», Amnesty International said.',
     [('The bodies were left in the street for days', 'Amnesty International')]),
    # German marks
    ('„We lost everything in one night“, said Hans Keller, 80.',
     [('We lost everything in one night', 'Hans Keller')]),
    # headlines: a named speaker's words, and words of no named speaker
    ("'We were abandoned': survivors recall the siege of the valley\n\nThirty years on, the survivors of "
     'the siege still meet every spring.',
     []),
    ('Minister Lara Holm: "No amnesty for war crimes"\n\nThe justice minister spoke in parliament on '
     'Tuesday.',
     [('No amnesty for war crimes', 'Lara Holm')]),
    ("'We will find every one of them,' says Colonel Zoran Antic\n\nThe search for the missing resumed on "
     'Monday.',
     [('We will find every one of them,', 'Zoran Antic')]),
    ('Survivors\' "wall of silence" broken after 40 years\n\nThe first hearings opened on Monday.',
     []),
    ("UN envoy calls killings 'a stain on our conscience'\n\nThe UN special envoy, Marta Ruiz, spoke in "
     'Geneva on Friday.',
     []),
    # 'X told Y that "..."'
    ("Vera Ilic told the BBC that 'the soldiers were laughing as they fired'.",
     [('the soldiers were laughing as they fired', 'Vera Ilic')]),
    ('Colonel Adam Frost told the inquiry that "no order to fire was ever given".',
     [('no order to fire was ever given', 'Adam Frost')]),
    ('Protected witness Marko Bulic gave evidence for two days. The witness told the tribunal that "the '
     'guards beat us every night".',
     [('the guards beat us every night', 'Marko Bulic')]),
    ('President Ilham Karimov addressed parliament. Karimov told the deputies on Tuesday that "the '
     'occupation is over".',
     [('the occupation is over', 'Ilham Karimov')]),
    # 'in the words of X'
    ('In the words of the Special Rapporteur, Ana Marquez, "the camps have become open-air prisons".',
     [('the camps have become open-air prisons', 'Ana Marquez')]),
    ('The killings were, in the words of Bishop Oscar Rivas, "a wound that will not close".',
     [('a wound that will not close', 'Oscar Rivas')]),
    ('In the words of one survivor, "the river ran red for a week".',
     []),
    ('The International Tribunal for the Southern Region convicted three officers in 2009. In the words '
     'of the judgment, the attack was "planned in every detail".',
     [('planned in every detail', 'International Tribunal for the Southern Region')]),
    # memoirs, diaries, letters
    ('Years later, General Jan Horak wrote in his memoir that "the order came from the very top".',
     [('the order came from the very top', 'Jan Horak')]),
    ('In his memoirs, published in 1985, Ambassador Henry Cole wrote: "We knew, and we did nothing."',
     [('We knew, and we did nothing.', 'Henry Cole')]),
    ('Eleni Markou wrote in her diary that night: "They are burning the houses on the hill."',
     [('They are burning the houses on the hill.', 'Eleni Markou')]),
    ('Horak wrote in his memoir that the order had come from above.',
     []),
    ('In a letter to his wife, Captain Robert Hale wrote that "the village is gone, every house of it".',
     [('the village is gone, every house of it', 'Robert Hale')]),
    # a testimony without quotation marks: no quotation
    ('Testimony of Sadia Rahman, 34, recorded in October 2017:\n\nThey came in the morning and set fire to '
     'the houses. My husband was taken to the river.',
     []),
    # question-and-answer transcripts: the answers are the document's own body
    ('Q: Where were you when the shelling began?\nA: At home with my daughters, in the cellar.',
     []),
    ('Q: What did the officer say?\nA: Captain Ruslan Bekov said to us: "Nobody leaves the village until '
     'we say so."',
     [('Nobody leaves the village until we say so.', 'Ruslan Bekov')]),
    ('Q: Did anyone explain?\nA: The officer said, "Take the men to the school."',
     []),
    # parliamentary records
    ('The Prime Minister, Helen Ward, told the House: "This was a dark day in our history, and I am '
     'sorry."',
     [('This was a dark day in our history, and I am sorry.', 'Helen Ward')]),
    ('Mr Daniel Okoro (Eastfield): The report of the inquiry speaks of "grave failures at every level". '
     'What has changed since?',
     []),
    ('Lord Fenwick said the government had promised "a full and public inquiry" and had delivered nothing.',
     [('a full and public inquiry', 'Lord Fenwick')]),
    # court summaries
    ('The Trial Chamber of the Special Court for the Coast gave its judgment in 2008. The Chamber found '
     'that the accused "ordered, planned and instigated" the killings.',
     [('ordered, planned and instigated', 'Trial Chamber')]),
    ('Judge Teresa Alves, presiding, said the accused had shown "no remorse whatsoever".',
     [('no remorse whatsoever', 'Teresa Alves')]),
    ('The Supreme Court of Valmora heard the appeal in March. The court held that the order to shoot was '
     '"manifestly unlawful".',
     [('manifestly unlawful', 'Supreme Court of Valmora')]),
    ('The defence argued that the accused had acted "under duress".',
     []),
    # UN press releases
    ('GENEVA (12 May) - The UN High Commissioner for Human Rights, Volker Lind, today said that "the '
     'attacks on hospitals must stop immediately".',
     [('the attacks on hospitals must stop immediately', 'Volker Lind')]),
    ('"Civilians are paying the highest price in this war," said Rita Morales, the UN Resident '
     'Coordinator.',
     [('Civilians are paying the highest price in this war,', 'Rita Morales')]),
    ('The Security Council, in a statement on Friday, said it "strongly condemns the attack on the '
     'peacekeepers".',
     [('strongly condemns the attack on the peacekeepers', 'Security Council')]),
    # wire and news copy
    ('KYIV, March 3 (Reuters) - "The city is surrounded," Mayor Oleh Hrytsenko said on Thursday.',
     [('The city is surrounded,', 'Oleh Hrytsenko')]),
    ('"It was a deliberate attack on civilians," Leila Haddad, a researcher at Human Rights Watch, said '
     'in a statement.',
     [('It was a deliberate attack on civilians,', 'Leila Haddad')]),
    ('Ahmed Salim, whose house was destroyed, told AFP: "We have nothing left, not even a blanket."',
     [('We have nothing left, not even a blanket.', 'Ahmed Salim')]),
    ('"We want justice, not money," the mothers\' association said in a statement.',
     []),
    ('Omar Haddad, a civil defence worker, said: "We pulled out 17 bodies, most of them children."',
     [('We pulled out 17 bodies, most of them children.', 'Omar Haddad')]),
    ('"The death toll has risen to 61," Health Minister Samir Aziz told state television.',
     [('The death toll has risen to 61,', 'Samir Aziz')]),
    # NGO reports with testimony
    ('Human Rights Watch interviewed 40 survivors. Aisha Bello, 29, said: "They lined the men up against '
     'the wall of the mosque."',
     [('They lined the men up against the wall of the mosque.', 'Aisha Bello')]),
    ('"My son was 12. They took him with the men," said Grace Akello (not her real name), 41.',
     [('My son was 12. They took him with the men,', 'Grace Akello')]),
    ('Amnesty International concluded that the attack was "a clear violation of the laws of war".',
     [('a clear violation of the laws of war', 'Amnesty International')]),
    ('The report, based on 120 interviews, found that security forces had used "lethal force without '
     'warning".',
     []),
    # encyclopaedias
    ('According to the historian Lena Bauer, "at least 3,000 people died in the first week".',
     [('at least 3,000 people died in the first week', 'Lena Bauer')]),
    ('Zoran Kovac was arrested in 2001. He later claimed that he had "only followed orders".',
     [('only followed orders', 'Zoran Kovac')]),
    # scare quotes, titles, operations, nicknames, terms and claims of no named speaker
    ('The so-called "anti-terrorist operation" began in April.',
     []),
    ('The report "Silent Valleys: Killings in the North" was published in 2019.',
     []),
    ('The film "The Last Bridge" tells the story of the siege.',
     []),
    ('Commander Ivo Ban became known as "the Butcher of the Valley".',
     []),
    ('The "liberation" of the town left 300 people dead.',
     []),
    ('The militia, which called itself the "Guardians of the Faith", controlled the roads.',
     []),
    ('Operation "Clean Field" lasted two weeks.',
     []),
    ('The "white buses" took the women and children to the border.',
     []),
    ("Ali 'The Hawk' Rahimi was arrested in 2010.",
     []),
    ('The authorities spoke of "voluntary departures" of about 5,000 people.',
     []),
    ('His "confession" was obtained under torture.',
     []),
    ('The camp was officially a "transit centre".',
     []),
    ('Under the heading "Crimes against civilians in the northern districts", the report lists 40 cases.',
     []),
    ('The post says that "more than 10,000 soldiers" were killed.',
     []),
    ('Sergeant Ivo Dren, nicknamed "Rambo", was convicted in 2003.',
     []),
    ('Minister Lara Holm visited the "safe area" at Zepa in May.',
     []),
    ('The Committee of the Valley published "A Land Without People: The Northern Expulsions, 1991-1993" '
     'in 2001.',
     []),
    ("The villagers' 'self-defence units' were disbanded in May.",
     []),
    ('Minister Lara Holm said the 300 "terrorists" had been neutralised.',
     []),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_genres(text, expected):
    assert quotes(text) == expected
