"""The ordered default pipeline: per-document stages, then corpus stages.

A per-document stage is a name plus a function that reads and extends a ``DocState``. The
executor decides where the stages run; a stage that raises on one document becomes an ``errors``
row for that document and the later stages still run on what the earlier ones produced.
"""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from storyline.nlp.parse import parse_article, parser_text
from storyline.records import Article, DocResult, document_error
from storyline.state import DocState

if TYPE_CHECKING:
    from spacy.language import Language

StageFn = Callable[[DocState], None]


@dataclass(frozen=True, slots=True)
class DocStage:
    name: str
    requires: tuple[str, ...]
    provides: tuple[str, ...]
    run: StageFn


def _time(state: DocState) -> None:
    from storyline.time import tag_timexes

    tag_timexes(state)


def _mentions(state: DocState) -> None:
    from storyline.entities import find_mentions

    find_mentions(state)


def _quotes(state: DocState) -> None:
    from storyline.quotes import find_quotes
    from storyline.time.quoted_days import reanchor_quoted_days

    find_quotes(state)
    reanchor_quoted_days(state)  # "last night" in words said on an earlier day counts from that day


def _events(state: DocState) -> None:
    from storyline.events import find_events

    find_events(state)


DOC_STAGES: tuple[DocStage, ...] = (
    DocStage("time", ("sentences",), ("timexes",), _time),
    DocStage("mentions", ("sentences",), ("mentions", "chains"), _mentions),
    DocStage("quotes", ("sentences", "mentions", "timexes"), ("quotes",), _quotes),
    DocStage("events", ("sentences", "mentions", "timexes", "quotes"), ("events",), _events),
)


@dataclass
class StageStats:
    """Per-stage seconds and error counts for the run summary and the manifest."""

    seconds: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    errors: Counter[str] = field(default_factory=Counter)


def run_doc_stages(state: DocState, stats: StageStats | None = None) -> DocResult:
    for stage in DOC_STAGES:
        t0 = time.perf_counter()
        try:
            stage.run(state)
        except Exception as exc:  # one document's failure must not stop the run
            state.errors.append(document_error(state.article, stage.name, exc))
            if stats:
                stats.errors[stage.name] += 1
        if stats:
            stats.seconds[stage.name] += time.perf_counter() - t0
    return state.result()


def process_articles(
    nlp: Language, articles: Sequence[Article], stats: StageStats | None = None, batch_size: int = 16
) -> Iterator[DocResult]:
    """Parse a batch with ``nlp.pipe`` and run the per-document stages on each article."""
    texts = [parser_text(a.text) for a in articles]
    t0 = time.perf_counter()
    try:
        docs = list(nlp.pipe(texts, batch_size=batch_size))
    except Exception:
        docs = []  # fall back to one-by-one so a single bad text only fails itself
    if stats:
        stats.seconds["nlp"] += time.perf_counter() - t0
    for i, article in enumerate(articles):
        t1 = time.perf_counter()
        try:
            state = parse_article(nlp, article, docs[i] if docs else None)
        except Exception as exc:
            if stats:
                stats.errors["nlp"] += 1
            yield DocResult(article=article, errors=[document_error(article, "nlp", exc)])
            continue
        if stats and not docs:
            stats.seconds["nlp"] += time.perf_counter() - t1
        yield run_doc_stages(state, stats)


def batched(items: Iterable[Article], n: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for item in items:
        batch.append(item)
        if len(batch) >= n:
            yield batch
            batch = []
    if batch:
        yield batch
