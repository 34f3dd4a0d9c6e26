"""The gazetteer: one entry per place, found by any of its names, in any script."""

from __future__ import annotations

import csv
import re
import time
from pathlib import Path

import pytest

from testimonia.gazetteer import get_gazetteer, sources

DATA = Path(sources.__file__).parent / "data"

SPELLINGS = [
    ("Khojaly", "geonames:147774"),
    ("Xocalı", "geonames:147774"),
    ("Ходжалы", "geonames:147774"),
    ("Khodjaly", "geonames:147774"),
    ("Khojali", "geonames:147774"),
    ("Խոջալու", "geonames:147774"),
    ("Stepanakert", "geonames:146970"),
    ("Xankəndi", "geonames:146970"),
    ("Степанакерт", "geonames:146970"),
    ("Xocavənd", "geonames:146969"),
    ("Tuğ", "supp:tugh"),
    ("Qaradağlı", "supp:garadaghli"),
    ("Artsakh", "region:nagorno-karabakh"),
    ("Nagorno Karabakh", "region:nagorno-karabakh"),
    ("USSR", "region:ussr"),
    ("Soviet Union", "region:ussr"),
    ("UK", "geonames:2635167"),
    ("Washington", "geonames:4140963"),
    ("Armenia", "geonames:174982"),
]


@pytest.mark.parametrize(("name", "gid"), SPELLINGS)
def test_lookup_finds_one_place_by_every_spelling(name, gid):
    assert get_gazetteer().lookup(name)[0].id == gid


@pytest.mark.parametrize("name", ["Qwertabad", "", "!!"])
def test_lookup_misses(name):
    assert get_gazetteer().lookup(name) == []


def test_contested_names_are_aliases_of_one_neutral_entry():
    gz = get_gazetteer()
    e = gz.entry("geonames:146970")
    assert {"Stepanakert", "Xankəndi", "Khankendi", "Ստեփանակերտ"} <= e.names
    assert e.display == "Khankendi"
    assert e.official_name == "Xankəndi" and e.source.startswith("https://")
    nk = gz.entry("region:nagorno-karabakh")
    assert {"Artsakh", "Dağlıq Qarabağ", "Nagorno-Karabakh"} <= nk.names
    assert nk.official_name is None
    scripts = {a.script for a in e.aliases}
    assert {"Latn", "Cyrl", "Armn"} <= scripts


def test_entry_fields():
    e = get_gazetteer().entry("supp:tugh")
    assert (e.display, e.kind, e.country) == ("Tugh", "village", "AZ")
    assert (e.lat, e.lon) == (39.585, 46.9653)
    assert e.official_name == "Tuğ"
    assert get_gazetteer().entry("supp:nabilar").lat is None  # no coordinates in the source
    assert get_gazetteer().entry("nope:0") is None


def test_countries_get_a_point_and_say_where_it_comes_from():
    az = get_gazetteer().entry("geonames:587116")
    assert az.kind == "country" and 38 < az.lat < 42 and 45 < az.lon < 51
    assert az.coord_source.startswith("median")


def test_fuzzy_is_fast_and_ranked():
    gz = get_gazetteer()
    gz.fuzzy("Warmup")
    start = time.perf_counter()
    found = gz.fuzzy("Kohajaly")
    assert time.perf_counter() - start < 0.5
    assert found[0][0].display == "Khojaly" and 75 <= found[0][1] < 100
    assert gz.fuzzy("Qq") == []


def test_fuzzy_answers_are_kept_and_never_shared():
    gz = get_gazetteer()
    first = gz.fuzzy_indexes("Kohajaly", limit=3, cutoff=75)
    first.append((-1, 0.0))  # a caller's list is its own
    assert gz.fuzzy_indexes("Kohajaly", limit=3, cutoff=75) == first[:-1]
    assert gz.fuzzy_indexes("KOHAJALY", limit=3, cutoff=75) == first[:-1]  # folded before it is kept


@pytest.mark.parametrize(
    "text",
    ["Khojaly and Shusha, said Ilham Aliyev in Baku.", "Жители Ходжалы в Агдаме", "“Xocalı” – Şuşa", ""],
)
def test_names_in_spans_is_one_scan_of_the_stretches(text):
    """Scanning stretches joined finds what scanning each alone does, at the same offsets."""
    gz = get_gazetteer()
    spans = [(m.start(), m.end()) for m in re.finditer(r"\S+(?: \S+)?", text)]
    alone = [hit for a, b in spans for hit in gz.names_in_spans(text, [(a, b)])]
    assert gz.names_in_spans(text, spans) == alone
    assert gz.names_in_spans(text, [(a, b, text[a:b]) for a, b in spans]) == alone


def test_supplement_copy_matches_the_shared_file():
    shared = sources.SHARED_SUPPLEMENT
    if not shared.exists():
        pytest.skip("no shared folder beside the repository")
    assert (DATA / "places-supplement.tsv").read_text("utf-8") == shared.read_text("utf-8")


@pytest.mark.parametrize("name", ["regions.tsv", "country-aliases.tsv", "places-supplement.tsv"])
def test_curated_tables_are_rectangular(name):
    lines = [line for line in (DATA / name).read_text("utf-8").splitlines() if line and not line.startswith("#")]
    rows = list(csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert all(len(r) == len(rows[0]) for r in rows), name
