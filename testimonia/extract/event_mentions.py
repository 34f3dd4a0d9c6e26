"""Where a document names events: the words of `lexicons/<lang>/events.yaml` in its text.

A named mention is a capitalised name with an event word: "the Khojaly genocide",
"the Siege of Khojaly", "the chemical attack on Halabja", "the Halabja chemical
attack", "the war between Armenia and Azerbaijan", "Srebrenica fell", "forces
took Khojaly". An event word without a name ("the attack", "the violence", "the
war") is a mention too, unnamed: it ties the dates and figures of its sentence
to an event. A shorter mention inside a longer one is dropped ("Anfal" inside
"the Anfal campaign").

What names no event: a name never runs past the end of its line, nor takes a
heading's "OF THE" or a possessive ("attack on Azerbaijan's second city"); a
heading in capitals names only a place the text names; a lone word that only
opens a sentence ("2.3 Sexual violence") names nothing unless it is a place or
capitalised mid-sentence elsewhere; a verb's name after a preposition is not
its subject ("the border with Armenia was attacked"). Nor is an event word part
of another ("conflict-related", "prisoners of war", "Secretary of State for War").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

from testimonia.extract import lexicon
from testimonia.extract.doc import Doc
from testimonia.model.facts import PlaceMention, Span

_CAP = r"[A-Z][\w'-]*"
_SP = r"[^\S\n]+"  # spaces within one line: a name never runs on past a heading ("attack on Halabja\n\nThirty")
# A capital not after a letter ("\b" checked behind the capital): the pattern opens with a character
# class, so the engine skips to the next capital in C rather than trying every position.
_NAME = r"[A-Z](?<!\w.)[\w'-]*(?:" + _SP + _CAP + r"){0,2}"
_NAME_BEFORE = re.compile(r"(" + _NAME + r")" + _SP + r"$")
# "Srebrenica, which the UN had declared a safe area, fell": the name before a relative clause.
_CLAUSE_BEFORE = re.compile(r"(" + _NAME + r"),\s+(?:which|that|where)\b[^.;:!?]{0,160},\s+$")
_WORD_BEFORE = re.compile(r"\b([a-z]+)\s+$")
_WORD_AFTER = re.compile(r"\s+([a-z]+)")
_NAME_RIGHT_AFTER = re.compile(_SP + r"(" + _CAP + r"(?:" + _SP + _CAP + r"){0,2})")
_NON_SPACE = re.compile(r"\S+")
_LOWER_WORD = re.compile(r"[a-z]+")
_WORD_CHARS = re.compile(r"[\w'-]+")
_BETWEEN = re.compile(_SP + r"between" + _SP + r"(" + _CAP + r")" + _SP + r"and" + _SP + r"(" + _CAP + r")")


@dataclass(frozen=True, slots=True)
class Mention:
    span: Span  # the whole phrase ("Khojaly genocide", "Siege of Khojaly"); the word alone when unnamed
    name: str  # the name in it ("Khojaly"); "" for an unnamed event word ("the attack")
    rule: str
    entry: str = ""  # lexicon id: en.event.massacre, en.context.war, en.verb.fell
    context: bool = False  # a war, a campaign, a siege, a declaration: the setting of an event
    anchor: Span | None = None  # the event word itself

    @property
    def at(self) -> Span:
        """Where dates are measured from: the word for a verb ("Srebrenica, which ..., fell"), else the phrase."""
        return self.anchor if ".verb." in self.entry and self.anchor else self.span


@dataclass(slots=True)
class Grammar:
    words: tuple[str, ...]  # event words, verbs and one-word names, longest first
    hits: lexicon.WordHits  # finds `words` in the text in one pass
    entries: dict[str, tuple[str, dict]]  # word -> (lexicon id, entry)
    named: frozenset[str]
    name_after: re.Pattern
    not_names: frozenset[str]  # lower case: "THE" in a heading is "The"
    not_after: frozenset[str]
    not_before: tuple[str, ...]  # "prisoners of war": no event
    office_links: frozenset[str]  # "Secretary of State for War": an office's name, no event
    not_subject_after: frozenset[str]  # "on the border with Armenia was attacked": Armenia is not what was attacked
    modifiers: frozenset[str]
    modifier_tuple: tuple[str, ...]  # `modifiers`, for `str.endswith`
    context_modifiers: frozenset[str]  # "the civil war", "the armed conflict": kept in an unnamed context's name
    part_of: re.Pattern  # "during", "as part of": what follows holds what comes before
    cues: re.Pattern  # `part_of`, or "wider" ("the wider Anfal campaign"), in one scan; the group named says which
    cue_words: re.Pattern | None  # `cues` as one trie with no leading "\b" (see `cue_hits`); None if it cannot be
    cue_kinds: dict[str, str]  # phrase key of a cue -> "part_of" or "wider"
    relative: frozenset[str]
    determiners: frozenset[str]
    local: frozenset[str]  # lexicon ids of contexts that are always of a place (a siege)


@cache
def grammar(language: str) -> Grammar:
    lex = lexicon.load(language, "events")
    entries: dict[str, tuple[str, dict]] = {}
    for kind in ("nouns", "verbs"):
        for key, e in lex[kind].items():
            for w in e["words"]:
                entries[lexicon.phrase_key(w)] = (key, {**e, "verb": kind == "verbs"})
    named = {lexicon.phrase_key(w) for w in lex["named"]}
    links = lexicon.alternation(lex["name_links"])
    words = tuple(sorted({*entries, *named}, key=len, reverse=True))
    kinds = {lexicon.phrase_key(w): kind for kind in ("part_of", "wider") for w in lex[kind] if w}
    return Grammar(
        words=words,
        hits=lexicon.WordHits(words),
        entries=entries,
        named=frozenset(named),
        # No "the" between: "Siege of Khojaly", not "fall of the Soviet Union".
        name_after=re.compile(_SP + r"(?:" + links + r")" + _SP + r"(" + _CAP + r"(?:" + _SP + _CAP + r"){0,2})"),
        not_names=frozenset(w.lower() for w in lex["not_names"]),
        not_after=frozenset(lex["not_after"]),
        not_before=tuple(lexicon.phrase_key(w) for w in lex["not_before"]),
        office_links=frozenset(lex["office_links"]),
        not_subject_after=frozenset(lex["not_subject_after"]),
        modifiers=frozenset(lex["modifiers"]),
        modifier_tuple=tuple(sorted(lex["modifiers"])),
        context_modifiers=frozenset(lex["context_modifiers"]),
        part_of=re.compile(r"\b(?:" + lexicon.alternation(lex["part_of"]) + r")\b"),
        cues=re.compile(r"\b(?:(?P<part_of>" + lexicon.alternation(lex["part_of"]) + r")|(?P<wider>"
                        + lexicon.alternation(lex["wider"]) + r"))\b"),
        cue_words=_cue_words(lex["part_of"], lex["wider"]),
        cue_kinds=kinds,
        relative=frozenset(lex["relative"]),
        determiners=frozenset(lex["determiners"]),
        local=frozenset(k for k, e in lex["nouns"].items() if e.get("local")),
    )


def _cue_words(part_of: list[str], wider: list[str]) -> re.Pattern | None:
    """Both cue lists as one trie, its leading word boundary left to `cue_hits`: a pattern opening with
    its words' first letters lets `re` skip to them in C, where a leading "\b" is tried at every position.
    None when a cue of one list begins with one of the other (the alternation of `cues` would then tell
    them apart by order) or a cue does not begin with a letter or digit."""
    a, b = {lexicon.phrase_key(w) for w in part_of if w}, {lexicon.phrase_key(w) for w in wider if w}
    if any(x.startswith(y) or y.startswith(x) for x in a for y in b) or not all(re.match(r"\w", w) for w in a | b):
        return None
    return re.compile(r"(?:" + lexicon.alternation(a | b) + r")\b")


def cue_hits(g: Grammar, low: str) -> list[tuple[int, int, str]]:
    """(start, end, "part_of" or "wider") of each cue in `low`: what `g.cues.finditer` finds, faster."""
    if g.cue_words is None:
        return [(m.start(), m.end(), m.lastgroup) for m in g.cues.finditer(low)]  # type: ignore[misc]
    out: list[tuple[int, int, str]] = []
    search, kinds, pos = g.cue_words.search, g.cue_kinds, 0
    while (m := search(low, pos)) is not None:
        s = m.start()
        if s and (low[s - 1].isalnum() or low[s - 1] == "_"):  # no word boundary before it: inside a word
            pos = s + 1
            continue
        out.append((s, m.end(), kinds[lexicon.phrase_key(m.group())]))
        pos = m.end()
    return out


def scan(doc: Doc, places: list[PlaceMention] | None) -> list[Mention]:
    """Every event word, named or not, in text order. Given the document's places, a name after its
    word ("the shooting of Bosniak prisoners") or a verb's ("Srebrenica fell") must be one of them."""
    g = grammar(doc.language)
    where = _Places(places)
    found = []
    for start, end, word in g.hits.find(doc.lower):
        if word in g.named:
            if doc.norm[start].isupper():
                at = Span(start, end)  # one frozen span for the phrase and its word
                found.append(Mention(at, doc.text[start:end], "en.events.named", anchor=at))
            continue
        key, entry = g.entries[word]
        following = _WORD_AFTER.match(doc.lower, end)
        if following and (following.group(1) in g.not_after or following.group(1) in entry.get("not_after", ())):
            continue  # "war crimes", "the Universal Declaration of Human Rights"
        if _in_compound(doc, start, end) or _after_phrase(doc, g, start):
            continue  # "conflict-related deaths", "post-war", "prisoners of war"
        if entry.get("lower_only") and doc.norm[start].isupper() and not _OPENER.search(doc.norm[max(0, start - 40) : start]):
            continue  # "Enumeration of Vital Events 2011": a title
        at = Span(start, end)
        mention = _named(doc, g, at, key, entry, where)
        if mention is not None:
            found.append(mention)
        elif (not entry["verb"] or entry.get("anchor")) and not _in_office(doc, g, start):
            found.append(Mention(at, "", "en.events.unnamed", key, bool(entry.get("context")), at))
    found.sort(key=lambda m: (m.span.start, -m.span.end))
    out: list[Mention] = []
    for m in found:
        if out and m.span.start < out[-1].span.end:
            if len(m.span) <= len(out[-1].span):
                continue
            out.pop()
        out.append(m)
    return out


