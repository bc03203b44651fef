"""A side told by a stray mark names no actor, and an entity's aliases read once each."""

from __future__ import annotations

from typing import Any

from starlette.testclient import TestClient

from storyline.pairs import side_key
from storyline.records import Entity
from storyline.web import create_app
from storyline.web.render import other_names


def test_a_side_of_punctuation_alone_is_unknown() -> None:
    assert side_key(None, None, ".", {}) is None
    assert side_key(None, None, " - ", {}) is None
    assert side_key(None, "COP", ".", {}) == "COP"  # its code still says who
    assert side_key(None, None, "the Orvik port", {}) == "the Orvik port"


def test_a_pair_with_a_punctuation_side_is_no_relation(make_store: Any, webrows: Any) -> None:
    a = webrows.article_result(
        "e" * 16, "Marren met with the delegation.", title="Visit", published="2025-02-03"
    )
    marren = Entity("ent-marren", "Ada Marren", "PERSON", aliases=["Marren"], doc_ids=["e" * 16])
    ev = webrows.event(
        "m1", webrows.cite(a, 0), source_entity_id="ent-marren", source_name="Marren", target_name="."
    )
    client = TestClient(create_app(make_store([a], entities=[marren], events=[ev])))
    assert client.get("/api/dyads").json()["dyads"] == []
    assert client.get("/api/entities/ent-marren").json()["pairs"] == []


def test_aliases_differing_by_case_or_a_leading_the_read_once() -> None:
    aliases = ["the Delvane Republic", "Delvane", "The Delvane Republic", "delvane", "DR", "the DR"]
    assert other_names(aliases, "Delvane Republic") == ["Delvane", "DR"]
    assert other_names(None, "Delvane") == []


def test_entity_page_lists_each_alias_once(make_store: Any, webrows: Any) -> None:
    a = webrows.article_result("f" * 16, "Veloria spoke.", title="Talk", published="2025-02-03")
    ent = Entity(
        "ent-vel",
        "Veloria",
        "GPE",
        aliases=["the Veloria", "The Veloria", "Velorians' state"],
        doc_ids=["f" * 16],
    )
    page = TestClient(create_app(make_store([a], entities=[ent]))).get("/entities/ent-vel").text
    also = page.split("Also called:", 1)[1].split("</p>", 1)[0]
    assert "Veloria</bdi>" not in also and "Velorians" in also
