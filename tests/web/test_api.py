"""The JSON API over a real archive: documents, text, originals, facts, search, places, chronology, settings."""

from __future__ import annotations

import hashlib

import pytest

from testimonia.settings import SETTINGS
from tests.web.archive import MEMORIAL, SAMPLES, TASS


def test_documents_list_every_document_with_its_fact_count(client, archive):
    body = client.get("/api/documents").json()
    assert body["count"] == len(archive.ids)
    by_id = {d["id"]: d for d in body["documents"]}
    assert set(by_id) == set(archive.ids.values())
    tass = by_id[archive.ids[TASS]]
    assert (tass["publisher"], tass["published"], tass["format"], tass["url"]) == ("TASS", "1988-03-04", "txt", f"/documents/{archive.ids[TASS]}")
    assert tass["facts"] == 11
    assert by_id[archive.ids["khojali_hrw_1994.html"]]["facts"] == 0
    published = [d["published"] for d in body["documents"] if d["published"]]
    assert published == sorted(published)


def test_one_document_has_metadata_hash_text_and_facts(client, archive):
    doc_id = archive.ids[TASS]
    body = client.get(f"/api/documents/{doc_id[:10]}").json()  # a unique prefix is enough
    assert body["document"]["sha256"] == doc_id
    assert body["text"] == archive.texts[TASS]
    assert body["extraction"] == {"extractor_version": "test-1", "lexicon_hash": "lex0", "extracted_at": "2026-11-28T00:00:00+00:00"}
    facts = {f["anchor"]: f for f in body["facts"]}
    f1 = facts["f1"]
    assert f1["text"] == body["text"][f1["span"][0]:f1["span"][1]] == "thirty-one people had been killed"
    assert f1["claim"] == "TASS counts 31 people killed."
    assert f1["rule"] == "en.figures.n_people_verb" and f1["matches_text"]
    assert facts["c1"]["claim"].startswith("TASS uses the label “disorders”")
    assert {e["kind"]: e["count"] for e in body["legend"]}["places"] == 4
    assert body["links"]["original"] == f"/api/documents/{doc_id}/original"


def test_text_is_exactly_what_spans_index(client, archive):
    response = client.get(f"/api/documents/{archive.ids[MEMORIAL]}/text")
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/plain; charset=utf-8"
    assert response.text == archive.texts[MEMORIAL]


@pytest.mark.parametrize("name", ["khojaly_az_government_2024.pdf", "khojaly_newsaz_2022.docx", TASS])
def test_original_downloads_byte_for_byte_as_an_attachment(client, archive, name):
    response = client.get(f"/api/documents/{archive.ids[name]}/original")
    assert response.status_code == 200
    assert response.content == (SAMPLES / name).read_bytes()
    assert hashlib.sha256(response.content).hexdigest() == archive.ids[name]
    assert response.headers["content-type"] == "application/octet-stream"
    assert response.headers["content-disposition"].startswith(f'attachment; filename="{name}"')
    assert response.headers["x-content-type-options"] == "nosniff"


def test_attachment_names_survive_any_characters():
    from testimonia.web.routes.documents import attachment

    header = attachment('Ходжалы "report"\r\n.pdf')
    assert header.startswith('attachment; filename="')
    assert "\r" not in header and "\n" not in header and '"report"' not in header
    assert "filename*=UTF-8''%D0%A5%D0%BE%D0%B4" in header


def test_facts_are_the_stored_contract_json(client, archive):
    response = client.get(f"/api/documents/{archive.ids[TASS]}/facts")
    assert response.status_code == 200
    assert response.json() == archive.results[TASS]
    assert response.headers["x-testimonia-extractor-version"] == "test-1"


def test_facts_of_a_document_never_extracted_is_a_404_with_a_fix(client, archive):
    response = client.get(f"/api/documents/{archive.ids['khojali_hrw_1994.html']}/facts")
    assert response.status_code == 404
    body = response.json()
    assert set(body) == {"error", "fix"} and "no facts" in body["error"] and "ingest" in body["fix"]


def test_search_ranks_and_marks_matches(client):
    body = client.get("/api/search", params={"q": "Sumgait"}).json()
    titles = [r["document"]["title"] for r in body["results"]]
    assert body["total"] == len(titles) >= 2
    assert any("TASS" in t for t in titles)
    first = body["results"][0]
    assert any(p["match"] and p["text"].lower() == "sumgait" for p in first["snippet_parts"])
    assert "\x02" not in first["snippet"]


def test_search_facets_count_and_filter(client, archive):
    every = client.get("/api/search").json()  # no words: browse every document
    assert every["total"] == len(archive.ids)
    facets = {f["name"]: {v["value"]: v["count"] for v in f["values"]} for f in every["facets"]}
    assert facets["format"]["txt"] >= 4 and facets["format"]["pdf"] == 1
    assert facets["year"]["1988"] == 1 and facets["year"]["2018"] == 1
    assert facets["publisher"]["TASS"] == 1
    assert facets["measure"] == {"killed": 3, "taken_hostage": 1}
    killed = client.get("/api/search", params={"measure": "killed"}).json()
    assert {r["document"]["id"] for r in killed["results"]} == {archive.ids[TASS], archive.ids[MEMORIAL], archive.ids["hostile.txt"]}
    both = client.get("/api/search", params={"measure": "killed", "year": "1988"}).json()
    assert [r["document"]["id"] for r in both["results"]] == [archive.ids[TASS]]
    selected = [v for f in both["facets"] if f["name"] == "year" for v in f["values"] if v["selected"]]
    assert selected and selected[0]["url"] == "/search?measure=killed"  # clicking it removes the filter


