"""In-document chains: full name -> surname -> honorific form, role nouns, and cautious pronoun links."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rapidfuzz.distance import Levenshtein

from storyline.cue_lemmas import speech_and_thought_lemmas
from storyline.entities.codes import national_body_code, org_code, title_code
from storyline.entities.mentions import AGENT_DEPS, Cand
from storyline.entities.names import (
    PersonName,
    first_names_compatible,
    given_name,
    name_key,
    parse_person_name,
    short_form_pair,
)
from storyline.entities.quoted_speakers import quotation_holding, quotation_within, speakers_of_quotation
from storyline.entities.registry import Actor, KnownRole, Registry, norm_key
from storyline.entities.roles import RoleParse, parse_role, role_key
from storyline.entities.spelling import given_names_may_match, variant_spellings
from storyline.nlp.given_names import first_name_genders

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

PRONOUN_WINDOW = 3  # sentences looked back for a pronoun's antecedent
MIN_VARIANT_LEN = 5  # a bare surname this long may be another spelling of a full name's surname
GENERIC_HEADS = frozenset({"chief", "head", "leader", "boss"})
# Role nouns of whoever asks the questions in an interview or a debate
_INTERVIEWER_NOUNS = frozenset({"host", "interviewer", "anchor", "moderator", "presenter", "co-host"})
# A bare role noun written this often with no one in the text given that role is no person's description.
TOPIC_NOUN_REPEATS = 3


@dataclass
class WorkChain:
    cid: int
    ent_type: str
    key: tuple[str | None, ...]
    cands: list[Cand] = field(default_factory=list)
    first: str | None = None
    surname: str | None = None
    full: str | None = None
    suffix: str | None = None  # "Jr.", "III": a namesake's mark, so "Ada Okafor Jr." is no "Ada Okafor"
    honorifics: list[str] = field(default_factory=list)
    gender: str | None = None
    roles: list[RoleParse] = field(default_factory=list)
    actor: Actor | None = None
    country: str | None = None
    sector: str | None = None
    kind: str = "name"

    def last_before(self, tok: int) -> int:
        return max((c.start for c in self.cands if c.start < tok), default=-1)

    def count_before(self, tok: int) -> int:
        return sum(1 for c in self.cands if c.start < tok)

    def first_start(self) -> int:
        return min((c.start for c in self.cands), default=0)


def _drops_first_given_name(ch: WorkChain, pn: PersonName) -> bool:
    """ "Abdul Orvik" after "Adel Abdul Orvik": a full name that is the last words of a longer one the
    article printed before it is that person, named without the first given name."""
    if ch.full is None:
        return False
    short, long_ = norm_key(pn.full).split(), norm_key(ch.full).split()
    return 2 <= len(short) < len(long_) and long_[-len(short) :] == short


def _person_key(first: str | None, surname: str | None, pn: PersonName) -> tuple[str | None, ...]:
    """A person's chain key; a generational suffix makes another person of the same name."""
    base = ("PER", first, surname)
    return (*base, name_key(pn.suffix)) if pn.suffix else base


def _same_suffix(ch: WorkChain, pn: PersonName) -> bool:
    """Whether a chain and a printed name carry the same generational suffix (or none)."""
    return name_key(ch.suffix) == name_key(pn.suffix)


def _head_dep(doc: Doc, c: Cand) -> str:
    """Dependency of the mention's head; a conjunct takes its first conjunct's ("A and B said")."""
    head = doc[c.end - 1]
    for t in doc[c.start : c.end]:
        if t.head.i < c.start or t.head.i >= c.end:
            head = t
            break
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return head.dep_


