"""A state office printed without its country ("Deputy Attorney General X"), and ranks abbreviated
before a name ("Sgt. X"): invented people and articles."""

from __future__ import annotations

from collections.abc import Callable

from storyline.corpus import Corpus
from storyline.entities import load_registry, resolve_entities
from storyline.records import Article, Chain, Mention, Role
from storyline.state import DocState


def _person(name: str, roles: list[Role]) -> Chain:
    first, _, surname = name.rpartition(" ")
    return Chain(
        doc_id="",
        chain_id=0,
        name=name,
        ent_type="PERSON",
        first_name=first or None,
        surname=surname,
        roles=roles,
        aliases=[name],
    )


def _corpus(specs: list[tuple[str, str, Chain]]) -> Corpus:
    corpus = Corpus()
    for doc_id, published, chain in specs:
        if doc_id not in corpus.articles:
            corpus.articles[doc_id] = Article(doc_id=doc_id, source_path=doc_id, text="", published=published)
        chain.doc_id = doc_id
        chain.chain_id = sum(1 for c in corpus.chains if c.doc_id == doc_id)
        corpus.chains.append(chain)
        corpus.mentions.append(
            Mention(doc_id, len(corpus.mentions), 0, 1, chain.name, 0, "name", "PERSON", chain.chain_id)
        )
    return corpus


def _code(corpus: Corpus, name: str) -> str | None:
    return next(e.actor_code for e in resolve_entities(corpus) if e.name == name)


def test_bare_office_takes_the_one_country_its_colleagues_serve() -> None:
    corpus = _corpus(
        [
            ("a", "2018-06-01", _person("Rodney Vallance", [Role("Deputy Attorney General")])),
            ("a", "2018-06-01", _person("Tom Garvey", [Role("Rep.", None, "USA")])),
            ("a", "2018-06-01", _person("Mary Lutz", [Role("Sen.", None, "USA")])),
        ]
    )
    assert _code(corpus, "Rodney Vallance") == "USAGOV"


def test_generic_title_among_colleagues_of_one_country_stays_uncoded() -> None:
    # a "President" or "spokesman" heads or speaks for a company or a group as often as a state
    for title in ("President", "spokesman"):
        corpus = _corpus(
            [
                ("a", "2018-06-01", _person("Tim Fenton", [Role(title)])),
                ("a", "2018-06-01", _person("Tom Garvey", [Role("Rep.", None, "USA")])),
                ("a", "2018-06-01", _person("Mary Lutz", [Role("Sen.", None, "USA")])),
            ]
        )
        assert _code(corpus, "Tim Fenton") is None


def test_bare_office_beside_one_foreign_colleague_stays_uncoded() -> None:
    # "Secretary X met Foreign Minister Y": the one other official may serve another country
    corpus = _corpus(
        [
            ("a", "2018-06-01", _person("Rodney Vallance", [Role("Foreign Minister")])),
            ("a", "2018-06-01", _person("Tom Garvey", [Role("Secretary of State", None, "USA")])),
        ]
    )
    assert _code(corpus, "Rodney Vallance") is None


def test_bare_office_among_colleagues_of_two_countries_stays_uncoded() -> None:
    corpus = _corpus(
        [
            ("a", "2018-06-01", _person("Rodney Vallance", [Role("Deputy Attorney General")])),
            ("a", "2018-06-01", _person("Tom Garvey", [Role("Rep.", None, "USA")])),
            ("a", "2018-06-01", _person("Mary Lutz", [Role("Sen.", None, "USA")])),
            ("a", "2018-06-01", _person("Ivo Brandt", [Role("Chancellor", None, "DEU")])),
        ]
    )
    assert _code(corpus, "Rodney Vallance") is None


def test_later_bare_office_is_held_in_the_country_of_an_earlier_institution() -> None:
    # "CIA Director X" in one article, "Secretary of State X" in a later one: the later office is the
    # same country's, and it is the one the person holds now
    corpus = _corpus(
        [
            (
                "a",
                "2017-02-01",
                _person(
                    "Mark Haldane", [Role("Director", "Central Intelligence Agency", None, "2017-02-01")]
                ),
            ),
            (
                "b",
                "2019-03-01",
                _person("Mark Haldane", [Role("Secretary of State", None, None, "2019-03-01")]),
            ),
        ]
    )
    assert _code(corpus, "Mark Haldane") == "USAGOV"


def test_abbreviated_rank_is_a_role_not_a_person(analyse: Callable[..., DocState]) -> None:
    state = analyse(
        ["After five years in captivity, Sgt. Dale Vorhees is free. Vorhees joined the army in 2008."]
    )
    people = [c for c in state.chains if c.ent_type == "PERSON"]
    assert [c.name for c in people] == ["Dale Vorhees"]
    assert [r.title for r in people[0].roles] == ["Sgt."]


def test_two_abbreviated_ranks_make_one_role(analyse: Callable[..., DocState]) -> None:
    state = analyse(["Lt. Col. Ana Pereda said the unit was ready."])
    people = [c for c in state.chains if c.ent_type == "PERSON"]
    assert [c.name for c in people] == ["Ana Pereda"]
    assert [r.title for r in people[0].roles] == ["Lt. Col."]


def test_constituent_country_and_organ_are_entities_of_their_own(analyse: Callable[..., DocState]) -> None:
    # a part acts under the whole's code, but "England" and "the European Parliament" are not the
    # United Kingdom and the European Union
    state = analyse(
        [
            "Britain said England and Wales would vote first. The European Union and the European "
            "Parliament disagreed."
        ]
    )
    chains = {c.name: c.actor_code for c in state.chains}
    assert chains.get("England") == "GBR" and chains.get("Wales") == "GBR"
    assert chains.get("United Kingdom") == "GBR"
    assert chains.get("European Parliament") == "EUR" and chains.get("European Union") == "EUR"


