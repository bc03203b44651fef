"""Grammar rules for expressions read against the DCT: yesterday, weekdays, last/next units, bare months, clock times, now."""

from __future__ import annotations

import re
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
    _norm_space,
    _prev_word,
    _sentence_start,
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
    month_value,
    month_year,
    nearest_year,
    safe_date,
    shift_value,
    strict_weekday,
    week_value,
    weekday_date,
)
from storyline.time.named_days import past_occurrence_modifier
from storyline.time.tense import FUTURE, NONE, PAST, deadline_ahead
from storyline.time.vocab import (
    AMBIGUOUS_MONTHS,
    ERA_NOUNS,
    MONTHS,
    PARTS_OF_DAY,
    WEEKDAYS,
)

_GENERIC_OF = re.compile(
    r"\b(?!(?:as|end|start|beginning|morning|afternoon|evening|night|rest|middle|close|course|part|hours|events|"
    r"meeting|session|edition|issue|events)\b)[a-z]+[ \t]+of[ \t]+$"
)


_POSSESSIVE_AND_NOUNS = re.compile(r"['’]s[ \t]+([a-z]+)(?:[ \t]+([a-z]+))?")


def _era_possessive(text: str, end: int) -> bool:
    """ "today's youth", "in today's dollars", "today's personal computers": the present age, not the
    publication day (a noun of the age within the next two words; "today's vote" stays the day)."""
    m = _POSSESSIVE_AND_NOUNS.match(text, end)
    return m is not None and (m.group(1) in ERA_NOUNS or m.group(2) in ERA_NOUNS)


_SIMILE_BEFORE = re.compile(
    r"\b(?:(?:seems?|seemed|feels?|felt|looks?|looked)[ \t]+(?:just[ \t]+)?like|as[ \t]+if[ \t]+it[ \t]+(?:was|were))"
    r"[ \t]+(?:only[ \t]+|just[ \t]+)?$",
    re.I,
)


def gen_relative_days(text: str) -> Iterator[Cand]:
    offsets = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1, "last night": -1,
               "the day before yesterday": -2, "the day after tomorrow": 2}  # fmt: skip
    for m in scan(g.REL_DAY, text):
        w = _norm_space(m.group("w"))
        off = offsets[w]
        if title_word(text, m.start("w"), m.start("w")) and not m.group("edge"):
            continue  # "USA Today", "This is VOA Today": a title
        if w == "yesterday" and _SIMILE_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "it feels like only yesterday": a figure of speech for long ago, no day
        if w in ("today", "tomorrow") and (
            _GENERIC_OF.search(text, max(0, m.start() - 30), m.start()) or _era_possessive(text, m.end("w"))
        ):
            # "the people of tomorrow", "the world of today", "today's youth": the present or future at large
            ref = "PRESENT_REF" if w == "today" else "FUTURE_REF"
            yield Cand(m.start(), m.end("w"), "DATE", "none", const(ref), priority=2)
            continue
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
        if rel == "the" and _POD_OF_DATE.match(text, m.end()):
            continue  # "on the morning of March 3": only the date is an expression, and it is March 3's
        pod, mod = m.group("pod").lower(), edge_mod(m.group("edge"))
        anchor = "dct" if rel in ("this", "the") else "previous"

        own_day = _POD_DAY_AFTER.match(text, m.end()) if rel == "the" else None
        # "the evening of the day after the vote", "the morning of his arrest": the part of a day that
        # phrase names, not of the day the story is at (a weekday or a date after "of" is read elsewhere)
        of_event = rel == "the" and own_day is None and _OF_THING_AFTER.match(text, m.end()) is not None

        def pnorm(
            ctx: Context, pod: str = pod, mod: str | None = mod, anchor: str = anchor, rel: str = rel,
            own_day: re.Match[str] | None = own_day, of_event: bool = of_event,
        ) -> Norm:  # fmt: skip
            if of_event:
                return None, mod, None
            if own_day is not None:
                # "during the morning hours on Friday": the weekday that follows names the day
                base = _day_from_word(ctx, own_day.group("wd"), own_day.start("wd"), own_day.end("wd"))
            elif anchor == "dct" and rel == "the":
                base = ctx.last_day or ctx.dct  # "in the morning" after "on Friday" is Friday morning
            else:
                base = ctx.dct if anchor == "dct" else (ctx.last_day or None)
            if base is None:
                return None, mod, None
            return day_value(base) + "T" + PARTS_OF_DAY[pod], mod, None

        yield Cand(m.start(), m.end(), "TIME", anchor, pnorm, priority=1)


