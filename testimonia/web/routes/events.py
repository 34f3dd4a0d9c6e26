"""Events across documents: the list, one event's page and figures, the exports, anniversaries and their calendar."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import TypeAdapter

from testimonia.errors import UsageError
from testimonia.export import FORMATS, export
from testimonia.reconcile.anniversaries import on as anniversaries_on
from testimonia.reconcile.anniversaries import upcoming
from testimonia.reconcile.serialize import anniversary_json, figures_json
from testimonia.record import Snapshot
from testimonia.web.access import record
from testimonia.web.pages.charts import range_chart
from testimonia.web.pages.event import EventPage, event_page
from testimonia.web.pages.events import EventListPage, event_list, event_url, find_event
from testimonia.web.render import render
from testimonia.web.routes.documents import attachment

router = APIRouter()

EventRef = Annotated[str, Path(description="the event's id (`khojaly-1992-02-25`) or a unique prefix of it; an id the event had before a new source changed it redirects to the current one")]
Words = Annotated[str, Query(description="only events whose name, the names sources use or places contain every word")]
PageNumber = Annotated[int, Query(ge=1, description="which page of the list (100 events a page)")]

MEDIA_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "json": "application/json",
    "geojson": "application/geo+json",
    "ics": "text/calendar; charset=utf-8",
}


@router.get("/api/events", tags=["events"], summary="Events across documents, each with its neutral name, the names sources use and low / best / high of those killed")
def events_json(request: Request, q: Words = "", page: PageNumber = 1) -> EventListPage:
    return event_list(record(request), q, page)


@router.get("/events", response_class=HTMLResponse, include_in_schema=False)
def events_html(request: Request, q: Words = "", page: PageNumber = 1) -> HTMLResponse:
    json_url = "/api/events" + (f"?{request.url.query}" if request.url.query else "")
    listing = event_list(record(request), q, page)
    return render(request, "events.html", title=f"Events: {q}" if q.strip() else "Events", json_url=json_url, page=listing)


_EVENT_PAGE = TypeAdapter(EventPage)


@router.get(
    "/api/events/{ref}", tags=["events"], response_model=EventPage,
    responses={307: {"description": "an id the event had before a new source changed it: redirects to its id now"}},
    summary="One event: names and who uses them, dates, places, every source's figures side by side, checks, chronology, quotes and labels",
)
def event_json_route(request: Request, ref: EventRef) -> Response:
    # The page, and its JSON, are made once per state of the archive (see testimonia.record).
    snapshot = record(request)
    if moved := _moved(snapshot, ref, "/api"):
        return moved
    page = event_page(snapshot, ref, request.app.state.tile_url)
    body = snapshot.derived(("event-json", page.id, page.tile_url), lambda: _EVENT_PAGE.dump_json(page))
    return Response(body, media_type="application/json")


@router.get("/events/{ref}", response_class=HTMLResponse, include_in_schema=False)
def event_html(request: Request, ref: EventRef) -> Response:
    snapshot = record(request)
    if moved := _moved(snapshot, ref):
        return moved
    page = event_page(snapshot, ref, request.app.state.tile_url)

    def html() -> bytes:
        charts = {block.anchor: range_chart(block) for block in page.figures}
        return render(request, "event.html", title=page.name, json_url=page.links.json, canonical=page.links.page, page=page, charts=charts).body

    return HTMLResponse(snapshot.derived(("event-html", page.id, page.tile_url), html))


def _moved(snapshot: Snapshot, ref: str, prefix: str = "") -> RedirectResponse | None:
    """An old id (a new source moved the event's date or place) redirects to the event's id now.

    Temporary (307), as the id follows the sources and may move again; a prefix of an id is served as it is."""
    event = find_event(snapshot, ref)
    if event.id == ref or event.id.startswith(ref):
        return None
    return RedirectResponse(prefix + event_url(event.id), status_code=307)


@router.get(
    "/api/export", tags=["events"], response_class=Response,
    responses={200: {"content": {t.split(";")[0]: {} for t in MEDIA_TYPES.values()}, "description": "the export, as a file to save"}},
    summary="The reconciled record as CSV (one row per event, source, measure and group), JSON, GeoJSON or iCalendar anniversaries",
)
def export_route(
    request: Request,
    format: Annotated[str, Query(description="csv, json, geojson or ics")] = "csv",
    event: Annotated[str | None, Query(description="only this event (its id or a unique prefix)")] = None,
) -> Response:
    if format not in FORMATS:
        raise UsageError(f"unknown export format {format!r}", fix=f"use one of {', '.join(FORMATS)}")
    snapshot = record(request)
    event_id = find_event(snapshot, event).id if event else None
    if event_id or format == "ics":  # small: kept with the snapshot; a whole archive's CSV can be a hundred megabytes
        body = snapshot.derived(("export", format, event_id), lambda: export(snapshot.record, format, event_id))
    else:
        body = export(snapshot.record, format)
    filename = f"testimonia-{event_id or 'events'}.{format}"
    return Response(body, media_type=MEDIA_TYPES[format], headers={"Content-Disposition": attachment(filename)})


@router.get("/calendar.ics", include_in_schema=False)  # the API's own address for it is /api/export?format=ics
def calendar(request: Request) -> Response:
    """Anniversaries of every event dated to the day, as an iCalendar feed to subscribe to."""
    snapshot = record(request)
    body = snapshot.derived(("export", "ics", None), lambda: export(snapshot.record, "ics"))
    return Response(body, media_type=MEDIA_TYPES["ics"], headers={"Content-Disposition": 'inline; filename="testimonia-anniversaries.ics"'})


@router.get(
    "/api/events/{ref}/figures", tags=["events"],
    summary="Every source's figures for one event side by side, per measure and group, with low / best / high and the rule that chose them",
)
def event_figures(request: Request, ref: EventRef) -> dict:
    snapshot = record(request)
    return figures_json(find_event(snapshot, ref), snapshot.record)


@router.get("/api/anniversaries", tags=["events"], summary="Commemorations: the events remembered on a day, or the next ones from a day")
def anniversaries(
    request: Request,
    on: Annotated[date | None, Query(description="the events whose anniversary falls on this day (YYYY-MM-DD)")] = None,
    next: Annotated[int | None, Query(ge=1, le=1000, description="the next N anniversaries from `after`")] = None,
    after: Annotated[date | None, Query(description="with `next`: counting from this day (default today)")] = None,
) -> list[dict]:
    if (on is None) == (next is None):
        raise UsageError("give exactly one of on=YYYY-MM-DD or next=N", fix="for example /api/anniversaries?next=5 or /api/anniversaries?on=2027-02-26")
    events = record(request).record.events
    found = anniversaries_on(events, on) if on else upcoming(events, next, after=after or date.today())
    return [anniversary_json(a) for a in found]
