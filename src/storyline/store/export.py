"""`storyline export`: the contract's JSONL files (or CSV / Parquet) plus manifest.json."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

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
}


def _rows(store: Store, stem: str) -> Iterator[dict[str, Any]]:
    table = TABLES[stem]
    for rec in store.rows(table):
        row = to_dict(rec)
        if stem == "documents":
            row.pop("dropped_lines", None)
        yield row


def _write_jsonl(path: Path, rows: Iterable[dict[str, Any]]) -> int:
    n = 0
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
    return n


def _csv_cell(value: Any) -> Any:
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else value


def _write_csv(path: Path, rows: Iterable[dict[str, Any]], fieldnames: list[str]) -> int:
    n = 0
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=fieldnames, extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: _csv_cell(row.get(k)) for k in fieldnames})
            n += 1
    return n


def _fieldnames(store: Store, stem: str) -> list[str]:
    from storyline.store.rows import field_types
    from storyline.store.sqlite import ALL_TABLES

    cls, _ = ALL_TABLES[TABLES[stem]]
    required = list(CONTRACT[f"{stem}.jsonl"])
    extra = [k for k in field_types(cls) if k not in required and k != "dropped_lines"]
    return required + extra


def _write_parquet(path: Path, rows: list[dict[str, Any]]) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pylist(rows) if rows else pa.table({})
    pq.write_table(table, path)
    return len(rows)


def export_store(store_path: str | Path, out_dir: str | Path, fmt: str = "jsonl") -> dict[str, Any]:
    """Write every contract table in ``fmt`` into ``out_dir``; returns the manifest."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    from storyline import __version__

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    files: list[str] = []
    with Store(store_path, readonly=True) as store:
        for stem in TABLES:
            if fmt == "jsonl":
                counts[stem] = _write_jsonl(out / f"{stem}.jsonl", _rows(store, stem))
                files.append(f"{stem}.jsonl")
                if stem in CSV_COMPANIONS:
                    _write_csv(out / f"{stem}.csv", _rows(store, stem), _fieldnames(store, stem))
                    files.append(f"{stem}.csv")
            elif fmt == "csv":
                counts[stem] = _write_csv(out / f"{stem}.csv", _rows(store, stem), _fieldnames(store, stem))
                files.append(f"{stem}.csv")
            else:
                counts[stem] = _write_parquet(out / f"{stem}.parquet", list(_rows(store, stem)))
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
        "skipped": last.get("skipped", {}) if isinstance(last, dict) else {},
        "errors": errors_by_stage,
        "model": meta.get("model"),
    }
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return manifest
