"""Figures in the cells of a table, as Markdown, wikis, spreadsheets and reports converted to text write them:

    | Group     | Killed | Wounded |        place | killed | wounded         Place<TAB>Killed<TAB>Wounded
    |-----------|--------|---------|        Lakeside | about 600 | –      Lakeside<TAB>60<TAB>12
    | Civilians | 120    | 340     |

Rows are cells parted by pipes (with or without pipes at the ends of the line), by tabs, or by two spaces or more
in columns lined up with spaces (tables taken from PDFs). The header is the row above a separator row
("|---|---|"), or else the first row of the block of rows when it has as many cells and no digits; in columns lined
up with spaces, a cell's header is the one above it on the line. A number alone in a cell ("624", "about 600",
"~ 45", "250,000+", "1,200–1,500", "dozens", a footnote mark or a bracketed note after it) counts what its column's
header names ("Killed", "Civilian deaths"), or, under a header that names nothing ("Number", "Total"), what the
first cell of its row names ("| Killed | 69 |"). The first cell of the row gives the group when it is one
("Civilians", "South African soldiers"; under a header such as "Group" any people as written, "Bosniaks"); a place,
a year or a date there counts people in general. A cell under a header of no harm or of no count ("Houses
destroyed", "Year", "Page", "Killed (%)") is not a figure. The cells above a row of totals ("| Total | 9,100 |"),
in its column, are its parts when they add up to no more than it (`link_totals`).

The words (hedges, header fillers, units that make a column no count) are in lexicons/<lang>/layouts.yaml; the
harms and groups come from the figure lexicons. `value_alone` and `harm_label` also serve infobox lines
(`figure_layouts`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from testimonia.extract import lexicon
from testimonia.extract.doc import Doc
from testimonia.extract.figure_phrases import Qty, read_head
from testimonia.extract.figure_rules import Group, Measure, Rules
from testimonia.extract.lexicon import Phrases, Tokens
from testimonia.model.facts import Figure

# harm, group (None: people in general), qualifier, where the evidence starts and ends, the rule
Cell = tuple[Measure, "Group | None", str, int, int, str]

_SEPARATOR = re.compile(r"[ \t]*\|?[ \t]*:?-{3,}")
_BRACKET = re.compile(r"\s*\(([^()\n]*)\)")
_EMPHASIS = " \t*_"
# after a number alone: a "+", emphasis, a footnote mark ("[3]", "*", "†"), a bracketed note, a full stop
_AFTER_VALUE = re.compile(r"[ \t]*(\+)?[*_]*[ \t]*(?:\[[^\]\n]{0,6}\]|\*{1,3}|\u2020)?[ \t]*(\([^()\n]*\))?"
                          r"[ \t]*\.?[ \t]*")
_ALIGNED = "  "  # columns lined up with spaces are parted by two at least
_ALIGNED_GAP = re.compile(r" {2,}")
_ROW_REACH = 600  # characters of a row before a number in it, at most
_MAX_ROWS = 60  # rows read upwards for a table's header


@dataclass(frozen=True, slots=True)
class LayoutWords:
    hedges: Phrases  # before a number alone: "about", "~", "est."
    noted_hedges: dict[str, str]  # a bracket after a number alone: "(est.)", "(approx.)"
    breakdowns: tuple[str, ...]  # a bracket that opens a breakdown, read as prose: "(including 106 women)"
    fillers: Phrases  # before a harm in a header or a label: "Total deaths"
    non_count: Phrases  # in a bracket after a header: "Killed (%)"
    non_count_columns: Phrases  # a header of no count: "Year", "Source"
    group_columns: Phrases  # a first column of groups: "Group", "Victims"
    total_rows: Phrases  # the label of a table's row of totals: "Total", "All", "Overall"
    breakdown_by: frozenset[str]  # "Deaths by village": a label's words after these say how values are set out
    perpetrator_labels: Phrases  # an infobox line of the perpetrators: "Perpetrators", "Convicted"
    count_questions: Phrases
    toll_questions: Phrases
    other_questions: Phrases  # "who", "when": a question that asks no count
    question_labels: Phrases  # a transcript's labels: "Q:", "Question:"
    answer_labels: Phrases  # "A:", "Answer:"


@cache
def words(language: str) -> LayoutWords:
    lex = lexicon.load(language, "layouts")
    quals = lexicon.load(language, "qualifiers")["qualifiers"].values()
    hedges: dict[str, object] = {p: e["qualifier"] for e in quals for p in e.get("before", ())}
    hedges.update(lex.get("hedges") or {})
    noted = {p: e["qualifier"] for e in quals for p in e.get("after", ()) if p.startswith("(")}
    return LayoutWords(
        hedges=Phrases(hedges),
        noted_hedges=noted,
        breakdowns=tuple(f"({w} " for w in lex.get("breakdown_notes", ())),
        fillers=Phrases(lex.get("label_fillers", ())),
        non_count=Phrases(lex.get("non_count_units", ())),
        non_count_columns=Phrases(lex.get("non_count_columns", ())),
        group_columns=Phrases(lex.get("group_columns", ())),
        total_rows=Phrases(lex.get("total_rows", ())),
        breakdown_by=frozenset(lex.get("breakdown_by", ())),
        perpetrator_labels=Phrases(lex.get("perpetrator_labels", ())),
        count_questions=Phrases(lex.get("count_questions", ())),
        toll_questions=Phrases(lex.get("toll_questions", ())),
        other_questions=Phrases(lex.get("other_questions", ())),
        question_labels=Phrases(lex.get("question_labels", ())),
        answer_labels=Phrases(lex.get("answer_labels", ())),
    )


def value_alone(low: str, q: Qty, start: int, end: int, said: LayoutWords) -> tuple[str, int, int] | None:
    """Whether the number `q` is all that `low[start:end]` (a cell, a value after a label) says, but for a hedge
    before it ("about", "~"), a "+" or a footnote mark after it and a bracketed note ("624 (SWAPO)"): its
    qualifier ("4,500 (est.)": approx) and where its evidence starts and ends; None when the slot says more ("1,200 killed in the camps")."""
    qualifier, first = "exact", q.start
    if low[start : q.start].strip(_EMPHASIS):
        t = Tokens(low, start, q.start)
        while t.t and t.t[0] in _EMPHASIS:
            t = Tokens(low, t.start(0) + 1, q.start)  # "**about 600**"
        hedge = said.hedges.at(t.t, 0)
        if hedge is None or hedge[0] != len(t.t):
            return None
        qualifier, first = str(hedge[1]), t.start(0)
    after = _AFTER_VALUE.match(low, q.end, end)
    if after is None or after.end() != end:
        return None
    if after.group(2) and after.group(2).startswith(said.breakdowns):
        return None  # "613 (including 106 women)": a total and its parts, which the sentence rules link
    last = q.end
    if after.group(1):
        qualifier, last = "at_least", after.end(1)  # "250,000+"
    elif after.group(2) and qualifier == "exact" and after.group(2) in said.noted_hedges:
        qualifier, last = said.noted_hedges[after.group(2)], after.end(2)  # "4,500 (est.)"
    return qualifier, first, last


def harm_label(text: str, rules: Rules, said: LayoutWords) -> tuple[Measure, Group | None] | None:
    """ "Killed", "Deaths", "Total deaths", "Civilians killed", "Children (killed)", "Killed (2017 register)": the
    harm a header or a label names, with the group it names too, if any; the whole text must be these words, a
    bracketed source aside. None also for a share or a scaled amount ("Killed (%)", "Displaced (thousands)")."""
    if not counts(text, said):
        return None
    text = _BRACKET.sub("", text).strip()
    t = Tokens(text, 0, len(text)).t
    for k in range(1, len(t) - 1):
        if t[k] in said.breakdown_by:
            t = t[:k]  # "Deaths by village", "Killed per district": the harm, then what the values are set out by
            break
    i = 0
    while i < len(t) and (filler := said.fillers.at(t, i)):
        i += filler[0]  # "total deaths", "number of dead"
    group: Group | None = None
    hit = rules.heads.at(t, i)
    if hit and isinstance(hit[1], Group) and hit[1].group != "all" and i + hit[0] < len(t):
        group, i = hit[1], i + hit[0]
    for table in (rules.tolls, rules.heads, rules.after):
        found = table.at(t, i)
        if found and i + found[0] == len(t) and isinstance(found[1], Measure):
            return found[1], group
    return None


def counts(text: str, said: LayoutWords) -> bool:
    """Whether no bracket in a header or a label makes it a share, a rate or a scaled amount ("Killed (%)")."""
    for m in _BRACKET.finditer(text):
        t = Tokens(m.group(1), 0, len(m.group(1))).t
        if any(said.non_count.at(t, i) for i in range(len(t))):
            return False
    return True


def in_cell(doc: Doc, q: Qty) -> tuple[str, int, int, int] | None:
    """The row a number stands in, when it fills a cell of its own past the first: (the separator, where the line
    starts, where the cell starts, where it ends). A cell holding a sentence ("| 1,200 killed |") is read as one.
    Separators are looked for in the text as written: normalising turns a tab into a space."""
    raw = doc.text
    line_start = raw.rfind("\n", max(0, q.start - _ROW_REACH), q.start) + 1
    if line_start == 0 and q.start > _ROW_REACH:
        return None  # a line this long before its number is prose
    line_end = _line_end(raw, q.end)
    if raw.find("|", line_start, q.start) >= 0:
        sep = "|"
    elif raw.find("\t", _inside(raw, line_start, q.start, "")[0], q.start) >= 0:  # (not a tab that indents)
        sep = "\t"
    else:
        return _aligned_cell(raw, q, line_start, line_end)
    cell_start = raw.rfind(sep, line_start, q.start) + 1
    cell_end = raw.find(sep, q.end, line_end)
    return sep, line_start, cell_start, line_end if cell_end < 0 else cell_end


def _aligned_cell(raw: str, q: Qty, line_start: int, line_end: int) -> tuple[str, int, int, int] | None:
    """A row of a table whose columns are lined up with spaces (text taken from a PDF): cells parted by two spaces
    or more, the row above one too."""
    gap = raw.rfind(_ALIGNED, line_start, q.start)
    if gap < 0 or not raw[line_start:gap].strip() or line_start == 0 \
            or len(_spans(raw, raw.rfind("\n", 0, line_start - 1) + 1, line_start - 1)) < 2:
        return None
    after = _ALIGNED_GAP.search(raw, q.end, line_end)
    return _ALIGNED, line_start, gap + len(_ALIGNED), line_end if after is None else after.start()


def _spans(raw: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where the cells of a row lined up with spaces start and end."""
    spans, at = [], start
    while at < end and raw[at] == " ":
        at += 1
    for m in _ALIGNED_GAP.finditer(raw, at, end):
        spans.append((at, m.start()))
        at = m.end()
    end = len(raw[at:end].rstrip()) + at
    if at < end:
        spans.append((at, end))
    return spans


