"""Organisation names a head noun closes.

A head ("Regiment", "Assembly", "Council") grows left over capitalised words and
ordinals ("366th Motorized Rifle Regiment") and right over an "of/for/on ..."
complement ("Senate of Pakistan").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from testimonia.extract.names.lexicon import NameLexicon
from testimonia.extract.names.text import UP, WORD, WORD_RE, starts_sentence


@dataclass(slots=True)
class OrgName:
    """An organisation's name as a rule finds it: where, the name (with a shared complement), its kind and rule."""

    start: int
    end: int
    name: str
    org_type: str
    rule: str
    key: str  # a known body's id, or the name in lower case
    complement: str | None = None
    priority: int = 1  # 0: a known name, kept over another reading of the same words


def headed_all(norm: str, hs: int, he: int, head: str, lex: NameLexicon) -> list[OrgName]:
    """The organisation a head noun closes, or, for "the 33rd and 99th Light Infantry
    Divisions", each of those it closes, named in the singular."""
    o = headed(norm, hs, he, head, lex)
    if o is None:
        return []
    single = lex.unit_plurals.get(head)
    if single is None or not lex.org_tok.fullmatch(o.name.split(" ", 1)[0]) or not o.name[:1].isdigit():
        return [o]
    rest = o.name.split(" ", 1)[1] if " " in o.name else ""
    if not rest:
        return [o]
    rest = rest[: len(rest) - len(head)] + single
    out: list[OrgName] = []
    pos = o.start
    while (m := _ORDINAL_BEFORE.search(norm, max(0, pos - 20), pos)) is not None:
        name = f"{m.group(1)} {rest}"
        out.insert(0, OrgName(m.start(1), m.end(1), name, o.org_type, o.rule, name.lower()))
        pos = m.start(1)
    if not out:
        return [o]
    first = norm[o.start : o.end].split(" ", 1)[0]
    name = f"{first} {rest}"
    out.append(OrgName(o.start, o.end, name, o.org_type, o.rule, name.lower()))
    return out


_ORDINAL_BEFORE = re.compile(r"(?<![\w-])(\d{1,4}(?:st|nd|rd|th))(?:,? and |, )$")


