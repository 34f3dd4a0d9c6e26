"""The demo archive end to end: the sample documents (and the shared seed statement) ingested with real
extraction, then reconciled into events. Regression tests for the events issue: the three Srebrenica
documents are one event, Halabja is 16 March 1988 (not Anfal, not 2010), both Sumgait documents meet
on 27–29 February 1988, contexts (a siege, a war, a campaign) stand apart from the events they frame."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

import testimonia.cli.events  # noqa: F401  (importing registers the event commands)
from testimonia.cli import app
from testimonia.ingest.batch import ingest_file
from testimonia.ingest.extraction import extract_document
from testimonia.model import DocumentMeta
from testimonia.reconcile import Record
from testimonia.record import load_record
from testimonia.settings import Settings
from testimonia.store import StoredExtraction, open_store
from tests.conftest import SHARED

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
SEEDS = SHARED / "seeds"
SEED_FILE = "000_40e91d41cd399455.txt"
needs_seed = pytest.mark.skipif(not (SEEDS / SEED_FILE).is_file(),
                                reason="../shared/seeds is absent: the seed statement's figures and checks cannot be read")


@dataclass
class Archive:
    path: Path
    ids: dict[str, str]  # file name -> document id
    record: Record

    def event_of(self, filename: str) -> str:
        """The reconciled event that the file's main event belongs to."""
        doc = self.ids[filename]
        return next(e.id for e in self.record.events for m in e.mentions if m.source.document_id == doc and m.main)


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Archive:
    path = tmp_path_factory.mktemp("demo") / "archive.db"
    files = sorted(p for p in SAMPLES.iterdir() if p.is_file() and not p.name.endswith(".meta.json"))
    if SEEDS.is_dir():
        files += sorted(SEEDS.glob("*.txt"))
    store = open_store(path, create=True)
    try:
        results = [ingest_file(store, f, overrides=DocumentMeta(), max_bytes=10_000_000, extractor=extract_document)
                   for f in files]
        assert [r.status for r in results] == ["added"] * len(files), [r.detail for r in results]
        return Archive(path, {Path(r.path).name: r.document_id for r in results}, load_record(store, Settings()))
    finally:
        store.close()


def cli(*args: str) -> str:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def by_id(record: Record, event_id: str):
    return next(e for e in record.events if e.id == event_id)


# ---------------------------------------------------------------- one event per event


def test_khojaly_sources_side_by_side_with_their_disagreement(archive):
    khojaly = archive.event_of("khojaly_az_government_2024.pdf")
    for name in ("khodjaly_memorial_1992.md", "khojali_hrw_1994.html", "khojaly_newsaz_2022.docx"):
        assert archive.event_of(name) == khojaly, name
    event = by_id(archive.record, khojaly)
    assert (event.start, event.end) == ("1992-02-25", "1992-02-26")
    claims = [c for s in archive.record.summaries[khojaly] if s.measure == "killed" for c in s.claims]
    said = {(c.source.publisher, c.value if c.value is not None else c.low, c.qualifier) for c in claims}
    assert {("Government of the Republic of Azerbaijan", 613, "exact"), ("Memorial Human Rights Centre", 181, "exact"),
            ("Human Rights Watch", 161, "at_least")} <= said
    killed = next(s for s in archive.record.summaries[khojaly] if (s.measure, s.group) == ("killed", "all"))
    assert len({c.source.document_id for c in killed.claims}) >= 3
    assert killed.disagreement and killed.low == 181 and killed.high >= 613
    assert any(c.kind == "disagreement" and c.event_id == khojaly for c in archive.record.checks)


def test_a_repeated_figure_is_a_repetition_not_a_confirmation(archive):
    khojaly = archive.event_of("khojaly_az_government_2024.pdf")
    killed = next(s for s in archive.record.summaries[khojaly] if (s.measure, s.group) == ("killed", "all"))
    said_613 = sorted((c for c in killed.claims if c.value == 613), key=lambda c: c.source.published)
    assert len(said_613) >= 2
    first, *later = said_613  # in this archive News.Az (2022) is the earliest to state 613
    assert first.repeats is None
    assert all(c.repeats == first.source.document_id for c in later)
    assert "Government of the Republic of Azerbaijan" in {c.source.publisher for c in later}


