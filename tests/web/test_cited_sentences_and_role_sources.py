"""Judged on the web app over unseen news (session 19): two links to one article in one list read
alike unless they name their sentence (the report names it), and a person's role on an entity page
said neither when it was reported nor which article gave it (the report says the day)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from starlette.testclient import TestClient

from storyline.records import Entity, Quote, QuoteMention, Role
from storyline.web import create_app

_TEXT = (
    "Veloria and Orvik meet.\n\n"
    "Premier Dana Kastan met the Orvik envoy in Port Alder on Tuesday. "
    "The talks lasted four hours. Kastan later met the envoy again over dinner."
)


def _store(make_store: Any, w: Any) -> Path:
    doc = w.article_result(
        "d" * 16, _TEXT, title="Veloria and Orvik meet", outlet="Alder Ledger", published="2031-05-04"
    )
    other = w.article_result(
        "e" * 16,
        "Kastan returns.\n\nKastan flew home to Veloria.",
        outlet="Marren Post",
        published="2031-05-06",
    )
    kastan = Entity(
        "ent-kastan",
        "Dana Kastan",
        "PERSON",
        doc_ids=[doc.article.doc_id, other.article.doc_id],
        mention_count=3,
        roles=[Role("Premier", evidence_doc_id=doc.article.doc_id, reported="2031-05-04")],
    )
    twice = w.event(
        "ev-twice",
        w.cite(doc, 1),
        date="2031-05-03",
        source_entity_id="ent-kastan",
        source_name="Dana Kastan",
        target_name="the Orvik envoy",
        summary="Dana Kastan met the Orvik envoy",
        sources=[w.cite(doc, 1), w.cite(doc, 3)],
    )
    once = w.event(
        "ev-once",
        w.cite(other, 1),
        date="2031-05-06",
        source_entity_id="ent-kastan",
        source_name="Kastan",
        summary="Kastan flew home",
    )
    return make_store([doc, other], entities=[kastan], events=[twice, once])


def _row(page: str, words: str) -> str:
    row = next((r for r in re.findall(r"<tr.*?</tr>", page, re.DOTALL) if words in r), None)
    assert row is not None, f"no row with {words!r}"
    return row


def test_two_links_to_one_article_name_their_sentences(make_store: Any, webrows: Any) -> None:
    client = TestClient(create_app(_store(make_store, webrows)))
    for page in (client.get("/events").text, client.get("/entities/ent-kastan").text):
        row = _row(page, "met the Orvik envoy")
        assert "Alder Ledger</bdi>, <time>2031-05-04</time> · sentence 2</a>" in row
        assert "Alder Ledger</bdi>, <time>2031-05-04</time> · sentence 4</a>" in row
        # a single link to an article needs no sentence number
        assert "sentence" not in _row(page, "flew home")


def test_a_role_says_when_it_was_reported_and_links_its_article(make_store: Any, webrows: Any) -> None:
    page = TestClient(create_app(_store(make_store, webrows))).get("/entities/ent-kastan").text
    roles = page.split("<h2>Roles</h2>", 1)[1].split("</ul>", 1)[0]
    assert "Premier" in roles
    assert "first reported 2031-05-04" in roles
    assert f'href="/articles/{"d" * 16}"' in roles and "Alder Ledger" in roles


_SAID = (
    "Port Alder budget.\n\n"
    "Mayor Ines Okafor said the harbour fund would run dry by winter. "
    "Okafor told the council that she would not sign any budget that closes the night ferry, that the "
    "ferry is the only way home for the shift workers of the eastern quays and that nobody elected her "
    "to strand them there after dark, whatever the auditors in Kastan may say about the cost of it."
)


def _said_store(make_store: Any, w: Any) -> Path:
    doc = w.article_result("f" * 16, _SAID, outlet="Marren Post", published="2031-06-01")
    text = doc.article.text
    paraphrase = "the harbour fund would run dry by winter"
    long_words = text[text.index("she would not sign") : text.rindex(".")]
    assert len(long_words) > 160
    doc.quotes = [
        QuoteMention(
            doc.article.doc_id,
            0,
            paraphrase,
            text.index(paraphrase),
            text.index(paraphrase) + len(paraphrase),
            1,
            "indirect",
            cue="said",
            speaker_name="Ines Okafor",
        ),
        QuoteMention(
            doc.article.doc_id,
            1,
            long_words,
            text.index(long_words),
            text.index(long_words) + len(long_words),
            2,
            "direct",
            cue="told",
            speaker_name="Okafor",
        ),
    ]
    okafor = Entity("ent-okafor", "Ines Okafor", "PERSON", doc_ids=[doc.article.doc_id], mention_count=2)
    quote = Quote(
        "q-fund",
        paraphrase,
        "indirect",
        "ent-okafor",
        "Ines Okafor",
        "said",
        sources=[w.cite(doc, 1, paraphrase)],
    )
    return make_store([doc], entities=[okafor], quotes=[quote])


def test_a_paraphrase_is_tagged_and_never_in_quotation_marks(make_store: Any, webrows: Any) -> None:
    client = TestClient(create_app(_said_store(make_store, webrows)))
    for page in (
        client.get("/quotes").text,
        client.get("/entities/ent-okafor").text,
        client.get(f"/articles/{'f' * 16}").text,
    ):
        assert ">paraphrase</span> <bdi>the harbour fund would run dry by winter</bdi>" in page
        assert "“<bdi>the harbour fund" not in page


def test_a_shortened_quotation_ends_on_a_whole_word_with_an_ellipsis(make_store: Any, webrows: Any) -> None:
    page = TestClient(create_app(_said_store(make_store, webrows))).get(f"/articles/{'f' * 16}").text
    shown = re.search(r"“<bdi>(she would not sign[^<]*)</bdi>”", page)
    assert shown is not None
    words = shown.group(1)
    assert words.endswith("…") and len(words) <= 160
    assert _SAID.find(words[:-1] + " ") >= 0, "the shortened words must end where a word ends"


def test_a_week_dated_act_is_placed_by_its_first_report_as_in_the_report(
    make_store: Any, webrows: Any
) -> None:
    """An ISO week is no calendar month: the relations page counted such an act "without a month"
    even when asked to place undated acts by their first report, while the report's table put it
    in the month first reported."""
    doc = webrows.article_result("9" * 16, "Kastan met Orvik. Talks went on.", published="2031-05-09")

    def act(event_id: str, date: str | None) -> Any:
        return webrows.event(
            event_id,
            webrows.cite(doc, 0),
            date=date,
            source_entity_id="ent-kastan",
            source_name="Kastan",
            target_entity_id="ent-orvik",
            target_name="Orvik",
            summary="Kastan met Orvik",
            first_reported="2031-05-09",
        )

    store = make_store([doc], events=[act("w1", "2031-W19"), act("w2", "2031-04-28")])
    client = TestClient(create_app(store))
    (plain,) = client.get("/api/dyads").json()["dyads"]
    assert (plain["events"], plain["undated"]) == (2, 1)
    (placed,) = client.get("/api/dyads?by_report=1").json()["dyads"]
    assert placed["undated"] == 0
    assert [(s["month"], s["events"]) for s in placed["series"]] == [("2031-04", 1), ("2031-05", 1)]


def test_a_week_dated_act_is_in_the_period_it_was_first_reported(make_store: Any, webrows: Any) -> None:
    doc = webrows.article_result("8" * 16, "Kastan met Orvik. Talks went on.", published="2031-05-09")
    week = webrows.event(
        "w1",
        webrows.cite(doc, 0),
        date="2031-W19",
        source_entity_id="ent-kastan",
        source_name="Kastan",
        summary="Kastan met Orvik",
        first_reported="2031-05-09",
    )
    client = TestClient(create_app(make_store([doc], events=[week])))
    assert client.get("/api/events?start=2031-05&end=2031-05&by_report=1").json()["total"] == 1
    # without by_report a date filter keeps only acts dated in the range, as before
    assert client.get("/api/events?start=2031-05&end=2031-05").json()["total"] == 0


def test_a_coded_side_reads_alike_on_every_page(make_store: Any, webrows: Any) -> None:
    """A side known only by its actor code is named by the words of that pair's own acts: the
    relations page named it by the words of every pair's acts ("the army (MIL)" for Kastan's pair,
    whose one act was with "the guards") and the pair's event list echoed the bare code."""
    doc = webrows.article_result(
        "7" * 16,
        "Kastan inspected the guards. Orvik paid the army. Marren thanked the army.",
        published="2031-07-01",
    )
    people = [
        Entity(f"ent-{n.lower()}", n, "PERSON", doc_ids=[doc.article.doc_id])
        for n in ("Kastan", "Orvik", "Marren")
    ]

    def act(event_id: str, sentence: int, source: str, words: str) -> Any:
        return webrows.event(
            event_id,
            webrows.cite(doc, sentence),
            date="2031-06-30",
            source_entity_id=f"ent-{source.lower()}",
            source_name=source,
            target_name=words,
            target_actor_code="MIL",
            summary=f"{source} met {words}",
        )

    events = [
        act("m1", 0, "Kastan", "the guards"),
        act("m2", 1, "Orvik", "the army"),
        act("m3", 2, "Marren", "the army"),
    ]
    client = TestClient(create_app(make_store([doc], entities=people, events=events)))
    assert [p["label"] for p in client.get("/api/entities/ent-kastan").json()["pairs"]] == [
        "the guards (MIL)"
    ]
    # a pair's sides come in key order: a code before an entity id
    pairs = {(d["a_label"], d["b_label"]) for d in client.get("/api/dyads").json()["dyads"]}
    assert pairs == {
        ("the guards (MIL)", "Kastan"),
        ("the army (MIL)", "Orvik"),
        ("the army (MIL)", "Marren"),
    }
    caption = client.get("/events?dyad=ent-kastan,MIL").text
    assert (
        'Between <a href="/entities/ent-kastan"><bdi>Kastan</bdi></a> and <bdi>the guards (MIL)</bdi>'
        in caption
    )


