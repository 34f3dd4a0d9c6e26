"""Checks across the archive: what one document cannot see about itself."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from testimonia.reconcile.model import Claim, Event, Source


@dataclass(slots=True)
class CrossCheck:
    kind: str  # subtotal, publisher_revision, anniversary, order
    status: str  # pass, warn, fail
    detail: str
    event_id: str | None = None
    documents: list[str] = field(default_factory=list)


def document_checks(event_of_document: dict[str, list[str]], source: Source, result: dict) -> list[CrossCheck]:
    """The document's own checks (parts against totals, anniversaries), attached to its events."""
    events = event_of_document.get(source.document_id) or [None]
    return [
        CrossCheck(c["kind"], c["status"], f"{source.label}: {c['detail']}", events[0], [source.document_id])
        for c in result.get("checks") or []
    ]


def publisher_revisions(claims: list[Claim]) -> list[CrossCheck]:
    """A publisher that gave one figure and later another, for the same event, measure and group."""
    by_key: dict[tuple, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.source.publisher:
            by_key[(c.event_id, c.measure, c.group, c.source.publisher)].append(c)
    checks = []
    for (event_id, measure, group, publisher), members in by_key.items():
        numbers = {(c.value, c.low, c.high) for c in members}
        if len(numbers) < 2 or len({c.source.document_id for c in members}) < 2:
            continue  # one document giving two figures (a total and a day's count) is not a revision
        members.sort(key=lambda c: (c.source.published or "", c.source.document_id))
        said = "; ".join(f"{_number(c)} ({c.source.published or 'undated'})" for c in members)
        checks.append(
            CrossCheck("publisher_revision", "warn", f"{publisher} gave different {measure} figures for {group}: {said}", event_id, [c.source.document_id for c in members])
        )
    return checks


def impossible_orders(events: list[Event]) -> list[CrossCheck]:
    """A source published before the event it reports has a wrong date somewhere."""
    checks = []
    for event in events:
        if not event.start:
            continue
        for source in event.sources:
            if source.published and source.published[: len(event.start)] < event.start:
                checks.append(
                    CrossCheck("order", "fail", f"{source.label} is dated {source.published}, before the event it reports ({event.start})", event.id, [source.document_id])
                )
    return checks


def _number(c: Claim) -> str:
    if c.value is not None:
        return f"{c.value:,.0f}"
    return f"{c.low:,.0f}–{c.high:,.0f}" if c.high is not None else f"{c.low:,.0f}+"
