"""Train the plain-text line model (src/storyline/data/line_model.json) on the dev split of trafilatura-eval.

Each page is rendered to its full visible text as bench/extraction.py does; a line that holds a "with"
snippet is article text, one that holds a "without" snippet is boilerplate (other lines carry no label).
Two learners, scikit-learn being needed only here: a bag-of-words logistic regression whose score becomes
one more feature, and gradient-boosted trees over storyline.clean.line_features plus that score. The word
score a tree learner sees for a page comes from a word model that did not train on that page (five folds),
as at run time on unseen pages. The two decision thresholds are chosen on out-of-fold predictions over the
dev pages, scored as the benchmark scores snippets. Held-out pages (extraction.is_held_out) are never read
here: score them with `python bench/extraction.py`.

    pip install -e ".[train]"   # scikit-learn
    python bench/train_line_model.py [--shared ../shared] [--out src/storyline/data/line_model.json]
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "src"))

import extraction as E  # noqa: E402
from storyline.clean.line_features import FEATURE_NAMES  # noqa: E402
from storyline.clean.line_model import TOKEN_FEATURE, line_tokens  # noqa: E402
from storyline.clean.lines import Line, analyse, article_features, decide_kinds, rule_pass  # noqa: E402
from storyline.records import BlockKind  # noqa: E402

FOLDS = 5
GRID = [t / 20 for t in range(3, 16)]


@dataclass
class Page:
    features: list[list[float]]
    texts: list[str]
    rule_kept: list[bool]
    labels: list[int]  # 1 article text, 0 boilerplate, -1 no label
    weights: list[int]  # snippets the line holds
    withs: list[list[int]]  # per "with" snippet: the lines that hold it (line indices)
    withouts: list[list[int]]
    lines: list[Line]
    kinds: dict[int, BlockKind]  # the rule pass's verdict
    indices: list[int]  # line index of each feature row
    tokens: list[float] | None = None  # out-of-fold word score per line


def read_page(text: str, gold: dict[str, Any]) -> Page:
    lines = analyse(text.splitlines())
    kinds, cluster_of, _ = rule_pass(lines)
    rows = article_features(lines, kinds, cluster_of)
    texts = [lines[i].text for i, _ in rows]
    normed = [E.norm(t) for t in texts]

    indices = [i for i, _ in rows]

    def holders(snippets: list[str]) -> list[list[int]]:
        return [[indices[j] for j, t in enumerate(normed) if E.norm(str(s)) in t] for s in snippets]

    withs, withouts = holders(gold.get("with", [])), holders(gold.get("without", []))
    pos, neg = [0] * len(texts), [0] * len(texts)
    row_of = {index: j for j, index in enumerate(indices)}
    for occ in withs:
        for i in occ:
            pos[row_of[i]] += 1
    for occ in withouts:
        for i in occ:
            neg[row_of[i]] += 1
    labels = [(1 if p else 0) if bool(p) != bool(n) else -1 for p, n in zip(pos, neg, strict=True)]
    weights = [max(p, n) for p, n in zip(pos, neg, strict=True)]
    return Page(
        [v for _, v in rows],
        texts,
        [i in kinds for i, _ in rows],
        labels,
        weights,
        withs,
        withouts,
        lines,
        kinds,
        indices,
    )


def snippet_f1(
    pages: Sequence[Page], probs: Sequence[Sequence[float]], keep_t: float, drop_t: float
) -> float:
    """The benchmark's snippet F1 of the lines kept, decided as at run time (storyline.clean.lines.decide_kinds)."""
    tp = fp = fn = 0
    for page, pr in zip(pages, probs, strict=True):
        keep = decide_kinds(page.lines, page.kinds, dict(zip(page.indices, pr, strict=True)), keep_t, drop_t)
        for occ in page.withs:
            hit = any(i in keep for i in occ)
            tp, fn = tp + hit, fn + (not hit)
        fp += sum(1 for occ in page.withouts if any(i in keep for i in occ))
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def labelled(pages: Sequence[Page], with_tokens: bool) -> tuple[list[Any], list[int], list[int]]:
    x: list[Any] = []
    y: list[int] = []
    w: list[int] = []
    for page in pages:
        for j, label in enumerate(page.labels):
            if label < 0:
                continue
            if with_tokens:
                assert page.tokens is not None
                x.append([*page.features[j], page.tokens[j]])
            else:
                x.append(" ".join(sorted(line_tokens(page.texts[j]))))
            y.append(label)
            w.append(page.weights[j])
    return x, y, w


