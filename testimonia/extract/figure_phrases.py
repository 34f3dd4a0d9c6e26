"""The phrases around a number that `figures.py` reads: the counted noun ("613 people",
"8,000 Bosnian Muslims", "34 mineworkers"), the verb after it ("were killed", "who later died"),
a toll before it ("the death toll rose to"), and a breakdown after it (", including 106 women").

Every function reads tokens of the lower-cased text (`lexicon.Tokens`) with
the compiled vocabulary of `figure_rules`; none decides what is a figure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from testimonia.extract.doc import Doc
from testimonia.extract.figure_rules import Group, Measure, Rules
from testimonia.extract.lexicon import Tokens
from testimonia.extract.numbers import Number

_BE = ("were", "was", "are", "is")
_PRONOUNS = ("which", "whom", "them")  # "30 of which", "several thousand of them"
_POSSESSIVES = frozenset(("their", "his", "her", "its", "our", "my", "your"))  # "all four of their children"


@dataclass(slots=True)
class Qty:
    """A number, a range of two, or a vague amount, as a figure will state it."""

    start: int  # the number's first character, or the range opener's ("between")
    end: int
    value: int | float | None
    low: int | float | None = None
    high: int | float | None = None
    qualifier: str = "exact"
    year_like: bool = False
    numbers: tuple[Number, ...] = ()
    changed_from: int = -1  # "raised the toll from 92 to 108": the 108 is the 92 changed (the 92's start)


@dataclass(slots=True)
class Head:
    """What the number counts: a group word, a harm noun ("deaths"), a people, or nothing said."""

    group: str
    unit: str
    end: int  # character offset after the counted noun (after the number when bare)
    k: int  # token index after it
    entry: Group | None = None
    noun: Measure | None = None
    bare: bool = False
    generic: bool = False  # an unlisted plural noun ("mineworkers"): needs a verb to count
    victims: bool = False
    partitive: bool = False  # "nine of the dead", "30 of which": a part of a total named earlier
    pronoun: bool = False  # "30 of which", "several thousand of them": a part of the count just before
    cont: int = -1  # where reading goes on: after an age ("children under the age of five"), else `end`
    named: str | None = None  # a harm noun that names people ("prisoners"): the group when another harm is said

    def __post_init__(self) -> None:
        if self.cont < 0:
            self.cont = self.end


@dataclass(slots=True)
class Part:
    qty: Qty
    head: Head
    qualifier: str
    start: int
    within: bool = False  # a part of the part before it: "10 patients, three of whom were children"


@dataclass(slots=True)
class Said:
    """A harm stated after the counted noun: the measure, where its words end, and the rule."""

    measure: Measure
    end: int
    rule: str
    negated: bool = False
    k: int = 0  # token index after the verb's words
    active: bool = False
    far: bool = False  # other numbers stand between the noun and its verb: the evidence stops at the noun  # "bombs killed": a transitive verb with no auxiliary, so its subject did the harm


def living(left: Tokens, j: int, tail: Tokens, after: int, rules: Rules) -> bool:
    """ "interviewed 120 victims", "120 victims testified": victims spoken of as the living."""
    for i in range(j - 1, max(-1, j - 4), -1):  # "interviewed 120 victims", "compensation was paid to 3,000 victims"
        if left.t[i] in rules.living_verbs:
            return True
        if left.t[i] not in rules.stop:
            break
    for i in range(after, min(len(tail), after + 4)):
        if tail.t[i] in rules.living_verbs:
            return True
        if not (tail.t[i] in rules.auxiliaries or tail.t[i] in rules.relatives or tail.t[i].endswith("ly")):
            break
    return False


def read_head(doc: Doc, q: Qty, toks: Tokens, k: int, rules: Rules) -> Head | None:
    t = toks.t
    if k < len(t) and t[k] == "of":
        if q.value == 1 and q.qualifier == "exact":
            return None  # "one of the victims was a journalist": a person, not a count
        if q.qualifier == "vague" and (k + 1 >= len(t) or t[k + 1] not in _PRONOUNS) \
                and not (k + 2 < len(t) and t[k + 1] in ("the", "those", "these") and t[k + 2] in rules.partitive):
            k += 1  # "thousands of people" (but "dozens of the wounded" is a part of them)
        else:
            return _partitive(doc, q, toks, k, rules)  # "nine of the dead"; not "one of the most horrific"
    adjective: Group | None = None
    mods: list[int] = []
    i = k
    while i < len(t) and len(mods) <= 4:
        hit = rules.heads.at(t, i)
        if hit:
            n, entry = hit
            if isinstance(entry, Group) and entry.adjective and n == 1 and rules.heads.at(t, i + 1):
                adjective, i = entry, i + 1  # "elderly people", "civilian deaths"
                continue
            if isinstance(entry, Group) and not entry.head:
                i += 1
                continue
            if i + n < len(t) and t[i + n] == "'":
                return None  # "613 people's homes"
            end = toks.end(i + n - 1)
            cont, after = _with_age(toks, i + n, rules)
            if isinstance(entry, Measure) and n == 1 and rules.after.at(t, i):
                nxt = rules.heads.at(t, i + 1)
                if nxt and isinstance(nxt[1], Group) and nxt[1].head and nxt[1].group != "all":
                    # "5,000 displaced families", "200 wounded soldiers": the harm, then who
                    g = nxt[1]
                    end = toks.end(i + nxt[0])
                    return Head(g.group, g.unit, end, i + 1 + nxt[0], g, noun=entry)
            if isinstance(entry, Measure):
                if q.year_like or (mods and rules.after.at(t, i) and t[mods[-1]].endswith("s")):
                    # "1,293 Yazidis killed" names a people; "20 bombs killed" is a verb, not a count
                    # ("9 other unlawful killings" is a noun after its adjectives)
                    return None if q.year_like else _people(doc, toks, mods, rules)
                group = entry.group or (adjective.group if adjective else _people_adjective(doc, toks, mods, rules))
                of = _of_group(toks, after, rules) if group == "all" else None
                if of:
                    adjective, end, after = of
                    group = adjective.group
                    cont, after = _with_age(toks, after, rules)
                return Head(group, "people", end, after, adjective, noun=entry, cont=cont or end,
                            named=_status_noun(doc, toks, i, n, rules))
            if isinstance(entry, Group) and n == 1 and adjective is None and t[i] in rules.person_singular \
                    and (noun := _head_noun_after(doc, toks, i + 1, rules)) is not None:
                # "3 student leaders", "two journalist trainees": a listed group's singular noun before an
                # unlisted plural is a modifier; the counted noun is the phrase, kept as written
                cont, after = _with_age(toks, noun + 1, rules)
                return Head(f"{t[i]} {t[noun]}", "people", toks.end(noun), after, generic=True,
                            cont=cont or toks.end(noun))
            chosen = adjective if (adjective and entry.group == "all") else entry
            joined = _joined_group(toks, i + n, rules) if chosen is entry and entry.group != "all" else None
            if joined is not None:  # "civilians and prisoners of war", "soldiers and police": one count of both
                end = toks.end(joined - 1)
                cont, after = _with_age(toks, joined, rules)
                written = " ".join(doc.lower[toks.start(i) : end].split())
                nation = _nationality(doc, toks, mods, rules) if mods else None
                if nation:  # a joined group is kept as written, with its nationality: "Pakistani soldiers and civilians"
                    written = f"{nation} {written}"
                return Head(written, entry.unit, end, after, cont=cont or end)  # type: ignore[arg-type]
            if mods and (chosen.group == "all" and t[i] in rules.citizens  # type: ignore[union-attr]
                         or chosen.group in rules.citizens):  # type: ignore[union-attr]
                nation = _nationality(doc, toks, mods, rules)
                if nation:  # "thousands of Polish citizens", "8,000 Soviet prisoners of war" (groups.yaml)
                    noun = t[i] if chosen.group == "all" else chosen.group  # type: ignore[union-attr]
                    return Head(f"{nation} {noun}", entry.unit, end, after, cont=cont or end)  # type: ignore
            if chosen is entry and entry.group in rules.compound_heads and mods and mods[-1] == i - 1 \
                    and _trade(doc, toks, i - 1, rules):  # type: ignore[union-attr]
                return Head(f"{t[i - 1]} {entry.group}", entry.unit, end, after, cont=cont or end)  # type: ignore
            return Head(chosen.group, entry.unit, end, after, chosen, victims=t[i] in rules.victims,  # type: ignore
                         cont=cont or end)
        if not mods and t[i] in rules.head_fillers:
            i += 1  # "15,000 estimated deaths"
            continue
        if t[i] in ("and", ",") and mods and i + 1 < len(t) and t[i + 1] not in rules.stop \
                and t[i + 1][0].isalpha() and not doc.norm[toks.start(mods[-1])].isupper():
            i += 1  # "disarmed and defenceless men" (but "Tutsi and moderate Hutu" is two peoples)
            continue
        if not mods and i == k and t[i].endswith("ed") and (harm := rules.after.at(t, i)) and harm[0] == 1 \
                and not harm[1].weak and not harm[1].contextual:  # type: ignore[union-attr]
            nxt = rules.heads.at(t, i + 1)
            if nxt and isinstance(nxt[1], Group) and nxt[1].head and nxt[1].group != "all":
                g = nxt[1]  # "the 276 abducted schoolgirls", "40 murdered teachers": the harm, then who
                end = toks.end(i + nxt[0])
                return Head(g.group, g.unit, end, i + 1 + nxt[0], g, noun=harm[1])  # type: ignore[arg-type]
        if t[i] in rules.stop or not t[i][0].isalpha():
            break
        mods.append(i)
        i += 1
    if q.year_like:
        return None  # "in 1992", "1992 Armenians": a year
    if mods:
        head = _people(doc, toks, mods, rules) or _plural(doc, toks, mods, rules)
        if head is None and mods[0] == k and t[k].endswith("ed") and len(t[k]) > 4:
            # "up from 10 announced on Friday": a verb, not a noun, follows the number
            return Head("all", "people", toks.end(k - 1) if k else q.end, k, bare=True)
        return head
    return Head("all", "people", toks.end(k - 1) if k else q.end, k, bare=True)


def _head_noun_after(doc: Doc, toks: Tokens, i: int, rules: Rules) -> int | None:
    """Token i when it is a lower-case plural noun of people, listed or not, and not a verb or a harm: "leaders"
    after "student", "soldiers" after "child"; else None."""
    t = toks.t
    if i >= len(t) or not t[i].isalpha() or len(t[i]) < 4 or doc.norm[toks.start(i)].isupper():
        return None
    word, hit = t[i], rules.heads.at(t, i)
    if hit and not (hit[0] == 1 and isinstance(hit[1], Group) and hit[1].head and hit[1].group != "all"):
        return None  # "child deaths" is a harm noun; "student activists", "child soldiers" a listed noun, kept whole
    if word in rules.stop or rules.after.at(t, i) or rules.blockers_after.at(t, i) \
            or word.endswith(("ss", "us", "is")) or not word.endswith(rules.noun_plural_endings):
        return None
    return i


def _trade(doc: Doc, toks: Tokens, i: int, rules: Rules) -> bool:
    """ "electricity", "factory", "railway": a lower-case noun before "workers" that names their trade; not an
    adjective ("striking", "local", "foreign", "migrant"), not a verb's participle."""
    word = toks.t[i]
    return word.isalpha() and not doc.norm[toks.start(i)].isupper() and word not in rules.describing_words \
        and not word.endswith((*rules.describing_endings, "ing", "ant", "ent", "s")) and word not in rules.stop


