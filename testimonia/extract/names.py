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
right over an "of/for/on ..." complement ("Senate of Pakistan"). A few
lower-case forms name bodies too ("the government of Sudan", "the Kharkiv
regional military administration"), and an acronym defined in brackets is a
name where the text then uses it alone. Each name is reported once as written:
"ICJ" and "International Court of Justice" are two names of one court.
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


def _automaton(words: list[str]) -> ahocorasick.Automaton:
    """An Aho-Corasick automaton of `words`: every occurrence in one pass over a text."""
    automaton = ahocorasick.Automaton()
    for w in words:
        automaton.add_word(w, w)
    if words:
        automaton.make_automaton()
    return automaton


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
    title_modifiers: frozenset[str]  # "Special", "Vice": title words that never end a title ("Special Envoy")
    abbrevs: frozenset[str]
    roles_cap: frozenset[str]
    roles: frozenset[str]  # lower case, one to three words
    role_words: frozenset[str]  # words allowed before a role ("former", "Bosnian")
    adjective_roles: frozenset[str]  # "official": a role noun that is also an adjective
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
    building_words: frozenset[str]  # "Hospital", "Street": a known name before one names a place
    given: frozenset[str]
    known_names: frozenset[str]  # organisation names and phrases that name no person
    suffixes: frozenset[str]  # "Jr.", "Sr."
    known_single: ahocorasick.Automaton  # persons known by one name ("Stalin")
    title_words: frozenset[str]  # words of a title phrase before an apposed name ("the US Secretary of State, X")
    after_verb: re.Pattern
    person_after: re.Pattern
    person_before: frozenset[str]
    possession: re.Pattern  # "'s brother", "'s testimony" after a person's name
    named_after: re.Pattern  # " camp", " and Kundara military camps": what a person's name names
    appositive: re.Pattern
    # organisations
    org_scan: re.Pattern
    known: dict[str, tuple[str, str, bool | str]]  # alias -> (id, org_type, needs context, or "article")
    lower_known: dict[str, tuple[str, str]]  # "shabbiha": a known name also written in lower case
    lower_named: re.Pattern  # "regiment", "news agency" ...: see _lower_named
    lower_named_kind: dict[str, list[tuple[str, str]]]  # noun -> [(what it does, org_type)]
    quoted_named: re.Pattern  # '"Akramiya", a group named after ...'
    title_after: re.Pattern  # " President Yitzhak": a title and a name after a body's name
    acronym_nouns: frozenset[str]
    unit_ranks: dict[str, int]
    bare_heads: frozenset[str]
    part_heads: frozenset[str]
    peer_of: re.Pattern  # " of Newdigate" after "Lord Saville"
    kin_name: re.Pattern  # "whose father Patrick"
    head_type: dict[str, str]
    head_complement: dict[str, bool]
    weak_heads: frozenset[str]
    common_heads: frozenset[str]  # "Troops": no body's head opening a sentence with only a complement
    headline_breaks: frozenset[str]  # "Were", "By": a title-case headline's words, in no name
    office_possessives: frozenset[str]  # "General's": in a name only before "Office"
    seat_heads: frozenset[str]  # "Embassy": named with where it sits ("the U.S. Embassy in Astana")
    open_heads: frozenset[str]  # "Memorial": no name's end where a capitalised word follows
    un_prefixes: tuple[str, ...]
    un_names: tuple[str, ...]
    not_orgs: frozenset[str]
    service_places: frozenset[str]
    bare_men: re.Pattern  # what makes a two-letter acronym in capitals an actor, after it
    bare_any: re.Pattern  # and a longer one
    not_acronyms: frozenset[str]
    listed_groups: re.Pattern  # a plural noun of bodies, ending where a list's link starts
    list_links: tuple[str, ...]
    implicit: tuple[tuple[tuple[str, ...], dict[str, str]], ...]
    not_org_prefixes: tuple[str, ...]
    org_tok: re.Pattern
    complement: re.Pattern
    mandate: re.Pattern  # "... into the Events at the Refugee Camps in Beirut"
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
    unit_plurals: dict[str, str]
    not_known_left: frozenset[str]  # "Christian": a faith word a known name does not grow over
    known_left: frozenset[str]  # words a known name grows left over ("United States House of Representatives")
    lower_heads: dict[str, str]  # "government" -> org_type, for "the government of Sudan"
    lower_head: re.Pattern
    acronym: re.Pattern
    articles_cap: frozenset[str]  # "The", "A" ...: stripped from a name's front wherever they stand
    articles_lower: frozenset[str]
    apposition_words: frozenset[str]  # role words and articles: "the acting [Reich Protector], Reinhard Heydrich"
    apposition_articles: frozenset[str]
    local_levels: re.Pattern
    local_body: re.Pattern
    local_heads: dict[str, str]
    known_as: re.Pattern
    known_as_nouns: frozenset[str]
    saints: frozenset[str]  # "San", "Santa": a place named after a saint follows
    unit_code: re.Pattern  # "Einsatzgruppe C", "Police Regiment South"
    not_initialled: frozenset[str]  # words that make a bracket's initials name no organisation
    name_titles: frozenset[str]  # "Lord": kept in a name with a surname alone ("Lord Saville")
    family_first: frozenset[str]  # "Fang Zheng": a family name written first
    hyphen_surnames: frozenset[str]  # "Park Chung-hee": a family name before a hyphenated given name
    middle_family: frozenset[str]  # "Pham Van Dong": a family name before a middle name and a given name
    middle_names: frozenset[str]
    word_names: frozenset[str]  # "May", "Will", "Hope": given names that are also words or months
    month_before: frozenset[str]  # "in", "last": words after which "May" is a month
    byline: re.Pattern  # "By ", "Reporting by " opening a line
    byline_after: frozenset[str]  # "in": a byline's words after its names ("By X in Lima")
    credit: re.Pattern  # "JOHN SMITH, Reuters": a writer's name in capitals opening a line


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
    # roles as written in running text and capitalised as a title ("X, the Human Rights Defender,")
    role_alt = trie({r.lower() for r in roles + title_phrases} | {r for r in title_phrases}
                    | {" ".join(w[:1].upper() + w[1:] for w in r.split()) for r in roles})
    # After an article, any adjectives may qualify the role: "X, a peace activist", "X, the then-retired judge".
    free = rf"(?:(?!(?:{trie(tl['not_role_adjectives'])})\b)[a-z][a-z'-]* ){{0,2}}"
    appositive = re.compile(
        rf", (?:(?P<art>{articles}) )?(?P<t>(?(art){free}){pre_role}{role_alt}\b(?! (?:{trie(tl['body_nouns'])})\b)"
        rf"(?: (?:{trie(co['opens'] + ['at', 'in', 'to'])}) (?:{articles} )?{cap_seq})?)"
    )
    after_verb = re.compile(rf" (?:(?:{trie(aux)}) )*{trie(verbs)}\b")

    head_type: dict[str, str] = {}
    head_complement: dict[str, bool] = {}
    for entry in orgs["heads"].values():
        for w in entry["words"]:
            head_type[w] = entry["org_type"]
            head_complement[w] = entry["complement"]
    known: dict[str, tuple[str, str, bool | str]] = {}
    lower_known: dict[str, tuple[str, str]] = {}
    for oid, entry in orgs["known"].items():
        for alias in entry.get("aliases", []):
            known[alias] = (oid, entry["org_type"], False)
        for alias in entry.get("context_aliases", []):
            known[alias] = (oid, entry["org_type"], True)
        for alias in entry.get("article_aliases", []):
            known[alias] = (oid, entry["org_type"], "article")
        for alias in entry.get("lower_aliases", []):
            lower_known[alias] = (oid, entry["org_type"])
    named = orgs["lower_named"]
    named_kind: dict[str, list[tuple[str, str]]] = {}
    for part in ("heads", "classes_after", "classes_before", "appositive"):
        for noun, org_type in named[part].items():
            named_kind.setdefault(noun, []).append((part, org_type))
    # Capitalised words only: a lower-case first letter would make the engine try every position.
    # A name may end in a possessive ("the ICTY's judgment", "the German Bundestag's resolution").
    org_scan = re.compile(rf"(?:{trie(list(known) + list(head_type))})(?![\w-]|'(?!s\b))")
    # a plural possessive inside a complement too: "Union of Committees of Soldiers' Mothers"
    ct = rf"(?:{trie(orgs['possessive_words'])}(?![\w'])|{WORD}|U\.N\.|U\.S\.)"
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
        title_modifiers=titles - frozenset(p.split()[-1] for p in title_phrases) - roles_cap
        - frozenset(tl.get("modifier_titles", [])),
        abbrevs=frozenset(abbrevs),
        roles_cap=roles_cap,
        roles=frozenset(r.lower() for r in roles + title_phrases),
        role_words=role_words,
        adjective_roles=frozenset(tl.get("adjective_roles", [])),
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
        building_words=frozenset(orgs.get("building_after", [])),
        given=frozenset(flat(given["given_names"])),
        known_names=frozenset(known) | frozenset(stop.get("not_names", [])),
        after_verb=after_verb,
        person_after=re.compile(rf" (?:(?:{trie(aux)}) )*{trie(tl['person_verbs_after'])}(?!\w)"),
        suffixes=frozenset(given.get("suffixes", [])),
        known_single=_automaton(given.get("known_single", [])),
        title_words=frozenset(co["links"]) | frozenset(r.lower() for r in roles + title_phrases for r in r.split()),
        person_before=frozenset(tl["person_verbs_before"]),
        possession=re.compile(rf"'s (?:{trie(tl['person_possessions'])})\b(?! (?:toll|count)\b)"),
        named_after=re.compile(rf"(?: (?:and|or) {WORD})? (?:[a-z]+ )?(?:{trie(stop['named_after'])})(?![\w-])"),
        appositive=appositive,
        org_scan=org_scan,
        known=known,
        lower_known=lower_known,
        # the space or comma before is matched, not looked behind for: the scan is faster so
        lower_named=re.compile(rf"[ ,](?P<n>{trie(named_kind)})(?![\w-])"),
        lower_named_kind=named_kind,
        quoted_named=re.compile(rf'"(?P<n>{WORD}(?: {WORD}){{0,3}})", (?:an?|the) (?:[a-z-]+ ){{0,2}}'
                                rf"(?P<h>{trie(named['appositive'])})\b"),
        title_after=re.compile(rf" (?:{trie(w for w in titles if w[:1].isupper())}) [{UP}]"),
        acronym_nouns=frozenset(orgs["acronym_nouns"]),
        unit_ranks=dict(orgs["unit_ranks"]),
        bare_heads=frozenset(orgs["bare_heads"]),
        part_heads=frozenset(orgs["part_heads"]),
        peer_of=re.compile(rf" {tl['peer_of']} (?P<p>{WORD})(?![\w'-]| [{UP}])"),
        kin_name=re.compile(rf"(?:{trie(tl['kin_possessives'])}) (?:{trie(tl['roles']['en.role.family'])}) "
                            rf"(?P<n>{WORD})(?![\w'-]| [{UP}]| of\b)"),
        head_type=head_type,
        head_complement=head_complement,
        weak_heads=frozenset(orgs["weak_heads"]),
        common_heads=frozenset(orgs.get("common_heads", [])),
        seat_heads=frozenset(orgs.get("seat_heads", [])),
        office_possessives=frozenset(orgs.get("office_possessives", [])),
        headline_breaks=frozenset(orgs.get("headline_breaks", [])),
        open_heads=frozenset(orgs.get("open_heads", [])),
        un_prefixes=tuple(orgs["un_prefixes"]),
        un_names=tuple(orgs["un_names"]),
        not_orgs=frozenset(orgs["not_organizations"]),
        service_places=frozenset(orgs["service_places"]),
        bare_men=re.compile(rf"(?:'s)? (?:{trie(orgs['bare_acronyms']['men'])})(?![\w-])"),
        bare_any=re.compile(rf"'s\b|(?:'s)? (?:{trie(orgs['bare_acronyms']['men'] + orgs['bare_acronyms']['things'])})"
                            rf"(?![\w-])| Photos?/|{after_verb.pattern}|,? (?:{trie(orgs['context']['verbs'])})\b"),
        not_acronyms=frozenset(orgs["bare_acronyms"]["not"]),
        listed_groups=re.compile(rf"(?<![\w-])(?i:{trie(orgs['listed_groups']['nouns'])}),?$"),
        list_links=tuple(f" {link} " for link in orgs["listed_groups"]["links"]),
        implicit=tuple((tuple(e["context"]), dict(e["names"])) for e in orgs["implicit_bodies"].values()),
        not_org_prefixes=tuple(n + " " for n in orgs["not_organizations"]),
        # a bracketed word belongs to a unit's name: "23rd (Americal) Infantry Division"
        org_tok=re.compile(rf"(?:{WORD}|\d{{1,4}}(?:st|nd|rd|th)|U\.N\.|U\.S\.|\({WORD}\)"
                           rf"|{trie(orgs['possessive_words'] + orgs.get('office_possessives', []))})"),
        # commas only inside a list that "and" closes ("Ministry of Youth, Culture and Sports"): see _trim_complement
        complement=re.compile(rf" (?:{trie(co['opens'])}) {lead}{ct}(?:,? (?:{links} )*{ct})*"),
        mandate=re.compile(rf" (?:{trie(co['mandate_opens'])}) (?:the )?(?P<first>{WORD})"
                           rf"(?: (?:(?:{trie(co['mandate_links'])}) )*{WORD})+"),
        calendar=frozenset(stop["not_in_name"]["en.stop.calendar"]),
        complement_end=tuple(co["opens"] + co["lead"] + co["links"]),
        shared_link=co["shared"],
        coordination_words=frozenset(orgs["coordination"]),
        age=re.compile(rf", (?:(?:{trie(tl['age_words'])}) )?\d{{1,3}},| \((?:(?:{trie(tl['age_words'])}) )?\d{{1,3}}\)"),
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
        unit_plurals=dict(orgs["unit_plurals"]),
        known_left=frozenset(orgs["known_left"]),
        not_known_left=frozenset(orgs["not_known_left"]),
        lower_heads=dict(orgs["lower_heads"]),
        lower_head=re.compile(rf"(?:{trie(orgs['lower_heads'])}) of (?:the )?(?P<of>{ct}(?: (?:{links} )*{ct})*)"),
        acronym=re.compile(" " + orgs["acronym"]),
        articles_cap=frozenset(w for w in tl["determiners"] if w[:1].isupper()),
        articles_lower=frozenset(w.lower() for w in tl["determiners"]),
        apposition_words=role_words | frozenset(w.lower() for w in tl["determiners"]),
        apposition_articles=frozenset(tl["apposition_articles"]),
        local_levels=re.compile(rf" (?:{trie(orgs['local_bodies']['levels'])}) "),
        local_body=re.compile(
            rf"({WORD}) (?:{trie(orgs['local_bodies']['levels'])})(?: [a-z']+){{0,2}}? (?P<h>{trie(orgs['local_bodies']['heads'])})\b"
        ),
        local_heads=dict(orgs["local_bodies"]["heads"]),
        # a name in its own language may go on in lower case before its English gloss:
        # "a volunteer squad known as the Ypatingasis būrys (Special Squad)"
        known_as=re.compile(rf",? known as (?:the )?(?P<n>{WORD}(?: [a-z]*[^\W\da-z_][^\W\d_]*(?= \([{UP}]))?)(?![\w-])"),
        known_as_nouns=frozenset(orgs["known_as_nouns"]),
        saints=frozenset(stop.get("saint_prefixes", [])),
        unit_code=re.compile(rf" (?:{orgs['unit_codes']})(?![\w'-])(?<! [AI](?= [a-z]))"),
        not_initialled=(frozenset(flat(stop["not_in_name"])) - frozenset(head_type))
        | frozenset(orgs.get("not_initialled", [])),
        name_titles=frozenset(tl.get("name_titles", [])),
        family_first=frozenset(given.get("family_first", [])),
        hyphen_surnames=frozenset(given.get("hyphen_surnames", [])),
        middle_family=frozenset(given.get("middle_names", {}).get("family", [])),
        middle_names=frozenset(given.get("middle_names", {}).get("middle", [])),
        word_names=frozenset(given.get("word_names", [])),
        month_before=frozenset(given.get("month_before", [])),
        byline=re.compile(rf"^[ \t]*\(?(?:{trie(tl['byline_openers'])})[ \t]+(?=[{UP}])", re.M),
        byline_after=frozenset(tl["byline_after"]),
        credit=re.compile(rf"^[ \t]*(?P<n>{_CAPS}(?: {_CAPS}){{1,3}})(?=(?:,| \|| -) )", re.M),
    )


