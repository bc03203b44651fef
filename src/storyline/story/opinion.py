"""Opinion pieces and interviews: their voice is the writer's, so their opening lines on the day they
were published tell no happening of that day ("A trade deal could finally be here!", "I spoke to ...")."""

from __future__ import annotations

import re

# Quotations are someone else's words: a news report quoting "I" or "we" is not written in the first person.
# A quotation left open runs to the end of its sentence ('He added, "If you look at the deal ...').
_QUOTED = re.compile(r"[\"“][^\"“”]*(?:[\"”]|$)", re.MULTILINE)
_SENTENCE_END = re.compile(r"(?<=[.?!])\s+")
_FIRST_PERSON = re.compile(r"(?<![\w'’])(?:I|I['’](?:m|d|ve|ll)|me|my|we|our|us|you|your)(?![\w'’])")
_ADVICE = re.compile(r"\b(?:should|must|ought)\b", re.IGNORECASE)
_MIN_SENTENCES = 8  # a short text says too little about its voice
# Share of sentences (quotations left out) in the writer's voice - first or second person, a question,
# advice - from which a text is a column or interview: on 80 AllSides articles news reports stay under
# 0.22 and columns and interviews reach 0.26 to 0.8.
_OPINION_SHARE = 0.25


def _in_the_writers_voice(sentence: str) -> bool:
    s = sentence.strip()
    return bool(s) and (s.endswith(("?", "!")) or bool(_FIRST_PERSON.search(s)) or bool(_ADVICE.search(s)))


def is_opinion_piece(text: str) -> bool:
    """Whether an article reads as a column or an interview: a quarter of its sentences, outside
    quotations, speak in the first or second person, ask, exclaim or advise."""
    sentences = [s for s in _SENTENCE_END.split(_QUOTED.sub(" ", text)) if s.strip()]
    if len(sentences) < _MIN_SENTENCES:
        return False
    voiced = sum(1 for s in sentences if _in_the_writers_voice(s))
    return voiced / len(sentences) >= _OPINION_SHARE


def is_opinion_line(sentence: str) -> bool:
    """Whether one sentence, outside quotations, is in the writer's voice (asks, exclaims, says "I",
    "we" or "you"): the writer's view, no report of a happening. (Advice is left out here: "which
    cases should be tried" is a report's words too.)"""
    s = _QUOTED.sub(" ", sentence).strip()
    return bool(s) and (s.endswith(("?", "!")) or bool(_FIRST_PERSON.search(s)))


# How outlets mark a column: a title tag ("Opinion: ...", "OPINION | ...", "Commentary: ...") or the
# section in the address ("/opinion/", "/opinions/", "/columnists/", "/commentary/", "/op-ed/").
_TITLE_TAG = re.compile(r"^\s*(?:opinion|op-ed|commentary|editorial|column|analysis)\s*[:|]", re.IGNORECASE)
_URL_SECTION = re.compile(r"/(?:opinions?|columnists?|commentary|op-?eds?|editorials?)/", re.IGNORECASE)


def is_marked_opinion(title: str | None, url: str | None) -> bool:
    """Whether the outlet itself files the article as a column: its title opens with an opinion tag or
    its address lies in an opinion section. A column in a plain voice (few "I"s and questions) shows
    only this way."""
    return bool(title and _TITLE_TAG.match(title)) or bool(url and _URL_SECTION.search(url))
