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
from typing import TYPE_CHECKING, Any

from storyline.pipeline import StageStats, process_articles
from storyline.records import Article, Entity, ErrorRecord, Event, Quote, TimelineEntry
from storyline.store.sqlite import Store

if TYPE_CHECKING:
    from spacy.language import Language

    from storyline.builder import BuildOptions
    from storyline.corpus import Corpus

CORPUS_PATH = "(corpus)"  # the `path` of errors raised by corpus stages


def _corpus_error(stage: str, exc: BaseException) -> ErrorRecord:
    tb = traceback.extract_tb(exc.__traceback__)
    where = f" ({tb[-1].filename.rsplit('/', 1)[-1]}:{tb[-1].lineno})" if tb else ""
    return ErrorRecord(path=CORPUS_PATH, stage=stage, message=f"{type(exc).__name__}: {exc}{where}")


def _reanchor_undated(store: Store, nlp: Callable[[], Language], corpus: Corpus, stats: StageStats) -> int:
    """Infer dates for undated articles and re-run their per-document stages on the new anchor."""
    from storyline.time import infer_publication_dates

    undated = {d: a for d, a in corpus.articles.items() if a.published_source in ("unknown", "inferred")}
    if not undated:
        return 0
    for doc_id, art in undated.items():  # previous inferences are redone from scratch
        corpus.articles[doc_id] = replace(
            art, published=None, published_source="unknown", published_evidence=None
        )
    inferred = infer_publication_dates(corpus)
    changed: list[Article] = []
    for doc_id, art in undated.items():
        value, evidence = inferred.get(doc_id, (None, None))
        if value == art.published:
            continue
        if value is None:
            changed.append(replace(art, published=None, published_source="unknown", published_evidence=None))
        else:
            changed.append(
                replace(art, published=value, published_source="inferred", published_evidence=evidence)
            )
    if changed:
        store.write_results(list(process_articles(nlp(), changed, stats)))
    return len(changed)


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

    timed("dedupe", dedupe, None)
    timed("anchor", lambda: _reanchor_undated(store, nlp, corpus, stats), 0)
    corpus = store.load_corpus(with_corpus_tables=False)  # with duplicate links and re-anchored documents

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

    corpus.entities = timed("resolve", resolve, [])
    store.update_links(corpus.chains, corpus.mentions)
    corpus.quotes = timed("merge_quotes", quotes, [])
    corpus.events = timed("merge_events", events, [])
    corpus.timeline = timed("story", story, [])
    store.replace_corpus_tables(corpus.entities, corpus.quotes, corpus.events, corpus.timeline)
    if opts.report:
        from storyline.report import render_report

        timed("report", lambda: render_report(corpus, store.dir / "report.html"), None)
    if errors:
        store.write_errors(errors)
