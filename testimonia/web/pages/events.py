"""Events across documents: the list of events, and what pages share about them.

Built from the reconciled record (`testimonia.record`). An event's own name is
neutral (place and date, unless a curator renamed it); the names sources use,
and every figure, are claims of those sources, shown with who makes them. One
event's page is `event.py`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from urllib.parse import quote, urlencode

from testimonia.errors import NotFound, UsageError
from testimonia.reconcile.anniversaries import upcoming
from testimonia.reconcile.dates import human
from testimonia.reconcile.events import fold
from testimonia.reconcile.model import Event, Source
from testimonia.record import Snapshot
from testimonia.web.pages.common import page_url

PAGE_SIZE = 100


@dataclass(slots=True)
class SourceRef:
    """A document as the source of a claim."""

    id: str
    label: str  # its publisher, else its title, else its file name
    title: str
    publisher: str | None
    published: str | None
    url: str


def source_ref(source: Source) -> SourceRef:
    title = source.title or source.filename
    return SourceRef(source.document_id, source.publisher or title, title, source.publisher, source.published, page_url(source.document_id))


@dataclass(slots=True)
class FigureRange:
    low: float | None
    best: float | None
    high: float | None


@dataclass(slots=True)
class NameCount:
    name: str
    sources: int


@dataclass(slots=True)
class EventRow:
    id: str
    name: str  # neutral: place and date, unless a curator renamed it
    when: str
    start: str | None
    end: str | None
    precision: str | None
    places: list[str]
    names: list[NameCount]  # what sources call it, most used first
    sources: int
    killed: FigureRange | None  # killed, all people: low / best / high across sources
    flags: list[str]  # kinds of cross-archive check that warn or fail
    curated: bool  # a curator merged, split or renamed it
    url: str


@dataclass(slots=True)
class ExportLinks:
    csv: str
    json: str
    geojson: str
    ics: str


@dataclass(slots=True)
class EventListPage:
    query: str
    total: int  # events in the archive
    count: int  # events matching the query
    page: int
    pages: int
    events: list[EventRow]
    previous: str | None
    next: str | None
    exports: ExportLinks
    calendar: str


def event_url(event_id: str) -> str:
    return f"/events/{quote(event_id, safe='')}"


def exports(event_id: str | None = None) -> ExportLinks:
    def link(fmt: str) -> str:
        return "/api/export?" + urlencode({"format": fmt, **({"event": event_id} if event_id else {})})

    return ExportLinks(link("csv"), link("json"), link("geojson"), link("ics"))

# -- the list ----------------------------------------------------------------------


def event_list(snapshot: Snapshot, query: str = "", page: int = 1) -> EventListPage:
    rows = snapshot.derived(("event-rows",), lambda: [_row(snapshot, e) for e in snapshot.record.events])
    query = query.strip()
    if query:
        words = fold(query).split()
        haystacks = snapshot.derived(("event-haystacks",), lambda: [_haystack(e) for e in snapshot.record.events])
        rows = [r for r, hay in zip(rows, haystacks) if all(w in hay for w in words)]
    pages = max(1, -(-len(rows) // PAGE_SIZE))
    if page < 1 or page > pages:
        raise UsageError(f"page {page} is out of range (1 to {pages})", fix="follow the links at the foot of the list")

    def at(n: int) -> str:
        return "/events?" + urlencode({**({"q": query} if query else {}), "page": n})

    return EventListPage(
        query, len(snapshot.record.events), len(rows), page, pages, rows[(page - 1) * PAGE_SIZE : page * PAGE_SIZE],
        at(page - 1) if page > 1 else None, at(page + 1) if page < pages else None, exports(), "/calendar.ics",
    )


def _row(snapshot: Snapshot, e: Event) -> EventRow:
    killed = next((s for s in snapshot.record.summaries.get(e.id, []) if s.measure == "killed" and s.group == "all"), None)
    flags = sorted({c.kind for c in snapshot.checks.get(e.id, []) if c.status in ("warn", "fail")})
    names = sorted(((n, len(docs)) for n, docs in e.aliases.items()), key=lambda nd: (-nd[1], nd[0]))
    return EventRow(
        e.id, e.name, when(e), e.start, e.end, e.precision, [p["name"] for p in e.places], [NameCount(n, k) for n, k in names],
        len(e.sources), FigureRange(killed.low, killed.best, killed.high) if killed else None, flags, bool(e.decisions), event_url(e.id),
    )


def _haystack(e: Event) -> str:
    return fold(" ".join([e.id, e.name, *e.aliases, *(n for p in e.places for n in p["names"]), *(p["name"] for p in e.places)]))


def when(e: Event) -> str:
    return human(e.start, e.end)


def find_event(snapshot: Snapshot, ref: str) -> Event:
    event = snapshot.event(ref)
    if event is None:
        candidates = [e.id for e in snapshot.record.events if e.id.startswith(ref)] if ref else []
        if candidates:
            raise UsageError(f"{ref!r} is the start of several event ids: {', '.join(candidates[:10])}", fix="give more of the id")
        raise NotFound(f"no event matches {ref!r}", fix="open the list of events at /events")
    return event


# -- the home page's share ---------------------------------------------------------------


@dataclass(slots=True)
class AnniversaryView:
    on: str  # ISO date
    years: int
    name: str
    when: str
    url: str


def anniversaries(snapshot: Snapshot, count: int, after: date) -> list[AnniversaryView]:
    return [
        AnniversaryView(a.on.isoformat(), a.years, a.event.name, when(a.event), event_url(a.event.id))
        for a in upcoming(snapshot.record.events, count, after=after)
    ]
