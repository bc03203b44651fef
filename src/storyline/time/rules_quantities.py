"""Grammar rules for amounts of time: durations, "N units ago/earlier", and sets ("every week", "daily")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from storyline.time import grammar as g
from storyline.time.base import (
    _APPROX_MOD,
    Cand,
    Context,
    Norm,
    _norm_space,
    _sentence_start,
    const,
    duration_value,
    parse_number,
    scan,
    title_word,
    unit_name,
)
from storyline.time.calendar import (
    add_months,
    month_value,
    shift_value,
)
from storyline.time.tense import PAST
from storyline.time.vocab import (
    MONTHS,
    PRESS_MODIFIERS,
    SEASONS,
    WEEKDAYS,
)

# an amount right before "a week": "$2 million", "358,000", "four flights", "700 seats", "$200bn", "£5m"
_RATE_BEFORE = re.compile(
    r"(?:[\d%]|\d(?:bn|mn|tn|m|k)|\b(?:million|billion|trillion|thousand|hundred|dollars|cents|percent|times|"
    r"twice|once)|"
    r"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|hundred)\s+[a-z]+s)[ \t]+$"
)
_THE_BEFORE = re.compile(r"\b[Tt]he[ \t]+$")
_MODAL_BEFORE = re.compile(
    r"\b(?:will|would|could|might|may|can|shall|'ll|hopes?|hoped)[ \t]+(?:\w+[ \t]+)?$", re.I
)
_FRACTION_OF = re.compile(
    r"[ \t]+of[ \t]+(?:the|a|an|its|their|his|her|our|all|this|that|these|those|\d)\b(?![ \t]+(?:fiscal[ \t]+)?year)",
    re.I,
)


def gen_durations(text: str) -> Iterator[Cand]:
    for m in scan(g.DURATION, text):
        u = unit_name(m.group("u"))
        ntok = _norm_space(m.group("n"))
        if ntok in ("a", "an") and u in ("second", "quarter"):
            continue  # "a second term", "a quarter of the vote"
        if ntok in ("a", "an") and m.group("u").lower().endswith("s"):
            continue  # "a decades-long feud": the article belongs to the noun, the units are uncounted
        if u == "quarter" and not m.group("ago") and ntok in ("a", "an", "one"):
            continue  # "a quarter" is a fraction; "two quarters" is a duration
        if u == "quarter" and ntok == "three" and _FRACTION_OF.match(text, m.end()):
            continue  # "three-quarters of its food": a share of something, not a length of time
        if m.group("adj") == "-old" or (
            not m.group("ago") and re.match(r"\s+old\b", text[m.end() : m.end() + 5])
        ):
            continue  # ages ("52 years old") are not time expressions
        if ntok in ("some", "many") and not m.group("u").lower().endswith("s"):
            continue  # "some day", "many a year"
        if title_word(text, m.start(), m.start("u")):
            continue  # "CBS's 60 Minutes": a programme's name
        before = text[max(0, m.start() - 2) : m.start()]
        if re.search(r"[\$£€#]\s?$", before):
            continue
        if (
            ntok in ("a", "an")
            and not (m.group("det") or m.group("mod") or m.group("ago"))
            and _RATE_BEFORE.search(text, max(0, m.start() - 30), m.start())
        ):
            continue  # "$1.76 a year", "four flights a week": a rate, not a length of time
        if (
            ntok == "one"
            and u == "day"
            and not (m.group("det") or m.group("mod") or m.group("ago"))
            and _MODAL_BEFORE.search(text, max(0, m.start() - 30), m.start())
        ):
            # "it will one day be...": an unspecified future time, not a length of one day
            yield Cand(m.start(), m.end(), "DATE", "none", const("FUTURE_REF"), priority=1)
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
        the = _THE_BEFORE.search(text, max(0, start - 5), start) if start == m.start("n") else None
        if the is not None and ntok not in ("a", "an"):
            start = the.start()  # "the nine months ended Sept. 30": TimeML keeps the article in the extent
        if ntok == "some" and modw == "":
            vague = True
        ago = _norm_space(m.group("ago") or "").removeprefix("or so ")
        det = _norm_space(m.group("det") or "")
        if ago in ("ago", "earlier", "from now", "hence", "previously") and not det:
            sign = 1 if ago in ("later", "from now", "hence") else -1
            anchor = "dct" if ago in ("ago", "from now", "hence") else "previous"
            yield _shift_cand(start, m.end(), u, n, sign, anchor, mod, text)
            continue
        end = m.end("adj") if m.group("adj") else m.end("half2") if m.group("half2") else m.end("u")
        value = duration_value(None if vague else n, u)
        yield Cand(start, end, "DURATION", "none", const(value, mod), priority=1)
    for m in scan(g.UNIT_LONG, text):
        # "a day-long strike", "decades-long feud": one unit, or an unspecified number of them
        word = m.group("u").lower()
        plural = word.endswith("s")
        v = duration_value(None if plural else 1, unit_name(word))
        yield Cand(m.start(), m.end(), "DURATION", "none", const(v), priority=0)
    for m in scan(g.VAGUE_UNITS, text):
        u = unit_name(m.group("u") or m.group("u2") or m.group("u3"))
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
        if u == "year" and abs(k) == 1 and ctx.last_quarter is not None and ctx.focus_year:
            return f"{ctx.last_quarter[0] + k:04d}", mod, None
        if u == "year" and abs(k) == 1 and ctx.last_quarter is not None:
            # "a year ago" in a report on quarterly results means the same quarter a year before
            y, q = ctx.last_quarter
            return f"{y + k:04d}-Q{q}", mod, None
        if u == "hour" and abs(k) >= _HOURS_PER_DAY:
            return (
                _days_of_hours(ctx, k, anchor == "previous" and not _told_now(ctx, start, end, u)),
                mod,
                None,
            )
        if anchor == "previous" and not _told_now(ctx, start, end, u):
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


_HOURS_PER_DAY = 24


def _days_of_hours(ctx: Context, k: int, from_story_day: bool) -> str | None:
    """ "48 hours ago", "less than 24 hours earlier": whole days away from the publication day (or, for
    "earlier"/"later", from the day the story is at), not that day itself; the clock hour is unknown, so
    a part of a day beyond the whole ones is dropped."""
    base = ctx.last_day if from_story_day and ctx.last_day is not None else ctx.dct
    return None if base is None else shift_value(base, "day", int(k / _HOURS_PER_DAY))


def _told_now(ctx: Context, start: int, end: int, u: str) -> bool:
    """Whether years "earlier" count from the paper's day: a present or future clause ("as at the old mill
    eight years earlier, the clerks deny any loss") is told from now, not from the year the story last
    named; only a past clause goes on from that year ("shut in 2019 ... eight years earlier, had opened")."""
    return u == "year" and ctx.dct is not None and ctx.tense(start, end) != PAST


_SET_UNITS = {"day": "P1D", "night": "P1D", "morning": "P1D", "evening": "P1D", "week": "P1W", "weekend": "P1W",
              "month": "P1M", "quarter": "P3M", "year": "P1Y", "decade": "P10Y", "hour": "PT1H", "minute": "PT1M",
              "second": "PT1S"}  # fmt: skip
_SET_ADV = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W", "fortnightly": "P2W",
            "monthly": "P1M", "bimonthly": "P2M", "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H",
            "semiannually": "P6M", "biannually": "P6M"}  # fmt: skip


# "daily", "weekly" and "monthly" are also nouns: a newspaper or magazine published that often
_PERIODICALS = frozenset({"daily", "weekly", "monthly"})
_CAPITALIZED = re.compile(r"[ \t]*[\"“]?([A-Z][\w'’.-]*)")
_WORD_BEFORE = re.compile(r"([\w'’.&-]+)[,]?[ \t]+$")
_NAME_RUN = re.compile(r"[A-Z][\w'’.-]*(?:[ \t]+(?:[A-Z][\w'’.-]*|al-\w+|de|del|di|la|le|van|von))*")
_DETERMINER = frozenset({"the", "a", "an", "its", "this", "that", "their", "his", "her", "our"})
# what follows a newspaper that is the subject or object of a clause ("the daily said", "told the daily.")
_AFTER_NOUN = re.compile(
    r"[ \t]*(?:['’]s\b|[,.;:)\"”]|(?:said|says|reported|reports|wrote|writes|quoted|quotes|cited|cites|"
    r"published|publishes|carried|printed|ran|added|claimed|alleged|noted|revealed|described|called|quoting|"
    r"citing|reporting|that|which|on|in|as)\b)"
)


def _periodical_noun(text: str, start: int, end: int) -> bool:
    """True when the periodical word at ``start:end`` names a newspaper or magazine, not a recurrence.

    A name in apposition ("the Communist Party daily Granma", "the German weekly Der Spiegel"), a
    capitalized name ("The Daily Telegraph", "China Daily"), or a noun after a determiner and its
    modifiers ("the state-run daily said", "told the daily.").
    """
    if _sentence_start(text, start):
        nxt = _CAPITALIZED.match(text, end)
        return text[start].isupper() and nxt is not None and not _time_word(nxt.group(1))
    if text[start].isupper():
        return title_word(text, start, start)  # mid-sentence "Daily" in prose: part of a title
    modified, determined = _modifiers_before(text, start)
    nxt = _CAPITALIZED.match(text, end)
    if nxt is not None and not _time_word(nxt.group(1)):
        # a name after it: decisive after a press modifier ("Party daily Granma", "the conservative daily
        # Yomiuri"); after a bare determiner only when the name ends the phrase ("the daily Le Monde
        # said", not "the weekly Cabinet meeting")
        if modified:
            return True
        return determined and _AFTER_NOUN.match(text, _name_run_end(text, nxt.start(1))) is not None
    # no name: a noun when a determiner opens its phrase and a verb or punctuation follows ("the state-run
    # daily said", "told the daily."), not "rallies held almost daily."
    return determined and _AFTER_NOUN.match(text, end) is not None


def _modifiers_before(text: str, pos: int) -> tuple[bool, bool]:
    """Whether a press modifier stands right before ``pos`` ("Party", "state-run", "conservative"), and
    whether a determiner opens the phrase through press modifiers only ("the state-run", "its")."""
    first = True
    modified = False
    for _ in range(4):
        m = _WORD_BEFORE.search(text, max(0, pos - 40), pos)
        if m is None:
            break
        word = m.group(1)
        if word.lower() in _DETERMINER:
            return modified, True
        if not _press_modifier(word):
            break
        modified = modified or first
        first = False
        pos = m.start(1)
    return modified, False


def _press_modifier(word: str) -> bool:
    return word[:1].isupper() or "-" in word or word.lower() in PRESS_MODIFIERS


def _name_run_end(text: str, pos: int) -> int:
    """End of the run of capitalized words (and name particles) starting at ``pos``."""
    m = _NAME_RUN.match(text, pos)
    return m.end() if m else pos


def _time_word(word: str) -> bool:
    w = word.lower().rstrip(".")
    return w in MONTHS or w in WEEKDAYS or w in SEASONS


def gen_sets(text: str) -> Iterator[Cand]:
    for m in scan(g.SET_EVERY, text):
        u = m.group("u").lower()
        if u in WEEKDAYS:
            v = f"XXXX-WXX-{WEEKDAYS[u] + 1}"
        elif u in MONTHS:
            if not m.group("u")[0].isupper():
                continue  # "each may have": the modal
            v = f"XXXX-{MONTHS[u]:02d}"  # "each July"
        else:
            base = _SET_UNITS[u.rstrip("s") if u.rstrip("s") in _SET_UNITS else u]
            ntok = (m.group("n") or "").lower()
            k = 2 if ntok == "other" else (parse_number(ntok) if ntok else 1)
            v = base.replace("1", str(int(k)), 1) if k and k != 1 else base
        yield Cand(m.start(), m.end(), "SET", "none", const(v), priority=1)
    for m in scan(g.SET_ADV, text):
        v = _SET_ADV[m.group("w").lower()]
        if _RATE_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "8.5% annually", "10,000 units annually": a rate, like "$2 million a year"
        if m.group("w").lower() in _PERIODICALS and _periodical_noun(text, m.start(), m.end()):
            continue  # "the party daily Granma said": a newspaper, not a recurrence
        yield Cand(m.start(), m.end(), "SET", "none", const(v), priority=0)
    for m in scan(g.SET_RATE, text):
        v = _SET_UNITS[m.group("u").lower()]
        yield Cand(m.start("w"), m.end("w"), "SET", "none", const(v), priority=1)
