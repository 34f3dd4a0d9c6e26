"""Legal instruments in the forms resolutions, court summaries and news cite them (session 7,
issue 3). Rows of (text, [(evidence, name, kind)]), each a sentence written for this table;
rows with an empty list must not match.
"""

from __future__ import annotations

import pytest

from tests.extract.test_legal import instruments

ROWS = [
    # a declaration named by where it was made, like a treaty or an agreement
    ("The Alma-Ata Declaration was signed in December 1991.",
     [("Alma-Ata Declaration", "Alma-Ata Declaration", "declaration")]),
    ("The Moscow Declaration of 2008 was signed by the three presidents.",
     [("Moscow Declaration", "Moscow Declaration", "declaration")]),
    ("Delegates cited the Varnok Declaration on Mines in their statement.",
     [("Varnok Declaration on Mines", "Varnok Declaration on Mines", "declaration")]),
    # a title whose last words are another head's phrase ("Martial Law", "Criminal Code")
    ("The Law on the Legal Regime of Martial Law was adopted in 2017.",
     [("Law on the Legal Regime of Martial Law", "Law on the Legal Regime of Martial Law", "law")]),
    ("The Law on Amendments to the Criminal Code took effect in May.",
     [("Law on Amendments to the Criminal Code", "Law on Amendments to the Criminal Code", "law")]),
    # but a second title after a link is its own
    ("It ratified the Convention on Cluster Munitions and the Arms Trade Treaty.",
     [("Convention on Cluster Munitions", "Convention on Cluster Munitions", "convention"),
      ("Arms Trade Treaty", "Arms Trade Treaty", "treaty")]),
    # named by "of" and a word, not by a year
    ("The Act of Union joined the two kingdoms.", [("Act of Union", "Act of Union", "act")]),
    ("The Acts of Union of 1707 created one parliament.", [("Acts of Union", "Acts of Union", "act")]),
    # an article cited of an instrument gives the instrument
    ("Deportation is a crime against humanity under Article 7 of the Rome Statute.",
     [("Rome Statute", "Rome Statute", "statute")]),
    # a title-case word mid-sentence after a full stop is no headline
    ("The court ruled. In 2001 the Velmar Genocide Act was passed.",
     [("Velmar Genocide Act", "Velmar Genocide Act", "act")]),
]

NOT_ROWS = [
    # a headline in title case
    "Leaders Sign Declaration In Prague",
    "Presidents Hail Peace Agreement After Talks",
    # a declaration with no name
    "The declaration was signed in Prague on Friday.",
    "A Joint Declaration was signed in Moscow.",
    "The trilateral statement of 10 November 2020 ended the war.",
    # an act that is no title
    "It became law by an Act of Parliament.",
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_instruments_as_cited(text, expected):
    assert instruments(text) == expected


@pytest.mark.parametrize("text", NOT_ROWS)
def test_no_instrument_in(text):
    assert instruments(text) == []