def _joined_group(toks: Tokens, k: int, rules: Rules) -> int | None:
    """The token after a second group joined to the one before token k by "and" ("soldiers and police"), or None.
    Groups of people in general ("soldiers and other people") and harm nouns ("women and deaths") join nothing."""
    return _joined_at(toks.t, k, rules)


def _joined_at(t: list[str], k: int, rules: Rules) -> int | None:
    for _ in range(4):  # "officers, policemen and intellectuals": a list of groups before the "and"
        if k + 1 >= len(t) or t[k] != "," or t[k + 1] == "and":
            break
        hit = rules.heads.at(t, k + 1)
        if not hit or not isinstance(hit[1], Group) or not hit[1].head or hit[1].group == "all" or hit[1].measure:
            return None
        k += 1 + hit[0]
    if k + 1 < len(t) and t[k] == "," and t[k + 1] == "and":
        k += 1  # "officers, policemen, and intellectuals"
    if k + 1 >= len(t) or t[k] != "and":
        return None
    hit = rules.heads.at(t, k + 1)
    if not hit or not isinstance(hit[1], Group) or not hit[1].head or hit[1].group == "all" or hit[1].measure:
        return None
    after = k + 1 + hit[0]
    if after < len(t) and (t[after] == "'" or rules.heads.at(t, after)):
        return None  # "soldiers and police officers' families", "men and women deaths"
    return after


_APPOSITION = re.compile(r"\s*,\s*(?:[A-Z][\w'\u2019.-]*\s+){0,3}[A-Z][\w'\u2019-]+\s*,")


def named_one(doc: Doc, q: Qty, head: Head) -> bool:
    """ "only one, Akhmed Akhmedov, was sentenced", "one man, Ali Hassan, was killed": one named person, not a count."""
    return q.value == 1 and q.qualifier == "exact" and bool(_APPOSITION.match(doc.norm, head.end))


_NAME_BEFORE = re.compile(r"\b([A-Z][\w'\u2019.-]*)\s+(?:[A-Z][\w'\u2019.-]*\s+){0,2}[A-Z][\w'\u2019-]+\s*,\s*$")
_AGE_AFTER = re.compile(r"\s*(?:,|\)|$)")


_PERSON_BEFORE = re.compile(r"\b([a-z]+)\s*,\s*$")


def aged(doc: Doc, q: Qty, rules: Rules) -> bool:
    """ "John Johnston, 59, died in June 1972", "the wounded soldier, 23, died": a person's age set off by commas
    after the name or a noun of one person, not a count."""
    if q.value is None or q.qualifier != "exact" or not 0 < q.value < 120 or not _AGE_AFTER.match(doc.norm, q.end):
        return False
    m = _NAME_BEFORE.search(doc.norm, max(0, q.start - 60), q.start)
    if m and m.group(1).lower() not in rules.stop:
        return True
    m = _PERSON_BEFORE.search(doc.lower, max(0, q.start - 24), q.start)
    return bool(m and m.group(1) in rules.person_singular)


def _of_group(toks: Tokens, k: int, rules: Rules) -> tuple[Group, int, int] | None:
    """ "73 killings of civilians": the group after a harm noun: (group, its end, token after)."""
    if k + 1 >= len(toks) or toks.t[k] != "of":
        return None
    hit = rules.heads.at(toks.t, k + 1)
    if not hit or not isinstance(hit[1], Group) or not hit[1].head:
        return None
    return hit[1], toks.end(k + hit[0]), k + 1 + hit[0]


def _with_age(toks: Tokens, k: int, rules: Rules) -> tuple[int | None, int]:
    """ "children under the age of five", "boys aged 12 to 16": the age goes with the noun."""
    hit = rules.age_phrases.at(toks.t, k)
    if not hit:
        return None, k
    i = k + hit[0]
    if i >= len(toks) or not (toks.t[i][0].isdigit() or toks.t[i] in rules.number_words):
        return None, k  # "children under the rubble"
    while i < len(toks) and (toks.t[i][0].isdigit() or toks.t[i] in rules.number_words
                             or toks.t[i] in ("to", "-", "and", "years", "year", "old")):
        i += 1
    while toks.t[i - 1] in ("to", "-", "and"):
        i -= 1
    return toks.end(i - 1), i


