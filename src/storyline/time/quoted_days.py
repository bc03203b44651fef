"""Days a quotation names from its own present: "today", "last night" in words said before the DCT.

``tag_text`` reads "last night" against the publication date. Inside a quotation the speaker's present is
the day of the saying, which an expression outside the quotation may date ("“... what happened last
night,” the envoy told reporters Friday." in a Saturday story: Thursday night, not Friday night). Once the
quotes are found, such expressions are counted again from the day of the saying.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from storyline.records import QuoteMention
from storyline.state import DocState
from storyline.time.calendar import day_value, parse_day

# the expressions ``gen_relative_days`` and ``THIS_POD`` count from the DCT by whole days
_DEICTIC_DAY = re.compile(
    r"(?:(?:early|late)\s+)?(?:today|tonight|tomorrow|yesterday|last\s+night|this\s+(?:morning|afternoon|evening))\b",
    re.I,
)
# a saying this far before the DCT is no longer "the days before the story": its quotation may be an old one
_MAX_SAYING_AGE = timedelta(days=7)


def reanchor_quoted_days(state: DocState) -> None:
    """Count the deictic days inside each quotation from its saying's day, when an expression outside the
    quotation dates that saying before the publication date."""
    dct = parse_day(state.dct)
    if dct is None:
        return
    for q in state.quotes:
        said = _saying_day(state, q)
        if said is None or not (timedelta(0) < dct - said <= _MAX_SAYING_AGE):
            continue
        for t in state.timexes:
            if q.start <= t.start < q.end and t.anchor == "dct" and _DEICTIC_DAY.fullmatch(t.text.strip()):
                t.value = _shifted(t.value, said - dct)


def _saying_day(state: DocState, q: QuoteMention) -> date | None:
    """The day of a quotation's saying, when an expression outside every quotation of its sentences gives
    it; a date the quotation's own words gave ("“Yesterday's attack ...,” he said") is no saying's day."""
    if q.kind == "indirect" or q.date_source != "timex":
        return None
    said = parse_day(q.date)
    if said is None or q.date is None or len(q.date) != 10:
        return None
    first, last = state.sentence_index(q.start), state.sentence_index(max(q.start, q.end - 1))
    for t in state.timexes:
        if not (first <= t.sentence <= last) or not t.value or not t.value.startswith(q.date):
            continue
        if not any(o.start <= t.start < o.end for o in state.quotes if o.kind != "indirect"):
            return said
    return None


def _shifted(value: str | None, delta: timedelta) -> str | None:
    """``value`` ("2020-01-03", "2020-01-03TNI") moved by ``delta``, its time of day kept."""
    day = parse_day(value)
    if value is None or day is None:
        return value
    return day_value(day + delta) + value[10:]
