"""Map the fields of JSONL/CSV records onto RawDocument hints (names configurable, common aliases known).

Crawlers and APIs name the same field many ways ("pubDate", "pub_date", "Published Date"), nest it
("thread.url", "fields.bodyText", "headline.main", "source.name") and type it loosely (numbers for
strings, lists of paragraphs, epoch times, ``{"$date": ...}``). Names are compared without case or
punctuation; a field not found at the top level is looked for one and two levels down.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

# Our field -> names tried in order when the user gives no mapping for it (compared by _name_key).
DEFAULT_ALIASES: dict[str, tuple[str, ...]] = {
    "text": (
        "text",
        "content",
        "body",
        "article",
        "content_original",
        "maintext",
        "body_text",
        "article_text",
        "full_text",
        "story_text",
    ),
    "html": ("html", "raw_html", "content_html", "body_html", "html_content", "page", "content:encoded"),
    "title": ("title", "headline", "web_title"),
    "url": ("url", "link", "web_url", "canonical_url", "article_url", "source_url_full", "source_url"),
    "published": (
        "published",
        "date",
        "pub_date",
        "publish_date",
        "published_at",
        "published_date",
        "publication_date",
        "date_publish",
        "date_published",
        "datePublished",
        "web_publication_date",
    ),
    "outlet": ("outlet", "source", "site_name", "publisher", "source_name", "source_domain", "media_name"),
    "byline": ("byline", "author", "authors", "creator"),
}
FIELDS = tuple(DEFAULT_ALIASES)
_BODY_FIELDS = ("text", "html")
# Inside a nested object that stands for one value ({"main": ...}, {"name": ...}), the key holding it.
_INNER_VALUE_KEYS = ("main", "name", "value", "text", "$date", "original", "display_name")
_NESTED_DEPTH = 2
_NON_ALNUM = re.compile(r"[^a-z0-9$]+")
# JSON may escape half a surrogate pair ("\ud83d" alone); SQLite cannot store it, so it becomes U+FFFD.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
# Unix times from 1990 to 2100: ten digits are seconds, thirteen milliseconds.
_EPOCH_SECONDS = (631_152_000, 4_102_444_800)
_COMPACT_DAY = re.compile(r"(19|20)\d\d(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])")


def _name_key(name: str) -> str:
    """``pubDate``, ``pub_date`` and ``Pub Date`` are one name."""
    return _NON_ALNUM.sub("", name.lower())


def _inner_value(value: Mapping[str, Any]) -> Any:
    keys = {_name_key(k): k for k in value if isinstance(k, str)}
    for inner in _INNER_VALUE_KEYS:
        if inner in keys:
            return value[keys[inner]]
    return None


def _not_finite(value: Any) -> bool:
    """JSON's NaN and Infinity, which Python reads as numbers: no title, no time."""
    return isinstance(value, float) and not math.isfinite(value)


def _scalar_text(value: Any) -> str | None:
    if isinstance(value, Mapping):
        value = _inner_value(value)
    if value is None or isinstance(value, (Mapping, list)) or _not_finite(value):
        return None
    text = _LONE_SURROGATE.sub("\ufffd", str(value).strip())
    return text or None


def _as_text(value: Any, joiner: str = ", ") -> str | None:
    """A field value as one string: lists joined, an object by its inner value, nulls as missing."""
    if isinstance(value, list):
        parts = [t for t in (_scalar_text(v) for v in value) if t]
        return joiner.join(parts) or None
    return _scalar_text(value)


def _body(value: Any) -> str | None:
    """An article body: text, or a list of paragraphs. A number or a boolean is no body, and an object
    is a container whose own fields are searched one level down ({"article": {"body": ...}})."""
    if isinstance(value, (bool, int, float, Mapping)):
        return None
    return _as_text(value, joiner="\n\n")


def _epoch_to_iso(number: float) -> str | None:
    seconds = number / 1000 if number > _EPOCH_SECONDS[1] else number
    if not _EPOCH_SECONDS[0] <= seconds <= _EPOCH_SECONDS[1]:
        return None
    return datetime.fromtimestamp(seconds, tz=UTC).isoformat()


def _as_date(value: Any) -> str | None:
    """A date field as text the cleaner parses: epoch seconds or milliseconds (numbers or digit strings)
    become ISO times in UTC, a compact day (20190304) an ISO day; anything else is passed on as written."""
    if isinstance(value, Mapping):
        value = _inner_value(value)
    if isinstance(value, bool) or _not_finite(value):
        return None
    if isinstance(value, (int, float)):
        digits = str(int(value))
    else:
        text = _as_text(value)
        if text is None:
            return None
        digits = text
    if _COMPACT_DAY.fullmatch(digits):
        return f"{digits[:4]}-{digits[4:6]}-{digits[6:]}"
    if re.fullmatch(r"\d{10}(\d{3})?(\.\d+)?", digits):
        return _epoch_to_iso(float(digits))
    return digits


def _convert(ours: str, value: Any) -> str | None:
    if ours in _BODY_FIELDS:
        return _body(value)
    if ours == "published":
        return _as_date(value)
    return _as_text(value)


def _key_index(record: Mapping[str, Any]) -> list[dict[str, list[Any]]]:
    """Per nesting depth, the values of ``record`` by normalised key (top level first)."""
    levels: list[dict[str, list[Any]]] = []
    layer: list[Mapping[str, Any]] = [record]
    for _ in range(_NESTED_DEPTH + 1):
        index: dict[str, list[Any]] = {}
        nested: list[Mapping[str, Any]] = []
        for obj in layer:
            for k, v in obj.items():
                if isinstance(k, str):
                    index.setdefault(_name_key(k), []).append(v)
                if isinstance(v, Mapping):
                    nested.append(v)
        levels.append(index)
        layer = nested
        if not layer:
            break
    return levels


def _dotted(record: Mapping[str, Any], path: str) -> Any:
    """``fields.bodyText`` in ``{"fields": {"bodyText": ...}}``; None when the path is not there."""
    value: Any = record
    for part in path.split("."):
        if not isinstance(value, Mapping) or part not in value:
            return None
        value = value[part]
    return value


def _field_value(
    record: Mapping[str, Any], levels: list[dict[str, list[Any]]], ours: str, names: tuple[str, ...]
) -> str | None:
    """The first usable value under any of ``names`` (in their order), at the top level or nested."""
    for name in names:  # the exact name (or dotted path), as the user or the alias list wrote it
        exact = record.get(name) if name in record else _dotted(record, name) if "." in name else None
        converted = _convert(ours, exact) if exact is not None else None
        if converted is not None:
            return converted
    for index in levels:
        for name in names:
            for value in index.get(_name_key(name), ()):
                converted = _convert(ours, value)
                if converted is not None:
                    return converted
    return None


def pick_fields(record: Mapping[str, Any], mapping: Mapping[str, str] | None = None) -> dict[str, str | None]:
    """Our field name -> value found in ``record`` (explicit ``mapping`` first, then the aliases)."""
    mapping = mapping or {}
    levels = _key_index(record)
    out: dict[str, str | None] = {}
    for ours, aliases in DEFAULT_ALIASES.items():
        names = (mapping[ours],) if ours in mapping else aliases
        out[ours] = _field_value(record, levels, ours, names)
    return out
