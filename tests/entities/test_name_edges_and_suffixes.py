"""Editors' brackets, glued words and generational suffixes in people's names (invented text)."""

from __future__ import annotations

from entity_helpers import chain_of, doc_with_person, person_names

from storyline.corpus import Corpus
from storyline.entities import resolve_entities
from storyline.records import Article, Chain, Mention

# --- editors' brackets -------------------------------------------------------------------------------


def test_an_editors_bracket_is_no_part_of_a_name_or_alias(analyse) -> None:  # type: ignore[no-untyped-def]
    st = analyse(
        [
            "\u201cI hope that [Paul] Okafor will visit the mill,\u201d said Anna Berg.",
            "Paul Okafor did not reply on Tuesday.",
        ]
    )
    people = [c for c in st.chains if c.ent_type == "PERSON" and c.surname == "Okafor"]
    assert people and all("[" not in a and "]" not in a for c in people for a in [c.name, *c.aliases])


# --- words glued to a name ---------------------------------------------------------------------------


def test_a_photo_credit_word_after_a_name_is_cut(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = doc_with_person(nlp, "Image Tomas Orvik Credit... Port Alder Press\n", "Tomas Orvik Credit")
    assert person_names(doc) == ["Tomas Orvik"]


def test_a_kind_of_person_glued_before_a_full_name_is_cut(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Crowds gathered near the Alder Quay Nurse Anna Kastan, 41, said she had seen the van."
    doc = doc_with_person(nlp, text, "Quay Nurse Anna Kastan")
    assert person_names(doc) == ["Anna Kastan"]


def test_a_kind_of_person_glued_before_a_repeated_name_is_cut(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Crews closed the Quay Nurse Jackie Marren, 29, said she was told to leave. Ms Marren said so."
    doc = nlp(text)
    spans = []
    for surface, label in (("Quay Nurse Jackie Marren", "FAC"), ("Ms Marren", "PERSON")):
        start = text.index(surface)
        spans.append(doc.char_span(start, start + len(surface), label=label))
    doc.ents = spans
    assert person_names(doc) == ["Jackie Marren", "Ms Marren"]


def test_an_institution_named_after_a_person_keeps_its_kind_word(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "She taught at the Daniel R. Marren School of Government for a decade."
    doc = doc_with_person(nlp, text, "Daniel R. Marren School of Government")
    assert "of Government" not in person_names(doc)


def test_a_picture_agency_glued_before_a_name_is_cut(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = doc_with_person(nlp, "Getty Images Marren waves to voters in Port Alder.", "Getty Images Marren")
    assert person_names(doc) == ["Marren"]


def test_a_picture_agency_before_a_repeated_surname_is_cut(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Daniel Marren spoke. | Jan Orvik/Getty Images Marren's speech drew ire."
    doc = nlp(text)
    spans = []
    for surface, label in (("Daniel Marren", "PERSON"), ("Getty Images Marren", "ORG")):
        start = text.index(surface)
        spans.append(doc.char_span(start, start + len(surface), label=label))
    doc.ents = spans
    assert "Getty Images Marren" not in person_names(doc)


def test_a_rank_after_a_service_word_is_no_part_of_the_name(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = doc_with_person(nlp, "Marine Cpl Jan Orvik died on Sunday near the border.", "Marine Cpl Jan Orvik")
    assert person_names(doc) == ["Jan Orvik"]


def test_an_abbreviated_rank_is_no_name(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = doc_with_person(nlp, "Lance Cpl. Jan Orvik died on Sunday near the border.", "Lance Cpl.")
    assert person_names(doc) == ["Jan Orvik"]


def test_a_given_name_that_is_also_a_sector_word_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = doc_with_person(nlp, "Christian Ovo Marren said the port would open.", "Christian Ovo Marren")
    assert person_names(doc) == ["Christian Ovo Marren"]


def test_a_description_never_starts_inside_a_hyphenated_age(analyse) -> None:  # type: ignore[no-untyped-def]
    st = analyse(["Daniel Marren, a 59-year-old former intelligence chief, spoke about the mine on Monday."])
    texts = [m.text for m in st.mentions]
    assert "59-year-old former intelligence chief" in texts, texts


# --- generational suffixes in one article ------------------------------------------------------------


def test_surname_with_suffix_is_not_the_unsuffixed_full_name(analyse) -> None:  # type: ignore[no-untyped-def]
    st = analyse(
        [
            "Governor Daniel Marren spoke in Port Alder on Monday.",
            "His son, Marren Jr., ran the family firm and did not attend.",
        ]
    )
    assert chain_of(st, "Daniel Marren") != chain_of(st, "Marren Jr.")


def test_full_name_with_suffix_is_another_person_in_the_same_article(analyse) -> None:  # type: ignore[no-untyped-def]
    st = analyse(
        [
            "The shipyard in Port Alder was founded by Daniel Marren in 1961.",
            "Today his son, Daniel Marren Jr., runs it, and Daniel Marren Jr. signed the deal on Monday.",
        ]
    )
    assert chain_of(st, "Daniel Marren") != chain_of(st, "Daniel Marren Jr.")
    names = {c.name for c in st.chains if c.ent_type == "PERSON"}
    assert "Daniel Marren Jr." in names


def test_a_suffixed_name_still_takes_its_bare_surname(analyse) -> None:  # type: ignore[no-untyped-def]
    st = analyse(["Lukas R. Veloria Jr. chaired the hearing.", "Veloria said the panel would meet again."])
    assert chain_of(st, "Lukas R. Veloria Jr.") == chain_of(st, "Veloria")


# --- generational suffixes across articles -----------------------------------------------------------


def _corpus(specs: list[tuple[str, Chain]]) -> Corpus:
    corpus = Corpus()
    for doc_id, chain in specs:
        if doc_id not in corpus.articles:
            corpus.articles[doc_id] = Article(
                doc_id=doc_id, source_path=doc_id, text="", published="2012-05-01"
            )
        chain.doc_id = doc_id
        chain.chain_id = sum(1 for c in corpus.chains if c.doc_id == doc_id)
        corpus.chains.append(chain)
        corpus.mentions.append(
            Mention(doc_id, len(corpus.mentions), 0, 1, chain.name, 0, "name", "PERSON", chain.chain_id)
        )
    return corpus


def _person(name: str, first: str | None, surname: str) -> Chain:
    return Chain(doc_id="", chain_id=0, name=name, ent_type="PERSON", first_name=first, surname=surname)


def _entity_of(corpus: Corpus, doc_id: str, name: str) -> str | None:
    return next(c.entity_id for c in corpus.chains if c.doc_id == doc_id and c.name == name)


def test_bare_surname_with_suffix_never_joins_an_unsuffixed_full_name() -> None:
    c = _corpus(
        [
            ("a", _person("Pavel Kastan", "Pavel", "Kastan")),
            ("b", _person("Pavel Kastan", "Pavel", "Kastan")),
            ("c", _person("Kastan Jr.", None, "Kastan")),
        ]
    )
    resolve_entities(c)
    assert _entity_of(c, "a", "Pavel Kastan") == _entity_of(c, "b", "Pavel Kastan")
    assert _entity_of(c, "c", "Kastan Jr.") != _entity_of(c, "a", "Pavel Kastan")


def test_unsuffixed_full_name_beside_the_suffixed_one_is_the_namesake() -> None:
    c = _corpus(
        [
            ("a", _person("Pavel Kastan", "Pavel", "Kastan")),
            ("a", _person("Pavel Kastan Jr.", "Pavel", "Kastan")),
            ("b", _person("Pavel Kastan Jr.", "Pavel", "Kastan")),
            ("c", _person("Pavel Kastan", "Pavel", "Kastan")),
        ]
    )
    resolve_entities(c)
    junior = _entity_of(c, "a", "Pavel Kastan Jr.")
    assert junior == _entity_of(c, "b", "Pavel Kastan Jr.")
    assert _entity_of(c, "a", "Pavel Kastan") != junior
    assert _entity_of(c, "a", "Pavel Kastan") == _entity_of(c, "c", "Pavel Kastan")


def test_suffixed_full_name_still_joins_its_short_forms_elsewhere() -> None:
    c = _corpus(
        [
            ("a", _person("Lukas R. Veloria Jr.", "Lukas", "Veloria")),
            ("b", _person("Lukas Veloria", "Lukas", "Veloria")),
            ("c", _person("Veloria", None, "Veloria")),
            ("d", _person("Lukas Veloria", "Lukas", "Veloria")),
        ]
    )
    resolve_entities(c)
    assert len({ch.entity_id for ch in c.chains}) == 1


def test_a_regnal_number_alone_stays_one_person() -> None:
    c = _corpus([("a", _person("Idra II", None, "Idra")), ("b", _person("Idra II", None, "Idra"))])
    resolve_entities(c)
    assert c.chains[0].entity_id == c.chains[1].entity_id
