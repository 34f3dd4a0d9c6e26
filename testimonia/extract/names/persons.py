"""Persons a document names.

One regex scans the normalised text for runs of two or more capitalised words
("President Ilham Aliyev", "Ratko Mladić"); `person_shape` reads each run alone,
`person_evidence` looks around it. Bylines, aliases, kin ("whose father Patrick") and
persons known by one name add more. Each person is returned once, at its first full
mention.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from testimonia.extract.doc import Doc
from testimonia.extract.names.bylines import find_bylines
from testimonia.extract.names.lexicon import NameLexicon, name_lexicon
from testimonia.extract.names.person_evidence import ALIAS, name_evidence
from testimonia.extract.names.person_shape import shape_of, subruns
from testimonia.extract.names.text import LETTER, UP, bounded, starts_sentence, word_before
from testimonia.model.facts import Actor, Span


@dataclass(slots=True)
class _Candidate:
    start: int
    end: int
    title: str | None
    rule: str | None  # None: a name-like run with no evidence of its own


def find_persons(doc: Doc) -> list[Actor]:
    """Every person `doc` names, once each, in order of first full mention."""
    lex = name_lexicon(doc.language)
    norm = doc.norm
    looks: dict[str, int] = {}  # how often a name was read without evidence, or -1 once it has some
    candidates = []
    for m in lex.run.finditer(norm):
        s = m.start()
        if s and (norm[s - 1].isalnum() or norm[s - 1] in "'-."):
            continue
        run = m.group()
        cut = "." in run or "'" in run or "-" in run or run[run.rfind(" ") + 1 :] in lex.post_nominals
        parts = subruns(run, s, lex) if cut else ((s, run),)
        for start, text in parts:
            shape = shape_of(text, lex.lang)
            if shape is None:
                continue
            ns, ne = start + shape.offset, start + shape.offset + shape.length
            name = text[shape.offset : shape.offset + shape.length]
            first = name.split(" ", 1)[0]
            worded = first in lex.word_names and shape.rule is None
            if worded and (word_before(norm, ns).lower() in lex.articles_lower
                           or first in lex.calendar and word_before(norm, ns).lower() in lex.month_before):
                continue  # "in May Ahmed Ali was arrested", "the Rose Revolution": a month, a word
            if shape.rule is not None:
                if shape.title in lex.roles_cap and " " not in name and _written_lower(norm, name):
                    continue  # "Refugee Response" in a heading: the text writes "response" as a word too
                if shape.title is None and name.split(" ", 1)[0] in lex.name_titles and (p := lex.peer_of.match(norm, ne)) \
                        and p.group("p") not in lex.calendar and p.group("p") not in lex.head_type \
                        and p.group("p") not in lex.places:
                    ne = p.end()  # "Lord Saville of Newdigate"
                if shape.rule.endswith(".title_surname") and (lex.place_list.match(norm, ne)
                                                              or lex.place_before.search(norm, max(0, ns - 80), ns)):
                    continue  # "in Maguindanao, Sultan Kudarat and Cotabato City", "deployed in Maguindanao and
                    # Sultan Kudarat": a title word opens a place's name
                candidates.append(_Candidate(ns, ne, shape.title, shape.rule))
                continue
            if ns == start and _complement_of_name(norm, ns, lex):
                continue  # "the Organisation for the Prohibition of Chemical Weapons confirmed": a body's name goes on
            # A confirmed name needs no second look; one without evidence in three mentions is let go.
            n = looks.get(name, 0)
            if 0 <= n < 3:
                rule, title = name_evidence(norm, ns, ne, lex)
                if rule in (None, "given_name") and lex.post_nominal.match(norm, ne):
                    rule = "post_nominal"  # "Jane Holloway MP", "Amina Farouk, PhD,": letters only a person has
                if rule == "given_name" and (not shape.given or worded and (starts_sentence(norm, ns)
                                                                             or _after_bullet(norm, ns))):
                    # "Will Ferrante" opening a sentence may be a question, "Hope Springs" a headline:
                    # there a given name that is also a word is no evidence
                    rule = None
                candidates.append(_Candidate(ns, ne, title, f"{lex.lang}.persons.{rule}" if rule else None))
                looks[name] = -1 if rule else n + 1
    if (bylines := find_bylines(norm, lex)):
        candidates += [_Candidate(s, e, None, rule) for s, e, rule in bylines]
        candidates.sort(key=lambda c: c.start)
    if " known as " in norm or " alias " in norm:
        candidates += _aliases(norm, candidates, lex)
        candidates.sort(key=lambda c: c.start)
    for m in lex.kin_name.finditer(norm):
        if m.start() and (norm[m.start() - 1].isalnum() or norm[m.start() - 1] == "-"):
            continue  # "Ruth's" or "this": the possessive is a word's end
        if m.group("n") not in lex.strip and m.group("n") not in lex.reject and m.group("n") not in lex.known:
            candidates.append(_Candidate(m.start("n"), m.end("n"), None, f"{lex.lang}.persons.kin_given_name"))
            candidates.sort(key=lambda c: c.start)
    if (cited := _cited_authors(norm, lex)):
        candidates += cited
        candidates.sort(key=lambda c: c.start)
    singles = [(last + 1 - len(name), last + 1) for last, name in lex.known_single.iter(norm)]
    if singles:
        # "Sargsyan v. Azerbaijan" names a case, not the person
        candidates += [_Candidate(s, e, None, f"{lex.lang}.persons.known_single")
                       for s, e in singles if bounded(norm, s, e) and not _CASE_PARTY.match(norm, e)]
        candidates.sort(key=lambda c: c.start)
    return _merge_persons(doc, candidates, lex)


# What follows the applicant's name in a case's title: "Sargsyan v. Azerbaijan", "Chiragov and Others v. Armenia".
_CASE_PARTY = re.compile(r"(?: and Others)? vs?\. [A-Z]")


def _cited_authors(norm: str, lex: NameLexicon) -> list[_Candidate]:
    """The authors an author-date citation names: "[15] de Waal 2003, p. 212", "(Cornell 2001: 97)"."""
    out = []
    for tail in _CITATION_TAIL.finditer(norm):  # the year and page first: a cheap scan
        m = _CITED_NAME.search(norm, max(0, tail.start() - 50), tail.start())
        if m is None:
            continue
        words = m.group("n").split(" ")
        if any(w in lex.places or w in lex.known or w in lex.head_type or w in lex.calendar or w in lex.starters
               or w in lex.titles for w in words if w not in lex.particles):
            continue
        out.append(_Candidate(m.start("n"), m.end("n"), None, f"{lex.lang}.persons.cited_author"))
    return out


# A citation's year and page ("2003, p. 212", "2001: 97"), and the author's surname (with its particle)
# right before it, opening a footnote's line or a bracket, or after another citation's semicolon.
_CITATION_TAIL = re.compile(r" (?:1[89]\d\d|20\d\d)[a-z]?(?:, pp?\. ?\d|: ?\d)")
_CITED_NAME = re.compile(rf"(?:^|\(|\] |; )(?P<n>(?:(?:de|van|von|van der|al-) )?[{UP}]{LETTER}+(?: [{UP}]{LETTER}+)?)\Z",
                         re.M)


def _complement_of_name(norm: str, s: int, lex: NameLexicon) -> bool:
    """Whether the words at `s` go on a capitalised name through "of", "for" or "on": "Prohibition of
    [Chemical Weapons]", "Coordination of [Humanitarian Affairs]"; not "the widow of X", "Son of X"."""
    m = _NAME_LINK.search(norm, max(0, s - 60), s)
    if m is None or starts_sentence(norm, m.start()):
        return False
    word = m.group("w")
    return f"{word.lower()} {m.group('l')}" not in lex.person_before and word not in lex.titles \
        and word.lower() not in lex.roles


