"""Dates judged on real news in session 19 (second pass): a retold chronology runs on in the year it last
wrote, a part of day "of" a date is no expression of its own, and a word opening a sentence or a partial
quotation is a quotation's first word only when the words are quoted."""

from __future__ import annotations

from typing import Any

from dating_helpers import date_of, parsed

from storyline.time import tag_text

_THURSDAY = "2019-09-05"

# a page of February 2032 retelling a clerk's entries of 2030 and 2031, under date headings
_CHRONOLOGY = """The Orvik papers, kept by a harbour clerk, are still argued over. Their entries, in order:

June 4, 2030

Okafor met Delvane in Port Alder, the clerk wrote.

Aug. 12

Marren was paid by the harbour board.

Oct. 3 — Delvane denies the claim.

Mid-November

The board sold its stake.

Jan. 9

The envoy left Veloria.

Marren later disowned the Aug. 12 note."""


def _values(text: str, dct: str) -> dict[str, list[str | None]]:
    out: dict[str, list[str | None]] = {}
    for t in tag_text(text, dct):
        out.setdefault(t.text, []).append(t.value)
    return out


def test_a_retold_chronology_runs_on_in_the_year_it_last_wrote() -> None:
    values = _values(_CHRONOLOGY, "2032-02-10")
    assert values["Aug. 12"] == ["2030-08-12", "2030-08-12"]  # the heading, and "the Aug. 12 note"
    assert values["Oct. 3"] == ["2030-10-03"]
    assert values["Mid-November"] == ["2030-11"]
    assert values["Jan. 9"] == ["2031-01-09"]  # the months start over: the next year


def test_a_chronology_told_newest_first_keeps_its_year() -> None:
    text = "Oct. 3, 2030\n\nThe board met.\n\nSept. 9\n\nThe board was formed."
    assert _values(text, "2032-02-10")["Sept. 9"] == ["2030-09-09"]


def test_yearless_headings_before_any_written_year_keep_the_dct_rule() -> None:
    text = "Aug. 12\n\nThe board met.\n\nOct. 3\n\nThe board voted."
    assert _values(text, "2032-02-10")["Aug. 12"] == ["2031-08-12"]


def test_the_morning_of_a_date_is_no_expression_of_its_own() -> None:
    tagged = tag_text("On the morning of March 3, Okafor met the envoy in Port Alder.", _THURSDAY)
    assert [(t.text, t.value) for t in tagged] == [("March 3", "2019-03-03")]
    tagged = tag_text("Okafor left Port Alder in the morning.", _THURSDAY)
    assert [(t.text, t.value) for t in tagged] == [("the morning", "2019-09-05TMO")]


def test_a_noun_opening_a_statement_is_no_quotation_start(nlp: Any) -> None:
    text = "Criticism of the Orvik council for its slow repairs may be fair, but the budget was small."
    assert date_of(parsed(nlp, text, _THURSDAY), "Criticism") == (None, None)


def test_a_partial_quotation_goes_on_the_writers_clause(nlp: Any) -> None:
    text = "Marren said talks would stay frozen until Veloria “withdraws its patrol boats.”"
    assert date_of(parsed(nlp, text, _THURSDAY), "withdraws") == (None, None)
    text = "Okafor's weekly letters “reach farmers who distrust the capital,” her aides say."
    assert date_of(parsed(nlp, text, _THURSDAY), "reach") == (None, None)


def test_a_quotation_opening_its_sentence_is_still_dated_by_its_saying(nlp: Any) -> None:
    text = "Okafor spoke on Monday. “We came to fight. Attack the port and we will answer,” she said."
    assert date_of(parsed(nlp, text, _THURSDAY), "Attack") == ("2019-09-02", "inferred")


def test_a_month_after_the_publication_month_in_a_chronology_is_the_chronologys() -> None:
    text = "Sept. 2, 2030\n\nThe envoy wrote that the board would vote in November."
    assert _values(text, "2031-09-20")["November"] == ["2030-11"]
    assert _values("The envoy wrote that the board would vote in November.", "2031-09-20")["November"] == [
        "2031-11"
    ]


def test_a_past_or_speech_clause_in_a_partial_quotation_keeps_its_day(nlp: Any) -> None:
    text = "Okafor arrived in Port Alder on Tuesday. She “wanted to close the port,” the filing says."
    assert date_of(parsed(nlp, text, _THURSDAY), "wanted") == ("2019-09-03", "inferred")
    text = "Delvane told reporters he “praises the port workers for their calm.”"
    assert date_of(parsed(nlp, text, _THURSDAY), "praises") == (_THURSDAY, "dct")


def test_a_cue_opening_its_sentence_still_dates_its_quotation(nlp: Any) -> None:
    text = "According to a harbour official in Port Alder, there is a new queue for ships from Veloria."
    assert date_of(parsed(nlp, text, _THURSDAY), "According") == (_THURSDAY, "dct")


def test_a_reported_act_going_on_in_a_partial_quotation_keeps_the_sayings_day(nlp: Any) -> None:
    text = "The ferry union said Sunday that Veloria has been “holding up cargo at the border.”"
    assert date_of(parsed(nlp, text, _THURSDAY), "holding") == ("2019-09-01", "timex")
    text = "Marren said on Monday that Okafor is still “weighing the offer” from the board."
    assert date_of(parsed(nlp, text, _THURSDAY), "weighing") == ("2019-09-02", "timex")


def test_a_reported_state_in_a_partial_quotation_is_of_the_saying(nlp: Any) -> None:
    text = "Marren said on Monday that she and the board are “sorry” the ferries ran late."
    assert date_of(parsed(nlp, text, _THURSDAY), "sorry") == ("2019-09-02", "timex")
