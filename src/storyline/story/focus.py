"""What a timeline is about: the articles, sentences and events that a query or an entity selects."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from storyline.corpus import Corpus
from storyline.records import Entity, Event
from storyline.story.text import keyword_pattern


@dataclass
class Focus:
    """A filter over the corpus. With no keywords and no entity, everything is in focus."""

    pattern: re.Pattern[str] | None = None
    entity_id: str | None = None
    entity_sentences: set[tuple[str, int]] = field(default_factory=set)  # (doc_id, sentence)
    entity_docs: set[str] = field(default_factory=set)
    active: bool = False

    def doc_relevant(self, doc_id: str, text: str) -> bool:
        if not self.active:
            return True
        if self.entity_id is not None and doc_id in self.entity_docs:
            return True
        return self.pattern is not None and self.pattern.search(text) is not None

    def sentence_relevant(self, doc_id: str, index: int, text: str) -> bool:
        """Whether a sentence itself names the focus (used as a preference, not a hard filter)."""
        if not self.active:
            return True
        if (doc_id, index) in self.entity_sentences:
            return True
        return self.pattern is not None and self.pattern.search(text) is not None

    def event_relevant(self, ev: Event, corpus: Corpus) -> bool:
        if not self.active:
            return True
        if self.entity_id is not None and self.entity_id in (ev.source_entity_id, ev.target_entity_id):
            return True
        if self.pattern is not None:
            names = " ".join(x for x in (ev.summary, ev.source_name, ev.target_name) if x)
            if self.pattern.search(names):
                return True
        for c in ev.sources:
            if (c.doc_id, c.sentence) in self.entity_sentences:
                return True
            if self.pattern is not None and _cited_text_matches(corpus, c.doc_id, c.sentence, self.pattern):
                return True
        return False


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
    keywords = [k for k in about if k and k.strip()]
    focus = Focus(active=bool(keywords) or bool(entity and entity.strip()))
    if entity and entity.strip():
        ent = find_entity(corpus, entity)
        if ent is not None:
            focus.entity_id = ent.entity_id
            keywords.extend([ent.name, *ent.aliases])
            for m in corpus.mentions:
                if m.entity_id == ent.entity_id:
                    focus.entity_docs.add(m.doc_id)
                    focus.entity_sentences.add((m.doc_id, m.sentence))
            focus.entity_docs.update(ent.doc_ids)
        else:
            # Not resolved (no entity stage yet, or an unknown name): match the name as words.
            keywords.append(entity)
    focus.pattern = keyword_pattern(keywords)
    return focus
