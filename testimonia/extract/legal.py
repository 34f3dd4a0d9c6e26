"""Legal instruments a document cites, and the labels it gives events.

Instruments: one case-sensitive trie regex finds the known names and aliases
of `lexicons/<lang>/legal.yaml` (conventions, statutes, charters) and the heads
of titles no table can list ("Convention on ...", "... Act of 1964", "Law on
...", "Decree No. 10", "Law No. 15/2016"); bodies of law ("international
humanitarian law"), in any case, and numbered resolutions ("UN Security Council
resolution 822", and "resolutions 853 and 874" as one name, as cited) are found
from a few anchor words in the lower-cased text; a few regexes add resolutions cited by symbol
("S/RES/2286 (2016)"), lower-case titles with a date ("the decree on ... of 7
August 1932") and quoted titles ('the law "On ..."'). A fact's `name` is the
text's own form, less a year written before it, a year after any head but
"Act" and a part cited of it ("Common Article 3 of the Geneva Conventions"), so
it can be compared with a gold name; `canonical_name()` maps it to the
instrument's canonical title.

Characterizations: "genocide", "massacre", "war crimes" ... as a source
labels an event, with the event's name when the text writes one beside the
label ("Khojaly genocide", "massacre in Srebrenica"); `characterized_name()`
gives that name back so the pipeline can link the label to an event.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

from testimonia.extract.doc import Doc
from testimonia.extract.lexicon import load
from testimonia.extract.names import WORD, bounded, flat, trie
from testimonia.model.facts import Characterization, LegalInstrument, Span

_CT = rf"(?:{WORD}|U\.N\.)"
_WORD = re.compile(WORD)
_CAP_TOKEN = re.compile(_CT)
# "822", "37/123 D" (a part of a resolution), "S-19/1" and "ES-10/1" (special sessions), "1820 (2008)"
# and "96 (I)" (an early General Assembly resolution with its session)
_NUMBER = re.compile(r"(?:[A-Z]{1,2}-)?\d{1,4}(?:/\d{1,4})?(?: [A-H](?=[,.;:)]|$| (?:of|and|on|in|by)\b))?"
                     r"(?: \((?:\d{4}|[IVX]{1,5})\))?")


@dataclass(slots=True)
class _Anchors:
    """Lower-case phrases found by `str.find` on a distinctive word, then checked in place."""

    by_anchor: dict[str, list[tuple[str, int, object]]]

    @classmethod
    def of(cls, phrases: dict[str, object], anchors: tuple[str, ...] = ()) -> _Anchors:
        """Each phrase is found by the first of `anchors` it holds, else by its longest word's first six letters."""
        by_anchor: dict[str, list[tuple[str, int, object]]] = {}
        for phrase, value in phrases.items():
            anchor = next((a for a in anchors if a in phrase), max(phrase.split(), key=len)[:6])
            by_anchor.setdefault(anchor, []).append((phrase, phrase.index(anchor), value))
        for entries in by_anchor.values():
            entries.sort(key=lambda e: -len(e[0]))
        return cls(by_anchor)

    def find(self, low: str) -> list[tuple[int, int, object]]:
        """(start, end, value) of every phrase in `low`, longest at each place, at word boundaries."""
        out = []
        for anchor, entries in self.by_anchor.items():
            i = low.find(anchor)
            while i != -1:
                for phrase, offset, value in entries:
                    s = i - offset
                    if s >= 0 and low.startswith(phrase, s) and bounded(low, s, s + len(phrase)):
                        out.append((s, s + len(phrase), value))
                        break
                i = low.find(anchor, i + 1)
        return out


