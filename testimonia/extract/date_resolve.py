"""Filling in what a date leaves out: the year of "11 July", the day of "the fourth Saturday of
November", the date of "later that month", "34 years ago" or "on Friday".

`dates.py` finds the pieces; `resolve` walks them in text order with what the text has said so far
(the last year written, the year each month was last written with, the last date) and the publication
date, and writes the claims, saying in `inferred` where a missing part came from. Inside a quotation,
"today" is the day the quote was said when the paragraph has just given it; a weekday written with a
day picks, among the years the context offers, the one it fits.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

from testimonia.extract.doc import Doc
from testimonia.model.facts import DateClaim, Span

if TYPE_CHECKING:
    from testimonia.extract.dates import _Grammar, _Piece

# A precision named by how many of (year, month, day) a date has.
_PRECISIONS = ("year", "month", "day")


def valid(y: int | None, m: int | None, d: int | None) -> bool:
    try:
        date(y or 2000, m or 1, d or 1)  # 2000 is a leap year: 29 February waits until the year is known
    except ValueError:
        return False
    return True


def key(ymd: tuple) -> tuple:
    return tuple(0 if v is None else v for v in ymd)


@dataclass(slots=True)
class _Context:
    """What the text has said so far, for the dates that leave something out."""

    year: int | None = None  # the most recent year the text gives, written or relative ("last year")
    year_at: int = -1  # where that year was given
    # month -> (the year it was last written with, where the words that wrote it are): "July 1995"
    month_years: dict[int, tuple[int, int, int, int | None]] = field(default_factory=dict)  # ... and its day
    last: str | None = None  # the most recent date stated (ISO), for "later that month"
    first: str | None = None  # where that date starts, for "that evening" after "the night of 19-20 January"
    last_piece: _Piece | None = None  # the words that gave it ("the evening of 21 September": a part of the day)
    last_day: str | None = None  # the most recent day stated (ISO), for "Two days earlier, on Wednesday" after "since May"
    # The text writes last year's dates as "on 11 September last year": like a news report, it leaves
    # the year out only for this year's
    marks_last_year: bool = False
    # The text dates things from its publication ("on Monday", "last month", a bare "Aug. 21"), as news does:
    # there a bare day in a paragraph that names no year is a recent one, not one of an earlier paragraph's year
    news: bool = False
    news_at: int = -1  # where the text last dated something from its publication ("this morning", "on Thursday")
    year_piece: _Piece | None = None  # the words that gave that year
    counts_back: bool = False  # the text counts years back from its publication ("fifty years ago"): a retrospect
    lent: tuple[_Piece, int] | None = None  # the last "Two years later" or "A year earlier", and its year


def _ymd(iso: str) -> tuple:
    parts = [int(x) for x in iso.split("-")]
    return tuple(parts + [None] * (3 - len(parts)))


def resolve(doc: Doc, pieces: list[_Piece], g: _Grammar) -> list[DateClaim]:
    """Fill what the text leaves out, then write the claims."""
    pub = doc.published
    claims: list[DateClaim] = []
    ctx = _Context()
    for i, p in enumerate(pieces):
        if p.form in ("calendar", "month", "year", "decade"):
            stated = p.explicit or bool(p.info)  # else the year is guessed below, and guides nothing
            ahead = pieces[i + 1] if i + 1 < len(pieces) else None
            if p.first[0] is None and not _fill_year(doc, p, ctx, g, ahead):
                continue
            stated = (stated or p.recalled) and not p.aside
            if p.nth and not _nth_day(p):
                continue
            start, end = _fmt(p.first), _fmt(p.last) if p.last else None
            level = _level(p.first) if p.last is None else min(_level(p.first), _level(p.last))
            precision = _PRECISIONS[level]
        elif p.form == "anaphor":
            if (found := _anaphor(doc, p, ctx, g, pieces[i + 1] if i + 1 < len(pieces) else None)) is None:
                continue
            (start, end, precision), stated = found, False
            if precision == "year" and end is None:  # "Two years later, on 3 May": the day takes that year
                ctx.lent = p, int(start)
        elif p.form == "stretch":
            if (found := _stretch(doc, p, ctx)) is None:
                continue
            (start, end, precision), stated = found, False
        elif p.form == "month_after":
            if (start := _month_after(doc, p, ctx)) is None:
                continue
            end, precision, stated = None, "month", False
        elif p.form == "day":
            if (start := _day_alone(doc, p, ctx)) is None:
                continue
            end, precision, stated = None, "day", False
            if p.last is not None and p.last[2] > p.first[2]:  # "the night of the 25th to the 26th"
                end = f"{start[:8]}{p.last[2]:02d}"
        elif p.form == "weekday_after":
            if (start := _weekday_after(doc, p, ctx)) is None:
                continue
            end, precision, stated = None, "day", False
        elif p.form == "weekday" and (start := _narrated_weekday(doc, p, ctx, g)) is not None:
            end, precision, stated = None, "day", False
        elif pub is not None:
            stated = True
            said = _quoted_day(doc, p, ctx) if p.form == "relative" and p.info[1] is None else None
            start, end, precision = _relative(doc, p, said or pub, g, pieces)
            if said is not None:  # 'On 26 May he said: "This morning, observers went in"': the day he spoke
                p.inferred = f"date from '{doc.text[p.start : p.end]}' and the day the quote was said"
            ctx.news |= p.form != "ago"
            ctx.counts_back |= p.form == "ago"
            if p.form != "ago":
                ctx.news_at = p.start
        else:
            continue
        if stated and p.form != "decade":
            ctx.year, ctx.year_at = int((end or start)[:4]), p.start
            ctx.year_piece = p
            if p.explicit and p.first[1] is not None:
                ctx.month_years[p.first[1]] = p.first[0], p.start, p.end, p.first[2]
                if p.last is not None and p.last[1] is not None:
                    ctx.month_years[p.last[1]] = p.last[0], p.start, p.end, p.last[2]
            elif p.info and p.form != "relative" and p.info[0] == 1 and p.rule.endswith("relative_date"):
                ctx.marks_last_year = True  # "on 11 September last year"
        ctx.last, ctx.first = end or start, start
        if len(end or start) == 10:
            ctx.last_day = end or start
        ctx.last_piece = p
        rule = f"{g.lang}.dates.since" if p.keyword == "since" else p.rule
        claims.append(DateClaim(Span(p.start, p.end), rule, start, end, precision, p.inferred))
    return claims


def _fill_year(doc: Doc, p: _Piece, ctx: _Context, g: _Grammar, ahead: _Piece | None = None) -> bool:
    """A day or month with no year: from "N years ago" beside it, else from a date later in its sentence that
    writes one, else the year the text last gave that month, else the last year written, else publication.

    A date the sentence puts in the future ("will deploy by March") is the next one after publication.
    """
    pub = doc.published
    _, m, d = p.first
    last_year = ctx.year
    if p.info and pub is not None:  # paired with "34 years ago", "last year", "tomorrow"
        back, text = p.info
        y, p.inferred = pub.year - back, f"year from '{text}' and the publication date"
    elif pub is not None and g.future.search(doc.norm, doc.sentence_at(p.start)[0], p.start):  # "will deploy by March"
        y, p.inferred = pub.year, "year from the publication date (a date to come)"
        if key((y, m, d)) < (pub.year, pub.month, pub.day):
            y += 1
    elif (lent := _year_ahead(doc, p, ctx, ahead, g)) is not None:
        y, p.inferred = lent, f"year from '{doc.text[ahead.start : ahead.end]}' later in the sentence"
    elif (lent := _lent_year(doc, p, ctx, g)) is not None:
        y, p.inferred = lent, f"year from '{doc.text[ctx.lent[0].start : ctx.lent[0].end]}' before it"
    elif ctx.marks_last_year and pub is not None and doc.sentence_at(ctx.year_at) != doc.sentence_at(p.start):
        y, p.inferred = pub.year, "year from the publication date (the text marks last year's dates)"
        if key((y, m, d)) > (pub.year, pub.month, pub.day):
            y -= 1
    elif m in ctx.month_years and ctx.month_years[m][0] != last_year and not _same_sentence(doc, ctx.year_at, p.start) \
            and not (_onward(ctx, m, last_year) and (d is None or d != ctx.month_years[m][3])
                     and not _looks_back(doc, ctx.year_piece, g)):
        # "the town fell in July 1995 ... [other years] ... on 11 July": the month was given its year before,
        # unless the sentence itself has just named another year
        y, said_start, said_end, _ = ctx.month_years[m]
        p.recalled = True
        p.inferred = f"year from '{doc.text[said_start:said_end]}' earlier in the text"
    elif last_year is not None and (pub is None or last_year != pub.year) \
            and not (ctx.news and "\n" in doc.norm[ctx.year_at : p.start] and not _narrated(doc, p, ctx, g)):
        y, p.inferred = last_year, f"year from '{last_year}' earlier in the text"
        if _turns_year(doc, p, ctx, g):
            y, p.inferred = y + 1, f"year after '{last_year}' earlier in the text (the story goes on past New Year)"
    elif pub is not None and d is not None and _said_of_future(doc, p, g):
        # "On 11 July, families will bury nine more victims": the future said after the day
        y, p.inferred = pub.year, "year from the publication date (a date to come)"
        y += key((y, m, d)) < (pub.year, pub.month, pub.day)
    elif pub is not None:
        y, p.inferred = pub.year, "year from the publication date"
        if key((y, m, d)) > (pub.year, pub.month, pub.day):
            y -= 1  # a day still to come this year is more likely last year's
        # A news report's "Aug. 21" is this August: a later bare "Aug. 30" stays in it, even after
        # a paragraph about 1988
        ctx.month_years.setdefault(m, (y, p.start, p.end, d))
        ctx.news = True
    else:
        return False
    if p.weekday is not None and d is not None and valid(y, m, d) and date(y, m, d).weekday() != p.weekday:
        # "Saturday, 26 May": of the years the context offers, the one whose 26 May is a Saturday
        offered = (last_year, pub.year if pub else None, pub.year - 1 if pub else None)
        to_come = pub is not None and date(y, m, d) > pub  # else none offered may lie after publication
        if (fits := next((c for c in offered if c is not None and valid(c, m, d) and date(c, m, d).weekday() == p.weekday
                          and (to_come or pub is None or date(c, m, d) <= pub)), None)) is not None:
            y, p.inferred = fits, "year from the weekday written with the day, among the years the context offers"
    p.first = (y, m, d)
    if p.last:
        _, lm, ld = p.last
        p.last = (y + 1 if lm < m else y, lm, ld)  # "30 December - 2 January"
    return valid(*p.first) and (p.last is None or valid(*p.last))


def _lent_year(doc: Doc, p: _Piece, ctx: _Context, g: _Grammar) -> int | None:
    """The year of a year anaphor for a day or month without one: "A year earlier, in June", "Two years later, in
    March" in its own sentence; further on only one that moves the story on ("Two years later, the town was rebuilt.
    On 3 May, the school opened"), in its paragraph, while the text still tells the story (no present, no "said"). A
    look back ("A year earlier, prices fell. On 12 April, rates rose again") lends nothing past its sentence."""
    if ctx.lent is None or ctx.year_at > ctx.lent[0].start:
        return None  # a year written since
    a, year = ctx.lent
    if _same_sentence(doc, a.start, p.start):
        return year
    lo, hi = doc.sentence_at(p.start)
    if a.info[1] <= 0 or "\n" in doc.norm[a.end : p.start] or _said_now(doc, lo, hi, g):
        return None
    return year


def _said_now(doc: Doc, lo: int, hi: int, g: _Grammar) -> bool:
    """The text from `lo` to `hi` speaks of the article's own time: the present ("say", "has", "is"; not the month
    "May"), "this week", "today", an anniversary, a reporting verb, a quotation."""
    return any(m.group() != "May" for m in g.present_verb.finditer(doc.norm, lo, hi)) \
        or bool(g.now_cue.search(doc.norm, lo, hi))


def _turns_year(doc: Doc, p: _Piece, ctx: _Context, g: _Grammar) -> bool:
    """ "The column left on 28 December 2004. On 2 January, it reached the border": a month early in the year after a
    date late in the last one ("By 4 January they had reached the camp") goes on into the next year, while the text
    tells the story: not in a sentence of the article's own time ("On 15 January, the mayor said the dead are still
    missing"), nor in one that names a thing after its day ("the Martyrs of 20 January")."""
    m = p.first[1]
    if ctx.last is None or len(ctx.last) < 7 or m is None or m > 2 or int(ctx.last[5:7]) < 11 \
            or ctx.last[:4] != f"{ctx.year:04d}" or doc.norm.endswith(" of ", 0, p.start):
        return False
    return not _said_now(doc, *doc.sentence_at(p.start), g)


