"""Publication dates as printed on news pages, to ISO 8601 at the precision given.

``parse_published("Wednesday, 16 February, 2000, 17:21 GMT")`` -> ``("2000-02-16T17:21:00+00:00", <matched text>)``;
a date without a time stays a day ("2001-11-23"); a time without a known zone has no offset.
Only dates with a four-digit year are read: "16 Feb" alone is not a publication date.
"""

from __future__ import annotations

import re
from datetime import date

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
# Zone abbreviations with one unambiguous offset; "ET"/"PT" (daylight-dependent) and "IST" (three zones) are
# read as a local time without an offset rather than guessed.
ZONES = {
    "gmt": "+00:00", "utc": "+00:00", "z": "+00:00", "bst": "+01:00", "cet": "+01:00", "cest": "+02:00",
    "eet": "+02:00", "eest": "+03:00", "msk": "+03:00", "est": "-05:00", "edt": "-04:00", "cst": "-06:00",
    "cdt": "-05:00", "mst": "-07:00", "mdt": "-06:00", "pst": "-08:00", "pdt": "-07:00", "jst": "+09:00",
    "kst": "+09:00", "hkt": "+08:00", "sgt": "+08:00", "aest": "+10:00", "aedt": "+11:00", "nzst": "+12:00",
    "nzdt": "+13:00", "wib": "+07:00",
}  # fmt: skip
_LOCAL_ZONES = ("et", "pt", "ct", "mt", "ist", "local time")

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_ZONE = (
    r"(?P<zone>(?:gmt|utc)[+-]\d{1,2}(?::?\d{2})?|"  # "GMT+8", "UTC-05:00"
    + "|".join(sorted([*ZONES, *_LOCAL_ZONES], key=len, reverse=True))
    + r"|[+-]\d{2}:?\d{2})"
)
_TIME = (
    r"(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?::(?P<second>\d{2}))?"
    r"\s*(?P<ampm>[ap]\.?\s?m\.?)?(?:\s*\(?(?:" + _ZONE + r")\)?)?"
)
_TIME_AFTER = r"(?:,?\s*(?:at\s+|-\s+|\|\s*)?" + _TIME + r")?"
_B = r"(?<![\w])"
_DMY = re.compile(
    _B + _WEEKDAY + _DAY + r"\s+(?:of\s+)?" + _MONTH + r",?\s+" + _YEAR + r"\b" + _TIME_AFTER, re.I
)
_MDY = re.compile(_B + _WEEKDAY + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR + r"\b" + _TIME_AFTER, re.I)
_ISO = re.compile(
    r"(?<![\d])(?P<year>(?:19|20)\d{2})-(?P<month>\d{2})-(?P<day>\d{2})"
    r"(?:[T ](?P<hour>\d{2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:\.\d+)?)?\s*(?P<zone>Z|[+-]\d{2}:?\d{2})?)?"
    r"(?![\d])"
)
_SLASH = re.compile(  # "2019/07/21" (year first, so never confused with 07/08 day-month order)
    r"(?<![\d/])(?P<year>(?:19|20)\d{2})/(?P<month>0?[1-9]|1[0-2])/(?P<day>0?[1-9]|[12]\d|3[01])(?![\d/])"
)
# "17:21 GMT, Wednesday, 16 February 2000": a time printed just before the date.
_TIME_FIRST = re.compile(_B + _TIME + r"\s*[,|-]?\s*$", re.I)


def _offset(zone: str | None) -> str | None:
    if not zone:
        return None
    z = zone.lower()
    if z in ZONES:
        return ZONES[z]
    m = re.fullmatch(r"(?:gmt|utc)([+-])(\d{1,2})(?::?(\d{2}))?", z)
    if m:
        return f"{m.group(1)}{int(m.group(2)):02d}:{m.group(3) or '00'}"
    m = re.fullmatch(r"([+-])(\d{2}):?(\d{2})", zone)
    return f"{m.group(1)}{m.group(2)}:{m.group(3)}" if m else None


def _iso(year: int, month: int, day: int, g: dict[str, str | None]) -> str | None:
    try:
        date(year, month, day)
    except ValueError:
        return None
    out = f"{year:04d}-{month:02d}-{day:02d}"
    if g.get("hour") is None or g.get("minute") is None:
        return out
    hour, minute = int(g["hour"] or 0), int(g["minute"] or 0)
    second = int(g.get("second") or 0)
    ampm = (g.get("ampm") or "").lower().replace(".", "").replace(" ", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59 or second > 59:
        return out
    offset = _offset(g.get("zone"))
    return f"{out}T{hour:02d}:{minute:02d}:{second:02d}{offset or ''}"


def parse_published(text: str) -> tuple[str, str] | None:
    """The first full date in ``text`` as (ISO value, the words it was read from), or None."""
    if not text:
        return None
    best: tuple[int, str, str] | None = None
    for pattern in (_DMY, _MDY, _ISO, _SLASH):
        for m in pattern.finditer(text):
            g = m.groupdict()
            month_text = g["month"] or ""
            month = int(month_text) if month_text.isdigit() else MONTHS.get(month_text.lower().rstrip("."), 0)
            if not 1 <= month <= 12:
                continue
            value = _iso(int(g["year"] or 0), month, int(g["day"] or 0), g)
            if value is None:
                continue
            start, end = m.start(), m.end()
            if "T" not in value:
                before = _TIME_FIRST.search(text[max(0, start - 30) : start])
                timed = (
                    _iso(int(g["year"] or 0), month, int(g["day"] or 0), before.groupdict())
                    if before
                    else None
                )
                if before is not None and timed is not None:
                    value, start = timed, max(0, start - 30) + before.start()
            if best is None or start < best[0]:
                best = (start, value, text[start:end].strip(" ,"))
            break
    return None if best is None else (best[1], best[2])
