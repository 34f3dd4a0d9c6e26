"""An em dash set closed up between words (the American style) separates them like a spaced one."""

import pytest

from testimonia.extract import extract, to_contract
from testimonia.extract.doc import normalise


def _figures(text: str) -> list[tuple]:
    out = to_contract(extract(text, "2020-01-01"), {"path": "dash.txt"})
    return [(f["measure"], f["group"], f["value"]) for f in out["figures"]]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("At least 45 people were killed\u2014the worst attack in a decade.", [("killed", "all", 45)]),
        ("Soldiers shot 12 civilians\u2014most of them women\u2014in the square.", [("killed", "civilians", 12)]),
        ("The attack\u2014which killed 30 civilians\u2014was condemned.", [("killed", "civilians", 30)]),
        ("Some 200 were wounded\u2014many of them children.", [("wounded", "all", 200)]),
        ("Police detained 300 protesters\u2014among them 40 students.",
         [("detained", "protesters", 300), ("detained", "students", 40)]),
        ("The toll\u2015312 dead\u2015was confirmed on Friday.", [("killed", "all", 312)]),
    ],
)
def test_a_closed_em_dash_does_not_glue_a_harm_to_the_next_word(text, expected):
    assert _figures(text) == expected


@pytest.mark.parametrize(
    "text, kept",
    [
        ("from 1992\u20141994", "1992-1994"),  # between digits it stays a dash
        ('he said "never"\u2014and left', '"never"-and'),  # after a quotation mark it stays a dash
        ("killed \u2014 the worst", "killed - the worst"),  # spaced: a dash, as before
        ("Hutu\u2010led forces", "Hutu-led"),  # a hyphen is not an em dash
    ],
)
def test_other_dashes_stay_dashes(text, kept):
    assert kept in normalise(text)


def test_normalising_closed_dashes_keeps_every_offset():
    text = "killed\u2014the worst\u2015and 5\u2014six"
    norm = normalise(text)
    assert len(norm) == len(text)
    assert norm == "killed the worst and 5 six"
