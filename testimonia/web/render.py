"""HTML rendering: one Jinja environment with autoescaping always on, and the site's navigation."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from fastapi import Request
from fastapi.encoders import jsonable_encoder
from fastapi.responses import HTMLResponse
from jinja2 import Environment, PackageLoader, StrictUndefined

# (path, label): the main navigation, in order.
NAV: tuple[tuple[str, str], ...] = (
    ("/", "Home"),
    ("/events", "Events"),
    ("/documents", "Documents"),
    ("/search", "Search"),
    ("/places", "Places"),
    ("/chronology", "Chronology"),
    ("/settings", "Settings"),
    ("/docs", "API"),
)


def environment() -> Environment:
    # autoescape=True for every template, not by file extension: document text and
    # metadata reach every page, and none of it may ever become markup.
    env = Environment(
        loader=PackageLoader("testimonia.web", "templates"),
        autoescape=True,
        undefined=StrictUndefined,  # a misspelt field fails the tests instead of rendering blank
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["n"] = lambda value: f"{value:,}" if isinstance(value, int) else value
    env.filters["bytes"] = _bytes
    env.filters["num"] = number
    env.filters["plain"] = jsonable_encoder  # page objects to plain data, for |tojson blocks read by scripts
    env.tests["web_address"] = web_address
    env.globals["nav"] = NAV
    return env


def render(request: Request, template: str, *, title: str, json_url: str | None = None, status: int = 200, **context: Any) -> HTMLResponse:
    env: Environment = request.app.state.templates
    html = env.get_template(template).render(
        title=title, json_url=json_url, path=request.url.path, **context,
    )
    return HTMLResponse(html, status_code=status)


def web_address(value: object) -> bool:
    """Only http(s) addresses become links: a stored "javascript:" or "data:" URL stays text."""
    return isinstance(value, str) and urlsplit(value.strip()).scheme.lower() in ("http", "https")


def number(value: object) -> str:
    """A count or figure as people read it: 1,000 not 1000.0; "–" for none."""
    if value is None:
        return "–"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value:,}" if isinstance(value, (int, float)) and not isinstance(value, bool) else str(value)


def _bytes(size: int) -> str:
    if size < 1000:
        return f"{size:,} bytes"
    value = float(size)
    for unit in ("KB", "MB", "GB"):
        value /= 1000
        if round(value, 1) < 1000 or unit == "GB":
            break
    return f"{value:.1f} {unit}"