@needs_seed
def test_the_seed_statement_parts_fit_their_totals(archive):
    seed = archive.ids[SEED_FILE]
    assert archive.event_of(SEED_FILE) == archive.event_of("khojaly_az_government_2024.pdf")
    checks = {c.detail.split(": ", 1)[1]: c for c in archive.record.checks
              if c.kind == "subtotal" and c.documents == [seed]}
    for detail in ("106 + 70 + 63 = 239 <= 613", "68 + 26 = 94 <= 1275"):
        assert checks[detail].status == "pass"
        assert checks[detail].event_id == archive.event_of(SEED_FILE)  # the document's main event, not its siege


def test_the_srebrenica_documents_are_one_event(archive):
    srebrenica = archive.event_of("srebrenica_icmp_2012.txt")
    assert archive.event_of("srebrenica_european_parliament_2009.md") == srebrenica
    assert archive.event_of("srebrenica_erdemovic_iwpr_2013.txt") == srebrenica  # its Branjevo killings are a site of it
    event = by_id(archive.record, srebrenica)
    assert event.start == "1995-07-11" and event.name.startswith("Srebrenica")
    assert {"Srebrenica", "Branjevo"} <= {n for p in event.places for n in p["names"]}
    assert len(event.sources) == 3
    men_and_boys = next(s for s in archive.record.summaries[srebrenica] if s.group == "men and boys")
    assert {c.source.publisher for c in men_and_boys.claims} == {"European Parliament", "Institute for War & Peace Reporting (IWPR)"}


@pytest.mark.parametrize(
    ("filename", "start", "end"),
    [
        ("halabja_kurdistan_presidency_2023.html", "1988-03-16", None),  # not Anfal, not the 2010 ruling
        ("sumgait_tass_1988.txt", "1988-02-27", "1988-02-29"),
        ("khodjaly_memorial_1992.md", "1992-02-25", "1992-02-26"),
    ],
)
def test_each_document_is_about_the_right_event(archive, filename, start, end):
    event = by_id(archive.record, archive.event_of(filename))
    assert (event.start, event.end) == (start, end)


def test_sumgait_reports_meet_on_one_event(archive):
    # Voice of Russia dates the riots only by "25 years on", published 2013: the year is enough to meet TASS.
    assert archive.event_of("sumgait_voice_of_russia_2013.txt") == archive.event_of("sumgait_tass_1988.txt")


def test_contexts_stand_apart_from_the_events_they_frame(archive):
    halabja = archive.event_of("halabja_kurdistan_presidency_2023.html")
    anfal = next(e for e in archive.record.events if any("Anfal" in name for name in e.aliases))
    assert anfal.id != halabja and anfal.start == "1988" and not any(m.main for m in anfal.mentions)
    # Human Rights Watch's "at least 50,000 and possibly 100,000" and the Kurdish officials' "up to 182,000"
    assert [(c.value, c.low, c.high) for c in archive.record.claims if c.event_id == anfal.id] == [
        (None, 50000, 100000), (182000, None, None)]
    # The government's "the town had been under blockade since 1991": a context at the town, before the attack.
    khojaly = by_id(archive.record, archive.event_of("khojaly_az_government_2024.pdf"))
    siege = _siege(archive)
    assert siege.id != khojaly.id and siege.start == "1991"
    assert {p["place"] for p in siege.places} == {khojaly.places[0]["place"]}
    if SEED_FILE in archive.ids:  # the seed's "Siege of Khojaly since 1991" is the same siege
        assert "Siege of Khojaly" in siege.aliases and len(siege.sources) == 2


def _siege(archive: Archive):
    gov = archive.ids["khojaly_az_government_2024.pdf"]
    return next(e for e in archive.record.events if e.start == "1991"
                and any(m.source.document_id == gov and not m.main for m in e.mentions))


# ---------------------------------------------------------------- commemorations, curators, exports


def test_anniversaries_on_the_day(archive):
    found = json.loads(cli("anniversaries", "--on", "2027-02-26", "--db", str(archive.path), "--json"))
    assert [(a["years"], a["event"]["id"]) for a in found] == [(35, archive.event_of("khojaly_az_government_2024.pdf"))]


def test_the_csv_export_keeps_every_figure_each_source_gives(archive):
    rows = list(csv.DictReader(io.StringIO(cli("export", "--format", "csv", "--db", str(archive.path)))))
    claims = [c for summaries in archive.record.summaries.values() for s in summaries for c in s.claims]
    exported = Counter((r["event_id"], r["document_id"], fact) for r in rows for fact in r["fact_id"].split())
    assert sorted(exported) == sorted((c.event_id, c.source.document_id, c.fact_id) for c in claims)
    assert max(exported.values()) == 1
    khojaly = archive.event_of("khojaly_az_government_2024.pdf")
    assert {r["publisher"] for r in rows if r["event_id"] == khojaly and r["measure"] == "killed"} >= {
        "Government of the Republic of Azerbaijan", "Memorial Human Rights Centre", "Human Rights Watch", "News.Az"}


