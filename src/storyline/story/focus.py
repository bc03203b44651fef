"""What a timeline is about: the articles, sentences and events that a query and/or an entity select.

Keywords (``about``) match as whole words, any of them; an entity matches through its resolved
mentions or, as words, its name and aliases. Given both, an item must satisfy both.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from storyline.corpus import Corpus
from storyline.records import Entity, Event
from storyline.story.text import keyword_pattern


@dataclass
class _Matcher:
    """One condition: a word pattern, plus (for entities) the resolved sentences and documents."""

    pattern: re.Pattern[str] | None = None
    entity_id: str | None = None
    sentences: set[tuple[str, int]] = field(default_factory=set)  # (doc_id, sentence)
    docs: set[str] = field(default_factory=set)

    def text(self, text: str) -> bool:
        return self.pattern is not None and self.pattern.search(text) is not None

    def doc(self, doc_id: str, text: str) -> bool:
        return doc_id in self.docs or self.text(text)

    def sentence(self, doc_id: str, index: int, text: str) -> bool:
        return (doc_id, index) in self.sentences or self.text(text)

    def event(self, ev: Event, corpus: Corpus) -> bool:
        if self.entity_id is not None and self.entity_id in (ev.source_entity_id, ev.target_entity_id):
            return True
        if self.text(" ".join(x for x in (ev.summary, ev.source_name, ev.target_name) if x)):
            return True
        for c in ev.sources:
            if (c.doc_id, c.sentence) in self.sentences:
                return True
            if self.pattern is not None and _cited_text_matches(corpus, c.doc_id, c.sentence, self.pattern):
                return True
        return False


@dataclass
class Focus:
    """A filter over the corpus; with no conditions everything is in focus."""

    conditions: list[_Matcher] = field(default_factory=list)

    @property
    def active(self) -> bool:
        return bool(self.conditions)

    def doc_relevant(self, doc_id: str, text: str) -> bool:
        return all(m.doc(doc_id, text) for m in self.conditions)

    def sentence_relevant(self, doc_id: str, index: int, text: str) -> bool:
        """Whether a sentence itself names the focus (a preference when ranking, not a hard filter)."""
        return all(m.sentence(doc_id, index, text) for m in self.conditions)

    def event_relevant(self, ev: Event, corpus: Corpus) -> bool:
        return all(m.event(ev, corpus) for m in self.conditions)


def _cited_text_matches(corpus: Corpus, doc_id: str, index: int, pattern: re.Pattern[str]) -> bool:
    sents = corpus.sentences.get(doc_id)
    if doc_id not in corpus.articles or not sents or not 0 <= index < len(sents):
        return False
    return pattern.search(corpus.sentence_text(doc_id, index)) is not None


def find_entity(corpus: Corpus, entity: str) -> Entity | None:
    """The entity whose id, name or alias is ``entity`` (case-insensitive), the most mentioned first."""
    want = entity.strip().casefold()
    by_id = [e for e in corpus.entities if e.entity_id == entity]
    if by_id:
        return by_id[0]
    hits = [
        e
        for e in corpus.entities
        if e.name.casefold() == want or any(a.casefold() == want for a in e.aliases)
    ]
    if not hits:
        return None
    return max(hits, key=lambda e: e.mention_count)


def make_focus(corpus: Corpus, about: Sequence[str], entity: str | None) -> Focus:
    focus = Focus()
    keywords = [k for k in about if k and k.strip()]
    if keywords:
        focus.conditions.append(_Matcher(pattern=keyword_pattern(keywords)))
    if entity and entity.strip():
        ent = find_entity(corpus, entity)
        if ent is None:
            # not resolved (no entity stage, or an unknown name): match the name as words
            focus.conditions.append(_Matcher(pattern=keyword_pattern([entity])))
        else:
            m = _Matcher(pattern=keyword_pattern([ent.name, *ent.aliases]), entity_id=ent.entity_id)
            for mention in corpus.mentions:
                if mention.entity_id == ent.entity_id:
                    m.docs.add(mention.doc_id)
                    m.sentences.add((mention.doc_id, mention.sentence))
            m.docs.update(ent.doc_ids)
            focus.conditions.append(m)
    return focus
