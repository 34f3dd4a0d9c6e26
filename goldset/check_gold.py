#!/usr/bin/env python3
"""Validate the hand-written gold files in goldset/gold against their documents.

Usage: python goldset/check_gold.py [GOLD.json ...]
With no arguments every goldset/gold/*.json is checked. Exits 1 when any file
has an error; warnings (ambiguous evidence, odd but legal values) do not fail.

The format is the gold shape of shared/contract/extraction.md: figures, dates,
places, persons, organizations, quotes, legal_instruments, non_figures, notes.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

MEASURES = {
    "killed", "wounded", "missing", "taken_hostage", "detained", "displaced",
    "returned", "orphaned_one_parent", "orphaned_both_parents",
    "families_wiped_out", "identified", "sexual_violence", "tortured", "other",
}
QUALIFIERS = {"exact", "at_least", "at_most", "approx", "range", "vague"}
# The least a vague word implies (contract: dozens 24, hundreds 200, ...).
VAGUE_LOWS = {24, 200, 2000, 20000}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
FIRST_LINE_RE = re.compile(r"^\s*date (\d{4}-\d{2}-\d{2})\b")
NAME_KINDS = ("places", "persons", "organizations", "legal_instruments")
TOP_KEYS = {"document", "figures", "dates", *NAME_KINDS, "quotes", "non_figures", "notes"}
FIGURE_KEYS = {"id", "measure", "group", "value", "low", "high", "qualifier", "part_of", "text"}


class Report:
    def __init__(self, name: str) -> None:
        self.name = name
        self.errors: list[str] = []
        self.warnings: list[str] = []

    def error(self, msg: str) -> None:
        self.errors.append(msg)

    def warn(self, msg: str) -> None:
        self.warnings.append(msg)


def is_int(x) -> bool:
    return isinstance(x, int) and not isinstance(x, bool)


def check_evidence(rep: Report, doc: str, where: str, text) -> None:
    """Evidence must be a non-empty exact substring; several hits make its span ambiguous."""
    if not isinstance(text, str) or not text:
        rep.error(f"{where}: text missing or empty")
        return
    hits = doc.count(text)
    if hits == 0:
        rep.error(f"{where}: text not found in document: {text!r}")
    elif hits > 1:
        rep.warn(f"{where}: text occurs {hits} times in document: {text!r}")


def check_figures(rep: Report, doc: str, figures: list) -> None:
    ids = [f.get("id") for f in figures]
    seen: set = set()
    for fid in ids:
        if fid in seen:
            rep.error(f"figure id {fid!r} is not unique")
        seen.add(fid)
    for f in figures:
        where = f"figure {f.get('id')}"
        missing = FIGURE_KEYS - f.keys()
        if missing:
            rep.error(f"{where}: missing keys {sorted(missing)}")
        measure, qualifier = f.get("measure"), f.get("qualifier")
        if measure not in MEASURES:
            rep.error(f"{where}: measure {measure!r} not in contract vocabulary")
        if measure == "other" and not f.get("label"):
            rep.error(f"{where}: measure 'other' needs a label")
        if not isinstance(f.get("group"), str) or not f.get("group"):
            rep.error(f"{where}: group missing")
        if qualifier not in QUALIFIERS:
            rep.error(f"{where}: qualifier {qualifier!r} not in contract vocabulary")
        value, low, high = f.get("value"), f.get("low"), f.get("high")
        for key, x in (("value", value), ("low", low), ("high", high)):
            if x is not None and (not is_int(x) or x < 0):
                rep.error(f"{where}: {key} must be a non-negative integer or null, got {x!r}")
        if qualifier == "range":
            if value is not None:
                rep.error(f"{where}: range needs value null")
            if not (is_int(low) and is_int(high) and low < high):
                rep.error(f"{where}: range needs low < high, got {low!r}..{high!r}")
        elif qualifier == "vague":
            if value is not None:
                rep.error(f"{where}: vague needs value null")
            if not is_int(low):
                rep.error(f"{where}: vague needs low")
            elif low not in VAGUE_LOWS:
                rep.warn(f"{where}: vague low {low} is not one of {sorted(VAGUE_LOWS)}")
        elif qualifier in QUALIFIERS:
            if not is_int(value):
                rep.error(f"{where}: {qualifier} needs an integer value")
            if low is not None or high is not None:
                rep.error(f"{where}: {qualifier} needs low and high null")
        part_of = f.get("part_of")
        if part_of is not None:
            if part_of == f.get("id"):
                rep.error(f"{where}: part_of refers to itself")
            elif part_of not in seen:
                rep.error(f"{where}: part_of {part_of!r} is not a figure id")
        check_evidence(rep, doc, where, f.get("text"))


def check_dates(rep: Report, doc: str, dates: list, published) -> None:
    for i, d in enumerate(dates):
        where = f"date {i} ({d.get('text')!r})"
        start, end = d.get("start"), d.get("end")
        if not isinstance(start, str) or not DATE_RE.match(start):
            rep.error(f"{where}: start {start!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
        if end is not None:
            if not isinstance(end, str) or not DATE_RE.match(end):
                rep.error(f"{where}: end {end!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
            elif isinstance(start, str) and end[: len(start)] < start[: len(end)]:
                rep.error(f"{where}: end {end} before start {start}")
            elif end == start:
                rep.warn(f"{where}: end equals start; a single point has end null")
        check_evidence(rep, doc, where, d.get("text"))
    if published and not any(d.get("text") == published for d in dates):
        rep.warn("the publication date line is not annotated as a date")


def check_names(rep: Report, doc: str, gold: dict) -> None:
    folded = doc.casefold()
    for kind in NAME_KINDS:
        names = [x.get("name") for x in gold.get(kind, [])]
        for n in names:
            if not isinstance(n, str) or not n.strip():
                rep.error(f"{kind}: empty name")
            elif n.casefold() not in folded:
                rep.warn(f"{kind}: {n!r} is not written in the document (a name the text never gives?)")
        dupes = {n for n in names if names.count(n) > 1}
        for n in sorted(dupes, key=str):
            rep.error(f"{kind}: {n!r} listed more than once")


def check_quotes(rep: Report, doc: str, gold: dict) -> None:
    speakers = {x.get("name") for kind in ("persons", "organizations") for x in gold.get(kind, [])}
    for i, q in enumerate(gold.get("quotes", [])):
        where = f"quote {i}"
        speaker = q.get("speaker")
        if not speaker:
            rep.error(f"{where}: speaker missing")
        elif speaker not in speakers:
            rep.warn(f"{where}: speaker {speaker!r} is not among persons or organizations")
        check_evidence(rep, doc, where, q.get("text"))


def check_file(path: Path) -> Report:
    rep = Report(str(path.relative_to(HERE)) if path.is_relative_to(HERE) else str(path))
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        rep.error(f"cannot read JSON: {exc}")
        return rep
    unknown = gold.keys() - TOP_KEYS
    if unknown:
        rep.warn(f"unexpected top-level keys {sorted(unknown)}")
    meta = gold.get("document") or {}
    doc_path = HERE / str(meta.get("path", ""))
    if not meta.get("path") or not doc_path.is_file():
        rep.error(f"document.path {meta.get('path')!r} does not name a file under goldset/")
        return rep
    if doc_path.stem != path.stem:
        rep.warn(f"document {doc_path.name} and gold {path.name} do not share a stem")
    doc = doc_path.read_text(encoding="utf-8")
    published = meta.get("published")
    first = FIRST_LINE_RE.match(doc)
    if not first:
        rep.error("document does not start with a 'date YYYY-MM-DD' line")
    elif first.group(1) != published:
        rep.error(f"document.published {published!r} differs from the first line {first.group(1)}")
    if not meta.get("language"):
        rep.error("document.language missing")

    check_figures(rep, doc, gold.get("figures", []))
    check_dates(rep, doc, gold.get("dates", []), published)
    check_names(rep, doc, gold)
    check_quotes(rep, doc, gold)
    figure_texts = [f.get("text") or "" for f in gold.get("figures", [])]
    for nf in gold.get("non_figures", []):
        where = f"non_figure {nf!r}"
        if not isinstance(nf, str) or not nf or nf not in doc:
            rep.error(f"{where}: not found in document")
        elif any(nf in t or (t and t in nf) for t in figure_texts):
            rep.warn(f"{where}: overlaps the evidence of a figure")
    if not isinstance(gold.get("notes", []), list):
        rep.error("notes must be a list of strings")
    return rep


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or sorted((HERE / "gold").glob("*.json"))
    if not paths:
        print("no gold files found", file=sys.stderr)
        return 1
    failed = 0
    for path in paths:
        rep = check_file(path.resolve())
        status = "FAIL" if rep.errors else "ok"
        print(f"{status:4} {rep.name}  ({len(rep.errors)} errors, {len(rep.warnings)} warnings)")
        for msg in rep.errors:
            print(f"     error: {msg}")
        for msg in rep.warnings:
            print(f"     warn:  {msg}")
        failed += bool(rep.errors)
    print(f"{len(paths) - failed}/{len(paths)} gold files valid")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
