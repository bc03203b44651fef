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
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, cast

from storyline.clean.page_dates import (
    day_is_printed,
    header_dates,
    marked_dates,
    printed_day,
    structured_published,
    timed_date,
    timed_day,
)
from storyline.clean.titles import choose_title
from storyline.records import BlockKind

EXTRACTION_SECONDS = 20.0
MAX_TREE_SIZE = 150_000  # elements; far above any real article page
# Measured: trafilatura needs ~1 s per MB of markup here, and real article pages stay under 2 MB.
MAX_HTML_CHARS = 4_000_000
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
    date_how: str | None = None  # "page metadata", "page text" (htmldate's wider search) or "printed"
    date_evidence: str | None = None  # the printed line the date was read from


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise ExtractionTimeout after ``seconds`` (only where signals work: the main thread on Unix).

    Nests inside a caller's own SIGALRM timer (e.g. a per-document limit of the executor): the outer timer
    is restored with its remaining time on exit, and an earlier outer deadline is honoured.
    """
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable or seconds <= 0:
        yield
        return

    def _expire(signum: int, frame: Any) -> None:
        raise ExtractionTimeout(f"HTML extraction took longer than {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, _expire)
    outer, _ = signal.getitimer(signal.ITIMER_REAL)
    started = time.monotonic()
    signal.setitimer(signal.ITIMER_REAL, min(seconds, outer) if outer > 0 else seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if outer > 0:
            signal.setitimer(signal.ITIMER_REAL, max(outer - (time.monotonic() - started), 0.001))


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


_NOT_TEXT = re.compile(r"<(script|style)\b.*?</\1\s*>|<[^>]*>", re.IGNORECASE | re.DOTALL)


def _date_from_text(html: str, url: str | None) -> str | None:
    """htmldate's extensive search over the page text, minus its guesses from a bare year or month.

    It falls back to the first day of a month when only "2016" or "May 2016" is printed (copyright lines,
    archive headings): such a value is not a publication date, so a day-01 result is kept only when the
    page prints that full date.
    """
    from htmldate import find_date

    try:
        found = find_date(html, url=url, extensive_search=True, original_date=True)
    except (ValueError, TypeError):
        return None
    if found and found.endswith("-01") and not day_is_printed(_NOT_TEXT.sub(" ", html), found):
        return None
    return found or None


def extract_html(
    html: str,
    url: str | None = None,
    seconds: float = EXTRACTION_SECONDS,
    favor_precision: bool = False,
    favor_recall: bool = False,
) -> HtmlExtraction | None:
    """Main-content blocks and page metadata; None when trafilatura finds no content.

    Raises ExtractionTimeout when the page takes longer than ``seconds`` or is larger than MAX_HTML_CHARS
    (the size guard is what protects runs where signals are unavailable, e.g. in a worker thread).
    """
    if len(html) > MAX_HTML_CHARS:
        raise ExtractionTimeout(
            f"page too large to extract ({len(html):,} characters; limit {MAX_HTML_CHARS:,})"
        )
    with time_limit(seconds):
        return _extract(html, url, favor_precision, favor_recall)


def _extract(html: str, url: str | None, favor_precision: bool, favor_recall: bool) -> HtmlExtraction | None:
    import trafilatura
    from trafilatura.settings import set_date_params
    from trafilatura.utils import load_html

    tree = load_html(html)
    if tree is None:
        return None
    h1s = [" ".join(" ".join(h.itertext()).split()) for h in tree.iter("h1")]
    # Parts of an <h1> (a kicker span and the headline span) as candidates of their own.
    h1_parts = [" ".join(" ".join(c.itertext()).split()) for h in tree.iter("h1") for c in h]
    stamps = structured_published(tree)  # before trafilatura prunes the tree
    printed = header_dates(tree) + marked_dates(tree)
    doc = trafilatura.bare_extraction(
        tree,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        favor_precision=favor_precision,
        favor_recall=favor_recall,
        config=_config(),
        # Page metadata first, without htmldate's "extensive" search: that search turns copyright years
        # into YYYY-01-01 dates; it runs only as a filtered fallback (_date_from_text). Measured on
        # trafilatura-eval, this order is right more often than trafilatura's default.
        date_extraction_params=set_date_params(extensive=False),
    )
    if doc is None:
        return None
    doc = cast(Any, doc)  # a Document, since as_dict is False
    out = HtmlExtraction(
        title=choose_title(doc.title or None, [h for h in h1s if h], doc.sitename, doc.hostname, h1_parts),
        date=doc.date or None,
        author=doc.author or None,
        sitename=doc.sitename or None,
        url=doc.url or url,
        language=doc.language or None,
    )
    if out.date:
        out.date, _ = timed_date(out.date, stamps)
        out.date_how = "page metadata"
    elif printed_day(printed, next(iter(stamps), None)) is None:
        # htmldate's wide search of the page text is costly, and needed only when no date is printed
        out.date = _date_from_text(html, url)
        out.date_how = "page text" if out.date else None
    # The date printed under the headline is what the page says; metadata only fills in its time and zone.
    shown = printed_day(printed, out.date or next(iter(stamps), None))
    if shown is not None and shown[0] != (out.date or "")[:10]:
        out.date, out.date_how, out.date_evidence = timed_day(shown[0], stamps, shown[1]), "printed", shown[1]
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
