"""Corpora built by hand for the story and report tests (invented places and people)."""

from __future__ import annotations

from storyline.corpus import Corpus
from storyline.records import (
    Article,
    Block,
    Citation,
    Entity,
    Event,
    Mention,
    Quote,
    Sentence,
    TimeExpr,
)


class CorpusBuilder:
    def __init__(self) -> None:
        self.corpus = Corpus()

    def article(
        self,
        doc_id: str,
        published: str | None,
        sentences: list[str],
        outlet: str = "Daily Planet",
        kinds: list[str] | None = None,
        duplicate_of: str | None = None,
        title: str | None = None,
    ) -> CorpusBuilder:
        """One block per sentence (so each sentence can have its own block kind)."""
        text = ""
        blocks: list[Block] = []
        sents: list[Sentence] = []
        for i, s in enumerate(sentences):
            if text:
                text += "\n\n"
            start = len(text)
            text += s
            kind = (kinds or ["body"] * len(sentences))[i]
            blocks.append(Block(start, len(text), kind))  # type: ignore[arg-type]
            sents.append(Sentence(doc_id, i, start, len(text), kind))  # type: ignore[arg-type]
        self.corpus.articles[doc_id] = Article(
            doc_id=doc_id,
            source_path=f"{doc_id}.txt",
            text=text,
            blocks=blocks,
            title=title,
            outlet=outlet,
            published=published,
            published_source="explicit" if published else "unknown",
            duplicate_of=duplicate_of,
        )
        self.corpus.sentences[doc_id] = sents
        return self

    def timex(self, doc_id: str, sentence: int, phrase: str, value: str, kind: str = "DATE") -> CorpusBuilder:
        s = self.corpus.sentences[doc_id][sentence]
        text = self.corpus.articles[doc_id].text
        at = text.index(phrase, s.start, s.end)
        self.corpus.timexes.append(
            TimeExpr(doc_id, at, at + len(phrase), phrase, kind, value, "dct", sentence=sentence)
        )
        return self

    def cite(self, doc_id: str, sentence: int) -> Citation:
        s = self.corpus.sentences[doc_id][sentence]
        return Citation(doc_id, sentence, s.start, s.end)


def make_event(
    event_id: str,
    date: str | None,
    source: str,
    target: str,
    goldstein: float,
    quad: int,
    cites: list[Citation],
    summary: str = "",
    code: str = "036",
) -> Event:
    return Event(
        event_id=event_id,
        date=date,
        date_source="timex" if date else None,
        source_entity_id=f"e-{source.lower()}",
        source_name=source,
        source_actor_code=source[:3].upper(),
        target_entity_id=f"e-{target.lower()}",
        target_name=target,
        target_actor_code=target[:3].upper(),
        cameo_code=code,
        cameo_root=code[:2],
        plover_category=None,
        plover_mode=None,
        goldstein=goldstein,
        quad_class=quad,
        modality="asserted",
        summary=summary,
        coded_by="lexicon",
        sources=cites,
        num_sources=len(cites),
        num_documents=len({c.doc_id for c in cites}),
    )


def treaty_corpus() -> Corpus:
    """Veloria and Kastan sign a treaty on 2031-05-04; later articles keep referring to that day."""
    b = CorpusBuilder()
    b.article(
        "a1",
        "2031-05-04",
        [
            "Menu Home World Sport",
            "Veloria and Kastan signed a border treaty in Port Alder on Tuesday after two years of talks.",
            "Foreign Minister Ilsa Marren called the treaty a new beginning for the region.",
            "Weather today is sunny with light winds across the capital.",
        ],
        kinds=["heading", "body", "body", "body"],
        title="Treaty signed",
    ).timex("a1", 1, "Tuesday", "2031-05-04")
    b.article(
        "a2",
        "2031-05-04",
        [
            "Veloria and Kastan signed a border treaty in Port Alder on Tuesday after two years of talks.",
            "Observers said the ceremony lasted two hours.",
        ],
        outlet="Evening Star",
        duplicate_of="a1",
    ).timex("a2", 0, "Tuesday", "2031-05-04")
    b.article(
        "a3",
        "2031-06-10",
        [
            "Kastan troops withdrew from the disputed valley on June 9, the ministry said.",
            "The withdrawal follows the treaty signed on May 4 between Veloria and Kastan.",
            "Residents of the valley returned to their farms within hours of the pullout.",
        ],
        outlet="Evening Star",
    ).timex("a3", 0, "June 9", "2031-06-09").timex("a3", 1, "May 4", "2031-05-04")
    b.article(
        "a4",
        "2031-07-01",
        [
            "Trade between Veloria and Kastan doubled since the May 4 treaty opened the border crossings.",
            "Kastan customs officers reported record truck traffic at the northern gate.",
        ],
    ).timex("a4", 0, "May 4", "2031-05-04")
    b.article(
        "a5",
        "2031-07-02",
        [
            "A football club in Port Alder won the regional cup final on Saturday evening.",
            "The club's coach praised the young squad after the final whistle.",
        ],
        outlet="Sports Weekly",
    ).timex("a5", 0, "Saturday", "2031-06-28")
    c = b.corpus
    c.entities = [
        Entity("e-veloria", "Veloria", "GPE", actor_code="VEL", doc_ids=["a1", "a3", "a4"], mention_count=5),
        Entity("e-kastan", "Kastan", "GPE", actor_code="KAS", doc_ids=["a1", "a3", "a4"], mention_count=6),
        Entity("e-marren", "Ilsa Marren", "PERSON", aliases=["Marren"], doc_ids=["a1"], mention_count=1),
    ]
    at = c.articles["a1"].text.index("Ilsa Marren")
    c.mentions = [Mention("a1", 0, at, at + 11, "Ilsa Marren", 2, "name", "PERSON", 0, entity_id="e-marren")]
    c.events = [
        make_event(
            "ev1",
            "2031-05-04",
            "Veloria",
            "Kastan",
            5.0,
            1,
            [b.cite("a1", 1), b.cite("a3", 1)],
            summary="Veloria signs border treaty with Kastan",
            code="057",
        ),
        make_event(
            "ev2",
            "2031-06-09",
            "Kastan",
            "Veloria",
            3.0,
            2,
            [b.cite("a3", 0)],
            summary="Kastan withdraws troops",
        ),
    ]
    c.quotes = [
        Quote(
            "q1",
            "a new beginning for the region",
            "partial",
            "e-marren",
            "Ilsa Marren",
            "called",
            "2031-05-04",
            [b.cite("a1", 2)],
        )
    ]
    return c
