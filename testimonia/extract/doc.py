"""The text every extractor reads: the original plus a same-length normalised copy.

Normalisation maps one character to one character (curly quotes to straight,
every dash to "-", odd spaces to " "), so an offset into `norm` is the same
offset into `text`: facts found on the normalised copy point at the original
characters with no offset map to consult. `text` is what spans index; `norm`
is what rules match.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date

_ONE_TO_ONE = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "`": "'", "\u00b4": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
        "\u2212": "-", "\ufe58": "-", "\ufe63": "-", "\uff0d": "-",
        "\u00a0": " ", "\u2002": " ", "\u2003": " ", "\u2007": " ", "\u2009": " ", "\u200a": " ",
        "\u202f": " ", "\u3000": " ", "\t": " ", "\r": " ", "\u00ad": " ",
    }
)


_REPLACE = {chr(code): char for code, char in _ONE_TO_ONE.items()}


def normalise(text: str) -> str:
    """Return `text` with quotes, dashes and spaces unified; same length as `text`.

    One `str.replace` per character: each is a scan in C that copies nothing when the
    character is absent, several times faster than `str.translate` (a dict lookup per
    character) or a regex calling back into Python for every quote and dash. No
    replacement is itself replaced, so the order does not matter.
    """
    if "\u2014" in text or "\u2015" in text:
        text = _CLOSED_DASH.sub(" ", text)
    for special, plain in _REPLACE.items():
        text = text.replace(special, plain)
    return text


# An em dash set closed up between words ("were killed\u2014the worst", the American style) is a
# break between them, not a hyphen: it becomes a space, so "killed" stays a word of its own. Between
# two digits it is left to be a dash ("1992\u20141994").
_CLOSED_DASH = re.compile(r"[\u2014\u2015](?:(?<=[^\W\d].)(?=\w)|(?<=\w.)(?=[^\W\d]))")  # the dash first: found in C


def lower_same_length(norm: str) -> str:
    """`norm.lower()`, keeping one character per character.

    Only U+0130 (dotted capital I, common in Azerbaijani and Turkish names)
    lower-cases to two code points; it becomes a plain "i" so offsets hold.
    """
    low = norm.replace("\u0130", "I").lower()
    if len(low) != len(norm):  # defensive: no other code point expands today
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in norm)
    return low


# A sentence ends at . ! ? (optionally followed by a closing quote or bracket, then a footnote
# number glued to it: "were killed.23 Another") before whitespace and an upper-case letter, digit
# or opening quote, or at a blank line. A decimal ("3.5 Million") is not a full stop and a note.
# The pattern opens with one character class, so the engine skips to the next candidate in C.
_SENTENCE_END = re.compile(
    r"""[.!?\n](?:(?<=[.!?])["')\]]?(?:(?<![0-9][.!?])[0-9]{1,3})?\s+(?=["'(\[]?[A-Z0-9\u0400-\u04ff])|(?<=\n)\s*\n)"""
)
# An initial ("D. H. Pienaar") ends no sentence; "I" is left out for "World War I."
_ABBREVIATIONS = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Sgt|St|No|Art|vs|etc|e\.g|i\.e|U\.S|U\.N|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[A-HJ-Z])\.$")


def split_sentences(norm: str) -> list[tuple[int, int]]:
    """Sentence spans over the normalised text, trimmed of surrounding whitespace."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(norm):
        cut = m.start()
        if norm[cut] != "\n":  # a full stop, not a blank line: the sentence keeps it
            cut += 1
            if _ABBREVIATIONS.search(norm, max(start, cut - 6), cut):
                continue
        _append_trimmed(spans, norm, start, cut)
        start = m.end()
    _append_trimmed(spans, norm, start, len(norm))
    return spans


def _append_trimmed(spans: list[tuple[int, int]], norm: str, start: int, end: int) -> None:
    if start < end and not norm[start].isspace() and not norm[end - 1].isspace():
        spans.append((start, end))
        return
    while start < end and norm[start].isspace():
        start += 1
    while end > start and norm[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))


@dataclass(slots=True)
class Doc:
    """One document's text prepared for the extractors."""

    text: str
    published: date | None = None
    language: str = "en"
    norm: str = field(init=False)
    lower: str = field(init=False)  # `norm` lower-cased, same length: what case-blind rules match
    sentences: list[tuple[int, int]] = field(init=False)
    sentence_starts: list[int] = field(init=False)  # `sentences`' starts, for `bisect`
    # what a rule read at a line's start, kept so that it reads each line once: `figure_layouts.label_of`
    line_labels: dict = field(init=False, default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.norm = normalise(self.text)
        self.lower = lower_same_length(self.norm)
        self.sentences = split_sentences(self.norm)
        self.sentence_starts = [s for s, _ in self.sentences]

    def sentence_at(self, offset: int) -> tuple[int, int]:
        """The sentence span containing `offset`, or `(offset, offset)` between sentences."""
        i = bisect_right(self.sentence_starts, offset) - 1  # the binary search in C: rules call this often
        if i >= 0:
            sentence = self.sentences[i]
            if offset < sentence[1]:
                return sentence
        return offset, offset
