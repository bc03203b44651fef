"""Session 15: one person printed in full with and without a middle name, or with a short form of the
given name beside the registry's formal name, is one entity across articles."""

from __future__ import annotations

from pathlib import Path

from test_resolve import _corpus, person  # type: ignore[import-not-found]

from storyline.entities import load_registry, resolve_entities
from storyline.entities.codes import org_code
from storyline.records import Role


def test_name_dropping_the_middle_name_joins_the_fuller_name() -> None:
    # "Ilkan Okafor" and "Serdal Okafor" are each part of "Ilkan Serdal Okafor": one person, even though
    # the two partial names share no given name
    c = _corpus(
        [
            ("a", "2030-03-01", person("Serdal Okafor", "Serdal", "Okafor")),
            ("b", "2030-03-04", person("Ilkan Serdal Okafor", "Ilkan", "Okafor")),
            (
                "c",
                "2030-04-10",
                person("Ilkan Okafor", "Ilkan", "Okafor", [Role("Prime Minister", None, None)]),
            ),
        ]
    )
    ents = resolve_entities(c)
    assert len(ents) == 1
    assert ents[0].doc_ids == ["a", "b", "c"]


def test_partial_names_without_a_fuller_one_stay_apart() -> None:
    c = _corpus(
        [
            ("a", "2030-03-01", person("Serdal Okafor", "Serdal", "Okafor")),
            ("c", "2030-04-10", person("Ilkan Okafor", "Ilkan", "Okafor")),
        ]
    )
    assert len(resolve_entities(c)) == 2


def test_short_form_and_formal_name_of_one_registry_person_join(tmp_path: Path) -> None:
    extra = tmp_path / "actors.yaml"
    extra.write_text(
        "office_holders:\n"
        "  USA:\n"
        "    President:\n"
        "    - Jim Veloran / James Orrin Veloran, 2001-01-20, 2009-01-20\n",
        encoding="utf-8",
    )
    load_registry(extra)
    try:
        c = _corpus(
            [
                ("a", "2030-03-01", person("Jim Veloran", "Jim", "Veloran", [Role("President", None, None)])),
                ("b", "2030-05-04", person("James Orrin Veloran", "James", "Veloran")),
            ]
        )
        ents = resolve_entities(c)
    finally:
        load_registry()
    assert len(ents) == 1


def test_international_armed_group_carries_its_cameo_code(tmp_path: Path) -> None:
    # an international militarized group is coded like the other non-state bodies: its full CAMEO code
    extra = tmp_path / "actors.yaml"
    extra.write_text(
        "igos:\n  - {code: IMG, cameo: IMGMOSKAS, name: Kastan Brigades, aliases: [Kastan Front]}\n",
        encoding="utf-8",
    )
    reg = load_registry(extra)
    try:
        found = {org_code(reg.names[k]) for k in ("kastan brigades", "kastan front")}
    finally:
        load_registry()
    assert found == {"IMGMOSKAS"}
