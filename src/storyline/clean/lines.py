"""Line classifier for plain text: which lines are the article, which are page furniture.

The article is the largest cluster of prose lines (lines that read as sentences); inside it, short lines
become headings, captions, pull quotes and their attributions; everything outside it, and furniture
inside it, is dropped. Header lines above the article are kept aside for metadata (title, date, byline).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from storyline.clean import patterns as P
from storyline.clean.dates import parse_published
from storyline.records import BlockKind

_END_PUNCT = ".!?…。！？।"
_CLOSE_QUOTES = "\"'”’»)]"
_OPEN_QUOTES = "\"'“‘«"
# Han, kana and hangul: no spaces between words, so about two characters count as one word.
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*|\d[\d,.:]*", re.UNICODE)
_NAME_WORD = re.compile(r"^([A-Z][\w'’.-]*|[A-Z]\.|of|the|de|da|van|von|der|al|bin|ibn|la|le|du|y)$")
_BYLINE = re.compile(
    r"^(by|von|par|por)\s+([A-Z][\w'’.-]+(\s+|$)){1,4}((and|und|et|y|&)\s+([A-Z][\w'’.-]+\s*){1,4})?([,|/-].{0,40})?$",
    re.I,
)
# Gap (non-blank lines that are not prose) tolerated inside one article: captions, pull quotes, headings.
MAX_GAP = 4
FURNITURE_GAP = 1.0
MERGE_SHARE = 0.25
MIN_PROSE_WORDS = 6
# A line this long is running text even without final punctuation (menus and link lists are short).
LONG_LINE_WORDS = 30
# Short sentences right after the last prose line ("Nicely played, no?") still belong to the article.
TRAILING_LINES = 2
LINE_WEIGHT_CAP = 80
# A lead paragraph this close above the article body (lines between) and this long (words) is kept.
STANDFIRST_GAP = 10
STANDFIRST_WORDS = 15


@dataclass(slots=True)
class Line:
    index: int
    text: str
    words: int = 0
    prose: bool = False  # reads as running text: ends like a sentence and is long enough
    ends_sentence: bool = False
    quoted: bool = False
    furniture: str | None = None  # why it is page furniture, if it is
    footer: bool = False


@dataclass(slots=True)
class LineResult:
    blocks: list[tuple[str, BlockKind]] = field(default_factory=list)
    header: list[str] = field(default_factory=list)  # non-blank lines above the article
    furniture: list[str] = field(default_factory=list)  # dropped lines (for outlet detection)
    dropped: int = 0
    title: str | None = None
    date: tuple[str, str] | None = None
    byline: str | None = None
    agency_line: str | None = None


def normalize_line(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\u00a0", " ").replace("\u200b", "").replace("\ufeff", "").replace("\t", " ")
    return re.sub(r" {2,}", " ", text).strip()


def ends_sentence(text: str) -> bool:
    t = text.rstrip()
    while t and t[-1] in _CLOSE_QUOTES:
        t = t[:-1]
    return bool(t) and t[-1] in _END_PUNCT


def is_quoted(text: str) -> bool:
    return len(text) > 2 and text[0] in _OPEN_QUOTES and text.rstrip()[-1] in _CLOSE_QUOTES


def is_name_line(text: str) -> bool:
    """'Anna Berg', 'Lord Hale', 'UN Envoy Lord Hale': a speaker line."""
    words = text.split()
    if not 1 <= len(words) <= 6 or any(ch.isdigit() for ch in text) or text[-1:] in ".!?:":
        return False
    caps = [w for w in words if w[0].isupper()]
    return len(caps) >= max(1, len(words) - 1) and all(_NAME_WORD.match(w) for w in words)


def _nav_like(text: str, words: list[str]) -> bool:
    if text.count("|") >= 2 or text.count(" > ") >= 2 or text.count(" • ") >= 2:
        return True
    if text.count(" » ") >= 2 and "«" not in text:
        return True
    if len(words) < 4 or ends_sentence(text):
        return False
    lowered = [w.lower().strip(":,") for w in words]
    sections = sum(1 for w in lowered if w in P.SECTION_WORDS)
    capital = sum(1 for w in words if w[:1].isupper())
    return sections >= 3 and capital / len(words) > 0.8


def classify_furniture(text: str) -> str | None:
    """Why a single line is page furniture, judged on the line alone (None: it may be article text)."""
    words = _WORD.findall(text)
    if not words:
        return "no words"
    if P.FULL_LINE.match(text):
        return "furniture"
    if P.LINK_DATE.match(text):
        return "link list"
    if _nav_like(text, text.split()):
        return "navigation"
    if not is_quoted(text) and P.furniture_anywhere(text):
        return "furniture"
    if len(words) <= 12 and P.KEY_VALUE_KEYS.match(text) and P.KEY_VALUE.match(text):
        return "metadata"
    if re.fullmatch(r"(https?://|www\.)\S+", text) or re.fullmatch(r"\S+@\S+\.\w+", text):
        return "link"
    return None


def _date_line(text: str, words: int) -> tuple[str, str] | None:
    if words > 16:
        return None
    found = parse_published(text)
    if found is None:
        return None
    rest = text.replace(found[1], " ")
    rest_words = [
        w
        for w in _WORD.findall(rest)
        if w.lower() not in ("updated", "published", "posted", "on", "at", "last", "date")
    ]
    return found if len(rest_words) <= 4 else None


def _agency(text: str) -> str | None:
    key = text.strip(" ()-–—|,.").lower()
    return P.AGENCIES.get(key)


def analyse(lines: list[str]) -> list[Line]:
    out = []
    for i, raw in enumerate(lines):
        text = normalize_line(raw)
        line = Line(i, text)
        if text:
            line.words = len(_WORD.findall(text)) + len(_CJK.findall(text)) // 2
            line.ends_sentence = ends_sentence(text)
            line.quoted = is_quoted(text)
            line.furniture = classify_furniture(text)
            line.footer = bool(P.FOOTER.match(text)) and line.words <= 12
            line.prose = line.furniture is None and (
                (line.ends_sentence and line.words >= MIN_PROSE_WORDS)
                or (text[-1] in ":;," and line.words >= 2 * MIN_PROSE_WORDS)
                or line.words >= LONG_LINE_WORDS
            )
        out.append(line)
    _drop_banners(out)
    return out


def _drop_banners(lines: list[Line]) -> None:
    """Prose between two promotional lines a few lines apart is the same banner ('Your support ... ')."""
    promo = [
        ln.index for ln in lines if ln.furniture == "furniture" and ln.words >= 4 and P.PROMO.search(ln.text)
    ]
    for a, b in zip(promo, promo[1:], strict=False):
        between = [ln for ln in lines[a + 1 : b] if ln.text]
        if 0 < len(between) <= 4 and any(ln.prose for ln in between):
            for ln in between:
                ln.furniture, ln.prose = "banner", False


def _clusters(lines: list[Line]) -> list[list[int]]:
    """Runs of prose lines separated by at most MAX_GAP other lines (furniture weighs FURNITURE_GAP)
    and by no footer marker."""
    clusters: list[list[int]] = []
    current: list[int] = []
    gap = 0.0
    for ln in lines:
        if not ln.text:
            continue
        if ln.prose:
            current.append(ln.index)
            gap = 0.0
            continue
        if current and (ln.footer or gap >= MAX_GAP):
            clusters.append(current)
            current, gap = [], 0.0
        if current:
            gap += FURNITURE_GAP if ln.furniture else 1.0
    if current:
        clusters.append(current)
    return clusters


def _cluster_weight(lines: list[Line], cluster: list[int]) -> int:
    # Capped per line: one giant line (a photo-gallery dump, a pasted table) must not outweigh an article.
    return sum(min(lines[i].words, LINE_WEIGHT_CAP) for i in cluster)


def classify_lines(text: str) -> LineResult:
    """Split plain text into article blocks (body/heading/pull/caption/attribution) and dropped furniture."""
    lines = analyse(text.splitlines())
    res = LineResult()
    nonblank = [ln for ln in lines if ln.text]
    clusters = _clusters(lines)
    if not clusters:
        res.dropped = len(nonblank)
        res.furniture = [ln.text for ln in nonblank]
        res.header = [ln.text for ln in nonblank]
        _read_header(res, [ln for ln in nonblank])
        return res
    best = max(clusters, key=lambda c: _cluster_weight(lines, c))
    weight = _cluster_weight(lines, best)
    # Other clusters as heavy as the best one are the same article split by a long aside; merge them.
    keep = [c for c in clusters if c is best or _cluster_weight(lines, c) >= MERGE_SHARE * weight]
    _keep_standfirst(lines, clusters, keep)
    first = min(c[0] for c in keep)
    header = [ln for ln in lines[:first] if ln.text]
    _read_header(res, header)
    res.header = [ln.text for ln in header]
    kinds: dict[int, BlockKind] = {}
    for c in keep:  # lines between two kept clusters are judged like the page around them: dropped
        kinds.update(_inner_kinds(lines, c[0], _extend_end(lines, c[-1])))
    for ln in nonblank:
        kind = kinds.get(ln.index)
        if kind is None:
            res.dropped += 1
            res.furniture.append(ln.text)
        else:
            res.blocks.append((ln.text, kind))
    return res


def _keep_standfirst(lines: list[Line], clusters: list[list[int]], keep: list[list[int]]) -> None:
    """The short lead paragraph printed above the body, split from it by a photo, its credit, a byline."""
    first = min(keep, key=lambda c: c[0])
    i = clusters.index(first)
    if i == 0:
        return
    lead = clusters[i - 1]
    between = [ln for ln in lines[lead[-1] + 1 : first[0]] if ln.text]
    if (
        len(between) <= STANDFIRST_GAP
        and not any(ln.footer for ln in between)
        and _cluster_weight(lines, lead) >= STANDFIRST_WORDS
    ):
        keep.insert(0, lead)


def _extend_end(lines: list[Line], last: int) -> int:
    taken = 0
    for ln in lines[last + 1 :]:
        if not ln.text:
            continue
        if taken >= TRAILING_LINES or ln.furniture or ln.footer or not ln.ends_sentence or ln.words < 2:
            break
        last, taken = ln.index, taken + 1
    return last


def _inner_kinds(lines: list[Line], first: int, last: int) -> dict[int, BlockKind]:
    """Kinds of the lines of the article span [first, last]; furniture is left out."""
    kinds: dict[int, BlockKind] = {}
    span = [ln for ln in lines[first : last + 1]]
    for ln in span:
        if ln.text and ln.furniture is None and ln.ends_sentence and ln.words >= 2 and not ln.quoted:
            kinds[ln.index] = "body"
        elif ln.text and ln.furniture is None and ln.ends_sentence and ln.words >= 3:
            kinds[ln.index] = "body"  # a paragraph that is one full quotation
    i = 0
    while i < len(span):
        ln = span[i]
        if not ln.text or ln.index in kinds or ln.furniture is not None:
            i += 1
            continue
        prev_blank = i == 0 or not span[i - 1].text
        nxt = span[i + 1] if i + 1 < len(span) else None
        after = next((s for s in span[i + 1 : i + 3] if s.text), None)
        if (
            after is not None
            and after.index not in kinds
            and after.furniture is None
            and is_name_line(after.text)
            and ln.words >= 4
        ):
            kinds[ln.index] = "pull"
            kinds[after.index] = "attribution"
            i = after.index - first + 1
            continue
        next_blank = nxt is None or not nxt.text
        if prev_blank and next_blank and ln.words <= 10 and not ln.quoted:
            kinds[ln.index] = "heading"
        elif ln.quoted and ln.words >= 4:
            kinds[ln.index] = "pull"
        else:
            kinds[ln.index] = "caption"
        i += 1
    return kinds


def _read_header(res: LineResult, header: list[Line]) -> None:
    """Title, publication date, byline and agency credit from the lines above the article."""
    date_pos = None
    for pos, ln in enumerate(header):
        found = _date_line(ln.text, ln.words)
        if found:
            res.date, date_pos = found, pos
            break
    for ln in header:
        if res.byline is None and _BYLINE.match(ln.text) and ln.words <= 10:
            res.byline = re.sub(r"^(by|von|par|por)\s+", "", ln.text, flags=re.I).strip(" ,|")
        if res.agency_line is None and _agency(ln.text):
            res.agency_line = ln.text

    def title_like(ln: Line) -> bool:
        return (
            3 <= ln.words <= 25
            and ln.furniture is None
            and not ln.quoted
            and not _date_line(ln.text, ln.words)
            and not _BYLINE.match(ln.text)
            and not (ln.ends_sentence and ln.text.rstrip()[-1:] == ".")
            and not is_name_line(ln.text)
        )

    if date_pos is not None:
        after = header[date_pos + 1] if date_pos + 1 < len(header) else None
        if after is not None and title_like(after):
            res.title = after.text
            return
        for ln in reversed(header[max(0, date_pos - 3) : date_pos]):
            if title_like(ln):
                res.title = ln.text
                return
