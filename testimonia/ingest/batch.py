"""Ingest a batch of files and folders: each document its own transaction, failures reported and skipped."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from testimonia.errors import IngestError, TestimoniaError
from testimonia.ingest.meta import from_text, is_sidecar, read_sidecar
from testimonia.ingest.read import read_path
from testimonia.model import Document, DocumentMeta
from testimonia.store.base import Store, StoredExtraction

Extractor = Callable[[Document], StoredExtraction]


@dataclass(frozen=True, slots=True)
class FileResult:
    path: str
    status: str  # added, exists, failed
    document_id: str | None = None
    detail: str = ""  # the whole failure message, or what is worth knowing (duplicate)
    reason: str = ""  # a failure's reason alone, without the path and the fix
    duplicate_of: str | None = None
    format: str | None = None
    encoding: str | None = None
    title: str | None = None
    published: str | None = None


def expand(paths: Iterable[Path]) -> Iterator[Path]:
    """Files given, and every file below the folders given (sorted, hidden files and sidecars left out)."""
    for path in paths:
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    child = Path(root, name)
                    if not name.startswith(".") and not is_sidecar(child):
                        yield child
        else:
            yield path


def ingest_file(store: Store, path: Path, *, overrides: DocumentMeta, max_bytes: int, extractor: Extractor | None = None) -> FileResult:
    """Archive one file with its facts. Raises nothing for bad input: the failure is the result.

    A document is stored together with its extraction in one transaction; an
    archived document that lacks this extractor version's facts gets them now,
    so re-running an interrupted or upgraded batch completes it.
    """
    try:
        if not path.exists():
            raise IngestError(str(path), "no such file", fix="check the path")
        if not path.is_file():
            raise IngestError(str(path), "not a regular file", fix="give a file or a folder")
        data, parsed = read_path(path, max_bytes)
        document_id = hashlib.sha256(data).hexdigest()
        if store.has_document(document_id):
            note = "already archived"
            if extractor is not None and _needs_extraction(store, document_id):
                store.save_extraction(document_id, _run(extractor, store.get_document(document_id), path))
                note += ", facts extracted now"
            return FileResult(str(path), "exists", document_id, note, format=parsed.format)
        meta = parsed.meta.merged(from_text(parsed.text)).merged(read_sidecar(path)).merged(overrides)
        document = Document(
            id=document_id, filename=path.name, format=parsed.format, size=len(data), text=parsed.text,
            meta=meta, encoding=parsed.encoding, ingested_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
            source_path=str(path.resolve()),
        )
        extraction = _run(extractor, document, path) if extractor is not None else None
        result = store.add_document(document, data, extraction)
    except TestimoniaError as exc:
        return FileResult(str(path), "failed", detail=str(exc), reason=getattr(exc, "summary", exc.message))
    except OSError as exc:
        reason = f"cannot read it ({exc.strerror or exc})"
        return FileResult(str(path), "failed", detail=f"{path}: {reason}. Fix: check the file's permissions", reason=reason)
    detail = "already archived" if result.status == "exists" else (f"same text as {result.duplicate_of[:12]}" if result.duplicate_of else "")
    return FileResult(
        str(path), result.status, document_id, detail, "", result.duplicate_of, parsed.format, parsed.encoding,
        meta.title, meta.published,
    )


def _needs_extraction(store: Store, document_id: str) -> bool:
    from testimonia.extract.pipeline import EXTRACTOR_VERSION, lexicon_hash

    return (EXTRACTOR_VERSION, lexicon_hash()) not in store.extraction_versions(document_id)


def _run(extractor: Extractor, document: Document, path: Path) -> StoredExtraction:
    try:
        return extractor(document)
    except Exception as exc:  # an extractor bug must not take the batch down, nor store half a document
        raise IngestError(
            str(path), f"extraction failed: {type(exc).__name__}: {exc}"[:300],
            fix="please report this with the file; `testimonia ingest --no-extract` archives it without facts",
        ) from exc
