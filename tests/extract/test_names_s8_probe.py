"""The session-8 names probe as a table: each sentence yields exactly the persons and the
organisations its row lists (rows in `test_names_s8_rows`); rows in `GAPS` are known misses and
are expected to fail until a rule covers them."""

from __future__ import annotations

import pytest

from tests.extract.test_names_s8_rows import GAPS, ROWS
from testimonia.extract.doc import Doc
from testimonia.extract.names import find_organizations, find_persons


def _found(text: str) -> tuple[list[str], list[str]]:
    doc = Doc(text)
    persons = find_persons(doc)
    for a in persons:  # every person points at its words in the text
        written = doc.text[a.span.start : a.span.end]
        assert written in a.name or a.name.endswith(written)
    return sorted(a.name for a in persons), sorted(o.name for o in find_organizations(doc))


def _param(text, persons, orgs):
    marks = [pytest.mark.xfail(strict=True, reason="known gap")] if text in GAPS else []
    return pytest.param(text, persons, orgs, marks=marks, id=text[:48])


@pytest.mark.parametrize("text,persons,orgs", [_param(*row) for row in ROWS])
def test_names_probe(text, persons, orgs):
    assert _found(text) == (sorted(persons), sorted(orgs))


def test_every_gap_is_a_row():
    assert GAPS <= {row[0] for row in ROWS}