class ChainBuilder:
    def __init__(
        self,
        doc: Doc,
        reg: Registry,
        sent_of: list[int],
        body: list[bool],
        day: str | None = None,
        home: str | None = None,
    ):
        self.doc = doc
        self.day = day  # the article's date, for organizations whose sector changed over time
        self.home = home  # the country the outlet writes for, when known: whose "the president" it is
        self.reg = reg
        self.sent_of = sent_of  # token index -> sentence index
        self.body = body  # sentence index -> is a body sentence
        self.chains: list[WorkChain] = []
        self.by_key: dict[tuple[str | None, ...], WorkChain] = {}
        self.assigned: dict[int, WorkChain] = {}  # id(cand) -> chain
        self.actor_at: dict[int, tuple[str, Actor | str]] = {}  # registry names by token (for role nouns)

    def _new(self, ent_type: str, key: tuple[str | None, ...]) -> WorkChain:
        ch = WorkChain(cid=len(self.chains), ent_type=ent_type, key=key)
        self.chains.append(ch)
        self.by_key[key] = ch
        return ch

    def _add(self, ch: WorkChain, c: Cand) -> None:
        ch.cands.append(c)
        self.assigned[id(c)] = ch

    # ---- people -------------------------------------------------------------------------------------

    def people(self, cands: list[Cand]) -> None:
        parsed: list[tuple[Cand, PersonName]] = []
        for c in cands:
            if c.kind == "name" and c.ent_type == "PERSON":
                pn = parse_person_name(self.doc[c.start : c.end].text, self.reg)
                if pn.surname:
                    parsed.append((c, pn))
        # full names first: they define who is in the document
        for c, pn in parsed:
            if pn.first is None:
                continue
            fk, sk = name_key(pn.first), name_key(pn.surname)
            key = _person_key(fk, sk, pn)
            ch = self.by_key.get(key)
            if ch is None:
                for other in self.chains:
                    if (
                        other.ent_type == "PERSON"
                        and other.key[2] == sk
                        and other.first is not None
                        and _same_suffix(other, pn)
                        # in one article "Bill Okafor" is the "William Okafor" it names
                        and (
                            first_names_compatible(other.first, pn.first)
                            or short_form_pair(other.first, pn.first)
                            or self._one_person_spelt_two_ways(other, pn)
                            or _drops_first_given_name(other, pn)
                        )
                    ):
                        ch = other
                        break
            if ch is None:
                ch = self._new("PERSON", key)
                ch.first, ch.surname, ch.suffix = pn.first, pn.surname, pn.suffix
            self._take_name(ch, c, pn)
        # then surnames, honorific forms and single names
        for c, pn in parsed:
            if pn.first is not None:
                continue
            sk = name_key(pn.surname)
            options = [
                ch
                for ch in self.chains
                if ch.ent_type == "PERSON"
                and ch.first is not None
                and (ch.key[2] == sk or (sk and (ch.key[2] or "").endswith(" " + sk)))
                and (pn.gender is None or ch.gender is None or ch.gender == pn.gender)
                and (pn.suffix is None or _same_suffix(ch, pn))  # "Okafor Jr." is no "Ada Okafor"
            ]
            options = self._office_holder_options(c, pn, options)
            if pn.suffix is None and self._in_body(c):
                # the story names a son in full where it first speaks of him: a bare "Okafor" in the
                # body before "Ada Okafor Jr." is someone else (the father the readers know)
                options = [ch for ch in options if not ch.suffix or ch.first_start() < c.start]
                plain = self.by_key.get(_person_key(None, sk, pn))
                if plain is not None and any(ch.suffix for ch in options):
                    options.append(plain)  # after the son is named, the one the story follows most
            if not options and pn.suffix is None:
                # a lone first name of a person named in full ("Marta" for "Marta Okafor")
                options = [
                    ch
                    for ch in self.chains
                    if ch.ent_type == "PERSON" and ch.first is not None and name_key(ch.first) == sk
                ]
                if len(options) != 1:
                    options = []
            if not options and pn.suffix is None:
                options = self._surname_spelt_another_way(sk)
            if len(options) > 1:
                before = [ch for ch in options if ch.last_before(c.start) >= 0]
                pool = before or options
                # the bearer the article is about: most mentions so far, then the one it introduced
                # first; after "his father, Hafez al-Assad, ..." a bare "Assad" is still the son the
                # story follows
                ch = (
                    max(pool, key=lambda x: (x.count_before(c.start), -x.first_start()))
                    if before
                    else pool[0]
                )
            elif options:
                ch = options[0]
            else:
                key = _person_key(None, sk, pn)
                ch = self.by_key.get(key) or self._new("PERSON", key)
                ch.surname, ch.suffix = pn.surname, pn.suffix
            self._take_name(ch, c, pn)

    def _surname_spelt_another_way(self, sk: str | None) -> list[WorkChain]:
        """ "Sami al-Qorvani" then a bare "Qurvani": the one person named in full whose surname the bare one
        spells another way (same consonants and ends), unless the bare one is a registry person's own."""
        if not sk or len(sk) < MIN_VARIANT_LEN or sk in self.reg.surnames:
            return []
        options = [
            ch
            for ch in self.chains
            if ch.ent_type == "PERSON"
            and ch.first is not None
            and ch.key[2]
            and _without_article(ch.key[2].split()[-1]) != sk  # the same spelling was judged above
            and variant_spellings(_without_article(ch.key[2].split()[-1]), sk)
        ]
        return options if len(options) == 1 else []

    def _one_person_spelt_two_ways(self, ch: WorkChain, pn: PersonName) -> bool:
        """ "Daniyar Okafor" and "Daniyer Okafor" in one article: a given name spelt one letter apart,
        beside the same surname, is one person when neither spelling is a registry person's name (who
        may be a namesake) and not both are given names of their own ("Christine"/"Christina")."""
        if ch.first is None or pn.first is None or ch.surname is None:
            return False
        if not given_names_one_letter_apart(ch.first, pn.first):
            return False
        names = (f"{ch.first} {ch.surname}", pn.full)
        return not any(self.reg.known_people(n) for n in names)

    def _in_body(self, c: Cand) -> bool:
        sent = self.sent_of[c.start] if c.start < len(self.sent_of) else -1
        return 0 <= sent < len(self.body) and self.body[sent]

    def _office_holder_options(self, c: Cand, pn: PersonName, options: list[WorkChain]) -> list[WorkChain]:
        """ "President Okafor" in an article that names only his wife "Ada Okafor": the registry's one
        office holder of that surname and title is the one meant, so only chains whose first name fits
        that holder's may take the mention."""
        if not c.roles or not options or pn.surname is None:
            return options
        said = {role_key(r.title) for r in c.roles}
        # of the registry's people of that surname, the ones who held the office the text names
        # ("President Okafor" when both Okafors held offices, only he the presidency)
        holders = [
            p
            for full in sorted(self.reg.surnames.get(norm_key(pn.surname), ()))
            for p in self.reg.known_people(full)
            if any(role_key(r.title) in said for r in p.roles)
        ]
        if len({p.name for p in holders}) != 1:
            return options
        first = given_name(holders[0].name)
        if _other_gender(pn.gender, first):
            return options  # "Mrs. Okafor" is not the registry's President Ivo Okafor
        return [ch for ch in options if ch.first is None or given_names_may_match(ch.first, first)]

    def _take_name(self, ch: WorkChain, c: Cand, pn: PersonName) -> None:
        self._add(ch, c)
        for h in pn.honorifics:
            if h not in ch.honorifics:
                ch.honorifics.append(h)
        if pn.gender and ch.gender is None:
            ch.gender = pn.gender
        if ch.gender is None and pn.first and not pn.family_first:
            ch.gender = given_name_gender(pn.first)  # "Elizabeth Warren" is no "he"
        if pn.first and (ch.full is None or len(pn.full) > len(ch.full)):
            ch.full = pn.full
        ch.roles.extend(c.roles)
        if ch.gender is None:
            ch.gender = _title_gender(c.roles)  # "Queen Elizabeth II ... He": not her

    def titles(self, cands: list[Cand]) -> None:
        """Title words and predicate role nouns join the chain of the person they describe."""
        for c in cands:
            if id(c) in self.assigned or c.owner is None or c.kind not in ("title", "nominal"):
                continue
            if id(c.owner) in self.assigned:
                self._add(self.assigned[id(c.owner)], c)

    # ---- organizations, places, groups -------------------------------------------------------------------

    def others(self, cands: list[Cand]) -> None:
        for c in cands:
            if c.kind in ("pronoun", "nominal", "title") or c.ent_type == "PERSON":
                continue
            text = self.doc[c.start : c.end].text
            if c.actor is not None:
                key: tuple[str | None, ...] = ("ACT", c.actor.cameo or c.actor.code, c.actor.name)
            elif c.kind == "metonym":
                key = ("GOV", c.country)
            elif c.kind == "demonym":
                key = self._demonym_key(c, text)
            else:
                key = ("TXT", c.ent_type if c.ent_type != "LOC" else "GPE", norm_key(text))
                acr = self._acronym_target(text)
                if acr is not None:
                    self._add(acr, c)
                    continue
            ch = self.by_key.get(key)
            if ch is None:
                ch = self._new(c.ent_type, key)
                ch.actor, ch.country, ch.sector, ch.kind = c.actor, c.country, c.sector, c.kind
            elif ch.sector is None:
                ch.sector = c.sector
            self._add(ch, c)
        self._fold_short_country_names()

    def _demonym_key(self, c: Cand, text: str) -> tuple[str | None, ...]:
        """A demonym's group is one chain per country and sector ("Kastani officials", "Kastani
        leaders"); a named body ("the Kastani Foreign Ministry", typed ORG) is a chain of its own, not
        one more name of the officials beside it. A group of no sector is told apart by its head noun:
        "two Kastani sources" are not "Kastani critics"."""
        if c.ent_type == "ORG":
            words = norm_key(text).split()
            return ("DEMBODY", c.country, c.sector, " ".join(words[1:] if words[:1] == ["the"] else words))
        if c.sector is None and c.end - c.start > 1:
            return ("DEM", c.country, None, self.doc[c.end - 1].lemma_.lower())
        return ("DEM", c.country, c.sector)

    def _after_the(self, c: Cand) -> bool:
        return self.doc[c.start].lower_ == "the" or (c.start > 0 and self.doc[c.start - 1].lower_ == "the")

    def _fold_short_country_names(self) -> None:
        """ "the North" in an article that names North Korea (and no other "North ..." country) is that
        country, as "the South" is the one "South ..." country the article names."""
        for ch in list(self.chains):
            if ch.key[0] != "TXT" or ch.key[2] not in _SHORT_COUNTRY_WORDS or not ch.cands:
                continue
            if not all(self._after_the(c) for c in ch.cands):
                continue  # "North" alone may be a name of its own
            full = [
                o
                for o in self.chains
                if o.actor is not None
                and o.actor.kind == "country"
                and o.cands
                and norm_key(o.actor.name).startswith(f"{ch.key[2]} ")
            ]
            if len(full) != 1:
                continue
            for c in ch.cands:
                c.ent_type = full[0].ent_type
                self.assigned[id(c)] = full[0]
                full[0].cands.append(c)
            ch.cands = []

    def _acronym_target(self, text: str) -> WorkChain | None:
        """An all-capitals name whose letters are the initials of a chain's name ("PJC")."""
        bare = text.replace(".", "")
        if not (2 <= len(bare) <= 6 and bare.isupper() and bare.isalpha()):
            return None
        for ch in self.chains:
            if ch.key[0] != "TXT":
                continue
            words = [
                w for w in str(ch.key[2]).replace("-", " ").split() if w not in ("of", "for", "and", "the")
            ]
            if "".join(w[0] for w in words).upper() != bare:
                continue
            # initials stand for an organisation; a place or a person whose initials merely match ("KP"
            # for a wire agency and "Kastan Province") is theirs only when the article writes them for it:
            # "Kastan Province (KP)"
            if ch.key[1] == "ORG" or self._initials_written_after(ch, bare):
                return ch
        return None

    def _initials_written_after(self, ch: WorkChain, bare: str) -> bool:
        """Whether some mention of ``ch`` is followed by its initials in brackets ("Port Alder (PA)")."""
        doc = self.doc
        for c in ch.cands:
            if (
                c.end + 1 < len(doc)
                and doc[c.end].text in ("(", "[")
                and doc[c.end + 1].text.replace(".", "") == bare
            ):
                return True
        return False

    # ---- role nouns ---------------------------------------------------------------------------------------

    def nominals(self, cands: list[Cand], actor_at: dict[int, tuple[str, Actor | str]]) -> None:
        self.actor_at = actor_at
        for c in cands:
            if c.kind != "nominal" or c.owner is not None:
                continue  # a predicate role noun belongs to its subject (see ``titles``)
            if c.ent_type == "PERSON" and _not_a_description_of_the_named(self.doc, c):
                continue
            ch = self._org_for_nominal(c) if c.ent_type == "ORG" else self._person_for_nominal(c, actor_at)
            if ch is not None and self._fits_of_phrase(c, ch):
                self._add(ch, c)

    def _interviews_the_holder(self, c: Cand, ch: WorkChain) -> bool:
        """ "the host" or "the interviewer" who asks a named person with another role ("Senator X"):
        an interview's role noun names the one who puts the questions, not the office holder answering."""
        head = self.doc[c.end - 1].lemma_.lower()
        if head not in _INTERVIEWER_NOUNS or not ch.roles:
            return False
        return not any(head in role_key(r.title).split() for r in ch.roles)

    def _fits_of_phrase(self, c: Cand, ch: WorkChain) -> bool:
        """A role noun restricted by an "of" phrase ("the head of the port authority", "the leader of
        Kastania's ally") is not a person whose own role names another body or country: when the
        person's role is tied to one, the head of the "of" phrase must be among its words (or be its
        country). A person whose role names no body ("the host") may be any "host of ..."."""
        obj = _of_object(self.doc, c.end)
        if obj is None:
            return True
        if obj.lemma_.lower() in _RELATION_NOUNS:
            return False  # "the leader of Kastania's main ally": someone a relation to another names
        own = [x for x in ch.cands if x is not c and x.kind in ("nominal", "title")]
        # the registry's countries when the text names none: "the president of Veloria" is not the
        # "President X" the registry has serving Kastania
        countries = {r.country for r in ch.roles if r.country} or self._countries(ch)
        orgs = {
            w for r in ch.roles if r.organization is not None for w in norm_key(r.organization.name).split()
        }
        if not countries and not orgs and not any(_names_a_body_after(self.doc, x.end) for x in own):
            return True  # "the star of her own show" ties her to no body
        heads = {obj.lemma_.lower(), obj.lower_}
        named = self.actor_at.get(obj.i)
        code = None
        if named is not None:
            code = named[1].code if isinstance(named[1], Actor) else named[1]
        return bool(heads & orgs) or code in countries or any(heads & _role_words(self.doc, x) for x in own)

    def _org_for_nominal(self, c: Cand) -> WorkChain | None:
        head = c.nominal_head or ""
        matches = [
            ch
            for ch in self.chains
            if ch.cands
            and (
                (ch.actor is not None and any(a is ch.actor for a in self.reg.nominals.get(head, [])))
                or (ch.actor is not None and ch.actor.kind != "country" and _type_noun(ch.actor) == head)
                or (ch.key[0] == "TXT" and str(ch.key[2]).split(" ")[-1] == head)
            )
        ]
        if len(matches) == 1:
            return matches[0]
        before = [ch for ch in matches if ch.last_before(c.start) >= 0]
        if len(before) >= 1:
            return max(before, key=lambda x: x.last_before(c.start))
        return None

    def _person_for_nominal(self, c: Cand, actor_at: dict[int, tuple[str, Actor | str]]) -> WorkChain | None:
        parsed = parse_role(self.doc, range(c.start + 1, c.end), self.reg, actor_at)
        if parsed is None:  # "the first-time Oscar host": only the head noun says which role
            parsed = RoleParse(title=self.doc[c.end - 1].text)
        want = role_key(parsed.title)
        generic = c.nominal_head in GENERIC_HEADS
        matches = []
        # "the Kastani leader" fits any office holder: when the article names someone known to serve
        # that country, it is one of them
        servants = self._servants_of(parsed.country) if generic else set()
        unqualified: set[int] = set()
        for ch in self.chains:
            if ch.ent_type == "PERSON" and not ch.roles and self._holds_on_the_day(ch, want, parsed.country):
                matches.append(ch)  # "Ivo Okafor ... the Kastani president": the text never titles him
                continue
            if ch.ent_type != "PERSON" or not ch.roles:
                continue
            if _serves_another_country(self._countries(ch), parsed.country):
                continue  # "the Chinese president" is no "President X" known to be another country's
            if servants and ch.cid not in servants:
                continue
            for r in ch.roles:
                if parsed.organization is not None and r.organization is not parsed.organization:
                    continue
                if parsed.country is not None and r.country not in (None, parsed.country):
                    continue
                if (
                    parsed.country is not None
                    and r.country is None
                    and not self._may_serve(ch, r, parsed.country)
                ):
                    continue
                if generic and (parsed.organization is not None or parsed.country is not None):
                    matches.append(ch)
                    break
                rk = role_key(r.title)
                if rk == want or (
                    rk.endswith(" " + want)
                    and _holds(r.title, want.split(" ")[-1])
                    and not _other_office(self.doc, c, r.title)
                ):
                    matches.append(ch)
                    if r.country is None and r.organization is None and r.title[:1].isupper():
                        unqualified.add(ch.cid)
                    break
        says_whose = any(i in actor_at for i in range(c.start, c.end))  # "the Cuban revolutionary leader"
        if len(matches) > 1 and parsed.country is None and parsed.organization is None and not says_whose:
            matches = self._home_office_holders(c, matches, unqualified)
        if len(matches) > 1 and not parsed.past:
            matches = self._sitting_holder(want.split(" ")[-1], matches)
        return matches[0] if len(matches) == 1 else None

    def _holds_on_the_day(self, ch: WorkChain, want: str, country: str | None) -> bool:
        """The registry has the untitled person in the office a role noun naming its country names
        ("the Kastani president") on the article's day."""
        if country is None or self.day is None or not want:
            return False
        head = want.split(" ")[-1]
        return any(
            t.country == country and role_key(t.title) == want and _in_term(t, self.day)
            for t in self._known_terms(ch, head)
        )

    def _may_serve(self, ch: WorkChain, r: RoleParse, country: str) -> bool:
        """A role printed with no country may be ``country``'s office ("the Kastani president" for
        "President X") when it is a capitalised title or the person is known to serve there; a post in
        lower case after a name ("X, president of a trade group") is some body's, not a country's."""
        known = self._countries(ch)
        return country in known if known else r.title[:1].isupper()

    def _home_office_holders(
        self, c: Cand, matches: list[WorkChain], unqualified: set[int]
    ) -> list[WorkChain]:
        """Of several holders of the office a bare "the president" names, those named before it; of
        them the one known to serve the country the outlet writes for, else the one whose capitalised
        title the article printed with no country ("President Jane Doe" beside "Kastani President Omar
        Veld"): the writer's own country's office holder. The outlet's country decides only when every
        holder's country is known (a bare "Okafor" may be anyone's)."""
        before = [ch for ch in matches if ch.last_before(c.start) >= 0] or matches
        known = {ch.cid: self._countries(ch) for ch in before}
        if self.home is not None and all(known.values()):
            served = [ch for ch in before if self.home in known[ch.cid]]
            if len(served) == 1:
                return served
        plain = [ch for ch in before if ch.cid in unqualified]
        return plain if len(plain) == 1 else before

    def _sitting_holder(self, head: str, matches: list[WorkChain]) -> list[WorkChain]:
        """Of several people an article calls "President", a bare "the president" is the one the registry
        has in that office on the article's day when every other one had left it by then: an article
        naming a predecessor beside the sitting president means the sitting one by "the president"."""
        if self.day is None:
            return matches
        terms = {ch.cid: self._known_terms(ch, head) for ch in matches}
        sitting = [ch for ch in matches if any(_in_term(t, self.day) for t in terms[ch.cid])]
        if len(sitting) != 1:
            return matches
        left = [
            ch for ch in matches if terms[ch.cid] and all(_ended_before(t, self.day) for t in terms[ch.cid])
        ]
        return sitting if len(sitting) + len(left) == len(matches) else matches

    def _known_terms(self, ch: WorkChain, head: str) -> list[KnownRole]:
        """The registry's terms of the office ``head`` names held by the chain's person (by full name,
        else by a surname only one registry person bears)."""
        name = ch.full or ch.surname
        people = self.reg.known_people(name) if name else []
        if len({p.name for p in people}) != 1:
            return []
        return [r for r in people[0].roles if _holds(r.title, head)]

    # ---- pronouns -----------------------------------------------------------------------------------------

    def pronouns(self, cands: list[Cand]) -> None:
        # antecedents by sentence; resolved pronouns join them so "He ... He ..." carries on
        people: dict[int, list[Cand]] = defaultdict(list)
        groups: dict[int, list[Cand]] = defaultdict(list)
        for c in sorted(cands, key=lambda c: c.start):
            if id(c) not in self.assigned:
                continue
            if c.ent_type == "PERSON" and c.kind not in ("pronoun", "title"):
                people[self.sent_of[c.start]].append(c)
            elif c.kind == "demonym" and self.doc[c.end - 1].tag_ in ("NNS", "NNPS"):
                # "they" only for a group named as such ("Russian officials ... they said")
                groups[self.sent_of[c.start]].append(c)
        # a definite role noun not tied to a named role ("The comedian said ...") reads like a pronoun
        anaphors = [
            c
            for c in cands
            if c.kind == "pronoun"
            or (
                c.kind == "nominal"
                and c.ent_type == "PERSON"
                and c.owner is None
                and not c.bound
                and id(c) not in self.assigned
                and not _not_a_description_of_the_named(self.doc, c)
            )
        ]
        anaphors = self._without_topic_nouns(anaphors)
        person_at = {i: c for c in cands if c.ent_type == "PERSON" for i in range(c.start, c.end)}
        descriptions = {
            i: c
            for c in cands
            if c.kind == "nominal" and c.ent_type == "PERSON"
            for i in range(c.start, c.end)
        }
        for p in sorted(anaphors, key=lambda c: c.start):
            pool = groups if p.gender == "plural" else people
            own_subject = _bound_subject(self.doc, p)
            if own_subject is not None:
                # "a commander who identified himself as ...": only the clause's own subject, named or not
                subject = person_at.get(own_subject.i)
                ch = self.assigned.get(id(subject)) if subject is not None else None
                if ch is not None and ch.gender in (None, p.gender):
                    self._add(ch, p)
                    pool[self.sent_of[p.start]].append(p)
                continue
            reporter = self._reporting_description(p, descriptions)
            if reporter is not None and id(reporter) not in self.assigned:
                continue  # "the commander said he spoke to ...": he is the commander, whom no name gives
            ch = (
                self.assigned[id(reporter)]
                if reporter is not None
                else self._past_the_speaker(p, pool, person_at)
            )
            if reporter is not None and ch is not None and ch.gender not in (None, p.gender):
                continue  # the description went to someone of the other gender: leave the pronoun
            if ch is not None and p.kind == "nominal" and not self._fits_of_phrase(p, ch):
                continue
            if ch is not None and p.kind == "nominal" and self._interviews_the_holder(p, ch):
                continue
            if ch is not None:
                self._add(ch, p)
                pool[self.sent_of[p.start]].append(p)
                if ch.gender is None and p.gender in ("male", "female"):
                    # the first "he" or "she" says who the person is: a pronoun of the other gender
                    # later is someone else ("her father ... He had run a bakery")
                    ch.gender = p.gender
        self._not_the_speaker(anaphors, people, person_at)

    def _speakers(self, p: Cand, person_at: dict[int, Cand]) -> tuple[frozenset[int], int]:
        """Chains of whoever speaks the whole quotation a "he" or "she" stands in (named before or after
        it, or already resolved): in his own words a speaker is "I", so the pronoun is someone else. With
        them, the earliest sentence that names a speaker (else the pronoun's)."""
        sent = self.sent_of[p.start]
        if p.kind != "pronoun" or p.gender not in ("male", "female") or _cue_subject(self.doc[p.start]):
            return frozenset(), sent
        span = quotation_holding(self.doc, p.start)
        if span is None:
            return frozenset(), sent
        found = set()
        for tok in speakers_of_quotation(self.doc, span):
            c = person_at.get(tok.i)
            ch = self.assigned.get(id(c)) if c is not None else None
            if ch is not None:
                found.add(ch.cid)
                sent = min(sent, self.sent_of[tok.i])
        return frozenset(found), sent

    def _past_the_speaker(
        self, p: Cand, pool: dict[int, list[Cand]], person_at: dict[int, Cand]
    ) -> WorkChain | None:
        """The antecedent with the quotation's speakers passed over; past them, someone named once only
        in the speaker's sentence or the one before ("Kastan" of "compared it to Kastan's era" three
        sentences back is no one the speaker talks of)."""
        speakers, speaker_sent = self._speakers(p, person_at)
        ch = self._antecedent(p, pool, self._coargument_chain(p, person_at), speakers)
        if ch is None or not speakers or sum(c.kind == "name" for c in ch.cands) >= 2:
            return ch
        last = max((self.sent_of[c.start] for c in ch.cands if c.start < p.start), default=-1)
        return ch if speaker_sent - last <= 1 else None

    def _not_the_speaker(
        self, anaphors: list[Cand], people: dict[int, list[Cand]], person_at: dict[int, Cand]
    ) -> None:
        """A quoted "he" whose speaker was resolved only after it ('"He lied," the governor said') may
        have gone to that speaker: look again, passing the speaker over."""
        for p in sorted(anaphors, key=lambda c: c.start):
            ch = self.assigned.get(id(p))
            if ch is None or ch.cid not in self._speakers(p, person_at)[0]:
                continue
            ch.cands.remove(p)
            del self.assigned[id(p)]
            pooled = people[self.sent_of[p.start]]
            if p in pooled:
                pooled.remove(p)
            other = self._past_the_speaker(p, people, person_at)
            if other is not None:
                self._add(other, p)
                pooled.append(p)

    def _coargument_chain(self, p: Cand, person_at: dict[int, Cand]) -> int | None:
        """The chain of the subject of the verb a non-reflexive object pronoun hangs on ("the president
        told him", "Kastan praised her"): that subject would be "himself", so it is someone else."""
        pron = self.doc[p.start]
        if p.kind != "pronoun" or pron.lower_.endswith(("self", "selves")):
            return None
        host = _appositive_host(pron)
        if host is not None:
            c = person_at.get(host.i)
            ch = self.assigned.get(id(c)) if c is not None else None
            return ch.cid if ch is not None else None
        if pron.dep_ not in ("dobj", "dative"):
            return None
        subj = next((t for t in pron.head.children if t.dep_ == "nsubj"), None)
        c = person_at.get(subj.i) if subj is not None else None
        ch = self.assigned.get(id(c)) if c is not None else None
        return ch.cid if ch is not None else None

    def _reporting_description(self, p: Cand, descriptions: dict[int, Cand]) -> Cand | None:
        """The described person who reports what a pronoun says or does ("the commander said he spoke",
        "the senator told reporters, adding that he ..."): the subject of the nearest speech verb above a
        pronoun outside quotation marks, when that subject is a role noun before it."""
        if p.kind != "pronoun" or p.gender not in ("male", "female"):
            return None
        if _quotation_around(self.doc, self.sent_of, p.start) is not None:
            return None  # inside the words a pronoun is never their speaker
        subj = _reporting_subject(self.doc[p.start])
        if subj is None:
            return None
        c = descriptions.get(subj.i)
        if c is None or c.end > p.start or c.owner is not None or c.bound:
            return None  # "the chairman, Gen. Ada Okafor, said he": the name says who it is
        return c

    def _without_topic_nouns(self, anaphors: list[Cand]) -> list[Cand]:
        """Drop role nouns that the article repeats as bare descriptions but never says of anyone: a
        person's description alternates with the name, while a noun written again and again ("the star"
        of a story about a double star, "the player" of a rule book) is what the story is about."""
        counts = Counter(c.nominal_head for c in anaphors if c.kind == "nominal")
        said_of = {role_key(r.title).split(" ")[-1] for ch in self.chains for r in ch.roles if r.title}
        topic = {h for h, n in counts.items() if n >= TOPIC_NOUN_REPEATS and h not in said_of}
        return [c for c in anaphors if c.kind != "nominal" or c.nominal_head not in topic]

    def _antecedent(
        self,
        p: Cand,
        pool: dict[int, list[Cand]],
        coargument: int | None = None,
        speakers: frozenset[int] = frozenset(),
    ) -> WorkChain | None:
        sent = self.sent_of[p.start]
        in_body = self.body[sent] if 0 <= sent < len(self.body) else True
        barred = (
            {
                self.assigned[id(c)].cid
                for c in pool.get(sent, ())
                if _commands(self.doc, c, p) or _commands(self.doc, p, c)
            }
            if p.kind == "nominal"
            else self._quoting_speakers(p, pool)
        )
        if coargument is not None:
            barred = barred | {coargument}
        named = self._nominal_country(p) if p.kind == "nominal" else None
        quoted = _quotation_it_credits(self.doc, p) if p.kind == "pronoun" else None
        heads_something = p.kind == "nominal" and p.nominal_head in GENERIC_HEADS and _heads_of(self.doc, p)
        servants = self._servants_of(named)
        looked = 0
        s = sent
        while s >= 0 and looked <= PRONOUN_WINDOW:
            if s != sent and in_body and s < len(self.body) and not self.body[s]:
                s -= 1
                continue  # captions and pull quotes interrupt the text; they are not antecedents
            window = [
                c
                for c in pool.get(s, ())
                if c.start < p.start
                and not (quoted is not None and quoted[0] <= c.start < quoted[1])
                and self.assigned[id(c)].cid not in speakers
            ]  # '"Marren lied," he said': a name in the words is not who speaks them; nor is the speaker
            # of the words a pronoun stands in, who is "I" there: passed over, the search goes on
            if window:
                chains: dict[int, WorkChain] = {}
                other_offices = 0
                for c in window:
                    ch = self.assigned[id(c)]
                    if ch.cid in barred:
                        continue  # like an incompatible person: seen, and the search stops here
                    if (
                        p.kind == "nominal"
                        and self.reg.sector(p.nominal_head or "") is not None
                        and not any(
                            _holds(r.title, p.nominal_head or "") and not _other_office(self.doc, p, r.title)
                            for r in ch.roles
                        )
                    ):
                        other_offices += 1
                        continue  # "the president" is an office: only someone known to hold it
                    if p.kind == "nominal" and _serves_another_country(self._countries(ch), named):
                        continue  # "the US president" is not the Iranian president named before
                    if servants and ch.cid not in servants:
                        continue  # "the French president" is the French one the article names
                    if heads_something and not any(_holds(r.title, p.nominal_head or "") for r in ch.roles):
                        continue  # "the head of the agency" is someone known to head something
                    if p.gender in (None, "plural") or ch.gender is None or ch.gender == p.gender:
                        chains[ch.cid] = ch
                if len(chains) == 1:
                    return next(iter(chains.values()))
                if len(chains) > 1:
                    subj = {
                        self.assigned[id(c)].cid
                        for c in window
                        if self.assigned[id(c)].cid in chains
                        and _head_dep(self.doc, c) in AGENT_DEPS - {"poss"}
                    }
                    if len(subj) == 1:
                        return chains[subj.pop()]
                # only holders of other offices ("the secretary of state" after the treasury secretary):
                # the office's holder may be named further back
                if not chains and other_offices == len(window):
                    s -= 1
                    looked += 1
                    continue
                # two candidates and no single subject, or only incompatible people: leave it
                return None
            if quoted is None or s <= self.sent_of[quoted[0]]:
                looked += 1  # the sentences of the quotation it credits are its own words, not text between
            s -= 1
        return None

    def _quoting_speakers(self, p: Cand, pool: dict[int, list[Cand]]) -> set[int]:
        """Chains of whoever speaks the quotation a "he" or "she" stands in ('"I know he will sign," said
        Marren'): a speaker is "I" in his own words, so the pronoun is someone else."""
        if p.kind != "pronoun" or p.gender not in ("male", "female"):
            return set()
        span = _quotation_around(self.doc, self.sent_of, p.start)
        if span is None:
            return set()
        inside = self.doc[p.start]
        return {
            self.assigned[id(c)].cid
            for c in pool.get(self.sent_of[p.start], ())
            if c.kind == "name" and not span[0] <= c.start < span[1] and _speaks(self.doc, c, inside, span)
        }

    def _countries(self, ch: WorkChain) -> set[str]:
        """The countries (or international bodies, by code) a person serves: those the roles in the text
        name, else those of the registry's person of that full name (an article may print "President X"
        and never say of where)."""
        known = {r.country for r in ch.roles if r.country}
        known |= {r.organization.code for r in ch.roles if r.organization is not None}
        if known or ch.full is None:
            return known
        people = self.reg.known_people(ch.full)
        if len({p.name for p in people}) != 1:
            return set()
        served = {r.country for r in people[0].roles if r.country}
        bodies = (self.reg.actor(r.organization) for r in people[0].roles if r.organization)
        return served | {b.code for b in bodies if b is not None}

    def _servants_of(self, country: str | None) -> set[int]:
        """The people of the article known to serve ``country`` (none when no country is named)."""
        if country is None:
            return set()
        return {o.cid for o in self.chains if o.ent_type == "PERSON" and country in self._countries(o)}

    def _nominal_country(self, c: Cand) -> str | None:
        """The country a role noun names in its own words ("the US president", "the Kenyan minister")."""
        parsed = parse_role(self.doc, range(c.start + 1, c.end), self.reg, self.actor_at)
        return parsed.country if parsed is not None else None

    # ---- finishing ----------------------------------------------------------------------------------------

    def code(self, ch: WorkChain) -> str | None:
        if ch.ent_type == "PERSON":
            current = [r for r in ch.roles if not r.past] or ch.roles
            for r in reversed(current):
                code = title_code(r.title, r.country, r.organization, self.reg).code
                if code and (r.organization is not None or r.country is not None):
                    return code
            return None
        if ch.actor is not None:
            return org_code(ch.actor, self.day)
        if ch.kind == "metonym" and ch.country:
            return ch.country + "GOV"
        if ch.kind == "demonym" and ch.country:
            return ch.country + (ch.sector or "")
        if ch.sector is not None and ch.ent_type == "ORG":
            country = self._leader_country(ch)
            if country is not None:
                return country + ch.sector  # "the Okafor government": the country Okafor serves
        if ch.ent_type == "ORG" and ch.sector is None and ch.cands:
            first = ch.cands[0]
            body = national_body_code(self.doc[first.start : first.end].text, self.reg)
            if body is not None:
                return body.code  # "the Syrian Army" the name tagger took whole
        return None if ch.sector is None else ch.sector

    def _leader_country(self, ch: WorkChain) -> str | None:
        """Country of the person a group is named after ("the Okafor administration"), from that person's
        own chain in this document."""
        if not ch.cands:
            return None
        words = self.doc[ch.cands[0].start : ch.cands[0].end].text.split()
        if len(words) < 2:
            return None
        surname = name_key(words[-2])
        for other in self.chains:
            if other.ent_type != "PERSON" or name_key(other.surname) != surname:
                continue
            code = self.code(other)
            if code and len(code) >= 3 and self.reg.country(code[:3]) is not None:
                return code[:3]
        return None


