"""When a document's events happened, as it says it: the dates written next to an
event's words, and the year an anniversary gives.

Every date the document states, except its own publication date and dates after
it, goes to the event word nearest it in its sentence: within 80 characters of
an event ("the attack on 16 March 1988", "The violence, which lasted from 27 to
29 February 1988"), or written right with a context ("the Iran–Iraq war
(1980–1988)", "the Siege of Khojaly since 1991", "On 8 August 2025, a Joint
Declaration"). An event's name holds a date more firmly than an unnamed word or
a context does, and a day more firmly than a year written as near ("the 1992
report"). A date inside "Srebrenica, which ... on 16 April 1993, fell" is the
clause's; one next to "before the riots" dates what came before, not the riots.

What each date is the date of (`date_kind`) is read from the cue nearest it in its
clause: the harm ("troops fired", "the killings began", "on the night of"), a later
act ("in its judgment of", "the report of", "apologised", "the 30th anniversary",
"buried", "a 2023 book concluded that"), or neither. What a reporting verb reports
("the commission found that 200 were killed") is apart from when it reported it.
A later act's date is never an event's (but a declaration's own date is its own).
The publication day is an event's only when the text tells a harm on it as a day
of its story ("shells hit the base on Thursday, killing 101"), never its date line.

An event's date, first found of:
  1. a date of the harm held by a mention that names it, or in sentences that name
     it, the firmest, then the earliest, first;
  2. the same for its unnamed words ("the attack on 16 March 1988"), then in
     sentences that name its place;
  3. for the main event, a date of the harm no other event holds anywhere, in the
     sentences nearest one that names it ("The Sabra and Shatila massacre was ...
     It lasted from 16 to 18 September 1982");
  4. a date of neither kind held by or written with its name, then its words;
  5. that year alone, saying how it was worked out (`EventMention.inferred`);
else none: no later act's date stands in for it.
An anniversary counts back from the date its own sentence gives ("on 10 April
2010 ... the 70th anniversary": 1940; "marks the thirtieth anniversary,
tomorrow,": 1991-11-12, the anniversary's day), else from the publication date;
one of something else ("the 20th anniversary of independence") gives nothing, nor
do "twenty years ago today" of a later act. With the main event's year so given,
the first candidate in that year wins (a harm the text counts back to the day,
"Eighty years ago today, police surrounded the village", first), and 2 and 3
count only in that year; a date written with the event's name never gives way.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from datetime import date
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from testimonia.extract import lexicon
from testimonia.extract.doc import Doc
from testimonia.extract.numbers import ordinal_before
from testimonia.model.facts import DateClaim, EventMention, Span

if TYPE_CHECKING:
    from testimonia.extract.event_mentions import Mention
    from testimonia.extract.events import _Group

_NEAR = 80  # characters between a date and the event word it is written with
_CONTEXT_AFTER = 40  # characters after a context's words where its own date is written
_CONTEXT_BEFORE = 25  # ... and before them
_LOOSER = 20  # an unnamed word ("the attack") or a context holds a date as if this much further away
_RIGHT_WITH = 5  # "war of 2020", "war (1980–1988)"
_VAGUER = {"month": 10, "year": 30}  # how much further a month or a year counts as, against a day
_ANNIVERSARY_REACH = 80  # characters after "anniversary" in which the event's name is looked for
_PRECISION = {"day": 0, "month": 1, "year": 2}


HARM, LATER, PLAIN = "harm", "later", "plain"  # what a date is the date of (`date_kind`)
_CUE_REACH = 250  # characters either side of a date in which the cue saying what it dates is looked for
_FAR = 1 << 30

# A clause ends at a semicolon or a line's end (a heading), and where a date opens the next one:
# "expressed regret for the killings, and in 2014 the president ...".
_CLAUSE_END = re.compile(r";|\n|,\s+(?:and|but)\s+(?:(?:in|on|at|by|from|since)\s+)?")


@dataclass(frozen=True, slots=True)
class _Cues:
    """The words of `lexicons/<lang>/event_dates.yaml`, as patterns."""

    harm: re.Pattern  # the harm's verbs and the event words of events.yaml
    harm_told: re.Pattern  # the harm's verbs alone: "shells hit the base on Thursday, killing 101"
    later: re.Pattern
    weak: re.Pattern
    weak_reach: int
    reporting: re.Pattern  # "the commission found that": what it reports is apart from when it did
    acts: frozenset[str]
    happening: re.Pattern  # "the events", "the tragedy": stands for what happened, named by what follows


@cache
def _cues(language: str) -> _Cues:
    lex = lexicon.load(language, "event_dates")
    nouns = lexicon.load(language, "events")["nouns"].values()
    words = [w for e in nouns if not e.get("context") for w in e["words"]]

    def whole(found: list[str]) -> re.Pattern:  # "so-called" holds no "called"
        return re.compile(r"(?<![\w-])(?:" + lexicon.alternation(found) + r")(?![\w-])")

    return _Cues(
        harm=whole([*lex["harm"], *words]), harm_told=whole(lex["harm"]), later=whole(lex["later"]),
        weak=whole(lex["weak"]), weak_reach=int(lex["weak_reach"]),
        reporting=re.compile(r"\b(?:" + lexicon.alternation(lex["reporting"]) + r")\b[^.;\n]{0,30}?\bthat\b"),
        acts=frozenset(lex["acts"]),
        happening=re.compile(r"(?:the |these |those )?(?:" + lexicon.alternation(lex["happenings"]) + r")$"),
    )


def later_between(doc: Doc, a: Span, b: Span) -> bool:
    """Whether a later act's word stands between two stretches of text: "the civil war, reported in March
    1993" (the date is the report's), not "the wider Anfal campaign in 1988 was condemned"."""
    lo, hi = (a.end, b.start) if a.end <= b.start else (b.end, a.start)
    return lo < hi and _cues(doc.language).later.search(doc.lower, lo, hi) is not None


