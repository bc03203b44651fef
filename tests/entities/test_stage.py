"""In-document mentions and chains on hand-written news text."""

from __future__ import annotations

from entity_helpers import chain_of  # type: ignore[import-not-found]


def test_stage_full_name_surname_and_honorific_form_one_chain(analyse) -> None:
    st = analyse(
        [
            "Belgian Trade Minister Karel Vandenbosch met union leaders in Ghent on Monday.",
            "Mr Vandenbosch said the talks were useful. Vandenbosch will return next week.",
        ]
    )
    cid = chain_of(st, "Karel Vandenbosch")
    assert chain_of(st, "Mr Vandenbosch") == cid
    assert chain_of(st, "Vandenbosch") == cid
    ch = st.chain(cid)
    assert ch is not None
    assert (ch.first_name, ch.surname, ch.honorifics) == ("Karel", "Vandenbosch", ["Mr"])


def test_stage_two_people_sharing_a_surname_stay_apart(analyse) -> None:
    st = analyse(
        [
            "Finance Minister Marta Okafor and her brother, Daniel Okafor, attended the launch.",
            "Daniel Okafor later left for Lagos.",
        ]
    )
    assert chain_of(st, "Marta Okafor") != chain_of(st, "Daniel Okafor")


def test_stage_role_from_premodifier_is_dated_with_country(analyse) -> None:
    st = analyse(["Russian Defence Minister Pavel Orlov arrived in Minsk."], published="2003-04-05")
    ch = st.chain(chain_of(st, "Pavel Orlov"))
    assert ch is not None
    assert [(r.title, r.country, r.reported) for r in ch.roles] == [("Defence Minister", "RUS", "2003-04-05")]
    assert ch.actor_code == "RUSGOV"


def test_stage_role_with_a_less_common_department_keeps_its_country(analyse) -> None:
    # departments beyond the foreign/defence/finance core ("Fisheries", "Tourism") are still titles
    st = analyse(["Portugal's Fisheries Minister Rui Tavares flew to Rabat."], published="2024-03-05")
    ch = st.chain(chain_of(st, "Rui Tavares"))
    assert ch is not None
    assert [(r.title, r.country) for r in ch.roles] == [("Fisheries Minister", "PRT")]
    assert ch.actor_code == "PRTGOV"


def test_stage_role_from_appositive_with_organization(analyse) -> None:
    st = analyse(["Anna Lindqvist, Nato Secretary General, said the alliance would meet again."])
    ch = st.chain(chain_of(st, "Anna Lindqvist"))
    assert ch is not None
    assert [(r.title, r.organization) for r in ch.roles] == [("Secretary General", "NATO")]
    assert ch.actor_code == "NAT"


def test_stage_alliance_nominal_joins_the_organization(analyse) -> None:
    st = analyse(["Nato ministers met in Oslo. The talks showed that the Western alliance was united."])
    nato = chain_of(st, "Nato")
    assert chain_of(st, "the Western alliance") == nato
    ch = st.chain(nato)
    assert ch is not None and ch.actor_code == "NAT"


def test_stage_capital_as_subject_is_a_government_metonym(analyse) -> None:
    st = analyse(["Moscow rejected the plan. The delegates later flew to Moscow for dinner."])
    kinds = [(m.text, m.kind) for m in st.mentions if m.text == "Moscow"]
    assert kinds == [("Moscow", "metonym"), ("Moscow", "name")]
    gov = st.chain(st.mentions[0].chain_id)
    assert gov is not None and gov.actor_code == "RUSGOV"


def test_stage_demonym_group_gets_country_and_sector(analyse) -> None:
    st = analyse(["Ukrainian officials denied the report on Tuesday."])
    m = [m for m in st.mentions if m.kind == "demonym"]
    assert [x.text for x in m] == ["Ukrainian officials"]
    ch = st.chain(m[0].chain_id)
    assert ch is not None and ch.actor_code == "UKRGOV"


def test_stage_pronoun_resolves_to_the_only_person(analyse) -> None:
    st = analyse(["Lord Hartley arrived in Rome on Tuesday.", "He said the visit was overdue."])
    he = [m for m in st.mentions if m.kind == "pronoun"]
    assert len(he) == 1 and he[0].chain_id == chain_of(st, "Lord Hartley")


