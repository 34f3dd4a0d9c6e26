"""Persons and organisations in the general shapes news, NGO reports, UN releases and court
summaries give them. Every row is a sentence written for this table: the names it must
yield (as a set of names), and rows that must yield none of a kind.
"""

from __future__ import annotations

import pytest

from testimonia.extract.doc import Doc
from testimonia.extract.names import find_organizations, find_persons


def person_names(text: str) -> list[str]:
    doc = Doc(text)
    found = find_persons(doc)
    for a in found:
        assert doc.text[a.span.start : a.span.end] in a.name or a.name.endswith(doc.text[a.span.start : a.span.end])
    return [a.name for a in found]


def organization_names(text: str) -> list[str]:
    return [a.name for a in find_organizations(Doc(text))]


PERSONS = [
    # a surname alone after the full name is the same person, whichever comes first
    ("Speaking to reporters, Zelensky said the talks had failed. President Volodymyr Zelensky later flew to Brussels.",
     ["Volodymyr Zelensky"]),
    ("Interior Minister Khalil Sayer told reporters the army would respond. Mr Sayer gave no details.",
     ["Khalil Sayer"]),
    # a fuller form with a second surname names the person already named
    ("Marta Quispe was 30 when the soldiers came. Marta Quispe Huamán later testified in Lima.", ["Marta Quispe"]),
    # given names of many traditions, with no other cue
    ("Tomasz Nowak and Agnieszka Kowalczyk filed the complaint in Kraków.", ["Tomasz Nowak", "Agnieszka Kowalczyk"]),
    ("Dzhabrail Musayev and his brother Aslanbek were taken away at dawn.", ["Dzhabrail Musayev", "Aslanbek"]),
    ("Halima Osman and Yusuf Idris buried their neighbours that evening.", ["Halima Osman", "Yusuf Idris"]),
    # a Vietnamese family name, middle name and given name
    ("Nguyen Thi Binh and Pham Van Dong were at the table.", ["Nguyen Thi Binh", "Pham Van Dong"]),
    # bylines and credits
    ("Reporting by Qorvel Wisniak in Warsaw; Editing by Tarvo Lindqar", ["Qorvel Wisniak", "Tarvo Lindqar"]),
    ("The account was written by Odran Telvik after two visits to the camp.", ["Odran Telvik"]),
    # an appositive role with free adjectives after its article
    ("Zurev Bitalov, a peace activist, was shot with his family.", ["Zurev Bitalov"]),
    ("Oskuri Patel, the camp's elected representative, met the delegation.", ["Oskuri Patel"]),
    # a capitalised role in apposition
    ("Arvan Tosky, the Human Rights Defender, visited the shelled district.", ["Arvan Tosky"]),
    # a phrase set off by commas before the speech verb
    ("Qorvel Wisniak, representing the families, said they would appeal.", ["Qorvel Wisniak"]),
    ("Velma Drosk, in a book published in 2011, argued for a far lower figure.", ["Velma Drosk"]),
    # a title that a body's name qualifies
    ("Amnesty International Secretary General Odile Marchetti said the verdict was historic.", ["Odile Marchetti"]),
    ("Supreme Court Justice Aldo Brevik wrote the dissent.", ["Aldo Brevik"]),
    # a title that is also a common given name
    ("The prize went to Emir Suljagić, director of the memorial centre.", ["Emir Suljagić"]),
    ("Sheikh Hasina, then prime minister, opened the museum.", ["Sheikh Hasina"]),
    # a given name and a surname's initial: a witness as testimony names one
    ("Aslan K., 34, said soldiers took his brother away.", ["Aslan K."]),
    ("Witness: Zarema T. (pseudonym), a nurse from Grozny.", ["Zarema T."]),
    # a title word after a given name is a word of the name
    ("Ahmad Shah Massoud was killed two days before the attacks.", ["Ahmad Shah Massoud"]),
    ("Martin Luther King Jr. spoke in Memphis.", ["Martin Luther King Jr."]),
    ("Colonel-General Aleksandr Dvornikov commanded the southern group.", ["Aleksandr Dvornikov"]),
    ("Brammer took over from her successor Serge Brammertz in 2008.", ["Serge Brammertz"]),
    # a witness named by a letter and a number
    ("Witness P-0101 testified that the brigade attacked the camp.", ["Witness P-0101"]),
    # a person's regime is still the person named
    ("Opponents of the Bashar al-Assad regime were detained.", ["Bashar al-Assad"]),
]

