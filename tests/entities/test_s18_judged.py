"""Error classes judged on unseen news in session 18 (invented text)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from storyline.corpus import Corpus
from storyline.entities import load_registry, resolve_entities
from storyline.records import Article, Chain, Mention
from storyline.state import DocState


def _chain_name(st: DocState, surface: str) -> str | None:
    names = {c.chain_id: c.name for c in st.chains}
    found = [names.get(m.chain_id) for m in st.mentions if m.text == surface]
    return found[0] if found else None


@pytest.fixture()
def kastania(tmp_path: Path) -> Iterator[None]:
    extra = tmp_path / "actors.yaml"
    extra.write_text(
        "countries:\n  - {code: XKS, name: Kastania, demonyms: [Kastani]}\n"
        "people:\n"
        "  - name: Peter Okafor\n"
        "    roles:\n"
        "      - {title: President, country: XKS, sector: GOV, start: '1990-01-01', end: '1998-01-01'}\n",
        encoding="utf-8",
    )
    load_registry(extra)
    yield
    load_registry()


@pytest.mark.usefixtures("kastania")
def test_named_ministry_is_no_name_of_the_officials_beside_it(analyse: Callable[..., DocState]) -> None:
    st = analyse(
        [
            "Kastani officials were angered by the vote in Port Alder. \u201cWe will not bend,\u201d "
            "Kastani Foreign Ministry spokesman Ivo Marren said on Tuesday. Kastani leaders agreed."
        ]
    )
    assert _chain_name(st, "Kastani officials") == "Kastani officials"
    assert _chain_name(st, "Kastani leaders") == "Kastani officials"
    assert _chain_name(st, "Kastani Foreign Ministry") == "Kastani Foreign Ministry"


@pytest.mark.usefixtures("kastania")
def test_honorific_of_the_other_gender_keeps_the_named_woman(analyse: Callable[..., DocState]) -> None:
    # the registry's only President Okafor is a man: "Mrs. Okafor" is still the Anna Okafor just named
    st = analyse(
        [
            "Some delegates called on front-runner Anna Okafor to reject the deal. Mrs. Okafor said as "
            "president she would be devoted to the agreement."
        ],
        published="2015-07-14",
    )
    assert _chain_name(st, "Mrs. Okafor") == "Anna Okafor"


def test_noun_joined_by_and_is_no_part_of_the_title(analyse: Callable[..., DocState]) -> None:
    st = analyse(
        [
            "The strikes in Port Alder could still hurt the Kastani economy and President Ivo Marren's "
            "hopes of a second term."
        ]
    )
    titles = {r.title for c in st.chains if c.name == "Ivo Marren" for r in c.roles}
    assert titles == {"President"}, titles


def _group(doc_id: str, name: str, code: str) -> Chain:
    return Chain(doc_id=doc_id, chain_id=0, name=name, ent_type="NORP", actor_code=code, aliases=[name])


def _corpus(chains: list[Chain]) -> Corpus:
    """One article per group chain, each printing the group once."""
    corpus = Corpus()
    for n, c in enumerate(chains):
        corpus.articles[c.doc_id] = Article(doc_id=c.doc_id, source_path=c.doc_id, text="", published=None)
        corpus.chains.append(c)
        corpus.mentions.append(Mention(c.doc_id, n, 0, 1, c.name, 0, "demonym", "NORP", 0))
    return corpus


def test_demonym_groups_of_one_code_are_one_entity_across_articles() -> None:
    chains = [
        _group("a", "Kastani officials", "XKSGOV"),
        _group("b", "Kastani government", "XKSGOV"),
        _group("c", "Kastani officials", "XKSGOV"),
        _group("c2", "Kastani troops", "XKSMIL"),
    ]
    entities = resolve_entities(_corpus(chains))
    by_code = {e.actor_code: e for e in entities}
    assert len(entities) == 2
    assert by_code["XKSGOV"].name == "Kastani officials"
    assert by_code["XKSGOV"].doc_ids == ["a", "b", "c"]


def test_demonym_group_entity_is_named_by_its_plainest_phrase() -> None:
    chains = [
        _group("a", "Kastani and Orvik troops", "XKSMIL"),
        _group("b", "Kastani soldiers", "XKSMIL"),
        _group("c", "Kastani armoured infantry units", "XKSMIL"),
    ]
    (entity,) = resolve_entities(_corpus(chains))
    assert entity.name == "Kastani soldiers"


def test_office_promised_in_a_reported_clause_is_no_role(analyse: Callable[..., DocState]) -> None:
    def roles(verb: str) -> set[str]:
        st = analyse(
            [
                f"Ada Okafor spoke in Port Alder on Monday. Mrs. Okafor said as governor she {verb} ferry fares."
            ]
        )
        return {r.title for c in st.chains if c.name == "Ada Okafor" for r in c.roles}

    assert roles("would cut") == set()
    assert roles("had cut") == {"governor"}  # an office she held
