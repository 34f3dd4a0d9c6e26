"""Build the reconciled record from every document's stored extraction."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from testimonia.reconcile.checks import CrossCheck, document_checks, impossible_orders, publisher_revisions
from testimonia.reconcile.events import mentions_of, resolve
from testimonia.reconcile.figures import claims_for, mark_repetitions, summarise
from testimonia.reconcile.model import Claim, Decision, Event, FigureSummary, Source


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

    def event(self, ref: str) -> Event | None:
        """By id, or a unique id prefix."""
        exact = [e for e in self.events if e.id == ref]
        if exact:
            return exact[0]
        partial = [e for e in self.events if e.id.startswith(ref)]
        return partial[0] if len(partial) == 1 else None


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
    events = resolve(mentions, list(decisions), place_names)
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
    return Record(events, claims, summaries, checks, dates, {s.document_id: s for s, _ in docs})


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
