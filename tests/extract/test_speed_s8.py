"""Session 8's shortcuts give what the plain code they replace gives: the same answers, for the same text."""

from __future__ import annotations

import random
import re

import pytest

from testimonia.extract import event_dates, event_mentions, places
from testimonia.extract.doc import Doc
from testimonia.extract.names import organizations
from testimonia.gazetteer import get_gazetteer
from testimonia.model.facts import Actor, Span


def _context(text: str) -> places._Context:
    return places._Context(Doc(text), places._lexicon("en"), get_gazetteer())


# --- places: the noun after a name, read once per offset -------------------------------------------

NOUN_AFTER_ROWS = [
    ("Fighting spread to the Zamzam camp last week.", "Zamzam"),
    ("the Varnesh massacre was remembered", "Varnesh"),
    ("the Varnesh Massacre was remembered", "Varnesh"),
    ("Tulen, a town in the north", "Tulen"),
    ("Soldiers left Tulen.", "Tulen"),
    ("Soldiers left Tulen\ncamp", "Tulen"),  # a line break is a space to the pattern
    ("Soldiers left Tulen  villages", "Tulen"),
    ("The Tulen campaign ended", "Tulen"),  # "campaign" is no "camp"
    ("at the end", "end"),
]


@pytest.mark.parametrize(("text", "name"), NOUN_AFTER_ROWS)
def test_noun_after_is_the_pattern_every_time(text: str, name: str) -> None:
    ctx = _context(text)
    end = text.index(name) + len(name)
    m = ctx.lx.after.match(ctx.norm, end)
    expected = None if m is None else ("place" if m.group("place") else "event")
    assert ctx.noun_after(end) == expected
    assert ctx.noun_after(end) == expected  # the second answer is the kept one
    assert ctx.noun_after(len(text)) is None


# --- places: a name head in the 60 characters before a name ----------------------------------------

HEAD_ROWS = [
    "During Operation Marlow the town of Sefton was taken.",
    "The Treaty of the Upper Kell gave Sefton away.",
    "the Treaties of Arlen and Sefton",
    "A Peace of Arlen",
    "Operations near Sefton",  # "Operation" inside "Operations" still stands in the window as text
    "Cooperation with Sefton",  # inside a word: the substring test counts it, and so must the shortcut
    "Nothing of the kind before Sefton",
    "Operation" + " " * 70 + "Sefton",  # too far back
    "Treat Sefton",
    "",
]


@pytest.mark.parametrize("text", HEAD_ROWS)
def test_name_head_before_is_a_substring_of_the_window(text: str) -> None:
    ctx = _context(text)
    for s in range(len(text) + 1):
        window = text[max(0, s - 60) : s]
        assert ctx.after_name_head(s) == any(h in window for h in ctx.lx.name_heads), (text, s)


# --- places: a route's noun after hyphenated names -------------------------------------------------

ROUTE_ROWS = [
    "Trucks took the Goris-Stepanakert road at night.",
    "the Baku-Tbilisi-Ceyhan pipeline",
    "along the Kyiv-Chernihiv highway",
    "a well-known road",  # lower case after the hyphen: no route
    "the Goris-Stepanakert  road",  # two spaces: no route
    "Goris-Stepanakert roads",
    "no hyphen here at all",
]


@pytest.mark.parametrize("text", ROUTE_ROWS)
def test_every_route_match_ends_as_route_end_finds(text: str) -> None:
    lx = places._lexicon("en")
    if lx.route.search(text) is not None:
        assert lx.route_end.search(text) is not None


# --- places: the items before a list's name end in a separator -------------------------------------

LIST_ROWS = [
    "rockets hit Ein Tarma, Moadamiyah and Zamalka",
    "Tugh (Tuğ), Karin Tak or Hadrut",
    "the villages Tugh and\nHadrut",
    "the villages Tugh and \nHadrut",  # "$" takes one line break after the separator
    "Tugh,\nHadrut",
    "Tugh;Hadrut",
    "Hadrut",
]


@pytest.mark.parametrize("text", LIST_ROWS)
def test_list_before_is_searched_only_after_a_separator(text: str) -> None:
    start = text.rindex("Hadrut") if "Hadrut" in text else len(text)
    if places._LIST_BEFORE.search(text, max(0, start - 60), start) is not None:
        assert text.endswith(places._LIST_SEPARATORS, 0, start) or (
            text[start - 1 : start] == "\n" and text.endswith(places._LIST_SEPARATORS, 0, start - 1))


