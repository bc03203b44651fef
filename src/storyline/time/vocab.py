"""Closed word lists the time grammar is built from (months, weekdays, number words, units...).

The lists live in the package data file ``storyline/data/time_vocab.yaml`` and are read once, at
import; this module only gives them their Python types.
"""

from __future__ import annotations

from importlib import resources
from typing import Any

import yaml


def _load() -> dict[str, Any]:
    text = resources.files("storyline").joinpath("data/time_vocab.yaml").read_text(encoding="utf-8")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C parser when PyYAML has it
    data = yaml.load(text, Loader=loader)
    if not isinstance(data, dict):
        raise RuntimeError("storyline/data/time_vocab.yaml is not a mapping")
    return data


_DATA = _load()

MONTHS: dict[str, int] = {str(k): int(v) for k, v in _DATA["months"].items()}
AMBIGUOUS_MONTHS: frozenset[str] = frozenset(_DATA["ambiguous_months"])
WEEKDAYS: dict[str, int] = {str(k): int(v) for k, v in _DATA["weekdays"].items()}
NUMBER_WORDS: dict[str, float] = {str(k): float(v) for k, v in _DATA["number_words"].items()}
ORDINALS: dict[str, int] = {str(k): int(v) for k, v in _DATA["ordinals"].items()}
VAGUE_QUANTITIES: frozenset[str] = frozenset(_DATA["vague_quantities"])
# unit word -> (ISO duration letter, needs "T" prefix, granularity name)
UNITS: dict[str, tuple[str, bool, str]] = {
    str(k): (str(v[0]), bool(v[1]), str(v[2])) for k, v in _DATA["units"].items()
}
SEASONS: dict[str, str] = {str(k): str(v) for k, v in _DATA["seasons"].items()}
PARTS_OF_DAY: dict[str, str] = {str(k): str(v) for k, v in _DATA["parts_of_day"].items()}
HOLIDAYS: dict[str, tuple[int, int]] = {str(k): (int(v[0]), int(v[1])) for k, v in _DATA["holidays"].items()}
TIME_ZONES: dict[str, str] = {str(k): str(v) for k, v in _DATA["time_zones"].items()}


def is_zone_abbreviation(text: str) -> bool:
    """ "UTC", "GMT", "EST": a time zone as printed. Two-letter ones ("CT", "MT") are also state
    abbreviations, and a lower-case word ("cat", "eat") is a word."""
    return len(text) >= 3 and text.isupper() and text.lower() in TIME_ZONES


NUMBER_LABELS: frozenset[str] = frozenset(_DATA["number_labels"])
COUNT_NOUNS: frozenset[str] = frozenset(_DATA["count_nouns"])
# lower-case words that describe a newspaper before "daily" or "weekly" ("the state-run daily")
PRESS_MODIFIERS: frozenset[str] = frozenset(_DATA["press_modifiers"])
# car makes: a four-digit number right before one is a model year ("a 1987 Chevrolet")
VEHICLE_MAKES: frozenset[str] = frozenset(_DATA["vehicle_makes"])
# nouns of an age: "today's youth", "tomorrow's leaders" are the present or future at large, not a day
ERA_NOUNS: frozenset[str] = frozenset(_DATA["era_nouns"])
