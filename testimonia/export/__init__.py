"""Exports of the reconciled record: CSV (one row per event, source, measure and group), JSON, GeoJSON, iCalendar."""

from __future__ import annotations

from testimonia.export.formats import FORMATS, export

__all__ = ["FORMATS", "export"]
