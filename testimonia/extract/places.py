"""Places a document names, resolved to the gazetteer when it knows them.

Find, then write. One regex finds the runs of capitalised words (the only
stretches that can hold a place name) and the gazetteer's Aho-Corasick
automaton scans them; Python then looks only around each hit for what makes it
a place or not: a cue before it ("in", "the village of"), a place noun after it
("regions"), a neighbouring capitalised word that makes it one word of a longer
name ("Monte Melkonian", "Motorized Rifle Regiment"), a common English word with
no place context ("Victory", "Reading").

A second look at the same runs finds what the gazetteer cannot know: the items
of a list after "the villages of", unknown names after a cue ("near X", "in X")
or before a place noun ("Zamzam camp"), after an act of war ("surrounded Khatyn"), between
"the" and a harm named by its site ("the Varnesh massacre"), set off by a comma and placed by
a known place ("Varnesh, near Mosul"), coordinated names sharing a head
("Yukhari and Ashaghi Gushchular" is two villages), and misspellings of a place
the document names elsewhere ("the Kohajaly Genocide"). Such names are reported
even when unresolved, without coordinates. A name that reaches a place only
through one of its alternate names, or as a misspelling, is a guess: it is
resolved only where the document gives some other sign of the place's country
(`_Context.trust`); a small town's name abroad, written once as a word qualifying a noun
("Caspian oil") with no such sign, is no place (`_Context.stray`). Natural features in
lower case ("the Drina valley") and a name in brackets after a place ("Sơn Mỹ (Son My)")
are places too; a place
name inside an organisation's name or a person's is not (`find_places` given
the document's persons and organisations). Words come from `lexicons/<lang>/places.yaml`.

Published layouts add their own signs: a dateline in capitals opens a story ("GAO, Mali
(AP) -"), a section path in capitals names a desk ("WORLD | ASIA"), a timeline's entry opens
with a cue after its date ("3 May 1921 - At Camp Weld"). A compound name is never split into
the names it holds ("South West Africa", "French West Africa", "Sand Creek"); a place inside
the name of an operation or a treaty, and a people's name a town bears, are no place named;
and a name a cue has shown to be a place is one wherever the document repeats it.

Sites keep their nouns: a name the document gives once before "prison", "building", "cave" is
the site ("Lecumberri prison"), a site's noun that opens its name in Spanish or French takes
the words after it ("Plaza de las Tres Culturas", "Stade du 28-Septembre"), names with an
Arabic article before a harm's noun are whole ("the Rabaa al-Adawiya and al-Nahda sit-ins"),
and the short form of such a name is the same place. A language's name ("in Shona"), a bare
compass point ("the North-East") and a country in the name of a body "for" it ("Tribunal
for the former Yugoslavia") are no place.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import NamedTuple

from rapidfuzz import fuzz, process

from testimonia.errors import UsageError
from testimonia.extract import lexicon
from testimonia.extract.doc import Doc
from testimonia.extract.names import trie
from testimonia.gazetteer import get_gazetteer
from testimonia.gazetteer.fold import fold_name
from testimonia.gazetteer.index import Gazetteer
from testimonia.model.facts import Actor, PlaceMention, Span

# Kinds of entry a capitalised mention is trusted for without more context.
STRONG_KINDS = frozenset({"country", "continent", "region", "historical", "admin1"})
BIG_CITY = 1_000_000  # its name is trusted even when it is also a common word
LARGE_CITY = 100_000  # known the world over: trusted by any of its names, in any document
SMALL_TOWN = 10_000  # a town this small is named abroad only where the words around say it is a place
DOUBTFUL = 0.5  # the confidence of a guess (see `_Context.trust`) no country in the document supports
DOC_FUZZY_MIN = 75.0  # a name this close to a place the same document names is that place
GLOBAL_FUZZY_MIN = 88.0  # a name this close to a well-known place is that place

# An upper-case letter (Latin, Greek, Cyrillic, Armenian), with the lower-case letters
# of Latin Extended that share its blocks: the code checks `isupper()`. Explicit ranges
# make Python's regex engine three times faster than a negated class like [^\W\d_a-z].
_UP = "[A-Z\u00c0-\u00de\u0100-\u024f\u0386-\u03ab\u0400-\u042f\u0531-\u0556]"
_L = r"[^\W\d_]"
# A word of a name: letters, inner hyphens and apostrophes ("Imarat-Garvand", "Côte d'Ivoire").
# A plural possessive ends a word inside a name before another capital: "Heroes' Acre".
_PLURAL_POSSESSIVE = rf"(?:(?<=s)'(?= {_UP}))?"
_WORD = re.compile(rf"{_L}\w*(?:[-'](?!s\b){_L}\w*)*{_PLURAL_POSSESSIVE}")
_SEPARATOR = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+|\s*;\s*")
_NEXT_WORD = re.compile(rf"[ -]({_L}[\w'-]*)")
# Lower-case particles inside names: Arabic articles ("al-Balah"), Romance and Germanic ones.
# with the sun-letter forms: "ad-Dawr", "ash-Sham", "ez-Zor"
_ARTICLES = ("al-", "el-", "ad-", "ed-", "an-", "en-", "as-", "es-", "ash-", "esh-", "at-", "et-", "ath-",
             "az-", "ez-", "ar-", "er-", "ul-", "ur-")
_ARTICLE = rf"(?:{'|'.join(a[:-1] for a in _ARTICLES)})-"
_PARTICLES = ["de", "del", "da", "do", "dos", "di", "la", "le", "al", "el", "ibn", "bin", "van", "von", "der", "den",
              "ten", "ter", "zu", "am", "sur", "las", "los", "das", "della", "op"]
_INNER_PARTICLE = rf" (?:{_ARTICLE}|(?:{'|'.join(_PARTICLES)}) ){_UP}"
_ARTICLE_WORD = re.compile(rf"{_ARTICLE}{_UP}")
_ARTICLE_BEFORE = re.compile(rf"(?<![\w'-]){_ARTICLE}$")
_PARTICLE_BEFORE = re.compile(rf"{_UP}[\w'-]* (?:{'|'.join(_PARTICLES)}) $")
_PARTICLE_SET = frozenset(_PARTICLES)
_POSSESSIVE_NAME = rf"'s {_UP}"  # "St Paul's Cathedral"
_OF_NAME = rf" (?:for|of) (?:the )?{_UP}"  # "Center for Legal Action"
# what goes on with a name after it: a particle and a capital, "of"/"for" and a capital, "'s"
_NAME_GOES_ON = re.compile(f"{_INNER_PARTICLE}|{_OF_NAME}|{_POSSESSIVE_NAME}")
_COORDINATION = re.compile(rf"({_UP}[\w'-]*) and ({_UP}[\w'-]*) ({_UP}[\w'-]*)")
_PUNCT = "\"'([{"
_BRACKET_ITEMS = re.compile(r"[,;]\s*")
_LATIN_NAME = re.compile(r"[A-Za-z\u00c0-\u024f\u0259'’ -]+")  # a name in Latin letters, any diacritics, and "ə"
# a Romance particle and a word after a name: "Centre de la mémoire", "Stade du 28-Septembre"
_FOREIGN_GOES_ON = re.compile(r" (?:de|du|des|del|della|di|da|do|dos)(?: la| l'| las| los)? ([\w'-]+)")
# a name in any alphabet but the Latin one: "Бабин Яр", "الحولة"
_NON_LATIN = re.compile(r"[^\W\dA-Za-z\u00c0-\u024f_](?:[^\x00-\u024f,;()]|[ \u00a0])*")
# words that give a name to something, a person as often as a place: "known as Toumba"
_NAMING = (" as ", " renamed ", " spelt ", " spelled ")
# an item of a list right before a later one: "Ein Tarma, " before "Moadamiyah"
_LIST_BEFORE = re.compile(rf"{_UP}[\w'-]*(?: {_UP}[\w'-]*){{0,2}}(?: \([^()\n]{{1,40}}\))?"
                          r"(?:, and |, or |, | and | or )$")
_LIST_SEPARATORS = (", ", " and ", " or ")  # how every match of `_LIST_BEFORE` ends
_HYPHEN_PARTS = re.compile(r"[^-]+")
_ROMAN = re.compile(r"[IVX]+")
_QUALIFIED_AFTER = frozenset({"the", "of", "a", "an", "-", "\u2013", "\u2014"})  # see `_Context.stray`
_CAPITALISED = re.compile(r"(?<![\w'-])[A-Z][a-z]{4,}(?![\w'-])")
_INNER_CUE = re.compile(r" ([a-z]+) ")  # a lower-case word inside a capitalised run, after its first word
# "Stepanakert (Khankendi), Shushi (Shusha) and Hadrut": a list item's other name, in brackets
_ITEM_ALIAS = re.compile(r" \([^()\n]{1,40}\)")
# what follows the place of a dateline: a comma, an agency in brackets, a dash ("KYIV, Ukraine -");
# after the comma, a date or a place's name ("QANA, Lebanon, April 18", "GAO, March 3")
_DATELINE_TAIL = re.compile(r", |(?: \([^()\n]{1,30}\))?(?: - |, )")
_AFTER_COMMA = re.compile(rf"(?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d"
                          rf"|\d{{1,2}} {_UP})|(?P<place>{_UP}[\w'-]*(?: {_UP}[\w'-]*){{0,2}})(?=,| \(| -)")
# the rules that show a name the gazetteer does not know to be a place, by the words around it
_SHOWN_RULES = frozenset({"en.places.cue", "en.places.cue_weak", "en.places.list_item", "en.places.list_neighbour",
                          "en.places.dateline", "en.places.feature", "en.places.event_site"})
# a naming word and an opening quote: a place's name in quotes after them is a nickname
_NICKNAME_BEFORE = (' as "', ' called "', ' dubbed "', ' nicknamed "', ' named "', '("')
# after a common word, a number or a title going on: "Rule 110", "Law on the Settlement"
_LABEL_AFTER = re.compile(rf" (?:\d|(?:on|of) the {_UP})")
# what may follow a place's name where a people's would go on: punctuation, a preposition
_PLACE_SLOT_END = re.compile(r"[,.;:)]|$| (?:on|in|at|near|for|to|from|until|since|after|before|during)\b")
# a line opening with words in capitals before a comma, or before an agency's bracket and a dash
_DATELINE_NAME = re.compile(r"^([A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+){0,2})(?:, |( \([A-Z][\w.& ]{0,20}\) - ))",
                            re.MULTILINE)
# "Sơn Mỹ (Son My)", "Ponary (Paneriai in Lithuanian)": a place's other name in brackets
_BRACKET_NAME = re.compile(rf" \(({_UP}[\w'-]*(?: {_UP}[\w'-]*){{0,2}})(?: in {_UP}[a-z]+)?\)")
# a word of a foreign site's name after its noun: "Tres", "Culturas", "28-Septembre"
_FOREIGN_WORD = re.compile(rf"(?:\d{{1,2}}-)?{_UP}[\w'-]*")
# a word of a name before a harm's noun: capitalised, or an Arabic article and a capital ("al-Nahda")
_NAME_WORD = rf"(?:{_ARTICLE})?{_UP}[\w'-]*"
# names between "the" and a lower-case harm named by its site, joined by "and" or commas:
# "the Rabaa al-Adawiya and al-Nahda sit-ins"
_COORDINATED_SITES = re.compile(rf"(?<![\w'-])[Tt]he ((?:{_NAME_WORD})(?: {_NAME_WORD}){{0,2}}"
                                rf"(?:(?:, | and |, and ){_NAME_WORD}(?: {_NAME_WORD}){{0,2}})*) $")
_COORDINATED_SPLIT = re.compile(r", and |, | and ")
# a name and a number before a site's name: "Jeju 4·3 Peace Park", "Camp 22 Memorial Park"
_NUMBERED_BEFORE = re.compile(rf"(?<![\w'-]){_UP}[\w'-]* \d[\d·./-]* $")


@dataclass(slots=True)
class _Lex:
    run: re.Pattern  # a run of capitalised words, connectors inside: where names can be
    # cue phrase -> "list" (every item after it is a place), "strong" (any capitalised
    # name after it), "weak" (a name that looks like a place), "verb" (confirms a
    # gazetteer name that is also a common word)
    cues: dict[str, str]
    cue_words: int  # the longest cue, in words
    cue_tails: frozenset[str]  # the last words of the cues that are longer: "of" for "village of"
    cue_last: frozenset[str]  # the word a cue ends in, and "the": no other word before a name can end a cue
    after: re.Pattern  # right after a name; groups: place, event
    events: frozenset[str]  # one-word event nouns, to spot "Kohajaly Genocide" inside a run
    connectors: frozenset[str]
    name_connectors: frozenset[str]  # inside an unknown name
    qualifiers: frozenset[str]
    prefixes: frozenset[str]
    modifiers: frozenset[str]
    not_places: frozenset[str]
    demonyms: frozenset[str]
    demonym_suffixes: tuple[str, ...]
    org_heads: frozenset[str]
    org_after: frozenset[str]
    features: frozenset[str]
    titles: frozenset[str]
    common: frozenset[str]
    given_names: frozenset[str]
    lower_feature: re.Pattern  # a natural feature in lower case right after a name: " valley"
    naming_features: frozenset[str]
    naming_word: re.Pattern  # " Street" inside a run: a street or square may bear a known place's name
    languages: frozenset[str]  # "english", "russian": a language's name labels a name in it
    peoples_of: frozenset[str]  # "jews": with the demonyms, a people "of" a place
    route: re.Pattern  # "Goris-Stepanakert road": names joined by hyphens before a route's noun
    route_end: re.Pattern  # "-Stepanakert road": how every match of `route` ends; a scan from "-" to rule them out
    state_suffix: re.Pattern | None  # " SSR" after a name or a people's adjective: a Soviet republic, named with it
    citation_after: re.Pattern  # " 2001, p. 97" after a name: an author and year cited, not a place
    attributive: frozenset[str]
    regimes: frozenset[str]  # "Nazi", "Soviet": part of a state's name before a country's
    # a unit, newsroom, publication or case named after the place, past names joined to it:
    # "the Azov regiment", "the London and Belfast bureaus"
    not_after: re.Pattern
    kin: frozenset[str]  # "her son Cristino": a person's name follows
    vessels: frozenset[str]  # "the ship Marmara": a vessel's name follows
    peerage: re.Pattern  # "Lord Saville of ": a place after is part of a peer's title
    peoples: frozenset[str]  # peoples a town is named after: the people but in a place's slot
    name_heads: tuple[str, ...]  # "Operation", "Treaty of": what opens the name of an operation or treaty
    name_head: re.Pattern  # such a head and the capitalised words after it, up to a name
    building: re.Pattern  # " church": a building named by the unknown place before
    named_buildings: frozenset[str]  # "building": named by the name before, even a place the gazetteer knows
    directions: frozenset[str]  # "north-east", folded: a compass point, no place alone
    site_heads_before: re.Pattern  # "Plaza de ", "Stade du ": a site's foreign noun opening its name
    site_heads_bare: frozenset[str]  # of those nouns, the ones no particle need follow ("Plaza Mayor")
    foreign_goes_on: re.Pattern  # " de las ", " ", " y ": how such a name goes on to its next word
    body_for: re.Pattern  # "Tribunal for the former ": a country after it is in the body's name
    site_org_heads: frozenset[str]  # "Memorial": a place opening such a name is where the site is
    honorifics: frozenset[str]  # "Mr": a person's name follows
    described_person: re.Pattern  # ", 45," or ", a spokesman for": what a comma sets off after a person
    honorific_ends: frozenset[str]  # their last letters, and ".": most words before a name end otherwise
    # what a comma sets off after a name to say it is a place: ", a village near", ", 15 km south of"
    apposition: re.Pattern
    placed_by: re.Pattern  # ", near ", ", outside ": a known place after it places the name before the comma
    placed_by_in: re.Pattern  # ", in ": only with a place noun after the known place
    site_events: frozenset[str]  # "massacre", "killings": a harm named by where it happened
    site_event_after: re.Pattern  # one of them right after a name


def _words(items) -> list[str]:
    if isinstance(items, dict):
        return [w for group in items.values() for w in group]
    return list(items or [])


@cache
def _lexicon(language: str) -> _Lex:
    lx = lexicon.load(language, "places")
    cues, after = lx["cues_before"], lx["nouns_after"]
    strong = cues[f"{language}.cue.settlement"] + cues[f"{language}.cue.strong"]
    # acts of war done to a place work as weak cues: an unknown name after one must look like a place
    weak = cues[f"{language}.cue.weak"] + cues.get(f"{language}.cue.assault", [])
    verb = cues[f"{language}.cue.verb"]
    places = _words(after[f"{language}.after.place"]) + _words(after[f"{language}.after.site"])
    events = _words(after[f"{language}.after.event"])
    try:
        given = _words(lexicon.load(language, "first_names").get("given_names"))
    except UsageError:  # the persons family's lexicon: a help here, not a need
        given = []
    word = rf"(?:(?:[A-Z]\.){{2,}}|{_UP}\w*(?:['-]\w+)*{_PLURAL_POSSESSIVE})"
    inner = trie(lx["connectors"])  # a trie: one branch taken per space, not forty tried
    keys = lexicon.phrase_key
    return _Lex(
        # The first word is spelt out so that the pattern opens with a character class:
        # the engine then skips to the next capital in C (twice as fast as a lookbehind first).
        run=re.compile(rf"{_UP}(?<![\w'].)(?:(?<=[A-Z])\.(?:[A-Z]\.)+|\w*(?:['-]\w+)*{_PLURAL_POSSESSIVE})"
                       rf"(?:(?: (?:{inner}|{_ARTICLE}(?={_UP})))* {word}|-{word})*"),
        cues={keys(c): kind for kind, group in (("verb", verb), ("weak", weak), ("strong", strong),
                                                  ("list", lx["list_cues"])) for c in group},
        cue_words=max(len(c.split()) for c in strong + weak + verb + lx["list_cues"]),
        cue_last=frozenset(keys(c).split()[-1] for c in strong + weak + verb + lx["list_cues"]) | {"the"},
        cue_tails=frozenset(" ".join(w[i:]) for w in (keys(c).split() for c in strong + weak + verb + lx["list_cues"])
                            for i in range(1, len(w))),
        after=re.compile(
            rf"(?i:\s+(?:(?P<place>{lexicon.alternation(places)})|(?P<event>{lexicon.alternation(events)}))\b)"
        ),
        events=frozenset(e.lower() for e in events if " " not in e),
        connectors=frozenset(lx["connectors"]),
        name_connectors=frozenset(lx["unknown_name_connectors"]),
        qualifiers=frozenset(lx["qualifiers"]),
        prefixes=frozenset(lx["place_prefixes"]),
        modifiers=frozenset(lx["modifiers_before"]) | frozenset(lx["qualifiers"]),
        not_places=frozenset(fold_name(w) for w in lx["not_places"]),
        demonyms=frozenset(lx["demonyms"]),
        demonym_suffixes=tuple(sorted(lx["demonym_suffixes"], key=len, reverse=True)),
        org_heads=frozenset(lx["org_heads"]),
        org_after=frozenset(lx["organization_after"]),
        features=frozenset(lx["feature_nouns"]),
        titles=frozenset(lx["person_titles"]),
        # nouns of organisations, features and titles are common words when they stand alone
        common=frozenset(lx["common_words_news"].split()) | frozenset(lx["common_words_corpus"].split())
        | frozenset(lx["org_heads"]) | frozenset(lx["organization_after"]) | frozenset(lx["feature_nouns"])
        | frozenset(lx["person_titles"]),
        given_names=frozenset(g.lower() for g in given),
        lower_feature=re.compile(rf" (?:{trie(lx['lower_features'])})(?!\w)"),
        naming_features=frozenset(lx["naming_features"]),
        languages=frozenset(lx.get("languages", [])),
        peoples_of=frozenset(lx.get("peoples_of", [])),
        # the capital first, the lookbehind after it: the engine skips to the next capital in C
        route=re.compile(rf"(?P<names>{_UP}(?<![\w'-].)[\w']*(?:-{_UP}[\w']*)+) "
                         rf"(?:{lexicon.alternation(lx.get('route_nouns', []))})(?!\w)"),
        route_end=re.compile(rf"-{_UP}[\w']* (?:{lexicon.alternation(lx.get('route_nouns', []))})(?!\w)"),
        state_suffix=re.compile(rf" (?:{'|'.join(map(re.escape, lx['state_suffixes']))})(?![\w-])")
        if lx.get("state_suffixes") else None,
        citation_after=re.compile(r" \d{4}[a-z]?(?:, pp?\.| ?: ?\d)"),
        naming_word=re.compile(rf" (?:{'|'.join(w.capitalize() for w in lx['naming_features'])})(?!\w)"),
        attributive=frozenset(lx["attributive_nouns"]) | frozenset(lx["person_titles"])
        | frozenset(lx["organization_after"]),
        regimes=frozenset(lx.get("regime_adjectives", [])),
        not_after=re.compile(rf"(?:(?:,|,? and|,? or) {_UP}[\w'-]*(?: {_UP}[\w'-]*)?){{0,3}} "
                             rf"(?:{lexicon.alternation(lx.get('not_place_after', []))})(?!\w)"),
        kin=frozenset(lx.get("kin_before", [])),
        vessels=frozenset(lx.get("vessels_before", [])),
        building=re.compile(rf" (?:{'|'.join(lx.get('lower_buildings', []))})(?!\w)"),
        named_buildings=frozenset(lx.get("named_buildings", [])),
        directions=frozenset(fold_name(w) for w in lx.get("directions", [])),
        site_heads_before=re.compile(
            rf"(?<![\w'-])(?P<head>{'|'.join(map(re.escape, lx.get('site_heads_before', [])))})"
            rf"(?: (?P<particle>{'|'.join(lx.get('site_head_particles', []))}))?(?:(?<=') ?| )(?={_UP}|\d)"
        ) if lx.get("site_heads_before") else re.compile(r"(?!)"),
        site_heads_bare=frozenset(lx.get("site_heads_bare", [])),
        body_for=re.compile(rf"(?i:\b(?:{'|'.join(lx.get('bodies_for', []))}) for (?:the )?(?:former )?)$"),
        foreign_goes_on=re.compile(
            rf"(?: (?:{'|'.join(lx.get('site_head_particles', []) + ['y', 'e', 'la', 'las', 'los', 'el'])}))?"
            rf"(?:(?<=') ?| )(?={_UP}|\d)"
        ),
        site_org_heads=frozenset(lx.get("site_org_heads", [])),
        honorifics=frozenset(lx.get("honorifics", [])),
        described_person=re.compile(
            rf",\s(?:\d{{1,3}},|(?:(?:a|an|the)\s(?:[\w-]+\s)?)?"
            rf"(?:{lexicon.alternation(lx['person_nouns'] + lx['person_titles'] + lx['kin_before'])})\s"
            rf"(?:of|for|at|in|to|with|from|who)\b)"
        ),
        honorific_ends=frozenset(c for h in lx.get("honorifics", []) for c in (h[-1], h[-1].upper())) | {"."},
        apposition=re.compile(
            rf",\s(?:(?:a|an|the)\s(?:[\w-]+\s){{0,2}}(?:{lexicon.alternation(lx['apposition_nouns'])})\s"
            rf"(?:{lexicon.alternation(lx['apposition_links'])})\b"
            rf"|(?:(?:about|some|roughly|around|nearly|approximately|just|barely)\s)?\d[\d,.]*"
            rf"(?:\s|-)?(?:{lexicon.alternation(lx['distance_units'])})\b)"
        ),
        placed_by=re.compile(rf",\s(?:{lexicon.alternation(lx.get('placed_by', []))}) (?={_UP})"),
        placed_by_in=re.compile(rf",\s(?:{lexicon.alternation(lx.get('placed_by_in', []))}) (?={_UP})"),
        site_events=frozenset(lx.get("site_events", [])),
        site_event_after=re.compile(rf"(?i:\s+(?:{lexicon.alternation(lx.get('site_events', []))})\b)"),
        peerage=re.compile(rf"(?:{'|'.join(lx.get('peer_titles', []))}) {_UP}[\w'-]* of $"),
        peoples=frozenset(lx.get("peoples", [])),
        name_heads=tuple(h.split()[0] for h in lx.get("name_heads_before", [])),
        name_head=re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, lx.get('name_heads_before', [])))})"
                             rf"(?: the)? (?:{_UP}[\w'-]* ){{0,3}}$"),
    )


_fold = lru_cache(maxsize=1 << 16)(fold_name)


@lru_cache(maxsize=1 << 10)
def _is_language(word: str, language: str) -> bool:
    """"Azerbaijani", "Armenian", "Russian": a people's adjective, which names its language too."""
    return word.lower() in _lexicon(language).languages or _is_demonym(word, language)


