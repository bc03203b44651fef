from __future__ import annotations

import pytest

from storyline.story.text import first_clause, is_headline_sentence


def test_text_first_clause_drops_opening_link_and_adverbial() -> None:
    s = "But during the long talks in Port Alder, the Kastan envoy rejected every proposal from Veloria."
    assert first_clause(s) == "The Kastan envoy rejected every proposal from Veloria."
    s = "Since the end of the border war, however, Veloria has repeatedly offered to reopen the crossings."
    assert first_clause(s) == "Veloria has repeatedly offered to reopen the crossings."


@pytest.mark.parametrize(
    "entry",
    [
        "May 23 , 2031 - Kastan troops enter the border town of Port Alder .",
        "23 May: Kastan troops enter the border town of Port Alder",
        "Friday, 23 May 2031 - Kastan troops enter the border town of Port Alder",
        "Aug. 23 - Kastan troops enter the border town of Port Alder",
    ],
)
def test_text_first_clause_drops_a_chronology_entrys_date(entry: str) -> None:
    assert first_clause(entry).startswith("Kastan troops enter the border town")


def test_text_first_clause_keeps_a_name_that_is_a_month() -> None:
    assert first_clause("May said on Monday that the talks would go on.").startswith("May said")


def test_text_first_clause_cuts_at_clause_boundary_and_keeps_one_line() -> None:
    s = "Kastan closed its northern gate to all traffic; traders said the queue of trucks grew overnight."
    assert first_clause(s) == "Kastan closed its northern gate to all traffic"
    long = (
        "The council of Veloria approved a new budget for the coastal provinces and the harbour districts, "
        "which opposition members said would leave the mountain towns without money for schools and roads."
    )
    out = first_clause(long)
    assert (
        out
        == "The council of Veloria approved a new budget for the coastal provinces and the harbour districts"
    )
    very_long = "Veloria " + "and Kastan traders argued over tariffs " * 30
    out = first_clause(very_long)
    assert len(out) <= 110 and out.endswith("…") and "\n" not in out
    assert out[:-1].split()[-1] not in {"and", "over", "the"}


def test_text_first_clause_never_leaves_an_unbalanced_quote() -> None:
    s = (
        "“We are ready to open every gate and every port between our two countries as soon as the "
        "parliament agrees to the plan,” the Kastan envoy told reporters in Port Alder on Friday."
    )
    out = first_clause(s)
    assert sum(out.count(q) for q in '"“”') % 2 == 0
    assert out.startswith("We are ready")


def test_text_first_clause_survives_garbage() -> None:
    for junk in ("", "   ", ";;;", "—", "x" * 5000, "\u202e\u202c", "But"):
        out = first_clause(junk)
        assert len(out) <= 110


def test_text_is_headline_sentence_rejects_fragments() -> None:
    assert is_headline_sentence("Veloria signs border treaty with Kastan")
    assert is_headline_sentence("Ilsa Marren visit to Port Alder")
    assert not is_headline_sentence("their readiness to to reopen talks")  # pronoun start, doubled word
    assert not is_headline_sentence("Kastan agreed to to talks")  # doubled word
    assert not is_headline_sentence("cooperation between Veloria")  # lower-case fragment
    assert not is_headline_sentence("Their offer")  # too short, pronoun
    assert not is_headline_sentence("Veloria " + "talks " * 20)  # not a one-liner
    assert not is_headline_sentence("Ilsa Marren met the trade envoys, then with")  # cut short
    assert not is_headline_sentence("Ilsa Marren praised the")


def test_text_is_headline_sentence_wants_a_verb_or_a_noun_with_its_complement() -> None:
    assert is_headline_sentence("Kastan froze its ties with Veloria")  # irregular past
    assert is_headline_sentence("Ilsa Marren will meet Tomas Brek")
    assert not is_headline_sentence("Ilsa Marren visit")  # a bare noun says nothing
    assert not is_headline_sentence("Ilsa Marren deal")
    assert not is_headline_sentence("Kastan to help")  # an infinitive is no headline
    assert not is_headline_sentence("Tomas Brek should the talks falter")  # modal before a determiner
    # with the actor known, its own words are not taken for the verb
    assert is_headline_sentence("Northern forces pushed into Port Alder", "Northern forces")
    assert not is_headline_sentence("Northern forces battling river pirates", "Northern forces")


def test_text_is_headline_sentence_bare_verb_only_when_it_needs_no_object() -> None:
    assert is_headline_sentence("Tomas Brek resigned")
    assert is_headline_sentence("Northern forces withdrew", "Northern forces")
    assert is_headline_sentence("Envoy Tomas Brek died")
    assert not is_headline_sentence("Tomas Brek denied")  # denied what?
    assert not is_headline_sentence("Veloria warned")
    assert not is_headline_sentence("Veloria demands")
    assert is_headline_sentence("Veloria demands talks with Kastan")


def test_text_first_clause_does_not_end_inside_a_list() -> None:
    s = (
        "On Friday, thousands of Kastani protesters wearing black shirts, face masks, and helmets gathered "
        "around the main police complex in Veloria, blocking its exits as they chanted slogans."
    )
    line = first_clause(s)
    assert not line.endswith("face masks")
    assert line.startswith(
        "Thousands of Kastani protesters wearing black shirts, face masks, and helmets gathered"
    )
    s = (
        "Thousands of Kastani protesters gathered around the main police complex in the capital of Veloria "
        "on Friday, and police responded with tear gas and water cannon across the city centre."
    )
    assert first_clause(s).endswith("on Friday")  # a clause after ", and" is still cut off


def test_text_is_headline_sentence_reads_the_doers_own_nouns_before_the_verb() -> None:
    # the name only modifies the doer: "officials" is its noun, not a verb, and "warned" needs an object
    assert not is_headline_sentence("Senior Kastan officials warned", "Kastan")
    assert is_headline_sentence("Senior Kastan officials warned Veloria", "Kastan")
    assert is_headline_sentence("Kastan's envoy resigned")
