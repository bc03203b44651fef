"""Full dates as web pages print them, in the languages news pages are written in.

HTML pages print their publication date in the page's own language and local convention: "3. Februar 2022",
"07 de mayo del 2022", "10 décembre 2019", "19.10.2019, 05:00 Uhr", "3/5/2022 22:41", "10.12.19". The cleaner
compares these with the page's machine-readable stamps (see page_dates), so only the day matters here.
``dates.parse_published`` stays the English dateline parser that keeps times and zones.

A numeric d/m/y vs m/d/y date is ambiguous when both numbers are at most 12: both readings are returned.
Only dates with a year are read; a bare "3. Februar" is not a publication date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

# Month names and common abbreviations (English, German, French, Spanish, Italian, Portuguese, Dutch).
_MONTH_WORDS: dict[int, tuple[str, ...]] = {
    1: ("january", "jan", "januar", "jänner", "janvier", "janv", "enero", "ene", "gennaio", "gen", "janeiro",
        "januari"),
    2: ("february", "feb", "februar", "feber", "février", "févr", "fevrier", "febrero", "febbraio",
        "fevereiro", "februari"),
    3: ("march", "mar", "märz", "maerz", "mär", "mrz", "mars", "marzo", "março", "maart", "mrt"),
    4: ("april", "apr", "avril", "avr", "abril", "abr", "aprile"),
    5: ("may", "mai", "mayo", "maggio", "mag", "maio", "mei"),
    6: ("june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho"),
    7: ("july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho"),
    8: ("august", "aug", "août", "aout", "agosto", "ago", "augustus"),
    9: ("september", "sep", "sept", "septembre", "septiembre", "setiembre", "settembre", "set", "setembro"),
    10: ("october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out"),
    11: ("november", "nov", "novembre", "noviembre", "novembro"),
    12: ("december", "dec", "dezember", "dez", "décembre", "déc", "decembre", "diciembre", "dic", "dicembre",
         "dezembro"),
}  # fmt: skip
MONTH_NUMBER = {w: n for n, words in _MONTH_WORDS.items() for w in words}
# Any word, checked against MONTH_NUMBER afterwards: a 100-way alternation tried at every word is slow.
_MONTH = r"(?P<month>[^\W\d_]{3,10})\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|º|°)?\.?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_B, _E = r"(?<![\w./-])", r"(?![\w/-]|\.\d)"
_OF = r"(?:\s*(?:de|del|of)\s+|\s*,\s*|\s+|-)"  # "07 de mayo del 2022", "3 May, 2022", "03-Feb-2022"

_WORD_DMY = re.compile(_B + _DAY + _OF + _MONTH + _OF + _YEAR + _E, re.IGNORECASE)
_WORD_MDY = re.compile(_B + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR + _E, re.IGNORECASE)
_ISO = re.compile(r"(?<![\w./-])(?P<year>(?:19|20)\d{2})-(?P<month>[01]?\d)-(?P<day>[0-3]?\d)(?![\d/-])")
_DOTTED = re.compile(  # 19.10.2019, 1.2.2022, 10.12.19 (two-digit year only with two-digit day and month)
    r"(?<![\w.,/-])(?:(?P<day>[0-3]?\d)\.\s?(?P<month>[01]?\d)\.\s?(?P<year>(?:19|20)\d{2})"
    r"|(?P<day2>[0-3]\d)\.(?P<month2>[01]\d)\.(?P<year2>\d{2}))(?![\d]|\.\d)"
)
_SLASHED = re.compile(r"(?<![\w./-])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<year>(?:19|20)\d{2}|\d{2})(?![\d/])")
_YMD_SLASH = re.compile(r"(?<![\w./-])(?P<year>(?:19|20)\d{2})/(?P<month>[01]?\d)/(?P<day>[0-3]?\d)(?![\d/])")


@dataclass(frozen=True, slots=True)
class PrintedDate:
    start: int
    end: int
    days: tuple[str, ...]  # ISO days it can mean (two for an ambiguous 3/5/2022)


def _day(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _full_year(text: str) -> int:
    y = int(text)
    return y + 2000 if y < 100 else y


def printed_dates(text: str) -> list[PrintedDate]:
    """Every full date printed in ``text``, in order of appearance (overlapping readings are dropped)."""
    found: list[PrintedDate] = []
    for pattern in (_WORD_DMY, _WORD_MDY):
        for m in pattern.finditer(text):
            month = MONTH_NUMBER.get(m["month"].lower())
            day = _day(int(m["year"]), month, int(m["day"])) if month else None
            if day:
                found.append(PrintedDate(m.start(), m.end(), (day,)))
    for pattern in (_ISO, _YMD_SLASH):
        for m in pattern.finditer(text):
            day = _day(int(m["year"]), int(m["month"]), int(m["day"]))
            if day:
                found.append(PrintedDate(m.start(), m.end(), (day,)))
    for m in _DOTTED.finditer(text):
        if m["day"]:
            day = _day(int(m["year"]), int(m["month"]), int(m["day"]))
        else:
            day = _day(_full_year(m["year2"]), int(m["month2"]), int(m["day2"]))
        if day:
            found.append(PrintedDate(m.start(), m.end(), (day,)))
    for m in _SLASHED.finditer(text):
        a, b, year = int(m["a"]), int(m["b"]), _full_year(m["year"])
        readings = {r for r in (_day(year, b, a), _day(year, a, b)) if r}
        if readings:
            found.append(PrintedDate(m.start(), m.end(), tuple(sorted(readings))))
    found.sort(key=lambda p: (p.start, -p.end))
    kept: list[PrintedDate] = []
    for p in found:
        if kept and p.start < kept[-1].end:
            continue
        kept.append(p)
    return kept
