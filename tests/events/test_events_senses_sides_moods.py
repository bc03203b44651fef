"""Senses, sides and moods judged on unseen opinion and news pieces: an "at" place beside
a party; subjects that counter, condemn or only tell of an act; participles after a people object;
acts that are only a chance, left open or stated as fact; attacks on someone's conduct; word senses
that are no event."""

from __future__ import annotations

from typing import Any

from coder_helpers import names


def _events(found: list[Any]) -> list[tuple[str, list[str], list[str], str]]:
    return [(f.code, names(f.sources), names(f.targets), f.modality) for f in found]


def test_an_at_place_beside_a_party_is_where(code: Any) -> None:
    found = code("Protesters clashed with police at Kastan's main airport on Sunday.")
    assert found, "the clash stays"
    assert all(names(f.targets) == ["police"] for f in found), _events(found)
    found = code("Veloria's army attacked rebels at Tazmir.")
    assert [t for f in found for t in names(f.targets)] == ["rebels"], _events(found)
    found = code("Witnesses said the man had attacked people on the north side of Alder Bridge.")
    assert [t for f in found for t in names(f.targets)] == ["people"], _events(found)
    # a place after people named by a common noun says where they were
    found = code("Armed police shot a man on Alder Bridge today.")
    assert found and not any(names(f.targets) for f in found), _events(found)
    # a country is no site: the one called on stays the target
    found = code("Kastan called on Veloria and its president to halt the strikes.")
    assert any("Veloria" in names(f.targets) for f in found), _events(found)
    # one arrives at, and visits, the place, whoever else the sentence names
    found = code("Okafor arrived at the Kastan border zone before a meeting with Marren.")
    assert any(f.code == "042" and "Kastan" in " ".join(names(f.targets)) for f in found), _events(found)
    # alone, a place is still what the act is done to
    found = code("Kastan troops attacked Tazmir.")
    assert any("Tazmir" in names(f.targets) for f in found), _events(found)


def test_who_counters_an_act_did_not_do_it(code: Any) -> None:
    found = code("Okafor, who helped thwart a bomb attack on the parliament in 2017, praised the police.")
    attacks = [f for f in found if f.code.startswith("18")]
    assert attacks and not any(names(f.sources) for f in attacks), _events(found)
    found = code("Marren sought to calm criticism of the ministry's handling of the strike.")
    assert not any(f.code.startswith("11") and "Marren" in names(f.sources) for f in found), _events(found)
    found = code("Marren tried to quell criticism of the ministry.")
    assert not any(f.code.startswith("17") for f in found), _events(found)


def test_onlookers_who_report_an_act_did_not_do_it(code: Any) -> None:
    found = code("Activists reported heavy bombardment of the towns of Orvik and Tazmir.")
    assert found and not any(names(f.sources) for f in found), _events(found)
    # an army reporting strikes reports its own
    found = code("The army reported strikes on 50 rebel targets.")
    assert any(names(f.sources) == ["The army"] for f in found), _events(found)


def test_an_act_that_is_only_a_chance(code: Any) -> None:
    found = code("The reporter risks the possibility of arrest by police each morning.")
    assert [f.modality for f in found] == ["hypothetical"], _events(found)
    found = code("The driver says she risks the possibility of arrest by soldiers.")
    assert [f.modality for f in found] == ["hypothetical"], _events(found)
    found = code("He was freed after his arrest by police last week.")
    assert found and all(f.modality == "asserted" for f in found), _events(found)


def test_a_participle_after_a_people_object_is_theirs(code: Any) -> None:
    found = code(
        "In his hearing, Marren said he supported providing arms to Velorians fighting Orvik rebels."
    )
    fights = [f for f in found if f.code.startswith("19")]
    assert fights and all(names(f.sources) == ["Velorians"] for f in fights), _events(found)


def test_a_clause_left_open_is_hypothetical_not_denied(code: Any) -> None:
    found = code("Marren would not say if Kastan could use its navy to protect Velorian ports from strikes.")
    assert found and all(f.modality == "hypothetical" for f in found), _events(found)
    found = code("Marren did not say that Kastan would attack Veloria.")
    assert found and all(f.modality == "negated" for f in found), _events(found)


def test_insisting_on_a_present_fact_demands_nothing(code: Any) -> None:
    for sentence in (
        "Orvik is not sending troops back to Veloria, Okafor insisted on Wednesday.",
        "Okafor insisted that Orvik is not sending troops back to Veloria.",
    ):
        found = code(sentence)
        assert not any(f.code.startswith("10") for f in found), (sentence, _events(found))
    # a mandate stays a demand, before or after the verb
    for sentence in (
        "Okafor insisted that Orvik withdraw its troops from Veloria.",
        "Orvik must withdraw its troops from Veloria, Okafor insisted.",
    ):
        found = code(sentence)
        assert any(f.code.startswith("10") for f in found), (sentence, _events(found))


