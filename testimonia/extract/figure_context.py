"""How a figure leans on the figures read before it in the same text.

English often states a count in terms of another: "Nine of the dead were children" (a part of a total
said earlier), "30 of which bore signs of torture" (a part of the count just before), "killed 12
civilians and 3 soldiers" (a count sharing a harm), "105 more", "a higher figure of 182,000", "More
than 3,500 have been rescued" (the people of the sentence before). `figures.py` reads a count's own
words; these functions find the earlier figure it leans on, and never look further than a sentence or
two (or a few hundred characters) back. They also find who a count counts when its context rather than its own
words says so (`stated_group`, `subject_group`, `fronted_group`, `heading_group`): "killed 45 people, all of them
civilians", "captured the soldiers. 17 of them were executed", "Civilian casualties: 45 killed".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from testimonia.extract import figure_layouts as layouts
from testimonia.extract import lexicon
from testimonia.extract.doc import Doc
from testimonia.extract.figure_phrases import Head, Qty, said_group, said_people
from testimonia.extract.figure_rules import Group, Measure, Rules
from testimonia.extract.lexicon import Tokens
from testimonia.model.facts import Figure, Span

_ELLIPSIS = re.compile(r"\s*(?:,\s*|;\s*)?(?:and|but|while|with)?\s*")
# "24 men killed on the spot and 11 who died later": a count with no noun, a relative clause after it, joined to the
# count before by "and" after a few words that say where or when
_WHO_AFTER = re.compile(r"\s+who\b")
_AND_LATER = re.compile(r"[^.;:!?()0-9\n]{0,40}?(?:,\s*|\s+)and\s+")
_WHOLE_REACH = 600  # characters back to the total that "nine of the dead" is taken from


def whole(doc: Doc, figures: list[Figure], part: Figure, anywhere: bool = False) -> Figure | None:
    """The total a partitive count is taken from: the nearest earlier total of the same harm, no
    smaller than it, in the same sentence or the one before ("30 of the bodies bore signs of torture"
    is a count of its own: a breakdown keeps to one measure). "The victims were 341 men" names the
    harmed counted before, wherever that was (`anywhere`), within reach."""
    here = doc.sentence_at(part.span.start)
    for f in reversed(figures):
        if f.part_of is not None or f.span.end > part.span.start or f.measure != part.measure:
            continue
        if part.span.start - f.span.end > _WHOLE_REACH:
            return None
        total, piece = most(f), most(part)
        if total is None or piece is None or piece > total:
            continue
        there = doc.sentence_at(f.span.start)
        if anywhere or there == here or there[1] <= here[0] and (not doc.text[there[1] : here[0]].count("\n\n")
                                                                or not doc.text[there[1] : here[0]].strip()):
            return f  # (a paragraph may open with the breakdown of the toll that closed the one before)
        return None
    return None


# "Of the ", "..., out of about ", "that of the ": the total opens the clause that counts a part of it
_FRONTED = re.compile(r"(?:^|[,;:]\s*|\bthat\s+)(?:out\s+)?of\s+(?:[a-z]+\s+){0,3}$")


_PARTS_OPEN = re.compile(r"[^.;:!?()0-9]{0,40}?,\s*$")  # "95 people were killed [in the east], 40 in Kara ..."


def summed_parts(doc: Doc, figures: list[Figure]) -> None:
    """ "In all 95 people were killed, 40 in Kara and 55 in Dovan": counts coordinated after a total, each
    sharing its harm, that add up to it exactly are its parts (not "95 in March and 40 in April": two counts)."""
    for i, total in enumerate(figures):
        if total.part_of is not None or total.value is None or total.number_span is None:
            continue
        run: list[Figure] = []
        for f in figures[i + 1 :]:
            if f.rule != "en.figures.coordinated" or f.part_of is not None or f.measure != total.measure \
                    or f.label != total.label or f.value is None \
                    or f.group != total.group and total.group != "all":  # (not "killed 5 men, 3 women and 2
                # children": three counts that happen to add up)
                break
            run.append(f)
        if len(run) >= 2 and sum(f.value for f in run) == total.value \
                and _PARTS_OPEN.fullmatch(doc.lower, total.span.end, run[0].span.start):  # type: ignore[misc]
            for f in run:
                f.part_of = total


# "12 soldiers and 30 civilians were among the 42 dead": the parts come first, then the total they are among
_AMONG_TOTAL = re.compile(r"\s+(?:were|was|are|is|had\s+been|have\s+been)\s+(?:also\s+|all\s+)?among\s+"
                          r"(?:the|a\s+total\s+of)\s+(?:(?:some|about|around|nearly|at\s+least|more\s+than|over)\s+)?$")
ONE_LIST = re.compile(r"\s*(?:,|and|,\s*and)\s*")  # between two items of one list (figures reads it too)


def parts_before_total(doc: Doc, figures: list[Figure]) -> None:
    """ "12 soldiers and 30 civilians were among the 42 dead": counts of one harm, listed just before "were
    among the" and a count of the same harm no smaller than their sum, are its parts (not "12 soldiers were
    killed and 30 civilians were among the 42 wounded": another harm). The total named right after them wins
    over one given earlier ("12 soldiers were among the 42 dead in Kara, and 30 civilians among the 60 dead in
    Dovan")."""
    low = doc.lower
    for i, total in enumerate(figures):
        if i == 0 or total.part_of is not None or total.value is None or total.number_span is None \
                or not _AMONG_TOTAL.fullmatch(low, figures[i - 1].span.end, total.number_span.start):
            continue
        run: list[Figure] = []
        for f in reversed(figures[:i]):
            if f.part_of is not None and (f.part_of.span.end > f.span.start or f.part_of.value == total.value) \
                    or f.measure != total.measure or f.label != total.label or f.value is None \
                    or f.group == total.group or run and not ONE_LIST.fullmatch(low, f.span.end, run[0].span.start):
                break  # (a part of the same count given before keeps it: "killed 95 people. 40 women were among
                # the 95 dead")
            run.insert(0, f)
        if run and run[-1] is figures[i - 1] and sum(f.value for f in run) <= total.value:  # type: ignore[misc]
            for f in run:
                f.part_of = total


def fronted_whole(doc: Doc, figures: list[Figure], part: Figure) -> Figure | None:
    """ "Of the 100 killings it examined in detail, 57 were summary executions", "out of about 15,000 officers
    held in the camps, 394 ...": the sentence opens with the total the count is taken from."""
    low = doc.lower
    if not figures or "," not in low[max(0, part.span.start - 2) : part.span.start]:
        return None  # the count follows the clause with its total: "..., 57 were"
    f = figures[-1]
    start = doc.sentence_at(part.span.start)[0]
    if f.span.start < start or f.part_of is not None or f.number_span is None:
        return None
    if any(c.isdigit() for c in low[f.span.end : part.span.start]) or not _FRONTED.search(low[start : f.number_span.start]):
        return None
    return f if (most(part) or 0) <= (most(f) or 0) else None


def most(f: Figure) -> float | None:
    return f.value if f.value is not None else (f.high if f.high is not None else f.low)


@dataclass(slots=True)
class Prior:
    """The figures read so far that a count may lean on: the last total, and the last figure of any kind."""

    total: Figure | None
    last: Figure | None
    seen: list[Figure] | tuple[()] = ()  # every figure read so far, for a count restated later ("the UN's 108")


def antecedent(doc: Doc, start: int, part: float, prior: Prior) -> Figure | None:
    """ "436 bodies had been exhumed, 30 of which ... and 21 of which were soldiers": what "which" refers to."""
    last = prior.last
    if last is None or last.span.end > start:
        return None
    here, there = doc.sentence_at(start), doc.sentence_at(last.span.start)
    if there != here and (there[1] > here[0] or doc.text[there[1] : here[0]].strip() or "\n\n" in doc.text[there[1] : here[0]]):
        return None  # the sentence before may hold it: "181 corpses ... According to Memorial, 151 of them had died"
    if last.part_of is not None and (last.rule.endswith("_of_antecedent") or start - last.span.end > 3):
        last = last.part_of  # "of them" is the total, unless it follows a part at once ("106 women, 20 of whom")
    return last if part <= (most(last) or 0) else None  # "30 were killed. Thousands came, 200 of them soldiers"


_TOLL_LABEL_REACH = 240  # characters from the start of a list's item to a number that its toll label counts
_ANAPHOR_REACH = 400  # characters back to the count that "a higher figure of 182,000" compares itself with
_COORDINATED_GAP = 80  # the most the words between coordinated counts can take (" in the town and ")


def shared(doc: Doc, head: Head, left: Tokens, j: int, start: int, more: bool, prior: Prior,
            rules: Rules) -> tuple[Figure, str] | None:
    """A count that states no harm of its own but shares one with a figure before it: coordinated with it
    ("killed 12 civilians and 3 soldiers"), more of it ("105 more"), or a figure for the same count ("a higher
    figure of 182,000", "a 95% confidence interval of 2,100 to 4,400")."""
    last, total = prior.last, prior.total
    if last is not None and line_group(doc, start, last, rules) is not None:
        return last, "en.figures.line_part"  # "Killed: 978 / of whom children: 553"
    if head.bare and last is not None and last.span.end <= start and last.part_of is None \
            and (m := _EARLIER_FIGURE.fullmatch(doc.lower, last.span.end, start)) is not None \
            and (m.group(1) or "toll" in last.rule):
        return last, "en.figures.earlier_figure"  # "the toll rose to 14, up from 10": the figure it replaced
    if last is not None and last.span.end <= start:
        if more:
            if doc.sentence_at(last.span.start) == doc.sentence_at(start) or opens_next_sentence(doc, last, start):
                return last, "en.figures.more"
        elif start - last.span.end <= _COORDINATED_GAP and (head.bare or not head.generic) \
                and rules.coordinated.fullmatch(doc.lower, last.span.end, start):  # no full stop can match
            return last, "en.figures.coordinated"
    if total is not None and left.t and total.span.end <= start and start - total.span.end <= _ANAPHOR_REACH \
            and rules.anaphoric.ending(left.t, j):
        return total, "en.figures.anaphoric_toll"
    opened = fronted_total(doc, start, prior)
    if opened is not None:
        if opened[1]:
            return None  # "Among the 379, ...": the total restated to open the clause states nothing new
        if not head.bare or head.pronoun:
            return opened[0], "en.figures.fronted_part"
    if head.bare and not head.partitive and not head.pronoun:
        label = toll_label(doc, start, prior, rules)
        if label is not None:
            return label, "en.figures.line_label"
        again = restated(doc, start, left, j, prior, rules)
        if again is not None:
            return again, "en.figures.restated"
        other = alternative(doc, max(start, left.end(len(left) - 1)) if len(left) else start, head, prior, rules)
        if other is not None:
            return other, "en.figures.alternative"
    return None


_DIGITS = re.compile(r"[0-9][0-9,.]*")
_YEAR = re.compile(r"1[0-9]{3}|20[0-9]{2}")
_CLAUSE_END = re.compile(r"\s*(?:$|[.;,)!?\n\"\u201d'])")


def alternative(doc: Doc, start: int, head: Head, prior: Prior, rules: Rules) -> Figure | None:
    """ "more than 100 people were killed; some said 140", "Officials counted 30 dead; witnesses said 45": a bare
    number that ends its clause, said by another source right after a figure, is that source's figure for the same
    count. The figure it stands beside, in the same sentence or the one before, or None."""
    last = prior.last
    if last is None or last.span.end > start or not _CLAUSE_END.match(doc.lower, head.end):
        return None
    clause = rules.alternative_said.search(doc.lower[max(last.span.end, start - 60) : start].rstrip())
    if clause is None or any(not _YEAR.fullmatch(n) for n in _DIGITS.findall(doc.lower, last.span.end, start)):
        return None  # another number between them ("after 1999" is a year)
    here, there = doc.sentence_at(start), doc.sentence_at(last.span.start)
    if there != here and not (there[1] <= here[0] and not doc.text[there[1] : here[0]].strip()):
        return None
    return last.part_of if last.part_of is not None else last


# ", up from ", " (down from ", " from ": what a figure just given was before it changed ("rose to 14, up from 10",
# "revised the toll down to 52 from 61"; a bare "from" only after a toll)
_EARLIER_FIGURE = re.compile(r"[^.;:!?()0-9\n]{0,30}?[,(]?\s*(up|down|revised|raised|lowered|compared\s+with)?\s*"
                             r"(?<![a-z])from\s+(?:an?\s+)?(?:earlier\s+|previous\s+|initial\s+)?"
                             r"(?:figure\s+of\s+|toll\s+of\s+)?")


# "Among the 379, ", "Of the 181, ": a clause that opens with a count already given, by its number alone
_FRONTED_TOTAL = re.compile(r"(?:^|[.;:]\s*)(?:among|of|out\s+of)\s+(?:the|these|those)\s+([0-9][0-9,]*)\s*,")


def fronted_total(doc: Doc, start: int, prior: Prior) -> tuple[Figure, bool] | None:
    """ "Among the 379, the government's list named 337 men, 41 boys": the figure given earlier that a clause
    opens with, whose harm the counts after it share; for the restated number itself, the figure too (it states
    nothing new), and whether the number at `start` is that restated total. None when the clause opens otherwise."""
    opening = doc.sentence_at(start)[0]
    if start - opening > 200:
        return None
    m = _FRONTED_TOTAL.search(doc.lower[opening : start + 16])
    if m is None or opening + m.start(1) > start or "\n" in doc.lower[opening + m.end() : start]:
        return None
    value = _value(m.group(1))
    for f in reversed(prior.seen):
        if f.span.end <= opening + m.start(1) and value is not None and value == f.value and f.part_of is None \
                and f.label in (None, "shot"):  # ("shot" is killed until some of the shot are said to live)
            return f, opening + m.start(1) == start
    return None


# "most of the 69", "the UN's 108", "the commission's \"more than 100\"": a count named as one already given
_DEFINITE_BEFORE = re.compile(r"(?:\bthe|[a-z]['\u2019]s)\s*[\"\u201c]?\s*$|(?:^|[.!?;:]\s+|\n)[\"\u201c]\s*$")


def restated(doc: Doc, start: int, left: Tokens, j: int, prior: Prior, rules: Rules) -> Figure | None:
    """A bare number that refers back to a figure given earlier in the text, by the same number: after "the" or a
    source's possessive ("the UN's 108", "most of the 69"), or as "a figure of" ("A figure of 3,500 sits at the
    top of a credible range"). The earlier figure, or None."""
    if not (_DEFINITE_BEFORE.search(doc.lower, max(0, start - 12), start) or left.t and rules.anaphoric.ending(left.t, j)):
        return None
    m = _NUMBER_AT.match(doc.lower, start)
    value = m and _value(m.group(0))
    for f in reversed(prior.seen):
        if f.span.end <= start and value is not None and value in (f.value, f.high) and f.label is None:
            f = f.part_of if f.part_of is not None and f.part_of.value == value else f
            return replace(f, group="all", unit="people", part_of=None)  # a bare number names no group of its own
    return None


_NUMBER_AT = re.compile(r"(?:[a-z ]*?)([0-9][0-9,]*)")


def _value(text: str) -> int | None:
    digits = re.search(r"[0-9][0-9,]*", text)
    try:
        return int(digits.group(0).replace(",", "")) if digits else None
    except ValueError:
        return None


def line_group(doc: Doc, start: int, last: Figure, rules: Rules) -> Group | None:
    """ "Killed (2017): 978 / of whom children: 553": a line of a list or a table that opens with a breakdown's
    words and a group, its number right after them, under the line of its total; the group, or None."""
    label = layouts.label_before(doc, start)
    if label is None or label.row or label.value != start or last.part_of is not None or label.line == 0 \
            or "\n" in doc.lower[last.span.end : label.line - 1]:
        return None
    t = Tokens(doc.lower, label.start, label.end).t
    opener = rules.list_openers.at(t, 0)
    if not opener:
        return None
    hit = rules.heads.at(t, opener[0])
    if not hit or opener[0] + hit[0] != len(t) or not isinstance(hit[1], Group) or not hit[1].head:
        return None
    return hit[1]


_ITEM_OPENING = re.compile(r"\n[ \t]*(?:[-*\u2022\u2013]\s|[0-9]{1,2}[.)]\s|\n)")
_LABEL_NEAR = 80  # characters from the start of a "label: value" line to a number whose words stop at its end


def line_reach(doc: Doc, at: int, reach: int) -> int:
    """Where the words after a number may be read to: `at + reach`, but not into the next item of a list or a
    table ("- Death toll: 69, including 8 women\n- Wounded: 180"), nor past the line of a "label: value" row,
    nor from one row of an infobox into the next ("Deaths 112\nInjured 300"). A line broken inside a sentence
    reads on."""
    low = doc.lower
    end = min(len(low), at + reach)
    nl = low.find("\n", at, end)
    if nl < 0:
        return end
    if _ITEM_OPENING.match(low, nl):
        return nl
    label = layouts.label_before(doc, at)
    if label is None:
        return end
    if not label.row:
        return nl if at - label.line <= _LABEL_NEAR else end
    below = layouts.label_of(doc, nl + 1)
    return nl if not low[at:nl].strip() and below is not None and below.row else end


_ESTIMATES_OF = (["estimates", "of", "the"], ["counts", "of", "the"], ["figures", "for", "the"])


def sentence_toll(doc: Doc, start: int, rules: Rules, before: bool = False) -> Measure | None:
    """ "the true number of dead is far higher, with estimates ranging from about 400 to 1,800": a toll named earlier
    in the sentence with no number of its own, which the estimates that follow count. Only a toll of two words or
    more, or "toll" itself: "the dead" alone names people, not a count. With `before`, the toll is named in the
    sentence just before, in the same paragraph, and neither has a number before this one ("Estimates of the death
    toll vary widely. Historians put the figure at 1.5 million")."""
    opening = doc.sentence_at(start)[0]
    if before:
        if start - opening > 240 or any(c.isdigit() for c in doc.lower[opening:start]):
            return None
        previous = doc.sentence_at(max(0, opening - 2))
        if previous[1] > opening or previous[0] == previous[1] or "\n\n" in doc.text[previous[1] : opening] \
                or doc.text[previous[1] : opening].strip():
            return None
        start, opening = opening, previous[0]
    if start - opening > 240 or any(c.isdigit() for c in doc.lower[opening:start]):
        return None
    t = Tokens(doc.lower, opening, start).t
    for i in range(len(t)):
        hit = rules.tolls.at(t, i)
        if hit and (hit[0] > 1 or t[i] == "toll" or before and t[max(0, i - 3) : i] in _ESTIMATES_OF):
            return hit[1]  # type: ignore[return-value]  # (and "Estimates of the dead vary.")
    return None


def elided(doc: Doc, head: Head, measure: Measure, start: int, prior: Prior,
           rules: Rules) -> tuple[Head, Figure | None]:
    """A number with no noun: "Thirty-four mineworkers were killed and 78 were wounded" counts mineworkers again;
    "ISIS abducted 6,417 Yazidis. More than 3,500 have been rescued" counts Yazidis, and, rescue following
    abduction, a part of them; "twenty-five lost both" counts children (orphans are children).
    Returns the head and the total the count is a part of, if any."""
    if head.partitive:
        group = subject_group(doc, start, rules) if head.pronoun else None
        return (head if group is None else Head(group, "people", head.end, head.k, bare=True, partitive=True,
                                                 pronoun=True)), None
    group = fronted_group(doc, start, rules)
    if group is not None:  # "Of the 32 attackers, 31 were killed"
        return Head(group, "people", head.end, head.k, bare=True), None
    last, total = prior.last, prior.total
    sources = [last] if last is not None and last.rule.endswith("_elided") else []
    sources += [total] if total is not None else []
    for source in sources:
        if source.span.end > start:
            continue
        joined = _ELLIPSIS.fullmatch(doc.lower, source.span.end, start) or _WHO_AFTER.match(doc.lower, head.end) \
            and _AND_LATER.fullmatch(doc.lower, source.span.end, start)
        if not joined and not opens_next_sentence(doc, source, start):
            continue
        counted = source.part_of if source.part_of is not None else source
        part_of = counted if counted.measure in measure.follows else None
        clause = joined and not (";" in doc.lower[source.span.end : start] and _own_clause(doc, head.end, rules))
        if not clause and part_of is None and counted.measure != measure.measure and not _another(doc, start, rules):
            continue  # "12 soldiers were killed. Hundreds were arrested.": a new harm in a new sentence (or after a
            # semicolon, with a verb of its own), its own people
        return Head(source.group, source.unit, head.end, head.k, bare=True), part_of
    if measure.group:
        return Head(measure.group, head.unit, head.end, head.k, bare=True), None
    group = suffered_group(doc, start, rules)
    if group is not None:  # "The men were separated from the women. More than 40 were shot."
        return Head(group, "people", head.end, head.k, bare=True), None
    return head, None


def _another(doc: Doc, start: int, rules: Rules) -> bool:
    """ "Another 30", "a further 12", "Dozens more": words right by the count at `start` that add it to the people
    counted before."""
    t = Tokens(doc.lower, max(0, start - 24), start).t
    after = Tokens(doc.lower, start, min(len(doc.lower), start + 40)).t
    return bool(t and rules.more_before.ending(t, len(t))) or any(w in rules.more_words for w in after[1:3])


def _own_clause(doc: Doc, end: int, rules: Rules) -> bool:
    """The count ending at `end` has a verb of its own after it ("; 200 were displaced"), not only a harm's word
    ("; wounded 5,100", "; 270 wounded")."""
    t = Tokens(doc.lower, end, min(len(doc.lower), end + 30)).t
    return bool(t) and t[0] in rules.auxiliaries


def elided_group(doc: Doc, start: int, prior: Prior) -> str | None:
    """ "60 civilians have been killed and 270 wounded", "36 civilian deaths and more than 100 wounded": a count
    whose noun is the harm alone ("wounded", "dead"), joined by "and" or a comma to the count just before, counts the
    same group; the group, or None when that count is of people in general or a part."""
    last = prior.last
    if last is None or last.span.end > start or last.part_of is not None or last.group == "all" \
            or not _ELLIPSIS.fullmatch(doc.lower, last.span.end, start) or not doc.lower[last.span.end : start].strip():
        return None
    return last.group


def revised_group(doc: Doc, left: Tokens, j: int, start: int, measure: Measure, prior: Prior,
                  rules: Rules) -> str | None:
    """ "2,783 servicemen killed; the figure has since been revised to 2,908 dead": a count whose noun is the harm
    alone, given as the earlier figure's new value ("revised to", "a higher figure of"), counts that figure's group;
    the group, or None."""
    total = prior.total
    if not left.t or not rules.anaphoric.ending(left.t, j) or total is None or total.span.end > start \
            or start - total.span.end > _ANAPHOR_REACH or total.measure != measure.measure or total.group == "all":
        return None
    return total.group


_GATHERING_OF = re.compile(r"(?:^|[^a-z0-9,])([0-9][0-9,]*|[a-z]+(?:-[a-z]+)?)\s+[a-z]+(?:\s+[a-z]+)?\s+"
                           r"(?:at|in|from|among|inside|within|near|of)\s+(?:a|an|the)\s+(?:[a-z]+\s+){1,2}of\s+$")


def gathering_of(doc: Doc, start: int, rules: Rules) -> bool:
    """ "At least 40 people at the rally of 5,000 mourners were killed", "twelve protesters in a crowd of 3,000":
    the number at `start` counts the gathering a count just before belongs to; the verb after it is that count's."""
    m = _GATHERING_OF.search(doc.lower, max(0, start - 80), start)
    if m is None:
        return False
    first = m.group(1)
    return first[0].isdigit() or all(w in rules.number_words for w in first.split("-"))


_ITEM_MARK = re.compile(r"[ \t]*[-*\u2022\u2013]\s")


def _opening_clause(doc: Doc, start: int, pattern: re.Pattern[str], reach: int) -> re.Match[str] | None:
    """`pattern` searched in what the sentence says before `start`, when that is at most `reach` characters. An item of
    a list that the sentence runs on into ("- Since May ...\n- Of the 276 schoolgirls ...") starts a clause of its
    own."""
    opening = doc.sentence_at(start)[0]
    line = doc.lower.rfind("\n", opening, start) + 1
    if line > opening and _ITEM_MARK.match(doc.lower, line):
        opening = line
    return pattern.search(doc.lower[opening:start]) if start - opening <= reach else None


# A reduced relative clause after the group: "Of the eleven men taken from our street, "
_PARTICIPLES = r"[a-z]{2,}ed|taken|driven|seen|beaten|held|shot|caught|brought|sent|led|kept"
# "Of the 32 attackers, ", "Among the gunmen who stormed the school, ", "Among children, ": the clause opens with who
# is counted (perhaps as an item of a list: "- Of the 276 schoolgirls abducted in April, ")
_ITEM_OPENS = r"(?:(?:^|\n)[ \t]*(?:[-*\u2022\u2013]\s+)?|[.;:]\s*)"  # a sentence, a clause or an item of a list
_FRONTED_GROUP = re.compile(_ITEM_OPENS + r"(?:(?:out\s+of|of|among)\s+(?:the|these|those)|among)\s+"
                            r"(?:[0-9][0-9,.]*\s+)?"
                            r"((?:[a-z-]+\s+){0,2}?[a-z-]+)(?:\s+(?:who|that|which|" + _PARTICIPLES + r")\s[^,;:]{0,80})?"
                            r"\s*,\s*$")


def fronted_group(doc: Doc, start: int, rules: Rules) -> str | None:
    """The group a clause opens with, for a count that names none ("Of the 32 attackers, 31 were killed", "Among the
    hostages, 186 were children"): a listed group, or an unlisted plural noun as written; None for a harm noun
    ("Of the dead, ..."), for people in general, or when the clause opens otherwise."""
    m = _opening_clause(doc, start, _FRONTED_GROUP, 200)
    if m is None:
        return None
    words = m.group(1).split()
    toks = words[-1:]
    hit = rules.heads.at(toks, 0)
    if hit:
        entry = hit[1]
        return entry.group if isinstance(entry, Group) and entry.head and entry.group != "all" else None
    noun = words[-1]
    if noun in rules.stop or not noun.endswith(rules.noun_plural_endings) or noun.endswith(("ss", "'s")) \
            or not re.search(r"\b(?:the|these|those)\s", m.group(0)):
        return None  # ("Among other things, ": with no "the", only a listed group)
    return noun


# "The troops lose 24 killed and 52 wounded", "the police suffered 12 dead": the subject of a verb of loss
# counts its own dead: the word right before the verb, when a listed group; between the verb and the number only
# other such counts ("24 killed and ") or a hedge.
_LOSING_SUBJECT = re.compile(r"\b([a-z]+)\s+"
                             r"(?:[a-z]+ly\s+)?(?:lose|loses|lost|losing|suffer|suffers|suffered|suffering|sustain"
                             r"|sustains|sustained|sustaining)\s+"
                             r"(?:(?:some|about|around|nearly|almost|over|at\s+least|more\s+than|killed|dead|wounded"
                             r"|injured|missing|captured|men|and)\b|[\s0-9,])*$")

_LOSS_STEMS = ("los", "suffer", "sustain")


def losing_group(doc: Doc, start: int, rules: Rules) -> str | None:
    """ "The troops lose 24 killed": a listed group (not people in general) that loses the count, or None."""
    opening = doc.sentence_at(start)[0]
    if start - opening > 200 or not any(w in doc.lower[opening:start] for w in _LOSS_STEMS):
        return None  # (a cheap test first: most sentences have no verb of loss)
    m = _LOSING_SUBJECT.search(doc.lower, opening, start)
    if m is None:
        return None
    words = m.group(1).split()
    hit = rules.heads.at(words, 0)
    entry = hit[1] if hit and hit[0] == len(words) else None
    return entry.group if isinstance(entry, Group) and entry.head and entry.group != "all" else None


# "Women accounted for 45 of the dead", "children made up 30 of those killed": the subject of a verb of share
_ACCOUNTING_SUBJECT = re.compile(r"(?:^|[,;:]\s*|\b(?:and|while|but|with)\s+)([a-z]+(?:\s+and\s+[a-z]+)?)\s+"
                                 r"(?:accounted\s+for|account\s+for|accounts\s+for|accounting\s+for"
                                 r"|made\s+up|make\s+up|makes\s+up|making\s+up)\s+"  # "with children making up 40"
                                 r"(?:(?:some|about|around|nearly|almost|over|at\s+least|more\s+than|roughly)\s+)?$")


def accounting_group(doc: Doc, start: int, rules: Rules) -> str | None:
    """ "Women accounted for 45 of the dead": a listed group (not people in general) that a share of the count
    names, or None."""
    m = _opening_clause(doc, start, _ACCOUNTING_SUBJECT, 200)
    if m is None:
        return None
    words = m.group(1).split()
    hit = rules.heads.at(words, 0)
    entry = hit[1] if hit and hit[0] == len(words) else None
    return entry.group if isinstance(entry, Group) and entry.head and entry.group != "all" else None


def companion_harm(doc: Doc, left: Tokens, j: int, rules: Rules) -> tuple[Measure, int] | None:
    """ "Seyid Riza was hanged in Elazığ ..., together with six others", "the journalist died along with two others":
    a count after "together with" shares the harm its sentence's subject suffered, said before it in the passive
    ("was hanged") or by a verb that takes no object ("died"). The harm and the token where the companion words
    start, or None."""
    hit = rules.companions.ending(left.t, j)
    if not hit:
        return None
    opening = doc.sentence_at(left.start(j - hit[0]))[0]
    t = Tokens(doc.lower, opening, left.start(j - hit[0])).t
    for i in range(1, len(t)):
        said = rules.after.at(t, i) if t[i - 1] in _PASSIVE or not rules.before.at(t, i) else None  # ("was
        # hanged", or a verb with no object: "died", "fled")
        if said and isinstance(said[1], Measure) and not (said[1].weak or said[1].contextual or said[1].judicial
                                                          or said[1].measure == "other"):
            return said[1], j - hit[0]  # (not "was convicted with 12 others": they were tried too; nor "was buried
            # with 12 others", no harm)
    return None


_PASSIVE = ("was", "were", "been", "be")


def just_before(doc: Doc, start: int, prior: Prior) -> Figure | None:
    """The figure given last, when it stands in the sentence before the one at `start` or earlier in it, with no
    other number between ("The siege killed 11,000 civilians. Among them were 1,600 children")."""
    last = prior.last
    if last is None or last.span.end > start or any(c.isdigit() for c in doc.lower[last.span.end : start]):
        return None
    here, there = doc.sentence_at(start), doc.sentence_at(last.span.start)
    if there == here or there[1] <= here[0] and not doc.text[there[1] : here[0]].strip():
        return last
    return None


_FRONTED_SUBJECT = re.compile(_ITEM_OPENS + r"(?:out\s+of|of|among)\s+((?:[a-z]+\s+){0,3}[a-z]+)\s*,\s*$")


def fronted_subject(doc: Doc, start: int, rules: Rules) -> Measure | None:
    """ "Of those killed, 20 were children", "Among the wounded, 30 ...": a clause that opens with the harmed, named
    with no number; the harm they suffered, or None."""
    m = _opening_clause(doc, start, _FRONTED_SUBJECT, 60)
    if m is None:
        return None
    t = m.group(1).split()
    hit = rules.subject_nouns.at(t, 0)
    return hit[1] if hit and hit[0] == len(t) else None  # type: ignore[return-value]


_DEFINITE = ("the", "these", "those")


def subject_group(doc: Doc, start: int, rules: Rules) -> str | None:
    """ "The children were taken from their mothers; a few were adopted, while 82 of them were gassed": "of them"
    with no count before it counts the group the sentence opens with, when that is a listed group."""
    opening = doc.sentence_at(start)[0]
    if start - opening > 300:
        return None
    t = Tokens(doc.lower, opening, min(start, opening + 48)).t
    if not t or t[0] not in _DEFINITE:
        return named_before(doc, start, rules)
    for k in range(1, min(len(t), 4)):
        hit = rules.heads.at(t, k)
        if hit and isinstance(hit[1], Group) and hit[1].head:
            return hit[1].group if hit[1].group != "all" and hit[1].measure is None else None
        if not t[k].isalpha() or t[k] in rules.stop:
            return None
    return named_before(doc, start, rules)


# words before "the" that make what follows a place or a whole the people belong to, not the people: "the men of
# the village", "led to the quarry", "taken from the school"
_PLACE_PREPOSITIONS = frozenset(["of", "in", "at", "from", "into", "to", "towards", "toward", "onto", "near", "inside",
                                 "outside", "across", "through", "around", "behind", "within", "throughout", "under",
                                 "over", "past", "along", "beside"])


def named_before(doc: Doc, start: int, rules: Rules) -> str | None:
    """ "Soldiers rounded up the men of the village. 40 of them were shot": for "of them" with no count before it, the
    people the last noun phrase with "the" names, in the sentence or the one before it in the paragraph (or the
    sentence's first word: "Civilians were herded into the church; 120 of them died"), when that is a listed group
    (not people in general, not a harm's noun such as "the hostages"); None when that phrase names anything else
    ("fired on the crowd") or a number stands between."""
    opening = doc.sentence_at(start)[0]
    previous = doc.sentence_at(max(0, opening - 2))
    if previous[1] <= opening and previous[0] < opening and not doc.text[previous[1] : opening].strip() \
            and "\n\n" not in doc.text[previous[1] : opening]:
        opening = previous[0]
    if start - opening > 400 or any(c.isdigit() for c in doc.lower[opening:start]):
        return None
    t = Tokens(doc.lower, opening, start).t
    for i in range(len(t) - 2, -1, -1):
        first = i == 0 or t[i - 1] in (".", ";")
        if t[i] in _DEFINITE and (i == 0 or t[i - 1] not in _PLACE_PREPOSITIONS):
            return _group_word(t, i + 1, rules) or _group_word(t, i + 2, rules, adjective=t[i + 1])
        if first and (g := _group_word(t, i, rules)) is not None:
            return g
    return None


def _group_word(t: list[str], i: int, rules: Rules, adjective: str | None = None) -> str | None:
    """The listed group (not people in general, not a harm's noun) named at token i by a plural noun, not by an
    adjective ("civilian homes"), after at most one describing word; or None."""
    if i >= len(t) or adjective is not None and (not adjective.isalpha() or adjective in rules.stop):
        return None
    hit = rules.heads.at(t, i)
    if not hit or not isinstance(hit[1], Group) or not hit[1].head or hit[1].group == "all" \
            or hit[1].measure is not None:
        return None
    words = t[i : i + hit[0]]
    return hit[1].group if words[-1].endswith(rules.noun_plural_endings) or " ".join(words) == hit[1].group else None


_CLAUSE_OPENING = re.compile(r"(?:^|[:;\u2014]\s*|\s-\s+)([a-z]+)[^:;\u2014]*$")


def asked(doc: Doc, start: int, rules: Rules) -> bool:
    """The count sits in a yes-no question ("Did 20,000 people die at S-21?"): asked, not stated."""
    s, e = doc.sentence_at(start)
    if not doc.text[s:e].rstrip().endswith("?"):
        return False
    m = _CLAUSE_OPENING.search(doc.lower, s, start)
    return bool(m and m.group(1) in rules.question_openers)


def opens_next_sentence(doc: Doc, source: Figure, start: int) -> bool:
    """The count opens the sentence right after the one that counted its people ("Another 8 were found")."""
    opening = doc.sentence_at(start)[0]
    if opening != start and (opening > start or len(doc.lower[opening:start].split()) > 2
                             or any(c.isdigit() or c in ",;:" for c in doc.lower[opening:start])):
        return False
    end = doc.sentence_at(source.span.start)[1]
    return end <= opening and not doc.text[end:opening].strip() and "\n\n" not in doc.text[end:opening]


_SPACES = re.compile(r"\s*")
_SHARING = ("en.figures.breakdown_part", "en.figures.coordinated", "en.figures.shared")
_PASSAGE = 2  # sentences after a count of the shot that may say how many of them died


_DEAD_AFTER = re.compile(r"\s+dead\b")


def shot_not_all_dead(doc: Doc, figures: list[Figure], rules: Rules) -> None:
    """ "In all, 26 people were shot. Thirteen ... died that afternoon", "police shot 249 people, killing 69": a count of
    the shot is a count of the killed unless the same passage counts fewer dead after it; then it is `other`
    (label "shot") and those dead are a part of it. Figures are changed in place."""
    for n, f in enumerate(figures):
        if f.measure != "killed" or f.label != "shot":
            continue
        f.label = None
        if _DEAD_AFTER.match(doc.lower, f.span.end):
            continue  # "shot 30 villagers dead": killed, whatever is said of others after
        total = most(f)
        end = doc.sentence_at(f.span.start)[1]
        for _ in range(_PASSAGE - 1):
            ahead = _SPACES.match(doc.text, end).end()  # type: ignore[union-attr]
            if ahead >= len(doc.text):
                break
            nxt = doc.sentence_at(ahead)
            if nxt[1] <= end or "\n\n" in doc.text[end : nxt[0]]:
                break
            end = nxt[1]
        # fewer dead, each said by its own verb ("14 of them died"; not "of whom 400 in the forest", a breakdown)
        dead = [g for g in figures[n + 1 :] if g.span.start < end and g.measure == "killed" and g.label != "shot"
                and (g.part_of is None or g.part_of is f and not g.rule.startswith(_SHARING))
                and total is not None and (most(g) or 0) < total]
        if dead or rules.shot_survived.search(doc.lower, f.span.end, end):
            f.measure, f.label = "other", "shot"
            for g in dead:
                g.part_of = f


def summed(doc: Doc, start: int, value: float, prior: Prior) -> list[Figure] | None:
    """ "names 906 victims and lists a further 484 people who were abducted, 1,390 in all": the figures just
    before, in the same sentence, that the number adds up; None when no run of two or more adds up to it."""
    here = doc.sentence_at(start)
    run: list[Figure] = []
    for f in reversed(prior.seen):
        if f.span.end > start or f.part_of is not None:
            continue
        if doc.sentence_at(f.span.start) != here or f.value is None:
            break
        run.append(f)
        if len(run) >= 2 and sum(g.value for g in run) == value:  # type: ignore[misc]
            return run[::-1]
    return None


def toll_label(doc: Doc, start: int, prior: Prior, rules: Rules) -> Figure | None:
    """A bare number in an item of a list whose label is a toll with no number of its own ("- Wounded: ... the
    government later gave roughly 1,200"): a figure of that toll, returned as a stand-in the count shares."""
    label = layouts.label_before(doc, start)
    if label is None or not label.bulleted or label.row or start - label.line > _TOLL_LABEL_REACH \
            or any(c.isdigit() for c in doc.lower[label.start : start]):
        return None
    t = Tokens(doc.lower, label.start, label.name_end).t  # "Wounded (official)": the words before the note
    hit = rules.tolls.at(t, 0)
    if not hit or hit[0] != len(t):
        return None
    last = prior.last
    if last is not None and last.span.end > label.start:
        return None  # the line has a figure already
    measure = hit[1]
    return Figure(span=Span(label.start, label.name_end), rule="en.figures.line_label", measure=measure.measure,
                  group="all", unit="people", value=None, label=measure.label)


# ", all of them civilians", ", all of whom were children", " (all civilians)", ", every one of them a Tutsi": an
# aside right after a count that names what every one of the counted was
_ALL_OF_THEM = re.compile(r"\s*[,(\u2014\u2013]\s*(?:all|every\s+one)\s+(?:of\s+(?:them|whom|those)\s+)?"
                          r"(?:(?:were|being)\s+)?(?:(?:an?|the)\s+)?(?=[a-z])")


def apposed_group(doc: Doc, at: int, rules: Rules) -> str | None:
    """ "killed 45 people, all of them civilians", "left 23 dead, all of whom were children": the group that every one
    of the counted belongs to, said in an aside after the count at `at`; a listed group (not people in general) or a
    people as written ("all of them Tutsi"). None otherwise: a share ("most of them women", "many of them children")
    leaves the count one of people in general, as the gold sets write it."""
    m = _ALL_OF_THEM.match(doc.lower, at)
    return _every_one(doc, m.end(), rules) if m is not None else None


def _every_one(doc: Doc, at: int, rules: Rules) -> str | None:
    """The group named at `at` after words that say every one of a count was it ("all of them ", "All were "): a
    listed group (not people in general) or a people as written, or None."""
    toks = Tokens(doc.lower, at, min(len(doc.lower), at + 60))
    said = said_group(toks.t, 0, rules)
    if said is not None:
        g, after = said
        if g.group == "all" or g.measure is not None or after < len(toks.t) and toks.t[after].isalpha() \
                and toks.t[after] not in rules.stop:
            return None  # "all of them local people", "all civilian homes"
        return g.group
    first = 1 if toks.t and toks.t[0] in rules.describing_words else 0  # "all of them ethnic Albanians"
    people = said_people(doc, toks, first, rules)
    return people.group if people is not None and not people.bare else None


# "All were civilians.", "All of them were Tutsi.", "The dead were all civilians.", "They were all children.": the
# sentence right after a count says what every one of the counted was
_ALL_WERE = re.compile(r"\s*(?:all(?:\s+of\s+(?:them|those|the\s+[a-z]+))?\s+(?:were|was)|(?:they|the\s+[a-z]+)"
                       r"\s+(?:were|was)\s+all)\s+(?:(?:an?|the)\s+)?(?=[a-z])")


def all_were_group(doc: Doc, end: int, rules: Rules) -> str | None:
    """ "At least 45 people were killed in the raid. All were civilians.": the group the next sentence says every one
    of the counted belonged to, when the count's sentence has no other number after it; a listed group (not people
    in general) or a people as written, or None."""
    here = doc.sentence_at(max(0, end - 1))
    if here[1] < end or any(c.isdigit() for c in doc.lower[end : here[1]]):
        return None
    gap = doc.text[here[1] : here[1] + 3]
    if "\n\n" in gap or here[1] >= len(doc.text):
        return None
    m = _ALL_WERE.match(doc.lower, here[1])
    if m is None:
        return None
    subject = re.match(r"\s*(?:all\s+of\s+)?the\s+([a-z]+)", doc.lower[here[1] : m.end()])
    if subject is not None and not rules.subject_nouns.at(["the", subject.group(1)], 0):
        return None  # "The houses were all destroyed"; only the harmed: "the dead", "the victims", "the wounded"
    return _every_one(doc, m.end(), rules)


_HOLDING_REACH = 600  # characters back to the count of the held that "33 of the hostages" are taken from


def held_group(doc: Doc, start: int, named: Measure | None, prior: Prior) -> str | None:
    """ "118 residents were taken hostage; 33 of the hostages were shot dead": a part of the people a harm's noun names
    ("the hostages", "the detainees") is a part of the count of that harm given just before, and counts its group
    (here people in general); None when no such count stands within reach."""
    if named is None:
        return None
    for f in reversed(prior.seen):
        if f.span.end > start:
            continue
        if start - f.span.end > _HOLDING_REACH:
            return None
        if f.measure == named.measure and f.part_of is None:
            return f.group
    return None


# A heading over a block of "label: value" lines: a short line of its own, no digit and no full stop
_HEADING = re.compile(r"[ \t#*]*([a-z][a-z ,'\u2019()/-]{2,60}?)[ \t:*]*$")
# words of a heading over a toll's lines: "Civilian casualties", "Military losses" (not "Police response")
_LOSS_WORDS = frozenset(["casualties", "losses", "deaths", "dead", "victims", "toll", "fatalities", "killed",
                         "wounded", "injured"])
_HEADING_LINES = 8  # label lines at most between a heading and the value it names the group of


def heading_group(doc: Doc, line: int, rules: Rules) -> Group | None:
    """ "Civilian casualties\nKilled: 45\nWounded: 120": the group a heading names for the "label: value" lines under
    it (a listed group or its adjective, not people in general; "Casualties" names none), or None. `line` is where
    the value's line starts; only label lines may stand between it and the heading."""
    low = doc.lower
    for _ in range(_HEADING_LINES):
        if line <= 0:
            return None
        above = low.rfind("\n", 0, line - 1) + 1
        text = low[above : line - 1]
        if not text.strip():
            return None  # a blank line ends the block
        if layouts.label_of(doc, above) is None:
            m = _HEADING.fullmatch(text)
            if m is None:
                return None
            t = Tokens(low, above + m.start(1), above + m.end(1)).t
            for i in range(len(t)):
                hit = rules.heads.at(t, i)
                if hit and isinstance(hit[1], Group) and hit[1].group != "all" and hit[1].measure is None:
                    return hit[1] if any(w in _LOSS_WORDS for w in t) else None
            return None
        line = above
    return None


_TOLL_AMONG = re.compile(r"\b(?:toll|casualties|deaths|losses|fatalities)\s+among\s+(?:the\s+)?((?:[a-z-]+\s+)?[a-z-]+)"
                         r"(?=[^0-9.;:]*$)")


def toll_among_group(doc: Doc, start: int, rules: Rules) -> str | None:
    """ "The death toll among civilians has risen to 45", "the toll among the peacekeepers stood at 12": the group
    that "among" names right after the toll the count at `start` gives, in its sentence; or None."""
    m = _opening_clause(doc, start, _TOLL_AMONG, 200)
    if m is None:
        return None
    words = m.group(1).split()
    return _group_word(words, 0, rules) or _group_word(words, 1, rules, adjective=words[0])


def label_group(doc: Doc, start: int, rules: Rules) -> Group | None:
    """ "Civilian casualties: 45 killed and 120 wounded", "- Soldiers: 12 dead": the group that the label opening the
    count's line names (a listed group alone, or with a word of loss), or None."""
    label = layouts.label_before(doc, start)
    if label is None or label.row or any(c.isdigit() for c in doc.lower[label.value : start]):
        return None
    t = Tokens(doc.lower, label.start, label.name_end).t
    hit = rules.heads.at(t, 0) if t else None
    if not hit or not isinstance(hit[1], Group) or not hit[1].head or hit[1].group == "all" \
            or hit[1].measure is not None:
        return None
    rest = t[hit[0] :]
    return hit[1] if not rest or len(rest) == 1 and rest[0] in _LOSS_WORDS else None


def stated_group(doc: Doc, head: Head, measure: Measure, rule: str, start: int, number: int, end: int, prior: Prior,
                 rules: Rules) -> Head:
    """The head of a count (its evidence from `start` to `end`, its number at `number`) with the group its context
    states when its own words count people in general or a harm's noun: an aside ("killed 45 people, all of them
    civilians"), the next sentence ("All were civilians."), "among" after a toll ("the death toll among civilians"),
    the label of its line ("Civilian casualties: 45 killed"); a part of the hostages or detainees counted just before
    ("33 of the hostages") counts their group. Otherwise the head as it is."""
    if head.partitive:
        held = held_group(doc, start, head.noun, prior) if head.named is not None and head.noun is not None \
            and head.noun.measure != measure.measure else None
        return replace(head, group=held, named=None) if held is not None else head  # "118 residents were taken
        # hostage; 33 of the hostages were shot dead": a part of those 118
    if head.group != "all":
        return head
    every = apposed_group(doc, head.end, rules) or apposed_group(doc, end, rules) or all_were_group(doc, end, rules) \
        or (toll_among_group(doc, number, rules) if rule.startswith("en.figures.toll_n") else None) \
        or (paragraph_heading_group(doc, start, rules) if head.bare or head.entry is not None else None) \
        or subject_all_group(doc, start, rules)
    if every is not None:
        return replace(head, group=every)
    labelled = label_group(doc, number, rules) if (head.bare or head.noun is not None) and head.entry is None else None
    return replace(head, group=labelled.group, unit=labelled.unit) if labelled is not None else head


@cache
def _acting_words(language: str) -> tuple[frozenset[str], ...]:
    words = lexicon.load(language, "noncounts")
    return tuple(frozenset(words.get(k, ())) for k in
                 ("object_openers", "object_hedges", "object_times", "subject_harmed", "object_links"))


_PERFECT = frozenset(["had", "have", "has"])  # "had tortured": active, unless "been" follows


def acting(doc: Doc, head_end: int, verb_end: int, measure: Measure, rules: Rules) -> bool:
    """ "Three soldiers shot a boy", "Five officers detained the journalist", "Two gunmen killed 5 people": the counted
    noun (ending at `head_end`) is the subject of an active verb of harm (ending at `verb_end`) that takes an object,
    so the count is of who did the harm, not of who suffered it. Not a passive ("were shot"), a relative clause ("who
    shot"), a reduced passive followed by a time ("killed the day before"), a harm its subject suffers ("130 children
    lost one parent", "thousands fled the city"), nor a negation ("41 did not survive the crash")."""
    openers, hedges, times, harmed, linked = _acting_words(doc.language)
    if measure.measure in harmed or verb_end <= head_end or verb_end - head_end > 40:
        return False
    between = Tokens(doc.lower, head_end, verb_end).t
    if not between or any(w in rules.auxiliaries and w not in _PERFECT or w in rules.relatives or not w.isalpha()
                          or w in rules.negations for w in between) or between[-1] in linked:
        return False  # a passive, a clause of its own (and "15,000 officers held in the three camps": a place, not
        # an object); "Four policemen had tortured the detainees" is active still
    after = Tokens(doc.lower, verb_end, min(len(doc.lower), verb_end + 40)).t
    if not after:
        return False
    n = 0
    while n < min(len(after), 4) and after[n] in hedges:
        n += 1  # "killed more than 20"
    if n < len(after) and after[n][0].isdigit():
        return True
    if n or after[0] not in openers:
        return False
    return len(after) < 2 or after[1] not in times


# words that open a clause of its own between a counted noun and a harm: "4 crates on the market where people were
# killed", "12 trucks that came when the shelling began"
_OTHER_CLAUSE = frozenset(["where", "when", "while", "whereas", "because"])
_DETERMINERS = frozenset(["the", "a", "an", "these", "those", "their", "its", "his", "her"])


def said_of_other(doc: Doc, head_end: int, verb_end: int) -> bool:
    """The harm read after an unlisted noun (ending at `head_end`) is said of something else: it stands in a clause of
    its own ("4 crates on the market where people were killed") or is a noun after a determiner ("200 sittings on the
    killings"); the noun then counts things, not people harmed."""
    between = Tokens(doc.lower, head_end, verb_end).t
    return any(w in _OTHER_CLAUSE for w in between) or len(between) >= 2 and between[-2] in _DETERMINERS


# "Journalists have been targeted: ", "The men were separated from the women. ": a clause whose subject, a listed group
# perhaps after "the", suffers what a passive verb says; what may stand between the group and the verb
_SUFFERED_AUX = frozenset(["were", "was", "are", "is", "have", "has", "had", "been", "being", "all", "then", "also"])
_CLAUSE_BREAK = re.compile(r"[:;]\s*")
_OPENING_WORDS = 3  # words at most before the count in its clause ("More than 40", "At least 12")


def suffered_group(doc: Doc, start: int, rules: Rules) -> str | None:
    """ "The men were separated from the women. More than 40 were shot.", "Journalists have been targeted: at least 12
    were killed this year": a count with no noun that opens its clause takes the listed group that is the passive
    subject of the clause or sentence right before it, with no number between; None otherwise ("Soldiers entered the
    village. 40 were killed": the soldiers did something, nothing was done to them)."""
    low = doc.lower
    opening, _ = doc.sentence_at(start)
    colon = None
    for m in _CLAUSE_BREAK.finditer(low, opening, start):
        colon = m
    if colon is not None:
        clause, count_from = (opening, colon.start()), colon.end()
    else:
        previous = doc.sentence_at(max(0, opening - 2))
        if previous[1] > opening or previous[0] >= opening or doc.text[previous[1] : opening].strip() \
                or "\n\n" in doc.text[previous[1] : opening]:
            return None
        clause, count_from = previous, opening
    before = low[count_from:start]
    if len(before.split()) > _OPENING_WORDS or any(c.isdigit() for c in low[clause[0] : start]):
        return None
    t = Tokens(low, clause[0], clause[1]).t
    i = 1 if t and t[0] in _DEFINITE else 0
    group = _group_word(t, i, rules)
    if group is None:
        return None
    n = i + len(group.split())
    while n < len(t) and t[n] in _SUFFERED_AUX:
        n += 1
    if n == i + len(group.split()) or n >= len(t) \
            or not (t[n] in _suffered_verbs(doc.language) or rules.after.at(t, n)):
        return None  # ("Journalists were barred from the area. At least 40 were killed.": not a verb done to victims)
    return group


@cache
def _suffered_verbs(language: str) -> frozenset[str]:
    return frozenset(lexicon.load(language, "groups").get("suffered_verbs", ()))


_SECTION_NUMBER = re.compile(r"[ \t#*]*(?:[0-9]+(?:\.[0-9]+)*\.?|[ivx]+\.|[a-z]\))?[ \t]*")


def paragraph_heading_group(doc: Doc, start: int, rules: Rules) -> str | None:
    """ "Civilian casualties\n\nAt least 45 people were killed ...": a count of people in general in the first sentence
    of a paragraph takes the listed group that the heading right above it names with a word of loss (a short line of
    its own, perhaps numbered: "3.2 Civilian casualties"); None otherwise ("Casualties" names none)."""
    low = doc.lower
    line = low.rfind("\n", 0, start) + 1
    if line == 0 or doc.sentence_at(start)[0] > line or any(c.isdigit() for c in low[line:start]):
        return None
    above_end = line - 1
    while above_end > 0 and low[above_end - 1] == "\n" and line - above_end < 3:
        above_end -= 1  # one blank line between
    above = low.rfind("\n", 0, above_end) + 1
    text = low[above:above_end]
    number = _SECTION_NUMBER.match(text)
    m = _HEADING.fullmatch(text, number.end() if number else 0)
    if m is None or len(m.group(1).split()) > 6:
        return None
    t = Tokens(low, above + m.start(1), above + m.end(1)).t
    if not any(w in _LOSS_WORDS for w in t):
        return None
    for i in range(len(t)):
        hit = rules.heads.at(t, i)
        if hit and isinstance(hit[1], Group) and hit[1].group != "all" and hit[1].measure is None:
            return hit[1].group
    return None


_BIG_NUMBER_WORDS = frozenset(["hundred", "hundreds", "thousand", "thousands", "million", "millions", "dozen",
                               "dozens"])


def _a_number(word: str, rules: Rules) -> bool:
    """The token is a number, in figures or in words ("5,000", "three", "hundreds")."""
    return word[0].isdigit() or word in rules.number_words or word in _BIG_NUMBER_WORDS


def number_between(doc: Doc, head_end: int, verb_end: int, rules: Rules) -> bool:
    """A number, in figures or words, stands in an aside between the counted noun and its verb: "300 people, one of
    the worst tolls of the war, were killed", "40 villagers, two days after the raid, were detained". The evidence
    then stops at the noun, so it does not take in what the number between counts. Only an aside set off by commas:
    not a phrase that says which ones ("15,000 officers held in three camps were executed"), nor a restatement set off
    by a dash ("one crore people - ten million - fled" is one figure, said twice)."""
    t = Tokens(doc.lower, head_end, verb_end).t
    if not t or t[0] != "," or rules.list_openers.at(t, 1):
        return False  # (not a phrase that says which ones: "15,000 officers held in three camps were executed"; nor a
        # breakdown: "45 people, among them a nurse and two teachers, were killed")
    for i, w in enumerate(t):
        hit = rules.after.at(t, i)
        if w in rules.auxiliaries or hit and isinstance(hit[1], Measure) and not (hit[1].weak or hit[1].contextual):
            return False  # the verb itself: "130 children lost one of their parents"
        if _a_number(w, rules):
            return True
    return False



# a preposition and a determiner right before a number: "at the rally of 5,000 mourners", "in the 2 compounds"
_IN_PHRASE = re.compile(r"\b(?:in|at|from|of|on|into|inside|near|to|for|with|across|through|under|outside|behind)\s+"
                        r"(?:the|these|those|its|their|his|her|our)\s+$")
_FINITE = frozenset(["were", "was", "are", "is", "had", "have", "has"])


def inside_phrase(doc: Doc, start: int, head_end: int, verb_end: int) -> bool:
    """The number at `start` is inside a phrase that hangs on another noun ("at the rally of 5,000 mourners were
    killed", "in the 2 compounds were executed"), and the finite verb after its noun is that other noun's: what it
    counts is not what the verb says was done. (Not "the bodies of 40 people were found": no determiner, the
    phrase's noun is the people.)"""
    if not _IN_PHRASE.search(doc.lower, max(0, start - 30), start):
        return False
    between = Tokens(doc.lower, head_end, verb_end).t
    return bool(between) and between[0] in _FINITE


# "The victims, all ethnic Albanians, ", "the dead, every one of them a civilian, ": the harmed named before the count,
# with an aside that says what every one of them was
_SUBJECT_ALL = re.compile(r"\bthe\s+(?:victims|dead|deceased|hostages|detainees|captives|missing|wounded|injured)\s*"
                          r"[,(\u2014\u2013]\s*(?:all|every\s+one)\s+(?:of\s+(?:them|whom)\s+)?(?:(?:were|being)\s+)?"
                          r"(?:(?:an?|the)\s+)?(?=[a-z])")


def subject_all_group(doc: Doc, start: int, rules: Rules) -> str | None:
    """ "The victims, all ethnic Albanians, were shot in a field; police counted 45 bodies": the group that an aside on
    the harmed, earlier in the count's sentence with no number between, says every one of them was; or None."""
    opening = doc.sentence_at(start)[0]
    if start - opening > 240 or any(c.isdigit() for c in doc.lower[opening:start]):
        return None
    m = None
    for m in _SUBJECT_ALL.finditer(doc.lower, opening, start):
        pass
    return _every_one(doc, m.end(), rules) if m is not None else None


_PART_OF_THE = re.compile(r"(?:^|[\s(])([a-z0-9][a-z0-9,.-]*)\s+of\s+(?:the|these|those|its|their)\s+$")


def population(doc: Doc, start: int, rules: Rules) -> bool:
    """The number at `start` is the whole a part is taken from ("12 of the 5,000 protesters were killed", "killed at
    least 12 of the 50 protesters", "two of the three journalists"): it counts those the part was among, not the
    harmed. Only called for a count of a group of people, not of a harm's noun ("12 of the 40 bodies")."""
    m = _PART_OF_THE.search(doc.lower, max(0, start - 40), start)
    if m is None:
        return False
    return _a_number(m.group(1), rules)


_SINGULAR_VERBS = frozenset(["was", "is", "has", "wasn't", "isn't", "hasn't"])


_SINGULAR_SUBJECT = re.compile(r"\b(?:total|number|group|crowd|toll|tally|figure)\s+of\s+"
                               r"(?:some\s+|about\s+|around\s+|over\s+)?$")


def singular_verb(doc: Doc, q: Qty, head_end: int, verb_end: int) -> bool:
    """A count of more than one whose noun is followed at once by a verb in the singular ("A man with 4 children was
    detained"): the verb agrees with another subject, so what it says is not said of the count. (Not after "a total
    of", "a group of": "A total of 94 people was killed" is still the 94.)"""
    value = q.value if q.value is not None else q.low
    if value is None or value <= 1 or _SINGULAR_SUBJECT.search(doc.lower, max(0, q.start - 30), q.start):
        return False
    t = Tokens(doc.lower, head_end, verb_end).t
    return bool(t) and t[0] in _SINGULAR_VERBS
