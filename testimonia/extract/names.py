"""Persons and organisations a document names.

Find, then write. Persons: one regex scans the normalised text for runs of two
or more capitalised words ("President Ilham Aliyev", "Ratko Mladić"); Python
then looks only around each run for evidence that it names a person: a title
in front, a speech verb or an appositive title after, a role noun or a speech
cue before, a known given name. A run holding a place, a month, a demonym or
an organisation word is not a person. Each person is returned once, at its
first full mention.

Organisations: one trie regex finds known names ("Human Rights Watch",
"ICTY") and head nouns ("Regiment", "Assembly", "Council"); a head grows left
over capitalised words and ordinals ("366th Motorized Rifle Regiment") and
right over an "of/for/on ..." complement ("Senate of Pakistan").
Words live in `lexicons/<lang>/{titles,first_names,person_stop,organizations,speech_verbs}.yaml`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache, lru_cache

import ahocorasick

from testimonia.extract.doc import Doc
from testimonia.extract.lexicon import load
from testimonia.model.facts import Actor, Span

# Upper-case initials: ASCII, Latin-1, Latin Extended-A (Č, Š, Ž ...) and Cyrillic.
UP = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f\u0400-\u042f"
_L = r"[^\W\d_]"
# A capitalised word, possibly hyphenated or with an inner apostrophe ("Imarat-Garvand", "O'Brien").
WORD = rf"[{UP}]{_L}*(?:-{_L}+|'(?!s\b){_L}+)*"
_WORD = re.compile(WORD)


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


# --------------------------------------------------------------------------- lexicon


@dataclass(slots=True)
class _Lex:
    lang: str
    name: str  # regex source of a capitalised name with its particles ("Thomas de Waal", "Bashar al-Assad")
    run: re.Pattern
    particles: frozenset[str]
    inner_name_words: frozenset[str]
    tails: frozenset[str]
    honorifics: frozenset[str]
    place_cues: frozenset[str]
    determiner: re.Pattern
    titles: frozenset[str]
    abbrevs: frozenset[str]
    roles_cap: frozenset[str]
    roles: frozenset[str]  # lower case, one to three words
    role_words: frozenset[str]  # words allowed before a role ("former", "Bosnian")
    verbs: frozenset[str]
    cue_nouns: frozenset[str]
    noun_links: frozenset[str]
    according: frozenset[str]  # "according to", "quoting" before a speaker's name
    starters: frozenset[str]
    strip: frozenset[str]  # words stripped from the front of a run
    reject: frozenset[str]  # words that make the rest of a run no person's name
    org_strip: frozenset[str]
    not_in_name: frozenset[str]
    places: frozenset[str]
    given: frozenset[str]
    known_names: frozenset[str]  # organisation names and phrases that name no person
    after_verb: re.Pattern
    person_after: re.Pattern
    person_before: frozenset[str]
    appositive: re.Pattern
    # organisations
    org_scan: re.Pattern
    known: dict[str, tuple[str, str, bool]]  # alias -> (id, org_type, needs context)
    head_type: dict[str, str]
    head_complement: dict[str, bool]
    weak_heads: frozenset[str]
    un_prefixes: tuple[str, ...]
    un_names: tuple[str, ...]
    not_orgs: frozenset[str]
    not_org_prefixes: tuple[str, ...]
    org_tok: re.Pattern
    complement: re.Pattern
    calendar: frozenset[str]
    complement_end: tuple[str, ...]
    coordination: re.Pattern
    shared_link: str
    coordination_words: frozenset[str]
    age: re.Pattern
    armed_forces_words: str
    armed_forces: re.Pattern
    context_before: re.Pattern
    context_after: re.Pattern


@cache
def _lexicon(language: str) -> _Lex:
    tl = load(language, "titles")
    stop = load(language, "person_stop")
    orgs = load(language, "organizations")
    speech = load(language, "speech_verbs")
    given = load(language, "first_names")

    title_phrases = flat(tl["titles"])
    abbrevs = flat(tl["abbreviations"])
    roles = flat(tl["roles"])
    verbs = flat(speech["verbs"])
    aux = speech["auxiliaries"]
    role_words = frozenset(tl["modifiers"] + tl["role_adjectives"])
    particles = frozenset(given["particles"])
    joint = rf" (?:(?:{trie(particles)}) )*(?:(?:{trie(given['hyphen_prefixes'])})-)?"
    token = rf"[{UP}][\w'.-]*"
    run = re.compile(rf"{token}(?:{joint}{token})+")

    co = orgs["complement"]
    links = trie(co["links"])
    articles = trie(tl["determiners"])
    cap_seq = rf"{WORD}(?: (?:{links} )*{WORD})*"
    pre_role = rf"(?:(?:{trie(role_words)}|[{UP}][\w'-]*|\d+-year-old) ){{0,4}}"
    role_alt = trie({r.lower() for r in roles + title_phrases} | {r for r in title_phrases})
    appositive = re.compile(
        rf", (?:{articles} )?(?P<t>{pre_role}{role_alt}\b"
        rf"(?: (?:{trie(co['opens'] + ['at', 'in', 'to'])}) (?:{articles} )?{cap_seq})?)"
    )
    after_verb = re.compile(rf" (?:(?:{trie(aux)}) )*{trie(verbs)}\b")

    head_type: dict[str, str] = {}
    head_complement: dict[str, bool] = {}
    for entry in orgs["heads"].values():
        for w in entry["words"]:
            head_type[w] = entry["org_type"]
            head_complement[w] = entry["complement"]
    known: dict[str, tuple[str, str, bool]] = {}
    for oid, entry in orgs["known"].items():
        for alias in entry.get("aliases", []):
            known[alias] = (oid, entry["org_type"], False)
        for alias in entry.get("context_aliases", []):
            known[alias] = (oid, entry["org_type"], True)
    # Capitalised words only: a lower-case first letter would make the engine try every position.
    org_scan = re.compile(rf"(?:{trie(list(known) + list(head_type))})(?![\w'-])")
    ct = rf"(?:{WORD}|U\.N\.|U\.S\.)"
    af = orgs["armed_forces"]
    lead = "".join(f"(?:{w} )?" for w in co["lead"])

    function = set(stop["starters"]["en.stop.function"]) | set(stop["starters"]["en.stop.adverb"])
    not_in_name = frozenset(flat(stop["not_in_name"])) | frozenset(head_type)
    sections = stop["not_in_name"]
    places = frozenset(sections["en.stop.places"] + sections["en.stop.demonyms"] + sections["en.stop.place_words"])
    titles = frozenset(w for p in title_phrases for w in p.split())
    starters = frozenset(flat(stop["starters"]))
    roles_cap = frozenset(r[:1].upper() + r[1:] for r in roles if " " not in r)
    return _Lex(
        lang=language,
        name=rf"{WORD}(?:{joint}{WORD})*",
        run=run,
        particles=particles,
        inner_name_words=frozenset(given["inner_name_words"]),
        tails=frozenset(stop["modifier_tails"]),
        honorifics=frozenset(tl["honorifics"]),
        place_cues=frozenset(stop["place_cues"]),
        determiner=re.compile(rf"^(?:{articles} )+"),
        titles=titles,
        abbrevs=frozenset(abbrevs),
        roles_cap=roles_cap,
        roles=frozenset(r.lower() for r in roles + title_phrases),
        role_words=role_words,
        verbs=frozenset(v for v in verbs if " " not in v),
        cue_nouns=frozenset(flat(speech["nouns"])),
        noun_links=frozenset(speech["noun_links"]),
        according=frozenset(a.lower() for a in speech["according"]),
        starters=starters,
        strip=titles | starters | not_in_name | places | particles | roles_cap | frozenset(abbrevs)
        | frozenset(m[:1].upper() + m[1:] for m in tl["modifiers"])
        | frozenset(a + "." for a in abbrevs),
        reject=(not_in_name | places | starters | titles) - frozenset(given["inner_name_words"]),
        org_strip=frozenset(function - set(orgs["ordinal_words"])),
        not_in_name=not_in_name,
        places=places,
        given=frozenset(flat(given["given_names"])),
        known_names=frozenset(known) | frozenset(stop.get("not_names", [])),
        after_verb=after_verb,
        person_after=re.compile(rf" (?:(?:{trie(aux)}) )*{trie(tl['person_verbs_after'])}\b"),
        person_before=frozenset(tl["person_verbs_before"]),
        appositive=appositive,
        org_scan=org_scan,
        known=known,
        head_type=head_type,
        head_complement=head_complement,
        weak_heads=frozenset(orgs["weak_heads"]),
        un_prefixes=tuple(orgs["un_prefixes"]),
        un_names=tuple(orgs["un_names"]),
        not_orgs=frozenset(orgs["not_organizations"]),
        not_org_prefixes=tuple(n + " " for n in orgs["not_organizations"]),
        org_tok=re.compile(rf"(?:{WORD}|\d{{1,4}}(?:st|nd|rd|th)|U\.N\.|U\.S\.|{trie(orgs['possessive_words'])})"),
        complement=re.compile(rf" (?:{trie(co['opens'])}) {lead}{ct}(?: (?:{links} )*{ct})*"),
        calendar=frozenset(stop["not_in_name"]["en.stop.calendar"]),
        complement_end=tuple(co["opens"] + co["lead"] + co["links"]),
        shared_link=co["shared"],
        coordination_words=frozenset(orgs["coordination"]),
        age=re.compile(rf", (?:(?:{trie(tl['age_words'])}) )?\d{{1,3}},"),
        coordination=re.compile(rf",? (?:{trie(orgs['coordination'])}) (?:{articles} )?"),
        armed_forces_words=af["words"],
        armed_forces=re.compile(
            rf"(?:(?P<adj>{WORD}) )?{re.escape(af['words'])}(?: {af['link']} (?:{articles} )?(?P<of>{ct}(?: (?:{links} )?{ct})*))?"
        ),
        context_before=re.compile(rf"(?:{trie(orgs['context']['nouns'])}) $"),
        context_after=re.compile(
            rf", (?:{articles}) [^,.]{{0,60}}?(?:{trie(orgs['context']['nouns'])})"
            rf"| (?:{trie(orgs['context']['verbs'])})\b"
        ),
    )


# --------------------------------------------------------------------------- persons


@dataclass(slots=True)
class _Candidate:
    start: int
    end: int
    title: str | None
    rule: str | None  # None: a name-like run with no evidence of its own


def find_persons(doc: Doc) -> list[Actor]:
    """Every person `doc` names, once each, in order of first full mention."""
    lex = _lexicon(doc.language)
    norm = doc.norm
    looks: dict[str, int] = {}  # how often a name was read without evidence, or -1 once it has some
    candidates = []
    for m in lex.run.finditer(norm):
        s = m.start()
        if s and (norm[s - 1].isalnum() or norm[s - 1] in "'-."):
            continue
        run = m.group()
        parts = _subruns(run, s, lex) if "." in run or "'" in run or "-" in run else ((s, run),)
        for start, text in parts:
            shape = _shape_of(text, lex.lang)
            if shape is None:
                continue
            ns, ne = start + shape.offset, start + shape.offset + shape.length
            name = text[shape.offset : shape.offset + shape.length]
            if shape.rule is not None:
                candidates.append(_Candidate(ns, ne, shape.title, shape.rule))
                continue
            # A confirmed name needs no second look; one without evidence in three mentions is let go.
            n = looks.get(name, 0)
            if 0 <= n < 3:
                rule, title = _evidence(norm, ns, ne, lex)
                if rule == "given_name" and not shape.given:
                    rule = None
                candidates.append(_Candidate(ns, ne, title, f"{lex.lang}.persons.{rule}" if rule else None))
                looks[name] = -1 if rule else n + 1
    return _merge_persons(doc, candidates, lex)


def _subruns(run: str, start: int, lex: _Lex):
    """(start, text) of each part of a run, cut where a word ends a name: "Armenia." "Armenia's" "Mladić-led"."""
    words: list[str] = []
    first = pos = start
    for word in run.split(" "):
        at, cut = pos, False
        pos += len(word) + 1
        if word.endswith(".") and not (word[:-1] in lex.abbrevs or len(word) == 2):
            word, cut = word.rstrip("."), True
        if word.endswith("'s") or word.endswith("'"):
            word, cut = word[: -2 if word.endswith("'s") else -1], True
        if "-" in word and word.rsplit("-", 1)[1] in lex.tails:
            word, cut = word.rsplit("-", 1)[0], True
        if not words:
            first = at
        if word:
            words.append(word)
        if cut:
            if len(words) > 1:
                yield first, " ".join(words)
            words = []
    if len(words) > 1:
        yield first, " ".join(words)


@dataclass(slots=True, frozen=True)
class _Shape:
    """What a run's words alone say: where the name is in it, and a title in front."""

    offset: int
    length: int
    title: str | None
    rule: str | None  # set when a title in the run already makes it a person
    given: bool  # the name opens with a known given name


