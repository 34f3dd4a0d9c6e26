"""The home page: what the archive holds, coming anniversaries, a timeline of its events and a map of its places."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from urllib.parse import urlencode

from testimonia.reconcile.dates import human
from testimonia.record import Snapshot
from testimonia.store.base import Store
from testimonia.web.pages.chronology import chronology_from
from testimonia.web.pages.common import DocumentSummary, Marker, count_facts, extractions, page_url, summary, title_of
from testimonia.web.pages.events import AnniversaryView, anniversaries, event_url
from testimonia.web.pages.places import places_from

RECENT = 8
ANNIVERSARIES = 5
PUBLISHED_ITEMS = 400  # documents on the timeline one by one; beyond, a count a year


@dataclass(slots=True)
class Counts:
    documents: int
    events: int
    with_facts: int
    facts: int
    places: int
    places_with_coordinates: int
    dated_facts: int
    publishers: int
    languages: int


@dataclass(slots=True)
class TimelineItem:
    id: str
    group: str  # "events" (an event across documents) or "published" (when a document appeared)
    start: str  # ISO date
    end: str | None  # exclusive ISO date for a period (a year, a month, a range); None for one day
    label: str  # short text shown on the timeline
    title: str  # what it is and who says so
    url: str


@dataclass(slots=True)
class HomePage:
    counts: Counts
    anniversaries: list[AnniversaryView]  # the next ones, from today
    timeline: list[TimelineItem]
    markers: list[Marker]
    recent: list[DocumentSummary]
    tile_url: str | None  # a map tile server, when one is configured; else country outlines only


def home_page(store: Store, tile_url: str | None = None, snapshot: Snapshot | None = None, today: date | None = None) -> HomePage:
    """`snapshot`: the reconciled record (built from `store` when not given)."""
    if snapshot is None:
        from testimonia.record import RecordCache
        from testimonia.settings import Settings

        snapshot = RecordCache().get(store, Settings())
    corpus = list(extractions(store))
    places = places_from(corpus)
    chronology = chronology_from(corpus)
    counts = Counts(
        documents=store.count_documents(),
        events=len(snapshot.record.events),
        with_facts=sum(result is not None for _, result in corpus),
        facts=sum(count_facts(result) for _, result in corpus),
        places=places.count,
        places_with_coordinates=places.with_coordinates,
        dated_facts=chronology.count,
        publishers=len({d.meta.publisher for d, _ in corpus if d.meta.publisher}),
        languages=len({d.meta.language for d, _ in corpus if d.meta.language}),
    )
    timeline = []
    for e in snapshot.record.events:
        if (period := _period(e.start, e.end)) is not None:
            names = ", ".join(f"“{n}”" for n in sorted(e.aliases, key=lambda n: -len(e.aliases[n]))[:3])
            timeline.append(TimelineItem(
                f"event-{e.id}", "events", period[0], period[1], e.name,
                f"{e.name}: {human(e.start, e.end)}, {len(e.sources)} source{'s' * (len(e.sources) != 1)}" + (f"; sources call it {names}" if names else ""),
                event_url(e.id),
            ))
    published = [(document, period) for document, _ in corpus if (period := _period(document.meta.published, None)) is not None]
    if len(published) <= PUBLISHED_ITEMS:
        for document, period in published:
            timeline.append(TimelineItem(
                f"doc-{document.id[:16]}", "published", period[0], period[1], document.meta.publisher or title_of(document),
                f"Published: {title_of(document)} ({document.meta.publisher or 'publisher unknown'}, {document.meta.published})",
                page_url(document.id),
            ))
    else:  # one item a year: thousands of documents would bury the events and stall the browser
        years = Counter(period[0][:4] for _, period in published)
        for year, count in sorted(years.items()):
            timeline.append(TimelineItem(
                f"year-{year}", "published", f"{year}-01-01", f"{int(year) + 1}-01-01", f"{count:,} document{'s' * (count != 1)}",
                f"{count:,} document{'s' * (count != 1)} published in {year}", "/search?" + urlencode({"year": year}),
            ))
    markers = [
        Marker(p.name, p.lat, p.lon, len(p.documents), p.mentions, f"/places#{p.anchor}")
        for p in places.places if p.lat is not None and p.lon is not None
    ]
    recent = sorted(corpus, key=lambda dr: dr[0].ingested_at or "", reverse=True)[:RECENT]
    coming = anniversaries(snapshot, ANNIVERSARIES, today or date.today())
    return HomePage(counts, coming, timeline, markers, [summary(d, r) for d, r in recent], tile_url)


def _period(start: str | None, end: str | None) -> tuple[str, str | None] | None:
    """A date of any precision as [first day, day after the last) so a year shows as the whole year."""
    first = _first_day(start)
    if first is None:
        return None
    last = _last_day(end) if end else _last_day(start)
    if last is None or last < first:
        last = first
    if last == first and start and len(start) == 10:
        return first.isoformat(), None
    return first.isoformat(), (last + timedelta(days=1)).isoformat()


def _first_day(value: str | None) -> date | None:
    try:
        if value and len(value) == 4:
            return date(int(value), 1, 1)
        if value and len(value) == 7:
            return date(int(value[:4]), int(value[5:7]), 1)
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _last_day(value: str | None) -> date | None:
    try:
        if value and len(value) == 4:
            return date(int(value), 12, 31)
        if value and len(value) == 7:
            year, month = int(value[:4]), int(value[5:7])
            return date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None
