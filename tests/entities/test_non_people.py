"""Software, products and companies the tagger took for people become organisations; people stay."""

from __future__ import annotations

from storyline.corpus import Corpus
from storyline.entities import resolve_entities
from storyline.records import Article, Chain, Mention, Role


def _types(st, surface: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {m.ent_type for m in st.mentions if m.text == surface}


def test_single_word_product_used_as_a_thing_is_no_person(analyse) -> None:
    st = analyse(
        [
            "Developers released version 4.2 of Quillmark on Monday.",
            "Quillmark is a free text editor. The Quillmark community has grown quickly since 2015, and "
            "Quillmark plugins are popular.",
            "Quillmark started as a hobby project, according to its website. Users can download Quillmark "
            "for free.",
        ]
    )
    assert _types(st, "Quillmark") == {"ORG"}


def test_name_sharing_its_last_word_with_an_organisation_is_no_person(analyse) -> None:
    st = analyse(
        [
            "Volunteers released Torvane Linux 9 on Monday, a free rebuild of IBX Linux.",
            "IBX Linux is sold by a large software company. The Torvane Linux project has 300 contributors, "
            "and Torvane Linux images are free to download.",
            "Torvane Linux was first announced in December, after IBX Linux support was cut.",
        ]
    )
    assert _types(st, "Torvane Linux") == {"ORG"}
    assert _types(st, "IBX Linux") == {"ORG"}


def test_person_with_a_pronoun_stays_a_person(analyse) -> None:
    st = analyse(
        [
            "Developers praised Quillby on Monday.",
            "Quillby wrote the first version of the editor in 2015. He still answers every bug report.",
            "The Quillby plugins are popular, and Quillby says he will keep working on them.",
            "Quillby lives in Porto.",
        ]
    )
    assert _types(st, "Quillby") == {"PERSON"}


def test_person_named_with_a_common_given_name_stays_a_person(analyse) -> None:
    st = analyse(
        [
            "Investigators questioned Robert Vantongeren on Monday.",
            "The Vantongeren memo was leaked in May. Vantongeren denied writing the Vantongeren memo.",
            "Vantongeren was not charged.",
        ]
    )
    assert _types(st, "Vantongeren") <= {"PERSON"}
    assert _types(st, "Robert Vantongeren") == {"PERSON"}


def _chain(doc_id: str, name: str, ent_type: str, first: str | None = None, roles: list[Role] = ()) -> Chain:  # type: ignore[assignment]
    return Chain(
        doc_id=doc_id,
        chain_id=0,
        name=name,
        ent_type=ent_type,
        first_name=first,
        surname=name.split()[-1] if ent_type == "PERSON" else None,
        roles=list(roles),
        aliases=[name],
    )


def _corpus(chains: list[Chain], pronoun_docs: tuple[str, ...] = ()) -> Corpus:
    corpus = Corpus()
    for c in chains:
        corpus.articles[c.doc_id] = Article(doc_id=c.doc_id, source_path=c.doc_id, text="", published=None)
        corpus.chains.append(c)
        corpus.mentions.append(Mention(c.doc_id, 0, 0, 1, c.name, 0, "name", c.ent_type, 0))
        if c.doc_id in pronoun_docs:
            corpus.mentions.append(Mention(c.doc_id, 1, 2, 3, "he", 0, "pronoun", c.ent_type, 0))
    return corpus


def test_name_typed_an_organisation_in_more_articles_is_an_organisation_everywhere() -> None:
    corpus = _corpus(
        [
            _chain("a", "Dailyline", "PERSON"),
            _chain("b", "Dailyline", "ORG"),
            _chain("c", "Dailyline", "ORG"),
        ]
    )
    resolve_entities(corpus)
    assert {c.ent_type for c in corpus.chains} == {"ORG"}
    assert len({c.entity_id for c in corpus.chains}) == 1
    assert corpus.mentions[0].ent_type == "ORG"


def test_name_with_a_person_mark_stays_a_person() -> None:
    for marked, pronoun_docs in (
        (_chain("a", "Dailyline", "PERSON", roles=[Role("spokesman", None, None, None)]), ()),
        (_chain("a", "Dailyline", "PERSON"), ("a",)),
        (_chain("a", "John Dailyline", "PERSON", first="John"), ()),
    ):
        corpus = _corpus(
            [marked, _chain("b", marked.name, "ORG"), _chain("c", marked.name, "ORG")], pronoun_docs
        )
        resolve_entities(corpus)
        assert corpus.chains[0].ent_type == "PERSON"


def test_name_typed_a_person_in_more_articles_stays_a_person() -> None:
    corpus = _corpus(
        [
            _chain("a", "Dailyline", "PERSON"),
            _chain("b", "Dailyline", "PERSON"),
            _chain("c", "Dailyline", "ORG"),
        ]
    )
    resolve_entities(corpus)
    assert [c.ent_type for c in corpus.chains] == ["PERSON", "PERSON", "ORG"]
