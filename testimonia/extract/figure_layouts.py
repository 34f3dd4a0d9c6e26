"""Figures that a published layout states rather than a sentence: a number whose harm is given by where it stands.

- a table's cell (`figure_tables`): the column's header or the row's label names the harm;
- an infobox or key-facts line, "Label: value": the label names the harm of a value that says nothing more
  ("Deaths: 35 (official toll); 70 (army document); 300–400 (historians)", "• Victims: 45", "Missing: c. 120").
  A list of names and counts after the label counts the harm at each ("Killed: Aghdam 12, Fizuli 30"). A value
  with words of its own ("Killed: 149 people, including 75 children", "Casualties: 12 killed, 40 wounded") is a
  phrase, read as prose;
- an answer: under a question that asks for a count ("How many people were killed?", "What was the death toll?")
  or whether a harm was done ("Q: Did people die in your street?"), the number that opens the answer, with no harm
  of its own, counts what the question asks about ("About 100,000, according to most historians.", "A: Maybe
  thirty, maybe forty.").

- a timeline entry "1994 – 800,000 Tutsi are killed": the year that ends the entry's date opens no range with the
  count after the dash (`entry_date`).

Lines that open with a label are read by one reader, `label_of` (and `label_before`, for the line a position is
on); `figure_context` asks it too, for the lines of a list ("- Wounded: ...", "of whom children: 553") and for
where the words after a number stop. `figures.py` asks `laid_out` first and then `read_cell` for the first two,
`answered` for a number that found no harm in its sentence and `entry_date` before joining two numbers in a range.
The words are in lexicons/<lang>/layouts.yaml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from testimonia.extract import figure_tables as tables
from testimonia.extract.doc import Doc
from testimonia.extract.figure_phrases import Head, Qty
from testimonia.extract.figure_rules import Group, Measure, Rules
from testimonia.extract.figure_tables import Cell, harm_label, value_alone, words
from testimonia.extract.lexicon import Tokens
from testimonia.extract.numbers import Number

_NUMBER = r"[0-9][0-9,.]*"
# A line that opens with a label, after a bullet at most. A label is a few words, with no digit or sentence mark
# but in a bracket after them ("Deaths (1994 census)", "Killed (Single Register, 2017)"), and ends in one of three
# ways: a colon or a spaced dash ("Deaths: ...", "• Killed: ...", "**Missing:** ...", "Wounded – ..."); a row of an
# infobox copied with no mark, a number alone after the words ("Deaths 112"; the words must be capitalised, which
# `label_of` checks); or a transcript's "Q." and "A.", a letter and a full stop.
_LABEL = re.compile(
    r"[ \t]*([-*>\u2022\u00b7\u25aa\u25cf\u2013][ \t]*)?(?:\*\*)?"
    r"(?:([a-z])\.(?=[ \t])"
    r"|([a-z][a-z '\u2019/.-]{0,40}?)([ \t]*\([^()\n:]{0,40}\))?"
    r"(?:(?:\*\*)?[ \t]*(:|[ \t][\u2013\u2014-](?=[ \t]))"
    rf"|(?=[ \t]+{_NUMBER}(?:[ \t]*[-\u2013][ \t]*{_NUMBER})?[ \t]*(?:\n|$))))"
    r"(?:\*\*)?[ \t]*")
_LABEL_REACH = 64  # characters from the start of a line to the end of its label, at most
_LINE_REACH = 400  # characters between a label and its value at most: a longer line is prose


@dataclass(frozen=True, slots=True)
class Label:
    """The label that opens a line of a list, an infobox, a key-facts box or a transcript, and where its value
    starts: "Deaths: 35", "- Wounded (official): about 60", "of whom children: 553", "Deaths 112", "A: Maybe
    thirty"."""

    line: int  # where the line starts
    start: int  # the label, with its bracketed note ("deaths", "killed (single register, 2017)", "a")
    end: int
    name_end: int  # where its words end, before the note ("killed")
    value: int  # where what it labels starts: after the colon (or the dash, or the letter's full stop) and spaces
    bulleted: bool = False  # an item of a list: "- ", "• "
    row: bool = False  # "Deaths 112": no mark, a number alone after the words

    def words(self, doc: Doc) -> str:
        return doc.lower[self.start : self.end]


def label_of(doc: Doc, line: int) -> Label | None:
    """The label that opens the line starting at `line`, or None (read once per line: the numbers of a line
    ask for it in turn)."""
    try:
        return doc.line_labels[line]
    except KeyError:
        label = doc.line_labels[line] = _read_label(doc, line)
        return label