@dataclass(slots=True)
class _Legal:
    lang: str
    scan: re.Pattern
    known: dict[str, str]  # alias -> kind
    parts: frozenset[str]  # aliases that cite a part of an instrument: "Common Article 3"
    known_prefixes: tuple[str, ...]
    part_joint: str
    canonical: dict[str, str]
    head_first: frozenset[str]
    bare_heads: frozenset[str]
    head_last: frozenset[str]
    head_last_not: frozenset[str]
    not_alone: frozenset[str]
    year_heads: frozenset[str]
    not_titles: frozenset[str]
    starters: frozenset[str]
    title_links: frozenset[str]
    first_tail: re.Pattern
    last_tail: re.Pattern  # a title after a head-last word: "Special Act on the ..."
    year_tail: re.Pattern
    known_tail: re.Pattern  # what goes on with a known name: "Hague Convention IV of 1907 respecting ..."
    known_joint: str
    part_words: frozenset[str]
    numbered_heads: frozenset[str]
    numbered_too: frozenset[str]
    number_tail: re.Pattern
    lower: _Anchors  # bodies of law, "resolution"
    issuers: tuple[str, ...]
    plurals: dict[str, str]
    subject_ends: frozenset[str]
    list_joint: re.Pattern
    number_words: tuple[str, ...]
    labels: _Anchors
    not_event_words: frozenset[str]
    not_after: frozenset[str]
    place_after: re.Pattern
    place_link: re.Pattern
    dated: re.Pattern
    title_before: re.Pattern
    title_opens: tuple[str, ...]
    far_noun: re.Pattern
    far_opens: tuple[str, ...]
    far_links: frozenset[str]
    far_reach: int
    dated_title: re.Pattern
    dated_title_date: re.Pattern  # the date that ends every dated title: where there is none, no scan
    symbol: re.Pattern


