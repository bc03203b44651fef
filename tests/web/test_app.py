"""The web app over a hand-built store: pages, JSON API, filters, read-only opening."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from storyline.store import StoreError
from storyline.web import create_app


@pytest.fixture
def client(demo_store: Path) -> TestClient:
    return TestClient(create_app(demo_store))


def test_app_refuses_missing_store(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no storyline store"):
        create_app(tmp_path / "nowhere")


def test_app_refuses_corrupt_store(tmp_path: Path) -> None:
    (tmp_path / "storyline.sqlite").write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError):
        create_app(tmp_path)


def test_app_refuses_foreign_sqlite(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "storyline.sqlite")
    conn.execute("CREATE TABLE other (x)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="not a storyline store"):
        create_app(tmp_path)


def test_app_opens_store_read_only(demo_store: Path) -> None:
    app = create_app(demo_store)
    reader = app.app.state.reader
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        reader.conn().execute("DELETE FROM documents")


def test_app_pages_render(client: TestClient) -> None:
    for path in (
        "/",
        "/events",
        "/quotes",
        "/entities",
        "/entities/ent-mayor",
        "/articles",
        "/articles/" + "a" * 16,
        "/search?q=ferry",
    ):
        r = client.get(path)
        assert r.status_code == 200, path
        assert r.headers["content-type"].startswith("text/html")
    home = client.get("/").text
    assert "Mayor meets ferry union" in home
    assert "Ferry strike ends" in home


def test_app_unknown_ids_are_404(client: TestClient) -> None:
    assert client.get("/articles/nope").status_code == 404
    assert client.get("/entities/nope").status_code == 404
    r = client.get("/api/articles/nope")
    assert r.status_code == 404 and r.json() == {"error": "No such article."}


def test_app_timeline_links_to_cited_sentence(client: TestClient) -> None:
    data = client.get("/api/timeline").json()
    first = data["timeline"][0]
    assert first["sources"][0]["sentence"] == 1
    html = client.get("/").text
    assert f"/articles/{'a' * 16}?s=1&amp;start=" in html
    page = client.get(f"/articles/{'a' * 16}?s=1&start=23&end=60").text
    assert 'class="s cited" id="s-1"' in page
    assert '<mark class="hl">' in page


def test_app_article_highlights_exact_span(client: TestClient) -> None:
    art = client.get("/api/articles/" + "a" * 16).json()["article"]
    i = art["text"].index("met the ferry union")
    page = client.get(f"/articles/{'a' * 16}?s=1&start={i}&end={i + 3}").text
    assert '<mark class="hl">met</mark>' in page


def test_app_article_survives_bad_offsets(client: TestClient) -> None:
    for q in ("?s=999&start=-5&end=99999999", "?s=x&start=a&end=b", "?start=50&end=10"):
        assert client.get("/articles/" + "a" * 16 + q).status_code == 200


def test_app_events_filters(client: TestClient) -> None:
    def ids(query: str) -> list[str]:
        return [e["event_id"] for e in client.get("/api/events" + query).json()["events"]]

    assert ids("") == ["e1", "e2", "e4", "e3"]
    assert ids("?actor=ent-union") == ["e1", "e2", "e3"]
    assert ids("?actor=ferry") == ["e1", "e2", "e3"]
    assert ids("?actor=GOV") == ["e1"]
    assert ids("?dyad=ent-union,ent-mayor") == ["e1", "e2"]
    assert ids("?dyad_a=Mayor&dyad_b=union") == ["e1", "e2"]
    assert ids("?cameo_root=12") == ["e2"]
    assert ids("?cameo_root=8") == ["e3"]
    assert ids("?plover_category=concede") == ["e3"]
    assert ids("?modality=reported") == ["e3"]
    assert ids("?start=2024-03-05") == ["e4", "e3"]
    assert ids("?end=2024-03-04") == ["e1", "e2"]
    assert ids("?start=2024-03&end=2024-03") == ["e1", "e2", "e4", "e3"]
    assert ids("?outlet=Coastwatch") == ["e3"]
    assert ids("?outlet=Coastwatch&modality=asserted") == []
    assert client.get("/api/events?limit=1&offset=1").json()["total"] == 4


def test_app_events_page_keeps_filters(client: TestClient) -> None:
    page = client.get("/events?cameo_root=12&limit=1").text
    assert "Ferry union rejected the offer" in page
    assert "Ferry union agreed" not in page
    assert '<option value="12" selected>' in page


def test_app_quotes_and_entities_api(client: TestClient) -> None:
    quotes = client.get("/api/quotes?speaker=mayor").json()
    assert [q["quote_id"] for q in quotes["quotes"]] == ["q1"]
    assert quotes["quotes"][0]["sources"][0]["outlet"] == "Harbour Tribune"
    assert client.get("/api/quotes?outlet=Coastwatch").json()["total"] == 0
    ents = client.get("/api/entities?q=ferry").json()
    assert [e["entity_id"] for e in ents["entities"]] == ["ent-union"]
    one = client.get("/api/entities/ent-mayor").json()
    assert {e["event_id"] for e in one["events"]} == {"e1", "e2"}
    assert [q["quote_id"] for q in one["quotes"]] == ["q1"]


def test_app_summary_and_openapi(client: TestClient) -> None:
    s = client.get("/api/summary").json()
    assert s["counts"]["documents"] == 3 and s["counts"]["events"] == 4
    assert s["first_published"] == "2024-03-04" and s["last_published"] == "2024-03-06"
    spec = client.get("/api/openapi.json").json()
    assert spec["openapi"].startswith("3.")
    routes = {
        r.path.replace(":path}", "}")
        for r in client.app.app.routes  # type: ignore[attr-defined]
        if r.path.startswith("/api/")
    }
    assert routes == set(spec["paths"])


def test_app_bad_numbers_do_not_fail(client: TestClient) -> None:
    for path in (
        "/api/events?limit=abc&offset=-4",
        "/api/quotes?limit=999999",
        "/events?offset=zz",
        "/api/entities?limit=0",
    ):
        assert client.get(path).status_code == 200, path


def test_app_coverage_fills_gap_months(make_store, webrows) -> None:  # type: ignore[no-untyped-def]
    from storyline.web import queries

    article_result = webrows.article_result
    from storyline.web.db import Reader

    store = make_store(
        [
            article_result("1" * 16, "One.", published="2023-11-30"),
            article_result("2" * 16, "Two.", published="2024-02-01T10:00:00+00:00"),
            article_result("3" * 16, "Three.", published="2024-02"),
            article_result("4" * 16, "Undated."),
            article_result("5" * 16, "Year only.", published="2024"),
        ]
    )
    cov = queries.coverage(Reader(store))
    assert cov == [
        {"month": "2023-11", "documents": 1},
        {"month": "2023-12", "documents": 0},
        {"month": "2024-01", "documents": 0},
        {"month": "2024-02", "documents": 2},
    ]


def test_app_serve_refuses_before_binding(tmp_path: Path) -> None:
    from storyline.web import serve

    with pytest.raises(StoreError, match="no storyline store"):
        serve(tmp_path / "missing", port=1)  # port 1 would fail to bind: we must stop before that


def test_app_factory_reads_store_from_env(demo_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from storyline.web import STORE_ENV, app_from_env

    monkeypatch.setenv(STORE_ENV, str(demo_store))
    r = TestClient(app_from_env()).get("/api/summary")
    assert r.json()["counts"]["documents"] == 3


def test_app_facets_carry_codebook_labels(client: TestClient) -> None:
    facets = client.get("/api/facets").json()
    assert [r["code"] for r in facets["cameo_roots"]] == ["01", "04", "08", "12"]
    assert facets["outlets"] == ["<b>Evil</b> \u202eNews", "Coastwatch", "Harbour Tribune"]
    assert facets["plover_categories"] == ["CONCEDE", "CONSULT", "REJECT"]
    from storyline.web.queries import cameo_labels

    if cameo_labels():  # the events codebook file is present
        assert all(isinstance(r["label"], str) and r["label"] for r in facets["cameo_roots"])


def test_app_timeline_entry_without_sources_cites_its_events(client: TestClient) -> None:
    entries = {e["headline"]: e for e in client.get("/api/timeline").json()["timeline"]}
    cites = entries["Union rejects offer"]["sources"]
    assert [(c["doc_id"], c["sentence"]) for c in cites] == [("a" * 16, 3)]
    assert entries["Union rejects offer"]["sources"][0]["outlet"] == "Harbour Tribune"
    assert 'href="/articles/aaaaaaaaaaaaaaaa?s=3&amp;' in client.get("/").text


def test_app_dyads_pair_both_directions(client: TestClient) -> None:
    data = client.get("/api/dyads").json()
    assert data["months"] == ["2024-03"]
    (d,) = data["dyads"]  # e3 and e4 have no target: not a pair
    assert (d["a"], d["b"], d["events"]) == ("ent-mayor", "ent-union", 2)
    assert d["mean_goldstein"] == -1.1
    assert d["series"] == [{"month": "2024-03", "events": 2, "goldstein": -1.1}]
    page = client.get("/relations").text
    assert 'href="/events?dyad=ent-mayor%2Cent-union"' in page
    assert "<polyline" not in page  # one month: a dot, no line
    assert "Months 2024-03 – 2024-03. Events with no date" in page  # a space between the sentences
    assert client.get("/events?dyad=ent-mayor%2Cent-union").text.count('class="event"') == 2


def test_app_loopback_only_host_headers(demo_store: Path) -> None:
    from storyline.web import LOOPBACK_HOSTS

    c = TestClient(create_app(demo_store, allowed_hosts=LOOPBACK_HOSTS), base_url="http://127.0.0.1:8000")
    assert c.get("/api/summary").status_code == 200
    assert c.get("/api/summary", headers={"host": "localhost:8000"}).status_code == 200
    r = c.get("/api/summary", headers={"host": "rebound.example"})
    assert r.status_code == 400
    assert "script-src 'none'" in r.headers["content-security-policy"]


def test_app_internal_error_hides_details(demo_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from storyline.web import queries

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("secret path /etc/somewhere")

    monkeypatch.setattr(queries, "events", broken)
    c = TestClient(create_app(demo_store), raise_server_exceptions=False)
    for path in ("/api/events", "/events"):
        r = c.get(path)
        assert r.status_code == 500
        assert "secret" not in r.text
        assert "script-src 'none'" in r.headers["content-security-policy"]
    assert c.get("/api/events").json() == {"error": "Something went wrong while reading the store."}


@pytest.mark.parametrize("page", ["/events", "/quotes", "/entities", "/articles"])
def test_app_list_pages_show_row_counts(client: TestClient, page: str) -> None:
    import re

    html = client.get(page).text
    counts = re.findall(r'<nav class="pager"[^>]*>\s*<span>(\d+)–(\d+) of (\d+)</span>', html)
    assert counts, f"{page}: no 'first–last of total' line"
    first, last, total = map(int, counts[0])
    assert total >= 1 and 1 <= first <= last <= total


def test_app_dyads_by_report_places_undated_events(make_store: Any, webrows: Any) -> None:
    res = webrows.article_result("6" * 16, "Easthaven met the union. Talks went on.", published="2024-04-02")

    def ev(event_id: str, date: str | None, first_reported: str | None) -> Any:
        return webrows.event(
            event_id,
            webrows.cite(res, 0),
            date=date,
            date_source="timex" if date else None,
            source_entity_id="ent-a",
            source_name="Easthaven",
            target_entity_id="ent-b",
            target_name="Ferry union",
            summary="Easthaven met Ferry union",
            first_reported=first_reported,
        )

    store = make_store([res], events=[ev("x1", "2024-03-04", "2024-03-04"), ev("x2", None, "2024-04-02")])
    client = TestClient(create_app(store))
    (plain,) = client.get("/api/dyads").json()["dyads"]
    assert (plain["events"], plain["undated"]) == (2, 1)
    assert [s["month"] for s in plain["series"]] == ["2024-03"]
    (placed,) = client.get("/api/dyads?by_report=1").json()["dyads"]
    assert placed["undated"] == 0
    assert [(s["month"], s["events"]) for s in placed["series"]] == [("2024-03", 1), ("2024-04", 1)]
    assert "1 without a month" in client.get("/relations").text
    assert "first reported" in client.get("/relations?by_report=1").text


def test_app_home_folds_the_background_before_the_first_article(make_store: Any, webrows: Any) -> None:
    from storyline.records import TimelineEntry

    res = webrows.article_result(
        "7" * 16, "The ferry union was founded in 1961. It struck again on Monday.", published="2024-04-02"
    )
    timeline = [
        TimelineEntry("1961", "Union founded", "", sources=[webrows.cite(res, 0)]),
        TimelineEntry("2024-03-30", "Eve of the strike", "", sources=[webrows.cite(res, 1)]),
        TimelineEntry("2024-04", "Strike month", "", sources=[webrows.cite(res, 1)]),  # not before April
        TimelineEntry("2024-04-02", "Union strikes", "", sources=[webrows.cite(res, 1)]),
    ]
    page = TestClient(create_app(make_store([res], timeline=timeline))).get("/").text
    folded = page[page.index('<details class="background">') : page.index("</details>")]
    assert "2 earlier entries" in folded and "before the first article of 2024-04-02" in folded
    assert "Union founded" in folded and "Eve of the strike" in folded
    main = page[page.index("</details>") :]
    assert "Strike month" in main and "Union strikes" in main and "Union founded" not in main


def test_app_home_and_api_list_a_years_row_before_its_days(make_store: Any, webrows: Any) -> None:
    from storyline.records import TimelineEntry

    res = webrows.article_result(
        "7" * 16, "The ferry union was founded in 1961. It struck again on Monday.", published="2024-04-02"
    )
    timeline = [
        TimelineEntry("1961", "Union founded", "", sources=[webrows.cite(res, 0)]),
        TimelineEntry("2024", "Strike year", "", sources=[webrows.cite(res, 1)]),
        TimelineEntry("2024-03-30", "Eve of the strike", "", sources=[webrows.cite(res, 1)]),
        TimelineEntry("2024-04-02", "Union strikes", "", sources=[webrows.cite(res, 1)]),
    ]
    client = TestClient(create_app(make_store([res], timeline=timeline)))
    page = client.get("/").text
    shown = re.findall(r'<li class="entry">\s*<time title="([^"]*)"', page)
    api = [e["date"] for e in client.get("/api/timeline").json()["timeline"]]
    assert shown == api == ["1961", "2024", "2024-03-30", "2024-04-02"]
    folded = page[page.index('<details class="background">') : page.index("</details>")]
    assert "Union founded" in folded and "Eve of the strike" not in folded


def test_app_entity_page_says_when_its_lists_are_cut(make_store: Any, webrows: Any) -> None:
    from storyline.records import Entity

    res = webrows.article_result("8" * 16, "Easthaven met the union. Talks went on.", published="2024-04-02")
    busy = Entity("ent-busy", "Easthaven", "GPE", doc_ids=[res.article.doc_id], mention_count=250)
    quiet = Entity("ent-quiet", "Ferry union", "ORG", doc_ids=[res.article.doc_id], mention_count=2)
    events = [
        webrows.event(f"x{i:03d}", webrows.cite(res, 0), source_entity_id="ent-busy", source_name="Easthaven")
        for i in range(205)
    ]
    events.append(
        webrows.event("y", webrows.cite(res, 1), source_entity_id="ent-quiet", source_name="Ferry union")
    )
    client = TestClient(create_app(make_store([res], entities=[busy, quiet], events=events)))
    page = client.get("/entities/ent-busy").text
    assert page.count('class="event"') == 200
    assert "Events (205)" in page and "the first 200 by date are listed here; all 205" in page
    assert 'href="/events?actor=ent-busy"' in page
    quiet_page = client.get("/entities/ent-quiet").text
    assert "Events (1)" in quiet_page and "listed here" not in quiet_page


def test_outlet_filter_reads_the_outlets_documents_once_per_query(demo_store: Path) -> None:
    from storyline.web import queries
    from storyline.web.db import Reader

    reader = Reader(demo_store)
    sql, params = queries._outlet_sql(reader, "sources", "Harbour Tribune")
    plan = " | ".join(
        str(r[-1])
        for r in reader.query(f"EXPLAIN QUERY PLAN SELECT count(*) FROM events WHERE {sql}", params)
    )
    # the documents of the outlet are a list built once, not a search repeated for every event
    # (that join took 1 s per request on a 9,270-event store and 25 s under load)
    assert "LIST SUBQUERY" in plan, plan
    events, total = queries.events(reader, queries.EventFilter(outlet="Harbour Tribune"))
    assert total == len(events) >= 1
    assert all(any(c.doc_id == "a" * 16 for c in e.sources) for e in events)


def test_lists_sort_newest_first_on_request(client: TestClient) -> None:
    def dates(path: str, key: str, field: str, **params: str) -> list[str]:
        return [row[field] for row in client.get(path, params=params).json()[key]]

    for path, key, field in (("/api/events", "events", "date"), ("/api/articles", "articles", "published")):
        oldest = dates(path, key, field)
        newest = dates(path, key, field, sort="newest")
        assert oldest == sorted(oldest) and len(set(oldest)) > 1
        assert newest == sorted(newest, reverse=True)
    page = client.get("/events", params={"sort": "newest", "limit": "2"}).text
    assert '<a href="/events?limit=2&amp;sort=newest" aria-current="true">newest first</a>' in page
    assert '<a href="/events?limit=2">oldest first</a>' in page  # a new order starts on page one
    assert '<a href="/events?sort=newest&amp;limit=2&amp;offset=2" rel="next">' in page  # paging keeps it


def test_app_dyads_name_an_entity_side_by_its_entity_not_by_one_event(make_store: Any, webrows: Any) -> None:
    from storyline.records import Entity

    res = webrows.article_result(
        "7" * 16, "Okafor met Veloria. Okafor wrote to Veloria.", published="2031-02-02"
    )
    people = [Entity("ent-okafor", "Amara Okafor", "PERSON"), Entity("ent-veloria", "Veloria", "GPE")]
    events = [
        webrows.event(
            f"v{i}",
            webrows.cite(res, i),
            source_entity_id="ent-okafor",
            source_name=surface,
            target_entity_id="ent-veloria",
            target_name="Veloria",
        )
        for i, surface in enumerate(("Okafor", "Ms. Okafor"))
    ]
    client = TestClient(create_app(make_store([res], entities=people, events=events)))
    (pair,) = client.get("/api/dyads").json()["dyads"]
    assert {pair["a_label"], pair["b_label"]} == {"Amara Okafor", "Veloria"}
    page = client.get("/relations").text
    assert "Amara Okafor" in page and "Ms. Okafor" not in page


def test_app_lists_undated_events_in_the_order_they_were_first_reported(
    make_store: Any, webrows: Any
) -> None:
    res = webrows.article_result("8" * 16, "Kastan met Orvik. Kastan met Marren.", published="2031-05-05")
    events = [
        webrows.event(event_id, webrows.cite(res, 0), date=date, first_reported=reported, summary=event_id)
        for event_id, date, reported in (
            ("a-late", None, "2031-05-05"),
            ("b-dated", "2031-01-09", "2031-01-09"),
            ("c-early", None, "2031-02-01"),
            ("d-never", None, None),  # from an undated article: no report day, last
        )
    ]
    client = TestClient(create_app(make_store([res], events=events)))
    listed = [e["event_id"] for e in client.get("/api/events").json()["events"]]
    assert listed == ["b-dated", "c-early", "a-late", "d-never"]
    newest = [e["event_id"] for e in client.get("/api/events?sort=newest").json()["events"]]
    assert newest == ["b-dated", "a-late", "c-early", "d-never"]


def test_app_lists_undated_quotes_in_the_order_they_were_first_reported(
    make_store: Any, webrows: Any
) -> None:
    from storyline.records import Entity, Quote

    res = webrows.article_result("7" * 16, "Marren said the port would open.", published="2031-05-05")
    marren = Entity("ent-marren", "Jo Marren", "PERSON", doc_ids=[res.article.doc_id], mention_count=1)
    quotes = [
        Quote(
            qid,
            qid,
            "indirect",
            "ent-marren",
            "Marren",
            "said",
            date,
            [webrows.cite(res, 0)],
            first_reported=reported,
        )  # fmt: skip
        for qid, date, reported in (
            ("a-late", None, "2031-05-05"),
            ("b-dated", "2031-01-09", "2031-01-09"),
            ("c-early", None, "2031-02-01"),
            ("d-never", None, None),  # from an undated article: no report day, last
        )
    ]
    client = TestClient(create_app(make_store([res], entities=[marren], quotes=quotes)))
    listed = [q["quote_id"] for q in client.get("/api/quotes").json()["quotes"]]
    assert listed == ["b-dated", "c-early", "a-late", "d-never"]
    page = client.get("/entities/ent-marren").text
    assert [page.index(f">{q}<") for q in ("b-dated", "c-early", "a-late", "d-never")] == sorted(
        page.index(f">{q}<") for q in ("b-dated", "c-early", "a-late", "d-never")
    )
    download = client.get("/api/quotes?format=csv").text.splitlines()
    assert [row.split(",")[0] for row in download[1:]] == listed


def test_app_says_a_quote_is_undated_instead_of_showing_no_date(make_store: Any, webrows: Any) -> None:
    from storyline.records import Entity, Quote

    res = webrows.article_result("9" * 16, "Marren said the port would open.", outlet="Delvane Post")
    marren = Entity("ent-marren", "Jo Marren", "PERSON", doc_ids=[res.article.doc_id], mention_count=1)
    quote = Quote(
        "q-1", "the port would open", "indirect", "ent-marren", "Marren", "said", None, [webrows.cite(res, 0)]
    )
    client = TestClient(create_app(make_store([res], entities=[marren], quotes=[quote])))
    assert "(said), undated ·" in client.get("/quotes").text
    assert "undated ·" in client.get("/entities/ent-marren").text


def test_app_dyads_leave_out_acts_the_article_says_did_not_happen(make_store: Any, webrows: Any) -> None:
    res = webrows.article_result(
        "5" * 16, "Orvik met Marren. Orvik did not shell Marren.", published="2031-07-07"
    )

    def ev(event_id: str, modality: str, goldstein: float) -> Any:
        return webrows.event(
            event_id,
            webrows.cite(res, 0),
            date="2031-07-06",
            source_entity_id="ent-orvik",
            source_name="Orvik",
            target_entity_id="ent-marren",
            target_name="Marren",
            modality=modality,
            goldstein=goldstein,
        )

    store = make_store([res], events=[ev("met", "asserted", 1.0), ev("shell", "negated", -10.0)])
    (pair,) = TestClient(create_app(store)).get("/api/dyads").json()["dyads"]
    assert (pair["events"], pair["mean_goldstein"]) == (1, 1.0)


def _reach_store(make_store: Any, webrows: Any) -> Path:
    """One actor a single article names over and over, one named once in each of three articles."""
    from storyline.records import Entity

    docs = [
        webrows.article_result(
            c * 16, f"Orvik spoke at the Veloria harbour fair {c}.", published="2031-03-0" + c
        )
        for c in "123"
    ]
    ids = [r.article.doc_id for r in docs]
    ents = [
        Entity(
            "ent-orvik",
            "Tam Orvik",
            "PERSON",
            aliases=["Tam Orvik", "Orvik"],
            doc_ids=ids[:1],
            mention_count=25,
        ),
        Entity("ent-veloria", "Veloria", "GPE", aliases=["Veloria"], doc_ids=ids, mention_count=3),
    ]
    return make_store(docs, entities=ents)  # type: ignore[no-any-return]


def test_app_ranks_actors_by_articles_before_mentions(make_store: Any, webrows: Any) -> None:
    client = TestClient(create_app(_reach_store(make_store, webrows)))
    listed = [e["entity_id"] for e in client.get("/api/entities").json()["entities"]]
    assert listed == ["ent-veloria", "ent-orvik"]
    home = client.get("/").text
    assert "Most reported actors" in home and home.index("Veloria") < home.index("Tam Orvik")
    assert "Named in most articles" in client.get("/entities").text


def test_app_entity_pages_do_not_repeat_the_name_as_an_alias(make_store: Any, webrows: Any) -> None:
    client = TestClient(create_app(_reach_store(make_store, webrows)))
    page = client.get("/entities/ent-orvik").text
    assert "Also called: <bdi>Orvik</bdi>" in page
    row = client.get("/entities").text.split("ent-orvik", 1)[1].split("</tr>", 1)[0]
    assert "<bdi>Tam Orvik</bdi>" not in row.split("<td>", 5)[-1]  # the aliases cell


def test_app_home_counts_undated_events_and_quotes_and_lists_them(make_store: Any, webrows: Any) -> None:
    from storyline.records import Quote

    res = webrows.article_result(
        "7" * 16, "Kastan met Orvik. Marren said the port would open.", published="2031-05-05"
    )
    events = [
        webrows.event("e-dated", webrows.cite(res, 0), date="2031-05-04"),
        webrows.event("e-undated", webrows.cite(res, 0)),
    ]
    quotes = [
        Quote(
            "q-undated",
            "the port would open",
            "indirect",
            None,
            "Marren",
            "said",
            None,
            [webrows.cite(res, 1)],
        )
    ]
    blank = webrows.article_result("6" * 16, "Orvik left the Delvane docks.")
    client = TestClient(create_app(make_store([res, blank], events=events, quotes=quotes)))
    assert client.get("/api/summary").json()["undated"] == {"documents": 1, "events": 1, "quotes": 1}
    home = client.get("/").text
    assert (
        "1 of 2 events" in home and 'href="/events?undated=1"' in home and 'href="/quotes?undated=1"' in home
    )
    assert [e["event_id"] for e in client.get("/api/events?undated=1").json()["events"]] == ["e-undated"]
    assert client.get("/api/quotes?undated=1").json()["total"] == 1
    assert client.get("/api/quotes?undated=1&start=2031").json()["total"] == 0
    assert "checked> Undated only" in client.get("/events?undated=1").text
    assert 'href="/articles?undated=1">1 of 2 articles' in home
    assert [a["doc_id"] for a in client.get("/api/articles?undated=1").json()["articles"]] == ["6" * 16]


def test_app_entity_page_lists_its_articles_oldest_first_undated_last(make_store: Any, webrows: Any) -> None:
    from storyline.records import Entity

    days = {"f" * 16: "2031-06-02", "0" * 16: None, "e" * 16: "2031-01-15"}
    docs = [
        webrows.article_result(d, "Okafor opened the Marren depot.", published=p) for d, p in days.items()
    ]
    okafor = Entity("ent-okafor", "Ada Okafor", "PERSON", doc_ids=sorted(days), mention_count=3)
    page = TestClient(create_app(make_store(docs, entities=[okafor]))).get("/entities/ent-okafor").text
    listed = page.split("<h2>Articles", 1)[1]
    assert listed.index("e" * 16) < listed.index("f" * 16) < listed.index("0" * 16)
    assert "undated</li>" in listed


def test_app_search_says_an_article_hit_is_undated(make_store: Any, webrows: Any) -> None:
    res = webrows.article_result("5" * 16, "Marren dockers voted to strike.", outlet="Delvane Post")
    page = TestClient(create_app(make_store([res]))).get("/search?q=dockers&kind=articles").text
    assert "<bdi>Delvane Post</bdi> undated" in page


def test_app_relations_count_a_pair_as_the_report_does(make_store: Any, webrows: Any) -> None:
    """An act whose "Okafor" was left unlinked is still Amara Okafor's (her alias names no one else):
    the relations count it with her linked acts, as the report does, and the pair's event list shows
    it; a citation of an undated article says so."""
    from storyline.records import Entity
    from storyline.report.build import _dyad_charts
    from storyline.store import Store

    dated = webrows.article_result(
        "6" * 16, "Okafor met Veloria. Okafor praised Veloria.", outlet="Orvik Herald", published="2031-04-02"
    )
    undated = webrows.article_result("4" * 16, "Okafor thanked Veloria.", outlet="Marren Daily")
    people = [
        Entity("ent-okafor", "Amara Okafor", "PERSON", aliases=["Okafor", "Ökafor"]),
        Entity("ent-veloria", "Veloria", "GPE"),
    ]
    events = [
        webrows.event(
            event_id,
            webrows.cite(res, i),
            source_entity_id=linked,
            # the unlinked side in capitals: matched as Python folds case, not as SQLite's lower()
            source_name="Okafor" if linked else "ÖKAFOR",
            target_entity_id="ent-veloria",
            target_name="Veloria",
        )
        for event_id, res, i, linked in (
            ("e1", dated, 0, "ent-okafor"),
            ("e2", dated, 1, None),
            ("e3", undated, 0, "ent-okafor"),
        )
    ]
    store = make_store([dated, undated], entities=people, events=events)
    client = TestClient(create_app(store))
    (pair,) = client.get("/api/dyads").json()["dyads"]
    assert (pair["a"], pair["b"], pair["events"]) == ("ent-okafor", "ent-veloria", 3)
    listed = client.get("/api/events", params={"dyad": "ent-okafor,ent-veloria"}).json()
    assert sorted(e["event_id"] for e in listed["events"]) == ["e1", "e2", "e3"]
    corpus = Store(store, readonly=True).load_corpus()
    (chart,) = _dyad_charts(corpus, {})
    assert chart["events"] == pair["events"]
    page = client.get("/events").text
    assert 'Marren Daily</bdi>, <span class="undated">undated</span></a>' in page
    assert "Orvik Herald</bdi>, <time>2031-04-02</time>" in page


def test_app_entity_page_keeps_to_a_period_and_links_its_slice(make_store: Any, webrows: Any) -> None:
    """ "Everything about X between two dates": the entity page's events, quotes and articles keep to
    the period (an undated event counts when it was first reported then), its links carry the period,
    and the article list filters by the entity."""
    from storyline.records import Entity

    early = webrows.article_result(
        "1" * 16, "Kastan shelled Orvik.", outlet="Port Alder News", published="2031-01-10"
    )
    late = webrows.article_result(
        "2" * 16, "Kastan met Orvik.", outlet="Port Alder News", published="2031-06-10"
    )
    other = webrows.article_result(
        "3" * 16, "Marren met Orvik.", outlet="Delvane Post", published="2031-06-11"
    )
    kastan = Entity("ent-kastan", "Kastan", "GPE", doc_ids=["1" * 16, "2" * 16], mention_count=2)

    def act(event_id: str, res: Any, date: str | None) -> Any:
        return webrows.event(
            event_id,
            webrows.cite(res, 0),
            date=date,
            first_reported=res.article.published,
            source_entity_id="ent-kastan",
            source_name="Kastan",
            target_name="Orvik",
        )

    events = [act("shelled", early, "2031-01-09"), act("met", late, None)]  # "met" is undated
    client = TestClient(create_app(make_store([early, late, other], entities=[kastan], events=events)))
    page = client.get("/entities/ent-kastan", params={"start": "2031-06-01", "end": "2031-06-30"}).text
    assert "<h2>Events (1)" in page  # the undated act first reported in June, not the January one
    assert "/events?actor=ent-kastan&amp;start=2031-06-01&amp;end=2031-06-30&amp;by_report=1" in page
    assert "/articles?actor=ent-kastan&amp;start=2031-06-01&amp;end=2031-06-30" in page
    assert "<h2>Articles (1)" in page
    sliced = client.get(
        "/api/events",
        params={"actor": "ent-kastan", "start": "2031-06-01", "end": "2031-06-30", "by_report": "1"},
    ).json()
    assert [e["event_id"] for e in sliced["events"]] == ["met"]
    strict = client.get(
        "/api/events", params={"actor": "ent-kastan", "start": "2031-06-01", "end": "2031-06-30"}
    )
    assert strict.json()["total"] == 0  # without by_report a date range takes dated events only
    arts = client.get("/api/articles", params={"actor": "ent-kastan"}).json()
    assert sorted(a["doc_id"] for a in arts["articles"]) == ["1" * 16, "2" * 16]
    assert 'Naming <a href="/entities/ent-kastan">' in client.get("/articles?actor=ent-kastan").text
