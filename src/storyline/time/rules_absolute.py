"""Grammar rules for calendar expressions: dates, months and years, decades, quarters, seasons, holidays."""

from __future__ import annotations

import re
from calendar import monthrange
from collections.abc import Callable, Iterator
from datetime import date, timedelta

from storyline.time import grammar as g
from storyline.time.base import (
    _PREPS_BEFORE_MONTH,
    NEW_YEAR_STEP,
    Cand,
    Context,
    Norm,
    _edge_and_rel,
    _month_num,
    _next_word,
    _norm_space,
    _prev_word,
    _sentence_start,
    _year2,
    const,
    coordinated_year,
    edge_mod,
    heads_its_line,
    scan,
    title_word,
    year_after_story,
)
from storyline.time.calendar import (
    add_months,
    day_value,
    easter,
    month_value,
    month_year,
    nearest_year,
    quarter_of,
    safe_date,
    thanksgiving,
    us_election_day,
    week_value,
)
from storyline.time.named_days import NamedReading, named_reading, written_years
from storyline.time.tense import FUTURE, PAST, names_a_deadline, names_a_past_deadline
from storyline.time.vocab import (
    COUNT_NOUNS,
    HOLIDAYS,
    MONTHS,
    NUMBER_LABELS,
    NUMBER_WORDS,
    ORDINALS,
    SEASONS,
    VEHICLE_MAKES,
    WEEKDAYS,
)


def _resolve_day(
    ctx: Context, mon: int, d: int, y: int | None, start: int, end: int
) -> tuple[str | None, date | None]:
    """Value and day of a month-day; a yearless one takes the year nearest the DCT on its tense's side."""
    if y is not None:
        day = safe_date(y, mon, d)
        return (day_value(day), day) if day else (None, None)
    if ctx.dct is None:
        if ctx.dct_month is not None and ctx.dct_month[1] == mon:
            # "as of Saturday, January 11" in a story known to be of January 2020
            day = safe_date(ctx.dct_month[0], mon, d)
            return (day_value(day), day) if day else (None, None)
        return f"XXXX-{mon:02d}-{d:02d}", None
    tense = ctx.tense(start, end)
    yr = nearest_year(ctx.dct, mon, d, tense, firm=tense == PAST and ctx.firm_past(start, end))
    day = safe_date(yr, mon, d)
    return (day_value(day), day) if day else (None, None)


def _resolve_named_day(
    ctx: Context, reading: NamedReading, mon: int, d: int, start: int, end: int
) -> tuple[str | None, date | None]:
    """Value and day of a month-day that names a past event; the day is None when its year is not known."""
    year = reading.resolve_year(ctx.dct, mon, d, ctx.tense(start, end) if ctx.dct is not None else PAST)
    if year is None:
        return f"XXXX-{mon:02d}-{d:02d}", None
    day = safe_date(year, mon, d)
    return (day_value(day), day) if day else (None, None)


_COUNT_AFTER = re.compile(
    r"\s*(?:%|(?:percent|per\s+cent|points?|people|members|votes|seats|shares|times|years|months|weeks|days|"
    r"cents|dollars|euros|pounds|miles|games|goals|runs)\b)",
    re.I,
)


def gen_month_day(text: str) -> Iterator[Cand]:
    matches = [(m, order) for rx_, order in ((g.MDY, "md"), (g.DMY, "dm")) for m in scan(rx_, text)]
    chronicle = _chronicle_years(text, matches)
    # the year a document writes with a month-day ("Sept. 11, 2001"), or its chronology gives a line's
    # day, also dates its yearless name uses ("the Aug. 12 memo")
    written = written_years(
        [
            (int(y), _month_num(m.group("mon")), _day_num(m))
            for m, _ in matches
            if (y := m.group("y")) and y.isdigit()
        ]
        + [
            (chronicle[m.start()], _month_num(m.group("mon")), _day_num(m))
            for m, _ in matches
            if m.start() in chronicle and not m.group("y")
        ]
    )
    narrative = _narrative_days(matches)
    for m, order in matches:
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
        if d2 is not None and not m.group("y") and _COUNT_AFTER.match(text, m.end("d2")):
            d2 = None  # "rose on March 3 and 4 percent on Friday": the second number counts something
        end = m.end()
        if d2 is None and m.group("d2"):
            # "April 3-2" is a score or a list, not a range: keep the first day only.
            end = m.end("d")
        if safe_date(2000, mon, d) is None:
            continue
        second = (m.start("mon2") if m.group("mon2") else m.start("d2")) if order == "md" else -1
        if d2 is not None and order == "md" and re.search(r"[a-z]", text[m.end("d") : second]):
            # "from Aug. 26 to Oct. 20", "on April 24 and 25": two dates joined by a word are two
            # expressions (TimeML); a dash makes one range ("the April 3-4 summit")
            yield _md_cand(m.start(), m.end("d"), mon, d, mon, None, ytok, m.group("wd"), text, written,
                           narrative=narrative, chronicle_year=chronicle.get(m.start()))  # fmt: skip
            yield _md_cand(
                second, m.end(), mon2, d2, mon2, None, ytok, None, text, written, narrative=narrative
            )
            continue
        year_delta = _relative_year_after(text, end) if ytok is None else None
        yield _md_cand(m.start(), end, mon, d, mon2, d2, ytok, m.group("wd"), text, written, year_delta,
                       narrative, chronicle.get(m.start()))  # fmt: skip


