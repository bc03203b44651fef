"""The plain-text line classifier on pages written in the test (furniture, asides, article body)."""

from __future__ import annotations

import pytest

from storyline.clean.lines import (
    _keep_short_sentences_in_the_article,
    analyse,
    classify_furniture,
    classify_lines,
    credited_quotation,
    ends_sentence,
    is_name_line,
    join_broken_lines,
    normalize_line,
)
from storyline.records import BlockKind

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


@pytest.mark.parametrize(
    ("glued", "spaced"),
    [
        (
            "The ferry left Port Alder at dawn.It reached Orvik by noon.",
            "The ferry left Port Alder at dawn. It reached Orvik by noon.",
        ),
        (
            'Okafor called it "a fair deal."The board agreed.',
            'Okafor called it "a fair deal." The board agreed.',
        ),
        (
            'The vote was set for Friday."We will win," Marren said.',
            'The vote was set for Friday. "We will win," Marren said.',
        ),
        (
            '"It is over," she said. "We go home."Delvane nodded.',
            '"It is over," she said. "We go home." Delvane nodded.',
        ),
        ("Was it worth it?“Yes,” said Okafor.", "Was it worth it? “Yes,” said Okafor."),
        ("The harbour closed.”Then the rain came.", "The harbour closed.” Then the rain came."),
        (
            'Okafor spoke on "Harbour Hour.""We need the quay," she said.',
            'Okafor spoke on "Harbour Hour." "We need the quay," she said.',
        ),
        ("“The tide is late.”“So are we,” Marren said.", "“The tide is late.” “So are we,” Marren said."),
    ],
)
def test_sentences_glued_without_a_space_are_spaced(glued: str, spaced: str) -> None:
    assert normalize_line(glued) == spaced


@pytest.mark.parametrize(
    "line", ["See Kastanferries.Com for times.", "U.S.Army units", "e.g.Orvik", "Mr.Okafor"]
)
def test_what_is_no_glued_sentence_stays(line: str) -> None:
    assert normalize_line(line) == line


def test_a_paragraph_broken_mid_sentence_is_one_body_paragraph() -> None:
    text = "\n\n".join(
        [
            "The Kastan fleet returned to Port Alder on Sunday after three weeks at sea with a full catch.",
            "Although the quotas have marked a real shift in policy, the effect on daily life has been smaller than hoped,",
            "harbour officials say.",
            "The ministry will publish new quotas for the northern grounds in the spring, Marren said.",
        ]
    )
    res = classify_lines(text)
    assert (
        "Although the quotas have marked a real shift in policy, the effect on daily life has been smaller "
        "than hoped, harbour officials say.",
        "body",
    ) in res.blocks
    assert len(res.blocks) == 3


def test_a_shorter_line_broken_off_mid_sentence_is_joined_to_its_long_end() -> None:
    lines = [
        "In Port Alder, one of the women reading the names of the drowned",
        "",
        "asked the council to rebuild the sea wall before the winter storms come.",
    ]
    assert join_broken_lines(lines) == [
        "In Port Alder, one of the women reading the names of the drowned asked the council to rebuild "
        "the sea wall before the winter storms come."
    ]
    # a lead-in, an aside's dash and a short or unfinished lower-case line stay apart
    for head, tail in [
        (
            "The council will pay for three projects:",
            "new roofs for the two harbour schools in the north district.",
        ),
        (
            "Then, as the crowd began to chant —",
            "archived recording the mayor speaks to the crowd at the quay.",
        ),
        ("In Port Alder, one of the women reading the names", "asked for the wall."),
        (
            "In Port Alder, one of the women reading the names",
            "asked the council to rebuild the sea wall before",
        ),
    ]:
        assert join_broken_lines([head, tail]) == [head, tail]


def test_a_word_broken_at_its_hyphen_across_two_lines_is_made_whole() -> None:
    lines = [
        "Ana Orvik doubts that any cross-",
        "",
        "border deal on the quay can be struck before the winter.",
    ]
    assert join_broken_lines(lines) == [
        "Ana Orvik doubts that any cross-border deal on the quay can be struck before the winter."
    ]
    # a dash with a space before it is an aside, and a short line is no prose
    for head in ["Ana Orvik doubts that any deal -", "Cross-"]:
        tail = "border deal on the quay can be struck before the winter."
        assert join_broken_lines([head, tail]) == [head, tail]


def test_a_heading_or_caption_is_not_joined_to_the_next_line() -> None:
    lines = ["Harbour workers gather at the Orvik gate on Monday", "", "Veloria Post", "", "the end"]
    assert join_broken_lines(lines) == lines


