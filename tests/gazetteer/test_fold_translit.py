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
