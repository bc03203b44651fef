"""Read-only access to a built store for the web app.

Each server thread gets its own ``mode=ro`` SQLite connection (a connection must not be shared by
threads running queries at once), with the search index attached as schema ``search``.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TypeVar

from storyline.pairs import name_key
from storyline.store.rows import from_row
from storyline.store.sqlite import ALL_TABLES, Store, StoreError

T = TypeVar("T")


def _ro_uri(path: Path) -> str:
    return f"file:{path.resolve()}?mode=ro"


class Reader:
    """Thread-local read-only connections to one store (and its search index, once built)."""

    def __init__(self, store_path: str | Path) -> None:
        # Store(readonly=True) validates the path and raises StoreError with a clear message.
        probe = Store(store_path, readonly=True)
        try:
            missing = [
                t
                for t in ("documents", "sentences", "events", "quotes", "entities", "timeline")
                if not probe.conn.execute(
                    "SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (t,)
                ).fetchone()
            ]
            if missing:
                raise StoreError(
                    f"{probe.db_path} is not a storyline store (missing tables: {', '.join(missing)})"
                )
            probe.conn.execute("SELECT count(*) FROM documents").fetchone()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot read store {probe.db_path}: {exc}") from exc
        finally:
            probe.close()
        self.db_path = probe.db_path
        self.dir = probe.dir
        self.search_path: Path | None = None
        self._local = threading.local()
        self._generation = 0

    def attach_search(self, path: Path) -> None:
        """Use ``path`` as the search index from now on (connections reopen lazily)."""
        self.search_path = path
        self._generation += 1

    def conn(self) -> sqlite3.Connection:
        local = self._local
        if getattr(local, "conn", None) is None or local.generation != self._generation:
            if getattr(local, "conn", None) is not None:
                local.conn.close()
            local.conn = self._connect()
            local.generation = self._generation
        conn_: sqlite3.Connection = local.conn
        return conn_

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(_ro_uri(self.db_path), uri=True, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        # names are matched as Python folds them (SQLite's lower() leaves "É" as it is)
        conn.create_function("name_key", 1, name_key, deterministic=True)
        if self.search_path is not None:
            conn.execute("ATTACH DATABASE ? AS search", (_ro_uri(self.search_path),))
        return conn

    def stream(self, sql: str, params: Any = (), batch: int = 500) -> Iterator[sqlite3.Row]:
        """The rows of ``sql`` a batch at a time, on a connection of their own: a download of
        millions of rows never sits in memory, and the server may step it from any thread."""
        conn = self._connect()
        try:
            cursor = conn.execute(sql, params)
            while rows := cursor.fetchmany(batch):
                yield from rows
        finally:
            conn.close()

    def query(self, sql: str, params: Any = ()) -> list[sqlite3.Row]:
        return self.conn().execute(sql, params).fetchall()

    def one(self, sql: str, params: Any = ()) -> sqlite3.Row | None:
        row: sqlite3.Row | None = self.conn().execute(sql, params).fetchone()
        return row

    def records(self, table: str, sql: str, params: Any = ()) -> list[Any]:
        """Rows of ``sql`` (which must select ``table``'s columns) as record objects."""
        cls, _ = ALL_TABLES[table]
        return [from_row(cls, dict(r)) for r in self.query(sql, params)]

    def columns(self, table: str) -> set[str]:
        return {r[1] for r in self.query(f'PRAGMA table_info("{table}")')}
