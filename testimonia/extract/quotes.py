"""Quotations and who said them.

Find, then write. Quotation marks are paired on the normalised text (curly
marks in the original tell an opening from a closing one; straight marks are
told apart by the spaces around them). For each quotation, the speaker is
looked for where English puts it: right after the closing mark ('"...," X
said', '"...," said X', '"...," X, a spokesman for Y, told Reuters', '"...,"
the ministry said', '"...," according to X'); before the opening mark in the
same sentence ('X said that "..."', 'X said the attack was "..."', 'the
statement of X, who ..., that "..."', 'according to X, "..."', 'X: "..."');
a quotation joined to the previous one by "and", going on after its
attribution, or opening the next paragraph of a quotation left open, shares
its speaker; a quoted sentence standing alone after a sentence whose subject
is a person is that person's. "He"/"she" stand for the person named last (the
one given words, when a sentence names several); "it", "the ministry", "the
court" for the organisation named before whose name holds the noun (or a kin
noun), or for a name the text spells with it; a surname or an acronym the
text spelled out speaks by the full name. A body's unnamed voice ('"...," a
spokesperson of the Ministry said', "the Ministry's spokesperson", "a UNICEF
spokesman") gives the words to the body as the document names it, in its
letterhead if nowhere else; a document ('"...," the statement said') to whoever
the sentence bringing it up says issued it; a dash after a quotation alone on
its line signs it (an epigraph); "was described by X as" gives them to X. A person described before
the name speaks by the name ('"...," wrote the historian X', '"...," the Reuters correspondent X said'),
not across words that make the name someone else's ("the lawyer for X"); a quotation filling its
paragraph is the words of whom the next one opens with ("So says X", "That is how X remembers"); a
second verb with no subject of its own ('... and said the guards "..."') keeps the speaker before; a
line break before a line going on in lower case wraps a quotation rather than ending it.
A quotation filling its sentence is also named by the next sentence or a dash ("The words were those of X",
'"..." - that was how X put it', '"Horrific," was how X described it'); one filling its paragraph, by the
sentence ending the paragraph before when a person there is said to speak ("X recalled the night."); a second
object of the same verb shares the speaker ('called the trial "..." and the sentence "..."', 'described A as
"..." and B as "..."'). "Lawyers for X said" and "what prosecutors called" name no speaker; a sentence-case
quotation right after "published", "its report", "the study" is a title.
„German“ and «French» marks pair like English ones. Scare quotes ("so-called"),
names ('known as "Chemical Ali"'), quoted titles (in title case), counted terms
('14 "militants"') and words no named speaker is given are not quotes; words
quoted inside a transcript's turn ('Ms X (Y): The report speaks of "..."') are
not the speaker label's. Nor are the answers of a question-and-answer
transcript: they are the document's own body, not words it quotes (the
convention of gold set D; set F's 607 annotates some answers).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

from testimonia.extract.doc import Doc
from testimonia.extract.lexicon import load
from testimonia.extract.names import Mentions, flat, trie
from testimonia.extract.names import name_lexicon as names_lexicon
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
    post_lead: re.Pattern
    owned_role: re.Pattern
    post_described: re.Pattern
    post_tail: re.Pattern
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
    titling: re.Pattern
    org_noun: re.Pattern
    subject_before: re.Pattern
    clause_end: re.Pattern
    determiner_before: re.Pattern
    verb_of_before: re.Pattern
    post_body: re.Pattern
    described_after: re.Pattern
    org_pronoun_opens: re.Pattern
    verb_before: re.Pattern
    org_noun_in: re.Pattern
    generic_org_nouns: frozenset[str]
    org_kin: dict[str, tuple[str, ...]]
    org_heads: str  # the nouns of bodies, capitalised, as a pattern: "Office", "Ministry"
    opening_name: re.Pattern
    issuers: dict[str, tuple[str, ...]]  # "judgment" -> ("tribunal", "court", "chamber")
    voice_of: re.Pattern
    issued: re.Pattern
    issued_subject: re.Pattern
    issuing: re.Pattern
    voice_noun: re.Pattern
    voice_owned: re.Pattern
    voice_after_name: re.Pattern
    voice_gap: re.Pattern
    addressed: re.Pattern
    role_word: re.Pattern
    not_role: frozenset[str]
    coordinated: re.Pattern
    speaker_next: re.Pattern
    issued_by: re.Pattern
    voice_words: frozenset[str]
    called_before: re.Pattern


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
    # after a quotation, "it" and "the ministry" speak too ('"...," it said', '"...," the ministry said')
    owned_role = rf"{name}'s (?:{adjs} ){{0,3}}{roles}"  # "Ukraine's foreign minister"
    # '"...", demanded an inquiry': a body after an indefinite article is no one the text has named
    definite = trie([a for a in titles["determiners"] if a.lower() not in ("a", "an")])
    who_after = rf"(?:{owned_role}|{who}|{org_pronouns}|(?:{definite}) (?:{adjs} ){{0,3}}(?:{org_nouns})\b)"
    voices = trie(speech["body_voices"])
    described_name = rf"(?:(?:{articles}) (?:[\w.'-]+ ){{1,4}}(?={name}))?"  # "the driver " before "Tariq Mansour"
    # words that follow a closing mark rather than a plural's apostrophe: verbs, pronouns, small words
    small = speech["not_role_words"] + speech["title_small_words"] + speech["pronouns"]["person"] + speech["pronouns"]["group"]
    owned_not = rf"(?:{verbs}|{trie(small)})\b"
    bodies = trie(speech["org_nouns"] + [w[:1].upper() + w[1:] for w in speech["org_nouns"]])
    return _Grammar(
        lang=language,
        post=re.compile(
            rf"\s*,?\s*(?:(?P<v1>{verbs})\s+(?P<who1>{who_after})"
            rf"|(?P<who2>{who_after})(?P<aside>(?:,[^,\"\n]{{1,100}}){{1,2}},)?\s+(?:{aux}\s+)*(?P<v2>{verbs})\b"
            rf"|(?:{according})\s+(?:(?:{articles}) (?:[a-z]+ ){{0,2}}(?:{nouns}) (?:of|by|from) (?:the )?)?(?P<who3>{who}))"
        ),
        post_described=re.compile(
            rf"\s*,?\s*(?:(?P<v>{verbs}|{according})\s+)?(?:{articles}|one|another) "
            rf"(?:(?:[a-z][\w'-]*|[A-Z][a-z][\w'-]*|[A-Z]{{2,6}}) ){{0,3}}"  # "the UN envoy, X, said"
            rf"(?:{roles}|{trie(speech['person_nouns'])})(?: (?:of|for|at|in|from|to) [\w -]{{1,40}}?)?, "
            rf"(?P<n>{name})(?(v)|,\s+(?:{aux}\s+)*(?:{verbs})\b)"
        ),
        owned_role=re.compile(owned_role),
        post_lead=re.compile(rf"\s*,?\s*(?:(?P<v>{verbs})\s+)?(?:(?:{articles})\s+)?"),
        post_tail=re.compile(rf"(?:'s (?:{nouns}))?(?:(?:,[^,\"\n]{{1,100}}){{1,2}},)?\s+(?:{aux}\s+)*(?:{verbs})\b"),
        cue=re.compile(rf"\b(?:(?P<verb>{verbs})|(?P<noun>{nouns})|(?P<acc>{according}))\b|(?P<colon>:)\s*$"),
        direct=re.compile(rf"(?<![\w-])(?:{verbs})(?: (?:{trie(speech['direct_tails'])}))?[,:]?\s*$"),
        pronoun=re.compile(rf"\b(?:{pronouns}|{org_pronouns}(?= (?:{verbs})\b))\b"),
        scare=re.compile(rf"(?<![\w-])(?:{trie(speech['scare_markers'])})\s*$"),
        name_before=re.compile(rf"(?<![\w-])(?P<n>{name})\s+(?:(?:{aux})\s+)*$"),
        joined=re.compile(rf"\s*[,;]?\s*(?:{trie(speech['joiners'])})?\s*"),
        goes_on=re.compile(rf"\s*,?\s*(?:{described_name}{who}\s+(?:{aux}\s+)*(?:{verbs})|(?:{verbs})\s+{described_name}{who})"
                           rf"[^\"]*?[.,:;]\s*"),
        aside=re.compile(rf", (?:{trie(speech['aside_openers'])}|\d+)\b[^,\n]{{0,120}},"),
        described=re.compile(rf"(?:{articles}) (?:{adjs} ){{0,3}}{roles}$"),
        role_between=re.compile(rf"(?:'s)?(?: [\w-]+){{0,3}}? {roles}\b"),
        person_pronouns=frozenset(p.lower() for p in speech["pronouns"]["person"]),
        group_pronouns=frozenset(p.lower() for p in speech["pronouns"]["group"]),
        org_pronouns=frozenset(p.lower() for p in speech["pronouns"].get("organization", [])),
        small_words=frozenset(speech["title_small_words"]),
        # The words of a single-quoted quotation, from just after its opening mark.
        # A plural's apostrophe ("the soldiers' job") goes on before a word that no closing mark stands before.
        single=re.compile(
            rf"(?=[^\W\d_])(?:[^'\"\n]|(?<=[^\W\d_])'(?=[^\W\d_])|(?<=s)'(?= (?!{owned_not})[a-z])){{1,1200}}?"
            rf"[\w.,!?]'(?![\w'])(?!(?<=s') (?!{owned_not})[a-z])"
        ),
        titling=re.compile(rf"(?<![\w-])(?:{trie(speech['title_before'])})\s*$"),
        naming=re.compile(rf"(?<![\w-])(?:{trie(speech['naming_markers'] + [w[:1].upper() + w[1:] for w in speech['naming_markers']])})\s*$"),
        org_noun=re.compile(rf"(?:{articles}) (?:{adjs} ){{0,3}}(?P<noun>{org_nouns})$"),
        subject_before=re.compile(
            rf"(?<![\w-])(?P<n>(?:{articles}) (?:{adjs} ){{0,3}}(?:{roles}|{org_nouns}))\s+(?:(?:{aux})\s+)*$"
        ),
        # after the verb of a new sentence's "X said": the clause ends, or a place or time follows
        clause_end=re.compile(r"\s*(?:[.,;:]|(?:in|on|at|to|during|after|before|when|as|from|later|afterwards|then)\b)"),
        issuers={k.lower(): tuple(v) for k, v in speech["document_nouns"].items()},
        # '"...," said X': not 'X said Y had ...', whose Y is the reported clause's subject
        verb_before=re.compile(rf"\",? (?:{verbs}) $"),
        org_pronoun_opens=re.compile(rf"(?:{org_pronouns}) [a-z]"),
        generic_org_nouns=frozenset(w.lower() for w in speech["generic_org_nouns"]),
        org_kin={k: tuple(v) for k, v in speech["org_noun_kin"].items()},
        org_heads=trie([w[:1].upper() + w[1:] for w in speech["org_nouns"] if w.islower()]),
        org_noun_in=re.compile(
            rf"(?<![\w-])(?:{articles}) (?:{adjs} ){{0,3}}"
            rf"(?P<noun>{trie(speech['org_nouns'] + [w[:1].upper() + w[1:] for w in speech['org_nouns']])})\b(?! of)"
        ),
        # the body a sentence opens with: "The Secretary-General's Panel of Experts on X, chaired by ..."
        opening_name=re.compile(
            r"(?:The )?(?:[A-Z][\w.-]*'s )?"
            r"(?P<n>[A-Z][\w'-]*(?: (?:(?:of|on|for|in|and|the|to) )*[A-Z][\w'-]*)+)(?=,| \(| [a-z])"
        ),
        described_after=re.compile(rf"\s+(?P<n>(?:{articles}) (?:{adjs} ){{0,3}}(?:{roles}|{org_nouns}))\b"),
        # "that" before a quotation is rather the conjunction: 'said that "dozens" had died'
        determiner_before=re.compile(
            rf"(?<![\w-])(?:(?:{articles}|this|these|those)(?: (?:\d[\d,]*|{trie(speech['counting_words'])}))?|\d[\d,]*)\s*$"
        ),
        # 'spoke of a "bloody repression"', 'warned of a "catastrophe"': the article opens the object of the
        # verb of saying, the quoted words are the speaker's; not 'said that the "safe area" had fallen'
        # 'expressed her "deep concern"': the speaker's own words for what they feel
        verb_of_before=re.compile(rf"(?<![\w-])(?:(?:{verbs}) of (?:{articles})"
                                  rf"|(?:{trie(speech['feeling_verbs'])}) (?:his|her|their|its|our))\s*$"),
        # '"...," the statement said', 'The statement reads:': a document speaking for whoever issued it
        issued=re.compile(rf"\s*,?\s*(?:(?P<v>{verbs})\s+)?(?:the|its|their) (?P<noun>{trie(speech['issued_nouns'])})\b"
                          rf"(?(v)|\s+(?:{aux}\s+)*(?:{verbs})\b)"),
        issuing=re.compile(rf"(?<![\w-])(?:{trie(speech['issuing_verbs'])})\b"),
        issued_subject=re.compile(rf"(?:The|Its|Their) (?P<noun>{trie(speech['issued_nouns'])})(?:\s+(?:{aux}))*\s+$"),
        # the voice of a body no one names, after its article: "spokesperson of the", then the body
        voice_of=re.compile(rf"(?:(?:{adjs}) ){{0,3}}(?:{voices}) (?:for|of|at|from|in) (?:(?:the|its) )?"),
        voice_noun=re.compile(rf"(?P<noun>{bodies})\b(?! (?:of|for|on) [A-Z])"),
        # "the Ministry's spokesperson", "a ministry spokesperson"
        voice_owned=re.compile(rf"(?P<noun>{bodies})(?:'s)? (?:(?:{adjs}) ){{0,3}}(?:{voices})\b"),
        # after a named body: "UNICEF spokesperson", "the WHO's spokesman"
        voice_after_name=re.compile(rf"(?:'s)? (?:(?:{adjs}) ){{0,3}}(?:{voices})\b"),
        # between a voice and its verb, before a quotation: "A spokesperson of the Ministry, Ms X, later said"
        voice_gap=re.compile(rf"(?:,[^,\"\n]{{1,80}},)?\s+(?:(?:{aux})\s+)*"),
        # a word describing the person named after it: "former", "ombudsman", "Reuters", "Dr."
        role_word=re.compile(rf"(?:[a-z][\w'-]*|[A-Z][\w'-]*|(?:[A-Z]|{trie(flat(titles['abbreviations']))})\.) "),
        not_role=frozenset(w.lower() for w in flat(speech["verbs"]) + speech["quote_verbs"] + speech["not_role_words"]
                           + speech["pronouns"]["person"] + speech["pronouns"]["group"]),
        # '... as "a place of slow death" and said the guards "..."': a verb with no subject of its own
        # '... was "planned", adding that it was "..."', '... "planned" - and that it was "..."': the same subject
        coordinated=re.compile(
            rf"\s*(?:,|-{{1,2}}|\u2013|\u2014)?\s*(?:(?:and|but|then|and then|before)\s+(?:(?:{aux})\s+)*(?:{verbs})\b"
            rf"|(?:{trie(speech['verbs']['en.speech.participle'])})\b|(?:and|but) that\b)[^\".!?\n]*"
        ),
        # 'So says X', 'That is how X remembers': the next paragraph's opening, the name at its end or after "So <verb>"
        speaker_next=re.compile(
            rf"(?:{trie(speech['speaker_next'] + [w[:1].lower() + w[1:] for w in speech['speaker_next']])})(?: (?P<v>{verbs}))? "
        ),
        # '"...," the report by X concluded': a document whose issuer is named right after it
        issued_by=re.compile(rf"(?:{trie(speech['issued_nouns'])}) (?:of|by|from) (?:the )?"),
        # "told the BBC:", "asked reporters": the name after the verb is who hears the words
        addressed=re.compile(rf"(?<![\w-])(?:{trie(speech['addressing_verbs'])})(?: the)?\s*$"),
        voice_words=frozenset(w.lower() for w in speech["body_voices"]),
        # 'called the trial "..."': a verb naming its object, which a second object after "and" shares
        called_before=re.compile(
            rf"(?<![\w-])(?:{trie(speech['naming_verbs'])}) (?:{articles}|this|that) (?:[\w'-]+ ){{0,5}}$"
        ),
        # '"...," a spokesman for the organisation told us': no one is named, the role speaks for the body
        # "the organisation" stands for
        post_body=re.compile(
            rf"\s*,?\s*(?:(?P<v>{verbs})\s+)?(?:{articles}) (?:{adjs} ){{0,3}}{roles} (?:for|of) (?:{articles}) "
            rf"(?P<noun>{org_nouns})\b(?(v)|\s+(?:{aux}\s+)*(?:{verbs})\b)"
        ),
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
    colon: bool = False  # introduced by "X said:"
    runs_on: bool = False  # closed by the end of its paragraph: the next paragraph's quotation goes on with it
    title: bool = False  # the quoted words name a document: 'the statement of X of 26 November 2010 "On ..."'

    def said_by(self, speaker: Actor, name: str, rule: str) -> None:
        """The speaker stands right beside the quotation, named `name`, found by `rule`."""
        self.speaker, self.speaker_name, self.rule, self.strict = speaker, name, rule, True


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
        if g.naming.search(doc.norm, max(0, q.open - 24), q.open) or _titled(doc, g, q):
            continue  # 'known as "Chemical Ali"', 'the law "On the Holodomor"': a name, a title
        _attribute(doc, g, q, previous, mentions)
        if q.rule is not None and _keep(doc, g, q):  # words no one is said to speak are no one's claim
            if q.speaker is not None and q.speaker.kind == "organization":
                # "the ICRC", "Amnesty": the name the text spelled out before
                q.speaker = (_spelled_out(doc, q.speaker, mentions) if _ACRONYM.fullmatch(q.speaker.name)
                             else _long_form(q.speaker, organizations or [], mentions, q.open))
                q.speaker_name = q.speaker.name
            s, e = _inner(doc.norm, q)
            quotes.append(
                Quote(span=Span(s, e), rule=q.rule or f"{g.lang}.quotes.unattributed", text=doc.text[s:e],
                      speaker=q.speaker, speaker_name=q.speaker_name)
            )
            previous = q  # marks that hold no quotation do not cut the next one's sentence
    return _unrepeated(doc.norm, quotes)


def _titled(doc: Doc, g: _Grammar, q: _Found) -> bool:
    """'Amnesty International published "Left to die in the desert" in 2019', 'in its report "Burned to the
    ground" that': words in sentence case, with no stop of their own, right after a word for a work or its
    publishing, are the work's title."""
    s, e = _inner(doc.norm, q)
    words = doc.norm[s:e]
    return (words[:1].isupper() and words[-1:] not in ".,!?;:\u2026" and " " in words
            and bool(g.titling.search(doc.norm, max(0, q.open - 24), q.open)))


