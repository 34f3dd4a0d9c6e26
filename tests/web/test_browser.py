"""Every page in headless Chromium: map markers, timeline items, fact claims on focus, escaping, offline API docs.

Needs Debian's /usr/bin/chromium (CI installs it); skipped with the reason otherwise.
Screenshots of every page, on a desktop and a phone screen, go to test-output/screenshots/.
"""

from __future__ import annotations

import pytest

from tests.web.archive import HOSTILE_META, MEMORIAL, TASS
from tests.web.browser import CHROMIUM, CHROMIUM_ARGS, SCREENSHOTS, serving
from tests.web.event_archive import EVENT, HOSTILE_PUBLISHER
from tests.web.event_archive import build as build_event_archive

if not CHROMIUM.exists():
    pytest.skip(f"browser tests need {CHROMIUM} (apt-get install -y chromium); skipped", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="browser tests need Playwright for Python (pip install playwright)")

pytestmark = pytest.mark.slow

VIEWPORTS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}


def _vendor_ready() -> None:
    from importlib import resources

    vendor = resources.files("testimonia.web").joinpath("static", "vendor")
    if not vendor.joinpath("leaflet", "leaflet.js").is_file():
        pytest.fail("the front-end libraries are not built: run scripts/build_static.sh (make does it)")


@pytest.fixture(scope="module")
def base_url(app):
    _vendor_ready()
    with serving(app) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Watched:
    """A page that records console errors, script errors, dialogs and any request leaving the app."""

    def __init__(self, browser, base_url: str, viewport: str = "desktop") -> None:
        self.context = browser.new_context(viewport=VIEWPORTS[viewport])
        self.context.set_default_timeout(10_000)
        self.base = base_url
        self.viewport = viewport
        self.errors: list[str] = []
        self.outside: list[str] = []
        self.dialogs: list[str] = []
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda exc: self.errors.append(f"script error: {exc}"))
        self.page.on("dialog", self._dialog)

    def _route(self, route) -> None:
        if route.request.url.startswith(self.base + "/"):
            route.continue_()
        else:
            self.outside.append(route.request.url)
            route.abort()

    def _console(self, message) -> None:
        if message.type != "error":
            return
        # vis-timeline's standalone build also injects its CSS as <style> elements, which the
        # Content-Security-Policy refuses; the same CSS is loaded from its .css file instead.
        if "Applying inline style violates" in message.text and "vis-timeline" in (message.location or {}).get("url", ""):
            return
        self.errors.append(message.text)

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def open(self, path: str):
        return self.page.goto(self.base + path, wait_until="load")

    def shot(self, name: str, *, full_page: bool = True) -> None:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(SCREENSHOTS / f"{name}-{self.viewport}.png"), full_page=full_page)

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def desktop(browser, base_url):
    watched = Watched(browser, base_url)
    yield watched
    watched.close()


def page_paths(archive) -> dict[str, str]:
    return {
        "home": "/",
        "documents": "/documents",
        "document": f"/documents/{archive.ids[TASS]}",
        "document-memorial": f"/documents/{archive.ids[MEMORIAL]}",
        "search": "/search?q=Sumgait",
        "events": "/events",
        "event": "/events/sumgayit-1988-02-27",
        "places": "/places",
        "chronology": "/chronology",
        "settings": "/settings",
        "api-docs": "/docs",
        "not-found": "/no/such/page",
    }


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
def test_every_page_opens_cleanly_and_loads_nothing_from_outside(browser, base_url, archive, viewport):
    watched = Watched(browser, base_url, viewport)
    try:
        for name, path in page_paths(archive).items():
            response = watched.open(path)
            assert response.status == (404 if name == "not-found" else 200), name
            if name == "api-docs":
                watched.page.wait_for_selector(".opblock")
            if name == "home":
                watched.page.wait_for_selector("#timeline .vis-item")
                watched.page.wait_for_function("document.querySelectorAll('.leaflet-overlay-pane path').length > 100")
            watched.shot(name)
            # nothing wider than the screen except inside the scrolling table boxes
            width = watched.page.evaluate("document.documentElement.scrollWidth")
            assert width <= VIEWPORTS[viewport]["width"], (name, width)
            if name == "not-found":  # the browser reports the page's own 404 status
                watched.errors = [e for e in watched.errors if "404 (Not Found)" not in e]
            assert watched.errors == [], name
        assert watched.outside == []
    finally:
        watched.close()


