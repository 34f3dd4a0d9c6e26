"""Facts in words: always the claim of the source, never the archive's own statement."""

from __future__ import annotations

import pytest

from testimonia.web.pages.claims import claim, number


@pytest.mark.parametrize(
    "fact, expected",
    [
        ({"value": 613, "qualifier": "exact"}, "613"),
        ({"value": 200, "qualifier": "at_least"}, "at least 200"),
        ({"value": 1000, "qualifier": "approx"}, "about 1,000"),
        ({"value": 30, "qualifier": "at_most"}, "up to 30"),
        ({"value": None, "low": 161, "high": 200, "qualifier": "range"}, "between 161 and 200"),
        ({"value": None, "low": 2000, "qualifier": "vague"}, "an unstated number (at least 2,000 implied)"),
        ({"value": None, "qualifier": "vague"}, "an unstated number"),
    ],
)
def test_numbers_keep_the_sources_qualifier(fact, expected):
    assert number(fact) == expected


@pytest.mark.parametrize(
    "kind, fact, source, expected",
    [
        ("figures", {"measure": "killed", "group": "all", "unit": "people", "value": 613, "qualifier": "exact"}, "Ministry X",
         "Ministry X counts 613 people killed."),
        ("figures", {"measure": "killed", "group": "women", "value": 106, "qualifier": "exact", "part_of": "f1"}, None,
         "The document counts 106 women killed (part of f1)."),
        ("figures", {"measure": "families_wiped_out", "group": "families", "value": 8}, "A", "A counts 8 families wiped out."),
        ("figures", {"measure": "other", "label": "deported", "group": "all", "value": 50}, "A", "A counts 50 people deported."),
        ("dates", {"start": "1992-02-25", "end": "1992-02-26", "precision": "day"}, "A",
         "A gives the date 1992-02-25 to 1992-02-26 (precision: day)."),
        ("characterizations", {"label": "genocide"}, "Parliament P",
         "Parliament P uses the label “genocide” (the source's word, not a finding)."),
        ("places", {"name": "Xocalı", "place": None}, "A", "A names the place “Xocalı” (not found in the gazetteer)."),
        ("quotes", {"speaker": "a1"}, "A", "A quotes Monte Melkonian."),
        ("quotes", {"speaker": None}, "A", "A quotes an unnamed speaker."),
    ],
)
def test_claims_name_their_source(kind, fact, source, expected):
    assert claim(kind, fact, source, {"a1": "Monte Melkonian"}) == expected