def _year_ahead(doc: Doc, p: _Piece, ctx: _Context, ahead: _Piece | None, g: _Grammar) -> int | None:
    """"began on 25 February and ended on 28 February 1992", "on 10 December and on 2 January 1993": a sentence
    that names two days writes the year once, with the last; the first takes it (the year before, when its month
    comes later in the calendar). Not when the sentence has given a year already, nor from a date that qualifies a
    thing ("On 25 February he laid flowers for the victims of 26 February 1992"), nor across a clause of its own or
    a remembrance ("On 25 February crowds marked the massacre, which began on 26 February 1992")."""
    if ahead is None or ahead.form not in ("calendar", "month") or not ahead.explicit or ahead.aside \
            or ahead.first[0] is None or ahead.first[1] is None or p.first[1] is None \
            or not _same_sentence(doc, p.start, ahead.start) or _same_sentence(doc, ctx.year_at, p.start) \
            or doc.norm.endswith(" of ", 0, ahead.start) or g.year_ahead_break.search(doc.norm, p.end, ahead.start):
        return None
    y, m, d = ahead.first
    return y - (key(p.first[1:]) > key((m, d)))


def _quoted_day(doc: Doc, p: _Piece, ctx: _Context) -> date | None:
    """Inside a quotation, "today" and "this morning" are the day the words were said: the day the paragraph
    gave just before them, if it gave one."""
    q = ctx.last_piece
    if q is None or ctx.last is None or len(ctx.last) != 10 or "\n" in doc.norm[q.end : p.start] \
            or doc.norm.count('"', doc.norm.rfind("\n", 0, p.start) + 1, p.start) % 2 == 0:
        return None
    return date.fromisoformat(ctx.last)


