"""Response headers every page and API answer carries, and the last line of defence against tracebacks.

The Content-Security-Policy allows scripts, styles and fonts from this server
only: no inline script or style, nothing from a CDN. Page data reaches scripts
as JSON in <script type="application/json"> blocks, which are never executed.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import urlsplit

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]
OnCrash = Callable[[Scope, Exception], Awaitable[tuple[int, list[tuple[bytes, bytes]], bytes]]]

log = logging.getLogger("testimonia.web")


def content_security_policy(tile_url: str | None = None) -> str:
    images = ["'self'", "data:"]
    if tile_url:  # the one outside origin a page may load from: the configured map tiles
        parts = urlsplit(tile_url)
        host = parts.netloc.replace("{s}", "*")  # Leaflet's subdomain placeholder: a., b., c.
        if parts.scheme in ("http", "https") and host and all(c not in host for c in " ;,'{}"):
            images.append(f"{parts.scheme}://{host}")
    return "; ".join([
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        f"img-src {' '.join(images)}",
        "font-src 'self'",
        "connect-src 'self'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ])


class SecurityHeaders:
    """ASGI middleware: adds the headers below to every response, and answers an unhandled
    exception itself (with `on_crash`), so a 500 page carries them too and never a traceback.

    It also answers HEAD as GET without the body (FastAPI's GET routes refuse HEAD),
    so `curl -I` and link checkers see the real status and headers."""

    def __init__(self, app: ASGIApp, *, csp: str, on_crash: OnCrash) -> None:
        self.app = app
        self.on_crash = on_crash
        self.headers = [
            (b"content-security-policy", csp.encode()),
            (b"x-content-type-options", b"nosniff"),
            (b"referrer-policy", b"no-referrer"),
            (b"x-frame-options", b"DENY"),
            (b"cross-origin-opener-policy", b"same-origin"),
            (b"permissions-policy", b"camera=(), microphone=(), geolocation=(), interest-cohort=()"),
        ]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False
        head = scope.get("method") == "HEAD"
        if head:
            scope = dict(scope, method="GET")

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                names = {name.lower() for name, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [h for h in self.headers if h[0] not in names]
            elif head and message["type"] == "http.response.body":
                message = dict(message, body=b"")
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        except Exception as exc:
            log.exception("unhandled error on %s %s", scope.get("method"), scope.get("path"))
            if started:  # too late for an error page; the server closes the connection
                raise
            status, headers, body = await self.on_crash(scope, exc)
            await send_with_headers({"type": "http.response.start", "status": status, "headers": headers})
            await send_with_headers({"type": "http.response.body", "body": body})
