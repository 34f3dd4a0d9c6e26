"""A small tree of errors, each with an HTTP status, an exit code and a fix.

The CLI prints `str(error)` (never a traceback) and exits with `exit_code`;
the web layer renders the same message with `status`.
"""

from __future__ import annotations


class TestimoniaError(Exception):
    status = 500
    exit_code = 1
    fix = ""

    def __init__(self, message: str, *, fix: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if fix is not None:
            self.fix = fix

    def __str__(self) -> str:
        return f"{self.message}. Fix: {self.fix}" if self.fix else self.message


class UsageError(TestimoniaError):
    status = 400
    exit_code = 2


class NotFound(TestimoniaError):
    status = 404


class DocumentNotFound(NotFound):
    def __init__(self, ref: str) -> None:
        super().__init__(
            f"no document matches {ref!r}",
            fix="list the archive with `testimonia docs` and use a full id or a unique prefix",
        )


class StoreError(TestimoniaError):
    """The archive cannot be opened or is not a Testimonia archive."""


class IngestError(TestimoniaError):
    """One input file that cannot be archived; the batch goes on without it."""

    status = 422
    reason = "cannot be read"

    def __init__(self, path: str, detail: str | None = None, *, fix: str | None = None) -> None:
        self.path = path
        self.detail = detail
        self.summary = f"{self.reason} ({detail})" if detail else self.reason
        super().__init__(f"{path}: {self.summary}", fix=fix)


class UnsupportedType(IngestError):
    reason = "unsupported file type"
    fix = "convert it to .txt, .md, .html, .pdf or .docx, or leave it out"


class EmptyFile(IngestError):
    reason = "empty file, there is no text to archive"
    fix = "check that the file was saved or downloaded completely"


class BinaryFile(IngestError):
    reason = "binary data, not text"
    fix = "give the document in a supported format (.txt, .md, .html, .pdf, .docx)"


class UndecodableText(IngestError):
    reason = "text encoding could not be determined"
    fix = "re-save the file as UTF-8 and ingest it again"


class CorruptFile(IngestError):
    reason = "corrupt or truncated file"
    fix = "download or export it again"


class NoTextLayer(IngestError):
    reason = "PDF has no text layer (a scan?)"
    fix = "run OCR first (for example `ocrmypdf in.pdf out.pdf`) and ingest the result"


class EncryptedFile(IngestError):
    reason = "encrypted document"
    fix = "remove the password protection and ingest the decrypted copy"


class TooLarge(IngestError):
    reason = "file is larger than the ingest limit"
    fix = "split it, or raise the limit with --max-bytes or TESTIMONIA_MAX_BYTES"


class BadMetadata(IngestError):
    reason = "sidecar metadata is not valid"
    fix = "make NAME.meta.json a JSON object with title, publisher, url, published (YYYY-MM-DD), language"
