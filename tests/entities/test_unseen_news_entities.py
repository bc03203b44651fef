"""Entity errors found on unseen real news (session 10), each on invented text."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.corpus import Corpus
from storyline.entities import load_registry, resolve_entities
from storyline.records import Article, Chain, Mention, Role


def _articles_naming(docs: list[tuple[str, list[tuple[str, int]]]], body: str) -> Corpus:
    """Articles naming each country code so many times, and each a body with a name every country has."""
    corpus = Corpus()
    for doc_id, countries in docs:
        corpus.articles[doc_id] = Article(doc_id=doc_id, source_path=doc_id, text="x", published="2019-05-01")
        for code, times in [*countries, (None, 1)]:
            chain_id = sum(1 for c in corpus.chains if c.doc_id == doc_id)
            name, etype = (code, "GPE") if code else (body, "ORG")
            corpus.chains.append(
                Chain(doc_id=doc_id, chain_id=chain_id, name=name, ent_type=etype, actor_code=code)
            )
            for _ in range(times):
                k = len(corpus.mentions)
                corpus.mentions.append(Mention(doc_id, k, k, k + 1, name, 0, "name", etype, chain_id))
    return corpus


def _body_codes(docs: list[tuple[str, list[tuple[str, int]]]], body: str) -> dict[str, str | None]:
    corpus = _articles_naming(docs, body)
    resolve_entities(corpus)
    return {c.doc_id: c.actor_code for c in corpus.chains if c.name == body}


def test_a_generic_body_takes_the_code_of_its_countrys_institution() -> None:
    assert _body_codes([("a", [("BRA", 4)]), ("b", [("BRA", 2)])], "Senate") == {"a": "BRALEG", "b": "BRALEG"}
    assert set(_body_codes([("a", [("KEN", 3)]), ("b", [("KEN", 1)])], "House").values()) == {"KENLEG"}
    assert set(_body_codes([("a", [("PER", 2)]), ("b", [("PER", 1)])], "Supreme Court").values()) == {
        "PERJUD"
    }


def test_a_generic_body_the_corpus_does_not_agree_on_stays_uncoded() -> None:
    assert set(_body_codes([("a", []), ("b", [])], "Senate").values()) == {None}  # no country named
    assert set(_body_codes([("a", [("BRA", 4)]), ("b", [("BRA", 1)])], "Council").values()) == {None}
    assert _body_codes([("a", [("BRA", 4)])], "Senate") == {"a": None}  # one article alone
    # "Congress" in an article about another country is still the Congress the other articles mean
    docs = [("a", [("USA", 3)]), ("b", [("USA", 2)]), ("c", [("USA", 4)]), ("d", [("IRN", 9), ("USA", 1)])]
    assert _body_codes(docs, "Congress") == {"a": "USALEG", "b": "USALEG", "c": "USALEG", "d": None}


def _chains_of(state, surface: str) -> set[int]:  # type: ignore[no-untyped-def]
    return {m.chain_id for m in state.mentions if m.text == surface}


def test_a_team_named_after_a_person_hands_the_bare_surname_back(analyse) -> None:  # type: ignore[no-untyped-def]
    st = analyse(
        [
            "Team Halvorsen turns an empty narrative into a major scandal.",
            "Erik Halvorsen took office in January. Some of them are Halvorsen functionaries whose "
            "mishandling hurt. Canada responded to Halvorsen's move with counter-tariffs. Thanks to "
            "Halvorsen, it seemed plausible that the deal would pass.",
        ]
    )
    person = next(m.chain_id for m in st.mentions if m.text == "Erik Halvorsen")
    team = next(m.chain_id for m in st.mentions if m.text == "Team Halvorsen")
    assert person in _chains_of(st, "Halvorsen") and team not in _chains_of(st, "Halvorsen")


def _corpus_of(chains: list[Chain]) -> Corpus:
    corpus = Corpus()
    for c in chains:
        corpus.articles.setdefault(c.doc_id, Article(doc_id=c.doc_id, source_path=c.doc_id, text="x"))
        c.chain_id = sum(1 for o in corpus.chains if o.doc_id == c.doc_id)
        corpus.chains.append(c)
        k = len(corpus.mentions)
        corpus.mentions.append(Mention(c.doc_id, k, 0, 1, c.name, 0, "name", c.ent_type, c.chain_id))
    return corpus


def _okafor_in(doc_id: str) -> Chain:
    return Chain(
        doc_id=doc_id,
        chain_id=0,
        name="Ada Okafor",
        ent_type="PERSON",
        first_name="Ada",
        surname="Okafor",
        honorifics=["Ms"],
    )


def test_a_lone_organisation_that_is_a_persons_surname_elsewhere_is_that_person() -> None:
    org = Chain(doc_id="z", chain_id=0, name="OKAFOR", ent_type="ORG")
    corpus = _corpus_of([_okafor_in("a"), _okafor_in("b"), _okafor_in("c"), org])
    resolve_entities(corpus)
    assert org.ent_type == "PERSON" and org.entity_id == corpus.chains[0].entity_id
    assert corpus.mentions[-1].ent_type == "PERSON"


def test_a_lone_organisation_named_as_often_as_the_person_stays_an_organisation() -> None:
    orgs = [Chain(doc_id=d, chain_id=0, name="Okafor", ent_type="ORG") for d in ("x", "y")]
    corpus = _corpus_of([_okafor_in("a"), _okafor_in("b"), _okafor_in("c"), *orgs])
    resolve_entities(corpus)
    assert {o.ent_type for o in orgs} == {"ORG"}


def test_a_titled_surname_is_the_registrys_holder_not_a_relative_named_elsewhere(tmp_path: Path) -> None:
    extra = tmp_path / "holders.yaml"
    extra.write_text("office_holders:\n  PER:\n    President:\n    - Tomas Quispe, 2001-01, 2006-07\n")
    load_registry(extra)
    try:
        wife = Chain(
            doc_id="a", chain_id=0, name="Rosa Quispe", ent_type="PERSON", first_name="Rosa", surname="Quispe"
        )
        president = Chain(
            doc_id="b",
            chain_id=0,
            name="Quispe",
            ent_type="PERSON",
            surname="Quispe",
            roles=[Role("President", None, None, None)],
        )
        corpus = _corpus_of([wife, president])
        corpus.articles["b"].published = "2012-03-01"
        entities = {e.entity_id: e for e in resolve_entities(corpus)}
        assert wife.entity_id != president.entity_id
        assert entities[str(president.entity_id)].actor_code == "PERELI"  # a former president by then
        named = Chain(
            doc_id="c",
            chain_id=0,
            name="Tomas Quispe",
            ent_type="PERSON",
            first_name="Tomas",
            surname="Quispe",
        )
        # written bare more often than in full, the entity's name is the bare one
        again = Chain(
            doc_id="d",
            chain_id=0,
            name="Quispe",
            ent_type="PERSON",
            surname="Quispe",
            roles=[Role("President")],
        )
        corpus = _corpus_of([wife, president, named, again])
        corpus.articles["b"].published = "2012-03-01"
        entities = {e.entity_id: e for e in resolve_entities(corpus)}
        assert entities[str(named.entity_id)].actor_code == "PERELI"
        untitled = Chain(doc_id="c", chain_id=0, name="Quispe", ent_type="PERSON", surname="Quispe")
        corpus = _corpus_of([wife, untitled])
        resolve_entities(corpus)
        assert wife.entity_id == untitled.entity_id  # no title: the one Quispe named in full
    finally:
        load_registry()


def test_a_city_opening_a_newspapers_name_is_no_mention_of_the_city(analyse) -> None:  # type: ignore[no-untyped-def]
    st = analyse(
        [
            "The findings were first reported by The Nairobi Post on Monday. A source told the Oslo Herald "
            "that talks in Nairobi had stalled."
        ]
    )
    texts = {m.text: m.ent_type for m in st.mentions}
    assert texts.get("The Nairobi Post") == "ORG" and texts.get("the Oslo Herald") == "ORG"
    assert "The Nairobi" not in texts and "the Oslo" not in texts
    assert texts.get("Nairobi") == "GPE"  # the city itself is still the city


def test_an_outlets_name_before_a_known_surname_is_no_given_name(analyse) -> None:  # type: ignore[no-untyped-def]
    st = analyse(
        [
            "Defense Secretary Erik Halvorsen is facing cuts, according to a report in Politico Magazine "
            "Halvorsen, who some officials call a paper tiger, showed some resolve.",
            "Halvorsen said he would fight.",
        ]
    )
    assert not any("Politico" in m.text for m in st.mentions if m.ent_type == "PERSON")
    assert len({m.chain_id for m in st.mentions if "Halvorsen" in m.text}) == 1


def _chain_texts(state, surface: str) -> list[str]:  # type: ignore[no-untyped-def]
    chain = next(m.chain_id for m in state.mentions if m.text == surface)
    return [m.text for m in state.mentions if m.chain_id == chain]


def test_the_president_is_not_the_vice_president(analyse) -> None:  # type: ignore[no-untyped-def]
    st = analyse(
        ["Vice President Ana Quispe met farmers on Monday. The president later praised the harvest."]
    )
    assert "The president" not in _chain_texts(st, "Ana Quispe")


def test_the_second_official_is_not_the_official_named(analyse) -> None:  # type: ignore[no-untyped-def]
    st = analyse(
        [
            "Kenyan official Tomas Mwangi said the talks had failed. The second official said troops would stay."
        ]
    )
    assert "The second official" not in _chain_texts(st, "Tomas Mwangi")


def test_a_role_noun_naming_a_country_is_that_countrys_office_holder(analyse) -> None:  # type: ignore[no-untyped-def]
    st = analyse(
        [
            "French President Luc Marchand spoke on Monday about trade. President Kowalski dismissed the "
            "remarks on Tuesday.",
            "Earlier this week, the French president made comments about a European army.",
        ]
    )
    assert "the French president" not in _chain_texts(st, "Kowalski")


def test_a_tie_between_offices_on_the_latest_day_goes_to_the_one_most_articles_give() -> None:
    def secretary(doc_id: str, roles: list[Role]) -> Chain:
        return Chain(
            doc_id=doc_id,
            chain_id=0,
            name="Arne Solberg",
            ent_type="PERSON",
            first_name="Arne",
            surname="Solberg",
            roles=roles,
        )

    senator = [secretary(d, [Role("Sen.", None, None, f"2013-0{i + 1}-02")]) for i, d in enumerate("xy")]
    earlier = [
        secretary(d, [Role("Defence Secretary", None, "USA", f"2014-0{i + 1}-02")])
        for i, d in enumerate("abc")
    ]
    # the latest article also says what he was before: "Defence Secretary Solberg, as a senator, ..."
    latest = secretary(
        "d", [Role("senator", None, None, "2014-08-17"), Role("Defence Secretary", None, None, "2014-08-17")]
    )
    [entity] = resolve_entities(_corpus_of([*senator, *earlier, latest]))
    assert entity.actor_code == "USAGOV"


def test_the_south_is_the_one_south_country_the_article_names(analyse) -> None:  # type: ignore[no-untyped-def]
    st = analyse(
        [
            "South Sudan resumed talks with its neighbour on Monday.",
            "Analysts doubt that the South can pay for it.",
        ]
    )
    assert "South" in _chain_texts(st, "South Sudan")
    # no "North ..." country named: "the North" stays what it is
    st = analyse(["South Sudan resumed talks on Monday. Officials said the North kept troops nearby."])
    assert "North" not in _chain_texts(st, "South Sudan")


def test_a_word_an_editors_bracket_cut_is_no_name(analyse) -> None:  # type: ignore[no-untyped-def]
    st = analyse(["“[N]one of us should be under any illusions about the regime,” the senator said."])
    assert not any("]" in m.text for m in st.mentions)


def test_a_titled_surname_is_the_one_of_two_namesakes_who_held_that_office(analyse, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    extra = tmp_path / "holders.yaml"
    extra.write_text(
        "office_holders:\n  PER:\n    President:\n    - Tomas Quispe, 2001-01, 2006-07\n"
        "    Foreign Minister:\n    - Rosa Quispe, 2011-01, 2014-07\n"
    )
    load_registry(extra)
    try:
        st = analyse(["Rosa Quispe visited the port on Monday. President Quispe had opened it in 2003."])
        assert "Quispe" not in _chain_texts(st, "Rosa Quispe")
    finally:
        load_registry()


@pytest.mark.parametrize(
    ("role", "code"),
    [
        ("Sen.", "PERLEG"),  # a country from the registry and an office from the text make the code
        ("deputy", "PER"),  # a bare qualifier adds no office: "deputy" of what, the text does not say
    ],
)
def test_an_office_from_the_text_completes_the_registrys_country(
    tmp_path: Path, role: str, code: str
) -> None:
    extra = tmp_path / "holders.yaml"
    extra.write_text("office_holders:\n  PER:\n    Foreign Minister:\n    - Tomas Quispe, 2031-01\n")
    load_registry(extra)
    try:
        person = Chain(
            doc_id="a",
            chain_id=0,
            name="Tomas Quispe",
            ent_type="PERSON",
            first_name="Tomas",
            surname="Quispe",
            roles=[Role(role, None, None, "2020-05-01")],
        )
        corpus = _corpus_of([person])
        corpus.articles["a"].published = "2020-05-01"  # years before the office the registry lists
        [entity] = resolve_entities(corpus)
        assert entity.actor_code == code
    finally:
        load_registry()


def test_the_head_of_something_is_someone_known_to_head_it(analyse) -> None:  # type: ignore[no-untyped-def]
    st = analyse(
        [
            "President Tomas Quispe praised the deal on Monday. The killing of the head of the border guard worried the markets."
        ]
    )
    assert not any(t.startswith("the head") for t in _chain_texts(st, "Tomas Quispe"))