def _chronicle_years(text: str, matches: list[tuple[re.Match[str], str]]) -> dict[int, int]:
    """The year of each chronology line from the first that wrote its year on, by offset: a retold
    chronology ("May 4, 2030" then "Aug. 12", "Oct. 3" in a page of 2031) runs on in the year
    it last named, into the next when its months start over ("Nov. 28" then "Jan. 5"); a short step back
    ("Oct. 3" then "Sept. 9") is a chronology told newest first. The publication year is not its year."""
    years: dict[int, int] = {}
    last: tuple[int, int] | None = None  # (year, month) of the chronology's last line
    for m, _ in sorted(matches, key=lambda pair: pair[0].start()):
        if not m.group("mon")[0].isupper() or not heads_its_line(text, m.start(), m.end()):
            continue
        mon, ytok = _month_num(m.group("mon")), m.group("y")
        if ytok and ytok.isdigit():
            last = (int(ytok), mon)
            years[m.start()] = last[0]
        elif last is not None and not ytok:
            year = last[0] + (1 if last[1] - mon >= NEW_YEAR_STEP else 0)
            years[m.start()] = year
            last = (year, mon)
    return years


# A yearless day this far from the DCT is not one of its recent days, which news writes without a year
_FAR_FROM_DCT = timedelta(days=90)
# how close to a day written with its year a yearless one must be to share its story ("March 2" by
# "the March 3, 2031, memo")
_NARRATIVE_REACH = timedelta(days=31)
# how far from it in the text that written day may stand: the story it dates is still being told
_NARRATIVE_CHARS = 2500


def _narrative_days(matches: list[tuple[re.Match[str], str]]) -> list[tuple[int, date]]:
    """The days the text writes with their year, as (offset, day), in text order."""
    days: list[tuple[int, date]] = []
    for m, _ in matches:
        y = m.group("y")
        if y and y.isdigit() and (day := safe_date(int(y), _month_num(m.group("mon")), _day_num(m))):
            days.append((m.start(), day))
    return sorted(days, key=lambda pair: pair[0])


_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+[\"“‘(]*[A-Z]")


def _told_so_far(text: str, start: int, narrative: list[tuple[int, date]]) -> list[tuple[int, date]]:
    """The written days that set the story's year for a yearless day at ``start``: those before it and
    those later in its own sentence. A sentence further on may step back to an older time ("was freed
    on June 2. He had left on July 1, 2012"), whose year is not the earlier sentence's."""
    return [(pos, day) for pos, day in narrative if pos < start or not _SENTENCE_END.search(text, start, pos)]


def _day_num(m: re.Match[str]) -> int:
    return int(re.sub(r"\D", "", m.group("d")))


def _narrative_year(ctx: Context, mon: int, d: int, day1: date | None, wd: str | None, start: int,
                    narrative: list[tuple[int, date]]) -> int | None:  # fmt: skip
    """The year of a story the text dates with a written year close by, for a yearless day that the
    DCT's rule puts months away from the DCT: "The March 3, 2031, memo ... learned March 2 that ..."
    (DCT April 2014) is 2012's September, not 2013's. None when no written day within a month of it stands
    near it in the text, or when a weekday written with it ("Saturday, March 30") fits the DCT's reading."""
    if ctx.dct is None or day1 is None or abs(day1 - ctx.dct) <= _FAR_FROM_DCT:
        return None
    weekday = WEEKDAYS.get(wd.lower().rstrip(".,")) if wd else None
    if weekday is not None and day1.weekday() == weekday:
        return None
    best: tuple[timedelta, int] | None = None
    for pos, written in narrative:
        if abs(start - pos) > _NARRATIVE_CHARS or written.year == day1.year:
            continue
        for year in (written.year - 1, written.year, written.year + 1):
            cand = safe_date(year, mon, min(d, monthrange(year, mon)[1]))
            if cand is None or cand > ctx.dct or abs(cand - written) > _NARRATIVE_REACH:
                continue
            if weekday is not None and cand.weekday() != weekday:
                continue
            if best is None or abs(cand - written) < best[0]:
                best = (abs(cand - written), year)
    return None if best is None else best[1]


def _weekday_year(dct: date | None, mon: int, d: int, wd: str | None, day1: date | None) -> int | None:
    """The year, within one of the DCT's, whose month-day falls on the weekday written with it ("Tuesday,
    April 7"), when the tense's reading put it on another weekday: a past verb in a story whose date is a
    little early (an updated page) must not move the day to a year where it was a Monday."""
    weekday = WEEKDAYS.get(wd.lower().rstrip(".,")) if wd else None
    if dct is None or day1 is None or weekday is None or day1.weekday() == weekday:
        return None
    fits = [
        (abs(cand - dct), year)
        for year in (dct.year - 1, dct.year, dct.year + 1)
        if (cand := safe_date(year, mon, d)) is not None and cand.weekday() == weekday
    ]
    return min(fits)[1] if fits else None