def test_list_items_in_lower_case_are_not_joined() -> None:
    lines = [
        "The Port Alder council listed the projects it will pay for first:",
        "new roofs for the two harbour schools in the north district",
        "longer opening hours at the Orvik library and its branches",
        "repairs to the sea wall",
    ]
    assert join_broken_lines(lines) == lines


def test_a_paragraph_leading_into_a_quotation_is_body() -> None:
    lead = (
        "The Orvik harbour board met again on Thursday, and its chairman, Ivo Marren, set out the terms "
        "the port owners would accept in a letter to the union:"
    )
    text = "\n\n".join(
        [
            "Dock workers in Port Alder stayed away from the terminal for a third day on Wednesday.",
            lead,
            '"We will not reopen the talks until the gates are clear," the letter said.',
            "The union said it would answer the letter after a meeting of its members on Friday.",
        ]
    )
    assert (lead, "body") in classify_lines(text).blocks


def test_a_wire_story_code_closing_a_paragraph_is_cut() -> None:
    assert (
        normalize_line("Talks resume in Port Alder on Friday. [nL8N2KX41B]")
        == "Talks resume in Port Alder on Friday."
    )
    assert normalize_line("Kastan denied it. [ID: nL5E7K2310]") == "Kastan denied it."
    for kept in ("The report cites [2019] figures.", "He said it was [sic] final.", "Seats in row [B12]"):
        assert normalize_line(kept) == kept


SHOUTED_PAGE = """PORT ALDER FERRY STRIKE ENDS AFTER NINE DAYS

Ferry crews in Port Alder returned to work on Monday after the owners agreed to restore the old shifts.

The union said its members had voted by a large margin to accept the offer on Sunday night.

KASTAN MINISTER SAYS HARBOUR TAX WILL RISE NEXT YEAR, OFFICIALS WARN

The first crossing left the quay at dawn, and the operator said the timetable would be normal by Wednesday.

TALKS

Both sides said they would meet again next month to discuss pay for the night crews.
"""


def test_a_headline_in_capitals_inside_an_article_is_a_link_not_a_heading() -> None:
    link = "KASTAN MINISTER SAYS HARBOUR TAX WILL RISE NEXT YEAR, OFFICIALS WARN"
    for refine in (False, True):
        res = classify_lines(SHOUTED_PAGE, refine=refine)
        assert link in res.furniture and link not in [t for t, _ in res.blocks]
        assert res.blocks[-1][0].startswith("Both sides said")
    # a short subhead in capitals stays, and so does the headline above the text (header, not furniture)
    res = classify_lines(SHOUTED_PAGE, refine=False)
    assert ("TALKS", "heading") in res.blocks
    # a script without capitals never shouts: its line between paragraphs is judged like any other
    caseless = "مرحبا بكم في هذا الميناء الجديد اليوم"
    page = SHOUTED_PAGE.replace(
        "KASTAN MINISTER SAYS HARBOUR TAX WILL RISE NEXT YEAR, OFFICIALS WARN", caseless
    )
    assert caseless not in classify_lines(page, refine=False).furniture
    assert res.header == ["PORT ALDER FERRY STRIKE ENDS AFTER NINE DAYS"]


def test_a_magazine_end_mark_is_cut_and_the_last_paragraph_stays_body() -> None:
    assert (
        normalize_line("The vote was close, but it was a start. ■")
        == "The vote was close, but it was a start."
    )
    assert normalize_line("Close. ∎") == "Close."
    assert normalize_line("■") == "■"  # a lone mark is no paragraph to mend
    page = "\n\n".join(
        [
            "The council of Port Alder voted on Tuesday to rebuild the old harbour wall before the winter storms.",
            "Mayor Okafor said the money would come from a regional grant and a levy on berths in the marina.",
            "Residents who lost their boats in the last flood said the plan came years too late for them. ■",
        ]
    )
    blocks = classify_lines(page).blocks
    assert blocks[-1] == (
        "Residents who lost their boats in the last flood said the plan came years too late for them.",
        "body",
    )


def test_a_subhead_quoting_a_phrase_is_a_heading_not_a_caption() -> None:
    paragraphs = [
        "Ferry crews in Port Alder returned to work on Monday after the owners agreed to restore the old shifts.",
        "The union said its members had voted by a large margin to accept the offer on Sunday night.",
        "‘NOT A STEP BACK’",
        "Union leader Ana Orvik said the deal kept every job on the night crossings and raised weekend pay.",
        '"We will be back at the table in a year, and we will be stronger," she told the crews at the quay.',
        "'We kept every job.'",
        "Both sides said they would meet again next month to discuss pay for the night crews.",
    ]
    kinds = dict(classify_lines("\n\n".join(paragraphs), refine=False).blocks)
    assert kinds["‘NOT A STEP BACK’"] == "heading"  # read as a speakerless quotation when it was a caption
    assert kinds["'We kept every job.'"] == "body"  # a quoted full sentence is a paragraph of the text