def _looks_back(doc: Doc, p: _Piece | None, g: _Grammar) -> bool:
    """The clause that gave the year, up to its date, is in the past perfect: "Most had been arrested in May 1941",
    a look back from the story's time, which the story's later months do not go on from. Not a later clause of its
    sentence ("On 6 October 1976 police surrounded the campus where students had been ...")."""
    if p is None:
        return False
    lo = doc.sentence_at(p.start)[0]
    cut = max(doc.norm.rfind(c, lo, p.start) for c in ",;:")
    return bool(g.past_perfect.search(doc.norm, max(lo, cut + 1), p.start))


def _narrated(doc: Doc, p: _Piece, ctx: _Context, g: _Grammar) -> bool:
    """A news text that has gone on from its present ("this morning") to tell a past event with its year ("Early on
    6 October 1976, police ...") goes on in that year: a later paragraph's bare "In late September ... were found"
    in the past tense is that year's. A clause in the present ("say", "has", "will") or reporting ("said") is back
    in the news."""
    if ctx.year_at < ctx.news_at or ctx.last is None or len(ctx.last) < 7 or _looks_back(doc, ctx.year_piece, g):
        return False  # a bare year ("The last such attack was in 1988") is background, not the story's time
    lo, hi = doc.sentence_at(p.start)
    return bool(g.past_verb.search(doc.norm, lo, hi)) and not g.present_verb.search(doc.norm, lo, hi)