def test_home_map_shows_country_outlines_and_markers(desktop, client):
    expected = client.get("/api/home").json()
    desktop.open("/")
    page = desktop.page
    page.wait_for_selector(".leaflet-marker-icon")
    page.wait_for_function("document.querySelectorAll('.leaflet-overlay-pane path').length > 100")
    markers = page.locator(".leaflet-marker-icon")
    assert markers.count() == len(expected["markers"]) == 5
    assert sorted(markers.evaluate_all("els => els.map(e => e.alt.split(':')[0])")) == sorted(m["name"] for m in expected["markers"])
    assert page.locator(".leaflet-tile").count() == 0  # no tile server configured: outlines only
    page.locator(".leaflet-marker-icon[title='Halabja']").click()
    popup = page.locator(".leaflet-popup-content a")
    assert popup.inner_text() == "Halabja" and popup.get_attribute("href").startswith("/places#place-")


def test_home_timeline_shows_events_and_publications(desktop, client):
    expected = client.get("/api/home").json()["timeline"]
    desktop.open("/")
    page = desktop.page
    page.wait_for_selector("#timeline .vis-item")
    labels = page.locator("#timeline .vis-item .vis-item-content").all_inner_texts()
    assert "Sumgayit, 27–29 February 1988" in labels and "TASS" in labels
    assert len(labels) == len(expected)
    assert "Publisher <b>bold</b> & Co" in labels  # hostile metadata as text
    page.locator("#timeline .vis-item", has_text="Sumgayit, 27–29 February 1988").click()
    page.wait_for_url("**/events/sumgayit-1988-02-27")


def test_keyboard_focus_on_a_highlighted_fact_shows_its_claim_and_rule(desktop, archive):
    desktop.open(f"/documents/{archive.ids[TASS]}")
    page = desktop.page
    popover = page.locator("#fact-popover")
    assert popover.is_hidden()
    page.focus(f"a[href='/api/documents/{archive.ids[TASS]}/facts']")  # the last link before the text
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "c1"  # the outer of two nested facts comes first
    assert popover.is_visible()
    assert "TASS uses the label “disorders”" in popover.inner_text() and "en.labels.disorders" in popover.inner_text()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "p1"
    assert "names the place “Sumgait”" in popover.inner_text()
    page.focus("#f1")
    assert popover.inner_text().startswith("Figure f1: TASS counts 31 people killed.")
    assert "Rule: en.figures.n_people_verb." in popover.inner_text()
    desktop.shot("document-focus", full_page=False)
    page.keyboard.press("Escape")
    assert popover.is_hidden()


def test_hovering_any_piece_of_a_split_fact_shows_that_fact(desktop, archive):
    desktop.open(f"/documents/{archive.ids[TASS]}")
    page = desktop.page
    page.locator("mark.cont[data-fact='p4']").hover()
    assert "Nagorno-Karabakh Autonomous Region" in page.locator("#fact-popover").inner_text()
    assert page.locator("mark.is-active[data-fact='p4']").count() == 2


def test_a_fragment_scrolls_to_and_emphasises_the_fact(desktop, archive):
    desktop.open(f"/documents/{archive.ids[TASS]}#p4")
    page = desktop.page
    assert page.locator("mark.is-target").count() == 2  # both pieces of the split fact
    assert page.locator("mark.is-target[data-fact='p4']").count() == 2
    box = page.locator("#p4").bounding_box()
    assert box is not None and 200 <= box["y"] <= 700  # centred, with its sentence around it
    assert "Nagorno-Karabakh Autonomous Region" in page.locator("#fact-popover").inner_text()
    desktop.shot("document-fragment", full_page=False)
    page.evaluate("location.hash = '#d2'")
    page.wait_for_selector("mark.is-target[data-fact='d2']")
    assert page.locator("mark.is-target").count() == 1


