"""Consistency checks inside one document: does it agree with itself?

- subtotal: the parts of a breakdown add up to no more than their total
  ("106 + 70 + 63 = 239 <= 613"). Parts on different axes may overlap (the
  13 children among "130 male and 51 female"), and so may parts that state
  different harms (of 436 bodies, "30 bore signs of torture" and "21 were
  soldiers"), so when the plain sum is over, each axis (sex, age, other; or
  harm) is summed on its own. A part counting a status that excludes its
  total's ("400 wounded" under "200 killed") is no part of it: it is left out.
- anniversary: "the 34th anniversary" in a text published in 2026 puts the
  event in 1992 (or, "on 10 April 2010 ... the 70th anniversary", in 1940);
  that is compared with the dates the text writes for the event. An event
  dated only by an anniversary has nothing to be compared with.
- relative_date: a date the text states relative to the publication date
  ("34 years ago, on 25 February", "today", "on Friday") is compared with a
  date it writes in full for the same day and month of the same event. A
  date whose year was copied from another date, or guessed from the
  publication year, states nothing to compare.

A check is a finding about the text, never about the events themselves. It
passes or fails only when its inputs are comparable; otherwise there is none.
"""

from __future__ import annotations

from functools import cache

import ahocorasick

from testimonia.extract import lexicon
from testimonia.extract.doc import Doc
from testimonia.extract.event_dates import first_day, last_day
from testimonia.extract.numbers import ordinal_before
from testimonia.model.facts import Check, DateClaim, EventMention, Figure

_ANNIVERSARY_REACH = 80  # characters after "anniversary" in which "of <event>" is looked for


@cache
def _axes(language: str) -> tuple[dict[str, str], tuple[str, ...]]:
    groups = lexicon.load(language, "groups")
    axes = {e["group"]: e["axis"] for e in groups["groups"].values() if e.get("axis")}
    return axes, tuple(lexicon.load(language, "events")["anniversary"])


@cache
def _not_parts(language: str) -> dict[str, frozenset[str]]:
    """For a total's measure, the measures none of its parts can count: the killed are not among the wounded."""
    return {k: frozenset(v) for k, v in lexicon.load(language, "events")["not_parts"].items()}


def _comparable(part: Figure, total: Figure, not_parts: dict[str, frozenset[str]]) -> bool:
    return part.measure not in not_parts.get(total.measure, ())


def run_checks(doc: Doc, figures: list[Figure], dates: list[DateClaim], events: list[EventMention]) -> list[Check]:
    checks = subtotals(doc, figures)
    checks += anniversaries(doc, events, dates)
    checks += relative_dates(dates, events, doc)
    seen: set[tuple[str, str]] = set()
    unique = []
    for c in checks:  # "the 34th anniversary" said twice is one finding
        if (c.kind, c.detail) not in seen:
            seen.add((c.kind, c.detail))
            unique.append(c)
    return unique


def subtotals(doc: Doc, figures: list[Figure]) -> list[Check]:
    parts_of: dict[int, tuple[Figure, list[Figure]]] = {}
    for f in figures:
        if f.part_of is not None:
            parts_of.setdefault(id(f.part_of), (f.part_of, []))[1].append(f)
    axes, _ = _axes(doc.language)
    not_parts = _not_parts(doc.language)
    out = []
    for total, parts in parts_of.values():
        bound = _most(total)
        parts = [p for p in parts if _comparable(p, total, not_parts)]
        if bound is None or not parts:
            continue
        values = [_least(p) for p in parts]
        if any(v is None for v in values):
            continue
        status, detail = _compare(values, bound, total)
        if status != "pass":
            by_axis: dict[str, list[float]] = {}
            for p, v in zip(parts, values):
                axis = axes.get(p.group, p.group)
                if p.measure != total.measure:
                    axis = p.label or p.measure if p.group == "all" else f"{p.label or p.measure} {axis}"
                by_axis.setdefault(axis, []).append(v)  # type: ignore[arg-type]
            if len(by_axis) > 1 and all(_compare(vs, bound, total)[0] == "pass" for vs in by_axis.values()):
                status = "pass"
                detail += "; by axis: " + "; ".join(f"{axis} {_compare(vs, bound, total)[1]}"
                                                    for axis, vs in by_axis.items())
        out.append(Check("subtotal", status, detail, figures=[total, *parts]))
    return out