@lru_cache(maxsize=1 << 14)
def _is_demonym(word: str, language: str) -> bool:
    """"Azerbaijani", "Armenians": listed, or a country or region's name plus a suffix."""
    lx, gz = _lexicon(language), get_gazetteer()
    w = word.lower()
    if w in lx.demonyms:
        return True
    for suffix in lx.demonym_suffixes:
        if w.endswith(suffix) and len(w) > len(suffix) + 3:
            kid = gz.key_id(w[: -len(suffix)])
            if kid is not None and gz.kind_of(gz.top(kid)) in STRONG_KINDS:
                return True
    return False


@lru_cache(maxsize=1 << 14)
def _plain_word(gz: Gazetteer, language: str, word: str) -> bool:
    """Whether a capitalised word after a place leaves it a place: vocabulary rather than
    part of a proper name ("Council", "Azerbaijani"), or a country's or region's name, which
    may follow another place ("Turkey Syria border") where a town's name after a place is
    more often a surname ("Chad Harrison")."""
    lx = _lexicon(language)
    w = word.lower()
    if w in lx.common or w in lx.connectors or w in lx.not_places or w in lx.org_heads or _is_demonym(w, language):
        return True
    kid = gz.key_id(word)
    return kid is not None and gz.kind_of(gz.top(kid)) in STRONG_KINDS


