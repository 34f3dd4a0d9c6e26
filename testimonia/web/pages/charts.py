"""Range charts of an event's figures, drawn on the server as SVG (no script): one row per source's
figure on a shared axis from zero, with the low / best / high of all sources marked across.

Only the geometry is computed here; templates/_charts.html draws it, so every text that
reaches the SVG is escaped like any other. The figures table beside each chart is its
accessible alternative.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from testimonia.web.pages.event import FigureBlock, FigureRow

WIDTH = 520  # drawing units; about 1:1 on a desktop, shrunk to fit a phone (no sideways scrolling)
LEFT, RIGHT = 12.0, 506.0
TOP = 44.0  # room for the low / best / high labels, on two lines
ROW = 40.0
AXIS = 30.0
ARROW = 40.0  # how far an open-ended figure ("at least 161") points
MAX_ROWS = 30
LABEL_CHARS = 60


@dataclass(slots=True)
class Tick:
    x: float
    label: str
    anchor: str  # SVG text-anchor, so the end labels stay inside the drawing


@dataclass(slots=True)
class SummaryLine:
    kind: str  # low, best, high (several when they coincide: "low best")
    x: float
    label: str
    label_y: float
    anchor: str


@dataclass(slots=True)
class Mark:
    shape: str  # point (exact), ring (about), range, at_least, at_most, implied (a vague amount's least)
    y: float
    label_y: float
    label: str
    title: str  # the whole sentence, for the tooltip
    url: str  # the source's words, highlighted in its document
    x: float  # the figure, or a range's low end
    x2: float | None  # a range's high end, or where an open-ended figure's arrow points
    repeated_by: int


@dataclass(slots=True)
class RangeChart:
    id: str
    title: str
    desc: str
    height: float
    axis_y: float
    ticks: list[Tick]
    lines: list[SummaryLine]
    marks: list[Mark]
    omitted: int  # independent figures beyond MAX_ROWS, in the table only

    width: int = WIDTH
    left: float = LEFT
    right: float = RIGHT
    top: float = TOP


def range_chart(block: FigureBlock) -> RangeChart | None:
    rows = [r for r in block.rows if r.repeats is None]
    numbers = [v for r in rows for v in (r.value, r.low, r.high) if v is not None]
    numbers += [v for v in (block.low, block.best, block.high) if v is not None]
    if len(rows) < 2 or not numbers:
        return None  # one figure, however often repeated, needs no chart: its row says it all
    shown = rows[:MAX_ROWS]
    top_value = _nice(max(numbers) * 1.08)

    def x(value: float) -> float:
        return LEFT + (RIGHT - LEFT) * max(0.0, value) / top_value

    marks = []
    for i, r in enumerate(shown):
        y = TOP + ROW * i + 27
        marks.append(_mark(r, x, y))
    axis_y = TOP + ROW * len(shown) + 6
    sources = len({r.source.id for r in rows})
    flag = "; the sources disagree" if block.disagreement else ""
    desc = (
        f"{len(rows)} figure{'s' * (len(rows) != 1)} from {sources} source{'s' * (sources != 1)}, on an axis from 0 to {_n(top_value)}: "
        f"low {_n(block.low)}, best {_n(block.best)}, high {_n(block.high)}{flag}. "
        f"{block.repetitions} later figure{'s' * (block.repetitions != 1)} only repeat one of these. The table that follows lists every figure with the source's words."
    )
    return RangeChart(
        f"chart-{block.anchor}", f"{block.title}: each source's figure", desc, axis_y + AXIS, axis_y,
        [Tick(x(v), _n(v), _anchor(x(v))) for v in _ticks(top_value)], _lines(block, x), marks, max(0, len(rows) - len(shown)),
    )


def _mark(r: FigureRow, x, y: float) -> Mark:
    repeated = f"; {r.repeated_by} later source{'s' * (r.repeated_by != 1)} repeat{'s' * (r.repeated_by == 1)} it" if r.repeated_by else ""
    rest = f"{', ' + r.source.published if r.source.published else ''}: {r.number}"
    who = r.source.label
    if len(who) + len(rest) > LABEL_CHARS:  # shorten the name, never the figure
        who = who[: max(8, LABEL_CHARS - len(rest) - 1)] + "…"
    label = who + rest
    if r.repeated_by:
        label += f" (+{r.repeated_by} repeat{'s' * (r.repeated_by != 1)})"
    title = f"{r.source.label} ({r.source.published or 'undated'}): {r.number} — “{r.evidence}”{repeated}"
    value, low, high = r.value, r.low, r.high
    if value is None and low is not None and high is not None:
        return Mark("range", y, y - 13, label, title, r.evidence_url, x(low), x(high), r.repeated_by)
    if value is None:
        start = x(low or 0)
        return Mark("implied", y, y - 13, label, title, r.evidence_url, start, min(RIGHT, start + ARROW), r.repeated_by)
    at = x(value)
    if r.qualifier == "at_least":
        return Mark("at_least", y, y - 13, label, title, r.evidence_url, at, min(RIGHT, at + ARROW), r.repeated_by)
    if r.qualifier == "at_most":
        return Mark("at_most", y, y - 13, label, title, r.evidence_url, at, max(LEFT, at - ARROW), r.repeated_by)
    return Mark("ring" if r.qualifier == "approx" else "point", y, y - 13, label, title, r.evidence_url, at, None, r.repeated_by)


def _lines(block: FigureBlock, x) -> list[SummaryLine]:
    """Low, best and high as lines across the rows; coinciding ones share a line and a label."""
    merged: dict[float, list[str]] = {}
    for kind, value in (("low", block.low), ("best", block.best), ("high", block.high)):
        if value is not None:
            merged.setdefault(value, []).append(kind)
    lines: list[SummaryLine] = []
    last_on_row = [-1e9, -1e9]
    for value, kinds in sorted(merged.items()):
        at = x(value)
        row = 0 if at - last_on_row[0] > 100 else 1
        last_on_row[row] = at
        lines.append(SummaryLine(" ".join(kinds), at, f"{' = '.join(kinds)} {_n(value)}", 15.0 + 15 * row, _anchor(at, 70)))
    return lines


def _anchor(at: float, room: float = 24) -> str:
    if at < LEFT + room:
        return "start"
    return "end" if at > RIGHT - room else "middle"


def _nice(value: float) -> float:
    if value <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        if value <= step * power:
            return step * power
    return 10 * power


def _ticks(top: float) -> list[float]:
    step = _nice(top / 5)
    ticks, v = [], 0.0
    while v <= top + step * 1e-9:
        ticks.append(v)
        v += step
    return ticks


def _n(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,.1f}"