# "the morning hours on Friday", "the evening of Tuesday": a part of day whose own phrase names its weekday
_POD_DAY_AFTER = re.compile(
    r"[ \t]+(?:hours[ \t]+)?(?:on|of)[ \t]+(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)


# "the morning of March 3", "the evening of 4 May": a part of day whose own phrase names its date
_POD_OF_DATE = re.compile(rf"[ \t]+of[ \t]+(?:{g.MONTH}[ \t]+{g.DAY}|{g.DAY}[ \t]+{g.MONTH})")

_OF_THING_AFTER = re.compile(
    r"[ \t]+of[ \t]+(?:the|a|an|his|her|its|their|our|my|your|this|that)\b(?![ \t]+\d)"
)


def gen_parts_of_day(text: str) -> Iterator[Cand]:
    for m in scan(g.MID_POD, text):
        pod, dayw = m.group("pod").lower(), m.group("day")
        if dayw and dayw.lower() in WEEKDAYS and not dayw[0].isupper():
            continue
        mod = "MID" if m.group("edge").lower() == "mid" else edge_mod(m.group("edge"))

        def norm(ctx: Context, pod: str = pod, dayw: str | None = dayw, s: int = m.start(), e: int = m.end(),
                 mod: str | None = mod, attach: int = _attachment(text, m.start())) -> Norm:  # fmt: skip
            # "the March 3, 2031, late-evening memo": right after a date, the part of day is that date's
            d = _day_from_word(ctx, dayw, s, e, attach, text=text)
            return (None if d is None else day_value(d) + "T" + PARTS_OF_DAY[pod]), mod, None

        yield Cand(m.start(), m.end(), "TIME", "dct", norm, priority=1)


# A weekday named after an event ("Black Monday", "Super Tuesday", "Ash Wednesday") is that day, not the weekday
# nearest the DCT; its date cannot be computed from the calendar, so it is not tagged as a weekday at all.
_NAMED_DAY = re.compile(
    r"\b(?:Black|Cyber|Super|Bloody|Ash|Palm|Holy|Maundy|Shrove|Whit|Blue|Giving|Fat)[ \t]+$"
)
# "Britain's Sunday Times", "the Sunday Telegraph": a newspaper's name, not a day; "the Sunday talk shows",
# "a Sunday TV show", "the Sunday papers": the kind of programme or paper that comes out on that weekday;
# "the Sunday show circuit", "Sunday show hosts": the weekly programmes as a kind
_TITLE_NOUN_AFTER = re.compile(
    r"[ \t]+(?:Times|Telegraph|Mirror|Express|Herald|Post|Tribune|Independent|Mail|Star|Sport|Observer|"
    r"Record|Standard|Journal|Gazette|Chronicle|Magazine|Edition|"
    r"(?:talk|news|political|TV|television|radio|chat)[ \t]+(?:shows?|programmes?|programs?)|"
    r"shows?[ \t]+(?:circuit|rounds|appearances?|hosts?|guests?|interviews?))\b"
)
# "the Sunday shows", "five Sunday papers": a bare plural is the kind only after a determiner or "on"/"of";
# "a poll released Friday shows support" is the verb
_GENRE_PLURAL_AFTER = re.compile(r"[ \t]+(?:shows|papers|newspapers)\b")
_GENRE_DET_BEFORE = re.compile(
    r"\b(?:the|on|of|all|several|many|both|two|three|four|five|six|seven|\w+['’]s)[ \t]+$", re.I
)


def _weekday_ahead(dct: date, wd: int, tense: int) -> bool:
    """Whether a bare weekday is the coming one rather than the last: with a future verb, or untensed
    when it is the day after the DCT. "At Wednesday's meeting" or "(Friday's) protests" a day ahead are
    tomorrow's, and so are the updates a page dated in New York stamps "(1:38 a.m. Monday, Libya)";
    a day six back would mostly carry a past verb or "last"."""
    return tense == FUTURE or (tense == NONE and (wd - dct.weekday()) % 7 == 1)


# "would", "was set to", "were planned for" before a weekday: a plan told from a past moment, whose day
# may already be behind the DCT ("said Wednesday they would free him by Saturday", in a Sunday story)
_FUTURE_IN_PAST = re.compile(
    r"\b(?:would|(?:was|were)[ \t]+(?:(?:set|scheduled|due|expected|supposed|going|slated)[ \t]+)?to|"
    r"(?:was|were)[ \t]+(?:planned|scheduled|set|slated|due)[ \t]+for)\b[^.;!?]*$",
    re.I,
)


# "scheduled for Friday morning", "slated for Saturday", "set for Monday": a planned thing's day lies
# ahead, whatever tense the parse gives the participle; "was/had been scheduled for" is a plan told from
# a past moment (``_FUTURE_IN_PAST``), and "set on Monday" may be the day a thing was fixed
_PLANNED_FOR = re.compile(
    r"\b(?<!was )(?<!were )(?<!been )(?:(?:scheduled|slated|due)[ \t]+(?:for|on)|(?:set|planned)[ \t]+for)[ \t]+$",
    re.I,
)


# "has promised a new cabinet by Tuesday", "must file by Friday": a present promise, duty or aim fixes a
# deadline, which lies ahead whatever tense the parse gives the weekday's own clause
_PROMISED_BY = re.compile(
    r"\b(?:(?:has|have)[ \t]+(?:promised|pledged|vowed|until)|promises?|pledges?|vows?|must|deadline|"
    r"needs?[ \t]+to|(?:is|are)[ \t]+(?:expected|due|required)[ \t]+to|expects?[ \t]+to|aims?[ \t]+to|"
    r"hopes?[ \t]+to|plans?[ \t]+to)\b(?:(?!\b(?:was|were|had|did)\b)[^.;!?\n]){0,80}\bby[ \t]+$",
    re.I,
)


# "A service planned for Saturday was canceled", "Set for Friday, the vote was called off": a past verb
# after the planned day tells what became of the plan, whose day may be behind
_PAST_AFTER = re.compile(r"[^.;!?\n]*?\b(?:was|were|had)\b", re.I)


# "<n> years ago, on", "months ago that": a span of months or more back, just before a weekday
_LONG_AGO_BEFORE = re.compile(
    r"\b(?:months|years?|decades?)[ \t]+(?:ago|earlier|before)[ \t]*,?[ \t]*(?:on[ \t]+)?$", re.I
)


def _bare_weekday_day(ctx: Context, dct: date, wd: int, tense: int, unplaced_future: bool) -> date:
    """The day of a weekday named without "last"/"next": one a verb places by its tense ("met Friday",
    "will meet Friday"), else the day an earlier mention of that weekday got ("Friday's talks" after
    "will meet on Friday"), as a news article names one Friday; the rule of ``_weekday_ahead`` for the
    first mention."""
    placed = tense != NONE and not (tense == FUTURE and unplaced_future)
    earlier = ctx.weekday_days.get(wd)
    if not placed and earlier is not None:
        return earlier
    d = weekday_date(dct, wd, 1 if _weekday_ahead(dct, wd, tense) else -1)
    if placed:
        ctx.weekday_days[wd] = d
    else:
        ctx.weekday_days.setdefault(wd, d)  # a verb's reading, when one comes, overrides this guess
    return d


# "from Tuesday through Saturday": the end of a stretch of days opened by a weekday
_WEEKDAY_RANGE_OPEN = re.compile(
    r"\bfrom[ \t]+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day[ \t]+(?:through|thru|to|until|till)[ \t]+$"
)


def gen_weekdays(text: str) -> Iterator[Cand]:
    for m in scan(g.WEEKDAY_REF, text):
        if not m.group("wd")[0].isupper():
            continue
        if not m.group("rel") and _NAMED_DAY.search(text, max(0, m.start() - 10), m.start()):
            continue
        bare = not (m.group("rel") or m.group("pod") or m.group("pl"))
        name_end = m.end("pod") if m.group("pod") else m.end("wd")  # "Sunday's talk shows" are one day's
        if not (m.group("rel") or m.group("pl")) and _TITLE_NOUN_AFTER.match(text, name_end):
            continue  # "a Sunday radio show", "the Sunday morning news shows": a weekly programme, no one day
        if (
            bare
            and _GENRE_PLURAL_AFTER.match(text, m.end("wd"))
            and _GENRE_DET_BEFORE.search(text, max(0, m.start() - 30), m.start())
        ):
            continue
        wd = WEEKDAYS[m.group("wd").lower()]
        rel = (m.group("rel") or "").lower()
        pod = (m.group("pod") or "").lower()
        wmod = edge_mod(m.group("edge"))
        dom = int(re.sub(r"\D", "", m.group("d"))) if m.group("d") else None
        if m.group("pl") or m.group("podpl"):
            # "Tuesdays", "Tuesday nights", "many previous Fridays": every one of them, no single day
            pod_code = "T" + PARTS_OF_DAY[pod] if pod else ""
            yield Cand(m.start(), m.end(), "SET", "none", const(f"XXXX-WXX-{wd + 1}{pod_code}"))
            continue
        start = m.start()
        the = re.search(r"\b[Tt]he[ \t]+$", text[max(0, start - 5) : start]) if rel else None
        if the is not None:
            start -= len(the.group(0))  # "the previous Friday": the article is part of the expression
        elif rel == "following" and not m.group("edge"):
            # "Following Sunday's killings, ...", "following Friday prayers": the preposition, not "the
            # following Sunday" (the week after): the weekday alone is the expression
            rel, start = "", m.start("wd")
        if rel in ("past", "coming") or (rel in ("previous", "following") and the is None):
            rel = {"past": "last", "previous": "last", "coming": "next", "following": "next"}[rel]

        plan_from_past = _FUTURE_IN_PAST.search(text, max(0, m.start() - 120), m.start()) is not None
        planned_ahead = (
            not plan_from_past
            and not _PAST_AFTER.match(text, m.end())
            and (
                bool(_PLANNED_FOR.search(text, max(0, m.start() - 30), m.start()))
                or bool(
                    # "by Tuesday's ruling" names an agent, no deadline
                    not rel
                    and not re.match(r"['’]s\b", text[m.end("wd") : m.end("wd") + 2])
                    and _PROMISED_BY.search(text, max(0, m.start() - 120), m.start())
                )
            )
        )
        range_end = (
            not rel and _WEEKDAY_RANGE_OPEN.search(text, max(0, m.start() - 30), m.start()) is not None
        )
        if not rel and _LONG_AGO_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            # "Three years ago, on Saturday evening": a weekday of a time years back, no day near the DCT
            yield Cand(m.start(), m.end(), "TIME" if pod else "DATE", "none", const(None))
            continue

        def norm(ctx: Context, c_start: int = m.start("wd"), c_end: int = m.end("wd"), wd: int = wd, rel: str = rel,
                 pod: str = pod, dom: int | None = dom, wmod: str | None = wmod,
                 plan_from_past: bool = plan_from_past, range_end: bool = range_end,
                 planned_ahead: bool = planned_ahead) -> Norm:  # fmt: skip
            if ctx.dct is None:
                return None, None, None
            if range_end and ctx.last_day is not None:
                # "will visit from Tuesday through Saturday": the stretch ends after the day it opened on,
                # whatever tense the verb gives the end day alone
                d = strict_weekday(ctx.last_day, wd, 1)
            elif rel in ("previous", "following"):
                # "the previous Friday": the one before the day the story is at, not before the DCT
                d = strict_weekday(ctx.last_day or ctx.dct, wd, -1 if rel == "previous" else 1)
            elif rel == "last":
                d = _last_weekday(ctx.dct, wd)
            elif rel == "next":
                d = strict_weekday(ctx.dct, wd, 1)
            elif rel == "this":
                d = weekday_date(ctx.dct, wd, 0)
            elif dom is None:
                # a day a noun holds under a future verb ("may explain the attack on Friday") is
                # as unplaced as a plan told from the past: the article's one Friday if it named it
                unplaced = plan_from_past or ctx.noun_held(c_start, c_end)
                tense = FUTURE if planned_ahead else ctx.tense(c_start, c_end)
                d = _bare_weekday_day(ctx, ctx.dct, wd, tense, unplaced and not planned_ahead)
            else:
                d = weekday_date(
                    ctx.dct, wd, 1 if _weekday_ahead(ctx.dct, wd, ctx.tense(c_start, c_end)) else -1
                )
            if dom is not None and d.day != dom:
                # "Friday the 13th": trust the day of month, the weekday picks the month around the DCT
                for delta in range(-60, 61):
                    cand = ctx.dct + timedelta(days=delta)
                    if cand.day == dom and cand.weekday() == wd:
                        d = cand
                        break
            ctx.last_day = d
            # "Friday evening" is a time of that day (TimeML: 1998-02-13TEV)
            return day_value(d) + ("T" + PARTS_OF_DAY[pod] if pod else ""), wmod, None

        yield Cand(start, m.end(), "TIME" if pod else "DATE", "dct", norm, priority=2)


_WEEK_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4}


