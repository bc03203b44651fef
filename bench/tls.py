"""Timeline summarisation gate: the news-tls protocol on Timeline17 "syria" and "libya" (and any other
Timeline17 topic whose files are put in data/tls/ in the same layout).

For every gold timeline (one task): keep the topic's articles published within the timeline's span,
ask storyline for a timeline with the same number of dates and round(sentences / dates) sentences per
date, and score Date F1 and align+ m:1 ROUGE-1/2 F1 (storyline.story.tls_eval). Date-feature weights
are fitted (grid search on the mean of average precision and near-date Date F1, averaging the
near-best combinations) on the other topics and applied to this one (leave one topic out), so
every reported figure is on data the weights never saw. Time expressions are tagged on the
detokenised sentence and mapped back onto the PTB text, so the chronology-entry feature ("March 18 -
...") sees what follows each date.

With --stores DIR the whole product is scored instead: each topic's raw articles go through
`storyline build` (cleaning, spaCy, time, entities, quotes, events) into DIR/<topic> (--build makes
the missing ones: about 7-10 minutes per topic on 2 cores), and each timeline is asked of the store's
articles within its span, as the protocol says. --whole asks it of the whole store with --from/--to
bounds instead, as `storyline timeline` does: later articles that look back then count too, which
the protocol does not allow (so those figures do not compare with published ones). Slow, so not in CI.

The "other outlet gold" row scores each gold timeline against the gold timelines another outlet wrote
on the same topic: how far two newsrooms agree on which days mattered.

    python bench/tls.py [--shared ../shared] [--quick] [--topics syria,libya] [--cache DIR]
    python bench/tls.py --stores /tmp/tls-stores --build [--whole]
"""

from __future__ import annotations

import argparse
import hashlib
import inspect
import itertools
import json
import os
import pickle
import re
import sys
import time
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

from storyline.corpus import Corpus
from storyline.records import Article, Block, Sentence, TimeExpr
from storyline.story import DateFeatures, DateWeights, build_timeline, candidate_dates
from storyline.story.text import keyword_pattern
from storyline.story.timeline import spread_dates
from storyline.story.tls_eval import PRF, Rouge, TaskScores, average, date_prf, evaluate

ROOT = Path(__file__).resolve().parents[1]


def available_topics(shared: Path) -> list[str]:
    """Topics listed in t17_topics.json whose article and timeline files are present: drop more
    Timeline17 topics into data/tls/ in the same layout and they are scored (and trained on) too."""
    base = shared / "data" / "tls"
    meta = json.loads((base / "t17_topics.json").read_text())
    return [
        t
        for t in meta["topics"]
        if (base / f"t17_{t}.articles.jsonl").is_file() and (base / f"t17_{t}.timelines.jsonl").is_file()
    ]


# Floors: the issue's targets (mean over all tasks of both topics, weights always held out).
FLOORS = {"date_f1": 0.40, "ar1_f1": 0.09, "ar2_f1": 0.025}
# Quick gate: default weights (fitted on libya) on syria's four timelines, held out; about 10 s. Measured
# 0.305 / 0.076 / 0.028 (0.290 / 0.071 / 0.026 before scarce_later). It scored syria tl2.1 alone until
# session 7, but one task's ROUGE swings by half when a day's pick changes (tl2.1's AR-2 went 0.035 ->
# 0.018 while tl2.3's went 0.019 -> 0.040 on the same change), so the gate now averages all four.
QUICK_FLOORS = {"date_f1": 0.28, "ar1_f1": 0.065, "ar2_f1": 0.022}
QUICK_TASKS = {"t17-syria-tl1", "t17-syria-tl2.1", "t17-syria-tl2.2", "t17-syria-tl2.3"}

# --- building a Corpus from the pre-split, PTB-tokenised T17 articles --------------------------------

_PTB = [
    (re.compile(r"-LRB-"), "("),
    (re.compile(r"-RRB-"), ")"),
    (re.compile(r"``|''"), '"'),
    (re.compile(r" ([,.;:!?%)])"), r"\1"),
    (re.compile(r"\( "), "("),
    (re.compile(r" (n't|'s|'re|'ve|'ll|'d|'m)\b", re.IGNORECASE), r"\1"),
]
_SENT_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])")
_ABBREV = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Sgt|St|Jr|Sr|No|U\.S|U\.N|[A-Z])\.$")
# "Feb. 26 - The Security Council ...", "on Sept. 2": a month abbreviation before a number is no
# sentence end (splitting there leaves the day number without its month, so the date is lost)
_MONTH_ABBREV = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$")
_DIGIT_NEXT = re.compile(r"\s*\d")


