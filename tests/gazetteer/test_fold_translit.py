"""Folding and transliteration: the rules that let one key match every spelling."""

from __future__ import annotations

import pytest

from testimonia.gazetteer.fold import FoldedText, fold_name, key_of
from testimonia.gazetteer.translit import languages, variants


@pytest.mark.parametrize(
    ("name", "folded"),
    [
        ("Xocalı", "xocali"),
        ("Malıbəyli", "malibeyli"),  # anyascii: ə is "e", never unidecode's "@"
        ("Imarat-Garvand", "imarat garvand"),
        ("Cox’s Bāzār", "cox s bazar"),
        ("Ходжалы", "khodzhaly"),
        ("  U.S. ", "u s"),
        ("", ""),
    ],
)
def test_fold_name(name, folded):
    assert fold_name(name) == folded


def test_key_is_space_wrapped():
    assert key_of("Khojaly") == " khojaly "
    assert key_of("--") == ""


@pytest.mark.parametrize(
    "text",
    ["plain ascii Khojaly text", "“Xocalı” – Şuşa", "Жители Ходжалы", "e\u0301te\u0301 a\u0300 Paris"],
)
def test_folded_spans_map_back_to_the_text(text):
    folded = FoldedText(text)
    assert folded.folded.startswith(" ") and folded.folded.endswith(" ")
    # every folded word maps back to a span of the original that folds to it
    pos = 1
    for word in folded.folded.split():
        fs = folded.folded.index(word, pos)
        s, e = folded.span(fs, fs + len(word))
        assert fold_name(text[s:e]) == word
        pos = fs + len(word)


@pytest.mark.parametrize(
    ("text", "one_to_one"),
    [("plain ascii", True), ("Xocalı, Ağdam, Mladić, Zvornik", True), ("Жители Ходжалы", False),
     ("e\u0301te\u0301", False)],
)
def test_offsets_need_a_map_only_when_a_letter_folds_to_more_or_less_than_one(text, one_to_one):
    folded = FoldedText(text)
    assert (folded.origin is None) == one_to_one
    if one_to_one:  # no map: folded character i + 1 is character i of the text
        assert len(folded.folded) == len(text) + 2
        assert all(folded.span(i + 1, i + 2) == (i, i + 1) for i in range(len(text)))


@pytest.mark.parametrize(
    ("name", "lang", "expected"),
    [
        ("Xocalı", "az", {"khojali", "khojaly"}),
        ("Xocavənd", "az", {"khojavand", "khojavend"}),
        ("Qaradağlı", "az", {"garadaghli"}),
        ("Malıbəyli", "az", {"malibayli"}),
        ("Ходжалы", "ru", {"khojaly", "khodzhaly"}),
        ("Степанакерт", "ru", {"stepanakert"}),
        ("Խոջալու", "hy", {"khojalu"}),
        ("Արցախ", "hy", {"artsakh"}),
    ],
)
def test_transliteration_variants(name, lang, expected):
    assert expected <= set(variants(name, lang))


def test_rule_files_are_well_formed():
    assert {"az", "ru", "hy"} <= set(languages())
    for lang in languages():
        for form in variants("test", lang):
            assert form == form.lower()
