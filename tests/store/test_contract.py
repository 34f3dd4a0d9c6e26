"""The Store contract: every backend must pass these (SQLite today), on a real archive file."""

from __future__ import annotations

import hashlib

import pytest

from testimonia.errors import DocumentNotFound, StoreError, UsageError
from testimonia.model import Document, DocumentMeta
from testimonia.store import open_store
from testimonia.store.migrations import MIGRATIONS
from testimonia.store.sqlite import fts_query


def document(data: bytes, text: str | None = None, **meta) -> Document:
    return Document(
        id=hashlib.sha256(data).hexdigest(), filename="d.txt", format="txt", size=len(data),
        text=data.decode() if text is None else text, meta=DocumentMeta(**meta),
    )


def test_migrations_are_named_recorded_and_applied_once(tmp_path):
    path = tmp_path / "a.db"
    first = open_store(path, create=True)
    assert first.applied_migrations() == [name for name, _ in MIGRATIONS]
    first.close()
    again = open_store(path)
    assert again.migrate() == []
    again.close()


def test_opening_a_missing_or_foreign_archive_says_how_to_fix_it(tmp_path):
    with pytest.raises(StoreError, match="testimonia init"):
        open_store(tmp_path / "nope.db")
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match="not a Testimonia archive"):
        open_store(junk)


def test_add_is_idempotent_and_keeps_bytes_exactly(store):
    data = "Halabja, 16 March 1988: about 5,000 killed.\r\n".encode()
    doc = document(data, publisher="Kurdistan Regional Government", published="2018-03-16")
    assert store.add_document(doc, data).status == "added"
    assert store.add_document(doc, data).status == "exists"
    assert store.count_documents() == 1
    assert store.original(doc.id) == data
    got = store.get_document(doc.id[:8])
    assert (got.id, got.text, got.meta.publisher, got.meta.published) == (doc.id, doc.text, "Kurdistan Regional Government", "2018-03-16")


def test_the_id_must_be_the_hash_of_the_bytes(store):
    doc = document(b"some text")
    with pytest.raises(ValueError):
        store.add_document(doc, b"other bytes")
    assert store.count_documents() == 0


def test_same_text_from_other_bytes_is_stored_and_linked(store):
    a, b = b"Sumgait, 1988.\n", b"\xef\xbb\xbfSumgait, 1988.\n"  # the same text, with and without a BOM
    first = store.add_document(document(a), a)
    second = store.add_document(document(b, text="Sumgait, 1988.\n"), b)
    assert second.status == "added" and second.duplicate_of == first.document_id
    assert store.get_document(second.document_id).duplicate_of == first.document_id
    assert store.count_documents() == 2


def test_lookup_errors(store):
    for data in (b"alpha one", b"alpha two"):
        store.add_document(document(data), data)
    with pytest.raises(DocumentNotFound):
        store.get_document("ffffffffffff")
    with pytest.raises(DocumentNotFound):
        store.get_document("x'; DROP TABLE documents; --")
    ids = sorted(d.id for d in store.list_documents())
    common = next(i for i in range(64) if ids[0][i] != ids[1][i])
    if common >= 4:
        with pytest.raises(UsageError):
            store.get_document(ids[0][:common])


def test_verify_finds_altered_and_missing_originals(store):
    docs = [b"first original", b"second original", b"third original"]
    for data in docs:
        store.add_document(document(data), data)
    assert [p for _, p in store.verify()] == [None, None, None]
    altered, missing = (hashlib.sha256(d).hexdigest() for d in docs[:2])
    store.db.execute("UPDATE originals SET content = ? WHERE document_id = ?", (b"First original", altered))
    store.db.execute("DELETE FROM originals WHERE document_id = ?", (missing,))
    problems = {p.document_id: p.problem for _, p in store.verify() if p}
    assert problems == {altered: "altered", missing: "missing"}


def test_search_ranks_and_marks_matches(store):
    texts = {
        "k": "The Khojaly massacre: Memorial counted 181 bodies. Khojaly, Khojaly.",
        "s": "Srebrenica, July 1995: about 8,000 men and boys were killed.",
        "h": "Halabja was attacked with chemical weapons; Khojaly is mentioned once.",
    }
    ids = {}
    for key, text in texts.items():
        data = text.encode()
        ids[key] = store.add_document(document(data, title=f"doc {key}"), data).document_id
    hits = store.search("khojaly")
    assert [h.document_id for h in hits] == [ids["k"], ids["h"]]
    assert "\x02Khojaly\x03" in hits[0].snippet
    assert [h.document_id for h in store.search('"men and boys"')] == [ids["s"]]
    assert [h.document_id for h in store.search("men AND (boys")] == [ids["s"]]  # operators are plain words