def headed(norm: str, hs: int, he: int, head: str, lex: NameLexicon) -> OrgName | None:
    if head in lex.open_heads and WORD_RE.match(norm, he + 1) and norm[he : he + 1] == " ":
        return None  # "Holocaust Memorial Day": the head does not close this name
    left = left_tokens(norm, hs, lex)
    # Sentence openers go; mid-sentence, a capitalised word is part of the name ("Near East Relief").
    while left and (left[0][2] in lex.articles_cap or left[0][2] in lex.calendar
                    or left[0][2] in lex.org_strip and starts_sentence(norm, left[0][0])):
        left.pop(0)  # "On 25 March Mariupol City Council said": a date is no part of the name
    comp, end = None, he
    if lex.head_complement[head]:
        c = lex.complement.match(norm, he)
        if c:
            comp_text = trim_complement(c.group(), lex)
            if comp_text and not (left and _opens_with_head(comp_text, lex)) and not (left and head in lex.part_heads):
                comp, end = comp_text.strip(), he + len(comp_text)
            if comp and (b := _BRACKETED_WORD.match(norm, end)) and not _own_short(norm, b, left[0][2] if left else head):
                end = b.end()  # "Communist Party (Bolsheviks)": a bracketed word belongs to the name
    elif lex.head_type[head] == "military_unit" and (u := lex.unit_code.match(norm, he)):
        comp, end = u.group().strip(), u.end()
    if comp is None and head in lex.seat_heads and (m := _SEAT.match(norm, end)) and m.group(1) not in lex.calendar:
        comp, end = m.group().strip(), m.end()  # "the U.S. Embassy in Astana"
    elif (comp and " on " in f" {comp} " or head in lex.seat_heads) and (m := _PLACE_IN.match(norm, end)) \
            and lex.calendar.isdisjoint(w := m.group("p").split()) and lex.head_type.keys().isdisjoint(w):
        # a body on a subject in a country: "Panel of Experts on Accountability in Sri Lanka", "Mission in South Sudan"
        comp, end = ((comp or "") + " " + m.group().strip()).strip(), m.end()
    if lex.head_complement[head] and norm.startswith((" in", " to"), end) and (m := lex.mandate.match(norm, end)) \
            and m.group("first") not in lex.places and m.group("first") not in lex.calendar:
        comp, end = ((comp or "") + " " + m.group().strip()).strip(), m.end()
    if not left and head in lex.common_heads and starts_sentence(norm, hs):
        return None  # "Troops of the Yugoslav Army entered": the army is the body named
    if not left and comp is None and not (head in lex.bare_heads and not starts_sentence(norm, hs)
                                          and not WORD_RE.match(norm, he + 1) and not norm.startswith("'s", he)):
        return None
    if INSTRUMENT_AFTER.match(norm, end):
        return None  # "the Unlawful Organizations Act", "Tribunals of Inquiry (Evidence) Act": a law's name
    if comp is None and lex.head_type[head] not in ("armed_forces", "military_unit") and lex.title_after.match(norm, end):
        return None  # "Supreme Court President Yitzhak Kahan": the body only qualifies a person's title
    if comp is None and head in lex.weak_heads and all(t[2] in lex.places for t in left) \
            and not (len(left) == 1 and left[0][2] in lex.service_places):
        return None  # "the Syrian Police" says whose; "the Border Police" is a service's name
    start = left[0][0] if left else hs
    name = norm[start:end]
    if name in lex.not_orgs or name.startswith(lex.not_org_prefixes):
        return None
    if norm.endswith((" on the ", " on ", " concerning the ", " concerning "), 0, start) \
            and _INSTRUMENT_BEFORE.search(norm, max(0, start - 30), start):
        return None  # "the Law on the Administration of Tunceli Province": a law's subject, no actor
    org_type = lex.head_type[head]
    if name.startswith(lex.un_prefixes) or any(u in name for u in lex.un_names):
        org_type = "un_body"
    return OrgName(start, end, name, org_type, f"{lex.lang}.organizations.head_noun", name.lower(), comp)


_SEAT = re.compile(rf" in ({WORD}(?: (?:of|and) {WORD})?)(?![\w'-]| [{UP}])")
# a country's name may hold "of (the)" or "and": "in the Democratic Republic of the Congo", "in Bosnia and Herzegovina"
_PLACE_IN = re.compile(rf" in (?:the )?(?P<p>{WORD}(?: (?:(?:of|and) (?:the )?)?{WORD}){{0,3}})(?![\w'-]| [{UP}])")
INSTRUMENT_AFTER = re.compile(r"(?: \([^()]{1,40}\))? (?:Act|Acts|Law|Statute|Decree|Ordinance)\b")
# a law on a body ("Law on the Administration of ..."); not "an Act of the Scottish Parliament", its author
_INSTRUMENT_BEFORE = re.compile(r"\b(?:Law|Act|Decree|Statute|Ordinance|Regulation|Code) (?:on|concerning) (?:the )?$")
_BRACKETED_WORD = re.compile(rf" \([{UP}][a-z]{{2,}}\)(?! [{UP}])")  # not "Tribunals of Inquiry (Evidence) Act"


def _own_short(norm: str, bracket: re.Match, first: str) -> bool:
    """Whether a bracketed word is the body's short name, not a word of its name: it opens with
    the name's first letter and the text uses it alone ("... on Migration (Cerim). Cerim said")."""
    word = bracket.group().strip()[1:-1]
    return word[0] == first[0] and norm.count(word) > 1


