"""An `Extraction` as the JSON object of the extraction contract.

Ids are given here, per kind and in text order (f1, f2 ... d1 ... e1), and
references between facts (`part_of`, `speaker`, `event`) become those ids.
Every `text` is cut from the document text by the fact's span, so it always
equals `document_text[start:end]`. Fields beyond the contract (`rule`,
`label`, `title`, ...) are additions the contract allows.
"""

from __future__ import annotations

from typing import Any, Iterable

from testimonia.model.facts import Extraction

_PREFIX = {
    "figures": "f",
    "dates": "d",
    "places": "p",
    "persons": "a",
    "organizations": "o",
    "quotes": "q",
    "legal_instruments": "l",
    "characterizations": "c",
    "events": "e",
}


def to_contract(extraction: Extraction, document: dict[str, Any] | None = None) -> dict[str, Any]:
    """The contract JSON for one document; `document` gives path, sha256, title ..."""
    from testimonia.extract.pipeline import EXTRACTOR_VERSION, lexicon_hash

    x, text = extraction, extraction.text
    ids: dict[int, str] = {}
    ordered = {kind: _in_text_order(getattr(x, kind)) for kind in _PREFIX}
    for kind, facts in ordered.items():
        for n, fact in enumerate(facts, 1):
            ids[id(fact)] = f"{_PREFIX[kind]}{n}"

    def ref(fact: Any) -> str | None:
        return ids.get(id(fact)) if fact is not None else None

    def evidence(fact: Any) -> dict[str, Any]:
        return {"span": [fact.span.start, fact.span.end], "text": text[fact.span.start : fact.span.end],
                "rule": fact.rule}

    event_of = {id(f): ref(e) for e in x.events for f in e.figures}
    main = x.events[0] if x.events else None
    head = {"path": None, "sha256": None, "title": None, "published": x.published, "language": x.language,
            "chars": len(text)}
    head.update({k: v for k, v in (document or {}).items() if v is not None or k not in head})
    return {
        "document": head,
        "extractor": {"version": EXTRACTOR_VERSION, "lexicon_hash": lexicon_hash()},
        "figures": [
            {"id": ref(f), "measure": f.measure, "group": f.group, "unit": f.unit, "value": f.value,
             "low": f.low, "high": f.high, "qualifier": f.qualifier, "label": f.label, "part_of": ref(f.part_of),
             "event": event_of.get(id(f)), **evidence(f)}
            for f in ordered["figures"]
        ],
        "dates": [
            {"id": ref(d), "start": d.start, "end": d.end, "precision": d.precision, "inferred": d.inferred,
             **evidence(d)}
            for d in ordered["dates"]
        ],
        "places": [
            {"id": ref(p), "name": p.name, "place": p.place, "canonical": p.canonical, "lat": p.lat, "lon": p.lon,
             **evidence(p)}
            for p in ordered["places"]
        ],
        "persons": [{"id": ref(a), "name": a.name, "title": a.title, **evidence(a)} for a in ordered["persons"]],
        "organizations": [
            {"id": ref(o), "name": o.name, "org_type": o.org_type, **evidence(o)} for o in ordered["organizations"]
        ],
        "quotes": [
            {"id": ref(q), "speaker": ref(q.speaker),
             "speaker_name": q.speaker.name if q.speaker is not None else q.speaker_name, **evidence(q)}
            for q in ordered["quotes"]
        ],
        "legal_instruments": [
            {"id": ref(li), "name": li.name, "kind": li.kind, **evidence(li)} for li in ordered["legal_instruments"]
        ],
        "characterizations": [
            {"id": ref(c), "event": ref(c.event), "label": c.label, **evidence(c)}
            for c in ordered["characterizations"]
        ],
        "events": [
            {"id": ref(e), "name": e.name, "main": e is main, "start": e.start, "end": e.end,
             "places": _refs(e.places, ref), "figures": _refs(e.figures, ref), "dates": _refs(e.dates, ref),
             "aliases": e.aliases, "span": [e.span.start, e.span.end] if e.span else None, "rule": e.rule,
             "relation": e.relation, "related": ref(e.related), "inferred": e.inferred}
            for e in ordered["events"]
        ],
        "checks": [
            {"kind": c.kind, "status": c.status, "figures": _refs(c.figures, ref), "dates": _refs(c.dates, ref),
             "detail": c.detail}
            for c in x.checks
        ],
    }


def _in_text_order(facts: Iterable[Any]) -> list[Any]:
    def key(fact: Any) -> tuple[int, int]:
        span = fact.span
        return (span.start, span.end) if span is not None else (1 << 62, 0)

    return sorted(facts, key=key)


def _refs(facts: Iterable[Any], ref: Any) -> list[str]:
    return [r for r in (ref(f) for f in facts) if r is not None]
