"""Persons and organisations in the layouts published text gives them: bylines and credit
lines in capitals, labels of infoboxes and case headers, names that open a line or a
bullet, given names that are also words or months, defined acronyms in quotes. Every row
is a sentence written for this table; the rows after each table must yield none of a kind.
Names compare case-insensitively, as `testimonia eval` compares them.
"""

from __future__ import annotations

import pytest

from testimonia.extract.doc import Doc
from testimonia.extract.names import find_organizations, find_persons


def person_names(text: str) -> set[str]:
    doc = Doc(text)
    found = find_persons(doc)
    for a in found:
        assert doc.text[a.span.start : a.span.end].lower() in a.name.lower()
    return {a.name.lower() for a in found}


def organization_names(text: str) -> set[str]:
    return {a.name.lower() for a in find_organizations(Doc(text))}


PERSONS = [
    # bylines and credit lines, in capitals or not
    ("By SARAH JENKINS\nKIGALI, April 7 (Reuters) - Survivors gathered at the church.", {"sarah jenkins"}),
    ("By MARIA GONZALEZ and PETER OKAFOR\nAssociated Press\nLIMA - The report was published.",
     {"maria gonzalez", "peter okafor"}),
    ("By ODRAN TELVIK, QORVEL WISNIAK and TARVO LINDQAR\nThe convoy left at dawn.",
     {"odran telvik", "qorvel wisniak", "tarvo lindqar"}),
    ("JOHN SMITH, Reuters\nThe convoy was stopped at the border crossing.", {"john smith"}),
    ("Written by DAVID OKONKWO | Edited by Will Harding", {"david okonkwo", "will harding"}),
    ("Story by Odran Telvik and Qorvel Wisniak\nThe camp was empty.", {"odran telvik", "qorvel wisniak"}),
    ("By Odran Telvik, Associated Press\nThe camp was empty.", {"odran telvik"}),
    ("(Reporting by Odran Telvik; Editing by Tarvo Lindqar)", {"odran telvik", "tarvo lindqar"}),
    ("(Reporting by ODRAN TELVIK)", {"odran telvik"}),
    # a writer in capitals in the byline and in mixed case in the credits is one person
    ("By AMINA YUSUF\nThe market was hit twice.\n(Reporting by Amina Yusuf in Maiduguri)", {"amina yusuf"}),
    # given names that are also words or months, before a surname
    ("Jan Novak, a teacher from Brno, said the soldiers came at night.", {"jan novak"}),
    ("May Hassan told the inquiry that her brother never came home.", {"may hassan"}),
    ("June Almeida and Rose Kariuki founded the support group.", {"june almeida", "rose kariuki"}),
    ("April Dawson, the mission's spokeswoman, declined to comment.", {"april dawson"}),
    ("The witnesses will testify next week, and Will Ferrante will lead the defence.", {"will ferrante"}),
    ("My neighbour May Mukamana hid us in her banana plantation.", {"may mukamana"}),
    ("Presiding Judge Jan Horvath read the verdict.", {"jan horvath"}),
    # a role as a label opening the line: infoboxes, case headers
    ("Commander: Odran Telvik\nPerpetrators: Qorvel Wisniak, Tarvo Lindqar and Velma Drosk",
     {"odran telvik", "qorvel wisniak", "tarvo lindqar", "velma drosk"}),
    ("Presiding Judge: Odran Telvik", {"odran telvik"}),
    ("- Accused: Qorvel Wisniak", {"qorvel wisniak"}),
    # a title whose mandate goes on in lower case before the apposed name
    ("Taking note of the report of the Special Rapporteur on the situation of human rights in Burundi, "
     "Fortuné Gaetan Zongo,", {"fortuné gaetan zongo"}),
    ("The Council heard the Independent Expert on the situation of human rights in Mali, Oskar Veldt, on Tuesday.",
     {"oskar veldt"}),
    # a person as the agent of a role verb
    ("The Prosecution, represented by Odran Telvik, opposed the appeal.", {"odran telvik"}),
    # a case's accused, in capitals or not
    ("The Prosecutor v. Odran Telvik, Case No. ICTR-96-4-T", {"odran telvik"}),
    ("PROSECUTOR v. QORVEL WISNIAK\nJudgement Summary", {"qorvel wisniak"}),
    # what befalls a person, or what is a person's
    ("The body of Tarvo Lindqar was found near the river.", {"tarvo lindqar"}),
    ("The disappearance of Tarvo Lindqar in 1994 remains unsolved.", {"tarvo lindqar"}),
    ("Qorvel Wisniak's brother was taken away that night.", {"qorvel wisniak"}),
    ("Velma Drosk's testimony was central to the verdict.", {"velma drosk"}),
    ("Telvik's wife, Velma Drosk, was also injured.", {"velma drosk"}),
    # an age in brackets
    ("Odran Telvik (43) lost two sons.", {"odran telvik"}),
    # a list of the dead: the cue after the last name or before the first passes along the list
    ("Odran Telvik, Velma Drosk and Qorvel Wisniak were among the dead.", {"odran telvik", "velma drosk", "qorvel wisniak"}),
    ("Among the dead were Odran Telvik, Velma Drosk and Qorvel Wisniak.", {"odran telvik", "velma drosk", "qorvel wisniak"}),
    # the one name a person is better known by
    ("Odran Telvik Marsh, better known as Telko, commanded the unit.", {"odran telvik marsh", "telko"}),
]

