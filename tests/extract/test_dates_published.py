"""Dates in forms published English uses that earlier rows did not cover (issue 3): timelines and infoboxes,
month-first numeric dates, a year written once for two days, "N days after" an event, a weekend, "today's
briefing", "April of the same year", ranges that open with a year and close with a month. Sentences written
for these tests; rows with an empty list, or with fewer dates than they seem to hold, must not match more.
Publication: Thursday 26 February 2026 unless a row gives its own.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.test_dates import dates

# a timeline's line, an infobox's label, a source's year
LAYOUTS = [
    ("1988 - Protests begin in Stepanakert.\n1994 - A ceasefire is signed.",
     [("1988", "1988", None), ("1994", "1994", None)]),
    ("* 1992: Aghdam shelled\n* 1993: Kalbajar falls", [("1992", "1992", None), ("1993", "1993", None)]),
    ("1915 – Deportations begin.", [("1915", "1915", None)]),
    ("Founded: 1837\nPopulation: 4,200", [("1837", "1837", None)]),
    ("Established 1923", [("1923", "1923", None)]),
    ("Inhabitants: 6,400 (1979 census)", [("1979", "1979", None)]),
    ("The town had 11,000 people (2009 est.) before the war.", [("2009", "2009", None)]),
    ("[7] 1999 census.", [("1999", "1999", None)]),
    ("Spring issue (Spring 2004), pp. 3-9.", [("Spring 2004", "2004-03", "2004-05")]),
    # not dates
    ("2000 - 3000 people fled the district.", []),
    ("Population: 2000", []),
    ("Some 1990 census forms were burned.", []),
    ("He counted 1995 - a number, not a year - graves.", []),
]

NUMERIC = [
    ("The memo is dated 04/17/1993.", [("04/17/1993", "1993-04-17", None)]),  # only month first is possible
    ("The memo is dated 17/04/1993.", [("17/04/1993", "1993-04-17", None)]),
    ("The memo is dated 04/05/1993.", [("04/05/1993", "1993-05-04", None)]),  # day first when both are possible
    ("The memo is numbered 04/45/1993.", []),
]

# a sentence that names two days writes the year once, with the last
YEAR_AHEAD = [
    ("The siege began on 2 March and was broken on 9 March 1993.",
     [("2 March", "1993-03-02", None), ("9 March 1993", "1993-03-09", None)]),
    ("Raids on 28 December and on 4 January 1994 emptied the village.",
     [("28 December", "1993-12-28", None), ("4 January 1994", "1994-01-04", None)]),
    ("The column left on the morning of 2 April and reached the pass by the evening of 3 April 1993.",
     [("the morning of 2 April", "1993-04-02", None), ("the evening of 3 April 1993", "1993-04-03", None)]),
    # a date of a thing named in the sentence lends nothing: the first day is the publication's year
    ("On 24 February the mayor laid flowers for the victims of 26 February 1992.",
     [("24 February", "2026-02-24", None), ("26 February 1992", "1992-02-26", None)]),
    # ... nor across a clause of its own or a remembrance
    ("On 24 February the mayor opened the museum, which tells of the night of 26 February 1992.",
     [("24 February", "2026-02-24", None), ("the night of 26 February 1992", "1992-02-26", None)]),
    ("On 24 February crowds marked the attack on 26 February 1992.",
     [("24 February", "2026-02-24", None), ("26 February 1992", "1992-02-26", None)]),
    ("In 1991 the blockade began. On 2 March, and again on 9 March 1993, the road was cut.",
     [("1991", "1991", None), ("2 March", "1993-03-02", None), ("9 March 1993", "1993-03-09", None)]),
]

# two days in a row across a month, one after another: one span, as "3 and 4 May" is
NEIGHBOUR_DAYS = [
    ("Troops entered the villages on 30 April and 1 May 1991.", [("30 April and 1 May 1991", "1991-04-30", "1991-05-01")]),
    ("They fled on 31 December 1993 and 1 January 1994.",
     [("31 December 1993 and 1 January 1994", "1993-12-31", "1994-01-01")]),
    ("From May to June 1992 soldiers held the hill.", [("From May to June 1992", "1992-05", "1992-06")]),
    # not neighbours: two days
    ("Troops entered the villages on 30 April and 2 May 1991.",
     [("30 April", "1991-04-30", None), ("2 May 1991", "1991-05-02", None)]),
    ("Between 1800 and 2000 soldiers died.", []),
]

# "N days after" set off by a comma after a day its sentence gives: the event N days before that day
DAYS_AFTER = [
    ("The toll rose to nine on Sunday, the governor said, a day after gunmen stormed the market.", date(2019, 5, 21),
     [("Sunday", "2019-05-19", None), ("a day after", "2019-05-18", None)]),
    ("On 14 June 1992, three days after the town was encircled, the shelling began.", date(2019, 5, 21),
     [("14 June 1992", "1992-06-14", None), ("three days after", "1992-06-11", None)]),
    # no anchor in the sentence, no comma, a date after it, or weeks (said loosely): no date
    ("The appeal came two days after the ministers met.", date(2019, 5, 21), []),
    ("He was seized on 3 June 1992 and freed two days after his mother wrote to the mayor.", date(2019, 5, 21),
     [("3 June 1992", "1992-06-03", None)]),
    ("On 14 June 1992, a week after the town was encircled, the shelling began.", date(2019, 5, 21),
     [("14 June 1992", "1992-06-14", None)]),
]

# the weekend, from publication (Tuesday 3 October 2023)
WEEKENDS = [
    ("Arrivals slowed to a trickle over the weekend.", [("the weekend", "2023-09-30", "2023-10-01")]),
    ("Buses will run again at the weekend.", [("the weekend", "2023-10-07", "2023-10-08")]),
    ("Last weekend, volunteers cleared the square.", [("Last weekend", "2023-09-30", "2023-10-01")]),
    ("Next weekend the exhibition opens.", [("Next weekend", "2023-10-14", "2023-10-15")]),
    ("It happened over the weekend of 12-13 May 1995.", [("the weekend of 12-13 May 1995", "1995-05-12", "1995-05-13")]),
    ("Twenty years ago this weekend the town fell.", [("Twenty years ago", "2003", None)]),
    ("The weekend markets reopened.", []),
]

FRIDAY = date(2023, 2, 17)

OTHER = [
    ("The spokeswoman said at today's briefing that the road was open.", FRIDAY,
     [("today", "2023-02-17", None)]),
    ("Today's memorial service starts at noon.", FRIDAY, [("Today", "2023-02-17", None)]),
    ("In today's Europe, memory is contested.", FRIDAY, []),
    ("The town fell in May 1992 and, in August of the same year, the district.", FRIDAY,
     [("May 1992", "1992-05", None), ("August of the same year", "1992-08", None)]),
    ("The town fell in May 1992; in March of the following year the district fell.", FRIDAY,
     [("May 1992", "1992-05", None), ("March of the following year", "1993-03", None)]),
    ("Between mid-1992 and May 1994 the front barely moved.", FRIDAY,
     [("Between mid-1992 and May 1994", "1992", "1994-05")]),
    ("From 1993 to 25 November 2020 the district was held by Armenian forces.", FRIDAY,
     [("From 1993 to 25 November 2020", "1993", "2020-11-25")]),
    ("In 1993, to the dismay of many, the mediators left; in July 1994 they returned.", FRIDAY,
     [("1993", "1993", None), ("July 1994", "1994-07", None)]),
    ("The dispute dates back to 1923.", FRIDAY, [("1923", "1923", None)]),
    ("The quarrel goes back to 1905.", FRIDAY, [("1905", "1905", None)]),
    ("They went back to 2000 homes.", FRIDAY, []),
    # a time word hedged before its year; a count hedged stays a count
    ("The camp was in use until at least 1996.", FRIDAY, [("1996", "1996", None)]),
    ("Since at least 2014 the graves have been known.", FRIDAY, [("2014", "2014", None)]),
    ("The toll rose by at least 2000.", FRIDAY, []),
    ("Until at least 2000 people return, the school stays shut.", FRIDAY, []),
    # "today" before the clause's verb in the past: done today
    ("The tribunal today sentenced two former officers.", FRIDAY, [("today", "2023-02-17", None)]),
    ("Today proved the survivors right.", FRIDAY, []),
    ("The remains laid to rest today were found in a well.", FRIDAY, []),  # "were": another clause's verb
]


@pytest.mark.parametrize("text, expected", LAYOUTS + NUMERIC + YEAR_AHEAD + NEIGHBOUR_DAYS)
def test_published_forms(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize("text, published, expected", DAYS_AFTER)
def test_days_after_an_event(text, published, expected):
    assert dates(text, published) == expected


@pytest.mark.parametrize("text, expected", WEEKENDS)
def test_weekends(text, expected):
    assert dates(text, date(2023, 10, 3)) == expected


@pytest.mark.parametrize("text, published, expected", OTHER)
def test_other_published_forms(text, published, expected):
    assert dates(text, published) == expected