def test_new_before_a_country_makes_another_place(analyse: Callable[..., DocState]) -> None:
    state = analyse(['"The siege is over," New South Wales police posted. Police in Wales were calm.'])
    wales = [m for m in state.mentions if m.text == "Wales"]
    # only the Wales after "in" is one; the one inside "New South Wales" is another place's name
    assert [state.article.text[m.start - 3 : m.start] for m in wales] == ["in "]


def test_person_is_shown_by_the_full_name_not_the_commoner_bare_surname() -> None:
    corpus = _corpus(
        [
            ("a", "2018-06-01", _person("Dara Okafor", [Role("President", None, "NGA")])),
            ("b", "2018-06-02", _person("Okafor", [Role("President", None, "NGA")])),
            ("c", "2018-06-03", _person("Okafor", [Role("President", None, "NGA")])),
        ]
    )
    names = [e.name for e in resolve_entities(corpus) if e.type == "PERSON"]
    assert names == ["Dara Okafor"]


def test_post_held_under_someone_is_not_their_role(analyse: Callable[..., DocState]) -> None:
    # "a deputy to national security adviser X": X is the adviser, the deputy is someone else
    state = analyse(["A top deputy to national security adviser Mark Flint was rejected for a clearance."])
    flint = next(c for c in state.chains if c.name == "Mark Flint")
    assert [r.title for r in flint.roles] == ["national security adviser"]


def test_seat_of_power_is_no_persons_name(analyse: Callable[..., DocState]) -> None:
    state = analyse(
        [
            "He told Metro News Chief White House correspondent Daniel Harwick on Sunday that it was fine. "
            "The Okafor White House disagreed."
        ]
    )
    people = {c.name for c in state.chains if c.ent_type == "PERSON"}
    assert not any("White House" in p for p in people)
    assert "Daniel Harwick" in people


def test_double_barrelled_surname_repeat_is_the_whole_name(analyse: Callable[..., DocState]) -> None:
    state = analyse(
        [
            "Mira Castell-Rowe stood over the attackers. Castell-Rowe, who lives in Cornwall, said "
            "she was calm. Castell-Rowe told reporters."
        ]
    )
    people = [c for c in state.chains if c.ent_type == "PERSON"]
    assert [c.name for c in people] == ["Mira Castell-Rowe"]
    assert not any(m.text == "Rowe" for m in state.mentions)


def test_bare_army_is_one_per_country_of_its_articles(analyse: Callable[..., DocState]) -> None:
    articles = [
        ("u1", "2014-06-01", "The Army said the United States would send more troops. The U.S. agreed."),
        ("u2", "2014-06-02", "The United States said the Army would help. The U.S. will pay for it."),
        (
            "p1",
            "2014-12-16",
            # the article names the United States too, but the army at work is its own country's
            "Army commandos reached the school in Pakistan. Pakistan said it would respond. The "
            "United States condemned the attack.",
        ),
    ]
    corpus = Corpus()
    for doc_id, day, text in articles:
        state = analyse([text], doc_id=doc_id, published=day)
        corpus.articles[doc_id] = state.article
        corpus.chains.extend(state.chains)
        corpus.mentions.extend(state.mentions)
    armies = sorted((e.doc_ids, e.actor_code) for e in resolve_entities(corpus) if e.name == "Army")
    # the two American articles agree on their Army; the Pakistani one's is another army, uncoded
    assert armies == [(["p1"], None), (["u1", "u2"], "USAMIL")]


def test_qualified_rank_is_a_rank_and_rear_no_name(analyse: Callable[..., DocState]) -> None:
    state = analyse(
        [
            "Iran's top Gen. Darius Kamali was killed. Rear Adm. Tom Ruiz spoke to reporters. Naval "
            "Air Training Commander Rear Adm. Colm Greaves is defying the president."
        ]
    )
    people = {c.name: c for c in state.chains if c.ent_type == "PERSON"}
    assert set(people) == {"Darius Kamali", "Tom Ruiz", "Colm Greaves"}
    corpus = Corpus()
    corpus.articles["d1"] = state.article
    corpus.chains.extend(state.chains)
    corpus.mentions.extend(state.mentions)
    # "top" says nothing of the office: the rank's sector stays with the country
    assert _code(corpus, "Darius Kamali") == "IRNMIL"


def test_registry_holder_keeps_his_country_among_foreign_colleagues(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # the registry has Marren as Veloria's prime minister: the American officials beside him in the
    # article do not make his bare "Prime Minister" an American office
    extra = tmp_path / "actors.yaml"
    extra.write_text(
        "people:\n"
        "  - name: Tobias Marren\n"
        "    roles:\n"
        "      - {title: Prime Minister, country: ESP, sector: GOV, start: '2030-01-01'}\n",
        encoding="utf-8",
    )
    load_registry(extra)
    try:
        corpus = _corpus(
            [
                ("a", "2031-06-01", _person("Tobias Marren", [Role("Prime Minister")])),
                ("a", "2031-06-01", _person("Tom Garvey", [Role("Rep.", None, "USA")])),
                ("a", "2031-06-01", _person("Mary Lutz", [Role("Sen.", None, "USA")])),
            ]
        )
        assert _code(corpus, "Tobias Marren") == "ESPGOV"
    finally:
        load_registry()