@lru_cache(maxsize=1 << 15)
def _shape_of(text: str, language: str) -> _Shape | None:
    """`_shape` of a run, kept: a run's reading without context, and names recur."""
    return _shape(text, _lexicon(language))


def _shape(text: str, lex: _Lex) -> _Shape | None:
    # Strip the front (sentence openers, titles, demonyms, places, organisation
    # words), then reject a rest that still holds any such word.
    words = text.split(" ")
    i, n = 0, len(words)
    while i < n and (words[i] in lex.strip or (len(words[i]) > 1 and words[i].replace(".", "").isupper())):
        i += 1
    if i == n:
        return None
    rest = words[i:]
    if not lex.reject.isdisjoint(rest):
        return None
    core = [w for w in rest if w not in lex.particles and w not in lex.inner_name_words]
    if not core or len(core) > 4 or any(len(w) > 1 and w.replace(".", "").isupper() for w in core):
        return None
    offset = sum(len(w) + 1 for w in words[:i])
    length = len(text) - offset
    if text[offset:] in lex.known_names:
        return None
    title_at = [k for k in range(i) if words[k] in lex.titles or words[k].rstrip(".") in lex.abbrevs
                or words[k] in lex.roles_cap]
    if title_at:
        # The title runs from the first word that is not a sentence opener ("Armenian President").
        k0 = next(k for k in range(i) if words[k] not in lex.starters or k in title_at)
        title = " ".join(words[k0 : title_at[-1] + 1])
        if title.rstrip(".") in lex.honorifics:
            title = None
        rule = "title_surname" if len(core) == 1 else "title_before"
        return _Shape(offset, length, title, f"{lex.lang}.persons.{rule}", core[0] in lex.given)
    if len(core) == 1:
        return None  # one word is a name only behind a title ("President Aliyev")
    return _Shape(offset, length, None, None, core[0] in lex.given)


