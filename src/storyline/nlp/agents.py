"""Noun phrases whose head can neither act nor speak: diseases, weather, machines, abstractions.

News verbs take such subjects all the time ("the virus killed 300 people", "a missile struck the base",
"history tells us that ..."), and a parser hands them to the event coder and the quote finder as if they
were actors or speakers. Two kinds differ in what they leave behind:

* ``never``: forces and abstractions (a disease, a storm, the economy, "the fact"). Nobody stands behind
  them, so a clause they are the subject of is no act between actors and no one's speech.
* ``instrument``: weapons, vehicles, machines and acts ("the missile", "the blast", "the strikes"). Someone
  fired or did them: the act happened, only its doer is unnamed. A phrase that names the doer inside it
  ("Israeli missiles", "Russia's jets", "its drones") stands for that doer and stays an actor.

Documents and outlets ("the report said", "state television said"), institutions and groups of people
("the ministry", "protesters") are actors and speakers and are not listed here.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Literal

import yaml

if TYPE_CHECKING:
    from spacy.tokens import Token

NonAgentKind = Literal["never", "instrument"]


@dataclass(frozen=True, slots=True)
class _Lexicon:
    groups: dict[str, frozenset[str]]  # group name -> words, e.g. "diseases", "machines"
    never: frozenset[str]
    instruments: frozenset[str]
    doer_words: frozenset[str]


@lru_cache(maxsize=1)
def lexicon() -> _Lexicon:
    """The word lists, package data ``data/non_agents.yaml`` (one group per kind of thing)."""
    text = resources.files("storyline").joinpath("data/non_agents.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    groups = {name: frozenset(w.lower() for w in words) for kind in ("never", "instrument")
              for name, words in data[kind].items()}  # fmt: skip
    never = frozenset().union(*(groups[n] for n in data["never"]))
    instruments = frozenset().union(*(groups[n] for n in data["instrument"]))
    return _Lexicon(groups, never, instruments, frozenset(w.lower() for w in data.get("doer_words", [])))


# Named entities that are actors; a head inside one of them is a name, not a common noun.
_ACTOR_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
# The pronouns among the abstractions ("nothing prevents ..."): the tagger does not call them nouns.
_INDEFINITE_PRONOUNS = frozenset({"nothing", "everything", "something", "anything"})


# Listed heads that a modifier turns into a group of people.
_NOT_A_THING = {"tank": "think"}


def non_agent_kind(tok: Token) -> NonAgentKind | None:
    """Whether ``tok``, the head of a subject or object, names something that cannot act or speak."""
    key = _head_key(tok)
    if key is None:
        return None
    lex = lexicon()
    if key in lex.never:
        return "never"
    if key in lex.instruments and not names_an_actor(tok):
        return "instrument"
    return None


def cannot_act(tok: Token) -> bool:
    """``tok`` names no actor and no speaker (either kind above)."""
    return non_agent_kind(tok) is not None


def never_acts(tok: Token) -> bool:
    """``tok`` names a force or abstraction: a clause it is the doer of is nobody's act."""
    return non_agent_kind(tok) == "never"


def stands_for_nobody(tok: Token) -> bool:
    """A force or abstraction that names no actor inside it: "the virus", not "China's economy"
    (what is done to China's economy is done to China)."""
    return never_acts(tok) and not names_an_actor(tok)


def _head_key(tok: Token) -> str | None:
    """The listed word the phrase is about, or None when the head is a name or another word class."""
    lower = tok.lower_
    if tok.pos_ == "PRON":
        return lower if lower in _INDEFINITE_PRONOUNS else None
    if tok.pos_ == "PROPN":
        if lower in lexicon().groups.get("diseases", ()):  # "COVID-19 killed ..."
            return lower
        # "Hurricane Sandy", "Typhoon Haiyan": the storm's name keeps the kind before it
        for c in tok.children:
            if c.dep_ == "compound" and c.i < tok.i and c.lower_ in lexicon().groups.get("nature", ()):
                return c.lower_
        return None
    if tok.pos_ != "NOUN":
        return None
    if tok.ent_type_ in _ACTOR_ENTS and lower not in lexicon().groups.get("diseases", ()):
        return None  # a common noun inside a name ("Storm Lake City Council") is part of that name
    lemma = tok.lemma_.lower()
    if any(c.lower_ == _NOT_A_THING.get(lemma) for c in tok.lefts):
        return None  # "the think tank said": an organisation
    if lemma == "economy" and tok.tag_ == "NNS":
        return None  # "Asia-Pacific economies", "the major economies agreed": countries
    return lemma


def names_an_actor(tok: Token) -> bool:
    """The phrase names whose it is: a possessor ("Russia's jets", "its drones"), an actor name among
    the words before the head ("Israeli missiles", "U.S. strikes") or a word for an armed or governing
    body ("government warplanes", "coalition aircraft")."""
    for c in tok.lefts:
        if c.dep_ == "poss":
            return True
        doers = lexicon().doer_words
        if any(t.ent_type_ in _ACTOR_ENTS or t.lemma_.lower() in doers for t in c.subtree):
            return True
    return False
