"""The `Store` protocol: everything callers may ask of an archive.

Callers (ingest, CLI, API) depend on this protocol only, so a PostgreSQL
backend can be added without touching them; one contract test suite runs on
every backend.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Protocol

from testimonia.model import Document


@dataclass(frozen=True, slots=True)
class AddResult:
    status: str  # "added" or "exists"
    document_id: str
    duplicate_of: str | None = None


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

    def add_document(self, document: Document, original: bytes) -> AddResult:
        """Store the document, its original bytes and its search entry in one transaction."""

    def get_document(self, ref: str) -> Document:
        """By full id or unique id prefix; raises DocumentNotFound."""

    def list_documents(self) -> list[Document]: ...

    def original(self, document_id: str) -> bytes: ...

    def verify(self) -> Iterator[tuple[str, VerifyProblem | None]]:
        """Recompute every original's hash; yield (document id, problem or None)."""

    def search(self, query: str, limit: int = 20) -> list[SearchHit]: ...

    def count_documents(self) -> int: ...

    def close(self) -> None: ...
