"""Coding errors of the kinds a judged sample of real news showed, on sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from coder_helpers import names, only, only_code, summary_of


def test_a_deal_struck_in_a_relative_clause_is_no_use_of_force(code: Any) -> None:
    found = code("Veloria praised the deal the Kastan government has struck with its neighbours.")
    assert not any(f.code[:2] in ("18", "19", "20") for f in found), summary_of(found)
    assert only_code(code("The Kastan army struck rebel positions near the border.")) == "190"


def test_according_to_is_no_accord(code: Any) -> None:
    found = code("Turnout in Kastan had reached 95 percent, according to Veloria's election data.")
    assert found == [], summary_of(found)


def test_a_pattern_word_is_taken_once_and_never_from_an_infinitive(code: Any) -> None:
    (f,) = [
        f for f in code("The Kastan envoys travelled to Veloria to meet the president.") if f.code == "042"
    ]
    tos = [t for t in f.tokens if t.lower_ == "to"]
    assert len(tos) == 1 and tos[0].dep_ == "prep", [(t.text, t.dep_) for t in f.tokens]


def test_a_month_name_is_no_march(code: Any) -> None:
    found = code("The Kastan opposition is scheduled to continue its campaign on March 10.")
    assert not any(f.code.startswith("14") for f in found), summary_of(found)
    assert only_code(code("Thousands of Kastan students staged a march against Veloria.")).startswith("14")


def test_a_yes_no_question_reports_no_act(code: Any) -> None:
    assert code("Had the Kastan federation ever warned Veloria about the vote?") == []
    assert code("Can Veloria attack Kastan without a vote?") == []
    # a wh-question takes the act for granted
    assert only_code(code("Why did Kastan attack Veloria?"))[:2] == "18"


def test_a_time_phrase_noun_is_not_a_light_verbs_act(code: Any) -> None:
    found = code("The Kastan president ordered three days of mourning after the strike.")
    assert not any("strike" in f.trigger for f in found), summary_of(found)


def test_taking_place_is_no_event_whatever_follows(code: Any) -> None:
    found = code("The debate between the Kastan candidates took place in Veloria after the march.")
    assert found == [], summary_of(found)


def test_whoever_receives_an_act_is_its_target_not_its_doer(code: Any) -> None:
    f = next(
        f for f in code("The Kastan president received sharp criticism on Monday.") if f.code[:2] == "11"
    )
    assert f.sources == [] and names(f.targets) == ["The Kastan president"]
    f = next(f for f in code("Kastan faced new sanctions from Veloria.") if f.code[:2] == "16")
    assert names(f.sources) == ["Veloria"] and names(f.targets) == ["Kastan"]


def test_whoever_witnesses_or_justifies_an_act_did_not_do_it(code: Any) -> None:
    assert code("Tomas Reyes witnessed the attack on the market.") == []
    assert code("The Kastan defence ministry justified the strike.") == []
    # a doing verb keeps its subject as the noun's doer
    f = only(code("Kastan launched an attack on Veloria."))
    assert names(f.sources) == ["Kastan"] and names(f.targets) == ["Veloria"]


def test_the_possessor_of_an_arrest_or_release_is_who_undergoes_it(code: Any) -> None:
    f = only(code("After Tomas Reyes's release from prison, the party grew."))
    assert f.code.startswith("084") and f.sources == [] and [t.text for t in f.targets] == ["Reyes"]
    # with an "of" phrase the possessor did it
    f = only(code("Kastan's arrest of three journalists angered many."))
    assert [t.text for t in f.sources] == ["Kastan"] and [t.text for t in f.targets] == ["journalists"]


def test_a_from_phrase_names_who_is_behind_support_or_accusations(code: Any) -> None:
    f = only(code("There were accusations from both Kastan and Veloria."))
    assert [t.text for t in f.sources] == ["Kastan", "Veloria"] and f.targets == []
    # after a withdrawal it says where from
    f = only(code("The withdrawal of troops from Veloria began."))
    assert f.sources == [] and "Veloria" in [t.text for t in f.targets]


def test_a_call_for_something_is_an_appeal_not_a_phone_call(code: Any) -> None:
    found = code("Tomas Reyes underlined the call for cooperation with Veloria.")
    assert any(f.trigger.endswith("call") and f.code[:2] == "02" for f in found), summary_of(found)
    assert only_code(code("Tomas Reyes made a phone call to Veloria.")) == "041"


def test_it_in_reported_speech_does_not_stand_for_the_person_speaking(code: Any) -> None:
    found = code("Marie Dalton said Kastan will be able to trade freely as it will protect its farmers.")
    assert not any(names(f.sources) == ["Marie Dalton"] for f in found), [
        (f.code, names(f.sources)) for f in found
    ]
    f = only(code("Kastan said it would attack Veloria."))
    assert names(f.sources) == ["Kastan"]


def test_a_priority_or_an_emergency_is_no_doer(code: Any) -> None:
    f = only(code("My priority will be to protect the people of Kastan."))
    assert f.sources == []
    f = only(code("The storm caused an emergency which cut supplies to Veloria."))
    assert f.sources == []


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Reyes did not commit a crime in Veloria.",
        "The Kastan league did not release the identity of the player.",
        "Marie Dalton sought the nomination of the Kastan labour party.",
        "The Kastan national hospital returned to normal on Sunday.",
        "The Kastan league suspended its basketball season on Wednesday.",
    ],
)
def test_phrases_of_real_news_that_are_no_event(code: Any, text: str) -> None:
    assert code(text) == [], summary_of(code(text))


def test_who_met_or_came_is_the_of_phrase_of_a_meeting_or_visit(code: Any) -> None:
    f = next(f for f in code("Tomas Reyes spoke to a meeting of the Kastan central committee.") if f.nominal)
    assert [t.text for t in f.sources] == ["committee"] and f.targets == []
    f = only(code("The visit of the Kastan president to Veloria was cancelled."))
    assert [t.text for t in f.sources] == ["president"] and [t.text for t in f.targets] == ["Veloria"]


def test_an_agreement_between_two_sides_is_one_with_the_other(code: Any) -> None:
    f = only(code("They said the maritime agreement between Kastan and Veloria is void."))
    assert [t.text for t in f.sources] == ["Kastan"] and [t.text for t in f.targets] == ["Veloria"]


def test_signing_an_open_letter_is_no_agreement(code: Any) -> None:
    found = code("Over 100 Kastan experts signed an open letter on Monday.")
    assert not any(f.code.startswith("05") for f in found), summary_of(found)
    assert only_code(code("Kastan and Veloria signed a treaty.")) == "057"


def test_a_pardon_forgives_and_a_denied_visa_is_a_refusal(code: Any) -> None:
    assert only_code(code("Kastan granted a pardon to Tomas Reyes.")) == "056"
    assert only_code(code("Veloria denied a visa to the Kastan envoy."))[:2] == "12"


def test_whoever_asked_for_a_trip_is_not_its_target(code: Any) -> None:
    f = only(code("Marie Dalton travelled to Veloria at the request of the Kastan president."))
    assert [t.text for t in f.targets] == ["Veloria"]
    f = only(code("Veloria protested at the arrest of Kastan diplomats."))
    assert [t.text for t in f.targets] == ["diplomats"]
