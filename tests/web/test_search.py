"""FTS5 search: user input is made safe, raw syntax errors give a message, the index follows the store."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from storyline.store import Store
from storyline.web import create_app
from storyline.web.db import Reader
from storyline.web.search import ensure_index, search, split_snippet, to_match


@pytest.fixture
def client(demo_store: Path) -> TestClient:
    return TestClient(create_app(demo_store))


def test_search_to_match_quotes_every_word() -> None:
    assert to_match("ferry union") == '"ferry" "union"'
    assert to_match('"ferry union" strike*') == '"ferry union" "strike"*'
    assert to_match("AND OR NOT") == '"AND" "OR" "NOT"'
    assert to_match('a"b') == '"a b"'
    assert to_match("col:value NEAR(x y)") == '"col:value" "NEAR(x" "y)"'
    assert to_match('" * - ( ) ^') == ""
    assert to_match('"unclosed phrase') == '"unclosed phrase"'


def test_search_finds_sentences_quotes_events(client: TestClient) -> None:
    res = client.get("/api/search?q=ferry union").json()
    assert res["message"] is None
    arts = res["results"]["articles"]
    assert {h["doc_id"] for h in arts} == {"a" * 16, "b" * 16}
    assert all(h["highlights"] for h in arts)
    assert [h["ref"] for h in res["results"]["events"]][:1] in (["e1"], ["e2"], ["e3"])
    quotes = client.get("/api/search?q=reopen pier&kind=quotes").json()["results"]
    assert list(quotes) == ["quotes"] and quotes["quotes"][0]["ref"] == "q1"
    assert quotes["quotes"][0]["sentence"] == 2


def test_search_stemming_and_prefix(client: TestClient) -> None:
    assert client.get("/api/search?q=reopening&kind=articles").json()["totals"]["articles"] == 1
    assert client.get("/api/search?q=harb*&kind=articles").json()["totals"]["articles"] >= 1


@pytest.mark.parametrize(
    "q",
    [
        '"',
        '""',
        "AND",
        "OR OR",
        "NOT",
        "NEAR(",
        "(",
        ")",
        "*",
        "-",
        "^",
        "a:b",
        "'",
        "ferry AND",
        "title:x",
        "\u202e",
        "\x00",
        "x" * 600,
        "%",
        "\\",
    ],
)
def test_search_odd_input_never_fails(client: TestClient, q: str) -> None:
    r = client.get("/api/search", params={"q": q})
    assert r.status_code == 200
    assert not (r.json()["message"] or "").startswith("The search could not be run")
    assert client.get("/search", params={"q": q}).status_code == 200


@pytest.mark.parametrize(
    "q", ['"unbalanced', "AND OR", "NEAR(a b", "ferry NOT", "nosuchcol:x", "(ferry", "*x"]
)
def test_search_raw_syntax_errors_give_message(client: TestClient, q: str) -> None:
    r = client.get("/api/search", params={"q": q, "syntax": "fts"})
    assert r.status_code == 200
    body = r.json()
    assert body["message"].startswith("The search could not be run")
    assert all(hits == [] for hits in body["results"].values())
    page = client.get("/search", params={"q": q, "syntax": "fts"})
    assert page.status_code == 200 and "could not be run" in page.text


def test_search_raw_syntax_works_when_valid(client: TestClient) -> None:
    body = client.get(
        "/api/search", params={"q": "ferry NOT strike", "syntax": "fts", "kind": "articles"}
    ).json()
    assert body["message"] is None
    assert {h["doc_id"] for h in body["results"]["articles"]} == {"a" * 16}


def test_search_snippet_markers_cannot_be_forged(make_store, webrows) -> None:  # type: ignore[no-untyped-def]
    res = webrows.article_result("d" * 16, "Forged \ue000marker\ue001 text about ferries.", title="t")
    store = make_store([res])
    reader = Reader(store)
    ensure_index(reader)
    hits = search(reader, "ferries").kinds["articles"]
    assert [t for t, m in hits[0].snippet if m] == ["ferries"]
    assert split_snippet("a\ue000b\ue001c") == [("a", False), ("b", True), ("c", False)]


def test_search_index_beside_store_and_rebuilt_when_stale(make_store, webrows) -> None:  # type: ignore[no-untyped-def]
    store_dir = make_store(
        [webrows.article_result("e" * 16, "The lighthouse keeper retired.", title="Keeper")]
    )
    reader = Reader(store_dir)
    path = ensure_index(reader)
    assert path == store_dir / "search.sqlite"
    assert search(reader, "lighthouse").totals["articles"] == 1
    assert search(reader, "ferryman").totals["articles"] == 0
    mtime = path.stat().st_mtime_ns
    ensure_index(Reader(store_dir))  # unchanged store: the index is reused
    assert path.stat().st_mtime_ns == mtime
    with Store(store_dir) as st:
        st.write_results([webrows.article_result("f" * 16, "A ferryman arrived.", title="Arrival")])
    reader2 = Reader(store_dir)
    ensure_index(reader2)
    assert search(reader2, "ferryman").totals["articles"] == 1


def test_search_index_is_readonly_for_the_app(demo_store: Path) -> None:
    app = create_app(demo_store)
    conn = app.app.state.reader.conn()
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        conn.execute("DELETE FROM search.articles")


def test_search_very_common_words_rank_newest_only(make_store, webrows, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from storyline.web import search as search_mod

    docs = [
        webrows.article_result(
            f"{i:016d}", f"The ferry sailed on day {i}.", title=f"Day {i}", published=f"2024-01-{i + 10:02d}"
        )
        for i in range(6)
    ]
    reader = Reader(make_store(docs))
    ensure_index(reader)
    monkeypatch.setattr(search_mod, "RANK_CAP", 3)
    res = search(reader, "ferry", ("articles",), limit=10)
    assert res.totals["articles"] == 6
    assert "only the newest 3" in (res.message or "")
    assert sorted(h.published for h in res.kinds["articles"]) == ["2024-01-13", "2024-01-14", "2024-01-15"]
    monkeypatch.setattr(search_mod, "RANK_CAP", 100)
    res = search(reader, "ferry", ("articles",), limit=4, offset=4)
    assert res.message is None and len(res.kinds["articles"]) == 2


def test_search_title_hit_links_to_article_top(client: TestClient) -> None:
    hits = client.get("/api/search?q=resume&kind=articles").json()["results"]["articles"]
    # the title (sentence -1) and the first sentence repeating it
    assert sorted((h["doc_id"], h["sentence"]) for h in hits) == [("a" * 16, -1), ("a" * 16, 0)]
    page = client.get("/search?q=resume&kind=articles").text
    assert f'href="/articles/{"a" * 16}"' in page


def test_search_unavailable_index_still_serves_pages(demo_store: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x")
    app = create_app(demo_store, search_index=blocker / "search.sqlite")  # cannot be created
    c = TestClient(app)
    assert c.get("/").status_code == 200
    body = c.get("/api/search?q=ferry").json()
    assert body["message"] == "The search index is not built." and body["results"] == {}
    assert c.get("/search?q=ferry").status_code == 200
