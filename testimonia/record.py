"""The reconciled record of an archive: the one place CLI and web ask for events, figures and dates.

`load_record` builds it from every stored extraction, which takes seconds on a
large archive. A long-running reader (the web app) keeps one `RecordCache`: the
built record, with the look-ups pages need, is reused until the archive's
`state_token()` changes (a new extraction or curator decision), then rebuilt once.
"""

from __future__ import annotations

import gc
import threading
import time
from collections import OrderedDict, defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, TypeVar

from testimonia.reconcile import Record, Source, build_record
from testimonia.reconcile.build import DatedClaim
from testimonia.reconcile.checks import CrossCheck
from testimonia.reconcile.model import Event
from testimonia.settings import Settings
from testimonia.store.base import Store

T = TypeVar("T")

# Derived pages kept per snapshot (an event page, its JSON and HTML, the events list, an export): enough for
# every event a busy reading room opens, bounded so a crawler cannot grow it without end.
DERIVED_LIMIT = 1536


def load_record(store: Store, settings: Settings) -> Record:
    return _build(store, settings)[0]


def _build(store: Store, settings: Settings) -> tuple[Record, list[tuple[Source, dict]]]:
    with _no_cycle_collection():
        extractions = [
            (Source(doc.id, doc.meta.publisher, doc.meta.published, doc.meta.title, doc.filename), stored.result)
            for doc, stored in store.latest_extractions()
        ]
        best_rule, ratio = _rules(settings)
        record = build_record(extractions, store.decisions(), best_rule=best_rule, disagreement_ratio=ratio, place_names=_place_names(extractions))
    return record, extractions


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Millions of small objects that all live on: Python's cycle collector would walk them again and
    again while they are made (three times slower on 100,000 documents) and find nothing to free,
    as the record holds no cycles. They are then frozen, out of its reach: one full collection over
    them would pause a web request for seconds. Whatever is dropped later is still freed, by
    reference counting."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if collecting:
            gc.enable()


@dataclass(slots=True)
class Voices:
    """What one document quotes and how it characterizes events, from its latest extraction."""

    quotes: list[dict]
    characterizations: list[dict]
    speakers: dict[str, str]  # person or organization fact id -> name


@dataclass(slots=True)
class Snapshot:
    """A built record and its indexes, never changed once built; pages read it without the store."""

    record: Record
    token: tuple | None  # the archive's state when it was built (None: the store has no token)
    built_in: float  # seconds spent building
    events: dict[str, Event]
    checks: dict[str | None, list[CrossCheck]]
    dates: dict[str | None, list[DatedClaim]]
    voices: dict[str, Voices]  # by document id, only documents that quote or characterize
    aliases: dict[tuple[str, str], list[str]]  # (document id, its local event id) -> longer names it uses ("Khojaly genocide")
    events_of_document: dict[str, set[str]]
    _derived: OrderedDict[Any, Any] = field(default_factory=OrderedDict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def event(self, ref: str) -> Event | None:
        """By id, or a unique id prefix."""
        found = self.events.get(ref)
        return found if found is not None or not ref else self.record.event(ref)

    def derived(self, key: Any, build: Callable[[], T]) -> T:
        """`build()` once per snapshot and key (the newest `DERIVED_LIMIT` kept)."""
        with self._lock:
            if key in self._derived:
                self._derived.move_to_end(key)
                return self._derived[key]
        value = build()  # outside the lock: two threads may build the same page once each, never wait on each other
        with self._lock:
            self._derived[key] = value
            while len(self._derived) > DERIVED_LIMIT:
                self._derived.popitem(last=False)
        return value


def snapshot_of(record: Record, extractions: list[tuple[Source, dict]], token: tuple | None = None, built_in: float = 0.0) -> Snapshot:
    checks: dict[str | None, list[CrossCheck]] = defaultdict(list)
    for c in record.checks:
        checks[c.event_id].append(c)
    dates: dict[str | None, list[DatedClaim]] = defaultdict(list)
    for d in record.dates:
        dates[d.event_id].append(d)
    voices = {}
    aliases: dict[tuple[str, str], list[str]] = {}
    for source, result in extractions:
        for e in result.get("events") or []:
            names = [a for a in e.get("aliases") or [] if isinstance(a, str)] if isinstance(e, dict) else []
            if names:
                aliases[(source.document_id, str(e.get("id")))] = names
        quotes = [q for q in result.get("quotes") or [] if isinstance(q, dict)]
        labels = [c for c in result.get("characterizations") or [] if isinstance(c, dict)]
        if quotes or labels:
            speakers = {
                str(f["id"]): str(f["name"])
                for kind in ("persons", "organizations") for f in result.get(kind) or []
                if isinstance(f, dict) and f.get("id") and f.get("name")
            }
            voices[source.document_id] = Voices(quotes, labels, speakers)
    events_of_document: dict[str, set[str]] = defaultdict(set)
    for e in record.events:
        for m in e.mentions:
            events_of_document[m.source.document_id].add(e.id)
    return Snapshot(record, token, built_in, {e.id: e for e in record.events}, dict(checks), dict(dates), voices, aliases, dict(events_of_document))


Prepare = Callable[[Snapshot, Callable[[], bool]], None]


class RecordCache:
    """One archive's snapshot, rebuilt only when its state token changes; safe to share between threads.

    `prepare(snapshot, is_current)`, when given, runs in a background thread after each build, to make
    the pages readers will ask for (the web app: every event's page, largest first) before they do; it
    should stop once `is_current()` is false, as a newer snapshot has replaced this one.
    """

    def __init__(self, prepare: Prepare | None = None) -> None:
        self._lock = threading.Lock()
        self._entry: tuple[tuple, Snapshot] | None = None  # (key, snapshot), replaced as one
        self._prepare = prepare
        self.preparing: threading.Thread | None = None
        self.builds = 0

    def get(self, store: Store, settings: Settings) -> Snapshot:
        """The current snapshot. The caller must hold whatever guards `store` (its connection is read here)."""
        token = _token(store)
        key = (token, *_rules(settings))
        entry = self._entry
        if entry is not None and token is not None and entry[0] == key:
            return entry[1]
        with self._lock:  # one build at a time: the threads that asked meanwhile get its result
            entry = self._entry
            if entry is not None and token is not None and entry[0] == key:
                return entry[1]
            started = time.perf_counter()
            with _no_cycle_collection():
                record, extractions = _build(store, settings)
                built = snapshot_of(record, extractions, token, time.perf_counter() - started)
            self._entry = (key, built)
            self.builds += 1
            if self._prepare is not None:
                self.preparing = threading.Thread(
                    target=self._prepare, args=(built, lambda: self._entry is not None and self._entry[1] is built),
                    name="testimonia-prepare-pages", daemon=True,
                )
                self.preparing.start()
            return built


def _rules(settings: Settings) -> tuple[str, float]:
    """The settings the record depends on (their defaults for a settings object without them)."""
    return getattr(settings, "best_rule", None) or "median", getattr(settings, "disagreement_ratio", None) or 1.5


def _token(store: Store) -> tuple | None:
    state = getattr(store, "state_token", None)
    return state() if callable(state) else None


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
