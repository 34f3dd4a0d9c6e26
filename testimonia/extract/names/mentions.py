"""Where a document names actors already found: full names and a person's surname alone."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

import ahocorasick

from testimonia.extract.doc import Doc
from testimonia.model.facts import Actor


class Mentions:
    """Where a document names known actors: full names, and a person's surname alone.

    Searched window by window (`within`) as a regex `(?:form|...)(?![\\w-])` run over
    the window would: leftmost, the longest form there, a form reaching the window's
    end allowed. One Aho-Corasick pass over the text, made on the first question,
    finds every occurrence of every form; a window then costs a binary search. (A
    regex of a document's names cost more to build, in Python, than all the
    questions asked of it.)
    """

    def __init__(self, doc: Doc, actors: list[Actor]) -> None:
        self.norm = doc.norm
        self._starts: list[int] | None = None  # every occurrence of a form, by start
        self._hits: list[tuple[int, int, bool, str]] = []  # (start, end, followed by no word character, form)
        self._form_starts: dict[str, list[int]] = {}  # form -> where it occurs, in order
        self.forms: dict[str, Actor] = {}
        self.shared: dict[str, list[Actor]] = {}  # surnames several persons bear ("Aliyev")
        for a in actors:
            self.forms.setdefault(doc.norm[a.span.start : a.span.end], a)
            self.forms.setdefault(a.name, a)
        for a in actors:
            words = a.name.split()
            if a.kind == "person" and len(words) > 1 and len(words[-1]) > 2:
                self.forms.setdefault(words[-1], a)
                self.shared.setdefault(words[-1], []).append(a)
        self.shared = {k: v for k, v in self.shared.items() if len(v) > 1}
        self.forms.pop("", None)

    def _occurrences(self) -> tuple[list[int], list[tuple[int, int, bool, str]]]:
        if self._starts is None:
            norm = self.norm
            hits = []
            if self.forms:
                automaton = ahocorasick.Automaton()
                for form in self.forms:
                    automaton.add_word(form, form)
                automaton.make_automaton()
                n = len(norm)
                for last, form in automaton.iter(norm):
                    e = last + 1
                    free = e == n or not (norm[e].isalnum() or norm[e] in "_-")
                    hits.append((e - len(form), e, free, form))
                hits.sort(key=lambda h: (h[0], -h[1]))
            self._hits, self._starts = hits, [h[0] for h in hits]
            for s, _, _, form in hits:
                self._form_starts.setdefault(form, []).append(s)
        return self._starts, self._hits

    def within(self, lo: int, hi: int) -> list[tuple[int, int, Actor]]:
        """(start, end, actor) of each mention inside [lo, hi), in text order."""
        lo = max(0, lo)
        if not self.forms or hi <= lo:
            return []
        starts, hits = self._occurrences()
        norm = self.norm
        out = []
        pos = lo  # where the scan goes on, as a regex's would after a match
        for i in range(bisect_left(starts, lo), bisect_left(starts, hi)):
            s, e, free, form = hits[i]
            # hits at one start come longest first: the first that fits is the regex's match
            if s < pos or e > hi or not (free or e == hi):
                continue
            pos = e
            if s and (norm[s - 1].isalnum() or norm[s - 1] == "-"):
                continue
            actor = self._nearest(form, s) if form in self.shared else self.forms[form]
            out.append((s, e, actor))
        return out

    def _nearest(self, surname: str, pos: int) -> Actor:
        """Of the persons sharing a surname, the one whose full name was written last before `pos`."""
        norm = self.norm
        return max(self.shared[surname], key=lambda a: self._last_before(norm[a.span.start : a.span.end], pos))

    def _last_before(self, form: str, pos: int) -> int:
        """`norm.rfind(form, 0, pos)`, from the occurrences found once: no rescan of the text
        before every surname in a long document."""
        starts = self._form_starts.get(form, ())
        i = bisect_right(starts, pos - len(form)) - 1
        return starts[i] if i >= 0 else -1

    def at(self, lo: int, hi: int) -> Actor | None:
        """The actor named by a mention overlapping [lo, hi)."""
        return next((a for s, e, a in self.within(lo - 40, hi + 40) if s < hi and lo < e), None)

    def last_titled_before(self, pos: int, role: str) -> Actor | None:
        """The person named last before `pos` whose title holds `role`: whom "the minister" means."""
        role = role.lower()
        for lo in (pos - 3000, 0):
            people = [a for s, e, a in self.within(lo, pos) if a.kind == "person" and a.title and role in a.title.lower()]
            if people:
                return people[-1]
            if lo <= 0:
                break
        return None

    def last_organization_before(self, pos: int, noun: str) -> Actor | None:
        """The organisation named last before `pos`, one whose name holds `noun` if any:
        whom "the ministry" or "the organisation" means."""
        noun = noun.lower()
        for lo in (pos - 3000, 0):
            orgs = [a for s, e, a in self.within(lo, pos) if a.kind == "organization" and e <= pos]
            if orgs:
                named = [a for a in orgs if noun in a.name.lower()]
                return named[-1] if named else orgs[-1]
            if lo <= 0:
                break
        return None

    def last_person_before(self, pos: int) -> Actor | None:
        """The person named last before `pos`: what "he" or "she" stands for."""
        for lo in (pos - 600, pos - 5000, 0):
            people = [a for s, e, a in self.within(lo, pos) if a.kind == "person" and e <= pos]
            if people:
                return people[-1]
            if lo <= 0:
                break
        return None


def actor_mentions(doc: Doc, actors: list[Actor]) -> list[tuple[int, int, Actor]]:
    """Every place `doc` names one of `actors`: its name, and a person's surname alone."""
    return Mentions(doc, actors).within(0, len(doc.norm))
