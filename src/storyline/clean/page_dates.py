"""The publication date of an HTML page: the date printed under its headline, else htmldate's, refined.

What a reader (and the trafilatura-eval annotators) take as an article's date is the date printed with its
headline: "Erschienen am: 13.10.2021", "3 May, 2022, 11:37 pm", "Updated Mar 12, 2020". Machine-readable
metadata disagrees with it on about one page in sixteen (a UTC timestamp one day off the local date, a
template's default, the first version of a reused URL), so a date standing on its own line right after the
<h1> (else just above it) wins over htmldate's choice. Not such a date: one inside a sentence ("on 3 May 2022
the council..."), one labelled as something else ("Deadline: 15.03.2020"); an ISO "2018-08-29 14:15:57" counts
only when no date is written out for readers.

htmldate returns a day. The page's structured metadata (``article:published_time``, ``datePublished``) often
holds the full timestamp of that day, which we keep (the time and zone are part of the publication date).
Two corrections follow from the timestamp or the page text:
- a UTC stamp at exactly 22:00 or 23:00 is a local midnight east of Greenwich (a date-only field converted
  to UTC by the CMS), so the publication day is the next one and no time is known;
- htmldate falls back to the first of a month for "May 2016"; such a day-01 date is kept only when the page
  prints that full date.
"""

from __future__ import annotations

import calendar
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from storyline.clean.dates import parse_published
from storyline.clean.printed_dates import PrintedDate, printed_dates

# Metadata keys naming the original publication time (never the modification time).
_PUBLISHED_KEYS = frozenset(
    ["article:published_time", "og:article:published_time", "datepublished", "pubdate", "publishdate"]
)
_LD_PUBLISHED = re.compile(r'"datePublished"\s*:\s*"([^"]{8,40})"')
_UTC_MIDNIGHT_EAST = re.compile(r"T2[23]:00(?::00(?:\.0+)?)?(?:Z|\+00:?00)$")
_MAX_SCRIPT_CHARS = 200_000  # JSON-LD blocks are small; a huge script is an app bundle


def structured_published(tree: Any) -> list[str]:
    """Raw publication timestamps from <meta> tags, <time itemprop> and JSON-LD, in page order."""
    found: list[str] = []
    try:
        for el in tree.iter("meta", "time", "script"):
            tag = el.tag
            if tag == "meta":
                key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
                if key in _PUBLISHED_KEYS and el.get("content"):
                    found.append(el.get("content").strip())
            elif tag == "time":
                if (el.get("itemprop") or "").lower() == "datepublished" and el.get("datetime"):
                    found.append(el.get("datetime").strip())
            elif (el.get("type") or "").lower() == "application/ld+json" and el.text:
                found.extend(m.group(1) for m in _LD_PUBLISHED.finditer(el.text[:_MAX_SCRIPT_CHARS]))
    except (ValueError, TypeError, json.JSONDecodeError):
        return found
    return found


def timed_date(day: str, stamps: list[str]) -> tuple[str, str | None]:
    """(publication date, the stamp it was read from): ``day`` with the time and zone of a stamp on that day.

    A UTC stamp at a local midnight moves the date to the next day (date only).
    """
    for raw in stamps:
        parsed = parse_published(raw)
        if parsed is None or parsed[0][:10] != day[:10]:
            continue
        value = parsed[0]
        if _UTC_MIDNIGHT_EAST.search(raw.strip()):
            return (date.fromisoformat(value[:10]) + timedelta(days=1)).isoformat(), raw
        return value, raw
    return day, None


def day_is_printed(text: str, iso_day: str) -> bool:
    """Whether ``text`` prints the full date ``iso_day`` (numeric day-first, month-first, ISO or English)."""
    try:
        d = date.fromisoformat(iso_day[:10])
    except ValueError:
        return False
    y, m, dd, name = d.year, d.month, d.day, calendar.month_name[d.month]
    patterns = (
        rf"(?<!\d){y}-{m:02d}-{dd:02d}(?!\d)",
        rf"(?<![\d.])0?{dd}\.\s?0?{m}\.\s?{y}(?!\d)",
        rf"(?<![\d/])0?{dd}/0?{m}/{y}(?!\d)",
        rf"(?<![\d/])0?{m}/0?{dd}/{y}(?!\d)",
        rf"\b{name}\s+{dd}(?:st|nd|rd|th)?,?\s+{y}\b",
        rf"(?<!\d){dd}(?:st|nd|rd|th)?\s+(?:of\s+)?{name},?\s+{y}\b",
    )
    return any(re.search(p, text, re.IGNORECASE) for p in patterns)


