"""Decisions live in the archive apart from extractions, so re-extraction keeps them; the CLI reads the same record."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys

from testimonia.model import Document, DocumentMeta
from testimonia.record import load_record
from testimonia.settings import Settings
from testimonia.store import StoredExtraction, open_store
from tests.reconcile.test_record import KHOJALY, contract


def _add(store, text, publisher, published, extraction, version="1"):
    data = text.encode()
    doc = Document(hashlib.sha256(data).hexdigest(), "d.txt", "txt", len(data), text, DocumentMeta(publisher=publisher, published=published))
    store.add_document(doc, data, StoredExtraction(version, "lex", extraction))
    return doc.id


def _archive(path):
    store = open_store(path, create=True)
    ids = {
        "gov": _add(store, "gov text", "Government of Azerbaijan", "2024-02-26", contract("Khojaly genocide", "1992-02-26", None, [("Xocalı", KHOJALY)], [{"value": 613}])),
        "hrw": _add(store, "hrw text", "Human Rights Watch", "1994-12-08", contract("Khojali", "1992-02-26", None, [("Khojali", KHOJALY)], [{"low": 161, "qualifier": "at_least"}])),
        "other": _add(store, "other text", "Paper", "2000-01-01", contract("Elsewhere", "1992-02-26", None, [("Town", {"place": "g:9"})], [{"value": 5}])),
    }
    return store, ids


def test_decisions_survive_re_extraction(tmp_path):
    store, ids = _archive(tmp_path / "a.db")
    record = load_record(store, Settings())
    khojaly = next(e for e in record.events if e.places[0]["place"] == "supp:khojaly")
    elsewhere = next(e for e in record.events if e is not khojaly)
    store.add_decision("merge", khojaly.id, other=elsewhere.id)
    store.add_decision("rename", khojaly.id, value="Khojaly and around, 1992")
    # A new extractor version re-extracts every document: new rows, same events.
    for key, doc_id in ids.items():
        stored = store.get_extraction(doc_id)
        store.save_extraction(doc_id, StoredExtraction("2", "lex", stored.result))
    again = load_record(store, Settings())
    assert [e.name for e in again.events] == ["Khojaly and around, 1992"]
    assert len(again.events[0].sources) == 3
    store.close()


def test_event_commands_end_to_end(tmp_path):
    db = tmp_path / "a.db"
    store, _ = _archive(db)
    store.close()
    env = {**os.environ, "TESTIMONIA_DB": str(db)}

    def run(*args, rc=0):
        proc = subprocess.run([sys.executable, "-m", "testimonia", *args], capture_output=True, text=True, env=env, timeout=120)
        assert proc.returncode == rc, proc.stdout + proc.stderr
        return proc.stdout

    events = json.loads(run("events", "--json"))
    khojaly = next(e for e in events if e["places"][0]["place"] == "supp:khojaly")
    figures = json.loads(run("figures", "--event", khojaly["id"], "--json"))["figures"]
    assert [(f["low"], f["high"]) for f in figures] == [(161, 613)]
    assert "sources disagree" in run("figures", "--event", khojaly["id"])
    assert json.loads(run("anniversaries", "--on", "2027-02-26", "--json"))[0]["years"] == 35
    run("anniversaries", rc=2)
    run("event", "no-such-event", rc=1)
    run("events", "rename", khojaly["id"], "Khojaly, 1992")
    assert any(e["name"] == "Khojaly, 1992" for e in json.loads(run("events", "--json")))
    csv_text = run("export", "--format", "csv", "--event", khojaly["id"])
    assert csv_text.count("\n") == 3  # header + two sources
    assert "BEGIN:VCALENDAR" in run("export", "--format", "ics")


def test_figures_table_names_the_source_a_figure_repeats(tmp_path):
    db = tmp_path / "a.db"
    store = open_store(db, create=True)
    _add(store, "gov text", "Government of Azerbaijan", "2024-02-26", contract("Khojaly", "1992-02-26", None, [("Xocalı", KHOJALY)], [{"value": 613}]))
    _add(store, "paper text", "Daily Paper", "2025-02-26", contract("Khojaly", "1992-02-26", None, [("Khojaly", KHOJALY)], [{"value": 613}]))
    store.close()
    env = {**os.environ, "TESTIMONIA_DB": str(db), "COLUMNS": "250"}
    proc = subprocess.run([sys.executable, "-m", "testimonia", "figures", "--event", "khojaly"], capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    later = next(line for line in proc.stdout.splitlines() if "Daily Paper" in line)
    assert "repeats Government of Azerbaijan, 2024-02-26" in later
    first = next(line for line in proc.stdout.splitlines() if "Government of Azerbaijan" in line and "repeats" not in line)
    assert "613" in first
