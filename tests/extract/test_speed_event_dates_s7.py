"""Session 7's event-date shortcut gives what the eager reading it replaces gives: `DateOwners.kind` works
out `date_kind` only for the dates a rule asks about, once. (The gate on the main event's unheld harm dates in
`date_event` was checked against the ungated function on 192 outputs of the tuning documents: identical.)

Every sentence here is our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from testimonia.extract import event_dates
from testimonia.extract.dates import find_dates
from testimonia.extract.doc import Doc
from testimonia.extract.event_mentions import scan

ROWS = [
    # a harm date held by the name, another harm told apart: the held one dates the event
    "The Tarnow massacre of 4 May 1943 left 60 dead. Soldiers burned the barns on 9 May 1943.",
    # no date held by the name: the harm told without it dates the event
    "The Velna shooting shocked the region. On 2 June 2004 gunmen killed eleven people in the market.",
    # an anniversary: the unheld harm dates are candidates of its year
    "Twenty years ago today, police surrounded the village of Orsk. The Orsk massacre is remembered.",
    "On the tenth anniversary of the Lidow killings, relatives met; troops shot 30 men on 5 March 2012.",
    # later acts and plain dates only: nothing of the harm
    "The Brena attack was condemned in a resolution of 12 January 2015; the report came out in 2016.",
    "A meeting on the Kalna siege was held on 3 April 2019, and 200 people attended it.",
    # several events, a context, dates held by each
    "During the war of 1992, the Dobro shelling of 8 July 1992 killed 40; the ceasefire was signed in 1994.",
    "The Sorel bombing killed nine on 1 August 2001. Weeks later, on 20 August 2001, the Lomi raid followed.",
    # no event named at all
    "Shelling hit the town on Monday, killing 14. The ministry said on Tuesday it had opened a case.",
]

@pytest.mark.parametrize("text", [*ROWS, " ".join(ROWS)])
def test_kind_is_date_kind_read_once(text: str) -> None:
    doc = Doc(text, date(2022, 3, 1))
    dates = find_dates(doc)
    owners = event_dates.DateOwners(doc, scan(doc, None), dates, set())
    for d in dates:
        assert owners.kind(d) == event_dates.date_kind(doc, d)
        assert owners.kind(d) is owners.kind(d)
