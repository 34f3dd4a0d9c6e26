"""The whole extraction: the seed statement end to end, the contract JSON, events and checks."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from testimonia.errors import UsageError
from testimonia.extract import EXTRACTOR_VERSION, extract, lexicon_hash, to_contract
from testimonia.extract.checks import relative_dates, subtotals
from testimonia.extract.doc import Doc
from testimonia.extract.events import find_event_mentions, find_events
from testimonia.extract.figures import find_figures
from testimonia.model.facts import DateClaim, Span

from tests.conftest import SEED, SEED_GOLD, needs_seed
GOLD = SEED_GOLD

pytestmark = needs_seed


@pytest.fixture(scope="module")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def seed(seed_text) -> dict:
    return to_contract(extract(seed_text, "2026-02-26"), {"path": str(SEED)})


def test_every_text_is_the_document_text_at_its_span(seed, seed_text):
    for kind in ("figures", "dates", "places", "persons", "organizations", "quotes", "legal_instruments",
                 "characterizations"):
        for fact in seed[kind]:
            start, end = fact["span"]
            assert fact["text"] == seed_text[start:end], (kind, fact)


def test_ids_are_given_in_text_order(seed):
    for kind, prefix in (("figures", "f"), ("dates", "d"), ("places", "p"), ("persons", "a"), ("events", "e")):
        facts = seed[kind]
        assert [f["id"] for f in facts] == [f"{prefix}{n}" for n in range(1, len(facts) + 1)]
        spans = [f["span"][0] for f in facts if f.get("span")]
        assert spans == sorted(spans)


def test_seed_figures_match_the_gold(seed):
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    got = [(f["measure"], f["group"], f["value"], f["low"], f["high"], f["qualifier"], f["part_of"], f["text"])
           for f in seed["figures"]]
    want = [(f["measure"], f["group"], f["value"], f["low"], f["high"], f["qualifier"], f["part_of"], f["text"])
            for f in gold["figures"]]
    assert got == want


def test_references_are_ids(seed):
    ids = {f["id"] for kind in ("figures", "dates", "places", "persons", "organizations") for f in seed[kind]}
    for f in seed["figures"]:
        assert f["part_of"] is None or f["part_of"] in ids
        assert f["event"] == "e1"
        assert f["rule"].startswith("en.figures.")
    for q in seed["quotes"]:
        assert q["speaker"] is None or q["speaker"] in ids
    for e in seed["events"]:
        assert set(e["figures"]) <= ids and set(e["dates"]) <= ids and set(e["places"]) <= ids


def test_seed_event(seed):
    event, *context = seed["events"]
    assert (event["name"], event["start"], event["end"], event["main"]) == ("Khojaly", "1992-02-25", "1992-02-26",
                                                                            True)
    assert "Kohajaly Genocide" in event["aliases"] and "Siege of Khojaly" not in event["aliases"]
    assert len(event["figures"]) == 11
    # The siege since 1991 is the event's context, apart from it (issue: events, contextual events).
    siege = next(e for e in context if e["name"] == "Siege of Khojaly")
    assert (siege["start"], siege["main"], siege["relation"], siege["related"]) == ("1991", False, "before", "e1")
    assert all(c["event"] == "e1" for c in seed["characterizations"])


def test_seed_checks(seed):
    by_kind = {}
    for c in seed["checks"]:
        by_kind.setdefault(c["kind"], []).append(c)
    assert [c["detail"] for c in by_kind["subtotal"]] == ["106 + 70 + 63 = 239 <= 613", "68 + 26 = 94 <= 1275"]
    assert by_kind["subtotal"][0]["figures"] == ["f1", "f2", "f3", "f4"]
    assert all(c["status"] == "pass" for c in seed["checks"])
    assert {c["kind"] for c in seed["checks"]} == {"subtotal", "anniversary", "relative_date"}


def test_document_and_provenance(seed, seed_text):
    assert seed["document"]["published"] == "2026-02-26"
    assert seed["document"]["chars"] == len(seed_text)
    assert seed["extractor"] == {"version": EXTRACTOR_VERSION, "lexicon_hash": lexicon_hash()}
    assert len(lexicon_hash()) == 64


def test_publication_date_forms():
    assert extract("Nothing here.", date(2026, 2, 26)).published == "2026-02-26"
    assert extract("Nothing here.").published is None
    with pytest.raises(UsageError):
        extract("Nothing here.", "26/02/2026")


def test_unknown_language_is_a_usage_error():
    with pytest.raises(UsageError):
        extract("613 people were killed.", language="xx")


# ---------------------------------------------------------------- events

EVENT_TEXTS = [
    ("The Srebrenica massacre and the genocide in Srebrenica.", ["Srebrenica", "Srebrenica"]),
    ("the Siege of Khojaly and the taking of Khojaly", ["Khojaly", "Khojaly"]),
    ("During the Holocaust", ["Holocaust"]),
    ("a planned and intentional genocide", []),
    ("the fall of the Soviet Union", []),
]


@pytest.mark.parametrize("text, names", EVENT_TEXTS)
def test_event_mentions(text, names):
    assert [m.name for m in find_event_mentions(Doc(text))] == names


def test_figures_go_to_the_event_their_sentence_names():
    doc = Doc("The Khojaly massacre killed 613 people. The Khojaly tragedy is remembered. "
              "In the Sumgait pogrom, 32 people were killed.")
    figures = find_figures(doc)
    events = find_events(doc, figures)
    assert [e.name for e in events] == ["Khojaly", "Sumgait"]
    assert [f.value for f in events[0].figures] == [613] and [f.value for f in events[1].figures] == [32]


# ---------------------------------------------------------------- checks

@pytest.mark.parametrize(
    "text, status, detail",
    [
        ("613 people were killed, including 106 women and 63 children.", "pass", "106 + 63 = 169 <= 613"),
        ("100 people were killed, including 80 women and 70 children.", "pass",
         "80 + 70 = 150 > 100; by axis: sex 80 <= 100; age 70 <= 100"),
        ("100 people were killed, including 80 women and 30 men.", "fail", "80 + 30 = 110 > 100"),
        ("at least 100 people were killed, including 80 women and 30 men.", "warn", "80 + 30 = 110 > 100"),
    ],
)
def test_subtotal_checks(text, status, detail):
    doc = Doc(text)
    (check,) = subtotals(doc, find_figures(doc))
    assert (check.status, check.detail) == (status, detail)


def test_anniversary_that_disagrees_with_the_event_date():
    x = extract("On the 30th anniversary of the Khojaly massacre of 26 February 1992, we remember.", "2026-02-26")
    (check,) = [c for c in x.checks if c.kind == "anniversary"]
    assert check.status == "fail" and "1996" in check.detail


def test_relative_date_check():
    inferred = DateClaim(Span(0, 5), "r", "1992-02-25", "1992-02-26", inferred="year from '34 years ago'")
    written = DateClaim(Span(10, 20), "r", "1992-02-25", "1992-02-26")
    other = DateClaim(Span(30, 40), "r", "1993-02-25", "1993-02-26")
    assert [c.status for c in relative_dates([inferred, written])] == ["pass"]
    assert [c.status for c in relative_dates([inferred, other])] == ["fail"]
    # a year carried from context is no relative date: the same day of another year is no error
    carried = DateClaim(Span(0, 5), "r", "1980-05-18", None, inferred="year from '1980' earlier in the text")
    header = DateClaim(Span(10, 20), "r", "2024-05-18", None)
    assert relative_dates([carried, header]) == []


def test_a_day_whose_year_comes_from_context_is_not_checked_against_the_publication_day():
    x = extract("date 2024-05-18\nThe uprising began in May 1980. On 18 May, troops fired on students.", "2024-05-18")
    assert [c for c in x.checks if c.kind == "relative_date" and c.status == "fail"] == []


# ---------------------------------------------------------------- sentences

SENTENCES = [
    ('Mr. Smith left. He said "Go." Then 5 men came!', ["Mr. Smith left.", 'He said "Go.', "Then 5 men came!"]),
    ("One line\n\n  Next para. (Quoted) start? Yes", ["One line", "Next para.", "(Quoted) start?", "Yes"]),
    ("U.S. troops. e.g. this. Dec. 5 came", ["U.S. troops. e.g. this.", "Dec. 5 came"]),
    ("Ends here.  ", ["Ends here."]),
    ("\n\n\n", []),
    ("Он ушёл. Потом", ["Он ушёл.", "Потом"]),
]


@pytest.mark.parametrize(("text", "sentences"), SENTENCES)
def test_sentences(text, sentences):
    doc = Doc(text)
    assert [text[s:e] for s, e in doc.sentences] == sentences
    for s, e in doc.sentences:
        assert doc.sentence_at(s) == (s, e) and doc.sentence_at(e - 1) == (s, e)
