"""Session 20 quote fixes (helper quotes21, judged on unseen news), on invented text: a credit set last that
relays someone's report, a verb of faltering speech ('"...?" X stammered'), a speech "-ing" the tagger read
as a noun ("with X stating:"), "spoke to Y about Z:" before a quotation, who "she" is after a sentence whose
only person is a relative clause's subject; and what is no quote or no part of one: quoted words naming a
notion ("the 'X' idea"), a passive "is expected to", and the writer's "although it was not clear ..."."""

from __future__ import annotations

from typing import Any

from quotes_helpers import holding, run, texts


def test_a_partial_quote_under_a_relaying_credit_is_the_speakers(nlp: Any) -> None:
    quotes = run(
        nlp,
        "Delvane, a trained economist, said Veloria still hoped both sides would remain “rational” and work "
        "together to keep trade steady, the official Kastan news agency reported.",
    )
    # the outlet keeps its report as the channel; the quoted word in it is the economist's
    assert [(q.cue, q.speaker_name) for q in quotes if q.text == "rational"] == [("said", "Delvane")]


def test_an_interviewers_stammered_question_is_the_interviewers(nlp: Any) -> None:
    quotes = run(
        nlp,
        "Surprised, host Lena Marren asked, “You really want to close the harbour to every ferry?”",
        "“Yes,” said Okafor without pause. “Otherwise nobody will act.”",
        "“So when you say close it, are you, do you, actually... Are you talking about a fine or a full ban?” "
        "Marren stammered rather doubtfully.",
    )
    q = holding(quotes, "a fine or a full ban")
    assert q.speaker_name == "Lena Marren"
    assert q.cue == "stammered"


def test_a_speech_ing_read_as_a_noun_after_with_is_the_cue(nlp: Any) -> None:
    quotes = run(
        nlp,
        "Marren’s blunt remarks at the hearing also angered the ministry, with Mr. Delvane stating: “Well, the "
        "minister knows who runs the harbour, and she knows that the final word is hers.”",
    )
    q = holding(quotes, "who runs the harbour")
    assert q.speaker_name is not None and "Delvane" in q.speaker_name


def test_one_who_spoke_about_a_topic_before_a_colon_says_the_quotation(nlp: Any) -> None:
    quotes = run(
        nlp,
        "A senior Veloria harbour officer spoke to the Orvik Ledger about the need for new boats, nets and "
        "engines: “The boats that we have now are all old Kastan built boats. As is usual for old boats, they "
        "leak.”",
    )
    q = holding(quotes, "Kastan built boats")
    assert q.speaker_name is not None and "harbour officer" in q.speaker_name


def test_speaking_at_an_event_is_still_no_cue(nlp: Any) -> None:
    quotes = run(
        nlp, "Okafor spoke at the harbour fair on Sunday about the “summer of boats” he had promised."
    )
    assert not [q for q in quotes if q.cue == "spoke"], [(q.cue, q.text) for q in quotes]


def test_she_after_a_sentence_about_a_thing_is_its_relative_clause_subject(nlp: Any) -> None:
    quotes = run(
        nlp,
        "Senator Ines Marren, a Kastan Democrat, said she met a sick fisherman who could not get his medicine.",
        "Those conditions are far from the “cruel cages” that Dr. Lena Delvane described to a court last month. "
        "She said half of the children she saw had fevers and “all of them showed signs of fear.”",
    )
    assert holding(quotes, "half of the children").speaker_name == "Lena Delvane"
    assert holding(quotes, "signs of fear").speaker_name == "Lena Delvane"


def test_quoted_words_naming_a_notion_are_no_quote(nlp: Any) -> None:
    quotes = run(
        nlp,
        "Scholars Tomas Okafor and Lena Marren have studied how harbour pilots talk, and argue that the “iron "
        "tide” idea is a product of old sea songs.",
    )
    assert "iron tide" not in texts(quotes)
    assert holding(quotes, "product of old sea songs").kind == "indirect"


def test_what_a_thing_is_expected_to_be_is_no_ones_words(nlp: Any) -> None:
    quotes = run(
        nlp,
        "The mayor’s plan to hold a fair at the port is expected to draw thousands of visitors and will be a "
        "“major milestone of the summer season.”",
    )
    assert not [q for q in quotes if "milestone" in q.text], [(q.cue, q.speaker_name) for q in quotes]


def test_the_writers_although_it_was_not_clear_ends_the_report(nlp: Any) -> None:
    quotes = run(
        nlp,
        "Okafor said he would meet Marren and Delvane later, although it was not clear whether he would meet "
        "them together.",
    )
    q = holding(quotes, "meet Marren")
    assert "clear" not in q.text
    assert q.text.endswith("later")


def test_a_name_closed_by_a_number_is_no_quote(nlp: Any) -> None:
    quotes = run(
        nlp,
        "Mayor Tomas Okafor has called the seizure of “Harbour Star 2” an “illegal act of piracy.”",
        "Port officials in Kastan said they decided to release “Harbour Star 2” to calm tempers.",
    )
    assert "Harbour Star 2" not in texts(quotes)
    assert holding(quotes, "illegal act of piracy").speaker_name == "Tomas Okafor"


def test_of_two_lead_ins_hung_on_the_quotation_the_one_beside_it_is_the_cue(nlp: Any) -> None:
    quotes = run(
        nlp,
        "Ms. Marren’s blunt remarks during her confirmation hearing also drew the ire of the ministry, with Mr. "
        "Delvane stating: “Well, the other thing that I noticed that Dr. Marren said in her hearing is that "
        "she’s a firm believer in the harbour code.”",
    )
    q = holding(quotes, "firm believer")
    assert q.cue == "stating"
    assert q.speaker_name is not None and "Delvane" in q.speaker_name