# A compass word that stands for the one country of the article whose name it opens ("the North")
_SHORT_COUNTRY_WORDS = frozenset({"north", "south"})
# Words before an office that make it another office: a vice president is no "president"
_LESSER_OFFICE_WORDS = frozenset({"vice", "deputy", "assistant", "under", "co"})


def _without_article(key: str) -> str:
    """ "al-qorvani" -> "qorvani": an Arabic article glued to a surname is often left out when it is repeated."""
    for prefix in ("al-", "el-", "al ", "el "):
        if key.startswith(prefix):
            return key[len(prefix) :]
    return key


def _holds(title: str, head: str) -> bool:
    """The title is the office a role noun's head names: "Defence Secretary" or "Secretary of State" for
    "the secretary", but not "Vice President" for "the president"."""
    words = role_key(title).partition(" of ")[0].split()
    return bool(words) and words[-1] == head and not (len(words) > 1 and words[-2] in _LESSER_OFFICE_WORDS)


def _office_field(title: str) -> str | None:
    """What an office deals with: "state" of "Secretary of State", "defence" of "Defence Secretary"."""
    head, of, field = role_key(title).partition(" of ")
    if of:
        return field or None
    words = head.split()
    return " ".join(words[:-1]) or None


def _nominal_field(doc: Doc, nominal: Cand) -> str | None:
    """The field a role noun names after "of" ("the secretary of state" -> "state")."""
    root = doc[nominal.start : nominal.end].root
    for prep in root.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            objs = [t for t in prep.children if t.dep_ == "pobj"]
            if objs and not any(t.dep_ == "det" for t in objs[0].children):
                words = [t.text for t in objs[0].subtree if t.dep_ in ("compound", "pobj", "amod")]
                return role_key(" ".join(words)) or None
    return None