def test_a_link_inside_a_paragraph_is_cut_and_an_aside_stays() -> None:
    assert (
        normalize_line(
            "The ferry sailed on Friday. (RELATED: Port Owners Refuse New Talks) The crews cheered."
        )
        == "The ferry sailed on Friday. The crews cheered."
    )
    assert (
        normalize_line("The board cut costs (read: jobs) again.") == "The board cut costs (read: jobs) again."
    )


LINK_LIST_PAGE = """Marren Daily

Harbour pilots in Port Alder voted on Tuesday to end a strike that had kept cargo ships at anchor for a week.

The union said its members accepted a pay offer from the port authority after two days of talks in Veloria.

Read more:

Pilots walk out as talks with port owners stall

Kastan ferry crews 'will not cross the picket line.'

Why the harbour of Orvik fell silent

The first ships are expected to dock on Thursday morning, the port authority said in a short statement.

Ships waiting offshore will be brought in by order of arrival, a spokesman for the authority added.
"""


@pytest.mark.parametrize("label", ["Read more:", "More Marren Daily you might like:", "You may also like"])
def test_lines_headlines_listed_under_read_more_are_links(label: str) -> None:
    res = classify_lines(LINK_LIST_PAGE.replace("Read more:", label))
    kept = [t for t, _ in res.blocks]
    assert label not in kept
    assert not any("picket line" in t or "fell silent" in t or "talks with port owners" in t for t in kept)
    assert kept[-2].startswith("The first ships are expected")
    assert kept[-1].startswith("Ships waiting offshore")


@pytest.mark.parametrize(
    "line",
    [
        "Ana Lind is a fellow at the Kastan Institute. The opinions expressed in this commentary are her own.",
        "The views expressed in this article are the author's own and not those of the Orvik Herald.",
        "Full Coverage: Harbour strike",
        "SPECIAL COVERAGE: Port Alder Quay Collapse",
        "TRENDING: Okafor booed at the Veloria ferry launch",
        "NOW WATCH: Marren on the harbour strike",
        # another story's headline under its section's label
        "Opinion: Why the quay of Port Alder must stay open",
        "Opinion:Okafor's ferry plan is a gift to the owners",
        "Map: Port Alder, Veloria",
        "Video: Ferry crews march on the harbour office",
        "Interactive: What would you have done in the strike?",
        "Fact check: Orvik's claims about the harbour tax",
    ],
)
def test_opinion_disclaimers_and_story_link_labels_are_furniture(line: str) -> None:
    assert classify_furniture(line) == "furniture"


def test_a_paragraph_about_views_expressed_elsewhere_is_news() -> None:
    line = "Delvane said the views expressed at the meeting in Port Alder showed how divided the council was."
    assert classify_furniture(line) is None


@pytest.mark.parametrize(
    "line",
    [
        # a section's own heading under "Analysis:" names its correspondent, and a full sentence is news
        "Opinion: the council has failed Port Alder. It must reopen the quay before the winter.",
        "Video: Okafor said the footage showed the crowd at the gate. The police disputed it.",
    ],
)
def test_a_label_opening_full_sentences_is_no_link(line: str) -> None:
    assert classify_furniture(line) is None


LEAD_IN_PAGE = """(Kastan Wire) Consider this passage from the Orvik Ledger's weekend edition:

"In a meeting last spring, the harbour master told the council that the new quay would not be finished before the winter storms, and that nobody in Port Alder should expect ships to berth there before the following summer."

Nobody on the council wanted to hear that, and so for months nobody repeated it, not in public and not to the shipping lines that had already booked berths at the quay for the autumn season.
"""


def test_lines_sentence_leading_into_the_first_paragraph_is_body() -> None:
    kept = [t for t, _ in classify_lines(LEAD_IN_PAGE).blocks]
    assert kept[0].endswith("weekend edition:")
    assert len(kept) == 3


SHORT_LEAD_IN_PAGE = """The harbour authority of Port Alder closed the northern quay on Monday after a crane collapsed onto a moored freighter.

Nobody was hurt, the authority said, but the freighter's cargo of timber will have to be unloaded by hand over the coming days.

The authority said in a statement:

"The quay will stay closed until our engineers have inspected every crane on it, however long that takes."

Dock workers in Veloria said the crane had been due for repair since the spring and that they had warned managers twice.
"""


def test_lines_short_sentence_leading_into_a_quotation_is_body() -> None:
    kinds = dict(classify_lines(SHORT_LEAD_IN_PAGE).blocks)
    assert kinds["The authority said in a statement:"] == "body"


