#!/usr/bin/env python3
"""Build the PDF and DOCX samples in samples/ from plain-text sources.

Each source is scripts/sample_sources/NAME.txt: the first paragraph is the
title, the others are body paragraphs, separated by blank lines. The title,
publisher and published date come from the sample's sidecar,
samples/NAME.meta.json, so that metadata is written down once.

The output is byte-for-byte reproducible: the PDF and DOCX creation dates are
set to the sidecar's published date, and the DOCX zip entries carry a fixed
timestamp. Run it again and `git diff` stays empty.

    python scripts/make_samples.py           # write samples/NAME.pdf / NAME.docx
    python scripts/make_samples.py --check   # write nothing; fail if a file is
                                             # stale or its text does not read back
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import re
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "scripts" / "sample_sources"
SAMPLES = ROOT / "samples"
DEFAULT_FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

# Which format each source becomes. One source, one output.
TARGETS = {
    "khojaly_az_government_2024": "pdf",
    "khojaly_newsaz_2022": "docx",
}

AUTHOR = "Testimonia project"
# Zip entries need a date; 1980-01-01 is the earliest a zip can hold.
ZIP_TIME = (1980, 1, 1, 0, 0, 0)


class SampleError(Exception):
    """A problem with a source or its sidecar, reported as one line."""


def read_source(name: str) -> tuple[str, list[str]]:
    path = SOURCES / f"{name}.txt"
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SampleError(f"{path}: source not found") from None
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip()]
    if len(paragraphs) < 2:
        raise SampleError(f"{path}: needs a title paragraph and at least one body paragraph")
    return paragraphs[0], paragraphs[1:]


def read_meta(name: str) -> dict:
    path = SAMPLES / f"{name}.meta.json"
    try:
        meta = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SampleError(f"{path}: sidecar not found; write it before building") from None
    except json.JSONDecodeError as exc:
        raise SampleError(f"{path}: not valid JSON ({exc})") from None
    for key in ("title", "publisher", "published"):
        if not meta.get(key):
            raise SampleError(f"{path}: missing '{key}'")
    return meta


def published_datetime(meta: dict) -> dt.datetime:
    day = dt.date.fromisoformat(meta["published"])
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.timezone.utc)


def subject(meta: dict) -> str:
    return (f"Sample written for Testimonia, summarising figures published by "
            f"{meta['publisher']} on {meta['published']}")


def build_pdf(title: str, paragraphs: list[str], meta: dict, font_dir: Path) -> bytes:
    from fpdf import FPDF

    regular, bold = font_dir / "DejaVuSans.ttf", font_dir / "DejaVuSans-Bold.ttf"
    for font in (regular, bold):
        if not font.is_file():
            raise SampleError(f"{font}: font not found; install fonts-dejavu-core or pass --font-dir")

    pdf = FPDF(format="A4")
    pdf.set_creation_date(published_datetime(meta))
    pdf.set_title(meta["title"])
    pdf.set_author(AUTHOR)
    pdf.set_subject(subject(meta))
    pdf.set_creator("scripts/make_samples.py")
    pdf.set_lang(meta.get("language") or "en")
    # DejaVu covers the Azerbaijani letters (ə, ı, ğ, ş) and embeds a
    # ToUnicode map, so the text layer reads back as written.
    pdf.add_font("DejaVuSans", "", str(regular))
    pdf.add_font("DejaVuSans", "B", str(bold))
    pdf.set_margins(22, 20, 22)
    pdf.add_page()
    pdf.set_font("DejaVuSans", "B", 15)
    pdf.multi_cell(0, 8, title, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("DejaVuSans", "", 11)
    for paragraph in paragraphs:
        pdf.multi_cell(0, 6, paragraph, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    return bytes(pdf.output())


def build_docx(title: str, paragraphs: list[str], meta: dict) -> bytes:
    from docx import Document

    doc = Document()
    when = published_datetime(meta).replace(tzinfo=None)
    props = doc.core_properties
    props.title = meta["title"]
    props.author = AUTHOR
    props.last_modified_by = AUTHOR
    props.subject = subject(meta)
    props.comments = subject(meta)
    props.language = meta.get("language") or "en"
    props.created = when
    props.modified = when
    props.last_printed = when
    props.revision = 1
    doc.add_heading(title, level=1)
    for paragraph in paragraphs:
        doc.add_paragraph(paragraph)
    buffer = io.BytesIO()
    doc.save(buffer)
    return fixed_zip_times(buffer.getvalue())


def fixed_zip_times(data: bytes) -> bytes:
    """Rewrite a zip with constant entry timestamps (python-docx stamps 'now')."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            dst.writestr(entry, src.read(info.filename))
    return out.getvalue()


def squash(text: str) -> str:
    return " ".join(text.split())


def read_back(kind: str, data: bytes) -> str | None:
    """The text a reader gets out of the built file, or None if no reader is installed."""
    if kind == "pdf":
        try:
            from pypdf import PdfReader
        except ImportError:
            return None
        return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)
    from docx import Document
    return "\n".join(p.text for p in Document(io.BytesIO(data)).paragraphs)


def build(name: str, kind: str, font_dir: Path) -> tuple[bytes, str]:
    title, paragraphs = read_source(name)
    meta = read_meta(name)
    data = build_pdf(title, paragraphs, meta, font_dir) if kind == "pdf" \
        else build_docx(title, paragraphs, meta)
    return data, squash(" ".join([title, *paragraphs]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="write nothing; exit 1 if an output is stale or does not read back")
    parser.add_argument("--font-dir", type=Path, default=DEFAULT_FONT_DIR,
                        help=f"directory holding DejaVuSans.ttf (default {DEFAULT_FONT_DIR})")
    args = parser.parse_args(argv)

    problems = []
    try:
        for name, kind in TARGETS.items():
            data, expected = build(name, kind, args.font_dir)
            target = SAMPLES / f"{name}.{kind}"
            text = read_back(kind, data)
            if text is None:
                print(f"{target.name}: pypdf not installed, text layer not verified")
            elif squash(text) != expected:
                problems.append(f"{target.name}: text read back differs from its source")
            if args.check:
                if not target.is_file() or target.read_bytes() != data:
                    problems.append(f"{target.name}: stale; run scripts/make_samples.py")
            else:
                target.write_bytes(data)
                print(f"wrote {target.relative_to(ROOT)} ({len(data)} bytes)")
    except SampleError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for problem in problems:
        print(f"error: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
