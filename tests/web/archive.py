"""A real archive for the web tests: the repository's sample files ingested as they are, a hostile
document, and small hand-written extractions (contract JSON) so facts can be shown without the
extraction engine."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from testimonia.ingest.batch import ingest_file
from testimonia.model import DocumentMeta
from testimonia.store import SQLiteStore, StoredExtraction, open_store

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
TASS = "sumgait_tass_1988.txt"
MEMORIAL = "khodjaly_memorial_1992.md"

HOSTILE_TEXT = (
    "Statement <script>alert(\"pwned\")</script> about Halabja.\n"
    "<img src=x onerror=alert(1)> & 5,000 people were killed in Halabja on 16 March 1988.\n"
)
HOSTILE_META = {
    "title": "<script>alert('title')</script> Halabja & after",
    "publisher": "Publisher <b>bold</b> & Co",
    "published": "2018-03-16",
    "url": "javascript:alert(3)",
    "language": "en",
}


@dataclass
class Archive:
    path: Path
    store: SQLiteStore
    ids: dict[str, str]  # file name -> document id
    texts: dict[str, str]
    results: dict[str, dict]  # file name -> the contract JSON saved for it


def build(folder: Path) -> Archive:
    store = open_store(folder / "archive.db", create=True)
    ids: dict[str, str] = {}
    for path in sorted(SAMPLES.iterdir()):
        if path.name.endswith(".meta.json"):
            continue
        result = ingest_file(store, path, overrides=DocumentMeta(), max_bytes=50_000_000, extractor=None)
        assert result.status == "added" and result.document_id, result.detail
        ids[path.name] = result.document_id
    hostile = folder / "hostile.txt"
    hostile.write_text(HOSTILE_TEXT, encoding="utf-8")
    (folder / "hostile.meta.json").write_text(json.dumps(HOSTILE_META), encoding="utf-8")
    result = ingest_file(store, hostile, overrides=DocumentMeta(), max_bytes=50_000_000, extractor=None)
    assert result.status == "added" and result.document_id, result.detail
    ids["hostile.txt"] = result.document_id
    texts = {name: store.get_document(doc_id).text for name, doc_id in ids.items()}
    results = {
        TASS: tass_extraction(texts[TASS]),
        MEMORIAL: memorial_extraction(texts[MEMORIAL]),
        "hostile.txt": hostile_extraction(texts["hostile.txt"]),
    }
    for name, result_json in results.items():
        store.save_extraction(ids[name], StoredExtraction("test-1", "lex0", result_json, "2026-11-28T00:00:00+00:00"))
    return Archive(folder / "archive.db", store, ids, texts, results)


def span(text: str, phrase: str, nth: int = 0) -> list[int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return [start, start + len(phrase)]


def fact(text: str, fact_id: str, phrase: str, rule: str, nth: int = 0, **fields) -> dict:
    return {"id": fact_id, **fields, "span": span(text, phrase, nth), "text": phrase, "rule": rule}


def tass_extraction(text: str) -> dict:
    return {
        "document": {"path": TASS, "published": "1988-03-04", "language": "en", "chars": len(text)},
        "figures": [
            fact(text, "f1", "thirty-one people had been killed", "en.figures.n_people_verb",
                 measure="killed", group="all", unit="people", value=31, low=None, high=None, qualifier="exact", part_of=None),
        ],
        "dates": [
            fact(text, "d1", "4 March 1988", "en.dates.day_month_year", start="1988-03-04", end=None, precision="day", inferred=None),
            fact(text, "d2", "27 to 29 February 1988", "en.dates.day_range", start="1988-02-27", end="1988-02-29", precision="day", inferred=None),
            fact(text, "d3", "29 February", "en.dates.day_month", start="1988-02-29", end=None, precision="day",
                 inferred="year from the publication date"),
        ],
        "places": [
            fact(text, "p1", "Sumgait", "en.places.gazetteer", name="Sumgait", place="geonames:584923", lat=40.5897, lon=49.6686),
            fact(text, "p2", "Sumqayıt", "en.places.gazetteer", name="Sumqayıt", place="geonames:584923", lat=40.5897, lon=49.6686),
            fact(text, "p3", "Baku", "en.places.gazetteer", name="Baku", place="geonames:587084", lat=40.3777, lon=49.892),
            fact(text, "p4", "Nagorno-Karabakh Autonomous Region", "en.places.region", name="Nagorno-Karabakh Autonomous Region",
                 place=None, lat=None, lon=None),
        ],
        "persons": [],
        # A rule that stopped short: its span crosses the place p4, which must not break the HTML.
        "organizations": [
            fact(text, "o1", "TASS", "en.orgs.acronym", nth=1, name="TASS"),
            fact(text, "o2", "regional council of the Nagorno-Karabakh", "en.orgs.council", name="regional council"),
        ],
        "quotes": [],
        "legal_instruments": [],
        "characterizations": [
            fact(text, "c1", "Sumgait disorders", "en.labels.disorders", label="disorders", event="e1"),
        ],
        "events": [{"id": "e1", "name": "Sumgait", "start": "1988-02-27", "end": "1988-02-29", "places": ["p1"], "figures": ["f1"], "dates": ["d2"]}],
        "checks": [],
    }


def memorial_extraction(text: str) -> dict:
    return {
        "document": {"path": MEMORIAL, "published": "1992-06-18", "language": "en", "chars": len(text)},
        "figures": [
            fact(text, "f1", "About 200 bodies", "en.figures.about_n_bodies",
                 measure="killed", group="all", unit="people", value=200, low=None, high=None, qualifier="approx", part_of=None),
            fact(text, "f2", "181 corpses", "en.figures.n_corpses",
                 measure="killed", group="all", unit="people", value=181, low=None, high=None, qualifier="exact", part_of=None),
            fact(text, "f3", "13 children", "en.figures.n_group",
                 measure="killed", group="children", unit="people", value=13, low=None, high=None, qualifier="exact", part_of="f2"),
            fact(text, "f4", "More than 700 captives", "en.figures.more_than_n",
                 measure="taken_hostage", group="all", unit="people", value=700, low=None, high=None, qualifier="at_least", part_of=None),
        ],
        "dates": [
            fact(text, "d1", "25–26 February 1992", "en.dates.night_range", start="1992-02-25", end="1992-02-26", precision="day", inferred=None),
            fact(text, "d2", "June 1992", "en.dates.month_year", start="1992-06", end=None, precision="month", inferred=None),
            fact(text, "d3", "1991", "en.dates.year", start="1991", end=None, precision="year", inferred=None),
        ],
        "places": [
            fact(text, "p1", "Khodjaly", "en.places.gazetteer", nth=1, name="Khodjaly", place="geonames:147774", lat=39.9131, lon=46.7903),
            fact(text, "p2", "Aghdam", "en.places.gazetteer", name="Aghdam", place="geonames:148619", lat=39.9911, lon=46.9297),
            fact(text, "p3", "Baku", "en.places.gazetteer", name="Baku", place="geonames:587084", lat=40.3777, lon=49.892),
        ],
        "persons": [],
        "organizations": [
            fact(text, "o1", "Memorial Human Rights Centre", "en.orgs.ngo", name="Memorial Human Rights Centre"),
        ],
        "quotes": [],
        "legal_instruments": [],
        "characterizations": [],
        "events": [],
        "checks": [{"id": "k1", "kind": "subtotal", "status": "pass", "figures": ["f2", "f3"], "detail": "13 <= 181"}],
    }


def hostile_extraction(text: str) -> dict:
    return {
        "document": {"path": "hostile.txt", "published": "2018-03-16", "language": "en", "chars": len(text)},
        "figures": [
            fact(text, "f1", "5,000 people were killed", "en.figures.n_people_verb",
                 measure="killed", group="all", unit="people", value=5000, low=None, high=None, qualifier="exact", part_of=None),
        ],
        "dates": [fact(text, "d1", "16 March 1988", "en.dates.day_month_year", start="1988-03-16", end=None, precision="day", inferred=None)],
        # A fact over markup in the text: its highlight must show the characters, not run them.
        "quotes": [fact(text, "q1", "<script>alert(\"pwned\")</script>", "en.quotes.test", speaker=None)],
        "places": [
            fact(text, "p1", "Halabja", "en.places.gazetteer", nth=1, name="Halabja", place="geonames:96205", lat=35.1778, lon=45.9861),
        ],
        # A span past the end of the text, as a buggy extractor might store: listed, never drawn.
        "persons": [{"id": "a1", "name": "Nobody", "span": [5000, 5010], "text": "Nobody", "rule": "en.persons.bad"}],
    }