# How much visible text after the start of the first <h1> is read for a printed date (measured on
# trafilatura-eval: dates stand within ~1,400 characters of the headline; further down are sidebar items).
HEADER_CHARS = 1500
ABOVE_CHARS = 300  # and this much before it (a date line above the headline)
MAX_STEPS = 20_000  # text pieces read in either direction at most (pages of empty markup)
# Words a date line may carry besides the date, times, weekdays and publication labels ("Familie", an author).
MAX_OTHER_WORDS = 2
_LINE_TAG_NAMES = (
    "p div li h1 h2 h3 h4 h5 h6 br tr td section article header footer time span a dd dt figcaption address "
    "small strong em b"
)
_LINE_TAGS = frozenset(_LINE_TAG_NAMES.split())
_INVISIBLE = frozenset(["script", "style", "noscript", "template", "head", "svg", "iframe"])
_CLOCK = re.compile(r"\b\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:uhr|h|[ap]\.?\s?m\.?|hrs?)?(?!\w)", re.IGNORECASE)
_LETTERS = re.compile(r"[^\W\d_]+")
# Labels, weekdays and zones that come with a printed publication date (general vocabulary, many languages).
_DATE_LINE_VOCAB = """
    published updated posted on am le el by stand erschienen veröffentlicht aktualisiert erstellt
    publié publie mis à jour publicado actualizado last modified date datum um at à de del the of in uhr h
    monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
    montag dienstag mittwoch donnerstag freitag samstag sonntag mo di mi do fr sa so
    lundi mardi mercredi jeudi vendredi samedi dimanche lunes martes miércoles jueves viernes sábado sabado
    domingo gmt utc cet cest est edt pst pdt bst"""
_DATE_LINE_WORDS = frozenset(_DATE_LINE_VOCAB.split())


# "Termin: 21.02.2020", "Deadline: 15 March": a label naming another kind of date. Publication labels pass.
_LABEL_BEFORE = re.compile(r"([^\W\d_]+)\s*:\s*$")
_PUBLICATION_LABEL = re.compile(
    r"(?:ver)?öffentlich|aktualis|bearbeit|erstell|erschien|änderung|publi|updat|post|modif|actuali|jour|stand|dat",
    re.IGNORECASE,
)
_ISO_DAY = re.compile(r"(?:19|20)\d\d-\d\d-\d\d")


@dataclass(frozen=True, slots=True)
class HeaderDate:
    """A date printed on a line of its own under the headline: the days it can mean, and that line."""

    days: tuple[str, ...]
    line: str
    iso: bool = False  # printed as 2022-12-07 (machine output) rather than written for readers
    above: bool = False  # printed above the headline (a kicker line), which counts only when none is below
    marked: bool = False  # a printed <time> the page marks as the publication date, wherever it stands (last)


def _subtree_text(el: Any) -> Iterator[str]:
    """Text pieces of ``el`` and its tail in document order, a line break around each block element."""
    stack: list[tuple[Any, bool]] = [(el, False)]
    while stack:
        node, closing = stack.pop()
        tag = node.tag.lower() if isinstance(node.tag, str) else ""
        if closing or not tag or tag in _INVISIBLE:
            yield "\n" if closing and tag in _LINE_TAGS else ""
            yield node.tail or ""
            continue
        yield "\n" if tag in _LINE_TAGS else ""
        yield node.text or ""
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(node))


def _subtree_text_reversed(el: Any) -> Iterator[str]:
    """The pieces of _subtree_text(el) in reverse order (to read backwards from an element)."""
    stack: list[tuple[Any, bool]] = [(el, False)]
    while stack:
        node, opening = stack.pop()
        tag = node.tag.lower() if isinstance(node.tag, str) else ""
        if opening:
            yield node.text or ""
            yield "\n" if tag in _LINE_TAGS else ""
            continue
        yield node.tail or ""
        if not tag or tag in _INVISIBLE:
            continue
        yield "\n" if tag in _LINE_TAGS else ""
        stack.append((node, True))
        stack.extend((child, False) for child in node)


def _text_after(start: Any) -> Iterator[str]:
    """Text pieces from the opening of ``start`` to the end of the document."""
    yield from _subtree_text(start)
    node = start
    while (parent := node.getparent()) is not None:
        for sibling in node.itersiblings():
            yield from _subtree_text(sibling)
        tag = parent.tag.lower() if isinstance(parent.tag, str) else ""
        yield "\n" if tag in _LINE_TAGS else ""
        yield parent.tail or ""
        node = parent


def _text_before(start: Any) -> Iterator[str]:
    """Text pieces before the opening of ``start``, backwards to the start of the document."""
    node = start
    while (parent := node.getparent()) is not None:
        for sibling in node.itersiblings(preceding=True):
            yield from _subtree_text_reversed(sibling)
        tag = parent.tag.lower() if isinstance(parent.tag, str) else ""
        if tag not in _INVISIBLE:
            yield parent.text or ""
            yield "\n" if tag in _LINE_TAGS else ""
        node = parent


def _take(pieces: Iterator[str], limit: int) -> list[str]:
    """Pieces until ``limit`` characters (or MAX_STEPS pieces: empty markup is not read forever)."""
    out: list[str] = []
    size = 0
    for step, piece in enumerate(pieces):
        if size >= limit or step >= MAX_STEPS:
            break
        if piece:
            out.append(piece)
            size += len(piece)
    return out


