"""Events as one document tells them: the event it is about, and the events around it.

Find, then write: `event_mentions` finds where the text names events ("the
Khojaly genocide", "the chemical attack on Halabja", "Srebrenica fell") or
speaks of one unnamed ("the attack", "the war"). `find_events` then decides,
by rules that can be read off the output:

- which mentions are one event: the same name or nearly ("Kohajaly"), or the
  same place; a site the text puts inside a larger event joins it, with the
  places named with it ("the Branjevo killings within a larger massacre ...
  after Srebrenica fell", "killed at Branjevo farm during the Srebrenica massacre");
- the main event: the most named event, the place most figures are stated at
  counting double; a context (a war, a campaign, a siege) only when no event
  proper is named and it is more than the setting of an unnamed one ("the
  shootings" at a site); with no name at all, the place most figures are stated at;
- what each is called: the site it happened at as the text writes it (prose
  before a heading's capitals); when its name is no site (a people, a country,
  the source's own word), the source's phrase whole ("Armenian Genocide",
  "fall of France"), never a lone adjective or possessive. Two named contexts
  of one kind with overlapping dates are one ("the 2020 Karabakh war", "the
  44-day war between Armenia and Azerbaijan");
- the dates of each (`event_dates`);
- context events, apart and linked to the main one: "includes" / "part_of"
  where the text says so ("the wider Anfal campaign", "during the war"), else
  "before" / "after" by their dates. A context is kept when it has a date,
  figures of its own, or a stated link and a place;
- whose each figure and label is: the event named nearest before it in its
  sentence, else after it, else last named in the sentence before, else the
  main event's.

Reconciling events across documents is not done here.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from rapidfuzz import fuzz

from testimonia.extract.doc import Doc
from testimonia.extract.event_dates import (
    DateOwners,
    date_event,
    first_day,
    implied_year,
    last_day,
    later_acts,
    later_between,
    span_days,
)
from testimonia.extract.event_mentions import (
    Grammar,
    Mention,
    after_relative,
    bare,
    context_name,
    cue_hits,
    grammar,
    introduced_by_cue,
    scan,
)
from testimonia.model.facts import (
    Characterization,
    DateClaim,
    EventMention,
    Figure,
    PlaceMention,
    Span,
)

_SAME_NAME = 80  # rapidfuzz ratio at or above which two names are one event ("Khojaly", "Kohajaly")
_CUE_REACH = 25  # characters from "during" / "wider" to the event it introduces
_CONTAINED_REACH = 80  # characters back from "during" to what it puts inside that event
_WIDE_KINDS = frozenset({"country", "continent", "admin1", "region", "historical"})  # no site of an event


@dataclass(slots=True)
class _Group:
    """Mentions of one event in one document."""

    mentions: list[Mention]
    context: bool
    name: str = ""  # set when a site joins a larger event: the larger event's name
    sites: list[PlaceMention] = field(default_factory=list)


def find_event_mentions(doc: Doc, places: list[PlaceMention] | None = None) -> list[Mention]:
    """The named event mentions, in text order. Given the document's places, a name after its word
    ("the shooting of Bosniak prisoners") or a verb's ("Srebrenica fell") counts only when it is one of them."""
    return [m for m in scan(doc, places) if m.name]