NOT_PERSONS = [
    "The Special Jurisdiction for Peace found that 6,402 people were killed.",
    'The man the guards called "Brother Number Two" was not in court that day.',
    "The official Single Register of Victims, published in 2017, lists 978 names.",
    "Executive Summary",
    "The ruling came from the Donetsk Regional Academic Drama Theatre's former director.",
    "In Kharkiv Oblast, where shelling continued, officials said 12 people died.",
    "Eastern Ghouta, besieged since 2013, was hit again, activists said.",
    "The M. Gorky Street was shelled twice.",
    "Tutela Varga, the archdiocese's legal aid office, said the list was incomplete.",
    "Nueva Esperanza, which runs the shelter, said 40 families had arrived.",
    "Vigil Sur, a volunteer group, counted the dead.",
    "Veldu Prast, a town where the mayor once lived, was shelled.",
    "Reporting by the Associated Press; Editing by Reuters staff",
    # places named after persons
    "Detainees were held at the Amadou Keita and Sangaya military camps.",
    "Survivors were treated at the Fatima Begum hospital.",
]


@pytest.mark.parametrize("text,expected", PERSONS)
def test_persons_in_general_shapes(text, expected):
    assert person_names(text) == expected


@pytest.mark.parametrize("text", NOT_PERSONS)
def test_no_person_in(text):
    assert person_names(text) == []


def test_a_title_phrase_and_its_holder_are_no_list_of_two_persons():
    text = "The Minister of National Unity and Civic Engagement, Jean-Damascène Bizimana, attended."
    assert person_names(text) == ["Jean-Damascène Bizimana"]


ORGANIZATIONS = [
    # panels, embassies and missions with where they sit or what they examine
    ("The UN Panel of Experts on Libya reported to the Security Council.",
     ["UN Panel of Experts on Libya", "Security Council"]),
    ("The U.S. Embassy in Kyiv and the British Embassy in Moscow issued statements.",
     ["U.S. Embassy in Kyiv", "British Embassy in Moscow"]),
    ("The Panel of Experts on Accountability in Sri Lanka reported in March.",
     ["Panel of Experts on Accountability in Sri Lanka"]),
    # a possessive right after "the" opens a name; a country's possessive does not
    ("Fighters of the Shepherd's Liberation Army burned the village.", ["Shepherd's Liberation Army"]),
    ("Russia's Defence Ministry denied the report.", ["Defence Ministry"]),
    ("The Government's Security Council met on Monday.", ["Security Council"]),
    # a ministry's seat is no part of its name
    ("The Ministry of Defence in Kyiv denied the report.", ["Ministry of Defence"]),
    # an office named for its holder
    ("The Prosecutor General's Office of Ukraine registered the case.", ["Prosecutor General's Office of Ukraine"]),
    # the holder's possessive before any other head is the owner, not the name
    ("The Secretary-General's Panel of Experts signed its report.", ["Panel of Experts"]),
    # several words joined by "and" after an article
    ("The Lessons Learnt and Reconciliation Commission reported in 2011.",
     ["Lessons Learnt and Reconciliation Commission"]),
    # memorial institutions, but not a memorial's day
    ("Families gathered at the Ntarama Genocide Memorial on Sunday.", ["Ntarama Genocide Memorial"]),
    ("The Holocaust Memorial Day Trust organises the events.", ["Holocaust Memorial Day Trust"]),
    # a name that opens a line
    ("PRESS RELEASE\nKigali Genocide Memorial, Gasabo District", ["Kigali Genocide Memorial"]),
    # a complement shared by two coordinated names, and one that is not
    ("In a joint statement, the Armenian Foreign Ministry and the Office of the Human Rights Defender of Armenia "
     "condemned the shelling.",
     ["Armenian Foreign Ministry", "Office of the Human Rights Defender of Armenia"]),
    # armed groups and outlets known by name
    ("The Liberation Tigers of Tamil Eelam (LTTE) denied the claim.", ["Liberation Tigers of Tamil Eelam", "LTTE"]),
    ("Fighters of Hayat Tahrir al-Sham took the town, Novaya Gazeta reported.", ["Hayat Tahrir al-Sham", "Novaya Gazeta"]),
    ("Four members of the Kaibiles were convicted.", ["Kaibiles"]),
]

NOT_ORGANIZATIONS = [
    "Operation Allied Force began on 24 March 1999.",
    "Holocaust Memorial Day falls on 27 January.",
    "Victims Lists Were Published By The Ministry Of Health On Friday",
    "A court convicted four former Kaibiles in 2011.",
    "Displaced families sheltered in the Red Crescent Hospital in Khan Younis.",
]


@pytest.mark.parametrize("text,expected", ORGANIZATIONS)
def test_organizations_in_general_shapes(text, expected):
    assert organization_names(text) == expected


@pytest.mark.parametrize("text", NOT_ORGANIZATIONS)
def test_no_organization_in(text):
    assert organization_names(text) == []
