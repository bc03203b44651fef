"""A quote or event hit shows the quoted words or the event's summary alone, says who and where,
and can still be found by the speaker's or the actors' names."""

from __future__ import annotations

from pathlib import Path

import pytest
from markupsafe import escape
from starlette.testclient import TestClient

from storyline.web import create_app
from storyline.web import queries as Q


@pytest.fixture
def client(demo_store: Path) -> TestClient:
    return TestClient(create_app(demo_store))


def test_quote_found_by_its_speaker_shows_only_the_quoted_words(client: TestClient) -> None:
    hits = client.get("/api/search?q=mayor&kind=quotes").json()["results"]["quotes"]
    assert [h["ref"] for h in hits] == ["q1"]
    # the speaker's name is searched, not glued onto the end of what the speaker said
    assert hits[0]["snippet"] == "We will reopen the pier,"
    assert hits[0]["speaker_name"] == "the mayor"


def test_event_found_by_an_actor_shows_its_summary_alone(client: TestClient) -> None:
    hits = client.get("/api/search?q=offer&kind=events").json()["results"]["events"]
    assert [h["ref"] for h in hits] == ["e2"]
    assert hits[0]["snippet"] == "Ferry union rejected the offer"
    by_actor = client.get("/api/search?q=Easthaven&kind=events").json()["results"]["events"]
    assert {h["ref"] for h in by_actor} == {"e1", "e2"}  # e2 names the mayor only as its target


def test_quote_and_event_hits_name_the_reporting_article(client: TestClient) -> None:
    quote = client.get("/api/search?q=pier&kind=quotes").json()["results"]["quotes"][0]
    assert (quote["outlet"], quote["published"], quote["title"]) == (
        "Harbour Tribune",
        "2024-03-04",
        "Harbour talks resume",
    )
    event = client.get("/api/search?q=strike&kind=events").json()["results"]["events"][0]
    assert event["outlet"] == "Coastwatch"
    page = client.get("/search?q=strike&kind=events").text
    assert "Coastwatch" in page
    assert f"CAMEO 081 {escape(Q.cameo_labels()['081'])}" in page  # the code's label follows it


def test_a_quote_hit_in_the_speakers_words_is_in_quotation_marks(client: TestClient) -> None:
    hit = client.get("/api/search?q=pier&kind=quotes").json()["results"]["quotes"][0]
    assert hit["quote_kind"] != "indirect"
    page = client.get("/search?q=pier&kind=quotes").text
    assert '<span class="snippet">“We will reopen the <mark>pier</mark>,”</span>' in page
    assert ">paraphrase</span>" not in page
