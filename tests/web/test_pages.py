"""The HTML pages: each one also JSON, accessible landmarks, fact highlighting, escaping, headers and errors."""

from __future__ import annotations

import subprocess
import sys
from types import SimpleNamespace

import pytest

from testimonia.web import create_app
from tests.web.archive import HOSTILE_TEXT, MEMORIAL, TASS
from tests.web.conftest import TestClient
from tests.web.html_check import Page


def pages(archive) -> list[tuple[str, str]]:
    """(HTML address, its JSON twin) for every page."""
    doc = archive.ids[TASS]
    return [
        ("/", "/api/home"),
        ("/documents", "/api/documents"),
        (f"/documents/{doc}", f"/api/documents/{doc}"),
        ("/search?q=Sumgait&year=1988", "/api/search?q=Sumgait&year=1988"),
        ("/places", "/api/places"),
        ("/events", "/api/events"),
        ("/events/sumgayit-1988-02-27", "/api/events/sumgayit-1988-02-27"),
        ("/chronology", "/api/chronology"),
        ("/settings", "/api/settings"),
        ("/docs", "/api/openapi.json"),
    ]


def test_every_page_is_valid_accessible_html_with_a_json_twin(client, archive):
    for url, json_url in pages(archive):
        response = client.get(url)
        assert response.status_code == 200, url
        page = Page(response.text)
        assert page.errors == [], (url, page.errors)
        assert page.find("html", lang="en")
        assert page.find("link", rel="alternate", type="application/json", href=json_url), url
        assert page.find("nav", aria_label="Main") and page.find("main", id="main") and page.find("footer", **{"class": "site-footer"})
        assert page.find("a", href="#main"), "skip link"
        assert len(page.find("h1")) == 1, url
        # nothing from another origin: every script and stylesheet is served by the app
        assert all(s["src"].startswith("/static/") for s in page.find("script") if s.get("src")), url
        assert all(link["href"].startswith("/") for link in page.find("link") if link.get("href")), url
        assert not page.find("script", src=None, type=None), "no inline script"
        twin = client.get(json_url)
        assert twin.status_code == 200 and twin.headers["content-type"] == "application/json", json_url


def test_current_page_is_marked_in_the_navigation(client):
    page = Page(client.get("/places").text)
    assert page.find("a", href="/places", aria_current="page")
    assert not page.find("a", href="/", aria_current="page")


def test_document_page_highlights_every_fact_and_keeps_the_text_exact(client, archive):
    response = client.get(f"/documents/{archive.ids[TASS]}")
    page = Page(response.text, text_of="document-text")
    assert page.errors == []
    assert page.text == archive.texts[TASS]
    anchors = {m["id"] for m in page.find("mark") if m.get("id")}
    assert anchors == {"f1", "d1", "d2", "d3", "p1", "p2", "p3", "p4", "o1", "o2", "c1"}
    head = page.find("mark", id="f1")[0]
    assert head["tabindex"] == "0" and head["aria-describedby"] == "claim-f1"
    assert "k-figures" in head["class"]
    # o2 ends inside p4: p4 is split, and only its first piece is a focus stop
    p4 = page.find("mark", data_fact="p4")
    assert len(p4) == 2 and p4[0].get("id") == "p4" and p4[1].get("id") is None and "cont" in p4[1]["class"]
    claim = [c for c in page.find("span", id="claim-f1")]
    assert claim and "TASS counts 31 people killed." in response.text
    assert "Rule: en.figures.n_people_verb." in response.text
    assert page.find("a", href=f"/api/documents/{archive.ids[TASS]}/original", download="sumgait_tass_1988.txt")
    assert archive.ids[TASS] in response.text  # the full SHA-256


def test_document_page_lists_checks_and_legend(client, archive):
    html = client.get(f"/documents/{archive.ids[MEMORIAL]}").text
    page = Page(html)
    assert page.find("span", **{"class": "fact k-figures swatch", "aria-hidden": "true"})
    assert "figures (4)" in html and "organization (1)" in html
    assert "13 &lt;= 181" in html  # the check, escaped
    assert "Memorial Human Rights Centre counts about 200 people killed." in html


def test_markup_in_a_document_is_shown_as_text_never_run(client, archive):
    response = client.get(f"/documents/{archive.ids['hostile.txt']}")
    html = response.text
    page = Page(html, text_of="document-text")
    assert page.errors == []
    assert page.text == HOSTILE_TEXT  # the characters are all there, as text
    assert "<script>alert" not in html and "<img src=x" not in html and "<b>bold" not in html
    assert "&lt;script&gt;alert(&#34;pwned&#34;)&lt;/script&gt;" in html
    assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; Halabja &amp; after" in html
    assert not page.find("a", href="javascript:alert(3)")  # a stored javascript: URL is not a link
    assert [s for s in page.find("script") if not s.get("src")] == []
    # and the JSON answers carry the same characters untouched
    assert client.get(f"/api/documents/{archive.ids['hostile.txt']}").json()["text"] == HOSTILE_TEXT


def test_markup_in_metadata_is_escaped_on_every_page(client):
    for url in ("/", "/documents", "/search", "/places", "/chronology", "/events", "/events/sumgayit-1988-02-27"):
        html = client.get(url).text
        assert "<script>alert" not in html and "<b>bold" not in html, url


