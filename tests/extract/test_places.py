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

from tests.conftest import SEED, SEED_GOLD, needs_seed

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
    ("officials of the U.S. said", [("U.S.", "U.S.", "geonames:6252001")]),
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
    # a qualified name is named, not resolved to its head; resolved when it is a region's own name
    ("the capital of East Kordofan state", [("East Kordofan", "East Kordofan", None)]),
    ("the capital of West Darfur state", [("West Darfur", "West Darfur", "geonames:408658")]),
    # a natural feature in lower case after a place or a people's adjective (issue #3)
    ("bodies were found along the Drina valley", [("Drina valley", "Drina valley", None)]),
    ("deportees were marched through the Syrian desert", [("Syrian desert", "Syrian desert", None)]),
    ("Fighters withdrew into the Nuba mountains in June.", [("Nuba mountains", "Nuba mountains", "geonames:282510")]),
    ("Families fled across the Euphrates river at night.",
     [("Euphrates river", "Euphrates river", None)]),
    ("Shelling reached the Bekaa valley.", [("Bekaa valley", "Bekaa valley", "geonames:280282")]),  # the governorate
    # streets and squares name places, even with words that are no place alone
    ("Marchers gathered on Freedom Square at noon.", [("Freedom Square", "Freedom Square", None)]),
    ("Bodies lay on Yablunska Street for weeks.", [("Yablunska Street", "Yablunska Street", None)]),
    ("The rally moved down Independence Avenue.", [("Independence Avenue", "Independence Avenue", None)]),
    # a name in brackets after a place is its other name; "known as" confirms a name
    ("They gathered in Sơn Mỹ (Son My) at dawn.", [("Sơn Mỹ", "Sơn Mỹ", None), ("Son My", "Son My", None)]),
    ("the edge of Kyiv, known as Kiev in older reports",
     [("Kyiv", "Kyiv", "geonames:703448"), ("Kiev", "Kiev", "geonames:703448")]),
]

# items of a list after a plural settlement noun, known to the gazetteer or not
LIST_ROWS = [
    ("Survivors came from the hamlets of Los Naranjos, El Tablón and Agua Zarca.",
     ["Los Naranjos", "El Tablón", "Agua Zarca"]),
    ("in the municipalities of Santa Lucía Utatlán, Vado Hondo and Tres Ríos,",
     ["Santa Lucía Utatlán", "Vado Hondo", "Tres Ríos"]),
    ("The cantons of Piedra Blanca and Loma Verde were burned.", ["Piedra Blanca", "Loma Verde"]),
]


@pytest.mark.parametrize("text,expected", LIST_ROWS)
def test_list_items_after_plural_settlement_nouns(text, expected):
    assert [name for _, name, _ in places(text)] == expected


# a known name opening a longer name a capitalised feature noun ends; an Arabic article
# opening a name; a regime's adjective before a country
WIDER_ROWS = [
    ("Refugees crossed the Ferghana Valley on foot.", ["Ferghana Valley"]),
    ("Tanks rolled along Chang'an Avenue at night.", ["Chang'an Avenue"]),
    ("Shells fell on Sarajevo Airport.", ["Sarajevo"]),  # a site noun is no feature noun
    ("The massacre at al-Houla was condemned.", ["al-Houla"]),
    ("Families fled from as-Suwayda to Damascus.", ["as-Suwayda", "Damascus"]),
    ("Militants attacked al-Qaeda positions.", []),
    ("He met al-Bashir at dawn.", []),
    ("The crime was blamed on Nazi Germany.", ["Nazi Germany"]),
    ("They asked to move from Soviet Azerbaijan to Soviet Armenia.", ["Soviet Azerbaijan", "Soviet Armenia"]),
    ("Democratic Party leaders met in Armenia.", ["Armenia"]),
    # a building named by a place the document gives nowhere else, noun and all
    ("Mourners had walked from the Motael church to the grave.", ["Motael church"]),
    ("Doctors at the Jishuitan hospital amputated his legs.", ["Jishuitan hospital"]),
    ("He died in a Phnom Penh hospital.", ["Phnom Penh"]),  # a known city names itself
    # a place noun after one lower-case word ("military", "concentration") still cues names
    ("They were held at the Kundara military camps.", ["Kundara"]),
    ("The women were deported to the Zbrow concentration camp.", ["Zbrow"]),
    ("machine-gunned on the banks of the Yangtze.", ["Yangtze"]),
    ("a house on the Al-Sad Road, then", ["Al-Sad Road"]),
    ("(also written Sabra and Chatila)", ["Sabra", "Chatila"]),
]