def _evidence(norm: str, s: int, e: int, lex: _Lex) -> tuple[str | None, str | None]:
    """Why the capitalised words at [s, e) name a person, and the title the text gives."""
    before = norm[max(0, s - 60) : s].split()
    role = _role_before(before, lex)
    nxt = norm[e : e + 1]
    if nxt == " " and lex.after_verb.match(norm, e):
        return "speech_verb", role
    if nxt == ",":
        a = lex.appositive.match(norm, e)
        if lex.after_verb.match(norm, a.end() + 1 if a and norm[a.end() : a.end() + 1] == "," else e + 1):
            return "speech_verb", a.group("t") if a else role
        if a:
            return "appositive", a.group("t")
        if lex.age.match(norm, e):
            return "age", role
    if role:
        return "role_before", role
    if before:
        last = before[-1].rstrip(",").lower()
        prev = before[-2].lower() if len(before) > 1 else ""
        if last in lex.verbs or last in lex.according or f"{prev} {last}" in lex.according or (
            last in lex.noun_links and prev in lex.cue_nouns
        ):
            return "speech_cue", None
        if last in lex.person_before or f"{prev} {last}" in lex.person_before:
            return "person_verb", None
        if last in lex.place_cues and not norm.startswith("'s", e):
            return None, None  # "in Baghanis Ayrim": a place, unless a title or a verb says otherwise
    if nxt == " " and lex.person_after.match(norm, e):
        return "person_verb", None
    if norm.startswith(", who", e):
        return "relative_who", None
    return "given_name", None


