"""The settings in force, from the one settings table."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from testimonia.web.pages.settings import SettingsPage, settings_page
from testimonia.web.render import render

router = APIRouter()


@router.get("/api/settings", tags=["settings"], summary="Every setting: its environment variable, default and value in force")
def settings_json(request: Request) -> SettingsPage:
    return settings_page(request.app.state.settings)


@router.get("/settings", response_class=HTMLResponse, include_in_schema=False)
def settings_html(request: Request) -> HTMLResponse:
    return render(request, "settings.html", title="Settings", json_url="/api/settings", page=settings_page(request.app.state.settings))
