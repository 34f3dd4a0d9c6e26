"""Events across documents: one record per event, each source's claims side by side.

Everything here is a pure function of the stored extractions (the contract
JSON of each document) plus curator decisions; nothing here touches the
database, so the same code serves the CLI, the API and the tests.
"""

from testimonia.reconcile.build import Record, build_record
from testimonia.reconcile.decisions import anchors_of
from testimonia.reconcile.model import Claim, Decision, Event, FigureSummary, Placement, Source

__all__ = ["Claim", "Decision", "Event", "FigureSummary", "Placement", "Record", "Source", "anchors_of", "build_record"]