NOT_PERSONS = [
    # months stay months before a name-like word, and after a time word
    "In May Russian troops entered the city.",
    "Since June Human Rights Watch has recorded 40 cases.",
    "Last August Ukrainian officials said the figure was higher.",
    "Between March and May Syrian forces shelled the district.",
    "The shelling began on Jan 14 and lasted until Feb 2.",
    "The attack took place on May 22, 2017, outside the arena.",
    # words that are given names, opening a sentence or a title-case line
    "May God rest their souls.",
    "Will Europe act before it is too late?",
    "Will Parliament pass the bill?",
    "Hope Springs Eternal in the Camps",
    "Findings:\n- Hope Springs Eternal in the Camps\n- June Rains Slow the Search",
    "Faith Leaders Call for Calm",
    "June Rains Slow the Search for Bodies",
    "April Fools' Day was not observed.",
    "Grace Church in Derry held a vigil.",
    "Survivors hope the court will act.",
    "Hope and Grace were the names of the two ships.",
    "The Rose Revolution brought a new government.",
    # bylines that name no person, and lines in capitals that are no byline
    "By Air and By Sea: The Evacuation of Civilians",
    "By Land, Sea and Air",
    "By Order of the Commander",
    "BY THE NUMBERS",
    "By Staff Reporters",
    "By Our Correspondent in Kabul",
    "By Associated Press Writers",
    "By Air Strikes, Villages Burned",
    "EXECUTIVE SUMMARY\nKEY FINDINGS, RECOMMENDATIONS",
    "NEW YORK, Reuters - The council met.",
    "HUMAN RIGHTS WATCH, New York",
    # labels that are no role
    "Location: Velma Drosk",
    # a case between states; what befalls a people, a place or a body
    "BOSNIA AND HERZEGOVINA v. SERBIA AND MONTENEGRO",
    "The killing of Bosnian Muslims continued for days.",
    "The trial of Khmer Rouge leaders took years.",
    "The arrest of Human Rights Watch researchers was condemned.",
    "The execution of Operation Storm took four days.",
    "Tuol Sleng's body count rose.",
    "The 10th Sabotage Detachment, known as the Drina Wolves, took part.",
    "North Korea's body count was disputed.",
    # titles and headings with no name
    "The Prime Minister said the government would compensate the families.",
    "On Monday the Prime Minister visited Srebrenica.",
    "Bloody Sunday remains a wound in Derry.",
    "Mass Graves Found Near Village, Officials Say",
    "Section 4: Methodology and Sources",
]