def test_stage_pronoun_prefers_the_subject(analyse) -> None:
    st = analyse(["Karl Weber thanked Jonas Lind in Rome on Monday.", "He said the visit was overdue."])
    he = [m for m in st.mentions if m.text == "He"]
    assert len(he) == 1 and he[0].chain_id == chain_of(st, "Karl Weber")


def test_stage_pronoun_left_unresolved_when_two_people_compete(analyse) -> None:
    st = analyse(["Karl Weber and Jonas Lind met in Rome on Monday.", "He said the visit was overdue."])
    assert not [m for m in st.mentions if m.kind == "pronoun" and m.text == "He"]


def test_stage_pronoun_skips_caption_between_sentences(analyse) -> None:
    st = analyse(
        [
            "Mrs Alvarez praised Mr Brandt's plan.",
            ("Mr Brandt", "caption"),
            "She said it would pass.",
        ]
    )
    she = [m for m in st.mentions if m.text == "She"]
    assert len(she) == 1 and she[0].chain_id == chain_of(st, "Mrs Alvarez")


def test_stage_garbage_input_does_not_crash(analyse) -> None:
    for text in [
        "",
        "   ",
        "\u201c\u201c\u201d ((( Mr.",
        "Mr Mr Mr Lord Sir",
        "\x00\ufeff\u202e odd \U0001f600",
    ]:
        st = analyse([text] if text else [""])
        assert not st.errors
        for m in st.mentions:
            assert st.article.text[m.start : m.end] == m.text


def test_stage_title_words_join_the_named_person(analyse) -> None:
    st = analyse(["Kenyan Health Minister Ruth Wanjiru opened the clinic."])
    titles = [m for m in st.mentions if m.kind == "title"]
    assert [t.text for t in titles] == ["Health Minister"]
    assert titles[0].chain_id == chain_of(st, "Ruth Wanjiru")


def test_stage_name_before_administration_is_not_the_person(analyse) -> None:
    st = analyse(["Officials of the Dorsey administration met on Friday."])
    assert not [m for m in st.mentions if m.ent_type == "PERSON"]


def test_stage_institution_and_acronym_share_a_chain(analyse) -> None:
    st = analyse(["The Joint Planning Council met in Vienna. Later the JPC issued a statement."])
    assert chain_of(st, "JPC") == chain_of(st, "The Joint Planning Council")


def test_stage_they_resolves_to_a_named_group_only(analyse) -> None:
    st = analyse(["Ukrainian officials met in Lviv.", "They said the talks went well."])
    they = [m for m in st.mentions if m.text == "They"]
    assert len(they) == 1 and they[0].chain_id == chain_of(st, "Ukrainian officials")
    st2 = analyse(["Karl Weber met Jonas Lind.", "They said the talks went well."])
    assert not [m for m in st2.mentions if m.text == "They"]


def test_stage_predicate_role_noun_joins_its_subject(analyse) -> None:
    st = analyse(["The league said that Tomas Varga will be the head coach of the club next season."])
    nominal = [m for m in st.mentions if m.kind == "nominal"]
    assert [m.text for m in nominal] == ["the head coach"]
    assert nominal[0].chain_id == chain_of(st, "Tomas Varga")
    ch = st.chain(nominal[0].chain_id)
    assert ch is not None and [r.title for r in ch.roles] == ["head coach"]


def test_stage_random_text_never_crashes_and_offsets_hold(analyse) -> None:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st_

    words = st_.sampled_from(
        [
            "Mr",
            "Mr.",
            "Lord",
            "the",
            "alliance",
            "Nato",
            "Moscow",
            "he",
            "she",
            "they",
            "Russian",
            "officials",
            "President",
            ",",
            ".",
            "\u201c",
            "\u201d",
            "-",
            "\n",
            "Anna",
            "Lind",
            "Secretary-General",
            "of",
            "Kyiv",
        ]
    )

    @settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(st_.lists(words, max_size=40))
    def check(tokens: list[str]) -> None:
        text = " ".join(tokens).strip() or "x"
        state = analyse([text])
        assert not state.errors
        ids = {c.chain_id for c in state.chains}
        for m in state.mentions:
            assert state.article.text[m.start : m.end] == m.text and m.chain_id in ids

    check()


