"""One event: every source's claims about it side by side.

The page is built from the reconciled record through `event_json` (the shape the
CLI and the exports use), cut down to what a page can show: every independent
figure but only the first repetitions, the first dates, checks and sources, while
the counts come from the whole record. An event with thousands of sources still
makes a page of a few hundred rows; everything is in the exports.
"""

from __future__ import annotations

import heapq
import logging
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace

from testimonia.reconcile import Record
from testimonia.reconcile.checks import CrossCheck
from testimonia.reconcile.dates import human, precision_of
from testimonia.reconcile.events import fold
from testimonia.reconcile.model import Event, FigureSummary, Source
from testimonia.reconcile.serialize import event_json
from testimonia.record import Snapshot
from testimonia.web.pages.claims import MEASURES
from testimonia.web.pages.common import Marker, page_url
from testimonia.web.pages.events import ExportLinks, SourceRef, event_list, event_url, exports, find_event, source_ref
from testimonia.web.pages.places import place_anchor

log = logging.getLogger("testimonia.web")

FIGURE_ROWS = 20  # per measure and group: every independent figure, then repetitions up to this many rows
NAME_SOURCES = 8  # sources listed under each name or label; the rest are counted
SOURCE_ROWS = 60
QUOTES = 40
CHECKS_SHOWN = 10  # of each kind and outcome
CHECK_SOURCES = 6
CHRONOLOGY_ROWS = 50
_QUALIFIERS = {"exact": "exact", "at_least": "at least", "at_most": "at most", "approx": "about", "range": "range", "vague": "vague amount"}
_CHECKS = {
    "disagreement": "sources disagree", "publisher_revision": "a publisher changed its figure", "order": "impossible date order",
    "subtotal": "parts and total", "anniversary": "anniversary count", "relative_date": "relative date",
}


@dataclass(slots=True)
class Evidence:
    """One source's words for a claim, and the link that shows them highlighted in the document."""

    source: SourceRef
    text: str
    url: str


@dataclass(slots=True)
class NameUse:
    name: str
    count: int  # sources using it
    sources: list[SourceRef]  # the first NAME_SOURCES of them, oldest first


@dataclass(slots=True)
class DateView:
    """A date sources give for the event."""

    when: str
    start: str
    end: str | None
    precision: str
    is_event_date: bool  # the date the record gives the event (the one most sources state)
    count: int
    sources: list[SourceRef]


@dataclass(slots=True)
class PlaceView:
    name: str
    names: list[str]  # every spelling the sources use
    gazetteer_id: str | None
    lat: float | None
    lon: float | None
    sources: int
    url: str  # the place on the places page


@dataclass(slots=True)
class FigureRow:
    source: SourceRef
    number: str  # as the source qualifies it: "613", "at least 161", "500–1,000"
    value: float | None
    low: float | None
    high: float | None
    qualifier: str
    qualifier_label: str
    evidence: str  # the source's words
    evidence_url: str  # the document page at the fact, highlighted
    fact_id: str
    part_of: str | None  # the total this figure is a part of, in the same document
    repeats: SourceRef | None  # the earlier source that first gave this figure
    repeated_by: int  # later sources giving the same figure


@dataclass(slots=True)
class FigureBlock:
    anchor: str
    measure: str
    group: str
    title: str
    low: float | None
    best: float | None
    high: float | None
    rule: str
    claims: int
    independent: int  # sources that do not only repeat an earlier figure
    repetitions: int
    disagreement: bool
    spread: float | None  # high / low
    rows: list[FigureRow]
    omitted: int  # repetitions left off the page (all are in the exports)


@dataclass(slots=True)
class CheckView:
    kind: str
    label: str
    status: str
    detail: str
    sources: list[SourceRef]  # the first CHECK_SOURCES documents it concerns
    documents: int  # how many it concerns


@dataclass(slots=True)
class CheckGroup:
    """The checks of one kind and outcome; the first CHECKS_SHOWN listed (a document's own checks repeat across thousands of sources)."""

    kind: str
    label: str
    status: str
    count: int
    checks: list[CheckView]


@dataclass(slots=True)
class ChronologyRow:
    when: str
    start: str
    end: str | None
    precision: str
    inferred: str | None
    text: str
    source: SourceRef
    url: str


@dataclass(slots=True)
class QuoteView:
    speaker: str | None
    text: str
    count: int  # sources quoting these words
    evidence: list[Evidence]


