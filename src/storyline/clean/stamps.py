"""Posting stamps: the date-and-clock lines a page prints on reader comments, share feeds and update
notices ("June 1, 2011 at 3:01 pm | Reply", "At 13:44 7th Jun 2012, someone wrote:"). The timeline
keeps them from counting as references to their day; the cleaner ends an article at a thread of them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from storyline.records import TimeExpr

# Posting stamps: a full date with its year next to a clock time, in either order, with nothing but
# separators between ("June 1, 2011 at 3:01 pm", "Sat Nov 12, 2011 6:48 pm EST", "21 December 2011
# Last updated at 04:27 GMT", "10th August 2011 - 11:12", "At 13:44 7th Jun 2012, ...",
# "9:32 am ET February 11, 2013 ..."). Scoped (?i:) groups keep time-zone letters case-sensitive.
_MONTH = r"(?i:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\.?"
_WEEKDAY = r"(?:(?i:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)\.?[\s,]*)?"
_DAY = r"[0-3]?\d(?i:st|nd|rd|th)?"
FULL_DATE = (
    rf"\b{_WEEKDAY}(?:{_DAY}\s+{_MONTH}|{_MONTH}\s+{_DAY})\s*,?\s*(?:1[89]|20)\d\d\b"
    r"|\b(?:1[89]|20)\d\d-[01]\d-[0-3]\d\b"
)
_MERIDIEM = r"(?i:[ap]\.?\s?m\b\.?)"
_ZONE = r"(?:[A-Z]{1,4}T|UTC|UK\s+time)\b"
# an hour (0-23) that is no tail of a longer number, then minutes or am/pm. Opening on a digit class
# (not on \b) lets re skip ahead to digits, which keeps the search around every time expression cheap
_HOUR = r"[0-9](?<!\w[0-9])(?:(?<=[01])[0-9]|(?<=2)[0-3])?"
CLOCK = rf"{_HOUR}(?::[0-5]\d(?::[0-5]\d)?(?:\s*{_MERIDIEM})?|\s*{_MERIDIEM})(?:\s*{_ZONE})?"
DASH_OR_BAR = r"(?:[-–—|]+\s*)?"
_DATE_TO_CLOCK = rf"[\s,]*{DASH_OR_BAR}(?:(?i:last\s+)?(?i:updated)\s*:?\s*)?(?:(?i:at)\s+)?"
# A clock time before the date also opens news ("At 13:44, 7 June 2012, troops opened fire"), so that
# order is a stamp only when comment or share markup follows: a one-word user name and "wrote:", or a
# retweet / reply / share / abuse-report button.
USER_WROTE = r"[^\s,:]+\s+(?i:wrote)\s*:"
COMMENT_BUTTONS = r"(?i:retweet|reply|report\s+(?:as\s+)?abuse)"
POSTING_MARKUP = rf"(?=\s*(?:,\s*)?(?:{USER_WROTE}|{DASH_OR_BAR}(?:{COMMENT_BUTTONS}|(?i:share))\b))"
CLOCK_TIME = re.compile(CLOCK)
# A date is looked for just before a clock time (searched with endpos at the clock, where \Z then
# matches) and just after it
_DATE_BEFORE_CLOCK = re.compile(rf"(?:{FULL_DATE}){_DATE_TO_CLOCK}\Z")
_DATE_AFTER_CLOCK = re.compile(rf"[\s,]*{DASH_OR_BAR}(?:{FULL_DATE}){POSTING_MARKUP}")
# the longest date and separator that can stand before a clock: "Wednesday, 21 December 2011 Last
# updated at "; also how far from a time expression a clock of its stamp can be
DATE_REACH = 60


def stamp_around(text: str, clock: re.Match[str]) -> tuple[int, int] | None:
    """(start, end) of the posting stamp made of this clock time and a full date, if it is one."""
    before = _DATE_BEFORE_CLOCK.search(text, max(0, clock.start() - DATE_REACH), clock.start())
    if before is not None:
        return before.start(), clock.end()
    after = _DATE_AFTER_CLOCK.match(text, clock.end())
    return (clock.start(), after.end()) if after is not None else None


def stamp_parts(text: str, txs: Sequence[TimeExpr]) -> list[list[TimeExpr]]:
    """The time expressions of txs (sorted by start) that make up each posting stamp in text. Stamps
    are looked for at the clock times written near the expressions only, so the cost follows the
    expressions, not the length of the text."""
    stamps: list[list[TimeExpr]] = []
    span = (0, 0)  # of the last stamp found: a stamp holding several expressions is matched once
    for tx in txs:
        if not (span[0] < tx.end and tx.start < span[1]):
            lo, hi = max(0, tx.start - DATE_REACH), min(len(text), tx.end + DATE_REACH)
            around = (stamp_around(text, clock) for clock in CLOCK_TIME.finditer(text, lo, hi))
            found = next(
                (st for st in around if st is not None and st[0] < tx.end and tx.start < st[1]), None
            )
            if found is None:
                continue
            span = found
            stamps.append([])
        stamps[-1].append(tx)
    return stamps