def _other_office(doc: Doc, nominal: Cand, title: str) -> bool:
    """ "the inspector general" is not the "Attorney General": both name the noun before the shared head,
    and it differs (a bare "the general", or a title with no such noun, is left to the other checks);
    "the secretary of state" is not the "Treasury Secretary": the field after "of" differs."""
    field = _nominal_field(doc, nominal)
    if field is not None:
        return _office_field(title) not in (None, field)
    if nominal.end - nominal.start < 3:
        return False
    before_head = doc[nominal.end - 2]
    words = role_key(title).split()
    if before_head.pos_ != "NOUN" or not before_head.is_lower or len(words) < 2:
        return False
    return words[-2] != norm_key(before_head.text)


def _in_term(role: KnownRole, day: str) -> bool:
    return (role.start is None or role.start <= day[:10]) and (role.end is None or day[:10] < role.end)


def _ended_before(role: KnownRole, day: str) -> bool:
    return role.end is not None and role.end <= day[:10]


def _serves_another_country(known: set[str], country: str | None) -> bool:
    """The person is known to serve countries (``known``), none of them ``country``."""
    return country is not None and bool(known) and country not in known


# Titles that say the holder's gender
GENDERED_TITLES = {
    "king": "male",
    "queen": "female",
    "prince": "male",
    "princess": "female",
    "emperor": "male",
    "empress": "female",
    "duke": "male",
    "duchess": "female",
    "countess": "female",
    "congressman": "male",
    "congresswoman": "female",
    "chairwoman": "female",
    "spokesman": "male",
    "spokeswoman": "female",
    "actress": "female",
}


