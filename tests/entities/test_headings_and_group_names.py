"""Spans the tagger took for people on unseen news (invented text): words of a title-case heading, a
topic word that only qualifies an office, a plural abbreviation, a photographer's credit; and a
country's "leader" who is its president in other articles."""

from __future__ import annotations

from entity_helpers import state_with_pinned_labels
from test_resolve import _corpus, person  # type: ignore[import-not-found]

from storyline.entities import resolve_entities
from storyline.entities.registry import load_registry
from storyline.records import Role
from storyline.state import DocState


def _with_people(nlp, paragraphs: list[str], surfaces: list[str]) -> DocState:  # type: ignore[no-untyped-def]
    """Parse, type every occurrence of ``surfaces`` a person (the tagger's mistakes, pinned), find mentions."""
    return state_with_pinned_labels(nlp, paragraphs, dict.fromkeys(surfaces, "PERSON"))


def _people(state: DocState) -> set[str]:
    return {c.name for c in state.chains if c.ent_type == "PERSON"}


def test_title_case_heading_words_are_no_person(nlp) -> None:  # type: ignore[no-untyped-def]
    st = _with_people(
        nlp,
        [
            "Update at 9:05 a.m. Ferry Terminal Closed: The port authority said no ferry would sail.",
            "Update at 9:40 a.m. Harbour Board Says No Delay: Ada Okafor, who runs the board, said ships "
            "would wait without delay. Okafor Thanks Crews",
        ],
        ["Ferry Terminal Closed", "No Delay", "Okafor"],
    )
    people = _people(st)
    assert "Ferry Terminal Closed" not in people and "No Delay" not in people
    # a heading word the prose writes as a person's name stays that person
    okafor = [m for m in st.mentions if m.text == "Okafor"]
    assert okafor and st.chains[okafor[0].chain_id].name == "Ada Okafor"


def test_heading_name_with_a_given_name_stays_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    st = _with_people(
        nlp,
        ["Ada Okafor Wins Harbour Seat", "The vote in Port Alder was close, officials said."],
        ["Ada Okafor"],
    )
    assert "Ada Okafor" in _people(st)


def test_signature_of_a_name_and_its_outlet_stays_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    st = _with_people(
        nlp,
        [
            "\u201cNobody would feel safe with a force that size.\u201d K. Marren, Orvik Weekly",
            "Talks resume.",
        ],
        ["K. Marren"],
    )
    assert "K. Marren" in _people(st)
    # the outlet the tagger took for a person is no heading word either: it stays, as whatever it is
    st = _with_people(
        nlp,
        ["\u201cNobody would feel safe with a force that size.\u201d Ada Marren, Orvikpost", "Talks resume."],
        ["Orvikpost"],
    )
    assert "Orvikpost" in {m.text for m in st.mentions}


def test_topic_word_between_a_qualifier_and_an_office_takes_no_title(nlp) -> None:  # type: ignore[no-untyped-def]
    st = _with_people(
        nlp,
        [
            "The league voted on the Glenmark plan today. The league's chief Glenmark negotiator Ada Okafor "
            "said the Glenmark deal was fair.",
            "Critics of Glenmark said Glenmark would fail. The Glenmark vote is close, and a Glenmark delay "
            "is likely.",
        ],
        ["Glenmark"],
    )
    glenmark = next(c for c in st.chains if c.name == "Glenmark")
    assert glenmark.ent_type != "PERSON" and not glenmark.roles


def test_a_full_title_before_a_name_and_an_office_noun_stays_the_names(nlp) -> None:  # type: ignore[no-untyped-def]
    st = _with_people(
        nlp,
        ["Governor Okafor aide Dirk Velorin resigned on Monday, and Okafor thanked him."],
        ["Okafor", "Dirk Velorin"],
    )
    okafor = next(c for c in st.chains if c.name == "Okafor")
    assert [r.title for r in okafor.roles] == ["Governor"]


def test_plural_abbreviation_is_no_person(nlp) -> None:  # type: ignore[no-untyped-def]
    st = _with_people(
        nlp,
        [
            "The speaker told Orvik MPs the vote would be held on Tuesday, and Ada Okafor agreed.",
            "Dirk Velorin met Okafor on Monday. Later the chair told MPs Velorin would resign.",
        ],
        ["Orvik MPs", "Dirk Velorin"],
    )
    assert not any("MPs" in m.text for m in st.mentions)