@dataclass(slots=True)
class LabelUse:
    """A word sources use for the event ("massacre", "genocide"): theirs, not the archive's."""

    label: str
    count: int
    evidence: list[Evidence]


@dataclass(slots=True)
class SourceRow:
    source: SourceRef
    names: list[str]  # what this source calls the event
    figures: int


@dataclass(slots=True)
class EventLinks:
    page: str
    json: str
    exports: ExportLinks


@dataclass(slots=True)
class EventPage:
    id: str
    name: str
    renamed: bool  # the name is a curator's, not the neutral place and date
    when: str
    start: str | None
    end: str | None
    precision: str | None
    confidence: float
    decisions: list[str]  # curator decisions, in the order they were applied
    names: list[NameUse]
    dates: list[DateView]
    dates_differ: bool
    places: list[PlaceView]
    markers: list[Marker]
    figures: list[FigureBlock]
    checks: list[CheckGroup]  # problems first
    chronology: list[ChronologyRow]  # the first CHRONOLOGY_ROWS, in time order
    chronology_total: int
    quotes: list[QuoteView]
    quotes_total: int
    labels: list[LabelUse]
    sources: list[SourceRow]
    sources_total: int
    links: EventLinks
    tile_url: str | None = None


def event_page(snapshot: Snapshot, ref: str, tile_url: str | None = None) -> EventPage:
    event = find_event(snapshot, ref)
    return snapshot.derived(("event-page", event.id, tile_url), lambda: _event_page(snapshot, event, tile_url))


def _event_page(snapshot: Snapshot, e: Event, tile_url: str | None) -> EventPage:
    full = snapshot.record.summaries.get(e.id, [])
    # event_json over the record cut down to what the page shows: every independent figure, repetitions
    # up to FIGURE_ROWS, the first dates and checks of each kind (an event with thousands of sources
    # would otherwise make a page of thousands of rows); the counts come from the whole record.
    checks: dict[tuple[str, str], list[CrossCheck]] = defaultdict(list)
    for c in snapshot.checks.get(e.id, []):
        checks[(c.kind, c.status)].append(c)
    dates = snapshot.dates.get(e.id, [])
    cut = Record([e], [], {e.id: [_trim(s) for s in full]}, [c for members in checks.values() for c in members[:CHECKS_SHOWN]],
                 dates[:CHRONOLOGY_ROWS], snapshot.record.sources)
    # (its mentions are left out too: their sources and dates are counted below, without a dict per source)
    data = event_json(replace(e, mentions=[]), cut)
    ordered = e.sources  # oldest first
    position = {source.document_id: i for i, source in enumerate(ordered)}
    refs: dict[str, SourceRef] = {}

    def doc(document_id: str) -> SourceRef:
        found = refs.get(document_id)
        if found is None:
            source = snapshot.record.sources.get(document_id)
            found = refs[document_id] = source_ref(source) if source else SourceRef(
                document_id, document_id[:12], document_id[:12], None, None, page_url(document_id))
        return found

    def ref(source: dict) -> SourceRef:
        return doc(source["document_id"])

    users = _users(snapshot, e)
    names = _names(users, position, doc)
    figures = [_figures(shown, whole, ref, doc) for shown, whole in zip(data["figures"], full)]
    places = [
        PlaceView(p["name"], p["names"], p.get("place"), p.get("lat"), p.get("lon"), len(p["documents"]),
                  "/places#" + place_anchor(p.get("place") or f"name:{_web_fold(p['name'])}"))
        for p in data["places"]
    ]
    markers = [Marker(p.name, p.lat, p.lon, p.sources, p.sources, p.url) for p in places if p.lat is not None and p.lon is not None]
    quotes, quotes_total, labels = _voices(snapshot, e, ordered, doc)
    figure_count: dict[str, int] = defaultdict(int)
    for summary in full:
        for c in summary.claims:
            figure_count[c.source.document_id] += 1
    listed = {source.document_id for source in ordered[:SOURCE_ROWS]}
    called: dict[str, list[str]] = defaultdict(list)  # what each listed source calls the event
    for name, documents in users.items():
        for doc_id in listed.intersection(documents):
            called[doc_id].append(name)
    order = {"fail": 0, "warn": 1}
    return EventPage(
        id=e.id, name=e.name, renamed=any(d.startswith("renamed") for d in e.decisions), when=data["when"], start=e.start, end=e.end,
        precision=e.precision, confidence=e.confidence, decisions=list(e.decisions), names=names,
        dates=(claimed := _dates(e, position, doc)), dates_differ=len(claimed) > 1,
        places=places, markers=markers, figures=figures,
        checks=[
            CheckGroup(kind, _CHECKS.get(kind, kind.replace("_", " ")), status, len(members), [
                CheckView(c["kind"], _CHECKS.get(kind, kind.replace("_", " ")), c["status"], c["detail"],
                          [doc(d) for d in list(dict.fromkeys(c["documents"]))[:CHECK_SOURCES]], len(set(c["documents"])))
                for c in data["checks"] if (c["kind"], c["status"]) == (kind, status)
            ])
            for (kind, status), members in sorted(checks.items(), key=lambda kv: (order.get(kv[0][1], 2), kv[0][0]))
        ],
        chronology=[
            ChronologyRow(d["when"], d["start"], d["end"], d["precision"], d["inferred"], d["text"], ref(d["source"]), page_url(d["source"]["document_id"], d["fact_id"]))
            for d in data["chronology"]
        ],
        chronology_total=len(dates),
        quotes=quotes, quotes_total=quotes_total, labels=labels,
        sources=[SourceRow(doc(s.document_id), called.get(s.document_id, []), figure_count.get(s.document_id, 0)) for s in ordered[:SOURCE_ROWS]],
        sources_total=len(ordered),
        links=EventLinks(event_url(e.id), "/api" + event_url(e.id), exports(e.id)), tile_url=tile_url,
    )


