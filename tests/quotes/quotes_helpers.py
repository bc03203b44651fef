"""Build parsed documents for quote tests from (block kind, text) pairs written in the test."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from storyline.entities import find_mentions
from storyline.nlp import parse_article
from storyline.quotes import find_quotes
from storyline.records import Article, Block, QuoteMention
from storyline.state import DocState


def make_article(
    parts: Sequence[tuple[str, str]], doc_id: str = "doc1", published: str | None = None
) -> Article:
    text = ""
    blocks: list[Block] = []
    for kind, chunk in parts:
        if text:
            text += "\n\n"
        blocks.append(Block(len(text), len(text) + len(chunk), kind))  # type: ignore[arg-type]
        text += chunk
    return Article(doc_id=doc_id, source_path=f"{doc_id}.txt", text=text, blocks=blocks, published=published)


def parse(nlp: Any, parts: Sequence[tuple[str, str]], **kw: Any) -> DocState:
    return parse_article(nlp, make_article(parts, **kw))


def body(*paragraphs: str) -> list[tuple[str, str]]:
    return [("body", p) for p in paragraphs]


def run(nlp: Any, *paragraphs: str) -> list[QuoteMention]:
    """The quotes found in body paragraphs (mentions first, as the pipeline runs them)."""
    state = parse(nlp, body(*paragraphs))
    find_mentions(state)
    find_quotes(state)
    assert state.errors == []
    return state.quotes


def holding(quotes: list[QuoteMention], words: str) -> QuoteMention:
    """The first quote whose text holds ``words`` (the test fails, listing the quotes, when none does)."""
    found = [q for q in quotes if words in q.text]
    assert found, [q.text for q in quotes]
    return found[0]


def texts(quotes: list[QuoteMention]) -> list[str]:
    return [q.text for q in quotes]
