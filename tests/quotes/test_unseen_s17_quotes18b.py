"""Session 17 quote fixes (helper quotes18b), on invented text: a noun compound read as a verb ("think
tank") leaves the appositive's head person the speaker; a question put in a vague crowd's mouth under
"may" and an event's name after "held" are no quotes; reported words never start inside a hyphenated
word, nor stop at a possessive "'s" read as "is" or before the bracket they opened; what a bare "that"
suggests is the writer's inference; a comma inside a closing mark leaves the quoted words to their verb."""

from __future__ import annotations

from typing import Any

from quotes_helpers import holding, run


def test_a_think_tank_in_an_apposition_does_not_speak(nlp: Any) -> None:
    quotes = run(
        nlp,
        '"The first effect of the levy is that the council can raise fees at will, but it still needs '
        'the board to approve it," Marek Delvane, a fiscal expert at the Kastan Center for Harbour Studies '
        "think tank, tweeted late on Monday.",
    )
    assert holding(quotes, "raise fees at will").speaker_name == "Marek Delvane"


def test_a_question_a_vague_crowd_may_be_asking_is_no_quote(nlp: Any) -> None:
    quotes = run(nlp, 'Many residents of Port Alder may be asking, "Why did the ferry stop?"')
    assert not [q for q in quotes if "ferry stop" in q.text]


def test_a_named_speaker_asking_is_still_quoted(nlp: Any) -> None:
    quotes = run(nlp, 'Ines Delvane, the mayor of Port Alder, asked, "Why did the ferry stop?"')
    assert holding(quotes, "ferry stop").speaker_name == "Ines Delvane"


def test_the_name_of_an_event_held_is_no_quote(nlp: Any) -> None:
    quotes = run(
        nlp,
        'Thousands of dock workers held a "day of action" in Port Alder on Friday, while the mayor stayed home.',
    )
    assert not [q for q in quotes if q.text == "day of action"]


def test_reported_words_do_not_start_inside_a_hyphenated_word(nlp: Any) -> None:
    quotes = run(
        nlp,
        "Investigators in Veloria concluded that its co-pilot cut the fuel and steered the ferry onto "
        "the rocks.",
        "The board said the co-owner of the yard had sold the ferry.",
    )
    assert holding(quotes, "cut the fuel").text.startswith("its co-pilot")
    assert holding(quotes, "had sold the ferry").text.startswith("the co-owner")


def test_a_possessive_read_as_is_does_not_end_the_reported_words(nlp: Any) -> None:
    quotes = run(
        nlp,
        "\u201cWe will soon be ending our contract\u201d with the Orvik Line, the mayor said, adding that the "
        "organization\u2019s more than $40 million yearly fee will be handed to rival ferry firms.",
    )
    q = holding(quotes, "organization\u2019s")
    assert q.text.endswith("will be handed to rival ferry firms")


def test_reported_words_keep_the_closing_bracket_they_opened() -> None:
    from storyline.quotes.find import _past_its_closing_bracket

    text = "Orvik said the yard can fit one on a cargo vessel (LRCV). Then it closed."
    end = text.index(")")
    assert _past_its_closing_bracket(text, text.index("the yard"), end) == end + 1
    # a bracket the words never opened stays outside them
    assert _past_its_closing_bracket("a (b) c) d", 5, 7) == 7


def test_what_a_bare_that_would_suggest_is_the_writers_reasoning(nlp: Any) -> None:
    quotes = run(
        nlp,
        "It would be odd if the mayor of Port Alder kept a diary, because that would suggest she is a "
        "patient planner.",
    )
    assert not [q for q in quotes if "patient planner" in q.text]


def test_a_study_that_suggests_still_speaks(nlp: Any) -> None:
    quotes = run(
        nlp, "The harbour board released a study that suggests the ferry fees will rise in the spring."
    )
    assert holding(quotes, "ferry fees will rise").speaker_name == "a study"


def test_a_comma_inside_the_closing_mark_does_not_hand_the_words_to_the_next_cue(nlp: Any) -> None:
    quotes = run(
        nlp,
        'While Mayor Ines Delvane has repeatedly denounced the audit as a "fishing trip," her critics say the '
        "auditors are building a strong case against the harbour board.",
    )
    assert holding(quotes, "fishing trip").speaker_name == "Ines Delvane"