# A word in capitals, as bylines write names ("SARAH JENKINS", "O'BRIEN", "JEAN-PIERRE").
_CAPS = rf"[{UP}][{UP}'\u2019-]+\b"


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
            first = name.split(" ", 1)[0]
            worded = first in lex.word_names and shape.rule is None
            if worded and (_word_before(norm, ns).lower() in lex.articles_lower
                           or first in lex.calendar and _word_before(norm, ns).lower() in lex.month_before):
                continue  # "in May Ahmed Ali was arrested", "the Rose Revolution": a month, a word
            if shape.rule is not None:
                if shape.title is None and name.split(" ", 1)[0] in lex.name_titles and (p := lex.peer_of.match(norm, ne)) \
                        and p.group("p") not in lex.calendar and p.group("p") not in lex.head_type \
                        and p.group("p") not in lex.places:
                    ne = p.end()  # "Lord Saville of Newdigate"
                candidates.append(_Candidate(ns, ne, shape.title, shape.rule))
                continue
            # A confirmed name needs no second look; one without evidence in three mentions is let go.
            n = looks.get(name, 0)
            if 0 <= n < 3:
                rule, title = _evidence(norm, ns, ne, lex)
                if rule == "given_name" and (not shape.given or worded and (_starts_sentence(norm, ns)
                                                                             or _after_bullet(norm, ns))):
                    # "Will Ferrante" opening a sentence may be a question, "Hope Springs" a headline:
                    # there a given name that is also a word is no evidence
                    rule = None
                candidates.append(_Candidate(ns, ne, title, f"{lex.lang}.persons.{rule}" if rule else None))
                looks[name] = -1 if rule else n + 1
    if (bylines := _bylines(norm, lex)):
        candidates += bylines
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
    singles = [(last + 1 - len(name), last + 1) for last, name in lex.known_single.iter(norm)]
    if singles:
        candidates += [_Candidate(s, e, None, f"{lex.lang}.persons.known_single")
                       for s, e in singles if bounded(norm, s, e)]
        candidates.sort(key=lambda c: c.start)
    return _merge_persons(doc, candidates, lex)


def _after_bullet(norm: str, pos: int) -> bool:
    """Whether `pos` opens a bulleted line: "- ", "* ", "\u2022 " at the line's start."""
    line = norm[norm.rfind("\n", max(0, pos - 12), pos) + 1 : pos].strip()
    return line in _BULLETS


_BULLETS = frozenset(("-", "*", "\u2022", "\u2013", "\u2014"))

