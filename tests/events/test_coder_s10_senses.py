"""Coding errors of the kinds a judged sample of unseen news (session 10) showed, on invented sentences:
self-defence read as protection given, a leader's signature on a domestic law read as a treaty, faces and
problems recognised as states, money accepted as a promise to cooperate, vowed revenge read as
cooperation, leaving a treaty read as a troop withdrawal, and acts still owed read as done."""

from __future__ import annotations

from typing import Any

from coder_helpers import names, only, summary_of


def _codes(found: list[Any]) -> list[str]:
    return [f.code for f in found]


def _coded(found: list[Any], root: str) -> Any:
    hits = [f for f in found if f.code.startswith(root)]
    assert len(hits) == 1, summary_of(found)
    return hits[0]


# -- protection ---------------------------------------------------------------------------------------
def test_guarding_oneself_gives_no_protection(code: Any) -> None:
    found = code("Osk said Veloria needs to protect itself against Kastan and Brenn.")
    assert not [c for c in _codes(found) if c.startswith("07")], summary_of(found)
    found = code('"We have to protect ourselves with respect to Kastan and Veloria," Osk said.')
    assert not [c for c in _codes(found) if c.startswith("07")], summary_of(found)


def test_whom_protection_guards_against_is_no_target(code: Any) -> None:
    f = _coded(code("Kastan soldiers protected Brenn against Veloria."), "07")
    assert "Veloria" not in names(f.targets)
    # protection given to someone stays an act, with its target
    f = only(code("Kastan troops protected the Velorian embassy against rioters."))
    assert f.code == "074" and names(f.targets) == ["the Velorian embassy"]


# -- signatures -----------------------------------------------------------------------------------------
def test_signing_a_domestic_law_is_no_agreement(code: Any) -> None:
    assert "057" not in _codes(code("President Osk signed the bill into law on Friday."))
    assert "057" not in _codes(code("The measure will not take effect until signed by Prime Minister Osk."))
    assert "057" not in _codes(code("Osk signed an executive order on the Velorian border."))
    # a treaty between two sides is one
    assert _coded(code("Kastan and Veloria signed a trade agreement on Monday."), "05").code == "057"


# -- recognition ----------------------------------------------------------------------------------------
def test_recognising_a_face_or_a_problem_is_no_recognition(code: Any) -> None:
    assert "054" not in _codes(code("The prince recognized some wounded veterans he had met before."))
    assert "054" not in _codes(code("Osk clearly recognizes the profound qualms of the Kastan ministers."))
    assert only(code("Veloria recognized the independence of Kastan.")).code == "054"


def test_recognising_someone_as_an_office_in_a_conjunct_is_recognition(code: Any) -> None:
    text = "Reis declared himself interim president and is being recognized by Kastan as such."
    assert "054" in _codes(code(text)), summary_of(code(text))


def test_recognising_a_rivals_victory_concedes_it(code: Any) -> None:
    text = "The parliament approved a law recognizing victories by the Kastan opposition in local elections."
    assert _coded(code(text), "08").code.startswith("08")


# -- accepting --------------------------------------------------------------------------------------------
def test_accepting_money_or_blame_promises_no_cooperation(code: Any) -> None:
    assert "030" not in _codes(code("Osk accepted $15,000 from Brenn to pay off her debts."))
    assert "030" not in _codes(code("The Kastan institute accepts millions from Veloria."))
    assert "030" not in _codes(code("Osk accepted responsibility for the consequences."))
    assert "030" not in _codes(code("The Kastan army began accepting transgender recruits."))
    assert only(code("Osk accepted the Velorian proposal for talks.")).code == "030"


# -- threats ------------------------------------------------------------------------------------------------
def test_vowed_revenge_is_a_threat_and_its_reason_no_target(code: Any) -> None:
    f = only(code("President Osk vowed revenge for the killing of its citizens by Velorian rebels."))
    assert f.code.startswith("13")
    assert "its citizens" not in names(f.targets)
    f = only(code("Veloria vowed major retaliation for Brenn's death."))
    assert f.code.startswith("13") and f.targets == []


def test_vowing_someone_will_pay_dearly_threatens_them(code: Any) -> None:
    f = only(code("Osk vowed the Velorian rebels would pay a heavy price."))
    assert f.code.startswith("13") and names(f.targets) == ["the Velorian rebels"]
    found = code("Osk vowed that Veloria would pay dearly for the attack.")
    assert _codes(found) == ["130"], summary_of(found)  # the attack paid for is no attack of Veloria's
    assert names(found[0].targets) == ["Veloria"]
    # paying a bill is no threat
    assert not [
        c for c in _codes(code("Osk said Kastan would pay the bill for the embassy.")) if c[:2] == "13"
    ]


# -- withdrawing, withholding, granting -------------------------------------------------------------------
def test_leaving_a_treaty_reduces_relations(code: Any) -> None:
    f = only(code("Veloria withdrew from the 1987 treaty with Kastan."))
    assert f.code.startswith("16") and names(f.targets) == ["Kastan"]
    assert only(code("Kastan withdrew its troops from Veloria.")).code == "087"


def test_aid_held_back_and_visas(code: Any) -> None:
    assert only(code("Osk held back aid to Veloria for two months.")).code == "162"
    assert _coded(code("Osk cited Kastan's military support for the Velorian army."), "07").code == "072"
    assert code("Brenn was granted a visa by Kastan in 2014.") == []


