"""When a document's events happened, as it says it: the dates written next to an
event's words, and the year an anniversary gives.

Every date the document states, except its own publication date and dates after
it, goes to the event word nearest it in its sentence: within 80 characters of
an event ("the attack on 16 March 1988", "The violence, which lasted from 27 to
29 February 1988"), or written right with a context ("the Iran–Iraq war
(1980–1988)", "the Siege of Khojaly since 1991", "On 8 August 2025, a Joint
Declaration"). An event's name holds a date more firmly than an unnamed word or
a context does, and a day more firmly than a year written as near ("the 1992
report"). A date inside "Srebrenica, which ... on 16 April 1993, fell" is the
clause's; one next to "before the riots" dates what came before, not the riots.

An event's date, first found of:
  1. the date held by a mention that names it, the firmest first;
  2. the earliest date no event holds, in sentences that name it;
  3. the same two for its unnamed words ("the attack on 16 March 1988");
  4. the earliest date no event holds, in sentences that name its place;
  5. that year alone, saying how it was worked out (`EventMention.inferred`).
When an anniversary gives the main event's year ("the 35th anniversary",
published in 2023: 1988; "25 years on", published in 2013: 1988), the first
candidate in that year wins, and 3 and 4 count only in that year: a date only
an unnamed word holds ("a court recognised the attack on 1 March 2010") gives
way to the anniversary's year; a date written with the event's name never does.
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from testimonia.extract import lexicon
from testimonia.extract.doc import Doc
from testimonia.extract.numbers import ordinal_before
from testimonia.model.facts import DateClaim, EventMention

if TYPE_CHECKING:
    from testimonia.extract.event_mentions import Mention
    from testimonia.extract.events import _Group

_NEAR = 80  # characters between a date and the event word it is written with
_CONTEXT_AFTER = 40  # characters after a context's words where its own date is written
_CONTEXT_BEFORE = 25  # ... and before them
_LOOSER = 20  # an unnamed word ("the attack") or a context holds a date as if this much further away
_RIGHT_WITH = 5  # "war of 2020", "war (1980–1988)"
_VAGUER = {"month": 10, "year": 30}  # how much further a month or a year counts as, against a day
_ANNIVERSARY_REACH = 80  # characters after "anniversary" in which the event's name is looked for
_PRECISION = {"day": 0, "month": 1, "year": 2}


class DateOwners:
    """Each usable date of a document with the event word that holds it, if any."""

    def __init__(self, doc: Doc, mentions: list[Mention], dates: list[DateClaim], relative: set[int]) -> None:
        published = doc.published.isoformat() if doc.published else None
        self.usable = [d for d in dates if _usable(d, published)]
        self.relative = relative
        self._owner: dict[int, tuple[int, Mention]] = {}
        self._held: dict[int, list[DateClaim]] = {}  # mention id -> the dates it holds
        self._free: dict[tuple[int, int], list[DateClaim]] = {}  # sentence -> the dates no mention holds
        self._order = {id(d): i for i, d in enumerate(self.usable)}  # to sort as a scan of `usable` would
        by_sentence: dict[tuple[int, int], list[Mention]] = {}
        for m in mentions:
            by_sentence.setdefault(doc.sentence_at(m.span.start), []).append(m)
        for d in self.usable:
            best = None
            sentence = doc.sentence_at(d.span.start)
            for m in by_sentence.get(sentence, ()):
                score = _hold(d, m, id(m) in relative)
                if score is not None and (best is None or score < best[0]):
                    best = (score, m)
            if best is not None:
                self._owner[id(d)] = best
                self._held.setdefault(id(best[1]), []).append(d)
            else:
                self._free.setdefault(sentence, []).append(d)

    def owner(self, d: DateClaim) -> Mention | None:
        held = self._owner.get(id(d))
        return held[1] if held else None

    def score(self, d: DateClaim) -> int:
        return self._owner[id(d)][0]

    def attached(self, m: Mention) -> list[DateClaim]:
        """The dates this mention holds."""
        return self._held.get(id(m), [])

    def free(self, d: DateClaim) -> bool:
        return id(d) not in self._owner

    def free_in(self, sentence: tuple[int, int]) -> list[DateClaim]:
        """The dates no mention holds in `sentence`."""
        return self._free.get(sentence, [])

    def order(self, d: DateClaim) -> int:
        """Where `d` stands among the usable dates (text order)."""
        return self._order[id(d)]


def _hold(d: DateClaim, m: Mention, relative: bool) -> int | None:
    """How firmly mention `m` holds date `d` (smaller is firmer), or None when it is too far. A date
    as exact as a day is more likely the event's own than a year written as near ("the 1992 report")."""
    at = m.span if m.context else m.at
    if m.span.start <= d.span.start < at.start:
        return None  # inside "Srebrenica, which ... on 16 April 1993 ..., fell": the clause's date
    if d.span.start < at.end and at.start < d.span.end:
        gap, after = 0, True
    elif d.span.start >= at.end:
        gap, after = d.span.start - at.end, True
    else:
        gap, after = at.start - d.span.end, False
    if m.context:
        # "three years after the 44-day war of 2020": only a date written with the words is its own
        reach = (_RIGHT_WITH if relative else _CONTEXT_AFTER) if after else (0 if relative else _CONTEXT_BEFORE)
    else:
        reach = _NEAR
    if gap > reach:
        return None
    return gap + (0 if m.name and not m.context else _LOOSER) + _VAGUER.get(d.precision, 0)


def _usable(d: DateClaim, published: str | None) -> bool:
    """Not the publication date itself, nor a date after it: neither is what the text reports."""
    if published is None:
        return True
    if d.start == published and not d.end:
        return False
    return first_day(d.start) <= published


