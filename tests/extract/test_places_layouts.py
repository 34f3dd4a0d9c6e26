"""Places in the layouts and name shapes of published text: datelines in capitals, names
with lower-case particles and plural possessives, compound names that hold other names,
names of operations and treaties, peoples that share a town's name, a place named again
without a cue, a nickname in quotes.

Rows of a sentence (written for these tests) and the places it names, as written, found
by the whole pipeline; beside them rows whose words must NOT be reported as places.
"""

from __future__ import annotations

import pytest

from testimonia.extract.pipeline import extract

FOUND = [
    # a dateline: a place in capitals opening a story, before a comma, an agency or a dash,
    # however short ("TYRE" and "GAO" are no acronyms there)
    ("TYRE, Lebanon, March 2 (Agency) – Rescuers dug through the night.", ["TYRE", "Lebanon"]),
    ("GAO, Mali (AP) - Gunmen attacked a market on Sunday.", ["GAO", "Mali"]),
    ("KYIV – Sirens sounded across the city before dawn.", ["KYIV"]),
    # ... and one the gazetteer does not know, placed by a country or credited to an agency
    ("DRASNIKI, Bosnia, July 9 – Villagers returned to find the houses empty.", ["DRASNIKI", "Bosnia"]),
    ("VELMARO (Reuters) - Police sealed the harbour on Friday.", ["VELMARO"]),
    # lower-case particles inside a name: de los, de la, de las, op
    ("Buses left San Juan de los Morros at noon and reached Puerto de la Cruz.",
     ["San Juan de los Morros", "Puerto de la Cruz"]),
    ("The census counted Villa de las Rosas and Bergen op Zoom.", ["Villa de las Rosas", "Bergen op Zoom"]),
    # a plural possessive inside a name: the apostrophe after the s
    ("Veterans laid flowers at Pioneers' Acre on Sunday.", ["Pioneers' Acre"]),
    ("Crowds filled Martyrs' Square in the evening.", ["Martyrs' Square"]),
    # a compound name is not split into the names it holds
    ("Rubber from British East Africa was shipped through Mombasa.", ["British East Africa", "Mombasa"]),
    ("Colonists settled German South West Africa after 1884.", ["German South West Africa"]),
    ("The ranchers grazed cattle on Willow Creek and Dry Fork Creek.", ["Willow Creek", "Dry Fork Creek"]),
    ("Congress created the Rattlesnake Creek Battlefield Park in 1990.", ["Rattlesnake Creek"]),
    # a place in a battle's or siege's name is named
    ("The Siege of Sarajevo lasted nearly four years.", ["Sarajevo"]),
    # a year before a place's name does not make a people of it
    ("He ran at the 1936 Berlin Olympics and the 1948 London Games.", ["Berlin", "London"]),
    # a people's name in a place's slot is the town
    ("The bill was signed in Cheyenne, Wyoming, on Friday.", ["Cheyenne", "Wyoming"]),
    ("Delegates met in Comanche for the hearing.", ["Comanche"]),
    ("The bus stopped in Cheyenne.", ["Cheyenne"]),
    # a cue opening a timeline's line after its date and dash
    ("3 May 1921 – At Camp Holloway, officers met the elders.", ["Camp Holloway"]),
    ("14 June – In Tel Kabra, rescuers searched the rubble.", ["Tel Kabra"]),
    # a place named again without a cue, once a cue has shown it
    ("Partisans camped near Ordzhan in May. Ordzhan was burned a week later.", ["Ordzhan", "Ordzhan"]),
    # a name in brackets "in <language>" after a place is its other name
    ("Soldiers were shot near Kaivanto (Kayvanto in Russian) in 1942.", ["Kaivanto", "Kayvanto"]),
    # ... but a list after it goes on
    ("In Dabra Kel, Meshal and Ruvana, militias burned the granaries.", ["Dabra Kel", "Meshal", "Ruvana"]),
    # a dateline after a section path is still a dateline
    ("WORLD | ASIA\nDHAKA (Reuters) - Floods cut roads.", ["DHAKA"]),
    # an operation's place named outside the operation's name
    ("Operation Tamarisk began at dawn near Lancaster.", ["Lancaster"]),
]

