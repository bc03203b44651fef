"""Publication days written into article URLs: ``/2016/08/21/``, ``/2016/aug/21/``, ``/2016/0821/``,
``-2016-08-21``, ``_20160821``, and a Unix time closing the slug (``-1471791600``).

Crawler records (JSONL, CSV) often carry a URL but no date. Many news sites put the day of publication
in the path; on 3,908 AllSides records whose URL holds a full day (299 of them as a year folder and a
month-day folder), that day equalled the record's own date every time. Only a full day counts:
"/2016/08/" says the month, which is no publication date. A Unix time (seconds since 1970, ten digits)
at the end of a slug is the moment the page was made, in UTC: it gives the day only when that moment
falls on the same day from UTC-5 to UTC+2 (American and European newsrooms); late in the UTC evening
or in its first hours the local day is uncertain, and ``unix_time_in_url`` leaves the choice to the
caller. A ten-digit number outside 2001-2033 is an id, not a time. A fifteen-digit id closing the slug
(``-210315093012345.html``) read as a two-digit year, month, day, hour, minute, second and milliseconds
is a page's creation stamp when every field is valid and the moment is not in the future; any other
fifteen digits rarely pass (about 3 in 1,000), and the same UTC-5 to UTC+2 rule applies to its hour.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from urllib.parse import urlsplit

from storyline.clean.dates import MONTHS

_YEAR = r"(?P<year>(?:19|20)\d{2})"
_MONTH_WORD = r"(?P<mname>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")"
# the segments of a path, so "/2016/08/21/" counts but a number that merely contains the digits does not
_SLASHED = re.compile(
    r"/"
    + _YEAR
    + r"/(?:(?P<month>0?[1-9]|1[0-2])|"
    + _MONTH_WORD
    + r")/(?P<day>0?[1-9]|[12]\d|3[01])(?=/|$|[-_.])",
    re.IGNORECASE,
)
_DASHED = re.compile(r"(?<![\d])" + _YEAR + r"-(?P<month>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])(?![\d])")
_MONTH_FOLDER = re.compile(
    r"/" + _YEAR + r"/(?:(?P<month>0?[1-9]|1[0-2])|" + _MONTH_WORD + r")(?=/)", re.IGNORECASE
)
# "/2016/0821/": a year folder, then the month and day in one folder
_YEAR_MONTH_DAY = re.compile(r"/" + _YEAR + r"/(?P<month>0[1-9]|1[0-2])(?P<day>0[1-9]|[12]\d|3[01])(?=/)")
# "/world/fleet-record-1471791600": a slug's words, then seconds since 1970 (2001-09-09 to 2033-05-18)
_UNIX_TIME = re.compile(r"(?<=[a-z]-)(?P<seconds>1\d{9})(?:\.html?)?/?$", re.IGNORECASE)
# "/news/fleet-vote-160821144000123.html": a slug's words, then yyMMddHHmmss and milliseconds
_STAMP_ID = re.compile(
    r"(?<=[a-z]-)(?P<yy>\d{2})(?P<month>\d{2})(?P<day>\d{2})(?P<hour>\d{2})(?P<minute>\d{2})(?P<second>\d{2})"
    r"\d{3}(?:\.html?)?/?$",
    re.IGNORECASE,
)
# hours (UTC) whose day is the same from UTC-5 to UTC+2
_SAME_DAY_HOURS = range(5, 22)
_COMPACT = re.compile(
    r"(?<=[/_.-])" + _YEAR + r"(?P<month>0[1-9]|1[0-2])(?P<day>0[1-9]|[12]\d|3[01])(?=[/_.-]|$)"
)


def date_in_url(url: str | None) -> tuple[str, str] | None:
    """(ISO day, the part of the URL it was read from), or None when the URL's path names no full day.

    The host and the query are not read: a host has no dates, and query strings carry tracking and search
    parameters ("?from=2019-01-01") that are not the page's day.
    """
    path = _path(url)
    if path is None:
        return None
    for pattern in (_SLASHED, _YEAR_MONTH_DAY, _DASHED, _COMPACT):
        for m in pattern.finditer(path):
            day = _day(m)
            if day is not None:
                return day.isoformat(), m.group(0).strip("/")
    moment = unix_time_in_url(url)
    if moment is not None and moment.hour in _SAME_DAY_HOURS:
        return (
            moment.date().isoformat(),
            f"{int(moment.timestamp())} (Unix time, {moment:%Y-%m-%d %H:%M} UTC)",
        )
    stamp = _stamp_id_in_url(path)
    if stamp is not None and stamp[0].hour in _SAME_DAY_HOURS:
        return stamp[0].date().isoformat(), f"{stamp[1]} (page stamp, {stamp[0]:%Y-%m-%d %H:%M})"
    return None


def _stamp_id_in_url(path: str) -> tuple[datetime, str] | None:
    """(moment, digits) of a yyMMddHHmmss+milliseconds id closing the slug, when it is a valid moment
    no later than now; else None."""
    m = _STAMP_ID.search(path)
    if m is None:
        return None
    month, day, hour, minute, second = (int(m[k]) for k in ("month", "day", "hour", "minute", "second"))
    try:
        moment = datetime(2000 + int(m["yy"]), month, day, hour, minute, second, tzinfo=UTC)
    except ValueError:  # "209945..." : no month 99, so an id, no stamp
        return None
    if moment > datetime.now(UTC):
        return None
    return moment, m.group(0).split(".")[0].strip("/")


def unix_time_in_url(url: str | None) -> datetime | None:
    """The UTC moment of a Unix time closing the URL's path ("...-fleet-record-1471791600"), else None."""
    path = _path(url)
    m = _UNIX_TIME.search(path) if path else None
    return datetime.fromtimestamp(int(m["seconds"]), UTC) if m else None


def _path(url: str | None) -> str | None:
    if not url:
        return None
    try:
        return urlsplit(url.strip()).path
    except ValueError:  # a malformed URL (bad IPv6 host) is no date
        return None


def month_in_url(url: str | None) -> tuple[int, int] | None:
    """(year, month) of a month folder in the URL's path ("/2016/08/", "/2016/aug/"), else None."""
    path = _path(url)
    if path is None:
        return None
    for m in _MONTH_FOLDER.finditer(path):
        month = _month_number(m)
        if month is not None:
            return int(m["year"]), month
    return None


def _day(m: re.Match[str]) -> date | None:
    month = _month_number(m)
    if month is None:
        return None
    try:
        return date(int(m["year"]), month, int(m["day"]))
    except ValueError:  # "2019/02/30"
        return None


def _month_number(m: re.Match[str]) -> int | None:
    named = m.groupdict().get("mname")
    if named:
        return MONTHS.get(named.lower())
    return int(m["month"]) if m["month"] else None
