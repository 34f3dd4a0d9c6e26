"""A real archive for the event pages: three sources on one event that disagree (613, 181, "at least 161"),
one of them under a hostile publisher name, a repeated figure, quotes and labels, and a second event.
Hand-written extractions (contract JSON) saved with `store.save_extraction`, as the extraction engine would."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from testimonia.model import Document, DocumentMeta
from testimonia.store import SQLiteStore, StoredExtraction, open_store

KHOJALY = {"place": "geonames:147774", "lat": 39.9131, "lon": 46.7903}
SREBRENICA = {"place": "geonames:3190159", "lat": 44.10748, "lon": 19.29669}
HOSTILE_PUBLISHER = "Rights <b>Watch</b> & <script>alert('x')</script> Co"
EVENT = "khojaly-1992-02-25"

GOV = """Statement on the Khojaly genocide
On 26 February 1992, 613 people were killed in Khojaly, including 63 children. 487 people were wounded.
"We will never forget Khojaly," said Ilham Aliyev.
"""
MEMORIAL = """The taking of Khodjaly
Memorial counted 181 corpses brought from Khodjaly on the night of 25-26 February 1992.
"""
HOSTILE = """Report on Khojali
At least 161 people were killed in Khojali in February 1992, and 487 people were wounded.
Witnesses call it the Khojali massacre.
"""
SREBRENICA_TEXT = """Srebrenica
On 11 July 1995 about 8,000 men and boys went missing after the fall of Srebrenica.
"""


@dataclass
class EventArchive:
    path: Path
    store: SQLiteStore
    ids: dict[str, str]  # gov, memorial, hostile, srebrenica -> document id
    texts: dict[str, str]


def span(text: str, phrase: str) -> list[int]:
    start = text.index(phrase)
    return [start, start + len(phrase)]


def fact(text: str, fact_id: str, phrase: str, **fields) -> dict:
    return {"id": fact_id, **fields, "span": span(text, phrase), "text": phrase, "rule": "test.rule"}


def figure(text: str, fact_id: str, phrase: str, measure: str, value=None, *, group="all", qualifier="exact", low=None, high=None, part_of=None) -> dict:
    return fact(text, fact_id, phrase, measure=measure, group=group, unit="people", value=value, low=low, high=high,
                qualifier=qualifier, part_of=part_of, event="e1")


def place(text: str, fact_id: str, phrase: str, where: dict) -> dict:
    return fact(text, fact_id, phrase, name=phrase, **where)


def add(store: SQLiteStore, text: str, publisher: str, published: str, title: str, result: dict, version: str = "test-1") -> str:
    data = text.encode()
    doc = Document(hashlib.sha256(data).hexdigest(), f"{title[:20]}.txt", "txt", len(data), text,
                   DocumentMeta(title=title, publisher=publisher, published=published, language="en"))
    store.add_document(doc, data)
    store.save_extraction(doc.id, StoredExtraction(version, "lex0", result, "2026-11-28T00:00:00+00:00"))
    return doc.id


def gov_extraction(t: str = GOV) -> dict:
    return {
        "figures": [
            figure(t, "f1", "613 people were killed", "killed", 613),
            figure(t, "f2", "63 children", "killed", 63, group="children", part_of="f1"),
            figure(t, "f3", "487 people were wounded", "wounded", 487),
        ],
        "dates": [fact(t, "d1", "26 February 1992", start="1992-02-26", end=None, precision="day", inferred=None)],
        "places": [place(t, "p1", "Khojaly", KHOJALY)],
        "persons": [fact(t, "a1", "Ilham Aliyev", name="Ilham Aliyev")],
        "organizations": [],
        "quotes": [fact(t, "q1", "We will never forget Khojaly,", speaker="a1")],
        "legal_instruments": [],
        "characterizations": [fact(t, "c1", "genocide", label="genocide", event="e1")],
        "events": [{"id": "e1", "name": "Khojaly", "aliases": ["Khojaly genocide"], "start": "1992-02-26", "end": None,
                    "places": ["p1"], "figures": ["f1", "f2", "f3"], "dates": ["d1"]}],
        "checks": [{"kind": "subtotal", "status": "pass", "figures": ["f1", "f2"], "detail": "63 <= 613"}],
    }


def memorial_extraction(t: str = MEMORIAL) -> dict:
    return {
        "figures": [figure(t, "f1", "181 corpses", "killed", 181)],
        "dates": [fact(t, "d1", "25-26 February 1992", start="1992-02-25", end="1992-02-26", precision="day", inferred=None)],
        "places": [place(t, "p1", "Khodjaly", KHOJALY)],
        "events": [{"id": "e1", "name": "Khodjaly", "aliases": ["taking of Khodjaly"], "start": "1992-02-25", "end": "1992-02-26",
                    "places": ["p1"], "figures": ["f1"], "dates": ["d1"]}],
        "checks": [],
    }


def hostile_extraction(t: str = HOSTILE) -> dict:
    return {
        "figures": [
            figure(t, "f1", "At least 161 people were killed", "killed", 161, qualifier="at_least"),
            figure(t, "f2", "487 people were wounded", "wounded", 487),
        ],
        "dates": [fact(t, "d1", "February 1992", start="1992-02", end=None, precision="month", inferred=None)],
        "places": [place(t, "p1", "Khojali", KHOJALY)],
        "characterizations": [fact(t, "c1", "massacre", label="massacre", event="e1")],
        "events": [{"id": "e1", "name": "Khojali", "aliases": ["Khojali massacre"], "start": "1992-02", "end": None,
                    "places": ["p1"], "figures": ["f1", "f2"], "dates": ["d1"]}],
    }


def srebrenica_extraction(t: str = SREBRENICA_TEXT) -> dict:
    return {
        "figures": [figure(t, "f1", "about 8,000 men and boys went missing", "missing", 8000, group="men and boys", qualifier="approx")],
        "dates": [fact(t, "d1", "11 July 1995", start="1995-07-11", end=None, precision="day", inferred=None)],
        "places": [place(t, "p1", "Srebrenica", SREBRENICA)],
        "events": [{"id": "e1", "name": "Srebrenica", "start": "1995-07-11", "end": None, "places": ["p1"], "figures": ["f1"], "dates": ["d1"]}],
    }


def build(folder: Path) -> EventArchive:
    store = open_store(folder / "events.db", create=True)
    ids = {
        "memorial": add(store, MEMORIAL, "Memorial Human Rights Centre", "1992-06-18", "The taking of Khodjaly", memorial_extraction()),
        "hostile": add(store, HOSTILE, HOSTILE_PUBLISHER, "1994-12-08", "Report on <i>Khojali</i>", hostile_extraction()),
        "gov": add(store, GOV, "Government of Azerbaijan", "2024-02-26", "Statement on the Khojaly genocide", gov_extraction()),
        "srebrenica": add(store, SREBRENICA_TEXT, "ICMP", "2012-07-11", "Srebrenica", srebrenica_extraction()),
    }
    texts = {key: store.get_document(doc_id).text for key, doc_id in ids.items()}
    return EventArchive(folder / "events.db", store, ids, texts)
