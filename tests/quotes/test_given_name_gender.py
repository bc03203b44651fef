"""A pronoun's speaker found through the gender of a given name (data/cues_first_names.txt)."""

from __future__ import annotations

from typing import Any

import pytest
from quotes_helpers import run


@pytest.mark.parametrize(
    ("pronoun", "speaker"),
    [("she", "Dahlia Veloria"), ("he", "Bryant Okafor")],
)
def test_pronoun_speaker_follows_the_given_names_gender(nlp: Any, pronoun: str, speaker: str) -> None:
    """Neither person has an honorific or a gendered title: only the given name tells who "she" is."""
    paragraphs = (
        "Dahlia Veloria has run the ferry company in Port Alder for nine years.",
        "Bryant Okafor, a councillor, inspected the new pier on Tuesday.",
        f'"The winter timetable will not change," {pronoun} said.',
    )
    direct = [q for q in run(nlp, *paragraphs) if q.kind == "direct"]
    assert [q.speaker_name for q in direct] == [speaker]
