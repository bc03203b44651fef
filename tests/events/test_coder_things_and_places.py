"""Who the act is done to: things, places and times are no targets; statements are no demands.

Real-news errors of session 8 (judged samples), on invented sentences: a target that is a thing
("criticised the Ninth Amendment", "restrict Velorian dollars"), a place named only as where
("met at Port Alder"), what a thing is for ("backed a hospital for miners"), and verbs read
in a sense the sentence does not have ("insisted that X would ...", "discussed the harvest").
"""

from __future__ import annotations

from typing import Any

import pytest
from coder_helpers import names, only, summary_of

from storyline.events import find_events


def _targets(found: list[Any]) -> list[str]:
    return [n for f in found for n in names(f.targets)]


# -- things ---------------------------------------------------------------------------------------------


def test_a_law_or_event_is_no_target(code: Any) -> None:
    found = code("Kastan criticised the Ninth Amendment to the Velorian Constitution.")
    assert only(found).code == "111"
    assert only(found).targets == []


def test_a_clock_time_is_no_target(code: Any) -> None:
    found = only(code("Kastan met Velorian envoys at 0430 GMT on Tuesday."))
    assert names(found.targets) == ["Velorian envoys"]


def test_a_nationality_before_money_names_no_target(code: Any) -> None:
    found = code("The Kastan president vowed to restrict Velorian dollars flowing to the rebels.")
    restrict = [f for f in found if f.code.startswith("172")]
    assert restrict and restrict[0].targets == []


def test_a_coordinated_thing_beside_an_actor_is_no_target(code: Any) -> None:
    found = code("Kastan backs Veloria and its aid to the rebels.")
    support = [f for f in found if names(f.sources) == ["Kastan"]]
    assert [names(f.targets) for f in support] == [["Veloria"]]


def test_what_a_toured_place_is_for_is_no_target(code: Any) -> None:
    # a tour of a thing visits no one: no target, so no visit either
    assert code("The Kastan minister toured a new school for Velorian orphans.") == []


def test_aid_for_someone_keeps_its_target(code: Any) -> None:
    found = only(code("Kastan delivered food aid for Velorian refugees."))
    assert any("refugees" in n for n in names(found.targets))


def test_an_owner_before_a_proposal_is_still_the_target(code: Any) -> None:
    found = only(code("Kastan rejected a Velorian proposal for talks."))
    assert any("Velorian" in n for n in names(found.targets))


# -- places -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Kastan and Velorian presidents met at Port Alder on Friday.",
        "Some 500 farmers rallied at Liberty Square in support of the Kastan premier.",
    ],
)
def test_a_place_named_with_at_is_where_not_whom(code: Any, text: str) -> None:
    assert not any("Alder" in n or "Square" in n for n in _targets(code(text)))


# -- verbs in another sense ---------------------------------------------------------------------------


def test_insisting_that_something_is_so_demands_nothing(code: Any) -> None:
    assert code("The Kastan minister insisted that Veloria would regret the tariffs.") == []
    assert only(code("The Kastan minister insisted that Veloria withdraw its troops.")).code.startswith("10")


def test_discussing_with_nobody_is_no_consultation(code: Any) -> None:
    assert code("The Kastan president discussed the harvest at length.") == []
    assert only(code("The Kastan president discussed trade with the Velorian president.")).code == "040"


def test_attacking_a_person_for_something_is_criticism(code: Any) -> None:
    found = only(code("The Kastan president attacked Mira Osk for the Velorian floods."))
    assert found.code == "111"
    assert names(found.targets) == ["Mira Osk"]  # the reason's words name nobody attacked
    assert only(code("Rebels attacked the Kastan town for the third time.")).code.startswith("18")


def test_a_released_photo_is_no_release(code: Any) -> None:
    assert code("Ana Berg viewed a photo released by the Kastan news agency.") == []


def test_calling_a_state_for_a_candidate_is_no_appeal(code: Any) -> None:
    assert code("Two television networks called Alder for Mira Osk on Friday.") == []
    assert only(code("Kastan called for talks with Veloria.")).code.startswith("02")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Kastan minister offered warm praise to Veloria.", ["051"]),
        ("The Kastan minister pleaded guilty to fraud.", []),
        ("The Kastan president suffered a cardiac arrest during the parade.", []),
    ],
)
def test_phrases_whose_words_say_another_act(code: Any, text: str, expected: list[str]) -> None:
    assert [f.code for f in code(text)] == expected, summary_of(code(text))


# -- who speaks is not who acts -------------------------------------------------------------------------


def test_they_in_one_persons_words_is_not_that_person(code: Any) -> None:
    found = only(code('Tomas Brenn said: "they demand a ban on Velorian grain."'))
    assert names(found.sources) == ["they"]