def _partitive(doc: Doc, q: Qty, toks: Tokens, k: int, rules: Rules) -> Head | None:
    """ "Nine of the dead were children", "30 of the bodies", "roughly three million of the
    Ukrainian deaths", "30 of which bore signs of torture": a count taken from the harmed."""
    t = toks.t
    i = k + 1
    if i < len(t) and t[i] in _PRONOUNS:
        if rules.blockers_after.at(t, i + 1) or rules.blockers_after.at(t, i + 2):
            return None  # "28 of which mass graves were discovered"
        if i + 2 < len(t) and t[i + 1] in _BE:
            said = said_group(t, i + 2, rules)  # "21 of which were soldiers", "13 of whom were teenage boys"
            if said:
                g, after = said
                return Head(g.group, g.unit, toks.end(after - 1), after, g, partitive=True, pronoun=True)
        if i + 1 < len(t) and t[i] in ("them", "whom") and isinstance((hit := rules.heads.at(t, i + 1) or (0, None))[1],
                                                                      Group) and hit[1].group != "all":
            g, after = hit[1], i + 1 + hit[0]  # "several hundred of them children": the group with no verb
            return Head(g.group, g.unit, toks.end(after - 1), after, g, partitive=True, pronoun=True)
        return Head("all", "people", toks.end(i), i + 1, bare=True, partitive=True, pronoun=True)
    if i < len(t) and t[i] in _POSSESSIVES:
        # "all four of their children", "two of his sons": the count of a group, not a part of a total
        head = read_head(doc, q, toks, i + 1, rules)
        return None if head is None or head.bare or head.generic or head.partitive else head
    hit = rules.heads.at(t, i)
    if hit and isinstance(hit[1], Group) and hit[1].head and hit[1].measure is None:
        # "143 skeletons, including 131 of children under 12": the group the counted belonged to
        cont, after = _with_age(toks, i + hit[0], rules)
        end = toks.end(i + hit[0] - 1)
        return Head(hit[1].group, hit[1].unit, end, after, hit[1], cont=cont or end)
    harm = _harm_named(t, i, rules)
    if harm is not None:  # "23,671 of arbitrary execution": victims of a harm, the word "victims" left out
        n, measure = harm
        return Head("all", "people", toks.end(n - 1), n, noun=measure)
    if i < len(t) and t[i] in ("the", "those", "these"):
        i += 1
        if (whole := _whole_count(t, i, rules)) > i and whole < len(t) and t[whole] in rules.partitive:
            i = whole  # "fewer than 20 of the 108 deaths", "nine of the 1,200 dead": the total restated
        among = _among_group(t, i, rules)
        if among is None and (whole := _whole_count(t, i, rules)) > i and whole < len(t):
            among = _among_group(t, whole, rules)  # "12 of the 5,000 protesters", "two of the three journalists"
        if among is not None:  # "Five of the soldiers were killed", "12 of the villagers": a part of a group
            g, after = among
            return Head(g.group, g.unit, toks.end(after - 1), after, g, partitive=True)
        for n in (3, 2, 1):
            if t[i] not in rules.partitive and (status := _status_noun(doc, toks, i, n, rules)) is not None:
                # "Forty-two of the prisoners did not survive": people named by a harm they suffered before; the
                # verb must say what this part suffered (no verb, no count: "12 of the detainees")
                return Head(status, "people", toks.end(i + n - 1), i + n, partitive=True)
    people = "all"
    if i + 1 < len(t) and t[i] not in rules.partitive and t[i + 1] in rules.partitive and t[i] not in rules.stop \
            and t[i].isalpha():
        people = _people_adjective(doc, toks, [i], rules)  # "the Ukrainian deaths" counts Ukrainians
        i += 1  # one modifier
    if i >= len(t) or t[i] not in rules.partitive:
        return None
    hit = rules.heads.at(t, i)
    noun = hit[1] if hit and isinstance(hit[1], Measure) else None
    entry = hit[1] if hit and isinstance(hit[1], Group) else None
    end, after = toks.end(i), i + 1
    if after + 1 < len(t) and t[after] in _BE:
        said = said_group(t, after + 1, rules)  # "nine of the dead were children", "... were university students"
        if said:
            g, k = said
            return Head(g.group, g.unit, toks.end(k - 1), k, g, noun=noun or (entry.measure if entry else None),
                        partitive=True)
    return Head(people, "people", end, after, entry, noun=noun, victims=t[i] in rules.victims, partitive=True,
                named=_status_noun(doc, toks, i, 1, rules) if noun is not None else None)


_NUMBER_GOES_ON = frozenset(("hundred", "thousand", "million", "and", "-"))  # "two hundred", "five thousand and"


def _whole_count(t: list[str], i: int, rules: Rules) -> int:
    """The token after a number that starts at token i ("5,000", "three", "two hundred"), or i when none does."""
    k = i
    while k < len(t) and k < i + 6:
        if t[k][0].isdigit() or all(w in rules.number_words for w in t[k].split("-")) \
                or k > i and t[k] in _NUMBER_GOES_ON:
            k += 1
        elif k > i and t[k] == "," and t[k - 1].isdigit() and k + 1 < len(t) and len(t[k + 1]) == 3 \
                and t[k + 1].isdigit():
            k += 2  # "5,000"
        else:
            break
    while k > i and t[k - 1] in ("and", "-"):
        k -= 1
    return k


def _among_group(t: list[str], i: int, rules: Rules) -> tuple[Group, int] | None:
    """A listed group named at token i after "of the" ("of the soldiers", "of the villagers"), not a harm's noun and
    not its possessive ("of the soldiers' wives"), with the token after it; or None."""
    hit = rules.heads.at(t, i)
    if not hit or not isinstance(hit[1], Group) or not hit[1].head or hit[1].measure is not None \
            or t[i] in rules.partitive:
        return None
    after = i + hit[0]
    return None if after < len(t) and t[after] in ("'", "'s", "\u2019") else (hit[1], after)


def _status_noun(doc: Doc, toks: Tokens, i: int, n: int, rules: Rules) -> str | None:
    """ "prisoners", "IDPs": a harm noun of n tokens at token i that names people, as written (lower case but
    for an acronym), or None for one that names no one ("deaths", "bodies")."""
    if " ".join(toks.t[i : i + n]) not in rules.status_nouns:
        return None
    written = " ".join(doc.norm[toks.start(i) : toks.end(i + n - 1)].split())
    return written.lower() if written[1:] == written[1:].lower() else written


_AGE_WORD = re.compile(r"[0-9]{1,3}-(?:years?|months?|weeks?)-old")


def said_group(t: list[str], k: int, rules: Rules) -> tuple[Group, int] | None:
    """The group named at token k after a verb, perhaps after a modifier or two ("were children", "were teenage
    boys", "were university students", "were 17-year-old boys"), or two groups joined by "and" ("were children
    and adolescents"): (the group, the token after it)."""
    for at in range(k, min(len(t), k + 3)):
        hit = rules.heads.at(t, at)
        if hit and not (isinstance(hit[1], Group) and not hit[1].head):
            if not isinstance(hit[1], Group):
                return None
            g, after = hit[1], at + hit[0]
            joined = _joined_at(t, after, rules) if g.group != "all" and g.measure is None else None
            if joined is not None:
                other = rules.heads.at(t, after + 1)[1]  # type: ignore[index]
                g, after = replace(g, group=f"{g.group} and {other.group}", measures=()), joined  # type: ignore
            return g, after
        if not (t[at].isalpha() or _AGE_WORD.fullmatch(t[at])) or t[at] in rules.stop:
            return None
    return None


def said_people(doc: Doc, toks: Tokens, k: int, rules: Rules) -> Head | None:
    """A people named at token k after a verb, capitalised as written ("some 70,000 were Jews", "2,000 were
    Bosnian Muslims"), or None."""
    mods = []
    for i in range(k, min(len(toks), k + 3)):
        if not (toks.t[i].isalpha() and doc.norm[toks.start(i)].isupper()):
            break
        mods.append(i)
    return _people(doc, toks, mods, rules) if mods else None


def _harm_named(t: list[str], i: int, rules: Rules) -> tuple[int, Measure] | None:
    """A harm named right at token i, perhaps after one adjective ("arbitrary execution", "forced disappearance"):
    (the token after it, its measure)."""
    for at in (i, i + 1):
        hit = rules.victims_of.at(t, at)
        if hit and (at == i or t[i].isalpha() and t[i] not in rules.stop):
            return at + hit[0], hit[1]  # type: ignore[return-value]
    return None


def _people(doc: Doc, toks: Tokens, mods: list[int], rules: Rules) -> Head | None:
    """ "8,000 Bosnian Muslims", "800,000 Tutsi": capitalised words naming a people, kept as written."""
    norm = doc.norm
    while mods and not norm[toks.start(mods[0])].isupper():
        mods = mods[1:]  # "32 ethnic Armenians": a lower-case adjective before the name is not part of it
    lower = next((n for n, i in enumerate(mods) if not norm[toks.start(i)].isupper()), len(mods))
    if 0 < lower < len(mods) and norm[toks.start(mods[lower - 1]) : toks.end(mods[lower - 1])].endswith(
            rules.plural_endings):
        mods = mods[:lower]  # "120,000 Chechens began": the name ends where its verb starts
    if not mods or any(not norm[toks.start(i)].isupper() for i in mods):
        return None
    last = norm[toks.start(mods[-1]) : toks.end(mods[-1])]
    named = last.endswith(rules.plural_endings) or last in rules.peoples_singular
    end, k = toks.end(mods[-1]), mods[-1] + 1
    # "Tutsi and moderate Hutu", "Tutsis and politically moderate Hutus": a second people joined by "and",
    # perhaps after an adjective or two
    if k + 1 < len(toks) and toks.t[k] == "and":
        for w in (k + 1, k + 2, k + 3):
            if w >= len(toks) or (w > k + 1 and not toks.t[w - 1].isalpha()):
                break
            if norm[toks.start(w)].isupper():
                word = norm[toks.start(w) : toks.end(w)]
                if word.endswith(rules.plural_endings) or word in rules.peoples_singular \
                        or _harm_follows(toks.t, w + 1, rules) and doc.norm[toks.start(w + 1)].islower():
                    end, k = toks.end(w), w + 1
                break
    if not (named or _harm_follows(toks.t, k, rules) and doc.norm[toks.start(k)].islower()):
        return None  # an unknown capitalised word names a people only before a harm in lower case (not a headline's
        # "1,200 Page Report Was Released")
    return Head(doc.text[toks.start(mods[0]) : end], "people", end, k)