_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,9}")


def _spelled_out(doc: Doc, acronym: Actor, mentions: Mentions) -> Actor:
    """The organisation an acronym stands for where the text spells it out: "the ICRC said" after
    "the International Committee of the Red Cross (ICRC)" is the committee, as "Sargsyan" is Serzh Sargsyan."""
    at = doc.norm.find(f" ({acronym.name})")
    if at == -1:
        return acronym
    named = [n for n in mentions.within(max(0, at - 200), at) if n[1] == at and n[2].kind == "organization"]
    return named[-1][2] if named and named[-1][2] is not acronym else acronym


def _long_form(org: Actor, organizations: list[Actor], mentions: Mentions, pos: int) -> Actor:
    """The organisation named earlier whose name `org`'s short name opens: "Amnesty" after "Amnesty
    International", as a surname speaks by the full name. Only when one such name was given before."""
    longer = {a.name: a for a in organizations if a.name.startswith(org.name + " ")}
    if len(longer) != 1:
        return org
    named = [a for _, e, a in mentions.within(0, pos) if a.name in longer and e <= pos]
    return named[0] if named else org


def _unrepeated(norm: str, quotes: list[Quote]) -> list[Quote]:
    """Without the quotations a longer one of the same speaker, in another paragraph, repeats: a
    headline's 'Cameron says killings "unjustified and unjustifiable"' before the full sentence
    (not '"We will rebuild," she said. "It will take years, but we will rebuild."')."""
    if len(quotes) < 2:
        return quotes
    words = [" ".join(re.findall(r"\w+", q.text.lower())) for q in quotes]
    return [q for i, q in enumerate(quotes) if not any(
        j != i and o.speaker_name == q.speaker_name and len(words[j]) > len(words[i])
        and f" {words[i]} " in f" {words[j]} "
        and "\n" in norm[min(q.span.end, o.span.end) : max(q.span.start, o.span.start)]
        for j, o in enumerate(quotes))]