_LIVE_PARA = (
    "The ferry office in Port Alder stayed shut on Thursday as the strike went into a third day, staff said."
)
_LIVE_PARA2 = (
    "Harbour master Okafor told reporters that no boat would leave the quay before the weekend at least."
)


@pytest.mark.parametrize("refine", [True, False])
def test_a_live_update_stamp_with_its_headline_is_a_heading(refine: bool) -> None:
    text = (
        f"{_LIVE_PARA}\n\n{_LIVE_PARA2}\n\nUpdate at 6:40 p.m. ET: Marren Says 'No Talks' Before Monday\n\n"
        f"{_LIVE_PARA}\n\nUpdate at 3:05 p.m. ET. Delvane Union Calls Off March:\n\n{_LIVE_PARA2}\n\n{_LIVE_PARA}"
    )
    kinds = dict(classify_lines(text, refine=refine).blocks)
    # the stamp stays in the text (a live page's entries are dated by it), as a heading, not a caption
    assert kinds["Update at 6:40 p.m. ET: Marren Says 'No Talks' Before Monday"] == "heading"
    assert kinds["Update at 3:05 p.m. ET. Delvane Union Calls Off March:"] == "heading"


def test_an_update_stamp_before_a_sentence_is_not_a_headline() -> None:
    text = f"{_LIVE_PARA}\n\nUpdate at 6:40 p.m.: the first ferry has now left the quay at Port Alder.\n\n{_LIVE_PARA2}"
    kinds = dict(classify_lines(text).blocks)
    assert kinds["Update at 6:40 p.m.: the first ferry has now left the quay at Port Alder."] == "body"


@pytest.mark.parametrize("refine", [True, False])
def test_short_numbered_items_in_a_row_are_body(refine: bool) -> None:
    text = (
        f"{_LIVE_PARA}\n\n{_LIVE_PARA2}\n\nThe union keeps putting two demands to the owners:\n\n"
        "1) Pay rises for every deckhand on the Orvik line\n\n2) Veloria's crews get their old shifts back\n\n"
        f"{_LIVE_PARA}\n\n{_LIVE_PARA2}"
    )
    kinds = dict(classify_lines(text, refine=refine).blocks)
    assert kinds["1) Pay rises for every deckhand on the Orvik line"] == "body"
    assert kinds["2) Veloria's crews get their old shifts back"] == "body"


def test_a_lone_numbered_subhead_stays_a_heading() -> None:
    text = f"{_LIVE_PARA}\n\n{_LIVE_PARA2}\n\n2. The Orvik Yard\n\n{_LIVE_PARA}\n\n{_LIVE_PARA2}"
    kinds = dict(classify_lines(text, refine=False).blocks)
    assert kinds["2. The Orvik Yard"] == "heading"


ROUND_UP_PAGE = """The Port Alder council voted on Monday to close the old ferry terminal and move its boats to the northern quay.

From the Left

“The council has sold the waterfront to whoever builds the most towers on it. The ferries were the last thing the old town had, and now the crews will have to travel an hour each way to reach the northern quay.” Tomas Orvik, The Velmar Ledger

“A terminal is not a monument. The boats will run more often from the new quay, and the fares will not rise for at least three years.” Editorial Board, Kastan Evening Post

The council meets again in March to decide what happens to the empty terminal building.
"""


def test_lines_quotation_closed_by_its_credit_is_body() -> None:
    kinds = dict(classify_lines(ROUND_UP_PAGE).blocks)
    credited = [t for t in kinds if t.startswith("“")]
    assert len(credited) == 2
    assert all(kinds[t] == "body" for t in credited)


@pytest.mark.parametrize("refine", [True, False])
def test_updated_and_update_headlines_of_a_live_page_are_both_headings(refine: bool) -> None:
    text = (
        f"{_LIVE_PARA}\n\n{_LIVE_PARA2}\n\nUpdated at 4:20 p.m. ET: Okafor Reopens The Northern Quay\n\n"
        f"{_LIVE_PARA}\n\nUpdate at 2:10 p.m. ET: Delvane Crews Vote On Deal\n\n{_LIVE_PARA2}\n\n{_LIVE_PARA}"
    )
    kinds = dict(classify_lines(text, refine=refine).blocks)
    assert kinds["Updated at 4:20 p.m. ET: Okafor Reopens The Northern Quay"] == "heading"
    assert kinds["Update at 2:10 p.m. ET: Delvane Crews Vote On Deal"] == "heading"


@pytest.mark.parametrize(
    "note",
    [
        "Updated at 9:14 a.m.",
        "Updated at 9:14 a.m. ET",
        "Updated at 11:02 p.m. Oct. 3",
        "--Updated 9:14 a.m.",
        "Updated 11:02 p.m. ET",
    ],
)
def test_a_closing_updated_at_stamp_alone_stays_furniture(note: str) -> None:
    assert classify_furniture(note) is not None


