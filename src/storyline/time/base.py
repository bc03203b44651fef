"""Shared pieces of the time grammar: candidates, normalization context, trigger windows, word helpers."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache

from storyline.time import grammar as g
from storyline.time.vocab import (
    MONTHS,
    NUMBER_WORDS,
    UNITS,
)

Norm = tuple[str | None, str | None, str | None]  # value, mod, end_value
TenseFn = Callable[[int, int], int]


def _no_parse(start: int, end: int) -> bool:
    return False


@dataclass
class Context:
    dct: date | None
    tense: TenseFn
    # whether a finite past or perfect verb governs [start, end); only the parse can say (``tag_timexes``)
    firm_past: Callable[[int, int], bool] = _no_parse
    # whether [start, end) hangs off a noun ("the attack on Friday"), which the clause's verb does not place
    noun_held: Callable[[int, int], bool] = _no_parse
    last_quarter: tuple[int, int] | None = None
    fiscal_quarter: bool = False  # last_quarter was named as a fiscal quarter ("the fiscal first quarter")
    named_quarter: tuple[int, int] | None = None  # the quarter named last, whatever its role ("that quarter")
    last_year: int | None = None
    last_month: tuple[int, int] | None = None
    last_month_end: int = -1  # where the expression that set ``last_month`` ends
    # (year, month) of the last chronology line ("May 4, 2030" alone on its line) whose year is known
    chronicle: tuple[int, int] | None = None
    last_day: date | None = None
    last_day_end: int = -1  # where the expression that set ``last_day`` ends
    # when ``last_day`` dates only a saying ("a channel reported Sunday"): the day the story was at before
    # it and where that expression ends, which a bare clock time of a later past sentence keeps
    day_before_saying: tuple[date | None, int] | None = None
    # the day each weekday name (0 = Monday) got where a verb last placed it, else at its first mention:
    # an article names one Friday
    weekday_days: dict[int, date] = field(default_factory=dict)
    # the results story has moved from a quarter to a longer period ("for the nine months"): a year-ago
    # comparison then denotes the year before, not the quarter before
    focus_year: bool = False
    # the year and month of a DCT known only to the month ("2020-01", a month folder): no anchor for
    # "yesterday", but a yearless day or month in that same month is of that year
    dct_month: tuple[int, int] | None = None


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
    (  # noqa: SIM905 (a word list reads better as one string)
        "in since until till by from through during before after of early late mid between and to around "
        "throughout last next this on for into as"
    ).split()
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
        if part in ("hundred", "thousand"):
            total = max(total, 1) * (100 if part == "hundred" else 1000)
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
    elif letter == "M" and timed:
        return f"PT{int(n)}M{round((n - int(n)) * 60)}S" if int(n) else f"PT{round(n * 60)}S"
    elif letter == "M" and not timed:
        return f"P{int(n)}M{round((n - int(n)) * 30)}D" if int(n) else f"P{round(n * 30)}D"
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
    while i >= 0 and text[i] in " \t\"'“‘(`«”’»":
        i -= 1
    return i < 0 or text[i] in ".!?\n:;"


_LINE_REACH = 200


def title_word(text: str, start: int, word_start: int) -> bool:
    """A capitalized time word inside ordinary prose names something ("ABC's This Week", "USA Today").

    Sentence starts and title-cased lines (headlines) keep their reading.
    """
    if not text[word_start : word_start + 1].isupper() or _sentence_start(text, start):
        return False
    if re.search(r"[-–—)][ \t\"'“‘`«]*$", text[max(0, start - 8) : start]):
        return False  # "MOSCOW (AP) -- Today ...": a dateline's dash starts the sentence
    # the line around the word, at most _LINE_REACH characters each way (a huge one-line text stays linear)
    lo = text.rfind("\n", max(0, start - _LINE_REACH), start) + 1 or max(0, start - _LINE_REACH)
    hi = text.find("\n", start, start + _LINE_REACH)
    hi = min(len(text), start + _LINE_REACH) if hi < 0 else hi
    word = _WORD.match(text, word_start)
    word_end = word.end() if word else word_start
    # the line's other words, past its first: a headline capitalizes most of them, prose few
    others = _WORD.findall(text[lo:start])[1:] + _WORD.findall(text, word_end, hi)
    capitalized = sum(w[0].isupper() for w in others)
    return capitalized * 2 <= len(others)


def _month_num(tok: str) -> int:
    return MONTHS[tok.lower().rstrip(".")]


# "August or September 2016", "between May and June 2015", "the last week of August or the first week of
# September 2016": a year written after the second of two joined months is the first one's too
_COORDINATED_YEAR = re.compile(
    rf"[ \t]*,?[ \t]*(?:or|and|to|through|until|till|-|–|—)[ \t]*(?:the[ \t]+)?"
    rf"(?:(?:first|second|third|fourth|last)[ \t]+(?:week|half)[ \t]+of[ \t]+)?(?:(?:early|mid|late)[- \t]+)?"
    rf"(?P<mon>{g.MONTH_NAMES})\.?[ \t]+(?:of[ \t]+)?,?[ \t]*(?P<y>{g.YEAR})",
    re.I,
)


def coordinated_year(text: str, end: int, mon: int) -> int | None:
    """The year of a yearless month ending at ``end`` that a joined month written with its year gives it;
    a month after the second one is in the year before ("December or January 2017")."""
    m = _COORDINATED_YEAR.match(text, end)
    if m is None:
        return None
    year = int(m.group("y"))
    return year - 1 if mon > _month_num(m.group("mon")) else year


def _year2(y: str, dct: date | None) -> int:
    """'98 -> 1998 relative to the DCT century (default 20th century for the past)."""
    yy = int(y.lstrip("'"))
    if dct is not None:
        century = dct.year // 100 * 100
        full = century + yy
        return full - 100 if full > dct.year + 10 else full
    return 1900 + yy if yy > 30 else 2000 + yy


