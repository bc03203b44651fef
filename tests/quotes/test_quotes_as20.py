"""Session 19 quote fixes (helper quotes20, judged on unseen news), on invented text: who speaks in "Y was
quoted by Z as saying", "as X put it:", a reporting participle after a clause about a thing, a report the
parse hung on a time clause, a credit whose name an aside's verb took, a credit an outlet relays, and
"footage of X saying"; what is no quote (a label given by "identified only as", a question about what was
said, what someone is expected to say); a quoted sentence run on after "But" in the speaker's
paragraph; and a quotation right after a sentence about a named person in the same paragraph."""

from __future__ import annotations

from typing import Any

from quotes_helpers import holding, run, texts


def test_the_one_quoted_in_a_passive_relay_speaks_not_the_relaying_outlet(nlp: Any) -> None:
    quotes = run(
        nlp,
        'Port warden Tomas Okafor was quoted by the Orvik Herald on Friday as saying the fleet faced a "long '
        'and hungry winter" ahead.',
    )
    assert holding(quotes, "long and hungry").speaker_name == "Tomas Okafor"


def test_a_label_given_by_identified_only_as_is_no_quote(nlp: Any) -> None:
    quotes = run(
        nlp, 'Two of the shippers, identified only as "Trader C", were fined twice, the port office said.'
    )
    assert "Trader C" not in texts(quotes)


def test_a_question_about_what_was_said_reports_nothing(nlp: Any) -> None:
    quotes = run(nlp, "What did Delvane say she promised the fishermen of Port Alder?")
    assert not [q for q in quotes if q.kind == "indirect"], texts(quotes)


def test_what_someone_is_expected_to_say_is_not_yet_said(nlp: Any) -> None:
    quotes = run(nlp, "Okafor is expected to announce that ferry fares will fall in the spring.")
    assert not [q for q in quotes if "fares" in q.text], texts(quotes)


def test_a_calling_participle_after_a_clause_about_a_thing_is_the_reporters(nlp: Any) -> None:
    quotes = run(
        nlp,
        "Harbour chief Ines Marren said the new rule would keep trawlers out of the bay at dawn, calling it the "
        '"backbone of the compromise."',
    )
    assert holding(quotes, "backbone").speaker_name == "Ines Marren"
    report = holding(quotes, "trawlers")
    assert report.kind == "indirect"
    assert "calling" not in report.text


def test_as_one_put_it_introduces_the_quotation(nlp: Any) -> None:
    quotes = run(
        nlp,
        "The ferry company stayed silent for a week.",
        'As a senior Orvik harbour official put it: "We were never asked. We only read about it."',
    )
    q = holding(quotes, "never asked")
    assert q.speaker_name is not None and "harbour official" in q.speaker_name


def test_a_report_the_parse_hung_on_a_time_clause_is_the_speakers(nlp: Any) -> None:
    quotes = run(
        nlp,
        "Velorian Trade Minister Ana Delvane said after Okafor left Port Alder that Veloria had sought only a "
        'partial pause of the toll "tied to fishing and unrelated to naval matters."',
    )
    assert holding(quotes, "tied to fishing").speaker_name == "Ana Delvane"
    report = holding(quotes, "partial pause")
    assert report.kind == "indirect" and report.speaker_name == "Ana Delvane"


def test_a_quoted_sentence_after_but_goes_on_with_the_speaker(nlp: Any) -> None:
    quotes = run(
        nlp,
        '"The vote may look hasty," the Port Alder council said. But "it is now that the harbour needs the '
        'money for its walls."',
    )
    q = holding(quotes, "harbour needs the money")
    assert q.speaker_name == "the Port Alder council"


def test_a_credit_name_an_asides_verb_took_still_speaks(nlp: Any) -> None:
    quotes = run(
        nlp,
        '"Marren spent ten years running the ferries before this," said Ines Delvane, a lecturer at the Orvik '
        "naval college who has also co-edited a journal with Admiral Tomas Okafor.",
    )
    assert holding(quotes, "ten years running").speaker_name == "Ines Delvane"


def test_a_credit_relayed_by_an_outlet_reports_the_clause_before_it(nlp: Any) -> None:
    quotes = run(
        nlp,
        "A Kastan ferry ran aground near Port Alder on Friday, the harbour board said Saturday, the Orvik "
        "Ledger reported.",
    )
    board = [q for q in quotes if q.speaker_name == "the harbour board"]
    assert [q.text for q in board] == ["A Kastan ferry ran aground near Port Alder on Friday"]


def test_the_one_a_recording_shows_saying_it_speaks(nlp: Any) -> None:
    quotes = run(
        nlp,
        "Delvane's reversal came after footage emerged of the mayor saying the toll would stay until spring.",
    )
    assert holding(quotes, "toll would stay").speaker_name == "the mayor"


def test_a_quotation_after_a_sentence_about_a_named_person_is_theirs(nlp: Any) -> None:
    quotes = run(
        nlp,
        "The harbour board met on Monday.",
        "Professor Ines Delvane doubts the chance of any quick deal, which she compares to the old toll war. "
        '"I think there will be a long fight over the quay. It cannot be settled by a vote."',
    )
    assert holding(quotes, "long fight").speaker_name == "Ines Delvane"
