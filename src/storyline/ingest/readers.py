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

from storyline.ingest.encoding import DecodeError, declared_charset, decode_bytes, strip_control_chars
from storyline.ingest.fields import pick_fields
from storyline.records import ErrorRecord, RawDocument

# A news page above this size is a crawler accident (or an attack), not an article.
MAX_DOCUMENT_BYTES = 10 * 1024 * 1024
# A file that is one JSON value is parsed whole; beyond this, JSON lines are the format to use.
MAX_JSON_FILE_BYTES = 512 * 1024 * 1024
_GZIP_ERRORS = (EOFError, OSError, zlib.error, gzip.BadGzipFile)
_HTML_START = re.compile(
    r"^\s*(<!doctype html|<html|<head|<body|<\?xml[^>]*>\s*<!doctype html)", re.IGNORECASE
)

# Markup inside a record's text field (a CMS export, an RSS body): two or more block or line-break tags.
_HTML_TAG = re.compile(r"<(?:p|br|div|h[1-6]|li|ul|ol|blockquote|article|section|figure|table)\b[^>]*>", re.I)

Item = RawDocument | ErrorRecord
_DELIMITERS = (",", ";", "\t", "|")
# Nesting deeper than Python's recursion limit ("[[[[...") is malformed input, not a crash.
_JSON_ERRORS = (json.JSONDecodeError, DecodeError, RecursionError)


def _looks_like_html(text: str) -> bool:
    """A whole saved page, or a fragment of markup such as ``<p>...</p><p>...</p>``."""
    if _HTML_START.match(text):
        return True
    tags = _HTML_TAG.finditer(text[:20_000])
    return next(tags, None) is not None and next(tags, None) is not None


def _too_big(size: int) -> str:
    return f"document too large ({size:,} bytes; limit {MAX_DOCUMENT_BYTES:,})"


def _open_input(path: Path, gz: bool) -> Any:
    """The file's bytes, gunzipped when it is gzip: a file named .gz that is plain text is read as it is."""
    if gz:
        with path.open("rb") as fh:
            gz = fh.read(2) == b"\x1f\x8b"
    return gzip.open(path, "rb") if gz else path.open("rb")


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
        content = strip_control_chars(decode_bytes(data, hint))
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
        with _open_input(path, gz) as fh:
            data = _read_limited(fh)
    except _GZIP_ERRORS as exc:
        yield ErrorRecord(p, "ingest", f"cannot read file: {exc}")
        return
    if data is None:
        yield ErrorRecord(p, "ingest", _too_big(MAX_DOCUMENT_BYTES + 1))
        return
    yield _document(p, data, kind)


def _without_controls(value: str | None) -> str | None:
    """A field's text without control characters; None when nothing but blanks is left."""
    if not value:
        return value
    value = strip_control_chars(value)
    return value if value.strip() else None


def _from_record(
    path: str, rec: Mapping[str, object], where: str | None, fields: Mapping[str, str] | None
) -> Item:
    got = {k: _without_controls(v) for k, v in pick_fields(rec, fields).items()}
    html, text = got.pop("html"), got.pop("text")
    body, kind = (html, "html") if html else (text, "text")
    if not body:
        return ErrorRecord(path, "ingest", "record has no text or html field (or it is empty)", record=where)
    data = body.encode("utf-8", errors="replace")
    if len(data) > MAX_DOCUMENT_BYTES:
        return ErrorRecord(path, "ingest", _too_big(len(data)), record=where)
    doc = RawDocument(source_path=path, content=body, kind=kind, record=where, **got)  # type: ignore[arg-type]
    if kind == "text" and _looks_like_html(body):
        doc.kind = "html"
    return doc


def _json_line(raw: bytes) -> Any:
    """One JSON line; a line in a legacy code page (a Windows export) is decoded like a text file."""
    try:
        return json.loads(raw)
    except UnicodeDecodeError:
        return json.loads(decode_bytes(raw))


def _records_in(value: Any, depth: int = 2) -> list[Any] | None:
    """The records a whole JSON document holds: an array of objects, one article object, or an API
    response wrapping its array ({"articles": [...]}, {"response": {"results": [...]}}); None if none."""
    if isinstance(value, list):
        return value
    if not isinstance(value, dict):
        return None
    got = pick_fields(value)
    if got["text"] or got["html"]:
        return [value]
    for inner in value.values():
        if isinstance(inner, list) and any(isinstance(v, dict) for v in inner):
            return inner
    for inner in value.values() if depth else ():
        found = _records_in(inner, depth - 1) if isinstance(inner, dict) else None
        if found is not None:
            return found
    return None


def _first_line(path: Path, gz: bool) -> bytes:
    with _open_input(path, gz) as fh:
        for raw in fh:
            if raw.strip():
                return raw.strip()
    return b""