class _Places:
    """Is a stretch of text a place the document names? (None: not checked.)"""

    def __init__(self, places: list[PlaceMention] | None) -> None:
        self.spans = None if places is None else sorted((p.span.start, p.span.end) for p in places)
        self.starts = [s for s, _ in self.spans or ()]

    def covers(self, start: int, name: str) -> bool:
        if self.spans is None:
            return True
        end = start + len(name)
        i = bisect_left(self.starts, end)
        return any(s < end and start < e for s, e in self.spans[max(0, i - 3) : i])


def _named(doc: Doc, g: Grammar, word: Span, key: str, entry: dict, where: _Places) -> Mention | None:
    start, end = word.start, word.end
    context, verb = bool(entry.get("context")), entry["verb"]
    if entry.get("name_before"):
        found = _name_before(doc, start, g, clause=verb)
        if found and _proper(doc, found[0], found[1], where, opening=not verb) and (
                not verb or (where.spans is not None and where.covers(*found) and not _object(doc, g, found[0]))):
            return Mention(Span(found[0], end), found[1], "en.events.name_" + ("verb" if verb else "noun"),
                           key, context, word)
    if not entry.get("name_after"):
        return None
    if verb:
        m = _NAME_RIGHT_AFTER.match(doc.norm, end)
        if m and where.spans is not None and where.covers(m.start(1), m.group(1)) and _proper(doc, m.start(1), m.group(1), where):
            return Mention(Span(start, m.end(1)), m.group(1), "en.events.verb_name", key, context, word)
        return None
    both = _BETWEEN.match(doc.norm, end)  # "the war between Armenia and Azerbaijan"
    if both and both.group(1).lower() not in g.not_names and where.covers(both.start(1), both.group(1)) \
            and _proper(doc, both.start(1), both.group(1), where) and _proper(doc, both.start(2), both.group(2), where):
        return Mention(Span(start, both.end()), f"{both.group(1)} and {both.group(2)}", "en.events.noun_between",
                       key, context, word)
    after = g.name_after.match(doc.norm, end)
    if after:
        raw = _possessor(after.group(1).split())
        name = _strip(raw, g)
        if name and name[0] == raw[0] and where.covers(after.start(1), name[0]) \
                and _proper(doc, after.start(1), " ".join(name), where):
            return Mention(Span(start, after.end(1)), " ".join(name), "en.events.noun_of_name", key, context, word)
    return None


