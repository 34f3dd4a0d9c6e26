"""A document as archived: its original bytes' hash, metadata and text."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(slots=True)
class DocumentMeta:
    """What is known about a document besides its bytes; every field may be unknown."""

    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    published: str | None = None  # YYYY-MM-DD (or YYYY-MM, YYYY)
    language: str | None = None

    def merged(self, other: DocumentMeta) -> DocumentMeta:
        """Fields of `other` win where they are set."""
        mine, theirs = asdict(self), asdict(other)
        return DocumentMeta(**{k: theirs[k] if theirs[k] is not None else v for k, v in mine.items()})


@dataclass(slots=True)
class Document:
    id: str  # SHA-256 hex of the original bytes
    filename: str
    format: str  # txt, md, html, pdf, docx
    size: int
    text: str
    meta: DocumentMeta = field(default_factory=DocumentMeta)
    encoding: str | None = None
    ingested_at: str | None = None
    source_path: str | None = None
    duplicate_of: str | None = None  # an earlier document with the same text

    @property
    def text_sha256(self) -> str:
        import hashlib

        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()