@pytest.mark.parametrize("text,expected", WIDER_ROWS)
def test_names_wider_than_the_gazetteer_entry(text, expected):
    assert [t for t, _, _ in places(text)] == expected


def test_a_regime_name_keeps_the_country():
    (found,) = places("The crime was blamed on Nazi Germany.")
    assert found[2] == places("The crime was blamed on Germany.")[0][2]


def test_a_name_in_another_script_in_brackets_is_a_place_the_gazetteer_knows():
    found = places("Troops entered Nanking (Nanjing, 南京) in December.")
    assert [t for t, _, _ in found] == ["Nanking", "Nanjing", "南京"]
    assert found[2][2] == found[0][2]
    # after no place: nothing; unknown to the gazetteer after a place: reported, unresolved
    assert places("The Foo (南京) report was read.") == []
    assert places("Troops entered Nanking (ᏣᎳᎩ) in December.")[1] == ("ᏣᎳᎩ", "ᏣᎳᎩ", None)
    found = places("They were shot at the ravine of Babyn Yar (Бабин Яр; Babi Yar in Russian).")
    assert ("Бабин Яр", "Бабин Яр", None) in found


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
    # a country's abbreviation used as an adjective names no place (issue #3)
    "U.S. officials said",
    "the US government broadcaster added",
    "On Monday the US Secretary of State, Colin Powell, spoke.",
    "UK troops left the base.",
    # a common word after a cue inside a book's title
    "In Leave None to Tell the Story, the author counts",
    # an unknown name holding an acronym is a journal or an organisation
    "the survey was published in PLOS Medicine in May",
    # titles are no places
    "the High Commissioner, Volker Türk, said",
    # a unit, newsroom, publication, case or adjective named after a place (not the place)
    "The ministry blamed the Azov regiment.",
    "(Reporting by the London and Belfast bureaus; editing by the Europe desk)",
    "photographs taken by the Drum magazine photographer Ian Berry",
    "the ICTY's trial judgment in the Krstić case",
    "according to the Kharkiv regional prosecutor's office",
    # a party to a lawsuit
    "in Janowiec and Others v. Russia,",
    # persons: after a kinship noun, in a peer's title
    "she recognised the voice of her son Cristino, who was nine.",
    "Tony Doherty, whose father Patrick was shot dead",
    "The inquiry, chaired by Lord Saville of Newdigate, found",
    # the head of a foreign name that goes on in lower case
    "according to the Centre de la mémoire d'Oradour, 643 people",
    # ("the Stade du 28-Septembre" is now one place, the stadium: the gold of set C names it so)
    # common words and peoples
    "Oral history series: Survivors of 1944",
    "more than 3,500 deaths in the Troubles as a whole.",
    "The Chamber,\n\n– having regard to the Convention",
    "83% were Maya and 17% ladino",
]


# Names inside an organisation's name, or a person's surname, are no place mentions
# when the pipeline gives the document's persons and organisations (issue #3).
IN_NAMES = [
    ("Voice of America reported the attack.", []),
    ("The International Criminal Tribunal for the former Yugoslavia sat in The Hague.",
     [("The Hague", "The Hague")]),
    ("The Government of Armenia and the Armenian Genocide Museum-Institute put the toll higher.", []),
    ("The UN Commission of Inquiry on Syria concluded its work.", []),
    ("Glenn Andreotta, a pilot, was killed. Andreotta was honoured in 1998.", []),
    ("A directive signed by Stalin in 1933 barred peasants from leaving Ukraine.", [("Ukraine", "Ukraine")]),
    ("The Kurdistan Regional Government counted the dead in Kurdistan.", [("Kurdistan", "Kurdistan")]),
    ("Speaking at the Hague, Serge Brammertz, the prosecutor, said the search continued.", [("Hague", "Hague")]),
    ("Police of the Law Society of Kenya met in Nairobi.", [("Nairobi", "Nairobi")]),
    # a family name written first is a person's name too ("Chun Doo-hwan")
    ("The rule of General Chun Doo-hwan began in Seoul. Chun, then head of the command, took power.",
     [("Seoul", "Seoul")]),
]