# "March 20 last year", "on 5 June this year": the year phrase after a month-day gives its year (TimeML
# tags the two as separate expressions, so the phrase stays its own)
_RELATIVE_YEAR_AFTER = re.compile(r"[ \t]+(?P<rel>last|this|next)[ \t]+year\b", re.I)


def _relative_year_after(text: str, end: int) -> int | None:
    m = _RELATIVE_YEAR_AFTER.match(text, end)
    return None if m is None else {"last": -1, "this": 0, "next": 1}[m.group("rel").lower()]


_DEADLINE_PAST_REACH = timedelta(days=31)
_ERA_DAY_REACH = timedelta(days=183)  # a yearless day further back than half a year is seldom last year's
_PLANNED_DAY_AHEAD_REACH = timedelta(days=45)  # a planned day told in the past may still be this close ahead


def _on_or_before_dct(ctx: Context, year: int, mon: int, d: int) -> bool:
    """Whether the month-day in ``year`` is no later than the DCT (a chronology told is of the past)."""
    day = safe_date(year, mon, d)
    return day is not None and (ctx.dct is None or day <= ctx.dct)


def _coming_planned_day(dct: date | None, day: date) -> date | None:
    """The same day a year on, when it is still ahead of the DCT and within a few weeks of it."""
    if dct is None or day >= dct:
        return None
    ahead = safe_date(day.year + 1, day.month, day.day)
    return ahead if ahead is not None and ahead - dct <= _PLANNED_DAY_AHEAD_REACH else None


def _far_back_era_day(ctx: Context, reading: NamedReading | None, day: date | None) -> bool:
    """Whether a day an era opener names ("since Sept. 11") lies more than half a year back, in an
    earlier year: "since Feb. 17" in an October story is that year's uprising, as a paper tells it."""
    if reading is None or not reading.era_opener or day is None or ctx.dct is None:
        return False
    return ctx.dct - day > _ERA_DAY_REACH and day.year < ctx.dct.year


def _md_cand(start: int, end: int, mon: int, d: int, mon2: int, d2: int | None, ytok: str | None,
             wd: str | None, text: str, written: dict[tuple[int, int], int],
             year_delta: int | None = None, narrative: list[tuple[int, date]] | None = None,
             chronicle_year: int | None = None) -> Cand:  # fmt: skip
    named = ytok is None and year_delta is None
    reading = named_reading(text, start, end, mon, d, written) if named else None
    deadline = named and names_a_deadline(text, start, end)
    past_deadline = named and not deadline and names_a_past_deadline(text, start)

    def named_norm(ctx: Context, reading: NamedReading) -> Norm:
        v1, day1 = _resolve_named_day(ctx, reading, mon, d, start, end)
        # a day whose year the text gave is a day like any written one ("the next day" may follow it);
        # an underspecified one is no day of the story
        if day1 is not None:
            ctx.last_day, ctx.last_year = day1, day1.year
        if d2 is None:
            return v1, None, None
        if day1 is None:
            return v1, None, f"XXXX-{mon2:02d}-{d2:02d}"
        day2 = safe_date(day1.year + (1 if mon2 < mon else 0), mon2, d2)
        return v1, None, (day_value(day2) if day2 else None)

    def norm(ctx: Context) -> Norm:
        if reading is not None and not reading.past:
            return named_norm(ctx, reading)
        y = None if ytok is None else (_year2(ytok, ctx.dct) if ytok.startswith("'") else int(ytok))
        if y is None and year_delta is not None and ctx.dct is not None:
            y = ctx.dct.year + year_delta
        if y is None and chronicle_year is not None and _on_or_before_dct(ctx, chronicle_year, mon, d):
            y = chronicle_year
        if chronicle_year is not None and y is not None:
            ctx.chronicle = (y, mon)  # a month heading further on ("Mid-November") runs on in this year
        v1, day1 = _resolve_day(ctx, mon, d, y, start, end)
        if deadline and day1 is not None and ctx.dct is not None and ctx.dct - day1 > _DEADLINE_PAST_REACH:
            # "has set Oct. 15 as the start date" in March: a day a plan fixes, months behind by the
            # nearest-year rule, is the coming one (a deadline just passed keeps its day: "set Friday as
            # the deadline" in a Saturday story)
            v1, day1 = _resolve_day(ctx, mon, d, day1.year + 1, start, end)
        if past_deadline and day1 is not None and (ahead := _coming_planned_day(ctx.dct, day1)) is not None:
            # "The first hearing date was July 3." in mid-June: the day the plan fixed is the coming
            # one, not last year's the past tense would give
            v1, day1 = _resolve_day(ctx, mon, d, ahead.year, start, end)
        if y is None and narrative and ctx.tense(start, end) != FUTURE:
            story_year = _narrative_year(ctx, mon, d, day1, wd, start, _told_so_far(text, start, narrative))
            if story_year is not None:
                v1, day1 = _resolve_day(ctx, mon, d, story_year, start, end)
        if y is None and (fitted := _weekday_year(ctx.dct, mon, d, wd, day1)) is not None:
            v1, day1 = _resolve_day(ctx, mon, d, fitted, start, end)
        if _far_back_era_day(ctx, reading, day1):
            # "since Sept. 11" put eight months back by the DCT's rule: an event's day of some year
            return named_norm(ctx, NamedReading(unknown=True))
        if reading is not None and day1 is not None and ctx.dct is not None and day1 >= ctx.dct:
            # "the June 4 massacre" is over: a day after the DCT is some earlier year's, not known; so is
            # the DCT itself, as a paper names the day's own attack by its weekday or "today", not its date
            return named_norm(ctx, NamedReading(unknown=True))
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
        # "September of that year", "March of the same year": the year the story named last
        anchor = "previous" if rel in ("previous", "following", "that", "that same", "same") else "dct"

        def norm(
            ctx: Context, mon: int = mon, delta: int = delta, mod: str | None = mod, anchor: str = anchor
        ) -> Norm:
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


