"""The facts a document claims, each anchored to the characters that state it.

A fact is never the system's own truth: it is what one document says, with a
`Span` into that document's text and the id of the rule that found it (like
Presidio's explanations), so every output can be traced and re-run.

Facts refer to each other by object (a breakdown figure's `part_of`, a quote's
`speaker`); contract ids ("f1", "a2") are given when an `Extraction` is
serialised, in text order, by `testimonia.extract.output`.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """Half-open `[start, end)` code-point offsets into the document text."""

    start: int
    end: int

    def of(self, text: str) -> str:
        return text[self.start : self.end]

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def __len__(self) -> int:
        return self.end - self.start


@dataclass(eq=False, slots=True)
class Figure:
    """A count of people (or families) harmed, as one sentence states it."""

    span: Span
    rule: str
    measure: str  # contract vocabulary: killed, wounded, ... other
    group: str  # "all", "women", "children", "Armenians", ...
    unit: str = "people"
    value: int | float | None = None
    low: int | float | None = None
    high: int | float | None = None
    qualifier: str = "exact"  # exact, at_least, at_most, approx, range, vague
    label: str | None = None  # free label when measure == "other"
    part_of: Figure | None = None
    number_span: Span | None = None  # just the number's characters


@dataclass(eq=False, slots=True)
class DateClaim:
    """A date or date range a document mentions, with its precision."""

    span: Span
    rule: str
    start: str  # YYYY-MM-DD, YYYY-MM or YYYY
    end: str | None = None
    precision: str = "day"  # day, month, year
    inferred: str | None = None  # how missing parts were filled from context


@dataclass(eq=False, slots=True)
class PlaceMention:
    """A place named in the text, resolved to a gazetteer entry when possible."""

    span: Span
    rule: str
    name: str  # as the text writes it (a misspelling stays a misspelling)
    place: str | None = None  # gazetteer id
    canonical: str | None = None  # the gazetteer entry's display name
    lat: float | None = None
    lon: float | None = None
    confidence: float = 1.0


@dataclass(eq=False, slots=True)
class Actor:
    """A person or an organisation, with the title or role the text gives."""

    span: Span
    rule: str
    name: str
    kind: str  # "person" or "organization"
    title: str | None = None  # "former President of Armenia"
    org_type: str | None = None  # military_unit, parliament, government, ngo, un_body, court ...


@dataclass(eq=False, slots=True)
class Quote:
    """Words the text attributes to a speaker; `span` covers the quoted words only."""

    span: Span
    rule: str
    text: str
    speaker: Actor | None = None
    speaker_name: str | None = None


@dataclass(eq=False, slots=True)
class LegalInstrument:
    span: Span
    rule: str
    name: str  # canonical name
    kind: str = "instrument"  # convention, body_of_law, resolution, statute ...


@dataclass(eq=False, slots=True)
class Characterization:
    """A label a source gives an event ("genocide", "massacre"): a claim, not a finding."""

    span: Span
    rule: str
    label: str
    event: EventMention | None = None


@dataclass(eq=False, slots=True)
class EventMention:
    """An event as one document describes it; reconciled across documents later."""

    name: str
    rule: str
    start: str | None = None
    end: str | None = None
    places: list[PlaceMention] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    dates: list[DateClaim] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    span: Span | None = None  # the first naming mention, when there is one
    # How this event stands to `related` as the text says it: "part_of" (the main
    # event in a wider campaign or war), "includes" (that campaign), "before", "after".
    relation: str | None = None
    related: EventMention | None = None
    inferred: str | None = None  # how a date not written for the event was worked out


@dataclass(eq=False, slots=True)
class Check:
    """A consistency check inside one document: parts against totals, anniversaries."""

    kind: str  # subtotal, anniversary, relative_date ...
    status: str  # pass, fail, warn
    detail: str
    figures: list[Figure] = field(default_factory=list)
    dates: list[DateClaim] = field(default_factory=list)


@dataclass(slots=True)
class Extraction:
    """Everything one document claims, as found by one extractor version."""

    text: str
    published: str | None = None
    language: str = "en"
    figures: list[Figure] = field(default_factory=list)
    dates: list[DateClaim] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    persons: list[Actor] = field(default_factory=list)
    organizations: list[Actor] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    legal_instruments: list[LegalInstrument] = field(default_factory=list)
    characterizations: list[Characterization] = field(default_factory=list)
    events: list[EventMention] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)
