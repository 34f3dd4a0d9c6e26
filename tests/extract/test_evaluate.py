"""Scoring against gold files: matching rules per kind, the report, and the errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from testimonia.errors import UsageError
from testimonia.extract import evaluate, format_report
from testimonia.extract.evaluate import score_document

TEXT = ("On 26 February 1992, 613 people were killed in Khojaly, including 106 women. "
        "The 366th Motorized Rifle Regiment took part.")

GOLD = {
    "document": {"path": "docs/statement.txt", "published": "2026-02-26", "language": "en"},
    "figures": [
        {"id": "f1", "measure": "killed", "group": "all", "value": 613, "low": None, "high": None,
         "qualifier": "exact", "part_of": None, "text": "613 people were killed"},
        {"id": "f2", "measure": "killed", "group": "women", "value": 106, "low": None, "high": None,
         "qualifier": "exact", "part_of": "f1", "text": "106 women"},
    ],
    "dates": [{"start": "1992-02-26", "end": None, "text": "26 February 1992"}],
    "places": [{"name": "Khojaly"}],
    "non_figures": ["366th Motorized Rifle Regiment"],
}


def _figure(fid, measure, group, value, span, part_of=None, qualifier="exact", low=None, high=None):
    return {"id": fid, "measure": measure, "group": group, "value": value, "low": low, "high": high,
            "qualifier": qualifier, "part_of": part_of, "span": list(span), "text": TEXT[span[0] : span[1]]}


def _predicted(**kinds):
    base = {k: [] for k in ("figures", "dates", "places", "persons", "organizations", "quotes",
                            "legal_instruments")}
    base.update(kinds)
    return base


def _at(text: str) -> tuple[int, int]:
    start = TEXT.index(text)
    return start, start + len(text)


def test_figures_match_on_measure_group_number_and_overlap():
    predicted = _predicted(figures=[
        _figure("f1", "killed", "all", 613, _at("613 people")),  # overlaps the gold evidence
        _figure("f2", "killed", "women", 106, _at("106 women"), part_of="f1"),
    ])
    doc = score_document("d", TEXT, GOLD, predicted)
    assert (doc.scores["figures"].tp, doc.scores["figures"].fp, doc.scores["figures"].fn) == (2, 0, 0)
    assert doc.qualifier == [2, 2] and doc.part_of == [2, 2]


@pytest.mark.parametrize(
    "wrong",
    [
        _figure("f1", "wounded", "all", 613, _at("613 people")),  # another measure
        _figure("f1", "killed", "civilians", 613, _at("613 people")),  # another group
        _figure("f1", "killed", "all", 612, _at("613 people")),  # another number
        _figure("f1", "killed", "all", 613, _at("Khojaly")),  # elsewhere in the text
    ],
)
def test_figures_that_do_not_match(wrong):
    doc = score_document("d", TEXT, {"figures": GOLD["figures"][:1]}, _predicted(figures=[wrong]))
    s = doc.scores["figures"]
    assert (s.tp, s.fp, s.fn) == (0, 1, 1)


def test_qualifier_and_part_of_are_scored_apart():
    predicted = _predicted(figures=[
        _figure("f1", "killed", "all", 613, _at("613 people"), qualifier="approx"),
        _figure("f2", "killed", "women", 106, _at("106 women")),
    ])
    doc = score_document("d", TEXT, GOLD, predicted)
    assert doc.scores["figures"].tp == 2
    assert doc.qualifier == [1, 2] and doc.part_of == [1, 2]


def test_non_figures_and_unjudged_kinds():
    predicted = _predicted(figures=[_figure("f1", "killed", "all", 366, _at("366th Motorized"))],
                           persons=[{"id": "a1", "name": "Anyone", "span": [0, 2], "text": "On"}])
    doc = score_document("d", TEXT, GOLD, predicted)
    assert len(doc.non_figures) == 1
    assert "persons" not in doc.scores  # the gold does not judge persons


def test_names_dates_and_quotes():
    predicted = _predicted(
        dates=[{"start": "1992-02-26", "end": None, "span": list(_at("26 February 1992"))}],
        places=[{"name": "KHOJALY"}, {"name": "Aghdam"}],
        persons=[{"id": "a1", "name": "Monte Melkonian"}],
        quotes=[{"speaker": "a1", "text": "\u201cKhojaly was a goal,\u201d he said", "span": [0, 10]}],
    )
    gold = {"dates": GOLD["dates"], "places": GOLD["places"],
            "quotes": [{"speaker": "Monte Melkonian", "text": "Khojaly was a goal,"}]}
    doc = score_document("d", TEXT, gold, predicted)
    assert (doc.scores["dates"].tp, doc.scores["dates"].fp) == (1, 0)
    assert (doc.scores["places"].tp, doc.scores["places"].fp, doc.scores["places"].fn) == (1, 1, 0)
    assert doc.scores["quotes"].tp == 1


def _write(tmp_path: Path, gold: dict, text: str, name: str = "001_statement", suffix: str = ".txt") -> tuple[Path, Path]:
    gold_dir, docs_dir = tmp_path / "gold", tmp_path / "docs"
    gold_dir.mkdir(exist_ok=True)
    docs_dir.mkdir(exist_ok=True)
    (gold_dir / f"{name}.json").write_text(json.dumps(gold), encoding="utf-8")
    (docs_dir / f"{name}{suffix}").write_text(text, encoding="utf-8")
    return gold_dir, docs_dir


def test_evaluate_end_to_end(tmp_path):
    gold_dir, docs_dir = _write(tmp_path, GOLD, TEXT)
    report = evaluate(gold_dir, docs_dir)
    assert report["documents"] == 1
    assert report["kinds"]["figures"] == {"tp": 2, "fp": 0, "fn": 0, "precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert report["non_figures"]["hits"] == 0
    assert report["figures_part_of"]["accuracy"] == 1.0
    assert set(report["kinds"]) == {"figures", "dates", "places"}
    table = format_report(report)
    assert "figures" in table and "overall" in table and "1.000" in table


def test_document_found_by_the_gold_path(tmp_path):
    gold_dir, docs_dir = _write(tmp_path, GOLD, TEXT, name="other_name")
    (docs_dir / "other_name.txt").rename(docs_dir / "statement.txt")
    (gold_dir / "other_name.json").rename(gold_dir / "x.json")
    assert evaluate(gold_dir, docs_dir)["kinds"]["figures"]["f1"] == 1.0


def test_missing_document_and_unreadable_format(tmp_path):
    gold_dir, docs_dir = _write(tmp_path, {"document": {"path": "nowhere.txt"}}, TEXT, suffix=".pdf")
    with pytest.raises(UsageError, match="only .txt and .md"):
        evaluate(gold_dir, docs_dir)
    (docs_dir / "001_statement.pdf").unlink()
    with pytest.raises(UsageError, match="no document"):
        evaluate(gold_dir, docs_dir)
    with pytest.raises(UsageError, match="no gold files"):
        evaluate(docs_dir, docs_dir)


SEED_GOLD = Path(__file__).resolve().parents[2].parent / "shared" / "gold"


@pytest.mark.skipif(not SEED_GOLD.exists(), reason="the shared gold is not here")
def test_seed_gold_figures_are_all_right():
    report = evaluate(SEED_GOLD, SEED_GOLD.parent / "seeds")
    assert report["kinds"]["figures"]["f1"] == 1.0
    assert report["figures_qualifier"]["accuracy"] == 1.0 and report["figures_part_of"]["accuracy"] == 1.0
    assert report["non_figures"]["hits"] == 0