@lru_cache(maxsize=1 << 14)
def _nouns_in(name: str, language: str) -> tuple[bool, bool]:
    """Whether a capitalised run holds a feature noun ("Naf River") and an event noun
    ("Kohajaly Genocide"). Most runs hold neither, and the same runs recur."""
    lx = _lexicon(language)
    words = name.lower().split()
    return not lx.features.isdisjoint(words), not lx.events.isdisjoint(words)


@lru_cache(maxsize=1 << 14)
def _site_event_in(name: str, language: str) -> bool:
    """Whether a capitalised run holds a harm's noun ("The Varnesh Massacre"); see `_Context.event_site`."""
    return not _lexicon(language).site_events.isdisjoint(name.lower().split())


class _Key(NamedTuple):
    """What the rules ask of a gazetteer key, read once per key rather than per mention."""

    top: int  # the best-ranked entry
    strong_kind: bool  # the top entry is a country, region ... (STRONG_KINDS)
    strong: bool  # ... or a curated row
    needs_caps: bool
    own: bool  # the top entry's own name, not an alternate
    rivals: bool
    big_city: bool  # the top entry has BIG_CITY inhabitants or more
    plain: bool  # the top entry makes its country plain: a country, region, curated place or large city
    country: str  # of the top entry


@lru_cache(maxsize=1 << 15)  # bounded: memory stays flat however many names an archive holds
def _key(gz: Gazetteer, kid: int) -> _Key:
    top = gz.top(kid)
    strong_kind = gz.kind_of(top) in STRONG_KINDS
    strong = strong_kind or gz.is_curated(top)
    population = gz.population_of(top) or 0
    return _Key(top, strong_kind, strong, gz.key_needs_caps(kid), gz.key_is_own_name(kid), gz.rivals(kid),
                population >= BIG_CITY, strong or population >= LARGE_CITY, gz.country_of(top))


@lru_cache(maxsize=1 << 14)
def _place(gz: Gazetteer, entry: int) -> tuple[str, str, float | None, float | None]:
    """What a mention says of its place: id, display name, latitude and longitude."""
    return gz.id_of(entry), gz.display_of(entry), *gz.point_of(entry)


class _Surface(NamedTuple):
    folded: str
    single: bool  # one word
    key: _Key
    caps: bool  # written in capitals
    demonym: bool  # one word naming a people ("Azerbaijani"), see `_is_demonym`


@lru_cache(maxsize=1 << 15)
def _surface(gz: Gazetteer, language: str, surface: str, kid: int) -> _Surface | None:
    """What a gazetteer name found in the text says by itself, or None when that already
    rules it out: a listed non-place, a name with a lower-case word, a name only ever
    written in capitals written otherwise. Names recur, so this is kept."""
    lx = _lexicon(language)
    folded = _fold(surface)
    if folded in lx.not_places:
        return None
    single = " " not in surface
    if not single:
        # every word capitalised, bar connectors ("Bosnia and Herzegovina", "Cox's Bazar")
        for m in _WORD.finditer(surface):
            w = m.group()
            if (not w[0].isupper() and w.lower() not in lx.connectors
                    and surface[m.start() - 1] != "'" and not _ARTICLE_WORD.match(w)):
                return None
    k = _key(gz, kid)
    caps = surface.isupper()
    if k.needs_caps and not caps:
        return None
    return _Surface(folded, single, k, caps, single and _is_demonym(folded, language))


@dataclass(slots=True)
class _Hit:
    start: int
    end: int
    key: int
    rule: str
    prev: tuple[str, int] | None  # the capitalised word before, see `_Context.prev_word`


def find_places(doc: Doc, persons: list[Actor] | None = None,
                organizations: list[Actor] | None = None) -> list[PlaceMention]:
    """Every place the document names, in text order, one mention per occurrence.

    Given the document's persons and organisations, a place name that is part of an
    organisation's name ("Voice of America", "Government of Armenia") or a person's
    surname ("Andreotta posthumously") is not a place mention.
    """
    ctx = _Context(doc, _lexicon("en"), get_gazetteer())
    cover, norm = ctx.cover, ctx.norm
    lower_feature = ctx.lx.lower_feature
    features: list[int] = []  # ends of runs a lower-case feature noun follows ("the Drina valley")
    for start, end, text, lone_common in ctx.gazetteer_names():
        if norm.startswith(" ", end) and lower_feature.match(norm, end):
            features.append(end)
        # the runs where `around_run` would find nothing to do, skipped without a call
        if cover[start]:
            if (cover[end - 1] and " and " not in text and norm[end : end + 1] != ","
                    and not norm.startswith((" and ", " or "), end)):
                if (street := ctx.lx.naming_word.search(text)) and not cover[start + street.start() + 1]:
                    ctx.feature(start, end)  # "Khojaly Street in Baku": the street named after the town
                continue
        elif lone_common:
            continue
        ctx.around_run(start, end, text)
    for end in features:
        ctx.feature_after(end, lower_feature.match(norm, end).end())
    ctx.datelines()
    ctx.list_neighbours()
    ctx.heads_first()
    ctx.site_events()
    ctx.sites_placed()
    ctx.repeats()
    ctx.bracket_aliases()
    ctx.regimes()
    ctx.states()
    ctx.routes()
    ctx.buildings()
    ctx.not_named()
    ctx.short_forms()
    mentions = [ctx.mentions[k] for k in sorted(ctx.mentions)]
    if mentions and (persons or organizations):
        mentions = _not_in_names(doc, mentions, persons or [], organizations or [], ctx)
    return mentions


def _not_in_names(doc: Doc, mentions: list[PlaceMention], persons: list[Actor], organizations: list[Actor],
                  ctx: _Context) -> list[PlaceMention]:
    """The mentions outside every organisation's name that are no person's name or surname."""
    norm = doc.norm
    texts = [norm[m.span.start : m.span.end] for m in mentions]
    # only names that hold a place name are searched for: most hold none
    # in any case: a heading in capitals repeats a body's name ("TRIBUNAL FOR THE FORMER YUGOSLAVIA")
    names = {n.lower() for a in organizations for n in (a.name, norm[a.span.start : a.span.end])}
    joined = "\n".join(names)
    held = {t for t in set(texts) if t.lower() in joined}
    inside: list[tuple[int, int]] = []
    lower = doc.lower
    for name in (n for n in names if any(t.lower() in n for t in held)) if held else ():
        at = lower.find(name)
        while at != -1:
            inside.append((at, at + len(name)))
            at = lower.find(name, at + 1)
    site_heads = ctx.lx.site_org_heads
    # only the surnames that some mention is written as matter
    surnames: set[str] = set()
    full: set[str] = set()
    written = set(texts)
    given_names = ctx.lx.given_names
    for a in persons:
        words = a.name.split()
        if len(words) > 1:
            # any word of a full name but a given name: a family name may come first ("Chun Doo-hwan")
            surnames.update(w for w in words if w in written and w.lower() not in given_names and w[:1].isupper())
            if len(words) == 2 and words[1] in written and words[0].lower() not in given_names:
                surnames.add(words[1])  # "Pope Francis", "King Abdullah": a title and the one name it goes with
            full.add(norm[a.span.start : a.span.end])
        elif words and words[0] in written:
            surnames.add(words[0])
    suspect = held | surnames | full
    if suspect.isdisjoint(texts):
        return mentions
    out = []
    for m, text in zip(mentions, texts):
        if text in suspect:
            s, e = m.span.start, m.span.end
            if text in held and any(a <= s and e <= b and not _located_by(norm, a, b, m, site_heads, ctx)
                                    for a, b in inside):
                continue
            if text in full or text in surnames and not ctx.well_known(text) and ctx.cue(s) not in ("strong", "list"):
                continue  # but "near the town of Ampatuan" is the town, whoever bears its name
        out.append(m)
    return out


def _located_by(norm: str, a: int, b: int, m: PlaceMention, site_heads: frozenset[str], ctx: _Context) -> bool:
    """Whether the organisation's name `norm[a:b]` names where it is, and so the place
    `m` inside it: after "in" ("the U.S. Embassy in Astana", "the Panel on Accountability
    in Sri Lanka"), or opening the name of a memorial or museum ("the Kigali Genocide
    Memorial"), unless the place is a country ("the United States Holocaust Memorial
    Museum" stands in Washington)."""
    s = m.span.start
    if norm.endswith((" in ", " in the "), a, s):
        return True
    if s != a or norm[a:b].rsplit(None, 1)[-1].lower() not in site_heads:
        return False
    entry = ctx.entries.get((s, m.span.end))
    return entry is None or ctx.gz.kind_of(entry) not in ("country", "continent")