# --------------------------------------------------------------------------- marks


def _marks(doc: Doc, g: _Grammar) -> list[_Found]:
    """Pairs of quotation marks, double ones first, single ones outside them."""
    norm, text = doc.norm, doc.text
    pairs: list[_Found] = []
    pending = None
    i = norm.find('"')
    while i != -1:
        if pending is not None and (nl := _paragraph_end(norm, pending, i)) != -1:
            # A quotation running on into the next paragraph leaves its first paragraph
            # unclosed and opens the next with a mark: the first paragraph is quoted words.
            if norm[nl:i].isspace():
                pairs.append(_Found(pending, nl, False, runs_on=True))
            pending = None
        ch = text[i]
        if ch == "\u201c" and pending is not None and text[pending] == "\u201e":
            opening = False  # „...“: the German closing mark is the English opening one
        elif ch in "\u201c\u201e\u00ab":
            opening = True
        elif ch in "\u201d\u00bb":
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


def _paragraph_end(norm: str, lo: int, hi: int) -> int:
    """The first line break in [lo, hi) that ends a paragraph, or -1: not one that wraps a sentence
    ("from the women,\nand they took"), after which a line goes on in lower case."""
    nl = norm.find("\n", lo, hi)
    while nl != -1 and norm[nl - 1] not in ".!?:" and norm[nl + 1 : nl + 2].islower():
        nl = norm.find("\n", nl + 1, hi)
    return nl


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
    trailing = norm.endswith(("...", "\u2026"), s, e)  # '"We waited..." she said'
    ends_clause = norm[e - 1 : e] in ",?!" or trailing or after[:1] == "," or (after[:1] == " " and after[1:2].islower())
    m = g.post.match(after) if ends_clause else None
    new_sentence = (norm[e - 1 : e] in "?!" or trailing) and after[:1] == " " and after[1:2].isupper()
    if m and m.group("who2") and new_sentence and not g.clause_end.match(after, m.end("v2")):
        m = None  # '"... anything?" Human Rights Watch later published the transcript.': a new sentence
    if ends_clause and (d := g.post_described.match(after)) and not (new_sentence and not d.group("v")):
        # '"...," said one woman, Hana Yusuf, 61.' / '"...," a nurse, Hana Yusuf, recalled.': the name
        ws = q.close + 1 + d.start("n")
        if _set_speaker(doc, g, q, ws, q.close + 1 + d.end("n"), mentions, "said_after"):
            q.strict = True
            return
    if (h := _WAS_HOW.match(after)) and (named := _named_at(mentions, q.close + 1 + h.end(), "person")) \
            and g.post_tail.match(norm, named[1]):
        # '"Horrific," was how X described the scene', '"Appalling" is how X describes the camp'
        q.said_by(named[2], named[2].name, f"{g.lang}.quotes.how_put")
        return
    if (signed := _signed(doc, q, mentions)) is not None:
        # '"To forget the dead ..."\n- Elie Wiesel': an epigraph or a pull quote signed after a dash
        q.said_by(signed, signed.name, f"{g.lang}.quotes.signed")
        return
    if ends_clause and (i := g.issued.match(norm, q.close + 1)) and not (new_sentence and not i.group("v")) and (
        issuer := _issuer(doc, g, i.group("noun"), q.open, mentions)
    ):
        q.said_by(issuer, issuer.name, f"{g.lang}.quotes.said_after")
        return
    if ends_clause and (voice := _voice_after(doc, g, q, mentions, new_sentence)):
        # '"...," a spokesperson of the Ministry said': no one named, the body speaks
        q.said_by(voice[0], voice[1], f"{g.lang}.quotes.said_after")
        return
    if m is None and ends_clause and (named := _actor_after(doc, g, q.close + 1, mentions, new_sentence)):
        # '"...," the International Committee of the Red Cross said': a name the patterns do not spell
        if _set_speaker(doc, g, q, named[0], named[1], mentions, "said_after", named[2]):
            q.strict = True
            return
    if m is None and ends_clause and (b := g.post_body.match(after)) and (
        found := _body(doc, g, b.group("noun").lower(), q.close + 1 + b.start("noun"), mentions)
    ) and any(a is found[0] for _, _, a in mentions.within(norm.rfind("\n", 0, q.open) + 1, q.open)):
        # the body named in the quotation's own paragraph: "the organisation" a paragraph away is a guess
        q.said_by(found[0], found[1], f"{g.lang}.quotes.said_after")
        return
    if m:
        key = "who1" if m.group("who1") else "who2" if m.group("who2") else "who3"
        ws, we = q.close + 1 + m.start(key), q.close + 1 + m.end(key)
        if key == "who2" and m.group("aside") and _described(g, mentions, norm, ws, we):
            # '"...," a resident, Olena Sukhenko, recalled': the name in the aside is the speaker;
            # not in '"...," Lopes, who heads the UN mission, said'.
            named = mentions.within(q.close + 1 + m.start("aside"), q.close + 1 + m.end("aside"))
            named = [n for n in named if n[2].kind == "person"] or named
            if named:
                ws, we = named[0][0], named[0][1]
        rule = "according_to" if key == "who3" else "said_after"
        actor = None
        if key != "who2" and not mentions.within(ws, we) and (named := _named_after_role(doc, g, ws, mentions)):
            ws, we, actor = named  # '"...," wrote the historian X': the name after the role, not the role
        if _set_speaker(doc, g, q, ws, we, mentions, rule, actor):
            q.strict = True
        # an attribution that names no one the text names ('"...," a resident said') is the
        # quotation's own: no speaker named earlier in the sentence takes its place
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
        elif previous.strict and len(gap) < 120 and not _SENTENCE_END.search(gap) and g.direct.search(gap):
            rule = "continued"  # '"...," she said, adding: "..."': the verb's subject is the speaker before
        elif previous.strict and g.coordinated.fullmatch(gap) and not mentions.within(previous.close, q.open):
            rule = "continued"  # '... described it as "..." and said the guards "..."': one subject, two verbs
        elif previous.strict and (a := _OBJECT_AGAIN.fullmatch(gap)) and (
            g.called_before.search(norm, max(0, previous.open - 80), previous.open)
            if a.group("as") is None else norm.endswith(" as ", 0, previous.open)
        ):
            rule = "continued"  # 'described the raid as "..." and the inquiry as "..."': the verb left out
        elif previous.strict and len(gap) < 120 and g.goes_on.fullmatch(gap) and (
            "\n" not in gap or _opens_paragraph(gap)
        ):
            # a paragraph that is all quotation, after one ending '"...," she said.': news
            # names a new speaker, and goes on with the same one unnamed
            rule = "continued"
        else:
            rule = None
        if rule is not None:
            q.speaker, q.speaker_name = previous.speaker, previous.speaker_name
            q.rule = f"{g.lang}.quotes.{rule}"
            q.strict = rule == "continued" or previous.runs_on  # a sentence going on, however short
            return
    if not _speaker_next(doc, g, q, mentions):
        _standalone(doc, g, q, mentions)


