"""Dates as published English writes them: wires, UN and NGO reports, judgments, resolutions,
testimonies, encyclopaedias. Each row is a text and the dates it states, as (evidence, start, end);
rows with an empty list must not be read as dates. Publication: Thursday 26 February 2026, unless
a row gives its own.

Where the contract is silent these rows fix a reading: a season is its months ("late summer" is
August-September); a week is Monday to Sunday; "from Friday to Saturday" is one range; a day
restated by an anaphor ("Nine days later, on 30 March") is one date; numeric dates are day first.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.test_dates import PUB, dates

NUMERIC_AND_ABBREVIATED = [
    ("The report is dated 1992-02-26.", [("1992-02-26", "1992-02-26", None)]),
    ("The attack came on Feb. 26, 1992.", [("Feb. 26, 1992", "1992-02-26", None)]),
    ("It began on 26th February 1992.", [("26th February 1992", "1992-02-26", None)]),
    ("The town fell on the 11th of July 1995.", [("11th of July 1995", "1995-07-11", None)]),
    ("The town fell on July 11th 1995.", [("July 11th 1995", "1995-07-11", None)]),
    ("On 11 July, 1995 the town fell.", [("11 July, 1995", "1995-07-11", None)]),
    ("It was signed on 12/07/1995.", [("12/07/1995", "1995-07-12", None)]),  # day first
    ("He died on 4 Jun. 2015.", [("4 Jun. 2015", "2015-06-04", None)]),
    ("On 7 Sept. 2015 the strike occurred.", [("7 Sept. 2015", "2015-09-07", None)]),
    ("WEDNESDAY, OCTOBER 7, 2015", [("WEDNESDAY, OCTOBER 7, 2015", "2015-10-07", None)]),
    ("The attack happened on Saturday the 3rd of October 2015.",
     [("Saturday the 3rd of October 2015", "2015-10-03", None)]),
    ("It happened Jan-Mar 1993.", [("Jan-Mar 1993", "1993-01", "1993-03")]),
    ("It happened Jan.–Mar. 1993.", [("Jan.–Mar. 1993", "1993-01", "1993-03")]),
    # not dates
    ("The case number is 2005/123.", []),
    ("In 2005/1 the case opened.", []),
    ("The score was 17-12.", []),
    ("The vote was 1992 to 1.", []),
    ("Case No. IT-95-18-I was filed.", []),
    ("It is Jan's turn.", []),
]

YEARS_AND_RANGES = [
    ("UN Security Council Resolution 1244 (1999) established the mission.", []),  # part of the symbol
    ("The Dayton Agreement (1995) ended the war.", [("1995", "1995", None)]),
    ("The war of 1992-95 killed 100,000 people.", [("1992-95", "1992", "1995")]),
    ("It happened in 1992–3.", [("1992–3", "1992", "1993")]),
    ("The winter of 1942-3 was the worst.", [("The winter of 1942-3", "1942-12", "1943-02")]),
    ("The massacres of 1915 killed more than a million Armenians.", [("1915", "1915", None)]),
    ("The earthquake of 1999 killed 17,000 people.", [("1999", "1999", None)]),
    ("The fighting continued into 1996.", [("1996", "1996", None)]),
    ("The fighting continued into July.", [("July", "2025-07", None)]),
    ("Mladić (b. 1942) was convicted.", [("1942", "1942", None)]),
    ("Max Stahl (d. 2021) filmed it.", [("2021", "2021", None)]),
    ("It occurred ca. 1993.", [("1993", "1993", None)]),
    ("Between 1992 and 1995 some 100,000 people died.", [("Between 1992 and 1995", "1992", "1995")]),
    ("The siege lasted December 1994–January 1995.", [("December 1994–January 1995", "1994-12", "1995-01")]),
    ("Between 12 and 15 July 1995 more than 7,000 men were killed.",
     [("Between 12 and 15 July 1995", "1995-07-12", "1995-07-15")]),
    ("The offensive ran May 12–14, 1995.", [("May 12–14, 1995", "1995-05-12", "1995-05-14")]),
    ("The attacks took place on 3 and 4 May 1995.", [("3 and 4 May 1995", "1995-05-03", "1995-05-04")]),
    ("The genocide of 7 April – 15 July 1994 killed 800,000.",
     [("7 April – 15 July 1994", "1994-04-07", "1994-07-15")]),
    ("In the 1990s the region suffered.", [("1990s", "1990", "1999")]),
    ("In mid-1992 it began.", [("mid-1992", "1992", None)]),
    ("In early March 1993 the shelling began.", [("early March 1993", "1993-03", None)]),
    ("By late 1995 the war was over.", [("late 1995", "1995", None)]),
    ("On 21 March 1960 police fired on the crowd.", [("21 March 1960", "1960-03-21", None)]),
    ("In May 2000 people fled the city.", [("May 2000", "2000-05", None)]),
    # counts, ages and durations, not dates
    ("On 5 May 1500 soldiers marched.", [("5 May", "2025-05-05", None)]),
    ("Between 1,800 and 2,000 people died.", []),
    ("Some 1,992 people died.", []),
    ("A total of 2000 killed were counted.", []),
    ("The siege lasted for 44 days.", []),
    ("The victims (aged 15 to 60) were killed.", []),
    ("He was sentenced to 1995 days.", []),
    ("The court sat in room 1995.", []),
    ("Law No. 1995 was passed.", []),
    ("The 20th century saw two world wars.", []),  # a century is no date: no gold counts one
]

SEASONS = [
    ("During the spring of 1980 students across the country demonstrated.",
     [("the spring of 1980", "1980-03", "1980-05")]),  # a year after a season, even before a count noun
    ("In the late summer of 1943 they burned the bodies.", [("the late summer of 1943", "1943-08", "1943-09")]),
    ("In the early spring of 1992 the war began.", [("the early spring of 1992", "1992-03", "1992-04")]),
    ("In mid-summer 1992 the war began.", [("mid-summer 1992", "1992-07", None)]),
    ("At the end of the summer of 1992 they fled.", [("the end of the summer of 1992", "1992-08", "1992-09")]),
    ("During the winter of 1992–93 the city starved.", [("the winter of 1992–93", "1992-12", "1993-02")]),
    ("It happened in the summer and autumn of 1944.", [("the summer and autumn of 1944", "1944-06", "1944-11")]),
    ("In the winter and spring of 1943 they starved.", [("the winter and spring of 1943", "1942-12", "1943-05")]),
    ("It happened in spring–summer 1992.", [("spring–summer 1992", "1992-03", "1992-08")]),
    ("The siege lasted from the spring of 1992 until 1995.",
     [("from the spring of 1992 until 1995", "1992-03", "1995")]),
    ("The siege lasted from 1992 until the spring of 1995.",
     [("from 1992 until the spring of 1995", "1992", "1995-05")]),
    ("The spring offensive of the army failed.", []),
]

ANAPHORA = [
    ("On 3 May 1995 they returned. The following week, troops withdrew.",
     [("3 May 1995", "1995-05-03", None), ("The following week", "1995-05-08", "1995-05-14")]),
    ("On 3 May 1995 they returned. That same week, troops withdrew.",
     [("3 May 1995", "1995-05-03", None), ("That same week", "1995-05-01", "1995-05-07")]),
    ("On 3 May 1995 they returned. A day earlier, troops withdrew.",
     [("3 May 1995", "1995-05-03", None), ("A day earlier", "1995-05-02", None)]),
    ("On 21 March 1960 police fired. Nine days later, on 30 March, the government declared an emergency.",
     [("21 March 1960", "1960-03-21", None), ("30 March", "1960-03-30", None)]),  # one day, said once
    ("Three days later, on 6 October 2015, the general testified.", [("6 October 2015", "2015-10-06", None)]),
    ("A student was killed a fortnight earlier, on 28 October 1991.", [("28 October 1991", "1991-10-28", None)]),
    # the same part of the day again is no new date; another part of it is
    ("On the evening of 21 September, he spoke. By that evening, 320 bodies had been exhumed.",
     [("the evening of 21 September", "2025-09-21", None)]),
    ("In the early hours of 10 June 1942 the men were shot; 173 died there that morning.",
     [("the early hours of 10 June 1942", "1942-06-10", None)]),
    ("On the afternoon of 13 April 1919 troops fired. That night the city was silent.",
     [("the afternoon of 13 April 1919", "1919-04-13", None), ("That night", "1919-04-13", None)]),
    # durations and open ends, not dates
    ("On 3 May 1995 they returned. The week before the vote, troops withdrew.", [("3 May 1995", "1995-05-03", None)]),
    ("On 3 May 1995 they returned. Over the following week, troops withdrew.", [("3 May 1995", "1995-05-03", None)]),
    ("On 3 May 1995 they returned. Two decades later, nobody was charged.",
     [("3 May 1995", "1995-05-03", None), ("Two decades later", "2015", None)]),
]

NAMES = [
    ("It is officially the May 18 Democratization Movement.", []),
    ("Parliament passed the Special Act on the May 18 Democratization Movement.", []),
    ("On 17 May the military extended martial law.", [("17 May", "2025-05-17", None)]),
    ("The march began on the 9 May anniversary.", [("9 May", "2025-05-09", None)]),
]

FROM_PUBLICATION = [
    # "from Friday to Saturday" is one span of days
    ("The attack, overnight from Friday to Saturday, killed 22 people.", date(2015, 10, 7),
     [("overnight from Friday to Saturday", "2015-10-02", "2015-10-03")]),
    ("Talks will run from Monday to Wednesday.", date(2024, 3, 21),
     [("from Monday to Wednesday", "2024-03-25", "2024-03-27")]),
    ("Talks ran between Saturday and Monday.", date(2024, 3, 21),
     [("between Saturday and Monday", "2024-03-16", "2024-03-18")]),
    ("The museum is open Monday to Saturday.", date(2024, 3, 21), []),
    # a weekday that opens its sentence takes the tense of the main clause, past its commas
    ("On Monday, eighty years to the day, the ruins, kept as they were, will host the commemoration.",
     date(2024, 6, 8), [("Monday", "2024-06-10", None)]),
    ("On Monday, the minister said talks will resume.", date(2024, 6, 8), [("Monday", "2024-06-03", None)]),
    ("On Monday, troops shelled the town.", date(2024, 6, 8), [("Monday", "2024-06-03", None)]),
    # "N years ago last week": that week N years back, when a stated date falls in it; else the year
    ("Eighty years ago last week, units shot the Jews of Kyiv. The shooting went on for two days, 29 and 30 September 1941.",
     date(2021, 10, 8), [("Eighty years ago last week", "1941-09-27", "1941-10-03"),
                         ("29 and 30 September 1941", "1941-09-29", "1941-09-30")]),
    ("Fifty years ago this week, soldiers opened fire. They killed 13 people on 30 January 1972.", date(2022, 2, 3),
     [("Fifty years ago this week", "1972", None), ("30 January 1972", "1972-01-30", None)]),
    ("Thirty years ago this month, the town fell. Its men were shot from 11 July 1995.", date(2025, 7, 20),
     [("Thirty years ago this month", "1995-07", None), ("from 11 July 1995", "1995-07-11", None)]),
    ("Thirty years ago this month, on 11 July 1995, the town fell.", date(2025, 7, 20),  # the date says it all
     [("Thirty years ago this month, on 11 July 1995", "1995-07-11", None)]),
    ("It happened a fortnight ago.", PUB, [("a fortnight ago", "2026-02-12", None)]),
    ("It happened the day before yesterday.", PUB, [("the day before yesterday", "2026-02-24", None)]),
    ("The talks resume the day after tomorrow.", PUB, [("the day after tomorrow", "2026-02-28", None)]),
    ("It happened a few days ago.", PUB, []),  # vague
    ("It happened several years ago.", PUB, []),
]


@pytest.mark.parametrize("text, expected", NUMERIC_AND_ABBREVIATED + YEARS_AND_RANGES + SEASONS + ANAPHORA + NAMES)
def test_forms(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize("text, published, expected", FROM_PUBLICATION)
def test_forms_from_publication(text, published, expected):
    assert dates(text, published) == expected