def find_events(
    doc: Doc,
    figures: list[Figure] = (),  # type: ignore[assignment]
    dates: list[DateClaim] = (),  # type: ignore[assignment]
    places: list[PlaceMention] | None = None,
    characterizations: list[Characterization] = (),  # type: ignore[assignment]
) -> list[EventMention]:
    """The document's events, main event first, with the facts that belong to each.

    Sets `event` on the characterizations it links; figures are listed on
    their event (`EventMention.figures`).
    """
    g = grammar(doc.language)
    known = places is not None  # without the document's places, no name can be told to be one
    places = places if places is not None else []
    mentions = scan(doc, places)
    groups = _group([m for m in mentions if m.name], places, doc)
    group_of = {id(m): gr for gr in groups for m in gr.mentions}
    index = _PlaceIndex(places, known)
    part_of = _join_sites(doc, g, mentions, group_of, index)
    relative = {id(m) for m in mentions if not m.name and after_relative(doc, g, m)}
    owners = DateOwners(doc, mentions, dates, relative)
    groups = _merge_contexts([gr for gr in groups if gr.mentions], owners, group_of, None)
    dominant = _dominant_place(doc, figures, places)
    at_dominant = _figures_stated(doc, figures, [p for p in places if _site_key(p) == _site_key(dominant)]) if dominant else 0
    main = _main(groups, dominant, index, at_dominant)
    if main is not None and main.context and dominant is not None and _only_setting(doc, main, dominant, mentions, figures, places):
        main = None
    if main is None:
        if dominant is None or not (figures or any(not m.name and not m.context for m in mentions)):
            return []
        main = _Group([], False, _as_written(doc, dominant.name), [p for p in places if _site_key(p) == _site_key(dominant)])
        groups.insert(0, main)
    contexts = _ContextsByEntry(groups)
    for m in mentions:
        if m.name:
            continue
        if m.context:
            gr = _context_group_for(doc, g, m, groups, owners, contexts, main)
            if gr is not None:
                gr.mentions.append(m)
                contexts.add(gr, m)
                group_of[id(m)] = gr
        elif id(m) not in relative:
            group_of[id(m)] = main  # "the attack": the event the document is about
    groups = _merge_contexts(groups, owners, group_of, main)  # "the war" was dated once it joined its name
    events = {id(gr): _event(doc, gr, gr is main, owners, index) for gr in groups}
    year = implied_year(doc, events[id(main)].aliases, dates, [p.name for p in events[id(main)].places])
    by_group: dict[int, list[Mention]] = {}  # each group's mentions, in text order: read per group, not per pair
    for m in mentions:
        by_group.setdefault(id(group_of.get(id(m))), []).append(m)
    for gr in groups:
        if gr is main or not gr.context:
            date_event(doc, events[id(gr)], gr, owners, by_group.get(id(gr), []), group_of, year if gr is main else None,
                       main=gr is main)
    placed = _placed(doc, g, mentions, relative)
    at_main = {doc.sentence_at(p.span.start) for p in events[id(main)].places}
    would_take = _owners(doc, g, mentions, group_of, relative, groups, placed, at_main)
    taking = {id(would_take(f.span)) for f in figures if f.part_of is None}
    kept = [gr for gr in groups if gr is main or _worth_keeping(gr, events[id(gr)], part_of, id(gr) in taking)]
    _relate(g, main, kept, events, part_of)
    # Only the live groups change whose a fact is: with none dropped, the answers already worked out stand.
    owner = would_take if len(kept) == len(groups) else _owners(doc, g, mentions, group_of, relative, kept, placed, at_main)
    _assign(figures, characterizations, lambda span: events[id(owner(span) or main)], events[id(main)])
    out = [events[id(gr)] for gr in [main, *(gr for gr in kept if gr is not main)]]
    for e in out:
        e.figures.sort(key=lambda f: f.span.start)
    return out


# --------------------------------------------------------------------------- which mentions are one event


_ALSO_CALLED = re.compile(r"\s*(?:\(\s*(?:also\s+)?(?:called|known\s+as|or)|,\s*also\s+(?:called|known\s+as))\s+(?:the\s+)?$")


def _group(mentions: list[Mention], places: list[PlaceMention], doc: Doc | None = None) -> list[_Group]:
    """Mentions of one event together, in order of first mention; a context never joins an event proper,
    except a bare one-word name ("Anfal" joins "the Anfal campaign"). A name the text gives as another's
    ("the Jallianwala Bagh massacre (also called the Amritsar massacre)") is the same event."""
    place_ids = {p.name.lower(): p.place for p in places if p.place}
    groups: list[_Group] = []
    firsts: list[tuple[set[str], set[str]]] = []  # each group's first name: its keys and their places
    previous: tuple[Mention, _Group] | None = None
    for m in mentions:
        if previous is not None and doc is not None and previous[0].context == m.context \
                and _ALSO_CALLED.match(doc.lower[previous[0].span.end : m.span.start]):
            previous[1].mentions.append(m)
            continue
        keys = _name_keys(m.name)
        ids = {place_ids[k] for k in keys if k in place_ids}
        for group, (other, other_ids) in zip(groups, firsts):
            if m.rule != "en.events.named" and group.context != m.context:
                continue
            if ids & other_ids or any(fuzz.ratio(k, o) >= _SAME_NAME for k in keys for o in other):
                group.mentions.append(m)
                previous = (m, group)
                break
        else:
            groups.append(_Group([m], m.context))
            firsts.append((keys, ids))
            previous = (m, groups[-1])
    return groups