# The verbs a people's name unknown to the lexicon must be followed by to be read as one: "150 Cheyenne are
# killed", "300 Ixil had been massacred" (a capitalised word then a passive harm); "150 Cheyenne delegates"
# or "200 Cheyenne attended" stay no group.
_PEOPLE_VERBS = frozenset(("were", "was", "are", "is", "had", "have", "has", "been", "being", "reportedly"))


def _harm_follows(t: list[str], k: int, rules: Rules) -> bool:
    """ "are killed", "were reportedly shot", "had been massacred": a passive harm right at token k."""
    if k >= len(t) or t[k] not in _PEOPLE_VERBS:
        return False
    for i in range(k + 1, min(len(t), k + 4)):
        if rules.after.at(t, i):
            return True
        if t[i] not in _PEOPLE_VERBS:
            return False
    return False


def _plural(doc: Doc, toks: Tokens, mods: list[int], rules: Rules) -> Head | None:
    """ "34 mineworkers", "two Lonmin security guards": an unlisted plural noun, kept as written
    without the capitalised words before it. It counts only if a passive verb says a harm."""
    words = [i for i in mods if not doc.norm[toks.start(i)].isupper()]
    if not words or words[-1] != mods[-1] or not toks.t[mods[-1]].endswith(rules.noun_plural_endings):
        return None
    if rules.blockers_after.at(toks.t, mods[-1]) or toks.t[mods[-1]].endswith(("ss", "'s")):
        return None
    first = next(i for i in range(len(words)) if words[i:] == list(range(words[i], mods[-1] + 1)))
    while first < len(words) - 1 and (toks.t[words[first]] in rules.describing_words
                                      or toks.t[words[first]].endswith(rules.describing_endings)):
        first += 1  # "23 local businessmen" counts businessmen
    group = " ".join(toks.t[i] for i in words[first:])
    if group in rules.members:
        kin = _members_of(toks, mods[-1] + 1, rules)
        if kin is not None:  # "60,000 members of the prisoners' families"
            return Head(kin[0], "people", toks.end(kin[1] - 1), kin[1])
    return Head(group, "people", toks.end(mods[-1]), mods[-1] + 1, generic=True)


def _members_of(toks: Tokens, k: int, rules: Rules) -> tuple[str, int] | None:
    """ "members of the prisoners' families", "members of their families": the kin group's people and the
    token after its name."""
    t = toks.t
    if k >= len(t) or t[k] != "of":
        return None
    for i in range(k + 1, min(len(t), k + 6)):
        if t[i] in rules.members_of:
            return rules.members_of[t[i]], i + 1
        if not (t[i].isalpha() or t[i] == "'"):
            return None
    return None


def said_nationality(doc: Doc, toks: Tokens, k: int, after: int, g: Group, rules: Rules) -> str | None:
    """ "about 8,000 were Soviet prisoners of war", "300 were Armenian residents": a group said after a verb from token
    k to `after`, with a nationality before its noun that groups.yaml keeps (`citizens`); the group as written, or
    None."""
    at = next((a for a in range(k + 1, after) if (hit := rules.heads.at(toks.t, a)) and a + hit[0] == after), None)
    if at is None:
        return None
    noun = toks.t[at] if g.group == "all" and toks.t[at] in rules.citizens \
        else g.group if g.group in rules.citizens else None
    nation = _nationality(doc, toks, list(range(k, at)), rules) if noun else None
    return f"{nation} {noun}" if nation else None


def _nationality(doc: Doc, toks: Tokens, mods: list[int], rules: Rules) -> str | None:
    """ "Polish", "Syrian", "Sudanese" right before a noun for people: the nationality as written, or None."""
    words = [doc.norm[toks.start(i) : toks.end(i)] for i in mods]
    while len(words) > 1 and not words[0][:1].isupper() and words[0].lower() in rules.describing_words:
        words = words[1:]  # "peaceful Soviet citizens": a describing word before the nationality is not part of it
    if all(w[:1].isupper() for w in words) and (words[-1].endswith(rules.nationality_endings)
                                                or words[-1] in rules.nationality_words):
        return " ".join(words)
    return None


def _people_adjective(doc: Doc, toks: Tokens, mods: list[int], rules: Rules) -> str:
    """ "300,000 Armenian deaths" counts Armenians."""
    if len(mods) != 1:
        return "all"
    word = doc.norm[toks.start(mods[0]) : toks.end(mods[0])]
    if word[:1].isupper() and word.endswith(rules.adjective_endings):
        return word + "s"
    return "all"


def read_toll(low: str, left: Tokens, j: int, rules: Rules) -> tuple[int, Measure, int] | None:
    """ "the death toll rose to", "put the dead at", "the number of Poles executed at":
    (tokens spanned, measure, tokens of the link and what precedes it up to the toll)."""
    t = left.t
    if j > 1 and t[j - 1] == "-":  # "Civilian deaths - 4,500", "- Killed - 35": a dash links a toll only as a line's
        # heading (mid-sentence, "the dead - 45 of them children -" is an aside)
        toll = rules.tolls.ending(t, j - 1)
        if toll and t[j - 2] in rules.bare_tolls and j - 1 - toll[0] >= 1 \
                and _LINE_OPENING.search(low, max(0, left.start(j - 2 - toll[0]) - 8), left.start(j - 2 - toll[0])):
            return toll[0] + 1, toll[1], 0  # type: ignore[return-value]  # "Civilian deaths - 4,500"
        return _line_heading(low, left, j - 1, rules) if toll else None
    link = rules.toll_links.ending(t, j)
    if not link:
        toll = rules.tolls.ending(t, j) if j and t[j - 1] in rules.bare_tolls else None
        return (toll[0], toll[1], 0) if toll else None  # type: ignore[return-value]  # "civ dead 10,000"
    if link[0] == 1 and t[j - 1] == ":" and j > 1 and t[j - 2] in rules.bare_tolls:
        return 1 + rules.tolls.ending(t, j - 1)[0], rules.tolls.ending(t, j - 1)[1], 0  # type: ignore  # "Dead: 45"
    if link[0] == 1 and t[j - 1] == ":":
        heading = _line_heading(low, left, j - 1, rules)
        if heading:
            return heading
    jj = j - link[0]
    filled = jj
    while filled > 1 and (t[filled - 1] in rules.toll_link_fillers
                          or t[filled - 1].endswith("ly") and len(t[filled - 1]) > 4) and jj - filled < 4:
        filled -= 1  # "the death toll had climbed to", "the toll was later revised down to"
    if filled < jj and (toll := rules.tolls.ending(t, filled)) and not (filled - toll[0] > 0
                                                                        and t[filled - toll[0] - 1][0].isdigit()):
        jj = filled  # (not "80 wounded was corrected to 95": that toll word is the noun of the number before)
    for gap in range(0, 16):  # "the death toll from the attack rose to", "... from clashes between police and
        # protesters in the western Kazakh oil town of Zhanaozen rose to"
        end = jj - gap
        if end <= 0 or t[end] in ",.;:!?()" or (gap and "\n" in low[left.end(end - 1) : left.start(end)]):
            break
        toll = rules.tolls.ending(t, end)
        if toll and (gap == 0 or t[end] in rules.toll_gap_openers):
            return j - (end - toll[0]), toll[1], gap  # type: ignore[return-value]
    if jj > 2 and t[jj - 1] == ",":  # "The dead, mostly women and children, numbered at least 1,200": an aside
        # set off by commas between the toll and its link
        for k in range(jj - 2, max(0, jj - 14), -1):
            if t[k] in ".;:!?()" or "\n" in low[left.end(k - 1) : left.start(k)]:
                break
            if t[k] == ",":
                toll = rules.tolls.ending(t, k)
                if toll and toll[0] < k and (t[k - toll[0] - 1] in ("the", "a", "an") or k - toll[0] >= 2
                                             and t[k - toll[0] - 2] in ("the", "a", "an")
                                             and t[k - toll[0] - 1].isalpha()) \
                        and (toll[0] > 1 or t[k - 1] in rules.bare_tolls):  # ("the official death toll, which")
                    return j - (k - toll[0]), toll[1], jj - k  # type: ignore[return-value]
                break
    return None


