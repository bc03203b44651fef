"""Helpers shared by the entities tests (a uniquely named module, not conftest)."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span

from storyline.entities.mentions import find_candidates
from storyline.entities.registry import load_registry
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
