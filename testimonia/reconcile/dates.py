"""Partial dates ("1992", "1992-02", "1992-02-25") as intervals of days, and how people write them."""

from __future__ import annotations

import calendar
from datetime import date

from testimonia.reconcile.model import Interval

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")


def precision_of(value: str) -> str:
    return {4: "year", 7: "month"}.get(len(value), "day")


def first_day(value: str) -> str:
    parts = value.split("-")
    return f"{parts[0]}-{parts[1] if len(parts) > 1 else '01'}-{parts[2] if len(parts) > 2 else '01'}"


def last_day(value: str) -> str:
    parts = value.split("-")
    year = int(parts[0])
    month = int(parts[1]) if len(parts) > 1 else 12
    day = int(parts[2]) if len(parts) > 2 else calendar.monthrange(year, month)[1]
    return f"{year:04d}-{month:02d}-{day:02d}"


def interval(start: str | None, end: str | None) -> Interval | None:
    if not start or not _valid(start) or (end and not _valid(end)):
        return None
    return Interval(first_day(start), last_day(end or start), precision_of(start))


def _valid(value: str) -> bool:
    try:
        date.fromisoformat(first_day(value))
        date.fromisoformat(last_day(value))
    except ValueError:
        return False
    return True


def human(start: str | None, end: str | None = None) -> str:
    """"1992-02-25", "1992-02-26" -> "25–26 February 1992"."""
    if not start:
        return "undated"
    s = start.split("-")
    if not end or end == start:
        return _one(s)
    e = end.split("-")
    if len(s) == len(e) == 3 and s[:2] == e[:2]:
        return f"{int(s[2])}–{int(e[2])} {_MONTHS[int(s[1]) - 1]} {s[0]}"
    if len(s) == len(e) == 3 and s[0] == e[0]:
        return f"{int(s[2])} {_MONTHS[int(s[1]) - 1]} – {_one(e)}"
    return f"{_one(s)} – {_one(e)}"


def _one(parts: list[str]) -> str:
    if len(parts) == 1:
        return parts[0]
    if len(parts) == 2:
        return f"{_MONTHS[int(parts[1]) - 1]} {parts[0]}"
    return f"{int(parts[2])} {_MONTHS[int(parts[1]) - 1]} {parts[0]}"
