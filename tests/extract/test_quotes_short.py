"""Short quoted phrases a named speaker is said to use, a body speaking through an unnamed spokesman, and the
subject of a sentence ending in a colon. Every sentence is written for these tests; the second table holds
marks that are no one's quotation.
"""

from __future__ import annotations

import pytest

from tests.extract.test_quotes import quotes

SHORT_PHRASES = [
    # a verb of saying, "of" and an article: the quoted words are the object the speaker used
    ('In 2011 Prime Minister Anna Lind visited the valley and spoke of a "deliberate slaughter".',
     [("deliberate slaughter", "Anna Lind")]),
    ('The envoy, Tomas Berg, warned of a "slow famine" in the camps.', [("slow famine", "Tomas Berg")]),
    ('Marta Kowal called the killings "a crime of state".', [("a crime of state", "Marta Kowal")]),
    ('Marta Kowal described the raid as "pure terror".', [("pure terror", "Marta Kowal")]),
]

BODY_SPOKESMAN = [
    ('Amnesty International sent a team to the border. "Nobody has been allowed in for a week," a spokeswoman '
     'for the organisation said.', [("Nobody has been allowed in for a week,", "Amnesty International")]),
]

COLON_SUBJECT = [
    # with no verb of saying the colon gives the words to the subject, not to the last name in the clause
    ('Mayor Elena Costa speaks to the families at the gates of the National Museum: "We will not forget them."',
     [("We will not forget them.", "Elena Costa")]),
]

NOT_QUOTES = [
    # an article after a verb with no "of": a term of the reported clause
    'The minister said that the "safe zone" had fallen.',
    # a term with no verb of saying
    'Mayor Elena Costa visited the "green zone" on Monday.',
    'Governor Ivo Lenz authorised the militia to hunt down "bandits".',
    # "the organisation" named only in an earlier paragraph is a guess
    'Amnesty International sent a team to the border.\n\n"Nobody has been allowed in for a week," a spokeswoman '
    'for the organisation said.',
]


@pytest.mark.parametrize("text,expected", SHORT_PHRASES + BODY_SPOKESMAN + COLON_SUBJECT)
def test_short_quotes(text, expected):
    assert quotes(text) == expected


@pytest.mark.parametrize("text", NOT_QUOTES)
def test_not_quotes(text):
    assert quotes(text) == []
