"""Dates a document states: calendar dates, ranges, years, and words relative to its publication.

Find, then write. A master regex built from `lexicons/<lang>/dates.yaml`
(digit runs, month and weekday names) scans the normalised text once; every
branch starts with a literal, so `re` skips between candidates at C speed.
At each candidate one anchored rule regex reads the piece ("25-26 February
1992", "August 8, 2025", "1994", "July", "Friday"), and a few `str.find`
passes catch the lower-case words ("yesterday", "34 years ago", "last year",
"later that month", "two years later"). Python then looks only around those
pieces: it widens a piece over the words that change its meaning ("since",
"between", "the night of", "the first seven months of"), joins pieces into
ranges ("from July to September 1995", "April and May 1940", "from Thursday
16 September 1982 until the morning of Saturday 18 September"), reads seasons
as months ("the spring of 1940"), drops numbers and month words that are not
dates ("1275 people", "May Allah", "every year on 24 April", "proclaimed 21
March the International Day"); `date_resolve` then fills a missing year, day or
date from context ("that evening", "on the Friday"), saying where it came from
in `inferred`. Narration that points back is read too: "that winter", "the following
March", "the following Monday", "On the 21st", "the fifth of February", "New Year's
Eve"; a numeric date is day first unless the document writes month first.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from testimonia.extract import lexicon
from testimonia.extract.date_resolve import key as _key, resolve as _resolve, valid as _valid
from testimonia.extract.doc import Doc
from testimonia.model.facts import DateClaim

# Bare years outside this window are counts or codes far more often than dates.
_BARE_YEARS = range(1800, 2101)
# After a day and month ("On 21 March 1960 police fired", "In May 2000 people fled") a number in this window is
# its year: edited English writes a count there with a comma ("On 5 May, 2,000 people fled"); "5 May 1500
# soldiers" stays a count.
_YEARS_AFTER_DAY = range(1900, 2101)


_SAME_CLAUSE = re.compile(r"[^.!?;\n]{0,60}")  # an "ago" and the date that spells it out
_TRAILING_GAP = re.compile(r"\s*,?\s*")  # "25 February, 34 years ago", "in March last year"
_WEEKDAY_GAP = re.compile(r"\s*[,(]?\s*(?:the\s+)?")  # "Friday, 26 February", "Friday (26 February)", "Saturday the 3rd"
_WORDS = re.compile(r"[#\w.%]+")
_NEXT_WORD = re.compile(r"\s*(%|[A-Za-z]+)")
_NEXT_NAME = re.compile(r"\s+([A-Z]\w*)")
_NEXT_WORD_ONLY = re.compile(r"[ \t]+\w")  # a word follows, with no punctuation between
_CODE_HYPHEN = re.compile(r"[A-Za-z]-$")  # "MH-2014"
_NUMBER_END = re.compile(r"\d\s*$")
_TITLE_WORD = re.compile(r"(?<![\w.])[A-Z][a-z]+\s+$")
_COLON_NEXT = re.compile(r":[ \t]")
_PLACE_COMMA = re.compile(r"(?<![\w.])[A-Z][a-z]+,\s*$")
_SINGULAR_NOUN = re.compile(r" [a-z]*(?:[a-rt-z]|ss)\b")  # " report", " editorial", " census"; not " employees"
_DAY = re.compile(r"\d{1,2}")
_DAY_LIST = re.compile(r"(?<![\w.,:/])(?:(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s*,\s*)+$")  # "3, " in "3, 4 and 5 June"
_CLAUSE_STOP = re.compile(r"[.;!?\n]")
_PAREN_OPEN = re.compile(r"[ \t]*\([ \t]*")  # "25 May (" before its weekday
_DAY_ALONE_END = re.compile(r"[,.;:!?]|[ \t]+[a-z]|\s*\Z")  # "on the 21st, ...", "on the 21st rockets hit"
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n\s*)$")
_NUMERIC_PARTS = re.compile(r"[./-]")
_NAME_OF = re.compile(r"(?<=[a-z] )[A-Z][a-z]+ of $")  # "the Documentation of " inside a sentence
_POSSESSIVE = re.compile(r"[A-Za-z]'s\s+$")  # "SWAPO's 1978 list"
_WORD_COMMA = re.compile(r"(?<![\w.])[A-Za-z][a-z]+,\s*$|(?<![\w.])[A-Z]{2,},\s*$")  # "estimate, ", "SWAPO, "
_CREDIT_END = re.compile(r"[ \t]*(?:[;)\n|]|\Z|, pp?\.)")  # the year closes a source's credit
_CLAUSE_END = re.compile(r"[ \t]*(?:[.;)\n]|\Z)")
_OF_GAP = re.compile(r"\s+of\s+")  # "April of the same year"
_AUXILIARIES = frozenset({"was", "were", "had"})  # what `past_verb` finds that opens another clause's verb
_LINE_OPEN = re.compile(r"(?:^|\n)[ \t]*(?:[-*•][ \t]+)?$")  # a line's first word, after a bullet if any
_SHORT_YEAR = re.compile(r"(?<![\w'])'(?P<yy>\d\d)(?P<s>s)?(?![\w'])")  # "the '90s", "in '94"
_QUOTE_CLOSED = re.compile(r"[^'\n.!?]{0,60}?\w'(?!\w)")  # the rest of a quotation, up to its closing mark
_EVENT_AFTER = re.compile(r" (?:the|that|this) [a-z]+(?: [a-z]+)?(?=,)")  # " the attack," after "Two days after"
_ENTRY_NEXT = re.compile(r"[ \t]*[-:][ \t]+(?!\d)")  # "1992 - Khojaly is taken", "1993: Kelbajar"

# No date starts right after these: "A320", "1,275", "3.5", "10:30", "$2000", "#2014", "'92".
_NOT_AFTER = r"[\w.,:/$£€#']"


def find_dates(doc: Doc) -> list[DateClaim]:
    """Every date `doc` states, in text order, with spans into `doc.text`."""
    g = _grammar(doc.language)
    pieces = _scan(doc.norm, doc.lower, g, doc.published)
    pieces = _widen(doc.norm, pieces, g)
    pieces = _join(doc.norm, pieces, g, doc.published)
    pieces = _keep_dates(doc.norm, pieces, g)
    return _resolve(doc, pieces, g)


# --------------------------------------------------------------------------- grammar


def _any(words) -> str:
    """Any of `words` (lower case, from a lexicon): a trie, grouped; compile case-blind."""
    return "(?:" + lexicon.alternation(words) + ")"


def _names(words) -> str:
    """Any of `words` as written or in upper case ("May", "MAY"), never in lower case ("may")."""
    forms = sorted({f for w in words for f in (w, w.upper())}, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(f) for f in forms) + ")(?![A-Za-z])"


def _before(words) -> re.Pattern:
    """Matches when one of `words` ends just before the search's end position."""
    return re.compile(rf"(?<!\w){_any(words)}\s*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Grammar:
    lang: str
    anchor: re.Pattern  # the master scan: digit runs, month and weekday names
    rules: re.Pattern  # one piece, matched at an anchor
    words: dict[str, str]  # lower-case trigger word -> "day" | "ago" | "unit"
    today_words: tuple[str, ...]  # "today", "on this day" after "N years ago": the same day
    ago_back: re.Pattern  # "34 years " before "ago"
    shift_back: re.Pattern  # "last " before "year", "July", "Friday"
    months: dict[str, int]
    holidays: dict[str, tuple[int, int]]  # "new year's eve" -> (12, 31)
    holiday: re.Pattern  # "New Year's Eve 1994", matched where the first word of a holiday's name is found
    holiday_words: tuple[str, ...]  # "new year", "christmas": what `str.find` looks for
    weekdays: dict[str, int]
    numbers: dict[str, int]
    hundred_words: frozenset[str]  # "hundred": "a hundred years ago", "one hundred and ten years later"
    units: dict[str, tuple[str, int]]
    relative_days: dict[str, int]
    shifts: dict[str, int]
    weekday_name_words: frozenset[str]
    weekday_cues: frozenset[str]
    recurring: frozenset[str]  # "every", "each": a day that recurs is no date
    count_nouns: frozenset[str]
    count_followers: frozenset[str]
    count_cues: frozenset[str]
    count_links: frozenset[str]
    articles: frozenset[str]  # "the"
    of_words: frozenset[str]  # "of"
    of_ends: tuple[str, ...]  # "of ", "OF ", "Of ": what a text just before a date ends with when it is "of"
    cited: re.Pattern  # "Resolution 819 of " before a date: a numbered document's date
    list_words: frozenset[str]  # "and", "&": a range only after "between" or a period word
    article: re.Pattern  # "the " just before a piece
    period: re.Pattern  # "the night of " just before a piece
    modifier: re.Pattern  # "early ", "the end of " just before a piece
    keyword: re.Pattern  # "since ", "from ", "between " just before a piece
    today_not_after: frozenset[str]  # "of", "until": "today" there names the present, not a day
    keyword_article: re.Pattern  # "since the " just before a decade: "since the 1990s"
    prefix_ends: frozenset[str]  # the last words of all three
    year_cue: re.Pattern
    time_cue: re.Pattern  # "in ", "since ", "during " before a number: a year even before a plural noun
    time_words: frozenset[str]  # the same words
    hedged_time: re.Pattern  # "since at least " before a year: the time word, hedged
    month_cue: re.Pattern
    today_cue: re.Pattern
    future: re.Pattern
    past_perfect: re.Pattern  # "had been captured", "had fled": a look back from the story's time
    past_verb: re.Pattern  # "were found", "fled"
    present_verb: re.Pattern  # "say", "has", "will": the clause is in the present
    # "this week", "anniversary", "told", "has been": a sentence of the article's own time, not of a story it tells
    now_cue: re.Pattern
    range_gap: re.Pattern
    range_to_number: re.Pattern  # " to 2000", " and 2000" after a piece
    list_gap: re.Pattern
    paren_years: re.Pattern  # " and 2004)" after "(2001": more years to the bracket's end
    pair_gap: re.Pattern  # "34 years ago, on " or "Monday, on " before a date
    determiner: re.Pattern  # "a ", "its " just before a year
    recurring_before: re.Pattern  # "every year on " just before a day
    recurring_after: re.Pattern  # " each year" just after a day
    # "the Sunday closest to 22 March", "Lithuania marks the Day of Remembrance ... on 23 September": a rule for a
    # day that comes back each year, and a day the present tense says is kept each year
    recurring_rule: re.Pattern
    recurring_kept: re.Pattern
    after_units: tuple[str, ...]  # "years", "decades": "sixty years after"
    after_present: re.Pattern  # "today", "on Wednesday": the clause of "sixty years after" is set in the present
    name_heads: re.Pattern  # " project", " group" after "the Documentation of Oct 6"
    credit_nouns: frozenset[str]  # "estimate, 1978": a source's noun before its year
    doc_noun_before: re.Pattern  # "annual report 1998": a document and its year
    doc_noun_after: re.Pattern  # " census)" after "(1989", " census." after "[14] 1989": a count's source and its year
    year_label: re.Pattern  # "Founded: " opening a line before a year, as infoboxes write it
    year_subject: re.Pattern  # "2012 will mark": a year as the clause's subject
    recurring_words: tuple[str, ...]  # a word every recurrence phrase has ("every", "each", "annually")
    clause_breaks: re.Pattern  # where the clause after a weekday stops being read for a future cue
    clause_words: re.Pattern  # the same without punctuation: after a weekday that opens its sentence
    weekday_part: re.Pattern  # " evening" after a weekday
    nth_before: re.Pattern  # "the fourth " before a weekday
    nth_of: re.Pattern  # " of November 2023" after it
    ordinal_words: dict[str, int]  # "first" 1 ... and "last" -1
    year_part: re.Pattern  # "the first seven months of " before a year
    year_parts: dict[str, int]
    part_units: tuple[str, ...]  # "months": the word "the first seven months of" has
    anaphora: dict[str, list[tuple[str, int, str, int]]]  # unit word -> [(phrase, its offset in it, unit, shift)]
    anaphor_prefix: re.Pattern  # "later " before "that month"
    later: dict[str, int]  # "later" 1, "earlier" -1, after "N years"
    anaphor_open_ends: tuple[str, ...]  # "after": "the day after the shooting" dates the shooting
    anaphor_duration: re.Pattern  # "over " before "the following year": a length of time
    anaphor_vague: re.Pattern  # " or two" after "the next year": a stretch, not a date
    age_owners: frozenset[str]  # "her" before "'90s": an age, not a decade
    same_period_words: tuple[str, ...]  # "this week" after "50 years ago": that year, not a day
    season: re.Pattern  # "the spring of " before a year
    seasons: dict[str, tuple[int, int]]  # season word -> (first month, last month)
    season_of: re.Pattern  # " of" after "that winter": "that winter of 1941" is the season of that year
    season_parts: dict[str, tuple[int, int]]  # "late" -> (2, 3): months after a season's first that "late summer" spans
    season_back: re.Pattern  # "since the " before a season with no year: "since the summer"
    stretch: re.Pattern  # "the next nine months", "the final five months"
    stretches: dict[str, int]
    stretch_duration: re.Pattern  # "for " before one: how long, not when
    today_after: re.Pattern  # "will" in the clause after "Today,"
    today_occasion: re.Pattern  # "'s briefing" after "today": an occasion held that day
    year_ahead_break: re.Pattern  # ", which" between a day and a later one with a year: the year is not lent
    weekend_words: frozenset[str]  # "weekend": Saturday and Sunday, counted from publication
    weekend_cue: re.Pattern  # "over the " before "weekend": the weekend nearest publication
    recurring_day: re.Pattern  # " as the Day of Remembrance" after a day with no year
    weekday_not_after: frozenset[str]  # "one Sunday"
    weekday_nouns: frozenset[str]  # "school" in "Sunday school"
    day_alone_before: re.Pattern  # "on the " before "21st"
    ordinal_nouns: frozenset[str]  # "floor" after "the 21st"
    day_ordinal: re.Pattern  # "the fifth of " before a month
    day_ordinals: dict[str, int]  # "fifth" 5, "twentieth" 20
    pair_words: frozenset[str]  # "on", "in", "at"
    weekday_anaphor: frozenset[str]  # "the" in "on the Friday"
    weekday_following: re.Pattern  # "the following " before a weekday
    following_words: frozenset[str]  # "following", "next": the last word of that
    approx_ends: tuple[str, ...]  # " about ", " around ": they may stand between a keyword and its date
    month_following: re.Pattern  # "the following ", "that " before a month
    month_shifts: dict[str, int]  # "following" 1, "previous" -1, "that" 0
    month_cues: frozenset[str]  # "in", "by": before "that June" they make "that" point back, not join a clause
    weekday_range: re.Pattern  # " to Saturday" after a weekday: a schedule ("open Monday to Saturday")
    weekday_range_back: re.Pattern  # "Monday to " before one
    day_part: re.Pattern  # "evening", "early hours": a part of the day named in a span
    day_parts: dict[str, str]  # each such word -> the part it names ("early hours" -> "morning")
    range_keywords: frozenset[str]  # "from", "between": they open a range of weekdays
    range_lead: re.Pattern  # "overnight " before "from Friday to Saturday"
    year_halves: dict[str, tuple[int, int]]  # "first half of" -> (1, 6)
    month_weeks: dict[str, int]  # "first week of" 1, "last week of" -1
    day_alone_to: re.Pattern  # " to the 26th" after "the night of the 25th"
    into_next: re.Pattern  # " and into the night" after "that evening": the day and the next
    eve: frozenset[str]  # "eve": "the eve of 25 February" is the 24th
    followed_ends: tuple[str, ...]  # "that followed": after a day, "the month that followed" is mostly that day's month


@cache
def _grammar(lang: str) -> _Grammar:
    lex = lexicon.load(lang, "dates")
    number_lex = lexicon.load(lang, "numbers")  # number words and ordinal suffixes are the numbers family's
    months: dict[str, int] = {}
    full_months: list[str] = []
    short_months: list[str] = []
    for entry in lex["months"].values():
        months.update({n.lower(): entry["number"] for n in entry["names"] + entry["abbreviations"]})
        full_months += entry["names"]
        short_months += entry["abbreviations"]
    weekday_names = [n for e in lex["weekdays"].values() for n in e["names"]]
    holidays = [n for e in lex["holidays"].values() for n in e["names"]]
    weekdays = {n.lower(): e["number"] for e in lex["weekdays"].values() for n in e["names"]}
    units = {w.lower(): (e["base"], e["size"]) for e in lex["units"].values() for w in e["words"]}
    numbers = {e["word"]: e["value"] for e in number_lex["units"].values()} | dict.fromkeys(number_lex["article_one"], 1)
    relative_days = {e["word"]: e["days"] for e in lex["relative_days"].values()}
    shifts = {e["word"]: e["shift"] for e in lex["relative_shifts"].values()}

    # Month and weekday names match case-sensitively (Title or UPPER):
    # "may", "march" and "august" in lower case are ordinary words.
    month_any = f"(?:{_names(full_months)}|{_names(short_months)}\\.?)"
    month_full = _names(full_months)
    of = f"(?i:{_any(lex['of'])})"
    day_join = rf"(?:\s*[-/&]\s*|\s+(?i:{_any(w for w in lex['range_joiners'] if w[0].isalpha())})\s+)"
    day = rf"(?:3[01]|[12]\d|0?[1-9])(?i:{_any(number_lex['ordinal_suffixes'])})?(?!\w)"
    year = r"(?:1[5-9]\d\d|20\d\d|2100)(?!\d|[.,]\d)"
    rules = (
        rf"(?<!{_NOT_AFTER})(?:"
        r"(?P<iso>(?P<iso_y>[12]\d{3})(?P<iso_s>[-/.])(?P<iso_m>[01]\d)(?P=iso_s)(?P<iso_d>[0-3]\d))(?!\d)"
        r"|(?P<num>(?P<num_a>[0-3]?\d)(?P<num_s>[./-])(?P<num_b>[0-3]?\d)(?P=num_s)(?P<num_y>[12]\d{3}))(?!\d|[.,]\d)"
        rf"|(?P<dm>(?P<dm_d1>{day})(?:(?P<dm_j>{day_join})(?P<dm_d2>{day}))?\s+(?:{of}\s+)?(?P<dm_m>{month_any})"
        rf"(?:,?\s+(?P<dm_y>{year}))?)"
        r"|(?P<dec>(?P<dec_y>(?:1[5-9]|20)\d0)'?s)(?!\w)"
        rf"|(?P<yr>(?P<yr_a>{year})(?:\s*[-/]\s*(?P<yr_b>[12]\d{{3}}|\d\d?)(?!\d|[.,]\d))?)(?!\w)"
        rf"|(?P<md>(?P<md_m>{month_any})(?:\s+(?P<md_d1>{day})(?:(?P<md_j>{day_join})(?P<md_d2>{day}))?"
        rf"(?:,?\s+(?P<md_y>{year}))?|(?:\s+{of})?,?\s+(?P<my_y>{year})))"
        rf"|(?P<mo>{month_full}|{_names(short_months)}\.?(?=\s*-\s*{month_any}))"
        rf"|(?P<wd>{_names(weekday_names)})"
        rf"|(?P<nth>(?P<nth_d>(?:3[01]|[12]\d|0?[1-9]))(?i:{_any(number_lex['ordinal_suffixes'])})(?!\w))"
        r")"
    )
    # Every branch starts with a literal character, so `re` jumps between candidates in C.
    # Digit runs of 1, 2 or 4 digits only (no date starts with "613"), at the start of a
    # word: the look-behind sits after the first character to keep that literal first.
    names = sorted({f for n in full_months + short_months + weekday_names for f in (n, n.upper())}, key=len, reverse=True)
    digits = [rf"{d}(?<!{_NOT_AFTER}.)(?:[0-9](?:[0-9]{{2}})?)?(?![0-9])" for d in "0123456789"]
    anchor = "|".join(digits + [re.escape(n) for n in names])

    tens = [w for w, v in numbers.items() if 20 <= v < 100 and v % 10 == 0]
    hundred = [w for e in number_lex["scales"].values() if e["value"] == 100 for w in e["words"]]
    ones = [w for w, v in numbers.items() if 1 <= v <= 9]
    counted = f"(?:{_any(tens)}(?:[-\\s]{_any(ones)})?|{_any(numbers)})"
    # "a hundred years ago", "one hundred and ten years later": a count of hundreds, then what is added to it
    hundreds = rf"(?:{_any(ones + number_lex['article_one'])}\s+)?{_any(hundred)}(?:\s+(?:{_any(number_lex['joiners'])}\s+)?{counted})?"
    counted = f"(?:{hundreds}|{counted})"
    words = {w: "day" for w in relative_days} | {w: "ago" for w in lex["ago"]}
    words |= {w: "unit" for w in lex["relative_units"]}
    words |= {w: "weekend" for w in lex["weekend"]}
    words |= {w: "later" for w in lex["later"]}
    # Anaphora are found through their unit word ("year" in "that year"): one `str.find` per unit, not per phrase.
    # A part of a day ("that evening") is found through its last word and points at the first day of the last date.
    anaphora: dict[str, list[tuple[str, int, str, int, bool]]] = {}
    for e in lex["anaphora"].values():
        for phrase in e["words"]:
            word = e["unit"] if e["unit"] in phrase.split() else phrase.split()[-1]
            anaphora.setdefault(word, []).append((phrase, phrase.index(word), e["unit"], e["shift"], e.get("part", False)))
    for phrases in anaphora.values():  # the longest first: "the end of that month" before "that month"
        phrases.sort(key=lambda x: len(x[0]), reverse=True)
    words |= {w: words.get(w, "anaphor") for w in anaphora}
    seasons = {w.lower(): (e["first"], e["last"]) for e in lex["seasons"].values() for w in e["words"]}
    words |= {w: words.get(w, "season") for w in seasons}
    day_ordinals = {e["word"]: e["value"] for e in number_lex["ordinals"].values() if e["value"] <= 31}
    ordinal_words = {e["word"]: e["value"] for e in number_lex["ordinals"].values() if e["value"] <= 5}
    ordinal_words |= dict.fromkeys(lex["nth_last"], -1)
    joiners = lex["list_joiners"]
    weekday_any = _names(weekday_names)
    the = _any(lex["article"])
    day_parts = {w.lower(): part for part, ws in lex["day_parts"].items() for w in ws}
    weekday_gap = rf"\s*(?:-|{_any(w for w in lex['range_joiners'] if w not in joiners)})\s*"

    return _Grammar(
        lang=lang,
        anchor=re.compile(anchor),
        rules=re.compile(rules),
        words=words,
        today_words=tuple(sorted(lex["ago_same_day"], key=len, reverse=True)),
        ago_back=re.compile(rf"(?<!{_NOT_AFTER})(?P<n>\d{{1,4}}|{counted})\s+(?P<u>{_any(units)})\s+$", re.IGNORECASE),
        shift_back=_before(shifts),
        months=months,
        holidays={n.lower(): (e["month"], e["day"]) for e in lex["holidays"].values() for n in e["names"]},
        holiday=re.compile(rf"(?P<n>{_names(holidays)})(?:,?\s+(?P<y>{year}))?"),
        # the first two words up to an apostrophe, without a plural "s": one find covers "New Year's" and "New Years"
        holiday_words=tuple({" ".join(n.lower().split()[:2]).split("'")[0].rstrip("s") for n in holidays}),
        weekdays=weekdays,
        numbers=numbers,
        hundred_words=frozenset(hundred),
        units=units,
        relative_days=relative_days,
        shifts=shifts,
        weekday_name_words=frozenset(lex["weekday_name_words"]),
        weekday_cues=frozenset(lex["weekday_cues"]),
        recurring=frozenset(lex["recurring_cues"]),
        count_nouns=frozenset(lex["count_nouns"]),
        count_followers=frozenset(lex["count_followers"]),
        count_cues=frozenset(lex["count_cues"]),
        count_links=frozenset(lex["count_links"]),
        articles=frozenset(lex["article"]),
        of_words=frozenset(lex["of"]),
        of_ends=tuple(f"{f} " for w in lex["of"] for f in (w, w.upper(), w.capitalize())),
        cited=re.compile(rf"\d[\w/.-]*\s+{of}\s+$"),
        list_words=frozenset(joiners),
        article=_before(lex["article"]),
        period=re.compile(
            rf"(?<!\w){_any(lex['article'])}\s+{_any(lex['periods'])}\s+{_any(lex['period_links'])}\s+$", re.IGNORECASE
        ),
        modifier=re.compile(
            rf"(?<!\w)(?:{_any(lex['article'])}\s+)?{_any(lex['modifiers'])}(?:\s+{_any(lex['article'])})?(?:\s+|-)$",
            re.IGNORECASE,
        ),
        keyword=re.compile(rf"(?<!\w)(?P<k>{_any(lex['span_keywords'])})(?:\s+{_any(lex['date_approx'])})?\s*$",
                           re.IGNORECASE),
        today_not_after=frozenset(lex["today_not_after"]),
        keyword_article=re.compile(rf"(?<!\w){_any(lex['span_keywords'])}\s+{the}\s+$", re.IGNORECASE),
        prefix_ends=frozenset(
            w.split()[-1].lower() for w in lex["period_links"] + lex["modifiers"] + lex["article"] + lex["span_keywords"]
            + list(seasons) + lex["date_approx"]
        ),
        year_cue=_before(lex["year_cues"]),
        time_cue=_before(lex["time_cues"]),
        time_words=frozenset(lex["time_cues"]),
        hedged_time=re.compile(rf"(?<!\w){_any(lex['time_cues'])}\s+{_any(lex['time_hedges'])}\s+$", re.IGNORECASE),
        month_cue=_before(lex["month_cues"]),
        today_cue=_before(lex["today_cues"]),
        future=re.compile(rf"(?<!\w){_any(lex['future_cues'])}(?!\w)", re.IGNORECASE),
        past_perfect=re.compile(rf"\bhad (?:(?:{_any(lex['tense_adverbs'])}) )?(?:been|[a-z]+ed|{_any(lex['past_irregular'])})\b"),
        past_verb=re.compile(rf"\b(?:was|were|had|[a-z]{{2,}}ed|{_any(lex['past_irregular'])})\b"),
        present_verb=re.compile(rf"\b(?:{_any(lex['present_cues'])})\b", re.IGNORECASE),
        now_cue=re.compile(rf"(?<!\w)(?:{_any(lex['now_cues'])})(?!\w)|\b(?:has|have)\s+(?:\w+\s+)?(?:been|\w+ed)\b|\"",
                           re.IGNORECASE),
        range_gap=re.compile(rf"\s*(?:-|{_any(lex['range_joiners'])}(?!\w))\s*", re.IGNORECASE),
        range_to_number=re.compile(rf"\s*(?:-|{_any(lex['range_joiners'])})\s*\d", re.IGNORECASE),
        paren_years=re.compile(rf"(?:\s*(?:,\s*(?:{_any(joiners)}\s+)?|\s+{_any(joiners)}\s+){year})+\)", re.IGNORECASE),
        list_gap=re.compile(rf"\s*(?:,\s*(?:{_any(joiners)}\s+)?|{_any(joiners)}\s+)", re.IGNORECASE),
        pair_gap=re.compile(rf",?\s*(?:{_any(lex['pair_links'])}\s+)?", re.IGNORECASE),
        determiner=_before(lex["year_determiners"]),
        recurring_before=_before(lex["recurring_before"]),
        name_heads=re.compile(rf"\s+{_any(lex['date_name_heads'])}(?!\w)"),
        credit_nouns=frozenset(lex["year_credit_nouns"]),
        doc_noun_before=re.compile(rf"(?<!\w){_any(lex['year_document_nouns'])}\s+$", re.IGNORECASE),
        doc_noun_after=re.compile(rf"[ \t]+{_any(lex['year_source_nouns'])}\.?[ \t]*(?:[),;:\n]|\.(?!\w)|\Z)",
                                  re.IGNORECASE),
        year_label=re.compile(rf"(?:^|\n)[ \t]*{_any(lex['year_labels'])}[ \t]*(?::[ \t]*|\t[ \t]*|[ \t]+)$",
                              re.IGNORECASE),
        year_subject=re.compile(rf"\s+{_any(lex['year_subject_verbs'])}(?!\w)"),
        after_units=tuple(lex["after_units"]),
        after_present=re.compile(rf"(?<!\w)(?:{_any(lex['after_present_cues'])}|on {_any(weekdays)})(?!\w)", re.IGNORECASE),
        recurring_rule=re.compile(rf"(?<!\w)(?:{_any(weekdays)}|weekend|day)\s+(?:{_any(lex['recurring_rule_links'])})\s+$",
                                  re.IGNORECASE),
        recurring_kept=re.compile(rf"(?<!\w)(?:{_any(lex['recurring_kept_verbs'])})\s+(?:the|its|a|an)\s+"
                                  rf"[^.;!?\n]{{0,120}}?(?<!\w)(?:Day|anniversary)(?!\w)[^.;!?\n]{{0,120}}?\son\s+$"),
        recurring_words=tuple({w.split()[0].lower() for w in lex["recurring_cues"] + lex["recurring_before"]
                               + lex["recurring_after"]}),
        recurring_after=re.compile(rf",?\s+{_any(lex['recurring_after'])}(?!\w)", re.IGNORECASE),
        clause_breaks=re.compile(rf"[,;.!?()]|(?<!\w){_any(lex['clause_breaks'])}(?!\w)", re.IGNORECASE),
        clause_words=re.compile(rf"[;!?]|(?<!\w){_any(lex['clause_breaks'])}(?!\w)", re.IGNORECASE),
        weekday_part=re.compile(rf"\s+{_any(lex['weekday_parts'])}(?!\w)", re.IGNORECASE),
        nth_before=re.compile(rf"(?<!\w){_any(lex['article'])}\s+(?P<nth>{_any(ordinal_words)})\s+$", re.IGNORECASE),
        nth_of=re.compile(rf"\s+{of}\s+(?P<m>{month_full})(?:,?\s+(?P<y>{year}))?"),
        ordinal_words=ordinal_words,
        year_part=re.compile(
            rf"(?<!\w){_any(lex['article'])}\s+(?P<part>{_any(lex['year_parts'])})\s+(?P<n>\d{{1,2}}|{_any(numbers)})\s+"
            rf"{_any(lex['month_plural'])}\s+{of}\s+$", re.IGNORECASE),
        year_parts={k.lower(): v for k, v in lex["year_parts"].items()},
        part_units=tuple(w.lower() for w in lex["month_plural"]),
        anaphora=anaphora,
        anaphor_prefix=_before(lex["anaphor_prefixes"]),
        later={k.lower(): v for k, v in lex["later"].items()},
        anaphor_open_ends=tuple(" " + w for w in lex["anaphor_open_ends"]),
        anaphor_duration=_before(lex["anaphor_durations"]),
        age_owners=frozenset(lex["age_owners"]),
        anaphor_vague=re.compile(rf"\s+{_any(lex['anaphor_vague_ends'])}(?!\w)", re.IGNORECASE),
        same_period_words=tuple(sorted(lex["ago_same_period"], key=len, reverse=True)),
        season=re.compile(rf"(?<!\w)(?:{the}\s+)?(?:(?P<s0>{_any(seasons)})\s*(?:-|{_any(lex['range_joiners'])})\s*(?:{the}\s+)?)?"
                          rf"(?:(?P<mod>{_any(lex['modifiers'])})(?:\s+{the})?[\s-]+)?(?P<s>{_any(seasons)})\s+(?:{of}\s+)?$",
                          re.IGNORECASE),
        season_parts={k.lower(): tuple(v) for k, v in lex["season_parts"].items()},
        stretch=re.compile(rf"(?<!\w){the}\s+(?P<w>{_any(lex['stretches'])})\s+(?P<n>\d{{1,2}}|{counted})\s+"
                           rf"(?P<u>{_any(lex['stretch_units'])})(?!\w)", re.IGNORECASE),
        stretches={k.lower(): v for k, v in lex["stretches"].items()},
        stretch_duration=_before(lex["stretch_durations"]),
        season_back=re.compile(rf"(?<!\w)(?P<cue>{_any(set(lex['month_cues']) | set(lex['span_keywords']))})\s+"
                               rf"(?P<the>{the}\s+)$", re.IGNORECASE),
        seasons=seasons,
        season_of=re.compile(rf"\s+{of}(?!\w)"),
        today_after=re.compile(rf"(?<!\w){_any(lex['today_after_cues'])}(?!\w)", re.IGNORECASE),
        weekend_words=frozenset(lex["weekend"]),
        weekend_cue=re.compile(rf"(?<!\w){_any(lex['weekend_cues'])}\s+{the}\s+$", re.IGNORECASE),
        year_ahead_break=re.compile(rf"(?<!\w){_any(lex['year_ahead_breaks'])}", re.IGNORECASE),
        today_occasion=re.compile(rf"['’]s\s+(?:[a-z]+\s+)?{_any(lex['today_occasions'])}(?!\w)"),
        recurring_day=re.compile(rf"\s+(?:{_any(lex['recurring_day_links'])}\s+)?(?:(?:[\w'’]+\s+){{0,2}}?"
                                 rf"{_any(lex['recurring_day_names'])}|(?-i:(?:[A-Z][\w'’-]*\s+){{1,3}}"
                                 rf"{'|'.join(map(re.escape, lex['recurring_day_titles']))}))(?!\w)", re.IGNORECASE),
        weekday_not_after=frozenset(lex["weekday_not_after"]),
        weekday_nouns=frozenset(lex["weekday_nouns"]),
        day_alone_before=re.compile(rf"(?<!\w){_any(lex['day_alone_cues'])}\s+{the}\s+$", re.IGNORECASE),
        ordinal_nouns=frozenset(lex["ordinal_nouns"]),
        day_ordinal=re.compile(rf"(?<!\w)(?:{the}\s+)?(?:(?P<tens>{_any(w for w, v in numbers.items() if v in (20, 30))})"
                               rf"[-\s]+)?(?P<o>{_any(day_ordinals)})\s+{of}\s+$", re.IGNORECASE),
        day_ordinals=day_ordinals,
        pair_words=frozenset(lex["pair_links"]),
        weekday_anaphor=frozenset(lex["weekday_anaphor"]),
        month_following=re.compile(rf"(?<!\w)(?P<w>{_any(lex['month_anaphora'])})\s+$", re.IGNORECASE),
        month_cues=frozenset(lex["month_cues"]),
        month_shifts={k.lower().split()[-1]: v for k, v in lex["month_anaphora"].items()},
        following_words=frozenset(lex["weekday_following"]),
        approx_ends=tuple(f" {f} " for w in lex["date_approx"] for f in (w, w.capitalize(), w.upper())),
        weekday_following=re.compile(rf"(?<!\w){the}\s+{_any(lex['weekday_following'])}\s+$", re.IGNORECASE),
        weekday_range=re.compile(weekday_gap + weekday_any),
        weekday_range_back=re.compile(weekday_any + weekday_gap + "$"),
        day_part=re.compile(rf"(?<!\w){_any(day_parts)}(?!\w)", re.IGNORECASE),
        day_parts=day_parts,
        range_keywords=frozenset(lex["range_keywords"]),
        range_lead=_before(lex["range_leads"]),
        year_halves={k.lower(): tuple(v) for k, v in lex["year_halves"].items()},
        month_weeks={k.lower(): v for k, v in lex["month_weeks"].items()},
        day_alone_to=re.compile(rf"\s*(?:-|(?i:{_any(w for w in lex['range_joiners'] if w[0].isalpha())})\s+(?:{the}\s+)?)"
                                rf"(?P<d>3[01]|[12]\d|0?[1-9])(?i:{_any(number_lex['ordinal_suffixes'])})(?!\w)"),
        into_next=re.compile(rf"\s+{_any(lex['into_next'])}(?!\w)", re.IGNORECASE),
        eve=frozenset(lex["eve"]),
        followed_ends=tuple(w.lower() for w in lex["followed_ends"]),
    )


# --------------------------------------------------------------------------- find


@dataclass(eq=False, slots=True)
class _Piece:
    start: int
    end: int
    form: str  # calendar, year, decade, month, ago, relative, weekday
    rule: str
    first: tuple = (None, None, None)  # (year, month, day); None where the text gives none
    last: tuple | None = None  # a range's end, same shape
    explicit: bool = False  # the text writes the year
    keyword: str | None = None  # since / from / between, inside the span
    widened: bool = False  # a period or modifier ("the night of", "early") or a second date is in the span
    inner_and: tuple[int, int] | None = None  # "3 and 5 February": where the first day ends, the second starts
    # ago: (n, unit, "today" follows); relative: (word, what); weekday: (number,);
    # a day or month paired with "34 years ago" / "last year": (years back, that text)
    info: tuple = ()
    inferred: str | None = None
    nth: tuple[int, int] | None = None  # "the fourth Saturday of November": (4, 5), the day found once the year is
    through: int | None = None  # "from Friday to Saturday": the weekday a range of weekdays runs to
    # A year that qualifies a thing ("a 2011 book", "its 2009 editorial"): a date, but a source's year, not the
    # narration's, so the days without a year after it do not take it
    aside: bool = False
    # A day or month whose year was recalled from the last time the text wrote that month ("25 March 1971 ...
    # between 25 and 26 March"): the narration is back in that year, and later days without a year take it
    recalled: bool = False
    # "Two days earlier, on Wednesday": the weekday that settles an anaphor's day; "Tuesday, 14 March": the weekday
    # a day with no year is written with, which says which of the years the context offers it is
    weekday: int | None = None


def _scan(norm: str, lower: str, g: _Grammar, published: date | None = None) -> list[_Piece]:
    pieces: list[_Piece] = []
    floor = 0
    numeric = False
    for a in g.anchor.finditer(norm):
        if a.start() >= floor and (m := g.rules.match(norm, a.start())) and (p := _piece(m, norm, g)):
            pieces.append(p)
            floor = p.end
            numeric = numeric or m.lastgroup == "num"
    if numeric:
        _numeric_order(norm, pieces)
    found = _word_pieces(norm, lower, g) + _stretches(norm, lower, g) + _holidays(norm, lower, g) \
        + _years_after(norm, lower, g) + _units_after(norm, lower, g) + _short_years(norm, g, published)
    if not found:
        return pieces
    out: list[_Piece] = []
    for p in sorted(pieces + found, key=lambda p: p.start):
        if not out or p.start >= out[-1].end:
            out.append(p)
    return out


def _word_pieces(norm: str, lower: str, g: _Grammar) -> list[_Piece]:
    """"yesterday", "34 years ago", "last year": words found in the lower-cased text with `str.find`,
    which outruns any regex over the whole text."""
    found: list[_Piece] = []
    for word, kind in g.words.items():
        # a word found only inside phrases ("day" in "that day", "later" in "two years later") is looked for
        # with the space before it: far fewer hits ("today", "Monday", "holidays")
        pad = 1 if kind in ("anaphor", "later") else 0
        i = lower.find(" " + word if pad else word)
        while i != -1:
            i += pad
            j = i + len(word)
            if (i == 0 or not lower[i - 1].isalnum()) and (j == len(lower) or not lower[j].isalnum()):
                if kind == "day":
                    found.append(_Piece(i, j, "relative", f"{g.lang}.dates.relative_day", info=(word, None)))
                elif kind == "ago" and (m := g.ago_back.search(norm, max(0, i - 40), i)):
                    n = m["n"].lower()
                    count = _count(n, g)
                    today = next((w for w in g.today_words if lower.startswith(w, j + 1) and lower[j] == " "), None)
                    end = j + 1 + len(today) if today else j  # "30 years ago today" is a day
                    period = None
                    if not today and lower[j : j + 1] == " " and (period := next(
                            (w for w in g.same_period_words if lower.startswith(w, j + 1)
                             and not lower[j + 1 + len(w) : j + 2 + len(w)].isalpha()), None)):
                        end = j + 1 + len(period)  # "Eighty years ago last week": that week, N years back
                    found.append(_Piece(m.start(), end, "ago", f"{g.lang}.dates.ago",
                                        info=(count, m["u"].lower(), bool(today), period)))
                elif kind == "weekend" and not norm.startswith(" of ", j) and (
                        (m := g.shift_back.search(norm, max(0, i - 8), i))
                        or (m := g.weekend_cue.search(norm, max(0, i - 20), i))):
                    # "last weekend", "over the weekend" (not "the weekend of 12-13 May", a period of that date)
                    shift = m.group().split()[0].lower()
                    start = m.start() if shift in g.shifts else m.end() - len(m.group().split()[-1]) - 1
                    if not lower.endswith(tuple(f"{w} " for w in g.words if g.words[w] == "ago"), 0, start):
                        # ("Ten years ago this weekend" is the year of the "ago", not this weekend)
                        found.append(_Piece(start, j, "relative", f"{g.lang}.dates.weekend", info=(shift, word)))
                elif kind == "unit" and (m := g.shift_back.search(norm, max(0, i - 8), i)) \
                        and not g.article.search(norm, max(0, m.start() - 6), m.start()):
                    # ("the next year" points at the last date the text gave: an anaphor, below)
                    shift = m.group().strip().lower()
                    found.append(_Piece(m.start(), j, "relative", f"{g.lang}.dates.relative_period", info=(shift, word)))
                elif word in g.anaphora and (a := _anaphor_piece(norm, lower, i, word, g)) is not False:
                    if a is not None:  # "that year", "the following day", "the year before", "that winter"
                        found.append(a)
                elif word in g.seasons and (m := g.shift_back.search(norm, max(0, i - 8), i)):
                    # "last summer", "this winter": a season counted from the publication date
                    found.append(_Piece(m.start(), j, "relative", f"{g.lang}.dates.relative_season",
                                        info=(m.group().strip().lower(), word)))
                elif word in g.seasons and (m := g.season_back.search(norm, max(0, i - 20), i)) \
                        and (j == len(norm) or g.clause_breaks.match(norm, j)
                             or norm[j] == " " and g.clause_breaks.match(norm, j + 1) and norm[j + 1].isalpha()):
                    # "since the summer", "in the spring, ...": a season with no year, given one from context
                    first, last = g.seasons[word]
                    keyword = m["cue"].lower() if _before_cue(m["cue"], g) else None
                    found.append(_Piece(m.start() if keyword else m.start("the"), j, "month", f"{g.lang}.dates.season",
                                        (None, first, None), (None, last, None), widened=True, keyword=keyword))
                elif kind == "later" and lower[max(0, i - 10) : i - 1].rsplit(" ", 1)[-1] in g.units \
                        and (m := g.ago_back.search(norm, max(0, i - 40), i)) \
                        and not g.anaphor_duration.search(norm, max(0, m.start() - 20), m.start()):
                    n = m["n"].lower()
                    count = _count(n, g)
                    base, size = g.units[m["u"].lower()]
                    shift = count * size
                    if base == "hour":  # "24 hours later" is the next day; "six hours later" the same
                        base, shift = "day", shift // 24
                    found.append(_Piece(m.start(), j, "anaphor", f"{g.lang}.dates.later",
                                        info=(base, shift * g.later[word])))
            i = lower.find(" " + word if pad else word, j)
    return found


def _short_years(norm: str, g: _Grammar, published: date | None) -> list[_Piece]:
    """"the '90s", "in '94", "the winter of '92": a year or decade written with two digits after an apostrophe. A
    decade is of this century once it is over by publication, else of the last; a year only after a word that puts a
    time after it ("in", "since", "of"), and of the last hundred years before publication."""
    found: list[_Piece] = []
    now = published.year if published else 2000
    for m in _SHORT_YEAR.finditer(norm):
        yy = int(m["yy"])
        if _QUOTE_CLOSED.match(norm, m.end()):
            continue  # "rated '94 percent' safe", "the film '90s Kids'": a quotation that opens with a number
        if m["s"]:
            if yy % 10 or _last_word(norm, m.start()) in g.age_owners:
                continue  # "'95s" is no decade; "in her '90s" is an age
            y = now // 100 * 100 + yy
            y -= 100 * (y + 9 >= now)
            found.append(_Piece(m.start(), m.end(), "decade", f"{g.lang}.dates.decade", (y, None, None), (y + 9, None, None),
                                explicit=True))
        elif (w := _last_word(norm, m.start())) in g.month_cues or w in g.of_words \
                or w in g.list_words and found and found[-1].form == "year" and m.start() - found[-1].end <= 6:
            # ("the floods of '88 and '89": the list goes on)
            y = now // 100 * 100 + yy
            y -= 100 * (y > now)
            found.append(_Piece(m.start(), m.end(), "year", f"{g.lang}.dates.year", (y, None, None), explicit=True))
    return found


def _count(n: str, g: _Grammar) -> int:
    """The number "34", "thirty-four", "a hundred", "one hundred and ten" counts (lower case)."""
    if n.isdigit():
        return int(n)
    total = 0
    for w in re.split(r"[-\s]+", n):
        if w in g.numbers:
            total += g.numbers[w]
        elif w in g.hundred_words:
            total = (total or 1) * 100
    return total


def _years_after(norm: str, lower: str, g: _Grammar) -> list[_Piece]:
    """"South Africans mark the day today, sixty years after police opened fire", "On Wednesday, 150 years after
    the attack, the governor apologised": a clause set in the present ("today", "on Wednesday") that is N years
    after an event dates the event, N years before publication, as "N years ago" would. Without the present
    beside it ("Two years after the war he moved") the count runs from a date the text may not give: no date."""
    found: list[_Piece] = []
    for unit in g.after_units:
        i = lower.find(f" {unit} after ")
        while i != -1:
            j = i + 1 + len(unit) + len(" after")
            if (m := g.ago_back.search(norm, max(0, i - 40), i + len(unit) + 2)) is not None:
                lo = max((norm.rfind(c, 0, m.start()) for c in ".!?\n;"), default=-1) + 1
                hi = min((k for k in (norm.find(c, j) for c in ".!?\n;") if k != -1), default=len(norm))
                if g.after_present.search(norm, lo, hi):
                    n = m["n"].lower()
                    count = _count(n, g)
                    found.append(_Piece(m.start(), j, "ago", f"{g.lang}.dates.years_after",
                                        info=(count, m["u"].lower(), False, None)))
            i = lower.find(f" {unit} after ", j)
    return found


def _units_after(norm: str, lower: str, g: _Grammar) -> list[_Piece]:
    """"rose to 14 on Saturday, officials said, a day after police opened fire": set off by a comma after the day its
    sentence has given, "N days after" an event dates the event N days before that day (resolved in context, where
    only a date of the same sentence anchors it). Without the comma the count may run from another clause's time
    ("he was arrested on 3 May and released two days after his lawyer complained"); before a date ("two days after
    4 September") it is a length of time. Days only: "a week after", "a month after" are said loosely."""
    found: list[_Piece] = []
    i = lower.find(" after ")
    while i != -1:
        j = i + len(" after")
        m = g.ago_back.search(norm, max(0, i - 40), i + 1)
        if m is not None and g.units[m["u"].lower()] == ("day", 1) and norm[: m.start()].rstrip(" ").endswith(",") \
                and not g.anchor.match(norm, j + 1) and lower[j + 1 : j + 2].isalpha():
            n = m["n"].lower()
            count = _count(n, g)
            base, size = g.units[m["u"].lower()]
            found.append(_Piece(m.start(), j, "anaphor", f"{g.lang}.dates.units_after", info=(base, -count * size)))
        elif m is not None and g.units[m["u"].lower()] == ("day", 1) and _SENTENCE_START.search(norm, max(0, m.start() - 4), m.start()) \
                and (e := _EVENT_AFTER.match(norm, j)):
            # "Three days after the massacre, soldiers came back": opening its sentence and closed by a comma, the
            # count runs from the event the narration has just dated, as "three days later" does
            count = _count(m["n"].lower(), g)
            found.append(_Piece(m.start(), e.end(), "anaphor", f"{g.lang}.dates.later", info=("day", count)))
        i = lower.find(" after ", j)
    return found


def _holidays(norm: str, lower: str, g: _Grammar) -> list[_Piece]:
    """"New Year's Eve 1994", "Christmas Day": a day of a month, as "31 December" is. Found with `str.find`: a
    name in the master scan would make it stop at every capital N and C."""
    found = []
    for word in g.holiday_words:
        i = lower.find(word)
        while i != -1:
            if (m := g.holiday.match(norm, i)) and (i == 0 or not norm[i - 1].isalnum()):
                y = int(m["y"]) if m["y"] else None
                found.append(_Piece(i, m.end(), "calendar", f"{g.lang}.dates.holiday" + ("_year" if y else ""),
                                    (y, *g.holidays[m["n"].lower()]), explicit=y is not None))
            i = lower.find(word, i + 1)
    return found


def _anaphor_piece(norm: str, lower: str, i: int, word: str, g: _Grammar) -> _Piece | None | bool:
    """The anaphor whose unit word is at `i` ("year" in "later that year"); None when one is there but says how
    long, not when; False when none of its phrases is there (a season word may still be a season)."""
    for phrase, offset, unit, shift, part in g.anaphora[word]:
        a, b = i - offset, i - offset + len(phrase)
        if lower.startswith(phrase, a) and (a == 0 or not lower[a - 1].isalnum()) and not lower[b : b + 1].isalnum():
            if phrase.endswith(g.anaphor_open_ends) and _NEXT_WORD_ONLY.match(norm, b):
                return None  # "the day after the shooting": the shooting's date, not the last one
            if g.anaphor_duration.search(norm, max(0, a - 20), a) or g.anaphor_vague.match(norm, b):
                return None  # "over the following year", "in the next year or two": a length of time
            if unit == "season" and g.season_of.match(norm, b):
                return False  # "that winter of 1941": the season and its year, read as one
            a = m.start() if (m := g.anaphor_prefix.search(norm, max(0, a - 12), a)) else a
            info = (unit, shift, word) if unit == "season" else (unit, shift, part)
            if part and (nxt := g.into_next.match(norm, b)):  # "that evening and into the night": that day and the next
                b, info = nxt.end(), (unit, shift, part, 1)
            return _Piece(a, b, "anaphor", f"{g.lang}.dates.anaphor", info=info)
    return False


def _before_cue(cue: str, g: _Grammar) -> bool:
    """"since", "from": a keyword the span keeps ("since the summer"); "in" stays out ("in the summer")."""
    return bool(g.keyword.fullmatch(cue))


def _stretches(norm: str, lower: str, g: _Grammar) -> list[_Piece]:
    """"over the next nine months", "the final five months": N months or years from or up to the last date given."""
    found = []
    for m in _stretch_matches(norm, lower, g):
        n = m["n"].lower()
        count = int(n) if n.isdigit() else sum(g.numbers.get(w, 0) for w in re.split(r"[-\s]+", n))
        if count >= 2 and not g.stretch_duration.search(norm, max(0, m.start() - 10), m.start()):
            base, size = g.units[m["u"].lower()]
            found.append(_Piece(m.start(), m.end(), "stretch", f"{g.lang}.dates.stretch",
                                info=(base, count * size * g.stretches[m["w"].lower()])))
    return found


# Letters a case-blind pattern's ASCII letters match that lower-casing leaves apart: "ı" matches "i", "ſ" matches "s".
_FOLDED_APART = {"\u0131": "i", "\u017f": "s"}


def _stretch_matches(norm: str, lower: str, g: _Grammar) -> list[re.Match]:
    """What `g.stretch.finditer(norm)` finds, tried only where the article ends before a stretch word ("the next"):
    `str.find` looks for the few stretch words, where the pattern, opening case-blind, is tried at every position."""
    if any(" " in a or not a.isascii() for a in g.articles) or not all(w.isascii() for w in g.stretches):
        return list(g.stretch.finditer(norm))
    for odd, plain in _FOLDED_APART.items():
        if odd in lower:  # "fınal" is "final" to the pattern ("Xocalı" puts a dotless i in the text)
            lower = lower.replace(odd, plain)
    starts = set()
    for word in g.stretches:
        i = lower.find(word)
        while i != -1:
            j = i
            while j and lower[j - 1].isspace():
                j -= 1
            if j < i:
                starts.update(j - len(a) for a in g.articles if lower.endswith(a.lower(), 0, j))
            i = lower.find(word, i + 1)
    out: list[re.Match] = []
    for s in sorted(starts):
        if (not out or s >= out[-1].end()) and (m := g.stretch.match(norm, s)):
            out.append(m)
    return out


def _month(text: str, g: _Grammar) -> int:
    return g.months[text.rstrip(".").lower()]


def _day(text: str) -> int:
    return int(text[:2]) if text[1:2].isdigit() else int(text[:1])


def _count_follows(norm: str, end: int, g: _Grammar, bare: bool = False) -> bool:
    """"2000 people" counts; so does a bare "2000 killed", but not "25 February 1992 killed"."""
    nxt = _NEXT_WORD.match(norm, end, end + 30)
    if not nxt:
        return False
    word = nxt.group(1).lower()
    return word in g.count_nouns or (bare and word in g.count_followers)


def _piece(m: re.Match, norm: str, g: _Grammar) -> _Piece | None:
    kind = m.lastgroup
    s, e = m.span(kind)
    rule = f"{g.lang}.dates."
    if kind == "iso":
        ymd = (int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"]))
        return _Piece(s, e, "calendar", rule + "iso", ymd, explicit=True) if _valid(*ymd) else None
    if kind == "num":
        a, b = int(m["num_a"]), int(m["num_b"])
        d, mo = (b, a) if b > 12 >= a else (a, b)  # day first, unless only month first is possible
        ymd = (int(m["num_y"]), mo, d)
        return _Piece(s, e, "calendar", rule + "numeric", ymd, explicit=True) if _valid(*ymd) else None
    if kind == "md" and m["my_y"]:
        month = _month(m["md_m"], g)
        if int(m["my_y"]) in _YEARS_AFTER_DAY or not _count_follows(norm, e, g):
            return _Piece(s, e, "calendar", rule + "month_year", (int(m["my_y"]), month, None), explicit=True)
        kind, e = "mo", m.end("md_m")  # "May 1500 soldiers": the number is no year
    if kind in ("dm", "md"):
        return _day_piece(m, kind, norm, g)
    if kind == "nth":  # "On the 21st rockets hit": a day of the month last named (resolved in context)
        if g.day_alone_before.search(norm, max(0, s - 12), s) and (to := g.day_alone_to.match(norm, e)):
            # "the night of the 25th to the 26th": two days of the month last named
            return _Piece(s, to.end(), "day", rule + "day_alone", (None, None, int(m["nth_d"])),
                          (None, None, int(to["d"])))
        if not g.day_alone_before.search(norm, max(0, s - 12), s) or not _DAY_ALONE_END.match(norm, e) \
                or (nxt := _NEXT_WORD.match(norm, e, e + 30)) and nxt.group(1).lower() in g.ordinal_nouns:
            return None  # "the 23rd (Americal) Division", "the 21st Century", "on the 21st floor"
        return _Piece(s, e, "day", rule + "day_alone", (None, None, int(m["nth_d"])))
    if kind == "dec":
        y = int(m["dec_y"])
        span = 99 if y % 100 == 0 and y < 2000 else 9  # "the 1800s" is a century; "the 2000s" a decade, as written
        return _Piece(s, e, "decade", rule + "decade", (y, None, None), (y + span, None, None), explicit=True)
    if kind == "yr":
        a = int(m["yr_a"])
        if m["yr_b"]:
            b = int(m["yr_b"])
            if b < 10 and "/" not in norm[m.end("yr_a") : m.start("yr_b")]:  # "1942-3", not "2005/1"
                b += a - a % 10
            elif b < 100:  # "1932-33", "1999-00"
                b += a - a % 100
                b += 100 if b <= a else 0
            if a < b <= a + 100 and (b >= 10 or "/" not in norm[m.end("yr_a") : m.start("yr_b")]):
                return _Piece(s, e, "year", rule + "year_range", (a, None, None), (b, None, None), explicit=True)
            e = m.end("yr_a")
        return _Piece(s, e, "year", rule + "year", (a, None, None), explicit=True)
    if kind == "wd" and _last_word(norm, s) in g.ordinal_words and (nth := g.nth_before.search(norm, max(0, s - 16), s)) \
            and (of := g.nth_of.match(norm, e)):
        # "the fourth Saturday of November", "the last Friday of May": a day of that month, found once its year is
        year = int(of["y"]) if of["y"] else None
        return _Piece(nth.start(), of.end(), "month", rule + "nth_weekday", (year, _month(of["m"], g), None),
                      explicit=year is not None, widened=True,
                      nth=(g.ordinal_words[nth["nth"].lower()], g.weekdays[m["wd"].lower()]))
    if kind == "wd" and _last_word(norm, s) in g.following_words \
            and (after := g.weekday_following.search(norm, max(0, s - 20), s)):
        # "the following Monday": the first Monday after the last date the text gave
        e = part.end() if (part := g.weekday_part.match(norm, e)) else e
        return _Piece(after.start(), e, "weekday_after", rule + "weekday_after", info=(g.weekdays[m["wd"].lower()], True))
    if kind == "mo" and _last_word(norm, s) in g.month_shifts and (after := g.month_following.search(norm, max(0, s - 20), s)) and (
            after["w"].lower() != "that" or _SENTENCE_START.search(norm, max(0, after.start() - 3), after.start())
            or _last_word(norm, after.start()) in g.month_cues):
        # "the following March", "that March": a month placed by the last date the text gave
        return _Piece(after.start(), e, "month_after", rule + "month_after",
                      info=(_month(norm[s:e], g), g.month_shifts[after["w"].lower().split()[-1]]))
    shift = g.shift_back.search(norm, max(0, s - 8), s)
    if shift:  # "last July", "next Friday"
        word = shift.group().strip().lower()
        return _Piece(shift.start(), e, "relative", rule + "relative_period", info=(word, norm[s:e]))
    if kind == "mo":
        return _Piece(s, e, "month", rule + "month", (None, _month(norm[s:e], g), None))
    if part := g.weekday_part.match(norm, e):
        e = part.end()  # "Thursday evening"
    if _last_word(norm, s) in g.weekday_anaphor and (
            _CLAUSE_END.match(norm, e) or norm[e : e + 1] in (",", ":") or g.clause_breaks.match(norm, e + 1)):
        # "The siege ended on the Friday, when ...": the Friday after the last date the text gave
        return _Piece(norm.rindex(" ", 0, s - 1) + 1 if " " in norm[max(0, s - 12) : s - 1] else s, e,
                      "weekday_after", rule + "weekday_after", info=(g.weekdays[m["wd"].lower()],))
    return _Piece(s, e, "weekday", rule + "weekday", info=(g.weekdays[m["wd"].lower()],))


def _numeric_order(norm: str, pieces: list[_Piece]) -> None:
    """"03/04/2022" is day first unless the document writes month first: a numeric date that can only be month first
    ("03/15/2022"), or more "March 3, 2022" than "3 March 2022" when no numeric date settles it."""
    firsts = [[int(x) for x in _NUMERIC_PARTS.split(norm[p.start : p.end])[:2]] for p in pieces if p.rule.endswith(".numeric")]
    day_first, month_first = sum(a > 12 for a, _ in firsts), sum(b > 12 for _, b in firsts)
    if day_first == month_first:
        day_first = sum(".day_month" in p.rule for p in pieces)
        month_first = sum(".month_day" in p.rule for p in pieces)
    if month_first <= day_first:
        return
    for p, (a, b) in zip((p for p in pieces if p.rule.endswith(".numeric")), firsts):
        if a <= 12 and b <= 12 and _valid(p.first[0], a, b):
            p.first = (p.first[0], a, b)


def _day_piece(m: re.Match, kind: str, norm: str, g: _Grammar) -> _Piece | None:
    """"25-26 February 1992", "August 8, 2025", "3 and 5 May": a day (or two) of a named month."""
    s, e = m.span(kind)
    month = _month(m[f"{kind}_m"], g)
    y = m[f"{kind}_y"]
    d2 = m[f"{kind}_d2"]
    if y and int(y) not in _YEARS_AFTER_DAY and _count_follows(norm, e, g):  # "on 5 May 1500 soldiers ..."
        y = None
        e = m.end("dm_m") if kind == "dm" else m.end("md_d2" if d2 else "md_d1")
    y = int(y) if y else None
    first = (y, month, _day(m[f"{kind}_d1"]))
    last = (y, month, _day(d2)) if d2 else None
    if not _valid(*first) or (last and (not _valid(*last) or last[2] <= first[2])):
        return None
    inner_and = None
    if d2 and m[f"{kind}_j"].strip().lower() in g.list_words:
        inner_and = (m.end(f"{kind}_d1"), m.start(f"{kind}_d2"))
    if kind == "dm" and "," in norm[max(0, s - 3) : s] and (listed := _DAY_LIST.search(norm, max(0, s - 24), s)):
        days = [_day(d) for d in _DAY.findall(listed.group())] + [first[2]] + ([last[2]] if last else [])
        if all(b == a + 1 for a, b in zip(days, days[1:])):  # "3, 4 and 5 June": one span of days
            s, first, last, inner_and = listed.start(), (y, month, days[0]), (y, month, days[-1]), None
    name = {"dm": "day_month", "md": "month_day"}[kind] + ("_year" if y else "")
    return _Piece(s, e, "calendar", f"{g.lang}.dates.{name}", first, last, explicit=y is not None, inner_and=inner_and)


# --------------------------------------------------------------------------- widen and join


def _widen(norm: str, pieces: list[_Piece], g: _Grammar) -> list[_Piece]:
    """Pull "the night of", "early", "since"/"from"/"between" into the span; fold a weekday into its date."""
    out: list[_Piece] = []
    floor = 0
    for p in pieces:
        if p.form in ("calendar", "year", "decade", "month"):
            if p.first[2] is None and p.first[1] is not None and p.last is None and norm.endswith(g.of_ends, 0, p.start) \
                    and (w := g.day_ordinal.search(norm, max(floor, p.start - 40), p.start)):
                _day_in_words(p, w, g)  # "the fifth of February"
            if _last_word(norm, p.start) in g.prefix_ends:  # most pieces have no prefix: skip the searches
                if p.form == "year" and p.last is None and _has_any(norm, max(floor, p.start - 16), p.start, g.part_units) \
                        and (w := g.year_part.search(norm, max(floor, p.start - 40), p.start)):
                    _year_part(p, w, g)  # "the first seven months of 1933"
                if p.form == "year" and p.first[0] in _BARE_YEARS and (w := g.season.search(norm, max(floor, p.start - 50), p.start)):
                    _season(p, w, g)  # "the spring of 1940", "the late summer of 1943", "the winter of 1992-93"
                for pattern in (g.period, g.modifier):
                    if w := pattern.search(norm, max(floor, p.start - 40), p.start):
                        p.start, p.widened = w.start(), True
                        if pattern is g.period and p.last is None and p.first[2] is not None \
                                and g.eve & set(w.group().lower().split()):
                            _eve(p)  # "the eve of 25 February": the day before it
                        if pattern is g.modifier:
                            _part_of(p, w.group(), g)  # "the second half of 1994", "the first week of June"
                if k := g.keyword.search(norm, max(floor, p.start - _keyword_reach(norm, p.start, g)), p.start):
                    p.start, p.keyword = k.start(), k["k"].lower()  # "since", "between about"
                elif p.form == "decade" and (k := g.keyword_article.search(norm, max(floor, p.start - 16), p.start)):
                    p.start, p.keyword = k.start(), k.group().split()[0].lower()  # "since the 1990s"
            if out and out[-1].form == "weekday" and (
                gap := _WEEKDAY_GAP.fullmatch(norm, out[-1].end, p.start) or g.pair_gap.fullmatch(norm, out[-1].end, p.start)
            ):
                wd = out.pop()
                p.start, p.weekday = wd.start, wd.info[0]  # "Friday, 26 February 2026", "on Monday, on April 4": one date
                p.end += "(" in gap.group() and norm[p.end : p.end + 1] == ")"
                before = out[-1].end if out else 0
                if w := g.period.search(norm, max(before, p.start - 40), p.start):
                    p.start, p.widened = w.start(), True  # "until the morning of Saturday 18 September"
                if k := g.keyword.search(norm, max(before, p.start - _keyword_reach(norm, p.start, g)), p.start):
                    p.start, p.keyword = k.start(), k["k"].lower()  # "from Monday 3 May 1993"
        elif p.form == "weekday" and out and out[-1].form == "calendar" and out[-1].first[2] is not None \
                and out[-1].last is None and _PAREN_OPEN.fullmatch(norm, out[-1].end, p.start) \
                and norm[p.end : p.end + 1] == ")":
            out[-1].end, out[-1].weekday = p.end + 1, p.info[0]  # "25 May (Friday)", as timelines write it: one date
            continue
        out.append(p)
        floor = p.end
    return out


def _part_of(p: _Piece, modifier: str, g: _Grammar) -> None:
    """Half a year as its months ("the first half of 1994": January to June), a week of a month as its seven days
    ("the last week of June 1989": 24 to 30 June); other modifiers keep the date as it is ("early 1992": 1992)."""
    words = " ".join(modifier.lower().replace("-", " ").split())
    key = next((k for k in (*g.year_halves, *g.month_weeks) if words.endswith(k) or f"{k} the" in words), None)
    if key is None or p.last is not None:
        return
    y, m, d = p.first
    if key in g.year_halves and p.form == "year":
        first, last = g.year_halves[key]
        p.first, p.last = (y, first, None), (y, last, None)
    elif key in g.month_weeks and m is not None and d is None:
        days = calendar.monthrange(y or 2001, m)[1]  # a month with no year yet: February has 28 days but in a leap year
        first = 1 if g.month_weeks[key] > 0 else days - 6
        p.form, p.first, p.last = "calendar", (y, m, first), (y, m, first + 6)


def _eve(p: _Piece) -> None:
    y, m, d = p.first
    if d > 1:
        p.first = (y, m, d - 1)
    else:  # "the eve of 1 May" is 30 April
        y, m = (y - 1 if y and m == 1 else y), (m - 2) % 12 + 1
        p.first = (y, m, calendar.monthrange(y or 2001, m)[1])


def _day_in_words(p: _Piece, w: re.Match, g: _Grammar) -> None:
    d = g.day_ordinals[w["o"].lower()] + (g.numbers[w["tens"].lower()] if w["tens"] else 0)
    y, m, _ = p.first
    if d > 31 or not _valid(y, m, d):
        return
    p.start, p.form, p.first = w.start(), "calendar", (y, m, d)
    p.rule = f"{g.lang}.dates.day_month" + ("_year" if y else "")


def _keyword_reach(norm: str, start: int, g: _Grammar) -> int:
    """How far back a keyword may start: past an approximation word ("between about 13 and 16 July") if one is there."""
    return 26 if norm.endswith(g.approx_ends, 0, start) else 10


def _has_any(norm: str, start: int, end: int, words: tuple[str, ...]) -> bool:
    window = norm[start:end].lower()
    return any(w in window for w in words)


def _year_part(p: _Piece, w: re.Match, g: _Grammar) -> None:
    n = w["n"].lower()
    n = int(n) if n.isdigit() else g.numbers.get(n, 0)
    if not 1 <= n <= 12:
        return
    y = p.first[0]
    first, last = (1, n) if g.year_parts[w["part"].lower()] > 0 else (13 - n, 12)
    p.start, p.widened, p.first, p.last = w.start(), True, (y, first, None), (y, last, None)


def _season(p: _Piece, w: re.Match, g: _Grammar) -> None:
    """A season as its months; a winter ends in the next year ("the winter of 1941": December to February).

    "early", "mid" and "late" take a part of it ("the late summer of 1943": August to September); a second
    season before it widens it ("the summer and autumn of 1944": June to November). Even before a count
    noun the year is a year: "the spring of 1980 students protested".
    """
    first, last = g.seasons[w["s"].lower()]
    if w["mod"] and (part := g.season_parts.get(re.sub(r"[\s-]+", " ", w["mod"].lower()))):
        first, last = (first - 1 + part[0]) % 12 + 1, (first - 1 + part[1]) % 12 + 1
    y = p.first[0]
    y_first = y
    if w["s0"]:
        before = g.seasons[w["s0"].lower()][0]
        y_first = y - (before > first)  # "the winter and spring of 1943": from December 1942
        first = before
    if p.last is not None:  # "the winter of 1992-93": one winter across the two years
        if last >= first or p.last[0] != y + 1:
            return
        p.last = None
    p.start, p.widened = w.start(), True
    p.first, p.last = (y_first, first, None), (y + (last < first and y_first == y), last, None)
    if p.last == p.first:
        p.last = None  # "midsummer 1992": one month


def _last_word(norm: str, start: int) -> str:
    if norm[start - 1 : start] not in (" ", "-", "\n"):
        return ""
    words = norm[max(0, start - 12) : start].replace("-", " ").split()
    return words[-1].lower().lstrip("([\"'") if words else ""  # "(Spring 1995)": the word, not its bracket


def _join(norm: str, pieces: list[_Piece], g: _Grammar, pub: date | None) -> list[_Piece]:
    """Join "A to B" into a range, let "A and B 1995" share B's year, attach "N years ago" to its date."""
    out: list[_Piece] = []
    dated = ("calendar", "month")
    for p in pieces:
        prev = out[-1] if out else None
        if prev is not None and _joinable(prev, p) and (gap := g.range_gap.fullmatch(norm, prev.end, p.start)):
            ranged = gap.group().strip().lower() not in g.list_words or prev.keyword == "between" or prev.widened
            if not ranged and gap.group().strip().lower() == "and" and _neighbours(prev, p):
                # "April and May 1940", "in 1915 and 1916": one span, unless a list leads up to them ("1992, 1993 and 1994")
                ranged = len(out) < 2 or not g.list_gap.fullmatch(norm, out[-2].end, prev.start)
            if ranged and (merged := _merge(prev, p, norm, g)):
                out[-1] = merged
                continue
            if not ranged:
                _borrow(prev, p)
        if prev is not None and prev.form == "month" and prev.first[0] is None and prev.last is None \
                and p.form == "anaphor" and p.info[0] == "year" and _OF_GAP.fullmatch(norm, prev.end, p.start):
            # "in April of the same year", "in March of the following year": that month of the year the anaphor names
            p.start, p.first, p.rule = prev.start, prev.first, f"{g.lang}.dates.month_of_anaphor"
            out[-1] = p
            continue
        if prev is not None and prev.form == "weekday" and len(prev.info) == 1 and prev.through is None \
                and p.form == "relative" and p.info[1] is not None and g.units.get(p.info[1].lower(), ("", 0))[1] == 7 \
                and norm[prev.end : p.start] == " " and norm[p.end : p.end + 1] != "'":
            # "on Thursday last week": that weekday of the week named
            p.start, p.info, p.rule = prev.start, (*p.info, prev.info[0]), f"{g.lang}.dates.weekday_of_week"
            out[-1] = p
            continue
        if prev is not None and prev.form == "relative" and p.form == "calendar" and p.first[0] is None \
                and p.last is None and prev.info[1] is not None and prev.info[1].lower() in g.weekdays \
                and _WEEKDAY_GAP.fullmatch(norm, prev.end, p.start):
            prev.end = p.end  # "This Saturday, 11 July": one day, said twice
            continue
        if prev is not None and prev.form == p.form == "weekday" and (joined := _weekday_range(norm, prev, p, g)):
            out[-1] = joined  # "overnight from Friday to Saturday"
            continue
        if prev is not None and (pair := _year_pair(norm, prev, p, g)):
            day, relative, back = pair
            day.start, day.end, day.widened = prev.start, p.end, True
            day.info = (back, norm[relative.start : relative.end])
            day.rule = f"{g.lang}.dates.{'ago' if relative.form == 'ago' else 'relative'}_date"
            out[-1] = day
            continue
        if prev is not None and prev.form == "anaphor" and p.form in ("weekday", "weekday_after") and prev.info[0] == "day" \
                and len(p.info) == 1 and p.through is None and g.pair_gap.fullmatch(norm, prev.end, p.start):
            # "Two days earlier, on Wednesday", "Five days later, on the Monday": one day, said twice
            prev.end, prev.weekday = p.end, p.info[0]
            continue
        if prev is not None and p.form == "anaphor" and prev.form in ("weekday", "weekday_after") and p.info[0] == "day" \
                and len(prev.info) == 1 and prev.through is None and norm[prev.end : p.start] == " ":
            # "On the Saturday ten days later": the count of days, settled by the weekday
            p.start, p.weekday = prev.start, prev.info[0]
            out[-1] = p
            continue
        if prev is not None and prev.form == "anaphor" and p.form in dated and g.pair_gap.fullmatch(norm, prev.end, p.start):
            if prev.info[0] == "day" and p.first[2] is not None and p.last is None:
                out.pop()  # "Nine days later, on 30 March": the day itself, said once
            elif p.explicit:
                _spelled_out(prev, p)  # "A year earlier, on 10 July 2011": the date says which year
        if prev is not None and prev.form == "ago" and p.form == "weekday" and not prev.info[2] \
                and (back := _years_back_of(prev, g)) is not None and g.pair_gap.fullmatch(norm, prev.end, p.start):
            # "Thirty years ago on Friday": the anniversary falls on that weekday, N years back
            p.start, p.info, p.rule = prev.start, (p.info[0], back), f"{g.lang}.dates.ago_weekday"
            out[-1] = p
            continue
        if prev is not None and prev.form == "ago" and p.form in dated and _SAME_CLAUSE.fullmatch(norm, prev.end, p.start):
            back = _years_back_of(prev, g)
            # "28 years ago, on a cold winter night of 25th to 26th February 1992": the date says it
            # all; a date with no year takes it from the "ago", without swallowing the words between
            if back is not None and (p.first[0] is None or pub is not None and abs(p.first[0] + back - pub.year) <= 1):
                p.info = (back, norm[prev.start : prev.end])
                out[-1] = p
                continue
        out.append(p)
        if p.explicit and prev is not None and prev.form in dated and (prev.first[0] is None or prev.first[0] == p.first[0] and len(out) > 2
                                                and out[-3].first[0] is None):
            _lend_year(norm, out, g)  # "in April, May and June 1994", "on 3 April, 5 May and 7 June 1995"
    return out


def _lend_year(norm: str, out: list[_Piece], g: _Grammar) -> None:
    """The year of the last piece passes back up a list of days or months that have none."""
    for k in range(len(out) - 1, 0, -1):
        p, q = out[k - 1], out[k]
        if not (p.first[0] in (None, q.first[0]) and q.explicit and p.form in ("calendar", "month")
                and q.form in ("calendar", "month") and p.last is None and (p.first[2] is None) == (q.first[2] is None)
                and g.list_gap.fullmatch(norm, p.end, q.start)):
            return
        _borrow(p, q)  # (a piece "and" joined to the last has its year already: the list goes on before it)


def _weekday_range(norm: str, a: _Piece, b: _Piece, g: _Grammar) -> _Piece | None:
    """"from Friday to Saturday", "between Monday and Wednesday": one span of days, read from the
    first weekday. Without "from" or "between" it is a schedule ("open Monday to Saturday")."""
    if len(a.info) != 1 or len(b.info) != 1 or a.through is not None or not g.range_gap.fullmatch(norm, a.end, b.start):
        return None
    k = g.keyword.search(norm, max(0, a.start - _keyword_reach(norm, a.start, g)), a.start)
    if k is None or k["k"].lower() not in g.range_keywords:
        return None
    start = k.start()
    if lead := g.range_lead.search(norm, max(0, start - 16), start):
        start = lead.start()  # "overnight from Friday to Saturday"
    return _Piece(start, b.end, "weekday", f"{g.lang}.dates.weekday_range", info=a.info, keyword=k["k"].lower(),
                  widened=True, through=b.info[0])


def _spelled_out(anaphor: _Piece, p: _Piece) -> None:
    """An anaphor given its value by the date beside it, to the anaphor's own precision."""
    y, m, d = p.first
    unit = anaphor.info[0]
    if unit == "year" or m is None:
        anaphor.form, anaphor.first = "year", (y, None, None)
    elif unit == "month" or d is None:
        anaphor.form, anaphor.first = "month", (y, m, None)
    else:
        anaphor.form, anaphor.first = "calendar", (y, m, d)
    anaphor.widened, anaphor.info = True, ()


def _neighbours(a: _Piece, b: _Piece) -> bool:
    """Two years, two months of the same year or two days, one after the other: "1915 and 1916", "April and May",
    "30 April and 1 May" (the days of one month, "3 and 4 May", are read as one piece)."""
    (ay, am, ad), (by, bm, bd) = a.first, b.first
    if a.nth or b.nth:
        return False
    if ad is not None and bd is not None and a.last is None and b.last is None and am != bm:
        y = by or 2000  # a leap year, for "28 and 29 February" with no year
        ay = ay or (y - 1 if am > bm else y)
        return _valid(ay, am, ad) and _valid(y, bm, bd) and (date(y, bm, bd) - date(ay, am, ad)).days == 1
    if ad is not None or bd is not None:
        return False
    if am is None and bm is None:
        return ay is not None and by == ay + 1
    if am is None or bm is None or (ay is not None and ay != by):
        return False
    return bm == am + 1


def _joinable(a: _Piece, b: _Piece) -> bool:
    """Two dates a range may join; a season is a range of months that may open or close a longer one
    ("from the spring of 1992 until 1995")."""
    forms = ("calendar", "year", "month")
    return a.form in forms and b.form in forms and (a.last is None or a.keyword == "from" and _seasonal(a)) \
        and (b.last is None or _seasonal(b))


def _seasonal(p: _Piece) -> bool:
    return p.form == "year" and p.widened and p.first[1] is not None


def _borrow(a: _Piece, b: _Piece) -> None:
    """"3 and 5 February 1992", "July and August 1995": the first takes the year the second states."""
    if a.form == "year" or b.form == "year" or a.first[0] is not None or b.first[0] is None:
        return
    _, m, d = a.first
    by, bm, _ = b.first
    a.first, a.explicit = ((by - 1 if m > bm else by), m, d), True  # "25 December to 2 January 1992"


def _merge(a: _Piece, b: _Piece, norm: str, g: _Grammar) -> _Piece | None:
    mixed = (a.form == "year") != (b.form == "year")
    if mixed and not (a.keyword in g.range_keywords and a.first[0] is not None and b.explicit and a.last is None):
        return None  # "in 1991, to July ..." is no range; "between mid-1992 and May 1994" is one
    _borrow(a, b)
    last = b.last or b.first
    if last[0] is None and a.first[0] is not None and a.form == "calendar" and b.form in ("calendar", "month"):
        # "from 16 September 1982 until 18 September", "from 6 April 1994 until July": the end takes the start's year
        last = (a.first[0] + (last[1] < a.first[1]), last[1], last[2])
        if not _valid(*last):
            return None
    if (a.first[0] is None) != (last[0] is None) or _key(a.first) >= _key(last):
        return None
    if a.form == "year" and _count_follows(norm, b.end, g, bare=not a.keyword):
        return None  # "between 1800 and 2000 troops"; a day and month counts no one ("30 April and 1 May 1991 troops")
    if a.form == "year" and (b.first[0] not in _BARE_YEARS or a.first[0] not in _BARE_YEARS or _count_before(norm, a.start, g)):
        return None
    form, rule = ("year", "year_range") if a.form == b.form == "year" else ("calendar", "range")
    return _Piece(a.start, b.end, form, f"{g.lang}.dates.{rule}", a.first, last,
                  explicit=a.explicit or b.explicit, keyword=a.keyword, widened=True)


def _year_pair(norm: str, a: _Piece, b: _Piece, g: _Grammar) -> tuple[_Piece, _Piece, int] | None:
    """A day or month with no year beside the words that give it one: "34 years ago, on the night
    of 25-26 February", "on 25 February, 34 years ago", "in March last year".

    Returns the dated piece, the relative one and how many years back it points.
    """
    dated = ("calendar", "month")
    if a.form in dated and a.first[0] is None and (back := _years_back_of(b, g)) is not None:
        return (a, b, back) if _TRAILING_GAP.fullmatch(norm, a.end, b.start) else None
    if b.form in dated and (back := _years_back_of(a, g)) is not None:  # "34 years ago, on 26 February 1992" too
        return (b, a, back) if g.pair_gap.fullmatch(norm, a.end, b.start) else None
    return None


def _years_back_of(p: _Piece, g: _Grammar) -> int | None:
    if p.form == "relative" and p.info[1] is None:
        return 0  # "Tomorrow, July 11": this year (a day's shift across New Year is not worth a rule)
    if p.form == "ago" and g.units[p.info[1]][0] == "year" and not p.rule.endswith(".years_after"):
        # "34 years ago", "ten years ago today"; "sixty years after" dates what came before, not a day beside it
        n, unit = p.info[:2]
        return n * g.units[unit][1]
    if p.form == "relative" and p.info[1] and g.units.get(p.info[1].lower(), ("",))[0] == "year":
        return -g.shifts[p.info[0]]
    return None


# --------------------------------------------------------------------------- keep


def _words_before(norm: str, start: int, n: int = 2) -> list[str]:
    return [w.lower() for w in _WORDS.findall(norm, max(0, start - 40), start)[-n:]]


def _of_a_thing(norm: str, start: int, g: _Grammar) -> bool:
    """"the massacres of ", "the earthquake of " before a year: the year of a thing, not a number of them."""
    words = _words_before(norm, start, 3)
    return len(words) == 3 and words[0] in g.articles and words[2] in g.of_words and words[1].isalpha() \
        and words[1] not in g.count_cues and words[1] not in g.count_nouns


def _hedged_time(norm: str, start: int, g: _Grammar) -> bool:
    """"since at least 2015", "until at least 1995": a time word, hedged, before a year."""
    return bool(norm.endswith(" ", 0, start) and g.hedged_time.search(norm, max(0, start - 40), start))


def _count_before(norm: str, start: int, g: _Grammar) -> bool:
    """"a total of 2000", "killed 2000", "Resolution 1995": a quantity or a reference number; not "until at least
    1995", a time word hedged."""
    if _hedged_time(norm, start, g):
        return False
    words = _words_before(norm, start)
    if len(words) == 2 and words[1] in g.count_links:
        return words[0] in g.count_cues
    return bool(words) and words[-1] in g.count_cues


def _keep_dates(norm: str, pieces: list[_Piece], g: _Grammar) -> list[_Piece]:
    """Drop the pieces that only look like dates: counts, codes, a month name used as a verb."""
    kept: list[_Piece] = []
    for p in pieces:
        if _is_date(norm, p, kept[-1] if kept else None, g):
            if p.explicit and norm.endswith(g.of_ends, 0, p.start) and g.cited.search(norm, max(0, p.start - 16), p.start):
                p.aside = True  # "Resolution 819 of 16 April 1993": a document's date, the narration's year stays
            if p.inner_and and p.keyword != "between" and not p.widened and p.last[2] > p.first[2] + 1:
                kept += _split_and(p)  # "on 3 and 5 May": two days; "on 3 and 4 May" reads as a range
            else:
                kept.append(p)
    return kept


def _is_date(norm: str, p: _Piece, prev: _Piece | None, g: _Grammar) -> bool:
    lo = max(0, p.start - 20)
    if p.form in ("calendar", "month") and p.first[0] is None and _recurs(norm, p, g):
        return False  # "each July 11", "every May", "every year on 24 April", "on 11 July each year"
    if p.first[0] is None and p.rule.endswith(".holiday") and _last_word(norm, p.start) not in g.weekday_cues:
        return False  # "the Christmas Day massacre": without its year, a named day is a date only after "on", "by" ...
    if p.form == "calendar" and p.first[0] is None and not p.widened and _in_name(norm, p, g):
        return False  # "the May 18 Democratization Movement": a date without its year inside a name
    if p.form == "year":
        if p.widened and p.last is not None:
            return True  # a range checked when it was joined
        if p.first[0] not in _BARE_YEARS or (p.last and p.last[0] not in _BARE_YEARS):
            return False
        if p.last is None and norm.startswith("'s ", p.end):
            return True  # "1994's elections": a year's own things (a count has no possessive)
        if norm.startswith(", ", p.start - 2) and (w := _WORD_COMMA.search(norm, lo, p.start)) \
                and _CREDIT_END.match(norm, p.end) and (
                w.group().rstrip(", \t").lower() in g.credit_nouns or not _count_before(norm, p.start, g)):
            return True  # a source and its year: "(official toll, 1945)", "| SWAPO, 1978" ending a table row
        if g.doc_noun_after.match(norm, p.end):
            # "(1989 census)", "(2010 est.)", a note's "1989 census.": the year of the source a figure comes from
            # ("population (2010 est.)")
            return True
        if _count_before(norm, p.start, g) or _count_follows(norm, p.end, g) and not (
                p.first[0] in _YEARS_AFTER_DAY and p.last is None
                and (p.keyword in g.time_words or g.time_cue.search(norm, lo, p.start))):
            # "2000 soldiers" counts; "In 1995 soldiers killed", "Since 2011 civilians have fled" date (a count of
            # thousands is written with a comma in edited English)
            return False
        if p.last is not None and not norm[p.end - 3 : p.end - 2].isdigit():
            return True  # "1992-95", "1942-3": no count is written so
        if _count_follows(norm, p.end, g, bare=True) and not _of_a_thing(norm, p.start, g) \
                and not (p.widened or p.keyword or g.year_cue.search(norm, lo, p.start) and _last_word(norm, p.start)
                         not in g.of_words):
            # "2000 killed"; but "the massacres of 1915 killed ..." dates the massacres, and so do "by the end of
            # 2002 more than 220,000 had returned" and "in 1993 more people fled"
            return False
        if p.keyword and g.range_to_number.match(norm, p.end):
            return False  # "between 1800 and 2000 people": a range that did not join is a count
        if _CODE_HYPHEN.search(norm, max(0, p.start - 2), p.start):
            return False  # "MH-2014" ("mid-1994" was widened past the hyphen)
        if p.keyword or p.widened or p.last is not None or g.year_cue.search(norm, lo, p.start) \
                or _hedged_time(norm, p.start, g):
            return True
        if g.article.search(norm, lo, p.start):
            return True  # "the 1992 war": counts were refused above
        if (g.determiner.search(norm, lo, p.start) or _POSSESSIVE.search(norm, lo, p.start)) \
                and _SINGULAR_NOUN.match(norm, p.end):
            p.aside = True
            return True  # "a 1993 report", "its 2009 editorial" (a count takes a plural: "its 2000 employees")
        if _TITLE_WORD.search(norm, lo, p.start) and _COLON_NEXT.match(norm, p.end):
            return True  # "Counting 1971: why ...", "Srebrenica 1995: ...": a headline's year
        if _PLACE_COMMA.search(norm, lo, p.start) and _CLAUSE_END.match(norm, p.end):
            return True  # "Khojaly, 1992." as a caption or a dateline
        if g.doc_noun_before.search(norm, lo, p.start) and (_CREDIT_END.match(norm, p.end) or norm[p.end : p.end + 1] in ",."):
            return True  # "annual report 1998, p. 9": a document and its year
        if _LINE_OPEN.search(norm, max(0, p.start - 8), p.start) and _ENTRY_NEXT.match(norm, p.end):
            return True  # "1992 - Khojaly is taken", "* 1993: Kelbajar": a year opening a timeline's line
        if g.year_label.search(norm, max(0, p.start - 40), p.start):
            return True  # "Founded: 1837", "Established 1991": an infobox line
        if g.year_subject.match(norm, p.end) and norm[p.start - 1 : p.start] in ("", " ", "\n"):
            return True  # "2012 will mark the 75th anniversary": the year is the clause's subject
        if norm[p.start - 1 : p.start] == "(" and (norm[p.end : p.end + 1] == ")" or g.paren_years.match(norm, p.end)):
            # "(1995)", "(2001 and 2004)"; not "Resolution 822 (1993)"
            return not _NUMBER_END.search(norm, max(0, p.start - 8), p.start - 1)
        return prev is not None and prev.form == "year" and bool(g.list_gap.fullmatch(norm, prev.end, p.start))
    if p.form == "decade":
        return not _count_follows(norm, p.end, g)
    if p.form == "month":  # a year lent by a list counts too ("April, May and June 1994")
        return bool(p.keyword or p.widened or p.explicit or g.month_cue.search(norm, lo, p.start))
    if p.form == "weekday":
        return _is_weekday_date(norm, p, g)
    if p.form == "relative":
        word, what = p.info[:2]
        if what is None:  # "today" is a date only beside a news verb: "today life returns" is rhetoric
            return word != "today" or bool(g.today_cue.search(norm, lo, p.start)) or _today_happens(norm, p, g) \
                or bool(g.today_occasion.match(norm, p.end)) \
                or _today_ends_clause(norm, p, g)
        return not g.article.search(norm, lo, p.start)  # "over the last year" is a duration
    return True


def _in_name(norm: str, p: _Piece, g: _Grammar) -> bool:
    """"the May 18 Democratization Movement", "the 9 May Victory Parade": "the", the date, a capitalised word
    that is no month or weekday."""
    if norm.startswith(" of ", p.start - 4) and _NAME_OF.search(norm, max(0, p.start - 30), p.start) \
            and g.name_heads.match(norm, p.end):
        return True  # "the Documentation of Oct 6 project", "the Mothers of 4 June group": a body named after the day
    nxt = _NEXT_NAME.match(norm, p.end, p.end + 40)
    if not nxt or nxt.group(1).lower() in g.months or nxt.group(1).lower() in g.weekdays:
        return False
    return bool(g.article.search(norm, max(0, p.start - 6), p.start))


def _today_ends_clause(norm: str, p: _Piece, g: _Grammar) -> bool:
    """"South Africans mark Human Rights Day today, sixty years after": "today" closing the clause of a verb
    dates it; "the world of today" and "until today" do not."""
    if norm[p.end : p.end + 1] not in (",", ".", ";") or norm[p.start - 1 : p.start] != " ":
        return False
    before = _words_before(norm, p.start, 1)
    return bool(before) and before[0].isalpha() and before[0] not in g.today_not_after \
        and not _CLAUSE_STOP.search(norm, max(0, p.start - 3), p.start)


def _today_happens(norm: str, p: _Piece, g: _Grammar) -> bool:
    """"Today, as every year, people will lay flowers": the clause says what happens today."""
    clause = _CLAUSE_STOP.search(norm, p.end, p.end + 60)
    if norm.startswith(" ", p.end) and (verb := g.past_verb.match(norm, p.end + 1)) \
            and verb.group() not in _AUXILIARIES and not norm[p.start : p.start + 1].isupper():
        # "The chamber today delivered its judgment": the clause's verb, in the past, done today ("the victims laid
        # to rest today were found in fields" goes on to another clause's verb)
        return True
    return bool(g.today_after.search(norm, p.end, clause.start() if clause else p.end + 60))


def _recurs(norm: str, p: _Piece, g: _Grammar) -> bool:
    around = norm[max(0, p.start - 24) : p.end + 20].lower()
    if norm.find("est", max(0, p.start - 24), p.start) != -1 and g.recurring_rule.search(norm, max(0, p.start - 24), p.start):
        return True  # "on the Sunday closest to 22 March"
    if norm.startswith("on ", p.start - 3) and g.recurring_kept.search(norm, max(0, p.start - 260), p.start):
        return True  # "The country marks the Day of Remembrance of the Victims on 23 September"
    if "day" in norm[p.end : p.end + 60].lower() and g.recurring_day.match(norm, p.end):
        return True  # "proclaimed 21 March the International Day ..."
    if not any(word in around for word in g.recurring_words):
        return False  # most days name no recurrence: skip the searches
    return _last_word(norm, p.start) in g.recurring or bool(
        g.recurring_before.search(norm, max(0, p.start - 24), p.start) or g.recurring_after.match(norm, p.end))


def _is_weekday_date(norm: str, p: _Piece, g: _Grammar) -> bool:
    if len(p.info) > 1 or p.through is not None:
        return True  # "Thirty years ago on Friday", "from Friday to Saturday"
    words = _WORDS.findall(norm, max(0, p.start - 20), p.start)
    prev = words[-1] if words and norm[p.start - 1 : p.start].isspace() else ""
    if prev.lower() in g.recurring or prev.lower() in g.weekday_not_after or prev.lower() in g.weekday_anaphor \
            or norm[p.end : p.end + 1] == "s":
        return False  # "every Friday", "on Fridays", "one Sunday", "the Friday prayers"
    if (g.weekday_range.match(norm, p.end) and prev.lower() not in g.weekday_cues) or (
            (back := g.weekday_range_back.search(norm, max(0, p.start - 24), p.start))
            and _last_word(norm, back.start()) not in g.weekday_cues):
        return False  # "open Monday to Saturday": a schedule, unless "from Monday to Wednesday"
    if (nxt := _NEXT_WORD.match(norm, p.end, p.end + 20)) and nxt.group(1) in g.weekday_nouns \
            and prev.lower() not in g.pair_words:
        return False  # "the former Sunday school", "after Friday prayers"; not "on Friday prayers were cancelled"
    if prev.lower() in g.weekday_cues:
        return True
    if prev in g.weekday_name_words or (prev[:1].isupper() and not prev.endswith(".")):
        return False  # "Bloody Sunday", "Good Friday"
    nxt = _NEXT_NAME.match(norm, p.end, p.end + 30)
    return not nxt or nxt.group(1).lower() in g.months  # not "Sunday Times"


def _split_and(p: _Piece) -> list[_Piece]:
    first_end, second_start = p.inner_and
    return [
        _Piece(p.start, first_end, "calendar", p.rule, p.first, explicit=p.explicit),
        _Piece(second_start, p.end, "calendar", p.rule, p.last, explicit=p.explicit),
    ]