def later_acts(language: str) -> frozenset[str]:
    """Lexicon ids of events that are themselves a later act (a declaration): their own dates stay theirs."""
    return _cues(language).acts


def date_kind(doc: Doc, d: DateClaim) -> str:
    """Whether a date is one of the harm (HARM: "troops fired on the crowd on the afternoon of 13 April
    1919"), of something done about it later (LATER: "in its judgment of 25 October 2012", "apologised last
    Wednesday"), or neither (PLAIN), by the cue nearest it in its clause; a tie goes to LATER."""
    cues, low, span = _cues(doc.language), doc.lower, d.span
    sentence = doc.sentence_at(span.start)
    lo, hi = max(sentence[0], span.start - _CUE_REACH), min(sentence[1], span.end + _CUE_REACH)
    for m in _CLAUSE_END.finditer(low, lo, hi):
        if m.end() == span.start or (m.end() < span.start and m.group().strip() in ";"):
            lo = m.end()
        elif m.start() >= span.end and m.group().strip() in ";":
            hi = m.start()
            break
    reports = cues.reporting.finditer(low, lo, hi) if low.find("that", lo, hi) >= 0 else ()  # it ends in "that"
    for m in reports:  # the reporting clause and what it reports are apart
        if m.end() <= span.start:
            lo = m.end()
        elif m.start() >= span.end:
            hi = m.end() - len("that")  # the reporting verb stays with the date: "reported in March 1993 that"
            break

    harm = _nearest(cues.harm, low, lo, hi, span)
    if harm > cues.weak_reach:  # a weak cue counts from `weak_reach` on: nearer harm needs no look for one
        harm = min(harm, _nearest(cues.weak, low, lo, hi, span) + cues.weak_reach)
    later = _nearest(cues.later, low, lo, hi, span)
    if harm >= _FAR and later >= _FAR:
        return PLAIN
    return HARM if harm < later else LATER


def _nearest(pattern: re.Pattern, low: str, lo: int, hi: int, span: Span) -> int:
    """How far from `span` the nearest match of `pattern` in low[lo:hi] stands (0 if it touches it). The matches
    come in order: those before the span get nearer, so the scan stops at the first one that begins after it."""
    # The matches do not overlap, so each ends later than the one before: the last before the span is the nearest.
    last = None
    for m in pattern.finditer(low, lo, hi):
        if m.start() >= span.end:
            return min(_FAR if last is None else max(span.start - last.end(), 0), m.start() - span.end)
        last = m
    return _FAR if last is None else max(span.start - last.end(), 0)


