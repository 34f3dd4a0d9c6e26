"""Legal instruments a document cites, and the labels it gives events.

Instruments: one case-sensitive trie regex finds the known names and aliases
of `lexicons/<lang>/legal.yaml` (conventions, statutes, charters) and the heads
of titles no table can list ("Convention on ...", "... Act of 1964", "Law on
..."); bodies of law ("international humanitarian law"), in any case, and
numbered resolutions ("UN Security Council resolution 822", "resolutions 853
and 874") are found from a few anchor words in the lower-cased text. A fact's
`name` is the text's own form, so it can be compared with a gold name;
`canonical_name()` maps it to the instrument's canonical title.

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
_NUMBER = re.compile(r"(?:[A-Z]{1,2}-)?\d{1,4}(?:/\d{1,4})?(?: [A-H](?=[,.;:)]|$| (?:of|and|on|in|by)\b))?(?: \(\d{4}\))?")


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
    canonical: dict[str, str]
    head_first: frozenset[str]
    bare_heads: frozenset[str]
    head_last: frozenset[str]
    head_last_not: frozenset[str]
    starters: frozenset[str]
    title_links: frozenset[str]
    first_tail: re.Pattern
    last_tail: re.Pattern  # a title after a head-last word: "Special Act on the ..."
    year_tail: re.Pattern
    known_tail: re.Pattern  # what goes on with a known name: "Hague Convention IV of 1907 respecting ..."
    known_joint: str
    part_words: frozenset[str]
    numbered_heads: frozenset[str]
    number_tail: re.Pattern
    lower: _Anchors  # bodies of law, "resolution"
    issuers: tuple[str, ...]
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


@cache
def _legal(language: str) -> _Legal:
    lx = load(language, "legal")
    ch = load(language, "characterizations")
    stop = load(language, "person_stop")
    known: dict[str, str] = {}
    canonical: dict[str, str] = {}
    for entry in lx["instruments"].values():
        for alias in entry["aliases"]:
            known[alias] = entry.get("kind", "instrument")
            canonical[alias.lower()] = entry["canonical"]
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
    heads = gen["head_first"] + gen["head_last"] + gen["numbered_heads"]
    links = trie(gen["title_links"])
    # a number inside a title stands between capitalised words: "on the May 18 Democratization Movement"
    seq = rf"{_CT}(?:,? (?!(?:(?:{links}) )*(?:{trie(heads)})\b)(?:(?:{links}) )*{_CT}| \d{{1,4}}(?= {_CT}))*"
    articles = trie(ch["articles"])
    place_links = trie(ch["place_links"])
    labels = {}
    for cid, entry in ch["labels"].items():
        for w in entry["words"]:
            labels[w.lower()] = (cid, entry["label"])
    return _Legal(
        lang=language,
        scan=re.compile(rf"(?:{trie(list(known) + heads)})(?![\w'-])"),
        known=known,
        canonical=canonical,
        head_first=frozenset(gen["head_first"]),
        bare_heads=frozenset(gen.get("bare_heads", [])),
        head_last=frozenset(gen["head_last"]),
        head_last_not=frozenset(gen["head_last_not"]),
        starters=frozenset(flat(stop["starters"])),
        title_links=frozenset(gen["title_links"]),
        first_tail=re.compile(rf" (?:{trie(gen['head_first_links'])}) (?:{articles} )?{seq}"),
        last_tail=re.compile(rf" (?:{trie(gen['head_last_links'])}) (?:{articles} )?{seq}"),
        # "Act of 1964", "Act of Parliament", and the British "Act 1921"
        year_tail=re.compile(rf" (?:{gen['year_link']} (?:\d{{4}}|{_CT})|\d{{4}}(?![\w/-]))"),
        known_tail=re.compile(rf"(?: [IVX]{{1,4}})?(?: {gen['year_link']} \d{{4}})?"
                              rf" (?:{trie(gen['known_links'])}) (?:{articles} )?{seq}"),
        known_joint=gen["known_joint"],
        part_words=frozenset(gen["part_words"]),
        numbered_heads=frozenset(gen["numbered_heads"]),
        number_tail=re.compile(rf" {gen['number_link']}(?!\d)"),
        lower=_Anchors.of(lower, anchors=(co["law"], *(w.lower() for w in lx["resolutions"]["words"]))),
        list_joint=re.compile(rf"(?:{trie(lx['resolutions']['list_joints'])})(\d{{1,4}}(?:/\d{{1,4}})?(?: \(\d{{4}}\))?)"),
        issuers=tuple(sorted(lx["resolutions"]["issuers"], key=len, reverse=True)),
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
    )


# --------------------------------------------------------------------------- instruments


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
            known.append(LegalInstrument(span=Span(s, e), rule=f"{lx.lang}.legal.known", name=norm[s:e],
                                         kind=lx.known[word]))
        else:
            generic.extend(_generic(norm, s, e, word, lx))
    for s, e, (what, value) in lx.lower.find(doc.lower):
        if what == "body":
            written = norm[s:e]
            name = written.lower() if written[:1].islower() or written.isupper() else written
            known.append(LegalInstrument(span=Span(s, e), rule=f"{lx.lang}.legal.known", name=name, kind="body_of_law"))
        elif what == "coordinated":
            known.extend(_coordinated(norm, s, e, value, lx))
        else:
            generic.extend(_resolutions(norm, s, e, lx))
    if '"' in norm:
        generic.extend(_quoted_titles(doc, lx))
    # Known names first: a generic pattern only adds what the table does not name.
    kept = _joined(norm, _longest(known), lx)
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
    """ "Additional Protocol I to the Geneva Conventions": an instrument to another is one name."""
    out: list[LegalInstrument] = []
    for f in known:
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
    if head in lx.numbered_heads:
        # "Martial Law Decree No. 10": a number makes the words before the head a title, whatever they are
        left = _left_words(norm, s, lx, strip=False)
        n = lx.number_tail.match(norm, e)
        if n is None or not left:
            return []
        return [LegalInstrument(span=Span(left[0][0], n.end()), rule=f"{lx.lang}.legal.title_numbered",
                                name=norm[left[0][0] : n.end()], kind=head.lower())]
    left = _left_words(norm, s, lx)
    end, rule = e, "title_head_first"
    if head in lx.head_first:
        m = lx.first_tail.match(norm, e)
        if m:
            end = _trim_right(norm, e, m.end(), lx)
    if end == e:
        rule = "title_head_last"
        if not left and head in lx.bare_heads and s >= 2 and norm[s - 1] == " " and norm[s - 2].islower() \
                and not norm[e + 1 : e + 2].isupper():
            # "sign the new Constitution into law": the country's own, named by its head alone
            return [LegalInstrument(span=Span(s, e), rule=f"{lx.lang}.legal.bare_head", name=head, kind=head.lower())]
        if head not in lx.head_last or not left:
            return []
        m = lx.last_tail.match(norm, e)
        if m:
            end = _trim_right(norm, e, m.end(), lx)
        if end == e:
            y = lx.year_tail.match(norm, e)
            end = y.end() if y else e
    start = left[0][0] if left else s
    return [LegalInstrument(span=Span(start, end), rule=f"{lx.lang}.legal.{rule}", name=norm[start:end],
                            kind=head.lower())]


_BRACKETED = re.compile(rf"\({WORD}\)")
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
                     or strip and words[0][1] in lx.head_last_not):
        words.pop(0)
    return words


def _trim_right(norm: str, s: int, e: int, lx: _Legal) -> int:
    """Drop trailing words that close a clause rather than the title, and a part cited after it
    ("..., Article 5")."""
    words = norm[s:e].split(" ")
    while len(words) > 2 and (words[-1] in lx.starters or words[-1].rstrip(",") in lx.title_links
                              or words[-1] in lx.part_words and words[-2].endswith(",")):
        words.pop()
    return s + len(" ".join(words).rstrip(","))


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
        return [LegalInstrument(span=Span(start, d.end()), rule=f"{lx.lang}.legal.resolution_dated",
                                name=norm[start : d.end()], kind="resolution")]
    if not first or not bounded(norm, first.start(), first.end()):
        return []
    start = s - len(issuer) - 1 if issuer else s
    rule = f"{lx.lang}.legal.resolution"
    out = [LegalInstrument(span=Span(start, first.end()), rule=rule, name=norm[start : first.end()], kind="resolution")]
    prefix = f"{issuer} resolution" if issuer else "resolution"
    at = first.end()
    while (m := lx.list_joint.match(norm, at)) and bounded(norm, m.start(1), m.end(1)):
        out.append(LegalInstrument(span=Span(m.start(1), m.end(1)), rule=rule, name=f"{prefix} {m.group(1)}",
                                   kind="resolution"))
        at = m.end()
    return out


def _quoted_titles(doc: Doc, lx: _Legal) -> list[LegalInstrument]:
    """Instruments named by a quoted title: 'the law "On the Holodomor of 1932-1933 in Ukraine"',
    'known as the "law of five ears of grain"'."""
    norm, out = doc.norm, []
    for m in _QUOTED.finditer(norm):
        b = lx.title_before.search(norm, max(0, m.start() - 24), m.start())
        if b is None:
            continue
        title = m.group(1).strip().rstrip(",.")
        if b.group("before") or title.startswith(lx.title_opens):
            s = m.start(1)
            out.append(LegalInstrument(span=Span(s, s + len(title)), rule=f"{lx.lang}.legal.quoted_title",
                                       name=title, kind="title"))
    return out


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