_WORLD_ZONES = frozenset({"utc", "gmt"})


def _year_is_label(text: str, start: int, end: int) -> bool:
    prev = _prev_word(text, start)
    if prev.rstrip(".") in NUMBER_LABELS or prev in NUMBER_LABELS:
        return True
    nxt = _next_word(text, end)
    if nxt in COUNT_NOUNS or nxt in _WORLD_ZONES:
        return True  # "2,000 people"; "(1800 UTC)" is a clock time
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
    if nxt in VEHICLE_MAKES and _MODEL_YEAR_BEFORE.search(text, max(0, start - 12), start):
        return True  # "his 1987 Chevrolet Cavalier": a model year, part of the car's name ("In 1998 Honda ...": a year)
    if _year_in_name(text, start, end) or _year_naming_a_body(text, start, end):
        return True
    # 4-digit numbers inside a list of numbers or a score ("1998-2001" is handled as a range)
    return bool(re.match(r"\s*(?:[x×*+=]|\d)", text[end : end + 3]))


_MODEL_YEAR_BEFORE = re.compile(
    r"(?:\b(?:a|an|the|his|her|their|its|my|our|your|this|that)|['’]s)[ \t]+$", re.I
)
_NAMING = re.compile(r"\b(?:called|named|dubbed|titled|entitled|christened|known[ \t]+as|brand)[ \t]+$", re.I)
_NAME_WORD_BEFORE = re.compile(r"(?<![\w.])([A-Z][\w&'’-]*)[ \t]+$")
_NAME_WORD_AFTER = re.compile(r"[ \t]+([A-Z][\w&'’-]*)")
_NOT_NAME_WORDS = frozenset({"in", "since", "until", "by", "from", "of", "for", "before", "after", "during",
                             "through", "to", "and", "or", "the", "a", "an", "its", "early", "late", "mid",
                             "fiscal", "fy", "between", "around", "about", "at", "on", "than", "as",
                             "olympics", "olympic", "games", "cup", "summit", "expo", "conference",
                             "championship", "championships", "election", "elections", "census", "budget",
                             "festival", "world", "season", "congress", "convention"})  # fmt: skip


def _year_in_name(text: str, start: int, end: int) -> bool:
    """A four-digit number inside a capitalized name in prose: "a venture called Orion 1980" (after a
    naming verb) or "the Russell 2000 Index" (capitalized words on both sides). Not a year written with
    its event's name ("WWDC 2005", "the 2008 Beijing Olympics"), a month or a preposition."""
    before = _NAME_WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is None or not _name_word(before.group(1)) or _sentence_start(text, before.start(1)):
        return False
    if not title_word(text, before.start(1), before.start(1)):
        return False  # a title-cased headline capitalizes every word
    run_start = before.start(1)
    for _ in range(3):  # the name's earlier words, back to what introduces it
        if _NAMING.search(text, max(0, run_start - 20), run_start):
            return True
        prev = _NAME_WORD_BEFORE.search(text, max(0, run_start - 40), run_start)
        if prev is None or not _name_word(prev.group(1)):
            break
        run_start = prev.start(1)
    after = _NAME_WORD_AFTER.match(text, end)
    return after is not None and _name_word(after.group(1))


# Bodies named after the year they were founded ("the 1922 Committee", "the 1848 Society"): the capitalized
# noun right after "the <year>" makes the number part of a name, not the year of a thing
_BODY_NOUNS = frozenset({"Committee", "Club", "Society", "Group", "Foundation", "Association", "Institute",
                         "Movement", "Brigade", "Caucus", "Network", "Alliance", "Front"})  # fmt: skip
_THE_BEFORE = re.compile(r"\bthe[ \t]+$", re.I)


def _year_naming_a_body(text: str, start: int, end: int) -> bool:
    after = _NAME_WORD_AFTER.match(text, end)
    if after is None or after.group(1) not in _BODY_NOUNS:
        return False
    if _NAME_WORD_AFTER.match(text, after.end()):
        return False  # "the 2018 Club World Cup": the year of an event whose name goes on
    return _THE_BEFORE.search(text, max(0, start - 8), start) is not None


def _name_word(word: str) -> bool:
    w = word.lower().rstrip(".")
    return w not in _NOT_NAME_WORDS and w not in MONTHS and w not in WEEKDAYS and w not in SEASONS


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
    for m in scan(g.PRE_POST_YEAR, text):
        # "post-1959 Cuba": after that year (TimeML keeps the year as the value and says which side)
        pmod = "AFTER" if m.group("p").lower() == "post" else "BEFORE"
        yield Cand(m.start(), m.end(), "DATE", "absolute", const(m.group("y"), pmod), priority=2)
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


