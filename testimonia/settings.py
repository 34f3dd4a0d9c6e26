"""Every setting declared once: name, environment variable, default and help.

The CLI options, the web app's settings page and the README's table are all
built from `SETTINGS`, so a setting cannot be documented in one place and
forgotten in another. Nothing is read from the environment at import time.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, fields
from pathlib import Path


@dataclass(frozen=True)
class Setting:
    name: str
    env: str
    default: object
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("db", "TESTIMONIA_DB", "testimonia.db", "the archive: a SQLite file (created by `testimonia init`)"),
    Setting("max_bytes", "TESTIMONIA_MAX_BYTES", 50_000_000, "largest file `ingest` accepts, in bytes"),
    Setting("best_rule", "TESTIMONIA_BEST_RULE", "median", "how an event's best figure is chosen: median, lowest, highest or latest"),
    Setting("tile_url", "TESTIMONIA_TILE_URL", None, "map tiles for the web map ({z}/{x}/{y} URL); unset: country outlines only, nothing fetched"),
    Setting("disagreement_ratio", "TESTIMONIA_DISAGREEMENT_RATIO", 1.5, "flag sources as disagreeing when high / low exceeds this"),
)


@dataclass(frozen=True)
class Settings:
    db: Path = Path("testimonia.db")
    max_bytes: int = 50_000_000
    best_rule: str = "median"
    disagreement_ratio: float = 1.5
    tile_url: str | None = None


def load_settings(overrides: Mapping[str, object | None] | None = None, environ: Mapping[str, str] | None = None) -> Settings:
    """Each setting from `overrides` (CLI flags) if given, else the environment, else its default."""
    overrides = overrides or {}
    environ = os.environ if environ is None else environ
    types = {f.name: f.type for f in fields(Settings)}
    values: dict[str, object] = {}
    for s in SETTINGS:
        raw = overrides.get(s.name)
        if raw is None:
            raw = environ.get(s.env) or s.default
        if raw is None:
            values[s.name] = None
            continue
        values[s.name] = _coerce(s, raw, types[s.name])
    return Settings(**values)


def _coerce(setting: Setting, raw: object, type_name: str) -> object:
    from testimonia.errors import UsageError

    try:
        if type_name == "Path":
            return Path(str(raw))
        if type_name == "int":
            return int(raw)  # type: ignore[arg-type]
        if type_name == "float":
            return float(raw)  # type: ignore[arg-type]
    except ValueError:
        raise UsageError(f"{setting.name} must be a number, got {raw!r}", fix=f"set {setting.env} or the flag to a number") from None
    if setting.name == "best_rule" and raw not in ("median", "lowest", "highest", "latest"):
        raise UsageError(f"best_rule must be median, lowest, highest or latest, got {raw!r}", fix=f"set {setting.env} to one of them")
    return raw
