"""Organisations in the forms news, NGO reports, resolutions and court summaries publish them
(session 7, issue 3): units, ministries, UN bodies, courts, parliaments, parties, outlets. Every
row is a sentence written for this table; the names it must yield as written, or none at all.
"""

from __future__ import annotations

import pytest

from testimonia.extract.doc import Doc
from testimonia.extract.names import find_organizations, find_persons


def organization_names(text: str) -> list[str]:
    doc = Doc(text)
    found = find_organizations(doc)
    for a in found:  # a letterhead's capitals are named in title case
        assert a.name.lower().startswith(doc.text[a.span.start : a.span.end].lower())
    return [a.name for a in found]


def person_names(text: str) -> list[str]:
    return [a.name for a in find_persons(Doc(text))]


ORGANIZATIONS = [
    # units by number and head, and the force they belong to
    ("Soldiers of the 366th Motorized Rifle Regiment took part in the assault.", ["366th Motorized Rifle Regiment"]),
    ("The 2nd Battalion withdrew from the ridge before dawn.", ["2nd Battalion"]),
    ("The 4th Mechanized Brigade of the Ukrainian Ground Forces held the line.",
     ["4th Mechanized Brigade", "Ukrainian Ground Forces"]),
    ("The village was shelled by the 1st Army Corps of the Nagorno-Karabakh Defence Army.",
     ["1st Army Corps", "Nagorno-Karabakh Defence Army"]),
    ("Soldiers of the 23rd Division of the Soviet Army took part.", ["23rd Division", "Soviet Army"]),
    # a plural possessive after a name that ends in s
    ("Reuters' Beirut bureau confirmed the strike.", ["Reuters"]),
    ("The Rapid Support Forces' commander denied the charge.", ["Rapid Support Forces"]),
    ("Médecins Sans Frontières' teams treated 300 patients.", ["Médecins Sans Frontières"]),
    # ministries, with their country before or after
    ("The Ministry of Defence of Armenia denied the claim.", ["Ministry of Defence of Armenia"]),
    ("The Ministry of Internal Affairs of the USSR sent troops to Baku.", ["Ministry of Internal Affairs of the USSR"]),
    ("Russia's Ministry of Emergency Situations sent rescuers.", ["Ministry of Emergency Situations"]),
    # a complement naming a place with a head's word in it names no second body
    ("The Communist Party of the Soviet Union expelled him.", ["Communist Party of the Soviet Union"]),
    ("A delegate of the Workers' Party of the Soviet Union spoke first.", ["Workers' Party of the Soviet Union"]),
    # a complement is shared only where it says whose the bodies are, not what they do
    ("Officials from the State Security Service and the Ministry of Internal Affairs visited the site.",
     ["State Security Service", "Ministry of Internal Affairs"]),
    ("The Supreme Court and the Constitutional Court of Chile ruled on the case.",
     ["Supreme Court of Chile", "Constitutional Court of Chile"]),
    # parliaments named by their own head alone
    ("The Sejm adopted a resolution on the massacre.", ["Sejm"]),
    ("The Seimas declared a day of mourning.", ["Seimas"]),
    ("A week later the Duma passed the bill.", ["Duma"]),
    ("Azerbaijan's parliament, the Milli Majlis, condemned the report.", ["Milli Majlis"]),
    # a plural possessive inside a name
    ("The figures were gathered by the Helsinki Citizens' Assembly in Vanadzor.", ["Helsinki Citizens' Assembly"]),
    ("The Union of Journalists' Associations protested.", ["Union of Journalists' Associations"]),
    # a noun phrase in apposition that describes a body
    ("Caucasian Knot, an independent news site, counted the victims.", ["Caucasian Knot"]),
    ("Zorvan Media, a Tbilisi-based broadcaster, aired the footage.", ["Zorvan Media"]),
    ("Velkari, a human rights group that works in the south, kept the list.", ["Velkari"]),
    ("Darvesh Relief, a charity, ran the shelter.", ["Darvesh Relief"]),
    # an acronym opening a sentence before its class noun
    ("APA news agency reported that the shelling continued.", ["APA"]),
    # an acronym before a court's word
    ("The ECHR judgment in the case was delivered in 2015.", ["ECHR"]),
    # parties and outlets of the South Caucasus by name alone
    ("The Armenian Revolutionary Federation (Dashnaktsutyun) boycotted the vote.",
     ["Armenian Revolutionary Federation", "Dashnaktsutyun"]),
    ("According to Eurasianet, the road was closed.", ["Eurasianet"]),
    ("OC Media interviewed residents of the village.", ["OC Media"]),
    # an office's title with a hyphen names the body in its complement, not a body of its own
    ("The Chairperson-in-Office of the OSCE called for a ceasefire.", ["OSCE"]),
    # a bracket opens a name, as a quotation mark does
    ("- Missing: 4,000 (State Commission on Prisoners of War, Hostages and Missing Persons)",
     ["State Commission on Prisoners of War, Hostages and Missing Persons"]),
    ("Displaced: 90,000 (Regional Migration Service, 3 October)", ["Regional Migration Service"]),
    # the UN that qualifies a person's title is named only where it acts itself
    ("The UN Special Rapporteur on torture asked for access. The UN said it had no reply.",
     ["UN"]),
    ("The United Nations count was never published.", ["United Nations"]),
    ("The U.N. human rights chief called for an inquiry.", ["U.N."]),
    ("Donors included the European Endowment for Democracy.", ["European Endowment for Democracy"]),
    # a letterhead in capitals: the name that opens the line or a part of it, read in title case
    ("MINISTRY OF DEFENCE OF THE REPUBLIC OF KORVENIA\nPress Office\n\nThe Ministry rejects the report.",
     ["Ministry of Defence of the Republic of Korvenia"]),
    ("REPUBLIC OF KORVENIA \u2014 STATE COMMITTEE FOR REFUGEES\n\nThe Committee registered 4,000 families.",
     ["State Committee for Refugees"]),
    # the link repeated after "and" opens a second body's name
    ("The raid was carried out by units of the Ministry of Internal Affairs and of the Soviet Army's 23rd Division.",
     ["Ministry of Internal Affairs", "Soviet Army", "23rd Division"]),
    ("The Ministry of Youth and of Sports replied.", ["Ministry of Youth and of Sports"]),
    # a bracket that glosses the name before it opens no name
    ("The Lebanese Forces (Christian Militia) entered the camp.", ["Lebanese Forces"]),
    # a letterhead's quoted name after the kind of body it is
    ('HUMAN RIGHTS CENTRE "VESNA"\nMoscow\n\nThe mission visited six villages.', ["Vesna"]),
    # a body named in an instrument's title is named where the text names it elsewhere
    ("The Statute of the International Criminal Court was adopted in Rome. The International Criminal Court "
     "opened in 2002.", ["International Criminal Court"]),
]

