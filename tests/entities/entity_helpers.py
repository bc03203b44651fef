"""Helpers shared by the entities tests (a uniquely named module, not conftest)."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span

from storyline.corpus import Corpus
from storyline.entities import find_mentions
from storyline.entities.mentions import find_candidates
from storyline.entities.registry import load_registry
from storyline.nlp.parse import parse_article
from storyline.records import Article, Block, Chain, Mention
from storyline.state import DocState


def chain_of(state: DocState, surface: str) -> int:
    """Chain id of the first mention whose text is ``surface``."""
    for m in state.mentions:
        if m.text == surface:
            return m.chain_id
    raise AssertionError(f"no mention {surface!r} in {[m.text for m in state.mentions]}")


def doc_with_person(nlp: Any, text: str, surface: str) -> Any:
    """Parse ``text`` and make ``surface`` the tagger's one PERSON entity."""
    doc = nlp(text)
    start = text.index(surface)
    span = doc.char_span(start, start + len(surface), label="PERSON")
    assert span is not None, surface
    doc.ents = [Span(doc, span.start, span.end, label="PERSON")]
    return doc


def person_names(doc: Any) -> list[str]:
    """The PERSON name candidates find_candidates keeps in ``doc``, as written."""
    cands, _ = find_candidates(doc, load_registry())
    return [doc[c.start : c.end].text for c in cands if c.ent_type == "PERSON" and c.kind == "name"]


def state_with_pinned_labels(nlp: Any, paragraphs: list[str], labels: dict[str, str]) -> DocState:
    """Parse the paragraphs as one article's body, give every occurrence of each surface the label pinned
    to it (the tagger's reading under test), and find mentions."""
    text = "\n\n".join(paragraphs)
    blocks, pos = [], 0
    for p in paragraphs:
        blocks.append(Block(pos, pos + len(p), "body"))
        pos += len(p) + 2
    article = Article(doc_id="d1", source_path="d1.txt", text=text, blocks=blocks, published="2019-03-12")
    state = parse_article(nlp, article)
    doc = state.doc
    spans = []
    for surface, label in labels.items():
        at = text.find(surface)
        while at >= 0:
            span = doc.char_span(at, at + len(surface))
            assert span is not None, surface
            spans.append(Span(doc, span.start, span.end, label=label))
            at = text.find(surface, at + len(surface))
    taken = {i for s in spans for i in range(s.start, s.end)}
    kept = [e for e in doc.ents if not any(i in taken for i in range(e.start, e.end))]
    doc.ents = sorted(kept + spans, key=lambda s: s.start)
    find_mentions(state)
    return state


ChainSpec = tuple[str, str, str | None, int]  # name, entity type, actor code, times named


def corpus_of_chains(specs: list[tuple[str, list[ChainSpec]]], published: str = "2019-05-01") -> Corpus:
    """A corpus of bare articles, each holding the chains ``specs`` gives it, every one named ``times``
    times: enough for entity resolution, with no text to parse."""
    corpus = Corpus()
    for doc_id, chains in specs:
        corpus.articles[doc_id] = Article(doc_id=doc_id, source_path=doc_id, text="x", published=published)
        for chain_id, (name, etype, code, times) in enumerate(chains):
            corpus.chains.append(
                Chain(doc_id=doc_id, chain_id=chain_id, name=name, ent_type=etype, actor_code=code)
            )
            for _ in range(times):
                k = len(corpus.mentions)
                corpus.mentions.append(Mention(doc_id, k, k, k + 1, name, 0, "name", etype, chain_id))
    return corpus
