"""``tag_text``: find TIMEX3 expressions in raw text and normalize them against the DCT.

Every pattern in ``grammar`` yields candidates (span, type, anchor, normalizer). Overlaps go to the
longest candidate; the normalizers then run in text order so that anaphoric expressions ("a year
earlier", "the year-ago quarter") can use the expressions before them. Relative expressions get
value None when the DCT is unknown, never a guess.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import date, timedelta

from storyline.records import TimeExpr
from storyline.time import grammar as g
from storyline.time.calendar import (
    add_months,
    day_value,
    easter,
    month_value,
    month_year,
    nearest_year,
    parse_day,
    quarter_of,
    safe_date,
    shift_value,
    strict_weekday,
    thanksgiving,
    week_value,
    weekday_date,
)
from storyline.time.tense import FUTURE, NONE, PAST, lexical_tense
from storyline.time.vocab import (
    AMBIGUOUS_MONTHS,
    COUNT_NOUNS,
    HOLIDAYS,
    MONTHS,
    NUMBER_LABELS,
    NUMBER_WORDS,
    ORDINALS,
    PARTS_OF_DAY,
    SEASONS,
    UNITS,
    WEEKDAYS,
)

Norm = tuple[str | None, str | None, str | None]  # value, mod, end_value
TenseFn = Callable[[int, int], int]


@dataclass
class Context:
    dct: date | None
    tense: TenseFn
    last_quarter: tuple[int, int] | None = None
    last_year: int | None = None
    last_month: tuple[int, int] | None = None
    last_day: date | None = None


@dataclass
class Cand:
    start: int
    end: int
    type: str
    anchor: str  # "absolute" | "dct" | "previous" | "none"
    norm: Callable[[Context], Norm]
    priority: int = 0
    tags: set[str] = field(default_factory=set)  # e.g. {"month-word"} for the spaCy verb check


_EDGE_MOD = {
    "early": "START", "beginning of": "START", "start of": "START", "earlier": "START", "first half of": "START",
    "mid": "MID", "middle of": "MID", "late": "END", "end of": "END", "later": "END", "second half of": "END",
    "last half of": "END", "latter half of": "END", "rest of": None, "remainder of": None,
}  # fmt: skip
_APPROX_MOD = {
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX", "some": "APPROX",
    "nearly": "LESS_THAN", "almost": "LESS_THAN", "barely": "LESS_THAN", "just under": "LESS_THAN",
    "less than": "LESS_THAN", "fewer than": "LESS_THAN", "under": "LESS_THAN", "more than": "MORE_THAN",
    "just over": "MORE_THAN", "well over": "MORE_THAN", "over": "MORE_THAN", "at least": "EQUAL_OR_MORE",
    "at most": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS",
}  # fmt: skip
_PREPS_BEFORE_MONTH = frozenset(
    [
        "in",
        "since",
        "until",
        "till",
        "by",
        "from",
        "through",
        "during",
        "before",
        "after",
        "of",
        "early",
        "late",
        "mid",
        "between",
        "and",
        "to",
        "around",
        "throughout",
        "last",
        "next",
        "this",
        "on",
        "for",
        "into",
        "as",
    ]
)
_WORD = re.compile(r"[\w.'&-]+")


def _norm_space(s: str) -> str:
    return " ".join(s.lower().split())


def edge_mod(edge: str | None) -> str | None:
    if not edge:
        return None
    e = _norm_space(edge).removeprefix("the ").strip()
    return _EDGE_MOD.get(e)


def parse_number(s: str) -> float | None:
    """A count from digits or words; None for vague quantities ("several")."""
    s = _norm_space(s).replace("-", " ")
    if re.fullmatch(r"\d+(\.\d+)?", s):
        return float(s)
    m = re.fullmatch(r"(\d+)\s+(\d)/(\d)", s)
    if m:
        return int(m.group(1)) + int(m.group(2)) / int(m.group(3))
    if s.endswith("½"):
        return float(s[:-1] or 0) + 0.5
    if s in NUMBER_WORDS:
        return NUMBER_WORDS[s]
    total = 0.0
    for part in s.split():
        if part == "hundred":
            total = max(total, 1) * 100
        elif part in NUMBER_WORDS:
            total += NUMBER_WORDS[part]
        else:
            return None
    return total or None


def duration_value(n: float | None, unit: str) -> str:
    letter, timed, _ = UNITS[unit]
    if letter == "DE":
        letter, n = "Y", (None if n is None else n * 10)
    if letter == "CE":
        letter, n = "Y", (None if n is None else n * 100)
    if unit == "fortnight":
        n = None if n is None else n * 2
    if n is None:
        q = "X"
    elif n == int(n):
        q = str(int(n))
    elif letter == "Y" and not timed:
        return f"P{int(n)}Y{round((n - int(n)) * 12)}M" if int(n) else f"P{round(n * 12)}M"
    elif letter == "D":
        return f"P{int(n)}DT{round((n - int(n)) * 24)}H" if int(n) else f"PT{round(n * 24)}H"
    elif letter == "H" and timed:
        return f"PT{int(n)}H{round((n - int(n)) * 60)}M" if int(n) else f"PT{round(n * 60)}M"
    else:
        q = f"{n:g}"
    return f"PT{q}{letter}" if timed else f"P{q}{letter}"


def unit_name(u: str) -> str:
    u = u.lower().rstrip("s")
    return {"centurie": "century", "night": "day"}.get(u, u)


def _prev_word(text: str, pos: int) -> str:
    seg = text[max(0, pos - 40) : pos]
    words = _WORD.findall(seg)
    return words[-1].lower() if words else ""


def _next_word(text: str, pos: int) -> str:
    m = _WORD.search(text, pos, min(len(text), pos + 40))
    return m.group(0).lower() if m else ""


def _sentence_start(text: str, pos: int) -> bool:
    """True when only punctuation, quotes or whitespace separate ``pos`` from a sentence end."""
    i = pos - 1
    while i >= 0 and text[i] in " \t\"'“‘(":
        i -= 1
    return i < 0 or text[i] in ".!?\n:;"


def _month_num(tok: str) -> int:
    return MONTHS[tok.lower().rstrip(".")]


def _year2(y: str, dct: date | None) -> int:
    """'98 -> 1998 relative to the DCT century (default 20th century for the past)."""
    yy = int(y.lstrip("'"))
    if dct is not None:
        century = dct.year // 100 * 100
        full = century + yy
        return full - 100 if full > dct.year + 10 else full
    return 1900 + yy if yy > 30 else 2000 + yy


def _direction(ctx: Context, c: Cand) -> int:
    return ctx.tense(c.start, c.end)