class _Context:
    """One `find_places` call: the document and its mentions so far."""

    def __init__(self, doc: Doc, lx: _Lex, gz: Gazetteer) -> None:
        self.doc, self.norm, self.lx, self.gz = doc, doc.norm, lx, gz
        # `norm` with line breaks as spaces: one `rfind(" ")` finds where the word before a name starts
        self.one_line = doc.norm.replace("\n", " ")
        self.lang = "en"
        self.sentence_starts = doc.sentence_starts
        self.mentions: dict[tuple[int, int], PlaceMention] = {}
        self.entries: dict[tuple[int, int], int] = {}  # the gazetteer entry of each resolved mention
        self.cover = bytearray(len(doc.norm) + 1)  # 1 at each offset inside a mention
        self.forms: dict[str, int] = {}  # folded names of resolved mentions -> entry
        self.form_shapes: set[tuple[str, int]] = set()  # the first letter and length of each form
        self.names_seen: set[str] = set()
        self.doc_fuzzy_cache: dict[str, tuple[int, tuple[int, float] | None]] = {}
        self.person_words: set[str] = set()  # words of capitalised runs judged not places
        self.votes: dict[str, int] = {}  # countries the document names, for disambiguation
        self.own_votes: dict[int, int] = {}  # the votes a region's name with namesakes gave its top entry
        # What the document shows of each country, for names that are a guess (`trust`):
        self.named_in: dict[str, set[int]] = {}  # country -> the places named in it
        self.plain: set[str] = set()  # countries named, or a region, curated place or large city of theirs
        self.own_named: set[int] = set()  # places named by their own name
        self.fuzzy_cache: dict[str, tuple[int, float] | None] = {}
        self.nouns_after: dict[int, str | None] = {}  # see `noun_after`
        self.head_spans: list[tuple[int, int]] | None = None  # see `after_name_head`
        self.peoples_countries: set[str] | None = None  # see `peoples_named`

    # --- what is around a name ---------------------------------------------------

    def cue(self, start: int) -> str | None:
        """"list", "strong", "weak" or "verb": what the words right before `start` say of a
        name there (a "the" between does not count; punctuation between stops any cue)."""
        norm = self.norm
        if start < 2 or norm[start - 1] != " " or not norm[start - 2].isalpha():
            return None
        # Most names follow no cue: the word right before settles that without splitting the text.
        lx = self.lx
        last = norm[self.one_line.rfind(" ", start - 40 if start > 40 else 0, start - 1) + 1 : start - 1].lower()
        if last not in lx.cue_last and last.lstrip(_PUNCT) not in lx.cue_last:
            return None
        if last != "the" and last not in lx.cue_tails:
            return lx.cues.get(last.lstrip(_PUNCT))  # a cue of one word ("in", "near"): no longer one ends here
        n = lx.cue_words
        # the last words of the 60 characters before: the cue's words, a "the", and the rest unsplit
        words = norm[start - 60 if start > 60 else 0 : start].lower().rsplit(None, n + 1)
        first = 1 if len(words) > n + 1 else 0
        if words[-1] == "the":
            words.pop()
            if len(words) == first or not words[-1][-1:].isalpha():
                return None
        # The longest cue ending here, grown word by word from the end while the words
        # so far end some cue ("of" -> "village of" -> "the village of").
        cues, tails = lx.cues, lx.cue_tails
        phrase = words[-1]
        kind = cues.get(phrase.lstrip(_PUNCT))
        i, lowest = len(words) - 1, max(first, len(words) - n)
        while i > lowest and phrase in tails:
            i -= 1
            phrase = f"{words[i]} {phrase}"
            kind = cues.get(phrase.lstrip(_PUNCT)) or kind
        if kind is None and words[-1] == "of" and len(words) > first + 1 \
                and ((w := words[-2].lstrip(_PUNCT)) in lx.peoples_of or _is_demonym(w, self.lang)):
            return "strong"  # "the Tutsi of Bisesero", "the Jews of Kaunas": a people of a place
        return kind

    def cue_kind(self, phrase: str) -> str | None:
        return self.lx.cues.get(phrase)

    def starts_sentence(self, pos: int) -> bool:
        i = bisect_right(self.sentence_starts, pos) - 1
        return i >= 0 and self.sentence_starts[i] == pos

    def noun_after(self, end: int) -> str | None:
        """"place", "event" or None: the noun right after a name ("camp", "massacre"), read once per offset,
        as several rules ask of the same name; the pattern opens with a space."""
        found = self.nouns_after.get(end, 0)
        if found == 0:
            m = self.lx.after.match(self.norm, end) if self.norm[end : end + 1].isspace() else None
            found = self.nouns_after[end] = None if m is None else ("place" if m.group("place") else "event")
        return found

    def prev_word(self, start: int) -> tuple[str, int] | None:
        """The capitalised word right before `start` (one space between), with its offset,
        unless it is a common word opening the sentence ("In Khojaly")."""
        norm = self.norm
        if start < 3 or norm[start - 1] != " " or not (
                norm[start - 2].isalpha() or norm[start - 2] == "'" and norm[start - 3] == "s"):
            return None  # "Heroes' Acre": a plural possessive is a word of the name
        i = self.one_line.rfind(" ", start - 40 if start > 40 else 0, start - 1) + 1
        word = norm[i : start - 1].lstrip(_PUNCT)
        i = start - 1 - len(word)
        if not word[:1].isupper():
            return None
        if word.lower() in self.lx.common and self.starts_sentence(i):
            return None
        return word, i

    def next_capital(self, end: int) -> str | None:
        if not self.norm[end + 1 : end + 2].isupper():
            return None  # most names are followed by a lower-case word: no regex then
        m = _NEXT_WORD.match(self.norm, end)
        return m.group(1) if m else None

    def in_person_name(self, start: int, end: int, prev: tuple[str, int] | None, nxt: str | None) -> bool:
        """Glued to an unknown capitalised word or after a given name: part of a person's
        or a company's name ("Monte Melkonian", "Vladimir Putin", "George Washington")."""
        if nxt and not nxt.isupper() and not _plain_word(self.gz, self.lang, nxt):
            if self.norm[start:end].lower() in self.lx.given_names:
                self.person_words.update(_fold(self.norm[start:end] + " " + nxt).split())
            return True
        if prev and prev[0].lower() in self.lx.given_names:
            self.person_words.update(_fold(prev[0] + " " + self.norm[start:end]).split())
            return True
        return False

    def well_known(self, name: str) -> bool:
        """A country, region, curated place or large city: a place even beside a person who
        shares its name ("George Washington" leaves Washington a place)."""
        kid = self.gz.key_id(name)
        k = None if kid is None else _key(self.gz, kid)
        if k is None or not (k.plain and k.own):
            return False  # "Stalin", an old name of Donetsk, is the man
        # written as the place is, not with an accent it lacks ("Gilberto Jordán" is no Jordan)
        return name.isascii() or name == self.gz.display_of(k.top)

    def glued(self, start: int, end: int, prev: tuple[str, int] | None, nxt: str | None) -> bool:
        """Next to another capitalised word ("Motorized Rifle Regiment", "Tula Toli"), or a
        particle that goes on with the name ("Deir al-Balah", "Plan de Sanchez"): one word
        of a longer name the gazetteer does not have. A place noun after ("Kharkiv
        Region") or a prefix or modifier before ("Lake Sevan", "Greater Baku") is fine."""
        norm = self.norm
        # a heading in capitals: its common words glue to no name ("VILLAGES OF THE KHANLAR AND SHAUMYAN DISTRICTS")
        caps = norm[start:end].isupper() and not all(self.plain_capitals(w) for w in norm[start:end].split())
        if nxt and self.noun_after(end) is None and not (caps and self.plain_capitals(nxt)):
            return True
        if _NAME_GOES_ON.match(norm, end):
            return True
        if start > 1 and norm[start - 1] == "-" and norm[start - 2].isalpha():
            return True
        if start > 1 and norm[start - 1] == " " and _particle_before(norm, start):
            return True
        if prev is None or prev[0].endswith("'s") or caps and self.plain_capitals(prev[0]):
            return False
        w = prev[0].lower()
        return w not in self.lx.prefixes and w not in self.lx.modifiers

    def plain_capitals(self, word: str) -> bool:
        """"THE", "AND", "VILLAGES": a common word or connector written in capitals."""
        w = word.lower()
        return word.isupper() and (w in self.lx.common or w in self.lx.connectors or w in self.lx.cue_last)

    # --- gazetteer names ---------------------------------------------------------

    def gazetteer_names(self) -> list[tuple[int, int, str, bool]]:
        """Write the gazetteer names found in capitalised runs; return the runs:
        (start, end, text, whether it is one common word)."""
        norm, gz = self.norm, self.gz
        accepted: list[_Hit] = []
        pending: list[_Hit] = []
        runs: list[tuple[int, int, str, bool]] = []
        common = self.lx.common
        # Scanning the capitalised runs alone spares the automaton the lower-case prose.
        for run in self.lx.run.finditer(norm):
            text = run.group()
            rs = run.start()
            if rs > 2 and norm[rs - 1] == "-" and (a := _ARTICLE_BEFORE.search(norm, max(0, rs - 5), rs)):
                rs, text = a.start(), norm[a.start() : run.end()]  # "al-Houla": the article opens the name
            lone_common = " " not in text and text.lower() in common and not _ARTICLE_WORD.match(norm, run.end() + 1)
            if lone_common and (
                rs == 0 or norm[rs - 1] == "\n" or (norm[rs - 1] == " " and norm[rs - 2 : rs - 1] in '.!?:"\n')
            ):
                # A lone common word opening a sentence ("The", "Immediately"): no place can be
                # in it, as a place that is a common word needs a cue before it; nor around it.
                continue
            runs.append((rs, run.end(), text, lone_common))
        for s, e, kid in gz.names_in_spans(norm, runs):
            if not norm[s].isupper():
                continue
            while e < len(norm) and norm[e].isalpha() and not _fold(norm[e]):
                e += 1  # "Маріуполь": a letter the fold drops (a soft sign) still ends the name
            facts = _surface(gz, self.lang, norm[s:e], kid)
            if facts is None:
                continue
            prev = self.prev_word(s)
            verdict = self.judge(s, e, facts, prev)
            if verdict is not None:
                hit = _Hit(s, e, kid, verdict or "en.places.gazetteer", prev)
                (pending if verdict == "" else accepted).append(hit)
        # a bare word seen elsewhere inside a person's name is that person, not a place
        if pending:
            accepted += [h for h in pending if _fold(norm[h.start : h.end]) not in self.person_words]
        accepted = _leftmost_longest(accepted)
        qualifiers = self.lx.qualifiers
        for h in [h for h in accepted if h.prev and h.prev[0].lower() in qualifiers]:
            # "South West Africa": a qualified name takes in the names inside it ("South West")
            start = self.compound_start(h)
            if start < h.prev[1]:
                accepted = [x for x in accepted if not start <= x.start < h.start]
        votes = self.votes
        for h in accepted:
            k = _key(gz, h.key)
            if (not k.rivals or k.strong_kind) and k.country:
                votes[k.country] = votes.get(k.country, 0) + 1
                if k.rivals:
                    self.own_votes[h.key] = self.own_votes.get(h.key, 0) + 1
                self.named_in.setdefault(k.country, set()).add(k.top)
                if k.plain:
                    self.plain.add(k.country)
                if k.own:
                    self.own_named.add(k.top)
        for h in accepted:
            self.write_hit(h)
        return runs

    def judge(self, s: int, e: int, facts: _Surface, prev: tuple[str, int] | None) -> str | None:
        """The rule that accepts a capitalised gazetteer name here, "" when it is accepted
        unless the document shows it elsewhere inside a person's name, None to reject.
        `facts` are what the name alone says (`_surface`), the words around are read here."""
        lx = self.lx
        folded, single, k, caps, demonym = facts
        strong = k.strong
        if caps and self.section_path(s):
            return None  # "WORLD | ASIA": the desk a story is filed under, no place named
        if caps and self.dateline(s, e):
            return "en.places.dateline"  # before the acronyms: "GAO, Mali (AP) -" is a town
        if caps and len(folded) <= 5 and not (strong and self.abbreviation_ok(s, e)):
            return None  # an acronym is a place only as a known abbreviation ("US", not "NATO")
        if caps and len(folded) <= 4 and self.attributive(e):
            return None  # "the US government", "U.S. soldiers": an adjective, no place named
        if len(folded) <= 2 and not (caps and strong):
            return None
        if self.norm[e : e + 1] == '"' and self.norm.endswith(_NICKNAME_BEFORE, 0, s):
            return None  # 'known to the crews as "Texas"', 'Camp Bravo ("Moscow")': a nickname
        if demonym or folded in lx.peoples and not self.people_as_place(s, e):
            return None
        if folded in lx.languages and self.cue(s) not in ("strong", "list"):
            return None  # "means 'rain' in Shona": a language's name
        if folded in lx.directions and self.noun_after(e) != "place":
            return None  # "the North-East", but "North West province"
        if single and folded in lx.features and s > 2 and self.norm[s - 1] == " " and self.norm[s - 2].isalpha():
            ws = self.one_line.rfind(" ", max(0, s - 40), s - 1) + 1
            if self.norm[ws].isupper():
                return None  # "Sand Creek", "Willow Creek": the last word of a longer name
        if self.after_honorific(s):
            return None  # "Mr Lincoln", "Dr Chester": a person
        if self.norm.endswith(" ", 0, s) and self.lx.body_for.search(self.norm, max(0, s - 50), s):
            return None  # "the Tribunal for the former Yugoslavia": the body's name, no place named
        nxt = self.next_capital(e)
        if self.in_person_name(s, e, prev, nxt) or (not strong and self.glued(s, e, prev, nxt)):
            return None
        if nxt and nxt.lower() in lx.org_after:
            return None  # "Arakan Army", "Azerbaijan Airlines": an organisation's name
        if nxt and not caps and _is_demonym(nxt, self.lang) and not self.cue(s):
            return None  # "Karabakh Armenian forces", "Kosovo Albanians": a part of a people, no place named
        if not strong and self.norm.startswith(",", e) and lx.described_person.match(self.norm, e):
            return None  # "Delgado, 45, said", "Kozlov, leader of the party": a person
        if self.not_named_as_place(s, e):
            return None
        if len(folded) <= (3 if k.plain else 4) and not k.own and not strong and not self.cue(s):
            return None  # a short alternate name ("Hag" for The Hague) needs a cue; "Jeju" for a large city does not
        if folded in lx.common and not ((strong and k.own) or k.big_city):
            # "Split", "Reading", "Of": a place only where the words around say so
            if _LABEL_AFTER.match(self.norm, e):
                return None  # "Rule 110(2)", "the Law on the Settlement of Nomads": a numbered or titled text
            if (self.cue(s) and not self.in_title(s)) or self.noun_after(e) == "place":
                return "en.places.gazetteer_context"
            return None
        return "en.places.gazetteer" if strong else ""

    def people_as_place(self, s: int, e: int) -> bool:
        """Whether a people's name that a town bears stands where a place does: "near
        Cheyenne", "in Cheyenne on Friday", "Cheyenne, Wyoming" (see `peoples`)."""
        norm = self.norm
        if norm.startswith(", ", e) and (m := _AFTER_COMMA.match(norm, e + 2)) and m.group("place"):
            kid = self.gz.key_id(m.group("place"))
            if kid is not None and _key(self.gz, kid).strong_kind:
                return True
        cue = self.cue(s)
        return cue in ("strong", "list") or cue == "weak" and _PLACE_SLOT_END.match(norm, e) is not None

    def after_honorific(self, s: int) -> bool:
        """Right after "Mr", "Dr." or another honorific: a person's name."""
        norm = self.norm
        if s < 3 or norm[s - 1] != " " or norm[s - 2] not in self.lx.honorific_ends:
            return False
        word = norm[self.one_line.rfind(" ", max(0, s - 12), s - 1) + 1 : s - 1].lstrip(_PUNCT)
        return word.rstrip(".").lower() in self.lx.honorifics and word[:1].isupper()

    def not_named_as_place(self, s: int, e: int) -> bool:
        """The name of a unit, newsroom or case, an adjective ("the Azov regiment", "the Europe
        desk", "the Kharkiv regional prosecutor"), a party to a lawsuit ("Janowiec and Others
        v. Russia"), or the head of a foreign name that goes on in lower case ("Centre de la
        mémoire"): the place is not named as a place."""
        norm, lx = self.norm, self.lx
        if norm.startswith(" ", e) and lx.not_after.match(norm, e):
            return True
        if s > 2 and norm[s - 1] == " ":
            word = norm[norm.rfind(" ", max(0, s - 16), s - 1) + 1 : s - 1]
            if word in lx.kin or word in lx.vessels:
                return True  # "her son Cristino", "the ferry Sewol"
            if norm.endswith(" of ", 0, s) and lx.peerage.search(norm, max(0, s - 40), s):
                return True  # "Lord Saville of Newdigate"
        if norm.startswith((" v. ", " v ", " vs. ", " and Others v. "), e) or norm.endswith((" v. ", " vs. "), 0, s):
            return True
        if self.after_name_head(s) and lx.name_head.search(norm[max(0, s - 60) : s]):
            return True  # "Operation Lancaster", "the Treaty of the Upper Platte"
        if norm.startswith(" d", e) and (m := _FOREIGN_GOES_ON.match(norm, e)) and not m.group(1)[0].isupper():
            return True
        return False

    def after_name_head(self, s: int) -> bool:
        """Whether one of the words that open an operation's or a treaty's name ("Operation", "Treaty") stands
        whole in the 60 characters before `s`: the document's occurrences of them are found once, in order."""
        spans = self.head_spans
        if spans is None:
            norm, spans = self.norm, []
            for head in self.lx.name_heads:
                at = norm.find(head)
                while at != -1:
                    spans.append((at, at + len(head)))
                    at = norm.find(head, at + 1)
            spans.sort()
            self.head_spans = spans
        lo = s - 60 if s > 60 else 0
        i = bisect_left(spans, (lo, 0))
        while i < len(spans) and spans[i][0] < s:
            if spans[i][1] <= s:
                return True
            i += 1
        return False

    def attributive(self, e: int) -> bool:
        """Whether the word after a country's abbreviation makes it an adjective: a noun it
        qualifies ("government", "soldiers") or a title or body ("Secretary", "Army")."""
        norm = self.norm
        if norm.startswith(".", e):
            e += 1
        if not norm.startswith(" ", e):
            return False
        m = _WORD.match(norm, e + 1)
        return m is not None and m.group().lower() in self.lx.attributive

    def in_title(self, s: int) -> bool:
        """Whether the cue before a common word is itself inside a capitalised title:
        "Leave None to Tell the Story" is a book, not a journey to Tell."""
        words = self.norm[max(0, s - 50) : s].split()
        if len(words) < 3:
            return False
        before = words[-2]
        return (before[:1].isupper() and before.lower() in self.lx.common
                and words[-3][-1:] not in ".!?:\"" and words[-1].islower())

    def in_long_title(self, s: int) -> bool:
        """Whether the cue word before `s` sits inside a title in capitals, two capitalised
        words before it, the first not opening the sentence: "... of All Persons from
        Enforced Disappearance" (but "The Minister from Qwertabad" opens a sentence)."""
        words = self.norm[max(0, s - 60) : s].split()
        if len(words) < 4 or not words[-1].islower():
            return False
        a, b, before = words[-3], words[-2], words[-4]
        return (a[:1].isupper() and b[:1].isupper() and before[-1:] not in ".!?:\"" and a.lower() in self.lx.common
                and b.lower() in self.lx.common)

    def dateline(self, s: int, e: int) -> bool:
        """"GENEVA (25 March) -", "KYIV, Ukraine -": a place in capitals opening a news item. A
        short one ("GAO", "TYRE") is told from an acronym opening a line ("WHO, UNICEF and ...")
        by what follows it: a dash, a bracket closed before a dash, or a place after the comma."""
        norm = self.norm
        if not (s == 0 or norm[s - 1] == "\n") or norm[e : e + 2] not in (" (", ", ", " -"):
            return False
        return e - s > 5 or _DATELINE_TAIL.match(norm, e) is not None and self.dateline_tail_ok(e)

    def section_path(self, s: int) -> bool:
        """Whether `s` is on a line of section labels in capitals, "WORLD | ASIA", "NEWS > EUROPE"."""
        norm = self.norm
        a, b = norm.rfind("\n", 0, s) + 1, norm.find("\n", s)
        line = norm[a : b if b != -1 else len(norm)]
        return len(line) < 80 and (" | " in line or " > " in line) and line.isupper()

    def dateline_tail_ok(self, e: int) -> bool:
        """After a comma, the words up to the next comma or bracket are a known place
        ("KYIV, Ukraine", "QANA, Lebanon") or a date ("GAO, March 3 (AP)")."""
        norm = self.norm
        if norm.startswith(" (", e) and (close := norm.find(")", e, e + 32)) != -1 and norm.startswith(", ", close + 1):
            e = close + 1  # "GANJA (GƏNCƏ), Azerbaijan": the place's other name in brackets, then the comma
        if not norm.startswith(", ", e):
            return True
        m = _AFTER_COMMA.match(norm, e + 2)
        if m is None:
            return False
        if m.group("date"):
            return True
        kid = self.gz.key_id(m.group("place"))
        return kid is not None and _key(self.gz, kid).strong_kind

    def datelines(self) -> None:
        """ "DRASNIKI, Bosnia, July 9 -", "VELMARO (Reuters) -": a name in capitals the gazetteer
        does not know opening a line, placed by a known country or region after a comma or
        credited to an agency in brackets before the dash. A heading in capitals before a
        dash ("LAW REPORT DIGEST - ...") is neither."""
        norm = self.norm
        for m in lexicon.at_line_starts(_DATELINE_NAME, norm):
            s, e = m.span(1)
            if self.covered(s, e) or m.group(2) is None and not self.dateline_tail_ok(e):
                continue
            tokens = m.group(1).split()
            if self.plausible([t.capitalize() for t in tokens]) and not any(
                    t.lower() in self.lx.common for t in tokens):
                self.add(s, e, "en.places.dateline", None, confidence=0.5)

    def abbreviation_ok(self, s: int, e: int) -> bool:
        """"US" in running text, not "US" in a shouted headline ("HELP US NOW")."""
        if e - s > 2:
            return True
        nxt = self.next_capital(e)
        prev = self.norm[max(0, s - 12) : s].split()[-1:]
        return not any(w and len(w) > 1 and w.isupper() for w in (nxt, prev[0] if prev else None))

    def compound_start(self, h: _Hit) -> int:
        """Where a qualified name starts: "South West Africa", and the colonial names of parts
        of a continent, "French West Africa", "German South West Africa", are one name each,
        the qualifiers and the ruler's adjective before the continent words of it."""
        start = h.prev[1]
        lx, norm = self.lx, self.norm
        continent = self.gz.kind_of(_key(self.gz, h.key).top) == "continent"
        for _ in range(2):
            if start < 2 or norm[start - 1] != " ":
                break
            ws = norm.rfind(" ", max(0, start - 30), start - 1) + 1
            word = norm[ws : start - 1]
            if not word[:1].isupper() or not (
                    word.lower() in lx.qualifiers or continent and _is_demonym(word, self.lang)):
                break
            start = ws
        return start

    def write_hit(self, h: _Hit) -> None:
        lx = self.lx
        start, end = h.start, h.end
        if self.norm.startswith(".", end) and "." in self.norm[start:end]:
            end += 1  # "U.S." keeps its last full stop
        if h.prev and ((w := h.prev[0].lower()) in lx.qualifiers or w in lx.prefixes):
            # "West Darfur", "Mount Sinjar": a part of the place or a feature named after
            # it, not the place itself; named as written, not resolved
            self.add(self.compound_start(h), end, "en.places.qualified", None, confidence=0.6)
            return
        entry = self.choose(h.key)
        trust = self.trust(entry, "own" if _key(self.gz, h.key).own else "alternate")
        if trust == "no":
            if h.rule == "en.places.gazetteer" and (not self.cue(start) or self.norm.endswith(_NAMING, 0, start)) \
                    and self.noun_after(end) != "place":
                # an alternate name of a small place abroad, and nothing around says place
                # (a name given something is as often a person's): a person or a word
                # ("her son Cristino", "known as Toumba")
                return
            self.add(start, end, h.rule, None, confidence=0.5)
            return
        if h.rule == "en.places.gazetteer" and self.stray(entry, start, end):
            return
        self.add(start, end, h.rule, entry, kid=h.key, confidence=DOUBTFUL if trust == "doubtful" else None)

    def peoples_named(self) -> set[str]:
        """The countries whose people's adjective the document writes ("Bosnian", "Israeli"): a
        sign of the country as good as its name, for `stray`."""
        if self.peoples_countries is None:
            gz, lx = self.gz, self.lx
            found: set[str] = set()
            for word in set(_CAPITALISED.findall(self.norm)):
                w = word.lower()
                for suffix in lx.demonym_suffixes:
                    if w.endswith(suffix) and len(w) > len(suffix) + 3:
                        kid = gz.key_id(w[: -len(suffix)])
                        if kid is not None and gz.kind_of(top := gz.top(kid)) in STRONG_KINDS:
                            found.add(gz.country_of(top))
                            break
            self.peoples_countries = found
        return self.peoples_countries

    def harm_of(self, start: int) -> bool:
        """Right after an event's noun and "of": "the tragedy of Srebrenica", "the siege of Goražde"."""
        norm = self.norm
        if not norm.endswith(" of ", 0, start):
            return False
        ws = norm.rfind(" ", max(0, start - 24), start - 4) + 1
        return norm[ws : start - 4].lower() in self.lx.events

    def stray(self, entry: int, start: int, end: int) -> bool:
        """"Caspian oil", "Landmark judgments": a small town's name, written once, in a country the
        document names nothing else of, with nothing around it that says place, is a word that a
        town abroad happens to bear."""
        gz = self.gz
        if (gz.population_of(entry) or 0) >= SMALL_TOWN or gz.kind_of(entry) in STRONG_KINDS or gz.is_curated(entry):
            return False
        country = gz.country_of(entry)
        if country in self.plain or self.named_in.get(country, set()) - {entry}:
            return False
        norm = self.norm
        if self.cue(start) or self.noun_after(end) is not None or self.harm_of(start):
            return False  # "near Potočari", "the Branjevo killings", "the tragedy of Srebrenica"
        if norm.startswith((",", " and ", " or "), end) or norm.endswith((", ", " and ", " or "), 0, start):
            return False  # "Lidice and Oradour", "Oradour, Lidice": listed with other places
        # only a word qualifying the noun after it, after an article, "of" or a dash: "of the Pavlov
        # psychiatric hospital", "- Landmark judgments"; not a subject ("Srebrenica fell in July")
        before = norm[max(0, start - 12) : start].split()[-1:]
        if not (before and before[0].lower() in _QUALIFIED_AFTER and norm[end : end + 1] == " "
                and norm[end + 1 : end + 2].islower()):
            return False
        # the signs read from the whole document last: most names are settled by the words around them
        return country not in self.peoples_named() and norm.count(norm[start:end]) == 1

    def trust(self, entry: int, how: str) -> str:
        """"yes", "doubtful" or "no": whether a name reached `how` ("own" name,
        "alternate" name, "misspelt") may stand for `entry`.

        A name is a guess when it reaches a place only through one of its alternate
        names ("Abok" for Obock) or as a misspelling, and an unknown namesake is then
        likelier than a small town in a country the document gives no sign of. So a
        guess needs signs of its country other than itself: for an alternate name the
        country or any other place in it; for a misspelling, a guess on a guess
        ("Branjevo" for Braniewo, once called "Branevo"), the country itself, a region,
        curated place or large city of it, or two other places in it. Countries, regions,
        curated places and large cities need no sign, nor does a place the document also
        names by its own name. An alternate name in a document naming no country is doubtful.
        """
        gz = self.gz
        if how == "own" or entry in self.own_named or gz.kind_of(entry) in STRONG_KINDS or gz.is_curated(entry) or (
            (gz.population_of(entry) or 0) >= LARGE_CITY
        ):
            return "yes"
        country = gz.country_of(entry)
        places = self.named_in.get(country, ())
        if country in self.plain or len(places) - (entry in places) >= (2 if how == "misspelt" else 1):
            return "yes"
        if how == "alternate" and not (self.named_in.keys() - {country}):
            return "doubtful"
        return "no"

    def choose(self, kid: int) -> int:
        """The entry a name means here: the best-ranked, unless that is a town or region in
        a country the document never names and a namesake lies in one it does ("Northern
        Province" in a text on Sri Lanka). A region's name votes for its top entry's
        country; that vote alone does not count. A country's name is never a namesake's."""
        gz = self.gz
        k = _key(gz, kid)
        if not k.rivals or self.votes.get(k.country, 0) > self.own_votes.get(kid, 0):
            return k.top
        if k.strong_kind and gz.kind_of(k.top) not in ("admin1", "region"):
            return k.top
        top = k.top
        for i in gz.key_entries(kid, 40)[1:]:
            if self.votes.get(gz.country_of(i)):
                return i
        return top

    def add(self, start: int, end: int, rule: str, entry: int | None, *, kid: int | None = None,
            name: str | None = None, confidence: float | None = None) -> None:
        if name is None:
            name = self.doc.text[start:end]
            if not name.isprintable():
                name = " ".join(name.split())  # a name broken across lines
        if entry is None:
            m = PlaceMention(Span(start, end), rule, name, None, None, None, None, confidence or 0.5)
        else:
            gz = self.gz
            if confidence is None:
                # its own name rather than an alternate; no namesake of the same standing
                k = None if kid is None else _key(gz, kid)
                own = k is None or k.own
                rivals = k is not None and k.rivals
                confidence = (1.0 if own else 0.9) if not rivals else (0.8 if own else 0.72)
            place, display, lat, lon = _place(gz, entry)
            m = PlaceMention(Span(start, end), rule, name, place, display, lat, lon, confidence)
            self.entries[(start, end)] = entry
            if name not in self.names_seen:
                self.names_seen.add(name)
                self.remember(_fold(name), entry)
                self.remember(_fold(display), entry)
        self.mentions[(start, end)] = m
        self.cover[start:end] = b"\x01" * (end - start)

    def remember(self, form: str, entry: int) -> None:
        if form not in self.forms:
            self.forms[form] = entry
            self.form_shapes.add((form[:1], len(form)))

    def covered(self, start: int, end: int) -> bool:
        return self.cover[start] or self.cover[end - 1]

    # --- names the gazetteer does not know ---------------------------------------

    def around_run(self, start: int, end: int, text: str) -> None:
        """Cues around one capitalised run, `text`: a list, a cue word, a place or event noun.
        (`find_places` skips a lone common word, "Victory", "Council": it names no unknown place.)"""
        norm = self.norm
        if " and " in text:
            self.coordination(start, end)
        if self.cover[start] and self.cover[end - 1]:
            # known names: only a list can add to them ("the villages of Tugh, X and Y")
            if norm[end : end + 1] == "," or norm.startswith(" and ", end) or norm.startswith(" or ", end):
                cue = self.cue(start)
                if cue == "list":
                    self.list_at(start)
                elif cue in ("strong", "weak"):
                    self.cued_name(start, cue == "strong")  # "from Nasir and Ulang"
            return
        space = text.find(" ")
        if space > 0 and (lead := self.cue_kind(text[:space].lower())) and (
                self.starts_sentence(start) or start == 0 or norm[start - 1] == "\n"
                or norm.endswith((" - ", ": "), 0, start)):
            # "In Tula Toli, ...", "At the Tuol Sleng prison": a cue opening the sentence or the
            # line, or a timeline's entry after its date and dash ("3 May 1921 - At Camp Weld")
            rest = start + space + 1
            if norm.startswith("the ", rest):
                rest += 4
            if rest < end:
                self.around_cue(rest, end, lead, fronted=True)
            return
        if space > 0 and not self.cover[start] and self.starts_sentence(start) \
                and (inner := _INNER_CUE.match(text, space)) \
                and (kind := self.cue_kind(inner.group(1))
                     or self.cue_kind(f"{text[:space].lower()} {inner.group(1)}")) in ("weak", "strong"):
            # "Fighting in Zamzam camp", "People near Tugh": a sentence's first word, then a cue the run took in,
            # or that word and the cue's together ("Attacks on Mabonde and Goma followed")
            self.around_cue(start + inner.end(), end, kind)
            return
        of = text.find(" of ")
        head = text[4:of] if text.startswith("The ") else text[:of]
        if of > 0 and " " not in head and (head.lower() in self.lx.peoples_of or _is_demonym(head, self.lang)):
            self.around_cue(start + of + 4, end, "strong")  # "the Tutsi of Bisesero": a people of a place
            return
        self.around_cue(start, end, self.cue(start))

    def around_cue(self, start: int, end: int, cue: str | None, fronted: bool = False) -> None:
        if cue == "list":
            self.list_at(start)
            return
        fully_known = self.cover[start] and self.cover[end - 1]
        after = self.noun_after(end)
        feature, event = _nouns_in(self.norm[start:end], self.lang)
        if not fully_known and not (cue in ("strong", "weak") and self.cued_name(start, cue == "strong",
                                                                                  fronted=fronted)):
            if after == "place" and self.norm.endswith("'s", start, end):
                pass  # "Little Wolf's camp", "the general's headquarters": the owner, not the place
            elif after == "place":
                if self.norm.startswith("The ", start) and self.starts_sentence(start):
                    start += 4  # "The Zamzam camp was shelled": the article opens the sentence, not the name
                # "Zamzam camp", "Buthidaung and Maungdaw townships", and a place named after a
                # person: "the Alpha Yaya Diallo and Kundara military camps"; the noun names what
                # follows the last "the" ("Dhaka University and the Rajarbagh police lines")
                the = self.norm.rfind(" the ", start, end)
                if not self.cued_name(start, True, named_for=True) and the > 0:
                    self.cued_name(the + 5, True, named_for=True)
            elif feature:
                self.feature(start, end)
            elif self.norm.startswith(",", end) and self.lx.apposition.match(self.norm, end):
                self.cued_name(start, True)  # "Zurnabad, a hamlet near Goranboy", "X, 15 km south of"
            elif self.norm.startswith(",", end) and self.placed_by_known(end):
                self.cued_name(start, False)  # "Varnesh, near Mosul", "Dzhurak, in Batken region"
        if after == "event" or event:
            self.misspelling_in(start, end)
        if not fully_known:
            self.event_site(start, end)

    def placed_by_known(self, end: int) -> bool:
        """", near Mosul", ", outside Tbilisi", ", in Batken region": a known place the comma after a
        name sets off, after a word that places one place by another; after "in" the known place
        must take a place noun, as a person is as often said to be in a town ("Kabila, in Kinshasa")."""
        norm, lx, cover = self.norm, self.lx, self.cover
        m = lx.placed_by.match(norm, end)
        by_in = m is None
        if by_in and (m := lx.placed_by_in.match(norm, end)) is None:
            return False
        e = m.end()
        if not cover[e]:
            return False
        while cover[e]:
            e += 1
        return not by_in or self.noun_after(e) == "place"

    def event_site(self, start: int, end: int) -> None:
        """"the Varnesh massacre", "The Belomir Killings": an unknown name between "the" and a harm English
        names by where it happened (`site_events`) is that place, unless a people's, a date's or a feast's
        name (`plausible`: "the Tutsi genocide", "the December massacre", "the Easter bombings")."""
        norm, lx = self.norm, self.lx
        inside = _site_event_in(norm[start:end], self.lang)
        if not inside and not lx.site_event_after.match(norm, end):
            return  # most runs: no such noun in or after them
        words = list(_WORD.finditer(norm, start, end))
        noun = next((i for i, w in enumerate(words) if w.group().lower() in lx.site_events), len(words))
        names = words[:noun]
        the = [i for i, w in enumerate(names) if w.group() in ("The", "the")]
        if the:  # "After the Harmaz shelling", "Commemorations of the Mabonde massacre": a run takes in "the"
            names = names[the[-1] + 1 :]
        if not names or len(names) > 3:
            return
        s, e = names[0].start(), names[-1].end()
        if norm[max(0, s - 4) : s].lower() != "the " or self.covered(s, e):
            return
        tokens = [w.group() for w in names]
        if not all(t[:1].isupper() for t in tokens) or any(_fold(t) in lx.peoples for t in tokens):
            return
        if self.plausible(tokens) and not self.not_named_as_place(s, e):
            self.resolve(s, e, tokens, "en.places.event_site", confidence=0.4)

    def read_name(self, pos: int) -> tuple[int, int, list[str]] | None:
        """The capitalised name starting at `pos`, connectors allowed inside, at most 5 words."""
        norm, lx = self.norm, self.lx
        spans: list[tuple[int, int]] = []
        i = pos
        while len(spans) < 5:
            m = _WORD.match(norm, i)
            if not m:
                break
            w = m.group()
            lower_inside = not w[0].isupper() and not _ARTICLE_WORD.match(w)
            if lower_inside and (not spans or w.lower() not in lx.name_connectors):
                break
            spans.append(m.span())
            if not norm.startswith(" ", m.end()):
                break
            i = m.end() + 1
        while spans and not norm[spans[-1][0]].isupper() and not _ARTICLE_WORD.match(norm, spans[-1][0]):
            spans.pop()  # a trailing connector belongs to the sentence
        if not spans:
            return None
        text = self.doc.text  # the words as written: same offsets, original quotes and dashes
        return spans[0][0], spans[-1][1], [text[a:b] for a, b in spans]

    def plausible(self, tokens: list[str], named_for: bool = False) -> bool:
        """Whether a capitalised run the gazetteer does not know can name a place; with
        `named_for`, one named after a person may ("the Alpha Yaya Diallo camp")."""
        lx = self.lx
        first, last = tokens[0].lower(), tokens[-1].lower()
        if any(t.lower() in lx.not_places or _is_demonym(t, self.lang) for t in tokens):
            return False
        for t in tokens:
            if "-" in t and any(
                part and (not part[0].isupper() or _is_demonym(part, self.lang)) and part + "-" not in _ARTICLES
                for part in t.split("-")
            ):
                return False  # "Georgian-controlled", "Serb-held"
        whole = _fold(" ".join(tokens))
        if whole in lx.not_places or whole in lx.directions or first in lx.titles or last in lx.org_heads:
            return False
        if len(tokens) == 1 and first in lx.languages:
            return False  # "in Shona", "in Ndebele": a language's name
        if len(tokens) == 1 and (first in lx.common or len(first) < 3):
            return False
        if all(t.isupper() for t in tokens) and sum(map(len, tokens)) <= 6:
            return False  # acronyms name organisations far more often than places
        return named_for or not (first in lx.given_names or first in self.person_words)

    def unknown_ok(self, start: int, end: int, tokens: list[str], named_for: bool = False) -> bool:
        if not self.plausible(tokens, named_for) or self.not_named_as_place(start, end):
            return False
        return named_for or not self.in_person_name(start, end, self.prev_word(start), self.next_capital(end))

    def resolve(self, start: int, end: int, tokens: list[str], rule: str, *, name: str | None = None,
                confidence: float = 0.5) -> None:
        """Report a name found by a cue: resolved exactly, by a misspelling, or unresolved."""
        name = name or " ".join(self.doc.text[start:end].split())
        kid = self.gz.key_id(name)
        if kid is not None:
            entry = self.choose(kid)
            trust = self.trust(entry, "own" if _key(self.gz, kid).own else "alternate")
            if trust == "no":
                self.add(start, end, rule, None, name=name, confidence=confidence)
            else:
                self.add(start, end, rule, entry, kid=kid, name=name,
                         confidence=DOUBTFUL if trust == "doubtful" else None)
            return
        found = self.doc_fuzzy(name) or self.global_fuzzy(name)
        if found is not None:
            self.add(start, end, "en.places.fuzzy", found[0], name=name, confidence=round(0.9 * found[1] / 100, 2))
        else:
            self.add(start, end, rule, None, name=name, confidence=confidence)

    def doc_fuzzy(self, name: str) -> tuple[int, float] | None:
        """The place this document names elsewhere that `name` misspells ("Kohajaly")."""
        query = _fold(name)
        initial, size = query[:1], len(query)
        if not any((initial, n) in self.form_shapes for n in range(size - 3, size + 4)):
            return None  # no form it could be: none with its first letter and about its length
        cached = self.doc_fuzzy_cache.get(query)
        if cached is not None and cached[0] == len(self.forms):
            return cached[1]
        best: tuple[int, float] | None = None
        forms = list(self.forms)
        for form, score, _ in process.extract(query, forms, scorer=fuzz.ratio, score_cutoff=DOC_FUZZY_MIN, limit=5):
            if form[:1] == query[:1] and abs(len(form) - len(query)) <= 3 and (best is None or score > best[1]):
                best = (self.forms[form], score)
        self.doc_fuzzy_cache[query] = (len(self.forms), best)
        return best

    def global_fuzzy(self, name: str) -> tuple[int, float] | None:
        """A well-known place that `name` misspells: same first letter, and a country, a
        curated place, a large city, or a town in a country the document plainly names
        (an unknown village is likelier than a namesake across the world; see `trust`)."""
        query = _fold(name)
        if query not in self.fuzzy_cache:
            found = None
            if len(query) >= 5:
                gz = self.gz
                # a misspelling changes a letter or two, not a suffix: lengths within one
                for i, score in gz.fuzzy_indexes(name, limit=3, cutoff=GLOBAL_FUZZY_MIN, same_initial=True,
                                                 max_len_diff=1):
                    if self.trust(i, "misspelt") == "yes":
                        found = (i, score)
                        break
            self.fuzzy_cache[query] = found
        return self.fuzzy_cache[query]

    def list_at(self, pos: int) -> None:
        """ "the villages of A, B and C": every item is a place, known or not."""
        for start, end, tokens, name in self.read_list(pos):
            known = (start, end) in self.mentions
            if known and name is None:
                continue
            # an item may be a gazetteer name that is also a common word ("such as Van")
            if not (known or self.plausible(tokens) or self.listed_place(tokens)):
                continue
            self.mentions.pop((start, end), None)
            self.resolve(start, end, tokens, "en.places.list_item", name=name)

    def listed_place(self, tokens: list[str]) -> bool:
        lx = self.lx
        if any(t.lower() in lx.not_places or _is_demonym(t, self.lang) for t in tokens):
            return False
        return self.gz.key_id(" ".join(tokens)) is not None

    def read_list(self, pos: int) -> list[tuple[int, int, list[str], str | None]]:
        """Items of a list of names, with coordinated qualifiers expanded:
        "Yukhari and Ashaghi Gushchular" -> "Yukhari" (named Yukhari Gushchular), "Ashaghi Gushchular"."""
        items: list[tuple[int, int, list[str], str | None]] = []
        seps: list[str] = []
        while (got := self.read_name(pos)) is not None:
            start, end, tokens = got
            if seps and seps[-1] == "and" and self.gz.key_id(f"{' '.join(items[-1][2])} and {' '.join(tokens)}"):
                seps.pop()  # "Bosnia and Herzegovina" is one item
                start, tokens = items[-1][0], items.pop()[2] + ["and"] + tokens
            items.append((start, end, tokens, None))
            alias = _ITEM_ALIAS.match(self.norm, end)
            sep = _SEPARATOR.match(self.norm, alias.end() if alias else end)
            if not sep:
                break
            seps.append(sep.group().strip(" ,;"))
            pos = sep.end()
        for i in range(len(items) - 1):
            (s, e, toks, _), right = items[i], items[i + 1][2]
            if seps[i] in ("and", "or") and self.coordinated(toks, right):
                items[i] = (s, e, toks, " ".join(toks + right[1:]))
        return items

    def coordinated(self, left: list[str], right: list[str]) -> bool:
        if len(left) != 1 or len(right) < 2:
            return False
        return left[0].lower() in self.lx.qualifiers or self.gz.key_id(" ".join(left + right[1:])) is not None

    def coordination(self, start: int, end: int) -> None:
        """ "North and South Korea" outside lists: each qualifier takes the shared head."""
        for m in _COORDINATION.finditer(self.norm, start, end):
            q1, q2, head = m.groups()
            if not (q1[0].isupper() and q2[0].isupper() and head[0].isupper()):
                continue
            if not self.coordinated([q1], [q2, head]) or self.gz.key_id(f"{q2} {head}") is None:
                continue
            self.mentions.pop(m.span(1), None)
            self.resolve(*m.span(1), [q1], "en.places.coordinated", name=f"{q1} {head}")
            if not self.covered(m.start(2), m.end(3)):
                self.resolve(m.start(2), m.end(3), [q2, head], "en.places.coordinated")

    def cued_name(self, pos: int, strong: bool, named_for: bool = False, fronted: bool = False) -> bool:
        """An unknown capitalised name after "near", "the village of" (any name), or after
        "in", "at", "from" (one that looks like a place: "In Murambi, ..."), and the
        names listed with it ("from Mai Kadra, Dengelat and Humera"). `named_for`: a
        place noun follows, which makes a place of a person's name (see `plausible`).
        `fronted`: the cue opens the sentence, where a comma with no "and" or "or" after it
        closes the cue's phrase ("At Camp Weld, Black Kettle met ...") rather than a list."""
        found = False
        items = self.read_list(pos)
        if fronted and len(items) > 1 and not any(
                c in self.norm[items[0][1] : items[-1][0]] for c in (" and ", " or ")):
            items = items[:1]
        for start, end, tokens, name in items:
            if self.covered(start, end):
                continue
            if not strong and (not self.weak_name_ok(end, tokens) or self.in_long_title(start)):
                break  # "the Protection of All Persons from Enforced Disappearance": a title
            if not self.unknown_ok(start, end, tokens, named_for):
                break
            rule = "en.places.cue" if strong else "en.places.cue_weak"
            self.resolve(start, end, tokens, rule, name=name, confidence=0.5 if strong else 0.4)
            found = True
        return found

    def weak_name_ok(self, end: int, tokens: list[str]) -> bool:
        """After "in", "at", "from": short, ending in no common word, not "in Annex 2" or
        "from Smith's book"."""
        norm, lx = self.norm, self.lx
        if len(tokens) > 3 or norm.startswith("'s", end) or norm[end : end + 2].strip()[:1].isdigit():
            return False
        if tokens[0] == "The":
            return False  # "in The Plain Dealer": a title; places with "The" are in the gazetteer
        if len(tokens) > 1 and _ROMAN.fullmatch(tokens[-1]):
            return False  # "in Chamber II", "at Vatican II": a numbered thing
        if any(len(t) > 2 and t.isupper() for t in tokens) and len(tokens) > 1:
            return False  # "in PLOS Medicine": an acronym in an unknown name is an organisation's
        last = tokens[-1].lower()
        # "at Manik Farm near Vavuniya": a place placed by another
        return (last not in lx.common or last in lx.features or self.noun_after(end) == "place"
                or norm.startswith((" near ", " outside "), end))

    def feature(self, start: int, end: int) -> None:
        """ "Naf River", "Bekaa Valley": a name ending in a feature noun names a place; each
        name of a run that joins several ("Willow Creek and Dry Fork Creek")."""
        if self.lx.features.isdisjoint(self.norm[start:end].lower().split()):
            return
        self.feature_at(start)
        at = self.norm.find(" and ", start, end)
        while at != -1:
            self.feature_at(at + 5)
            at = self.norm.find(" and ", at + 5, end)

    def feature_at(self, start: int) -> None:
        got = self.read_name(start)
        if got is None:
            return
        _, end, tokens = got
        lx = self.lx
        # "the Sand Creek Massacre National Historic Site", "the Rattlesnake Creek Battlefield Park": a natural
        # feature's name opens a longer name, unless an organisation's ("the Mekong River Commission")
        cut = next((i + 1 for i in range(1, min(4, len(tokens) - 1)) if tokens[i].lower() in lx.features
                    and tokens[i].lower() not in lx.naming_features), 0)
        if tokens[-1].lower() not in lx.features or cut and tokens[-1].lower() in lx.naming_features:
            nxt = tokens[cut].lower() if cut else ""
            if not cut or tokens[0] == "The" or nxt in lx.org_after or nxt in lx.org_heads and nxt not in lx.events:
                return
            tokens = tokens[:cut]
            end = start + len(" ".join(tokens))
        if not 2 <= len(tokens) <= 4:
            return
        if len(tokens) > 2 and tokens[1] == "of" and self.starts_sentence(start) \
                and tokens[0].lower() not in lx.features:
            # "Inmates of Dravnik Prison described ...": the sentence's first word and "of" open no name
            start, tokens = start + len(tokens[0]) + 4, tokens[2:]
        if tokens[-1].lower() in lx.naming_features and (lead := _NUMBERED_BEFORE.search(self.norm, max(0, start - 40),
                                                                                          start)):
            tokens = self.norm[lead.start() : start].split() + tokens  # "Jeju 4·3 Peace Park": one name
            start = lead.start()
        if self.covered(start, end) and not self.widen(start, end, tokens):
            return
        if self.starts_sentence(start) and tokens[0].lower() in self.lx.common:
            return
        # the feature noun makes a place of words that are none alone ("Freedom Square")
        if any(t.lower() in lx.titles or _is_demonym(t, self.lang) for t in tokens) or (
            tokens[-1].lower() not in lx.naming_features and any(t.lower() in lx.not_places for t in tokens)
        ):
            return
        self.resolve(start, end, tokens, "en.places.feature")

    def widen(self, start: int, end: int, tokens: list[str]) -> bool:
        """ "Ferghana Valley", "Chang'an Avenue": a known place's name opens a longer name that a
        capitalised feature noun ends; the place found inside it gives way to the whole name."""
        if self.cover[end - 1] or not tokens[-1][:1].isupper():
            return False
        inner = [k for k in self.mentions if start <= k[0] and k[1] <= end]
        if not inner or min(inner)[0] != start:
            return False
        for k in inner:
            del self.mentions[k]
            self.cover[k[0] : k[1]] = b"\x00" * (k[1] - k[0])
        return True

    def list_neighbours(self) -> None:
        """"rockets hit Ein Tarma, Moadamiyah and Zamalka": an unknown name listed with two
        or more places is one too, if it looks like a place name after "in" would."""
        norm, seen = self.norm, set()
        for s, e in sorted(self.mentions):
            if (s, e) in seen or not (norm.startswith((",", " and ", " or "), e)
                                      or norm.endswith((", ", " and ", " or "), 0, s)):
                continue
            start = s
            # an item before ends in a separator (what `_LIST_BEFORE` ends in, its "$" allowing one line break
            # after): without one the search is spared
            while (norm.endswith(_LIST_SEPARATORS, 0, start) or norm[start - 1 : start] == "\n"
                   and norm.endswith(_LIST_SEPARATORS, 0, start - 1)) \
                    and (m := _LIST_BEFORE.search(norm, max(0, start - 60), start)) is not None:
                start = m.start()
            items = self.read_list(start)
            known = [(a, b) for a, b, _, _ in items if (a, b) in self.mentions]
            seen.update(known)
            if len(items) < 3 or len(known) < 2:
                continue
            for a, b, tokens, name in items:
                if not self.covered(a, b) and self.weak_name_ok(b, tokens) and self.unknown_ok(a, b, tokens):
                    self.resolve(a, b, tokens, "en.places.list_neighbour", name=name, confidence=0.4)

    def clear(self, start: int, end: int) -> None:
        """Forget the mentions overlapping `start`-`end`: a longer name takes their place."""
        for k in [k for k in self.mentions if k[0] < end and start < k[1]]:
            del self.mentions[k]
            self.entries.pop(k, None)
            self.cover[k[0] : k[1]] = b"\x00" * (k[1] - k[0])

    def heads_first(self) -> None:
        """"the Plaza de las Tres Culturas", "the Stade du 28-Septembre", "Place de la Concorde": a site's
        noun in a language that puts it first, a particle, and capitalised words are one name, the site;
        the places found inside it ("Flores" in "Plaza de las Flores") give way to it."""
        norm, lx = self.norm, self.lx
        for m in lx.site_heads_before.finditer(norm):
            if m.group("particle") is None and m.group("head") not in lx.site_heads_bare:
                continue
            pos, words = m.end(), []
            while len(words) < 5 and (w := _FOREIGN_WORD.match(norm, pos)):
                words.append(w.group())
                on = lx.foreign_goes_on.match(norm, w.end())
                if on is None:
                    break
                pos = on.end()
            if not words or any(w.lower() in lx.not_places or _is_demonym(w, self.lang) for w in words):
                continue
            s, e = m.start(), w.end()
            self.clear(s, e)
            self.resolve(s, e, norm[s:e].split(), "en.places.site_head", confidence=0.5)

    def site_events(self) -> None:
        """"the Rabaa al-Adawiya and al-Nahda sit-ins", "the Varnesh and Kolupa massacres": names joined by "and"
        or written with an Arabic article before a harm English names by its site are each a place, whole."""
        norm, lx = self.norm, self.lx
        for noun in lx.site_event_after.finditer(norm):
            before = norm[max(0, noun.start() - 120) : noun.start() + 1]
            m = _COORDINATED_SITES.search(before)
            if m is None or (" and " not in m.group(1) and ", " not in m.group(1)
                             and not _ARTICLE_WORD.search(m.group(1))):
                continue  # a name of capitalised words alone: see `event_site`
            at = noun.start() + 1 - len(before) + m.start(1)
            for name in _COORDINATED_SPLIT.split(m.group(1)):
                at = norm.find(name, at)
                s, e = at, at + len(name)
                at = e
                tokens = name.split()
                if self.cover[s] and self.cover[e - 1] and (s, e) in self.mentions:
                    continue
                if any(_fold(t) in lx.peoples for t in tokens) or not self.plausible(tokens) \
                        or self.not_named_as_place(s, e):
                    continue
                self.clear(s, e)
                self.resolve(s, e, tokens, "en.places.event_site", confidence=0.4)

    def sites_placed(self) -> None:
        """"the Plaza de las Tres Culturas in Tlatelolco", "Freedom Square in Tarvonets": a site's name runs on
        into "in" and the place it stands in, which the cue before a name makes a place, as anywhere else."""
        norm, lx = self.norm, self.lx
        for (s, e), m in list(self.mentions.items()):
            if not norm.startswith(" in ", e) or not norm[e + 4 : e + 5].isupper() or self.cover[e + 4]:
                continue
            last = m.name.rsplit(None, 1)[-1].lower()
            if m.rule != "en.places.site_head" and last not in lx.features:
                continue
            # the words before are a site's name, not a title's ("Freedom Square in X", see `in_long_title`)
            got = self.read_name(e + 4)
            if got is not None and not self.covered(got[0], got[1]) and self.weak_name_ok(got[1], got[2]) \
                    and self.unknown_ok(*got):
                self.resolve(*got, "en.places.cue_weak", confidence=0.4)

    def short_forms(self) -> None:
        """"Rabaa" where the document names "Rabaa al-Adawiya": the first word of a place's name the document
        writes in full, with a particle after it, is that place, named in short."""
        full: dict[str, PlaceMention] = {}
        for m in self.mentions.values():
            words = m.name.split()
            if len(words) > 1 and (_ARTICLE_WORD.match(words[1]) or words[1] in _PARTICLE_SET):
                full.setdefault(words[0], m)
        if not full:
            return
        for k, m in list(self.mentions.items()):
            if (long := full.get(m.name)) is not None:
                self.mentions[k] = PlaceMention(m.span, "en.places.short_form", long.name, long.place,
                                                long.canonical, long.lat, long.lon, long.confidence)

    def regimes(self) -> None:
        """ "Nazi Germany", "Soviet Armenia", "Democratic Kampuchea": a regime's adjective before a
        country's name is part of the name of the state it names; the place stays the country."""
        norm, regimes = self.norm, self.lx.regimes
        for (s, e), m in list(self.mentions.items()):
            if s < 3 or norm[s - 1] != " " or m.place is None:
                continue
            ws = norm.rfind(" ", 0, s - 1) + 1
            if norm[ws : s - 1] not in regimes or (ws and norm[ws - 1] not in " \n(\"'"):
                continue
            del self.mentions[(s, e)]
            self.mentions[(ws, e)] = PlaceMention(Span(ws, e), "en.places.regime", self.doc.text[ws:e], m.place,
                                                  m.canonical, m.lat, m.lon, m.confidence)
            self.entries[(ws, e)] = self.entries[(s, e)]
            self.cover[ws:e] = b"\x01" * (e - ws)

    def states(self) -> None:
        """"the Azerbaijan SSR", "the Armenian SSR": a Soviet republic is named by a country's name or its people's
        adjective and the suffix; the whole is the place named (a country's name alone is found inside it)."""
        norm, suffix = self.norm, self.lx.state_suffix
        if suffix is None:
            return
        for m in suffix.finditer(norm):
            ws = m.start()
            while ws > 0 and (norm[ws - 1].isalnum() or norm[ws - 1] in "'-"):
                ws -= 1
            word = norm[ws : m.start()]
            if not word[:1].isupper() or ws > 0 and norm[ws - 1] not in " \n(\"'":
                continue
            known = self.mentions.pop((ws, m.start()), None)
            if known is None and not _is_demonym(word, self.lang):
                continue
            e = m.end()
            self.mentions[(ws, e)] = PlaceMention(Span(ws, e), "en.places.state", self.doc.text[ws:e],
                                                  *((known.place, known.canonical, known.lat, known.lon) if known
                                                    else (None, None, None, None)),
                                                  known.confidence if known else 0.5)
            if (ws, m.start()) in self.entries:
                self.entries[(ws, e)] = self.entries.pop((ws, m.start()))
            self.cover[ws:e] = b"\x01" * (e - ws)

    def routes(self) -> None:
        """"the Goris-Stepanakert road", "the Baku-Tbilisi-Ceyhan pipeline", "the Kyiv-Chernihiv highway": places
        joined by hyphens before a route's noun are each a place, where the gazetteer knows each of them and not
        the whole ("Nagorno-Karabakh", "Guinea-Bissau" stay one name)."""
        norm, gz = self.norm, self.gz
        if self.lx.route_end.search(norm) is None:
            return  # most documents: no hyphen before a capital and a route's noun
        for m in self.lx.route.finditer(norm):
            s, e = m.span("names")
            parts = [(s + p.start(), s + p.end()) for p in _HYPHEN_PARTS.finditer(norm[s:e])]
            words = [norm[a:b] for a, b in parts]
            if len(words) < 2 or gz.key_id(norm[s:e]) is not None \
                    or not all(w[:1].isupper() and self.plausible([w]) for w in words) \
                    or not all(gz.key_id(w) is not None for w in words):
                continue
            for k in [k for k in self.mentions if k[0] < e and s < k[1]]:
                if norm[k[0] : k[1]] not in words:  # "The Drvar-Bihac" read as one unknown name
                    del self.mentions[k]
                    self.entries.pop(k, None)
                    self.cover[k[0] : k[1]] = b"\x00" * (k[1] - k[0])
            for (a, b), w in zip(parts, words):
                if (a, b) not in self.mentions:
                    self.resolve(a, b, [w], "en.places.route")

    def not_named(self) -> None:
        """Names that only look like places where they stand: an author cited with a year and page ("Cornell
        2001, p. 97", "de Waal 2003: 212") and a currency's country code ("US$ 97 million")."""
        norm, cited = self.norm, self.lx.citation_after
        for (s, e) in list(self.mentions):
            if norm.startswith("$", e) or (norm.startswith(" ", e) and norm[e + 1 : e + 2].isdigit()
                                           and cited.match(norm, e)):
                del self.mentions[(s, e)]
                self.entries.pop((s, e), None)

    def buildings(self) -> None:
        """"the Motael church", "the Lukianivka cemetery": a name the document gives only
        once, before a building's noun, names the building, noun and all, unless the
        gazetteer is sure of it as a town ("the Nyamata church" is the church at Nyamata).
        A name met again, in any spelling ("Potocari", "Potočari"), is the place; a heading
        in capitals only repeats the text's names and does not count."""
        norm, building = self.norm, self.lx.building
        before = [(s, e, m, b) for (s, e), m in self.mentions.items()
                  if norm.startswith(" ", e) and (b := building.match(norm, e))]
        if not before:
            return  # most documents: no name before a building's noun, no need to count the names
        named: dict[str, int] = {}
        for m in self.mentions.values():
            f = _fold(m.name) if not m.name.isupper() else ""
            named[f] = named.get(f, 0) + 1
        for s, e, m, b in before:
            if named[_fold(m.name)] == 1 and (self.a_guess(m) or b.group().strip() in self.lx.named_buildings):
                del self.mentions[(s, e)]
                self.entries.pop((s, e), None)
                self.add(s, b.end(), "en.places.building", None, confidence=0.5)

    def a_guess(self, m: PlaceMention) -> bool:
        """Unresolved, or resolved to a town by a name it shares or one of its alternate
        names (see `add` for the confidence), a small town or one in a country the
        document does not name ("Santa Cruz" in a text on Timor-Leste)."""
        i = self.entries.get((m.span.start, m.span.end))
        if i is None:
            return True
        gz = self.gz
        if m.confidence >= 1.0 or gz.kind_of(i) in STRONG_KINDS or gz.is_curated(i):
            return False
        return (gz.population_of(i) or 0) < LARGE_CITY or not self.votes.get(gz.country_of(i))

    def feature_after(self, i: int, e: int) -> None:
        """"the Drina valley", "the Syrian desert": a natural feature written in lower case
        after a place or a people's adjective (the word ending at `i`) is a place of its own,
        the words together up to `e`."""
        norm = self.norm
        ws = i
        while ws > 0 and (norm[ws - 1].isalnum() or norm[ws - 1] in "'-"):
            ws -= 1
        word = norm[ws:i]
        if not word[:1].isupper() or self.starts_sentence(ws):
            return
        known = self.mentions.get((ws, i))
        if known is not None:
            del self.mentions[(ws, i)]
            self.mentions[(ws, e)] = PlaceMention(Span(ws, e), "en.places.feature_lower", self.doc.text[ws:e],
                                                  known.place, known.canonical, known.lat, known.lon,
                                                  known.confidence)
            if (ws, i) in self.entries:
                self.entries[(ws, e)] = self.entries[(ws, i)]
            self.cover[ws:e] = b"\x01" * (e - ws)
        elif norm.endswith("the ", 0, ws) and not self.covered(ws, i) and (
            _is_demonym(word, self.lang) or self.plausible([word])
        ):
            self.resolve(ws, e, [word, norm[i + 1 : e]], "en.places.feature_lower")

    def repeats(self) -> None:
        """"Partisans camped near Ordzhan. Ordzhan was burned": a name the gazetteer does not
        know, shown a place once by a cue, a list or a dateline, is the same place wherever the
        document names it again without one, written the same and standing alone: not glued to
        another capitalised word ("the Ordzhan Dairy Cooperative") nor after an honorific."""
        norm = self.norm
        shown: dict[str, PlaceMention] = {}
        for (s, e), m in self.mentions.items():
            if m.rule in _SHOWN_RULES and (s, e) not in self.entries:
                shown.setdefault(norm[s:e], m)
        for name, m in shown.items():
            at = norm.find(name)
            while at != -1:
                end = at + len(name)
                if not self.covered(at, end) and self.stands_alone(at, end):
                    self.add(at, end, "en.places.repeated", None, name=m.name, confidence=m.confidence)
                at = norm.find(name, end)

    def stands_alone(self, s: int, e: int) -> bool:
        norm = self.norm
        if s and (norm[s - 1].isalnum() or norm[s - 1] in "-'") or norm[e : e + 1].isalnum() or norm[e : e + 1] == "-":
            return False
        prev = self.prev_word(s)
        if prev and prev[0].lower() not in self.lx.cue_last and not prev[0].endswith(("'s", "s'")):
            return False
        if self.next_capital(e) and self.noun_after(e) != "place":
            return False
        return not (self.after_honorific(s) or self.not_named_as_place(s, e))

    def bracket_aliases(self) -> None:
        """"Sơn Mỹ (Son My)", "Deir ez-Zor (Der Zor)": a name in brackets right after a
        place is the same place's other name."""
        norm = self.norm
        for (s, e) in list(self.mentions):
            if norm.startswith(" (", e) and (m := _BRACKET_NAME.match(norm, e)) and not self.covered(*m.span(1)):
                tokens = m.group(1).split()
                if norm[s:e].isupper() and m.group(1).isupper():  # "GANJA (GƏNCƏ)": a dateline in capitals
                    tokens = [t.capitalize() for t in tokens]
                if self.plausible(tokens) or self.listed_place(tokens):
                    self.resolve(m.start(1), m.end(1), tokens, "en.places.bracket_alias")
            if norm.startswith(" (", e):
                self.script_aliases(e + 2)
                self.labelled_aliases(e + 2)

    def labelled_aliases(self, pos: int) -> None:
        """"Kalbajar (Azerbaijani: Kəlbəcər; Armenian: Karvachar)", "Getashen (in Azerbaijani, Çaykənd)": a name a
        language's label introduces, in the brackets after a place, is that place's name in the language. Only after
        a label: brackets also hold agencies, dates and abbreviations ("(Reuters)", "(OMON)")."""
        norm = self.norm
        close = norm.find(")", pos, pos + 160)
        if close == -1 or ":" not in norm[pos:close] and "in " not in norm[pos:close]:
            return
        labelled, at = False, pos
        for item in _BRACKET_ITEMS.split(norm[pos:close]):
            s = norm.find(item, at, close)
            at = s + len(item)
            words = item.split(":", 1)
            label = words[0].strip() if len(words) == 2 else item.strip()
            if label.startswith("in "):
                label = label[3:]
            if label[:1].isupper() and " " not in label and _is_language(label, self.lang):
                labelled = True
                if len(words) == 1:
                    continue  # "in Azerbaijani," the name follows as the next item
                item, s = words[1], s + len(words[0]) + 1
            elif not labelled:
                continue
            name = item.strip()
            if not name:
                continue
            s += item.index(name)
            tokens = name.split()
            if len(tokens) <= 3 and all(t[:1].isupper() for t in tokens) and _LATIN_NAME.fullmatch(name) \
                    and not self.covered(s, s + len(name)) and self.plausible(tokens):
                self.resolve(s, s + len(name), tokens, "en.places.labelled_alias")
            labelled = False

    def script_aliases(self, pos: int) -> None:
        """ "Nanking (Nanjing, 南京)", "Babyn Yar (Бабин Яр; Babi Yar in Russian)": a name in another
        script among the bracketed names after a place is that place's name in the script,
        resolved where the gazetteer knows it."""
        norm = self.norm
        close = norm.find(")", pos, pos + 120)
        if close == -1:
            return
        at = pos
        for item in _BRACKET_ITEMS.split(norm[pos:close]):
            s = norm.find(item, at, close)
            at = s + len(item)
            name = item.strip()
            if not name or not _NON_LATIN.fullmatch(name) or self.covered(s, s + len(item)):
                continue
            s += item.index(name)
            kid = self.gz.key_id(name)
            if kid is not None:
                self.add(s, s + len(name), "en.places.script_alias", self.choose(kid), kid=kid, name=name)
            elif len(name.split()) <= 4:
                self.add(s, s + len(name), "en.places.script_alias", None, name=name, confidence=0.5)

    def misspelling_in(self, start: int, end: int) -> None:
        """A capitalised word before an event noun ("the Kohajaly Genocide") that misspells
        a place; reported only when it resolves."""
        if self.noun_after(end) != "event" and self.lx.events.isdisjoint(self.norm[start:end].lower().split()):
            return
        words = list(_WORD.finditer(self.norm, start, end))
        for i, m in enumerate(words):
            we = m.end()
            if i + 1 < len(words):
                if words[i + 1].group().lower() not in self.lx.events:
                    continue
            elif self.noun_after(we) != "event":
                continue
            # the name is up to three words before the noun: "Kohajaly", "Mai Lai"
            for first in range(max(0, i - 2), i + 1):
                ws = words[first].start()
                tokens = [w.group() for w in words[first : i + 1]]
                if self.covered(ws, we) or not self.plausible(tokens):
                    continue
                name = self.doc.text[ws:we]
                found = self.doc_fuzzy(name) or self.global_fuzzy(name)
                if found is not None:
                    self.add(ws, we, "en.places.fuzzy", found[0], name=name, confidence=round(0.9 * found[1] / 100, 2))
                    break


def _particle_before(norm: str, start: int) -> bool:
    """ "Plan de Sanchez": a capitalised word and a particle right before `start`. The particle is
    checked first, with no regex: the search tries every position of its window."""
    space = norm.rfind(" ", max(0, start - 40), start - 1)
    if space < 0 or norm[space + 1 : start - 1] not in _PARTICLE_SET:
        return False
    return bool(_PARTICLE_BEFORE.search(norm, max(0, start - 40), start))


def _leftmost_longest(hits: list[_Hit]) -> list[_Hit]:
    """Non-overlapping hits in text order; a hit starting inside a kept one is dropped."""
    taken: list[_Hit] = []
    end = -1
    for h in sorted(hits, key=lambda h: (h.start, -h.end)):
        if h.start >= end:
            taken.append(h)
            end = h.end
    return taken
