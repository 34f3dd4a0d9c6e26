"""Bodies a lower-case noun marks as such, rather than a head noun in their name.

"the Azov regiment", "the news agency Caucasian Knot", "Caucasian Knot, an independent news
site,", "a battalion ... known as Dutchbat", "militias such as the Red Shirts", "the Kharkiv
regional military administration", and, in a European Union text, "the Commission".
"""

from __future__ import annotations

import re

from testimonia.extract.names.lexicon import NameLexicon
from testimonia.extract.names.org_heads import OrgName
from testimonia.extract.names.text import UP, WORD, WORD_RE, starts_sentence


def local_bodies(norm: str, lex: NameLexicon) -> list[OrgName]:
    """"the Kharkiv regional military administration": a place's local body in lower case."""
    out = []
    for level in lex.local_levels.finditer(norm):
        at = level.start()
        ws = norm.rfind(" ", max(0, at - 40), at) + 1
        if norm[ws : ws + 1].isupper() and (m := lex.local_body.match(norm, ws)) and m.group(1) not in lex.starters:
            name = m.group()
            out.append(OrgName(ws, m.end(), name, lex.local_heads[m.group("h")],
                            f"{lex.lang}.organizations.local_body", name.lower()))
    return out


def lower_named(norm: str, lex: NameLexicon) -> list[OrgName]:
    """A capitalised name a lower-case noun marks as a body's: "the Azov regiment", "the Drum
    magazine photographer", "the news agency Caucasian Knot", "the legal aid office, Tutela Legal,",
    "Caucasian Knot, an independent news site,"."""
    out: list[OrgName] = []
    rule = f"{lex.lang}.organizations.lower_noun"
    for m in lex.lower_named.finditer(norm):
        for part, org_type in lex.lower_named_kind[m.group("n")]:
            if part in ("heads", "classes_after"):
                if norm[m.start("n") - 1] != " " or (s := _name_before(norm, m.start("n") - 1, lex)) is None:
                    continue
                end = m.end("n") if part == "heads" else m.start("n") - 1
            elif part == "described":
                if (span := _described(norm, m.start("n"), m.end("n"), lex)) is None:
                    continue
                s, end = span
            elif part == "classes_before":
                if not norm.startswith(" ", m.end("n")) or (span := _name_after(norm, m.end("n") + 1, lex)) is None:
                    continue
                s, end = span
            else:
                if not norm.startswith(", ", m.end("n")) or (span := _name_after(norm, m.end("n") + 2, lex)) is None \
                        or not norm.startswith(",", span[1]):
                    continue
                s, end = span
            name = norm[s:end]
            out.append(OrgName(s, end, name, org_type, rule, name.lower()))
            break
    if '", ' in norm:
        for m in lex.quoted_named.finditer(norm):
            if _plain_name(m.group("n").split(" "), lex):
                part = lex.lower_named_kind[m.group("h")]
                org_type = next(t for p, t in part if p == "appositive")
                out.append(OrgName(m.start("n"), m.end("n"), m.group("n"), org_type, rule, m.group("n").lower()))
    return out


def _described(norm: str, ns: int, ne: int, lex: NameLexicon) -> tuple[int, int] | None:
    """The name a noun phrase in apposition describes as a body: "Caucasian Knot, an independent
    news site, counted", "Azertac, the state news agency, said". The noun ends the phrase; one to
    four capitalised words stand before its comma, and name no person, place or date."""
    if not (ne == len(norm) or norm[ne] in ",.;" or _CLAUSE_AFTER.match(norm, ne)):
        return None
    phrase = _DESCRIBED_BEFORE.search(norm, max(0, ns - 60), ns)
    if phrase is None or not all(w.islower() or w in lex.places or w.endswith("-based")
                                 for w in phrase.group("adj").split()):
        return None
    end = phrase.start()
    words: list[str] = []
    pos = end
    while len(words) < 4 and pos > 0:
        ws = norm.rfind(" ", max(0, pos - 40), pos) + 1
        if (nl := norm.rfind("\n", ws, pos)) != -1:
            ws = nl + 1
        if not WORD_RE.fullmatch(norm, ws, pos):
            break
        words.insert(0, norm[ws:pos])
        if ws == 0 or norm[ws - 1] != " ":
            break
        pos = ws - 1
    while words and (words[0] in lex.articles_cap or words[0] in lex.org_strip):
        words.pop(0)
    if not words or words[0] in lex.given or not _plain_name(words[-1:], lex) or not _plain_name(words, lex, places=False):
        return None
    return end - len(" ".join(words)), end


# An appositive's article and up to three modifiers before its noun, right after a name's comma.
_DESCRIBED_BEFORE = re.compile(r", (?:an?|the) (?P<adj>(?:[\w'-]+ ){0,3})$")
# A clause that goes on after an appositive's noun: "a rights group that ...", "a weekly based in ...".
_CLAUSE_AFTER = re.compile(r" (?:that|which|based|founded|set up|run|close to|linked to)\b")


def _plain_name(words: list[str], lex: NameLexicon, places: bool = True) -> bool:
    """Whether capitalised words could be a body's own name: no place, date, title, head or known name
    (with `places` false, a place or demonym may stand before the last word: "Caucasian Knot")."""
    for w in words:
        if places and w in lex.places or w in lex.calendar or w in lex.titles or w in lex.head_type or w in lex.known \
                or w in lex.starters or w in lex.articles_cap or w.rstrip(".") in lex.abbrevs:
            return False
    return True


