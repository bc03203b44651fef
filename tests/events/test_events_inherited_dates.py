"""A clause that inherits no day itself does not take its governing clause's inherited day either."""

from __future__ import annotations

from typing import Any

from storyline.events import find_events


def test_a_relative_clause_event_gets_no_inherited_day(make_state: Any) -> None:
    st = make_state(
        "Police in Port Alder arrested three protesters on Tuesday. "
        "Officers also detained Ada Marren, who criticised the mayor of Port Alder.",
        published="2020-02-07",
    )
    find_events(st)
    by_trigger = {e.trigger: e for e in st.events}
    assert by_trigger["detain"].date == "2020-02-04"  # the narrative day
    assert by_trigger["criticise"].date is None


def test_a_definite_event_noun_takes_the_date_of_an_act_of_its_own_word_family(make_state: Any) -> None:
    st = make_state(
        "Chile carried out air strikes on Peru on Friday. "
        "Chile launched an air campaign against Peru in September 2029. "
        "The Chilean president cited the border clashes as justification for the air strikes on Peru.",
        published="2031-04-09",
    )
    find_events(st)
    later = [e for e in st.events if e.sentence == 2 and e.cameo_code.startswith("19")]
    assert later, [(e.trigger, e.cameo_code) for e in st.events]
    # the strikes of Friday, not the campaign of 2029, though both are uses of force against Peru
    assert (later[0].date, later[0].date_source) == ("2031-04-04", "inferred")


def test_a_definite_event_noun_a_modal_verb_governs_takes_no_earlier_acts_date(make_state: Any) -> None:
    st = make_state(
        "From 2006 onwards the council passed five resolutions that imposed sanctions on Veloria. "
        "Kastan has since left the pact.\n\n"
        "\u201cThere's no reason the Kastan government can't just restore the sanctions from before the pact,\u201d "
        "the aide said.",
    )
    find_events(st)
    later = [e for e in st.events if e.sentence > 0 and e.cameo_code.startswith("16")]
    assert later, [(e.trigger, e.cameo_code) for e in st.events]
    # restoring them is a new act, not yet done: not the 2006 imposition the noun names
    assert (later[-1].date, later[-1].date_source) == (None, None)
