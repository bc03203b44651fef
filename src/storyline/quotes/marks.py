"""Find quotation-mark spans in plain text, paragraph by paragraph, without any parser.

Works on character offsets so that every span indexes the article text directly. Handles straight and
curly double marks, TeX-style ``...'' pairs, curly single marks used as primary quotes, nested quotes (kept
inside the outer quote), the multi-paragraph convention (a paragraph ends inside a quote and the next one
re-opens it), and marks broken by scraping (a missing close is recovered at the paragraph end; a stray
close is ignored), so that no paragraph is ever dropped. Straight single marks ('...') count as quotation
marks only in a text that has no double marks at all (the house style of some British outlets); elsewhere
they are apostrophes far more often than quotes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

# "weak": a close that may be an apostrophe (a plural possessive); it closes only when no other close
# follows before the next opening mark.
Role = Literal["open", "close", "either", "weak"]

OPEN_DOUBLE = "“„‟«"
CLOSE_DOUBLE = "”»"
OPEN_SINGLE = "‘‚"
CLOSE_SINGLE = "’"
# The characters each scanner stops at: the loops jump from one to the next instead of stepping through
# every character of the text.
# Two curly apostrophes in a row close a double quotation in some feeds ('“Yes,’’ she said').
_DOUBLED_APOSTROPHE = CLOSE_SINGLE * 2
_DOUBLE_CHARS = re.compile(
    "[" + re.escape("`\"'" + OPEN_DOUBLE + CLOSE_DOUBLE) + "]|" + re.escape(_DOUBLED_APOSTROPHE)
)
_SINGLE_CHARS = re.compile("[" + re.escape(OPEN_SINGLE + CLOSE_SINGLE) + "]")
_STRAIGHT_SINGLE = re.compile("'")
# A mark after one of these (or after whitespace / at the start) can open a quote.
_OPEN_CONTEXT = "([{—–-/:;,"
# A mark before one of these (or before whitespace / at the end) can close a quote.
_CLOSE_CONTEXT = ".,;:!?)]}—–-…"
# Punctuation a straight mark may be glued to on both sides when the space after the mark was lost.
_GLUED_AFTER = ",.!?"


@dataclass(slots=True)
class MarkSpan:
    """One quotation: ``start``/``end`` include the marks; ``pieces`` are the quoted words (one per paragraph)."""

    start: int
    end: int
    pieces: list[tuple[int, int]] = field(default_factory=list)
    damaged: bool = False  # closed by recovery (missing or mismatched mark)

    @property
    def content_start(self) -> int:
        return self.pieces[0][0]

    @property
    def content_end(self) -> int:
        return self.pieces[-1][1]

    def text(self, source: str) -> str:
        return " ".join(source[s:e] for s, e in self.pieces if e > s)


@dataclass(slots=True)
class _Mark:
    pos: int
    length: int
    role: Role


def paragraphs(text: str, bounds: Sequence[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Paragraph spans: the given block bounds, else runs of text separated by blank lines."""
    if bounds:
        return sorted((s, e) for s, e in bounds if e > s)
    out: list[tuple[int, int]] = []
    pos = 0
    for part in text.split("\n\n"):
        if part.strip():
            out.append((pos, pos + len(part)))
        pos += len(part) + 2
    return out


def _is_open_ctx(ch: str) -> bool:
    return ch == "" or ch.isspace() or ch in _OPEN_CONTEXT or ch in OPEN_DOUBLE or ch in OPEN_SINGLE


def _is_close_ctx(ch: str) -> bool:
    return ch == "" or ch.isspace() or ch in _CLOSE_CONTEXT or ch in CLOSE_DOUBLE or ch in CLOSE_SINGLE


