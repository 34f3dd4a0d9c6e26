"""Organisations a document names.

One trie regex finds known names ("Human Rights Watch", "ICTY") and head nouns
(see `org_heads`), in capitals too on a letterhead (`letterheads`). A lower-case noun
marks a body's name as well ("the Azov regiment", "the government of Sudan": see
`org_nouns`), and an acronym defined in brackets is a name where the text then uses it
alone (see `acronyms`). Each name is reported once as written: "ICJ" and "International
Court of Justice" are two names of one court.
"""

from __future__ import annotations

import re

from testimonia.extract.doc import Doc
from testimonia.extract.names.acronyms import bare_acronyms, defined_acronyms
from testimonia.extract.names.letterheads import letterhead_names
from testimonia.extract.names.lexicon import NameLexicon, name_lexicon
from testimonia.extract.names.org_heads import INSTRUMENT_AFTER, OrgName, headed, headed_all, left_tokens, trim_complement
from testimonia.extract.names.org_nouns import implicit_bodies, known_as, listed_groups, local_bodies, lower_named
from testimonia.extract.names.text import WORD_RE, bounded
from testimonia.model.facts import Actor, Span


def find_organizations(doc: Doc) -> list[Actor]:
    """Every organisation `doc` names, once per name as written, in order of first mention.

    A body the text names two ways ("International Court of Justice" and "ICJ")
    is reported under each name, as a reader listing the names would.
    """
    lex = name_lexicon(doc.language)
    norm = doc.norm
    found: list[OrgName] = []
    for m in lex.org_scan.finditer(norm):
        s, e = m.span()
        word = m.group()
        if s and (norm[s - 1].isalnum() or norm[s - 1] in "-_"):
            if norm[s - 1] == "-" and word in lex.head_type:
                # "Armenian Genocide Museum-Institute": the head closes a hyphenated word
                ws = norm.rfind(" ", max(0, s - 40), s) + 1
                if WORD_RE.fullmatch(norm, ws, e) and not _LOWER_PART.search(norm, ws, e) \
                        and (o := headed(norm, ws, e, word, lex)) is not None:
                    found.append(o)
            continue
        if word in lex.known:
            oid, org_type, needs_context = lex.known[word]
            if needs_context == "article":
                # "the AP": the agency, not a protocol's "AP I"; "(AP Photo/Jane Doe)": its photographer's credit
                ok = norm[max(0, s - 4) : s] in ("the ", "The ") or norm.startswith((" Photo/", " Photos/"), e)
            else:
                ok = not needs_context or _has_context(norm, s, e, lex)
            ok = ok or bool(needs_context) and _dateline_credit(norm, s, e)
            if ok and INSTRUMENT_AFTER.match(norm, e):
                ok = False  # "the General Amnesty Law": a word of a law's name
            if ok and (nxt := WORD_RE.match(norm, e + 1)) and norm[e] == " " and nxt.group() in lex.building_words:
                ok = False  # "the Red Crescent Hospital": a building named after the body
            if ok and word in lex.un_prefixes and _title_after(norm, e, lex):
                ok = False  # "the UN Special Rapporteur on Rwanda": the UN only qualifies a person's title
            if ok:
                found.append(OrgName(s, e, word, org_type, f"{lex.lang}.organizations.known", oid, priority=0))
                # an acronym takes no country before it ("the Myanmar UN envoy")
                left = None if word.isupper() else _known_left(norm, s, lex)
                last = word.rsplit(" ", 1)[-1]
                c = lex.complement.match(norm, e) if lex.head_complement.get(last) else None
                comp = trim_complement(c.group(), lex) if c else ""
                if left is not None or comp:
                    start = s if left is None else left
                    name = norm[start : e + len(comp)]
                    found.append(OrgName(start, e + len(comp), name, org_type, f"{lex.lang}.organizations.known",
                                      name.lower(), comp.strip() or None))
        if word in lex.head_type:
            found.extend(headed_all(norm, s, e, word, lex))
    if lex.armed_forces_words in norm:
        at = norm.find(lex.armed_forces_words)
        while at != -1:
            o = _armed_forces(norm, at, lex)
            if o is not None:
                found.append(o)
            at = norm.find(lex.armed_forces_words, at + 1)
    for head, org_type in lex.lower_heads.items():
        at = norm.find(head + " of ")
        while at != -1:
            if (at == 0 or not (norm[at - 1].isalnum() or norm[at - 1] == "-")) and (m := lex.lower_head.match(norm, at)):
                name = trim_complement(" " + m.group(), lex)[1:]
                if name.split(" ", 1)[0] == head and m.group("of").split(" ", 1)[0] not in lex.titles:
                    found.append(OrgName(at, at + len(name), name, org_type, f"{lex.lang}.organizations.lower_head",
                                      name.lower()))
            at = norm.find(head + " of ", at + 1)
    found += local_bodies(norm, lex)
    found += letterhead_names(norm, lex)
    found += lower_named(norm, lex)
    found += bare_acronyms(norm, lex)
    for context, names in lex.implicit:
        if any(c in norm for c in context):
            found += implicit_bodies(norm, names, lex)
    found += listed_groups(norm, lex)
    for alias, (oid, org_type) in lex.lower_known.items():
        at = norm.find(alias)
        while at != -1:
            if bounded(norm, at, at + len(alias)):
                found.append(OrgName(at, at + len(alias), alias, org_type, f"{lex.lang}.organizations.known", oid, priority=0))
            at = norm.find(alias, at + 1)
    if " known as " in norm:
        found += known_as(norm, lex)
    kept = _longest_first(found)
    kept = _join_units(norm, kept, lex)
    _distribute_complements(norm, kept, lex)
    kept = defined_acronyms(norm, kept, lex)
    # "the Rome Statute of the International Criminal Court": a body named only in an instrument's title
    # is a word of the title; where the text names it anywhere else, or goes on about it ("..., whose
    # prosecutor"), it is named
    titled = {o.name.lower() for o in kept if _INSTRUMENT_OF.search(norm, max(0, o.start - 40), o.start)
              and not _RELATIVE_AFTER.match(norm, o.end)}
    if titled:
        titled -= {o.name.lower() for o in kept if not _INSTRUMENT_OF.search(norm, max(0, o.start - 40), o.start)}
    actors: dict[str, Actor] = {}
    for o in sorted(kept, key=lambda o: o.start):
        if o.name.lower() in titled:
            continue
        written = norm[o.start : o.end]
        if o.name.startswith(written):
            # The name as the text writes it (curly quotes, dashes), plus a shared complement.
            name = doc.text[o.start : o.end] + o.name[o.end - o.start :]
        else:
            name = o.name  # one of "the 33rd and 99th ... Divisions"
        if name.lower() not in actors:
            actors[name.lower()] = Actor(span=Span(o.start, o.end), rule=o.rule, name=name, kind="organization",
                                         org_type=o.org_type)
    longer = _word_strings(actors)
    return sorted((a for a in actors.values() if not _shortened(a.name, longer, lex)), key=lambda a: a.span.start)