def test_list_before_gate_on_random_text() -> None:
    rng = random.Random(5)
    pieces = ["Tugh", " ", "Ab", ", ", " and ", " or ", "\n", "x", "(Kh)", " (Kh)", ",", "and", "or"]
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8))) + "Zed"
        start = len(text) - 3
        if places._LIST_BEFORE.search(text, max(0, start - 60), start) is not None:
            assert text.endswith(places._LIST_SEPARATORS, 0, start) or (
                text[start - 1] == "\n" and text.endswith(places._LIST_SEPARATORS, 0, start - 1)), text


# --- events: a word capitalised mid-sentence elsewhere --------------------------------------------

MID_ROWS = [
    ("Genocide was denied. They spoke of the Genocide again.", "Genocide", 0, True),
    ("Genocide was denied. Genocide again.", "Genocide", 0, False),  # only at sentence starts
    ("Genocide was denied, Genocide again.", "Genocide", 0, True),  # after a comma
    ("Genocide was denied; Genocide again.", "Genocide", 0, True),
    ("Genocide. the Genocides", "Genocide", 0, False),  # goes on as a longer word
    ("Genocide. the Genocide_x", "Genocide", 0, False),
    ("Genocide. the Genocide-era", "Genocide", 0, True),  # a hyphen ends a word
    ("Genocide. the Genocide", "Genocide", 0, True),  # at the end of the text
    ("x the Genocide", "Genocide", 6, False),  # only the one at `start`
    ("Famine. the  Famine", "Famine", 0, False),  # two spaces
    ("Famine. THE Famine", "Famine", 0, False),  # a capital before
    ("1.2 the 1.2 x", "1.2", 0, True),
    ("Era. the Era. end", "Era.", 0, False),  # ending in a full stop, the word needs a letter after it for "\b"
    ("Era. the Era.x end", "Era.", 0, True),
]


@pytest.mark.parametrize(("norm", "word", "start", "expected"), MID_ROWS)
def test_mid_sentence_elsewhere_is_the_pattern(norm: str, word: str, start: int, expected: bool) -> None:
    pattern = event_mentions._MID_SENTENCE + re.escape(word) + r"\b"
    assert any(m.start() != start for m in re.finditer(pattern, norm)) == expected
    assert event_mentions._mid_sentence_elsewhere(norm, word, start) == expected


def test_mid_sentence_elsewhere_on_random_text() -> None:
    rng = random.Random(11)
    for _ in range(20000):
        norm = "".join(rng.choice("ab ,;.XYZé_1\n") for _ in range(rng.randint(0, 14)))
        word = "".join(rng.choice("XYZa_é.1 ") for _ in range(rng.randint(1, 3)))
        start = rng.randint(0, 12)
        pattern = event_mentions._MID_SENTENCE + re.escape(word) + r"\b"
        expected = any(m.start() != start for m in re.finditer(pattern, norm))
        assert event_mentions._mid_sentence_elsewhere(norm, word, start) == expected, (norm, word, start)


# --- event dates: the nearest cue ------------------------------------------------------------------


def _nearest_plain(pattern: re.Pattern, low: str, lo: int, hi: int, span: Span) -> int:
    best = event_dates._FAR
    for m in pattern.finditer(low, lo, hi):
        if m.start() >= span.end:
            return min(best, m.start() - span.end)
        best = min(best, max(span.start - m.end(), 0))
    return best


NEAREST_ROWS = [
    "troops fired on the crowd on 13 April 1919, killing hundreds",
    "in its judgment of 25 October 2012 the court found that the shelling killed 12",
    "the massacre 1992 the killings",
    "1992 was quiet",
    "killed killed killed 1992 killed",
    "killed1992",
]


@pytest.mark.parametrize("text", NEAREST_ROWS)
def test_nearest_is_the_plain_scan(text: str) -> None:
    cues = event_dates._cues("en")
    low = text.lower()
    at = re.search(r"\d{4}", low)
    span = Span(at.start(), at.end()) if at else Span(len(low), len(low))
    for pattern in (cues.harm, cues.weak, cues.later):
        for lo in range(0, span.start + 1, 3):
            for hi in range(span.end, len(low) + 1, 3):
                assert event_dates._nearest(pattern, low, lo, hi, span) == _nearest_plain(pattern, low, lo, hi, span)


# --- organisations: a name that only shortens a longer one ----------------------------------------

