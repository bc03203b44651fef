"""TIMEX3 values as a reader says them: "199" is "1990s", "2019-W05" is "week of 2019-01-28".

The pages print dates through this filter; stores, exports and ``data-`` attributes keep the TIMEX3
value, which sorts and parses. A value this module does not know is shown as it is.
"""

from __future__ import annotations

import re
from datetime import date

# spelled out, not calendar.month_name, which follows the locale: the pages are in English
_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_PARTS = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"}
_SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "AU": "autumn", "WI": "winter"}

_DAY = r"\d{4}-\d\d-\d\d"
_PART_OF_DAY = re.compile(rf"({_DAY})T(MO|AF|EV|NI|DT)")
_CLOCK = re.compile(rf"({_DAY})T(\d\d:\d\d)(?::\d\d(?:\.\d+)?)?(Z|[+-]\d\d:?\d\d)?")
_WEEK = re.compile(r"(\d{4})-W(\d\d?)(-WE)?")
_SEASON = re.compile(r"(\d{4})-(SP|SU|FA|AU|WI)")
_QUARTER = re.compile(r"(\d{4})-Q([1-4])")
_HALF = re.compile(r"(\d{4})-H([12])")
_DECADE = re.compile(r"\d{3}")
_CENTURY = re.compile(r"\d{2}")
_YEARLESS = re.compile(r"XXXX-(\d\d)(?:-(\d\d))?")
_DAYLESS = re.compile(r"(\d{4}-\d\d)-XX(?:T(MO|AF|EV|NI|DT))?")


def _week(m: re.Match[str]) -> str | None:
    year, week = int(m.group(1)), int(m.group(2))
    try:
        if m.group(3):
            return f"weekend of {date.fromisocalendar(year, week, 6).isoformat()}"
        return f"week of {date.fromisocalendar(year, week, 1).isoformat()}"
    except ValueError:  # week 53 of a 52-week year, week 0
        return None


def _yearless(m: re.Match[str]) -> str | None:
    month = int(m.group(1))
    if not 1 <= month <= 12:
        return None
    name = _MONTHS[month - 1]
    return f"{int(m.group(2))} {name} (year unknown)" if m.group(2) else f"{name} (year unknown)"


def when(value: object) -> str:
    """``value`` (a TIMEX3 date value) in words a reader takes in at a glance."""
    if value is None:
        return ""
    v = str(value).strip()
    if m := _PART_OF_DAY.fullmatch(v):
        return f"{m.group(1)} {_PARTS[m.group(2)]}"
    if m := _CLOCK.fullmatch(v):
        return f"{m.group(1)} {m.group(2)}{' ' + m.group(3) if m.group(3) else ''}"
    if m := _WEEK.fullmatch(v):
        return _week(m) or v
    if m := _SEASON.fullmatch(v):
        return f"{_SEASONS[m.group(2)]} {m.group(1)}"
    if m := _QUARTER.fullmatch(v):
        return f"Q{m.group(2)} {m.group(1)}"
    if m := _HALF.fullmatch(v):
        return f"{'first' if m.group(2) == '1' else 'second'} half of {m.group(1)}"
    if _DECADE.fullmatch(v):
        return f"{v}0s"
    if _CENTURY.fullmatch(v):
        return f"{v}00s"
    if m := _YEARLESS.fullmatch(v):
        return _yearless(m) or v
    if m := _DAYLESS.fullmatch(v):
        return f"{m.group(1)}, day unknown" + (f" ({_PARTS[m.group(2)]})" if m.group(2) else "")
    return v
