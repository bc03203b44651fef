"""Error classes judged on unseen news in session 16 (invented text)."""

from __future__ import annotations

from entity_helpers import chain_of


def test_participle_after_an_ellipsis_is_not_a_given_name(analyse) -> None:  # type: ignore[no-untyped-def]
    # the parser runs on past a "…" or a colon, so the participle opens no sentence of its own
    st = analyse(
        [
            "The Velmar council has backed Mayor Ilse Kastan until June… Replacing Kastan before then "
            "would only deepen the quarrel, a clerk said.",
        ]
    )
    people = {c.name for c in st.chains if c.ent_type == "PERSON"}
    assert not any(n.startswith("Replacing") for n in people), people
    assert "Ilse Kastan" in people


def test_participle_after_a_colon_is_dropped_but_an_ing_given_name_is_kept(nlp) -> None:  # type: ignore[no-untyped-def]
    from storyline.entities.mentions import _drop_gerund_opener

    doc = nlp("The plan was plain: Replacing Kastan before June.")
    at = [t.text for t in doc].index("Replacing")
    assert _drop_gerund_opener(doc, at, at + 2) == at + 1
    doc = nlp("The guests were plain: Sterling Mbeki and his wife.")
    at = [t.text for t in doc].index("Sterling")
    assert _drop_gerund_opener(doc, at, at + 2) == at


def test_a_pronoun_never_names_a_group_chain(analyse) -> None:  # type: ignore[no-untyped-def]
    # a reflexive pronoun in the chain of a people is longer than the demonym, not its name
    st = analyse(
        [
            "Denmark has changed since the floods. Danes queue for water every morning.",
            "The mayor asked Danes to prepare themselves for a dry summer.",
        ]
    )
    names = {c.name for c in st.chains}
    assert "themselves" not in names, names


def _roles_of(nlp, text: str, surface: str) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    from storyline.entities.mentions import find_candidates
    from storyline.entities.registry import load_registry

    doc = nlp(text)
    cands, _ = find_candidates(doc, load_registry())
    for c in cands:
        if doc[c.start : c.end].text == surface and c.kind == "name":
            return [(r.title, r.country) for r in c.roles]
    raise AssertionError(f"no name {surface!r}")


def test_party_tag_after_a_chairman_makes_an_american_lawmaker(nlp) -> None:  # type: ignore[no-untyped-def]
    roles = _roles_of(
        nlp, "Committee Chairman Ilse Kastan, D-Vermont, said the bill would fail.", "Ilse Kastan"
    )
    assert ("lawmaker", "USA") in roles, roles


def test_bracketed_state_after_a_senator_is_a_seat_not_a_place(nlp) -> None:  # type: ignore[no-untyped-def]
    from storyline.entities.mentions import find_candidates
    from storyline.entities.registry import load_registry

    text = "Sen. Ilse Kastan (Vermont) said the bill would fail in the chamber."
    doc = nlp(text)
    cands, _ = find_candidates(doc, load_registry())
    assert "Vermont" not in {doc[c.start : c.end].text for c in cands}
    assert ("Sen.", "USA") in _roles_of(nlp, text, "Ilse Kastan")
    # a country in the bracket is still a place, and gives no American office
    text = "Sen. Ilse Kastan (Kenya) said the bill would fail in the chamber."
    doc = nlp(text)
    cands, _ = find_candidates(doc, load_registry())
    assert "Kenya" in {doc[c.start : c.end].text for c in cands}
    assert ("Sen.", "USA") not in _roles_of(nlp, text, "Ilse Kastan")


def test_bare_the_president_is_the_one_titled_with_no_country(analyse) -> None:  # type: ignore[no-untyped-def]
    # two presidents named before "the president": the one printed as "Chilean President" is not the
    # writer's own; a reflexive in apposition then follows the nominal, not the senator named last
    st = analyse(
        [
            "Announcing the harbour pact on Tuesday evening, President Ilse Kastan said the country owed "
            "its fishermen a fair deal.",
            "The dredging plan has long worried Kastan, not least because Chilean President Omar Brenn "
            "thinks it may hurt his ports.",
            "Critics such as Sen. Dana Orvik (R-N.H.), who has called for new tariffs, said the pact was weak.",
            "The president herself played down hopes in a speech on Tuesday night. \u201cThis will take "
            "years,\u201d she said.",
        ]
    )
    kastan = chain_of(st, "Ilse Kastan")
    assert chain_of(st, "The president") == kastan
    assert chain_of(st, "herself") == kastan


def test_rank_opening_a_company_name_is_no_title(nlp) -> None:  # type: ignore[no-untyped-def]
    from storyline.entities.mentions import find_candidates
    from storyline.entities.registry import load_registry

    doc = nlp("Several firms are helping. General Motors and Ford have both offered spare plants to Velmar.")
    cands, _ = find_candidates(doc, load_registry())
    people = [doc[c.start : c.end].text for c in cands if c.ent_type == "PERSON"]
    assert people == [], people
    # a rank before a surname the article repeats alone is still a title
    doc = nlp("General Okafor met the troops. Okafor said the army would stay.")
    cands, _ = find_candidates(doc, load_registry())
    assert ("General", "title") in [(doc[c.start : c.end].text, c.kind) for c in cands]


def test_office_of_a_named_leaders_campaign_is_not_the_leaders(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Investigators questioned Dana Orvik, co-chairman of President Ilse Kastan's campaign, on Monday."
    roles = _roles_of(nlp, text, "Ilse Kastan")
    assert [t for t, _ in roles] == ["President"], roles
    assert [t for t, _ in _roles_of(nlp, "Secretary of State Ilse Kastan flew in.", "Ilse Kastan")] == [
        "Secretary of State"
    ]
    text = "The ruling followed a speech by Minister of Justice Ilse Kastan on Sunday."
    assert [t for t, _ in _roles_of(nlp, text, "Ilse Kastan")] == ["Minister of Justice"]


def test_state_unknown_to_the_registry_before_sen_is_american(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Orvika Sen. Ilse Kastan, the senior Republican on the harbour committee, has voiced doubts."
    doc = nlp(text)
    at = [t.text for t in doc].index("Orvika")
    doc.ents = [e for e in doc.ents if e.start != at] + [
        doc.char_span(0, 6, label="GPE")
    ]  # the tagger's place
    from storyline.entities.mentions import find_candidates
    from storyline.entities.registry import load_registry

    cands, _ = find_candidates(doc, load_registry())
    roles = [
        (r.title, r.country) for c in cands if doc[c.start : c.end].text == "Ilse Kastan" for r in c.roles
    ]
    assert roles == [("Sen.", "USA")], roles


def test_bare_the_president_skips_a_lower_case_or_demonym_reading(analyse) -> None:  # type: ignore[no-untyped-def]
    # "president Omar Brenn" in lower case is a description, not the writer's own office holder; and a
    # nominal that says whose leader it is is not the home one
    st = analyse(
        [
            "Officials such as president Omar Brenn and Chilean President Ana Velo are under pressure.",
            "Kastan's advisers have pushed the president to drop his demands, analysts said.",
        ]
    )
    brenn = chain_of(st, "Omar Brenn")
    assert all(m.chain_id != brenn for m in st.mentions if m.text == "the president")
