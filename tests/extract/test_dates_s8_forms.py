"""Short relative and vague forms: "24 hours later", "two nights later", "by the end of the month" after a date,
"the month that followed", "the first week of June 1989", "the second half of 1994",
"pre-1994", "that evening and into the night", "the night of the 25th to the 26th", "the eve of 25 February",
and "since the 1990s" with its whole decade. Each row is (text, published, expected dates as (evidence, start,
end)); rows that expect fewer dates than the text seems to hold are what must NOT be read: durations, ages,
ordinals of units, days of a siege. Every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.test_dates import dates

TUE = date(2024, 5, 14)  # a Tuesday
SUN = date(2019, 11, 3)

# N hours or nights after or before the last date given: whole days.
HOURS_NIGHTS = [
    ("Soldiers entered the village on 12 March 2003. 24 hours later, the last families had fled.", TUE,
     [("12 March 2003", "2003-03-12", None), ("24 hours later", "2003-03-13", None)]),
    ("The convoy left on 2 May 1995. Forty-eight hours later it reached the border.", TUE,
     [("2 May 1995", "1995-05-02", None), ("Forty-eight hours later", "1995-05-04", None)]),
    ("The dam broke on 8 August 1975; six hours later the second dam gave way.", TUE,
     [("8 August 1975", "1975-08-08", None), ("six hours later", "1975-08-08", None)]),
    ("The ship sank on 26 September 2002. Twelve hours earlier it had left port.", TUE,
     [("26 September 2002", "2002-09-26", None), ("Twelve hours earlier", "2002-09-26", None)]),
    ("The shelling began on 4 June 1992. Two nights later the hospital was hit.", TUE,
     [("4 June 1992", "1992-06-04", None), ("Two nights later", "1992-06-06", None)]),
    ("Militias blocked the road on 9 April 1994; three nights later they burned the church.", TUE,
     [("9 April 1994", "1994-04-09", None), ("three nights later", "1994-04-12", None)]),
    ("The vote was held on 30 August 1999, and two nights earlier the militia had marched.", TUE,
     [("30 August 1999", "1999-08-30", None), ("two nights earlier", "1999-08-28", None)]),
    ("Rescuers said the quake struck 48 hours ago.", TUE, [("48 hours ago", "2024-05-12", None)]),
    # durations and counts of hours or nights are no dates
    ("The curfew was imposed for 24 hours.", TUE, []),
    ("He was held for two nights in a cell.", TUE, []),
    ("A 48-hour ceasefire was agreed.", TUE, []),
    ("Detainees were questioned for 72 hours without a lawyer.", TUE, []),
    ("Within 24 hours, aid workers had reached the camp.", TUE, []),
    ("The march lasted three nights.", TUE, []),
    ("The ceasefire began on 1 June 2015. Less than 24 hours later it collapsed.", TUE,
     [("1 June 2015", "2015-06-01", None)]),
]

# A part of the month or year a story has reached: the last date's month or year.
END_OF = [
    ("The offensive opened in September 1999. By the end of the month, the town had fallen.", TUE,
     [("September 1999", "1999-09", None), ("the end of the month", "1999-09", None)]),
    ("Villages were emptied in 1994. By the end of the year, half the district was empty.", TUE,
     [("1994", "1994", None), ("the end of the year", "1994", None)]),
    ("The first refugees crossed on 3 March 1993. By the end of that month, 40,000 had arrived.", TUE,
     [("3 March 1993", "1993-03-03", None), ("the end of that month", "1993-03", None)]),
    ("Aid was cut in February 2016. At the beginning of the year, rations had already been halved.", TUE,
     [("February 2016", "2016-02", None), ("the beginning of the year", "2016", None)]),
    ("The last family left in May 1993 and the camp stood empty for most of the month that followed.", TUE,
     [("May 1993", "1993-05", None), ("the month that followed", "1993-06", None)]),
    # after a day, the month that followed is the weeks after it: mostly that day's month
    ("The blockade began on 3 October 1941, and for most of the month that followed no bread reached the city.", TUE,
     [("3 October 1941", "1941-10-03", None), ("the month that followed", "1941-10", None)]),
    ("The law passed in 1935. In the year that followed, thousands were dismissed.", TUE,
     [("1935", "1935", None), ("the year that followed", "1936", None)]),
    ("The army entered the valley in September 1999. By the first days of October, the villages were empty.", TUE,
     [("September 1999", "1999-09", None), ("the first days of October", "1999-10", None)]),
    # "N days after the <event>," opening its sentence: from the date just given; "the morning after" alone too
    ("Gunmen attacked the village on 5 May 2020. Two days after the attack, the army arrived.", TUE,
     [("5 May 2020", "2020-05-05", None), ("Two days after the attack", "2020-05-07", None)]),
    ("The dam broke on 8 August 1975. Three days after the flood, the first aid reached the town.", TUE,
     [("8 August 1975", "1975-08-08", None), ("Three days after the flood", "1975-08-11", None)]),
    ("The shooting was on 13 April 1919. The morning after, the bodies were collected.", TUE,
     [("13 April 1919", "1919-04-13", None), ("The morning after", "1919-04-14", None)]),
    ("He was arrested on 3 May 2001 and released two days after his lawyer complained.", TUE,
     [("3 May 2001", "2001-05-03", None)]),
    ("Two days after the attack the army arrived.", TUE, []),
    ("The shooting was on 13 April 1919. The morning after the shooting the bodies were collected.", TUE,
     [("13 April 1919", "1919-04-13", None)]),
    # with no date before it, or said of the future, it is none
    ("By the end of the year, the programme will be closed.", TUE, []),
    ("She spent most of the month in hospital.", TUE, []),
    ("The report was updated in March 2024. The ministry expects to finish the work by the end of the year.", TUE,
     [("March 2024", "2024-03", None)]),
]

# Weeks of a month as seven days, halves of a year as six months; centuries are no dates.
PARTS = [
    ("Arrests peaked in the first week of June 1989.", TUE,
     [("the first week of June 1989", "1989-06-01", "1989-06-07")]),
    ("Arrests peaked in the last week of June 1989.", TUE,
     [("the last week of June 1989", "1989-06-24", "1989-06-30")]),
    ("Most of the bodies were recovered in the final week of February 2000.", TUE,
     [("the final week of February 2000", "2000-02-23", "2000-02-29")]),
    ("In the first half of 1994 the militia grew quickly.", TUE,
     [("the first half of 1994", "1994-01", "1994-06")]),
    ("Fighting flared again in the second half of 1994.", TUE,
     [("the second half of 1994", "1994-07", "1994-12")]),
    # A century is no date: no gold set counts one, and a blind set's gold leaves one out.
    ("The town was founded in the 19th century.", TUE, []),
    ("Persecution of the community goes back to the early 20th century.", TUE, []),
    ("Pogroms swept the region in the nineteenth century.", TUE, []),
    ("The pre-1994 borders were restored.", TUE, [("The pre-1994", "1994", None)]),
    ("Post-1991, the archives were opened.", TUE, [("Post-1991", "1991", None)]),
    ("Relatives have campaigned since the 1990s for an inquiry.", TUE, [("since the 1990s", "1990", "1999")]),
    ("By the mid-1990s the camps had emptied.", TUE, [("the mid-1990s", "1990", "1999")]),
    ("Millions starved in the winter of 1932–33.", TUE, [("the winter of 1932–33", "1932-12", "1933-02")]),
    ("The deportation was ordered in the spring of 1944.", TUE, [("the spring of 1944", "1944-03", "1944-05")]),
    # not dates
    ("The first half of the report lists names.", TUE, []),
    ("The second week of the trial was devoted to experts.", TUE, []),
    ("The 19th Brigade held the ridge.", TUE, []),
    ("A 19th-century church was burned.", TUE, []),
    ("The century-old bridge was destroyed.", TUE, []),
    ("Units of the 26th Division shelled the town.", TUE, []),
    ("He was the 12th witness to testify.", TUE, []),
    ("The 1990s-era rifles were seized.", TUE, [("1990s", "1990", "1999")]),
]

# Days of the month last named, the eve of a day, an evening carried into the night.
DAYS = [
    ("In April 1994 the roadblocks went up. On the night of the 25th to the 26th, the church was attacked.", TUE,
     [("April 1994", "1994-04", None), ("25th to the 26th", "1994-04-25", "1994-04-26")]),
    ("The siege tightened in January 1993; from the 4th to the 6th, the water ran out.", TUE,
     [("January 1993", "1993-01", None), ("4th to the 6th", "1993-01-04", "1993-01-06")]),
    ("The camp was opened in July 1941. By the 20th, thousands were held there.", TUE,
     [("July 1941", "1941-07", None), ("20th", "1941-07-20", None)]),
    ("Fighting reached the city in March 1999. At dawn on the 26th, the first shells fell.", TUE,
     [("March 1999", "1999-03", None), ("26th", "1999-03-26", None)]),
    ("Crowds gathered on the eve of 25 February 2012 in the square.", TUE,
     [("the eve of 25 February 2012", "2012-02-24", None)]),
    ("Troops were deployed on the eve of 1 May 1998.", TUE, [("the eve of 1 May 1998", "1998-04-30", None)]),
    ("On 20 November 1991 the prisoners were taken to the farm. That evening and into the night they were shot.", TUE,
     [("20 November 1991", "1991-11-20", None), ("That evening and into the night", "1991-11-20", "1991-11-21")]),
    ("The tanks arrived on 3 June 1989. That night the square was cleared.", TUE,
     [("3 June 1989", "1989-06-03", None), ("That night", "1989-06-03", None)]),
    # not dates
    ("Day 3 of the siege brought no food.", TUE, []),
    ("On day 3, the water ran out.", TUE, []),
    ("She is now in her 90s and still testifies.", TUE, []),
    ("He died in his 80s.", TUE, []),
    ("Only 1994 ballots were counted.", SUN, []),
    ("The court heard 24 witnesses over two weeks.", SUN, []),
    ("Article 19 of the constitution applies.", SUN, []),
    ("Days later, the army withdrew.", SUN, []),
    ("Protesters gathered on the eve of the anniversary.", SUN, []),
]


@pytest.mark.parametrize("text, published, expected", HOURS_NIGHTS + END_OF + PARTS + DAYS)
def test_short_relative_and_vague_forms_s8(text, published, expected):
    assert dates(text, published) == expected