def _double_marks(text: str, start: int, end: int) -> list[_Mark]:
    marks: list[_Mark] = []
    i = start
    while i < end:
        found = _DOUBLE_CHARS.search(text, i, end)
        if found is None:
            break
        i = found.start()
        ch = text[i]
        two = text[i : i + 2]
        prev = text[i - 1] if i > start else ""
        if two == "``":
            marks.append(_Mark(i, 2, "open"))
            i += 2
            continue
        if two == _DOUBLED_APOSTROPHE:
            marks.append(_Mark(i, 2, "close"))
            i += 2
            continue
        if ch == '"' or (two == "''" and i + 2 <= end):
            # Straight marks (and the doubled apostrophes some archives use for both ends) say by
            # their neighbours whether they open or close.
            n = 1 if ch == '"' else 2
            nxt = text[i + n] if i + n < end else ""
            can_open = _is_open_ctx(prev) and not nxt.isspace() and nxt != ""
            can_close = _is_close_ctx(nxt) and not prev.isspace() and prev != ""
            if prev in _GLUED_AFTER and nxt.isalnum():
                # 'an Airman,"Capt. X said' and 'he said,"We ...' lost the same space: such a mark closes a
                # quotation that is open and opens one otherwise
                can_close = True
            if can_open and not can_close:
                marks.append(_Mark(i, n, "open"))
            elif can_close and not can_open:
                marks.append(_Mark(i, n, "close"))
            else:
                marks.append(_Mark(i, n, "either"))
            i += n
            continue
        if ch in OPEN_DOUBLE:
            marks.append(_Mark(i, 1, "open"))
        elif ch in CLOSE_DOUBLE:
            # Scrapers sometimes put a closing curly mark where an opening one belongs.
            nxt = text[i + 1] if i + 1 < end else ""
            role: Role = "either" if _is_open_ctx(prev) and not _is_close_ctx(nxt) else "close"
            marks.append(_Mark(i, 1, role))
        i += 1
    return marks


def _straight_single_marks(text: str, start: int, end: int) -> list[_Mark]:
    """Straight single marks that can delimit a quote: not an apostrophe inside a word ("don't"), and
    not a plural possessive ("the leaders' decision")."""
    marks: list[_Mark] = []
    for found in _STRAIGHT_SINGLE.finditer(text, start, end):
        i = found.start()
        prev = text[i - 1] if i > start else ""
        nxt = text[i + 1] if i + 1 < end else ""
        if prev.isalnum() and nxt.isalnum():
            continue
        can_open = _is_open_ctx(prev) and nxt != "" and not nxt.isspace() and not _elision(text, i + 1, end)
        can_close = _is_close_ctx(nxt) and prev != "" and not prev.isspace()
        if can_close and prev in "sS" and _lowercase_word_follows(text, i + 1, end):
            marks.append(_Mark(i, 1, "weak"))  # "the leaders' decision" or "'... variables' that"
        elif can_open and not can_close:
            marks.append(_Mark(i, 1, "open"))
        elif can_close and not can_open:
            marks.append(_Mark(i, 1, "close"))
    return marks


# Words whose first letters an apostrophe stands for ("'em", "rock 'n' roll", "'til").
_ELIDED = frozenset({"em", "n", "til", "cause", "tis", "twas", "bout", "round", "s"})


def _elision(text: str, i: int, end: int) -> bool:
    """An apostrophe that opens no quote: before a year ("the '90s") or an elided word ("'em")."""
    if i < end and text[i].isdigit():
        return True
    j = i
    while j < end and text[j].isalpha():
        j += 1
    return text[i:j].lower() in _ELIDED


def _lowercase_word_follows(text: str, i: int, end: int) -> bool:
    return i + 1 < end and text[i] == " " and text[i + 1].isalpha() and text[i + 1].islower()


def _single_marks(text: str, start: int, end: int) -> list[_Mark]:
    """Curly single marks that can delimit a quote (apostrophes inside words are skipped)."""
    marks: list[_Mark] = []
    for found in _SINGLE_CHARS.finditer(text, start, end):
        i = found.start()
        ch = text[i]
        prev = text[i - 1] if i > start else ""
        nxt = text[i + 1] if i + 1 < end else ""
        if ch in OPEN_SINGLE and _is_open_ctx(prev) and nxt and not nxt.isspace():
            marks.append(_Mark(i, 1, "open"))
        elif ch in CLOSE_SINGLE and prev and not prev.isspace() and not nxt.isalnum():
            # "allies’ resolve" (plural possessive) looks the same; only a pending open makes it a close.
            marks.append(_Mark(i, 1, "close"))
    return marks


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _first_nonspace(text: str, start: int, end: int) -> int:
    i = start
    while i < end and text[i].isspace():
        i += 1
    return i


def _closes_before_next_open(marks: Sequence[_Mark], i: int) -> int:
    n = 0
    for m in marks[i + 1 :]:
        if m.role == "open":
            break
        if m.role != "weak":
            n += 1
    return n


MarkFinder = Callable[[str, int, int], list[_Mark]]


