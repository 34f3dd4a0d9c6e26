"""Writers named by bylines, credit lines, photo credits and case captions."""

from __future__ import annotations

import re

from testimonia.extract.lexicon import at_line_starts
from testimonia.extract.names.lexicon import NameLexicon
from testimonia.extract.names.person_shape import read_shape
from testimonia.extract.names.text import CAPS, UP, WORD


def find_bylines(norm: str, lex: NameLexicon) -> list[tuple[int, int, str]]:
    """The writers a byline or a credit line names, in capitals or not: "By SARAH JENKINS and
    Tom Lee, Reuters", "Reporting by Jan Novak; editing by ...", "JOHN SMITH, Associated Press".
    Each as (start, end, rule)."""
    out: list[tuple[int, int, str]] = []
    rule = f"{lex.lang}.persons.byline"
    for m in at_line_starts(lex.byline, norm):
        line_end = norm.find("\n", m.end())
        line_end = len(norm) if line_end == -1 else line_end
        names, pos = [], m.end()
        while (n := _BYLINE_NAME.match(norm, pos, line_end)) is not None and _byline_name(n.group(), lex):
            names.append(n.span())
            sep = _BYLINE_SEP.match(norm, n.end(), line_end)
            if sep is None or not _BYLINE_NAME.match(norm, sep.end(), line_end):
                break
            pos = sep.end()
        # the line goes on, if at all, with the writers' outlet, role or place: not "By Air Strikes, Villages Burned"
        while names and not _byline_tail(norm[names[-1][1] : line_end], lex):
            names.pop()
        out += [(s, e, rule) for s, e in names]
    if "Photo" in norm or "Picture" in norm:
        for m in _PHOTO_CREDIT.finditer(norm):  # "(AP Photo/Jane Doe)", "Photo: Jane Doe/Reuters"
            s, e = m.span("n") if m.group("n") else m.span("m")
            if _byline_name(norm[s:e], lex):
                out.append((s, e, f"{lex.lang}.persons.photo_credit"))
    captions = _CAPTION.finditer(norm) if any(mark in norm for mark in _CAPTION_MARKS) else ()
    for m in captions:  # "PROSECUTOR v. RADOVAN KARADŽIĆ": a case's accused in capitals
        if _byline_name(m.group("n"), lex):
            out.append((m.start("n"), m.end("n"), f"{lex.lang}.persons.case_caption"))
    for m in at_line_starts(lex.credit, norm):
        e = m.end("n")
        line_end = norm.find("\n", e)
        tail = norm[e : len(norm) if line_end == -1 else line_end]
        first = _title_case(m.group("n").split(" ", 1)[0])
        if first in lex.given and _byline_name(m.group("n"), lex) and tail[:2] in (", ", " |", " -") \
                and _byline_tail(tail, lex, strict=True):  # a known given name: not "NEW YORK, Reuters"
            out.append((m.start("n"), e, rule))
    return out


# A photographer's credit: bracketed after the agency, or after a label and before the agency.
# The label's "P" comes before the look-behind (no word or hyphen before it): with both branches
# opening with a literal, the engine skips to the next "(" or "P" in C, where a leading look-behind
# is tried at every offset.
_PHOTO_CREDIT = re.compile(
    rf"\((?:[A-Z]{{2,6}}|{WORD}) Photos?/(?P<n>{WORD}(?: {WORD}){{1,2}})\)"
    rf"|P(?<![\w-]P)(?:hoto|hotograph|icture)s?: (?P<m>{WORD}(?: {WORD}){{1,2}})(?=/| for | via |[ \t]*(?:\n|$))",
    re.M)
# A case's caption in capitals: the party after "v." to the line's end.
_CAPTION = re.compile(rf" (?:v|vs|V|VS)\. (?P<n>{CAPS}(?: {CAPS}){{1,3}})[ \t]*$", re.M)
_CAPTION_MARKS = (" v. ", " vs. ", " V. ", " VS. ")  # one is in every caption: without, no scan
# Two to four words of a name, in capitals or not, particles between them ("Thomas de Waal").
_BYLINE_NAME = re.compile(rf"[{UP}][\w'\u2019-]*(?: (?:(?!(?:and|or|in|for|at|of|on|by) )[a-z]{{1,3}} )?[{UP}][\w'\u2019-]*){{1,3}}(?![\w'-])")
_BYLINE_SEP = re.compile(r",? (?:and|AND|&) |, ")


def _byline_name(text: str, lex: NameLexicon) -> bool:
    """Whether words written in a byline, in capitals or not, read as one person's whole name."""
    words = text.split(" ")
    if len(words) > 4 or any(w.lower() in lex.roles for w in words):
        return False  # "By STAFF REPORTERS"
    titled = " ".join(_title_case(w) if w.isupper() else w for w in words)
    shape = read_shape(titled, lex)
    return shape is not None and shape.offset == 0 and shape.length == len(titled) and shape.title is None \
        and titled not in lex.known_names


def _title_case(word: str) -> str:
    """"O'BRIEN" -> "O'Brien", "JEAN-PIERRE" -> "Jean-Pierre"."""
    return re.sub(r"[^\W\d_]+", lambda m: m.group()[0] + m.group()[1:].lower(), word)


def _byline_tail(tail: str, lex: NameLexicon, strict: bool = False) -> bool:
    """Whether what follows a byline's names is its writers' outlet, role or place, or nothing:
    ", Reuters", ", Staff Writer", " in Lima", " | Edited by ...". `strict`: only an outlet or a role."""
    tail = tail.strip()
    if not tail:
        return not strict
    if tail[0] in ",|-\u2013\u2014":
        after = tail[1:].strip().split(" ")
        words = [w.strip(",.;()") for w in after[:4]]
        if any(" ".join(words[:k]) in lex.known for k in range(1, len(words) + 1)):
            return True  # an outlet or a body: ", Associated Press", ", Human Rights Watch"
        if any(w.lower() in lex.roles for w in words[:3]):
            return True  # ", Staff Writer", " | Senior Correspondent"
        return not strict and tail[0] in "|-\u2013\u2014"
    return not strict and (tail[0] in ";()" or tail.split(" ", 1)[0] in lex.byline_after)
