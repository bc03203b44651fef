"""Event summaries keep what the act was done to and read as the sentence means: no victim swapped for
the owner of its phrase, no plural noun read as a verb, no day or relative pronoun lost as the object."""

from __future__ import annotations

from typing import Any

from storyline.events import find_events


def _summaries(make_state: Any, text: str) -> list[str]:
    st = make_state(text, published="2014-03-05")
    find_events(st)
    return [ev.summary for ev in st.events]


def test_summary_of_a_passive_keeps_the_victims_not_their_owner(make_state: Any) -> None:
    text = "Tomas Okafor, a farmer near Port Alder, says three people from his village were killed in May."
    found = _summaries(make_state, text)
    killed = [s for s in found if s.endswith("were killed")]
    assert killed and not any(s.startswith("Tomas Okafor were") for s in killed), found
    assert "three people from Tomas Okafor's village were killed" in killed, found


def test_summary_of_a_plural_act_noun_does_not_read_as_a_verb(make_state: Any) -> None:
    text = "Ilsa Marren released a short film on farming in May 2031 in tandem with visits to Veloria."
    found = _summaries(make_state, text)
    assert "Ilsa Marren's visits to Veloria" in found, found


def test_summary_does_not_take_a_day_for_the_object(make_state: Any) -> None:
    text = "Governor Ilsa Marren also called on Thursday for the port board to publish its accounts."
    found = _summaries(make_state, text)
    assert found and not any("Thursday" in s for s in found), found
    assert not any(s.endswith(" on") for s in found), found


def test_summary_keeps_the_object_of_a_relative_clause(make_state: Any) -> None:
    text = (
        "The appeal came from Pia Delvane, the Veloria reporter whom the Orvik Front took hostage"
        " on the coast road, according to her family."
    )
    found = _summaries(make_state, text)
    assert "Orvik Front took Veloria reporter hostage" in found, found


def test_summary_gives_no_possessive_to_a_doer_modifying_the_noun(make_state: Any) -> None:
    found = _summaries(make_state, "Kastani attacks on Veloria grew in March.")
    assert "Kastani attacks on Veloria" in found, found


def test_summary_of_a_passive_keeps_the_whole_joined_subject(make_state: Any) -> None:
    text = "Rebels stormed the consulate in Orvik, where Consul Tomas Okafor and two guards were killed."
    found = _summaries(make_state, text)
    killed = [s for s in found if s.endswith("were killed")]
    assert killed and all("Tomas Okafor and two guards were killed" in s for s in killed), found


def test_summary_gives_no_possessive_to_a_doer_acting_on_the_noun(make_state: Any) -> None:
    found = _summaries(make_state, "Riot police crushed street demonstrations by the Orvik minority.")
    assert found and not any("'s demonstrations" in s for s in found), found


def test_summary_takes_no_relative_object_of_a_verb_below_the_trigger(make_state: Any) -> None:
    text = "The writing of a new charter, which the Kastan army has promised to oversee, is slow."
    found = _summaries(make_state, text)
    assert found and not any("charter" in s for s in found), found


def test_summary_of_a_passive_on_a_later_conjunct_keeps_the_whole_subject(make_state: Any) -> None:
    found = _summaries(
        make_state, "Police said five students and Tomas Okafor were arrested near Orvik in May."
    )
    assert found and all(s == "five students and Tomas Okafor were arrested" for s in found), found
