"""Named schema migrations for the SQLite archive, applied in order and recorded.

A migration is never edited once released: a schema change is a new entry
appended to `MIGRATIONS`. Each runs inside one transaction with its record in
`schema_migrations`, so a schema is never half-changed.
"""

from __future__ import annotations



M0001_DOCUMENTS = """
        CREATE TABLE documents (
            id           TEXT PRIMARY KEY,       -- SHA-256 of the original bytes
            filename     TEXT NOT NULL,
            format       TEXT NOT NULL,
            size         INTEGER NOT NULL,
            encoding     TEXT,
            title        TEXT,
            publisher    TEXT,
            url          TEXT,
            published    TEXT,                   -- YYYY-MM-DD, YYYY-MM or YYYY
            language     TEXT,
            source_path  TEXT,
            ingested_at  TEXT NOT NULL,
            text         TEXT NOT NULL,
            text_sha256  TEXT NOT NULL,
            duplicate_of TEXT REFERENCES documents(id)
        );
        CREATE INDEX documents_text_sha256 ON documents(text_sha256);
        CREATE TABLE originals (
            document_id TEXT PRIMARY KEY REFERENCES documents(id),
            content     BLOB NOT NULL
        );
"""


M0002_FULL_TEXT = """
        CREATE VIRTUAL TABLE documents_fts USING fts5(
            title, publisher, text,
            content='documents', content_rowid='rowid',
            tokenize='unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
            INSERT INTO documents_fts(rowid, title, publisher, text)
            VALUES (new.rowid, new.title, new.publisher, new.text);
        END;
        CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
            INSERT INTO documents_fts(documents_fts, rowid, title, publisher, text)
            VALUES ('delete', old.rowid, old.title, old.publisher, old.text);
        END;
        CREATE TRIGGER documents_fts_update AFTER UPDATE ON documents BEGIN
            INSERT INTO documents_fts(documents_fts, rowid, title, publisher, text)
            VALUES ('delete', old.rowid, old.title, old.publisher, old.text);
            INSERT INTO documents_fts(rowid, title, publisher, text)
            VALUES (new.rowid, new.title, new.publisher, new.text);
        END;
"""


# One row per (document, extractor version, lexicon hash): results are reproducible and
# re-runnable selectively. `facts` repeats each fact as a row for querying across documents.
M0003_EXTRACTIONS = """
        CREATE TABLE extractions (
            document_id       TEXT NOT NULL REFERENCES documents(id),
            extractor_version TEXT NOT NULL,
            lexicon_hash      TEXT NOT NULL,
            extracted_at      TEXT NOT NULL,
            result            TEXT NOT NULL,     -- the extraction contract's JSON object
            PRIMARY KEY (document_id, extractor_version, lexicon_hash)
        );
        CREATE TABLE facts (
            document_id       TEXT NOT NULL,
            extractor_version TEXT NOT NULL,
            lexicon_hash      TEXT NOT NULL,
            kind              TEXT NOT NULL,     -- figures, dates, places, persons, ...
            fact_id           TEXT NOT NULL,     -- f1, d2, ... as in the contract
            start             INTEGER,
            "end"             INTEGER,
            text              TEXT,
            rule              TEXT,
            data              TEXT NOT NULL,     -- the fact's contract JSON
            PRIMARY KEY (document_id, extractor_version, lexicon_hash, kind, fact_id),
            FOREIGN KEY (document_id, extractor_version, lexicon_hash)
                REFERENCES extractions(document_id, extractor_version, lexicon_hash) ON DELETE CASCADE
        );
        CREATE INDEX facts_kind ON facts(kind, document_id);
"""


# Curator decisions about events (merge, split, rename), kept apart from extraction
# output so that they survive re-extraction; applied in id order.
M0004_DECISIONS = """
        CREATE TABLE decisions (
            id       INTEGER PRIMARY KEY,
            action   TEXT NOT NULL CHECK (action IN ('merge', 'split', 'rename')),
            event_id TEXT NOT NULL,
            other    TEXT,
            value    TEXT,
            made_at  TEXT NOT NULL
        );
"""


# What each event a decision names was made of when the decision was made: the keys of its
# mentions (a document id and that document's name for the event, `Mention.key`). An event's id
# follows its winning place and date, which a new source can change; its mentions stay, so the
# decision finds its events again. Decisions made before this migration have no anchors.
M0005_DECISION_ANCHORS = """
        CREATE TABLE decision_anchors (
            decision_id INTEGER NOT NULL REFERENCES decisions(id),
            role        TEXT NOT NULL CHECK (role IN ('event', 'other')),  -- decisions.event_id or decisions.other
            mention     TEXT NOT NULL,
            PRIMARY KEY (decision_id, role, mention)
        );
"""


# Search finds the forms of a word: "hostages" finds "taken hostage", "killings" finds "killed".
# The Porter stemmer applies English suffix rules to Latin-script words only; words in other
# scripts are indexed as before. The triggers of 0002 keep feeding the new table by name.
M0006_STEMMED_SEARCH = """
        DROP TABLE documents_fts;
        CREATE VIRTUAL TABLE documents_fts USING fts5(
            title, publisher, text,
            content='documents', content_rowid='rowid',
            tokenize='porter unicode61 remove_diacritics 2'
        );
        INSERT INTO documents_fts(documents_fts) VALUES ('rebuild');
"""


MIGRATIONS: list[tuple[str, str]] = [
    ("0001_documents", M0001_DOCUMENTS),
    ("0002_full_text", M0002_FULL_TEXT),
    ("0003_extractions", M0003_EXTRACTIONS),
    ("0004_decisions", M0004_DECISIONS),
    ("0005_decision_anchors", M0005_DECISION_ANCHORS),
    ("0006_stemmed_search", M0006_STEMMED_SEARCH),
]