def _aligned_column(doc: Doc, line_start: int, cell_start: int, cell_end: int) -> tuple[str, str, str] | None:
    """For a cell of a row lined up with spaces: the header over it (the first row of the block, with no digit),
    found by where it stands on its line, the row's first cell and the header's first cell."""
    raw, low = doc.text, doc.lower
    row = _spans(raw, line_start, _line_end(raw, line_start))
    at, top = line_start, -1
    for _ in range(_MAX_ROWS):
        if at == 0 or len(_spans(raw, raw.rfind("\n", 0, at - 1) + 1, at - 1)) < 2:
            break
        top = at = raw.rfind("\n", 0, at - 1) + 1
    if top < 0 or not row or row[0][0] >= cell_start:
        return None
    head = [low[s:e] for s, e in _spans(raw, top, _line_end(raw, top))]
    if any(ch.isdigit() for c in head for ch in _BRACKET.sub("", c)):
        return None
    best, most = -1, 0
    for k, (s, e) in enumerate(_spans(raw, top, _line_end(raw, top))):
        overlap = min(cell_end - line_start, e - top) - max(cell_start - line_start, s - top)
        if overlap > most:
            best, most = k, overlap
    if best < 1:
        return None
    return head[best], low[row[0][0] : row[0][1]], head[0]


