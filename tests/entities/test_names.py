"""Person-name parsing: which word is the family name."""

from __future__ import annotations

import pytest

from storyline.entities import load_registry
from storyline.entities.names import family_name_first, parse_person_name


@pytest.mark.parametrize(
    ("name", "surname", "full"),
    [
        ("Wen Jiabao", "Wen", "Wen Jiabao"),  # Chinese: family name first
        ("Ban Ki-moon", "Ban", "Ban Ki-moon"),  # Korean, hyphenated given name
        ("Kim Dae Jung", "Kim", "Kim Dae Jung"),
        ("Kim Campbell", "Campbell", "Kim Campbell"),  # a Western given name that is also a family name
        ("Lee Anderson", "Anderson", "Lee Anderson"),
        ("Pieter van der Berg", "van der Berg", "Pieter van der Berg"),
    ],
)
def test_names_family_name_first_only_with_romanised_given_names(name: str, surname: str, full: str) -> None:
    pn = parse_person_name(name, load_registry())
    assert pn.surname == surname and pn.full == full
    assert family_name_first(name.split()) == (surname == name.split()[0])


def test_names_editorial_brackets_are_not_part_of_the_name() -> None:
    # "[Marta] Okafor said ...": the editor's insertion leaves a bracket inside the entity's span
    pn = parse_person_name("Marta] Okafor", load_registry())
    assert (pn.first, pn.surname, pn.full) == ("Marta", "Okafor", "Marta Okafor")
