"""Dates without a year inside a story of the past, and counts of years in words.

Each row is (text, publication date, expected dates as (evidence, start, end)). Rows that expect fewer dates than
the text seems to hold are the things that must NOT be read as dates, or not so. Every sentence is written for
these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.test_dates import dates

PUB = date(2024, 5, 15)  # a Wednesday

# A bare weekday in a story of a past year is that story's: the first such weekday on or after the day it last gave.
NARRATED_WEEKDAYS = [
    ("On 6 April 1994 the president's plane was shot down. On Thursday, militias set up roadblocks across the city.",
     PUB, [("6 April 1994", "1994-04-06", None), ("Thursday", "1994-04-07", None)]),
    ("Police detained the organisers on the morning of 3 June 1989. On Sunday, troops cleared the square.", PUB,
     [("the morning of 3 June 1989", "1989-06-03", None), ("Sunday", "1989-06-04", None)]),
    ("Soldiers entered the village on 11 July 1995. That Tuesday, the men were taken away.", PUB,
     [("11 July 1995", "1995-07-11", None), ("That Tuesday", "1995-07-11", None)]),
    ("On 14 February 2002 the offensive began. Two days later, on Saturday, the village fell.", PUB,
     [("14 February 2002", "2002-02-14", None), ("Two days later, on Saturday", "2002-02-16", None)]),
    ("The siege began on 4 March 2003. Five days later, on the Sunday, the water ran out.", PUB,
     [("4 March 2003", "2003-03-04", None), ("Five days later, on the Sunday", "2003-03-09", None)]),
    # news: a weekday beside the present or a reporting verb is of the publication's week
    ("The town was shelled on 2 May 1998. On Friday, officials said, rebels attacked it again.", PUB,
     [("2 May 1998", "1998-05-02", None), ("Friday", "2024-05-10", None)]),
    ("The town was shelled on 2 May 1998. On Friday, rebels will hold talks in the capital.", PUB,
     [("2 May 1998", "1998-05-02", None), ("Friday", "2024-05-17", None)]),
    # a lead that dates this week's news after a date of the same year months back
    ("Massacre at the market, 3 January 2024\n\nOn Monday the inquiry published its findings on the shooting.", PUB,
     [("3 January 2024", "2024-01-03", None), ("Monday", "2024-05-13", None)]),
    # a day whose year the text never wrote
    ("The vote came on 3 March. On Friday, the ballots were burned.", PUB,
     [("3 March", "2024-03-03", None), ("Friday", "2024-05-10", None)]),
]

# A story that goes on past New Year: a January after a December takes the next year.
NEW_YEAR = [
    ("The column left the city on 28 December 2004. On 2 January, it reached the border.", PUB,
     [("28 December 2004", "2004-12-28", None), ("2 January", "2005-01-02", None)]),
    ("The last families fled on 30 November 2010. By 4 February they had reached the camp.", PUB,
     [("30 November 2010", "2010-11-30", None), ("4 February", "2011-02-04", None)]),
    # a month not early in the year stays in the year
    ("The last families fled on 30 December 2010. On 4 March the camp was closed.", PUB,
     [("30 December 2010", "2010-12-30", None), ("4 March", "2010-03-04", None)]),
    ("Fighting broke out in January 2010. On 30 December, the last families fled.", PUB,
     [("January 2010", "2010-01", None), ("30 December", "2010-12-30", None)]),
]

# Hundreds and centuries of years, in words.
HUNDREDS = [
    ("One hundred years ago, the town was burned.", PUB, [("One hundred years ago", "1924", None)]),
    ("A hundred and ten years ago the harvest failed.", PUB, [("A hundred and ten years ago", "1914", None)]),
    ("One hundred fifty years ago the fort fell.", PUB, [("One hundred fifty years ago", "1874", None)]),
    ("A century ago, the town was burned.", PUB, [("A century ago", "1924", None)]),
    ("It was 24 April, a hundred years ago.", PUB, [("24 April, a hundred years ago", "1924-04-24", None)]),
    ("The church burned in 1909. A century later, its bell was found.", PUB,
     [("1909", "1909", None), ("A century later", "2009", None)]),
    ("On 24 April 1915 the arrests began. One hundred years later, on 24 April, crowds filled the square.", PUB,
     [("24 April 1915", "1915-04-24", None), ("One hundred years later", "2015", None), ("24 April", "2015-04-24", None)]),
    ("The 100 years of the republic were marked with a parade.", PUB, []),
    ("Hundreds of years ago the valley was a lake.", PUB, []),
]

# "the next year" points at the last date given; "next year" alone is the one after publication.
NEXT_YEAR = [
    ("The bridge was blown up in 1993. The next year, the ferry sank.", PUB,
     [("1993", "1993", None), ("The next year", "1994", None)]),
    ("The bridge was blown up in 1993. Next year, a new one will open.", PUB,
     [("1993", "1993", None), ("Next year", "2025", None)]),
    ("The bridge was blown up on 4 May 1993. The next week, the ferry sank.", PUB,
     [("4 May 1993", "1993-05-04", None), ("The next week", "1993-05-10", "1993-05-16")]),
    ("The dam burst in 1962. Two years later, in March, the town was rebuilt.", PUB,
     [("1962", "1962", None), ("Two years later", "1964", None), ("March", "1964-03", None)]),
    ("Over the next year the ferry ran twice a week.", PUB, []),
]

# "N years after" an event, with the clause in the present ("are still"), dates the event from publication.
YEARS_AFTER_STILL = [
    ("Forty years after the army stormed the mine, families are still searching for the missing.", PUB,
     [("Forty years after", "1984", None)]),
    ("Forty years after the army stormed the mine, the families moved to the coast.", PUB, []),
]


# Years and decades with two digits, centuries written as their first year, and years as a clause's subject.
SHORT_YEARS = [
    ("Raids on the valley peaked in the '90s.", PUB, [("'90s", "1990", "1999")]),
    ("The mill closed in the '20s and never reopened.", PUB, [("'20s", "1920", "1929")]),
    ("Her family left the island in '94.", PUB, [("'94", "1994", None)]),
    ("They crossed the pass in the winter of '92.", PUB, [("the winter of '92", "1992-12", "1993-02")]),
    ("The survivors of '68 met again.", PUB, [("'68", "1968", None)]),
    ("The play 'Kigali '94' toured widely.", PUB, []),  # no time word before it
    ("Grandmother said 'enough' and left.", PUB, []),
    ("The archive holds letters written in the 1800s.", PUB, [("1800s", "1800", "1899")]),
    ("Most of the 2000s were calm.", PUB, [("2000s", "2000", "2009")]),
    ("The 1860s brought famine.", PUB, [("1860s", "1860", "1869")]),
    ("1994 was the year the border closed.", PUB, [("1994", "1994", None)]),
    ("2000 were killed in the first week.", PUB, []),
    ("Turnout in 1996's vote was low.", PUB, [("1996", "1996", None)]),
]

# The publication's week and weekend in a wire report; a weekday told from after it.
NEWS_WEEK = [
    ("The minister is expected to resign later this week.", PUB, [("this week", "2024-05-15", "2024-05-19")]),
    ("Two journalists were detained earlier this week.", PUB, [("this week", "2024-05-13", "2024-05-15")]),
    ("Checkpoints have multiplied since the weekend.", PUB, [("the weekend", "2024-05-11", "2024-05-12")]),
    ("The convoy had been travelling on Monday to register for next year's vote.", PUB,
     [("Monday", "2024-05-13", None), ("next year", "2025", None)]),
    ("The convoy will travel on Monday to register for the vote.", PUB, [("Monday", "2024-05-20", None)]),
]

# A weekday before "N days later" settles the count.
WEEKDAY_COUNTS = [
    ("The rally was held on Wednesday 2 October 1968. On the Saturday ten days later, the Games opened.", PUB,
     [("Wednesday 2 October 1968", "1968-10-02", None), ("Saturday ten days later", "1968-10-12", None)]),
]


@pytest.mark.parametrize("text, published, expected",
                         NARRATED_WEEKDAYS + NEW_YEAR + HUNDREDS + NEXT_YEAR + YEARS_AFTER_STILL + SHORT_YEARS + NEWS_WEEK
                         + WEEKDAY_COUNTS)
def test_story_dates_s8(text, published, expected):
    assert dates(text, published) == expected
