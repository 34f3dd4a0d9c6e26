"""Web latency, server side: the event page, its JSON, search and a document page.

Two archives:
  demo       samples/ and ../shared/seeds, ingested with the real extraction engine;
  synthetic  100,000 short documents written from templates (about 170 places, one to four
             events at each, each event with a few competing figures that many sources
             repeat, quotes, labels), read by the real extraction engine as far as a time
             budget allows, the rest copies of a few hundred distinct texts it read, their
             contract JSON reused (the output says how many of each). It is cached under
             the temp dir, keyed by VERSION and the document count, so a re-run is quick.

Requests go through FastAPI's TestClient (in process, no network), so the times are the
app's own: routing, the page object, rendering. Each route: a warm-up, then >= 200
requests; p50 and p95. "cold" is the first request after the app starts, which builds
the reconciled record from every extraction. Prints numbers, never pass/fail.

    .venv/bin/python benchmarks/bench_web.py [--docs 100000] [--requests 200] [--rebuild]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import multiprocessing
import os
import random
import resource
import statistics
import sys
import tempfile
import time
import warnings
from datetime import date, datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

VERSION = "web-bench-1"  # change when the synthetic archive's make-up changes: the cache is rebuilt
CACHE = Path(tempfile.gettempdir()) / f"testimonia-{VERSION}"
SEEDS = ROOT.parent / "shared" / "seeds"
BATCH = 5_000  # documents per transaction when filling the synthetic archive
EXTRACT_BUDGET = 240.0  # seconds for the synthetic archive's extraction: past it, copies of distinct texts
DISTINCT_TEXTS = 600

# ---------------------------------------------------------------- the synthetic archive

PLACES = """Aleppo Homs Hama Idlib Raqqa Mosul Kirkuk Erbil Sulaymaniyah Halabja Fallujah Ramadi Basra Najaf Karbala
Kigali Butare Gisenyi Ruhengeri Kibuye Goma Bukavu Bunia Kisangani Juba Malakal Bor Wau Nyala Geneina Khartoum
Srebrenica Sarajevo Prijedor Foca Visegrad Bihac Mostar Vukovar Knin Racak Pristina Djakovica Mitrovica
Grozny Beslan Nalchik Vladikavkaz Tskhinvali Sukhumi Gali Khojaly Shusha Aghdam Stepanakert Fuzuli Jabrayil Kalbajar Lachin Sumgait Ganja
Osh Jalal-Abad Andijan Namangan Dushanbe Kabul Kandahar Herat Kunduz Jalalabad Quetta Peshawar
Dhaka Chittagong Sittwe Maungdaw Buthidaung Mandalay Yangon Battambang Dili Ambon
Lima Ayacucho Cusco Bogota Medellin Cali Quiche Managua Tegucigalpa
Gaza Rafah Jenin Hebron Nablus Beirut Sabra Tyre Sidon Tripoli Benghazi Misrata Sirte Aden Taiz Sanaa Hodeidah
Kano Maiduguri Jos Enugu Freetown Monrovia Abidjan Bamako Timbuktu Gao Mopti Ouagadougou Niamey
Mogadishu Kismayo Mekelle Axum Asmara Kampala Gulu Lira Nairobi Eldoret Bujumbura Gitega Harare Bulawayo
Nanjing Urumqi Kashgar Lhasa Srinagar Amritsar Ahmedabad Colombo Jaffna Kilinochchi Batticaloa
Odesa Bucha Irpin Mariupol Kharkiv Kherson Izium Lviv Katyn Lidice Oradour Guernica Warsaw Vilnius Kaunas Riga""".split()

PUBLISHERS = [
    "Human Rights Watch", "Amnesty International", "Memorial Human Rights Centre", "International Crisis Group",
    "Reuters", "Associated Press", "Agence France-Presse", "BBC News", "Al Jazeera", "The Guardian", "Le Monde",
    "Radio Free Europe", "Deutsche Welle", "Anadolu Agency", "TASS", "Xinhua", "Kyodo News", "News.Az", "Armenpress",
    "European Parliament", "UN Human Rights Council", "OSCE", "ICRC", "ICMP", "Physicians for Human Rights",
    "Ministry of Foreign Affairs", "Office of the President", "National Assembly", "Truth Commission",
    "Survivors' Association", "Genocide Memorial Centre", "Institute for War and Peace Reporting", "Airwars",
    "Local Council", "Documentation Centre", "Historical Society", "University Press", "Diaspora Union",
]
PERSONS = ["Ahmed Karimov", "Maria Petrova", "John Hartley", "Aida Hasanova", "Samir Haddad", "Leila Nasser",
           "Jean Mukamana", "Elena Kovac", "David Mensah", "Nadia Rahimi", "Omar Farouk", "Ana Morales"]
ORGS2 = ["Memorial Society", "Association of Victims' Families", "Committee of Mothers", "Survivors' Council"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

# Each names the event with its date in the same sentence, so the date is the event's.
TEMPLATES = [
    """{org} statement on the {place} massacre

