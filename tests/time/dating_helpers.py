"""Shared by the event-dating tests: parse invented text and ask ``date_for_span`` about a word."""

from __future__ import annotations

from typing import Any

from storyline.nlp.parse import parse_article
from storyline.records import Article, Block, BlockKind
from storyline.state import DocState
from storyline.time import date_for_span, tag_timexes


def parsed(nlp: Any, text: str, published: str | None, heading: str | None = None) -> DocState:
    """The text (paragraphs split at blank lines, under an optional heading) parsed and time-tagged."""
    parts: list[tuple[str, BlockKind]] = [(heading, "heading")] if heading is not None else []
    parts += [(p, "body") for p in text.split("\n\n")]
    blocks, pos = [], 0
    for part, kind in parts:
        blocks.append(Block(pos, pos + len(part), kind))
        pos += len(part) + 2
    full = "\n\n".join(p for p, _ in parts)
    art = Article(doc_id="t", source_path="t", text=full, blocks=blocks, published=published)
    st = parse_article(nlp, art)
    tag_timexes(st)
    return st


def date_of(st: DocState, word: str, nth: int = 0) -> tuple[str | None, str | None]:
    """The date of the clause at the nth occurrence of ``word``."""
    idx = -1
    for _ in range(nth + 1):
        idx = st.article.text.index(word, idx + 1)
    return date_for_span(st, st.sentence_index(idx), idx)
