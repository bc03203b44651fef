"""What the tagger calls a person but is not one's name, and words glued to a name (invented text)."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span

from storyline.entities.mentions import find_candidates, person_candidates
from storyline.entities.registry import load_registry


def _doc_with_ents(nlp: Any, text: str, ents: list[tuple[str, str]]) -> Any:
    """Parse ``text`` and set the tagger's entities by hand: (surface, label), each at its first match."""
    doc = nlp(text)
    spans = []
    for surface, label in ents:
        span = doc.char_span(text.index(surface), text.index(surface) + len(surface), label=label)
        assert span is not None, surface
        spans.append(span)
    doc.ents = spans
    return doc


def _person_texts(doc: Any) -> list[str]:
    cands, _ = find_candidates(doc, load_registry())
    return [doc[c.start : c.end].text for c in cands if c.ent_type == "PERSON" and c.kind == "name"]


def test_a_name_with_a_digit_is_no_person(analyse) -> None:
    st = analyse(
        ["The league said COVID-19 had hit the team. A player tested positive for COVID-19 on Friday."]
    )
    assert not [m for m in st.mentions if m.ent_type == "PERSON" and "19" in m.text]


def test_a_plural_word_for_a_kind_of_people_is_no_person(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _doc_with_ents(
        nlp, "Many Catholics said they would stay, Anna Weber said.", [("Catholics", "PERSON")]
    )
    assert [t.tag_ for t in doc if t.text == "Catholics"] == ["NNPS"]
    names = [doc[c.start : c.end].text for c in person_candidates(doc, load_registry(), set())]
    assert "Catholics" not in names


def test_a_word_the_tagger_reads_as_a_place_is_no_repeat_of_a_name(nlp) -> None:  # type: ignore[no-untyped-def]
    # a party the tagger took for a person ("Save Lyon") does not turn the city into that person
    text = "Save Lyon won four seats. Voters in Lyon backed the party, and Lyon will vote again."
    doc = _doc_with_ents(nlp, text, [("Save Lyon", "PERSON"), ("Lyon backed", "GPE")])
    doc.ents = [e if e.label_ != "GPE" else Span(doc, e.start, e.start + 1, label="GPE") for e in doc.ents]
    assert _person_texts(doc) == ["Save Lyon"]


def test_the_place_of_an_office_is_not_part_of_the_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Yesterday, Senator from Oregon Daniel Brooks won the caucuses."
    doc = _doc_with_ents(nlp, text, [("Oregon Daniel Brooks", "PERSON")])
    names = [doc[c.start : c.end].text for c in person_candidates(doc, load_registry(), set())]
    assert names == ["Daniel Brooks"]


def test_an_honour_before_a_name_printed_elsewhere_is_not_part_of_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Arjun Mehra retired in May. India mourned Padma Vibhushan Arjun Mehra on Monday."
    doc = _doc_with_ents(nlp, text, [("Arjun Mehra", "PERSON")])
    assert _person_texts(doc) == ["Arjun Mehra", "Arjun Mehra"]


def test_a_city_name_that_is_a_surname_still_repeats_the_name(nlp) -> None:  # type: ignore[no-untyped-def]
    # the tagger calls the bare surname a place, but no place preposition ever stands before it
    text = "Daniel Lyon was arrested on Monday. Police said Lyon had planned the attack for months."
    doc = _doc_with_ents(nlp, text, [("Daniel Lyon", "PERSON"), ("Lyon had", "GPE")])
    doc.ents = [e if e.label_ != "GPE" else Span(doc, e.start, e.start + 1, label="GPE") for e in doc.ents]
    assert _person_texts(doc) == ["Daniel Lyon", "Lyon"]


def test_title_word_before_an_institution_noun_makes_no_person(analyse) -> None:
    st = analyse(["Okafor lied about his contacts, the Justice Department said on Monday."])
    assert not [m for m in st.mentions if m.ent_type == "PERSON" and "Department" in m.text]


def test_title_word_opening_an_institution_name_makes_no_person(analyse) -> None:
    st = analyse(["The General Services Administration has not yet signed the letter, Okafor said."])
    assert not [m for m in st.mentions if m.ent_type == "PERSON" and m.text != "Okafor"]