In the {place} massacre of {day} {month} {year}, {killed} were killed. At least {wounded} people were wounded. "We will never forget what happened in {place}," said {person}, chairman of the {org2}. {org} called the {place} massacre a crime against humanity.
""",
    """{ago} years after the siege of {place}

The siege of {place} began on {day} {month} {year}. During the siege of {place}, {killed} were killed, among them {children} children. More than {hostages} people were taken hostage. Survivors describe it as genocide.
""",
    """Remembering the {place} tragedy

The {place} tragedy of {day} {month} {year} took the lives of {killed}. {missing} people remain missing. "We remember every name," said {person}.
""",
    """{place} killings: report

The {place} killings on {day} {month} {year} left {killed} dead, {org} said in a report. {missing} people are still missing. {org} describes the {place} killings as ethnic cleansing.
""",
]


def _killed_phrase(kind: str, n: int) -> str:
    return {
        "exact": f"{n:,} people",
        "approx": f"about {n:,} people",
        "at_least": f"at least {n:,} people",
        "range": f"between {n:,} and {int(n * 1.6):,} people",
        "civilians": f"more than {n:,} civilians",
    }[kind]


def plan_events(rng: random.Random) -> list[dict]:
    """Events: one to four at each place, each with the few figures its sources give."""
    from testimonia.gazetteer import get_gazetteer

    gazetteer = get_gazetteer()
    events = []
    for place in PLACES:
        found = gazetteer.lookup(place)
        if not found or found[0].lat is None:
            continue
        years = rng.sample(range(1940, 2023), rng.choice((1, 1, 2, 3, 4)))
        for year in years:
            killed = int(rng.lognormvariate(5.5, 1.3)) + 12
            variants = [("exact", killed), ("at_least", max(10, int(killed * rng.uniform(0.2, 0.6)))),
                        ("range", max(10, int(killed * rng.uniform(0.4, 0.9)))), ("approx", int(killed * rng.uniform(1.1, 2.5)))]
            events.append({
                "place": place, "year": year, "month": rng.randrange(12), "day": rng.randrange(1, 29),
                "variants": variants[: rng.choice((1, 2, 3, 4, 4))],
                "wounded": int(killed * rng.uniform(0.5, 2)), "missing": int(killed * rng.uniform(0.05, 0.5)),
                "children": max(1, int(killed * rng.uniform(0.05, 0.3))), "hostages": int(killed * rng.uniform(0.1, 1)),
            })
    return events


def synthetic_documents(count: int, seed: int = 7):
    """(text, publisher, published) for `count` documents; popular events get most documents."""
    rng = random.Random(seed)
    events = plan_events(rng)
    weights = [1 / (rank + 1) ** 0.8 for rank in range(len(events))]
    rng.shuffle(weights)
    for _ in range(count):
        e = rng.choices(events, weights)[0]
        # Most sources repeat the figure most often given; a few give their own.
        kind, n = e["variants"][min(int(rng.expovariate(1.2)), len(e["variants"]) - 1)]
        published_year = min(2025, e["year"] + rng.choice((0, 0, 1, 5, 10, 20, 25, 30)))
        published = date(published_year, rng.randrange(1, 13), rng.randrange(1, 29)).isoformat()
        text = rng.choice(TEMPLATES).format(
            org=rng.choice(PUBLISHERS), org2=rng.choice(ORGS2), place=e["place"], day=e["day"], month=MONTHS[e["month"]],
            year=e["year"], killed=_killed_phrase(kind, n), wounded=e["wounded"], person=rng.choice(PERSONS),
            ago=max(1, published_year - e["year"]), children=e["children"], hostages=e["hostages"], missing=e["missing"],
        )
        yield text, rng.choice(PUBLISHERS), published


def numbered(text: str, i: int) -> str:
    """Every document its own bytes (and so its own id); the line states no fact."""
    return f"{text}\nArchive reference TX-{i:06d}.\n"


def _warm() -> None:
    _extract((TEMPLATES[0].format(org="A", org2="B", place="Aleppo", day=1, month="May", year=1990, killed="5 people",
                                  wounded=1, person="C", ago=1, children=1, hostages=1, missing=1), "", "2000-01-01"))


def _extract(item: tuple[str, str, str]) -> dict:
    from testimonia.ingest.extraction import contract_for

    text, _, published = item
    return contract_for(text, {"published": published, "language": "en", "chars": len(text)})


def build_synthetic(path: Path, count: int) -> str:
    """Fill a new archive at `path`; returns how its facts were extracted.

    Every document goes through the real engine while that keeps the whole build within
    EXTRACT_BUDGET seconds (the machine may be shared: the pace is watched as it goes); the
    rest are copies of DISTINCT_TEXTS texts the engine read, their contract JSON reused.
    """
    from testimonia.extract.pipeline import EXTRACTOR_VERSION, lexicon_hash
    from testimonia.store import open_store

    tmp = path.with_suffix(".partial")
    for stale in tmp.parent.glob(tmp.name + "*"):
        stale.unlink()
    store = open_store(tmp, create=True)
    store.db.execute("PRAGMA synchronous=OFF")  # a benchmark's scratch archive, rebuilt if the machine dies
    version, lexicons = EXTRACTOR_VERSION, lexicon_hash()
    docs = ((numbered(text, i), publisher, published) for i, (text, publisher, published) in enumerate(synthetic_documents(count)))
    _warm()
    probe = [next(docs) for _ in range(min(300, count))]
    began = time.perf_counter()
    pending = list(zip(probe, [_extract(item) for item in probe]))
    per_doc = (time.perf_counter() - began) / max(1, len(probe))
    workers = max(1, min(2, os.cpu_count() or 1))
    every = per_doc * count / workers <= EXTRACT_BUDGET
    print(f"  synthetic archive: {count:,} documents; the extraction engine takes {per_doc * 1000:.1f} ms a document here", flush=True)
    started = time.perf_counter()
    written, extracted = 0, len(pending)
    feed = None
    pool = multiprocessing.get_context("fork").Pool(workers, initializer=_warm) if every and workers > 1 else None
    try:
        while written < count:
            size = min(BATCH, count - written) - len(pending)
            if every:
                items = [next(docs) for _ in range(size)]
                results = pool.map(_extract, items, chunksize=100) if pool else [_extract(i) for i in items]
                batch = pending + list(zip(items, results))
                extracted += len(items)
            else:
                feed = feed or _copies(count)
                batch = pending + [next(feed) for _ in range(size)]
            pending = []
            _insert(store, batch, version, lexicons)
            written += len(batch)
            elapsed = time.perf_counter() - started
            print(f"    {written:,} documents ({written / elapsed:,.0f}/s)", flush=True)
            if every and elapsed + (count - written) * elapsed / written > EXTRACT_BUDGET:
                every = False  # at this pace the rest would take too long: copies from here on
    finally:
        if pool:
            pool.close()
            pool.join()
    store.db.execute("PRAGMA optimize")
    store.close()
    tmp.rename(path)
    for suffix in ("-wal", "-shm"):
        side = Path(str(tmp) + suffix)
        if side.exists():
            side.unlink()
    if extracted == count:
        how = f"every document read by the real extraction engine ({per_doc * 1000:.1f} ms a document, {workers} processes)"
    else:
        how = (f"{extracted:,} documents read by the real extraction engine ({per_doc * 1000:.1f} ms a document); the other "
               f"{count - extracted:,} are copies of {DISTINCT_TEXTS} distinct template texts it read, their contract JSON "
               f"reused under new ids, publishers and dates (reading all {count:,} would have taken longer than {EXTRACT_BUDGET:.0f} s)")
    path.with_suffix(".how").write_text(how)
    return how


def _copies(count: int):
    """Copies of a few hundred distinct texts: the same words and facts, another reference line, publisher and
    date. The texts were drawn with the events' popularity, so the copies keep it."""
    bases = [(text, _extract((text, "", published))) for text, _, published in synthetic_documents(DISTINCT_TEXTS, seed=11)]
    pick = random.Random(5)
    for i, (_, publisher, published) in enumerate(synthetic_documents(count, seed=13)):
        text, result = bases[pick.randrange(len(bases))]
        yield (numbered(text, count + i), publisher, published), json.loads(json.dumps(result))


