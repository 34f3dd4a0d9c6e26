"""The web app and JSON API over an archive: `create_app(settings, store)`."""

from testimonia.web.app import create_app

__all__ = ["create_app"]
