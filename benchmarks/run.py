"""`make bench`: run every benchmarks/bench_*.py in turn; each prints its own numbers, never pass/fail."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

# Options a benchmark gets under `make bench` (each script's --help says what they do).
OPTIONS = {"bench_extract.py": ["--stages"]}


def main() -> int:
    here = Path(__file__).parent
    scripts = sorted(here.glob("bench_*.py"))
    failed = []
    for script in scripts:
        print(f"\n=== {script.name}", flush=True)
        started = time.perf_counter()
        code = subprocess.call([sys.executable, str(script), *OPTIONS.get(script.name, [])])
        print(f"=== {script.name}: {time.perf_counter() - started:.1f} s, exit {code}", flush=True)
        if code:
            failed.append(script.name)
    if failed:
        print(f"\nbenchmarks that failed to run: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
