"""Helpers for the events tests: a DocState from hand-written text, run through the earlier stages."""

from __future__ import annotations

from typing import Any

import pytest

from storyline.events.coder import Found, SentenceCoder
from storyline.events.lexicon import lexicon
from storyline.records import Article, Block


def _run_optional(stage: str, state: Any) -> None:
    mod, fn = stage.split(":")
    try:
        func = getattr(__import__(mod, fromlist=[fn]), fn)
    except Exception:  # a stage being rewritten must not hide what this stage does
        return  # that stage is not written yet: the events stage falls back on its own
    func(state)


@pytest.fixture(scope="module")
def make_state(nlp: Any) -> Any:
    from storyline.nlp import parse_article

    def build(
        body: str, published: str | None = None, heading: str | None = None, doc_id: str = "doc1"
    ) -> Any:
        parts: list[tuple[str, str]] = []
        if heading:
            parts.append((heading, "heading"))
        parts.append((body, "body"))
        text, blocks, pos = "", [], 0
        for chunk, kind in parts:
            if text:
                text += "\n\n"
                pos += 2
            blocks.append(Block(pos, pos + len(chunk), kind))  # type: ignore[arg-type]
            text += chunk
            pos += len(chunk)
        art = Article(doc_id=doc_id, source_path="test", text=text, blocks=blocks, published=published)
        if published:
            art.published_source = "explicit"
        state = parse_article(nlp, art)
        _run_optional("storyline.time:tag_timexes", state)
        _run_optional("storyline.entities:find_mentions", state)
        return state

    return build


@pytest.fixture(scope="module")
def code(nlp: Any) -> Any:
    """Code every sentence of a text with the packaged lexicon."""
    coder = SentenceCoder(lexicon())

    def run(text: str) -> list[Found]:
        doc = nlp(text)
        return [f for s in doc.sents for f in coder.code(s)]

    return run
