"""Events in the web app and the JSON API: the list, one event with its sources side by side, the exports,
the anniversaries calendar, the home page's share, escaping, and the cached record's invalidation."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest

from testimonia.export.formats import CSV_COLUMNS
from testimonia.reconcile import anchors_of
from testimonia.settings import load_settings
from testimonia.store import StoredExtraction
from testimonia.web import create_app
from tests.web.conftest import TestClient
from tests.web.event_archive import EVENT, HOSTILE_PUBLISHER, add, build
from tests.web.html_check import Page


@pytest.fixture(scope="module")
def events_archive(tmp_path_factory):
    built = build(tmp_path_factory.mktemp("event-archive"))
    yield built
    built.store.close()


@pytest.fixture(scope="module")
def events_app(events_archive):
    return create_app(load_settings({"db": events_archive.path}, environ={}), events_archive.store)


@pytest.fixture(scope="module")
def ev(events_app) -> TestClient:
    return TestClient(events_app, raise_server_exceptions=False)


@pytest.fixture
def fresh(tmp_path):
    """An archive and client of its own, for tests that add decisions or extractions."""
    archive = build(tmp_path)
    app = create_app(load_settings({"db": archive.path}, environ={}), archive.store)
    yield archive, app, TestClient(app, raise_server_exceptions=False)
    archive.store.close()


def killed(page: dict) -> dict:
    return next(b for b in page["figures"] if (b["measure"], b["group"]) == ("killed", "all"))


def test_events_list_gives_neutral_names_the_names_sources_use_and_the_range(ev):
    body = ev.get("/api/events").json()
    assert body["total"] == body["count"] == 2
    khojaly = body["events"][0]
    assert (khojaly["id"], khojaly["name"], khojaly["url"]) == (EVENT, "Khojaly, 25–26 February 1992", f"/events/{EVENT}")
    assert {n["name"] for n in khojaly["names"]} == {"Khojaly", "Khodjaly", "Khojali"}  # the sources' own words
    assert khojaly["sources"] == 3 and khojaly["places"] == ["Khojaly"]
    assert khojaly["killed"] == {"low": 161, "best": 181, "high": 613}
    assert "disagreement" in khojaly["flags"]
    assert body["events"][1]["name"] == "Srebrenica, 11 July 1995"
    found = ev.get("/api/events", params={"q": "khojali"}).json()
    assert [e["id"] for e in found["events"]] == [EVENT]  # a name a source uses finds the event
    assert ev.get("/api/events", params={"q": "nowhere"}).json()["count"] == 0
    assert ev.get("/api/events", params={"page": 9}).status_code == 400


def test_event_puts_each_sources_figure_side_by_side_with_its_evidence(ev, events_archive):
    page = ev.get(f"/api/events/{EVENT}").json()
    block = killed(page)
    assert (block["low"], block["best"], block["high"]) == (161, 181, 613)
    assert block["disagreement"] is True and block["spread"] == pytest.approx(613 / 161, abs=0.01)
    rows = [(r["source"]["publisher"], r["source"]["published"], r["number"], r["qualifier"]) for r in block["rows"]]
    assert rows == [  # oldest source first
        ("Memorial Human Rights Centre", "1992-06-18", "181", "exact"),
        (HOSTILE_PUBLISHER, "1994-12-08", "at least 161", "at_least"),
        ("Government of Azerbaijan", "2024-02-26", "613", "exact"),
    ]
    gov = block["rows"][2]
    assert gov["evidence"] == "613 people were killed"
    assert gov["evidence_url"] == f"/documents/{events_archive.ids['gov']}#f1"
    # The document page that link opens has the fact, with the same words, under that anchor.
    doc = ev.get(f"/api/documents/{events_archive.ids['gov']}").json()
    f1 = next(f for f in doc["facts"] if f["anchor"] == "f1")
    assert doc["text"][f1["span"][0]:f1["span"][1]] == gov["evidence"]


def test_a_repeated_figure_is_shown_as_a_repetition_and_not_counted_again(ev, events_archive):
    page = ev.get(f"/api/events/{EVENT}").json()
    wounded = next(b for b in page["figures"] if b["measure"] == "wounded")
    first, again = wounded["rows"]
    assert first["source"]["id"] == events_archive.ids["hostile"] and first["repeated_by"] == 1 and first["repeats"] is None
    assert again["source"]["id"] == events_archive.ids["gov"] and again["repeats"]["id"] == events_archive.ids["hostile"]
    assert (wounded["independent"], wounded["repetitions"]) == (1, 1)
    html = ev.get(f"/events/{EVENT}").text
    assert "repeats the figure of" in html and "repeated by 1 later source" in html


def test_names_dates_places_quotes_labels_and_sources_say_who_claims_them(ev, events_archive):
    page = ev.get(f"/api/events/{EVENT}").json()
    names = {n["name"]: [s["id"] for s in n["sources"]] for n in page["names"]}
    assert names["Khojaly genocide"] == [events_archive.ids["gov"]]
    assert names["taking of Khodjaly"] == [events_archive.ids["memorial"]]
    assert names["Khojali massacre"] == [events_archive.ids["hostile"]]
    assert page["dates_differ"] is True
    dates = {d["when"]: d for d in page["dates"]}
    assert dates["25–26 February 1992"]["is_event_date"] and dates["February 1992"]["precision"] == "month"
    assert [s["id"] for s in dates["February 1992"]["sources"]] == [events_archive.ids["hostile"]]
    assert page["places"][0]["gazetteer_id"] == "geonames:147774" and page["places"][0]["sources"] == 3
    assert page["markers"][0]["name"] == "Khojaly"
    labels = {lu["label"]: lu for lu in page["labels"]}
    assert set(labels) == {"genocide", "massacre"}
    assert labels["genocide"]["evidence"][0]["url"] == f"/documents/{events_archive.ids['gov']}#c1"
    (quote,) = page["quotes"]
    assert (quote["speaker"], quote["text"]) == ("Ilham Aliyev", "We will never forget Khojaly,")
    assert [s["source"]["id"] for s in page["sources"]] == [events_archive.ids[k] for k in ("memorial", "hostile", "gov")]
    assert [c["kind"] for c in page["checks"]][0] == "disagreement"  # warnings first
    assert [d["when"] for d in page["chronology"]] == ["February 1992", "25–26 February 1992", "26 February 1992"]  # "1992-02" sorts first
    assert page["chronology"][1]["url"] == f"/documents/{events_archive.ids['memorial']}#d1"


def test_event_page_draws_one_mark_per_source_on_an_accessible_svg_chart(ev, events_archive):
    response = ev.get(f"/events/{EVENT}")
    assert response.status_code == 200
    page = Page(response.text)
    assert page.errors == []
    assert len(page.find("h1")) == 1 and page.find("link", rel="alternate", href=f"/api/events/{EVENT}")
    (svg,) = [a for a in page.find("svg") if a.get("role") == "img"]  # one chart: killed (all), the only block with two or more figures
    title_id, desc_id = svg["aria-labelledby"].split()
    assert page.find("title", id=title_id) and page.find("desc", id=desc_id)
    marks = [a for t, a in page.elements if t == "a" and (a.get("class") or "").startswith("mark ")]
    assert len(marks) == 3  # one per source
    assert {m["href"] for m in marks} == {f"/documents/{events_archive.ids[k]}#f1" for k in ("gov", "memorial", "hostile")}
    assert {m["class"] for m in marks} == {"mark point", "mark at_least"}
    for kind in ("low", "best", "high"):
        assert kind in response.text.split('class="summary ', 1)[1] or f'summary {kind}' in response.text
    # the table beside it links every figure to its words
    assert len(page.find("a", **{"class": "evidence-link", "href": f"/documents/{events_archive.ids['gov']}#f1"})) == 1
    assert "sources disagree" in response.text
    assert page.find("a", href=f"/api/export?format=csv&event={EVENT}")
    assert page.find("a", href=f"/api/export?format=geojson&event={EVENT}")
    assert page.find("a", href=f"/api/export?format=ics&event={EVENT}")
    assert not page.find("script", src=None, type=None), "no inline script"


def test_a_hostile_source_name_is_text_everywhere(ev):
    for url in ("/events", f"/events/{EVENT}", "/"):
        html = ev.get(url).text
        assert "<script>alert" not in html and "<b>Watch" not in html and "<i>Khojali" not in html, url
    html = ev.get(f"/events/{EVENT}").text
    assert "Rights &lt;b&gt;Watch&lt;/b&gt; &amp; &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Co" in html
    assert Page(html).errors == []
    assert ev.get(f"/api/events/{EVENT}").json()["sources"][1]["source"]["publisher"] == HOSTILE_PUBLISHER


def test_unknown_and_ambiguous_events(ev):
    missing = ev.get("/api/events/no-such-event")
    assert missing.status_code == 404 and set(missing.json()) == {"error", "fix"}
    assert ev.get("/events/no-such-event").status_code == 404
    assert ev.get("/api/events/khojaly").json()["id"] == EVENT  # a unique prefix is enough


@pytest.mark.parametrize(("fmt", "media_type", "suffix"), [
    ("csv", "text/csv; charset=utf-8", "csv"),
    ("json", "application/json", "json"),
    ("geojson", "application/geo+json", "geojson"),
    ("ics", "text/calendar; charset=utf-8", "ics"),
])
def test_exports_have_their_type_and_a_file_name(ev, fmt, media_type, suffix):
    everything = ev.get("/api/export", params={"format": fmt})
    assert everything.status_code == 200 and everything.headers["content-type"] == media_type
    assert everything.headers["content-disposition"].startswith(f'attachment; filename="testimonia-events.{suffix}"')
    one = ev.get("/api/export", params={"format": fmt, "event": EVENT})
    assert one.headers["content-disposition"].startswith(f'attachment; filename="testimonia-{EVENT}.{suffix}"')
    assert len(one.content) < len(everything.content)


def test_export_contents(ev, events_archive):
    rows = list(csv.reader(io.StringIO(ev.get("/api/export", params={"format": "csv", "event": EVENT}).text)))
    assert tuple(rows[0]) == CSV_COLUMNS
    killed_rows = [dict(zip(CSV_COLUMNS, r)) for r in rows[1:] if r[CSV_COLUMNS.index("measure")] == "killed" and r[CSV_COLUMNS.index("group")] == "all"]
    assert sorted(r["value"] for r in killed_rows) == ["161", "181", "613"]
    assert {r["publisher"] for r in killed_rows} >= {HOSTILE_PUBLISHER}
    data = json.loads(ev.get("/api/export", params={"format": "json", "event": EVENT}).text)
    assert [e["id"] for e in data["events"]] == [EVENT]
    geo = json.loads(ev.get("/api/export", params={"format": "geojson"}).text)
    assert geo["type"] == "FeatureCollection" and geo["features"][0]["geometry"]["coordinates"] == [46.7903, 39.9131]
    ics = ev.get("/api/export", params={"format": "ics", "event": EVENT}).text
    assert "BEGIN:VCALENDAR" in ics and "DTSTART;VALUE=DATE:19920225" in ics and "RRULE:FREQ=YEARLY" in ics
    bad = ev.get("/api/export", params={"format": "xml"})
    assert bad.status_code == 400 and "csv, json, geojson, ics" in bad.json()["fix"]
    assert ev.get("/api/export", params={"format": "csv", "event": "nowhere"}).status_code == 404


def test_calendar_feed_has_every_event_dated_to_the_day(ev):
    response = ev.get("/calendar.ics")
    assert response.status_code == 200 and response.headers["content-type"] == "text/calendar; charset=utf-8"
    assert response.headers["content-disposition"].startswith("inline")
    assert response.text.count("BEGIN:VEVENT") == 2 and f"UID:{EVENT}@testimonia" in response.text


def test_home_shows_coming_anniversaries_and_events_on_the_timeline(ev):
    body = ev.get("/api/home").json()
    assert body["counts"]["events"] == 2
    coming = {a["url"]: a for a in body["anniversaries"]}
    khojaly = coming[f"/events/{EVENT}"]
    assert date.fromisoformat(khojaly["on"]) >= date.today() and khojaly["on"][5:] == "02-25"
    assert khojaly["years"] == int(khojaly["on"][:4]) - 1992
    events = [i for i in body["timeline"] if i["group"] == "events"]
    assert {i["label"] for i in events} == {"Khojaly, 25–26 February 1992", "Srebrenica, 11 July 1995"}
    item = next(i for i in events if i["url"] == f"/events/{EVENT}")
    assert (item["start"], item["end"]) == ("1992-02-25", "1992-02-27")
    assert "“Khojaly”" in item["title"]
    html = ev.get("/").text
    assert 'href="/events"' in html and 'href="/calendar.ics"' in html and f'href="/events/{EVENT}"' in html


def test_the_events_pages_are_in_the_navigation_and_the_api_description(ev):
    page = Page(ev.get("/events").text)
    assert page.errors == [] and page.find("a", href="/events", aria_current="page")
    spec = ev.get("/api/openapi.json").json()["paths"]
    for path in ("/api/events", "/api/events/{ref}", "/api/export"):
        assert "4XX" in spec[path]["get"]["responses"], path


def test_curator_decisions_show_and_a_new_decision_or_extraction_changes_the_page(fresh):
    archive, app, client = fresh
    assert client.get(f"/api/events/{EVENT}").json()["decisions"] == []
    assert client.get(f"/api/events/{EVENT}").json()["decisions"] == []
    assert app.state.records.builds == 1  # nothing changed: the record is reused

    archive.store.add_decision("merge", EVENT, other="srebrenica-1995-07-11")
    archive.store.add_decision("rename", EVENT, value="Khojaly and elsewhere, 1992–1995")
    page = client.get(f"/api/events/{EVENT}").json()
    assert app.state.records.builds == 2
    assert page["name"] == "Khojaly and elsewhere, 1992–1995" and page["renamed"] is True
    assert "merged srebrenica-1995-07-11 into this event" in page["decisions"]
    html = client.get(f"/events/{EVENT}").text
    assert "Curator decisions" in html and "A name given by a curator." in html and "Merged srebrenica-1995-07-11 into this event" in html
    assert "Renamed to &#39;Khojaly and elsewhere, 1992–1995&#39;" in html
    assert client.get("/api/events").json()["total"] == 1

    # (dated like the record's date: a new majority date would give the event a new id)
    text = "A later report\nIt counted 700 people killed in Khojaly on 25-26 February 1992.\n"
    result = {
        "figures": [{"id": "f1", "measure": "killed", "group": "all", "unit": "people", "value": 700, "low": None, "high": None,
                     "qualifier": "exact", "part_of": None, "event": "e1", "span": [text.index("700"), text.index("700") + 17],
                     "text": "700 people killed", "rule": "test.rule"}],
        "places": [{"id": "p1", "name": "Khojaly", "place": "geonames:147774", "lat": 39.9131, "lon": 46.7903,
                    "span": [text.index("Khojaly"), text.index("Khojaly") + 7], "text": "Khojaly", "rule": "test.rule"}],
        "events": [{"id": "e1", "name": "Khojaly", "start": "1992-02-25", "end": "1992-02-26", "places": ["p1"], "figures": ["f1"], "dates": []}],
    }
    added = add(archive.store, text, "A Later Paper", "2030-01-01", "A later report", result)
    block = killed(client.get(f"/api/events/{EVENT}").json())
    assert app.state.records.builds == 3
    assert block["high"] == 700 and block["rows"][-1]["source"]["id"] == added

    # A re-extraction of a document (a new extractor version) is seen too.
    archive.store.save_extraction(added, StoredExtraction("test-2", "lex0", {**result, "figures": []}))
    assert killed(client.get(f"/api/events/{EVENT}").json())["high"] == 613


def test_an_old_event_id_redirects_to_the_id_a_new_source_gave_it(fresh):
    """Issue #4: a decision keeps its event's sources; the event's old address still leads to it."""
    archive, app, client = fresh
    event = app.state.records.get(archive.store, app.state.settings).event(EVENT)
    archive.store.add_decision("rename", EVENT, value="Khojaly, 1992", anchors=anchors_of(event))
    text = "Another report\nKhojaly was attacked on 26 February 1992.\n"  # a second vote for the 26th: a new id
    place = {"id": "p1", "name": "Khojaly", "place": "geonames:147774", "lat": 39.9131, "lon": 46.7903,
             "span": [text.index("Khojaly"), text.index("Khojaly") + 7], "text": "Khojaly", "rule": "test.rule"}
    add(archive.store, text, "Another Paper", "2031-01-01", "Another report",
        {"places": [place], "events": [{"id": "e1", "name": "Khojaly", "start": "1992-02-26", "end": None, "places": ["p1"], "figures": [], "dates": []}]})
    now = "khojaly-1992-02-26"
    for prefix in ("", "/api"):
        moved = client.get(f"{prefix}/events/{EVENT}", follow_redirects=False)
        assert (moved.status_code, moved.headers["location"]) == (307, f"{prefix}/events/{now}")
    page = client.get(f"/api/events/{EVENT}").json()
    assert page["id"] == now and page["name"] == "Khojaly, 1992"
    assert any("re-attached" in d and EVENT in d for d in page["decisions"])
    assert client.get(f"/api/events/{now}", follow_redirects=False).status_code == 200
    assert client.get("/api/events/khojaly", follow_redirects=False).status_code == 200  # a prefix is served, not redirected


