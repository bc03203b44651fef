"""clean_document: one RawDocument to one Article (body blocks, metadata, date with its evidence)."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from storyline.clean.agency_scripts import split_agency_script
from storyline.clean.bios import cut_author_bio
from storyline.clean.dateline import Dateline, split_dateline
from storyline.clean.dates import parse_published
from storyline.clean.encoding import repair_mojibake
from storyline.clean.hover_cards import strip_hover_cards
from storyline.clean.html import EXTRACTION_SECONDS, ExtractionTimeout, extract_html
from storyline.clean.lines import classify_furniture, classify_lines, normalize_line
from storyline.clean.metadata import (
    LANGUAGE_CONFIDENCE,
    UNDETERMINED_BELOW,
    agency_in_byline,
    agency_of,
    detect_language,
    outlet_of,
)
from storyline.clean.outlets import COLUMNIST_CREDIT
from storyline.clean.patterns import FOOTER, NEWSROOM_CREDIT
from storyline.clean.stamps import CLOCK, CLOCK_TIME, COMMENT_BUTTONS, DASH_OR_BAR, USER_WROTE, stamp_around
from storyline.clean.titles import cut_repeated_title
from storyline.clean.url_dates import date_in_url
from storyline.records import Article, Block, BlockKind, PublishedSource, RawDocument

_HAS_WORD = re.compile(r"[^\W\d_]", re.UNICODE)
_COLUMNIST_CREDIT_LINE = re.compile(COLUMNIST_CREDIT)
_HAS_WORD_OR_DIGIT = re.compile(r"[^\W_]", re.UNICODE)
# A related-links or comments marker ends the article when at least this share of its words came before it.
FOOTER_SHARE = 0.75
# A thread of posting stamps (reader comments, a retweet feed) is a stronger sign than one marker line, so
# it ends the article when most of the words came before it. Where comment markup follows two of its
# stamps, it ends the article wherever it starts: comments often outweigh the article they follow.
THREAD_SHARE = 0.5
# Stamps in the first blocks are the article's own date line, or the first entries of a live blog
# (whose entries are news); a thread starts after them.
THREAD_HEAD_BLOCKS = 2
# What follows a reader comment's stamp: the user name and "wrote:", a reply / retweet / abuse-report
# button, or (right after a stamp that opens its block) a bar. Some pages print the clock twice
# ("May 19, 2011 03:55 pm at 3:55 pm |"). A share button is no sign: articles carry one in their head.
_CLOCK_AGAIN = rf"\s*(?:(?i:at)\s+{CLOCK}\s*)?(?:,\s*)?"
_COMMENT_MARKUP = re.compile(rf"{_CLOCK_AGAIN}(?:{USER_WROTE}|{DASH_OR_BAR}{COMMENT_BUTTONS}\b)")
_BAR_AFTER_STAMP = re.compile(rf"{_CLOCK_AGAIN}\|")
_AT_BEFORE_STAMP = re.compile(r"(?i:\bat)\s*\Z")  # "At 13:44 7th Jun 2012, user wrote:"
# a commenter's name line above the stamp ("Art Edwards says:")
_COMMENT_AUTHOR = re.compile(r"(?:\S+\s+){1,4}(?i:says|wrote)\s*:\Z")


class CleanError(Exception):
    """A document that cannot become an article; the message says why (empty, non-English, timeout...)."""


@dataclass(slots=True)
class CleanOptions:
    languages: tuple[str, ...] | None = ("en",)  # None: keep every language
    html_seconds: float = EXTRACTION_SECONDS
    favor_precision: bool = False
    favor_recall: bool = False


def doc_id_for(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def assemble(blocks: list[tuple[str, BlockKind]]) -> tuple[str, list[Block]]:
    """Article text (blocks joined by a blank line) and each block's span in it."""
    parts: list[str] = []
    spans: list[Block] = []
    pos = 0
    for text, kind in blocks:
        if parts:
            pos += 2
        spans.append(Block(pos, pos + len(text), kind))
        parts.append(text)
        pos += len(text)
    return "\n\n".join(parts), spans


