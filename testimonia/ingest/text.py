"""Plain text and Markdown: decoded, never altered, so offsets are into the file's own text."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from testimonia.errors import BinaryFile, UndecodableText
from testimonia.ingest.read import Parsed

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# C0 controls other than tab, newline, vertical tab, form feed and carriage return.
_CONTROL = frozenset(range(0x20)) - {0x09, 0x0A, 0x0B, 0x0C, 0x0D}


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Return (text, encoding). UTF-8 first; any other encoding is detected and named."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(encoding), name), encoding
            except UnicodeDecodeError as exc:
                raise UndecodableText(name, f"starts with a {encoding} mark but is not {encoding}: {exc.reason}") from None
    if b"\x00" in data:
        raise BinaryFile(name, "contains NUL bytes")
    controls = sum(data.count(bytes((c,))) for c in _CONTROL)
    if controls > max(2, len(data) // 200):
        raise BinaryFile(name, f"{controls} control bytes")
    try:
        return _checked(data.decode("utf-8"), name), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        raise UndecodableText(name, "not UTF-8, and no other encoding fits")
    return _checked(str(best), name), best.encoding


def _checked(text: str, name: str) -> str:
    controls = sum(1 for ch in text if ord(ch) in _CONTROL)
    if controls > max(2, len(text) // 200):
        raise BinaryFile(name, f"{controls} control characters")
    return text


def parse(data: bytes, name: str) -> Parsed:
    text, encoding = decode(data, name)
    return Parsed(text=text, format="txt", encoding=encoding)