@pytest.mark.parametrize(("text", "expected"), IN_NAMES)
def test_places_inside_names_are_not_mentions(text, expected):
    from testimonia.extract.names import find_organizations, find_persons

    doc = Doc(text)
    found = find_places(doc, persons=find_persons(doc), organizations=find_organizations(doc))
    assert [(doc.text[p.span.start : p.span.end], p.name) for p in found] == expected


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_places(text, expected):
    assert places(text) == expected


# A name that reaches a place only through an alternate name, or as a misspelling, is a
# guess: it needs a sign of the place's country other than itself, unless the place is a
# country, a region, a curated place or a large city. Each row: text, name, the place
# it must resolve to (None: reported unresolved, absent: not reported at all), confidence.
BRANIEWO = "geonames:3102677"
GUESSES = [
    # must resolve
    ("Khojaly was shelled, Armenia said.", "Khojaly", KHOJALY, 1.0),
    ("Residents of Xocalı fled to Armenia.", "Xocalı", KHOJALY, 0.9),  # curated: no sign needed
    ("Residents of Xocalı fled.", "Xocalı", KHOJALY, 0.9),
    ("Braniewo is a town.", "Braniewo", BRANIEWO, 1.0),  # its own name
    ("Braniewo lies near the border, Zvornik far away.", "Braniewo", BRANIEWO, 1.0),
    ("Branevo, a town in Poland", "Branevo", BRANIEWO, 0.9),  # an alternate name, its country named
    ("From Srebrenica the survivors went on to Kiev.", "Kiev", "geonames:703448", 0.9),  # a large city
    ("Refugees reached Abok.", "Abok", "geonames:221527", 0.5),  # no country named at all: doubtful
    # must not resolve
    ("They were shot at the Branjevo farm near Zvornik.", "Branjevo", None, 0.4),
    ("The soldiers took them to the Branjevo farm near Zvornik.", "Branjevo", "absent", None),
    # a lone Polish namesake of the Bosnian village is no sign of Poland for a misspelling
    ("They were shot at the Branjevo farm, near Pilica.", "Branjevo", None, 0.4),
    ("Refugees reached Abok and Juba.", "Abok", None, 0.5),  # Obock, Djibouti: the document says South Sudan
    # the South African province, not a village of 769 in North Carolina known by that name; a
    # province of that name in four other countries too, so its country is the document's
    ("Marikana, in the North West province of South Africa", "North West", "geonames:1085598", 0.8),
]


@pytest.mark.parametrize(("text", "name", "place", "confidence"), GUESSES)
def test_a_guessed_name_needs_a_sign_of_its_country(text, name, place, confidence):
    found = {p.name: p for p in find_places(Doc(text))}
    if place == "absent":
        assert name not in found
        return
    assert (found[name].place, found[name].confidence) == (place, pytest.approx(confidence))


def test_branjevo_in_the_erdemovic_summary_is_not_braniewo():
    """Regression: the Branjevo farm near Pilica (Bosnia) resolved to Braniewo, Poland,
    through a misspelling of its alternate name "Branevo"."""
    path = Path(__file__).resolve().parents[2] / "samples" / "srebrenica_erdemovic_iwpr_2013.txt"
    found = find_places(Doc(path.read_text(encoding="utf-8")))
    # named three times, every time unresolved
    assert [p.place for p in found if p.name == "Branjevo"] == [None, None, None]
    assert BRANIEWO not in {p.place for p in found}


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


@needs_seed
def test_seed_places_match_the_gold():
    text = SEED.read_text(encoding="utf-8")
    gold = {p["name"].lower() for p in json.loads(SEED_GOLD.read_text(encoding="utf-8"))["places"]}
    found = find_places(Doc(text))
    assert {p.name.lower() for p in found} == gold
    for p in found:
        assert p.name == text[p.span.start : p.span.end] or p.rule in ("en.places.list_item", "en.places.coordinated")