# An instrument's title naming the body it belongs to: "Charter of the ...", "Statute of the ...".
_INSTRUMENT_OF = re.compile(r"(?<![\w-])(?:Statute|Charter|Rules of Procedure(?: and Evidence)?) (?:of|for) (?:the )?$")
_RELATIVE_AFTER = re.compile(r",? (?:whose|which|where)\b")
# A part of a hyphenated word in lower case: "Chairperson-in-Office" is an office's title.
_LOWER_PART = re.compile(r"-[a-z]")


def _word_strings(actors: dict[str, Actor]) -> list[tuple[int, str, str]]:
    """Each name's key with its word count and its words between single spaces, padded with a space each side:
    one word sequence holds another where its padded string holds the other's (`_shortened`)."""
    out = []
    for key in actors:
        words = key.split()
        out.append((len(words), f" {' '.join(words)} ", key))
    return out


def _shortened(name: str, longer: list[tuple[int, str, str]], lex: NameLexicon) -> bool:
    """Whether `name` only shortens a longer name the document gives the same body, before or
    after it: "the Fact-Finding Mission" for the "Independent International Fact-Finding Mission
    on Myanmar", a heading's "The Panel of Experts", "the Secretary-General's Internal Review
    Panel". A reader listing the bodies lists the full name once. Known names and the UN's
    organs ("Security Council", "Amnesty") are names of their own and stay. `longer` holds the
    document's names as `_word_strings` gives them, split once rather than once per name."""
    if name in lex.known or name in lex.un_names or name.isupper():
        return False
    words = name.lower().split()
    if len(words) > 1 and words[0].endswith("'s"):
        words = words[1:]  # "the Secretary-General's Internal Review Panel"
    n = len(words)
    own = name.lower()
    # more words than `name` holds, and `name`'s words in a row among them
    needle = f" {' '.join(words)} " if words else " "
    return any(size > n and needle in padded and key != own for size, padded, key in longer)


