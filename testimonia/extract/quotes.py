"""Quotations and who said them.

Find, then write. Quotation marks are paired on the normalised text (curly
marks in the original tell an opening from a closing one; straight marks are
told apart by the spaces around them). For each quotation, the speaker is
looked for where English puts it: right after the closing mark ('"...," X
said', '"...," said X', '"...," according to X'); before the opening mark in
the same sentence ('X said that "..."', 'the statement of X, who ..., that
"..."', 'according to X, "..."', 'X: "..."'); or a quotation joined to the
previous one by "and" shares its speaker. A pronoun stands for the last person
named before it, "the organisation" for the last organisation. Scare quotes
("so-called"), names ('known as "Chemical Ali"') and quoted titles are not quotes.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

from testimonia.extract.doc import Doc
from testimonia.extract.lexicon import load
from testimonia.extract.names import Mentions, flat, trie
from testimonia.extract.names import _lexicon as names_lexicon
from testimonia.model.facts import Actor, Quote, Span

# A quotation of fewer words is a scare quote or a term unless a speaker is stated right beside it.
_MIN_WORDS = 4


@dataclass(slots=True)
class _Grammar:
    lang: str
    post: re.Pattern
    cue: re.Pattern
    direct: re.Pattern
    pronoun: re.Pattern
    scare: re.Pattern
    name_before: re.Pattern
    joined: re.Pattern
    goes_on: re.Pattern
    aside: re.Pattern
    described: re.Pattern
    role_between: re.Pattern
    person_pronouns: frozenset[str]
    group_pronouns: frozenset[str]
    org_pronouns: frozenset[str]
    small_words: frozenset[str]
    single: re.Pattern
    naming: re.Pattern
    org_noun: re.Pattern
    subject_before: re.Pattern
    clause_end: re.Pattern
    determiner_before: re.Pattern
    described_after: re.Pattern
    issuers: dict[str, tuple[str, ...]]  # "judgment" -> ("tribunal", "court", "chamber")


@cache
def _grammar(language: str) -> _Grammar:
    speech = load(language, "speech_verbs")
    titles = load(language, "titles")
    # "found" and its like report words only with the quotation right after them, which is all a cue reads
    verbs = trie(flat(speech["verbs"]) + speech["quote_verbs"])
    nouns = trie(flat(speech["nouns"]))
    according = trie(speech["according"] + [w[:1].upper() + w[1:] for w in speech["according"]])
    aux = trie(speech["auxiliaries"])
    role_words = {r.lower() for r in flat(titles["roles"]) + flat(titles["titles"])}
    roles = trie(role_words | {" ".join(w[:1].upper() + w[1:] for w in r.split()) for r in role_words})
    adjs = trie(titles["modifiers"] + titles["role_adjectives"])
    pronouns = trie(speech["pronouns"]["person"] + speech["pronouns"]["group"])
    org_pronouns = trie(speech["pronouns"].get("organization", []))
    name = names_lexicon(language).name
    articles = trie(titles["determiners"])
    body_nouns = speech["org_nouns"] + list(speech["document_nouns"])  # "the judgment" speaks for the court named last
    org_nouns = trie(body_nouns + [w[:1].upper() + w[1:] for w in body_nouns])
    # "the TASS communiqué said": a statement of a named body speaks for it
    who = rf"(?:{pronouns}|(?:{articles}) (?:{adjs} ){{0,3}}{roles}|(?:{articles} )?{name}(?:'s)? (?:{nouns})\b|{name})"
    return _Grammar(
        lang=language,
        post=re.compile(
            rf"\s*,?\s*(?:(?P<v1>{verbs})\s+(?P<who1>{who})"
            rf"|(?P<who2>{who})(?P<aside>,[^,\"\n]{{1,80}},)?\s+(?:{aux}\s+)*(?P<v2>{verbs})\b"
            rf"|(?:{according})\s+(?P<who3>{who}))"
        ),
        cue=re.compile(rf"\b(?:(?P<verb>{verbs})|(?P<noun>{nouns})|(?P<acc>{according}))\b|(?P<colon>:)\s*$"),
        direct=re.compile(rf"(?<![\w-])(?:{verbs})(?: (?:{trie(speech['direct_tails'])}))?[,:]?\s*$"),
        pronoun=re.compile(rf"\b(?:{pronouns}|{org_pronouns}(?= (?:{verbs})\b))\b"),
        scare=re.compile(rf"(?<![\w-])(?:{trie(speech['scare_markers'])})\s*$"),
        name_before=re.compile(rf"(?<![\w-])(?P<n>{name})\s+(?:(?:{aux})\s+)*$"),
        joined=re.compile(rf"\s*[,;]?\s*(?:{trie(speech['joiners'])})?\s*"),
        goes_on=re.compile(rf"\s*,?\s*(?:{who}\s+(?:{aux}\s+)*(?:{verbs})|(?:{verbs})\s+{who})[^\"]*?[.,:;]\s*"),
        aside=re.compile(rf", (?:{trie(speech['aside_openers'])}|\d+)\b[^,\n]{{0,120}},"),
        described=re.compile(rf"(?:{articles}) (?:{adjs} ){{0,3}}{roles}$"),
        role_between=re.compile(rf"(?:'s)?(?: [\w-]+){{0,3}}? {roles}\b"),
        person_pronouns=frozenset(p.lower() for p in speech["pronouns"]["person"]),
        group_pronouns=frozenset(p.lower() for p in speech["pronouns"]["group"]),
        org_pronouns=frozenset(p.lower() for p in speech["pronouns"].get("organization", [])),
        small_words=frozenset(speech["title_small_words"]),
        # The words of a single-quoted quotation, from just after its opening mark.
        single=re.compile(r"(?=[^\W\d_])(?:[^'\"\n]|(?<=[^\W\d_])'(?=[^\W\d_])){1,400}?[\w.,!?]'(?![\w'])"),
        naming=re.compile(rf"(?<![\w-])(?:{trie(speech['naming_markers'] + [w[:1].upper() + w[1:] for w in speech['naming_markers']])})\s*$"),
        org_noun=re.compile(rf"(?:{articles}) (?:{adjs} ){{0,3}}(?P<noun>{org_nouns})$"),
        subject_before=re.compile(
            rf"(?<![\w-])(?P<n>(?:{articles}) (?:{adjs} ){{0,3}}(?:{roles}|{org_nouns}))\s+(?:(?:{aux})\s+)*$"
        ),
        # after the verb of a new sentence's "X said": the clause ends, or a place or time follows
        clause_end=re.compile(r"\s*(?:[.,;:]|(?:in|on|at|to|during|after|before|when|as|from|later|afterwards|then)\b)"),
        issuers={k.lower(): tuple(v) for k, v in speech["document_nouns"].items()},
        described_after=re.compile(rf"\s+(?P<n>(?:{articles}) (?:{adjs} ){{0,3}}(?:{roles}|{org_nouns}))\b"),
        determiner_before=re.compile(rf"(?<![\w-])(?:{articles}|this|these|that|those)\s*$"),
    )


@dataclass(slots=True)
class _Found:
    open: int  # offset of the opening mark
    close: int  # offset of the closing mark
    single: bool
    speaker: Actor | None = None
    speaker_name: str | None = None
    rule: str | None = None
    strict: bool = False  # the speaker stands right beside the quotation
    title: bool = False  # the quoted words name a document: 'the statement of X of 26 November 2010 "On ..."'


def find_quotes(doc: Doc, persons: list[Actor], organizations: list[Actor] | None = None) -> list[Quote]:
    """Every quotation in `doc` with its speaker (an Actor of `persons`/`organizations`, or None)."""
    if '"' not in doc.norm and "'" not in doc.norm:
        return []
    g = _grammar(doc.language)
    found = _marks(doc, g)
    if not found:
        return []
    actors = list(persons) + list(organizations or [])
    mentions = Mentions(doc, actors)
    previous: _Found | None = None
    quotes: list[Quote] = []
    for q in found:
        if g.scare.search(doc.norm, max(0, q.open - 12), q.open):
            continue  # 'the so-called "free corridor"'
        if g.naming.search(doc.norm, max(0, q.open - 24), q.open):
            continue  # 'known as "Chemical Ali"', 'the law "On the Holodomor"': a name, a title
        _attribute(doc, g, q, previous, mentions)
        if q.rule is not None and _keep(doc, g, q):  # words no one is said to speak are no one's claim
            s, e = _inner(doc.norm, q)
            quotes.append(
                Quote(span=Span(s, e), rule=q.rule or f"{g.lang}.quotes.unattributed", text=doc.text[s:e],
                      speaker=q.speaker, speaker_name=q.speaker_name)
            )
            previous = q  # marks that hold no quotation do not cut the next one's sentence
    return quotes


# --------------------------------------------------------------------------- marks


def _marks(doc: Doc, g: _Grammar) -> list[_Found]:
    """Pairs of quotation marks, double ones first, single ones outside them."""
    norm, text = doc.norm, doc.text
    pairs: list[_Found] = []
    pending = None
    i = norm.find('"')
    while i != -1:
        if pending is not None and (nl := norm.find("\n", pending, i)) != -1:
            # A quotation running on into the next paragraph leaves its first paragraph
            # unclosed and opens the next with a mark: the first paragraph is quoted words.
            if norm[nl:i].isspace():
                pairs.append(_Found(pending, nl, False))
            pending = None
        ch = text[i]
        if ch in "\u201c\u201e":
            opening = True
        elif ch == "\u201d":
            opening = False
        else:
            prev = norm[i - 1] if i else " "
            nxt = norm[i + 1] if i + 1 < len(norm) else " "
            opening = not nxt.isspace() if pending is None else prev.isspace() and not nxt.isspace()
        if opening:
            pending = i
        elif pending is not None:
            pairs.append(_Found(pending, i, False))
            pending = None
        i = norm.find('"', i + 1)
    if "'" in norm:
        inside = [(p.open, p.close) for p in pairs]
        for lead in (" '", "\n'", "('"):
            i = norm.find(lead)
            while i != -1:
                s = i + 1
                m = g.single.match(norm, s + 1)
                k = bisect.bisect_right(inside, (s, len(norm))) - 1
                if m and not (k >= 0 and inside[k][0] < s < inside[k][1]):
                    pairs.append(_Found(s, m.end() - 1, True))
                i = norm.find(lead, i + 1)
        if norm.startswith("'") and (m := g.single.match(norm, 1)):
            pairs.append(_Found(0, m.end() - 1, True))
        pairs.sort(key=lambda p: p.open)
    return pairs


def _inner(norm: str, q: _Found) -> tuple[int, int]:
    s, e = q.open + 1, q.close
    while s < e and norm[s].isspace():
        s += 1
    while e > s and norm[e - 1].isspace():
        e -= 1
    return s, e


# --------------------------------------------------------------------------- speakers


def _attribute(doc: Doc, g: _Grammar, q: _Found, previous: _Found | None, mentions: Mentions) -> None:
    norm = doc.norm
    s, e = _inner(norm, q)
    after = norm[q.close + 1 : q.close + 160]
    # After the closing mark: '"...," X said' / '"...," said X' / '"...," according to X'.
    ends_clause = norm[e - 1 : e] in ",?!" or after[:1] == "," or (after[:1] == " " and after[1:2].islower())
    m = g.post.match(after) if ends_clause else None
    if m and m.group("who2") and norm[e - 1 : e] in "?!" and after[:1] == " " and after[1:2].isupper() and not (
        g.clause_end.match(after, m.end("v2"))
    ):
        m = None  # '"... anything?" Human Rights Watch later published the transcript.': a new sentence
    if m:
        key = "who1" if m.group("who1") else "who2" if m.group("who2") else "who3"
        ws, we = q.close + 1 + m.start(key), q.close + 1 + m.end(key)
        if key == "who2" and m.group("aside"):
            # '"...," a resident, Olena Sukhenko, recalled': the name in the aside is the speaker.
            named = mentions.within(q.close + 1 + m.start("aside"), q.close + 1 + m.end("aside"))
            if named:
                ws, we = named[0][0], named[0][1]
        rule = "according_to" if key == "who3" else "said_after"
        if _set_speaker(doc, g, q, ws, we, mentions, rule):
            q.strict = True
            return

    # Before the opening mark, in the same sentence (or the sentence ending in a colon before it).
    seg_start = doc.sentence_at(q.open)[0]
    if seg_start == q.open:
        k = q.open - 1
        while k > 0 and norm[k].isspace():
            k -= 1
        if norm[k] == ":":
            seg_start = doc.sentence_at(k)[0]
    if previous is not None and previous.close >= seg_start:
        seg_start = previous.close + 1
    seg_start = _item_start(norm, seg_start, q.open)
    if _before(doc, g, q, seg_start, mentions):
        return

    # Joined to the previous quotation ('"..." and "..."'), or going on after its
    # attribution ('"...," she said. "..."'): the same speaker.
    if previous is not None and previous.rule and (previous.speaker or previous.speaker_name):
        gap = norm[previous.close + 1 : q.open]
        if g.joined.fullmatch(gap):
            rule = "chained"
        elif previous.strict and len(gap) < 120 and "\n" not in gap and g.goes_on.fullmatch(gap):
            rule = "continued"
        else:
            return
        q.speaker, q.speaker_name = previous.speaker, previous.speaker_name
        q.rule = f"{g.lang}.quotes.{rule}"


_ITEM = re.compile(r"\n[ ]*(?:[-*\u2022]|\d{1,3}[.)])[ ]+")


def _item_start(norm: str, lo: int, hi: int) -> int:
    """Where the list item holding `hi` starts, when a bulleted or numbered line opens after `lo`:
    an item is a sentence of its own, whatever punctuation the one before it ends with."""
    nl = norm.rfind("\n", lo, hi)
    while nl != -1:
        if (m := _ITEM.match(norm, nl)) is not None:
            return m.end()
        nl = norm.rfind("\n", lo, nl)
    return lo


def _before(doc: Doc, g: _Grammar, q: _Found, seg_start: int, mentions: Mentions) -> bool:
    """A speaker named before the quotation: 'X said that', 'the statement of X, who ..., that'."""
    norm = doc.norm
    seg = norm[seg_start : q.open]
    cues = list(g.cue.finditer(seg))
    if not cues:
        return False
    # Asides (", who leads the Mothers of Srebrenica association,") name no speaker and hold no cue.
    asides = [(seg_start + a.start(), seg_start + a.end()) for a in g.aside.finditer(seg)] if "," in seg else []
    cues = [c for c in cues if not _inside(seg_start + c.start(), asides)]
    if not cues:
        return False
    c = cues[-1]
    colon = bool(c.group("colon"))
    if colon:
        # "X said:", "X told Reuters:" read as "X said"; the speaker is the verb's subject.
        # With no verb, a noun of saying ("A cable sent by X ... put it so:") names the speaker.
        c = next((v for v in reversed(cues) if v.group("verb")), None) or next(
            (v for v in reversed(cues) if v.group("noun")), c)
        colon = True
    cs, ce = seg_start + c.start(), seg_start + c.end()
    # Who is named in the segment: actors, and pronouns (actor None), outside the asides.
    named = [(s, e, a) for s, e, a in mentions.within(seg_start, q.open) if not _inside(s, asides)]
    named += [(m.start(), m.end(), None) for m in g.pronoun.finditer(norm, seg_start, q.open) if not _inside(m.start(), asides)]
    named.sort(key=lambda n: n[0])
    before = [n for n in named if n[1] <= cs]
    after = [n for n in named if n[0] >= ce]
    if c.group("verb") or c.group("colon"):
        hit = before[-1] if before else None
        if c.group("verb") and (owner := _noun_owner(norm, seg_start, cues, c, before)):
            hit = owner  # "The report of the Mission, led by Ake Sellstrom, found": the report speaks for the Mission
        if hit is None and c.group("verb"):
            # "The commission found that Defence Minister Ariel Sharon bore": the subject before the verb
            # speaks; a name after it is the speaker only when none stands there ("said Ariel Sharon")
            hit = _described_before(doc, g, seg_start, cs) or (after[0] if after else _name_before(doc, g, seg_start, cs))
        elif hit is not None and hit[1] < cs and (role := g.role_between.match(norm, hit[1], cs)):
            # "the UN human rights chief called it": the speaker is the chief, not the UN.
            q.speaker, q.speaker_name = None, doc.text[hit[0] : role.end()]
            q.rule = f"{g.lang}.quotes.said_before"
            return True
        rule = "colon" if c.group("colon") else "said_before"
    else:
        hit = after[0] if after else before[-1] if before else None
        if hit is None and c.group("acc") and (d := g.described_after.match(norm, ce, q.open)):
            hit = (*d.span("n"), None)  # "In the words of the judgment, ...": the court that gave it
        rule = "according_to" if c.group("acc") else "statement_of"
        if hit is not None and hit[2] is not None and hit[2].kind == "organization" and (
            role := g.role_between.match(norm, hit[1], q.open)
        ):
            # "according to the ICC prosecutor, Luis Moreno-Ocampo,": the person, not the court
            person = next((n for n in after if n[0] >= role.end() and n[2] is not None and n[2].kind == "person"), None)
            if person is None or person[0] - role.end() > 4:
                q.speaker, q.speaker_name = None, doc.text[hit[0] : role.end()]
                q.rule = f"{g.lang}.quotes.{rule}"
                return True
            hit = person
    if c.group("noun") and norm[q.open - 1 : q.open] == " " and _TITLE_GAP.fullmatch(norm, ce, q.open - 1):
        # 'the statement of the State Duma of 26 November 2010 "On the Katyn tragedy"': the
        # quoted words stand beside the noun as its title, not as words it reports
        q.title = True
        return True
    if hit is not None and _set_speaker(doc, g, q, hit[0], hit[1], mentions, rule, hit[2] if len(hit) > 2 else None):
        q.strict = colon or bool(g.direct.search(seg)) or (
            # '... the statement of X that the images were "another provocation"', '... found that
            # all were "entirely innocent"': reported words
            bool(_THAT.search(norm, cs, q.open)) and not g.determiner_before.search(norm, max(0, q.open - 12), q.open)
        )
        return True
    return False


_THAT = re.compile(r"\bthat ")
_NOUN_LINK = re.compile(r"\s+(?:of|by|from)\s+(?:the\s+)?")


def _noun_owner(norm: str, seg_start: int, cues: list, verb: re.Match, named: list) -> tuple | None:
    """The body a noun of saying belongs to when that noun is the verb's subject: "The report of X ... found"."""
    noun = next((n for n in cues if n.group("noun") and n.start() < verb.start()), None)
    if noun is None or norm[seg_start : seg_start + noun.start()].strip().lower() not in ("the", "a", "its", "their"):
        return None
    end = seg_start + noun.end()
    return next((n for n in named if (m := _NOUN_LINK.match(norm, end)) and n[0] == m.end()), None)
