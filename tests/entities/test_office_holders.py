"""Dated office holders in the actor registry: bare names coded by the office held on a date."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.entities import code_phrase, load_registry
from storyline.entities.registry import DATA_DIR, Registry, _bound, _read_yaml


@pytest.fixture()
def reg() -> Registry:
    return load_registry()


def _code(reg: Registry, text: str, day: str | None = None) -> tuple[str | None, str | None] | None:
    got = code_phrase(text, reg, day)
    return None if got is None else (got.country, got.sector)


def test_registry_office_holder_coded_by_the_office_held_on_the_date(reg: Registry) -> None:
    assert _code(reg, "Angela Merkel", "2015-06-01") == ("DEU", "GOV")
    assert _code(reg, "Angela Merkel", "2023-06-01") == ("DEU", "ELI")  # left office: a former official
    assert _code(reg, "Angela Merkel", "1980-06-01") == ("DEU", None)  # before any known office
    assert _code(reg, "Merkel", "2015-06-01") == ("DEU", "GOV")  # a surname only one known person has


def test_registry_office_holder_of_an_international_body(reg: Registry) -> None:
    assert _code(reg, "Jens Stoltenberg", "2020-01-01") == ("NAT", "GOV")
    assert _code(reg, "Jens Stoltenberg", "2010-01-01") == ("NOR", "GOV")


def test_registry_office_key_names_its_sector(reg: Registry) -> None:
    assert _code(reg, "Gina Haspel", "2019-01-01") == ("USA", "SPY")


def test_codes_title_before_a_known_name_decides_the_sector(reg: Registry) -> None:
    assert _code(reg, "Chancellor Angela Merkel", "2015-06-01") == ("DEU", "GOV")
    assert _code(reg, "former Chancellor Angela Merkel", "2015-06-01") == ("DEU", "ELI")
    assert _code(reg, "German Chancellor Angela Merkel", "2015-06-01") == ("DEU", "GOV")


def test_codes_possessive_of_a_known_person_gives_the_country(reg: Registry) -> None:
    assert _code(reg, "Angela Merkel's spokesman", "2015-06-01") == ("DEU", "GOV")
    assert code_phrase("Karel Vandenbosch's brother", reg, "2015-06-01") is None


def test_codes_another_first_name_is_not_the_known_person(reg: Registry) -> None:
    assert code_phrase("Bill Merkel", reg, "2015-06-01") is None
    assert code_phrase("merkel", reg, "2015-06-01") is None  # lower case: a word, not a name


def test_codes_town_inside_a_name_is_not_a_place(reg: Registry) -> None:
    assert code_phrase("Milan Novakovic", reg) is None
    assert _code(reg, "Milan police") == ("ITA", "COP")
    assert _code(reg, "Madras High Court") == ("IND", "JUD")


def test_codes_misspelt_demonym_and_sector_word(reg: Registry) -> None:
    assert _code(reg, "Ukranians") == ("UKR", None)
    assert _code(reg, "looterss") == (None, "CRM")
    assert code_phrase("Maria Domenica Rossi", reg) is None  # two capitalised words: a name, not "Dominica"


def test_codes_appositive_fills_in_what_the_phrase_lacks(reg: Registry) -> None:
    assert _code(reg, "the provincial governor's spokesman, Ana Quispe") == (None, "GOV")
    assert _code(reg, "Kenyan lawmakers, Ana Quispe and Rosa Mamani") == ("KEN", "LEG")
    assert code_phrase("a, b, c, " * 2000, reg) is None  # garbage with many commas does not recurse


def test_registry_user_office_holders_add_roles_or_replace(tmp_path: Path) -> None:
    extra = tmp_path / "mine.yaml"
    extra.write_text(
        "office_holders:\n"
        "  PER:\n"
        "    Prime Minister:\n"
        "    - Ana Quispe / Ana Q. Quispe, 2031-01, 2032\n"
        "  DEU:\n"
        "    Special Envoy:\n"
        "    - Angela Merkel, 2030-01-01\n"
        "people:\n"
        "  - name: Olaf Scholz\n"
        "    replace: true\n"
        "    roles:\n"
        "      - {title: Mayor, country: AUT, sector: GOV, start: '2001-01-01'}\n"
        "  - name: Mohamed Abdi Farah\n"
        "    roles:\n"
        "      - {title: Minister, country: SOM, sector: GOV, start: '2020-01-01'}\n",
        encoding="utf-8",
    )
    reg = load_registry(extra)
    try:
        assert _code(reg, "Ana Quispe", "2032-12-01") == ("PER", "GOV")  # "2032" ends on 31 December
        assert _code(reg, "Ana Q. Quispe", "2033-01-02") == ("PER", "ELI")
        assert _code(reg, "Angela Merkel", "2030-06-01") == ("DEU", "GOV")  # a role added
        assert _code(reg, "Angela Merkel", "2015-06-01") == ("DEU", "GOV")  # the package roles kept
        assert _code(reg, "Olaf Scholz", "2022-06-01") == ("AUT", "GOV")  # replaced
        assert _code(reg, "Mohammed Abdi Farah", "2021-01-01") == ("SOM", "GOV")  # another spelling
    finally:
        load_registry()


def test_registry_bound_reads_years_and_months() -> None:
    assert _bound("2017", start=True) == "2017-01-01"
    assert _bound("2017", start=False) == "2017-12-31"
    assert _bound("2017-05", start=False) == "2017-05-31"
    assert _bound("2017-05-14", start=False) == "2017-05-14"
    assert _bound("", start=True) is None


def test_registry_office_holders_data_is_well_formed(reg: Registry) -> None:
    section = _read_yaml(DATA_DIR / "actors_office_holders.yaml")["office_holders"]
    for holder_of in section:
        actor = reg.actor(str(holder_of)) or reg.country(str(holder_of))
        assert actor is not None, f"{holder_of} is neither a country code nor an organization"
    for person in reg.persons.values():
        for role in person.roles:
            assert role.start is not None, person.name
            assert role.end is None or role.start <= role.end, (person.name, role)
        spells = sorted((r.start or "", r.end or "9999", r.country or r.organization) for r in person.roles)
        for (_, end1, where1), (start2, _, where2) in zip(spells, spells[1:], strict=False):
            # one person, two countries at once: a typo in a date or a name shared by two people
            assert where1 == where2 or start2 >= end1 or None in (where1, where2), person.name


def test_title_and_family_name_join_a_family_name_first_holder(analyse, tmp_path) -> None:  # type: ignore[no-untyped-def]
    # "President Wen" is the registry's President Wen Haolin, whose given name is printed second
    extra = tmp_path / "actors.yaml"
    extra.write_text(
        "people:\n"
        "  - name: Wen Haolin\n"
        "    aliases: [Wen]\n"
        "    roles:\n"
        "      - {title: President, country: CHN, sector: GOV, start: '2030-01-01'}\n",
        encoding="utf-8",
    )
    load_registry(extra)
    try:
        st = analyse(
            [
                "Wen Haolin opened the congress in Port Alder on Monday. "
                "President Wen said the party would stay united."
            ],
            published="2031-10-20",
        )
    finally:
        load_registry()
    ids = {m.chain_id for m in st.mentions if m.text in ("Wen Haolin", "Wen")}
    assert len(ids) == 1
