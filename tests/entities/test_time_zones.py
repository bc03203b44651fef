"""A time-zone abbreviation after a clock time ("1625 UTC") is no organization."""

from __future__ import annotations


def test_time_zone_abbreviations_are_no_mentions(analyse) -> None:  # type: ignore[no-untyped-def]
    state = analyse(
        [
            "At around 11:25am local time (1625 UTC), the Kastan news agency called the vote. "
            "The results came at 10pm GMT, and NATO said it would meet at 9am EST on Monday."
        ]
    )
    texts = [m.text for m in state.mentions]
    assert not {"UTC", "GMT", "EST"} & set(texts), texts
    assert "NATO" in texts