def _trim(s: FigureSummary) -> FigureSummary:
    """The summary with the claims the page lists: the independent ones, then repetitions while there is room."""
    independent = [c for c in s.claims if c.repeats is None]
    room = max(0, FIGURE_ROWS - len(independent))
    if len(s.claims) - len(independent) <= room:
        return s
    kept = {id(c) for c in independent} | {id(c) for c in [c for c in s.claims if c.repeats is not None][:room]}
    return replace(s, claims=[c for c in s.claims if id(c) in kept])


def _users(snapshot: Snapshot, e: Event) -> dict[str, dict[str, None]]:
    """Every name sources give the event (as the text names it, and its longer forms) -> the documents using it, in order."""
    users: dict[str, dict[str, None]] = defaultdict(dict)
    for m in e.mentions:
        doc_id = m.source.document_id
        for name in (m.name, *snapshot.aliases.get((doc_id, m.local_id), ())):
            if name:
                users[name].setdefault(doc_id)
    return users


def _names(users: dict[str, dict[str, None]], position: dict[str, int], doc) -> list[NameUse]:
    out = []
    for name, docs in sorted(users.items(), key=lambda nd: (-len(nd[1]), nd[0].casefold())):
        out.append(NameUse(name, len(docs), [doc(d) for d in heapq.nsmallest(NAME_SOURCES, docs, key=position.__getitem__)]))
    return out


def _dates(e: Event, position: dict[str, int], doc) -> list[DateView]:
    """The dates sources give the event, each with who gives it; the record's own date first."""
    by_date: dict[tuple[str, str | None], dict[str, None]] = defaultdict(dict)
    for m in e.mentions:
        if m.start:
            by_date[(m.start, m.end)].setdefault(m.source.document_id)
    views = [
        DateView(human(start, end), start, end, precision_of(start), (start, end) == (e.start, e.end), len(docs),
                 [doc(d) for d in heapq.nsmallest(NAME_SOURCES, docs, key=position.__getitem__)])
        for (start, end), docs in by_date.items()
    ]
    return sorted(views, key=lambda v: (not v.is_event_date, -v.count, v.start))


def _number(c: dict) -> str:
    value, low, high, qualifier = c["value"], c["low"], c["high"], c["qualifier"]
    if value is None and low is not None and high is not None:
        return f"{_n(low)}–{_n(high)}"
    if value is None:
        return f"at least {_n(low)} (implied)" if low is not None else "unstated"
    prefix = {"at_least": "at least ", "at_most": "at most ", "approx": "about "}.get(qualifier, "")
    return prefix + _n(value)


def _n(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,}"


