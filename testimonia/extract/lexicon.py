"""Loading word lists from `lexicons/<lang>/` and turning them into fast regexes.

Rules are code and words are data: each extractor asks for its lexicon by
language and name, once (cached), and builds its patterns from the words. The
regexes are tries ("t(?:en|wo|hree)") rather than flat alternations, because
Python's engine then rejects most positions on the first character.
"""

from __future__ import annotations

import hashlib
import re
from functools import cache
from pathlib import Path
from typing import Any, Iterable, Iterator

import ahocorasick
import yaml

from testimonia.errors import UsageError

LEXICONS = Path(__file__).resolve().parent / "lexicons"


@cache
def load(language: str, name: str) -> dict[str, Any]:
    """The parsed `lexicons/<language>/<name>.yaml`."""
    path = LEXICONS / language / f"{name}.yaml"
    if not path.is_file():
        available = sorted(p.name for p in LEXICONS.iterdir() if p.is_dir()) if LEXICONS.is_dir() else []
        raise UsageError(
            f"no {name!r} lexicon for language {language!r}",
            fix=f"use one of {', '.join(available) or 'the installed languages'}, "
            f"or add {path.relative_to(LEXICONS.parent)}",
        )
    with path.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle) or {}


@cache
def lexicon_hash() -> str:
    """SHA-256 over every lexicon file (path and bytes), for provenance."""
    digest = hashlib.sha256()
    for path in sorted(p for p in LEXICONS.rglob("*") if p.is_file()):
        digest.update(path.relative_to(LEXICONS).as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


def alternation(words: Iterable[str]) -> str:
    """A regex (no groups, no boundaries) matching any of `words`, longest first.

    Spaces in a phrase match any run of whitespace, so a phrase broken across
    a line still matches; other characters are literal.
    """
    trie: dict = {}
    for word in {w.lower() for w in words if w}:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = True
    return _emit(trie)


def _emit(node: dict) -> str:
    ends = "" in node
    branches = []
    for char in sorted(k for k in node if k):
        atom = r"\s+" if char == " " else re.escape(char)
        branches.append(atom + _emit(node[char]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        # Greedy optional: the longer word wins, the engine backtracks to the shorter.
        return "(?:" + body + ")?"
    return body


def at_line_starts(pattern: re.Pattern, text: str) -> Iterator[re.Match]:
    """What `pattern.finditer(text)` gives for a MULTILINE pattern that opens with "^" and never
    matches a line break: the pattern is tried at each line's start alone. `finditer` calls the
    engine at every offset, where "^" fails, and that costs more than the lines do.
    """
    match = pattern.match
    pos = 0
    while True:
        m = match(text, pos)
        if m is not None:
            yield m
        pos = text.find("\n", pos) + 1
        if not pos:
            return


_LOWER_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def last_word(text: str, lo: int, hi: int) -> tuple[str, int] | None:
    r"""The word of ASCII small letters that ends `text[lo:hi]` before one space or more, and where it
    starts: what `re.compile(r"([a-z]+)\s+$").search(text, lo, hi)` finds (its group and the group's
    start), with no regex trying every offset of the window.
    """
    window = text[lo:hi]
    stripped = window.rstrip()
    if len(stripped) == len(window):
        return None
    word = stripped[len(stripped.rstrip(_LOWER_LETTERS)) :]
    return (word, lo + len(stripped) - len(word)) if word else None


def phrase_key(text: str) -> str:
    """The form a matched phrase is looked up by: lower case, single spaces."""
    return " ".join(text.lower().split())


# Words, numbers and single punctuation marks of lower-cased text; "no." is two
# tokens, "didn't" and "hostage-taking" one. Latin letters only (with their
# accented forms): every rule word is Latin, and a narrow class is faster.
# A full stop joins "u.s" and "3.9" but not a word to a footnote number ("killed.23").
# The joined parts are tried only where one may follow (the look-ahead): a repeated group costs the
# engine more than the look-ahead, and most tokens have no part joined; the tokens are the same as with
# the plain r"[a-z0-9\u00c0-\u024f]+(?:(?:['-]|\.(?![0-9])|(?<=[0-9])\.)[a-z0-9\u00c0-\u024f]+)*|[^\s]".
TOKEN = re.compile(
    r"[a-z0-9\u00c0-\u024f]+(?:(?=['.-][a-z0-9\u00c0-\u024f])(?:(?:['-]|\.(?![0-9])|(?<=[0-9])\.)[a-z0-9\u00c0-\u024f]+)+)?|[^\s]"
)


def tokenise(text: str) -> list[str]:
    """`TOKEN.findall(text)`, with the regex kept for the chunks between spaces that need it: no token
    crosses a space, and a chunk of ASCII small letters or digits alone (most of them) is one token.
    """
    tokens: list[str] = []
    for chunk in text.split():
        if chunk.isalnum() and chunk.isascii() and (chunk.islower() or chunk.isdigit()):
            tokens.append(chunk)
        else:
            tokens += _FINDALL(chunk)
    return tokens


_FINDALL = TOKEN.findall


class Tokens:
    """The tokens of `low[start:end]`: `.t` their texts, `.start(i)`/`.end(i)` their offsets.

    Offsets are worked out only as far as asked for, from whichever end is
    nearer: a rule reads a few tokens after a number (from the front) or
    before it (from the back), and most candidates are rejected on the
    texts alone.
    """

    __slots__ = ("t", "_low", "_start", "_end", "_front", "_back")

    def __init__(self, low: str, start: int, end: int) -> None:
        self._low, self._start, self._end = low, start, min(end, len(low))
        self._front: list[int] = []  # starts of tokens 0, 1, 2 ...
        self._back: list[int] = []  # starts of tokens n-1, n-2 ...
        self.t = tokenise(low[start:end])

    def __len__(self) -> int:
        return len(self.t)

    def start(self, i: int) -> int:
        n = len(self.t)
        if i < 0:
            i += n
        if i < len(self._front):
            return self._front[i]
        if n - 1 - i < len(self._back):
            return self._back[n - 1 - i]
        if i < n // 2:
            front, t, low = self._front, self.t, self._low
            pos = front[-1] + len(t[len(front) - 1]) if front else self._start
            while len(front) <= i:
                pos = low.find(t[len(front)], pos)
                front.append(pos)
                pos += len(t[len(front) - 1])
            return front[i]
        back, t, low = self._back, self.t, self._low
        pos = back[-1] if back else self._end
        while n - 1 - len(back) >= i:
            pos = low.rfind(t[n - 1 - len(back)], self._start, pos)
            back.append(pos)
        return back[n - 1 - i]

    def end(self, i: int) -> int:
        return self.start(i) + len(self.t[i])


class Phrases:
    """Multi-word phrases matched against token texts, longest first.

    Built once per lexicon list. Lookups walk a trie of token texts, forwards from token i (`at`)
    or backwards from token j (`ending`), so a lookup costs a dict access per token matched,
    however many phrases share a word ("of" ends fifty). `first` and `last` keep the phrases by
    their first and last token, longest first, as the trie's reference.
    """

    __slots__ = ("first", "last", "_forward", "_backward")

    def __init__(self, phrases: dict[str, object] | Iterable[str]) -> None:
        if not isinstance(phrases, dict):
            phrases = {p: True for p in phrases}
        self.first: dict[str, list[tuple[int, list[str], object]]] = {}
        self.last: dict[str, list[tuple[int, list[str], object]]] = {}
        # Trie nodes are dicts from a token to the next node; the key None holds (length, value) of
        # the phrase that ends there, the first one listed where several phrases tokenise alike.
        self._forward: dict = {}
        self._backward: dict = {}
        for phrase, value in phrases.items():
            if not isinstance(phrase, str):  # YAML reads a bare no/on/off as a boolean
                raise TypeError(f"lexicon phrase {phrase!r} is not text: quote it in the YAML file")
            toks = TOKEN.findall(phrase.lower())
            if toks:
                self.first.setdefault(toks[0], []).append((len(toks), toks, value))
                self.last.setdefault(toks[-1], []).append((len(toks), toks, value))
                for trie, order in ((self._forward, toks), (self._backward, toks[::-1])):
                    node = trie
                    for tok in order:
                        node = node.setdefault(tok, {})
                    node.setdefault(None, (len(toks), value))
        for table in (self.first, self.last):
            for entries in table.values():
                entries.sort(key=lambda e: -e[0])

    def at(self, t: list[str], i: int) -> tuple[int, object] | None:
        """The longest phrase starting at token i, as (length, value)."""
        n = len(t)
        if i >= n:
            return None
        if i < 0:  # a negative index: what comparing slices gives
            for size, phrase, value in self.first.get(t[i], ()):
                if t[i : i + size] == phrase:
                    return size, value
            return None
        node = self._forward.get(t[i])
        if node is None:
            return None
        # The walk is written out here and in `ending`, not shared: the rules look up thousands of times a
        # document, and a call costs about what a short walk does.
        best = node.get(None)
        for k in range(i + 1, n):
            node = node.get(t[k])
            if node is None:
                break
            hit = node.get(None)
            if hit is not None:
                best = hit
        return best

    def ending(self, t: list[str], j: int) -> tuple[int, object] | None:
        """The longest phrase ending just before token j, as (length, value)."""
        if j <= 0:
            return None
        node = self._backward.get(t[j - 1])
        if node is None:
            return None
        best = node.get(None)
        for k in range(j - 2, -1, -1):
            node = node.get(t[k])
            if node is None:
                break
            hit = node.get(None)
            if hit is not None:
                best = hit
        return best


class WordHits:
    """Whole-word occurrences of a list of words in lower-cased text, found in one Aho-Corasick pass.

    Gives what looking for each word in turn with `str.find` gives, at the cost of one scan rather
    than one per word: each word's occurrences taken left to right without overlapping each other,
    the word listed first kept where several start at one place (list the longest first, so
    "massacres" is not also read as "massacre"), in list order and then text order.
    """

    __slots__ = ("_automaton", "words")

    def __init__(self, words: Iterable[str]) -> None:
        self.words = tuple(words)
        self._automaton = ahocorasick.Automaton()
        for rank, word in enumerate(self.words):
            if word and word not in self._automaton:
                self._automaton.add_word(word, (rank, word))
        if len(self._automaton):
            self._automaton.make_automaton()

    def find(self, low: str) -> list[tuple[int, int, str]]:
        """(start, end, word) of each whole-word hit."""
        if not len(self._automaton):
            return []
        n = len(low)
        resume: dict[int, int] = {}  # per word: where a `str.find` scan would look next
        first: dict[int, tuple[int, int, str]] = {}  # start -> (rank, end, word) of the first-listed word there
        for last, (rank, word) in self._automaton.iter(low):
            end = last + 1
            start = end - len(word)
            if start < resume.get(rank, 0):
                continue  # overlaps this word's previous occurrence
            resume[rank] = end
            if (start == 0 or not low[start - 1].isalnum()) and (end == n or not low[end].isalnum()):
                held = first.get(start)
                if held is None or rank < held[0]:
                    first[start] = (rank, end, word)
        return [(start, end, word) for start, (_, end, word) in sorted(first.items(), key=lambda h: (h[1][0], h[0]))]
