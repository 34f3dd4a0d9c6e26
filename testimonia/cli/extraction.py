"""Extraction commands: extract (facts of files, without archiving them) and eval (against gold files)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from testimonia.cli import app, err
from testimonia.cli.common import JsonOption, print_json, settings
from testimonia.errors import TestimoniaError, UsageError
from testimonia.ingest.batch import expand
from testimonia.ingest.dates import valid_published

out = Console(highlight=False)
if not out.is_terminal:
    out.width = 160

# The columns shown for each kind of fact in the readable (non-JSON) output.
_COLUMNS: dict[str, tuple[str, ...]] = {
    "figures": ("id", "measure", "group", "number", "qualifier", "part_of", "text"),
    "dates": ("id", "start", "end", "precision", "inferred", "text"),
    "places": ("id", "name", "place", "lat", "lon", "text"),
    "persons": ("id", "name", "title", "text"),
    "organizations": ("id", "name", "text"),
    "quotes": ("id", "speaker", "text"),
    "legal_instruments": ("id", "name", "text"),
    "characterizations": ("id", "label", "event", "text"),
    "events": ("id", "name", "start", "end", "figures"),
    "checks": ("kind", "status", "detail"),
}


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="files or folders to extract from (nothing is archived)", show_default=False)],
    published: Annotated[str | None, typer.Option(help="publication date YYYY-MM-DD, for relative dates")] = None,
    as_json: JsonOption = False,
) -> None:
    """Print the facts each document claims, with their evidence spans.

    With --json: the extraction contract's object for one document; one object per line for several.
    """
    if published is not None and not valid_published(published):
        raise UsageError(f"--published {published!r} is not a date", fix="write it as YYYY-MM-DD")
    from testimonia.ingest.extraction import extract_path

    files = list(expand(paths))
    max_bytes = settings().max_bytes
    failed = 0
    for path in files:
        try:
            result = extract_path(path, published=published, max_bytes=max_bytes)
        except TestimoniaError as exc:
            err.print(f"error: {exc}", markup=False, soft_wrap=True)
            failed += 1
            continue
        if as_json and len(files) == 1:
            print_json(result)
        elif as_json:
            sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
        else:
            _print_facts(result)
    if failed:
        raise typer.Exit(1)


def _print_facts(result: dict) -> None:
    doc = result["document"]
    out.print(f"[bold]{escape(doc['path'])}[/]  sha256 {doc['sha256'][:12]}  published {doc.get('published') or '-'}  {doc['chars']:,} chars")
    for kind, columns in _COLUMNS.items():
        facts = result.get(kind) or []
        if not facts:
            continue
        table = Table(title=f"{kind} ({len(facts)})", title_justify="left")
        for column in columns:
            table.add_column(column, overflow="fold")
        for fact in facts:
            table.add_row(*(escape(_cell(fact, column)) for column in columns))
        out.print(table)


def _cell(fact: dict, column: str) -> str:
    if column == "number":
        if fact.get("value") is not None:
            return f"{fact['value']:,}" if isinstance(fact["value"], int) else str(fact["value"])
        low, high = fact.get("low"), fact.get("high")
        return f"{low if low is not None else '?'}–{high if high is not None else '?'}"
    value = fact.get(column)
    if value is None:
        return ""
    return ", ".join(map(str, value)) if isinstance(value, list) else str(value)


@app.command("eval")
def evaluate(
    gold_dir: Annotated[Path, typer.Argument(help="folder of gold files (NAME.json)", show_default=False)],
    docs_dir: Annotated[Path, typer.Argument(help="folder of the documents they annotate (NAME.txt ...)", show_default=False)],
    as_json: JsonOption = False,
) -> None:
    """Score extraction against gold files: precision, recall and F1 per kind of fact."""
    for folder in (gold_dir, docs_dir):
        if not folder.is_dir():
            raise UsageError(f"{folder}: not a folder", fix="give the gold folder, then the documents folder")
    from testimonia.extract.evaluate import evaluate as run_evaluation
    from testimonia.extract.evaluate import format_report

    report = run_evaluation(gold_dir, docs_dir)
    if as_json:
        print_json(report)
    else:
        out.print(format_report(report), markup=False)
