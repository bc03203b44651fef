"""Judged on as19 (session 18): a word the parser splits at its hyphen ("cease-fire") is told whole in the
summary."""

from __future__ import annotations

from typing import Any

from coder_helpers import events_in, names


def _sides(events: list[Any]) -> list[tuple[str, str | None, str | None, str, str]]:
    return [(e.cameo_code, e.source_name, e.target_name, e.modality, e.summary) for e in events]


def test_a_hyphenated_act_noun_is_told_whole(make_state: Any) -> None:
    text = "The fragile cease-fire between Kastan and Veloria held through the night."
    events = [e for e in events_in(make_state, text) if e.cameo_code.startswith("087")]
    assert events and all("cease-fire" in e.summary for e in events), _sides(events)


def test_for_example_completes_no_verb_pattern(code: Any) -> None:
    found = code("Marren pushed back on the new levies on Orvik farms, for example, with a tax of her own.")
    assert not [f for f in found if f.code == "020"], [(f.code, f.trigger) for f in found]
    assert [f.code for f in code("Marren pushed for new levies on Orvik farms.")] == ["020"]


def test_the_threat_of_an_actor_is_its_threat(code: Any) -> None:
    for text, doer in (
        ("The threat of Veloria worries the Kastan government.", "Veloria"),
        ("Okafor said the threat of the Orvik Republic had grown.", "the Orvik Republic"),
    ):
        found = [f for f in code(text) if f.code.startswith("13")]
        assert [(names(f.sources), names(f.targets)) for f in found] == [([doer], [])], text
    # the act feared is no threat its doer made
    found = [
        f for f in code("Okafor said the pact ended the threat of a Kastan invasion.") if f.code == "130"
    ]
    assert found and not [f for f in found if f.sources], [names(f.sources) for f in found]


def test_trying_a_thing_is_no_trial(code: Any) -> None:
    assert not [f for f in code("Marren tried archery at a festival in Veloria.") if f.code == "173"]
    assert [f.code for f in code("A Kastan court tried the general for war crimes.")] == ["173"]
    assert [f.code for f in code("The judge tried the case against Okafor.")] == ["173"]


def test_no_longer_denies_the_act(code: Any) -> None:
    assert [f.modality for f in code("Kastan and Veloria no longer agree on the border.")] == ["negated"]
    assert [f.modality for f in code("Kastan no longer supports the Veloria government.")] == ["negated"]
    assert [f.modality for f in code("Kastan has supported Veloria longer than anyone.")] == ["asserted"]


def test_committing_to_an_act_is_an_intent_to_do_it(make_state: Any) -> None:
    events = events_in(make_state, "Kastan has committed to protecting civilians in Veloria.")
    assert [(e.cameo_code, e.source_name) for e in events] == [("0334", "Kastan")], _sides(events)
    assert "committed to protecting civilians" in events[0].summary, _sides(events)


def test_a_copula_read_as_a_progressive_is_no_plan(code: Any) -> None:
    found = code("Okafor's only crime was organizing protests against the Kastan government.")
    assert [(f.code, names(f.sources), f.modality) for f in found] == [("140", ["Okafor"], "asserted")]
    found = code("The Delvane group is organizing a protest against Kastan.")
    assert [f.modality for f in found] == ["planned"]