def _title_after(norm: str, end: int, lex: NameLexicon) -> bool:
    """Whether a person's title follows `end`, capitalised: " Secretary-General", " High Commissioner for ...".
    Not a lower-case noun: "the United Nations count" is the body's."""
    if not norm.startswith(" ", end) or not norm[end + 1 : end + 2].isupper():
        return False
    words = norm[end + 1 : end + 60].split(" ")[:3]
    return any(" ".join(words[:k]).rstrip(",.;:").lower() in lex.roles for k in range(1, len(words) + 1))


def _dateline_credit(norm: str, s: int, e: int) -> bool:
    """Whether [s, e) is the agency bracketed in a dateline: a line opening with a place in
    capitals, "KYIV, Ukraine (AP) \u2014 ...", "GENEVA, March 3 (Reuters) - ..."."""
    if norm[s - 1 : s] != "(" or _DATELINE_CREDIT.match(norm, e) is None:
        return False
    line = norm[norm.rfind("\n", max(0, s - 60), s) + 1 : s - 1]
    first = line.split(" ", 1)[0].rstrip(",")
    return len(line) < 60 and len(first) > 2 and first.isupper()


# The bracket closing an agency's credit in a dateline: "(AP) \u2014", "(dpa) -".
_DATELINE_CREDIT = re.compile(r"\)\s*(?:-{1,2}|\u2013|\u2014)")


def _has_context(norm: str, start: int, end: int, lex: NameLexicon) -> bool:
    """An ambiguous name ("Memorial") is the organisation only when the text says so."""
    if start >= 2 and norm[start - 1] == " ":
        prev = norm[max(0, start - 40) : start - 1].rsplit(" ", 1)[-1]
        if prev[:1].isupper():
            return False  # "Khojaly Memorial" is a monument
    return bool(lex.context_before.search(norm, max(0, start - 30), start) or lex.context_after.match(norm, end)
                or _beside_known(norm, start, end, lex))


def _beside_known(norm: str, start: int, end: int, lex: NameLexicon) -> bool:
    """Whether a name stands in a list with a body known without context: "Memorial and Human
    Rights Watch said", "Amnesty International and Memorial"."""
    if norm.startswith(" and ", end) and (m := lex.org_scan.match(norm, end + 5)) is not None:
        if m.group() in lex.known and lex.known[m.group()][2] is False:
            return True
    if norm.endswith(" and ", 0, start):
        words = norm[max(0, start - 60) : start - 5].split(" ")
        return any((n := " ".join(words[-k:])) in lex.known and lex.known[n][2] is False for k in range(1, min(5, len(words)) + 1))
    return False