# between a noun of saying and its title: who issued it and when, "of"/"by" phrases of names and dates
_TITLE_GAP = re.compile(r" (?:of|by)(?: (?:of|by|from|the|[A-Z0-9][\w.'-]*))*")


def _subject_before(doc: Doc, pos: int, mentions: Mentions) -> Actor | None:
    """What "It" opening a sentence stands for: the organisation the sentence before names first,
    its subject as a rule ("The Commission ... published its findings. It held that ...")."""
    i = bisect.bisect_right(doc.sentence_starts, pos) - 1
    if i < 1 or doc.sentence_starts[i] != pos:
        return None
    lo, hi = doc.sentences[i - 1]
    return next((a for _, _, a in mentions.within(lo, hi) if a.kind == "organization"), None)


def _described_before(doc: Doc, g: _Grammar, lo: int, hi: int) -> tuple[int, int] | None:
    """A described speaker right before the verb: "The organisation later wrote", "the minister said"."""
    m = g.subject_before.search(doc.norm, max(lo, hi - 80), hi)
    return m.span("n") if m else None


def _name_before(doc: Doc, g: _Grammar, lo: int, hi: int) -> tuple[int, int] | None:
    """A capitalised name right before a speech verb that the persons did not list ("Pashinyan said:")."""
    m = g.name_before.search(doc.norm, max(lo, hi - 80), hi)
    if m is None:
        return None
    lex = names_lexicon(doc.language)
    if any(w in lex.strip or w in lex.reject for w in m.group("n").split()):
        return None
    return m.span("n")


