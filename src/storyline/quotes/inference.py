"""Inferential verbs: "the timing suggests ...", "the quiet reply signals ..." report nobody's words.

"Suggest", "indicate", "signal", "reveal" and "hint" are speech verbs when someone uses them ("the minister
suggested that ...", "sources indicate ..."), but just as often they tell what a thing lets one infer: the
record, a reaction, the timing of a move. Such a clause is the writer's reasoning, not a quotation. A
document still speaks ("the report suggests ..."), as does anyone a name, a pronoun or a word for a person
or body stands for.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from storyline.entities.registry import registry
from storyline.quotes.cues import AUTHORED_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from storyline.records import Mention

_ACTOR_ENTS = ("PERSON", "ORG", "NORP", "GPE")
INFERENTIAL_LEMMAS = frozenset({"suggest", "indicate", "signal", "reveal", "hint", "show", "imply"})

# Words for people and bodies that the registry's titles do not cover ("sources suggest", "one expert
# indicated"); nouns ending in a doer's suffix ("presenter", "strategist") are people too.
_PEOPLE_NOUNS = frozenset(
    {"person", "people", "man", "woman", "men", "women", "source", "expert", "witness", "resident",
     "insider", "member", "leader", "spokesperson", "representative", "ally", "aide", "family", "relative",
     "friend", "colleague", "neighbor", "neighbour", "critic", "official", "agency", "ministry",
     "department", "office", "government", "administration", "team", "camp", "side", "party", "group",
     "company", "firm", "bank", "court", "panel", "committee", "council", "board", "union", "campaign",
     "military", "army", "police", "staff", "crew", "public", "community", "authority", "regime",
     "cabinet", "coalition", "opposition", "delegation", "commission", "bureau", "embassy", "mission"}
)  # fmt: skip
_DOER_SUFFIXES = ("ist", "ian", "or", "er", "ant", "ent", "eer", "ee", "man", "woman", "person")
# Things whose names end like a doer's ("the number suggests", "the pattern indicates"); "-ment" ones too.
_THINGS_LIKE_DOERS = frozenset(
    {"number", "paper", "letter", "matter", "order", "power", "border", "center", "centre", "manner",
     "water", "weather", "computer", "character", "chapter", "corner", "cover", "danger", "disorder",
     "filter", "layer", "marker", "meter", "offer", "answer", "shelter", "summer", "winter", "tower",
     "trigger", "poster", "register", "quarter", "transfer", "container", "banner", "trailer", "murder",
     "powder", "pattern", "factor", "error", "color", "colour", "behavior", "behaviour", "sector", "mirror",
     "horror", "terror", "favor", "favour", "rumor", "rumour", "labor", "labour", "vigor", "tenor", "floor",
     "door", "content", "event", "incident", "accident", "moment", "extent", "talent", "intent", "percent",
     "element", "segment", "amount", "account", "plant", "grant", "fragment"}
)  # fmt: skip
# Documents speak, and so do words for what someone said ("her claims suggest ...": she does).
_WORKS = AUTHORED_NOUNS | {
    "document", "transcript", "memoir", "book", "file", "claim", "allegation", "testimony", "assertion",
    "accusation", "announcement", "warning", "word", "analysis", "assessment",
}  # fmt: skip


def inferred_from_a_thing(cue: Token, subject: Token, mentions: Sequence[Mention] = ()) -> bool:
    """``cue`` is an inferential verb whose subject is a thing, not a person, body or document. A name the
    tagger read as a common noun is still a name when the entities stage found it (``mentions``)."""
    if cue.lemma_.lower() not in INFERENTIAL_LEMMAS:
        return False
    if _bare_pointer(subject) and cue.dep_ != "relcl":
        return True  # "That suggests ...", "this would indicate ...": the writer reasons from what was told
    if subject.pos_ != "NOUN":
        return False
    if subject.ent_type_ in _ACTOR_ENTS or any(m.start <= subject.idx < m.end for m in mentions):
        return False
    if subject.text[:1].isupper() and any(
        t.text == subject.text and t.ent_type_ in _ACTOR_ENTS for t in subject.doc
    ):
        return False  # a name the tagger read as a noun here and as a name elsewhere
    lemma = subject.lemma_.lower()
    return not (lemma in _WORKS or _names_people(lemma))


def _bare_pointer(subject: Token) -> bool:
    """A demonstrative standing alone for what was just told ("That suggests"), not one before a noun
    nor a relative "that" (whose antecedent the speaker search has already put in its place)."""
    return subject.lower_ in ("this", "that") and subject.dep_ == "nsubj" and not list(subject.children)


def _names_people(lemma: str) -> bool:
    if lemma in _PEOPLE_NOUNS:
        return True
    reg = registry()
    if reg.is_title_word(lemma) or reg.sector(lemma) is not None:
        return True
    return lemma.endswith(_DOER_SUFFIXES) and lemma not in _THINGS_LIKE_DOERS and not lemma.endswith("ment")