@cache
def _legal(language: str) -> _Legal:
    lx = load(language, "legal")
    ch = load(language, "characterizations")
    stop = load(language, "person_stop")
    known: dict[str, str] = {}
    canonical: dict[str, str] = {}
    parts: set[str] = set()
    lowered_heads = frozenset(lx["generic"]["lowered_heads"])
    for entry in lx["instruments"].values():
        for alias in entry["aliases"]:
            words = alias.split(" ")
            # "the Geneva conventions", "the UN charter": the head in lower case, as many papers write it
            lowered = alias
            if len(words) > 1 and words[-1] in lowered_heads:
                lowered = " ".join(words[:-1] + [words[-1].lower()])
            for form in {alias, lowered}:
                known[form] = entry.get("kind", "instrument")
                canonical[form.lower()] = entry["canonical"]
        parts.update(entry.get("parts", ()))
    lower: dict[str, object] = {}
    for entry in lx["bodies_of_law"].values():
        for alias in entry["aliases"]:
            lower[alias.lower()] = ("body", alias.lower())
            canonical[alias.lower()] = entry["canonical"]
    for w in lx["resolutions"]["words"]:
        lower[w.lower()] = ("resolution", w.lower())
    # "international humanitarian and human rights law" cites two bodies of law.
    co = lx["coordinated"]
    for a in co["fields"]:
        for b in co["fields"]:
            if a != b:
                for joint in co["joints"]:
                    for again in ("", f"{co['prefix']} "):
                        phrase = f"{co['prefix']} {a} {joint} {again}{b} {co['law']}"
                        lower[phrase] = ("coordinated", (f"{co['prefix']} {a}", joint, co["law"]))
    gen = lx["generic"]
    heads = gen["head_first"] + gen["head_last"] + gen["numbered_heads"] + gen["numbered_too"]
    links = trie(gen["title_links"])
    # a number inside a title stands between capitalised words: "on the May 18 Democratization Movement"
    seq = rf"{_CT}(?:,? (?!(?:(?:{links}) )*(?:{trie(heads)})\b)(?:(?:{links}) )*{_CT}| \d{{1,4}}(?= {_CT}))*"
    dt = lx["dated_titles"]
    calendar = trie(stop["not_in_name"]["en.stop.calendar"])
    articles = trie(ch["articles"])
    place_links = trie(ch["place_links"])
    labels = {}
    for cid, entry in ch["labels"].items():
        for w in entry["words"]:
            labels[w.lower()] = (cid, entry["label"])
    return _Legal(
        lang=language,
        scan=re.compile(rf"(?:{trie(list(known) + heads)})(?![\w-]|'(?!s\b))"),  # "the Rome Statute's"
        known=known,
        parts=frozenset(parts),
        known_prefixes=tuple(f"{p} " for p in sorted(gen["known_prefixes"], key=len, reverse=True)),
        part_joint=gen["part_joint"],
        canonical=canonical,
        head_first=frozenset(gen["head_first"]),
        bare_heads=frozenset(gen.get("bare_heads", [])),
        head_last=frozenset(gen["head_last"]),
        head_last_not=frozenset(gen["head_last_not"]),
        not_alone=frozenset(gen["not_alone"]),
        year_heads=frozenset(gen["year_heads"]),
        not_titles=frozenset(gen["not_titles"]),
        starters=frozenset(w for g in gen["starter_groups"] for w in stop["starters"][g]),
        title_links=frozenset(gen["title_links"]),
        # "the Convention on Monday" is no title: a day or month right after the link is a date
        first_tail=re.compile(rf" (?:{trie(gen['head_first_links'])}) (?!(?:{calendar})\b)(?:{articles} )?{seq}"),
        last_tail=re.compile(rf" (?:{trie(gen['head_last_links'])}) (?!(?:{calendar})\b)(?:{articles} )?{seq}"),
        # "Act of 1964", "Act of Parliament", and the British "Act 1921"
        year_tail=re.compile(rf" (?:{gen['year_link']} (?:\d{{4}}|{_CT})|\d{{4}}(?![\w/-]))"),
        known_tail=re.compile(rf"(?: [IVX]{{1,4}})?(?: {gen['year_link']} \d{{4}})?"
                              rf" (?:{trie(gen['known_links'])}) (?:{articles} )?{seq}"),
        known_joint=gen["known_joint"],
        part_words=frozenset(gen["part_words"]),
        numbered_heads=frozenset(gen["numbered_heads"]),
        numbered_too=frozenset(gen["numbered_too"]),
        number_tail=re.compile(rf" {gen['number_link']}(?![\d/-]|[.,]\d)"),
        lower=_Anchors.of(lower, anchors=(co["law"], *(w.lower() for w in lx["resolutions"]["words"]))),
        list_joint=re.compile(rf"(?:{trie(lx['resolutions']['list_joints'])})(\d{{1,4}}(?:/\d{{1,4}})?(?: \(\d{{4}}\))?)"),
        issuers=tuple(sorted(lx["resolutions"]["issuers"], key=len, reverse=True)),
        plurals=lx["resolutions"]["plurals"],
        subject_ends=frozenset(lx["resolutions"]["subject_ends"]),
        number_words=tuple(sorted(lx["resolutions"]["number_words"], key=len, reverse=True)),
        labels=_Anchors.of(labels),
        not_event_words=frozenset(ch["not_event_words"]) | frozenset(flat(stop["starters"])),
        not_after=frozenset(ch["not_after"]),
        place_after=re.compile(rf" (?:{place_links}) (?:{articles} )?{WORD}(?: {WORD}){{0,2}}"),
        place_link=re.compile(rf"^ (?:{place_links}) (?:{articles} )?"),
        dated=re.compile(lx["resolutions"]["dated"]),
        title_before=re.compile(
            rf"(?<![\w-])(?:(?P<before>{trie(lx['quoted_titles']['before'])})|{trie(lx['quoted_titles']['naming'])}) $"
        ),
        title_opens=tuple(w + " " for w in lx["quoted_titles"]["title_opens"]),
        far_noun=re.compile(rf"(?<![\w-])(?:{trie(lx['quoted_titles']['far_nouns'])}) "),
        far_opens=tuple(lx["quoted_titles"]["far_opens"]),
        far_links=frozenset(lx["quoted_titles"]["far_links"]),
        far_reach=lx["quoted_titles"]["far_reach"],
        symbol=re.compile(lx["resolutions"]["symbol"]),
        dated_title=re.compile(
            rf"(?<![\w-])(?P<name>(?:{trie(dt['heads'])}) {dt['link']} (?:[\w'’-]+ ){{1,{dt['words']}}}?)"
            rf"of {dt['date']}"
        ),
        dated_title_date=re.compile(rf"of {dt['date']}"),
    )