def _opens_with_head(comp_text: str, lex: NameLexicon) -> bool:
    """Whether a complement names a second body by its head: "Tribunal [of the Ministry of Defence]";
    not a place that holds a head's word ("Communist Party [of the Soviet Union]")."""
    words = comp_text.split()
    for k in range(1, min(3, len(words))):
        w = words[k]
        if w not in lex.articles_lower and w not in lex.complement_end:
            return w in lex.head_type and not " ".join(words[k:]).startswith(lex.not_org_prefixes) \
                and " ".join(words[k:]) not in lex.not_orgs
    return False


def left_tokens(norm: str, pos: int, lex: NameLexicon) -> list[tuple[int, int, str]]:
    """Up to six capitalised words (or ordinals) standing right before `pos`, and an
    "X and" that joins one more word to the name ("the Justice and Equality Movement")."""
    tokens: list[tuple[int, int, str]] = []
    while len(tokens) < 8 and pos >= 2 and norm[pos - 1] == " ":
        ts = norm.rfind(" ", max(0, pos - 42), pos - 1) + 1
        word = norm[ts : pos - 1]
        if word in lex.particles and tokens and (over := _over_particles(norm, ts, lex)) is not None:
            # "Fray Bartolomé de las Casas Human Rights Centre": a person's name with its particles
            tokens[:0] = over + [(ts, pos - 1, word)]
            pos = over[0][0]
            continue
        if word[:1] in _OPENERS and len(word) > 1 and lex.org_tok.fullmatch(word[1:]) \
                and word[1:] not in lex.headline_breaks and not (word[0] in "([" and _after_name(norm, ts)):
            tokens.insert(0, (ts + 1, pos - 1, word[1:]))  # 'the "Burning Brigade"': the quote opens the name
            break
        if word == "and" and tokens and tokens[0][2] not in lex.head_type:
            joined = _joined_words(norm, ts, lex)
            if joined:
                tokens[:0] = [*joined, (ts, pos - 1, word)]
            break
        line = "\n" in word
        if line:  # a name that opens a line: "Ntarama Genocide Memorial, Bugesera District"
            ts, word = ts + word.rfind("\n") + 1, word[word.rfind("\n") + 1 :]
        if word.endswith("'s") and tokens and WORD_RE.fullmatch(word[:-2]) and word[:-2] not in lex.places \
                and not word[:-2].isupper() \
                and word[:-2] not in lex.known and word[:-2] not in lex.head_type and ts >= 4 and norm[ts - 4 : ts].lower() == "the ":
            tokens.insert(0, (ts, pos - 1, word))  # "the Lord's Resistance Army": the possessive opens the name
            break
        if not lex.org_tok.fullmatch(word) or (ts == 0 and pos > 42) or word in lex.headline_breaks:
            break  # "Lists Were Published By The Ministry": a title-case headline's words are no name
        if word in lex.office_possessives and not norm.startswith("Office", pos):
            break  # "the Prosecutor General's Office", but "the Secretary-General's Panel of Experts"
        tokens.insert(0, (ts, pos - 1, word))
        pos = ts
        if line:
            break
    return tokens


def _after_name(norm: str, pos: int) -> bool:
    """Whether a capitalised word ends right before the space at `pos - 1`: a bracket after a name
    glosses it ("the Lebanese Forces (Christian Militia)") and opens no name of its own."""
    ws = norm.rfind(" ", max(0, pos - 40), pos - 1) + 1
    return pos >= 2 and norm[pos - 1] == " " and norm[ws : ws + 1].isupper() and norm[pos - 2].isalpha()


_OPENERS = frozenset('"\u201c\u2018([')  # a quote or a bracket opens the name: '(State Commission on ...'


def _over_particles(norm: str, at: int, lex: NameLexicon) -> list[tuple[int, int, str]] | None:
    """The particles before the one at `at` and the capitalised word before them all
    ("Bartolomé de las"), when a capitalised word does stand there; else None."""
    out: list[tuple[int, int, str]] = []
    pos = at
    while len(out) < 3 and pos >= 2 and norm[pos - 1] == " ":
        ws = norm.rfind(" ", max(0, pos - 42), pos - 1) + 1
        word = norm[ws : pos - 1]
        if word in lex.particles:
            out.insert(0, (ws, pos - 1, word))
            pos = ws
            continue
        if WORD_RE.fullmatch(word) and word not in lex.headline_breaks and word not in lex.org_strip \
                and word not in lex.places and word not in lex.head_type:
            return [(ws, pos - 1, word), *out]
        return None
    return None


