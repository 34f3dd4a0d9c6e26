"""Place finding alone, on one core: `find_places` over the bench corpus (the texts of
`bench_extract`, repeated, so the gazetteer's kept answers are warm) and once over
documents that corpus does not hold (the tuning sets' held-out documents A, B, C, E
and F), where every name is new to the process. Also the gazetteer's load time.

Prints numbers, never pass/fail. Times are CPU seconds, the best of `--repeat` runs.

    .venv/bin/python benchmarks/bench_places.py [--mb 1] [--repeat 3]
"""

from __future__ import annotations

import argparse
import sys
import time

from bench_extract import ROOT, _text, read_texts, stream

HELD_OUT = ["heldout", "heldout_b", "heldout_c", "heldout_e", "heldout_f"]  # never the blind sets


def held_out_texts() -> list[str]:
    paths = [p for s in HELD_OUT for p in sorted((ROOT / "goldset" / s / "docs").glob("*"))]
    return [t for t in (_text(p) for p in paths if p.is_file()) if t and t.strip()]


def prepared(texts):
    """Each text as a `Doc` with the persons and organisations the pipeline gives `find_places`."""
    from testimonia.extract.doc import Doc
    from testimonia.extract.names import find_organizations, find_persons

    docs = [Doc(t) for t in texts]
    return [(d, find_persons(d), find_organizations(d), len(d.text.split())) for d in docs]


def seconds(docs) -> float:
    from testimonia.extract.places import find_places

    started = time.process_time()
    for doc, persons, organizations, _ in docs:
        find_places(doc, persons, organizations)
    return time.process_time() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=1.0, help="size of the repeated corpus (default 1)")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs; the best is shown (default 3)")
    args = parser.parse_args()

    started = time.process_time()
    from testimonia.gazetteer import get_gazetteer

    get_gazetteer()
    print(f"gazetteer loaded in {time.process_time() - started:.2f} s CPU")

    texts = [t for _, t in read_texts()]
    corpus = prepared(stream(texts, args.mb))
    unseen = prepared(held_out_texts())
    words = sum(d[3] for d in corpus)
    seconds(prepared(texts))  # warm-up: lexicons and compiled patterns, and the bench corpus's names
    fresh = seconds(unseen)  # once: what a new archive's documents cost
    best = min(seconds(corpus) for _ in range(max(1, args.repeat)))
    print(f"find_places, bench corpus ({words:,} words, repeated): {best / words * 1e6:.2f} us/word")
    unseen_words = sum(d[3] for d in unseen)
    print(f"find_places, {len(unseen)} documents seen once ({unseen_words:,} words): "
          f"{fresh / max(1, unseen_words) * 1e6:.2f} us/word")
    return 0


if __name__ == "__main__":
    sys.exit(main())
