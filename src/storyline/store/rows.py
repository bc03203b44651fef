"""Map record dataclasses to SQLite rows and back, driven by the dataclass fields.

Scalars are columns; lists and nested records are JSON text. Because the mapping is derived from
``records.py``, a field added to a record becomes a column without hand-written SQL.
"""

from __future__ import annotations

import dataclasses
import json
import operator
import types
import typing
from collections.abc import Callable, Sequence
from typing import Any, TypeVar, Union, get_args, get_origin

from storyline import records

T = TypeVar("T")

_SQL_TYPES = {int: "INTEGER", float: "REAL", str: "TEXT", bool: "INTEGER"}


def unwrap_optional(tp: Any) -> Any:
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
            f.name: unwrap_optional(hints[f.name])
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


def _record_as_dict(value: Any) -> dict[str, Any]:
    """``json.dumps`` hook: a nested record as the dict ``dataclasses.asdict`` would give (every field,
    in field order), without asdict's deep copy of the whole value first."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: getattr(value, f.name) for f in dataclasses.fields(value)}
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


# what json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=...) builds on every call
_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=_record_as_dict)


def _dumps(value: Any) -> str:
    return _JSON.encode(value)


# -- compiled codecs --------------------------------------------------------------------------------
# Reading and writing the corpus means millions of field values; deciding a field's kind (JSON? bool?
# nested record?) once per class instead of once per value is most of the store's read/write time.

Convert = Callable[[Any], Any]


def _builder(tp: Any) -> Convert | None:
    """What rebuilds a value of type ``tp`` from decoded JSON (None: the JSON value is the value)."""
    tp = unwrap_optional(tp)
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        record_cls = tp
        return lambda data: None if data is None else from_plain(record_cls, data)
    if get_origin(tp) is list:
        (inner,) = get_args(tp) or (Any,)
        item = _builder(inner)
        if item is None:
            return None
        return lambda data: None if data is None else [item(v) for v in data]
    return None


def _json_decoder(tp: Any) -> Convert:
    build = _builder(tp)
    if build is None:
        return lambda raw: None if raw is None else json.loads(raw)
    return lambda raw: None if raw is None else build(json.loads(raw))


def _bool_decoder(raw: Any) -> Any:
    return None if raw is None else bool(raw)


def _json_encoder(value: Any) -> Any:
    return None if value is None else _dumps(value)


def _bool_encoder(value: Any) -> Any:
    return int(value) if isinstance(value, bool) else value


_PLAIN_PLANS: dict[type, dict[str, Convert | None]] = {}
_DECODE_PLANS: dict[type, dict[str, Convert | None]] = {}
_ENCODE_PLANS: dict[type, tuple[tuple[str, Convert | None], ...]] = {}


def _plain_plan(cls: type) -> dict[str, Convert | None]:
    """Field name -> how ``from_plain`` rebuilds it (None: taken as it is)."""
    plan = _PLAIN_PLANS.get(cls)
    if plan is None:
        plan = _PLAIN_PLANS[cls] = {name: _builder(tp) for name, tp in field_types(cls).items()}
    return plan


def _decode_plan(cls: type) -> dict[str, Convert | None]:
    """Field name -> how a column value becomes the field value (None: taken as it is)."""
    plan = _DECODE_PLANS.get(cls)
    if plan is None:
        plan = _DECODE_PLANS[cls] = {
            name: _json_decoder(tp) if _is_json(tp) else _bool_decoder if tp is bool else None
            for name, tp in field_types(cls).items()
        }
    return plan


def _encode_plan(cls: type) -> tuple[tuple[str, Convert | None], ...]:
    """(field name, how the field value becomes a column value; None: as it is), in column order.

    sqlite3 binds any other bool as the integer it is, so only declared-bool fields convert."""
    plan = _ENCODE_PLANS.get(cls)
    if plan is None:
        plan = _ENCODE_PLANS[cls] = tuple(
            (name, _json_encoder if _is_json(tp) else _bool_encoder if tp is bool else None)
            for name, tp in field_types(cls).items()
        )
    return plan


def from_plain(cls: type[T], data: dict[str, Any]) -> T:
    """Build a record from a plain dict (unknown keys ignored, nested records rebuilt)."""
    plan = _plain_plan(cls)
    kwargs = {}
    for key, value in data.items():
        if key in plan:
            build = plan[key]
            kwargs[key] = value if build is None or value is None else build(value)
    return cls(**kwargs)


def row_columns(cls: type) -> list[str]:
    """The column names ``row_values`` fills, in order."""
    return [name for name, _ in _encode_plan(cls)]


_ROW_ENCODERS: dict[type, Callable[[Any], tuple[Any, ...]]] = {}


def _row_encoder(cls: type) -> Callable[[Any], tuple[Any, ...]]:
    encode = _ROW_ENCODERS.get(cls)
    if encode is None:
        plan = _encode_plan(cls)
        get = operator.attrgetter(*(name for name, _ in plan))
        single = len(plan) == 1  # attrgetter of one name gives the value, not a tuple
        converts = [(i, convert) for i, (_, convert) in enumerate(plan) if convert is not None]

        def encode(obj: Any) -> tuple[Any, ...]:
            values = (get(obj),) if single else get(obj)
            if not converts:
                return tuple(values)
            out = list(values)
            for i, convert in converts:
                out[i] = convert(out[i])
            return tuple(out)

        _ROW_ENCODERS[cls] = encode
    return encode


def row_values(obj: Any) -> tuple[Any, ...]:
    """A record as the values of its ``row_columns``."""
    return _row_encoder(type(obj))(obj)


def to_row(obj: Any) -> dict[str, Any]:
    return dict(zip(row_columns(type(obj)), row_values(obj), strict=True))


def _takes_fields_in_order(cls: type, names: Sequence[str]) -> bool:
    """Whether ``cls(*values)`` fills exactly the fields ``names``, in that order."""
    init = [f.name for f in dataclasses.fields(cls) if f.init]
    return list(names) == init[: len(names)] and set(names) == set(field_types(cls))


def row_reader(cls: type[T], names: Sequence[str]) -> Callable[[Sequence[Any]], T]:
    """A function building ``cls`` records from rows whose columns are ``names`` (the columns that
    are not fields of ``cls`` are ignored; fields without a column take their defaults)."""
    plan = _decode_plan(cls)
    if _takes_fields_in_order(cls, names):  # a table created from this record: positional arguments
        converts = [(i, convert) for i, convert in enumerate(plan[n] for n in names) if convert]
        if not converts:
            return lambda values: cls(*values)

        def read_positional(values: Sequence[Any]) -> T:
            args = list(values)
            for i, convert in converts:
                args[i] = convert(args[i])
            return cls(*args)

        return read_positional
    as_is: list[tuple[int, str]] = []
    converted: list[tuple[int, str, Convert]] = []
    for i, name in enumerate(names):
        if name in plan:
            convert = plan[name]
            if convert is None:
                as_is.append((i, name))
            else:
                converted.append((i, name, convert))

    def read(values: Sequence[Any]) -> T:
        kwargs = {name: values[i] for i, name in as_is}
        for i, name, convert in converted:
            kwargs[name] = convert(values[i])
        return cls(**kwargs)

    return read


_READERS: dict[tuple[type, tuple[str, ...]], Callable[[Sequence[Any]], Any]] = {}


def from_row(cls: type[T], row: dict[str, Any]) -> T:
    key = (cls, tuple(row))
    read = _READERS.get(key)
    if read is None:
        read = _READERS[key] = row_reader(cls, key[1])
    return read(list(row.values()))
