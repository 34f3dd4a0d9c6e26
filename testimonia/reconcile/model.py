"""The reconciled record's data: sources, event mentions, events, claims and summaries."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Source:
    """A document as a source: who published it and when."""

    document_id: str
    publisher: str | None
    published: str | None
    title: str | None
    filename: str

    @property
    def label(self) -> str:
        return self.publisher or self.title or self.filename


@dataclass(frozen=True, slots=True)
class Interval:
    """A date claim as the whole span of days it may mean: "1992" is all of 1992."""

    first: str  # YYYY-MM-DD
    last: str
    precision: str

    def overlaps(self, other: Interval) -> bool:
        return self.first <= other.last and other.first <= self.last


@dataclass(slots=True)
class Mention:
    """One document's event (the contract's `events` entry) with what it needs for matching."""

    source: Source
    local_id: str  # e1, e2 ... within the document
    name: str
    start: str | None
    end: str | None
    interval: Interval | None
    places: list[dict]  # the document's place facts for this event
    place_keys: frozenset[str]
    figure_ids: list[str]
    date_ids: list[str]
    main: bool = True  # the event the document is about, not a context it names (a war, a later declaration)

    @property
    def key(self) -> str:
        """Stable across re-extraction as long as the document names the event the same way."""
        return f"{self.source.document_id}:{self.name.casefold()}"


@dataclass(slots=True)
class Event:
    id: str
    name: str  # neutral: place and date, unless a curator renamed it
    start: str | None
    end: str | None
    precision: str | None
    mentions: list[Mention]
    confidence: float
    places: list[dict] = field(default_factory=list)  # {place, name, names, lat, lon, documents}
    aliases: dict[str, list[str]] = field(default_factory=dict)  # name as a source writes it -> document ids
    decisions: list[str] = field(default_factory=list)

    @property
    def sources(self) -> list[Source]:
        seen: dict[str, Source] = {}
        for m in self.mentions:
            seen.setdefault(m.source.document_id, m.source)
        return sorted(seen.values(), key=lambda s: (s.published or "", s.document_id))


@dataclass(slots=True)
class Claim:
    """One source's figure for one event, with its evidence."""

    event_id: str
    measure: str
    group: str
    unit: str
    value: float | None
    low: float | None
    high: float | None
    qualifier: str
    source: Source
    fact_id: str
    span: tuple[int, int]
    text: str
    label: str | None = None
    part_of: str | None = None  # fact id of the total within the same document
    repeats: str | None = None  # document id of the earliest source stating the same figure

    @property
    def point(self) -> float | None:
        """The single number this claim stands for, when it has one."""
        if self.value is not None:
            return self.value
        if self.low is not None and self.high is not None:
            return (self.low + self.high) / 2
        return None

    @property
    def least(self) -> float | None:
        return self.value if self.value is not None else self.low

    @property
    def most(self) -> float | None:
        if self.value is not None:
            return self.value
        return self.high if self.high is not None else self.low


@dataclass(slots=True)
class FigureSummary:
    event_id: str
    measure: str
    group: str
    claims: list[Claim]
    low: float | None
    best: float | None
    high: float | None
    rule: str
    independent: int  # sources that do not merely repeat an earlier figure
    disagreement: bool
    spread: float | None  # high / low


@dataclass(frozen=True, slots=True)
class Decision:
    """A curator's decision, kept apart from extraction so it survives re-extraction.

    `event_id` and `other` are the ids the curator saw; an event's id follows its winning place
    and date, so a new source can change it. `anchors` (and `other_anchors`, for a merge) are the
    `Mention.key`s the named events were made of when the decision was made: what finds them again
    under a new id. Decisions recorded before anchors existed have none and are placed by id only.
    """

    id: int
    action: str  # merge, split, rename
    event_id: str
    other: str | None = None  # merge: the event merged into event_id; split: the document id moved out
    value: str | None = None  # rename: the new name
    made_at: str | None = None
    anchors: tuple[str, ...] = ()
    other_anchors: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Placement:
    """Where a decision applies in this build of the record, or why it does not."""

    decision: Decision
    status: str  # applied, re-attached (found by its anchors under a new id), no effect, not placed
    event_id: str | None = None  # the event it applies to, as it is called now
    other_id: str | None = None  # merge: the event merged in, as called when merged; split: the event split out, as called now
    detail: str = ""

    @property
    def applies(self) -> bool:
        return self.status in ("applied", "re-attached")
