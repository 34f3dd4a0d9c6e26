"""Pure data: documents, spans and the facts a document claims. No I/O here."""

from testimonia.model.document import Document, DocumentMeta
from testimonia.model.facts import (
    Actor,
    Characterization,
    Check,
    DateClaim,
    EventMention,
    Extraction,
    Figure,
    LegalInstrument,
    PlaceMention,
    Quote,
    Span,
)

__all__ = [
    "Actor",
    "Characterization",
    "Check",
    "DateClaim",
    "Document",
    "DocumentMeta",
    "EventMention",
    "Extraction",
    "Figure",
    "LegalInstrument",
    "PlaceMention",
    "Quote",
    "Span",
]
