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
    ("The summer of 1992 was hot.", [("The summer of 1992", "1992", None)]),
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
    ("Throughout the summer of 1995 the enclave was shelled.", [("the summer of 1995", "1995", None)]),
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


@pytest.mark.parametrize("text, expected", CALENDAR + YEARS + RANGES + INFERRED + RELATIVE)
def test_dates(text, expected):
    assert dates(text) == expected


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
