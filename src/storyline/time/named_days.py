"""Yearless month-days that name a past event: "the Sept. 11 attacks", "the June 4 Movement".

A month-day without a year takes the year nearest the publication date (DCT). That is right for "the
April 3-4 summit" or "the March 31 deadline", but a month-day used as a noun's pre-modifier often names
an event of some earlier year ("the Sept. 11 attacks" in a 2012 article), and the DCT's year would put a
false day on the timeline. The pre-modifier shape alone does not tell the two apart (on the news corpora
"the Aug. 21 chemical attack", "the Nov. 13 attacks" and "the July 25 call" are weeks or months old), so
a pre-modifying month-day changes its reading only on evidence in the text, first found first used:

1. a year the text writes for it: right before ("the 2001 Sept. 11 attacks"), right after the noun ("the
   May 10 Agreement of 2007"), or with the same month-day elsewhere in the document ("on Sept. 11, 2001"),
   when the document writes that month-day with one year only;
2. an ordinal anniversary: "the 11th anniversary of the Sept. 11 attacks" is eleven years before the
   anniversary nearest the DCT, when that anniversary is within a season of the DCT (a year later the
   article may recall a past anniversary, whose year is not known);
3. no year, but the mention is a name or an era, so its year is not the DCT's and is not known: the day
   follows "anniversary of", is prefixed "post-"/"pre-" ("post-Sept. 11 America"), or names an
   institution, place or group ("the September 11 Memorial", "the June 4 Movement"). The value is then
   underspecified ("XXXX-09-11"), which calendar keys ignore;
4. a past occurrence ("the Sept. 11 attacks", "the June 4 massacre") that the DCT's tense rule would put
   after the DCT cannot be that day: its year is unknown as well;
5. a bare month-day that a time preposition places an era after ("in the wake of Sept. 11", "since
   September 11", "after Nov. 13,") is an event's name as well when the DCT's rule puts it more than half
   a year back: a paper names so old a day with its year unless the day is a known event's. Its year is
   unknown then, rather than the wrong one (no value of a year back is better than a wrong one).

Numeric "9/11" is not a time expression for the tagger at all (no year, so no date pattern takes it;
MEANTIME annotates "9/11 attack" as an event, not a TIMEX3), so it needs no rule here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from storyline.time.calendar import nearest_year, safe_date
from storyline.time.vocab import NUMBER_WORDS, ORDINALS

# Nouns an institution, place or group takes its name from a day with: the day is part of the name.
NAME_NOUNS = frozenset(
    (  # noqa: SIM905 (a word list reads better as one string)
        "memorial memorials museum commission movement movements brigade brigades martyrs coalition alliance "
        "front bridge square stadium generation youth group groups"
    ).split()
)
# Nouns for an occurrence already over when it is written about with "the": never after the DCT.
PAST_NOUNS = frozenset(
    (  # noqa: SIM905
        "attack attacks bombing bombings bomber bombers massacre massacres shooting shootings killing killings "
        "assassination coup crash explosion explosions blast blasts uprising revolution invasion slaying riots "
        "hijackings hijackers attackers"
    ).split()
)
# Words that end a pre-modified noun phrase: after "the Sept. 11" they mean no noun follows it.
_STOP_WORDS = frozenset(
    (  # noqa: SIM905
        "and or but nor to in into of at on for by with from as through until till when while after before "
        "since that which who whom whose is was were are be been being will would shall should can could may "
        "might must has had have do does did the a an this these those it its he she they we i you than then "
        "if so not also said says say according during against about over under between among per via"
    ).split()
)
# Frequent irregular past-tense verbs: after a name noun they end the name ("the March 14 coalition met").
_IRREGULAR_PAST = frozenset(
    "met led held won lost took made began sent left told gave went came became fought sought brought".split()  # noqa: SIM905
)
_DETERMINER_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|this|that|its|his|her|their|our|whose)|\w['’]s)"
    r"(?:[ \t]+(?!(?:on|in|at|since|until|till|before|after|by|from|to|of|and|or)\b)[A-Za-z][\w’'-]*){0,2}[ \t]+$",
    re.I,
)
_ERA_PREFIX = re.compile(r"\b(?:post|pre)[-–][ \t]*$", re.I)
_YEAR = r"(?:1[6-9]\d\d|20\d\d)"
_YEAR_BEFORE = re.compile(rf"\bthe[ \t]+(?P<y>{_YEAR})[ \t]+$", re.I)
_WORD_AFTER = re.compile(r"[ \t]+(?P<w>[A-Za-z][\w’'-]*)")
_ANNIVERSARY_BEFORE = re.compile(
    r"(?:\b(?:(?P<count>\d{1,3}|[a-z]+)-year|(?P<short>\w+-(?:month|week|day))|"
    r"(?P<n>\d{1,3}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?))[ \t]+)?"
    r"anniversary[ \t]+of[ \t]+(?:the[ \t]+)?(?:[\w’'-]+[ \t]+){0,3}$",
    re.I,
)
# "in the wake of", "since", "after": an era opened by the day ("since Sept. 11, the agency has grown")
_ERA_OPENER_BEFORE = re.compile(
    r"\b(?:(?:in[ \t]+the[ \t]+)?(?:wake|aftermath)[ \t]+of|(?:ever[ \t]+)?since|after|following|post)[ \t]+$",
    re.I,
)
_NOUN_REACH = 4  # words of the noun phrase after the day looked at ("the Aug. 21 chemical weapons attack")
_NAME_REACH = 2  # a name noun stands right after the day or one word later ("the April 6 youth groups")
_ANNIVERSARY_WINDOW = 90  # days between the DCT and an anniversary that is the one being marked


@dataclass(frozen=True, slots=True)
class NamedReading:
    """How a pre-modifying yearless month-day is read; at most one of the first three fields is set."""

    year: int | None = None  # a year the text writes for it
    years_before: int | None = None  # an ordinal anniversary: so many years before the one nearest the DCT
    unknown: bool = False  # a name, an era or the subject of an anniversary: an earlier, unwritten year
    past: bool = False  # a past occurrence: never after the DCT
    era_opener: bool = False  # "since Sept. 11": a day more than half a year back is an event's name

    def resolve_year(self, dct: date | None, month: int, day: int, tense: int) -> int | None:
        """The year a text-given or anniversary reading denotes, or None when it is not known."""
        if self.year is not None:
            return self.year
        if dct is None or self.years_before is None:
            return None
        year = nearest_year(dct, month, day, tense)
        marked = safe_date(year, month, day)
        if marked is None or abs((marked - dct).days) > _ANNIVERSARY_WINDOW:
            return None
        return year - self.years_before


def written_years(days: list[tuple[int, int, int]]) -> dict[tuple[int, int], int]:
    """(month, day) -> the year a document writes with that month-day, when it writes exactly one."""
    years: dict[tuple[int, int], set[int]] = {}
    for year, month, day in days:
        years.setdefault((month, day), set()).add(year)
    return {key: next(iter(ys)) for key, ys in years.items() if len(ys) == 1}


def named_reading(
    text: str, start: int, end: int, month: int, day: int, written: dict[tuple[int, int], int]
) -> NamedReading | None:
    """The reading of the yearless month-day ``text[start:end]``, or None when the DCT's rule applies."""
    before = text[max(0, start - 80) : start]
    if before.rstrip(" \t").endswith(("-", "–")) and _ERA_PREFIX.search(before):
        return NamedReading(unknown=True)
    # the cheap test first: most month-days have no "anniversary" before them
    anniversary = _ANNIVERSARY_BEFORE.search(before) if "anniversary" in before.lower() else None
    if anniversary is not None and anniversary.group("short"):
        anniversary = None  # "the one-month anniversary of the March 3 attack": this year's day
    words = _noun_words(text, end)
    premodifier = bool(words) and (
        _DETERMINER_BEFORE.search(before, max(0, len(before) - 60)) is not None
        or _YEAR_BEFORE.search(before, max(0, len(before) - 20)) is not None
        or text[start : start + 4].lower() == "the "
    )
    if not premodifier and anniversary is None:
        if words or _ERA_OPENER_BEFORE.search(before, max(0, len(before) - 30)) is None:
            return None
        year = written.get((month, day))  # "On Sept. 11, 2001, ... Since Sept. 11, ..."
        return NamedReading(year=year) if year is not None else NamedReading(past=True, era_opener=True)
    year = _adjacent_year(text, before, end, len(words)) if premodifier else None
    if year is None:
        year = written.get((month, day))
    if year is not None:
        return NamedReading(year=year)
    if anniversary is not None:
        back = _years_back(anniversary)
        return NamedReading(years_before=back) if back is not None else NamedReading(unknown=True)
    if _names_something(words):
        return NamedReading(unknown=True)
    if PAST_NOUNS.intersection(w.lower() for w in words):
        return NamedReading(past=True)
    return None