def const(
    value: str | None, mod: str | None = None, end_value: str | None = None
) -> Callable[[Context], Norm]:
    """A normalizer for an expression whose value does not depend on the DCT."""

    def norm(ctx: Context) -> Norm:
        return value, mod, end_value

    return norm


_WINDOWS: ContextVar[list[tuple[int, int]] | None] = ContextVar("timex_windows", default=None)
_MARGIN = 120


def trigger_windows(text: str) -> list[tuple[int, int]]:
    """Stretches of text around trigger words, merged; patterns need not look anywhere else."""
    out: list[tuple[int, int]] = []
    for m in g.TRIGGER.finditer(text):
        lo, hi = max(0, m.start() - _MARGIN), min(len(text), m.end() + _MARGIN)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    # widen to word boundaries so no pattern sees half a word at a window edge
    widened = []
    for lo, hi in out:
        while lo > 0 and not text[lo - 1].isspace():
            lo -= 1
        while hi < len(text) and not text[hi].isspace():
            hi += 1
        widened.append((lo, hi))
    return widened


def scan(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer`` restricted to the trigger windows of the current call."""
    windows = _WINDOWS.get()
    if windows is None:
        yield from pattern.finditer(text)
        return
    for lo, hi in windows:
        yield from pattern.finditer(text, lo, hi)


# --- candidate generators ------------------------------------------------------------------------------


def _resolve_day(
    ctx: Context, mon: int, d: int, y: int | None, start: int, end: int
) -> tuple[str | None, date | None]:
    """Value and day of a month-day; a yearless one takes the year nearest the DCT on its tense's side."""
    if y is not None:
        day = safe_date(y, mon, d)
        return (day_value(day), day) if day else (None, None)
    if ctx.dct is None:
        return f"XXXX-{mon:02d}-{d:02d}", None
    yr = nearest_year(ctx.dct, mon, d, ctx.tense(start, end))
    day = safe_date(yr, mon, d)
    return (day_value(day), day) if day else (None, None)


def gen_month_day(text: str) -> Iterator[Cand]:
    for rx_, order in ((g.MDY, "md"), (g.DMY, "dm")):
        for m in scan(rx_, text):
            mon_tok = m.group("mon")
            if not mon_tok[0].isupper():
                continue
            mon = _month_num(mon_tok)
            d = int(re.sub(r"\D", "", m.group("d")))
            d2 = int(re.sub(r"\D", "", m.group("d2"))) if m.group("d2") else None
            mon2 = _month_num(m.group("mon2")) if order == "md" and m.group("mon2") else mon
            ytok = m.group("y")
            if (
                order == "md"
                and ytok is None
                and mon_tok.lower() in ("may", "march")
                and _sentence_start(text, m.start("mon"))
            ):
                nxt = text[m.end() : m.end() + 12]
                if re.match(r"\s*(?:%|percent|per|people|of\b)", nxt):
                    continue
            if d2 is not None and not (mon2 != mon or d2 > d):
                d2 = None
            end = m.end()
            if d2 is None and m.group("d2"):
                # "April 3-2" is a score or a list, not a range: keep the first day only.
                end = m.end("d")
            if safe_date(2000, mon, d) is None:
                continue
            yield _md_cand(m.start(), end, mon, d, mon2, d2, ytok, m.group("wd"), text)


def _md_cand(start: int, end: int, mon: int, d: int, mon2: int, d2: int | None, ytok: str | None,
             wd: str | None, text: str) -> Cand:  # fmt: skip
    def norm(ctx: Context) -> Norm:
        y = None if ytok is None else (_year2(ytok, ctx.dct) if ytok.startswith("'") else int(ytok))
        v1, day1 = _resolve_day(ctx, mon, d, y, start, end)
        ev = None
        if d2 is not None:
            y2 = y
            if day1 is not None:
                y2 = day1.year + (1 if mon2 < mon else 0)
            if y2 is None:
                ev = f"XXXX-{mon2:02d}-{d2:02d}"
            else:
                day2 = safe_date(y2, mon2, d2)
                ev = day_value(day2) if day2 else None
        if day1 is not None:
            ctx.last_day, ctx.last_year = day1, day1.year
        return v1, None, ev

    anchor = "absolute" if ytok and not ytok.startswith("'") else "dct"
    return Cand(start, end, "DATE", anchor, norm, priority=3)


def gen_month_year(text: str) -> Iterator[Cand]:
    for m in scan(g.MONTH_YEAR, text):
        if not m.group("mon")[0].isupper():
            continue
        mon, y, mod = _month_num(m.group("mon")), int(m.group("y")), edge_mod(m.group("edge"))

        def norm(ctx: Context, mon: int = mon, y: int = y, mod: str | None = mod) -> Norm:
            ctx.last_month, ctx.last_year = (y, mon), y
            return month_value(y, mon), mod, None

        yield Cand(m.start(), m.end(), "DATE", "absolute", norm, priority=2)


def gen_month_rel_year(text: str) -> Iterator[Cand]:
    for m in scan(g.MONTH_REL_YEAR, text):
        if not m.group("mon")[0].isupper():
            continue
        mon, mod = _month_num(m.group("mon")), edge_mod(m.group("edge"))
        rel = _norm_space(m.group("rel")).removeprefix("the ")
        delta = {"last": -1, "previous": -1, "next": 1, "following": 1}.get(rel, 0)
        anchor = "previous" if rel in ("previous", "following") else "dct"

        def norm(ctx: Context, mon: int = mon, delta: int = delta, mod: str | None = mod, anchor: str = anchor) -> Norm:
            base = ctx.last_year if anchor == "previous" else (ctx.dct.year if ctx.dct else None)
            if base is None:
                return None, mod, None
            return month_value(base + delta, mon), mod, None

        yield Cand(m.start(), m.end(), "DATE", anchor, norm, priority=2)


def gen_numeric_dates(text: str) -> Iterator[Cand]:
    for m in scan(g.ISO_DATE, text):
        d = safe_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        if d is None:
            continue
        yield Cand(m.start(), m.end(), "DATE", "absolute", const(day_value(d)), priority=3)
    for m in scan(g.SLASH_DATE, text):
        a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
        d = safe_date(y, a, b) if a <= 12 else safe_date(y, b, a)  # US order unless the first part is a day
        if d is None:
            continue
        yield Cand(m.start(), m.end(), "DATE", "absolute", const(day_value(d)), priority=3)


def _year_is_label(text: str, start: int, end: int) -> bool:
    prev = _prev_word(text, start)
    if prev.rstrip(".") in NUMBER_LABELS or prev in NUMBER_LABELS:
        return True
    nxt = _next_word(text, end)
    if nxt in COUNT_NOUNS:
        return True
    before = text[max(0, start - 25) : start].lower()
    approx = re.search(
        r"(?:about|around|nearly|approximately|almost|roughly|than|over|under|up to|least|some|only|just)\s+$",
        before,
    )
    # "nearly 2000" is a year only when no noun follows ("nearly 2000 people" is a count)
    if (
        approx
        and nxt[:1].isalpha()
        and nxt not in _PREPS_BEFORE_MONTH
        and nxt not in ("and", "or", "when", "that")
    ):
        return True
    # 4-digit numbers inside a list of numbers or a score ("1998-2001" is handled as a range)
    return bool(re.match(r"\s*(?:[x×*+=]|\d)", text[end : end + 3]))


def gen_years(text: str) -> Iterator[Cand]:
    for m in scan(g.YEAR_RANGE, text):
        y1 = int(m.group("y"))
        t2 = m.group("y2")
        y2 = int(t2) if len(t2) == 4 else y1 // 100 * 100 + int(t2)
        if not (y1 < y2 <= y1 + 100) or _year_is_label(text, m.start(), m.end()):
            continue
        fiscal = bool(re.search(r"(?:fiscal|season|FY)\s*$", text[max(0, m.start() - 12) : m.start()], re.I))
        if fiscal and y2 == y1 + 1:
            continue  # "the 1998-99 season" is one season, tagged below as its starting year
        yield Cand(m.start(), m.end(), "DATE", "absolute",
                   const(f"{y1:04d}", None, f"{y2:04d}"), priority=2)  # fmt: skip
    for m in scan(g.YEAR_ALONE, text):
        y = int(m.group("y"))
        if _year_is_label(text, m.start("y"), m.end()):
            continue
        if y < 1800 and _prev_word(text, m.start()) not in (
            "in",
            "since",
            "of",
            "from",
            "until",
            "by",
            "before",
            "after",
            "around",
        ):
            continue
        start = m.start()
        mod = edge_mod(m.group("edge"))

        def norm(ctx: Context, y: int = y, mod: str | None = mod) -> Norm:
            ctx.last_year = y
            return f"{y:04d}", mod, None

        yield Cand(start, m.end(), "DATE", "absolute", norm, priority=1)
    for m in scan(g.FY_SHORT, text):
        tok = m.group("y")

        def fy_norm(ctx: Context, tok: str = tok) -> Norm:
            return f"{_year2(tok, ctx.dct):04d}", None, None

        yield Cand(m.start(), m.end(), "DATE", "absolute", fy_norm, priority=1)


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                 "eighties": 8, "nineties": 9}  # fmt: skip


