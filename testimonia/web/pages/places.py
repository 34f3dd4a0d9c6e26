"""Places named across the archive: one entry per gazetteer place (or per spelling when unresolved)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from testimonia.model import Document
from testimonia.store.base import Store
from testimonia.web.pages.common import Corpus, DocRef, extractions, facts_of, page_url, ref
from testimonia.web.pages.gazetteer import fold, lookup


@dataclass(slots=True)
class PlaceSource:
    document: DocRef
    facts: list[str]  # ids of the place facts in that document
    written: list[str]  # the names as that document writes them
    url: str  # the document page at the first mention


@dataclass(slots=True)
class PlaceEntry:
    key: str  # the gazetteer id, or "name:<folded name>" for an unresolved place
    anchor: str  # element id on the places page
    name: str
    names: list[str]  # every known name: the gazetteer's, then the documents' spellings
    gazetteer_id: str | None
    lat: float | None
    lon: float | None
    mentions: int
    documents: list[PlaceSource] = field(default_factory=list)


@dataclass(slots=True)
class PlacesPage:
    count: int
    with_coordinates: int
    places: list[PlaceEntry]


def places_page(store: Store) -> PlacesPage:
    return places_from(list(extractions(store)))


def places_from(corpus: Corpus) -> PlacesPage:
    places: dict[str, PlaceEntry] = {}
    spellings: dict[str, Counter[str]] = {}
    for document, result in corpus:
        for fact in facts_of(result, "places"):
            written = str(fact.get("name") or fact.get("text") or "").strip()
            if not written:
                continue
            gid = fact.get("place") if isinstance(fact.get("place"), str) else None
            key = gid or f"name:{fold(written)}"
            entry = places.get(key)
            if entry is None:
                entry = places[key] = PlaceEntry(key, place_anchor(key), written, [], gid, None, None, 0)
                spellings[key] = Counter()
            entry.mentions += 1
            spellings[key][written] += 1
            if entry.lat is None and _coordinate(fact.get("lat"), 90) is not None and _coordinate(fact.get("lon"), 180) is not None:
                entry.lat, entry.lon = _coordinate(fact.get("lat"), 90), _coordinate(fact.get("lon"), 180)
            _add_source(entry, document, fact, written)
    for key, entry in places.items():
        _complete(entry, spellings[key])
    ordered = sorted(places.values(), key=lambda p: (-len(p.documents), -p.mentions, p.name.casefold()))
    seen: set[str] = set()
    for entry in ordered:  # two keys can slug alike ("name:susa", "susa"): keep element ids unique
        base, n = entry.anchor, 1
        while entry.anchor in seen:
            n += 1
            entry.anchor = f"{base}-{n}"
        seen.add(entry.anchor)
    return PlacesPage(len(ordered), sum(p.lat is not None for p in ordered), ordered)


def _add_source(entry: PlaceEntry, document: Document, fact: dict[str, Any], written: str) -> None:
    fact_id = str(fact.get("id") or "")
    source = next((s for s in entry.documents if s.document.id == document.id), None)
    if source is None:
        source = PlaceSource(ref(document), [], [], page_url(document.id, fact_id or None))
        entry.documents.append(source)
    if fact_id:
        source.facts.append(fact_id)
    if written not in source.written:
        source.written.append(written)


def _complete(entry: PlaceEntry, spelled: Counter[str]) -> None:
    """Name the entry after the gazetteer when it knows the place, else after its most frequent spelling."""
    known = lookup(entry.gazetteer_id)
    written = [name for name, _ in spelled.most_common()]
    if known is not None:
        entry.name = known.name
        entry.names = list(dict.fromkeys([*known.names, *written]))
        if entry.lat is None and known.lat is not None and known.lon is not None:
            entry.lat, entry.lon = known.lat, known.lon
    else:
        entry.name = written[0]
        entry.names = written


def _coordinate(value: object, limit: float) -> float | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool) and -limit <= value <= limit:
        return float(value)
    return None


def place_anchor(key: str) -> str:
    """The element id of a place on the places page (before a rare clash of two keys adds "-2")."""
    return "place-" + (re.sub(r"[^a-z0-9]+", "-", key.lower()).strip("-") or "unnamed")
