"""Sentence-level coding: constructions, actors, modality (sentences written for these tests)."""

from __future__ import annotations

from typing import Any

import pytest
from coder_helpers import names, only

from storyline.events.coder import actor_span


def test_coder_active_clause_source_and_target(code: Any) -> None:
    f = only(code("Germany criticised Poland on Tuesday."))
    assert f.code == "111"
    assert names(f.sources) == ["Germany"] and names(f.targets) == ["Poland"]
    assert f.modality == "asserted"


def test_coder_passive_clause_swaps_roles(code: Any) -> None:
    f = only(code("The embassy in Lima was attacked by rioters."))
    assert f.code[:2] == "18"
    assert names(f.sources) == ["rioters"]
    assert "embassy" in names(f.targets)[0]


def test_coder_coordinated_subjects_are_all_sources(code: Any) -> None:
    f = only(code("Peru and Chile signed a trade pact."))
    assert f.code == "057"
    assert names(f.sources) == ["Peru", "Chile"]


def test_coder_control_verb_composes_intent(code: Any) -> None:
    f = only(code("Norway agreed to restore relations with Iceland."))
    assert f.code == "032"
    assert names(f.targets) == ["Iceland"]
    assert f.coded_by == "lexicon+control"


def test_coder_object_control_makes_the_object_the_target(code: Any) -> None:
    f = only(code("Brazil urged Argentina to resume negotiations."))
    assert f.code == "026"
    assert names(f.sources) == ["Brazil"] and names(f.targets) == ["Argentina"]


def test_coder_light_verb_takes_the_noun_meaning(code: Any) -> None:
    f = only(code("The envoy held talks with the Kenyan president."))
    assert f.code[:2] == "04"
    assert names(f.targets) == ["the Kenyan president"]
    g = only(code("Japan launched air strikes against the militants."))
    assert g.code == "195" and names(g.sources) == ["Japan"] and names(g.targets) == ["the militants"]


def test_coder_nominal_event_with_possessor_and_target(code: Any) -> None:
    found = code("Canada's air strikes against the rebels angered Ottawa's critics.")
    strikes = [f for f in found if f.code == "195"]
    assert len(strikes) == 1
    assert names(strikes[0].sources) == ["Canada"] and names(strikes[0].targets) == ["the rebels"]
    assert strikes[0].coded_by == "noun-lexicon"


def test_coder_unknown_predicate_gives_no_event(code: Any) -> None:
    assert code("The minister ate a sandwich with the ambassador.") == []
    assert code("") == []


def test_coder_negated_and_hypothetical_modality(code: Any) -> None:
    assert only(code("Spain did not criticise Portugal.")).modality == "negated"
    assert only(code("Italy would criticise France.")).modality == "hypothetical"
    assert code("If Kenya attacks Uganda, the region will suffer.") == []  # a condition is not an event


def test_coder_planned_modality_for_future_and_schedules(code: Any) -> None:
    assert only(code("The president will visit Ghana.")).modality == "planned"
    assert only(code("The two ministers meet today to discuss trade.")).modality == "planned"
    f = only(code("The envoy is set to hold talks with the king."))
    assert f.modality == "planned" and names(f.sources) == ["The envoy"]


def test_coder_reported_modality_inside_reported_speech(code: Any) -> None:
    f = only(code("Officials said the army had arrested twelve students."))
    assert f.code == "173" and f.modality == "reported"


def test_coder_stated_future_cooperation_is_an_intent(code: Any) -> None:
    f = only(code("Egypt said it will send aid to Sudan."))
    assert f.code[:2] == "03"
    assert names(f.sources) == ["Egypt"]  # "it" inside Egypt's statement is Egypt


def test_coder_demand_that_clause_targets_its_subject(code: Any) -> None:
    f = only(code("Ghana demanded that Togo release the prisoners."))
    assert f.code == "1053"
    assert names(f.sources) == ["Ghana"] and names(f.targets)[0] == "Togo"


def test_coder_survives_garbage(code: Any) -> None:
    for text in ['"""', "ŝ̸̡̛͖ ✓✓✓ \u200b\u200b", "said said said " * 50, "(((((" * 20]:
        assert isinstance(code(text), list)


def test_coder_press_for_and_make_a_visit(code: Any) -> None:
    f = only(code("Chile pressed for a fresh start to relations with Peru."))
    assert f.code[:2] == "02" and names(f.sources) == ["Chile"] and names(f.targets) == ["Peru"]
    g = only(code("The queen made a visit to Kenya."))
    assert g.code == "042" and names(g.targets) == ["Kenya"]