def gen_decades_centuries(text: str) -> Iterator[Cand]:
    for m in scan(g.DECADE, text):
        tok = m.group("dec").lower()
        if tok in _DECADE_WORDS and not m.group("the"):
            continue  # "in his sixties" is an age
        mod = edge_mod(m.group("edge"))
        start = m.start() if m.group("the") or m.group("edge") else m.start("dec")

        def norm(ctx: Context, tok: str = tok, mod: str | None = mod) -> Norm:
            if tok[0].isdigit():
                return tok[:3], mod, None
            digit = _DECADE_WORDS.get(tok[:-1]) if tok.endswith("s") and tok[:-1] in _DECADE_WORDS else None
            if tok.startswith("'"):
                digit = int(tok[1])
            elif tok in _DECADE_WORDS:
                digit = _DECADE_WORDS[tok]
            if digit is None:
                return None, mod, None
            century = 19
            if ctx.dct is not None and ctx.dct.year >= 2030 and digit <= (ctx.dct.year % 100) // 10:
                century = 20
            return f"{century}{digit}", mod, None

        yield Cand(start, m.end(), "DATE", "absolute", norm, priority=2)
    for m in scan(g.CENTURY, text):
        mod = edge_mod(m.group("edge"))
        if m.group("ord"):
            o = m.group("ord").lower()
            n = ORDINALS.get(o) or int(re.sub(r"\D", "", o) or 0)
            if n <= 0:
                continue
            yield Cand(m.start(), m.end(), "DATE", "absolute",
                       const(f"{n - 1:02d}", mod), priority=2)  # fmt: skip
        else:
            rel = _norm_space(m.group("rel"))
            delta = 0 if rel == "this" else -1

            def cnorm(ctx: Context, delta: int = delta, mod: str | None = mod) -> Norm:
                if ctx.dct is None:
                    return None, mod, None
                return f"{ctx.dct.year // 100 + delta:02d}", mod, None

            yield Cand(m.start(), m.end(), "DATE", "dct", cnorm, priority=2)


def gen_relative_days(text: str) -> Iterator[Cand]:
    offsets = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1, "last night": -1,
               "the day before yesterday": -2, "the day after tomorrow": 2}  # fmt: skip
    for m in scan(g.REL_DAY, text):
        w = _norm_space(m.group("w"))
        off = offsets[w]
        pod = m.group("pod")
        if w in ("tonight", "last night"):
            pod = pod or "night"
        mod = edge_mod(m.group("edge"))
        typ = "TIME" if pod else "DATE"
        if w == "tonight":
            typ = "TIME"

        def norm(ctx: Context, off: int = off, pod: str | None = pod, mod: str | None = mod) -> Norm:
            if ctx.dct is None:
                return None, mod, None
            d = ctx.dct + timedelta(days=off)
            ctx.last_day = d
            v = day_value(d)
            if pod:
                v += "T" + PARTS_OF_DAY[pod.lower()]
            return v, mod, None

        end = m.end()
        yield Cand(m.start(), end, typ, "dct", norm, priority=2)
    for m in scan(g.THIS_POD, text):
        rel = m.group("rel").lower()
        if rel == "the" and not re.search(
            r"\b(?:in|during|on|by|until)\s+$", text[max(0, m.start() - 12) : m.start()], re.I
        ):
            continue
        pod, mod = m.group("pod").lower(), edge_mod(m.group("edge"))
        anchor = "dct" if rel in ("this", "the") else "previous"

        def pnorm(ctx: Context, pod: str = pod, mod: str | None = mod, anchor: str = anchor) -> Norm:
            base = ctx.dct if anchor == "dct" else (ctx.last_day or None)
            if base is None:
                return None, mod, None
            return day_value(base) + "T" + PARTS_OF_DAY[pod], mod, None

        yield Cand(m.start(), m.end(), "TIME", anchor, pnorm, priority=1)


