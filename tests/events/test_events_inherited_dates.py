"""A clause that inherits no day itself does not take its governing clause's inherited day either."""

from __future__ import annotations

from typing import Any

from storyline.events import find_events


def test_a_relative_clause_event_gets_no_inherited_day(make_state: Any) -> None:
    st = make_state(
        "Police in Wuhan arrested three protesters on Tuesday. "
        "Officers also detained Li Wen, who criticised the mayor of Wuhan.",
        published="2020-02-07",
    )
    find_events(st)
    by_trigger = {e.trigger: e for e in st.events}
    assert by_trigger["detain"].date == "2020-02-04"  # the narrative day
    assert by_trigger["criticise"].date is None
