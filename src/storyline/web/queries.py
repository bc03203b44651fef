"""The read queries behind every view; each returns plain data that both the HTML pages and the
JSON API use, so the two never disagree."""

from __future__ import annotations

import csv
import json
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from typing import Any

from storyline.labels import LEAD_CHARS, article_label
from storyline.pairs import code_label, side_key
from storyline.pairs import entity_name_index as index_names
from storyline.records import (
    Article,
    Citation,
    Entity,
    Event,
    EventMention,
    Mention,
    Quote,
    QuoteMention,
    Sentence,
)
from storyline.store.sqlite import ARTICLE_COUNT_SQL
from storyline.story.dates import date_key
from storyline.web.db import Reader

MODALITIES = ("asserted", "negated", "hypothetical", "planned", "reported")
MAX_LIMIT = 500


@cache
def cameo_labels() -> dict[str, str]:
    """CAMEO code -> label, read from the package codebook file (the events package itself imports
    spaCy, too heavy for the web server). Empty when the file is missing or unreadable."""
    try:
        text = resources.files("storyline").joinpath("data/codebook.tsv").read_text(encoding="utf-8")
        lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
        return {row["code"]: row["label"] for row in csv.DictReader(lines, delimiter="\t") if row.get("code")}
    except (OSError, KeyError, ValueError, csv.Error):
        return {}


def clamp_limit(limit: int | None, default: int = 50) -> int:
    if limit is None:
        return default
    return max(1, min(MAX_LIMIT, limit))


def _docs(reader: Reader) -> str:
    """The table of document metadata: the search index's copy (no article text, so scans are
    cheap) once attached, else the store's documents table."""
    return "search.docs" if reader.search_path is not None else "documents"


def summary(reader: Reader) -> dict[str, Any]:
    counts = {}
    for table in ("documents", "sentences", "entities", "events", "quotes", "timeline", "errors"):
        row = reader.one(f'SELECT count(*) FROM "{table}"')
        counts[table] = int(row[0]) if row else 0
    row = reader.one(f"SELECT min(published), max(published), count(DISTINCT outlet) FROM {_docs(reader)}")
    meta: dict[str, Any] = {}
    for r in reader.query("SELECT key, value FROM meta"):
        try:
            meta[r["key"]] = json.loads(r["value"])
        except (TypeError, ValueError):
            meta[r["key"]] = r["value"]
    return {
        "counts": counts,
        "undated": {
            "documents": _undated_count(reader, "documents", "published"),
            **{table: _undated_count(reader, table) for table in ("events", "quotes")},
        },
        "first_published": row[0] if row else None,
        "last_published": row[1] if row else None,
        "outlets": int(row[2]) if row else 0,
        "meta": meta,
    }


def _undated_count(reader: Reader, table: str, column: str = "date") -> int:
    """How many of a table's rows have no date: most acts and sayings are told without one, and a
    reader should know before taking the dated lists for all of them."""
    row = reader.one(f'SELECT count(*) FROM "{table}" WHERE {column} IS NULL')
    return int(row[0]) if row else 0


def coverage(reader: Reader) -> list[dict[str, Any]]:
    """Articles per month of publication (undated articles are left out, not guessed)."""
    rows = reader.query(
        f"SELECT substr(published, 1, 7) AS month, count(*) AS n FROM {_docs(reader)} "
        "WHERE published IS NOT NULL AND length(published) >= 7 GROUP BY month ORDER BY month"
    )
    counts = {r["month"]: int(r["n"]) for r in rows if _is_month(r["month"])}
    if not counts:
        return []
    return [{"month": k, "documents": counts.get(k, 0)} for k in month_range(min(counts), max(counts))]


def month_range(first: str, last: str, cap: int = 1200) -> list[str]:
    """Every month from first to last ("YYYY-MM"), so gaps show as gaps rather than being squeezed out."""
    months: list[str] = []
    y, m = (int(p) for p in first.split("-"))
    while f"{y:04d}-{m:02d}" <= last and len(months) < cap:
        months.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return months


def _is_month(value: str | None) -> bool:
    if not value or len(value) != 7 or value[4] != "-":
        return False
    year, month = value[:4], value[5:]
    return year.isdigit() and month.isdigit() and 1 <= int(month) <= 12


def _lead(reader: Reader) -> str:
    """The column of an article's opening words: the search index's, else the start of the text."""
    return "lead" if reader.search_path is not None else f"substr(text, 1, {LEAD_CHARS}) AS lead"


