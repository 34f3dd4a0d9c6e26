"""Options and helpers shared by the commands."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from testimonia.settings import Settings, load_settings
from testimonia.store import SQLiteStore, open_store

DbOption = Annotated[Path | None, typer.Option("--db", help="archive file [env TESTIMONIA_DB; default ./testimonia.db]", show_default=False)]
JsonOption = Annotated[bool, typer.Option("--json", help="print JSON instead of a table")]


def settings(db: Path | None = None, **flags: Any) -> Settings:
    return load_settings({"db": db, **flags})


def store(db: Path | None, *, create: bool = False) -> SQLiteStore:
    return open_store(settings(db).db, create=create)


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
