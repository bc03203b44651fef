"""Session 19 quote fixes (helper quotes20b, judged on unseen news), on invented text: a short label whose
article stands outside the marks, taken by a verb that neither speaks nor names, is the writer's scare
quote; who names in "what aides dubbed"; "it" after "X's government said" is the government, not the leader X; a
participle hung on a reported clause about a thing goes on with the reporter; "a way of saying" reports
nothing; a commentary speaks through "it"."""

from __future__ import annotations

from typing import Any

from quotes_helpers import holding, run, texts


def test_a_label_after_an_article_under_a_verb_of_doing_is_no_quote(nlp: Any) -> None:
    quotes = run(
        nlp,
        'As the Orvik party gained ground, Prime Minister Ana Delvane pulled an "autumn surprise" during the '
        "last days of the campaign by announcing that she would lift the toll.",
    )
    assert not [q for q in quotes if q.text == "autumn surprise"], texts(quotes)


def test_a_name_in_title_case_the_subject_introduced_stays_theirs(nlp: Any) -> None:
    quotes = run(
        nlp, 'The two harbour chiefs introduced the "War On Smugglers," which came with harsh tolls.'
    )
    assert holding(quotes, "War On Smugglers").speaker_name == "The two harbour chiefs"


def test_a_label_a_speech_verb_reports_stays_the_speakers(nlp: Any) -> None:
    quotes = run(nlp, 'Tomas Okafor said the town had become a "ghost port" after the strike.')
    assert holding(quotes, "ghost port").speaker_name == "Tomas Okafor"


def test_those_who_dubbed_a_thing_are_named_without_the_relative_what(nlp: Any) -> None:
    quotes = run(
        nlp,
        'The port office in May set up what aides dubbed a "storm room" in the basement of the harbour hall.',
    )
    assert holding(quotes, "storm room").speaker_name == "aides"


def test_it_after_a_leaders_government_speaks_for_the_government_not_the_leader(nlp: Any) -> None:
    quotes = run(
        nlp,
        "President Tomas Okafor met harbour chiefs in Port Alder on Sunday.",
        "Okafor's government said on Monday that all tolls would be lifted for the winter.",
        "It said a joint patrol will be set up to guard the bay.",
    )
    assert holding(quotes, "joint patrol").speaker_name == "Okafor's government"


def test_a_participle_after_a_reported_clause_about_a_thing_is_the_reporters(nlp: Any) -> None:
    quotes = run(
        nlp,
        "A Velorian trade official said the coverage in the state press had been constructive, indicating "
        'both sides felt there was "plenty of room" to reach a deal.',
    )
    partial = [q for q in quotes if q.kind == "partial" and q.text == "plenty of room"]
    assert [q.speaker_name for q in partial] == ["A Velorian trade official"], texts(quotes)


def test_a_way_of_saying_reports_nothing(nlp: Any) -> None:
    quotes = run(
        nlp,
        "The toll offered by Kastan is less about money and more a gesture, a way of saying the season is "
        "open and every boat must pay its share.",
    )
    assert not [q for q in quotes if "season is open" in q.text], texts(quotes)


def test_it_after_a_commentary_speaks_for_the_commentary(nlp: Any) -> None:
    quotes = run(
        nlp,
        'A commentary published by the Orvik Herald accused Veloria of "bullying" the fishermen of Port Alder.',
        '"Veloria is trying to squeeze an unfair deal out of the port, using tolls and threats," it said.',
    )
    assert holding(quotes, "unfair deal").speaker_name == "A commentary"