def _onward(ctx: _Context, m: int, year: int | None) -> bool:
    """The month comes after that of the last date, which is in the context year: "In October 1999 ... In December"
    goes on in 1999, though "December 1994" was written earlier. The same day again ("25 March 1971 ... between 25
    and 26 March") still recalls its year."""
    return year is not None and ctx.last is not None and len(ctx.last) >= 7 and ctx.last[:4] == f"{year:04d}" \
        and m > int(ctx.last[5:7])


def _same_sentence(doc: Doc, a: int, b: int) -> bool:
    """The year at `a` was written in the sentence of `b` (a line break ends a sentence, as in lists)."""
    return doc.sentence_at(a) == doc.sentence_at(b) and "\n" not in doc.norm[a:b]


def _ahead_of_now(doc: Doc, p: _Piece, g: _Grammar) -> bool:
    """ "The ministry will rebuild the school in the next year": an anaphor forward in a sentence set after publication
    counts from now, a stretch to come, not from the last date. "would" is a story's own future ("The next year he
    would return"), and "next" may be the story's too ("blocked trials for the next 23 years"): neither counts."""
    if p.info[0] not in ("year", "month", "week"):
        return False
    lo, hi = doc.sentence_at(p.start)
    cues = (m.group().lower() for a, b in ((lo, p.start), (p.end, hi)) for m in g.future.finditer(doc.norm, a, b))
    return any(cue not in ("would", "next") for cue in cues)


def _nth_day(p: _Piece) -> bool:
    """ "the fourth Saturday of November 2023" -> 25; "the last Friday of May" counts from the end."""
    (y, m, _), (n, weekday) = p.first, p.nth
    first = date(y, m, 1)
    day = 1 + (weekday - first.weekday()) % 7 + 7 * (n - 1) if n > 0 else None
    if day is None:
        nxt = date(y + (m == 12), m % 12 + 1, 1)
        last = nxt - timedelta(days=1)
        day = last.day - (last.weekday() - weekday) % 7
    if not valid(y, m, day):
        return False
    p.first = (y, m, day)
    return True