def gen_weeks_ago_weekdays(text: str) -> Iterator[Cand]:
    """ "a week ago Friday": the Friday of the week before the last Friday (or before the DCT's own Friday)."""
    for m in scan(g.WEEKS_AGO_WEEKDAY, text):
        if not m.group("wd")[0].isupper():
            continue
        n = m.group("n").lower()
        weeks = int(n) if n.isdigit() else _WEEK_COUNTS[n]
        wd = WEEKDAYS[m.group("wd").lower()]

        def norm(ctx: Context, weeks: int = weeks, wd: int = wd) -> Norm:
            if ctx.dct is None:
                return None, None, None
            d = weekday_date(ctx.dct, wd, -1) - timedelta(weeks=weeks)
            ctx.last_day = d
            return day_value(d), None, None

        yield Cand(m.start(), m.end(), "DATE", "dct", norm, priority=3)


def gen_weekday_pairs(text: str) -> Iterator[Cand]:
    for m in scan(g.WEEKDAY_PAIR_PLURAL, text):
        wd = WEEKDAYS[m.group("wd").lower()]
        pod_code = "T" + PARTS_OF_DAY[m.group("pod")] if m.group("pod") else ""
        # priority above a single weekday's reading of the same word
        yield Cand(m.start(), m.end("wd"), "SET", "none", const(f"XXXX-WXX-{wd + 1}{pod_code}"), priority=3)


_THE_BEFORE = re.compile(r"\b[Tt]he[ \t]+$")
_STRETCH_UNITS = {"decade": "P10Y", "year": "P1Y", "month": "P1M", "week": "P1W"}
_OF_AFTER = re.compile(r"[ \t]+of\b")


def _stretch_to_now(text: str, m: re.Match[str], rel: str, mod: str | None) -> bool:
    """Whether "the past/last <unit>" is the stretch of one unit ending at the DCT ("has been hit during the
    past year", in an August story: the last twelve months, as "the past three years" is three). Not
    "the last week of March" (a part of a named time) nor one with an edge ("the end of the past year")."""
    return (
        rel in ("the past", "the last")
        and mod is None
        and m.group("u").lower() in _STRETCH_UNITS
        and not m.group("fiscal")
        and _OF_AFTER.match(text, m.end()) is None
    )


# "would" shortly after the expression, in its clause: a future seen from a past moment
_WOULD_AFTER = re.compile(r"[^.;:!?\n]{0,40}?\b\w+[ \t]+would\b")


# how many units a relative word moves from the DCT's ("the latest fiscal year" is the last one closed)
_REL_DELTA = {"last": -1, "latest": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "following": 1}


