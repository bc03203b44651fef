"""Error classes left on unseen news in session 18 (invented text)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from storyline.corpus import Corpus
from storyline.entities import load_registry, resolve_entities
from storyline.state import DocState


def test_a_role_held_is_reported_on_the_articles_day_not_started_then(
    analyse: Callable[..., DocState],
) -> None:
    # the article says Marren is minister on its day; when the term began it does not say
    st = analyse(
        ["Foreign Minister Dana Marren of Kastania met envoys in Port Alder on Monday."],
        published="2017-02-14",
    )
    (chain,) = [c for c in st.chains if c.name == "Dana Marren"]
    assert chain.roles
    assert all(r.start is None and r.end is None for r in chain.roles)
    assert {r.reported for r in chain.roles} == {"2017-02-14"}


def _outlet_kinds(st: DocState) -> list[str]:
    names = {c.chain_id: c.name for c in st.chains}
    return [m.kind for m in st.mentions if names[m.chain_id] in ("Orvik News", "Marren Times")]


@pytest.mark.parametrize(
    "sentence",
    [
        "A senior Kastani official told Orvik News on Tuesday that the talks had failed.",
        "The strike killed four people in Port Alder, according to Orvik News.",
        "Two soldiers died in the blast near Port Alder, Orvik News reported.",
        "Ivo Delvane said in an interview with the Marren Times that he would run again.",
        "The minister said Friday on Orvik News that the border would stay open.",
        "The envoy spoke with Orvik News after the meeting in Port Alder.",
        "The pictures from Port Alder were released via Orvik News on Monday.",
        "The rules will be eased, the minister told Orvik News correspondent Ada Veloria on Monday.",
    ],
)
def test_an_outlet_only_told_or_cited_is_a_channel(analyse: Callable[..., DocState], sentence: str) -> None:
    assert _outlet_kinds(analyse([sentence])) == ["channel"]


def test_an_outlet_that_acts_or_is_acted_on_is_named(analyse: Callable[..., DocState]) -> None:
    st = analyse(
        [
            "The Marren Times sued the government of Kastania. Many voters distrust Orvik News. The "
            "ministry ordered surveillance of Orvik News reporters in Port Alder."
        ]
    )
    assert _outlet_kinds(st) == ["name", "name", "name"]


def test_an_outlet_counts_only_the_articles_where_it_acts(analyse: Callable[..., DocState]) -> None:
    corpus = Corpus()
    texts = {
        "a": "A senior Kastani official told Orvik News that the talks had failed.",
        "b": "The strike killed four people, according to Orvik News.",
        "c": "Kastania banned Orvik News from the capital on Monday.",
    }
    for doc_id, text in texts.items():
        st = analyse([text], doc_id=doc_id)
        corpus.articles[doc_id] = st.article
        corpus.chains.extend(st.chains)
        corpus.mentions.extend(st.mentions)
    (outlet,) = [e for e in resolve_entities(corpus) if e.name == "Orvik News"]
    assert outlet.doc_ids == ["c"]
    assert outlet.mention_count == 3


def test_a_double_barrelled_surname_after_an_honorific_stays_whole(analyse: Callable[..., DocState]) -> None:
    # the tokenizer splits "Dane-Orvik"; "Mr Dane" and "Orvik" would be two other people
    st = analyse(["Backbencher Jacob Dane-Orvik criticised the plan. Mr Dane-Orvik said it was a betrayal."])
    names = {c.chain_id: c.name for c in st.chains}
    people = [(m.text, names[m.chain_id]) for m in st.mentions if m.ent_type == "PERSON"]
    assert people == [("Jacob Dane-Orvik", "Jacob Dane-Orvik"), ("Mr Dane-Orvik", "Jacob Dane-Orvik")]


@pytest.fixture()
def kastani_agency(tmp_path: Path) -> Iterator[None]:
    extra = tmp_path / "actors.yaml"
    extra.write_text(
        "countries:\n  - {code: XKS, name: Kastania, demonyms: [Kastani]}\n"
        "institutions:\n"
        "  - {name: Kastani Survey Agency, aliases: [KSA], country: XKS, sector: SPY}\n"
        "  - {name: Orvik Border Agency, aliases: [OBA], country: XKS, sector: COP}\n",
        encoding="utf-8",
    )
    load_registry(extra)
    yield
    load_registry()


@pytest.mark.usefixtures("kastani_agency")
def test_a_dotted_acronym_is_the_registry_body_the_agency_refers_back_to(
    analyse: Callable[..., DocState],
) -> None:
    # "K.S.A." is the house style for "KSA": "the agency" is the one just named, not one named later
    st = analyse(
        [
            "The K.S.A. later widened its survey flights. The agency mapped the coast near Port Alder. "
            "Years later, the O.B.A. began a review."
        ]
    )
    names = {c.chain_id: c.name for c in st.chains}
    found = {m.text: names[m.chain_id] for m in st.mentions if m.ent_type == "ORG"}
    assert found["The agency"] == "Kastani Survey Agency"
    assert found["the O.B.A."] == "Orvik Border Agency"


def _nominal_chains(st: DocState) -> list[tuple[str, str]]:
    names = {c.chain_id: c.name for c in st.chains}
    return [(m.text, names[m.chain_id]) for m in st.mentions if m.kind == "nominal"]


@pytest.mark.usefixtures("kastani_agency")
def test_a_role_noun_restricted_by_another_body_is_not_the_leader_named(
    analyse: Callable[..., DocState],
) -> None:
    st = analyse(
        [
            "Kastani leader Dana Okafor warned Orvik on Monday. Politicians in Port Alder are wary of "
            "criticizing the leader of Orvik's main ally. Okafor did not comment."
        ]
    )
    assert ("the leader", "Dana Okafor") not in _nominal_chains(st)
    same = analyse(
        [
            "Kastani leader Dana Okafor warned Orvik on Monday. Politicians in Port Alder are wary of "
            "criticizing the leader of Kastania. Okafor did not comment."
        ]
    )
    assert ("the leader", "Dana Okafor") in _nominal_chains(same)
    unqualified = analyse(
        [
            "Talks with leader Dana Okafor stalled on Monday. Politicians in Port Alder are wary of "
            "criticizing the leader of Orvik's main ally. Okafor did not comment."
        ]
    )
    assert ("the leader", "Dana Okafor") not in _nominal_chains(unqualified)


def test_the_head_of_another_body_is_not_the_head_named(analyse: Callable[..., DocState]) -> None:
    other = analyse(
        [
            "Ivo Marren, head of the Kastani Port Authority, said the ships were late. Later, the head of "
            "the Orvik Border Service said the border was closed."
        ]
    )
    assert ("the head", "Ivo Marren") not in _nominal_chains(other)
    same = analyse(
        [
            "Ivo Marren, head of the Kastani Port Authority, said the ships were late. The head of the "
            "authority added that fees would rise."
        ]
    )
    assert ("The head", "Ivo Marren") in _nominal_chains(same)
