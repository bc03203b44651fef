"""The learned line model: gradient-boosted trees over storyline.clean.line_features, stored as JSON.

One more input comes from the words themselves: a bag-of-words logistic score (per-word weights learned
with the trees) that knows furniture vocabulary no rule lists (comment forms, consent text, shop widgets).
The weights (src/storyline/data/line_model.json) are trained by bench/train_line_model.py on the dev split
of the extraction benchmark; evaluation uses the held-out split. Inference is plain Python: a few hundred
shallow trees cost microseconds per line.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

import numpy as np

from storyline.clean.line_features import FEATURE_NAMES

MODEL_FILE = "line_model.json"
TOKEN_FEATURE = "token_score"
CHUNK_LINES = 2048
_TOKEN = re.compile(r"[^\W\d_]{2,}", re.UNICODE)


def line_tokens(text: str) -> set[str]:
    """The distinct lower-cased words (two letters or more) the token score looks at."""
    return {w.lower() for w in _TOKEN.findall(text)}


@dataclass(frozen=True, slots=True)
class Tree:
    feature: tuple[int, ...]  # -1 at a leaf
    threshold: tuple[float, ...]
    left: tuple[int, ...]
    right: tuple[int, ...]
    value: tuple[float, ...]

    def predict(self, x: Sequence[float]) -> float:
        node = 0
        while self.feature[node] >= 0:
            node = self.left[node] if x[self.feature[node]] <= self.threshold[node] else self.right[node]
        return self.value[node]

    def depth(self, node: int = 0) -> int:
        if self.feature[node] < 0:
            return 0
        return 1 + max(self.depth(self.left[node]), self.depth(self.right[node]))


class Forest:
    """All trees as padded arrays, walked level by level for every line of a page at once (numpy): a page of
    500 lines through 300 trees costs a few milliseconds instead of a Python loop per line and tree."""

    def __init__(self, trees: Sequence[Tree]) -> None:
        width = max(len(t.feature) for t in trees)
        n = len(trees)
        self.feature = np.zeros((n, width), dtype=np.intp)
        self.threshold = np.zeros((n, width))
        self.left = np.zeros((n, width), dtype=np.intp)
        self.right = np.zeros((n, width), dtype=np.intp)
        self.value = np.zeros((n, width))
        for i, t in enumerate(trees):
            for j, f in enumerate(t.feature):
                leaf = f < 0
                self.feature[i, j] = 0 if leaf else f
                self.threshold[i, j] = t.threshold[j]
                self.left[i, j] = j if leaf else t.left[j]  # a leaf points at itself: extra steps stay put
                self.right[i, j] = j if leaf else t.right[j]
                self.value[i, j] = t.value[j]
        self.depth = max(t.depth() for t in trees)
        self.rows = np.arange(n)

    def predict(self, x: np.ndarray) -> np.ndarray:
        """Sum over trees of each row's leaf value; x has one row per line."""
        node = np.zeros((x.shape[0], len(self.rows)), dtype=np.intp)
        lines = np.arange(x.shape[0])[:, None]
        for _ in range(self.depth):
            f = self.feature[self.rows, node]
            go_left = x[lines, f] <= self.threshold[self.rows, node]
            node = np.where(go_left, self.left[self.rows, node], self.right[self.rows, node])
        return self.value[self.rows, node].sum(axis=1)


@dataclass(frozen=True, slots=True)
class LineModel:
    base: float
    rate: float
    trees: tuple[Tree, ...]
    keep_threshold: float  # probability above which a line the rule pass dropped is kept
    drop_threshold: float  # probability below which a line the rule pass kept is dropped
    token_bias: float
    token_weights: dict[str, float]
    forest: Forest | None = None

    def token_score(self, text: str) -> float:
        return self.token_bias + sum(self.token_weights.get(w, 0.0) for w in line_tokens(text))

    def probabilities(self, rows: Sequence[Sequence[float]], texts: Sequence[str]) -> list[float]:
        """Probability that each line (features, text) is article text."""
        if not rows:
            return []
        x = np.array([[*r, self.token_score(t)] for r, t in zip(rows, texts, strict=True)], dtype=float)
        if self.forest is not None:
            # In chunks: the walk holds a (lines x trees) array, which must stay small on a huge page.
            sums = [self.forest.predict(x[i : i + CHUNK_LINES]) for i in range(0, len(x), CHUNK_LINES)]
            scores = self.base + self.rate * np.concatenate(sums)
        else:
            scores = np.array([self.base + self.rate * sum(t.predict(row) for t in self.trees) for row in x])
        return [float(v) for v in 1.0 / (1.0 + np.exp(-np.clip(scores, -30.0, 30.0)))]

    def probability(self, x: Sequence[float], text: str) -> float:
        return self.probabilities([x], [text])[0]

    def keeps(self, x: Sequence[float], text: str, rule_kept: bool) -> bool:
        return self.decide(self.probability(x, text), rule_kept)

    def decide(self, p: float, rule_kept: bool) -> bool:
        return p >= self.drop_threshold if rule_kept else p >= self.keep_threshold


def from_dict(data: dict[str, object]) -> LineModel:
    names = data.get("features")
    if names != [*FEATURE_NAMES, TOKEN_FEATURE]:
        raise ValueError("line model was trained on other features; retrain it")
    trees = tuple(
        Tree(
            tuple(int(v) for v in t["feature"]),
            tuple(float(v) for v in t["threshold"]),
            tuple(int(v) for v in t["left"]),
            tuple(int(v) for v in t["right"]),
            tuple(float(v) for v in t["value"]),
        )
        for t in data["trees"]  # type: ignore[attr-defined]
    )
    return LineModel(
        float(data["base"]),  # type: ignore[arg-type]
        float(data["rate"]),  # type: ignore[arg-type]
        trees,
        float(data["keep_threshold"]),  # type: ignore[arg-type]
        float(data["drop_threshold"]),  # type: ignore[arg-type]
        float(data["token_bias"]),  # type: ignore[arg-type]
        {str(k): float(v) for k, v in data["token_weights"].items()},  # type: ignore[attr-defined]
        Forest(trees) if trees else None,
    )


@cache
def load() -> LineModel | None:
    """The packaged model, or None when it is missing or stale (the rule pass then stands alone)."""
    try:
        text = resources.files("storyline").joinpath("data", MODEL_FILE).read_text(encoding="utf-8")
        return from_dict(json.loads(text))
    except (FileNotFoundError, ModuleNotFoundError, ValueError, KeyError, TypeError):
        return None
