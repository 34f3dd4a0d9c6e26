"""Figures: numbers that count people (or families) harmed, with what harm,
who, how exactly, and which total they are part of.

Find, then decide. `numbers.find_numbers` gives every number; ranges are
joined ("between 161 and 200", "7,000 to 10,000"); then each candidate is read
against a few tokens around it (the phrase readers are in `figure_phrases`),
every word coming from the lexicons (compiled by `figure_rules`):

    [trigger] [qualifier] N [post-qualifier] [modifiers] GROUP [breakdown] [verb]
    took the lives of      613                          people  , including ...
              at least     161                          civilians            were killed
                           1275                         people  , including 68 women and 26 children, were taken hostage

A number becomes a figure only when a harm is stated with it: a trigger or a
toll before it ("the death toll rose to"), a verb after its noun, or a noun
that is the harm ("8,000 deaths", "613 victims"), or a figure just before it
whose harm it shares ("killed 12 civilians and 3 soldiers", "105 more", "a
higher figure of 182,000", "30 of which"; these links are in `figure_context`).
When a noun that is not a counted group follows the number ("366th Motorized
Rifle Regiment", "44-day war", "three days", "12 houses"), it is not a figure.
Precision over recall: a count with no harm beside it is dropped.
"""

from __future__ import annotations

import re
from dataclasses import replace

from testimonia.extract import figure_context as context
from testimonia.extract import figure_layouts as layouts
from testimonia.extract import figure_tables as tables
from testimonia.extract.doc import Doc
from testimonia.extract.figure_context import Prior, most
from testimonia.extract.figure_phrases import (
    Head,
    Qty,
    Said,
    aged,
    bare_toll,
    governing_qualifier,
    joined_before,
    living,
    named_one,
    number_of,
    read_after,
    read_head,
    read_parts,
    read_subject,
    read_toll,
    said_group,
    said_nationality,
    said_people,
    shared_later,
    trigger_before_aside,
    victims_of,
    whose_names,
)
from testimonia.extract.figure_rules import Measure, Rules
from testimonia.extract.figure_rules import rules as _rules
from testimonia.extract.lexicon import Tokens, last_word
from testimonia.extract.numbers import CARDINAL, DECIMAL, VAGUE, Number, find_numbers
from testimonia.model.facts import Figure, Span

# How far around a number its words are read, in characters. Tokenising is the
# main cost, so windows are small and widened only when a rule needs more.
_HEAD_REACH = 60  # after the number: the counted noun
_LEFT_REACH = 56  # before it: triggers, tolls and qualifiers
_LEFT_FAR = 130  # before it, when a toll's link is there but not its head ("the death toll from ... rose to")
_TAIL_NEAR = 72  # after the noun: the verb, most of the time ("people were killed")
_TAIL_REACH = 240  # after the noun: a breakdown, an aside, a phrase of place before the verb
_NEXT_WORD = re.compile(r"\s*([a-z]+|\S)")
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_NO_TOKENS = Tokens("", 0, 0)
_BE = ("were", "was", "are", "is")
_QUOTES = ('"', "'")
_LIST_JOINERS = frozenset((",", "and", "or", "&", "to", "-"))
# "10,000 killed per year", "30 deaths a day" (but "40 people a day after the ceasefire" is a time)
_RATE = re.compile(r"\s+(?:per|a|an|each|every)\s+(?:day|week|month|year|hour|annum|capita|head|100,000|1,000)\b"
                   r"(?!\s+(?:after|later|before|earlier|ago|into|since|following|on)\b)")
_SENTENCE_OPENS = re.compile(r"[\s\"\u201c]*(?:(?:some|about|around|nearly|almost|roughly|at\s+least|more\s+than|over)\s+)?")
_THE_BEFORE = re.compile(r"\bthe\s+$")  # "the 12 were buried": a count named before, by its number
# "40 women were among the dead", "40 women and 12 children among them": a count said to be among a total
_AMONG_AFTER = re.compile(r"[^.;:!?()]{0,60}?[^,\s]\s+among\s+(?:the|those|them|whom)\b")  # (not ", among them":
# the breakdown of the count itself)
_THEY_INCLUDED = re.compile(r"(?:^|[.;:!?]\s+)(?:they|these|those)\s+(?:included|include|were)\s+$")  # "The attack
# killed 95 people. They included 40 women": the count just given, by a pronoun
_CLAUSE_AND = re.compile(r"[,;]\s*and\s+$")
_OF_WHOM = re.compile(r",\s*(?:of|among)\s+(?:whom|which|them)\s+$")
_FRONTED_PRONOUN = re.compile(r"(?:^|[.;:!?(]\s*)(?:of|among)\s+(?:these|those|them)\s*,\s*"
                              r"(?:(?:some|about|around|roughly|nearly|almost|approximately|an\s+estimated|more\s+than"
                              r"|over|at\s+least|up\s+to)\s+)?$")


