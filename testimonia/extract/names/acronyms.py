"""Organisations named by acronyms: defined in brackets after a name, or used bare as actors."""

from __future__ import annotations

import re

from testimonia.extract.names.lexicon import NameLexicon
from testimonia.extract.names.org_heads import OrgName
from testimonia.extract.names.text import UP, WORD, starts_sentence, word_before


def defined_acronyms(norm: str, kept: list[OrgName], lex: NameLexicon) -> list[OrgName]:
    """An acronym a text defines in brackets after a name, "Rwandan Patriotic Front (RPF)",
    is one more name of the organisation: there, and wherever the text then uses it alone.
    The bracket also ends a name that goes on over where it serves ("United Nations
    Supervision Mission in Syria (UNSMIS)"), and marks as a name the words its letters
    begin where nothing else did ("Conseil national pour la démocratie et le développement (CNDD)")."""
    if " (" not in norm:
        return kept
    found = {o.start for o in kept}
    extra: list[OrgName] = []
    for k, o in enumerate(kept):
        if (w := _ACRONYM_WHERE.match(norm, o.end)) is not None and _initials_in(w.group("p"), w.group("a")[-3:]):
            name = norm[o.start : w.start("a") - 2]
            o = kept[k] = OrgName(o.start, w.start("a") - 2, name, o.org_type, o.rule, name.lower())
        if norm.startswith(" (", o.end) and (alt := _OWN_LANGUAGE.match(norm, o.end)) is not None \
                and _foreign(alt.group("n")):
            # "Commission for Historical Clarification (Comisión para el Esclarecimiento Histórico, CEH)"
            n = alt.group("n")
            found.add(alt.start("n"))
            extra.append(OrgName(alt.start("n"), alt.end("n"), n, o.org_type, f"{lex.lang}.organizations.own_language", n.lower()))
            if alt.group("a"):
                found.add(alt.start("a"))
                extra.append(OrgName(alt.start("a"), alt.end("a"), alt.group("a"), o.org_type,
                                  f"{lex.lang}.organizations.acronym", alt.group("a").lower()))
            continue
        if not norm.startswith(" (", o.end):
            continue
        if (m := lex.acronym.match(norm, o.end)) is None:
            if (short := _short_name(norm, o, lex)) is not None:
                found.add(short.start)
                extra.append(short)
            continue
        a = m.group("a")
        found.add(m.start("a"))
        if m.start("a") not in {e.start for e in extra} and a.lower() != o.key:
            extra.append(OrgName(m.start("a"), m.end("a"), a, o.org_type, f"{lex.lang}.organizations.acronym", a.lower()))
    for m in _BRACKET_ACRONYM.finditer(norm):
        if m.start("a") in found or any(o.start <= m.start() < o.end for o in kept):
            continue
        start = _initialled(norm, m.start(), m.group("a"), lex)
        if start is None and word_before(norm, m.start() + 1) in lex.acronym_nouns:
            # "at the riot police (CMIS) barracks": a body the text names by its acronym only
            extra.append(OrgName(m.start("a"), m.end("a"), m.group("a"), "other", f"{lex.lang}.organizations.acronym",
                              m.group("a").lower()))
        if start is not None:
            name = norm[start : m.start()]
            extra.append(OrgName(start, m.start(), name, "other", f"{lex.lang}.organizations.initials", name.lower()))
            extra.append(OrgName(m.start("a"), m.end("a"), m.group("a"), "other", f"{lex.lang}.organizations.acronym",
                              m.group("a").lower()))
    if not extra:
        return kept
    return sorted(kept + extra, key=lambda o: o.start)


def _short_name(norm: str, o: OrgName, lex: NameLexicon) -> OrgName | None:
    """A one-word short name in brackets after a body's name, as NGOs shorten theirs: "the Centre
    for Research on Multinational Corporations (Somo)"... It opens with the name's first letter,
    and is no place, month or known name ("Memorial (Moscow)" says where)."""
    m = _BRACKET_SHORT.match(norm, o.end)
    if m is None or o.org_type == "military_unit":
        return None
    a = m.group("a")
    if a[0] != norm[o.start] or a in lex.places or a in lex.calendar or a in lex.known or a in lex.starters:
        return None
    return OrgName(m.start("a"), m.end("a"), a, o.org_type, f"{lex.lang}.organizations.short_name", a.lower())


_BRACKET_SHORT = re.compile(rf" \((?P<a>[{UP}][a-z\u00e0-\u00ff]{{2,11}})\)")