def _insert(store, batch, version: str, lexicons: str) -> None:
    """Rows as `SQLiteStore.add_document` writes them (document, original, search entry, extraction, facts), many per transaction."""
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    documents, originals, extractions, facts = [], [], [], []
    for (text, publisher, published), result in batch:
        data = text.encode()
        doc_id = hashlib.sha256(data).hexdigest()
        text_sha = hashlib.sha256(text.encode()).hexdigest()
        title = text.split("\n", 1)[0]
        documents.append((doc_id, f"{doc_id[:12]}.txt", "txt", len(data), "utf-8", title, publisher, None, published, "en", None, now, text, None, text_sha))
        originals.append((doc_id, data))
        result["document"] = dict(result.get("document") or {}, sha256=doc_id, path=f"{doc_id[:12]}.txt", title=title)
        extractions.append((doc_id, version, lexicons, now, json.dumps(result, ensure_ascii=False)))
        for kind, items in result.items():
            if isinstance(items, list):
                for number, fact in enumerate(items, 1):
                    span = fact.get("span") or [None, None]
                    facts.append((doc_id, version, lexicons, kind, fact.get("id") or f"{kind}{number}", span[0], span[1],
                                  fact.get("text"), fact.get("rule"), json.dumps(fact, ensure_ascii=False)))
    db = store.db
    db.execute("BEGIN IMMEDIATE")
    db.executemany(
        "INSERT INTO documents (id, filename, format, size, encoding, title, publisher, url, published, language, source_path, "
        "ingested_at, text, duplicate_of, text_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", documents,
    )
    db.executemany("INSERT INTO originals (document_id, content) VALUES (?, ?)", originals)
    db.executemany("INSERT INTO extractions VALUES (?, ?, ?, ?, ?)", extractions)
    db.executemany("INSERT INTO facts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", facts)
    db.execute("COMMIT")


