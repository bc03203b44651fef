"""Count inputs cheaply before a build so progress bars can show an ETA."""

from __future__ import annotations

import gzip
from collections.abc import Sequence
from pathlib import Path

from storyline.ingest.walk import input_kind, iter_files

_LINE_FORMATS = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
_SINGLE_FORMATS = (".html", ".htm", ".xhtml", ".txt", ".text", ".html.gz", ".htm.gz", ".txt.gz")


def _count_lines(path: Path) -> int:
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    n = 0
    try:
        with opener(path, "rb") as f:
            for line in f:
                if line.strip():
                    n += 1
    except (OSError, EOFError, ValueError):  # truncated gzip: the reader reports it, the count is a guess
        pass
    return n


def count_inputs(
    paths: Sequence[str | Path], include: Sequence[str] = (), exclude: Sequence[str] = ()
) -> int | None:
    """Number of documents under ``paths``, or None when a container (WARC, CSV) makes it costly."""
    total = 0
    for item in iter_files(paths, include, exclude):
        if not isinstance(item, Path):
            continue
        kind = input_kind(item)
        if kind in _LINE_FORMATS:
            total += _count_lines(item)
        elif kind in _SINGLE_FORMATS:
            total += 1
        else:
            return None
    return total
