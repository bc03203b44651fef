"""Quote finding on constructions judged wrong in unseen real news (session 9); all texts are invented."""

from __future__ import annotations

from typing import Any

from quotes_helpers import body, parse
from spacy.tokens import Doc

from storyline.entities import find_mentions
from storyline.quotes import find_quotes
from storyline.quotes.speaker import subject_of
from storyline.records import QuoteMention


def run(nlp: Any, *paragraphs: str) -> list[QuoteMention]:
    state = parse(nlp, body(*paragraphs))
    find_quotes(state)
    assert state.errors == []
    return state.quotes


def quoted(quotes: list[QuoteMention], words: str) -> list[QuoteMention]:
    return [q for q in quotes if words in q.text]


def test_name_given_after_a_place_and_as_is_no_quote(nlp: Any) -> None:
    qs = run(
        nlp,
        'The guests of honour Ana Reis and Tomas Kiral, known within the community as "Red and Blue Fox", '
        "held a session on Saturday.",
    )
    assert quoted(qs, "Red and Blue Fox") == []


def test_title_after_naming_participle_is_no_quote_under_another_cue(nlp: Any) -> None:
    qs = run(
        nlp,
        '"I had feared this week would come for a long time," wrote the columnist Dana Mills, in a column '
        'titled "The harbour is no longer a home for fishermen".',
    )
    assert quoted(qs, "home for fishermen") == []
    [q] = quoted(qs, "feared this week")
    assert q.speaker_name == "Dana Mills"


def test_headline_given_with_a_comma_is_no_quote(nlp: Any) -> None:
    qs = run(
        nlp,
        'The Velmar Gazette printed a short column headlined, "Ferry delays - the new normal". '
        "The council said it would reply.",
    )
    assert quoted(qs, "Ferry delays") == []
    # the noun "headline" gives no title: the quotation is someone's words
    qs = run(
        nlp,
        "The Velmar Gazette ran a long profile of a harbour worker on Saturday.",
        'The paper took a line of the worker\'s as its headline: "At last. The boats are back."',
    )
    assert quoted(qs, "boats are back") != []


def test_quoted_group_name_after_a_person_is_no_quote(nlp: Any) -> None:
    qs = run(
        nlp,
        'Calling it "a plan with no heart", Ana Reis of "Speak up now", a tenants\' charity, told the Gazette '
        '"it looks as if the report was written before anyone visited the flats".',
    )
    assert quoted(qs, "Speak up now") == []
    [q] = quoted(qs, "looks as if")
    assert q.speaker_name is not None and "Reis" in q.speaker_name
    # "accused X of '...'" charges X with an act: a quote, not a name
    qs = run(
        nlp,
        'His rival, Ana Reis, in a message to donors, accused Tomas Kiral of "trying to scare the whole town."',
    )
    assert quoted(qs, "scare the whole town") != []


def test_clause_with_colon_introduces_direct_quote_without_speech_verb(nlp: Any) -> None:
    qs = run(
        nlp,
        "The council of Velmar resigned on Friday after a long dispute over the harbour.",
        'Mayor Ana Reis quickly took a parting shot on Twitter: "Well, well, what a day, the weakest council '
        'this town has known has finally gone home."',
    )
    [q] = quoted(qs, "weakest council")
    assert q.speaker_name is not None and "Ana Reis" in q.speaker_name
    # "I am like, '...'" in an interview: "I" is whoever holds the turn, which the clause cannot tell
    qs = run(
        nlp,
        "Zara Velt described the argument with her aunt. "
        '"I told her the truth about the house," she said. And I am like, "Think about it. Why are you so '
        'upset about this?"',
    )
    [q] = quoted(qs, "so upset")
    assert q.speaker_name == "Zara Velt"


def test_introducing_clause_beats_the_previous_speaker(nlp: Any) -> None:
    qs = run(
        nlp,
        'Tomas Kiral wrote, "The port is closed."',
        'Senator Mara Velt spoke on Radio Nord, "This will end in chaos. Nothing could hurt the town more than '
        'this."',
    )
    [q] = quoted(qs, "end in chaos")
    assert q.speaker_name == "Mara Velt"


def test_speaker_phrase_stops_at_a_verb(nlp: Any) -> None:
    qs = run(
        nlp,
        "The latest announcement of a harbour closure angered local fishermen, who called it a "
        '"reckless act of vanity."',
    )
    [q] = quoted(qs, "act of vanity")
    assert q.speaker_name == "local fishermen"


