"""The home page: counts, coming anniversaries, a timeline of events and a map of places."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from testimonia.web.access import read, record
from testimonia.web.pages.home import HomePage, home_page
from testimonia.web.render import render

router = APIRouter()


def _page(request: Request) -> HomePage:
    # Made once a day per state of the archive: it reads every document's facts.
    snapshot, today = record(request), date.today()
    return snapshot.derived(("home", today), lambda: read(request, home_page, request.app.state.tile_url, snapshot, today))


@router.get("/api/home", tags=["pages"], summary="What the archive holds, the next anniversaries, its events on a timeline and its places on a map")
def home_json(request: Request) -> HomePage:
    return _page(request)


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
def home_html(request: Request) -> HTMLResponse:
    return render(request, "home.html", title="Testimonia", json_url="/api/home", page=_page(request))
