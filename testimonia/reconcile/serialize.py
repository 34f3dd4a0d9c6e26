"""The reconciled record as JSON-ready dicts: one shape for the CLI, the API and the exports."""

from __future__ import annotations

from testimonia.reconcile.anniversaries import Anniversary
from testimonia.reconcile.build import DatedClaim, Record
from testimonia.reconcile.checks import CrossCheck
from testimonia.reconcile.dates import human
from testimonia.reconcile.model import Claim, Event, FigureSummary, Placement, Source


def source_json(s: Source) -> dict:
    return {"document_id": s.document_id, "publisher": s.publisher, "published": s.published, "title": s.title, "filename": s.filename}


def event_summary_json(e: Event) -> dict:
    return {
        "id": e.id, "name": e.name, "start": e.start, "end": e.end, "precision": e.precision, "when": human(e.start, e.end),
        "places": e.places, "aliases": [{"name": n, "documents": docs} for n, docs in e.aliases.items()],
        "sources": len(e.sources), "confidence": e.confidence, "decisions": e.decisions,
    }


def event_json(e: Event, record: Record) -> dict:
    data = event_summary_json(e)
    data["sources"] = [source_json(s) for s in e.sources]
    data["dates_claimed"] = [
        {"start": m.start, "end": m.end, "name": m.name, "source": source_json(m.source)} for m in e.mentions if m.start
    ]
    data["figures"] = [summary_json(s) for s in record.summaries.get(e.id, [])]
    data["checks"] = [check_json(c) for c in record.checks if c.event_id == e.id]
    data["chronology"] = [dated_json(d) for d in record.dates if d.event_id == e.id]
    return data


def summary_json(s: FigureSummary) -> dict:
    return {
        "measure": s.measure, "group": s.group, "low": s.low, "best": s.best, "high": s.high, "rule": s.rule,
        "independent_sources": s.independent, "disagreement": s.disagreement, "spread": round(s.spread, 3) if s.spread else None,
        "claims": [claim_json(c) for c in s.claims],
    }


def claim_json(c: Claim) -> dict:
    return {
        "event_id": c.event_id, "measure": c.measure, "group": c.group, "unit": c.unit, "value": c.value, "low": c.low, "high": c.high,
        "qualifier": c.qualifier, "label": c.label, "part_of": c.part_of, "repeats": c.repeats,
        "fact_id": c.fact_id, "span": list(c.span), "text": c.text, "source": source_json(c.source),
    }


def check_json(c: CrossCheck) -> dict:
    return {"kind": c.kind, "status": c.status, "detail": c.detail, "event_id": c.event_id, "documents": c.documents}


def dated_json(d: DatedClaim) -> dict:
    return {
        "start": d.start, "end": d.end, "precision": d.precision, "when": human(d.start, d.end), "text": d.text, "inferred": d.inferred,
        "event_id": d.event_id, "fact_id": d.fact_id, "span": list(d.span), "source": source_json(d.source),
    }


def figures_json(e: Event, record: Record) -> dict:
    """An event's figures side by side: what `testimonia figures --json` and /api/events/{id}/figures give."""
    return {"event": event_summary_json(e), "figures": [summary_json(s) for s in record.summaries.get(e.id, [])]}


def anniversary_json(a: Anniversary) -> dict:
    return {"on": a.on.isoformat(), "years": a.years, "event": event_summary_json(a.event)}


def placement_json(p: Placement) -> dict:
    d = p.decision
    return {
        "id": d.id, "action": d.action, "made_at": d.made_at, "event_id": d.event_id, "other": d.other, "value": d.value,
        "anchors": len(d.anchors), "other_anchors": len(d.other_anchors),
        "status": p.status, "applies": p.applies, "now": p.event_id, "other_now": p.other_id, "detail": p.detail,
    }