def read_cell(doc: Doc, q: Qty, rules: Rules, said: LayoutWords) -> Cell | None:
    """For a number in a table cell (`in_cell`): the harm, the group, the qualifier, where the evidence starts
    and ends and the rule; None when its table names no harm for it."""
    low, raw = doc.lower, doc.text
    sep, line_start, cell_start, cell_end = in_cell(doc, q)  # type: ignore[misc]
    alone = value_alone(low, q, cell_start, cell_end, said)
    if alone is None:
        return None
    qualifier, start, end = alone
    if sep == _ALIGNED:
        found = _aligned_column(doc, line_start, cell_start, cell_end)
        if found is None:
            return None
        named, label, first = found
    else:
        cells = _cells(doc, line_start, _line_end(raw, q.end), sep)
        column = raw.count(sep, _inside(raw, line_start, cell_start, "")[0], cell_start)
        column -= 1 if sep == "|" and raw[line_start:cell_start].lstrip().startswith("|") else 0
        if column < 1 or column >= len(cells):
            return None  # a number in the first column names the row (a year, a unit)
        header = _header(doc, line_start, sep, len(cells))
        named = header[column] if header is not None and column < len(header) else ""
        label, first = cells[0], header[0] if header else ""
    if not counts(named, said) or _no_count(named, said):
        return None  # "Killed (%)", "Year", "Source"
    column_harm = harm_label(named, rules, said) if named else None
    row_harm = harm_label(label, rules, said)
    if column_harm is None and row_harm is None or q.year_like and column_harm is None:
        return None
    if column_harm is None:  # "| Killed | 69 |" under "| Item | Number |" or "| | Civilians |"
        measure, group = row_harm  # type: ignore[misc]
        group = group or _group(named, rules)
    else:
        measure, group = column_harm
        if group is None:  # "| Civilians | 120 |" under "Killed"
            group = _row_group(doc, line_start, sep, bool(first and whole(said.group_columns, first)), rules)
    return measure, group, qualifier, start, end, "en.figures.table_cell"