_POSSESSIVE = re.compile(r"\w(?:'s|s')$")
_OPENER = re.compile(r"(?:^|[.!?:;\n\"(]|^[ \t]*[0-9]+(?:\.[0-9]+)*\.?)[ \t]*$")
_MID_SENTENCE = r"(?<=[a-z,;] )"


def _proper(doc: Doc, start: int, name: str, where: _Places, opening: bool = False) -> bool:
    """Whether a capitalised stretch can name an event. Never a possessive ("attack on Azerbaijan's second
    city": the city is the site, not the country); a heading in capitals only when it is a place the text
    names ("THE EVENTS" is no name, "SANTA CRUZ" is); with `opening`, a lone word that only opens a sentence
    ("Sexual violence was ...", "2.3 Wilful killing") only when it is a place, or capitalised mid-sentence
    elsewhere ("the Armenian Genocide")."""
    words = name.split()
    if any(_POSSESSIVE.search(w) for w in words):
        return False  # "attack on Azerbaijan's second city": the city is the site, not the country
    checked = where.spans is not None
    if sum(c.isalpha() for c in name) > 1 and name.upper() == name:
        return not checked or where.covers(start, name)
    if opening and len(words) == 1 and checked and not where.covers(start, name):
        line = doc.norm.rfind("\n", 0, start) + 1
        if _OPENER.search(doc.norm[max(line, start - 40) : start]) or start == line:
            return _mid_sentence_elsewhere(doc.norm, name, start)
    return True