def _published(
    given: str | None,
    explicit: tuple[str, str] | None,
    page_meta: str | None,
    page_how: str | None = None,
    page_evidence: str | None = None,
    url: str | None = None,
) -> tuple[str | None, PublishedSource, str | None]:
    """Container metadata, then the date printed in the text, then the page's own metadata, then a day
    written into the URL's path; else unknown."""
    if given:
        parsed = parse_published(given)
        if parsed:
            return parsed[0], "metadata", f"metadata: {given}"
    if explicit:
        return explicit[0], "explicit", explicit[1]
    if page_meta and page_how == "printed":  # already ISO; the evidence is the line printed on the page
        return page_meta, "explicit", f"page text: {page_evidence or page_meta}"
    if page_meta:
        parsed = parse_published(page_meta)
        if parsed:
            if page_how == "page text":
                return parsed[0], "explicit", f"{page_how}: {page_meta}"
            return parsed[0], "metadata", f"{page_how or 'page metadata'}: {page_meta}"
    in_url = date_in_url(url)
    if in_url:
        return in_url[0], "metadata", f"url: {in_url[1]}"
    # a container date that is no date ("0000-00-00", "2019-02-30") is not a guess to keep, but the user
    # must see that one was given and why the article is undated
    unread = given.strip()[:80] if given else ""
    return None, "unknown", f"metadata date not understood: {unread}" if unread else None


def _postprocess_html(
    blocks: list[tuple[str, BlockKind]], table_rows: set[int] | frozenset[int] = frozenset()
) -> tuple[list[tuple[str, BlockKind]], list[str]]:
    """Drop furniture lines trafilatura let through (share bars, 'Advertisement', copyright, cookie notes),
    and everything after a related-links/comments marker near the end of the article."""
    kept: list[tuple[str, BlockKind]] = []
    dropped: list[str] = []
    footer_at: int | None = None
    for i, (block, kind) in enumerate(blocks):
        text = strip_hover_cards(block)  # before judging: a card's headlines and bars read as a menu
        if i in table_rows:  # cells are data, not a menu, even when separated by bars
            kept.append((normalize_line(text), kind))
            continue
        line = normalize_line(text)
        if line.startswith("| ") and line.endswith(" |"):  # a table row nested deeper in the page
            kept.append((line.strip("| "), kind))
            continue
        if not line or not _HAS_WORD_OR_DIGIT.search(line):
            if line:
                dropped.append(line)
            continue
        reason = classify_furniture(line) if len(line.split()) <= 40 else None
        if reason is not None and reason != "link":  # a bare URL the extractor kept is cited content
            dropped.append(line)
            if footer_at is None and FOOTER.match(line) and len(line.split()) <= 12:
                footer_at = len(kept)
            continue
        kept.append((line, kind))
    if footer_at is not None:
        words = [len(t.split()) for t, _ in kept]
        if sum(words[:footer_at]) >= FOOTER_SHARE * sum(words):
            dropped.extend(t for t, _ in kept[footer_at:])
            kept = kept[:footer_at]
    return kept, dropped


@dataclass(slots=True, frozen=True)
class _StampedBlock:
    index: int  # of the block
    start: int  # where its stamp starts in the block's text
    marked: bool  # comment markup follows the stamp


def _stamped_block(index: int, text: str) -> _StampedBlock | None:
    """The block as a member of a stamp thread: it opens with a posting stamp, or holds a stamp that
    comment markup follows (a sentence splitter may glue a comment's stamp to the end of the one before)."""
    for clock in CLOCK_TIME.finditer(text):
        stamp = stamp_around(text, clock)
        if stamp is None:
            continue
        at = _AT_BEFORE_STAMP.search(text, 0, stamp[0])
        start = at.start() if at is not None else stamp[0]
        opens = _HAS_WORD_OR_DIGIT.search(text, 0, start) is None
        marked = _COMMENT_MARKUP.match(text, stamp[1]) is not None or (
            opens and _BAR_AFTER_STAMP.match(text, stamp[1]) is not None
        )
        if opens or marked:
            return _StampedBlock(index, start, marked)
    return None