def _anaphor(doc: Doc, p: _Piece, ctx: _Context, g: _Grammar, ahead: _Piece | None) -> tuple[str, str | None, str] | None:
    """ "later that month", "the following year", "two years later": the last date the text gave, moved.

    A day before ("the previous evening") that its own sentence dates further on points at that date instead: "left
    its base the previous evening and entered the village on 7 December 1982"."""
    unit, shift, *part = p.info
    after = p.rule.endswith(".units_after")
    if after and (ctx.last_piece is None or not _same_sentence(doc, ctx.last_piece.start, p.start)):
        return None  # "a day after police opened fire" counts back from a day its own sentence gives, or from none
    if unit == "day" and shift < 0 and not after and ahead is not None and ahead.form == "calendar" and ahead.explicit \
            and ahead.last is None and ahead.first[2] is not None and doc.sentence_at(ahead.start) == doc.sentence_at(p.start):
        day = date(*ahead.first) + timedelta(days=shift)
        p.inferred = f"date from '{doc.text[p.start : p.end]}' and the date after it"
        return day.isoformat(), None, "day"
    if ctx.last is None or shift > 0 and _ahead_of_now(doc, p, g):
        return None
    if part and part[0] and not shift and ctx.last_piece is not None \
            and (said := _day_part(doc, ctx.last_piece, g)) is not None and said == _day_part(doc, p, g):
        return None  # "On the evening of 21 September ... By that evening": the same evening again, no new date
    if not shift and ctx.last_piece is not None and ctx.last_piece.form == "relative" \
            and doc.published is not None and ctx.last == doc.published.isoformat():
        return None  # "Today ... proclaimed that morning": "that" points away from the present, at a day unsaid
    if unit == "season":  # "that winter", "the following spring"
        found = season(g.seasons[part[0]], shift, *_ymd(ctx.last)[:2])
        p.inferred = f"date from '{doc.text[p.start : p.end]}' and the date before it"
        pub = doc.published
        return None if pub is not None and found[0] > pub.isoformat()[:7] else found
    y, m, d = _ymd(ctx.first if part and part[0] else ctx.last)
    if d is None and p.weekday is not None and ctx.last_day is not None:
        y, m, d = _ymd(ctx.last_day)  # the weekday settles the day: count from the last day the text gave
    p.inferred = f"date from '{doc.text[p.start : p.end]}' and the date before it"
    if unit == "year" and p.first[1] is not None:  # "April of the same year"
        found = f"{y + shift:04d}-{p.first[1]:02d}", None, "month"
    elif unit == "year":
        found = f"{y + shift:04d}", None, "year"
    elif m is None:
        return None
    elif unit == "month":
        if d is not None and doc.norm[p.start : p.end].lower().endswith(g.followed_ends):
            shift = 0  # "on 2 February 1982, and for most of the month that followed": the weeks after it, February
        found = _month_shift(date(y, m, 1), shift), None, "month"
    elif d is None:
        return None
    elif unit == "week":  # Monday to Sunday, as "last week" is read
        monday = date(y, m, d) - timedelta(days=date(y, m, d).weekday() - 7 * shift)
        found = monday.isoformat(), (monday + timedelta(days=6)).isoformat(), "day"
    else:
        day = date(y, m, d) + timedelta(days=shift)
        if len(part) > 1:  # "that evening and into the night": the day and the next
            return day.isoformat(), (day + timedelta(days=1)).isoformat(), "day"
        if p.weekday is not None:  # "Two days earlier, on Wednesday": the weekday is exact, the count of days may not be
            ahead, behind = (p.weekday - day.weekday()) % 7, (day.weekday() - p.weekday) % 7
            day += timedelta(days=ahead if ahead < behind else -behind)
        found = day.isoformat(), None, "day"
    pub = doc.published
    if pub is not None and (found[0] > pub.isoformat()[: len(found[0])] or unit == "year" and found[0] == f"{pub.year:04d}"):
        # "Ten years later, no one has been convicted", "four decades later no one has been held to account":
        # now, counted from an earlier event; a span of time, not a date
        return None
    return found


def season(months: tuple[int, int], shift: int, y: int, m: int | None) -> tuple[str, str, str]:
    """The season of `months` around month `m` of year `y` (0), the first after it (1) or the last before it (-1).

    A winter runs from December into the next year; with no month, "that winter" of 1941 is December 1941 to
    February 1942 and "the following spring" of 1944 is the spring of 1945."""
    first, last = months
    span = (last - first) % 12  # months after the first: 2 for every season
    here = y * 12 + (m or 6) - 1  # a year alone stands for its middle: neither season is before or after it
    start = y * 12 + first - 1
    if m is None:
        start += 12 * shift
    elif shift == 0:
        start -= 12 * (here < start and first > last and start - 12 + span >= here)  # "that winter" of 10 January
    else:
        while shift > 0 and start <= here:
            start += 12
        while shift < 0 and start + span >= here:
            start -= 12  # "last winter" in February is the one before the winter still under way
    end = start + span
    return f"{start // 12:04d}-{start % 12 + 1:02d}", f"{end // 12:04d}-{end % 12 + 1:02d}", "month"


def _stretch(doc: Doc, p: _Piece, ctx: _Context) -> tuple[str, str, str] | None:
    """"the next nine months" after 25 March 1971: March to December 1971; "the final five months" after 18 May
    2009: January to May 2009 (the month of the last date counts as the last of the five)."""
    if ctx.last is None:
        return None
    base, n = p.info
    y, m, d = _ymd(ctx.first if n > 0 else ctx.last)
    p.inferred = f"date from '{doc.text[p.start : p.end]}' and the date before it"
    if base == "day":  # "over the next two days" after "the early hours of 7 December": the 7th and the 8th
        if d is None:
            return None
        here = date(y, m, d)
        a, b = (here, here + timedelta(days=n - 1)) if n > 0 else (here + timedelta(days=n + 1), here)
        found = a.isoformat(), b.isoformat(), "day"
    elif base == "year":
        a, b = (y, y + n) if n > 0 else (y + n + 1, y)
        found = f"{a:04d}", f"{b:04d}", "year"
    elif m is None:
        return None
    else:
        here = date(y, m, 1)
        found = (f"{y:04d}-{m:02d}", _month_shift(here, n), "month") if n > 0 else \
            (_month_shift(here, n + 1), f"{y:04d}-{m:02d}", "month")
    pub = doc.published
    if pub is not None and found[0] > pub.isoformat()[: len(found[0])]:
        return None  # a stretch that starts after publication is a plan, not a date the text can give
    return found