def _speaker_next(doc: Doc, g: _Grammar, q: _Found, mentions: Mentions) -> bool:
    """A quotation that is a paragraph or a sentence of its own, its speaker named by what opens the next
    paragraph or sentence ('"Nobody counted the dead."' then 'So says Olena X, 67, ...', 'That is how
    Bakhtiyar X remembers ...', 'The words were those of X'), or by a dash after it ('"..." - that was how
    X put it')."""
    norm = doc.norm
    k = q.open
    while k and norm[k - 1] in " \t":
        k -= 1
    if k and norm[k - 1] != "\n" and not _SENTENCE_BEFORE.search(norm, max(0, k - 3), k):
        return False
    s, e = _inner(norm, q)
    nxt = _NEXT_PARAGRAPH.match(norm, q.close + 1)
    if nxt is None and (nxt := _NEXT_SENTENCE.match(norm, q.close + 1)) is not None and not nxt.group().strip() \
            and norm[e - 1 : e] not in ".!?":
        return False  # the words after the mark go on with its sentence
    if nxt is None:
        return False
    m = g.speaker_next.match(norm, nxt.end())
    if m is None:
        return False
    named = _named_at(mentions, m.end(), "person") or _named_after_role(doc, g, m.end(), mentions)
    if named is None or (m.group().startswith(("So ", "Thus ")) and not m.group("v")):
        return False
    if m.group().rstrip().endswith("how") and not g.post_tail.match(norm, named[1]):
        return False  # "That is how X remembers": the verb says it is X's account
    q.said_by(named[2], named[2].name, f"{g.lang}.quotes.named_next")
    return True


# between two quotations, a second object of the verb before the first: ' and the official inquiry as ',
# ' and the sentence ' after 'called the trial "..."'
_OBJECT_AGAIN = re.compile(
    r",? (?:and|but|while|or) (?:the|a|an|his|her|its|their|this|that) (?:(?!as )[\w'-]+ ){0,5}(?P<as>as )?"
)
# before a name, a noun whose "for" or "of" makes the name someone else's: "Lawyers for X said"
_OBJECT_OF = re.compile(r"(?<![\w-])(?P<noun>[A-Za-z]+) (?:for|of) (?:the )?$")
# "what prosecutors called", "what the army described as": the subject between "what" and the verb
_WHAT_SAID = re.compile(r"(?<![\w-])what (?:the |some |many )?(?P<s>[a-z][\w'-]*) (?:[a-z]+ )?$")
_WAS_HOW = re.compile(r",? (?:was|is) how ")
_SENTENCE_BEFORE = re.compile(r"[.!?][\"\u201d']?[ \t]*$")
# the next sentence of the paragraph, or a dash going on with a clause of its own ('"..." - that was how X put it')
_NEXT_SENTENCE = re.compile(r"[ \t]+(?=[A-Z])|[ \t]+(?:-{1,2}|\u2013|\u2014)[ \t]+(?=[a-z])")
_NEXT_PARAGRAPH = re.compile(r"[ \t]*\n\s*")


def _standalone(doc: Doc, g: _Grammar, q: _Found, mentions: Mentions) -> None:
    """'Fatima Musa fled with her three children. "We walked for five days."': a quoted sentence
    standing alone, right after a sentence of the same paragraph that opens with a person (its
    subject), is that person's words."""
    norm = doc.norm
    s, e = _inner(norm, q)
    if norm[e - 1 : e] not in ".!?" or q.single:
        return
    following = norm[q.close + 1 : q.close + 3].lstrip(" ")
    if following and not (following[0] == "\n" or following[0].isupper()):
        return  # words after the mark in its sentence: an attribution that named no one
    i = bisect.bisect_right(doc.sentence_starts, q.open) - 1
    if i < 1 or doc.sentence_starts[i] != q.open:
        return
    lo, hi = doc.sentences[i - 1]
    if '"' in norm[lo:hi]:
        return
    if "\n" in norm[lo:q.open]:
        # 'Hana X recalled the night.' then a paragraph that is all one quotation: the person who was
        # just said to speak goes on in it; a paragraph about someone says nothing of whose words follow
        if not (_FILLS_PARAGRAPH.match(norm, q.close + 1) and "\n" not in norm[lo:hi].rstrip()
                and any(c.group("verb") for c in g.cue.finditer(norm, lo, hi))):
            return
        opening = g.pronoun.match(norm, lo)
        if opening and opening.group().lower() in g.person_pronouns and (who := _pronoun_person(doc, g, lo, mentions)):
            q.said_by(who, who.name, f"{g.lang}.quotes.standalone")
            return
        first = mentions.within(lo, min(hi, lo + 80))
        lead = _LEAD_PHRASE.match(norm, lo, hi).end()
        if first and first[0][2].kind == "person" and (
            first[0][0] == lead or norm[lead : first[0][0]].strip() == (first[0][2].title or "\n")
        ):
            who = first[0][2]
            q.said_by(who, who.name, f"{g.lang}.quotes.standalone")
        return
    first = mentions.within(lo, min(hi, lo + 80))
    if first and first[0][0] == lo and first[0][2].kind == "person":
        q.speaker, q.speaker_name, q.rule = first[0][2], first[0][2].name, f"{g.lang}.quotes.standalone"


