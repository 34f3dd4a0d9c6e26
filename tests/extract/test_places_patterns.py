"""How English writes places the gazetteer may not know, and what only looks like one.

Rows of a sentence (written for these tests) and the places it names, as written,
found by the whole pipeline (persons and organisations are known to `find_places`);
beside them rows whose names must NOT be reported as places.
"""

from __future__ import annotations

import pytest

from testimonia.extract.pipeline import extract
from testimonia.gazetteer import get_gazetteer

FOUND = [
    # a comma sets off what the place is: ", a village near", ", 12 km north of"
    ("Families fled Qorvani, a small farming village near Goranboy, at dawn.", ["Qorvani", "Goranboy"]),
    ("The bodies were taken to Dabra Kel, some 12 km north of the town, and buried.", ["Dabra Kel"]),
    ("Witnesses named Hesselby, a settlement on the river, as the last stop.", ["Hesselby"]),
    ("Goranboy, a town west of Barda, was shelled again.", ["Goranboy", "Barda"]),
    # a place placed by another one
    ("The wounded were treated at Vellan Farm near Vavuniya.", ["Vellan Farm", "Vavuniya"]),
    # an unknown name listed with places is one
    ("Shells struck Beit Qaram, Douma and Aleppo overnight.", ["Beit Qaram", "Douma", "Aleppo"]),
    # a place noun makes a place even of a person's name
    ("Detainees were held at the Samuel Okoro and Benue military camps.", ["Samuel Okoro", "Benue"]),
    ("Shots were heard near the Banani police lines and the Dhaka cantonment.", ["Banani", "Dhaka"]),
    ("Gas reached Arbeen and Kafr Talba in the Ghouta area.", ["Arbeen", "Kafr Talba", "Ghouta"]),
    # a building named once by a name the gazetteer is unsure of: the building is the place
    ("Mourners gathered at the Vostrikovo cemetery on the edge of Moscow.", ["Vostrikovo cemetery", "Moscow"]),
    ("The funeral was held at the Santa Cruz cemetery in Dili.", ["Santa Cruz cemetery", "Dili"]),
    # ... but a town the gazetteer is sure of stays the town
    ("Survivors prayed in the Nyamata church, south of Kigali.", ["Nyamata", "Kigali"]),
    # a heading naming the place with a cue and no full stop
    ("4.2 Findings\nAt Las Tres Cruces the team found two graves.", ["Las Tres Cruces"]),
    # the place an embassy or a memorial stands in
    ("The British Embassy in Tbilisi issued a warning.", ["Tbilisi"]),
    ("School groups visit the Kigali Genocide Memorial every week.", ["Kigali"]),
    # historical and cultural regions the GeoNames lists lack
    ("The farmers of the Limousin and Alsace remembered the war.", ["Limousin", "Alsace"]),
    ("She grew up in the Transvaal and moved to Natal province.", ["Transvaal", "Natal"]),
    ("Troops advanced through the Vanni towards Kilinochchi.", ["Vanni", "Kilinochchi"]),
    ("Protests spread from South Jeolla to North Gyeongsang.", ["South Jeolla", "North Gyeongsang"]),
]

NOT_FOUND = [
    # honorifics make persons of town names
    ("Mr Lincoln and Dr Chester met Mrs. Preston for lunch.", ["Lincoln", "Chester", "Preston"]),
    # a surname written with an accent the country lacks
    ("The court in Florida sentenced Gilberto Jordán to ten years.", ["Jordán"]),
    # a word of a title in capitals after "from"
    ("Parliament ratified the Convention for the Protection of All Persons from Enforced Disappearance.",
     ["Enforced Disappearance"]),
    # an alternate name of a small town abroad after "known as" is a nickname
    ("In Guinea, his deputy, a captain known as Toumba, gave the order.", ["Toumba"]),
    # a place inside an organisation's name "of" it is not named as a place
    ("The Government of Armenia and the Voice of America disagreed.", ["Armenia", "America"]),
    ("The United States Holocaust Memorial Museum holds the files.", ["United States"]),
    # a person's name near a place noun that does not follow it
    ("Talks between Russia, Ukraine and Amnesty International failed.", ["Amnesty International"]),
    ("Envoys from France, Germany and Jack Smith met in May.", ["Jack Smith", "May"]),
    # months, days and capitalised words opening a sentence
    ("May was cold. On Tuesday, Hope and Faith arrived at Sunday School.", ["May", "Tuesday", "Hope", "Faith"]),
    ("Victoria Nuland spoke to Jack Reading on the phone.", ["Victoria", "Reading"]),
    ("Reading the report, she said Split decisions were rare.", ["Reading", "Split"]),
    # a comma and a person's description are no place's
    ("Okonkwo, a town councillor, and Mammadli, a village elder in Barda, spoke.", ["Okonkwo", "Mammadli"]),
    ("Ngozi Adeyemi, 45, a city official in Lagos, was shot.", ["Ngozi Adeyemi", "Adeyemi"]),
    # a town's name that a comma shows to be a person's: an age, a role
    ("Delgado, 45, a father of three, was shot near the market.", ["Delgado"]),
    ("Kozlov, leader of the unregistered party, spoke to reporters.", ["Kozlov"]),
    ("Smithers, a town councillor for the area, resigned.", ["Smithers"]),
]


def names(text: str) -> list[str]:
    return [p.name for p in extract(text).places]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_places_english_writes(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "words"), NOT_FOUND)
def test_names_that_are_not_places(text, words):
    assert set(names(text)).isdisjoint(words)


def test_a_region_takes_the_namesake_in_the_country_the_document_names():
    gz = get_gazetteer()

    def country(text: str) -> str:
        p = next(p for p in extract(text).places if p.name == "Northern Province")
        return gz.entry(p.place).country

    assert country("Fighting spread across the Northern Province of Sri Lanka.") == "LK"
    assert country("In Rwanda, the Northern Province reported floods.") == "RW"
    # the name alone: the best-ranked namesake
    assert country("The Northern Province was calm.") == gz.lookup("Northern Province")[0].country
