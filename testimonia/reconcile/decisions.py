"""Curator decisions (merge, split, rename) applied to the events found in the extractions.

A decision names events by id, and an id is a slug of the event's winning place and start
date (with -2, -3 ... when events share one), so a new source can change it. A decision
therefore also keeps anchors: the keys of the mentions (a document and its name for the
event, `Mention.key`) that made up each event it names. An event is found by its id, unless
another event now holds more of the decision's anchors (its id moved, or the id now names
another event); a decision none of whose events can be found is not placed, and says so.
"""

from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict

from testimonia.reconcile.events import make_event
from testimonia.reconcile.model import Decision, Event, Placement


def anchors_of(event: Event) -> tuple[str, ...]:
    """What a decision keeps to find `event` again, whatever its id becomes."""
    return tuple(sorted({m.key for m in event.mentions}))


class _Events:
    """The events as decisions change them, and which events hold each mention key."""

    def __init__(self, events: list[Event], *, index: bool) -> None:
        self.by_id: dict[str, Event] = {}
        self.holders: dict[str, set[str]] = defaultdict(set)
        self.index = index  # only decisions with anchors need it (one entry per mention of the archive)
        self.merged_into: dict[str, str] = {}
        for e in events:
            self.put(e)

    def put(self, e: Event) -> None:
        self.by_id[e.id] = e
        if self.index:
            for m in e.mentions:
                self.holders[m.key].add(e.id)

    def remove(self, e: Event) -> None:
        del self.by_id[e.id]
        if self.index:
            for m in e.mentions:
                self.holders[m.key].discard(e.id)

    def find(self, named: str | None, anchors: tuple[str, ...]) -> Event | None:
        """The event holding most of the anchors (the one called `named` among equals), else the one called `named`."""
        held = Counter(h for key in set(anchors) for h in self.holders.get(key, ()))
        if not held:
            return self.by_id.get(named) if named else None
        # Among equals: the named one, then the closest fit (fewest mentions beyond the anchors), then by id.
        best = min(held, key=lambda h: (-held[h], h != named, len(self.by_id[h].mentions) - held[h], h))
        return self.by_id[best]

    def current(self, event_id: str | None) -> str | None:
        """Where an event id went: itself, or the event it was merged into (and so on)."""
        seen = set()
        while event_id is not None and event_id not in self.by_id and event_id not in seen:
            seen.add(event_id)
            event_id = self.merged_into.get(event_id)
        return event_id if event_id in self.by_id else None


def apply_decisions(events: list[Event], decisions: list[Decision], place_names: dict[str, str]) -> tuple[list[Event], list[Placement]]:
    """The events after every decision, in id order, and where each decision applied (or why not)."""
    state = _Events(events, index=any(d.anchors or d.other_anchors for d in decisions))
    placements = []
    for d in sorted(decisions, key=lambda d: d.id):
        target = state.find(d.event_id, d.anchors)
        if target is None:
            placements.append(Placement(d, "not placed", detail=_missing(d.event_id, d.anchors)))
            continue
        moved = target.id != d.event_id
        notes = [f"decision {d.id} ({d.action}) was made when this event was {d.event_id}; re-attached by its sources"] if moved else []
        status = "re-attached" if moved else "applied"
        if d.action == "merge" and d.other:
            other = state.find(d.other, d.other_anchors)
            if other is None:
                placements.append(Placement(d, "not placed", target.id, detail=_missing(d.other, d.other_anchors)))
                continue
            if other is target:
                placements.append(Placement(d, "no effect", target.id, other.id, "both are one event already"))
                continue
            merged = make_event(target.mentions + other.mentions, place_names)
            was = f" (it was {d.other} when decided)" if other.id != d.other else ""
            merged.id, merged.decisions = target.id, [*target.decisions, *other.decisions, *notes, f"merged {other.id} into this event{was}"]
            if _renamed(target):
                merged.name = target.name
            state.remove(other)
            state.remove(target)
            state.put(merged)
            state.merged_into[other.id] = target.id
            placements.append(Placement(d, "re-attached" if was else status, target.id, other.id))
        elif d.action == "split" and d.other:
            out = [m for m in target.mentions if m.source.document_id == d.other]
            kept = [m for m in target.mentions if m.source.document_id != d.other]
            if not (out and kept):
                why = f"document {d.other[:12]} is " + ("not a source of the event" if not out else "the event's only source")
                placements.append(Placement(d, "no effect", target.id, detail=why))
                continue
            rest = make_event(kept, place_names)
            rest.id, rest.name, rest.decisions = target.id, target.name, [*target.decisions, *notes, f"split out document {d.other[:12]}"]
            split = make_event(out, place_names)
            split.id, split.decisions = f"{target.id}-{d.other[:8]}", [f"split from {target.id}"]
            state.remove(target)
            state.put(rest)
            state.put(split)
            placements.append(Placement(d, status, target.id, split.id))
        elif d.action == "rename" and d.value:
            target.name = d.value
            target.decisions.extend([*notes, f"renamed to {d.value!r}"])
            placements.append(Placement(d, status, target.id))
        else:
            placements.append(Placement(d, "no effect", target.id, detail="the decision names nothing to do"))
    # A decision's event may have been merged into another by a later one: report where it is now.
    final = [
        dataclasses.replace(p, event_id=state.current(p.event_id), other_id=state.current(p.other_id) if p.decision.action == "split" else p.other_id)
        for p in placements
    ]
    return sorted(state.by_id.values(), key=lambda e: (e.start or "9999", e.id)), final


def former_ids(placements: list[Placement], events: list[Event]) -> dict[str, str]:
    """Ids that decisions were made under and that now belong to another event: old id -> current id."""
    current = {e.id for e in events}
    former: dict[str, str] = {}
    for p in placements:
        d = p.decision
        named = [(d.event_id, p.event_id)]
        if d.action == "merge" and d.other and p.status != "not placed":
            named.append((d.other, p.event_id))
        if d.action == "split" and d.other and p.other_id:
            named.append((f"{d.event_id}-{d.other[:8]}", p.other_id))
        for old, now in named:
            if now is not None and old != now and old not in current:
                former[old] = now  # a later decision's word wins
    return former


def _renamed(event: Event) -> bool:
    return any(d.startswith("renamed to ") for d in event.decisions)


def _missing(named: str | None, anchors: tuple[str, ...]) -> str:
    if anchors:
        return f"no event is called {named} or holds any of the {len(anchors)} source mention(s) it was made of"
    return f"no event is called {named} (the decision predates anchors, so it is found by id only)"