def test_an_update_stamp_without_at_before_a_headline_is_no_furniture() -> None:
    assert classify_furniture("Updated 4:20 p.m. ET: Okafor Reopens The Northern Quay") is None
    assert classify_furniture("Updated at 4:20 p.m. ET: Harbour Envoy Visits Port Alder") is None
    assert classify_furniture("[Updated 4:20 p.m. ET] Okafor said the northern quay would reopen.") is None


ROUND_UP_CREDIT_LINES = """The Port Alder council voted on Monday to close the old ferry terminal and move its boats to the northern quay.

“The council has sold the waterfront to whoever builds the most towers on it. The ferries were the last thing the old town had.”

Tomas Orvik, The Velmar Ledger

“A terminal is not a monument. The boats will run more often from the new quay, and the fares will not rise for years.”

Ines Delvane, Kastan Evening Post

Some argue that “the crews will simply move north with their boats, and the old town will have its harbour back for swimmers.”

Ravi J. Marren, Orvik Weekly

The council meets again in March to decide what happens to the empty terminal building.
"""


@pytest.mark.parametrize("refine", [True, False])
def test_a_credit_line_under_a_quotation_is_body(refine: bool) -> None:
    kinds = dict(classify_lines(ROUND_UP_CREDIT_LINES, refine=refine).blocks)
    for credit in (
        "Tomas Orvik, The Velmar Ledger",
        "Ines Delvane, Kastan Evening Post",
        "Ravi J. Marren, Orvik Weekly",
    ):
        assert kinds.get(credit) == "body"


def test_a_name_line_under_plain_narration_is_not_taken_for_a_credit() -> None:
    text = f"{_LIVE_PARA}\n\n{_LIVE_PARA2}\n\nTomas Orvik, Velmar Ledger\n\n{_LIVE_PARA}\n\n{_LIVE_PARA2}"
    assert dict(classify_lines(text, refine=False).blocks).get("Tomas Orvik, Velmar Ledger") != "body"


def test_a_section_heading_and_summary_printed_twice_are_kept_once() -> None:
    section = "From the Harbour Side\n\nThe harbour side wants the terminal kept open until the northern quay has a proper bus link."
    text = f"{_LIVE_PARA}\n\n{_LIVE_PARA2}\n\n{section}\n\n{section}\n\n{_LIVE_PARA}\n\n{_LIVE_PARA2}"
    blocks = classify_lines(text).blocks
    texts = [t for t, _ in blocks]
    assert texts.count("From the Harbour Side") == 1
    assert sum(t.startswith("The harbour side wants") for t in texts) == 1
    heading = texts.index("From the Harbour Side")
    assert texts[heading + 1].startswith("The harbour side wants")


@pytest.mark.parametrize("refine", [True, False])
def test_short_items_with_glued_bullets_in_a_row_are_body(refine: bool) -> None:
    text = (
        f"{_LIVE_PARA}\n\n{_LIVE_PARA2}\n\nThe union keeps putting two demands to the owners:\n\n"
        "•Pay rises for every deckhand on the Orvik line\n\n•Veloria's crews get their old shifts back\n\n"
        f"{_LIVE_PARA}\n\n{_LIVE_PARA2}"
    )
    kinds = dict(classify_lines(text, refine=refine).blocks)
    assert kinds["•Pay rises for every deckhand on the Orvik line"] == "body"
    assert kinds["•Veloria's crews get their old shifts back"] == "body"


def test_a_quotation_whose_closing_mark_stands_apart_is_still_credited() -> None:
    text = "“The quay was never the problem. So, who moved the boats ... and why? ” Ana Orvik, Velmar Ledger"
    assert credited_quotation(text)


@pytest.mark.parametrize(
    "line",
    [
        '"The harbour has never been busier. I thank you all for your support," Mayor Okafor said.',
        "“Sign up for the harbour clean-up before Friday,” Delvane told reporters.",
    ],
)
def test_a_furniture_phrase_inside_a_quotation_is_someones_words(line: str) -> None:
    assert classify_furniture(line) is None


def test_a_short_quoted_label_does_not_hide_furniture_around_it() -> None:
    assert classify_furniture('Click "Subscribe" to get the Orvik Ledger newsletter') is not None
    assert classify_furniture('He said "no" and left. Subscribe to our newsletter.') is not None


@pytest.mark.parametrize("refine", [True, False])
def test_a_credit_naming_a_columnist_by_a_quoted_nickname_is_body(refine: bool) -> None:
    nicknamed = "Ines “Nessa” Delvane, Kastan Evening Post"
    res = classify_lines(
        ROUND_UP_CREDIT_LINES.replace("Ines Delvane, Kastan Evening Post", nicknamed), refine
    )
    assert dict(res.blocks).get(nicknamed) == "body"
    assert nicknamed not in res.furniture  # nor is the columnist's outlet read as the page's