def scan_double(
    text: str, paras: Sequence[tuple[int, int]], marks_of: MarkFinder = _double_marks
) -> list[MarkSpan]:
    """Quotes in double marks (or in the marks ``marks_of`` finds), across paragraphs."""
    out: list[MarkSpan] = []
    cur: MarkSpan | None = None  # a quote still open
    piece_start = 0
    for pi, (ps, pe) in enumerate(paras):
        marks = marks_of(text, ps, pe)
        skip_first = False
        if cur is not None:
            # Carried over from the previous paragraph: this paragraph re-opens it.
            skip_first = True
            piece_start = marks[0].pos + marks[0].length
        depth = 0  # same-style marks nested inside the open quote ("he calls “hell” a place")
        for mi, m in enumerate(marks):
            if skip_first and mi == 0:
                continue
            if m.role == "weak":
                if cur is None or depth or _closes_before_next_open(marks, mi):
                    continue  # an apostrophe: a real close still follows
                m = _Mark(m.pos, m.length, "close")
            if depth and m.role in ("close", "either"):
                depth -= 1
                continue
            if cur is None:
                if m.role in ("open", "either"):
                    cur = MarkSpan(start=m.pos, end=m.pos)
                    piece_start = m.pos + m.length
                # a close with nothing open is a stray mark (scraping damage): ignore it
                continue
            if m.role in ("close", "either"):
                cur.pieces.append(_trim(text, piece_start, m.pos))
                cur.end = m.pos + m.length
                out.append(cur)
                cur = None
            elif _closes_before_next_open(marks, mi) >= 2:
                depth += 1  # an inner quote in the same marks: its close and the outer close both follow
            else:  # an opening mark while a quote is open: the earlier one lost its close
                cur.pieces.append(_trim(text, piece_start, m.pos))
                cur.end = cur.pieces[-1][1]
                cur.damaged = True
                out.append(cur)
                cur = MarkSpan(start=m.pos, end=m.pos)
                piece_start = m.pos + m.length
        if cur is not None:
            cur.pieces.append(_trim(text, piece_start, pe))
            cur.end = cur.pieces[-1][1]
            nxt = paras[pi + 1] if pi + 1 < len(paras) else None
            if nxt is not None:
                first = _first_nonspace(text, nxt[0], nxt[1])
                nmarks = marks_of(text, nxt[0], nxt[1])
                if nmarks and nmarks[0].pos == first and nmarks[0].role in ("open", "either"):
                    continue  # multi-paragraph quote: keep it open
            cur.damaged = True
            out.append(cur)
            cur = None
    return [q for q in out if q.pieces and any(e > s for s, e in q.pieces)]


def scan_single(text: str, paras: Sequence[tuple[int, int]], taken: Sequence[MarkSpan]) -> list[MarkSpan]:
    """Quotes in curly single marks outside double-quoted text (British style, headlines)."""
    out: list[MarkSpan] = []
    for ps, pe in paras:
        marks = _single_marks(text, ps, pe)
        open_at: _Mark | None = None
        for m in marks:
            if m.role == "open":
                open_at = m
            elif open_at is not None:
                s, e = _trim(text, open_at.pos + 1, m.pos)
                if e > s:
                    out.append(MarkSpan(start=open_at.pos, end=m.pos + 1, pieces=[(s, e)]))
                open_at = None
    return [q for q in out if not any(q.start < t.end and t.start < q.end for t in taken)]


def _remembered(marks_of: MarkFinder) -> MarkFinder:
    """``marks_of`` that scans each paragraph once: the scan looks one paragraph ahead and comes back."""
    seen: dict[tuple[int, int], list[_Mark]] = {}

    def cached(text: str, start: int, end: int) -> list[_Mark]:
        if (start, end) not in seen:
            seen[(start, end)] = marks_of(text, start, end)
        return seen[(start, end)]

    return cached


def find_marked(text: str, bounds: Iterable[tuple[int, int]] | None = None) -> list[MarkSpan]:
    """Every quotation-mark span in ``text`` (inner quotes stay inside their outer quote)."""
    paras = paragraphs(text, list(bounds) if bounds is not None else None)
    double_marks = _remembered(_double_marks)
    doubles = scan_double(text, paras, double_marks)
    if not any(double_marks(text, s, e) for s, e in paras):
        doubles = scan_double(text, paras, _remembered(_straight_single_marks))
    singles = scan_single(text, paras, doubles)
    return sorted(doubles + singles, key=lambda q: q.start)
