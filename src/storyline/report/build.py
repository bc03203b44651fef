"""The report's view model: plain dicts/lists the template renders (every text still unescaped here;
the template autoescapes, and SVG charts escape their own text)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from markupsafe import Markup

from storyline.corpus import Corpus
from storyline.labels import article_label, opening, other_names
from storyline.pairs import code_label, side_key
from storyline.records import Citation, Entity, Event, Quote, TimelineEntry
from storyline.report import svg
from storyline.story import build_timeline, episodes, main_dyads
from storyline.story.dates import date_key
from storyline.story.dyads import DyadPoint, corpus_name_index, event_pair, pair_series
from storyline.web.queries import month_range
from storyline.web.render import split_background

MAX_EVENTS = 2000  # rows in the events table (the most reported first)
MAX_ACTORS = 40
MAX_EPISODES = 12
MAX_QUOTES_PER_SPEAKER = 12
# speakers listed by name (the most quoted first); a long corpus has thousands with one quote each,
# which made the syria report's quote list 2 MB that nobody scrolls (the web app lists them all)
MAX_SPEAKERS = 150
MAX_ARTICLES = 1500  # cited articles printed in full (links to the rest show as plain labels)
_SAFE_ID = re.compile(r"[^A-Za-z0-9_-]")
QUAD_NAMES = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}


def anchor(doc_id: str, sentence: int) -> str:
    """The element id of a sentence: "d-<doc_id>-s-<index>" (doc ids are hex; anything else is
    made id-safe so a hostile id cannot break out of the attribute or the URL fragment)."""
    safe = _SAFE_ID.sub(lambda m: f"_{ord(m.group(0)):x}_", doc_id)
    return f"d-{safe}-s-{sentence}"


@dataclass
class Link:
    """A link to the sentence a fact came from, with the character span to highlight in it."""

    href: str
    label: str
    start: int
    end: int
    doc_id: str


@dataclass
class _Cited:
    docs: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))

    def link(self, corpus: Corpus, c: Citation) -> Link | None:
        sents = corpus.sentences.get(c.doc_id, [])
        if c.doc_id not in corpus.articles or not 0 <= c.sentence < len(sents):
            return None
        self.docs[c.doc_id].add(c.sentence)
        art = corpus.articles[c.doc_id]
        # an article with no date says so: "[Outlet]" alone reads as a citation whose date was left out
        day = (art.published or "")[:10] or "undated"
        label = " · ".join(x for x in (art.outlet or c.doc_id[:8], day) if x)
        return Link("#" + anchor(c.doc_id, c.sentence), label, c.start, c.end, c.doc_id)

    def links(self, corpus: Corpus, cites: Iterable[Citation]) -> list[Link]:
        kept = [(c, x) for c in cites if (x := self.link(corpus, c)) is not None]
        return _tell_apart_same_article([c for c, _ in kept], [x for _, x in kept])


def _tell_apart_same_article(cites: list[Citation], links: list[Link]) -> list[Link]:
    """Links of one list that cite one article twice or more name their sentence (1-based, as a reader
    counts): "[Outlet · day][Outlet · day]" read as one source cited twice by mistake."""
    per_doc = Counter(x.doc_id for x in links)
    for c, x in zip(cites, links, strict=True):
        if per_doc[x.doc_id] > 1:
            x.label = f"{x.label} · sentence {c.sentence + 1}"
    return links


def _code_label(code: str) -> str | None:
    try:
        from storyline.events import codebook
    except ImportError:
        return None
    info = codebook().get(code)
    return info.label if info else None


def _entity_names(corpus: Corpus) -> dict[str, str]:
    return {e.entity_id: e.name for e in corpus.entities}


def _dyad_side_names(corpus: Corpus, entity_names: dict[str, str]) -> dict[str, str]:
    """Labels for the dyad keys that are no entity: entity ids name themselves; an actor code that stands
    for unnamed sides ("police", "protesters" coded COP, CVL) is shown with the words the articles used
    most for it ("protesters (CVL)"), a name with no code as itself."""
    words: dict[str, Counter[str]] = defaultdict(Counter)
    for ev in corpus.events:
        for ent, code, name in (
            (ev.source_entity_id, ev.source_actor_code, ev.source_name),
            (ev.target_entity_id, ev.target_actor_code, ev.target_name),
        ):
            if not ent and code and name:
                words[code][name.strip()] += 1
    names = {code: code_label(code, c) or code for code, c in words.items()}
    names.update(entity_names)
    return names


def _actor(name: str | None, code: str | None) -> str:
    if name and code:
        return f"{name} ({code})"
    return name or code or "—"


def _timeline(corpus: Corpus, cited: _Cited) -> list[dict[str, Any]]:
    entries: list[TimelineEntry] = corpus.timeline or build_timeline(corpus)
    ev_by_id = {e.event_id: e for e in corpus.events}
    q_by_id = {q.quote_id: q for q in corpus.quotes}
    out = []
    for e in entries:
        out.append(
            {
                "date": e.date,
                "headline": e.headline,
                "summary": e.summary,
                "importance": e.importance,
                "links": cited.links(corpus, e.sources),
                "events": [
                    {
                        "summary": ev_by_id[i].summary,
                        "code": ev_by_id[i].cameo_code,
                        "label": _code_label(ev_by_id[i].cameo_code) or "",
                        "links": cited.links(corpus, ev_by_id[i].sources[:1]),
                    }
                    for i in e.event_ids[:5]
                    if i in ev_by_id
                ],
                "quotes": [
                    {
                        "text": q_by_id[i].text,
                        "kind": q_by_id[i].kind,
                        "speaker": q_by_id[i].speaker_name,
                        "links": cited.links(corpus, q_by_id[i].sources[:1]),
                    }
                    for i in e.quote_ids[:3]
                    if i in q_by_id
                ],
            }
        )
    return out


def _dyad_calendar(points: list[DyadPoint]) -> tuple[str, list[str], list[float], list[float]]:
    """The dyad's chart over calendar time: every month from its first to its last (quiet months
    as zero, so a lull shows as a gap instead of vanishing), or every year when that is more than
    ten years of months. Returns the unit, the labels, the Goldstein sums and the event counts."""
    unit, labels, bucket_of = _months_or_years(points[0].month, points[-1].month)
    goldstein: defaultdict[str, float] = defaultdict(float)
    counts: Counter[str] = Counter()
    for p in points:
        goldstein[bucket_of(p.month)] += p.goldstein_sum
        counts[bucket_of(p.month)] += p.count
    return unit, labels, [round(goldstein[x], 2) for x in labels], [float(counts[x]) for x in labels]


def _dyad_charts(corpus: Corpus, names: dict[str, str], top: int = 3) -> list[dict[str, Any]]:
    """The ``top`` pairs with the most acts between them, dated or not. The chart places only dated
    acts; the table and the quad-class mix count every act, an undated one in the month it was first
    reported (marked so): most acts are told without a date, and a pair whose table showed one row of
    nine acts would hide most of what the articles say about it."""
    charts: list[dict[str, Any]] = []
    by_name = corpus_name_index(corpus)  # read once for every pair's scans below
    for a, b, n in main_dyads(corpus, top, with_undated=True):
        # the pair's count is main_dyads' (the web app's too: one rule, story.dyads.side_key)
        month_rows = pair_series(corpus, a, b, by_report=True)
        points = pair_series(corpus, a, b)
        year_rows, unplaced = _acts_in_no_month(corpus, a, b, month_rows, by_name)
        # a year row ("2004") sorts before that year's months
        rows = sorted([*month_rows, *year_rows], key=lambda p: p.month)
        dated = sum(p.count for p in points)
        year_only = sum(p.count for p in year_rows)
        own = _pair_code_names(corpus, a, b, by_name)
        la, lb = own.get(a) or names.get(a, a), own.get(b) or names.get(b, b)
        mix = Counter[int]()
        for p in [*rows, unplaced]:
            mix.update(p.quad)
        charts.append(
            {
                "a": la,
                "b": lb,
                "events": n,
                "undated": n - dated - year_only,
                "year_only": year_only,
                "unplaced": unplaced,
                "svg": _dyad_chart(la, lb, points) if points else None,
                "rows": rows,
                "mix": [(QUAD_NAMES[q], mix[q]) for q in (1, 2, 3, 4)],
            }
        )
    return charts


def _pair_code_names(corpus: Corpus, a: str, b: str, by_name: dict[str, str]) -> dict[str, str]:
    """Labels for a pair's sides that are actor codes, from the words of that pair's own acts (negated
    ones left out, as the pair's count leaves them): the words used most for the code over the whole
    corpus named a pair by other pairs' actors ("regime (GOV)" for "both leaders"). The web app's
    relations label a coded side by the same rule (``web.queries._label_codes_by_words``; one label form, ``storyline.pairs.code_label``)."""
    words: dict[str, Counter[str]] = defaultdict(Counter)
    for ev in corpus.events:
        if ev.modality == "negated" or event_pair(ev, by_name) != (a, b):
            continue
        for ent, code, name in (
            (ev.source_entity_id, ev.source_actor_code, ev.source_name),
            (ev.target_entity_id, ev.target_actor_code, ev.target_name),
        ):
            if not ent and code in (a, b) and name and name.strip():
                words[code][name.strip()] += 1
    return {code: code_label(code, c) or code for code, c in words.items()}


def _acts_in_no_month(
    corpus: Corpus, a: str, b: str, month_rows: list[DyadPoint], by_name: dict[str, str]
) -> tuple[list[DyadPoint], DyadPoint]:
    """The pair's acts no month row places: those dated to a year alone ("in 2004"), one row per year (a
    background act is never moved to the month it was retold in, nor called undated when its article
    gives its year), and the rest, undated acts of articles with no date (the table's last row, so that
    its rows add up to the pair's count)."""
    placed = {i for p in month_rows for i in p.event_ids}
    years: dict[str, DyadPoint] = {}
    unplaced = DyadPoint("undated")
    for ev in corpus.events:
        if ev.modality == "negated" or ev.event_id in placed or event_pair(ev, by_name) != (a, b):
            continue
        key = date_key(ev.date)
        point = years.setdefault(key, DyadPoint(key)) if key is not None and len(key) == 4 else unplaced
        _add_act(point, ev, _acted_by_a(ev, a, by_name))
    return [years[y] for y in sorted(years)], unplaced


def _acted_by_a(ev: Event, a: str, by_name: dict[str, str]) -> bool:
    """Whether the pair's side ``a`` did the act (its source), keyed as ``pair_series`` keys it."""
    return side_key(ev.source_entity_id, ev.source_actor_code, ev.source_name, by_name) == a


def _add_act(point: DyadPoint, ev: Event, by_a: bool) -> None:
    point.a_to_b += int(by_a)
    point.b_to_a += int(not by_a)
    point.count += 1
    point.goldstein_sum = round(point.goldstein_sum + ev.goldstein, 3)
    if ev.quad_class in point.quad:
        point.quad[ev.quad_class] += 1
    point.event_ids.append(ev.event_id)


def _dyad_chart(la: str, lb: str, points: list[DyadPoint]) -> Markup | None:
    """The dated acts per month or year; none for fewer than two buckets (one month is no trend: a
    single page-wide bar says less than the table row under it)."""
    if not points:
        return None
    unit, labels, goldstein, counts = _dyad_calendar(points)
    if len(labels) < 2:
        return None
    return svg.signed_bars_with_line(
        f"{la} – {lb}: Goldstein sum and events per {unit}",
        labels,
        svg.Series("Goldstein sum", goldstein, "#2e8b57"),
        svg.Series("events", counts, "#1f4e99"),
        "Goldstein sum",
        "events",
    )


def _first_last(corpus: Corpus, ent: Entity) -> tuple[str | None, str | None]:
    days = sorted(
        k
        for d in ent.doc_ids
        if d in corpus.articles and (k := date_key(corpus.articles[d].published)) is not None
    )
    return (days[0], days[-1]) if days else (None, None)


def _first_mentions(corpus: Corpus, wanted: set[str]) -> dict[str, Citation]:
    """Each wanted entity's earliest named mention (earliest article, then earliest position)."""
    best: dict[str, tuple[tuple[str, int], Citation]] = {}
    for m in corpus.mentions:
        if m.entity_id not in wanted or m.doc_id not in corpus.articles or m.sentence < 0:
            continue
        rank = (corpus.articles[m.doc_id].published or "9999", m.start)
        if m.entity_id not in best or rank < best[m.entity_id][0]:
            best[m.entity_id] = (rank, Citation(m.doc_id, m.sentence, m.start, m.end))
    return {k: v[1] for k, v in best.items()}


def by_reach(entity: Entity) -> tuple[int, int, str]:
    """Sort key of the "top" actors: named in most articles first, then most mentions. By mentions
    alone, a name one article repeats outranks an actor many outlets report."""
    return (-len(entity.doc_ids), -entity.mention_count, entity.name)


def _actors(corpus: Corpus, cited: _Cited, quotes_by_speaker: dict[str, list[Quote]]) -> list[dict[str, Any]]:
    out = []
    shown = sorted(corpus.entities, key=by_reach)[:MAX_ACTORS]
    firsts = _first_mentions(corpus, {e.entity_id for e in shown})
    for ent in shown:
        first, last = _first_last(corpus, ent)
        out.append(
            {
                "id": "a-" + _SAFE_ID.sub("_", ent.entity_id),
                "name": ent.name,
                "type": ent.type,
                "code": ent.actor_code,
                "aliases": other_names(ent.aliases, ent.name)[:8],
                "roles": [
                    {
                        "title": r.title,
                        "organization": r.organization,
                        "country": r.country,
                        "span": " – ".join(x or "?" for x in (r.start, r.end))
                        if (r.start or r.end)
                        else None,
                        # a role with no date reads as held forever: say when an article first gave
                        # it as held (no start of the term, and it may be one held long before)
                        "reported": r.reported,
                    }
                    for r in ent.roles
                ],
                "first": first,
                "last": last,
                "mentions": ent.mention_count,
                "first_mention": cited.links(
                    corpus, [firsts[ent.entity_id]] if ent.entity_id in firsts else []
                ),
                "documents": len(ent.doc_ids),
                "quotes": [
                    {
                        "text": q.text,
                        "kind": q.kind,
                        "date": q.date,
                        "links": cited.links(corpus, q.sources[:1]),
                    }
                    for q in _most_reported_quotes(corpus, quotes_by_speaker.get(ent.entity_id, []))
                ],
            }
        )
    return out


def _most_reported_quotes(corpus: Corpus, quotes: list[Quote], n: int = 3) -> list[Quote]:
    """An actor card's quotes: the most reported, ties in date order. By the number of reports alone
    the ties fell to the quotes' order, which differs between a build's corpus and the one read back
    from the store, so the build's report and `storyline report` showed other quotes."""
    return sorted(quotes, key=lambda q: (-len(q.sources), _quote_order(corpus, q)))[:n]


def _quote_order(corpus: Corpus, q: Quote) -> tuple[bool, bool, str, bool, str, str]:
    """Dated quotes by date, then the undated ones by when they were first reported (those only
    undated articles report last): sorting on ``date or ""`` put every undated quote ahead of the
    dated ones, in no order a reader could see. Quotes of one date go by first report, then id, as
    the web app's lists order them (``web.queries.chronological``)."""
    reported = q.first_reported or corpus.first_reported(c.doc_id for c in q.sources)
    when = q.date or reported or ""
    return (q.date is None, not when, when, not reported, reported or "", q.quote_id)


def _event_order(e: Event) -> tuple[bool, bool, str, bool, str, str]:
    """Dated events by date, then the undated ones in the order they were first reported (by id, the
    old order, they read as random), those with no report day last. Events of one date go by first
    report, then id, as the web app's event list orders them (by id alone the two lists differed)."""
    when = e.date or e.first_reported or ""
    return (e.date is None, not when, when, not e.first_reported, e.first_reported or "", e.event_id)


def _quotes(
    corpus: Corpus, cited: _Cited, names: dict[str, str]
) -> tuple[list[dict[str, Any]], dict[str, list[Quote]], tuple[int, int]]:
    """Quote groups by speaker (the most quoted MAX_SPEAKERS, then the unattributed ones), the
    groups by entity id, and how many speakers and quotes were left out."""
    groups: dict[str, list[Quote]] = defaultdict(list)
    for q in corpus.quotes:
        key = q.speaker_entity_id or (f"name:{q.speaker_name}" if q.speaker_name else "none")
        groups[key].append(q)
    # ties by key, not by the quotes' order (which differs between a build's corpus and the stored one)
    named = sorted((kv for kv in groups.items() if kv[0] != "none"), key=lambda kv: (-len(kv[1]), kv[0]))
    shown, left_out = named[:MAX_SPEAKERS], named[MAX_SPEAKERS:]
    if "none" in groups:
        shown.append(("none", groups["none"]))
    out = []
    for key, qs in shown:
        if key == "none":
            speaker = "Unattributed"
        elif key.startswith("name:"):
            speaker = key[5:]
        else:
            speaker = names.get(key) or qs[0].speaker_name or key
        out.append(
            {
                "speaker": speaker,
                "unattributed": key == "none",
                "count": len(qs),
                "quotes": [
                    {
                        "text": q.text,
                        "date": q.date,
                        "cue": q.cue,
                        "kind": q.kind,
                        "links": cited.links(corpus, q.sources[:3]),
                    }
                    for q in sorted(qs, key=lambda q: _quote_order(corpus, q))[:MAX_QUOTES_PER_SPEAKER]
                ],
            }
        )
    by_entity = {k: v for k, v in groups.items() if not k.startswith("name:") and k != "none"}
    return out, by_entity, (len(left_out), sum(len(qs) for _, qs in left_out))


def _events(corpus: Corpus, cited: _Cited) -> list[dict[str, Any]]:
    ranked: list[Event] = sorted(corpus.events, key=lambda e: (-e.num_documents, e.date or "", e.event_id))[
        :MAX_EVENTS
    ]
    rows = []
    for e in sorted(ranked, key=_event_order):
        rows.append(
            {
                "date": e.date,
                "source": _actor(e.source_name, e.source_actor_code),
                "target": _actor(e.target_name, e.target_actor_code),
                "code": e.cameo_code,
                "label": _code_label(e.cameo_code) or e.plover_category or "",
                "plover": e.plover_category,
                "goldstein": e.goldstein,
                "quad": e.quad_class,
                "quad_name": QUAD_NAMES.get(e.quad_class, ""),
                "modality": e.modality,
                "summary": e.summary,
                "links": cited.links(corpus, e.sources[:3]),
                "more": max(len(e.sources) - 3, 0),
            }
        )
    return rows


DAILY_MAX_DAYS = 92  # a span up to about a quarter is charted per day
MONTHLY_MAX_MONTHS = 120  # up to ten years per month, beyond that per year


def _months_or_years(first: str, last: str) -> tuple[str, list[str], Callable[[str], str]]:
    """Every month from ``first`` to ``last`` (days or months, "YYYY-MM..."), or every year when that is
    more than MONTHLY_MAX_MONTHS months; the unit's name and the function mapping a day or month to its
    bucket."""
    months = month_range(first[:7], last[:7], cap=MONTHLY_MAX_MONTHS + 1)
    if len(months) <= MONTHLY_MAX_MONTHS:
        return "month", months, lambda d: d[:7]
    return "year", [str(y) for y in range(int(first[:4]), int(last[:4]) + 1)], lambda d: d[:4]


def _calendar_buckets(days: list[str]) -> tuple[str, list[str], Callable[[str], str]]:
    """Every day, month or year between the first and last publication day (empty ones too, so
    the bars' spacing is time and a quiet year shows as a gap), with the unit's name and the
    function mapping a day to its bucket."""
    first, last = date.fromisoformat(days[0]), date.fromisoformat(days[-1])
    if (last - first).days < DAILY_MAX_DAYS:
        span = [(first + timedelta(days=i)).isoformat() for i in range((last - first).days + 1)]
        return "day", span, lambda d: d
    return _months_or_years(days[0], days[-1])


def _valid_day(key: str | None) -> str | None:
    if key is None or len(key) < 10:
        return None
    try:
        return date.fromisoformat(key[:10]).isoformat()
    except ValueError:
        return None


def _coverage(corpus: Corpus) -> dict[str, Any]:
    per_day: Counter[str] = Counter()
    outlets: Counter[str] = Counter()
    undated = 0
    for art in corpus.articles.values():
        if art.duplicate_of:
            continue
        outlets[art.outlet or "unknown outlet"] += 1
        day = _valid_day(date_key(art.published))
        if day is None:
            undated += 1
        else:
            per_day[day] += 1
    days = sorted(per_day)
    chart = None
    if days:
        unit, buckets, bucket_of = _calendar_buckets(days)
        counts: Counter[str] = Counter()
        for day, n in per_day.items():
            counts[bucket_of(day)] += n
        chart = svg.bars(
            f"Articles per {unit}",
            buckets,
            svg.Series("articles", [float(counts[b]) for b in buckets], "#1f4e99"),
            "articles",
        )
    return {"svg": chart, "outlets": outlets.most_common(30), "undated": undated, "days": len(days)}


def _sentence_runs(corpus: Corpus, doc_id: str, cited: set[int]) -> list[list[dict[str, Any]]]:
    """The article as blocks of runs: cited sentences as spans with ids (the targets of the
    report's links) and the text around them. Uncited sentences stay plain text: an id and
    offset on each of the 21,000 sentences of a large store cost 1.3 MB of the report."""
    art = corpus.articles[doc_id]
    text = art.text
    sents = sorted(corpus.sentences.get(doc_id, []), key=lambda s: s.start)
    spans: list[tuple[int, int, str]] = [
        (b.start, b.end, b.kind) for b in sorted(art.blocks, key=lambda b: b.start)
    ]
    covered = all(any(a <= s.start and s.end <= b for a, b, _ in spans) for s in sents)
    if not spans or not covered:
        # blocks missing or not covering every sentence: one block, so every cited sentence keeps its id
        spans = [(0, len(text), "body")]
    blocks_spans = spans
    out: list[list[dict[str, Any]]] = []
    for bstart, bend, kind in blocks_spans:
        runs: list[dict[str, Any]] = [{"kind": kind}]
        pos = bstart
        for s in sents:
            if s.index not in cited or s.end <= bstart or s.start >= bend:
                continue
            a, b = max(s.start, bstart), min(s.end, bend)
            if a > pos:
                runs.append({"text": text[pos:a]})
            runs.append({"text": text[a:b], "id": anchor(doc_id, s.index), "start": a})
            pos = b
        if pos < bend:
            runs.append({"text": text[pos:bend]})
        out.append(runs)
    return out


def _articles(corpus: Corpus, cited: _Cited) -> list[dict[str, Any]]:
    docs = sorted(
        (d for d in cited.docs if d in corpus.articles),
        # undated articles last: a reader scanning by date looks for them after the dated ones
        key=lambda d: (not corpus.articles[d].published, corpus.articles[d].published or "", d),
    )[:MAX_ARTICLES]
    out = []
    for d in docs:
        art = corpus.articles[d]
        out.append(
            {
                "doc_id": d,
                "id": "doc-" + _SAFE_ID.sub("_", d),
                "title": article_label(art.title, opening(art.text, art.blocks)) or d,
                "outlet": art.outlet,
                "byline": art.byline,
                "published": art.published,
                "inferred": art.published is not None and art.published_source == "inferred",
                "url": art.url,
                "blocks": _sentence_runs(corpus, d, cited.docs[d]),
            }
        )
    return out


def view_model(corpus: Corpus) -> dict[str, Any]:
    cited = _Cited()
    names = _entity_names(corpus)
    timeline = _timeline(corpus, cited)
    # the largest episodes, in date order (a long corpus can have hundreds of small ones)
    biggest = sorted(episodes(corpus), key=lambda e: -e.importance)[:MAX_EPISODES]
    eps = [
        {"start": e.start, "end": e.end, "title": e.title, "events": len(e.event_ids), "docs": len(e.doc_ids)}
        for e in sorted(biggest, key=lambda e: e.start)
    ]
    quotes, quotes_by_entity, quotes_left_out = _quotes(corpus, cited, names)
    actors = _actors(corpus, cited, quotes_by_entity)
    events = _events(corpus, cited)
    dyads = _dyad_charts(corpus, _dyad_side_names(corpus, names))
    coverage = _coverage(corpus)
    articles = _articles(corpus, cited)
    dates = sorted(k for a in corpus.articles.values() if (k := date_key(a.published)))
    background, main_timeline = split_background(timeline, dates[0] if dates else None, lambda e: e["date"])
    return {
        "counts": {
            "articles": sum(1 for a in corpus.articles.values() if not a.duplicate_of),
            "duplicates": sum(1 for a in corpus.articles.values() if a.duplicate_of),
            "entities": len(corpus.entities),
            "events": len(corpus.events),
            "quotes": len(corpus.quotes),
            # most acts and sayings are told without a date: the header says how many before a reader
            # takes the timeline and the charts for all of them
            "undated_events": sum(1 for e in corpus.events if not e.date),
            "undated_quotes": sum(1 for q in corpus.quotes if not q.date),
            "entries": len(timeline),
        },
        "span": (dates[0], dates[-1]) if dates else None,
        "timeline": main_timeline,
        "background": background,
        "episodes": eps,
        "dyads": dyads,
        "actors": actors,
        "quotes": quotes,
        "events": events,
        "events_truncated": max(len(corpus.events) - MAX_EVENTS, 0),
        "quotes_left_out": quotes_left_out,
        "coverage": coverage,
        "articles": articles,
        "printed": {a["doc_id"] for a in articles},
        "articles_truncated": max(len(cited.docs) - MAX_ARTICLES, 0),
        "Markup": Markup,
    }