_NAME_PARTS = re.compile(r"-|\s+and\s+")


def _name_keys(name: str) -> set[str]:
    """"Srebrenica-Potočari" is also "Srebrenica" and "Potočari"."""
    low = name.lower()
    if "-" not in low and "and" not in low:  # most names: no parts to split (`re.split` costs a cache lookup)
        return {low}
    return {low, *(p for p in _NAME_PARTS.split(low) if len(p) > 2)}


def _join_sites(doc: Doc, g: Grammar, mentions: list[Mention], group_of: dict,
                index: _PlaceIndex) -> list[tuple[_Group | None, _Group]]:
    """Apply "X during / within / in the course of Y" and "the wider Y". Inside a larger event proper,
    X's mentions and the sites named before the cue join Y. Inside a context, X is part of it: the
    (X, Y) pairs are returned, X None for the main event ("the wider Anfal campaign")."""
    pairs: list[tuple[_Group | None, _Group]] = []
    merged: dict[int, _Group] = {}  # groups other groups joined
    starts = [m.span.start for m in mentions]
    ends = sorted((m.span.end, i) for i, m in enumerate(mentions))
    end_keys = [e for e, _ in ends]
    # One scan finds both kinds of cue (no word of one is inside a phrase of the other); every
    # "during" is applied before any "wider", as two scans would.
    found: dict[str, list[tuple[int, int]]] = {"part_of": [], "wider": []}
    for cue_start, cue_end, kind in cue_hits(g, doc.lower):
        found[kind].append((cue_start, cue_end))
    for cues, implicit in ((found["part_of"], False), (found["wider"], True)):
        for cue_start, cue_end in cues:
            sentence = doc.sentence_at(cue_start)
            i = bisect_left(starts, cue_end)
            if i == len(mentions) or mentions[i].span.start > min(cue_end + _CUE_REACH, sentence[1]):
                continue
            container, contained = mentions[i], None
            if not implicit:
                lo = bisect_left(end_keys, max(sentence[0], cue_start - _CONTAINED_REACH))
                hi = bisect_right(end_keys, cue_start)
                before = [mentions[j] for _, j in ends[lo:hi] if not mentions[j].context]
                contained = max(before, key=lambda m: m.span.end) if before else None
            target = group_of.get(id(container))
            if container.context:
                if target is not None and (implicit or contained is not None):
                    pairs.append((group_of.get(id(contained)) if contained is not None and contained.name else None,
                                  target))
                continue
            if target is None:  # "within a larger massacre ... after Srebrenica fell": the next named event
                target = _next_named(mentions, i + 1, sentence[1], group_of)
            if target is None or implicit:
                continue
            reach = max(sentence[0], cue_start - _CONTAINED_REACH)
            target.sites.extend(p for p in index.within(Span(reach, cue_start)) if _site(p))
            source = group_of.get(id(contained)) if contained is not None and contained.name else None
            if source is None or source is target or source.context:
                continue
            target.name = target.name or Counter(m.name for m in target.mentions).most_common(1)[0][0]
            target.mentions += source.mentions  # put in text order below, once: a long text joins many
            merged[id(target)] = target
            for m in source.mentions:
                group_of[id(m)] = target
            source.mentions = []
    for target in merged.values():
        target.mentions.sort(key=lambda m: m.span.start)  # mentions never share a start
    return pairs


def _next_named(mentions: list[Mention], i: int, end: int, group_of: dict) -> _Group | None:
    for m in mentions[i:]:
        if m.span.start >= end:
            return None
        if m.name and not m.context:
            return group_of.get(id(m))
    return None


