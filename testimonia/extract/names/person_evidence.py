"""Why a name-like run names a person: the words around it.

A speech verb or an appositive title after it, a role noun, a speech cue or an
age before it, a label, a possessive, a relative "who".
"""

from __future__ import annotations

import re

from testimonia.extract.names.lexicon import NameLexicon
from testimonia.extract.names.text import WORD, unprefixed

# A second name a person goes by, written after the first: "Kaing Guek Eav, better known as Duch,".
ALIAS = re.compile(rf", (?:(?:better|also|commonly|widely) known as|alias) (?P<a>{WORD})(?=[,.;)]| who\b)")


def name_evidence(norm: str, s: int, e: int, lex: NameLexicon) -> tuple[str | None, str | None]:
    """Why the capitalised words at [s, e) name a person, and the title the text gives."""
    if lex.named_after.match(norm, e):
        return None, None  # "the Alpha Yaya Diallo camp": a place named after a person
    before = norm[max(0, s - 60) : s].split()
    role = _role_before(before, lex)
    nxt = norm[e : e + 1]
    if nxt == " " and lex.after_verb.match(norm, e):
        return "speech_verb", role
    if nxt == ",":
        a = lex.appositive.match(norm, e)
        if lex.after_verb.match(norm, a.end() + 1 if a and norm[a.end() : a.end() + 1] == "," else e + 1):
            if a:
                return "speech_verb", a.group("t")
            if not role and before and before[-1].endswith(","):
                role = _title_apposed(before, lex)  # "the US Secretary of State, Colin Powell, told"
            return "speech_verb", role
        if a:
            return "appositive", a.group("t")
        if lex.age.match(norm, e):
            return "age", role
        if (j := _interposed_end(norm, e)) and lex.after_verb.match(norm, j):
            return "speech_verb", role  # "X, in a 2011 book, argued", "X, representing the families, said"
    if nxt == " " and lex.age.match(norm, e):
        return "age", role  # "X (43) lost two sons"
    if before and (_AGED.fullmatch(before[-1]) or len(before) > 1 and _AGED.fullmatch(before[-2])
                   and before[-1].isalpha() and before[-1].islower()):
        return "age", role  # "the 56-year-old blacksmith X": an age and a trade before the name
    if len(before) > 2 and before[-1] == "as" and before[-2] == "such" and _singular(before[-3].lower()) in lex.roles:
        return "role_peers", None  # "survivors such as X", "journalists such as X": one of the role's holders
    if norm.startswith(" and other ", e) and (p := _PLURAL_WORD.match(norm, e + 11)) is not None \
            and _singular(p.group()) in lex.roles:
        return "role_peers", None  # "X and other chiefs met the governor"
    if role:
        return "role_before", role
    if before and before[-1].endswith(":") and _label_role(norm, s, lex):
        return "label", None  # "Commander: X", "Judges: X, Y and Z" in an infobox or a case header
    if nxt == "," and ALIAS.match(norm, e):
        return "alias", role  # "Kaing Guek Eav, better known as Duch"
    if nxt == "," and before and before[-1].endswith(","):
        if len(before) > 1 and unprefixed(before[-1][:-1].lower()) in lex.roles and (
                before[-2].lower() in lex.articles_lower or before[-2].endswith("'s")):  # "Telvik's wife, X,"
            return "role_apposition", before[-1][:-1]  # "Her husband, Domingo Claros, died"
        if lex.person_after.match(norm, e + 1):
            return "person_verb", None  # "The only one taken alive, Musa Bekov, was sentenced"
    if nxt == " " and norm.startswith(" of ", e) and _affiliation_then_verb(norm, e, lex):
        return "speech_verb", None  # "Lidia Marzec of the Families' Association told reporters"
    if before:
        last = before[-1].rstrip(",").lower()
        prev = before[-2].lower().lstrip("([\"'") if len(before) > 1 else ""  # "(Reporting by X"
        if last in lex.verbs or last in lex.according or f"{prev} {last}" in lex.according or (
            last in lex.noun_links and prev in lex.cue_nouns
        ):
            return "speech_cue", None
        if last in lex.person_before or f"{prev} {last}" in lex.person_before:
            return "person_verb", None
        if (last in lex.place_cues or f"{prev} {last}" in lex.place_cues) and not norm.startswith("'s", e):
            return None, None  # "in Baghanis Ayrim": a place, unless a title or a verb says otherwise
        if before[-1].endswith(",") and (title := _title_apposed(before, lex)
                                         or _mandate_apposed(norm[max(0, s - 140) : s].split(), lex)):
            return "title_apposition", title  # "the National Commissioner of Police, Riah Phiyega," 
    if nxt == " " and lex.person_after.match(norm, e):
        return "person_verb", None
    if nxt == "'" and lex.possession.match(norm, e):
        return "possession", None  # "X's brother was taken away", "X's testimony"
    if norm.startswith(", who", e):
        return "relative_who", None
    return "given_name", None


_AGED = re.compile(r"\d{1,3}-year-old")
_PLURAL_WORD = re.compile(r"[a-z]+s\b")


