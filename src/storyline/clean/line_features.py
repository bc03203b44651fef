"""Per-line features for the learned line classifier (storyline.clean.line_model).

Each non-blank line is described by what it looks like on its own (length, final punctuation, share of
function words, furniture vocabulary), by what the rule-based pass made of it (inside the article span,
which kind), and by its neighbourhood (how prose-like the lines around it are, how long the run of short
lines it sits in is, where it lies relative to the article). Blank lines are ignored so that a page
rendered with and without blank lines between blocks gives the same features.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from storyline.clean.lines import Line
    from storyline.records import BlockKind

# Function words of the languages news crawls mix most: running text is full of them, menus and titles
# are not.
_STOPWORD_TEXT = """
    a an the of to in on at for with by from and or but not no is are was were be been has have had it its
    this that these those he she they we you i his her their our as if than then so also which who whom
    what when where there here will would can could should may might do does did about into over after
    der die das den dem des ein eine einen einem einer und oder aber nicht kein keine ist sind war waren
    sein hat haben hatte es er sie wir ihr ich auch noch nur schon wie wenn als dass daß auf für mit von
    zu zum zur bei nach aus über unter vor durch um im am ins vom sich man mehr sehr so doch
    le la les un une des du et ou mais pas ne est sont était dans pour avec par sur que qui ce cette il
    elle ils nous vous je se au aux en plus
    el los las del y o pero no es son fue en por con para que se su sus lo al una uno como más
    il lo gli di che non è sono per con su da nel della
    het een van en niet is zijn op voor met dat die te
"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())
_WORD = re.compile(r"[^\W\d_][\w'’-]*|\d[\d,.:]*", re.UNICODE)
_YEAR = re.compile(r"\b(19|20)\d\d\b")
_TIME = re.compile(r"\b\d{1,2}[:.]\d\d\b")
_ADDRESS = re.compile(r"https?://|www\.|\S@\S|#\w")
_BULLET = re.compile(r"^[-–—•*·►▶>»]\s")
HEADLINE_WINDOW = 10
_KINDS = ("body", "heading", "pull", "caption", "attribution")
_REASONS = ("furniture", "navigation", "link list", "metadata", "link", "banner")

FEATURE_NAMES: tuple[str, ...] = (
    "log_words",
    "log_chars",
    "ends_sentence",
    "ends_colon",
    "ends_comma",
    "starts_lower",
    "starts_digit",
    "bullet",
    "quoted",
    "prose",
    "footer",
    "name_line",
    *(f"furniture_{r.replace(' ', '_')}" for r in _REASONS),
    "rule_kept",
    *(f"rule_{k}" for k in _KINDS),
    "in_span",
    "span_distance",
    "before_span",
    "after_span",
    "stop_ratio",
    "cap_ratio",
    "digit_ratio",
    "punct_per_word",
    "mean_word_len",
    "has_year",
    "has_time",
    "has_pipe",
    "repeats_in_page",
    "position",
    "words_before_share",
    "prose_window_2",
    "prose_window_5",
    "words_window_1",
    "words_window_3",
    "short_run",
    "prev_prose",
    "next_prose",
    "prev_words",
    "next_words",
    "footer_before_in_span",
    "cluster_share",
    "span_word_share",
    "joins_prev",
    "joins_next",
    "body_overlap",
    "headline_candidate",
    "ends_ellipsis",
    "upper_ratio",
    "has_address",
    "words_spread_3",
    "log_lines",
    "rule_kept_share",
)


def _content_words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text) if len(w) >= 4 and w.lower() not in STOPWORDS}


def _overlap(text: str, vocab: Counter[str], own: bool) -> float:
    """Share of the line's content words found elsewhere in the article (its own use not counted)."""
    words = _content_words(text)
    if not words:
        return 0.0
    return sum(1 for w in words if vocab[w] > int(own)) / len(words)


def _upper(text: str) -> float:
    letters = sum(map(str.isalpha, text))
    return sum(map(str.isupper, text)) / letters if letters else 0.0


def _shape(text: str) -> tuple[float, float, float, float, float]:
    """Share of function words, of capitalised words, of digits; punctuation per word; mean word length."""
    words = _WORD.findall(text)
    if not words:
        return 0.0, 0.0, 0.0, 0.0, 0.0
    stop = sum(1 for w in words if w.lower() in STOPWORDS) / len(words)
    caps = sum(1 for w in words if w[:1].isupper()) / len(words)
    digits = sum(map(str.isdigit, text)) / max(1, len(text))
    punct = sum(text.count(ch) for ch in ",;:()/|-–") / len(words)
    mean_len = sum(len(w) for w in words) / len(words)
    return stop, caps, digits, punct, mean_len