def link_totals(doc: Doc, figures: list[Figure]) -> None:
    """ "| Bosniaks | 8,000 |", "| Croats | 1,100 |", "| Total | 9,100 |": the cells above the cell of a row of totals,
    in its column of the same table, are parts of it when they count its harm and add up to no more than it.
    Figures are changed in place."""
    said = words(doc.language)
    cells = [(f, _column(doc, f)) for f in figures if f.rule == "en.figures.table_cell"]
    for n, (total, place) in enumerate(cells):
        if place is None or not whole(said.total_rows, place[2]) or total.part_of is not None:
            continue
        parts = [f for f, other in cells[:n] if other is not None and other[:2] == place[:2]
                 and not whole(said.total_rows, other[2]) and f.measure == total.measure and f.label == total.label
                 and f.part_of is None]
        if parts and sum(_most(f) for f in parts) <= _most(total):
            for f in parts:
                f.part_of = total


def _most(f: Figure) -> float:
    return f.value if f.value is not None else (f.high if f.high is not None else f.low) or 0


def _column(doc: Doc, f: Figure) -> tuple[int, int, str] | None:
    """For the figure of a table's cell (with pipes or tabs): where its table starts, its column, and the first cell
    of its row (the row's label)."""
    raw = doc.text
    at = f.number_span.start if f.number_span is not None else f.span.start
    line_start = raw.rfind("\n", 0, at) + 1
    sep = "|" if raw.find("|", line_start, at) >= 0 else "\t" if raw.find("\t", line_start, at) >= 0 else ""
    if not sep:
        return None
    top = line_start
    while top > 0 and sep in raw[raw.rfind("\n", 0, top - 1) + 1 : top - 1]:
        top = raw.rfind("\n", 0, top - 1) + 1  # rows above, up to the line with no separator
    inside = _inside(raw, line_start, _line_end(raw, at), sep)[0]
    column = raw.count(sep, inside, at)
    return top, column, _cells(doc, line_start, _line_end(raw, at), sep)[0]