# A second name a person goes by, written after the first: "Kaing Guek Eav, better known as Duch,".
_ALIAS = re.compile(rf", (?:(?:better|also|commonly|widely) known as|alias) (?P<a>{WORD})(?=[,.;)]| who\b)")


def _bylines(norm: str, lex: _Lex) -> list[_Candidate]:
    """The writers a byline or a credit line names, in capitals or not: "By SARAH JENKINS and
    Tom Lee, Reuters", "Reporting by Jan Novak; editing by ...", "JOHN SMITH, Associated Press"."""
    out: list[_Candidate] = []
    rule = f"{lex.lang}.persons.byline"
    for m in lex.byline.finditer(norm):
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
        out += [_Candidate(s, e, None, rule) for s, e in names]
    if "Photo" in norm or "Picture" in norm:
        for m in _PHOTO_CREDIT.finditer(norm):  # "(AP Photo/Jane Doe)", "Photo: Jane Doe/Reuters"
            s, e = m.span("n") if m.group("n") else m.span("m")
            if _byline_name(norm[s:e], lex):
                out.append(_Candidate(s, e, None, f"{lex.lang}.persons.photo_credit"))
    for m in _CAPTION.finditer(norm):  # "PROSECUTOR v. RADOVAN KARADŽIĆ": a case's accused in capitals
        if _byline_name(m.group("n"), lex):
            out.append(_Candidate(m.start("n"), m.end("n"), None, f"{lex.lang}.persons.case_caption"))
    for m in lex.credit.finditer(norm):
        e = m.end("n")
        line_end = norm.find("\n", e)
        tail = norm[e : len(norm) if line_end == -1 else line_end]
        first = _title_case(m.group("n").split(" ", 1)[0])
        if first in lex.given and _byline_name(m.group("n"), lex) and tail[:2] in (", ", " |", " -") \
                and _byline_tail(tail, lex, strict=True):  # a known given name: not "NEW YORK, Reuters"
            out.append(_Candidate(m.start("n"), e, None, rule))
    return out


# A photographer's credit: bracketed after the agency, or after a label and before the agency.
_PHOTO_CREDIT = re.compile(
    rf"\((?:[A-Z]{{2,6}}|{WORD}) Photos?/(?P<n>{WORD}(?: {WORD}){{1,2}})\)"
    rf"|(?<![\w-])(?:Photo|Photograph|Picture)s?: (?P<m>{WORD}(?: {WORD}){{1,2}})(?=/| for | via |[ \t]*(?:\n|$))",
    re.M)
# A case's caption in capitals: the party after "v." to the line's end.
_CAPTION = re.compile(rf" (?:v|vs|V|VS)\. (?P<n>{_CAPS}(?: {_CAPS}){{1,3}})[ \t]*$", re.M)
# Two to four words of a name, in capitals or not, particles between them ("Thomas de Waal").
_BYLINE_NAME = re.compile(rf"[{UP}][\w'\u2019-]*(?: (?:(?!(?:and|or|in|for|at|of|on|by) )[a-z]{{1,3}} )?[{UP}][\w'\u2019-]*){{1,3}}(?![\w'-])")
_BYLINE_SEP = re.compile(r",? (?:and|AND|&) |, ")


def _byline_name(text: str, lex: _Lex) -> bool:
    """Whether words written in a byline, in capitals or not, read as one person's whole name."""
    words = text.split(" ")
    if len(words) > 4 or any(w.lower() in lex.roles for w in words):
        return False  # "By STAFF REPORTERS"
    titled = " ".join(_title_case(w) if w.isupper() else w for w in words)
    shape = _shape(titled, lex)
    return shape is not None and shape.offset == 0 and shape.length == len(titled) and shape.title is None \
        and titled not in lex.known_names


def _title_case(word: str) -> str:
    """"O'BRIEN" -> "O'Brien", "JEAN-PIERRE" -> "Jean-Pierre"."""
    return re.sub(r"[^\W\d_]+", lambda m: m.group()[0] + m.group()[1:].lower(), word)


def _byline_tail(tail: str, lex: _Lex, strict: bool = False) -> bool:
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


def _aliases(norm: str, candidates: list[_Candidate], lex: _Lex) -> list[_Candidate]:
    """The one-word name a person is "better known as": a person too."""
    ends = {c.end for c in candidates if c.rule is not None}
    return [_Candidate(m.start("a"), m.end("a"), None, f"{lex.lang}.persons.alias")
            for m in _ALIAS.finditer(norm) if m.start() in ends and m.group("a") not in lex.strip]


def _subruns(run: str, start: int, lex: _Lex):
    """(start, text) of each part of a run, cut where a word ends a name: "Armenia." "Armenia's" "Mladić-led"."""
    words: list[str] = []
    first = pos = start
    for word in run.split(" "):
        at, cut = pos, False
        pos += len(word) + 1
        if word in lex.suffixes:
            cut = True  # "Hugh Thompson Jr." ends there, full stop and all
        elif word.endswith(".") and not (word[:-1] in lex.abbrevs or len(word) == 2):
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
    lex = _lexicon(language)
    return _shape(text, lex) or _after_title(text, lex)


def _after_title(text: str, lex: _Lex) -> _Shape | None:
    """A name after a title that a body's name qualifies: "Amnesty International Secretary
    General Agnès Callamard", "Supreme Court Justice Stephen Breyer". The last title word
    before one to three name words; the words before it are the title."""
    words = text.split(" ")
    n = len(words)
    j = next((k for k in range(n - 2, 0, -1) if _is_title(words[k], lex)), None)
    if j is None or words[j] in lex.title_modifiers or n - j - 1 > 3:
        return None
    if words[0] in lex.given and 2 < n <= 4 and all(w in lex.titles or w not in lex.reject for w in words):
        # "Ahmad Shah Massoud", "Martin Luther King Jr.": after a given name a title word is a name's
        return _Shape(0, len(text), None, None, True)
    tail = words[j + 1 :]
    if any(w in lex.strip or w in lex.reject or w in lex.suffixes or len(w) > 1 and w.replace(".", "").isupper()
           for w in tail):
        return None
    k0 = 0
    while k0 < j and (words[k0] in lex.starters or words[k0] in lex.articles_cap):
        k0 += 1
    offset = sum(len(w) + 1 for w in words[: j + 1])
    rule = "title_surname" if len(tail) == 1 else "title_before"
    return _Shape(offset, len(text) - offset, " ".join(words[k0 : j + 1]), f"{lex.lang}.persons.{rule}",
                  _given(tail, lex))


def _shape(text: str, lex: _Lex) -> _Shape | None:
    # Strip the front (sentence openers, titles, demonyms, places, organisation
    # words), then reject a rest that still holds any such word.
    words = text.split(" ")
    i, n = 0, len(words)
    opener = False
    if n > 2 and words[0] not in lex.strip and words[0] not in lex.given and _is_title(words[1], lex) \
            and not words[0].replace(".", "").isupper():
        i, opener = 1, True  # "Convicting Lieutenant General Tani Hisao": a word before a title is no part of the name
    while i < n and (words[i] in lex.strip or (len(words[i]) > 1 and words[i].replace(".", "").isupper()
                                                and not _CIPHER.fullmatch(words[i]) and not _initials_of_name(words, i, lex))) \
            and not (i + 1 < n and words[i] in lex.hyphen_surnames and _HYPHEN_GIVEN.fullmatch(words[i + 1])) \
            and not _word_name_at(words, i, lex):
        i += 1
    if i == n:
        return None
    while i > 1 and words[i - 1] in lex.particles:
        i -= 1  # "General de Gaulle": the particle opens the surname
    rest = words[i:]
    if i and words[i - 1] in lex.saints:
        return None  # "San Juan Cotzal", "Santa María Nebaj": places
    titled = i >= 2 and 2 <= n - i + 1 <= 3 and _titled_name(words, i, lex)
    if titled:
        i -= 1  # "President Islam Karimov": after a title, a word that opens sentences can open a name
        rest = words[i:]
    # "Park Chung-hee": a Korean surname may be a word or a place ("Park", "Moon")
    korean = len(rest) >= 2 and rest[0] in lex.hyphen_surnames and _HYPHEN_GIVEN.fullmatch(rest[1]) is not None
    worded = _word_name_at(words, i, lex)  # "May Hassan", "Judge Jan Novak"
    if not lex.reject.isdisjoint(rest[1:] if titled or korean or worded else rest) and not _month_surname(rest, lex):
        return None
    core = [w for w in rest if w not in lex.particles and w not in lex.inner_name_words and not _INITIALS.fullmatch(w)]
    initials = sum(w.count(".") for w in rest if _INITIALS.fullmatch(w))
    if not core or len(core) > 4 or any(len(w) > 1 and w.replace(".", "").isupper() and not _CIPHER.fullmatch(w)
                                        for w in core):
        return None
    offset = sum(len(w) + 1 for w in words[:i])
    length = len(text) - offset
    if text[offset:] in lex.known_names:
        return None
    title_at = [k for k in range(i) if words[k] in lex.titles or words[k].rstrip(".") in lex.abbrevs
                or words[k] in lex.roles_cap]
    if title_at and (title_at[-1] < i - 1 or words[i - 1] in lex.title_modifiers):
        # "Brother Number Two": a title titles the name right after it, not a word later;
        # "the Special Jurisdiction for Peace": half a title ("Special Envoy") titles no one
        title_at = []
    if title_at:
        # The title runs from the first word that is not a sentence opener ("Armenian President").
        k0 = next(k for k in range(i) if words[k] not in lex.starters and (k or not opener) or k in title_at)
        title = " ".join(words[k0 : title_at[-1] + 1])
        if title.rstrip(".") in lex.honorifics:
            title = None
        rule = "title_surname" if len(core) == 1 else "title_before"
        if len(rest) == 1 and (words[i - 1] in lex.name_titles or _CIPHER.fullmatch(rest[0])):
            # "Lord Saville" keeps its peer's title; "Soldier F", "Witness B" are named by role and letter
            offset, length = offset - len(words[i - 1]) - 1, length + len(words[i - 1]) + 1
            title = None if words[i - 1] in lex.name_titles else title
        return _Shape(offset, length, title, f"{lex.lang}.persons.{rule}", _given(core, lex))
    if len(core) == 1 and initials < 2:
        if len(rest) == 2 and rest[0] in lex.given and _INITIALS.fullmatch(rest[1]) and rest[1].count(".") == 1:
            # "Kheda M.": a given name and a surname's initial, as testimony gives a witness
            return _Shape(offset, len(text) - offset, None, None, True)
        return None  # one word is a name only behind a title ("President Aliyev") or two initials ("E. H. Carr")
    # "Nguyen Thi Binh", "Le Duc Tho": family name, middle name, given name
    three = len(rest) == 3 and rest[0] in lex.middle_family and rest[1] in lex.middle_names
    return _Shape(offset, len(text) - offset, None, None, _given(core, lex) or korean or three or worded or initials >= 2)


