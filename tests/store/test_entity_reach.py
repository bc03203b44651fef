"""Ranking actors by the articles naming them reads a stored, indexed count, not every entity's JSON
list: a store of millions of articles would parse tens of thousands of lists per page."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from storyline.records import Entity
from storyline.store.export import export_store
from storyline.store.sqlite import Store
from storyline.web.db import Reader
from storyline.web.queries import BY_REACH, top_entities

_PEOPLE = [
    Entity("ent-kastan", "Ada Kastan", "PERSON", doc_ids=["d1", "d2", "d3"], mention_count=3),
    Entity("ent-orvik", "Orvik", "GPE", doc_ids=["d1"], mention_count=9),
    Entity("ent-marren", "Jo Marren", "PERSON", doc_ids=[], mention_count=1),
]


def _store(path: Path) -> Path:
    store = Store(path)
    store.replace_corpus_tables(_PEOPLE, [], [], [])
    store.close()
    return path


def test_store_keeps_each_entitys_article_count_and_ranks_by_an_index(tmp_path: Path) -> None:
    conn = sqlite3.connect(_store(tmp_path / "s") / "storyline.sqlite")
    counts = dict(conn.execute("SELECT entity_id, article_count FROM entities"))
    assert counts == {"ent-kastan": 3, "ent-orvik": 1, "ent-marren": 0}
    plan = " ".join(
        r[-1] for r in conn.execute(f"EXPLAIN QUERY PLAN SELECT * FROM entities ORDER BY {BY_REACH}")
    )
    assert "ix_entities_reach" in plan and "TEMP B-TREE" not in plan
    conn.close()
    ranked = [e.entity_id for e in top_entities(Reader(tmp_path / "s"), 3)]
    assert ranked == ["ent-kastan", "ent-orvik", "ent-marren"]


def test_a_store_written_before_the_count_still_ranks_and_gains_it_when_reopened(tmp_path: Path) -> None:
    db = _store(tmp_path / "old") / "storyline.sqlite"
    conn = sqlite3.connect(db)
    conn.execute("DROP INDEX ix_entities_reach")
    conn.execute("ALTER TABLE entities DROP COLUMN article_count")
    conn.commit()
    conn.close()
    # served read-only as it is: ranked from doc_ids
    assert [e.entity_id for e in top_entities(Reader(tmp_path / "old"), 2)] == ["ent-kastan", "ent-orvik"]
    Store(tmp_path / "old").close()  # opened for writing: the column is added and filled
    conn = sqlite3.connect(db)
    assert dict(conn.execute("SELECT entity_id, article_count FROM entities"))["ent-kastan"] == 3
    conn.close()


def test_the_stored_count_is_not_exported(tmp_path: Path) -> None:
    out = tmp_path / "exp"
    export_store(_store(tmp_path / "s"), out, "jsonl")
    assert "article_count" not in (out / "entities.jsonl").read_text(encoding="utf-8")
