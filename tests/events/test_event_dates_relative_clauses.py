"""A relative clause shares its governing clause's time expression only when it is part of what that clause
reports, not when it describes a participant set off by a comma."""

from __future__ import annotations

from typing import Any

from storyline.events import find_events


def _dates(st: Any) -> dict[str, str | None]:
    find_events(st)
    return {e.trigger: e.date for e in st.events}


def test_a_relative_clause_set_off_by_a_comma_takes_no_date_of_its_governor(make_state: Any) -> None:
    st = make_state(
        "The envoy of Ukraine, who met the Russian rebels, criticized Russia on Wednesday.",
        published="2019-02-22",
    )
    dates = _dates(st)
    assert dates["criticize"] == "2019-02-20"
    assert dates["meet"] is None


def test_a_restrictive_relative_clause_still_shares_the_day(make_state: Any) -> None:
    st = make_state(
        "Russia and Ukraine ended their talks on Wednesday with a statement in which Russia promised to "
        "withdraw its troops.",
        published="2019-02-22",
    )
    assert _dates(st)["promise to withdraw troop"] == "2019-02-20"


def test_a_progressive_relative_clause_shares_the_day(make_state: Any) -> None:
    st = make_state(
        "The envoy of Ukraine, who was visiting Russia, criticized Russia on Wednesday.",
        published="2019-02-22",
    )
    dates = _dates(st)
    assert dates["criticize"] == "2019-02-20"
    assert dates.get("visit") == "2019-02-20"


def test_a_perfect_relative_clause_takes_no_day_of_its_governor(make_state: Any) -> None:
    # "that they have held for weeks": a stretch up to now, not the moment the governing clause reports
    for clause in ("have been occupying", "have occupied"):
        st = make_state(
            f"Kastan troops moved on Wednesday to retake the Orvik villages that the rebels {clause} for "
            "weeks.",
            published="2019-02-22",
        )
        assert _dates(st)["occupy"] is None, clause