def test_scare_quote_inside_a_garbled_subject_has_no_speaker(nlp: Any) -> None:
    qs = run(
        nlp,
        'While many offered "furry" versions of old products, at least one shop focused on "pushing the '
        'boundaries of costume technology."',
    )
    assert quoted(qs, "furry") == []


def test_part_of_a_group_keeps_the_group(nlp: Any) -> None:
    qs = run(
        nlp,
        "Officials may meet soon. "
        '"The talks are moving in the right direction and a deal could come this week," one of the people said.',
    )
    [q] = quoted(qs, "right direction")
    assert q.speaker_name == "one of the people"


def test_part_of_group_stops_before_its_relative_clause(nlp: Any) -> None:
    qs = run(
        nlp,
        "One of the officials who spoke with the Gazette said the council was delighted with the outcome of the vote.",
    )
    [q] = quoted(qs, "delighted")
    assert q.speaker_name == "One of the officials"


def test_document_read_as_compound_of_its_verb_still_speaks(nlp: Any) -> None:
    qs = run(
        nlp,
        '"Above all," the memo states, "the engineers found that the dam can hold the spring floods."',
    )
    [q] = quoted(qs, "Above all")
    assert q.speaker_name is not None and "memo" in q.speaker_name


def test_cited_as_saying_names_the_original_speaker(nlp: Any) -> None:
    qs = run(
        nlp, 'The news agency cited Mr. Kiral as saying he has "no plans to step down," while warning others.'
    )
    [q] = quoted(qs, "no plans")
    assert q.speaker_name is not None and "Kiral" in q.speaker_name
    # citing a text without "as saying" relays nobody's words: the subject still speaks
    qs = run(
        nlp, 'Ana Reis cited Article 5 of the harbour treaty and said, "They need to stand by us", on Monday.'
    )
    [q] = [q for q in quoted(qs, "stand by us") if q.kind == "direct"]
    assert q.speaker_name is not None and "Ana Reis" in q.speaker_name


def test_relative_clause_with_its_own_speaker_keeps_the_quote(nlp: Any) -> None:
    qs = run(
        nlp,
        "Kerri Dobbs, spokeswoman for the ministry, sharply criticized the ruling, which Halvorsen has referred "
        'to as "theatre" and a "ploy".',
    )
    [q] = quoted(qs, "theatre")
    assert q.speaker_name == "Halvorsen"


def test_they_speaks_for_the_latest_plural_subject_that_can_speak(nlp: Any) -> None:
    qs = run(
        nlp,
        "The engineers measured the river at six points along the valley. From this, they concluded that the "
        "dam was losing water at the same spots every spring.",
        "Prices rose sharply in March. They said the rise would not last.",
    )
    [q] = quoted(qs, "losing water")
    assert q.speaker_name == "The engineers"
    [q] = quoted(qs, "would not last")
    assert q.speaker_name == "They"  # prices cannot speak: left unresolved


def test_they_skips_a_plural_subject_inside_a_subordinate_clause(nlp: Any) -> None:
    qs = run(
        nlp,
        "The engineers measured the river at points where old stone walls had collapsed. From this, they "
        "concluded that the dam was losing water at the same spots every spring.",
    )
    [q] = quoted(qs, "losing water")
    assert q.speaker_name == "The engineers"


def test_according_to_a_work_by_someone_names_its_author(nlp: Any) -> None:
    qs = run(
        nlp,
        "Velmar has been under sanctions since 2011. "
        '"The carrier moves arms across the region for the regime," according to a tweet on Monday '
        "by Foreign Minister Ana Reis.",
    )
    [q] = quoted(qs, "moves arms")
    assert q.speaker_name is not None and "Ana Reis" in q.speaker_name


def test_quoted_gloss_after_or_is_no_quote(nlp: Any) -> None:
    qs = run(
        nlp,
        'In 1972, she made the first solo crossing of the northern ice shelf, or "long walk", hauling her own '
        "sledge for nine weeks.",
    )
    assert quoted(qs, "long walk") == []


def test_role_noun_then_name_the_tagger_typed_otherwise_names_the_speaker(nlp: Any) -> None:
    # the parse of "Early opponent MP Tanja Velde said", with the name tagged an organisation, built by hand
    # so that the test does not hang on the tagger's mood
    doc = Doc(
        nlp.vocab,
        words=["Early", "opponent", "MP", "Tanja", "Velde", "said"],
        heads=[1, 5, 4, 4, 5, 5],
        deps=["amod", "nsubj", "compound", "compound", "nsubj", "ROOT"],
        pos=["ADJ", "NOUN", "PROPN", "PROPN", "PROPN", "VERB"],
        tags=["JJ", "NN", "NNP", "NNP", "NNP", "VBD"],
        ents=["O", "O", "O", "B-ORG", "I-ORG", "O"],
    )
    speaker = subject_of(doc[5])
    assert speaker is not None and speaker.text == "Velde"