def _merge_contexts(groups: list[_Group], owners: DateOwners, group_of: dict, main: _Group | None) -> list[_Group]:
    """Two named contexts of one kind whose own dates overlap are one: "the 2020 Karabakh war" and "the
    44-day war between Armenia and Azerbaijan" in October 2020. Wars of other years stay apart."""
    spans: dict[int, tuple[str, str]] = {}
    for gr in groups:
        own = [d for m in gr.mentions for d in owners.attached(m)]
        if gr.context and own:
            spans[id(gr)] = (min(first_day(d.start) for d in own), max(last_day(d.end or d.start) for d in own))
    out: list[_Group] = []
    for gr in groups:
        into = next((o for o in out if id(o) in spans and id(gr) in spans and o.mentions[0].entry == gr.mentions[0].entry
                     and spans[id(o)][0] <= spans[id(gr)][1] and spans[id(gr)][0] <= spans[id(o)][1]), None)
        if into is None:
            out.append(gr)
            continue
        if gr is main:  # the main event keeps its identity; the other joins it
            out[out.index(into)] = gr
            into, gr = gr, into
        into.mentions = sorted(into.mentions + gr.mentions, key=lambda m: m.span.start)
        for m in gr.mentions:
            group_of[id(m)] = into
    return out


class _ContextsByEntry:
    """The context groups holding a mention of each lexicon entry ("en.context.war"), kept up to date
    as mentions join them: which contexts are of a kind is then a lookup, not a pass over every group."""

    def __init__(self, groups: list[_Group]) -> None:
        self.groups: dict[str, dict[int, _Group]] = {}
        for gr in groups:
            for m in gr.mentions:
                self.add(gr, m)

    def add(self, gr: _Group, m: Mention) -> None:
        if gr.context:
            self.groups.setdefault(m.entry, {})[id(gr)] = gr

    def of(self, entry: str) -> list[_Group]:
        return list(self.groups.get(entry, {}).values())


def _context_group_for(doc: Doc, g: Grammar, m: Mention, groups: list[_Group], owners: DateOwners,
                       contexts: _ContextsByEntry, main: _Group) -> _Group | None:
    """An unnamed context with a date written with it ("the war ... between 1992 and 1994"): when it is
    bare ("the war"), the document's named context of that kind (the main event if it is one, else the
    one named last before it), else a context of its own."""
    if not owners.attached(m):
        return None
    same = contexts.of(m.entry)
    if same and bare(doc, g, m):
        if len(same) == 1 or main in same:
            return same[0] if len(same) == 1 else main
        before = [(gr.mentions[0].span.start, i) for i, gr in enumerate(same) if gr.mentions and gr.mentions[0].span.start < m.span.start]
        if before:
            return same[max(before)[1]]
    gr = _Group([], True)
    groups.append(gr)
    return gr


# --------------------------------------------------------------------------- the main event


def _dominant_place(doc: Doc, figures: list[Figure], places: list[PlaceMention]) -> PlaceMention | None:
    """The site (not a country or region) most named in sentences that state figures, then in the whole text."""
    local = [(_site_key(p), p) for p in places if _site(p)]
    if not local:
        return None
    with_figures = {doc.sentence_at(f.span.start) for f in figures}
    in_figures = Counter(pid for pid, p in local if doc.sentence_at(p.span.start) in with_figures)
    overall = Counter(pid for pid, _ in local)
    first: dict[str, PlaceMention] = {}
    for pid, p in local:
        first.setdefault(pid, p)
    best = max(overall, key=lambda pid: (in_figures[pid], overall[pid], -first[pid].span.start))
    return first[best]


def _only_setting(doc: Doc, context: _Group, site: PlaceMention, mentions: list[Mention], figures: list[Figure],
                  places: list[PlaceMention]) -> bool:
    """"The shootings killed 13 in Derry ... 3,500 died in the Northern Ireland conflict": a context is only the
    setting of an event the text tells of without naming it ("the shootings"), at a site that figures are stated
    at, when most figures are stated away from the context's words."""
    if not any(not m.name and not m.context for m in mentions):
        return False
    at_site = _figures_stated(doc, figures, [p for p in places if _site_key(p) == _site_key(site)])
    with_context = _figures_stated(doc, figures, [m for m in mentions if m.entry == context.mentions[0].entry])
    return at_site > 0 and 2 * with_context < len(figures)