def gen_relative_units(text: str) -> Iterator[Cand]:
    for m in scan(g.REL_UNIT, text):
        mod, rel = _edge_and_rel(m)
        u = m.group("u").lower()
        if title_word(text, m.start(), m.start("u")):
            continue  # "ABC's This Week": a programme's name
        if _stretch_to_now(text, m, rel, mod):
            # "in the past year", "over the last week": the stretch up to the DCT, not a calendar unit
            yield Cand(m.start(), m.end(), "DURATION", "none", const(_STRETCH_UNITS[u]), priority=2)
            continue
        rel = rel.removeprefix("the ")
        if rel in ("that", "same", "following", "previous") and u != "weekend":
            yield _anaphoric(m.start(), m.end(), rel, u, mod, text)
            continue
        delta = _REL_DELTA.get(rel, 0)
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

        # "the next month" may count from the story's month; "next month" without the article never does
        the_next = rel == "next" and _THE_BEFORE.search(text, max(0, m.start() - 4), m.start()) is not None
        counted = _anaphoric(m.start(), m.end(), "next", u, mod, text).norm if the_next else None

        def norm(ctx: Context, u: str = u, delta: int = delta, mod: str | None = mod,
                 counted: Callable[[Context], Norm] | None = counted, s: int = m.start(), e: int = m.end(),
                 rel: str = rel) -> Norm:  # fmt: skip
            if counted is not None and (ctx.tense(s, e) == PAST or _WOULD_AFTER.match(text, e)):
                # "Bayes withdrew in March 2019. The next month, the party nominated ...": in a past
                # narrative "the next month" is the one after the month the story is at, not after the DCT;
                # so in a future told from the past ("The next year she would open a pier")
                value = counted(ctx)
                if value[0] is not None:
                    return value
            if ctx.dct is None:
                return None, mod, None
            if u == "week":
                delta = _sunday_week_delta(ctx, delta, rel, mod, s, e)
            v = shift_value(ctx.dct, u, delta)
            if u == "year":
                ctx.last_year = int(v)
            return v, mod, None

        yield Cand(m.start(), m.end(), "DATE", "dct", norm, priority=2)
    for m in scan(g.THE_WEEKEND, text):
        start = m.start("pre") if m.group("pre") else m.start()
        start = m.end("pre") + 1 if m.group("pre") else start
        yield Cand(start, m.end(), "DATE", "dct", _weekend_norm(start, m.end(), None, ""), priority=1)
    for m in scan(g.ANAPHORIC_DAY, text):
        # only "earlier/later that day" takes a bare "that": alone it is often an idiom ("that day has come")
        rel = _norm_space(m.group("rel") or m.group("rel2")).removeprefix("the ")
        step = {"next": 1, "following": 1, "previous": -1, "prior": -1}.get(rel, 0)
        pod = m.group("u").lower()
        of_event = step == 0 and _AS_AFTER.match(text, m.end()) is not None

        def dnorm(
            ctx: Context, step: int = step, pod: str = pod, s: int = m.start(), e: int = m.end(),
            of_event: bool = of_event,
        ) -> Norm:  # fmt: skip
            if of_event:
                return None, None, None  # "the same night as the attack": the event's day, not the story's
            if step == 0 and (month := month_named_since_day(ctx, text, s)) is not None:
                # "sank last November ... dropped that same day": a day of that month, which one unknown
                return (
                    f"{month[0]:04d}-{month[1]:02d}-XX" + ("" if pod == "day" else "T" + PARTS_OF_DAY[pod]),
                    None,
                    None,
                )
            anchor = recent_day(ctx, text, s)
            if anchor is None:
                return None, None, None  # no day named shortly before it: nothing to count from
            d = anchor + timedelta(days=step)
            if ctx.dct is not None and d > ctx.dct and ctx.tense(s, e) == PAST:
                # "the Oct. 31 deadline. The kastan closed at 4.10 the previous day": a past act
                # counts from no day still ahead; the last day named was a deadline, not the story's day
                return None, None, None
            if ctx.dct is not None and abs(d - ctx.dct) > _RETOLD_DAY_GAP and ctx.tense(s, e) != PAST:
                # "the ruling comes the same day it was announced ...": a present tells of the paper's days,
                # not of the day a retold story named long before
                return None, None, None
            ctx.last_day = d
            return day_value(d) + ("" if pod == "day" else "T" + PARTS_OF_DAY[pod]), None, None

        typ = "DATE" if pod == "day" else "TIME"
        yield Cand(m.start(), m.end(), typ, "previous", dnorm, priority=1)
    for m in scan(g.EDGE_UNIT, text):
        u, mod = m.group("u").lower(), edge_mod(m.group("edge"))

        def enorm(ctx: Context, u: str = u, mod: str | None = mod) -> Norm:
            return (None if ctx.dct is None else shift_value(ctx.dct, u, 0)), mod, None

        yield Cand(m.start(), m.end(), "DATE", "dct", enorm, priority=0)


_SUNDAY = 6


_AS_AFTER = re.compile(r"[ \t]+as\b")


def _last_weekday(dct: date, wd: int) -> date:
    """ "last Saturday": the one before the DCT, except the day just before it, which a writer calls
    "Saturday" or "yesterday" (a Sunday paper is written on the Saturday); "last Saturday" is then the one
    a week before ("the prisoners freed last Saturday" eight days back; 6 of 6 such uses in the AllSides
    corpus, Sunday papers aside, named the day eight days back)."""
    d = strict_weekday(dct, wd, -1)
    if (dct - d).days == 1:
        d -= timedelta(weeks=1)
    return d


def _sunday_week_delta(ctx: Context, delta: int, rel: str, mod: str | None, start: int, end: int) -> int:
    """Weeks to move an ISO week from the DCT by, for "last week" and "this week" on a Sunday. An ISO week
    ends on Sunday, while a Sunday paper's week is the one it closes ("Okafor said last week ..." of a
    Tuesday six days before) and the one it opens ("Okafor this week heads into the summit" of the
    coming days); a past or "earlier" this week is still the week just ending."""
    if ctx.dct is None or ctx.dct.weekday() != _SUNDAY:
        return delta
    if delta == -1:
        return 0
    if delta == 0 and rel == "this" and mod != "START" and ctx.tense(start, end) != PAST:
        return 1
    return delta


def _weekend_under_way(dct: date, tense: int, rel: str) -> bool:
    """Whether "the weekend" of a paper of ``dct`` is its own weekend: on a Sunday, or on a Saturday but for
    a bare one in the past tense ("marched over the weekend" in a Saturday paper: the weekend before, as
    the paper's own is barely begun)."""
    if dct.weekday() == 6:
        return True
    return dct.weekday() == 5 and (tense != PAST or rel == "this")


def _weekend_norm(start: int, end: int, delta: int | None, rel: str) -> Callable[[Context], Norm]:
    def norm(ctx: Context) -> Norm:
        if ctx.dct is None:
            return None, None, None
        d = delta
        if d is None or rel == "this":
            tense = ctx.tense(start, end)
            # on a Saturday or Sunday "the weekend" is this one; otherwise the tense picks last or next
            looking_forward = tense == FUTURE or (rel == "this" and tense != PAST)
            d = 0 if _weekend_under_way(ctx.dct, tense, rel) or looking_forward else -1
        base = ctx.dct + timedelta(weeks=d)
        return week_value(base) + "-WE", None, None

    return norm


