"""Build the reconciled record from every document's stored extraction."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from testimonia.reconcile.checks import CrossCheck, document_checks, impossible_orders, publisher_revisions
from testimonia.reconcile.decisions import apply_decisions, former_ids
from testimonia.reconcile.events import mentions_of, resolve
from testimonia.reconcile.figures import claims_for, mark_repetitions, summarise
from testimonia.reconcile.model import Claim, Decision, Event, FigureSummary, Placement, Source

# An event id: the place's slug, then the start date (or "undated"), then perhaps -2 or a split's document.
_EVENT_ID = re.compile(r"(?P<place>.+?)-(?P<year>\d{4}|undated)(?:-.*)?")


@dataclass(slots=True)
class DatedClaim:
    """One date a source states, for the chronology."""

    start: str
    end: str | None
    precision: str
    text: str
    source: Source
    fact_id: str
    span: tuple[int, int]
    inferred: str | None
    event_id: str | None


@dataclass(slots=True)
class Record:
    events: list[Event]
    claims: list[Claim]
    summaries: dict[str, list[FigureSummary]]
    checks: list[CrossCheck]
    dates: list[DatedClaim] = field(default_factory=list)
    sources: dict[str, Source] = field(default_factory=dict)
    placements: list[Placement] = field(default_factory=list)  # every curator decision, where it applies or why not
    former: dict[str, str] = field(default_factory=dict)  # an id a decision was made under -> the event's id now

    def event(self, ref: str) -> Event | None:
        """By id; by an id it had when a curator decided about it; by a unique id prefix; else, for an
        id that no longer exists (a new source moved the event's date), the one event at that place,
        or the one at that place in that year."""
        exact = [e for e in self.events if e.id == ref]
        if exact:
            return exact[0]
        if ref in self.former:
            return self.event(self.former[ref])
        partial = [e for e in self.events if e.id.startswith(ref)]
        if partial:
            return partial[0] if len(partial) == 1 else None
        return _same_place(self.events, ref)


def _same_place(events: list[Event], ref: str) -> Event | None:
    wanted = _EVENT_ID.fullmatch(ref)
    if wanted is None:
        return None
    parsed = [(e, _EVENT_ID.fullmatch(e.id)) for e in events if e.id.startswith(wanted["place"] + "-")]  # (a 404 stays cheap)
    there = [(e, m["year"]) for e, m in parsed if m is not None and m["place"] == wanted["place"]]
    if len(there) == 1:
        return there[0][0]
    that_year = [e for e, year in there if year == wanted["year"]]
    return that_year[0] if len(that_year) == 1 else None


def build_record(
    extractions: Iterable[tuple[Source, dict]],
    decisions: list[Decision] = (),
    *,
    best_rule: str = "median",
    disagreement_ratio: float = 1.5,
    place_names: dict[str, str] | None = None,
) -> Record:
    """`extractions`: each source with its extraction contract object."""
    docs = list(extractions)
    place_names = place_names or {}
    mentions = [m for source, result in docs for m in mentions_of(source, result)]
    events, placements = apply_decisions(resolve(mentions, place_names), list(decisions), place_names)
    event_of: dict[tuple[str, str], str] = {}
    events_of_document: dict[str, list[str]] = defaultdict(list)
    for e in events:
        for m in e.mentions:
            event_of[(m.source.document_id, m.local_id)] = e.id
            if e.id not in events_of_document[m.source.document_id]:
                events_of_document[m.source.document_id].append(e.id)
    for source, result in docs:
        # The document's main event first: its own checks (parts against totals, anniversaries) are about it,
        # not about a context it also dates, such as a siege that began a year earlier.
        main = next((e.get("id") for e in result.get("events") or [] if e.get("main")), None)
        own = events_of_document.get(source.document_id)
        if own and (source.document_id, main) in event_of:
            own.sort(key=lambda event_id: event_id != event_of[(source.document_id, main)])
    claims: list[Claim] = []
    checks: list[CrossCheck] = []
    dates: list[DatedClaim] = []
    for source, result in docs:
        own = events_of_document.get(source.document_id) or []
        claims.extend(claims_for(event_of, source, result, own[0] if len(own) == 1 else None))
        checks.extend(document_checks(events_of_document, source, result))
        dates.extend(_dated(source, result, event_of))
    mark_repetitions(claims)
    claims_of: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        claims_of[c.event_id].append(c)
    summaries = {e.id: summarise(e, claims_of[e.id], best_rule=best_rule, disagreement_ratio=disagreement_ratio) for e in events}
    for e in events:
        for s in summaries[e.id]:
            if s.disagreement:
                figures = ", ".join(f"{c.source.label}: {c.text}" for c in s.claims if c.repeats is None)
                checks.append(CrossCheck("disagreement", "warn", f"{s.measure} ({s.group}) ranges {s.low:,.0f}–{s.high:,.0f} across sources — {figures}", e.id, [c.source.document_id for c in s.claims]))
    checks.extend(publisher_revisions(claims))
    checks.extend(impossible_orders(events))
    dates.sort(key=lambda d: (d.start, d.end or d.start, d.source.published or "", d.fact_id))
    return Record(events, claims, summaries, checks, dates, {s.document_id: s for s, _ in docs}, placements, former_ids(placements, events))


def _dated(source: Source, result: dict, event_of: dict[tuple[str, str], str]) -> list[DatedClaim]:
    date_event = {}
    for e in result.get("events") or []:
        for d in e.get("dates") or []:
            date_event[d] = event_of.get((source.document_id, e["id"]))
    return [
        DatedClaim(
            d["start"], d.get("end"), d.get("precision") or {4: "year", 7: "month"}.get(len(d["start"]), "day"), d.get("text") or "",
            source, d["id"], tuple(d.get("span") or (0, 0)), d.get("inferred"), date_event.get(d["id"]),
        )
        for d in result.get("dates") or []
        if d.get("start")
    ]
