"""A role noun that names a country is not a person known to serve another one (invented people)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from storyline.entities import load_registry


@pytest.fixture
def marren_leads_spain(tmp_path: Path) -> Iterator[None]:
    """The registry, extended for one test: Tobias Marren is Spain's president from 2030."""
    extra = tmp_path / "actors.yaml"
    extra.write_text(
        "people:\n"
        "  - name: Tobias Marren\n"
        "    roles:\n"
        "      - {title: President, country: ESP, sector: GOV, start: '2030-01-01'}\n",
        encoding="utf-8",
    )
    load_registry(extra)
    yield
    load_registry()


def test_country_marked_role_noun_skips_a_registry_leader_of_another_country(
    analyse, marren_leads_spain: None
) -> None:  # type: ignore[no-untyped-def]
    # the article prints "President Marren" without his country; the registry has him lead Spain, so
    # "the Chinese president" (named nowhere else) is not him
    st = analyse(
        [
            "President Tobias Marren flew to Port Alder on Monday. A second jet, which usually "
            "carries the Chinese president, landed an hour later."
        ],
        published="2031-05-02",
    )
    marren = next(m.chain_id for m in st.mentions if m.text == "Tobias Marren")
    assert not any(m.text == "the Chinese president" and m.chain_id == marren for m in st.mentions)


def test_country_marked_role_noun_skips_an_officer_of_an_international_body(analyse) -> None:  # type: ignore[no-untyped-def]
    # Okafor presides over the European Commission: "the Spanish president" is no title of hers
    st = analyse(
        [
            "European Commission President Ada Okafor met Tobias Marren in Port Alder on Monday. "
            "Reporters asked whether the Spanish president would sign the accord."
        ],
        published="2031-05-02",
    )
    okafor = next(m.chain_id for m in st.mentions if m.text == "Ada Okafor")
    assert not any(m.text == "the Spanish president" and m.chain_id == okafor for m in st.mentions)


def test_country_marked_generic_role_noun_is_no_one_of_unknown_country(
    analyse, marren_leads_spain: None
) -> None:  # type: ignore[no-untyped-def]
    # "the Spanish leader" fits any office holder; the article names Marren, Spain's president in the
    # registry, so it is not the pope the article also names
    st = analyse(
        ["Pope Ada met Tobias Marren in Port Alder on Monday. Later the Spanish leader posed for photos."],
        published="2031-05-02",
    )
    pope = next(m.chain_id for m in st.mentions if m.text == "Pope")
    assert not any(m.text == "the Spanish leader" and m.chain_id == pope for m in st.mentions)
