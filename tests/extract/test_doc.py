"""The normalised document every family reads."""

from __future__ import annotations

import random

from testimonia.extract.doc import _CLOSED_DASH, _ONE_TO_ONE, Doc, normalise


def test_normalise_is_the_one_to_one_table_after_closed_em_dashes_become_spaces() -> None:
    rng = random.Random(7)
    specials = [chr(c) for c in _ONE_TO_ONE]
    for _ in range(200):
        text = "".join(rng.choice(specials + list("ab 'x\"-\n")) for _ in range(rng.randint(0, 40)))
        assert normalise(text) == _CLOSED_DASH.sub(" ", text).translate(_ONE_TO_ONE)
        assert len(normalise(text)) == len(text)


def test_sentence_at_finds_the_sentence_holding_an_offset() -> None:
    doc = Doc("First one here.  Second one follows! Third?\n\nLast line")
    for offset in range(len(doc.text) + 2):
        holding = [s for s in doc.sentences if s[0] <= offset < s[1]]
        assert doc.sentence_at(offset) == (holding[0] if holding else (offset, offset))


def test_a_footnote_number_after_a_full_stop_ends_the_sentence_and_belongs_to_neither() -> None:
    doc = Doc("In all 161 civilians were killed.23 Another 40 were wounded. Growth was 3.5 Million people.")
    assert [doc.text[a:b] for a, b in doc.sentences] == [
        "In all 161 civilians were killed.", "Another 40 were wounded.", "Growth was 3.5 Million people.",
    ]


def test_an_initial_ends_no_sentence_but_a_roman_one_may() -> None:
    doc = Doc("Lieutenant-Colonel D. H. Pienaar gave the order. It ended in World War I. After that, peace.")
    assert [doc.text[a:b] for a, b in doc.sentences] == [
        "Lieutenant-Colonel D. H. Pienaar gave the order.", "It ended in World War I.", "After that, peace.",
    ]
