"""A full name the tagger typed an organisation is a person when a role stands beside it (invented)."""

from __future__ import annotations

from spacy.tokens import Span

from storyline.entities.mentions import find_candidates
from storyline.entities.registry import registry


def _kinds(nlp, text: str, org_words: tuple[int, int]) -> dict[str, str]:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    doc.ents = [Span(doc, org_words[0], org_words[1], label="ORG")]  # the tagger's mistake, pinned
    cands, _ = find_candidates(doc, registry())
    return {doc[c.start : c.end].text: c.ent_type for c in cands if c.kind == "name"}


def test_name_after_a_title_is_a_person_though_tagged_an_organisation(nlp) -> None:  # type: ignore[no-untyped-def]
    # the role runs over an organisation's name, so no title stands right before the name
    text = "Ambassador to the United Nations Maria Delvane laid out the position on Tuesday."
    kinds = _kinds(nlp, text, (5, 7))
    assert kinds.get("Maria Delvane") == "PERSON"


def test_organisation_named_after_a_person_stays_an_organisation(nlp) -> None:  # type: ignore[no-untyped-def]
    kinds = _kinds(nlp, "Officials at the Maria Delvane Foundation said the talks had failed.", (3, 6))
    assert kinds.get("Maria Delvane Foundation") == "ORG"
