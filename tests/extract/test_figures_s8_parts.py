"""Figures, session 8 rows (figure_rows_s8_parts): breakdowns stated after their total, and lists that are not.

A row holds when every figure it names is found as `testimonia eval` matches figures (same measure, group,
numbers and qualifier, spans overlapping the row's evidence), its `part_of` points at the figure whose span
overlaps the row's total (or at nothing), and nothing else is found. Rows the extractor does not yet read are
strict xfails that name the gap (figure_rows_s8_parts.GAPS)."""

from __future__ import annotations

import pytest

from testimonia.extract.doc import Doc
from testimonia.extract.figures import find_figures

from tests.extract import figure_rows_s8_parts as rows


def _overlaps(text: str, evidence: str, start: int, end: int) -> bool:
    at = text.index(evidence)
    return start < at + len(evidence) and at < end


def _problems(text: str, expected: list[tuple]) -> list[tuple]:
    """What differs from the row: figures missed, totals wrong, and figures found that no row names."""
    doc = Doc(text)
    found = [(f, (f.measure, f.group, f.value, f.low, f.high, f.qualifier)) for f in find_figures(doc)]
    problems: list[tuple] = []
    for evidence, *facts, total in expected:
        hit = next((x for x in found if x[1] == tuple(facts) and _overlaps(text, evidence, x[0].span.start,
                                                                         x[0].span.end)), None)
        if hit is None:
            problems.append(("missed", evidence, *facts))
            continue
        found.remove(hit)
        whole = hit[0].part_of
        said = None if whole is None else text[whole.span.start : whole.span.end]
        if (total is None) != (whole is None) or whole is not None \
                and not _overlaps(text, total, whole.span.start, whole.span.end):
            problems.append(("part_of", evidence, total, said))
    problems += [("spurious", doc.text[f.span.start : f.span.end], *facts) for f, facts in found]
    return problems


def _cases(table: list[tuple]) -> list:
    return [pytest.param(text, expected, marks=pytest.mark.xfail(strict=True, reason=rows.GAPS[text]))
            if text in rows.GAPS else pytest.param(text, expected) for text, expected in table]


@pytest.mark.parametrize("text, expected", _cases(rows.PARTS))
def test_parts(text, expected):
    assert _problems(text, expected) == []


@pytest.mark.parametrize("text, expected", _cases(rows.NOT_PARTS))
def test_not_parts(text, expected):
    assert _problems(text, expected) == []


def test_rows_are_not_repeated_and_gaps_are_rows():
    texts = [t for t, _ in rows.PARTS + rows.NOT_PARTS]
    assert len(texts) == len(set(texts))
    assert set(rows.GAPS) <= set(texts)
