"""Line classifier for plain text: which lines are the article, which are page furniture.

The rule pass: the article is the largest cluster of prose lines (lines that read as sentences); inside it,
short lines become headings, captions, pull quotes and their attributions; everything outside it, and
furniture inside it, is dropped. Header lines above the article are kept aside for metadata (title, date,
byline). Then the learned line model (line_features + line_model) re-judges each line in its context: it
adds article lines the rules missed (lists, subheads, a lead paragraph, text split at a long aside) and
drops prose that is not the article (teasers, comment forms, consent and shop text). Lines with furniture
vocabulary stay dropped, and short header lines stay header, whatever the model says.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from itertools import islice

from storyline.clean import line_model
from storyline.clean import patterns as P
from storyline.clean.dates import parse_published
from storyline.clean.line_features import line_features
from storyline.clean.outlets import COLUMNIST_CREDIT
from storyline.clean.unfinished import unfinished_paragraph, unfinished_reported_sentence
from storyline.records import BlockKind

_END_PUNCT = ".!?…。！？।"
_CLOSE_QUOTES = "\"'”’»)]"
_OPEN_QUOTES = "\"'“‘«`"  # "`" opens a quotation in Penn Treebank text (``)
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
# A media embed or ad slot (patterns.EMBED) interrupts the article it sits in; it adds nothing to the gap.
EMBED_GAP = 0.0
MERGE_SHARE = 0.25
MIN_PROSE_WORDS = 6
# A line this long is running text even without final punctuation (menus and link lists are short).
LONG_LINE_WORDS = 30
# A line of this many words or more, broken off mid-sentence, is joined to a lower-case line of at least
# MIN_BROKEN_TAIL_WORDS that ends the sentence (list items are short and rarely end like sentences).
MIN_BROKEN_HEAD_WORDS = 4
MIN_BROKEN_TAIL_WORDS = 8
# Short sentences right after the last prose line ("Nicely played, no?") still belong to the article.
TRAILING_LINES = 2
LINE_WEIGHT_CAP = 80
# Lengths (non-blank lines) of a run that a scrape may print twice in a row.
REPEATED_RUN_SIZES = (2, 3)
# Pages longer than this (non-blank lines) are dumps, not article pages: the rules alone judge them, as the
# model's cost grows with the page (a news page has a few hundred lines).
MAX_REFINE_LINES = 10000
# A lead paragraph this close above the article body (lines between) and this long (words) is kept.
STANDFIRST_GAP = 10
STANDFIRST_WORDS = 15
# A line in capitals this long between paragraphs is another story's headline (a link); subheads are shorter.
SHOUTED_LINK_WORDS = 6
# A "Read more:" label ("More Ledger you might like:") standing alone heads a list of other stories'
# headlines: up to this many lines of at most this many words after it are links, whatever their closing
# mark (a headline may end in a quotation).
LINK_LIST_ITEMS = 5
LINK_LIST_ITEM_WORDS = 15
_LINK_LIST_LABEL = re.compile(
    r"(?i)[\W_]*(read more|read also|also read|related( stories| articles| coverage| links| content)?|"
    r"more on this( story)?|see also|more coverage|recommended|"
    r"(more( [\w.’'-]+){0,2} )?you (might|may)( also)? (like|enjoy))\s*:?\s*"
)
# A word of four letters or more in lower case: a line holding one is written in sentence case, not as a title.
_LOWER_WORD = re.compile(r"(?<![\w'’.-])[a-z]{4,}\b")
# A prose paragraph the rules kept, with kept lines right above and below it, is a sentence of the
# article: the model drops it only below this probability (its doubtful verdicts there were plain
# narration, "A spokesman brushed aside the concerns."; teasers and notes sit beside dropped lines).
FLANKED_DROP = 0.2
# The model learnt that an article's last lines are often notes and teasers, so it doubts a short closing
# sentence ("That is the whole of it.", "Mayor Orvik, next time, stay away."). A sentence the rules kept after the
# last kept body line, with only furniture between, is dropped only below this probability (the notes that
# close stories are furniture by their words: credits, "Follow ... on Twitter", "originally appeared in").
CLOSING_DROP = 0.15
# A caption in title case this long (words) is another story's headline (a link); see _drop_teaser_headlines.
TEASER_HEADLINE_WORDS = 7
_SENTENCE_BREAK = re.compile(r"[.!?]\s")
_TITLE_LOWER_WORDS = frozenset(
    {"a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with", "as", "and", "or", "but"}
    | {"nor", "vs", "via", "over", "into", "after", "up"}
)
# A subhead is this short (words); a related story's headline set between paragraphs is longer.
SUBHEAD_WORDS = 6


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
    embed: bool = False  # furniture that sits inside an article: a player, a gallery, an ad slot


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


# Penn Treebank escapes for brackets, left in corpora that were tokenised before release ("-LRB- Reuters
# -RRB-"); they never occur in ordinary text, and the parser reads them as words.
_PTB_BRACKETS = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}"}
_PTB_BRACKET = re.compile(r"(?<!\S)-(?:LRB|RRB|LSB|RSB|LCB|RCB)-(?!\S)")

# Quotation marks some wire feeds print as a typewriter's "``" (always opening) or a double prime "″"
# (either way): a paragraph closing with a prime read as unfinished, a caption, and its speech was lost.
_ODD_QUOTE_MARKS = str.maketrans({"″": '"'})


# Two sentences glued where a scraper lost the paragraph break ("...said.They"): the end of a word, its
# full stop and the next sentence's capitalised word, with a quotation mark between or not, or a closing
# mark and an opening one ('...Bay.""We go'). A domain name's part ("Example.Com") is no sentence.
_GLUED = re.compile(r"(?<=[a-z]{2}[.!?])([\"”][\"“]|[\"“”’]?)(?=[A-Z][a-z])(?!(?:Com|Net|Org|Gov|Edu)\b)")


# A wire service's story code closing a paragraph ("... on Friday. [nL8N2AB123]", "[ID: nL5E8N3792]"): a
# cross-reference for subscribers' terminals; left in, the paragraph no longer ends like a sentence.
_WIRE_CODE = re.compile(r"\s*\[(?:ID:\s*)?n?(?=[A-Z0-9]{8,12}\])[A-Z0-9]*\d[A-Z0-9]*[A-Z][A-Z0-9]*\]\Z")


# A wire service's instrument code after a company's name ("Kastan Ferries Inc (KFER.O) rose", "Orvik Corp
# [ORVK.UL]"): a market's exchange suffix after the stop; left in, the parser read the code as a name.
_INSTRUMENT_CODE = re.compile(
    r"(?<=\w) (?:\((?=[A-Z0-9]{2,8}\.[A-Z]{1,2}\))|\[(?=[A-Z0-9]{2,8}\.[A-Z]{1,2}\]))[A-Z0-9]{2,8}\."
    r"(?:O|OQ|N|A|L|PA|DE|F|MI|AS|BR|MC|ST|CO|OL|HE|SW|S|VX|LS|I|T|HK|SS|SZ|KS|KQ|AX|TO|V|NS|BO|SI|TW|MX|SA|JO|UL)[\])]"
)


# An end mark closing a magazine story's last paragraph ("... a slender one. ■"): left in, the paragraph
# no longer ends like a sentence and reads as a caption.
_END_MARK = re.compile(r"(?<=\S)\s*[■◼◾∎]\Z")


# A link to another story set inside a paragraph ("... on Friday. (RELATED: Port Owners Refuse New Talks)"):
# its label is in capitals; a lower-case "(read: ...)" is a writer's aside.
_INLINE_LINK = re.compile(r"\s*\((?:RELATED|SEE ALSO|ALSO READ|READ MORE|WATCH|MORE)\s*:[^()]{1,250}\)")


# A kicker label in capitals opening a paragraph ("EXCLUSIVE: The harbour board has ..."): it flags the story
# on the page and is no part of the sentence after it, whose subject a parser read as the label. Only
# labels that never open a sentence themselves; "UPDATE:" notes and "WATCH:" links are handled apart.
_KICKER_LABEL = re.compile(r"^(?:EXCLUSIVE|DEVELOPING|BREAKING(?: NEWS)?|JUST IN)\s*:\s+(?=[A-Z0-9\"“‘'])")


# A podcast transcript's label for a played clip, numbered or naming its speaker in lower case ("archived
# recording 2", "archived recording (ana okafor)"), at the start of its words: left in, it opened the
# quoted speaker's sentence. Several clips may share a line; each label goes where a sentence or a
# bracketed sound ("[CHEERING]") ends.
_CLIP_LABEL = re.compile(
    r"(?:^|(?<=[.!?\]”\"—]) )archived recording(?: \d{1,2})?(?: \([a-z.'’ -]{2,60}\))?(?: |$)"
)


# A social-media embed's wrapper text around the post it frames ("Skip Twitter post by @kastan <post> — Ana
# Lind (@kastan) May 2, 2020 Report"): the skip link opens the line and the abuse-report button closes it.
_EMBED_WRAPPER = re.compile(
    r"^(?:Skip|End of) (?:Twitter|X|Instagram|Facebook|YouTube|TikTok) (?:post|content|video)"
    r"(?: \d+)?(?: by @?[\w.]+)?\s*"
)
_EMBED_REPORT_BUTTON = re.compile(r"\s+Report\Z")
# An editor's update note set in brackets inside the story ("[Updated, 3:05 p.m. May 2: Orvik has since
# resigned.]"): the note's text is news, its stamp and brackets are not (a clock's colon ends no stamp).
_UPDATE_NOTE = re.compile(r"^\[\s*(?i:updated?)\b[^\]]{0,40}?:(?!\d)\s*(?P<note>[^\[\]]+)\]\Z")
# A closing bracket after a paragraph's final mark with no opening one in the paragraph ("... on Friday.]"):
# left over from a note whose opening the scrape lost.
_STRAY_CLOSING_BRACKET = re.compile(r"(?<=[.!?”\"])\]\Z")


# Where a sentence ends and the next one starts inside a paragraph (an initial's stop too: "Ana J. Lind").
_SENTENCE_GAP = re.compile(r"(?<=[.!?])[\"”’]?\s+")
# A copy shorter than this is left alone: speakers repeat short sentences on purpose ("Never again.
# Never again."); a scrape's double of a whole sentence is long. A copy closed by a link's arrow is a
# card's teaser at any length from DOUBLED_ARROW_MIN_WORDS.
DOUBLED_MIN_WORDS = 10
DOUBLED_ARROW_MIN_WORDS = 5
DOUBLED_MIN_CHARACTERS = 2 * 4 * DOUBLED_ARROW_MIN_WORDS  # a sentence and its copy, short words each
# A card's teaser repeats its sentence without the subject ("Okafor signs ... tells ..."): the copy may
# lack this many of the sentence's first words, and run over this many sentences (or pieces of one
# broken at an initial).
DOUBLED_MISSING_WORDS = 3
DOUBLED_SENTENCES = 3
# A link's arrow closing the copy ("... the pact. »"): it goes with it.
_COPY_ARROW = re.compile(r"\s*[»›](?=\s|\Z)")


def without_doubled_sentences(text: str) -> str:
    """``text`` without a sentence (or two or three) printed again right after itself, whole or without
    its first few words: a page's teaser card or a second copy of the line, run into the paragraph by the
    scrape (the copy doubled the sentence's acts and dates)."""
    starts = [0] + [m.end() for m in _SENTENCE_GAP.finditer(text)]
    for k in range(len(starts) - 1, 0, -1):  # from the end, so the earlier offsets stay right
        at = starts[k]
        copy_end = _doubled_copy_end(text, starts[max(0, k - DOUBLED_SENTENCES) : k], at)
        if copy_end:
            text = (text[:at] + text[copy_end:].lstrip()).rstrip()
    return text


def _doubled_copy_end(text: str, sentence_starts: list[int], at: int) -> int:
    """Where the copy of the text before ``at`` (from one of the first words of one of the sentences
    starting at ``sentence_starts``) that opens the text at ``at`` ends, its arrow included; 0 when
    there is none."""
    for first in reversed(sentence_starts):  # the nearest sentence first
        piece = text[first:at]
        for word in islice(re.finditer(r"\S+", piece), DOUBLED_MISSING_WORDS + 1):
            tail = piece[word.start() :].rstrip()
            words = len(tail.split())
            if words < DOUBLED_ARROW_MIN_WORDS or not text.startswith(tail, at):
                continue
            end = at + len(tail)
            arrow = _COPY_ARROW.match(text, end)
            if arrow is not None:
                return arrow.end()
            if words >= DOUBLED_MIN_WORDS:
                return end
    return 0


def normalize_line(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    if "-" in text:
        text = _PTB_BRACKET.sub(lambda m: _PTB_BRACKETS[m.group(0)], text)
    text = text.replace("\u00a0", " ").replace("\u200b", "").replace("\ufeff", "").replace("\t", " ")
    if "``" in text or "″" in text:
        text = text.replace("``", "“").translate(_ODD_QUOTE_MARKS)
    text = re.sub(r" {2,}", " ", unglue_sentences(text)).strip()
    if len(text) > DOUBLED_MIN_CHARACTERS:
        text = without_doubled_sentences(text)
    text = _without_embed_wrapper(text)
    if text[:1] in "BDEJ":
        text = _KICKER_LABEL.sub("", text)
    if "archived recording" in text:
        text = _CLIP_LABEL.sub(" ", text).strip()
    if text.endswith("]"):
        text = _without_bracket_furniture(_WIRE_CODE.sub("", text))
    if "(" in text and ":" in text:
        text = _INLINE_LINK.sub("", text)
    if "." in text and ("(" in text or "[" in text):
        text = _INSTRUMENT_CODE.sub("", text)
    return _END_MARK.sub("", text) if text[-1:] in "■◼◾∎" else text


def _without_embed_wrapper(text: str) -> str:
    """The post an embed frames, without the embed's skip link and report button."""
    wrapper = _EMBED_WRAPPER.match(text)
    if wrapper is None:
        return text
    return _EMBED_REPORT_BUTTON.sub("", text[wrapper.end() :])


def _without_bracket_furniture(text: str) -> str:
    """The line without a bracketed update note's stamp and brackets, or without a stray closing bracket."""
    note = _UPDATE_NOTE.match(text)
    if note is not None:
        return note.group("note").strip()
    if "[" not in text:
        return _STRAY_CLOSING_BRACKET.sub("", text)
    return text


def unglue_sentences(text: str) -> str:
    """``text`` with a space between sentences glued together; the space goes after a closing quotation
    mark and before an opening one."""
    if _GLUED.search(text) is None:
        return text

    def space(m: re.Match[str]) -> str:
        mark = m.group(1)
        if len(mark) == 2:  # one quotation closes, the next opens
            return f"{mark[0]} {mark[1]}"
        opens = mark == "“" or (mark == '"' and _straight_quote_opens(text, m.start(), m.end()))
        return f" {mark}" if opens else f"{mark} "

    return _GLUED.sub(space, text)


def _straight_quote_opens(text: str, at: int, after: int) -> bool:
    """A straight mark glued between two sentences closes the quotation the mark before it opened (one
    after a space: ' "We go.'); else it opens one when the next mark closes (follows a word or a stop:
    'Bay."We go," he said'). A quotation running over paragraphs leaves marks unpaired, so counting
    the marks from the start misleads."""
    before = text.rfind('"', 0, at)
    if before >= 0 and (before == 0 or text[before - 1].isspace() or text[before - 1] in "([—:-"):
        return False
    following = text.find('"', after)
    return following > after and not text[following - 1].isspace()


def ends_sentence(text: str) -> bool:
    t = text.rstrip()
    while t and (t[-1] in _CLOSE_QUOTES or t[-1].isspace()):  # tokenised text: "... Damascus . ''"
        t = t[:-1]
    return bool(t) and t[-1] in _END_PUNCT


_CREDIT = COLUMNIST_CREDIT
# A quotation closed by its credit ('“...” Kastan Orvik, Port Alder Ledger'): a round-up quoting columnists.
# The closing mark may stand apart from the sentence's end ('... I guess? ” Name, Outlet').
_CREDIT_AFTER_QUOTE = re.compile(r"[.!?…][^\S\n]?[”\"][^\S\n]+" + _CREDIT + r"\s*\Z")
# The credit printed alone under the quotation it closes, as the next paragraph.
_CREDIT_LINE = re.compile(_CREDIT)
# A paragraph ending in a quotation ('... to the quay.”', '... stay.”'): a credit line may follow it.
_ENDS_QUOTATION = re.compile(r"[.!?…][^\S\n]?[”\"]\s*\Z")


def credited_quotation(text: str) -> bool:
    """A paragraph ending in a full quotation and the name and outlet of whoever wrote it: body, since
    the sentence ends before the credit."""
    return _CREDIT_AFTER_QUOTE.search(text.rstrip()) is not None


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


# A quotation of four words or more inside a line ('"... I thank you for your support," Orvik said.'): a
# furniture phrase inside it is someone's words, not the page's.
_QUOTATION = re.compile(r"[\"“][^\"“”\n]*[\"”]")
QUOTED_SPEECH_WORDS = 4


def without_quoted_speech(text: str) -> str:
    """The line with its quotations of four words or more cut out."""
    return _QUOTATION.sub(lambda m: " " if len(m.group().split()) >= QUOTED_SPEECH_WORDS else m.group(), text)


# A correspondent's byline without "By": name, newsroom and post ("Ana Lind, Kastan News, Port Alder").
_OUTLET_BYLINE = re.compile(
    r"(?:[A-Z][\w.'’-]+ ){1,3}[A-Z][\w.'’-]+, (?:[A-Z][\w.&'’-]* ){0,3}(?:News|Press|Radio|Television|TV)"
    r"(?: [A-Z][\w-]*)?, (?:[A-Z][\w.'’-]* ?){1,3}\Z"
)
# A picture's credit opening its caption ("Ana Lind/Staff A ferry at the quay ..."): the paragraph is the
# caption, not the story.
_CREDITED_CAPTION = re.compile(P.PHOTO_CREDIT + r" \S")
# A picture agency's credit printed before its caption ("Getty Images Mayor Ana Orvik opens ...", "Ana
# Lind/AFP/Getty Images A ferry ...", "AP Photo A crowd ..."): read as the story's first line, it headed the
# timeline with the picture's description. Agencies that also write news ("Reuters reports ...") are left out.
_AGENCY_CREDITED_CAPTION = re.compile(
    r"(?:[\w.'’ -]{1,40}/)*(?:Getty Images|AP Photo|AFP Photo|EPA Photo)\s+[A-Z\"“‘]"
)

# The same credit in capitals: the photographer's full name, then a picture agency, "STAFF", "FILE" or an
# outlet named with its article after slashes ("ANA LIND/REUTERS/FILE A ferry ...", "ANA LIND/THE KASTAN
# LEDGER Dock workers ..."); two places in a dateline ("PORT ALDER/KASTAN Officials ...") are no credit.
_CAPITALS_CREDIT_SOURCE = (
    r"(?:REUTERS|AP|AFP|EPA|UPI|XINHUA|POOL|GETTY IMAGES|STAFF|FILE|THE(?: [A-Z][A-Z&.'’-]*){1,4})"
)
_CAPITALS_CREDITED_CAPTION = re.compile(
    rf"[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){{1,3}}(?:/{_CAPITALS_CREDIT_SOURCE}){{1,3}}"
    r"\s+(?:[AI]\s+[a-z]|[A-Z0-9\"“‘][^\s]*[a-z])"
)


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
    if not is_quoted(text) and P.furniture_anywhere(without_quoted_speech(text)):
        return "furniture"
    if len(words) <= 12 and P.KEY_VALUE_KEYS.match(text) and P.KEY_VALUE.match(text):
        return "metadata"
    if len(words) <= 12 and _OUTLET_BYLINE.match(text):
        return "byline"
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
            line.embed = line.furniture is not None and P.EMBED.search(text) is not None
            line.prose = line.furniture is None and _reads_as_prose(line)
        out.append(line)
    _drop_repeated_runs(out)
    _drop_video_titles(out)
    _drop_banners(out)
    _drop_shouted_links(out)
    _drop_link_lists(out)
    return out


def _drop_repeated_runs(lines: list[Line]) -> None:
    """A run of two or three lines printed again right after itself (a section's heading and its summary
    paragraph, twice) is a scraper's double: the first copy goes, as the second sits by the text it
    introduces. A single repeated line is left to the block stage (document.drop_repeated_blocks)."""
    nonblank = [ln for ln in lines if ln.text]
    pos = 0
    while pos < len(nonblank):
        for size in REPEATED_RUN_SIZES:
            run, copy = nonblank[pos - size : pos], nonblank[pos : pos + size]
            if pos >= size and len(copy) == size and [a.text for a in run] == [b.text for b in copy]:
                for ln in run:
                    # blank, so the rules and the model judge the page as printed once
                    ln.text, ln.words, ln.prose, ln.furniture = "", 0, False, "repeat"
                pos += size
                break
        else:
            pos += 1


# A video player's title with the clip's running time ("Okafor: We will reopen the quay 02:41").
_TIMED_TITLE = re.compile(r"(?P<title>\S.*?)\s+\d{1,2}:\d\d\Z")
VIDEO_TITLE_REACH = 2  # lines either side where the player prints its title again without the time


def _drop_video_titles(lines: list[Line]) -> None:
    """A title followed by a running time, with the same title alone on a line next to it, is a video
    player printed into the text (its caption, its button and its label): every copy goes. The time
    alone is no sign ("Polls close at 8:00"), the copy beside it is."""
    nonblank = [ln for ln in lines if ln.text]
    for pos, ln in enumerate(nonblank):
        timed = _TIMED_TITLE.fullmatch(ln.text)
        if timed is None:
            continue
        near = nonblank[max(0, pos - VIDEO_TITLE_REACH) : pos + VIDEO_TITLE_REACH + 1]
        copies = [x for x in near if x.text == timed.group("title")]
        for x in [ln, *copies] if copies else []:
            x.furniture, x.embed, x.prose = "video", True, False


def _reads_as_prose(line: Line) -> bool:
    return (
        (line.ends_sentence and line.words >= MIN_PROSE_WORDS)
        or (line.text[-1] in ":;," and line.words >= 2 * MIN_PROSE_WORDS)
        or line.words >= LONG_LINE_WORDS
    )


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


def _shouted(line: Line) -> bool:
    """An all-capitals line of SHOUTED_LINK_WORDS or more words that is no sentence (a headline in caps)."""
    cased = [ch for ch in line.text if ch.isupper() or ch.islower()]  # scripts without case never shout
    return (
        line.words >= SHOUTED_LINK_WORDS
        and not line.ends_sentence
        and bool(cased)
        and all(map(str.isupper, cased))
    )


def _drop_shouted_links(lines: list[Line]) -> None:
    """A headline in capitals between paragraphs of prose is a link to another story: the article's own
    subheads in capitals are a few words long, and its headline stands above the text, not inside it."""
    prose = [ln.index for ln in lines if ln.prose]
    if len(prose) < 2:
        return
    for ln in lines[prose[0] + 1 : prose[-1]]:
        if ln.text and ln.furniture is None and _shouted(ln):
            ln.furniture, ln.prose = "furniture", False


def _drop_link_lists(lines: list[Line]) -> None:
    """The headlines listed under a lone "Read more:" label are links to other stories, not body: one
    that ends in a full stop or a quotation read as a short paragraph and stayed."""
    for ln in lines:
        if not (ln.text and _LINK_LIST_LABEL.fullmatch(ln.text)):
            continue
        ln.furniture, ln.prose = ln.furniture or "link list", False
        items = [x for x in lines[ln.index + 1 :] if x.text][:LINK_LIST_ITEMS]
        for item in items:
            if item.words > LINK_LIST_ITEM_WORDS or item.text.endswith(":"):
                break
            item.furniture, item.prose = "link list", False


def _clusters(lines: list[Line]) -> list[list[int]]:
    """Runs of prose lines separated by at most MAX_GAP other lines (furniture weighs FURNITURE_GAP, media
    embeds EMBED_GAP) and by no footer marker."""
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
            gap += EMBED_GAP if ln.embed else FURNITURE_GAP if ln.furniture else 1.0
    if current:
        clusters.append(current)
    return clusters


def _cluster_weight(lines: list[Line], cluster: list[int]) -> int:
    # Capped per line: one giant line (a photo-gallery dump, a pasted table) must not outweigh an article.
    return sum(min(lines[i].words, LINE_WEIGHT_CAP) for i in cluster)


def classify_lines(text: str, refine: bool = True) -> LineResult:
    """Split plain text into article blocks (body/heading/pull/caption/attribution) and dropped furniture.

    The rule pass finds the article (its largest prose cluster) and the kinds of its lines; with ``refine``
    the learned line model (storyline.clean.line_model) then re-judges every line in its context, keeping
    short article lines the rules missed (list items, subheads) and dropping prose that is page furniture
    (teasers, comment and donation text).
    """
    lines = analyse(join_broken_lines(text.splitlines()))
    res = LineResult()
    kinds, cluster_of, first = rule_pass(lines)
    header = [ln for ln in lines[:first] if ln.text]
    _read_header(res, header)
    res.header = [ln.text for ln in header]
    if refine:
        kinds = refine_kinds(lines, kinds, cluster_of)
    _head_update_stamps(lines, kinds)
    _caption_credited_photos(lines, kinds)
    _drop_teaser_headlines(lines, kinds)
    _keep_credit_lines(lines, kinds)
    _mark_numbered_lists(lines, kinds)
    _mark_unmarked_lists(lines, kinds)
    _mark_semicolon_items(lines, kinds)
    _drop_writer_name_headings(lines, kinds)
    for ln in lines:
        if not ln.text:
            res.dropped += ln.furniture == "repeat"
            continue
        kind = kinds.get(ln.index)
        if kind is None:
            res.dropped += 1
            res.furniture.append(ln.text)
        else:
            res.blocks.append((ln.text, kind))
    return res


# A live page's update stamp opening a line, then the update's headline ("Update at 6:40 p.m. ET: Orvik
# Says Talks Resume", "Updated 9:05 a.m. ET. Port Closed:"). The stamp dates the update (time/ reads it
# from the text), so the line stays, as a heading: read as a caption or body, its title-case words made
# junk people ("Orvik Says").
_UPDATE_STAMP = re.compile(
    r"(?i)[\W_]*updated?\s*(?:at\s*)?:?\s*\d{1,2}:\d\d\s*(?:[ap]\.?\s?m\.?)?\s*(?-i:[A-Z]{2,4}\b)?\s*[.:—–-]?\s*"
)
UPDATE_HEADLINE_WORDS = 25
# A list item's number or bullet ("1)", "2.", "(3)", "•"): short items in a row are a list, read as body.
# A bullet may be glued to the item's first word ("•Pay rises ..."); a number, star or dash is not.
_LIST_MARKER = re.compile(r"(?:(?:\(?\d{1,2}[.)]|[*–-])\s+|[•▪●◦]\s*)\S")


def _head_update_stamps(lines: list[Line], kinds: dict[int, BlockKind]) -> None:
    """Kept lines that are a live page's update stamp with its title-case headline become headings."""
    for index, kind in kinds.items():
        if kind != "heading" and _update_headline(lines[index]):
            kinds[index] = "heading"


def _caption_credited_photos(lines: list[Line], kinds: dict[int, BlockKind]) -> None:
    """Kept lines that open with a picture credit are that picture's caption."""
    for index in kinds:
        text = lines[index].text
        if (
            "/" in text and (_CREDITED_CAPTION.match(text) or _CAPITALS_CREDITED_CAPTION.match(text))
        ) or _AGENCY_CREDITED_CAPTION.match(text):
            kinds[index] = "caption"


def _drop_teaser_headlines(lines: list[Line], kinds: dict[int, BlockKind]) -> None:
    """Captions in title case, long as headlines and with no closing mark, are other stories' headlines set
    as links between paragraphs ("Ferry Fares Rise as Port Alder Closes Its Northern Quay"): a picture's
    caption is written in sentence case."""
    for index in [i for i, kind in kinds.items() if kind == "caption"]:
        ln = lines[index]
        if (
            ln.words >= TEASER_HEADLINE_WORDS
            and ln.text[-1] not in _END_PUNCT + _CLOSE_QUOTES
            and ln.text[0].isalpha()  # a numbered point ("#3: ...", "3. ...") heads a list's item
            and _SENTENCE_BREAK.search(ln.text) is None  # "Ana Lind at the quay. Photo: ..." is a caption
            and _in_title_case(ln.text)
        ):
            del kinds[index]


def _in_title_case(text: str) -> bool:
    """Every word capitalised but the short function words a headline leaves in lower case."""
    words = [w for w in _WORD.findall(text) if not w[0].isdigit()]
    return bool(words) and all(w[0].isupper() or w in _TITLE_LOWER_WORDS for w in words)


def _update_headline(ln: Line) -> bool:
    stamp = _UPDATE_STAMP.match(ln.text)
    if stamp is None or ln.words > UPDATE_HEADLINE_WORDS:
        return False
    rest = ln.text[stamp.end() :]
    # a sentence after the stamp ("Update at 9:05: the ferry has left the quay.") is the update's text
    return _LOWER_WORD.search(rest) is None


def _keep_credit_lines(lines: list[Line], kinds: dict[int, BlockKind]) -> None:
    """A credit line ("Name, Outlet") right under a kept paragraph that ends in a quotation is that
    quotation's credit: body, so the quote stage reads the speaker from it (alone and short, it was dropped
    or read as a heading). A pull quote's attribution stays one."""
    previous: Line | None = None
    for ln in lines:
        if not ln.text:
            continue
        if (
            previous is not None
            and kinds.get(previous.index) == "body"
            and kinds.get(ln.index) in (None, "heading", "caption")
            and _ENDS_QUOTATION.search(previous.text)
            and _CREDIT_LINE.fullmatch(ln.text)
        ):
            kinds[ln.index] = "body"
        previous = ln


def _mark_numbered_lists(lines: list[Line], kinds: dict[int, BlockKind]) -> None:
    """Kept lines that open with a list marker, two or more in a row, are a list's items: text, not
    captions or headings (a numbered subhead stands alone between paragraphs)."""
    items = [ln.index for ln in lines if ln.text and ln.index in kinds and _LIST_MARKER.match(ln.text)]
    for i in _next_to_each_other(lines, items):
        if kinds[i] in ("caption", "heading"):
            kinds[i] = "body"


# A caption's marks: a picture's credit ("(Photo: Ana Lind)", "REUTERS/Ana Lind", "Getty Images"), or an
# embedded post's handle or link ("— Ana Lind (@alind) May 2, 2031", "pic.twitter.com/...").
_CAPTION_MARKS = re.compile(
    r"(?i)\b(?:photo|image|images|getty|reuters|ap|afp|epa)\b\W*(?:/|:|\)|\Z)|@\w|https?://|pic\.twitter\."
)
LIST_ITEM_MIN_WORDS = 6
# A summary box's label, glued to its first point by the scrape ("Story highlights Who pays for the quay?")
_SUMMARY_BOX = re.compile(r"(?i)\W*story highlights\b")
# A label of one to four words opening a line before a colon ("Harbour vote: ...")
_ITEM_LABEL = re.compile(r"((?:[\w'’.-]+ ){0,3}[\w'’.-]+):\s*\S")


# A point of a summary box at the head of a column that opens with its writer's name ("Story highlights
# Ana Orvik: The quay must stay open", "Orvik: Councils pay ..."); the name is the group.
_WRITER_POINT = re.compile(r"(?:(?i:story highlights)\s+)?((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*):\s")
# Lines at the head of a page where such a box stands.
SUMMARY_BOX_LINES = 12


def _drop_writer_name_headings(lines: list[Line], kinds: dict[int, BlockKind]) -> None:
    """A heading that is only a name, whose surname opens points of the summary box at the head of the page,
    is the caption of the writer's portrait set inside a column ("Ana Orvik" under "Story highlights Ana
    Orvik: ..."): furniture, not a subhead (a profile's subhead names someone no summary point is by)."""
    head = [ln.text for ln in lines if ln.text][:SUMMARY_BOX_LINES]
    writers = {m.group(1).split()[-1] for text in head if (m := _WRITER_POINT.match(text))}
    if not writers:
        return
    for index in [i for i, kind in kinds.items() if kind == "heading"]:
        text = lines[index].text
        if is_name_line(text) and len(text.split()) >= 2 and text.split()[-1] in writers:
            del kinds[index]


def _mark_semicolon_items(lines: list[Line], kinds: dict[int, BlockKind]) -> None:
    """A kept line that opens in lower case and closes with a semicolon is an item of a list run into a
    sentence ("... could ask for:" / "a freeze on new reactors;"): text, not a caption or a heading, which
    neither open in lower case nor stop on a semicolon."""
    for index, kind in kinds.items():
        text = lines[index].text
        if kind in ("caption", "heading") and text[:1].islower() and text.endswith(";"):
            kinds[index] = "body"


def _mark_unmarked_lists(lines: list[Line], kinds: dict[int, BlockKind]) -> None:
    """Captions two or more in a row right under a kept question or lead-in ("What does the plan say?",
    "The deal's main points:") are a list whose bullets the scrape lost, its items unfinished sentences:
    text, not captions (unless `_captions_after_all`). A summary box's label glued to its first point
    ("Story highlights <point>?") is no lead-in but a caption like the points under it."""
    kept = [ln for ln in lines if ln.text and ln.index in kinds]
    for pos, ln in enumerate(kept):
        if kinds[ln.index] == "caption" or ln.text[-1] not in "?:":
            continue
        if _SUMMARY_BOX.match(ln.text):  # its first point, a caption like the points under it
            kinds[ln.index] = "caption"
            continue
        run = []
        for item in kept[pos + 1 :]:
            if kinds[item.index] != "caption" or item.words < LIST_ITEM_MIN_WORDS:
                break
            run.append(item)
        if len(run) >= 2 and not _captions_after_all(run):
            for item in run:
                kinds[item.index] = "body"


def _captions_after_all(run: list[Line]) -> bool:
    """The captions under a lead-in are not a lost list's items: a picture's credit or a post's handle
    among them, or every item opening with one label, as links to a topic's other stories do ("Harbour
    vote: Orvik reopens the quay", "Harbour vote: Read the council's letter"); a list's items name each
    its own ("Fares: ...", "Jobs: ...")."""
    if any(_CAPTION_MARKS.search(item.text) for item in run):
        return True
    labels = {_item_label(item.text) for item in run}
    return len(labels) == 1 and None not in labels


def _item_label(text: str) -> str | None:
    match = _ITEM_LABEL.match(text)
    return match.group(1).lower() if match else None


def join_broken_lines(lines: list[str]) -> list[str]:
    """The lines with a paragraph a scraper broke mid-sentence made whole again: a line that reads as
    prose (long, or a clause ending in a comma) but stops without a sentence's end, and the next one (a
    blank line between at most) that goes on in lower case ("... smaller than hoped for," / "residents
    say."). A lone or upper-case line after it (a caption, a heading) and list items stay apart."""
    out: list[str] = []
    last = -1  # index in ``out`` of the last non-blank line
    for raw in lines:
        text = raw.strip()
        if text[:1].islower() and last >= 0 and len(out) - last <= 2:
            if _broken_at_hyphen(out[last], text):  # "great-" / "power talks": one word, no space inside
                out[last] = f"{out[last].rstrip()}{text}"
                del out[last + 1 :]
                continue
            if _broken_before(out[last], text):
                out[last] = f"{out[last].rstrip()} {text}"
                del out[last + 1 :]
                continue
        out.append(raw)
        if text:
            last = len(out) - 1
    return out


# A line of running text that stops on a word's hyphen ("... any great-"), the word going on in the next.
_OPEN_HYPHEN = re.compile(r"[^\W\d_]-\Z")


def _broken_at_hyphen(before: str, after: str) -> bool:
    """``before`` ends in the first half of a hyphenated word whose second half opens ``after`` (a print
    layout's line break): prose of a few words, not furniture (a list item or a dash aside keeps a space)."""
    head = normalize_line(before)
    return (
        _OPEN_HYPHEN.search(head) is not None
        and len(_WORD.findall(head)) >= MIN_BROKEN_HEAD_WORDS
        and len(after.split()) >= 2
        and classify_furniture(head) is None
        and classify_furniture(normalize_line(after)) is None
    )


def _broken_before(before: str, after: str) -> bool:
    """``after`` continues the sentence ``before`` left open."""
    head = normalize_line(before)
    words = len(_WORD.findall(head))
    # running text by its length or its comma, not a list item in lower case ("new roofs for two schools")
    prose = words >= LONG_LINE_WORDS or (head.endswith(",") and words >= 2 * MIN_PROSE_WORDS)
    return (
        (prose or _finishes_sentence(head, words, after))
        and len(after.split()) >= 2
        and not ends_sentence(head)
        and classify_furniture(head) is None
        and classify_furniture(normalize_line(after)) is None
    )


def _finishes_sentence(head: str, words: int, after: str) -> bool:
    """A shorter line broken off mid-sentence (where a link stood: "In Port Alder, one of the women reading
    the names" / "asked the council to rebuild the wall."): the line after it is a sentence's long end. A
    lead-in (":"), an aside's dash and a list item stay apart."""
    return (
        words >= MIN_BROKEN_HEAD_WORDS
        and head[-1:] not in ":;—–-"
        and len(_WORD.findall(after)) >= MIN_BROKEN_TAIL_WORDS
        and ends_sentence(after)
    )


def rule_pass(lines: list[Line]) -> tuple[dict[int, BlockKind], dict[int, float], int]:
    """The rule verdict: kinds of the article's lines, each prose line's cluster weight share (against the
    heaviest cluster), and the index of the article's first line (len(lines) when none was found)."""
    clusters = _clusters(lines)
    kinds: dict[int, BlockKind] = {}
    cluster_of: dict[int, float] = {}
    if not clusters:
        return kinds, cluster_of, len(lines)
    best = max(clusters, key=lambda c: _cluster_weight(lines, c))
    weight = _cluster_weight(lines, best)
    for c in clusters:
        share = _cluster_weight(lines, c) / weight if weight else 0.0
        cluster_of.update((i, share) for i in c)
    # Other clusters as heavy as the best one are the same article split by a long aside; merge them.
    keep = [c for c in clusters if c is best or _cluster_weight(lines, c) >= MERGE_SHARE * weight]
    _keep_standfirst(lines, clusters, keep)
    for c in keep:  # lines between two kept clusters are judged like the page around them: dropped
        kinds.update(_inner_kinds(lines, c[0], _extend_end(lines, c[-1])))
    first = min(c[0] for c in keep)
    lead_in = _lead_in_above(lines, first)
    if lead_in is not None:
        kinds[lead_in] = "body"
        first = lead_in
    return kinds, cluster_of, first


def _short_lead_in(ln: Line) -> bool:
    """A short sentence leading into a quotation or a list ("The agency said in a statement:"): too short
    for prose, it was read as a caption or a subhead, but it is written in sentence case (a word of four
    letters or more in lower case), where a subhead ending in a colon is in title case."""
    return (
        ln.furniture is None
        and ln.text.endswith(":")
        and ln.words >= MIN_PROSE_WORDS
        and _LOWER_WORD.search(ln.text) is not None
    )


def _lead_in_above(lines: list[Line], first: int) -> int | None:
    """The line right above the article's first paragraph when it is a sentence leading into it ("Consider
    this passage from the Kastan Ledger:"): too short for prose, it was left in the header, but a
    header's headlines, bylines and dates do not end in a colon."""
    above = next((ln for ln in reversed(lines[:first]) if ln.text), None)
    if above is None or above.furniture is not None or above.footer:
        return None
    return above.index if above.text.endswith(":") and above.words >= MIN_PROSE_WORDS else None


def refine_kinds(
    lines: list[Line], kinds: dict[int, BlockKind], cluster_of: dict[int, float]
) -> dict[int, BlockKind]:
    """The rule pass's kinds re-judged by the learned line model; unchanged when no model is installed."""
    model = line_model.load()
    if model is None or sum(1 for ln in lines if ln.text) > MAX_REFINE_LINES:
        return kinds
    # Media embeds stay dropped (decide_kinds keeps every furniture verdict), but the model reads them as
    # the plain lines it learnt from: its training pages did not mark them, and marked, a gallery made the
    # paragraph next to it look like a teaser.
    seen = [_unmarked(ln) if ln.embed else ln for ln in lines]
    rows = article_features(seen, kinds, cluster_of)
    probs = model.probabilities([v for _, v in rows], [lines[i].text for i, _ in rows])
    return decide_kinds(
        lines,
        kinds,
        dict(zip((i for i, _ in rows), probs, strict=True)),
        model.keep_threshold,
        model.drop_threshold,
    )


def _unmarked(line: Line) -> Line:
    """The line as it reads without its furniture verdict."""
    return replace(line, furniture=None, prose=_reads_as_prose(line))


def decide_kinds(
    lines: list[Line], kinds: dict[int, BlockKind], probs: dict[int, float], keep_t: float, drop_t: float
) -> dict[int, BlockKind]:
    """Kinds after the model: a line the rules dropped is added at ``probs >= keep_t``, one they kept is
    dropped below ``drop_t``, within the limits below (bench/train_line_model.py tunes the thresholds
    through this same function)."""
    out: dict[int, BlockKind] = {}
    first = min(kinds) if kinds else None
    for index, p in probs.items():
        # Furniture vocabulary (donation banners, share bars, legal lines) is a verdict the model may not
        # overturn: such lines are rare in its training pages, but common and costly in news text.
        if lines[index].furniture is not None:
            continue
        # Above the article the model may add a lead paragraph, never a short line: headline, kicker,
        # date and byline there are the header, read for metadata, not text.
        if first is not None and index < first and not _sentence_like(lines[index]):
            continue
        rule = kinds.get(index)
        if p >= (drop_t if rule is not None else keep_t):
            out[index] = rule or _kind_alone(lines, index)
    _keep_flanked_prose(lines, kinds, probs, out)
    _keep_flanked_subheads(lines, kinds, probs, out)
    _keep_closing_sentences(lines, kinds, probs, out)
    _keep_short_sentences_in_the_article(lines, kinds, out)
    _keep_inner_asides(kinds, out)
    _mark_lists(lines, kinds, out)
    return out


def _keep_flanked_prose(
    lines: list[Line], rule: dict[int, BlockKind], probs: dict[int, float], kinds: dict[int, BlockKind]
) -> None:
    """Prose body paragraphs the model doubted (above FLANKED_DROP) stay when the nearest lines on both
    sides stay: a line of running text inside the kept article is part of it."""
    nonblank = [ln.index for ln in lines if ln.text]
    for pos in range(1, len(nonblank) - 1):
        index = nonblank[pos]
        if index in kinds or rule.get(index) != "body" or not lines[index].prose:
            continue
        if (
            probs.get(index, 0.0) >= FLANKED_DROP
            and nonblank[pos - 1] in kinds
            and nonblank[pos + 1] in kinds
        ):
            kinds[index] = "body"


def _keep_flanked_subheads(
    lines: list[Line], rule: dict[int, BlockKind], probs: dict[int, float], kinds: dict[int, BlockKind]
) -> None:
    """A short line the rules kept ("How it happened", "A mistake?") between two body paragraphs that stay
    is the article's subhead: it stays unless the model is as sure as for flanked prose (the teasers it
    drops there are longer headlines)."""
    nonblank = [ln.index for ln in lines if ln.text]
    for pos in range(1, len(nonblank) - 1):
        index = nonblank[pos]
        ln = lines[index]
        if (
            index in kinds
            or rule.get(index) not in ("heading", "body")
            or ln.prose
            or ln.words > SUBHEAD_WORDS
        ):
            continue
        # a bracketed cross-link ("(Also: ...)"), a label leading into an embed ("Watch the vote:") or a
        # line of handles ("Follow @kastan") is no subhead
        if ln.text[0] in "([" or ln.text.endswith(":") or "@" in ln.text:
            continue
        if (
            probs.get(index, 0.0) >= FLANKED_DROP
            and kinds.get(nonblank[pos - 1]) == "body"
            and kinds.get(nonblank[pos + 1]) == "body"
        ):
            kinds[index] = rule[index]


def _keep_closing_sentences(
    lines: list[Line], rule: dict[int, BlockKind], probs: dict[int, float], kinds: dict[int, BlockKind]
) -> None:
    """Sentences the rules kept after the last kept body line stay, in order, down to CLOSING_DROP; furniture
    between them is passed over, and the first line that is no such sentence ends the article."""
    body = [i for i, k in kinds.items() if k == "body"]
    if not body:
        return
    for ln in lines[max(body) + 1 :]:
        if not ln.text or ln.furniture is not None:
            continue
        if rule.get(ln.index) != "body" or not ln.ends_sentence or probs.get(ln.index, 0.0) < CLOSING_DROP:
            return
        kinds[ln.index] = "body"


# Words of a short line pointing elsewhere ("More here.", "Read the ruling below."): a link, no sentence.
_POINTER_WORD = re.compile(r"(?i)\b(?:here|below|above|more|read|watch|listen|click|see|subscribe|follow)\b")


def _keep_short_sentences_in_the_article(
    lines: list[Line], rule: dict[int, BlockKind], kinds: dict[int, BlockKind]
) -> None:
    """A short paragraph of one sentence the rules kept ("Nobody cheered.", "The plan is gone now.") right
    under a body paragraph that stays, and above one or a subhead that stays, closes a thought or a
    section: the model, which weighs length, doubted it. A link ends in an ellipsis ("More on this...")
    or points ("More here.", "Watch it below."). A player or gallery between it and its neighbours is
    passed over: it sits inside the article."""
    nonblank = [ln for ln in lines if ln.text and not ln.embed]
    for before, ln, after in zip(nonblank, nonblank[1:], nonblank[2:], strict=False):
        if (
            ln.index not in kinds
            and rule.get(ln.index) == "body"
            and ln.furniture is None
            and ln.ends_sentence
            and not ln.text.rstrip("\"”’'").endswith(("...", "…"))
            and _LOWER_WORD.search(ln.text) is not None
            and _POINTER_WORD.search(ln.text) is None
            and kinds.get(before.index) == "body"
            and kinds.get(after.index) in ("body", "heading")
        ):
            kinds[ln.index] = "body"


def _keep_inner_asides(rule: dict[int, BlockKind], kinds: dict[int, BlockKind]) -> None:
    """Pull quotes, their attributions and captions the rules found between two kept body lines stay, as
    asides: they annotate the article, and the benchmark the model learnt from counts every aside it has
    as boilerplate."""
    body = sorted(i for i, k in kinds.items() if k == "body")
    if len(body) < 2:
        return
    for i, kind in rule.items():
        if kind in ("pull", "attribution", "caption") and i not in kinds and body[0] < i < body[-1]:
            kinds[i] = kind


def _mark_lists(lines: list[Line], rule: dict[int, BlockKind], kinds: dict[int, BlockKind]) -> None:
    """Short lines the model added next to each other are a list (items, a facts box): text, not headings."""
    added = [i for i in sorted(kinds) if i not in rule and kinds[i] == "heading"]
    for i in _next_to_each_other(lines, added):
        kinds[i] = "body"


def _next_to_each_other(lines: list[Line], indices: list[int]) -> set[int]:
    """Those of the (ascending) line ``indices`` with another of them as the next or previous non-blank
    line: the items of a run of two or more."""
    position = {ln.index: pos for pos, ln in enumerate(x for x in lines if x.text)}
    runs: set[int] = set()
    for a, b in zip(indices, indices[1:], strict=False):
        if position[b] - position[a] == 1:
            runs.update((a, b))
    return runs


def article_features(
    lines: list[Line], kinds: dict[int, BlockKind], cluster_of: dict[int, float]
) -> list[tuple[int, list[float]]]:
    """The line model's input for every non-blank line (shared with bench/train_line_model.py)."""
    span = (min(kinds), max(kinds)) if kinds else None
    return line_features(lines, kinds, span, cluster_of)


def _sentence_like(ln: Line) -> bool:
    return ln.prose or (ln.ends_sentence and ln.words >= 3)


def _kind_alone(lines: list[Line], index: int) -> BlockKind:
    """Kind of a line the model kept but the rule pass had left out of the article."""
    ln = lines[index]
    if _sentence_like(ln):
        return "body"
    if ln.quoted and ln.words >= 4:
        return "pull"
    # A short line: a subhead or a list item (ingredients, a facts box); not a sentence either way.
    return "heading" if ln.words <= 12 else "body"


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
        elif ln.text and ln.furniture is None and ln.words >= 6 and credited_quotation(ln.text):
            kinds[ln.index] = "body"
        elif (ln.prose and ln.text.endswith(":")) or _short_lead_in(ln):
            kinds[ln.index] = "body"  # a paragraph leading into a quotation or a list ("... told reporters:")
    _keep_unfinished_paragraphs(span, kinds)
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
        # a subhead may quote a phrase of the story ("'Not a step back'"); as a caption it was read as a
        # quotation with no speaker
        if prev_blank and next_blank and ln.words <= 10 and not (ln.quoted and ln.ends_sentence):
            kinds[ln.index] = "heading"
        elif ln.quoted and ln.words >= 4:
            kinds[ln.index] = "pull"
        else:
            kinds[ln.index] = "caption"
        i += 1
    return kinds


def _keep_unfinished_paragraphs(span: list[Line], kinds: dict[int, BlockKind]) -> None:
    """A paragraph of running text that lost its last full stop (`unfinished.unfinished_paragraph`) between
    two paragraphs of the article is body, not a caption; a run of captions under a gallery has captions,
    not paragraphs, on either side (a link or a player dropped in between is passed over). A lone
    sentence that reports (`unfinished.unfinished_reported_sentence`) needs finished paragraphs on both
    sides: a list that lost its bullets has unfinished items on either side."""
    texts = [ln for ln in span if ln.text and ln.furniture is None]
    for before, ln, after in zip(texts, texts[1:], texts[2:], strict=False):
        if ln.index in kinds or not (before.prose and after.prose):
            continue
        finished_around = before.ends_sentence and after.ends_sentence
        if unfinished_paragraph(ln.text) or (finished_around and unfinished_reported_sentence(ln.text)):
            kinds[ln.index] = "body"


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
