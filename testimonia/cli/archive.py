"""Archive commands: init, ingest, docs, show, text, original, search, verify."""

from __future__ import annotations

import sys
from dataclasses import asdict
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from testimonia.cli import app, err
from testimonia.cli.common import DbOption, JsonOption, print_json, settings, store
from testimonia.errors import UsageError
from testimonia.ingest.batch import FileResult, expand, ingest_file
from testimonia.ingest.dates import valid_published
from testimonia.ingest.extraction import extract_document
from testimonia.ingest.read import FORMATS, format_of, read_path
from testimonia.model import Document, DocumentMeta

out = Console(highlight=False)
if not out.is_terminal:
    out.width = 140  # piped or captured: wide rows beat wrapped ones


@app.command()
def init(db: DbOption = None) -> None:
    """Create an empty archive (or bring an existing one's schema up to date)."""
    path = settings(db).db
    existed = path.exists()
    with_store = store(db, create=True)
    applied = with_store.applied_migrations()
    with_store.close()
    state = "up to date" if existed else "created"
    out.print(f"archive {escape(str(path))} {state} (schema: {', '.join(applied)})")


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="files and folders (folders are read recursively)", show_default=False)],
    db: DbOption = None,
    title: Annotated[str | None, typer.Option(help="title for every file given")] = None,
    publisher: Annotated[str | None, typer.Option(help="publisher for every file given")] = None,
    published: Annotated[str | None, typer.Option(help="publication date, YYYY-MM-DD")] = None,
    url: Annotated[str | None, typer.Option(help="where the document was published")] = None,
    language: Annotated[str | None, typer.Option(help="language code, e.g. en")] = None,
    max_bytes: Annotated[int | None, typer.Option(help="largest file accepted [env TESTIMONIA_MAX_BYTES; default 50000000]", show_default=False)] = None,
    no_extract: Annotated[bool, typer.Option("--no-extract", help="archive the documents without extracting their facts")] = False,
    as_json: JsonOption = False,
) -> None:
    """Archive documents (.txt .md .html .pdf .docx), byte for byte, with their text and metadata.

    Metadata comes from these flags, else a sidecar NAME.meta.json, else the document itself.
    The same bytes twice are one document. Exit 1 if any file failed.
    """
    if published is not None and not valid_published(published):
        raise UsageError(f"--published {published!r} is not a date", fix="write it as YYYY-MM-DD")
    config = settings(db, max_bytes=max_bytes)
    overrides = DocumentMeta(title=title, publisher=publisher, url=url, published=published, language=language)
    files = list(expand(paths))
    extractor = None if no_extract else extract_document
    archive = store(db, create=True)
    results: list[FileResult] = []
    progress = Progress(
        TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(), TextColumn("{task.description}"),
        console=err, transient=True, disable=not err.is_terminal or len(files) < 2,
    )
    try:
        with progress:
            task = progress.add_task("", total=len(files))
            for path in files:
                progress.update(task, description=escape(path.name))
                result = ingest_file(archive, path, overrides=overrides, max_bytes=config.max_bytes, extractor=extractor)
                results.append(result)
                if result.status == "failed":
                    progress.console.print(f"[red]error:[/red] {escape(result.detail)}", soft_wrap=True)
                progress.advance(task)
    except KeyboardInterrupt:
        err.print(f"interrupted after {len(results)} of {len(files)} files; every file listed as added is complete. Run the same command again to finish.")
        _report(results, as_json)
        raise typer.Exit(130) from None
    finally:
        archive.close()
    _report(results, as_json)
    if any(r.status == "failed" for r in results):
        raise typer.Exit(1)


def _report(results: list[FileResult], as_json: bool) -> None:
    counts = {status: sum(r.status == status for r in results) for status in ("added", "exists", "failed")}
    if as_json:
        print_json({"added": counts["added"], "already_archived": counts["exists"], "failed": counts["failed"], "files": [asdict(r) for r in results]})
        return
    table = Table(title=f"{counts['added']} added, {counts['exists']} already archived, {counts['failed']} failed", title_justify="left")
    for column in ("status", "file", "id", "format", "published", "note"):
        table.add_column(column, overflow="fold")
    labels = {"added": "[green]added[/]", "exists": "already archived", "failed": "[red]failed[/]"}
    for r in results:
        note = r.reason if r.status == "failed" else ", ".join(x for x in (r.detail if r.status == "added" else "", f"encoding {r.encoding}" if r.encoding and r.encoding != "utf-8" else "") if x)
        table.add_row(labels[r.status], escape(Path(r.path).name), (r.document_id or "")[:12], r.format or "", r.published or "", escape(note))
    out.print(table)