def test_every_event_page_is_prepared_in_the_background_after_a_build(fresh):
    archive, app, client = fresh
    assert client.get("/api/events").status_code == 200
    cache = app.state.records
    cache.preparing.join(timeout=30)
    snapshot = cache.get(archive.store, app.state.settings)
    assert {key[1] for key in snapshot._derived if key[0] == "event-page"} == {EVENT, "srebrenica-1995-07-11"}
    archive.store.add_decision("rename", EVENT, value="Khojaly, 1992")
    newer = cache.get(archive.store, app.state.settings)
    assert newer is not snapshot and cache.builds == 2
    cache.preparing.join(timeout=30)
    assert newer.derived(("event-page", EVENT, None), lambda: None).name == "Khojaly, 1992"


def test_the_archive_state_token_moves_with_every_write_that_changes_the_record(fresh):
    from testimonia.store import open_store

    archive, _, _ = fresh
    store = archive.store
    first = store.state_token()
    assert store.state_token() == first  # reading changes nothing
    store.add_decision("rename", EVENT, value="x")
    second = store.state_token()
    assert second != first
    other = open_store(archive.path)  # another process, say the CLI, writing to the same archive
    other.add_decision("rename", EVENT, value="y")
    other.close()
    third = store.state_token()
    assert third != second
    stored = store.get_extraction(archive.ids["gov"])
    store.save_extraction(archive.ids["gov"], StoredExtraction(stored.extractor_version, stored.lexicon_hash, stored.result))
    assert store.state_token() != third  # even the same extractor version saved again


