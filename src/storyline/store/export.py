"""`storyline export`: the contract's JSONL files (or CSV / Parquet) plus manifest.json."""

from __future__ import annotations

import csv
import dataclasses
import json
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal, get_args, get_origin

from storyline.records import to_dict
from storyline.store.contract import CONTRACT, SCHEMA_VERSION
from storyline.store.sqlite import Store

Format = Literal["jsonl", "csv", "parquet"]
FORMATS: tuple[str, ...] = ("jsonl", "csv", "parquet")
# CSV files written beside the JSONL ones: the tables people open in a spreadsheet first
CSV_COMPANIONS = ("events", "quotes", "entities")

# contract file stem -> store table
TABLES = {
    "documents": "documents",
    "entities": "entities",
    "mentions": "mentions",
    "timexes": "timexes",
    "quotes": "quotes",
    "events": "events",
    "timeline": "timeline",
    # beyond the contract: the sentence spans that every `sentence` index of a citation points into,
    # and the inputs that could not be read (so a user sees what the export is missing, and why)
    "sentences": "sentences",
    "errors": "errors",
}


def _rows(store: Store, stem: str) -> Iterator[dict[str, Any]]:
    for rec in store.rows(TABLES[stem]):
        yield export_row(stem, rec)


def export_row(stem: str, rec: Any) -> dict[str, Any]:
    """A store record as the export writes it (the web app's CSV downloads write the same rows)."""
    row = to_dict(rec)
    if stem == "documents":
        row.pop("dropped_lines", None)
    return row


# Characters Python's str.splitlines (and some JSONL readers) take for line breaks: written as JSON
# escapes, a title holding one cannot split its row in two.
_LINE_BREAKS = {ord(c): f"\\u{ord(c):04x}" for c in "\x85\u2028\u2029"}


def _write_jsonl(path: Path, rows: Iterable[dict[str, Any]]) -> int:
    n = 0
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False).translate(_LINE_BREAKS) + "\n")
            n += 1
    return n


def csv_cell(value: Any) -> Any:
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else value


def _write_csv(path: Path, rows: Iterable[dict[str, Any]], fieldnames: list[str]) -> int:
    n = 0
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=fieldnames, extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: csv_cell(row.get(k)) for k in fieldnames})
            n += 1
    return n


def export_columns(stem: str) -> list[str]:
    """A file's columns in export order: the contract's, then the record's other fields."""
    from storyline.store.rows import field_types
    from storyline.store.sqlite import ALL_TABLES

    cls, _ = ALL_TABLES[TABLES[stem]]
    required = list(CONTRACT.get(f"{stem}.jsonl", {}))
    extra = [k for k in field_types(cls) if k not in required and k != "dropped_lines"]
    return required + extra


def _arrow_type(tp: Any) -> Any:
    """The Arrow type of a record field: a column keeps its type when every value is null (an export
    without titles) or the table is empty, so exports of different corpora concatenate in R or Spark."""
    import pyarrow as pa

    from storyline.store.rows import field_types, unwrap_optional

    tp = unwrap_optional(tp)
    if get_origin(tp) is list:
        return pa.list_(_arrow_type(get_args(tp)[0]))
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return pa.struct([(name, _arrow_type(sub)) for name, sub in field_types(tp).items()])
    scalars = {int: pa.int64(), float: pa.float64(), bool: pa.bool_()}
    return scalars.get(tp, pa.string())  # str, Literal codes, anything else as text


def _column_kind(tp: Any) -> str:
    """A column's type in words a CSV reader can be told (pandas ``dtype``, R ``colClasses``): codes
    such as ``cameo_code`` "042" are text, and a reader guessing types would drop the leading zero."""
    from storyline.store.rows import unwrap_optional

    tp = unwrap_optional(tp)
    if get_origin(tp) in (list, dict) or dataclasses.is_dataclass(tp):
        return "json"
    return {int: "integer", float: "number", bool: "boolean"}.get(tp, "string")


def _column_types(stem: str) -> dict[str, Any]:
    """Exported column -> declared field type, in the order the CSV header uses."""
    from storyline.store.rows import field_types
    from storyline.store.sqlite import ALL_TABLES

    types = field_types(ALL_TABLES[TABLES[stem]][0])
    return {name: types[name] for name in export_columns(stem)}


def column_kinds(stem: str) -> dict[str, str]:
    """Column -> ``string``/``integer``/``number``/``boolean``/``json``, as manifest.json gives it."""
    return {name: _column_kind(tp) for name, tp in _column_types(stem).items()}


def _arrow_schema(stem: str) -> Any:
    import pyarrow as pa

    return pa.schema([(name, _arrow_type(tp)) for name, tp in _column_types(stem).items()])


def _write_parquet(path: Path, rows: list[dict[str, Any]], schema: Any) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        table = pa.Table.from_pylist(rows, schema=schema)
    except (pa.ArrowInvalid, pa.ArrowTypeError):  # a value the declared type cannot hold: keep the row
        table = pa.Table.from_pylist(rows) if rows else schema.empty_table()
    pq.write_table(table, path)
    return len(rows)


def list_in_manifest(out_dir: str | Path, name: str) -> None:
    """Add a file written beside the contract's (an event-data profile) to manifest.json's ``files``:
    a reader that loads what the manifest lists would not know it is there."""
    path = Path(out_dir) / "manifest.json"
    manifest = json.loads(path.read_text(encoding="utf-8"))
    if name not in manifest["files"]:
        manifest["files"].append(name)
    path.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")


def export_store(store_path: str | Path, out_dir: str | Path, fmt: str = "jsonl") -> dict[str, Any]:
    """Write every contract table in ``fmt`` into ``out_dir``; returns the manifest."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    from storyline import __version__

    out = Path(out_dir)
    counts: dict[str, int] = {}
    files: list[str] = []
    columns: dict[str, dict[str, str]] = {}
    with Store(store_path, readonly=True) as store:
        out.mkdir(parents=True, exist_ok=True)  # only once the store opened: no empty folder on a typo
        for stem in TABLES:
            columns[stem] = column_kinds(stem)
            if fmt == "jsonl":
                counts[stem] = _write_jsonl(out / f"{stem}.jsonl", _rows(store, stem))
                files.append(f"{stem}.jsonl")
                if stem in CSV_COMPANIONS:
                    _write_csv(out / f"{stem}.csv", _rows(store, stem), export_columns(stem))
                    files.append(f"{stem}.csv")
            elif fmt == "csv":
                counts[stem] = _write_csv(out / f"{stem}.csv", _rows(store, stem), export_columns(stem))
                files.append(f"{stem}.csv")
            else:
                rows = list(_rows(store, stem))
                counts[stem] = _write_parquet(out / f"{stem}.parquet", rows, _arrow_schema(stem))
                files.append(f"{stem}.parquet")
        meta = store.meta()
        errors_by_stage: dict[str, int] = {}
        for row in store.conn.execute("SELECT stage, count(*) FROM errors GROUP BY stage"):
            errors_by_stage[row[0]] = row[1]
        last = meta.get("last_build") or {}
    manifest = {
        "schema_version": SCHEMA_VERSION,
        "storyline_version": __version__,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "format": fmt,
        "files": files,
        "counts": counts,
        "columns": columns,
        "skipped": last.get("skipped", {}) if isinstance(last, dict) else {},
        "errors": errors_by_stage,
        "model": meta.get("model"),
    }
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return manifest
