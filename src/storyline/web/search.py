"""Full-text search (SQLite FTS5) over article sentences, quotes and events.

The store is opened read-only, so the index lives in its own small SQLite file beside it
(``STORE/search.sqlite``; a temp-dir file when the store directory is not writable). It records a
fingerprint of the store and is rebuilt when the store changed since.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from storyline.labels import article_label, opening_from_json
from storyline.web.db import Reader

INDEX_VERSION = "6"
INDEX_NAME = "search.sqlite"
KINDS = ("articles", "quotes", "events")
SearchKind = Literal["articles", "quotes", "events"]
# Snippet markers: private-use characters, removed from indexed text so an article cannot forge them.
MARK_OPEN, MARK_CLOSE = "\ue000", "\ue001"
_MARKS = str.maketrans({MARK_OPEN: " ", MARK_CLOSE: " "})
_TOKENIZE = "porter unicode61 remove_diacritics 2"
# Prefix indexes keep short prefix queries ("pres*") from merging thousands of terms per lookup.
_PREFIX = "2 3 4"


def fingerprint(reader: Reader) -> str:
    """What the index was built from: store file state, row counts and build metadata."""
    parts: dict[str, Any] = {"version": INDEX_VERSION}
    for suffix in ("", "-wal"):
        p = Path(str(reader.db_path) + suffix)
        if p.exists():
            st = p.stat()
            parts["file" + suffix] = [st.st_size, st.st_mtime_ns]
    for table in ("documents", "sentences", "quotes", "events"):
        row = reader.one(f'SELECT count(*) FROM "{table}"')
        parts[table] = row[0] if row else 0
    try:
        parts["meta"] = [tuple(r) for r in reader.query("SELECT key, value FROM meta ORDER BY key")]
    except sqlite3.OperationalError:
        parts["meta"] = None
    return hashlib.sha1(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()


def index_path_for(reader: Reader) -> Path:
    """STORE/search.sqlite when the store directory is writable, else a per-store temp file."""
    if os.access(reader.dir, os.W_OK):
        return reader.dir / INDEX_NAME
    digest = hashlib.sha1(str(reader.db_path.resolve()).encode()).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / f"storyline-search-{digest}.sqlite"


def _stored_fingerprint(path: Path) -> str | None:
    if not path.is_file():
        return None
    try:
        conn = sqlite3.connect(f"file:{path.resolve()}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT value FROM info WHERE key = 'fingerprint'").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return None
    return str(row[0]) if row else None


def ensure_index(reader: Reader, path: Path | None = None) -> Path:
    """Build the search index if missing or stale, attach it to ``reader`` and return its path."""
    path = path or index_path_for(reader)
    fp = fingerprint(reader)
    if _stored_fingerprint(path) != fp:
        build_index(reader, path, fp)
    reader.attach_search(path)
    return path


def _clean(text: str | None) -> str:
    return (text or "").translate(_MARKS)


def build_index(reader: Reader, path: Path, fp: str) -> None:
    """Write a fresh index to a temp file and move it into place (readers never see half an index)."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    out = sqlite3.connect(tmp)
    try:
        out.execute("PRAGMA journal_mode=OFF")
        out.execute("PRAGMA synchronous=OFF")
        out.execute("CREATE TABLE info (key TEXT PRIMARY KEY, value TEXT)")
        out.execute(
            "CREATE VIRTUAL TABLE articles USING fts5(body, doc_id UNINDEXED, sentence UNINDEXED, "
            f"tokenize='{_TOKENIZE}', prefix='{_PREFIX}')"
        )
        # Who said or did it is searchable in a column of its own: the snippet (column 0) then shows
        # only the quoted words or the event's summary, not the names glued onto their end.
        out.execute(
            "CREATE VIRTUAL TABLE quotes USING fts5(body, speaker, ref UNINDEXED, "
            f"tokenize='{_TOKENIZE}', prefix='{_PREFIX}')"
        )
        out.execute(
            "CREATE VIRTUAL TABLE events USING fts5(body, actors, ref UNINDEXED, "
            f"tokenize='{_TOKENIZE}', prefix='{_PREFIX}')"
        )
        # Document metadata, small rows apart from the (large) text, so listings never read article text.
        out.execute(
            "CREATE TABLE docs (doc_id TEXT PRIMARY KEY, title TEXT, outlet TEXT, published TEXT, "
            "published_source TEXT, url TEXT, duplicate_of TEXT, chars INTEGER, lead TEXT)"
        )
        conn = reader.conn()
        # the opening words are kept for untitled articles only: a page labels those by them
        out.executemany(
            "INSERT INTO docs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                (*row[:8], None if (row[1] or "").strip() else opening_from_json(row[8], row[9]))
                for row in conn.execute(
                    "SELECT doc_id, title, outlet, published, published_source, url, duplicate_of, "
                    "length(text), text, blocks FROM documents"
                )
            ),
        )
        out.execute("CREATE INDEX ix_docs_published ON docs (published)")
        out.execute("CREATE INDEX ix_docs_outlet ON docs (outlet)")
        # Newest first, so rowid order is recency order (see RANK_CAP).
        docs = conn.execute(
            "SELECT doc_id, title, text FROM documents ORDER BY published IS NULL, published DESC, doc_id"
        )
        sent_conn = sqlite3.connect(f"file:{reader.db_path.resolve()}?mode=ro", uri=True)
        try:
            for doc_id, title, text in docs:
                text = text or ""
                rows: list[tuple[str, str, int]] = []
                if title:
                    rows.append((_clean(title), doc_id, -1))
                for index, start, end in sent_conn.execute(
                    'SELECT "index", start, "end" FROM sentences WHERE doc_id = ? ORDER BY "index"', (doc_id,)
                ):
                    body = _clean(text[max(0, start or 0) : max(0, end or 0)])
                    if body.strip():
                        rows.append((body, doc_id, index))
                out.executemany("INSERT INTO articles (body, doc_id, sentence) VALUES (?, ?, ?)", rows)
        finally:
            sent_conn.close()
        out.executemany(
            "INSERT INTO quotes (body, speaker, ref) VALUES (?, ?, ?)",
            (
                (_clean(r["text"]), _clean(r["speaker_name"]), r["quote_id"])
                for r in conn.execute("SELECT quote_id, text, speaker_name FROM quotes")
            ),
        )
        out.executemany(
            "INSERT INTO events (body, actors, ref) VALUES (?, ?, ?)",
            (
                (
                    _clean(r["summary"]),
                    _clean(" ".join(filter(None, (r["source_name"], r["target_name"])))),
                    r["event_id"],
                )
                for r in conn.execute("SELECT event_id, summary, source_name, target_name FROM events")
            ),
        )
        for table in KINDS:
            out.execute(f"INSERT INTO {table}({table}) VALUES ('optimize')")
        out.execute("INSERT INTO info (key, value) VALUES ('fingerprint', ?)", (fp,))
        out.commit()
    finally:
        out.close()
    os.replace(tmp, path)


