"""The bridge from an archived document to its stored facts (the extraction hook of ingest)."""

from __future__ import annotations

from pathlib import Path

from testimonia.ingest.meta import from_text, read_sidecar
from testimonia.ingest.read import read_path
from testimonia.model import Document, DocumentMeta
from testimonia.store.base import StoredExtraction


def contract_for(text: str, document: dict) -> dict:
    """The extraction contract's JSON object for one text; `document` is its "document" member."""
    from testimonia.extract import extract
    from testimonia.extract.output import to_contract

    return to_contract(extract(text, published=document.get("published"), language=document.get("language") or "en"), document)


def extract_document(document: Document) -> StoredExtraction:
    from testimonia.extract.pipeline import EXTRACTOR_VERSION, lexicon_hash

    header = {
        "path": document.source_path or document.filename, "sha256": document.id, "title": document.meta.title,
        "published": document.meta.published, "language": document.meta.language or "en", "chars": len(document.text),
    }
    return StoredExtraction(EXTRACTOR_VERSION, lexicon_hash(), contract_for(document.text, header))


def extract_path(path: Path, *, published: str | None, max_bytes: int) -> dict:
    """Read any supported file and extract from it, without archiving it."""
    import hashlib

    data, parsed = read_path(path, max_bytes)
    meta = parsed.meta.merged(from_text(parsed.text)).merged(read_sidecar(path)).merged(DocumentMeta(published=published))
    header = {
        "path": str(path), "sha256": hashlib.sha256(data).hexdigest(), "title": meta.title,
        "published": meta.published, "language": meta.language or "en", "chars": len(parsed.text),
    }
    return contract_for(parsed.text, header)
