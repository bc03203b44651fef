"""``tag_text``: find TIMEX3 expressions in raw text and normalize them against the DCT.

Every pattern in ``grammar`` yields candidates (span, type, anchor, normalizer). Overlaps go to the
longest candidate; the normalizers then run in text order so that anaphoric expressions ("a year
earlier", "the year-ago quarter") can use the expressions before them. Relative expressions get
value None when the DCT is unknown, never a guess.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from storyline.records import TimeExpr
from storyline.time.base import (
    _WINDOWS,
    Cand,
    Context,
    TenseFn,
)
from storyline.time.calendar import (
    parse_day,
)
from storyline.time.rules_absolute import (
    gen_decades_centuries,
    gen_holidays,
    gen_month_day,
    gen_month_rel_year,
    gen_month_year,
    gen_numeric_dates,
    gen_periods,
    gen_quarters,
    gen_seasons,
    gen_the_year,
    gen_word_years,
    gen_years,
)
from storyline.time.rules_quantities import (
    gen_durations,
    gen_sets,
)
from storyline.time.rules_relative import (
    dates_a_saying,
    gen_clock,
    gen_current,
    gen_elliptic_last,
    gen_months,
    gen_parts_of_day,
    gen_refs,
    gen_relative_days,
    gen_relative_units,
    gen_weekday_pairs,
    gen_weekdays,
    gen_weeks_ago_weekdays,
)
from storyline.time.tense import lexical_tense, past_verb_right_before

GENERATORS = (
    gen_month_day, gen_month_year, gen_numeric_dates, gen_years, gen_decades_centuries, gen_relative_days,
    gen_weekdays, gen_relative_units, gen_months, gen_durations, gen_sets, gen_quarters, gen_seasons,
    gen_holidays, gen_clock, gen_refs, gen_periods, gen_month_rel_year, gen_word_years,
    gen_the_year, gen_parts_of_day, gen_weekday_pairs, gen_current, gen_weeks_ago_weekdays, gen_elliptic_last,
)  # fmt: skip


def find_candidates(text: str) -> list[Cand]:
    """All non-overlapping time expressions in ``text``, longest first, in text order."""
    token = _WINDOWS.set({})  # trigger windows computed once per trigger for this text
    try:
        cands = [c for gen in GENERATORS for c in gen(text)]
    finally:
        _WINDOWS.reset(token)
    for c in cands:
        if text.endswith(("'s", "’s"), c.start, c.end) and c.end - c.start > 2:
            c.end -= 2  # "Friday's session": the possessive marker is not part of the expression
    cands.sort(key=lambda c: (-(c.end - c.start), -c.priority, c.start))
    starts: list[int] = []  # the chosen spans, kept sorted and disjoint: a bisect finds any overlap
    ends: list[int] = []
    chosen: list[Cand] = []
    for c in cands:
        if c.end <= c.start:
            continue
        i = bisect_left(starts, c.start)
        if (i < len(starts) and starts[i] < c.end) or (i > 0 and ends[i - 1] > c.start):
            continue
        starts.insert(i, c.start)
        ends.insert(i, c.end)
        chosen.append(c)
    chosen.sort(key=lambda c: c.start)
    return chosen


def resolve(text: str, cands: list[Cand], dct: str | None, tense: TenseFn | None = None,
            doc_id: str = "", firm_past: Callable[[int, int], bool] | None = None,
            noun_held: Callable[[int, int], bool] | None = None) -> list[TimeExpr]:  # fmt: skip
    """Normalize candidates in text order against ``dct`` (ISO text or None)."""
    day = parse_day(dct)
    ctx = Context(dct=day, tense=tense or (lambda s, e: lexical_tense(text, s, e)), dct_month=_month_of(dct))
    if firm_past is not None:
        ctx.firm_past = firm_past
    if noun_held is not None:
        ctx.noun_held = noun_held
    out: list[TimeExpr] = []
    for c in cands:
        quarter_before, day_before, month_before = ctx.last_quarter, ctx.last_day, ctx.last_month
        try:
            value, mod, end_value = c.norm(ctx)
        except (ValueError, OverflowError, KeyError):
            value, mod, end_value = None, None, None
        if ctx.last_day is not day_before:
            ctx.day_before_saying = (day_before, ctx.last_day_end) if dates_a_saying(text, c.start) else None
            ctx.last_day_end = c.end
        if ctx.last_month is not month_before:
            ctx.last_month_end = c.end
        _track_focus(ctx, text[c.start : c.end], quarter_before)
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


_ISO_MONTH = re.compile(r"(\d{4})-(\d{2})(?:$|-)")


def _month_of(dct: str | None) -> tuple[int, int] | None:
    """(year, month) of an ISO DCT of month precision or finer; None when there is none."""
    m = _ISO_MONTH.match(dct or "")
    if m is None or not 1 <= int(m.group(2)) <= 12:
        return None
    return int(m.group(1)), int(m.group(2))


# a results period longer than a quarter, within one year: its year-ago comparison is only as exact as the year
_LONG_PERIOD = re.compile(r"(?:the\s+)?(?:first\s+|latest\s+)?(?:nine|9|six|6)\s+months", re.I)


def _track_focus(ctx: Context, span: str, quarter_before: tuple[int, int] | None) -> None:
    """Follow which reporting period a results story is on: a quarter, or the nine months to date."""
    if _LONG_PERIOD.fullmatch(span):
        ctx.focus_year = True
    elif ctx.last_quarter != quarter_before or "quarter" in span.lower():
        ctx.focus_year = False


def tag_text(text: str, dct: str | None, doc_id: str = "") -> list[TimeExpr]:
    """Time expressions in ``text`` normalized against ``dct`` (an ISO date or datetime, or None).

    Relative expressions ("yesterday", "last March") get value None when ``dct`` is None, with
    anchor "dct", so they can be re-tagged once the corpus has inferred a date.
    """
    if not text:
        return []
    # without a parse, only a past verb right before a date holds it firmly in the past
    return resolve(
        text, find_candidates(text), dct, None, doc_id, lambda s, e: past_verb_right_before(text, s)
    )


__all__ = ["tag_text", "find_candidates", "resolve", "Cand", "Context"]
