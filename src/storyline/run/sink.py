"""Where outcomes land: the SQLite store (with a table of inputs already done) or shard row files.

The store keeps ``run_inputs``: one row per input key (path + record + content hash) that reached a
final state (document stored, duplicate, or error). A rerun skips those keys, so after ``kill -9`` the
same command only processes what was not committed. Documents are written in one transaction per
flush; input keys are marked after their documents commit, and a document that is already stored is
never written twice, so a crash between the two commits cannot double-count anything.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from storyline.records import DocResult, ErrorRecord
from storyline.run.items import Outcome, skip_reason
from storyline.store.sqlite import Store

INPUTS_TABLE = "run_inputs"
_CHUNK = 500  # SQLite's bound-parameter limit is far above this
# run_inputs.status of an input not stored because its cleaned text was already a document
SAME_RUN_STATUS = "duplicate"  # of an input read earlier in the same build
IN_STORE_STATUS = "in store"  # of a document an earlier build stored
SKIPPED_STATUSES = (SAME_RUN_STATUS, IN_STORE_STATUS)


def ensure_inputs_table(store: Store) -> None:
    store.conn.execute(
        f"CREATE TABLE IF NOT EXISTS {INPUTS_TABLE} "
        "(key TEXT PRIMARY KEY, path TEXT, record TEXT, doc_id TEXT, status TEXT)"
    )
    store.conn.execute(f"CREATE INDEX IF NOT EXISTS ix_{INPUTS_TABLE}_path ON {INPUTS_TABLE} (path)")
    store.conn.commit()


def done_keys(store: Store, keys: Sequence[str]) -> set[str]:
    """Which of ``keys`` a previous run already finished."""
    found: set[str] = set()
    for i in range(0, len(keys), _CHUNK):
        chunk = keys[i : i + _CHUNK]
        sql = f"SELECT key FROM {INPUTS_TABLE} WHERE key IN ({','.join('?' * len(chunk))})"
        found.update(r[0] for r in store.conn.execute(sql, chunk))
    return found


def _error_key(e: ErrorRecord) -> tuple[str, str, str, str]:
    return (e.path, e.stage, e.record or "", e.message)


@dataclass
class SinkCounts:
    added: int = 0
    skipped: Counter[str] = field(default_factory=Counter)


class StoreSink:
    """Writes outcomes into the SQLite store, buffered, one transaction per flush."""

    def __init__(
        self, store: Store, flush_every: int = 16, replace: set[tuple[str, str]] | None = None
    ) -> None:
        self.store = store
        self.flush_every = max(1, flush_every)
        self.replace = replace or set()  # (path, record) whose stored document may be rewritten
        self.counts = SinkCounts()
        self._buffer: list[Outcome] = []
        self._written: set[str] = set()
        ensure_inputs_table(store)
        self._known_errors = {_error_key(e) for e in store.rows("errors") if isinstance(e, ErrorRecord)}

    def is_done(self, keys: Sequence[str]) -> set[str]:
        return done_keys(self.store, keys)

    @property
    def dir(self) -> Path:
        return self.store.dir

    def all_done(self) -> frozenset[str]:
        return frozenset(r[0] for r in self.store.conn.execute(f"SELECT key FROM {INPUTS_TABLE}"))

    def add(self, outcome: Outcome) -> None:
        self._buffer.append(outcome)
        if len(self._buffer) >= self.flush_every:
            self.flush()

    def add_errors(self, errors: Iterable[ErrorRecord]) -> None:
        """Errors not tied to an input key (unreadable files, malformed lines), written once each."""
        new = self._new_errors(errors)
        if new:
            self.store.write_errors(new)

    def _new_errors(self, errors: Iterable[ErrorRecord]) -> list[ErrorRecord]:
        out = []
        for e in errors:
            k = _error_key(e)
            if k not in self._known_errors:
                self._known_errors.add(k)
                out.append(e)
        return out

    def flush(self) -> None:
        if not self._buffer:
            return
        results: list[DocResult] = []
        errors: list[ErrorRecord] = []
        marks: list[tuple[str, str, str | None, str | None, str]] = []
        for o in self._buffer:
            if o.result is not None:
                doc_id = o.result.article.doc_id
                replace = (o.path, o.record or "") in self.replace
                if doc_id in self._written:
                    self.counts.skipped["same text as another input in this run"] += 1
                    marks.append((o.key, o.path, o.record, doc_id, SAME_RUN_STATUS))
                    continue
                if not replace and self.store.has_doc(doc_id):
                    self.counts.skipped["already in store"] += 1
                    marks.append((o.key, o.path, o.record, doc_id, IN_STORE_STATUS))
                    continue
                self._written.add(doc_id)
                res = o.result
                res.errors = self._new_errors(res.errors)
                results.append(res)
                marks.append((o.key, o.path, o.record, doc_id, "stored"))
            else:
                err = o.error or ErrorRecord(o.path, "worker", "no result", record=o.record)
                self.counts.skipped[skip_reason(err)] += 1
                errors.extend(self._new_errors([err]))
                marks.append((o.key, o.path, o.record, None, "error"))
        self._buffer.clear()
        if results:
            self.store.write_results(results)
            self.counts.added += len(results)
        if errors:
            self.store.write_errors(errors)
        with self.store.transaction() as cur:
            cur.executemany(
                f"INSERT OR REPLACE INTO {INPUTS_TABLE} (key, path, record, doc_id, status) VALUES (?, ?, ?, ?, ?)",
                marks,
            )

    def close(self) -> None:
        self.flush()


@dataclass(frozen=True)
class SkippedInput:
    """An input not stored because its cleaned text was already a document: which one, and where that
    document came from, so no input the user gave disappears without a trace."""

    path: str
    record: str | None
    status: str
    doc_id: str | None
    kept_path: str | None
    kept_record: str | None


def _has_inputs_table(store: Store) -> bool:
    """Stores built before ``run_inputs`` existed (or opened read-only before any build) lack it."""
    sql = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"
    return store.conn.execute(sql, (INPUTS_TABLE,)).fetchone() is not None


def count_skipped_inputs(store: Store) -> int:
    if not _has_inputs_table(store):
        return 0
    marks = ",".join("?" * len(SKIPPED_STATUSES))
    sql = f"SELECT count(*) FROM {INPUTS_TABLE} WHERE status IN ({marks})"
    return int(store.conn.execute(sql, SKIPPED_STATUSES).fetchone()[0])


def skipped_inputs(store: Store, limit: int | None = None) -> Iterator[SkippedInput]:
    """The skipped inputs in input order, streamed (a store may list millions)."""
    if not _has_inputs_table(store):
        return
    marks = ",".join("?" * len(SKIPPED_STATUSES))
    sql = (
        f"SELECT r.path, r.record, r.status, r.doc_id, d.source_path, d.record FROM {INPUTS_TABLE} r "
        f"LEFT JOIN documents d ON d.doc_id = r.doc_id WHERE r.status IN ({marks}) ORDER BY r.rowid"
    )
    params: tuple[object, ...] = SKIPPED_STATUSES
    if limit is not None:
        sql += " LIMIT ?"
        params = (*SKIPPED_STATUSES, limit)
    for row in store.conn.execute(sql, params):
        yield SkippedInput(*row)


def forget_errored_inputs(store: Store) -> set[tuple[str, str]]:
    """For ``--retry-errors``: drop the error rows and done-marks of every input that errored.

    Returns the (path, record) pairs to process again (record "" = the whole file).
    """
    ensure_inputs_table(store)
    from storyline.corpus_stages import CORPUS_PATH

    pairs = {
        (r[0], r[1] or "")
        for r in store.conn.execute(
            "SELECT DISTINCT path, record FROM errors WHERE path != ?", (CORPUS_PATH,)
        )
    }
    with store.transaction() as cur:
        for path, record in pairs:
            cur.execute("DELETE FROM errors WHERE path = ? AND coalesce(record, '') = ?", (path, record))
            if record:
                cur.execute(
                    f"DELETE FROM {INPUTS_TABLE} WHERE path = ? AND coalesce(record, '') = ?", (path, record)
                )
            else:
                cur.execute(f"DELETE FROM {INPUTS_TABLE} WHERE path = ?", (path,))
    return pairs
