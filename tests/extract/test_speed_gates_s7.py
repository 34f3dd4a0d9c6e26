"""Shortcuts of session 7's speed work give what the full scans they replace give.

Every sentence here is our own; random windows and spans over them try each shortcut's edges.
"""

from __future__ import annotations

import random
import re
from datetime import date

import pytest

from testimonia.extract import event_dates, figure_layouts, places
from testimonia.extract.dates import find_dates
from testimonia.extract.doc import Doc
from testimonia.model.facts import Span

CUE_ROWS = [
    "Gunmen shot dead nine farmers on 3 May 2001; the court convicted two of them in June 2004.",
    "The massacre of 12 March 1999 was commemorated on its anniversary, when the mayor apologised.",
    "An inquiry reported in 2010 that soldiers had killed the villagers in the spring of 1993.",
    "Shelling hit the market on Monday, killing 14; the ministry said on Tuesday it had opened a case.",
    "Nothing happened here on 4 July 2020, and the meeting was held on 5 July 2020 instead.",
    "Troops opened fire. The bodies were buried on 9 April; a memorial was unveiled in 2015.",
    "The attack, the deadliest since 2014, was condemned by the council on 2 February 2022.",
    "Residents fled the killings in 1988-89 and were sentenced, tried or acquitted years later.",
]


def _full_nearest(pattern, low: str, lo: int, hi: int, span: Span) -> int:
    return min((max(m.start() - span.end, span.start - m.end(), 0) for m in pattern.finditer(low, lo, hi)),
               default=event_dates._FAR)


def _full_kind(doc: Doc, d) -> str:
    """`date_kind` with every cue pattern scanned over its whole window, as it was written before."""
    cues, low, span = event_dates._cues(doc.language), doc.lower, d.span
    sentence = doc.sentence_at(span.start)
    lo, hi = max(sentence[0], span.start - event_dates._CUE_REACH), min(sentence[1], span.end + event_dates._CUE_REACH)
    for m in event_dates._CLAUSE_END.finditer(low, lo, hi):
        if m.end() == span.start or (m.end() < span.start and m.group().strip() in ";"):
            lo = m.end()
        elif m.start() >= span.end and m.group().strip() in ";":
            hi = m.start()
            break
    for m in cues.reporting.finditer(low, lo, hi):
        if m.end() <= span.start:
            lo = m.end()
        elif m.start() >= span.end:
            hi = m.end() - len("that")
            break
    harm = min(_full_nearest(cues.harm, low, lo, hi, span),
               _full_nearest(cues.weak, low, lo, hi, span) + cues.weak_reach)
    later = _full_nearest(cues.later, low, lo, hi, span)
    if harm >= event_dates._FAR and later >= event_dates._FAR:
        return event_dates.PLAIN
    return event_dates.HARM if harm < later else event_dates.LATER


def test_nearest_stops_where_the_full_scan_agrees() -> None:
    cues = event_dates._cues("en")
    rng = random.Random(7)
    text = " ".join(CUE_ROWS).lower()
    for _ in range(3000):
        lo = rng.randrange(len(text))
        hi = min(len(text), lo + rng.randrange(400))
        s = rng.randrange(lo, hi + 1)
        span = Span(s, min(hi, s + rng.randrange(15)))
        for pattern in (cues.harm, cues.weak, cues.later):
            assert event_dates._nearest(pattern, text, lo, hi, span) == _full_nearest(pattern, text, lo, hi, span)


@pytest.mark.parametrize("text", CUE_ROWS + [" ".join(CUE_ROWS)])
def test_date_kind_is_the_full_scan(text: str) -> None:
    doc = Doc(text, date(2022, 3, 1))
    dates = find_dates(doc)
    assert dates
    for d in dates:
        assert event_dates.date_kind(doc, d) == _full_kind(doc, d)


