"""The lexicon helpers the families build their scans from."""

from __future__ import annotations

import random
import re

import pytest

from testimonia.extract.doc import Doc
from testimonia.extract.event_mentions import grammar
from testimonia.extract.lexicon import WordHits, alternation, load


def _by_find(low: str, words: tuple[str, ...]) -> list[tuple[int, int, str]]:
    """What `WordHits` replaces: each word in turn with `str.find`, longest first."""
    hits, taken, n = [], set(), len(low)
    for word in words:
        i = low.find(word)
        while i != -1:
            end = i + len(word)
            if i not in taken and (i == 0 or not low[i - 1].isalnum()) and (end == n or not low[end].isalnum()):
                hits.append((i, end, word))
                taken.add(i)
            i = low.find(word, end)
    return hits


WORDS = ("massacres", "massacre", "was taken", "taken", "war", "awa", "aa")


@pytest.mark.parametrize(
    "text",
    [
        "the massacres and the massacre; war-time, a war, warfare",
        "the town was taken. taken, retaken; was taken",
        "aaa aa aaaa awawa awa war awar",  # words overlapping themselves and each other
        "",
    ],
)
def test_word_hits_finds_what_str_find_finds(text: str) -> None:
    assert WordHits(WORDS).find(text) == _by_find(text, WORDS)


def test_word_hits_on_random_text() -> None:
    rng = random.Random(3)
    pieces = ["massacre", "s", " ", "war", "a", "was taken", "-", "taken", "x", "."]
    for _ in range(300):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        assert WordHits(WORDS).find(text) == _by_find(text, WORDS), text


def test_event_cues_are_one_scan_of_two_disjoint_lists() -> None:
    """`Grammar.cues` finds "during" and "wider" cues together; that is their two scans only while no
    word of one list is a word of a phrase of the other."""
    g = grammar("en")
    wider = re.compile(r"\b(?:" + alternation(load("en", "events")["wider"]) + r")\b")
    doc = Doc("During the wider war, as part of the larger campaign and within a broader conflict, amid shelling.")
    together = [(m.start(), m.end(), m.lastgroup) for m in g.cues.finditer(doc.lower)]
    apart = sorted([(m.start(), m.end(), "part_of") for m in g.part_of.finditer(doc.lower)]
                   + [(m.start(), m.end(), "wider") for m in wider.finditer(doc.lower)])
    assert together == apart and len(together) == 7


def test_event_cue_lists_share_no_word() -> None:
    lex = load("en", "events")
    part_of_words = {w for phrase in lex["part_of"] for w in phrase.lower().split()}
    assert not part_of_words & {w.lower() for w in lex["wider"]}


def test_word_hits_of_no_words() -> None:
    assert WordHits(()).find("war") == [] and WordHits([""]).find("war") == []


def test_event_cue_hits_are_the_cues_scan() -> None:
    """`cue_hits` finds what `Grammar.cues` finds, its word boundary before a cue checked apart."""
    from testimonia.extract.event_mentions import cue_hits

    g = grammar("en")
    assert g.cue_words is not None
    for text in ("During the wider war, as part of the larger campaign and within a broader conflict, amid shelling.",
                 "It was part of it; a pyramid amid ruins, notwithin_ within_ _within wider-ranging, thewider, "
                 "in the\ncourse of the siege, in  the final year of the war. Duringwider during"):
        low = Doc(text).lower
        assert cue_hits(g, low) == [(m.start(), m.end(), m.lastgroup) for m in g.cues.finditer(low)], text


def _by_slices(phrases: dict, t: list[str], i: int, backwards: bool) -> tuple[int, object] | None:
    """What `Phrases` answers, by comparing slices with every phrase, longest first, first listed first."""
    from testimonia.extract.lexicon import TOKEN

    entries = sorted(((len(TOKEN.findall(p.lower())), TOKEN.findall(p.lower()), v) for p, v in phrases.items()),
                     key=lambda e: -e[0])
    for n, toks, value in entries:
        if not toks:
            continue
        if backwards and i >= n and t[i - n : i] == toks or not backwards and 0 <= i < len(t) and t[i : i + n] == toks:
            return n, value
    return None


def test_phrases_find_the_longest_phrase_first_listed() -> None:
    from testimonia.extract.lexicon import Phrases

    phrases = {"of": 1, "the number of": 2, "number of": 3, "Number  of": 4, "toll of": 5, "the death toll of": 6,
               "death": 7, "at least": 8, "at": 9, "more than": 10, "no more than": 11, "u.s. forces": 12, "": 13}
    lookup = Phrases(phrases)
    words = ["the", "number", "of", "death", "toll", "at", "least", "no", "more", "than", "u.s", ".", "forces", "x"]
    rng = random.Random(3)
    for _ in range(3000):
        t = [rng.choice(words) for _ in range(rng.randrange(0, 9))]
        for i in range(len(t) + 2):
            assert lookup.at(t, i) == _by_slices(phrases, t, i, False), (t, i)
        for j in range(len(t) + 1):
            assert lookup.ending(t, j) == _by_slices(phrases, t, j, True), (t, j)


def test_token_pattern_is_the_plain_one() -> None:
    """`TOKEN` tries joined parts only where one follows; its tokens are those of the plain pattern."""
    from testimonia.extract.lexicon import TOKEN

    plain = re.compile(r"[a-z0-9\u00c0-\u024f]+(?:(?:['-]|\.(?![0-9])|(?<=[0-9])\.)[a-z0-9\u00c0-\u024f]+)*|[^\s]")
    rng = random.Random(5)
    for _ in range(5000):
        text = "".join(rng.choice("ab1é.'- ,\n-x") for _ in range(rng.randrange(0, 24)))
        assert TOKEN.findall(text) == plain.findall(text), text
        assert TOKEN.findall(text, 2, 15) == plain.findall(text, 2, 15), text
