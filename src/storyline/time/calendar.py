"""Date arithmetic and TIMEX3 value strings (ISO dates, weeks, quarters, seasons, decades)."""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, timedelta

_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def parse_day(value: str | None) -> date | None:
    """The calendar day of an ISO value ("2001-11-23T01:27+00:00" -> 2001-11-23); None below day precision."""
    if not value:
        return None
    m = _ISO_DAY.match(value)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def day_value(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def week_value(d: date) -> str:
    iso = d.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    idx = year * 12 + (month - 1) + delta
    return idx // 12, idx % 12 + 1


def shift_value(dct: date, unit: str, n: int) -> str:
    """The DCT moved by ``n`` units, written at that unit's granularity ("60 years ago" -> "1941")."""
    if unit in ("day", "night"):
        return day_value(dct + timedelta(days=n))
    if unit == "week":
        return week_value(dct + timedelta(weeks=n))
    if unit == "fortnight":
        return week_value(dct + timedelta(weeks=2 * n))
    if unit == "month":
        y, m = add_months(dct.year, dct.month, n)
        return month_value(y, m)
    if unit == "quarter":
        y, m = add_months(dct.year, dct.month, 3 * n)
        return f"{y:04d}-Q{(m - 1) // 3 + 1}"
    if unit == "year":
        return f"{dct.year + n:04d}"
    if unit == "decade":
        return f"{(dct.year + 10 * n) // 10:03d}"
    if unit == "century":
        return f"{(dct.year + 100 * n) // 100:02d}"
    return day_value(dct)


def weekday_date(dct: date, weekday: int, direction: int) -> date:
    """The weekday nearest the DCT in ``direction`` (-1 past, +1 future, 0 the same ISO week).

    The DCT's own weekday is the DCT itself unless the direction is strict (see ``strict_weekday``).
    """
    diff = weekday - dct.weekday()
    if direction == 0:
        return dct + timedelta(days=diff)
    if direction < 0:
        return dct + timedelta(days=diff if diff <= 0 else diff - 7)
    return dct + timedelta(days=diff if diff >= 0 else diff + 7)


def strict_weekday(dct: date, weekday: int, direction: int) -> date:
    """ "last Friday" / "next Friday": never the DCT itself."""
    d = weekday_date(dct, weekday, direction)
    if d == dct:
        d += timedelta(days=7 * direction)
    return d


def month_year(dct: date, month: int, direction: int, strict: bool = False, firm: bool = False) -> int:
    """Year of a named month around the DCT.

    ``strict`` ("last March", "next March"): the nearest occurrence strictly before (-1) or after (+1)
    the DCT's month. ``firm`` with a past direction (a past verb the parse shows governs the month): the
    latest occurrence up to the DCT's month. Otherwise the nearest occurrence, where the tense's side of
    the DCT gets a six-month head start (the words that give the tense often belong to another event
    than the month).
    """
    if firm and direction < 0:
        return dct.year if month <= dct.month else dct.year - 1
    if strict:
        if direction < 0:
            return dct.year if month < dct.month else dct.year - 1
        return dct.year if month > dct.month else dct.year + 1
    best: tuple[int, int] | None = None
    for y in (dct.year - 1, dct.year, dct.year + 1):
        dist = (y - dct.year) * 12 + (month - dct.month)
        cost = abs(dist) * 2 + (dist > 0)  # a tie goes to the past
        if (direction < 0 and dist > 0) or (direction > 0 and dist < 0):
            cost += 12
        if best is None or cost < best[0]:
            best = (cost, y)
    assert best is not None
    return best[1]


def nearest_year(dct: date, month: int, day: int, direction: int, firm: bool = False) -> int:
    """Year of a yearless month-day: the closest to the DCT, preferring the tense's side of it; with
    ``firm`` (a past verb the parse shows governs the day) one after the DCT never wins."""
    best: tuple[float, int] | None = None
    for y in (dct.year - 1, dct.year, dct.year + 1):
        d = safe_date(y, month, min(day, monthrange(y, month)[1]))
        if d is None:
            continue
        delta = (d - dct).days
        cost = abs(delta)
        # A date on the wrong side of the DCT for the tense must be more than six months closer to win.
        if (direction < 0 and delta > 1) or (direction > 0 and delta < -1):
            cost += 1000 if firm and direction < 0 else 200
        if best is None or cost < best[0]:
            best = (cost, y)
    return best[1] if best else dct.year


def easter(year: int) -> date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month = (h + ell - 7 * m + 114) // 31
    day = (h + ell - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def thanksgiving(year: int) -> date:
    """US Thanksgiving: the fourth Thursday of November."""
    first = date(year, 11, 1)
    return first + timedelta(days=(3 - first.weekday()) % 7 + 21)


def us_election_day(year: int) -> date:
    """US Election Day: the Tuesday after the first Monday in November."""
    first = date(year, 11, 1)
    first_monday = first + timedelta(days=(0 - first.weekday()) % 7)
    return first_monday + timedelta(days=1)