# "The next day" counts from a day named a few sentences back at most; further back the story has moved on
# through undated events ("held a rally ... The next day he tweeted", fifteen sentences after the last date)
_ANCHOR_SENTENCES = 6
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+(?=[\"“(]*[A-Z0-9])")


def recent_day(ctx: Context, text: str, start: int) -> date | None:
    """The day the story is at, for an anaphoric day at ``start``; None when none was named recently."""
    if ctx.last_day is None:
        return None
    lo = max(0, ctx.last_day_end)
    ends = sum(1 for _ in _SENTENCE_END.finditer(text, lo, start))
    return ctx.last_day if ends <= _ANCHOR_SENTENCES else None


def month_named_since_day(ctx: Context, text: str, start: int) -> tuple[int, int] | None:
    """The month a same-day anaphor at ``start`` falls in when a month earlier than the last day was named
    after it and shortly before ``start`` ("halted Thursday ... sank last November ... that same day"):
    the story has gone back to that month, so the day it is at is unknown. A later month named after the
    day is mostly a plan ("said Tuesday the vote would be in May. Crowds gathered the same day") and moves
    nothing. Only a same-day anaphor points at the occasion just told; "the next day" keeps the day named."""
    if ctx.last_month is None or not ctx.last_day_end < ctx.last_month_end <= start:
        return None
    latest = (ctx.last_day.year, ctx.last_day.month) if ctx.last_day is not None else None
    if latest is None and ctx.dct is not None:
        latest = (ctx.dct.year, ctx.dct.month + 1)  # no day named: any month up to the DCT's own (13 is fine)
    if latest is None or ctx.last_month >= latest:
        return None  # "on Oct. 3 ... later in October ... that day": still the day named
    ends = sum(1 for _ in _SENTENCE_END.finditer(text, ctx.last_month_end, start))
    return ctx.last_month if ends <= _ANCHOR_SENTENCES else None


def _anaphoric(start: int, end: int, rel: str, u: str, mod: str | None, text: str) -> Cand:
    delta = {"following": 1, "next": 1, "previous": -1}.get(rel, 0)

    def norm(ctx: Context) -> Norm:
        if u == "year" and ctx.last_year is not None:
            return f"{ctx.last_year + delta:04d}", mod, None
        if u == "month" and ctx.last_month is not None:
            y, mo = add_months(ctx.last_month[0], ctx.last_month[1], delta)
            return month_value(y, mo), mod, None
        if u == "day" and (day := recent_day(ctx, text, start)) is not None:
            return day_value(day + timedelta(days=delta)), mod, None
        if u == "week" and ctx.last_day is not None:
            return week_value(ctx.last_day + timedelta(weeks=delta)), mod, None
        return None, mod, None

    return Cand(start, end, "DATE", "previous", norm, priority=1)


# a lower-case word after "the March": a noun the month dates ("the March accession"), not "the March of Dimes"
_NOUN_AFTER_MONTH = re.compile(
    r"\s+(?!(?:of|on|to|for|in|and|or|at|by|with|from|is|was|will|has)\b)[a-z]{3,}\b"
)


# an adverb and a word after a month joined by "as"/"and" make it a subject: "as May firmly said ..."
_SUBJECT_ADVERB_AFTER = re.compile(
    r"[ \t]+(?!(?:early|only|largely|mostly|partly|likely|nearly)\b)[a-z]{3,}ly[ \t]+[a-z]+"
)


_TIME_PREPS = frozenset({"in", "since", "during", "until", "till", "through", "before", "after"})

# "bad news for May who ...", "to June, whose ...": a relative pronoun refers back to a person, never to a month
_RELATIVE_WHO_AFTER = re.compile(r"[ \t]*,?[ \t]+(?:who|whose|whom)\b")

# words before a bare month that still make it one where the article uses the word as a surname: "in
# May" stays the month, "a letter to May" or "allies of May" is the person
_SURNAME_SAFE_PREPS = _TIME_PREPS | frozenset(
    {"since", "until", "till", "by", "early", "late", "mid", "throughout", "last", "next", "this"}
)

# a capitalised word, a title or an initial right before a month word with no day or year after it
# ("Odile May", "Mrs May", "Premier May"): the article names someone with that surname
_SURNAME_BEFORE = re.compile(r"\b([A-Z][a-z]*\.?)[ \t]+$")
_NOT_A_FIRST_NAME = frozenset(
    (  # noqa: SIM905 (a word list reads better as one string)
        "In Since Until Till By From Through During Before After Of Early Late Mid Between And Or To Around "
        "Throughout Last Next This On For Into As At The A An Each Every That "
        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun"
    ).split()
)


# a possessive month word and what it owns: "May's allies" (a person's) against "May's vote", "May's
# European elections" (the month's: up to two words before a noun of something held in a month)
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")
_OWNED_BY_A_MONTH = re.compile(
    r"['’]s[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:elections?|votes?|polls?|summits?|meetings?|talks|deadline|referendum|"
    r"ballot|primary|primaries|session|conference|figures|data|report|edition|issue|holidays?|weather|sales)\b"
)


def _owner_not_a_time(after: str) -> bool:
    """Whether a month word is a possessive that owns no thing of a month ("May's allies", "May's plan")."""
    return bool(_POSSESSIVE_AFTER.match(after)) and not _OWNED_BY_A_MONTH.match(after)


def _named_as_surname(text: str, word: str) -> bool:
    """Whether the article writes ``word`` right after a first name or title, with no day or year after it
    ("Odile May said", "Mrs May's plan"): then a bare "May" after a word that is no time preposition is
    that person."""
    for m in re.finditer(rf"\b{re.escape(word)}\b(?![ \t,]*\d)", text):
        before = _SURNAME_BEFORE.search(text, max(0, m.start() - 30), m.start())
        if before is None or before.group(1).rstrip(".") in _NOT_A_FIRST_NAME:
            continue
        # "Mrs.", "Sen.", "J." are titles or initials; a longer word and a stop ends a sentence ("to Orvik.")
        if not before.group(1).endswith(".") or len(before.group(1)) <= 4:
            return True
    return False


def _month_context_ok(text: str, m: re.Match[str], mon_word: str) -> bool:
    """A bare month name is a date only where a verb, modal or first name reading is excluded."""
    if m.group("edge") or m.group("rel"):
        return True
    s = m.start("mon")
    prev = _prev_word(text, s)
    nxt_text = text[m.end() : m.end() + 20]
    if mon_word in AMBIGUOUS_MONTHS:
        if prev in _PREPS_BEFORE_MONTH and not _sentence_start(text, s):
            if prev == "and" and not _month_or_number_before_conjunction(text, s):
                return False  # "April and May", but "he and May carried on" joins a person
            if prev in ("as", "and") and _SUBJECT_ADVERB_AFTER.match(text, m.end()):
                return False  # "as May firmly said she would stay": a person acting
            if _RELATIVE_WHO_AFTER.match(nxt_text):
                return False  # "bad news for May, who had hoped": only a person takes "who"
            if prev not in _SURNAME_SAFE_PREPS and _named_as_surname(text, m.group("mon")):
                return False  # "a letter to May", "gifts for May" where she is "Odile May"
            if _owner_not_a_time(text[m.end() : m.end() + 40]) and _named_as_surname(text, m.group("mon")):
                return False  # "backed by May's allies" where she is "Odile May"; "by May's vote" stays
            if prev in _TIME_PREPS and mon_word != "may":
                # "a fire in March was the first": a person after "in" is mostly May, or has a first
                # or last name beside the month ("in June Okafor")
                return not re.match(r"\s+[A-Z][a-z]+\b", nxt_text)
            # "in May", but "and May said" is a surname followed by a verb
            return not re.match(r"\s+(?:said|says|told|has|had|is|was|will|would|[A-Z][a-z]+)\b", nxt_text)
        if prev in ("a", "an", "the") and _NOUN_AFTER_MONTH.match(nxt_text):
            return True  # "the March accession", "a June agreement": a month naming when the thing is
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


_WORD_BEFORE_CONJUNCTION = re.compile(r"([\w.]+)\W+and\s+$", re.I)


def _month_or_number_before_conjunction(text: str, start: int) -> bool:
    """Whether the word before the "and" that precedes ``start`` is a month or a number ("April and May",
    "June 3 and May"): only then is an ambiguous month joined to it a month."""
    m = _WORD_BEFORE_CONJUNCTION.search(text, max(0, start - 40), start)
    if m is None:
        return False
    word = m.group(1).lower().rstrip(".")
    return word in MONTHS or word[:1].isdigit()


_BY = re.compile(r"\bby[ \t]+$", re.I)  # "by March, measures were taken": a deadline a past verb has met
_AHEAD_OF = re.compile(r"\bahead[ \t]+of[ \t]+(?:the[ \t]+)?$", re.I)
# a modal or a plan in the clause before: the words that make "ahead of <Month>" a look forward
_FORWARD_BEFORE = re.compile(
    r"(?:\b(?:will|would|could|might|shall|expected|expects?|plans?|planned|hopes?|aims?|goals?|wants?|going[ \t]+to)"
    r"|['’](?:ll|d))\b[^.;!?\n]*$",
    re.I,
)


# a present perfect in the clause before: told from now, so what it is "ahead of" is still to come ("has
# named a target of 40 ferries ahead of the November vote" in a February story)
_PRESENT_PERFECT_BEFORE = re.compile(r"(?:\b(?:has|have)|['’]ve)[ \t]+(?:\w+ly[ \t]+)?\w+\b[^.;!?\n]*$", re.I)


def _coming_after_ahead_of(text: str, start: int) -> bool:
    """Whether the month at ``start`` follows "ahead of" in a clause that looks forward ("I'd be surprised
    by progress ahead of November's election"); "rallied ahead of March's vote" is an old campaign."""
    if not _AHEAD_OF.search(text, max(0, start - 16), start):
        return False
    return bool(_FORWARD_BEFORE.search(text, max(0, start - 100), start) or _told_from_now(text, start))


# "polling for the Veloria election in October is close": a yearless month right after a scheduled event
# (a vote, a summit, a deadline) that a present clause talks of names that event's coming month
_EVENT_IN_MONTH_BEFORE = re.compile(
    r"\b(?:elections?|vote|referendum|plebiscite|polls|ballot|runoff|run-off|primary|primaries|caucus(?:es)?|"
    r"summit|deadline|games|olympics|congress|convention|conference|talks)"
    r"[ \t]+(?:(?:scheduled|due|set|slated|planned|expected)[ \t]+)?(?:in|for)[ \t]+$",
    re.I,
)


def _coming_event_month(text: str, start: int, tense: int) -> bool:
    """Whether the month at ``start`` dates a scheduled event a present clause speaks of: the coming one."""
    return tense == NONE and _EVENT_IN_MONTH_BEFORE.search(text, max(0, start - 40), start) is not None


def _told_from_now(text: str, start: int) -> bool:
    return bool(_PRESENT_PERFECT_BEFORE.search(text, max(0, start - 100), start))


# a month written with its year ("a May 2017 memo", "on May 3, 2017"), and how far back one sets the year
# of the story a yearless month after it goes on with (about two sentences)
_MONTH_WITH_YEAR = re.compile(
    rf"\b(?P<mon>{g.MONTH_NAMES})(?:[ \t]+\d{{1,2}},?)?[ \t]+(?P<y>(?:19|20)\d\d)\b"
)
_STORY_YEAR_CHARS = 350
_TIME_WORD = re.compile(rf"\b(?:years?|months?|weeks?|days?|(?:19|20)\d\d|{g.MONTH_NAMES})\b", re.I)
_RECENT_MONTHS = 3


def _story_year_before(text: str, start: int, mon: int, dct: date, y: int) -> int | None:
    """The year of the story a past yearless month goes on telling ("a May 2017 memo ... But in August,
    he widened it" in a 2020 story is August 2017): the year written with the last month named just
    before it, when that month is earlier in the year, the year is earlier than the DCT's reading, and
    that reading is not one of the last few months (a recent month needs no year)."""
    if (dct.year - y) * 12 + dct.month - mon <= _RECENT_MONTHS:
        return None
    written = list(_MONTH_WITH_YEAR.finditer(text, max(0, start - _STORY_YEAR_CHARS), start))
    if not written:
        return None
    last = written[-1]
    if _TIME_WORD.search(text, last.end(), start):
        return None  # "On May 22, 1995, ... the following year ... in December": the story moved on
    written_year, written_mon = int(last.group("y")), MONTHS[last.group("mon").lower()]
    # strictly later: a yearless month repeating the written one ("on July 30, 2012 ... in July") is
    # another year's, or the writer would not have dropped the year
    if written_year < y and written_mon < mon:
        return written_year
    return None


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
        after_story = rel in ("the next", "the following")
        # "this past February": the one just gone, as "past February" is
        rel = "past" if rel == "this past" else rel.removeprefix("the ")
        past_noun = not rel and past_occurrence_modifier(text, m.start("mon"), m.end("mon"))
        joined_year = None if rel else coordinated_year(text, m.end("mon"), mon)
        heading = not rel and heads_its_line(text, m.start(), m.end())
        entry_body = not rel and not heading and in_chronology_entry(text, m.start())

        def norm(ctx: Context, mon: int = mon, rel: str = rel, mod: str | None = mod,
                 s: int = m.start("mon"), e: int = m.end("mon"), ctx_text: str = text,
                 past_noun: bool = past_noun, joined_year: int | None = joined_year,
                 after_story: bool = after_story, heading: bool = heading,
                 entry_body: bool = entry_body) -> Norm:  # fmt: skip
            if joined_year is not None:
                ctx.last_month = (joined_year, mon)
                return month_value(joined_year, mon), mod, None
            if heading and (run_on := _chronicle_month_year(ctx, mon)) is not None:
                # "Mid-November" heading a line after "Oct. 3" headed one of a chronology of 2030: its year
                ctx.last_month = ctx.chronicle = (run_on, mon)
                return month_value(run_on, mon), mod, None
            if after_story and (story_year := year_after_story(ctx, mon)) is not None:
                ctx.last_month = (story_year, mon)
                return month_value(story_year, mon), mod, None
            if rel == "that":
                # "elected in November 2010 and sworn in that May": the month of the year the story is at
                return (None if ctx.last_year is None else month_value(ctx.last_year, mon)), mod, None
            if ctx.dct is None:
                if not rel and ctx.dct_month is not None and ctx.dct_month[1] == mon:
                    return month_value(ctx.dct_month[0], mon), mod, None  # the month of the story itself
                return (None if rel else f"XXXX-{mon:02d}"), mod, None
            if rel in ("last", "past"):
                y = month_year(ctx.dct, mon, -1, strict=True)
                if rel == "last" and (ctx.dct.month - mon) % 12 == 1:
                    # the month just gone is "last month" or "this past February"; "last February" in a
                    # March story is the year before's (10 of 13 such uses in 5,720 news articles)
                    y -= 1
            elif rel in ("next", "coming", "following"):
                y = month_year(ctx.dct, mon, 1, strict=True)
            elif rel == "this":
                y = ctx.dct.year
            else:
                tense = ctx.tense(s, e)
                # a past verb the parse shows governs the month keeps it back ("banned travel in January"
                # in a November story, "by March, measures were taken"); the words alone are too noisy
                firm = tense == PAST and ctx.firm_past(s, e)
                if past_noun:
                    tense, firm = PAST, True  # "the February assassination": an occurrence already over
                if deadline_ahead(ctx_text, s) and not (firm and _BY.search(ctx_text, max(0, s - 8), s)):
                    tense = FUTURE
                y = month_year(ctx.dct, mon, tense, firm=firm)
                if tense == PAST and (story := _story_year_before(ctx_text, s, mon, ctx.dct, y)) is not None:
                    y = story
                if _coming_event_month(ctx_text, s, tense) or (
                    (tense != PAST or _told_from_now(ctx_text, s)) and _coming_after_ahead_of(ctx_text, s)
                ):
                    # "progress ahead of November's election" in a January story: the coming November,
                    # however far; only a past clause ("rallied ahead of March's vote") looks back
                    y = ctx.dct.year if mon >= ctx.dct.month else ctx.dct.year + 1
                if entry_body and (run_on := _chronicle_month_year(ctx, mon)) is not None:
                    # "Aug. 12: The envoy resigns. In early September, ..." in a chronology of 2030 told in
                    # a page of the next year: an entry's own months are of the chronology's year, even
                    # when they read as before the DCT in the DCT's year (or ahead, in its present tense)
                    y = run_on
                if (y, mon) > (ctx.dct.year, ctx.dct.month) and (run_on := _chronicle_month_year(ctx, mon)):
                    # "would sign the deal in November" under a heading of a chronology of 2030, in a
                    # page of the next September: the chronology's November, not one still to come
                    y = run_on
            ctx.last_month = (y, mon)
            return month_value(y, mon), mod, None

        yield Cand(m.start(), m.end(), "DATE", "dct", norm, priority=1, tags={"month-word"})


# a chronology entry's heading: a month-day opening its line, alone or before a colon or dash
_ENTRY_HEADING = re.compile(
    rf"[ \t]*(?:[-–—•*·][ \t]*)?{g.MONTH}[ \t]+{g.DAY}(?:,?[ \t]+{g.YEAR})?,?[ \t]*(?P<end>$|[:—–][ \t]|-[ \t])"
)


def in_chronology_entry(text: str, start: int) -> bool:
    """Whether ``start`` lies in the body of a chronology entry: on a line a month-day heads before a colon
    or dash ("Aug. 12: The envoy resigns. In early September, ..."), or in the paragraph right after a
    line that holds only a month-day."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    head = _ENTRY_HEADING.match(text[line_start : line_end if line_end >= 0 else len(text)])
    if head is not None and head.group("end"):
        return True
    before = text[:line_start].rstrip()
    previous = before[before.rfind("\n") + 1 :]
    alone = _ENTRY_HEADING.match(previous)
    return alone is not None and not alone.group("end") and alone.end() == len(previous)


def _chronicle_month_year(ctx: Context, mon: int) -> int | None:
    """The year of a month heading a line in a chronology whose last line's year is known: that year,
    or the next when the months start over; None when there is no such chronology, or its reading would
    be after the DCT's month."""
    if ctx.chronicle is None:
        return None
    year, last_mon = ctx.chronicle
    if last_mon - mon >= NEW_YEAR_STEP:
        year += 1
    if ctx.dct is not None and (year, mon) > (ctx.dct.year, ctx.dct.month):
        return None
    return year


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


# What may stand between a date and the clock time of that day: "March 24, 2011 at 11:02 pm",
# "Sat Nov 12, 2011 6:48 pm EST", "Tuesday, at 5 p.m."
_BEFORE_ATTACHED_CLOCK = re.compile(r"[ \t]*,?[ \t]*(?:at[ \t]+)?$")


def _attachment(text: str, clock_start: int) -> int:
    """Where the gap before a clock time begins: a day expression ending there is the clock's day."""
    gap = _BEFORE_ATTACHED_CLOCK.search(text, max(0, clock_start - 12), clock_start)
    return gap.start() if gap is not None else clock_start


# "Update at 6:42 a.m. ET", "UPDATED 9:40 p.m.": a live page's stamp of when it changed
_UPDATE_STAMP = re.compile(r"\bupdated?[ \t]*(?:at|:|,|-|—)?[ \t]*$", re.I)


def _stamps_an_update(text: str, clock_start: int) -> bool:
    return bool(_UPDATE_STAMP.search(text, max(0, clock_start - 16), clock_start))


# how far (in characters, a few paragraphs) a day weeks away from the DCT still holds the story
_STORY_DAY_REACH = 1500

# "a channel reported Sunday", "said on Friday", "told reporters late Monday": the day a saying was made
_SAYING_BEFORE_DAY = re.compile(
    r"\b(?:said|says|reported|reports|announced|wrote|tweeted|told(?:[ \t]+[\w’']+){0,3})[ \t]+"
    r"(?:(?:on|late|early)[ \t]+)?$",
    re.I,
)
_NEWS_WEEK_DAYS = 7  # a day further from the DCT is a retold story's
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’)]*\s")