def _title_gender(roles: list[RoleParse]) -> str | None:
    """The gender one of the person's titles says ("Queen", "spokeswoman"), when they agree."""
    said = {g for r in roles for w in role_key(r.title).split() if (g := GENDERED_TITLES.get(w))}
    return said.pop() if len(said) == 1 else None


MIN_VARIANT_GIVEN_NAME = 5  # "Jon"/"Jan" or "Ana"/"Ada" are short enough to be two people


def given_names_one_letter_apart(a: str, b: str) -> bool:
    """Two spellings of one given name that differ by one letter added, dropped or changed and open
    alike, where not both are common given names ("Maria"/"Mario" are two people)."""
    ka, kb = name_key(a) or "", name_key(b) or ""
    if ka == kb or min(len(ka), len(kb)) < MIN_VARIANT_GIVEN_NAME or ka[0] != kb[0]:
        return False
    if Levenshtein.distance(ka, kb) != 1:
        return False
    known = first_name_genders()
    return ka not in known or kb not in known


def _other_gender(honorific_gender: str | None, first: str | None) -> bool:
    """An honorific's gender ("Mrs.") that a given name's gender contradicts."""
    if honorific_gender is None or not first:
        return False
    named = given_name_gender(first)
    return named is not None and named != honorific_gender


