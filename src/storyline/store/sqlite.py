"""The SQLite store: one file per store directory holding every row table.

Per-document tables are keyed by ``doc_id`` and written once per document in a transaction, so a
crash never leaves half a document. Corpus tables (entities, quotes, events, timeline) are rebuilt
whole by the corpus stages on every build.
"""

from __future__ import annotations

import gc
import itertools
import json
import operator
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from storyline.corpus import Corpus
from storyline.records import (
    Article,
    Chain,
    DocResult,
    Entity,
    ErrorRecord,
    Event,
    EventMention,
    Mention,
    Quote,
    QuoteMention,
    Sentence,
    TimeExpr,
    TimelineEntry,
)
from storyline.store.rows import columns, row_columns, row_reader, row_values

T = TypeVar("T")

DB_NAME = "storyline.sqlite"
SCHEMA_VERSION = "1"

# table name -> (record type, primary/ordering key columns)
DOC_TABLES: dict[str, tuple[type, tuple[str, ...]]] = {
    "documents": (Article, ("doc_id",)),
    "sentences": (Sentence, ("doc_id", "index")),
    "timexes": (TimeExpr, ("doc_id", "start", "end")),
    "mentions": (Mention, ("doc_id", "mention_id")),
    "chains": (Chain, ("doc_id", "chain_id")),
    "quote_mentions": (QuoteMention, ("doc_id", "index")),
    "event_mentions": (EventMention, ("doc_id", "index")),
}
CORPUS_TABLES: dict[str, tuple[type, tuple[str, ...]]] = {
    "entities": (Entity, ("entity_id",)),
    "quotes": (Quote, ("quote_id",)),
    "events": (Event, ("event_id",)),
    "timeline": (TimelineEntry, ()),
}
ALL_TABLES = {**DOC_TABLES, **CORPUS_TABLES, "errors": (ErrorRecord, ())}

# How many articles name an entity, kept in the store beside its ``doc_ids`` (not exported: it is their
# length) so that ranking actors "by reach" reads an index instead of parsing every entity's JSON list
ARTICLE_COUNT_SQL = "CASE WHEN json_valid(doc_ids) THEN json_array_length(doc_ids) ELSE 0 END"
_REACH_INDEX = (
    'CREATE INDEX IF NOT EXISTS "ix_entities_reach" '
    'ON "entities" (article_count DESC, mention_count DESC, name, entity_id)'
)


class StoreError(RuntimeError):
    """The store cannot be opened or read."""


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


