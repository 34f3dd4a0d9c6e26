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