def test_stage_org_type_noun_joins_the_fitting_organization(analyse) -> None:
    st = analyse(
        [
            "The Coastal Fisheries Union met the Maritime Safety Agency in Varna on Monday.",
            "The union's members said the agency had ignored them.",
        ]
    )
    union = chain_of(st, "The Coastal Fisheries Union")
    agency = chain_of(st, "the Maritime Safety Agency")
    assert union != agency
    assert chain_of(st, "The union") == union
    assert chain_of(st, "the agency") == agency


def test_stage_org_type_noun_without_a_fitting_organization_is_not_linked(analyse) -> None:
    st = analyse(["The Coastal Fisheries Union met in Varna. Officials said the ministry was silent."])
    assert not any(m.text == "the ministry" and m.chain_id is not None for m in st.mentions)


def test_stage_sentence_opener_inside_a_person_entity_is_dropped(nlp) -> None:  # type: ignore[no-untyped-def]
    # the model sometimes takes a paragraph's opening word into the name ("Though Varga has ...")
    from spacy.tokens import Span

    from storyline.entities.mentions import person_candidates
    from storyline.entities.registry import load_registry

    doc = nlp("Though Varga has met the envoys, Will Hale stayed home.")
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 7, 9, label="PERSON")]
    names = [doc[c.start : c.end].text for c in person_candidates(doc, load_registry(), set())]
    assert names == ["Varga", "Will Hale"]


def test_stage_hyphenated_given_name_cut_short_is_completed(nlp) -> None:  # type: ignore[no-untyped-def]
    from storyline.entities import find_mentions
    from storyline.nlp import parse_article
    from storyline.records import Article, Block

    text = "South Korean President Moon Jae-in met the envoys. A Smith-led coalition formed."
    state = parse_article(
        nlp, Article(doc_id="t", source_path="m", text=text, blocks=[Block(0, len(text), "body")])
    )
    find_mentions(state)
    names = {m.text for m in state.mentions if m.ent_type == "PERSON" and m.kind == "name"}
    assert "Moon Jae-in" in names
    assert not any("-led" in n for n in {m.text for m in state.mentions})


def test_stage_group_named_after_a_leader_takes_the_leaders_country(nlp) -> None:  # type: ignore[no-untyped-def]
    from storyline.entities import find_mentions
    from storyline.nlp import parse_article
    from storyline.records import Article, Block

    text = (
        "Brazilian President Ana Okafor met the envoys. The Okafor administration said the deal would stand."
    )
    state = parse_article(
        nlp, Article(doc_id="t", source_path="m", text=text, blocks=[Block(0, len(text), "body")])
    )
    find_mentions(state)
    codes = {c.name: c.actor_code for c in state.chains}
    assert codes["Okafor administration"] == "BRAGOV"


def test_stage_role_country_after_to_is_where_the_holder_is_sent(analyse) -> None:
    st = analyse(
        [
            "Ilsa Marren, the chief envoy to Peru, arrived on Monday.",
            "Chile's ambassador to the United Nations, Tomas Brek, objected.",
        ],
        published="2031-03-01",
    )
    marren, brek = (st.chain(chain_of(st, n)) for n in ("Ilsa Marren", "Tomas Brek"))
    assert marren is not None and [(r.title, r.country) for r in marren.roles] == [("chief envoy", None)]
    assert marren.actor_code is None  # sent to Peru, not Peru's envoy
    assert brek is not None and brek.actor_code == "CHLGOV"  # Chile's man at the UN, not a UN officer


