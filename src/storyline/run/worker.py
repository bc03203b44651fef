"""The per-document phase for one batch of inputs, the same in every executor.

clean -> spaCy parse (one ``nlp.pipe`` per batch) -> time, mentions, quotes, events. The batch runs
inside ``nlp.memory_zone()`` so spaCy's string store and vocab do not grow with the corpus; only
plain rows leave the zone. Outcomes are yielded one by one (``None`` is a heartbeat after a step)
so an executor can tell a slow document from a stuck one.
"""

from __future__ import annotations

import contextlib
import hashlib
import time
from collections.abc import Callable, Generator, Sequence
from typing import TYPE_CHECKING

from storyline.pipeline import StageStats, process_articles
from storyline.records import Article, Block, ErrorRecord, RawDocument
from storyline.run.items import Outcome, WorkItem

if TYPE_CHECKING:
    from spacy.language import Language

CleanFn = Callable[[RawDocument], Article]


class DocTimeout(Exception):
    """A document (or batch) exceeded the per-document time limit."""


def _fallback_clean(raw: RawDocument) -> Article:
    """Plain-text passthrough used only while ``storyline.clean`` cannot be imported."""
    if raw.kind != "text":
        raise ValueError("storyline.clean is unavailable and HTML needs it")
    paras = [p.strip() for p in raw.content.replace("\r\n", "\n").split("\n\n") if p.strip()]
    if not paras:
        raise ValueError("empty document")
    text, blocks, pos = "\n\n".join(paras), [], 0
    for p in paras:
        blocks.append(Block(pos, pos + len(p), "body"))
        pos += len(p) + 2
    doc_id = hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return Article(doc_id=doc_id, source_path=raw.source_path, text=text, blocks=blocks, record=raw.record)


def clean_function() -> tuple[CleanFn, type[Exception]]:
    """``storyline.clean.clean_document`` and its ``CleanError`` (or the fallback while it is absent)."""
    try:
        from storyline.clean import CleanError, clean_document
    except ImportError:
        return _fallback_clean, ValueError
    return clean_document, CleanError


def clean_item(item: WorkItem, clean: CleanFn, clean_error: type[Exception]) -> Article | ErrorRecord:
    raw = item.raw
    try:
        return clean(raw)
    except DocTimeout:
        raise
    except clean_error as exc:
        message = str(exc)
    except Exception as exc:  # a cleaner bug on one page must not stop the run
        message = f"{type(exc).__name__}: {exc}"
    return ErrorRecord(path=raw.source_path, stage="clean", message=message, record=raw.record)


def memory_zone(nlp: Language) -> contextlib.AbstractContextManager[object]:
    zone = getattr(nlp, "memory_zone", None)
    return zone() if zone is not None else contextlib.nullcontext()


def process_batch(
    nlp: Language,
    items: Sequence[WorkItem],
    stats: StageStats | None = None,
    batch_size: int = 16,
    clean: tuple[CleanFn, type[Exception]] | None = None,
) -> Generator[Outcome | None, None, None]:
    """Outcomes of one batch, one per item, in input order; ``None`` marks progress inside a step."""
    clean_fn, clean_error = clean or clean_function()
    todo: list[tuple[WorkItem, Article]] = []
    for item in items:
        t0 = time.perf_counter()
        got = clean_item(item, clean_fn, clean_error)
        if stats is not None:
            stats.seconds["clean"] += time.perf_counter() - t0
        raw = item.raw
        if isinstance(got, ErrorRecord):
            yield Outcome(key=item.key, path=raw.source_path, record=raw.record, error=got)
        else:
            todo.append((item, got))
            yield None
    if not todo:
        return
    with memory_zone(nlp):
        results = process_articles(nlp, [a for _, a in todo], stats, batch_size=batch_size)
        for (item, _), result in zip(todo, results, strict=True):
            yield Outcome(key=item.key, path=item.raw.source_path, record=item.raw.record, result=result)


# An invented two-paragraph article touching every stage (a dated quote, a person with a role, an act).
_WARM_UP_TEXT = (
    "Harbour officials in Velmora met fishing crews on Tuesday, 4 March 2024.\n\n"
    '"We will reopen the port next week," the port director, Anika Sorel, told reporters.'
)


def warm_up(nlp: Language) -> None:
    """Run the whole per-document phase once on an invented article, so the tables every stage loads
    lazily (actor registry, cue and event lexicons, time vocabulary, line model) are in memory before
    the first real document starts its time limit; a failure here is left for the real documents."""
    raw = RawDocument(source_path="(warm-up)", content=_WARM_UP_TEXT, kind="text")
    with contextlib.suppress(Exception):
        for _ in process_batch(nlp, [WorkItem("warm-up", raw)]):
            pass