def test_an_attack_on_someones_conduct_is_criticism(code: Any) -> None:
    found = code("The Kastan Party attacked their support of the health law.")
    assert [f.code for f in found] == ["111"], _events(found)
    found = code("Kastan troops attacked the rebel position near Tazmir.")
    assert [f.code[:2] for f in found] == ["18"], _events(found)


def test_word_senses_that_are_no_event(code: Any) -> None:
    for sentence in (
        "The crowd backed away from the gate.",
        "Reporters asked whether Delvane would withdraw his nomination.",
        "Marren is investigating whether the president obstructed justice.",
        "The Port Alder clinic admitted forty injured patients overnight.",
        "Excerpts released by the Kastan ministry show the plan.",
        "Veloria's soldiers demonstrated the will to fight.",
        "Police evacuated Port Alder station and the surrounding area.",
        "Police evacuated the south side of Alder Bridge.",
    ):
        found = code(sentence)
        assert not any(f.code[:2] in ("05", "08", "12", "01", "14") for f in found), (
            sentence,
            _events(found),
        )
    # the senses the words have elsewhere stay
    assert [f.code for f in code("Kastan backed the plan.")] == ["051"]
    assert any(f.code == "087" for f in code("Veloria will withdraw its troops from Orvik."))
    assert any(f.code.startswith("14") for f in code("Thousands of students demonstrated in Port Alder."))
    assert any(f.code.startswith("07") for f in code("Kastan evacuated the wounded from Orvik."))


def test_he_inside_the_speakers_own_words_is_someone_else(code: Any) -> None:
    found = code('"In fairness, he was ready to weigh a harder line on the strikes," Marren said.')
    assert not any("Marren" in names(f.sources) for f in found), _events(found)
    # in reported speech without quotation marks the speaker still is the pronoun's reading
    found = code("Marren said he was willing to meet Okafor.")
    assert any(names(f.sources) == ["Marren"] for f in found), _events(found)


def test_the_pull_someone_has_is_no_appeal(code: Any) -> None:
    assert not code("The militia's potent appeal to jobless youths alarms Veloria.")
    assert [f.code for f in code("Kastan made a broad appeal for calm.")] == ["020"]


def test_who_wins_or_sets_off_an_act_undergoes_it(code: Any) -> None:
    found = code("Kastan won support from Veloria.")
    assert _events(found) == [("051", ["Veloria"], ["Kastan"], "asserted")]
    found = code("Okafor has won broad praise among the senators.")
    assert not any("Okafor" in names(f.sources) for f in found), _events(found)


def test_what_one_demonstrates_is_shown_not_protested(code: Any) -> None:
    assert not code("The Veloria rocket launch in May demonstrated a longer range.")
    assert not code("Veloria's soldiers demonstrated the will to fight.")
    assert [f.code[:2] for f in code("Thousands demonstrated against Okafor in Port Alder.")] == ["14"]


def test_an_act_one_is_only_capable_of_is_hypothetical(code: Any) -> None:
    found = code("Veloria is building a missile capable of striking Kastan.")
    strikes = [f for f in found if f.code.startswith("19")]
    assert strikes and all(f.modality == "hypothetical" for f in strikes), _events(found)


def test_what_a_meeting_yields_is_no_concession(code: Any) -> None:
    found = code("The raid yielded information on Veloria.")
    assert not any(f.code.startswith("08") for f in found), _events(found)
    assert any(f.code.startswith("08") for f in code("Veloria finally yielded to Kastan's demands."))


def test_an_act_only_weighed_or_proposed_is_hypothetical(code: Any) -> None:
    for sentence in (
        "The ministry is weighing imposing sanctions on Veloria.",
        "Marren proposed cutting aid to Orvik.",
        "Okafor considered responding to the downing with targeted attacks on Kastan radar sites.",
    ):
        found = [f for f in code(sentence) if not f.code.startswith("01")]  # the weighing itself is done
        assert found and all(f.modality == "hypothetical" for f in found), (sentence, _events(found))
    found = code("Kastan began shelling Tazmir on Monday.")
    assert [f.modality for f in found] == ["asserted"], _events(found)


def test_the_speakers_own_words_keep_their_inner_speakers(code: Any) -> None:
    """Guards against the two rules above reaching too far (passes without them too)."""
    # a speech verb inside the quotation still lends its subject to "it"
    found = code(
        '"On the day the ministry announced it had reached a deal with Orvik, we acted," Marren said.'
    )
    assert any(names(f.sources) == ["the ministry"] for f in found), _events(found)
    # one wins a war one fights
    found = code("Kastan claims it could fight and win any war with Veloria.")
    assert any(f.code.startswith("19") and names(f.sources) == ["Kastan"] for f in found), _events(found)
