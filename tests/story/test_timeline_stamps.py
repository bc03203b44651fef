"""Posting stamps (a full date with its clock time) below an article's head, such as reader comments
and other stories' update lines, are no references to their day; the article's own dateline is."""

from __future__ import annotations

from handmade import CorpusBuilder

from storyline.story import build_timeline, candidate_dates

BODY = [f"Kastan and Veloria traded fire across the border, report {i} said." for i in range(5)]


def stamped_corpus() -> CorpusBuilder:
    b = CorpusBuilder()
    # a reader comment under an older article, stamped with the day it was posted
    comment = "May 3, 2031 at 4:35 pm | Reply Kastan should keep its troops at home."
    b.article("comments", "2031-04-20", [*BODY, comment])
    b.timex("comments", 5, "May 3, 2031", "2031-05-03")
    b.timex("comments", 5, "4:35 pm", "2031-05-03T16:35", kind="TIME")
    # a report of what happened that day
    b.article("report", "2031-05-04", ["Kastan troops crossed the river on May 3, officials said."])
    b.timex("report", 0, "May 3", "2031-05-03")
    # a wire story's dateline heads its lead: the lead reports its day
    b.article(
        "wire", "2031-05-06", ["CAPITAL | Tue May 6, 2031 6:48 pm EST Veloria closed its embassy in Kastan."]
    )
    b.timex("wire", 0, "Tue May 6, 2031", "2031-05-06")
    b.timex("wire", 0, "6:48 pm EST", "2031-05-06T18:48", kind="TIME")
    # a day and an hour in ordinary prose are still a reference to the day
    b.article(
        "plan", "2031-04-20", [*BODY, "Kastan will hold the border vote on Sunday at 10 a.m. in the capital."]
    )
    b.timex("plan", 5, "Sunday", "2031-04-27")
    b.timex("plan", 5, "10 a.m.", "2031-04-27T10:00", kind="TIME")
    return b


def test_a_posting_stamp_is_no_reference_to_its_day() -> None:
    feats = {f.key: f for f in candidate_dates(stamped_corpus().corpus)}
    assert feats["2031-05-03"].refs == 1  # the report, not the comment
    assert feats["2031-05-06"].refs_same == 1  # the dateline
    assert feats["2031-04-27"].refs == 1


def test_a_comment_is_no_line_of_its_posting_day() -> None:
    entries = {e.date: e for e in build_timeline(stamped_corpus().corpus, sentences_per_date=2)}
    assert [c.doc_id for c in entries["2031-05-03"].sources] == ["report"]
