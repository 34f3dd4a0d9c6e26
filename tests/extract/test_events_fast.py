"""The events family's fast paths give what the plainer code they replace gives."""

from __future__ import annotations

import random
from pathlib import Path

from testimonia.extract.doc import Doc
from testimonia.extract.event_mentions import (
    _CLAUSE_BEFORE,
    _NAME_BEFORE,
    _NON_SPACE,
    _WORD_BEFORE,
    _name_before,
    grammar,
)

ROOT = Path(__file__).resolve().parents[2]


def _name_before_regex(doc: Doc, pos: int, g, clause: bool = False):
    """`_name_before` as it was: every search run, none skipped."""
    for _ in range(2):
        m = _WORD_BEFORE.search(doc.norm, max(0, pos - 20), pos)
        if not m or m.group(1) not in g.modifiers:
            break
        pos = m.start(1)
    m = _NAME_BEFORE.search(doc.norm, max(0, pos - 60), pos)
    if not m and clause:
        m = _CLAUSE_BEFORE.search(doc.norm, max(0, pos - 260), pos)
    if not m or (m.start(1) > 0 and (doc.norm[m.start(1) - 1] == "-" or doc.norm[m.start(1) - 1].isalnum())):
        return None
    words = [(w.start(), w.group()) for w in _NON_SPACE.finditer(m.group(1))]
    while words and words[0][1].lower() in g.not_names:
        words = words[1:]
    if not words or words[-1][1].lower() in g.not_names:
        return None
    return m.start(1) + words[0][0], " ".join(w for _, w in words)


def _texts() -> list[str]:
    folders = [ROOT / "goldset" / "docs", ROOT / "goldset" / "heldout" / "docs", ROOT / "samples"]
    return [p.read_text(encoding="utf-8") for f in folders if f.is_dir() for p in sorted(f.glob("*.txt"))]


def test_name_before_is_the_regex_on_random_text() -> None:
    g = grammar("en")
    rng = random.Random(7)
    pieces = ["Khojaly ", "Halabja ", "chemical ", "gas ", "mass ", "the ", "The ", "Srebrenica", ", which ",
              "the UN declared a safe area", ", ", " ", "  ", "\n", "anti-", "Armenian ", "É", "x1 ", "McD ",
              "(", "mass", "farm  ", "\t", "During ", "A ", "b-C "]
    for _ in range(3000):
        norm = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        doc = Doc(norm)
        pos = rng.randint(0, len(doc.norm))
        for clause in (False, True):
            assert _name_before(doc, pos, g, clause) == _name_before_regex(doc, pos, g, clause), (doc.norm, pos, clause)


def test_name_before_is_the_regex_at_every_word_of_real_text() -> None:
    g = grammar("en")
    for text in _texts():
        doc = Doc(text)
        for pos in range(len(doc.norm)):
            if pos == 0 or (doc.norm[pos - 1].isspace() and not doc.norm[pos].isspace()):
                for clause in (False, True):
                    assert _name_before(doc, pos, g, clause) == _name_before_regex(doc, pos, g, clause), (pos, clause)
