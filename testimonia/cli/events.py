"""Event commands: events (list, merge, split, rename, decisions), event, figures, chronology, anniversaries, export."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from testimonia.cli import app
from testimonia.cli.common import DbOption, JsonOption, print_json, settings, store
from testimonia.errors import NotFound, UsageError
from testimonia.reconcile import Record, anchors_of
from testimonia.reconcile.anniversaries import on as anniversaries_on
from testimonia.reconcile.anniversaries import upcoming
from testimonia.reconcile.dates import human
from testimonia.reconcile.serialize import anniversary_json, dated_json, event_json, event_summary_json, figures_json, placement_json

out = Console(highlight=False)
if not out.is_terminal:
    out.width = 160

events_app = typer.Typer(help="Events across documents; merge, split and rename them.", no_args_is_help=False, invoke_without_command=True)
app.add_typer(events_app, name="events")


def _record(db: Path | None) -> tuple[Record, object]:
    from testimonia.record import load_record

    archive = store(db)
    return load_record(archive, settings(db)), archive


def _event(record: Record, ref: str):
    event = record.event(ref)
    if event is None:
        candidates = [e.id for e in record.events if e.id.startswith(ref)]
        if candidates:
            raise UsageError(f"{ref!r} is the start of several event ids: {', '.join(candidates)}", fix="give more of the id")
        raise NotFound(f"no event matches {ref!r}", fix="list them with `testimonia events`")
    return event


@events_app.callback()
def events(ctx: typer.Context, db: DbOption = None, as_json: JsonOption = False) -> None:
    """List the events found across the archive, each with its sources."""
    if ctx.invoked_subcommand is not None:
        return
    record, archive = _record(db)
    archive.close()
    if as_json:
        print_json([event_summary_json(e) for e in record.events])
        return
    print_events_table(record)


def print_events_table(record: Record) -> None:
    table = Table(title=f"{len(record.events)} events", title_justify="left")
    for column in ("id", "event (neutral name)", "names sources use", "sources", "killed: low / best / high", "flags"):
        table.add_column(column, overflow="fold")
    for e in record.events:
        killed = next((s for s in record.summaries.get(e.id, []) if s.measure == "killed" and s.group == "all"), None)
        flags = [c.kind for c in record.checks if c.event_id == e.id and c.status != "pass"]
        table.add_row(
            e.id, escape(e.name), escape("; ".join(sorted(e.aliases))[:80]), str(len(e.sources)),
            f"{_n(killed.low)} / {_n(killed.best)} / {_n(killed.high)}" if killed else "",
            escape(", ".join(sorted(set(flags)))),
        )
    out.print(table)


@events_app.command("merge")
def merge(keep: str, other: str, db: DbOption = None) -> None:
    """Merge event OTHER into event KEEP (a curator decision, kept across re-extraction)."""
    record, archive = _record(db)
    a, b = _event(record, keep), _event(record, other)
    if a.id == b.id:
        raise UsageError("an event cannot be merged into itself", fix="give two different event ids")
    decision = archive.add_decision("merge", a.id, other=b.id, anchors=anchors_of(a), other_anchors=anchors_of(b))
    archive.close()
    out.print(f"decision {decision.id}: merged {b.id} into {a.id}")


@events_app.command("split")
def split(event_id: str, document: Annotated[str, typer.Option("--document", help="the document (id or prefix) whose mentions move to an event of their own")], db: DbOption = None) -> None:
    """Split one document's mentions out of an event (a curator decision)."""
    record, archive = _record(db)
    e = _event(record, event_id)
    doc = archive.get_document(document)
    if doc.id not in {s.document_id for s in e.sources}:
        raise UsageError(f"document {doc.id[:12]} is not a source of {e.id}", fix=f"see its sources with `testimonia event {e.id}`")
    decision = archive.add_decision("split", e.id, other=doc.id, anchors=anchors_of(e))
    archive.close()
    out.print(f"decision {decision.id}: split document {doc.id[:12]} out of {e.id}")


