"""Which year a date written without one takes, and dates that published layouts hold in odd places.

Each row is (text, publication date, expected dates as (evidence, start, end)). Rows that expect fewer dates
than the text seems to hold are the things that must NOT be read as dates. Every sentence is written for
these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.test_dates import dates

PUB = date(2019, 10, 9)  # a Wednesday

# A clause in the past perfect looks back from the story's time: the months after it do not go on from its year.
FLASHBACK = [
    ("The prisoners reached the port on 14 March 1946. Most had been arrested in May 1941. A strike on 20 March "
     "was broken up.", PUB,
     [("14 March 1946", "1946-03-14", None), ("May 1941", "1941-05", None), ("20 March", "1946-03-20", None)]),
    # a past perfect in a later clause of the sentence is not the date's
    ("On 2 March 1946, guards fired on men who had been striking for a week. On 20 April the camp was closed.", PUB,
     [("2 March 1946", "1946-03-02", None), ("20 April", "1946-04-20", None)]),
    # in the simple past the months go on from the last year, as before
    ("The prisoners reached the port in March 1946. They were moved inland in May 1947. A strike on 20 June "
     "was broken up.", PUB,
     [("March 1946", "1946-03", None), ("May 1947", "1947-05", None), ("20 June", "1947-06-20", None)]),
]

# A news text that has gone on from its present to tell a past event goes on in that event's year, in the past
# tense; a clause in the present is back in the publication's year.
STORY_TIME = [
    ("Families met at the river this morning to remember the dead.\n\nOn 2 August 1988, soldiers opened fire on "
     "the crowd.\n\nIn early July three organisers were detained at the market.", PUB,
     [("this morning", "2019-10-09", None), ("2 August 1988", "1988-08-02", None),
      ("early July", "1988-07", None)]),
    ("Families met at the river this morning to remember the dead.\n\nOn 2 August 1988, soldiers opened fire on "
     "the crowd.\n\nOn 3 July police say they have reopened the file.", PUB,
     [("this morning", "2019-10-09", None), ("2 August 1988", "1988-08-02", None), ("3 July", "2019-07-03", None)]),
    # a bare year is background, not the story's time
    ("Families met at the river this morning. The last such massacre was in 1988.\n\nIn early July three "
     "organisers were detained at the market.", PUB,
     [("this morning", "2019-10-09", None), ("1988", "1988", None), ("early July", "2019-07", None)]),
]

# "N years after" in a clause set in the present dates the event N years before publication.
YEARS_AFTER = [
    ("On Sunday, 75 years after the deportation, survivors laid wreaths.", PUB,
     [("Sunday", "2019-10-06", None), ("75 years after", "1944", None)]),
    ("Mourners gathered today, three decades after the shelling of the market.", PUB,
     [("today", "2019-10-09", None), ("three decades after", "1989", None)]),
    ("Two years after the war, he moved to the capital.", PUB, []),  # counted from a date not given
    # "N years later" reaching the present is a span of time, not a date
    ("The camp was closed in 1979, and forty years later no one has been tried.", PUB, [("1979", "1979", None)]),
    ("The camp was closed in 1979. Five years later it was reopened.", PUB,
     [("1979", "1979", None), ("Five years later", "1984", None)]),
]

# A day that comes back each year is not a date.
RECURRING = [
    ("The town holds its vigil on the Saturday nearest to 14 June.", PUB, []),
    ("The country marks the National Day of Mourning for the victims of the famine on 28 November.", PUB, []),
    ("The country marked the anniversary with a vigil on 28 November.", PUB, [("28 November", "2018-11-28", None)]),
]

# A day inside the name of a body.
NAMED_AFTER_A_DAY = [
    ("Volunteers of the Mothers of 12 May group collected the testimony.", PUB, []),
    ("The killings of 12 May were never investigated.", PUB, [("12 May", "2019-05-12", None)]),
]

# Years in credits, table cells, citations, and as a clause's subject.
YEARS_IN_CREDITS = [
    ("Dead: 212 (army estimate, 1983); 400 (church count, 1984)", PUB, [("1983", "1983", None), ("1984", "1984", None)]),
    ("Village | 212 | MSF, 1983\n", PUB, [("1983", "1983", None)]),
    ("[4] Relief Committee, annual report 2004, p. 12.", PUB, [("2004", "2004", None)]),
    ("The committee's 2004 survey listed every village.", PUB, [("2004", "2004", None)]),
    ("Notes that 2025 will mark the centenary of the uprising.", PUB, [("2025", "2025", None)]),
    # counts stay counts
    ("The committee's 2000 volunteers searched every village.", PUB, []),
    ("By the end of the day 2000 will have crossed the border.", PUB, []),
    ("The report 2000 people signed was ignored.", PUB, []),
    ("The census recorded 1990 households.", PUB, []),
]


@pytest.mark.parametrize("text, published, expected",
                         FLASHBACK + STORY_TIME + YEARS_AFTER + RECURRING + NAMED_AFTER_A_DAY + YEARS_IN_CREDITS)
def test_story_time_dates(text, published, expected):
    assert dates(text, published) == expected