def doc_info(reader: Reader, doc_ids: set[str]) -> dict[str, dict[str, Any]]:
    """Title, outlet and date of some documents (for labelling citations), and the label a page shows
    for each: its title, or the opening words of an untitled one."""
    ids = sorted(i for i in doc_ids if i)
    out: dict[str, dict[str, Any]] = {}
    for chunk in range(0, len(ids), 500):
        part = ids[chunk : chunk + 500]
        marks = ",".join("?" for _ in part)
        for r in reader.query(
            f"SELECT doc_id, title, outlet, published, {_lead(reader)} FROM {_docs(reader)} "
            f"WHERE doc_id IN ({marks})",
            part,
        ):
            out[r["doc_id"]] = {
                "title": r["title"],
                "label": article_label(r["title"], r["lead"]),
                "outlet": r["outlet"],
                "published": r["published"],
            }
    return out


def sentence_texts(reader: Reader, cites: list[Citation]) -> dict[tuple[str, int], str]:
    """The text of each cited sentence."""
    out: dict[tuple[str, int], str] = {}
    for c in cites:
        key = (c.doc_id, c.sentence)
        if key in out:
            continue
        r = reader.one(
            'SELECT substr(d.text, s.start + 1, s."end" - s.start) FROM sentences s JOIN documents d '
            'ON d.doc_id = s.doc_id WHERE s.doc_id = ? AND s."index" = ?',
            key,
        )
        if r is not None and r[0] is not None:
            out[key] = r[0]
    return out


def timeline(reader: Reader, limit: int | None = None) -> list[dict[str, Any]]:
    sql = "SELECT * FROM timeline ORDER BY date, rowid"
    params: list[Any] = []
    if limit is not None:
        sql += " LIMIT ?"
        params.append(clamp_limit(limit))
    entries = reader.records("timeline", sql, params)
    # an entry without its own citations links to those of its events (they are what it reports)
    for e in entries:
        if not e.sources and e.event_ids:
            marks = ",".join("?" for _ in e.event_ids)
            for ev in reader.records(
                "events", f"SELECT * FROM events WHERE event_id IN ({marks})", e.event_ids
            ):
                e.sources.extend(c for c in ev.sources if c not in e.sources)
    docs = doc_info(reader, {c.doc_id for e in entries for c in e.sources})
    return [
        {
            "date": e.date,
            "headline": e.headline,
            "summary": e.summary,
            "event_ids": e.event_ids,
            "quote_ids": e.quote_ids,
            "importance": e.importance,
            "sources": [cite_dict(c, docs) for c in e.sources],
        }
        for e in entries
    ]


def cite_dict(c: Citation, docs: dict[str, dict[str, Any]]) -> dict[str, Any]:
    info = docs.get(c.doc_id, {})
    return {
        "doc_id": c.doc_id,
        "sentence": c.sentence,
        "start": c.start,
        "end": c.end,
        "outlet": info.get("outlet"),
        "title": info.get("title"),
        "published": info.get("published"),
        # a known article with no date (an unknown one is no claim either way)
        "undated": bool(info) and not info.get("published"),
    }


def facets(reader: Reader) -> dict[str, Any]:
    """Values the event filters can take, as found in this store."""
    labels = cameo_labels()
    roots = [
        r[0]
        for r in reader.query(
            "SELECT DISTINCT cameo_root FROM events WHERE cameo_root IS NOT NULL ORDER BY 1"
        )
    ]
    return {
        "outlets": [
            r[0]
            for r in reader.query(
                f"SELECT DISTINCT outlet FROM {_docs(reader)} WHERE outlet IS NOT NULL ORDER BY 1"
            )
        ],
        "cameo_roots": [{"code": c, "label": labels.get(c)} for c in roots],
        "plover_categories": [
            r[0]
            for r in reader.query(
                "SELECT DISTINCT plover_category FROM events WHERE plover_category IS NOT NULL ORDER BY 1"
            )
        ],
        "modalities": list(MODALITIES),
    }


@dataclass
class EventFilter:
    actor: str | None = None  # entity_id, actor code or a name fragment
    dyad: tuple[str, str] | None = None  # two actors, either direction
    cameo_root: str | None = None
    plover_category: str | None = None
    modality: str | None = None
    start: str | None = None  # ISO date prefix, inclusive
    end: str | None = None
    outlet: str | None = None
    undated: bool = False  # only the events with no date
    by_report: bool = False  # start/end also take an undated event first reported in the range
    newest: bool = False  # newest first instead of oldest first
    limit: int = 50
    offset: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if v not in (None, "")}