# Steps up from a possessive pronoun to the appositive phrase it may sit in ("NAME, one of her aides")
_APPOSITIVE_REACH = 4


def _appositive_host(pron: Token) -> Token | None:
    """The name an appositive describes when a possessive pronoun stands inside it ("Tarvo Orvik, one
    of her aides", "Ada Okafor, his deputy"): the phrase says who the name is to someone else, so the
    pronoun is that other person."""
    if pron.dep_ != "poss":
        return None
    tok = pron.head
    for _ in range(_APPOSITIVE_REACH):
        if tok.dep_ == "appos":
            # only a phrase set off by a comma right after a name: the parser also reads lists
            # ("the president, his family, his aides") and dashes as appositives
            host = tok.head
            left = tok.left_edge.i
            named = host.pos_ == "PROPN" and left > 0 and tok.doc[left - 1].text == ","
            return host if named and host.i < left else None
        if tok.dep_ not in ("pobj", "prep") or tok.head == tok:
            return None
        tok = tok.head
    return None


# First parts of compound given names whose gender the compound fixes though the part alone is used
# for both ("Jean-Luc" is a man's name, a lone "Jean" may be a woman's)
_COMPOUND_FIRST_PARTS = {"jean": "m"}


def given_name_gender(first: str) -> str | None:
    """Gender of a common given name that is used for one gender only (package word list). A compound
    name ("Anne-Lise", "Jean-Marie") has its first part's gender: the second part never decides it."""
    key = first.lower().strip(".")
    genders = first_name_genders()
    code = genders.get(key)
    if code is None and "-" in key:
        part = key.split("-")[0]
        code = genders.get(part) or _COMPOUND_FIRST_PARTS.get(part)
    return {"m": "male", "f": "female"}.get(code or "")


