"""How many wrong values are the gold disagreeing with itself: a check on a TimeML corpus's own conventions.

TimeML corpora annotated by many hands do not always give one expression one kind of value: "last week" is a
week number in one file, ``XXXX-WXX`` in the next and a month in a third. Scored against such gold, a tagger that
keeps one convention loses wherever the gold used another. This audit sorts the wrong values of a run:

- *anchor*: gold and system give the same kind of value (both a day, both a week) and differ in which one;
- *gold's own convention*: the system's kind of value is the one the gold itself gives that expression most
  often across the corpus (more often than the kind it gave here);
- *other*: the rest.

It also reports what value F1 would read if the second group were scored right. That figure is a measure of
the gold, never a headline: the headline stays the plain TempEval-3 score.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from storyline.time.scoring import GoldDoc, Scores, Timex, match_pairs, values_agree

_WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b")
_MONTH = re.compile(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?"
)


def expression_form(text: str) -> str:
    """The expression with the parts that change from one mention to the next masked: "Friday night" and
    "Tuesday night" share a form, as do "March 3" and "Oct. 12" and "10 years ago" and "50 years ago"."""
    t = " ".join(text.lower().split()).strip(" .,;:")
    t = _WEEKDAY.sub("WD", t)
    t = _MONTH.sub("MON", t)
    return re.sub(r"\d+", "N", t)


def value_shape(value: str | None) -> str:
    """The kind of value: digits masked, so 1998-W33 and 2000-W07 are one kind and 1998-WXX another."""
    return re.sub(r"\d", "9", (value or "").strip().upper())


@dataclass
class ValueAudit:
    wrong: int = 0
    anchor: int = 0
    gold_convention: int = 0
    other: int = 0
    examples: dict[tuple[str, str, str], int] = field(default_factory=dict)

    def value_f1_if_consistent(self, scores: Scores) -> float:
        """Value F1 with the wrong values that follow the gold's own majority convention counted right."""
        if not scores.relaxed:
            return 0.0
        return scores.relaxed_f1 * (scores.value_ok + self.gold_convention) / scores.relaxed


def gold_shapes_by_form(docs: Sequence[GoldDoc]) -> dict[str, Counter[str]]:
    shapes: dict[str, Counter[str]] = defaultdict(Counter)
    for d in docs:
        for t in d.timexes:
            shapes[expression_form(d.text[t.start : t.end])][value_shape(t.value)] += 1
    return shapes


def audit_values(docs: Sequence[GoldDoc], systems: Sequence[list[Timex]]) -> ValueAudit:
    """Sort the wrong values of ``systems`` (one list per document, in order) against ``docs``' gold."""
    shapes = gold_shapes_by_form(docs)
    audit = ValueAudit()
    found: Counter[tuple[str, str, str]] = Counter()
    for d, system in zip(docs, systems, strict=True):
        pairs, _ = match_pairs(d.timexes, system)
        for i, j in pairs:
            g, s = d.timexes[i], system[j]
            if values_agree(g.value, s.value):
                continue
            audit.wrong += 1
            g_shape, s_shape = value_shape(g.value), value_shape(s.value)
            if g_shape == s_shape:
                audit.anchor += 1
                continue
            form = expression_form(d.text[g.start : g.end])
            if _is_majority(shapes[form], s_shape, over=g_shape):
                audit.gold_convention += 1
                found[(form, g_shape, s_shape)] += 1
            else:
                audit.other += 1
    audit.examples = dict(found.most_common())
    return audit


def _is_majority(counts: Counter[str], shape: str, over: str) -> bool:
    """``shape`` is the gold's most frequent kind of value for the form, and more frequent than ``over``."""
    if not counts or counts[shape] <= counts[over]:
        return False
    return counts[shape] == max(counts.values())
