"""Expand input paths (files and folders, recursively) into the files to read, filtered by globs."""

from __future__ import annotations

import fnmatch
from collections.abc import Iterator, Sequence
from pathlib import Path

from storyline.records import ErrorRecord

# Longest suffixes first so ".jsonl.gz" is not taken for ".gz".
SUPPORTED_SUFFIXES = (
    ".jsonl.gz",
    ".ndjson.gz",
    ".warc.gz",
    ".arc.gz",
    ".html.gz",
    ".htm.gz",
    ".txt.gz",
    ".csv.gz",
    ".jsonl",
    ".ndjson",
    ".warc",
    ".html",
    ".htm",
    ".xhtml",
    ".txt",
    ".text",
    ".csv",
)


def input_kind(path: Path) -> str | None:
    """The supported suffix of ``path`` (lower-cased, e.g. ".jsonl.gz"), or None."""
    name = path.name.lower()
    for suffix in SUPPORTED_SUFFIXES:
        if name.endswith(suffix):
            return suffix
    return None


def _matches(rel: str, name: str, patterns: Sequence[str]) -> bool:
    return any(fnmatch.fnmatch(rel, p) or fnmatch.fnmatch(name, p) for p in patterns)


def iter_files(
    paths: Sequence[str | Path], include: Sequence[str] = (), exclude: Sequence[str] = ()
) -> Iterator[Path | ErrorRecord]:
    """Files to read, in a stable (sorted) order; unreadable or unsupported paths become ErrorRecords.

    ``include``/``exclude`` are shell globs matched against the file name and the path relative to the
    folder given (e.g. ``"*.html"``, ``"2009/**"``). Hidden files and folders are skipped inside folders.
    """
    for given in paths:
        root = Path(given)
        if root.is_file():
            if input_kind(root) is None:
                yield ErrorRecord(str(root), "ingest", f"unsupported file type {root.suffix or '(none)'!r}")
            else:
                yield root
            continue
        if not root.is_dir():
            yield ErrorRecord(str(root), "ingest", "no such file or folder")
            continue
        for path in sorted(root.rglob("*")):
            rel_parts = path.relative_to(root).parts
            if any(part.startswith(".") for part in rel_parts) or not path.is_file():
                continue
            rel = "/".join(rel_parts)
            if include and not _matches(rel, path.name, include):
                continue
            if exclude and _matches(rel, path.name, exclude):
                continue
            if input_kind(path) is None:
                # the summary groups errors by the text before the first colon: name the cause there
                yield ErrorRecord(
                    str(path), "ingest", f"unsupported file type {path.suffix or '(none)'!r}, skipped"
                )
                continue
            yield path