def find_figures(doc: Doc, numbers: list[Number] | None = None) -> list[Figure]:
    """Figures in text order; parts of a breakdown point at their total via `part_of`."""
    rules = _rules(doc.language)
    if numbers is None:
        numbers = find_numbers(doc)
    quantities = _quantities(doc.lower, numbers, rules)
    by_start: dict[int, Qty] = {}
    for q in quantities:
        by_start[q.start] = by_start[q.numbers[0].start] = q
    consumed: set[int] = set()
    figures: list[Figure] = []
    previous: Figure | None = None
    prior = Prior(None, None)
    covered = 0  # where the evidence of the figures read so far ends: a number inside it is one of their words
    for q in quantities:
        if q.numbers[0].start in consumed or q.start < covered or not _plausible(doc.lower, q) or q.value == 0:
            continue  # "130 children lost one of their parents", "children under the age of five"; "zero
            # civilian casualties" counts no one
        found, partitive = _read(doc, q, rules, by_start, prior)
        if found and context.asked(doc, q.start, rules):
            continue  # "Fact check: did 20,000 people die at S-21?"
        if partitive and found:
            found[0].part_of = context.whole(doc, figures, found[0], found[0].rule.startswith("en.figures.subject"))
        elif found and found[0].part_of is None and _OF_WHOM.search(doc.lower, max(0, found[0].span.start - 12),
                                                                      found[0].span.start):
            found[0].part_of = context.antecedent(doc, found[0].span.start, most(found[0]) or 0, prior)  # "86 people
            # had sought medical help, of whom more than 60 were still in hospital"
        elif found and found[0].part_of is None and "," in doc.lower[found[0].span.start - 2 : found[0].span.start]:
            found[0].part_of = context.fronted_whole(doc, figures, found[0])  # "Of the 100 killings ..., 57 were"
        if found and found[0].part_of is None and found[0].number_span is not None \
                and not found[0].rule.startswith(("en.figures.verb_n", "en.figures.toll_n")) \
                and _AMONG_AFTER.match(doc.lower, found[0].number_span.end):
            found[0].part_of = context.whole(doc, figures, found[0])  # "The attack killed 95 people. Forty women
            # were among the dead", "the toll rose to 95, with 40 women and 12 children among the dead"
            whole = found[0].part_of
            if whole is not None and context.ONE_LIST.fullmatch(doc.lower, whole.span.end, found[0].span.start):
                found[0].part_of = None  # "991 teachers, 49 physicians ... among the intellectuals killed": one list
        for figure in found:
            figures.append(figure)
            consumed.add(figure.number_span.start)  # type: ignore[union-attr]
            covered = max(covered, figure.span.end)
            if figure.part_of is None:
                previous = figure
        if found:
            prior = Prior(previous, figures[-1], figures)
    figures.sort(key=lambda f: f.span.start)
    context.shot_not_all_dead(doc, figures, rules)
    context.summed_parts(doc, figures)  # "95 people were killed, 40 in Kara and 55 in Dovan"
    context.parts_before_total(doc, figures)  # "12 soldiers and 30 civilians were among the 42 dead"
    for last, f in zip(figures, figures[1:]):
        if f.part_of is None and last.part_of is not None and f.group != "all" and (f.measure, f.label) == (
                last.measure, last.label) and last.rule != "en.figures.breakdown_part" \
                and context.ONE_LIST.fullmatch(doc.lower, last.span.end, f.span.start) \
                and not _CLAUSE_AND.search(doc.lower, last.span.end, f.span.start):  # (not "killed 30 soldiers,
            # 8 of them officers, and 4 policemen died": a clause of its own)
            f.part_of = last.part_of  # "The victims - 40 women, 12 children and 43 men - were shot": the list goes
            # on after its first part, up to the verb they share
    tables.link_totals(doc, figures)  # "| Total | 9,100 |" under the rows it adds up
    return figures


def _quantities(low: str, numbers: list[Number], rules: Rules) -> list[Qty]:
    usable = [n for n in numbers if n.kind in (CARDINAL, VAGUE, DECIMAL)]
    low_year, high_year = rules.years[0], rules.years[1]
    out: list[Qty] = []
    i = 0
    while i < len(usable):
        n = usable[i]
        if n.kind == DECIMAL:  # "2.6" counts only as the low end of "between 2.6 and 5.0 million"
            joined = _range(low, n, usable[i + 1], rules) if i + 1 < len(usable) else None
            if joined:
                out.append(joined)
            elif (grouped := _dotted_thousands(low, n, rules)) is not None:
                out.append(Qty(n.start, n.end, grouped, numbers=(n,)))
            i += 2 if joined else 1
            continue
        if n.kind == VAGUE:
            joined = _vague_range(low, n, usable[i + 1], rules) if i + 1 < len(usable) else None
            out.append(joined or Qty(n.start, n.end, None, low=n.low, qualifier="vague", numbers=(n,)))
            i += 2 if joined else 1
            continue
        nxt = usable[i + 1] if i + 1 < len(usable) else None
        # `_range`'s first test, made here: most numbers are far from the next one
        joined = _range(low, n, nxt, rules) if nxt is not None and nxt.kind == CARDINAL \
            and nxt.start - n.end <= 80 and not layouts.entry_date(low, n, rules) else None
        if joined:
            joined.year_like = _year_like(n, rules) or _year_like(nxt, rules)  # type: ignore[arg-type]
            out.append(joined)
            i += 2
            continue
        year_like = n.rule == "en.numbers.digits" and n.end - n.start == 4 and low_year <= (n.value or 0) <= high_year
        out.append(Qty(n.start, n.end, n.value, year_like=year_like, numbers=(n,)))  # (`_year_like`)
        if len(out) > 1 and out[-2].end <= n.start and _changed(low, out[-2], n, rules):
            out[-1].changed_from = out[-2].start  # "raised the toll from 92 to 108": the new figure
        i += 1
    return out


def _range(low: str, a: Number, b: Number, rules: Rules) -> Qty | None:
    """ "between 161 and 200", "from 7,000 to 10,000", "7,000-10,000", "two or three",
    "at least 50,000 and possibly as many as 100,000"."""
    if b.kind != CARDINAL or b.start - a.end > 80:
        return None
    hedged = _hedged_range(low, a, b)
    if hedged is not None:
        return hedged
    if b.start - a.end > 40 or "," in low[a.end : a.end + 2]:
        return _aside_range(low, a, b, rules)
    gap = rules.range_gap.fullmatch(low, a.end, b.start)
    m = last_word(low, max(0, a.start - 12), a.start)  # (the word, its start)
    opener = m[0] if m else ""
    if opener == "from" and _changed(low, a, b, rules):
        return None  # "raised the toll from 92 to 108": a figure and the figure it became
    if gap:
        joiner = gap.group(1)
        if joiner == "and" and opener not in rules.and_openers:
            gap = None  # "106 women and 63 children" are two counts ("at least 13 and as many as 46" is one)
        elif joiner == "or" and (b.value or 0) / b.scale > rules.or_max:
            return None  # "8 or 300" are two numbers; "two or three hundred" is one range
    bounds = None if gap or b.start - a.end < 8 else _bounds(low, a, b, rules)
    if not gap and bounds is None:
        return None
    least, most = a.value, b.value
    if b.scale > 1 and a.scale == 1 and least * b.scale <= most:  # type: ignore[operator]
        least *= b.scale  # type: ignore[operator]  # "between 7 and 8 million", "between 2.6 and 5.0 million"
    if not least < most:  # type: ignore[operator]
        return None
    if m and opener in rules.range_openers and gap:
        start = m[1]
    else:
        start = bounds if bounds is not None else a.start
    return Qty(start, b.end, None, least, most, "range", numbers=(a, b))


_TO = re.compile(r"\s+to\s+")
_HEDGES = ("maybe", "perhaps", "possibly")
_HEDGED = re.compile(r"\s*,\s*(?:or\s+)?(?:maybe|perhaps|possibly)\s+")