# --------------------------------------------------------------------------- instruments

_SYMBOL_MARK = "/RES/"  # in every document symbol the lexicon's `symbol` pattern reads ("S/RES/2286 (2016)")


def find_legal_instruments(doc: Doc) -> list[LegalInstrument]:
    """Every legal instrument `doc` cites, once per name, in order of first mention."""
    lx = _legal(doc.language)
    norm = doc.norm
    known, generic = [], []
    for m in lx.scan.finditer(norm):
        s, e = m.span()
        if s and (norm[s - 1].isalnum() or norm[s - 1] in "-_"):
            continue
        word = m.group()
        if word in lx.known:
            if (t := lx.known_tail.match(norm, e)) is not None:
                e = _trim_right(norm, e, t.end(), lx)
            s -= next((len(p) for p in lx.known_prefixes if norm.endswith(p, 0, s)), 0)  # "the UN Refugee Convention"
            known.append(LegalInstrument(span=Span(s, e), rule=f"{lx.lang}.legal.known", name=norm[s:e],
                                         kind=lx.known[word]))
        else:
            generic.extend(_generic(norm, s, e, word, lx))
    for s, e, (what, value) in lx.lower.find(doc.lower):
        if what == "body":
            written = norm[s:e]
            if written[:1].isupper() and _CAP_AFTER.match(norm, e):
                continue  # "the International Law Commission", "the Humanitarian Law Center": a body's name
            name = written.lower() if written[:1].islower() or written.isupper() else written
            known.append(LegalInstrument(span=Span(s, e), rule=f"{lx.lang}.legal.known", name=name, kind="body_of_law"))
        elif what == "coordinated":
            known.extend(_coordinated(norm, s, e, value, lx))
        else:
            generic.extend(_resolutions(norm, s, e, lx))
    if '"' in norm:
        generic.extend(_quoted_titles(doc, lx))
    # Each scan below opens with a look-behind, tried at every offset: a literal every match holds, found in C
    # first, spares it in most documents.
    for m in lx.symbol.finditer(norm) if _SYMBOL_MARK in norm else ():
        generic.append(LegalInstrument(span=Span(*m.span()), rule=f"{lx.lang}.legal.resolution_symbol",
                                       name=m.group(), kind="resolution"))
    for m in lx.dated_title.finditer(norm) if lx.dated_title_date.search(norm) else ():
        s, e = m.span("name")
        generic.append(LegalInstrument(span=Span(s, e - 1), rule=f"{lx.lang}.legal.dated_title",
                                       name=norm[s : e - 1], kind="title"))
    # Known names first: a generic pattern only adds what the table does not name.
    kept = _joined(norm, _longest(known), lx)
    # "their common Article 3" after the Geneva Conventions: a part of an instrument the text names
    whole = {lx.canonical[f.name.lower()] for f in kept if f.name not in lx.parts and f.name.lower() in lx.canonical}
    kept = [f for f in kept if f.name not in lx.parts or lx.canonical[f.name.lower()] not in whole]
    kept += _outside(_longest(generic), kept)
    seen: set[str] = set()
    numbers: set[str] = set()  # of resolutions named with their issuer
    out = []
    for f in sorted(kept, key=lambda f: f.span.start):
        if f.name == norm[f.span.start : f.span.end]:
            f.name = doc.text[f.span.start : f.span.end]  # as written: curly quotes and dashes stay
        low = f.name.lower()
        if f.kind == "resolution":
            number = low.rsplit(" ", 1)[-1]
            if low.startswith("resolution") and number in numbers:
                continue  # "adopted resolution S-19/1": the "Human Rights Council resolution S-19/1" named before
            if number[:1].isdigit() or number[1:2] == "-":
                numbers.add(number)
        if low not in seen:
            seen.add(low)
            out.append(f)
    return out


