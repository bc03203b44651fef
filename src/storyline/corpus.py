"""An in-memory view of a built store: what corpus stages, exports and the report read."""

from __future__ import annotations

from dataclasses import dataclass, field

from storyline.records import (
    Article,
    Chain,
    Entity,
    Event,
    EventMention,
    Mention,
    Quote,
    QuoteMention,
    Sentence,
    TimeExpr,
    TimelineEntry,
)


@dataclass
class Corpus:
    articles: dict[str, Article] = field(default_factory=dict)  # by doc_id
    sentences: dict[str, list[Sentence]] = field(default_factory=dict)  # by doc_id, in order
    timexes: list[TimeExpr] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    chains: list[Chain] = field(default_factory=list)
    quote_mentions: list[QuoteMention] = field(default_factory=list)
    event_mentions: list[EventMention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    timeline: list[TimelineEntry] = field(default_factory=list)

    def sentence_text(self, doc_id: str, index: int) -> str:
        art = self.articles[doc_id]
        s = self.sentences[doc_id][index]
        return art.text[s.start : s.end]
