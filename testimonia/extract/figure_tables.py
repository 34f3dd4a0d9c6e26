"""Figures in the cells of a table written with pipes, as Markdown, wikis and reports converted to text write them:

    | Group     | Killed | Wounded |
    |-----------|--------|---------|
    | Civilians | 120    | 340     |

A number alone in a cell counts what its column's header names ("Killed", "Civilian deaths"), or, under a header
that names nothing ("Number", "Total"), what the first cell of its row names ("| Killed | 69 |"). The first cell
of the row gives the group when it is one ("Civilians"); a place, a year or a date there counts people in general.
A cell under no header of a harm ("Houses destroyed", "Rounds fired") is not a figure.
"""

from __future__ import annotations

import re

from testimonia.extract.doc import Doc
from testimonia.extract.figure_rules import Group, Measure, Rules
from testimonia.extract.lexicon import Tokens

_CELL_BEFORE = re.compile(r"\|[ \t]*(?:[~\u2248]|c\.|ca\.)?[ \t]*$")
_SEPARATOR = re.compile(r"[ \t]*\|?[ \t]*:?-{3,}")
_BRACKETS = re.compile(r"\s*\([^()\n]*\)\s*$")  # "Killed (2017 register)": the source of the column


_CELL_AFTER = re.compile(r"[ \t]*(\+?)[ \t]*\|")


def alone_in_cell(low: str, start: int, end: int) -> bool:
    """Whether the number at `start`..`end` fills a cell of a table row (a pipe before it and after it, a hedge or
    a "+" at most), the row's line opening with a pipe. "| 1,200 killed |" is a sentence in a cell, read as one."""
    line_start = low.rfind("\n", 0, start) + 1
    return bool(_CELL_BEFORE.search(low, max(0, start - 8), start) and _CELL_AFTER.match(low, end)
                and low[line_start:start].lstrip().startswith("|"))


def read_cell(doc: Doc, start: int, end: int, rules: Rules) -> tuple[Measure, Group | None, str, int, int] | None:
    """For a number alone in a table cell (`alone_in_cell`): the harm, the group (None: people in general), the
    qualifier and where the evidence starts and ends; None when its table names no harm for it."""
    low = doc.lower
    line_start = low.rfind("\n", 0, start) + 1
    line_end = low.find("\n", end)
    line = low[line_start : len(low) if line_end < 0 else line_end]
    plus = _CELL_AFTER.match(low, end).group(1)  # type: ignore[union-attr]
    qualifier = "at_least" if plus else "exact"  # "250,000+"
    hedge = _CELL_BEFORE.search(low, max(0, start - 8), start)
    written = hedge.group(0).lstrip("| \t")  # type: ignore[union-attr]
    if written.strip():  # "~ 300", "c. 300"
        qualifier, start = "approx", hedge.end() - len(written)  # type: ignore[union-attr]
    if plus:
        end = low.index("+", end) + 1
    cells = _cells(line)
    column = line[: start - line_start].count("|") - (1 if line.lstrip().startswith("|") else 0)
    if column < 1 or column >= len(cells):
        return None  # a number in the first column names the row (a year, a unit)
    header = _header(low, line_start)
    said = _harm(header[column], rules) if header is not None and column < len(header) else None
    label = _harm(cells[0], rules)
    if said is None and label is None:
        return None
    if said is None:  # "| Killed | 69 |" under "| Item | Number |"
        measure, group = label[0], label[1]  # type: ignore[index]
    else:
        measure, group = said
        if group is None:
            group = _group(cells[0], rules)  # "| Civilians | 120 |" under "Killed"
    return measure, group, qualifier, start, end


def _cells(line: str) -> list[str]:
    inner = line.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") else inner
    return [c.strip() for c in inner.split("|")]


def _header(low: str, line_start: int) -> list[str] | None:
    """The cells of the table's header row: the row right above the separator row ("|---|---|"), or None."""
    at = line_start
    for _ in range(60):  # rows of the table above this one, up to its separator
        if at == 0:
            return None
        previous = low.rfind("\n", 0, at - 1) + 1
        row = low[previous : at - 1]
        if not row.lstrip().startswith("|"):
            return None
        if _SEPARATOR.match(row):
            if previous == 0:
                return None
            head_start = low.rfind("\n", 0, previous - 1) + 1
            head = low[head_start : previous - 1]
            return _cells(head) if head.lstrip().startswith("|") else None
        at = previous
    return None


def _harm(cell: str, rules: Rules) -> tuple[Measure, Group | None] | None:
    """ "Killed", "Deaths", "Civilians killed", "Children (killed)": the harm a header or a row label names, with
    the group it names too, if any; the whole cell must be these words, a bracketed source aside."""
    text = _BRACKETS.sub("", cell)
    t = Tokens(text, 0, len(text)).t
    if not t:
        return None
    group: Group | None = None
    i = 0
    hit = rules.heads.at(t, 0)
    if hit and isinstance(hit[1], Group) and hit[1].group != "all" and hit[0] < len(t):
        group, i = hit[1], hit[0]
    for table in (rules.tolls, rules.heads, rules.after):
        found = table.at(t, i)
        if found and i + found[0] == len(t) and isinstance(found[1], Measure):
            return found[1], group
    return None


def _group(cell: str, rules: Rules) -> Group | None:
    text = _BRACKETS.sub("", cell)
    t = Tokens(text, 0, len(text)).t
    hit = rules.heads.at(t, 0) if t else None
    if hit and hit[0] == len(t) and isinstance(hit[1], Group) and hit[1].head:
        return hit[1]
    return None