def _hedged_range(low: str, a: Number, b: Number) -> Qty | None:
    """ "maybe thirty, maybe forty", "perhaps 200, possibly 300": one guess with two bounds."""
    m = last_word(low, max(0, a.start - 12), a.start)
    if m is None or m[0] not in _HEDGES or not _HEDGED.fullmatch(low, a.end, b.start) \
            or not (a.value or 0) < (b.value or 0):
        return None
    return Qty(m[1], b.end, None, a.value, b.value, "range", numbers=(a, b))


def _changed(low: str, a: Qty | Number, b: Number, rules: Rules) -> bool:
    """ "raised the toll from 92 to 108", "the death toll rose from 92 to 108": an old figure and a new one."""
    return bool(_TO.fullmatch(low, a.end, b.start) and rules.changed_from.search(low, max(0, a.start - 60), a.start))


def _aside_range(low: str, a: Number, b: Number, rules: Rules) -> Qty | None:
    """ "range from at least 12, the figure Amnesty could document, to roughly 600": a range whose bounds an aside
    set off by commas parts."""
    if not rules.aside_gap.fullmatch(low, a.end, b.start) or not (a.value or 0) < (b.value or 0):
        return None
    opener = rules.from_before.search(low, max(0, a.start - 30), a.start)
    if opener is None or _changed(low, a, b, rules):
        return None
    return Qty(opener.start(), b.end, None, a.value, b.value, "range", numbers=(a, b))


def _vague_range(low: str, a: Number, b: Number, rules: Rules) -> Qty | None:
    """ "several hundred to more than 1,300", "from dozens to over 100": a vague low end, a number for the high."""
    if b.kind != CARDINAL or b.start - a.end > 24:
        return None
    gap = rules.range_gap.fullmatch(low, a.end, b.start)
    if not gap or gap.group(1) not in ("to", "-") or not (a.low or 0) < (b.value or 0):
        return None
    m = last_word(low, max(0, a.start - 12), a.start)
    start = m[1] if m and m[0] in rules.range_openers else a.start
    return Qty(start, b.end, None, a.low, b.value, "range", numbers=(a, b))


def _bounds(low: str, a: Number, b: Number, rules: Rules) -> int | None:
    """ "at least 50,000 and possibly as many as 100,000": where the lower bound's hedge starts."""
    if not rules.bound_joiners.fullmatch(low, a.end, b.start):
        return None
    lower = rules.bound_lower.search(low, max(0, a.start - 30), a.start)
    return lower.start(1) if lower else None


_DOTTED = re.compile(r"[0-9]{1,3}\.[0-9]{3}")
_WORD_AFTER = re.compile(r"\s+([a-z]+)")


def _dotted_thousands(low: str, n: Number, rules: Rules) -> int | None:
    """ "1.275 civilians": a point that groups thousands, as much of Europe writes them. People are counted
    whole, so three digits after the point right before a counted noun can only be thousands ("2.5 children"
    and "1.275 million" are not)."""
    if n.scale != 1 or not _DOTTED.fullmatch(low, n.start, n.end):
        return None
    m = _WORD_AFTER.match(low, n.end)
    if m is None or not rules.heads.at([m.group(1)], 0):
        return None
    return int(low[n.start : n.end].replace(".", ""))


_RATIO_BEFORE = re.compile(r"(?:^|[\s(])([a-z]+|\d{1,2})\s+in\s+(?:every\s+)?$")  # "one in ", "9 in every "


def _year_like(n: Number, rules: Rules) -> bool:
    return n.rule == "en.numbers.digits" and n.end - n.start == 4 and rules.years[0] <= (n.value or 0) <= rules.years[1]


def _plausible(low: str, q: Qty) -> bool:
    """Character tests that throw out many non-counts before any tokenising."""
    before = low[q.start - 1] if q.start else " "
    after = low[q.end : q.end + 2]
    if before in "$€£¥#" or after[:1] in ("%", "$", "/"):
        return False
    if after[:1] == "-" and after[1:2].isalpha() and not low.startswith("-odd", q.end):
        return False  # "44-day war", "12-year-old", "1,000-strong crowd"
    return True


def _read(doc: Doc, q: Qty, rules: Rules, by_start: dict[int, Qty], prior: Prior) -> tuple[list[Figure], bool]:
    """The figure a quantity states, with its breakdown; and whether it is taken from an earlier total."""
    found = _read_figure(doc, q, rules, by_start, prior)
    return found, bool(found) and found[0].rule.endswith("_partitive")