def test_introducing_line_the_cleaner_called_a_caption_still_names_the_speaker(nlp: Any) -> None:
    state = parse(
        nlp,
        [
            ("body", "The border has been closed since Monday."),
            ("caption", "From Velmar, Lena Dobbs reports after visiting the border crossing:"),
            (
                "body",
                '"They just want to go north to the mainland. Instead, hundreds are stuck here in the cold."',
            ),
        ],
    )
    find_quotes(state)
    [q] = quoted(state.quotes, "go north")
    assert q.speaker_name is not None and "Lena Dobbs" in q.speaker_name


def test_quotation_right_after_another_is_the_other_side_of_a_dialogue(nlp: Any) -> None:
    qs = run(
        nlp,
        'Reporter: "Do you think the ferry will ever come back?" "No." "Never?" "Not this year. Maybe later. '
        'The company has no boats left, and nobody will lend them one."',
    )
    [q] = quoted(qs, "no boats left")
    assert q.speaker_name != "Reporter"


def test_reported_clause_does_not_start_with_the_comma_of_an_aside(nlp: Any) -> None:
    qs = run(
        nlp,
        "The Velmar Gazette reported that, during a meeting in early May, the mayor may have asked the council "
        "to resign.",
    )
    [q] = [q for q in qs if q.kind == "indirect"]
    assert q.text.startswith("during a meeting")


def test_phrase_after_a_distancing_word_is_a_scare_quote(nlp: Any) -> None:
    qs = run(
        nlp,
        'Harbour officials do not think there is a metaphorical "open door" that links the mayor to the deal.',
        'Ana Reis said the plan risks the so-called "two-port" solution for the bay.',
    )
    assert [q.text for q in qs if q.kind == "partial"] == []


def test_name_right_before_a_subjectless_cue_speaks(nlp: Any) -> None:
    qs = run(
        nlp,
        "Speaking to the Velmar Gazette, the head of the Velmar League for Tenants, Jamel Osman, "
        'said, "We respect the owners, but with rents like these we have to act now."',
    )
    [q] = quoted(qs, "respect the owners")
    assert q.speaker_name is not None and "Jamel Osman" in q.speaker_name


def test_verb_parsed_as_adjective_of_the_name_after_a_quote_is_an_attribution(nlp: Any) -> None:
    qs = run(
        nlp,
        '"I am proud of the crews who went out into the storm to bring the boats home" tweeted Mayor of Velmar '
        'Ana Reis (no relation). "Their courage is beyond words."',
    )
    assert [
        q.speaker_name is not None and "Ana Reis" in q.speaker_name for q in qs if q.kind == "direct"
    ] == [
        True,
        True,
    ]


def test_opening_participle_parsed_as_subject_yields_to_the_named_person(nlp: Any) -> None:
    qs = run(
        nlp,
        "Addressing a crowd in the old port on Monday, Anton Dorsan, the regional police chief, warned the "
        "council against any escalation: “We have been patient with the council for months, but no longer.”",
    )
    [q] = quoted(qs, "patient with the council")
    assert q.speaker_name == "Anton Dorsan"


def test_a_second_person_of_one_surname_speaks_as_written(nlp: Any) -> None:
    # the entities stage keeps the mayor apart from the man named before, also when the tagger leaves the
    # given name out of the mayor's PERSON entity (entities/mentions.py), so the quote goes to the mayor
    cases = (
        (
            "Peter Kovac",
            "Peter Kovac was arrested after the attack on the bridge.",
            '"The crews who went out were very brave," said the mayor, David Kovac, on Monday.',
            "David Kovac",
        ),
        (
            "Omar Haddad",
            "Omar Haddad attacked people at a hall in Leeds.",
            '"We stand together," tweeted Mayor of Leeds Sadiq Haddad (no relation).',
            "Sadiq Haddad",
        ),
    )
    for first, opening, line, mayor in cases:
        state = parse(nlp, body(opening, line, "The first man had been released a year earlier."))
        find_mentions(state)
        find_quotes(state)
        [q] = [q for q in state.quotes if q.kind == "direct"]
        other = next(c.chain_id for c in state.chains if c.name == first)
        assert q.speaker_name == mayor and q.speaker_chain_id != other
