"""Highlighting from spans: nested, crossing and broken spans always give valid, lossless markup."""

from __future__ import annotations

import pytest

from testimonia.web.highlight import Mark, Spanned, highlight, plain

TEXT = "took the lives of 613 people, including 106 women"


def tree(nodes) -> list:
    """A compact picture of the tree: strings, and (item, first?, children) for marks."""
    return [n if isinstance(n, str) else (n.item, n.first, tree(n.children)) for n in nodes]


def spans(*triples) -> list[Spanned[str]]:
    return [Spanned(item, start, end, order) for order, (item, start, end) in enumerate(triples)]


@pytest.mark.parametrize(
    "given, expected",
    [
        # no facts: the text alone
        ([], ["took the lives of 613 people, including 106 women"]),
        # one fact
        ([("f1", 18, 28)], ["took the lives of ", ("f1", True, ["613 people"]), ", including 106 women"]),
        # nested: the longer span outside, whatever the input order
        ([("n", 18, 21), ("f1", 0, 28)], [("f1", True, ["took the lives of ", ("n", True, ["613"]), " people"]), ", including 106 women"]),
        # identical spans nest in input order
        ([("a", 0, 4), ("b", 0, 4)], [("a", True, [("b", True, ["took"])]), " the lives of 613 people, including 106 women"]),
        # crossing: the later fact is split; only its first piece is the anchor
        (
            [("x", 5, 14), ("y", 9, 21)],
            ["took ", ("x", True, ["the ", ("y", True, ["lives"])]), ("y", False, [" of 613"]), " people, including 106 women"],
        ),
        # adjacent spans stay siblings
        ([("a", 0, 4), ("b", 4, 8)], [("a", True, ["took"]), ("b", True, [" the"]), " lives of 613 people, including 106 women"]),
        # empty, reversed and out-of-range spans are not drawn
        ([("e", 3, 3), ("r", 9, 4), ("o", 40, 500), ("neg", -1, 2)], [TEXT]),
    ],
)
def test_highlight_tree(given, expected):
    nodes = highlight(TEXT, spans(*given))
    assert tree(nodes) == expected
    assert plain(nodes) == TEXT


def test_many_crossing_spans_keep_the_text_and_one_anchor_each():
    text = "abcdefghijklmnopqrstuvwxyz" * 4
    given = [Spanned(f"s{i}", i * 3, i * 3 + 11, i) for i in range(30)] + [Spanned("all", 0, len(text), 99)]
    nodes = highlight(text, given)
    assert plain(nodes) == text
    firsts: list[str] = []

    def walk(ns):
        for n in ns:
            if isinstance(n, Mark):
                if n.first:
                    firsts.append(n.item)
                walk(n.children)

    walk(nodes)
    assert sorted(firsts) == sorted(s.item for s in given if s.end <= len(text))


def test_levels_put_outer_underlines_below_inner_ones():
    nodes = highlight(TEXT, spans(("outer", 0, 28), ("inner", 18, 21)))
    outer = nodes[0]
    assert isinstance(outer, Mark) and outer.level == 2
    assert outer.children[1].level == 1