def _mid_sentence_elsewhere(norm: str, word: str, start: int) -> bool:
    """Whether `word` (no space in it) stands somewhere but at `start` after a small letter, a comma or a
    semicolon and one space, and ends a word there: what `re.finditer(_MID_SENTENCE + re.escape(word) + r"\b")`
    finds, by `str.find` rather than a lookbehind tried at every offset of the document."""
    if " " in word:  # matches could overlap: the regex's own scan
        return any(m.start() != start for m in re.finditer(_MID_SENTENCE + re.escape(word) + r"\b", norm))
    ends_word = word[-1].isalnum() or word[-1] == "_"
    at = norm.find(word)
    while at != -1:
        after = at + len(word)
        if at != start and at >= 2 and norm[at - 1] == " " and norm[at - 2] in _MID_SENTENCE_BEFORE \
                and ends_word != (after < len(norm) and (norm[after].isalnum() or norm[after] == "_")):
            return True
        at = norm.find(word, at + 1)
    return False


_MID_SENTENCE_BEFORE = frozenset("abcdefghijklmnopqrstuvwxyz,;")


def _possessor(words: list[str]) -> list[str]:
    """"the killing of Rwanda's Tutsi": a people of a country, named by the country ("Rwanda"); a possessive
    ending the name ("Azerbaijan's second city") is left for `_proper` to refuse."""
    for i, w in enumerate(words[:-1]):
        if _POSSESSIVE.search(w):
            return [*words[:i], w[:-2] if w.endswith("'s") else w[:-1]]
    return words


def _object(doc: Doc, g: Grammar, start: int) -> bool:
    """"... on the border with Armenia was attacked": the name after a preposition is not the verb's subject."""
    before = _WORD_BEFORE.search(doc.norm, max(0, start - 20), start)
    return bool(before) and before.group(1) in g.not_subject_after


def _in_compound(doc: Doc, start: int, end: int) -> bool:
    """"conflict-related", "post-war", "war-torn": the word is part of another."""
    norm = doc.norm
    return (end < len(norm) and norm[end] == "-") or (start > 0 and norm[start - 1] == "-")


def _after_phrase(doc: Doc, g: Grammar, start: int) -> bool:
    """"prisoners of war": what comes before makes the word no event."""
    if not g.not_before:
        return False
    return " ".join(doc.lower[max(0, start - 30) : start].split()).endswith(g.not_before)


_OFFICE_BEFORE = re.compile(r"[A-Z][\w'-]*\s+([a-z]+)\s+$")


def _in_office(doc: Doc, g: Grammar, start: int) -> bool:
    """"Secretary of State for War", "the Crime of Genocide": a capitalised word ending a title or an
    institution's name, not an event the text speaks of."""
    if not doc.norm[start].isupper():
        return False
    m = _OFFICE_BEFORE.search(doc.norm, max(0, start - 40), start)
    return bool(m) and m.group(1) in g.office_links