def bare_acronyms(norm: str, lex: NameLexicon) -> list[OrgName]:
    """Acronyms in capitals a text uses as actors without spelling them out: "SWAPO said",
    "the SADF's estimate", "SS units". Not in a line set in capitals (a headline, a dateline),
    not a roman numeral, a place's code, a currency or a time."""
    out: list[OrgName] = []
    for m in _CAPS_RUN.finditer(norm):  # a plain run, then its edges: far faster than look-arounds
        a = m.group()
        s, e = m.span()
        if len(a) > 6 or s and (norm[s - 1].isalnum() or norm[s - 1] in _NOT_BEFORE) \
                or e < len(norm) and (norm[e].isalnum() or norm[e] in ".&/-_" or norm.startswith("'", e)
                                      and not norm.startswith("'s", e) or norm.startswith("'s", e)
                                      and norm[e + 2 : e + 3].isalnum()):
            continue
        if a in lex.not_acronyms or a in lex.places or a in lex.known or _ROMAN.fullmatch(a):
            continue
        if not (lex.bare_men if len(a) == 2 else lex.bare_any).match(norm, m.end()) or _shouted(norm, m.start()):
            continue
        out.append(OrgName(m.start(), m.end(), a, "other", f"{lex.lang}.organizations.bare_acronym", a.lower()))
    return out


_CAPS_RUN = re.compile(r"[A-Z][A-Z]+")
_NOT_BEFORE = frozenset(".&/'\u2019-_")
_ROMAN = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")  # "XIV", not "CDC"


def _shouted(norm: str, pos: int) -> bool:
    """Whether the line holding `pos` is mostly capitals: a headline, a dateline, a label."""
    ls = norm.rfind("\n", 0, pos) + 1
    le = norm.find("\n", pos)
    line = norm[ls : le if le != -1 else len(norm)]
    return sum(map(str.isupper, line)) > 1.5 * sum(map(str.islower, line))


_ACRONYM_WHERE = re.compile(rf" in (?:the )?(?P<p>{WORD}(?: {WORD}){{0,2}}) \((?P<a>[A-Z]{{3,10}})\)")
_BRACKET_ACRONYM = re.compile(r' \((?P<q>"?)(?P<a>[A-Z]{2,8})(?P=q)\)')
# Short words an acronym skips, in the languages organisations are named in.
_UNLETTERED = frozenset("of the for and on in to at a an pour la le les de des du et en el los las para por y "
                        "del der die das für und d' l' da do dos".split())


_OWN_LANGUAGE = re.compile(rf" \((?P<n>{WORD}(?: (?:[a-zà-ÿ]{{1,4}} ){{0,2}}(?:[dl]')?{WORD}){{1,8}})(?:, (?P<a>[A-Z]{{2,8}}))?\)")
_FOREIGN_LINKS = frozenset("para el la le les de des du del los las y et pour der die das für und da do dos".split())


def _foreign(name: str) -> bool:
    """Whether a bracketed name is written in another language: a letter or a link word English lacks."""
    return not name.isascii() or not _FOREIGN_LINKS.isdisjoint(name.split(" "))


def _initials_in(place: str, letters: str) -> bool:
    """Whether a place's initial stands among an acronym's last letters ("Syria" in UNSMIS)."""
    return place[:1] in letters


def _initialled(norm: str, end: int, acronym: str, lex: NameLexicon) -> int | None:
    """Where the words whose initials spell `acronym` start, reading back from `end`; None
    when they do not, open a sentence, or hold a place, a month or a document's word."""
    letters = acronym
    pos = end
    start = None
    while letters:
        if pos < 2 or norm[pos - 1] != " " and pos != end:
            return None
        ws = norm.rfind(" ", max(0, pos - 40), pos - 1) + 1
        word = norm[ws : pos - 1] if pos != end else norm[norm.rfind(" ", max(0, end - 40), end) + 1 : end]
        if pos == end:
            ws = end - len(word)
        if not word or not word[0].isalpha():
            return None
        if word[0].upper() == letters[-1] and word.lower() not in _UNLETTERED:
            letters = letters[:-1]
            start = ws
        elif word.lower() not in _UNLETTERED:
            return None
        if word in lex.not_initialled or word in lex.places:
            return None
        pos = ws
    if start is None or not norm[start].isupper() or starts_sentence(norm, start):
        return None
    return start
