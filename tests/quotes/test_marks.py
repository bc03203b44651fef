from storyline.quotes.marks import find_marked


def texts(s: str) -> list[str]:
    return [q.text(s) for q in find_marked(s)]


def test_marks_straight_and_curly_pairs() -> None:
    s = '"We leave today," she said. “We return in May.”'
    assert texts(s) == ["We leave today,", "We return in May."]


def test_marks_nested_single_quotes_stay_inside_outer_quote() -> None:
    s = "He said “the board called it ‘a disaster’ twice” on Monday."
    assert texts(s) == ["the board called it ‘a disaster’ twice"]


def test_marks_multi_paragraph_quote_continues_into_reopened_paragraph() -> None:
    s = 'She said: "The first part ends here.\n\n"The second part closes it." Then silence.'
    spans = find_marked(s)
    assert len(spans) == 1
    assert spans[0].text(s) == "The first part ends here. The second part closes it."
    assert not spans[0].damaged


def test_marks_unclosed_quote_recovered_at_paragraph_end() -> None:
    s = 'The mayor said "we will rebuild the bridge\n\nTraffic resumed later.'
    spans = find_marked(s)
    assert [q.text(s) for q in spans] == ["we will rebuild the bridge"]
    assert spans[0].damaged


def test_marks_stray_closing_mark_is_ignored() -> None:
    s = '"The plan is ready," said the minister." "It starts now," she added.'
    assert texts(s) == ["The plan is ready,", "It starts now,"]


def test_marks_doubled_apostrophes_used_as_quote_marks() -> None:
    s = "''Nothing changes,'' said Ms. Orr. ''Not yet.''"
    assert texts(s) == ["Nothing changes,", "Not yet."]


def test_marks_apostrophes_are_not_quotes() -> None:
    s = "The ministers’ talks and Tom’s plan don’t end today."
    assert texts(s) == []


def test_marks_garbage_never_raises() -> None:
    for s in ["", '"', "“”", '" " "', "‘’‘’", "\u200b\ufeff“x", '"' * 5000, "a\n\n\n\n“b\n\n”"]:
        find_marked(s)


def test_marks_inner_quote_in_the_same_curly_marks_stays_inside() -> None:
    s = "“I would rather stay in what he calls “chaos” than leave with him.” ― Ona Petrik"
    assert texts(s) == ["I would rather stay in what he calls “chaos” than leave with him."]


def test_marks_reopened_curly_quote_without_close_still_splits() -> None:
    s = "“The first one never closes. “The second one does,” she said."
    spans = find_marked(s)
    assert [q.text(s) for q in spans] == ["The first one never closes.", "The second one does,"]
    assert spans[0].damaged


def test_marks_straight_single_quotes_in_a_text_without_double_marks() -> None:
    s = (
        "'We can't wait for the workers' pay talks,' the union's leader said.\n\n"
        "She called the offer 'an insult to nurses' and left.\n\n"
        "'The first part ends here.\n\n'The second part closes it.' Then silence."
    )
    assert texts(s) == [
        "We can't wait for the workers' pay talks,",
        "an insult to nurses",
        "The first part ends here. The second part closes it.",
    ]


def test_marks_straight_single_quote_before_a_lowercase_word_closes_when_nothing_else_does() -> None:
    s = "She said there were 'too many unknowns' that worried the crews."
    assert texts(s) == ["too many unknowns"]


def test_marks_straight_single_marks_stay_apostrophes_next_to_double_marks() -> None:
    s = "The 'plan' was ready, the minister's aide said. \"We start now,\" she added."
    assert texts(s) == ["We start now,"]


def test_marks_straight_apostrophes_of_years_and_elisions_open_no_quote() -> None:
    s = (
        "In the '90s the port boomed.\n\n"
        "They played rock 'n' roll till dawn and loved 'em all.\n\n"
        "'We will be back,' she said."
    )
    assert texts(s) == ["We will be back,"]