# a phrase of time or place opening a sentence before its subject ("At the hearing, ", "On Monday, "), which
# the subject's title may follow ("Senator ")
_LEAD_PHRASE = re.compile(r"(?:(?:At|On|In|During|Later|Earlier|After|Before)\b[\w '-]{0,40}, )?")
_FILLS_PARAGRAPH = re.compile(r"[ \t]*(?:\n|$)")


def _opens_paragraph(gap: str) -> bool:
    """The quotation after `gap` opens a paragraph, the attribution in `gap` ending the last one."""
    head, _, tail = gap.rpartition("\n")
    return "\n" not in head.rstrip() and not tail.strip() and head.rstrip()[-1:] in ".!?"


def _described(g: _Grammar, mentions: Mentions, norm: str, ws: int, we: int) -> bool:
    """The words at [ws, we) describe someone ("a resident", "Ukraine's foreign minister") rather than name them."""
    return bool(g.described.match(norm[ws:we]) or g.owned_role.fullmatch(norm, ws, we)) and not any(
        n[2].kind == "person" for n in mentions.within(ws, we))


def _actor_after(doc: Doc, g: _Grammar, pos: int, mentions: Mentions,
                 new_sentence: bool) -> tuple[int, int, Actor] | None:
    """An actor named right after a quotation, with its verb before or after it. After a
    question a new sentence may open with a name: its verb must then end the clause."""
    lead = g.post_lead.match(doc.norm, pos)
    verb_first, at = lead.group("v"), lead.end()
    if lead.group().endswith(("the ", "The ")) and (by := g.issued_by.match(doc.norm, at)):
        at = by.end()  # '"...," the report by Human Rights Watch concluded': the issuer speaks
    named = mentions.within(at, at + 160)
    # "the Reuters correspondent Hugo X": the person the words describe, before the body they work for
    found = [p] if (p := _named_after_role(doc, g, at, mentions)) else []
    found += named[:1] if named and named[0][0] == at else []
    for s, e, actor in found:
        if verb_first:
            return s, e, actor
        tail = g.post_tail.match(doc.norm, e)
        if tail is not None and not (new_sentence and not g.clause_end.match(doc.norm, tail.end())):
            return s, e, actor
    return None


def _named_after_role(doc: Doc, g: _Grammar, pos: int, mentions: Mentions) -> tuple[int, int, Actor] | None:
    """The person named after the words at `pos` that describe them: "former ombudsman Elmira X", "Reuters
    correspondent Hugo X", "Srebrenica mother Hasa X", "Dr. K. X". Not across a word that makes the name
    someone else's ("lawyer for X", "the man who shot X", "a lawyer representing X")."""
    norm = doc.norm
    person = next(((s, e, a) for s, e, a in mentions.within(pos, pos + 80) if a.kind == "person"), None)
    if person is None or person[0] == pos:
        return None
    words, at = [], pos
    while at < person[0] and (w := g.role_word.match(norm, at)) is not None and len(words) < 4:
        words.append(w.group().strip().rstrip(".").lower())
        at = w.end()
    if at != person[0] or any(w in g.not_role for w in words) or words[-1].endswith("ing"):
        return None
    return person


def _signed(doc: Doc, q: _Found, mentions: Mentions) -> Actor | None:
    """The actor signing a quotation that stands alone on its line, after a dash: an epigraph
    ('"..."\n- Elie Wiesel, Night') or a pull quote ('"..." - Fatima Idris, 38, a survivor')."""
    norm = doc.norm
    if q.open and norm[q.open - 1] != "\n":
        return None
    dash = _SIGN_DASH.match(norm, q.close + 1)
    if dash is None:
        return None
    named = mentions.within(dash.end(), dash.end() + 160)
    if not named or named[0][0] != dash.end() or not _SIGN_END.match(norm, named[0][1]):
        return None
    return named[0][2]


_SIGN_DASH = re.compile(r"(?:[ \t]*\n[ \t]*|[ \t]+)-{1,2}[ \t]+")
_SIGN_END = re.compile(r"\s*(?:[,(\n.]|$)")


def _issuer(doc: Doc, g: _Grammar, noun: str, pos: int, mentions: Mentions) -> Actor | None:
    """Who issued "the statement" a quotation is given to: in the last sentence before `pos` (of the
    two before, in the same paragraph) that brings the noun up, the actor named as its subject ("The
    Ministry of Defence issued a statement on Friday") or as its owner ("Amnesty International's
    report"); nobody when another owner holds it ("the government's report")."""
    norm = doc.norm
    word = re.compile(rf"(?<![\w-]){re.escape(noun)}\b", re.IGNORECASE)
    i = bisect.bisect_right(doc.sentence_starts, pos) - 1
    paragraph = norm.rfind("\n", 0, pos) + 1
    for lo, hi in reversed(doc.sentences[max(0, i - 2) : i + 1]):
        hi = min(hi, pos)
        if lo < paragraph or hi <= lo:
            continue
        w = None
        for w in word.finditer(norm, lo, hi):
            pass
        if w is None:
            continue
        named = [n for n in mentions.within(lo, w.start()) if n[1] <= w.start()]
        owner = _OWNER.search(norm, lo, w.start())
        if owner is not None and owner.group(1) != "its":
            # "X's report", "the UN report": the owner right before the noun, if it is an actor
            return named[-1][2] if named and named[-1][1] >= owner.start() - 1 else None
        subject = named[0] if named and named[0][0] == _SUBJECT_LEAD.match(norm, lo).end() else None
        return subject[2] if subject and g.issuing.search(norm, subject[1], w.start()) else None
    return None


# what stands right before a noun of a document: "X's", "the UN", "its"
_OWNER = re.compile(r"(?:'s|\b([A-Z][\w-]*|its)) (?:(?!(?:a|an|the|of|to|from|by|in|on|with)\b)[a-z][\w-]* ){0,2}$")
# what may open a sentence before its subject: "On Sunday the", "In May, ", "Earlier, the"
_SUBJECT_LEAD = re.compile(
    r"(?:(?:On|In|At|Earlier|Later|Last|This|Yesterday|Today)\b[^,.\n]{0,40}?(?:, | (?=the )))?(?:[Tt]he )?"
)


def _voice_after(doc: Doc, g: _Grammar, q: _Found, mentions: Mentions,
                 new_sentence: bool) -> tuple[Actor | None, str] | None:
    """The body whose unnamed voice follows a quotation, with its verb before or after it."""
    lead = g.post_lead.match(doc.norm, q.close + 1)
    if not lead.group().endswith(" "):
        return None
    voice = _voice_at(doc, g, lead.end(), mentions, doc.norm.rfind("\n", 0, q.open) + 1)
    if voice is None and lead.group().endswith(" its ") and (its := g.voice_after_name.match(doc.norm, lead.end() - 1)):
        # '"...," its spokesperson said': the body "it" stands for
        found = _subject_before(doc, g, q.open, mentions)
        voice = (its.end(), *found) if found else None
    if voice is None:
        return None
    end, actor, name = voice
    if not lead.group("v"):
        tail = g.post_tail.match(doc.norm, end)
        if tail is None or (new_sentence and not g.clause_end.match(doc.norm, tail.end())):
            return None
    return actor, name


