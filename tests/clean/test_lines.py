"""The plain-text line classifier on pages written in the test (furniture, asides, article body)."""

from __future__ import annotations

from storyline.clean.lines import classify_furniture, classify_lines, ends_sentence, is_name_line

PAGE = """Home World Business Sport Politics Health Science Weather
Skip to content
You are in: World: Asia
Front Page
Business

Tuesday, 3 August, 1999, 09:05 GMT
Floods force thousands from riverside towns

Rescue boats on a flooded street Volunteers worked through the night

Heavy rain has forced thousands of people to leave their homes along the river, officials said on Tuesday.

The regional governor said emergency shelters had been opened in twelve schools across the province.

We will not leave anyone behind
Governor Ana Lima

Water levels are expected to peak on Wednesday before slowly falling, according to the weather service.

Aid on the way

"Our teams are already on the ground and more are coming," the governor told reporters.

The army has sent helicopters to reach villages cut off by the water.

Share this story on Facebook
See also:
02 Aug 99 | Asia
Storm warnings issued
Internet links:
Copyright 1999 Example News Ltd. All rights reserved.
E-mail this story to a friend
"""


def _kinds(text: str) -> dict[str, str]:
    return {t: k for t, k in classify_lines(text).blocks}


def test_lines_keep_article_and_drop_furniture() -> None:
    res = classify_lines(PAGE)
    kinds = {t: k for t, k in res.blocks}
    body = [t for t, k in res.blocks if k == "body"]
    assert len(body) == 5
    assert body[0].startswith("Heavy rain") and body[-1].startswith("The army")
    for furniture in (
        "Skip to content",
        "Share this story on Facebook",
        "Storm warnings issued",
        "Front Page",
    ):
        assert furniture not in kinds
    assert res.dropped == len([ln for ln in PAGE.splitlines() if ln.strip()]) - len(res.blocks)


def test_lines_mark_asides() -> None:
    kinds = _kinds(PAGE)
    assert kinds["We will not leave anyone behind"] == "pull"
    assert kinds["Governor Ana Lima"] == "attribution"
    assert kinds["Aid on the way"] == "heading"
    assert (
        kinds['"Our teams are already on the ground and more are coming," the governor told reporters.']
        == "body"
    )


def test_lines_header_metadata() -> None:
    res = classify_lines(PAGE)
    assert res.date == ("1999-08-03T09:05:00+00:00", "Tuesday, 3 August, 1999, 09:05 GMT")
    assert res.title == "Floods force thousands from riverside towns"


def test_lines_title_before_agency_and_date() -> None:
    text = (
        "Markets rally as rates are held\n\nAFP\nMonday 12 January 2015 18:40 EST\n\n"
        "Shares rose sharply on Monday after the central bank kept its main interest rate unchanged.\n\n"
        "Analysts had expected a small cut, according to a survey of economists published last week.\n"
    )
    res = classify_lines(text)
    assert res.title == "Markets rally as rates are held"
    assert res.agency_line == "AFP"
    assert res.date is not None and res.date[0] == "2015-01-12T18:40:00-05:00"


def test_lines_donation_banner_between_prompts_is_dropped() -> None:
    text = (
        "Your support helps us to tell the story\n\n"
        "We have reporters in every region and we know how much the facts matter to our readers.\n\n"
        "Your support makes all the difference.\n\n"
        "The bridge reopened on Friday after three months of repairs, the transport agency said.\n\n"
        "Engineers replaced two of the steel cables and resurfaced the whole deck of the bridge.\n"
    )
    body = [t for t, k in classify_lines(text).blocks if k == "body"]
    assert len(body) == 2 and body[0].startswith("The bridge")


def test_lines_no_article_means_no_blocks() -> None:
    res = classify_lines("Home\nNews\nSport\nContact us\n")
    assert res.blocks == [] and res.dropped == 4


def test_lines_undated_page_has_no_date() -> None:
    text = (
        "Report: Volume: 3 Issue: 12\n\n"
        "The ministry said on January 23 that the talks would continue into the spring of next year.\n"
    )
    res = classify_lines(text)
    assert res.date is None and len(res.blocks) == 1


def test_lines_helpers() -> None:
    assert ends_sentence('He said it was "over."') and not ends_sentence("Aid on the way")
    assert is_name_line("Governor Ana Lima") and not is_name_line("Aid on the way")
    assert classify_furniture("Advertisement") and classify_furniture("14 Feb 00 | Europe")
    assert classify_furniture("Copyright © 2020 Example Media, LLC. Click here for reprint permission.")
    assert classify_furniture("The mayor said the bridge would reopen next week.") is None


def test_lines_anywhere_patterns_each_have_a_trigger() -> None:
    import re

    from storyline.clean import patterns as P

    # Every phrase pattern must be reachable through the cheap substring prefilter.
    for pattern in P._ANYWHERE:
        literal = re.sub(
            r"\\b|\(\?:|[()?|\\]|\[[^\]]*\]|\.\{[^}]*\}|\\w\+|\\s\*|@\\w\+", " ", pattern
        ).lower()
        assert any(t.strip() and t.strip() in literal for t in P.ANYWHERE_TRIGGERS), pattern


def test_lines_penn_treebank_bracket_escapes_become_brackets() -> None:
    from storyline.clean.lines import normalize_line

    line = "KASTAN -LRB- Wire -RRB- - Troops -LSB- of the north -RSB- moved in ."
    assert normalize_line(line) == "KASTAN ( Wire ) - Troops [ of the north ] moved in ."
    assert normalize_line("A pre-LRB-like word-RRB stays") == "A pre-LRB-like word-RRB stays"


def test_lines_tokenised_quotations_still_end_sentences() -> None:
    # Penn Treebank text puts a space before the closing quote: `` We will stay , '' she said .
    assert ends_sentence("They are in control of the harbour . ''")
    assert ends_sentence("`` We will not give up the harbour . ''")
    text = (
        "Kastan troops moved into the harbour district on Monday , officials said .\n"
        "`` We are in control of the harbour now . ''\n"
        "The mayor said the port would reopen on Friday after repairs to the quay .\n"
        "Fishermen said they had lost a week of work . ''\n"
    )
    kinds = [k for _, k in classify_lines(text).blocks]
    assert kinds == ["body"] * 4