def gen_weekdays(text: str) -> Iterator[Cand]:
    for m in scan(g.WEEKDAY_REF, text):
        if not m.group("wd")[0].isupper():
            continue
        wd = WEEKDAYS[m.group("wd").lower()]
        rel = (m.group("rel") or "").lower()
        pod = (m.group("pod") or "").lower()
        dom = int(re.sub(r"\D", "", m.group("d"))) if m.group("d") else None
        if m.group("pl") and not rel:
            yield Cand(m.start(), m.end(), "SET", "none", const(f"XXXX-WXX-{wd + 1}"))
            continue
        if rel in ("past", "coming", "previous", "following") and not re.search(
            r"\bthe\s+$", text[max(0, m.start() - 5) : m.start()]
        ):
            rel = {"past": "last", "previous": "last", "coming": "next", "following": "next"}[rel]
        start = m.start()

        def norm(ctx: Context, c_start: int = m.start("wd"), c_end: int = m.end("wd"), wd: int = wd, rel: str = rel,
                 pod: str = pod, dom: int | None = dom) -> Norm:  # fmt: skip
            if ctx.dct is None:
                return None, None, None
            if rel == "last":
                d = strict_weekday(ctx.dct, wd, -1)
            elif rel == "next":
                d = strict_weekday(ctx.dct, wd, 1)
            elif rel == "this":
                d = weekday_date(ctx.dct, wd, 0)
            else:
                tense = ctx.tense(c_start, c_end)
                d = weekday_date(ctx.dct, wd, 1 if tense == FUTURE else -1)
            if dom is not None and d.day != dom:
                # "Friday the 13th": trust the day of month, the weekday picks the month around the DCT
                for delta in range(-60, 61):
                    cand = ctx.dct + timedelta(days=delta)
                    if cand.day == dom and cand.weekday() == wd:
                        d = cand
                        break
            ctx.last_day = d
            return day_value(d), None, None

        # "Friday night" is annotated as the day (TimeBank practice): the part of day stays in the extent only
        yield Cand(start, m.end(), "DATE", "dct", norm, priority=2)


def _edge_and_rel(m: re.Match[str]) -> tuple[str | None, str]:
    return edge_mod(m.group("edge")), _norm_space(m.group("rel") or "")


def gen_relative_units(text: str) -> Iterator[Cand]:
    for m in scan(g.REL_UNIT, text):
        mod, rel = _edge_and_rel(m)
        u = m.group("u").lower()
        rel = rel.removeprefix("the ")
        if (
            rel in ("past", "last")
            and m.group("rel").lower().startswith("the")
            and u not in ("weekend", "half")
        ):
            # "the past year" measures a stretch of time ending now
            yield Cand(m.start(), m.end(), "DURATION", "none",
                       const(duration_value(1, u), mod), priority=1)  # fmt: skip
            continue
        if rel in ("that", "same", "following", "previous") and u != "weekend":
            yield _anaphoric(m.start(), m.end(), rel, u, mod)
            continue
        delta = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "following": 1}.get(rel, 0)
        if u == "weekend":
            yield Cand(
                m.start(), m.end(), "DATE", "dct", _weekend_norm(m.start(), m.end(), delta, rel), priority=2
            )
            continue
        if u == "half":

            def hnorm(ctx: Context, delta: int = delta, mod: str | None = mod) -> Norm:
                if ctx.dct is None:
                    return None, mod, None
                h = 1 if ctx.dct.month <= 6 else 2
                idx = ctx.dct.year * 2 + (h - 1) + delta
                return f"{idx // 2:04d}-H{idx % 2 + 1}", mod, None

            yield Cand(m.start(), m.end(), "DATE", "dct", hnorm, priority=2)
            continue

        def norm(ctx: Context, u: str = u, delta: int = delta, mod: str | None = mod) -> Norm:
            if ctx.dct is None:
                return None, mod, None
            v = shift_value(ctx.dct, u, delta)
            if u == "year":
                ctx.last_year = int(v)
            return v, mod, None

        yield Cand(m.start(), m.end(), "DATE", "dct", norm, priority=2)
    for m in scan(g.THE_WEEKEND, text):
        start = m.start("pre") if m.group("pre") else m.start()
        start = m.end("pre") + 1 if m.group("pre") else start
        yield Cand(start, m.end(), "DATE", "dct", _weekend_norm(start, m.end(), None, ""), priority=1)
    for m in scan(g.EDGE_UNIT, text):
        u, mod = m.group("u").lower(), edge_mod(m.group("edge"))

        def enorm(ctx: Context, u: str = u, mod: str | None = mod) -> Norm:
            return (None if ctx.dct is None else shift_value(ctx.dct, u, 0)), mod, None

        yield Cand(m.start(), m.end(), "DATE", "dct", enorm, priority=0)


def _weekend_norm(start: int, end: int, delta: int | None, rel: str) -> Callable[[Context], Norm]:
    def norm(ctx: Context) -> Norm:
        if ctx.dct is None:
            return None, None, None
        d = delta
        if d is None or rel == "this":
            tense = ctx.tense(start, end)
            # on a Saturday or Sunday "the weekend" is this one; otherwise the tense picks last or next
            looking_forward = tense == FUTURE or (rel == "this" and tense != PAST)
            d = 0 if ctx.dct.weekday() >= 5 or looking_forward else -1
        base = ctx.dct + timedelta(weeks=d)
        return week_value(base) + "-WE", None, None

    return norm


def _anaphoric(start: int, end: int, rel: str, u: str, mod: str | None) -> Cand:
    delta = {"following": 1, "next": 1, "previous": -1}.get(rel, 0)

    def norm(ctx: Context) -> Norm:
        if u == "year" and ctx.last_year is not None:
            return f"{ctx.last_year + delta:04d}", mod, None
        if u == "month" and ctx.last_month is not None:
            y, mo = add_months(ctx.last_month[0], ctx.last_month[1], delta)
            return month_value(y, mo), mod, None
        if u == "day" and ctx.last_day is not None:
            return day_value(ctx.last_day + timedelta(days=delta)), mod, None
        if u == "week" and ctx.last_day is not None:
            return week_value(ctx.last_day + timedelta(weeks=delta)), mod, None
        return None, mod, None

    return Cand(start, end, "DATE", "previous", norm, priority=1)


