"""Coding, sides and summaries judged on unseen news (as15, session 14): a demand is told as the
speaker's words about the one asked, a passive read active takes the bare verb after a modal, an act
someone tears up or stops is not theirs, documents released free nobody, a gathering on whose sidelines
people meet is where, a treaty's name is no agreement made, and a few idioms that are no act."""

from __future__ import annotations

from typing import Any

from coder_helpers import events_in, names

_events = events_in


def test_a_demand_says_who_is_asked(make_state: Any) -> None:
    events = _events(make_state, "Marren said Veloria should quit the Orvik Union.")
    assert events
    for e in events:
        assert e.source_name == "Marren"
        assert e.summary.startswith("Marren said Veloria should quit"), e.summary
    # a party of the demand other than the one asked keeps its preposition
    events = _events(make_state, "Marren said Veloria should withdraw its troops from Port Alder.")
    alder = [e for e in events if e.target_name == "Port Alder"]
    assert alder and alder[0].summary.endswith("withdraw its troops from Port Alder"), alder[0].summary


def test_a_passive_read_active_takes_the_bare_verb_after_a_modal(make_state: Any) -> None:
    (e,) = _events(make_state, "Okafor could be pardoned by the Kastan president.")
    assert "could pardon Okafor" in e.summary, e.summary
    (e,) = _events(make_state, "Okafor will be questioned by Marren on Monday.")
    assert e.summary == "Marren will question Okafor", e.summary
    # a perfect keeps its participle
    (e,) = _events(make_state, "Okafor could have been pardoned by the Kastan president.")
    assert "could have pardoned Okafor" in e.summary, e.summary


def test_an_infinitive_perfect_keeps_its_have(make_state: Any) -> None:
    (e,) = _events(make_state, "Kastan is said to have threatened Veloria.")
    assert e.summary == "Kastan to have threatened Veloria", e.summary


def test_an_act_torn_up_or_stopped_is_not_made(code: Any) -> None:
    for text in (
        "Kastan tore up the trade deal with Veloria last year.",
        "Kastan upended the trade deal with Veloria.",
        "The new governor stopped the deployment of Kastan troops to Port Alder.",
    ):
        acts = [f for f in code(text) if f.trigger in ("deal", "trade deal", "deployment")]
        assert acts, text
        assert all(f.modality == "negated" for f in acts), (text, [f.modality for f in acts])
    # an act the subject carries out is still asserted
    acts = [f for f in code("Kastan signed a trade deal with Veloria.") if f.code.startswith("05")]
    assert all(f.modality == "asserted" for f in acts)


def test_documents_released_free_nobody(code: Any) -> None:
    for text in (
        "The Orvik council released Okafor's testimony on Friday.",
        "Kastan delayed the release of the memos to the Orvik council.",
    ):
        assert not [f for f in code(text) if f.code.startswith("084")], text
    # people released are
    assert [f for f in code("Kastan released three Orvik prisoners.") if f.code.startswith("084")]


def test_a_gathering_on_whose_sidelines_people_meet_is_where(make_state: Any) -> None:
    text = "Okafor held talks with Marren on the sidelines of the Orvik Economic Forum."
    events = [e for e in _events(make_state, text) if e.cameo_code.startswith("04")]
    assert events
    assert {e.target_name for e in events} <= {"Okafor", "Marren"}, [e.target_name for e in events]


def test_an_act_noun_closing_a_treatys_name_is_no_agreement(code: Any) -> None:
    text = "Kastan wants to revise the Velorian Free Trade Agreement with Orvik before the summer."
    assert not [f for f in code(text) if f.trigger == "agreement"], [(f.code, f.trigger) for f in code(text)]


def test_idioms_of_beating_are_no_assault(code: Any) -> None:
    for text in (
        "Okafor kept beating the drum for lower taxes.",
        "Kastan beat the deadline by a week.",
    ):
        assert not [f for f in code(text) if f.code.startswith("18")], text


def test_people_taken_hostage_are_the_target_without_the_word(make_state: Any) -> None:
    events = _events(make_state, "Militants took three Orvik engineers hostage on Monday.")
    hostage = [e for e in events if e.cameo_code == "181"]
    assert hostage and hostage[0].target_name == "Orvik engineers", [e.target_name for e in hostage]


def test_a_trigger_ending_in_its_preposition_says_what_for(make_state: Any) -> None:
    (e,) = _events(make_state, "Kastan officials attacked Okafor for his record.")
    assert e.cameo_code == "111" and e.summary.endswith("attacked Okafor for his record"), e.summary
    (e,) = _events(make_state, "Opposition leaders in Veloria attacked Okafor for failing to act.")
    assert not e.summary.endswith(" for"), e.summary


def test_a_passive_act_nouns_doer_is_the_one_condemned(make_state: Any, code: Any) -> None:
    text = "An attack by Kastan rebels on the Orvik embassy was condemned by Marren."
    (f,) = [f for f in code(text) if f.code == "111"]
    assert names(f.targets)[0] == "Kastan rebels", names(f.targets)
    events = [e for e in _events(make_state, text) if e.target_name == "Kastan"]
    assert events and events[0].summary == "Marren condemned an attack by Kastan rebels", events[0].summary


