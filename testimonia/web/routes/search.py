"""Full-text search with facets."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from testimonia.errors import UsageError
from testimonia.web.access import read
from testimonia.web.pages.search import MAX_LIMIT, SearchPage, search_page
from testimonia.web.render import render

router = APIRouter()

Q = Annotated[str, Query(description='words that must all appear; "quoted phrases" stay together; empty lists every document')]
Facet = Annotated[str | None, Query()]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="most results to return")]


def _filters(publisher: str | None, year: str | None, language: str | None, format: str | None, measure: str | None) -> dict[str, str | None]:
    return {"publisher": publisher, "year": year, "language": language, "format": format, "measure": measure}


@router.get("/api/search", tags=["search"], summary="Full-text search, best matches first, with facets")
def search_json(
    request: Request, q: Q = "", publisher: Facet = None, year: Facet = None, language: Facet = None,
    format: Facet = None, measure: Facet = None, limit: Limit = 50,
) -> SearchPage:
    return read(request, search_page, q, _filters(publisher, year, language, format, measure), limit)


@router.get("/search", response_class=HTMLResponse, include_in_schema=False)
def search_html(
    request: Request, q: Q = "", publisher: Facet = None, year: Facet = None, language: Facet = None,
    format: Facet = None, measure: Facet = None, limit: Limit = 50,
) -> HTMLResponse:
    json_url = "/api/search" + (f"?{request.url.query}" if request.url.query else "")
    filters = _filters(publisher, year, language, format, measure)
    try:
        page = read(request, search_page, q, filters, limit)
    except UsageError as exc:  # words the index cannot search for: say so beside the search box
        page = SearchPage(q, {k: v for k, v in filters.items() if v}, 0, False, [], [])
        return render(request, "search.html", title="Search", json_url=json_url, page=page, error=exc, status=exc.status)
    title = f"Search: {q}" if q else "Search"
    return render(request, "search.html", title=title, json_url=json_url, page=page, error=None)
