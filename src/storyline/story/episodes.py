"""Episodes: stretches of dense activity separated by quiet gaps, each titled from its events."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from statistics import median

from storyline.corpus import Corpus
from storyline.labels import article_label, opening
from storyline.records import Event
from storyline.story.dates import all_published_before, date_key, precision, to_date
from storyline.story.text import (
    clean_summary,
    first_clause,
    is_headline_sentence,
    points_back,
    reads_as_a_line,
    shorten,
    speculates,
)

_MIN_GAP_DAYS = 14  # a quiet fortnight always separates two episodes


@dataclass
class Episode:
    start: str  # ISO day of the first dated item
    end: str  # ISO day of the last dated item
    title: str
    event_ids: list[str] = field(default_factory=list)
    doc_ids: list[str] = field(default_factory=list)
    goldstein_sum: float = 0.0
    importance: float = 0.0  # items in the episode / items in the largest episode


@dataclass
class _Item:
    day: date
    event: Event | None = None
    doc_id: str | None = None
    foretold: bool = False  # every report of the event came out before its day


def _foretold(ev: Event, key: str, corpus: Corpus) -> bool:
    """Whether every report of the event was published before its day: it tells a plan or a forecast
    ("the vote will be held on May 14"), not activity."""
    pubs = [date_key(a.published) if (a := corpus.articles.get(c.doc_id)) else None for c in ev.sources]
    return all_published_before(pubs, key)


def _items(corpus: Corpus) -> list[_Item]:
    """Day-precise events, plus publication days of articles (so text-only corpora get episodes too)."""
    out: list[_Item] = []
    for ev in corpus.events:
        key = date_key(ev.date)
        if key is not None and precision(key) == "day":
            out.append(_Item(to_date(key), event=ev, foretold=_foretold(ev, key, corpus)))
    for art in corpus.articles.values():
        key = date_key(art.published)
        if art.duplicate_of is None and key is not None and precision(key) == "day":
            out.append(_Item(to_date(key), doc_id=art.doc_id))
    out.sort(key=lambda i: i.day)
    return out


def _gap_threshold(days: list[date]) -> int:
    """Quiet means clearly longer than the corpus's usual spacing between active days."""
    distinct = sorted(set(days))
    gaps = [(b - a).days for a, b in zip(distinct, distinct[1:], strict=False)]
    if not gaps:
        return _MIN_GAP_DAYS
    return max(_MIN_GAP_DAYS, int(3 * median(gaps)))


# An act must be reported by this many articles to title its episode. One article's act is a clause cut
# from its sentence ("Pentagon plans to destroy"), and that article's own headline says it better; an
# act several outlets report is what the episode was about.
_TITLE_MIN_REPORTS = 2