def _name_before(norm: str, end: int, lex: NameLexicon) -> int | None:
    """Where one to three capitalised words ending at `end` start, when they could be a name
    and do not open a sentence or go on as a longer run."""
    pos, words = end, []
    while len(words) < 3 and pos >= 2:
        ws = norm.rfind(" ", max(0, pos - 40), pos) + 1
        word = norm[ws:pos]
        if not WORD_RE.fullmatch(word):
            break
        words.insert(0, word)
        pos = ws - 1
        if ws == 0 or norm[ws - 1] != " ":
            break
    opened = False
    while words and (words[0] in lex.articles_cap or words[0] in lex.org_strip):
        words.pop(0)  # "The CAIN archive"
        opened = True
    if not words or not _plain_name(words[-1:], lex) or not _plain_name(words, lex, places=False):
        return None
    start = end - len(" ".join(words))
    acronym = len(words) == 1 and _ACRONYM_WORD.fullmatch(words[0]) is not None  # "APA news agency reported"
    if not opened and not acronym and (starts_sentence(norm, start) or len(words) == 3 and start >= 2
                                       and norm[start - 1] == " "
                                       and WORD_RE.fullmatch(norm, norm.rfind(" ", max(0, start - 40), start - 1) + 1,
                                                             start - 1)):
        return None  # a longer capitalised run, or a sentence's first word, is no name read this way
    return start


# A name in capitals may open a sentence before its class noun.
_ACRONYM_WORD = re.compile(r"[A-Z]{2,6}")
_AFTER_RUN = re.compile(rf"{WORD}(?: {WORD}){{0,3}}(?![\w'-])")


def _name_after(norm: str, start: int, lex: NameLexicon) -> tuple[int, int] | None:
    """The one to four capitalised words at `start`, when they could be a name."""
    m = _AFTER_RUN.match(norm, start)
    words = m.group().split(" ") if m is not None else []
    if not words or not _plain_name(words[-1:], lex) or not _plain_name(words, lex, places=False) \
            or words[0] in lex.given:
        return None
    return m.span()


def known_as(norm: str, lex: NameLexicon) -> list[OrgName]:
    """"a Dutch battalion of the UN Protection Force, known as Dutchbat": the body's own name."""
    out = []
    for m in lex.known_as.finditer(norm):
        before = norm[max(0, m.start() - 80) : m.start()].lower().replace(",", " ").split()
        if not norm.startswith(",", m.start()):
            before = before[-2:]  # without a comma the noun stands right before: "a squad known as X"
        if lex.known_as_nouns.isdisjoint(before) or m.group("n") in lex.starters or m.group("n") in lex.places:
            continue
        n = m.group("n")
        noun = next(w for w in before if w in lex.known_as_nouns)  # the head of "a battalion of the ... Force"
        org_type = lex.head_type.get(noun[:1].upper() + noun[1:], "other")
        out.append(OrgName(m.start("n"), m.end("n"), n, org_type, f"{lex.lang}.organizations.known_as", n.lower()))
        if (g := _GLOSS.match(norm, m.end("n"))) and g.group("g").rsplit(" ", 1)[-1] in lex.head_type:
            # "the Ypatingasis būrys (Special Squad)": its English name in brackets, a name too
            out.append(OrgName(g.start("g"), g.end("g"), g.group("g"), org_type, f"{lex.lang}.organizations.known_as",
                            g.group("g").lower()))
    return out


_GLOSS = re.compile(rf" \((?P<g>{WORD}(?: {WORD}){{1,3}})\)")


def implicit_bodies(norm: str, names: dict[str, str], lex: NameLexicon) -> list[OrgName]:
    """"the Commission", "the Council" alone, mid-sentence, where the document's kind makes
    them one body each; not "the Council of Europe" nor "the Council President"."""
    out: list[OrgName] = []
    for head, org_type in names.items():
        at = norm.find("the " + head)
        while at != -1:
            s, e = at + 4, at + 4 + len(head)
            if (at == 0 or not norm[at - 1].isalnum()) and not _IMPLICIT_GOES_ON.match(norm, e):
                out.append(OrgName(s, e, head, org_type, f"{lex.lang}.organizations.implicit", head.lower()))
            at = norm.find("the " + head, at + 1)
    return out


_IMPLICIT_GOES_ON = re.compile(rf"[\w'-]| (?:of|for|on)\b| [{UP}]")


def listed_groups(norm: str, lex: NameLexicon) -> list[OrgName]:
    """Names a plural noun of bodies lists: "militias, among them the Red Shirts and the Night
    Wolves", "rebel groups such as the Seleka, the Anti-Balaka and the FPRC"."""
    out: list[OrgName] = []
    for link in lex.list_links:
        at = norm.find(link)
        while at != -1:
            if lex.listed_groups.search(norm, max(0, at - 40), at):
                out += _listed_names(norm, at + len(link), lex)
            at = norm.find(link, at + 1)
    return out


def _listed_names(norm: str, pos: int, lex: NameLexicon) -> list[OrgName]:
    """The names a list opening at `pos` holds, up to the first that is none."""
    out: list[OrgName] = []
    while (n := _LISTED_NAME.match(norm, pos)) is not None:
        words = n.group("n").split(" ")
        if not _plain_name(words[-1:], lex) or not _plain_name(words, lex, places=False) \
                or words[0] in lex.given or all(w in lex.places for w in words):
            break
        out.append(OrgName(n.start("n"), n.end("n"), n.group("n"), "other", f"{lex.lang}.organizations.listed",
                        n.group("n").lower()))
        if (sep := _LIST_SEP.match(norm, n.end())) is None:
            break
        pos = sep.end()
    return out


_LISTED_NAME = re.compile(rf"(?:the )?(?P<n>{WORD}(?: {WORD}){{0,3}})(?![\w'-]| [{UP}])")
_LIST_SEP = re.compile(r",? (?:and|or) |, ")
