"""Process-pool executor: N worker processes, one spaCy model each, supervised by this process.

Each worker gets batches of ``WorkItem`` on its own task queue and sends one ``Outcome`` per item
back on its own pipe. The parent enforces the per-document time limit: a worker that sends nothing
for ``doc_timeout`` seconds (or dies: segfault, out of memory) is killed and restarted, and the items
of its batch it had not finished are retried one by one, so only the document at fault becomes an
``errors`` row. Per-worker queues mean killing one worker cannot corrupt another's channel.
"""

from __future__ import annotations

import contextlib
import importlib
import multiprocessing as mp
import os
import time
import traceback
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any

from storyline.pipeline import StageStats
from storyline.run.items import Outcome, WorkItem, error_outcome
from storyline.run.local import load_worker_model, timeout_message

DEFAULT_BATCH_FN = "storyline.run.worker:process_batch"
START_TIMEOUT = 900.0  # loading spaCy on a busy machine can take a while


def _import(spec: str) -> Any:
    module, _, name = spec.partition(":")
    return getattr(importlib.import_module(module), name)


def _worker_main(
    tasks: Any,
    conn: Connection,
    model: str,
    actors: Path | None,
    batch_size: int,
    batch_fn: str,
    doc_timeout: float | None,
) -> None:
    # One thread per worker: the pool is the parallelism, BLAS threads would only fight over cores.
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")
    from storyline.run.local import alarm_steps, can_alarm
    from storyline.run.worker import DocTimeout, clean_function

    try:
        process_batch = _import(batch_fn)
        nlp = load_worker_model(model, actors)
        clean = clean_function()
        nlp("Warm-up.")  # lazy initialisation must not count against the first document's time limit
    except BaseException as exc:
        conn.send(("fatal", f"{type(exc).__name__}: {exc}\n{traceback.format_exc()}"))
        return
    conn.send(("ready", os.getpid()))
    while True:
        msg = tasks.get()
        if msg[0] == "stop":
            return
        _, batch_id, items = msg
        stats = StageStats()
        conn.send(("start", batch_id))
        steps = process_batch(nlp, items, stats, batch_size, clean)
        try:
            # The worker cuts a slow stage short itself (cheap: no restart); the parent's kill is
            # the last resort for a document stuck inside C code.
            for out in alarm_steps(steps, doc_timeout) if doc_timeout and can_alarm() else steps:
                conn.send(("item", batch_id, out))
        except DocTimeout as exc:
            conn.send(("timeout", batch_id, str(exc)))
        conn.send(("done", batch_id, dict(stats.seconds), dict(stats.errors)))


@dataclass
class _Worker:
    proc: BaseProcess
    tasks: Any
    conn: Connection
    ready: bool = False
    assigned: deque[tuple[int, list[WorkItem]]] = field(default_factory=deque)
    returned: set[str] = field(default_factory=set)  # keys finished in the batch at the head
    last_beat: float = field(default_factory=time.monotonic)


class WorkerStartError(RuntimeError):
    """A worker could not load the model (the same failure would hit every worker)."""