def _singular(word: str) -> str:
    """A plural role as the roles list writes it: "chiefs" -> "chief", "witnesses" -> "witness"."""
    if word.endswith(("sses", "ches", "shes")):
        return word[:-2]
    return word[:-3] + "y" if word.endswith("ies") else word[:-1]


def _label_role(norm: str, s: int, lex: NameLexicon) -> bool:
    """Whether the line holding `s` opens with a role as a label, "Commander:", "Presiding judge:",
    "Perpetrators:", and the name follows the label's colon."""
    line = norm[norm.rfind("\n", 0, s) + 1 : s].rstrip()
    if not line.endswith(":"):
        return False
    label = line[:-1].strip(" \t-*\u2022|").lower()
    if not label or len(label.split()) > 3:
        return False
    return label in lex.roles or label[:-1] in lex.roles or label.endswith("es") and label[:-2] in lex.roles


# A lower-case phrase between commas after a name: "X, in a 2011 book, argued". Not a noun
# phrase ("Tutela Legal, the archdiocese's legal office, said" names a body) nor a "which" clause.
_INTERPOSED = re.compile(r", (?!(?:the|a|an|its|which|whose)\b)[a-z][^,.;:!?()\"\u201c\u201d\n]{2,70},")


def _interposed_end(norm: str, e: int) -> int:
    """Where the text goes on after a lower-case phrase set off by commas right after `e`; 0 if none."""
    m = _INTERPOSED.match(norm, e)
    return m.end() if m else 0


_AFFILIATION_STOP = re.compile(r"[,.;:()\"\u201c\u201d]")


def _affiliation_then_verb(norm: str, e: int, lex: NameLexicon) -> bool:
    """ "X of the Mothers of Beslan committee told": an "of" phrase naming the body a
    person speaks for (capitalised words and at most two lower-case ones) and a speech verb."""
    seg = norm[e + 4 : e + 84]
    if (cut := _AFFILIATION_STOP.search(seg)) is not None:
        seg = seg[: cut.start()]
    lower = 0
    pos = e + 4
    for k, w in enumerate(seg.split(" ")):
        if k and w[:1].isupper() is False and lex.after_verb.match(norm, pos - 1):
            return True
        if not w[:1].isupper() and w.lower() not in lex.articles_lower and w not in ("of", "and", "for"):
            lower += 1
            if lower > 2 or k == 0:
                return False
        pos += len(w) + 1
    return False


def _role_before(before: list[str], lex: NameLexicon) -> str | None:
    """The role noun right before a name, with its modifiers: "Bosnian Serb military commander"."""
    for n in (3, 2, 1):
        if len(before) >= n and unprefixed(" ".join(before[-n:]).lower()) in lex.roles:
            if n == 1 and before[-1] in lex.adjective_roles and len(before) > 1 \
                    and before[-2].lower() in lex.articles_lower:
                return None  # "the official Single Register of Victims": an adjective, no role
            k = len(before) - n
            while k > 0 and len(before) - k < n + 4 and (
                before[k - 1] in lex.role_words or before[k - 1][:1].isupper() and _PLAIN.fullmatch(before[k - 1])
            ):
                k -= 1
            return lex.determiner.sub("", " ".join(before[k:]))
    return None


_PLAIN = re.compile(r"[\w'-]+")


def _title_apposed(before: list[str], lex: NameLexicon) -> str | None:
    """The title phrase a name stands in apposition to, "the US Secretary of State, Colin Powell":
    from a determiner to the comma, capitalised words and links, holding a title or role word."""
    words = before[-9:]
    words[-1] = words[-1][:-1]
    for k in range(len(words) - 2, -1, -1):
        w = words[k]
        if w in lex.apposition_articles:
            chunk = words[k + 1 :]
            if all(x[:1].isupper() or x in lex.title_words for x in chunk) and any(
                x in lex.titles or x.lower() in lex.roles for x in chunk
            ):
                return " ".join(chunk)
        if not (w[:1].isupper() or w in lex.title_words):
            return None
    return None


def _mandate_apposed(before: list[str], lex: NameLexicon) -> str | None:
    """A title whose mandate runs on in lower case before an apposed name: "the Special
    Rapporteur on the situation of human rights in Burundi, X,". The title's capitalised
    words, then "on", "for", "of" or "to" and words with no punctuation and no speech verb."""
    words = before[-16:]
    words[-1] = words[-1][:-1]
    for k in range(len(words) - 2, -1, -1):
        w = words[k]
        if any(ch in w for ch in ",.;:()\"") or w.lower() in lex.verbs:
            return None
        if w in lex.apposition_articles:
            chunk = words[k + 1 :]
            j = 0
            while j < len(chunk) and chunk[j][:1].isupper():
                j += 1
            if j == 0:
                continue  # "on the situation": an article inside the mandate
            if j < len(chunk) - 1 and chunk[j] in _MANDATE_LINKS and any(x in lex.titles for x in chunk[:j]):
                return " ".join(chunk)
            return None
    return None


_MANDATE_LINKS = frozenset(("on", "for", "of", "to"))