def _day_part(doc: Doc, p: _Piece, g: _Grammar) -> str | None:
    """The part of the day a span names, as one word: "the early hours of 10 June" and "that morning" are "morning"."""
    found = g.day_part.search(doc.norm, p.start, min(p.end, p.start + 40))
    return g.day_parts[found.group().lower()] if found else None


def _month_after(doc: Doc, p: _Piece, ctx: _Context) -> str | None:
    """ "the following March" after October 1944: March 1945; "that June" after 1993: June 1993."""
    if ctx.last is None:
        return None
    y, m, _ = _ymd(ctx.last)
    month, shift = p.info
    if shift > 0:
        y += m is None or month <= m
    elif shift < 0:
        y -= m is None or month >= m
    pub = doc.published
    if pub is not None and (y, month) > (pub.year, pub.month):
        return None
    p.inferred = f"date from '{doc.text[p.start : p.end]}' and the date before it"
    return f"{y:04d}-{month:02d}"


def _day_alone(doc: Doc, p: _Piece, ctx: _Context) -> str | None:
    """ "In October 1999 ... On the 21st": that day of the month the text last named; after a day later than it
    ("on 25 October ... by the 3rd") the next month's."""
    if ctx.last is None or len(ctx.last) < 7:
        return None
    y, m, d = _ymd(ctx.last)
    day = p.first[2]
    if d is not None and day < d:
        y, m = y + (m == 12), m % 12 + 1
    if not valid(y, m, day):
        return None
    p.inferred = f"month from '{doc.text[ctx.last_piece.start : ctx.last_piece.end]}' before it"
    return f"{y:04d}-{m:02d}-{day:02d}"


# A line of at least this many words is prose, not a title, byline or dateline.
_PROSE_WORDS = 20
# A story's weekday opens its sentence, after at most these many words: "On Thursday", "Early on Friday", "By late
# Sunday".
_OPENING_WORDS = 3


def _narrated_weekday(doc: Doc, p: _Piece, ctx: _Context, g: _Grammar) -> str | None:
    """ "On 6 April 1994 the plane was shot down. On Thursday, militias set up roadblocks": a bare weekday inside the
    narration of a past day the text has just given is that story's, the first such weekday on or after that day,
    not one of the publication's week.

    The past tense alone does not make a story: news tells this week in the past too ("Survivors gathered on Sunday",
    "The president laid a wreath on Tuesday"), often beside the dates of the old event it recalls. So the weekday
    must come in a later sentence of the paragraph that gave the day, with its year (or open the paragraph right
    after), and nothing from the day to the weekday may speak of the article's own time: no present or future, no
    "this week", "today", anniversary or memorial, no reporting verb or quotation, and in news no lead paragraph. The
    day lies in an earlier year, months before publication."""
    pub, q = doc.published, ctx.last_piece
    if len(p.info) > 1 or p.through is not None or ctx.last_day is None or ctx.last != ctx.last_day \
            or ctx.year_at < ctx.news_at or q is None:
        return None
    day = date.fromisoformat(ctx.last_day)
    if ctx.year != day.year or pub is not None and (day.year == pub.year or day > pub - timedelta(days=120)):
        # a year the text wrote, and not this one: a report's lead dates this week's news from an event months back
        return None
    lo, hi = doc.sentence_at(p.start)
    told_end = doc.sentence_at(q.start)[1]
    # news, or a retrospect ("fifty years ago", "the anniversary"), speaks from its own present between the stories
    present = ctx.news or ctx.counts_back or bool(g.now_cue.search(doc.norm, 0, q.start))
    if q.form == "weekday" and told_end > p.start:
        told_end = lo  # "On Saturday and Sunday, they buried their dead": the story's days, one after another
    elif told_end > p.start or present and _lead(doc, p.start) or not _told_next(doc, q, p, told_end, present):
        return None  # "Survivors of the 2 October 1968 massacre gathered on Sunday": the day names the old event
    elif len(doc.norm[lo : p.start].split()) > _OPENING_WORDS:
        return None  # "Hundreds gathered on Sunday": news puts its day after the verb; a story opens with it
    if not g.past_verb.search(doc.norm, lo, hi) or g.future.search(doc.norm, lo, hi) or _said_now(doc, told_end, hi, g):
        return None
    p.inferred = f"date from '{doc.text[p.start : p.end]}' and the date before it"
    return (day + timedelta(days=(p.info[0] - day.weekday()) % 7)).isoformat()


