"""Group the events that documents describe into one record per event.

Two mentions are the same event when they share a place (a gazetteer id, or
the same folded name) and their dates overlap; a mention without a date joins
the event at its place. Mentions without any place fall back to their folded
name. Curator decisions (merge, split, rename) are applied afterwards
(`decisions.py`), so they survive re-extraction and new sources.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from anyascii import anyascii

from testimonia.reconcile.dates import human, interval
from testimonia.reconcile.model import Event, Mention, Source

_NOT_ALNUM = re.compile(r"[^a-z0-9]+")


def fold(name: str) -> str:
    """"Xocalı" and "Xocali" and "XOCALI" -> "xocali"."""
    return _NOT_ALNUM.sub(" ", anyascii(name).casefold()).strip()


def mentions_of(source: Source, result: dict) -> list[Mention]:
    places = {p["id"]: p for p in result.get("places") or []}
    mentions = []
    for e in result.get("events") or []:
        event_places = [places[p] for p in e.get("places") or [] if p in places]
        keys = frozenset(f"g:{p['place']}" if p.get("place") else f"n:{fold(p['name'])}" for p in event_places)
        mentions.append(
            Mention(
                source=source, local_id=e["id"], name=e.get("name") or "", start=e.get("start"), end=e.get("end"),
                interval=interval(e.get("start"), e.get("end")), places=event_places, place_keys=keys,
                figure_ids=list(e.get("figures") or []), date_ids=list(e.get("dates") or []), main=e.get("main", True) is not False,
            )
        )
    return mentions


def cluster(mentions: list[Mention]) -> list[list[Mention]]:
    parent = list(range(len(mentions)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    by_key: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        for key in m.place_keys or {f"name:{fold(m.name)}"}:
            by_key[key].append(i)
    for members in by_key.values():
        if any(mentions[i].interval is None for i in members):
            # A mention without a date joins every mention at its place.
            for i in members[1:]:
                parent[find(i)] = find(members[0])
            continue
        # Overlapping dates chain together: one sweep in order of first day, not every pair
        # (a place named by thousands of documents made that quadratic).
        anchor, reach = -1, ""
        for i in sorted(members, key=lambda i: mentions[i].interval.first):
            span = mentions[i].interval
            if anchor >= 0 and span.first <= reach:
                parent[find(i)] = find(anchor)
                reach = max(reach, span.last)
            else:
                anchor, reach = i, span.last
    groups: dict[int, list[Mention]] = defaultdict(list)
    for i, m in enumerate(mentions):
        groups[find(i)].append(m)
    return list(groups.values())


def make_event(mentions: list[Mention], place_names: dict[str, str]) -> Event:
    dated = [m for m in mentions if m.interval is not None]
    start = end = precision = None
    if dated:
        # The dates most sources give; among equals the finest, then the earliest.
        votes = Counter((m.start, m.end) for m in dated)
        rank = {"day": 0, "month": 1, "year": 2}
        (start, end), _ = min(votes.items(), key=lambda kv: (-kv[1], rank[_precision(kv[0][0])], kv[0][0]))
        precision = _precision(start)
    places = _places(mentions, place_names)
    where = places[0]["name"] if places else None
    name = f"{where}, {human(start, end)}" if where else Counter(m.name for m in mentions).most_common(1)[0][0]
    aliases: dict[str, dict[str, None]] = defaultdict(dict)  # ordered sets: first use first
    for m in mentions:
        if m.name:
            aliases[m.name].setdefault(m.source.document_id)
    return Event(
        id=_slug(where or name, start), name=name, start=start, end=end, precision=precision, mentions=mentions,
        confidence=_confidence(mentions), places=places, aliases={n: list(docs) for n, docs in aliases.items()},
    )


def _precision(value: str) -> str:
    return {4: "year", 7: "month"}.get(len(value), "day")


def _places(mentions: list[Mention], place_names: dict[str, str]) -> list[dict]:
    """Each place of the event once, most mentioned first, with every name sources give it."""
    merged: dict[str, dict] = {}
    documents: dict[str, dict[str, None]] = defaultdict(dict)  # ordered sets: a list's `in` was quadratic
    counts: Counter[str] = Counter()
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    for m in mentions:
        for p in m.places:
            key = f"g:{p['place']}" if p.get("place") else f"n:{fold(p['name'])}"
            counts[key] += 1
            spellings[key][p["name"]] += 1
            entry = merged.setdefault(
                key,
                {"place": p.get("place"), "name": place_names.get(p.get("place") or "", p["name"]), "names": [], "lat": p.get("lat"), "lon": p.get("lon"), "documents": []},
            )
            if p["name"] not in entry["names"]:
                entry["names"].append(p["name"])
            documents[key].setdefault(m.source.document_id)
    for key, entry in merged.items():
        entry["documents"] = list(documents[key])
        if not entry["place"] or entry["place"] not in place_names:
            # No gazetteer name: the spelling most sources use, then the alphabetically first.
            entry["name"] = min(spellings[key].items(), key=lambda kv: (-kv[1], kv[0]))[0]
    return [merged[k] for k, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


def _confidence(mentions: list[Mention]) -> float:
    """1.0 for one source's own event; lower as the evidence that joined sources gets thinner."""
    if len({m.source.document_id for m in mentions}) == 1:
        return 1.0
    if all(m.place_keys for m in mentions):
        return 0.9 if all(m.interval for m in mentions) else 0.7
    return 0.5


def _slug(where: str, start: str | None) -> str:
    return f"{fold(where).replace(' ', '-') or 'event'}-{start or 'undated'}"


def resolve(mentions: list[Mention], place_names: dict[str, str]) -> list[Event]:
    """The events the mentions make, before curator decisions (`decisions.apply_decisions`)."""
    events = [make_event(group, place_names) for group in cluster(mentions)]
    seen: Counter[str] = Counter()
    for e in sorted(events, key=lambda e: (-len(e.mentions), e.mentions[0].key)):
        seen[e.id] += 1
        if seen[e.id] > 1:
            e.id = f"{e.id}-{seen[e.id]}"
    return events