def _title(events: list[Event], corpus: Corpus, doc_ids: list[str]) -> str:
    """The episode's most reported act, when several articles report it and its summary reads as a
    headline ("Kastan troops shelled Port Alder"); else the headline of the article that reports most of
    the episode's events (an act with no named doer, "killed three people", says less than the article's
    own headline), or, with no titles, that article's lead when it reads alone; else the most reported
    act's summary when it opens on a name; else the main article's opening words, marked as such;
    else the most common pair of sides."""
    readable = [
        e
        for e in events
        if e.source_name
        and e.num_documents >= _TITLE_MIN_REPORTS
        and is_headline_sentence(clean_summary(e.summary), e.source_name)
    ]
    if readable:
        best = max(readable, key=lambda e: (e.num_documents, abs(e.goldstein), e.event_id))
        return shorten(clean_summary(best.summary), 90)
    reports = Counter(c.doc_id for e in events for c in e.sources if c.doc_id in corpus.articles)
    reports.update({d: 0 for d in doc_ids})
    most_reporting = [doc_id for doc_id, _ in sorted(reports.items(), key=lambda kv: (-kv[1], kv[0]))]
    for doc_id in most_reporting:
        title = corpus.articles[doc_id].title
        if title and title.strip():
            return shorten(" ".join(title.split()), 90)
    for doc_id in most_reporting:
        # untitled articles: a lead says what its article reports, where one event's summary is a
        # clause cut from its sentence ("shelled the market")
        lead = _lead_line(corpus, doc_id)
        if lead:
            return shorten(lead, 90)
    told = [e for e in events if _names_its_subject(clean_summary(e.summary).lstrip("-–— "))]
    if told:
        best = max(told, key=lambda e: (e.num_documents, abs(e.goldstein), e.event_id))
        return shorten(clean_summary(best.summary).lstrip("-–— "), 90)
    for doc_id in most_reporting:
        # a cut summary ("military declaring martial law") or a bare pair of sides tells less than the
        # main article's opening words, marked as no headline
        label = article_label(None, opening(corpus.articles[doc_id].text, corpus.articles[doc_id].blocks))
        if label:
            return label
    dyads = Counter(
        (e.source_name or e.source_actor_code, e.target_name or e.target_actor_code)
        for e in events
        if (e.source_name or e.source_actor_code)
    )
    if dyads:
        (a, b), _ = dyads.most_common(1)[0]
        return f"{a} – {b}" if b else str(a)
    return ""


def _names_its_subject(summary: str) -> bool:
    """A summary that opens on a capitalised name and says something of it ("Kastan shelled the
    market"); a lower-case clause cut from its sentence ("shelled the market") or a bare pair of nouns
    ("Kastan War") is no title."""
    words = summary.split()
    return len(words) >= 3 and words[0][:1].isupper()


_LEAD_MIN_WORDS = 12  # a standfirst or a dateline is shorter than a lead


def _lead_line(corpus: Corpus, doc_id: str) -> str | None:
    """The main clause of an article's first body sentence, when it is a lead and reads alone."""
    text = corpus.articles[doc_id].text
    for s in corpus.sentences.get(doc_id, []):
        if s.block_kind != "body":
            continue
        sentence = text[s.start : s.end]
        if sentence.lstrip()[:1] in "([":
            continue  # a newsroom note in brackets ("(This post was updated ...)") comes before the lead
        if len(sentence.split()) < _LEAD_MIN_WORDS:
            return None
        line = first_clause(sentence, 90)
        ok = line[:1].isalnum() and reads_as_a_line(line) and not (points_back(line) or speculates(line))
        return line if ok else None
    return None


def episodes(corpus: Corpus, min_gap_days: int | None = None) -> list[Episode]:
    """Split the corpus's dated activity at quiet gaps (at least ``min_gap_days`` without any dated
    event or article; by default three times the median spacing, and never under two weeks)."""
    items = _items(corpus)
    if not items:
        return []
    gap = min_gap_days if min_gap_days is not None else _gap_threshold([i.day for i in items])
    # plans are left out once the usual spacing is known: an episode ends on its last activity, and a
    # plan alone after a quiet gap is no episode
    items = [i for i in items if not i.foretold]
    if not items:
        return []
    groups: list[list[_Item]] = [[items[0]]]
    for it in items[1:]:
        if (it.day - groups[-1][-1].day).days >= gap:
            groups.append([it])
        else:
            groups[-1].append(it)
    largest = max(len(g) for g in groups)
    out: list[Episode] = []
    for g in groups:
        evs = [i.event for i in g if i.event is not None]
        docs = sorted({i.doc_id for i in g if i.doc_id is not None})
        out.append(
            Episode(
                start=g[0].day.isoformat(),
                end=g[-1].day.isoformat(),
                title=_title(evs, corpus, docs),
                event_ids=[e.event_id for e in evs],
                doc_ids=docs,
                goldstein_sum=round(sum(e.goldstein for e in evs), 2),
                importance=round(len(g) / largest, 4),
            )
        )
    return out