def _role_before(before: list[str], lex: _Lex) -> str | None:
    """The role noun right before a name, with its modifiers: "Bosnian Serb military commander"."""
    for n in (3, 2, 1):
        if len(before) >= n and " ".join(before[-n:]).lower() in lex.roles:
            k = len(before) - n
            while k > 0 and len(before) - k < n + 4 and (
                before[k - 1] in lex.role_words or before[k - 1][:1].isupper() and _PLAIN.fullmatch(before[k - 1])
            ):
                k -= 1
            return lex.determiner.sub("", " ".join(before[k:]))
    return None


_PLAIN = re.compile(r"[\w'-]+")


def _merge_persons(doc: Doc, candidates: list[_Candidate], lex: _Lex) -> list[Actor]:
    norm = doc.norm
    people: dict[str, Actor] = {}
    surnames: dict[str, str] = {}
    for c in candidates:
        if c.rule is None:
            continue
        name = norm[c.start : c.end]
        words = name.split()
        if name in people or (len(words) == 1 and words[0] in surnames):
            known = people[name] if name in people else people[surnames[words[0]]]
            known.title = known.title or c.title
            continue
        actor = Actor(span=Span(c.start, c.end), rule=c.rule, name=doc.text[c.start : c.end], kind="person",
                      title=c.title)
        if len(words) > 1 and words[-1] in people:
            # "President Aliyev" came first; the full name replaces it.
            actor.title = actor.title or people.pop(words[-1]).title
        people[name] = actor
        if len(words) > 1:
            surnames.setdefault(words[-1], name)
    # A run with no evidence of its own is a person when it shares a known surname ("Darko Mladić").
    for c in candidates:
        if c.rule is None:
            name = norm[c.start : c.end]
            words = name.split()
            if name not in people and words[-1] in surnames and words[0] in lex.given:
                people[name] = Actor(span=Span(c.start, c.end), rule=f"{lex.lang}.persons.family_name",
                                     name=doc.text[c.start : c.end], kind="person")
    return sorted(people.values(), key=lambda a: a.span.start)