def _read_label(doc: Doc, line: int) -> Label | None:
    m = _LABEL.match(doc.lower, line)
    if m is None:
        return None
    if m.group(2):
        return Label(line, m.start(2), m.end(2), m.end(2), m.end(), bool(m.group(1)))
    end = m.end(4) if m.group(4) else m.end(3)
    if end - line > _LABEL_REACH:
        return None
    row = m.group(5) is None
    if row and not doc.norm[m.start(3)].isupper():
        return None  # "the attack killed 112": a sentence broken at its number
    return Label(line, m.start(3), end, m.end(3), m.end(), bool(m.group(1)), row)


def label_before(doc: Doc, at: int) -> Label | None:
    """The label of the line that `at` is on, when the label ends at or before `at`: "Deaths: 35" for the 35 (but
    for the 2017 in "Killed (2017): 978", none)."""
    low = doc.lower
    line = low.rfind("\n", max(0, at - _LINE_REACH), at) + 1
    if line == 0 and at > _LINE_REACH:
        return None
    label = label_of(doc, line)
    return label if label is not None and label.value <= at else None


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
    label = label_before(doc, q.start)
    if label is None or label.row:
        return None
    low, said, text = doc.lower, words(doc.language), label.words(doc)
    if tables.whole(said.perpetrator_labels, text) or not tables.counts(text, said):
        return ()  # "Convicted: 34 men", "Deaths (%): 12"
    named = harm_label(text, rules, said)
    if named is None:
        return None
    line_end = low.find("\n", q.end)
    line_end = len(low) if line_end < 0 else line_end
    part_start = max(label.value, low.rfind(";", label.value, q.start) + 1)
    part_end = low.find(";", q.end, line_end)
    alone = value_alone(low, q, part_start, line_end if part_end < 0 else part_end, said)
    if alone is None:
        return _per_place(doc, q, label, named, line_end, rules)
    qualifier, start, end = alone
    if part_start == label.value:
        start = label.start  # "Deaths: 35"
    measure, group = named
    return measure, group, qualifier, start, end, "en.figures.label_value"


# "Aghdam 12", "; Upper Karintak about 40", ", Armenian soldiers 3": an item of a list after a label, a name (its
# first word capitalised) and a count
_PLACE_ITEM = re.compile(r"[,;:\u2013\u2014-][ \t]*([A-Z][\w'\u2019.-]*(?:[ \t]+[\w'\u2019.~-]+){0,4}[ \t]+)$")
_ITEM_END = re.compile(r"[,;.]|$")


def _per_place(doc: Doc, q: Qty, label: Label, named: tuple[Measure, Group | None], line_end: int,
               rules: Rules) -> Cell | None:
    """ "Killed: Aghdam 12, Fizuli 30; Shusha 7": a count after a name in a list of such items on the line of a
    harm's label counts that harm there; a name that is a listed group says who ("Killed: Civilians 40, Soldiers
    12"), a month or an identifier makes it no count ("Deaths: May 12", "Deaths: Table 4")."""
    m = _PLACE_ITEM.search(doc.norm, label.end, q.start)
    if m is None:
        return None
    found = _ITEM_END.search(doc.lower, q.end, line_end)
    item_end = found.start() if found else line_end
    name = Tokens(doc.lower, m.start(1), q.start)
    for k in range(1, len(name.t) + 1):  # the name ends where a hedge of the number, or the number, starts
        alone = value_alone(doc.lower, q, name.end(k - 1), item_end, words(doc.language))
        if alone is not None:
            break
    else:
        return None
    t = name.t[:k]
    if any(w in rules.months_lower or rules.identifiers.at([w], 0) or rules.blockers_before.at([w], 0) for w in t):
        return None  # "May 12", "Table 4", "Room 12"
    measure, group = named
    hit = rules.heads.at(t, len(t) - 1)  # "Soldiers", "Armenian soldiers"
    if group is None and hit and isinstance(hit[1], Group) and hit[1].head and hit[1].group != "all":
        group = hit[1]
    qualifier, _, end = alone
    return measure, group, qualifier, m.start(1), end, "en.figures.label_per_place"


# a timeline entry's date: a day and a month at most at the start of a line (after a bullet), then the year, then a
# dash or a colon
_DAY = re.compile(r"[0-9]{1,2}(?:st|nd|rd|th)?")
_ENTRY_MARKS = ("-", "*", "\u2022", "\u00b7", ",", ".")
_ENTRY_MARK = re.compile(r"[ \t]*(?:[\u2013\u2014:]|-(?=[ \t]))[ \t]")


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


