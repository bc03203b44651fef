"""Error classes judged on unseen news in session 16, second pass (invented text)."""

from __future__ import annotations

from collections.abc import Callable

from entity_helpers import chain_of, doc_with_person, person_names

from storyline.state import DocState


def _chain_name(st: DocState, surface: str) -> str | None:
    names = {c.chain_id: c.name for c in st.chains}
    found = [names.get(m.chain_id) for m in st.mentions if m.text == surface]
    return found[0] if found else None


def test_attribution_pronoun_is_not_a_person_named_in_the_quotation(
    analyse: Callable[..., DocState],
) -> None:
    st = analyse(
        [
            'Governor Pell Delvane toured the harbour on Monday. "Ivo Marren promised us the cranes '
            'would stay," he added.'
        ]
    )
    assert _chain_name(st, "he") == "Pell Delvane"


def test_attribution_pronoun_after_a_quotation_of_two_sentences(analyse: Callable[..., DocState]) -> None:
    st = analyse(
        [
            "Mayor Sela Orvik opened the bridge on Friday.",
            "\u201cWe waited years for this. Ana Kastan fought for it every day,\u201d she told reporters.",
        ]
    )
    assert _chain_name(st, "she") == "Sela Orvik"


def test_pronoun_after_a_quotation_still_finds_a_name_outside_it(analyse: Callable[..., DocState]) -> None:
    # the name stands outside the words: the rule leaves it a candidate
    st = analyse(['Ivo Marren spoke first. "The cranes will stay," he said.'])
    assert _chain_name(st, "he") == "Ivo Marren"


def test_nickname_in_quotation_marks_inside_a_name(analyse: Callable[..., DocState]) -> None:
    st = analyse(['Ana "Ani" Orvik won the regatta on Sunday. Orvik said she was tired.'])
    assert _chain_name(st, "Orvik") == 'Ana "Ani" Orvik'
    st = analyse(["The skipper, Tomas \u201cTomi\u201d Delvane, retired. Delvane is 61."])
    assert _chain_name(st, "Delvane") == "Tomas \u201cTomi\u201d Delvane"


def test_spaced_irish_prefix_keeps_the_surname(analyse: Callable[..., DocState]) -> None:
    st = analyse(
        ["Gen. Kieran O\u2019 Dalvey inspected the base on Friday. O\u2019 Dalvey said the runway was ready."]
    )
    people = {c.name for c in st.chains if c.ent_type == "PERSON"}
    assert people == {"Kieran O\u2019Dalvey"}, people
    assert chain_of(st, "O\u2019 Dalvey") == chain_of(st, "Kieran O\u2019 Dalvey")


def test_verb_before_a_rank_is_no_part_of_the_title(nlp) -> None:  # type: ignore[no-untyped-def]
    from storyline.entities.mentions import find_candidates
    from storyline.entities.registry import load_registry

    doc = nlp("Democrats in the Senate press Attorney General Dana Orvik to resign.")
    cands, _ = find_candidates(doc, load_registry())
    titles = [r.title for c in cands if doc[c.start : c.end].text == "Dana Orvik" for r in c.roles]
    assert titles and not any(t.startswith("press") for t in titles), titles
    # a department that is no verb still opens the rank
    doc = nlp("The retired army General Dana Orvik spoke at the port.")
    cands, _ = find_candidates(doc, load_registry())
    titles = [r.title for c in cands if doc[c.start : c.end].text == "Dana Orvik" for r in c.roles]
    assert any("army General" in t for t in titles), titles
    # a department verb before a name (no title word) keeps its office
    doc = nlp("As the paper reported, former secretary of state Dana Orvik has held talks.")
    cands, _ = find_candidates(doc, load_registry())
    titles = [r.title for c in cands if doc[c.start : c.end].text == "Dana Orvik" for r in c.roles]
    assert titles == ["former secretary of state"], titles


def test_landmark_after_a_places_possessive_is_no_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Crowds filled Velmar's Dalsko on Sunday, and police stayed away."
    doc = doc_with_person(nlp, text, "Dalsko")
    at = [t.text for t in doc].index("Velmar")
    from spacy.tokens import Span

    doc.ents = [*doc.ents, Span(doc, at, at + 1, label="GPE")]
    assert person_names(doc) == []
    # a person the article names in full keeps the place's possessive ("Velmar's Okafor")
    text = "Ada Okafor met the envoys. Later Velmar's Okafor left the talks."
    doc = nlp(text)
    at = [t.text for t in doc].index("Velmar")
    ok = [t.i for t in doc if t.text == "Okafor"]
    doc.ents = [
        Span(doc, 0, 2, label="PERSON"),
        Span(doc, at, at + 1, label="GPE"),
        Span(doc, ok[1], ok[1] + 1, label="PERSON"),
    ]
    assert person_names(doc) == ["Ada Okafor", "Okafor"]


def test_group_chain_is_named_by_its_plainest_phrase(analyse: Callable[..., DocState]) -> None:
    st = analyse(
        ["The Kenyan military said on Tuesday that Kenyan ground forces had reached the border post."]
    )
    assert _chain_name(st, "Kenyan ground forces") == "Kenyan military"