class Store:
    """A storyline store directory (``storyline.sqlite`` + ``report.html``)."""

    def __init__(self, path: str | Path, *, readonly: bool = False) -> None:
        self.dir = Path(path)
        self.db_path = self.dir / DB_NAME if not str(path).endswith(".sqlite") else Path(path)
        if str(path).endswith(".sqlite"):
            self.dir = self.db_path.parent
        self.readonly = readonly
        if readonly:
            if not self.db_path.is_file():
                raise StoreError(f"no storyline store at {self.dir} (expected {self.db_path.name})")
            uri = f"file:{self.db_path.resolve()}?mode=ro"
            try:
                self.conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
                self.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlite3.DatabaseError as exc:
                raise StoreError(f"cannot read store {self.db_path}: {exc}") from exc
        else:
            self.dir.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(self.db_path)
            try:
                self.conn.execute("PRAGMA journal_mode=WAL")
                self.conn.execute("PRAGMA synchronous=NORMAL")
                self._migrate()
            except sqlite3.DatabaseError as exc:  # a file that is not a store: say so, as the reader does
                self.conn.close()
                raise StoreError(f"cannot write store {self.db_path}: {exc}") from exc
        self.conn.row_factory = sqlite3.Row

    # -- schema -----------------------------------------------------------------------------------

    def _migrate(self) -> None:
        cur = self.conn.cursor()
        cur.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
        for table, (cls, key) in ALL_TABLES.items():
            cols = columns(cls)
            if table == "errors":
                cols = [*cols, ("created", "TEXT")]
            existing = {r[1] for r in cur.execute(f"PRAGMA table_info({_q(table)})")}
            if not existing:
                col_sql = ", ".join(f"{_q(n)} {t}" for n, t in cols)
                pk = f", PRIMARY KEY ({', '.join(_q(k) for k in key)})" if key and table != "timexes" else ""
                cur.execute(f"CREATE TABLE {_q(table)} ({col_sql}{pk})")
                if table in DOC_TABLES and table != "documents":
                    cur.execute(
                        f"CREATE INDEX IF NOT EXISTS {_q('ix_' + table + '_doc')} ON {_q(table)} (doc_id)"
                    )
            else:
                for n, t in cols:  # new optional record fields become new columns
                    if n not in existing:
                        cur.execute(f"ALTER TABLE {_q(table)} ADD COLUMN {_q(n)} {t}")
        self._add_article_count(cur)
        cur.execute(
            "INSERT OR IGNORE INTO meta (key, value) VALUES ('schema_version', ?), ('created', ?)",
            (SCHEMA_VERSION, datetime.now(UTC).isoformat(timespec="seconds")),
        )
        self.conn.commit()

    @staticmethod
    def _add_article_count(cur: sqlite3.Cursor) -> None:
        """The entities' stored article count and its index; a store written before them gets both,
        filled from ``doc_ids``."""
        existing = {r[1] for r in cur.execute('PRAGMA table_info("entities")')}
        if "article_count" not in existing:
            cur.execute('ALTER TABLE "entities" ADD COLUMN "article_count" INTEGER')
            cur.execute(f'UPDATE "entities" SET article_count = {ARTICLE_COUNT_SQL}')
        cur.execute(_REACH_INDEX)

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Cursor]:
        cur = self.conn.cursor()
        try:
            cur.execute("BEGIN")
            yield cur
            cur.execute("COMMIT")
        except BaseException:
            cur.execute("ROLLBACK")
            raise

    # -- writing ----------------------------------------------------------------------------------

    @staticmethod
    def _insert(
        cur: sqlite3.Cursor, table: str, objs: Iterable[Any], extra: dict[str, Any] | None = None
    ) -> None:
        """INSERT OR REPLACE records of one class (plus the ``extra`` columns) in one executemany."""
        it = iter(objs)
        first = next(it, None)
        if first is None:
            return
        tail = tuple((extra or {}).values())
        names = [*row_columns(type(first)), *(extra or {})]
        sql = (
            f"INSERT OR REPLACE INTO {_q(table)} ({', '.join(_q(n) for n in names)}) "
            f"VALUES ({', '.join('?' for _ in names)})"
        )
        cur.executemany(sql, (row_values(o) + tail for o in itertools.chain((first,), it)))

    def write_results(self, results: Sequence[DocResult]) -> None:
        """Write whole documents (replacing any earlier rows of the same doc_ids) in one transaction."""
        with self.transaction() as cur:
            for res in results:
                doc_id = res.article.doc_id
                for table in DOC_TABLES:
                    cur.execute(f"DELETE FROM {_q(table)} WHERE doc_id = ?", (doc_id,))
                self._insert(cur, "documents", [res.article])
                self._insert(cur, "sentences", res.sentences)
                self._insert(cur, "timexes", res.timexes)
                self._insert(cur, "mentions", res.mentions)
                self._insert(cur, "chains", res.chains)
                self._insert(cur, "quote_mentions", res.quotes)
                self._insert(cur, "event_mentions", res.events)
                self._insert(cur, "errors", res.errors, {"created": _now()})

    def write_errors(self, errors: Iterable[ErrorRecord]) -> None:
        with self.transaction() as cur:
            self._insert(cur, "errors", errors, {"created": _now()})

    def clear_errors(self, stage: str | None = None) -> None:
        with self.transaction() as cur:
            if stage:
                cur.execute("DELETE FROM errors WHERE stage = ?", (stage,))
            else:
                cur.execute("DELETE FROM errors")

    def update_articles(self, articles: Iterable[Article]) -> None:
        with self.transaction() as cur:
            self._insert(cur, "documents", articles)

    def rewrite_rows(self, chains: Sequence[Chain], mentions: Sequence[Mention]) -> None:
        """Store whole chain and mention rows a corpus stage corrected (a town the tagger read as a person,
        retyped as a place)."""
        with self.transaction() as cur:
            self._insert(cur, "chains", chains)
            self._insert(cur, "mentions", mentions)

    def update_links(self, chains: Sequence[Chain], mentions: Sequence[Mention]) -> None:
        """Store the entity_id that cross-document resolution gave each chain and mention."""
        with self.transaction() as cur:
            cur.executemany(
                "UPDATE chains SET entity_id = ? WHERE doc_id = ? AND chain_id = ?",
                [(c.entity_id, c.doc_id, c.chain_id) for c in chains],
            )
            cur.executemany(
                "UPDATE mentions SET entity_id = ? WHERE doc_id = ? AND mention_id = ?",
                [(m.entity_id, m.doc_id, m.mention_id) for m in mentions],
            )

    def replace_corpus_tables(
        self,
        entities: Sequence[Entity],
        quotes: Sequence[Quote],
        events: Sequence[Event],
        timeline: Sequence[TimelineEntry],
    ) -> None:
        with self.transaction() as cur:
            for table in CORPUS_TABLES:
                cur.execute(f"DELETE FROM {_q(table)}")
            self._insert(cur, "entities", entities)
            cur.execute(f'UPDATE "entities" SET article_count = {ARTICLE_COUNT_SQL}')
            self._insert(cur, "quotes", quotes)
            self._insert(cur, "events", events)
            self._insert(cur, "timeline", timeline)

    def set_meta(self, **values: Any) -> None:
        with self.transaction() as cur:
            cur.executemany(
                "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                [(k, json.dumps(v)) for k, v in values.items()],
            )

    # -- reading ----------------------------------------------------------------------------------

    def meta(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for row in self.conn.execute("SELECT key, value FROM meta"):
            try:
                out[row["key"]] = json.loads(row["value"])
            except (json.JSONDecodeError, TypeError):
                out[row["key"]] = row["value"]
        return out

    def has_doc(self, doc_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM documents WHERE doc_id = ?", (doc_id,)).fetchone() is not None

    def doc_ids(self) -> set[str]:
        return {r[0] for r in self.conn.execute("SELECT doc_id FROM documents")}

    def rows(self, table: str, where: str = "", params: Sequence[Any] = ()) -> Iterator[Any]:
        """Records of one table (``where`` is an SQL condition with ? placeholders)."""
        cls, key = ALL_TABLES[table]
        order = f" ORDER BY {', '.join(_q(k) for k in key)}" if key else " ORDER BY rowid"
        sql = f"SELECT * FROM {_q(table)}" + (f" WHERE {where}" if where else "") + order
        cur = self.conn.cursor()
        cur.row_factory = None  # plain tuples: building a Row per row is measurable over millions
        cur.execute(sql, tuple(params))
        read: Callable[[Sequence[Any]], Any] = row_reader(cls, [d[0] for d in cur.description])
        for values in cur:
            yield read(values)

    def count(self, table: str) -> int:
        return int(self.conn.execute(f"SELECT count(*) FROM {_q(table)}").fetchone()[0])

    def counts(self) -> dict[str, int]:
        return {t: self.count(t) for t in ALL_TABLES}

    def date_range(self) -> tuple[str | None, str | None]:
        row = self.conn.execute(
            "SELECT min(published), max(published) FROM documents WHERE published IS NOT NULL"
        ).fetchone()
        return row[0], row[1]

    def load_result(self, doc_id: str) -> DocResult:
        art = next(self.rows("documents", "doc_id = ?", (doc_id,)))
        return DocResult(
            article=art,
            sentences=list(self.rows("sentences", "doc_id = ?", (doc_id,))),
            timexes=list(self.rows("timexes", "doc_id = ?", (doc_id,))),
            mentions=list(self.rows("mentions", "doc_id = ?", (doc_id,))),
            chains=list(self.rows("chains", "doc_id = ?", (doc_id,))),
            quotes=list(self.rows("quote_mentions", "doc_id = ?", (doc_id,))),
            events=list(self.rows("event_mentions", "doc_id = ?", (doc_id,))),
        )

    def load_corpus(self, *, with_corpus_tables: bool = True) -> Corpus:
        """Everything in the store as one in-memory Corpus."""
        with _no_cycle_collection():
            return self._load_corpus(with_corpus_tables)

    def _load_corpus(self, with_corpus_tables: bool) -> Corpus:
        corpus = Corpus()
        for art in self.rows("documents"):
            corpus.articles[art.doc_id] = art
        for s in self.rows("sentences"):
            corpus.sentences.setdefault(s.doc_id, []).append(s)
        corpus.timexes = list(self.rows("timexes"))
        corpus.mentions = list(self.rows("mentions"))
        corpus.chains = list(self.rows("chains"))
        corpus.quote_mentions = list(self.rows("quote_mentions"))
        corpus.event_mentions = list(self.rows("event_mentions"))
        if with_corpus_tables:
            corpus.entities = list(self.rows("entities"))
            corpus.quotes = list(self.rows("quotes"))
            corpus.events = list(self.rows("events"))
            corpus.timeline = list(self.rows("timeline"))
        return corpus

    def reload_documents(self, corpus: Corpus, doc_ids: Iterable[str]) -> None:
        """Bring ``corpus`` (as ``load_corpus`` gave it) up to date with the store's rows of
        ``doc_ids`` after they were rewritten, keeping every list in ``load_corpus`` order.

        Reading the few rewritten documents again instead of the whole store keeps the corpus phase
        from materialising the corpus twice.
        """
        ids = sorted(set(doc_ids))
        if not ids:
            return
        gone = set(ids)
        fresh: dict[str, list[Any]] = {table: [] for table in DOC_TABLES}
        for i in range(0, len(ids), _IN_CHUNK):
            chunk = ids[i : i + _IN_CHUNK]
            where = f"doc_id IN ({', '.join('?' for _ in chunk)})"
            for table in DOC_TABLES:
                fresh[table].extend(self.rows(table, where, chunk))
        articles = {d: a for d, a in corpus.articles.items() if d not in gone}
        articles.update((a.doc_id, a) for a in fresh["documents"])
        corpus.articles = dict(sorted(articles.items()))
        sentences = {d: s for d, s in corpus.sentences.items() if d not in gone}
        for sent in fresh["sentences"]:
            sentences.setdefault(sent.doc_id, []).append(sent)
        corpus.sentences = dict(sorted(sentences.items()))
        for attr, table in _DOC_LISTS.items():
            kept = [r for r in getattr(corpus, attr) if r.doc_id not in gone]
            kept.extend(fresh[table])
            kept.sort(
                key=operator.attrgetter("doc_id")
            )  # stable: a document's rows keep their order within it
            setattr(corpus, attr, kept)

    def errors(self) -> list[ErrorRecord]:
        return list(self.rows("errors"))

    def close(self) -> None:
        if not self.readonly:
            # leave a single self-contained file behind (readers on read-only media need no -wal/-shm)
            with suppress(sqlite3.OperationalError):  # another connection still has it open; WAL stays
                self.conn.execute("PRAGMA journal_mode=DELETE")
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


_IN_CHUNK = 500  # doc_ids per "IN (...)" query, well under SQLite's limit on bound parameters
# Corpus attribute -> per-document table, for the row lists ``load_corpus`` fills
_DOC_LISTS = {
    "timexes": "timexes",
    "mentions": "mentions",
    "chains": "chains",
    "quote_mentions": "quote_mentions",
    "event_mentions": "event_mentions",
}


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Pause Python's cycle collector while millions of records are built: each collection of the
    oldest generation walks every record read so far, and records hold no reference cycles."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def open_store(path: str | Path, *, readonly: bool = True) -> Store:
    """Open an existing store (read-only by default)."""
    return Store(path, readonly=readonly)
