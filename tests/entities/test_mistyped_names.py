"""Names the tagger typed wrongly: a person inside her employer's span, feasts, web sites and
publications taken for people, a surname taken for a town (invented text)."""

from __future__ import annotations

from spacy.tokens import Span

from storyline.entities.mentions import find_candidates
from storyline.entities.registry import registry


def _names(nlp, text: str, ents: list[tuple[int, int, str]]) -> dict[str, str]:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]  # the tagger's mistakes, pinned
    cands, _ = find_candidates(doc, registry())
    return {doc[c.start : c.end].text: c.ent_type for c in cands if c.kind == "name"}


def test_person_run_into_her_employers_span_is_split_off(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "For Kastan Radio Senior Analyst Ada Marren, the vote was close. She expects a recount."
    names = _names(nlp, text, [(1, 7, "ORG")])
    assert names.get("Ada Marren") == "PERSON"
    assert names.get("Kastan Radio") == "ORG"


def test_organisation_span_without_a_title_keeps_whole(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Staff of the Kastan Radio Ada Marren Trust met on Monday."
    names = _names(nlp, text, [(3, 8, "ORG")])
    assert names.get("Kastan Radio Ada Marren Trust") == "ORG"


def test_feast_tagged_a_person_is_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Families in Port Alder gathered for Eid on Friday, and Eid prayers filled the square."
    names = _names(nlp, text, [(6, 7, "PERSON"), (11, 12, "PERSON")])
    assert "Eid" not in names


def test_web_site_tagged_a_person_is_an_organisation(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The figures were obtained last week by OrvikDaily.com from two officials."
    names = _names(nlp, text, [(7, 8, "PERSON")])
    assert names.get("OrvikDaily.com") == "ORG"


def test_publication_after_an_outlet_noun_is_an_organisation(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The cartoon ran in the satirical weekly Marren Gazette. Readers of Marren Gazette were angry."
    names = _names(nlp, text, [(7, 9, "PERSON"), (13, 15, "PERSON")])
    assert names.get("Marren Gazette") == "ORG"


def test_person_without_outlet_noun_stays_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The cartoon was drawn by Ada Marren, who lives in Port Alder."
    names = _names(nlp, text, [(5, 7, "PERSON")])
    assert names.get("Ada Marren") == "PERSON"


def test_surname_typed_a_town_after_a_given_name_is_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Protesters marched past the hall. Dirk Velorin, who carried a placard, led them."
    names = _names(nlp, text, [(7, 8, "GPE")])
    assert names.get("Dirk Velorin") == "PERSON"


def test_surname_typed_a_town_after_a_common_given_name_is_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The rally was loud. Maria Velorin led the marchers to the bridge."
    names = _names(nlp, text, [(6, 7, "GPE")])
    assert names.get("Maria Velorin") == "PERSON"


def test_town_after_a_preposition_stays_a_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Officials said that Beyond Velorin, who knows, the road was closed."
    names = _names(nlp, text, [(4, 5, "GPE")])
    assert "Beyond Velorin" not in names


def test_publication_sharing_a_persons_name_is_no_repeat_of_her(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Ada Marren spoke. The newspaper Marren Tribune printed it, and Marren Tribune's staff left."
    names = _names(nlp, text, [(0, 2, "PERSON"), (6, 8, "PERSON"), (12, 15, "PERSON")])
    assert names.get("Marren Tribune") == "ORG"
    assert "Marren" not in names


def test_media_job_words_are_titles(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Orvik Weekly Columnist Ada Marren wrote that the deal would hold."
    names = _names(nlp, text, [(0, 5, "ORG")])
    assert names.get("Ada Marren") == "PERSON"
    assert names.get("Orvik Weekly") == "ORG"