@pytest.mark.parametrize("refine", [True, False])
def test_a_credit_naming_a_columnist_with_a_lower_case_particle_is_body(refine: bool) -> None:
    with_particle = "Ines vanden Delvane, Kastan Evening Post"
    res = classify_lines(
        ROUND_UP_CREDIT_LINES.replace("Ines Delvane, Kastan Evening Post", with_particle), refine
    )
    assert dict(res.blocks).get(with_particle) == "body"
    assert with_particle not in res.furniture


UNMARKED_LIST = """The Port Alder council approved a plan on Tuesday to rebuild the old ferry terminal within five years.

The mayor, Ines Delvane, said the vote ended a dispute that had divided the town since the storm of last winter.

What does the plan say?

The terminal will move two hundred metres north, onto land the port authority gives up for a token sum

Fares on the night crossing will stay frozen until the new quay opens, the council says

Residents of the harbour streets will get a say on the design in a vote next spring

The opposition leader, Tomas Orvik, said the plan was rushed and would cost far more than the council expects.

Work on the new quay is due to start in March, once the last ferries have moved to a temporary berth.
"""


@pytest.mark.parametrize("refine", [True, False])
def test_unfinished_items_under_a_question_are_a_list_not_captions(refine: bool) -> None:
    kinds = dict(classify_lines(UNMARKED_LIST, refine=refine).blocks)
    for item in UNMARKED_LIST.split("\n\n")[3:6]:
        assert kinds[item.strip()] == "body"


@pytest.mark.parametrize(
    "caption",
    [
        "Ferry crews wait at the old terminal in Port Alder on Monday (Photo: Ana Lind)",
        "The quay deal is a disgrace and the town deserves a vote on it — Tomas Orvik (@torvik) May 2, 2031",
    ],
)
def test_photo_captions_and_posts_under_a_question_stay_captions(caption: str) -> None:
    text = UNMARKED_LIST.replace(
        "Residents of the harbour streets will get a say on the design in a vote next spring", caption
    )
    kinds = dict(classify_lines(text, refine=True).blocks)
    assert kinds[caption] == "caption"


_TOPIC_LINKS = (
    "Harbour vote: Council chair Ana Orvik reads the ruling that closes the old ferry terminal",
    "Harbour vote: Read the letter Mayor Tomas Veloria sent to the ferry crews on Monday",
)


@pytest.mark.parametrize("refine", [True, False])
def test_links_under_a_lead_in_that_all_open_with_one_label_stay_captions(refine: bool) -> None:
    items = UNMARKED_LIST.split("\n\n")[3:6]
    text = UNMARKED_LIST.replace(items[0], _TOPIC_LINKS[0]).replace(items[1], _TOPIC_LINKS[1])
    text = text.replace(items[2].strip() + "\n", "")
    kinds = dict(classify_lines(text, refine=refine).blocks)
    assert all(kinds.get(link) != "body" for link in _TOPIC_LINKS)


@pytest.mark.parametrize("refine", [True, False])
def test_list_items_each_with_its_own_label_are_still_body(refine: bool) -> None:
    items = [ln.strip() for ln in UNMARKED_LIST.split("\n\n")[3:6]]
    labelled = [
        f"{label}: {item}" for label, item in zip(("Terminal", "Fares", "Residents"), items, strict=True)
    ]
    text = UNMARKED_LIST
    for item, new in zip(items, labelled, strict=True):
        text = text.replace(item, new)
    kinds = dict(classify_lines(text, refine=refine).blocks)
    assert all(kinds[item] == "body" for item in labelled)


@pytest.mark.parametrize("refine", [True, False])
def test_a_summary_box_and_its_points_stay_captions(refine: bool) -> None:
    box = "Story highlights Who will pay for the new quay?"
    kinds = dict(classify_lines(UNMARKED_LIST.replace("What does the plan say?", box), refine=refine).blocks)
    assert kinds.get(box) != "body"
    assert all(kinds.get(item.strip()) != "body" for item in UNMARKED_LIST.split("\n\n")[3:6])


@pytest.mark.parametrize("refine", [True, False])
@pytest.mark.parametrize("credit", ["Getty Images", "Ana Lind/AFP/Getty Images", "AP Photo"])
def test_a_paragraph_opening_with_a_picture_agency_credit_is_a_caption(refine: bool, credit: str) -> None:
    caption = (
        f"{credit} Mayor Ines Delvane and harbour master Okafor inspect a ferry engine at the northern quay."
    )
    text = f"{caption}\n\n{_LIVE_PARA}\n\n{_LIVE_PARA2}\n\n{_LIVE_PARA}"
    assert dict(classify_lines(text, refine=refine).blocks).get(caption) != "body"