def _add_texts(store, texts: dict[str, str]) -> dict[str, str]:
    ids = {}
    for key, text in texts.items():
        data = text.encode()
        ids[key] = store.add_document(document(data, title=f"doc {key}"), data).document_id
    return ids


def test_search_finds_other_forms_of_a_word(store):
    ids = _add_texts(store, {
        "hostage": "In Khojaly 1,275 people were taken hostage.",
        "killings": "The killings at the Branjevo farm lasted a day.",
        "cyrillic": "Ходжалы: погибли 613 человек.",
    })
    assert [h.document_id for h in store.search("hostages")] == [ids["hostage"]]
    assert [h.document_id for h in store.search("killed")] == [ids["killings"]]
    assert [h.document_id for h in store.search("Ходжалы")] == [ids["cyrillic"]]
    assert store.search("hostility") == []  # a stem is not a prefix match
    assert "\x02hostage\x03" in store.search("hostages")[0].snippet


def test_an_archive_made_before_stemmed_search_is_upgraded_and_reindexed(tmp_path, monkeypatch):
    from testimonia.store import sqlite as sqlite_store

    path = tmp_path / "old.db"
    monkeypatch.setattr(sqlite_store, "MIGRATIONS", [m for m in MIGRATIONS if m[0] != "0006_stemmed_search"])
    old = open_store(path, create=True)
    ids = _add_texts(old, {"hostage": "In Khojaly 1,275 people were taken hostage."})
    assert old.search("hostages") == []
    old.close()
    monkeypatch.undo()
    upgraded = open_store(path)
    assert "0006_stemmed_search" in upgraded.applied_migrations()
    assert [h.document_id for h in upgraded.search("hostages")] == [ids["hostage"]]
    later = _add_texts(upgraded, {"later": "Two more hostages were freed in 1993."})
    assert {h.document_id for h in upgraded.search("hostage")} == {ids["hostage"], later["later"]}
    upgraded.close()


@pytest.mark.parametrize(
    ("query", "expected"),
    [("Khojaly 1992", '"Khojaly" "1992"'), ('"25-26 February"', '"25-26 February"'), ("Xocalı's", '"Xocalı\'s"'), ("NEAR(a b)", '"NEAR" "a" "b"')],
)
def test_fts_query_never_passes_syntax_through(query, expected):
    assert fts_query(query) == expected


def test_fts_query_rejects_nothing_to_search():
    with pytest.raises(UsageError):
        fts_query("  ** () ")


def _extraction(version: str, value: int):
    from testimonia.store import StoredExtraction

    result = {
        "document": {"sha256": "x"},
        "figures": [{"id": "f1", "measure": "killed", "group": "all", "value": value, "span": [0, 5], "text": "about", "rule": "en.test"}],
        "dates": [{"id": "d1", "start": "1988-03-16", "end": None, "span": [6, 10], "text": "1988"}],
        "checks": [],
    }
    return StoredExtraction(version, "lex1", result)


def test_facts_are_stored_with_the_document_and_replaced_per_version(store):
    data = b"about 5000 killed in 1988"
    doc = document(data)
    store.add_document(doc, data, _extraction("0.1", 5000))
    stored = store.get_extraction(doc.id)
    assert stored.extractor_version == "0.1" and stored.result["figures"][0]["value"] == 5000
    rows = store.db.execute("SELECT kind, fact_id, start, \"end\", rule FROM facts ORDER BY kind").fetchall()
    assert rows == [("dates", "d1", 6, 10, None), ("figures", "f1", 0, 5, "en.test")]
    store.save_extraction(doc.id, _extraction("0.1", 5001))  # same version: replaced, not doubled
    store.save_extraction(doc.id, _extraction("0.2", 5002))  # a new version sits beside the old
    assert store.extraction_versions(doc.id) == [("0.1", "lex1"), ("0.2", "lex1")]
    assert store.db.execute("SELECT count(*) FROM facts").fetchone()[0] == 4
    assert store.get_extraction(doc.id).result["figures"][0]["value"] == 5002


def test_a_failing_extraction_write_stores_nothing_of_the_document(store):
    data = b"text with a broken extraction"
    doc = document(data)
    broken = _extraction("0.1", 1)
    broken.result["figures"][0]["value"] = {5000}  # a fact that cannot be written as JSON
    with pytest.raises(TypeError):
        store.add_document(doc, data, broken)
    assert store.count_documents() == 0
    assert store.db.execute("SELECT count(*) FROM originals").fetchone()[0] == 0