# --------------------------------------------------------------------------- organisations


@dataclass(slots=True)
class _Org:
    start: int
    end: int
    name: str
    org_type: str
    rule: str
    key: str
    complement: str | None = None
    priority: int = 1


def find_organizations(doc: Doc) -> list[Actor]:
    """Every organisation `doc` names, once each, in order of first mention."""
    lex = _lexicon(doc.language)
    norm = doc.norm
    found: list[_Org] = []
    for m in lex.org_scan.finditer(norm):
        s, e = m.span()
        if s and (norm[s - 1].isalnum() or norm[s - 1] in "-_"):
            continue
        word = m.group()
        if word in lex.known:
            oid, org_type, needs_context = lex.known[word]
            if not needs_context or _has_context(norm, s, e, lex):
                found.append(_Org(s, e, word, org_type, f"{lex.lang}.organizations.known", oid, priority=0))
        if word in lex.head_type:
            o = _headed(norm, s, e, word, lex)
            if o is not None:
                found.append(o)
    at = norm.find(lex.armed_forces_words)
    while at != -1:
        o = _armed_forces(norm, at, lex)
        if o is not None:
            found.append(o)
        at = norm.find(lex.armed_forces_words, at + 1)
    kept = _longest_first(found)
    _distribute_complements(norm, kept, lex)
    actors: dict[str, Actor] = {}
    for o in kept:
        if o.key not in actors:
            # The name as the text writes it (curly quotes, dashes), plus a shared complement.
            name = doc.text[o.start : o.end] + o.name[o.end - o.start :]
            actors[o.key] = Actor(span=Span(o.start, o.end), rule=o.rule, name=name, kind="organization",
                                  org_type=o.org_type)
    return sorted(actors.values(), key=lambda a: a.span.start)


def _has_context(norm: str, start: int, end: int, lex: _Lex) -> bool:
    """An ambiguous name ("Memorial") is the organisation only when the text says so."""
    if start >= 2 and norm[start - 1] == " ":
        prev = norm[max(0, start - 40) : start - 1].rsplit(" ", 1)[-1]
        if prev[:1].isupper():
            return False  # "Khojaly Memorial" is a monument
    return bool(lex.context_before.search(norm, max(0, start - 30), start) or lex.context_after.match(norm, end))