# -- querying -------------------------------------------------------------------------------------

_TOKEN = re.compile(r'"([^"]*)"?|(\S+)')


def to_match(query: str) -> str:
    """Turn what a user typed into a safe FTS5 expression: every word or "quoted phrase" becomes a
    quoted FTS5 string (so operators and punctuation are literal); a trailing * keeps prefix search."""
    parts: list[str] = []
    for m in _TOKEN.finditer(query):
        phrase, word = m.group(1), m.group(2)
        text = phrase if phrase is not None else word
        prefix = word is not None and len(word) > 1 and word.endswith("*")
        text = text.rstrip("*") if prefix else text
        text = text.replace('"', " ").strip()
        if not text or not any(ch.isalnum() for ch in text):
            continue
        parts.append(f'"{text}"' + ("*" if prefix else ""))
    return " ".join(parts)


@dataclass
class Hit:
    kind: SearchKind
    ref: str  # doc_id for articles, quote_id / event_id otherwise
    doc_id: str | None
    sentence: int | None
    snippet: list[tuple[str, bool]]  # (text, is_match) segments; rendered escaped
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    label: str | None = None  # what a page calls the article: its title, or an untitled one's opening

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "ref": self.ref,
            "doc_id": self.doc_id,
            "sentence": self.sentence,
            "snippet": "".join(t for t, _ in self.snippet),
            "highlights": [t for t, m in self.snippet if m],
            "title": self.title,
            "label": self.label,
            "outlet": self.outlet,
            "published": self.published,
            **self.extra,
        }


