"""Speakers of a standfirst: the line under the headline that sums up the story in headline style.

"Defence pick says port must stay open" names its speaker by a bare role, without an article, as headlines
do; the article then reports the same words from that person by name. Such a speaker takes the person
whose reported words later in the article repeat a run of the standfirst's words; with no such person, or
two, it stays the role as written."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from storyline.quotes.normalize import contains_words, norm_words

if TYPE_CHECKING:
    from spacy.tokens import Span

    from storyline.records import QuoteMention
    from storyline.state import DocState

# Words in a row the standfirst and a later report must share: a phrase, not a few common words.
ECHO_RUN = 3


def link_standfirst_speakers(
    state: DocState, first_block: tuple[int, int], quotes: Sequence[QuoteMention]
) -> None:
    """Give a speaker named in headline style in the first body block the person a later quote echoes."""
    lo, hi = first_block
    for q in quotes:
        if not (lo <= q.start < hi) or q.speaker_chain_id is not None or not _headline_role(state, q):
            continue
        words = norm_words(q.text)
        echoes = {
            later.speaker_chain_id: later.speaker_name
            for later in quotes
            if later.start >= hi
            and _person_chain(state, later.speaker_chain_id)
            and _echoes(words, later.text)
        }
        if len(echoes) == 1:
            q.speaker_chain_id, q.speaker_name = next(iter(echoes.items()))


def _headline_role(state: DocState, q: QuoteMention) -> bool:
    """A speaker phrase headed by a singular common noun with no article, possessor or name before it
    ("Defence pick", "Port chief"): headline grammar, not a name."""
    if q.speaker_start is None or q.speaker_end is None:
        return False
    span: Span | None = state.doc.char_span(q.speaker_start, q.speaker_end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    head = span.root
    return (
        head.tag_ == "NN"
        and span[0].text[:1].isupper()
        and not any(t.dep_ in ("det", "poss") or t.ent_type_ == "PERSON" for t in span)
    )


def _person_chain(state: DocState, chain_id: int | None) -> bool:
    chain = state.chain(chain_id) if chain_id is not None else None
    return chain is not None and chain.ent_type == "PERSON"


def _echoes(words: Sequence[str], later: str) -> bool:
    """Some ECHO_RUN words in a row of ``words`` recur in the ``later`` report."""
    said = norm_words(later)
    return any(contains_words(said, words[i : i + ECHO_RUN]) for i in range(len(words) - ECHO_RUN + 1))
