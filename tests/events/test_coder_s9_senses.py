"""Coding errors of the kinds a judged sample of unseen news (session 9) showed, on invented sentences:
acts that were denied, called off, only weighed or intended; opinions read as accords; arguments read as
fights; pardons read as aid; a refusal to speak read as a rejection."""

from __future__ import annotations

from typing import Any

from coder_helpers import names, only, summary_of

from storyline.events import find_events


def _coded(found: list[Any], root: str) -> Any:
    hits = [f for f in found if f.code.startswith(root)]
    assert len(hits) == 1, summary_of(found)
    return hits[0]


# -- acts the text says did not happen ---------------------------------------------------------------
def test_an_act_its_doer_denies_is_negated_and_the_denial_stays(code: Any) -> None:
    found = code("Kastan denied attacking the Velorian embassy.")
    assert _coded(found, "01").code == "016"
    assert _coded(found, "18").modality == "negated"
    found = code("Kastan denied that its troops attacked the Velorian village.")
    assert _coded(found, "18").modality == "negated"
    found = code("Osk denied having met Brenn in Veloria.")
    assert _coded(found, "04").modality == "negated"


def test_an_act_done_alongside_a_denial_is_not_negated(code: Any) -> None:
    found = code("The Kastan ministry denied the report and said its troops attacked the rebels.")
    assert _coded(found, "18").modality == "reported"


def test_a_suggestion_never_made_asks_nothing(code: Any) -> None:
    found = code("Brenn said he had never suggested Osk should go to Veloria.")
    assert found and all(f.modality == "negated" for f in found), [(f.code, f.modality) for f in found]


def test_a_called_off_event_is_negated(code: Any) -> None:
    assert _coded(code("Osk scrapped the meeting with Brenn on Thursday."), "04").modality == "negated"
    assert _coded(code("The Kastan president aborted a pact with Veloria."), "05").modality == "negated"


def test_what_none_was_got_of_is_negated(code: Any) -> None:
    found = code("Osk said Kastan won't extract any concession from Veloria.")
    assert _coded(found, "08").modality == "negated"


# -- acts only weighed, wanted, arranged or intended ------------------------------------------------
def test_an_act_only_weighed_or_argued_for_is_hypothetical(code: Any) -> None:
    found = code("The Kastan administration first mulled sanctions on Veloria during a briefing.")
    assert _coded(found, "16").modality == "hypothetical"
    assert _coded(code("Kastan will need military support from Veloria."), "07").modality != "asserted"
    # a definite act wanted or discussed is one that is there
    found = code("Kastan hard-liners, who never wanted the nuclear deal with Veloria, gained power.")
    assert _coded(found, "05").modality == "asserted"


def test_a_plan_or_willingness_to_act_is_no_act(code: Any) -> None:
    found = code("President Osk has signaled a willingness to meet with Velorian officials.")
    assert _coded(found, "04").modality == "planned"
    found = code("Friday was when thousands of Kastan protesters were to storm the Velorian embassy.")
    assert _coded(found, "19").modality == "planned"
    found = code("A Kastan source said there is no plan to increase sanctions on Veloria.")
    assert all(f.modality != "asserted" for f in found), [(f.code, f.modality) for f in found]


def test_an_attempted_act_is_still_the_act(code: Any) -> None:
    found = code("An attempt to assassinate the Velorian governor was thwarted by Kastan police.")
    assert _coded(found, "18").modality == "asserted"


def test_a_clause_a_hypothetical_control_verb_allows_is_hypothetical(code: Any) -> None:
    found = code("Kastan protested a bill that would have allowed Veloria to extradite people.")
    assert _coded(found, "06").modality == "hypothetical"


def test_a_conjunct_with_a_tense_of_its_own_keeps_its_own_mood(code: Any) -> None:
    found = code("Osk would have faced sanctions from Veloria but resigned before the vote.")
    assert _coded(found, "083").modality == "asserted"
    found = code("Kastan could attack Veloria and seize the Velorian border posts.")
    assert {f.modality for f in found} == {"hypothetical"}, [(f.code, f.modality) for f in found]


# -- opinions and arguments ---------------------------------------------------------------------------
def test_agreeing_that_something_is_so_is_no_accord(code: Any) -> None:
    assert code("Kastan agreed that the Velorian election was unfair.") == []
    assert code("Velorian scientists largely agree it came from animals.") == []
    assert code("Osk agreed with Brenn.") == []
    assert _coded(code("Kastan and Veloria agreed that troops would withdraw by May."), "03").code == "030"
    assert _coded(code("Kastan agreed to a ceasefire with Veloria."), "03").code == "030"