def _thread_start(texts: list[str]) -> _StampedBlock | None:
    """Where a thread of reader comments or shared posts starts: the first stamped block after the head,
    when another one follows it and most of the words come before it; else the first of two or more
    blocks whose stamps carry comment markup. Stamps that begin early with no markup (a live blog) and a
    single stamp (a dated line in the body) are no thread."""
    stamped = [
        found
        for i in range(THREAD_HEAD_BLOCKS, len(texts))
        if (found := _stamped_block(i, texts[i])) is not None
    ]
    if len(stamped) < 2:
        return None
    words = [len(t.split()) for t in texts]
    first = stamped[0]
    if sum(words[: first.index]) >= THREAD_SHARE * sum(words):
        return first
    marked = [s for s in stamped if s.marked]
    return marked[0] if len(marked) >= 2 else None


def cut_comment_thread(blocks: list[tuple[str, BlockKind]]) -> tuple[list[tuple[str, BlockKind]], list[str]]:
    """The blocks up to a reader-comment or share thread, and the text cut from there on (counted as
    dropped lines; words before the thread's first stamp in its block stay)."""
    start = _thread_start([t for t, _ in blocks])
    if start is None:
        return blocks, []
    text, kind = blocks[start.index]
    head, tail = text[: start.start].strip(), text[start.start :]
    first = start.index
    if not _HAS_WORD_OR_DIGIT.search(head) and first > 0 and _COMMENT_AUTHOR.match(blocks[first - 1][0]):
        first -= 1  # the first commenter's name line belongs to the thread
    kept = blocks[:first] + ([(head, kind)] if _HAS_WORD_OR_DIGIT.search(head) else [])
    if not any(k == "body" for _, k in kept):
        return blocks, []  # a page that is all thread stays whole rather than losing its one article
    cut = [t for t, _ in blocks[first : start.index]] + [tail] + [t for t, _ in blocks[start.index + 1 :]]
    return kept, cut


def take_dateline(blocks: list[tuple[str, BlockKind]]) -> tuple[list[tuple[str, BlockKind]], Dateline | None]:
    """The blocks with a wire dateline cut from the first body paragraph (which goes when nothing else is left)."""
    for i, (text, kind) in enumerate(blocks):
        if kind != "body":
            continue
        found = split_dateline(text)
        if found is None:
            return blocks, None
        dateline, rest = found
        if rest:
            return [*blocks[:i], (rest, kind), *blocks[i + 1 :]], dateline
        return [*blocks[:i], *blocks[i + 1 :]], dateline
    return blocks, None


def drop_repeated_blocks(blocks: list[tuple[str, BlockKind]]) -> tuple[list[tuple[str, BlockKind]], int]:
    """The blocks without a paragraph that repeats the one right before it, and how many went. Scrapes
    print a photo's caption twice (the image's alt text, then its caption) and a gallery's slides twice;
    no article says the same paragraph twice in a row."""
    kept: list[tuple[str, BlockKind]] = []
    for text, kind in blocks:
        if kept and text.strip() == kept[-1][0].strip():
            continue
        kept.append((text, kind))
    return kept, len(blocks) - len(kept)


# The label over an embedded clip ("WATCH: ...", "VIDEO: Kastan TV's panel on the vote"): the clip is often
# another broadcaster's, so the name in it is not the page's.
_MEDIA_LABEL = re.compile(r"[\W_]*(?i:watch|video|listen)\b")


def _outlet_evidence(furniture: list[str]) -> list[str]:
    """Dropped lines that may name the outlet: not an agency's credit, nor a note crediting other newsrooms
    ("The Kastan Wire contributed to this report"), nor a columnist's credit in a digest ("Ana Orvik, Port
    Alder Ledger"): it names where the quoted piece ran, not the page; nor an embedded clip's label."""
    return [
        f
        for f in furniture
        if not agency_of(f)
        and not NEWSROOM_CREDIT.search(f)
        and _COLUMNIST_CREDIT_LINE.fullmatch(f) is None
        and _MEDIA_LABEL.match(f) is None
    ]