def _month_context_ok(text: str, m: re.Match[str], mon_word: str) -> bool:
    """A bare month name is a date only where a verb, modal or first name reading is excluded."""
    if m.group("edge") or m.group("rel"):
        return True
    s = m.start("mon")
    prev = _prev_word(text, s)
    nxt_text = text[m.end() : m.end() + 20]
    if mon_word in AMBIGUOUS_MONTHS:
        if prev in _PREPS_BEFORE_MONTH and not _sentence_start(text, s):
            # "in May", but "and May said" is a surname followed by a verb
            return not re.match(r"\s+(?:said|says|told|has|had|is|was|will|would|[A-Z][a-z]+)\b", nxt_text)
        return bool(
            re.match(
                r"\s*(?:'s\s+)?(?:meeting|summit|election|elections|talks|vote|poll|deadline|issue|edition|report)\b",
                nxt_text,
            )
        ) and not _sentence_start(text, s)
    if _sentence_start(text, s):
        return True
    # "Inspector July Smith": a capitalized word right before or after makes it a name
    return not (
        prev[:1].isupper() or re.match(r"\s+[A-Z][a-z]+", nxt_text) and prev not in _PREPS_BEFORE_MONTH
    )


def gen_months(text: str) -> Iterator[Cand]:
    for m in scan(g.MONTH_REF, text):
        tok = m.group("mon")
        if not tok[0].isupper():
            continue
        word = tok.lower()
        if not _month_context_ok(text, m, word):
            continue
        mon = MONTHS[word]
        mod, rel = _edge_and_rel(m)
        rel = rel.removeprefix("the ")

        def norm(ctx: Context, mon: int = mon, rel: str = rel, mod: str | None = mod,
                 s: int = m.start("mon"), e: int = m.end("mon")) -> Norm:  # fmt: skip
            if ctx.dct is None:
                return (None if rel else f"XXXX-{mon:02d}"), mod, None
            if rel in ("last", "past"):
                y = month_year(ctx.dct, mon, -1, strict=True)
            elif rel in ("next", "coming"):
                y = month_year(ctx.dct, mon, 1, strict=True)
            elif rel == "this":
                y = ctx.dct.year
            else:
                y = month_year(ctx.dct, mon, ctx.tense(s, e))
            ctx.last_month = (y, mon)
            return month_value(y, mon), mod, None

        yield Cand(m.start(), m.end(), "DATE", "dct", norm, priority=1, tags={"month-word"})


def gen_durations(text: str) -> Iterator[Cand]:
    for m in scan(g.DURATION, text):
        u = unit_name(m.group("u"))
        ntok = _norm_space(m.group("n"))
        if ntok in ("a", "an") and u in ("second", "quarter"):
            continue  # "a second term", "a quarter of the vote"
        if u == "quarter" and not m.group("ago") and ntok in ("a", "an", "one"):
            continue  # "a quarter" is a fraction; "two quarters" is a duration
        if m.group("adj") == "-old":
            continue  # ages are not time expressions
        if ntok in ("some", "many") and not m.group("u").lower().endswith("s"):
            continue  # "some day", "many a year"
        before = text[max(0, m.start() - 2) : m.start()]
        if re.search(r"[\$£€#]\s?$", before):
            continue
        n = parse_number(ntok)
        if n is not None and (m.group("half") or m.group("half2")):
            n += 0.5
        vague = n is None
        modw = _norm_space(m.group("mod") or "")
        if modw in ("over", "under") and m.group("det"):
            modw = ""  # "over the past two months": a preposition, not "more than"
        mod = _APPROX_MOD.get(modw)
        start = m.start() if modw else (m.start("det") if m.group("det") else m.start("n"))
        if ntok == "some" and modw == "":
            vague = True
        ago = _norm_space(m.group("ago") or "")
        det = _norm_space(m.group("det") or "")
        if ago in ("ago", "earlier", "later", "from now", "hence", "previously") and not det:
            sign = 1 if ago in ("later", "from now", "hence") else -1
            anchor = "dct" if ago in ("ago", "from now", "hence") else "previous"
            yield _shift_cand(start, m.end(), u, n, sign, anchor, mod, text)
            continue
        end = m.end("adj") if m.group("adj") else m.end("half2") if m.group("half2") else m.end("u")
        value = duration_value(None if vague else n, u)
        yield Cand(start, end, "DURATION", "none", const(value, mod), priority=1)
    for m in scan(g.VAGUE_UNITS, text):
        u = unit_name(m.group("u"))
        v = duration_value(None, u)
        yield Cand(m.start(), m.end(), "DURATION", "none", const(v), priority=0)
    for m in scan(g.BARE_PLURAL, text):
        u = unit_name(m.group("u"))
        v = duration_value(None, u)
        yield Cand(m.start("u"), m.end("u"), "DURATION", "none", const(v), priority=0)
    for m in scan(g.AGO_UNIT, text):
        u = unit_name(m.group("u"))
        yield Cand(m.start(), m.end(), "DATE", "dct", const("PAST_REF"), priority=0)


def _shift_cand(start: int, end: int, u: str, n: float | None, sign: int, anchor: str, mod: str | None,
                text: str) -> Cand:  # fmt: skip
    def norm(ctx: Context) -> Norm:
        if n is None:
            return ("PAST_REF" if sign < 0 else "FUTURE_REF"), mod, None
        k = int(round(n)) * sign
        if u == "year" and abs(k) == 1 and ctx.last_quarter is not None:
            # "a year ago" in a report on quarterly results means the same quarter a year before
            y, q = ctx.last_quarter
            return f"{y + k:04d}-Q{q}", mod, None
        if anchor == "previous":
            if u == "year" and ctx.last_year is not None:
                return f"{ctx.last_year + k:04d}", mod, None
            if u in ("day", "week") and ctx.last_day is not None:
                return shift_value(ctx.last_day, u, k), mod, None
            if u == "month" and ctx.last_month is not None:
                y, mo = add_months(ctx.last_month[0], ctx.last_month[1], k)
                return month_value(y, mo), mod, None
        if ctx.dct is None:
            return None, mod, None
        return shift_value(ctx.dct, u, k), mod, None

    return Cand(start, end, "DATE", anchor, norm, priority=2)


_SET_UNITS = {"day": "P1D", "night": "P1D", "morning": "P1D", "evening": "P1D", "week": "P1W", "weekend": "P1W",
              "month": "P1M", "quarter": "P3M", "year": "P1Y", "decade": "P10Y", "hour": "PT1H", "minute": "PT1M",
              "second": "PT1S"}  # fmt: skip
_SET_ADV = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W", "fortnightly": "P2W",
            "monthly": "P1M", "bimonthly": "P2M", "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H",
            "semiannually": "P6M", "biannually": "P6M"}  # fmt: skip


