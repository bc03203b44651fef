"""Reader-comment threads and share feeds after a plain-text article end it; live blogs and a single dated
line in the body do not."""

from __future__ import annotations

from storyline.clean import clean_document
from storyline.clean.document import cut_comment_thread
from storyline.records import Article, BlockKind, RawDocument

ARTICLE = [
    "The harbour authority closed the northern port on Tuesday after a storm damaged two of its cranes.",
    "Ships waiting outside the breakwater were sent to the southern terminal, the authority said.",
    "Engineers expect the repairs to take at least three weeks, according to the port's operations director.",
    "Fishing crews said the closure would cost them most of the season's last catch before the winter ban.",
    "The regional council promised a relief fund for the crews but has not said how large it will be.",
    "Traders at the fish market said prices had already risen by a third since the weekend.",
]


def _clean(paragraphs: list[str]) -> Article:
    text = "Storm closes northern port\n\n" + "\n\n".join(paragraphs) + "\n"
    return clean_document(RawDocument(source_path="a.txt", content=text, kind="text"))


def _body(kinds: list[str]) -> list[tuple[str, BlockKind]]:
    return [(t, "body") for t in kinds]


def test_a_thread_of_wrote_comments_ends_the_article() -> None:
    comments = [
        "At 13:44 7th Jun 2012, harbourwatcher wrote: The cranes were old and everybody in town knew it.",
        "The council ignored every warning that the dock workers gave them over the years.",
        "At 15:02 7th Jun 2012, seaside_anna wrote: I hope the fishing crews get the relief fund quickly.",
        "At 18:30 8th Jun 2012, portman wrote: Three weeks sounds optimistic to me, given the damage.",
    ]
    plain = _clean(ARTICLE)
    art = _clean(ARTICLE + comments)
    assert art.text == plain.text  # nothing of the thread is article text
    assert "harbourwatcher" not in art.text and "relief fund quickly" not in art.text
    assert art.dropped_lines == plain.dropped_lines + len(comments)  # counted, not silently lost


def test_bare_stamps_after_most_of_the_words_end_the_article() -> None:
    comments = [
        "10th August 2011 - 11:12 I think the council should have replaced those cranes years ago.",
        "10th August 2011 - 10:59 Nobody asked the fishing crews what they need from the fund.",
    ]
    art = _clean(ARTICLE + comments)
    assert art.text == _clean(ARTICLE).text


def test_comments_that_outweigh_the_article_are_cut_by_their_markup() -> None:
    reply = "June {d}, 2011 at {h}:15 pm | Reply {text}"
    talk = [
        "I have lived by this port all my life and have never seen the authority act this slowly.",
        "You are right about the cranes, but the storm was the worst in forty years, nobody could help it.",
        "Does anyone know whether the southern terminal can take the larger container ships at all?",
        "My brother works on one of the fishing boats and he says the crews were warned on Monday.",
    ]
    comments = [reply.format(d=2 + i, h=1 + i, text=t) for i, t in enumerate(talk * 3)]
    blocks = _body(ARTICLE[:2] + comments)
    kept, cut = cut_comment_thread(blocks)
    assert kept == blocks[:2]
    assert cut == comments


def test_a_retweet_feed_ends_the_article() -> None:
    feed = [
        "9:32 am ET February 11, 2013 RETWEET Five mayors give their take on the port closure tonight.",
        "8:47 pm ET February 11, 2013 RETWEET Coming up: the engineer who inspected the cranes.",
    ]
    kept, cut = cut_comment_thread(_body(ARTICLE + feed))
    assert [t for t, _ in kept] == ARTICLE
    assert cut == feed


def test_a_comment_stamp_glued_to_the_sentence_before_keeps_that_sentence() -> None:
    glued = "Prices rose by a third. June 9, 2011 at 11:30 pm | Reply The fund will never come."
    later = "June 10, 2011 at 8:05 am | Reply It came for the farmers last year."
    kept, cut = cut_comment_thread(_body(ARTICLE[:3] + [glued, later]))
    assert [t for t, _ in kept] == [*ARTICLE[:3], "Prices rose by a third."]
    assert cut == ["June 9, 2011 at 11:30 pm | Reply The fund will never come.", later]