def _read_figure(doc: Doc, q: Qty, rules: Rules, by_start: dict[int, Qty], prior: Prior) -> list[Figure]:
    # No sentence lookup: every rule stops at a full stop token by itself.
    low = doc.lower
    if layouts.laid_out(doc, q, rules):  # a table's cell, an infobox line's value: the layout says what it counts
        cell = layouts.read_cell(doc, q, rules)
        if cell is None:
            return []  # "| Houses destroyed | 400 |", "| 1992 |": a cell that counts no one
        measure, group, qualifier, start, end, rule = cell
        if group is None and rule == "en.figures.label_value":
            group = context.heading_group(doc, low.rfind("\n", 0, q.start) + 1, rules)  # "Civilian casualties\n
            # Killed: 45": the heading over the lines names who
        head = Head(group.group, group.unit, end, 0, group) if group else Head("all", "people", end, 0)
        if q.qualifier != "exact":
            qualifier = q.qualifier  # "| 40-60 |" is a range
        return [_figure(q, head, measure, qualifier, Span(start, end), rule)]
    m = _NEXT_WORD.match(low, q.end)
    word = m.group(1) if m else "."
    if q.year_like and word not in rules.head_words:
        return []  # "in 1992", "since 1991": a year unless a counted noun follows
    if word in rules.months_lower and doc.norm[m.start(1)].isupper() or word in rules.unit_words:  # type: ignore
        return []  # "25-26 February", "three days", "15 percent": checked before any tokenising
    right = Tokens(low, q.end, context.line_reach(doc, q.end, _HEAD_REACH))
    qualifier, k = q.qualifier, 0
    post = rules.quals_after.at(right.t, 0)
    if post:
        k = post[0]
        if qualifier == "exact":
            qualifier = str(post[1])
    elif right.t and right.t[0] in _QUOTES and q.start and low[q.start - 1] == right.t[0] and q.qualifier == "vague":
        k = 1  # 'said "dozens" had been killed': a vague amount quoted as someone's word
    elif k + 2 < len(right.t) and right.t[k] in _QUOTES and right.t[k] in right.t[k + 2 : k + 5] \
            and rules.heads.at(right.t, k + 1):
        k += 1  # '14 "militants" had been killed': the counted noun in quotation marks, as a source called them
    if right.t[k : k + 1] == ["("] and k + 2 < len(right.t) and right.t[k + 2] == ")" \
            and (inner := by_start.get(right.start(k + 1))) is not None and inner.value == q.value:
        k += 3  # "forty-three (43) students": the number again in figures, as deeds and judgments write it
    if rules.blockers_after.at(right.t, k) or _beside_month(doc.norm, q, right, k, rules):
        return []
    if right.t[k : k + 1] == ["in"] and k + 1 < len(right.t) and q.qualifier == "exact" and (q.value or 0) <= 10 \
            and (right.t[k + 1] == "every" or (whole := by_start.get(right.start(k + 1))) is not None
                 and (whole.value or 0) > (q.value or 0)):
        return []  # "one in three of its people", "nine in every ten": a share, not a count
    if q.qualifier == "exact" and (ratio := _RATIO_BEFORE.search(low, max(0, q.start - 24), q.start)) \
            and (ratio.group(1).isdigit() or ratio.group(1) in rules.number_words):
        return []  # the "three" of "one in three"
    if word in rules.more_words and k == 0 and right.t[1:2] == ["than"]:
        return []  # "killed 95 people, 60 more than the year before": a difference, not a count
    more = word in rules.more_words and k == 0 and not rules.heads.at(right.t, 1) \
        and not (len(right.t) > 1 and right.t[1] in rules.auxiliaries)
    said_more = word in rules.more_words and k == 0 and len(right.t) > 1 and right.t[1] in rules.auxiliaries
    if more or said_more:  # "is working to confirm 105 more": more of what the sentence counted
        head: Head | None = Head("all", "people", right.end(0), 1, bare=True)  # "dozens more were killed"
    else:
        head = read_head(doc, q, right, k, rules)
    if head is None:
        return []
    # "Of these, 136 were children", "; of them, six were boys": a part of the count just before
    said_part = False  # "The attack killed 45 people. Twelve were children.": the same, with no "of these"
    fronted = head.bare and not head.partitive and bool(_FRONTED_PRONOUN.search(low, max(0, q.start - 40), q.start))
    if head.bare and not head.partitive and head.k + 1 < len(right.t) and right.t[head.k] in _BE:
        # "Of the 1,200 people detained, 300 were women": the group is said after the verb
        said = said_group(right.t, head.k + 1, rules)
        if said and not rules.heads.at(right.t, said[1]):
            g = said[0]
            if (written := said_nationality(doc, right, head.k + 1, said[1], g, rules)) is not None:
                g = replace(g, group=written)  # "about 8,000 were Soviet prisoners of war"
            head = Head(g.group, g.unit, right.end(said[1] - 1), said[1], g)
            said_part = g.group != "all" and said[1] < len(right.t) and right.t[said[1]] in (".", ";", ",", "and")
        elif said is None and (people := said_people(doc, right, head.k + 1, rules)) is not None:
            head = people  # "Of these, some 70,000 were Jews": a people as written
    head.pronoun = head.pronoun or fronted
    if named_one(doc, q, head) or aged(doc, q, rules):
        return []  # "only one, Akhmed Akhmedov, was sentenced"; "John Johnston, 59, died"
    said_after = qualifier
    before = _previous_word(low, max(0, q.start - 24), q.start)
    if before in _LIST_JOINERS and word not in rules.head_words \
            and rules.identifier_list.search(low, max(0, q.start - 80), q.start):
        return []  # "Counts 1, 27 and 55", "Articles 2 and 3"
    if before is None or before not in rules.left_words:
        left, j, start = _NO_TOKENS, 0, q.start  # nothing before the number can matter
    else:
        left, j, qualifier, start = _left(low, q, said_after, _LEFT_REACH, rules)
        if rules.toll_links.ending(left.t, j):  # a toll's link: its head may be further back
            left, j, qualifier, start = _left(low, q, said_after, _LEFT_FAR, rules)
        if qualifier == "exact" and j >= 2 and left.t[j - 1] == "that" and left.t[j - 2] in ("and", ","):
            qualifier = governing_qualifier(doc, left, j, rules)  # "estimated that 3,100 ..., and that 6,800"
        more = more or bool(head.bare and rules.more_before.ending(left.t, len(left.t)))  # "Another 8 were found"
        if head.generic and j and rules.anaphoric.ending(left.t, j) and not rules.tolls.ending(left.t, j) \
                and read_after(Tokens(low, head.end, context.line_reach(doc, head.end, _TAIL_NEAR)), 0,
                               rules) is None:
            # "A figure of 3,500 sits at the top", "the round figure of 20,000 circulates": a figure restated
            # names no counted noun, so the word after it is its verb
            head = Head("all", "people", q.end, 0, bare=True)
    if head.noun is None and not head.victims and not head.partitive and context.population(doc, q.start, rules):
        return []  # "12 of the 5,000 protesters were killed": the 5,000 are those the 12 were among
    measure: Measure | None = None
    rule, end = "", head.end
    named_at = -1  # where a harm noun before the number starts ("the remains of")
    part_of: Figure | None = None
    subject = read_subject(left, j, rules) if j and left.t[j - 1] in rules.subject_link_ends and not head.partitive \
        else None
    if subject is not None and head.generic and doc.text[max(0, head.end - 40) : head.end].split()[-1][:1].islower():
        subject = None  # "The toll includes 4 bridges": an unlisted noun (not a people's name) counts things
    among_them = j >= 3 and left.t[j - 3 : j - 1] == ["among", "them"] and left.t[j - 1] in _BE
    if subject is None and not head.bare and (among_them or _THEY_INCLUDED.search(low, max(0, start - 24), start)) \
            and (last := context.just_before(doc, start, prior)) is not None:
        subject = Measure("en.figures.shared", last.measure, last.label)  # "The siege killed 11,000 civilians.
        # Among them were 1,600 children": a part of the count just given
    trigger = None if subject else rules.before.ending(left.t, j) or trigger_before_aside(left.t, j, rules)
    if trigger is not None and (both := joined_before(left.t, j - trigger[0], trigger[1], rules)) is not None:
        trigger = trigger[0] + both[0], both[1]  # "killed or wounded at least 45 people": one count of two harms
    if trigger is not None and (done := rules.after_object.at(right.t, head.k)):
        trigger, end = (trigger[0], done[1]), right.end(head.k + done[0] - 1)  # "tortured 14 prisoners to death"
    if trigger is None and subject is None and j and left.t[j - 1] in rules.back_verbs \
            and head.k < len(right.t) and right.t[head.k] == "back":
        trigger, end = (1, rules.back_verbs[left.t[j - 1]]), right.end(head.k)  # "handed four of them back"
    if trigger is None and subject is None and j and left.t[j - 1] in rules.away_verbs \
            and (away := rules.away_places.at(right.t, head.k)) and not head.generic \
            and head.group not in rules.perpetrator_groups:
        trigger, end = (1, rules.away_verbs[left.t[j - 1]]), right.end(head.k + away[0] - 1)  # "drove 250,000
        # across the border"
    width = 2 if j >= 2 and " ".join(left.t[j - 2 : j]) in rules.frames else 1  # "the fate of 300 men remains unknown"
    if trigger is None and subject is None and j \
            and (frame := rules.frames.get(" ".join(left.t[j - width : j]))) is not None \
            and (not frame.harmed or head.noun is not None or head.entry is not None and head.entry.measure) \
            and (framed := frame.after.at(right.t, head.k)):  # "confirmed 19 of the deaths by name" (not "30 pupils")
        trigger, end = (width, framed[1]), right.end(head.k + framed[0] - 1)  # "treated 230 people for injuries"
    toll = None if trigger or subject else read_toll(low, left, j, rules)
    if toll is None and not (trigger or subject) and j and left.t[j - 1] == "from" \
            and rules.changed_from.search(low, max(0, q.start - 60), q.start):
        toll = _changed_toll(left, j, rules)  # "raised the toll from 92 to 108": the old figure
    if subject:
        measure, rule = subject, "en.figures.subject_n_partitive"  # "the victims, killed in April, were 341 men"
    elif trigger or toll:
        n, measure = (trigger or toll)[:2]  # type: ignore[index]
        rule = "en.figures.verb_n" if trigger else "en.figures.toll_n"
        start = left.start(j - n)
        if toll and toll[2]:  # a toll far from its number: the evidence starts at the link
            start = left.start(j - rules.toll_links.ending(left.t, j)[0])  # type: ignore[index]
        if toll and qualifier == "exact" and (said := rules.quals_link.ending(left.t, j)):
            qualifier = str(said[1])  # "the death toll has exceeded 300"
        if toll and head.noun is not None:
            measure = head.noun  # 'a toll of "at least 1,390 dead or missing"': the counted noun names the harm
        if toll and head.bare:
            head = number_of(doc, left, j - n, head, rules)
        if toll and not rules.toll_links.ending(left.t, j) or toll and left.t[j - 1] == ":":
            # "Minimum estimate of civ dead 10,000"
            head, qualifier = bare_toll(low, left, j - n, head, qualifier, rules)
    elif (remains := rules.noun_before.ending(left.t, j)) and head.noun is None and not head.partitive:
        head.noun, named_at = remains[1], left.start(j - remains[0])  # type: ignore[assignment]  # "the remains of 90"
    elif rules.blockers_before.ending(left.t, j) or head.bare and rules.identifiers.ending(left.t, len(left.t)):
        return []  # "Article 2", "aged 12"; "guilty on Count 55" (but "the archive counts 3,500 deaths")
    if trigger and _intended(left, j - trigger[0], j, rules):
        return []  # "threatened to kill 50 hostages", "police will arrest 300": a harm intended, not done
    if trigger and measure.listed and (head.bare or head.generic or head.partitive):  # type: ignore[union-attr]
        return []  # "lost 21 relatives", not "lost 20 games"
    if not (measure is None or rules.list_hint.match(low, head.cont) or rules.tail_hint.match(low, head.cont)):
        tail = _NO_TOKENS  # the harm is known and no breakdown follows
    else:
        tail = Tokens(low, head.cont, context.line_reach(doc, head.cont, _TAIL_NEAR))
        if tail.t and (tail.t[0] in ",(:" or tail.t[0] in rules.relatives or rules.prepositions.at(tail.t, 0)
                       or rules.list_openers.at(tail.t, 0)):
            # a breakdown or an aside may follow
            tail = Tokens(low, head.cont, context.line_reach(doc, head.cont, _TAIL_REACH))
    if tail.t[:1] == ['"'] and low.count('"', max(0, start - 1), tail.start(0)) % 2:
        tail = Tokens(low, tail.end(0), context.line_reach(doc, tail.end(0), _TAIL_REACH))  # '"more than 10,000
        # soldiers" were killed', '14 "militants" had been killed': a quotation closed, the verb after it (not
        # 'the "Bangkok 18", were put on trial': the quotation opened before the count)
    parts, after = read_parts(doc, tail, 0, rules, by_start)
    antecedent = context.antecedent(doc, start, q.value or q.low or 0, prior) if head.pronoun else None
    if measure is None and head.generic and head.group in rules.name_nouns:
        measure = whose_names(doc, q, head, rules)  # "the register of victims holds 986 names"
        if measure is None:
            return []  # "the memorial wall bears 8,372 names"
        head, rule = Head("all", "people", head.end, head.k), "en.figures.n_names"
    if measure is None:
        said = victims_of(right, head, rules) if head.victims else None
        if said is None and not (parts and after < len(tail.t) and tail.t[after] in rules.relatives):
            said = read_after(tail, after, rules)  # (not "..., plus 6 people who could not be identified": the part's)
        if said is None and not head.bare and not head.generic and tail.t[after : after + 1] in ([","], ["and"]):
            said = shared_later(doc, tail.start(after), rules, by_start)  # "over 32 children and over 60 adults among the dead"
        if said is not None and said.measure.contextual and not _continues(doc, start, said.measure, prior):
            said = None  # "12 rallies were held", but "detained thousands; more than 18,000 were held"
        if said is not None and j >= 2 and left.t[j - 1] == "of" and left.t[j - 2] in rules.shares:
            if not (head.bare and context.restated(doc, start, left, j, prior, rules)):
                return []  # "Two thirds of the 1,200 residents fled": the verb says what the share suffered
            said = None  # "most of the 69 had been shot": the 69 given before, restated
        if said is not None and head.bare and (said.measure.measure == "other" or said.measure.weak) \
                and (context.restated(doc, start, left, j, prior, rules)
                     or said.measure.label == "buried" and _THE_BEFORE.search(low, max(0, q.start - 8), q.start)):
            return []  # "The massacre left 77 dead. The 77 were buried in three graves": the same dead, buried
        if said is not None:
            if said.negated or (head.generic and said.active) or said.measure.label == "released" \
                    and rules.rescued_from.match(low, said.end):
                return []  # (and "130 people had been rescued from the rubble": survivors)
            if not said.far and context.acting(doc, head.end, said.end, said.measure, rules) \
                    or head.generic and context.said_of_other(doc, head.end, said.end) \
                    or not head.partitive and context.gathering_of(doc, q.start, rules) \
                    or not head.partitive and head.noun is None \
                    and (context.inside_phrase(doc, q.start, head.end, said.end)
                         or context.singular_verb(doc, q, head.end, said.end)):
                return []  # "Three soldiers shot a boy": who did the harm; "4 crates on the market where people
                # were killed": things; "in the 2 compounds were executed", "a man with 4 children was detained": the
                # verb is another noun's; "40 people at the rally of 5,000 mourners were killed": the crowd's number
            if head.generic and said.measure.weak and head.noun is None:
                return []  # "12 rallies were held in March": held says a harm only of people
            far = said.far or not parts and context.number_between(doc, head.end, said.end, rules)  # (a breakdown
            # between, "17 people, 12 of them children, were killed", stays in)
            measure, end, rule = said.measure, said.end if not far else head.end, said.rule
            if named_at >= 0 and head.noun is not None and head.noun.measure == said.measure.measure:
                start, end = named_at, head.end  # "the remains of 96 people were found in a mass grave"
            if head.noun is not None and (said.measure.weak or said.measure.measure == "other"):
                # "700 captives ... handed back", "116 bodies had been buried", "200 hostages held in the school":
                # the noun names the harm, the verb what became of them since ("127 victims were buried" is a
                # burial: "victims" names people, not a harm)
                measure, rule = head.noun, "en.figures.n_measure_noun"
                if named_at >= 0:
                    start, end = named_at, head.end  # "the bodies of 6,066 victims are buried"
            if parts is None and (not head.bare or _opens_list(low, said.end, rules)) \
                    and (rules.list_hint.match(low, said.end) or rules.tail_hint.match(low, said.end)):
                parts, _ = read_parts(doc, Tokens(low, said.end, said.end + _TAIL_REACH), 0, rules, by_start)
        elif head.noun is not None:
            if right.t[k : k + 1] and right.t[k] in rules.past_states:
                return []  # "the testimony of 19 former detainees": what they once were, not a count of the harm
            if head.k >= 2 and right.t[head.k - 2].isalpha() and right.t[head.k - 2] not in rules.stop \
                    and context.acting(doc, right.end(head.k - 2), head.end, head.noun, rules):
                return []  # "Two gunmen killed 5 people": the harm's word is their verb, not a noun
            measure, rule = head.noun, "en.figures.n_measure_noun"
            start = named_at if named_at >= 0 else start
            if tail.t and tail.t[0] in rules.auxiliaries:  # "447 bodies were recovered (425 civilians, ...)": read on
                parts, _ = read_parts(doc, Tokens(low, head.cont, head.cont + _TAIL_REACH), 0, rules, by_start)
        elif head.entry is not None and head.entry.measure is not None and not living(left, j, tail, after, rules):
            measure, rule = head.entry.measure, "en.figures.n_victims"
    elif head.generic and not trigger and not subject:
        return []
    if measure is not None and measure.measure == "detained" and (rules.perpetrators.match(low, max(end, head.end))
                                                                   or head.group in rules.arrested_groups
                                                                   or measure.judicial
                                                                   and (head.group in rules.perpetrator_groups
                                                                        or head.group.split()[-1]
                                                                        in rules.perpetrator_groups)):
        return []  # "30 Bosnian Serbs have been sentenced ... for genocide", "arrested 5 suspects over the killings"
        # (and "Eighteen student leaders were put on trial": a trial of leaders, whatever they lead)
    if measure is not None and measure.judicial and head.bare \
            and rules.tried_before.search(low, doc.sentence_at(q.start)[0], q.start):
        return []  # "The court tried 18 defendants; six were convicted": the six are of the tried
    if measure is None and not head.generic and not head.partitive \
            and (opened := context.fronted_subject(doc, start, rules)) is not None:
        measure, rule = opened, "en.figures.subject_n_partitive"  # "Of those killed, 20 were children"
    if measure is None and j and head.group == "all" and not head.partitive \
            and (companion := context.companion_harm(doc, left, j, rules)) is not None:
        measure, rule = companion[0], "en.figures.companions"  # "was hanged ..., together with six others"
        start = left.start(companion[1])
    if measure is None and said_part and not fronted and not head.pronoun \
            and _SENTENCE_OPENS.fullmatch(low, _clause_opening(doc, q.start), q.start) \
            and (last := context.just_before(doc, q.start, prior)) is not None \
            and (last := last.part_of if last.rule == "en.figures.said_part" else last) is not None \
            and last.group == "all" \
            and last.part_of is None and (q.value or 0) <= (most(last) or 0):
        measure, part_of = Measure("en.figures.shared", last.measure, last.label), last
        rule, end = "en.figures.said_part", head.end
    if measure is None:
        if said_more:
            return []  # "40 more are in hospital": a clause of its own that says no harm
        if head.bare and rules.sentenced_for.match(low, head.end):
            return []  # "30 years for each of 201 victims, plus 30 for crimes against humanity"
        sum_after = rules.sum_after.match(low, head.end) if head.bare else None
        sum_before = rules.sum_before.search(low, max(0, start - 40), start) \
            if head.bare or head.entry is not None and head.group == "all" and head.noun is None else None
        parts_summed = context.summed(doc, start, q.value, prior) if q.value and (sum_after or sum_before) else None
        if parts_summed:  # "906 victims and a further 484 people who were abducted, 1,390 in all", "24 men killed
            # on the spot and 11 who died later, a total of 35"
            kinds = list(dict.fromkeys(f.measure if f.label is None else f.label for f in parts_summed))
            measure = Measure("en.figures.sum", parts_summed[0].measure) if len(kinds) == 1 \
                else Measure("en.figures.sum", "other", " or ".join(kinds))
            if sum_before is not None:
                start, end = sum_before.start(1), head.end
            else:
                end = sum_after.end()  # type: ignore[union-attr]
            total = _figure(q, head, measure, qualifier, Span(start, end), "en.figures.sum")
            if sum_before is not None:
                for part in parts_summed:
                    part.part_of = total  # "24 men ... and 11 who died later, a total of 35": set out as its parts
                    # (but "906 victims and 484 abducted, 1,390 in all" leaves them whole, as the gold sets C and E do)
            return [total]
        anaphoric = bool(left.t) and bool(rules.anaphoric.ending(left.t, j))
        toll = context.sentence_toll(doc, start, rules) if head.bare and not antecedent and left.t \
            and (anaphoric or _appositive(left, j, rules)) else None
        shared = None if toll else antecedent or context.shared(doc, head, left, j, start, more, prior, rules)
        if toll is None and shared is None and head.bare and not antecedent \
                and (anaphoric or rules.alternative_said.search(low[max(0, q.start - 60) : q.start].rstrip())):
            toll = context.sentence_toll(doc, start, rules, before=True)  # "Estimates of the death toll vary.
            # Historians put the figure at around 1.5 million": the toll the sentence before named, with no number
        if shared is None and q.changed_from >= 0 and prior.last is not None and prior.last.number_span is not None \
                and prior.last.number_span.start == q.changed_from:
            shared = prior.last, "en.figures.changed_to"  # "from 92 to 108": the new figure of the same count
        asked = layouts.answered(doc, start, head, rules) if toll is None and shared is None else None  # "How
        # many people were killed?\nAbout 100,000.", "Q: Did people die in your street? A: Maybe thirty"
        if asked is not None:
            measure, rule = asked, "en.figures.answer"  # "Q: Did people die in your street? A: Maybe thirty"
        elif toll is not None:
            measure, rule = toll, "en.figures.sentence_toll"  # "the number of dead ..., with estimates ranging from"
        elif shared is None:
            return []
        else:
            source, rule = shared if isinstance(shared, tuple) else (shared, "en.figures.n_of_them")
            measure = Measure("en.figures.shared", source.measure, source.label)
            if head.bare:
                head = Head(source.group, source.unit, head.end, head.k, bare=True, pronoun=head.pronoun)
        if rule == "en.figures.coordinated" and shared is not None:
            part_of = source.part_of  # "were 341 men, 72 women": parts of the same total
            if source.rule.endswith("_of_antecedent") and part_of is not None and part_of.part_of is not None:
                part_of = part_of.part_of  # "21 women, four of whom were pregnant, 15 children": back to the total
            if part_of is None and source.group == "all" and not head.bare and head.group != "all" \
                    and doc.lower[source.span.end : start].lstrip().startswith(",") \
                    and (q.value or q.low or 0) <= (most(source) or 0):
                part_of = source  # "killed 14 villagers, 6 women and 3 children": who the 14 were
        elif rule == "en.figures.fronted_part":
            if (q.value or q.low or 0) > (most(source) or 0):
                return []
            part_of = source  # "Among the 379, the list named 337 men, 41 boys": parts of the 379
        elif rule == "en.figures.line_part":
            g = context.line_group(doc, start, source, rules)
            head, part_of = Head(g.group, g.unit, head.end, head.k, g), source  # type: ignore[union-attr]
    elif head.bare:
        head, part_of = context.elided(doc, head, measure, start, prior, rules)
        if part_of is not None or head.group != "all":
            rule += "_elided"
    elif head.noun is not None and head.entry is None and head.group == "all" and not head.partitive \
            and rules.after.at([word], 0) and (kept := context.elided_group(doc, start, prior)
                                               or context.revised_group(doc, left, j, start, measure, prior, rules)):
        head, rule = replace(head, group=kept), rule + "_elided"  # "60 civilians have been killed and 270 wounded",
        # "2,783 servicemen killed; the figure has since been revised to 2,908 dead"
    if head.group == "all" and (head.bare or head.noun is not None) and not head.partitive and part_of is None \
            and (losing := context.losing_group(doc, q.start, rules)) is not None:
        head = replace(head, group=losing)  # "The troops lose 24 killed and 52 wounded": the troops' own dead
    if head.group == "all" and head.partitive and not head.pronoun \
            and (share := context.accounting_group(doc, q.start, rules)) is not None:
        head = replace(head, group=share)  # "Women accounted for 45 of the dead": the women among them
    if measure is not None and part_of is None:
        head = context.stated_group(doc, head, measure, rule, start, q.start, max(end, head.end), prior, rules)
    if antecedent is not None:
        part_of, rule = antecedent, rule.replace("_partitive", "") + "_of_antecedent"
        if head.bare:
            group = antecedent.group
            state = right.t[head.k + 1] if head.k + 2 < len(right.t) and right.t[head.k] in _BE else ""
            if state in rules.state_words and group != "all" and not right.t[head.k + 2][0].isalpha():
                group, end = f"{state} {group}", right.end(head.k + 1)  # "21 women, four of whom were pregnant"
            head = Head(group, antecedent.unit, head.end, head.k, bare=True)
    if head.partitive and not head.pronoun:
        rule += "_partitive"
    if _RATE.match(low, max(end, head.end)) or _RATE.match(low, head.end):
        return []  # "10,000 killed per year", "30 deaths a day": a rate, not a count of people
    total = _figure(q, head, measure, qualifier, Span(start, max(end, head.end)), rule, part_of)
    out = [total]
    parent: Figure | None = None  # the last part of the total itself: "among them" parts go under it
    for part in parts or ():
        span = Span(part.start, part.head.end)
        own = measure if part.head.named else part.head.noun or measure  # "12,500 casualties, among them more
        # than 5,500 dead" (but "killed 100 people, including 30 prisoners": prisoners are who was killed)
        said = _own_harm(doc, part.head.end, rules)
        if said is not None and said.measure.measure != own.measure:  # type: ignore[union-attr]
            own, span = said.measure, Span(part.start, said.end)  # "218 dead, including 22 people still listed as
            # missing": a part that says a harm of its own
        if own.measure != measure.measure and measure.measure != "other" \
                and _CLAUSE_AND.search(low, max(0, part.start - 8), part.start):  # type: ignore[union-attr]
            break  # "left 42 dead, including 12 soldiers, and more than 100 wounded": a count of its own
        piece = part.head
        if (part.head.noun is not None or piece.bare) and part.head.entry is None and piece.group == "all" \
                and head.group != "all":
            piece = Head(head.group, head.unit, piece.end, piece.k)  # "2,345 civilian casualties, including 1,000 killed"
        nested = part.within and parent is not None and (most(parent) or 0) >= (part.qty.value or 0)
        out.append(_figure(part.qty, piece, own, part.qualifier, span, "en.figures.breakdown_part",
                           parent if nested else total))
        if not part.within:
            parent = out[-1]
    return out


