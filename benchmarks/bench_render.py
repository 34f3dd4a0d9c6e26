"""First render in a real browser: every main page of the demo archive in headless Chromium.

The demo archive (samples/ and ../shared/seeds, real extraction) is served by
`testimonia serve` in its own process; Debian's /usr/bin/chromium, driven by Playwright,
opens each page. Per page:
  cold  a fresh browser context each time (empty cache: every script, style and the
        country outlines fetched again), 5 loads;
  warm  the same context reloaded, 5 loads.
The numbers are the browser's own Navigation Timing and Paint Timing: first contentful
paint (what "first render" means here), DOMContentLoaded, and "all drawn": the load event
or, on pages with a timeline or a map, the moment the timeline is drawn and the country
outlines are on the map, whichever is last (marks the page's scripts set); in ms from the
start of navigation, median and worst of the loads. The very first request after the
server starts also builds the reconciled record; it is printed on its own line.
Prints numbers, never pass/fail.

    .venv/bin/python benchmarks/bench_render.py [--loads 5]
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).parent))

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"]
TIMING = """async () => {
  const fcp = () => performance.getEntriesByName('first-contentful-paint')[0];
  const marks = ['testimonia:timeline', 'testimonia:map-outlines'];
  const expected = marks.filter((m) => document.querySelector(m.endsWith('timeline') ? '#timeline' : '[data-countries]'));
  for (let waited = 0; waited < 5000 && (!fcp() || expected.some((m) => !performance.getEntriesByName(m).length)); waited += 20) {
    await new Promise((done) => setTimeout(done, 20));
  }
  const [nav] = performance.getEntriesByType('navigation');
  const at = (m) => { const e = performance.getEntriesByName(m)[0]; return e ? e.startTime : null; };
  const drawn = expected.map(at).filter((t) => t !== null);
  return {fcp: fcp() ? fcp().startTime : null, dcl: nav.domContentLoadedEventEnd,
          drawn: drawn.length ? Math.max(nav.loadEventEnd, ...drawn) : nav.loadEventEnd};
}"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve(db: Path) -> tuple[subprocess.Popen, str]:
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "testimonia", "serve", "--db", str(db), "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return server, base
        except OSError:
            if server.poll() is not None:
                raise RuntimeError(f"testimonia serve exited: {server.stderr.read().decode()[-500:]}")
            time.sleep(0.1)
    server.kill()
    raise RuntimeError("testimonia serve did not start within 30 s")


def _json(url: str) -> dict:
    import json

    with urllib.request.urlopen(url, timeout=60) as response:
        return json.load(response)


def _pages(base: str) -> dict[str, str]:
    events = _json(f"{base}/api/events")["events"]
    khojaly = max(events, key=lambda e: ("khojaly" in e["id"], e["sources"]))
    documents = _json(f"{base}/api/documents")["documents"]
    longest = max(documents, key=lambda d: d["size"] or 0)
    return {
        "home": "/", "events": "/events", f"event {khojaly['id']}": khojaly["url"],
        f"document {longest['id'][:12]} ({longest['size']:,} B)": longest["url"],
        "search 'Khojaly'": "/search?q=Khojaly", "places": "/places", "chronology": "/chronology",
    }


def _row(name: str, loads: list[dict]) -> str:
    def stat(key: str) -> str:
        values = [t[key] for t in loads if t[key] is not None]
        return f"{statistics.median(values):7.0f} {max(values):7.0f}" if values else "      -       -"

    return f"  {name:<44} {stat('fcp')}  {stat('dcl')}  {stat('drawn')}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--loads", type=int, default=5, help="page loads per page and mode (default 5)")
    args = parser.parse_args()
    if not CHROMIUM.exists():
        print(f"skipped: needs {CHROMIUM} (apt-get install -y chromium)")
        return 0
    from playwright.sync_api import sync_playwright

    from bench_web import demo_archive

    with tempfile.TemporaryDirectory() as folder:
        db = demo_archive(Path(folder))
        server, base = _serve(db)
        try:
            started = time.perf_counter()
            urllib.request.urlopen(f"{base}/", timeout=120).read()
            print(f"  first request after start (builds the record): {1000 * (time.perf_counter() - started):.0f} ms")
            pages = _pages(base)
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
                print(f"\n  {'page (ms from navigation start)':<44} {'first paint':>15}  {'DOMContentLoaded':>15}  {'all drawn':>15}")
                print(f"  {'':<44} {'median   worst':>15}  {'median   worst':>15}  {'median   worst':>15}")
                for mode in ("cold", "warm"):
                    print(f"  {mode}: {'a fresh context per load (empty cache)' if mode == 'cold' else 'the same context, reloaded'}")
                    for name, path in pages.items():
                        loads = []
                        context = browser.new_context(viewport={"width": 1280, "height": 900})
                        for _ in range(args.loads):
                            if mode == "cold":
                                context.close()
                                context = browser.new_context(viewport={"width": 1280, "height": 900})
                            page = context.new_page()
                            page.goto(base + path, wait_until="load")
                            loads.append(page.evaluate(TIMING))
                            page.close()
                        context.close()
                        print(_row(name, loads))
                browser.close()
        finally:
            server.terminate()
            server.wait(timeout=10)
    print("\n  target (issue 5): first render under 1 s on the demo archive; compare the cold first-paint column")
    return 0


if __name__ == "__main__":
    sys.exit(main())
