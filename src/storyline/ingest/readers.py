"""One reader per container format. Each yields RawDocuments and, for anything unusable, ErrorRecords.

A reader never raises for bad content: the error becomes a row and, where the format allows resuming
(JSONL lines, CSV rows), reading goes on with the next record.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import re
import sys
import zlib
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, Literal

from storyline.ingest.encoding import DecodeError, declared_charset, decode_bytes
from storyline.ingest.fields import pick_fields
from storyline.records import ErrorRecord, RawDocument

# A news page above this size is a crawler accident (or an attack), not an article.
MAX_DOCUMENT_BYTES = 10 * 1024 * 1024
_GZIP_ERRORS = (EOFError, OSError, zlib.error, gzip.BadGzipFile)
_HTML_START = re.compile(
    r"^\s*(<!doctype html|<html|<head|<body|<\?xml[^>]*>\s*<!doctype html)", re.IGNORECASE
)

Item = RawDocument | ErrorRecord


def _too_big(size: int) -> str:
    return f"document too large ({size:,} bytes; limit {MAX_DOCUMENT_BYTES:,})"


def _read_limited(stream: Any) -> bytes | None:
    """Read at most the size limit; None when the stream holds more than that."""
    data = stream.read(MAX_DOCUMENT_BYTES + 1)
    return None if len(data) > MAX_DOCUMENT_BYTES else data


def _document(
    path: str,
    data: bytes,
    kind: Literal["text", "html"],
    record: str | None = None,
    hint: str | None = None,
    **hints: str | None,
) -> Item:
    if not data.strip():
        return ErrorRecord(path, "ingest", "empty document", record=record)
    if kind == "html" and hint is None:
        hint = declared_charset(data)
    try:
        content = decode_bytes(data, hint)
    except DecodeError as exc:
        return ErrorRecord(path, "ingest", str(exc), record=record)
    if not content.strip():
        return ErrorRecord(path, "ingest", "empty document", record=record)
    if kind == "text" and _HTML_START.match(content):
        kind = "html"  # a .txt file that is really a saved web page
    return RawDocument(source_path=path, content=content, kind=kind, record=record, **hints)


def read_single(path: Path, kind: Literal["text", "html"], gz: bool = False) -> Iterator[Item]:
    """A .txt or .html file (optionally gzipped) holding one document."""
    p = str(path)
    try:
        if not gz and path.stat().st_size > MAX_DOCUMENT_BYTES:
            yield ErrorRecord(p, "ingest", _too_big(path.stat().st_size))
            return
        with gzip.open(path, "rb") if gz else path.open("rb") as fh:
            data = _read_limited(fh)
    except _GZIP_ERRORS as exc:
        yield ErrorRecord(p, "ingest", f"cannot read file: {exc}")
        return
    if data is None:
        yield ErrorRecord(p, "ingest", _too_big(MAX_DOCUMENT_BYTES + 1))
        return
    yield _document(p, data, kind)


def _from_record(path: str, rec: Mapping[str, object], where: str, fields: Mapping[str, str] | None) -> Item:
    got = pick_fields(rec, fields)
    html, text = got.pop("html"), got.pop("text")
    body, kind = (html, "html") if html else (text, "text")
    if not body:
        return ErrorRecord(path, "ingest", "record has no text or html field (or it is empty)", record=where)
    data = body.encode("utf-8", errors="replace")
    if len(data) > MAX_DOCUMENT_BYTES:
        return ErrorRecord(path, "ingest", _too_big(len(data)), record=where)
    doc = RawDocument(source_path=path, content=body, kind=kind, record=where, **got)  # type: ignore[arg-type]
    if kind == "text" and _HTML_START.match(body):
        doc.kind = "html"
    return doc


def read_jsonl(path: Path, fields: Mapping[str, str] | None = None, gz: bool = False) -> Iterator[Item]:
    """One JSON object per line; a malformed line is one error and reading continues."""
    p = str(path)
    lineno = 0
    try:
        with gzip.open(path, "rb") if gz else path.open("rb") as fh:
            for lineno, raw in enumerate(fh, start=1):  # noqa: B007 (lineno is reported after the loop)
                where = f"line {lineno}"
                if not raw.strip():
                    continue
                if len(raw) > MAX_DOCUMENT_BYTES * 2:
                    yield ErrorRecord(p, "ingest", _too_big(len(raw)), record=where)
                    continue
                try:
                    rec = json.loads(raw)
                except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                    yield ErrorRecord(p, "ingest", f"malformed JSON: {exc}", record=where)
                    continue
                if not isinstance(rec, dict):
                    yield ErrorRecord(p, "ingest", "JSON line is not an object", record=where)
                    continue
                yield _from_record(p, rec, where, fields)
    except _GZIP_ERRORS as exc:
        yield ErrorRecord(
            p,
            "ingest",
            f"cannot read past this point (truncated or corrupt file): {exc}",
            record=f"line {lineno + 1}",
        )


def read_csv(path: Path, fields: Mapping[str, str] | None = None, gz: bool = False) -> Iterator[Item]:
    """A CSV file with a header row; columns mapped like JSONL fields."""
    p = str(path)
    try:
        with gzip.open(path, "rb") if gz else path.open("rb") as fh:
            data = fh.read()
    except _GZIP_ERRORS as exc:
        yield ErrorRecord(p, "ingest", f"cannot read file: {exc}")
        return
    if not data.strip():
        yield ErrorRecord(p, "ingest", "empty file")
        return
    try:
        text = decode_bytes(data)
    except DecodeError as exc:
        yield ErrorRecord(p, "ingest", str(exc))
        return
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    reader = csv.DictReader(io.StringIO(text, newline=""))
    row = 1
    while True:
        try:
            rec = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            yield ErrorRecord(p, "ingest", f"malformed CSV: {exc}", record=f"row {reader.line_num}")
            continue
        row += 1
        clean = {k: v for k, v in rec.items() if isinstance(k, str)}
        yield _from_record(p, clean, f"row {row}", fields)


def _http_charset(content_type: str | None) -> str | None:
    if not content_type:
        return None
    m = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9_:.\-]+)", content_type, re.IGNORECASE)
    return m.group(1) if m else None


def read_warc(path: Path) -> Iterator[Item]:
    """HTML response records of a WARC/WARC.gz file (Common Crawl, CC-NEWS); other records are reported."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    p = str(path)
    n = 0
    try:
        with path.open("rb") as fh:
            for n, rec in enumerate(ArchiveIterator(fh), start=1):  # noqa: B007
                where = f"record {n}"
                if rec.rec_type is None:
                    yield ErrorRecord(p, "ingest", "broken WARC record (no WARC-Type header)", record=where)
                    continue
                if rec.rec_type != "response":
                    continue  # warcinfo, request, metadata: not documents
                url = rec.rec_headers.get_header("WARC-Target-URI")
                ctype = rec.http_headers.get_header("Content-Type") if rec.http_headers else None
                if ctype is not None and "html" not in ctype.lower():
                    yield ErrorRecord(p, "ingest", f"skipped: not an HTML response ({ctype})", record=where)
                    continue
                status = rec.http_headers.get_statuscode() if rec.http_headers else None
                if status and not str(status).startswith("2"):
                    yield ErrorRecord(p, "ingest", f"skipped: HTTP status {status} for {url}", record=where)
                    continue
                data = _read_limited(rec.content_stream())
                if data is None:
                    yield ErrorRecord(p, "ingest", _too_big(MAX_DOCUMENT_BYTES + 1), record=where)
                    continue
                if getattr(rec.raw_stream, "limit", 0):  # fewer bytes than Content-Length promised
                    yield ErrorRecord(p, "ingest", "truncated WARC record", record=where)
                    continue
                hint = _http_charset(ctype) or declared_charset(data)
                # WARC-Date is the crawl time, not the publication date: it is deliberately not passed on.
                yield _document(p, data, "html", record=where, hint=hint, url=url)
    except ArchiveLoadFailed as exc:
        yield ErrorRecord(p, "ingest", f"broken WARC record: {exc}", record=f"record {n + 1}")
    except Exception as exc:  # warcio raises assorted errors on corrupt input; the file ends here either way
        yield ErrorRecord(
            p,
            "ingest",
            f"cannot read past this point (truncated or corrupt WARC): {exc}",
            record=f"record {n + 1}",
        )
