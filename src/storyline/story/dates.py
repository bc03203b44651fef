"""Calendar keys at day, month or year precision, read from ISO 8601 / TIMEX3 values."""

from __future__ import annotations

import re
from datetime import date, timedelta

# a day "XX" is an unknown day of a known month ("that same day" after the story went back a month)
_KEY = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}|XX))?)?(?![\d-])")


def date_key(value: str | None) -> str | None:
    """The calendar part of an ISO/TIMEX3 value: "2000-02-16T17:21+00:00" -> "2000-02-16",
    "1999-03" and "1999-03-XX" -> "1999-03", "1997" -> "1997"; None for anything that is not a calendar date
    (durations, "PRESENT_REF", "XXXX-03", weeks, seasons) or an impossible one."""
    if not value:
        return None
    m = _KEY.match(value.strip())
    if not m:
        return None
    year, month, day = m.group(1), m.group(2), m.group(3)
    if month is None:
        return year
    if not 1 <= int(month) <= 12:
        return None
    if day is None or day == "XX":
        return f"{year}-{month}"
    try:
        date(int(year), int(month), int(day))
    except ValueError:
        return None
    return f"{year}-{month}-{day}"


def precision(key: str) -> str:
    """ "day", "month" or "year"."""
    return {10: "day", 7: "month"}.get(len(key), "year")


def to_date(key: str) -> date:
    """The first day a key covers (a month key -> its 1st, a year key -> 1 January)."""
    parts = [int(p) for p in key.split("-")]
    while len(parts) < 3:
        parts.append(1)
    return date(parts[0], parts[1], parts[2])


def next_day(key: str) -> str | None:
    if precision(key) != "day":
        return None
    return (to_date(key) + timedelta(days=1)).isoformat()


def month_of(key: str) -> str | None:
    return key[:7] if len(key) >= 7 else None


def in_range(key: str, start: str | None, end: str | None) -> bool:
    """Whether a key falls within [start, end], comparing at the coarser of the two precisions
    (``end="2009"`` keeps "2009-03-05"; ``start="1999-06"`` keeps "1999" as overlapping)."""
    if start:
        n = min(len(key), len(start))
        if key[:n] < start[:n]:
            return False
    if end:
        n = min(len(key), len(end))
        if key[:n] > end[:n]:
            return False
    return True


def sort_key(key: str) -> tuple[str, int]:
    """Chronological order with a coarse key before the finer keys it contains."""
    return (key, len(key))


def all_published_before(published: list[str | None], key: str) -> bool:
    """Whether every report (by its publication key) came out before the day ``key`` names, compared at
    the coarser of the two precisions: an event so reported is a plan or a forecast, not activity."""
    return bool(published) and all(p is not None and p[: len(key)] < key[: len(p)] for p in published)
