"""Each stored fact said in words, always as the claim of its source.

The sentences name who says it ("Human Rights Watch counts …", "The document
uses the label “genocide”"), so no page ever states a figure or a label as the
system's own finding.
"""

from __future__ import annotations

from typing import Any

# The kinds of fact that point at characters of the text, in legend order; label and
# CSS class for each. Events and checks have no span of their own.
KINDS: dict[str, str] = {
    "figures": "figure",
    "dates": "date",
    "places": "place",
    "persons": "person",
    "organizations": "organization",
    "quotes": "quote",
    "legal_instruments": "legal instrument",
    "characterizations": "label",
}

MEASURES: dict[str, str] = {
    "killed": "killed",
    "wounded": "wounded",
    "missing": "missing",
    "taken_hostage": "taken hostage",
    "detained": "detained",
    "displaced": "displaced",
    "returned": "returned",
    "orphaned_one_parent": "who lost one parent",
    "orphaned_both_parents": "who lost both parents",
    "families_wiped_out": "wiped out",
    "identified": "identified",
    "sexual_violence": "subjected to sexual violence",
    "tortured": "tortured",
}

_QUALIFIERS = {"at_least": "at least ", "at_most": "up to ", "approx": "about "}


def number(fact: dict[str, Any]) -> str:
    """A figure's number as the source qualifies it: "613", "at least 200", "161–200"."""
    value, low, high = fact.get("value"), fact.get("low"), fact.get("high")
    qualifier = fact.get("qualifier") or "exact"
    if qualifier == "range" or (value is None and low is not None and high is not None):
        return f"between {_n(low)} and {_n(high)}"
    if qualifier == "vague" or value is None:
        return f"an unstated number (at least {_n(low)} implied)" if low is not None else "an unstated number"
    return _QUALIFIERS.get(qualifier, "") + _n(value)


def measure_label(fact: dict[str, Any]) -> str:
    measure = fact.get("measure") or "other"
    return MEASURES.get(measure) or fact.get("label") or measure.replace("_", " ")


def claim(kind: str, fact: dict[str, Any], source: str | None, names: dict[str, str] | None = None) -> str:
    """One sentence: what `source` (a publisher; None for an unknown one) says with this fact."""
    who = source or "The document"
    names = names or {}
    if kind == "figures":
        group = fact.get("group") or "all"
        noun = (fact.get("unit") or "people") if group == "all" else group
        part = f" (part of {fact['part_of']})" if fact.get("part_of") else ""
        return f"{who} counts {number(fact)} {noun} {measure_label(fact)}{part}."
    if kind == "dates":
        when = str(fact.get("start") or "?") + (f" to {fact['end']}" if fact.get("end") else "")
        inferred = f"; inferred: {fact['inferred']}" if fact.get("inferred") else ""
        return f"{who} gives the date {when} (precision: {fact.get('precision') or 'unknown'}{inferred})."
    if kind == "places":
        where = f" (gazetteer entry {fact['place']})" if fact.get("place") else " (not found in the gazetteer)"
        return f"{who} names the place “{fact.get('name') or fact.get('text')}”{where}."
    if kind == "persons":
        title = f", {fact['title']}" if fact.get("title") else ""
        return f"{who} names the person {fact.get('name') or fact.get('text')}{title}."
    if kind == "organizations":
        return f"{who} names the organization {fact.get('name') or fact.get('text')}."
    if kind == "quotes":
        speaker = fact.get("speaker")
        name = names.get(speaker, speaker) if speaker else None
        return f"{who} quotes {name}." if name else f"{who} quotes an unnamed speaker."
    if kind == "legal_instruments":
        return f"{who} cites {fact.get('name') or fact.get('text')}."
    if kind == "characterizations":
        return f"{who} uses the label “{fact.get('label') or fact.get('text')}” (the source's word, not a finding)."
    return f"{who}: {fact.get('text') or fact.get('name') or kind}."


def _n(value: object) -> str:
    if isinstance(value, bool) or value is None:
        return "?"
    if isinstance(value, int) or (isinstance(value, float) and value.is_integer()):
        return f"{int(value):,}"
    return str(value)
