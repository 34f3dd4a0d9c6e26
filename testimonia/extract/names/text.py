"""Regex pieces and small text tests that person and organisation rules share."""

from __future__ import annotations

import re


# Upper-case initials: ASCII, Latin-1, Latin Extended-A (Č, Š, Ž ...) and Cyrillic.
UP = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f\u0400-\u042f"
LETTER = r"[^\W\d_]"
# A capitalised word, possibly hyphenated or with an inner apostrophe ("Imarat-Garvand", "O'Brien").
WORD = rf"[{UP}]{LETTER}*(?:-{LETTER}+|'(?!s\b){LETTER}+)*"
WORD_RE = re.compile(WORD)


def flat(groups: dict) -> list[str]:
    """The words of a lexicon section of `id: [words]` groups."""
    return [w for words in groups.values() for w in words]


def trie(words) -> str:
    """A case-sensitive regex trie of `words` (no groups, no boundaries), longest first.

    Unlike `lexicon.alternation` it keeps case: "UN" and "Amnesty" are names,
    "un" and "amnesty" are not.
    """
    root: dict = {}
    for w in set(words):
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True

    def emit(node: dict) -> str:
        branches = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


def bounded(text: str, start: int, end: int) -> bool:
    """True when text[start:end] is not part of a longer word."""
    return not (start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-_")) and not (
        end < len(text) and (text[end].isalnum() or text[end] in "-_")
    )


# A word in capitals, as bylines write names ("SARAH JENKINS", "O'BRIEN", "JEAN-PIERRE").
CAPS = rf"[{UP}][{UP}'\u2019-]+\b"


def word_before(norm: str, pos: int) -> str:
    """The word right before `pos`, as written."""
    if pos < 2 or norm[pos - 1] != " ":
        return ""
    return norm[norm.rfind(" ", max(0, pos - 40), pos - 1) + 1 : pos - 1]


def starts_sentence(norm: str, pos: int) -> bool:
    """Whether `pos` opens a sentence, a line or a quotation: only spaces and a stop stand before it."""
    i = pos - 1
    while i >= 0 and norm[i] == " ":
        i -= 1
    return i < 0 or norm[i] in '.!?:;"\n'


# Prefixes a role takes with a hyphen: "vice-mayor", "Ex-commander", "deputy-governor", "co-founder".
_ROLE_PREFIX = re.compile(r"(?i:vice|deputy|ex|acting|co|then|former)-(?=\w)")


def unprefixed(role: str) -> str:
    """A role without the hyphenated prefix that qualifies it: "vice-mayor" -> "mayor"; else `role`."""
    return role[m.end() :] if (m := _ROLE_PREFIX.match(role)) else role