def test_script_in_a_document_shows_as_text(desktop, archive):
    desktop.open(f"/documents/{archive.ids['hostile.txt']}")
    page = desktop.page
    text = page.locator("#document-text").inner_text()
    assert '<script>alert("pwned")</script>' in text and "<img src=x onerror=alert(1)>" in text
    assert page.locator("h1").inner_text() == HOSTILE_META["title"]
    assert page.locator("#document-text script, #document-text img").count() == 0
    page.focus("#q1")
    assert "quotes an unnamed speaker" in page.locator("#fact-popover").inner_text()
    desktop.shot("document-hostile")
    assert desktop.dialogs == [] and desktop.errors == []


def test_api_docs_render_offline_from_the_apps_own_files(desktop, client):
    desktop.open("/docs")
    page = desktop.page
    page.wait_for_selector(".opblock")
    paths = client.get("/api/openapi.json").json()["paths"]
    assert page.locator(".opblock").count() == len(paths)
    assert desktop.outside == [] and desktop.errors == []


def test_print_layout_leaves_out_navigation_and_keeps_the_text(desktop, archive):
    desktop.open(f"/documents/{archive.ids[TASS]}")
    page = desktop.page
    page.emulate_media(media="print")
    assert page.locator(".site-header").is_hidden()
    assert page.locator(".actions").is_hidden()
    assert page.locator("#document-text").is_visible()
    assert page.locator("#f1").is_visible()
    desktop.shot("document-print")


@pytest.fixture(scope="module")
def events_url(tmp_path_factory):
    """The app over the event archive: three sources that disagree on one event, one under a hostile name."""
    from testimonia.settings import load_settings
    from testimonia.web import create_app

    _vendor_ready()
    archive = build_event_archive(tmp_path_factory.mktemp("browser-events"))
    with serving(create_app(load_settings({"db": archive.path}, environ={}), archive.store)) as url:
        yield url, archive
    archive.store.close()


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
def test_event_page_chart_map_and_hostile_names(browser, events_url, viewport):
    base, _ = events_url
    watched = Watched(browser, base, viewport)
    try:
        watched.open(f"/events/{EVENT}")
        page = watched.page
        page.wait_for_selector("#map.is-drawn .leaflet-marker-icon")
        chart = page.locator("svg.chart[role='img']")
        assert chart.count() == 1 and chart.locator("a.mark").count() == 3
        box = chart.bounding_box()
        assert box is not None and box["width"] >= 300 and box["height"] > 100
        marks = {m.evaluate("e => e.getBoundingClientRect().x") for m in chart.locator("a.mark circle").all()}
        assert len(marks) == 3  # three different places on the shared axis
        assert HOSTILE_PUBLISHER in page.locator("table.figures").first.inner_text()
        assert page.locator("script:not([src]):not([type='application/json'])").count() == 0
        watched.shot("event")
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= VIEWPORTS[viewport]["width"]
        assert watched.errors == [] and watched.dialogs == [] and watched.outside == []
    finally:
        watched.close()


def test_one_click_on_a_sources_figure_shows_its_sentence_highlighted(browser, events_url):
    base, archive = events_url
    watched = Watched(browser, base)
    try:
        watched.open(f"/events/{EVENT}")
        page = watched.page
        row = page.locator("table.figures").first.locator("tr", has_text="Government of Azerbaijan")
        row.locator("a.evidence-link").click()
        page.wait_for_url(f"**/documents/{archive.ids['gov']}#f1")
        target = page.locator("mark.is-target")
        target.first.wait_for()
        assert target.count() == 1 and target.inner_text() == "613 people were killed"
        assert page.locator("#fact-popover").inner_text().startswith("Figure f1: Government of Azerbaijan counts 613 people killed.")
        box = target.bounding_box()
        assert box is not None and 0 <= box["y"] <= VIEWPORTS["desktop"]["height"]
        watched.shot("event-evidence", full_page=False)
        # and from the chart: the hostile source's mark opens its own words
        watched.open(f"/events/{EVENT}")
        page.locator("svg.chart a.mark.at_least circle").click()
        page.wait_for_url(f"**/documents/{archive.ids['hostile']}#f1")
        page.locator("mark.is-target").first.wait_for()
        assert page.locator("mark.is-target").inner_text() == "At least 161 people were killed"
        assert page.locator("h1").inner_text() == "Report on <i>Khojali</i>"
        assert watched.errors == [] and watched.dialogs == []
    finally:
        watched.close()
