"""Timeline-summarisation metrics: Date F1 and alignment-based ROUGE-1/2 ("align+ m:1").

Follows Martschat & Markert (2017) as used by the news-tls protocol:

* ROUGE counts: lower-cased whitespace tokens, punctuation tokens and stop words removed, Porter
  stems; n-gram hits against each reference timeline summed; precision denominator = number of
  reference timelines x predicted n-grams, recall denominator = reference n-grams.
* align+ m:1: every predicted date is matched to the reference date of lowest cost, and every
  reference date to the predicted date of lowest cost, where cost = (1 - 1/(|days|+1)) x
  (1 - approximate ROUGE-1 F of the two summaries); hits of a matched pair are weighted by
  1/(|days|+1).
* Over several timelines (tasks), precision and recall are averaged and F is computed from the means.

A timeline here is ``{datetime.date: [sentence, ...]}``; sentences are whitespace-tokenised strings.
"""

from __future__ import annotations

import string
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from storyline.story.text import STOPWORDS

Timeline = Mapping[date, Sequence[str]]

_PUNCT_TOKENS = frozenset({".", ",", ";", ":", "``", "''", "-", '"'})


@dataclass(frozen=True)
class PRF:
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def _smart_stopwords() -> frozenset[str] | None:
    """The SMART stop list shipped with an installed ROUGE-1.5.5 copy (pyrouge, via tilse), read at
    run time so scores compare with published ones; None when it is not installed."""
    try:
        import pyrouge
    except Exception:
        return None
    base = Path(pyrouge.__file__).resolve().parent
    path = base / "tools" / "ROUGE-1.5.5" / "data" / "smart_common_words.txt"
    if not path.is_file():
        return None
    return frozenset(path.read_text(encoding="utf-8", errors="replace").splitlines())


def _porter() -> Callable[[str], str]:
    try:
        from nltk.stem import PorterStemmer
    except ImportError as exc:  # the metric is undefined without the stemmer: say so
        raise ImportError(
            "storyline.story.tls_eval needs nltk (pip install nltk) for Porter stemming"
        ) from exc
    stemmer = PorterStemmer()

    def stem(tok: str) -> str:
        try:
            return str(stemmer.stem(tok))
        except IndexError:
            return tok

    return stem


class Rouge:
    """ROUGE-1/2 hit counts with stemming and stop-word removal."""

    def __init__(self, stopwords: Iterable[str] | None = None) -> None:
        if stopwords is None:
            smart = _smart_stopwords()
            self.stopwords_source = "SMART (ROUGE-1.5.5)" if smart is not None else "storyline"
            stopwords = smart if smart is not None else STOPWORDS
        else:
            self.stopwords_source = "given"
        self.ignore = frozenset(stopwords) | _PUNCT_TOKENS
        self._stem = _porter()
        self._cache: dict[str, str] = {}

    def tokens(self, sentences: Sequence[str]) -> list[str]:
        out: list[str] = []
        for sent in sentences:
            for tok in sent.split():
                low = tok.lower()
                if low in self.ignore:
                    continue
                st = self._cache.get(low)
                if st is None:
                    st = self._cache[low] = self._stem(low)
                out.append(st)
        return out

    def counts(self, pred: Sequence[str], refs: Sequence[Sequence[str]], n: int) -> tuple[float, int, int]:
        """(hits, precision denominator, recall denominator) of ``pred`` against every reference."""
        p_grams = _ngrams(self.tokens(pred), n)
        hits = 0
        r_denom = 0
        for ref in refs:
            r_grams = _ngrams(self.tokens(ref), n)
            hits += sum(min(c, r_grams[g]) for g, c in p_grams.items())
            r_denom += sum(r_grams.values())
        return hits, len(refs) * sum(p_grams.values()), r_denom


