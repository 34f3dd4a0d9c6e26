"""The home page: what the archive holds, a timeline of its dates and a map of its places."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from testimonia.store.base import Store
from testimonia.web.pages.chronology import ChronologyEntry, chronology_from
from testimonia.web.pages.common import DocumentSummary, count_facts, extractions, page_url, summary, title_of
from testimonia.web.pages.places import places_from

RECENT = 8


@dataclass(slots=True)
class Counts:
    documents: int
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
    group: str  # "dates" (a date a document gives) or "published" (when a document appeared)
    start: str  # ISO date
    end: str | None  # exclusive ISO date for a period (a year, a month, a range); None for one day
    label: str  # short text shown on the timeline
    title: str  # what the date is and who says it
    url: str


@dataclass(slots=True)
class Marker:
    name: str
    lat: float
    lon: float
    documents: int
    mentions: int
    url: str


@dataclass(slots=True)
class HomePage:
    counts: Counts
    timeline: list[TimelineItem]
    markers: list[Marker]
    recent: list[DocumentSummary]
    tile_url: str | None  # a map tile server, when one is configured; else country outlines only


def home_page(store: Store, tile_url: str | None = None) -> HomePage:
    corpus = list(extractions(store))
    places = places_from(corpus)
    chronology = chronology_from(corpus)
    counts = Counts(
        documents=store.count_documents(),
        with_facts=sum(result is not None for _, result in corpus),
        facts=sum(count_facts(result) for _, result in corpus),
        places=places.count,
        places_with_coordinates=places.with_coordinates,
        dated_facts=chronology.count,
        publishers=len({d.meta.publisher for d, _ in corpus if d.meta.publisher}),
        languages=len({d.meta.language for d, _ in corpus if d.meta.language}),
    )
    timeline = [item for i, e in enumerate(chronology.entries) if (item := _date_item(i, e))]
    for document, _ in corpus:
        if (period := _period(document.meta.published, None)) is not None:
            timeline.append(TimelineItem(
                f"doc-{document.id[:16]}", "published", period[0], period[1], document.meta.publisher or title_of(document),
                f"Published: {title_of(document)} ({document.meta.publisher or 'publisher unknown'}, {document.meta.published})",
                page_url(document.id),
            ))
    markers = [
        Marker(p.name, p.lat, p.lon, len(p.documents), p.mentions, f"/places#{p.anchor}")
        for p in places.places if p.lat is not None and p.lon is not None
    ]
    recent = sorted(corpus, key=lambda dr: dr[0].ingested_at or "", reverse=True)[:RECENT]
    return HomePage(counts, timeline, markers, [summary(d, r) for d, r in recent], tile_url)


def _date_item(index: int, entry: ChronologyEntry) -> TimelineItem | None:
    period = _period(entry.start, entry.end)
    if period is None:
        return None
    source = entry.document.publisher or entry.document.title
    when = entry.start + (f" to {entry.end}" if entry.end else "")
    return TimelineItem(
        f"date-{index}", "dates", period[0], period[1], (entry.text or when)[:60],
        f"{source} gives the date {when} ({entry.precision}): “{entry.text or ''}”", entry.url,
    )


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