def _opens_list(low: str, at: int, rules: Rules) -> bool:
    """A breakdown's opener right after `at`: ", including", ": ", "- among them"."""
    t = Tokens(low, at, at + 24).t
    return bool(t) and bool(rules.list_openers.at(t, 0) or t[0] == "," and rules.list_openers.at(t, 1))


def _clause_opening(doc: Doc, at: int) -> int:
    """Where the sentence, or the clause after its last semicolon before `at`, starts ("killed 95 people; 40 were
    women")."""
    opening = doc.sentence_at(at)[0]
    return max(opening, doc.lower.rfind(";", opening, at) + 1)


def _own_harm(doc: Doc, at: int, rules: Rules) -> Said | None:
    """The harm said of a part of a breakdown by a verb right after its noun, in a relative clause or after an
    auxiliary ("22 people still listed as missing", "40 children who were later killed"), when it is done and no
    mere state ("held", "buried"); or None."""
    tail = Tokens(doc.lower, at, context.line_reach(doc, at, 60))
    if not tail.t or not (tail.t[0] in rules.relatives or tail.t[0] in rules.auxiliaries):
        return None
    said = read_after(tail, 0, rules)
    if said is None or said.negated or said.far or said.measure.weak or said.measure.contextual \
            or said.measure.measure == "other" or said.measure.measure in rules.added_harms:  # type: ignore[union-attr]
        return None  # (and "killed 40, including 12 women who were raped": killed, and raped besides)
    return said


