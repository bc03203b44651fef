"""An in-memory view of a built store: what corpus stages, exports and the report read."""

from __future__ import annotations

import re
from collections.abc import Iterable
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

_DAY_OR_COARSER = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


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

    def first_reported(self, doc_ids: Iterable[str]) -> str | None:
        """The earliest publication date (to the day, or coarser when that is all an article has) among
        ``doc_ids``: the latest an undated event or saying can have happened."""
        days = []
        for doc_id in set(doc_ids):
            art = self.articles.get(doc_id)
            m = _DAY_OR_COARSER.match(art.published or "") if art is not None else None
            if m:
                days.append(m.group(0))
        # a day-precise date wins over a coarser one that sorts first ("2011-03" < "2011-03-05")
        return min(days, key=lambda d: (d[:7], -len(d), d)) if days else None
