"""Ingestion: read files and folders of news articles into RawDocuments, bad inputs into ErrorRecords.

Formats: .txt, .html/.htm, .jsonl/.ndjson/.json, .csv/.tsv (each optionally .gz), WARC/WET (.warc.gz,
.wet.gz); folders recursively.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

from storyline.ingest.encoding import DecodeError, decode_bytes
from storyline.ingest.readers import (
    MAX_DOCUMENT_BYTES,
    read_csv,
    read_jsonl,
    read_single,
    read_warc,
)
from storyline.ingest.walk import input_kind, iter_files
from storyline.records import ErrorRecord, RawDocument

__all__ = ["MAX_DOCUMENT_BYTES", "DecodeError", "decode_bytes", "iter_inputs", "read_path"]


def storable_path(path: str) -> str:
    """``path`` as text the store can hold: a file name that is not UTF-8 (an old archive, a Windows
    zip) reaches Python with surrogate escapes, which SQLite refuses; its odd bytes are shown as \\xNN."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(path).decode("utf-8", "backslashreplace")
    return path


def _with_storable_path(item: RawDocument | ErrorRecord) -> RawDocument | ErrorRecord:
    if isinstance(item, RawDocument):
        item.source_path = storable_path(item.source_path)
    else:
        item.path = storable_path(item.path)
    return item


def read_path(
    path: Path, jsonl_fields: Mapping[str, str] | None = None
) -> Iterator[RawDocument | ErrorRecord]:
    """Documents of one file, chosen by its suffix."""
    for item in _read_path(path, jsonl_fields):
        yield _with_storable_path(item)


def _read_path(path: Path, jsonl_fields: Mapping[str, str] | None) -> Iterator[RawDocument | ErrorRecord]:
    kind = input_kind(path)
    gz = bool(kind and kind.endswith(".gz"))
    base = kind[: -len(".gz")] if kind and gz else kind
    try:
        if base in (".jsonl", ".ndjson", ".json"):
            yield from read_jsonl(path, jsonl_fields, gz=gz)
        elif base in (".warc", ".arc", ".wet"):
            yield from read_warc(path)
        elif base in (".csv", ".tsv"):
            yield from read_csv(path, jsonl_fields, gz=gz)
        elif base in (".html", ".htm", ".xhtml"):
            yield from read_single(path, "html", gz=gz)
        elif base in (".txt", ".text"):
            yield from read_single(path, "text", gz=gz)
        else:
            yield ErrorRecord(str(path), "ingest", f"unsupported file type {path.suffix!r}")
    except OSError as exc:  # permissions, vanished file, I/O error
        yield ErrorRecord(str(path), "ingest", f"cannot read file: {exc}")


def iter_inputs(
    paths: Sequence[str | Path],
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    jsonl_fields: dict[str, str] | None = None,
) -> Iterator[RawDocument | ErrorRecord]:
    """Every document under ``paths`` (files or folders, recursively), plus one ErrorRecord per bad input.

    ``jsonl_fields`` maps our field names (text, html, title, url, published, outlet, byline) to the
    names used in JSONL/CSV records, e.g. ``{"text": "content_original", "published": "date"}``.
    """
    for item in iter_files(paths, include, exclude):
        if isinstance(item, ErrorRecord):
            yield _with_storable_path(item)
        else:
            yield from read_path(item, jsonl_fields)