def _intended(left: Tokens, i: int, j: int, rules: Rules) -> bool:
    """A verb of harm in its base form after a modal, or after "to" and a verb of meaning ("vowed to kill 100", "they
    may deport 3,000"): what someone means or threatens to do. The trigger is tokens i to j; nouns ("led to the
    deaths of") are never read so."""
    verb = left.t[i] if i < len(left.t) else ""
    if i < 1 or not verb.isalpha() or verb.endswith(("ed", "ing", "s")) or left.t[j - 1] == "of":
        return False
    before = left.t[i - 1]
    return before in rules.intent_words or before == "to" and i > 1 and left.t[i - 2] in rules.intent_verbs
    # (but "went on to kill 40", "continued to kill dozens": done)


def _appositive(left: Tokens, j: int, rules: Rules) -> bool:
    """ "the real number held there was higher, perhaps up to 20,000": a count set after a comma, perhaps
    hedged, that restates the number the sentence is about."""
    if j >= 2 and left.t[j - 1] in rules.appositive_hedges:
        j -= 1
    return j >= 2 and left.t[j - 1] == "," and left.t[j - 2].isalpha() and left.t[j - 2] not in rules.stop


def _continues(doc: Doc, start: int, measure: Measure, prior: Prior) -> bool:
    """The figure just before, in the same sentence, counts the same harm: "detained thousands of people ...; by
    some counts more than 18,000 were held"."""
    last = prior.last
    return last is not None and last.measure == measure.measure and last.span.end <= start \
        and doc.sentence_at(last.span.start) == doc.sentence_at(start)