def _name_before(doc: Doc, pos: int, g: Grammar, clause: bool = False) -> tuple[int, str] | None:
    """The capitalised name right before an event word, over modifiers ("Halabja chemical attack")
    and, for a verb, over a relative clause ("Srebrenica, which ..., fell"): (its start, the name).
    Not the end of a hyphenated word ("anti-Armenian riots")."""
    norm = doc.norm
    # Each search below ends in "\s+$": cheap string tests on the text before `pos` (what a match
    # would need) skip the regex, which tries every position of its window, when it cannot match.
    for _ in range(2):
        lo = max(0, pos - 20)
        head = norm[lo:pos].rstrip()
        if len(head) == pos - lo or not head.endswith(g.modifier_tuple):  # the word matched is a suffix of `head`
            break
        m = _WORD_BEFORE.search(norm, lo, pos)
        if not m or m.group(1) not in g.modifiers:
            break
        pos = m.start(1)
    m = None
    lo = max(0, pos - 60)
    head = norm[lo:pos].rstrip()
    if len(head) < pos - lo and head:
        last = head.rsplit(None, 1)[-1]  # the name's last word, starting with [A-Z], is inside it
        if last != last.lower():
            m = _NAME_BEFORE.search(norm, lo, pos)
    if not m and clause:
        lo = max(0, pos - 260)
        head = norm[lo:pos].rstrip()
        if len(head) < pos - lo and head.endswith(","):
            m = _CLAUSE_BEFORE.search(norm, lo, pos)
    if not m or (m.start(1) > 0 and (norm[m.start(1) - 1] == "-" or norm[m.start(1) - 1].isalnum())):
        return None
    words = [(w.start(), w.group()) for w in _NON_SPACE.finditer(m.group(1))]
    while words and words[0][1].lower() in g.not_names:
        words = words[1:]
    if not words or words[-1][1].lower() in g.not_names:
        return None
    return m.start(1) + words[0][0], " ".join(w for _, w in words)


def _strip(words: list[str], g: Grammar) -> list[str]:
    """Drop capitalised words that start sentences or titles ("The", "During")."""
    while words and words[0].lower() in g.not_names:
        words = words[1:]
    return words if words and words[-1].lower() not in g.not_names else []


def after_relative(doc: Doc, g: Grammar, m: Mention) -> bool:
    """"a week before the riots": an event word after before/after/since names a point in time."""
    words = _LOWER_WORD.findall(doc.lower, max(0, m.span.start - 30), m.span.start)[-3:]
    return any(w in g.relative for w in words)


def bare(doc: Doc, g: Grammar, m: Mention) -> bool:
    """"the war", "this war": the one already named; "the 44-day war" is another."""
    before = _WORD_CHARS.findall(doc.lower, max(0, m.span.start - 20), m.span.start)
    return bool(before) and before[-1] in g.determiners


_PARTY = r"(?:the" + _SP + r")?" + _CAP + r"(?:" + _SP + _CAP + r"){0,3}"
_PARTIES_AFTER = re.compile(_SP + r"between" + _SP + _PARTY + _SP + r"and" + _SP + _PARTY)
_WHEN_AFTER = re.compile(r"\s+of\s+the\s+(?:1[0-9]|20)\d0s\b")  # a decade names the context; a year only dates it


def context_name(doc: Doc, m: Mention) -> str:
    """A context as the text words it ("Siege of Khojaly", "Iran–Iraq war"); an unnamed one by its
    word with what qualifies it ("44-day war", "conflicts of the 1990s")."""
    if m.name:
        return doc.text[m.span.start : m.span.end]
    g = grammar(doc.language)
    kept: list[str] = []
    for w in reversed(_WORD_CHARS.findall(doc.text, max(0, m.span.start - 40), m.span.start)[-2:]):
        if w.lower() in g.determiners or not (w[0].isdigit() or "-" in w.strip("-") or w.lower() in g.modifiers
                                                 or w.lower() in g.context_modifiers):
            break
        kept.insert(0, w)
    # "the conflicts of the 1990s", "war between the Sudanese Armed Forces and the Rapid Support Forces"
    when = _WHEN_AFTER.match(doc.norm, m.span.end) or _PARTIES_AFTER.match(doc.norm, m.span.end)
    return " ".join([*kept, " ".join(doc.text[m.span.start : when.end() if when else m.span.end].split())])


def introduced_by_cue(doc: Doc, g: Grammar, m: Mention, reach: int) -> bool:
    """"during the war": what the sentence counts happened inside it, not to it."""
    return bool(g.part_of.search(doc.lower[max(0, m.span.start - reach) : m.span.start]))
