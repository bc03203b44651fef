"""Stores for the web tests, written row by row (no NLP) so each test controls every field."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest

from storyline.records import (
    Article,
    Block,
    Chain,
    Citation,
    DocResult,
    Entity,
    Event,
    EventMention,
    Mention,
    Quote,
    QuoteMention,
    Sentence,
    TimelineEntry,
)
from storyline.store import Store

HOSTILE_TITLE = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned=1">'
HOSTILE_BODY = (
    "Officials met <script>window.__pwned = 1; alert(1)</script> in the harbour town.\n\n"
    '<img src=x onerror="window.__pwned=2"> The <a href="javascript:window.__pwned=3">council</a> voted.\n\n'
    "Reversed \u202eredro deppilf\u202c text and an isolate \u2067start without end.\n\n"
    + "A"
    * 20000
    + "\n\n"
    '" onmouseover="window.__pwned=4" x=" and </textarea></title></style> closing tags.'
)


def blocks_and_sentences(doc_id: str, text: str) -> tuple[list[Block], list[Sentence]]:
    blocks, sents, pos = [], [], 0
    for part in text.split("\n\n"):
        start, end = pos, pos + len(part)
        blocks.append(Block(start, end, "body"))
        for m in re.finditer(r"[^.!?]+[.!?]?", part):
            if m.group().strip():
                a = start + m.start() + (len(m.group()) - len(m.group().lstrip()))
                sents.append(Sentence(doc_id, len(sents), a, start + m.end()))
        pos = end + 2
    return blocks, sents


def article_result(doc_id: str, text: str, **meta: object) -> DocResult:
    blocks, sents = blocks_and_sentences(doc_id, text)
    art = Article(doc_id=doc_id, source_path=f"{doc_id}.txt", text=text, blocks=blocks, **meta)  # type: ignore[arg-type]
    return DocResult(article=art, sentences=sents)


def cite(res: DocResult, sentence: int, word: str | None = None) -> Citation:
    s = res.sentences[sentence]
    text = res.article.text
    if word:
        i = text.index(word, s.start)
        return Citation(res.article.doc_id, sentence, i, i + len(word))
    return Citation(res.article.doc_id, sentence, s.start, s.end)


def event(event_id: str, c: Citation, **kw: object) -> Event:
    base: dict[str, object] = dict(
        event_id=event_id,
        date=None,
        date_source=None,
        source_entity_id=None,
        source_name=None,
        source_actor_code=None,
        target_entity_id=None,
        target_name=None,
        target_actor_code=None,
        cameo_code="042",
        cameo_root="04",
        plover_category="CONSULT",
        plover_mode=None,
        goldstein=1.9,
        quad_class=1,
        modality="asserted",
        summary="",
        coded_by="lexicon",
        sources=[c],
        num_sources=1,
        num_documents=1,
    )
    base.update(kw)
    return Event(**base)  # type: ignore[arg-type]


def write_store(
    path: Path,
    results: list[DocResult],
    entities: Sequence[Entity] = (),
    quotes: Sequence[Quote] = (),
    events: Sequence[Event] = (),
    timeline: Sequence[TimelineEntry] = (),
) -> Path:
    store = Store(path)
    store.write_results(results)
    store.replace_corpus_tables(list(entities), list(quotes), list(events), list(timeline))
    store.set_meta(last_build={"documents": len(results)})
    store.close()
    return path


@pytest.fixture
def make_store(tmp_path: Path) -> Callable[..., Path]:
    """make_store(results, entities=..., quotes=..., events=..., timeline=..., name=...) -> store dir."""

    def make(results: list[DocResult], *, name: str = "store", **tables: Any) -> Path:
        return write_store(tmp_path / name, results, **tables)

    return make


def demo_rows(path: Path) -> Path:
    """Two invented articles about a harbour dispute, one hostile article, and corpus rows over them."""
    a = article_result(
        "a" * 16,
        "Harbour talks resume.\n\nThe mayor of Easthaven met the ferry union on Monday. "
        '"We will reopen the pier," the mayor said. The union rejected the offer.',
        title="Harbour talks resume",
        outlet="Harbour Tribune",
        published="2024-03-04",
        url="https://example.org/harbour",
    )
    b = article_result(
        "b" * 16,
        "Strike ends.\n\nThe ferry union agreed to end its strike on Wednesday after new talks with the mayor.",
        title="Strike ends",
        outlet="Coastwatch",
        published="2024-03-06",
    )
    h = article_result(
        "c" * 16,
        HOSTILE_BODY,
        title=HOSTILE_TITLE,
        outlet="<b>Evil</b> \u202eNews",
        published="2024-03-05",
        url="javascript:window.__pwned=5",
        byline='"><script>window.__pwned=6</script>',
    )
    mayor, union = "ent-mayor", "ent-union"
    a.mentions = [
        Mention(
            a.article.doc_id,
            0,
            a.article.text.index("mayor"),
            a.article.text.index("mayor") + 5,
            "mayor",
            1,
            "title",
            "PERSON",
            0,
            entity_id=mayor,
        )
    ]
    a.chains = [Chain(a.article.doc_id, 0, "the mayor of Easthaven", "PERSON", entity_id=mayor)]
    qtext = "We will reopen the pier,"
    qs = a.article.text.index(qtext)
    a.quotes = [
        QuoteMention(
            a.article.doc_id,
            0,
            qtext,
            qs,
            qs + len(qtext),
            2,
            "direct",
            cue="said",
            speaker_chain_id=0,
            speaker_name="the mayor",
        )
    ]
    met = a.article.text.index("met")
    a.events = [
        EventMention(
            a.article.doc_id,
            0,
            1,
            met,
            met + 3,
            "meet",
            "043",
            "CONSULT",
            None,
            2.8,
            1,
            "asserted",
            "lexicon",
            source_name="the mayor",
            target_name="the ferry union",
            summary="the mayor met the ferry union",
        )
    ]
    entities = [
        Entity(
            mayor,
            "Mayor of Easthaven",
            "PERSON",
            actor_code="GOV",
            aliases=["the mayor"],
            doc_ids=[a.article.doc_id, b.article.doc_id],
            mention_count=3,
        ),
        Entity(
            union,
            "Ferry union",
            "ORG",
            aliases=["the union"],
            doc_ids=[a.article.doc_id, b.article.doc_id],
            mention_count=3,
        ),
        Entity(
            "ent-evil",
            HOSTILE_TITLE,
            "ORG",
            aliases=["\u202eevil"],
            doc_ids=[h.article.doc_id],
            mention_count=1,
        ),
    ]
    quotes = [
        Quote(
            "q1",
            qtext,
            "direct",
            speaker_entity_id=mayor,
            speaker_name="the mayor",
            cue="said",
            date="2024-03-04",
            sources=[Citation(a.article.doc_id, 2, qs, qs + len(qtext))],
        )
    ]
    events = [
        event(
            "e1",
            cite(a, 1, "met"),
            date="2024-03-04",
            source_entity_id=mayor,
            source_name="Mayor of Easthaven",
            source_actor_code="GOV",
            target_entity_id=union,
            target_name="Ferry union",
            target_actor_code="LAB",
            cameo_code="043",
            summary="Mayor of Easthaven met Ferry union",
            goldstein=2.8,
        ),
        event(
            "e2",
            cite(a, 3, "rejected"),
            date="2024-03-04",
            source_entity_id=union,
            source_name="Ferry union",
            target_entity_id=mayor,
            target_name="Mayor of Easthaven",
            cameo_code="125",
            cameo_root="12",
            plover_category="REJECT",
            goldstein=-5.0,
            quad_class=3,
            summary="Ferry union rejected the offer",
        ),
        event(
            "e3",
            cite(b, 1, "agreed"),
            date="2024-03-06",
            source_entity_id=union,
            source_name="Ferry union",
            cameo_code="081",
            cameo_root="08",
            plover_category="CONCEDE",
            goldstein=5.0,
            modality="reported",
            summary="Ferry union agreed to end its strike",
        ),
        event(
            "e4",
            cite(h, 1),
            date="2024-03-05",
            source_name=HOSTILE_TITLE,
            summary=HOSTILE_TITLE,
            cameo_code="010",
            cameo_root="01",
        ),
    ]
    timeline = [
        TimelineEntry(
            "2024-03-04",
            "Mayor meets ferry union",
            "The mayor of Easthaven met the ferry union.",
            event_ids=["e1"],
            sources=[cite(a, 1)],
            importance=1.0,
        ),
        TimelineEntry("2024-03-04", "Union rejects offer", "", event_ids=["e2"]),  # cited through its event
        TimelineEntry("2024-03-05", HOSTILE_TITLE, HOSTILE_BODY[:200], sources=[cite(h, 0)]),
        TimelineEntry(
            "2024-03-06",
            "Ferry strike ends",
            "The union agreed to end the strike.",
            event_ids=["e3"],
            sources=[cite(b, 1)],
        ),
    ]
    return write_store(path, [a, b, h], entities, quotes, events, timeline)


@pytest.fixture
def demo_store(tmp_path: Path) -> Path:
    return demo_rows(tmp_path / "store")


class WebRows:
    """The helpers above, for test modules (reached through the ``webrows`` fixture so the tests do
    not depend on conftest being importable by name)."""

    article_result = staticmethod(article_result)
    cite = staticmethod(cite)
    event = staticmethod(event)
    demo_rows = staticmethod(demo_rows)
    write_store = staticmethod(write_store)
    HOSTILE_BODY = HOSTILE_BODY
    HOSTILE_TITLE = HOSTILE_TITLE


@pytest.fixture(scope="session")
def webrows() -> type[WebRows]:
    return WebRows
