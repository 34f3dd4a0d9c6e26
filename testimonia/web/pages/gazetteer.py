"""The web's one door to the gazetteer, which is optional: without it, places keep the names the documents use.

`testimonia.gazetteer.get_gazetteer().entry(place_id)` gives an entry with its
`display` name, every alias (in every script) and coordinates. If the package
or its index is missing, or an id is unknown, a place is shown with the
spellings its documents use, and nothing fails.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    id: str
    name: str
    names: tuple[str, ...]  # the display name first, then every alias in the gazetteer's order
    lat: float | None
    lon: float | None


def lookup(place_id: str | None) -> GazetteerEntry | None:
    return _lookup(place_id) if place_id else None


@lru_cache(maxsize=4096)
def _lookup(place_id: str) -> GazetteerEntry | None:
    try:
        from testimonia.gazetteer import get_gazetteer

        found = get_gazetteer().entry(place_id)
    except (ImportError, OSError, LookupError, ValueError) as exc:
        log.warning("gazetteer unavailable (%s); places keep the names their documents use", exc)
        return None
    if found is None:
        return None
    aliases = [getattr(a, "name", a) for a in getattr(found, "aliases", ())]
    names = tuple(dict.fromkeys(str(n) for n in [found.display, *aliases] if n))
    return GazetteerEntry(place_id, str(found.display), names, _float(found.lat), _float(found.lon))


def fold(name: str) -> str:
    """The key two spellings of a name share ("Xocalı" and "xocali"); plain lower case without the gazetteer."""
    try:
        from testimonia.gazetteer.fold import fold_name
    except ImportError:
        return re.sub(r"\W+", " ", name.lower()).strip()
    return fold_name(name)


def _float(value: object) -> float | None:
    try:
        return float(value) if value is not None else None  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
