"""SQLite store, row mapping, exports and the export contract."""

from storyline.store.sqlite import Store, StoreError, open_store

__all__ = ["Store", "StoreError", "open_store"]
