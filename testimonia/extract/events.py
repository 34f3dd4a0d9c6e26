"""Events as one document names them, and what the document says about each.

A named event is a capitalised name with an event noun from the lexicon:
"the Khojaly genocide", "the Srebrenica massacre", "the Siege of Khojaly",
"the taking of Khojaly". Mentions whose names are the same, or nearly
(a misspelling: "Kohajaly"), are one event, named by its most frequent
spelling. The event most often named is the document's main event.

Facts attach to events simply and visibly: a figure belongs to the event
named in its sentence, else to the main event; an event's dates are the
dates stated in sentences that name it, and its start and end come from the
most precise of them. Reconciling events across documents is not done here.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from rapidfuzz import fuzz

from testimonia.extract import lexicon
from testimonia.extract.doc import Doc
from testimonia.model.facts import Characterization, DateClaim, EventMention, Figure, PlaceMention, Span

_SAME_NAME = 80  # rapidfuzz ratio at or above which two names are one event ("Khojaly", "Kohajaly")
_PRECISION = {"day": 0, "month": 1, "year": 2}
_NAME_BEFORE = re.compile(r"\b((?:[A-Z][\w'-]*\s+){0,2}[A-Z][\w'-]*)\s+$")


@dataclass(frozen=True, slots=True)
class _Mention:
    span: Span  # the whole phrase: "Khojaly genocide", "Siege of Khojaly"
    name: str  # the name in it: "Khojaly"
    rule: str


@dataclass(slots=True)
class _Grammar:
    nouns: tuple[str, ...]  # event nouns and one-word event names, found with str.find
    before: frozenset[str]  # nouns that take their name before them
    after: frozenset[str]
    named: frozenset[str]
    name_after: re.Pattern
    not_names: frozenset[str]


@cache
def _grammar(language: str) -> _Grammar:
    lex = lexicon.load(language, "events")
    words = {lexicon.phrase_key(w): e for e in lex["nouns"].values() for w in e["words"]}
    named = {lexicon.phrase_key(w) for w in lex["named"]}
    links = lexicon.alternation(lex["name_links"])
    return _Grammar(
        nouns=tuple(sorted({*words, *named}, key=len, reverse=True)),
        before=frozenset(w for w, e in words.items() if e.get("name_before")),
        after=frozenset(w for w, e in words.items() if e.get("name_after")),
        named=frozenset(named),
        # No "the" between: "Siege of Khojaly", not "fall of the Soviet Union".
        name_after=re.compile(r"\s+(?:" + links + r")\s+([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})"),
        not_names=frozenset(lex["not_names"]),
    )


def find_event_mentions(doc: Doc) -> list[_Mention]:
    g = _grammar(doc.language)
    norm, out = doc.norm, []
    for start, end, noun in _find_words(doc.lower, g.nouns):
        if noun in g.named:
            if norm[start].isupper():
                out.append(_Mention(Span(start, end), doc.text[start:end], "en.events.named"))
            continue
        found = _name_before(doc, start, g) if noun in g.before else None
        if found:
            out.append(_Mention(Span(found[0], end), found[1], "en.events.name_noun"))
            continue
        after = g.name_after.match(norm, end) if noun in g.after else None
        if after:
            name = _strip(after.group(1).split(), g)
            if name and name[0] == after.group(1).split()[0]:
                out.append(_Mention(Span(start, after.end(1)), " ".join(name), "en.events.noun_of_name"))
    out.sort(key=lambda m: m.span.start)
    return out


def _find_words(low: str, words: tuple[str, ...]) -> list[tuple[int, int, str]]:
    """Whole-word hits of a few words, by `str.find` (several times faster than a regex scan),
    longest word first so "massacres" is not also read as "massacre"."""
    hits: list[tuple[int, int, str]] = []
    taken: set[int] = set()
    n = len(low)
    for word in words:
        i = low.find(word)
        while i != -1:
            end = i + len(word)
            if i not in taken and (i == 0 or not low[i - 1].isalnum()) and (end == n or not low[end].isalnum()):
                hits.append((i, end, word))
                taken.add(i)
            i = low.find(word, end)
    return hits


def _name_before(doc: Doc, pos: int, g: _Grammar) -> tuple[int, str] | None:
    """The capitalised name right before an event noun: (its start, the name)."""
    m = _NAME_BEFORE.search(doc.norm, max(0, pos - 60), pos)
    if not m:
        return None
    words = [(w.start(), w.group()) for w in re.finditer(r"\S+", m.group(1))]
    while words and words[0][1] in g.not_names:
        words = words[1:]
    if not words or words[-1][1] in g.not_names:
        return None
    return m.start(1) + words[0][0], " ".join(w for _, w in words)


def _strip(words: list[str], g: _Grammar) -> list[str]:
    """Drop capitalised words that start sentences or titles ("The", "During")."""
    while words and words[0] in g.not_names:
        words = words[1:]
    return words if words and words[-1] not in g.not_names else []


def find_events(
    doc: Doc,
    figures: list[Figure] = (),  # type: ignore[assignment]
    dates: list[DateClaim] = (),  # type: ignore[assignment]
    places: list[PlaceMention] = (),  # type: ignore[assignment]
    characterizations: list[Characterization] = (),  # type: ignore[assignment]
) -> list[EventMention]:
    """The document's events, main event first, with the facts that belong to each.

    Sets `event` on the characterizations it links; figures are listed on
    their event (`EventMention.figures`).
    """
    mentions = find_event_mentions(doc)
    if not mentions:
        return []
    groups = _group(mentions, places)
    events = [_event(doc, group, dates, places) for group in groups]
    by_sentence = {doc.sentence_at(m.span.start): ev for ev, group in zip(events, groups) for m in group}
    main = events[0]
    owner_of: dict[int, EventMention] = {}
    for f in figures:
        if f.part_of is None:
            owner_of[id(f)] = _owner(doc, f.span, by_sentence, main)
            owner_of[id(f)].figures.append(f)
    for f in figures:
        if f.part_of is not None:  # a part belongs where its total does
            owner_of.get(id(f.part_of), main).figures.append(f)
    for c in characterizations:
        if c.event is None:
            c.event = _owner(doc, c.span, by_sentence, main)
    for e in events:
        e.figures.sort(key=lambda f: f.span.start)
    return events


def _owner(doc: Doc, span: Span, by_sentence: dict, main: EventMention) -> EventMention:
    return by_sentence.get(doc.sentence_at(span.start), main)


def _group(mentions: list[_Mention], places: list[PlaceMention]) -> list[list[_Mention]]:
    """Mentions of one event together; the most mentioned group first, ties by first mention."""
    place_ids = {p.name.lower(): p.place for p in places if p.place}
    groups: list[list[_Mention]] = []
    for m in mentions:
        key = m.name.lower()
        for group in groups:
            other = group[0].name.lower()
            same_place = place_ids.get(key) is not None and place_ids.get(key) == place_ids.get(other)
            if same_place or fuzz.ratio(key, other) >= _SAME_NAME:
                group.append(m)
                break
        else:
            groups.append([m])
    groups.sort(key=lambda g: (-len(g), g[0].span.start))
    return groups


def _event(doc: Doc, group: list[_Mention], dates: list[DateClaim], places: list[PlaceMention]) -> EventMention:
    counts = Counter(m.name for m in group)  # insertion-ordered: ties go to the first spelling
    name = max(counts, key=counts.__getitem__)
    sentences = {doc.sentence_at(m.span.start) for m in group}
    published = doc.published.isoformat() if doc.published else None
    own = [d for d in dates if doc.sentence_at(d.span.start) in sentences
           and not (d.start == published and d.end is None)]
    best = min(own, key=lambda d: (_PRECISION.get(d.precision, 3), d.span.start), default=None)
    names = {m.name.lower() for m in group}
    near = [p for p in places if any(fuzz.ratio(p.name.lower(), n) >= _SAME_NAME for n in names)]
    ids = {p.place for p in near if p.place}
    linked = [p for p in places if p in near or (p.place and p.place in ids)
              or any(m.span.start <= p.span.start and p.span.end <= m.span.end for m in group)]
    aliases = list(dict.fromkeys(doc.text[m.span.start : m.span.end] for m in group))
    return EventMention(
        name=name, rule=group[0].rule, start=best.start if best else None, end=best.end if best else None,
        places=linked, dates=own, aliases=aliases, span=group[0].span,
    )
