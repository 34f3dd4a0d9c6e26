"""Places named across the archive, with all their names and the documents that name them."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from testimonia.web.access import read
from testimonia.web.pages.places import PlacesPage, places_page
from testimonia.web.render import render

router = APIRouter()


@router.get("/api/places", tags=["places"], summary="Every place the documents name, with every name known for it and its sources")
def places_json(request: Request) -> PlacesPage:
    return read(request, places_page)


@router.get("/places", response_class=HTMLResponse, include_in_schema=False)
def places_html(request: Request) -> HTMLResponse:
    return render(request, "places.html", title="Places", json_url="/api/places", page=read(request, places_page))
