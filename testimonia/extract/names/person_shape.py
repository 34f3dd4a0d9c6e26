"""What a run of capitalised words says alone: where a name is in it and the title before it.

A run holding a place, a month, a demonym or an organisation word is not a person;
sentence openers, titles and places are stripped from its front first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from testimonia.extract.names.lexicon import NameLexicon, name_lexicon
from testimonia.extract.names.text import UP, WORD_RE, unprefixed


def subruns(run: str, start: int, lex: NameLexicon):
    """(start, text) of each part of a run, cut where a word ends a name: "Armenia." "Armenia's" "Mladić-led"."""
    words: list[str] = []
    first = pos = start
    for word in run.split(" "):
        at, cut = pos, False
        pos += len(word) + 1
        if word in lex.suffixes:
            cut = True  # "Hugh Thompson Jr." ends there, full stop and all
        elif word in lex.post_nominals or word.rstrip(".,") in lex.post_nominals:
            word, cut = "", True  # "Jane Holloway MP": the letters say who she is, and are no part of her name
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
def shape_of(text: str, language: str) -> _Shape | None:
    """`read_shape` of a run, kept: a run's reading without context, and names recur."""
    lex = name_lexicon(language)
    return read_shape(text, lex) or _after_title(text, lex)


def _after_title(text: str, lex: NameLexicon) -> _Shape | None:
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


def read_shape(text: str, lex: NameLexicon) -> _Shape | None:
    # Strip the front (sentence openers, titles, demonyms, places, organisation
    # words), then reject a rest that still holds any such word.
    if text in lex.known_names:
        return None  # "Front Line Defenders": a body's name, whatever its first word
    words = text.split(" ")
    i, n = 0, len(words)
    opener = False
    if n > 2 and words[0] not in lex.strip and words[0] not in lex.given and _is_title(words[1], lex) \
            and not words[0].replace(".", "").isupper():
        i, opener = 1, True  # "Convicting Lieutenant General Tani Hisao": a word before a title is no part of the name
    while i < n and (words[i] in lex.strip or _prefixed_role(words[i], lex)
                     or (len(words[i]) > 1 and words[i].replace(".", "").isupper()
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
    # "King Abdullah II", "Pope John Paul II": a regnal number ends the name and counts as no word of it
    regnal = len(rest) > 1 and rest[-1] in lex.regnal
    core = [w for w in (rest[:-1] if regnal else rest)
            if w not in lex.particles and w not in lex.inner_name_words and not _INITIALS.fullmatch(w)]
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
        if len(rest) - regnal == 1 and (words[i - 1] in lex.name_titles or _CIPHER.fullmatch(rest[0])):
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


def _prefixed_role(word: str, lex: NameLexicon) -> bool:
    """ "Ex-commander", "Vice-President", "Deputy-Governor": a role with a hyphenated prefix, no name."""
    rest = unprefixed(word)
    return rest != word and (rest.lower() in lex.roles or rest in lex.titles)


def _word_name_at(words: list[str], i: int, lex: NameLexicon) -> bool:
    """Whether words[i] is a given name that is also a word ("May", "Will", "Hope") because one
    to three surname-like words follow it: capitalised, no title, place, month or other
    stop word, not in capitals ("May Hassan", not "May God" or "June Human Rights Day")."""
    if words[i] not in lex.word_names or not 1 <= len(words) - i - 1 <= 3:
        return False
    return all(w in lex.particles or WORD_RE.fullmatch(w) and w not in lex.strip and w not in lex.reject
               and w not in lex.word_names and not w.isupper() for w in words[i + 1 :])


# Initials before a surname: "D.", "J.R.", "J. R. R." as one word each.
_INITIALS = re.compile(rf"(?:[{UP}]\.){{1,3}}")


def _initials_of_name(words: list[str], i: int, lex: NameLexicon) -> bool:
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


def _given(core: list[str], lex: NameLexicon) -> bool:
    """Whether a name opens with a known given name, or with a family name written first ("Fang Zheng")."""
    return core[0] in lex.given or (len(core) == 2 and core[0] in lex.family_first)


def _is_title(word: str, lex: NameLexicon) -> bool:
    return word in lex.titles or word.rstrip(".") in lex.abbrevs


def _titled_name(words: list[str], i: int, lex: NameLexicon) -> bool:
    """Whether the word stripped last, words[i - 1], opens a name because a title stands
    right before it and the words after it are a name: "President Islam Karimov"."""
    w, t = words[i - 1], words[i - 2] if i >= 2 else ""
    if not (t in lex.titles or t.rstrip(".") in lex.abbrevs) or w in lex.titles or w in lex.roles_cap:
        return False
    if w in lex.places or w in lex.head_type or w in lex.calendar or w in lex.known or w.rstrip(".") in lex.abbrevs:
        return False
    return w in lex.not_in_name and lex.reject.isdisjoint(words[i:])


def _month_surname(rest: list[str], lex: NameLexicon) -> bool:
    """ "Theresa May": a month's name ends a name that opens with a known given name."""
    return len(rest) == 2 and rest[0] in lex.given and rest[1] in lex.calendar and rest[0] not in lex.reject
