"""The home page: counts, a timeline of dates and a map of places."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from testimonia.web.access import read
from testimonia.web.pages.home import HomePage, home_page
from testimonia.web.render import render

router = APIRouter()


def _page(request: Request) -> HomePage:
    return read(request, home_page, request.app.state.tile_url)


@router.get("/api/home", tags=["pages"], summary="What the archive holds, its dates on a timeline and its places on a map")
def home_json(request: Request) -> HomePage:
    return _page(request)


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
def home_html(request: Request) -> HTMLResponse:
    return render(request, "home.html", title="Testimonia", json_url="/api/home", page=_page(request))