def _compare(values: list[float], bound: float, total: Figure) -> tuple[str, str]:
    added = sum(values)
    sign = "<=" if added <= bound else ">"
    summed = f"{' + '.join(_fmt(v) for v in values)} = {_fmt(added)}" if len(values) > 1 else _fmt(added)
    detail = f"{summed} {sign} {_fmt(bound)}"
    if added <= bound:
        return "pass", detail
    # "at least 100 people, including 120 children" is odd but not a contradiction
    return ("warn" if total.qualifier in ("at_least", "approx", "vague") else "fail"), detail


def _least(f: Figure) -> float | None:
    return f.value if f.value is not None else f.low


def _most(f: Figure) -> float | None:
    if f.value is not None:
        return f.value
    return f.high if f.high is not None else None


def _fmt(v: float) -> str:
    return f"{v:,.0f}".replace(",", "") if float(v).is_integer() else str(v)


def anniversaries(doc: Doc, events: list[EventMention], dates: list[DateClaim] = ()) -> list[Check]:  # type: ignore[assignment]
    if doc.published is None:
        return []
    _, words = _axes(doc.language)
    out = []
    low = doc.lower
    named: _Aliases | None = None
    written: dict[int, list[DateClaim]] = {}  # per event, read once: a long text repeats its anniversaries
    for word in words:
        pos = low.find(word)
        while pos != -1:
            ordinal = ordinal_before(doc, pos)
            if ordinal is not None:
                named = named or _Aliases(events)
                event = named.after(low, pos + len(word))
                said = doc.text[ordinal.start : pos + len(word)]
                if event is not None and id(event) not in written:
                    written[id(event)] = [d for d in _dates_of(doc, event, dates) if not d.inferred]
                out.append(_anniversary(doc, ordinal.value, event, said, _said_on(doc, dates, ordinal.start),
                                        written.get(id(event), [])))
            pos = low.find(word, pos + len(word))
    return out


def _said_on(doc: Doc, dates: list[DateClaim], at: int) -> DateClaim | None:
    """The date an anniversary is counted from when the text gives one before it in its sentence: "on 10 April
    2010 the aircraft carrying the president to the 70th anniversary commemorations crashed" counts from 2010.
    Not a date of something ("the massacre of 11 July 1995 reaches its 30th anniversary")."""
    sentence = doc.sentence_at(at)
    before = [d for d in dates if sentence[0] <= d.span.start and d.span.end <= at
              and not doc.lower[max(sentence[0], d.span.start - 4) : d.span.start].rstrip().endswith("of")]
    return before[-1] if before else None


class _Aliases:
    """The events' names, to find which is named after an anniversary: one Aho-Corasick pass over the
    words after it, not every alias of every event (a long text has hundreds of each)."""

    def __init__(self, events: list[EventMention]) -> None:
        self.events = events
        self.automaton = ahocorasick.Automaton()
        self.always: int | None = None  # the first event with an empty alias: found in any window
        for i, e in enumerate(events):
            for alias in e.aliases:
                key = alias.lower()
                if not key:
                    self.always = i if self.always is None else self.always
                elif key not in self.automaton:
                    self.automaton.add_word(key, i)  # events come in order: the first to add a key is the first
        if len(self.automaton):
            self.automaton.make_automaton()

    def after(self, low: str, pos: int) -> EventMention | None:
        """The first event named in "... anniversary of the Khojaly genocide", else the main event."""
        first = self.always
        if len(self.automaton):
            for _, i in self.automaton.iter(low[pos : pos + _ANNIVERSARY_REACH]):
                first = i if first is None or i < first else first
        if first is not None:
            return self.events[first]
        return self.events[0] if self.events else None