def const(
    value: str | None, mod: str | None = None, end_value: str | None = None
) -> Callable[[Context], Norm]:
    """A normalizer for an expression whose value does not depend on the DCT."""

    def norm(ctx: Context) -> Norm:
        return value, mod, end_value

    return norm


_WINDOWS: ContextVar[dict[re.Pattern[str], list[tuple[int, int]]] | None] = ContextVar(
    "timex_windows", default=None
)
_MARGIN = 60  # no expression reaches further than this from its trigger word


# Characters for which a case-insensitive match of an ASCII letter differs from a plain match of their
# lower case: "İ" lowers to two characters; "ı" and "ſ" match "i" and "s" but lower to themselves. For
# every other character the two agree (checked over all of Unicode, with \w, \d and \s too).
_CASE_FOLD_EXCEPTIONS = ("\u0130", "\u0131", "\u017f")
# Inline flags could switch case-insensitivity back off inside a pattern
_INLINE_FLAGS = re.compile(r"\(\?[aiLmsux-]")


@lru_cache(maxsize=1)
def _lowered(text: str) -> str | None:
    """``text`` in lower case (same offsets), or None when it holds a character of
    ``_CASE_FOLD_EXCEPTIONS``. Cached: every trigger of the text reads it."""
    if any(ch in text for ch in _CASE_FOLD_EXCEPTIONS):
        return None
    return text.lower()


@cache
def _case_sensitive_twin(trigger: re.Pattern[str]) -> re.Pattern[str] | None:
    """The case-insensitive ``trigger`` compiled case-sensitive, to run on lower-cased text: it finds the
    same matches several times faster (the matcher can skip ahead to a literal), provided every letter
    it spells is lower-case ASCII. None for any other pattern."""
    if not trigger.flags & re.IGNORECASE or _INLINE_FLAGS.search(trigger.pattern):
        return None
    literals = re.sub(r"\\.", "", trigger.pattern)  # escapes ("\S", "\b") are no letters
    if not literals.isascii() or any(ch.isupper() for ch in literals):
        return None
    return re.compile(trigger.pattern, trigger.flags & ~re.IGNORECASE)


def _trigger_matches(text: str, trigger: re.Pattern[str]) -> Iterator[re.Match[str]]:
    twin = _case_sensitive_twin(trigger)
    lowered = _lowered(text) if twin is not None else None
    if twin is None or lowered is None:
        return trigger.finditer(text)
    return twin.finditer(lowered)


def trigger_windows(text: str, trigger: re.Pattern[str] = g.TRIGGER) -> list[tuple[int, int]]:
    """Stretches of text around the trigger's matches, merged and widened to word boundaries."""
    out: list[tuple[int, int]] = []
    for m in _trigger_matches(text, trigger):
        lo, hi = max(0, m.start() - _MARGIN), min(len(text), m.end() + _MARGIN)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    widened = []
    for lo, hi in out:
        while lo > 0 and not text[lo - 1].isspace():
            lo -= 1
        while hi < len(text) and not text[hi].isspace():
            hi += 1
        widened.append((lo, hi))
    return widened


def scan(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer`` restricted to the windows around its trigger words (``grammar.NEAR``)."""
    cache = _WINDOWS.get()
    trigger = g.NEAR.get(pattern, g.TRIGGER)
    if cache is None:
        windows = trigger_windows(text, trigger)
    else:
        if trigger not in cache:
            cache[trigger] = trigger_windows(text, trigger)
        windows = cache[trigger]
    for lo, hi in windows:
        yield from pattern.finditer(text, lo, hi)


def _edge_and_rel(m: re.Match[str]) -> tuple[str | None, str]:
    return edge_mod(m.group("edge")), _norm_space(m.group("rel") or "")


def year_after_story(ctx: Context, month: int) -> int | None:
    """The year of "the following January" / "the next spring" (``month`` its first month): the first
    such month after the time the story names last ("took the seat in 2008 ... the following January" is
    January 2009), not after the publication date; None when the story has named no year."""
    if ctx.last_year is None:
        return None
    if ctx.last_month is not None and ctx.last_month[0] == ctx.last_year and month > ctx.last_month[1]:
        return ctx.last_year  # "in March 2009 ... the following June": later that year
    return ctx.last_year + 1


# what may follow a date heading a chronology line: the line's end, or a colon or dash and the entry
_LINE_HEAD_END = re.compile(r"[ \t]*(?:\n|$|[:—–][ \t]|-[ \t])")
NEW_YEAR_STEP = 6  # months a chronology steps back by when it starts a new year, not when it runs backwards


def heads_its_line(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` heads a chronology line: alone on its line ("Aug. 12", a heading) or set
    off by a colon or dash from what happened ("Oct. 3 — the envoy leaves")."""
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip() and _LINE_HEAD_END.match(text, end) is not None
