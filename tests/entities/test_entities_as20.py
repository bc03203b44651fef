"""Error classes found on a fresh sample of unseen news (as20, session 19), on invented text."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from test_resolve import _corpus, person

from storyline.entities import find_mentions, load_registry, resolve_entities
from storyline.entities.mentions import _trim
from storyline.nlp.parse import parse_article
from storyline.records import Article, Block, Role
from storyline.state import DocState


def _people(st: DocState) -> dict[str, list[str]]:
    """Person chains by name, with the texts of their mentions."""
    return {
        c.name: [m.text for m in st.mentions if m.chain_id == c.chain_id]
        for c in st.chains
        if c.ent_type == "PERSON"
    }


def _roles(st: DocState, name: str) -> list[str]:
    return [r.title for c in st.chains if c.name == name for r in c.roles]


_HOLDERS = (
    "countries:\n"
    "  - {code: XKS, name: Kastania, demonyms: [Kastani]}\n"
    "  - {code: XVL, name: Veloria, demonyms: [Velorian]}\n"
    "  - {code: AUS, name: Australia, demonyms: [Australian]}\n"
    "people:\n"
    "  - name: Ivo Delvane\n"
    "    roles:\n"
    "      - {title: President, country: XVL, sector: GOV, start: '2031-01-20'}\n"
    "  - name: Ada Okafor\n"
    "    roles:\n"
    "      - {title: President, country: XKS, sector: GOV, start: '2031-01-20'}\n"
    "  - name: Lin Havar\n"
    "    roles:\n"
    "      - {title: President, country: AUS, sector: GOV, start: '2031-01-20'}\n"
)


@pytest.fixture()
def holders(tmp_path: Path) -> Iterator[None]:
    extra = tmp_path / "actors.yaml"
    extra.write_text(_HOLDERS, encoding="utf-8")
    load_registry(extra)
    yield
    load_registry()


@pytest.fixture(scope="module")
def analyse_from(nlp) -> Callable[..., DocState]:  # type: ignore[no-untyped-def]
    """Like ``analyse``, for an article of a given outlet."""

    def run(paragraphs: list[str], outlet: str | None, published: str = "2034-05-02") -> DocState:
        blocks, pos = [], 0
        for p in paragraphs:
            blocks.append(Block(pos, pos + len(p), "body"))
            pos += len(p) + 2
        text = "\n\n".join(paragraphs)
        article = Article("d1", "d1.txt", text, blocks=blocks, published=published, outlet=outlet)
        state = parse_article(nlp, article)
        find_mentions(state)
        return state

    return run


def test_a_name_after_a_title_keeps_the_given_name_a_later_mention_drops(
    analyse: Callable[..., DocState],
) -> None:
    # the bare "Abdul Marren" written later cut "Adel" and the title off the first mention, and "the prime
    # minister" then went to another prime minister named further down
    st = analyse(
        [
            "Prime Minister Adel Abdul Marren on Monday condemned the air strikes on the port.",
            "\u201cThe prime minister described the attack as an unacceptable assault,\u201d his office said.",
            "Protesters have demanded that Abdul Marren resign. Abdul Marren refused.",
        ]
    )
    people = _people(st)
    assert set(people) == {"Adel Abdul Marren"}
    assert "The prime minister" in people["Adel Abdul Marren"]
    assert people["Adel Abdul Marren"].count("Abdul Marren") == 2
    assert _roles(st, "Adel Abdul Marren") == ["Prime Minister"]


def test_a_contraction_before_a_name_is_no_part_of_it(nlp) -> None:  # type: ignore[no-untyped-def]
    # the tagger once took "\u2019s Tomas" for a name: the chain was named after the clitic
    doc = nlp("The skipper grinned. \u201cThe name\u2019s Tomas, and I run the ferry.\u201d")
    clitic = next(t.i for t in doc if t.text == "\u2019s")
    assert _trim(doc, clitic, clitic + 2) == (clitic + 1, clitic + 2)


def test_a_state_councilor_and_a_pm_are_titles(analyse: Callable[..., DocState]) -> None:
    st = analyse(
        [
            "Kastania's top diplomat, State Councilor Lin Havar, said the talks would go on.",
            "PM Rakesh Delvane welcomed them. PM Delvane left for Port Alder at 9 PM Friday.",
        ]
    )
    people = _people(st)
    assert set(people) == {"Lin Havar", "Rakesh Delvane"}
    assert _roles(st, "Lin Havar") == ["State Councilor"]
    assert "PM" in _roles(st, "Rakesh Delvane")
    assert people["Rakesh Delvane"].count("Delvane") == 1


def test_a_title_opening_a_span_tagged_an_organisation_still_names_a_person(
    analyse: Callable[..., DocState],
) -> None:
    # the tagger took "Councillor Ines Orvik" whole for an organisation; once "Councillor" is a title,
    # only a title after other words split the person off
    st = analyse(["The budget vote went badly for the town, prompting Councillor Ines Orvik to resign."])
    assert set(_people(st)) == {"Ines Orvik"}
    assert _roles(st, "Ines Orvik") == ["Councillor"]
    assert not [c for c in st.chains if c.ent_type == "ORG"]


def test_a_country_s_president_is_no_trade_group_s_president(
    analyse: Callable[..., DocState], holders: None
) -> None:
    # the text never titles Okafor; the registry has her in office; Marren heads a trade group
    st = analyse(
        [
            "The trade war is over, says Ada Okafor, as the Kastani president signs a pact with Veloria.",
            "\u201cIt is disappointing,\u201d said Ivo Marren, president of the Port Alder Toolmakers Guild.",
            "Tariffs the Kastani president imposed hit the guild, Marren said.",
        ],
        published="2034-05-02",
    )
    people = _people(st)
    assert people["Ada Okafor"].count("the Kastani president") == 2
    assert "the Kastani president" not in people["Ivo Marren"]


def test_the_president_of_a_country_is_not_another_country_s_president(
    analyse: Callable[..., DocState], holders: None
) -> None:
    st = analyse(
        [
            "Kastani President Ada Okafor met President Ivo Delvane in Port Alder.",
            "A lawyer said the president of Kastania had hindered the inquiry.",
        ],
        published="2034-05-02",
    )
    assert "the president" not in _people(st)["Ivo Delvane"]


def test_the_president_is_the_one_of_the_outlet_s_country(
    analyse_from: Callable[..., DocState], holders: None
) -> None:
    paragraphs = [
        "President Ivo Delvane met President Lin Havar in Port Alder on Monday.",
        "Afterwards the president said the talks had gone well.",
    ]
    assert "the president" in _people(analyse_from(paragraphs, "portalderherald.com.au"))["Lin Havar"]


def test_a_given_name_with_a_hyphen_or_a_space_spelt_another_way_is_one_person() -> None:
    # family name first: "Jong-un" in one article, "Jung Un" and "Jong Un" (both leaders) in others
    leader = [Role("leader", None, "XKS", None)]
    c = _corpus(
        [
            ("a", "2031-01-01", person("Pak Jong Un", "Jong Un", "Pak", leader)),
            ("b", "2031-01-02", person("Pak Jung Un", "Jung Un", "Pak", leader)),
            ("c", "2031-01-03", person("Pak Jong-un", "Jong-un", "Pak")),
        ]
    )
    assert len(resolve_entities(c)) == 1
