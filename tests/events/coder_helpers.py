"""Shared by the coder tests: read a coded event's actors and insist on a single event."""

from __future__ import annotations

from typing import Any

from storyline.events import find_events
from storyline.events.coder import Found, actor_span


def names(toks: list[Any]) -> list[str]:
    """The actor phrases the coder's tokens stand for."""
    out = []
    for t in toks:
        a, b = actor_span(t)
        out.append(t.doc[a:b].text)
    return out


def summary_of(found: list[Found]) -> list[tuple[str, str]]:
    return [(f.code, f.trigger) for f in found]


def only(found: list[Found]) -> Found:
    assert len(found) == 1, summary_of(found)
    return found[0]


def only_code(found: list[Found]) -> str:
    return only(found).code


def events_in(make_state: Any, text: str, published: str = "2019-05-02") -> list[Any]:
    """The events ``find_events`` finds in ``text`` read as one article published that day."""
    st = make_state(text, published=published)
    find_events(st)
    return list(st.events)
