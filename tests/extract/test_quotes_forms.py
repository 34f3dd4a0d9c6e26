"""Quotations a body's unnamed spokesperson gives, and media that carry words without speaking
them (session 7, issue 3). Rows of (text, [(quoted words, speaker)]), each written for this table.
"""

from __future__ import annotations

import pytest

from tests.extract.test_quotes import quotes

QUOTES = [
    # the body's own role-holder, with "the Ministry" capitalised: the one body the document calls so
    ('MINISTRY OF DEFENCE OF THE REPUBLIC OF KORVENIA\nPress Office\n\nThe Ministry rejects the report.\n\n'
     '"Our units did not fire on the village," the Ministry\'s spokesperson said on Monday.',
     [("Our units did not fire on the village,", "Ministry of Defence of the Republic of Korvenia")]),
    ('The State Committee for Refugees registered the families.\n\n"Every family will be housed by winter," '
     'a spokesperson of the Committee said at the briefing.',
     [("Every family will be housed by winter,", "State Committee for Refugees")]),
    ('Amnesty International sent a team. "Nobody came back," the organisation\'s spokesperson said.',
     [("Nobody came back,", "Amnesty International")]),
    # a medium is where the words were written, not who wrote them
    ('Orest Malyk posted on Telegram: "The town is empty."', [("The town is empty.", "Orest Malyk")]),
    ('Amnesty International said on Twitter that the strike was "unlawful".', [("unlawful", "Amnesty International")]),
    # a day after "on" is no medium
    ('On Tuesday, Amnesty International said that the strike was "unlawful".', [("unlawful", "Amnesty International")]),
]

NOT_QUOTES = [
    # an unnamed post shared on platforms gives the words to no one the text names
    'A post shared on Facebook and Telegram this week says that "more than 9,000 soldiers" died.',
    # "the organisation" in lower case named only in an earlier paragraph is a guess
    'Amnesty International sent a team.\n\n"Nobody came back," a researcher for the organisation said.',
]


@pytest.mark.parametrize("text,expected", QUOTES)
def test_quotes_of_bodies(text, expected):
    assert quotes(text) == expected


@pytest.mark.parametrize("text", NOT_QUOTES)
def test_no_speaker_named(text):
    assert [q for q in quotes(text) if q[1] is not None] == []
