"""spaCy loading and block-aware sentence rows."""

from __future__ import annotations

import pytest

from storyline.nlp import load_model, parse_article
from storyline.records import Article, Block


def _article(parts: list[tuple[str, str]]) -> Article:
    text, blocks, pos = "", [], 0
    for kind, part in parts:
        if text:
            text += "\n\n"
            pos += 2
        blocks.append(Block(pos, pos + len(part), kind))  # type: ignore[arg-type]
        text += part
        pos += len(part)
    return Article(doc_id="t", source_path="mem", text=text, blocks=blocks)


def test_parse_sentences_never_cross_blocks_and_carry_block_kind(nlp) -> None:  # type: ignore[no-untyped-def]
    art = _article(
        [
            ("body", "The envoys met in Bergen on Tuesday. They agreed to talk again"),
            ("pull", "We will not give up the harbour"),
            ("attribution", "Astrid Holm"),
            ("body", "Ms Holm said the talks had been useful."),
        ]
    )
    state = parse_article(nlp, art)
    got = [(art.text[s.start : s.end], s.block_kind) for s in state.sentences]
    assert got == [
        ("The envoys met in Bergen on Tuesday.", "body"),
        ("They agreed to talk again", "body"),
        ("We will not give up the harbour", "pull"),
        ("Astrid Holm", "attribution"),
        ("Ms Holm said the talks had been useful.", "body"),
    ]
    assert [s.index for s in state.sentences] == list(range(5))
    assert state.sentence_index(art.text.index("Ms Holm")) == 4


def test_parse_empty_article_has_no_sentences(nlp) -> None:  # type: ignore[no-untyped-def]
    state = parse_article(nlp, Article(doc_id="e", source_path="mem", text=""))
    assert state.sentences == []


def test_load_model_unknown_name_says_what_to_install() -> None:
    with pytest.raises(RuntimeError, match="not installed"):
        load_model("no_such_spacy_model_xyz")