def detokenize(line: str) -> str:
    """Undo PTB tokenisation for the time tagger ("March 15 , 2011" -> "March 15, 2011")."""
    for pat, rep in _PTB:
        line = pat.sub(rep, line)
    return line


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Cheap splitter: every line, then sentence punctuation followed by a capital (abbreviations kept)."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        start = pos
        pos += len(line) + 1
        cut = start
        for m in _SENT_END.finditer(line):
            piece = text[cut : start + m.start()]
            if _ABBREV.search(piece.rstrip()):
                continue
            if _MONTH_ABBREV.search(piece.rstrip()) and _DIGIT_NEXT.match(text, start + m.end()):
                continue
            spans.append((cut, start + m.start()))
            cut = start + m.end()
        spans.append((cut, start + len(line)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


_fallback_warned = False


def _tagger():  # type: ignore[no-untyped-def]
    """storyline.time.tag_text when it exists, else the small fallback below (and say so once)."""
    global _fallback_warned
    try:
        from storyline.time import tag_text

        return tag_text, "storyline.time.tag_text"
    except ImportError:
        if not _fallback_warned:
            print(
                "note: storyline.time.tag_text not importable; using bench fallback tagger", file=sys.stderr
            )
            _fallback_warned = True
        return fallback_tag_text, "bench fallback"


_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ]
    )
}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MON = r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_FALLBACK = re.compile(
    rf"\b(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MON}|{_MON.replace('mon>', 'mon2>')}\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b)"
    r"(?:,?\s+(?P<y>(?:19|20)\d\d))?"
    r"|\b(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|\b(?P<rel>yesterday|today|tomorrow)\b",
    re.IGNORECASE,
)


def fallback_tag_text(text: str, dct: str | None) -> list[TimeExpr]:
    """Day-precision dates only: "15 March (2011)", "March 15(, 2011)", weekdays, yesterday/today."""
    out: list[TimeExpr] = []
    anchor = date.fromisoformat(dct[:10]) if dct else None
    for m in _FALLBACK.finditer(text):
        value: str | None = None
        if m.group("wd") and anchor:
            back = (anchor.weekday() - _DAYS.index(m.group("wd").lower())) % 7
            value = (anchor - timedelta(days=back)).isoformat()
        elif m.group("rel") and anchor:
            off = {"yesterday": -1, "today": 0, "tomorrow": 1}[m.group("rel").lower()]
            value = (anchor + timedelta(days=off)).isoformat()
        elif m.group("mon") or m.group("mon2"):
            mon = _MONTHS[(m.group("mon") or m.group("mon2")).lower()[:3]]
            day = int(m.group("d1") or m.group("d2"))
            year = int(m.group("y")) if m.group("y") else (anchor.year if anchor else None)
            if year is None:
                continue
            try:
                d = date(year, mon, day)
            except ValueError:
                continue
            if not m.group("y") and anchor and d > anchor + timedelta(days=60):
                d = d.replace(year=year - 1) if not (mon == 2 and day == 29) else d
            value = d.isoformat()
        if value:
            out.append(TimeExpr("", m.start(), m.end(), m.group(0), "DATE", value, "dct"))
    return out


_TOKEN = re.compile(r"[^\W_]+|[^\w\s]")


def _ptb_span(text: str, a: int, b: int, phrase: str) -> tuple[int, int]:
    """Where ``phrase`` (detokenised) occurs in the PTB-tokenised ``text[a:b]``, spacing ignored."""
    toks = _TOKEN.findall(phrase)
    if toks:
        m = re.compile(r"\s*".join(re.escape(t) for t in toks)).search(text, a, b)
        if m:
            return m.start(), m.end()
    return a, a


def _cache_key(shared: Path, topic: str, only: set[str] | None) -> str:
    """A hash of everything the loaded corpus depends on: input files, the time tagger's source and
    this loader's code (so a changed tagger or splitter never reuses a stale cache)."""
    h = hashlib.sha1()
    base = shared / "data" / "tls"
    for name in (f"t17_{topic}.articles.jsonl", f"t17_{topic}.timelines.jsonl", "t17_topics.json"):
        h.update(hashlib.sha1((base / name).read_bytes()).digest())
    tag, name = _tagger()
    h.update(name.encode())
    try:
        import storyline.time as time_pkg

        for src in sorted(Path(time_pkg.__file__).parent.rglob("*.py")):
            h.update(src.read_bytes())
    except ImportError:
        pass
    for fn in (detokenize, split_sentences, fallback_tag_text, _ptb_span, topic_timelines, _load_topic):
        h.update(inspect.getsource(fn).encode())
    for pat in (_SENT_END, _ABBREV, _MONTH_ABBREV, _DIGIT_NEXT):  # the splitter's module-level patterns
        h.update(pat.pattern.encode())
    h.update(repr(sorted(only) if only is not None else None).encode())
    return h.hexdigest()[:16]