def _figures(s: dict, whole: FigureSummary, ref, doc) -> FigureBlock:
    """One measure and group: `s` the claims shown (as JSON), `whole` every claim, for the counts."""
    repeated_by: Counter[tuple] = Counter(
        (c.repeats, c.value, c.low, c.high, c.qualifier) for c in whole.claims if c.repeats is not None
    )
    rows = [
        FigureRow(
            ref(c["source"]), _number(c), c["value"], c["low"], c["high"], c["qualifier"], _QUALIFIERS.get(c["qualifier"], c["qualifier"]),
            c["text"], page_url(c["source"]["document_id"], c["fact_id"]), c["fact_id"], c["part_of"],
            doc(c["repeats"]) if c["repeats"] else None,
            0 if c["repeats"] else repeated_by.get((c["source"]["document_id"], c["value"], c["low"], c["high"], c["qualifier"]), 0),
        )
        for c in s["claims"]
    ]
    claims = s["claims"]
    measure = MEASURES.get(s["measure"], s["measure"].replace("_", " "))
    if s["measure"] == "other" and claims and claims[0].get("label"):
        measure = claims[0]["label"]
    group = "all people" if s["group"] == "all" else s["group"]
    repetitions = sum(c.repeats is not None for c in whole.claims)
    return FigureBlock(
        f"figures-{_slug(s['measure'])}-{_slug(s['group'])}", s["measure"], s["group"], f"{measure.capitalize()}: {group}",
        s["low"], s["best"], s["high"], s["rule"], len(whole.claims), s["independent_sources"], repetitions,
        s["disagreement"], s["spread"], rows, len(whole.claims) - len(rows),
    )


def _slug(value: str) -> str:
    return "-".join(fold(value).split()) or "x"


def _voices(snapshot: Snapshot, e: Event, ordered: list[Source], doc) -> tuple[list[QuoteView], int, list[LabelUse]]:
    """Quotes and labels in the event's sources (`ordered`: oldest first). A fact tied to one of the document's
    events counts for that event only; one tied to none counts when the document is about this event alone."""
    quotes: dict[tuple[str | None, str], list] = {}  # -> [sources quoting, evidence of the first NAME_SOURCES]
    labels: dict[str, list] = {}
    local: dict[str, set[str]] = defaultdict(set)
    for m in e.mentions:
        local[m.source.document_id].add(m.local_id)
    for source in ordered:
        doc_id = source.document_id
        voices = snapshot.voices.get(doc_id)
        if voices is None:
            continue
        mine = local[doc_id]
        alone = snapshot.events_of_document.get(doc_id) == {e.id}
        seen: set[str] = set()
        for kind, facts in (("quote", voices.quotes), ("label", voices.characterizations)):
            for fact in facts:
                tied = fact.get("event")
                if not (tied in mine if tied else alone):
                    continue
                if kind == "quote":
                    if not isinstance(fact.get("text"), str):
                        continue
                    speaker = fact.get("speaker_name") or voices.speakers.get(str(fact.get("speaker") or "")) or None
                    entry = quotes.setdefault((speaker, fact["text"]), [0, []])
                else:
                    label = fact.get("label") or fact.get("text")
                    if not isinstance(label, str) or label.casefold() in seen:
                        continue
                    seen.add(label.casefold())
                    entry = labels.setdefault(label.casefold(), [0, []])
                entry[0] += 1
                if len(entry[1]) < NAME_SOURCES:
                    entry[1].append(Evidence(doc(doc_id), str(fact.get("text") or ""), page_url(doc_id, str(fact.get("id") or "") or None)))
    quote_views = sorted(
        (QuoteView(speaker, text, count, evidence) for (speaker, text), (count, evidence) in quotes.items()),
        key=lambda q: (-q.count, q.speaker or "~", q.text),
    )
    label_views = sorted((LabelUse(label, count, evidence) for label, (count, evidence) in labels.items()), key=lambda lu: (-lu.count, lu.label))
    return quote_views[:QUOTES], len(quote_views), label_views


def _web_fold(name: str) -> str:
    from testimonia.web.pages.gazetteer import fold as web_fold

    return web_fold(name)


def prepare_event_pages(snapshot: Snapshot, is_current: Callable[[], bool], tile_url: str | None = None) -> None:
    """Make every event's page ahead of its readers, largest first: a page is built from all of its
    event's sources, a third of a second for one with nine thousand; once made it is kept with the snapshot."""
    try:
        event_list(snapshot)
        for e in sorted(snapshot.record.events, key=lambda e: -len(e.mentions)):
            if not is_current():
                return
            event_page(snapshot, e.id, tile_url)
    except Exception:  # a page that cannot be made fails again, with its error page, when it is asked for
        log.exception("preparing the event pages failed")