@dataclass
class SearchResult:
    query: str
    match: str
    kinds: dict[str, list[Hit]] = field(default_factory=dict)
    totals: dict[str, int] = field(default_factory=dict)
    message: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "query": self.query,
            "match": self.match,
            "message": self.message,
            "results": {k: [h.as_dict() for h in hits] for k, hits in self.kinds.items()},
            "totals": self.totals,
        }


def split_snippet(text: str) -> list[tuple[str, bool]]:
    out: list[tuple[str, bool]] = []
    for i, part in enumerate(re.split(f"[{MARK_OPEN}{MARK_CLOSE}]", text)):
        if part:
            out.append((part, i % 2 == 1))
    return out


_SNIPPET = f"snippet({{t}}, 0, '{MARK_OPEN}', '{MARK_CLOSE}', '…', 24)"
# bm25 costs a lookup per matching row; a word found in 100,000 sentences would take a second to
# rank. Only the first RANK_CAP matches in rowid order (newest articles first) are ranked.
RANK_CAP = 2000


def search(
    reader: Reader,
    query: str,
    kinds: tuple[str, ...] = KINDS,
    *,
    limit: int = 20,
    offset: int = 0,
    raw: bool = False,
) -> SearchResult:
    """Search the attached index. ``raw`` passes the query to FTS5 as written (operators, NEAR,
    column filters); a syntax error then gives an empty result with a message, never an exception."""
    query = query or ""
    match = query.strip() if raw else to_match(query)
    result = SearchResult(query=query, match=match)
    if reader.search_path is None:
        result.message = "The search index is not built."
        return result
    if not match:
        result.message = (
            "Type one or more words to search." if not query.strip() else "No searchable words in the query."
        )
        return result
    try:
        for kind in kinds:
            row = reader.one(f"SELECT count(*) FROM search.{kind} WHERE {kind} MATCH ?", (match,))
            result.totals[kind] = int(row[0]) if row else 0
            result.kinds[kind] = (
                _search_kind(reader, kind, match, limit, offset) if result.totals[kind] else []
            )
    except sqlite3.OperationalError as exc:
        result.kinds = {k: [] for k in kinds}
        result.totals = {k: 0 for k in kinds}
        result.message = f"The search could not be run: {exc}. Check quotes and operators, or search without advanced syntax."
        return result
    if any(n > RANK_CAP for n in result.totals.values()):
        result.message = f"Very common words: only the newest {RANK_CAP:,} matches are ranked. Add words to narrow the search."
    return result


def _ranked(reader: Reader, kind: str, match: str, limit: int, offset: int) -> list[int]:
    rows = reader.query(
        f"WITH c AS MATERIALIZED (SELECT rowid AS id, rank AS r FROM search.{kind} WHERE {kind} MATCH ? "
        f"LIMIT {RANK_CAP}) SELECT id FROM c ORDER BY r, id LIMIT ? OFFSET ?",
        (match, limit, offset),
    )
    return [int(r[0]) for r in rows]


