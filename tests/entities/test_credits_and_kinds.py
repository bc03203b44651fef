"""Names that are no one in the story: photo credits, storms, outlets, companies, pairs of leaders;
and the American legislators' marks ("Sen.", "R-Ohio") that say whom a person serves."""

from __future__ import annotations

from storyline.corpus import Corpus
from storyline.entities import resolve_entities
from storyline.entities.roles import role_key
from storyline.records import Article, Chain, Mention, Role


def _texts(st) -> list[str]:  # type: ignore[no-untyped-def]
    return [m.text for m in st.mentions]


def _types(st, surface: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {m.ent_type for m in st.mentions if m.text == surface}


def _chain(st, surface: str):  # type: ignore[no-untyped-def]
    cid = next(m.chain_id for m in st.mentions if m.text == surface)
    return st.chains[cid]


# ---- photo credits ------------------------------------------------------------------------------------


def test_labelled_caption_credits_are_no_mentions(analyse) -> None:
    st = analyse(
        [
            "Thousands marched through Lisbon on Saturday against the new budget. Marta Okafor, who organised "
            "the march, said it was the largest in a decade.",
            ("Protesters in the main square. Image: Tomas Brandvold (flickr).", "caption"),
            ("The crowd at dusk. Image: Remi Castellan (photos), Inga Varsk (montage).", "caption"),
            ("Marchers near the river. Photo by Dalia Fenwick", "caption"),
        ]
    )
    names = _texts(st)
    assert "Marta Okafor" in names
    for credit in ("Tomas Brandvold", "Remi Castellan", "Inga Varsk", "Dalia Fenwick"):
        assert credit not in names


def test_agency_slash_credits_are_no_mentions(analyse) -> None:
    st = analyse(
        [
            "Farmers in Iowa waited for the new tariffs on Monday. Jonah Pelletier, a grower, said prices "
            "had already fallen.",
            ("Soybeans at a farm in Iowa. Harlan Osterberg/Getty Images", "caption"),
            ("A grain silo near Ames, May 25, 2018. REUTERS/Kaspar Lindqvist", "caption"),
        ]
    )
    names = _texts(st)
    assert "Jonah Pelletier" in names
    assert not [n for n in names if "Osterberg" in n or "Lindqvist" in n]


def test_a_label_before_a_described_scene_is_no_credit(analyse) -> None:
    st = analyse([("Photo: Marta Okafor speaks to supporters in Porto on Monday.", "caption")])
    assert "Marta Okafor" in _texts(st)


# ---- things with names ---------------------------------------------------------------------------------


def test_a_named_storm_is_no_person(analyse) -> None:
    st = analyse(
        [
            "Hurricane Humberto strengthened on Monday as it moved toward Bermuda.",
            "Humberto was expected to pass north of the island, forecasters said. Humberto brought heavy "
            "rain to the coast.",
        ]
    )
    assert _types(st, "Humberto") == {"EVENT"}


def test_an_outlet_written_bare_is_an_organisation(analyse) -> None:
    st = analyse(
        [
            "The film premiered in Austin on Friday. Wikinews attended the screening.",
            "Wikinews spoke with Dana Hollis about the festival. Hollis told Wikinews that tickets sold out.",
        ]
    )
    assert _types(st, "Wikinews") == {"ORG"}


def test_a_company_with_its_legal_form_is_an_organisation(analyse) -> None:
    st = analyse(["The state arms maker Vardo Ipari Kft. acquired a shell factory on October 29."])
    assert {m.ent_type for m in st.mentions if m.text.startswith("Vardo")} == {"ORG"}


# ---- American legislators ------------------------------------------------------------------------------


def test_a_senator_with_a_party_state_tag_serves_the_united_states(analyse) -> None:
    st = analyse(
        [
            "Sen. Harold Winfield, R-Tenn., said the deal was a mistake.",
            "Rep. Carla Menzies (D-N.Y.) called for hearings. Winfield agreed.",
        ]
    )
    assert _chain(st, "Harold Winfield").actor_code == "USALEG"
    assert _chain(st, "Carla Menzies").actor_code == "USALEG"


def test_a_governor_with_a_party_state_tag_serves_the_united_states(analyse) -> None:
    st = analyse(["Gov. Dora Pellham, R-S.C., signed the bill on Monday."])
    assert _chain(st, "Dora Pellham").actor_code == "USAGOV"


def test_a_party_word_before_the_title_serves_the_united_states(analyse) -> None:
    st = analyse(["Democratic Rep. Carla Menzies of California was less pessimistic about the deal."])
    assert _chain(st, "Carla Menzies").actor_code == "USALEG"


def test_abbreviated_and_full_titles_are_one_office() -> None:
    assert role_key("Sen.") == role_key("Senator")
    assert role_key("Gov.") == role_key("governor")


# ---- longer names ----------------------------------------------------------------------------------------


def test_a_country_inside_a_longer_place_name_is_no_mention_of_it(analyse) -> None:
    st = analyse(
        [
            "The singer moved to New Mexico in 1970 and later toured South America.",
            "Troops entered Northern Syria on Wednesday.",
        ]
    )
    assert "Mexico" not in _texts(st)
    assert "America" not in _texts(st)
    assert _types(st, "Syria") == {"GPE"}


# ---- a leader's government ---------------------------------------------------------------------------


def test_a_leaders_administration_takes_the_country_of_that_leader() -> None:
    arts = {d: Article(doc_id=d, source_path=d, text="x", published="2019-05-01") for d in "abc"}
    leader = Chain(
        doc_id="a",
        chain_id=0,
        name="Harold Winfield",
        ent_type="PERSON",
        first_name="Harold",
        surname="Winfield",
        roles=[Role(title="President", country="USA", start="2019-05-01")],
        actor_code="USAGOV",
    )
    # an article that does not say whom Winfield serves, and one that does (its group is coded there)
    bare = Chain(doc_id="b", chain_id=0, name="Winfield administration", ent_type="ORG", actor_code="GOV")
    coded = Chain(doc_id="c", chain_id=0, name="Winfield administration", ent_type="ORG", actor_code="USAGOV")
    corpus = Corpus(articles=arts, chains=[leader, bare, coded], mentions=[])
    groups = [e for e in resolve_entities(corpus) if e.name == "Winfield administration"]
    assert [(g.actor_code, g.doc_ids) for g in groups] == [("USAGOV", ["b", "c"])]


def test_an_office_read_without_its_country_is_held_in_the_persons_one_country() -> None:
    arts = {
        d: Article(doc_id=d, source_path=d, text="x", published=day)
        for d, day in (("a", "2013-01-09"), ("b", "2013-08-09"))
    }
    senator = Chain(
        doc_id="a",
        chain_id=0,
        name="Harold Winfield",
        ent_type="PERSON",
        first_name="Harold",
        surname="Winfield",
        roles=[Role(title="former Sen.", country="USA")],
    )
    secretary = Chain(
        doc_id="b",
        chain_id=0,
        name="Harold Winfield",
        ent_type="PERSON",
        first_name="Harold",
        surname="Winfield",
        roles=[Role(title="Secretary of Defense", start="2013-08-09")],
    )
    corpus = Corpus(articles=arts, chains=[senator, secretary], mentions=[])
    (person,) = resolve_entities(corpus)
    assert person.actor_code is not None and person.actor_code.startswith("USA")
    assert person.actor_code != "USAELI"  # the later office, not the past seat


def test_a_gendered_title_sets_the_persons_gender(analyse) -> None:
    st = analyse(
        [
            "Queen Elizabeth II suspended parliament at the request of Boris Johnson, the prime minister, on "
            "September 10. He is widely suspected of seeking the delay."
        ]
    )
    he = next(m for m in st.mentions if m.text == "He")
    assert st.chains[he.chain_id].name == "Boris Johnson"


def test_a_sentence_opening_the_is_no_longer_name(analyse) -> None:
    st = analyse(["The White House said on Monday that talks would resume."])
    assert _chain(st, "The White House").actor_code == "USAGOV"


def test_a_tropical_storm_is_no_person_but_a_person_named_storm_is(analyse) -> None:
    st = analyse(
        [
            "Tropical Storm Humberto formed near the Bahamas on Friday. Humberto was expected to strengthen.",
            "Storm Wendell, an actor, said he would return to the stage in May. Wendell thanked his fans.",
        ]
    )
    assert _types(st, "Humberto") == {"EVENT"}
    assert "PERSON" in _types(st, "Wendell")


def _doc_with_body(
    doc_id: str, countries: list[tuple[str, int]], body: str = "Parliament"
) -> tuple[Article, list[Chain], list[Mention]]:
    """An article naming each country code so many times, and a body with a name every country has."""
    art = Article(doc_id=doc_id, source_path=doc_id, text="x", published="2019-05-01")
    chains = [
        Chain(doc_id=doc_id, chain_id=i, name=code, ent_type="GPE", actor_code=code)
        for i, (code, _) in enumerate(countries)
    ]
    chains.append(Chain(doc_id=doc_id, chain_id=len(chains), name=body, ent_type="ORG"))
    times = [n for _, n in countries] + [1]
    mentions = [
        Mention(
            doc_id=doc_id,
            mention_id=k,
            start=k,
            end=k + 1,
            text="x",
            sentence=0,
            kind="name",
            ent_type=c.ent_type,
            chain_id=c.chain_id,
        )
        for c, n in zip(chains, times, strict=True)
        for k in range(n)
    ]
    return art, chains, mentions


def _resolve_bodies(docs: list[tuple[str, list[tuple[str, int]]]], body: str) -> list[list[str]]:
    corpus = Corpus()
    for doc_id, countries in docs:
        art, chains, mentions = _doc_with_body(doc_id, countries, body)
        corpus.articles[doc_id] = art
        corpus.chains.extend(chains)
        corpus.mentions.extend(mentions)
    return sorted(e.doc_ids for e in resolve_entities(corpus) if e.name == body)


def test_a_body_every_country_has_is_one_per_country() -> None:
    docs = [("a", [("GBR", 3)]), ("b", [("TUN", 3)]), ("c", [("GBR", 2), ("FRA", 1)])]
    assert _resolve_bodies(docs, "Parliament") == [["a", "c"], ["b"]]


def test_a_body_in_an_article_about_another_country_is_the_one_the_corpus_writes_about() -> None:
    # two US articles, one mostly about Iran that names the US Senate too, one about another
    # country's senate, and one that names no country at all
    docs = [
        ("a", [("USA", 3)]),
        ("b", [("USA", 2)]),
        ("c", [("IRN", 8), ("USA", 5)]),
        ("d", [("PRI", 9), ("USA", 1)]),
        ("e", []),
    ]
    assert _resolve_bodies(docs, "Senate") == [["a", "b", "c", "e"], ["d"]]


def test_a_titled_surname_is_the_registrys_office_holder_not_a_namesake(analyse) -> None:
    st = analyse(
        [
            "Ulrike Merkel opened the exhibition in Hamburg on Tuesday. Chancellor Merkel sent a message "
            "of support to the organisers."
        ],
        published="2015-06-01",
    )
    chancellor = next(m for m in st.mentions if m.text == "Merkel" and m.start > 20)
    assert chancellor.chain_id != _chain(st, "Ulrike Merkel").chain_id


def test_a_leaders_government_with_no_coded_leader_takes_the_registrys_country() -> None:
    art = Article(doc_id="a", source_path="a", text="x", published="2015-05-01")
    group = Chain(doc_id="a", chain_id=0, name="Merkel government", ent_type="ORG", actor_code="GOV")
    (entity,) = resolve_entities(Corpus(articles={"a": art}, chains=[group], mentions=[]))
    assert entity.actor_code == "DEUGOV"
