"""Issue #4: curator decisions keep their events when a new source changes their ids.

An event's id is a slug of its winning place and start date; a decision also keeps the keys
of the mentions that made up each event it names, and finds them again by those. Real
temporary SQLite archives, decisions made through the CLI as a curator would make them."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

import testimonia.cli.events  # noqa: F401  (importing registers the event commands)
from testimonia.cli import app
from testimonia.reconcile import Record, anchors_of
from testimonia.record import load_record
from testimonia.settings import Settings
from testimonia.store import StoredExtraction, open_store
from tests.reconcile.test_record import KHOJALY, contract
from tests.reconcile.test_with_store import _add

TOWN = {"place": "g:9"}


def cli(db, *args: str, rc: int = 0) -> str:
    result = CliRunner().invoke(app, [*args, "--db", str(db)])
    assert result.exit_code == rc, result.output
    return result.output


def record(db) -> Record:
    store = open_store(db)
    try:
        return load_record(store, Settings())
    finally:
        store.close()


def khojaly(rec: Record):
    return next(e for e in rec.events if any(p["place"] == KHOJALY["place"] for p in e.places))


def placements(db) -> dict[int, dict]:
    return {p["id"]: p for p in json.loads(cli(db, "events", "decisions", "--json"))}


@pytest.fixture
def archive(tmp_path):
    """Khojaly dated 26 February 1992 by one source and February 1992 by another; a town elsewhere."""
    db = tmp_path / "a.db"
    store = open_store(db, create=True)
    ids = {
        "gov": _add(store, "gov text", "Government of Azerbaijan", "2024-02-26", contract("Khojaly genocide", "1992-02-26", None, [("Xocalı", KHOJALY)], [{"value": 613}])),
        "hrw": _add(store, "hrw text", "Human Rights Watch", "1994-12-08", contract("Khojali", "1992-02", None, [("Khojali", KHOJALY)], [{"low": 161, "qualifier": "at_least"}])),
        "town": _add(store, "town text", "Paper", "2000-01-01", contract("Elsewhere", "1992-02-26", None, [("Town", TOWN)], [{"value": 5}])),
    }
    store.close()
    return db, ids


def move_the_date(db, spelling: str = "Khojali") -> str:
    """A new source dates Khojaly to the 25th: three dates with one vote each, the earliest day wins.
    (The place has no gazetteer name here: spelt "Khodjaly", it also wins the place's name, alphabetically.)"""
    store = open_store(db)
    try:
        return _add(store, "memorial text", "Memorial", "1992-06-18", contract("Khodjaly", "1992-02-25", None, [(spelling, KHOJALY)], [{"value": 181}]))
    finally:
        store.close()


@pytest.mark.parametrize(("spelling", "now"), [("Khojali", "khojali-1992-02-25"), ("Khodjaly", "khodjaly-1992-02-25")])
def test_a_new_source_changes_the_id(archive, spelling, now):
    db, _ = archive
    assert khojaly(record(db)).id == "khojali-1992-02-26"
    move_the_date(db, spelling)
    assert khojaly(record(db)).id == now


def test_a_merge_follows_its_events_to_their_new_ids(archive):
    db, ids = archive
    old = record(db)
    khojaly_id, town_id = khojaly(old).id, next(e.id for e in old.events if e.id != khojaly(old).id)
    cli(db, "events", "merge", khojaly_id, town_id)
    move_the_date(db, "Khodjaly")  # a new date and a new name for the place: nothing of the old id is left
    new = record(db)
    assert len(new.events) == 1
    merged = new.events[0]
    assert merged.id == "khodjaly-1992-02-25"
    assert {s.document_id for s in merged.sources} >= set(ids.values())
    assert f"decision 1 (merge) was made when this event was {khojaly_id}; re-attached by its sources" in merged.decisions
    assert f"merged {town_id} into this event" in merged.decisions
    placed = placements(db)[1]
    assert (placed["status"], placed["applies"], placed["now"], placed["anchors"], placed["other_anchors"]) == ("re-attached", True, merged.id, 2, 1)


def test_a_rename_and_a_split_follow_their_event(archive):
    db, ids = archive
    khojaly_id = khojaly(record(db)).id
    cli(db, "events", "rename", khojaly_id, "Khojaly, 1992")
    cli(db, "events", "split", khojaly_id, "--document", ids["hrw"])
    move_the_date(db)
    new = record(db)
    kept = next(e for e in new.events if e.name == "Khojaly, 1992")  # the government's and Memorial's
    assert kept.id == "khojali-1992-02-25" != khojaly_id
    assert {s.document_id for s in kept.sources} == {ids["gov"], next(d for d in new.sources if d not in ids.values())}
    assert any("re-attached" in d and khojaly_id in d for d in kept.decisions)
    out = new.event(f"{kept.id}-{ids['hrw'][:8]}")
    assert [s.document_id for s in out.sources] == [ids["hrw"]] and out.decisions == [f"split from {kept.id}"]
    assert [p["status"] for p in placements(db).values()] == ["re-attached", "re-attached"]
    # The split-out event's old id, made from the old id, finds it too.
    assert new.event(f"{khojaly_id}-{ids['hrw'][:8]}") is out


def test_old_ids_keep_resolving(archive):
    db, _ = archive
    khojaly_id = khojaly(record(db)).id
    cli(db, "events", "rename", khojaly_id, "Khojaly, 1992")
    move_the_date(db)
    now = khojaly(record(db)).id
    shown = cli(db, "event", khojaly_id)
    assert f"no event is called {khojaly_id} now: this is {now}" in shown and "curator decision" in shown
    assert json.loads(cli(db, "event", khojaly_id, "--json"))["id"] == now
    assert json.loads(cli(db, "figures", "--event", khojaly_id, "--json"))["event"]["id"] == now


def test_an_old_id_without_a_decision_resolves_by_its_place_when_unique(archive):
    db, _ = archive
    khojaly_id = khojaly(record(db)).id
    move_the_date(db)
    rec = record(db)
    assert rec.event(khojaly_id) is khojaly(rec)
    assert rec.event("nowhere-1992-02-26") is None
    cli(db, "event", "nowhere-1992-02-26", rc=1)


def test_the_event_a_numbered_id_meant_not_the_one_now_numbered(tmp_path):
    """Two towns of one name on one day are town-1992-02-26 and town-1992-02-26-2, the larger first; new sources swap them."""
    db = tmp_path / "a.db"
    store = open_store(db, create=True)
    _add(store, "a text", "A", "2000-01-01", contract("Town", "1992-02-26", None, [("Town", {"place": "g:1"})], []))
    _add(store, "b text", "B", "2000-01-01", contract("Town", "1992-02-26", None, [("Town", {"place": "g:1"})], []))
    second = _add(store, "c text", "C", "2000-01-01", contract("Town", "1992-02-26", None, [("Town", {"place": "g:2"})], []))
    store.close()
    rec = record(db)
    assert rec.event("town-1992-02-26-2").sources[0].document_id == second
    cli(db, "events", "rename", "town-1992-02-26-2", "The other town")
    store = open_store(db)
    for text in ("d text", "e text"):
        _add(store, text, "D", "2000-01-01", contract("Town", "1992-02-26", None, [("Town", {"place": "g:2"})], []))
    store.close()
    rec = record(db)
    renamed = next(e for e in rec.events if e.name == "The other town")
    assert renamed.id == "town-1992-02-26" and second in {s.document_id for s in renamed.sources}
    assert rec.event("town-1992-02-26-2").name != "The other town"


def test_decisions_that_can_no_longer_be_placed_are_listed(archive):
    db, ids = archive
    old = record(db)
    khojaly_id = khojaly(old).id
    town_id = next(e.id for e in old.events if e.id != khojaly_id)
    cli(db, "events", "merge", khojaly_id, town_id)
    store = open_store(db)
    store.add_decision("rename", "atlantis-1800", value="Atlantis")  # made before anchors: found by id only
    store.add_decision("rename", "gone-1990", value="Gone", anchors=[f"{'f' * 64}:gone"])
    # The town's source, re-extracted, now tells of another event at another place: nothing left to merge.
    store.save_extraction(ids["town"], StoredExtraction("2", "lex", contract("Flood", "1999-05-01", None, [("Village", {"place": "g:77"})], [])))
    store.close()
    listed = placements(db)
    assert [(p["status"], p["applies"]) for p in listed.values()] == [("not placed", False)] * 3
    assert listed[1]["now"] == khojaly_id and "holds any of the 1 source mention(s)" in listed[1]["detail"]
    assert "found by id only" in listed[2]["detail"]
    table = cli(db, "events", "decisions")
    assert "3 decisions" in table and "not placed" in table and "atlantis-1800" in table
    rec = record(db)
    assert khojaly(rec).decisions == [] and len(rec.events) == 2
    assert json.loads(cli(db, "events", "--json"))  # the list itself is unaffected


def test_a_merge_of_events_the_sources_already_joined_has_no_effect(archive):
    db, _ = archive
    khojaly_id = khojaly(record(db)).id
    store = open_store(db)
    rec = load_record(store, Settings())
    event = khojaly(rec)
    store.add_decision("merge", event.id, other="khojaly-old", anchors=anchors_of(event), other_anchors=anchors_of(event)[:1])
    store.close()
    assert placements(db)[1]["status"] == "no effect"
    assert khojaly(record(db)).id == khojaly_id


def test_anchors_are_stored_with_the_decision_and_old_decisions_have_none(store):
    made = store.add_decision("merge", "a-1992", other="b-1992", anchors=["d2:x", "d1:x", "d1:x"], other_anchors=["d3:y"])
    store.add_decision("rename", "a-1992", value="A")
    first, second = store.decisions()
    assert first == made and (first.anchors, first.other_anchors) == (("d1:x", "d2:x"), ("d3:y",))
    assert (second.anchors, second.other_anchors) == ((), ())
    assert "0005_decision_anchors" in store.applied_migrations()
