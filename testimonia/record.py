"""The reconciled record of an archive: the one place CLI and web ask for events, figures and dates."""

from __future__ import annotations

from testimonia.reconcile import Record, Source, build_record
from testimonia.settings import Settings
from testimonia.store.base import Store


def load_record(store: Store, settings: Settings) -> Record:
    extractions = [
        (Source(doc.id, doc.meta.publisher, doc.meta.published, doc.meta.title, doc.filename), stored.result)
        for doc, stored in store.latest_extractions()
    ]
    return build_record(
        extractions, store.decisions(), best_rule=settings.best_rule, disagreement_ratio=settings.disagreement_ratio, place_names=_place_names(extractions),
    )


def _place_names(extractions: list[tuple[Source, dict]]) -> dict[str, str]:
    """Display names of the gazetteer entries the extractions point at (neutral: the gazetteer's own display name)."""
    ids = {p["place"] for _, result in extractions for p in result.get("places") or [] if p.get("place")}
    if not ids:
        return {}
    try:
        from testimonia.gazetteer import get_gazetteer
    except ImportError:
        return {}
    gazetteer = get_gazetteer()
    names = {}
    for place_id in ids:
        entry = gazetteer.entry(place_id)
        if entry is not None:
            names[place_id] = getattr(entry, "display", None) or getattr(entry, "name", place_id)
    return names