ROUTE_ROWS = [
    "Convoys on the Goris-Lachin road were stopped, and the Baku-Ganja railway closed.",
    "The Kyiv-Chernihiv highway and the old Tbilisi-Gori-Batumi route reopened.",
    "Nagorno-Karabakh and Guinea-Bissau are names, not routes; x-Ray-Alpha road; O'Neil-Smith road.",
    "It ran from Drvar-Bihac border posts; non-Aligned-Zone corridor; 'Mosul-Erbil' road",
    "Sarajevo-Mostar\nroad, Ali-Bey road, A-B road.",
]


def _old_route(route: re.Pattern) -> re.Pattern:
    """The route pattern as written before: its lookbehind first."""
    up, rest = route.pattern.split(r"(?<![\w'-].)", 1)
    return re.compile(r"(?<![\w'-])" + up + rest)


@pytest.mark.parametrize("text", ROUTE_ROWS)
def test_route_scan_opens_with_its_capital(text: str) -> None:
    route = places._lexicon("en").route
    old = _old_route(route)
    assert [m.span("names") for m in route.finditer(text)] == [m.span("names") for m in old.finditer(text)]


def test_route_scan_on_random_text() -> None:
    route = places._lexicon("en").route
    old = _old_route(route)
    rng = random.Random(11)
    pieces = ["Goris", "Lachin", "-", "'", " ", "road", "x", "Ab", "\n", "É", "railway", "9", "_"]
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert [m.span() for m in route.finditer(text)] == [m.span() for m in old.finditer(text)], text


BUILDING_ROWS = [
    "Soldiers burned the Motael church in November, and later shelled Dili.",
    "Families gathered at the Lukianivka cemetery outside Kyiv; the Lukianivka chapel was empty.",
    "Refugees sheltered in the Nyamata church, south of Kigali.",
    "The army entered Srebrenica and Potocari; nothing was said of any church.",
    "No building is named here, only Goris and Stepanakert.",
]


def _ungated_buildings(self) -> None:
    """`_Context.buildings` as written before: every name counted whether or not one stands before a noun."""
    norm, building = self.norm, self.lx.building
    named: dict[str, int] = {}
    for m in self.mentions.values():
        f = places._fold(m.name) if not m.name.isupper() else ""
        named[f] = named.get(f, 0) + 1
    for (s, e), m in list(self.mentions.items()):
        if (norm.startswith(" ", e) and (b := building.match(norm, e)) and named[places._fold(m.name)] == 1
                and self.a_guess(m)):
            del self.mentions[(s, e)]
            self.add(s, b.end(), "en.places.building", None, confidence=0.5)


@pytest.mark.parametrize("text", BUILDING_ROWS)
def test_buildings_gate_agrees(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    gated = repr(places.find_places(Doc(text)))  # a mention compares by identity: compare what it holds
    monkeypatch.setattr(places._Context, "buildings", _ungated_buildings)
    assert repr(places.find_places(Doc(text))) == gated


def test_buildings_rows_name_a_building() -> None:
    rules = {p.rule for text in BUILDING_ROWS for p in places.find_places(Doc(text))}
    assert "en.places.building" in rules


LABEL_ROWS = [
    "Deaths: 35 (official); 70 (army)\n- Wounded – about 60, 12 of them children\nDeaths 112\nthe attack killed 112\n"
    "Q. how many died?\nA. thirty or 40",
]


@pytest.mark.parametrize("text", LABEL_ROWS)
def test_label_memo_reads_what_the_line_says(text: str) -> None:
    doc = Doc(text)
    lines = [0] + [i + 1 for i, c in enumerate(doc.lower) if c == "\n"]
    read = [figure_layouts._read_label(doc, line) for line in lines]
    assert [figure_layouts.label_of(doc, line) for line in lines] == read
    assert [figure_layouts.label_of(doc, line) for line in reversed(lines)] == read[::-1]
    assert sum(label is not None for label in read) >= 4
    at = [doc.lower.index("35"), doc.lower.index("60"), doc.lower.index("thirty")]
    assert [figure_layouts.label_before(doc, a) for a in at] == [figure_layouts.label_before(Doc(text), a) for a in at]
