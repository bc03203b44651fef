"""The web app names an untitled article by its opening words, marked as no headline, in every list
that links to it (articles, an actor's articles, search hits) and in the reader's page title."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from storyline.records import Entity
from storyline.web import create_app

_LEAD = "Ferry crews in Port Alder refused to sail on Tuesday after the Orvik harbour board cut their wages again."
_LABEL = "Untitled: Ferry crews in Port Alder refused to sail on Tuesday after the …"


@pytest.fixture
def client(tmp_path: Path, webrows: Any) -> TestClient:
    untitled = webrows.article_result(
        "u1", _LEAD + "\n\nThe board said it had no money left.", published="2031-04-01"
    )
    titled = webrows.article_result(
        "t1", "Kastan praised the crews.", title="Kastan backs crews", published="2031-04-02"
    )
    crews = Entity(
        entity_id="ent-board",
        name="Orvik harbour board",
        type="ORG",
        aliases=["Orvik harbour board"],
        mention_count=1,
        doc_ids=["u1"],
    )
    store = webrows.write_store(tmp_path / "store", [untitled, titled], [crews])
    return TestClient(create_app(store))


def test_article_list_labels_an_untitled_article_by_its_opening(client: TestClient) -> None:
    page = client.get("/articles").text
    assert f'<a href="/articles/u1"><bdi>{_LABEL}</bdi></a>' in page
    assert '<a href="/articles/t1"><bdi>Kastan backs crews</bdi></a>' in page
    rows = {a["doc_id"]: a for a in client.get("/api/articles").json()["articles"]}
    assert rows["u1"]["title"] is None and rows["u1"]["label"] == _LABEL  # the API keeps the title as given


def test_reader_and_actor_pages_label_an_untitled_article(client: TestClient) -> None:
    title = re.search(r"<title>(.*?)</title>", client.get("/articles/u1").text, re.DOTALL)
    assert title is not None and _LABEL in title.group(1)
    assert f"<bdi>{_LABEL}</bdi>" in client.get("/entities/ent-board").text


def test_search_hit_labels_an_untitled_article(client: TestClient) -> None:
    page = client.get("/search?q=wages").text
    assert f"<bdi>{_LABEL}</bdi>" in page
