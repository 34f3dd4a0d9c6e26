"""Fixtures shared by the suite: real temporary archives and real files of every format."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from testimonia.store import open_store

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "seeds" / "000_40e91d41cd399455.txt"
SEED_GOLD = SHARED / "gold" / "000_40e91d41cd399455.json"
# The statement and its gold sit beside the repository, not in it; tests that read them skip without them.
needs_seed = pytest.mark.skipif(not (SEED.exists() and SEED_GOLD.exists()), reason="../shared/seeds and ../shared/gold are not beside the repository")
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


@pytest.fixture
def store(tmp_path):
    archive = open_store(tmp_path / "archive.db", create=True)
    yield archive
    archive.close()


def make_pdf(paragraphs: list[str], *, text_layer: bool = True) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    if text_layer:
        if DEJAVU.exists():
            pdf.add_font("DejaVu", fname=str(DEJAVU))
            pdf.set_font("DejaVu", size=11)
        else:
            pdf.set_font("Helvetica", size=11)
        for paragraph in paragraphs:
            pdf.multi_cell(0, 6, paragraph)
            pdf.ln(4)
    else:
        pdf.rect(20, 20, 100, 60, style="F")  # a "scan": marks on the page, no text
    return bytes(pdf.output())


def make_docx(paragraphs: list[str], *, title: str | None = None, table: list[list[str]] | None = None) -> bytes:
    import docx

    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    if title:
        document.core_properties.title = title
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
