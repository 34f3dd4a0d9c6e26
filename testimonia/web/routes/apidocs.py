"""The API's documentation, served with Swagger UI from this server (npm's swagger-ui-dist), so it works offline."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from testimonia.web.render import render

router = APIRouter()


@router.get("/docs", response_class=HTMLResponse, include_in_schema=False)
def api_docs(request: Request) -> HTMLResponse:
    return render(request, "api_docs.html", title="API documentation", json_url=request.app.openapi_url)


@router.get("/api", include_in_schema=False)
def api_root() -> RedirectResponse:
    return RedirectResponse("/docs")
