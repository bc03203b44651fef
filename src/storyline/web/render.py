"""Turning untrusted article text into safe, highlightable pieces.

Nothing here produces HTML: it cuts the text into pieces with flags, and the templates (jinja2
with autoescape) print each piece escaped. Offsets from the store are clamped, never trusted.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar
from urllib.parse import urlsplit

from markupsafe import Markup

from storyline.labels import other_names as other_names  # re-exported: the pages and tests read it here
from storyline.records import Block
from storyline.web.queries import ArticleView

T = TypeVar("T")

# Bidi embedding/override/isolate controls would let article text reorder the rest of the page;
# shown as U+FFFD (one char for one, so nothing shifts).
_BIDI = dict.fromkeys([0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069], 0xFFFD)
# C0 controls except tab/newline/CR render as nothing or garbage; same replacement.
_BIDI.update(dict.fromkeys([c for c in range(32) if c not in (9, 10, 13)], 0xFFFD))


def counted(n: int, noun: str) -> str:
    """ "1 event", "3 events": a count with its noun (regular plurals only, which is all the pages use)."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def cited_twice(items: list[Any]) -> frozenset[str]:
    """The articles a list of source links cites more than once: those links name their sentence, or
    two identical labels would read as one source listed twice by mistake (the report does the same)."""
    if len(items) < 2:
        return frozenset()
    seen: set[str] = set()
    twice: set[str] = set()
    for c in items:
        doc_id = str(c.get("doc_id") if isinstance(c, dict) else getattr(c, "doc_id", ""))
        (twice if doc_id in seen else seen).add(doc_id)
    return frozenset(twice)


def neutralize(value: Any) -> Any:
    """Jinja ``finalize`` hook: applied to every printed value before it is escaped."""
    if isinstance(value, str) and not isinstance(value, Markup):
        return value.translate(_BIDI)
    return value


def safe_url(url: str | None) -> str | None:
    """An outlet URL fit for an href: only http(s), anything else (javascript:, data:...) is dropped."""
    if not url:
        return None
    url = url.strip()
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError:
        return None
    if scheme not in ("http", "https") or any(ord(c) < 33 for c in url):
        return None
    return url


@dataclass
class Piece:
    text: str
    sentence: int | None
    cited: bool = False  # inside the cited span (?start=&end=)
    quote: bool = False  # inside a quotation found in the article
    entity_id: str | None = None


@dataclass
class SentencePart:
    sentence: int | None  # None: text between sentences
    cited: bool  # the cited sentence (?s=)
    pieces: list[Piece] = field(default_factory=list)


@dataclass
class BlockPart:
    kind: str
    parts: list[SentencePart] = field(default_factory=list)


def _blocks(view: ArticleView) -> list[Block]:
    text = view.article.text or ""
    blocks = [b for b in view.article.blocks if 0 <= b.start < b.end <= len(text)]
    if blocks:
        return sorted(blocks, key=lambda b: b.start)
    out, pos = [], 0
    for m in re.finditer(r"\n\s*\n", text):
        if m.start() > pos:
            out.append(Block(pos, m.start(), "body"))
        pos = m.end()
    if pos < len(text):
        out.append(Block(pos, len(text), "body"))
    return out


def _clamp(v: int | None, n: int) -> int:
    return max(0, min(n, v or 0))


def article_parts(
    view: ArticleView, cited_sentence: int | None = None, span: tuple[int, int] | None = None
) -> list[BlockPart]:
    """The article as blocks of sentences of pieces, with the cited sentence and span flagged."""
    text = view.article.text or ""
    n = len(text)
    sents = sorted(
        (
            (_clamp(s.start, n), _clamp(s.end, n), s.index)
            for s in view.sentences
            if (s.end or 0) > (s.start or 0)
        ),
        key=lambda t: t[0],
    )
    starts = [s[0] for s in sents]
    cite = (_clamp(span[0], n), _clamp(span[1], n)) if span else None
    quotes = [(_clamp(q.start, n), _clamp(q.end, n)) for q in view.quotes if q.end > q.start]
    mentions = [
        (_clamp(m.start, n), _clamp(m.end, n), m.entity_id)
        for m in view.mentions
        if m.entity_id and m.end > m.start
    ]

    def sentence_at(pos: int) -> int | None:
        i = bisect_right(starts, pos) - 1
        if i >= 0 and sents[i][0] <= pos < sents[i][1]:
            return sents[i][2]
        return None

    out: list[BlockPart] = []
    for b in _blocks(view):
        # only what overlaps this block: keeps long articles linear rather than quadratic
        b_quotes = [(a, z) for a, z in quotes if a < b.end and z > b.start]
        b_mentions = [(a, z, e) for a, z, e in mentions if a < b.end and z > b.start]
        points = {b.start, b.end}
        for a, z, _ in sents[max(0, bisect_right(starts, b.start) - 1) : bisect_right(starts, b.end)]:
            points.update((a, z))
        for a, z in b_quotes:
            points.update((a, z))
        for a, z, _e in b_mentions:
            points.update((a, z))
        if cite:
            points.update(cite)
        cuts = sorted(p for p in points if b.start <= p <= b.end)
        block = BlockPart(kind=b.kind)
        for a, z in zip(cuts, cuts[1:], strict=False):
            if a >= z:
                continue
            sent = sentence_at(a)
            piece = Piece(
                text=text[a:z],
                sentence=sent,
                cited=bool(cite and cite[0] <= a and z <= cite[1] and cite[0] < cite[1]),
                quote=any(qa <= a and z <= qz for qa, qz in b_quotes),
                entity_id=next((e for ma, mz, e in b_mentions if ma <= a and z <= mz), None),
            )
            if not block.parts or block.parts[-1].sentence != sent:
                block.parts.append(SentencePart(sent, sent is not None and sent == cited_sentence))
            block.parts[-1].pieces.append(piece)
        out.append(block)
    return out


