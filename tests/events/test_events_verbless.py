"""Verbless sentences (headings, captions, lists kept as body) must not hang the coder."""

from __future__ import annotations

import signal
from typing import Any

from storyline.events import find_events


def test_find_events_verbless_sentences_finish(make_state: Any) -> None:
    body = (
        "Fresh talks between the two ministries over fishing quotas. "
        "The suspension of the accord by Lisbon. "
        "Air strikes against rebel positions near the border."
    )
    state = make_state(body, published="2024-03-04")

    def too_slow(*_: object) -> None:
        raise TimeoutError("the events stage did not finish on verbless sentences")

    old = signal.signal(signal.SIGALRM, too_slow)
    signal.alarm(20)
    try:
        find_events(state)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
    assert all(e.cameo_code.isdigit() for e in state.events)