def _inside(pos: int, ranges: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in ranges)


def _set_speaker(doc: Doc, g: _Grammar, q: _Found, ws: int, we: int, mentions: Mentions, rule: str,
                 actor: Actor | None = None) -> bool:
    words = doc.norm[ws:we]
    if words.lower() in g.person_pronouns:
        # "he said" with no one named before: a quotation all the same, its speaker unknown.
        actor = mentions.last_person_before(ws)
        if actor is None:
            q.speaker, q.speaker_name, q.rule = None, None, f"{g.lang}.quotes.{rule}"
            return True
    else:
        actor = actor or mentions.at(ws, we)
        if actor is None and words.lower() in g.group_pronouns:
            return False
        if actor is None and words.lower() in g.org_pronouns:
            actor = _subject_before(doc, ws, mentions) or mentions.last_organization_before(ws, "")
            if actor is None:
                return False
        if actor is None and g.described.match(words):
            actor = mentions.last_titled_before(ws, words.split()[-1])  # "the minister" named earlier
        if actor is None and (o := g.org_noun.match(words)):
            noun = o.group("noun").lower()
            actor = _issuer_before(mentions, ws, g.issuers[noun]) if noun in g.issuers else None
            actor = actor or mentions.last_organization_before(ws, noun)  # "the organisation" named earlier
    q.speaker = actor
    q.speaker_name = actor.name if actor else doc.text[ws:we]
    q.rule = f"{g.lang}.quotes.{rule}"
    return True