def _word_name_at(words: list[str], i: int, lex: _Lex) -> bool:
    """Whether words[i] is a given name that is also a word ("May", "Will", "Hope") because one
    to three surname-like words follow it: capitalised, no title, place, month or other
    stop word, not in capitals ("May Hassan", not "May God" or "June Human Rights Day")."""
    if words[i] not in lex.word_names or not 1 <= len(words) - i - 1 <= 3:
        return False
    return all(w in lex.particles or _WORD.fullmatch(w) and w not in lex.strip and w not in lex.reject
               and w not in lex.word_names and not w.isupper() for w in words[i + 1 :])


# Initials before a surname: "D.", "J.R.", "J. R. R." as one word each.
_INITIALS = re.compile(rf"(?:[{UP}]\.){{1,3}}")


def _initials_of_name(words: list[str], i: int, lex: _Lex) -> bool:
    """ "D. H. Pienaar", "J.R. Smith": initials open a name when a name word follows them; "U.S. President" is no name."""
    if not _INITIALS.fullmatch(words[i]):
        return False
    j = i + 1
    while j < len(words) and _INITIALS.fullmatch(words[j]):
        j += 1
    return j < len(words) and not _is_title(words[j], lex) and words[j] not in lex.strip


# A romanised Korean given name, its syllables joined by a hyphen ("Chung-hee", "Tae-woo"), not a place ("Jeollanam-do").
_HYPHEN_GIVEN = re.compile(r"[A-Z][a-z]{1,5}-(?!(?:do|si|gun|gu|dong|ri|myeon|eup)\b)[a-z]{2,5}")
# A person the text names by a letter or a code in place of a name ("Soldier F", "Witness K", "Witness B-24").
_CIPHER = re.compile(r"[A-Z](?:-?\d{1,4})?")


def _given(core: list[str], lex: _Lex) -> bool:
    """Whether a name opens with a known given name, or with a family name written first ("Fang Zheng")."""
    return core[0] in lex.given or (len(core) == 2 and core[0] in lex.family_first)


def _is_title(word: str, lex: _Lex) -> bool:
    return word in lex.titles or word.rstrip(".") in lex.abbrevs


def _titled_name(words: list[str], i: int, lex: _Lex) -> bool:
    """Whether the word stripped last, words[i - 1], opens a name because a title stands
    right before it and the words after it are a name: "President Islam Karimov"."""
    w, t = words[i - 1], words[i - 2] if i >= 2 else ""
    if not (t in lex.titles or t.rstrip(".") in lex.abbrevs) or w in lex.titles or w in lex.roles_cap:
        return False
    if w in lex.places or w in lex.head_type or w in lex.calendar or w in lex.known or w.rstrip(".") in lex.abbrevs:
        return False
    return w in lex.not_in_name and lex.reject.isdisjoint(words[i:])


def _month_surname(rest: list[str], lex: _Lex) -> bool:
    """ "Theresa May": a month's name ends a name that opens with a known given name."""
    return len(rest) == 2 and rest[0] in lex.given and rest[1] in lex.calendar and rest[0] not in lex.reject


def _evidence(norm: str, s: int, e: int, lex: _Lex) -> tuple[str | None, str | None]:
    """Why the capitalised words at [s, e) name a person, and the title the text gives."""
    if lex.named_after.match(norm, e):
        return None, None  # "the Alpha Yaya Diallo camp": a place named after a person
    before = norm[max(0, s - 60) : s].split()
    role = _role_before(before, lex)
    nxt = norm[e : e + 1]
    if nxt == " " and lex.after_verb.match(norm, e):
        return "speech_verb", role
    if nxt == ",":
        a = lex.appositive.match(norm, e)
        if lex.after_verb.match(norm, a.end() + 1 if a and norm[a.end() : a.end() + 1] == "," else e + 1):
            if a:
                return "speech_verb", a.group("t")
            if not role and before and before[-1].endswith(","):
                role = _title_apposed(before, lex)  # "the US Secretary of State, Colin Powell, told"
            return "speech_verb", role
        if a:
            return "appositive", a.group("t")
        if lex.age.match(norm, e):
            return "age", role
        if (j := _interposed_end(norm, e)) and lex.after_verb.match(norm, j):
            return "speech_verb", role  # "X, in a 2011 book, argued", "X, representing the families, said"
    if nxt == " " and lex.age.match(norm, e):
        return "age", role  # "X (43) lost two sons"
    if before and (_AGED.fullmatch(before[-1]) or len(before) > 1 and _AGED.fullmatch(before[-2])
                   and before[-1].isalpha() and before[-1].islower()):
        return "age", role  # "the 56-year-old blacksmith X": an age and a trade before the name
    if norm.startswith(" and other ", e) and (p := _PLURAL_WORD.match(norm, e + 11)) is not None \
            and _singular(p.group()) in lex.roles:
        return "role_peers", None  # "X and other chiefs met the governor"
    if role:
        return "role_before", role
    if before and before[-1].endswith(":") and _label_role(norm, s, lex):
        return "label", None  # "Commander: X", "Judges: X, Y and Z" in an infobox or a case header
    if nxt == "," and _ALIAS.match(norm, e):
        return "alias", role  # "Kaing Guek Eav, better known as Duch"
    if nxt == "," and before and before[-1].endswith(","):
        if len(before) > 1 and before[-1][:-1].lower() in lex.roles and (
                before[-2].lower() in lex.articles_lower or before[-2].endswith("'s")):  # "Telvik's wife, X,"
            return "role_apposition", before[-1][:-1]  # "Her husband, Domingo Claros, died"
        if lex.person_after.match(norm, e + 1):
            return "person_verb", None  # "The only one taken alive, Musa Bekov, was sentenced"
    if nxt == " " and norm.startswith(" of ", e) and _affiliation_then_verb(norm, e, lex):
        return "speech_verb", None  # "Lidia Marzec of the Families' Association told reporters"
    if before:
        last = before[-1].rstrip(",").lower()
        prev = before[-2].lower().lstrip("([\"'") if len(before) > 1 else ""  # "(Reporting by X"
        if last in lex.verbs or last in lex.according or f"{prev} {last}" in lex.according or (
            last in lex.noun_links and prev in lex.cue_nouns
        ):
            return "speech_cue", None
        if last in lex.person_before or f"{prev} {last}" in lex.person_before:
            return "person_verb", None
        if (last in lex.place_cues or f"{prev} {last}" in lex.place_cues) and not norm.startswith("'s", e):
            return None, None  # "in Baghanis Ayrim": a place, unless a title or a verb says otherwise
        if before[-1].endswith(",") and (title := _title_apposed(before, lex)
                                         or _mandate_apposed(norm[max(0, s - 140) : s].split(), lex)):
            return "title_apposition", title  # "the National Commissioner of Police, Riah Phiyega," 
    if nxt == " " and lex.person_after.match(norm, e):
        return "person_verb", None
    if nxt == "'" and lex.possession.match(norm, e):
        return "possession", None  # "X's brother was taken away", "X's testimony"
    if norm.startswith(", who", e):
        return "relative_who", None
    return "given_name", None


_AGED = re.compile(r"\d{1,3}-year-old")
_PLURAL_WORD = re.compile(r"[a-z]+s\b")


def _singular(word: str) -> str:
    """A plural role as the roles list writes it: "chiefs" -> "chief", "witnesses" -> "witness"."""
    if word.endswith(("sses", "ches", "shes")):
        return word[:-2]
    return word[:-3] + "y" if word.endswith("ies") else word[:-1]


def _label_role(norm: str, s: int, lex: _Lex) -> bool:
    """Whether the line holding `s` opens with a role as a label, "Commander:", "Presiding judge:",
    "Perpetrators:", and the name follows the label's colon."""
    line = norm[norm.rfind("\n", 0, s) + 1 : s].rstrip()
    if not line.endswith(":"):
        return False
    label = line[:-1].strip(" \t-*\u2022|").lower()
    if not label or len(label.split()) > 3:
        return False
    return label in lex.roles or label[:-1] in lex.roles or label.endswith("es") and label[:-2] in lex.roles


# A lower-case phrase between commas after a name: "X, in a 2011 book, argued". Not a noun
# phrase ("Tutela Legal, the archdiocese's legal office, said" names a body) nor a "which" clause.
_INTERPOSED = re.compile(r", (?!(?:the|a|an|its|which|whose)\b)[a-z][^,.;:!?()\"\u201c\u201d\n]{2,70},")


