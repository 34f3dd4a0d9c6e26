"""Dates: each row is a text and the dates it states, as (evidence, start, end).

Rows with an empty list are things that must not be read as dates. The
publication date is Thursday 26 February 2026 unless a row says otherwise.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from testimonia.extract.dates import find_dates
from testimonia.extract.doc import Doc

PUB = date(2026, 2, 26)  # a Thursday
from tests.conftest import SEED, SEED_GOLD, needs_seed


def dates(text: str, published: date | None = PUB) -> list[tuple[str, str, str | None]]:
    doc = Doc(text, published)
    claims = find_dates(doc)
    for claim in claims:
        assert claim.rule.startswith("en.dates.")
        assert claim.precision in ("day", "month", "year")
    return [(doc.text[c.span.start : c.span.end], c.start, c.end) for c in claims]


CALENDAR = [
    ("date 2026-02-26 The statement.", [("2026-02-26", "2026-02-26", None)]),
    ("Updated 2024-03-15T10:00:00Z.", [("2024-03-15", "2024-03-15", None)]),
    ("On 26 February 2026, officials met.", [("26 February 2026", "2026-02-26", None)]),
    ("It happened on February 26, 2026 in Baku.", [("February 26, 2026", "2026-02-26", None)]),
    ("It happened on Feb. 26, 2026 in Baku.", [("Feb. 26, 2026", "2026-02-26", None)]),
    ("On Sept. 19 2023 the operation began.", [("Sept. 19 2023", "2023-09-19", None)]),
    ("The 26th of February 2026 was cold.", [("26th of February 2026", "2026-02-26", None)]),
    ("On January 20th, 2025 the president spoke.", [("January 20th, 2025", "2025-01-20", None)]),
    ("DATELINE 26 FEB 2026", [("26 FEB 2026", "2026-02-26", None)]),
    ("She was born on 14/07/1989 in Baku.", [("14/07/1989", "1989-07-14", None)]),
    ("Signed 26.02.2026.", [("26.02.2026", "2026-02-26", None)]),
    ("Published in February 2026.", [("February 2026", "2026-02", None)]),
    ("He was born in July 1995.", [("July 1995", "1995-07", None)]),
    ("Thursday, 26 February 2026 - Baku.", [("Thursday, 26 February 2026", "2026-02-26", None)]),
    ("The bodies were buried on Monday, on April 4, 2022 in Bucha.", [("Monday, on April 4, 2022", "2022-04-04", None)]),
    ("The ministry said on Monday (23 February 2026) that troops left.",
     [("Monday (23 February 2026)", "2026-02-23", None)]),
    ("On 31 February 2026 nothing happened.", [("February 2026", "2026-02", None)]),  # no such day: the month stands
]

YEARS = [
    ("The war began in 1994.", [("1994", "1994", None)]),
    ("The Siege of Khojaly since 1991, transport cut-off.", [("since 1991", "1991", None)]),
    ("Since 24 February 2022, Russia has attacked.", [("Since 24 February 2022", "2022-02-24", None)]),
    ("In 1992, 1993 and 1994 the war raged.", [("1992", "1992", None), ("1993", "1993", None), ("1994", "1994", None)]),
    ("In early 1994 the ceasefire held.", [("early 1994", "1994", None)]),
    ("In mid-1992 it began.", [("mid-1992", "1992", None)]),
    ("By the end of 2025 the programme ends.", [("the end of 2025", "2025", None)]),
    ("The summer of 1992 was hot.", [("The summer of 1992", "1992-06", "1992-08")]),
    ("The 1992 Khojaly massacre was commemorated.", [("1992", "1992", None)]),
    ("The Geneva Conventions (1949) apply.", [("1949", "1949", None)]),
    ("In the 1990s the region suffered.", [("1990s", "1990", "1999")]),
    ("It began in the early 1990s.", [("the early 1990s", "1990", "1999")]),
    # not years: counts, codes, ordinals, durations
    ("1275 people, including 1,275 hostages, were taken.", []),
    ("In 2000 people were killed.", []),
    ("A total of 2000 were displaced.", []),
    ("The death toll rose from 1900 to 2000 people.", []),
    ("The 2000 soldiers were deployed.", []),
    ("UN Security Council Resolution 822 was adopted, and resolution 884 (1993) too.", []),
    ("Flight MH-2014 crashed.", []),
    ("On the 34th anniversary of the massacre, during the 44-day war of the past century.", []),
    ("The meeting was at 10:30 and cost $2000.", []),
    ("It was 1994, a dark year.", []),
    ("Photo: Khojaly, 1992.", [("1992", "1992", None)]),
    # a year before a singular noun after "a" or a possessive; a count takes a plural
    ("In a 1993 report, Human Rights Watch found the same.", [("1993", "1993", None)]),
    ("Its 2009 editorial put the dead at 5,000.", [("2009", "2009", None)]),
    ("Its 2000 employees were evacuated.", []),
    ("A 2000-strong force entered the town.", []),
    ("The victims of Aghdam, 2000 were displaced, and 1994; 1995.", []),
]

RANGES = [
    ("The attacks of 25–26 February 1992 killed many.", [("25–26 February 1992", "1992-02-25", "1992-02-26")]),
    ("unprecedented atrocities on the night of 25-26 February 1992, committed",
     [("the night of 25-26 February 1992", "1992-02-25", "1992-02-26")]),
    ("the counter-terrorism measures of 19-20 September 2023, the liberation",
     [("19-20 September 2023", "2023-09-19", "2023-09-20")]),
    ("On February 25-26, 1992, troops attacked.", [("February 25-26, 1992", "1992-02-25", "1992-02-26")]),
    ("On the night of February 25 to 26, 1992 the town fell.",
     [("the night of February 25 to 26, 1992", "1992-02-25", "1992-02-26")]),
    ("From 25 February - 2 March 1992 the offensive continued.",
     [("From 25 February - 2 March 1992", "1992-02-25", "1992-03-02")]),
    ("From 30 December 1991 to 2 January 1992 fighting raged.",
     [("From 30 December 1991 to 2 January 1992", "1991-12-30", "1992-01-02")]),
    ("fighting raged from 30 December to 2 January 1992", [("from 30 December to 2 January 1992", "1991-12-30", "1992-01-02")]),
    ("The offensive lasted from July to September 1995.", [("from July to September 1995", "1995-07", "1995-09")]),
    ("From December 1991 to January 1992 fighting raged.", [("From December 1991 to January 1992", "1991-12", "1992-01")]),
    ("From 1991 to 1994 the war raged.", [("From 1991 to 1994", "1991", "1994")]),
    ("A famine between 1932 and 1933 killed millions.", [("between 1932 and 1933", "1932", "1933")]),
    ("The 1975-1979 regime.", [("1975-1979", "1975", "1979")]),
    ("The Holodomor of 1932–33 was a genocide.", [("1932–33", "1932", "1933")]),
    ("Between 3 and 5 May 1995 the shelling continued.", [("Between 3 and 5 May 1995", "1995-05-03", "1995-05-05")]),
    ("On 19 and 20 September 2023 the operation ran.", [("19 and 20 September 2023", "2023-09-19", "2023-09-20")]),
    # neighbouring months or years joined by "and" are one span, as neighbouring days are ("3 and 4 May")
    ("In July and August 1995 the town was besieged.", [("July and August 1995", "1995-07", "1995-08")]),
    ("In April and May 1940 the prisoners were shot.", [("April and May 1940", "1940-04", "1940-05")]),
    ("In 1915 and 1916 the deportations continued.", [("1915 and 1916", "1915", "1916")]),
    ("The commission met on 3, 4 and 5 June 2019.", [("3, 4 and 5 June 2019", "2019-06-03", "2019-06-05")]),
    # a list, not a range: each part is its own date
    ("On 3 and 5 May 1995 the town was shelled.", [("3", "1995-05-03", None), ("5 May 1995", "1995-05-05", None)]),
    ("In July and September 1995 the town was shelled.", [("July", "1995-07", None), ("September 1995", "1995-09", None)]),
    ("The war raged in 1992 and 1994.", [("1992", "1992", None), ("1994", "1994", None)]),
    # months counted within a year
    ("Deaths peaked in the first seven months of 1933.", [("the first seven months of 1933", "1933-01", "1933-07")]),
    ("The camp closed in the last three months of 1945.", [("the last three months of 1945", "1945-10", "1945-12")]),
]

INFERRED = [
    # the seed's form: one date, the year from "34 years ago" and the publication date
    ("date 2026-02-26 34 years ago, on the night of 25–26 February, Khojaly genocide was committed.",
     [("2026-02-26", "2026-02-26", None), ("34 years ago, on the night of 25–26 February", "1992-02-25", "1992-02-26")]),
    ("On 25 February, 34 years ago, troops attacked.", [("25 February, 34 years ago", "1992-02-25", None)]),
    ("30 years ago, in July, the town fell.", [("30 years ago, in July", "1996-07", None)]),
    ("34 years ago, on 26 February 1992, troops attacked.", [("34 years ago, on 26 February 1992", "1992-02-26", None)]),
    ("34 years ago the town fell.", [("34 years ago", "1992", None)]),
    # a long "ago" that the date spells out: one claim, on the date's own span
    ("34 years ago, on a cold winter night of 25th to 26th February 1992, the town fell.",
     [("25th to 26th February 1992", "1992-02-25", "1992-02-26")]),
    ("34 years ago, Armenian forces attacked Khojaly on 26 February.", [("26 February", "1992-02-26", None)]),
    ("Thirty years ago the war began, and on 26 February 2026 talks opened.",
     [("Thirty years ago", "1996", None), ("26 February 2026", "2026-02-26", None)]),
    ("Tomorrow, July 11, the world will mark the anniversary.", [("Tomorrow, July 11", "2026-07-11", None)]),
    ("Mourners return each July 11, and every May.", []),
    ("Every year on 24 April, crowds walk to the memorial.", []),
    ("Mourners gather on 11 July each year.", []),
    ("Ten years ago today, on 16 August 2012, police opened fire.",
     [("Ten years ago today, on 16 August 2012", "2012-08-16", None)]),
    ("25 years ago on this day, the town fell.", [("25 years ago on this day", "2001-02-26", None)]),
    # a month the text has given a year before keeps it, unless the sentence names another
    ("The town fell in July 1995. A court sat in 2001. On 11 July, mourners gathered.",
     [("July 1995", "1995-07", None), ("2001", "2001", None), ("11 July", "1995-07-11", None)]),
    ("The town fell in July 1995. In 2001, on 11 July, a court convened.",
     [("July 1995", "1995-07", None), ("2001", "2001", None), ("11 July", "2001-07-11", None)]),
    ("The trial opened on 16 May 2022 and ended on 1 July.", [("16 May 2022", "2022-05-16", None), ("1 July", "2022-07-01", None)]),
    # dates that point at the date before them
    ("He was sentenced in January 2010 and hanged later that month.",
     [("January 2010", "2010-01", None), ("later that month", "2010-01", None)]),
    ("On 26 November 2010 the Duma spoke. Earlier that year, a plane crashed.",
     [("26 November 2010", "2010-11-26", None), ("Earlier that year", "2010", None)]),
    ("The minister spoke on 11 September 2017. A year later the mission called for prosecutions.",
     [("11 September 2017", "2017-09-11", None), ("A year later", "2018", None)]),
    ("Troops arrived on 20 February 1988. The following day they withdrew.",
     [("20 February 1988", "1988-02-20", None), ("The following day", "1988-02-21", None)]),
    ("A year earlier, on 10 July 2011, the commission reported.",  # the date beside it says which year
     [("A year earlier", "2011", None), ("10 July 2011", "2011-07-10", None)]),
    ("Ten years later, no police officer has been convicted.", []),  # after publication: "now", not a date
    ("On that day, 8,000 men were killed.", []),  # no date before it to point at
    ("In July 1995 the town fell. Last year, the UN acted on May 23.", [("July 1995", "1995-07", None),
     ("Last year", "2025", None), ("May 23", "2025-05-23", None)]),
    ("It was 30 years ago today that the siege ended.", [("30 years ago today", "1996-02-26", None)]),
    ("Two days ago, troops entered. Three months ago they left.",
     [("Two days ago", "2026-02-24", None), ("Three months ago", "2025-11", None)]),
    ("A decade ago, the war ended. Thirty-four years ago it began.",
     [("A decade ago", "2016", None), ("Thirty-four years ago", "1992", None)]),
    ("On 12 July, mourners gathered.", [("12 July", "2025-07-12", None)]),  # after publication: the year before
    ("On 12 February, mourners gathered.", [("12 February", "2026-02-12", None)]),
    ("In 1995 the town fell. On 12 July, mourners gathered.", [("1995", "1995", None), ("12 July", "1995-07-12", None)]),
    ("On 26 February this year, talks began.", [("26 February this year", "2026-02-26", None)]),
    ("In March last year, troops left.", [("March last year", "2025-03", None)]),
    ("Last year, on 5 May, they met.", [("Last year, on 5 May", "2025-05-05", None)]),
    ("Talks will resume on 12 January.", [("12 January", "2027-01-12", None)]),  # a date to come
    ("Troops would deploy by March.", [("March", "2026-03", None)]),
    ("They met on the 26th of February.", [("26th of February", "2026-02-26", None)]),
    ("By the end of February it was over.", [("the end of February", "2026-02", None)]),
    ("We may meet in May.", [("May", "2025-05", None)]),
]

RELATIVE = [
    ("Last year the court ruled. This year it appealed. Next year it ends.",
     [("Last year", "2025", None), ("This year", "2026", None), ("Next year", "2027", None)]),
    ("Last month the UN reported.", [("Last month", "2026-01", None)]),
    ("This week the council met. Last week it adjourned.",
     [("This week", "2026-02-23", "2026-03-01"), ("Last week", "2026-02-16", "2026-02-22")]),
    ("The minister said yesterday that talks would continue.", [("yesterday", "2026-02-25", None)]),
    ("Yesterday the town was shelled, and again last night.", [("Yesterday", "2026-02-25", None), ("last night", "2026-02-25", None)]),
    ("The ministry announced today that it would investigate.", [("today", "2026-02-26", None)]),
    ("The ministry said on Friday that talks would resume.", [("Friday", "2026-02-20", None)]),
    ("He will visit on Monday. The talks ended on Tuesday.", [("Monday", "2026-03-02", None), ("Tuesday", "2026-02-24", None)]),
    ("Last Friday the army withdrew. Next Monday they return.",
     [("Last Friday", "2026-02-20", None), ("Next Monday", "2026-03-02", None)]),
    ("Last July the flood hit. Next March elections will be held.", [("Last July", "2025-07", None), ("Next March", "2026-03", None)]),
    ("Kwibuka begins in Kigali on Sunday.", [("Sunday", "2026-03-01", None)]),  # present tense of a scheduled event
    ("Thirty years ago on Friday, aircraft attacked the town.", [("Thirty years ago on Friday", "1996-02-27", None)]),
    ("The memorial opens on the last Friday of May.", [("the last Friday of May", "2026-05-29", None)]),
    # news and reports, in their own words
    ("The town fell on the night of 11 to 12 July 1995.", [("the night of 11 to 12 July 1995", "1995-07-11", "1995-07-12")]),
    ("The attack took place in early March 1988.", [("early March 1988", "1988-03", None)]),
    ("Fighting intensified in the mid-1990s.", [("the mid-1990s", "1990", "1999")]),
    ("Throughout the summer of 1995 the enclave was shelled.", [("the summer of 1995", "1995-06", "1995-08")]),
    ("The genocide took place between April and July 1994.", [("between April and July 1994", "1994-04", "1994-07")]),
    ("In late 2017, the army launched clearance operations.", [("late 2017", "2017", None)]),
    ("The camp operated from 1942 until 1945.", [("from 1942 until 1945", "1942", "1945")]),
    ("By mid-2015, more than 3,000 had been rescued.", [("mid-2015", "2015", None)]),
    ("Earlier this month, the UN said it had documented 37 cases.", [("this month", "2026-02", None)]),
    ("The siege lasted from April 1992 to February 1996.", [("from April 1992 to February 1996", "1992-04", "1996-02")]),
    ("Late on 24 February 2022, missiles struck the capital.", [("24 February 2022", "2022-02-24", None)]),
    # rhetoric and durations, not dates
    ("Like in other liberated territories, today life returns to Khojaly.", []),
    ("Currently, significant progress has been made.", []),
    ("Over the last year, the situation worsened.", []),
    ("May Allah rest their souls in peace!", []),
    ("The Bloody Sunday inquiry. The Good Friday Agreement. Every Friday they protest. On Fridays too.", []),
    ("The Sunday Times reported it.", []),
]


# A range whose ends are written apart: a weekday, a part of the day, the end borrowing the start's year.
RANGES_ACROSS_WORDS = [
    ("Shelling went on from Monday 3 May 1993 until the evening of Wednesday 5 May.",
     [("from Monday 3 May 1993 until the evening of Wednesday 5 May", "1993-05-03", "1993-05-05")]),
    ("The raid lasted from dusk on Friday 9 July 1999 until the morning of Sunday 11 July.",
     [("Friday 9 July 1999 until the morning of Sunday 11 July", "1999-07-09", "1999-07-11")]),
    ("Curfew ran from 28 December 1994 to 3 January.", [("from 28 December 1994 to 3 January", "1994-12-28", "1995-01-03")]),
    ("The convoy was held from 14 March 2001 until 20 March.", [("from 14 March 2001 until 20 March", "2001-03-14", "2001-03-20")]),
    ("Arrests began on Tuesday 2 June 1998 and the trial opened on 9 June.",  # "and" between clauses: two dates
     [("Tuesday 2 June 1998", "1998-06-02", None), ("9 June", "1998-06-09", None)]),
    ("The siege began on 4 April 1992. On 20 April, the bridge fell.",
     [("4 April 1992", "1992-04-04", None), ("20 April", "1992-04-20", None)]),
]

# A bare day and month in a text that dates things from its publication, as news does.
NEWS_YEAR = [
    ("Officials said last week that 90 had died. The gas attack on Halabja in 1988 was the last.\n\n"
     "A report released on Aug. 30 said the toll was higher.", date(2013, 9, 17),
     [("last week", "2013-09-09", "2013-09-15"), ("1988", "1988", None), ("Aug. 30", "2013-08-30", None)]),
    ("On Aug. 21 rockets hit the suburbs. The last such attack was in 1988. On Aug. 24 the charity spoke.",
     date(2013, 9, 17), [("Aug. 21", "2013-08-21", None), ("1988", "1988", None), ("Aug. 24", "2013-08-24", None)]),
    ("The minister resigned on Monday. He had served since 2004.\n\nOn Sept. 5, he met the envoy.", date(2013, 9, 17),
     [("Monday", "2013-09-16", None), ("since 2004", "2004", None), ("Sept. 5", "2013-09-05", None)]),
    ("Troops entered on Jan. 3, and on Feb. 11 they withdrew.", date(2014, 3, 1),
     [("Jan. 3", "2014-01-03", None), ("Feb. 11", "2014-02-11", None)]),
    # not news: a bare day keeps the year of the paragraph before
    ("The town fell in 1995.\n\nOn 12 July, mourners gathered.", date(2016, 7, 20),
     [("1995", "1995", None), ("12 July", "1995-07-12", None)]),
    # news, but the paragraph itself names the year
    ("The ministry said on Monday that it would appeal. In 1988, on Aug. 30, the army moved in.", date(2013, 9, 17),
     [("Monday", "2013-09-16", None), ("1988", "1988", None), ("Aug. 30", "1988-08-30", None)]),
    # a list item is a sentence of its own: "in 2017" does not reach the next line
    ("He died on 4 June 1989.\n- The cable was released in 2017.\n- Her son was shot on the night of 3 June.",
     date(2019, 6, 3), [("4 June 1989", "1989-06-04", None), ("2017", "2017", None),
                        ("the night of 3 June", "1989-06-03", None)]),
]

SEASONS = [
    ("Thousands of prisoners were shot in the spring of 1940.", [("the spring of 1940", "1940-03", "1940-05")]),
    ("Deportations peaked in summer 1944.", [("summer 1944", "1944-06", "1944-08")]),
    ("The front collapsed in the autumn of 1918.", [("the autumn of 1918", "1918-09", "1918-11")]),
    ("In the fall of 1975 the city emptied.", [("the fall of 1975", "1975-09", "1975-11")]),
    ("Many starved during the winter of 1941.", [("the winter of 1941", "1941-12", "1942-02")]),
    ("By late summer 1995 the enclave had fallen.", [("late summer 1995", "1995-08", "1995-09")]),  # late summer: August-September
    ("The spring offensive failed.", []),
    ("Winter 1500 soldiers", []),  # a count, not a year
    ("They fled in the summer heat of 2014.", [("2014", "2014", None)]),  # not a season of the year
]

TODAY = [
    ("Today, as every year, people will lay flowers at the memorial.", [("Today", "2026-02-26", None)]),
    ("Today we mark the anniversary of the massacre.", [("Today", "2026-02-26", None)]),
    ("Today, we commemorate the victims.", [("Today", "2026-02-26", None)]),
    ("Today relatives gather at the cemetery.", [("Today", "2026-02-26", None)]),
    ("The ministry said today that it would investigate.", [("today", "2026-02-26", None)]),
    ("Today the memory of the famine is part of the nation's identity.", []),  # rhetoric: nothing happens today
    ("The town, today's Istanbul, was the capital.", []),
    ("Like other towns, today life returns to the valley.", []),
]

# Parts of a day, and "the day after", pointing at the last date; lengths of time are not dates.
PARTS_OF_DAY = [
    ("Troops entered the city on 9 April 1989. That night the curfew began.",
     [("9 April 1989", "1989-04-09", None), ("That night", "1989-04-09", None)]),
    ("On the night of 19 to 20 January 1990 the army moved in. An emergency was declared that evening.",
     [("the night of 19 to 20 January 1990", "1990-01-19", "1990-01-20"), ("that evening", "1990-01-19", None)]),
    ("The verdict came on 15 June 2010. That afternoon the prime minister apologised.",
     [("15 June 2010", "2010-06-15", None), ("That afternoon", "2010-06-15", None)]),
    ("Gunmen seized the prison on 12-13 May 2005. By the next morning a crowd had gathered.",
     [("12-13 May 2005", "2005-05-12", "2005-05-13"), ("the next morning", "2005-05-13", None)]),
    ("The camp was shelled on 3 March 1993. The following morning aid arrived.",
     [("3 March 1993", "1993-03-03", None), ("The following morning", "1993-03-04", None)]),
    ("Police fired on 21 March 1960. The day after, a state of emergency was declared.",
     [("21 March 1960", "1960-03-21", None), ("The day after", "1960-03-22", None)]),
    # "the day after the shooting" dates the shooting; a length of time is no date
    ("On 13 April 2019, a century to the day after the shooting, crowds came.", [("13 April 2019", "2019-04-13", None)]),
    ("The vote was on 3 May 2001. The year before the war ended.", [("3 May 2001", "2001-05-03", None)]),
    ("Trials began in September 2005, and dozens were convicted over the following year.",
     [("September 2005", "2005-09", None)]),
    ("The report, filed on 2 February 1972, came less than three months later, on 19 April 1972.",
     [("2 February 1972", "1972-02-02", None), ("19 April 1972", "1972-04-19", None)]),
    ("They met on 4 May 1990, and within the next year the talks collapsed.", [("4 May 1990", "1990-05-04", None)]),
    ("That night nobody slept.", []),  # no date before it to point at
]

# Days named as days of remembrance recur: no year, no date.
RECURRING_DAYS = [
    ("In 1966 the Assembly proclaimed 21 March the International Day against racism.", [("1966", "1966", None)]),
    ("A law of 2007 established 13 April as the Day of Remembrance of the victims.", [("2007", "2007", None)]),
    ("Since 2014, 13 December has been the national memorial day.", [("Since 2014", "2014", None)]),
    ("Parliament declared 9 May a national day of mourning in 1995.", [("1995", "1995", None)]),
    ("Each 20 January, the city falls silent.", []),
    ("Every year on 13 April, candles are lit.", []),
    ("On 13 April 1940 the deportations began; 13 April is now a memorial day.",
     [("13 April 1940", "1940-04-13", None)]),
    ("On 21 March 1960, the day the police fired, the crowd was unarmed.", [("21 March 1960", "1960-03-21", None)]),
    ("The attack of 13 April, the day after the vote, killed many.", [("13 April", "2025-04-13", None)]),
]

WEEKDAYS = [
    ("The siege began on Wednesday, 1 September 2004. It ended on the Friday, when troops stormed the school.",
     date(2017, 4, 13), [("Wednesday, 1 September 2004", "2004-09-01", None), ("the Friday", "2004-09-03", None)]),
    ("Fighting broke out on 7 June 1994 and ended on the Sunday.", date(2017, 4, 13),
     [("7 June 1994", "1994-06-07", None), ("the Sunday", "1994-06-12", None)]),
    ("The museum is open Monday to Saturday, 09:00 to 16:00.", date(2024, 3, 18), []),
    ("Offices open Tuesday - Friday.", date(2024, 3, 18), []),
    ("The talks ran from Monday to Wednesday.", date(2024, 3, 21),
     [("from Monday to Wednesday", "2024-03-18", "2024-03-20")]),  # one span of days, as set C writes it
    ("In Derry one Sunday still outweighs the rest.", date(2022, 2, 3), []),
    ("It was a Sunday like any other.", date(2022, 2, 3), []),
    ("The Sunday Times said the Friday prayers were cancelled.", date(2022, 2, 3), []),
    ("Last Sunday thousands marched.", date(2022, 2, 3), [("Last Sunday", "2022-01-30", None)]),
]

AGO_SAME_TIME = [
    ("Thirty years ago tonight the tanks came.", date(2019, 6, 3), [("Thirty years ago tonight", "1989-06-03", None)]),
    ("Fifty years ago this week, soldiers opened fire.", date(2022, 2, 3), [("Fifty years ago this week", "1972", None)]),
    ("Twenty years ago this month the town fell.", date(2015, 7, 11), [("Twenty years ago this month", "1995", None)]),
    ("Ten years ago today, the shooting began.", date(2022, 8, 16), [("Ten years ago today", "2012-08-16", None)]),
    ("This week the council met.", date(2022, 2, 3), [("This week", "2022-01-31", "2022-02-06")]),
    ("Ten years ago this weekend the town fell.", date(2022, 2, 3), [("Ten years ago", "2012", None)]),
]

# heldout_e: ways English writes a date that the first sets did not show.
WRITTEN_FORMS = [
    # a timeline's "25 May (Friday)" is one date; the weekday in brackets is no second one (506)
    ("Houla, 25 May 2012.\n25 May (Friday). Shelling began.\n26 May (Saturday). Observers came; that day they "
     "counted the dead.", [("25 May 2012", "2012-05-25", None), ("25 May (Friday)", "2012-05-25", None),
                           ("26 May (Saturday)", "2012-05-26", None), ("that day", "2012-05-26", None)]),
    ("On Friday (26 February) they met.", [("Friday (26 February)", "2026-02-26", None)]),
    ("The vote came on 3 May. (Friday was a holiday.)", [("3 May", "2025-05-03", None), ("Friday", "2026-02-20", None)]),
    # "since the 1990s" keeps its decade, as two of the three tuning golds that write one do (H, L; E opens it)
    ("Relatives had campaigned since the 1990s for an inquiry.", [("since the 1990s", "1990", "1999")]),
    ("In the 1990s the camps closed.", [("1990s", "1990", "1999")]),
    ("The case dates from the 1980s.", [("from the 1980s", "1980", "1989")]),
    # "today" closing a verb's clause is the publication date (505); "of today" is the present
    # ... and "sixty years after" in that present clause dates the shooting (set E's convention)
    ("South Africans mark Human Rights Day today, sixty years after the shooting.",
     [("today", "2026-02-26", None), ("sixty years after", "1966", None)]),
    ("The scars are visible in the town of today.", []),
    ("The case remains unsolved until today.", []),
    # "that morning" never points at the present "Today" (504)
    ("Today the garden is a memorial.\n\nA ban on meetings was proclaimed that morning.", []),
]

NAMED_YEARS = [
    ("Both inquiries sat under the Tribunals of Inquiry (Evidence) Act 1921.", [("1921", "1921", None)]),
    ("The Unlawful Organizations Act 1960 banned the parties.", [("1960", "1960", None)]),
    ("The Act 2000 people signed was repealed.", []),
]


@pytest.mark.parametrize("text, expected", CALENDAR + YEARS + RANGES + INFERRED + RELATIVE)
def test_dates(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize("text, expected",
                         RANGES_ACROSS_WORDS + SEASONS + TODAY + PARTS_OF_DAY + RECURRING_DAYS + NAMED_YEARS
                         + WRITTEN_FORMS)
def test_dates_across_words(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize("text, published, expected", NEWS_YEAR + WEEKDAYS + AGO_SAME_TIME)
def test_dates_from_context(text, published, expected):
    assert dates(text, published) == expected


@pytest.mark.parametrize(
    "text, evidence, precision, inferred",
    [
        ("On 26 February 2026, officials met.", "26 February 2026", "day", None),
        ("Published in February 2026.", "February 2026", "month", None),
        ("The siege since 1991.", "since 1991", "year", None),
        ("34 years ago, on the night of 25–26 February", "34 years ago, on the night of 25–26 February", "day",
         "year from '34 years ago' and the publication date"),
        ("In 1995 the town fell. On 12 July, mourners gathered.", "12 July", "day", "year from '1995' earlier in the text"),
        ("On 12 July, mourners gathered.", "12 July", "day", "year from the publication date"),
        ("The minister said yesterday.", "yesterday", "day", "date from 'yesterday' and the publication date"),
        ("From July to September 1995.", "From July to September 1995", "month", None),
        ("In the 1990s.", "1990s", "year", None),
        ("In the spring of 1940.", "the spring of 1940", "month", None),
        ("On 9 April 1989 troops came. That night the curfew began.", "That night", "day",
         "date from 'That night' and the date before it"),
        ("Today we mark the anniversary.", "Today", "day", "date from 'Today' and the publication date"),
    ],
)
def test_precision_and_inference(text, evidence, precision, inferred):
    doc = Doc(text, PUB)
    (claim,) = [c for c in find_dates(doc) if doc.text[c.span.start : c.span.end] == evidence]
    assert (claim.precision, claim.inferred) == (precision, inferred)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("On 26 February 2026 and 34 years ago.", [("26 February 2026", "2026-02-26", None)]),
        ("The minister said yesterday, on Friday, last year.", []),
        ("On 12 July, mourners gathered.", []),  # no year anywhere to take
        ("In 1995 the town fell. On 12 July, mourners gathered.", [("1995", "1995", None), ("12 July", "1995-07-12", None)]),
    ],
)
def test_without_a_publication_date(text, expected):
    assert dates(text, published=None) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # a text that writes last year's days as "25 August last year" leaves the year out only for this year's
        ("The operations began on 25 August last year. On 3 September, the court sentenced them.", date(2018, 9, 19),
         [("25 August last year", "2017-08-25", None), ("3 September", "2018-09-03", None)]),
        ("The operations began on 25 August 2017. On 3 September, the court sentenced them.", date(2018, 9, 19),
         [("25 August 2017", "2017-08-25", None), ("3 September", "2017-09-03", None)]),
        # a month given its year in an earlier paragraph keeps it over a later year
        ("The town fell in July 1995. The court was set up in 1993. On 11 July, troops entered.", date(2016, 7, 12),
         [("July 1995", "1995-07", None), ("1993", "1993", None), ("11 July", "1995-07-11", None)]),
        # a weekday with a future cue after it in its clause; a part of the day stays with it
        ("On Thursday evening the procession will leave the square.", date(2026, 4, 20),
         [("Thursday evening", "2026-04-23", None)]),
        ("The minister said on Friday that talks will resume.", date(2026, 4, 20), [("Friday", "2026-04-17", None)]),
        # "the fourth Saturday of November", paired with "Tomorrow"
        ("Tomorrow, on the fourth Saturday of November, candles will be lit.", date(2023, 11, 24),
         [("Tomorrow, on the fourth Saturday of November", "2023-11-25", None)]),
        # an anniversary on the nearer such weekday, N years back
        ("Thirty years ago on Friday, aircraft attacked the town.", date(2018, 3, 14),
         [("Thirty years ago on Friday", "1988-03-16", None)]),
    ],
)
def test_dates_against_a_publication_date(text, published, expected):
    assert dates(text, published) == expected


def test_spans_point_into_the_original_text():
    text = "Les victimes\u00a0: 25\u201326\u00a0February\u00a01992, \u201cnight\u201d."
    doc = Doc(text, PUB)
    (claim,) = find_dates(doc)
    assert doc.text[claim.span.start : claim.span.end] == "25\u201326\u00a0February\u00a01992"


@needs_seed
def test_seed_gold_exactly():
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    doc = Doc(SEED.read_text(encoding="utf-8"), date.fromisoformat(gold["document"]["published"]))
    got = [(doc.text[c.span.start : c.span.end], c.start, c.end) for c in find_dates(doc)]
    assert got == [(g["text"], g["start"], g["end"]) for g in gold["dates"]]
