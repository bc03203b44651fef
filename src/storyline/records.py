"""The row types every stage reads and writes.

Offsets (``start``/``end``) always index ``Article.text``, the cleaned body. Every derived
fact carries enough to cite the words it came from: ``doc_id``, ``sentence`` index and the
character span. Per-document stages produce *mention-level* rows (one report in one article);
corpus stages turn them into *corpus-level* rows (one real-world fact with all its sources).
"""

from __future__ import annotations

import traceback
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

PublishedSource = Literal["explicit", "metadata", "inferred", "unknown"]
BlockKind = Literal["body", "heading", "pull", "caption", "attribution"]
Modality = Literal["asserted", "negated", "hypothetical", "planned", "reported"]
DateSource = Literal["timex", "dct", "inferred"]
QuoteKind = Literal["direct", "partial", "pull", "indirect"]


def to_dict(obj: Any) -> dict[str, Any]:
    """A record as a plain dict (what leaves a worker and what the store writes)."""
    return asdict(obj)


@dataclass(slots=True)
class Citation:
    """Where a fact was read: a character span in one sentence of one article."""

    doc_id: str
    sentence: int
    start: int
    end: int


@dataclass(slots=True)
class ErrorRecord:
    """One input, or one document in one stage, that could not be processed."""

    path: str
    stage: str
    message: str
    doc_id: str | None = None
    record: str | None = None  # e.g. "line 17" of a JSONL file, "record 3" of a WARC


def document_error(article: Article, stage: str, exc: BaseException) -> ErrorRecord:
    """The errors row of one document failing in one stage: where it came from and where it broke."""
    frame = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
    where = f" ({frame.filename.rsplit('/', 1)[-1]}:{frame.lineno})" if frame else ""
    return ErrorRecord(
        path=article.source_path,
        stage=stage,
        message=f"{type(exc).__name__}: {exc}{where}",
        doc_id=article.doc_id,
        record=article.record,
    )


@dataclass(slots=True)
class RawDocument:
    """What a reader hands to the cleaner: undecoded or decoded content plus hints from the container."""

    source_path: str
    content: str  # decoded text (readers detect the encoding)
    kind: Literal["text", "html"]
    record: str | None = None  # position inside a container file ("line 3", "record 12")
    url: str | None = None
    title: str | None = None
    published: str | None = None  # as given by the container (JSONL field, WARC date...), unparsed
    outlet: str | None = None
    byline: str | None = None


@dataclass(slots=True)
class Block:
    """A paragraph-level piece of the cleaned text and what it is."""

    start: int
    end: int
    kind: BlockKind


@dataclass(slots=True)
class Article:
    doc_id: str
    source_path: str
    text: str  # blocks joined by "\n\n"; body, headings and marked asides (pull quotes, captions)
    blocks: list[Block] = field(default_factory=list)
    title: str | None = None
    outlet: str | None = None
    agency: str | None = None
    byline: str | None = None
    url: str | None = None
    language: str = "en"
    published: str | None = None  # ISO 8601 at known precision
    published_source: PublishedSource = "unknown"
    published_evidence: str | None = None
    duplicate_of: str | None = None
    record: str | None = None
    dropped_lines: int = 0  # boilerplate lines removed by the cleaner (counted, never silent)
    dateline: str | None = None  # wire dateline moved out of the first paragraph ("RABAT, Morocco (Reuters)")


@dataclass(slots=True)
class Sentence:
    doc_id: str
    index: int
    start: int
    end: int
    block_kind: BlockKind = "body"


@dataclass(slots=True)
class TimeExpr:
    doc_id: str
    start: int
    end: int
    text: str
    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: str | None  # TIMEX3 value ("2000-02-16", "1999-03", "P2M", "PRESENT_REF", "XXXX-03"...)
    anchor: str  # "dct" | "absolute" | "previous" | "none"
    sentence: int = -1
    mod: str | None = None  # TIMEX3 mod (EARLY, APPROX, ...)
    end_value: str | None = None  # for ranges ("January 31-February 2")


@dataclass(slots=True)
class Role:
    title: str
    organization: str | None = None
    country: str | None = None  # ISO3 / CAMEO country code when known
    start: str | None = None  # when the term began, only as the text gives it
    end: str | None = None
    evidence_doc_id: str | None = None
    # the day of the earliest article that gives the role as held then: no start of the term, only
    # that it was in force that day (None for a former office)
    reported: str | None = None