def _forecast_quarter(ctx: Context, year: int, n: int, tense: int, fiscal: bool) -> bool:
    """A quarter still ahead of the DCT ("growth through the third quarter of 1990")."""
    if ctx.dct is None:
        return False
    cur = (ctx.dct.year, quarter_of(ctx.dct))
    return (year, n) > cur or ((year, n) == cur and tense == FUTURE and not fiscal)


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


_ENDED = re.compile(
    rf"[ \t]+(?:that[ \t]+|which[ \t]+)?(?:ended|ending|ends|through)[ \t]+(?P<mon>{g.MONTH})[ \t]+(?P<d>[0-3]?\d)\b"
)


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
        if text.startswith("-to-", m.end()):
            continue  # "the quarter-to-quarter comparison": a kind of comparison, not a quarter
        if kind == "half" and not (ordw in ("first", "second", "1st", "2nd", "last") and (m.group("y") or m.group("yrel") or "fiscal" in rels or re.match(r"\s+(?:of\s+(?:the\s+)?year|results|profit|earnings|sales)", text[m.end():m.end()+25], re.I))):  # fmt: skip
            continue
        n = ORDINALS.get(ordw) if ordw and ordw not in ("latest",) else None
        ytok, yrel = m.group("y"), _norm_space(m.group("yrel") or "")
        year_ago = bool(rels & {"year ago", "year", "ago", "earlier", "before"}) and ("year" in rels)
        year_ago = year_ago or bool(m.group("ago"))  # "the quarter a year ago"
        if det in ("this", "that"):
            if not ordw and not rels:
                rels = {det}  # "this quarter": the one reported on; "that quarter": the one just named
            det = "the"
        start = (
            m.start()
            if det
            else (m.start("rel") if m.group("rel") else m.start("ord") if ordw else m.start("kind"))
        )
        if det.endswith("'s"):
            yrel = det.split()[0]
            start = m.start()

        ended = _ENDED.match(text, m.end())
        end_md = (
            (_month_num(ended.group("mon")), int(ended.group("d"))) if ended and kind == "quarter" else None
        )

        def norm(ctx: Context, n: int | None = n, ytok: str | None = ytok, yrel: str = yrel, rels: set[str] = rels,
                 kind: str = kind, year_ago: bool = year_ago, s: int = m.start(), e: int = m.end(),
                 end_md: tuple[int, int] | None = end_md) -> Norm:  # fmt: skip
            letter = "Q" if kind == "quarter" else "H"
            if end_md is not None and n is None and ctx.dct is not None and not ctx.fiscal_quarter:
                # "the quarter ended Sept. 29": the calendar quarter mostly before that day, unless the
                # story has named the quarter as a fiscal one ("the fiscal first quarter"): then it is that one
                ey = nearest_year(ctx.dct, end_md[0], end_md[1], PAST)
                mid = date(ey, end_md[0], min(end_md[1], 28)) - timedelta(days=45)
                ref_q = (mid.year, quarter_of(mid))
                if not year_ago:
                    ctx.last_quarter, ctx.fiscal_quarter, ctx.named_quarter = ref_q, False, ref_q
                return f"{ref_q[0] - (1 if year_ago else 0):04d}-Q{ref_q[1]}", None, None
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
                if letter == "Q":
                    ctx.named_quarter = (year, n)
                if (
                    letter == "Q"
                    and not year_ago
                    and not _forecast_quarter(ctx, year, n, tense, "fiscal" in rels)
                    and (ctx.last_quarter is None or (year, n) >= ctx.last_quarter)
                ):
                    # results are reported for the latest quarter that is over: never a forecast one, and
                    # an earlier quarter named in passing ("after a flat second quarter") does not replace it
                    ctx.last_quarter = (year, n)
                    ctx.fiscal_quarter = "fiscal" in rels
                return f"{year:04d}-{letter}{n}", None, None
            if n == -1 and year is not None:
                return f"{year:04d}-{letter}{per_year}", None, None
            if letter == "H":
                return None, None, None
            if ctx.dct is None:
                return None, None, None
            if "that" in rels and (ctx.named_quarter or ctx.last_quarter) is not None:
                ref: tuple[int, int] | None = ctx.named_quarter or ctx.last_quarter
            elif "this" in rels and ctx.last_quarter is not None:
                ref = ctx.last_quarter
            elif "current" in rels or "this" in rels:
                ref = (ctx.dct.year, quarter_of(ctx.dct))
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
            if (
                ref != ctx.last_quarter and "that" not in rels
            ):  # an anaphor does not change the reported quarter
                ctx.last_quarter, ctx.fiscal_quarter = ref, False
            ctx.named_quarter = ref
            return f"{ref[0]:04d}-Q{ref[1]}", None, None

        hyphened = ordw and "-" in text[m.end("ord") : m.start("kind")]
        if ordw and (det == "a" or det in ("its", "their") or (hyphened and not m.group("rel"))):
            # "a third-quarter loss", "the third-quarter results", "its fourth quarter": the determiner
            # belongs to the noun the quarter modifies, or is a possessive (TimeML leaves both out)
            start = m.start("ord")
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
    for m in scan(g.YEAR_AGO_ADJ, text):
        # "compared with year-earlier profit": the period a year before the one being reported

        def anorm(ctx: Context) -> Norm:
            if ctx.last_quarter is not None:
                if ctx.focus_year:
                    return f"{ctx.last_quarter[0] - 1:04d}", None, None
                return f"{ctx.last_quarter[0] - 1:04d}-Q{ctx.last_quarter[1]}", None, None
            return (None if ctx.dct is None else f"{ctx.dct.year - 1:04d}"), None, None

        yield Cand(m.start(), m.end(), "DATE", "previous", anorm, priority=0)


