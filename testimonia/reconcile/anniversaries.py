"""Commemorations: anniversaries of events with a known day, leap days handled.

An event on 29 February is remembered on 28 February in common years (the
last day of February, as the iCalendar rule BYMONTHDAY=-1 also says).
"""

from __future__ import annotations

import calendar as cal
from dataclasses import dataclass
from datetime import date, timedelta

from testimonia.reconcile.model import Event

_LONGEST = 31  # days: a longer range is a period, remembered on its first day


@dataclass(frozen=True, slots=True)
class Anniversary:
    on: date
    years: int
    event: Event


def anniversary_in(event_day: date, year: int) -> date:
    if event_day.month == 2 and event_day.day == 29 and not cal.isleap(year):
        return date(year, 2, 28)
    return event_day.replace(year=year)


def commemorable(events: list[Event]) -> list[tuple[Event, date]]:
    """Events dated to the day (ranges start on their first day) that some document is about: a
    context a document only mentions (a later declaration) is not a commemoration."""
    return [(e, date.fromisoformat(e.start)) for e in events if e.start and e.precision == "day" and any(m.main for m in e.mentions)]


def _days(event: Event, start: date) -> list[date]:
    """Every day of a short range ("the night of 25–26 February 1992" is remembered on either day)."""
    try:
        end = date.fromisoformat(event.end) if event.end and len(event.end) == 10 else start
    except ValueError:
        end = start
    if not start <= end <= start + timedelta(days=_LONGEST):
        end = start
    return [start + timedelta(days=n) for n in range((end - start).days + 1)]


def on(events: list[Event], day: date) -> list[Anniversary]:
    return sorted(
        (
            Anniversary(day, day.year - start.year, e)
            for e, start in commemorable(events)
            if day.year > start.year and any(anniversary_in(d, day.year) == day for d in _days(e, start))
        ),
        key=lambda a: a.event.id,
    )


def upcoming(events: list[Event], count: int, *, after: date) -> list[Anniversary]:
    """The next `count` anniversaries on or after `after`."""
    found = []
    for e, start in commemorable(events):
        year = max(after.year, start.year + 1)
        when = anniversary_in(start, year)
        if when < after:
            when = anniversary_in(start, year + 1)
        found.append(Anniversary(when, when.year - start.year, e))
    return sorted(found, key=lambda a: (a.on, a.event.id))[:count]