def _may_be_one_json_document(first: bytes) -> bool:
    """An array, or an object whose first line is no complete JSON object (pretty-printed)."""
    first = first.lstrip(b"\xef\xbb\xbf")
    if first.startswith(b"["):
        return True
    if not first.startswith(b"{"):
        return False
    try:
        return not isinstance(_json_line(first), dict)
    except _JSON_ERRORS:
        return True


def _parse_whole(path: Path, gz: bool) -> Any:
    """The file as one JSON value; raises ValueError when it is not one (or is too large to hold)."""
    with _open_input(path, gz) as fh:
        data = fh.read(MAX_JSON_FILE_BYTES + 1)
    if len(data) > MAX_JSON_FILE_BYTES:
        raise ValueError(f"JSON file too large to read whole (limit {MAX_JSON_FILE_BYTES:,} bytes)")
    return json.loads(decode_bytes(data))


def _items_of_document(p: str, value: Any, fields: Mapping[str, str] | None) -> Iterator[Item]:
    records = _records_in(value)
    if records is None:
        yield ErrorRecord(p, "ingest", "no article records in this JSON (no text field, no array of objects)")
        return
    for i, rec in enumerate(records, start=1):
        where = f"item {i}" if isinstance(value, list) or len(records) > 1 else None
        if not isinstance(rec, dict):
            yield ErrorRecord(p, "ingest", "JSON array item is not an object", record=where)
            continue
        yield _from_record(p, rec, where, fields)


def _line_items(p: str, rec: dict[str, Any], where: str, fields: Mapping[str, str] | None) -> Iterator[Item]:
    """One line's article, or the articles of an API response saved as one line."""
    item = _from_record(p, rec, where, fields)
    inner = _records_in(rec) if isinstance(item, ErrorRecord) else None
    if not inner or inner == [rec]:
        yield item
        return
    for i, sub in enumerate(inner, start=1):
        label = f"{where} item {i}"
        if isinstance(sub, dict):
            yield _from_record(p, sub, label, fields)
        else:
            yield ErrorRecord(p, "ingest", "JSON array item is not an object", record=label)


def _read_json_lines(path: Path, fields: Mapping[str, str] | None, gz: bool) -> Iterator[Item]:
    p = str(path)
    lineno = 0
    try:
        with _open_input(path, gz) as fh:
            for lineno, raw in enumerate(fh, start=1):  # noqa: B007 (lineno is reported after the loop)
                where = f"line {lineno}"
                if not raw.strip():
                    continue
                if len(raw) > MAX_DOCUMENT_BYTES * 2:
                    yield ErrorRecord(p, "ingest", _too_big(len(raw)), record=where)
                    continue
                try:
                    rec = _json_line(raw)
                except _JSON_ERRORS as exc:
                    yield ErrorRecord(p, "ingest", f"malformed JSON: {exc}", record=where)
                    continue
                if not isinstance(rec, dict):
                    yield ErrorRecord(p, "ingest", "JSON line is not an object", record=where)
                    continue
                yield from _line_items(p, rec, where, fields)
    except _GZIP_ERRORS as exc:
        yield ErrorRecord(
            p,
            "ingest",
            f"cannot read past this point (truncated or corrupt file): {exc}",
            record=f"line {lineno + 1}",
        )


def read_jsonl(path: Path, fields: Mapping[str, str] | None = None, gz: bool = False) -> Iterator[Item]:
    """One JSON object per line; a malformed line is one error and reading continues. A file that is one
    JSON document instead (an array, a pretty-printed object, an API response) is read whole; the
    .json suffix takes either layout too."""
    p = str(path)
    try:
        first = _first_line(path, gz)
    except _GZIP_ERRORS:  # the line reader reports the line where the stream breaks
        yield from _read_json_lines(path, fields, gz)
        return
    if not first:
        yield ErrorRecord(p, "ingest", "empty file")
        return
    try:
        if _may_be_one_json_document(first):
            try:
                value = _parse_whole(path, gz)
            except (ValueError, *_JSON_ERRORS):
                pass  # JSON lines after all, some malformed: each bad line is reported, the rest read
            else:
                yield from _items_of_document(p, value, fields)
                return
    except _GZIP_ERRORS as exc:
        yield ErrorRecord(p, "ingest", f"cannot read past this point (truncated or corrupt file): {exc}")
        return
    yield from _read_json_lines(path, fields, gz)


def read_csv(path: Path, fields: Mapping[str, str] | None = None, gz: bool = False) -> Iterator[Item]:
    """A CSV file with a header row; columns mapped like JSONL fields."""
    p = str(path)
    try:
        with _open_input(path, gz) as fh:
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
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
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


def _delimiter(text: str) -> str:
    """The separator of a spreadsheet export: the one its header line uses most (European Excel writes
    semicolons, a .tsv tabs); a comma when the header is a single column."""
    header = text.lstrip("\ufeff").split("\n", 1)[0]
    best = max(_DELIMITERS, key=header.count)
    return best if header.count(best) else ","


