"""The words names are read with, compiled once per language.

Words live in `lexicons/<lang>/{titles,first_names,person_stop,organizations,speech_verbs}.yaml`;
`name_lexicon(language)` turns them into the sets and regexes the rules use.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import ahocorasick

from testimonia.extract.lexicon import load
from testimonia.extract.names.text import CAPS, UP, WORD, flat, trie


def _automaton(words: list[str]) -> ahocorasick.Automaton:
    """An Aho-Corasick automaton of `words`: every occurrence in one pass over a text."""
    automaton = ahocorasick.Automaton()
    for w in words:
        automaton.add_word(w, w)
    if words:
        automaton.make_automaton()
    return automaton


@dataclass(slots=True)
class NameLexicon:
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
    place_list: re.Pattern  # " and Cotabato City", " or Kidal Region": a place listed after a name
    place_before: re.Pattern  # "in ", "near Maguindanao and ": a place cue before a name, across a list of names
    building_words: frozenset[str]  # "Hospital", "Street": a known name before one names a place
    given: frozenset[str]
    known_names: frozenset[str]  # organisation names and phrases that name no person
    suffixes: frozenset[str]  # "Jr.", "Sr."
    regnal: frozenset[str]  # "II", "XVI": a sovereign's or a pope's number after the name
    post_nominals: frozenset[str]  # "MP", "QC", "PhD": after a name, out of it
    post_nominal: re.Pattern  # " MP", ", QC," right after a name
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
def name_lexicon(language: str) -> NameLexicon:
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
    for part in ("heads", "classes_after", "classes_before", "appositive", "described"):
        for noun, org_type in named[part].items():
            named_kind.setdefault(noun, []).append((part, org_type))
    # Capitalised words only: a lower-case first letter would make the engine try every position.
    # A name may end in a possessive ("the ICTY's judgment", "the German Bundestag's resolution"),
    # a plural one too after a final s ("Reuters' Beirut bureau", "the Rapid Support Forces' commander").
    org_scan = re.compile(rf"(?:{trie(list(known) + list(head_type))})(?![\w-]|'(?!s\b)(?<!s'))")
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
    return NameLexicon(
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
        place_list=re.compile(rf" (?:and|or) (?:{WORD} ){{1,2}}(?:{trie(sections['en.stop.place_words'])})"
                              rf"(?![\w'-]| [{UP}])"),
        place_before=re.compile(rf"(?<![\w'-])(?:{trie(stop['place_cues'])}) (?:(?:{WORD}, ){{0,3}}{WORD},? (?:and|or) )?$"),
        building_words=frozenset(orgs.get("building_after", [])),
        given=frozenset(flat(given["given_names"])),
        known_names=frozenset(known) | frozenset(stop.get("not_names", [])),
        after_verb=after_verb,
        person_after=re.compile(rf" (?:(?:{trie(aux)}) )*{trie(tl['person_verbs_after'])}(?!\w)"),
        suffixes=frozenset(given.get("suffixes", [])),
        regnal=frozenset(given.get("regnal", [])),
        post_nominals=frozenset(given.get("post_nominals", [])),
        post_nominal=re.compile(rf"(?: |, )(?:{trie(given.get('post_nominals', []))})(?![\w'-])"),
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
        # commas only inside a list that "and" closes ("Ministry of Youth, Culture and Sports"): see trim_complement
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
        credit=re.compile(rf"^[ \t]*(?P<n>{CAPS}(?: {CAPS}){{1,3}})(?=(?:,| \|| -) )", re.M),
    )