@events_app.command("rename")
def rename(event_id: str, name: str, db: DbOption = None) -> None:
    """Give an event a curator's name (sources' own names stay listed as aliases)."""
    record, archive = _record(db)
    e = _event(record, event_id)
    decision = archive.add_decision("rename", e.id, value=name, anchors=anchors_of(e))
    archive.close()
    out.print(f"decision {decision.id}: {e.id} is now called {escape(name)!r}")


@events_app.command("decisions")
def decisions(db: DbOption = None, as_json: JsonOption = False) -> None:
    """Every curator decision, with whether and where it applies now (an event's id can change as sources arrive)."""
    record, archive = _record(db)
    archive.close()
    if as_json:
        print_json([placement_json(p) for p in record.placements])
        return
    table = Table(title=f"{len(record.placements)} decisions", title_justify="left")
    for column in ("#", "made", "decision", "status", "applies to now", "note"):
        table.add_column(column, overflow="fold")
    colour = {"applied": "green", "re-attached": "yellow", "no effect": "yellow", "not placed": "red"}
    for p in record.placements:
        d = p.decision
        what = {"merge": f"merge {d.other} into {d.event_id}", "split": f"split {(d.other or '')[:12]} out of {d.event_id}",
                "rename": f"rename {d.event_id} to {d.value!r}"}.get(d.action, f"{d.action} {d.event_id}")
        note = p.detail or (f"{d.other} is now {p.other_id}" if d.action == "merge" and p.other_id and p.other_id != d.other else "")
        if d.action == "split" and p.other_id:
            note = f"split out as {p.other_id}"
        table.add_row(str(d.id), (d.made_at or "")[:10], escape(what), f"[{colour.get(p.status, 'white')}]{p.status}[/]", p.event_id or "", escape(note))
    out.print(table)


@app.command()
def event(event_id: str, db: DbOption = None, as_json: JsonOption = False) -> None:
    """One event: names and who uses them, dates, places, figures side by side, checks, chronology."""
    record, archive = _record(db)
    archive.close()
    e = _event(record, event_id)
    data = event_json(e, record)
    if as_json:
        print_json(data)
        return
    if e.id != event_id and not e.id.startswith(event_id):
        how = "found by the sources of a curator decision made under that id" if event_id in record.former else "matched by its place"
        out.print(f"[yellow]no event is called {escape(event_id)} now: this is {e.id}[/], {how}")
    out.print(f"[bold]{escape(e.name)}[/]  ({e.id}, confidence {e.confidence:.1f}, {len(e.sources)} sources)")
    for alias in data["aliases"]:
        out.print(f"  called {escape(alias['name'])!r} by {len(alias['documents'])} source(s)")
    out.print("  places: " + escape(", ".join(f"{p['name']} ({' / '.join(p['names'])})" for p in e.places)))
    _print_figures(data["figures"])
    for c in data["checks"]:
        out.print(f"  [{'red' if c['status'] == 'fail' else 'yellow' if c['status'] == 'warn' else 'green'}]{c['status']}[/] {c['kind']}: {escape(c['detail'])}")


@app.command()
def figures(event_id: Annotated[str, typer.Option("--event", help="event id (or a unique prefix)")], db: DbOption = None, as_json: JsonOption = False) -> None:
    """Every source's figures for an event, side by side, with low / best / high."""
    record, archive = _record(db)
    archive.close()
    e = _event(record, event_id)
    data = figures_json(e, record)
    if as_json:
        print_json(data)
        return
    out.print(f"[bold]{escape(e.name)}[/] ({e.id})")
    _print_figures(data["figures"])


