"""First-level regions (provinces, oblasts, governorates, states): found by their English
and local names, with a country and a point; never taking the name of a city they share,
never found by an ordinary word."""

from __future__ import annotations

from pathlib import Path

import pytest

from testimonia.extract import lexicon
from testimonia.extract.pipeline import extract
from testimonia.gazetteer import get_gazetteer, sources
from testimonia.gazetteer.fold import fold_name

STOP_NAMES = Path(sources.__file__).parent / "data" / "region-stop-names.txt"

# (a name as texts write it, the country of the region it names)
REGIONS = [
    ("Punjab Province", "PK"),
    ("Sindh", "PK"),
    ("Balochistan", "PK"),
    ("Petén", "GT"),
    ("Peten", "GT"),
    ("Quiché", "GT"),
    ("North Darfur", "SD"),
    ("South Darfur", "SD"),
    ("North Kivu", "CD"),
    ("Nord-Kivu", "CD"),
    ("Donetsk Oblast", "UA"),
    ("Kharkiv Region", "UA"),
    ("Харьковская область", "UA"),
    ("Ingushetia", "RU"),
    ("Ингушетия", "RU"),
    ("Kachin State", "MM"),
    ("Amhara", "ET"),
    ("Oromia", "ET"),
    ("Aceh", "ID"),
    ("Idlib Governorate", "SY"),
    ("Idlib Province", "SY"),
    ("Nineveh", "IQ"),
    ("Nīnawá", "IQ"),
    ("Anbar", "IQ"),
    ("Prizren District", "XK"),
    ("Covalima", "TL"),
    ("Oecusse", "TL"),
    ("Jeollanam-do", "KR"),
]


@pytest.mark.parametrize(("name", "country"), REGIONS)
def test_a_region_is_found_by_its_english_and_local_names(name, country):
    top = get_gazetteer().lookup(name)[0]
    assert (top.kind, top.country) == ("admin1", country)
    assert top.lat is not None and top.coord_source == "median of the region's GeoNames towns"


def test_a_region_keeps_its_names_and_gets_a_point_among_its_towns():
    e = get_gazetteer().lookup("Kharkiv Oblast")[0]
    assert e.display == "Kharkiv Oblast" and e.admin == "UA.07"
    assert {"Kharkivska oblast", "Kharkiv", "Харьковская область"} <= e.names
    assert 48.5 < e.lat < 50.5 and 35 < e.lon < 38.5


@pytest.mark.parametrize(
    ("name", "curated"),
    [("Tigrai", "region:tigray"), ("Tigray Regional State", "region:tigray"),
     ("Chechenskaya Respublika", "region:chechnya"), ("Zaire", "region:zaire")],
)
def test_a_curated_region_takes_the_names_of_its_first_level_twin(name, curated):
    gz = get_gazetteer()
    assert gz.lookup(name)[0].id == curated
    assert not any(e.kind == "admin1" and e.country == gz.entry(curated).country for e in gz.lookup(name))


@pytest.mark.parametrize(
    ("name", "region"),
    [("Kharkiv", "Kharkiv Oblast"), ("Idlib", "Idlib Governorate"), ("Donetsk", "Donetsk Oblast"),
     ("Prizren", "Prizren District"), ("Sumqayıt", "Sumqayıt")],
)
def test_a_city_keeps_its_name_and_the_region_comes_after(name, region):
    found = get_gazetteer().lookup(name)
    assert found[0].kind == "settlement"
    assert (region, "admin1") in [(e.display, e.kind) for e in found[1:]]


@pytest.mark.parametrize(
    "name",
    ["Central", "Northern", "Western", "Delta", "Plateau", "Unity", "Rivers", "Lakes", "Islands", "Coast",
     "Victoria", "Somali", "Christ Church", "Saint George", "St. Andrew"],
)
def test_ordinary_words_and_saints_do_not_name_a_region(name):
    assert not any(e.kind == "admin1" for e in get_gazetteer().lookup(name))


# names in the lexicons' word lists that are rightly the name of a region
PLACES_THAT_ARE_WORDS = {"canaries"}


def test_no_word_of_the_english_lexicons_names_a_region_first():
    """Guards the stop list as the data and the lexicons change: a region's name is strong
    (no context needed), so one that is a common word, a people or a given name would be
    taken for a place wherever the word is capitalised."""
    places = lexicon.load("en", "places")
    words = set(places["common_words_news"].split()) | set(places["common_words_corpus"].split())
    words |= {d.lower() for d in places["demonyms"]}
    words |= {g.lower() for group in lexicon.load("en", "first_names")["given_names"].values() for g in group}
    gz = get_gazetteer()
    named = []
    for word in sorted(words - PLACES_THAT_ARE_WORDS):
        kid = gz.key_id(word)
        if kid is not None and gz.kind_of(top := gz.top(kid)) == "admin1" and gz.country_of(top) != "US":
            named.append((word, gz.display_of(top)))
    assert named == []


def test_stop_names_are_written_folded():
    lines = [s for s in STOP_NAMES.read_text("utf-8").splitlines() if s and not s.startswith("#")]
    assert lines and all(s == fold_name(s) for s in lines)
    assert len(lines) == len(set(lines))


# (sentence, the places found: name as written and the kind of entry it resolves to)
FOUND = [
    ("Aid convoys reached Aceh and Oromia last week.", [("Aceh", "admin1"), ("Oromia", "admin1")]),
    ("Shelling hit villages across Donetsk Oblast overnight.", [("Donetsk Oblast", "admin1")]),
    ("Floods displaced 4,000 families in Sindh.", [("Sindh", "admin1")]),
    ("She was moved to a camp in Ingushetia with her children.", [("Ingushetia", "admin1")]),
    ("The governor of the Kharkiv Region visited Kharkiv on Monday.",
     [("Kharkiv Region", "admin1"), ("Kharkiv", "settlement")]),
    ("Families from Idlib Province walked towards Idlib.", [("Idlib Province", "admin1"), ("Idlib", "settlement")]),
    ("Militias attacked farms in North Darfur and West Darfur.",
     [("North Darfur", "admin1"), ("West Darfur", "admin1")]),
]

# (sentence, names that must not be reported as places)
NOT_FOUND = [
    ("The Central Committee thanked Western envoys.", ["Central", "Western"]),
    ("Delta Force and the Unity Party issued a statement.", ["Delta", "Unity"]),
    ("A vigil was held at Christ Church on Sunday.", ["Christ Church"]),
    ("Somali refugees waited at the border for three days.", ["Somali"]),
    ("Lakes, Rivers and Islands was the title of her first book.", ["Lakes", "Rivers", "Islands"]),
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_regions_are_found_in_text(text, expected):
    gz = get_gazetteer()
    places = extract(text).places
    got = [(p.name, gz.entry(p.place).kind if p.place else None) for p in places]
    assert got == expected
    for p in places:
        assert text[p.span.start : p.span.end] == p.name


@pytest.mark.parametrize(("text", "words"), NOT_FOUND)
def test_ordinary_words_are_not_regions_in_text(text, words):
    names = {p.name for p in extract(text).places}
    assert names.isdisjoint(words)
