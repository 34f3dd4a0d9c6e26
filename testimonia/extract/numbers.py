"""Numbers as English writes them: "613", "1,275", "3.9 million", "twenty-five",
"six hundred and thirteen", "a dozen", and vague amounts ("thousands",
"tens of thousands") with the least they imply.

Two scans of the lower-cased text find candidates (digits; number words from
the lexicon); a short pass over the hits joins "six" "hundred" "and"
"thirteen" into one number. Deciding what a number counts is not done here:
`figures.py` does that. Numbers that cannot be counts (ISO dates, times,
codes like "A/RES/62/243", ordinals, "5km") are still returned, with a `kind`
that says so, because the checks read ordinals ("34th anniversary").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from testimonia.extract import lexicon
from testimonia.extract.doc import Doc

# Kinds: cardinal (may count people), vague ("thousands"), ordinal ("34th",
# "thirtieth"), decimal ("3.9" with no scale), code (dates, times, ids, "5km").
CARDINAL, VAGUE, ORDINAL, DECIMAL, CODE = "cardinal", "vague", "ordinal", "decimal", "code"


@dataclass(slots=True)
class Number:
    start: int
    end: int
    value: int | float | None  # None for vague amounts
    kind: str = CARDINAL
    rule: str = "en.numbers.digits"
    low: int | None = None  # the least a vague amount implies
    scale: int = 1  # the multiplier written after the digits ("million")

    @property
    def least(self) -> int | float | None:
        return self.value if self.value is not None else self.low


@dataclass(frozen=True, slots=True)
class _Words:
    """The compiled number vocabulary of one language."""

    digits: re.Pattern
    words: re.Pattern  # a number word, the word in group 1
    words_after: re.Pattern | None  # `words` with the character before the word, for `_word_matches`
    scale_after: re.Pattern
    gap: re.Pattern
    units: dict[str, int]
    scales: dict[str, int]
    ordinals: dict[str, int]
    vague: dict[str, tuple[str, int]]  # phrase -> (id, low)
    article_one: frozenset[str]
    ordinal_suffixes: tuple[str, ...]
    fraction_before: re.Pattern  # "half a", "one and a half", "a quarter of" before a scale word
    fractions: dict[str, float]
    scale_suffixes: dict[str, int]  # "1.2m": letters written onto the digits


@cache
def _words(language: str) -> _Words:
    lex = lexicon.load(language, "numbers")
    vague_lex = lexicon.load(language, "vague")
    units = {e["word"]: e["value"] for e in lex["units"].values()}
    scales = {w: e["value"] for e in lex["scales"].values() for w in e["words"]}
    ordinals = {e["word"]: e["value"] for e in lex["ordinals"].values()}
    vague = {lexicon.phrase_key(w): (key, e["low"]) for key, e in vague_lex["vague"].items() for w in e["words"]}
    joiners = lexicon.alternation(lex["joiners"])
    articles = set(lex["article_one"])
    # Ordinal words are not scanned for ("first" is everywhere); `ordinal_before`
    # reads them where a caller needs one. Article-led phrases are found by their
    # article-less form and widened in `_with_article`.
    every_word = [*units, *scales, *(v for v in vague if v.split()[0] not in articles)]
    return _Words(
        # One token per run of digits; ISO dates, times and slashed ids stay whole
        # so that their parts never look like counts.
        # One run of digits and their punctuation: "1,275", "3.9", "2026-02-26", "62/243",
        # "10:30", "7,000-8,000" (split again below); ids and dates stay whole.
        digits=re.compile(r"[0-9][0-9.,:/-]*"),
        # An ASCII look-behind, not "\b"; a letter outside ASCII before the match is checked in `_join_words`.
        words=re.compile(r"(?<![a-z0-9_])(" + lexicon.alternation(every_word) + r")\b"),
        # The same as a character class and the words: a pattern opening with a class is scanned for in C,
        # where a look-behind first is tried at every position.
        words_after=re.compile(r"[^a-z0-9_](" + lexicon.alternation(every_word) + r")\b")
        if all(re.search(r"[a-z0-9_]$", x) for x in every_word) else None,
        scale_after=re.compile(r"\s*(" + lexicon.alternation(scales) + r")\b"),
        gap=re.compile(r"(?:\s*-\s*(?:(?:" + joiners + r")\s*-\s*)?|\s+(?:" + joiners + r")\s+|\s+)"),  # "three-hundred-and-twelve"
        units=units,
        scales=scales,
        ordinals=ordinals,
        vague=vague,
        article_one=frozenset(lex["article_one"]),
        ordinal_suffixes=tuple(lex["ordinal_suffixes"]),
        fractions={e["word"]: e["value"] for e in lex["fractions"].values()},
        fraction_before=re.compile(
            r"(?:\b(?P<whole>[a-z]+|[0-9]+)[\s-]+(?:" + joiners + r")[\s-]+(?:a|an)[\s-]+|\b(?P<article>a|an)[\s-]+"
            r"|\b(?P<times>[a-z]+)[\s-]+)?\b(?P<frac>"
            + lexicon.alternation(e["word"] for e in lex["fractions"].values()) + r")(?:[\s-]+of)?[\s-]+$"
        ),
        scale_suffixes={k.lower(): int(v) for k, v in (lex.get("scale_suffixes") or {}).items()},
    )


def find_numbers(doc: Doc) -> list[Number]:
    """Every number in the document, in text order."""
    w = _words(doc.language)
    low = doc.lower
    found: list[Number] = []
    spaced = False
    for m in w.digits.finditer(low):
        start = m.start()
        spaced = spaced or (start > 1 and low[start - 1] == " " and low[start - 2].isdigit())
        _digits(low, start, m.group(), w, found)
    if spaced:  # "12 000": only texts with a digit run after a digit and a space need the pass
        found = _space_groups(low, found)
    found.extend(_join_words(low, w))
    found.sort(key=lambda n: n.start)
    return _fractions(low, _attach_scales(low, found, w), w)


_CODE_CHARS = frozenset(":/")
_LETTERS = re.compile(r"[a-z]*")


def _digits(low: str, start: int, run: str, w: _Words, out: list[Number]) -> None:
    """Classify one run of digits and punctuation, appending the numbers it holds."""
    run = run.rstrip(".,:/-")  # a sentence's full stop, a list's comma
    end = start + len(run)
    if run.isdigit():  # the common case, without the checks below
        before = low[start - 1] if start else " "
        after = low[end] if end < len(low) else " "
        if not (before.isalpha() or after.isalpha() or before == "-"):
            if _is_note_mark(low, start, end, before):
                out.append(Number(start, end, None, CODE, "en.numbers.note_mark"))
            else:
                out.append(Number(start, end, int(run), CARDINAL, "en.numbers.digits"))
            return
    if "-" in run:
        pieces = run.split("-")
        if len(pieces) == 2 and len(pieces[0]) == 4 and len(pieces[1]) == 2 and run.replace("-", "").isdigit():
            out.append(Number(start, start + len(run), None, CODE, "en.numbers.code"))  # "1932-33": years
            return
        if len(pieces) == 2 and all(pieces):  # "7,000-8,000", "25-26": a range, read as two numbers
            _digits(low, start, pieces[0], w, out)
            _digits(low, start + len(pieces[0]) + 1, pieces[1], w, out)
        else:  # "2026-02-26"
            out.append(Number(start, start + len(run), None, CODE, "en.numbers.code"))
        return
    if _CODE_CHARS.intersection(run) or not _is_numeral(run):
        out.append(Number(start, end, None, CODE, "en.numbers.code"))
        return
    before = low[start - 1] if start else " "
    if before.isalpha() or (before == "-" and start > 1 and low[start - 2].isalpha()):
        out.append(Number(start, end, None, CODE, "en.numbers.code"))  # "Su-25", "G20"
        return
    if end < len(low) and low[end].isalpha():
        letters = _LETTERS.match(low, end).group()
        if letters in w.scale_suffixes:  # "1.2m people", "2bn"
            scale = w.scale_suffixes[letters]
            out.append(_number(start, end + len(letters), float(run.replace(",", "")) * scale, "en.numbers.digits_scale",
                               scale))
            return
        for suffix in w.ordinal_suffixes:
            if low.startswith(suffix, end) and not low[end + len(suffix) : end + len(suffix) + 1].isalpha():
                out.append(Number(start, end + len(suffix), int(float(run.replace(",", ""))), ORDINAL,
                                  "en.numbers.ordinal"))
                return
        out.append(Number(start, end, None, CODE, "en.numbers.code"))  # "5km", "10am"
        return
    out.append(_number(start, end, float(run.replace(",", "")), "en.numbers.digits"))


def _is_note_mark(low: str, start: int, end: int, before: str) -> bool:
    """ "were killed.23 Another", "were killed,4 and": a footnote number printed right after a
    word's punctuation, as text copied from reports and PDFs keeps it. A count is never glued
    to the comma or full stop before it."""
    return (
        before in ".,;" and end - start <= 3 and start >= 2
        and (low[start - 2].isalpha() or low[start - 2] in "\"')]")
        and (end == len(low) or low[end] in " \n")
    )


def _space_groups(low: str, numbers: list[Number]) -> list[Number]:
    """ "12 000 people", "1 275 000": thousands set off by spaces, as UN and European texts write them."""
    out: list[Number] = []
    for n in numbers:
        prev = out[-1] if out else None
        if prev is not None and n.start == prev.end + 1 and low[prev.end] == " " and n.end - n.start == 3 \
                and n.rule == prev.rule == "en.numbers.digits" and n.kind == prev.kind == CARDINAL \
                and (prev.value < 1000 and not _digit_before(low, prev.start) or " " in low[prev.start : prev.end]) \
                and (n.end == len(low) or not low[n.end].isdigit()):
            out[-1] = Number(prev.start, n.end, prev.value * 1000 + n.value, CARDINAL, "en.numbers.digits")
            continue
        out.append(n)
    return out


def _digit_before(low: str, start: int) -> bool:
    """ "1992 000" or "3 12 000": a digit group before the number, so it starts no spaced thousands."""
    return start >= 2 and low[start - 1] in " ,." and low[start - 2].isdigit()


def _is_numeral(run: str) -> bool:
    """ "613", "1,275", "3.9", "1,275.5"; not "1,2" or "1.275.000"."""
    whole, _, fraction = run.partition(".")
    if "." in fraction or (fraction and not fraction.isdigit()):
        return False
    groups = whole.split(",")
    if len(groups) == 1:
        return whole.isdigit()
    return 1 <= len(groups[0]) <= 3 and all(len(g) == 3 and g.isdigit() for g in groups[1:]) and groups[0].isdigit()


def _number(start: int, end: int, value: float, rule: str, scale: int = 1) -> Number:
    if float(value).is_integer():
        return Number(start, end, int(value), CARDINAL, rule, scale=scale)
    return Number(start, end, value, DECIMAL, rule, scale=scale)


def _attach_scales(low: str, numbers: list[Number], w: _Words) -> list[Number]:
    """ "3.9 million": a digit number followed by a scale word takes it over."""
    out: list[Number] = []
    skip_until = -1
    for n in numbers:
        if n.start < skip_until:
            continue
        if n.rule == "en.numbers.digits":
            m = w.scale_after.match(low, n.end)
            if m:
                scale = w.scales[lexicon.phrase_key(m.group(1))]
                n = _number(n.start, m.end(), n.value * scale, "en.numbers.digits_scale", scale)
                skip_until = m.end()
        out.append(n)
    return out


def _join_words(low: str, w: _Words) -> list[Number]:
    """Join adjacent number words into numbers ("one thousand two hundred")."""
    out: list[Number] = []
    run: list[re.Match] = []
    for m in _word_matches(low, w):
        before = low[m.start(1) - 1] if m.start(1) else " "
        if before > "\x7f" and before.isalnum():
            continue  # inside a word that the ASCII look-behind let through ("Bayéone")
        if run and not _joinable(low, run[-1], m, w):
            out.extend(_parse_run(low, run, w))
            run = []
        run.append(m)
    if run:
        out.extend(_parse_run(low, run, w))
    return out


def _word_matches(low: str, w: _Words) -> list[re.Match]:
    """What `w.words.finditer(low)` finds (the word in group 1): at the start of the text by `w.words`, after
    it by `w.words_after`. Every word ends in a letter, so the character before the next is never inside it."""
    if w.words_after is None:
        return list(w.words.finditer(low))
    first = w.words.match(low)
    rest = list(w.words_after.finditer(low, first.end() if first else 0))
    return [first, *rest] if first else rest


def _joinable(low: str, prev: re.Match, cur: re.Match, w: _Words) -> bool:
    if not w.gap.fullmatch(low, prev.end(1), cur.start(1)):
        return False
    a, b = lexicon.phrase_key(prev.group(1)), lexicon.phrase_key(cur.group(1))
    if a in w.vague or b in w.vague or a in w.ordinals:
        return False
    if any(ch.isalpha() for ch in low[prev.end(1) : cur.start(1)]):
        return a in w.scales  # "and" joins only after hundred / thousand
    return True


def _parse_run(low: str, run: list[re.Match], w: _Words) -> list[Number]:
    """Parse joined words left to right, splitting where English would not join them."""
    out: list[Number] = []
    i = 0
    while i < len(run):
        first = lexicon.phrase_key(run[i].group(1))
        if first in w.vague:
            start = _with_article(low, run[i].start(1), first, w)
            rule, least = w.vague[first if start == run[i].start(1) else _article_phrase(low, start, first)]
            out.append(Number(start, run[i].end(1), None, VAGUE, rule, low=least))
            i += 1
            continue
        total, current, last, j = 0, 0, None, i
        ordinal = False
        scale = 1
        since_scale: tuple[int, int, int] | None = None  # (j, total, current) right after the last scale word
        while j < len(run):
            word = lexicon.phrase_key(run[j].group(1))
            kind, value = _word_kind(word, w)
            if not _may_follow(last, kind, current, value, total):
                if kind == "scale" and last != "scale" and since_scale is not None:
                    j, total, current = since_scale  # "two hundred and three hundred": the "three" starts the next
                    scale = w.scales[lexicon.phrase_key(run[j - 1].group(1))]
                break
            if kind == "scale":
                since_scale = (j + 1, total + (current or 1) * value if value >= 1000 else total,
                               0 if value >= 1000 else (current or 1) * value)
            scale = value if kind == "scale" else 1  # "five thousand": the scale a range's low end may share
            if kind == "scale":
                if value >= 1000:
                    total += (current or 1) * value
                    current = 0
                else:
                    current = (current or 1) * value
            else:
                current += value
                ordinal = kind == "ordinal"
            last = kind
            j += 1
            if ordinal:
                break
        if j == i:  # a word that cannot start a number ("and" never reaches here)
            j = i + 1
            kind, value = _word_kind(first, w)
            total, current, ordinal = 0, value, kind == "ordinal"
        start = _with_article(low, run[i].start(1), first, w)
        end = run[j - 1].end(1)
        value = total + current
        if ordinal:
            out.append(Number(start, end, value, ORDINAL, "en.numbers.ordinal_words"))
        else:
            out.append(Number(start, end, value, CARDINAL, "en.numbers.words", scale=scale))
        i = j
    return out


def _word_kind(word: str, w: _Words) -> tuple[str, int]:
    if word in w.units:
        return ("tens" if w.units[word] >= 20 else "unit"), w.units[word]
    if word in w.scales:
        return "scale", w.scales[word]
    return "ordinal", w.ordinals[word]


def _may_follow(last: str | None, kind: str, current: int, value: int, total: int = 0) -> bool:
    if last is None:
        return True
    if kind == "scale":
        if value < 1000 and current >= value or value >= 1000 and total >= value:
            return False  # "two hundred and three hundred", "two thousand and three thousand": two numbers
        return last != "scale" or value > current  # "hundred thousand", not "thousand hundred"
    if last == "tens":
        return value < 10  # "twenty-five", "twenty-fifth"
    if last == "scale":
        return current % 100 == 0  # "six hundred thirteen", "thousand two"
    return False  # "one two" are two numbers


_WORD_BEFORE = re.compile(r"\b([a-z]+)[\s-]+$")  # "a hundred", "half-a-million"


def _with_article(low: str, start: int, first: str, w: _Words) -> int:
    """ "a dozen", "a hundred", "a few hundred": the article is part of the number."""
    if first not in w.scales and first not in w.vague:
        return start
    m = _WORD_BEFORE.search(low, max(0, start - 6), start)
    if not m or m.group(1) not in w.article_one or m.group(1) in w.units:
        return start
    if first in w.vague and f"{m.group(1)} {first}" not in w.vague:
        return start
    return m.start(1)


def _article_phrase(low: str, start: int, first: str) -> str:
    return f"{low[start:].split(None, 1)[0]} {first}"


_ORDINAL_BEFORE = re.compile(r"([0-9]+)(st|nd|rd|th)\s+$|\b([a-z]+(?:[ -][a-z]+)?)\s+$")


def ordinal_before(doc: Doc, pos: int) -> Number | None:
    """The ordinal that ends just before `pos` ("34th", "thirty-fourth"), for "... anniversary"."""
    w = _words(doc.language)
    low = doc.lower
    m = _ORDINAL_BEFORE.search(low, max(0, pos - 24), pos)
    if not m:
        return None
    if m.group(1):
        return Number(m.start(1), m.end(2), int(m.group(1)), ORDINAL, "en.numbers.ordinal")
    words = re.split(r"[ -]", m.group(3))
    for n in (2, 1):  # "thirty-fourth", then "fourth"
        if len(words) < n or words[-1] not in w.ordinals:
            continue
        value = w.ordinals[words[-1]]
        if n == 2:
            if words[0] not in w.units or w.units[words[0]] < 20 or value >= 10:
                continue
            value += w.units[words[0]]
        start = m.end(3) - len(" ".join(words[-n:]))
        return Number(start, m.end(3), value, ORDINAL, "en.numbers.ordinal_words")
    return None


_AND_A_HALF = re.compile(r"\s+and\s+a\s+half\b")
_A_COUPLE_OF = re.compile(r"\ba\s+couple\s+of\s+$")  # "a couple of hundred": two of the scale (the qualifier
# "a couple of", in qualifiers.yaml, says it is a guess)


def _fractions(low: str, numbers: list[Number], w: _Words) -> list[Number]:
    """ "half a million", "one and a half million": a fraction before a scale word; "a million and a half":
    after it."""
    out: list[Number] = []
    for n in numbers:
        if n.kind == CARDINAL and n.scale >= 1000 and n.rule in ("en.numbers.words", "en.numbers.digits_scale") \
                and (half := _AND_A_HALF.match(low, n.end)):
            n = _number(n.start, half.end(), n.value + n.scale / 2, "en.numbers.fraction", n.scale)
        if n.kind == CARDINAL and n.rule == "en.numbers.words" and n.value == n.scale > 1 \
                and _A_COUPLE_OF.search(low, max(0, n.start - 16), n.start):
            n = _number(n.start, n.end, 2 * n.value, "en.numbers.couple", n.scale)
        if n.kind == CARDINAL and n.rule == "en.numbers.words" and n.value in w.scales.values():
            m = w.fraction_before.search(low, max(0, n.start - 30), n.start)
            if m:
                part = w.fractions[m.group("frac")]
                whole, times = m.group("whole"), m.group("times")
                base, start = 0.0, m.start("article") if m.group("article") else m.start("frac")
                if whole is not None:
                    base = float(whole) if whole.isdigit() else float(w.units.get(whole, -1))
                    start = m.start("whole")
                elif times in w.units and w.units[times] > 1 and m.group("frac").endswith("s"):
                    part, start = part * w.units[times], m.start("times")  # "three-quarters of a million"
                elif times is not None and m.group("frac").endswith("s"):
                    base = -1  # "many quarters of a million" says no number
                if base >= 0:
                    while out and out[-1].end > start:
                        out.pop()  # "one" of "one and a half million" is part of this number
                    n = _number(start, n.end, (base + part) * n.value, "en.numbers.fraction", n.value)
        out.append(n)
    return out
