"""Source citations: a parenthesis that names who reported a fact and when, as news digests, briefings
and monitoring services print them ("(Kastan Wire, May 15)", "(Veloria TV, 23 January; The Daily
Ledger, Feb. 1)", "(AP, Kastan Radio, 3 May 2004)"). The date in one says when an outlet
reported, not that anything happened that day: the timeline and the event dater skip it.
"""

from __future__ import annotations

import re

from storyline.records import TimeExpr

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DAY = r"[0-3]?\d(?:st|nd|rd|th)?(?:\s*[-–]\s*[0-3]?\d)?"  # "December 14-15" too
_YEAR = r"(?:,?\s*(?:1[89]|20)\d\d)?"
_DATE = rf"(?:{_MONTH}\s+{_DAY}{_YEAR}|{_DAY}\s+{_MONTH}{_YEAR}|(?:1[89]|20)\d\d-[01]\d-[0-3]\d)"
# an outlet: capitalised words, with the small words names hold ("Voice of America", "Le Monde")
_WORD = r"[A-Z][\w.&'’-]*"
_SOURCE = rf"{_WORD}(?:\s+(?:{_WORD}|of|the|de|du|la|le|al|and|&))*"
_ITEM = rf"{_SOURCE}(?:\s*,\s*{_SOURCE})*\s*,\s*{_DATE}"
# one or more cited reports, separated by semicolons; a later one may give only a date
CITATION = re.compile(rf"\(\s*{_ITEM}(?:\s*;\s*(?:{_ITEM}|{_DATE}))*\s*\)")


def citation_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every parenthesised source citation in ``text``."""
    if "(" not in text:
        return []
    return [(m.start(), m.end()) for m in CITATION.finditer(text)]


def citation_timexes(text: str, timexes: list[TimeExpr]) -> set[int]:
    """ids of the time expressions of one document that sit inside a source citation."""
    spans = citation_spans(text)
    if not spans:
        return set()
    return {id(tx) for tx in timexes if any(a <= tx.start and tx.end <= b for a, b in spans)}


_REACH = 160  # the longest citation looked at around one date


def in_citation(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] (a date) sits inside a source citation: the parenthesis around it is
    found first, so a call costs the length of one citation, not of the text."""
    lo = text.rfind("(", max(0, start - _REACH), start)
    if lo < 0 or ")" in text[lo:start]:
        return False
    hi = text.find(")", end, end + _REACH)
    if hi < 0:
        return False
    m = CITATION.fullmatch(text, lo, hi + 1)
    return m is not None