def test_coder_nominal_object_of_a_light_verb(code: Any) -> None:
    f = only(code("Canada announced the suspension of talks with Iran."))
    assert f.code[:2] == "16" and names(f.sources) == ["Canada"] and names(f.targets) == ["Iran"]


def test_coder_dated_participle_is_its_own_event(code: Any) -> None:
    found = code("Peru restored ties with Chile, suspended last year after a border dispute.")
    codes = sorted(f.code[:2] for f in found)
    assert codes == ["05", "16"]
    suspended = next(f for f in found if f.code[:2] == "16")
    assert names(suspended.targets) == ["Chile"] and suspended.sources == []


def test_coder_purpose_and_condition_clauses_are_not_events(code: Any) -> None:
    f = only(code("Police opened fire to disperse the crowd."))
    assert f.code == "193"
    found = code("Iran will attack Iraq unless Iraq withdraws its troops.")
    assert [x.code[:2] for x in found] == ["18"]
    assert found[0].modality == "planned"


def _parsed(nlp: Any, words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Any:
    """A Doc with a parse given by hand: the parser's slips these tests cover vary between models."""
    from spacy.tokens import Doc

    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)


def test_coder_list_cut_into_an_apposition_keeps_every_name(nlp: Any) -> None:
    from storyline.events.coder import _conjuncts

    # "Peru, the Andes, Chile and Kenya ..." parsed as Peru <-appos- Andes -conj-> Chile, Kenya
    doc = _parsed(
        nlp,
        ["Peru", ",", "the", "Andes", ",", "Chile", "and", "Kenya", "protested"],
        [8, 0, 3, 0, 3, 3, 5, 5, 8],
        ["nsubj", "punct", "det", "appos", "punct", "conj", "cc", "conj", "ROOT"],
        ["PROPN", "PUNCT", "DET", "PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN", "VERB"],
    )
    assert [t.text for t in _conjuncts(doc[0])] == ["Peru", "Andes", "Chile", "Kenya"]
    assert actor_span(doc[0]) == (0, 1)  # the list is not part of the first name
    # a real apposition stays part of the name and adds no actor
    doc2 = _parsed(
        nlp,
        ["Lena", "Park", ",", "the", "envoy", ",", "protested"],
        [1, 6, 1, 4, 1, 1, 6],
        ["compound", "nsubj", "punct", "det", "appos", "punct", "ROOT"],
        ["PROPN", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB"],
    )
    assert [t.text for t in _conjuncts(doc2[1])] == ["Park"]
    assert actor_span(doc2[1]) == (0, 5)


def test_coder_two_subjects_of_one_verb_are_read_as_one_list(nlp: Any) -> None:
    from storyline.events.coder import _subject_of

    # "Old rivals Peru and Chile restored ...": a descriptor parsed as a second subject is dropped
    doc = _parsed(
        nlp,
        ["Old", "rivals", "Peru", "and", "Chile", "restored", "ties"],
        [1, 5, 5, 2, 2, 5, 5],
        ["amod", "nsubj", "nsubj", "cc", "conj", "ROOT", "dobj"],
        ["ADJ", "NOUN", "PROPN", "CCONJ", "PROPN", "VERB", "NOUN"],
    )
    assert [t.text for t in _subject_of(doc[5])] == ["Peru", "Chile"]
    # "Farmers, miners, and Peru welcomed ...": a list cut in two keeps both halves
    doc2 = _parsed(
        nlp,
        ["Farmers", ",", "miners", ",", "and", "Peru", "welcomed", "it"],
        [6, 0, 0, 0, 0, 6, 6, 6],
        ["nsubj", "punct", "conj", "punct", "cc", "nsubj", "ROOT", "dobj"],
        ["NOUN", "PUNCT", "NOUN", "PUNCT", "CCONJ", "PROPN", "VERB", "PRON"],
    )
    assert [t.text for t in _subject_of(doc2[6])] == ["Farmers", "miners", "Peru"]


@pytest.mark.parametrize(
    "text", ["Chile has broken relations with Peru.", "Chile will abandon diplomatic ties with Peru."]
)
def test_coder_breaking_or_abandoning_relations_reduces_relations(code: Any, text: str) -> None:
    f = only(code(text))
    assert f.code == "161"
    assert names(f.sources) == ["Chile"] and names(f.targets) == ["Peru"]


def test_coder_newsroom_credit_is_not_an_event(code: Any) -> None:
    assert code("Lena Park contributed to this report.") == []
    f = only(code("Norway contributed troops to the mission."))
    assert f.code[:2] == "07"


def test_coder_rulings_and_forces_of_nature_are_not_doers(code: Any) -> None:
    assert all(not f.sources for f in code("The ruling blocked Peru's request."))
    assert all(not f.sources for f in code("Warm water is attacking the ice shelves."))


def test_coder_relative_pronoun_in_a_coordinated_clause_names_the_noun(code: Any) -> None:
    found = code("Officials named the fighters who crossed the border or who have attacked Peru.")
    attack = [f for f in found if f.code[:2] == "18"]
    assert attack and names(attack[0].sources) == ["the fighters"]


def test_coder_attack_for_a_reason_is_criticism(code: Any) -> None:
    assert only(code("Chile attacked Peru for failing to pay its debts.")).code == "111"
    assert only(code("Critics attacked the minister for his decision.")).code == "111"
    assert only(code("Rebels attacked Peru for the third time.")).code[:2] == "18"


def test_coder_receiving_needs_a_visitor(code: Any) -> None:
    assert code("The senator received treatment at a hospital.") == []
    f = only(code("Peru received a delegation from Chile."))
    assert f.code == "043"


def test_coder_military_strike_noun_is_not_a_labour_strike(code: Any) -> None:
    mil = only(code("Chile mounted a preemptive strike against Peru."))
    assert mil.code[:2] == "19"
    labour = [f for f in code("The union called a general strike against the government.") if f.nominal]
    assert all(f.code == "143" for f in labour)


def test_coder_figurative_battles_use_no_force(code: Any) -> None:
    assert code("Chile and Peru waged a fierce diplomatic battle over the treaty.") == []
    assert code("The trade war between Chile and Peru escalated.") == []
    assert only(code("Chile waged war against Peru.")).code[:2] == "19"


def test_coder_figurative_strike_is_no_attack(code: Any) -> None:
    assert code("The Kastan trade minister struck a more cautious tone on Monday.") == []
    assert code("Veloria's envoy struck a conciliatory note after the vote.") == []
    assert only(code("The Kastan army struck rebel positions near the border.")).code == "190"


def test_coder_pair_meeting_in_a_city_takes_no_place_target(code: Any) -> None:
    # "A and B met in Lisbon": A met B; the city says where, it is not the other side
    f = only(
        code("Foreign Minister Ilsa Marren and her counterpart Tomas Reyes met in Port Alder on Monday.")
    )
    assert f.code[:2] == "04" and len(f.sources) == 2 and f.targets == []
    # one side alone meeting in a city keeps the host place as target (CAMEO's convention)
    f = only(code("Ilsa Marren met in Port Alder on Monday."))
    assert names(f.targets) == ["Port Alder"]


@pytest.mark.parametrize(
    "text",
    [
        "The Kastan news agency called the election for Tomas Reyes on Saturday.",
        "The government of Kastan executed a planned shutdown of public services.",
        "The new software meets their needs.",
        "The Kastan trade ministry released a report on Friday.",
        "Tomas Reyes shared an update on the forum.",
    ],
)
def test_coder_phrases_that_are_no_event(code: Any, text: str) -> None:
    # each verb alone is an event ("executed three men", "met the envoy", "released prisoners")
    assert code(text) == [], [(f.code, f.trigger) for f in code(text)]


def test_coder_the_same_verbs_with_their_event_objects_still_code(code: Any) -> None:
    assert only(code("Kastan executed three prisoners on Tuesday.")).code == "1823"
    assert only(code("Kastan released three prisoners.")).code == "084"
    assert only(code("Veloria shared intelligence with Kastan.")).code == "064"


def test_coder_an_instruction_to_the_reader_is_no_event(code: Any) -> None:
    assert code("Visit our main page for more news about Kastan.") == []
    assert code("Please help the refugees of Kastan.") == []
    assert only(code("Kastan helped the refugees of Veloria.")).code[:2] == "07"


def test_coder_meeting_demands_is_yielding_not_a_meeting(code: Any) -> None:
    assert only(code("Kastan met the strikers' demands on Friday.")).code[:2] == "08"
    f = only(code("Kastan would not meet the kidnappers' demands."))
    assert f.code[:2] == "08" and f.modality == "negated"
    assert (
        only(code("Kastan said it would not meet the kidnappers' demands.")).code[:2] == "12"
    )  # a stated refusal