def test_photographer_credit_with_an_agency_names_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    st = _with_people(
        nlp,
        [
            "Ada Okafor waves to supporters at the harbour in Port Alder.",
            "Photographer: Lena Varga/Bloomberg",
            "Okafor said the port would open next week.",
        ],
        ["Lena Varga/Bloomberg"],
    )
    assert not any("Varga" in m.text for m in st.mentions)


def test_country_leader_is_its_president_of_the_same_name() -> None:
    c = _corpus(
        [
            (
                "a",
                "2014-03-01",
                person("Ivo Marren", "Ivo", "Marren", [Role("President", None, "KAS", "2014-03-01")]),
            ),
            (
                "b",
                "2014-05-01",
                person("Ivo Marren", "Ivo", "Marren", [Role("President", None, "KAS", "2014-05-01")]),
            ),
            (
                "c",
                "2014-08-01",
                person("Ivo Marren", "Ivo", "Marren", [Role("leader", None, "KAS", "2014-08-01")]),
            ),
        ]
    )
    assert len(resolve_entities(c)) == 1


def test_given_name_spelt_two_ways_joins_only_with_a_shared_office() -> None:
    minister = [Role("Defence Minister", None, "KAS", "2015-03-01")]
    c = _corpus(
        [
            ("a", "2015-03-01", person("Sergei Velorin", "Sergei", "Velorin", minister)),
            ("b", "2015-06-01", person("Sergey Velorin", "Sergey", "Velorin", minister)),
            ("c", "2015-06-01", person("Alexei Marren", "Alexei", "Marren", minister)),
            ("d", "2015-07-01", person("Alexey Marren", "Alexey", "Marren")),
        ]
    )
    names = sorted(len(e.doc_ids) for e in resolve_entities(c))
    assert names == [1, 1, 2]  # the Velorins hold one office; the second Marren is not known to


def test_office_written_with_of_is_the_same_office() -> None:
    c = _corpus(
        [
            (
                "a",
                "2015-03-01",
                person("Ivo Marren", "Ivo", "Marren", [Role("Defence Minister", None, "KAS", "2015-03-01")]),
            ),
            (
                "b",
                "2015-05-01",
                person(
                    "Ivo Marren", "Ivo", "Marren", [Role("Minister of Defence", None, "KAS", "2015-05-01")]
                ),
            ),
        ]
    )
    assert len(resolve_entities(c)) == 1


def test_two_letter_time_zone_after_a_clock_time_is_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    st = _with_people(
        nlp,
        ["The ferry left Port Alder at 8:46 a.m. ET, and Ada Okafor spoke at 10 am PT on Monday."],
        ["ET", "PT"],
    )
    assert not {"ET", "PT"} & {m.text for m in st.mentions}


def test_a_capital_city_is_no_alias_of_a_body_seated_there(nlp) -> None:  # type: ignore[no-untyped-def]
    # news writes the city where a body sits far more often as the place ("police searched the city",
    # "a summit in the city") than for the body; it stays the country's capital
    st = _with_people(
        nlp, ["Harbour police searched four warehouses in Brussels on Friday, Ada Okafor said."], []
    )
    city = [c for c in st.chains if c.name == "Brussels"]
    assert city and all(c.actor_code != "EUR" and c.ent_type != "ORG" for c in city)


def test_title_and_surname_join_the_holder_named_in_another_spelling(analyse, tmp_path) -> None:  # type: ignore[no-untyped-def]
    # the registry's President Sergei Velorin; the article spells his given name another way
    extra = tmp_path / "actors.yaml"
    extra.write_text(
        "people:\n"
        "  - name: Sergei Velorin\n"
        "    roles:\n"
        "      - {title: President, country: KAZ, sector: GOV, start: '2030-01-01'}\n",
        encoding="utf-8",
    )
    load_registry(extra)
    try:
        st = analyse(
            [
                "Sergey Velorin opened the congress in Port Alder on Monday. "
                "President Velorin said the party would stay united."
            ],
            published="2031-10-20",
        )
    finally:
        load_registry()
    ids = {m.chain_id for m in st.mentions if m.text in ("Sergey Velorin", "Velorin")}
    assert len(ids) == 1