@dataclass(slots=True)
class Mention:
    """One mention of a person, organization or place inside one article."""

    doc_id: str
    mention_id: int  # unique within the document
    start: int
    end: int
    text: str
    sentence: int
    kind: str  # "name" | "title" | "pronoun" | "metonym" | "nominal" | "demonym"
    ent_type: str  # PERSON | ORG | GPE | LOC | NORP | ...
    chain_id: int  # in-document chain this mention belongs to
    entity_id: str | None = None  # filled by cross-document resolution


@dataclass(slots=True)
class Chain:
    """An in-document entity: all mentions of one actor in one article."""

    doc_id: str
    chain_id: int
    name: str  # best surface name in the document ("Anna Berg")
    ent_type: str
    first_name: str | None = None
    surname: str | None = None
    honorifics: list[str] = field(default_factory=list)  # "Lord", "Mr", ...
    roles: list[Role] = field(default_factory=list)
    actor_code: str | None = None
    country: str | None = None
    aliases: list[str] = field(default_factory=list)
    mention_ids: list[int] = field(default_factory=list)
    entity_id: str | None = None  # filled by cross-document resolution


@dataclass(slots=True)
class QuoteMention:
    """One quotation as reported in one article."""

    doc_id: str
    index: int
    text: str  # the quoted words without the quote marks
    start: int
    end: int
    sentence: int
    kind: QuoteKind
    cue: str | None = None
    speaker_chain_id: int | None = None
    # surface text of the speaker when there is no chain ("a foreign ministry spokesman")
    speaker_name: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    date: str | None = None
    date_source: DateSource | None = None
    same_as: int | None = None  # index of the body quote a pull quote repeats (same words, same document)


@dataclass(slots=True)
class EventMention:
    """One who-did-what-to-whom as reported in one sentence of one article."""

    doc_id: str
    index: int
    sentence: int
    start: int  # span of the event's words (trigger clause) in the sentence
    end: int
    trigger: str  # the predicate lemma or phrase that coded it ("restore", "hold talks with")
    cameo_code: str
    plover_category: str | None
    plover_mode: str | None
    goldstein: float
    quad_class: int
    modality: Modality
    coded_by: str  # "lexicon" | "noun-lexicon" | "similarity" ... (which path coded it)
    source_chain_id: int | None = None
    source_name: str | None = None
    source_actor_code: str | None = None
    target_chain_id: int | None = None
    target_name: str | None = None
    target_actor_code: str | None = None
    date: str | None = None
    date_source: DateSource | None = None
    summary: str = ""

    @property
    def cameo_root(self) -> str:
        return self.cameo_code[:2]


@dataclass(slots=True)
class Entity:
    entity_id: str
    name: str
    type: str
    actor_code: str | None = None
    aliases: list[str] = field(default_factory=list)
    doc_ids: list[str] = field(default_factory=list)
    mention_count: int = 0
    roles: list[Role] = field(default_factory=list)


@dataclass(slots=True)
class Quote:
    """One quotation as a real-world fact: the same words from several outlets are one row."""

    quote_id: str
    text: str
    kind: QuoteKind
    speaker_entity_id: str | None = None
    speaker_name: str | None = None
    cue: str | None = None
    date: str | None = None
    sources: list[Citation] = field(default_factory=list)
    first_reported: str | None = None  # earliest publication date among the sources


@dataclass(slots=True)
class Event:
    """One real-world event with every sentence that reported it."""

    event_id: str
    date: str | None
    date_source: DateSource | None
    source_entity_id: str | None
    source_name: str | None
    source_actor_code: str | None
    target_entity_id: str | None
    target_name: str | None
    target_actor_code: str | None
    cameo_code: str
    cameo_root: str
    plover_category: str | None
    plover_mode: str | None
    goldstein: float
    quad_class: int
    modality: Modality
    summary: str
    coded_by: str
    sources: list[Citation] = field(default_factory=list)
    num_sources: int = 0
    num_documents: int = 0
    # publication day of the earliest dated report: a fact even when ``date`` is unknown (the act took
    # place on or before it); never copied into ``date``, which stays null rather than a guess
    first_reported: str | None = None


@dataclass(slots=True)
class TimelineEntry:
    date: str
    headline: str
    summary: str
    event_ids: list[str] = field(default_factory=list)
    quote_ids: list[str] = field(default_factory=list)
    sources: list[Citation] = field(default_factory=list)
    importance: float = 0.0


@dataclass(slots=True)
class DocResult:
    """Everything the per-document phase produced for one article (plain rows only)."""

    article: Article
    sentences: list[Sentence] = field(default_factory=list)
    timexes: list[TimeExpr] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    chains: list[Chain] = field(default_factory=list)
    quotes: list[QuoteMention] = field(default_factory=list)
    events: list[EventMention] = field(default_factory=list)
    errors: list[ErrorRecord] = field(default_factory=list)