def _ngrams(tokens: list[str], n: int) -> Counter[tuple[str, ...]]:
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def _approx_rouge1_f(pred: Sequence[str], refs: Sequence[Sequence[str]]) -> float:
    """The alignment's content similarity: raw tokens (case kept), single punctuation marks dropped."""

    def bag(sents: Sequence[str]) -> Counter[str]:
        return Counter(t for s in sents for t in s.split() if t not in string.punctuation)

    p = bag(pred)
    r = [bag(x) for x in refs]
    hits = sum(min(c, rc[t]) for t, c in p.items() for rc in r)
    p_den = len(r) * sum(p.values())
    r_den = sum(sum(rc.values()) for rc in r)
    prec = hits / p_den if p_den else 0.0
    rec = hits / r_den if r_den else 0.0
    return 0.0 if prec + rec == 0 else 2 * prec * rec / (prec + rec)


def _days(a: date, b: date) -> int:
    return abs(a.toordinal() - b.toordinal())


def _ref_summaries(refs: Sequence[Timeline], d: date) -> list[Sequence[str]]:
    return [list(tl.get(d, [])) for tl in refs]


def date_prf(pred: Timeline, refs: Sequence[Timeline]) -> PRF:
    """Date selection against the union of the reference timelines' dates."""
    p_dates = set(pred)
    r_dates: set[date] = set().union(*(set(r) for r in refs)) if refs else set()
    both = len(p_dates & r_dates)
    return PRF(both / len(p_dates) if p_dates else 0.0, both / len(r_dates) if r_dates else 0.0)


def align_rouge(pred: Timeline, refs: Sequence[Timeline], rouge: Rouge | None = None) -> dict[int, PRF]:
    """align+ m:1 ROUGE-1 and ROUGE-2 of one predicted timeline against its reference timeline(s)."""
    rg = rouge or Rouge()
    p_dates = sorted(pred)
    r_dates = sorted(set().union(*(set(r) for r in refs))) if refs else []
    ref_sum = {d: _ref_summaries(refs, d) for d in r_dates}
    content = {
        (pd, rd): 1.0 - _approx_rouge1_f(pred[pd], ref_sum[rd])
        for pd in p_dates
        for rd in r_dates
        if _days(pd, rd)
    }

    def cost(pd: date, rd: date) -> float:
        dd = _days(pd, rd)
        return 0.0 if dd == 0 else (1 - 1 / (dd + 1)) * content[(pd, rd)]

    # ties go to the earliest date, like an argmin over sorted dates
    out: dict[int, PRF] = {}
    for n in (1, 2):
        p_num = p_den = r_num = r_den = 0.0
        for pd in p_dates:
            if not r_dates:
                _, pden, _ = rg.counts(pred[pd], [[] for _ in refs], n)
                p_den += pden
                continue
            rd = min(r_dates, key=lambda r: (cost(pd, r), r))
            hits, pden, _ = rg.counts(pred[pd], ref_sum[rd], n)
            p_num += hits / (_days(pd, rd) + 1)
            p_den += pden
        for rd in r_dates:
            if not p_dates:
                _, _, rden = rg.counts([], ref_sum[rd], n)
                r_den += rden
                continue
            pd = min(p_dates, key=lambda p: (cost(p, rd), p))
            hits, _, rden = rg.counts(pred[pd], ref_sum[rd], n)
            r_num += hits / (_days(pd, rd) + 1)
            r_den += rden
        out[n] = PRF(p_num / p_den if p_den else 0.0, r_num / r_den if r_den else 0.0)
    return out


@dataclass(frozen=True)
class TaskScores:
    date: PRF
    rouge1: PRF
    rouge2: PRF


def evaluate(pred: Timeline, refs: Sequence[Timeline], rouge: Rouge | None = None) -> TaskScores:
    ar = align_rouge(pred, refs, rouge)
    return TaskScores(date_prf(pred, refs), ar[1], ar[2])


def average(tasks: Sequence[TaskScores]) -> TaskScores:
    """Mean precision and mean recall over tasks (F then follows from the means)."""
    if not tasks:
        return TaskScores(PRF(0, 0), PRF(0, 0), PRF(0, 0))
    n = len(tasks)

    def mean(get: Callable[[TaskScores], PRF]) -> PRF:
        return PRF(sum(get(t).precision for t in tasks) / n, sum(get(t).recall for t in tasks) / n)

    return TaskScores(mean(lambda t: t.date), mean(lambda t: t.rouge1), mean(lambda t: t.rouge2))