def test_a_line_opening_with_a_news_agency_reporting_stays_body() -> None:
    line = "Reuters reports that the ferry crews voted on Monday to end their strike at the northern quay."
    text = f"{_LIVE_PARA}\n\n{line}\n\n{_LIVE_PARA2}"
    assert dict(classify_lines(text, refine=False).blocks).get(line) == "body"


@pytest.mark.parametrize("refine", [True, False])
def test_a_live_blog_entry_after_a_bracketed_updated_at_stamp_is_body(refine: bool) -> None:
    entry = "[Updated at 8:40 p.m. ET] Okafor said the northern quay would reopen to ferries on Friday."
    assert classify_furniture(entry) is None
    assert classify_furniture("[Updated at 8:40 p.m. ET]") is not None  # the stamp alone is a note
    text = f"{_LIVE_PARA}\n\n{entry}\n\n{_LIVE_PARA2}\n\n{_LIVE_PARA}"
    assert dict(classify_lines(text, refine=refine).blocks).get(entry) == "body"


@pytest.mark.parametrize(
    "promo",
    [
        "Stay up to date with notifications from The Kastan Ledger",
        "STAY UP TO DATE WITH THE FREE VELORIA NEWS APP!",
        "Interested in Port Alder? Add Port Alder as an interest to stay up to date on the latest Port Alder news.",
    ],
)
def test_a_promo_to_stay_up_to_date_is_furniture(promo: str) -> None:
    assert classify_furniture(promo) is not None


def test_a_writer_staying_up_to_date_with_news_is_prose() -> None:
    line = (
        "Like most people who left the island, I lead a double life, teaching in Orvik while trying to stay "
        "up to date with news from Port Alder on social media."
    )
    assert classify_furniture(line) is None
    text = f"{_LIVE_PARA}\n\n{line}\n\n{_LIVE_PARA2}\n\n{_LIVE_PARA}"
    assert dict(classify_lines(text, refine=True).blocks).get(line) == "body"


def test_typewriter_and_prime_quotation_marks_read_as_quotation_marks() -> None:
    assert (
        normalize_line("``We will reopen the quay,″ Okafor said.")
        == '“We will reopen the quay," Okafor said.'
    )


@pytest.mark.parametrize("refine", [True, False])
def test_a_paragraph_closing_a_quotation_with_a_double_prime_is_body(refine: bool) -> None:
    raw = "Harbour master Okafor said the crews ``will be paid for every day of the strike. They earned it.″"
    text = f"{_LIVE_PARA}\n\n{_LIVE_PARA2}\n\n{raw}\n\n{_LIVE_PARA}\n\n{_LIVE_PARA2}"
    blocks = dict(classify_lines(text, refine=refine).blocks)
    assert blocks.get(normalize_line(raw)) == "body"


def test_a_long_bio_closed_by_an_opinion_disclaimer_is_furniture() -> None:
    bio = (
        "Ana Lind is a fellow at the Kastan Institute and the author of the best-selling book on harbour "
        "towns and their ferries. She is a professor at Port Alder University, a former deputy minister of "
        "transport in the Veloria government, host of a weekly podcast on shipping and founder of Lind "
        "Harbour Advisers, a consulting firm for port authorities. The opinions expressed in this "
        "commentary are hers."
    )
    assert bio.index("The opinions") > 300
    assert classify_furniture(bio) is not None


_SHORT_CLOSER = """Port Alder votes to rebuild its quay

The council of Port Alder voted on Tuesday to rebuild the ferry quay before the winter storms arrive.

For years the harbour board promised that the old stones would hold for another decade without repairs.

It did not last.

Funding the work

The regional treasury will lend the town most of the money, to be repaid over twenty years from fares.

Work is due to start in May, once the last ferries have moved to a temporary berth on the north shore.

More on this...

The council will publish the full ruling on Friday, with the votes of every councillor beside it.

Read it here.

The mayor, Tomas Delvane, said the town could not wait for another report on the crumbling stones.
"""


def test_a_short_sentence_closing_a_section_stays_in_the_body() -> None:
    res = classify_lines(_SHORT_CLOSER, refine=True)
    kinds = dict(res.blocks)
    assert kinds.get("It did not last.") == "body"
    assert "More on this..." not in kinds  # a link ending in an ellipsis is no such sentence
    assert "Read it here." not in kinds  # nor is one pointing elsewhere