def _known_left(norm: str, start: int, lex: NameLexicon) -> int | None:
    """Where a known name grows left over a country's name or adjective: "United States
    House of Representatives", "German Bundestag". None when nothing stands there."""
    if start < 2 or norm[start - 1] != " " or not norm[start - 2].isalpha():
        return None
    left = left_tokens(norm, start, lex)
    k = len(left)
    while k > 0 and (left[k - 1][2] in lex.places or left[k - 1][2] in lex.known_left) \
            and left[k - 1][2] not in lex.not_known_left:
        k -= 1
    while k < len(left) and left[k][2] in lex.org_strip:
        k += 1
    return left[k][0] if k < len(left) else None


def _armed_forces(norm: str, at: int, lex: NameLexicon) -> OrgName | None:
    """ "armed forces of Armenia", "the Armenian armed forces"; bare "armed forces" names no one."""
    ps = norm.rfind(" ", max(0, at - 40), max(0, at - 1)) + 1
    start = ps if at - ps > 1 and WORD_RE.fullmatch(norm[ps : at - 1]) else at
    m = lex.armed_forces.match(norm, start)
    if m is None:
        return None
    adj = m.group("adj")
    if adj and (adj in lex.starters or adj in lex.org_strip):
        adj = None
    if not adj and not m.group("of"):
        return None
    s = m.start("adj") if adj else at
    name = norm[s : m.end()]
    return OrgName(s, m.end(), name, "armed_forces", f"{lex.lang}.organizations.armed_forces", name.lower(), m.group("of"))


def _longest_first(found: list[OrgName]) -> list[OrgName]:
    found.sort(key=lambda o: (o.start, -(o.end - o.start), o.priority))
    kept: list[OrgName] = []
    for o in found:
        if not kept or o.start >= kept[-1].end:
            kept.append(o)
    return kept


def _join_units(norm: str, kept: list[OrgName], lex: NameLexicon) -> list[OrgName]:
    """ "1st Battalion, 20th Infantry Regiment": a unit and the numbered unit it belongs to, one name."""
    out: list[OrgName] = []
    for o in kept:
        if out and o.org_type == "military_unit" and out[-1].org_type == "military_unit" \
                and out[-1].name[:1].isdigit() and (o.name[:1].isdigit() and norm[out[-1].end : o.start] == ", "
                                                   or norm[out[-1].end : o.start] == ", the "
                                                   or norm[out[-1].end : o.start] == ", " and _outranks(o, out[-1], lex)):
            a = out.pop()
            name = norm[a.start : o.end]
            o = OrgName(a.start, o.end, name, o.org_type, o.rule, name.lower())
        out.append(o)
    return out


def _outranks(o: OrgName, a: OrgName, lex: NameLexicon) -> bool:
    """Whether unit `o` is larger than unit `a`: "1st Battalion, Parachute Regiment" is one unit."""
    big = lex.unit_ranks.get(o.name.rsplit(" ", 1)[-1], 0)
    return big > lex.unit_ranks.get(a.name.rsplit(" ", 1)[-1], big)


def _distribute_complements(norm: str, kept: list[OrgName], lex: NameLexicon) -> None:
    """ "the National Assembly and the Senate of Pakistan": both are "of Pakistan"."""
    for a, b in zip(kept, kept[1:]):
        if a.complement or not b.complement or a.org_type == "military_unit" or b.org_type != a.org_type:
            continue
        if not lex.coordination.fullmatch(norm[a.end : b.start]):
            continue
        if not b.complement.startswith(lex.shared_link + " ") or any(w in lex.head_type for w in b.complement.split()):
            continue
        if not lex.places.isdisjoint(a.name.split()):
            continue  # "the Armenian Foreign Ministry and the Office of ...": the first already says whose it is
        if lex.places.isdisjoint(b.complement.split()):
            continue  # "the State Security Service and the Ministry of Internal Affairs": a remit, not a seat
        a.name = f"{a.name} {b.complement}"
        a.key = a.name.lower()