def gen_the_year(text: str) -> Iterator[Cand]:
    for m in scan(g.THE_YEAR, text):
        if m.group("ended"):
            # "the year ended Sept. 30" is a fiscal year: a length of time ending on that day
            yield Cand(
                m.start(),
                m.end("ended") - len(m.group("ended")),
                "DURATION",
                "none",
                const("P1Y"),
                priority=0,
            )
            continue
        mod = edge_mod(m.group("edge"))

        def norm(ctx: Context, mod: str | None = mod) -> Norm:
            return (None if ctx.dct is None else f"{ctx.dct.year:04d}"), mod, None

        yield Cand(m.start(), m.end(), "DATE", "dct", norm, priority=0)
    for m in scan(g.EDGE_THE_MONTH, text):
        mod = edge_mod(m.group("edge"))

        def mnorm(ctx: Context, mod: str | None = mod) -> Norm:
            return (None if ctx.dct is None else month_value(ctx.dct.year, ctx.dct.month)), mod, None

        yield Cand(m.start(), m.end(), "DATE", "dct", mnorm, priority=0)
    for m in scan(g.YEAR_END, text):
        # "by year-end": the end of the current year ("around year end" keeps its preposition, TimeML)
        start = m.start() if m.group(0).lower().startswith("around") else m.start("w")

        # "since year-end" looks back to the last one; otherwise the coming (or current) year's end
        back = _prev_word(text, m.start("w")) == "since"

        def ynorm(ctx: Context, back: bool = back) -> Norm:
            if ctx.dct is None:
                return None, None, None
            return f"{ctx.dct.year - (1 if back else 0):04d}", "END", None

        yield Cand(start, m.end(), "DATE", "dct", ynorm, priority=0)
    for m in scan(g.SAME_PERIOD_YEAR_AGO, text):
        unit = m.group("u").lower()

        def snorm(ctx: Context, unit: str = unit) -> Norm:
            # "the same period last year": the period just reported on, a year before
            if unit in ("quarter", "period") and ctx.last_quarter is not None:
                return f"{ctx.last_quarter[0] - 1:04d}-Q{ctx.last_quarter[1]}", None, None
            if unit in ("month", "period") and ctx.last_month is not None:
                return month_value(ctx.last_month[0] - 1, ctx.last_month[1]), None, None
            if unit == "week" and ctx.last_day is not None:
                return week_value(ctx.last_day - timedelta(weeks=52)), None, None
            return (None if ctx.dct is None else f"{ctx.dct.year - 1:04d}"), None, None

        yield Cand(m.start(), m.end(), "DATE", "previous", snorm, priority=1)
    for m in scan(g.LATEST_PERIOD, text):

        def pnorm(ctx: Context, s: int = m.start(), e: int = m.end()) -> Norm:
            ref = _reference_quarter(ctx, PAST)
            return (None if ref is None else f"{ref[0]:04d}-Q{ref[1]}"), None, None

        yield Cand(m.start(), m.end(), "DATE", "dct", pnorm, priority=0)