def _actor_sql(side: str | None, actor: str, by_name: dict[str, str] | None = None) -> tuple[str, list[Any]]:
    """Match one actor on one side (source/target) or either: entity id, actor code, or name fragment.
    An entity id also takes the unlinked sides whose words name that entity alone (``by_name``, the
    rule the relations count by: ``storyline.pairs.side_key``)."""
    sides = [side] if side else ["source", "target"]
    names = sorted(n for n, e in (by_name or {}).items() if e == actor)
    parts, params = [], []
    for s in sides:
        named = ""
        if names:
            named = f" OR ({s}_entity_id IS NULL AND name_key({s}_name) IN ({','.join('?' * len(names))}))"
        parts.append(f"({s}_entity_id = ? OR {s}_actor_code = ? OR {s}_name LIKE ? ESCAPE '\\'{named})")
        params += [actor, actor.upper(), "%" + _like(actor) + "%", *names]
    return "(" + " OR ".join(parts) + ")", params


def _like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def chronological(column: str, key: str, newest: bool = False, then: str | None = None) -> str:
    """ORDER BY terms: dated rows first, oldest (or newest) first, then ``key`` for a stable page order.
    ``then`` (e.g. when an event was first reported) orders, in the same direction, the rows with no
    date of their own: most events are undated, and a page of them in id order reads as random."""
    direction = " DESC" if newest else ""
    after = f"{then} IS NULL, {then}{direction}, " if then else ""  # never reported on a known day: last
    return f"{column} IS NULL, {column}{direction}, {after}{key}"


def _first_reported(reader: Reader, table: str = "events") -> str | None:
    """The column that orders undated events or quotes (stores built before it existed lack it)."""
    return "first_reported" if "first_reported" in reader.columns(table) else None


def _date_range_sql(column: str, start: str | None, end: str | None) -> tuple[list[str], list[Any]]:
    """Dates are ISO strings at mixed precision: compare on the prefix so "2000-02" falls in a
    range ending "2000-02-16"; undated rows never match a date filter."""
    where, params = [], []
    if start:
        where.append(f"{column} IS NOT NULL AND {column} >= substr(?, 1, length({column}))")
        params.append(start)
    if end:
        where.append(f"{column} IS NOT NULL AND substr({column}, 1, length(?)) <= ?")
        params += [end, end]
    return where, params


def _undated_sql(undated: bool, column: str = "date") -> list[str]:
    """The condition that keeps only rows with no date (none when ``undated`` is off)."""
    return [f"{column} IS NULL"] if undated else []


def _outlet_sql(reader: Reader, column: str, outlet: str) -> tuple[str, list[Any]]:
    # the outlet's doc ids as an IN list, built once per query: written as a join, SQLite walked the
    # outlet's documents once per row (1 s on the 9,270 events of Timeline17 syria, 25 s under load)
    return (
        f"EXISTS (SELECT 1 FROM json_each({column}) j WHERE json_extract(j.value, '$.doc_id') "
        f"IN (SELECT doc_id FROM {_docs(reader)} WHERE outlet = ?))",
        [outlet],
    )


def _events_where(reader: Reader, f: EventFilter, by_name: dict[str, str] | None) -> tuple[str, list[Any]]:
    """The `` WHERE ...`` clause (or "") and its parameters selecting the events ``f`` asks for."""
    where: list[str] = []
    params: list[Any] = []
    if f.actor:
        sql, p = _actor_sql(None, f.actor, by_name)
        where.append(sql)
        params += p
    if f.dyad:
        a, b = f.dyad
        sa, pa = _actor_sql("source", a, by_name)
        tb, pb = _actor_sql("target", b, by_name)
        sb, pb2 = _actor_sql("source", b, by_name)
        ta, pa2 = _actor_sql("target", a, by_name)
        where.append(f"(({sa} AND {tb}) OR ({sb} AND {ta}))")
        params += pa + pb + pb2 + pa2
    if f.cameo_root:
        where.append("cameo_root = ?")
        params.append(f.cameo_root.zfill(2))
    if f.plover_category:
        where.append("plover_category = ?")
        params.append(f.plover_category.upper())
    if f.modality:
        where.append("modality = ?")
        params.append(f.modality)
    when, p = Period(f.start, f.end).sql("date", _first_reported(reader) if f.by_report else None)
    where += ([when.removeprefix(" AND ")] if when else []) + _undated_sql(f.undated)
    params += p
    if f.outlet:
        sql, p = _outlet_sql(reader, "sources", f.outlet)
        where.append(sql)
        params += p
    return (" WHERE " + " AND ".join(where)) if where else "", params


def event_selection(
    reader: Reader, f: EventFilter, by_name: dict[str, str] | None = None
) -> tuple[str, list[Any]]:
    """Every event ``f`` selects, in the list's order, without paging (what a CSV download streams)."""
    cond, params = _events_where(reader, f, by_name)
    order = chronological("date", "event_id", f.newest, _first_reported(reader))
    return f"SELECT * FROM events{cond} ORDER BY {order}", params