ORGANIZATIONS = [
    # a defined acronym in quotes, as judgments define terms
    ('Members of the Ministry of Interior ("MUP") took part in the killings.', {"ministry of interior", "mup"}),
    ('Troops of the Yugoslav Army ("VJ") and the Special Anti-Terrorist Unit ("SAJ") entered the village.',
     {"yugoslav army", "vj", "special anti-terrorist unit", "saj"}),
    # a lower-case class noun before a body's own name
    ("The mining company Lonvar said it regretted the deaths.", {"lonvar"}),
    ("Workers of the state energy group PetroKaz went on strike.", {"petrokaz"}),
    ("An office of the oil producer Ozenkor was set on fire.", {"ozenkor"}),
    ("The war monitor Skyline Watchers counted 40 strikes.", {"skyline watchers"}),
    # a militia named before its noun
    ("Among those tried was the Merah militia leader Eduardo Santos.", {"merah"}),
    # an ambiguous known name in a list with a known body
    ("Memorial and Human Rights Watch said later that more than a hundred had died.",
     {"memorial", "human rights watch"}),
    # a plural possessive inside the complement
    ("The Union of Committees of Soldiers' Mothers collected the names.", {"union of committees of soldiers' mothers"}),
    # "X and Y Commission" opening a line or a bullet
    ("Findings\nThe United Nations Relief and Works Agency for Palestine Refugees said 13 staff were killed.",
     {"united nations relief and works agency for palestine refugees"}),
    ("Sources:\n- Truth and Reconciliation Commission: 21,000 statements", {"truth and reconciliation commission"}),
    # an acronym's possessive before a body's name
    ("Investigators from the OPCW's Fact-Finding Mission visited the site.", {"opcw", "fact-finding mission"}),
    # a unit
    ("The Special Investigations Unit opened a case.", {"special investigations unit"}),
    ("The Organization for Security and Co-operation in Europe (OSCE) reported heavy shelling.",
     {"organization for security and co-operation in europe", "osce"}),
    # a head word inside a longer name does not end it; a head that opens a name does
    ("The Ministry of Foreign Affairs and International Cooperation of South Sudan issued a statement.",
     {"ministry of foreign affairs and international cooperation of south sudan"}),
    ("The Committee on Foreign Affairs and Senate Armed Services Committee held hearings.",
     {"committee on foreign affairs", "senate armed services committee"}),
    ("Members of the Mungiki sect attacked residents of Naivasha.", {"mungiki"}),
    ("Radio Télévision Libre des Mille Collines (RTLM) broadcast lists of names.",
     {"radio télévision libre des mille collines", "rtlm"}),
    # a mission named with a country whose name holds "of the" or "and"
    ("The United Nations Organization Stabilization Mission in the Democratic Republic of the Congo (MONUSCO) "
     "counted 40 bodies.", {"united nations organization stabilization mission in the democratic republic of the congo",
                            "monusco"}),
    ("The UN Mission in Bosnia and Herzegovina closed in 2002.", {"un mission in bosnia and herzegovina"}),
    ("The OSCE Mission in Kosovo and Human Rights Watch reported the killings.", {"osce mission in kosovo", "human rights watch"}),
    # an agency credited in a dateline
    ("KYIV, Ukraine (AP) \u2014 Russian missiles struck the city overnight.", {"ap"}),
    ("DHAKA, Bangladesh, Sept. 1 (UPI) -- Floods killed 12 people.", {"upi"}),
    ("NAIROBI, March 3 (AFP) - Police fired tear gas at protesters.", {"afp"}),
    # a shortened back-reference, after or before the full name, is no second body
    ("The Independent International Fact-Finding Mission on Myanmar reported in 2018. "
     "A year later the Fact-Finding Mission called for trials.", {"independent international fact-finding mission on myanmar"}),
    ("3.3 The Panel of Inquiry. The Secretary-General's Panel of Inquiry on Accountability in Kivu signed its report in 2011.",
     {"panel of inquiry on accountability in kivu"}),
    ("The Supreme Court of Uzbekistan heard the case. The Supreme Court rejected the appeal.", {"supreme court of uzbekistan"}),
    # but a known name, or a UN organ, is a name of its own
    ("The UN Security Council met on Monday, and the Security Council then voted.",
     {"un security council", "security council"}),
    ("Amnesty International said so. Amnesty later repeated it.", {"amnesty international", "amnesty"}),
]

NOT_ORGANIZATIONS = [
    "AP I and AP II of the Geneva Conventions apply.",
    "The First Protocol (AP) - its text - applies.",
    "An Intensive Care Unit was hit.",
    "The company said it would cooperate.",
    "The mining company denied responsibility.",
    "The armed group said it had not attacked civilians.",
    "The war monitor said 20 people died.",
    "Troops fired on the crowd.",
    "The commission of inquiry found no evidence.",
    "The ministry did not respond to requests for comment.",
    "Human Rights were violated on a massive scale.",
    "Human Rights and the Rule of Law",
    "Srebrenica Genocide Memorial Day is marked on 11 July.",
    "The Srebrenica Massacre was the worst atrocity in Europe since 1945.",
    "Chapter 3: The Role of the International Community",
    "The Secretary-General called for restraint.",
    "Police said the crowd had thrown stones.",
]


@pytest.mark.parametrize("text,expected", PERSONS)
def test_persons_in_layouts(text, expected):
    assert person_names(text) == expected


@pytest.mark.parametrize("text", NOT_PERSONS)
def test_no_person_in_layouts(text):
    assert person_names(text) == set()


@pytest.mark.parametrize("text,expected", ORGANIZATIONS)
def test_organizations_in_layouts(text, expected):
    assert organization_names(text) == expected


@pytest.mark.parametrize("text", NOT_ORGANIZATIONS)
def test_no_organization_in_layouts(text):
    assert organization_names(text) == set()
