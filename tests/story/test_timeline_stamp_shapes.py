"""Posting stamps in other shapes: a clock time before the date with comment or share markup after
it ("At 13:44 7th Jun 2031, someone wrote:", "9:32 am ET February 11, 2031 RETWEET"), a date with a
dash and a clock the tagger did not mark ("10th August 2031 - 11:12"), a "Last updated" line. They
are no references to their day; news sentences with a date and an hour, and a dateline that heads
the lead under a few captions, still are."""

from __future__ import annotations

from handmade import CorpusBuilder

from storyline.records import TimeExpr
from storyline.story import candidate_dates
from storyline.story.timeline import _stamps

BODY = [f"Kastan and Veloria traded fire across the border, report {i} said." for i in range(5)]


def stamped_texts(b: CorpusBuilder) -> set[str]:
    """The text of every time expression the timeline takes for part of a posting stamp."""
    ids = _stamps(b.corpus, b.corpus.articles)
    return {tx.text for tx in b.corpus.timexes if id(tx) in ids}


def one_line(line: str) -> CorpusBuilder:
    """An article whose sixth sentence (below the head) is line."""
    return CorpusBuilder().article("doc", "2031-04-20", [*BODY, line])


def test_a_clock_before_the_date_with_a_comment_author_is_a_stamp() -> None:
    b = one_line("At 13:44 7th Jun 2031 , SomeUser wrote : Kastan should keep its troops at home .")
    b.timex("doc", 5, "7th Jun 2031", "2031-06-07")
    b.timex("doc", 5, "13:44", "2031-04-20T13:44", kind="TIME")  # the tagger anchors a bare clock to the DCT
    assert stamped_texts(b) == {"13:44", "7th Jun 2031"}


def test_a_retweet_line_is_a_stamp() -> None:
    b = one_line("ly/Y4AvJ6 9:32 am ET February 11 , 2031 RETWEET Five leaders give their take on Kastan .")
    b.timex("doc", 5, "9:32 am ET February 11", "2030-02-11T09:32", kind="TIME")
    b.timex("doc", 5, "2031", "2031")
    assert stamped_texts(b) == {"9:32 am ET February 11", "2031"}


def test_a_date_a_dash_and_an_untagged_clock_is_a_stamp() -> None:
    b = one_line("10th August 2031 - 11:12 Veloria should talk to Kastan first .")
    b.timex("doc", 5, "10th August 2031", "2031-08-10")
    assert stamped_texts(b) == {"10th August 2031"}


def test_an_update_line_is_a_stamp() -> None:
    b = one_line("Border talks stall updated : Thu Mar 17 2031 05:49:00 Kastan recalled its envoy .")
    b.timex("doc", 5, "Thu Mar 17 2031", "2031-03-17")
    b.timex("doc", 5, "05:49:00", "2031-04-20T05:49", kind="TIME")
    assert stamped_texts(b) == {"Thu Mar 17 2031", "05:49:00"}


def test_news_with_a_date_and_an_hour_is_no_stamp() -> None:
    b = CorpusBuilder().article(
        "doc",
        "2031-06-08",
        [
            *BODY,
            "At 13:44 on Tuesday , troops opened fire in Kastan .",
            "At 13:44 , 7 June 2031 , troops opened fire on the crowd in Kastan .",
            "Kastan troops crossed the river on 7 June 2031 - 11 people died .",
            "At 9:30 am on 7 June 2031 , Veloria wrote to the council : it wants a truce .",
        ],
    )
    b.timex("doc", 5, "13:44", "2031-06-03T13:44", kind="TIME")
    b.timex("doc", 5, "Tuesday", "2031-06-03")
    b.timex("doc", 6, "13:44", "2031-06-07T13:44", kind="TIME")
    b.timex("doc", 6, "7 June 2031", "2031-06-07")
    b.timex("doc", 7, "7 June 2031", "2031-06-07")
    b.timex("doc", 8, "9:30 am", "2031-06-07T09:30", kind="TIME")
    b.timex("doc", 8, "7 June 2031", "2031-06-07")
    assert stamped_texts(b) == set()


def test_a_dateline_under_captions_heads_the_lead_and_stays() -> None:
    captions = [f"A soldier walks near a tank in Kastan , still image {i} ." for i in range(4)]
    b = CorpusBuilder().article(
        "wire",
        "2031-08-09",
        [*captions, "CAPITAL | Tue Aug 9 , 2031", "7:17 pm EDT CAPITAL - Veloria closed its embassy ."],
    )
    b.timex("wire", 4, "Tue Aug 9 , 2031", "2031-08-09")
    b.timex("wire", 5, "7:17 pm EDT", "2031-08-09T19:17", kind="TIME")
    assert stamped_texts(b) == set()


def test_comment_stamps_are_no_references_to_their_day() -> None:
    b = CorpusBuilder()
    b.article(
        "thread",
        "2031-04-20",
        [
            *BODY,
            "At 13:44 7th Jun 2031 , SomeUser wrote : Kastan should keep its troops at home .",
            "10th August 2031 - 11:12 Veloria should talk to Kastan first .",
        ],
    )
    b.timex("thread", 5, "7th Jun 2031", "2031-06-07")
    b.timex("thread", 5, "13:44", "2031-04-20T13:44", kind="TIME")
    b.timex("thread", 6, "10th August 2031", "2031-08-10")
    b.article("report", "2031-08-12", ["Kastan troops crossed the river on June 7 and on August 10 ."])
    b.timex("report", 0, "June 7", "2031-06-07")
    b.timex("report", 0, "August 10", "2031-08-10")
    feats = {f.key: f for f in candidate_dates(b.corpus)}
    assert feats["2031-06-07"].refs == 1  # the report, not the comment
    assert feats["2031-08-10"].refs == 1


def test_garbage_offsets_do_not_crash() -> None:
    b = one_line("At 13:44 7th Jun 2031 , SomeUser wrote : hello .")
    text_len = len(b.corpus.articles["doc"].text)
    b.corpus.timexes.append(
        TimeExpr("doc", text_len + 50, text_len + 60, "7th Jun 2031", "DATE", "2031-06-07", "dct", sentence=5)
    )
    b.corpus.timexes.append(TimeExpr("doc", -5, -1, "13:44", "TIME", "2031-04-20T13:44", "dct", sentence=5))
    assert stamped_texts(b) == set()
    assert candidate_dates(b.corpus)
