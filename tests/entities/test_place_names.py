"""Town names the tagger read as people are retyped from corpus evidence, and people are left alone."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from storyline.corpus import Corpus
from storyline.entities import resolve_entities
from storyline.entities.place_names import retype_place_names
from storyline.records import Article, Chain, Mention, Role


def _add(corpus: Corpus, doc_id: str, text: str, name: str, ent_type: str, roles: list[Role] = ()) -> None:  # type: ignore[assignment]
    """One article whose every occurrence of ``name`` is one chain of the given type."""
    corpus.articles[doc_id] = Article(doc_id=doc_id, source_path=doc_id, text=text, published="2012-05-27")
    chain = Chain(
        doc_id, 0, name, ent_type, surname=name if ent_type == "PERSON" else None, roles=list(roles)
    )
    corpus.chains.append(chain)
    at = text.find(name)
    n = 0
    while at >= 0:
        corpus.mentions.append(Mention(doc_id, n, at, at + len(name), name, 0, "name", ent_type, 0))
        n += 1
        at = text.find(name, at + 1)


def _town_corpus() -> Corpus:
    c = Corpus()
    _add(c, "a", "Shelling in Qarvan killed twelve. Residents fled from Qarvan at dawn.", "Qarvan", "PERSON")
    _add(c, "b", "Troops massed near Qarvan. Qarvan has been besieged for weeks.", "Qarvan", "PERSON")
    _add(c, "c", "Activists in Qarvan said the army entered Qarvan overnight.", "Qarvan", "PERSON")
    _add(c, "d", "The road to Qarvan was cut.", "Qarvan", "GPE")  # the tagger got it right once
    # a person who is often "from" or "at" somewhere in the sentence, and has a role
    _add(
        c,
        "e",
        "Minister Tolvek spoke. Tolvek said talks would go on. Tolvek left.",
        "Tolvek",
        "PERSON",
        [Role("minister", None, None, "2012-05-27", None, "e")],
    )
    _add(c, "f", "Aid came from Tolvek at last. Tolvek denied it. Tolvek smiled.", "Tolvek", "PERSON")
    _add(c, "g", "Tolvek Square was empty.", "Tolvek", "FAC")
    return c


def test_place_names_retype_a_town_tagged_as_a_person() -> None:
    c = _town_corpus()
    assert retype_place_names(c) == 3
    qarvan = [ch for ch in c.chains if ch.name == "Qarvan"]
    assert {ch.ent_type for ch in qarvan} == {"GPE"} and all(ch.surname is None for ch in qarvan)
    assert {m.ent_type for m in c.mentions if m.text == "Qarvan"} == {"GPE"}
    # too few locative prepositions before "Tolvek", and a role: still a person
    assert {ch.ent_type for ch in c.chains if ch.name == "Tolvek" and ch.doc_id != "g"} == {"PERSON"}


def test_a_name_never_typed_as_a_place_needs_more_evidence() -> None:
    c = _town_corpus()
    c.chains = [ch for ch in c.chains if ch.doc_id != "d"]
    c.mentions = [m for m in c.mentions if m.doc_id != "d"]
    assert retype_place_names(c) == 0  # six mentions are enough only when the tagger once saw a place
    _add(c, "h", "Fighting spread to the Qarvan district. Qarvan was quiet by noon.", "Qarvan", "PERSON")
    assert retype_place_names(c) == 4
    assert {ch.ent_type for ch in c.chains if ch.name == "Qarvan"} == {"GPE"}


def test_possessives_and_longer_names_are_no_place_cues() -> None:
    c = Corpus()
    for i in range(4):
        # "from Dravic's lawyer" is about the lawyer; "Dravic City" is another, longer name
        _add(
            c,
            f"p{i}",
            "Papers from Dravic's lawyer arrived. Dravic City voted. Dravic spoke.",
            "Dravic",
            "PERSON",
        )
    assert retype_place_names(c) == 0


def test_resolve_makes_the_retyped_town_one_place_entity() -> None:
    c = _town_corpus()
    ents = [e for e in resolve_entities(c) if e.name == "Qarvan"]
    assert [(e.type, e.doc_ids) for e in ents] == [("GPE", ["a", "b", "c", "d"])]


def test_build_stores_the_retyped_rows(tmp_path: Path) -> None:
    # the corpus phase writes the retyped chains and mentions back, so the exports agree with the entity
    from storyline.builder import BuildOptions
    from storyline.corpus_stages import run_corpus_stages
    from storyline.pipeline import StageStats
    from storyline.records import DocResult, Sentence
    from storyline.store.sqlite import Store

    def no_model() -> Any:
        raise AssertionError("no document needs parsing again")

    town = _town_corpus()
    results = []
    for doc_id, art in town.articles.items():
        art.blocks = []
        results.append(
            DocResult(
                article=art,
                sentences=[Sentence(doc_id, 0, 0, len(art.text))],
                mentions=[m for m in town.mentions if m.doc_id == doc_id],
                chains=[c for c in town.chains if c.doc_id == doc_id],
            )
        )
    with Store(tmp_path / "s") as st:
        st.write_results(results)
        run_corpus_stages(st, no_model, StageStats(), BuildOptions(report=False))
        chains = {(c.doc_id, c.name): c.ent_type for c in st.rows("chains")}
        mentions = {m.ent_type for m in st.rows("mentions") if m.text == "Qarvan"}
        entities = {(e.name, e.type) for e in st.rows("entities")}
    assert {t for (_, name), t in chains.items() if name == "Qarvan"} == {"GPE"}
    assert mentions == {"GPE"} and ("Qarvan", "GPE") in entities
    assert chains[("f", "Tolvek")] == "PERSON"
