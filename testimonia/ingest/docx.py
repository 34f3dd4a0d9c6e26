"""DOCX: paragraphs and tables in document order, and the core properties."""

from __future__ import annotations

import io
import zipfile

from testimonia.errors import CorruptFile
from testimonia.ingest.read import Parsed
from testimonia.model import DocumentMeta

_FIX = "open it in a word processor and save it again as .docx"


def parse(data: bytes, name: str) -> Parsed:
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table

    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise CorruptFile(name, "not a ZIP container, so not a DOCX file", fix=_FIX)
    try:
        document = docx.Document(io.BytesIO(data))
        blocks = []
        for item in document.iter_inner_content():
            if isinstance(item, Table):
                blocks.extend(" | ".join(cell.text.strip() for cell in row.cells) for row in item.rows)
            else:
                blocks.append(item.text.strip())
        props = document.core_properties
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile, AttributeError) as exc:
        raise CorruptFile(name, f"{type(exc).__name__}: {exc}"[:200], fix=_FIX) from None
    text = "\n\n".join(block for block in blocks if block)
    meta = DocumentMeta(title=props.title or None, language=(props.language or "").split("-")[0].lower() or None)
    return Parsed(text=text, format="docx", meta=meta)