def _figures_stated(doc: Doc, figures: list[Figure], named: list) -> int:
    """How many figures are stated in sentences that name a place or an event (any of its mentions)."""
    sentences = {doc.sentence_at(x.span.start) for x in named}
    return sum(doc.sentence_at(f.span.start) in sentences for f in figures)


def _as_written(doc: Doc, name: str) -> str:
    """A name as the text writes it in running prose: "Maraga" rather than a heading's "MARAGA"."""
    if name.upper() != name or not any(c.isalpha() for c in name):
        return name
    for m in re.finditer(re.escape(name), doc.norm, re.IGNORECASE):
        written = doc.text[m.start() : m.end()]
        if written.upper() != written:
            return written
    return name


@cache
def _kind(place_id: str) -> str:
    from testimonia.gazetteer import get_gazetteer

    entry = get_gazetteer().entry(place_id)
    return entry.kind if entry is not None else ""


def _site_key(p: PlaceMention) -> str:
    """What makes two mentions the same site: the gazetteer place, or for a village the gazetteer lacks
    (reported without coordinates), the name as written ("Inn Din", "Liubukou")."""
    return p.place or "name:" + p.name.lower()


def _site(p: PlaceMention) -> bool:
    """A place an event can happen at: a town, a village, a farm; not a country or a region."""
    return not p.place or (not p.place.startswith("region:") and _kind(p.place) not in _WIDE_KINDS)


def _main(groups: list[_Group], dominant: PlaceMention | None, index: _PlaceIndex, figures_there: int = 0) -> _Group | None:
    """The most named event, an event at the place figures are stated at counting double."""
    candidates = [gr for gr in groups if not gr.context] or groups
    if not candidates:
        return None

    def at(gr: _Group) -> bool:
        return dominant is not None and any(_site_key(p) == _site_key(dominant) for p in _places_of(gr, index))

    def score(gr: _Group) -> int:
        # No figure stated at the most named place: it is only the first named ("events in Yerevan").
        return len(gr.mentions) + (2 if figures_there and at(gr) else 0)

    return max(candidates, key=lambda gr: (score(gr), -gr.mentions[0].span.start))


class _PlaceIndex:
    """The document's places, for the questions events ask: by spelling, by gazetteer id, by position."""

    def __init__(self, places: list[PlaceMention], known: bool = True) -> None:
        self.known = known  # False: the places were not given, not found to be none
        self.places = sorted(places, key=lambda p: p.span.start)
        self.starts = [p.span.start for p in self.places]
        self.by_name: dict[str, list[PlaceMention]] = {}
        self.by_id: dict[str, list[PlaceMention]] = {}
        self.of_group: dict[int, list[PlaceMention]] = {}  # `_places_of`, asked by `_main` and `_event` alike
        for p in self.places:
            self.by_name.setdefault(p.name.lower(), []).append(p)
            if p.place:
                self.by_id.setdefault(p.place, []).append(p)

    def within(self, span: Span) -> list[PlaceMention]:
        i, j = bisect_left(self.starts, span.start), bisect_left(self.starts, span.end)
        return [p for p in self.places[i:j] if p.span.end <= span.end]


def _places_of(gr: _Group, index: _PlaceIndex) -> list[PlaceMention]:
    """The places an event's names name (any spelling of the same gazetteer place), those inside its
    mentions, and the sites the text put inside it; in text order. (Named mentions and sites are
    settled by the time the main event is chosen, so the answer is kept for the group.)"""
    if id(gr) in index.of_group:
        return index.of_group[id(gr)]
    names = {k for m in gr.mentions if m.name for k in _name_keys(m.name)}
    near = [p for name, ps in index.by_name.items() if any(fuzz.ratio(name, n) >= _SAME_NAME for n in names) for p in ps]
    found = {id(p): p for p in near}
    for place_id in {p.place for p in near if p.place}:
        found.update((id(p), p) for p in index.by_id[place_id])
    found.update((id(p), p) for p in gr.sites)
    for m in gr.mentions:
        if m.name:
            found.update((id(p), p) for p in index.within(m.span))
    out = index.of_group[id(gr)] = sorted(found.values(), key=lambda p: p.span.start)
    return out