def _http_charset(content_type: str | None) -> str | None:
    if not content_type:
        return None
    m = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9_:.\-]+)", content_type, re.IGNORECASE)
    return m.group(1) if m else None


# WARC (and old ARC) records that describe a crawl rather than hold a page: passed over without a row.
_WARC_PROTOCOL_RECORDS = frozenset({"warcinfo", "request", "metadata", "arc_header"})


def _warc_iterator(fh: Any) -> Any:
    """warcio's ArchiveIterator, noting whether a gzipped file ended inside a gzip member: warcio stops
    quietly there, and the records after the cut would be lost without a word."""
    from warcio.archiveiterator import ArchiveIterator

    class _CheckedIterator(ArchiveIterator):
        cut_short = False

        def close(self) -> None:
            decompressor = self.reader.decompressor if self.reader else None
            if decompressor is not None and not getattr(decompressor, "eof", True):
                self.cut_short = True
            super().close()

    return _CheckedIterator(fh)


def _warc_record_item(p: str, rec: Any, where: str) -> Item | None:
    """A document, an error row, or None for a protocol record (warcinfo, request, metadata)."""
    kind = rec.rec_type
    if kind is None:
        return ErrorRecord(p, "ingest", "broken WARC record (no WARC-Type header)", record=where)
    if kind in _WARC_PROTOCOL_RECORDS:
        return None
    url = rec.rec_headers.get_header("WARC-Target-URI") or rec.rec_headers.get_header("uri")  # WARC, ARC
    if kind == "revisit":
        return ErrorRecord(
            p, "ingest", f"skipped: revisit record (a repeat capture, no page) for {url}", record=where
        )
    if kind == "response":
        ctype = rec.http_headers.get_header("Content-Type") if rec.http_headers else None
        status = rec.http_headers.get_statuscode() if rec.http_headers else None
        if ctype is not None and "html" not in ctype.lower():
            return ErrorRecord(p, "ingest", f"skipped: not an HTML response ({ctype})", record=where)
        if status and not str(status).startswith("2"):
            return ErrorRecord(p, "ingest", f"skipped: HTTP status {status} for {url}", record=where)
        doc_kind: Literal["text", "html"] = "html"
    elif kind in ("resource", "conversion"):  # a page stored without HTTP headers; WET extracted text
        ctype = rec.rec_headers.get_header("Content-Type") or ""
        if "html" in ctype.lower():
            doc_kind = "html"
        elif ctype.lower().startswith("text/plain"):
            doc_kind = "text"
        else:
            return ErrorRecord(
                p, "ingest", f"skipped: {kind} record is not text or HTML ({ctype})", record=where
            )
    else:
        return ErrorRecord(p, "ingest", f"skipped: WARC {kind} record", record=where)
    data = _read_limited(rec.content_stream())
    if data is None:
        return ErrorRecord(p, "ingest", _too_big(MAX_DOCUMENT_BYTES + 1), record=where)
    if getattr(rec.raw_stream, "limit", 0):  # fewer bytes than Content-Length promised
        return ErrorRecord(p, "ingest", "truncated WARC record", record=where)
    hint = _http_charset(ctype) or (declared_charset(data) if doc_kind == "html" else None)
    # WARC-Date is the crawl time, not the publication date: it is deliberately not passed on.
    return _document(p, data, doc_kind, record=where, hint=hint, url=url)


def read_warc(path: Path) -> Iterator[Item]:
    """Pages of a WARC/WARC.gz file (Common Crawl, CC-NEWS): HTML responses, HTML or text resource
    records, WET text conversions. Other content records are reported; protocol records passed over."""
    from warcio.exceptions import ArchiveLoadFailed

    p = str(path)
    if path.stat().st_size == 0:
        yield ErrorRecord(p, "ingest", "empty file")
        return
    n = 0
    try:
        with path.open("rb") as fh:
            records = _warc_iterator(fh)
            for n, rec in enumerate(records, start=1):  # noqa: B007
                item = _warc_record_item(p, rec, f"record {n}")
                if item is not None:
                    yield item
            if records.cut_short:
                yield ErrorRecord(
                    p,
                    "ingest",
                    "cannot read past this point (truncated or corrupt WARC)",
                    record=f"record {n + 1}",
                )
            elif n == 0:
                yield ErrorRecord(p, "ingest", "no WARC records found (not a WARC file?)")
    except ArchiveLoadFailed as exc:
        yield ErrorRecord(p, "ingest", f"broken WARC record: {exc}", record=f"record {n + 1}")
    except Exception as exc:  # warcio raises assorted errors on corrupt input; the file ends here either way
        yield ErrorRecord(
            p,
            "ingest",
            f"cannot read past this point (truncated or corrupt WARC): {exc}",
            record=f"record {n + 1}",
        )