def fit_tokens(pages: Sequence[Page], c: float) -> tuple[float, dict[str, float]]:
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression

    docs, y, w = labelled(pages, with_tokens=False)
    vec = CountVectorizer(binary=True, min_df=3, token_pattern=r"\S+", lowercase=False)
    model = LogisticRegression(C=c, max_iter=2000)
    model.fit(vec.fit_transform(docs), y, sample_weight=w)
    words = vec.get_feature_names_out()
    weights = {
        str(t): round(float(v), 4) for t, v in zip(words, model.coef_[0], strict=True) if abs(v) >= 1e-3
    }
    return float(model.intercept_[0]), weights


def token_scores(page: Page, bias: float, weights: dict[str, float]) -> list[float]:
    return [bias + sum(weights.get(t, 0.0) for t in line_tokens(text)) for text in page.texts]


def fit_trees(pages: Sequence[Page], args: argparse.Namespace) -> Any:
    from sklearn.ensemble import GradientBoostingClassifier

    x, y, w = labelled(pages, with_tokens=True)
    model = GradientBoostingClassifier(
        n_estimators=args.trees,
        max_depth=args.depth,
        learning_rate=args.rate,
        subsample=0.8,
        min_samples_leaf=10,
        random_state=0,
    )
    model.fit(x, y, sample_weight=w)
    return model


def predict(model: Any, page: Page) -> list[float]:
    assert page.tokens is not None
    if not page.features:
        return []
    x = [[*f, t] for f, t in zip(page.features, page.tokens, strict=True)]
    return [float(p) for p in model.predict_proba(x)[:, 1]]


def folds(n: int) -> list[tuple[list[int], list[int]]]:
    return [
        ([i for i in range(n) if i % FOLDS != k], [i for i in range(n) if i % FOLDS == k])
        for k in range(FOLDS)
    ]


def export(
    model: Any, keep_t: float, drop_t: float, bias: float, weights: dict[str, float]
) -> dict[str, Any]:
    trees = []
    for est in model.estimators_[:, 0]:
        t = est.tree_
        trees.append(
            {
                "feature": [
                    int(f) if left >= 0 else -1 for f, left in zip(t.feature, t.children_left, strict=True)
                ],
                "threshold": [round(float(v), 6) for v in t.threshold],
                "left": [int(v) for v in t.children_left],
                "right": [int(v) for v in t.children_right],
                "value": [round(float(v[0][0]), 6) for v in t.value],
            }
        )
    prior = float(model.init_.class_prior_[1])
    return {
        "features": [*FEATURE_NAMES, TOKEN_FEATURE],
        "base": math.log(prior / (1 - prior)),
        "rate": model.learning_rate,
        "keep_threshold": keep_t,
        "drop_threshold": drop_t,
        "token_bias": round(bias, 4),
        "token_weights": dict(sorted(weights.items())),
        "trees": trees,
    }


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--out", type=Path, default=ROOT / "src" / "storyline" / "data" / "line_model.json")
    ap.add_argument("--trees", type=int, default=300)
    ap.add_argument("--depth", type=int, default=3)
    ap.add_argument("--rate", type=float, default=0.05)
    ap.add_argument("--word-c", type=float, default=0.3, help="inverse regularisation of the word model")
    args = ap.parse_args(argv)
    all_pages = E.load_pages(args.shared, False)
    quick = E.quick_sample([u for u, _, _ in all_pages])
    pages = [
        read_page(E.visible_text(html), gold)
        for url, gold, html in all_pages
        if not E.is_held_out(url, quick)
    ]
    # Word scores out of fold, so the trees learn how far to trust them on pages they were not fitted on.
    for train, test in folds(len(pages)):
        bias, weights = fit_tokens([pages[i] for i in train], args.word_c)
        for i in test:
            pages[i].tokens = token_scores(pages[i], bias, weights)
    oof: list[list[float]] = [[] for _ in pages]
    for train, test in folds(len(pages)):
        model = fit_trees([pages[i] for i in train], args)
        for i in test:
            oof[i] = predict(model, pages[i])
    rule = snippet_f1(pages, [[float(k) for k in p.rule_kept] for p in pages], 0.5, 0.5)  # rules alone
    best = max((snippet_f1(pages, oof, k, d), k, d) for k in GRID for d in GRID)
    print(f"dev: {len(pages)} pages, {sum(1 for p in pages for y in p.labels if y >= 0)} labelled lines")
    print(
        f"dev snippet F1: rule pass {rule:.3f}; model out of fold {best[0]:.3f} (keep>={best[1]:.2f}, drop<{best[2]:.2f})"
    )
    bias, weights = fit_tokens(pages, args.word_c)
    model = fit_trees(pages, args)
    args.out.write_text(
        json.dumps(export(model, best[1], best[2], bias, weights), separators=(",", ":")) + "\n"
    )
    print(f"wrote {args.out} ({len(weights)} words, {args.trees} trees)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