def _joined(norm: str, known: list[LegalInstrument], lx: _Legal) -> list[LegalInstrument]:
    """ "Additional Protocol I to the Geneva Conventions": an instrument to another is one name;
    "Common Article 3 of the Geneva Conventions" cites the Geneva Conventions alone."""
    out: list[LegalInstrument] = []
    for f in known:
        if out and (p := out[-1]).name in lx.parts and f.kind != "body_of_law" and \
                norm[p.span.end : f.span.start] == lx.part_joint:
            out[-1] = f
            continue
        if out and (p := out[-1]).kind != "body_of_law" and f.kind != "body_of_law" and \
                norm[p.span.end : f.span.start] == lx.known_joint:
            p.span = Span(p.span.start, f.span.end)
            p.name = norm[p.span.start : p.span.end]
            continue
        out.append(f)
    return out


def _outside(found: list[LegalInstrument], taken: list[LegalInstrument]) -> list[LegalInstrument]:
    """The facts of `found` (sorted) that overlap none of `taken` (sorted, disjoint)."""
    out, k = [], 0
    for f in found:
        while k < len(taken) and taken[k].span.end <= f.span.start:
            k += 1
        if k == len(taken) or taken[k].span.start >= f.span.end:
            out.append(f)
    return out


def canonical_name(name: str, language: str = "en") -> str | None:
    """The canonical title of an instrument the text names `name` ("Genocide Convention")."""
    return _legal(language).canonical.get(name.lower())


def _longest(found: list[LegalInstrument]) -> list[LegalInstrument]:
    found.sort(key=lambda f: (f.span.start, -(f.span.end - f.span.start)))
    kept: list[LegalInstrument] = []
    for f in found:
        if not kept or f.span.start >= kept[-1].span.end:
            kept.append(f)
    return kept


def _coordinated(norm: str, s: int, e: int, parts: tuple[str, str, str], lx: _Legal) -> list[LegalInstrument]:
    """ "international humanitarian and human rights law": two bodies of law, each on its own words."""
    first, joint, law = parts
    a_end = s + len(first)
    b_start = a_end + len(f" {joint} ")
    rule = f"{lx.lang}.legal.coordinated"
    return [
        LegalInstrument(span=Span(s, a_end), rule=rule, name=f"{norm[s:a_end]} {law}", kind="body_of_law"),
        LegalInstrument(span=Span(b_start, e), rule=rule, name=norm[b_start:e], kind="body_of_law"),
    ]