class DateOwners:
    """Each usable date of a document with the event word that holds it, if any."""

    def __init__(self, doc: Doc, mentions: list[Mention], dates: list[DateClaim], relative: set[int]) -> None:
        published = doc.published.isoformat() if doc.published else None
        self._doc = doc
        self._kinds: dict[int, str] = {}  # `date_kind`, worked out for the dates a rule asks about only
        self.usable = [d for d in dates if _usable(doc, d, published, self.kind)]
        self.relative = relative
        self._owner: dict[int, tuple[int, Mention]] = {}
        self._held: dict[int, list[DateClaim]] = {}  # mention id -> the dates it holds
        self._free: dict[tuple[int, int], list[DateClaim]] = {}  # sentence -> the dates no mention holds
        self._order = {id(d): i for i, d in enumerate(self.usable)}  # to sort as a scan of `usable` would
        by_sentence: dict[tuple[int, int], list[Mention]] = {}
        for m in mentions:
            by_sentence.setdefault(doc.sentence_at(m.span.start), []).append(m)
        for d in self.usable:
            best = None
            sentence = doc.sentence_at(d.span.start)
            for m in by_sentence.get(sentence, ()):
                score = _hold(d, m, id(m) in relative)
                if score is not None and (best is None or score < best[0]):
                    best = (score, m)
            if best is not None:
                self._owner[id(d)] = best
                self._held.setdefault(id(best[1]), []).append(d)
            else:
                self._free.setdefault(sentence, []).append(d)

    def kind(self, d: DateClaim) -> str:
        """What `d` is the date of (`date_kind`), read once."""
        found = self._kinds.get(id(d))
        if found is None:
            found = self._kinds[id(d)] = date_kind(self._doc, d)
        return found

    def owner(self, d: DateClaim) -> Mention | None:
        held = self._owner.get(id(d))
        return held[1] if held else None

    def score(self, d: DateClaim) -> int:
        return self._owner[id(d)][0]

    def attached(self, m: Mention) -> list[DateClaim]:
        """The dates this mention holds."""
        return self._held.get(id(m), [])

    def free(self, d: DateClaim) -> bool:
        return id(d) not in self._owner

    def free_in(self, sentence: tuple[int, int]) -> list[DateClaim]:
        """The dates no mention holds in `sentence`."""
        return self._free.get(sentence, [])

    def harm_unheld(self, ours: set[int]) -> list[DateClaim]:
        """The dates of a harm that no mention but `ours` holds, in text order."""
        return [d for d in self.usable if (id(d) not in self._owner or id(self._owner[id(d)][1]) in ours)
                and self.kind(d) == HARM]

    def order(self, d: DateClaim) -> int:
        """Where `d` stands among the usable dates (text order)."""
        return self._order[id(d)]


def _hold(d: DateClaim, m: Mention, relative: bool) -> int | None:
    """How firmly mention `m` holds date `d` (smaller is firmer), or None when it is too far. A date
    as exact as a day is more likely the event's own than a year written as near ("the 1992 report")."""
    at = m.span if m.context else m.at
    if m.span.start <= d.span.start < at.start:
        return None  # inside "Srebrenica, which ... on 16 April 1993 ..., fell": the clause's date
    if d.span.start < at.end and at.start < d.span.end:
        gap, after = 0, True
    elif d.span.start >= at.end:
        gap, after = d.span.start - at.end, True
    else:
        gap, after = at.start - d.span.end, False
    if m.context:
        # "three years after the 44-day war of 2020": only a date written with the words is its own
        reach = (_RIGHT_WITH if relative else _CONTEXT_AFTER) if after else (0 if relative else _CONTEXT_BEFORE)
    else:
        reach = _NEAR
    if gap > reach:
        return None
    return gap + (0 if m.name and not m.context else _LOOSER) + _VAGUER.get(d.precision, 0)


def _usable(doc: Doc, d: DateClaim, published: str | None, kind: Callable[[DateClaim], str]) -> bool:
    """Not a date after publication, nor the publication date itself (a header, a dateline, "remembered
    today"), unless the text tells a harm done on it as a day of its story: a wire's "shells hit the base
    on Thursday, killing 101"."""
    if published is None:
        return True
    if d.start == published and not d.end:
        sentence = doc.sentence_at(d.span.start)
        return bool(d.inferred) and kind(d) == HARM and _cues(doc.language).harm_told.search(doc.lower, *sentence) is not None
    return first_day(d.start) <= published