# A capitalised word and the link that makes the next words its complement, right before a run.
_NAME_LINK = re.compile(rf"(?<![\w'-])(?P<w>[{UP}]{LETTER}+) (?P<l>of|for|on|against) (?:the )?\Z")


def _written_lower(norm: str, word: str) -> bool:
    """Whether the text also writes `word` in lower case, as a word of its own: a common noun, no surname."""
    target = word.lower()
    at = norm.find(target)
    while at != -1:
        if bounded(norm, at, at + len(target)):
            return True
        at = norm.find(target, at + 1)
    return False


def _after_bullet(norm: str, pos: int) -> bool:
    """Whether `pos` opens a bulleted line: "- ", "* ", "\u2022 " at the line's start."""
    line = norm[norm.rfind("\n", max(0, pos - 12), pos) + 1 : pos].strip()
    return line in _BULLETS


_BULLETS = frozenset(("-", "*", "\u2022", "\u2013", "\u2014"))


def _aliases(norm: str, candidates: list[_Candidate], lex: NameLexicon) -> list[_Candidate]:
    """The one-word name a person is "better known as": a person too."""
    ends = {c.end for c in candidates if c.rule is not None}
    return [_Candidate(m.start("a"), m.end("a"), None, f"{lex.lang}.persons.alias")
            for m in ALIAS.finditer(norm) if m.start() in ends and m.group("a") not in lex.strip]


