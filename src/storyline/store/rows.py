"""Map record dataclasses to SQLite rows and back, driven by the dataclass fields.

Scalars are columns; lists and nested records are JSON text. Because the mapping is derived from
``records.py``, a field added to a record becomes a column without hand-written SQL.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from typing import Any, TypeVar, Union, get_args, get_origin

from storyline import records

T = TypeVar("T")

_SQL_TYPES = {int: "INTEGER", float: "REAL", str: "TEXT", bool: "INTEGER"}


def _unwrap_optional(tp: Any) -> Any:
    if get_origin(tp) in (Union, types.UnionType):
        args = [a for a in get_args(tp) if a is not type(None)]
        if len(args) == 1:
            return args[0]
    return tp


_FIELD_TYPES: dict[type, dict[str, Any]] = {}


def field_types(cls: type) -> dict[str, Any]:
    """Field name -> type (Optional unwrapped) of a record class, computed once per class."""
    known = _FIELD_TYPES.get(cls)
    if known is None:
        hints = typing.get_type_hints(cls, vars(records))
        known = {
            f.name: _unwrap_optional(hints[f.name])
            for f in dataclasses.fields(cls)
            if not f.name.startswith("_")
        }
        _FIELD_TYPES[cls] = known
    return known


def _is_json(tp: Any) -> bool:
    return get_origin(tp) in (list, dict) or dataclasses.is_dataclass(tp)


def sql_type(tp: Any) -> str:
    if _is_json(tp):
        return "TEXT"
    if get_origin(tp) is typing.Literal:
        return "TEXT"
    return _SQL_TYPES.get(tp, "TEXT")


def columns(cls: type) -> list[tuple[str, str]]:
    return [(name, sql_type(tp)) for name, tp in field_types(cls).items()]


def _encode(value: Any, tp: Any) -> Any:
    if value is None:
        return None
    if _is_json(tp):
        return json.dumps(_plain(value), ensure_ascii=False, separators=(",", ":"))
    if isinstance(value, bool):
        return int(value)
    return value


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _decode(raw: Any, tp: Any) -> Any:
    if raw is None:
        return None
    if _is_json(tp):
        return _build(json.loads(raw), tp)
    if tp is bool:
        return bool(raw)
    return raw


def _build(data: Any, tp: Any) -> Any:
    """Rebuild nested records (list[Citation], list[Role], ...) from decoded JSON."""
    tp = _unwrap_optional(tp)
    if data is None:
        return None
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        return from_plain(tp, data)
    if get_origin(tp) is list:
        (inner,) = get_args(tp) or (Any,)
        return [_build(v, inner) for v in data]
    return data


def from_plain(cls: type[T], data: dict[str, Any]) -> T:
    """Build a record from a plain dict (unknown keys ignored, nested records rebuilt)."""
    kinds = field_types(cls)
    kwargs = {k: _build(v, kinds[k]) for k, v in data.items() if k in kinds}
    return cls(**kwargs)


def to_row(obj: Any) -> dict[str, Any]:
    kinds = field_types(type(obj))
    return {name: _encode(getattr(obj, name), tp) for name, tp in kinds.items()}


def from_row(cls: type[T], row: dict[str, Any]) -> T:
    kinds = field_types(cls)
    kwargs = {name: _decode(row[name], tp) for name, tp in kinds.items() if name in row}
    return cls(**kwargs)
