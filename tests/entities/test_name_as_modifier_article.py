"""A country or organization name modifying a noun ("the Peru deal"): the article belongs to the noun, so
the name's mention (and its entity's aliases) must not take it. Invented text."""

from __future__ import annotations

from collections.abc import Callable

from storyline.state import DocState


def _name_mentions(state: DocState) -> list[str]:
    return [m.text for m in state.mentions if m.kind == "name"]


def test_an_article_of_the_modified_noun_is_not_part_of_the_name(analyse: Callable[..., DocState]) -> None:
    state = analyse(
        [
            "Officials in Lima said the Peru deal would be signed on Friday. "
            "The Norway tariff has fallen since the spring, and the NATO target was missed again."
        ]
    )
    names = _name_mentions(state)
    assert "Peru" in names and "Norway" in names and "NATO" in names
    assert not {"the Peru", "The Norway", "the NATO"} & set(names)


def test_an_article_of_the_name_itself_stays(analyse: Callable[..., DocState]) -> None:
    state = analyse(["The talks were held in the United States, and the Philippines sent a delegation."])
    names = _name_mentions(state)
    assert "the United States" in names and "the Philippines" in names


def test_a_noun_after_the_name_takes_the_article_when_the_parse_splits_them(
    analyse: Callable[..., DocState],
) -> None:
    # the parser may read "Norway" and "protests" as two objects; the article still goes with "protests"
    state = analyse(["None of them mentioned the Norway protests today, an aide wrote on Sunday."])
    names = _name_mentions(state)
    assert "Norway" in names and "the Norway" not in names


def test_a_possessive_name_keeps_its_article(analyse: Callable[..., DocState]) -> None:
    state = analyse(["They urged tight implementation of the E.U.\u2019s regulatory framework in this area."])
    names = _name_mentions(state)
    assert "the E.U." in names