def _line_end(raw: str, at: int) -> int:
    end = raw.find("\n", at)
    return len(raw) if end < 0 else end


def _no_count(header: str, said: LayoutWords) -> bool:
    text = _BRACKET.sub("", header).strip()
    return bool(text) and whole(said.non_count_columns, text)


def whole(table: Phrases, text: str) -> bool:
    t = Tokens(text, 0, len(text)).t
    hit = table.at(t, 0)
    return bool(hit and hit[0] == len(t))


def _cells(doc: Doc, start: int, end: int, sep: str) -> list[str]:
    """The cells of the row `doc.text[start:end]`, lower-cased."""
    raw, low = doc.text, doc.lower
    start, end = _inside(raw, start, end, sep)
    cells, at = [], start
    while True:
        cut = raw.find(sep, at, end)
        cells.append(low[at : end if cut < 0 else cut].strip())
        if cut < 0:
            return cells
        at = cut + 1


def _inside(raw: str, start: int, end: int, sep: str) -> tuple[int, int]:
    """The row `raw[start:end]` without the spaces (tabs too) around it and the pipes that open and close it."""
    while start < end and raw[start] in " \t\r":
        start += 1
    while end > start and raw[end - 1] in " \t\r":
        end -= 1
    if sep == "|" and start < end and raw[start] == "|":
        start += 1
    if sep == "|" and end > start and raw[end - 1] == "|":
        end -= 1
    return start, end


def _header(doc: Doc, line_start: int, sep: str, width: int) -> list[str] | None:
    """The cells of the table's header row: the row right above the separator row ("|---|---|"); with none, the
    first row of the block when it has as many cells as this one and no digit outside brackets."""
    raw = doc.text
    at, top = line_start, -1
    for _ in range(_MAX_ROWS):
        if at == 0:
            break
        previous = raw.rfind("\n", 0, at - 1) + 1
        if sep not in raw[previous : at - 1]:
            break
        if sep == "|" and _SEPARATOR.match(raw, previous, at - 1):
            if previous == 0:
                return None
            head_start = raw.rfind("\n", 0, previous - 1) + 1
            return _cells(doc, head_start, previous - 1, sep) if sep in raw[head_start : previous - 1] else None
        top, at = previous, previous
    if top < 0:
        return None
    cells = _cells(doc, top, _line_end(raw, top), sep)
    if len(cells) != width or any(ch.isdigit() for c in cells for ch in _BRACKET.sub("", c)):
        return None
    return cells


def _group(cell: str, rules: Rules) -> Group | None:
    """The group a header names, when that is all it names: "Civilians", "Women and children"."""
    text = _BRACKET.sub("", cell).strip()
    t = Tokens(text, 0, len(text)).t
    hit = rules.heads.at(t, 0) if t else None
    if hit and hit[0] == len(t) and isinstance(hit[1], Group) and hit[1].head and hit[1].group != "all":
        return hit[1]
    return None


def _row_group(doc: Doc, line_start: int, sep: str, as_written: bool, rules: Rules) -> Group | None:
    """The group the first cell of a row names: one the group lexicon knows, ending the cell ("Civilians", "South
    African soldiers", "Cuban soldiers (a column)"); under a header of groups, any people as written ("Bosniaks")."""
    low, raw = doc.lower, doc.text
    line_end = _line_end(raw, line_start)
    first = _inside(raw, line_start, line_end, sep)[0]
    stop = raw.find(sep, first, line_end)
    stop = line_end if stop < 0 else stop
    bracket = low.find("(", first, stop)
    first, stop = _inside(raw, first, stop if bracket < 0 else bracket, "")
    if stop <= first:
        return None
    t = Tokens(low, first, stop).t
    for i in range(len(t)):
        hit = rules.heads.at(t, i)
        if hit and i + hit[0] == len(t) and isinstance(hit[1], Group) and hit[1].head and hit[1].group != "all":
            return hit[1]
    if not as_written:
        return None
    head = read_head(doc, Qty(first, first, None), Tokens(low, first, stop), 0, rules)
    if head is None or head.bare or head.generic or head.end != stop or head.group == "all":
        return None
    return Group("en.layouts.row_group", head.group, head.unit)
