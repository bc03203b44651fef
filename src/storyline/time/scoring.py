"""TempEval-3 style scoring of time expressions, and readers for TimeML and MEANTIME (CAT XML) files.

Extent: strict (same offsets) and relaxed (overlap) precision/recall/F1 with one-to-one matching.
Attributes: type and value accuracy over the relaxed matches; value F1 = relaxed F1 x value accuracy.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(slots=True)
class Timex:
    start: int
    end: int
    type: str
    value: str | None


@dataclass(slots=True)
class GoldDoc:
    name: str
    text: str
    dct: str | None
    timexes: list[Timex] = field(default_factory=list)


@dataclass
class Scores:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type_ok: int = 0
    value_ok: int = 0

    def add(self, other: Scores) -> None:
        for k in ("gold", "system", "strict", "relaxed", "type_ok", "value_ok"):
            setattr(self, k, getattr(self, k) + getattr(other, k))

    @staticmethod
    def _f(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    def prf(self, matched: int) -> tuple[float, float, float]:
        p = matched / self.system if self.system else 0.0
        r = matched / self.gold if self.gold else 0.0
        return p, r, self._f(p, r)

    @property
    def strict_f1(self) -> float:
        return self.prf(self.strict)[2]

    @property
    def relaxed_f1(self) -> float:
        return self.prf(self.relaxed)[2]

    @property
    def type_accuracy(self) -> float:
        return self.type_ok / self.relaxed if self.relaxed else 0.0

    @property
    def value_accuracy(self) -> float:
        return self.value_ok / self.relaxed if self.relaxed else 0.0

    @property
    def value_f1(self) -> float:
        return self.relaxed_f1 * self.value_accuracy


def _norm_value(v: str | None) -> str:
    return (v or "").strip().upper()


def match_pairs(gold: list[Timex], system: list[Timex]) -> tuple[list[tuple[int, int]], int]:
    """One-to-one matching, exact spans first, then the largest overlaps: (gold, system) index pairs and
    how many of them are exact."""
    used_g: set[int] = set()
    used_s: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for i, gt in enumerate(gold):
        for j, st in enumerate(system):
            if j not in used_s and gt.start == st.start and gt.end == st.end:
                used_g.add(i)
                used_s.add(j)
                pairs.append((i, j))
                break
    exact = len(pairs)
    overlaps = sorted(
        (
            (min(gt.end, st.end) - max(gt.start, st.start), i, j)
            for i, gt in enumerate(gold)
            if i not in used_g
            for j, st in enumerate(system)
            if j not in used_s and gt.start < st.end and st.start < gt.end
        ),
        reverse=True,
    )
    for _, i, j in overlaps:
        if i in used_g or j in used_s:
            continue
        used_g.add(i)
        used_s.add(j)
        pairs.append((i, j))
    return pairs, exact


def values_agree(gold: str | None, system: str | None) -> bool:
    return _norm_value(gold) == _norm_value(system)


def score_document(gold: list[Timex], system: list[Timex]) -> Scores:
    s = Scores(gold=len(gold), system=len(system))
    pairs, s.strict = match_pairs(gold, system)
    s.relaxed = len(pairs)
    for i, j in pairs:
        s.type_ok += gold[i].type == system[j].type
        s.value_ok += values_agree(gold[i].value, system[j].value)
    return s


_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def read_timeml(path: Path) -> GoldDoc:
    """A TimeML file: the text inside <TEXT> with tags removed, its TIMEX3 spans, and the DCT value."""
    raw = path.read_text(encoding="utf-8")
    dct_m = re.search(r"<DCT>\s*<TIMEX3([^>]*)>", raw)
    dct = dict(_ATTR.findall(dct_m.group(1))).get("value") if dct_m else None
    body_m = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
    body = body_m.group(1) if body_m else ""
    out: list[str] = []
    pos = 0
    length = 0
    timexes: list[Timex] = []
    open_stack: list[tuple[int, dict[str, str]]] = []
    for m in _TAG.finditer(body):
        chunk = html.unescape(body[pos : m.start()])
        out.append(chunk)
        length += len(chunk)
        pos = m.end()
        if m.group(2) != "TIMEX3":
            continue
        if m.group(1):
            if open_stack:
                st, attrs = open_stack.pop()
                timexes.append(Timex(st, length, attrs.get("type", ""), attrs.get("value")))
        elif not m.group(4):
            open_stack.append((length, dict(_ATTR.findall(m.group(3)))))
    out.append(html.unescape(body[pos:]))
    return GoldDoc(path.stem, "".join(out), dct, timexes)


_NO_SPACE_BEFORE = re.compile(r"^(?:[,.:;!?%)\]}]|'s|n't|'re|'ve|'ll|'d|'m)$", re.I)


def read_meantime(path: Path) -> GoldDoc:
    """A MEANTIME CAT-XML file: tokens detokenized into text (one line per sentence), TIMEX3 token spans."""
    root = ET.parse(path).getroot()
    parts: list[str] = []
    offsets: dict[str, tuple[int, int]] = {}
    length = 0
    prev_sent: str | None = None
    prev_tok = ""
    for tok in root.iter("token"):
        t = tok.text or ""
        sent = tok.get("sentence")
        if prev_sent is None:
            sep = ""
        elif sent != prev_sent:
            sep = "\n"
        elif _NO_SPACE_BEFORE.match(t) or prev_tok in ("(", "$", "[", "“"):
            sep = ""
        else:
            sep = " "
        parts.append(sep)
        length += len(sep)
        offsets[tok.get("t_id", "")] = (length, length + len(t))
        parts.append(t)
        length += len(t)
        prev_sent, prev_tok = sent, t
    text = "".join(parts)
    dct = None
    timexes: list[Timex] = []
    markables = root.find("Markables")
    for tx in markables.iter("TIMEX3") if markables is not None else []:
        if tx.get("functionInDocument") == "CREATION_TIME":
            dct = tx.get("value")
            dmy = re.fullmatch(r"(\d\d)-(\d\d)-(\d{4})", dct or "")
            if dmy:  # a few files write the DCT day first
                dct = f"{dmy.group(3)}-{dmy.group(2)}-{dmy.group(1)}"
            continue
        ids = [a.get("t_id", "") for a in tx.iter("token_anchor")]
        spans = [offsets[i] for i in ids if i in offsets]
        if not spans:
            continue
        timexes.append(
            Timex(min(s for s, _ in spans), max(e for _, e in spans), tx.get("type", ""), tx.get("value"))
        )
    return GoldDoc(path.stem, text, dct, timexes)
