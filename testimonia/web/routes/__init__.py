"""Routes, one module per resource; each page is HTML at /PATH and JSON at /api/PATH."""

from testimonia.web.routes import apidocs, chronology, documents, events, home, places, search, settings

ROUTERS = [home.router, events.router, documents.router, search.router, places.router, chronology.router, settings.router, apidocs.router]