# -- acts still owed --------------------------------------------------------------------------------------
def test_an_act_someone_needs_to_do_is_hypothetical(code: Any) -> None:
    assert only(code("Kastan needs to meet with Veloria soon.")).modality == "hypothetical"
    assert only(code("Kastan is supposed to meet Veloria in May.")).modality == "hypothetical"
    assert only(code('"We have to negotiate with Veloria," Osk said.')).modality == "hypothetical"
    # an obligation in the past was met
    assert only(code("Kastan had to negotiate with Veloria after the war.")).modality == "asserted"


def test_what_a_call_asks_for_is_hypothetical(code: Any) -> None:
    f = only(code("There have been calls for Kastan charities to cut their ties with Brenn."))
    assert f.code.startswith("16") and f.modality == "hypothetical"


# -- no act between actors ----------------------------------------------------------------------------------
def test_a_reporters_request_for_comment_asks_nothing(code: Any) -> None:
    text = "Kastan officials did not respond to the Velorian Times's requests for comment on the vote."
    assert not [c for c in _codes(code(text)) if c.startswith("02")], summary_of(code(text))
    assert _coded(code("Kastan rejected Veloria's request for talks."), "12").code.startswith("12")


def test_what_is_had_or_held_over_a_topic_is_no_act(code: Any) -> None:
    text = "Osk sees the qualms that the Kastan ministers have over the emerging deal with Veloria."
    assert all(f.coded_by != "lexicon+light" for f in code(text)), summary_of(code(text))
    assert only(code("Kastan has a deal with Veloria.")).code == "057"
    text = "The Kastan committee will hold a hearing with Osk on last year's attack on the embassy."
    assert all(f.coded_by != "lexicon+light" for f in code(text)), summary_of(code(text))
    assert only(code("Kastan held talks with Veloria on the border.")).code == "040"


def test_deaths_in_a_crash_are_no_killing(code: Any) -> None:
    text = "In 1999, a Velorian Air flight crashed into the ocean near Kastan, killing all 217 people aboard."
    assert not [c for c in _codes(code(text)) if c.startswith("18")], summary_of(code(text))
    found = code("The Kastan rebels stormed the town and killed 12 soldiers.")
    assert "1823" in _codes(found), summary_of(found)


def test_a_hotel_met_at_is_where_not_whom(code: Any) -> None:
    f = only(code("Osk met Brenn at the Alder Palace Hotel, an old masterpiece of the Kastan capital."))
    assert names(f.targets) == ["Brenn"]


def test_acts_only_hoped_for_or_foreseen_are_hypothetical(code: Any) -> None:
    assert only(code("Kastan remains keen to see negotiations with Veloria.")).modality == "hypothetical"
    assert only(code("Osk wants to see talks with Veloria.")).modality == "hypothetical"
    assert only(code("Osk saw the talks with Veloria as a failure.")).modality == "asserted"
    found = code("The strike set off fears of a potential war with Veloria.")
    assert _coded(found, "19").modality == "hypothetical"


def test_only_forces_are_reinforced(code: Any) -> None:
    assert code("The deal would actually reinforce these Velorian behaviors.") == []
    assert only(code("Kastan reinforced its troops along the Velorian border.")).code == "154"


def test_volunteering_for_an_uncoded_task_is_no_intent(code: Any) -> None:
    assert code('"He volunteers to walk point," Osk said.') == []
    assert only(code("Velorian citizens have volunteered to go to Kastan to fight.")).code.startswith("03")


def test_a_relative_clause_in_a_statement_is_no_intent(code: Any) -> None:
    found = code('Osk said he is certain of an outcome "that will be welcomed by all people."')
    assert not [f for f in found if f.code.startswith("03")], summary_of(found)
    assert only(code("Osk said Kastan will welcome the Velorian delegation.")).code.startswith("03")


def test_offering_details_or_committing_horrors_is_no_promise(code: Any) -> None:
    text = "The Kastan ministry identified a man feared dead in the crash but offered no other details."
    assert code(text) == []
    assert code("Osk's testimony offers the fullest timeline yet for the radicalization of Brenn.") == []
    found = code("Veloria will commit some other horror.")
    assert not [f for f in found if f.code.startswith("03")], summary_of(found)
    assert _coded(code("Kastan offered its troops to Veloria."), "03").code == "030"


def test_a_possessed_act_off_a_modal_verb_is_done(code: Any) -> None:
    found = code("The incident may be linked to Kastan's military support for the government of Veloria.")
    assert _coded(found, "07").modality == "asserted"
    assert _coded(code("Kastan could cancel its visit to Veloria."), "04").modality != "asserted"


def test_what_a_recording_shows_was_done(code: Any) -> None:
    found = code("In a videotaped sermon in 1999, Osk can be heard urging followers to attack Veloria.")
    assert _coded(found, "02").modality == "asserted"
    assert only(code("Kastan could attack Veloria.")).modality == "hypothetical"


def test_the_document_signed_and_the_plane_travelled_on_are_no_targets(code: Any) -> None:
    f = only(code("Kastan ratified the KVTA on Monday."))
    assert f.code == "057" and f.targets == []
    assert names(only(code("Kastan signed a treaty with Veloria.")).targets) == ["Veloria"]
    found = code("Osk confirmed that he had traveled on Brenn's private plane.")
    assert all("Brenn" not in " ".join(names(f.targets)) for f in found), summary_of(found)
    assert names(only(code("Osk traveled to Veloria on Monday.")).targets) == ["Veloria"]
