"""Who said what, on constructions judged wrong in unseen real news (session 10); all texts are invented."""

from __future__ import annotations

from typing import Any

from quotes_helpers import body, parse
from spacy.tokens import Doc

from storyline.entities import find_mentions
from storyline.quotes import find_quotes
from storyline.quotes.speaker import subject_of
from storyline.records import QuoteMention


def run(nlp: Any, *paragraphs: str, mentions: bool = False) -> list[QuoteMention]:
    state = parse(nlp, body(*paragraphs))
    if mentions:
        find_mentions(state)
    find_quotes(state)
    assert state.errors == []
    return state.quotes


def quoted(quotes: list[QuoteMention], words: str) -> list[QuoteMention]:
    return [q for q in quotes if words in q.text]


def speaker_of(quotes: list[QuoteMention], words: str) -> str | None:
    [q] = quoted(quotes, words)
    return q.speaker_name


# --- "he said": whom the pronoun stands for ---


def test_surname_with_an_apostrophe_stays_the_speaker(nlp: Any) -> None:
    # "O'Dowd" is no alphabetic token: the salience model used to drop every bare mention of him
    qs = run(
        nlp,
        "Kevin O'Dowd, a former navy diver, said he was proud of the mission.",
        "He was part of the team that raided the compound.",
        "Peter Kiral had hidden in the compound for years.",
        "O'Dowd described many details of the operation.",
        '"The chances of us not coming back were a lot greater than the chances we were coming back," he said.',
        mentions=True,
    )
    assert speaker_of(qs, "chances of us") == "Kevin O'Dowd"


def test_a_possessor_named_in_passing_does_not_take_over(nlp: Any) -> None:
    qs = run(
        nlp,
        "Tomas Kiral ran the compound for years before the raid.",
        "Peter Novak described many details of the operation.",
        "Among the possible threats: the army could shoot the helicopters down. Kiral's house could be wired "
        "with explosives. Others in the house could be wearing vests.",
        '"Running out of fuel was a concern," he said.',
        mentions=True,
    )
    assert speaker_of(qs, "Running out of fuel") == "Peter Novak"


def test_pronoun_in_a_fronted_clause_looks_ahead_to_the_subject(nlp: Any) -> None:
    # "As he was preparing ..." is Novak: read as Kiral, it fed Kiral as much as Novak's own name did
    qs = run(
        nlp,
        "Velmar will hold the militia responsible for any attacks, government spokesman John Kiral said. "
        "Kiral said the truce would hold. He said the agreement reflects that understanding.",
        "As he was preparing to return to Ostrava, U.N. envoy Peter Novak said late Wednesday his biggest "
        "concern was the safety of civilians.",
        "Innocent people, including children, have been killed or injured on both sides.",
        "He said that more than 130 people had been killed in the fighting.",
        mentions=True,
    )
    assert speaker_of(qs, "more than 130 people") == "Peter Novak"


def test_name_in_apposition_to_a_title_subject_is_the_subject(nlp: Any) -> None:
    qs = run(
        nlp,
        '"We are not looking for that at this moment," Tomas Kiral said in the interview.',
        "Ostrava's President Darko Zelic -- whose forces have taken a major role in the fighting -- told "
        "Gazette reporter Ana Reis on Monday that he had not asked for foreign fighters but would welcome them.",
        "He also called on Velmar to step up its patrols and said Marsh should play a role in the talks.",
        mentions=True,
    )
    assert speaker_of(qs, "Marsh should play a role") == "Darko Zelic"


def test_a_person_named_in_the_reported_words_is_not_their_speaker(nlp: Any) -> None:
    qs = run(
        nlp,
        "Tomas Kiral announced on Monday that the coalition would expand its patrols.",
        '"I think the world will be more united with each attack," Peter Novak said.',
        "If Kiral sticks to the goal of defeating the militias, the move will help restore trust in the "
        "capital, he said.",
        mentions=True,
    )
    assert speaker_of(qs, "If Kiral sticks") == "Peter Novak"


def test_they_after_someones_lawyers_are_the_lawyers(nlp: Any) -> None:
    qs = run(
        nlp,
        "Tomas Kiral's lawyers say the navy is seeking to expel him in retaliation. They filed a complaint "
        "with the inspector general claiming that the admiral is defying the minister.",
        mentions=True,
    )
    assert speaker_of(qs, "the admiral is defying") != "Tomas Kiral"


def test_it_was_reported_has_no_speaker(nlp: Any) -> None:
    qs = run(
        nlp,
        'The Ostrava Broadcasting Corporation reported the following on Oct. 8, 1993: "The minister today '
        'brushed aside calls for his resignation."',
        "Though Mr. Kiral cited personal reasons for the resignation, it was reported widely that he had "
        "asked the minister to step down.",
        mentions=True,
    )
    assert all("Corporation" not in (q.speaker_name or "") for q in quoted(qs, "asked the minister"))