def test_parse_no_sentence_starts_with_a_lower_case_word_inside_a_block(nlp) -> None:  # type: ignore[no-untyped-def]
    # The small parser splits these after "Portugal" and after the closing quote (the headline of
    # examples/2024-03-05_coastwatch.html); a lower-case word inside a block continues the sentence,
    # while a new block still starts one.
    art = _article(
        [
            ("heading", "Lisbon and Rabat thaw fishing dispute"),
            ("body", "Portugal and Morocco have agreed to restart talks on their suspended fishing accord."),
            ("body", '"Nobody wins a trade war." he said. The talks resume in Rabat.'),
            ("body", "iPhone sales in Morocco rose."),
        ]
    )
    state = parse_article(nlp, art)
    got = [art.text[s.start : s.end] for s in state.sentences]
    assert got == [
        "Lisbon and Rabat thaw fishing dispute",
        "Portugal and Morocco have agreed to restart talks on their suspended fishing accord.",
        '"Nobody wins a trade war." he said.',
        "The talks resume in Rabat.",
        "iPhone sales in Morocco rose.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The inquiry into the death of Army Sgt. Tomas Veloria opened in Port Alder on Monday.",
        # the parser splits these even with the sentence start preset: the rows are joined again
        "The dispute over the transfer of Army Sgt. Tomas Veloria is likely to grow next month, when harbour "
        "officials meet the board.",
        "Witnesses said police fired twice but Cpl. Ana Okafor was unhurt.",
        "An army spokesman, Brig. Gen. Ana Okafor, said the patrol had been ambushed.",
        "Lt. Col. Ivo Marren led the convoy back to the Kastan border.",
        '"The vote must wait," Sens. Lena Delvane and Ivo Marren said in a statement.',
        "In 2019, Ret. Lt. Gen. Tomas Veloria told the Kastan panel that the plan would fail.",
        # a rank's grade written out: the parser ended the sentence at the ordinal or inside the name
        "The soldier was named as Army Sgt. 1st Class Tomas Veloria, 34, of Port Alder.",
        "Officials said Staff Sgt. 1st Class Marren Okafor was hurt in the blast near the base.",
        "Petty Officer 1st Class Ana Orvik and Sgt. Maj. Tomas Kastan were honoured at the quay.",
    ],
)
def test_no_sentence_ends_after_an_abbreviated_rank(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    state = parse_article(nlp, _article([("body", text)]))
    assert [text[s.start : s.end] for s in state.sentences] == [text]


def test_a_sentence_after_a_rank_at_the_end_still_starts(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Delvane was promoted to Sgt. He left the base a week later."
    state = parse_article(nlp, _article([("body", text)]))
    assert len(state.sentences) == 2


def test_a_sentence_after_a_rank_grade_at_the_end_still_starts(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Delvane was promoted to Sgt. 1st Class in 2010. He left the Kastan base a week later."
    state = parse_article(nlp, _article([("body", text)]))
    assert len(state.sentences) == 2


def _forced_split(nlp, text: str, starts: list[str]):  # type: ignore[no-untyped-def]
    """A Doc whose sentences start where the given strings start, as the parser sometimes splits."""
    doc = nlp.make_doc(text)
    at = {text.index(s) for s in starts}
    for tok in doc[1:]:
        tok.is_sent_start = tok.idx in at
    return doc


def test_a_quotation_mark_split_from_its_sentence_is_joined_again(nlp) -> None:  # type: ignore[no-untyped-def]
    from storyline.nlp.parse import sentences_from_doc

    text = 'Okafor said the crews "were ready to sail." The harbour opened. “We waited,” she said.'
    art = _article([("body", text)])
    # the parser's stray splits: a closing mark alone after its sentence, an opening mark alone before one
    doc = _forced_split(nlp, text, ['" The', "The", "“We", "We w"])
    got = [text[s.start : s.end] for s in sentences_from_doc(art, doc)]
    assert got == [
        'Okafor said the crews "were ready to sail."',
        "The harbour opened.",
        "“We waited,” she said.",
    ]


def test_a_closing_quotation_mark_is_preset_as_no_sentence_start(nlp) -> None:  # type: ignore[no-untyped-def]
    from storyline.nlp.parse import SENTENCE_STARTS_COMPONENT

    text = 'Veloria said the port "will reopen." "Not soon," Marren replied.'
    doc = nlp.get_pipe(SENTENCE_STARTS_COMPONENT)(nlp.make_doc(text))
    marks = [tok for tok in doc if tok.text == '"']
    assert marks[1].is_sent_start is False  # glued to the full stop: it closes the quotation
    assert marks[2].is_sent_start is not False  # after a space: it may open the next sentence


@pytest.mark.parametrize(
    "text",
    [
        # a British honorific without its full stop before a name
        "Mrs Okafor earlier addressed a meeting of harbour MPs in Port Alder, in an effort to win them over.",
        "The talks between Mr Veloria and the union went on into the night, officials said.",
        # an editor's words in brackets inside a sentence
        '"It is a shame [the harbour master] Ivo Marren was in the room and said nothing," she said.',
        "The memo said that Ana Orvick [sic] had taken over as the board's chairman in August.",
        # ... also after a quoted term closed mid-sentence
        "“Nobody should doubt the ‘two harbours, one tide’ [sic] rule that binds Orvik,” the Ledger warned.",
        # a quotation whose first word is lower case goes on with the sentence before it
        "Delvane said the board “did decide there was too little money for the wall,” and left.",
        # a speaker's tag after a quotation closed by its own question or exclamation mark
        '"Who will pay for the new quay?" Delvane asked on Monday.',
        "“Not again!” Ivo Marren tweeted.",
    ],
)
def test_no_sentence_starts_inside_these_sentences(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    state = parse_article(nlp, _article([("body", text)]))
    assert [text[s.start : s.end] for s in state.sentences] == [text]


def test_a_bullet_opening_a_paragraph_is_no_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "• The suspected smugglers who fired on the coastguard on Thursday had sailed from Port Alder."
    state = parse_article(nlp, _article([("body", text)]))
    assert [text[s.start : s.end] for s in state.sentences] == [text[2:]]
    # nor one the parser leaves alone
    from storyline.nlp.parse import sentences_from_doc

    doc = _forced_split(nlp, text, ["The suspected"])
    assert [text[s.start : s.end] for s in sentences_from_doc(_article([("body", text)]), doc)] == [text[2:]]


def test_a_list_number_opening_its_line_is_no_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    items = [
        "1. First, Veloria counts every ballot cast on polling day in the harbour towns.",
        "2. Then the smaller parties learn whether they passed the threshold.",
    ]
    text = "Two things to watch this week:\n\n" + "\n\n".join(items)
    state = parse_article(
        nlp, _article([("body", "Two things to watch this week:"), *(("body", i) for i in items)])
    )
    assert [text[s.start : s.end] for s in state.sentences] == [
        "Two things to watch this week:",
        *(i[3:] for i in items),
    ]
    # a count closing a sentence stays in it
    tail = "The harbour towns cast 12."
    assert [tail[s.start : s.end] for s in parse_article(nlp, _article([("body", tail)])).sentences] == [tail]


def test_a_bullet_glued_to_its_first_word_reads_as_a_bullet(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "•In Port Alder, a harbour pilot refused to guide the tanker into the bay.\n•Okafor said the tide was wrong."
    state = parse_article(nlp, _article([("body", text)]))
    assert [text[s.start : s.end] for s in state.sentences] == [
        "In Port Alder, a harbour pilot refused to guide the tanker into the bay.",
        "Okafor said the tide was wrong.",
    ]
    opening = next(t for t in state.doc if t.idx == 1)
    assert opening.text == "In" and opening.pos_ == "ADP"
    refused = next(t for t in state.doc if t.text == "refused")
    assert refused.dep_ == "ROOT" and [c.text for c in refused.children if c.dep_ == "nsubj"] == ["pilot"]


def test_the_parsers_splits_inside_such_sentences_are_joined_again(nlp) -> None:  # type: ignore[no-untyped-def]
    from storyline.nlp.parse import sentences_from_doc

    text = "The crews sailed. Mrs Okafor waved. The memo named Orvick [sic] as chairman. Then they left."
    art = _article([("body", text)])
    doc = _forced_split(nlp, text, ["Mrs", "Okafor", "The memo", "[sic]", "Then"])
    got = [text[s.start : s.end] for s in sentences_from_doc(art, doc)]
    assert got == [
        "The crews sailed.",
        "Mrs Okafor waved.",
        "The memo named Orvick [sic] as chairman.",
        "Then they left.",
    ]


def test_parse_reads_a_name_with_a_curly_apostrophe_as_a_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "“The crew did what the drills taught them,” O’Dowd said. It wasn’t the pier’s fault."
    state = parse_article(nlp, _article([("body", text)]))
    name = next(t for t in state.doc if t.idx == text.index("O’Dowd"))
    assert name.pos_ == "PROPN"
    assert name.head.lemma_ == "say" and name.dep_ == "nsubj"
    # one character for one: offsets into the article's text still hold; of the contractions only a
    # negation's "n’t" is read straight (see the test below), a possessive is left alone
    assert len(state.doc.text) == len(text)
    assert "wasn't" in state.doc.text and "pier’s" in state.doc.text


def test_parse_reads_a_curly_negation_as_a_negation(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Orvik often uses clauses that aren’t part of the treaty to say the treaty itself isn’t working."
    state = parse_article(nlp, _article([("body", text)]))
    negations = [t for t in state.doc if t.idx in (text.index("n’t part"), text.index("n’t working"))]
    assert [t.dep_ for t in negations] == ["neg", "neg"]
    assert len(state.doc.text) == len(text)


def test_a_comma_and_mark_glued_between_words_are_tokens_of_their_own(nlp) -> None:  # type: ignore[no-untyped-def]
    text = 'She said,"We will not sell the pier."'
    state = parse_article(nlp, _article([("body", text)]))
    assert [t.text for t in state.doc][:5] == ["She", "said", ",", '"', "We"]


def test_a_lone_ellipsis_dash_or_opening_mark_joins_its_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    from storyline.nlp.parse import sentences_from_doc

    parts = [
        "“The crews were ready. … We sailed at dawn,” Okafor said.",
        "The council listed its questions:",
        "(2) Who closed the quay?",
        "-- Who paid the crews?",
    ]
    art = _article([("body", p) for p in parts])
    starts = ["… We", "We sailed", "The council", "(2)", "2) Who", "-- Who", "Who paid"]
    doc = _forced_split(nlp, art.text, starts)
    got = [art.text[s.start : s.end] for s in sentences_from_doc(art, doc)]
    assert got == [
        "“The crews were ready. …",
        "We sailed at dawn,” Okafor said.",
        "The council listed its questions:",
        "(2) Who closed the quay?",
        "Who paid the crews?",
    ]
    art = _article([("body", "Marren wrote:"), ("body", "“ The harbour stays open.”")])
    doc = _forced_split(nlp, art.text, ["“ The", "The harbour"])
    got = [art.text[s.start : s.end] for s in sentences_from_doc(art, doc)]
    assert got == ["Marren wrote:", "“ The harbour stays open.”"]


def test_a_lone_word_cut_off_its_sentence_is_joined_again(nlp) -> None:  # type: ignore[no-untyped-def]
    from storyline.nlp.parse import sentences_from_doc

    text = "President Okafor enjoys wide support in Port Alder. Stop. Ana Orvik sends a note."
    art = _article([("heading", "Okafor at home"), ("body", text)])
    # the parser's stray splits after a title and a given name; a one-word sentence with its stop stays
    doc = _forced_split(nlp, art.text, ["President", "Okafor enjoys", "Stop", "Ana", "Orvik sends"])
    got = [art.text[s.start : s.end] for s in sentences_from_doc(art, doc)]
    assert got == [
        "Okafor at home",
        "President Okafor enjoys wide support in Port Alder.",
        "Stop.",
        "Ana Orvik sends a note.",
    ]


def test_a_sentence_after_a_quoted_question_still_starts(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        '"Where did the money for the quay go?" Nobody knew. "Not again!" The crews cheered. '
        '"Who asked you?" Orvik told the radio he had never met the board.'
    )
    state = parse_article(nlp, _article([("body", text)]))
    assert [text[s.start : s.end] for s in state.sentences] == [
        '"Where did the money for the quay go?"',
        "Nobody knew.",
        '"Not again!"',
        "The crews cheered.",
        '"Who asked you?"',
        "Orvik told the radio he had never met the board.",
    ]
