"""What a document's events are called, and which words name no event (issue 3, item 7).

An event is named by the site it happened at as the text writes it, or by the source's own name
for it whole; never by a heading's stray words, a possessive, a word that only opens a sentence,
or a bare "war" when the text says more. Short texts written for these tests; rows where no event
(or no name) may come out stand beside the others.
"""

from __future__ import annotations

import pytest

from testimonia.extract import extract, to_contract


def names(text: str, published: str = "2000-01-01") -> list[tuple[str, bool]]:
    """(name, main) of each event, in text order."""
    return [(e["name"], e["main"]) for e in to_contract(extract(text, published))["events"]]


NAMED = [
    # A heading in capitals: its "OF THE" is no part of the name, and the prose's spelling is used.
    ("STATEMENT ON THE 30TH ANNIVERSARY OF THE TUZLA MASSACRE\n\nThirty years ago, on 25 May 1995, a shell "
     "killed 71 people in Tuzla.", "2025-05-25", [("Tuzla", True)]),
    # A possessive names no site: the town does.
    ("A rocket attack on Bosnia's northern town of Bihac killed nine people on 3 June 1994.", "2000-01-01",
     [("Bihac", True)]),
    # A people named by its country's possessive: the source's phrase, whole.
    ("The killing of Rwanda's Tutsi began on 7 April 1994 and took 800,000 lives.", "2010-01-01",
     [("killing of Rwanda's Tutsi", True)]),
    # A numbered section heading opens with a common word: not a name.
    ("Findings\n\n1.2 Wilful killings\n\nSoldiers shot 14 men in Vukovar on 20 November 1991.", "2000-01-01",
     [("Vukovar", True)]),
    # A name stops at the end of its line.
    ("The shelling of Mostar\n\nWitnesses said that 12 people died in Mostar on 9 November 1993.", "2000-01-01",
     [("Mostar", True)]),
    # A people's adjective is no place: the source's own name for the event, whole.
    ("The Armenian Genocide began in April 1915. Historians count 1.5 million dead in the Armenian Genocide.",
     "2000-01-01", [("Armenian Genocide", True)]),
    # An unnamed war keeps the words that tell which ("four-day war"), apart from the site.
    ("In the four-day war of April 2016, two children were wounded in Martuni.", "2020-01-01",
     [("four-day war", False), ("Martuni", True)]),
    # Two names of one war dated alike are one event; "the war" joins it.
    ("Did 10,000 soldiers die in the 2020 Karabakh war? The 44-day war between Armenia and Azerbaijan ended on "
     "10 November 2020. Speaking on 22 October 2020, while the war was still under way, he said 5,000 had died.",
     "2021-11-10", [("Karabakh war", True)]),
    # The text tells of shootings it does not name, at a site: the conflict is their setting, not the event.
    ("More than 3,500 people died in the Northern Ireland conflict. The shootings in Londonderry on 30 January "
     "1972 killed 13 men; 14 were wounded in Londonderry that day, and 3 died later in Londonderry.",
     "2010-01-01", [("Northern Ireland conflict", False), ("Londonderry", True)]),
]


@pytest.mark.parametrize(("text", "published", "expected"), NAMED)
def test_events_are_named_as_the_text_names_them(text, published, expected):
    assert names(text, published) == expected


NONE = [
    "Some 5,000 prisoners of war were released in 1946.",
    "The Secretary of State for War resigned on 8 July 1920.",
    "Conflict-related deaths rose to 300 in 2003, and post-war reports differ.",
    "The deportations violate the Universal Declaration of Human Rights of 1948.",
    "Sources: Enumeration of Vital Events 2011, table 5, published in 2012.",
    "THE EVENTS\n\nWitnesses spoke to the commission in 2009.",
]


@pytest.mark.parametrize("text", NONE)
def test_words_that_name_no_event(text):
    assert names(text, "2015-01-01") == []


NOT_A_NAME = [
    # "Armenia" follows "with": the village was attacked, not Armenia.
    ("On 5 March 1990 a village on the border with Armenia was attacked at night; seven residents were killed.",
     "Armenia"),
    ("A rocket attack on Bosnia's northern town of Bihac killed nine people on 3 June 1994.", "Bosnia's"),
    ("Findings\n\n1.2 Wilful killings\n\nSoldiers shot 14 men in Vukovar on 20 November 1991.", "Wilful"),
    ("STATEMENT ON THE 30TH ANNIVERSARY OF THE TUZLA MASSACRE\n\nA shell killed 71 people in Tuzla.", "OF THE TUZLA"),
]


@pytest.mark.parametrize(("text", "name"), NOT_A_NAME)
def test_stray_words_are_never_a_name(text, name):
    assert all(name not in n and "\n" not in n for n, _ in names(text, "2010-01-01"))
