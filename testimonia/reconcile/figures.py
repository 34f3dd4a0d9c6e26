"""Each source's figures for an event side by side, with a low / best / high summary.

The rule, like UCDP GED's: low is the lowest figure any independent source
gives, high the highest. best is configurable:
  median  (default) the median of the independent sources' figures; with an even
          count the lower middle one, so best is a figure a source gave (a range
          such as "between 500 and 1,000" stands for its midpoint, 750);
  lowest, highest, latest (the most recently published independent figure).
A figure that an earlier document already gave (same number, same measure and
group) is a repetition: shown, but not counted as independent confirmation.
Vague amounts ("thousands") count only when no source gives a number, and a part of a
total in the same document (151 of 181 bodies shot) counts only when nothing else does.
"""

from __future__ import annotations

import statistics
from collections import defaultdict

from testimonia.reconcile.model import Claim, Event, FigureSummary, Source

BEST_RULES = ("median", "lowest", "highest", "latest")


def claims_for(event_of: dict[tuple[str, str], str], source: Source, result: dict, fallback_event: str | None) -> list[Claim]:
    """The document's figures as claims on reconciled events; `event_of` maps (document, local event id)."""
    claims, seen = [], set()
    for f in result.get("figures") or []:
        event_id = event_of.get((source.document_id, f.get("event") or ""), fallback_event)
        if event_id is None:
            continue
        number = (f.get("value"), f.get("low"), f.get("high"))
        key = (event_id, f["measure"], f["group"], number)
        if key in seen:
            continue  # a document repeating its own figure is still one claim
        seen.add(key)
        claims.append(
            Claim(
                event_id=event_id, measure=f["measure"], group=f["group"], unit=f.get("unit") or "people",
                value=f.get("value"), low=f.get("low"), high=f.get("high"), qualifier=f.get("qualifier") or "exact",
                source=source, fact_id=f["id"], span=tuple(f.get("span") or (0, 0)), text=f.get("text") or "",
                label=f.get("label"), part_of=f.get("part_of"),
            )
        )
    return claims


def mark_repetitions(claims: list[Claim]) -> None:
    first_said: dict[tuple, Claim] = {}
    for c in sorted(claims, key=lambda c: (c.source.published or "9999", c.source.document_id)):
        key = (c.event_id, c.measure, c.group, c.value, c.low, c.high, c.qualifier)
        if key in first_said and first_said[key].source.document_id != c.source.document_id:
            c.repeats = first_said[key].source.document_id
        else:
            first_said.setdefault(key, c)


def summarise(event: Event, claims: list[Claim], *, best_rule: str = "median", disagreement_ratio: float = 1.5) -> list[FigureSummary]:
    if best_rule not in BEST_RULES:
        raise ValueError(f"best rule must be one of {', '.join(BEST_RULES)}")
    groups: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for c in claims:
        if c.event_id == event.id:
            groups[(c.measure, c.group)].append(c)
    summaries = []
    for (measure, group), members in groups.items():
        members.sort(key=lambda c: (c.source.published or "9999", c.source.document_id))
        independent = [c for c in members if c.repeats is None]
        # Parts of a total in the same document (151 of 181 bodies shot) are not figures for the whole.
        counted = [c for c in independent if c.qualifier != "vague" and c.part_of is None] or independent
        lows = [c.least for c in counted if c.least is not None]
        highs = [c.most for c in counted if c.most is not None]
        low = min(lows) if lows else None
        high = max(highs) if highs else None
        spread = high / low if low and high else None
        across = _spread_across_documents(counted)
        summaries.append(
            FigureSummary(
                event_id=event.id, measure=measure, group=group, claims=members, low=low, best=_best(counted, best_rule), high=high,
                rule=f"low = lowest, high = highest, best = {best_rule} of {len(counted)} independent figure(s)",
                independent=len({c.source.document_id for c in independent}), disagreement=bool(across and across > disagreement_ratio), spread=spread,
            )
        )
    order = {"killed": 0, "wounded": 1, "missing": 2, "taken_hostage": 3}
    return sorted(summaries, key=lambda s: (order.get(s.measure, 9), s.measure, s.group != "all", s.group))


def _spread_across_documents(claims: list[Claim]) -> float | None:
    """The widest high / low between two different documents: sources disagree, not one source with
    two figures (a total and one day's count)."""
    lows: dict[str, float] = {}
    highs: dict[str, float] = {}
    for c in claims:
        doc = c.source.document_id
        if c.least is not None:
            lows[doc] = min(lows.get(doc, c.least), c.least)
        if c.most is not None:
            highs[doc] = max(highs.get(doc, c.most), c.most)
    ratios = [high / low for a, low in lows.items() if low for b, high in highs.items() if b != a]
    return max(ratios, default=None)


def _best(claims: list[Claim], rule: str) -> float | None:
    points = [(c, c.point if c.point is not None else c.least) for c in claims]
    points = [(c, p) for c, p in points if p is not None]
    if not points:
        return None
    if rule == "lowest":
        return min(p for _, p in points)
    if rule == "highest":
        return max(p for _, p in points)
    if rule == "latest":
        return max(points, key=lambda cp: (cp[0].source.published or "", cp[0].source.document_id))[1]
    return statistics.median_low(p for _, p in points)
