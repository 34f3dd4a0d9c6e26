"""Faster ways of scanning give what the scan they replace gives: the same tokens, words and matches.

Each row here is a sentence of our own; the random rows mix the characters each shortcut has to get right
(spaces of every kind, marks a token may hold, letters outside ASCII, capitals).
"""

from __future__ import annotations

import random
import re

import pytest

from testimonia.extract import legal, places
from testimonia.extract.names import bylines, name_lexicon
from testimonia.extract.lexicon import TOKEN, at_line_starts, last_word, tokenise

TOKEN_ROWS = [
    "the shelling killed 1,200 people, including 300 children, near the u.s. base.",
    "an estimated 3.5 million were displaced (UN figures) in 1994-95",
    "hostage-taking didn't end: \"we counted 42\" - she said\u2019s",
    "killed.23 another report: 7/12/1992, 10:30 a.m.",
    "Émigrés and élite units; Xocalı's   streets\n\nwere\tempty",
    "\u00a0\u2003 spaced\u202fout \x1c odd",
    "",
    "   ",
]


@pytest.mark.parametrize("text", TOKEN_ROWS)
def test_tokenise_is_the_token_pattern(text: str) -> None:
    assert tokenise(text) == TOKEN.findall(text)
    assert tokenise(text.lower()) == TOKEN.findall(text.lower())


def test_tokenise_is_the_token_pattern_on_random_text() -> None:
    rng = random.Random(5)
    chars = "ab9 .'-\n\u00e9A,\u0430\u00a0\u2019\x1c_()\"z0"
    for _ in range(20000):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(0, 16)))
        assert tokenise(text) == TOKEN.findall(text), text


_WORD_THEN_SPACES = re.compile(r"([a-z]+)\s+$")

LAST_WORD_ROWS = [
    ("between 161 and 200", 0, 8),  # "between " -> "between"
    ("from 7,000 to 10,000", 0, 5),
    ("maybe thirty, perhaps forty", 13, 22),
    ("estimates ranged from  ", 0, 23),
    ("some 40", 0, 7),  # no space at the end: nothing
    ("Some ", 0, 5),  # a capital: no word of small letters
    ("12 ", 0, 3),
    ("ranging from\n", 3, 13),  # the window cuts the word: its part inside counts
    ("caf\u00e9 ", 0, 5),  # a letter outside ASCII ends it: no word
    ("", 0, 0),
]


@pytest.mark.parametrize("text,lo,hi", LAST_WORD_ROWS)
def test_last_word_is_the_regex(text: str, lo: int, hi: int) -> None:
    m = _WORD_THEN_SPACES.search(text, lo, hi)
    assert last_word(text, lo, hi) == ((m.group(1), m.start(1)) if m else None)


def test_last_word_is_the_regex_on_random_text() -> None:
    rng = random.Random(11)
    chars = "ab z\n\t\u00a0\u2003.9A\u00e9_-"
    for _ in range(20000):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(0, 15)))
        lo = rng.randint(0, len(text))
        hi = rng.randint(lo, len(text))
        m = _WORD_THEN_SPACES.search(text, lo, hi)
        assert last_word(text, lo, hi) == ((m.group(1), m.start(1)) if m else None), (text, lo, hi)


LINE_ROWS = [
    "By MARIA LOPEZ and Tom Reed, Reuters\nKYIV, Ukraine (AP) - Shelling went on.\nJOHN SMITH, Associated Press",
    "Reporting by Jan Novak; editing by Ann Lee\n\n  By Hanna Berg in Oslo\nNothing here.",
    "GAO, Mali - Twelve were killed.\nnot a dateline, Mali\nBAMAKO (Reuters) - More came.",
    "no line opens with a name\nstanding by the road, by the river",
    "\n\n\n",
    "",
]


def _line_patterns() -> list[re.Pattern]:
    lex = name_lexicon("en")
    return [lex.byline, lex.credit, places._DATELINE_NAME]


@pytest.mark.parametrize("text", LINE_ROWS)
def test_line_start_scans_are_finditer(text: str) -> None:
    for pattern in _line_patterns():
        assert [m.span() for m in at_line_starts(pattern, text)] == [m.span() for m in pattern.finditer(text)]


def test_line_start_scans_are_finditer_on_random_text() -> None:
    rng = random.Random(7)
    pieces = ["By ", "BY ", "Reporting by ", "JOHN ", "SMITH", "Smith", ", ", " - ", " (AP)", " |", "\n", " ", "\t",
              "x", "Tom ", "Lee", "KYIV", "O'NEIL"]
    patterns = _line_patterns()
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        for pattern in patterns:
            assert [m.span() for m in at_line_starts(pattern, text)] == [m.span() for m in pattern.finditer(text)], text


def test_caption_scan_needs_a_mark() -> None:
    """A case caption holds one of `_CAPTION_MARKS`; where none is, the caption scan finds nothing."""
    rng = random.Random(2)
    pieces = ["PROSECUTOR", " v. ", " vs. ", " V. ", " VS. ", " v ", "RADOVAN ", "KARADZIC", "\n", " ", "v.", "s. "]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        if not any(mark in text for mark in bylines._CAPTION_MARKS):
            assert not bylines._CAPTION.search(text), text


def test_legal_scans_need_their_marks() -> None:
    """The symbol scan runs only where "/RES/" is, the dated title scan only where its date is: both are in
    every match of the patterns they stand before."""
    lx = legal._legal("en")
    assert legal._SYMBOL_MARK in lx.symbol.pattern.replace("\\", "")
    assert lx.dated_title.pattern.endswith(lx.dated_title_date.pattern)


LEGAL_ROWS = [
    ("The Council adopted S/RES/2286 (2016) on the protection of hospitals.", "S/RES/2286 (2016)"),
    ("It cited the decree on the deportation of families of 12 March 1944 as proof.",
     "decree on the deportation of families"),
    ("The decree on the deportation of families was signed that spring.", None),  # no date: no dated title
    ("Resolution 2286 was adopted without a vote.", None),
]


@pytest.mark.parametrize("text,name", LEGAL_ROWS)
def test_legal_gated_scans_still_find(text: str, name: str | None) -> None:
    from testimonia.extract.doc import Doc

    found = [f.name for f in legal.find_legal_instruments(Doc(text)) if f.rule.endswith(("symbol", "dated_title"))]
    assert found == ([name] if name else [])
