"""The gazetteer keeps what it found in a stretch of text and the key of a name it was
asked for; a kept answer must be the answer a fresh lookup gives."""

from __future__ import annotations

import re

import pytest

from testimonia.gazetteer import get_gazetteer

TEXTS = [
    "Khojaly and Shusha, said Ilham Aliyev in Baku.",
    "Жители Ходжалы в Агдаме",  # one letter folds to two: offsets through the map
    "“Xocalı” – Şuşa",
    "Residents of Nagorno-Karabakh and of the South Caucasus",
]


def stretches(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"\S+(?: \S+)?", text)]


@pytest.mark.parametrize("text", TEXTS)
def test_names_kept_for_a_stretch_are_those_a_fresh_scan_finds(text):
    gz = get_gazetteer()
    gz._stretches.clear()
    fresh = gz.names_in_spans(text, stretches(text))
    assert fresh == gz.names_in_spans(text, stretches(text))  # every stretch kept now
    assert fresh == [hit for a, b in stretches(text) for hit in gz.names_in_spans(text, [(a, b)])]


def test_a_stretch_seen_before_and_one_not_in_the_same_call():
    gz = get_gazetteer()
    gz._stretches.clear()
    text = "Baku and Yerevan and Tbilisi"
    first = gz.names_in_spans(text, [(0, 4)])
    both = gz.names_in_spans(text, [(0, 4), (9, 16), (21, 28)])
    assert both[:1] == first
    assert [text[s:e] for s, e, _ in both] == ["Baku", "Yerevan", "Tbilisi"]


def test_kept_keys_are_the_keys():
    gz = get_gazetteer()
    kid = gz.key_id("Khojaly")
    assert kid is not None and gz.key_id("KHOJALY") == kid == gz.key_id("Khojaly")
    assert gz.key_id("Nowhereville Qq") is None
    assert gz.key_id("") is None


def test_the_first_entries_of_a_key():
    gz = get_gazetteer()
    kid = gz.key_id("San Jose")
    everything = gz.key_entries(kid)
    assert len(everything) > 3
    assert gz.key_entries(kid, 3) == everything[:3]
    assert gz.key_entries(kid, 10_000) == everything
