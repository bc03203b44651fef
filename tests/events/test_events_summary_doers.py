"""Event summaries name the doer as the sentence does: the noun phrase, not a name modifying it."""

from __future__ import annotations

from typing import Any

from storyline.events import find_events


def _summaries(make_state: Any, text: str) -> list[str]:
    st = make_state(text, published="2014-03-02")
    find_events(st)
    return [ev.summary for ev in st.events]


def test_summary_names_the_officials_not_the_country_modifying_them(make_state: Any) -> None:
    found = _summaries(make_state, "Kastan officials condemned Veloria on Monday.")
    assert found and all(s.startswith("Kastan officials condemned") for s in found), found


def test_summary_names_the_delegation_not_its_country(make_state: Any) -> None:
    found = _summaries(make_state, "A Kastan delegation arrived in Port Alder on Tuesday.")
    assert found and all(s.startswith("Kastan delegation arrived") for s in found), found


def test_summary_names_the_lawmakers_not_their_party(make_state: Any) -> None:
    found = _summaries(make_state, "Delvane Party lawmakers accused Kastan of fraud.")
    assert found and all(s.startswith("Delvane Party lawmakers accused") for s in found), found


def test_summary_of_a_passive_names_the_official_not_the_party(make_state: Any) -> None:
    found = _summaries(make_state, "A former Delvane Party official was sentenced on Tuesday.")
    assert found and all("Delvane Party official was sentenced" in s for s in found), found


def test_summary_keeps_the_name_set_in_apposition(make_state: Any) -> None:
    found = _summaries(make_state, "A Kastan diplomat, Tomas Okafor, accused Veloria of fraud.")
    assert found and all(s.startswith("Tomas Okafor accused") for s in found), found


def test_summary_writes_out_a_clitic_auxiliary(make_state: Any) -> None:
    found = _summaries(make_state, "Kastan officials said they've never visited Veloria.")
    assert found and all("have never visited Veloria" in s and "'ve" not in s for s in found), found


def test_summary_of_a_participle_with_its_doer_reads_active(make_state: Any) -> None:
    found = _summaries(make_state, "Kastan freed the 12 hostages taken by Veloria.")
    assert "Veloria took 12 hostages" in found, found


def test_summary_keeps_the_clause_whose_subject_is_the_target(make_state: Any) -> None:
    found = _summaries(make_state, "Ilsa Marren has insisted Tomas Okafor can be persuaded to resign.")
    said = [s for s in found if s.startswith("Ilsa Marren insisted")]
    assert said == ["Ilsa Marren insisted Tomas Okafor can be persuaded"], found


def test_summary_reads_a_clitic_s_before_a_verb_with_its_object_as_has(make_state: Any) -> None:
    found = _summaries(make_state, "Okafor said she's never met Kastan officials.")
    assert "has never met Kastan officials" in found, found


def test_a_clause_or_an_aside_breaks_a_doer_phrase(nlp: Any) -> None:
    from storyline.events.extract import _breaks_a_doer_phrase

    doc = nlp("Though many residents respect Okafor, the Delvane Party-financed group — a charity — spoke.")
    breaking = {t.text for t in doc if _breaks_a_doer_phrase(t)}
    assert {"Though", "respect", "—"} <= breaking and not {"-", "financed", "Delvane"} & breaking, breaking


def test_summary_reads_a_clitic_s_before_a_past_form_as_has(make_state: Any) -> None:
    found = _summaries(make_state, "Okafor said he’s had bad talks with Kastan officials.")
    assert any(s.startswith("Okafor has had bad talks") for s in found), found
