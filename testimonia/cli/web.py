"""The `serve` command: the web app and JSON API over one archive."""

from __future__ import annotations

from typing import Annotated

import typer

from testimonia.cli import app, err
from testimonia.cli.common import DbOption, settings
from testimonia.store import open_store


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="address to listen on; 0.0.0.0 makes the archive reachable from other machines")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="port to listen on", min=1, max=65535)] = 8000,
) -> None:
    """Serve the archive as a website and a JSON API (API documentation at /docs)."""
    import uvicorn

    from testimonia.web import create_app

    config = settings(db)
    archive = open_store(config.db)
    err.print(f"serving {config.db} at http://{host}:{port}/  (API documentation: /docs; Ctrl-C stops)", markup=False, highlight=False, soft_wrap=True)
    try:
        uvicorn.run(create_app(config, archive), host=host, port=port, log_level="warning", server_header=False)
    finally:
        archive.close()