def gen_periods(text: str) -> Iterator[Cand]:
    for m in scan(g.HALF_AS_QUARTERS, text):
        half = 1 if m.group("ord").lower() == "first" else 2
        ytok, yrel = m.group("y"), (m.group("yrel") or "").lower()

        def hnorm(ctx: Context, half: int = half, ytok: str | None = ytok, yrel: str = yrel) -> Norm:
            if ytok:
                return f"{ytok}-H{half}", None, None
            if ctx.dct is None:
                return None, None, None
            return f"{ctx.dct.year + {'next': 1, 'last': -1}.get(yrel, 0):04d}-H{half}", None, None

        start = (
            m.start() if m.group(0).lower().startswith("at") else m.start() + m.group(0).lower().find("the")
        )
        yield Cand(start, m.end(), "DATE", "absolute" if ytok else "dct", hnorm, priority=3)
    for m in scan(g.WEEK_OF_DAY, text):
        if not m.group("mon")[0].isupper():
            continue
        mon, dom, ytok = _month_num(m.group("mon")), int(re.sub(r"\D", "", m.group("d"))), m.group("y")

        def wdnorm(ctx: Context, mon: int = mon, dom: int = dom, ytok: str | None = ytok,
                   s: int = m.start(), e: int = m.end()) -> Norm:  # fmt: skip
            if ytok:
                y = int(ytok)
            elif ctx.dct is not None:
                y = nearest_year(ctx.dct, mon, dom, ctx.tense(s, e))
            else:
                return None, None, None
            d = safe_date(y, mon, dom)
            return (week_value(d) if d else None), None, None

        yield Cand(m.start(), m.end(), "DATE", "absolute" if ytok else "dct", wdnorm, priority=3)
    for m in scan(g.YEAR_PERIOD, text):
        y = int(m.group("y"))
        n = ORDINALS.get((m.group("ord") or "").lower())

        def norm(ctx: Context, y: int = y, n: int | None = n, s: int = m.start(), e: int = m.end()) -> Norm:
            if n is None:
                ref = _reference_quarter(ctx, ctx.tense(s, e))
                if ref is None or ctx.focus_year:
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
        joined_year = None if ytok else coordinated_year(text, m.end(), mon)

        def wnorm(
            ctx: Context,
            mon: int = mon,
            n: int = n,
            ytok: str | None = ytok,
            s: int = m.start(),
            e: int = m.end(),
            joined_year: int | None = joined_year,
        ) -> Norm:
            if ytok:
                y = int(ytok)
            elif joined_year is not None:
                y = joined_year
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
                "into",
                "till",
                "from",
                "toward",
                "towards",
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
        after_story = rel in ("the next", "the following")
        rel = rel.removeprefix("the ")

        def norm(ctx: Context, code: str = code, rel: str = rel, ytok: str | None = ytok, mod: str | None = mod,
                 st: int = m.start(), en: int = m.end(), after_story: bool = after_story) -> Norm:  # fmt: skip
            if ytok:
                return f"{ytok}-{code}", mod, None
            if rel == "that" and ctx.last_year is not None:
                return f"{ctx.last_year:04d}-{code}", mod, None
            season_start = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
            if after_story and (story_year := year_after_story(ctx, season_start)) is not None:
                return f"{story_year:04d}-{code}", mod, None
            if ctx.dct is None:
                return None, mod, None
            y = ctx.dct.year
            if rel in ("last", "past"):
                y = y if season_start + 3 <= ctx.dct.month else y - 1
            elif rel in ("next", "coming", "following"):
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
        h = _norm_space(m.group("h")).replace("’", "'")
        if not m.group("h")[0].isupper() or _OBJECT_AFTER.match(text, m.end()):
            continue
        rel = (m.group("rel") or "").lower()
        ytok = m.group("y")
        week = bool(m.group("wk"))  # "Easter week": the calendar week holding the holiday
        eve = _EVE_OF.search(text, max(0, m.start() - 16), m.start()) is not None
        occasion = _names_its_occasion(text, m.start(), m.end())
        if h == "election day" and not ytok and not _us_election_day_of(text):
            # another country's election day: a day the calendar cannot give, so no value
            yield Cand(m.start(), m.end(), "DATE", "none", const(None), priority=2)
            continue

        def resolve(y: int, h: str = h) -> date | None:
            if h in HOLIDAYS:
                mo, d = HOLIDAYS[h]
                return safe_date(y, mo, d)
            if h.startswith("thanksgiving"):
                return thanksgiving(y)
            if h == "election day":
                return us_election_day(y)
            if h.startswith("easter") or h == "good friday":
                e = easter(y)
                return e + timedelta(days={"easter monday": 1, "good friday": -2}.get(h, 0))
            return None

        def norm(
            ctx: Context,
            rel: str = rel,
            ytok: str | None = ytok,
            s: int = m.start(),
            e: int = m.end(),
            week: bool = week,
            eve: bool = eve,
            resolve: Callable[[int], date | None] = resolve,  # bound now: the loop redefines the name
            occasion: bool = occasion,
        ) -> Norm:
            if ytok:
                d = resolve(int(ytok))
                _set_narrative_day(ctx, d, week, eve)
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
            near = (
                abs((this_year - ctx.dct).days) <= 14
            )  # the tense may belong to another event than this one
            if direction == 0:
                # no tense to go by: the occurrence closest to the DCT ("found on Thanksgiving Day" in January)
                dct = ctx.dct
                days = {
                    yy: abs((dd - dct).days) for yy in (y - 1, y, y + 1) if (dd := resolve(yy)) is not None
                }
                y = min(days, key=lambda yy: (days[yy], yy != dct.year))
                if occasion and (dd := resolve(y)) is not None and dd - dct > _OCCASION_AHEAD_REACH:
                    # "a march like the Independence Day parade" in February: the celebration
                    # people know is the last one, not one months ahead
                    y -= 1
            elif (
                direction < 0
                and this_year > ctx.dct
                and (not (near and not rel) or (not week and _firmly_past(ctx, this_year, s, e)))
            ):
                y -= 1
            elif direction > 0 and this_year < ctx.dct and not (near and not rel):
                y += 1
            d = resolve(y)
            if d is None:
                return None, None, None
            _set_narrative_day(ctx, d, week, eve)
            return (week_value(d) if week else day_value(d)), None, None

        yield Cand(m.start(), m.end(), "DATE", "absolute" if ytok else "dct", norm, priority=2)


def _firmly_past(ctx: Context, holiday: date, start: int, end: int) -> bool:
    """A finite past verb the parse shows governs the holiday ("the talks dragged on past Thanksgiving",
    "protested on Christmas Day"): a past act cannot fall on this year's holiday still ahead, however
    near (a day's margin, as for month-days, for a page dated a little early). Not the holiday's week:
    "as Easter week began" tells of its first days, before the holiday."""
    return ctx.dct is not None and (holiday - ctx.dct).days > 1 and ctx.firm_past(start, end)


