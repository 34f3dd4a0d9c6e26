"""When the main event happened: the date of the harm, never that of a verdict, report, apology,
anniversary or the publication (issue 3).

Tables of short texts written for these tests. Beside each date that must be found stands a later one
that must not become the event's date.
"""

from __future__ import annotations

from datetime import date

import pytest

from testimonia.extract import extract, to_contract
from testimonia.extract.dates import find_dates
from testimonia.extract.doc import Doc
from testimonia.extract.event_dates import HARM, LATER, PLAIN, date_kind


def main_event(text: str, published: str) -> dict:
    x = to_contract(extract(text, published))
    (main,) = [e for e in x["events"] if e["main"]]
    return main


# ---------------------------------------------------------------- what a date is the date of

KINDS = [
    # The harm: a verb of it, its event word, or a narrated hour.
    ("Soldiers opened fire on the crowd on 13 April 1919.", "13 April 1919", HARM),
    ("The killings began on 11 December 1981 and went on for three days.", "11 December 1981", HARM),
    ("On the night of 2 to 3 May 1992 the village was shelled.", "the night of 2 to 3 May 1992", HARM),
    ("The famine that began in 1932 emptied whole villages.", "1932", HARM),
    # What was done about it later.
    ("In its judgment of 25 October 2012 the court found the state responsible for the massacre.",
     "25 October 2012", LATER),
    ("On 24 March 2016 a tribunal convicted the general of genocide at the camp.", "24 March 2016", LATER),
    ("The commission reported in March 1993 that soldiers had killed more than 200 villagers.", "March 1993", LATER),
    ("Survivors gathered on 10 June 2022 to mark the anniversary of the massacre.", "10 June 2022", LATER),
    ("The minister apologised on 3 March 2015 for the shooting.", "3 March 2015", LATER),
    ("In a 2023 book the historians concluded that 91 people were killed.", "2023", LATER),
    ("Obituaries of the warden, who died on 2 September 2020, repeat that 14,000 prisoners were killed.",
     "2 September 2020", LATER),
    # "so-called" holds no "called"; a narrated hour gives way to a later act said near it.
    ("On 3 August 2014 fighters of the so-called Islamic State overran the town.", "3 August 2014", HARM),
    ("On the evening of 21 September 2022 the prosecutor said 445 graves had been found.",
     "the evening of 21 September 2022", LATER),
    # Neither.
    ("On 21 March 1960 residents walked to the police station without their passes.", "21 March 1960", PLAIN),
]


@pytest.mark.parametrize(("text", "said", "kind"), KINDS)
def test_what_a_date_is_the_date_of(text, said, kind):
    doc = Doc(text, date(2024, 1, 1))
    (d,) = [d for d in find_dates(doc) if text[d.span.start : d.span.end] == said]
    assert date_kind(doc, d) == kind


# ---------------------------------------------------------------- the main event's date

