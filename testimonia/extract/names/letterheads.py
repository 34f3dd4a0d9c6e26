"""Organisations a letterhead names in capitals: "MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF
ARTSAKH", "REPUBLIC OF AZERBAIJAN — MINISTRY OF FOREIGN AFFAIRS".

A line set in capitals is read in title case (link words in lower case, known acronyms
kept), then a head noun's name is read there as anywhere else. Only a name that opens the
line or one of its dash-separated parts counts: a report's title in capitals ("REPORT OF
THE OBSERVER MISSION ON ...") names its subject, not its author. A quoted name after the
head is the body's own ('HUMAN RIGHTS CENTRE "MEMORIAL"'). Title-casing keeps every offset,
so the span points at the capitals as written.
"""

from __future__ import annotations

import re

from testimonia.extract.names.lexicon import NameLexicon
from testimonia.extract.names.org_heads import OrgName, headed_all

# A line of capitals, with the odd digit, bracket, quote or dash: no lower-case letter.
_CAPITALS_LINE = re.compile(r"^[^a-z\n]{6,120}$", re.M)
_THREE_CAPITALS = re.compile(r"[A-Z]{3}")
_CAPITAL_WORD = re.compile(r"[A-Z][A-Z'\u2019-]*")
# A body's own name in quotation marks after the kind of body it is.
_OWN_NAME = re.compile(r' "([A-Z][\w\'-]*(?: [A-Z][\w\'-]*){0,3})"')
# Where a letterhead's part begins: the line's start or a dash or bar between parts.
_PART_START = re.compile(r"^[ \t]*|[ \t]+(?:\u2014|\u2013|-|\|)[ \t]+")


def letterhead_names(norm: str, lex: NameLexicon) -> list[OrgName]:
    """The bodies capitals lines name at the start of the line or of a part of it."""
    out: list[OrgName] = []
    for line in _CAPITALS_LINE.finditer(norm):
        if not _THREE_CAPITALS.search(line.group()):
            continue  # a line of numbers, dates or initials
        ls, le = line.span()
        titled = _CAPITAL_WORD.sub(lambda w: _title_word(w.group(), lex), line.group())
        if lex.head_type.keys().isdisjoint(titled.split()):
            continue  # no head noun: a headline, a dateline, a heading
        shadow = norm[:ls] + titled + norm[le:]
        starts = {p.end() + ls for p in _PART_START.finditer(line.group())}
        for m in lex.org_scan.finditer(shadow, ls, le):
            if m.start() > ls and shadow[m.start() - 1].isalnum():
                continue
            if m.group() in lex.known and m.group() not in lex.head_type:
                if m.start() in starts and (m.end() == le or not shadow[m.end()].isalnum()):
                    # "INTERNATIONAL CRIMINAL TRIBUNAL FOR RWANDA": a name known as such, in capitals
                    oid, org_type, _ = lex.known[m.group()]
                    out.append(OrgName(m.start(), m.end(), m.group(), org_type,
                                       f"{lex.lang}.organizations.letterhead", oid, priority=0))
                continue
            if m.group() not in lex.head_type:
                continue
            for o in headed_all(shadow, m.start(), m.end(), m.group(), lex):
                if o.start not in starts:
                    continue
                if (own := _OWN_NAME.match(shadow, o.end)) is not None:
                    # 'HUMAN RIGHTS CENTRE "MEMORIAL"': the quoted word is the body's own name
                    o = OrgName(own.start(1), own.end(1), own.group(1), o.org_type, o.rule, own.group(1).lower())
                o.rule = f"{lex.lang}.organizations.letterhead"
                out.append(o)
    return out


def _title_word(word: str, lex: NameLexicon) -> str:
    """ "MINISTRY" -> "Ministry", "OF" -> "of"; a known acronym ("UN", "USSR") stays as written."""
    if word in lex.known or word in lex.places or word in lex.not_acronyms:
        return word
    low = word.lower()
    if low in lex.complement_end or low in lex.articles_lower:
        return low
    return word[0] + low[1:]
