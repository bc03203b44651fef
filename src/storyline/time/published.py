"""``parse_published``: a publication date (and time and zone when printed) from a dateline string."""

from __future__ import annotations

import re

from storyline.time.calendar import safe_date
from storyline.time.grammar import MONTH, WEEKDAY_ANY
from storyline.time.vocab import MONTHS, TIME_ZONES

_MON = MONTH[:-1] + r"|Mar|Jun|Jul|Sep)"  # datelines abbreviate without a dot

_YEAR = r"(?:19|20)\d\d"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_SEP = r"[ \t]*(?:,|\.|-|–|—|\|)?[ \t]*"
_WD = rf"(?:(?:{WEEKDAY_ANY}),?[ \t]+)?"
_DATES = [
    re.compile(rf"{_WD}(?P<d>{_DAY})[ \t]+(?:of[ \t]+)?(?P<mon>{_MON}),?[ \t]+(?P<y>{_YEAR})\b", re.I),
    re.compile(rf"{_WD}(?P<mon>{_MON})[ \t]+(?P<d>{_DAY}),?[ \t]+(?P<y>{_YEAR})\b", re.I),
    re.compile(rf"\b(?P<y>{_YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?![\d])"),
    re.compile(rf"\b(?P<y>{_YEAR})/(?P<m>0?[1-9]|1[0-2])/(?P<d>0?[1-9]|[12]\d|3[01])(?![\d/])"),
]
_ZONE = "|".join(sorted((re.escape(z) for z in TIME_ZONES if len(z) > 1), key=len, reverse=True))
_TIME = re.compile(
    r"(?P<h>[01]?\d|2[0-3])(?::(?P<mi>[0-5]\d)(?::(?P<s>[0-5]\d)(?:\.\d+)?)?|(?=[ \t]*[ap]\.?m\b))"
    r"[ \t]*(?P<ap>[ap]\.?m\.?)?"
    rf"(?:[ \t]*\(?(?:(?P<off>Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)|(?P<zone>{_ZONE})(?:[ \t]*(?P<zoff>[+-]\d{{1,2}}(?::?\d\d)?))?)\)?)?(?![\w:])",
    re.I,
)


def _offset(m: re.Match[str]) -> str | None:
    raw = m.group("off")
    if raw:
        if raw.upper() == "Z":
            return "+00:00"
        digits = raw[1:].replace(":", "")
        return f"{raw[0]}{digits[:2]}:{digits[2:]}"
    zone = m.group("zone")
    if not zone:
        return None
    if m.group("zoff"):  # "GMT+8", "UTC-05:00"
        z = m.group("zoff")
        sign, rest = z[0], z[1:].replace(":", "")
        hh, mm = (rest[:-2], rest[-2:]) if len(rest) > 2 else (rest, "00")
        return f"{sign}{int(hh):02d}:{mm}"
    return TIME_ZONES.get(zone.lower())


def _time_near(text: str, start: int, end: int) -> tuple[str, int, int] | None:
    """A clock time printed right after the date ("..., 17:21 GMT") or right before it ("10:50 EST, Mar 5")."""
    after = re.match(r"[ \t]*(?:,|\||-|–|—|at|\bT)?[ \t]*", text[end : end + 8])
    pos = end + (after.end() if after else 0)
    m = _TIME.match(text, pos)
    if m is None:
        lo = max(0, start - 40)
        for cand in _TIME.finditer(text, lo, start):
            tail = text[cand.end() : start]
            if re.fullmatch(r"[ \t]*(?:,|\||-|–|—|on)?[ \t]*", tail):
                m = cand
        if m is None:
            return None
    h, mi = int(m.group("h")), int(m.group("mi") or 0)
    ap = (m.group("ap") or "").lower().replace(".", "")
    if not m.group("mi") and not ap:
        return None
    if ap == "pm" and h < 12:
        h += 12
    elif ap == "am" and h == 12:
        h = 0
    t = f"T{h:02d}:{mi:02d}" + (f":{m.group('s')}" if m.group("s") else "")
    off = _offset(m)
    return t + (off or ""), min(start, m.start()), max(end, m.end())


def parse_published(text: str) -> tuple[str, str] | None:
    """(ISO date or datetime with offset when printed, the matched evidence) for the first full date in ``text``.

    "Wednesday, 16 February, 2000, 17:21 GMT" -> ("2000-02-16T17:21+00:00", ...);
    "Friday, November 23, 2001" -> ("2001-11-23", ...). A date without a year is not a publication date.
    """
    if not text:
        return None
    best: tuple[int, re.Match[str]] | None = None
    for rx in _DATES:
        m = rx.search(text)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), m)
    if best is None:
        return None
    m = best[1]
    gd = m.groupdict()
    month = MONTHS[gd["mon"].lower().rstrip(".")] if gd.get("mon") else int(gd["m"])
    day = int(re.sub(r"\D", "", gd["d"]))
    d = safe_date(int(gd["y"]), month, day)
    if d is None:
        return None
    value = f"{d.year:04d}-{d.month:02d}-{d.day:02d}"
    start, end = m.start(), m.end()
    t = _time_near(text, start, end)
    if t is not None:
        value += t[0]
        start, end = t[1], t[2]
    return value, text[start:end].strip()
