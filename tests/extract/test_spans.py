"""Every fact points at the characters that state it: `text` is the document's text at `span`, in every
document of the sets we may read (the tuning sets and the samples written as plain text), whatever rule made it."""

from __future__ import annotations

from pathlib import Path

import pytest

from testimonia.extract import extract, to_contract

ROOT = Path(__file__).resolve().parents[2]
FOLDERS = ["goldset/docs", "goldset/heldout/docs", "goldset/heldout_b/docs", "goldset/heldout_c/docs",
           "goldset/heldout_e/docs", "goldset/heldout_f/docs", "goldset/heldout_h/docs", "goldset/heldout_j/docs",
           "goldset/heldout_l/docs",
           "samples"]
DOCUMENTS = sorted(p for folder in FOLDERS for p in (ROOT / folder).glob("*") if p.suffix in (".txt", ".md"))
KINDS = ("figures", "dates", "places", "persons", "organizations", "quotes", "legal_instruments", "characterizations")


def test_there_are_documents_to_check():
    assert len(DOCUMENTS) >= 60


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_every_text_is_the_document_text_at_its_span(path):
    text = path.read_text(encoding="utf-8")
    out = to_contract(extract(text, "2026-02-26"), {"path": str(path)})
    for kind in KINDS:
        for fact in out[kind]:
            start, end = fact["span"]
            assert 0 <= start < end <= len(text), (kind, fact)
            assert fact["text"] == text[start:end], (kind, fact)