def _commands(doc: Doc, name: Cand, nominal: Cand) -> bool:
    """The first mention is the subject of a verb the second depends on, not through a coordinated
    clause: "Lind told reporters the star would ..." or "Lind said the host ...", and the other way
    round, "The spokesman said Lind ...". A description there is someone other than the name (a speaker
    does not call himself "the star", nor is a spokesman who speaks of Lind Lind himself), while a
    pronoun may be him."""
    subj = doc[name.start : name.end].root
    head = doc[nominal.start : nominal.end].root
    if subj.dep_ not in ("nsubj", "nsubjpass") or _predicative(head) or _predicative(subj):
        return False
    verb = subj.head
    t = head
    while t.head.i != t.i:
        if t.dep_ in ("conj", "parataxis"):
            return False  # "X sent a letter, but the minister said ...": a clause of its own
        t = t.head
        if t.i == verb.i:
            return True
    return False


def _quotation_around(doc: Doc, sent_of: list[int], i: int) -> tuple[int, int] | None:
    """Token bounds of the quotation in token i's sentence that holds it, else None (the marks are read
    as ``quoted_speakers`` reads a paragraph's: a closing mark with none before it in the sentence closes
    a quotation open since the sentence start)."""
    sent = sent_of[i]
    start = i
    while start > 0 and sent_of[start - 1] == sent:
        start -= 1
    end = i + 1
    while end < len(doc) and sent_of[end] == sent:
        end += 1
    return quotation_within(doc, start, end, i)


_QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d", "\u00ab", "\u00bb", "\u201e"})
_QUOTATION_LOOKBACK = 200  # tokens searched back for a quotation's opening mark


def _quotation_it_credits(doc: Doc, p: Cand) -> tuple[int, int] | None:
    """Token bounds of the quotation that the pronoun's speech verb credits right after it closes
    ('"...," he said', '"...," she told reporters'), else None. The quotation may run over several
    sentences; its opening mark is searched back within the paragraph."""
    pron = doc[p.start]
    verb = pron.head
    if pron.dep_ != "nsubj" or verb.lemma_.lower() not in speech_and_thought_lemmas():
        return None
    k = min(pron.i, verb.i) - 1
    while k >= 0 and doc[k].text == ",":
        k -= 1
    if k < 0 or doc[k].text not in _QUOTE_MARKS:
        return None
    close = k
    for j in range(close - 1, max(-1, close - _QUOTATION_LOOKBACK), -1):
        if "\n" in doc[j].text:
            return None  # a paragraph break: the opening mark is not in this paragraph
        if doc[j].text in _QUOTE_MARKS:
            return j, close
    return None


_PRONOUN_GENDER = {"himself": "male", "herself": "female", "themselves": "plural"}
_CLAUSE_DEPS = frozenset({"ROOT", "relcl", "ccomp", "advcl", "conj", "xcomp", "acl", "pcomp"})


def _cue_subject(pron: Token) -> bool:
    """'," he said', '?" she asked': the pronoun right after a closing mark credits the words as their
    speaker, whatever stray quotation marks around it suggest."""
    if pron.dep_ != "nsubj" or pron.head.lemma_.lower() not in speech_and_thought_lemmas():
        return False
    k = pron.i - 1
    if k >= 0 and k == pron.head.i:
        k -= 1  # '," said he'
    return k >= 0 and pron.doc[k].text in _QUOTE_MARKS