def line_features(
    lines: Sequence[Line],
    kinds: dict[int, BlockKind],
    span: tuple[int, int] | None,
    cluster_of: dict[int, float],
) -> list[tuple[int, list[float]]]:
    """(line index, feature vector in FEATURE_NAMES order) for every non-blank line.

    ``kinds`` is the rule pass's verdict, ``span`` the first and last line of the article it found (None:
    none), ``cluster_of`` the weight share (against the heaviest) of the prose cluster each prose line is in.
    """
    from storyline.clean.lines import is_name_line

    nonblank = [ln for ln in lines if ln.text]
    n = len(nonblank)
    if not n:
        return []
    counts = Counter(ln.text for ln in nonblank)
    total_words = sum(ln.words for ln in nonblank) or 1
    span_words = sum(ln.words for ln in nonblank if span and span[0] <= ln.index <= span[1])
    prose = [1.0 if ln.prose else 0.0 for ln in nonblank]
    words = [float(ln.words) for ln in nonblank]
    # Length of the run of consecutive non-prose lines each line belongs to (0 for prose lines).
    run = [0.0] * n
    i = 0
    while i < n:
        if prose[i]:
            i += 1
            continue
        j = i
        while j < n and not prose[j]:
            j += 1
        for k in range(i, j):
            run[k] = float(j - i)
        i = j
    # First footer marker inside the article span: what follows it is usually related links or comments.
    footer_at: int | None = None
    if span:
        footer_at = next((ln.index for ln in nonblank if span[0] < ln.index <= span[1] and ln.footer), None)

    # Vocabulary of the rule pass's article: a subhead or list item of the article shares its words, a
    # teaser for another story mostly does not.
    vocab: Counter[str] = Counter()
    for ln in nonblank:
        if ln.index in kinds:
            vocab.update(_content_words(ln.text))
    # The headline usually sits a few lines above the article: the longest title-shaped line there.
    headline: int | None = None
    if span:
        above = [ln for ln in nonblank if ln.index < span[0]][-HEADLINE_WINDOW:]
        shaped = [ln for ln in above if 3 <= ln.words <= 25 and not ln.ends_sentence and ln.furniture is None]
        if shaped:
            headline = max(shaped, key=lambda ln: ln.words).index

    # The span in non-blank line positions, so distances do not depend on blank lines.
    span_pos = (0, 0)
    if span:
        inside = [p for p, ln in enumerate(nonblank) if span[0] <= ln.index <= span[1]]
        span_pos = (inside[0], inside[-1]) if inside else (0, 0)
    kept_share = sum(1 for ln in nonblank if ln.index in kinds) / n

    def spread(pos: int, radius: int) -> float:
        """Spread of line lengths around a line: link lists and menus are runs of look-alike lines."""
        near = words[max(0, pos - radius) : pos + radius + 1]
        mean = sum(near) / len(near)
        return math.log1p(math.sqrt(sum((v - mean) ** 2 for v in near) / len(near)))

    def window(values: list[float], pos: int, radius: int) -> float:
        lo, hi = max(0, pos - radius), min(n, pos + radius + 1)
        others = values[lo:pos] + values[pos + 1 : hi]
        return sum(others) / len(others) if others else 0.0

    out: list[tuple[int, list[float]]] = []
    before = 0
    for pos, ln in enumerate(nonblank):
        text = ln.text
        kind = kinds.get(ln.index)
        stop, caps, digits, punct, mean_len = _shape(text)
        if span is None:
            in_span, dist, bef, aft = 0.0, 1.0, 0.0, 0.0
        else:
            in_span = 1.0 if span[0] <= ln.index <= span[1] else 0.0
            bef = 1.0 if ln.index < span[0] else 0.0
            aft = 1.0 if ln.index > span[1] else 0.0
            gap = span_pos[0] - pos if bef else pos - span_pos[1] if aft else 0
            dist = min(1.0, math.log1p(gap) / 5)
        vec = [
            math.log1p(ln.words),
            math.log1p(len(text)),
            float(ln.ends_sentence),
            float(text.endswith(":")),
            float(text[-1:] in ",;"),
            float(text[:1].islower()),
            float(text[:1].isdigit()),
            float(bool(_BULLET.match(text))),
            float(ln.quoted),
            float(ln.prose),
            float(ln.footer),
            float(is_name_line(text)),
            *(float(ln.furniture == r) for r in _REASONS),
            float(kind is not None),
            *(float(kind == k) for k in _KINDS),
            in_span,
            dist,
            bef,
            aft,
            stop,
            caps,
            digits,
            punct,
            mean_len,
            float(bool(_YEAR.search(text))),
            float(bool(_TIME.search(text))),
            float("|" in text),
            math.log1p(counts[text] - 1),
            pos / n,
            before / total_words,
            window(prose, pos, 2),
            window(prose, pos, 5),
            math.log1p(window(words, pos, 1)),
            math.log1p(window(words, pos, 3)),
            math.log1p(run[pos]),
            prose[pos - 1] if pos else 0.0,
            prose[pos + 1] if pos + 1 < n else 0.0,
            math.log1p(words[pos - 1]) if pos else 0.0,
            math.log1p(words[pos + 1]) if pos + 1 < n else 0.0,
            float(footer_at is not None and ln.index > footer_at),
            cluster_of.get(ln.index, 0.0),
            span_words / total_words,
            float(pos > 0 and text[:1].islower() and not nonblank[pos - 1].ends_sentence),
            float(pos + 1 < n and not ln.ends_sentence and nonblank[pos + 1].text[:1].islower()),
            _overlap(text, vocab, ln.index in kinds),
            float(ln.index == headline),
            float(text.endswith(("...", "…")) or text.endswith(("...]", "…]"))),
            _upper(text),
            float(bool(_ADDRESS.search(text))),
            spread(pos, 3),
            math.log1p(n),
            kept_share,
        ]
        before += ln.words
        out.append((ln.index, vec))
    return out
