"""Fact highlighting built from spans: a tree of marks that is always valid HTML.

Spans from different rules nest ("613 people" inside "took the lives of 613
people") and sometimes cross ("25–26 February" overlapping "February, Khojaly").
Crossing spans cannot be nested elements, so, like an HTML parser repairing
misnested tags, a fact that is still open when an inner one must close is split:
the first piece carries the fact's id and focus stop, the later pieces are
continuations that point back to it. The text itself is never rewritten; the
template escapes every string piece.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Spanned(Generic[T]):
    """Anything to highlight: `item` over `text[start:end]`; `order` breaks ties between equal spans."""

    item: T
    start: int
    end: int
    order: int = 0


@dataclass(slots=True)
class Mark(Generic[T]):
    item: T
    first: bool  # the piece that carries the id (a crossing fact has later pieces)
    children: list[Mark[T] | str] = field(default_factory=list)
    level: int = 1  # 1 + the deepest mark inside, so outer underlines can sit below inner ones


def valid(spans: Iterable[Spanned[T]], length: int) -> list[Spanned[T]]:
    """The spans that can be drawn: non-empty and inside a text of `length` characters."""
    return [s for s in spans if isinstance(s.start, int) and isinstance(s.end, int) and 0 <= s.start < s.end <= length]


def highlight(text: str, spans: Sequence[Spanned[T]]) -> list[Mark[T] | str]:
    """`text` split into strings and marks; concatenating the strings gives back `text` exactly."""
    spans = sorted(valid(spans, len(text)), key=lambda s: (s.start, -s.end, s.order))
    boundaries = sorted({s.start for s in spans} | {s.end for s in spans} | {len(text)})
    starting: dict[int, list[Spanned[T]]] = {}
    for s in spans:
        starting.setdefault(s.start, []).append(s)
    root: list[Mark[T] | str] = []
    stack: list[tuple[Mark[T], Spanned[T]]] = []
    pos = 0

    def container() -> list[Mark[T] | str]:
        return stack[-1][0].children if stack else root

    for b in boundaries:
        if b > pos:
            container().append(text[pos:b])
            pos = b
        ending = [i for i, (_, s) in enumerate(stack) if s.end == b]
        if ending:
            # Close from the top down to the outermost fact that ends here; any still-open
            # fact closed on the way is reopened as a continuation piece, outermost first.
            popped = stack[ending[0]:]
            del stack[ending[0]:]
            for _, s in popped:
                if s.end != b:
                    piece = Mark(s.item, first=False)
                    container().append(piece)
                    stack.append((piece, s))
        for s in starting.get(b, ()):
            mark = Mark(s.item, first=True)
            container().append(mark)
            stack.append((mark, s))
    _set_levels(root)
    return root


def _set_levels(nodes: list[Mark[T] | str]) -> int:
    deepest = 0
    for node in nodes:
        if isinstance(node, Mark):
            node.level = 1 + _set_levels(node.children)
            deepest = max(deepest, node.level)
    return deepest


def plain(nodes: Sequence[Mark[T] | str]) -> str:
    """The text the tree shows (for tests: it must equal the document text)."""
    return "".join(n if isinstance(n, str) else plain(n.children) for n in nodes)
