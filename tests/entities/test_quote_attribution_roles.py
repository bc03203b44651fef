"""Roles next to an attribution set inside a quote, and descriptions that are no office. Invented people."""

from __future__ import annotations

from collections.abc import Callable

from storyline.state import DocState


def _person(state: DocState, name: str):  # type: ignore[no-untyped-def]
    return next(c for c in state.chains if c.name == name)


def test_role_before_an_inserted_attribution_is_not_the_speakers(analyse: Callable[..., DocState]) -> None:
    state = analyse(
        [
            "Ada Okafor, the Norwegian president, spoke in Oslo on Friday. Denmark's leader, Okafor added, "
            '"will have to explain why the herring quota fell."'
        ]
    )
    okafor = _person(state, "Ada Okafor")
    assert not any(r.title.lower() == "leader" for r in okafor.roles)
    assert okafor.actor_code == "NORGOV"


def test_role_set_off_by_commas_before_a_name_is_still_read(analyse: Callable[..., DocState]) -> None:
    state = analyse(["The port authority's chief, Orvik Marren, said on Monday that the docks would reopen."])
    marren = _person(state, "Orvik Marren")
    assert any(r.title.lower() == "chief" for r in marren.roles)


def test_office_coordinated_with_a_name_is_not_its_title(analyse: Callable[..., DocState]) -> None:
    state = analyse(
        [
            "Talks between the president and Mr. Marren went on late into the night at Port Alder. "
            "Mr. Marren, the defense secretary, resigned."
        ]
    )
    marren = _person(state, "Marren")
    assert [r.title for r in marren.roles] == ["defense secretary"]


def test_titles_joined_by_and_before_a_name_stay_one_role(analyse: Callable[..., DocState]) -> None:
    state = analyse(["President and chief executive Ada Okafor left the firm on Monday."])
    assert [r.title for r in _person(state, "Ada Okafor").roles] == ["President and chief executive"]


def test_superlative_or_own_description_is_no_role(analyse: Callable[..., DocState]) -> None:
    state = analyse(
        [
            "Senator Ada Okafor said Orvik Marren is the weakest mediator the dockers ever hired. Marren "
            "now serves as his own spokesman."
        ]
    )
    assert _person(state, "Orvik Marren").roles == []


def test_plain_definite_role_after_be_is_kept(analyse: Callable[..., DocState]) -> None:
    state = analyse(["Senator Ada Okafor said Orvik Marren is the chief negotiator for the dock workers."])
    assert [r.title for r in _person(state, "Orvik Marren").roles] == ["negotiator"]


def test_office_then_rank_before_a_name_gives_two_roles(analyse: Callable[..., DocState]) -> None:
    state = analyse(["Army spokesman Lt. Col. Ada Marren said the unit had left the base."])
    assert [r.title for r in _person(state, "Ada Marren").roles] == ["Army spokesman", "Lt. Col."]


def test_titles_ending_in_general_or_a_bare_rank_stay_whole() -> None:
    from storyline.entities.registry import load_registry
    from storyline.entities.roles import RoleParse, split_rank_from_office

    reg = load_registry(None)
    for title in ("Attorney General", "Vice President", "Rear Adm.", "Lt. Gen.", "Army Gen."):
        assert [r.title for r in split_rank_from_office(RoleParse(title), reg)] == [title]
    split = split_rank_from_office(RoleParse("Press Secretary Rear Adm."), reg)
    assert [r.title for r in split] == ["Press Secretary", "Rear Adm."]


def test_a_name_span_drops_a_bracket_it_does_not_close(nlp) -> None:  # type: ignore[no-untyped-def]
    from storyline.entities.mentions import _trim

    doc = nlp("They sent Coastal Response Forces (CRF) north.")
    opened = next(t.i for t in doc if t.text == "(")
    assert _trim(doc, 2, opened + 2) == (2, opened)  # "Coastal Response Forces (CRF" without ")"
    assert _trim(doc, 2, opened + 3) == (2, opened)  # its closing bracket trimmed off, the same
    assert _trim(doc, opened + 1, opened + 2) == (opened + 1, opened + 2)  # the abbreviation alone


def test_headline_verb_run_into_a_name_is_cut(analyse: Callable[..., DocState]) -> None:
    state = analyse(
        [
            "Latest: Okafor Says 'No Reason' For Strike",
            "Latest: Veloria's Ada Okafor Condemns Blockade",
            "Tom Burns said the ferry would sail.",
        ]
    )
    names = {m.text for m in state.mentions if m.kind == "name"}
    assert "Ada Okafor" in names and "Okafor" in names and "Tom Burns" in names
    assert not any("Says" in n or "Rejects" in n for n in names)


def test_a_dash_ends_a_persons_name(nlp) -> None:  # type: ignore[no-untyped-def]
    from storyline.entities.mentions import _before_headline_verb_or_dash

    doc = nlp("He told Ada Okafor \u2014 Marren's deputy \u2014 that he would wait.")
    dash = next(t.i for t in doc if t.text == "\u2014")
    assert _before_headline_verb_or_dash(doc, 2, dash + 2) == dash
    assert _before_headline_verb_or_dash(doc, 2, 4) == 4


def test_president_pro_tempore_is_a_legislative_role(analyse: Callable[..., DocState]) -> None:
    from storyline.entities.codes import title_code
    from storyline.entities.registry import load_registry

    state = analyse(["Senate President Pro Tempore Ada Okafor opened the session on Tuesday."])
    assert [r.title for r in _person(state, "Ada Okafor").roles] == ["President Pro Tempore"]
    assert title_code("President Pro Tempore", "USA", None, load_registry(None)).sector == "LEG"


def test_only_a_true_verb_form_counts_as_a_headline_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    from storyline.entities.mentions import _headline_verb

    doc = nlp("Says Denies Urges Denys Burns")
    assert [_headline_verb(t) for t in doc] == [True, True, True, False, False]


def test_a_masthead_typed_a_person_is_an_outlet(analyse: Callable[..., DocState]) -> None:
    state = analyse(
        [
            "The Marren Daily reported on Monday that the port would close. Marren Daily said the ferries "
            "would stop."
        ]
    )
    daily = next(c for c in state.chains if c.name.endswith("Marren Daily"))
    assert daily.ent_type == "ORG"


def test_a_given_name_before_a_masthead_word_stays_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    from storyline.entities.mentions import _masthead

    doc = nlp("Ada Journal and Orvik Gazette met.")
    assert not _masthead(doc, 0, 2)
    assert _masthead(doc, 3, 5)
