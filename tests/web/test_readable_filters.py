"""A researcher reaches filtered lists by links that carry entity ids (relations, entity pages):
the pages name those actors instead of echoing the ids, and event codes carry their labels."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from markupsafe import escape
from starlette.testclient import TestClient

from storyline.web import create_app
from storyline.web import queries as Q


@pytest.fixture
def client(demo_store: Path) -> TestClient:
    return TestClient(create_app(demo_store))


def _caption(page: str) -> str:
    m = re.search(r'<p class="filtering">(.*?)</p>', page, re.DOTALL)
    assert m is not None, "the page does not say what it is filtered on"
    return m.group(1)


def _title(page: str) -> str:
    m = re.search(r"<title>(.*?)</title>", page, re.DOTALL)
    assert m is not None
    return m.group(1)


def test_events_between_two_entity_ids_name_both_actors(client: TestClient) -> None:
    page = client.get("/events?dyad=ent-union,ent-mayor").text
    caption = _caption(page)
    assert '<a href="/entities/ent-union"><bdi>Ferry union</bdi></a>' in caption
    assert '<a href="/entities/ent-mayor"><bdi>Mayor of Easthaven</bdi></a>' in caption
    assert "Ferry union" in _title(page) and "Mayor of Easthaven" in _title(page)
    assert "ent-union" not in _title(page)


def test_events_of_one_entity_name_it_and_plain_words_stay_words(client: TestClient) -> None:
    assert "Ferry union" in _caption(client.get("/events?actor=ent-union").text)
    # a name fragment is no entity: it is quoted as typed, and links nowhere
    caption = _caption(client.get("/events?actor=ferry").text)
    assert "ferry" in caption and "<a " not in caption
    assert 'class="filtering"' not in client.get("/events").text


def test_quotes_by_an_entity_id_name_the_speaker(client: TestClient) -> None:
    page = client.get("/quotes?speaker=ent-mayor").text
    assert '<a href="/entities/ent-mayor"><bdi>Mayor of Easthaven</bdi></a>' in _caption(page)
    assert _title(page).startswith("Quotes by Mayor of Easthaven")


def test_a_hostile_entity_name_in_the_caption_stays_text(client: TestClient) -> None:
    page = client.get("/quotes?speaker=ent-evil").text
    caption = _caption(page)
    assert "<script>" not in caption and "&lt;script&gt;" in caption
    assert "<script>" not in _title(page)


def test_entity_page_events_have_headers_and_code_labels(client: TestClient) -> None:
    page = client.get("/entities/ent-union").text
    events = page[page.index("<h2>Events") : page.index("<h2>Quotes")]
    assert "<th>CAMEO</th>" in events
    labels = Q.cameo_labels()
    codes = re.findall(r'<span class="code">(\d{3,4})</span>', events)
    assert codes
    for code in codes:
        assert f'<span class="code">{code}</span> {escape(labels[code])}' in events


def test_article_events_panel_labels_codes(client: TestClient) -> None:
    page = client.get("/articles/" + "a" * 16).text
    panel = page[page.index("Events in this article") :]
    code = re.search(r'<span class="code">(\d{3,4})</span>', panel)
    assert code is not None
    assert escape(Q.cameo_labels()[code.group(1)]) in panel


def test_article_list_marks_inferred_dates(make_store: Any, webrows: Any) -> None:
    store = make_store(
        [
            webrows.article_result("1" * 16, "Printed.", published="2024-02-01", published_source="metadata"),
            webrows.article_result("2" * 16, "Guessed.", published="2024-03", published_source="inferred"),
        ]
    )
    rows = re.findall(
        r"<tr><td class=\"date\">(.*?)</td>", TestClient(create_app(store)).get("/articles").text
    )
    assert len(rows) == 2
    assert "(inferred)" not in rows[0] and "(inferred)" in rows[1]
