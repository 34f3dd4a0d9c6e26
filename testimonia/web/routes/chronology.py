"""Dated facts across the archive, in time order."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from testimonia.web.access import read
from testimonia.web.pages.chronology import ChronologyPage, chronology_page
from testimonia.web.render import render

router = APIRouter()


@router.get("/api/chronology", tags=["chronology"], summary="Every dated fact in the archive, in time order, with its precision and source")
def chronology_json(request: Request) -> ChronologyPage:
    return read(request, chronology_page)


@router.get("/chronology", response_class=HTMLResponse, include_in_schema=False)
def chronology_html(request: Request) -> HTMLResponse:
    return render(request, "chronology.html", title="Chronology", json_url="/api/chronology", page=read(request, chronology_page))
