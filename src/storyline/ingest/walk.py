"""Expand input paths (files and folders, recursively) into the files to read, filtered by globs."""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterator, Sequence
from pathlib import Path

from storyline.records import ErrorRecord

# Longest suffixes first so ".jsonl.gz" is not taken for ".gz".
SUPPORTED_SUFFIXES = (
    ".jsonl.gz",
    ".ndjson.gz",
    ".json.gz",
    ".warc.gz",
    ".wet.gz",
    ".arc.gz",
    ".html.gz",
    ".htm.gz",
    ".txt.gz",
    ".csv.gz",
    ".tsv.gz",
    ".jsonl",
    ".ndjson",
    ".json",
    ".warc",
    ".wet",
    ".arc",
    ".html",
    ".htm",
    ".xhtml",
    ".txt",
    ".text",
    ".csv",
    ".tsv",
)


def input_kind(path: Path) -> str | None:
    """The supported suffix of ``path`` (lower-cased, e.g. ".jsonl.gz"), or None."""
    name = path.name.lower()
    for suffix in SUPPORTED_SUFFIXES:
        if name.endswith(suffix):
            return suffix
    return None


def _not_a_file(path: Path) -> str:
    """Why a folder entry that is neither a folder nor a regular file cannot be read."""
    if path.is_symlink() and not path.exists():
        return "broken symbolic link (its target is missing), skipped"
    return "not a regular file (a pipe, socket or device), skipped"


def _folder_entries(root: Path) -> tuple[list[Path], list[ErrorRecord]]:
    """Every entry under ``root`` that is not a folder, sorted, hidden ones left out; and one error per
    sub-folder that cannot be listed (no permission), whose files would otherwise vanish without a word.
    Links to folders are not followed (a link back up would loop)."""
    entries: list[Path] = []
    errors: list[ErrorRecord] = []

    def unreadable(exc: OSError) -> None:
        errors.append(
            ErrorRecord(str(exc.filename or root), "ingest", f"cannot read folder: {exc.strerror or exc}")
        )

    for folder, subfolders, names in os.walk(root, onerror=unreadable):
        subfolders[:] = [d for d in subfolders if not d.startswith(".")]
        entries.extend(Path(folder) / name for name in names if not name.startswith("."))
    return sorted(entries), errors


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
            reason = _not_a_file(root) if root.exists() or root.is_symlink() else "no such file or folder"
            yield ErrorRecord(str(root), "ingest", reason)
            continue
        entries, unreadable = _folder_entries(root)
        yield from unreadable
        for path in entries:
            rel = "/".join(path.relative_to(root).parts)
            if include and not _matches(rel, path.name, include):
                continue
            if exclude and _matches(rel, path.name, exclude):
                continue
            if not path.is_file():
                yield ErrorRecord(str(path), "ingest", _not_a_file(path))
                continue
            if input_kind(path) is None:
                # the summary groups errors by the cause before any detail: name the cause first
                yield ErrorRecord(
                    str(path), "ingest", f"unsupported file type {path.suffix or '(none)'!r}, skipped"
                )
                continue
            yield path