def dates_a_saying(text: str, start: int) -> bool:
    """Whether the day expression at ``start`` dates a saying or report ("the channel reported Sunday")."""
    return bool(_SAYING_BEFORE_DAY.search(text, max(0, start - 40), start))


def _clock_story_day(ctx: Context, text: str, s: int, e: int) -> tuple[date | None, int]:
    """The day a bare clock time may be of, and where the expression that named it ends. A day that dates
    only a report ("Two divers got medals, a channel reported Sunday.") is when the story was told, not a
    day of what it tells: a past act's clock time in a later sentence ("At 1:15 a.m., the ship listed")
    keeps the day the story was at before it, when that day lies weeks back (a news day of the same week,
    "left at 11:09 p.m. Wednesday ... told a news conference Thursday ... until 2:29 a.m.", is no
    retelling: the report's day may well be the clock's)."""
    before = ctx.day_before_saying
    if (
        before is not None
        and before[0] is not None
        and ctx.dct is not None
        and abs((before[0] - ctx.dct).days) > _NEWS_WEEK_DAYS
        and text
        and _SENTENCE_BREAK.search(text, ctx.last_day_end, s)
        and ctx.tense(s, e) == PAST
    ):
        return before
    return ctx.last_day, ctx.last_day_end


def _day_from_word(
    ctx: Context, word: str | None, s: int, e: int, attach: int = -1, stamp: bool = False, text: str = ""
) -> date | None:
    if ctx.dct is None:
        return None
    if not word and stamp and not (ctx.last_day is not None and ctx.last_day_end == attach):
        # a page's update stamp is of the page's own day, not of the day its story was last telling
        return ctx.dct
    if not word:
        last_day, last_end = _clock_story_day(ctx, text, s, e)
        if last_day is not None and last_end == attach:
            return last_day  # the clock time right after a date is of that day, however far from the DCT
        if last_day is not None and last_day > ctx.dct and ctx.tense(s, e) == PAST:
            # "posted at 3:15 p.m." after a quote's "closed until Monday": a past act's clock time is of
            # no day still ahead; the day the story is at is the paper's
            return ctx.dct
        if last_day is None or abs((last_day - ctx.dct).days) <= 7:
            return last_day or ctx.dct
        if last_day < ctx.dct and s - last_end <= _STORY_DAY_REACH:
            # the story is telling of a day weeks back ("On Sept. 3 ... by 2 a.m."): the clock is of that
            # night, or of the morning after, not of the DCT
            return None
        return ctx.dct
    d = _named_day(ctx, ctx.dct, word, s, e)
    # "7:10 a.m. Sunday (6:10 a.m. local)": the day a clock time names is the one the story is at now
    ctx.last_day = d
    return d


