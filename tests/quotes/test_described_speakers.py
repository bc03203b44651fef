"""A speaker named by a description of their office ("the Velmarian leader said") is the one person named
before whose role fits it; a description that fits nobody or several people stays unresolved."""

from __future__ import annotations

from typing import Any

from quotes_helpers import body, parse

from storyline.entities import find_mentions
from storyline.quotes import find_quotes
from storyline.quotes.descriptions import described_person
from storyline.records import QuoteMention
from storyline.state import DocState


def _run(nlp: Any, *paragraphs: str) -> tuple[DocState, list[QuoteMention]]:
    state = parse(nlp, body(*paragraphs))
    find_mentions(state)
    find_quotes(state)
    return state, list(state.quotes)


def _speaker_of(nlp: Any, words: str, *paragraphs: str) -> tuple[str | None, str | None]:
    """(chain name, speaker name) of the quote containing ``words``."""
    state, quotes = _run(nlp, *paragraphs)
    quote = next(q for q in quotes if words in q.text)
    chain = state.chain(quote.speaker_chain_id)
    return (chain.name if chain is not None else None), quote.speaker_name


def test_nationality_and_leader_pick_the_head_of_that_country(nlp: Any) -> None:
    chain, _ = _speaker_of(
        nlp,
        "ready to talk",
        "Ukrainian President Olena Marchuk met French President Luc Bernard in Paris on Monday.",
        "Airline chief Tom Reeve said the crew was not at fault for the crash.",
        "The Ukrainian leader said he was ready to talk to the investigators.",
    )
    assert chain == "Olena Marchuk"


def test_a_title_held_by_one_person_picks_that_person_whatever_the_adjective(nlp: Any) -> None:
    chain, _ = _speaker_of(
        nlp,
        "on message",
        "Trade Secretary Anna Kovac met Prime Minister Peter Holm at the summit on Sunday.",
        '"He needs no advice. He is the right man for the job," Kovac said.',
        '"You are on message there," the smiling prime minister replied.',
    )
    assert chain == "Peter Holm"


def test_a_description_fitting_two_people_names_nobody(nlp: Any) -> None:
    state = parse(
        nlp,
        body(
            "Ukrainian President Olena Marchuk met French President Luc Bernard in Paris on Monday.",
            "The two leaders discussed the crash. The president said talks would go on.",
        ),
    )
    find_mentions(state)
    head = next(t for t in state.doc if t.lower_ == "president" and t.i > 0 and t.nbor(-1).lower_ == "the")
    assert described_person(state, head) is None


def test_the_nationality_picks_one_of_two_heads(nlp: Any) -> None:
    state = parse(
        nlp,
        body(
            "Ukrainian President Olena Marchuk met French President Luc Bernard in Paris on Monday.",
            "The two leaders discussed the crash. The French president said talks would go on.",
        ),
    )
    find_mentions(state)
    head = next(t for t in state.doc if t.lower_ == "president" and t.nbor(-1).text == "French" and t.i > 10)
    found = described_person(state, head)
    assert found is not None and found.name == "Luc Bernard"


def test_an_ordinal_or_former_holder_is_someone_else(nlp: Any) -> None:
    state = parse(
        nlp,
        body(
            "Prime Minister Peter Holm defended the budget in parliament on Tuesday.",
            "The former prime minister said the budget was a mistake. The second prime minister agreed.",
        ),
    )
    find_mentions(state)
    heads = [t for t in state.doc if t.lower_ == "minister" and t.i > 5]
    assert len(heads) == 2
    assert [described_person(state, h) for h in heads] == [None, None]


def test_state_and_party_pick_the_lawmaker_just_named(nlp: Any) -> None:
    chain, _ = _speaker_of(
        nlp,
        "serious concerns",
        "Governor Paul Adler signed the water bill on Monday.",
        "Sen. Laura Brenner, chairwoman of the Senate Energy Committee, told reporters that the bill came late.",
        '"We had serious concerns about the cost," the Ohio Democrat said.',
    )
    assert chain == "Laura Brenner"


def test_state_and_party_after_someone_else_name_nobody(nlp: Any) -> None:
    chain, _ = _speaker_of(
        nlp,
        "serious concerns",
        "Sen. Laura Brenner criticized the water bill on Monday.",
        "Economist Carl Wiggins said the bill would raise prices.",
        '"We had serious concerns about the cost," the Ohio Democrat said.',
    )
    assert chain is None


def test_another_party_beside_the_name_names_nobody(nlp: Any) -> None:
    chain, _ = _speaker_of(
        nlp,
        "serious concerns",
        "Sen. Laura Brenner (R-Ohio) criticized the water bill on Monday.",
        '"We had serious concerns about the cost," the Ohio Democrat said.',
    )
    assert chain is None