def gen_sets(text: str) -> Iterator[Cand]:
    for m in scan(g.SET_EVERY, text):
        u = m.group("u").lower()
        if u in WEEKDAYS:
            v = f"XXXX-WXX-{WEEKDAYS[u] + 1}"
        else:
            base = _SET_UNITS[u.rstrip("s") if u.rstrip("s") in _SET_UNITS else u]
            ntok = (m.group("n") or "").lower()
            k = 2 if ntok == "other" else (parse_number(ntok) if ntok else 1)
            v = base.replace("1", str(int(k)), 1) if k and k != 1 else base
        yield Cand(m.start(), m.end(), "SET", "none", const(v), priority=1)
    for m in scan(g.SET_ADV, text):
        v = _SET_ADV[m.group("w").lower()]
        yield Cand(m.start(), m.end(), "SET", "none", const(v), priority=0)
    for m in scan(g.SET_RATE, text):
        v = _SET_UNITS[m.group("u").lower()]
        yield Cand(m.start("w"), m.end("w"), "SET", "none", const(v), priority=1)


def _reference_quarter(ctx: Context, tense: int) -> tuple[int, int] | None:
    if ctx.last_quarter is not None:
        return ctx.last_quarter
    if ctx.dct is None:
        return None
    q = quarter_of(ctx.dct)
    if tense == FUTURE:
        return ctx.dct.year, q
    y, mo = add_months(ctx.dct.year, ctx.dct.month, -3)
    return y, (mo - 1) // 3 + 1