NOT_FOUND = [
    # the head of a capitalised heading is no dateline
    ("LAW REPORT DIGEST – Leading cases, No. 3\nThe court sat in public.", ["LAW", "Law"]),
    ("WHO, UNICEF and others appealed for access.", ["WHO"]),
    ("UPDATE 2-Floods cut roads in the north", ["UPDATE"]),
    # a name split by a particle or an apostrophe is not two places
    ("Buses left San Juan de los Morros at noon.", ["San Juan", "Morros"]),
    ("Veterans laid flowers at Pioneers' Acre on Sunday.", ["Acre", "Pioneers"]),
    # nor a compound name its parts
    ("Rubber from British East Africa was shipped.", ["East Africa", "Africa"]),
    ("Colonists settled German South West Africa after 1884.", ["South West", "West Africa", "Africa"]),
    ("The ranchers grazed cattle on Willow Creek.", ["Creek"]),
    # a title opening with "The" is no feature named inside it
    ("The story ran in The Plain Dealer and The Sea Scouts Gazette.", ["The Plain", "The Sea", "Plain", "Sea"]),
    # operations and treaties are named after places without naming them as places
    ("The raid, code-named Operation Lancaster, began at dawn.", ["Operation Lancaster", "Lancaster"]),
    ("In Operation Tamarisk, the brigade crossed the river.", ["Operation Tamarisk", "Tamarisk"]),
    ("Under the Treaty of Lausanne, borders were redrawn.", ["Lausanne"]),
    ("In the Treaty of the Upper Platte, the tribes ceded land.", ["Upper Platte", "Platte"]),
    # peoples that share a town's name, counted or quantified
    ("Some 300 Cheyenne and Arapaho were killed at the camp.", ["Cheyenne", "Arapaho"]),
    ("Many Navajo and Apache served in the war.", ["Navajo", "Apache"]),
    ("The council of Comanche and Kiowa leaders met at dawn.", ["Comanche", "Kiowa"]),
    # a common word numbered or titled: a rule, a law
    ("The chair ruled under Rule 12(3) of the Rules.", ["Rule"]),
    ("The revolt was aimed against the Law on the Settlement of Nomads.", ["Law"]),
    # a place's name given in quotes as a nickname
    ('The base, known to the crews as "Texas", lay on the ridge.', ["Texas"]),
    ('Camp Bravo ("Moscow") was shelled twice.', ["Moscow"]),
    # the comma closing a cue's phrase that opens the sentence ends the place's name
    ("At Fort Darrow, Grey Horse and other chiefs met the colonel.", ["Grey Horse"]),
    ("In Velmaro, Tomas Rey spoke to the crowd.", ["Tomas Rey"]),
    # a possessive before a place noun names the owner
    ("Soldiers raided Little Wolf's camp at dawn.", ["Little Wolf"]),
    # a line of section labels in capitals names the desk
    ("WORLD | ASIA\nFloods cut roads across Kerala.", ["ASIA"]),
    ("NEWS > EUROPE > FRANCE\nStrikes closed the ports of Marseille.", ["EUROPE", "FRANCE"]),
    # a name accepted with a cue is not a place inside a longer name
    ("They lived near Ordzhan. The Ordzhan Dairy Cooperative closed.", ["Ordzhan Dairy Cooperative"]),
]


def names(text: str) -> list[str]:
    return [p.name for p in extract(text).places]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_places_in_published_layouts(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "words"), NOT_FOUND)
def test_parts_and_namesakes_that_are_not_places(text, words):
    assert set(names(text)).isdisjoint(words)


def test_a_repeated_name_inside_a_longer_name_is_not_repeated():
    assert names("They lived near Ordzhan. The Ordzhan Dairy Cooperative closed.") == ["Ordzhan"]
