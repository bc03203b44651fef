"""Corpus stages: run once over the row tables after the per-document phase.

Near-duplicates, publication dates for undated articles (then their per-document stages re-run on
the inferred anchor), entity resolution, quote and event merging, the timeline and the report. A
corpus stage that fails becomes an ``errors`` row and the others still run.
"""

from __future__ import annotations

import time
import traceback
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any, TypeVar

from storyline.pipeline import StageStats, process_articles
from storyline.records import Article, Chain, Entity, ErrorRecord, Event, Mention, Quote, TimelineEntry
from storyline.store.sqlite import Store

if TYPE_CHECKING:
    from spacy.language import Language

    from storyline.builder import BuildOptions
    from storyline.corpus import Corpus

R = TypeVar("R", Chain, Mention)

CORPUS_PATH = "(corpus)"  # the `path` of errors raised by corpus stages


def _corpus_error(stage: str, exc: BaseException) -> ErrorRecord:
    tb = traceback.extract_tb(exc.__traceback__)
    where = f" ({tb[-1].filename.rsplit('/', 1)[-1]}:{tb[-1].lineno})" if tb else ""
    return ErrorRecord(path=CORPUS_PATH, stage=stage, message=f"{type(exc).__name__}: {exc}{where}")


def _reanchor_undated(
    store: Store, nlp: Callable[[], Language], corpus: Corpus, stats: StageStats
) -> set[str]:
    """Infer dates for undated articles and re-run their per-document stages on the new anchor.

    Returns the doc_ids whose rows were rewritten; every other article is left in ``corpus`` as the
    store holds it.
    """
    from storyline.time import infer_publication_dates

    undated = {d: a for d, a in corpus.articles.items() if a.published_source in ("unknown", "inferred")}
    if not undated:
        return set()
    for doc_id, art in undated.items():  # previous inferences are redone from scratch
        corpus.articles[doc_id] = replace(
            art, published=None, published_source="unknown", published_evidence=None
        )
    inferred = infer_publication_dates(corpus)
    changed: list[Article] = []
    for doc_id, art in undated.items():
        value, evidence = inferred.get(doc_id, (None, None))
        if value == art.published:
            corpus.articles[doc_id] = art  # unchanged: back to the stored row
            continue
        if value is None:
            changed.append(replace(art, published=None, published_source="unknown", published_evidence=None))
        else:
            changed.append(
                replace(art, published=value, published_source="inferred", published_evidence=evidence)
            )
    if changed:
        store.write_results(list(process_articles(nlp(), changed, stats)))
    return {a.doc_id for a in changed}


def _relinked(now: list[R], loaded: list[R], links: list[str | None]) -> list[R]:
    """The rows of ``now`` whose entity_id is no longer the ``links`` value read with ``loaded``
    (all of them when resolution replaced the list instead of filling it in)."""
    if now is not loaded or len(now) != len(links):
        return now
    return [row for row, before in zip(now, links, strict=True) if row.entity_id != before]


def run_corpus_stages(
    store: Store, nlp: Callable[[], Language], stats: StageStats, opts: BuildOptions
) -> None:
    """Near-duplicates, date inference, entity resolution, merges, timeline and report.

    ``nlp`` loads the model on first call: only re-anchoring undated articles needs it.
    """
    errors: list[ErrorRecord] = []
    store.conn.execute("DELETE FROM errors WHERE path = ?", (CORPUS_PATH,))
    store.conn.commit()

    def timed(stage: str, fn: Callable[[], Any], default: Any) -> Any:
        t = time.perf_counter()
        try:
            return fn()
        except Exception as exc:  # a corpus stage failing leaves the others' results intact
            errors.append(_corpus_error(stage, exc))
            stats.errors[stage] += 1
            return default
        finally:
            stats.seconds[stage] += time.perf_counter() - t

    corpus = store.load_corpus(with_corpus_tables=False)

    deduped: list[Article] = []  # the articles dedupe rewrote with new duplicate links

    def dedupe() -> None:
        from storyline.clean import mark_near_duplicates

        ordered = sorted(corpus.articles.values(), key=lambda a: (a.published or "9999", a.doc_id))
        dups = mark_near_duplicates(ordered)
        updates = [
            replace(a, duplicate_of=dups.get(a.doc_id))
            for a in corpus.articles.values()
            if a.duplicate_of != dups.get(a.doc_id)
        ]
        if updates:
            store.update_articles(updates)
            deduped.extend(updates)
            # anchoring writes back the articles it re-dates: with their new duplicate links
            corpus.articles.update((a.doc_id, a) for a in updates)

    # Afterwards the corpus is brought to what the store holds without reading the whole store again.
    failed_before = len(errors)
    timed("dedupe", dedupe, None)
    rewritten = timed("anchor", lambda: _reanchor_undated(store, nlp, corpus, stats), None)
    if rewritten is None or len(errors) > failed_before:  # memory and store may disagree: read all
        corpus = store.load_corpus(with_corpus_tables=False)
    else:
        corpus.articles.update((a.doc_id, a) for a in deduped if a.doc_id not in rewritten)
        store.reload_documents(corpus, rewritten)

    def resolve() -> list[Entity]:
        from storyline.entities import resolve_entities

        return resolve_entities(corpus)

    def quotes() -> list[Quote]:
        from storyline.quotes import merge_quotes

        return merge_quotes(corpus)

    def events() -> list[Event]:
        from storyline.events import merge_events

        return merge_events(corpus)

    def story() -> list[TimelineEntry]:
        from storyline.story import build_timeline

        return build_timeline(corpus)

    chains, mentions = corpus.chains, corpus.mentions
    chain_links = [c.entity_id for c in chains]
    mention_links = [m.entity_id for m in mentions]
    chain_types = [c.ent_type for c in chains]
    corpus.entities = timed("resolve", resolve, [])
    # resolution retypes person chains the corpus shows to be places: store those rows whole
    retyped = {(c.doc_id, c.chain_id) for c, t in zip(chains, chain_types, strict=True) if c.ent_type != t}
    if retyped:
        store.rewrite_rows(
            [c for c in chains if (c.doc_id, c.chain_id) in retyped],
            [m for m in mentions if (m.doc_id, m.chain_id) in retyped],
        )
    # only the links resolution changed: on a rebuild most stay as stored
    store.update_links(
        _relinked(corpus.chains, chains, chain_links), _relinked(corpus.mentions, mentions, mention_links)
    )
    corpus.quotes = timed("merge_quotes", quotes, [])
    corpus.events = timed("merge_events", events, [])
    corpus.timeline = timed("story", story, [])
    store.replace_corpus_tables(corpus.entities, corpus.quotes, corpus.events, corpus.timeline)
    if opts.report:
        from storyline.report import render_report, stored_title

        title = stored_title(store.meta())
        timed("report", lambda: render_report(corpus, store.dir / "report.html", title), None)
    if errors:
        store.write_errors(errors)
