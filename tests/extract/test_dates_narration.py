"""Dates that narration leaves half-said: seasons and days counted from the last date, named days of the year,
parts of the publication day, days said inside a quotation, and the order of numeric dates.

Each row is (text, publication date, expected dates as (evidence, start, end)). Rows that expect fewer dates than
the text seems to hold are the things that must NOT be read as dates. Every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.test_dates import dates

THU = date(2026, 2, 26)  # a Thursday in February: winter is still under way
MAY = date(2012, 8, 17)

# "that winter", "the following spring": a season placed by the last date the text gave.
SEASON_ANAPHORA = [
    ("The deportations began in 1944. That winter, thousands died in the steppe.", THU,
     [("1944", "1944", None), ("That winter", "1944-12", "1945-02")]),
    ("The camp opened on 10 January 1943. That winter was the worst anyone remembered.", THU,
     [("10 January 1943", "1943-01-10", None), ("That winter", "1942-12", "1943-02")]),
    ("The villages were burned on 3 May 1982. The following spring, a few families came back.", THU,
     [("3 May 1982", "1982-05-03", None), ("The following spring", "1983-03", "1983-05")]),
    ("The siege began in October 1992. The next summer the water ran out.", THU,
     [("October 1992", "1992-10", None), ("The next summer", "1993-06", "1993-08")]),
    ("The offensive came in March 1993. The previous autumn had been quiet.", THU,
     [("March 1993", "1993-03", None), ("The previous autumn", "1992-09", "1992-11")]),
    ("Shelling reached the district in December 1994. Later that winter the market was hit.", THU,
     [("December 1994", "1994-12", None), ("Later that winter", "1994-12", "1995-02")]),
    # the season written with its year is read as one date, not as an anaphor
    ("The famine began in 1932. That winter of 1932 the villages emptied.", THU,
     [("1932", "1932", None), ("winter of 1932", "1932-12", "1933-02")]),
    # no date before it, or a length of time: no date
    ("That winter, thousands died.", THU, []),
    ("The ceasefire held in 1995. Over the following winter nobody returned.", THU, [("1995", "1995", None)]),
    ("The town was taken in 1993. That autumn of 1993 the talks failed.", THU,
     [("1993", "1993", None), ("autumn of 1993", "1993-09", "1993-11")]),
]

# "last summer", "this winter": a season counted from the publication date.
RELATIVE_SEASONS = [
    ("Last summer the families returned to the valley.", THU, [("Last summer", "2025-06", "2025-08")]),
    ("This winter the camps are full again.", THU, [("This winter", "2025-12", "2026-02")]),
    ("Last winter the camps were full.", THU, [("Last winter", "2024-12", "2025-02")]),
    ("The reburial is planned for next spring.", THU, [("next spring", "2026-03", "2026-05")]),
    ("It was the last summer of the war.", THU, []),  # "the last": which summer is told by the war, not the calendar
]

# Days of the year known by name.
HOLIDAYS = [
    ("The tanks entered the city on New Year's Eve 1994.", THU, [("New Year's Eve 1994", "1994-12-31", None)]),
    ("The shelling began in December 1994. On New Year's Eve the tanks came.", THU,
     [("December 1994", "1994-12", None), ("New Year's Eve", "1994-12-31", None)]),
    ("The prisoners were freed on Christmas Day, 1989.", THU, [("Christmas Day, 1989", "1989-12-25", None)]),
    ("By Christmas Eve 1914 the guns had fallen silent.", THU, [("Christmas Eve 1914", "1914-12-24", None)]),
    ("NEW YEAR'S DAY 2000 brought no peace.", THU, [("NEW YEAR'S DAY 2000", "2000-01-01", None)]),
    # a name, a custom, or no day at all
    ("The Christmas Day massacre is still remembered.", THU, []),
    ("Every Christmas Eve the families light candles.", THU, []),
    ("The Persian New Year was celebrated in the camp.", THU, []),
    ("They met at Christmas.", THU, []),
]

# "On the 21st", "by the 11th": a day of the month the text last named.
DAY_ALONE = [
    ("We were back in the city in October 1999. On the 21st rockets hit the central market.", THU,
     [("October 1999", "1999-10", None), ("21st", "1999-10-21", None)]),
    ("The order came in December 1999: everyone had to leave by the 11th.", THU,
     [("December 1999", "1999-12", None), ("11th", "1999-12-11", None)]),
    ("The convoy left on 28 May 1992. By the 2nd the road was cut.", THU,  # a smaller day: the next month
     [("28 May 1992", "1992-05-28", None), ("2nd", "1992-06-02", None)]),
    ("In March 1993 the shelling grew. On the morning of the 12th the hospital was hit.", THU,
     [("March 1993", "1993-03", None), ("12th", "1993-03-12", None)]),
    # ordinals that count something, or with no month before them
    ("In March 1993 the shelling grew. On the 3rd floor of the hospital nobody survived.", THU,
     [("March 1993", "1993-03", None)]),
    ("In March 1993 the offensive began. It was led by the 5th Brigade.", THU, [("March 1993", "1993-03", None)]),
    ("In March 1993 they fled. By the 20th century's end nothing remained.", THU, [("March 1993", "1993-03", None)]),
    ("In March 1993 they fled, as units of the 23rd (Mountain) Division advanced.", THU,
     [("March 1993", "1993-03", None)]),
    ("On the 21st rockets hit the market.", THU, []),
    ("She finished 3rd in the race.", THU, []),
]

# "the fifth of February": a day in words.
DAY_IN_WORDS = [
    ("The village was searched on the fifth of February 2000.", THU, [("the fifth of February 2000", "2000-02-05", None)]),
    ("In February 2000 we went back. On the fifth of February men in masks came.", THU,
     [("February 2000", "2000-02", None), ("the fifth of February", "2000-02-05", None)]),
    ("The flag came down on the twenty-fifth of December 1991.", THU,
     [("the twenty-fifth of December 1991", "1991-12-25", None)]),
    ("The thirty-first of August 1997 was a Sunday.", THU, [("The thirty-first of August 1997", "1997-08-31", None)]),
    ("It was the first of many visits.", THU, []),
    ("On the thirty-first of February 2000 nothing happened.", THU, [("February 2000", "2000-02", None)]),  # no such day
]

# "this morning" as wires use it; the same words in a quotation are the day the quote was said.
PUBLICATION_DAY = [
    ("Police said this morning that 14 people had died.", THU, [("this morning", "2026-02-26", None)]),
    ("This afternoon the ministry raised the toll to 30.", THU, [("This afternoon", "2026-02-26", None)]),
    ("Thirty years ago this morning the shelling began.", THU, [("Thirty years ago this morning", "1996-02-26", None)]),
    ("26 May (Saturday). The head of the mission said: \"This morning, our observers counted 32 children.\"", MAY,
     [("26 May (Saturday)", "2012-05-26", None), ("This morning", "2012-05-26", None)]),
    ("The minister said on Friday: \"Yesterday we found 30 bodies.\"", THU,
     [("Friday", "2026-02-20", None), ("Yesterday", "2026-02-19", None)]),
    ("\"Yesterday we found 30 bodies,\" the minister said.", THU, [("Yesterday", "2026-02-25", None)]),
    # a quotation in a later paragraph does not reach back to the day of an earlier one
    ("On 4 May 2020 the shell hit.\nThe mayor said: \"Yesterday we buried them.\"", THU,
     [("4 May 2020", "2020-05-04", None), ("Yesterday", "2026-02-25", None)]),
    ("The morning of 26 May was cold.", THU, [("The morning of 26 May", "2025-05-26", None)]),
]

# A weekday names a kind of thing before these nouns; "Thursday last week" is one day.
WEEKDAYS = [
    ("The children hid in the former Sunday school behind the church.", THU, []),
    ("Clashes broke out after Friday prayers in the old city.", THU, []),
    ("The Sunday service was cancelled.", THU, []),
    ("On Friday prayers were cancelled across the city.", THU, [("Friday", "2026-02-20", None)]),
    ("Sunday marked the anniversary.", THU, [("Sunday", "2026-02-22", None)]),
    ("On Thursday last week the court ruled against Russia.", THU, [("Thursday last week", "2026-02-19", None)]),
    ("On Monday this week the exhumation began.", THU, [("Monday this week", "2026-02-23", None)]),
    ("On Thursday, last week's ruling was welcomed.", THU,
     [("Thursday", "2026-02-26", None), ("last week", "2026-02-16", "2026-02-22")]),
]

# A day written with its weekday but no year: of the years the context offers, the one the weekday fits.
WEEKDAY_YEAR = [
    ("Observers reached the village on Saturday, 26 May.", MAY, [("Saturday, 26 May", "2012-05-26", None)]),
    ("The war went on into 2023. On Tuesday, 14 March, soldiers entered the village.", THU,
     [("2023", "2023", None), ("Tuesday, 14 March", "2023-03-14", None)]),
    ("On Wednesday, 25 February, the town fell.", THU, [("Wednesday, 25 February", "2026-02-25", None)]),
    ("On Sunday, 10 March, the town fell.", THU, [("Sunday, 10 March", "2025-03-10", None)]),  # no year fits: kept
    # 13 March 2026 is a Friday, but after publication: a past day stays in the past
    ("On Friday, 13 March, the town fell.", THU, [("Friday, 13 March", "2025-03-13", None)]),
    ("The commission will meet on Friday, 13 March.", THU, [("Friday, 13 March", "2026-03-13", None)]),
]

# "03/04/2022" is day first, unless the document writes month first.
NUMERIC_ORDER = [
    ("On 03/04/2022 the strikes continued.", THU, [("03/04/2022", "2022-04-03", None)]),
    ("Posted 03/04/2022. Updated 03/15/2022.", THU,
     [("03/04/2022", "2022-03-04", None), ("03/15/2022", "2022-03-15", None)]),
    ("Posted 03/04/2022. Updated 15/03/2022.", THU,
     [("03/04/2022", "2022-04-03", None), ("15/03/2022", "2022-03-15", None)]),
    ("On March 3, 2022 the city was shelled, and on 03/04/2022 again.", THU,
     [("March 3, 2022", "2022-03-03", None), ("03/04/2022", "2022-03-04", None)]),
    ("On 3 March 2022 the city was shelled, and on 03/04/2022 again.", THU,
     [("3 March 2022", "2022-03-03", None), ("03/04/2022", "2022-04-03", None)]),
    ("Date of incident: 14-03-2022.", THU, [("14-03-2022", "2022-03-14", None)]),
    ("Call 020-7946-0958 for details.", THU, []),
    ("Case 13-45-1999 was filed.", THU, []),  # no such month either way
]

# A year after a cue stays a year before "more": "by the end of 2002 more than 220,000 had returned".
CUED_YEARS = [
    ("By the end of 2002 more than 220,000 refugees had returned.", THU, [("the end of 2002", "2002", None)]),
    ("In 1993 more people fled the valley than in any year before.", THU, [("1993", "1993", None)]),
    ("In early 2000 more troops arrived.", THU, [("early 2000", "2000", None)]),
    ("The army killed 2000 more in the north.", THU, []),
    ("A total of 2000 more were counted.", THU, []),
    ("The remains of 1500 killed were found.", THU, []),
]

# The year of a month with no year: the narration moves on, unless the same day is told again.
ONWARD_MONTHS = [
    ("The first war reached us in December 1994. The second came in October 1999. In December we left.", THU,
     [("December 1994", "1994-12", None), ("October 1999", "1999-10", None), ("December", "1999-12", None)]),
    ("On 25 March 1971 the army struck. He wrote in January 1972. Between 25 and 26 March thousands died.", THU,
     [("25 March 1971", "1971-03-25", None), ("January 1972", "1972-01", None),
      ("Between 25 and 26 March", "1971-03-25", "1971-03-26")]),
    # a numbered instrument's date is a citation: the narration stays in its year
    ("The town fell in July 1995. Resolution 819 of 16 April 1993 had declared it safe. Troops entered on 11 July.", THU,
     [("July 1995", "1995-07", None), ("16 April 1993", "1993-04-16", None), ("11 July", "1995-07-11", None)]),
]


# Ranges and lists that the words around them settle.
RANGES_AND_LISTS = [
    ("Between about 13 and 16 July 1995 the men were shot.", THU,
     [("Between about 13 and 16 July 1995", "1995-07-13", "1995-07-16")]),
    ("From around 6 April to mid-July 1994 the killing went on.", THU,
     [("From around 6 April to mid-July 1994", "1994-04-06", "1994-07")]),
    ("Between about 1800 and 2000 people were counted.", THU, []),  # a count, not years
    ("From 6 April 1994 until July the roadblocks stayed.", THU, [("From 6 April 1994 until July", "1994-04-06", "1994-07")]),
    ("In April, May and June 1994 the camps grew.", THU,
     [("April", "1994-04", None), ("May", "1994-05", None), ("June 1994", "1994-06", None)]),
    ("On 3 April, 5 May and 7 June 1995 the town was shelled.", THU,
     [("3 April", "1995-04-03", None), ("5 May", "1995-05-05", None), ("7 June 1995", "1995-06-07", None)]),
    ("In April, the rains came; in June 1994 the camps grew.", THU,  # a clause between: no list, but one year
     [("April", "1994-04", None), ("June 1994", "1994-06", None)]),
    ("Theresa May, June Smith and John Doe signed the letter.", THU, []),
    ("In the late afternoon of 21 March 1960 the police fired.", THU,
     [("the late afternoon of 21 March 1960", "1960-03-21", None)]),
]

# Counted days from the last date, and the day before a date that the same sentence gives later.
DAYS_AROUND = [
    ("The soldiers entered the village on 7 December 1982 and, over the next two days, killed 201 people.", THU,
     [("7 December 1982", "1982-12-07", None), ("the next two days", "1982-12-07", "1982-12-08")]),
    ("The offensive began on 4 August 1995. Over the next three weeks 200,000 fled.", THU,
     [("4 August 1995", "1995-08-04", None), ("the next three weeks", "1995-08-04", "1995-08-24")]),
    ("The offensive began on 4 August 1995. The army held the town for the next two days.", THU,  # how long
     [("4 August 1995", "1995-08-04", None)]),
    ("The offensive began on 4 August 1995. The next few days were quiet.", THU, [("4 August 1995", "1995-08-04", None)]),
    ("A patrol left its base the previous evening and reached the village in the early hours of 7 December 1982.",
     THU, [("the previous evening", "1982-12-06", None), ("the early hours of 7 December 1982", "1982-12-07", None)]),
    ("The village was attacked on 7 December 1982. The previous evening, a patrol had left its base.", THU,
     [("7 December 1982", "1982-12-07", None), ("The previous evening", "1982-12-06", None)]),
    ("The village was attacked on 7 December 1982. The night before the attack was quiet.", THU,  # the attack's night
     [("7 December 1982", "1982-12-07", None)]),
    ("The previous evening was quiet.", THU, []),
]


# More ways narration points back at the last date.
POINTING_BACK = [
    ("The buses came on 12 July 1995. On the same date, the men were separated.", THU,
     [("12 July 1995", "1995-07-12", None), ("the same date", "1995-07-12", None)]),
    ("The buses came on 12 July 1995. On that date the men were separated.", THU,
     [("12 July 1995", "1995-07-12", None), ("that date", "1995-07-12", None)]),
    ("The buses came on 12 July 1995. That same evening the killings began.", THU,
     [("12 July 1995", "1995-07-12", None), ("That same evening", "1995-07-12", None)]),
    ("The buses came on 12 July 1995. Three days afterwards the killings began.", THU,
     [("12 July 1995", "1995-07-12", None), ("Three days afterwards", "1995-07-15", None)]),
    ("The buses came on Wednesday 12 July 1995. The following Monday, the graves were dug.", THU,
     [("Wednesday 12 July 1995", "1995-07-12", None), ("The following Monday", "1995-07-17", None)]),
    ("The buses came on Wednesday 12 July 1995. The following Wednesday, the graves were dug.", THU,
     [("Wednesday 12 July 1995", "1995-07-12", None), ("The following Wednesday", "1995-07-19", None)]),
    ("The following Monday the graves were dug.", THU, []),  # no date before it
    ("The buses came on 12 July 1995. Afterwards the men were taken away.", THU, [("12 July 1995", "1995-07-12", None)]),
]
# A month placed by the last date: "the following March", "that June".
MONTHS_POINTING_BACK = [
    ("The deportations began in October 1944. By the following March, 40 per cent had died.", THU,
     [("October 1944", "1944-10", None), ("the following March", "1945-03", None)]),
    ("The siege tightened in 1993. That June, the water ran out.", THU,
     [("1993", "1993", None), ("That June", "1993-06", None)]),
    ("The siege began in April 1993. The previous May had been quiet.", THU,
     [("April 1993", "1993-04", None), ("The previous May", "1992-05", None)]),
    ("The siege tightened in 1993. The committee said that March would be decisive.", THU, [("1993", "1993", None)]),
    ("The following March, the survivors returned.", THU, []),  # no date before it
]
# A day to come said after its date; a weekday counted from publication written with its day; years in brackets.
TO_COME_AND_BRACKETS = [
    ("On 11 July, families will bury nine more victims.", date(2020, 7, 10), [("11 July", "2020-07-11", None)]),
    ("On 11 July, families buried nine more victims.", date(2020, 7, 10), [("11 July", "2019-07-11", None)]),
    ("On 11 July, he said, they would return.", date(2020, 7, 10), [("11 July", "2019-07-11", None)]),
    ("This Saturday, 11 July, families will bury nine more victims.", date(2020, 7, 10),
     [("This Saturday, 11 July", "2020-07-11", None)]),
    ("We recall the Krstić judgments (2001 and 2004).", THU, [("2001", "2001", None), ("2004", "2004", None)]),
    ("We recall the judgments (2001, 2004).", THU, [("2001", "2001", None), ("2004", "2004", None)]),
    ("Resolutions 1244 (1999) and 1674 (2006) apply.", THU, []),
    ("The results (1995 and 2000 votes) were close.", THU, []),
]

# A year before a plural noun after a word no count can follow.
YEARS_BEFORE_NOUNS = [
    ("Since 2011 civilians have fled the province.", THU, [("Since 2011", "2011", None)]),
    ("During 1992 refugees poured into the town.", THU, [("1992", "1992", None)]),
    ("Until 1996 prisoners were held there.", THU, [("1996", "1996", None)]),
    ("In 2000 people were killed.", THU, []),  # "in" may come before a count
    ("The survey counted 1994 households.", THU, []),
    ("They were attacked by 2000 soldiers.", THU, []),
]


@pytest.mark.parametrize("text, published, expected",
                         SEASON_ANAPHORA + RELATIVE_SEASONS + HOLIDAYS + DAY_ALONE + DAY_IN_WORDS + PUBLICATION_DAY
                         + WEEKDAYS + WEEKDAY_YEAR + NUMERIC_ORDER + CUED_YEARS + ONWARD_MONTHS + RANGES_AND_LISTS
                         + DAYS_AROUND + POINTING_BACK + MONTHS_POINTING_BACK + TO_COME_AND_BRACKETS
                         + YEARS_BEFORE_NOUNS)
def test_narration_dates(text, published, expected):
    assert dates(text, published) == expected
