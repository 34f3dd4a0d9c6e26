"""Figures, session 8 rows (figure_rows_s8): counts in words, vague amounts and counts far from their harm.

A row holds when every figure it names is found as `testimonia eval` matches figures (same measure, group,
numbers and qualifier, spans overlapping the row's evidence) and nothing else is found. Rows the extractor
does not yet read are strict xfails that name the gap (figure_rows_s8.GAPS)."""

from __future__ import annotations

import pytest

from testimonia.extract.doc import Doc
from testimonia.extract.figures import find_figures

from tests.extract import figure_rows_s8 as rows


def _unmatched(text: str, expected: list[tuple]) -> tuple[list[tuple], list[tuple]]:
    """The expected figures not found, and the figures found that no expected one matches."""
    doc = Doc(text)
    found = [(f, (f.measure, f.group, f.value, f.low, f.high, f.qualifier)) for f in find_figures(doc)]
    missed = []
    for evidence, *facts in expected:
        start = text.index(evidence)
        end = start + len(evidence)
        hit = next((x for x in found if x[1] == tuple(facts) and x[0].span.start < end and start < x[0].span.end),
                   None)
        if hit is None:
            missed.append((evidence, *facts))
        else:
            found.remove(hit)
    return missed, [(doc.text[f.span.start : f.span.end], *facts) for f, facts in found]


def _cases(table: list[tuple]) -> list:
    return [pytest.param(text, expected, marks=pytest.mark.xfail(strict=True, reason=rows.GAPS[text]))
            if text in rows.GAPS else pytest.param(text, expected) for text, expected in table]


@pytest.mark.parametrize("text, expected", _cases(rows.FIGURES + rows.FIGURES_LONG))
def test_figures(text, expected):
    assert _unmatched(text, expected) == ([], [])


@pytest.mark.parametrize("text", [pytest.param(t, marks=pytest.mark.xfail(strict=True, reason=rows.GAPS[t]))
                                  if t in rows.GAPS else t for t in rows.NOT_FIGURES + rows.NOT_FIGURES_LONG])
def test_not_figures(text):
    assert _unmatched(text, []) == ([], [])


def test_rows_are_not_repeated_and_gaps_are_rows():
    texts = [t for t, _ in rows.FIGURES + rows.FIGURES_LONG] + rows.NOT_FIGURES + rows.NOT_FIGURES_LONG
    assert len(texts) == len(set(texts))
    assert set(rows.GAPS) <= set(texts)