NOT_ORGANIZATIONS = [
    # peoples, places, events, documents
    "The Armenians and the Azerbaijanis lived side by side.",
    "The First Nagorno-Karabakh War ended in 1994.",
    "The Sumgait pogrom began on 27 February 1988.",
    "Stepanakert and Shusha were shelled overnight.",
    "Operation Iron Fist began on 27 September.",
    "Families gathered at the Alley of Martyrs on 20 January.",
    "The Karabakh movement grew in 1988.",
    "Russian peacekeepers took up positions along the corridor.",
    "Azerbaijani forces launched what they called anti-terrorist measures.",
    # an appositive that describes a place, a person or a time, not a body
    "Stepanakert, the regional capital, was shelled.",
    "Goris, the first town across the border, received the refugees.",
    "Anahit Vardanyan, a journalist for the newspaper, said the road was closed.",
    "In Baku, a city daily, reported the deaths.",
    "Yesterday, the news agency reported the deaths.",
    # a plural possessive of common nouns
    "The refugees' camp was shelled twice.",
    # a title of an office, hyphenated
    "The Chairperson-in-Office met both foreign ministers.",
    # a body named only inside an instrument's title
    "Deportation is a crime under the Rome Statute of the International Criminal Court.",
    "The Charter of the International Military Tribunal defined crimes against peace.",
    # a body's own press desk
    "Media contact: Press Office, 12 Main Street.",
    # a report's title in capitals names its subject, not its author
    "REPORT OF THE OBSERVER MISSION ON THE DEPORTATIONS OF 1991\n\nThe villages were emptied.",
    "STATEMENT ON THE ANNIVERSARY OF THE MASSACRE\n\nThirty years ago the village burned.",
    # the UN in a person's title
    "The UN Special Rapporteur on torture asked for access.",
    "Volker Holm, the UN High Commissioner for Human Rights, visited the camp.",
    "The UN Secretary-General called for restraint.",
]

PERSONS = [
    # a surname already named is no given name of the next person's surname
    ("The trilateral statement signed by Aliyev, Pashinyan and Vladimir Putin ended the war.",
     ["Aliyev", "Pashinyan", "Vladimir Putin"]),
    ("Nikol Pashinyan met Ilham Aliyev. Aliyev and Vladimir Putin spoke later.",
     ["Nikol Pashinyan", "Ilham Aliyev", "Vladimir Putin"]),
    # authors an author-date citation names, in a footnote or a bracket
    ("Notes\n[4] de Vries 2003, p. 212.\n[5] Halloran 2001, p. 97.", ["de Vries", "Halloran"]),
    ("Some 30,000 died (Kessler 1998: 45; Ostrov 2004, pp. 12-14).", ["Kessler", "Ostrov"]),
    # a role word before a word never written in lower case is a title and a surname
    ("Survivor Hasanov told us about the night. The survivor was 14.", ["Hasanov"]),
]

NOT_PERSONS = [
    # a role word before a word the text also writes in lower case: a heading, no person
    "Refugee Response \u2014 Flash Update #4\nThe response plan asks for US$ 97 million.",
    "Survivor Support\nThe support line is open at night.",
    # a known surname that names the applicant in a case's title
    "The Grand Chamber delivered its judgment in Sargsyan v. Azerbaijan in 2015.",
    "The reasoning in Chiragov and Others v. Armenia was followed.",
]


@pytest.mark.parametrize("text,expected", ORGANIZATIONS)
def test_organizations_as_published(text, expected):
    assert organization_names(text) == expected


@pytest.mark.parametrize("text", NOT_ORGANIZATIONS)
def test_no_organization_in(text):
    assert organization_names(text) == []


@pytest.mark.parametrize("text,expected", PERSONS)
def test_persons_in_lists(text, expected):
    assert person_names(text) == expected


@pytest.mark.parametrize("text", NOT_PERSONS)
def test_no_person_in_a_case_title(text):
    assert person_names(text) == []
