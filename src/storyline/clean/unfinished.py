"""Paragraphs of running text whose last sentence lost its full stop.

A line inside the article that does not end like a sentence is read as a caption. Some are prose: the
scrape cut the paragraph's last mark (or the writer left it out), and its sentences were lost to the body.
A single such sentence between two finished paragraphs is prose when it is long and reports what was said
("..., the ministry said in a statement", "according to ..."): a caption shows a picture, it does not
report.
A caption of several sentences has a mark of its own (a picture's credit, a post's handle, a bracketed
source, a dash before a speaker's name), ends in a short credit ("... the quay. Ana Lind"), or is a
teaser printed twice ("Kastan votes. Kastan votes."); prose ends in a long sentence written in sentence
case.
"""

from __future__ import annotations

import re

from storyline.clean import patterns as P

# Where one sentence ends and the next begins: a word in lower case, a number or a long word, a stop,
# closing marks, a space, and a capital or a digit. An abbreviated title ("Gen.", "Sen.", "U.S.") ends no
# sentence.
_SENTENCE_END = re.compile(
    r"(?<![\w.'’-])(?:[a-z][\w'’-]*|\d[\d,]*|[A-Z][a-z'’-]{4,})[.!?…][\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9])"
)
_PHOTO_CREDIT = re.compile(P.PHOTO_CREDIT)
_WORD = re.compile(r"[^\W\d_][\w'’.-]*|\d[\d,.:]*")
_LOWER_WORD = re.compile(r"(?<![\w'’.-])[a-z]{4,}\b")
# A picture's credit or place in it, a post's handle or link: a caption, however long.
_CAPTION_MARK = re.compile(
    r"(?i)\b(?:photo|image|images|reuters|ap|afp|epa)\b\W*(?:/|:|\)|\Z)|\bgetty\b|@\w|https?://"
    r"|pic\.twitter\.|\((?:left|right|center|centre)\)|\bpictured\b|\bfrom left\b|\billustration by\b"
)
# A dash before a name closes a quotation's credit ("... the quay. — Ana Lind, mayor", '..." — former mayor').
_CREDIT_DASH = re.compile(r"\s(?:[—–]|--)\s*[A-Z]|[”\"]\s*(?:[—–]|--)")
# A link's label glued to its headline ("Harbour vote:Orvik reopens the quay"): a teaser, no paragraph.
_GLUED_LABEL = re.compile(r"[^\W\d_]:[\"'“‘]?[A-Z]")
# A run of three words in capitals: a shot list's or a wire's slug ("RESTRICTION SUMMARY: ..."), no prose.
_SHOUTED_RUN = re.compile(r"\b[A-Z]{2,}\W+[A-Z]{2,}\W+[A-Z]{2,}\b")
# The last sentence of prose is this long (words), with this many lower-case words of four letters or more:
# a credit or a teaser's headline closing a caption is a few words, mostly capitalised.
LAST_SENTENCE_WORDS = 8
LAST_SENTENCE_LOWER_WORDS = 2
FIRST_SENTENCE_WORDS = 3
# A paragraph whose opening this long (characters) comes back later in it was printed twice: a teaser.
REPEAT_CHARS = 30
# A lone sentence read as prose is this long (words) and reports speech or a source.
REPORTED_SENTENCE_WORDS = 15
_REPORTED = re.compile(r"\b(?:said|told|according to)\b")


def unfinished_paragraph(text: str) -> bool:
    """Whether ``text`` (a line that does not end like a sentence) is running text of two sentences or more
    whose last one lost its full stop (see the module docstring)."""
    text = text.strip()
    if (
        not text
        or text[-1] in ")]"
        or any(p.search(text) for p in (_CAPTION_MARK, _PHOTO_CREDIT, _SHOUTED_RUN, _GLUED_LABEL))
    ):
        return False
    sentences = _SENTENCE_END.split(text)
    # a teaser opens with a fragment ("Storm. Flood. Ruin. What the quay ...")
    if len(sentences) < 2 or _printed_twice(text) or len(_WORD.findall(sentences[0])) < FIRST_SENTENCE_WORDS:
        return False
    return _prose_sentence(sentences[-1])


def unfinished_reported_sentence(text: str) -> bool:
    """Whether ``text`` (a line that does not end like a sentence) is one long sentence that reports what
    was said ("... into the town, it said in a statement") and lost its full stop. Only between two
    finished paragraphs: items of a list whose bullets were lost stop without a mark too."""
    text = text.strip()
    if (
        not text
        or text[-1] in ")]"
        or any(p.search(text) for p in (_CAPTION_MARK, _PHOTO_CREDIT, _SHOUTED_RUN))
    ):
        return False
    return (
        len(_WORD.findall(text)) >= REPORTED_SENTENCE_WORDS
        and _REPORTED.search(text) is not None
        and _prose_sentence(text)
    )


def _prose_sentence(sentence: str) -> bool:
    """A sentence long and in lower case enough for prose, with no dash before a speaker's credit."""
    return (
        len(_WORD.findall(sentence)) >= LAST_SENTENCE_WORDS
        and len(_LOWER_WORD.findall(sentence)) >= LAST_SENTENCE_LOWER_WORDS
        and _CREDIT_DASH.search(sentence) is None
    )


def _printed_twice(text: str) -> bool:
    opening = text[:REPEAT_CHARS]
    return len(text) > 2 * REPEAT_CHARS and text.find(opening, REPEAT_CHARS) >= 0
