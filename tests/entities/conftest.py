"""Helpers for entity tests: hand-written articles parsed with the shared spaCy model."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from storyline.entities import find_mentions, load_registry
from storyline.nlp.parse import parse_article
from storyline.records import Article, Block, BlockKind
from storyline.state import DocState


def build_article(
    paragraphs: list[str | tuple[str, BlockKind]], doc_id: str, published: str | None
) -> Article:
    parts: list[tuple[str, BlockKind]] = [(p, "body") if isinstance(p, str) else p for p in paragraphs]
    blocks: list[Block] = []
    pos = 0
    for text, kind in parts:
        blocks.append(Block(pos, pos + len(text), kind))
        pos += len(text) + 2
    text = "\n\n".join(t for t, _ in parts)
    return Article(doc_id=doc_id, source_path=f"{doc_id}.txt", text=text, blocks=blocks, published=published)


@pytest.fixture(scope="session")
def analyse(nlp) -> Callable[..., DocState]:  # type: ignore[no-untyped-def]
    """Parse hand-written paragraphs and run the entities stage on them."""

    def run(
        paragraphs: list[str | tuple[str, BlockKind]],
        doc_id: str = "d1",
        published: str | None = "2005-06-01",
    ) -> DocState:
        state = parse_article(nlp, build_article(paragraphs, doc_id, published))
        find_mentions(state)
        return state

    return run


@pytest.fixture()
def kastania(tmp_path: Path) -> Iterator[None]:
    """An invented country with its demonym in the registry for one test (modules needing more rows define
    their own)."""
    extra = tmp_path / "actors.yaml"
    extra.write_text("countries:\n  - {code: XKS, name: Kastania, demonyms: [Kastani]}\n", encoding="utf-8")
    load_registry(extra)
    yield
    load_registry()
