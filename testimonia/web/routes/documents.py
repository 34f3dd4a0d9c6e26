"""Documents: the list, one document's page, its text, its original bytes and its facts."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Path, Request
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response

from testimonia.errors import NotFound
from testimonia.store.base import Store, StoredExtraction
from testimonia.web.access import read
from testimonia.web.highlight import Spanned, highlight
from testimonia.web.pages.claims import KINDS
from testimonia.web.pages.documents import DocumentListPage, DocumentPage, FactView, document_list, document_page
from testimonia.web.render import render

router = APIRouter()
DocumentRef = Annotated[str, Path(description="the document's id (its SHA-256) or a unique prefix of it, at least 4 characters")]
_KIND_ORDER = {kind: i for i, kind in enumerate(KINDS)}


@router.get("/api/documents", tags=["documents"], summary="Every archived document, oldest publication first")
def documents_json(request: Request) -> DocumentListPage:
    return read(request, document_list)


@router.get("/documents", response_class=HTMLResponse, include_in_schema=False)
def documents_html(request: Request) -> HTMLResponse:
    page = read(request, document_list)
    return render(request, "documents.html", title="Documents", json_url="/api/documents", page=page)


@router.get("/api/documents/{ref}", tags=["documents"], summary="One document: metadata, SHA-256, text and every fact it claims")
def document_json(request: Request, ref: DocumentRef) -> DocumentPage:
    return read(request, document_page, ref)


@router.get("/documents/{ref}", response_class=HTMLResponse, include_in_schema=False)
def document_html(request: Request, ref: DocumentRef) -> HTMLResponse:
    page = read(request, document_page, ref)
    marks = highlight(page.text, [Spanned(f, f.span[0], f.span[1], _KIND_ORDER[f.kind]) for f in page.facts if f.span])
    return render(
        request, "document.html", title=page.document.title, json_url=page.links.json, page=page, marks=marks,
        canonical=page.links.page, facts_by_kind=_by_kind(page.facts),
    )


@router.get(
    "/api/documents/{ref}/text", tags=["documents"], response_class=PlainTextResponse,
    summary="The document's text exactly as extraction indexes it: every span points into this",
)
def document_text(request: Request, ref: DocumentRef) -> PlainTextResponse:
    text = read(request, lambda store, r: store.get_document(r).text, ref)
    return PlainTextResponse(text)


@router.get(
    "/api/documents/{ref}/original", tags=["documents"], response_class=Response,
    responses={200: {"content": {"application/octet-stream": {}}, "description": "the original bytes, as archived"}},
    summary="Download the original file, byte for byte as archived (its SHA-256 is the document's id)",
)
def document_original(request: Request, ref: DocumentRef) -> Response:
    filename, data = read(request, _original, ref)
    return Response(data, media_type="application/octet-stream", headers={"Content-Disposition": attachment(filename)})


@router.get(
    "/api/documents/{ref}/facts", tags=["documents"],
    summary="The document's facts: its latest stored extraction, as the extraction contract's JSON object",
    responses={404: {"description": "no such document, or its facts were never extracted"}},
)
def document_facts(request: Request, ref: DocumentRef) -> JSONResponse:
    stored: StoredExtraction = read(request, _extraction, ref)
    headers = {"X-Testimonia-Extractor-Version": stored.extractor_version, "X-Testimonia-Lexicon-Hash": stored.lexicon_hash}
    return JSONResponse(stored.result, headers=headers)


def _original(store: Store, ref: str) -> tuple[str, bytes]:
    document = store.get_document(ref)
    return document.filename, store.original(document.id)


def _extraction(store: Store, ref: str) -> StoredExtraction:
    document = store.get_document(ref)
    stored = store.get_extraction(document.id)
    if stored is None:
        raise NotFound(
            f"no facts have been extracted from document {document.id[:12]}",
            fix="ingest its file again without --no-extract: an archived document that lacks facts gets them then",
        )
    return stored


def attachment(filename: str) -> str:
    """A Content-Disposition that keeps the original name: ASCII fallback plus the RFC 6266 UTF-8 form."""
    fallback = "".join(c if 32 <= ord(c) < 127 and c not in '"\\/' else "_" for c in filename) or "original"
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(filename, safe='')}"


def _by_kind(facts: list[FactView]) -> dict[str, list[FactView]]:
    grouped: dict[str, list[FactView]] = {kind: [] for kind in KINDS}
    for fact in facts:
        grouped.setdefault(fact.kind, []).append(fact)
    return grouped