def _generic(norm: str, s: int, e: int, head: str, lx: _Legal) -> list[LegalInstrument]:
    """A capitalised title around a head: "Convention on Cluster Munitions", "Arms Trade Treaty"."""
    if head in lx.numbered_heads or head in lx.numbered_too:
        # "Martial Law Decree No. 10": a number makes the words before the head a title, whatever they are;
        # "Decree No. 10" and "Law No. 15/2016" need none, but "Order 66" does ("Executive Order 9066"),
        # with three digits or more ("Court Order 3 days later" names none); after a law or act, a year's four
        # ("Act 1973", not "Press Law 40 journalists")
        left = _left_words(norm, s, lx, strip=False)
        n = lx.number_tail.match(norm, e)
        bare = bool(n and left and len(n.group("digits")) >= (3 if head in lx.numbered_heads else 4))
        if n is not None and (n.group("marked") or n.group("slashed") or bare):
            start = left[0][0] if left else s
            return [LegalInstrument(span=Span(start, n.end()), rule=f"{lx.lang}.legal.title_numbered",
                                    name=norm[start : n.end()], kind=head.lower())]
        if head not in lx.numbered_too:
            return []
    left = _left_words(norm, s, lx)
    end, rule = e, "title_head_first"
    if head in lx.head_first:
        m = lx.first_tail.match(norm, e)
        if m:
            end = _closing_head(norm, _trim_right(norm, e, m.end(), lx), lx)
    if end == e:
        rule = "title_head_last"
        if not left and head in lx.bare_heads and s >= 2 and norm[s - 1] == " " and norm[s - 2].islower() \
                and not norm[e + 1 : e + 2].isupper():
            # "sign the new Constitution into law": the country's own, named by its head alone
            return [LegalInstrument(span=Span(s, e), rule=f"{lx.lang}.legal.bare_head", name=head, kind=head.lower())]
        if head not in lx.head_last or all(w in lx.not_alone for _, w in left):
            return []  # no words before the head, or none that makes a title: "Martial Law", "a Peace Agreement"
        if _headline(norm, s):
            return []  # "Leaders Sign Declaration In Prague": every word of a headline is capitalised
        after = _CAP_AFTER.match(norm, e)
        if after and after.group(1) not in lx.starters and not _ROMAN.fullmatch(after.group(1)):
            return []  # the head inside another name: "the Human Rights Law Centre", "the Media Law Institute"
        m = lx.last_tail.match(norm, e)
        if m:
            end = _closing_head(norm, _trim_right(norm, e, m.end(), lx), lx)
        if end == e and head in lx.year_heads:
            y = lx.year_tail.match(norm, e)
            end = y.end() if y else e
    start = left[0][0] if left else s
    if norm[start:end] in lx.not_titles:
        return []  # "a Code of Conduct for journalists"
    return [LegalInstrument(span=Span(start, end), rule=f"{lx.lang}.legal.{rule}", name=norm[start:end],
                            kind=head.lower())]


_BRACKETED = re.compile(rf"\(?{WORD}\)?")  # "(Evidence)", "(Special Powers)" word by word
_LEFT_LINKS = frozenset({"of", "and", "for", "on"})


def _left_words(norm: str, pos: int, lx: _Legal, strip: bool = True) -> list[tuple[int, str]]:
    """The capitalised words of a title before its head: "Arms Trade", "Tribunals of Inquiry (Evidence)"
    (a link word only between two capitalised ones). Without `strip`, words that name no instrument
    before a head-last word ("Martial Law") stay: a number after the head vouches for them."""
    words: list[tuple[int, str]] = []
    while len(words) < 6 and pos >= 2 and norm[pos - 1] == " ":
        ws = norm.rfind(" ", max(0, pos - 40), pos - 1) + 1
        word = norm[ws : pos - 1]
        if not (_CAP_TOKEN.fullmatch(word) or _BRACKETED.fullmatch(word) or (word in _LEFT_LINKS and words)):
            break
        words.insert(0, (ws, word))
        pos = ws
    while words and (words[0][1] in _LEFT_LINKS or words[0][1].startswith("(") or words[0][1] in lx.starters
                     or strip and words[0][1] in lx.head_last_not or _unbalanced(words)):
        words.pop(0)
    return words


def _unbalanced(words: list[tuple[int, str]]) -> bool:
    joined = "".join(w for _, w in words)
    return joined.count("(") != joined.count(")")


def _trim_right(norm: str, s: int, e: int, lx: _Legal) -> int:
    """Drop trailing words that close a clause rather than the title, and a part cited after it
    ("..., Article 5")."""
    words = norm[s:e].split(" ")
    while len(words) > 2 and (words[-1] in lx.starters or words[-1].rstrip(",") in lx.title_links
                              or words[-1] in lx.part_words and words[-2].endswith(",")):
        words.pop()
    return s + len(" ".join(words).rstrip(","))


def _headline(norm: str, pos: int) -> bool:
    """Whether the line holding `pos` is set in title case: a preposition capitalised inside a sentence."""
    ls = norm.rfind("\n", 0, pos) + 1
    le = norm.find("\n", pos)
    words = norm[ls : le if le != -1 else len(norm)].split()
    return len(words) > 3 and any(w in _TITLE_CASE_LINKS and not before.endswith((".", "!", "?", ":", ";", '"'))
                                  for before, w in zip(words, words[1:]))


