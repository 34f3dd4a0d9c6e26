"""Full-text search with facets: publisher, year, language, format and the measures a document counts."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from urllib.parse import urlencode

from testimonia.model import Document
from testimonia.store.base import Store
from testimonia.web.pages.claims import MEASURES
from testimonia.web.pages.common import DocumentSummary, facts_of, summary, year_of

# Facets are counted over at most this many best matches, so one broad word cannot make
# a search read the whole archive's facts; the page says when the cap was reached.
MATCH_CAP = 500
MAX_LIMIT = 200


@dataclass(slots=True)
class SnippetPart:
    text: str
    match: bool


@dataclass(slots=True)
class SearchResult:
    document: DocumentSummary
    snippet: str
    snippet_parts: list[SnippetPart]
    score: float | None


@dataclass(slots=True)
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool
    url: str  # this search with the value toggled


@dataclass(slots=True)
class Facet:
    name: str
    label: str
    values: list[FacetValue]


@dataclass(slots=True)
class SearchPage:
    query: str
    filters: dict[str, str]
    total: int  # matching documents after the filters
    truncated: bool  # more than MATCH_CAP documents matched the words
    results: list[SearchResult]
    facets: list[Facet]


@dataclass(slots=True)
class _Candidate:
    document: Document
    summary: DocumentSummary
    measures: set[str]
    snippet: str
    score: float | None


# name, label, the values one document has for it
FACETS: tuple[tuple[str, str, Callable[[_Candidate], set[str]]], ...] = (
    ("publisher", "Publisher", lambda c: {c.document.meta.publisher} if c.document.meta.publisher else set()),
    ("year", "Year published", lambda c: {y} if (y := year_of(c.document.meta.published)) else set()),
    ("language", "Language", lambda c: {c.document.meta.language} if c.document.meta.language else set()),
    ("format", "Format", lambda c: {c.document.format}),
    ("measure", "Figures of people", lambda c: c.measures),
)


def search_page(store: Store, query: str, filters: Mapping[str, str | None], limit: int = 50) -> SearchPage:
    """Documents matching every word of `query` (all documents when it is empty) and every filter."""
    query = query.strip()
    active = {name: value for name, _, _ in FACETS if (value := (filters.get(name) or "").strip())}
    candidates = _candidates(store, query)
    truncated = len(candidates) >= MATCH_CAP
    matching = [c for c in candidates if _matches(c, active)]
    results = [
        SearchResult(c.summary, c.snippet.replace("\x02", "").replace("\x03", ""), _parts(c.snippet), c.score)
        for c in matching[: max(1, min(limit, MAX_LIMIT))]
    ]
    return SearchPage(query, active, len(matching), truncated, results, _facets(query, active, matching))


def _matches(candidate: _Candidate, active: dict[str, str]) -> bool:
    return all(active[name] in values(candidate) for name, _, values in FACETS if name in active)


def _candidates(store: Store, query: str) -> list[_Candidate]:
    found: list[tuple[Document, str, float | None]]
    if query:
        hits = store.search(query, MATCH_CAP)
        found = [(store.get_document(h.document_id), h.snippet, h.score) for h in hits]
    else:
        found = [(d, "", None) for d in store.list_documents()[:MATCH_CAP]]
    candidates = []
    for document, snippet, score in found:
        stored = store.get_extraction(document.id)
        result = stored.result if stored else None
        measures = {str(f["measure"]) for f in facts_of(result, "figures") if f.get("measure")}
        candidates.append(_Candidate(document, summary(document, result), measures, snippet, score))
    return candidates


def _facets(query: str, active: dict[str, str], matching: list[_Candidate]) -> list[Facet]:
    facets = []
    for name, label, values in FACETS:
        counts: Counter[str] = Counter(v for c in matching for v in values(c))
        if active.get(name) and active[name] not in counts:
            counts[active[name]] = 0
        ordered = sorted(counts.items(), key=lambda kv: (kv[0] != active.get(name), -kv[1], kv[0]))
        facets.append(Facet(name, label, [
            FacetValue(value, _label(name, value), count, active.get(name) == value, _toggle_url(query, active, name, value))
            for value, count in ordered
        ]))
    return facets


def _label(facet: str, value: str) -> str:
    return MEASURES.get(value, value.replace("_", " ")) if facet == "measure" else value


def _toggle_url(query: str, active: dict[str, str], name: str, value: str) -> str:
    params = dict(active)
    if params.get(name) == value:
        del params[name]
    else:
        params[name] = value
    pairs = ([("q", query)] if query else []) + sorted(params.items())
    return "/search" + ("?" + urlencode(pairs) if pairs else "")


def _parts(snippet: str) -> list[SnippetPart]:
    """The store marks matched words with \\x02 … \\x03; split on them so the template can escape every part."""
    parts: list[SnippetPart] = []
    for i, chunk in enumerate(snippet.replace("\x03", "\x02").split("\x02")):
        if chunk:
            parts.append(SnippetPart(chunk, i % 2 == 1))
    return parts
