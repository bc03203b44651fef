"""Pronoun links keep one gender per person: after "she", a "he" is someone else."""

from __future__ import annotations

from entity_helpers import chain_of


def _pronoun_chains(st, text: str) -> list[int]:  # type: ignore[no-untyped-def]
    return [m.chain_id for m in st.mentions if m.kind == "pronoun" and m.text == text]


def test_pronoun_of_the_other_gender_does_not_join_a_person_already_called_she(analyse) -> None:
    st = analyse(
        [
            "Robin Castellane opened a bakery in Lyon last spring.",
            "She said business had been slow at first.",
            "The recipes came from the family. He had run a bakery in Nantes for forty years.",
        ]
    )
    robin = chain_of(st, "Robin Castellane")
    assert _pronoun_chains(st, "She") == [robin]
    assert _pronoun_chains(st, "He") == []


def test_pronouns_of_one_gender_all_join_the_person(analyse) -> None:
    st = analyse(
        [
            "Robin Castellane opened a bakery in Lyon last spring.",
            "He said business had been slow at first.",
            "He hopes to open a second shop next year.",
        ]
    )
    robin = chain_of(st, "Robin Castellane")
    assert _pronoun_chains(st, "He") == [robin, robin]


def test_pronoun_of_the_other_gender_than_the_given_name_is_someone_else(analyse) -> None:
    st = analyse(
        [
            "Margaret Okonkwo opened a bakery in Lyon last spring.",
            "His recipes came from an old family book.",
        ]
    )
    assert _pronoun_chains(st, "His") == []
