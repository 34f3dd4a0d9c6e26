"""The documents list and one document's page: metadata, hash, text and every fact it claims."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from testimonia.store.base import Store
from testimonia.web.pages.claims import KINDS, claim
from testimonia.web.pages.common import DocumentSummary, facts_of, page_url, summary


@dataclass(slots=True)
class DocumentListPage:
    count: int
    documents: list[DocumentSummary]


def document_list(store: Store) -> DocumentListPage:
    latest = {document.id: stored.result for document, stored in store.latest_extractions()}
    documents = [summary(document, latest.get(document.id)) for document in store.list_documents()]
    return DocumentListPage(len(documents), documents)


@dataclass(slots=True)
class FactView:
    kind: str  # figures, dates, places ... (the contract's member name)
    kind_label: str
    id: str  # the contract id: f1, d2 ...
    anchor: str  # the element id in the page: #f1 (unique even if ids repeat across kinds)
    span: list[int] | None  # [start, end) into the text; None when the fact has no usable span
    text: str | None  # the evidence as the extraction quoted it
    claim: str  # the fact in words, as its source's claim
    rule: str | None  # the rule that found it
    matches_text: bool  # text[start:end] == the quoted evidence
    data: dict[str, Any]  # the fact's contract object, unchanged


@dataclass(slots=True)
class LegendEntry:
    kind: str
    label: str
    count: int  # the facts of this kind drawn in the text (a fact without a usable span is only listed)


@dataclass(slots=True)
class ExtractionInfo:
    extractor_version: str
    lexicon_hash: str
    extracted_at: str | None


@dataclass(slots=True)
class DocumentDetail(DocumentSummary):
    sha256: str = ""
    encoding: str | None = None
    source_url: str | None = None  # where it was published
    ingested_at: str | None = None
    chars: int = 0


@dataclass(slots=True)
class DocumentLinks:
    page: str
    json: str
    text: str
    original: str
    facts: str
    duplicate_of: str | None


@dataclass(slots=True)
class DocumentPage:
    document: DocumentDetail
    links: DocumentLinks
    extraction: ExtractionInfo | None
    legend: list[LegendEntry]
    facts: list[FactView]
    checks: list[dict[str, Any]] = field(default_factory=list)
    text: str = ""


def document_page(store: Store, ref: str) -> DocumentPage:
    document = store.get_document(ref)
    stored = store.get_extraction(document.id)
    result = stored.result if stored else None
    base = summary(document, result)
    detail = DocumentDetail(
        **{name: getattr(base, name) for name in DocumentSummary.__dataclass_fields__},
        sha256=document.id, encoding=document.encoding, source_url=document.meta.url,
        ingested_at=document.ingested_at, chars=len(document.text),
    )
    api = f"/api/documents/{document.id}"
    links = DocumentLinks(
        page_url(document.id), api, f"{api}/text", f"{api}/original", f"{api}/facts",
        page_url(document.duplicate_of) if document.duplicate_of else None,
    )
    facts = fact_views(document.text, result, document.meta.publisher)
    legend = [LegendEntry(kind, label, sum(f.kind == kind and f.span is not None for f in facts)) for kind, label in KINDS.items()]
    info = ExtractionInfo(stored.extractor_version, stored.lexicon_hash, stored.extracted_at) if stored else None
    return DocumentPage(detail, links, info, legend, facts, facts_of(result, "checks"), document.text)


def fact_views(text: str, result: dict[str, Any] | None, publisher: str | None) -> list[FactView]:
    """Every fact with a claim sentence, in legend order then text order."""
    names = {str(f["id"]): str(f["name"]) for f in facts_of(result, "persons") + facts_of(result, "organizations") if f.get("id") and f.get("name")}
    views: list[FactView] = []
    used: set[str] = set()
    for kind, label in KINDS.items():
        for index, fact in enumerate(facts_of(result, kind)):
            fact_id = str(fact.get("id") or f"{kind}-{index + 1}")
            anchor = fact_id if fact_id not in used else f"{kind}-{fact_id}"
            used.add(anchor)
            span = _span(fact.get("span"), len(text))
            quoted = fact.get("text")
            views.append(FactView(
                kind, label, fact_id, anchor, span, quoted if isinstance(quoted, str) else None,
                claim(kind, fact, publisher, names), fact.get("rule"),
                span is not None and quoted == text[span[0]:span[1]], fact,
            ))
    return sorted(views, key=lambda v: (v.span or [len(text) + 1, 0])[0])


def _span(raw: object, length: int) -> list[int] | None:
    if isinstance(raw, list) and len(raw) == 2 and all(isinstance(x, int) and not isinstance(x, bool) for x in raw):
        start, end = raw
        if 0 <= start < end <= length:
            return [start, end]
    return None