MAIN = [
    # The harm's date, not the verdict's written with the event's name ...
    (
        "On 12 May 2019 a court in Tuzla convicted two officers of the shelling of Tuzla. The shells hit the "
        "square in Tuzla on 25 May 1995, killing 71 people.",
        "2020-01-01", ("1995-05-25", None, None),
    ),
    # ... nor the report's.
    (
        "In its report of 4 June 2001 the commission found that 57 people were killed in Sumgait. The riots in "
        "Sumgait lasted from 27 to 29 February 1988.",
        "2020-01-01", ("1988-02-27", "1988-02-29", None),
    ),
    # ... nor a later conviction's, when the event is named with its month.
    (
        "The Srebrenica massacre was the killing of 8,000 men and boys after the town fell in July 1995. "
        "On 24 March 2016 a court convicted the former leader of the Srebrenica genocide.",
        "2016-07-12", ("1995-07", None, None),
    ),
    # An apology alone dates nothing: no date rather than the apology's.
    ("The mayor of Tuzla apologised on 3 March 2015 for the shelling of Tuzla.", "2020-01-01", (None, None, None)),
    # A wire story's own day is the harm's when it tells the harm on it; its date line never is.
    ("TUZLA, May 25 - Shells hit the town square in Tuzla on Thursday, killing 71 people, officials said.",
     "1995-05-25", ("1995-05-25", None, None)),
    ("date 1995-05-25\nTuzla remembers\n\nThe shelling of Tuzla is remembered today.", "1995-05-25",
     (None, None, None)),
    # An anniversary counts from the date its sentence gives, and falls on the event's day ...
    (
        "On 14 May 2003, at a ceremony for the 60th anniversary of the massacre at Kragujevac, survivors laid "
        "wreaths. Some 2,800 people were shot at Kragujevac.",
        "2020-01-01", ("1943-05-14", None, "date from '60th anniversary' and '14 May 2003'"),
    ),
    (
        "That this House marks the thirtieth anniversary, tomorrow, of the massacre at the Santa Cruz cemetery "
        "in Dili.",
        "2021-11-11", ("1991-11-12", None, "date from 'thirtieth anniversary' and 'tomorrow'"),
    ),
    # The text's own count back to the day ("ago today") is the harm's day, not an earlier date of its year.
    (
        "Lidice, eighty years on\n\nEighty years ago today, police surrounded the village of Lidice and shot its "
        "men. The reprisal followed an attack on a governor in Prague on 27 May 1942.",
        "2022-06-10", ("1942-06-10", None, None),
    ),
    # "the events in X" stands for what happened at X: its anniversary is the event's, and wins over a later
    # operation named with the place
    (
        "Azerbaijan marked the 32nd anniversary of the events in Khojaly on 26 February 2024.\n\nOn the night "
        "of 25-26 February 1992, after heavy artillery fire, troops took Khojaly. 613 people were killed.\n\n"
        "It was the first anniversary marked with the flag flying over Khojaly itself. The town came back under "
        "Azerbaijani control after the military operation of 19-20 September 2023.",
        "2024-02-26", ("1992-02-25", "1992-02-26", None),
    ),
    # ... but an anniversary of something else gives no year.
    (
        "Concerts marked the 20th anniversary of independence in Zhanaozen. Police opened fire on strikers in "
        "Zhanaozen yesterday, killing 14.",
        "2011-12-17", ("2011-12-16", None, None),
    ),
    # The harm told without the event's name, in the sentence after it, rather than a resolution's date.
    (
        "The Sabra and Shatila massacre was the killing of refugees in Beirut. It lasted from 16 to 18 September "
        "1982. On 16 December 1982 the General Assembly adopted a resolution that condemned the massacre.",
        "2022-09-15", ("1982-09-16", "1982-09-18", None),
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), MAIN)
def test_the_main_event_is_dated_by_its_harm(text, published, expected):
    e = main_event(text, published)
    assert (e["start"], e["end"], e["inferred"]) == expected


LATER_NEVER = [
    # Each text also writes a later date with the event; that date must not be the event's.
    ("In its judgment of 25 October 2012 the court held the state responsible for the El Mozote massacre.",
     "2012-10-25"),
    ("The Holodomor was recognised as genocide in a law of 28 November 2006.", "2006-11-28"),
    ("Since 2014, 13 December has been the national memorial day for the Nanjing massacre.", "2014"),
    ("In his report of 15 November 1999 the Secretary-General wrote that the tragedy of Srebrenica will haunt us.",
     "1999-11-15"),
]


@pytest.mark.parametrize(("text", "later"), LATER_NEVER)
def test_a_later_act_s_date_is_not_the_event_s(text, later):
    assert main_event(text, "2020-01-01")["start"] != later


# ---------------------------------------------------------------- which event is the main one


def test_a_name_given_as_another_s_is_one_event():
    text = ("The Jallianwala Bagh massacre (also called the Amritsar massacre) took place on 13 April 1919, when "
            "troops fired on a crowd.")
    (event,) = to_contract(extract(text, "2019-04-13"))["events"]
    assert event["start"] == "1919-04-13"
    assert {"Jallianwala Bagh massacre", "Amritsar massacre"} <= set(event["aliases"])


@pytest.mark.parametrize(
    "text",
    [
        "The Sumgait pogrom, or the Kirovabad riots later that year, began a chain of violence.",
        "The Sumgait pogrom (and the Kirovabad riots) began a chain of violence.",
    ],
)
def test_two_names_side_by_side_are_two_events(text):
    names = {e["name"] for e in to_contract(extract(text, "2019-04-13"))["events"]}
    assert len(names) == 2


def test_a_place_first_named_is_not_the_main_event_without_figures_stated_there():
    text = ("This week's remembrance events in Yerevan begin on Friday. On 24 April 1915 the Ottoman authorities "
            "began arresting Armenian leaders; the Armenian Genocide that followed killed up to 1.5 million "
            "Armenians. The Armenian Genocide is remembered every year.")
    e = main_event(text, "2026-04-20")
    assert (e["name"], e["start"]) == ("Armenian Genocide", "1915-04-24")


def test_a_context_keeps_its_own_date_but_not_a_later_act_s_told_after_it():
    text = ("Soldiers killed 200 villagers at El Mozote on 11 December 1981. The truth commission created after "
            "the civil war, reported in March 1993 that the army was responsible.")
    events = to_contract(extract(text, "2021-12-10"))["events"]
    assert all(e["start"] != "1993-03" for e in events)