def test_stage_bare_surname_stays_with_the_person_the_story_follows(analyse) -> None:
    st = analyse(
        [
            "President Omar al-Nouri promised reforms on Monday. Nouri said the army would return to barracks.",
            "Nouri inherited power from his father, Khalid al-Nouri, who ruled for 30 years.",
            "Nouri appointed a new cabinet in 2004.",
        ]
    )
    omar = chain_of(st, "Omar al-Nouri")
    assert chain_of(st, "Khalid al-Nouri") != omar
    bare = [m for m in st.mentions if m.text == "Nouri"]
    assert len(bare) == 3 and all(m.chain_id == omar for m in bare)


def test_stage_sentence_opening_participle_is_not_a_given_name(analyse) -> None:
    st = analyse(
        [
            "President Marta Okafor faced a revolt. Defying Okafor, the generals seized the radio station.",
            "Backing Okafor, the unions called a strike.",
        ]
    )
    names = {m.text for m in st.mentions if m.ent_type == "PERSON" and m.kind == "name"}
    assert "Defying Okafor" not in names and "Backing Okafor" not in names
    people = {c.name for c in st.chains if c.ent_type == "PERSON"}
    assert not any(n.startswith(("Defying", "Backing")) for n in people)


def test_stage_given_name_in_ing_is_kept(nlp) -> None:  # type: ignore[no-untyped-def]
    from storyline.entities.mentions import _drop_gerund_opener

    for text in ("Sterling Mbeki spoke first.", "Channing Okoro spoke first.", "Irving Dube spoke first."):
        assert _drop_gerund_opener(nlp(text), 0, 2) == 0, text
    assert _drop_gerund_opener(nlp("Defying Okafor, the rebels fired."), 0, 2) == 1


def test_stage_weekday_taken_into_a_name_is_dropped(nlp) -> None:  # type: ignore[no-untyped-def]
    # the model sometimes reads "Later on Tuesday Halvorsen met ..." as a person "Tuesday Halvorsen"
    from storyline.entities.mentions import _drop_openers

    doc = nlp.make_doc("Tuesday Halvorsen met the envoys. April Halvorsen met them too.")
    assert _drop_openers(doc, 0, 2) == 1
    # a comment widget's button left inline by a scraper: "| Reply Halvorsen should resign"
    assert _drop_openers(nlp.make_doc("Reply Halvorsen should resign."), 0, 2) == 1
    assert _drop_openers(doc, 6, 8) == 6  # a month can be a given name


def test_stage_platform_the_model_reads_as_a_person_is_an_organization(analyse) -> None:
    st = analyse(["Ilsa Marren wrote on Twitter that the talks had failed."])
    assert {(m.text, m.ent_type) for m in st.mentions if m.text == "Twitter"} == {("Twitter", "ORG")}


def test_stage_surname_the_model_read_as_a_common_noun_joins_the_person(analyse) -> None:
    # opening a sentence, "Trump" is tagged a common noun inside an ORG entity by the small model
    st = analyse(
        [
            "President Donald Trump spoke on Monday.",
            "The daily press conferences did cease. Trump said he himself took the drug hydroxychloroquine,"
            " which he promoted early in the pandemic as a counter-measure against coronavirus, despite"
            " reports about the side effects.",
        ]
    )
    full = chain_of(st, "Donald Trump")
    assert [m.chain_id for m in st.mentions if m.text == "Trump"] == [full]


def test_stage_transcript_speaker_label_is_no_organization(analyse) -> None:
    st = analyse(
        [
            "Marta Okafor, a marine biologist, spoke to our reporter about coral reefs.",
            "((DRN)) What got you interested in reefs?",
            "((Marta Okafor)) My uncle took me diving when I was ten.",
            "((DRN)) What do you study now?",
            "((Marta Okafor)) I study how reefs recover after storms.",
        ]
    )
    assert not [m for m in st.mentions if m.text == "DRN"]
    assert [m.text for m in st.mentions].count("Marta Okafor") == 3  # the speaker's labels stay


def test_stage_label_that_opens_one_line_only_is_still_a_name(analyse) -> None:
    st = analyse(
        [
            "DRN: Marta Okafor spoke about coral reefs on Monday.",
            "The Daily Record News (DRN) published the talk. DRN readers asked many questions.",
        ]
    )
    assert len([m for m in st.mentions if m.text == "DRN" and m.ent_type == "ORG"]) >= 2
