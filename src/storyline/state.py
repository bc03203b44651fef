"""The per-document working state that lives only inside a worker.

A ``DocState`` holds the spaCy ``Doc`` of one article while the per-document stages add rows to it.
Only ``DocState.result()`` (plain rows) ever leaves the worker.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from storyline.records import (
    Article,
    Chain,
    DocResult,
    ErrorRecord,
    EventMention,
    Mention,
    QuoteMention,
    Sentence,
    TimeExpr,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


@dataclass
class DocState:
    article: Article
    doc: Doc
    sentences: list[Sentence] = field(default_factory=list)
    timexes: list[TimeExpr] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    chains: list[Chain] = field(default_factory=list)
    quotes: list[QuoteMention] = field(default_factory=list)
    events: list[EventMention] = field(default_factory=list)
    errors: list[ErrorRecord] = field(default_factory=list)
    _sent_starts: list[int] = field(default_factory=list, repr=False)

    @property
    def doc_id(self) -> str:
        return self.article.doc_id

    @property
    def dct(self) -> str | None:
        """Document creation time (the publication date) as ISO text, or None when unknown."""
        return self.article.published

    def sentence_index(self, char: int) -> int:
        """Index of the sentence containing character offset ``char`` (-1 before the first)."""
        if not self._sent_starts or len(self._sent_starts) != len(self.sentences):
            self._sent_starts = [s.start for s in self.sentences]
        return bisect_right(self._sent_starts, char) - 1

    def sentence_span(self, index: int) -> Span:
        """The spaCy span of sentence ``index``."""
        s = self.sentences[index]
        span = self.doc.char_span(s.start, s.end, alignment_mode="expand")
        assert span is not None
        return span

    def chain(self, chain_id: int | None) -> Chain | None:
        if chain_id is None:
            return None
        for c in self.chains:
            if c.chain_id == chain_id:
                return c
        return None

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        """Mentions lying inside [start, end)."""
        return [m for m in self.mentions if m.start >= start and m.end <= end]

    def result(self) -> DocResult:
        return DocResult(
            article=self.article,
            sentences=self.sentences,
            timexes=self.timexes,
            mentions=self.mentions,
            chains=self.chains,
            quotes=self.quotes,
            events=self.events,
            errors=self.errors,
        )
