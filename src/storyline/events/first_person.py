"""Who a first person inside a quotation is: '"We will not withdraw," the minister said'.

"I", "me" and "my" in a direct or partial quote are the quote's speaker; "we", "us" and "our" are the
speaker's organisation or country: the speaker itself when it is one, else the one body or country the
speaker's current roles name. Anything less certain names nobody (a "we" of a person whose affiliation
the article does not give could be a family, a team or a party). "you" is never resolved here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Token

from storyline.records import Chain, QuoteMention

FIRST_SINGULAR = frozenset({"i", "me", "my", "myself"})
FIRST_PLURAL = frozenset({"we", "us", "our", "ourselves"})
FIRST_PERSON = FIRST_SINGULAR | FIRST_PLURAL
FIRST_POSSESSIVES = frozenset({"my", "our"})

# Quotations whose words are the speaker's own; an indirect quote's "I" is the writer's
_OWN_WORDS = ("direct", "partial")
# Speakers a "we" can stand for as they are: a body, a country, a people
_COLLECTIVE_TYPES = frozenset({"ORG", "GPE", "NORP"})
_LEADING_ARTICLES = ("the ", "a ", "an ")

CodeFn = Callable[[str], str | None]


@dataclass(frozen=True, slots=True)
class Speaker:
    """Whom a first-person pronoun stands for: a chain of the document, or a name with an actor code."""

    name: str
    chain_id: int | None
    actor_code: str | None

    @classmethod
    def of_chain(cls, chain: Chain) -> Speaker:
        return cls(chain.name, chain.chain_id, chain.actor_code)


class FirstPerson:
    """Resolves first-person pronouns in one document through its quotations' speakers."""

    def __init__(
        self,
        quotes: list[QuoteMention],
        chains: dict[int, Chain],
        phrase_code: CodeFn,
        country_name: CodeFn,
    ) -> None:
        # innermost first: a quotation inside another is the inner speaker's words
        self.quotes = sorted(
            (q for q in quotes if q.kind in _OWN_WORDS and q.end > q.start), key=lambda q: q.end - q.start
        )
        self.chains = chains
        self.phrase_code = phrase_code
        self.country_name = country_name

    def quote_at(self, char: int) -> QuoteMention | None:
        return next((q for q in self.quotes if q.start <= char < q.end), None)

    def speaker_for(self, tok: Token) -> Speaker | None:
        """The actor ``tok`` ("I", "we", "our", ...) stands for, or None when that is not known."""
        word = tok.lower_
        if word not in FIRST_PERSON:
            return None
        quote = self.quote_at(tok.idx)
        if quote is None:
            return None  # the writer's own "I", or words no quotation holds
        chain = self.chains.get(quote.speaker_chain_id) if quote.speaker_chain_id is not None else None
        if word in FIRST_SINGULAR:
            return self._the_speaker(quote, chain)
        return self._the_speakers_side(quote, chain)

    def _the_speaker(self, quote: QuoteMention, chain: Chain | None) -> Speaker | None:
        if chain is not None:
            # a body or a country does not say "I": the quotation's speaker is then misread
            return Speaker.of_chain(chain) if chain.ent_type == "PERSON" else None
        name = _bare_name(quote.speaker_name)
        if not name or name[:1].islower():
            return None  # "officials", "a resident": nobody one can name
        return Speaker(name, None, self.phrase_code(name))

    def _the_speakers_side(self, quote: QuoteMention, chain: Chain | None) -> Speaker | None:
        if chain is None:
            # "a Pentagon spokesman": the phrase's own code says whose side; a bare "officials" or a
            # "reporter" (a sector, no country) says nothing
            name = _bare_name(quote.speaker_name)
            code = self.phrase_code(name) if name else None
            return Speaker(name, None, code) if name and code and self._names_a_side(code) else None
        if chain.ent_type in _COLLECTIVE_TYPES:
            return Speaker.of_chain(chain)
        if chain.ent_type != "PERSON":
            return None
        return self._affiliation(chain)

    def _names_a_side(self, code: str) -> bool:
        """The code names a country or an international body, not only a kind of actor ("JRN")."""
        return code.startswith("IGO") or self.country_name(code[:3]) is not None

    def _affiliation(self, person: Chain) -> Speaker | None:
        """The one body or country the person's current roles name (a former office is no side)."""
        current = [r for r in person.roles if r.start is not None or r.reported is not None]
        orgs = {r.organization for r in current if r.organization}
        countries = {r.country for r in current if r.country}
        if len(orgs) > 1 or len(countries) > 1:
            return None  # two sides: which one "we" means is a guess
        org = next(iter(orgs), None)
        country = next(iter(countries), None)
        org_chain = self._chain_named(org) if org else None
        if org_chain is not None:
            return Speaker.of_chain(org_chain)
        if country is not None:
            return self._country(country)
        if org is not None:
            return Speaker(org, None, self.phrase_code(org))
        return None

    def _chain_named(self, name: str) -> Chain | None:
        key = _key(name)
        for ch in self.chains.values():
            if ch.ent_type in _COLLECTIVE_TYPES and (
                _key(ch.name) == key or any(_key(a) == key for a in ch.aliases)
            ):
                return ch
        return None

    def _country(self, code: str) -> Speaker | None:
        """The country's own chain in the article, else its registry name with its code."""
        for ch in self.chains.values():
            if ch.ent_type == "GPE" and ch.actor_code == code:
                return Speaker.of_chain(ch)
        name = self.country_name(code)
        return Speaker(name, None, code) if name else None


def _bare_name(name: str | None) -> str:
    text = " ".join((name or "").split())
    if text.lower().startswith(_LEADING_ARTICLES):
        text = text.split(" ", 1)[1] if " " in text else ""
    return text


def _key(name: str) -> str:
    return " ".join(_bare_name(name).lower().split())