@pytest.mark.parametrize(("short", "kept"), [("It did not last.", True), ("More here.", False)])
def test_a_short_line_pointing_elsewhere_is_no_closing_sentence(short: str, kept: bool) -> None:
    # the model's verdict is left out: the rules kept all three lines, the model only the two around
    lines = analyse(
        [
            "For years the harbour board promised that the old stones would hold for another decade.",
            short,
            "The regional treasury will lend the town most of the money, to be repaid from fares.",
        ]
    )
    kinds: dict[int, BlockKind] = {0: "body", 2: "body"}
    _keep_short_sentences_in_the_article(lines, {0: "body", 1: "body", 2: "body"}, kinds)
    assert (1 in kinds) is kept


@pytest.mark.parametrize(
    ("doubled", "once"),
    [
        # a teaser card printed again without its subject, closed by the card's arrow
        (
            "Orvik joins the board. Okafor tells Marren and two other councillors at a quay meeting that "
            "he can arrange talks. tells Marren and two other councillors at a quay meeting that he can "
            "arrange talks. » The talks open in May.",
            "Orvik joins the board. Okafor tells Marren and two other councillors at a quay meeting that "
            "he can arrange talks. The talks open in May.",
        ),
        # a card's two sentences printed again, the first without its subject
        (
            "Lind sends a note. Delvane gets a second offer, which he sends to Orvik. Orvik rejects the "
            "offer. gets a second offer, which he sends to Orvik. Orvik rejects the offer. »",
            "Lind sends a note. Delvane gets a second offer, which he sends to Orvik. Orvik rejects the offer.",
        ),
        # a short sentence copied with the card's arrow after it; an initial does not hide the sentence
        (
            "The Kastan board accuses the port of fraud. Kastan board accuses the port of fraud. » Then "
            "Ana J. Lind says she met the mayor of Port Alder twice. Ana J. Lind says she met the mayor of "
            "Port Alder twice.",
            "The Kastan board accuses the port of fraud. Then Ana J. Lind says she met the mayor of Port "
            "Alder twice.",
        ),
        # a whole sentence printed twice
        (
            "The ferry left Port Alder on Monday with ninety people and a load of grain aboard. "
            "The ferry left Port Alder on Monday with ninety people and a load of grain aboard.",
            "The ferry left Port Alder on Monday with ninety people and a load of grain aboard.",
        ),
    ],
)
def test_a_sentence_printed_again_right_after_itself_is_cut(doubled: str, once: str) -> None:
    assert normalize_line(doubled) == once


def test_a_short_sentence_said_twice_stays() -> None:
    # a speaker's repetition is short; only a long sentence's copy is a scrape's double
    said = "“We will not leave the quay. We will not leave the quay,” Delvane told the crowd in Veloria."
    assert normalize_line(said) == said


@pytest.mark.parametrize("refine", [True, False])
def test_list_items_run_into_a_sentence_are_body(refine: bool) -> None:
    items = [
        "a treaty under which Kastan pulls its gunboats back from the Orvik strait and opens the ferry lanes;",
        "a freeze on new harbour forts, checked by monthly inspections;",
    ]
    text = "\n\n".join(
        [
            "The talks in Port Alder open on Monday, and the Veloria delegation arrives with a long list of demands.",
            "In return for lifting the blockade, the envoys could ask for:",
            *items,
            "and a public apology for the sinking of the fishing fleet last spring, which no side has yet offered.",
            "Few diplomats expect Kastan to accept all of it, but most say the first round will set the tone.",
        ]
    )
    kinds = dict(classify_lines(text, refine=refine).blocks)
    assert [kinds.get(item) for item in items] == ["body", "body"]


_COLUMN = [
    "Story highlights Ana Orvik: Port Alder's ferries carry the town's poorest workers",
    "She says the fare rise will cost a cleaner a day's wages every month",
    "Orvik: The council should find the money in the harbour fund instead",
    "Every morning at six, the first ferry from the north shore fills with cleaners, cooks and porters.",
    "Most of them pay for the crossing out of wages that have not risen in four years, and many walk home.",
    "Ana Orvik",
    "The council now wants to raise the fare by a third, and it says the harbour fund cannot be touched.",
    "That fund paid for a new marina for yachts last summer, and nobody asked the porters about that.",
]


@pytest.mark.parametrize("refine", [True, False])
def test_a_columnists_name_set_as_her_portraits_caption_is_no_subhead(refine: bool) -> None:
    kinds = dict(classify_lines("\n\n".join(_COLUMN), refine=refine).blocks)
    assert "Ana Orvik" not in kinds
    assert kinds[_COLUMN[6]] == "body"
    # without the summary box naming her, a name standing alone between paragraphs is a profile's subhead
    kinds = dict(classify_lines("\n\n".join(_COLUMN[3:]), refine=refine).blocks)
    assert kinds.get("Ana Orvik") == "heading"
