"""Reconciliation over hand-written contract objects: sources side by side, checks, decisions, commemorations."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest

from testimonia.export import export
from testimonia.reconcile import Decision, Source, build_record
from testimonia.reconcile.anniversaries import on, upcoming

KHOJALY = {"place": "supp:khojaly", "lat": 39.9131, "lon": 46.7903}


def contract(event_name, start, end, places, figures, dates=(), checks=()):
    """A minimal extraction contract object with one event holding every figure and place."""
    place_facts = [{"id": f"p{i}", "name": name, "span": [0, 1], **extra} for i, (name, extra) in enumerate(places, 1)]
    figure_facts = []
    for i, f in enumerate(figures, 1):
        figure_facts.append({"id": f"f{i}", "measure": "killed", "group": "all", "unit": "people", "value": None, "low": None, "high": None,
                             "qualifier": "exact", "part_of": None, "event": "e1", "span": [10 * i, 10 * i + 5], "text": f"fig{i}", **f})
    date_facts = [{"id": f"d{i}", "start": s, "end": e, "precision": "day", "span": [0, 4], "text": t} for i, (s, e, t) in enumerate(dates, 1)]
    return {
        "document": {}, "figures": figure_facts, "dates": date_facts, "places": place_facts, "checks": list(checks),
        "events": [{"id": "e1", "name": event_name, "start": start, "end": end, "places": [p["id"] for p in place_facts],
                    "figures": [f["id"] for f in figure_facts], "dates": [d["id"] for d in date_facts]}],
    }


def source(doc_id, publisher, published):
    return Source(doc_id * 8, publisher, published, None, f"{doc_id}.txt")


@pytest.fixture
def khojaly_sources():
    return [
        (source("a", "Government of Azerbaijan", "2024-02-26"), contract("Khojaly genocide", "1992-02-25", "1992-02-26", [("Xocalı", KHOJALY)],
            [{"value": 613, "text": "613 people"}, {"value": 106, "group": "women", "part_of": "f1"}],
            dates=[("1992-02-25", "1992-02-26", "25–26 February 1992")],
            checks=[{"kind": "subtotal", "status": "pass", "detail": "106 <= 613", "figures": ["f1", "f2"]}])),
        (source("m", "Memorial", "1992-06-18"), contract("the taking of Khodjaly", "1992-02-26", None, [("Khodjaly", KHOJALY)],
            [{"value": 181, "text": "181 corpses"}])),
        (source("h", "Human Rights Watch", "1994-12-08"), contract("Khojali massacre", "1992-02", None, [("Khojali", KHOJALY)],
            [{"low": 161, "qualifier": "at_least", "text": "at least 161"}])),
        (source("n", "News.Az", "2022-02-25"), contract("Khojaly tragedy", "1992-02-26", None, [("Khojaly", KHOJALY)],
            [{"value": 613, "text": "613 people were killed"}])),
        (source("s", "ICMP", "2012-07-11"), contract("Srebrenica genocide", "1995-07", None, [("Srebrenica", {"place": "geonames:3190586", "lat": 44.1, "lon": 19.3})],
            [{"value": 8000, "group": "men and boys", "qualifier": "approx"}])),
    ]


def test_one_event_with_every_source_side_by_side(khojaly_sources):
    record = build_record(khojaly_sources)
    khojaly = [e for e in record.events if any(p["place"] == "supp:khojaly" for p in e.places)]
    assert len(khojaly) == 1 and len(record.events) == 2
    event = khojaly[0]
    assert event.start == "1992-02-26"  # the date most sources give
    assert "genocide" not in event.name and "massacre" not in event.name  # the system's own name is neutral
    assert set(event.aliases) == {"Khojaly genocide", "the taking of Khodjaly", "Khojali massacre", "Khojaly tragedy"}
    assert sorted(event.places[0]["names"]) == ["Khodjaly", "Khojali", "Khojaly", "Xocalı"]
    assert event.places[0]["name"] == "Khodjaly"  # no gazetteer name given: no spelling is preferred, the first in order is shown
    (killed,) = [s for s in record.summaries[event.id] if s.measure == "killed" and s.group == "all"]
    assert [(c.source.publisher, c.value or c.low, c.repeats is not None) for c in killed.claims] == [
        ("Memorial", 181, False), ("Human Rights Watch", 161, False), ("News.Az", 613, False), ("Government of Azerbaijan", 613, True),
    ]
    assert (killed.low, killed.best, killed.high, killed.independent) == (161, 181, 613, 3)
    assert killed.disagreement
    assert any(c.kind == "disagreement" and c.event_id == event.id for c in record.checks)


@pytest.mark.parametrize(("rule", "best"), [("median", 181), ("lowest", 161), ("highest", 613), ("latest", 613)])
def test_the_best_rule_is_configurable(khojaly_sources, rule, best):
    record = build_record(khojaly_sources, best_rule=rule)
    event = next(e for e in record.events if e.places[0]["place"] == "supp:khojaly")
    killed = next(s for s in record.summaries[event.id] if s.group == "all")
    assert killed.best == best and rule in killed.rule


def test_same_place_different_dates_are_different_events():
    siege = contract("Siege of Khojaly", "1991", None, [("Khojaly", KHOJALY)], [])
    attack = contract("Khojaly massacre", "1992-02-25", "1992-02-26", [("Khojaly", KHOJALY)], [])
    undated = contract("Khojaly", None, None, [("Khojaly", KHOJALY)], [])
    record = build_record([(source("a", "A", "2000-01-01"), siege), (source("b", "B", "2000-01-01"), attack)])
    assert len(record.events) == 2
    with_undated = build_record([(source("b", "B", "2000-01-01"), attack), (source("c", "C", "2001-01-01"), undated)])
    assert len(with_undated.events) == 1 and with_undated.events[0].confidence < 0.9


def test_publisher_revisions_and_impossible_orders():
    early = contract("X", "2001-05-01", None, [("Town", {"place": "g:1"})], [{"value": 40}])
    later = contract("X", "2001-05-01", None, [("Town", {"place": "g:1"})], [{"value": 52}])
    misdated = contract("X", "2001-05-01", None, [("Town", {"place": "g:1"})], [])
    record = build_record([(source("a", "Ministry", "2001-06-01"), early), (source("b", "Ministry", "2003-06-01"), later), (source("c", "Paper", "1999-01-01"), misdated)])
    kinds = {c.kind: c for c in record.checks}
    assert "40 (2001-06-01); 52 (2003-06-01)" in kinds["publisher_revision"].detail
    assert kinds["order"].status == "fail" and "1999-01-01" in kinds["order"].detail


def test_curator_decisions_merge_split_rename(khojaly_sources):
    record = build_record(khojaly_sources)
    khojaly = next(e for e in record.events if e.places[0]["place"] == "supp:khojaly")
    srebrenica = next(e for e in record.events if e is not khojaly)
    decisions = [
        Decision(1, "split", khojaly.id, other="h" * 8),
        Decision(2, "rename", khojaly.id, value="Khojaly, February 1992"),
        Decision(3, "merge", khojaly.id, other=srebrenica.id),
    ]
    decided = build_record(khojaly_sources, decisions)
    ids = {e.id: e for e in decided.events}
    assert srebrenica.id not in ids
    assert ids[khojaly.id].name == "Khojaly, February 1992"
    assert f"{khojaly.id}-hhhhhhhh" in ids
    assert {s.publisher for s in ids[khojaly.id].sources} == {"Government of Azerbaijan", "Memorial", "News.Az", "ICMP"}


@pytest.mark.parametrize(
    ("start", "day", "years"),
    [
        ("1992-02-26", "2027-02-26", 35),
        ("1992-02-26", "2027-02-27", None),
        ("1988-02-29", "2027-02-28", 39),  # a leap-day event is remembered on 28 February in common years
        ("1988-02-29", "2028-02-29", 40),
        ("1988-02-29", "2028-02-28", None),
        ("1988-02-29", "1988-02-29", None),  # no anniversary on the day itself
    ],
)
def test_anniversaries_across_leap_years(start, day, years):
    record = build_record([(source("a", "A", "2020-01-01"), contract("X", start, None, [("Town", {"place": "g:1"})], []))])
    found = on(record.events, date.fromisoformat(day))
    assert [a.years for a in found] == ([years] if years else [])


def test_next_anniversaries_in_order(khojaly_sources):
    record = build_record(khojaly_sources)
    found = upcoming(record.events, 5, after=date(2026, 11, 28))
    assert [(a.on.isoformat(), a.years) for a in found] == [("2027-02-26", 35)]  # Srebrenica is known only to the month


def test_exports(khojaly_sources):
    record = build_record(khojaly_sources, place_names={"supp:khojaly": "Khojaly"})
    rows = list(csv.DictReader(io.StringIO(export(record, "csv"))))
    assert len(rows) == sum(len(s.claims) for ss in record.summaries.values() for s in ss) == 6
    hrw = next(r for r in rows if r["publisher"] == "Human Rights Watch")
    assert (hrw["low"], hrw["qualifier"], hrw["evidence_text"], hrw["date_start"]) == ("161", "at_least", "at least 161", "1992-02-26")
    geo = json.loads(export(record, "geojson"))
    assert {f["properties"]["place"] for f in geo["features"]} == {"Khojaly", "Srebrenica"}
    ics = export(record, "ics")
    assert "RRULE:FREQ=YEARLY" in ics and "DTSTART;VALUE=DATE:19920226" in ics
    one = json.loads(export(record, "json", record.events[0].id))
    assert len(one["events"]) == 1 and one["events"][0]["figures"]
