"""``infer_publication_dates``: dates for articles that print none, from the rest of the corpus.

For an undated article U:
1. Its "yesterday"/"today"/"tomorrow" passages, and its passages that tell a past or present act "on
   Tuesday", are matched with sentences of dated articles that report the same thing (shared names,
   full names, content words; IDF-weighted cosine). A dated sentence has the day of its own day-level
   time expression, or its article's day. A match of a "yesterday" passage with a sentence dated X
   votes for U's date X + 1; a weekday passage matches only a sentence whose own time expression names
   a day of that weekday, and votes for that day. Only a date a "yesterday"/"today" passage voted for
   gives a day: a weekday's is a lower bound (U is of that day or of the six after), so it gives
   the month (step 5).
2. Votes are weighed by how plausible the candidate date is for U: it cannot be before the latest
   absolute date U mentions, and yearless dates U mentions ("February 1") are nearly always recent,
   so a candidate far after them loses weight.
3. Without any alignment, the latest absolute date U mentions is returned as a lower bound, saying so,
   when it is a full date printed in U's opening; unless U uses it anywhere as a reference ("the May 3,
   1999 clash", "since June 4, 2012", "June 4, 2012, when ...", "which took place on ...") or a plan's
   day ("will vote on ..."), or U names a later year.
4. Else a month folder in U's URL ("/2019/11/") gives the month, with no day (318 of 319 dated AllSides
   records with one were published in it), unless U names a day after that month; a Unix time closing
   the URL's slug whose local day is uncertain (``clean/url_dates.py``) bounds the day to its UTC day
   and a day on each side, and gives the month when all three lie in one.
5. Else the month, with no day, of the latest absolute date when it signs an embedded post (news embeds
   posts of its own days, a day or two old, even on a weekday U names), or of an alignment that gives
   no day (a weekday's, or one too weak) but is still clearly ahead of the runner-up; otherwise nothing
   (a date far in the past is not a guess).
Anchors inside direct quotations or a transcript's lines of speech, and time expressions in captions (a
photo's day, often an old one; a post's signature excepted) are skipped, and a match needs two shared
names and two shared content words in sentences of some length; the winning date must clearly beat the
runner-up.
The evidence string says which passage matched which article and what constrained the choice.
`bench/infer_dates.py` scores the dates given on AllSides records whose date it blanks.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from storyline.clean.url_dates import month_in_url, unix_time_in_url
from storyline.corpus import Corpus
from storyline.records import Article, TimeExpr
from storyline.time.calendar import day_value, parse_day, safe_date
from storyline.time.features import cosine, idf_table, norm_of, sentence_features
from storyline.time.tagger import tag_text
from storyline.time.tense import FUTURE, PAST, lexical_tense

_OFFSETS = {"yesterday": -1, "last night": -1, "today": 0, "tonight": 0, "this morning": 0,
            "this afternoon": 0, "this evening": 0, "tomorrow": 1}  # fmt: skip
# "on Tuesday", "Tuesday night": in news, a weekday named in the past tense is a day of the week before
# publication (or the publication day itself), so a dated report of the same act fixes that day
_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
             "sunday": 6}  # fmt: skip
_WEEKDAY_ANCHOR = re.compile(
    r"(?P<day>" + "|".join(_WEEKDAYS) + r")(?:'s|’s)?(?:\s+(?:morning|afternoon|evening|night))?", re.I
)
_SENT_SPLIT = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“‘']?[A-Z])|\n+")
_MIN_SIMILARITY = 0.2
_MIN_STORY_SIMILARITY = 0.1  # whole-article similarity: the two articles are about the same story
_MIN_SCORE = 0.1
# a month needs less than a day: on AllSides, weekday dates scoring 0.12 to 0.2 had the month right
# on 24 of 26 blanked records (the day on 14); from 0.1, on 31 of 36
_MIN_MONTH_SCORE = 0.12
_WEEKDAY_SLACK = 3  # days after a weekday's date an article of it is commonly published
_MIN_FEATURES = 6  # words that count; shorter sentences ("The Times says:") match anything
_MIN_MARGIN = 1.5  # the winning date must beat the runner-up by this factor
_MAX_POSTINGS = 500
_OPENING_CHARS = 300
_RECENT_DAYS = 150  # a yearless date is taken to be at most this many days before publication


@dataclass
class _Sent:
    doc_id: str
    start: int
    end: int
    text: str
    feats: Counter[str]
    day: date | None = None
    norm: float = 0.0
    own_day: bool = False  # the day is the sentence's own time expression, not its article's day


def _sentences(corpus: Corpus, art: Article) -> list[tuple[int, int]]:
    rows = corpus.sentences.get(art.doc_id)
    if rows:
        return [(s.start, s.end) for s in rows]
    out, pos = [], 0
    for m in _SENT_SPLIT.finditer(art.text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(art.text)))
    return [(a, b) for a, b in out if b > a]


# "OKAFOR: We will ...", "MS. MARREN: I said ...": a transcript's line of speech, opened by its speaker's
# name and told in the first or second person (a dateline "PORT ALDER: ..." or "UPDATE: ..." is not)
_SPEAKER_LABEL = re.compile(r"[A-Z][A-Z.'’\- ]{1,40}:\s")
_SPOKEN_PERSON = re.compile(r"\b(?:I|I'm|I’m|[Ww]e|[Mm]y|[Oo]ur|us|[Yy]ou|[Yy]our)\b")


def _quoted(text: str, sent_start: int, pos: int) -> bool:
    """True inside a direct quotation or a transcript's line of speech: a quoted "today" is the
    speaker's day (or "nowadays"), not the article's, and a later article may quote it again."""
    before = text[sent_start:pos]
    if before.count("“") > before.count("”"):
        return True
    if before.count('"') % 2 == 1:
        return True
    return _transcript_speech(text, pos)


def _transcript_speech(text: str, pos: int) -> bool:
    """Whether ``pos`` lies in a line of a transcript a speaker's name opens (not the article's first)."""
    line_start = text.rfind("\n", 0, pos) + 1
    label = _SPEAKER_LABEL.match(text, line_start) if line_start > 0 else None
    return label is not None and _SPOKEN_PERSON.search(text, label.end(), pos) is not None


def _in_caption(art: Article, pos: int) -> bool:
    return any(b.start <= pos < b.end and b.kind in ("caption", "attribution") for b in art.blocks)


def _weekday_named(t: TimeExpr) -> int | None:
    """The weekday a bare weekday expression names ("Tuesday", "Friday night"), else None."""
    m = _WEEKDAY_ANCHOR.fullmatch(" ".join(t.text.split()))
    return _WEEKDAYS[m["day"].lower()] if m else None


def _anchor_offset(text: str, t: TimeExpr) -> int | None:
    """Days from the publication day to the day ``t`` names, for the expressions whose reports can date
    the article: "yesterday" -1, "today" 0, and a weekday of a past or present act 0 (the article is of
    that day or of one of the six after it; ``_weekday_named`` says which weekday the match must fall on).
    A weekday of a plan ("will meet on Friday") is left out: it lies after the article, not before."""
    off = _OFFSETS.get(" ".join(t.text.lower().removesuffix("'s").split()))
    if off is not None:
        return off
    if _weekday_named(t) is not None and lexical_tense(text, t.start, t.end) != FUTURE:
        return 0
    return None


def _same_weekday(s: _Sent, weekday: int) -> bool:
    """A weekday passage matches a report that names its own day on that weekday: a sentence dated only
    by its article's day is often background ("had called him ..."), and any day is a weekday."""
    return s.own_day and s.day is not None and s.day.weekday() == weekday


