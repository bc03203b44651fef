"""Who speaks the quotation a token stands in, read before the quotes stage runs.

A speaker says "I" of himself: a "he" or "she" inside his own quoted words is someone else. Only whole
quoted sentences count ('"...," X said', 'X replied: "..."', a quotation opening a sentence after one
where X speaks): inside a partial quotation ('X said she was "proud of her crew"') the writer has turned
the words to the third person, so a pronoun there may well be the speaker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from storyline.cue_lemmas import speech_and_thought_lemmas

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_OPENING = frozenset({"\u201c", "\u00ab", "\u201e"})
_CLOSING = frozenset({"\u201d", "\u00bb"})
_PARAGRAPH_SPAN = 400  # tokens searched either way for a paragraph's edge
_CUE_REACH = (
    6  # tokens after a closing mark searched for its speech verb ('," the port's harbour master said')
)
_CONTINUED = 3  # quotations followed back through ones that continue the same speaker's words


def _paragraph_bounds(doc: Doc, i: int) -> tuple[int, int]:
    start = i
    while start > 0 and i - start < _PARAGRAPH_SPAN and "\n" not in doc[start - 1].text:
        start -= 1
    end = i + 1
    while end < len(doc) and end - i < _PARAGRAPH_SPAN and "\n" not in doc[end].text:
        end += 1
    return start, end


def _quotations(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """Token bounds (opening mark, closing mark or paragraph end) of the double-quoted stretches between
    start and end. Straight marks alternate; a quotation left open runs to the paragraph's end, as a
    quotation that goes on in the next paragraph is written."""
    found: list[tuple[int, int]] = []
    opened: int | None = None
    for k in range(start, end):
        mark = doc[k].text
        if mark in _OPENING or (mark == '"' and opened is None):
            opened = k
        elif mark in _CLOSING or mark == '"':
            found.append((start if opened is None else opened, k))
            opened = None
    if opened is not None:
        found.append((opened, end))
    return found


def quotation_within(doc: Doc, start: int, end: int, i: int) -> tuple[int, int] | None:
    """Bounds of the quotation between tokens start and end that token i stands inside, else None."""
    return next(((a, b) for a, b in _quotations(doc, start, end) if a < i < b), None)


def quotation_holding(doc: Doc, i: int) -> tuple[int, int] | None:
    """Bounds of the quotation in token i's paragraph that it stands inside, else None."""
    start, end = _paragraph_bounds(doc, i)
    return quotation_within(doc, start, end, i)


def _speech_subject(verb: Token) -> Token | None:
    if verb.lemma_.lower() not in speech_and_thought_lemmas() or verb.pos_ not in ("VERB", "AUX"):
        return None
    return next((t for t in verb.children if t.dep_ == "nsubj"), None)


def _speaker_after(doc: Doc, close: int) -> Token | None:
    """The subject of the speech verb right after a closing mark ('," the governor said')."""
    for k in range(close + 1, min(len(doc), close + 1 + _CUE_REACH)):
        tok = doc[k]
        if (
            tok.text in _OPENING
            or tok.text in _CLOSING
            or tok.text in ('"', ".", "?", "!")
            or "\n" in tok.text
        ):
            return None
        subject = _speech_subject(tok)
        if subject is not None:
            return subject
    return None


def _previous_token(doc: Doc, i: int) -> int | None:
    k = i - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    return k if k >= 0 else None


def _speaker_before(doc: Doc, opening: int, depth: int) -> list[Token]:
    """The speaker a quotation is hung on before it opens: 'X replied: "...', 'X said, "...', or a
    quotation opening a sentence right after one whose own quotation or main verb is X's words."""
    k = _previous_token(doc, opening)
    if k is None:
        return []
    prev = doc[k]
    if prev.text in (":", ",") and prev.sent.start == doc[opening].sent.start:
        verbs = [t for t in doc[prev.sent.start : k] if _speech_subject(t) is not None]
        subject = _speech_subject(verbs[-1]) if verbs else None
        return [subject] if subject is not None else []
    across = any("\n" in doc[j].text for j in range(k + 1, opening))
    sent = prev.sent
    inner = [q for q in _quotations(doc, sent.start, sent.end) if q[1] < sent.end]
    if inner and depth > 0:
        return speakers_of_quotation(doc, inner[-1], depth - 1)  # the same speaker goes on
    if prev.text == ":":
        subject = next((_speech_subject(t) for t in sent if _speech_subject(t) is not None), None)
        return [subject] if subject is not None else []
    if across:
        return []
    subject = _speech_subject(sent.root)
    return [subject] if subject is not None else []


def _opens_whole_words(doc: Doc, opening: int) -> bool:
    """The quotation starts a paragraph or a sentence, or follows a cue's colon or comma: not a few
    quoted words inside the writer's own sentence."""
    k = _previous_token(doc, opening)
    if k is None or doc[opening].is_sent_start or any("\n" in doc[j].text for j in range(k + 1, opening)):
        return True
    return doc[k].text in (":", ",", ".", "?", "!")


def speakers_of_quotation(doc: Doc, span: tuple[int, int], depth: int = _CONTINUED) -> list[Token]:
    """The tokens that name (or stand for) whoever speaks the quoted words between span's marks; empty
    when the quotation is partial or its speaker is not written beside it."""
    opening, close = span
    if doc[opening].text not in _OPENING and doc[opening].text != '"':
        return []  # a quotation open since the paragraph's start: its opening is not ours to read
    if not _opens_whole_words(doc, opening):
        return []
    closed = close < len(doc) and (doc[close].text in _CLOSING or doc[close].text == '"')
    after = _speaker_after(doc, close) if closed else None  # one left open runs on to a later paragraph
    if after is not None:
        return [after]
    return _speaker_before(doc, opening, depth)
