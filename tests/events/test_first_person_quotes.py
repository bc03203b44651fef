"""A first person inside a quotation acts through the quotation's speaker (invented countries and people)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from storyline.entities import find_mentions, load_registry
from storyline.events import find_events
from storyline.quotes import find_quotes
from storyline.records import Article, Block, EventMention
from storyline.time import tag_timexes

INVENTED = (
    "countries:\n"
    "  - {code: XKS, name: Kastan, demonyms: [Kastani], capital: Orsk}\n"
    "  - {code: XVL, name: Veloria, demonyms: [Velorian], capital: Velm}\n"
    "institutions:\n"
    "  - {name: Kastan Defence Council, country: XKS, sector: MIL}\n"
)


@pytest.fixture(scope="module")
def invented_registry(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    extra: Path = tmp_path_factory.mktemp("actors") / "invented.yaml"
    extra.write_text(INVENTED, encoding="utf-8")
    load_registry(extra)
    yield
    load_registry()  # the package default again for the other tests


@pytest.fixture(scope="module")
def events_of(nlp: Any, invented_registry: None) -> Any:
    from storyline.nlp import parse_article

    def run(body: str) -> list[EventMention]:
        art = Article(
            doc_id="fp",
            source_path="test",
            text=body,
            blocks=[Block(0, len(body), "body")],
            published="2020-03-02",
        )
        art.published_source = "explicit"
        state = parse_article(nlp, art)
        tag_timexes(state)
        find_mentions(state)
        find_quotes(state)
        find_events(state)
        return state.events

    return run


def _attacks(events: list[EventMention]) -> list[EventMention]:
    # "the rebels in Veloria": the target is the rebels there (session 13), Veloria's by their code
    return [e for e in events if e.cameo_code.startswith(("18", "19")) and "Veloria" in (e.target_name or "")]


def test_i_in_a_quote_is_its_speaker(events_of: Any) -> None:
    events = events_of('"I met the Velorian envoy in Orsk," said Ilse Moran, the Kastani foreign minister.')
    met = [e for e in events if e.cameo_code.startswith("04")]
    assert met and all(e.source_name == "Ilse Moran" for e in met), [
        (e.cameo_code, e.source_name) for e in met
    ]
    assert all(e.modality == "reported" for e in met)


def test_we_of_an_organisation_is_the_organisation(events_of: Any) -> None:
    events = events_of('The Kastan Defence Council said in a statement: "We attacked the rebels in Veloria."')
    attacks = _attacks(events)
    assert attacks and {e.source_name for e in attacks} == {"Kastan Defence Council"}, attacks
    assert all(e.source_actor_code == "XKSMIL" and e.modality == "reported" for e in attacks)


def test_we_of_a_minister_is_the_ministers_country(events_of: Any) -> None:
    events = events_of(
        '"We attacked Veloria in the night," Kastani Defence Minister Ilse Moran said on Monday.'
    )
    attacks = _attacks(events)
    assert attacks and {(e.source_name, e.source_actor_code) for e in attacks} == {("Kastan", "XKS")}, attacks
    # "our troops" are the country's own: no act of Kastan on Kastan
    events = events_of(
        '"We will not withdraw our troops from Veloria," Kastani Defence Minister Ilse Moran said.'
    )
    assert not [e for e in events if e.source_name and e.source_name == e.target_name], events


def test_we_of_a_speaker_with_no_known_side_names_nobody(events_of: Any) -> None:
    events = events_of('"We attacked Veloria in the night," said Tomas Brenn, a farmer from the north.')
    attacks = _attacks(events)
    assert attacks and all(e.source_name is None for e in attacks), attacks
    # a reporter's "we" is no newsroom's act: a kind of actor with no country is no side
    events = events_of('The reporter said: "We attacked Veloria in the night."')
    attacks = _attacks(events)
    assert attacks and all(e.source_name is None for e in attacks), attacks


def test_a_first_person_outside_any_quote_is_unchanged(events_of: Any) -> None:
    events = events_of(
        "We attacked Veloria in the night, Kastani Defence Minister Ilse Moran said on Monday."
    )
    attacks = _attacks(events)
    assert attacks and all(e.source_name is None for e in attacks), attacks
    # and "you" in a quotation stays nobody
    events = events_of('"You attacked Veloria in the night," Kastani Defence Minister Ilse Moran said.')
    assert all(e.source_name is None for e in _attacks(events)), events


def test_a_quoted_we_named_by_one_country_takes_a_singular_verb(events_of: Any) -> None:
    events = events_of(
        '"We urge Veloria to cease its shelling," Kastani Defence Minister Ilse Moran said on Monday.'
    )
    urges = [e for e in events if e.cameo_code.startswith("02")]
    assert [e.summary for e in urges] == ["Kastan urges Veloria to cease its shelling"], urges
    events = events_of('"We condemn the shelling of Orsk," the Velorian rebels said in a statement.')
    condemns = [e for e in events if e.cameo_code.startswith("11")]
    assert condemns and all(e.summary.startswith("Velorian rebels condemn ") for e in condemns), condemns
