"""Dates that take what they leave out from the text around them (tuning set F, 604 and 603).

Each row is (text, publication date, expected dates as (evidence, start, end)); rows that expect fewer dates
than the text seems to hold are the things that must NOT be read as dates, or must not lend their year.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.test_dates import dates

PUB = date(2021, 3, 25)
SAT = date(2011, 12, 17)  # a Saturday

# The year of a day written without one: the narration's year, not a source's or the publication's.
CONTEXT_YEAR = [
    # a day recalled through its month ("25 March 1971 ... 25 and 26 March") brings the narration back to 1971
    ("On 25 March 1971 the army struck. He wrote in January 1972. Between 25 and 26 March thousands died. "
     "On 14 December teachers were killed.", PUB,
     [("25 March 1971", "1971-03-25", None), ("January 1972", "1972-01", None),
      ("Between 25 and 26 March", "1971-03-25", "1971-03-26"), ("14 December", "1971-12-14", None)]),
    # "a 2011 book" is a source's year: a date, but the days after it keep the narration's 1971
    ("On 25 March 1971 the army struck. Bose, in a 2011 book, disagreed. On 6 April the consul cabled.", PUB,
     [("25 March 1971", "1971-03-25", None), ("2011", "2011", None), ("6 April", "1971-04-06", None)]),
    # ... while a year the narration moves to still lends its year
    ("On 25 March 1971 the army struck. In 2011 a book appeared. On 6 April it was reviewed.", PUB,
     [("25 March 1971", "1971-03-25", None), ("2011", "2011", None), ("6 April", "2011-04-06", None)]),
]

# A headline's year before a colon; a titled commemoration is no date.
HEADLINES_AND_DAYS = [
    ("COLUMN | Counting 1971: why the numbers still divide us", PUB, [("1971", "1971", None)]),
    ("Srebrenica 1995: the names", PUB, [("1995", "1995", None)]),
    ("The total was 1971: no more.", PUB, []),  # no capitalised word before it: a count
    ("At 1971:30 the clock stopped.", PUB, []),
    ("Parliament voted in March 2017 to mark 25 March as Genocide Day.", PUB, [("March 2017", "2017-03", None)]),
    ("Parliament voted in March 2017. On 25 March as many as 70 died.", PUB,  # "as many": no titled Day
     [("March 2017", "2017-03", None), ("25 March", "2017-03-25", None)]),
]

# "Two days earlier, on Wednesday": the weekday settles the day the count of days points near.
WEEKDAY_ANAPHORA = [
    ("The toll rose on Saturday. Two days earlier, on Wednesday, workers were told to leave.", SAT,
     [("Saturday", "2011-12-17", None), ("Two days earlier, on Wednesday", "2011-12-14", None)]),
    ("The toll rose on Saturday. Two days earlier, workers were told to leave.", SAT,  # no weekday: counted
     [("Saturday", "2011-12-17", None), ("Two days earlier", "2011-12-15", None)]),
    # after a month ("since May") the weekday counts from the last day the text gave
    ("The toll rose on Saturday. They had struck since May. Two days earlier, on Wednesday, they were told to leave.",
     SAT, [("Saturday", "2011-12-17", None), ("since May", "2011-05", None),
           ("Two days earlier, on Wednesday", "2011-12-14", None)]),
]

# A season with no year: the context's year, or the publication's if it has passed.
SEASONS_WITHOUT_YEAR = [
    ("Nearly 2,000 workers had been dismissed since the summer.", SAT, [("since the summer", "2011-06", "2011-08")]),
    ("In the spring, the strikers marched.", SAT, [("the spring", "2011-03", "2011-05")]),
    ("In 1994 the war ended. In the autumn, talks began.", SAT,
     [("1994", "1994", None), ("the autumn", "1994-09", "1994-11")]),
    ("They fled in the summer heat.", SAT, []),  # a noun follows: not the season as a date
    ("Since the fall of Srebrenica, nothing changed.", SAT, []),
    ("Every summer, they return.", SAT, []),
]

# "over the next nine months", "the final five months": N months or years on from, or up to, the last date.
STRETCHES = [
    ("On 25 March 1971 the army struck. What followed over the next nine months is a genocide.", PUB,
     [("25 March 1971", "1971-03-25", None), ("the next nine months", "1971-03", "1971-12")]),
    ("The war ended on 18 May 2009. How many died in the final five months is disputed.", PUB,
     [("18 May 2009", "2009-05-18", None), ("the final five months", "2009-01", "2009-05")]),
    ("The war ended in 1995. Over the next 3 years, 200 were tried.", PUB,
     [("1995", "1995", None), ("the next 3 years", "1995", "1998")]),
    ("The law of 1993 blocked prosecutions for the next 23 years.", PUB, [("1993", "1993", None)]),  # how long
    ("On 5 May 2000 they met. Over the next few months nothing happened.", PUB,  # no number: vague
     [("5 May 2000", "2000-05-05", None)]),
    ("On 5 May 2000 they met. Over the next month nothing happened.", PUB,  # one month: not a stretch
     [("5 May 2000", "2000-05-05", None)]),
    ("During the first six weeks, thousands died.", PUB, []),  # a length of time from an unstated start
    ("Over the next nine months the camps will grow.", PUB, []),  # no date before it
]


@pytest.mark.parametrize("text, published, expected",
                         CONTEXT_YEAR + HEADLINES_AND_DAYS + WEEKDAY_ANAPHORA + SEASONS_WITHOUT_YEAR + STRETCHES)
def test_dates_from_context(text, published, expected):
    assert dates(text, published) == expected