def _told_next(doc: Doc, q: _Piece, p: _Piece, told_end: int, present: bool) -> bool:
    """The weekday `p` goes on in the paragraph of the day `q`, or opens the paragraph right after it ("... on 28
    September 1968.\nOn Monday, troops ..."), as a story told day by day does; in a text that speaks from its own
    present, where a new paragraph is back in it, only the first."""
    between = doc.norm[q.end : p.start]
    if "\n" not in between or present:
        return "\n" not in between
    line = doc.norm.rfind("\n", 0, p.start) + 1
    return not doc.norm[told_end:line].strip() and len(doc.norm[line : p.start].split()) <= 1  # "On Monday", "Monday"


def _lead(doc: Doc, at: int) -> bool:
    """`at` is in the lead, the first paragraph of prose (after a title and a dateline line) of a text that goes on
    after it, where news gives its news (the caller asks only of a text that speaks from its present)."""
    start, end = doc.norm.rfind("\n", 0, at) + 1, doc.norm.find("\n", at)
    return end != -1 and not any(len(line.split()) >= _PROSE_WORDS for line in doc.norm[:start].split("\n")) \
        and bool(doc.norm[end:].strip())


def _weekday_after(doc: Doc, p: _Piece, ctx: _Context) -> str | None:
    """ "on the Friday": the first such weekday on or after the last day the text gave."""
    if ctx.first is None or len(ctx.first) != 10:
        return None
    day = date.fromisoformat(ctx.first)
    p.inferred = f"date from '{doc.text[p.start : p.end]}' and the date before it"
    ahead = (p.info[0] - day.weekday()) % 7 or (7 if len(p.info) > 1 else 0)  # "the following Monday" of a Monday
    return (day + timedelta(days=ahead)).isoformat()


def _level(ymd: tuple) -> int:
    """0 for a year, 1 for a month, 2 for a day: an index into `_PRECISIONS`."""
    return 0 if ymd[1] is None else 1 if ymd[2] is None else 2


def _fmt(ymd: tuple) -> str:
    y, m, d = ymd
    return f"{y:04d}" + (f"-{m:02d}" if m else "") + (f"-{d:02d}" if m and d else "")


