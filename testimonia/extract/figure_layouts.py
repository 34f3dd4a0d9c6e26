"""Figures that a published layout states rather than a sentence: a number whose harm is given by where it stands.

- a table's cell (`figure_tables`): the column's header or the row's label names the harm;
- an infobox or key-facts line, "Label: value": the label names the harm of a value that says nothing more
  ("Deaths: 35 (official toll); 70 (army document); 300–400 (historians)", "• Victims: 45", "Missing: c. 120").
  A value with words of its own ("Killed: 149 people, including 75 children", "Casualties: 12 killed, 40
  wounded") is a phrase, read as prose;
- an explainer's answer: under a question that asks for a count ("How many people were killed?", "What was the
  death toll?"), the number that opens the answer, with no harm of its own, counts what the question asks about
  ("About 100,000, according to most historians.").

- a timeline entry "1994 – 800,000 Tutsi are killed": the year that ends the entry's date opens no range with the
  count after the dash (`entry_date`).

`figures.py` asks `laid_out` first and then `read_cell` for the first two, `answered` for a number that found no
harm in its sentence and `entry_date` before joining two numbers in a range. The words are in
lexicons/<lang>/layouts.yaml.
"""

from __future__ import annotations

import re

from testimonia.extract import figure_tables as tables
from testimonia.extract.doc import Doc
from testimonia.extract.figure_phrases import Head, Qty
from testimonia.extract.figure_rules import Measure, Rules
from testimonia.extract.figure_tables import Cell, harm_label, value_alone, words
from testimonia.extract.lexicon import Tokens
from testimonia.extract.numbers import Number

# A line that opens with a label and a colon (or a spaced dash), after a bullet at most: "Deaths: ...", "• Killed:
# ...", "**Missing:** ...", "Wounded – ...". A label is a few words, with no digit or sentence mark but in a bracket
# after them ("Deaths (1994 census)", "Killed (%)").
_LABEL = re.compile(r"[ \t]*(?:[-*>\u2022\u00b7\u25aa\u25cf\u2013][ \t]*)?(?:\*\*)?"
                    r"([a-z][a-z '\u2019/.-]{0,40}?(?:[ \t]*\([^()\n:]{0,30}\))?)"
                    r"(?:\*\*)?[ \t]*(?::|[ \t][\u2013\u2014-](?=[ \t]))(?:\*\*)?[ \t]*")
_LABEL_END = re.compile(r":|[ \t][\u2013\u2014-][ \t]")
_LABEL_REACH = 64  # characters from the start of a line to the end of its label, at most
_LINE_REACH = 400  # characters between a label and its value at most: a longer line is prose
_OPENING = 40  # characters an answer may say before its number: "Officially, 35", "In all, about 300"
# a timeline entry's date: a day and a month at most at the start of a line (after a bullet), then the year, then a
# dash or a colon
_DAY = re.compile(r"[0-9]{1,2}(?:st|nd|rd|th)?")
_ENTRY_MARKS = ("-", "*", "\u2022", "\u00b7", ",", ".")
_ENTRY_MARK = re.compile(r"[ \t]*(?:[\u2013\u2014:]|-(?=[ \t]))[ \t]")
_AFTER_QUESTION = " \t\r\n*_\"'\u201d"  # between a question mark and its answer: "?**\n\n"


def laid_out(doc: Doc, q: Qty, rules: Rules) -> bool:
    """Whether the number is a value its layout reads: alone in a table's cell, alone after an infobox label of a
    harm, or anywhere on an infobox line of the perpetrators."""
    low = doc.lower
    cell = tables.in_cell(doc, q)
    if cell is not None:
        return value_alone(low, q, cell[2], cell[3], words(doc.language)) is not None
    return _labelled(doc, q, rules) is not None


def read_cell(doc: Doc, q: Qty, rules: Rules) -> Cell | None:
    """For a number `laid_out` takes: the harm, the group (None: people in general), the qualifier, the evidence
    and the rule; None when the layout names no harm for it."""
    said = words(doc.language)
    if tables.in_cell(doc, q) is not None:
        return tables.read_cell(doc, q, rules, said)
    return _labelled(doc, q, rules) or None