def _interposed_end(norm: str, e: int) -> int:
    """Where the text goes on after a lower-case phrase set off by commas right after `e`; 0 if none."""
    m = _INTERPOSED.match(norm, e)
    return m.end() if m else 0


_AFFILIATION_STOP = re.compile(r"[,.;:()\"\u201c\u201d]")


def _affiliation_then_verb(norm: str, e: int, lex: _Lex) -> bool:
    """ "X of the Mothers of Beslan committee told": an "of" phrase naming the body a
    person speaks for (capitalised words and at most two lower-case ones) and a speech verb."""
    seg = norm[e + 4 : e + 84]
    if (cut := _AFFILIATION_STOP.search(seg)) is not None:
        seg = seg[: cut.start()]
    lower = 0
    pos = e + 4
    for k, w in enumerate(seg.split(" ")):
        if k and w[:1].isupper() is False and lex.after_verb.match(norm, pos - 1):
            return True
        if not w[:1].isupper() and w.lower() not in lex.articles_lower and w not in ("of", "and", "for"):
            lower += 1
            if lower > 2 or k == 0:
                return False
        pos += len(w) + 1
    return False


def _role_before(before: list[str], lex: _Lex) -> str | None:
    """The role noun right before a name, with its modifiers: "Bosnian Serb military commander"."""
    for n in (3, 2, 1):
        if len(before) >= n and " ".join(before[-n:]).lower() in lex.roles:
            if n == 1 and before[-1] in lex.adjective_roles and len(before) > 1 \
                    and before[-2].lower() in lex.articles_lower:
                return None  # "the official Single Register of Victims": an adjective, no role
            k = len(before) - n
            while k > 0 and len(before) - k < n + 4 and (
                before[k - 1] in lex.role_words or before[k - 1][:1].isupper() and _PLAIN.fullmatch(before[k - 1])
            ):
                k -= 1
            return lex.determiner.sub("", " ".join(before[k:]))
    return None


_PLAIN = re.compile(r"[\w'-]+")


def _title_apposed(before: list[str], lex: _Lex) -> str | None:
    """The title phrase a name stands in apposition to, "the US Secretary of State, Colin Powell":
    from a determiner to the comma, capitalised words and links, holding a title or role word."""
    words = before[-9:]
    words[-1] = words[-1][:-1]
    for k in range(len(words) - 2, -1, -1):
        w = words[k]
        if w in lex.apposition_articles:
            chunk = words[k + 1 :]
            if all(x[:1].isupper() or x in lex.title_words for x in chunk) and any(
                x in lex.titles or x.lower() in lex.roles for x in chunk
            ):
                return " ".join(chunk)
        if not (w[:1].isupper() or w in lex.title_words):
            return None
    return None


def _mandate_apposed(before: list[str], lex: _Lex) -> str | None:
    """A title whose mandate runs on in lower case before an apposed name: "the Special
    Rapporteur on the situation of human rights in Burundi, X,". The title's capitalised
    words, then "on", "for", "of" or "to" and words with no punctuation and no speech verb."""
    words = before[-16:]
    words[-1] = words[-1][:-1]
    for k in range(len(words) - 2, -1, -1):
        w = words[k]
        if any(ch in w for ch in ",.;:()\"") or w.lower() in lex.verbs:
            return None
        if w in lex.apposition_articles:
            chunk = words[k + 1 :]
            j = 0
            while j < len(chunk) and chunk[j][:1].isupper():
                j += 1
            if j == 0:
                continue  # "on the situation": an article inside the mandate
            if j < len(chunk) - 1 and chunk[j] in _MANDATE_LINKS and any(x in lex.titles for x in chunk[:j]):
                return " ".join(chunk)
            return None
    return None


_MANDATE_LINKS = frozenset(("on", "for", "of", "to"))


def _merge_persons(doc: Doc, candidates: list[_Candidate], lex: _Lex) -> list[Actor]:
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
            if given not in lex.strip and given not in lex.reject and full not in people and not (
                m.start() >= 2 and norm[m.start() - 2].isalpha() and norm[m.start() - 1] == " "
                and _starts_word_upper(norm, m.start() - 2)
            ):
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


_GIVEN_AND = re.compile(rf"(?<![\w'-])([{UP}]{_L}{{2,}}) and $")


def _starts_word_upper(norm: str, end: int) -> bool:
    """Whether the word ending at `end` (inclusive) is capitalised."""
    i = end
    while i > 0 and (norm[i - 1].isalnum() or norm[i - 1] in "'-"):
        i -= 1
    return norm[i].isupper()


def _word_before(norm: str, pos: int) -> str:
    """The word right before `pos`, as written."""
    if pos < 2 or norm[pos - 1] != " ":
        return ""
    return norm[norm.rfind(" ", max(0, pos - 40), pos - 1) + 1 : pos - 1]


def _ends_title(norm: str, start: int, lex: _Lex) -> bool:
    """Whether the capitalised words at `start` end a title phrase: "The Minister of National Unity
    and [Civic Engagement], Jean-Damascène Bizimana" is a title and its holder, no list of two names."""
    for w in reversed(norm[max(0, start - 80) : start].split()[-8:]):
        if w in lex.titles:
            return True
        if not (w[:1].isupper() or w in lex.title_words):
            return False
    return False


def _coordinated(norm: str, candidates: list[_Candidate], lex: _Lex) -> None:
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
            if none is a and (_word_before(norm, a.start) in lex.apposition_words or _ends_title(norm, a.start, lex)):
                continue  # "the acting Reich Protector, Reinhard Heydrich": a title in apposition, no list
            none.rule = f"{lex.lang}.persons.coordinated"
            changed = True


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
    """Every organisation `doc` names, once per name as written, in order of first mention.

    A body the text names two ways ("International Court of Justice" and "ICJ")
    is reported under each name, as a reader listing the names would.
    """
    lex = _lexicon(doc.language)
    norm = doc.norm
    found: list[_Org] = []
    for m in lex.org_scan.finditer(norm):
        s, e = m.span()
        word = m.group()
        if s and (norm[s - 1].isalnum() or norm[s - 1] in "-_"):
            if norm[s - 1] == "-" and word in lex.head_type:
                # "Armenian Genocide Museum-Institute": the head closes a hyphenated word
                ws = norm.rfind(" ", max(0, s - 40), s) + 1
                if _WORD.fullmatch(norm, ws, e) and (o := _headed(norm, ws, e, word, lex)) is not None:
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
            if ok and _INSTRUMENT_AFTER.match(norm, e):
                ok = False  # "the General Amnesty Law": a word of a law's name
            if ok and (nxt := _WORD.match(norm, e + 1)) and norm[e] == " " and nxt.group() in lex.building_words:
                ok = False  # "the Red Crescent Hospital": a building named after the body
            if ok:
                found.append(_Org(s, e, word, org_type, f"{lex.lang}.organizations.known", oid, priority=0))
                # an acronym takes no country before it ("the Myanmar UN envoy")
                left = None if word.isupper() else _known_left(norm, s, lex)
                last = word.rsplit(" ", 1)[-1]
                c = lex.complement.match(norm, e) if lex.head_complement.get(last) else None
                comp = _trim_complement(c.group(), lex) if c else ""
                if left is not None or comp:
                    start = s if left is None else left
                    name = norm[start : e + len(comp)]
                    found.append(_Org(start, e + len(comp), name, org_type, f"{lex.lang}.organizations.known",
                                      name.lower(), comp.strip() or None))
        if word in lex.head_type:
            found.extend(_headed_all(norm, s, e, word, lex))
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
                name = _trim_complement(" " + m.group(), lex)[1:]
                if name.split(" ", 1)[0] == head and m.group("of").split(" ", 1)[0] not in lex.titles:
                    found.append(_Org(at, at + len(name), name, org_type, f"{lex.lang}.organizations.lower_head",
                                      name.lower()))
            at = norm.find(head + " of ", at + 1)
    found += _local_bodies(norm, lex)
    found += _lower_named(norm, lex)
    found += _bare_acronyms(norm, lex)
    for context, names in lex.implicit:
        if any(c in norm for c in context):
            found += _implicit_bodies(norm, names, lex)
    found += _listed_groups(norm, lex)
    for alias, (oid, org_type) in lex.lower_known.items():
        at = norm.find(alias)
        while at != -1:
            if bounded(norm, at, at + len(alias)):
                found.append(_Org(at, at + len(alias), alias, org_type, f"{lex.lang}.organizations.known", oid, priority=0))
            at = norm.find(alias, at + 1)
    if " known as " in norm:
        found += _known_as(norm, lex)
    kept = _longest_first(found)
    kept = _join_units(norm, kept, lex)
    _distribute_complements(norm, kept, lex)
    kept = _acronyms(norm, kept, lex)
    actors: dict[str, Actor] = {}
    for o in sorted(kept, key=lambda o: o.start):
        written = norm[o.start : o.end]
        if o.name.startswith(written):
            # The name as the text writes it (curly quotes, dashes), plus a shared complement.
            name = doc.text[o.start : o.end] + o.name[o.end - o.start :]
        else:
            name = o.name  # one of "the 33rd and 99th ... Divisions"
        if name.lower() not in actors:
            actors[name.lower()] = Actor(span=Span(o.start, o.end), rule=o.rule, name=name, kind="organization",
                                         org_type=o.org_type)
    return sorted((a for a in actors.values() if not _shortened(a.name, actors, lex)), key=lambda a: a.span.start)


