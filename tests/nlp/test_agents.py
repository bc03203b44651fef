"""The non-agent word list read on parsed heads: kinds, names, and phrases that name their owner."""

from __future__ import annotations

from typing import Any

import pytest

from storyline.nlp.agents import cannot_act, non_agent_kind, stands_for_nobody


def _subject(nlp: Any, text: str) -> Any:
    doc = nlp(text)
    return next(t for t in doc if t.dep_ in ("nsubj", "nsubjpass"))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The virus spread quickly.", "never"),
        ("COVID-19 closed the schools.", "never"),
        ("Hurricane Maria hit the island.", "never"),
        ("The market warned of losses.", "never"),
        ("Nothing prevents a deal.", "never"),
        ("The missile struck a school.", "instrument"),
        ("The blasts killed three people.", "instrument"),
        ("Israeli missiles struck a school.", None),
        ("Russia's jets bombed the town.", None),
        ("Government warplanes bombed the town.", None),
        ("The major economies agreed on a plan.", None),
        ("The report said the talks failed.", None),
        ("The ministry said the talks failed.", None),
        ("Protesters demanded new elections.", None),
        ("The think tank said the talks failed.", None),
        ("The tank fired on the crowd.", "instrument"),
        ("Velorian law allowed three days for mourning.", "never"),
        ("The new regulation bans imports.", "never"),
        ("The moment demands courage.", "never"),
        ("The wiretap information uncovered an attack.", "never"),
        ("The Kastan Law Society said the talks failed.", None),
    ],
)
def test_kind_of_subject(nlp: Any, text: str, kind: str | None) -> None:
    assert non_agent_kind(_subject(nlp, text)) == kind


def test_an_owned_force_stands_for_its_owner(nlp: Any) -> None:
    doc = nlp("Norway pledged aid to China's economy.")
    economy = next(t for t in doc if t.lower_ == "economy")
    assert cannot_act(economy) and not stands_for_nobody(economy)
