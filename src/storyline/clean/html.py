"""HTML to article blocks: trafilatura finds the main content, under a time limit; we keep its structure.

A pathological page (deep nesting, megabytes of markup) must not hang a run: extraction runs under a wall-clock
limit (SIGALRM in the main thread) and with trafilatura's tree-size guard everywhere.
"""

from __future__ import annotations

import contextlib
import functools
import re
import signal
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, cast

from storyline.records import BlockKind

EXTRACTION_SECONDS = 20.0
MAX_TREE_SIZE = 150_000  # elements; far above any real article page
_WS = re.compile(r"[ \t\u00a0\u2009\u200b]+")


class ExtractionTimeout(Exception):
    """Extraction of one page exceeded its time limit."""


@dataclass(slots=True)
class HtmlExtraction:
    blocks: list[tuple[str, BlockKind]] = field(default_factory=list)
    table_rows: set[int] = field(default_factory=set)  # indices of blocks that are table rows
    title: str | None = None
    date: str | None = None
    author: str | None = None
    sitename: str | None = None
    url: str | None = None
    language: str | None = None


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise ExtractionTimeout after ``seconds`` (only where signals work: the main thread on Unix)."""
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable or seconds <= 0:
        yield
        return

    def _expire(signum: int, frame: Any) -> None:
        raise ExtractionTimeout(f"HTML extraction took longer than {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, _expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


_KIND_BY_TAG: dict[str, BlockKind] = {"head": "heading"}


def _element_lines(elem: Any) -> list[str]:
    from trafilatura.xml import xmltotxt

    text = xmltotxt(elem, include_formatting=False) or ""
    return [_WS.sub(" ", ln).strip() for ln in text.splitlines() if ln.strip()]


@functools.lru_cache(maxsize=1)
def _config() -> Any:
    from trafilatura.settings import use_config

    cfg = use_config()
    cfg.set("DEFAULT", "MAX_TREE_SIZE", str(MAX_TREE_SIZE))
    return cfg


def extract_html(
    html: str,
    url: str | None = None,
    seconds: float = EXTRACTION_SECONDS,
    favor_precision: bool = False,
    favor_recall: bool = False,
) -> HtmlExtraction | None:
    """Main-content blocks and page metadata; None when trafilatura finds no content."""
    import trafilatura

    with time_limit(seconds):
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            favor_precision=favor_precision,
            favor_recall=favor_recall,
            config=_config(),
        )
    if doc is None:
        return None
    doc = cast(Any, doc)  # a Document, since as_dict is False
    out = HtmlExtraction(
        title=doc.title or None,
        date=doc.date or None,
        author=doc.author or None,
        sitename=doc.sitename or None,
        url=doc.url or url,
        language=doc.language or None,
    )
    body = doc.body
    if body is None:
        return out
    for child in body:
        kind = _KIND_BY_TAG.get(child.tag, "body")
        for line in _element_lines(child):
            if child.tag == "table":
                line = line.strip("| ")
                if not line.strip("-|: "):
                    continue  # the markdown rule under a header row
                out.table_rows.add(len(out.blocks))
            out.blocks.append((line, kind))
    return out
