"""Reporters after an outlet's possessive, party-state tags, "Ranking Member" and registry display names
(invented text and people)."""

from __future__ import annotations

from entity_helpers import state_with_pinned_labels

from storyline.corpus import Corpus
from storyline.entities import resolve_entities
from storyline.entities.registry import load_registry
from storyline.records import Article, Chain, Mention


def _chains(state) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {c.name: c.ent_type for c in state.chains}


def test_full_name_after_an_outlets_possessive_is_its_reporter(nlp) -> None:  # type: ignore[no-untyped-def]
    paragraphs = [
        '"The quay is burning," Harbour Radio\'s Ada Okafor reported from Port Alder on Monday.',
        "Ada said the count of the injured rose overnight. Ada added that the ferries had stopped.",
    ]
    state = state_with_pinned_labels(nlp, paragraphs, {"Harbour Radio": "ORG", "Ada Okafor": "ORG"})
    people = [c for c in state.chains if c.ent_type == "PERSON"]
    assert [c.name for c in people] == ["Ada Okafor"]
    assert len(people[0].mention_ids) == 3  # every bare "Ada" is the reporter


def test_party_state_tag_is_no_place_or_actor(nlp) -> None:  # type: ignore[no-untyped-def]
    paragraphs = [
        "Sen. Ivo Marren, D-Vermont, and Rep. Tomas Delvane (R-Tex.) wrote to the Orvik council on Friday.",
        "Rep. Lia Sand, I-New Mexico, signed it too. Vermont voters were not asked.",
    ]
    state = state_with_pinned_labels(nlp, paragraphs, {"D-Vermont": "GPE", "R-Tex.": "GPE"})
    texts = [m.text for m in state.mentions]
    assert not any(t.startswith(("D-", "R-", "I-")) or t in ("Tex", "New Mexico") for t in texts), texts
    assert texts.count("Vermont") == 1  # the state named in prose stays a place
    marren = next(c for c in state.chains if c.name == "Ivo Marren")
    assert any(r.country == "USA" for r in marren.roles)  # the tag still marks an American legislator


def test_ranking_member_is_a_title_not_an_organisation(nlp) -> None:  # type: ignore[no-untyped-def]
    paragraphs = ["Committee Chairman Ivo Marren and Ranking Member Tomas Delvane sent a letter on Friday."]
    state = state_with_pinned_labels(nlp, paragraphs, {"Ranking": "ORG"})
    assert "Ranking" not in _chains(state)
    delvane = next(c for c in state.chains if c.name == "Tomas Delvane")
    assert any("member" in r.title.lower() for r in delvane.roles)


def _person(doc_id: str, name: str) -> Chain:
    first, *_, surname = name.split()
    return Chain(doc_id, 0, name, "PERSON", first_name=first, surname=surname, aliases=[name])


def _corpus(chains: list[Chain]) -> Corpus:
    corpus = Corpus()
    for c in chains:
        corpus.articles[c.doc_id] = Article(
            doc_id=c.doc_id, source_path=c.doc_id, text="", published="2031-05-01"
        )
        corpus.chains.append(c)
        corpus.mentions.append(Mention(c.doc_id, 0, 0, 1, c.name, 0, "name", "PERSON", 0))
    return corpus


def test_registry_person_printed_two_ways_shows_the_registry_name(tmp_path) -> None:  # type: ignore[no-untyped-def]
    extra = tmp_path / "actors.yaml"
    extra.write_text(
        "people:\n  - name: Ben Marren\n    aliases: [Benedikt Aurel Marren]\n", encoding="utf-8"
    )
    load_registry(extra)
    try:
        corpus = _corpus(
            [
                _person("a", "Benedikt Aurel Marren"),
                _person("b", "Ben Marren"),
                _person("c", "Benedikt Aurel Marren"),
            ]
        )
        entities = resolve_entities(corpus)
    finally:
        load_registry()
    assert [e.name for e in entities] == ["Ben Marren"]


def test_one_printed_spelling_of_a_registry_person_stays_as_printed(tmp_path) -> None:  # type: ignore[no-untyped-def]
    extra = tmp_path / "actors.yaml"
    extra.write_text(
        "people:\n  - name: Ben Marren\n    aliases: [Benedikt Aurel Marren]\n", encoding="utf-8"
    )
    load_registry(extra)
    try:
        entities = resolve_entities(_corpus([_person("a", "Benedikt Aurel Marren")]))
    finally:
        load_registry()
    assert [e.name for e in entities] == ["Benedikt Aurel Marren"]


def test_organisation_cut_before_its_head_word_keeps_it(nlp) -> None:  # type: ignore[no-untyped-def]
    paragraphs = ["Troops of the Orvik Border Guard Force fired on the marchers in Port Alder on Monday."]
    state = state_with_pinned_labels(nlp, paragraphs, {"Orvik Border Guard": "ORG"})
    assert "Orvik Border Guard Force" in _chains(state)