def _headed(norm: str, hs: int, he: int, head: str, lex: _Lex) -> _Org | None:
    left = _left_tokens(norm, hs, lex)
    while left and left[0][2] in lex.org_strip:
        left.pop(0)
    comp, end = None, he
    if lex.head_complement[head]:
        c = lex.complement.match(norm, he)
        if c:
            comp_text = _trim_complement(c.group(), lex)
            if comp_text:
                comp, end = comp_text.strip(), he + len(comp_text)
    if not left and comp is None:
        return None
    if comp is None and head in lex.weak_heads and all(t[2] in lex.places for t in left):
        return None
    start = left[0][0] if left else hs
    name = norm[start:end]
    if name in lex.not_orgs or name.startswith(lex.not_org_prefixes):
        return None
    org_type = lex.head_type[head]
    if name.startswith(lex.un_prefixes) or any(u in name for u in lex.un_names):
        org_type = "un_body"
    return _Org(start, end, name, org_type, f"{lex.lang}.organizations.head_noun", name.lower(), comp)


def _left_tokens(norm: str, pos: int, lex: _Lex) -> list[tuple[int, int, str]]:
    """Up to six capitalised words (or ordinals) standing right before `pos`."""
    tokens: list[tuple[int, int, str]] = []
    while len(tokens) < 6 and pos >= 2 and norm[pos - 1] == " ":
        ts = norm.rfind(" ", max(0, pos - 42), pos - 1) + 1
        word = norm[ts : pos - 1]
        if not lex.org_tok.fullmatch(word) or (ts == 0 and pos > 42):
            break
        tokens.insert(0, (ts, pos - 1, word))
        pos = ts
    return tokens


def _trim_complement(text: str, lex: _Lex) -> str:
    """Cut a complement before a second organisation or a date ("... and the Senate", "on Monday")."""
    words = text.split(" ")
    for k in range(3, len(words)):
        if words[k] in lex.coordination_words and any(x in lex.head_type for x in words[k + 1 :]):
            words = words[:k]
            break
        if words[k] in lex.calendar:
            words = words[: k - 1]
            break
    while words and words[-1] in lex.complement_end:
        words.pop()
    return " ".join(words) if len(words) > 2 else ""


def _armed_forces(norm: str, at: int, lex: _Lex) -> _Org | None:
    """ "armed forces of Armenia", "the Armenian armed forces"; bare "armed forces" names no one."""
    ps = norm.rfind(" ", max(0, at - 40), max(0, at - 1)) + 1
    start = ps if at - ps > 1 and _WORD.fullmatch(norm[ps : at - 1]) else at
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
    return _Org(s, m.end(), name, "armed_forces", f"{lex.lang}.organizations.armed_forces", name.lower(), m.group("of"))


def _longest_first(found: list[_Org]) -> list[_Org]:
    found.sort(key=lambda o: (o.start, -(o.end - o.start), o.priority))
    kept: list[_Org] = []
    for o in found:
        if not kept or o.start >= kept[-1].end:
            kept.append(o)
    return kept


def _distribute_complements(norm: str, kept: list[_Org], lex: _Lex) -> None:
    """ "the National Assembly and the Senate of Pakistan": both are "of Pakistan"."""
    for a, b in zip(kept, kept[1:]):
        if a.complement or not b.complement or a.org_type == "military_unit" or b.org_type != a.org_type:
            continue
        if not lex.coordination.fullmatch(norm[a.end : b.start]):
            continue
        if not b.complement.startswith(lex.shared_link + " ") or any(w in lex.head_type for w in b.complement.split()):
            continue
        a.name = f"{a.name} {b.complement}"
        a.key = a.name.lower()


# --------------------------------------------------------------------------- mentions


