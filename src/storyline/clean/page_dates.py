"""Refinements of the publication date htmldate picks from a page: its time and zone, and day-01 checks.

htmldate returns a day. The page's structured metadata (``article:published_time``, ``datePublished``) often
holds the full timestamp of that day, which we keep (the time and zone are part of the publication date).
Two corrections follow from the timestamp or the page text:
- a UTC stamp at exactly 22:00 or 23:00 is a local midnight east of Greenwich (a date-only field converted
  to UTC by the CMS), so the publication day is the next one and no time is known;
- htmldate falls back to the first of a month for "May 2016"; such a day-01 date is kept only when the page
  prints that full date.
"""

from __future__ import annotations

import calendar
import json
import re
from datetime import date, timedelta
from typing import Any

from storyline.clean.dates import parse_published

# Metadata keys naming the original publication time (never the modification time).
_PUBLISHED_KEYS = frozenset(
    ["article:published_time", "og:article:published_time", "datepublished", "pubdate", "publishdate"]
)
_LD_PUBLISHED = re.compile(r'"datePublished"\s*:\s*"([^"]{8,40})"')
_UTC_MIDNIGHT_EAST = re.compile(r"T2[23]:00(?::00(?:\.0+)?)?(?:Z|\+00:?00)$")
_MAX_SCRIPT_CHARS = 200_000  # JSON-LD blocks are small; a huge script is an app bundle


def structured_published(tree: Any) -> list[str]:
    """Raw publication timestamps from <meta> tags, <time itemprop> and JSON-LD, in page order."""
    found: list[str] = []
    try:
        for el in tree.iter("meta", "time", "script"):
            tag = el.tag
            if tag == "meta":
                key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
                if key in _PUBLISHED_KEYS and el.get("content"):
                    found.append(el.get("content").strip())
            elif tag == "time":
                if (el.get("itemprop") or "").lower() == "datepublished" and el.get("datetime"):
                    found.append(el.get("datetime").strip())
            elif (el.get("type") or "").lower() == "application/ld+json" and el.text:
                found.extend(m.group(1) for m in _LD_PUBLISHED.finditer(el.text[:_MAX_SCRIPT_CHARS]))
    except (ValueError, TypeError, json.JSONDecodeError):
        return found
    return found


def timed_date(day: str, stamps: list[str]) -> tuple[str, str | None]:
    """(publication date, the stamp it was read from): ``day`` with the time and zone of a stamp on that day.

    A UTC stamp at a local midnight moves the date to the next day (date only).
    """
    for raw in stamps:
        parsed = parse_published(raw)
        if parsed is None or parsed[0][:10] != day[:10]:
            continue
        value = parsed[0]
        if _UTC_MIDNIGHT_EAST.search(raw.strip()):
            return (date.fromisoformat(value[:10]) + timedelta(days=1)).isoformat(), raw
        return value, raw
    return day, None


def day_is_printed(text: str, iso_day: str) -> bool:
    """Whether ``text`` prints the full date ``iso_day`` (numeric day-first, month-first, ISO or English)."""
    try:
        d = date.fromisoformat(iso_day[:10])
    except ValueError:
        return False
    y, m, dd, name = d.year, d.month, d.day, calendar.month_name[d.month]
    patterns = (
        rf"(?<!\d){y}-{m:02d}-{dd:02d}(?!\d)",
        rf"(?<![\d.])0?{dd}\.\s?0?{m}\.\s?{y}(?!\d)",
        rf"(?<![\d/])0?{dd}/0?{m}/{y}(?!\d)",
        rf"(?<![\d/])0?{m}/0?{dd}/{y}(?!\d)",
        rf"\b{name}\s+{dd}(?:st|nd|rd|th)?,?\s+{y}\b",
        rf"(?<!\d){dd}(?:st|nd|rd|th)?\s+(?:of\s+)?{name},?\s+{y}\b",
    )
    return any(re.search(p, text, re.IGNORECASE) for p in patterns)
