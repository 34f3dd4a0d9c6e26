"""Scans made faster give what the plain scan they replace gives: the same matches, at the same places."""

from __future__ import annotations

import random

import pytest

from testimonia.extract import dates, numbers
from testimonia.extract.doc import Doc

STRETCH_ROWS = [
    "Over the next nine months the camp grew.",
    "THE NEXT TWO YEARS were the worst.",
    "In the final  five   months of the siege, shelling went on.",
    "the\nfollowing\n\nthree weeks",
    "The following thirty-two days brought no relief.",
    "For the next 12 months nobody came.",
    "Xocalı fell; over the fınal six weeks the town emptied.",  # a dotless i: "fınal" is "final" to the pattern
    "the next day, the following week",  # no count: no stretch
    "bathe next two days",  # "the" inside a word
    "the nexts two years; thenext two years",  # not words
    "the next two years the following three years the final four years",
    "",
    "the",
]


@pytest.mark.parametrize("text", STRETCH_ROWS)
def test_stretch_matches_are_the_pattern(text: str) -> None:
    g = dates._grammar("en")
    doc = Doc(text)
    expected = [(m.span(), m.group()) for m in g.stretch.finditer(doc.norm)]
    assert [(m.span(), m.group()) for m in dates._stretch_matches(doc.norm, doc.lower, g)] == expected


def test_stretch_matches_are_the_pattern_on_random_text() -> None:
    rng = random.Random(3)
    pieces = ["the ", "The ", "THE ", "next ", "following ", "final ", "fınal ", "two ", "twenty-one ", "12 ",
              "months", "years ", "days", " ", "\n", ",", "x", "é", "bathe "]
    g = dates._grammar("en")
    for _ in range(2000):
        doc = Doc("".join(rng.choice(pieces) for _ in range(rng.randint(0, 14))))
        expected = [m.span() for m in g.stretch.finditer(doc.norm)]
        assert [m.span() for m in dates._stretch_matches(doc.norm, doc.lower, g)] == expected, doc.text


def test_number_words_are_the_pattern_on_random_text() -> None:
    w = numbers._words("en")
    rng = random.Random(8)
    pieces = ["one", "two ", "twenty", "-", "five ", "hundred", " and ", "thousand", "s", " ", "\n", "tens of thousands",
              "a few hundred", "x", "é", "_", "0", "several ", "dozen", ",", "someone ", "often", "lakh"]
    for _ in range(3000):
        low = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        expected = [(m.span(1), m.group(1)) for m in w.words.finditer(low)]
        assert [(m.span(1), m.group(1)) for m in numbers._word_matches(low, w)] == expected, low
