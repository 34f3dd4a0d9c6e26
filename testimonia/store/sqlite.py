"""The embedded default: one SQLite file in WAL mode, originals kept inside it as blobs.

Every document is written in a single transaction (row, original bytes and
search entry together), so a crash or `kill -9` leaves either the whole
document or nothing.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator
from datetime import datetime, timezone
from pathlib import Path

from testimonia.errors import DocumentNotFound, StoreError, UsageError
from testimonia.model import Document, DocumentMeta
from testimonia.reconcile.model import Decision
from testimonia.store.base import AddResult, SearchHit, StoredExtraction, VerifyProblem
from testimonia.store.migrations import MIGRATIONS

_DOC_COLUMNS = "id, filename, format, size, encoding, title, publisher, url, published, language, source_path, ingested_at, text, duplicate_of"
_QUERY_TERM = re.compile(r'"([^"]+)"|([^\W_]+(?:[-\'][^\W_]+)*)')
_CHUNK = 1 << 20


def open_store(path: Path | str, *, create: bool = False) -> SQLiteStore:
    """Open the archive at `path`; create it only when asked, so a typo does not make a new empty archive."""
    path = Path(path)
    if not path.exists() and not create:
        raise StoreError(f"no archive at {path}", fix=f"create one with `testimonia init --db {path}`, or point --db / TESTIMONIA_DB at yours")
    if path.exists() and path.is_dir():
        raise StoreError(f"{path} is a folder, not an archive file", fix="give --db the path of a .db file")
    if create:
        path.parent.mkdir(parents=True, exist_ok=True)
    store = SQLiteStore(path)
    store.migrate()
    return store


class SQLiteStore:
    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self.db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            self.db.execute("PRAGMA journal_mode=WAL")
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{path} is not a Testimonia archive ({exc})", fix="check the --db path") from None
        self.db.execute("PRAGMA synchronous=FULL")  # an evidence archive: a commit survives power loss
        self.db.execute("PRAGMA foreign_keys=ON")
        self.db.execute("PRAGMA busy_timeout=10000")

    # -- schema -----------------------------------------------------------------

    def migrate(self) -> list[str]:
        self.db.execute("CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
        done = set(self.applied_migrations())
        applied = []
        for name, migration in MIGRATIONS:
            if name in done:
                continue
            self.db.execute("BEGIN IMMEDIATE")
            try:
                if name not in set(self.applied_migrations()):  # another process may have won the race
                    for statement in _statements(migration):
                        self.db.execute(statement)
                    self.db.execute("INSERT INTO schema_migrations VALUES (?, ?)", (name, _now()))
                    applied.append(name)
                self.db.execute("COMMIT")
            except BaseException:
                self.db.execute("ROLLBACK")
                raise
        return applied

    def applied_migrations(self) -> list[str]:
        return [row[0] for row in self.db.execute("SELECT name FROM schema_migrations ORDER BY name")]

    # -- documents --------------------------------------------------------------

    def has_document(self, document_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM documents WHERE id = ?", (document_id,)).fetchone() is not None

    def add_document(self, document: Document, original: bytes, extraction: StoredExtraction | None = None) -> AddResult:
        if hashlib.sha256(original).hexdigest() != document.id:
            raise ValueError("document id is not the SHA-256 of the original bytes")
        self.db.execute("BEGIN IMMEDIATE")
        try:
            if self.has_document(document.id):
                self.db.execute("ROLLBACK")
                return AddResult("exists", document.id)
            text_sha256 = document.text_sha256
            row = self.db.execute(
                "SELECT id FROM documents WHERE text_sha256 = ? AND duplicate_of IS NULL ORDER BY ingested_at, id LIMIT 1",
                (text_sha256,),
            ).fetchone()
            duplicate_of = row[0] if row else None
            m = document.meta
            self.db.execute(
                f"INSERT INTO documents ({_DOC_COLUMNS}, text_sha256) VALUES ({', '.join('?' * 15)})",
                (
                    document.id, document.filename, document.format, document.size, document.encoding,
                    m.title, m.publisher, m.url, m.published, m.language, document.source_path,
                    document.ingested_at or _now(), document.text, duplicate_of, text_sha256,
                ),
            )
            self.db.execute("INSERT INTO originals (document_id, content) VALUES (?, ?)", (document.id, original))
            if extraction is not None:
                self._write_extraction(document.id, extraction)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        return AddResult("added", document.id, duplicate_of)

    def get_document(self, ref: str) -> Document:
        ref = ref.strip().lower()
        if len(ref) < 4 or not re.fullmatch(r"[0-9a-f]+", ref):
            raise DocumentNotFound(ref)
        rows = self.db.execute(f"SELECT {_DOC_COLUMNS} FROM documents WHERE id >= ? AND id < ? LIMIT 2", (ref, ref + "g")).fetchall()
        if not rows:
            raise DocumentNotFound(ref)
        if len(rows) > 1:
            raise UsageError(f"{ref!r} is the start of more than one document id", fix="give more characters of the id")
        return _document(rows[0])

    def list_documents(self) -> list[Document]:
        rows = self.db.execute(f"SELECT {_DOC_COLUMNS} FROM documents ORDER BY published IS NULL, published, ingested_at, id")
        return [_document(row) for row in rows]

    def count_documents(self) -> int:
        return self.db.execute("SELECT count(*) FROM documents").fetchone()[0]

    def original(self, document_id: str) -> bytes:
        row = self.db.execute("SELECT content FROM originals WHERE document_id = ?", (document_id,)).fetchone()
        if row is None:
            raise DocumentNotFound(document_id)
        return bytes(row[0])

    # -- extractions -------------------------------------------------------------

    def save_extraction(self, document_id: str, extraction: StoredExtraction) -> None:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self._write_extraction(document_id, extraction)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def _write_extraction(self, document_id: str, extraction: StoredExtraction) -> None:
        key = (document_id, extraction.extractor_version, extraction.lexicon_hash)
        self.db.execute("DELETE FROM facts WHERE document_id = ? AND extractor_version = ? AND lexicon_hash = ?", key)
        self.db.execute("DELETE FROM extractions WHERE document_id = ? AND extractor_version = ? AND lexicon_hash = ?", key)
        self.db.execute(
            "INSERT INTO extractions VALUES (?, ?, ?, ?, ?)",
            (*key, extraction.extracted_at or _now(), json.dumps(extraction.result, ensure_ascii=False)),
        )
        rows = []
        for kind, facts in extraction.result.items():
            if not isinstance(facts, list):
                continue
            for number, fact in enumerate(facts, 1):
                span = fact.get("span") or [None, None]
                rows.append((*key, kind, fact.get("id") or f"{kind}{number}", span[0], span[1], fact.get("text"), fact.get("rule"), json.dumps(fact, ensure_ascii=False)))
        self.db.executemany("INSERT INTO facts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)

    def get_extraction(self, document_id: str) -> StoredExtraction | None:
        row = self.db.execute(
            "SELECT extractor_version, lexicon_hash, result, extracted_at FROM extractions WHERE document_id = ? ORDER BY extracted_at DESC, rowid DESC LIMIT 1",
            (document_id,),
        ).fetchone()
        return StoredExtraction(row[0], row[1], json.loads(row[2]), row[3]) if row else None

    def extraction_versions(self, document_id: str) -> list[tuple[str, str]]:
        rows = self.db.execute("SELECT extractor_version, lexicon_hash FROM extractions WHERE document_id = ? ORDER BY extracted_at", (document_id,))
        return [tuple(row) for row in rows]

    def latest_extractions(self) -> Iterator[tuple[Document, StoredExtraction]]:
        rows = self.db.execute(
            f"""
            SELECT {', '.join('d.' + c for c in _DOC_COLUMNS.split(', '))}, e.extractor_version, e.lexicon_hash, e.result, e.extracted_at
            FROM documents d JOIN extractions e ON e.document_id = d.id
            WHERE e.rowid = (SELECT rowid FROM extractions WHERE document_id = d.id ORDER BY extracted_at DESC, rowid DESC LIMIT 1)
            ORDER BY d.published IS NULL, d.published, d.id
            """
        )
        for row in rows:
            yield _document(row[:14]), StoredExtraction(row[14], row[15], json.loads(row[16]), row[17])

    # -- decisions --------------------------------------------------------------

    def add_decision(
        self, action: str, event_id: str, other: str | None = None, value: str | None = None,
        anchors: Iterable[str] = (), other_anchors: Iterable[str] = (),
    ) -> Decision:
        made_at = _now()
        anchors, other_anchors = tuple(sorted(set(anchors))), tuple(sorted(set(other_anchors)))
        self.db.execute("BEGIN IMMEDIATE")
        try:
            cursor = self.db.execute(
                "INSERT INTO decisions (action, event_id, other, value, made_at) VALUES (?, ?, ?, ?, ?)", (action, event_id, other, value, made_at)
            )
            rows = [(cursor.lastrowid, "event", key) for key in anchors] + [(cursor.lastrowid, "other", key) for key in other_anchors]
            self.db.executemany("INSERT INTO decision_anchors (decision_id, role, mention) VALUES (?, ?, ?)", rows)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        return Decision(cursor.lastrowid, action, event_id, other, value, made_at, anchors, other_anchors)

    def decisions(self) -> list[Decision]:
        anchors: dict[tuple[int, str], list[str]] = defaultdict(list)
        for decision_id, role, mention in self.db.execute("SELECT decision_id, role, mention FROM decision_anchors ORDER BY decision_id, role, mention"):
            anchors[(decision_id, role)].append(mention)
        return [
            Decision(*row, tuple(anchors.get((row[0], "event"), ())), tuple(anchors.get((row[0], "other"), ())))
            for row in self.db.execute("SELECT id, action, event_id, other, value, made_at FROM decisions ORDER BY id")
        ]

    # -- cache keys ---------------------------------------------------------------

    def state_token(self) -> tuple:
        """Changes whenever an extraction or decision may have changed, in a few index look-ups.

        A new extraction row gets a new highest rowid and a decision a new id; `data_version`
        moves when another connection (a CLI run) commits, and `total_changes` when this one
        writes, which also covers re-saving the last row with the same extractor version.
        """
        extraction = self.db.execute("SELECT max(rowid) FROM extractions").fetchone()[0]
        decision = self.db.execute("SELECT max(id) FROM decisions").fetchone()[0]
        version = self.db.execute("PRAGMA data_version").fetchone()[0]
        return (extraction, decision, version, self.db.total_changes)

    # -- integrity --------------------------------------------------------------

    def verify(self) -> Iterator[tuple[str, VerifyProblem | None]]:
        rows = self.db.execute(
            "SELECT d.id, d.filename, d.size, o.rowid FROM documents d LEFT JOIN originals o ON o.document_id = d.id ORDER BY d.id"
        ).fetchall()
        for document_id, filename, size, blob_rowid in rows:
            if blob_rowid is None:
                yield document_id, VerifyProblem(document_id, filename, "missing", "the original bytes are not in the archive")
                continue
            digest, length = self._blob_digest(blob_rowid)
            if digest != document_id:
                detail = f"SHA-256 is now {digest}" + (f", size {length:,} instead of {size:,} bytes" if length != size else "")
                yield document_id, VerifyProblem(document_id, filename, "altered", detail)
            else:
                yield document_id, None

    def _blob_digest(self, rowid: int) -> tuple[str, int]:
        """Hash a stored original in chunks, so a 50 MB original is never held twice in memory."""
        digest = hashlib.sha256()
        with self.db.blobopen("originals", "content", rowid, readonly=True) as blob:
            length = len(blob)
            while chunk := blob.read(_CHUNK):
                digest.update(chunk)
        return digest.hexdigest(), length

    # -- search -----------------------------------------------------------------

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        match = fts_query(query)
        rows = self.db.execute(
            """
            SELECT d.id, d.title, snippet(documents_fts, 2, char(2), char(3), '…', 16), bm25(documents_fts, 5.0, 2.0, 1.0)
            FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid
            WHERE documents_fts MATCH ? ORDER BY 4 LIMIT ?
            """,
            (match, limit),
        )
        return [SearchHit(doc_id, title, snippet, -score) for doc_id, title, snippet, score in rows]

    def close(self) -> None:
        self.db.close()


def _statements(migration) -> list[str]:
    """A migration's SQL split into statements: executescript() would commit mid-transaction."""
    statements, current = [], ""
    for line in migration.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    if current.strip():
        raise ValueError(f"incomplete SQL at the end of a migration: {current.strip()[:60]}")
    return statements


def fts_query(query: str) -> str:
    """A user's words as an FTS5 query: every word or "quoted phrase" must appear, no operator syntax."""
    terms = []
    for phrase, word in _QUERY_TERM.findall(query):
        text = phrase or word
        if text.strip():
            terms.append('"' + text.replace('"', "") + '"')
    if not terms:
        raise UsageError(f"nothing to search for in {query!r}", fix="give one or more words")
    return " ".join(terms)


def _document(row: tuple) -> Document:
    (doc_id, filename, fmt, size, encoding, title, publisher, url, published, language, source_path, ingested_at, text, duplicate_of) = row
    return Document(
        id=doc_id, filename=filename, format=fmt, size=size, text=text, encoding=encoding,
        meta=DocumentMeta(title=title, publisher=publisher, url=url, published=published, language=language),
        ingested_at=ingested_at, source_path=source_path, duplicate_of=duplicate_of,
    )


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
