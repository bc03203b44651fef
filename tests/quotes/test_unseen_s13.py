"""Who said what, on constructions judged wrong in unseen real news (session 13); all texts are invented."""

from __future__ import annotations

from typing import Any

import pytest
from quotes_helpers import holding, run

# --- "he" after someone brought in unnamed ("a spokesman said ... He said ...") ---


def test_he_after_an_unnamed_spokesman_is_the_spokesman(nlp: Any) -> None:
    quotes = run(
        nlp,
        "Envoy Tomas Kastan flew home from the harbour talks in Port Alder on Monday.",
        "Kastan had spent a week trying to reopen the fishing lanes.",
        '"They brought nothing to the table but a list of fees," a Velorian trade office spokesman said.',
        "He said Kastan's team had asked for the lanes to reopen by spring.",
    )
    q = holding(quotes, "the lanes to reopen by spring")
    assert q.speaker_name == "a Velorian trade office spokesman"
    assert q.speaker_chain_id is None


@pytest.mark.parametrize(
    "first",
    [
        "Velko",  # a given name that tells no gender
        # a named man counts full for "he"; the unnamed subject just before does too, for a "He" that opens
        # the next sentence
        "Tomas",
    ],
)
def test_he_after_one_unnamed_resident_is_not_the_mayor(nlp: Any, first: str) -> None:
    quotes = run(
        nlp,
        f"Mayor {first} Kastan toured the flooded market in Port Alder on Tuesday.",
        "One shop owner said the water had reached the counters within an hour.",
        "He said his insurance would not cover the losses.",
        'Kastan promised repairs. "We will rebuild every stall," he said.',
    )
    assert holding(quotes, "insurance would not cover").speaker_name == "One shop owner"
    assert holding(quotes, "We will rebuild every stall").speaker_name == f"{first} Kastan"


def test_an_unnamed_questioner_does_not_take_the_answer(nlp: Any) -> None:
    quotes = run(
        nlp,
        "Senator Tomas Kastan says the navy has lost its way, and that he would change course if elected.",
        "At a forum with veterans in Port Alder on Monday, one questioner claimed that the fleet was too small.",
        '"You are right, we have neglected the fleet for years," he said.',
    )
    assert holding(quotes, "neglected the fleet").speaker_name == "Tomas Kastan"


# --- a surname the parser reads as a modal verb ("May noted ...") ---


def test_a_surname_read_as_a_modal_still_names_the_speaker(nlp: Any) -> None:
    quotes = run(
        nlp,
        "Prime Minister Lena May told the council the market fire had been set on purpose.",
        '"We believe the blaze was started by someone who knew the stalls," she told the councillors.',
        "Fire chief Tomas Kastan gave new figures. He said that four traders were still missing.",
        'Former President Orvik wrote that the fire would not "break the old port of Veloria."',
        "The market had burned once before, decades ago.",
        'May noted that the fire hit "the heart of the old town," and she said she had an answer: '
        '"Every stall will be rebuilt."',
    )
    assert holding(quotes, "the heart of the old town").speaker_name == "Lena May"
    assert holding(quotes, "she had an answer").speaker_name == "Lena May"
    assert holding(quotes, "Every stall will be rebuilt").speaker_name == "Lena May"


# --- the latest named subject keeps "he" though nothing shows his gender ---


def test_he_goes_to_the_strategist_just_named_as_subject(nlp: Any) -> None:
    quotes = run(
        nlp,
        "Sen. Mike Orvik, who faces the voters again next year, argued for the harbour fee in a private meeting.",
        "Chip Delvane, a party strategist, said the fight over the fee is awkward for the party because it "
        "pits its fishermen against its shippers.",
        '"My guess is the fee costs us more votes on the coast than it wins inland," he said, adding that it '
        "could hurt the party.",
    )
    assert holding(quotes, "costs us more votes").speaker_name == "Chip Delvane"


def test_a_name_set_after_the_title_phrase_is_the_new_subject(nlp: Any) -> None:
    # the parse hangs the name on "the UK", not on "ambassador": it is still the sentence's subject
    quotes = run(
        nlp,
        'Velmar\'s Grand Admiral Ali Orvik ordered the navy to examine "every order given" before the '
        "collision.",
        'In a statement, he said there had been "a failure of the watch."',
        "Foreign Minister Javad Velmont sent condolences to the crews' families but also blamed the fog. "
        '"A tired watch on a foggy night caused this loss," he said.',
        'And Velmar\'s ambassador to the UK, Hamid Tarkesh, said sorry for passing on "false reports" about the '
        'collision. He had said Velmar was "certain" that no warship had been nearby.',
        '"I passed on what the navy told me," he said. "I regret it."',
    )
    assert holding(quotes, "caused this loss").speaker_name == "Javad Velmont"
    assert holding(quotes, "no warship had been nearby").speaker_name == "Hamid Tarkesh"
    assert holding(quotes, "I passed on what the navy told me").speaker_name == "Hamid Tarkesh"


# --- what an indirect report holds: not the writer's comment after it, not the day it was said ---


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        (
            "The Velorian ministry said Monday that the harbour fees will rise in March, "
            "drawing complaints from fishermen who had hoped for a freeze.",
            "will rise in March",
        ),
        (
            "Mayor Ana Delvane said in May that the island ferry would stop running, leading to fears that the "
            "villages there would empty.",
            "would stop running",
        ),
        (
            "Kastan told reporters the council would sell the old harbour, a move opposed by fishermen.",
            "old harbour",
        ),
    ],
)
def test_the_writers_closing_comment_is_not_reported(nlp: Any, text: str, ends: str) -> None:
    (q,) = [q for q in run(nlp, text) if q.kind == "indirect"]
    assert q.text.endswith(ends)


def test_what_the_report_itself_says_after_a_comma_stays(nlp: Any) -> None:
    (q,) = [
        q
        for q in run(nlp, "Kastan said the storm killed nine people, injuring dozens more.")
        if q.kind == "indirect"
    ]
    assert q.text == "the storm killed nine people, injuring dozens more"


def test_the_day_after_said_on_is_not_reported(nlp: Any) -> None:
    (q,) = [
        q
        for q in run(nlp, "The Orvik council said on Saturday it would close the north pier for repairs.")
        if q.kind == "indirect"
    ]
    assert q.text == "it would close the north pier for repairs"