def _voice_before(doc: Doc, g: _Grammar, lo: int, verb: int, mentions: Mentions) -> tuple[Actor | None, str] | None:
    """The body whose unnamed voice is the subject of a verb of saying before a quotation:
    'A spokesperson of the Ministry told reporters that "..."'."""
    norm = doc.norm
    for a in _ARTICLE.finditer(norm, max(lo, verb - 200), verb):
        voice = _voice_at(doc, g, a.end(), mentions, norm.rfind("\n", 0, verb) + 1)
        if voice is not None and g.voice_gap.fullmatch(norm, voice[0], verb):
            return voice[1], voice[2]
    return None


_ARTICLE = re.compile(r"(?<![\w-])(?:[Tt]he|[Aa]n?|[Ii]ts) ")


def _voice_at(doc: Doc, g: _Grammar, pos: int, mentions: Mentions,
              paragraph: int) -> tuple[int, Actor | None, str] | None:
    """A body's voice that names no one, from `pos` (after its article): "a spokesperson of the
    Ministry", "the Ministry's spokesperson", "a UNICEF spokesman", "an official at the Ministry of
    Health". The words are the body's, as the document names it (set J's convention); a person
    named after the voice ("UN spokesperson Stephane Duval") speaks instead. Returns where the
    voice ends, the body and its name."""
    norm = doc.norm
    if (v := g.voice_of.match(norm, pos)) is not None:
        if (named := _named_at(mentions, v.end(), "organization")) is not None:
            return named[1], named[2], named[2].name
        if (n := g.voice_noun.match(norm, v.end())) is not None:
            found = _voiced_body(doc, g, n.group("noun"), n.start(), mentions, paragraph)
            return (n.end(), *found) if found else None
        return None
    if (named := _named_at(mentions, pos, "organization")) is not None:
        r = g.voice_after_name.match(norm, named[1])
        if r is None:
            return None
        person = _named_at(mentions, r.end() + 1, "person")
        if person is not None and norm[r.end() : r.end() + 1] == " ":
            return person[1], person[2], person[2].name
        return r.end(), named[2], named[2].name
    if (o := g.voice_owned.match(norm, pos)) is not None:
        found = _voiced_body(doc, g, o.group("noun"), o.start(), mentions, paragraph)
        return (o.end(), *found) if found else None
    return None


def _voiced_body(doc: Doc, g: _Grammar, noun: str, pos: int, mentions: Mentions,
                 paragraph: int) -> tuple[Actor | None, str] | None:
    """What "the Ministry" of a voice stands for (see `_body`). A noun any body answers to ("the
    organisation") stands for a body the quotation's own paragraph names: further away it is a guess."""
    found = _body(doc, g, noun.lower(), pos, mentions)
    if found is None:
        return None
    if noun.lower() in g.generic_org_nouns and not any(a is found[0] for _, _, a in mentions.within(paragraph, pos)):
        return None
    return found


def _named_at(mentions: Mentions, pos: int, kind: str) -> tuple[int, int, Actor] | None:
    """The actor of `kind` whose mention starts at `pos`."""
    named = mentions.within(pos, pos + 160)
    return named[0] if named and named[0][0] == pos and named[0][2].kind == kind else None


_SENTENCE_END = re.compile(r"[.!?]\s|\n")
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


# What a medium's name follows: "a post shared on Facebook and Telegram says": where the words were
# written, not who wrote them.
_MEDIUM_BEFORE = re.compile(r"(?<![\w-])(?:on|via) (?:[A-Z][\w'-]*(?: [A-Z][\w'-]*)* (?:and|or) )*$")


def _before(doc: Doc, g: _Grammar, q: _Found, seg_start: int, mentions: Mentions) -> bool:
    """A speaker named before the quotation: 'X said that', 'the statement of X, who ..., that'."""
    norm = doc.norm
    seg = norm[seg_start : q.open]
    cues = list(g.cue.finditer(seg))
    if not cues:
        return False
    if (agent := _agent(doc, seg_start, cues, q, mentions)) is not None:
        # 'The massacre was described by the historian X as "..."': the agent of a passive verb of saying
        if _set_speaker(doc, g, q, agent[0], agent[1], mentions, "said_before", agent[2]):
            q.strict = True
            return True
    # Asides (", who leads the Mothers of Srebrenica association,") name no speaker and hold no cue.
    asides = [(seg_start + a.start(), seg_start + a.end()) for a in g.aside.finditer(seg)] if "," in seg else []
    cues = [c for c in cues if not _inside(seg_start + c.start(), asides)
            and not (c.group("verb") and not c.group("verb").endswith("ing")
                     and _PASSIVE.search(seg, max(0, c.start() - 24), c.start()))
            and not (c.group("verb") and _NOUN_USE.search(seg, max(0, c.start() - 6), c.start()))]
    if not cues:
        return False
    c = cues[-1]
    if c.group("noun") and not _NOUN_LINK.match(seg, c.end()):
        # 'X said the official account was "not credible"': the noun is in the words reported;
        # the verb before it reports them. A noun of saying speaks only for "the statement of X".
        c = next((v for v in reversed(cues) if v.group("verb") and v.start() < c.start()), c)
    colon = bool(c.group("colon"))
    if colon:
        # "X said:", "X told Reuters:" read as "X said"; the speaker is the verb's subject.
        # With no verb, a noun of saying ("A cable sent by X ... put it so:") names the speaker.
        c = next((v for v in reversed(cues) if v.group("verb")), None) or next(
            (v for v in reversed(cues) if v.group("noun")), c)
        colon = True
    cs, ce = seg_start + c.start(), seg_start + c.end()
    # Who is named in the segment: actors, and pronouns (actor None), outside the asides.
    named = [(s, e, a) for s, e, a in mentions.within(seg_start, q.open)
             if not _inside(s, asides) and not _MEDIUM_BEFORE.search(norm, max(0, s - 60), s)]
    named += [(m.start(), m.end(), None) for m in g.pronoun.finditer(norm, seg_start, q.open) if not _inside(m.start(), asides)]
    if g.org_pronoun_opens.match(norm, seg_start) and not any(n[0] == seg_start for n in named):
        # "It documented 626 massacres, found that ..., and concluded that ...": the sentence's subject
        named.append((seg_start, seg_start + 2, None))
    named.sort(key=lambda n: n[0])
    before = [n for n in named if n[1] <= cs]
    after = [n for n in named if n[0] >= ce]
    if c.group("verb") or c.group("colon"):
        hit = before[-1] if before else None
        if hit is not None and hit[2] is not None and hit[2].kind == "person" and c.group("verb") and (
            o := _OBJECT_OF.search(norm, max(0, hit[0] - 40), hit[0])
        ) and o.group("noun").lower() not in g.voice_words:
            return False  # 'Lawyers for X said', 'The family of X said': someone X is not speaks
        if c.group("verb") and (w := _WHAT_SAID.search(norm, max(0, cs - 40), cs)) and w.group("s").lower() not in (
            g.person_pronouns | g.group_pronouns | g.org_pronouns
        ):
            return False  # 'X denied what prosecutors called "..."': the verb's subject is no one named
        if c.group("colon") and (people := [n for n in before if n[2] is not None and n[2].kind == "person"]):
            # "Governor X addresses the crowd on the steps of the State Capitol:": with no verb of saying the
            # colon gives the words to the subject, not to whatever the clause names last
            hit = people[0]
        if c.group("verb") and (owner := _noun_owner(norm, seg_start, cues, c, before)):
            hit = owner  # "The report of the Mission, led by Ake Sellstrom, found": the report speaks for the Mission
        if hit is None and c.group("verb") and (i := g.issued_subject.fullmatch(norm, seg_start, cs)) and (
            issuer := _issuer(doc, g, i.group("noun"), seg_start, mentions)
        ):
            # "The statement reads:" opening its sentence: the document brought up before speaks for its issuer
            q.speaker, q.speaker_name, q.rule = issuer, issuer.name, f"{g.lang}.quotes.said_before"
            q.colon, q.strict = colon, True
            return True
        if hit is None and c.group("verb") and (voice := _voice_before(doc, g, seg_start, cs, mentions)):
            q.speaker, q.speaker_name, q.rule = voice[0], voice[1], f"{g.lang}.quotes.said_before"
            q.colon, q.strict = colon, True
            return True
        if after and g.addressed.search(norm, max(0, after[0][0] - 16), after[0][0]):
            after = []  # 'A woman told Amnesty International: "..."': Amnesty hears the words
        if hit is None and c.group("verb"):
            # "The commission found that Defence Minister Ariel Sharon bore": the subject before the verb
            # speaks; a name after it is the speaker only when none stands there ("said Ariel Sharon")
            hit = _described_before(doc, g, seg_start, cs) or (after[0] if after else _name_before(doc, g, seg_start, cs))
        elif hit is not None and hit[1] < cs and (role := g.role_between.match(norm, hit[1], cs)):
            # "the UN human rights chief called it": the speaker is the chief, not the UN.
            return _role_holder(doc, g, q, hit[0], role, mentions, "said_before")
        if hit is not None and len(hit) > 2 and hit[2] is not None and _LABEL_COLON.search(norm, hit[1], cs):
            # 'Ms Ana Rossi (Westmarch): The report speaks of "..."': a transcript's speaker label; the
            # words quoted inside the turn are someone else's
            return False
        rule = "colon" if c.group("colon") else "said_before"
    else:
        if c.group("noun") and _NOUN_VERB.match(norm, ce):
            after = []  # 'The report was written by X and "covers ..."': the noun is a clause's subject, not X's words
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
                return _role_holder(doc, g, q, hit[0], role, mentions, rule)
            hit = person
    if c.group("noun") and norm[q.open - 1 : q.open] == " " and _TITLE_GAP.fullmatch(norm, ce, q.open - 1):
        # 'the statement of the State Duma of 26 November 2010 "On the Katyn tragedy"': the
        # quoted words stand beside the noun as its title, not as words it reports
        q.title = True
        return True
    if _ON.search(norm, max(0, q.open - 6), q.open) and any(n.group("noun") for n in cues):
        # 'its resolution 60/7 of 1 November 2005 on "the prevention of genocide"': what a
        # document is about, not words it says
        q.title = True
        return True
    if hit is not None and _set_speaker(doc, g, q, hit[0], hit[1], mentions, rule, hit[2] if len(hit) > 2 else None):
        q.colon = colon
        q.strict = colon or bool(g.direct.search(seg)) or (
            # '... the statement of X that the images were "another provocation"', '... found that
            # all were "entirely innocent"', 'X said the situation was "catastrophic"': reported words,
            # unless an article makes them a term of the clause ('said that the "safe area" had fallen')
            (bool(c.group("verb")) or bool(_THAT.search(norm, cs, q.open)))
            and not (g.determiner_before.search(norm, max(0, q.open - 30), q.open)
                     and not g.verb_of_before.search(norm, max(0, q.open - 40), q.open))
        )
        return True
    return False