class ProcessPoolExecutor:
    """Runs the per-document phase in ``workers`` processes (spawned, one model load each)."""

    name = "process"

    def __init__(
        self,
        workers: int,
        model: str,
        actors: Path | None = None,
        batch_size: int = 16,
        doc_timeout: float | None = None,
        prefetch: int = 2,
        batch_fn: str = DEFAULT_BATCH_FN,
    ) -> None:
        """``batch_fn`` ("module:function") is what a worker runs on a batch (tests swap in a slow one)."""
        self.n = max(1, workers)
        self.model = model
        self.actors = actors
        self.batch_size = batch_size
        self.doc_timeout = doc_timeout
        self.prefetch = max(1, prefetch)
        self.batch_fn = batch_fn
        # Workers enforce doc_timeout themselves; the parent kills only a worker silent for longer.
        self._kill_after = 2 * doc_timeout + 30 if doc_timeout else 0.0
        self.stats = StageStats()
        self.restarts = 0
        self._ctx = mp.get_context("spawn")
        self._workers: list[_Worker] = []

    # -- lifecycle --------------------------------------------------------------------------------

    def _spawn(self) -> _Worker:
        tasks = self._ctx.Queue()
        parent_end, child_end = self._ctx.Pipe(duplex=False)
        proc = self._ctx.Process(
            target=_worker_main,
            args=(
                tasks,
                child_end,
                self.model,
                self.actors,
                self.batch_size,
                self.batch_fn,
                self.doc_timeout,
            ),
            daemon=True,
            name="storyline-worker",
        )
        proc.start()
        child_end.close()
        return _Worker(proc=proc, tasks=tasks, conn=parent_end)

    def __enter__(self) -> ProcessPoolExecutor:
        self._workers = [self._spawn() for _ in range(self.n)]
        return self

    def __exit__(self, *exc: object) -> None:
        for w in self._workers:
            if w.proc.is_alive():
                with contextlib.suppress(OSError, ValueError):
                    w.tasks.put(("stop",))
        deadline = time.monotonic() + 10
        for w in self._workers:
            w.proc.join(max(0.1, deadline - time.monotonic()))
            self._kill(w)
        self._workers = []

    @staticmethod
    def _kill(w: _Worker) -> None:
        if w.proc.is_alive():
            w.proc.kill()
            w.proc.join(5)
        w.conn.close()
        w.tasks.cancel_join_thread()  # never block on a queue whose reader is gone
        w.tasks.close()

    def wait_ready(self, timeout: float = START_TIMEOUT) -> None:
        """Block until every worker has loaded its model (benchmarks time the work, not the start)."""
        deadline = time.monotonic() + timeout
        while not all(w.ready for w in self._workers):
            if time.monotonic() > deadline:
                raise WorkerStartError(f"workers did not load the model within {timeout:g} s")
            by_conn = {w.conn: w for w in self._workers if not w.ready}
            for conn in wait(list(by_conn), timeout=0.5):
                w = by_conn[conn]  # type: ignore[index]
                try:
                    msg = w.conn.recv()
                except (EOFError, OSError) as exc:
                    raise WorkerStartError("a worker died while loading the model") from exc
                list(self._handle(w, msg, deque()))

    # -- running ----------------------------------------------------------------------------------

    def run(self, batches: Iterable[list[WorkItem]]) -> Iterator[Outcome]:
        if not self._workers:
            raise RuntimeError("use the executor as a context manager")
        source = iter(batches)
        retry: deque[list[WorkItem]] = deque()
        exhausted = False
        next_id = 0
        while True:
            for w in self._workers:  # keep every worker fed (a queued batch hides the round trip)
                while len(w.assigned) < self.prefetch:
                    if retry:
                        batch = retry.popleft()
                    elif not exhausted:
                        try:
                            batch = next(source)
                        except StopIteration:
                            exhausted = True
                            break
                    else:
                        break
                    if not batch:
                        continue
                    if not w.assigned:
                        w.last_beat = time.monotonic()
                    w.assigned.append((next_id, batch))
                    w.tasks.put(("batch", next_id, batch))
                    next_id += 1
            if exhausted and not retry and not any(w.assigned for w in self._workers):
                return
            by_conn = {w.conn: w for w in self._workers}
            for conn in wait(list(by_conn), timeout=0.5):
                w = by_conn[conn]  # type: ignore[index]
                while w in self._workers:
                    try:
                        if not w.conn.poll():
                            break
                        msg = w.conn.recv()
                    except (EOFError, OSError):
                        w.proc.join(1)
                        code = w.proc.exitcode
                        yield from self._replace(
                            w, retry, "worker", f"worker process died (exit code {code}) on this document"
                        )
                        break
                    yield from self._handle(w, msg, retry)
            now = time.monotonic()
            for w in list(self._workers):
                if not w.ready:
                    if now - w.last_beat > START_TIMEOUT:
                        raise WorkerStartError(f"a worker did not load the model within {START_TIMEOUT:g} s")
                elif self.doc_timeout and w.assigned and now - w.last_beat > self._kill_after:
                    yield from self._replace(w, retry, "timeout", timeout_message(self.doc_timeout))

    def _handle(self, w: _Worker, msg: tuple[Any, ...], retry: deque[list[WorkItem]]) -> Iterator[Outcome]:
        w.last_beat = time.monotonic()
        kind = msg[0]
        if kind == "item":
            out = msg[2]
            if out is not None:
                w.returned.add(out.key)
                yield out
        elif kind == "done":
            if w.assigned:
                w.assigned.popleft()
            w.returned.clear()
            for stage, secs in msg[2].items():
                self.stats.seconds[stage] += secs
            for stage, n in msg[3].items():
                self.stats.errors[stage] += n
        elif kind == "timeout":  # the worker gave up on its batch: retry or fail what is left
            yield from self._fail_head(w, retry, "timeout", msg[2])
        elif kind == "ready":
            w.ready = True
        elif kind == "fatal":
            raise WorkerStartError(f"a worker could not start: {msg[1]}")

    def _replace(
        self, w: _Worker, retry: deque[list[WorkItem]], stage: str, message: str
    ) -> Iterator[Outcome]:
        """Kill ``w``, start a fresh worker, and retry (or fail) what ``w`` had not finished."""
        if not w.ready:
            raise WorkerStartError(f"a worker died while loading the model (exit code {w.proc.exitcode})")
        self._kill(w)
        self.restarts += 1
        self._workers[self._workers.index(w)] = self._spawn()
        if not w.assigned:
            return
        (_, head), *queued = w.assigned
        for _, batch in reversed(queued):  # not started: run them again as they were
            retry.appendleft(batch)
        yield from self._split(head, w.returned, retry, stage, message)

    def _fail_head(
        self, w: _Worker, retry: deque[list[WorkItem]], stage: str, message: str
    ) -> Iterator[Outcome]:
        """The worker (still alive) abandoned its current batch; its "done" message follows."""
        if w.assigned:
            yield from self._split(w.assigned[0][1], set(w.returned), retry, stage, message)
            w.returned.update(i.key for i in w.assigned[0][1])

    @staticmethod
    def _split(
        head: list[WorkItem], returned: set[str], retry: deque[list[WorkItem]], stage: str, message: str
    ) -> Iterator[Outcome]:
        remaining = [i for i in head if i.key not in returned]
        if len(head) == 1:  # isolated: this is the document at fault
            for item in remaining:
                yield error_outcome(item, stage, message)
        else:  # retry one by one so the others still get processed
            retry.extendleft([item] for item in reversed(remaining))
