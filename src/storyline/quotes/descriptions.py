"""Speakers named by a description of their office ("the Ukrainian leader said", "the smiling prime minister").

The entities stage ties a description to a person when its words parse as that person's title or a nearby
person holds the office; one worded otherwise ("leader" for a president, an adjective that is no part of
any title) is left a bare string. Here a description is taken for a person named earlier in the article
only when it fits exactly one of them: the person's role has the same title, or, for "leader", is a head of
state or government; a nationality adjective must name the role's country. A description that fits nobody,
or several people, stays unresolved: an anonymous "the official" is usually nobody named at all, and
guessing the most salient person picks wrong speakers."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from storyline.entities.registry import registry
from storyline.entities.roles import role_key

if TYPE_CHECKING:
    from spacy.tokens import Token

    from storyline.records import Chain
    from storyline.state import DocState

# "the leader" of a country is whoever heads it, whatever the title.
_LEADER_TITLES = frozenset(
    {
        "president",
        "prime minister",
        "premier",
        "chancellor",
        "king",
        "queen",
        "supreme leader",
        "leader",
        "emir",
    }
)
# Modifiers that move the description to another holder or time than the role on record ("the former
# president" is not the president the article names as such).
_OTHER_HOLDER = frozenset(
    {"former", "late", "then", "ex", "previous", "next", "future", "new", "outgoing", "vice", "other", "another",
     "first", "second", "third", "last"}
)  # fmt: skip
# Nouns too generic to stand for one named holder: "the official" is most often an unnamed source.
_GENERIC_TITLES = frozenset({"official", "source", "person", "member"})


def described_person(state: DocState, head: Token) -> Chain | None:
    """The one person named before ``head`` whose role the description headed by ``head`` fits, else None."""
    wanted = _description(head)
    if wanted is None:
        return None
    title, country = wanted
    if title == "leader" and country is None:
        return None  # "the leader": of what? too vague to pick anyone
    fits = [c for c in _named_before(state, head.idx) if _fits(c, title, country)]
    return fits[0] if len(fits) == 1 else None


def unnamed_role(state: DocState, head: Token) -> bool:
    """'the Velorian harbour chief': a definite role phrase naming an office, with nobody named before it
    whose role it fits; someone new, whom the next "he said" may well be."""
    return (
        registry().is_title_word(head.lemma_)
        and _description(head) is not None
        and described_person(state, head) is None
        and not _office_named_before(state, head)
        and not any(t.lower_ == head.lower_ for t in state.doc[: head.i])  # met before: someone known
    )


def _office_named_before(state: DocState, head: Token) -> bool:
    """Someone named before holds an office of this noun ("the CIA director" after "Director Ana Reis"),
    which the description may well stand for though its other words do not match the record."""
    word = head.lower_
    return any(
        role_key(r.title).split()[-1:] == [word] for c in _named_before(state, head.idx) for r in c.roles
    )


def _description(head: Token) -> tuple[str, str | None] | None:
    """(title, country code or None) for a singular definite role phrase: "the [Ukrainian] prime minister".
    None for anything else: plurals, possessed or "of" phrases ("the chairman of X" names its own body),
    other holders ("the former president")."""
    if head.pos_ != "NOUN" or head.tag_ != "NN":
        return None
    children = list(head.children)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in children):
        return None
    if any(c.dep_ in ("poss", "prep", "appos", "acl", "relcl", "nummod") for c in children):
        return None
    country: str | None = None
    words: list[str] = []
    for c in children:
        if c.i > head.i or c.dep_ == "det":
            continue
        code = registry().demonym(c.text) if c.text[:1].isupper() else None
        if code is not None:
            if country is not None and country != code:
                return None
            country = code
        elif c.lower_ in _OTHER_HOLDER or c.ent_type_ == "ORDINAL":
            return None  # "the former president", "the second official": someone else than the one on record
        elif c.dep_ == "compound":
            words.append(c.lower_)
    title = role_key(" ".join([*words, head.lower_]))
    return None if title in _GENERIC_TITLES else (title, country)


def _named_before(state: DocState, char: int) -> list[Chain]:
    """Person chains with a name mention before ``char``."""
    ids = {
        m.chain_id for m in state.mentions if m.ent_type == "PERSON" and m.kind == "name" and m.start < char
    }
    return [c for c in state.chains if c.chain_id in ids and c.ent_type == "PERSON"]


def _fits(chain: Chain, title: str, country: str | None) -> bool:
    for role in chain.roles:
        key = role_key(role.title)
        same = key == title or (title == "leader" and key in _LEADER_TITLES)
        if same and (country is None or (role.country or chain.country) == country):
            return True
    return False


# "the Ohio Democrat": a party member from a state, i.e. an American politician named just before.
_PARTIES = ("democrat", "republican")
_PARTISAN_OFFICES = frozenset({"governor", "whip"})
# Body sentences back (beside its own) that "the Ohio Democrat" may reach for the politician it stands for.
PARTISAN_WINDOW = 2


def described_politician(state: DocState, head: Token) -> Chain | None:
    """The politician "the <State> Democrat|Republican" stands for: the person named last as the subject of a
    main clause in this or the last few body sentences, when their office is a partisan American one (a
    lawmaker, a governor, a party whip) and no other party is written beside their name. None otherwise: when the
    last subject is someone else, or a name the entities stage did not link, nobody earlier is guessed."""
    party = head.lower_
    children = list(head.children)
    if party not in _PARTIES or not any(c.dep_ == "det" and c.lower_ == "the" for c in children):
        return None
    if not any(c.i < head.i and c.ent_type_ == "GPE" for c in children):
        return None
    subject = _last_named_subject(state, head)
    if subject is None:
        return None
    mention = next((m for m in state.mentions if m.start <= subject.idx < m.end), None)
    chain = state.chain(mention.chain_id) if mention is not None and mention.ent_type == "PERSON" else None
    return chain if chain is not None and _partisan(state, chain, party) else None


def _last_named_subject(state: DocState, head: Token) -> Token | None:
    """The last proper-name subject of a main clause before ``head`` within PARTISAN_WINDOW body sentences."""
    here = state.sentence_index(head.idx)
    if here < 0:
        return None
    window = [s.index for s in state.sentences[: here + 1] if s.block_kind == "body"][
        -(PARTISAN_WINDOW + 1) :
    ]
    lo = state.sentences[window[0]].start if window else head.idx
    last: Token | None = None
    for tok in state.doc[: head.i]:
        if tok.idx < lo or tok.pos_ != "PROPN" or tok.dep_ not in ("nsubj", "nsubjpass"):
            continue
        verb = tok.head
        main = verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")
        if main and state.sentence_index(tok.idx) in window:
            last = tok
    return last


def _partisan(state: DocState, chain: Chain, party: str) -> bool:
    """An American partisan office on record for ``chain``, and no other party written beside its names."""
    reg = registry()
    fits = False
    for role in chain.roles:
        if role.country not in (None, "USA"):
            return False
        fits = (
            fits
            or reg.sector(role.title) == "LEG"
            or bool(set(role_key(role.title).split()) & _PARTISAN_OFFICES)
        )
    return fits and not _other_party_beside(state, chain, party)


# Party words and tags around a name: "Republican Sen. Jane Doe", "Jane Doe (R-Ohio)", "House Democratic Whip".
_PARTY_MARK = re.compile(r"\b(?:(Democrat|Democratic)|(Republican|GOP))\b|\(([RD])-[A-Z]")
PARTY_REACH = 4  # tokens either side of a name where its party may be written


def _other_party_beside(state: DocState, chain: Chain, party: str) -> bool:
    for m in state.mentions:
        if m.chain_id != chain.chain_id or m.kind != "name":
            continue
        span = state.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        around = state.doc[max(0, span.start - PARTY_REACH) : span.end + PARTY_REACH].text
        for mark in _PARTY_MARK.finditer(around):
            said = "democrat" if mark.group(1) or mark.group(3) == "D" else "republican"
            if said != party:
                return True
    return False
