"""Session 17 quote fixes (helper quotes18c), on invented text: a parenthetical "it says" speaks for the
written text named before it; a relative clause the parse hung on a verb reports nothing; a verb outside a
quotation does not borrow the quoted clause's subject as its speaker; a list item ending on a word takes
no speaker from the paragraph before it."""

from __future__ import annotations

from typing import Any

from quotes_helpers import holding, run


def test_a_parenthetical_it_says_speaks_for_the_plan_named_before(nlp: Any) -> None:
    quotes = run(
        nlp,
        "The harbour plan was published on Monday. It sets out three aims. Those include, it says, "
        "new ferry routes and cheaper berths for fishermen.",
    )
    q = holding(quotes, "new ferry routes")
    assert "it says" not in q.text
    assert q.speaker_name is not None and "plan" in q.speaker_name


def test_it_passes_back_through_an_earlier_it_to_the_text(nlp: Any) -> None:
    quotes = run(
        nlp,
        "The final text of the Orvik accord said both sides would cut tariffs on grain.",
        "Crucially for Kastan, it binds Veloria to a review of the quotas each spring. The new levy, it "
        "argues, will hurt small traders in Port Alder.",
    )
    q = holding(quotes, "small traders")
    assert q.speaker_name is not None and "text" in q.speaker_name


def test_an_it_with_no_text_or_body_before_it_stays_it(nlp: Any) -> None:
    quotes = run(nlp, "The storm reached Port Alder at dawn. The harbour, it says, will stay shut all week.")
    assert holding(quotes, "stay shut").speaker_name == "it"


def test_a_relative_clause_hung_on_a_verb_reports_nothing(nlp: Any) -> None:
    quotes = run(
        nlp,
        "Several fishing groups came out on Tuesday against the deal. The Orvik League likened it to "
        "the Port Alder pact in 1921 that handed the northern islands to Veloria.",
    )
    assert not [q for q in quotes if "northern islands" in q.text]


def test_a_verb_after_a_quotation_does_not_borrow_its_subject(nlp: Any) -> None:
    quotes = run(
        nlp,
        "The islanders insist the harbour be shared.",
        '"No family will be moved from the coast" - suggesting that the old camps will remain',
    )
    assert all(q.speaker_name != "No family" for q in quotes)


def test_a_list_item_ending_on_a_word_takes_no_speaker_from_before(nlp: Any) -> None:
    quotes = run(
        nlp,
        "What is in the plan?",
        'The harbour of Port Alder "will stay under Velorian control". The islanders insist the harbour '
        "be shared",
        '"No family will be moved from the coast" - suggesting that the old camps will remain',
    )
    q = holding(quotes, "No family will be moved")
    assert q.speaker_name is None
    assert all(q.speaker_name != "The islanders" for q in quotes if "old camps" in q.text)


def test_a_closed_paragraph_still_continues_the_speaker(nlp: Any) -> None:
    quotes = run(
        nlp,
        "Ines Delvane, the harbour master, said the pier would reopen in May.",
        '"No family will be moved from the coast."',
    )
    assert holding(quotes, "No family").speaker_name is not None


def test_a_credit_the_parse_folded_into_the_report_still_names_the_reporter(nlp: Any) -> None:
    quotes = run(
        nlp,
        "The board found that Okafor had met the Velorian consul in Port Alder, Delvane and two other "
        "officials said.",
        "Marren echoed the denial on Friday.",
    )
    q = holding(quotes, "met the Velorian consul")
    assert q.speaker_name is not None and "Delvane" in q.speaker_name
    assert all("Delvane" not in q.text for q in quotes)


def test_a_straight_close_glued_to_the_credit_closes_the_open_quotation(nlp: Any) -> None:
    quotes = run(
        nlp,
        'The port authority apologised to Okafor on Friday, calling the delay "shameful."',
        "\u201cThe failures reported today by Captain Okafor go against everything the harbour stands "
        'for,"Harbour Master Ines Delvane said in a message. "We regret what he went through."',
    )
    q = holding(quotes, "failures reported today")
    assert q.speaker_name is not None and "Delvane" in q.speaker_name
    assert all("said in a statement" not in q.text for q in quotes)


def test_it_is_the_text_of_the_main_clause_not_one_in_a_side_clause(nlp: Any) -> None:
    quotes = run(
        nlp,
        "Nobody saw the draft before the Orvik treaty was signed. It simply calls for "
        '"a review of the harbour quotas in the coming year."',
    )
    assert holding(quotes, "harbour quotas").speaker_name == "the draft"