def test_search_without_words_to_search_is_a_400(client):
    response = client.get("/api/search", params={"q": "!!! ???"})
    assert response.status_code == 400
    assert set(response.json()) == {"error", "fix"}


def test_invalid_parameters_are_a_400_with_a_fix(client):
    response = client.get("/api/search", params={"limit": "many"})
    assert response.status_code == 400
    body = response.json()
    assert "limit" in body["error"] and body["fix"]


@pytest.fixture
def no_gazetteer(monkeypatch):
    """As if the gazetteer package were absent."""
    import sys

    from testimonia.web.pages import gazetteer as adapter

    monkeypatch.setitem(sys.modules, "testimonia.gazetteer", None)
    monkeypatch.setitem(sys.modules, "testimonia.gazetteer.fold", None)
    adapter._lookup.cache_clear()
    yield
    adapter._lookup.cache_clear()


def test_places_are_aggregated_across_documents_even_without_the_gazetteer(client, archive, no_gazetteer):
    body = client.get("/api/places").json()
    places = {p["name"]: p for p in body["places"]}
    baku = places["Baku"]
    assert {s["document"]["id"] for s in baku["documents"]} == {archive.ids[TASS], archive.ids[MEMORIAL]}
    assert (baku["lat"], baku["lon"]) == (40.3777, 49.892)  # the fact's own coordinates
    sumgait = places["Sumgait"]  # two spellings of one gazetteer entry are one place, named as the documents write it
    assert sumgait["names"] == ["Sumgait", "Sumqayıt"] and sumgait["mentions"] == 2
    assert sumgait["documents"][0]["url"] == f"/documents/{archive.ids[TASS]}#p1"
    region = places["Nagorno-Karabakh Autonomous Region"]
    assert region["gazetteer_id"] is None and region["lat"] is None
    assert body["with_coordinates"] == sum(p["lat"] is not None for p in body["places"]) == 5


def test_places_take_their_name_and_every_other_name_from_the_gazetteer(client, archive):
    from testimonia.web.pages import gazetteer as adapter

    adapter._lookup.cache_clear()
    places = {p["gazetteer_id"]: p for p in client.get("/api/places").json()["places"]}
    sumgait = places["geonames:584923"]
    assert sumgait["name"] == "Sumgayit"  # the gazetteer's display name, not one source's spelling
    assert {"Sumgait", "Sumqayıt", "Sumgayit"} <= set(sumgait["names"])
    assert len(sumgait["names"]) > 10  # names in other scripts and transliterations
    khojaly = places["geonames:147774"]
    assert khojaly["name"] == "Khojaly" and {"Khodjaly", "Xocalı", "Ходжалы"} <= set(khojaly["names"])
    assert khojaly["documents"][0]["written"] == ["Khodjaly"]  # the document's own spelling stays visible


def test_chronology_is_in_time_order_with_precision_and_source(client, archive):
    body = client.get("/api/chronology").json()
    starts = [e["start"] for e in body["entries"]]
    assert starts == sorted(starts)
    assert starts[0] == "1988-02-27" and "1991" in starts and "1992-06" in starts
    year = next(e for e in body["entries"] if e["start"] == "1991")
    assert year["precision"] == "year" and year["document"]["publisher"] == "Memorial Human Rights Centre"
    inferred = next(e for e in body["entries"] if e["inferred"])
    assert inferred["url"] == f"/documents/{archive.ids[TASS]}#d3"


def test_home_counts_timeline_and_markers(client, archive):
    body = client.get("/api/home").json()
    assert body["counts"]["documents"] == len(archive.ids)
    assert body["counts"]["with_facts"] == 3
    assert body["counts"]["dated_facts"] == 7
    groups = {item["group"] for item in body["timeline"]}
    assert groups == {"events", "published"}  # events under their neutral names; every dated fact is on the chronology page
    event = next(i for i in body["timeline"] if i["group"] == "events")
    assert (event["label"], event["url"]) == ("Sumgayit, 27–29 February 1988", "/events/sumgayit-1988-02-27")
    assert (event["start"], event["end"]) == ("1988-02-27", "1988-03-01")  # a period runs to the day after its last
    assert {m["name"] for m in body["markers"]} == {"Baku", "Sumgayit", "Aghdam", "Khojaly", "Halabja"}  # gazetteer names
    assert body["tile_url"] is None


def test_settings_come_from_the_one_table(client, archive):
    body = client.get("/api/settings").json()
    assert [s["name"] for s in body["settings"]] == [s.name for s in SETTINGS]
    db = next(s for s in body["settings"] if s["name"] == "db")
    assert db["value"] == str(archive.path) and db["env"] == "TESTIMONIA_DB"


def test_openapi_describes_the_json_routes_and_their_errors(client):
    spec = client.get("/api/openapi.json").json()
    assert all(path.startswith("/api/") for path in spec["paths"])
    for path in ("/api/documents", "/api/documents/{ref}/original", "/api/search", "/api/places", "/api/chronology", "/api/settings"):
        assert "4XX" in spec["paths"][path]["get"]["responses"]
    assert "ErrorBody" in spec["components"]["schemas"] and "HTTPValidationError" not in spec["components"]["schemas"]
