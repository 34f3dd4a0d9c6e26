"""Pieces shared by the page objects: document references and walking the archive's facts."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from testimonia.model import Document
from testimonia.store.base import Store


@dataclass(slots=True)
class DocRef:
    """Enough of a document to name it as the source of a claim."""

    id: str
    title: str
    publisher: str | None
    published: str | None
    url: str  # its page


@dataclass(slots=True)
class DocumentSummary:
    id: str
    title: str  # the document's title, else its file name
    filename: str
    publisher: str | None
    published: str | None
    language: str | None
    format: str
    size: int
    duplicate_of: str | None
    facts: int  # facts of the latest extraction; 0 when none was stored
    url: str


@dataclass(slots=True)
class Marker:
    """A place on a map: the home page's and an event's."""

    name: str
    lat: float
    lon: float
    documents: int
    mentions: int
    url: str


def page_url(document_id: str, fact_id: str | None = None) -> str:
    return f"/documents/{document_id}" + (f"#{fact_id}" if fact_id else "")


def title_of(document: Document) -> str:
    return document.meta.title or document.filename


def ref(document: Document) -> DocRef:
    return DocRef(document.id, title_of(document), document.meta.publisher, document.meta.published, page_url(document.id))


def count_facts(result: dict[str, Any] | None) -> int:
    if not result:
        return 0
    return sum(len(v) for k, v in result.items() if isinstance(v, list) and k not in ("events", "checks"))


def summary(document: Document, result: dict[str, Any] | None) -> DocumentSummary:
    m = document.meta
    return DocumentSummary(
        document.id, title_of(document), document.filename, m.publisher, m.published, m.language,
        document.format, document.size, document.duplicate_of, count_facts(result), page_url(document.id),
    )


def facts_of(result: dict[str, Any] | None, kind: str) -> list[dict[str, Any]]:
    """One kind of fact from a contract object, leaving out anything that is not a fact object."""
    facts = (result or {}).get(kind)
    return [f for f in facts if isinstance(f, dict)] if isinstance(facts, list) else []


Corpus = list[tuple[Document, dict[str, Any] | None]]


def extractions(store: Store) -> Iterator[tuple[Document, dict[str, Any] | None]]:
    """Every document with the contract object of its latest extraction (None when not extracted).

    Documents stored as duplicates of another (the same text from other bytes)
    are left out, so one text's facts are not counted twice across the archive.
    """
    latest = {document.id: stored.result for document, stored in store.latest_extractions()}
    for document in store.list_documents():
        if not document.duplicate_of:
            yield document, latest.get(document.id)


def year_of(date: str | None) -> str | None:
    return date[:4] if date and len(date) >= 4 and date[:4].isdigit() else None
