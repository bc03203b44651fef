"""Cheap bag-of-words tools for sentence ranking: tokens, TF-IDF vectors, cosine, keyword matching."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)

# Function words that carry no topic: kept short and general on purpose.
_STOP_TEXT = """a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had has
    have having he her here hers herself him himself his how i if in into is it its itself just me more
    most my myself no nor not now of off on once only or other our ours ourselves out over own same she
    should so some such than that the their theirs them themselves then there these they this those
    through to too under until up very was we were what when where which while who whom why will with
    would you your yours yourself yourselves said says say told according mr mrs ms one two new year
    years also would could may might must shall lrb rrb lsb rsb"""
STOPWORDS = frozenset(_STOP_TEXT.split())

Vector = dict[str, float]


def words(text: str) -> list[str]:
    """Lower-cased word tokens (letters and digits; inner apostrophes kept)."""
    return [w.lower() for w in _WORD.findall(text)]


def content_words(text: str) -> list[str]:
    return [w for w in words(text) if w not in STOPWORDS and len(w) > 1]


def idf_table(docs: Iterable[Sequence[str]]) -> tuple[dict[str, float], float]:
    """IDF per term over token lists, and the IDF given to unseen terms."""
    df: Counter[str] = Counter()
    n = 0
    for toks in docs:
        n += 1
        df.update(set(toks))
    default = math.log((n + 1) / 1) + 1.0
    return {t: math.log((n + 1) / (c + 1)) + 1.0 for t, c in df.items()}, default


def tfidf(tokens: Sequence[str], idf: dict[str, float], default_idf: float) -> Vector:
    tf = Counter(tokens)
    vec = {t: c * idf.get(t, default_idf) for t, c in tf.items()}
    norm = math.sqrt(sum(v * v for v in vec.values()))
    if norm == 0.0:
        return {}
    return {t: v / norm for t, v in vec.items()}


def cosine(a: Vector, b: Vector) -> float:
    """Cosine of two L2-normalised sparse vectors (a plain dot product)."""
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(t, 0.0) for t, v in a.items())


def centroid(vectors: Sequence[Vector]) -> Vector:
    acc: dict[str, float] = {}
    for v in vectors:
        for t, x in v.items():
            acc[t] = acc.get(t, 0.0) + x
    norm = math.sqrt(sum(x * x for x in acc.values()))
    if norm == 0.0:
        return {}
    return {t: x / norm for t, x in acc.items()}


def keyword_pattern(keywords: Sequence[str]) -> re.Pattern[str] | None:
    """A case-insensitive whole-word pattern for any of the keywords (None when there are none)."""
    kws = sorted({k.strip() for k in keywords if k and k.strip()}, key=len, reverse=True)
    if not kws:
        return None
    alt = "|".join(re.escape(k) for k in kws)
    return re.compile(rf"(?<![^\W_])(?:{alt})(?![^\W_])", re.IGNORECASE)


def shorten(text: str, limit: int = 110) -> str:
    """One line of at most ``limit`` characters, cut at a word boundary with an ellipsis."""
    line = " ".join(text.split())
    if len(line) <= limit:
        return line
    cut = line[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:-") + "…"