_LINE_OPENING = re.compile(r"(?:^|\n)[ \t]*(?:[-*\u2022\u2013]|[0-9]{1,2}[.)])?[ \t]*$")


def _line_heading(low: str, left: Tokens, colon: int, rules: Rules) -> tuple[int, Measure, int] | None:
    """ "Death toll: 69", "- Killed (Single Register, 2017): 978": a toll that opens a line of a list or a table,
    perhaps with its source in brackets, then a colon. (Mid-sentence, "killed: 45 were" is no heading.)"""
    t, end = left.t, colon
    if end > 1 and t[end - 1] == ")":
        while end > 0 and t[end - 1] != "(":
            end -= 1
        end -= 1  # "(Single Register, 2017)"
    toll = rules.tolls.ending(t, end) if end > 0 else None
    if toll and _LINE_OPENING.search(low, max(0, left.start(end - toll[0]) - 8), left.start(end - toll[0])):
        return colon + 1 - (end - toll[0]), toll[1], 0  # type: ignore[return-value]
    # "Victims named on the survivors' list (1982): 733", "Remains recovered from the sacristy: at least 143":
    # a line that opens with the harmed, then says where they were counted
    for first in range(colon - 1, max(-1, colon - 14), -1):
        if not _LINE_OPENING.search(low, max(0, left.start(first) - 8), left.start(first)):
            continue
        hit = rules.heads.at(t, first) or rules.noun_before.at([t[first], "of"], 0)
        measure = hit[1] if hit and isinstance(hit[1], Measure) else getattr(hit[1], "measure", None) if hit else None
        if measure is None or any(x in ".;" for x in t[first:colon]):
            return None
        return colon + 1 - first, measure, 0
    return None


def bare_toll(low: str, left: Tokens, i: int, head: Head, qualifier: str, rules: Rules) -> tuple[Head, str]:
    """ "Minimum estimate of civ dead 10,000", "Civilian deaths: 1,200": a toll written as a table line, its group
    the adjective before it and its qualifier a heading word a few words back. `i` is where the toll starts."""
    t = left.t
    if i and head.bare:
        hit = rules.heads.at(t, i - 1)
        if hit and isinstance(hit[1], Group) and hit[1].group != "all" and hit[0] == 1 \
                and "\n" not in low[left.end(i - 1) : left.start(i)]:  # (not "Target Civilians\nDeaths 112")
            head = Head(hit[1].group, hit[1].unit, head.end, head.k, bare=True)
    if qualifier == "exact":
        for k in range(i - 1, max(-1, i - 6), -1):
            if t[k] in rules.quals_heading:
                return head, rules.quals_heading[t[k]]
            if t[k] in ".;:()":
                break
    return head, qualifier


def number_of(doc: Doc, left: Tokens, i: int, head: Head, rules: Rules) -> Head:
    """ "the number of Armenians killed at 1.5 million", "the civilian death toll rose to 36", "put military deaths at
    3,773": the group is named inside the toll, or by an adjective right before it."""
    t = left.t
    hit = rules.heads.at(t, i - 1) if i >= 1 else None
    if hit and hit[0] == 1 and isinstance(hit[1], Group) and hit[1].adjective and hit[1].head and hit[1].group != "all":
        # (not "old": "the old death toll" is the earlier one)
        return Head(hit[1].group, hit[1].unit, head.end, head.k, bare=True)
    owner = rules.heads.at(t, i - 2) if i >= 2 and t[i - 1] in ("'", "'s", "\u2019") else None
    if owner and owner[0] == 1 and isinstance(owner[1], Group) and owner[1].head and owner[1].group != "all":
        return Head(owner[1].group, owner[1].unit, head.end, head.k, bare=True)  # "put soldiers' deaths at 1,000"
    for s in range(max(0, i - 4), i + 3):
        if t[s : s + 2] == ["number", "of"]:
            k = s + 2
            hit = rules.heads.at(t, k)
            if hit and isinstance(hit[1], Group) and hit[1].group != "all":
                return Head(hit[1].group, hit[1].unit, head.end, head.k, bare=True)
            word = doc.norm[left.start(k) : left.end(k)] if k < len(t) else ""
            if word[:1].isupper() and (word.endswith(rules.plural_endings) or word in rules.peoples_singular):
                return Head(word, "people", head.end, head.k, bare=True)
    return head


_WHOSE_REACH = 160  # characters back, within the sentence, to the words that say whose names are counted


def whose_names(doc: Doc, q: Qty, head: Head, rules: Rules) -> Measure | None:
    """ "the official register of victims holds 986 names", "1,200 names of the dead": the harm of the people
    whose names are counted, when the sentence says it; None for names on a wall or a petition."""
    toks = Tokens(doc.lower, head.end, head.end + 80)
    after = toks.t
    if after[:1] == ["of"]:
        for word in after[1:3]:
            if word in rules.name_whose:
                return rules.name_whose[word]
        hit = rules.heads.at(after, 1)
        if hit and isinstance(hit[1], Group) and hit[1].group == "all":
            # "733 names of people they said had been killed": whose names, said by a clause about them
            for k in range(1 + hit[0], min(len(after), 12)):
                if after[k] in ".;:()" or after[k][0].isdigit():
                    break
                said = rules.after.at(after, k)
                if said and not any(w in rules.negations for w in after[1 + hit[0] : k]):
                    return said[1]  # type: ignore[return-value]
    sentence = doc.sentence_at(q.start)[0]
    for word in reversed(Tokens(doc.lower, max(sentence, q.start - _WHOSE_REACH), q.start).t):
        if word in rules.name_whose:
            return rules.name_whose[word]
    return None


def victims_of(toks: Tokens, head: Head, rules: Rules) -> Said | None:
    """ "the 613 victims of the Khojaly genocide": the event noun says what harm."""
    t, i = toks.t, head.k
    if i >= len(t) or t[i] != "of":
        return None
    for skip in range(i + 1, min(i + 6, len(t))):
        hit = rules.victims_of.at(t, skip)
        if hit:
            return Said(hit[1], toks.end(skip + hit[0] - 1), "en.figures.victims_of_event")  # type: ignore[arg-type]
        if t[skip] in ".;,()":
            break
    return None


# Prepositions after a participle that opens a reduced relative clause ("suspected of", "accused of").
_REDUCED_PREPOSITIONS = frozenset(("of", "for", "with", "by", "as"))
# after a present participle that describes the counted ("sheltering in", "living near", "waiting at")
_PARTICIPLE_PREPOSITIONS = frozenset(("in", "at", "near", "on", "inside", "outside", "along", "under", "from",
                                      "behind", "around", "across", "into", "through", "for", "with", "by"))


# Words before a number inside a relative clause that make it the clause's own ("who had hidden in the 3 churches",
# "who had fled from the 2 villages"), not a new count; and an ordinal in a phrase of place ("from the 5th district").
_INNER_COUNT_BEFORE = frozenset(("the", "in", "at", "on", "from", "into", "to", "its", "their", "his", "her", "our"))
_ORDINAL = re.compile(r"[0-9]+(?:st|nd|rd|th)")


