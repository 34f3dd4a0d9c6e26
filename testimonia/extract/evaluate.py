"""Scoring extraction against gold files: `testimonia eval GOLD_DIR DOCS_DIR`.

For each gold file (`<stem>.json`) the document is `DOCS_DIR/<stem>.<ext>`
or, failing that, `DOCS_DIR/<basename of the gold's document.path>`. It is
extracted with the gold's publication date and scored per kind, as the
contract says:

- figures match when measure, group and number (value, or low and high) are
  equal and the gold evidence (found in the text by substring search)
  overlaps the predicted span; qualifier and part_of are then scored over
  the matched pairs;
- dates match when start and end are equal and the spans overlap;
- places, persons, organizations, legal instruments: case-insensitive names,
  as a set per document;
- quotes: the same speaker name, and the gold words within or overlapping the
  predicted quote (quotes and spaces normalised);
- non_figures: predicted figures overlapping a gold "not a figure" string.

A kind the gold file leaves out is not judged for that document.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from testimonia.errors import UsageError
from testimonia.extract.doc import normalise

KINDS = ("figures", "dates", "places", "persons", "organizations", "quotes", "legal_instruments")
_NAME_KINDS = ("places", "persons", "organizations", "legal_instruments")
_READABLE = (".txt", ".md", ".text", ".markdown")


@dataclass(slots=True)
class _Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: _Score) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    def as_dict(self) -> dict[str, Any]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else (1.0 if not self.fn else 0.0)
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else (1.0 if not self.fp else 0.0)
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(p, 4), "recall": round(r, 4),
                "f1": round(f1, 4)}


@dataclass(slots=True)
class _Doc:
    """One document's tallies and the misses that explain them."""

    name: str
    scores: dict[str, _Score] = field(default_factory=dict)
    qualifier: list[int] = field(default_factory=lambda: [0, 0])  # right, judged
    part_of: list[int] = field(default_factory=lambda: [0, 0])
    non_figures: list[str] = field(default_factory=list)
    missed: dict[str, list[Any]] = field(default_factory=dict)
    spurious: dict[str, list[Any]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def evaluate(gold_dir: str | Path, docs_dir: str | Path) -> dict[str, Any]:
    """Precision, recall and F1 per kind and overall (micro), with per-document detail."""
    from testimonia.extract.output import to_contract
    from testimonia.extract.pipeline import extract

    gold_dir, docs_dir = Path(gold_dir), Path(docs_dir)
    gold_files = sorted(gold_dir.glob("*.json"))
    if not gold_files:
        raise UsageError(f"no gold files (*.json) in {gold_dir}", fix="give the folder that holds the gold JSON files")
    docs = []
    for path in gold_files:
        gold = json.loads(path.read_text(encoding="utf-8"))
        source = _find_document(path, gold, docs_dir)
        text = read_text(source)
        meta = gold.get("document") or {}
        predicted = to_contract(extract(text, meta.get("published"), meta.get("language") or "en"))
        docs.append(score_document(path.stem, text, gold, predicted))
    return _report(docs)


def _find_document(gold_path: Path, gold: dict[str, Any], docs_dir: Path) -> Path:
    candidates = sorted(p for p in docs_dir.glob(f"{gold_path.stem}.*") if p.is_file() and p.suffix != ".json")
    named = ((gold.get("document") or {}).get("path") or "").replace("\\", "/").rsplit("/", 1)[-1]
    if named and (docs_dir / named).is_file():
        candidates.append(docs_dir / named)
    readable = [p for p in candidates if p.suffix.lower() in _READABLE]
    if readable:
        return readable[0]
    if candidates:
        return candidates[0]
    raise UsageError(f"no document for gold file {gold_path.name} in {docs_dir}",
                     fix=f"put {gold_path.stem}.txt (or the file named in its document.path) in {docs_dir}")


def read_text(path: Path) -> str:
    """The document text spans index. Plain text and Markdown only, for now."""
    if path.suffix.lower() not in _READABLE:
        raise UsageError(f"{path.name}: only .txt and .md documents can be evaluated yet",
                         fix="convert it to text (`testimonia text PATH > NAME.txt`) and evaluate that")
    return path.read_bytes().decode("utf-8-sig")


def score_document(name: str, text: str, gold: dict[str, Any], predicted: dict[str, Any]) -> _Doc:
    out = _Doc(name)
    if "figures" in gold:
        _score_figures(out, text, gold["figures"], predicted["figures"])
    if "dates" in gold:
        _score_dates(out, text, gold["dates"], predicted["dates"])
    for kind in _NAME_KINDS:
        if kind in gold:
            _score_names(out, kind, gold[kind], predicted[kind])
    if "quotes" in gold:
        _score_quotes(out, text, gold["quotes"], predicted)
    for bad in gold.get("non_figures", ()):
        spans = _occurrences(text, bad)
        for f in predicted["figures"]:
            if any(s < f["span"][1] and f["span"][0] < e for s, e in spans):
                out.non_figures.append(f"{f['text']!r} overlaps non-figure {bad!r}")
    return out


def _occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    """Every place `needle` occurs, matched on normalised text (quotes, dashes, spaces)."""
    if not needle:
        return []
    hay, pin = normalise(text), normalise(needle)
    pattern = re.compile(r"\s+".join(re.escape(w) for w in pin.split()))
    return [(m.start(), m.end()) for m in pattern.finditer(hay)]


def _number(f: dict[str, Any]) -> tuple[Any, Any, Any]:
    def num(v: Any) -> Any:
        return float(v) if v is not None else None

    if f.get("value") is not None:
        return (num(f["value"]), None, None)
    return (None, num(f.get("low")), num(f.get("high")))


def _score_figures(out: _Doc, text: str, gold: list[dict], predicted: list[dict]) -> None:
    score, used, pair = _Score(), set(), {}
    for g in gold:
        spans = _occurrences(text, g.get("text", ""))
        if not spans:
            out.notes.append(f"figure evidence not found in the text: {g.get('text')!r}")
        match = next((p for p in predicted if id(p) not in used
                      and p["measure"] == g.get("measure") and str(p["group"]).lower() == str(g.get("group")).lower()
                      and _number(p) == _number(g)
                      and any(s < p["span"][1] and p["span"][0] < e for s, e in spans)), None)
        if match is None:
            score.fn += 1
            out.missed.setdefault("figures", []).append(_brief(g))
            continue
        used.add(id(match))
        pair[g.get("id")] = match
        score.tp += 1
        out.qualifier[1] += 1
        out.qualifier[0] += match["qualifier"] == g.get("qualifier", "exact")
        if match["qualifier"] != g.get("qualifier", "exact"):
            out.notes.append(f"qualifier {match['qualifier']} for {g.get('qualifier')}: {g.get('text')!r}")
    for g in gold:
        if g.get("id") in pair:
            want = pair.get(g.get("part_of")) if g.get("part_of") else None
            got = pair[g["id"]]["part_of"]
            out.part_of[1] += 1
            right = (want is None and got is None) or (want is not None and got == want["id"])
            out.part_of[0] += right
            if not right:
                out.notes.append(f"part_of {got} for {g.get('part_of')}: {g.get('text')!r}")
    for p in predicted:
        if id(p) not in used:
            score.fp += 1
            out.spurious.setdefault("figures", []).append(_brief(p))
    out.scores["figures"] = score


def _brief(f: dict[str, Any]) -> str:
    number = f.get("value") if f.get("value") is not None else f"{f.get('low')}..{f.get('high')}"
    return f"{f.get('measure')}/{f.get('group')}={number} {f.get('qualifier')} {f.get('text')!r}"


def _score_dates(out: _Doc, text: str, gold: list[dict], predicted: list[dict]) -> None:
    score, used = _Score(), set()
    for g in gold:
        spans = _occurrences(text, g.get("text", ""))
        match = next((p for p in predicted if id(p) not in used and p["start"] == g.get("start")
                      and p["end"] == g.get("end")
                      and any(s < p["span"][1] and p["span"][0] < e for s, e in spans)), None)
        if match is None:
            score.fn += 1
            out.missed.setdefault("dates", []).append(f"{g.get('start')}/{g.get('end')} {g.get('text')!r}")
        else:
            used.add(id(match))
            score.tp += 1
    for p in predicted:
        if id(p) not in used:
            score.fp += 1
            out.spurious.setdefault("dates", []).append(f"{p['start']}/{p['end']} {p['text']!r}")
    out.scores["dates"] = score


def _score_names(out: _Doc, kind: str, gold: list[dict], predicted: list[dict]) -> None:
    want = {_key(g.get("name", "")) for g in gold} - {""}
    got = {_key(p.get("name", "")) for p in predicted} - {""}
    out.scores[kind] = _Score(len(want & got), len(got - want), len(want - got))
    if want - got:
        out.missed[kind] = sorted(want - got)
    if got - want:
        out.spurious[kind] = sorted(got - want)


def _key(name: str) -> str:
    return " ".join(normalise(name).lower().split())


def _score_quotes(out: _Doc, text: str, gold: list[dict], predicted: dict[str, Any]) -> None:
    actors = {a["id"]: a["name"] for a in predicted["persons"] + predicted["organizations"]}
    score, used = _Score(), set()
    for g in gold:
        spans = _occurrences(text, g.get("text", ""))
        words = _key(g.get("text", "")).strip(" ,.\"'")
        match = None
        for p in predicted["quotes"]:
            speaker = actors.get(p.get("speaker")) or p.get("speaker_name") or ""
            if id(p) in used or _key(speaker) != _key(g.get("speaker") or ""):
                continue
            inside = words and words in _key(p["text"])
            if inside or any(s < p["span"][1] and p["span"][0] < e for s, e in spans):
                match = p
                break
        if match is None:
            score.fn += 1
            out.missed.setdefault("quotes", []).append(f"{g.get('speaker')}: {g.get('text')!r}")
        else:
            used.add(id(match))
            score.tp += 1
    for p in predicted["quotes"]:
        if id(p) not in used:
            score.fp += 1
            speaker = actors.get(p.get("speaker")) or p.get("speaker_name")
            out.spurious.setdefault("quotes", []).append(f"{speaker}: {p['text']!r}")
    out.scores["quotes"] = score


def _report(docs: list[_Doc]) -> dict[str, Any]:
    totals = {kind: _Score() for kind in KINDS}
    overall = _Score()
    qualifier, part_of, non_figures = [0, 0], [0, 0], 0
    for d in docs:
        for kind, s in d.scores.items():
            totals[kind].add(s)
            overall.add(s)
        qualifier = [qualifier[0] + d.qualifier[0], qualifier[1] + d.qualifier[1]]
        part_of = [part_of[0] + d.part_of[0], part_of[1] + d.part_of[1]]
        non_figures += len(d.non_figures)
    judged = {kind for d in docs for kind in d.scores}
    return {
        "documents": len(docs),
        "kinds": {kind: totals[kind].as_dict() for kind in KINDS if kind in judged},
        "overall": overall.as_dict(),
        "figures_qualifier": _accuracy(qualifier),
        "figures_part_of": _accuracy(part_of),
        "non_figures": {"hits": non_figures},
        "per_document": [
            {"name": d.name, "kinds": {k: s.as_dict() for k, s in d.scores.items()},
             "non_figures": d.non_figures, "missed": d.missed, "spurious": d.spurious, "notes": d.notes}
            for d in docs
        ],
    }


def _accuracy(pair: list[int]) -> dict[str, Any]:
    return {"correct": pair[0], "judged": pair[1], "accuracy": round(pair[0] / pair[1], 4) if pair[1] else None}


def format_report(report: dict[str, Any], *, details: bool = True) -> str:
    """A plain aligned table of the scores, then what was missed or extra per document."""
    rows = [("kind", "P", "R", "F1", "tp", "fp", "fn")]
    for kind, s in [*report["kinds"].items(), ("overall", report["overall"])]:
        rows.append((kind, f"{s['precision']:.3f}", f"{s['recall']:.3f}", f"{s['f1']:.3f}",
                     str(s["tp"]), str(s["fp"]), str(s["fn"])))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = [f"{report['documents']} document(s)", ""]
    for n, row in enumerate(rows):
        lines.append("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths))))
        if n == 0 or row[0] == rows[-2][0]:
            lines.append("  ".join("-" * w for w in widths))
    q, p = report["figures_qualifier"], report["figures_part_of"]
    lines.append("")
    lines.append(f"figure qualifiers right: {_ratio(q)}   part_of right: {_ratio(p)}   "
                 f"figures on non-figures: {report['non_figures']['hits']}")
    if details:
        for d in report["per_document"]:
            extra = [f"  {label} {kind}: {item}" for label, table in (("missed", d["missed"]), ("extra", d["spurious"]))
                     for kind, items in table.items() for item in items]
            extra += [f"  non-figure: {item}" for item in d["non_figures"]] + [f"  note: {n}" for n in d["notes"]]
            if extra:
                lines.append("")
                lines.append(d["name"])
                lines.extend(extra)
    return "\n".join(lines)


def _ratio(acc: dict[str, Any]) -> str:
    return f"{acc['correct']}/{acc['judged']}" if acc["judged"] else "-"