# Prepositions a headline capitalises and running text never does.
_TITLE_CASE_LINKS = frozenset(("In", "On", "At", "Over", "After", "With", "Amid", "Into", "From"))


def _closing_head(norm: str, end: int, lx: _Legal) -> int:
    """A title's tail stops before a head word, lest it run into a second title; but a head right
    after the tail's last capitalised word, with no capitalised word after it, ends the title:
    "Law on the Legal Regime of Martial Law", "Law on Amendments to the Criminal Code"."""
    if end < 1 or not norm[end - 1].isalpha() or (h := _CAP_AFTER.match(norm, end)) is None:
        return end
    last = norm[norm.rfind(" ", 0, end) + 1 : end]
    if h.group(1) not in lx.head_last or not last[:1].isupper() or _CAP_AFTER.match(norm, h.end()) \
            or norm.startswith((" of ", " to "), h.end()):
        return end
    return h.end()


_CAP_AFTER = re.compile(rf" ({WORD})")
_ROMAN = re.compile(r"[IVX]{1,4}")
_POSSESSIVES = ("its ", "their ", "Its ", "Their ")


def _resolutions(norm: str, s: int, e: int, lx: _Legal) -> list[LegalInstrument]:
    """ "UN Security Council resolution 822", "resolutions 853, 874 and 884": one per number."""
    pos = e + 1 if norm[e : e + 1] == " " else -1
    if pos < 0:
        return []
    for w in lx.number_words:
        if norm.startswith(w, pos):
            pos += len(w) + (norm[pos + len(w)] == " ")
            break
    first = _NUMBER.match(norm, pos)
    issuer = next((i for i in lx.issuers if norm.endswith(i + " ", 0, s)), None)
    if (not first or not bounded(norm, first.start(), first.end())) and (d := lx.dated.match(norm, e)) and (
        issuer or norm.endswith(_POSSESSIVES, 0, s)
    ):
        # "European Parliament resolution of 15 April 2015 on the centenary of the Armenian Genocide";
        # "in its resolution of 7 July 1988 on ...": the issuer named before
        start = s - len(issuer) - 1 if issuer else s
        end = _subject_end(norm, e, d.end(), lx)
        return [LegalInstrument(span=Span(start, end), rule=f"{lx.lang}.legal.resolution_dated",
                                name=norm[start:end], kind="resolution")]
    if not first or not bounded(norm, first.start(), first.end()):
        return []
    start = s - len(issuer) - 1 if issuer else s
    rule = f"{lx.lang}.legal.resolution"
    word = norm[s:e]
    name = norm[start : first.end()]
    if word in lx.plurals:  # "resolutions 1264 and 1272": each is a resolution
        name = norm[start:s] + lx.plurals[word] + norm[e : first.end()]
    out = [LegalInstrument(span=Span(start, first.end()), rule=rule, name=name, kind="resolution")]
    prefix = f"{issuer} {lx.plurals.get(word, word)}" if issuer else lx.plurals.get(word, word)
    at = first.end()
    while (m := lx.list_joint.match(norm, at)) and bounded(norm, m.start(1), m.end(1)):
        out.append(LegalInstrument(span=Span(m.start(1), m.end(1)), rule=rule, name=f"{prefix} {m.group(1)}",
                                   kind="resolution"))
        at = m.end(1)
    if word in lx.plurals and len(out) > 1:
        # "resolutions 822, 853, 874 and 884": cited together, named together, as the text writes them
        return [LegalInstrument(span=Span(start, at), rule=f"{rule}_list", name=norm[start:at], kind="resolution")]
    return out


def _subject_end(norm: str, s: int, e: int, lx: _Legal) -> int:
    """The end of a dated resolution's subject: before the sentence's verb, if it runs on to one."""
    pos = s
    for word in norm[s:e].split(" "):
        if word in lx.subject_ends:
            return pos - 1
        pos += len(word) + 1
    return e