def read_after(toks: Tokens, start: int, rules: Rules) -> Said | None:
    """The verb after the counted noun: "were killed", ", most of them civilians, were killed",
    "from the village of Inn Din were killed", "who later died", "have returned"."""
    t = toks.t
    if start + 1 < len(t) and t[start] == '"' and (t[start + 1] in rules.auxiliaries or rules.after.at(t, start + 1)):
        start += 1  # 'says that "more than 10,000 soldiers" were killed': a claim quoted, its verb right outside
    if start >= len(t):
        return None
    if t[start] == "with":
        treated = _with_harm(toks, start + 1, rules)
        if treated is not None:
            return treated
    starts = [start]
    if t[start] in ",(-":
        _aside(t, start, starts)  # ", most of them civilians, were killed"
    if t[start] == "and" and start + 2 < len(t) and t[start + 1] in ("a", "an") \
            and (one := rules.heads.at(t, start + 2)) and isinstance(one[1], Group) and one[1].head:
        starts.append(start + 2 + one[0])  # "two boys and a girl were killed": the verb of both
    main: set[int] = set()  # verbs after a relative clause: the main clause's own
    for s in list(starts):
        reduced = s + 1 < len(t) and t[s].endswith("ed") and t[s + 1] in _REDUCED_PREPOSITIONS \
            and not rules.after.at(t, s)  # "11,000 people suspected of links to the LTTE were detained"
        reduced = reduced or s + 1 < len(t) and len(t[s]) > 5 and t[s].endswith("ing") \
            and t[s + 1] in _PARTICIPLE_PREPOSITIONS and not rules.after.at(t, s) and not rules.before.at(t, s) \
            and not rules.list_openers.at(t, s)  # "60 civilians living near the front line have been killed"
        if s < len(t) and (t[s] in rules.relatives or reduced):
            # "8,000 men and boys who had sought safety under the protection of the UN were summarily executed":
            # the verb may follow a whole relative clause; only an auxiliary may start it again
            for i in range(s + 1, min(len(t), s + 28)):
                if t[i] in ".;:" or t[i][0].isdigit() and t[i - 1] not in _INNER_COUNT_BEFORE:
                    break  # (a number inside the clause, "who had sought safety in the 2 compounds", reads on)
                if t[i] in rules.auxiliaries and t[i - 1] not in rules.relatives:
                    starts.append(i)
                    main.add(i)
        hit = rules.prepositions.at(t, s)
        if hit and _kin_of_harmed(t, s, rules):
            hit = None  # "400 relatives of the missing gathered": they belong to the harmed, no harm is said of them
        if hit:
            i = s + hit[0]
            for _ in range(8):  # "from the village of Inn Din", "from 'ISIS families'"
                word = t[i] if i < len(t) else ""
                if word in ("'", '"'):
                    i += 1
                    continue
                if word[:1].isdigit() and t[i - 1] == "of" and (whole := _whole_count(t, i, rules)) > i:
                    i = whole  # "at the rally of 5,000 mourners were killed": the crowd's number, the verb the count's
                    starts.append(i)
                    continue
                if word in (",", "-", "("):
                    _aside(t, i, starts)  # "from 'ISIS families' - including children - were killed"
                    break
                if not (word[:1].isalpha() or _ORDINAL.fullmatch(word)) or word in rules.auxiliaries \
                        or word in rules.relatives \
                        or rules.after.at(t, i) or _kin_of_harmed(t, i, rules):
                    break  # (and "calls from relatives of the missing": the harmed are their kin, not them)
                i += 1
                starts.append(i)
    found: Said | None = None
    for s in starts:
        if found is not None and s not in main:
            continue
        i, negated, auxiliary = s, False, False
        if i < len(t) and t[i] in rules.relatives:
            i += 1
        for _ in range(8):
            if i >= len(t):
                break
            hit = rules.after.at(t, i) or (_held_in(t, i, rules) if auxiliary and t[i] == "in" else None) \
                or (_among_harmed(t, i, rules) if t[i] == "among" else None) \
                or (_held_in_clause_end(t, i, rules) if i == start and t[i] == "in" else None)
            if hit and hit[1].contextual and not auxiliary:  # type: ignore[union-attr]
                hit = None  # "the 12 kidnappers who held the bus": "held" is a harm only as "were held"
            if hit:
                measure, k = _gravest(toks, i, hit, rules)
                follows = t[k] if k < len(t) else "."
                # "bombs killed 30 people" (active: an object follows) is not "34 mineworkers killed in"
                active = not auxiliary and bool(rules.before.at(t, i)) and (
                    follows[0].isdigit() or follows.isalpha() and follows not in rules.stop)
                far = any(x[0].isdigit() for x in t[start:k])  # (or inside the verb's words: "among the 20 killed")
                said = Said(measure, toks.end(k - 1), "en.figures.n_group_verb", negated, k, active, far)
                if measure.weak and not auxiliary and not main:  # type: ignore[union-attr]
                    # "15,000 prisoners held in three camps were shot": the participle modifies the noun;
                    # the main verb may follow
                    for x in range(k, min(len(t), k + 20)):
                        if t[x] in ".;:" or t[x][0].isdigit() and x > k + 4:
                            break
                        if t[x] in _BE:
                            starts.append(x)
                            main.add(x)
                            break
                if not main or found is None and s in main:
                    return said
                # "men who had sought safety ... were summarily executed", "people who were wounded later
                # died": the relative clause's verb or the main clause's, the gravest counts
                if found is None or said.measure.rank < found.measure.rank:  # type: ignore[union-attr]
                    found = said
                break
            if t[i] in rules.negations or t[i].endswith("n't"):
                negated = True
            elif t[i] in rules.auxiliaries or t[i] == "as" and rules.after.at(t, i + 1):
                auxiliary = True  # (and "listed 511 as killed and 321 as missing": what they are counted as)
            elif not (t[i].endswith("ly") and len(t[i]) > 4):
                if auxiliary and t[i].isalpha():  # "were rounded up and shot dead", "were chased by troops and killed"
                    joined = _joined_harm(t, i + 1, rules)
                    if joined is not None:
                        i = joined
                        continue
                break
            i += 1
    return found


def _kin_of_harmed(t: list[str], s: int, rules: Rules) -> bool:
    """ "relatives of the missing", "families of those killed": "of" and a determiner right before a harm word."""
    if t[s] != "of" or s + 2 >= len(t) or t[s + 1] not in ("the", "those"):
        return False
    return bool(rules.after.at(t, s + 2))


def _among_harmed(t: list[str], i: int, rules: Rules) -> tuple[int, Measure] | None:
    """ "(were) among the civilians killed", "among the intellectuals murdered that year": counted among people a
    harm is said of, a word or two after "among the": (tokens spanned, measure)."""
    if i + 3 >= len(t) or t[i + 1] not in ("the", "those"):
        return None
    if t[i + 2][0].isdigit():  # "(were) among the 20 killed", "among the 120 people detained": the harmed named
        # by their number, and perhaps a noun or two
        for j in range(i + 3, min(len(t), i + 6)):
            hit = rules.after.at(t, j)
            if hit and not hit[1].weak and not hit[1].contextual:  # type: ignore[union-attr]
                return j - i + hit[0], hit[1]  # type: ignore[return-value]
            if not t[j].isalpha() or t[j] in rules.stop:
                break
    for k in range(i + 2, min(len(t) - 1, i + 5)):
        if not t[k].isalpha() or t[k] in rules.stop:
            return None
        hit = rules.after.at(t, k + 1)
        if hit and not hit[1].weak and not hit[1].contextual:  # type: ignore[union-attr]
            return k + 1 + hit[0] - i, hit[1]  # type: ignore[return-value]
    return None


def _held_in(t: list[str], i: int, rules: Rules) -> tuple[int, Measure] | None:
    """ "(remained) in custody", "(stayed behind) in Kyrgyz custody", "in pre-trial detention": where people are held,
    a word or two after "in": (tokens spanned, measure)."""
    for k in range(i + 1, min(len(t), i + 4)):
        if t[k] in rules.held_in:
            return k + 1 - i, rules.held_in[t[k]]
        if not t[k].replace("-", "").isalpha() or t[k] in rules.stop and t[k] != "the":
            return None  # ("in pre-trial detention")
    return None


def _held_in_clause_end(t: list[str], i: int, rules: Rules) -> tuple[int, Measure] | None:
    """ "2,000 people in detention at the time", "11 journalists in custody.": where they are held, right after the
    counted noun with no verb, when no verb follows (not "300 people in the prison were killed")."""
    hit = _held_in(t, i, rules)
    after = t[i + hit[0]] if hit is not None and i + hit[0] < len(t) else "."
    if hit is None or after[:1].isalnum() and after not in _CLAUSE_GOES_ON:
        return None  # (and "40 people in the prison choir")
    return hit


# Words after "in custody" that go on with the same clause, with no verb of its own: "in detention at the time"
_CLAUSE_GOES_ON = frozenset(("at", "since", "for", "until", "without", "on", "in", "by", "after", "across",
                             "throughout", "awaiting", "pending", "today", "now", "still"))


def shared_later(doc: Doc, start: int, rules: Rules, by_start: dict[int, Qty]) -> Said | None:
    """ "over 32 children under the age of 10 and over 60 adults among the dead", "5 men, 3 women and 2 children
    were killed": counts joined by commas or "and", each with its noun, whose harm is said after the last.
    `start` is where the words after the first count's noun begin. The evidence stays with each count (`far`)."""
    toks = Tokens(doc.lower, start, start + 200)
    t, k = toks.t, 0
    for _ in range(4):
        if k >= len(t) or t[k] not in (",", "and"):
            return None
        k += 2 if t[k] == "," and k + 1 < len(t) and t[k + 1] == "and" else 1
        hit = rules.quals_before.at(t, k)
        if hit:
            k += hit[0]
        q = by_start.get(toks.start(k)) if k < len(t) else None
        if q is None:
            return None
        while k < len(t) and toks.start(k) < q.end:
            k += 1
        head = read_head(doc, q, toks, k, rules)
        if head is None or head.bare or head.partitive or head.noun is not None:
            return None  # "2,000 inhabitants and 300 were killed": a bare count says its own harm
        said = read_after(toks, head.k, rules)
        if said is not None:
            return None if said.negated or said.active else Said(said.measure, said.end, said.rule, far=True)
        k = head.k
    return None


