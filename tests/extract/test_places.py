"""Places: rows of a text and the places it names, beside rows that must not match.

Each expected place is (evidence, name, gazetteer id or None); the evidence is
`doc.text[span]`, the name is what the text writes (a coordinated name is
expanded: "Yukhari" names Yukhari Gushchular).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from testimonia.extract.doc import Doc
from testimonia.extract.places import find_places

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SEED = SHARED / "seeds" / "000_40e91d41cd399455.txt"
SEED_GOLD = SHARED / "gold" / "000_40e91d41cd399455.json"

KHOJALY = "geonames:147774"
AZERBAIJAN = "geonames:587116"
ARMENIA = "geonames:174982"


def places(text: str) -> list[tuple[str, str, str | None]]:
    doc = Doc(text)
    found = find_places(doc)
    for p in found:
        assert p.rule.startswith("en.places.")
        assert 0.0 < p.confidence <= 1.0
        assert (p.lat is None) == (p.place is None) or p.place is not None
    return [(doc.text[p.span.start : p.span.end], p.name, p.place) for p in found]


ROWS = [
    # gazetteer names, in any script and spelling
    ("Khojaly was besieged.", [("Khojaly", "Khojaly", KHOJALY)]),
    ("Residents of Xocalı fled.", [("Xocalı", "Xocalı", KHOJALY)]),
    ("Жители Ходжалы бежали.", [("Ходжалы", "Ходжалы", KHOJALY)]),
    ("the Khodjaly tragedy", [("Khodjaly", "Khodjaly", KHOJALY)]),
    ("Khojali, a town in Karabakh", [("Khojali", "Khojali", KHOJALY), ("Karabakh", "Karabakh", "supp:karabakh")]),
    ("Armenia’s aggression against Azerbaijan`s people",
     [("Armenia", "Armenia", ARMENIA), ("Azerbaijan", "Azerbaijan", AZERBAIJAN)]),
    ("the historic Victory of the Republic of Azerbaijan", [("Azerbaijan", "Azerbaijan", AZERBAIJAN)]),
    ("in the Karabakh and East Zangezur regions",
     [("Karabakh", "Karabakh", "supp:karabakh"), ("East Zangezur", "East Zangezur", "supp:east-zangezur")]),
    ("signed in the witness of the US in Washington.",
     [("US", "US", "geonames:6252001"), ("Washington", "Washington", "geonames:4140963")]),
    ("U.S. officials said", [("U.S.", "U.S.", "geonames:6252001")]),
    ("the regiment of the former USSR attest", [("USSR", "USSR", "region:ussr")]),
    ("prosperity in the South Caucasus will", [("South Caucasus", "South Caucasus", "region:south-caucasus")]),
    ("the Nagorno-Karabakh conflict", [("Nagorno-Karabakh", "Nagorno-Karabakh", "region:nagorno-karabakh")]),
    ("the authorities in Stepanakert", [("Stepanakert", "Stepanakert", "geonames:146970")]),
    ("Officials in Bosnia and Herzegovina said",
     [("Bosnia and Herzegovina", "Bosnia and Herzegovina", "geonames:3277605")]),
    ("GENEVA (25 March) - The UN said", [("GENEVA", "GENEVA", "geonames:2660646")]),
    ("the camps around Cox's Bazar", [("Cox's Bazar", "Cox's Bazar", "geonames:1336134")]),
    ("a common word as a place only in context: he lives in Split.", [("Split", "Split", "geonames:3190261")]),
    ("The attack in Nice killed 86 people.", [("Nice", "Nice", "geonames:2990440")]),
    ("Russia's Kursk and Bryansk regions", [("Russia", "Russia", "geonames:2017370"),
                                           ("Kursk", "Kursk", "geonames:538560"),
                                           ("Bryansk", "Bryansk", "geonames:571476")]),
    ("In Tula Toli, survivors described the killings", [("Tula Toli", "Tula Toli", None)]),
    ("Reports emerged from Mai Kadra, Dengelat and Humera, near the border",
     [("Mai Kadra", "Mai Kadra", None), ("Dengelat", "Dengelat", None), ("Humera", "Humera", None)]),
    ("civilians waiting to cross the Naf River on August 5", [("Naf River", "Naf River", None)]),
    # lists after a cue: every item, known or not
    ("in the villages of Tugh, Salakatin and Zzyzxville, where",
     [("Tugh", "Tugh", "supp:tugh"), ("Salakatin", "Salakatin", "supp:salakatin"),
      ("Zzyzxville", "Zzyzxville", None)]),
    ("the villages of Malibayli, Yukhari and Ashaghi Gushchular, Garadaghli, where",
     [("Malibayli", "Malibayli", "supp:malibayli"), ("Yukhari", "Yukhari Gushchular", "supp:yukhari-gushchular"),
      ("Ashaghi Gushchular", "Ashaghi Gushchular", "supp:ashaghi-gushchular"),
      ("Garadaghli", "Garadaghli", "supp:garadaghli")]),
    ("North and South Korea",
     [("North", "North Korea", "geonames:1873107"), ("South Korea", "South Korea", "geonames:1835841")]),
    # unknown names after strong cues, or before a place noun
    ("near the village of Qwertabad the soldiers", [("Qwertabad", "Qwertabad", None)]),
    ("aid could not reach Zamzoz camp, south of the city", [("Zamzoz", "Zamzoz", None)]),
    ("In Murambo, survivors said", [("Murambo", "Murambo", None)]),
    # a misspelling of a place the document names
    ("Khojaly was razed. Pakistan recognised the Kohajaly Genocide.",
     [("Khojaly", "Khojaly", KHOJALY), ("Pakistan", "Pakistan", "geonames:1168579"),
      ("Kohajaly", "Kohajaly", KHOJALY)]),
    # a qualified name is named, not resolved to its head
    ("the capital of West Darfur state", [("West Darfur", "West Darfur", None)]),
]

NOT_PLACES = [
    "the statement of Monte Melkonian, whose identity was revealed",
    "Azerbaijani civilians and Armenians",
    "with the assistance of the 366th Motorized Rifle Regiment",
    "On the 34th anniversary we commemorate",
    "In this context, it should be noted",
    "Immediately after the historic Victory, large-scale restoration",
    "May Allah rest their souls in peace!",
    "Like in other liberated territories, life returns.",
    "NATO and the OSCE said",
    "HELP US NOW",
    "Reading is a pleasure. Nice work.",
    "the White House said on Friday",
    "Vladimir Putin said",
    "lawyers from the Center for Legal Action on Human Rights",
    "researchers at the Humanitarian Research Lab",
    "in January and in December",
    "Along the road, troops waited. Mercy Corps said. Union leaders met.",
    "Chad Harrison, an analyst, said",
    "fighting between the Arakan Army and the military",
    "troops moved into Georgian-controlled territory",
    "first published in The Plain Dealer",
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_places(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize("text", NOT_PLACES)
def test_not_places(text):
    assert places(text) == []


def test_offsets_point_into_the_original_text():
    text = "“Khojaly” – near Ağdam – and Şuşa."
    doc = Doc(text)
    got = [(text[p.span.start : p.span.end], p.canonical) for p in find_places(doc)]
    assert got == [("Khojaly", "Khojaly"), ("Ağdam", "Aghdam"), ("Şuşa", "Shusha")]


def test_coordinates_come_with_a_resolved_place():
    (p,) = find_places(Doc("the siege of Khojaly"))
    assert (p.place, p.canonical) == (KHOJALY, "Khojaly")
    assert abs(p.lat - 39.91) < 0.05 and abs(p.lon - 46.79) < 0.05
    (q,) = find_places(Doc("near the village of Qwertabad"))
    assert (q.place, q.lat, q.lon) == (None, None, None)


@pytest.mark.skipif(not SEED.exists(), reason="needs the shared seed")
def test_seed_places_match_the_gold():
    text = SEED.read_text(encoding="utf-8")
    gold = {p["name"].lower() for p in json.loads(SEED_GOLD.read_text(encoding="utf-8"))["places"]}
    found = find_places(Doc(text))
    assert {p.name.lower() for p in found} == gold
    for p in found:
        assert p.name == text[p.span.start : p.span.end] or p.rule in ("en.places.list_item", "en.places.coordinated")