# a story that names the United States or its institutions: only there is a bare "Election Day" the US one
# (a Dutch or French "Election Day" has its own date, which no calendar rule gives)
# (party names such as "Republicans" or "Democrats", and "Senate" or "Congress", are found elsewhere too)
_US_STORY = re.compile(
    r"\b(?:U\.S\.|U\.S\.A\.|USA|US|United[ \t]+States|(?<!Latin )(?<!South )(?<!Central )Americans?|"
    r"America['’]s|GOP|midterms?|Electoral[ \t]+College|Capitol[ \t]+Hill)(?![\w])"
)


def _us_election_day_of(text: str) -> bool:
    """Whether a bare "Election Day" in ``text`` can be read as the US one: the story names the US."""
    return _US_STORY.search(text) is not None


_EVE_OF = re.compile(r"\beve[ \t]+of[ \t]+(?:the[ \t]+)?$", re.I)
# "the Independence Day parade": the holiday names a celebration held on it
_THE_BEFORE = re.compile(r"\bthe[ \t]+$", re.I)
_OCCASION_AFTER = re.compile(
    r"[ \t]+(?:celebrations?|parades?|festivities|ceremony|ceremonies|fireworks|festival|march|speech|address)\b",
    re.I,
)
# "the Christmas tree", "a Valentine's Day card", "brought them Christmas cookies": a thing named after the
# holiday, no day
_OBJECT_AFTER = re.compile(
    r"[ \t]+(?:trees?|cards?|presents?|gifts?|ornaments?|decorations?|lights|carols?|songs?|movies?|films?|"
    r"sweaters?|jumpers?|stockings?|costumes?|candy|spirit|wish[ \t]+lists?|cookies|cakes?|puddings?|treats|"
    r"sweets|hampers?|wreaths?|shopping|shoppers|markets?|bonus(?:es)?)\b",
    re.I,
)
_OCCASION_AHEAD_REACH = timedelta(days=30)  # a celebration this close ahead is the coming one


def _names_its_occasion(text: str, start: int, end: int) -> bool:
    return bool(_THE_BEFORE.search(text, max(0, start - 6), start) and _OCCASION_AFTER.match(text, end))


def _set_narrative_day(ctx: Context, holiday: date | None, week: bool, eve: bool) -> None:
    """A holiday is a day of the story like a written date: "the next day" after it counts from it, and
    from the day before on "the eve of Independence Day" (the expression itself stays the holiday)."""
    if holiday is not None and not week:
        ctx.last_day = holiday - timedelta(days=1) if eve else holiday


# single number words from the vocabulary ("one" .. "ninety"); "oh" as in "nineteen oh five"
_WORD_NUM = {
    w: int(n) for w, n in NUMBER_WORDS.items() if w.isalpha() and w not in ("a", "an", "dozen", "hundred")
}
_WORD_NUM["oh"] = 0


def spelled_year(words: str) -> int | None:
    """ "nineteen ninety-six" -> 1996, "two thousand one" -> 2001, "eighteen hundred" -> 1800."""
    toks = [t for t in re.split(r"[\s-]+", words.lower()) if t and t != "and"]
    if len(toks) >= 2 and toks[1] == "thousand":
        return 1000 * _WORD_NUM.get(toks[0], 0) + sum(_WORD_NUM.get(t, 0) for t in toks[2:])
    if not toks or toks[0] not in _WORD_NUM:
        return None
    rest = toks[2:] if len(toks) > 1 and toks[1] == "hundred" else toks[1:]
    return 100 * _WORD_NUM[toks[0]] + sum(_WORD_NUM.get(t, 0) for t in rest)


_YEAR_PREPS = frozenset({"in", "by", "since", "until", "before", "after", "of"})


def gen_word_years(text: str) -> Iterator[Cand]:
    for m in scan(g.WORD_YEAR, text):
        y = spelled_year(m.group("y"))
        if y is None or not 1000 <= y <= 2100:
            continue
        follow = re.match(r"[^\S\n]+([a-z]+)", text[m.end() : m.end() + 30])
        nxt = follow.group(1) if follow else ""
        if nxt in COUNT_NOUNS or (len(nxt) > 3 and nxt.endswith("s") and not m.group("mon")):
            continue  # "nineteen ninety-six people", "two thousand dollars" are counts
        bare = not (m.group("the") or m.group("mon") or m.group("s"))
        if bare and y % 100 == 0 and _prev_word(text, m.start()) not in _YEAR_PREPS:
            continue  # "two thousand" alone is a count unless a preposition makes it a point in time
        mon = _month_num(m.group("mon")) if m.group("mon") else None
        if mon is not None and not m.group("mon")[0].isupper():
            continue
        value: str | None
        if m.group("s"):
            value = f"{y:04d}-{SEASONS[m.group('s').lower()]}"
        elif mon is not None and m.group("d"):
            day = safe_date(y, mon, int(re.sub(r"\D", "", m.group("d"))))
            value = day_value(day) if day else None
        elif mon is not None:
            value = month_value(y, mon)
        else:
            value = f"{y:04d}"
        yield Cand(m.start(), m.end(), "DATE", "absolute", const(value), priority=2)