def _with_harm(toks: Tokens, i: int, rules: Rules) -> Said | None:
    """ "patients with neurotoxic symptoms", "people with gunshot wounds": what they suffered, a word or two on."""
    t = toks.t
    for k in range(i, min(len(t), i + 3)):
        hit = rules.with_harm.at(t, k)
        if hit:
            return Said(hit[1], toks.end(k + hit[0] - 1), "en.figures.n_with_harm")  # type: ignore[arg-type]
        if not t[k].isalpha() or t[k] in rules.stop:
            return None
    return None


def _aside(t: list[str], s: int, starts: list[int]) -> None:
    """ ", most of them women, children and elderly people,", "- including children -", "(...)": the verb may
    follow the aside, or the aside may hold it."""
    close = ")" if t[s] == "(" else t[s]
    starts.append(s + 1)
    for i in range(s + 1, min(len(t), s + 24)):
        if t[i] == close:
            starts.append(i + 1)
        if t[i] in ".;:()":
            break


def _joined_harm(t: list[str], i: int, rules: Rules) -> int | None:
    """The index of a harm verb joined by "and" to the verb just read, a few words on ("detained at S-21 and
    executed", "arrested in the raid and later killed"), or None."""
    for k in range(i, min(len(t) - 1, i + 6)):
        if t[k] == "and":
            n = k + 1
            while n < min(len(t) - 1, k + 4) and (t[n] in rules.auxiliaries or t[n].endswith("ly")):
                n += 1  # "and later", "and were then"
            return n if rules.after.at(t, n) else None
        if not t[k][0].isalpha() or t[k] in rules.relatives or t[k] in rules.auxiliaries and t[k] != "to":
            return None  # ("taken to the woods and shot": "to" opens a place)
    return None


def _gravest(toks: Tokens, i: int, hit: tuple[int, object], rules: Rules) -> tuple[Measure, int]:
    """ "were deported, massacred, or marched to their deaths": joined verbs, the gravest counts; two harms joined
    as one count ("were killed or wounded") are both (`mixed`). Returns the measure and the token index after the
    last joined verb."""
    t = toks.t
    measure, i = hit[1], i + hit[0]
    said: list[Measure] = [measure]  # type: ignore[list-item]
    joiner: list[str] = []
    for _ in range(3):
        j = i
        while j < len(t) and t[j] in (",", "or", "and"):
            j += 1
        if j == i:
            break
        nxt = rules.after.at(t, j)
        if not nxt:
            break
        said.append(nxt[1])  # type: ignore[arg-type]
        joiner = t[i:j]
        if nxt[1].rank < measure.rank:  # type: ignore[union-attr]
            measure = nxt[1]
        i = j + nxt[0]
    if len(said) == 2 and len(joiner) == 1 and (both := mixed(said[0], said[1], joiner[0], rules)) is not None:
        return both, i
    later = _joined_harm(t, i, rules)  # "detained at S-21 and executed": the fate said last, if graver
    if later is not None:
        nxt = rules.after.at(t, later)
        if nxt[1].rank < measure.rank:  # type: ignore[index, union-attr]
            measure, i = nxt[1], later + nxt[0]  # type: ignore[index]
    return measure, i  # type: ignore[return-value]


def mixed(first: Measure, second: Measure, joiner: str, rules: Rules) -> Measure | None:
    """ "killed or wounded", "dead and injured", "killed or deported": one count of two harms, which may be added to
    neither: `other`, labelled with both, the graver first. None when the two are one harm ("killed or died"), told
    two ways ("arrested or abducted"), or joined by an "and" that makes them one fate after another ("detained and
    executed")."""
    pair = frozenset((first.measure, second.measure))
    if len(pair) < 2 or "other" in pair or first.contextual or second.contextual:
        return None
    if joiner == "or" and pair not in rules.one_harm or joiner == "and" and pair in rules.both_by_and:
        graver, lighter = sorted((first, second), key=lambda m: m.rank)
        return Measure("en.figures.mixed", "other", f"{graver.measure} or {lighter.measure}", rank=graver.rank)
    return None


def joined_before(t: list[str], i: int, measure: Measure, rules: Rules) -> tuple[int, Measure] | None:
    """ "killed or wounded at least 45", "killing and injuring 300": a verb before the number's own trigger (which
    starts at token i), joined to it as one count of two harms: (the tokens the first verb and the joiner span, the
    mixed measure), or None."""
    if i < 2 or t[i - 1] not in ("or", "and"):
        return None
    hit = rules.before.ending(t, i - 1)
    if not hit:
        return None
    both = mixed(hit[1], measure, t[i - 1], rules)  # type: ignore[arg-type]
    return (hit[0] + 1, both) if both is not None else None


def trigger_before_aside(t: list[str], j: int, rules: Rules) -> tuple[int, Measure] | None:
    """ "killed, by their count, nearly sixty people", "executed, witnesses said, at least 30 men": a verb of harm
    before an aside set off by commas, the count right after the aside (which ends at token j): (the tokens from
    the verb to the count, the measure), or None."""
    if j < 4 or t[j - 1] != ",":
        return None
    for k in range(j - 2, max(0, j - 9), -1):
        if t[k] == ",":
            hit = rules.before.ending(t, k)
            if not hit or k - 1 < 0 or not t[k - 1].endswith("ed"):
                return None
            return j - k + hit[0], hit[1]  # type: ignore[return-value]
        if not t[k].isalpha():
            return None
    return None


def read_parts(doc: Doc, toks: Tokens, start: int, rules: Rules,
           by_start: dict[int, Qty]) -> tuple[list[Part] | None, int]:
    """A breakdown after a total: ", including 106 women, 70 elderly people, and 63 children",
    "(130 male and 51 female, including 13 children)", ", of whom 68 were women", ", 5 of them children",
    ": 215 women, 194 men, five children". Returns the parts and the token index after them."""
    t = toks.t
    i, paren = start, False
    if i >= len(t):
        return None, start
    if t[i] not in ",(:" and not rules.list_openers.at(t, i):
        i = _after_phrase(doc, toks, i, rules, by_start)
        if i == start:
            return None, start
    i = _past_aside(toks, i, rules, by_start)
    if i < len(t) and t[i] == ",":
        i += 1
    if i < len(t) and t[i] == "(":
        paren, i = True, i + 1
    shared = _bracketed_share(toks, i, by_start, rules)
    if shared:
        i = shared  # "the majority of them (60) women": a share, then its number in brackets
    opener = () if shared else rules.list_openers.at(t, i)
    colon = bool(opener) and t[i] == ":"
    if opener:
        i += opener[0]
        if t[i - 1] == "-" and (again := rules.list_openers.at(t, i)):
            i += again[0]  # "- among them 40 women -", "- including 40 women and 12 children -"
        if i < len(t) and t[i] in _BE and t[i - 1] in ("whom", "which", "them"):
            i += 1  # "among whom were forty women", "among them were 40 women"
        if i + 1 < len(t) and t[i] == "the" and toks.start(i + 1) in by_start:
            i += 1  # "among them the 40 men who had guarded the bridge": a part named as known
    elif not (paren or shared or _of_them(toks, i, by_start)):
        return None, start
    clausal = bool(opener) and t[i - 1] in ("whom", "which")  # "of whom 68 were women": each part may have a verb
    parts: list[Part] = []
    nested = False  # after "among them" inside the list: parts of the part before
    joined = False  # the part before was joined by "and": "130 male and 51 female, including 13 children" are of both
    while i < len(t):
        qualifier, at, first = None, toks.start(i), i
        remains = rules.noun_before.at(t, i)
        if remains and parts:
            i += remains[0]  # "..., plus the remains of 11 people": the part is named by what is left of them
        hit = rules.quals_before.at(t, i)
        if hit:
            qualifier, i = str(hit[1]), i + hit[0]
        q = by_start.get(toks.start(i)) if i < len(t) else None
        if q is None:
            break
        while i < len(t) and toks.start(i) < q.end:
            i += 1
        if shared and not parts:
            i += 1  # past the bracket that closes the number
        of_them = i + 1 < len(t) and t[i] == "of" and t[i + 1] in ("them", "whom", "which")
        if parts and not (of_them or opener or paren):
            break  # "22 soldiers killed, 13 of them by friendly fire, and 4 police officers died": a clause of its own
        if of_them:
            i += 2  # "8 people, 5 of them children"; "16,722 people, 13,964 of them in Bosnia"
        if i < len(t) and t[i] in _BE and (of_them or clausal):
            i += 1  # "of whom 68 were women" (not "including 40 women, and 200 were wounded": a clause of its own)
        head = read_head(doc, q, toks, i, rules)
        if head is not None and head.bare and not of_them and (opener or parts) and rules.prepositions.at(t, head.k):
            pass  # "of whom 4,421 in the Katyn forest, 3,820 from the Starobelsk camp": the noun is the total's
        elif head is not None and head.bare and paren and head.k < len(t) and (
                rules.prepositions.at(t, head.k) or t[head.k] in rules.time_adverbs
                or rules.time_openers.at(t, head.k)):
            pass  # "14 dead (13 on the day, 1 later)": when each part was harmed
        elif head is None or (head.bare and not of_them):
            break
        elif of_them and head.bare and t[first + 2 : first + 3] != ["them"] and head.k < len(t) \
                and (rules.after.at(t, head.k) or t[head.k] in rules.auxiliaries):
            break  # "430 passengers, 312 of whom drowned": a clause of the part's own, whose verb is not the total's
        within = nested or of_them and bool(parts) and t[first - 1] == ","  # "10 patients, three of whom"
        parts.append(Part(q, head, qualifier or q.qualifier, at, within))
        i = j = head.k
        while j < len(t) and t[j] not in (",", ")", ";", ".") and j - i < 10 and not toks.t[j][0].isdigit() \
                and not rules.list_separators.at(t, j):
            j += 1  # "11 people whose sex could not be determined"
        if j < len(t) and (t[j] == "," or t[j] == ";" and colon):  # ": 67 killed ...; 40 seen dead ...; and 49"
            j += 1
            nested = False  # "425 civilians, among them five children, and 22 servicemen": back to the total
        sep = rules.list_separators.at(t, j)
        if sep:
            j += sep[0]
            opens = bool(rules.list_openers.at(t, j - sep[0]))
            nested = nested or opens and not joined  # "425 civilians, among them five children"
            joined = not opens and t[j - 1] == "and" and t[j - 2] != ","
        if j == i or j >= len(t) or not (toks.start(j) in by_start or rules.quals_before.at(t, j)
                                         or rules.noun_before.at(t, j)):
            break
        i = j
    if not parts:
        return None, start
    end = parts[-1].head.k
    if paren and end < len(t) and t[end] == ")":
        end += 1
    return parts, end