def _issuer_before(mentions: Mentions, pos: int, nouns: tuple[str, ...]) -> Actor | None:
    """The last organisation before `pos` whose name holds one of `nouns`: the body that gives "the judgment"."""
    orgs = [a for _, e, a in mentions.within(max(0, pos - 3000), pos) if a.kind == "organization" and e <= pos]
    return next((a for a in reversed(orgs) if any(n in a.name.lower() for n in nouns)), None)


# --------------------------------------------------------------------------- what counts


def _keep(doc: Doc, g: _Grammar, q: _Found) -> bool:
    s, e = _inner(doc.norm, q)
    words = doc.norm[s:e].split()
    if not words or q.title:
        return False
    attributed = q.rule is not None
    if q.single and not attributed:
        return False
    if len(words) < _MIN_WORDS:
        # a short capitalised phrase is a name or an epithet, whoever uses it ("the Butcher")
        return attributed and q.strict and len(words) > 1 and not _title_case(words, g.small_words)
    if not attributed and _title_case(words, g.small_words):
        return False  # a quoted title: a report, a book, an operation
    return True


def _title_case(words: list[str], small_words: frozenset[str]) -> bool:
    content = [w for w in words if w.lower() not in small_words]
    return bool(content) and sum(w[:1].isupper() for w in content) >= 0.8 * len(content)