def load_topic(
    shared: Path, topic: str, only: set[str] | None = None, cache: Path | None = None
) -> tuple[Corpus, list[dict], list[str]]:
    """``_load_topic``, through a pickle cache in ``cache`` (a folder) when given: loading and time
    tagging the articles is the slow part of the bench (minutes), scoring takes seconds."""
    if cache is None:
        return _load_topic(shared, topic, only)
    path = cache / f"tls-{topic}-{_cache_key(shared, topic, only)}.pickle"
    if path.is_file():
        with path.open("rb") as fh:
            loaded: tuple[Corpus, list[dict], list[str]] = pickle.load(fh)
        return loaded
    result = _load_topic(shared, topic, only)
    cache.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    with tmp.open("wb") as fh:
        pickle.dump(result, fh, protocol=pickle.HIGHEST_PROTOCOL)
    tmp.replace(path)
    return result


def topic_timelines(shared: Path, topic: str) -> tuple[list[dict], list[str]]:
    """A topic's gold timelines and its keywords (from t17_topics.json)."""
    base = shared / "data" / "tls"
    meta = json.loads((base / "t17_topics.json").read_text())
    with (base / f"t17_{topic}.timelines.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh], list(meta["topics"][topic]["keywords"])


def _load_topic(
    shared: Path, topic: str, only: set[str] | None = None
) -> tuple[Corpus, list[dict], list[str]]:
    """The topic's articles as a Corpus (sentences split, time expressions tagged) and its timelines
    (only those in ``only`` when given). Articles without a topic keyword are not loaded: the
    keyword filter of build_timeline would drop them anyway, and tagging them costs time."""
    base = shared / "data" / "tls"
    timelines, keywords = topic_timelines(shared, topic)
    if only is not None:
        timelines = [t for t in timelines if t["timeline_id"] in only]
    task_spans = [
        (min(e["date"] for e in t["entries"]), max(e["date"] for e in t["entries"])) for t in timelines
    ]
    kw = keyword_pattern(keywords)
    tag, _ = _tagger()
    corpus = Corpus()
    with (base / f"t17_{topic}.articles.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            text = row["text"] or ""
            if kw is None or not kw.search(text) or not any(a <= row["pub_date"] <= b for a, b in task_spans):
                continue
            doc_id = row["doc_id"]
            art = Article(
                doc_id=doc_id,
                source_path=row.get("source_path", ""),
                text=text,
                blocks=[Block(0, len(text), "body")],
                outlet=row.get("outlet"),
                published=row["pub_date"],
                published_source="metadata",
            )
            spans = split_sentences(text)
            corpus.articles[doc_id] = art
            corpus.sentences[doc_id] = [Sentence(doc_id, i, a, b) for i, (a, b) in enumerate(spans)]
            for i, (a, b) in enumerate(spans):
                for tx in tag(detokenize(text[a:b]), row["pub_date"]):
                    # offsets of the detokenised sentence do not index the PTB text: find the
                    # expression's tokens in it (an empty span at the sentence start when not found)
                    x, y = _ptb_span(text, a, b, tx.text)
                    corpus.timexes.append(replace(tx, doc_id=doc_id, start=x, end=y, sentence=i))
    return corpus, timelines, keywords


def load_store_topic(
    shared: Path, topic: str, stores: Path, build: bool
) -> tuple[Corpus, list[dict], list[str]] | None:
    """The topic as the product sees it: a store made by ``storyline build`` from the raw articles
    (cleaning, spaCy, time, entities, quotes, events: the whole pipeline), at ``stores/<topic>``.
    With ``build``, a missing store is built first (minutes per topic)."""
    import subprocess

    from storyline.store import Store

    base = shared / "data" / "tls"
    target = stores / topic
    if not (target / "storyline.sqlite").is_file():
        if not build:
            print(f"no store at {target}: build it with --build (or storyline build)", file=sys.stderr)
            return None
        stores.mkdir(parents=True, exist_ok=True)
        src = stores / f"{topic}.jsonl"
        with (base / f"t17_{topic}.articles.jsonl").open(encoding="utf-8") as fh, src.open("w") as out:
            for line in fh:
                row = json.loads(line)
                out.write(
                    json.dumps(
                        {
                            "url": row["doc_id"],
                            "date": row["pub_date"],
                            "outlet": row.get("outlet"),
                            "text": row["text"],
                        }
                    )
                    + "\n"
                )
        cmd = [
            "storyline",
            "build",
            str(src),
            "-o",
            str(target),
            "--workers",
            str(max(1, (os.cpu_count() or 1))),
        ]
        print("building:", " ".join(cmd), file=sys.stderr)
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    timelines, keywords = topic_timelines(shared, topic)
    return Store(target).load_corpus(), timelines, keywords


# --- tasks ----------------------------------------------------------------------------------------------


@dataclass
class Task:
    topic: str
    timeline_id: str
    gold: dict[date, list[str]]
    start: str
    end: str
    n_dates: int
    per_date: int
    corpus: Corpus
    keywords: list[str]
    outlet: str = ""  # who wrote the gold timeline


def _within(corpus: Corpus, start: str, end: str) -> Corpus:
    """The corpus as the protocol allows it: articles published within [start, end], and the coded
    events some of those articles report."""
    arts = {d: a for d, a in corpus.articles.items() if a.published and start <= a.published[:10] <= end}
    events = [e for e in corpus.events if any(c.doc_id in arts for c in e.sources)]
    return replace(corpus, articles=arts, events=events)


def make_tasks(
    corpus: Corpus, timelines: list[dict], keywords: list[str], topic: str, whole: bool = False
) -> list[Task]:
    """One task per gold timeline. The news-tls protocol keeps the articles published within the
    timeline's span; ``whole`` keeps the whole store instead, as ``storyline timeline --from --to``
    does (entries still fall within the span)."""
    tasks = []
    for tl in timelines:
        gold = {date.fromisoformat(e["date"]): list(e["sentences"]) for e in tl["entries"]}
        # the span comes from the entries (one gold file states a wrong range)
        start, end = min(gold).isoformat(), max(gold).isoformat()
        n_sent = sum(len(s) for s in gold.values())
        sub = corpus if whole else _within(corpus, start, end)
        tasks.append(
            Task(
                topic,
                tl["timeline_id"],
                gold,
                start,
                end,
                len(gold),
                max(1, round(n_sent / len(gold))),
                sub,
                keywords,
                str(tl.get("outlet_of_timeline") or ""),
            )
        )
    return tasks


def outlet_agreement(tasks: Sequence[Task]) -> float | None:
    """How well journalists agree on the dates: each task's gold scored (Date F1) against the gold
    timelines another outlet wrote on the same topic, restricted to the task's span; the mean over
    tasks that have one. Versions of one outlet's timeline (tl2.1-tl2.3) are not independent."""
    scores = []
    for t in tasks:
        for o in tasks:
            if o.topic != t.topic or not o.outlet or o.outlet == t.outlet:
                continue
            lo, hi = date.fromisoformat(t.start), date.fromisoformat(t.end)
            theirs = {d: s for d, s in o.gold.items() if lo <= d <= hi}
            if theirs:
                scores.append(date_prf(theirs, [t.gold]).f1)
    return sum(scores) / len(scores) if scores else None


def predict(task: Task, weights: DateWeights) -> dict[date, list[str]]:
    entries = build_timeline(
        task.corpus,
        about=task.keywords,
        start=task.start,
        end=task.end,
        max_dates=task.n_dates,
        sentences_per_date=task.per_date,
        weights=weights,
        day_only=True,
    )
    out: dict[date, list[str]] = {}
    for e in entries:
        out[date.fromisoformat(e.date)] = [task.corpus.sentence_text(c.doc_id, c.sentence) for c in e.sources]
    return out


# --- fitting the date weights on the other topic ---------------------------------------------------------

_GRID = {
    "pub": (0.0, 0.5),
    "refs_later": (0.0, 1.0),
    "refs_dist": (0.0, 0.5, 1.0),
    "refs_retro": (0.0, 0.5, 1.0, 2.0),
    "chron": (0.0, 0.5, 1.0),
    "density": (0.0, 1.0, 2.0),
    "scarce_later": (0.0, 0.3, 0.6),
    "spread": (0.0, 0.25),
}


def _near_f1(picked: list[int], gold: list[int]) -> float:
    """Date F1 where a date counts 1/(|days to the nearest other-side date| + 1), the discount the
    align+ metric gives a summary matched to a nearby reference date (ordinals, ``gold`` sorted)."""

    def credit(days: list[int], against: list[int]) -> float:
        total = 0.0
        for d in days:
            i = bisect_left(against, d)
            gap = min(abs(d - against[j]) for j in (i - 1, i) if 0 <= j < len(against))
            total += 1.0 / (gap + 1)
        return total / len(days)

    if not picked or not gold:
        return 0.0
    p, r = credit(picked, gold), credit(gold, sorted(picked))
    return 2 * p * r / (p + r)


def _date_objective(feats: list[DateFeatures], gold: set[str], n: int, w: DateWeights) -> float:
    """Mean of average precision over the whole ranking and the near-date Date F1 of its top n.
    Exact hits in the top n are few and noisy on sparse topics (one date moves F1 by 0.03); average
    precision uses every gold date's rank, and a date one day off still earns most ROUGE credit."""
    ranked = spread_dates(sorted(feats, key=lambda f: (-f.score(w), f.key)), n, w.spread)
    hits, total = 0, 0.0
    for rank, f in enumerate(ranked, 1):
        if f.key in gold:
            hits += 1
            total += hits / rank
    avg_precision = total / max(len(gold), 1)
    near = _near_f1(
        [date.fromisoformat(f.key).toordinal() for f in ranked[:n]],
        sorted(date.fromisoformat(k).toordinal() for k in gold),
    )
    return (avg_precision + near) / 2


# Combinations scoring within this of the best are averaged. At 0.005 the band was narrower than the
# objective's noise: one corrected "until Sunday" reading in a syria article changed which combinations
# were near-best, the weights fitted on syria, and held-out Date F1 by 0.012 (0.409 -> 0.397). At 0.01 the
# same weights are fitted before and after that change and after the later tagger changes (0.405).
NEAR_BEST = 0.01


def fit_weights(tasks: Sequence[Task]) -> DateWeights:
    """Grid search on the mean date objective over the given (training) tasks, returning the mean of
    every combination within NEAR_BEST of the best: a feature the training topic cannot tell about
    (no chronology lists in it, say) gets the middle of its range instead of whichever end the grid
    order reaches first."""
    prepared = [
        (
            candidate_dates(t.corpus, about=t.keywords, start=t.start, end=t.end, day_only=True),
            {d.isoformat() for d in t.gold},
            t.n_dates,
        )
        for t in tasks
    ]
    scored: list[tuple[float, tuple[float, ...]]] = []
    for combo in itertools.product(*_GRID.values()):
        w = DateWeights(**dict(zip(_GRID, combo, strict=True)))
        scored.append(
            (sum(_date_objective(f, g, n, w) for f, g, n in prepared) / max(len(prepared), 1), combo)
        )
    top = max(score for score, _ in scored)
    near = [combo for score, combo in scored if score >= top - NEAR_BEST]
    mean = [sum(c[i] for c in near) / len(near) for i in range(len(_GRID))]
    return DateWeights(**dict(zip(_GRID, mean, strict=True)))


# --- main --------------------------------------------------------------------------------------------


def _fmt(p: PRF) -> str:
    return f"{p.f1:.3f}"


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="the shared data folder")
    ap.add_argument(
        "--quick", action="store_true", help="syria's four timelines, default weights (about 10 s)"
    )
    ap.add_argument(
        "--stores",
        type=Path,
        default=None,
        help="score the whole product instead of the fast loader: stores built by `storyline build` from"
        " each topic's raw articles, at STORES/<topic> (slow; see --build)",
    )
    ap.add_argument("--build", action="store_true", help="with --stores: build the missing stores first")
    ap.add_argument(
        "--whole",
        action="store_true",
        help="with --stores: ask each timeline of the whole store (later articles too), as `storyline"
        " timeline --from --to` does, instead of the news-tls protocol's articles within the span",
    )
    ap.add_argument(
        "--topics",
        default=None,
        help="comma-separated topics to score (default: every topic with files in data/tls);"
        " weights for each are always fitted on the other available topics",
    )
    ap.add_argument(
        "--cache",
        type=Path,
        default=None,
        help="folder for a pickle of the loaded, time-tagged articles (e.g. /tmp/storyline-tls);"
        " keyed by a hash of the inputs and the tagger's code",
    )
    args = ap.parse_args(argv)
    if not (args.shared / "data" / "tls").is_dir():
        print(f"skip: {args.shared / 'data' / 'tls'} is absent")
        return 0
    t0 = time.perf_counter()
    found = ["syria"] if args.quick else available_topics(args.shared)
    wanted = [t.strip() for t in args.topics.split(",")] if args.topics else found
    missing = [t for t in wanted if t not in found]
    if missing:
        print(f"unknown or absent topics: {', '.join(missing)} (found: {', '.join(found)})")
        return 2
    tasks: dict[str, list[Task]] = {}
    for topic in found:
        if args.stores is not None:
            loaded = load_store_topic(args.shared, topic, args.stores, args.build)
            if loaded is None:
                return 2
            tasks[topic] = make_tasks(*loaded, topic, whole=args.whole)
            continue
        corpus, timelines, keywords = load_topic(
            args.shared, topic, QUICK_TASKS if args.quick else None, args.cache
        )
        tasks[topic] = make_tasks(corpus, timelines, keywords, topic)
    t_load = time.perf_counter() - t0
    _, tagger_name = _tagger()

    rouge = Rouge()
    rows: list[tuple[str, str, TaskScores, float]] = []
    all_scores: list[TaskScores] = []
    t_story = 0.0
    topics = [tp for tp in wanted if tasks[tp]]
    for topic in topics:
        trained_on = [tp for tp in found if tp != topic and tasks[tp]]
        other = [t for tp in trained_on for t in tasks[tp]]
        # leave one topic out; with no other topic the defaults (fitted on libya) stand
        weights = fit_weights(other) if other and not args.quick else DateWeights()
        if not args.quick:
            print(
                f"weights for {topic} (fitted on {', '.join(trained_on) or 'nothing: defaults'}): {weights}"
            )
        for task in tasks[topic]:
            t1 = time.perf_counter()
            pred = predict(task, weights)
            dt = time.perf_counter() - t1
            t_story += dt
            sc = evaluate(pred, [task.gold], rouge)
            all_scores.append(sc)
            rows.append((topic, task.timeline_id, sc, dt))

    mean = average(all_scores)
    print()
    print(
        f"{'topic':8} {'timeline':18} {'dates':>5} {'Date F1':>8} {'AR-1 F':>8} {'AR-2 F':>8} {'time s':>7}"
    )
    for topic, tid, sc, dt in rows:
        n = len(next(t for t in tasks[topic] if t.timeline_id == tid).gold)
        print(
            f"{topic:8} {tid:18} {n:5d} {_fmt(sc.date):>8} {_fmt(sc.rouge1):>8} {_fmt(sc.rouge2):>8} {dt:7.2f}"
        )
    for topic in topics:
        m = average([sc for tp, _, sc, _ in rows if tp == topic])
        print(f"{topic:8} {'mean':18} {'':5} {_fmt(m.date):>8} {_fmt(m.rouge1):>8} {_fmt(m.rouge2):>8}")
    print(f"{'all':8} {'mean':18} {'':5} {_fmt(mean.date):>8} {_fmt(mean.rouge1):>8} {_fmt(mean.rouge2):>8}")
    print(f"{'target':8} {'(issue 8)':18} {'':5} {0.40:8.3f} {0.09:8.3f} {0.025:8.3f}")
    print(f"{'ref':8} {'DATEWISE T17 avg':18} {'':5} {0.544:8.3f} {0.120:8.3f} {0.035:8.3f}")
    print(f"{'ref':8} {'quick date-wise':18} {'':5} {0.23:8.3f} {0.05:8.3f} {'':>8}")
    agree = outlet_agreement([t for tp in topics for t in tasks[tp]])
    if agree is not None:
        print(f"{'ref':8} {'other outlet gold':18} {'':5} {agree:8.3f} {'':>8} {'':>8}")
    print(
        f"\nload+split+time-tag {t_load:.1f}s ({tagger_name}); timeline phase {t_story:.2f}s for {len(rows)} tasks;"
        f" ROUGE stop words: {rouge.stopwords_source}"
    )
    floors = QUICK_FLOORS if args.quick else FLOORS
    got = {"date_f1": mean.date.f1, "ar1_f1": mean.rouge1.f1, "ar2_f1": mean.rouge2.f1}
    failed = [k for k, v in floors.items() if got[k] < v]
    if failed:
        print("FAIL, below floor: " + ", ".join(f"{k} {got[k]:.3f} < {floors[k]}" for k in failed))
        return 1
    print("PASS: " + ", ".join(f"{k} {got[k]:.3f} >= {floors[k]}" for k in floors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
