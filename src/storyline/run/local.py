"""In-process executor: one model in this process, batches run one after the other (for debugging).

The per-document time limit uses ``SIGALRM`` and so only works in the main thread on Unix; it
interrupts Python code, not a long C call (the process pool enforces the limit for real by killing
the worker).
"""

from __future__ import annotations

import gc
import signal
import threading
from collections.abc import Generator, Iterable, Iterator
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, TypeVar

from storyline.pipeline import StageStats
from storyline.run.items import Outcome, WorkItem, error_outcome
from storyline.run.worker import DocTimeout, clean_function, process_batch

if TYPE_CHECKING:
    from spacy.language import Language

T = TypeVar("T")


def timeout_message(seconds: float) -> str:
    return f"exceeded the per-document time limit of {seconds:g} s"


def load_worker_model(model: str, actors: Path | None) -> Language:
    """What every worker does once: load the spaCy pipeline and the actor registry, then warm up."""
    from storyline.nlp import load_model
    from storyline.run.worker import warm_up

    if actors:
        from storyline.entities import load_registry

        load_registry(actors)
    nlp = load_model(model)
    warm_up(nlp)
    # The model, registry and lexicons are millions of long-lived objects: frozen, the full collections
    # that the per-document phase's churn of spaCy Token objects triggers no longer rescan them.
    gc.freeze()
    return nlp


def can_alarm() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


def alarm_steps(gen: Generator[T, None, None], seconds: float) -> Iterator[T]:
    """Items of ``gen``, each step limited to ``seconds`` of wall time (SIGALRM, main thread only).

    A step that overruns raises DocTimeout inside ``gen``: inside a per-document stage the pipeline
    turns it into that stage's errors row and the document keeps what the other stages found;
    anywhere else it ends ``gen`` and propagates to the caller.
    """
    message = timeout_message(seconds)

    def on_alarm(signum: int, frame: FrameType | None) -> None:
        raise DocTimeout(message)

    previous = signal.signal(signal.SIGALRM, on_alarm)
    try:
        while True:
            signal.setitimer(signal.ITIMER_REAL, seconds)
            try:
                item = next(gen)
            except StopIteration:
                return
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            yield item
    finally:
        gen.close()
        signal.signal(signal.SIGALRM, previous)


class LocalExecutor:
    """Runs the per-document phase in this process."""

    name = "local"

    def __init__(
        self, model: str, actors: Path | None = None, batch_size: int = 16, doc_timeout: float | None = None
    ) -> None:
        self.model = model
        self.actors = actors
        self.batch_size = batch_size
        self.doc_timeout = doc_timeout
        self.stats = StageStats()
        self._nlp: Language | None = None

    def __enter__(self) -> LocalExecutor:
        self._nlp = load_worker_model(self.model, self.actors)
        return self

    def __exit__(self, *exc: object) -> None:
        self._nlp = None

    def _can_alarm(self) -> bool:
        return bool(self.doc_timeout) and can_alarm()

    def run(self, batches: Iterable[list[WorkItem]]) -> Iterator[Outcome]:
        for batch in batches:
            yield from self._run_batch(batch)

    def _run_batch(self, batch: list[WorkItem]) -> Iterator[Outcome]:
        assert self._nlp is not None, "use the executor as a context manager"
        gen = process_batch(self._nlp, batch, self.stats, self.batch_size, clean_function())
        if not self._can_alarm():
            yield from (o for o in gen if o is not None)
            return
        assert self.doc_timeout is not None
        done: set[str] = set()
        timed_out = False
        try:
            for out in alarm_steps(gen, self.doc_timeout):
                if out is not None:
                    done.add(out.key)
                    yield out
        except DocTimeout:
            timed_out = True
        remaining = [i for i in batch if i.key not in done]
        if not timed_out or not remaining:
            return
        if len(batch) == 1:  # isolated: this document is the slow one
            yield error_outcome(remaining[0], "timeout", timeout_message(self.doc_timeout))
            return
        for item in remaining:  # find the slow one: the others still get processed
            yield from self._run_batch([item])