def test_it_after_a_country_in_the_reported_words_is_not_the_speaker(code: Any) -> None:
    text = "The Kastan foreign ministry said Veloria's army is ready and it will protect the border."
    assert all("ministry" not in n for f in code(text) for n in names(f.sources))


def test_his_sister_is_not_him(make_state: Any) -> None:
    state = make_state(
        "Tomas Brenn was arrested in Kastan on Monday. His sister urged the Kastan government to free him.",
        published="2020-03-02",
    )
    find_events(state)
    requests = [e for e in state.events if e.cameo_code.startswith("025")]
    assert requests and all(e.source_name != "Tomas Brenn" for e in requests)


def test_meeting_a_thing_is_no_meeting(code: Any) -> None:
    assert code('Mira Osk said on the show "Meet the Press" that aid must stop.') == []
    assert only(code("The Kastan president met the Velorian envoy.")).code == "040"


def test_attacking_an_idea_is_criticism(code: Any) -> None:
    assert only(code("Mira Osk attacked the Velorian plan on Monday.")).code == "111"


def test_a_place_inside_an_at_phrase_is_where(code: Any) -> None:
    found = only(code("Mira Osk and Tomas Brenn met on Friday at the old mill town of Alder."))
    assert found.targets == []


def test_a_speech_participle_speaks_for_its_clauses_subject(code: Any) -> None:
    found = code("Mira Osk praised the harvest, adding that farmers should rest.")
    demands = [(names(f.sources), names(f.targets)) for f in found if f.code == "100"]
    assert demands == [(["Mira Osk"], ["farmers"])]


def test_calling_on_a_country_keeps_it_as_target(code: Any) -> None:
    found = only(code("Tomas Brenn called on Kastan to stop its grain exports."))
    assert names(found.targets) == ["Kastan"]


def test_a_site_left_from_is_where(code: Any) -> None:
    found = only(code("The Kastan army launched the new mission yesterday from the Alder Bridge."))
    assert found.targets == []


def _pipeline(make_state: Any, text: str) -> list[tuple[str, str | None, str | None]]:
    state = make_state(text, published="2020-03-02")
    find_events(state)
    return [(e.cameo_code, e.source_name, e.target_name) for e in state.events]


def test_two_agreeing_with_something_did_not_agree_with_each_other(make_state: Any) -> None:
    events = _pipeline(
        make_state, "Tomas Brenn proposed a grain tax, with which Mira Osk and Ana Berg agreed."
    )
    assert ("030", "Mira Osk", "Ana Berg") not in events
    # agreeing with a proposal states a view: no accord at all (tests/events/test_coder_s9_senses.py)
    assert not any(e[0] == "030" for e in events)
    assert _pipeline(make_state, "Mira Osk and Ana Berg agreed on Monday.") == [
        ("030", "Mira Osk", "Ana Berg")
    ]


def test_a_trip_to_no_one_is_no_visit(code: Any) -> None:
    assert code("Mira Osk went to the back of the hall after the speech.") == []
    assert only(code("Mira Osk went to Kastan on Monday.")).code.startswith("042")


def test_considering_something_as_so_is_no_deliberation(code: Any) -> None:
    assert code("Velorian judges consider the claims of Mira Osk as false.") == []


def test_what_a_backed_thing_is_for_is_no_target(code: Any) -> None:
    found = only(code("Kastan backed a new hospital for Velorian miners."))
    assert found.code == "051" and found.targets == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mira Osk said he is trying.", []),
        ("Kastan tried the Velorian general on Monday.", ["173"]),
        ("Velorian farmers are happy to share.", []),
        ("Many Velorian students who are questioning stayed home.", []),
        ("Kastan questioned the Velorian decision.", ["110"]),
    ],
)
def test_verbs_that_need_what_they_are_done_to(code: Any, text: str, expected: list[str]) -> None:
    assert [f.code for f in code(text)] == expected, summary_of(code(text))


def test_two_things_meeting_a_description_is_no_meeting(code: Any) -> None:
    assert code("Few Velorian ports or harbours meet the new design.") == []


def test_the_one_called_on_is_the_target_not_what_an_uncoded_complement_names(code: Any) -> None:
    found = only(code("Mira Osk called on Velorian police to watch Kastan smugglers."))
    assert names(found.targets) == ["Velorian police"]


def test_a_coded_complement_gives_the_appeal_no_second_target(code: Any) -> None:
    found = only(code("Mira Osk urged the Velorian army to attack the Kastan rebels."))
    assert names(found.targets) == ["the Velorian army"]