def synthetic_archive(count: int, rebuild: bool) -> tuple[Path, str]:
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"synthetic-{count}.db"
    if rebuild and path.exists():
        path.unlink()
    if path.exists():
        how = path.with_suffix(".how").read_text() if path.with_suffix(".how").exists() else "unknown"
        print(f"  synthetic archive: {count:,} documents, cached at {path}; {how}", flush=True)
        return path, how
    started = time.perf_counter()
    how = build_synthetic(path, count)
    print(f"  built in {time.perf_counter() - started:.0f} s ({path.stat().st_size / 1e6:,.0f} MB)", flush=True)
    return path, how


def demo_archive(folder: Path) -> Path:
    from testimonia.ingest.batch import expand, ingest_file
    from testimonia.ingest.extraction import extract_document
    from testimonia.model import DocumentMeta
    from testimonia.store import open_store

    path = folder / "demo.db"
    store = open_store(path, create=True)
    sources = [p for p in (ROOT / "samples", SEEDS) if p.is_dir()]
    results = [ingest_file(store, f, overrides=DocumentMeta(), max_bytes=50_000_000, extractor=extract_document) for f in expand(sources[:1])]
    if SEEDS.is_dir():  # as `make demo` does
        seed = DocumentMeta(title="Statement on the 34th anniversary of Khojaly (shared seed)")
        results += [ingest_file(store, f, overrides=seed, max_bytes=50_000_000, extractor=extract_document) for f in expand([SEEDS])]
    store.close()
    added = sum(r.status == "added" for r in results)
    print(f"  demo archive: {added} documents from {', '.join(str(s.relative_to(ROOT.parent)) for s in sources)} (real extraction)", flush=True)
    return path


# ---------------------------------------------------------------- measuring