def _search_kind(reader: Reader, kind: str, match: str, limit: int, offset: int) -> list[Hit]:
    """Rank first (rowids only), then fetch snippets and rows for the page: snippet() on every
    match before sorting would cost as much as the ranking itself."""
    ids = _ranked(reader, kind, match, limit, offset)
    if not ids:
        return []
    order = {rid: i for i, rid in enumerate(ids)}
    marks = ",".join("?" for _ in ids)
    snippet = _SNIPPET.format(t=kind)
    hits: list[Hit] = []
    if kind == "articles":
        rows = reader.query(
            f"SELECT f.rowid AS rid, f.doc_id, f.sentence, {snippet} AS snip, d.title, d.outlet, d.published, "
            "d.lead "
            f"FROM search.articles f LEFT JOIN search.docs d ON d.doc_id = f.doc_id "
            f"WHERE f.articles MATCH ? AND f.rowid IN ({marks})",
            (match, *ids),
        )
        for r in rows:
            hits.append(
                Hit(
                    "articles",
                    r["doc_id"],
                    r["doc_id"],
                    int(r["sentence"]),
                    split_snippet(r["snip"] or ""),
                    r["title"],
                    r["outlet"],
                    r["published"],
                    extra={"_order": order[r["rid"]]},
                    label=article_label(r["title"], r["lead"]),
                )
            )
    elif kind == "quotes":
        rows = reader.query(
            f"SELECT f.rowid AS rid, f.ref, {snippet} AS snip, q.sources, q.speaker_name, q.speaker_entity_id, "
            f"q.date, q.kind FROM search.quotes f JOIN quotes q ON q.quote_id = f.ref "
            f"WHERE f.quotes MATCH ? AND f.rowid IN ({marks})",
            (match, *ids),
        )
        for r in rows:
            doc_id, sentence = _first_source(r["sources"])
            extra = {
                "speaker_name": r["speaker_name"],
                "speaker_entity_id": r["speaker_entity_id"],
                "date": r["date"],
                # "indirect" is the article's wording: the hit is tagged a paraphrase, as quote lists tag it
                "quote_kind": r["kind"],
                "_order": order[r["rid"]],
            }
            hits.append(
                Hit("quotes", r["ref"], doc_id, sentence, split_snippet(r["snip"] or ""), extra=extra)
            )
    else:
        rows = reader.query(
            f"SELECT f.rowid AS rid, f.ref, {snippet} AS snip, e.sources, e.date, e.cameo_code, "
            f"e.plover_category, {_EVENT_SIDES} FROM search.events f JOIN events e ON e.event_id = f.ref "
            f"WHERE f.events MATCH ? AND f.rowid IN ({marks})",
            (match, *ids),
        )
        for r in rows:
            doc_id, sentence = _first_source(r["sources"])
            extra = {
                "date": r["date"],
                "cameo_code": r["cameo_code"],
                "plover_category": r["plover_category"],
                # who did it to whom: a hit's words are often the act alone ("sanctions on Kastan")
                **{k: r[k] for k in _EVENT_SIDE_KEYS},
                "_order": order[r["rid"]],
            }
            hits.append(
                Hit("events", r["ref"], doc_id, sentence, split_snippet(r["snip"] or ""), extra=extra)
            )
    hits.sort(key=lambda h: h.extra.pop("_order"))
    if kind != "articles":
        _add_source_documents(reader, hits)
    return hits


_EVENT_SIDE_KEYS = ("source_name", "source_entity_id", "target_name", "target_entity_id")
_EVENT_SIDES = ", ".join(f"e.{k}" for k in _EVENT_SIDE_KEYS)


def _add_source_documents(reader: Reader, hits: list[Hit]) -> None:
    """Title, outlet and date of the article each quote or event hit links to, so a result says
    where it was reported (the link alone names no outlet)."""
    doc_ids = sorted({h.doc_id for h in hits if h.doc_id})
    if not doc_ids:
        return
    marks = ",".join("?" for _ in doc_ids)
    docs = {
        r["doc_id"]: r
        for r in reader.query(
            f"SELECT doc_id, title, outlet, published, lead FROM search.docs WHERE doc_id IN ({marks})",
            doc_ids,
        )
    }
    for h in hits:
        d = docs.get(h.doc_id or "")
        if d is not None:
            h.title, h.outlet, h.published = d["title"], d["outlet"], d["published"]
            h.label = article_label(d["title"], d["lead"])


def _first_source(sources: str | None) -> tuple[str | None, int | None]:
    try:
        items = json.loads(sources or "[]")
        first = items[0]
        return str(first["doc_id"]), int(first["sentence"])
    except (ValueError, LookupError, TypeError):
        return None, None
