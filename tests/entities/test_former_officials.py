"""Former officials and press secretaries: actor-code errors found on unseen news (session 11), on
invented text."""

from __future__ import annotations

from storyline.corpus import Corpus
from storyline.entities import resolve_entities
from storyline.records import Article, Chain, Mention, Role


def _person_code(articles: list[tuple[str, str, list[Role]]]) -> str | None:
    """The code of one person named "Dana Okoro" in each article (doc id, date, roles read there)."""
    corpus = Corpus()
    for doc_id, published, roles in articles:
        corpus.articles[doc_id] = Article(doc_id=doc_id, source_path=doc_id, text="x", published=published)
        corpus.chains.append(
            Chain(
                doc_id=doc_id,
                chain_id=0,
                name="Dana Okoro",
                ent_type="PERSON",
                first_name="Dana",
                surname="Okoro",
                roles=roles,
            )
        )
        corpus.mentions.append(Mention(doc_id, 0, 0, 1, "Dana Okoro", 0, "name", "PERSON", 0))
    (entity,) = resolve_entities(corpus)
    return entity.actor_code


FBI = "Federal Bureau of Investigation"


def test_a_former_head_of_an_institution_is_an_ex_official_of_its_country() -> None:
    # "former FBI director Dana Okoro": the bureau no longer speaks through him
    roles = [Role(title="former director", organization=FBI)]
    assert _person_code([("a", "2018-03-01", roles)]) == "USAELI"


def test_a_later_article_calling_the_official_former_outdates_the_office() -> None:
    # May: "FBI Director Dana Okoro" (dated by the article); July: "former FBI director Dana Okoro"
    current = [Role(title="Director", organization=FBI, start="2018-05-02")]
    former = [Role(title="former director", organization=FBI)]
    assert _person_code([("a", "2018-05-02", current), ("b", "2018-07-20", former)]) == "USAELI"
    # in the other order the office is current again
    earlier_former = [Role(title="former director", organization=FBI)]
    later_current = [Role(title="Director", organization=FBI, start="2018-07-20")]
    assert _person_code([("a", "2018-05-02", earlier_former), ("b", "2018-07-20", later_current)]) == "USACOP"


def test_on_one_day_an_office_held_beats_a_former_one() -> None:
    # "Dana Okoro, a former governor, ... Senator Okoro": a senator now, whichever is read first
    roles = [
        Role(title="former governor", country="USA"),
        Role(title="Senator", country="USA", start="2018-05-02"),
    ]
    assert _person_code([("a", "2018-05-02", roles)]) == "USALEG"


def test_a_press_secretary_of_a_seat_of_government_is_its_governments(analyse) -> None:  # type: ignore[no-untyped-def]
    # "Press" is part of the title: the seat of government before it says whose secretary this is
    st = analyse(["White House Press Secretary Jo Lindqvist said the talks would resume on Monday."])
    (chain,) = [c for c in st.chains if c.name == "Jo Lindqvist"]
    assert [r.title.lower() for r in chain.roles] == ["press secretary"]
    assert chain.actor_code == "USAGOV"


def test_a_party_tag_with_the_state_written_in_full_makes_an_american_lawmaker(analyse) -> None:  # type: ignore[no-untyped-def]
    st = analyse(["Rep. Dana Whitcombe, D-California, told reporters the bill would pass."])
    (chain,) = [c for c in st.chains if c.name == "Dana Whitcombe"]
    assert chain.actor_code == "USALEG"


def test_a_seat_of_power_listed_before_a_foreign_title_gives_it_no_country(analyse) -> None:  # type: ignore[no-untyped-def]
    st = analyse(["Both the White House and French President Lucien Marchetti condemned the attack."])
    (chain,) = [c for c in st.chains if c.name == "Lucien Marchetti"]
    assert chain.actor_code == "FRAGOV"


def test_a_countrys_armed_force_named_whole_takes_its_countrys_code(analyse) -> None:  # type: ignore[no-untyped-def]
    st = analyse(["Witnesses said the Peruvian Army shelled the town, and the Free Peruvian Army fled."])
    codes = {c.name: c.actor_code for c in st.chains if c.ent_type == "ORG"}
    assert codes.get("Peruvian Army") == "PERMIL"
    assert codes.get("Free Peruvian Army") is None  # a rebel force is not the country's army


def test_a_press_secretary_and_a_spokesman_of_one_government_can_be_one_person() -> None:
    # April: "spokesman Dana Okoro"; December: "White House press secretary Dana Okoro": one person
    spokesman = [Role(title="spokesman", country="USA", start="2013-04-22")]
    secretary = [Role(title="Press Secretary", country="USA", start="2013-12-03")]
    assert _person_code([("a", "2013-04-22", spokesman), ("b", "2013-12-03", secretary)]) == "USAGOV"