def past_occurrence_modifier(text: str, start: int, end: int) -> bool:
    """Whether the yearless month at ``text[start:end]`` pre-modifies a noun of an occurrence already
    over ("the February assassination", "the March bombings"): never after the DCT."""
    before = text[max(0, start - 60) : start]
    if _DETERMINER_BEFORE.search(before) is None:
        return False
    return bool(PAST_NOUNS.intersection(w.lower() for w in _noun_words(text, end)))


def _names_something(words: list[str]) -> bool:
    """A name noun heads the phrase: "the March 14 coalition", "the 6 October bridge", "the Sept. 11
    Memorial & Museum", but not "the April 14 committee vote", where another noun follows it."""
    for i, word in enumerate(words[:_NAME_REACH]):
        if word.lower() not in NAME_NOUNS:
            continue
        following = words[i + 1] if i + 1 < len(words) else None
        if (
            following is None
            or following.lower() in NAME_NOUNS
            or following[0].isupper()
            or following.endswith("ed")  # "the March 14 movement called for ...": a verb ends the name
            or following.lower() in _IRREGULAR_PAST
        ):
            return True
    return False


def _noun_words(text: str, end: int) -> list[str]:
    """The words of the noun phrase right after ``end`` (same line, no punctuation between)."""
    words: list[str] = []
    pos = end
    while len(words) < _NOUN_REACH:
        m = _WORD_AFTER.match(text, pos)
        if m is None or m.group("w").lower() in _STOP_WORDS:
            break
        words.append(m.group("w").rstrip("’'"))
        pos = m.end()
        if text[pos : pos + 1] in ("’", "'"):
            break  # "the Feb. 17 Martyrs' Brigade": the possessive closes the modifier
    return words


def _adjacent_year(text: str, before: str, end: int, noun_count: int) -> int | None:
    """A year written next to the phrase: "the 2001 Sept. 11 attacks", "the May 10 Agreement of 2007"."""
    m = _YEAR_BEFORE.search(before)
    if m:
        return int(m.group("y"))
    after = re.match(
        rf"(?:[ \t]+[A-Za-z][\w’'-]*){{{noun_count}}}[ \t]+(?:in|of)[ \t]+(?P<y>{_YEAR})(?!\d)",
        text[end : end + 120],
    )
    return int(after.group("y")) if after else None


def _years_back(m: re.Match[str]) -> int | None:
    """The count of an ordinal anniversary: "11th", "tenth", "one-year"; None for a bare "anniversary"."""
    if m.group("count"):
        count = m.group("count").lower()
        n = int(count) if count.isdigit() else NUMBER_WORDS.get(count)
        return int(n) if n else None
    token = (m.group("n") or "").lower()
    if re.fullmatch(r"\d+(?:st|nd|rd|th)", token):
        return int(token[:-2]) or None
    n = ORDINALS.get(token)
    return n if n is not None and n > 0 else None
