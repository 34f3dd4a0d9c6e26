"""The web app: `create_app(settings, store)`, with HTML pages and the same pages as JSON under /api/.

Nothing here reads the environment or opens an archive: the caller (the
`serve` command, a test) passes both in.
"""

from __future__ import annotations

import threading
from importlib import resources
from typing import Any

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from testimonia import __version__
from testimonia.record import RecordCache
from testimonia.store.base import Store
from testimonia.web import errors
from testimonia.web.pages.event import prepare_event_pages
from testimonia.web.render import environment
from testimonia.web.routes import ROUTERS
from testimonia.web.security import SecurityHeaders, content_security_policy

DESCRIPTION = """\
Every page of the Testimonia web app is also JSON at the same address under `/api/`
(`/documents/{id}` and `/api/documents/{id}`).

Every fact is the claim of one document: its text is `document_text[start:end]` of that
document's `span`, and no figure or label is the archive's own finding.
Errors are `{"error": ..., "fix": ...}` with an HTTP status.
"""


def create_app(settings: Any, store: Store) -> FastAPI:
    app = FastAPI(
        title="Testimonia",
        version=__version__,
        description=DESCRIPTION,
        docs_url=None,  # FastAPI's own pages load Swagger UI from a CDN; ours serves it from /static
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    tile_url = getattr(settings, "tile_url", None) or None
    app.state.settings = settings
    app.state.store = store
    app.state.store_lock = threading.Lock()
    # The reconciled record, rebuilt when extractions or decisions change; then every event's page is
    # made in the background, so that even an event with thousands of sources opens at once.
    app.state.records = RecordCache(prepare=lambda snapshot, is_current: prepare_event_pages(snapshot, is_current, tile_url))
    app.state.tile_url = tile_url
    app.state.templates = environment()
    errors.install(app)
    for router in ROUTERS:
        app.include_router(router, responses=errors.RESPONSES)
    static = resources.files("testimonia.web").joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    app.add_middleware(SecurityHeaders, csp=content_security_policy(tile_url), on_crash=errors.on_crash)
    return app