def date_event(doc: Doc, event: EventMention, group: _Group, owners: DateOwners, mentions: list[Mention],
               group_of: dict, year: tuple[int, str, str | None] | None, main: bool = False) -> None:
    """Set an event's start, end and dates (see the module docstring for the order); `year` is the
    year an anniversary gives, for the main event."""
    ours = [m for m in mentions if group_of.get(id(m)) is group and id(m) not in owners.relative]
    named = [m for m in ours if m.name]
    unnamed = [m for m in ours if not m.name]
    tiers = [
        _held(owners, named), _free_in(doc, owners, named),
        _held(owners, unnamed), _free_in(doc, owners, unnamed),
        _free_in(doc, owners, event.places),
    ]
    # A judgment's, a report's or an anniversary's date is never the event's.
    tiers = [[d for d in tier if owners.kind(d) != LATER] for tier in tiers]
    by_name, by_word = [*tiers[0], *tiers[1]], [*tiers[2], *tiers[3], *tiers[4]]
    harm = [d for d in by_name if owners.kind(d) == HARM], [d for d in by_word if owners.kind(d) == HARM]
    # The main event's harm told without its name or place ("On the afternoon of 13 April 1919 ... troops
    # fired"): the dates of the harm no other event holds, the earliest first.
    # (Read only where it can count: with an anniversary's year, or with no harm date held by the event's words.)
    anywhere = _nearest_told(doc, owners.harm_unheld({id(m) for m in ours}), [*ours, *event.places]) \
        if main and (year is not None or not (harm[0] or harm[1])) else []
    event.dates = sorted({id(d): d for d in [*by_name, *tiers[2], *tiers[3]]}.values(), key=lambda d: d.span.start)
    best: DateClaim | str | None = None
    if year is not None:  # the first candidate in the year an anniversary gives, if there is one
        best = _in_year(doc, owners, year, [*harm[0], *harm[1], *anywhere, *by_name, *by_word])
    # Else what only an unnamed word or the place's sentences date ("a court recognised the attack in
    # 2010") gives way to the year the anniversary states; a name's own date never does.
    order = [harm[0], by_name] if year is not None else [harm[0], harm[1], anywhere, by_name, by_word]
    best = best or next((tier[0] for tier in order if tier), None)
    if isinstance(best, str):  # the anniversary's day, no date of that day written
        event.start, event.inferred = best, year[1]  # type: ignore[index]
    elif best is not None:
        event.start, event.end = best.start, best.end
        event.dates = sorted({id(d): d for d in [*event.dates, best]}.values(), key=lambda d: d.span.start)
    elif year is not None:
        event.start, event.inferred = f"{year[0]:04d}", year[1]


def _in_year(doc: Doc, owners: DateOwners, year: tuple[int, str, str | None],
             candidates: list[DateClaim]) -> DateClaim | str | None:
    """The first candidate on the anniversary's day, else that day itself ("1991-11-12"); with no day,
    the first in its year. A harm the text counts back to the day ("Eighty years ago today, police
    surrounded the village") comes first: it is the text's own count."""
    ago = _years_since(doc.language)[1]
    candidates = sorted(candidates, key=lambda d: not (d.precision == "day" and not d.end and ago.search(
        doc.lower, d.span.start, d.span.end) and owners.kind(d) == HARM))
    if year[2]:
        day = f"{year[0]:04d}-{year[2]}"
        return next((d for d in candidates if first_day(d.start) <= day <= last_day(d.end or d.start)), day)
    return next((d for d in candidates if d.start[:4] == f"{year[0]:04d}"), None)


def _nearest_told(doc: Doc, dates: list[DateClaim], naming: list) -> list[DateClaim]:
    """`dates` by how many sentences away the event is named, then the earliest: "The Sabra and Shatila
    massacre was ... It lasted from 16 September 1982" before "Israel had invaded Lebanon in June 1982"."""
    if not naming:
        return sorted(dates, key=lambda d: first_day(d.start))
    at = sorted({bisect_right(doc.sentence_starts, x.span.start) for x in naming})

    def away(d: DateClaim) -> int:
        i = bisect_right(doc.sentence_starts, d.span.start)
        j = bisect_left(at, i)
        return min(abs(i - at[k]) for k in (j - 1, j) if 0 <= k < len(at))

    return sorted(dates, key=lambda d: (away(d), first_day(d.start)))


