"""Executors for the per-document phase: in-process, a process pool, shards, and Ray.

Every executor takes batches of ``WorkItem`` (an input document and its key) and yields one
``Outcome`` per item (plain rows only). ``storyline.builder`` streams inputs to an executor and the
outcomes into a sink (the SQLite store, or a shard's row files).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Protocol

from storyline.pipeline import StageStats
from storyline.run.items import Outcome, WorkItem, input_key, shard_of

EXECUTORS = ("auto", "local", "process", "ray")


class Executor(Protocol):
    name: str
    stats: StageStats

    def __enter__(self) -> Executor: ...

    def __exit__(self, *exc: object) -> None: ...

    def run(self, batches: Iterable[list[WorkItem]]) -> Iterator[Outcome]: ...


def make_executor(
    kind: str,
    workers: int,
    model: str,
    actors: Path | None = None,
    batch_size: int = 16,
    doc_timeout: float | None = None,
) -> Executor:
    """``local`` (in-process), ``process`` (pool of ``workers``) or ``auto`` (pool when workers > 1)."""
    if kind == "auto":
        kind = "process" if workers > 1 else "local"
    if kind == "local":
        from storyline.run.local import LocalExecutor

        return LocalExecutor(model, actors, batch_size, doc_timeout)
    if kind == "process":
        from storyline.run.pool import ProcessPoolExecutor

        return ProcessPoolExecutor(workers, model, actors, batch_size, doc_timeout)
    raise ValueError(f"unknown executor {kind!r} (choose from {', '.join(EXECUTORS)})")


__all__ = ["EXECUTORS", "Executor", "Outcome", "WorkItem", "input_key", "make_executor", "shard_of"]
