"""Role nouns that must not pass one person's words or acts on to another (real-news errors, invented text)."""

from __future__ import annotations

from entity_helpers import chain_of  # type: ignore[import-not-found]


def test_role_noun_with_an_appositive_name_belongs_to_that_name(analyse) -> None:
    # the parser hangs the name on "Lyon", not on "general"; the role is still the named man's
    st = analyse(
        [
            "French courts named the suspects on Monday. According to the news agency AFP, "
            "the prosecutor general of Lyon, Marc Dufresne, said the suspects must face charges."
        ]
    )
    nominal = [m for m in st.mentions if m.text == "the prosecutor general"]
    assert len(nominal) == 1 and nominal[0].chain_id == chain_of(st, "Marc Dufresne")


def test_role_noun_in_apposition_to_no_person_is_not_an_anaphor(analyse) -> None:
    # "the owner" describes the company beside it, not the man named in the sentence before
    st = analyse(
        [
            "Police arrested John Miller in May. Harbor Shipping Company, the owner of the vessel, "
            "said it had warned him."
        ]
    )
    miller = chain_of(st, "John Miller")
    assert not any(m.text == "the owner" and m.chain_id == miller for m in st.mentions)


def test_indefinite_description_of_a_pronoun_is_no_mention(analyse) -> None:
    st = analyse(["Sarah Collins arrived in Boston on Monday. She is a doctor at the city hospital."])
    assert not any(m.text == "a doctor" for m in st.mentions)


def test_indefinite_apposition_of_a_name_gives_a_role_but_no_alias(analyse) -> None:
    st = analyse(["Collins, a senator from Ohio, won the primary on Tuesday."])
    ch = st.chain(chain_of(st, "Collins"))
    assert ch is not None
    assert [r.title for r in ch.roles] == ["senator"]
    assert "a senator" not in ch.aliases


def test_a_role_noun_under_the_named_subjects_verb_is_someone_else(analyse) -> None:
    # a speaker does not call himself "the star"; a pronoun there could be him, a description cannot
    st = analyse(
        ["Karl Weber studied the system for years. Weber told reporters the star was unusually bright."]
    )
    weber = chain_of(st, "Karl Weber")
    assert not any(m.text == "the star" and m.chain_id == weber for m in st.mentions)


def test_the_other_one_is_not_the_one_just_named(analyse) -> None:
    st = analyse(["Karl Weber joined the club in May. The other player said the move was a surprise."])
    weber = chain_of(st, "Karl Weber")
    assert not any(m.text == "The other player" and m.chain_id == weber for m in st.mentions)


def test_a_role_noun_repeated_and_never_said_of_anyone_is_the_topic(analyse) -> None:
    st = analyse(
        [
            "Karl Weber met the press on Monday.",
            "The star is bright. Light from the star reaches us. The star will fade.",
        ]
    )
    weber = chain_of(st, "Karl Weber")
    assert [m.text for m in st.mentions if m.chain_id == weber] == ["Karl Weber"]


def test_a_single_description_still_joins_the_person(analyse) -> None:
    st = analyse(["Karl Weber arrived in May. The comedian said the tour would go on."])
    assert chain_of(st, "The comedian") == chain_of(st, "Karl Weber")


def test_a_bare_head_heads_nothing(analyse) -> None:
    st = analyse(["Karl Weber left the room. Later the head was found in a box."])
    weber = chain_of(st, "Karl Weber")
    assert not any(m.text == "the head" and m.chain_id == weber for m in st.mentions)


def test_a_role_said_of_the_subject_may_be_the_subject(analyse) -> None:
    # "X, who is also the nominee": a predicate, not a description under X's verb (guards the rule above)
    st = analyse(
        [
            "Anna Lind met Karl Weber on Monday. Weber, who is also the presidential nominee of the "
            "Green League, spoke later."
        ]
    )
    assert chain_of(st, "the presidential nominee") == chain_of(st, "Karl Weber")


def test_a_role_noun_inside_a_hyphenated_word_is_no_mention(analyse) -> None:
    st = analyse(
        [
            "Anna Lind led Karl Weber in the Civic Pulse head-to-head polling average, 49 percent to 40 percent."
        ]
    )
    assert not [m for m in st.mentions if m.kind == "nominal" and m.text.endswith("head")]


def test_a_coordinated_clause_does_not_bar_its_subject(analyse) -> None:
    # two ministers: the role alone does not say which one; the subject of the first clause is still
    # a fit for "the minister" of the second
    st = analyse(
        [
            "Foreign minister Jonas Brandt met the envoys on Monday.",
            "Trade minister Karl Weber sent a letter of support, but the minister said the firms must "
            "build another pipeline.",
        ]
    )
    assert chain_of(st, "the minister") == chain_of(st, "Karl Weber")


def test_a_barred_subject_still_stops_the_search_for_an_office_holder(analyse) -> None:
    # Lind holds no presidency and may not be "the president" under her own verb; the reader is not
    # sent back to the president-elect a sentence before
    st = analyse(
        [
            "President Karl Weber met former vice president Jonas Brandt on Monday.",
            "Brandt will take office in January.",
            "Senator Anna Lind said the president's tweets were a concession.",
        ]
    )
    brandt = chain_of(st, "Jonas Brandt")
    assert not any(m.text == "the president" and m.chain_id == brandt for m in st.mentions)


def test_role_noun_naming_another_country_is_not_the_named_leader(analyse) -> None:
    st = analyse(
        [
            "Uzbek President Islam Karimov warned on Monday of a crisis if the agreement collapses.",
            "Mr Karimov's comments come as the US president decides whether to leave the agreement.",
        ]
    )
    us = [m for m in st.mentions if m.text == "the US president"]
    assert not us or us[0].chain_id != chain_of(st, "Islam Karimov")


def test_a_role_noun_whose_own_clause_names_a_person_is_someone_else(analyse) -> None:
    # "the senator" thanks Marren: not Marren himself, so the other senator
    st = analyse(
        [
            "Senator Tobias Marren and Senator Ada Okafor spoke in Port Alder on Monday. "
            "The senator thanked Marren for the invitation."
        ]
    )
    nominal = [m for m in st.mentions if m.text == "The senator"]
    assert len(nominal) == 1 and nominal[0].chain_id == chain_of(st, "Ada Okafor")


def test_a_spokesman_for_a_name_is_not_that_persons_title(analyse) -> None:
    # the office before "for" is the spokesman's, not Marren's; "the spokesman" later is not Marren
    st = analyse(
        [
            "A spokesman for Ilse Marren handed out copies of her 2016 harbour plan. "
            "The spokesman also said Marren would meet Okafor at the port next month."
        ]
    )
    marren = st.chain(chain_of(st, "Ilse Marren"))
    assert marren is not None and not marren.roles
    assert not any(m.text == "The spokesman" and m.chain_id == marren.chain_id for m in st.mentions)