def events(reader: Reader, f: EventFilter, by_name: dict[str, str] | None = None) -> tuple[list[Event], int]:
    """A page of the events ``f`` selects, and how many it selects. ``by_name`` (``entity_name_index``)
    makes an entity's filter take its unlinked mentions by name, as the relations count them."""
    cond, params = _events_where(reader, f, by_name)
    total_row = reader.one(f"SELECT count(*) FROM events{cond}", params)
    sql, params = event_selection(reader, f, by_name)
    rows = reader.records(
        "events", f"{sql} LIMIT ? OFFSET ?", [*params, clamp_limit(f.limit), max(0, f.offset)]
    )
    return rows, int(total_row[0]) if total_row else 0


def negated_in_pair(reader: Reader, f: EventFilter, by_name: dict[str, str] | None = None) -> int:
    """How many of a pair's listed events are negated ("did not meet"): the relations page and an
    entity's relations count a pair without them, so its list says why it shows more."""
    if not f.dyad or f.modality:
        return 0
    cond, params = _events_where(reader, replace(f, modality="negated"), by_name)
    row = reader.one(f"SELECT count(*) FROM events{cond}", params)
    return int(row[0]) if row else 0


def event_dict(e: Event, docs: dict[str, dict[str, Any]]) -> dict[str, Any]:
    d = {k: getattr(e, k) for k in e.__dataclass_fields__ if k != "sources"}
    d["cameo_label"] = cameo_labels().get(e.cameo_code)
    d["sources"] = [cite_dict(c, docs) for c in e.sources]
    return d


@dataclass
class QuoteFilter:
    speaker: str | None = None  # entity_id or a name fragment
    start: str | None = None
    end: str | None = None
    outlet: str | None = None
    undated: bool = False
    newest: bool = False


def quote_selection(reader: Reader, f: QuoteFilter) -> tuple[str, list[Any]]:
    """Every quote ``f`` selects, in the list's order, without paging (what a CSV download streams)."""
    cond, params = _quotes_where(reader, f.speaker, f.start, f.end, f.outlet, f.undated)
    order = chronological("date", "quote_id", f.newest, _first_reported(reader, "quotes"))
    return f"SELECT * FROM quotes{cond} ORDER BY {order}", params


def quotes(
    reader: Reader,
    speaker: str | None = None,
    start: str | None = None,
    end: str | None = None,
    outlet: str | None = None,
    limit: int = 50,
    offset: int = 0,
    newest: bool = False,
    undated: bool = False,
) -> tuple[list[Quote], int]:
    cond, params = _quotes_where(reader, speaker, start, end, outlet, undated)
    total_row = reader.one(f"SELECT count(*) FROM quotes{cond}", params)
    sql, params = quote_selection(reader, QuoteFilter(speaker, start, end, outlet, undated, newest))
    rows = reader.records("quotes", f"{sql} LIMIT ? OFFSET ?", [*params, clamp_limit(limit), max(0, offset)])
    return rows, int(total_row[0]) if total_row else 0


