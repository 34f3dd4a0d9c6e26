"""Metadata from outside a document's bytes: sidecar files, flags, the text's own first line."""

from __future__ import annotations

import json
import re
from pathlib import Path

from testimonia.errors import BadMetadata
from testimonia.ingest.dates import iso_date, leading_date
from testimonia.model import DocumentMeta

SIDECAR_SUFFIX = ".meta.json"
_FIELDS = ("title", "publisher", "url", "published", "language")
_WORD = re.compile(r"[^\W\d_]+")
# The most frequent function words of a language; enough to tell English from the rest.
_ENGLISH = frozenset("the of and to in a is was that for on with by as were at from this which have has be are it its".split())


def is_sidecar(path: Path) -> bool:
    return path.name.endswith(SIDECAR_SUFFIX)


def sidecar_for(path: Path) -> Path | None:
    """`report.meta.json` or `report.pdf.meta.json` beside `report.pdf`."""
    for candidate in (path.with_name(path.stem + SIDECAR_SUFFIX), path.with_name(path.name + SIDECAR_SUFFIX)):
        if candidate.is_file():
            return candidate
    return None


def read_sidecar(path: Path) -> DocumentMeta:
    sidecar = sidecar_for(path)
    if sidecar is None:
        return DocumentMeta()
    try:
        data = json.loads(sidecar.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise BadMetadata(str(sidecar), str(exc)[:120]) from None
    if not isinstance(data, dict):
        raise BadMetadata(str(sidecar), "not a JSON object")
    values = {k: (str(data[k]) if data.get(k) is not None else None) for k in _FIELDS}
    if values["published"] is not None:
        published = iso_date(values["published"])
        if published is None:
            raise BadMetadata(str(sidecar), f"published {values['published']!r} is not a date")
        values["published"] = published
    return DocumentMeta(**values)


def from_text(text: str) -> DocumentMeta:
    """What the text says of itself: a leading `date YYYY-MM-DD` line, and its language."""
    return DocumentMeta(published=leading_date(text), language=guess_language(text))


def guess_language(text: str) -> str | None:
    words = _WORD.findall(text[:20000].lower())
    if len(words) >= 20 and sum(w in _ENGLISH for w in words) / len(words) > 0.12:
        return "en"
    return None