def _role_holder(doc: Doc, g: _Grammar, q: _Found, pos: int, role: re.Match, mentions: Mentions, rule: str) -> bool:
    """The person an organisation's role stands for ("the UN human rights chief"): the last one
    named with that title; with no one so named the words are no one's the text names."""
    person = mentions.last_titled_before(pos, role.group().split()[-1])
    if person is None:
        return False
    q.speaker, q.speaker_name, q.rule = person, person.name, f"{g.lang}.quotes.{rule}"
    return True


_THAT = re.compile(r"\bthat ")
_LABEL_COLON = re.compile(r":\s")
# "the accused", "a call": a verb's form used as a noun after an article is no verb of saying
_NOUN_USE = re.compile(r"(?<![\w-])(?:[Tt]he|[Aa]n?) $")
_ON = re.compile(r"(?<![\w-])on\s*$")
# "He was charged with", "It is often called": the subject is not who speaks ("was recorded saying" is)
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are|be)(?: (?!as\b)\w+){0,2} $")
_NOUN_LINK = re.compile(r"\s+(?:of|by|from)\s+(?:the\s+)?")


def _agent(doc: Doc, seg_start: int, cues: list, q: _Found, mentions: Mentions) -> tuple | None:
    """The actor named after "by" behind a passive verb of saying, the quotation right after it:
    'was described by the historian X as "..."', 'was called by Amnesty International "..."'."""
    norm = doc.norm
    for c in reversed(cues):
        if not c.group("verb") or not _PASSIVE.search(norm, max(seg_start, seg_start + c.start() - 24),
                                                      seg_start + c.start()):
            continue
        by = _BY_AGENT.match(norm, seg_start + c.end())
        named = mentions.within(by.end(), q.open) if by else []
        if named and named[0][0] == by.end() and _AGENT_TAIL.fullmatch(norm, named[0][1], q.open):
            return named[0]
    return None


_BY_AGENT = re.compile(r" by (?:the )?(?:[a-z][\w-]* ){0,3}")
_AGENT_TAIL = re.compile(r"(?:,[^,\"\n]{1,100},)?\s*(?:as|:)?\s*")


def _noun_owner(norm: str, seg_start: int, cues: list, verb: re.Match, named: list) -> tuple | None:
    """The body a noun of saying belongs to when that noun is the verb's subject: "The report of X ... found"."""
    noun = next((n for n in cues if n.group("noun") and n.start() < verb.start()), None)
    if noun is None or norm[seg_start : seg_start + noun.start()].strip().lower() not in ("the", "a", "its", "their"):
        return None
    end = seg_start + noun.end()
    return next((n for n in named if (m := _NOUN_LINK.match(norm, end)) and n[0] == m.end()), None)
# between a noun of saying and its title: who issued it and when, "of"/"by" phrases of names and dates
_TITLE_GAP = re.compile(r" (?:of|by)(?: (?:of|by|from|the|[A-Z0-9][\w.'-]*))*")


def _subject_before(doc: Doc, g: _Grammar, pos: int, mentions: Mentions,
                    depth: int = 0) -> tuple[Actor | None, str] | None:
    """What "it" stands for. Opening a sentence: the organisation the sentence before names first,
    its subject as a rule ("The Commission ... published its findings. It held that ..."), or the
    body it describes ("the office had put ...") or opens with. Inside a sentence: what the
    sentence's own subject stands for ("It found ..., and it wrote that ...")."""
    i = bisect.bisect_right(doc.sentence_starts, pos) - 1
    if i < 0 or depth > 3:
        return None
    lo, hi = doc.sentences[i]
    norm = doc.norm
    if lo != pos:
        if g.org_pronoun_opens.match(norm, lo):
            return _subject_before(doc, g, lo, mentions, depth + 1)
        first = mentions.within(lo, min(hi, lo + 200))
        if first and first[0][0] == lo and first[0][2].kind == "organization":
            return first[0][2], first[0][2].name
        return None
    if i < 1:
        return None
    lo, hi = doc.sentences[i - 1]
    named = mentions.within(lo, hi)
    org = next((a for _, _, a in named if a.kind == "organization"), None)
    if org is not None:
        return org, org.name
    if g.org_pronoun_opens.match(norm, lo):
        return _subject_before(doc, g, lo, mentions, depth + 1)
    if (d := g.org_noun_in.search(norm, lo, hi)) is not None:
        return _body(doc, g, d.group("noun").lower(), d.start(), mentions)
    if (spelled := _spelled(g.org_heads).search(norm, lo, hi)) is not None:
        return None, _spelled_name(doc, spelled)  # "Earlier the Prosecutor General's Office had put ..."
    o = g.opening_name.match(norm, lo, hi)
    if o is not None and not any(s == o.start("n") for s, _, _ in named) and (
        o.group("n").split()[0] not in names_lexicon(doc.language).starters
    ):
        return None, doc.text[o.start("n") : o.end("n")]
    return None