def _changed_toll(left: Tokens, j: int, rules: Rules) -> tuple[int, Measure, int] | None:
    """ "raised the toll from", "the death toll rose from": the toll whose old figure follows "from", a verb or
    two before it at most: (tokens spanned, measure, 0)."""
    for end in range(j - 1, max(0, j - 6), -1):
        if not left.t[end - 1][:1].isalpha():
            return None
        hit = rules.tolls.ending(left.t, end)
        if hit:
            return j - (end - hit[0]), hit[1], 0  # type: ignore[return-value]
    return None


def _previous_word(low: str, lo: int, hi: int) -> str | None:
    """The word of ASCII letters, or the one mark, that ends `low[lo:hi]` but for spaces; None when
    that is a digit. What `re.search(r"([a-z]+|[^\\sa-z0-9])\\s*$", ...)` finds, without a regex
    trying every position of the window."""
    stripped = low[lo:hi].rstrip()
    if not stripped:
        return None
    last = stripped[-1]
    if "a" <= last <= "z":
        return stripped[len(stripped.rstrip(_LETTERS)) :]
    return None if "0" <= last <= "9" else last


def _left(low: str, q: Qty, qualifier: str, reach: int, rules: Rules) -> tuple[Tokens, int, str, int]:
    """The words before a number, with qualifiers and fillers read off its end: (tokens, index
    where a trigger must end, qualifier, where the figure's evidence starts)."""
    left = Tokens(low, max(0, q.start - reach), q.start)
    j, start = len(left), q.start
    for _ in range(3):
        hit = rules.quals_before.ending(left.t, j)
        if hit:
            j -= hit[0]
            if qualifier == "exact":  # a range or a vague amount keeps its own
                qualifier, start = str(hit[1]), left.start(j)
            continue
        hit = rules.fillers.ending(left.t, j)
        if not hit:
            break
        j -= hit[0]
    return left, j, qualifier, start