_YEAR_LIKE = re.compile(r"(?:1[6-9]|20)[0-9]{2}")


def _bracketed_share(toks: Tokens, i: int, by_start: dict[int, Qty], rules: Rules) -> int:
    """ "the majority of them (60) women", "about half of them (47) children": the token index of the number after
    a share of the total and an opening bracket (the number closed by one right after it), or 0."""
    t, k = toks.t, i
    while k < len(t) and t[k] in rules.share_hedges:
        k += 1
    if not (k + 5 < len(t) and t[k] in rules.shares and t[k + 1 : k + 4] == ["of", "them", "("]) \
            or _YEAR_LIKE.fullmatch(t[k + 4]):  # (not "(2015)": a year)
        return 0
    q = by_start.get(toks.start(k + 4))
    close = k + 4
    while q is not None and close < len(t) and toks.start(close) < q.end:
        close += 1
    return k + 4 if q is not None and t[close : close + 1] == [")"] else 0


def _past_aside(toks: Tokens, i: int, rules: Rules, by_start: dict[int, Qty]) -> int:
    """ "killed 95 people, officials said, including 40 women", "95 people, most of them civilians, including":
    the comma that opens the breakdown after a short aside with no count and no harm in it, or `i`."""
    t = toks.t
    if t[i] != "," or rules.list_openers.at(t, i + 1):
        return i
    for k in range(i + 1, min(len(t) - 1, i + 7)):
        if t[k] == ",":
            return k if k > i + 1 and rules.list_openers.at(t, k + 1) else i
        if not t[k].isalpha() or toks.start(k) in by_start or rules.before.at(t, k) or rules.after.at(t, k) \
                or t[k] in rules.auxiliaries and t[k] not in ("said", "reported", "confirmed"):
            return i
    return i


def _after_phrase(doc: Doc, toks: Tokens, start: int, rules: Rules, by_start: dict[int, Qty]) -> int:
    """ "504 victims from My Lai and the nearby hamlet of My Khe, among them ...", "420 bodies were exhumed,
    of which ...": the token where a breakdown opens after a phrase of place or time, or after a verb that
    states no harm, or `start`."""
    t = toks.t
    verb = t[start] in rules.auxiliaries  # "were exhumed", "had been found"
    if not verb and not rules.prepositions.at(t, start) and t[start] != "between" \
            and not rules.time_openers.at(t, start):  # "were killed that day: about 190 men, ..."
        return start
    for i in range(start + 1, min(len(t) - 1, start + 16)):
        if (t[i] == "," and (rules.list_openers.at(t, i + 1) or _of_them(toks, i + 1, by_start))) or t[i] == ":":
            return i
        if t[i] == "(" and verb and toks.start(i + 1) in by_start:
            return i  # "447 bodies were recovered (425 civilians and 22 servicemen)"
        if verb and t[i] in rules.auxiliaries and t[i - 1] in rules.auxiliaries or t[i - 1] == "in" and t[i] == "all":
            continue  # "had been found", "340 victims from the village in all: ..."
        if t[i] in ".;()" or t[i] in rules.relatives and t[i + 1] not in rules.time_nouns or rules.after.at(t, i) \
                or t[i] in rules.auxiliaries and not doc.norm[toks.start(i)].isupper():  # "in April and May 1940"
            return start  # (but "in the village that day, among them": a phrase of time)
    return start


def _of_them(toks: Tokens, i: int, by_start: dict[int, Qty]) -> bool:
    """ "8 people, 5 of them children": a part named by "of them" with no opener."""
    q = by_start.get(toks.start(i)) if i < len(toks) else None
    if q is None:
        return False
    k = i
    while k < len(toks) and toks.start(k) < q.end:
        k += 1
    return k + 1 < len(toks) and toks.t[k] == "of" and toks.t[k + 1] in ("them", "whom")


def read_subject(left: Tokens, j: int, rules: Rules) -> Measure | None:
    """ "the victims were", "among the dead were", "the victims, killed between 24 February and 6 April, were":
    the harmed named as the subject of the count."""
    if not left.t or not rules.subject_links.ending(left.t, j):
        return None
    hit = rules.subjects.ending(left.t, j)
    if hit:
        return hit[1]  # type: ignore[return-value]
    link = rules.subject_links.ending(left.t, j)[0]  # type: ignore[index]
    i = j - link
    if i >= 3 and left.t[i - 3] == "the" and left.t[i - 2][:1].isdigit():
        hit = rules.subjects.ending(left.t[: i - 2] + left.t[i - 1 : j], j - 1)
        if hit:
            return hit[1]  # type: ignore[return-value]  # "The 95 dead included 40 women": the total, restated
    if i >= 4 and left.t[i - 4] in rules.toll_nouns and left.t[i - 3] == "of" and left.t[i - 2][:1].isdigit():
        hit = rules.subjects.ending(left.t[: i - 3] + ["the"] + left.t[i - 1 : j], j - 1)
        if hit:
            return hit[1]  # type: ignore[return-value]  # "The toll of 95 dead included 40 women": the same
    for k in range(i - 2, max(0, i - 6), -1):  # "the dead at Cassinga included", "those killed in the raid were"
        if not left.t[k].isalpha() or left.t[k] in rules.auxiliaries or left.t[k] in rules.relatives:
            break
        if rules.prepositions.at(left.t, k):
            hit = rules.subjects.ending(left.t[:k] + left.t[i:j], k + link)
            if hit:
                return hit[1]  # type: ignore[return-value]
    if i < 2 or left.t[i - 1] != ",":
        return None
    for k in range(i - 2, max(0, i - 16), -1):  # back over the aside to its opening comma
        if left.t[k] in ".;:()":
            return None
        if left.t[k] == ",":
            hit = rules.subjects.ending(left.t[:k] + left.t[i : j], k + link)
            return hit[1] if hit else None  # type: ignore[return-value]
    return None


def governing_qualifier(doc: Doc, left: Tokens, j: int, rules: Rules) -> str:
    """ "estimated that 3,100 were killed, and that 6,800 were kidnapped": the second clause is estimated too."""
    sentence = doc.sentence_at(left.start(j - 1))[0]
    words = Tokens(doc.lower, max(sentence, left.start(j - 1) - 200), left.start(j - 2))
    for i in range(len(words), 1, -1):
        if words.t[i - 1] == "that":
            hit = rules.quals_before.ending(words.t, i)
            if hit and hit[0] > 1:
                return str(hit[1])
    return "exact"
