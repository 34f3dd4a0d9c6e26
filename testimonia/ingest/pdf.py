"""PDF: the text layer, page by page. A scan without one is refused, not stored empty."""

from __future__ import annotations

import io
import logging

from testimonia.errors import CorruptFile, EncryptedFile, NoTextLayer
from testimonia.ingest.read import Parsed
from testimonia.model import DocumentMeta

_FIX = "download or export it again; a damaged PDF can often be repaired with `qpdf --repair in.pdf out.pdf`"


def parse(data: bytes, name: str) -> Parsed:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    if b"%PDF-" not in data[:1024]:
        raise CorruptFile(name, "no PDF header", fix=_FIX)
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings about sloppy files are noise here
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise EncryptedFile(name)
        pages = [page.extract_text() or "" for page in reader.pages]
        info = reader.metadata
        title = (info.title or None) if info else None
    except (EncryptedFile, NoTextLayer):
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError, RecursionError) as exc:
        raise CorruptFile(name, f"{type(exc).__name__}: {exc}"[:200], fix=_FIX) from None
    text = "\n\n".join(page.strip() for page in pages if page.strip())
    if not text:
        raise NoTextLayer(name, f"{len(pages)} page(s), no extractable text")
    return Parsed(text=text, format="pdf", meta=DocumentMeta(title=str(title).strip() or None if title else None))
