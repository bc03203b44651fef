"""An event hit says who acted on whom: its words are often the act alone."""

from __future__ import annotations

from typing import Any

from starlette.testclient import TestClient

from storyline.records import Entity
from storyline.web import create_app


def test_event_hits_name_their_source_and_target(make_store: Any, webrows: Any) -> None:
    a = webrows.article_result(
        "a1" * 8,
        "Kastan placed new tariffs on Veloria on Monday.",
        title="Tariff row",
        outlet="Port Alder Post",
        published="2025-03-03",
    )
    kastan = Entity("ent-kastan", "Kastan", "GPE", doc_ids=["a1" * 8])
    ev = webrows.event(
        "t1",
        webrows.cite(a, 0),
        source_entity_id="ent-kastan",
        source_name="Kastan",
        target_name="Veloria",
        summary="new tariffs on Veloria",
        cameo_code="163",
        cameo_root="16",
    )
    client = TestClient(create_app(make_store([a], entities=[kastan], events=[ev])))
    hit = client.get("/api/search", params={"q": "tariffs", "kind": "events"}).json()["results"]["events"][0]
    assert (hit["source_name"], hit["source_entity_id"], hit["target_name"]) == (
        "Kastan",
        "ent-kastan",
        "Veloria",
    )
    page = client.get("/search", params={"q": "tariffs", "kind": "events"}).text
    sides = page.split('class="sides">', 1)[1].split("</span>", 1)[0]
    assert 'href="/entities/ent-kastan"' in sides and "Veloria" in sides
