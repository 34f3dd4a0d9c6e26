"""How routes reach the archive."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from fastapi import Request

T = TypeVar("T")


def read(request: Request, build: Callable[..., T], *args: Any) -> T:
    """`build(store, *args)`, one request at a time: the server's worker threads share one store connection."""
    with request.app.state.store_lock:
        return build(request.app.state.store, *args)