def _quotes_where(
    reader: Reader,
    speaker: str | None,
    start: str | None,
    end: str | None,
    outlet: str | None,
    undated: bool,
) -> tuple[str, list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    if speaker:
        where.append("(speaker_entity_id = ? OR speaker_name LIKE ? ESCAPE '\\')")
        params += [speaker, "%" + _like(speaker) + "%"]
    w, p = _date_range_sql("date", start, end)
    where += w + _undated_sql(undated)
    params += p
    if outlet:
        sql, p = _outlet_sql(reader, "sources", outlet)
        where.append(sql)
        params += p
    return (" WHERE " + " AND ".join(where)) if where else "", params


def quote_dict(q: Quote, docs: dict[str, dict[str, Any]]) -> dict[str, Any]:
    d = {k: getattr(q, k) for k in q.__dataclass_fields__ if k != "sources"}
    d["sources"] = [cite_dict(c, docs) for c in q.sources]
    return d


# "top" actors first: named in most articles, then most mentions (by mentions alone a name one
# article repeats outranks an actor many outlets report); the report's ``by_reach`` sorts alike.
# BY_REACH reads the stored article count (indexed); OLD_BY_REACH counts ``doc_ids`` for a store
# written before that column existed (read-only, it cannot be migrated).
BY_REACH = "article_count DESC, mention_count DESC, name, entity_id"
OLD_BY_REACH = f"{ARTICLE_COUNT_SQL} DESC, mention_count DESC, name, entity_id"


def reach_order(entity_columns: set[str]) -> str:
    """The ORDER BY terms that rank entities by reach, given the columns the store's entities table has."""
    return BY_REACH if "article_count" in entity_columns else OLD_BY_REACH


def by_reach(reader: Reader) -> str:
    """The ORDER BY terms that rank this store's entities by reach."""
    return reach_order(reader.columns("entities"))


def top_entities(reader: Reader, n: int = 10) -> list[Entity]:
    """The ``n`` actors named in most articles."""
    return reader.records(
        "entities", f"SELECT * FROM entities ORDER BY {by_reach(reader)} LIMIT ?", (max(0, n),)
    )


def entities(
    reader: Reader, q: str | None = None, type_: str | None = None, limit: int = 100, offset: int = 0
) -> tuple[list[Entity], int]:
    where: list[str] = []
    params: list[Any] = []
    if q:
        where.append("(name LIKE ? ESCAPE '\\' OR aliases LIKE ? ESCAPE '\\' OR actor_code = ?)")
        params += ["%" + _like(q) + "%", "%" + _like(q) + "%", q.upper()]
    if type_:
        where.append("type = ?")
        params.append(type_.upper())
    cond = (" WHERE " + " AND ".join(where)) if where else ""
    total_row = reader.one(f"SELECT count(*) FROM entities{cond}", params)
    rows = reader.records(
        "entities",
        f"SELECT * FROM entities{cond} ORDER BY {by_reach(reader)} LIMIT ? OFFSET ?",
        [*params, clamp_limit(limit, 100), max(0, offset)],
    )
    return rows, int(total_row[0]) if total_row else 0


def entity_types(reader: Reader) -> list[str]:
    return [
        r[0] for r in reader.query("SELECT DISTINCT type FROM entities WHERE type IS NOT NULL ORDER BY 1")
    ]


def entity(reader: Reader, entity_id: str) -> Entity | None:
    rows = reader.records("entities", "SELECT * FROM entities WHERE entity_id = ?", (entity_id,))
    return rows[0] if rows else None


def entity_dict(e: Entity) -> dict[str, Any]:
    from dataclasses import asdict

    return asdict(e)


def articles(
    reader: Reader,
    outlet: str | None = None,
    start: str | None = None,
    end: str | None = None,
    limit: int = 50,
    offset: int = 0,
    newest: bool = False,
    undated: bool = False,
    actor: str | None = None,
) -> tuple[list[dict[str, Any]], int]:
    cond, params = _articles_where(outlet, start, end, undated, actor)
    table = _docs(reader)
    chars = "chars" if table != "documents" else "length(text) AS chars"
    total_row = reader.one(f"SELECT count(*) FROM {table}{cond}", params)
    rows = reader.query(
        f"SELECT doc_id, title, outlet, published, published_source, url, duplicate_of, {chars}, "
        f"{_lead(reader)} "
        f"FROM {table}{cond} ORDER BY {chronological('published', 'doc_id', newest)} LIMIT ? OFFSET ?",
        [*params, clamp_limit(limit), max(0, offset)],
    )
    return [_labelled(dict(r)) for r in rows], int(total_row[0]) if total_row else 0


def article_selection(
    outlet: str | None = None,
    start: str | None = None,
    end: str | None = None,
    newest: bool = False,
    undated: bool = False,
    actor: str | None = None,
) -> tuple[str, list[Any]]:
    """Every article (whole document row, text included) the filters select, in the list's order,
    without paging (what a CSV download streams)."""
    cond, params = _articles_where(outlet, start, end, undated, actor)
    return f"SELECT * FROM documents{cond} ORDER BY {chronological('published', 'doc_id', newest)}", params


def _articles_where(
    outlet: str | None, start: str | None, end: str | None, undated: bool, actor: str | None
) -> tuple[str, list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    if outlet:
        where.append("outlet = ?")
        params.append(outlet)
    if actor:  # the articles naming an entity (its doc_ids)
        where.append(
            "doc_id IN (SELECT j.value FROM entities e, json_each(e.doc_ids) j "
            "WHERE e.entity_id = ? AND json_valid(e.doc_ids))"
        )
        params.append(actor)
    w, p = _date_range_sql("published", start, end)
    where += w + _undated_sql(undated, "published")
    params += p
    return (" WHERE " + " AND ".join(where)) if where else "", params


def _labelled(row: dict[str, Any]) -> dict[str, Any]:
    """A listed article with the label a page shows for it in place of its opening words."""
    row["label"] = article_label(row["title"], row.pop("lead", None))
    return row


@dataclass
class ArticleView:
    article: Article
    sentences: list[Sentence]
    mentions: list[Mention] = field(default_factory=list)
    quotes: list[QuoteMention] = field(default_factory=list)
    events: list[EventMention] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        from dataclasses import asdict

        return {
            "article": asdict(self.article),
            "sentences": [asdict(s) for s in self.sentences],
            "mentions": [asdict(m) for m in self.mentions],
            "quotes": [asdict(q) for q in self.quotes],
            "events": [asdict(e) for e in self.events],
        }


def article(reader: Reader, doc_id: str) -> ArticleView | None:
    arts = reader.records("documents", "SELECT * FROM documents WHERE doc_id = ?", (doc_id,))
    if not arts:
        return None
    by_doc = (doc_id,)
    return ArticleView(
        article=arts[0],
        sentences=reader.records(
            "sentences", 'SELECT * FROM sentences WHERE doc_id = ? ORDER BY "index"', by_doc
        ),
        mentions=reader.records("mentions", "SELECT * FROM mentions WHERE doc_id = ? ORDER BY start", by_doc),
        quotes=reader.records(
            "quote_mentions", 'SELECT * FROM quote_mentions WHERE doc_id = ? ORDER BY "index"', by_doc
        ),
        events=reader.records(
            "event_mentions", 'SELECT * FROM event_mentions WHERE doc_id = ? ORDER BY "index"', by_doc
        ),
    )


@dataclass
class Period:
    """An optional date range (ISO prefixes, inclusive); undated rows fall outside any range."""

    start: str | None = None
    end: str | None = None

    def __bool__(self) -> bool:
        return bool(self.start or self.end)

    def sql(self, column: str, reported: str | None = None) -> tuple[str, list[Any]]:
        """An `` AND ...`` condition keeping ``column`` in the range (empty without a range); with
        ``reported``, a row with no date of its own is kept when that column (the day it was first
        reported) is in the range: most events are told without a date, and an analyst asking for a
        month wants what the month's articles said happened."""
        where, params = _date_range_sql(column, self.start, self.end)
        if not where:
            return "", []
        cond = " AND ".join(where)
        if reported:
            more, more_params = _date_range_sql(reported, self.start, self.end)
            cond = f"({cond}) OR ({_no_calendar_date_sql(column)} AND {' AND '.join(more)})"
            params += more_params
        return f" AND ({cond})", params

    def holds(self, day: str | None) -> bool:
        """Whether a date (any precision) falls in the range, as ``sql`` decides it."""
        if not self:
            return True
        if not day:
            return False
        return (not self.start or day >= self.start[: len(day)]) and (
            not self.end or day[: len(self.end)] <= self.end
        )


def _no_calendar_date_sql(column: str) -> str:
    """SQL true when ``column`` holds no calendar date: null, or a value such as an ISO week
    ("2031-W19") or a season that no year, month or day prefix compares with (``_chart_month``)."""
    return (
        f"({column} IS NULL OR NOT ({column} GLOB '[0-9][0-9][0-9][0-9]' "
        f"OR {column} GLOB '[0-9][0-9][0-9][0-9]-[0-9]*' OR {column} GLOB '[0-9][0-9][0-9][0-9]T*'))"
    )


def _entity_events_sql(
    reader: Reader, entity_id: str, period: Period | None, by_name: dict[str, str] | None
) -> tuple[str, list[Any]]:
    """The events of an entity (as ``/events?actor=`` selects them: the page's count is the list's)."""
    who, params = _actor_sql(None, entity_id, by_name)
    when, more = (period or Period()).sql("date", _first_reported(reader))
    return f"FROM events WHERE {who}{when}", [*params, *more]


def entity_events(
    reader: Reader,
    entity_id: str,
    limit: int = 200,
    period: Period | None = None,
    by_name: dict[str, str] | None = None,
) -> list[Event]:
    sql, params = _entity_events_sql(reader, entity_id, period, by_name)
    return reader.records(
        "events",
        f"SELECT * {sql} ORDER BY {chronological('date', 'event_id', then=_first_reported(reader))} LIMIT ?",
        (*params, limit),
    )


def entity_totals(
    reader: Reader, entity_id: str, period: Period | None = None, by_name: dict[str, str] | None = None
) -> tuple[int, int]:
    """How many events and quotes the entity has in all, or in ``period`` (its page lists only the
    first 200 of each)."""
    sql, params = _entity_events_sql(reader, entity_id, period, by_name)
    events = reader.one(f"SELECT count(*) {sql}", params)
    q_when, q_params = (period or Period()).sql("date")
    quotes = reader.one(
        f"SELECT count(*) FROM quotes WHERE speaker_entity_id = ?{q_when}", (entity_id, *q_params)
    )
    return (int(events[0]) if events else 0, int(quotes[0]) if quotes else 0)


def entity_quotes(
    reader: Reader, entity_id: str, limit: int = 200, period: Period | None = None
) -> list[Quote]:
    when, params = (period or Period()).sql("date")
    order = chronological("date", "quote_id", then=_first_reported(reader, "quotes"))
    return reader.records(
        "quotes",
        f"SELECT * FROM quotes WHERE speaker_entity_id = ?{when} ORDER BY {order} LIMIT ?",
        (entity_id, *params, limit),
    )


def entity_name_index(reader: Reader) -> dict[str, str]:
    """Casefolded name or alias -> entity id (names one entity alone), as the report resolves an
    unlinked event side (``storyline.pairs.side_key``)."""
    return index_names(
        (r["entity_id"], r["name"] or "", _json_list(r["aliases"]))
        for r in reader.query("SELECT entity_id, name, aliases FROM entities")
    )


def _json_list(raw: str | None) -> list[str]:
    try:
        value = json.loads(raw or "[]")
    except ValueError:
        return []
    return [str(x) for x in value] if isinstance(value, list) else []


def _label_by_entity_name(reader: Reader, pairs: list[dict[str, Any]]) -> set[str]:
    """Name each entity side by its entity's name: a pair's first event may call it by a surname or
    a longer form ("Kastan", "Ada J. Kastan"), and one actor must not look like three. Returns the
    sides that are entities."""
    keys = sorted({d[side] for d in pairs for side in ("a", "b")})
    if not keys:
        return set()
    rows = reader.query(
        f"SELECT entity_id, name FROM entities WHERE entity_id IN ({','.join('?' * len(keys))})", keys
    )
    names = {r["entity_id"]: r["name"] for r in rows if r["name"]}
    for d in pairs:
        for side in ("a", "b"):
            d[f"{side}_label"] = names.get(d[side], d[f"{side}_label"])
    return set(names)


def _tally_code_words(code_words: dict[str, Counter[str]], row: Any) -> None:
    """Tally the words an unlinked, coded side of one of a pair's acts was told by ("police" for COP)."""
    for side in ("source", "target"):
        code, name = row[f"{side}_actor_code"], (row[f"{side}_name"] or "").strip()
        if code and name and not row[f"{side}_entity_id"]:
            code_words.setdefault(code, Counter())[name] += 1


def _label_codes_by_words(pairs: list[dict[str, Any]]) -> None:
    """A side keyed by an actor code reads as the report shows it, "protesters (CVL)", with the words
    of that pair's own acts: the relations page, an entity's relations and the pair's event list then
    name it alike, and never by words from acts of other pairs ("both leaders" is no "regime")."""
    for d in pairs:
        for side in ("a", "b"):
            label = code_label(d[side], d["code_words"].get(d[side]))
            if label and d[f"{side}_label"] == d[side]:
                d[f"{side}_label"] = label


def pair_code_labels(reader: Reader, dyad: tuple[str, str], by_name: dict[str, str] | None) -> dict[str, str]:
    """The labels of a dyad filter's sides that are actor codes, from the pair's own acts (negated ones
    left out, read in store order) as the relations page and entity pages label them."""
    cond, params = _events_where(reader, EventFilter(dyad=dyad), by_name)
    code_words: dict[str, Counter[str]] = {}
    for row in reader.query(
        "SELECT source_entity_id, source_actor_code, source_name, target_entity_id, target_actor_code, "
        f"target_name FROM events{cond} AND modality IS NOT 'negated' ORDER BY rowid",
        params,
    ):
        _tally_code_words(code_words, row)
    labels = {side: code_label(side, code_words.get(side)) for side in dyad}
    return {side: label for side, label in labels.items() if label}


def _chart_month(date: str | None, first_reported: str | None, by_report: bool) -> str:
    """The month a pair's act is charted in. A value that is no calendar date (an ISO week "2031-W19",
    a season) has no month of its own: with ``by_report`` it goes to the month first reported, as an
    act with no date does, and as the report's relationship tables place it."""
    key = date_key(date)
    if by_report and key is None:
        return (first_reported or "")[:7]
    return (key or "")[:7]


def dyads(
    reader: Reader,
    top: int = 12,
    by_report: bool = False,
    by_name: dict[str, str] | None = None,
) -> dict[str, Any]:
    """The most-reported actor pairs (either direction) with their events per month and the
    monthly mean Goldstein score; negated events are left out. Events without a month-precise date count in the totals and in
    ``undated``, not in the series; with ``by_report`` those never dated at all are placed in the
    month of their first report (``first_reported``) instead."""
    pairs: dict[tuple[str, str], dict[str, Any]] = {}
    if by_name is None:
        by_name = entity_name_index(reader)
    has_reported = "first_reported" in reader.columns("events")
    for r in reader.query(
        "SELECT source_entity_id, source_actor_code, source_name, target_entity_id, target_actor_code, "
        "target_name, goldstein, date"
        + (", first_reported" if has_reported else ", NULL AS first_reported")
        # an act the article says did not happen is no act between the pair (the report leaves it out too)
        + " FROM events WHERE modality IS NOT 'negated' ORDER BY rowid"
    ):
        # one rule with the report's relationship tables: storyline.pairs.side_key
        a = side_key(r["source_entity_id"], r["source_actor_code"], r["source_name"], by_name)
        b = side_key(r["target_entity_id"], r["target_actor_code"], r["target_name"], by_name)
        if a is None or b is None or a == b:
            continue
        k1, k2 = sorted((a, b))
        l1, l2 = k1, k2  # named below: an entity by its name, a code by the words used most for it
        d = pairs.setdefault(
            (k1, k2),
            {
                "a": k1,
                "a_label": l1,
                "b": k2,
                "b_label": l2,
                "events": 0,
                "undated": 0,
                "goldstein_sum": 0.0,
                "months": {},
                "code_words": {},
            },
        )
        _tally_code_words(d["code_words"], r)
        d["events"] += 1
        d["goldstein_sum"] += r["goldstein"] or 0.0
        month = _chart_month(r["date"], r["first_reported"], by_report)
        if _is_month(month):
            m = d["months"].setdefault(month, [0, 0.0])
            m[0] += 1
            m[1] += r["goldstein"] or 0.0
        else:
            d["undated"] += 1
    ranked = sorted(pairs.values(), key=lambda d: (-d["events"], d["a_label"], d["b_label"]))[:top]
    _label_by_entity_name(reader, ranked)
    _label_codes_by_words(ranked)
    seen = sorted({m for d in ranked for m in d["months"]})
    all_months = month_range(seen[0], seen[-1]) if seen else []
    out = []
    for d in ranked:
        series = [
            {
                "month": m,
                "events": d["months"][m][0],
                "goldstein": round(d["months"][m][1] / d["months"][m][0], 2),
            }
            for m in sorted(d["months"])
        ]
        out.append(
            {
                "a": d["a"],
                "a_label": d["a_label"],
                "b": d["b"],
                "b_label": d["b_label"],
                "events": d["events"],
                "undated": d["undated"],
                "mean_goldstein": round(d["goldstein_sum"] / d["events"], 2),
                "series": series,
            }
        )
    return {"months": all_months, "by_report": by_report, "dyads": out}


def entity_pairs(
    reader: Reader,
    entity_id: str,
    period: Period | None = None,
    by_name: dict[str, str] | None = None,
) -> list[dict[str, Any]]:
    """The entity's own relations: each counterpart it has acts with (either direction), with the
    count, how many lack a month, and the mean Goldstein score, most events first. Sides are keyed by
    the relations page's rule (``storyline.pairs.side_key``) and negated acts left out, so a pair
    counts here what it counts there."""
    if by_name is None:
        by_name = entity_name_index(reader)
    sql, params = _entity_events_sql(reader, entity_id, period, by_name)
    pairs: dict[str, dict[str, Any]] = {}
    for r in reader.query(
        "SELECT source_entity_id, source_actor_code, source_name, target_entity_id, target_actor_code, "
        f"target_name, goldstein, date {sql} AND modality IS NOT 'negated' ORDER BY rowid",
        params,
    ):
        other = _counterpart(entity_id, r, by_name)
        if other is None:
            continue
        d = pairs.setdefault(other, _new_pair(entity_id, other))
        _tally_code_words(d["code_words"], r)
        d["events"] += 1
        d["undated"] += not _is_month((r["date"] or "")[:7])
        d["goldstein_sum"] += r["goldstein"] or 0.0
    ranked = list(pairs.values())
    entities = _label_by_entity_name(reader, ranked)
    _label_codes_by_words(ranked)
    ranked.sort(key=lambda d: (-d["events"], d["b_label"].casefold(), d["b"]))
    return [
        {
            "counterpart": d["b"],
            "label": d["b_label"],
            "is_entity": d["b"] in entities,
            "events": d["events"],
            "undated": d["undated"],
            "mean_goldstein": round(d["goldstein_sum"] / d["events"], 2),
        }
        for d in ranked
    ]


def _new_pair(entity_id: str, other: str) -> dict[str, Any]:
    """A pair's tally, in the shape the relations page labels (sides ``a``/``b`` and their labels)."""
    return {
        "a": entity_id,
        "a_label": entity_id,
        "b": other,
        "b_label": other,
        "events": 0,
        "undated": 0,
        "goldstein_sum": 0.0,
        "code_words": {},
    }


def _counterpart(entity_id: str, row: Any, by_name: dict[str, str]) -> str | None:
    """The other side's pair key when one side of the event is the entity (else None: the actor
    filter also takes name fragments the pair rule does not count as the entity)."""
    a = side_key(row["source_entity_id"], row["source_actor_code"], row["source_name"], by_name)
    b = side_key(row["target_entity_id"], row["target_actor_code"], row["target_name"], by_name)
    if a is None or b is None or a == b:
        return None
    return b if a == entity_id else a if b == entity_id else None
