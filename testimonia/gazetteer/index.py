"""The gazetteer: exact, transliterated and fuzzy lookup, and scanning text for names.

`get_gazetteer()` loads the compiled index once per process (about half a second
from the cache; see `build` for the first build). Entries are numbered; the
cheap accessors (`display_of`, `point_of`, `kind_of` ...) read one field without
making the `Entry`, which the extractors' hot loops rely on.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache
from itertools import accumulate

from rapidfuzz import fuzz, process

from testimonia.gazetteer import build, translit
from testimonia.gazetteer.entry import Alias, Entry
from testimonia.gazetteer.fold import FoldedText, fold_name, key_of
from testimonia.gazetteer.sources import TIER_REGION, script_of

_TRANSLIT_BY_SCRIPT = {"Cyrl": "ru", "Armn": "hy"}
FUZZY_CACHE = 4096  # fuzzy answers kept, a few hundred kilobytes
STRETCH_CACHE = 1 << 15  # stretches of text whose names are kept, a few megabytes
KEY_CACHE = 1 << 15  # names whose key number is kept


class Gazetteer:
    """Read-only view of a compiled index (see `build`); entries are made on demand."""

    def __init__(self, index: dict) -> None:
        self._ix = index
        self._automaton = index["automaton"]
        self._key_len = index["key_len"]
        self._key_flags = index["key_flags"]
        self._key_start = index["key_start"]
        self._key_entries = index["key_entries"]
        self._names_off = index["names_off"]
        self._ids = index["ids"].split("\n")
        self._display = index["display"].split("\n")
        self._country = index["country"].split("\n")
        self._lat, self._lon = index["lat"], index["lon"]
        self._entries: dict[int, Entry] = {}
        self._by_id: dict[str, int] | None = None
        self._buckets: dict[tuple[str, int], tuple[list[str], list[int]]] | None = None
        self._fuzzy_at: dict[str, int] = {}  # each fuzzy key's place in its bucket
        self._fuzzy_letters = ""  # the letters the fuzzy keys use
        # Names an archive misspells recur from document to document; each costs a millisecond.
        self._fuzzy_cached = lru_cache(maxsize=FUZZY_CACHE)(self._fuzzy_indexes)
        self._stretches: dict[str, tuple[tuple[int, int, int], ...]] = {}  # see `names_in_spans`
        # The extractors ask after the same words again and again, and a walk from the
        # automaton's root to a key is a handful of reads from all over its 100 MB.
        self._key_ids = lru_cache(maxsize=KEY_CACHE)(self._key_id)

    def __len__(self) -> int:
        return len(self._ids)

    # --- entries -------------------------------------------------------------

    def entry_at(self, i: int) -> Entry:
        e = self._entries.get(i)
        if e is None:
            e = self._entries[i] = self._make(i)
        return e

    def _make(self, i: int) -> Entry:
        ix = self._ix
        blob = ix["names"][self._names_off[i] : self._names_off[i + 1]]
        aliases = []
        for item in blob.split("\x1f"):
            name, _, lang = item.partition("\x1d")
            aliases.append(Alias(name, script_of(name), lang or None))
        lat, lon, pop = ix["lat"][i], ix["lon"][i], ix["population"][i]
        official, source, note = ix["extras"].get(i, (None, None, None))
        return Entry(
            id=self._ids[i],
            display=self._display[i],
            kind=ix["kinds"][ix["kind"][i]],
            country=self._country[i] or None,
            admin=self._admin(i),
            lat=None if math.isnan(lat) else lat,
            lon=None if math.isnan(lon) else lon,
            population=None if pop < 0 else pop,
            aliases=tuple(aliases),
            official_name=official,
            source=source,
            coord_source=ix["coord_sources"][ix["coord_source"][i]] or None,
            note=note,
        )

    def _admin(self, i: int) -> str | None:
        admins = self._ix.get("_admin_split")
        if admins is None:
            admins = self._ix["_admin_split"] = self._ix["admin"].split("\n")
        return admins[i] or None

    def entry(self, id: str) -> Entry | None:
        """The entry with gazetteer id `id` ("geonames:147774", "supp:tugh"), or None."""
        i = self.index_of(id)
        return None if i is None else self.entry_at(i)

    def index_of(self, id: str) -> int | None:
        """The entry number of gazetteer id `id`."""
        if self._by_id is None:
            self._by_id = {x: i for i, x in enumerate(self._ids)}
        return self._by_id.get(id)

    # Cheap per-entry fields, read without making the Entry.

    def id_of(self, i: int) -> str:
        return self._ids[i]

    def display_of(self, i: int) -> str:
        return self._display[i]

    def point_of(self, i: int) -> tuple[float | None, float | None]:
        lat, lon = self._lat[i], self._lon[i]
        return (None, None) if math.isnan(lat) else (lat, lon)

    def country_of(self, i: int) -> str:
        return self._country[i]

    def kind_of(self, i: int) -> str:
        return self._ix["kinds"][self._ix["kind"][i]]

    def population_of(self, i: int) -> int | None:
        pop = self._ix["population"][i]
        return None if pop < 0 else pop

    def is_curated(self, i: int) -> bool:
        """From the curated supplement or region list rather than GeoNames alone."""
        return self._ix["tier"][i] <= TIER_REGION

    # --- keys ----------------------------------------------------------------

    def key_entries(self, kid: int, limit: int | None = None) -> list[int]:
        """Entry numbers of a key, best-ranked first (the first `limit` of them)."""
        first, end = self._key_start[kid], self._key_start[kid + 1]
        if limit is not None:
            end = min(end, first + limit)
        return list(self._key_entries[first:end])

    def top(self, kid: int) -> int:
        """The best-ranked entry of a key."""
        return self._key_entries[self._key_start[kid]]

    def key_needs_caps(self, kid: int) -> bool:
        """Whether the name is only ever written in capitals ("US", "USSR")."""
        return bool(self._key_flags[kid] & 1)

    def key_is_own_name(self, kid: int) -> bool:
        """Whether the best entry of the key is named so, rather than listing it as an alternate."""
        return bool(self._key_flags[kid] & 2)

    def names_in_spans(self, text: str, spans: Sequence[tuple[int, int] | tuple[int, int, str]]
                       ) -> list[tuple[int, int, int]]:
        """Every name inside any of `spans` of `text`, as (start, end, key) text offsets.
        A span may carry its text as a third item, `text[start:end]`, to save slicing it again.

        What a stretch holds depends on its words alone, and the same stretches come back
        in document after document ("United Nations", "Azerbaijan"): the names found in
        each are kept. The stretches not seen before are joined by two spaces (no key
        holds two) and scanned in one pass, so a thousand short stretches cost one
        automaton run, not a thousand; the automaton is large, and a walk through it
        is mostly waiting for memory.
        """
        if not spans:
            return []
        pieces = [sp[2] for sp in spans] if len(spans[0]) > 2 else [text[sp[0] : sp[1]] for sp in spans]
        seen = self._stretches
        found = list(map(seen.get, pieces))
        if None in found:
            scanned = self._scan(dict.fromkeys(p for p, f in zip(pieces, found) if f is None))
            if len(seen) + len(scanned) > STRETCH_CACHE:
                seen.clear()
            seen.update(scanned)
            found = [scanned[p] if f is None else f for p, f in zip(pieces, found)]
        out = []
        for sp, names in zip(spans, found):
            if names:
                at = sp[0]
                out += [(s + at, e + at, kid) for s, e, kid in names]
        return out

    def _scan(self, pieces: Iterable[str]) -> dict[str, tuple[tuple[int, int, int], ...]]:
        """The names in each of `pieces`, as (start, end, key) offsets into the piece."""
        pieces = list(pieces)
        starts = [0, *accumulate(len(p) + 2 for p in pieces)]  # where each piece begins in the joined text
        found: list[list[tuple[int, int, int]]] = [[] for _ in pieces]
        folded = FoldedText("  ".join(pieces))
        key_len = self._key_len
        for e, kid in self._automaton.iter(folded.folded):
            if folded.origin is None:  # one folded letter per letter: folded offset = offset + 1
                s, e = e - key_len[kid] + 1, e - 1
            else:
                s, e = folded.span(e - key_len[kid] + 2, e)
            i = bisect_right(starts, s) - 1
            found[i].append((s - starts[i], e - starts[i], kid))
        return {p: tuple(f) for p, f in zip(pieces, found)}

    def key_id(self, name: str) -> int | None:
        """The key number of `name` exactly as indexed (folded), or None."""
        return self._key_ids(name)

    def _key_id(self, name: str) -> int | None:
        k = key_of(name)
        return self._automaton.get(k, None) if k else None

    def rivals(self, kid: int) -> bool:
        """Whether another entry of the key stands level with the best one (same tier)."""
        first = self._key_start[kid]
        if self._key_start[kid + 1] - first < 2:
            return False
        tier, ents = self._ix["tier"], self._key_entries
        return tier[ents[first]] == tier[ents[first + 1]]

    # --- lookup --------------------------------------------------------------

    def lookup(self, name: str) -> list[Entry]:
        """Entries named `name` in any script or spelling the index knows, best first."""
        kid = self.key_id(name)
        if kid is None:
            lang = _TRANSLIT_BY_SCRIPT.get(script_of(name))
            if lang is None and set(name.lower()) & set("əıığşçöüxq"):
                lang = "az"
            for form in translit.variants(name, lang) if lang else ():
                kid = self.key_id(form)
                if kid is not None:
                    break
        return [] if kid is None else [self.entry_at(i) for i in self.key_entries(kid)]

    def fuzzy(self, name: str, *, limit: int = 5, cutoff: float = 80.0) -> list[tuple[Entry, float]]:
        """Well-known places (countries, regions, curated rows, towns of 15,000 or more)
        whose name is close to `name`, with a 0-100 similarity, best first."""
        return [(self.entry_at(i), s) for i, s in self.fuzzy_indexes(name, limit=limit, cutoff=cutoff)]

    def fuzzy_indexes(self, name: str, *, limit: int = 5, cutoff: float = 80.0,
                      same_initial: bool = False, max_len_diff: int = 2) -> list[tuple[int, float]]:
        """`fuzzy` as entry numbers. Only names within `max_len_diff` letters of the
        query's length are compared (and only those with its first letter, if
        `same_initial`), so a call takes a millisecond or so: meant for a suspicious
        word, not running text. The last few thousand answers are kept."""
        query = fold_name(name)
        if len(query) < 4:
            return []
        return list(self._fuzzy_cached(query, limit, cutoff, same_initial, max_len_diff))

    def _fuzzy_indexes(self, query: str, limit: int, cutoff: float, same_initial: bool,
                       max_len_diff: int) -> tuple[tuple[int, float], ...]:
        buckets = self._fuzzy_buckets()
        initials = [query[0]] if same_initial else sorted({i for i, _ in buckets})
        scored: dict[int, float] = {}
        for initial in initials:
            for size in range(len(query) - max_len_diff, len(query) + max_len_diff + 1):
                keys, kids = buckets.get((initial, size), ((), ()))
                if not keys:
                    continue
                near = self._one_edit_away(query, (initial, size), cutoff)
                if near is None:
                    found = process.extract(query, keys, scorer=fuzz.ratio, score_cutoff=cutoff, limit=limit)
                else:
                    found = [(k, s, pos) for k, pos in near if (s := fuzz.ratio(query, k, score_cutoff=cutoff))]
                    found = sorted(found, key=lambda f: (-f[1], f[2]))[:limit]
                for _, score, pos in found:
                    i = self.top(kids[pos])
                    scored[i] = max(scored.get(i, 0.0), score)
        return tuple(sorted(scored.items(), key=lambda t: (-t[1], t[0]))[:limit])

    def _one_edit_away(self, query: str, bucket: tuple[str, int], cutoff: float) -> list[tuple[str, int]] | None:
        """The keys of `bucket` that can score `cutoff` against `query`, with their positions,
        when only keys one insertion or deletion away (or the query itself) can: the case of
        most names, as a ratio of 88 allows a single edit up to twelve letters. None when
        more edits could score, for the caller to compare the whole bucket.

        The ratio is 100 * (1 - d / n) for an insertion-deletion distance d over n letters in
        both, and d has the parity of n: one edit is the least a key of another length
        needs, two the least one of the same length other than the query does."""
        size = bucket[1]
        n = len(query) + size
        slack = (100.0 - cutoff) * n / 100.0 + 1e-6  # the most edits that score, loosened against rounding
        least = abs(len(query) - size) or 2  # edits to any key of this length but the query itself
        if least > slack:
            candidates = [query] if size == len(query) else []
        elif least == 1 and 3 > slack:
            if size < len(query):
                candidates = [query[:i] + query[i + 1 :] for i in range(len(query))]
            else:
                letters = self._fuzzy_letters
                candidates = [query[:i] + c + query[i:] for i in range(len(query) + 1) for c in letters]
        else:
            return None
        at = self._fuzzy_at  # a key's place in its bucket; keys are unique, each in one bucket
        initial = bucket[0]
        return sorted({(k, at[k]) for k in candidates if k in at and k[:1] == initial}, key=lambda t: t[1])

    def _fuzzy_buckets(self) -> dict[tuple[str, int], tuple[list[str], list[int]]]:
        if self._buckets is None:
            buckets: dict[tuple[str, int], tuple[list[str], list[int]]] = {}
            at = self._fuzzy_at
            for k, kid in zip(self._ix["fuzzy_keys"].split("\n"), self._ix["fuzzy_ids"], strict=True):
                keys, kids = buckets.setdefault((k[:1], len(k)), ([], []))
                at[k] = len(keys)
                keys.append(k)
                kids.append(kid)
            self._fuzzy_letters = "".join(sorted(set("".join(at))))
            self._buckets = buckets
        return self._buckets


@cache
def get_gazetteer() -> Gazetteer:
    """The process-wide gazetteer, loaded from the cache (built on first use)."""
    return Gazetteer(build.load_or_build())
