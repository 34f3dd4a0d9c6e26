"""Dispatch a file to its format's reader; checks that apply to every format."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from testimonia.errors import EmptyFile, TooLarge, UnsupportedType
from testimonia.model import DocumentMeta

# suffix -> format name; the reader for each format lives in a module of that name.
FORMATS: dict[str, str] = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".pdf": "pdf",
    ".docx": "docx",
}


@dataclass(slots=True)
class Parsed:
    """What a reader made of a file: the text every span will index, and what it found out."""

    text: str
    format: str
    encoding: str | None = None
    meta: DocumentMeta = field(default_factory=DocumentMeta)


def format_of(path: Path) -> str:
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        detail = f"'{path.suffix}'" if path.suffix else "no file extension"
        raise UnsupportedType(str(path), detail)
    return fmt


def read_path(path: Path, max_bytes: int) -> tuple[bytes, Parsed]:
    """Read and parse one file, refusing it before reading when it is over `max_bytes`."""
    fmt = format_of(path)
    size = path.stat().st_size
    if size > max_bytes:
        raise TooLarge(str(path), f"{size:,} bytes, limit {max_bytes:,}")
    data = path.read_bytes()
    return data, parse_bytes(data, fmt, str(path))


def parse_bytes(data: bytes, fmt: str, name: str) -> Parsed:
    if not data.strip():
        raise EmptyFile(name)
    if fmt in ("txt", "md"):
        from testimonia.ingest import text as reader
    elif fmt == "html":
        from testimonia.ingest import html as reader  # type: ignore[no-redef]
    elif fmt == "pdf":
        from testimonia.ingest import pdf as reader  # type: ignore[no-redef]
    else:
        from testimonia.ingest import docx as reader  # type: ignore[no-redef]
    parsed = reader.parse(data, name)
    parsed.format = fmt
    if not parsed.text.strip():
        raise EmptyFile(name, "no readable text in it")
    return parsed