def _figure(q: Qty, head: Head, m: Measure, qualifier: str, span: Span, rule: str,
            part_of: Figure | None = None) -> Figure:
    measure = m.measure
    if m.only_unit and head.unit != m.only_unit:
        measure = m.otherwise or measure
    if head.entry is not None and head.entry.measures:
        measure = dict(head.entry.measures).get(measure, measure)
    value = q.value if qualifier not in ("range", "vague") else None
    group = head.group
    if head.named is not None and (rule == "en.figures.breakdown_part" or head.noun is None
                                   or head.noun.measure != m.measure):
        group = head.named  # "1,000 prisoners were killed", "..., including 30 hostages": who, not what harm
    return Figure(span=span, rule=rule, measure=measure, group=group, unit=head.unit, value=value,
                  low=q.low, high=q.high, qualifier=qualifier, label=m.label, part_of=part_of,
                  number_span=Span(q.numbers[0].start, q.numbers[-1].end))


_MONTH_BEFORE = re.compile(r"([A-Z][a-z]+)(\.?)[ \t]+$")
_FULL_MONTHS = ("May", "June", "July")  # month names with no shorter form: a full stop after one ends a sentence


def _beside_month(norm: str, q: Qty, right: Tokens, k: int, rules: Rules) -> bool:
    """ "25-26 February", "February 26, 2026": a day or a year, not a count."""
    if k < len(right) and right.t[k] in rules.months_lower and norm[right.start(k) : right.end(k)] in rules.months:
        return True
    if not norm[q.start : q.start + 1].isdigit():
        return False  # "In late September two workers were found hanged": a day is written in figures
    m = _MONTH_BEFORE.search(norm, max(0, q.start - 12), q.start)
    if m and m.group(2) and (len(m.group(1)) > 4 or m.group(1) in _FULL_MONTHS):
        return False  # "... in May. 500 people were killed": a sentence ends with the month ("Feb. 26" does not)
    return bool(m and m.group(1) in rules.months)
