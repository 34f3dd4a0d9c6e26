"""The `Store` protocol: everything callers may ask of an archive.

Callers (ingest, CLI, API) depend on this protocol only, so a PostgreSQL
backend can be added without touching them; one contract test suite runs on
every backend.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Protocol

from testimonia.model import Document
from testimonia.reconcile.model import Decision


@dataclass(frozen=True, slots=True)
class AddResult:
    status: str  # "added" or "exists"
    document_id: str
    duplicate_of: str | None = None


@dataclass(frozen=True, slots=True)
class StoredExtraction:
    """One extractor run over one document: the contract JSON and what made it."""

    extractor_version: str
    lexicon_hash: str
    result: dict
    extracted_at: str | None = None


@dataclass(frozen=True, slots=True)
class SearchHit:
    document_id: str
    title: str | None
    snippet: str
    score: float


@dataclass(frozen=True, slots=True)
class VerifyProblem:
    document_id: str
    filename: str
    problem: str  # "missing" or "altered"
    detail: str


class Store(Protocol):
    def migrate(self) -> list[str]:
        """Apply pending migrations; return the names applied now."""

    def applied_migrations(self) -> list[str]: ...

    def has_document(self, document_id: str) -> bool: ...

    def add_document(self, document: Document, original: bytes, extraction: StoredExtraction | None = None) -> AddResult:
        """Store the document, its original bytes, search entry and facts in one transaction."""

    def save_extraction(self, document_id: str, extraction: StoredExtraction) -> None:
        """Store (or replace) one extractor version's facts for a document."""

    def get_extraction(self, document_id: str) -> StoredExtraction | None:
        """The most recent extraction of the document, if any."""

    def extraction_versions(self, document_id: str) -> list[tuple[str, str]]: ...

    def latest_extractions(self) -> Iterator[tuple[Document, StoredExtraction]]:
        """Every document that has facts, with its most recent extraction."""

    def add_decision(
        self, action: str, event_id: str, other: str | None = None, value: str | None = None,
        anchors: Iterable[str] = (), other_anchors: Iterable[str] = (),
    ) -> Decision:
        """Record a decision with its anchors (the `Mention.key`s of the events it names), in one transaction."""

    def decisions(self) -> list[Decision]:
        """Every decision with its anchors, in the order made."""

    def state_token(self) -> tuple:
        """A cheap value that changes whenever extractions or decisions change (for caches built from them)."""

    def get_document(self, ref: str) -> Document:
        """By full id or unique id prefix; raises DocumentNotFound."""

    def list_documents(self) -> list[Document]: ...

    def original(self, document_id: str) -> bytes: ...

    def verify(self) -> Iterator[tuple[str, VerifyProblem | None]]:
        """Recompute every original's hash; yield (document id, problem or None)."""

    def search(self, query: str, limit: int = 20) -> list[SearchHit]: ...

    def count_documents(self) -> int: ...

    def close(self) -> None: ...