def test_quotes_as_saying_gives_the_quoted_person(nlp: Any) -> None:
    # the parse of '"...," Kiral quotes Reis as saying.' read "Kiral quotes" as a noun phrase, the subject
    # of "Reis"; built by hand so that the test does not hang on the tagger's mood
    doc = Doc(
        nlp.vocab,
        words=["Kiral", "quotes", "Reis", "as", "saying", "."],
        heads=[1, 2, 2, 2, 3, 2],
        deps=["compound", "nsubj", "ROOT", "prep", "pcomp", "punct"],
        pos=["PROPN", "VERB", "PROPN", "ADP", "VERB", "PUNCT"],
        tags=["NNP", "VBZ", "NNP", "IN", "VBG", "."],
        lemmas=["Kiral", "quote", "Reis", "as", "say", "."],
    )
    speaker = subject_of(doc[1])
    assert speaker is not None and speaker.text == "Reis"


def test_description_tied_to_a_person_keeps_him_the_topic(nlp: Any) -> None:
    # "the president" is Novak's (the entities stage ties it to him): it keeps him salient for "he said"
    qs = run(
        nlp,
        "President Peter Novak garnered an early endorsement from Velmar's King John Kiral, who introduced "
        "him with a plea for unity.",
        '"Our responsibilities toward our people are to stand united," King Kiral said.',
        "While the president's speech was blunt and at times grim, the president also offered hope.",
        '"We are not here to lecture," said the president. "Instead, we are here to offer partnership," he said.',
        mentions=True,
    )
    assert speaker_of(qs, "offer partnership") == "Peter Novak"


# --- what the reported words are ---


def test_every_clause_before_said_is_reported(nlp: Any) -> None:
    qs = run(nlp, "The group has issued demands, but they elicited no response, Kiral said.")
    [q] = qs
    assert q.text == "The group has issued demands, but they elicited no response"


def test_weekday_after_the_verb_dates_the_saying(nlp: Any) -> None:
    qs = run(
        nlp, "Kiral also said Sunday authorities believe the suspects were likely planning other attacks."
    )
    [q] = qs
    assert q.text.startswith("authorities believe")
    qs = run(nlp, "Kiral said Monday's vote was a disgrace.")
    [q] = qs
    assert q.text.startswith("Monday's vote")


# --- quoted words nobody is said to have said ---


def test_quoted_words_under_a_copula_describe_the_subject(nlp: Any) -> None:
    qs = run(
        nlp,
        "There is one way to see whether General Tomas Kiral, the former adviser, is a lying rogue, or the "
        "victim of an elaborate “deep state” scam whose real objective is to destroy him.",
    )
    assert quoted(qs, "deep state") == []


def test_a_role_after_as_is_no_quote(nlp: Any) -> None:
    qs = run(
        nlp,
        "In 2011, Tomas stood down as Velmar’s “special representative” for trade and investment, amid "
        "increasing criticism of his relationship with Ana Reis.",
    )
    assert quoted(qs, "special representative") == []
    # someone named before "as" is what the words describe: the subject's words
    qs = run(nlp, "In recent weeks, Reis has gone after Kiral as a “human leech who will bleed the country.”")
    assert "Reis" in (speaker_of(qs, "human leech") or "")
    # a verb with an object and "as" characterises that object in the subject's words
    qs = run(nlp, 'Ana Reis described the plan as "a waste of money".')
    assert "Reis" in (speaker_of(qs, "waste of money") or "")


def test_passive_naming_without_agent_gives_a_name(nlp: Any) -> None:
    qs = run(nlp, 'This is what is often called the "Velmar model" in the literature on small wars.')
    assert quoted(qs, "Velmar model") == []


def test_title_owned_by_an_organisation_is_a_name(nlp: Any) -> None:
    qs = run(
        nlp,
        '"I think I did this in a way that breaks no rules," he said in an interview on CNN\'s "The Morning '
        'Hour" with Jake Tapper.',
    )
    assert quoted(qs, "Morning Hour") == []
    assert quoted(qs, "breaks no rules") != []


def test_plural_noun_read_as_a_speech_verb_reports_nothing(nlp: Any) -> None:
    qs = run(
        nlp,
        "It keeps us aligned with the three European Union states whose sanctions have been an essential "
        "constraint on the government.",
    )
    assert qs == []


def test_clause_naming_a_topic_is_no_indirect_quote(nlp: Any) -> None:
    qs = run(
        nlp,
        "And the manifesto states plainly what usually goes unstated by internet trolls: its author wanted "
        "everyone upset.",
    )
    assert quoted(qs, "goes unstated") == []
    # "explaining why X": the speaker holds X
    qs = run(nlp, "Kiral has spent the last year explaining why a strike at Ostrava would be a disaster.")
    assert quoted(qs, "strike at Ostrava") != []
    # a "what" clause as the statement's subject, or a fronted "whether" clause, opens a statement
    qs = run(nlp, "Osk said what the ministers had agreed was a fair deal for the fishermen.")
    assert quoted(qs, "fair deal") != []
    qs = run(
        nlp,
        "Whether the issue is Kastan or Brenn, Osk is visiting the region with no answers, Mr. Lund and other "
        "analysts say.",
    )
    assert quoted(qs, "visiting the region") != []


def test_the_target_of_an_accusation_is_not_its_speaker(nlp: Any) -> None:
    qs = run(
        nlp,
        'This is why many people in Ostrava are facing the accusation of being "a Velmar agent" these days.',
    )
    assert all(q.speaker_name != "many people" for q in quoted(qs, "Velmar agent"))
