"""Consistency checks inside one document: does it agree with itself?

- subtotal: the parts of a breakdown add up to no more than their total
  ("106 + 70 + 63 = 239 <= 613"). Parts on different axes may overlap (the
  13 children among "130 male and 51 female"), and so may parts that state
  different harms (of 436 bodies, "30 bore signs of torture" and "21 were
  soldiers"), so when the plain sum is over, each axis (sex, age, other; or
  harm) is summed on its own.
- anniversary: "the 34th anniversary" in a text published in 2026 puts the
  event in 1992; that is compared with the event's own date.
- relative_date: a date worked out from "34 years ago" is compared with a date
  the text writes in full for the same day and month.

A check is a finding about the text, never about the events themselves.
"""

from __future__ import annotations

from functools import cache

import ahocorasick

from testimonia.extract import lexicon
from testimonia.extract.doc import Doc
from testimonia.extract.numbers import ordinal_before
from testimonia.model.facts import Check, DateClaim, EventMention, Figure

_ANNIVERSARY_REACH = 80  # characters after "anniversary" in which "of <event>" is looked for


@cache
def _axes(language: str) -> tuple[dict[str, str], tuple[str, ...]]:
    groups = lexicon.load(language, "groups")
    axes = {e["group"]: e["axis"] for e in groups["groups"].values() if e.get("axis")}
    return axes, tuple(lexicon.load(language, "events")["anniversary"])


def run_checks(doc: Doc, figures: list[Figure], dates: list[DateClaim], events: list[EventMention]) -> list[Check]:
    checks = subtotals(doc, figures)
    checks += anniversaries(doc, events)
    checks += relative_dates(dates)
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
    out = []
    for total, parts in parts_of.values():
        bound = _most(total)
        if bound is None:
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


def anniversaries(doc: Doc, events: list[EventMention]) -> list[Check]:
    if doc.published is None:
        return []
    _, words = _axes(doc.language)
    out = []
    low = doc.lower
    own_date: dict[int, list[DateClaim]] = {}  # per event, read once: a long text repeats its anniversaries
    named: _Aliases | None = None
    for word in words:
        pos = low.find(word)
        while pos != -1:
            ordinal = ordinal_before(doc, pos)
            if ordinal is not None:
                named = named or _Aliases(events)
                event = named.after(low, pos + len(word))
                if event is not None and id(event) not in own_date:
                    own_date[id(event)] = [d for d in event.dates if d.start == event.start][:1]
                dates = list(own_date[id(event)]) if event is not None else []
                out.append(_anniversary(doc, ordinal.value, event, doc.text[ordinal.start : pos + len(word)], dates))
            pos = low.find(word, pos + len(word))
    return out


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


def _anniversary(doc: Doc, n: int, event: EventMention | None, said: str, dates: list[DateClaim]) -> Check:
    """The check of one anniversary against `event`, whose own date is `dates` (its first date on its start)."""
    year = doc.published.year - n  # type: ignore[union-attr]
    base = f"'{said}' published {doc.published.isoformat()} puts the event in {year}"  # type: ignore[union-attr]
    if event is None or not event.start:
        return Check("anniversary", "warn", base + "; no event date in the text to compare")
    event_year = int(event.start[:4])
    if event_year == year:
        return Check("anniversary", "pass", f"{base}; {event.name} is dated {event.start}", dates=dates)
    status = "warn" if abs(event_year - year) == 1 else "fail"
    return Check("anniversary", status, f"{base}; but {event.name} is dated {event.start}", dates=dates)


def relative_dates(dates: list[DateClaim]) -> list[Check]:
    """Dates whose year was worked out (from "34 years ago") against dates written in full."""
    written: dict[tuple[str, str], DateClaim] = {}  # (month-day, end's month-day) -> the first written so
    for d in dates:
        if not d.inferred and len(d.start) == 10:
            written.setdefault((d.start[5:], (d.end or "")[5:]), d)
    out = []
    for d in dates:
        if not d.inferred or len(d.start) != 10 or d.inferred.endswith("earlier in the text"):
            continue  # "18 May" after "1980" is that year's 18 May: a written 2024-05-18 is another day, no error
        w = written.get((d.start[5:], (d.end or "")[5:]))
        if w is None:
            continue
        status = "pass" if w.start == d.start and w.end == d.end else "fail"
        relation = "agrees with" if status == "pass" else "disagrees with"
        detail = f"{d.start}{'/' + d.end if d.end else ''} ({d.inferred}) {relation} " \
                 f"{w.start}{'/' + w.end if w.end else ''} as written"
        out.append(Check("relative_date", status, detail, dates=[d, w]))
    return out