_OPENING = 60  # characters an answer may say before its number: "Officially, 35", "On our street alone, maybe"
_AFTER_QUESTION = " \t\r\n*_\"'\u201d"  # between a question mark and its answer: "?**\n\n"
# "I was 46", "we had 3 children", "I'm only 12": a verb of the speaker right before the number (a word between at
# most), which makes it an age or a possession, not the answer ("There were maybe thirty" is one)
_SAID_OF_SELF = re.compile(r"(?:(?<!there )\b(?:was|were|is|am|are|had|have|been|aged|turned)|['\u2019]m)"
                           r"\s+(?:[a-z]+\s+)?$")
_NOUN_ENDS = re.compile(r"[ \t]*(?:$|[\n.,;:!?)\u2014])")  # "Maybe forty men.", "Seven of my relatives, in ..."


def answered(doc: Doc, start: int, head: Head, rules: Rules) -> Measure | None:
    """The harm a question asks about, for a number with no harm of its own that opens the answer right under it
    ("How many people were killed?\nAbout 100,000, according to most historians.", "Q: Did people die in your
    street?\nA: On our street alone, maybe thirty."): the question asks for a count or a toll, or whether the harm
    was done. The answer is a number with no noun, or one with a listed group that opens the answer and ends its
    clause ("Maybe forty men."; not "Two women who survived told us ...", a sentence of its own)."""
    low = doc.lower
    if head.partitive or not (head.bare or head.entry is not None and not head.generic
                              and _NOUN_ENDS.match(low, head.end)):
        return None
    found = _question(doc, start)
    if found is None:
        return None
    asked, asked_end, opening = found
    if not head.bare and low[opening:start].strip(_AFTER_QUESTION):
        return None  # "The report, written by 12 lawyers, does not say": a group answers only as the answer's opening
    if start - opening > _OPENING or doc.sentence_at(start)[0] > opening \
            or any(c.isdigit() for c in low[opening:start]) or _SAID_OF_SELF.search(low, opening, start):
        return None  # ("A: I was 46 then": an age)
    t = Tokens(low, asked, asked_end).t
    while t and not t[0][0].isalpha():
        t = t[1:]  # "### How many ...", "**How many ...": a heading's marks
    said = words(doc.language)
    tables_ = (rules.tolls, rules.after, rules.before, rules.asked)
    for i in range(min(3, len(t))):  # "How many ...", "And how many ...", "So what was the toll?"
        if (counting := said.count_questions.at(t, i)) is not None:
            first = i + counting[0]
            break
        if (tolling := said.toll_questions.at(t, i)) is not None:
            first, tables_ = i + tolling[0], (rules.tolls,)  # "What was the aim of the killings?" asks no count
            break
        if said.other_questions.at(t, i):
            return None  # "Who shot them?", "When did it happen?": no count asked
    else:
        first = 0  # "Did people die in your street?": whether the harm was done
    for i in range(first, len(t)):
        for table in tables_:
            hit = table.at(t, i)
            if hit and isinstance(hit[1], Measure) and not hit[1].weak and not hit[1].contextual:
                return hit[1]
    return None


def _question(doc: Doc, start: int) -> tuple[int, int, int] | None:
    """The question that the number at `start` may answer, as (where it starts, where it ends, where the answer
    opens): in a transcript, the line labelled "Q:" above the line labelled "A:" (blank lines between); else a
    question mark right before the sentence or the line the number is in."""
    low = doc.lower
    said = words(doc.language)
    answer = label_before(doc, start)
    if answer is not None and said.answer_labels.at([answer.words(doc)], 0):
        back = answer.line - 1
        while back > 0 and not low[low.rfind("\n", 0, back) + 1 : back].strip():
            back = low.rfind("\n", 0, back)  # blank lines between question and answer
        asked = label_of(doc, low.rfind("\n", 0, back) + 1) if back > 0 else None
        if asked is None or not said.question_labels.at([asked.words(doc)], 0):
            return None
        return asked.value, back, answer.value
    opening = max(doc.sentence_at(start)[0], low.rfind("\n", max(0, start - _OPENING), start) + 1)  # a heading
    # ends at its line even when no sentence mark ends it ("How many died?**")
    asked_end = opening
    while asked_end > 0 and low[asked_end - 1] in _AFTER_QUESTION:
        asked_end -= 1
    if asked_end == 0 or low[asked_end - 1] != "?" or opening - asked_end > 8:
        return None
    return max(doc.sentence_at(asked_end - 1)[0], low.rfind("\n", 0, asked_end) + 1), asked_end, opening
