"""Map the fields of JSONL/CSV records onto RawDocument hints (names configurable, common aliases known)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

# Our field -> names tried in order when the user gives no mapping for it.
DEFAULT_ALIASES: dict[str, tuple[str, ...]] = {
    "text": ("text", "content", "body", "article", "content_original", "maintext"),
    "html": ("html", "raw_html", "content_html", "page"),
    "title": ("title", "headline"),
    "url": ("url", "link", "source_url_full"),
    "published": (
        "published",
        "date",
        "pub_date",
        "publish_date",
        "published_at",
        "date_publish",
        "datePublished",
    ),
    "outlet": ("outlet", "source", "site_name", "publisher", "source_name"),
    "byline": ("byline", "author", "authors"),
}
FIELDS = tuple(DEFAULT_ALIASES)


def _as_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, list):
        parts = [str(v).strip() for v in value if v is not None and str(v).strip()]
        return ", ".join(parts) or None
    if isinstance(value, dict):
        return None
    text = str(value).strip()
    return text or None


def pick_fields(record: Mapping[str, Any], mapping: Mapping[str, str] | None = None) -> dict[str, str | None]:
    """Our field name -> value found in ``record`` (explicit ``mapping`` first, then the aliases)."""
    out: dict[str, str | None] = {}
    mapping = mapping or {}
    for ours, aliases in DEFAULT_ALIASES.items():
        names = (mapping[ours],) if ours in mapping else aliases
        value = None
        for name in names:
            if name in record:
                value = _as_text(record[name])
                if value is not None:
                    break
        out[ours] = value
    return out
