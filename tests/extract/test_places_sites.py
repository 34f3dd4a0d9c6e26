"""Sites of harm the gazetteer lacks, found by the words English puts around a place, and
what only looks like one (issue 3, item 4: a place-like name the gazetteer does not know
is reported without coordinates, never dropped).

Rows of a sentence written for these tests and the places it names, as written, found by
the whole pipeline; beside them rows whose names must NOT be reported as places.
"""

from __future__ import annotations

import pytest

from testimonia.extract.pipeline import extract

FOUND = [
    # "the X massacre", "the X killings": a harm named by where it happened
    ("The Dorvani massacre is remembered every spring.", ["Dorvani"]),
    ("Relatives of those lost in the Ulmeka killings asked for the files.", ["Ulmeka"]),
    ("Nobody was tried for the Pashkent pogrom.", ["Pashkent"]),
    ("Evidence about the Tesvari Bombings was sealed in 2004.", ["Tesvari"]),
    ("Before the Mbuyeni shootings the camp had been calm.", ["Mbuyeni"]),
    ("Survivors of the Kara Tepe siege described hunger.", ["Kara Tepe"]),
    # ... and the name wherever the document repeats it
    ("The Dorvani massacre left 40 dead. Dorvani was never rebuilt.", ["Dorvani", "Dorvani"]),
    # acts of war done to a place
    ("The battalion surrounded Zharnovets and set the barns alight.", ["Zharnovets"]),
    ("Jets bombarded Kfar Malik for a week.", ["Kfar Malik"]),
    ("Militiamen torched Ngarambe before the rains.", ["Ngarambe"]),
    ("The brigade stormed Dolna Reka at first light.", ["Dolna Reka"]),
    ("Two days after the attack on Sabunji, the roads were closed.", ["Sabunji"]),
    ("Attacks on Ulmeka and Pashkent resumed in June.", ["Ulmeka", "Pashkent"]),
    # a monastery, a fortress or ruins named by their place
    ("The monastery of Khutavank stands above the river.", ["Khutavank"]),
    ("Tourists walked through the ruins of Sardavan.", ["Sardavan"]),
    # a comma sets off another place that places the name
    ("Zharnovets, near Minsk, lost half its people.", ["Zharnovets", "Minsk"]),
    ("Dolna Reka, outside Skopje, was emptied in a night.", ["Dolna Reka", "Skopje"]),
    ("They came from Tesvari, in Kvemo Kartli region, on foot.", ["Tesvari", "Kvemo Kartli"]),
    # a heading in capitals: its common words glue to no name
    ("REPORT ON THE VILLAGES OF THE GOYGOL AND SHAMKIR DISTRICTS\n\nText.", ["GOYGOL", "SHAMKIR"]),
    # a small town abroad listed with other places stays a place
    ("Like Lidice and Oradour-sur-Glane, the village became a symbol.", ["Lidice", "Oradour-sur-Glane"]),
]

NOT_FOUND = [
    # a people, a date, a feast or a person before the harm's noun
    ("The Herero genocide was acknowledged a century later.", ["Herero"]),
    ("The Kurdish killings were denied by the regime.", ["Kurdish"]),
    ("The October massacre went unpunished.", ["October"]),
    ("The Easter killings were blamed on the militia.", ["Easter"]),
    ("The Janjaweed killings spread across the region.", ["Janjaweed"]),
    ("Mr Dorvani's massacre claims were disputed.", ["Dorvani"]),
    # "attack" and "raid" are named by the attacker as often
    ("The Lekwari attack was claimed by a splinter group.", ["Lekwari"]),
    # acts of war on a person or a body: no place
    ("Reporters surrounded Ahmed as he left the court.", ["Ahmed"]),
    ("Protesters stormed The Herald offices.", ["The Herald", "Herald"]),
    ("The attack on Salman Rushdie shocked his readers.", ["Salman Rushdie"]),
    # a comma and "in" a town: a person as often
    ("Kabemba, in Lubumbashi, told the panel what he saw.", ["Kabemba"]),
    # a numbered thing after "in"
    ("The appeal was heard in Chamber III of the tribunal.", ["Chamber III"]),
    # a war's campaign is named after the place, not the place (the tuning gold's convention)
    ("It began on the first day of the Gallipoli campaign.", ["Gallipoli"]),
    # a vessel named after a place, a people named before a harm
    ("The ferry Marmara and the ship Kursk were seized.", ["Marmara", "Kursk"]),
    ("The Mapuche killings and the Wagner massacre were investigated.", ["Mapuche", "Wagner"]),
    # a place's name qualifying a people: a part of the people, no place named
    ("Karabakh Armenian fighters and Kosovo Albanians were interviewed.", ["Karabakh", "Kosovo"]),
    # a small town abroad that a common word or name happens to be, written once, nothing around it
    ("Exports of Caspian oil rose in the second quarter.", ["Caspian"]),
]


def names(text: str) -> list[str]:
    return [p.name for p in extract(text).places]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_sites_english_writes(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "words"), NOT_FOUND)
def test_names_that_are_not_sites(text, words):
    assert set(names(text)).isdisjoint(words)


def test_unknown_sites_have_no_coordinates():
    places = extract("The militia surrounded Zharnovets before dawn.").places
    assert [(p.name, p.place, p.lat, p.lon) for p in places] == [("Zharnovets", None, None, None)]


def test_a_village_the_gazetteer_lacks_can_be_the_main_site():
    # issue 3, item 4: the event falls back to the dateline's city when its site is unresolved
    text = ("GENEVA - Investigators said on Monday that soldiers surrounded Zharnovets on 3 May.\n\n"
            "At least 40 villagers were killed in Zharnovets, a hamlet near the border. "
            "Zharnovets had some 200 inhabitants.")
    events = extract(text, published="2024-05-10").events
    assert events and events[0].name == "Zharnovets"
