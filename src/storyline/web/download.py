"""CSV downloads of a filtered list (events, quotes, articles): every row the filters select, not
just the page shown, in the columns and cell forms of ``storyline export --format csv`` (so one
reader script takes both), written a batch of rows at a time so a store of millions of rows streams
rather than being built in memory."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import Any

from storyline.store.export import TABLES, csv_cell, export_columns, export_row
from storyline.store.rows import from_row
from storyline.store.sqlite import ALL_TABLES
from storyline.web.db import Reader

ROWS_PER_CHUNK = 500  # rows written per piece of the response


def csv_chunks(reader: Reader, stem: str, sql: str, params: list[Any]) -> Iterator[str]:
    """The CSV text of ``sql``'s rows (which select the whole row of ``stem``'s table), header first."""
    columns = export_columns(stem)
    record_type = ALL_TABLES[TABLES[stem]][0]
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(columns)
    pending = 1
    for row in reader.stream(sql, params):
        values = export_row(stem, from_row(record_type, dict(row)))
        writer.writerow([csv_cell(values.get(c)) for c in columns])
        pending += 1
        if pending >= ROWS_PER_CHUNK:
            yield _drain(buffer)
            pending = 0
    yield _drain(buffer)


def _drain(buffer: io.StringIO) -> str:
    text = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    return text


def wants_csv(format_param: str | None) -> bool:
    """``format=csv`` asks a list API for the download instead of a JSON page."""
    return (format_param or "").lower() == "csv"
