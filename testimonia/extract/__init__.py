"""Extraction: a document's text in, the facts it states out, each with its evidence.

    from testimonia.extract import extract, to_contract
    extraction = extract(text, published="2026-02-26")
    print(to_contract(extraction, {"path": "statement.txt"}))

`extract` runs every family (figures, dates, places, persons, organizations,
quotes, legal instruments, characterizations, events, checks); `to_contract`
gives the JSON of `shared/contract/extraction.md`; `evaluate` scores against
gold files and `format_report` prints the scores.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

# `evaluate` is imported here, not lazily: the function must shadow its own
# module's name on the package. Both modules are light; the pipeline (every
# family) loads on first use, so `testimonia.extract.doc` stays cheap to import.
from testimonia.extract.evaluate import evaluate, format_report
from testimonia.extract.output import to_contract

_EXPORTS = {"EXTRACTOR_VERSION": "pipeline", "extract": "pipeline", "lexicon_hash": "pipeline"}

__all__ = sorted([*_EXPORTS, "evaluate", "format_report", "to_contract"])


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{_EXPORTS[name]}"), name)