def date_event(doc: Doc, event: EventMention, group: _Group, owners: DateOwners, mentions: list[Mention],
              group_of: dict, year: tuple[int, str] | None) -> None:
    """Set an event's start, end and dates (see the module docstring for the order); `year` is the
    year an anniversary gives, for the main event."""
    ours = [m for m in mentions if group_of.get(id(m)) is group and id(m) not in owners.relative]
    named = [m for m in ours if m.name]
    unnamed = [m for m in ours if not m.name]
    tiers = [
        _held(owners, named), _free_in(doc, owners, named),
        _held(owners, unnamed), _free_in(doc, owners, unnamed),
        _free_in(doc, owners, event.places),
    ]
    best = None
    if year is not None:  # the first candidate in the year an anniversary gives, if there is one
        best = next((d for tier in tiers for d in tier if d.start[:4] == f"{year[0]:04d}"), None)
    best = best or next((tier[0] for tier in tiers[:2] if tier), None)
    if best is None and year is None:
        best = next((tier[0] for tier in tiers[2:] if tier), None)
    # Else what only an unnamed word or the place's sentences date ("a court recognised the attack in
    # 2010") gives way to the year the anniversary states; a name's own date never does.
    event.dates = sorted({id(d): d for d in [*tiers[0], *tiers[1], *tiers[2], *tiers[3], *([best] if best else [])]}.values(),
                         key=lambda d: d.span.start)
    if best is not None:
        event.start, event.end = best.start, best.end
    elif year is not None:
        event.start, event.inferred = f"{year[0]:04d}", year[1]


def _held(owners: DateOwners, mentions: list[Mention]) -> list[DateClaim]:
    """Dates these mentions hold, the firmest first."""
    # Read from each mention's own dates, not a scan of every date: per event, that would be quadratic.
    held = [d for m in {id(m): m for m in mentions}.values() for d in owners.attached(m)]
    return sorted(held, key=lambda d: (owners.score(d), first_day(d.start), owners.order(d)))


def _free_in(doc: Doc, owners: DateOwners, facts: list) -> list[DateClaim]:
    """Dates no event holds, in the sentences of `facts`, the earliest first."""
    sentences = {doc.sentence_at(f.span.start) for f in facts}
    free = [d for sentence in sentences for d in owners.free_in(sentence)]
    return sorted(free, key=lambda d: (first_day(d.start), _PRECISION.get(d.precision, 3), owners.order(d)))


# --------------------------------------------------------------------------- anniversaries


@cache
def _years_since(language: str) -> tuple[re.Pattern, re.Pattern, dict[str, int], tuple[str, ...]]:
    lex = lexicon.load(language, "events")
    units = {e["word"]: e["value"] for e in lexicon.load(language, "numbers")["units"].values()}
    since = lexicon.alternation(lex["years_since"])
    pattern = re.compile(r"\b([0-9]{1,3}|[a-z]+(?:-[a-z]+)?)\s+years?\s+(?:" + since + r")\b")
    # What every match of `pattern` holds, opening with a literal: the engine finds it at C speed,
    # where `pattern` itself is tried at every word (most texts say no "years ago" at all).
    cue = re.compile(r"years?\s+(?:" + since + r")\b")
    return pattern, cue, units, tuple(lex["anniversary"])


def implied_year(doc: Doc, aliases: list[str]) -> tuple[int, str] | None:
    """The event's year from "the 35th anniversary" or "25 years on" and the publication date,
    with how it was worked out. An anniversary followed by the event's name wins over the first one."""
    if doc.published is None:
        return None
    pattern, cue, units, words = _years_since(doc.language)
    low, names = doc.lower, [a.lower() for a in aliases if a]
    found = []
    for word in words:
        pos = low.find(word)
        while pos != -1:
            ordinal = ordinal_before(doc, pos)
            if ordinal is not None and ordinal.value:
                window = low[pos : pos + _ANNIVERSARY_REACH]
                found.append((not any(n in window for n in names), ordinal.start, int(ordinal.value),
                              doc.text[ordinal.start : pos + len(word)]))
            pos = low.find(word, pos + len(word))
    if not found and cue.search(low):
        for m in pattern.finditer(low):
            n = _count(m.group(1), units)
            if n:
                found.append((False, m.start(), n, doc.text[m.start() : m.end()]))
                break
    if not found:
        return None
    _, _, n, said = min(found)
    return doc.published.year - n, f"year from '{said}' and the publication date"


def _count(word: str, units: dict[str, int]) -> int | None:
    if word.isdigit():
        return int(word)
    parts = word.split("-")
    if all(p in units for p in parts) and len(parts) <= 2:
        return sum(units[p] for p in parts)
    return None


# --------------------------------------------------------------------------- partial dates


def first_day(value: str) -> str:
    parts = value.split("-")
    return f"{parts[0]}-{parts[1] if len(parts) > 1 else '01'}-{parts[2] if len(parts) > 2 else '01'}"


def last_day(value: str) -> str:
    parts = value.split("-")
    year = int(parts[0])
    month = int(parts[1]) if len(parts) > 1 else 12
    day = int(parts[2]) if len(parts) > 2 else calendar.monthrange(year, month)[1]
    return f"{year:04d}-{month:02d}-{day:02d}"


def span_days(start: str, end: str | None) -> int:
    """How many days a partial date or range may cover: "1988" is 366, "1980"–"1988" nine years."""
    try:
        return (date.fromisoformat(last_day(end or start)) - date.fromisoformat(first_day(start))).days + 1
    except ValueError:
        return 1 << 30