def _client(path: Path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # Starlette's note that its TestClient will move to httpx2
        from fastapi.testclient import TestClient

    from testimonia.settings import load_settings
    from testimonia.store import open_store
    from testimonia.web import create_app

    store = open_store(path)
    app = create_app(load_settings({"db": path}, environ={}), store)
    return TestClient(app, raise_server_exceptions=True), app, store


def _timed(client, url: str) -> float:
    started = time.perf_counter()
    response = client.get(url)
    elapsed = time.perf_counter() - started
    if response.status_code != 200:
        raise RuntimeError(f"{url}: HTTP {response.status_code}: {response.text[:300]}")
    return elapsed


def _percentiles(times: list[float]) -> tuple[float, float]:
    ordered = sorted(times)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def measure(name: str, path: Path, requests: int, rows: list[tuple]) -> None:
    """Cold start; then each route: a warm-up, then `requests` requests cycling over many targets."""
    from testimonia.web.pages.event import _event_page

    client, app, store = _client(path)
    started = time.perf_counter()
    client.get("/api/events")
    cold = time.perf_counter() - started
    cache = app.state.records
    snapshot = cache.get(store, app.state.settings)
    print(f"  {name}: cold first request {cold:.2f} s (the record built in {snapshot.built_in:.2f} s: "
          f"{len(snapshot.record.events):,} events, {len(snapshot.record.claims):,} figures, {len(snapshot.record.sources):,} documents)", flush=True)
    rows.append((name, "cold: first request (builds the record)", 1, 1, cold * 1000, cold * 1000, cold * 1000))
    if cache.preparing is not None:
        cache.preparing.join()
    prepared = time.perf_counter() - started - cold
    print(f"  {name}: every event's page prepared in the background, {prepared:.2f} s after the first request", flush=True)
    rows.append((name, "  (background preparation of every event page)", 1, 1, prepared * 1000, prepared * 1000, prepared * 1000))
    # What that preparation saves the readers of the largest events: the page object made on request.
    biggest = sorted(snapshot.record.events, key=lambda e: -len(e.mentions))[:5]
    alone = []
    for e in biggest:
        began = time.perf_counter()
        _event_page(snapshot, e, None)
        alone.append(time.perf_counter() - began)
    rows.append((name, f"  (page object made on request, largest events: {len(biggest[0].mentions):,} sources)", len(alone), len(alone),
                 statistics.median(alone) * 1000, max(alone) * 1000, max(alone) * 1000))
    rng = random.Random(3)
    ids = [e.id for e in snapshot.record.events]
    rng.shuffle(ids)
    smallest = min(snapshot.record.events, key=lambda e: len(e.mentions))
    _timed(client, f"/events/{smallest.id}")  # Jinja compiles the page's template on its first use
    big = [_timed(client, f"/events/{e.id}") for e in biggest]
    rows.append((name, "event page, largest events, first request", len(big), len(big), statistics.median(big) * 1000, max(big) * 1000, max(big) * 1000))
    documents = rng.sample(sorted(snapshot.record.sources), min(len(snapshot.record.sources), 500))
    words = sorted({p["name"] for e in snapshot.record.events for p in e.places})
    queries = [f"{w} killed" for w in words[:100]] or ["killed"]
    routes = {
        "event page, first request for each event": [f"/events/{i}" for i in ids],
        "event page, requested again": [f"/events/{i}" for i in ids],
        "event JSON, first request for each event": [f"/api/events/{i}" for i in ids],
        "search": [f"/search?q={q}" for q in queries],
        "document page": [f"/documents/{d}" for d in documents],
    }
    for route, urls in routes.items():
        first = "first request" in route
        for url in (urls[-20:] if first else urls[:20]):  # warm-up (for a first request: on other targets)
            _timed(client, url)
        times = [_timed(client, urls[k % len(urls)]) for k in range(requests)]
        p50, p95 = _percentiles(times)
        rows.append((name, route, min(len(urls), requests), requests, p50 * 1000, p95 * 1000, max(times) * 1000))
    store.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=int(os.environ.get("TESTIMONIA_BENCH_DOCS", "100000")), help="documents in the synthetic archive")
    parser.add_argument("--requests", type=int, default=200, help="measured requests per route")
    parser.add_argument("--rebuild", action="store_true", help="build the synthetic archive again even if it is cached")
    args = parser.parse_args()
    print(f"web latency, server side (FastAPI TestClient in process); {os.cpu_count()} CPUs", flush=True)
    rows: list[tuple] = []
    with tempfile.TemporaryDirectory() as scratch:
        measure("demo", demo_archive(Path(scratch)), args.requests, rows)
    path, how = synthetic_archive(args.docs, args.rebuild)
    measure(f"{args.docs // 1000}k", path, args.requests, rows)
    print()
    print(f"{'archive':<8} {'route':<62} {'targets':>7} {'requests':>8} {'p50 ms':>9} {'p95 ms':>9} {'max ms':>9}")
    for name, route, targets, count, p50, p95, worst in rows:
        print(f"{name:<8} {route:<62} {targets:>7,} {count:>8,} {p50:>9.1f} {p95:>9.1f} {worst:>9.1f}")
    print(f"\nsynthetic archive: {how}")
    print(f"peak memory (this process): {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