class Mentions:
    """Where a document names known actors: full names, and a person's surname alone.

    Searched window by window (`within`) as a regex `(?:form|...)(?![\\w-])` run over
    the window would: leftmost, the longest form there, a form reaching the window's
    end allowed. One Aho-Corasick pass over the text, made on the first question,
    finds every occurrence of every form; a window then costs a binary search. (A
    regex of a document's names cost more to build, in Python, than all the
    questions asked of it.)
    """

    def __init__(self, doc: Doc, actors: list[Actor]) -> None:
        self.norm = doc.norm
        self._starts: list[int] | None = None  # every occurrence of a form, by start
        self._hits: list[tuple[int, int, bool, str]] = []  # (start, end, followed by no word character, form)
        self._form_starts: dict[str, list[int]] = {}  # form -> where it occurs, in order
        self.forms: dict[str, Actor] = {}
        self.shared: dict[str, list[Actor]] = {}  # surnames several persons bear ("Aliyev")
        for a in actors:
            self.forms.setdefault(doc.norm[a.span.start : a.span.end], a)
            self.forms.setdefault(a.name, a)
        for a in actors:
            words = a.name.split()
            if a.kind == "person" and len(words) > 1 and len(words[-1]) > 2:
                self.forms.setdefault(words[-1], a)
                self.shared.setdefault(words[-1], []).append(a)
        self.shared = {k: v for k, v in self.shared.items() if len(v) > 1}
        self.forms.pop("", None)

    def _occurrences(self) -> tuple[list[int], list[tuple[int, int, bool, str]]]:
        if self._starts is None:
            norm = self.norm
            hits = []
            if self.forms:
                automaton = ahocorasick.Automaton()
                for form in self.forms:
                    automaton.add_word(form, form)
                automaton.make_automaton()
                n = len(norm)
                for last, form in automaton.iter(norm):
                    e = last + 1
                    free = e == n or not (norm[e].isalnum() or norm[e] in "_-")
                    hits.append((e - len(form), e, free, form))
                hits.sort(key=lambda h: (h[0], -h[1]))
            self._hits, self._starts = hits, [h[0] for h in hits]
            for s, _, _, form in hits:
                self._form_starts.setdefault(form, []).append(s)
        return self._starts, self._hits

    def within(self, lo: int, hi: int) -> list[tuple[int, int, Actor]]:
        """(start, end, actor) of each mention inside [lo, hi), in text order."""
        lo = max(0, lo)
        if not self.forms or hi <= lo:
            return []
        starts, hits = self._occurrences()
        norm = self.norm
        out = []
        pos = lo  # where the scan goes on, as a regex's would after a match
        for i in range(bisect_left(starts, lo), bisect_left(starts, hi)):
            s, e, free, form = hits[i]
            # hits at one start come longest first: the first that fits is the regex's match
            if s < pos or e > hi or not (free or e == hi):
                continue
            pos = e
            if s and (norm[s - 1].isalnum() or norm[s - 1] == "-"):
                continue
            actor = self._nearest(form, s) if form in self.shared else self.forms[form]
            out.append((s, e, actor))
        return out

    def _nearest(self, surname: str, pos: int) -> Actor:
        """Of the persons sharing a surname, the one whose full name was written last before `pos`."""
        norm = self.norm
        return max(self.shared[surname], key=lambda a: self._last_before(norm[a.span.start : a.span.end], pos))

    def _last_before(self, form: str, pos: int) -> int:
        """`norm.rfind(form, 0, pos)`, from the occurrences found once: no rescan of the text
        before every surname in a long document."""
        starts = self._form_starts.get(form, ())
        i = bisect_right(starts, pos - len(form)) - 1
        return starts[i] if i >= 0 else -1

    def at(self, lo: int, hi: int) -> Actor | None:
        """The actor named by a mention overlapping [lo, hi)."""
        return next((a for s, e, a in self.within(lo - 40, hi + 40) if s < hi and lo < e), None)

    def last_titled_before(self, pos: int, role: str) -> Actor | None:
        """The person named last before `pos` whose title holds `role`: whom "the minister" means."""
        role = role.lower()
        for lo in (pos - 3000, 0):
            people = [a for s, e, a in self.within(lo, pos) if a.kind == "person" and a.title and role in a.title.lower()]
            if people:
                return people[-1]
            if lo <= 0:
                break
        return None

    def last_person_before(self, pos: int) -> Actor | None:
        """The person named last before `pos`: what "he" or "she" stands for."""
        for lo in (pos - 600, pos - 5000, 0):
            people = [a for s, e, a in self.within(lo, pos) if a.kind == "person" and e <= pos]
            if people:
                return people[-1]
            if lo <= 0:
                break
        return None


def actor_mentions(doc: Doc, actors: list[Actor]) -> list[tuple[int, int, Actor]]:
    """Every place `doc` names one of `actors`: its name, and a person's surname alone."""
    return Mentions(doc, actors).within(0, len(doc.norm))
