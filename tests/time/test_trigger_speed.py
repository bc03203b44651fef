"""The trigger windows run a case-sensitive twin of each trigger on lower-cased text (speed); the windows
must be the very ones the case-insensitive trigger gives, also where case folding is irregular."""

from __future__ import annotations

import re

from storyline.time import grammar as g
from storyline.time.base import _case_sensitive_twin, _lowered, trigger_windows

TEXT = (
    "KASTAN, Veloria (Orvik Wire) -- On TUESDAY the Port Alder council met at 10:30 p.m.\n"
    "Okafor said last Week's vote, held in March 2019, was the FIRST in the '90s style. Daily fares rose "
    "in Q3 and every Spring. The Kelvin sign \u212a appears here, and É, ß, Ǆ and Σ too."
)


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def test_every_trigger_twin_finds_what_the_case_insensitive_trigger_finds() -> None:
    triggers = {g.TRIGGER, *g.NEAR.values()}
    lowered = _lowered(TEXT)
    assert lowered is not None and len(lowered) == len(TEXT)
    twins = 0
    for trigger in triggers:
        twin = _case_sensitive_twin(trigger)
        if twin is None:
            continue
        twins += 1
        assert not twin.flags & re.IGNORECASE
        assert _spans(twin, lowered) == _spans(trigger, TEXT), trigger.pattern
    assert twins >= len(triggers) - 2  # nearly every trigger is lower-case ASCII


def test_a_trigger_spelling_a_capital_keeps_its_case_insensitive_pattern() -> None:
    assert _case_sensitive_twin(re.compile(r"\b[QH][1-4]", re.I)) is None
    assert _case_sensitive_twin(re.compile(r"(?-i:may)day", re.I)) is None
    assert _case_sensitive_twin(re.compile(r"noon")) is None  # not case-insensitive to begin with


def test_irregular_case_folding_keeps_the_case_insensitive_search() -> None:
    # a long s and a dotless i match "s" and "i" case-insensitively but lower to themselves
    for text in ("Kastan left yeſterday for Orvik.", "Delvane spoke on Frıday in Port Alder."):
        assert _lowered(text) is None
        assert trigger_windows(text) == [(0, len(text))]