def _quoted_titles(doc: Doc, lx: _Legal) -> list[LegalInstrument]:
    """Instruments named by a quoted title: 'the law "On the Holodomor of 1932-1933 in Ukraine"',
    'known as the "law of five ears of grain"'."""
    norm, out = doc.norm, []
    for m in _QUOTED.finditer(norm):
        title = m.group(1).strip().rstrip(",.")
        b = lx.title_before.search(norm, max(0, m.start() - 24), m.start())
        if b is not None and (b.group("before") or title.startswith(lx.title_opens)) or \
                title.startswith(lx.far_opens) and _far_noun(norm, m.start(), lx):
            s = m.start(1)
            out.append(LegalInstrument(span=Span(s, s + len(title)), rule=f"{lx.lang}.legal.quoted_title",
                                       name=title, kind="title"))
    return out


def _far_noun(norm: str, pos: int, lx: _Legal) -> bool:
    """Whether an act's noun stands before `pos` with its issuer, number or date between:
    'the decree of the Presidium of 7 August 1932 "On ...'."""
    for n in reversed(list(lx.far_noun.finditer(norm, max(0, pos - lx.far_reach), pos))):
        gap = norm[n.end() : pos].replace(",", " ").split()
        named = [w for w in gap if w not in lx.far_links]
        if named and all(w[:1].isupper() or w[:1].isdigit() for w in named):
            return True
    return False


_QUOTED = re.compile(r'"([^"\n]{3,150})"')


# --------------------------------------------------------------------------- characterizations


def find_characterizations(doc: Doc, exclude: list[Span] | None = None) -> list[Characterization]:
    """Every label `doc` gives an event ("Khojaly genocide", "war crimes"), in text order.

    Labels inside a legal instrument's name ("Crime of Genocide") are not
    characterizations; `exclude` defaults to the spans of `find_legal_instruments(doc)`.
    """
    lx = _legal(doc.language)
    norm = doc.norm
    if exclude is None:
        exclude = [f.span for f in find_legal_instruments(doc)]
    spans = sorted((x.start, x.end) for x in exclude)
    starts = [x[0] for x in spans]
    out = []
    for s, e, (cid, label) in sorted(lx.labels.find(doc.lower)):
        k = bisect.bisect_right(starts, s) - 1
        if k >= 0 and spans[k][1] > s or k + 1 < len(spans) and spans[k + 1][0] < e:
            continue
        if norm[e : e + 1] == " " and norm[e + 1 : e + 30].split(" ", 1)[0].rstrip(".,;:") in lx.not_after:
            continue
        start, end = _event_name_start(norm, s, lx), e
        if start == s:
            p = lx.place_after.match(norm, e)
            end = p.end() if p else e
        out.append(Characterization(span=Span(start, end), rule=f"{lx.lang}.characterizations.{cid.split('.')[-1]}",
                                    label=label))
    return out


def _event_name_start(norm: str, s: int, lx: _Legal) -> int:
    """Start of the capitalised words naming the event right before a label ("Khojaly genocide")."""
    start = s
    for _ in range(3):
        if start < 2 or norm[start - 1] != " ":
            break
        ws = norm.rfind(" ", max(0, start - 40), start - 1) + 1
        word = norm[ws : start - 1]
        if not _WORD.fullmatch(word) or word in lx.not_event_words:
            break
        start = ws
    return start


def characterized_name(doc: Doc, c: Characterization) -> str | None:
    """The event name the text writes beside a label: "Khojaly" in "Khojaly genocide"."""
    lx = _legal(doc.language)
    low = doc.lower[c.span.start : c.span.end]
    hits = lx.labels.find(low)
    if not hits:
        return None
    s, e, _ = min(hits)
    text = doc.text[c.span.start : c.span.end]
    before, after = text[:s].strip(), lx.place_link.sub("", text[e:]).strip()
    return before or after or None