def _joined_words(norm: str, and_at: int, lex: NameLexicon) -> list[tuple[int, int, str]]:
    """The capitalised words before "and" in "the Justice and Equality Movement": not a head,
    a place or a known name. One word, or up to three right after an article ("the Lessons
    Learnt and Reconciliation Commission"); else "and" joins two names ("Amnesty
    International and Human Rights Watch")."""
    words: list[tuple[int, int, str]] = []
    end = and_at - 1
    opened = False  # an article, a line's start or a bullet stands before the words
    while len(words) < 4 and end >= 1 and norm[end] == " ":
        ws = norm.rfind(" ", max(0, end - 40), end) + 1
        if (nl := norm.rfind("\n", ws, end)) != -1:
            ws = nl + 1  # a name that opens a line
        word = norm[ws:end]
        if word in lex.articles_cap or word in lex.articles_lower or words and not any(c.isalnum() for c in word):
            opened = True  # "the Lessons Learnt and ...", "- Truth and ..."
            break
        if not WORD_RE.fullmatch(word) or word in lex.head_type or word in lex.places or word in lex.known:
            return []
        if word in lex.strip and starts_sentence(norm, ws):
            return []
        words.insert(0, (ws, end, word))
        end = ws - 1
        if ws == 0 or starts_sentence(norm, ws) or norm[ws - 1] == "\n":
            opened = opened or ws == 0 or norm[ws - 1] == "\n"
            break
    if len(words) == 1 or 1 < len(words) <= 3 and opened:
        return words
    return []


def trim_complement(text: str, lex: NameLexicon) -> str:
    """Cut a complement before a second organisation or a date ("... and the Senate", "on Monday"),
    and at a comma that no "and" closes as a list ("of Youth, Culture and Sports")."""
    if "," in text:
        items = text.split(",")
        tail = items[-1].split(" and ", 1)
        if len(tail) < 2 or any(len(i.split()) > 3 for i in items[1:-1]) or len(items[-1].split()) > 6:
            text = items[0]
    words = text.split(" ")
    for k in range(2, len(words)):
        if words[k] in lex.calendar:
            words = words[: k - 1]  # "the Ntarama Genocide Memorial on Sunday"
            break
        if k > 2 and words[k] in lex.coordination_words and _second_name(words[k + 1 :], lex):
            words = words[:k]
            break
    while words and words[-1] in lex.complement_end:
        words.pop()
    return " ".join(words) if len(words) > 2 else ""


def _second_name(rest: list[str], lex: NameLexicon) -> bool:
    """Whether the words after an "and" in a complement open a second organisation: an
    article and a head ("and the Senate"), a head first ("and Ministry of ..."), or a known name;
    after the link repeated too ("units of the Ministry of Internal Affairs and of the Soviet Army's ...")."""
    if not rest:
        return False
    words = [w.rstrip(",") for w in rest]
    words = [w[:-2] if w.endswith("'s") else w for w in words]
    if words[0] == lex.shared_link:
        return _second_name(rest[1:], lex)
    if words[0] in lex.head_type or words[0].rsplit("-", 1)[-1] in lex.head_type:
        # a head ends a name: "and International Cooperation of South Sudan" goes on as one ministry's name
        return not (len(words) > 1 and words[1][:1].isupper() and not any(
            w in lex.head_type or w.rsplit("-", 1)[-1] in lex.head_type for w in words[1:4]))
    if words[0] in lex.known or " ".join(words[:2]) in lex.known or " ".join(words[:3]) in lex.known:
        return True
    return words[0].lower() in lex.articles_lower and any(
        w in lex.head_type or w.rsplit("-", 1)[-1] in lex.head_type for w in words[1:]
    )
