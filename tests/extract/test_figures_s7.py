"""Figures, session 7 rows (figure_rows_s7): the figures each row states, and none where a row states none."""

from __future__ import annotations

import pytest

from testimonia.extract.doc import Doc
from testimonia.extract.figures import find_figures

from tests.extract import figure_rows_s7
from tests.extract.test_figures import _described


@pytest.mark.parametrize("text, expected", figure_rows_s7.FIGURES)
def test_figures(text, expected):
    doc = Doc(text)
    assert _described(doc, find_figures(doc)) == expected


@pytest.mark.parametrize("text", figure_rows_s7.NOT_FIGURES)
def test_not_figures(text):
    doc = Doc(text)
    assert _described(doc, find_figures(doc)) == []


def test_rows_are_not_repeated():
    texts = [text for text, _ in figure_rows_s7.FIGURES] + figure_rows_s7.NOT_FIGURES
    assert len(texts) == len(set(texts))