# --------------------------------------------------------------------------- writing the events


def _event(doc: Doc, gr: _Group, is_main: bool, owners: DateOwners, index: _PlaceIndex) -> EventMention:
    named = [m for m in gr.mentions if m.name]
    first = (named or gr.mentions)[0] if gr.mentions else None
    span = first.span if first is not None else None
    if gr.context and not is_main and first is not None:
        # Not the date of a later act told between them ("the commission ... that ended the civil war, reported
        # in March 1993"), unless the event is one ("a Joint Declaration was signed").
        act = first.entry in later_acts(doc.language)
        own = sorted({id(d): d for m in gr.mentions for d in owners.attached(m) if act or not later_between(doc, m.span, d.span)
                      }.values(), key=lambda d: (first_day(d.start), d.span.start))
        name = context_name(doc, first)
        return EventMention(
            name=name, rule=first.rule, start=own[0].start if own else None, end=own[0].end if own else None,
            places=[p for m in named for p in index.within(m.span)],
            dates=own, aliases=_aliases(doc, named) or [name], span=span,
        )
    return EventMention(
        name=gr.name or _proper_name(doc, named, index),
        rule=first.rule if first is not None else "en.events.dominant_place",
        places=_places_of(gr, index), aliases=_aliases(doc, named), span=span,
    )


def _proper_name(doc: Doc, named: list[Mention], index: _PlaceIndex) -> str:
    """An event proper's name: the site it happened at as the text writes it ("Khojaly" for "the Khojaly
    genocide"); when its name is no site (a country, a people, a word of the source's own), the source's
    name for it whole ("Armenian Genocide", "fall of France", "Karabakh war"), never a bare "Armenian"."""
    counts = Counter(m.name for m in named)  # insertion-ordered: ties go to the first spelling
    if not counts:
        return ""
    name = max(counts, key=lambda n: (n.upper() != n, counts[n]))  # prose before a heading's capitals
    if not index.known or any(_site(p) for k in _name_keys(name) for p in index.by_name.get(k, ())):
        return _as_written(doc, name)
    phrases = Counter(doc.text[m.span.start : m.span.end] for m in named if m.name == name and ".verb." not in m.entry)
    if not phrases:
        return _as_written(doc, name)
    phrase = max(phrases, key=lambda t: (t.upper() != t, phrases[t]))
    return " ".join(_as_written(doc, phrase).split())


def _aliases(doc: Doc, mentions: list[Mention]) -> list[str]:
    """What the text calls the event ("Khojaly tragedy"); a verb ("Srebrenica fell") names nothing."""
    return list(dict.fromkeys(doc.text[m.span.start : m.span.end] for m in mentions if ".verb." not in m.entry))


def _worth_keeping(gr: _Group, e: EventMention, part_of: list, takes_figures: bool) -> bool:
    """An event proper is always kept. A context is kept with a date, with a name and figures of its own,
    or with a name, a place and a link the text states; a bare "the war" is only talk."""
    if not gr.mentions:
        return False
    if not gr.context or e.start:
        return True
    if not any(m.name for m in gr.mentions):
        return False
    return (bool(e.places) and any(container is gr for _, container in part_of)) or takes_figures


def _relate(g: Grammar, main: _Group, kept: list[_Group], events: dict,
            part_of: list[tuple[_Group | None, _Group]]) -> None:
    """Link every other event to the main one: what the text says, else the order of their dates."""
    m = events[id(main)]
    containers = []
    for contained, container in part_of:
        if container is main or container not in kept or (contained is not None and contained is not main):
            continue
        events[id(container)].relation, events[id(container)].related = "includes", m
        containers.append(events[id(container)])
    if containers:  # the narrowest: "the Anfal campaign in 1988", not "the Iran–Iraq war (1980–1988)"
        m.relation, m.related = "part_of", min(containers, key=lambda e: span_days(e.start, e.end) if e.start else 1 << 30)
    for gr in kept:
        e = events[id(gr)]
        if gr is main:
            continue
        if gr.context and not e.places and not any(x.name for x in gr.mentions) and any(
                x.entry in g.local for x in gr.mentions):
            e.places = list(m.places[:1])  # "the town had been under blockade": the document's own place
        if e.relation is None:
            e.related, e.relation = m, _order(e, m)