def test_pronoun_reported_by_an_unnamed_official_is_not_a_name_before(
    analyse: Callable[..., DocState],
) -> None:
    # "he" is the commander who says it; no name gives the commander, so it stays unresolved
    st = analyse(
        [
            "President Tomas Kastan flew home on Monday. The top army commander in Velmar said he spoke "
            "to Governor Dana Orvik about the raid."
        ]
    )
    assert "he" not in {m.text for m in st.mentions}
    # a description the article ties to a name carries its pronoun to that name
    st = analyse(["President Tomas Kastan flew home. The president said he would return on Friday."])
    assert _chain_name(st, "he") == "Tomas Kastan"


def test_state_after_a_senators_name_makes_an_american_office(nlp) -> None:  # type: ignore[no-untyped-def]
    from storyline.entities.mentions import find_candidates
    from storyline.entities.registry import load_registry

    def roles(text: str) -> list[tuple[str, str | None]]:
        doc = nlp(text)
        cands, _ = find_candidates(doc, load_registry())
        return [
            (r.title, r.country) for c in cands if doc[c.start : c.end].text == "Ilse Kastan" for r in c.roles
        ]

    assert roles("Sen. Ilse Kastan of Vermont said the harbour bill would fail.") == [("Sen.", "USA")]
    assert roles("Sen. Ilse Kastan, a Republican from West Virginia, doubts the harbour bill.") == [
        ("Sen.", "USA")
    ]
    # another country's senator, or a city named like a state, makes no American office
    assert roles("Sen. Ilse Kastan of Kenya said the harbour bill would fail.") == [("Sen.", None)]
    assert roles("Sen. Ilse Kastan of New York City said the harbour bill would fail.") == [("Sen.", None)]
    assert roles("Ilse Kastan of Vermont said the harbour bill would fail.") == []


def test_registry_person_found_under_a_transliterated_surname(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from storyline.entities.registry import load_registry

    extra = tmp_path / "mine.yaml"
    extra.write_text(
        "people:\n"
        "  - name: Ahmed Korsi\n"
        "    roles:\n"
        "      - {title: President, country: EGY, sector: GOV, start: '2010-01-01', end: '2012-12-31'}\n",
        encoding="utf-8",
    )
    reg = load_registry(extra)
    try:
        # a doubled letter and a final y for i are one surname; the given name must still agree
        assert [p.name for p in reg.known_people("Ahmed Korsy")] == ["Ahmed Korsi"]
        assert [p.name for p in reg.known_people("Ahmmed Korssi")] == ["Ahmed Korsi"]
        assert reg.known_people("Omar Korsy") == []
        assert reg.known_people("Ahmed Korsa") == []
    finally:
        load_registry()


def test_long_quotation_does_not_use_up_the_search_for_its_speaker(analyse: Callable[..., DocState]) -> None:
    # the quotation's own sentences are not text between the speaker's name and "he said"
    st = analyse(
        [
            "Professor Tomas Kastan doubts the plan will pass.",
            "\u201cEvery new clause weakens the bill. The clerks keep adding them. Nobody reads them. The "
            "harbour pays for it. It is a mess,\u201d he said.",
        ]
    )
    assert _chain_name(st, "he") == "Tomas Kastan"


def test_object_of_a_speech_verb_is_not_its_subject(analyse: Callable[..., DocState]) -> None:
    # "the president told him": him would be "himself" if it were the president
    st = analyse(["Governor Ana Veld met President Tomas Kastan. The president told him that he had doubts."])
    assert "him" not in {m.text for m in st.mentions}
    assert _chain_name(st, "he") == "Tomas Kastan"


def test_landmark_written_after_its_place_is_no_person_anywhere_in_the_article(nlp) -> None:  # type: ignore[no-untyped-def]
    from spacy.tokens import Span

    text = "Crowds filled Velmar's Dalsko on Sunday. Police stayed away from Dalsko all night."
    doc = nlp(text)
    at = [t.text for t in doc].index("Velmar")
    dalsko = [t.i for t in doc if t.text == "Dalsko"]
    doc.ents = [Span(doc, at, at + 1, label="GPE"), *(Span(doc, i, i + 1, label="PERSON") for i in dalsko)]
    assert person_names(doc) == []


def test_two_transliterations_of_a_registry_person_are_one_entity(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from test_resolve import _corpus, person

    from storyline.entities import resolve_entities
    from storyline.entities.registry import load_registry

    extra = tmp_path / "mine.yaml"
    extra.write_text(
        "people:\n"
        "  - name: Ahmed Korsi\n"
        "    aliases: [Ahmmed Korsi]\n"
        "    roles:\n"
        "      - {title: President, country: EGY, sector: GOV, start: '2010-01-01', end: '2012-12-31'}\n",
        encoding="utf-8",
    )
    load_registry(extra)
    try:
        c = _corpus(
            [
                ("a", "2011-03-01", person("Ahmed Korsy", "Ahmed", "Korsy")),
                ("b", "2011-04-01", person("Ahmmed Korsi", "Ahmmed", "Korsi")),
                ("c", "2011-05-01", person("Omar Korsy", "Omar", "Korsy")),
            ]
        )
        ents = {e.name: e.doc_ids for e in resolve_entities(c)}
        assert sorted(ents.values()) == [["a", "b"], ["c"]], ents
    finally:
        load_registry()