def test_a_large_archive_shows_a_count_a_year_on_the_timeline_not_every_document(fresh, monkeypatch):
    from testimonia.web.pages import home

    _, _, client = fresh
    monkeypatch.setattr(home, "PUBLISHED_ITEMS", 2)
    published = [i for i in client.get("/api/home").json()["timeline"] if i["group"] == "published"]
    assert [(i["label"], i["start"], i["end"], i["url"]) for i in published] == [
        ("1 document", "1992-01-01", "1993-01-01", "/search?year=1992"),
        ("1 document", "1994-01-01", "1995-01-01", "/search?year=1994"),
        ("1 document", "2012-01-01", "2013-01-01", "/search?year=2012"),
        ("1 document", "2024-01-01", "2025-01-01", "/search?year=2024"),
    ]


def test_an_events_figures_alone_are_the_same_claims_as_on_its_page(ev):
    figures = ev.get(f"/api/events/{EVENT}/figures").json()
    assert figures["event"]["id"] == EVENT
    killed_all = next(s for s in figures["figures"] if (s["measure"], s["group"]) == ("killed", "all"))
    assert (killed_all["low"], killed_all["best"], killed_all["high"]) == (161, 181, 613)
    said = sorted((c["source"]["publisher"], c["value"] if c["value"] is not None else c["low"], c["qualifier"]) for c in killed_all["claims"])
    assert said == sorted((r["source"]["publisher"], r["value"] if r["value"] is not None else r["low"], r["qualifier"]) for r in killed(ev.get(f"/api/events/{EVENT}").json())["rows"])
    assert all(c["text"] and c["span"][1] > c["span"][0] for c in killed_all["claims"])  # each with its evidence
    assert ev.get("/api/events/nowhere/figures").status_code == 404


def test_anniversaries_on_a_day_and_the_next_ones(ev):
    on = ev.get("/api/anniversaries", params={"on": "2027-02-26"}).json()
    assert [(a["event"]["id"], a["years"]) for a in on] == [(EVENT, 35)]  # the second night of 25-26 February
    assert ev.get("/api/anniversaries", params={"on": "2027-03-01"}).json() == []
    coming = ev.get("/api/anniversaries", params={"next": 2, "after": "2030-03-01"}).json()
    assert [(a["on"], a["event"]["id"], a["years"]) for a in coming] == [("2030-07-11", "srebrenica-1995-07-11", 35), ("2031-02-25", EVENT, 39)]
    for bad in ({}, {"on": "2027-02-26", "next": 1}, {"on": "26/02/2027"}, {"next": 0}):
        response = ev.get("/api/anniversaries", params=bad)
        assert response.status_code in (400, 422), bad
        assert "traceback" not in response.text.lower()