@app.command()
def docs(db: DbOption = None, as_json: JsonOption = False) -> None:
    """List the archived documents."""
    archive = store(db)
    documents = archive.list_documents()
    archive.close()
    if as_json:
        print_json([_document_json(d) for d in documents])
        return
    table = Table(title=f"{len(documents)} documents", title_justify="left")
    for column in ("id", "published", "format", "publisher", "title", "size"):
        table.add_column(column, overflow="fold")
    for d in documents:
        dup = f" (same text as {d.duplicate_of[:8]})" if d.duplicate_of else ""
        table.add_row(d.id[:12], d.meta.published or "", d.format, escape(d.meta.publisher or ""), escape((d.meta.title or d.filename) + dup), f"{d.size:,}")
    out.print(table)


def _document_json(d: Document, *, text: bool = False) -> dict:
    data = {
        "id": d.id, "sha256": d.id, "filename": d.filename, "format": d.format, "size": d.size, "encoding": d.encoding,
        **asdict(d.meta), "ingested_at": d.ingested_at, "source_path": d.source_path, "duplicate_of": d.duplicate_of,
        "chars": len(d.text),
    }
    if text:
        data["text"] = d.text
    return data


@app.command()
def show(ref: Annotated[str, typer.Argument(help="document id or a unique prefix of it")], db: DbOption = None, as_json: JsonOption = False) -> None:
    """Show one document's metadata and the start of its text."""
    archive = store(db)
    document = archive.get_document(ref)
    archive.close()
    if as_json:
        print_json(_document_json(document, text=True))
        return
    for key, value in _document_json(document).items():
        out.print(f"[bold]{key:>12}[/] {escape(str(value)) if value is not None else '-'}")
    out.print()
    out.print(escape(document.text[:1500] + ("…" if len(document.text) > 1500 else "")))


@app.command()
def text(source: Annotated[str, typer.Argument(help="a file, or the id of an archived document")], db: DbOption = None) -> None:
    """Print a document's text exactly as extraction sees it (every span indexes this text)."""
    path = Path(source)
    if path.is_file():
        _, parsed = read_path(path, settings(db).max_bytes)
        body = parsed.text
    elif path.suffix.lower() in FORMATS or "/" in source:
        format_of(path)
        raise UsageError(f"{source}: no such file", fix="check the path")
    else:
        archive = store(db)
        body = archive.get_document(source).text
        archive.close()
    sys.stdout.write(body)


@app.command()
def original(
    ref: Annotated[str, typer.Argument(help="document id or a unique prefix of it")],
    output: Annotated[Path, typer.Option("-o", "--output", help="file to write the original bytes to")],
    db: DbOption = None,
) -> None:
    """Write a document's original bytes, exactly as archived, to a file."""
    archive = store(db)
    document = archive.get_document(ref)
    data = archive.original(document.id)
    archive.close()
    output.write_bytes(data)
    out.print(f"wrote {len(data):,} bytes of {escape(document.filename)} to {escape(str(output))}")


@app.command()
def search(
    query: Annotated[str, typer.Argument(help='words that must all appear; "quoted phrases" stay together')],
    db: DbOption = None,
    limit: Annotated[int, typer.Option(help="most results to show")] = 20,
    as_json: JsonOption = False,
) -> None:
    """Full-text search of the archive, best matches first."""
    archive = store(db)
    hits = archive.search(query, limit)
    archive.close()
    if as_json:
        print_json([{**asdict(h), "snippet": h.snippet.replace("\x02", "").replace("\x03", "")} for h in hits])
        return
    if not hits:
        out.print(f"no document matches {escape(query)!r}")
        return
    for rank, hit in enumerate(hits, 1):
        snippet = escape(hit.snippet.replace("\n", " ")).replace("\x02", "[bold yellow]").replace("\x03", "[/]")
        out.print(f"[bold]{rank}.[/] {hit.document_id[:12]}  {escape(hit.title or '(untitled)')}")
        out.print(f"    {snippet}")


@app.command()
def verify(db: DbOption = None, as_json: JsonOption = False) -> None:
    """Recompute the SHA-256 of every archived original; exit 1 if any is missing or altered."""
    archive = store(db)
    checked, problems = 0, []
    for _, problem in archive.verify():
        checked += 1
        if problem is not None:
            problems.append(problem)
    archive.close()
    if as_json:
        print_json({"checked": checked, "ok": checked - len(problems), "problems": [asdict(p) for p in problems]})
    else:
        for p in problems:
            out.print(f"[red]{p.problem.upper()}[/] {p.document_id} {escape(p.filename)}: {escape(p.detail)}")
        status = "[green]all intact[/]" if not problems else f"[red]{len(problems)} problem(s)[/]"
        out.print(f"verified {checked} original(s): {checked - len(problems)} intact, {status}")
    if problems:
        raise typer.Exit(1)