def _relative(doc: Doc, p: _Piece, pub: date, g: _Grammar, pieces: list[_Piece]) -> tuple[str, str | None, str]:
    """Resolve "34 years ago", "yesterday", "last week", "on Friday" against the publication date."""
    p.inferred = f"date from '{doc.text[p.start : p.end]}' and the publication date"
    if p.form == "ago":
        n, unit, today, period = p.info
        base, size = g.units[unit]
        if base == "year":
            if today:
                return _fmt(_years_back(pub, n * size)), None, "day"
            if period and (found := _period_back(pub, n * size, period, g, pieces)):
                return found
            return f"{pub.year - n * size:04d}", None, "year"
        if base == "month":
            return _month_shift(pub, -n * size), None, "month"
        if base == "hour":  # "48 hours ago": whole days back
            return (pub - timedelta(days=n * size // 24)).isoformat(), None, "day"
        return (pub - timedelta(days=n * size)).isoformat(), None, "day"
    if p.form == "weekday":
        w = p.info[0]
        if len(p.info) > 1:  # "Thirty years ago on Friday": the nearer Friday, N years back
            ahead, behind = (w - pub.weekday()) % 7, (pub.weekday() - w) % 7
            day = pub + timedelta(days=ahead if ahead < behind else -behind)
            p.inferred = f"date from '{doc.text[p.start : p.end]}' and the publication date"
            return _fmt(_years_back(day, p.info[1])), None, "day"
        future = _said_of_future(doc, p, g)
        if future:
            day = pub + timedelta(days=(w - pub.weekday()) % 7)
        else:
            day = pub - timedelta(days=(pub.weekday() - w) % 7)
        if p.through is not None:  # "from Friday to Saturday": the days from the first weekday to the next such last one
            last = day + timedelta(days=(p.through - w) % 7 or 7)
            if last > pub and not future:
                day, last = day - timedelta(days=7), last - timedelta(days=7)  # a past range ends by publication
            return day.isoformat(), last.isoformat(), "day"
        return day.isoformat(), None, "day"
    word, what = p.info[:2]
    if what is None:
        return (pub + timedelta(days=g.relative_days[word])).isoformat(), None, "day"
    if what.lower() in g.weekend_words:
        return _weekend(doc, p, pub, word, g)
    shift, what = g.shifts[word], what.lower()
    if what in g.units:
        base, size = g.units[what]
        if base == "day":  # a calendar week, Monday to Sunday
            monday = pub - timedelta(days=pub.weekday()) + timedelta(days=size * shift)
            if len(p.info) > 2:  # "on Thursday last week": one day of it
                return (monday + timedelta(days=p.info[2])).isoformat(), None, "day"
            if shift == 0 and (side := g.later.get(_last_word(doc.norm, p.start))):
                # "later this week": publication to Sunday; "earlier this week": Monday to publication
                return (pub.isoformat(), (monday + timedelta(days=6)).isoformat(), "day") if side > 0 \
                    else (monday.isoformat(), pub.isoformat(), "day")
            return monday.isoformat(), (monday + timedelta(days=6)).isoformat(), "day"
        if base == "month":
            return _month_shift(pub, shift), None, "month"
        return f"{pub.year + shift:04d}", None, "year"
    if what in g.months:  # "last July" is the most recent July before this month; "next July" the first after it
        m = g.months[what]
        y = pub.year - (m >= pub.month) if shift < 0 else pub.year + (m <= pub.month) if shift > 0 else pub.year
        return f"{y:04d}-{m:02d}", None, "month"
    if what in g.seasons:  # "last summer": the last one over before publication; "this winter" the one under way
        return season(g.seasons[what], shift, pub.year, pub.month)
    delta = g.weekdays[what] - pub.weekday()  # "this Friday": in the publication's week
    if shift < 0:
        delta = delta - 7 if delta >= 0 else delta
    elif shift > 0:
        delta = delta + 7 if delta <= 0 else delta
    return (pub + timedelta(days=delta)).isoformat(), None, "day"


def _last_word(norm: str, at: int) -> str:
    """The lower-case word just before `at` ("later " before "this week"), or ""."""
    words = norm[max(0, at - 20) : at].split()
    return words[-1].lower() if words and norm[at - 1 : at] == " " else ""


def _weekend(doc: Doc, p: _Piece, pub: date, word: str, g: _Grammar) -> tuple[str, str, str]:
    """"this weekend" is the Saturday and Sunday of the publication's week (Monday to Sunday), "last weekend" the one
    before, "next weekend" the one after; "over the weekend" the last one begun by publication, or in a sentence set in
    the future ("will open at the weekend") the first one not yet over."""
    monday = pub - timedelta(days=pub.weekday())
    if word in g.shifts:
        saturday = monday + timedelta(days=5 + 7 * g.shifts[word])
    else:
        saturday = pub - timedelta(days=(pub.weekday() - 5) % 7)
        if _said_of_future(doc, p, g) and saturday + timedelta(days=1) < pub:
            saturday += timedelta(days=7)
    return saturday.isoformat(), (saturday + timedelta(days=1)).isoformat(), "day"


def _period_back(pub: date, years: int, period: str, g: _Grammar, pieces: list[_Piece]) -> tuple | None:
    """"Eighty years ago last week": the week (Monday to Sunday) or month of the publication, moved back, if a
    date the text states falls in it; a writer who says "this week" of an anniversary a few days off does not."""
    word, what = period.split()
    shift, (base, _) = g.shifts[word], g.units[what]
    if base == "day":
        monday = pub - timedelta(days=pub.weekday() - 7 * shift)
        first, last = _years_back(monday, years), _years_back(monday + timedelta(days=6), years)
        found = _fmt(first), _fmt(last), "day"
    else:
        y, m = (int(x) for x in _month_shift(pub, shift).split("-"))
        first, last = (y - years, m, None), (y - years, m, 31)
        found = _fmt(first), None, "month"
    stated = ((q.first, q.last) for q in pieces if q.explicit and q.form == "calendar")
    if any(key(first) <= key(a) <= key(last) or (b is not None and key(first) <= key(b) <= key(last)) for a, b in stated):
        return found
    return None


def _said_of_future(doc: Doc, p: _Piece, g: _Grammar) -> bool:
    """ "will meet on Friday", "begins on Sunday", "on Thursday evening the procession will leave", "On 11 July,
    families will bury nine more victims": a weekday or day that the sentence puts after publication."""
    start, end = doc.sentence_at(p.start)
    if g.future.search(doc.norm, start, p.start):
        return True
    if g.past_perfect.search(doc.norm, max(start, p.start - 40), p.start):
        return False  # "had been travelling on Monday to file his candidacy in next year's vote": told from after it
    # A weekday that opens its sentence ("On Monday, eighty years to the day, the ruins ... will host") is
    # said of the main clause, past any commas; elsewhere only of the clause it stands in
    opens = end > p.start and len(doc.norm[start : p.start].split()) <= 1
    end = (min(end, p.end + 200) if opens else min(end, p.end + 60)) if end > p.start else p.end + 60
    stop = (g.clause_words if opens else g.clause_breaks).search(doc.norm, p.end, end)
    return bool(g.future.search(doc.norm, p.end, stop.start() if stop else end))


def _month_shift(day: date, months: int) -> str:
    y, m = divmod(day.year * 12 + day.month - 1 + months, 12)
    return f"{y:04d}-{m + 1:02d}"


def _years_back(day: date, years: int) -> tuple:
    y = day.year - years
    return (y, day.month, day.day if valid(y, day.month, day.day) else day.day - 1)  # 29 February
