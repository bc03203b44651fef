"""The actor registry and phrase coding, on hand-written phrases and a hand-written user file."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.entities import code_phrase, load_registry
from storyline.entities.registry import Registry


@pytest.fixture()
def reg() -> Registry:
    return load_registry()


def test_registry_names_acronyms_demonyms_and_capitals(reg: Registry) -> None:
    nato = reg.actor("Nato")
    assert nato is not None and nato.code == "NAT" and nato.cameo == "IGONAT"
    us = reg.actor("US")
    assert us is not None and us.code == "USA"
    assert reg.actor("us") is None  # the pronoun is not the country
    assert reg.demonym("Ukrainian") == "UKR"
    assert reg.place_country("the Kremlin") == "RUS"
    assert reg.place_country("Ankara") == "TUR"


def test_registry_sector_prefers_a_telling_modifier_over_a_generic_head(reg: Registry) -> None:
    assert reg.sector("police officers") == "COP"
    assert reg.sector("intelligence agency officer") == "SPY"
    assert reg.sector("Defence Minister") == "GOV"
    assert reg.secondary_sector("Defence Minister") == "MIL"


@pytest.mark.parametrize(
    ("phrase", "country", "sector"),
    [
        ("Russian Defence Minister", "RUS", "GOV"),
        ("Kenyan lawmakers", "KEN", "LEG"),
        ("Kyiv police", "UKR", "COP"),
        ("Chile's Health Ministry", "CHL", "GOV"),
        ("Nato", "NAT", None),
        ("a former minister", None, "ELI"),
        ("Tehran", "IRN", "GOV"),
    ],
)
def test_registry_code_phrase(reg: Registry, phrase: str, country: str | None, sector: str | None) -> None:
    got = code_phrase(phrase, reg)
    assert got is not None and (got.country, got.sector) == (country, sector)


def test_registry_code_phrase_nothing_known_is_none(reg: Registry) -> None:
    assert code_phrase("a cat named Frank", reg) is None
    assert code_phrase("", reg) is None


def test_registry_dated_sector_of_an_organization(reg: Registry) -> None:
    taliban = reg.actor("Taliban")
    assert taliban is not None
    assert taliban.sector_on("2005-01-01") == "REB"
    assert taliban.sector_on("2023-01-01") == "GOV"


def test_registry_user_file_adds_people_with_dated_roles(tmp_path: Path) -> None:
    extra = tmp_path / "mine.yaml"
    extra.write_text(
        "people:\n"
        "  - name: Ana Torres\n"
        "    roles:\n"
        "      - {title: Interior Minister, country: ESP, sector: GOV, start: '2010-01-01', end: '2012-12-31'}\n"
        "countries:\n"
        "  - {code: XAA, name: Freedonia, demonyms: [Freedonian], capital: Fredville}\n",
        encoding="utf-8",
    )
    reg = load_registry(extra)
    try:
        during = code_phrase("Ana Torres", reg, "2011-06-01")
        after = code_phrase("Ana Torres", reg, "2015-06-01")
        assert during is not None and (during.country, during.sector) == ("ESP", "GOV")
        assert after is not None and after.sector == "ELI"
        assert reg.demonym("Freedonian") == "XAA" and reg.place_country("Fredville") == "XAA"
    finally:
        load_registry()