def test_an_entity_page_says_when_an_undated_act_was_first_reported(make_store: Any, webrows: Any) -> None:
    """The event list said when an undated act was first reported; the entity page said only "undated"."""
    doc = webrows.article_result("6" * 16, "Kastan met Orvik. Talks went on.", published="2031-08-02")
    ev = webrows.event(
        "u1",
        webrows.cite(doc, 0),
        source_entity_id="ent-kastan",
        source_name="Kastan",
        summary="Kastan met Orvik",
        first_reported="2031-08-02",
    )
    kastan = Entity("ent-kastan", "Kastan", "PERSON", doc_ids=[doc.article.doc_id], mention_count=1)
    client = TestClient(create_app(make_store([doc], entities=[kastan], events=[ev])))
    for page in (client.get("/events").text, client.get("/entities/ent-kastan").text):
        assert "undated<br><small>first reported 2031-08-02</small>" in _row(page, "Kastan met Orvik")


def test_a_search_hit_tags_a_paraphrase_as_the_quote_list_does(make_store: Any, webrows: Any) -> None:
    client = TestClient(create_app(_said_store(make_store, webrows)))
    hit = client.get("/api/search?q=harbour&kind=quotes").json()["results"]["quotes"][0]
    assert hit["quote_kind"] == "indirect"
    page = client.get("/search?q=harbour&kind=quotes").text
    assert '>paraphrase</span> <span class="snippet">the <mark>harbour</mark> fund' in page
    assert "“the <mark>harbour" not in page


def test_an_unattributed_undated_quote_says_so_in_the_list_and_in_search(
    make_store: Any, webrows: Any
) -> None:
    doc = webrows.article_result(
        "a" * 16,
        "Orvik ferry.\n\nThe ferry to Orvik will sail again, a notice at the quay said.",
        outlet="Marren Post",
    )
    words = "The ferry to Orvik will sail again"
    quote = Quote("q-notice", words, "direct", None, None, "said", sources=[webrows.cite(doc, 1, words)])
    client = TestClient(create_app(make_store([doc], quotes=[quote])))
    listed = client.get("/quotes").text
    assert "<bdi>unattributed</bdi>" in listed and "(said), undated" in listed
    hit = client.get("/search?q=sail&kind=quotes").text
    assert "— <bdi>unattributed</bdi>, undated" in hit