def _held(owners: DateOwners, mentions: list[Mention]) -> list[DateClaim]:
    """Dates these mentions hold, the firmest first."""
    # Read from each mention's own dates, not a scan of every date: per event, that would be quadratic.
    held = [d for m in {id(m): m for m in mentions}.values() for d in owners.attached(m)]
    return sorted(held, key=lambda d: (owners.score(d), first_day(d.start), owners.order(d)))


def _free_in(doc: Doc, owners: DateOwners, facts: list) -> list[DateClaim]:
    """Dates no event holds, in the sentences of `facts`, the earliest first."""
    sentences = {doc.sentence_at(f.span.start) for f in facts}
    free = [d for sentence in sentences for d in owners.free_in(sentence)]
    return sorted(free, key=lambda d: (first_day(d.start), _PRECISION.get(d.precision, 3), owners.order(d)))


# --------------------------------------------------------------------------- anniversaries


@cache
def _years_since(language: str) -> tuple[re.Pattern, re.Pattern, dict[str, int], tuple[str, ...]]:
    lex = lexicon.load(language, "events")
    units = {e["word"]: e["value"] for e in lexicon.load(language, "numbers")["units"].values()}
    since = lexicon.alternation(lex["years_since"])
    pattern = re.compile(r"\b([0-9]{1,3}|[a-z]+(?:-[a-z]+)?)\s+years?\s+(?:" + since + r")\b")
    # What every match of `pattern` holds, opening with a literal: the engine finds it at C speed,
    # where `pattern` itself is tried at every word (most texts say no "years ago" at all).
    cue = re.compile(r"years?\s+(?:" + since + r")\b")
    return pattern, cue, units, tuple(lex["anniversary"])


def _years_ago(low: str, pattern: re.Pattern, cue: re.Pattern) -> Iterator[re.Match]:
    """What `pattern.finditer(low)` finds, tried only at the word before each match of `cue` (the end of every
    match: a count, spaces, then the cue), not at every word of the text. A match's count holds no space, so it
    is the run of letters, digits and hyphens right before the spaces before the cue; its first start that
    matches is where the scan from the left would find it."""
    done = 0  # where the last match ended: the scan goes on from there
    for c in cue.finditer(low):
        w = c.start()
        while w > done and low[w - 1].isspace():
            w -= 1
        if w == c.start():
            continue  # no space before the cue
        s = w
        while s > done and low[s - 1] in _COUNT_CHARS:
            s -= 1
        for start in range(s, w):
            if (m := pattern.match(low, start)) is not None:
                yield m
                done = m.end()
                break


_COUNT_CHARS = frozenset("0123456789abcdefghijklmnopqrstuvwxyz-")  # what the count of `_years_since` is made of