def _clause_verb(tok: Token) -> Token:
    verb = tok.head
    while verb.dep_ not in _CLAUSE_DEPS and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _clause_subject(verb: Token) -> Token | None:
    """The subject of a clause; a relative pronoun ("who") stands for the noun its clause describes;
    an infinitive or a second verb ("wanted to prove herself") takes its governing verb's subject."""
    for _ in range(3):
        subj = next((t for t in verb.children if t.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            if subj.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
                return verb.head
            return subj
        if verb.dep_ not in ("xcomp", "conj") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _reflexive(t: Token) -> bool:
    return t.lower_.endswith(("self", "selves")) and t.dep_ != "nsubj"


def _bound_subject(doc: Doc, p: Cand) -> Token | None:
    """The token a reflexive pronoun ("himself") must stand for: its own clause's subject; so must a
    possessive of the same clause ("identified himself by his nickname"). None for other pronouns, or
    when the parse shows no subject (the usual search then runs)."""
    if p.kind != "pronoun" or p.end - p.start != 1:
        return None
    pron = doc[p.start]
    verb = _clause_verb(pron)
    if not _reflexive(pron):
        same_clause = (t for t in verb.subtree if _reflexive(t) and _clause_verb(t).i == verb.i)
        if pron.dep_ != "poss" or not any(_PRONOUN_GENDER.get(t.lower_) == p.gender for t in same_clause):
            return None
    subj = _clause_subject(verb)
    if subj is None or subj.i == pron.i:
        return None
    if pron.lower_ in ("himself", "herself") and _definite_description(subj):
        return None
    return subj


def _definite_description(subj: Token) -> bool:
    """ "The oilman ... walled himself off": a definite noun that no relative clause introduces points
    back to someone named before, whom the usual search finds ("the protests themselves" are no group
    named before)."""
    return (
        subj.pos_ == "NOUN"
        and any(t.dep_ == "det" and t.lower_ in ("the", "this", "that") for t in subj.children)
        and not any(t.dep_ in ("relcl", "acl") for t in subj.children)
    )


def _reporting_subject(pron: Token) -> Token | None:
    """The subject of the nearest speech verb above the pronoun ("X said he ...", "X told Y, adding
    that he ..."), None when the pronoun is that subject itself or no speech verb governs it."""
    lemmas = speech_and_thought_lemmas()
    if pron.head.lemma_.lower() in lemmas and pron.dep_ != "nsubj":
        return None  # "the leader told him": the one told, not a reported clause
    for verb in pron.ancestors:
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in lemmas:
            continue
        subjects = [t for t in verb.children if t.dep_ == "nsubj"]
        if not subjects and verb.dep_ in ("advcl", "xcomp", "conj"):
            subjects = [t for t in verb.head.children if t.dep_ == "nsubj"]
        if not subjects or subjects[0].i == pron.i or pron.i in {t.i for t in subjects[0].subtree}:
            return None
        return subjects[0]
    return None


def _speaks(doc: Doc, name: Cand, inside: Token, span: tuple[int, int]) -> bool:
    """The name is the subject of a speech or thought verb outside the quotation that the quoted token
    depends on: the one who says the words (in 'said X "seems lost"' or 'X had taken "his first step"' X
    is the subject of quoted words, not their speaker)."""
    subj = doc[name.start : name.end].root
    if subj.dep_ != "nsubj":
        return False  # "Y is reassured by X that ...": the passive subject hears the words
    verb = subj.head
    if span[0] <= verb.i < span[1] or verb.lemma_.lower() not in speech_and_thought_lemmas():
        return False
    return any(t.i == verb.i for t in inside.ancestors)


def _predicative(t: Token) -> bool:
    """A role noun said of a subject ("X is the nominee", "was named the nominee", "as the nominee"),
    which may well be that subject."""
    return t.dep_ in ("attr", "oprd", "acomp") or (t.dep_ == "pobj" and t.head.lower_ == "as")


def _heads_of(doc: Doc, c: Cand) -> bool:
    """ "the head of ...", "the chief of ...": the role noun names what it heads."""
    return any(x.dep_ == "prep" and x.lower_ == "of" for x in doc[c.start : c.end].root.children)


_ORDINALS = frozenset({"second", "third", "fourth", "fifth"})


def _not_a_description_of_the_named(doc: Doc, c: Cand) -> bool:
    """ "the other star", "another player": by its own words not the one just named. A bare "the head"
    with nothing it heads ("the head of ...", "the department head") is a body part or a thing."""
    head = doc[c.start : c.end].root
    if any(t.lower_ in ("other", "another") for t in doc[c.start : c.end]):
        return True
    if not _predicative(head) and any(t.lower_ in _ORDINALS for t in doc[c.start : c.end]):
        return (
            True  # "the second official said" is not the official just named ("became the third ..." may be)
        )
    return head.lower_ == "head" and c.end - c.start == 2 and not _heads_of(doc, c)


def _type_noun(actor: Actor) -> str:
    """The head noun of an organisation's name: "European Union" is a union, "Atomic Energy Agency" an agency."""
    words = norm_key(actor.name).replace("-", " ").split()
    return words[-1] if words else ""


def merge_roles(roles: list[RoleParse]) -> list[RoleParse]:
    """One role per (title, organization): a role read without a country takes the country of its twin."""
    out: list[RoleParse] = []
    for r in roles:
        k = role_key(r.title)
        twin = next(
            (
                o
                for o in out
                if role_key(o.title) == k
                and (o.organization is r.organization or o.organization is None or r.organization is None)
                and (o.country == r.country or o.country is None or r.country is None)
            ),
            None,
        )
        if twin is None:
            out.append(RoleParse(r.title, r.organization, r.country, r.past))
            continue
        twin.country = twin.country or r.country
        twin.organization = twin.organization or r.organization
    return out


# Nouns naming a country or body by its tie to another ("Kastania's ally"): the office holder "of" one is
# never a person the article named only by the office
_RELATION_NOUNS = frozenset(
    [
        "ally",
        "partner",
        "neighbor",
        "neighbour",
        "rival",
        "enemy",
        "adversary",
        "foe",
        "backer",
        "patron",
        "proxy",
        "client",
    ]
)


def _names_a_body_after(doc: Doc, end: int) -> bool:
    """An "of" phrase right after token ``end`` names a body ("of the Kastani Port Authority")."""
    obj = _of_object(doc, end)
    return obj is not None and obj.pos_ == "PROPN"


def _of_object(doc: Doc, end: int) -> Token | None:
    """The head of an "of" phrase right after token ``end`` ("of the port authority": authority)."""
    if end >= len(doc) or doc[end].lower_ != "of":
        return None
    return next((t for t in doc[end].children if t.dep_ == "pobj"), None)


def _role_words(doc: Doc, c: Cand) -> set[str]:
    """The words (lemmas, lower case) of a role mention ("Secretary of State") and of an "of" phrase
    right after it ("head of the port authority")."""
    toks = list(doc[c.start : c.end])
    if c.end < len(doc) and doc[c.end].lower_ == "of":
        toks += [t for t in doc[c.end].subtree if t.i > c.end]
    return {w for t in toks if t.is_alpha for w in (t.lemma_.lower(), t.lower_)}