def _header_window(tree: Any, before: int, after: int) -> tuple[str, int] | None:
    """Visible text around the first <h1> (``before`` characters ahead of it, ``after`` from its start on),
    one line per block element, and the offset of the <h1> in it; None when the page has no <h1>.

    Reads outwards from the <h1> with explicit stacks, so the cost is bounded by the text read, not the page.
    """
    h1 = next(tree.iter("h1"), None)
    if h1 is None:
        return None
    ahead = "".join(reversed(_take(_text_before(h1), before)))[-before:] if before > 0 else ""
    return ahead + "".join(_take(_text_after(h1), after))[:after], len(ahead)


def header_text(tree: Any, limit: int = HEADER_CHARS) -> str | None:
    """The page's visible text from its first <h1> on (``limit`` characters, one line per block element)."""
    window = _header_window(tree, 0, limit)
    return None if window is None else window[0]


def _stands_alone(text: str, found: PrintedDate) -> tuple[bool, str]:
    """Whether the date is the substance of its line, and the line."""
    begin = text.rfind("\n", 0, found.start) + 1
    end = text.find("\n", found.end)
    end = len(text) if end < 0 else end
    rest = _CLOCK.sub(" ", text[begin : found.start] + " " + text[found.end : end])
    others = [w for w in _LETTERS.findall(rest.lower()) if w not in _DATE_LINE_WORDS]
    label = _LABEL_BEFORE.search(text[begin : found.start])
    if (
        label
        and label.group(1).lower() not in _DATE_LINE_WORDS
        and not _PUBLICATION_LABEL.search(label.group(1))
    ):
        return False, ""
    return len(others) <= MAX_OTHER_WORDS, " ".join(text[begin:end].split())


def header_dates(tree: Any) -> list[HeaderDate]:
    """Dates printed on lines of their own under the page's headline (in page order), then those just above
    it (nearest first)."""
    try:
        window = _header_window(tree, ABOVE_CHARS, HEADER_CHARS)
    except (ValueError, TypeError):
        return []
    if window is None:
        return []
    text, h1 = window
    below: list[HeaderDate] = []
    above: list[HeaderDate] = []
    for found in printed_dates(text):
        alone, line = _stands_alone(text, found)
        if alone:
            iso = bool(_ISO_DAY.fullmatch(text[found.start : found.end]))
            if found.start >= h1:
                below.append(HeaderDate(found.days, line, iso))
            else:
                above.insert(0, HeaderDate(found.days, line, iso, above=True))
    return below + above


_MARKED_PUBLISHED = re.compile(r"publi|entry-date", re.IGNORECASE)


def marked_dates(tree: Any) -> list[HeaderDate]:
    """The date printed in the <time> elements a page marks as its publication date (itemprop="datePublished",
    class "published"/"entry-date"), for pages that print no date line at their headline.

    Marked times that print different days are a list (comments, related articles; WordPress even marks
    each comment's time ``pubdate``, which is therefore not read), so they give nothing.
    """
    out: list[HeaderDate] = []
    try:
        for el in tree.iter("time"):
            if not _MARKED_PUBLISHED.search(f"{el.get('itemprop') or ''} {el.get('class') or ''}"):
                continue
            text = " ".join(el.text_content().split())[:200]
            found = printed_dates(text)
            if len(found) == 1 and len(found[0].days) == 1:
                out.append(HeaderDate(found[0].days, text, marked=True))
    except (ValueError, TypeError):
        return []
    return out[:1] if len({item.days for item in out}) == 1 else []


def _days_apart(a: str, b: str) -> int:
    return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)


def printed_day(
    found: list[HeaderDate], reference: str | None, latest: str | None = None
) -> tuple[str, str] | None:
    """(ISO day, its line) of the first header date; an ambiguous 3/5/2022 takes the reading nearest to
    ``reference`` (the metadata date) and is skipped when there is none. A day after ``latest`` (default:
    today) is an announced event, not a publication date.

    Dates written for readers come before ISO ones: a "2018-08-29 14:15:57" printed in the page is mostly a
    template's machine stamp (often the last edit) next to the human-readable publication date.
    """
    last = latest or date.today().isoformat()
    for item in sorted(found, key=lambda f: (f.marked, f.above, f.iso)):
        days = [d for d in item.days if d <= last]
        if len(days) == 1:
            return days[0], item.line
        if days and reference:
            try:
                return min(days, key=lambda d: _days_apart(d, reference)), item.line
            except ValueError:
                continue
    return None


def timed_day(day: str, stamps: list[str], line: str | None = None) -> str:
    """``day`` with the time and zone of a stamp on that same day, else with the time printed on ``line``
    when that line reads as the same day; the printed day itself is never moved."""
    for raw in stamps:
        parsed = parse_published(raw)
        at_midnight = _UTC_MIDNIGHT_EAST.search(raw.strip())
        if parsed is not None and parsed[0][:10] == day and "T" in parsed[0] and not at_midnight:
            return parsed[0]
    printed = parse_published(line or "")
    if printed is not None and printed[0][:10] == day:
        return printed[0]
    return day
