"""How routes reach the archive."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from fastapi import Request

from testimonia.record import Snapshot

T = TypeVar("T")


def read(request: Request, build: Callable[..., T], *args: Any) -> T:
    """`build(store, *args)`, one request at a time: the server's worker threads share one store connection."""
    with request.app.state.store_lock:
        return build(request.app.state.store, *args)


def record(request: Request) -> Snapshot:
    """The reconciled record, rebuilt only when the archive's extractions or decisions changed.

    The store is locked only to read its state token (and, when that changed, to rebuild);
    pages are then made from the snapshot, which no request changes."""
    with request.app.state.store_lock:
        return request.app.state.records.get(request.app.state.store, request.app.state.settings)
