"""Publication dates as found in metadata, reduced to ISO form."""

from __future__ import annotations

import re
from datetime import date
from email.utils import parsedate_to_datetime

_ISO = re.compile(r"^\s*(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?")
_LEADING_DATE_LINE = re.compile(r"\A\s*date[:\s]\s*(\d{4}-\d{2}-\d{2})\b", re.I)


def iso_date(value: str | None) -> str | None:
    """"2026-02-26T09:00:00Z", "2026/02/26", RFC 2822 ... -> "2026-02-26"; None when not a real date."""
    if not value:
        return None
    m = _ISO.match(value)
    if m:
        year, month, day = m.group(1), m.group(2), m.group(3)
        try:
            if day:
                return date(int(year), int(month), int(day)).isoformat()
            if month:
                return f"{int(year):04d}-{int(month):02d}" if 1 <= int(month) <= 12 else None
            return year
        except ValueError:
            return None
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def leading_date(text: str) -> str | None:
    """The date of a leading `date YYYY-MM-DD` line, as the statements we archive often begin."""
    m = _LEADING_DATE_LINE.match(text)
    return iso_date(m.group(1)) if m else None


def valid_published(value: str) -> bool:
    """Is `value` a YYYY, YYYY-MM or YYYY-MM-DD date?"""
    return bool(re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value)) and iso_date(value) == value
