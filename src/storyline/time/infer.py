"""``infer_publication_dates``: dates for articles that print none, from the rest of the corpus.

For an undated article U:
1. Its "yesterday"/"today"/"tomorrow" passages are matched with sentences of dated articles that report
   the same thing (shared names, full names, content words; IDF-weighted cosine). A dated sentence has
   the day of its own day-level time expression, or its article's day. A match of a "yesterday"
   passage with a sentence dated X votes for U's date X + 1.
2. Votes are weighed by how plausible the candidate date is for U: it cannot be before the latest
   absolute date U mentions, and yearless dates U mentions ("February 1") are nearly always recent,
   so a candidate far after them loses weight.
3. Without any alignment, a full date printed in U's opening that is also the latest date U mentions
   is returned as a lower bound, saying so, unless the words before it make it a reference ("the
   May 3, 1999 clash", "since June 4, 2012") or a plan ("will vote on ..."), or U names a later year.
4. Else a month folder in U's URL ("/2019/11/") gives the month, with no day (318 of 319 dated AllSides
   records with one were published in it), unless U names a day after that month; otherwise nothing (a
   date far in the past is not a guess).
Anchors inside direct quotations are skipped (a quoted "today" is the speaker's day), and a match needs
two shared names and two shared content words in sentences of some length; the winning date must
clearly beat the runner-up.
The evidence string says which passage matched which article and what constrained the choice.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from storyline.clean.url_dates import month_in_url
from storyline.corpus import Corpus
from storyline.records import Article, TimeExpr
from storyline.time.calendar import day_value, parse_day, safe_date
from storyline.time.features import cosine, idf_table, norm_of, sentence_features
from storyline.time.tagger import tag_text
from storyline.time.tense import FUTURE, lexical_tense

_OFFSETS = {"yesterday": -1, "last night": -1, "today": 0, "tonight": 0, "this morning": 0,
            "this afternoon": 0, "this evening": 0, "tomorrow": 1}  # fmt: skip
_SENT_SPLIT = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“‘']?[A-Z])|\n+")
_MIN_SIMILARITY = 0.2
_MIN_STORY_SIMILARITY = 0.1  # whole-article similarity: the two articles are about the same story
_MIN_SCORE = 0.1
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


def _quoted(text: str, sent_start: int, pos: int) -> bool:
    """True inside a direct quotation: a quoted "today" is the speaker's day, not the article's."""
    before = text[sent_start:pos]
    if before.count("“") > before.count("”"):
        return True
    return before.count('"') % 2 == 1


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
            dated_sents.append(
                _Sent(art.doc_id, a, b, text, sentence_features(text), days[0] if days else dct)
            )

    undated_sents: dict[str, list[tuple[_Sent, int, TimeExpr]]] = {}
    undated_tx: dict[str, list[TimeExpr]] = {}
    all_feats = [s.feats for s in dated_sents]
    for art in undated:
        txs = tag_text(art.text, None)
        undated_tx[art.doc_id] = txs
        rows = []
        for a, b in _sentences(corpus, art):
            for t in txs:
                off = _OFFSETS.get(" ".join(t.text.lower().removesuffix("'s").split()))
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


def _constraints(txs: list[TimeExpr]) -> tuple[date | None, str | None, list[tuple[int, int]]]:
    """Latest absolute day mentioned (with its text) and the yearless (month, day) mentions."""
    latest: date | None = None
    latest_text: str | None = None
    yearless: list[tuple[int, int]] = []
    for t in txs:
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
    r"(?:\b(?:the|since|after|before|until|till|from|of|following)|'s|’s)\s*$", re.I
)


def _names_a_past_event(text: str, start: int) -> bool:
    return bool(_REFERENCE_BEFORE.search(text[max(0, start - 40) : start]))


def _later_year_named(txs: list[TimeExpr], day: date) -> bool:
    """A bare year after ``day`` ("in 2020", "the 2019 budget"): the text was written after ``day``."""
    return any(
        t.anchor == "absolute" and re.fullmatch(r"\d{4}", t.value or "") and int(t.value or 0) > day.year
        for t in txs
    )


def _url_month_window(url: str | None) -> tuple[date, date] | None:
    """The days a URL's month folder allows, a day of slack on each side (a page made late on the
    last day of a month is often dated the 1st of the next)."""
    ym = month_in_url(url)
    if ym is None:
        return None
    first = date(*ym, 1)
    nxt = date(ym[0] + ym[1] // 12, ym[1] % 12 + 1, 1)
    return first - timedelta(days=1), nxt


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
    latest, latest_text, yearless = _constraints(txs)
    window = _url_month_window(art.url)
    if window is not None and latest is not None and latest > window[1]:
        window = None  # the text names a later day: the folder is not the day it was written
    story_cache: dict[str, float] = {}
    # the fallback needs the latest date to be a full day printed in the opening as the news's own day
    # (a lede or dateline), and no later year named anywhere
    latest_early = (
        latest is not None
        and not _later_year_named(txs, latest)
        and (window is None or window[0] <= latest <= window[1])
    ) and any(
        t.text == latest_text
        and t.start < _OPENING_CHARS
        and re.fullmatch(r"\d{4}-\d{2}-\d{2}", t.value or "")
        and not _names_a_past_event(art.text, t.start)
        and lexical_tense(art.text, t.start, t.end) != FUTURE  # "will vote on March 9": a plan's day
        for t in txs
    )
    votes: dict[date, float] = defaultdict(float)
    best_match: dict[date, tuple[float, _Sent, _Sent, int, list[str]]] = {}
    for u, off, _t in anchors:
        cand_ids = {i for f in u.feats if not f.startswith("W:") for i in index.get(f, ())}
        per_date: dict[date, tuple[float, _Sent, list[str]]] = {}
        for i in cand_ids:
            s = dated[i]
            if s.day is None:
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
            if c not in best_match or sim > best_match[c][0]:
                best_match[c] = (sim, u, s, off, shared)
    scored = sorted(
        ((v * _plausibility(c, latest, yearless, window), c) for c, v in votes.items()), reverse=True
    )
    if scored:
        score, c = scored[0]
        runner_up = scored[1][0] if len(scored) > 1 else 0.0
        if score >= _MIN_SCORE and score >= _MIN_MARGIN * runner_up:
            evidence = _evidence(c, score, best_match[c], corpus, latest, latest_text, yearless)
            return day_value(c), evidence + _window_note(window)
    if latest is not None and latest_early:
        return day_value(latest), (
            f"no passage aligned with a dated article; the opening gives the full date '{latest_text}', "
            f"the latest absolute date mentioned (a lower bound: the article is from this day or later)"
            + _window_note(window)
        )
    if window is not None:
        # no day, but the month the site filed the page under: dated to the month, its events too
        month = window[0] + timedelta(days=1)
        return f"{month.year:04d}-{month.month:02d}", (
            "no passage aligned with a dated article and no full date in the opening; the URL's month "
            f"folder gives the month {month.year:04d}-{month.month:02d} (no day)"
        )
    return None


def _window_note(window: tuple[date, date] | None) -> str:
    if window is None:
        return ""
    return f"; the URL's month folder allows {day_value(window[0])} to {day_value(window[1])}"


def _snip(text: str, n: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _evidence(c: date, score: float, match: tuple[float, _Sent, _Sent, int, list[str]], corpus: Corpus,
              latest: date | None, latest_text: str | None, yearless: list[tuple[int, int]]) -> str:  # fmt: skip
    sim, u, s, off, shared = match
    other = corpus.articles.get(s.doc_id)
    label = (other.outlet or other.title or s.doc_id) if other else s.doc_id
    word = {-1: "yesterday", 0: "today", 1: "tomorrow"}[off]
    names = sorted({f[2:] for f in shared if not f.startswith("W:")}, key=len, reverse=True)[:6]
    parts = [
        f"'{word}' passage \"{_snip(u.text)}\" reports what {label} (dated {day_value(s.day) if s.day else '?'}) "
        f'reports in "{_snip(s.text)}" (similarity {sim:.2f}; shared: {", ".join(names) or "words"}); '
        f"so {word} = {day_value(c + timedelta(days=off))} and the article is of {day_value(c)} (score {score:.2f})"
    ]
    if yearless:
        parts.append(
            "yearless dates mentioned (" + ", ".join(f"{m:02d}-{d:02d}" for m, d in yearless[:5]) + ") fit it"
        )
    if latest is not None:
        parts.append(f"latest absolute date mentioned: '{latest_text}'")
    return "; ".join(parts)
