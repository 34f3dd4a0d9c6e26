"""One document in, everything it claims out: `extract(text, published, language)`.

The families run in a fixed order because a few read each other's results:
quotes need the persons, events gather figures, dates, places and
characterizations, and the checks read the events. Each family is a pure
function of the document; nothing here reads files except the lexicons.
"""

from __future__ import annotations

import inspect
from datetime import date
from functools import cache
from typing import Any, Callable

from testimonia.errors import UsageError
from testimonia.extract import lexicon
from testimonia.extract.checks import run_checks
from testimonia.extract.dates import find_dates
from testimonia.extract.doc import Doc
from testimonia.extract.events import find_events
from testimonia.extract.figures import find_figures
from testimonia.extract.legal import find_characterizations, find_legal_instruments
from testimonia.extract.names import find_organizations, find_persons
from testimonia.extract.numbers import find_numbers
from testimonia.extract.places import find_places
from testimonia.extract.quotes import find_quotes
from testimonia.model.facts import Extraction

# Bump when a rule changes what is extracted; stored with every extraction
# together with `lexicon_hash()` so that results can be reproduced and re-run.
EXTRACTOR_VERSION = "0.1.0"


def lexicon_hash() -> str:
    """SHA-256 of every lexicon file: the words the rules were run with."""
    return lexicon.lexicon_hash()


def extract(text: str, published: str | date | None = None, language: str = "en") -> Extraction:
    """Every fact `text` states, each with its span and the rule that found it."""
    doc = Doc(text, _as_date(published), language)
    numbers = find_numbers(doc)
    figures = find_figures(doc, numbers)
    dates = find_dates(doc)
    persons = find_persons(doc)
    organizations = find_organizations(doc)
    places = _call(find_places, doc, persons=persons, organizations=organizations)
    quotes = _call(find_quotes, doc, persons=persons, organizations=organizations, places=places)
    legal_instruments = find_legal_instruments(doc)
    characterizations = _call(find_characterizations, doc, exclude=[x.span for x in legal_instruments])
    events = find_events(doc, figures, dates, places, characterizations)
    checks = run_checks(doc, figures, dates, events)
    return Extraction(
        text=text,
        published=doc.published.isoformat() if doc.published else None,
        language=language,
        figures=figures,
        dates=dates,
        places=places,
        persons=persons,
        organizations=organizations,
        quotes=quotes,
        legal_instruments=legal_instruments,
        characterizations=characterizations,
        events=events,
        checks=checks,
    )


def _as_date(published: str | date | None) -> date | None:
    if published is None or isinstance(published, date):
        return published
    try:
        return date.fromisoformat(published.strip()[:10])
    except ValueError:
        raise UsageError(f"publication date {published!r} is not a date", fix="give it as YYYY-MM-DD") from None


@cache
def _accepted(fn: Callable) -> frozenset[str]:
    return frozenset(inspect.signature(fn).parameters)


def _call(fn: Callable, doc: Doc, **available: Any) -> Any:
    """Call a family with the earlier results it declares parameters for, and no others."""
    accepted = _accepted(fn)
    return fn(doc, **{k: v for k, v in available.items() if k in accepted})