def gen_quarters(text: str) -> Iterator[Cand]:
    for m in scan(g.QUARTER, text):
        det = _norm_space(m.group("det") or "")
        rels = set(_norm_space(m.group("rel") or "").replace("-", " ").split())
        ordw = (m.group("ord") or "").lower()
        kind = m.group("kind").lower()
        if (det == "a" and not ordw) or (not det and not ordw and not rels):
            continue
        fraction = re.match(
            r"\s*(?:of\s+(?:a|an|the|all|its|their|his|her)\b|-?(?:mile|hour|century|inch|point|percent|final|finals))",
            text[m.end() : m.end() + 12],
            re.I,
        )
        if kind == "quarter" and fraction and not m.group("y") and not m.group("yrel"):
            continue  # "a quarter of the population", "quarter-final"
        if kind == "half" and not (ordw in ("first", "second", "1st", "2nd", "last") and (m.group("y") or m.group("yrel") or "fiscal" in rels or re.match(r"\s+(?:of\s+(?:the\s+)?year|results|profit|earnings|sales)", text[m.end():m.end()+25], re.I))):  # fmt: skip
            continue
        n = ORDINALS.get(ordw) if ordw and ordw not in ("latest",) else None
        ytok, yrel = m.group("y"), _norm_space(m.group("yrel") or "")
        year_ago = bool(rels & {"year ago", "year", "ago", "earlier", "before"}) and ("year" in rels)
        start = (
            m.start()
            if det
            else (m.start("rel") if m.group("rel") else m.start("ord") if ordw else m.start("kind"))
        )
        if det.endswith("'s"):
            yrel = det.split()[0]
            start = m.start()

        def norm(ctx: Context, n: int | None = n, ytok: str | None = ytok, yrel: str = yrel, rels: set[str] = rels,
                 kind: str = kind, year_ago: bool = year_ago, s: int = m.start(), e: int = m.end()) -> Norm:  # fmt: skip
            letter = "Q" if kind == "quarter" else "H"
            per_year = 4 if letter == "Q" else 2
            tense = ctx.tense(s, e)
            if ytok:
                year: int | None = int(ytok)
            elif yrel and ctx.dct is not None:
                year = ctx.dct.year + {"last": -1, "the previous": -1, "next": 1}.get(yrel, 0)
            else:
                year = None
            if n is not None and n > 0:
                if year is None:
                    if ctx.dct is None:
                        return f"XXXX-{letter}{n}", None, None
                    cur = quarter_of(ctx.dct) if letter == "Q" else (1 if ctx.dct.month <= 6 else 2)
                    year = ctx.dct.year
                    if (n > cur + 1 or (n > cur and tense == PAST)) and tense != FUTURE:
                        year -= 1  # results are reported for quarters that are over
                    elif n < cur - 1 and tense == FUTURE:
                        year += 1
                if year_ago:
                    year -= 1
                elif letter == "Q":
                    ctx.last_quarter = (year, n)
                return f"{year:04d}-{letter}{n}", None, None
            if n == -1 and year is not None:
                return f"{year:04d}-{letter}{per_year}", None, None
            if letter == "H":
                return None, None, None
            if ctx.dct is None:
                return None, None, None
            if "current" in rels or "this" in rels:
                ref: tuple[int, int] | None = (ctx.dct.year, quarter_of(ctx.dct))
            elif rels & {"latest", "recent", "just", "ended"}:
                y, mo = add_months(ctx.dct.year, ctx.dct.month, -3)
                ref = (y, (mo - 1) // 3 + 1)
            elif rels & {"next", "coming"}:
                y, mo = add_months(ctx.dct.year, ctx.dct.month, 3)
                ref = (y, (mo - 1) // 3 + 1)
            else:
                ref = _reference_quarter(ctx, tense)
            if ref is None:
                return None, None, None
            if year is not None:
                return f"{year:04d}-Q{ref[1]}", None, None
            if year_ago or rels & {"comparable", "corresponding"}:
                return f"{ref[0] - 1:04d}-Q{ref[1]}", None, None
            if "previous" in rels or "past" in rels or ("last" in rels and ctx.last_quarter is not None):
                y, mo = add_months(ref[0], ref[1] * 3 - 2, -3)
                ref = (y, (mo - 1) // 3 + 1)
            ctx.last_quarter = ref
            return f"{ref[0]:04d}-Q{ref[1]}", None, None

        if det == "a":
            start = m.start("ord")  # "a third-quarter loss": the article belongs to the noun
        yield Cand(start, m.end(), "DATE", "absolute" if ytok else "dct", norm, priority=2)
    for m in scan(g.Q_CODE, text):
        code = m.group("q")
        ytok = m.group("y") or m.group("y2") or m.group("y3")

        def qnorm(ctx: Context, code: str = code, ytok: str | None = ytok) -> Norm:
            if ytok:
                y = int(ytok) if len(ytok) == 4 else _year2(ytok, ctx.dct)
            elif ctx.dct is not None:
                y = ctx.dct.year
            else:
                return f"XXXX-{code}", None, None
            return f"{y:04d}-{code}", None, None

        yield Cand(m.start(), m.end(), "DATE", "absolute" if ytok else "dct", qnorm, priority=2)
    for m in scan(g.YEAR_AGO_PERIOD, text):
        unit = m.group("u").lower()

        def ynorm(ctx: Context, unit: str = unit, s: int = m.start(), e: int = m.end()) -> Norm:
            ref = _reference_quarter(ctx, ctx.tense(s, e))
            if ref is None:
                return None, None, None
            if unit.startswith("month") and ctx.last_month is not None:
                return month_value(ctx.last_month[0] - 1, ctx.last_month[1]), None, None
            return f"{ref[0] - 1:04d}-Q{ref[1]}", None, None

        yield Cand(m.start(), m.end(), "DATE", "previous", ynorm, priority=2)


def gen_periods(text: str) -> Iterator[Cand]:
    for m in scan(g.YEAR_PERIOD, text):
        y = int(m.group("y"))
        n = ORDINALS.get((m.group("ord") or "").lower())

        def norm(ctx: Context, y: int = y, n: int | None = n, s: int = m.start(), e: int = m.end()) -> Norm:
            if n is None:
                ref = _reference_quarter(ctx, ctx.tense(s, e))
                if ref is None:
                    return f"{y:04d}", None, None
                n = ref[1]
            return f"{y:04d}-Q{n}", None, None

        yield Cand(m.start(), m.end(), "DATE", "absolute", norm, priority=3)
    for m in scan(g.WEEK_OF_MONTH, text):
        if not m.group("mon")[0].isupper():
            continue
        mon = _month_num(m.group("mon"))
        n = ORDINALS[m.group("ord").lower()]
        ytok = m.group("y")

        def wnorm(
            ctx: Context,
            mon: int = mon,
            n: int = n,
            ytok: str | None = ytok,
            s: int = m.start(),
            e: int = m.end(),
        ) -> Norm:
            if ytok:
                y = int(ytok)
            elif ctx.dct is not None:
                y = month_year(ctx.dct, mon, ctx.tense(s, e))
            else:
                return None, None, None
            if n > 0:
                d = date(y, mon, min(28, 1 + 7 * (n - 1)))
            else:
                y2, m2 = add_months(y, mon, 1)
                d = date(y2, m2, 1) - timedelta(days=4)
            return week_value(d), None, None

        yield Cand(m.start(), m.end(), "DATE", "absolute" if ytok else "dct", wnorm, priority=3)


def gen_seasons(text: str) -> Iterator[Cand]:
    for m in scan(g.SEASON, text):
        s = m.group("s").lower()
        mod, rel = _edge_and_rel(m)
        ytok = m.group("y")
        if rel in ("the", "that") and not ytok:
            prev = _prev_word(text, m.start())
            if prev not in (
                "in",
                "during",
                "by",
                "until",
                "over",
                "through",
                "since",
                "for",
                "before",
                "after",
                "throughout",
            ):
                continue
        if s == "fall" and not (ytok or (rel and rel not in ("the", "that"))) and prev_not_time(text, m):
            continue
        if not (rel or ytok or mod) and _prev_word(text, m.start()) not in (
            "in",
            "this",
            "during",
            "since",
            "until",
            "by",
        ):
            continue
        code = SEASONS[s]
        rel = rel.removeprefix("the ")

        def norm(ctx: Context, code: str = code, rel: str = rel, ytok: str | None = ytok, mod: str | None = mod,
                 st: int = m.start(), en: int = m.end()) -> Norm:  # fmt: skip
            if ytok:
                return f"{ytok}-{code}", mod, None
            if rel == "that" and ctx.last_year is not None:
                return f"{ctx.last_year:04d}-{code}", mod, None
            if ctx.dct is None:
                return None, mod, None
            y = ctx.dct.year
            season_start = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
            if rel in ("last", "past"):
                y = y if season_start + 3 <= ctx.dct.month else y - 1
            elif rel in ("next", "coming"):
                y = y if season_start > ctx.dct.month else y + 1
            elif rel != "this":
                tense = ctx.tense(st, en)
                if tense == PAST and season_start > ctx.dct.month:
                    y -= 1
                elif tense == FUTURE and season_start + 3 <= ctx.dct.month:
                    y += 1
            if code == "WI" and ctx.dct.month <= 2 and rel in ("this", ""):
                y -= 1  # the winter that began in December
            return f"{y:04d}-{code}", mod, None

        yield Cand(m.start(), m.end(), "DATE", "absolute" if ytok else "dct", norm, priority=1)


def prev_not_time(text: str, m: re.Match[str]) -> bool:
    return _prev_word(text, m.start()) not in ("in", "during", "this", "last", "next", "since", "until", "by")


def gen_holidays(text: str) -> Iterator[Cand]:
    for m in scan(g.HOLIDAY_RX, text):
        h = _norm_space(m.group("h"))
        if not m.group("h")[0].isupper():
            continue
        rel = (m.group("rel") or "").lower()
        ytok = m.group("y")

        def resolve(y: int, h: str = h) -> date | None:
            if h in HOLIDAYS:
                mo, d = HOLIDAYS[h]
                return safe_date(y, mo, d)
            if h.startswith("thanksgiving"):
                return thanksgiving(y)
            if h.startswith("easter") or h == "good friday":
                e = easter(y)
                return e + timedelta(days={"easter monday": 1, "good friday": -2}.get(h, 0))
            return None

        def norm(
            ctx: Context, rel: str = rel, ytok: str | None = ytok, s: int = m.start(), e: int = m.end()
        ) -> Norm:
            if ytok:
                d = resolve(int(ytok))
                return (day_value(d) if d else None), None, None
            if ctx.dct is None:
                return None, None, None
            tense = ctx.tense(s, e)
            direction = (
                -1
                if rel == "last"
                else 1
                if rel == "next"
                else (1 if tense == FUTURE else -1 if tense == PAST else 0)
            )
            this_year = resolve(ctx.dct.year)
            if this_year is None:
                return None, None, None
            y = ctx.dct.year
            if direction < 0 and this_year > ctx.dct:
                y -= 1
            elif direction > 0 and this_year < ctx.dct:
                y += 1
            d = resolve(y)
            return (day_value(d) if d else None), None, None

        yield Cand(m.start(), m.end(), "DATE", "absolute" if ytok else "dct", norm, priority=2)


def _clock_value(h: int, mi: int, ap: str | None, tz: str | None) -> str | None:
    ap = (ap or "").lower().replace(".", "")
    if ap == "pm" and h < 12:
        h += 12
    elif ap == "am" and h == 12:
        h = 0
    if h > 23:
        return None
    z = "Z" if tz and tz.upper() in ("GMT", "UTC") else ""
    return f"T{h:02d}:{mi:02d}{z}"


def _day_from_word(ctx: Context, word: str | None, s: int, e: int) -> date | None:
    if ctx.dct is None:
        return None
    if not word:
        return ctx.last_day if ctx.last_day and abs((ctx.last_day - ctx.dct).days) <= 7 else ctx.dct
    w = word.lower()
    if w in ("today", "tonight"):
        return ctx.dct
    if w == "yesterday":
        return ctx.dct - timedelta(days=1)
    if w == "tomorrow":
        return ctx.dct + timedelta(days=1)
    if w in WEEKDAYS:
        return weekday_date(ctx.dct, WEEKDAYS[w], 1 if ctx.tense(s, e) == FUTURE else -1)
    return ctx.dct


def gen_clock(text: str) -> Iterator[Cand]:
    for rx_ in (g.CLOCK, g.CLOCK24):
        for m in scan(rx_, text):
            h = int(m.group("h"))
            mi = int(m.group("m") or 0)
            ap = m.groupdict().get("ap")
            if ap and "o'clock" in ap.lower():
                ap = None
            if ap and h > 12:
                continue
            t = _clock_value(h, mi, ap, m.group("tz"))
            if t is None:
                continue
            dayw = m.group("day")
            typ = "TIME"

            def norm(
                ctx: Context, t: str = t, dayw: str | None = dayw, s: int = m.start(), e: int = m.end()
            ) -> Norm:
                d = _day_from_word(ctx, dayw, s, e)
                return (day_value(d) + t if d else None), None, None

            yield Cand(m.start(), m.end(), typ, "dct", norm, priority=2)
    for m in scan(g.CLOCK_AT, text):
        t = _clock_value(int(m.group("h")), int(m.group("m")), None, None)
        if t is None or re.match(
            r"\s*(?:[-–]\s*\d|\s*(?:points?|goals?|runs?|votes?)\b)", text[m.end() : m.end() + 10]
        ):
            continue

        def anorm(ctx: Context, t: str = t, s: int = m.start("t"), e: int = m.end()) -> Norm:
            d = _day_from_word(ctx, None, s, e)
            return (day_value(d) + t if d else None), None, None

        yield Cand(m.start("t"), m.end(), "TIME", "dct", anorm, priority=1)
    for m in scan(g.NOON, text):
        w = m.group("w").lower()
        t = "T12:00" if w in ("noon", "midday") else "T24:00"
        dayw = m.group("day")

        def nnorm(
            ctx: Context, t: str = t, dayw: str | None = dayw, s: int = m.start(), e: int = m.end()
        ) -> Norm:
            d = _day_from_word(ctx, dayw, s, e)
            return (day_value(d) + t if d else None), None, None

        yield Cand(m.start(), m.end(), "TIME", "dct", nnorm, priority=1)


_REF_VALUES = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF", "presently": "PRESENT_REF",
    "at present": "PRESENT_REF", "the present": "PRESENT_REF", "at the moment": "PRESENT_REF",
    "right now": "PRESENT_REF", "these days": "PRESENT_REF", "the time being": "PRESENT_REF",
    "recently": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF", "in the past": "PAST_REF",
    "previously": "PAST_REF", "formerly": "PAST_REF", "soon": "FUTURE_REF", "shortly": "FUTURE_REF",
    "the future": "FUTURE_REF", "the near future": "FUTURE_REF", "in future": "FUTURE_REF",
    "the long term": "FUTURE_REF", "the short term": "FUTURE_REF", "as soon as possible": "FUTURE_REF",
}  # fmt: skip


def gen_refs(text: str) -> Iterator[Cand]:
    for m in scan(g.REFS, text):
        w = _norm_space(m.group("w"))
        if w == "later this week":

            def lnorm(ctx: Context) -> Norm:
                return (None if ctx.dct is None else week_value(ctx.dct)), "END", None

            yield Cand(m.start(), m.end(), "DATE", "dct", lnorm, priority=0)
            continue
        if w == "now" and re.match(r"\s+that\b", text[m.end() : m.end() + 6]):
            continue  # "now that" is a conjunction
        start, v = m.start(), _REF_VALUES[w]
        if w in ("in the past", "in future"):
            start = m.start() + 3
        yield Cand(start, m.end(), "DATE", "none", const(v), priority=0)


GENERATORS = (
    gen_month_day, gen_month_year, gen_numeric_dates, gen_years, gen_decades_centuries, gen_relative_days,
    gen_weekdays, gen_relative_units, gen_months, gen_durations, gen_sets, gen_quarters, gen_seasons,
    gen_holidays, gen_clock, gen_refs, gen_periods, gen_month_rel_year,
)  # fmt: skip


def find_candidates(text: str) -> list[Cand]:
    """All non-overlapping time expressions in ``text``, longest first, in text order."""
    token = _WINDOWS.set(trigger_windows(text))
    try:
        cands = [c for gen in GENERATORS for c in gen(text)]
    finally:
        _WINDOWS.reset(token)
    cands.sort(key=lambda c: (-(c.end - c.start), -c.priority, c.start))
    taken: list[tuple[int, int]] = []
    chosen: list[Cand] = []
    for c in cands:
        if c.end <= c.start:
            continue
        if any(c.start < e and s < c.end for s, e in taken):
            continue
        taken.append((c.start, c.end))
        chosen.append(c)
    chosen.sort(key=lambda c: c.start)
    return chosen


def resolve(text: str, cands: list[Cand], dct: str | None, tense: TenseFn | None = None,
            doc_id: str = "") -> list[TimeExpr]:  # fmt: skip
    """Normalize candidates in text order against ``dct`` (ISO text or None)."""
    day = parse_day(dct)
    ctx = Context(dct=day, tense=tense or (lambda s, e: lexical_tense(text, s, e)))
    out: list[TimeExpr] = []
    for c in cands:
        try:
            value, mod, end_value = c.norm(ctx)
        except (ValueError, OverflowError, KeyError):
            value, mod, end_value = None, None, None
        out.append(
            TimeExpr(
                doc_id=doc_id,
                start=c.start,
                end=c.end,
                text=text[c.start : c.end],
                type=c.type,  # type: ignore[arg-type]
                value=value,
                anchor=c.anchor,
                mod=mod,
                end_value=end_value,
            )  # fmt: skip
        )
    return out


def tag_text(text: str, dct: str | None, doc_id: str = "") -> list[TimeExpr]:
    """Time expressions in ``text`` normalized against ``dct`` (an ISO date or datetime, or None).

    Relative expressions ("yesterday", "last March") get value None when ``dct`` is None, with
    anchor "dct", so they can be re-tagged once the corpus has inferred a date.
    """
    if not text:
        return []
    return resolve(text, find_candidates(text), dct, None, doc_id)


__all__ = ["tag_text", "find_candidates", "resolve", "Cand", "Context", "NONE"]
