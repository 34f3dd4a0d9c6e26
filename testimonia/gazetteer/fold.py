"""Case- and accent-folding shared by the index and the text it scans.

A name and the text are folded by the same rule, character by character: to
ASCII with anyascii (never unidecode, which turns the Azerbaijani "ə" into "@"),
lower case, and every character that is not a letter or digit to a space. Index
keys are then wrapped in single spaces, so an Aho-Corasick hit always starts and
ends on a word boundary of the folded text and never inside a word.
"""

from __future__ import annotations

import re
from array import array
from functools import lru_cache

from anyascii import anyascii

ASCII_FOLD = str.maketrans(
    {chr(c): (chr(c).lower() if chr(c).isalnum() else " ") for c in range(128)}
)
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_SPACES = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=8192)
def _fold_char(ch: str) -> str:
    return _SPACES.sub(" ", anyascii(ch).lower())


def fold_name(name: str) -> str:
    """The words of `name` folded and joined by single spaces ("Xocalı" -> "xocali")."""
    if not name.isascii():
        name = anyascii(name)
    return _SPACES.sub(" ", name.lower()).strip()


def key_of(name: str) -> str:
    """The index key of a name: its folded words between single spaces."""
    folded = fold_name(name)
    return f" {folded} " if folded else ""


class FoldedText:
    """`text` folded for scanning, with a map from folded offsets back to `text`.

    The folded string starts and ends with a space so that keys match at its edges
    too. When every character folds to one (ASCII, "é" -> "e", "ı" -> "i") the fold
    keeps every offset and `origin` is None; otherwise a character may fold to
    several ("х" -> "kh") or none (a combining accent), and `origin[i]` is the text
    offset of folded character `i + 1`.
    """

    __slots__ = ("folded", "length", "origin")

    def __init__(self, text: str) -> None:
        self.length = len(text)
        if text.isascii():
            self.folded = " " + text.translate(ASCII_FOLD) + " "
            self.origin: array | None = None
            return
        pieces: list[str] = [" "]
        pos = 0
        one_to_one = True
        for m in _NON_ASCII.finditer(text):
            a, b = m.span()
            if a > pos:
                pieces.append(text[pos:a].translate(ASCII_FOLD))
            for ch in m.group():
                folded = _fold_char(ch)
                pieces.append(folded)
                one_to_one = one_to_one and len(folded) == 1
            pos = b
        if pos < len(text):
            pieces.append(text[pos:].translate(ASCII_FOLD))
        pieces.append(" ")
        self.folded = "".join(pieces)
        # Most letters fold to one letter ("é" -> "e", "ı" -> "i"): offsets then hold as for ASCII.
        self.origin = None if one_to_one else self._origin(text)

    @staticmethod
    def _origin(text: str) -> array:
        origin = array("i")
        pos = 0
        for m in _NON_ASCII.finditer(text):
            a, b = m.span()
            if a > pos:
                origin.extend(range(pos, a))
            for i in range(a, b):
                origin.extend([i] * len(_fold_char(text[i])))
            pos = b
        if pos < len(text):
            origin.extend(range(pos, len(text)))
        return origin

    def span(self, fstart: int, fend: int) -> tuple[int, int]:
        """Text offsets of folded characters `[fstart, fend)` (folded offsets count the leading space)."""
        if self.origin is None:
            return fstart - 1, fend - 1
        return self.origin[fstart - 1], self.origin[fend - 2] + 1