def _shortened(name: str, actors: dict[str, Actor], lex: _Lex) -> bool:
    """Whether `name` only shortens a longer name the document gives the same body, before or
    after it: "the Fact-Finding Mission" for the "Independent International Fact-Finding Mission
    on Myanmar", a heading's "The Panel of Experts", "the Secretary-General's Internal Review
    Panel". A reader listing the bodies lists the full name once. Known names and the UN's
    organs ("Security Council", "Amnesty") are names of their own and stay."""
    if name in lex.known or name in lex.un_names or name.isupper():
        return False
    words = name.lower().split()
    if len(words) > 1 and words[0].endswith("'s"):
        words = words[1:]  # "the Secretary-General's Internal Review Panel"
    n = len(words)
    for key in actors:
        if key == name.lower():
            continue
        other = key.split()
        if len(other) > n and other != words and any(other[k : k + n] == words for k in range(len(other) - n + 1)):
            return True
    return False


def _local_bodies(norm: str, lex: _Lex) -> list[_Org]:
    """"the Kharkiv regional military administration": a place's local body in lower case."""
    out = []
    for level in lex.local_levels.finditer(norm):
        at = level.start()
        ws = norm.rfind(" ", max(0, at - 40), at) + 1
        if norm[ws : ws + 1].isupper() and (m := lex.local_body.match(norm, ws)) and m.group(1) not in lex.starters:
            name = m.group()
            out.append(_Org(ws, m.end(), name, lex.local_heads[m.group("h")],
                            f"{lex.lang}.organizations.local_body", name.lower()))
    return out


def _lower_named(norm: str, lex: _Lex) -> list[_Org]:
    """A capitalised name a lower-case noun marks as a body's: "the Azov regiment", "the Drum
    magazine photographer", "the news agency Caucasian Knot", "the legal aid office, Tutela Legal,"."""
    out: list[_Org] = []
    rule = f"{lex.lang}.organizations.lower_noun"
    for m in lex.lower_named.finditer(norm):
        for part, org_type in lex.lower_named_kind[m.group("n")]:
            if part in ("heads", "classes_after"):
                if norm[m.start("n") - 1] != " " or (s := _name_before(norm, m.start("n") - 1, lex)) is None:
                    continue
                end = m.end("n") if part == "heads" else m.start("n") - 1
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
            out.append(_Org(s, end, name, org_type, rule, name.lower()))
            break
    if '", ' in norm:
        for m in lex.quoted_named.finditer(norm):
            if _plain_name(m.group("n").split(" "), lex):
                part = lex.lower_named_kind[m.group("h")]
                org_type = next(t for p, t in part if p == "appositive")
                out.append(_Org(m.start("n"), m.end("n"), m.group("n"), org_type, rule, m.group("n").lower()))
    return out


def _plain_name(words: list[str], lex: _Lex, places: bool = True) -> bool:
    """Whether capitalised words could be a body's own name: no place, date, title, head or known name
    (with `places` false, a place or demonym may stand before the last word: "Caucasian Knot")."""
    for w in words:
        if places and w in lex.places or w in lex.calendar or w in lex.titles or w in lex.head_type or w in lex.known \
                or w in lex.starters or w in lex.articles_cap or w.rstrip(".") in lex.abbrevs:
            return False
    return True


def _name_before(norm: str, end: int, lex: _Lex) -> int | None:
    """Where one to three capitalised words ending at `end` start, when they could be a name
    and do not open a sentence or go on as a longer run."""
    pos, words = end, []
    while len(words) < 3 and pos >= 2:
        ws = norm.rfind(" ", max(0, pos - 40), pos) + 1
        word = norm[ws:pos]
        if not _WORD.fullmatch(word):
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
    if not opened and (_starts_sentence(norm, start) or len(words) == 3 and start >= 2 and norm[start - 1] == " "
                       and _WORD.fullmatch(norm, norm.rfind(" ", max(0, start - 40), start - 1) + 1, start - 1)):
        return None  # a longer capitalised run, or a sentence's first word, is no name read this way
    return start


_AFTER_RUN = re.compile(rf"{WORD}(?: {WORD}){{0,3}}(?![\w'-])")


def _name_after(norm: str, start: int, lex: _Lex) -> tuple[int, int] | None:
    """The one to four capitalised words at `start`, when they could be a name."""
    m = _AFTER_RUN.match(norm, start)
    words = m.group().split(" ") if m is not None else []
    if not words or not _plain_name(words[-1:], lex) or not _plain_name(words, lex, places=False) \
            or words[0] in lex.given:
        return None
    return m.span()


def _known_as(norm: str, lex: _Lex) -> list[_Org]:
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
        out.append(_Org(m.start("n"), m.end("n"), n, org_type, f"{lex.lang}.organizations.known_as", n.lower()))
        if (g := _GLOSS.match(norm, m.end("n"))) and g.group("g").rsplit(" ", 1)[-1] in lex.head_type:
            # "the Ypatingasis būrys (Special Squad)": its English name in brackets, a name too
            out.append(_Org(g.start("g"), g.end("g"), g.group("g"), org_type, f"{lex.lang}.organizations.known_as",
                            g.group("g").lower()))
    return out


_GLOSS = re.compile(rf" \((?P<g>{WORD}(?: {WORD}){{1,3}})\)")


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


def _has_context(norm: str, start: int, end: int, lex: _Lex) -> bool:
    """An ambiguous name ("Memorial") is the organisation only when the text says so."""
    if start >= 2 and norm[start - 1] == " ":
        prev = norm[max(0, start - 40) : start - 1].rsplit(" ", 1)[-1]
        if prev[:1].isupper():
            return False  # "Khojaly Memorial" is a monument
    return bool(lex.context_before.search(norm, max(0, start - 30), start) or lex.context_after.match(norm, end)
                or _beside_known(norm, start, end, lex))


def _beside_known(norm: str, start: int, end: int, lex: _Lex) -> bool:
    """Whether a name stands in a list with a body known without context: "Memorial and Human
    Rights Watch said", "Amnesty International and Memorial"."""
    if norm.startswith(" and ", end) and (m := lex.org_scan.match(norm, end + 5)) is not None:
        if m.group() in lex.known and lex.known[m.group()][2] is False:
            return True
    if norm.endswith(" and ", 0, start):
        words = norm[max(0, start - 60) : start - 5].split(" ")
        return any((n := " ".join(words[-k:])) in lex.known and lex.known[n][2] is False for k in range(1, min(5, len(words)) + 1))
    return False


def _known_left(norm: str, start: int, lex: _Lex) -> int | None:
    """Where a known name grows left over a country's name or adjective: "United States
    House of Representatives", "German Bundestag". None when nothing stands there."""
    if start < 2 or norm[start - 1] != " " or not norm[start - 2].isalpha():
        return None
    left = _left_tokens(norm, start, lex)
    k = len(left)
    while k > 0 and (left[k - 1][2] in lex.places or left[k - 1][2] in lex.known_left) \
            and left[k - 1][2] not in lex.not_known_left:
        k -= 1
    while k < len(left) and left[k][2] in lex.org_strip:
        k += 1
    return left[k][0] if k < len(left) else None


