"""Text as it comes out of published reports and PDFs: footnote numbers glued to punctuation,
hard-wrapped lines. None of it may become a figure, and it must not hide the figures around it."""

from __future__ import annotations

import pytest

from testimonia.extract.doc import Doc
from testimonia.extract.figures import find_figures
from testimonia.extract.numbers import find_numbers


def figures(text: str) -> list[tuple[str, str, int | None]]:
    doc = Doc(text)
    return [(f.measure, f.group, f.value) for f in find_figures(doc, find_numbers(doc))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("According to the hospital, 161 civilians were killed.23 Another 40 were wounded.",
         [("killed", "civilians", 161), ("wounded", "all", 40)]),
        ("Officials said 161 civilians were killed,23 and 40 were wounded.",
         [("killed", "civilians", 161), ("wounded", "all", 40)]),
        ("The commission counted 57 bodies in the field;4 most had been shot.", [("killed", "all", 57)]),
        ("In all, 161 civilians were killed\u00b9\u00b2.", [("killed", "civilians", 161)]),
        # lines wrapped in the middle of a sentence, as text copied from a PDF keeps them
        ("Memorial counted 181\nbodies in the morgue, including 13\nchildren.", [("killed", "all", 181), ("killed", "children", 13)]),
    ],
)
def test_footnotes_and_wrapped_lines(text, expected):
    assert figures(text) == expected