SHORTENED_ROWS = [
    # names of the document, the name asked about, whether it only shortens a longer one
    (["Fact-Finding Mission", "Independent Fact-Finding Mission on Qarn"], "Fact-Finding Mission", True),
    (["Fact-Finding Mission", "Independent Fact-Finding Mission on Qarn"], "Independent Fact-Finding Mission on Qarn",
     False),
    (["Review Panel", "the Secretary-General's Review Panel"], "the Secretary-General's Review Panel", False),
    (["Review Panel", "Internal Review Panel"], "Secretary-General's Review Panel", True),  # the owner dropped
    (["Review Panel", "Internal Review Panel"], "the Secretary-General's Review Panel", False),
    (["Mission", "Missions Board"], "Mission", False),  # a word is no part of a longer word
    (["Panel of Experts", "Panel of Experts"], "Panel of Experts", False),  # only itself
    (["Board", "Board  of  Inquiry"], "Board", True),  # spaces of any length part words
    (["Mission on Qarn", "Qarn Mission on Qarn Affairs"], "Mission on Qarn", True),
    (["Qarn Mission", "Mission on Qarn"], "Qarn Mission", False),  # not in a row
    (["ICTY", "ICTY Appeals Chamber"], "ICTY", False),  # in capitals: a name of its own
    ([" ", "Board"], " ", True),  # no words at all: inside any longer name, as the word lists compare
]


@pytest.mark.parametrize(("names", "name", "expected"), SHORTENED_ROWS)
def test_shortened_is_a_run_of_words_in_a_longer_name(names: list[str], name: str, expected: bool) -> None:
    from testimonia.extract.names.lexicon import name_lexicon

    lex = name_lexicon("en")
    actors = {n.lower(): Actor(span=Span(0, len(n)), rule="r", name=n, kind="organization") for n in names}
    assert organizations._shortened(name, organizations._word_strings(actors), lex) is expected
    assert _shortened_plain(name, actors, lex) is expected


def _shortened_plain(name: str, actors: dict, lex) -> bool:
    """The word-list comparison `_shortened` replaces."""
    if name in lex.known or name in lex.un_names or name.isupper():
        return False
    words = name.lower().split()
    if len(words) > 1 and words[0].endswith("'s"):
        words = words[1:]
    n = len(words)
    for key in actors:
        if key == name.lower():
            continue
        other = key.split()
        if len(other) > n and other != words and any(other[k : k + n] == words for k in range(len(other) - n + 1)):
            return True
    return False


# --- event dates: "25 years on" read only before the cue ---------------------------------------------

YEARS_AGO_ROWS = [
    "twenty years ago the village burned",
    "It happened 30 years ago, and 12 years earlier the town was founded.",
    "forty-five years on, the families wait",
    "some 1000 years ago",  # four digits: the count is the letters' alternative or nothing
    "a few years ago",
    "years ago",
    "ten  years\nago",
    "ten years agony",
    "on-going years on",
    "10 years ago years ago",  # the second cue's count would be inside the first match
    "tenyears ago",
]


@pytest.mark.parametrize("text", YEARS_AGO_ROWS)
def test_years_ago_is_the_pattern(text: str) -> None:
    pattern, cue, _, _ = event_dates._years_since("en")
    low = text.lower()
    expected = [(m.span(), m.group(1)) for m in pattern.finditer(low)]
    assert [(m.span(), m.group(1)) for m in event_dates._years_ago(low, pattern, cue)] == expected


def test_years_ago_on_random_text() -> None:
    pattern, cue, _, _ = event_dates._years_since("en")
    rng = random.Random(7)
    pieces = ["10", " ", "years", " ago", "year", "on", "-", "twenty", "five", "  ", "\n", "a", "x9", "1234", "earlier",
              "ago", "s", "é", " on-going", ",", "_", "years ago years ago"]
    for _ in range(20000):
        low = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        expected = [(m.span(), m.group(1)) for m in pattern.finditer(low)]
        assert [(m.span(), m.group(1)) for m in event_dates._years_ago(low, pattern, cue)] == expected, low


# --- bylines: a photographer's credit -------------------------------------------------------------


def test_photo_credit_is_the_look_behind_first_pattern() -> None:
    from testimonia.extract.names import bylines
    from testimonia.extract.names.text import WORD

    plain = re.compile(
        rf"\((?:[A-Z]{{2,6}}|{WORD}) Photos?/(?P<n>{WORD}(?: {WORD}){{1,2}})\)"
        rf"|(?<![\w-])(?:Photo|Photograph|Picture)s?: (?P<m>{WORD}(?: {WORD}){{1,2}})(?=/| for | via |[ \t]*(?:\n|$))",
        re.M)
    rng = random.Random(2)
    pieces = ["(AP Photo/Jane Doe)", "Photo: Jane Doe/Reuters", "xPhoto: Jane Doe\n", "-Photos: Al Bo for X",
              "(Reuters Photos/Al Bo Cy)", "Picture: Ann Lee", "Photograph: Ann Lee via", "P", "Photo", "(", " ", "\n",
              "Jane", " Doe", "/", "é"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        expected = [(m.span(), m.groupdict()) for m in plain.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in bylines._PHOTO_CREDIT.finditer(text)] == expected, text