def _named_day(ctx: Context, dct: date, word: str, s: int, e: int) -> date:
    w = word.lower()
    if w == "yesterday":
        return dct - timedelta(days=1)
    if w == "tomorrow":
        return dct + timedelta(days=1)
    if w in WEEKDAYS:
        wd = WEEKDAYS[w]
        return weekday_date(dct, wd, 1 if _weekday_ahead(dct, wd, ctx.tense(s, e)) else -1)
    return dct  # "today", "tonight"


def _day_after_aside(text: str, clock_end: int) -> tuple[str | None, int, int]:
    """The day word that follows a clock time after "local time" or a bracketed aside ("2am local time
    (0100 UTC) on Friday"), with its span, so that the clock takes the day the weekday itself gets;
    (None, clock_end, clock_end) when no day follows. A capitalised weekday only, as ``gen_weekdays`` reads."""
    m = g.DAY_AFTER_CLOCK.match(text, clock_end)
    if m is None or (m.group("day")[0].islower() and m.group("day").lower() in WEEKDAYS):
        return None, clock_end, clock_end
    return m.group("day"), m.start("day"), m.end("day")


# the year written after a clock time's month-day: "at 7:12 a.m. on June 3, 2031"
_YEAR_AFTER_CLOCK_DAY = re.compile(r",?[ \t]+(?P<y>1[89]\d\d|20\d\d)\b(?![\d,.]\d)")


# how far from the DCT a day named before is a retold story's, not one of the paper's week
_RETOLD_DAY_GAP = timedelta(days=90)