def _labelled(doc: Doc, q: Qty, rules: Rules) -> Cell | tuple[()] | None:
    """ "Deaths: 35 (official toll); 70 (army document)": a value alone in its part of an infobox line (parts are
    set off by semicolons) under a label of a harm; the first value's evidence starts at the label. An empty tuple
    for a number on a line of the perpetrators ("Convicted: 34 men"); None for any other number."""
    low = doc.lower
    line_start = low.rfind("\n", max(0, q.start - _LINE_REACH), q.start) + 1
    if line_start == 0 and q.start > _LINE_REACH:
        return None
    head = low[line_start : min(q.start, line_start + _LABEL_REACH)]
    if not (":" in head or "-" in head or "\u2013" in head or "\u2014" in head) or not _LABEL_END.search(head):
        return None  # (most lines: checked before the label's pattern, first for the marks it needs)
    label = _LABEL.match(low, line_start)
    if label is None or label.end() > q.start:
        return None
    said = words(doc.language)
    if tables.whole(said.perpetrator_labels, label.group(1)) or not tables.counts(label.group(1), said):
        return ()  # "Convicted: 34 men", "Deaths (%): 12"
    named = harm_label(label.group(1), rules, said)
    if named is None:
        return None
    line_end = low.find("\n", q.end)
    line_end = len(low) if line_end < 0 else line_end
    part_start = max(label.end(), low.rfind(";", label.end(), q.start) + 1)
    part_end = low.find(";", q.end, line_end)
    alone = value_alone(low, q, part_start, line_end if part_end < 0 else part_end, said)
    if alone is None:
        return None
    qualifier, start, end = alone
    if part_start == label.end():
        start = label.start(1)  # "Deaths: 35"
    measure, group = named
    return measure, group, qualifier, start, end, "en.figures.label_value"


def entry_date(low: str, n: Number, rules: Rules) -> bool:
    """The number is the year of the date that heads a timeline entry ("1994 – 800,000 Tutsi are killed", "12 March
    1938 – Between 150 and 200 villagers ...", "July 1995: some 8,000"): it ends the date, so it opens no range with
    the count that follows the dash. Before the year only a day and a month ("Deaths 1500 – 2000" is a range)."""
    if not _ENTRY_MARK.match(low, n.end) or not (n.end - n.start == 4 and rules.years[0] <= (n.value or 0)
                                                      <= rules.years[1]):
        return False
    line_start = low.rfind("\n", max(0, n.start - 40), n.start) + 1
    if line_start == 0 and n.start > 40:
        return False
    t = Tokens(low, line_start, n.start).t
    return len(t) <= 5 and all(_DAY.fullmatch(w) or w in rules.months_lower or w in _ENTRY_MARKS for w in t)


def answered(doc: Doc, start: int, head: Head, rules: Rules) -> Measure | None:
    """ "How many people were killed?\\nAbout 100,000, according to most historians.": the harm a question asks a
    count of, for the number that opens the answer right after it, when that number names no harm itself."""
    if not head.bare or head.partitive:
        return None  # "Two women who survived told us ...": a count of its own, not the answer
    low = doc.lower
    opening = max(doc.sentence_at(start)[0], low.rfind("\n", max(0, start - _OPENING), start) + 1)  # a heading
    # ends at its line even when no sentence mark ends it ("How many died?**")
    if start - opening > _OPENING or any(c.isdigit() for c in low[opening:start]) or opening == 0:
        return None
    asked_end = opening
    while asked_end > 0 and low[asked_end - 1] in _AFTER_QUESTION:
        asked_end -= 1
    if asked_end == 0 or low[asked_end - 1] != "?" or opening - asked_end > 8:
        return None
    asked_start = max(doc.sentence_at(asked_end - 1)[0], low.rfind("\n", 0, asked_end) + 1)
    t = Tokens(low, asked_start, asked_end).t
    while t and not t[0][0].isalpha():
        t = t[1:]  # "### How many ...", "**How many ...": a heading's marks
    said = words(doc.language)
    counting = said.count_questions.at(t, 0)
    tolling = None if counting else said.toll_questions.at(t, 0)
    if counting is None and tolling is None:
        return None
    tables_ = (rules.tolls,) if tolling else (rules.tolls, rules.after, rules.before)
    for i in range((counting or tolling)[0], len(t)):  # type: ignore[index]
        for table in tables_:
            hit = table.at(t, i)
            if hit and isinstance(hit[1], Measure) and not hit[1].weak and not hit[1].contextual:
                return hit[1]
    return None