def _starts_sentence(norm: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and norm[i] == " ":
        i -= 1
    return i < 0 or norm[i] in '.!?:;"\n'


def _headed_all(norm: str, hs: int, he: int, head: str, lex: _Lex) -> list[_Org]:
    """The organisation a head noun closes, or, for "the 33rd and 99th Light Infantry
    Divisions", each of those it closes, named in the singular."""
    o = _headed(norm, hs, he, head, lex)
    if o is None:
        return []
    single = lex.unit_plurals.get(head)
    if single is None or not lex.org_tok.fullmatch(o.name.split(" ", 1)[0]) or not o.name[:1].isdigit():
        return [o]
    rest = o.name.split(" ", 1)[1] if " " in o.name else ""
    if not rest:
        return [o]
    rest = rest[: len(rest) - len(head)] + single
    out: list[_Org] = []
    pos = o.start
    while (m := _ORDINAL_BEFORE.search(norm, max(0, pos - 20), pos)) is not None:
        name = f"{m.group(1)} {rest}"
        out.insert(0, _Org(m.start(1), m.end(1), name, o.org_type, o.rule, name.lower()))
        pos = m.start(1)
    if not out:
        return [o]
    first = norm[o.start : o.end].split(" ", 1)[0]
    name = f"{first} {rest}"
    out.append(_Org(o.start, o.end, name, o.org_type, o.rule, name.lower()))
    return out


_ORDINAL_BEFORE = re.compile(r"(?<![\w-])(\d{1,4}(?:st|nd|rd|th))(?:,? and |, )$")


def _headed(norm: str, hs: int, he: int, head: str, lex: _Lex) -> _Org | None:
    if head in lex.open_heads and _WORD.match(norm, he + 1) and norm[he : he + 1] == " ":
        return None  # "Holocaust Memorial Day": the head does not close this name
    left = _left_tokens(norm, hs, lex)
    # Sentence openers go; mid-sentence, a capitalised word is part of the name ("Near East Relief").
    while left and (left[0][2] in lex.articles_cap or left[0][2] in lex.calendar
                    or left[0][2] in lex.org_strip and _starts_sentence(norm, left[0][0])):
        left.pop(0)  # "On 25 March Mariupol City Council said": a date is no part of the name
    comp, end = None, he
    if lex.head_complement[head]:
        c = lex.complement.match(norm, he)
        if c:
            comp_text = _trim_complement(c.group(), lex)
            if comp_text and not (left and _opens_with_head(comp_text, lex)) and not (left and head in lex.part_heads):
                comp, end = comp_text.strip(), he + len(comp_text)
            if comp and (b := _BRACKETED_WORD.match(norm, end)) and not _own_short(norm, b, left[0][2] if left else head):
                end = b.end()  # "Communist Party (Bolsheviks)": a bracketed word belongs to the name
    elif lex.head_type[head] == "military_unit" and (u := lex.unit_code.match(norm, he)):
        comp, end = u.group().strip(), u.end()
    if comp is None and head in lex.seat_heads and (m := _SEAT.match(norm, end)) and m.group(1) not in lex.calendar:
        comp, end = m.group().strip(), m.end()  # "the U.S. Embassy in Astana"
    elif (comp and " on " in f" {comp} " or head in lex.seat_heads) and (m := _PLACE_IN.match(norm, end)) \
            and lex.calendar.isdisjoint(w := m.group("p").split()) and lex.head_type.keys().isdisjoint(w):
        # a body on a subject in a country: "Panel of Experts on Accountability in Sri Lanka", "Mission in South Sudan"
        comp, end = ((comp or "") + " " + m.group().strip()).strip(), m.end()
    if lex.head_complement[head] and norm.startswith((" in", " to"), end) and (m := lex.mandate.match(norm, end)) \
            and m.group("first") not in lex.places and m.group("first") not in lex.calendar:
        comp, end = ((comp or "") + " " + m.group().strip()).strip(), m.end()
    if not left and head in lex.common_heads and _starts_sentence(norm, hs):
        return None  # "Troops of the Yugoslav Army entered": the army is the body named
    if not left and comp is None and not (head in lex.bare_heads and not _starts_sentence(norm, hs)
                                          and not _WORD.match(norm, he + 1) and not norm.startswith("'s", he)):
        return None
    if _INSTRUMENT_AFTER.match(norm, end):
        return None  # "the Unlawful Organizations Act", "Tribunals of Inquiry (Evidence) Act": a law's name
    if comp is None and lex.head_type[head] not in ("armed_forces", "military_unit") and lex.title_after.match(norm, end):
        return None  # "Supreme Court President Yitzhak Kahan": the body only qualifies a person's title
    if comp is None and head in lex.weak_heads and all(t[2] in lex.places for t in left) \
            and not (len(left) == 1 and left[0][2] in lex.service_places):
        return None  # "the Syrian Police" says whose; "the Border Police" is a service's name
    start = left[0][0] if left else hs
    name = norm[start:end]
    if name in lex.not_orgs or name.startswith(lex.not_org_prefixes):
        return None
    if norm.endswith((" on the ", " on ", " concerning the ", " concerning "), 0, start) \
            and _INSTRUMENT_BEFORE.search(norm, max(0, start - 30), start):
        return None  # "the Law on the Administration of Tunceli Province": a law's subject, no actor
    org_type = lex.head_type[head]
    if name.startswith(lex.un_prefixes) or any(u in name for u in lex.un_names):
        org_type = "un_body"
    return _Org(start, end, name, org_type, f"{lex.lang}.organizations.head_noun", name.lower(), comp)


_SEAT = re.compile(rf" in ({WORD}(?: (?:of|and) {WORD})?)(?![\w'-]| [{UP}])")
# a country's name may hold "of (the)" or "and": "in the Democratic Republic of the Congo", "in Bosnia and Herzegovina"
_PLACE_IN = re.compile(rf" in (?:the )?(?P<p>{WORD}(?: (?:(?:of|and) (?:the )?)?{WORD}){{0,3}})(?![\w'-]| [{UP}])")
_INSTRUMENT_AFTER = re.compile(r"(?: \([^()]{1,40}\))? (?:Act|Acts|Law|Statute|Decree|Ordinance)\b")
# a law on a body ("Law on the Administration of ..."); not "an Act of the Scottish Parliament", its author
_INSTRUMENT_BEFORE = re.compile(r"\b(?:Law|Act|Decree|Statute|Ordinance|Regulation|Code) (?:on|concerning) (?:the )?$")
_BRACKETED_WORD = re.compile(rf" \([{UP}][a-z]{{2,}}\)(?! [{UP}])")  # not "Tribunals of Inquiry (Evidence) Act"


def _own_short(norm: str, bracket: re.Match, first: str) -> bool:
    """Whether a bracketed word is the body's short name, not a word of its name: it opens with
    the name's first letter and the text uses it alone ("... on Migration (Cerim). Cerim said")."""
    word = bracket.group().strip()[1:-1]
    return word[0] == first[0] and norm.count(word) > 1


def _opens_with_head(comp_text: str, lex: _Lex) -> bool:
    """Whether a complement names a second body by its head: "Tribunal [of the Ministry of Defence]"."""
    for w in comp_text.split()[1:3]:
        if w not in lex.articles_lower and w not in lex.complement_end:
            return w in lex.head_type
    return False


def _left_tokens(norm: str, pos: int, lex: _Lex) -> list[tuple[int, int, str]]:
    """Up to six capitalised words (or ordinals) standing right before `pos`, and an
    "X and" that joins one more word to the name ("the Justice and Equality Movement")."""
    tokens: list[tuple[int, int, str]] = []
    while len(tokens) < 8 and pos >= 2 and norm[pos - 1] == " ":
        ts = norm.rfind(" ", max(0, pos - 42), pos - 1) + 1
        word = norm[ts : pos - 1]
        if word in lex.particles and tokens and (over := _over_particles(norm, ts, lex)) is not None:
            # "Fray Bartolomé de las Casas Human Rights Centre": a person's name with its particles
            tokens[:0] = over + [(ts, pos - 1, word)]
            pos = over[0][0]
            continue
        if word[:1] in _OPENERS and len(word) > 1 and lex.org_tok.fullmatch(word[1:]) \
                and word[1:] not in lex.headline_breaks:
            tokens.insert(0, (ts + 1, pos - 1, word[1:]))  # 'the "Burning Brigade"': the quote opens the name
            break
        if word == "and" and tokens and tokens[0][2] not in lex.head_type:
            joined = _joined_words(norm, ts, lex)
            if joined:
                tokens[:0] = [*joined, (ts, pos - 1, word)]
            break
        line = "\n" in word
        if line:  # a name that opens a line: "Ntarama Genocide Memorial, Bugesera District"
            ts, word = ts + word.rfind("\n") + 1, word[word.rfind("\n") + 1 :]
        if word.endswith("'s") and tokens and _WORD.fullmatch(word[:-2]) and word[:-2] not in lex.places \
                and not word[:-2].isupper() \
                and word[:-2] not in lex.known and word[:-2] not in lex.head_type and ts >= 4 and norm[ts - 4 : ts].lower() == "the ":
            tokens.insert(0, (ts, pos - 1, word))  # "the Lord's Resistance Army": the possessive opens the name
            break
        if not lex.org_tok.fullmatch(word) or (ts == 0 and pos > 42) or word in lex.headline_breaks:
            break  # "Lists Were Published By The Ministry": a title-case headline's words are no name
        if word in lex.office_possessives and not norm.startswith("Office", pos):
            break  # "the Prosecutor General's Office", but "the Secretary-General's Panel of Experts"
        tokens.insert(0, (ts, pos - 1, word))
        pos = ts
        if line:
            break
    return tokens


_OPENERS = frozenset('"\u201c\u2018')


def _over_particles(norm: str, at: int, lex: _Lex) -> list[tuple[int, int, str]] | None:
    """The particles before the one at `at` and the capitalised word before them all
    ("Bartolomé de las"), when a capitalised word does stand there; else None."""
    out: list[tuple[int, int, str]] = []
    pos = at
    while len(out) < 3 and pos >= 2 and norm[pos - 1] == " ":
        ws = norm.rfind(" ", max(0, pos - 42), pos - 1) + 1
        word = norm[ws : pos - 1]
        if word in lex.particles:
            out.insert(0, (ws, pos - 1, word))
            pos = ws
            continue
        if _WORD.fullmatch(word) and word not in lex.headline_breaks and word not in lex.org_strip \
                and word not in lex.places and word not in lex.head_type:
            return [(ws, pos - 1, word), *out]
        return None
    return None


def _joined_words(norm: str, and_at: int, lex: _Lex) -> list[tuple[int, int, str]]:
    """The capitalised words before "and" in "the Justice and Equality Movement": not a head,
    a place or a known name. One word, or up to three right after an article ("the Lessons
    Learnt and Reconciliation Commission"); else "and" joins two names ("Amnesty
    International and Human Rights Watch")."""
    words: list[tuple[int, int, str]] = []
    end = and_at - 1
    opened = False  # an article, a line's start or a bullet stands before the words
    while len(words) < 4 and end >= 1 and norm[end] == " ":
        ws = norm.rfind(" ", max(0, end - 40), end) + 1
        if (nl := norm.rfind("\n", ws, end)) != -1:
            ws = nl + 1  # a name that opens a line
        word = norm[ws:end]
        if word in lex.articles_cap or word in lex.articles_lower or words and not any(c.isalnum() for c in word):
            opened = True  # "the Lessons Learnt and ...", "- Truth and ..."
            break
        if not _WORD.fullmatch(word) or word in lex.head_type or word in lex.places or word in lex.known:
            return []
        if word in lex.strip and _starts_sentence(norm, ws):
            return []
        words.insert(0, (ws, end, word))
        end = ws - 1
        if ws == 0 or _starts_sentence(norm, ws) or norm[ws - 1] == "\n":
            opened = opened or ws == 0 or norm[ws - 1] == "\n"
            break
    if len(words) == 1 or 1 < len(words) <= 3 and opened:
        return words
    return []


def _trim_complement(text: str, lex: _Lex) -> str:
    """Cut a complement before a second organisation or a date ("... and the Senate", "on Monday"),
    and at a comma that no "and" closes as a list ("of Youth, Culture and Sports")."""
    if "," in text:
        items = text.split(",")
        tail = items[-1].split(" and ", 1)
        if len(tail) < 2 or any(len(i.split()) > 3 for i in items[1:-1]) or len(items[-1].split()) > 6:
            text = items[0]
    words = text.split(" ")
    for k in range(2, len(words)):
        if words[k] in lex.calendar:
            words = words[: k - 1]  # "the Ntarama Genocide Memorial on Sunday"
            break
        if k > 2 and words[k] in lex.coordination_words and _second_name(words[k + 1 :], lex):
            words = words[:k]
            break
    while words and words[-1] in lex.complement_end:
        words.pop()
    return " ".join(words) if len(words) > 2 else ""


def _second_name(rest: list[str], lex: _Lex) -> bool:
    """Whether the words after an "and" in a complement open a second organisation: an
    article and a head ("and the Senate"), a head first ("and Ministry of ..."), or a known name."""
    if not rest:
        return False
    words = [w.rstrip(",") for w in rest]
    if words[0] in lex.head_type or words[0].rsplit("-", 1)[-1] in lex.head_type:
        # a head ends a name: "and International Cooperation of South Sudan" goes on as one ministry's name
        return not (len(words) > 1 and words[1][:1].isupper() and not any(
            w in lex.head_type or w.rsplit("-", 1)[-1] in lex.head_type for w in words[1:4]))
    if words[0] in lex.known or " ".join(words[:2]) in lex.known or " ".join(words[:3]) in lex.known:
        return True
    return words[0].lower() in lex.articles_lower and any(
        w in lex.head_type or w.rsplit("-", 1)[-1] in lex.head_type for w in words[1:]
    )


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


def _join_units(norm: str, kept: list[_Org], lex: _Lex) -> list[_Org]:
    """ "1st Battalion, 20th Infantry Regiment": a unit and the numbered unit it belongs to, one name."""
    out: list[_Org] = []
    for o in kept:
        if out and o.org_type == "military_unit" and out[-1].org_type == "military_unit" \
                and out[-1].name[:1].isdigit() and (o.name[:1].isdigit() and norm[out[-1].end : o.start] == ", "
                                                   or norm[out[-1].end : o.start] == ", the "
                                                   or norm[out[-1].end : o.start] == ", " and _outranks(o, out[-1], lex)):
            a = out.pop()
            name = norm[a.start : o.end]
            o = _Org(a.start, o.end, name, o.org_type, o.rule, name.lower())
        out.append(o)
    return out


def _outranks(o: _Org, a: _Org, lex: _Lex) -> bool:
    """Whether unit `o` is larger than unit `a`: "1st Battalion, Parachute Regiment" is one unit."""
    big = lex.unit_ranks.get(o.name.rsplit(" ", 1)[-1], 0)
    return big > lex.unit_ranks.get(a.name.rsplit(" ", 1)[-1], big)


def _acronyms(norm: str, kept: list[_Org], lex: _Lex) -> list[_Org]:
    """An acronym a text defines in brackets after a name, "Rwandan Patriotic Front (RPF)",
    is one more name of the organisation: there, and wherever the text then uses it alone.
    The bracket also ends a name that goes on over where it serves ("United Nations
    Supervision Mission in Syria (UNSMIS)"), and marks as a name the words its letters
    begin where nothing else did ("Conseil national pour la démocratie et le développement (CNDD)")."""
    if " (" not in norm:
        return kept
    found = {o.start for o in kept}
    extra: list[_Org] = []
    for k, o in enumerate(kept):
        if (w := _ACRONYM_WHERE.match(norm, o.end)) is not None and _initials_in(w.group("p"), w.group("a")[-3:]):
            name = norm[o.start : w.start("a") - 2]
            o = kept[k] = _Org(o.start, w.start("a") - 2, name, o.org_type, o.rule, name.lower())
        if norm.startswith(" (", o.end) and (alt := _OWN_LANGUAGE.match(norm, o.end)) is not None \
                and _foreign(alt.group("n")):
            # "Commission for Historical Clarification (Comisión para el Esclarecimiento Histórico, CEH)"
            n = alt.group("n")
            found.add(alt.start("n"))
            extra.append(_Org(alt.start("n"), alt.end("n"), n, o.org_type, f"{lex.lang}.organizations.own_language", n.lower()))
            if alt.group("a"):
                found.add(alt.start("a"))
                extra.append(_Org(alt.start("a"), alt.end("a"), alt.group("a"), o.org_type,
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
            extra.append(_Org(m.start("a"), m.end("a"), a, o.org_type, f"{lex.lang}.organizations.acronym", a.lower()))
    for m in _BRACKET_ACRONYM.finditer(norm):
        if m.start("a") in found or any(o.start <= m.start() < o.end for o in kept):
            continue
        start = _initialled(norm, m.start(), m.group("a"), lex)
        if start is None and _word_before(norm, m.start() + 1) in lex.acronym_nouns:
            # "at the riot police (CMIS) barracks": a body the text names by its acronym only
            extra.append(_Org(m.start("a"), m.end("a"), m.group("a"), "other", f"{lex.lang}.organizations.acronym",
                              m.group("a").lower()))
        if start is not None:
            name = norm[start : m.start()]
            extra.append(_Org(start, m.start(), name, "other", f"{lex.lang}.organizations.initials", name.lower()))
            extra.append(_Org(m.start("a"), m.end("a"), m.group("a"), "other", f"{lex.lang}.organizations.acronym",
                              m.group("a").lower()))
    if not extra:
        return kept
    return sorted(kept + extra, key=lambda o: o.start)


def _short_name(norm: str, o: _Org, lex: _Lex) -> _Org | None:
    """A one-word short name in brackets after a body's name, as NGOs shorten theirs: "the Centre
    for Research on Multinational Corporations (Somo)"... It opens with the name's first letter,
    and is no place, month or known name ("Memorial (Moscow)" says where)."""
    m = _BRACKET_SHORT.match(norm, o.end)
    if m is None or o.org_type == "military_unit":
        return None
    a = m.group("a")
    if a[0] != norm[o.start] or a in lex.places or a in lex.calendar or a in lex.known or a in lex.starters:
        return None
    return _Org(m.start("a"), m.end("a"), a, o.org_type, f"{lex.lang}.organizations.short_name", a.lower())


_BRACKET_SHORT = re.compile(rf" \((?P<a>[{UP}][a-z\u00e0-\u00ff]{{2,11}})\)")


def _bare_acronyms(norm: str, lex: _Lex) -> list[_Org]:
    """Acronyms in capitals a text uses as actors without spelling them out: "SWAPO said",
    "the SADF's estimate", "SS units". Not in a line set in capitals (a headline, a dateline),
    not a roman numeral, a place's code, a currency or a time."""
    out: list[_Org] = []
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
        out.append(_Org(m.start(), m.end(), a, "other", f"{lex.lang}.organizations.bare_acronym", a.lower()))
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


def _implicit_bodies(norm: str, names: dict[str, str], lex: _Lex) -> list[_Org]:
    """"the Commission", "the Council" alone, mid-sentence, where the document's kind makes
    them one body each; not "the Council of Europe" nor "the Council President"."""
    out: list[_Org] = []
    for head, org_type in names.items():
        at = norm.find("the " + head)
        while at != -1:
            s, e = at + 4, at + 4 + len(head)
            if (at == 0 or not norm[at - 1].isalnum()) and not _IMPLICIT_GOES_ON.match(norm, e):
                out.append(_Org(s, e, head, org_type, f"{lex.lang}.organizations.implicit", head.lower()))
            at = norm.find("the " + head, at + 1)
    return out


_IMPLICIT_GOES_ON = re.compile(rf"[\w'-]| (?:of|for|on)\b| [{UP}]")


def _listed_groups(norm: str, lex: _Lex) -> list[_Org]:
    """Names a plural noun of bodies lists: "militias, among them the Red Shirts and the Night
    Wolves", "rebel groups such as the Seleka, the Anti-Balaka and the FPRC"."""
    out: list[_Org] = []
    for link in lex.list_links:
        at = norm.find(link)
        while at != -1:
            if lex.listed_groups.search(norm, max(0, at - 40), at):
                out += _listed_names(norm, at + len(link), lex)
            at = norm.find(link, at + 1)
    return out


def _listed_names(norm: str, pos: int, lex: _Lex) -> list[_Org]:
    """The names a list opening at `pos` holds, up to the first that is none."""
    out: list[_Org] = []
    while (n := _LISTED_NAME.match(norm, pos)) is not None:
        words = n.group("n").split(" ")
        if not _plain_name(words[-1:], lex) or not _plain_name(words, lex, places=False) \
                or words[0] in lex.given or all(w in lex.places for w in words):
            break
        out.append(_Org(n.start("n"), n.end("n"), n.group("n"), "other", f"{lex.lang}.organizations.listed",
                        n.group("n").lower()))
        if (sep := _LIST_SEP.match(norm, n.end())) is None:
            break
        pos = sep.end()
    return out


_LISTED_NAME = re.compile(rf"(?:the )?(?P<n>{WORD}(?: {WORD}){{0,3}})(?![\w'-]| [{UP}])")
_LIST_SEP = re.compile(r",? (?:and|or) |, ")


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


def _initialled(norm: str, end: int, acronym: str, lex: _Lex) -> int | None:
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
    if start is None or not norm[start].isupper() or _starts_sentence(norm, start):
        return None
    return start


def _distribute_complements(norm: str, kept: list[_Org], lex: _Lex) -> None:
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

    def last_organization_before(self, pos: int, noun: str) -> Actor | None:
        """The organisation named last before `pos`, one whose name holds `noun` if any:
        whom "the ministry" or "the organisation" means."""
        noun = noun.lower()
        for lo in (pos - 3000, 0):
            orgs = [a for s, e, a in self.within(lo, pos) if a.kind == "organization" and e <= pos]
            if orgs:
                named = [a for a in orgs if noun in a.name.lower()]
                return named[-1] if named else orgs[-1]
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