def _print_figures(summaries: list[dict]) -> None:
    for s in summaries:
        flag = " [yellow]sources disagree[/]" if s["disagreement"] else ""
        table = Table(title=f"{s['measure']} — {s['group']}: low {_n(s['low'])} / best {_n(s['best'])} / high {_n(s['high'])}{flag}", title_justify="left", caption=s["rule"], caption_justify="left")
        for column in ("source", "published", "figure", "qualifier", "evidence", "note"):
            table.add_column(column, overflow="fold")
        named = {c["source"]["document_id"]: _source_name(c["source"]) for c in s["claims"]}
        for c in s["claims"]:
            number = _n(c["value"]) if c["value"] is not None else f"{_n(c['low'])}–{_n(c['high'])}" if c["high"] is not None else f"{_n(c['low'])}+"
            notes = [f"repeats {named.get(c['repeats']) or c['repeats'][:12]}"] if c["repeats"] else []
            if c["part_of"]:
                notes.append("part of the same source's total")
            note = "; ".join(notes)
            source = c["source"]["publisher"] or c["source"]["title"] or c["source"]["filename"]
            table.add_row(escape(source), c["source"]["published"] or "", number, c["qualifier"], escape(c["text"]), note)
        out.print(table)


def _source_name(source: dict) -> str:
    """'News.Az, 2022-02-25': who said a figure first, as a reader knows them."""
    who = source["publisher"] or source["title"] or source["filename"]
    return f"{who}, {source['published']}" if source["published"] else who


@app.command()
def chronology(
    event_id: Annotated[str | None, typer.Option("--event", help="only this event's dates")] = None,
    start: Annotated[str | None, typer.Option("--from", help="from this date (YYYY, YYYY-MM or YYYY-MM-DD)")] = None,
    end: Annotated[str | None, typer.Option("--to", help="up to this date")] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Every dated claim in the archive in order, with its precision and source."""
    record, archive = _record(db)
    archive.close()
    wanted = _event(record, event_id).id if event_id else None
    rows = [
        d for d in record.dates
        if (wanted is None or d.event_id == wanted) and (start is None or (d.end or d.start) >= start) and (end is None or d.start[: len(end)] <= end)
    ]
    if as_json:
        print_json([dated_json(d) for d in rows])
        return
    table = Table(title=f"{len(rows)} dated claims", title_justify="left")
    for column in ("when", "precision", "source", "evidence", "event"):
        table.add_column(column, overflow="fold")
    for d in rows:
        table.add_row(human(d.start, d.end), d.precision + (" (inferred)" if d.inferred else ""), escape(d.source.label), escape(d.text), d.event_id or "")
    out.print(table)


@app.command()
def anniversaries(
    on: Annotated[str | None, typer.Option("--on", help="anniversaries falling on this day, YYYY-MM-DD")] = None,
    next_count: Annotated[int | None, typer.Option("--next", help="the next N anniversaries from today")] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Commemorations: which events are remembered on a day, or which come next."""
    if (on is None) == (next_count is None):
        raise UsageError("give exactly one of --on DATE or --next N", fix="for example `testimonia anniversaries --next 5`")
    try:
        day = date.fromisoformat(on) if on else date.today()
    except ValueError:
        raise UsageError(f"--on {on!r} is not a date", fix="write it as YYYY-MM-DD") from None
    record, archive = _record(db)
    archive.close()
    found = anniversaries_on(record.events, day) if on else upcoming(record.events, next_count or 0, after=day)
    if as_json:
        print_json([anniversary_json(a) for a in found])
        return
    if not found:
        out.print(f"no anniversary on {day.isoformat()}" if on else "no event in the archive is dated to the day")
    for a in found:
        out.print(f"{a.on.isoformat()}  {_ordinal(a.years)} anniversary of {escape(a.event.name)}  ({a.event.id}; {human(a.event.start, a.event.end)})")


@app.command("export")
def export_command(
    fmt: Annotated[str, typer.Option("--format", help="csv, json, geojson or ics")] = "csv",
    event_id: Annotated[str | None, typer.Option("--event", help="only this event")] = None,
    output: Annotated[Path | None, typer.Option("-o", "--output", help="file to write (default: standard output)")] = None,
    db: DbOption = None,
) -> None:
    """Export the reconciled record (CSV: one row per event, source, measure and group)."""
    from testimonia.export import FORMATS, export

    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}", fix=f"use one of {', '.join(FORMATS)}")
    record, archive = _record(db)
    archive.close()
    text = export(record, fmt, _event(record, event_id).id if event_id else None)
    if output is None:
        typer.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")
        out.print(f"wrote {fmt} to {escape(str(output))}")


def _n(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
