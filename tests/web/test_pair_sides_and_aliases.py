"""A side told by a stray mark names no actor, and an entity's aliases read once each."""

from __future__ import annotations

from collections import Counter
from typing import Any

from starlette.testclient import TestClient

from storyline.pairs import code_label, side_key
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


def test_a_coded_side_keeps_the_capitals_of_the_names_it_was_told_by() -> None:
    # counted without case, shown as written in its most used spelling
    told = Counter({"the Kastan guard": 2, "Police": 1, "police": 2})
    assert code_label("COP", told) == "police (COP)"  # 3 told it so, against 2
    assert code_label("GOV", Counter({"three Okafor aides": 2})) == "three Okafor aides (GOV)"
    assert code_label("GOV", None) is None


def test_relations_name_a_coded_side_with_its_capitals(make_store: Any, webrows: Any) -> None:
    a = webrows.article_result(
        "f" * 16, "Marren charged two Okafor aides.", title="Charges", published="2025-02-03"
    )
    marren = Entity("ent-marren", "Ada Marren", "PERSON", aliases=["Marren"], doc_ids=["f" * 16])
    ev = webrows.event(
        "m2",
        webrows.cite(a, 0),
        source_entity_id="ent-marren",
        source_name="Marren",
        target_name="two Okafor aides",
        target_actor_code="GOV",
    )
    client = TestClient(create_app(make_store([a], entities=[marren], events=[ev])))
    labels = {d["b_label"] for d in client.get("/api/dyads").json()["dyads"]} | {
        d["a_label"] for d in client.get("/api/dyads").json()["dyads"]
    }
    assert "two Okafor aides (GOV)" in labels


def test_a_pairs_event_list_says_which_acts_the_relations_left_out(make_store: Any, webrows: Any) -> None:
    a = webrows.article_result(
        "d" * 16, "Marren met Okafor. Marren did not meet Delvane.", title="Talks", published="2025-02-03"
    )
    marren = Entity("ent-marren", "Ada Marren", "PERSON", doc_ids=["d" * 16])
    okafor = Entity("ent-okafor", "Ines Okafor", "PERSON", doc_ids=["d" * 16])
    sides = dict(
        source_entity_id="ent-marren",
        source_name="Marren",
        target_entity_id="ent-okafor",
        target_name="Okafor",
    )
    met = webrows.event("m3", webrows.cite(a, 0), **sides)
    not_met = webrows.event("m4", webrows.cite(a, 0), modality="negated", **sides)
    client = TestClient(create_app(make_store([a], entities=[marren, okafor], events=[met, not_met])))
    assert [d["events"] for d in client.get("/api/dyads").json()["dyads"]] == [1]
    listed = client.get("/events?dyad=ent-marren,ent-okafor").text
    assert "1–2 of 2" in listed
    assert "1 of them is negated" in listed
    # a list that already leaves them out has nothing to explain
    assert "of them is negated" not in client.get("/events?dyad=ent-marren,ent-okafor&modality=asserted").text