def _anniversary(doc: Doc, n: int, event: EventMention | None, said: str, on: DateClaim | None,
                 written: list[DateClaim]) -> Check:
    """The check of one anniversary against the dates the text writes for `event` (`written`), counted from
    the date `on` when the text gives one, else from the publication date."""
    if on is not None:
        year = int(on.start[:4]) - n
        base = f"'{said}' on {on.start} puts the event in {year}"
    else:
        year = doc.published.year - n  # type: ignore[union-attr]
        base = f"'{said}' published {doc.published.isoformat()} puts the event in {year}"  # type: ignore[union-attr]
    counted = [on] if on is not None else []
    nothing = Check("anniversary", "warn", base + "; no event date in the text to compare", dates=counted)
    if event is None:
        return nothing
    own = [d for d in written if d is not on]
    dated = [d for d in own if d.start == event.start][:1]
    if event.start and not event.inferred and event.start[:4] == f"{year:04d}":
        return Check("anniversary", "pass", f"{base}; {event.name} is dated {event.start}", dates=[*counted, *dated])
    # The event's written dates may span the year ("1932–1933") or say more than the one taken for its start.
    covering = next((d for d in own if int(first_day(d.start)[:4]) <= year <= int(last_day(d.end or d.start)[:4])), None)
    if covering is not None:
        return Check("anniversary", "pass", f"{base}; {event.name} is dated {_when(covering)}", dates=[*counted, covering])
    if not event.start or event.inferred or int(event.start[:4]) >= year + n:
        # Dated by an anniversary ("the 70th anniversary": 1951), it agrees by construction; dated no earlier
        # than its anniversary ("this month marks the 70th anniversary"), by the commemoration: no comparison.
        return nothing
    status = "warn" if abs(int(event.start[:4]) - year) == 1 else "fail"
    return Check("anniversary", status, f"{base}; but {event.name} is dated {event.start}", dates=[*counted, *dated])


def _dates_of(doc: Doc | None, e: EventMention, dates: list[DateClaim]) -> list[DateClaim]:
    """The event's dates, and those of the sentences naming its place ("Thirty years ago, on 10 April,
    soldiers entered Maraga")."""
    at = {doc.sentence_at(p.span.start) for p in e.places} if doc is not None else set()
    found = [*e.dates, *(d for d in dates if at and doc.sentence_at(d.span.start) in at)]  # type: ignore[union-attr]
    return sorted({id(d): d for d in found}.values(), key=lambda d: d.span.start)


def _when(d: DateClaim) -> str:
    return f"{d.start}/{d.end}" if d.end else d.start


def relative_dates(dates: list[DateClaim], events: list[EventMention] = (),  # type: ignore[assignment]
                   doc: Doc | None = None) -> list[Check]:
    """Dates the text states relative to its publication ("34 years ago", "today") against dates it writes in
    full for the same day and month, both dates of one event and at most a year apart. "On Friday" (2018-03-16)
    and "16 March 1988" are two days, the anniversary and the event; "that morning" after "10 April 1992"
    copies its year, and "on 25 May" with no year took the publication's: neither is a second statement."""
    out = []
    seen: set[tuple[int, int]] = set()
    # Without events (a list of dates alone), the dates are taken as one event's.
    for own in ([_dates_of(doc, e, dates) for e in events] if events else [list(dates)]):
        written: dict[tuple[str, str], DateClaim] = {}  # (month-day, end's month-day) -> the first written so
        for d in sorted(own, key=lambda d: d.span.start):
            if not d.inferred and len(d.start) == 10:
                written.setdefault((d.start[5:], (d.end or "")[5:]), d)
        for d in own:
            if not _stated_relative(d):
                continue
            w = written.get((d.start[5:], (d.end or "")[5:]))
            # "28 October this year" and "28 October 1991": the anniversary and the event, two days
            if w is not None and abs(int(w.start[:4]) - int(d.start[:4])) <= 1 and (id(d), id(w)) not in seen:
                seen.add((id(d), id(w)))
                out.append(_relative(d, w))
    return out


_COPIED = ("earlier in the text", "before it", "after it", "the quote was said")


def _stated_relative(d: DateClaim) -> bool:
    """Whether the text itself puts `d` relative to the publication in words it writes ("34 years ago",
    "today", "on Friday"), rather than the year being copied from a nearby date ("that morning") or taken
    for the publication's by default ("on 25 May", no quoted words)."""
    return bool(d.inferred) and len(d.start) == 10 and "'" in d.inferred and not d.inferred.endswith(_COPIED)


def _relative(d: DateClaim, w: DateClaim) -> Check:
    status = "pass" if w.start == d.start and w.end == d.end else "fail"
    relation = "agrees with" if status == "pass" else "disagrees with"
    detail = f"{_when(d)} ({d.inferred}) {relation} {_when(w)} as written"
    return Check("relative_date", status, detail, dates=[d, w])