def test_a_live_blog_is_not_cut() -> None:
    entries = [
        "February 22, 2011 - 10:32 GMT Troops entered the port district from the north.",
        "February 22, 2011 - 10:58 GMT The harbour authority says the cranes are beyond repair.",
        "February 22, 2011 - 11:20 GMT Fishing crews have gathered outside the council offices.",
        "February 22, 2011 - 11:45 GMT The council leader says a relief fund will be announced.",
    ]
    clocks_only = [
        "10:32 am - Troops entered the port district from the north.",
        "10:58 am - The harbour authority says the cranes are beyond repair.",
    ]
    for blog in (entries + ARTICLE[:2], ARTICLE[:1] + entries + ARTICLE[1:2], clocks_only + ARTICLE[:3]):
        blocks = _body(blog)
        assert cut_comment_thread(blocks) == (blocks, [])


def test_one_dated_line_in_the_body_is_no_thread() -> None:
    dated = "June 1, 2011 at 3:01 pm | Reply buttons were switched off on the authority's website."
    blocks = _body(ARTICLE[:4] + [dated] + ARTICLE[4:])
    assert cut_comment_thread(blocks) == (blocks, [])
    art = _clean(ARTICLE[:4] + [dated] + ARTICLE[4:])
    assert "Reply buttons were switched off" in art.text


def test_a_share_button_is_no_comment_markup() -> None:
    shared = [
        "June 1, 2011 at 3:01 pm Share The harbour authority published its damage report today.",
        "June 1, 2011 at 4:15 pm Share The council will meet the fishing crews on Thursday.",
    ]
    blocks = _body(ARTICLE[:2] + shared + ARTICLE[2:])  # stamped entries early, no comment markup
    assert cut_comment_thread(blocks) == (blocks, [])


def test_odd_input_does_not_crash() -> None:
    assert cut_comment_thread([]) == ([], [])
    only_stamps = _body(["June 1, 2011 at 3:01 pm | Reply"] * 4)
    kept, cut = cut_comment_thread(only_stamps)
    assert kept == only_stamps[:2] and len(cut) == 2  # the first blocks are never cut
    noise = _body(["12:30 pm 2011 May 5, " * 200, "|||| 99:99 wrote: :::", ""] * 3)
    kept, cut = cut_comment_thread(noise)
    assert kept + _body(cut) == noise


def test_the_first_commenters_name_line_goes_with_the_thread() -> None:
    thread = [
        "Art Lane says:",
        "July 11, 2011 at 12:25 pm",
        "So true, the cranes were rusting for years.",
        "Mia Ford says:",
        "July 12, 2011 at 9:03 am",
    ]
    kept, cut = cut_comment_thread(_body(ARTICLE + thread))
    assert [t for t, _ in kept] == ARTICLE
    assert cut == thread


def test_an_outlet_named_in_a_comment_is_not_the_articles_outlet() -> None:
    comments = [
        "At 13:44 7th Jun 2012, harbourwatcher wrote: The BBC reported the storm damage two days earlier.",
        "At 15:02 7th Jun 2012, seaside_anna wrote: Reuters had the cranes story first as well.",
    ]
    art = _clean(ARTICLE + comments)
    assert art.outlet is None
    assert art.dropped_lines == _clean(ARTICLE).dropped_lines + len(comments)


def test_a_cut_never_leaves_the_article_without_body_text() -> None:
    thread = [f"June {d}, 2011 at 3:01 pm | Reply I agree with the council on this one." for d in (1, 2, 3)]
    blocks: list[tuple[str, BlockKind]] = [
        ("Storm closes northern port", "heading"),
        ("Photo: the port", "caption"),
    ]
    blocks += _body(thread)
    assert cut_comment_thread(blocks) == (blocks, [])
