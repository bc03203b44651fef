"""Headlines: an event summary heads an entry only when it says what its sentence says; a sentence's
main clause survives asides between dashes and relative clauses after its subject."""

from __future__ import annotations

from handmade import CorpusBuilder, make_event

from storyline.story import build_timeline
from storyline.story.text import clean_summary, first_clause, summary_fits_sentence


def test_an_act_on_a_persons_thing_is_no_act_on_the_person() -> None:
    sentence = "President Ilsa Marren signed Brek's bill into law in 2031."
    assert not summary_fits_sentence("Ilsa Marren signed Tomas Brek", "Ilsa Marren", sentence)
    assert summary_fits_sentence(
        "Ilsa Marren signed Tomas Brek", "Ilsa Marren", "Marren signed Brek in 2031."
    )


def test_a_summary_that_drops_the_to_of_its_verb_lost_the_object() -> None:
    sentence = "Veloria's army chief requested tanks to reinforce the mission in Port Alder."
    assert not summary_fits_sentence("Veloria requested reinforce", "Veloria", sentence)
    assert summary_fits_sentence("Veloria requested tanks", "Veloria", sentence)


def test_a_verbless_summary_needs_the_noun_to_be_the_actors() -> None:
    theirs = "The leaders of six Kastan towns who meet with Marren will ask for aid."
    assert not summary_fits_sentence("Kastan meet with Ilsa Marren", "Kastan", theirs)
    own = "Brek's visit to Port Alder ended the dispute."
    assert summary_fits_sentence("Tomas Brek visit to Port Alder", "Tomas Brek", own)
    pronoun = "Tomas Brek said his visit to Port Alder ended the dispute."
    assert summary_fits_sentence("Tomas Brek visit to Port Alder", "Tomas Brek", pronoun)


def test_a_summary_with_a_clause_dash_or_an_open_bracket_is_broken() -> None:
    sentence = "Members of the Alder movement returned to the streets, hoping to sway the council."
    assert not summary_fits_sentence("Members of the Alder movement — hoping", None, sentence)
    assert not summary_fits_sentence("Kastan Council (KC criticized the move", "Kastan Council", sentence)


def test_clean_summary_drops_the_stub_of_a_split_hyphenated_word() -> None:
    assert clean_summary("Marren lifted the -long arms embargo") == "Marren lifted the arms embargo"
    assert (
        clean_summary("Marren lifted the long-standing embargo") == "Marren lifted the long-standing embargo"
    )


def test_first_clause_drops_an_aside_between_dashes() -> None:
    s = "Members of the Alder movement — which won the vote in 2030 — returned to the streets on Sunday."
    assert first_clause(s) == "Members of the Alder movement returned to the streets on Sunday."


def test_first_clause_drops_a_relative_clause_after_the_subject() -> None:
    s = (
        "Council chair Tomas Brek, who has pressed the ministry for a year to punish the officials who "
        "ignored the warnings, reacted sharply to the decision by Veloria's foreign minister."
    )
    assert first_clause(s).startswith("Council chair Tomas Brek reacted sharply to the decision")
    # after a verb, ", which" still ends the clause
    s = "Kastan closed its northern gate on Monday to all traffic from Veloria and the coast, which angered the traders."
    assert (
        first_clause(s)
        == "Kastan closed its northern gate on Monday to all traffic from Veloria and the coast"
    )


def test_timeline_headline_skips_an_event_summary_its_sentence_does_not_say() -> None:
    b = CorpusBuilder()
    text = "On Monday, President Ilsa Marren signed Brek's bill on the Alder dam into law in Port Alder."
    b.article("d1", "2031-03-04", [text, "The dam will flood the valley."])
    b.timex("d1", 0, "Monday", "2031-03-03")
    ev = make_event(
        "ev1",
        "2031-03-03",
        "Ilsa Marren",
        "Tomas Brek",
        2.0,
        1,
        [b.cite("d1", 0)],
        summary="Ilsa Marren signed Tomas Brek",
    )
    b.corpus.events.append(ev)
    entry = next(e for e in build_timeline(b.corpus) if e.date == "2031-03-03")
    assert entry.headline != "Ilsa Marren signed Tomas Brek"
    assert entry.headline.startswith("President Ilsa Marren signed Brek's bill")


def test_first_clause_keeps_the_opening_phrase_a_pronoun_clause_needs() -> None:
    s = "In his first trial in 2019, he was defended by the young lawyer Ilsa Marren of Port Alder."
    assert first_clause(s).startswith("In his first trial in 2019, he was defended")
    s = "On Monday, the Kastan council voted to close the northern gate."
    assert first_clause(s) == "The Kastan council voted to close the northern gate."


def test_a_summary_that_jumps_from_its_verb_to_a_preposition_lost_the_object() -> None:
    sentence = "In June, the Kastan ministry sought permission from the Alder court to open an inquiry."
    assert not summary_fits_sentence("Kastan ministry sought from Alder court", "Kastan ministry", sentence)
    # only times may stand between the verb and its preposition
    sentence = "Marren spoke Wednesday morning with Brek about the dam."
    assert summary_fits_sentence("Ilsa Marren spoke with Tomas Brek", "Ilsa Marren", sentence)


def test_an_aside_opened_by_during_is_dropped_not_cut_before() -> None:
    line = (
        "A Kastan clerk told the Orvik Herald that Okafor, during a harbour tour late last winter,"
        " looked tired of the endless berth disputes."
    )
    headline = first_clause(line)
    assert "Okafor looked tired" in headline, headline
