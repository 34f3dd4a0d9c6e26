"""Dated facts from every document, in time order, each with its precision and its source."""

from __future__ import annotations

import re
from dataclasses import dataclass

from testimonia.store.base import Store
from testimonia.web.pages.common import Corpus, DocRef, extractions, facts_of, page_url, ref

_ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@dataclass(slots=True)
class ChronologyEntry:
    start: str  # YYYY-MM-DD, YYYY-MM or YYYY
    end: str | None
    precision: str
    inferred: str | None  # how missing parts were filled from context
    text: str | None  # the evidence
    fact: str  # the fact's id in its document
    rule: str | None
    document: DocRef
    url: str  # the document page at the fact


@dataclass(slots=True)
class ChronologyPage:
    count: int
    undated: int  # dated facts whose date is not ISO and so cannot be placed in order
    entries: list[ChronologyEntry]


def chronology_page(store: Store) -> ChronologyPage:
    return chronology_from(list(extractions(store)))


def chronology_from(corpus: Corpus) -> ChronologyPage:
    entries: list[ChronologyEntry] = []
    undated = 0
    for document, result in corpus:
        source = ref(document)
        for fact in facts_of(result, "dates"):
            start, end = fact.get("start"), fact.get("end")
            if not (isinstance(start, str) and _ISO.match(start)):
                undated += 1
                continue
            fact_id = str(fact.get("id") or "")
            entries.append(ChronologyEntry(
                start, end if isinstance(end, str) and _ISO.match(end) else None,
                str(fact.get("precision") or _precision(start)), fact.get("inferred"), fact.get("text"),
                fact_id, fact.get("rule"), source, page_url(document.id, fact_id or None),
            ))
    # ISO prefixes sort in time order ("1992" < "1992-02" < "1992-02-25"); ties by source date.
    entries.sort(key=lambda e: (e.start, e.end or e.start, e.document.published or "", e.document.id, e.fact))
    return ChronologyPage(len(entries), undated, entries)


def _precision(start: str) -> str:
    return {4: "year", 7: "month"}.get(len(start), "day")
