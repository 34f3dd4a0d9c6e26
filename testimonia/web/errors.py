"""Errors as pages and as JSON: the message and how to fix it, with the status of `testimonia.errors`.

An address under /api/ answers {"error": ..., "fix": ...}; any other gets an
HTML page. Nothing from a traceback ever reaches either.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from starlette.exceptions import HTTPException

from testimonia.errors import TestimoniaError, UsageError
from testimonia.web.render import render
from testimonia.web.security import Scope

log = logging.getLogger("testimonia.web")

API_PREFIX = "/api/"


@dataclass(slots=True)
class ErrorBody:
    error: str  # what went wrong
    fix: str  # how to fix it


# Declared on every API route, so the OpenAPI description shows the real error shape
# (and FastAPI adds no 422 "HTTPValidationError": invalid parameters are a 400 here).
RESPONSES: dict[int | str, dict[str, Any]] = {
    "4XX": {"model": ErrorBody, "description": "the request cannot be answered (bad parameter 400, nothing there 404)"},
    "5XX": {"model": ErrorBody, "description": "the server failed; the details are in its log, never in the answer"},
}
_INTERNAL = "something went wrong on the server"
_INTERNAL_FIX = "the details were written to the server's log; please report the address you opened"


def error_response(request: Request, status: int, message: str, fix: str) -> Response:
    if request.url.path.startswith(API_PREFIX) or request.url.path == "/api":
        return JSONResponse({"error": message, "fix": fix}, status_code=status)
    try:
        return render(request, "error.html", title=f"Error {status}", status=status, status_code=status, message=message, fix=fix)
    except Exception:  # the error page itself failed: still answer, still without a traceback
        log.exception("error page failed")
        return PlainTextResponse(f"Error {status}: {message}. Fix: {fix}", status_code=status)


async def on_testimonia_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, TestimoniaError)
    return error_response(request, exc.status, exc.message, exc.fix or "see the API documentation at /docs")


async def on_http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    if exc.status_code == 404:
        return error_response(request, 404, f"nothing at {request.url.path}", "start from the home page, or see /docs for the API's addresses")
    if exc.status_code == 405:
        return error_response(request, 405, f"{request.method} is not allowed at {request.url.path}", "this archive is read-only over the web: use GET")
    return error_response(request, exc.status_code, str(exc.detail), "see /docs for the API's addresses and parameters")


async def on_validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    problems = "; ".join(
        f"{'.'.join(str(p) for p in e.get('loc', ())[1:]) or 'request'}: {e.get('msg', 'invalid')}" for e in exc.errors()
    )
    return error_response(request, UsageError.status, f"invalid request ({problems})", "see /docs for the parameters this address takes")


async def on_crash(scope: Scope, exc: Exception) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
    """For SecurityHeaders: the 500 answer to an unexpected exception (already logged)."""
    request = Request(scope)
    response = error_response(request, 500, _INTERNAL, _INTERNAL_FIX)
    return response.status_code, list(response.raw_headers), bytes(response.body)


def install(app: FastAPI) -> None:
    app.add_exception_handler(TestimoniaError, on_testimonia_error)
    app.add_exception_handler(HTTPException, on_http_error)
    app.add_exception_handler(RequestValidationError, on_validation_error)