def implied_year(doc: Doc, aliases: list[str], dates: list[DateClaim] = (),  # type: ignore[assignment]
                 places: list[str] = ()) -> tuple[int, str, str | None] | None:  # type: ignore[assignment]
    """The event's year from "the 35th anniversary" or "25 years on", with how it was worked out and, when
    the anniversary's own day is written, the event's month and day ("11-12").

    An anniversary counts back from the date its sentence gives ("on 10 April 2010 ... to the 70th
    anniversary": 1940; "marks the thirtieth anniversary, tomorrow,": from tomorrow), else from the
    publication date. An anniversary of something else ("the 20th anniversary of independence") gives
    nothing; one followed by the event's name wins over the first one."""
    if doc.published is None:
        return None
    pattern, cue, units, words = _years_since(doc.language)
    harm = _cues(doc.language).harm
    low, names = doc.lower, [a.lower() for a in [*aliases, *places] if a]
    published = doc.published.isoformat()
    found = []
    for word in words:
        pos = low.find(word)
        while pos != -1:
            ordinal = ordinal_before(doc, pos)
            if ordinal is not None and ordinal.value:
                window = low[pos + len(word) : pos + _ANNIVERSARY_REACH]
                of = _of_what(window)
                # "of the events in Khojaly": the noun stands for what happened, the name after it says what
                named = window if of is None or _cues(doc.language).happening.fullmatch(of.strip()) else of
                ours = any(n in named for n in names)
                if ours or of is None or harm.search(of):
                    on = _said_on(doc, dates, ordinal.start, pos + len(word))
                    if on is not None and on.start == published and not on.inferred:
                        on = None  # the document's own date line: the publication date
                    year = (int(on.start[:4]) if on else doc.published.year) - int(ordinal.value)
                    said = doc.text[ordinal.start : pos + len(word)]
                    # An anniversary falls on the event's day: "the thirtieth anniversary, tomorrow," is its day.
                    day = on.start[5:] if on is not None and on.precision == "day" and not on.end else None
                    how = (f"{'date' if day else 'year'} from '{said}' and '{doc.text[on.span.start : on.span.end]}'"
                           if on else f"year from '{said}' and the publication date")
                    found.append((not ours, on is None, ordinal.start, year, how, day))
            pos = low.find(word, pos + len(word))
    if not found and cue.search(low):
        for m in _years_ago(low, pattern, cue):
            n = _count(m.group(1), units)
            # "Twenty years ago today, the commission presented its report": the years since a later act
            said = next((d for d in dates if d.span.start <= m.start() < d.span.end), None)
            if n and (said is None or date_kind(doc, said) != LATER):
                found.append((False, True, m.start(), doc.published.year - n,
                              f"year from '{doc.text[m.start() : m.end()]}' and the publication date", None))
                break
    if not found:
        return None
    _, _, _, year, how, day = min(found)
    return year, how, day


_OF = re.compile(r"\s+of\s+")
_NOUN_PHRASE_END = re.compile(r"[.;:,()]|\s(?:in|at|on|for|by|with|from|to|and|that|which)\s")


def _of_what(window: str) -> str | None:
    """What an anniversary is of, when the text says ("the 20th anniversary of independence in Zhanaozen":
    "independence"); the event's only when that names it or a harm ("of the massacre at ...")."""
    m = _OF.match(window)
    if not m:
        return None
    rest = window[m.end() :]
    end = _NOUN_PHRASE_END.search(rest)
    return rest[: end.start()] if end else rest


def _said_on(doc: Doc, dates: list[DateClaim], start: int, end: int) -> DateClaim | None:
    """The date an anniversary's sentence gives for it, the nearest: "on 10 April 2010 ... the 70th
    anniversary", "the thirtieth anniversary, tomorrow,". Not a date of something ("the anniversary of the
    massacre of 11 July 1995"): that is the event's own."""
    sentence = doc.sentence_at(start)
    near = [d for d in dates if sentence[0] <= d.span.start < sentence[1]
            and not doc.lower[max(sentence[0], d.span.start - 4) : d.span.start].rstrip().endswith("of")]
    # After it, only a date set off right beside it ("the thirtieth anniversary, tomorrow,"): one further on
    # is in what it is the anniversary of ("... of the bombardment carried out 30 years ago").
    near = [d for d in near if d.span.end <= start or not doc.norm[end : d.span.start].strip(" ,")]
    return min(near, key=lambda d: d.span.start - end if d.span.start >= end else start - d.span.end, default=None)


def _count(word: str, units: dict[str, int]) -> int | None:
    if word.isdigit():
        return int(word)
    parts = word.split("-")
    if all(p in units for p in parts) and len(parts) <= 2:
        return sum(units[p] for p in parts)
    return None


# --------------------------------------------------------------------------- partial dates


def first_day(value: str) -> str:
    parts = value.split("-")
    return f"{parts[0]}-{parts[1] if len(parts) > 1 else '01'}-{parts[2] if len(parts) > 2 else '01'}"


def last_day(value: str) -> str:
    parts = value.split("-")
    year = int(parts[0])
    month = int(parts[1]) if len(parts) > 1 else 12
    day = int(parts[2]) if len(parts) > 2 else calendar.monthrange(year, month)[1]
    return f"{year:04d}-{month:02d}-{day:02d}"


def span_days(start: str, end: str | None) -> int:
    """How many days a partial date or range may cover: "1988" is 366, "1980"–"1988" nine years."""
    try:
        return (date.fromisoformat(last_day(end or start)) - date.fromisoformat(first_day(start))).days + 1
    except ValueError:
        return 1 << 30
