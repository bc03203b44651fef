"""A researcher takes the slice they filtered away as CSV (every row, not the page shown, in the
export's columns), and an entity page lists the entity's own relation pairs as the relations page
counts them."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from storyline.store.export import export_columns, export_store
from storyline.web import create_app
from storyline.web import queries as Q
from storyline.web.db import Reader
from storyline.web.download import csv_chunks

MAYOR, UNION = "ent-mayor", "ent-union"


@pytest.fixture
def client(demo_store: Path) -> TestClient:
    return TestClient(create_app(demo_store))


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_event_csv_holds_every_filtered_row_not_just_the_page(client: TestClient) -> None:
    r = client.get("/api/events", params={"actor": UNION, "limit": 1, "offset": 1, "format": "csv"})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    rows = _rows(r.text)
    assert [row["event_id"] for row in rows] == ["e1", "e2", "e3"]  # the list's order, all pages
    assert list(rows[0]) == export_columns("events")
    assert rows[0]["cameo_code"] == "043"  # a code keeps its leading zero
    assert rows[0]["sources"].startswith("[{")  # a list cell is JSON, as in the export


def test_download_cells_are_the_exports_cells(demo_store: Path, tmp_path: Path, client: TestClient) -> None:
    export_store(demo_store, tmp_path / "out", "csv")
    for api, stem in (("/api/events", "events"), ("/api/quotes", "quotes"), ("/api/articles", "documents")):
        exported = (tmp_path / "out" / f"{stem}.csv").read_text(encoding="utf-8")
        downloaded = client.get(api, params={"format": "csv"}).text
        key = list(export_columns(stem))[0]
        assert sorted(_rows(downloaded), key=lambda r: r[key]) == sorted(
            _rows(exported), key=lambda r: r[key]
        )


def test_quote_and_article_downloads_keep_their_filters(client: TestClient) -> None:
    quotes = _rows(client.get("/api/quotes", params={"speaker": MAYOR, "format": "csv"}).text)
    assert [q["quote_id"] for q in quotes] == ["q1"]
    none = _rows(client.get("/api/quotes", params={"undated": 1, "format": "csv"}).text)
    assert none == []
    docs = _rows(client.get("/api/articles", params={"outlet": "Coastwatch", "format": "csv"}).text)
    assert [d["title"] for d in docs] == ["Strike ends"]
    assert "ferry union agreed" in docs[0]["text"]  # the whole document row, text included
    # the outlet filter reads the attached search index: the download's own connection has it too
    events = _rows(client.get("/api/events", params={"outlet": "Coastwatch", "format": "csv"}).text)
    assert [e["event_id"] for e in events] == ["e3"]


def test_list_pages_link_the_download_of_their_filters(client: TestClient) -> None:
    page = client.get("/events", params={"actor": UNION, "offset": 1, "limit": 1, "sort": "newest"}).text
    link = "/api/events?actor=ent-union&amp;sort=newest&amp;format=csv"
    assert f'href="{link}"' in page
    assert "download all 3 as CSV" in page
    assert (
        "format=csv" not in client.get("/events", params={"actor": "nobody-at-all"}).text
    )  # nothing to take


def test_a_download_is_written_in_pieces(demo_store: Path, monkeypatch: Any) -> None:
    """Rows go out a batch at a time, so a store of millions of events never sits in memory."""
    monkeypatch.setattr("storyline.web.download.ROWS_PER_CHUNK", 2)
    reader = Reader(demo_store)
    sql, params = Q.event_selection(reader, Q.EventFilter())
    chunks = list(csv_chunks(reader, "events", sql, params))
    assert len(chunks) >= 2
    assert len(_rows("".join(chunks))) == 4


def test_entity_page_lists_its_pairs_with_counts_and_mean_goldstein(client: TestClient) -> None:
    page = client.get(f"/entities/{MAYOR}").text
    assert "Relations (1)" in page
    assert "Ferry union" in page.split("Relations (1)", 1)[1].split("Quotes (", 1)[0]
    pairs = client.get(f"/api/entities/{MAYOR}").json()["pairs"]
    assert pairs == [
        {
            "counterpart": UNION,
            "label": "Ferry union",
            "is_entity": True,
            "events": 2,
            "undated": 0,
            "mean_goldstein": -1.1,  # (2.8 - 5.0) / 2
        }
    ]


def test_entity_pairs_count_as_the_relations_page(make_store: Any, webrows: Any) -> None:
    """An unlinked side named by the entity's alias counts as the entity (``pairs.side_key``), a
    negated act counts for neither, and a coded unnamed side reads by its words."""
    a = webrows.article_result(
        "d" * 16,
        "Kastan met Veloria. Kastan did not sign. The Kastan leader warned the police. Kastan praised Veloria.",
        title="Talks",
        outlet="Orvik Courier",
        published="2025-01-02",
    )
    c = webrows.cite(a, 0)
    kastan, veloria = "ent-kastan", "ent-veloria"
    from storyline.records import Entity

    entities = [
        Entity(kastan, "Kastan", "GPE", actor_code="KST", aliases=["the Kastan leader"], doc_ids=["d" * 16]),
        Entity(veloria, "Veloria", "GPE", actor_code="VEL", doc_ids=["d" * 16]),
    ]
    events = [
        webrows.event(
            "k1",
            c,
            source_entity_id=kastan,
            source_name="Kastan",
            target_entity_id=veloria,
            target_name="Veloria",
            goldstein=1.0,
            date="2025-01-01",
        ),
        webrows.event(
            "k2",
            c,
            source_entity_id=kastan,
            source_name="Kastan",
            target_entity_id=veloria,
            target_name="Veloria",
            goldstein=-9.0,
            modality="negated",
        ),
        webrows.event(
            "k3",
            c,
            source_name="the Kastan leader",
            target_name="the police",
            target_actor_code="COP",
            goldstein=-4.0,
        ),
        webrows.event(
            "k4", c, source_name="Veloria", target_entity_id=kastan, target_name="Kastan", goldstein=3.0
        ),
    ]
    store = make_store([a], entities=entities, events=events)
    client = TestClient(create_app(store))
    pairs = {p["counterpart"]: p for p in client.get(f"/api/entities/{kastan}").json()["pairs"]}
    assert pairs[veloria]["events"] == 2 and pairs[veloria]["mean_goldstein"] == 2.0
    assert pairs[veloria]["undated"] == 1
    assert pairs["COP"]["label"] == "the police (COP)" and not pairs["COP"]["is_entity"]
    relations = client.get("/api/dyads").json()["dyads"]
    counted = {frozenset((d["a"], d["b"])): d["events"] for d in relations}
    assert counted[frozenset((kastan, veloria))] == pairs[veloria]["events"]
    listed = client.get("/api/events", params={"dyad": f"{kastan},COP"}).json()
    assert listed["total"] == pairs["COP"]["events"]  # the count links to the list it counts