def _body(doc: Doc, g: _Grammar, noun: str, pos: int, mentions: Mentions) -> tuple[Actor | None, str] | None:
    """The organisation "the <noun>" stands for: the last one named whose name holds the noun
    or a kin noun ("the court": a tribunal); else a name the text spells with the noun that the
    organisations missed ("the Prosecutor General's Office said ... the office"); else, for a
    noun any body answers to ("the group"), the last organisation named."""
    for word in (noun, *g.org_kin.get(noun, ())):
        named = mentions.last_organization_before(pos, word)
        if named is not None and word in named.name.lower():
            return named, named.name
    # "the Mothers of Kravica association ... the association": the noun written after the name
    called = [a for _, e, a in mentions.within(max(0, pos - 3000), pos)
              if a.kind == "organization" and doc.norm[e : e + len(noun) + 1].lower() == f" {noun}"]
    if called:
        return called[-1], called[-1].name
    spelled = [n for m in _spelled(re.escape(noun[:1].upper() + noun[1:])).finditer(doc.norm, max(0, pos - 3000), pos)
               if (n := _spelled_name(doc, m)).lower() != noun]  # "The Ministry calls ..." spells no name
    if spelled:
        return None, spelled[-1]  # the last spelled before
    if (head := _letterhead(doc, noun)) is not None:
        return None, head
    if noun in g.generic_org_nouns and named is not None:
        return named, named.name
    return None


def _letterhead(doc: Doc, noun: str) -> str | None:
    """The body a document's capitalised letterhead names with `noun`: "MINISTRY OF FOREIGN AFFAIRS OF
    THE REPUBLIC OF X (Y)" over a statement that later says "the Ministry" -> "Ministry of Foreign
    Affairs of the Republic of X"."""
    word = re.compile(rf"\b{re.escape(noun.upper())}\b")
    for line in doc.norm[:1000].split("\n")[:12]:
        if not word.search(line) or any(ch.islower() for ch in line):
            continue
        part = next(p for p in _HEAD_PARTS.split(line) if word.search(p))
        at = word.search(part).start()
        words = (_HEAD_LEAD.sub("", part[:at], count=1) + part[at:]).split()
        if 2 <= len(words) <= 14:
            return " ".join(w.lower() if w.lower() in _HEAD_SMALL else w[:1] + w[1:].lower() for w in words)
    return None


_HEAD_PARTS = re.compile(r"\s+[\u2014\u2013-]\s+|\s*[(),/|:]\s*")
_HEAD_LEAD = re.compile(r"^(?:.*\b(?:BY|FROM|OF)\s+)?(?:THE\s+)?")  # "STATEMENT BY THE COALITION ...": the coalition
_HEAD_SMALL = frozenset({"of", "the", "and", "for", "on", "in", "to"})


@cache
def _spelled(head: str) -> re.Pattern:
    """A capitalised name with `head` (a pattern) as its head: "Prosecutor General's Office", "Ministry of Health"."""
    word = r"[A-Z][\w'.-]*"
    tail = rf"(?: (?:of|for|on|into) (?:the )?{word}(?: (?:(?:and|of|for|on|in|the) )*{word})*)"
    return re.compile(rf"(?<![\w-])(?:(?P<pre>(?:{word} )+){head}\b(?P<tail>{tail})?|{head}{tail})")


def _spelled_name(doc: Doc, m: re.Match) -> str:
    """The name a `_spelled` match gives: without "The", nor the owner of a "Panel of Experts on ..."
    ("the Secretary-General's Panel of Experts"); an owner with no "of" after ("Prosecutor General's
    Office") is the name's own."""
    s, e = m.span()
    if doc.norm.startswith("The ", s):
        s += 4
    if m.group("pre") and m.group("tail") and (cut := m.group("pre").rfind("'s ")) != -1:
        s = max(s, m.start("pre") + cut + 3)
    return doc.text[s:e]


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
    if _PLACE_BEFORE.search(doc.norm, max(lo, m.start() - 8), m.start()):
        return None  # "A man from Kibuye told ...": the name is where the speaker is from
    return m.span("n")


_NOUN_VERB = re.compile(r" (?:was|is|were|are|has been|had been|have been)\b")
_PLACE_BEFORE = re.compile(r"(?<![\w-])(?:from|in|at|near|of|outside|inside) $")


def _inside(pos: int, ranges: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in ranges)


def _set_speaker(doc: Doc, g: _Grammar, q: _Found, ws: int, we: int, mentions: Mentions, rule: str,
                 actor: Actor | None = None) -> bool:
    words = doc.norm[ws:we]
    if words.lower() in g.person_pronouns:
        # "he said" with no one named before: a quotation all the same, its speaker unknown.
        actor = _pronoun_person(doc, g, ws, mentions)
        if actor is None:
            q.speaker, q.speaker_name, q.rule = None, None, f"{g.lang}.quotes.{rule}"
            return True
    else:
        # "UN Secretary-General Antonio Guterres": the last name inside is the head, the UN its owner
        inside = [n for n in mentions.within(ws, we) if n[1] <= we]
        actor = actor or (inside[-1][2] if inside else mentions.at(ws, we))
        if actor is None and words.lower() in g.group_pronouns:
            return False
        if actor is None and words.lower() in g.org_pronouns:
            found = _subject_before(doc, g, ws, mentions)
            if found is None and (last := mentions.last_organization_before(ws, "")) is not None:
                found = last, last.name
            if found is None:
                return False
            q.speaker, q.speaker_name, q.rule = found[0], found[1], f"{g.lang}.quotes.{rule}"
            return True
        if actor is None and g.described.match(words):
            actor = mentions.last_titled_before(ws, words.split()[-1])  # "the minister" named earlier
            if actor is None:
                return False  # "a police spokesman said": no one the text names
        if actor is None and (o := g.org_noun.match(words)):
            noun = o.group("noun").lower()
            actor = _issuer_before(mentions, ws, g.issuers[noun]) if noun in g.issuers else None
            # "the organisation" named earlier
            found = (actor, actor.name) if actor else _body(doc, g, noun, ws, mentions)
            if found is None:
                return False
            q.speaker, q.speaker_name, q.rule = found[0], found[1], f"{g.lang}.quotes.{rule}"
            return True
    q.speaker = actor
    q.speaker_name = actor.name if actor else doc.text[ws:we]
    q.rule = f"{g.lang}.quotes.{rule}"
    return True


def _pronoun_person(doc: Doc, g: _Grammar, pos: int, mentions: Mentions) -> Actor | None:
    """Whom "he" or "she" stands for: the person named last, or, when the sentence naming
    them names several, the one it gives words to ("Weber said Bakr's men had blocked the
    road. '...,' he said": Weber)."""
    last = mentions.last_person_before(pos)
    if last is None:
        return None
    people = [n for n in mentions.within(max(0, pos - 600), pos) if n[2].kind == "person" and n[1] <= pos]
    if len(people) < 2:
        return last
    lo, _ = doc.sentence_at(people[-1][0])
    people = [n for n in people if n[0] >= lo]
    norm = doc.norm
    speaking = [a for s, e, a in people if g.post_tail.match(norm, e) or g.verb_before.search(norm, max(0, s - 30), s)]
    return speaking[-1] if speaking else last


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
        # a short capitalised phrase is a name or an epithet, whoever uses it ("the Butcher"); not an
        # utterance with its own punctuation that a speaker after it says ('"Unacceptable," X wrote')
        said = q.rule == f"{g.lang}.quotes.how_put" or (
            q.rule == f"{g.lang}.quotes.said_after" and doc.norm[e - 1 : e] in ",.!?")
        return attributed and q.strict and (said or not _title_case(words, g.small_words))
    if (not attributed or not q.colon) and _title_case(words, g.small_words):
        # a quoted title: a report, a book, an operation; what people say is not written in title case
        return False
    return True


def _title_case(words: list[str], small_words: frozenset[str]) -> bool:
    content = [w for w in words if w.lower() not in small_words]
    return bool(content) and sum(w[:1].isupper() for w in content) >= 0.8 * len(content)
