"""Each export format as a function from the record (optionally one event) to text."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime, timezone

from testimonia.reconcile.build import Record
from testimonia.reconcile.model import Claim, Event
from testimonia.reconcile.serialize import event_json

# UCDP-GED-like columns: one row per (event, source, measure, group).
CSV_COLUMNS = (
    "event_id", "event_name", "date_start", "date_end", "date_precision", "place", "lat", "lon", "geo_precision",
    "measure", "group", "unit", "value", "low", "high", "qualifier", "event_low", "event_best", "event_high",
    "repeats_document", "publisher", "published", "document_id", "fact_id", "evidence_start", "evidence_end", "evidence_text",
)


def export(record: Record, fmt: str, event_id: str | None = None) -> str:
    events = [e for e in record.events if event_id is None or e.id == event_id]
    return FORMATS[fmt](record, events)


def to_csv(record: Record, events: list[Event]) -> str:
    """One row per (event, source, measure, group). A source giving several figures for the same
    measure and group ("more than 200", "between 500 and 1,000") gets one row spanning them all,
    qualifier `several`, with every figure's evidence, so no claim is dropped and none is picked."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for e in events:
        place = e.places[0] if e.places else {}
        for s in record.summaries.get(e.id, []):
            by_source: dict[str, list[Claim]] = {}
            for c in s.claims:
                by_source.setdefault(c.source.document_id, []).append(c)
            for claims in by_source.values():
                first = claims[0]
                if len(claims) == 1:
                    value, low, high, qualifier = first.value, first.low, first.high, first.qualifier
                else:
                    lows = [c.least for c in claims if c.least is not None]
                    highs = [c.most for c in claims if c.most is not None]
                    value, low, high, qualifier = None, min(lows, default=None), max(highs, default=None), "several"
                repeats = {c.repeats for c in claims}
                writer.writerow((
                    e.id, e.name, e.start, e.end, e.precision, place.get("name"), place.get("lat"), place.get("lon"),
                    _geo_precision(place), s.measure, s.group, first.unit, _num(value), _num(low), _num(high), qualifier,
                    _num(s.low), _num(s.best), _num(s.high), repeats.pop() if len(repeats) == 1 else "",
                    first.source.publisher, first.source.published, first.source.document_id,
                    " ".join(c.fact_id for c in claims), " ".join(str(c.span[0]) for c in claims),
                    " ".join(str(c.span[1]) for c in claims), " | ".join(c.text for c in claims),
                ))
    return buffer.getvalue()


def to_json(record: Record, events: list[Event]) -> str:
    return json.dumps({"events": [event_json(e, record) for e in events]}, ensure_ascii=False, indent=2) + "\n"


def to_geojson(record: Record, events: list[Event]) -> str:
    features = []
    for e in events:
        for place in e.places:
            if place.get("lat") is None or place.get("lon") is None:
                continue
            features.append({
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [place["lon"], place["lat"]]},
                "properties": {
                    "event_id": e.id, "event_name": e.name, "start": e.start, "end": e.end, "place": place["name"],
                    "names": place["names"], "place_id": place.get("place"), "sources": len(e.sources),
                },
            })
    return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False, indent=2) + "\n"


def to_ics(record: Record, events: list[Event]) -> str:
    """A yearly all-day anniversary per event dated to the day; 29 February falls on 28 February in common years."""
    from icalendar import Calendar, Event as CalendarEvent

    from testimonia.reconcile.anniversaries import commemorable

    cal = Calendar()
    cal.add("prodid", "-//Testimonia//anniversaries//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "Testimonia anniversaries")
    for e, day in commemorable(events):
        item = CalendarEvent()
        item.add("uid", f"{e.id}@testimonia")
        item.add("dtstamp", datetime.now(timezone.utc).replace(microsecond=0))
        item.add("dtstart", day)
        item.add("summary", f"Anniversary: {e.name}")
        names = "; ".join(f"{name} ({len(docs)} source{'s' * (len(docs) > 1)})" for name, docs in e.aliases.items())
        item.add("description", f"Names used by sources: {names}" if names else e.name)
        if (day.month, day.day) == (2, 29):
            item.add("rrule", {"freq": "yearly", "bymonth": 2, "bymonthday": -1})
        else:
            item.add("rrule", {"freq": "yearly"})
        cal.add_component(item)
    return cal.to_ical().decode("utf-8")


def _num(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else str(value)


def _geo_precision(place: dict) -> str:
    if not place:
        return ""
    if place.get("lat") is None:
        return "unresolved"
    return "gazetteer point" if place.get("place") else "point"


FORMATS = {"csv": to_csv, "json": to_json, "geojson": to_geojson, "ics": to_ics}

__all__ = ["CSV_COLUMNS", "FORMATS", "export"]