def test_the_csv_export_has_one_row_per_event_source_measure_and_group(archive):
    rows = list(csv.DictReader(io.StringIO(cli("export", "--format", "csv", "--db", str(archive.path)))))
    keys = Counter((r["event_id"], r["document_id"], r["measure"], r["group"]) for r in rows)
    assert max(keys.values()) == 1
    several = [r for r in rows if r["qualifier"] == "several"]
    assert several, "a source with several figures for one measure and group is one row spanning them"
    for r in several:
        assert r["value"] == "" and float(r["low"]) <= float(r["high"]) and " | " in r["evidence_text"]
        assert len(r["fact_id"].split()) == len(r["evidence_text"].split(" | "))


def test_a_merge_survives_re_extraction(archive, tmp_path):
    path = tmp_path / "copy.db"
    with sqlite3.connect(archive.path) as source, sqlite3.connect(path) as copy:
        source.backup(copy)
    store = open_store(path)
    try:
        khojaly = archive.event_of("khojaly_az_government_2024.pdf")
        siege = _siege(archive)
        store.add_decision("merge", khojaly, other=siege.id)
        # A new extractor version re-extracts every document: new extraction rows, the same events.
        for doc_id in archive.ids.values():
            fresh = extract_document(store.get_document(doc_id))
            store.save_extraction(doc_id, StoredExtraction("re-extracted", fresh.lexicon_hash, fresh.result))
        assert {v for d in archive.ids.values() for v, _ in store.extraction_versions(d)} >= {"re-extracted"}
        again = load_record(store, Settings())
    finally:
        store.close()
    ids = {e.id for e in again.events}
    assert khojaly in ids and siege.id not in ids
    merged = by_id(again, khojaly)
    assert f"merged {siege.id} into this event" in merged.decisions
    assert {s.document_id for s in siege.sources} <= {s.document_id for s in merged.sources}


def test_decisions_follow_an_event_whose_id_a_new_document_changes(archive, tmp_path):
    """Issue #4: a new report dates Sumgait a day earlier; the event's id moves, the curator's decisions follow it."""
    path = tmp_path / "copy.db"
    with sqlite3.connect(archive.path) as source, sqlite3.connect(path) as copy:
        source.backup(copy)
    sumgait, halabja = archive.event_of("sumgait_tass_1988.txt"), archive.event_of("halabja_kurdistan_presidency_2023.html")
    assert sumgait.endswith("-1988-02-27")
    cli("events", "merge", sumgait, halabja, "--db", str(path))
    cli("events", "rename", sumgait, "Sumgait and Halabja, 1988", "--db", str(path))
    report = tmp_path / "sumgait_report.txt"
    report.write_text("Sumgait, 1988\nWitnesses say the violence in Sumgait began on 26 February 1988, a day before the official account.\n")
    store = open_store(path)
    try:
        added = ingest_file(store, report, overrides=DocumentMeta(publisher="A later paper", published="2030-01-01"), max_bytes=10_000_000, extractor=extract_document)
        again = load_record(store, Settings())
    finally:
        store.close()
    moved = next(e for e in again.events if added.document_id in {s.document_id for s in e.sources})
    assert moved.id == sumgait.replace("-1988-02-27", "-1988-02-26") and moved.name == "Sumgait and Halabja, 1988"
    assert halabja not in {e.id for e in again.events}
    assert {archive.ids["sumgait_tass_1988.txt"], archive.ids["halabja_kurdistan_presidency_2023.html"]} <= {s.document_id for s in moved.sources}
    assert f"decision 1 (merge) was made when this event was {sumgait}; re-attached by its sources" in moved.decisions
    listed = json.loads(cli("events", "decisions", "--db", str(path), "--json"))
    assert [(p["status"], p["now"]) for p in listed] == [("re-attached", moved.id)] * 2
    assert json.loads(cli("event", sumgait, "--db", str(path), "--json"))["id"] == moved.id
    assert json.loads(cli("event", halabja, "--db", str(path), "--json"))["id"] == moved.id  # merged into it