def _long_enough(feats: Counter[str]) -> bool:
    return sum(feats.values()) >= _MIN_FEATURES


def _same_actors(shared: list[str]) -> bool:
    """Two sentences can report the same thing only with two names in common."""
    return sum(1 for f in shared if f.startswith("N:")) >= 2


def _is_undated(art: Article) -> bool:
    return parse_day(art.published) is None


def _timexes_by_doc(corpus: Corpus) -> dict[str, list[TimeExpr]]:
    out: dict[str, list[TimeExpr]] = defaultdict(list)
    for t in corpus.timexes:
        out[t.doc_id].append(t)
    return out


def infer_publication_dates(corpus: Corpus) -> dict[str, tuple[str, str]]:
    """doc_id -> (ISO day, or ISO month from a URL folder; evidence) for the articles without a
    publication day."""
    undated = [a for a in corpus.articles.values() if _is_undated(a) and a.text]
    if not undated:
        return {}
    dated = [a for a in corpus.articles.values() if not _is_undated(a) and a.text]
    stored = _timexes_by_doc(corpus)

    dated_sents: list[_Sent] = []
    for art in dated:
        dct = parse_day(art.published)
        timexes = [t for t in stored.get(art.doc_id, []) if t.value] or tag_text(art.text, art.published)
        for a, b in _sentences(corpus, art):
            text = art.text[a:b]
            days = [parse_day(t.value) for t in timexes if a <= t.start < b and t.type in ("DATE", "TIME")
                    and t.anchor in ("dct", "absolute") and t.value and re.match(r"\d{4}-\d{2}-\d{2}", t.value)
                    and not _quoted(art.text, a, t.start)]  # fmt: skip
            days = [d for d in days if d is not None]
            day = days[0] if days else dct
            dated_sents.append(
                _Sent(art.doc_id, a, b, text, sentence_features(text), day, own_day=bool(days))
            )

    undated_sents: dict[str, list[tuple[_Sent, int, TimeExpr]]] = {}
    undated_tx: dict[str, list[TimeExpr]] = {}
    all_feats = [s.feats for s in dated_sents]
    for art in undated:
        # a caption dates its photo, often an old one: its expressions say nothing of the article's day;
        # an embedded post (set apart like a caption) keeps the day it is signed with
        txs = [t for t in tag_text(art.text, None) if not _in_caption(art, t.start) or _stamped(art.text, t)]
        undated_tx[art.doc_id] = txs
        rows = []
        for a, b in _sentences(corpus, art):
            for t in txs:
                off = _anchor_offset(art.text, t)
                if off is not None and a <= t.start < b and not _quoted(art.text, a, t.start):
                    text = art.text[a:b]
                    s = _Sent(art.doc_id, a, b, text, sentence_features(text))
                    rows.append((s, off, t))
                    all_feats.append(s.feats)
                    break
        undated_sents[art.doc_id] = rows
    idf, n = idf_table(all_feats)
    default_idf = max(idf.values(), default=1.0)
    for s in dated_sents:
        s.norm = norm_of(s.feats, idf, default_idf)
    for rows_ in undated_sents.values():
        for s, _, _ in rows_:
            s.norm = norm_of(s.feats, idf, default_idf)

    # whole-article word profiles: a sentence match counts only between articles about the same story
    doc_feats: dict[str, Counter[str]] = defaultdict(Counter)
    for s in dated_sents:
        doc_feats[s.doc_id].update(s.feats)
    for art in undated:
        for a, b in _sentences(corpus, art):
            doc_feats[art.doc_id].update(sentence_features(art.text[a:b]))
    doc_idf, _ = idf_table(doc_feats.values())
    doc_default = max(doc_idf.values(), default=1.0)
    doc_norms = {d: norm_of(f, doc_idf, doc_default) for d, f in doc_feats.items()}

    index: dict[str, list[int]] = defaultdict(list)
    for i, s in enumerate(dated_sents):
        for f in s.feats:
            if not f.startswith("W:"):
                index[f].append(i)
    # a name in a large share of all sentences ("N:president") finds everything and tells nothing
    cap = max(_MAX_POSTINGS, len(dated_sents) // 50)
    index = defaultdict(list, {f: ids for f, ids in index.items() if len(ids) <= cap})

    out: dict[str, tuple[str, str]] = {}
    for art in undated:

        def story_sim(doc_id: str, u_id: str = art.doc_id) -> float:
            norms = (doc_norms[u_id], doc_norms[doc_id])
            return cosine(doc_feats[u_id], doc_feats[doc_id], doc_idf, doc_default, norms)[0]

        result = _infer_one(art, undated_sents[art.doc_id], undated_tx[art.doc_id], dated_sents, index, idf,
                            default_idf, corpus, story_sim)  # fmt: skip
        if result is not None:
            out[art.doc_id] = result
    return out


# "by December 2031", "until March 2031": a deadline or an end, which a clause not in the past sets ahead
_DEADLINE_BEFORE = re.compile(r"\b(?:by|until|till)\s+(?:the\s+(?:end|middle|start)\s+of\s+)?$", re.I)


def _told_as_ahead(text: str, t: TimeExpr) -> bool:
    """Whether the article tells the date as still to come ("will open in May 2031", "a target of ... by
    December 2031"): no day it was written after."""
    tense = lexical_tense(text, t.start, t.end)
    if tense == FUTURE:
        return True
    return tense != PAST and _DEADLINE_BEFORE.search(text, max(0, t.start - 30), t.start) is not None


def _constraints(
    txs: list[TimeExpr], text: str = ""
) -> tuple[date | None, str | None, list[tuple[int, int]]]:
    """Latest absolute day mentioned as come (with its text) and the yearless (month, day) mentions. A
    date told as still to come bounds nothing: the article can be written long before its deadline."""
    latest: date | None = None
    latest_text: str | None = None
    yearless: list[tuple[int, int]] = []
    for t in txs:
        if text and t.anchor == "absolute" and _told_as_ahead(text, t):
            continue
        for v in (t.value, t.end_value):
            if not v:
                continue
            m = re.fullmatch(r"XXXX-(\d{2})-(\d{2})", v)
            if m:
                yearless.append((int(m.group(1)), int(m.group(2))))
                continue
            if t.anchor != "absolute":
                continue
            d = parse_day(v)
            if d is None and re.fullmatch(r"\d{4}-\d{2}", v):
                d = safe_date(int(v[:4]), int(v[5:7]), 1)
            if d is not None and (latest is None or d > latest):
                latest, latest_text = d, t.text
    return latest, latest_text, yearless


# "the Sept. 4, 2001 attacks", "since June 4, 2012", "in the wake of ...": a day used to name or bound
# something else, not the day the article reports on
_REFERENCE_BEFORE = re.compile(
    r"(?:\b(?:the|since|after|before|until|till|from|of|following|to|this)|'s|’s)\s*$", re.I
)
# "on Oct. 4, 2012, when a bomb killed ...": a day brought up to recall what happened on it; "In this
# Oct. 4, 2012, file photo ...": a photo's day (wire captions the cleaner left in the body)
_REFERENCE_AFTER = re.compile(r"^,?\s*(?:when|(?:file\s+)?photo)\b", re.I)


# "the flood, which began on Oct. 4, 2012, ...": a relative clause that recalls when something
# happened, background to an article written any time after
_RECALLED_IN_CLAUSE = re.compile(
    r"\b(?:which|that)\s+(?:took\s+place|happened|occurred|began|started|broke\s+out)\s+(?:on\s+)?$", re.I
)


def _names_a_past_event(text: str, start: int, end: int | None = None) -> bool:
    before = text[max(0, start - 40) : start]
    if _REFERENCE_BEFORE.search(before) or _RECALLED_IN_CLAUSE.search(before):
        return True
    return end is not None and bool(_REFERENCE_AFTER.match(text[end : end + 12]))


def _own_news_day(
    text: str,
    txs: list[TimeExpr],
    latest: date | None,
    latest_text: str | None,
    window: tuple[date, date] | None,
) -> str | None:
    """How the latest absolute date mentioned shows itself to be the day of the article's news, or None.

    It must be a full day, not a reference ("the May 3, 1999 clash", "since June 4, 2012") nor a plan's
    day ("will vote on March 9"), with no later year named anywhere and inside the URL's window, and be
    printed in the opening (a lede or dateline). A day in the story's own words deeper in the text is no
    evidence: anniversaries, earlier attacks and deadlines agreed with a weekday the article named as
    often as news days did. Nor is an embedded post's stamp there, even on a weekday the article names
    for a past act: the article was a day off the post one time in three (on AllSides, 12 of 18 such
    days exact, the other 6 a day off), so the stamp gives only its month (``_signed_post_month``).
    """
    printed = _printed_latest_day(text, txs, latest, latest_text, window)
    if latest is None or not printed:
        return None
    if any(t.start < _OPENING_CHARS for t in printed):
        return "is printed in the opening"
    return None


def _printed_latest_day(
    text: str,
    txs: list[TimeExpr],
    latest: date | None,
    latest_text: str | None,
    window: tuple[date, date] | None,
) -> list[TimeExpr]:
    """Where the latest absolute date is printed as a full day that may be the article's news day: none
    when a later year is named, the day lies outside the URL's window, or the article uses the day
    anywhere as a reference or a plan's day."""
    if latest is None or _later_year_named(txs, latest):
        return []
    if window is not None and not window[0] <= latest <= window[1]:
        return []
    printed = [t for t in txs if t.text == latest_text and re.fullmatch(r"\d{4}-\d{2}-\d{2}", t.value or "")]
    # a day the article uses anywhere as a name ("the Sept. 4, 2001 attacks"), a bound or a plan's day
    # is that everywhere: an anniversary story names the old day beside this year's weekday
    # (a post's signature stands outside any clause: the tense of the post before it says nothing of it)
    if any(
        _names_a_past_event(text, t.start, t.end) or lexical_tense(text, t.start, t.end) == FUTURE
        for t in printed
        if not _stamped(text, t)
    ):
        return []
    return printed


def _signed_post_month(
    text: str,
    txs: list[TimeExpr],
    latest: date | None,
    latest_text: str | None,
    window: tuple[date, date] | None,
) -> date | None:
    """The month of the latest absolute date when it signs an embedded post: news embeds posts of its
    own days, so the month is the article's (on AllSides without URL, all 28 such blanked records, 18 of
    them on a weekday the article names), though the day is not (a third were a day or two off)."""
    printed = _printed_latest_day(text, txs, latest, latest_text, window)
    return latest if latest is not None and any(_stamped(text, t) for t in printed) else None


# "— Ana Ruiz (@anaruiz) May 9, 2018": the signature of an embedded social-media post
_POST_SIGNATURE_BEFORE = re.compile(r"\(@\w+\)\s*$")


def _stamped(text: str, t: TimeExpr) -> bool:
    """A day stamped on an embedded post: written when it was posted, never a day recalled in the story's
    own words (an anniversary's, a past attack's). A photo's day is not one: wire photos are reused for
    weeks ("FILE PHOTO"), and their captions are skipped anyway."""
    return bool(_POST_SIGNATURE_BEFORE.search(text[max(0, t.start - 40) : t.start]))


def _later_year_named(txs: list[TimeExpr], day: date) -> bool:
    """A bare year after ``day`` ("in 2020", "the 2019 budget"): the text was written after ``day``."""
    return any(
        t.anchor == "absolute" and re.fullmatch(r"\d{4}", t.value or "") and int(t.value or 0) > day.year
        for t in txs
    )


def _url_month_window(url: str | None) -> tuple[date, date] | None:
    """The days a URL allows: a Unix time's UTC day with a day on each side (the local day of a time
    late or early in the UTC day is uncertain), or a month folder with a day of slack on each side (a
    page made late on the last day of a month is often dated the 1st of the next)."""
    moment = unix_time_in_url(url)
    if moment is not None:
        day = moment.date()
        return day - timedelta(days=1), day + timedelta(days=1)
    ym = month_in_url(url)
    if ym is None:
        return None
    first = date(*ym, 1)
    nxt = date(ym[0] + ym[1] // 12, ym[1] % 12 + 1, 1)
    return first - timedelta(days=1), nxt


def _window_month(window: tuple[date, date]) -> date | None:
    """The month every day of the window but its slack lies in (a month folder's month; a Unix time's
    month unless the time is on a month's edge)."""
    inner = (window[0] + timedelta(days=1), window[1] - timedelta(days=1))
    if _window_source(window) == "month folder":  # its slack runs into the next month's 1st
        return inner[0]
    return inner[0] if (inner[0].year, inner[0].month) == (inner[1].year, inner[1].month) else None


def _plausibility(
    c: date, latest: date | None, yearless: list[tuple[int, int]], window: tuple[date, date] | None = None
) -> float:
    if latest is not None and c < latest:
        return 0.0
    if window is not None and not window[0] <= c <= window[1]:
        return 0.0
    if not yearless:
        return 1.0
    recent = 0
    for mo, d in yearless:
        for y in (c.year, c.year - 1):
            md = safe_date(y, mo, min(d, 28) if mo == 2 and d > 28 else d)
            if md is not None and -7 <= (c - md).days <= _RECENT_DAYS:
                recent += 1
                break
    return (1 + recent) / (1 + len(yearless))


def _infer_one(art: Article, anchors: list[tuple[_Sent, int, TimeExpr]], txs: list[TimeExpr],
               dated: list[_Sent], index: dict[str, list[int]], idf: dict[str, float], default_idf: float,
               corpus: Corpus, story_sim: Callable[[str], float]) -> tuple[str, str] | None:  # fmt: skip
    latest, latest_text, yearless = _constraints(txs, art.text)
    window = _url_month_window(art.url)
    if window is not None and latest is not None and latest > window[1]:
        window = None  # the text names a later day: the folder is not the day it was written
    story_cache: dict[str, float] = {}
    own_day = _own_news_day(art.text, txs, latest, latest_text, window)
    votes: dict[date, float] = defaultdict(float)
    day_word_dates: set[date] = set()  # dates a "yesterday"/"today" passage voted for
    best_match: dict[date, tuple[float, _Sent, _Sent, int, list[str], str]] = {}
    for u, off, t in anchors:
        weekday = _weekday_named(t)
        cand_ids = {i for f in u.feats if not f.startswith("W:") for i in index.get(f, ())}
        per_date: dict[date, tuple[float, _Sent, list[str]]] = {}
        for i in cand_ids:
            s = dated[i]
            if s.day is None or (weekday is not None and not _same_weekday(s, weekday)):
                continue
            if not _long_enough(s.feats):
                continue
            sim, shared = cosine(u.feats, s.feats, idf, default_idf, (u.norm, s.norm))
            if sim < _MIN_SIMILARITY or not _same_actors(shared):
                continue
            if s.doc_id not in story_cache:
                story_cache[s.doc_id] = story_sim(s.doc_id)
            if story_cache[s.doc_id] < _MIN_STORY_SIMILARITY:
                continue
            sim *= story_cache[s.doc_id]
            c = s.day - timedelta(days=off)
            if c not in per_date or sim > per_date[c][0]:
                per_date[c] = (sim, s, shared)
        for c, (sim, s, shared) in per_date.items():
            votes[c] += sim
            if weekday is None:
                day_word_dates.add(c)
            if c not in best_match or sim > best_match[c][0]:
                best_match[c] = (sim, u, s, off, shared, t.text)
    scored = sorted(
        ((v * _plausibility(c, latest, yearless, window), c) for c, v in votes.items()), reverse=True
    )
    if scored:
        score, c = scored[0]
        runner_up = scored[1][0] if len(scored) > 1 else 0.0
        # only a "yesterday"/"today" passage fixes a day: a weekday's date is a lower bound
        if c in day_word_dates and score >= _MIN_SCORE and score >= _MIN_MARGIN * runner_up:
            evidence = _evidence(c, score, best_match[c], corpus, latest, latest_text, yearless)
            return day_value(c), evidence + _window_note(window)
    if latest is not None and own_day is not None:
        return day_value(latest), (
            f"no passage aligned with a dated article; the full date '{latest_text}', the latest absolute "
            f"date mentioned, {own_day} (a lower bound: the article is from this day or later)"
            + _window_note(window)
        )
    if window is not None and (month := _window_month(window)) is not None:
        # no day, but the month the site filed the page under: dated to the month, its events too
        return f"{month.year:04d}-{month.month:02d}", (
            f"no passage aligned with a dated article and no full date in the opening; the URL's "
            f"{_window_source(window)} gives the month {month.year:04d}-{month.month:02d} (no day)"
        )
    if (month := _signed_post_month(art.text, txs, latest, latest_text, window)) is not None:
        return f"{month.year:04d}-{month.month:02d}", (
            f"no passage aligned with a dated article; the full date '{latest_text}', the latest absolute "
            f"date mentioned, signs an embedded post: the article is of its month {month.year:04d}-"
            f"{month.month:02d} (no day: news often embeds a post of a day or two before)"
        )
    if (month := _aligned_month(scored, day_word_dates)) is not None:
        evidence = _evidence(month, scored[0][0], best_match[month], corpus, latest, latest_text, yearless)
        why = "too weak a match for the day" if month in day_word_dates else "a weekday gives no day"
        return f"{month.year:04d}-{month.month:02d}", (
            f"{evidence}; {why}: only its month {month.year:04d}-{month.month:02d}"
        )
    return None


def _aligned_month(scored: list[tuple[float, date]], day_word_dates: set[date]) -> date | None:
    """The best-aligned date, for its month only, when it clearly beats the runner-up but gives no day:
    a weaker match is off by a week or a year more often, but rarely by a month. A weekday's date never
    gives a day: it is a lower bound (the article is of it or of the six days after; on AllSides, 11 of
    15 weekday days above twice the month's bar were exact, all 15 in the right month), so one in a
    month's last days may belong to the next."""
    if not scored:
        return None
    score, c = scored[0]
    runner_up = scored[1][0] if len(scored) > 1 else 0.0
    if score < _MIN_MONTH_SCORE or score < _MIN_MARGIN * runner_up:
        return None
    if c not in day_word_dates and (c + timedelta(days=_WEEKDAY_SLACK)).month != c.month:
        return None
    return c


def _window_source(window: tuple[date, date]) -> str:
    return "month folder" if (window[1] - window[0]).days > 2 else "Unix time"


def _window_note(window: tuple[date, date] | None) -> str:
    if window is None:
        return ""
    return f"; the URL's {_window_source(window)} allows {day_value(window[0])} to {day_value(window[1])}"


def _snip(text: str, n: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _evidence(c: date, score: float, match: tuple[float, _Sent, _Sent, int, list[str], str], corpus: Corpus,
              latest: date | None, latest_text: str | None, yearless: list[tuple[int, int]]) -> str:  # fmt: skip
    sim, u, s, off, shared, word = match
    other = corpus.articles.get(s.doc_id)
    label = (other.outlet or other.title or s.doc_id) if other else s.doc_id
    word = " ".join(word.split())
    names = sorted({f[2:] for f in shared if not f.startswith("W:")}, key=len, reverse=True)[:6]
    parts = [
        f"'{word}' passage \"{_snip(u.text)}\" reports what {label} (dated {day_value(s.day) if s.day else '?'}) "
        f'reports in "{_snip(s.text)}" (similarity {sim:.2f}; shared: {", ".join(names) or "words"}); '
        f"so {word} = {day_value(c + timedelta(days=off))} and the article is of {day_value(c)}"
        + (
            " (a lower bound: a weekday names one of the six days before)"
            * bool(_WEEKDAY_ANCHOR.fullmatch(word))
        )
        + f" (score {score:.2f})"
    ]
    if yearless:
        parts.append(
            "yearless dates mentioned (" + ", ".join(f"{m:02d}-{d:02d}" for m, d in yearless[:5]) + ") fit it"
        )
    if latest is not None:
        parts.append(f"latest absolute date mentioned: '{latest_text}'")
    return "; ".join(parts)
