"""Error classes found on a fresh sample of unseen news (as19, session 18), on invented text."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from storyline.entities import load_registry
from storyline.state import DocState


def _people(st: DocState) -> dict[str, list[str]]:
    """Person chains by name, with the texts of their mentions."""
    return {
        c.name: [m.text for m in st.mentions if m.chain_id == c.chain_id]
        for c in st.chains
        if c.ent_type == "PERSON"
    }


def test_a_department_word_after_a_title_word_is_no_name(analyse: Callable[..., DocState]) -> None:
    # "Deputy" is a title of its own: the department word after it made a person "Foreign"
    st = analyse(
        [
            "Deputy Foreign Minister Ivo Marren said the shelling was a crime. Deputy Interior "
            "Minister Ada Lind agreed with him in Port Alder."
        ]
    )
    assert set(_people(st)) == {"Ivo Marren", "Ada Lind"}


def test_department_words_before_a_title_are_no_name(analyse: Callable[..., DocState]) -> None:
    st = analyse(["Deputy National Security Adviser Ivo Marren told reporters the talks would go on."])
    assert set(_people(st)) == {"Ivo Marren"}


def test_a_title_keeps_a_first_name_the_article_also_writes_alone(analyse: Callable[..., DocState]) -> None:
    # the vocative "Brisk, ..." made "Brisk" a name of its own, cut from "Sen. Brisk Tomas"
    st = analyse(
        [
            "A donor, Ivo Marren, mocked Sen. Brisk Tomas\u2019s plan in a note he wrote the senator.",
            "\u201cBrisk, I respect your caution, but you are wrong,\u201d Marren wrote.",
            "Marren urged Tomas to change course. Tomas did not reply.",
        ]
    )
    people = _people(st)
    assert "Brisk" not in people
    assert people["Brisk Tomas"].count("Tomas") == 2


_HOLDERS = (
    "people:\n"
    "  - name: Ivo Delvane\n"
    "    roles:\n"
    "      - {title: President, country: VEL, sector: GOV, start: '2031-01-20', end: '2039-01-20'}\n"
    "  - name: Ada Marren\n"
    "    roles:\n"
    "      - {title: President, country: VEL, sector: GOV, start: '2039-01-20'}\n"
)


def _with_holders(
    analyse: Callable[..., DocState], tmp_path: Path, paragraphs: list[str], published: str
) -> DocState:
    extra = tmp_path / "actors.yaml"
    extra.write_text(_HOLDERS, encoding="utf-8")
    load_registry(extra)
    try:
        return analyse(paragraphs, published=published)
    finally:
        load_registry()


def test_the_president_is_the_sitting_one_not_a_predecessor_named_just_before(
    analyse: Callable[..., DocState], tmp_path: Path
) -> None:
    # the registry dates both terms: on the article's day only one of the two holds the office
    st = _with_holders(
        analyse,
        tmp_path,
        [
            "President Marren spoke in Port Alder on Monday, and the president said the harbour would reopen.",
            "In 2035, President Ivo Delvane sent troops abroad. Delvane later said the war was needed.",
            "Critics say the president misled the voters of Port Alder.",
        ],
        "2040-10-25",
    )
    people = _people(st)
    assert people["Marren"].count("the president") == 2
    assert "the president" not in people["Ivo Delvane"]


def test_the_former_president_is_still_the_predecessor(
    analyse: Callable[..., DocState], tmp_path: Path
) -> None:
    st = _with_holders(
        analyse,
        tmp_path,
        [
            "President Marren spoke in Port Alder on Monday.",
            "In 2035, President Ivo Delvane sent troops abroad, and the former president defended it.",
        ],
        "2040-10-25",
    )
    assert "the president" not in _people(st).get("Marren", [])


def test_a_common_noun_opening_a_sentence_is_no_person(analyse: Callable[..., DocState]) -> None:
    # capitalised only by the sentence start, it drew every "he" of the paragraphs after it
    st = analyse(
        [
            "Those were good days for the boy from Port Alder. He herded cattle by the river.",
            "Grass huts linked the farm to the next valley, but the town was far away. He never saw it.",
        ]
    )
    assert "Grass" not in _people(st)


def test_a_plural_common_noun_opening_a_sentence_is_no_person(analyse: Callable[..., DocState]) -> None:
    st = analyse(
        [
            "There was fighting in Port Alder.",
            "Banks will stay shut from Friday to Sunday. He said guards would be posted.",
        ]
    )
    assert "Banks" not in _people(st)


def test_a_name_before_a_plural_noun_stays_when_written_again(analyse: Callable[..., DocState]) -> None:
    st = analyse(
        [
            "Mayor Ivo Okafor won the vote in Port Alder on Sunday, and he thanked the voters.",
            "Okafor supporters danced in the square.",
        ]
    )
    assert _people(st)["Ivo Okafor"].count("Okafor") == 1
