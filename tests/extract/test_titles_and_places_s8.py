"""A title word can open a place's name ("Sultan Kudarat"), and a title with one name is no place ("Pope Francis")."""

import pytest

from testimonia.extract import extract, to_contract


def _names(text: str) -> tuple[list[str], list[str]]:
    out = to_contract(extract(text, "2020-01-01"), {"path": "titles.txt"})
    return [p["name"] for p in out["places"]], [p["name"] for p in out["persons"]]


@pytest.mark.parametrize(
    "text, places, persons",
    [
        ("Soldiers were deployed in Maguindanao and Sultan Kudarat.", ["Maguindanao", "Sultan Kudarat"], []),
        ("The convoy left Maguindanao province, near Sultan Kudarat and Cotabato City.",
         ["Maguindanao", "Sultan Kudarat", "Cotabato City"], []),
        ("Pope Francis prayed for the victims in Rome.", ["Rome"], ["Pope Francis"]),
        ("Crowds gathered in Amman as King Abdullah spoke.", ["Amman"], ["King Abdullah"]),
        ("In a letter, King Abdullah called the attack a crime.", [], ["King Abdullah"]),
        ("Refugees reached Francis, a town in Oklahoma.", ["Francis", "Oklahoma"], []),
    ],
)
def test_titles_and_places(text, places, persons):
    assert _names(text) == (places, persons)