def test_a_clash_between_persons_over_an_idea_is_an_argument(code: Any) -> None:
    f = only(code("Senator Osk clashed with Brenn over the Velorian tax plan."))
    assert f.code == "110" and names(f.targets) == ["Brenn"]
    assert only(code("Kastan troops clashed with Velorian rebels near the border.")).code == "190"
    assert only(code("Police clashed with Velorian protesters in the capital.")).code == "190"


def test_attacking_an_investigation_is_words(code: Any) -> None:
    assert only(code("Osk attacked the Velorian investigation as a witch hunt.")).code == "111"
    assert only(code("Kastan troops attacked the Velorian convoy.")).code == "180"


def test_recognising_that_something_is_so_is_no_recognition(code: Any) -> None:
    assert code("Kastan students are recognizing that they too can run for office.") == []
    assert only(code("Kastan recognized Veloria as an independent state.")).code == "054"


def test_a_refusal_to_speak_is_a_declined_comment(code: Any) -> None:
    assert only(code("A Kastan spokesman declined to comment.")).code == "011"
    assert only(code("Osk declined to give details of the talks with Brenn.")).code == "011"
    # refusing what was asked stays a rejection
    assert only(code("Kastan declined the Velorian offer.")).code.startswith("12")


def test_insisting_on_a_day_that_something_is_so_demands_nothing(code: Any) -> None:
    assert code("Osk insisted on Tuesday that the two countries were unified.") == []
    assert only(code("Osk insisted on talks with Veloria.")).code == "100"


# -- words of another sense ---------------------------------------------------------------------------
def test_a_pardon_clemency_or_amnesty_forgives_and_gives_no_aid(code: Any) -> None:
    assert only(code("Osk granted Brenn Velorian a full and unconditional pardon.")).code == "056"
    assert only(code("She was granted clemency by the Kastan president.")).code == "056"
    assert only(code("Kastan granted amnesty to the Velorian rebels.")).code == "056"
    assert only(code("Kastan granted aid to the Velorian rebels.")).code == "070"


def test_a_hazard_warning_is_no_threat(code: Any) -> None:
    assert code("The Kastan weather service issued a hurricane warning for the Velorian coast.") == []
    assert only(code("Kastan issued a warning to Veloria.")).code == "130"


def test_hailing_from_a_place_praises_nobody(code: Any) -> None:
    found = code("Osk, who hails from Veloria, met Brenn.")
    assert [f.code for f in found] == ["040"]


def test_welcoming_someone_to_a_place_hosts_a_visit(code: Any) -> None:
    f = only(code("Osk welcomed Brenn to his resort in Veloria."))
    assert f.code == "043" and names(f.targets) == ["Brenn"]
    assert only(code("Osk welcomed the Velorian decision.")).code == "051"


def test_reimposed_sanctions_are_sanctions(code: Any) -> None:
    assert only(code("The Kastan government reimposed sanctions on Veloria.")).code == "163"


# -- one event per actor pair --------------------------------------------------------------------------
def test_two_words_for_one_person_make_one_event(make_state: Any) -> None:
    state = make_state(
        "Mira Osk testified in Kastan on Monday. At the trial, she was questioned on her clothing, "
        "and her drinking.",
        published="2020-03-02",
    )
    find_events(state)
    rows = [(e.sentence, e.start, e.cameo_code, e.source_name, e.target_name) for e in state.events]
    assert len(rows) == len(set(rows)), rows


def _rows(make_state: Any, text: str) -> list[tuple[str, str | None, str | None]]:
    state = make_state(text, published="2020-03-02")
    find_events(state)
    return [(e.cameo_code, e.source_name, e.target_name) for e in state.events]


def test_software_is_no_doer(make_state: Any) -> None:
    rows = _rows(make_state, "The app banned hundreds of Kastan officials last week.")
    assert all(src is None for _, src, _ in rows), rows


def test_a_quakes_magnitude_is_no_doer(make_state: Any) -> None:
    rows = _rows(
        make_state,
        "Aftershocks of an earthquake with reported magnitude 6.3 that struck southern Kastan on "
        "Wednesday have raised the toll.",
    )
    assert all(src is None for _, src, _ in rows), rows


def test_a_strike_on_a_place_is_an_attack_and_a_strike_on_a_day_is_not(code: Any) -> None:
    f = _coded(code("The Kastan president authorized a limited strike on Veloria."), "19")
    assert names(f.targets) == ["Veloria"]
    assert _coded(code("Velorian teachers began a strike on Monday."), "14").code == "143"