def gen_clock(text: str) -> Iterator[Cand]:
    for rx_ in (g.CLOCK, g.CLOCK24, g.CLOCK_HHMM_ZONE):
        for m in scan(rx_, text):
            h = int(m.group("h"))
            mi = int(m.group("m") or 0)
            ap = m.groupdict().get("ap")
            if ap and "o'clock" in ap.lower():
                ap = None
            elif ap and ap[0] in "iIaA" and ap[1:2].lower() in ("n", "t"):
                # "4 in the morning", "9 in the evening", "2 at night": the part of day says a.m. or p.m.
                ap = "am" if "morning" in ap.lower() or ("night" in ap.lower() and h < 5) else "pm"
            if ap and h > 12:
                continue
            t = _clock_value(h, mi, ap, m.group("tz"))
            if t is None:
                continue
            dayw = m.groupdict().get("day")
            s_day, e_day = m.start(), m.end()  # where the tense of the clock's day is read
            if dayw is None and not m.groupdict().get("mon"):
                dayw, s_day, e_day = _day_after_aside(text, m.end())
            md = None
            if m.groupdict().get("mon") and m.group("mon")[0].isupper():
                md = (MONTHS[m.group("mon").lower().rstrip(".")], int(re.sub(r"\D", "", m.group("d"))))
            end = m.end() if md or not m.groupdict().get("mon") else m.start("mon")
            year = None
            if md is not None and (ym := _YEAR_AFTER_CLOCK_DAY.match(text, end)) is not None:
                year, end = int(ym.group("y")), ym.end()  # "7:12 a.m. on June 3, 2031": that year's day
            typ = "TIME"

            def norm(ctx: Context, t: str = t, dayw: str | None = dayw, s: int = m.start(), e: int = end,
                     md: tuple[int, int] | None = md, attach: int = _attachment(text, m.start()),
                     s_day: int = s_day, e_day: int = e_day, year: int | None = year,
                     stamp: bool = _stamps_an_update(text, m.start())) -> Norm:  # fmt: skip
                if md is not None:
                    # "5 p.m. EST Nov. 9": the time of that day
                    if year is not None:
                        day = safe_date(year, md[0], md[1])
                        if day is not None:
                            # a day written in full sets the story's day, which later clock times share
                            ctx.last_day, ctx.last_year = day, year
                    elif ctx.dct is None:
                        return None, None, None
                    else:
                        day = safe_date(nearest_year(ctx.dct, md[0], md[1], ctx.tense(s, e)), md[0], md[1])
                    return (day_value(day) + t if day else None), None, None
                d = _day_from_word(ctx, dayw, s_day, e_day, attach, stamp, text)
                return (day_value(d) + t if d else None), None, None

            yield Cand(m.start(), end, typ, "dct", norm, priority=2)
    for m in scan(g.CLOCK_AT, text):
        t = _clock_value(int(m.group("h")), int(m.group("m")), None, None)
        if t is None or re.match(
            r"\s*(?:[-–]\s*\d|\s*(?:points?|goals?|runs?|votes?)\b)", text[m.end() : m.end() + 10]
        ):
            continue

        after, s_day, e_day = _day_after_aside(text, m.end())

        def anorm(ctx: Context, t: str = t, s: int = s_day, e: int = e_day, after: str | None = after,
                  attach: int = _attachment(text, m.start())) -> Norm:  # fmt: skip
            d = _day_from_word(ctx, after, s, e, attach, text=text)
            return (day_value(d) + t if d else None), None, None

        yield Cand(m.start("t"), m.end(), "TIME", "dct", anorm, priority=1)
    for m in scan(g.NOON, text):
        w = m.group("w").lower()
        if title_word(text, m.start(), m.start()) or _prev_word(text, m.start()) == "high":
            continue  # "High Noon", "high noon comes today": a film, an idiom
        t = "T12:00" if w in ("noon", "midday") else "T24:00"
        dayw = m.group("day")

        def nnorm(
            ctx: Context, t: str = t, dayw: str | None = dayw, s: int = m.start(), e: int = m.end()
        ) -> Norm:
            d = _day_from_word(ctx, dayw, s, e, text=text)
            return (day_value(d) + t if d else None), None, None

        yield Cand(m.start(), m.end(), "TIME", "dct", nnorm, priority=1)


_COUNTED_AFTER = re.compile(rf"[ \t]+(?:{g.NUM})[ \t]+(?:spring|summer|autumn|fall|winter|season)s?\b", re.I)
_REF_VALUES = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF", "presently": "PRESENT_REF",
    "at present": "PRESENT_REF", "the present": "PRESENT_REF", "at the moment": "PRESENT_REF",
    "right now": "PRESENT_REF", "these days": "PRESENT_REF", "the time being": "PRESENT_REF",
    "recently": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF", "in the past": "PAST_REF",
    "previously": "PAST_REF", "formerly": "PAST_REF", "soon": "FUTURE_REF", "shortly": "FUTURE_REF",
    "the future": "FUTURE_REF", "the near future": "FUTURE_REF", "in future": "FUTURE_REF",
    "the long term": "FUTURE_REF", "the short term": "FUTURE_REF", "as soon as possible": "FUTURE_REF",
}  # fmt: skip


_NOUN_CURRENT = re.compile(
    r"\b(?:electric|strong|powerful|swift|ocean|tidal|rip|direct|alternating|cold|warm)\s+$", re.I
)


def gen_current(text: str) -> Iterator[Cand]:
    for m in scan(g.CURRENT_ADJ, text):
        if _NOUN_CURRENT.search(text, max(0, m.start() - 16), m.start()):
            continue  # "a strong current swept": the noun, after a word that describes a flow
        # lowest priority: "the current quarter" and "the current year" are read whole by their own rules
        yield Cand(
            m.start(),
            m.end(),
            "DATE",
            "none",
            const("PAST_REF" if m.group("then") else "PRESENT_REF"),
            priority=-1,
            tags={"current-word"},
        )


def gen_refs(text: str) -> Iterator[Cand]:
    for m in scan(g.REFS, text):
        w = _norm_space(m.group("w"))
        if w == "later this week":

            def lnorm(ctx: Context) -> Norm:
                if ctx.dct is None:
                    return None, "END", None
                if ctx.dct.weekday() == _SUNDAY:
                    # on a Sunday, what is still to come this week is next week's
                    return week_value(ctx.dct + timedelta(days=1)), None, None
                return week_value(ctx.dct), "END", None

            yield Cand(m.start(), m.end(), "DATE", "dct", lnorm, priority=0)
            continue
        if w == "the past" and _COUNTED_AFTER.match(text, m.end()):
            continue  # "the past three summers": a count of periods, not the past at large
        start, v = m.start(), _REF_VALUES[w]
        if w in ("in the past", "in future"):
            start = m.start() + 3
        yield Cand(start, m.end(), "DATE", "none", const(v), priority=0)


# "twice as high this year as last", "this month and last": a bare "last" at the end of a clause that
# compares with "this <unit>" is the unit before, written once
_ELLIPTIC_LAST = re.compile(
    r"\bthis[ \t]+(?P<u>year|month|week|quarter)\b[^.;:!?\n]{0,80}?\b(?:than|as|and|or)[ \t]+"
    r"(?P<last>last)(?=[ \t]*(?:[.,;:!?)]|$))",
    re.I,
)


_FIRST_AND_BEFORE = re.compile(r"\bfirst[ \t]+(?:and|or)[ \t]+$", re.I)


def gen_elliptic_last(text: str) -> Iterator[Cand]:
    for m in _ELLIPTIC_LAST.finditer(text):
        if _FIRST_AND_BEFORE.search(text, max(0, m.start("last") - 12), m.start("last")):
            continue  # "this year it came first and last": a rank, not a time
        u = m.group("u").lower()

        def norm(ctx: Context, u: str = u) -> Norm:
            return (None if ctx.dct is None else shift_value(ctx.dct, u, -1)), None, None

        yield Cand(m.start("last"), m.end("last"), "DATE", "dct", norm, priority=1)
