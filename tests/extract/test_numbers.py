"""Numbers in digits and words, vague amounts, and the numerals that are not counts."""

from __future__ import annotations

import pytest

from testimonia.extract.doc import Doc
from testimonia.extract.numbers import CARDINAL, CODE, DECIMAL, ORDINAL, VAGUE, find_numbers, ordinal_before

# (text, [(evidence, value, low, kind)]) — every number the text holds, in order.
CASES = [
    ("613 people", [("613", 613, None, CARDINAL)]),
    ("1,275 hostages", [("1,275", 1275, None, CARDINAL)]),
    ("1275 people", [("1275", 1275, None, CARDINAL)]),
    ("Eight families", [("Eight", 8, None, CARDINAL)]),
    ("twenty-five children", [("twenty-five", 25, None, CARDINAL)]),
    ("six hundred people", [("six hundred", 600, None, CARDINAL)]),
    ("six hundred and thirteen people", [("six hundred and thirteen", 613, None, CARDINAL)]),
    ("one thousand two hundred people", [("one thousand two hundred", 1200, None, CARDINAL)]),
    ("3.9 million refugees", [("3.9 million", 3_900_000, None, CARDINAL)]),
    # South Asian English scale words: a lakh is 100,000, a crore 10,000,000
    ("30 lakh martyrs", [("30 lakh", 3_000_000, None, CARDINAL)]),
    ("two lakh women", [("two lakh", 200_000, None, CARDINAL)]),
    ("one crore people", [("one crore", 10_000_000, None, CARDINAL)]),
    ("1.5 crore refugees", [("1.5 crore", 15_000_000, None, CARDINAL)]),
    ("2.5 million people", [("2.5 million", 2_500_000, None, CARDINAL)]),
    ("1 million", [("1 million", 1_000_000, None, CARDINAL)]),
    ("half a million people", [("half a million", 500_000, None, CARDINAL)]),
    ("one and a half million Armenians", [("one and a half million", 1_500_000, None, CARDINAL)]),
    ("a dozen people", [("a dozen", 12, None, CARDINAL)]),
    ("two dozen", [("two dozen", 24, None, CARDINAL)]),
    ("a hundred people", [("a hundred", 100, None, CARDINAL)]),
    ("dozens of people", [("dozens", None, 24, VAGUE)]),
    ("hundreds of civilians", [("hundreds", None, 200, VAGUE)]),
    ("thousands of people", [("thousands", None, 2000, VAGUE)]),
    ("Tens of thousands fled", [("Tens of thousands", None, 20_000, VAGUE)]),
    ("hundreds of thousands of refugees", [("hundreds of thousands", None, 200_000, VAGUE)]),
    ("a few hundred people", [("a few hundred", None, 200, VAGUE)]),
    ("several thousand", [("several thousand", None, 2000, VAGUE)]),  # at the contract's step for "thousands"
    ("millions of victims", [("millions", None, 2_000_000, VAGUE)]),
    ("7,000-8,000 people", [("7,000", 7000, None, CARDINAL), ("8,000", 8000, None, CARDINAL)]),
    ("one two", [("one", 1, None, CARDINAL), ("two", 2, None, CARDINAL)]),
    ("3.9 percent", [("3.9", 3.9, None, DECIMAL)]),
    # vague amounts claim the least of their step in the contract (dozens 24, hundreds 200, thousands 2000)
    ("several hundred families", [("several hundred", None, 200, VAGUE)]),
    ("several dozen soldiers", [("several dozen", None, 24, VAGUE)]),
    ("a few dozen protesters", [("a few dozen", None, 24, VAGUE)]),
    # numbers as the press and UN documents write them
    ("1.2m people", [("1.2m", 1_200_000, None, CARDINAL)]),
    ("a 2bn aid package", [("2bn", 2_000_000_000, None, CARDINAL)]),
    ("a quarter of a million refugees", [("a quarter of a million", 250_000, None, CARDINAL)]),
    ("three-quarters of a million people", [("three-quarters of a million", 750_000, None, CARDINAL)]),
    ("12 000 people", [("12 000", 12_000, None, CARDINAL)]),
    ("1 275 000 refugees", [("1 275 000", 1_275_000, None, CARDINAL)]),
    ("In 1995 200 people died", [("1995", 1995, None, CARDINAL), ("200", 200, None, CARDINAL)]),  # no spaced group
    ("on 12 July 500 people", [("12", 12, None, CARDINAL), ("500", 500, None, CARDINAL)]),
    ("some 1,200 people", [("1,200", 1200, None, CARDINAL)]),
    ("nearly four hundred villagers", [("four hundred", 400, None, CARDINAL)]),
    ("one hundred and twenty people", [("one hundred and twenty", 120, None, CARDINAL)]),
    ("a hundred and fifty families", [("a hundred and fifty", 150, None, CARDINAL)]),
    ("Ninety-nine bodies", [("Ninety-nine", 99, None, CARDINAL)]),
    ("eleven thousand refugees", [("eleven thousand", 11_000, None, CARDINAL)]),
    ("thirty thousand people", [("thirty thousand", 30_000, None, CARDINAL)]),
    ("two million displaced", [("two million", 2_000_000, None, CARDINAL)]),
    ("300-odd prisoners", [("300", 300, None, CARDINAL)]),
    ("2.3 million refugees", [("2.3 million", 2_300_000, None, CARDINAL)]),
    # numerals that are not counts: still returned, with a kind that says so
    ("at 10am", [("10", None, None, CODE)]),
    ("the 2nd Battalion", [("2nd", 2, None, ORDINAL)]),
    ("the 34th anniversary", [("34th", 34, None, ORDINAL)]),
    ("the 366th Motorized Rifle Regiment", [("366th", 366, None, ORDINAL)]),
    ("on 2026-02-26", [("2026-02-26", None, None, CODE)]),
    ("at 10:30", [("10:30", None, None, CODE)]),
    ("resolution A/RES/62/243", [("62/243", None, None, CODE)]),
    ("a 5km drive", [("5", None, None, CODE)]),
    ("Su-25 jets", [("25", None, None, CODE)]),
    ("1.275.000", [("1.275.000", None, None, CODE)]),
    # footnote numbers glued to a word's punctuation, as copied from reports and PDFs
    ("161 were killed.23 Another 40", [("161", 161, None, CARDINAL), ("23", None, None, CODE), ("40", 40, None, CARDINAL)]),
    ("were killed,4 and 40", [("4", None, None, CODE), ("40", 40, None, CARDINAL)]),
    ('"never again".12 Then', [("12", None, None, CODE)]),
    # ... but not a count after a space, a decimal or a list of numbers
    ("killed. 23 more", [("23", 23, None, CARDINAL)]),
    ("items 12,34 and", [("12,34", None, None, CODE)]),
    ("killed,1200 fled", [("1200", 1200, None, CARDINAL)]),
]

# Words that look like numbers but are not.
NOT_NUMBERS = ["the Lakhimpur district", "lakhs of rupees", "crores of people", "someone often attended", "the tension", "nonetheless", "tent", "phone", "weight"]


@pytest.mark.parametrize("text, expected", CASES)
def test_numbers(text, expected):
    doc = Doc(text)
    found = find_numbers(doc)
    got = [(doc.text[n.start : n.end], n.value, n.low, n.kind) for n in found]
    assert got == expected


@pytest.mark.parametrize("text", NOT_NUMBERS)
def test_not_numbers(text):
    assert find_numbers(Doc(text)) == []


@pytest.mark.parametrize(
    "text, evidence, value",
    [
        ("On the 34th anniversary", "34th", 34),
        ("the thirty-fourth anniversary", "thirty-fourth", 34),
        ("its fifth anniversary", "fifth", 5),
        ("the anniversary", None, None),
    ],
)
def test_ordinal_before(text, evidence, value):
    doc = Doc(text)
    n = ordinal_before(doc, doc.lower.index("anniversary"))
    if evidence is None:
        assert n is None
    else:
        assert (doc.text[n.start : n.end], n.value) == (evidence, value)