def test_an_act_only_brought_about_by_a_modal_verb_is_hypothetical(code: Any) -> None:
    (f,) = [f for f in code("Few things could cause Kastan to fight Veloria.") if f.code == "190"]
    assert f.modality == "hypothetical", f.modality
    found = code("Kastan generals are looking for new ways to strike Veloria.")
    strikes = [f for f in found if f.code.startswith("19")]
    assert strikes and all(f.modality != "asserted" for f in strikes), [f.modality for f in strikes]
    # a cause that came about is told as done
    (f,) = [f for f in code("The shelling caused Kastan to attack Veloria.") if f.code.startswith("18")]
    assert f.modality == "asserted", f.modality


def test_a_demand_of_a_pronoun_keeps_the_pronoun(make_state: Any) -> None:
    text = '"He must apologise to the Orvik council," Marren said.'
    events = [e for e in _events(make_state, text) if e.cameo_code.startswith("10")]
    assert events and all(" said he must apologise" in e.summary for e in events), [e.summary for e in events]


def test_a_stranded_or_pronoun_object_keeps_its_preposition(make_state: Any) -> None:
    (e,) = _events(make_state, "Marren promised to look into it.")
    assert e.summary.endswith("look into it"), e.summary
    # a preposition whose object the clause fronted stays ("officials Marren has spoken with")
    events = _events(make_state, "Two Kastan envoys Marren has spoken with denied the report.")
    assert all(e.summary.endswith("spoken with") for e in events if e.trigger == "speak with"), events


def test_a_side_opened_by_no_names_nobody(make_state: Any) -> None:
    for text in (
        "No Velorian farmer can be forced to sell land to Kastan.",
        "No Kastan soldier attacked the village.",
    ):
        events = _events(make_state, text)
        assert not [e for e in events if (e.source_name or "").startswith("No ")], text
        assert not [e for e in events if (e.target_name or "").startswith("No ")], text
        assert not [e for e in events if e.source_name == "Kastan"], text


def test_lacking_support_or_being_swayed_is_no_act(make_state: Any) -> None:
    for text in (
        "Okafor lacked the support of Veloria for the reform.",
        "The verdict weighed heavily with Marren.",
    ):
        events = _events(make_state, text)
        assert not [e for e in events if e.cameo_code in ("051", "014")], (text, [e.summary for e in events])


def test_a_passive_relative_clause_is_done_to_its_noun(make_state: Any) -> None:
    events = _events(make_state, "Okafor, who was arrested by Kastan police last year, was freed.")
    arrests = [e for e in events if e.cameo_code.startswith("17")]
    assert arrests and arrests[0].target_name == "Okafor", [(e.source_name, e.target_name) for e in arrests]


def test_meetings_one_faces_are_ones_own(code: Any) -> None:
    text = "Okafor faces tough meetings with Kastan leaders next month."
    (f,) = [f for f in code(text) if f.code.startswith("04")]
    assert names(f.sources) == ["Okafor"], names(f.sources)
    # a visit received is still done to the subject
    (f,) = [f for f in code("Okafor received a visit from the Kastan president.") if f.code.startswith("04")]
    assert names(f.targets) == ["Okafor"], names(f.targets)


def test_being_opposed_to_something_is_the_subjects_stance(code: Any) -> None:
    for text in (
        "Okafor is opposed to the Kastan plan.",
        "Marren, who is opposed to the Kastan deal, met Okafor.",
    ):
        (f,) = [f for f in code(text) if f.code == "110"]
        assert names(f.sources) in (["Okafor"], ["Marren"]), (text, names(f.sources))
    # opposed by someone is still done to the subject
    (f,) = [f for f in code("The plan was opposed by Kastan.") if f.code == "110"]
    assert names(f.sources) == ["Kastan"]


def test_a_relative_pronoun_invited_is_no_doer(make_state: Any) -> None:
    events = _events(
        make_state, "Okafor thanked Marren, who was invited to Port Alder to open the new bridge."
    )
    invites = [e for e in events if e.cameo_code.startswith("02")]
    assert invites and all(e.source_name != "who" for e in invites), [e.source_name for e in invites]
    assert invites[0].target_name == "Marren"


def test_being_engaged_in_talks_is_taking_part(code: Any) -> None:
    text = "Kastan, which is engaged in border talks with Orvik, sent an envoy to Port Alder."
    talks = [f for f in code(text) if f.code.startswith("04")]
    assert [names(f.sources) for f in talks] == [["Kastan"]], [(f.trigger, names(f.sources)) for f in talks]


def test_raids_someone_carries_out_are_force(code: Any) -> None:
    found = code("Kastan police conducted raids on three Orvik homes in Port Alder.")
    raids = [f for f in found if f.code.startswith("19")]
    assert raids and names(raids[0].sources), [(f.code, f.trigger) for f in found]
    # a raid named alone, with no one carrying it out, is no act between actors
    assert not [f for f in code("The Port Alder raid on Wednesday was bloody.") if f.sources or f.targets]
