"""Word features of a sentence for matching reports of the same event across articles.

Names (capitalized words inside a sentence, and adjacent pairs of them: "Anna Berg" is not
"Olav Berg") and content-word stems; calendar words are left out because they are what is
being inferred.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable

from storyline.time.vocab import MONTHS, WEEKDAYS

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]")
_STOP = frozenset(
    (  # noqa: SIM905 (a word list reads better as one string)
        "a about above after again against all also although am an and any are as at be because been "
        "before being below between both but by can could did do does doing down during each either else "
        "ever every few for from further had has have having he her here hers him his how however i if "
        "in into is it its itself just may me might more most much must my no nor not now of off on once "
        "only or other our ours out over own same she should since so some such than that the their "
        "theirs them then there these they this those through to too under until up upon very was we "
        "were what when where which while who whom why will with would yet you your said says say told "
        "tell according mr mrs ms dr lord sir today yesterday tomorrow tonight week weeks month months "
        "year years day days last next ago earlier later morning evening night afternoon"
    ).split()
)
_CALENDAR = frozenset(MONTHS) | frozenset(WEEKDAYS)


def sentence_features(text: str) -> Counter[str]:
    feats: Counter[str] = Counter()
    toks = list(_TOKEN.finditer(text))
    prev_name: str | None = None
    for i, m in enumerate(toks):
        w = m.group(0).replace("’", "'")
        low = w.lower().removesuffix("'s")
        if low in _CALENDAR or low in _STOP or len(low) < 3:
            prev_name = None
            continue
        is_name = w[0].isupper() and i > 0
        if is_name:
            feats["N:" + low] += 1
            if prev_name is not None:
                feats[f"B:{prev_name} {low}"] += 1
            prev_name = low
        else:
            feats["W:" + low[:6]] += 1
            prev_name = None
    return feats


def idf_table(docs: Iterable[Counter[str]]) -> tuple[dict[str, float], int]:
    df: Counter[str] = Counter()
    n = 0
    for feats in docs:
        n += 1
        df.update(feats.keys())
    # smoothed so that a word shared by every sentence of a tiny corpus still counts
    return {f: 1.0 + math.log((n + 1) / (c + 1)) for f, c in df.items()}, n


def weight(f: str, idf: dict[str, float], default: float) -> float:
    w = idf.get(f, default)
    if f.startswith("B:"):
        return 2.0 * w  # a full name is strong evidence of the same actor
    if f.startswith("N:"):
        return 1.5 * w
    return w


def norm_of(a: Counter[str], idf: dict[str, float], default: float) -> float:
    return math.sqrt(sum(weight(f, idf, default) ** 2 for f in a))


def cosine(
    a: Counter[str],
    b: Counter[str],
    idf: dict[str, float],
    default: float,
    norms: tuple[float, float] | None = None,
) -> tuple[float, list[str]]:
    """IDF-weighted cosine of two feature sets (presence, not counts) and the shared features.

    ``norms`` may carry the two vectors' norms when the caller has them (they are the costly part).
    """
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    shared = [f for f in small if f in large]
    if not shared:
        return 0.0, []
    dot = sum(weight(f, idf, default) ** 2 for f in shared)
    na, nb = norms if norms is not None else (norm_of(a, idf, default), norm_of(b, idf, default))
    return (dot / (na * nb) if na and nb else 0.0), shared
