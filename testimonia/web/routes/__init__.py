"""Routes, one module per resource; each page is HTML at /PATH and JSON at /api/PATH."""

from testimonia.web.routes import apidocs, chronology, documents, home, places, search, settings

ROUTERS = [home.router, documents.router, search.router, places.router, chronology.router, settings.router, apidocs.router]