def _merge_persons(doc: Doc, candidates: list[_Candidate], lex: NameLexicon) -> list[Actor]:
    norm = doc.norm
    people: dict[str, Actor] = {}
    surnames: dict[str, str] = {}
    # A run with no evidence of its own is a person when it shares a known surname
    # ("Darko Mladić", "Nasiha Nuhanović"): a given name and the family's name.
    unconfirmed = [c for c in candidates if c.rule is None]
    if unconfirmed:
        family = {w[-1] for w in (norm[c.start : c.end].split() for c in candidates if c.rule is not None) if len(w) > 1}
        for c in unconfirmed:
            words = norm[c.start : c.end].split()
            if words[-1] in family and (words[0] in lex.given or len(words) == 2):
                c.rule = f"{lex.lang}.persons.family_name"
    if unconfirmed:
        _coordinated(norm, candidates, lex)
    for c in candidates:
        if c.rule is None:
            continue
        name = norm[c.start : c.end]
        words = name.split()
        longer = _longer_name(name, words, people, surnames)
        if longer is not None:
            longer.title = longer.title or c.title
            continue
        actor = Actor(span=Span(c.start, c.end), rule=c.rule, name=doc.text[c.start : c.end], kind="person",
                      title=c.title)
        if len(words) > 1 and (words[-1] in surnames or words[-1] in people):
            # "President Aliyev" or "Ríos Montt" came first; the full name replaces it.
            for shorter in [k for k in people if name.endswith(" " + k)]:
                title = people.pop(shorter).title  # popped first: a titled full name drops its surname too
                actor.title = actor.title or title
        people[name] = actor
        if len(words) > 1:
            surnames.setdefault(words[-1], name)
    # "Ibro and Muhamed Nuhanović": the first given name takes the surname the second has.
    for actor in list(people.values()):
        words = actor.name.split()
        if len(words) == 2 and (m := _GIVEN_AND.search(norm, max(0, actor.span.start - 40), actor.span.start)):
            given = m.group(1)
            full = f"{given} {words[-1]}"
            # a surname already named is a person of its own: "Aliyev, Pashinyan and Vladimir Putin"
            if given not in lex.strip and given not in lex.reject and full not in people \
                    and given not in surnames and given not in people \
                    and not (m.start() >= 2 and norm[m.start() - 2].isalpha() and norm[m.start() - 1] == " "
                             and _starts_word_upper(norm, m.start() - 2)):
                people[full] = Actor(span=Span(m.start(1), m.end(1)), rule=f"{lex.lang}.persons.shared_surname",
                                     name=full, kind="person")
    # "By AMINA YUSUF" and "(Reporting by Amina Yusuf)": one writer
    lowered = {k.lower() for k in people if not k.isupper()}
    for k in [k for k in people if k.isupper() and k.lower() in lowered]:
        del people[k]
    return sorted(people.values(), key=lambda a: a.span.start)


def _longer_name(name: str, words: list[str], people: dict[str, Actor], surnames: dict[str, str]) -> Actor | None:
    """The person already named whom `name` names again: the same name, its surname
    alone, its last words ("Dadis Camara" after "Moussa Dadis Camara"), or a fuller form
    that opens with it ("Rufina Amaya Márquez" after "Rufina Amaya": a second surname)."""
    if name in people:
        return people[name]
    if len(words) > 2 and (first := people.get(" ".join(words[:-1]))) is not None:
        return first
    if words[-1] not in surnames:
        return None
    if len(words) == 1:
        return people[surnames[words[0]]]
    return next((a for k, a in people.items() if k.endswith(" " + name)), None)


_GIVEN_AND = re.compile(rf"(?<![\w'-])([{UP}]{LETTER}{{2,}}) and $")


def _starts_word_upper(norm: str, end: int) -> bool:
    """Whether the word ending at `end` (inclusive) is capitalised."""
    i = end
    while i > 0 and (norm[i - 1].isalnum() or norm[i - 1] in "'-"):
        i -= 1
    return norm[i].isupper()


def _ends_title(norm: str, start: int, lex: NameLexicon) -> bool:
    """Whether the capitalised words at `start` end a title phrase: "The Minister of National Unity
    and [Civic Engagement], Jean-Damascène Bizimana" is a title and its holder, no list of two names."""
    for w in reversed(norm[max(0, start - 80) : start].split()[-8:]):
        if w in lex.titles:
            return True
        if not (w[:1].isupper() or w in lex.title_words):
            return False
    return False


def _coordinated(norm: str, candidates: list[_Candidate], lex: NameLexicon) -> None:
    """Names listed with a person are persons: "Wa Lone and Kyaw Soe Oo, were sentenced",
    "Lawrence Colburn and Glenn Andreotta". Evidence passes along ", " and "and" both ways."""
    if len(candidates) < 2:
        return
    changed = True
    while changed:
        changed = False
        for a, b in zip(candidates, candidates[1:]):
            if (a.rule is None) == (b.rule is None) or b.start - a.end > 6:
                continue
            if norm[a.end : b.start] not in (" and ", ", ", ", and ", " or "):
                continue
            none = a if a.rule is None else b
            if len(norm[none.start : none.end].split()) < 2:
                continue
            if none is a and (word_before(norm, a.start) in lex.apposition_words or _ends_title(norm, a.start, lex)):
                continue  # "the acting Reich Protector, Reinhard Heydrich": a title in apposition, no list
            none.rule = f"{lex.lang}.persons.coordinated"
            changed = True