def _order(e: EventMention, main: EventMention) -> str | None:
    if not e.start or not main.start:
        return None
    if last_day(e.end or e.start) < first_day(main.start):
        return "before"
    if first_day(e.start) > last_day(main.end or main.start):
        return "after"
    return None


# --------------------------------------------------------------------------- whose each fact is


def _placed(doc: Doc, g: Grammar, mentions: list[Mention], relative: set[int]) -> list[tuple[Mention, tuple[int, int], bool]]:
    """Each mention with its sentence and whether it may take facts at all (not after "before", not a
    context introduced by "during"): what `_owners` reads, worked out once for both its calls."""
    return [(m, doc.sentence_at(m.span.start),
             id(m) not in relative and not (m.context and introduced_by_cue(doc, g, m, _CUE_REACH))) for m in mentions]


def _owners(doc: Doc, g: Grammar, mentions: list[Mention], group_of: dict, relative: set[int],
            alive: list[_Group], placed: list[tuple[Mention, tuple[int, int], bool]] | None = None,
            at_main: set[tuple[int, int]] = frozenset(),  # type: ignore[assignment]
            ) -> Callable[[Span], _Group | None]:
    """Whose a fact at a span is: the event named nearest before it in its sentence, else after it, else
    (in a sentence that speaks of no event) last named in the sentence before, same paragraph, else None
    (the main event's). A context the sentence puts something inside ("during the war") takes nothing;
    neither does "before the riots", nor a context in a sentence naming the main event's place."""
    live = {id(gr) for gr in alive}
    by_sentence: dict[tuple[int, int], list[Mention]] = {}
    if placed is None:
        placed = _placed(doc, g, mentions, relative)
    speaks = {sentence for _, sentence, _ in placed}  # sentences that speak of some event, even one taking nothing
    for m, sentence, may_take in placed:
        if may_take and id(group_of.get(id(m))) in live:
            by_sentence.setdefault(sentence, []).append(m)
    starts = doc.sentence_starts
    known: dict[int, _Group | None] = {}  # by the fact's start, all the answer depends on

    def owner(span: Span) -> _Group | None:
        if span.start in known:
            return known[span.start]
        sentence = doc.sentence_at(span.start)
        here = by_sentence.get(sentence, [])
        before = [m for m in here if m.span.start <= span.start]
        pick = before[-1] if before else next((m for m in here if m.span.start > span.start), None)
        i = bisect_right(starts, sentence[0]) - 1
        if pick is None and sentence not in speaks and i > 0 and "\n\n" not in doc.norm[doc.sentences[i - 1][1] : sentence[0]]:
            previous = by_sentence.get(doc.sentences[i - 1], [])
            pick = previous[-1] if previous else None
        found = group_of[id(pick)] if pick is not None else None
        if found is not None and found.context and doc.sentence_at(pick.span.start) in at_main:
            found = None  # "the commission that ended the civil war found 200 killed in El Mozote": the main event's
        known[span.start] = found
        return found

    return owner


def _assign(figures: list[Figure], characterizations: list[Characterization],
            owner: Callable[[Span], EventMention], main: EventMention) -> None:
    """List each figure on its event (a part where its total is) and set each label's event."""
    owner_of: dict[int, EventMention] = {}
    for f in figures:
        if f.part_of is None:
            owner_of[id(f)] = owner(f.span)
            owner_of[id(f)].figures.append(f)
    for f in figures:
        if f.part_of is not None:
            owner_of.get(id(f.part_of), main).figures.append(f)
    for c in characterizations:
        if c.event is None:
            c.event = owner(c.span)
