"""Coreference scores (MUC, B-cubed, CEAF-e, CoNLL) over two clusterings of the same mention keys."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from typing import Any

# mention key -> cluster id; the key is Any because Mapping is invariant in its key type (a dict[str, str] must pass)
Clustering = Mapping[Any, Hashable]


@dataclass(slots=True)
class PRF:
    p: float
    r: float

    @property
    def f1(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0


def _clusters(c: Clustering) -> list[set[Hashable]]:
    groups: dict[Hashable, set[Hashable]] = defaultdict(set)
    for m, k in c.items():
        groups[k].add(m)
    return list(groups.values())


def muc(key: Clustering, response: Clustering) -> PRF:
    def recall(a: Clustering, b: Clustering) -> float:
        num = den = 0
        for cl in _clusters(a):
            parts = {b.get(m, ("missing", m)) for m in cl}
            num += len(cl) - len(parts)
            den += len(cl) - 1
        return num / den if den else 0.0

    return PRF(recall(response, key), recall(key, response))


def b_cubed(key: Clustering, response: Clustering) -> PRF:
    kc = {m: cl for cl in _clusters(key) for m in cl}
    rc = {m: cl for cl in _clusters(response) for m in cl}

    def score(a: dict[Hashable, set[Hashable]], b: dict[Hashable, set[Hashable]]) -> float:
        if not a:
            return 0.0
        return sum(len(cl & b.get(m, {m})) / len(cl) for m, cl in a.items()) / len(a)

    return PRF(score(rc, kc), score(kc, rc))


def ceaf_e(key: Clustering, response: Clustering) -> PRF:
    """Entity CEAF with phi4 similarity; the optimal one-to-one alignment (scipy) or a greedy one."""
    k, r = _clusters(key), _clusters(response)
    if not k or not r:
        return PRF(0.0, 0.0)
    sim = [[2 * len(a & b) / (len(a) + len(b)) for b in r] for a in k]
    try:
        from scipy.optimize import linear_sum_assignment

        rows, cols = linear_sum_assignment([[-x for x in row] for row in sim])
        total = float(sum(sim[i][j] for i, j in zip(rows, cols, strict=True)))
    except ImportError:  # greedy: good enough when clusters barely overlap
        pairs = sorted(
            ((sim[i][j], i, j) for i in range(len(k)) for j in range(len(r)) if sim[i][j]), reverse=True
        )
        used_i: set[int] = set()
        used_j: set[int] = set()
        total = 0.0
        for s, i, j in pairs:
            if i not in used_i and j not in used_j:
                used_i.add(i)
                used_j.add(j)
                total += s
    return PRF(total / len(r), total / len(k))


def conll_f1(key: Clustering, response: Clustering) -> float:
    return (muc(key, response).f1 + b_cubed(key, response).f1 + ceaf_e(key, response).f1) / 3