def test_page_data_for_scripts_cannot_close_its_script_block(client):
    html = client.get("/").text
    start = html.index('<script type="application/json" id="page-data">')
    block = html[start: html.index("</script>", start)]
    assert "<" not in block[len('<script type="application/json" id="page-data">'):]
    assert "\\u003cscript\\u003e" in block  # the hostile title, as JSON escapes


SECURITY_HEADERS = {
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
}


@pytest.mark.parametrize("url", ["/", "/api/documents", "/static/css/app.css", "/nowhere", "/api/nowhere", "/docs"])
def test_security_headers_on_every_answer(client, url):
    response = client.get(url)
    for name, value in SECURITY_HEADERS.items():
        assert response.headers[name] == value, (url, name)
    csp = response.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "default-src 'none'" in csp and "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp


def test_not_found_in_html_and_json(client, archive):
    html = client.get("/documents/ffffffffff")
    assert html.status_code == 404 and "text/html" in html.headers["content-type"]
    assert "no document matches" in html.text and "Fix:" in html.text
    assert Page(html.text).errors == []
    api = client.get("/api/documents/ffffffffff")
    assert api.status_code == 404 and set(api.json()) == {"error", "fix"}
    routed = client.get("/no/such/page")
    assert routed.status_code == 404 and "nothing at /no/such/page" in routed.text


def test_escaped_address_in_a_404_page(client):
    response = client.get("/<script>alert(1)</script>")
    assert response.status_code == 404
    assert "<script>alert(1)" not in response.text


def test_a_crash_is_a_500_without_a_traceback(app, archive, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("secret-internal-detail in /home/someone/archive.db")

    monkeypatch.setattr(archive.store, "list_documents", broken)
    client = TestClient(app, raise_server_exceptions=False)
    for url, kind in (("/api/documents", "application/json"), ("/documents", "text/html")):
        response = client.get(url)
        assert response.status_code == 500 and kind in response.headers["content-type"]
        assert "secret-internal-detail" not in response.text and "Traceback" not in response.text
        assert "RuntimeError" not in response.text
        assert response.headers["x-content-type-options"] == "nosniff"
        assert "content-security-policy" in response.headers
    assert set(client.get("/api/documents").json()) == {"error", "fix"}


def test_search_page_shows_facets_and_bad_queries_beside_the_box(client, archive):
    ok = client.get("/search", params={"q": "Sumgait"})
    page = Page(ok.text)
    assert ok.status_code == 200 and page.errors == []
    assert page.find("form", role="search") and page.find("label", **{"for": "q"})
    assert page.find("a", href="/search?q=Sumgait&publisher=TASS")
    assert "<mark>Sumgait</mark>" in ok.text
    bad = client.get("/search", params={"q": "!!!"})
    assert bad.status_code == 400 and "nothing to search for" in bad.text and "role=\"alert\"" in bad.text


def test_api_docs_work_offline(client):
    html = client.get("/docs").text
    assert "/static/vendor/swagger-ui/swagger-ui-bundle.js" in html and "/static/js/api-docs.js" in html
    assert "cdn" not in html.lower() and "https://" not in html
    assert client.get("/api", follow_redirects=False).headers["location"] == "/docs"


def test_a_tile_server_is_allowed_only_when_configured(archive):
    settings = SimpleNamespace(db=archive.path, max_bytes=1, tile_url="https://{s}.tiles.example.org/{z}/{x}/{y}.png")
    client = TestClient(create_app(settings, archive.store))
    response = client.get("/")
    assert "img-src 'self' data: https://*.tiles.example.org" in response.headers["content-security-policy"]
    assert client.get("/api/home").json()["tile_url"] == settings.tile_url


def test_importing_the_app_reads_no_environment_and_opens_no_archive(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "TESTIMONIA_DB": str(tmp_path / "should-not-exist.db")}
    subprocess.run([sys.executable, "-c", "import testimonia.web, testimonia.cli.web"], cwd=tmp_path, env=env, check=True)
    assert list(tmp_path.iterdir()) == []


def test_serve_command_builds_the_app_over_the_archive(archive, monkeypatch):
    import uvicorn
    from typer.testing import CliRunner

    import testimonia.cli.archive  # noqa: F401  (with more than one command, typer expects the command's name)
    import testimonia.cli.web  # noqa: F401  (registers `serve`)
    from testimonia.cli import app as cli

    calls = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kwargs: calls.update(app=app, **kwargs))
    result = CliRunner().invoke(cli, ["serve", "--db", str(archive.path), "--port", "8123"])
    assert result.exit_code == 0, result.output
    assert calls["host"] == "127.0.0.1" and calls["port"] == 8123
    assert calls["app"].state.store.path == archive.path  # closed again once the server stops


def test_head_answers_like_get_without_a_body(client, archive):
    for url in ("/", f"/documents/{archive.ids[TASS]}", "/api/documents"):
        head, get = client.head(url), client.get(url)
        assert head.status_code == 200 and head.content == b""
        assert head.headers["content-length"] == get.headers["content-length"]
        assert head.headers["content-security-policy"] == get.headers["content-security-policy"]