def clean_document(raw: RawDocument, options: CleanOptions | None = None) -> Article:
    """The article in ``raw``: body blocks and metadata. Raises CleanError when there is no English article."""
    opts = options or CleanOptions()
    title = raw.title
    byline = raw.byline
    explicit: tuple[str, str] | None = None
    page_date: str | None = None
    page_how: str | None = None
    page_evidence: str | None = None
    sitename: str | None = None
    agency: str | None = None
    url = raw.url
    if raw.kind == "html":
        try:
            ext = extract_html(
                raw.content, raw.url, opts.html_seconds, opts.favor_precision, opts.favor_recall
            )
        except ExtractionTimeout as exc:
            raise CleanError(str(exc)) from exc
        except (ValueError, TypeError, RecursionError) as exc:  # malformed markup lxml cannot take
            raise CleanError(f"HTML could not be parsed: {exc}") from exc
        if ext is None:
            raise CleanError("no article content found in the HTML page")
        blocks, furniture = _postprocess_html(ext.blocks, ext.table_rows)
        blocks = [(repair_mojibake(t), k) for t, k in blocks]
        dropped = len(furniture)
        title = title or ext.title
        page_date, page_how, page_evidence = ext.date, ext.date_how, ext.date_evidence
        sitename, url = ext.sitename, url or ext.url
        byline = byline or ext.author
    else:
        # Profile cards go before the lines are judged: a card's headlines and bars make its paragraph
        # read as a menu.
        # An agency video script's soundbites are its article; its shot list goes before the lines are
        # judged, or the page reads as one long caption.
        content, script = split_agency_script(repair_mojibake(raw.content))
        res = classify_lines(strip_hover_cards(content))
        blocks, furniture, dropped = res.blocks, script + res.furniture, res.dropped + len(script)
        title = title or res.title
        explicit = res.date
        byline = byline or res.byline
        agency = agency_of(res.agency_line)
        # reader comments are no page furniture to read an outlet from, but they are counted as dropped
        blocks, thread = cut_comment_thread(blocks)
        dropped += len(thread)
    title = repair_mojibake(title) if title else title
    blocks, repeats = drop_repeated_blocks(blocks)
    blocks, title_lines = cut_repeated_title(blocks, title)
    blocks, bio = cut_author_bio(blocks)
    dropped += repeats + title_lines + len(bio)
    blocks, dateline = take_dateline(blocks)
    body = [t for t, k in blocks if k == "body"]
    if not body:
        raise CleanError(f"no article text found ({dropped} lines were page furniture)")
    text, spans = assemble(blocks)
    language, prob = detect_language(" ".join(body))
    if opts.languages is not None and language not in opts.languages and prob >= LANGUAGE_CONFIDENCE:
        raise CleanError(f"language is {language!r} (p={prob:.2f}), not one of {list(opts.languages)}")
    if prob < UNDETERMINED_BELOW:
        language = "und"  # too little text to tell; kept, but not labelled with a guess
    byline = repair_mojibake(byline) if byline else byline
    agency = agency or (dateline.agency if dateline else None) or agency_in_byline(byline)
    if byline and agency_of(byline):
        byline = None  # a bare agency credit is not an author
    outlet, _ = outlet_of(raw.outlet, _outlet_evidence(furniture), sitename, url)
    published, source, evidence = _published(raw.published, explicit, page_date, page_how, page_evidence, url)
    return Article(
        doc_id=doc_id_for(text),
        source_path=raw.source_path,
        text=text,
        blocks=spans,
        title=title,
        outlet=outlet,
        agency=agency,
        byline=byline,
        url=url,
        language=language,
        published=published,
        published_source=source,
        published_evidence=evidence,
        record=raw.record,
        dropped_lines=dropped,
        dateline=dateline.text if dateline else None,
    )
