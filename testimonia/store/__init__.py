"""Storage behind one protocol: SQLite by default, others added beside it."""

from testimonia.store.base import AddResult, SearchHit, Store, StoredExtraction, VerifyProblem
from testimonia.store.sqlite import SQLiteStore, open_store

__all__ = ["AddResult", "SQLiteStore", "SearchHit", "Store", "StoredExtraction", "VerifyProblem", "open_store"]