CHART_W, CHART_H = 600.0, 55.0
MIN_GAP = 60.0  # SVG units between axis labels


def coverage_chart(coverage: list[dict[str, Any]]) -> dict[str, Any]:
    """Bars and axis labels (SVG user units) for articles per month: labels never overlap."""
    n = len(coverage)
    peak = max((c["documents"] for c in coverage), default=0)
    if not n or not peak:
        return {"bars": [], "labels": [], "width": CHART_W}
    pitch = CHART_W / n
    bars = []
    for i, c in enumerate(coverage):
        h = CHART_H * c["documents"] / peak
        bars.append(
            {
                "x": round(i * pitch + pitch * 0.1, 2),
                "w": round(max(pitch * 0.8, 0.5), 2),
                "y": round(CHART_H - h, 2),
                "h": round(h, 2),
                "title": f"{c['month']}: {counted(c['documents'], 'article')}",
            }
        )
    # first and last month always; in between every month (short spans) or every January, dropping
    # any label that would come closer than MIN_GAP to its neighbour
    middle = [i for i, c in enumerate(coverage[1:-1], 1) if n <= 12 or c["month"].endswith("-01")]
    keep, prev = [0], 0.0
    for i in middle:
        x = (i + 0.5) * pitch
        if x - prev >= MIN_GAP and CHART_W - x >= MIN_GAP:
            keep.append(i)
            prev = x
    if n > 1:
        keep.append(n - 1)
    labels = []
    for i in keep:
        month = coverage[i]["month"]
        text = month if n <= 24 or i in (0, n - 1) else month[:4]
        anchor = "start" if i == 0 else "end" if i == n - 1 else "middle"
        x = 0.0 if i == 0 else CHART_W if i == n - 1 else (i + 0.5) * pitch
        labels.append({"x": round(x, 2), "text": text, "anchor": anchor})
    return {"bars": bars, "labels": labels, "width": CHART_W}


def dyad_chart(series: list[dict[str, Any]], months: list[str], width: float = 300.0) -> dict[str, Any]:
    """A small chart of one dyad over the shared months: bars for events per month, a line for the
    monthly mean Goldstein score (-10 at the bottom, +10 at the top, 0 dashed). The line joins
    neighbouring months only (``lines``): across a quiet month there is no score to draw through."""
    if not months:
        return {"bars": [], "points": "", "lines": [], "dots": [], "width": width}
    index = {m: i for i, m in enumerate(months)}
    pitch = width / len(months)
    peak = max((s["events"] for s in series), default=1) or 1
    bars, dots = [], []
    runs: list[list[str]] = []
    last = -2
    for s in sorted(series, key=lambda s: index[s["month"]]):
        i = index[s["month"]]
        h = 20.0 * s["events"] / peak
        bars.append(
            {
                "x": round(i * pitch + pitch * 0.15, 2),
                "w": round(max(pitch * 0.7, 0.5), 2),
                "y": round(60 - h, 2),
                "h": round(h, 2),
                "title": f"{s['month']}: {counted(s['events'], 'event')}",
            }
        )
        dots.append(
            {
                "x": round((i + 0.5) * pitch, 2),
                "y": round(30 - 2 * s["goldstein"], 2),
                "title": f"{s['month']}: mean Goldstein {s['goldstein']}",
            }
        )
        if i != last + 1:
            runs.append([])
        runs[-1].append(f"{dots[-1]['x']},{dots[-1]['y']}")
        last = i
    points = " ".join(f"{d['x']},{d['y']}" for d in dots)
    lines = [" ".join(run) for run in runs if len(run) > 1]
    return {"bars": bars, "points": points, "lines": lines, "dots": dots, "width": width}


def split_background(
    entries: list[T], first_published: str | None, date_of: Callable[[T], str | None]
) -> tuple[list[T], list[T]]:
    """The timeline's opening entries whose whole date lies before the first article (a birth, a war
    decades back: the background articles retell), and the rest. A date is compared at its own
    precision, so "2019" or "2019-01" is not background to an article of 2019-01-04. Background is the
    entries' leading run, cut at the first that is not: a day of 2019 listed after the "2019" row stays
    after it (picked out one by one, it was shown before that row), so the report, the web home and
    ``/api/timeline`` list one order."""
    if not first_published:
        return [], list(entries)
    first = first_published[:10]
    cut = 0
    for e in entries:
        d = date_of(e) or ""
        if not (d and d < first[: len(d)]):
            break
        cut += 1
    return list(entries[:cut]), list(entries[cut:])
