"""`python -m testimonia.gazetteer`: build (or load) the cached index and report on it."""

from __future__ import annotations

import sys
import time

from testimonia.gazetteer import build
from testimonia.gazetteer.index import Gazetteer


def main() -> int:
    path = build.cache_dir() / f"gazetteer-{build.testimonia.__version__}-{build.input_hash()}.pickle"
    fresh = not path.exists()
    t = time.perf_counter()
    gz = Gazetteer(build.load_or_build(path))
    took = time.perf_counter() - t
    size = path.stat().st_size / 1e6 if path.exists() else 0.0
    print(f"{'built' if fresh else 'loaded'} {len(gz):,} entries in {took:.2f} s; {path} ({size:.0f} MB)")
    if fresh:
        t = time.perf_counter()
        Gazetteer(build.load_or_build(path))
        print(f"load from cache: {time.perf_counter() - t:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
