"""Session 20 (time) quote dates, on invented text: a quotation that goes on a speaker's turn after the
cue's sentence was spoken when the turn was, not on the publication day."""

from __future__ import annotations

from typing import Any

import pytest
from quotes_helpers import body, parse

from storyline.entities import find_mentions
from storyline.quotes import find_quotes
from storyline.records import QuoteMention


def _dated(nlp: Any, *paragraphs: str) -> list[QuoteMention]:
    from storyline.time import tag_timexes

    state = parse(nlp, body(*paragraphs), published="2021-03-15")
    tag_timexes(state)
    find_mentions(state)
    find_quotes(state)
    return state.quotes


def test_a_quotation_going_on_a_dated_turn_takes_the_turns_day(nlp: Any) -> None:
    pytest.importorskip("storyline.time")
    qs = _dated(
        nlp,
        "The ferry to Port Alder stayed in dock for a third week.",
        "“Nobody in this town wants the harbour shut,” Mayor Ivo Orvik told the Veloria Courier last year. "
        "“We will keep the boats running whatever it costs.”",
    )
    later = [q for q in qs if q.text.startswith("We will keep")]
    assert later and later[0].date == "2020", [(q.text, q.date, q.date_source) for q in qs]


def test_a_quotation_going_on_an_undated_turn_keeps_its_own_day(nlp: Any) -> None:
    pytest.importorskip("storyline.time")
    qs = _dated(
        nlp,
        "“Nobody in this town wants the harbour shut,” Mayor Ivo Orvik said. "
        "“We will keep the boats running whatever it costs.”",
    )
    later = [q for q in qs if q.text.startswith("We will keep")]
    assert later and later[0].date == "2021-03-15"


def test_a_bulleted_quotation_takes_no_day_from_the_turn_before(nlp: Any) -> None:
    """Session 20: a list item that quotes is given the speaker of the paragraph before it, but it stands
    apart from that turn, so the day its cue names is not the item's."""
    pytest.importorskip("storyline.time")
    qs = _dated(
        nlp,
        "The harbour board of Port Alder made many forecasts in its old plan.",
        "The Veloria ministry said last year: “Nothing in the plan has come true so far.”",
        "• “The harbour will be closed to all ferries by the end of the decade.”",
        "Today: The ferries still sail to Port Alder every morning.",
    )
    item = [q for q in qs if q.text.startswith("The harbour will be")]
    assert item, [(q.text, q.date) for q in qs]
    assert item[0].date != "2020", [(q.text, q.date, q.date_source) for q in qs]
