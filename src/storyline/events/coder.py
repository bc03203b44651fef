"""Who did what to whom in one parsed sentence: predicates coded from the lexicon, their actors, modality.

Works on a spaCy sentence ``Span`` only (no DocState), so benches and tests can call it on any parse.
Covered constructions: active and passive clauses ("was criticised by"), coordinated actors ("A and B
agreed"), control verbs and adjectives ("agreed to restore ties", "urged X to talk", "is willing to
withdraw", "is set to hold talks"), light verbs ("held talks with", "launched air strikes against"),
participial and relative clauses, and nominal events ("X's visit to Y", "air strikes against Z").
A predicate the lexicon does not know produces no event (no default code).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Span, Token

from storyline.events.codebook import MUTUAL_ROOTS
from storyline.events.compose import compose
from storyline.events.lexicon import Lexicon, Pattern
from storyline.nlp.agents import cannot_act
from storyline.time.vocab import is_zone_abbreviation

ACTOR_ENTS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
# Nouns that denote political actors even without a named entity ("police", "the opposition").
ACTOR_NOUNS = {
    "government",
    "official",
    "minister",
    "ministry",
    "president",
    "leader",
    "police",
    "policeman",
    "troop",
    "soldier",
    "army",
    "military",
    "force",
    "rebel",
    "militant",
    "guerrilla",
    "insurgent",
    "protester",
    "demonstrator",
    "student",
    "worker",
    "union",
    "party",
    "opposition",
    "parliament",
    "court",
    "judge",
    "prosecutor",
    "authority",
    "regime",
    "administration",
    "country",
    "state",
    "nation",
    "ally",
    "alliance",
    "side",
    "diplomat",
    "ambassador",
    "envoy",
    "delegation",
    "spokesman",
    "spokeswoman",
    "cabinet",
    "council",
    "premier",
    "king",
    "prince",
    "emir",
    "general",
    "commander",
    "gunman",
    "activist",
    "group",
    "militia",
    "refugee",
    "citizen",
    "national",
    "resident",
    "villager",
    "civilian",
    "prisoner",
    "detainee",
    "hostage",
    "supporter",
    "member",
    "people",
    "youth",
    "mob",
    "crowd",
    "journalist",
    "newspaper",
    "agency",
    "company",
    "bank",
    "congress",
    "senate",
    "lawmaker",
    "legislator",
    "monarch",
    "dictator",
    "junta",
    "faction",
    "tribe",
    "clan",
    "bishop",
    "church",
    "embassy",
}
TARGET_PREPS = {
    "with",
    "against",
    "to",
    "on",
    "at",
    "into",
    "toward",
    "towards",
    "upon",
    "from",
    "between",
    "for",
}
NOUN_TARGET_PREPS = TARGET_PREPS | {"of", "by"}
# Where an act is done *in* a country (a curfew, a protest, a raid) CAMEO takes that country as the
# target when nothing else is named.
PLACE_TARGET_ROOTS = {"04", "08", "09", "14", "15", "17", "18", "19", "20"}
HYPOTHETICAL_AUX = {"would", "could", "might", "may", "should", "must", "can", "ought"}
FUTURE_AUX = {"will", "shall", "'ll", "wo"}
FUTURE_WORDS = {"today", "tomorrow", "tonight", "next", "later", "soon", "upcoming"}
CONDITION_MARKS = {"if", "unless", "whether"}
OBJECT_CONTROL = {"appeal", "demand"}  # "urged Moscow to talk": the object is the doer of the complement
PERSONAL_PRONOUNS = {"he", "she", "they", "we", "i", "it", "him", "her", "them", "us", "me", "you"}
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}
POSSESSIVE_PRONOUNS = {"its", "their", "his", "her", "our", "my", "your"}
DESIRE_VERBS = {"want", "wish", "hope", "prefer", "like"}
STATE_ACT_ROOTS = {"09", "11", "17"}  # "was arrested in Lebanon": the place's authorities acted

ActorTest = Callable[[Token], bool]


def _never(_: Token) -> bool:
    return False


@dataclass
class Found:
    """One coded event in a sentence, before actors are turned into rows."""

    pred: Token  # the predicate (controller for control constructions): date and modality hang on it
    trigger: str  # lexicon pattern(s) that coded it ("agree + restore tie")
    tokens: list[Token]
    code: str
    coded_by: str
    sources: list[Token] = field(default_factory=list)
    targets: list[Token] = field(default_factory=list)
    modality: str = "asserted"
    nominal: bool = False


def _list_appos(tok: Token) -> Token | None:
    """ "A, the B, C and D": the parser hangs the rest of a list of names on an apposition that has
    conjuncts of its own; a real apposition ("X, the UN envoy,") has none."""
    for c in tok.children:
        if (
            c.dep_ == "appos"
            and c.i > tok.i
            and (tok.pos_ == "PROPN" or tok.tag_ == "NNS")  # "the envoys, A and B,": its members
            and c.pos_ == "PROPN"
            and any(g.dep_ == "conj" and g.pos_ == "PROPN" for g in c.children)
        ):
            return c
    return None


def _conjuncts(tok: Token) -> list[Token]:
    out = [
        tok,
        *[
            c
            for c in tok.conjuncts
            if c.i > tok.i and c.pos_ in ("NOUN", "PROPN", "PRON") and not _set_apart_by_not(c)
        ],
    ]
    appos = _list_appos(tok)
    if appos is not None:
        out += [x for x in _conjuncts(appos) if x not in out]
    return out


# Quantity words whose "of" phrase names who they count ("thousands of villagers")
_COUNT_NOUNS = frozenset(
    {"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "score", "scores"}
)


# Objects that count more of the victims already named ("killed two youths and wounded five others")
_MORE_OF_THE_SAME = frozenset({"other", "others", "more", "another"})


def _victim_kind(verb: Token) -> str | None:
    """The head noun of the verb's object, through a count ("thousands of villagers": villager); None for
    a bare number, pronoun or "others" ("wounded two", "wounded five others"), which continues the
    victims told before."""
    for obj in verb.children:
        if obj.dep_ != "dobj":
            continue
        if obj.like_num or obj.lemma_.lower() in _COUNT_NOUNS:
            counted = [p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
            obj = next((p for p in counted if p.dep_ == "pobj"), obj)
        if obj.lower_ in _MORE_OF_THE_SAME or obj.pos_ not in ("NOUN", "PROPN") or obj.like_num:
            return None
        return obj.lemma_.lower()
    return None


# Roots whose acts, told one after another, are facets of one incident ("attacked the base, killing
# six", "killed a guard and wounded 15 people"), unless the same act is told twice
_ONE_INCIDENT_ROOTS = frozenset({"18", "19", "20"})


def _two_acts_on_other_victims(first: Token, then: Token, code: str, found: list[Found]) -> bool:
    """ "decapitated two journalists and killed thousands of villagers": the same act on victims of
    different kinds is two events; "killed a guard and wounded 15 people" tells one incident's dead and
    wounded, and "killed one soldier and wounded two" continues the same victims."""
    a, b = _victim_kind(first), _victim_kind(then)
    if a is None or b is None or a == b:
        return False
    same_act = any(f.pred.i == first.i and f.code == code for f in found)
    return same_act or code[:2] not in _ONE_INCIDENT_ROOTS


def _set_apart_by_not(conj: Token) -> bool:
    """ "Kastan — but not Veloria — signed": a party joined with "not" is the one that did not act
    ("not only X but Y" joins both)."""
    for c in conj.children:
        if c.dep_ == "neg" and c.i < conj.i and c.lower_ in ("not", "n't"):
            after = conj.doc[c.i + 1] if c.i + 1 < len(conj.doc) else None
            return after is None or after.lower_ not in ("only", "just", "merely", "simply")
    return False


def _relative_clause_just_before(v: Token) -> Token | None:
    """The relative clause a verb joined far up the tree really continues: "the flood that has killed
    40 people and injured 90, destroyed 700 homes" (the parser hangs "destroyed" on the main
    verb, whose subject did not destroy them). The clause must be a list of verbs already, not set off by
    a comma, and only a comma stand between ("Kastan condemned Veloria, which had shelled X and seized Y,
    recalled ..." is Kastan's)."""
    for r in v.doc[v.head.i + 1 : v.i]:
        if r.dep_ != "relcl" or r.pos_ not in ("VERB", "AUX"):
            continue
        listed = any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for c in r.children)
        set_off = r.left_edge.i > 0 and v.doc[r.left_edge.i - 1].text == ","  # ", which ...," closes
        gap = v.doc[r.right_edge.i + 1 : v.i]
        if listed and not set_off and len(gap) > 0 and all(t.text == "," for t in gap):
            return r
    return None


def _subjects(v: Token) -> list[Token]:
    """The ``nsubj`` children of ``v``. Two of them is a parse slip: "Old foes A and B have ..." (a
    descriptor just before the name: the name is the subject) or "Lions, tigers, and A ..." (a list cut in
    two: both halves are)."""
    deps = ("nsubj", "nsubjpass") if _stance_participle(v) else ("nsubj",)
    # "whom" is never a subject, though the parser may hang it as one ("engineers whom rebels took")
    subj = [c for c in v.children if c.dep_ in deps and c.lower_ != "whom"]
    if len(subj) < 2:
        return subj
    keep = [
        c
        for c in subj
        if not (c.pos_ == "NOUN" and any(o.pos_ == "PROPN" and o.left_edge.i == c.i + 1 for o in subj))
    ]
    return keep or subj[-1:]


def _hyphen_joined(tok: Token) -> str | None:
    """ "cease-fire", parsed as "cease" "-" "fire": the word as the lexicon spells it ("ceasefire")."""
    if tok.i < 2 or tok.doc[tok.i - 1].text != "-":
        return None
    first = tok.doc[tok.i - 2]
    return first.lower_ + tok.lemma_.lower() if first.head.i == tok.i and first.is_alpha else None


def _hyphen_prefix(tok: Token) -> list[Token]:
    """The first word and hyphen of a word the parser split in two ("cease" "-" before "fire"), so the
    summary says "cease-fire", not "fire"; empty for a word written whole."""
    return list(tok.doc[tok.i - 2 : tok.i]) if _hyphen_joined(tok) is not None else []


def _context_words(v: Token) -> set[str]:
    """Lemmas that can complete a verb pattern: particles, prepositions and their objects, objects."""
    out: set[str] = set()
    for c in v.children:
        if c.dep_ in ("prt", "dobj", "acomp", "oprd", "attr", "advmod", "dative", "nsubjpass"):
            out.add(c.lemma_.lower())
            if (joined := _hyphen_joined(c)) is not None:
                out.add(joined)
            if c.dep_ == "dobj":
                out.update(cc.lemma_.lower() for cc in c.children if cc.dep_ == "prep")
                out.update(cc.lemma_.lower() for cc in c.children if cc.dep_ in ("compound", "amod"))
            if c.dep_ == "dative":
                # "granted Li a full pardon": the parser may hang the thing given on the receiver's name
                out.update(cc.lemma_.lower() for cc in c.children if cc.dep_ == "appos" and cc.pos_ == "NOUN")
        elif c.dep_ in ("prep", "agent") and not _for_a_span_of_time(c) and not _an_aside(c):
            # "pressed its assault ... for a third day": a phrase saying how long completes no pattern
            # ("press for" is an appeal)
            out.add(_preposition_word(c))
            out.update(g.lemma_.lower() for g in c.children if g.dep_ in ("pobj", "pcomp"))
            out.update(j for g in c.children if g.dep_ == "pobj" and (j := _hyphen_joined(g)) is not None)
            # "pulled out of the deal": the parser hangs "of" on "out", the deal one level down
            out.update(
                o.lemma_.lower()
                for g in c.children
                if g.dep_ == "prep" and g.lower_ == "of"
                for o in g.children
                if o.dep_ == "pobj"
            )
        elif c.dep_ == "xcomp" and c.pos_ in ("NOUN", "ADJ"):
            out.add(c.lemma_.lower())
    relativised = relativised_object(v)
    if relativised is not None:
        out.add(relativised.lemma_.lower())
    if v.dep_ == "acl" and v.tag_ == "VBN" and v.head.pos_ == "NOUN":
        out.add(v.head.lemma_.lower())  # "a photo released by the agency": the photo was released
    out.update(_main_subject_undergone(v))
    return out


def _main_subject_undergone(v: Token) -> set[str]:
    """ "The measure will not take effect until signed by Li": a subjectless passive participle in an
    adverbial clause is done to the main clause's subject."""
    if v.dep_ != "advcl" or v.tag_ != "VBN" or any(c.dep_.startswith("nsubj") for c in v.children):
        return set()
    return {c.lemma_.lower() for c in v.head.children if c.dep_ in ("nsubj", "nsubjpass")}


def _preposition_word(p: Token) -> str:
    """A preposition as written: the tagger lemmatises "according (to)" as the noun-verb "accord",
    which must not complete "reach accord"."""
    return p.lower_


def relativised_object(v: Token) -> Token | None:
    """The noun a relative clause is about when it is the clause's object: "the deal the Kastan
    government struck" -> "deal" (the verb's object slot is empty, or holds the relative pronoun: "the
    deal that Kastan struck"; its subject is someone else)."""
    if v.dep_ != "relcl" or any(
        (c.dep_ == "dobj" and c.lower_ not in RELATIVE_PRONOUNS) or c.dep_ in ("nsubjpass", "auxpass")
        for c in v.children
    ):
        return None
    subjects = [c for c in v.children if c.dep_ == "nsubj"]
    if not subjects or any(s.lower_ in RELATIVE_PRONOUNS for s in subjects):
        return None  # "the country that struck ...": the noun is the subject
    if any(_relative_word_of_place_or_phrase(c) for c in v.children):
        return None  # "the conference where he met X", "the attack in which X killed ...": where, not what
    if any(t.tag_ in ("WP", "WDT") for s in subjects for t in s.subtree):
        return None  # "hundreds, several of whom asked for ...": the noun is among the subjects
    if any(c.dep_ == "prep" and not any(g.dep_ in ("pobj", "pcomp") for g in c.children) for c in v.children):
        return None  # "the plane he flew in": the noun is the object of the stranded preposition
    return v.head if v.head.pos_ == "NOUN" else None


def _relative_word_of_place_or_phrase(c: Token) -> bool:
    """A relative adverb ("where", "when") or a preposition with its relative pronoun ("in which")."""
    if c.tag_ == "WRB":
        return True
    return c.dep_ == "prep" and any(g.dep_ == "pobj" and g.tag_ in ("WDT", "WP") for g in c.children)


def _noun_mods(n: Token) -> set[str]:
    return {c.lemma_.lower() for c in n.children if c.dep_ in ("compound", "amod", "nmod")}


def _noun_prepositions(n: Token) -> set[str]:
    """Prepositions the noun governs, which a noun pattern may name ("for call": a call for talks); one
    that only says when ("a strike on Monday") names none."""
    preps = {c.lower_ for c in n.children if c.dep_ == "prep" and not _names_a_day(c)}
    # "a call for all parties to come back": the parser hangs "for" on the clause it opens
    clauses = (c for c in n.children if c.dep_ in ("acl", "advcl", "relcl"))
    return preps | {m.lower_ for c in clauses for m in c.children if m.dep_ == "mark" and m.lower_ == "for"}


def _noun_event(n: Token, lex: Lexicon) -> tuple[str, str] | None:
    """(code, pattern text) when ``n`` is an event noun ("visit", "air strikes")."""
    if n.pos_ not in ("NOUN", "PROPN"):
        return None
    if n.ent_type_ == "DATE" and n.text[:1].isupper():
        return None  # "began on March 13": the month, not a march
    if _asks_for_comment(n):
        return None
    lemma = n.lemma_.lower()
    mods = _noun_mods(n)
    pat = lex.match_noun(lemma, mods | _noun_prepositions(n))
    if pat is None and "-" in lemma:  # "air-strike", "sit-in" written differently
        pat = lex.match_noun(lemma.replace("-", ""), mods)
    joined = _hyphen_joined(n) if pat is None else None
    if joined is not None:  # "a cease-fire" parsed as two words
        pat = lex.match_noun(joined, mods)
    if pat is not None and pat.code[:2] in FORCE_ROOTS and mods & FIGURATIVE_MODIFIERS:
        return None  # "a diplomatic battle", "a trade war": no force is used
    if pat is not None and (_of_a_thing_no_act(n, lex) or _word_of_a_name(n) or _object_of_no_act(n, lex)):
        return None
    if pat is not None and pat.code[:2] == "18" and _aimed_at_an_idea(n):
        return "111", f"{pat.text} on idea"  # "his attacks on the international order": words, not force
    done_to = _participle_pattern(n, lemma, lex) if pat is not None else None
    if done_to is not None:  # "lifted sanctions on Iran" read as a modifier: the lifting, not sanctions
        return done_to.code, done_to.text
    if pat is None and NOUN_BACKOFF:
        verb = derived_verb(lemma, lex)
        if verb is not None:
            return verb.code, f"{lemma} (from {verb.text})"
    return (pat.code, pat.text) if pat else None


def _object_of_no_act(n: Token, lex: Lexicon) -> bool:
    """ "took the threat seriously": the noun is the object of a verb phrase the lexicon says is no
    event by words other than the object (a pattern naming the object, "launch mission", only says the
    verb adds no act to the noun's own)."""
    verb = n.head
    if n.dep_ != "dobj" or verb.i == n.i:
        return False
    pat = lex.no_event_pattern(verb.lemma_.lower(), _context_words(verb))
    return pat is not None and n.lemma_.lower() not in pat.extras


def _of_a_thing_no_act(n: Token, lex: Lexicon) -> bool:
    """ "the release of the documents": the noun's "of" object is what its verb would take as object,
    and the lexicon says the verb with that object is no event ("release document")."""
    objects = {
        o.lemma_.lower()
        for p in n.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj" and o.pos_ == "NOUN"
    }
    return bool(objects) and lex.says_no_event(n.lemma_.lower(), objects)


# Names whose last word is an act noun: a treaty, a body, a work ("the Alder Free Trade Agreement")
_NAME_ENTS = frozenset({"ORG", "LAW", "WORK_OF_ART", "PRODUCT", "FAC"})


def _word_of_a_name(n: Token) -> bool:
    """A capitalised act noun closing a longer name ("renegotiate the Alder Free Trade Agreement with
    Kastan") names the treaty or body, not an act; the verb that governs it tells what was done. A
    name whose parties are told ("the Alder Agreement between Kastan and Orvik") still says who agreed."""
    if n.ent_iob_ != "I" or n.ent_type_ not in _NAME_ENTS or not n.text[:1].isupper():
        return False
    if "between" in _noun_prepositions(n):
        return False
    return n.i > n.sent.start and any(
        c.dep_ in ("compound", "amod") and c.text[:1].isupper() for c in n.children
    )


_ASKED_OF_THE_PRESS = frozenset({"comment", "comments", "interview", "interviews"})


def _asks_for_comment(n: Token) -> bool:
    """ "did not respond to requests for comment": a reporter's question, no appeal between actors."""
    if n.lemma_.lower() not in ("request", "call", "inquiry", "query"):
        return False
    return any(
        p.dep_ == "prep" and p.lower_ == "for" and any(o.lower_ in _ASKED_OF_THE_PRESS for o in p.children)
        for p in n.children
    )


def _participle_pattern(n: Token, lemma: str, lex: Lexicon) -> Pattern | None:
    """A verb pattern a participle before the noun makes with it ("the lifted sanctions" is "lift
    sanction"): the parser sometimes hangs a verb on its object as a modifier."""
    for c in n.children:
        if c.dep_ == "amod" and c.tag_ in ("VBN", "VBD"):
            pat = lex.match_verb(c.lemma_.lower(), {lemma})
            if pat is not None and lemma in pat.extras:
                return pat
    return None


FORCE_ROOTS = frozenset({"18", "19", "20"})
FIGURATIVE_MODIFIERS = frozenset(
    {
        "diplomatic",
        "political",
        "legal",
        "trade",
        "verbal",
        "price",
        "propaganda",
        "culture",
        "media",
        "tariff",
    }
)

NOUN_BACKOFF = (
    False  # measured on the GSR set: same category accuracy (0.724), more extra events (0.267 vs 0.261)
)
_NOMINAL_SUFFIXES = (
    ("ation", ("ate", "")),
    ("ition", ("", "e")),
    ("sion", ("d", "de", "")),
    ("ion", ("e", "")),
    ("ment", ("",)),
    ("al", ("", "e")),
    ("ance", ("", "e")),
    ("ence", ("", "e")),
    ("ure", ("e",)),
)


def derived_verb(lemma: str, lex: Lexicon) -> Pattern | None:
    """The single-word verb entry a nominalisation comes from ("expulsion" -> "expel" is irregular and
    not found; "withdrawal" -> "withdraw", "arrest" stays), when the noun itself has no entry."""
    for suffix, repl in _NOMINAL_SUFFIXES:
        if lemma.endswith(suffix) and len(lemma) > len(suffix) + 2:
            stem = lemma[: -len(suffix)]
            for r in repl:
                for pat in lex.verbs.get(stem + r, ()):
                    if not pat.extras:
                        return pat
    return None


def lemma_candidates(tok: Token) -> list[str]:
    """The tagger's lemma, then simple inflection guesses: the small model lemmatises some verbs
    wrongly ("staged" -> "stag"), and a wrong lemma must not hide a known verb."""
    low = tok.lower_
    out = [tok.lemma_.lower()]
    if low.endswith("ied"):
        out.append(low[:-3] + "y")
    if low.endswith("ed"):
        out += [low[:-1], low[:-2]]
        if len(low) > 4 and low[-3] == low[-4]:  # "shipped" -> "ship"
            out.append(low[:-3])
    if low.endswith("ing"):
        out += [low[:-3], low[:-3] + "e"]
        if len(low) > 5 and low[-4] == low[-5]:
            out.append(low[:-4])
    if low.endswith("es"):
        out.append(low[:-2])
    if low.endswith("s"):
        out.append(low[:-1])
    out.append(low)
    seen: list[str] = []
    for x in out:
        if x and x not in seen:
            seen.append(x)
    return seen


def _misparsed_infinitive(v: Token, lex: Lexicon) -> tuple[str, str, list[Token]] | None:
    """ "agreed to thaw relations" parsed as preposition + noun compound: read the verb back."""
    for p in v.children:
        if p.dep_ != "prep" or p.lower_ != "to":
            continue
        for n in p.children:
            comp = [c for c in n.children if c.dep_ == "compound" and c.i == p.i + 1]
            if n.dep_ != "pobj" or not comp:
                continue
            context = {n.lemma_.lower()} | {c.lemma_.lower() for c in n.children if c.dep_ == "prep"}
            pat = lex.match_verb(comp[0].lemma_.lower(), context) or lex.match_verb(comp[0].lower_, context)
            if pat is not None:
                return pat.code, pat.text, [comp[0], n]
    return None


def _known_lemma(tok: Token, lex: Lexicon) -> str:
    for lemma in lemma_candidates(tok):
        if lemma in lex.verbs or lemma in lex.light or lemma in lex.control or lemma in lex.speech:
            return lemma
    return tok.lemma_.lower()


# A newsroom credit ("X contributed to this report") is not an act of X.
_CREDIT_VERBS = frozenset({"contribute"})
_CREDIT_NOUNS = frozenset({"report", "story", "article", "reporting", "coverage", "dispatch"})


_REASON_NOUNS = frozenset(
    {
        "decision",
        "failure",
        "policy",
        "remark",
        "comment",
        "statement",
        "stance",
        "handling",
        "role",
        "refusal",
    }
)


def _blame_reason(v: Token) -> Token | None:
    """The "for ..." of "attacked him for failing to ..." / "for his decision": a reason given for the
    attack, which makes it a verbal one. "attacked the town for the third time" gives none. A person
    attacked for anything but a length of time ("attacked Li for the deaths") is criticised."""
    person = any(c.dep_ == "dobj" and c.ent_type_ == "PERSON" for c in v.children)
    for p in v.children:
        if p.dep_ == "prep" and p.lower_ == "for":
            for c in p.children:
                if c.dep_ == "pcomp" and c.tag_ == "VBG":
                    return p
                if c.dep_ == "pobj" and (c.lemma_.lower() in _REASON_NOUNS or (person and not _a_while(c))):
                    return p
    return None


# What only words can attack: decisions, ideas, statements, ways of thinking
_IDEA_NOUNS = _REASON_NOUNS | {
    "plan",
    "proposal",
    "idea",
    "ruling",
    "verdict",
    "law",
    "bill",
    "culture",
    "ideology",
    "rhetoric",
    "record",
    "approach",
    "view",
    "belief",
    "report",
    "claim",
    "agenda",
    "investigation",
    "inquiry",
    "probe",
    "impeachment",
    "hearing",
    "trial",
    "indictment",
    "media",
    "press",
    "coverage",
    "story",
    "article",
    "book",
    "order",
    "system",
    "democracy",
    "institution",
    "norm",
    "value",
    "science",
    # someone's conduct or standing: "attacks on their support of the law", "attacked his credibility"
    "support",
    "vote",
    "response",
    "leadership",
    "tenure",
    "performance",
    "character",
    "integrity",
    "credibility",
    "reputation",
    "legacy",
    "judgment",
    "judgement",
    "motive",
    "speech",
    "tweet",
}


def _aimed_at_an_idea(n: Token) -> bool:
    """ "attacks on her record", "an attack on the post-war order": an act noun aimed at an idea."""
    return any(
        p.dep_ == "prep" and p.lower_ in ("on", "against") and o.dep_ == "pobj" and _an_idea(o)
        for p in n.children
        for o in p.children
    )


def _an_idea(o: Token) -> bool:
    # the tagger lemmatises "media" as "medium": the word as written counts too
    return o.lemma_.lower() in _IDEA_NOUNS or o.lower_ in _IDEA_NOUNS


def _attacked_idea(v: Token) -> Token | None:
    return next((c for c in v.children if c.dep_ == "dobj" and _an_idea(c)), None)


_WHILE_NOUNS = frozenset({"time", "minute", "hour", "day", "night", "week", "month", "year", "while"})


def _a_while(n: Token) -> bool:
    """ "the third time", "hours", "two days": how long or how often, not why."""
    return n.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL") or n.lemma_.lower() in _WHILE_NOUNS


# Phrasal patterns whose sense needs the particle right on the verb: "called for talks", "gave in";
# with a direct object before a preposition of that form it is another verb ("called Alder for Osk",
# "giving it ballot access in Alder").
_NO_OBJECT_PHRASAL = frozenset({"call for", "give in", "back down", "step down", "walk out"})


def _object_splits_phrasal(v: Token, pat: Pattern) -> bool:
    if pat.text not in _NO_OBJECT_PHRASAL or not any(c.dep_ in ("dobj", "dative") for c in v.children):
        return False
    return all(c.dep_ == "prep" for c in v.children if c.lower_ in pat.extras)


# Verbs that are the act only with someone or something they are done to: "tried the general" but
# "he's trying"; "questioned the minister" but "people who are questioning"; "shared intelligence"
# but "should be free to share"
_NEEDS_OBJECT = frozenset({"try", "question", "share"})


def _lacks_its_object(v: Token, pat: Pattern) -> bool:
    if pat.text not in _NEEDS_OBJECT or _is_passive(v) or relativised_object(v) is not None:
        return False
    if pat.text == "try" and (_tries_a_thing(v) or _tries_to_do(v)):
        return True
    if pat.text == "try":  # "is trying through quiet talks ...": a court tries someone or a case
        return not any(c.dep_ in ("dobj", "dative") for c in v.children)
    return not any(c.dep_ in ("dobj", "dative", "ccomp", "prep") for c in v.children)


def _tries_to_do(v: Token) -> bool:
    """ "is trying through quiet talks to win them over": an active "try" with an infinitive of its own,
    however far from the verb the parser hangs it, is an attempt, no trial."""
    return any(
        c.dep_ in ("xcomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in v.children
    )


# What a court tries besides people ("tried the case")
_TRIED_MATTERS = frozenset({"case", "suit", "lawsuit", "charge", "crime", "matter"})


def _tries_a_thing(v: Token) -> bool:
    """ "tried archery", "tried the local food": a go at something, no trial; "tried the general" and
    "tried the case" are trials."""
    objs = [c for c in v.children if c.dep_ == "dobj"]
    return bool(objs) and all(
        o.pos_ == "NOUN" and not _actor_like(o, _never) and o.lemma_.lower() not in _TRIED_MATTERS
        for o in objs
    )


# "returned the seized ships" gives something back; "returned from Taftan" only travels back
_NEEDS_DIRECT_OBJECT = frozenset({"return"})
# "the party has declined since 1933", "sales declined sharply": shrinking, not refusing
_SHRINK_PREPS = frozenset({"since", "by", "in", "from", "over", "during", "to", "throughout"})
_SHRINK_ADVERBS = frozenset(
    {
        "sharply",
        "steadily",
        "significantly",
        "dramatically",
        "rapidly",
        "further",
        "slightly",
        "gradually",
        "considerably",
        "substantially",
        "steeply",
        "slowly",
        "markedly",
    }
)


def _has_direct_object(v: Token) -> bool:
    return (
        any(c.dep_ in ("dobj", "dative") for c in v.children)
        or _is_passive(v)
        or relativised_object(v) is not None
    )


def _travels_back(v: Token, pat: Pattern) -> bool:
    return pat.text in _NEEDS_DIRECT_OBJECT and not _has_direct_object(v)


def _shrinks(v: Token, pat: Pattern) -> bool:
    """ "declined" with nothing declined and a measure of change beside it: a fall, not a refusal."""
    if pat.text != "decline" or _has_direct_object(v):
        return False
    if any(c.dep_ in ("xcomp", "ccomp") for c in v.children):
        return False  # "declined to comment"
    return any(
        (c.dep_ == "prep" and c.lower_ in _SHRINK_PREPS)
        or (c.dep_ == "advmod" and c.lower_ in _SHRINK_ADVERBS)
        for c in v.children
    )


def _closes_a_trading_day(v: Token, pat: Pattern) -> bool:
    """ "the currency closed down 2%", "shares closed 3 percent higher": a price ending its trading day
    up or down by a share, no place shut."""
    if pat.code[:3] != "172" or v.lemma_.lower() not in _CLOSING_VERBS or _has_direct_object(v):
        return False
    return any(
        c.dep_ in ("advmod", "npadvmod", "acomp", "prep")
        and any(t.lower_ in ("%", "percent", "pct") or t.ent_type_ == "PERCENT" for t in c.subtree)
        for c in v.children
    )


_CLOSING_VERBS = frozenset({"close", "shut", "end", "finish"})


def _signs_a_keepsake(v: Token, pat: Pattern) -> bool:
    """ "signed hats for the troops", "memorabilia to sign", "what kind of memorabilia he was signing":
    an autograph on a thing, no accord."""
    if pat.text != "sign":
        return False
    things = [c for c in v.children if c.dep_ == "dobj"]
    if v.dep_ in ("acl", "relcl") and v.head.pos_ == "NOUN":
        things.append(v.head)  # "hats to sign", "the books he signed"
    elif v.dep_ in ("xcomp", "advcl") and not things:  # "brought him hats to sign"
        things = [c for c in v.head.children if c.dep_ == "dobj"]
    things += [
        o for t in things for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
    ]
    return any(t.lemma_.lower() in _KEEPSAKES for t in things)


# Things people autograph
_KEEPSAKES = frozenset(
    {
        "memorabilia",
        "autograph",
        "hat",
        "cap",
        "shirt",
        "t-shirt",
        "jersey",
        "ball",
        "book",
        "copy",
        "poster",
        "photo",
        "photograph",
        "picture",
        "card",
        "programme",
        "program",
        "cast",
        "bible",
        "helmet",
        "glove",
        "guestbook",
        "souvenir",
        "album",
    }
)


def _insists_on_own_practice(v: Token, pat: Pattern) -> bool:
    """ "insisted on only selling arms to Baghdad": a gerund with no doer of its own is the subject's own
    way of acting, no demand on anyone ("insisted on a ceasefire" still is one)."""
    if pat.text != "insist on":
        return False
    for p in v.children:
        if p.dep_ == "prep" and p.lower_ == "on":
            for g in p.children:
                if g.dep_ == "pcomp" and g.tag_ == "VBG":
                    return not any(c.dep_ in ("nsubj", "poss") for c in g.children)
    return False


# Auxiliaries that make an insisted clause a statement of fact ("insisted most recruits do not desert",
# "insisted the talks were going well", "insisted it would hold"), where "must", "should" or a bare
# subjunctive ("insisted that Orvik withdraw") make it a demand; "can" may grant a leave ("insisted the
# inspectors can enter"), so it stays with the demand reading
_FACT_AUXILIARIES = frozenset(
    {"do", "does", "did", "is", "are", "was", "were", "has", "have", "had", "will", "would", "could"}
)
_FACT_TAGS = frozenset({"VBD", "VBZ"})


def _insists_on_a_fact(v: Token, pat: Pattern) -> bool:
    """ "insisted most of them do not return": "insist" with a clause that tells how things are is a
    firm claim, no demand on anyone."""
    if pat.text != "insist":
        return False
    clauses = [c for c in v.children if c.dep_ == "ccomp"]
    return bool(clauses) and all(
        c.tag_ in _FACT_TAGS
        or any(a.dep_ in ("aux", "auxpass") and a.lower_ in _FACT_AUXILIARIES for a in c.children)
        for c in clauses
    )


def _judges(v: Token, pat: Pattern) -> bool:
    """ "considered Kastan a flight risk", "does not consider X to have any effect": an opinion about
    something, not an option weighed ("considering sanctions", "considering imposing sanctions",
    "considering whether to ...")."""
    if pat.text != "consider":
        return False
    for c in v.children:
        if c.dep_ in ("ccomp", "oprd") and not any(
            m.dep_ in ("mark", "advmod") and m.lower_ in ("whether", "if", "how") for m in c.children
        ):
            return True
        if c.dep_ == "xcomp" and c.tag_ != "VBG":
            return True  # "considered it important", "considered them to be"
    return False


# What one declines to do when one declines to speak: CAMEO codes "declined to comment / to answer
# questions / to give details" as a statement (011), not a rejection of anything (12x)
_SPEAKING_VERBS = frozenset(
    {
        "comment",
        "say",
        "elaborate",
        "speculate",
        "confirm",
        "discuss",
        "disclose",
        "reveal",
        "specify",
        "identify",
        "name",
        "explain",
        "detail",
    }
)
_SPEAKING_OBJECTS = frozenset({"detail", "comment", "information", "specific", "question", "name"})


def _says_nothing(comp: Token) -> bool:
    """ "declined to comment", "refused to answer questions", "declined to give details"."""
    lemma = comp.lemma_.lower()
    if lemma in _SPEAKING_VERBS:
        return True
    if lemma == "answer":  # "declined to answer (questions)"; not "refused to answer the summons"
        return all(c.lemma_.lower() == "question" for c in comp.children if c.dep_ == "dobj")
    return lemma in ("give", "provide", "offer") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _SPEAKING_OBJECTS for c in comp.children
    )


# "agree" states an opinion, not an accord to act, when what is agreed is a view: a that-clause saying
# what is or was so ("agreed that the vote was unfair", "agree it came from animals"), or a person or
# idea agreed with ("agrees with them", "with which Li agreed")
_MANDATE_AUX = frozenset({"should", "must", "shall", "will", "would", "'ll", "wo"})


def _to_clause(v: Token) -> bool:
    return any(
        c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in v.children
    )


def _agrees_with_a_view(v: Token, pat: Pattern) -> bool:
    if pat.text != "agree":
        return False
    if any(c.dep_ in ("xcomp", "dobj") for c in v.children) or _to_clause(v):
        return False  # "agreed to withdraw", "agreed a solution", "agreed with Li to open a plant"
    preps = {c.lower_ for c in v.children if c.dep_ == "prep"}
    if preps & {"to", "on", "upon", "over"}:
        return False  # "agreed to a ceasefire", "agreed with Veloria on a border"
    clauses = [c for c in v.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
    if clauses:
        auxes = {a.lower_ for a in clauses[0].children if a.dep_ in ("aux", "auxpass")}
        return not auxes & _MANDATE_AUX  # "agreed that troops would withdraw" is an accord
    return "with" in preps


# Doers whose clashes are fights: armed men, police, crowds
_FIGHTING_NOUNS = frozenset(
    {
        "troop",
        "soldier",
        "force",
        "police",
        "policeman",
        "officer",
        "protester",
        "protestor",
        "demonstrator",
        "rioter",
        "rebel",
        "militant",
        "fighter",
        "gunman",
        "army",
        "militia",
        "insurgent",
        "guerrilla",
        "supporter",
        "fan",
        "gang",
        "mob",
        "crowd",
        "youth",
        "student",
        "guard",
        "clan",
        "tribe",
        "security",
        "unit",
    }
)


def _clash_of_words(v: Token, pat: Pattern) -> bool:
    """ "Senator Osk clashed with Brenn over the tax plan": a person, or an idea, on one side and no
    armed men or crowd on either is an argument, not a fight."""
    if pat.head != "clash" or pat.code[:2] not in FORCE_ROOTS:
        return False
    sides = [*_subjects(v)]
    for p in v.children:
        if p.dep_ == "prep" and p.lower_ == "with":
            sides.extend(c for c in p.children if c.dep_ == "pobj")
    sides = [x for s in sides for x in _conjuncts(s)]
    if any(x.lemma_.lower() in _FIGHTING_NOUNS or _noun_mods(x) & _FIGHTING_NOUNS for x in sides):
        return False
    return any(x.ent_type_ == "PERSON" or x.lemma_.lower() in _IDEA_NOUNS for x in sides)


def _realises(v: Token, pat: Pattern) -> bool:
    """ "recognizing that they too can run for office": seeing that something is so, no recognition of
    a state or government (054)."""
    return pat.head in ("recognize", "recognise") and any(c.dep_ == "ccomp" for c in v.children)


# What makes a state a state: recognising these (or a country, an organisation, a people) is CAMEO's
# diplomatic recognition (054); recognising a face, a problem or a merit is not
_STATEHOOD_NOUNS = frozenset(
    {
        "independence",
        "sovereignty",
        "statehood",
        "state",
        "government",
        "regime",
        "republic",
        "annexation",
        "authority",
        "leadership",
        "country",
        "nation",
        "junta",
        "council",
        "president",
        "leader",
    }
)
_STATE_ENTS = frozenset({"GPE", "ORG", "NORP"})


def _recognised_thing(v: Token) -> Token | None:
    """What is recognised: the object, the passive subject, or the noun a relative clause hangs on."""
    for c in v.children:
        if c.dep_ in ("dobj", "nsubjpass"):
            return c
    return relativised_object(v) or (v.head if v.dep_ == "relcl" and v.head.pos_ == "NOUN" else None)


def _names_a_state(tok: Token) -> bool:
    """A country or body by name, or what makes one ("the independence of Kastan")."""
    return tok.ent_type_ in _STATE_ENTS or tok.lemma_.lower() in _STATEHOOD_NOUNS


def _recognises_no_state(v: Token, pat: Pattern) -> bool:
    """ "recognized some wounded veterans", "recognizes the qualms of ...", "something Li recognizes": a
    face, a problem or a fact, no state or government (054). "recognized Li as president" is."""
    if pat.code != "054" or pat.head not in ("recognize", "recognise"):
        return False
    thing = _recognised_thing(v)
    if thing is None:
        # "Reis declared himself president and is recognized by Kastan as such": the one recognised is the
        # subject of an earlier conjunct, and "as" gives the office
        return not any(c.dep_ == "prep" and c.lower_ == "as" for c in v.children)
    as_office = thing.ent_type_ == "PERSON" and any(
        c.dep_ == "prep" and c.lower_ == "as" for c in (*v.children, *thing.children)
    )
    return not (as_office or any(_names_a_state(g) for g in _conjuncts(thing)))


_MONEY_WORDS = frozenset({"money", "million", "billion", "thousand", "cash", "fund", "dollar", "fee"})


# People fought as foes though no actor word names them ("fought the terrorists", "fight the invaders")
_FOE_NOUNS = frozenset(
    {"terrorist", "enemy", "invader", "jihadist", "extremist", "fighter", "gunman", "occupier"}
)


def _fights_an_ill(v: Token, pat: Pattern) -> bool:
    """ "a drive to fight against harbour pollution", "fought corruption": fighting a thing, not a side,
    is a campaign against it; only a fight against people, a body or a place is force (190)."""
    if pat.head != "fight" or pat.code[:2] != "19":
        return False
    foes = [c for c in v.children if c.dep_ == "dobj"] + [
        o
        for p in v.children
        if p.dep_ == "prep" and p.lower_ == "against"
        for o in p.children
        if o.dep_ == "pobj"
    ]
    return bool(foes) and all(_a_thing_fought(o) for o in foes)


def _a_thing_fought(o: Token) -> bool:
    lemma = o.lemma_.lower()
    return (
        o.pos_ == "NOUN"
        and not o.ent_type_
        and lemma not in ACTOR_NOUNS
        and lemma not in _FOE_NOUNS
        and not any(c.dep_ in ("compound", "amod", "poss") and c.ent_type_ in ACTOR_ENTS for c in o.children)
    )


def _takes_money(v: Token, pat: Pattern) -> bool:
    """ "accepted $15,000 from Li", "accepts millions from Kastan": money taken, no promise to cooperate
    (030); whoever gave it is not shown to act on anyone either."""
    if pat.head != "accept":
        return False
    return any(
        c.dep_ == "dobj" and (c.ent_type_ == "MONEY" or c.lemma_.lower() in _MONEY_WORDS) for c in v.children
    )


# Mishaps: "the plane crashed, killing all aboard" reports deaths nobody inflicted
_ACCIDENT_VERBS = frozenset(
    {"crash", "collapse", "capsize", "sink", "derail", "plunge", "overturn", "topple"}
)


def _in_an_accident(v: Token, pat: Pattern) -> bool:
    """A killing or wounding told as what a crash or collapse did ("crashed into the sea, killing 217")."""
    if pat.code[:2] not in FORCE_ROOTS:
        return False
    gov = v.head if v.dep_ in ("advcl", "conj") else None
    return gov is not None and gov.lemma_.lower() in _ACCIDENT_VERBS


_REFLEXIVES = frozenset({"itself", "themselves", "ourselves", "himself", "herself", "myself", "yourself"})


def _guards_itself(v: Token, pat: Pattern) -> bool:
    """ "needs to protect itself against Kastan", "protect against China": self-defence, no protection
    given to anyone (074)."""
    if pat.code != "074":
        return False
    objects = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
    if relativised_object(v) is not None or (v.dep_ in ("acl", "relcl") and not objects):
        return False  # "the troops it protects", "the convoy protected by X"
    return not objects or all(o.lower_ in _REFLEXIVES for o in objects)


def _releases_a_version(v: Token, pat: Pattern) -> bool:
    """ "after releasing Orbis 8", "released Kestrel 10": a name with a number is a product's version, and
    its release frees nobody (people are not numbered: "released 3 hostages" counts with a noun)."""
    if not pat.code.startswith("084"):
        return False
    return any(
        c.dep_ in ("dobj", "nsubjpass")
        and c.pos_ == "PROPN"
        and c.ent_type_ != "PERSON"
        and any(n.dep_ == "nummod" and n.i > c.i for n in c.children)
        for c in v.children
    )


def _shows_something(v: Token, pat: Pattern) -> bool:
    """ "the launch demonstrated a longer range", "demonstrated the will to fight": what one
    demonstrates is shown; only "demonstrated (against, outside ...)" with no object is a protest."""
    return pat.text == "demonstrate" and any(c.dep_ in ("dobj", "ccomp") for c in v.children)


# Places one calls on in person: "called on the minister's office" is a visit, not an appeal
_CALLED_AT_PLACES = frozenset(
    {"office", "home", "house", "residence", "headquarters", "palace", "embassy", "consulate"}
)


def _calls_at_a_place(v: Token, pat: Pattern) -> bool:
    """ "called on the ambassador's residence": "call on" a place, asking for nothing (no "to" clause, no
    "for" phrase), is a visit to whoever is there."""
    if pat.text not in ("call on", "call upon"):
        return False
    if any(c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ == "for") for c in v.children):
        return False
    return any(
        g.dep_ == "pobj" and g.lemma_.lower() in _CALLED_AT_PLACES
        for c in v.children
        if c.dep_ == "prep" and c.lower_ in ("on", "upon")
        for g in c.children
    )


def _withholds(v: Token, pat: Pattern) -> bool:
    """ "denied Orvik the fuel", "denies them a voice": "deny" with a receiver and a thing withholds the
    thing; "deny" with a charge, a claim or a clause rejects it."""
    if pat.text != "deny":
        return False
    objs = [c for c in v.children if c.dep_ in ("dobj", "dative")]
    return len(objs) >= 2 or any(c.dep_ == "dative" for c in objs)


def _concedes_a_fact(v: Token, pat: Pattern) -> bool:
    """ "conceded on Tuesday that the tape was real": "concede" with a clause and no object admits a
    fact ("conceded the race", "conceded ground" still yield)."""
    if pat.text != "concede":
        return False
    deps = {c.dep_ for c in v.children}
    return "ccomp" in deps and "dobj" not in deps


# "concede that ..." stays an admission: what is conceded is mostly against oneself
_ADMITTING_VERBS = frozenset({"acknowledge", "admit"})


def _content_word(t: Token) -> str:
    return t.lower_ if t.pos_ in ("NOUN", "PROPN") else ""


def _acknowledges_a_fact(v: Token, pat: Pattern) -> bool:
    """ "acknowledged the blast was a planned attack": admitting a fact about others takes no blame
    (015 is responsibility); a clause about the speaker's side ("admitted it had erred", "admitted
    its guards fired") still owns up."""
    if pat.text not in _ADMITTING_VERBS or any(c.dep_ == "dobj" for c in v.children):
        return False
    clauses = [c for c in v.children if c.dep_ == "ccomp"]
    if not clauses:
        return False
    speaker = {_content_word(t) for s in v.children if s.dep_ in ("nsubj", "nsubjpass") for t in s.subtree}
    for clause in clauses:
        if any(t.tag_ in ("PRP", "PRP$") for t in clause.subtree):
            return False  # "admitted the tape was of her voice": about the speaker's side
        for subj in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
            if {_content_word(t) for t in subj.subtree} & speaker - {""}:
                return False
    return True


# What one stands up for as one's own stake: defending it is resolve, no defence of anyone's act
_OWN_STAKES = frozenset({"interest", "dignity", "sovereignty", "honor", "honour"})


def _defends_own_stake(v: Token, pat: Pattern) -> bool:
    """ "will defend its interests", "defend the dignity of Veloria": resolve, not a verbal defence (052);
    "defended the arrests in the interest of calm" still defends the arrests."""
    if pat.text != "defend":
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _OWN_STAKES for c in v.children)


def _empties_a_place(v: Token, pat: Pattern) -> bool:
    """ "police evacuated the station", "evacuated the south side of Alder Bridge": a site cleared is
    nobody helped ("evacuated the wounded from Orvik" still is an evacuation of people)."""
    if pat.text != "evacuate":
        return False
    objs = [c for c in v.children if c.dep_ == "dobj"]
    return bool(objs) and all(o.ent_type_ == "FAC" or o.lemma_.lower() in _SITE_NOUNS for o in objs)


# Objects that make the verb a figure of speech: "opened the door to talks", "offered a window into
# the strikes", "paved the way for sanctions" name what became possible or seen, not an act
_FIGURATIVE_OBJECTS = frozenset(
    {"door", "doorway", "window", "glimpse", "insight", "gateway", "floodgate", "way", "path", "avenue"}
)
# Chances taken or lost: "seized the opportunity to ...", "grabbed the moment" seize nothing
_OPENING_NOUNS = frozenset({"opportunity", "chance", "moment", "occasion", "initiative", "momentum"})
_TAKING_VERBS = frozenset({"seize", "grab", "take", "exploit", "squander", "waste", "miss", "use"})


def _figurative_object(v: Token) -> bool:
    """The verb's object makes it a figure of speech, so neither the verb nor a noun after the object
    is an act of the subject."""
    for obj in (c for c in v.children if c.dep_ == "dobj"):
        lemma = obj.lemma_.lower()
        if lemma in _FIGURATIVE_OBJECTS or (lemma in _OPENING_NOUNS and v.lemma_.lower() in _TAKING_VERBS):
            return True
    return False


def _verb_event(v: Token, lex: Lexicon) -> tuple[str, str, list[Token]] | None:
    """(code, pattern text, the verb plus the words its pattern used) for a verb."""
    context = _context_words(v)
    if v.lemma_.lower() in _CREDIT_VERBS and context & _CREDIT_NOUNS:
        return None
    pat = None
    for lemma in lemma_candidates(v):
        if lemma in lex.verbs or lemma in lex.light or lemma in lex.control:
            pat = lex.match_verb(lemma, context)
            break
    if pat is None or _object_splits_phrasal(v, pat) or _lacks_its_object(v, pat):
        return None
    if _travels_back(v, pat) or _shrinks(v, pat) or _insists_on_own_practice(v, pat) or _judges(v, pat):
        return None
    if _insists_on_a_fact(v, pat):
        return None
    if _closes_a_trading_day(v, pat) or _signs_a_keepsake(v, pat):
        return None
    if _agrees_with_a_view(v, pat) or _realises(v, pat) or _recognises_no_state(v, pat):
        return None
    if _takes_money(v, pat) or _guards_itself(v, pat) or _in_an_accident(v, pat):
        return None
    if _releases_a_version(v, pat) or _shows_something(v, pat) or _empties_a_place(v, pat):
        return None
    if _defends_own_stake(v, pat):
        return None
    if _figurative_object(v):
        return None  # "seized the opportunity to ...": nothing was seized
    if _fights_an_ill(v, pat):
        return None  # "fight against harbour pollution", "fought corruption": a campaign, no armed clash
    if pat.code[:2] in FORCE_ROOTS and any(
        c.dep_ == "dobj" and _noun_mods(c) & FIGURATIVE_MODIFIERS for c in v.children
    ):
        return None  # "waged a diplomatic battle over ..."
    if _clash_of_words(v, pat):  # "clashed with Brenn over taxes": they argued
        return "110", pat.text, [v, *_pattern_tokens(v, pat.extras)]
    if _calls_at_a_place(v, pat):  # "called on the minister's office": a visit there
        return "042", pat.text, [v, *_pattern_tokens(v, pat.extras)]
    if _withholds(v, pat):  # "would deny Orvik the fuel": a refusal, no denial of blame
        return "120", pat.text, [v]
    if _acknowledges_a_fact(v, pat):  # "acknowledged the blast was an attack": said, no blame taken
        return "010", pat.text, [v]
    if _concedes_a_fact(v, pat):  # "conceded that the tape was real": an admission, nothing yielded
        return "015", pat.text, [v]
    reason = _blame_reason(v) if pat.code[:2] == "18" else None
    if reason is not None:  # "attacked X for failing to ...": words, not force
        return "111", f"{pat.text} for", [v, reason]
    idea = _attacked_idea(v) if pat.code[:2] == "18" else None
    if idea is not None:  # "attacked the plan", "attacked the macho culture": words, not force
        return "111", f"{pat.text} {idea.lemma_.lower()}", [v, idea]
    return pat.code, pat.text, [v, *_pattern_tokens(v, pat.extras)]


# Where a pattern's extra words sit below the verb: its particles, objects and prepositions, and inside
# those the objects' prepositions and modifiers and the prepositions' objects (never, say, the "to" of
# an infinitive clause: "travelled to Washington to brief ..." used the first "to" only).
_PATTERN_CHILD_DEPS = frozenset(
    {"prt", "dobj", "acomp", "oprd", "attr", "advmod", "dative", "nsubjpass", "prep", "agent", "xcomp"}
)
_PATTERN_GRANDCHILD_DEPS = frozenset({"prep", "amod", "pobj", "pcomp"})


def _pattern_tokens(v: Token, extras: tuple[str, ...]) -> list[Token]:
    """The tokens that supplied a pattern's extra words, one per word."""
    wanted = set(extras)
    out: list[Token] = []
    for c in v.children:
        if c.dep_ not in _PATTERN_CHILD_DEPS:
            continue
        for t in (c, *(g for g in c.children if g.dep_ in _PATTERN_GRANDCHILD_DEPS), *_out_of_objects(c)):
            word = _preposition_word(t) if t.dep_ in ("prep", "agent") else t.lemma_.lower()
            if word in wanted:
                wanted.discard(word)
                out.append(t)
    return out


def _out_of_objects(c: Token) -> list[Token]:
    """ "out of the deal": the object under the "of" the parser hung on "out"."""
    if c.dep_ != "prep":
        return []
    return [
        o for g in c.children if g.dep_ == "prep" and g.lower_ == "of" for o in g.children if o.dep_ == "pobj"
    ]


# Participles that after "be" tell the subject's own stance or part, with the preposition they take:
# "X is opposed to Y" is X opposing Y, "X is engaged in talks with Y" is X talking
_STANCE_PARTICIPLES = {"oppose": "to", "engage": "in", "involve": "in"}


def _stance_participle(v: Token) -> bool:
    """ "is opposed to the plan", "is engaged in talks": a stance the subject holds or an act it takes part
    in, not something done to it (no "by" doer)."""
    prep = _STANCE_PARTICIPLES.get(v.lemma_.lower())
    return (
        v.tag_ == "VBN"
        and prep is not None
        and any(c.dep_ == "prep" and c.lower_ == prep for c in v.children)
        and not any(c.dep_ == "agent" for c in v.children)
    )


def _is_passive(v: Token) -> bool:
    if _stance_participle(v) or _zero_relative_doer(v) is not None:
        return False
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children) or (
        v.dep_ in ("acl", "advcl") and v.tag_ == "VBN"
    )


def _members_included(group: Token) -> list[Token]:
    """The names a plural doer lists with "including" ("leaders of several nations, including Kastan and
    Veloria, condemned ..."): each named member acts; the group itself is no one in particular."""
    if group.tag_ != "NNS" or any(
        c.dep_ == "nummod" or any(t.ent_type_ in ACTOR_ENTS for t in c.subtree) for c in group.lefts
    ):
        return []  # "six ministers, including X", "Kastani forces, including X": a group of its own
    heads = [group, *(g for p in group.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children)]
    return [
        m
        for h in heads
        for p in h.children
        if p.dep_ == "prep" and p.lower_ == "including"
        for g in p.children
        if g.dep_ == "pobj"
        for m in _conjuncts(g)
        if m.pos_ == "PROPN"
    ]


def _a_word_of_a_name(n: Token) -> bool:
    """A capitalised word the name after it continues ("Ban Telloway", "Chair Strike Orvik"), or one the
    tagger puts in a person's name: a name, not an act noun."""
    if n.ent_type_ == "PERSON":
        return True
    return (
        n.pos_ == "PROPN"
        and n.is_title
        and n.dep_ == "compound"
        and n.head.pos_ == "PROPN"
        and n.head.i > n.i
    )


def _a_thing_endangers(v: Token, code: str, sources: list[Token], lex: Lexicon) -> bool:
    """ "Threaten" whose subjects are all acts, schemes, forces or weapons ("the accord", "a trade war",
    "rising prices", "the missiles") tells of a danger; only someone can make a threat (13x). Words the
    lists do not hold ("senators", "the bloc") may be people and keep the threat."""
    return (
        code.startswith("13")
        and v.lemma_.lower() == "threaten"
        and bool(sources)
        and all(_an_act_or_thing(s, lex) for s in sources)
    )


def _an_act_or_thing(tok: Token, lex: Lexicon) -> bool:
    lemma = tok.lemma_.lower()
    return tok.pos_ == "NOUN" and (lemma in lex.nouns or lemma in NON_AGENT_NOUNS or cannot_act(tok))


def _zero_relative_doer(v: Token) -> Token | None:
    """The name in a relative clause without "that" ("an accord Okafor openly condemned in May"), which
    the parser reads as a name described by a passive participle ("Okafor, condemned in May"): a name
    set right after a common noun it hangs on, then the participle with no object and no "by", says
    that the name did it to the noun."""
    name = v.head
    noun = name.head
    if not (
        v.dep_ == "acl"
        and v.tag_ in ("VBN", "VBD")
        and name.pos_ == "PROPN"
        and name.dep_ in ("appos", "prep", "npadvmod")
        and noun.pos_ == "NOUN"
        and name.left_edge.i == noun.i + 1
        and all(t.pos_ == "ADV" for t in v.doc[name.i + 1 : v.i])
    ):
        return None
    if any(c.dep_ in ("agent", "dobj", "nsubj", "nsubjpass") for c in v.children):
        return None
    return name


@lru_cache(maxsize=4096)
def _known_organisation(text: str) -> bool:
    """An acronym the registry knows as an organisation ("NATO", "OPEC") is a name, not a dateline."""
    try:
        from storyline.entities import registry

        actor = registry().actor(text)
    except Exception:  # the entities stage is optional here
        return False
    return actor is not None and getattr(actor, "kind", "country") != "country"


def _is_dateline_place(tok: Token) -> bool:
    """A place in capitals opening a paragraph, left by a dateline ("RABAT, March 20 (Wire) -", "MOSCOW ...")."""
    return (
        tok.i == tok.sent.start
        and (tok.i == 0 or "\n" in tok.doc[tok.i - 1].whitespace_ or tok.doc[tok.i - 1].is_space)
        and len(tok.text) >= 3
        and tok.text.isalpha()
        and tok.text.isupper()
        and tok.i + 1 < tok.sent.end
        and (tok.nbor().text in (",", "-", "\u2013", "\u2014") or tok.nbor().text[:1].isupper())
        and not _known_organisation(tok.text)
    )


def _past_dateline(subj: Token) -> Token:
    """The real subject when the parser took a dateline's place for it: the phrase after the prefix."""
    if not _is_dateline_place(subj):
        return subj
    for c in subj.children:
        if c.dep_ in ("appos", "compound", "nmod") and c.i > subj.i:
            return c
    # "RABAT, March 20 (Wire) - Portugal ...": the first name after the dash
    for t in subj.sent[1:12]:
        if t.text in ("-", "\u2013", "\u2014") and t.i + 1 < subj.sent.end:
            nxt = t.nbor()
            while nxt.head.i != nxt.i and nxt.head.i > t.i and nxt.dep_ in ("compound", "amod", "det"):
                nxt = nxt.head
            return nxt
    return subj


# Verbs of bodily harm: a participle of harm goes on the harm told just before it
_HARM_VERBS = frozenset(
    {"kill", "wound", "injure", "shoot", "murder", "massacre", "behead", "execute", "maim", "slaughter"}
)


def _harm_clause_just_before(v: Token, head: Token) -> Token | None:
    """ "He cancelled the trip over an attack in which rebels killed six, while wounding scores": the
    parser hangs the participle on the main verb, but the wounding goes on the killing told in the
    relative clause just before it, by its own subject. None when no such clause stands between."""
    if v.lemma_.lower() not in _HARM_VERBS or head.lemma_.lower() in _HARM_VERBS:
        return None
    between = [t for t in head.subtree if head.i < t.i < v.i and t.pos_ == "VERB" and t.dep_ == "relcl"]
    if not between or between[-1].lemma_.lower() not in _HARM_VERBS:
        return None
    harm = between[-1]
    return harm if any(c.dep_ == "nsubj" and c.tag_ not in ("WP", "WDT") for c in harm.children) else None


def _fronted_before_a_passive(clause: Token, head: Token) -> Token | None:
    """ "Arriving at the airport, Okafor was greeted by a guard": an opening participle tells of the main
    clause's subject, who arrived, even when the clause is passive and names another as its doer."""
    if clause.i > head.i or not _is_passive(head):
        return None
    return next((c for c in head.children if c.dep_ == "nsubjpass"), None)


def _set_off_by_commas(v: Token) -> bool:
    """The phrase ``v`` opens stands between commas (or a comma and the sentence's end)."""
    doc = v.doc
    before, after = v.i - 1, v.right_edge.i + 1
    return before >= 0 and doc[before].text == "," and (after >= len(doc) or doc[after].is_punct)


def _title_set_after_a_name(noun: Token) -> bool:
    """ "Okafor, the magistrate ...": a noun with its article in apposition to a name is that person (a
    bare noun there is more often a verb the tagger misread: "X, Y and Z, advocate keeping ...")."""
    return (
        noun.dep_ == "appos"
        and noun.head.pos_ == "PROPN"
        and any(c.dep_ == "det" and c.i < noun.i for c in noun.children)
    )


def _participial_aside(v: Token) -> bool:
    """ "Okafor, meeting with X, urged ...": a present participle the parser sets in apposition to a
    person or body does what that noun names."""
    head = v.head
    if v.dep_ != "appos" or v.tag_ != "VBG" or head.i == v.i or not _set_off_by_commas(v):
        return False
    return head.lemma_.lower() in ACTOR_NOUNS or head.ent_type_ in ACTOR_ENTS or head.pos_ == "PROPN"


def _subject_of(v: Token, seen: int = 0) -> list[Token]:
    """The doers of predicate ``v``: its subject, or the one it inherits from a governing clause."""
    if seen > 6:
        return []
    subj = _subjects(v)
    if subj:
        if subj[0].lower_ in RELATIVE_PRONOUNS and subj[0].tag_ in ("WP", "WDT"):
            # "people who ... or who have returned": the relative clause's noun, through coordinated clauses
            clause = v
            while clause.dep_ == "conj" and clause.head.i != clause.i:
                clause = clause.head
            return _conjuncts(clause.head) if clause.dep_ == "relcl" else []
        out = _conjuncts(_past_dateline(subj[0]))
        for c in subj[1:]:
            out += [x for x in _conjuncts(c) if x not in out]
        return out
    for c in v.children:
        if c.dep_ == "agent":
            return [g for p in c.children if p.dep_ == "pobj" for g in _conjuncts(p)]
    zero_relative = _zero_relative_doer(v)
    if zero_relative is not None:  # "a deal Okafor condemned": Okafor condemned it
        return _conjuncts(zero_relative)
    if _is_passive(v):
        return _shared_agent(v)
    head = v.head
    if head.i == v.i:
        stranded = _subject_hung_on_opening(v)
        return _conjuncts(stranded) if stranded is not None else []
    if v.dep_ == "acl" and _infinitive(v) and head.pos_ == "NOUN":
        return _owner_of_aim(head, seen + 1)
    if v.dep_ == "acomp" and _stance_participle(v):  # "Okafor is opposed to the plan": the copula's subject
        return _subject_of(head, seen + 1)
    if v.dep_ == "xcomp" and v.tag_ == "VBN" and not any(c.dep_ in ("aux", "dobj") for c in v.children):
        # "was found shot", "left wounded": done to the subject by someone untold (a participle with an
        # object is an active verb the tagger misread: "who police say perpetrated the attack")
        return []
    if v.dep_ == "xcomp":
        if _is_passive(head):  # "X is set / expected / due to ...": the passive subject does it
            subj = [c for c in head.children if c.dep_ == "nsubjpass"]
            if subj and subj[0].lower_ in RELATIVE_PRONOUNS and subj[0].tag_ in ("WP", "WDT"):
                # "associates who are believed to have played a role": the relative clause's noun
                return _conjuncts(head.head) if head.dep_ == "relcl" else []
            if subj:
                return _conjuncts(subj[0])
        objs = [c for c in head.children if c.dep_ == "dobj"]
        if objs and head.lemma_.lower() in _OBJECT_CONTROL_LEMMAS | _TASKING_VERBS:
            return _conjuncts(objs[0])
        if head.pos_ == "ADJ" and head.dep_ in ("acomp", "attr"):  # "is willing to ..."
            return _subject_of(head.head, seen + 1)
        return _subject_of(head, seen + 1)
    listed_after = _infinitive_listed_after(v)
    if listed_after is not None:  # "urged Veloria to step back, open talks ...": Veloria's talks
        return _subject_of(listed_after, seen + 1)
    if _tensed_after_an_infinitive(v):  # "asked X to look into it and vowed ...": the asker vowed
        return _subject_of(head.head, seen + 1)
    if v.dep_ == "conj" and _continues_the_report(v):
        return _subject_of(head.head, seen + 1)
    if v.dep_ == "conj" and head.pos_ in ("VERB", "AUX"):
        listed_in = _relative_clause_just_before(v)
        return _subject_of(listed_in if listed_in is not None else head, seen + 1)
    if v.dep_ == "advcl" and v.tag_ in ("VBG", "VB"):
        people = _people_just_before(v) or _seen_doing_it(v)
        if people is not None:
            return _conjuncts(people)
        harm = _harm_clause_just_before(v, head)
        passive_subject = _fronted_before_a_passive(v, head)
        if harm is None and passive_subject is not None:
            return _conjuncts(passive_subject)
        return _subject_of(harm if harm is not None else head, seen + 1)
    if v.dep_ == "acl" and v.tag_ == "VBG":
        if head.lemma_.lower() in ACTOR_NOUNS or head.ent_type_ in ACTOR_ENTS or head.pos_ == "PROPN":
            return _conjuncts(head)  # "troops firing on ...": the noun does it
        if _title_set_after_a_name(head):
            return [head.head]  # "Okafor, the magistrate leading the probe": the named person leads it
        if (
            head.head.i != head.i
            and head.head.pos_ in ("VERB", "AUX")
            and head.dep_ not in ("nsubj", "csubj")
        ):
            return _subject_of(head.head, seen + 1)  # "issued a declaration demanding ...": the issuer
        return []  # "a law allowing ... marked a sad day": the law's subject clause is nobody's act
    if _participial_aside(v):  # "Okafor, meeting with X, urged ...": the name set off meets X
        return _conjuncts(head)
    if v.dep_ == "relcl":
        return _conjuncts(head)
    if v.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        charged = _charged_with_it(head)
        if charged:
            return charged  # "thanked Kastan for helping", "accused Veloria of shelling": they did it
        return _subject_of(head.head, seen + 1)  # "added after meeting with X": the one who added
    if v.dep_ == "pcomp" and _a_part_in(head):
        return _subject_of(head.head.head, seen + 1)  # "played a role in hacking X": the player hacked
    return []


def _tensed_after_an_infinitive(v: Token) -> bool:
    """ "asked the inspector to investigate and vowed discipline": a past or present tense verb cannot
    share a "to" infinitive's form, so the parser's link to it is wrong: it joins the verb governing
    the infinitive."""
    head = v.head
    return (
        v.dep_ == "conj"
        and v.tag_ in ("VBD", "VBZ")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in v.children)
        and head.dep_ == "xcomp"
        and head.tag_ == "VB"
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in head.children)
        and head.head.pos_ in ("VERB", "AUX")
        and not _is_passive(head.head)  # "weren't allowed to speak and demanded ...": left as parsed
    )


def _infinitive_listed_after(v: Token) -> Token | None:
    """ "urged Veloria to step back, open talks and ...": the parser hangs the later bare
    infinitives on the governing verb as its conjuncts; they continue its "to" complement (returned),
    whose doer and mood they share."""
    if v.dep_ != "conj" or v.tag_ != "VB" or v.head.tag_ == "VB" or v.head.i == v.i:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in v.children):
        return None
    for c in v.head.children:
        if c.dep_ == "xcomp" and c.i < v.i and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            return c
    return None


def _urged_in_a_list(v: Token) -> bool:
    """A bare infinitive listed after one an addressee is urged, told or asked to do."""
    listed_after = _infinitive_listed_after(v)
    return listed_after is not None and listed_after.head.lemma_.lower() in (
        _OBJECT_CONTROL_LEMMAS | _TASKING_VERBS
    )


def _charged_with_it(prep: Token) -> list[Token]:
    """The object of a verb whose "for" / "of" + -ing phrase says what that object did ("criticized
    Okafor for leaving", "accused Veloria of shelling"), not what the subject did."""
    if prep.lower_ not in ("for", "of"):
        return []
    objs = [c for c in prep.head.children if c.dep_ == "dobj" and c.i < prep.i and _actor_like(c, _never)]
    return _conjuncts(objs[0]) if objs else []


def _continues_the_report(v: Token) -> bool:
    """ "Okafor said the rumours are baseless and accused Veloria of ...": a past-tense verb the parser
    joined to a present-tense clause reported by a past speech verb goes on with the speaker's acts
    (the tenses tell it is no part of what was said, and the clause's subject could not have acted)."""
    clause = v.head
    speech = clause.head
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return (
        v.tag_ == "VBD"
        and not any(_actor_like(c, _never) for c in subjects)  # "said troops are near and attacked"
        and clause.dep_ == "ccomp"
        and clause.tag_ in ("VBP", "VBZ")
        and speech.tag_ == "VBD"
        and speech.lemma_.lower() in _SPEECH_LEMMAS
    )


def _tells_someone_what_is_so(v: Token, lex: Lexicon) -> bool:
    """A speech verb with an addressee and a "that" clause ("told reporters that ...") reports; only
    its infinitive ("told the army to withdraw") is an order."""
    return v.lemma_.lower() in lex.speech and any(c.dep_ in ("dobj", "dative") for c in v.children)


def _subject_hung_on_opening(v: Token) -> Token | None:
    """ "Following the strike, Orvik, which denies any role, accused Veloria ...": a finite main verb
    with no subject whose opening phrase ends in a named apposition right before it (only commas or
    adverbs between): the parser hung the subject on the phrase."""
    if v.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    for p in v.children:
        if p.dep_ != "prep" or p.i > v.i:
            continue
        for o in p.children:
            names = [
                a
                for a in o.children
                if a.dep_ == "appos" and (a.pos_ == "PROPN" or a.ent_type_ in ACTOR_ENTS)
            ]
            if o.dep_ != "pobj" or not names:
                continue
            between = v.doc[names[-1].right_edge.i + 1 : v.i]
            if all(t.is_punct or t.pos_ == "ADV" for t in between):
                return names[-1]
    return _subject_hung_on_participle(v)


def _subject_hung_on_participle(v: Token) -> Token | None:
    """ "Okafor, the president whose troops fought in X, turning the tide, welcomed the decision": after a
    long apposition the parser makes the name the subject of the participle clause before the main verb;
    a comma before the participle shows the name opened the sentence, so it is the main verb's subject."""
    for clause in v.children:
        if clause.dep_ != "advcl" or clause.tag_ not in ("VBG", "VBN") or clause.i > v.i:
            continue
        for subj in clause.children:
            named = subj.pos_ == "PROPN" or subj.ent_type_ in ACTOR_ENTS
            if (
                subj.dep_ == "nsubj"
                and named
                and any(a.dep_ == "appos" for a in subj.children)
                and clause.i > 0
                and v.doc[clause.i - 1].text == ","
            ):
                return subj
    return None


# Verbs of seeing or recording: "a video showed X attacking ...", "witnesses saw X firing"
_WITNESS_LEMMAS = frozenset({"show", "see", "watch", "film", "capture", "record", "depict", "hear", "spot"})


def _seen_doing_it(v: Token) -> Token | None:
    """ "One video showed members of the militia, which ..., attacking protesters": a participle after
    the object of a verb of seeing or recording tells what the one seen did (the parser hangs it on the
    verb, whose subject, a video or a witness, only shows it)."""
    head = v.head
    if v.tag_ != "VBG" or head.lemma_.lower() not in _WITNESS_LEMMAS:
        return None
    seen = [c for c in head.children if c.dep_ == "dobj" and c.i < v.i]
    return seen[0] if seen else None


def _people_just_before(v: Token) -> Token | None:
    """ "sent arms to Velorians fighting the rebels", "arrested students demanding reform": a participle
    right after a plural people object, with no comma, says what those people do (the parser often
    hangs it on the verb as a clause of its subject)."""
    if v.tag_ != "VBG" or v.i == 0:
        return None
    noun = v.doc[v.i - 1]
    if noun.dep_ not in ("pobj", "dobj") or noun.tag_ not in ("NNS", "NNPS"):
        return None
    return noun if noun.ent_type_ == "NORP" or noun.lemma_.lower() in ACTOR_NOUNS else None


# "before allowing aid convoys" may name a condition still unmet; "after" and "since" an act done
_AFTER_PREPS = frozenset({"after", "since", "following"})


def _reported_in_passing(v: Token) -> bool:
    """A gerund that still reports an act of the clause's subject: "after launching an offensive",
    "played a role in hacking" (unlike "by backing ...", "despite warning ...")."""
    return v.head.lower_ in _AFTER_PREPS or _a_part_in(v.head)


def _infinitive(v: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)


def _shared_agent(v: Token) -> list[Token]:
    """ "52 were killed and 2,400 wounded by Kastan troops": a passive without its own "by" phrase
    shares the one its coordinated passive ends with (the parser may hang the second participle on
    its number: "2,400" conj, "wounded" acl)."""
    for c in v.children:
        if c.dep_ != "conj":
            continue
        gapped = [a for a in c.children if a.dep_ == "acl" and a.tag_ == "VBN"]
        for verb in [c, *gapped] if c.tag_ == "VBN" else gapped:
            for a in verb.children:
                if a.dep_ == "agent":
                    return [g for p in a.children if p.dep_ == "pobj" for g in _conjuncts(p)]
    return []


# Verbs whose subject shows an aim of its own: "they expressed / showed / signalled their willingness"
_SHOWING_VERBS = frozenset(
    {
        "express",
        "show",
        "signal",
        "demonstrate",
        "announce",
        "declare",
        "state",
        "reaffirm",
        "confirm",
        "voice",
    }
)

# "an attempt by X to ...", "X's willingness to ...", "a commitment from X to ...": whose aim it is
_AIM_AGENT_PREPS = frozenset({"by", "from", "of"})


def _owner_of_aim(noun: Token, seen: int) -> list[Token]:
    """The doer of an infinitive completing a noun: the noun's owner ("Kastan's ability to help") or
    the one its "by / from / of" phrase names ("an attempt by Veloria to pressure ..."); a noun that is
    itself an actor does it ("the first leader to visit"). No owner, no doer: "a law to ban ..."."""
    if noun.lemma_.lower() in _POWER_NOUNS and noun.tag_ == "NN":
        # "Congress has the authority to restrict ...": a power one holds, not the authorities acting
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() == "have":
            return _subject_of(noun.head, seen + 1)
    elif noun.lemma_.lower() in ACTOR_NOUNS:
        return _conjuncts(noun)
    if noun.lemma_.lower() in REQUEST_NOUNS:
        return []  # "Veloria's demand to sever the alliance": whoever is asked would sever it
    for c in noun.children:
        if c.dep_ == "poss":
            if (
                c.lower_ in POSSESSIVE_PRONOUNS
                and noun.dep_ == "dobj"
                and noun.head.lemma_.lower() in _SHOWING_VERBS
            ):
                # "they expressed their willingness to ...", not "we support their right to protest"
                return _subject_of(noun.head, seen + 1)
            return _conjuncts(c)
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in _AIM_AGENT_PREPS:
            return [g for p in c.children if p.dep_ == "pobj" for g in _conjuncts(p)]
    return []


# Nouns for a power held ("the authority to ..."), which are also words for bodies ("the authorities")
_POWER_NOUNS = frozenset({"authority", "power"})


# Nouns for a leave to act that one side gives another ("the power to strike", "the right to search")
_LEAVE_NOUNS = frozenset({"authority", "power", "right", "permission", "mandate", "licence", "license"})
# Verbs that give or refuse such a leave: giving it is the act, not what it allows
_GIVING_VERBS = frozenset(
    {"grant", "give", "award", "confer", "hand", "delegate", "extend", "deny", "refuse"}
)


def _a_leave_to_act(noun: Token) -> bool:
    """``noun`` is a leave to act with its infinitive ("the authority to strike ..."): a thing held or
    given, not the authorities."""
    return (
        noun.lemma_.lower() in _LEAVE_NOUNS
        and noun.tag_ == "NN"
        and any(
            c.dep_ in ("acl", "relcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for c in noun.children
        )
    )


def _granted_power(verb: Token) -> bool:
    """``verb`` is the infinitive of a leave to act that someone gives or refuses ("granted Marren the
    power to attack Orvik"): what is given is the grant's object, and nothing is done yet."""
    noun = verb.head
    return (
        verb.dep_ in ("acl", "relcl")
        and noun.i != verb.i
        and _a_leave_to_act(noun)
        and noun.dep_ == "dobj"
        and noun.head.lemma_.lower() in _GIVING_VERBS
    )


# Units and craft an act noun may name the kind of ("a strike group", "attack helicopters", "a protest
# group"): sending or having them is no strike, attack or protest
_KIND_OF_UNIT_OR_CRAFT = frozenset(
    {
        "group",
        "force",
        "unit",
        "team",
        "squad",
        "brigade",
        "battalion",
        "fleet",
        "ship",
        "vessel",
        "boat",
        "submarine",
        "aircraft",
        "plane",
        "jet",
        "helicopter",
        "drone",
        "craft",
        "fighter",
        "bomber",
    }
)


# "played a role / a part in", "had a hand in": the subject takes part in what the phrase names
_PART_NOUNS = frozenset({"role", "part", "hand"})


def _a_part_in(prep: Token) -> bool:
    """``prep`` is the "in" of "played a role in", "had a hand in", "took part in"."""
    noun = prep.head
    return (
        prep.lower_ == "in"
        and prep.dep_ == "prep"
        and noun.dep_ == "dobj"
        and noun.lemma_.lower() in _PART_NOUNS
        and noun.head.lemma_.lower() in ("play", "have", "take")
    )


_OBJECT_CONTROL_LEMMAS: set[str] = set()
_SPEECH_LEMMAS: set[str] = set()  # filled from the lexicon, as the set above
# Verbs the lexicon does not code whose object does the complement all the same: "instructed Okafor
# to investigate" is Okafor's inquiry, not the instructor's ("hired a firm to audit", "told Kastan to
# withdraw")
_TASKING_VERBS = frozenset(
    {
        "instruct",
        "direct",
        "tell",
        "task",
        "assign",
        "authorize",
        "authorise",
        "empower",
        "commission",
        "mandate",
        "hire",
        "appoint",
        "persuade",
        "convince",
    }
)


def _actor_like(tok: Token, is_actor: ActorTest) -> bool:
    if tok.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"):
        return False
    if _names_a_thing(tok, is_actor) or _a_leave_to_act(tok):
        return False
    if tok.lower_ in PERSONAL_PRONOUNS or tok.pos_ == "PROPN":
        return True
    if tok.ent_type_ in ACTOR_ENTS or is_actor(tok):
        return True
    if tok.lemma_.lower() in ACTOR_NOUNS:
        return True
    # "Romanian refugees", "the alliance's members", "an Indian proposal" (whose it is): a named actor
    # inside the left modifiers; not before money or ideas ("Velorian dollars", "Christian principles")
    thing = tok.pos_ == "NOUN" and tok.lemma_.lower() in THING_NOUNS
    return not thing and any(t.ent_type_ in ACTOR_ENTS for t in tok.lefts for t in t.subtree)


# Names the tagger types as things: a law or treaty, an event, a work, a language. They are no actors
# unless the entities stage made a mention of them. (Not products: the tagger calls companies so
# often, "requested Acme to ...".)
THING_ENTS = frozenset({"LAW", "EVENT", "WORK_OF_ART", "LANGUAGE"})
# Heads that name possessions, money or ideas: a nationality before them says whose, not who
THING_NOUNS = frozenset(
    {
        "dollar",
        "euro",
        "pound",
        "yuan",
        "yen",
        "rouble",
        "ruble",
        "currency",
        "money",
        "cash",
        "principle",
        "value",
        "belief",
        "tradition",
        "culture",
        "history",
        "heritage",
        "language",
        "technology",
        "software",
    }
)


def _names_a_thing(tok: Token, is_actor: ActorTest) -> bool:
    if is_zone_abbreviation(tok.text):
        return True  # "launched the mission at 1900 UTC": a clock's zone, often tagged an organisation
    return tok.ent_type_ in THING_ENTS and not is_actor(tok)


NON_AGENT_NOUNS = {
    "relation",
    "relationship",
    "tie",
    "decision",
    "plan",
    "proposal",
    "idea",
    "step",
    "move",
    "job",
    "issue",
    "problem",
    "situation",
    "conflict",
    "crisis",
    "process",
    "effort",
    "policy",
    "trend",
    "change",
    "announcement",
    "report",
    "statement",
    "news",
    "letter",
    "document",
    "law",
    "bill",
    "resolution",
    "thing",
    "way",
    "time",
    "year",
    "day",
    "week",
    "month",
    "fact",
    "reason",
    "result",
    "view",
    "concern",
    # rulings, texts, findings and forces of nature do things only in a figurative sense
    "order",
    "ruling",
    "opinion",
    "dissent",
    "verdict",
    "evidence",
    "finding",
    "insight",
    "study",
    "poll",
    "survey",
    "data",
    "analysis",
    "pressure",
    "solution",
    "mandate",
    "legislation",
    "amendment",
    "measure",
    "rule",
    "provision",
    "clause",
    "program",
    "programme",
    "strategy",
    "system",
    "position",
    "tension",
    "ideology",
    "rhetoric",
    "economy",
    "market",
    "price",
    "water",
    "weather",
    "storm",
    "virus",
    "disease",
    "priority",
    "emergency",
    "vote",
}


def _can_act(tok: Token, lex: Lexicon, is_actor: ActorTest = _never) -> bool:
    """A subject that can be a doer: not an abstract or event noun ("relations", "the agreement")."""
    if tok.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"):
        # "tens of thousands of students": a number of people acts
        return tok.ent_type_ == "CARDINAL" and any(
            c.dep_ == "prep" and c.lower_ == "of" for c in tok.children
        )
    if tok.pos_ not in ("NOUN", "PROPN", "PRON", "NUM", "X", "ADJ"):
        return False
    if tok.ent_type_ in THING_ENTS and not is_actor(tok):
        # "the Alder Accord normalised relations": a treaty, a law or an event acts for nobody (the tagger
        # also types people so at times; the entities stage's mention of them says otherwise)
        return False
    if tok.pos_ == "NOUN":
        lemma = tok.lemma_.lower()
        if lemma in NON_AGENT_NOUNS or lemma in lex.nouns:
            return any(t.ent_type_ in ACTOR_ENTS for t in tok.lefts for t in t.subtree)
    return tok.lower_ not in ("that", "which", "this", "those", "these", "what")


def _a_named_thing(tok: Token) -> bool:
    """A text, a plan or a finding a name only modifies ("the Kastan bill", "the Veloria report"): it can
    stand for its makers as a subject, but it never holds the talks or makes the threats its verb's
    object names."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in NON_AGENT_NOUNS


def _pp_actors(tok: Token, preps: set[str], is_actor: ActorTest, depth: int = 0) -> list[Token]:
    """Actors in the prepositional phrases of ``tok``; through a non-actor object one level down
    ("a fresh start to relations with Moscow")."""
    out: list[Token] = []
    for c in tok.children:
        if c.dep_ in ("prep", "agent") and c.lower_ in preps:
            for p in c.children:
                if p.dep_ != "pobj" or _behest(c, p):
                    continue
                p = _relative_pronoun_antecedent(p, tok)
                actors = [g for g in _conjuncts(p) if _actor_like(g, is_actor)]
                if not actors:  # "against Sweden's decision": the decision's owner
                    actors = [g for g in p.children if g.dep_ == "poss" and _actor_like(g, is_actor)]
                out.extend(actors)
                if not actors and depth < 2:  # "at settlement of Russian immigrants"
                    out.extend(_pp_actors(p, (preps - {"from"}) | {"of"}, is_actor, depth + 1))
    return out


def _relative_pronoun_antecedent(obj: Token, verb: Token) -> Token:
    """ "Okafor, with whom Marren met in Port Alder": a relative pronoun the clause's own verb governs
    through a preposition stands for the noun the clause hangs on (the one met, not the town)."""
    if obj.tag_ not in ("WP", "WDT") or obj.lower_ not in ("whom", "which") or verb.dep_ != "relcl":
        return obj
    if obj.head.i > obj.i:
        return obj  # "which Kastan would not sign up to": the parser's guess, often a clause, not a noun
    return verb.head if verb.head.pos_ in ("PROPN", "NOUN", "PRON") else obj


# "at the request of X", "on the invitation of X": who asked for the act, not whom it was done to
_BEHEST_NOUNS = frozenset(
    {"request", "invitation", "behest", "urging", "direction", "instruction", "order", "insistence"}
)


def _behest(prep: Token, obj: Token) -> bool:
    return prep.lower_ in ("at", "on", "upon") and obj.lemma_.lower() in _BEHEST_NOUNS


def _blamed_on_someone(v: Token, code: str, is_actor: ActorTest) -> bool:
    """An accusation whose passive names the accused after "on" ("blamed on X", "pinned on X"); a day
    or a thing after "on" ("was blamed on Monday", "sentenced on charges") names no one."""
    return code[:2] == "11" and any(
        c.dep_ == "prep"
        and c.lower_ == "on"
        and any(
            p.dep_ == "pobj" and p.ent_type_ not in ("DATE", "TIME") and _actor_like(p, is_actor)
            for p in c.children
        )
        for c in v.children
    )


MOVED_UNITS = {"troop", "force", "soldier", "peacekeeper", "unit", "police"}
MOVEMENT_ROOTS = {"07", "08", "15", "16"}  # "withdrew its troops": the troops are moved, not acted on


def _targets_of(
    v: Token,
    is_actor: ActorTest,
    exclude: set[int],
    visit: bool = False,
    code: str = "",
    *,
    lex: Lexicon,
) -> list[Token]:
    found: list[Token] = []
    # "arrived in Amman": the place visited is the host; "visited us in Amman": whom they visited is
    # ("took aides on a tour in Amman" still visits Amman: the aides went along)
    visited_someone = v.lemma_.lower() == "visit" and any(c.dep_ == "dobj" for c in v.children)
    visit_preps = {"in"} if visit and not visited_someone else set()
    if _is_passive(v):
        subj = [c for c in v.children if c.dep_ == "nsubjpass"]
        if (
            v.dep_ == "relcl"
            and subj
            and subj[0].lower_ in RELATIVE_PRONOUNS
            and subj[0].tag_ in ("WP", "WDT")
        ):
            subj = [v.head]  # "Okafor, who was arrested in X": the noun the clause is about
        if v.dep_ == "acl" and not subj:
            subj = [v.head]
        elif _blamed_on_someone(v, code, is_actor):
            subj = []  # "attacks which were blamed on Veloria": the subject is the deed, not the accused
        elif v.dep_ == "advcl" and not subj:  # "..., suspended last year": what the main clause acts on
            subj = [c for c in v.head.children if c.dep_ == "dobj"][:1]
        for s in subj:
            if _actor_like(s, is_actor):
                found.extend(_actor_conjuncts(s, is_actor))
            else:
                found.extend(
                    _pp_actors(s, _thing_preps(s, _passive_subject_preps(s, lex), code, lex), is_actor)
                )
    for c in v.children:
        if c.dep_ == "dative" and _actor_like(c, is_actor):
            found.extend(_actor_conjuncts(c, is_actor))
        elif _object_read_as_adverb(c, v) and not _names_a_thing(c, is_actor):
            found.append(c)  # tagged as an adverb, the name is no actor by its tag: its capital says it is
    for c in v.children:
        if c.dep_ == "dobj":
            moved = code[:2] in MOVEMENT_ROOTS and c.lemma_.lower() in MOVED_UNITS
            deed = _deed_blamed_on(c, v)
            if _taken_out_of(c, v):
                continue  # "withdrew Kastan from the accord": the doer's own side, not whom it is done to
            talked_about = v.lemma_.lower() in _NEEDS_PARTNER  # a topic: its "with" names the partner
            if _actor_like(c, is_actor) and not moved and not deed and not talked_about:
                found.extend(_actor_conjuncts(c, is_actor))
            elif deed:  # "blamed the Port Alder bombing on Veloria": only the "on" phrase is blamed
                found.extend(_pp_actors(c, {"on"}, is_actor))
            else:  # "restored ties with Russia", "demanded the withdrawal of Serbian forces"
                preps = _thing_preps(c, TARGET_PREPS | {"of", "by"}, code, lex)
                if c.lemma_.lower() in _UNNAMED_PEOPLE:  # "shot a man on Alder Bridge": where he was
                    preps -= _WHERE_PREPS
                if c.lemma_.lower() in _ENTRY_NOUNS:  # "refused entry into Veloria": where, not to whom
                    preps -= {"into"}
                found.extend(_pp_actors(c, preps, is_actor))
                found.extend(
                    g
                    for g in c.children
                    if g.dep_ == "poss"
                    and _actor_like(g, is_actor)
                    and g.lower_ not in PERSONAL_PRONOUNS
                    and g.lower_ not in ("its", "their", "his", "her")
                )
    # a threat's "for" is its reason or aim, and so is a reproach's ("blamed Veloria for the Alder
    # bombing"): whoever it names is not the one reproached
    own_preps = TARGET_PREPS - {"for"} if code[:2] in (_THREAT_ROOT, _DISAPPROVE_ROOT) else TARGET_PREPS
    if _done_to_someone(v, is_actor):
        own_preps = own_preps - {"for"}  # "praised Okafor for the release of ...": why, not a second target
    if code[:3] == "042":
        own_preps = own_preps - {"with"}  # "travelled with Marren to Veloria": a companion, not the host
    found.extend(_pp_actors(v, own_preps | visit_preps, is_actor))
    out: list[Token] = []
    for t in found:
        if t.i not in exclude and t not in out:
            out.append(t)
    return out


_TAKING_OUT_VERBS = frozenset({"withdraw", "pull"})
# "both", "all", "each" floated after the subject ("Kastan and Veloria have both accused Orvik")
FLOATING_QUANTIFIERS = frozenset({"both", "all", "each"})


def _object_read_as_adverb(c: Token, v: Token) -> bool:
    """ "have both accused Orvik of ...": a floated "both" leads the parser to hang the name after the
    verb as an adverb; a capitalised word right after a verb that has no object is its object."""
    return (
        c.dep_ == "advmod"
        and c.i == v.i + 1
        and c.text[:1].isupper()
        and c.ent_type_ not in ("DATE", "TIME")
        and not any(d.dep_ in ("dobj", "dative") for d in v.children)
    )


def _taken_out_of(obj: Token, v: Token) -> bool:
    """ "withdrew Kastan from the accord", "pulled the country out of the pact": a named side taken out
    of something is the side the doer acts for; the act is against the accord's other parties."""
    named_side = (obj.pos_ == "PROPN" and obj.ent_type_ != "PERSON") or obj.lemma_.lower() == "country"
    return (
        named_side
        and v.lemma_.lower() in _TAKING_OUT_VERBS
        and any(c.dep_ in ("prep", "prt") and c.lower_ in ("from", "out") for c in v.children)
    )


def _done_to_someone(v: Token, is_actor: ActorTest) -> bool:
    """The verb's direct object is an actor ("thanked Veloria", "congratulated Okafor"): a "for" phrase
    after it says why, as in "praised Okafor for the release of the hostages"."""
    return any(c.dep_ == "dobj" and _actor_like(c, is_actor) for c in v.children)


def _deed_blamed_on(obj: Token, v: Token) -> bool:
    """ "blamed the Port Alder bombing on Veloria": the object of "blame" with an "on" phrase is the
    deed (whatever names it holds), and the "on" phrase whom it is blamed on."""
    if v.lemma_.lower() != "blame":
        return False
    return any(p.dep_ == "prep" and p.lower_ == "on" for p in [*obj.children, *v.children])


def _passive_subject_preps(subj: Token, lex: Lexicon) -> set[str]:
    """The phrases of a passive's subject that name whom the act was done to. An act noun's doer and
    undergoer count as they would after the active verb ("an attack by X on Y was condemned", "the
    arrest of X was criticised"); a thing's or person's "of" phrase does not ("the architect of the
    attacks was killed", "his idea of joint lists was rejected")."""
    if _noun_event(subj, lex) is None:
        return TARGET_PREPS | {"of"} if _place_of_a_named_side(subj) else TARGET_PREPS
    return TARGET_PREPS | {"of", "by"}


# "none / some / all of the Marines were charged": a share of the named side, which it is about as such
_SHARES_OF_A_WHOLE = frozenset(
    {"none", "some", "all", "any", "each", "most", "many", "few", "several", "both"}
)


def _place_of_a_named_side(subj: Token) -> bool:
    """ "the port of Marren was shelled", "the embassy of Kastan was attacked": a common noun owned by a
    name is that side's, and what is done to it is done to them, as after the active verb."""
    return (
        subj.pos_ == "NOUN"
        and subj.lower_ not in _SHARES_OF_A_WHOLE
        and any(
            p.dep_ == "prep"
            and p.lower_ == "of"
            and any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in p.children)
            for p in subj.children
        )
    )


# People an act is done to, named only by a common noun: a place after them says where they were
_UNNAMED_PEOPLE = frozenset(
    {
        "man",
        "woman",
        "person",
        "people",
        "child",
        "boy",
        "girl",
        "shopper",
        "bystander",
        "passenger",
        "pedestrian",
        "passer-by",
        "commuter",
        "tourist",
        "worshipper",
        "customer",
        "guest",
    }
)
_WHERE_PREPS = frozenset({"on", "at", "in", "near", "outside", "inside"})
# A way in that is given or refused: its "into" phrase is the place, not whom it is refused
_ENTRY_NOUNS = frozenset({"entry", "access", "admittance", "admission", "passage"})


def _actor_conjuncts(tok: Token, is_actor: ActorTest) -> list[Token]:
    """``tok`` and those of its conjuncts that are actors: "support Kastan and its support for the
    rebels" targets Kastan, not the support."""
    return [g for g in _conjuncts(tok) if g is tok or _actor_like(g, is_actor)]


# Visits and statements of support aimed at a thing: "toured a housing development for workers",
# "backed a programme for refugees" name the thing, and what it is for is not whom the act is done to
# (elsewhere it is: "suspended an aid programme for Bosnia", "attacked a camp for refugees").
_FOR_IS_PURPOSE_ROOTS = frozenset({"04", "05"})
_THREAT_ROOT = "13"
_DISAPPROVE_ROOT = "11"


def _thing_preps(obj: Token, preps: set[str], code: str, lex: Lexicon) -> set[str]:
    """The prepositions of a non-actor object that may name the act's target."""
    if code[:2] == _THREAT_ROOT:  # "vowed revenge for the killing of its citizens": why, not whom
        return preps - {"for"}
    if code[:2] in _FOR_IS_PURPOSE_ROOTS and not lex.nouns.get(obj.lemma_.lower()):
        return preps - {"for"}
    return preps


_TIME_PREPS = frozenset({"since", "after", "before", "until", "following"})
_CLAUSE_DEPS = {"ccomp", "advcl", "relcl", "conj", "xcomp", "parataxis", "acl", "csubj", "pcomp"}


def _argument_tokens(v: Token) -> set[int]:
    """Token indexes of ``v``'s nominal arguments (objects, prepositional objects), not its clauses."""
    out: set[int] = set()
    # a "since/after ..." phrase names an earlier or later act of its own ("met for the first time since
    # the strikes against X"), not the verb's argument
    stack = [
        c
        for c in v.children
        if c.dep_ in ("dobj", "prep", "dative", "attr", "oprd", "nsubjpass") and c.lower_ not in _TIME_PREPS
    ]
    while stack:
        t = stack.pop()
        out.add(t.i)
        stack.extend(c for c in t.children if c.dep_ not in _CLAUSE_DEPS and c.lower_ not in _TIME_PREPS)
    return out


STANCE_NOUNS = {"protest", "defiance", "opposition", "response", "retaliation", "solidarity", "support"}
REQUEST_NOUNS = {"demand", "call", "appeal", "request", "insistence", "ultimatum"}


def _fallback_targets(pred: Token, code: str, is_actor: ActorTest) -> list[Token]:
    """Targets named outside the predicate's own arguments, by what the act is:
    a threat is aimed at whoever must act in its condition ("... unless Israel rescinds ..."); a protest
    at what it protests ("in protest of the government's refusal"); a demand at the subject of what is
    demanded ("its demand that Israel ease restrictions")."""
    root = code[:2]
    out: list[Token] = []
    if root == "13":
        for c in pred.subtree:
            if c.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in ("unless", "if") for m in c.children
            ):
                out.extend(x for x in c.children if x.dep_ == "nsubj" and _actor_like(x, is_actor))
    if root in ("14", "11", "12"):
        for p in pred.children:
            if p.dep_ != "prep":
                continue
            for n in p.children:
                if n.dep_ == "pobj" and n.lemma_.lower() in STANCE_NOUNS:
                    out.extend(_pp_actors(n, {"of", "against", "at", "over", "to"}, is_actor))
    if root in ("02", "10"):
        for n in pred.subtree:
            if n.lemma_.lower() in REQUEST_NOUNS and n.pos_ == "NOUN":
                for cl in n.children:
                    if cl.dep_ in ("acl", "ccomp", "relcl") and cl.pos_ in ("VERB", "AUX"):
                        out.extend(x for x in cl.children if x.dep_ == "nsubj" and _actor_like(x, is_actor))
    return out


def _unreal_clause(c: Token) -> bool:
    if c.dep_ != "advcl":
        return False
    if any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children):
        return True
    purpose = any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
    return purpose and not any(a.dep_ in ("nsubj", "nsubjpass") for a in c.children)


def _unreal(tok: Token) -> bool:
    """Inside a purpose or condition clause: what it says has not happened (yet)."""
    return any(_unreal_clause(a) for a in [tok, *tok.ancestors])


def _place_targets(v: Token) -> list[Token]:
    """A named place the act happens in ("in Algiers", "at a jail in northern Israel", "in the capital
    city of Algiers")."""
    out: list[Token] = []
    for c in [v, *[d for d in v.children if d.dep_ == "dobj"]]:
        for p in c.children:
            if p.dep_ != "prep" or p.lower_ not in ("in", "inside", "across", "throughout", "at", "near"):
                continue
            for g in p.children:
                if g.dep_ != "pobj":
                    continue
                if g.ent_type_ in ("GPE", "LOC"):
                    out.append(g)
                    continue
                for q in g.children:  # one level down: "the capital city of Algiers"
                    if q.dep_ == "prep" and q.lower_ in ("of", "in"):
                        out.extend(
                            x for x in q.children if x.dep_ == "pobj" and x.ent_type_ in ("GPE", "LOC")
                        )
    return out[:1]


# Acts whose "at" place is whom they are done to: force, protest, repression ("fired at the
# embassy", "protested at the consulate"), and arrivals ("arrived at Kastan")
_AT_PLACE_IS_TARGET_ROOTS = frozenset({"14", "15", "17", "18", "19", "20"})


# Heads that say the name after "of" is a place, whatever the tagger typed it as
_PLACE_NOUNS = frozenset(
    {"village", "town", "city", "capital", "region", "province", "district", "port", "island"}
)


# Buildings and grounds events happen at ("met at the Alder Palace Hotel"); names the tagger may miss
_VENUE_NOUNS = frozenset(
    {"hotel", "resort", "palace", "hall", "building", "airport", "stadium", "arena", "villa", "mansion"}
)
_STREET_NOUNS = frozenset({"road", "street", "avenue", "highway", "boulevard", "lane", "motorway"})
_SITE_NOUNS = (
    _VENUE_NOUNS | _PLACE_NOUNS | _STREET_NOUNS | {"bridge", "square", "station", "market", "side", "area"}
)


def _on_a_road(t: Token) -> bool:
    """ "on Alder High Road", "along Kastan Street": a road, whatever the tagger took its name for."""
    return t.lemma_.lower() in _STREET_NOUNS and t.head.dep_ == "prep" and t.head.lower_ in ("on", "along")


def _on_a_floor(t: Token) -> bool:
    """ "on the Senate floor", "on the floor of the assembly": the chamber where a vote or debate
    happens, not the body it is done to."""
    return t.lemma_.lower() == "floor" and t.dep_ == "pobj" and t.head.lower_ == "on"


# "on the sidelines / margins / fringes of X": X is the gathering an act happened beside
_EDGE_OF_A_GATHERING = frozenset({"sideline", "sidelines", "margin", "margins", "fringe", "fringes"})


# Pattern words of holding people ("took X hostage") the parser may make the head of the people's phrase
_HELD_WORDS = frozenset({"hostage", "captive", "prisoner"})


def _held_people(t: Token, act: list[Token]) -> Token:
    """ "took three Orvik engineers hostage": the parser heads the phrase with the pattern's own word
    ("hostage") and hangs the people on it as a compound; the people are the target."""
    if t not in act or t.lemma_.lower() not in _HELD_WORDS:
        return t
    people = [c for c in t.lefts if c.dep_ == "compound"]
    if people:
        return people[-1]
    # "the engineers whom Orvik militants took hostage": the people are the clause's noun
    clause = t.head
    return clause.head if clause.dep_ == "relcl" and _relative_object_pronoun(clause) else t


def _relative_object_pronoun(clause: Token) -> bool:
    """The relative clause's pronoun stands for its object: "whom", or a "who/that" beside another
    subject (the parser may hang it as a second subject)."""
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(
        c.lower_ in RELATIVE_PRONOUNS
        and c.tag_ in ("WP", "WDT")
        and (c.lower_ == "whom" or c.dep_ == "dobj" or len(subjects) > 1)
        for c in clause.children
    )


def _ally_beside_a_foe(t: Token, code: str) -> bool:
    """ "fought with Veloria against the rebels": in a hostile act that also names whom it is against,
    the one "with" is an ally, not the foe (cooperation keeps its partner: "worked with X against Y")."""
    if code[:2] < "11" or t.dep_ != "pobj" or t.head.lower_ != "with":
        return False
    # the parser may hang "against" on the ally ("with Kastan troops against Veloria")
    beside = [*t.head.head.children, *t.children]
    return any(c.dep_ == "prep" and c.lower_ == "against" for c in beside)


_VISIT_VERBS = frozenset({"visit", "tour", "travel", "come", "go", "fly", "return"})


def _place_of_a_visit_asked_for(t: Token, code: str, toks: list[Token]) -> bool:
    """ "asked his aides to invite X to visit Port Alder": the place of a visit in the complement of
    another act is where, not one more party asked or invited (the visit itself keeps its place)."""
    if code.startswith(("042", "043")) or t.ent_type_ not in ("GPE", "LOC", "FAC"):
        return False
    gov = t.head.head if t.dep_ == "pobj" and t.head.lower_ in ("to", "in") else t.head
    return gov in toks[1:] and gov.lemma_.lower() in _VISIT_VERBS and t.dep_ in ("dobj", "pobj")


def _where_not_whom(t: Token, code: str) -> bool:
    """A place named with "at" is where the act happened ("met at Alder", "rallied at Liberty
    Square"), not a party to it; so is a road ("injured two women on Alder High Road")."""
    if _on_a_road(t):
        return not code.startswith(("042", "043"))
    if _on_a_floor(t):
        return True
    prep, named_a_place = t.head, t.ent_type_ in ("GPE", "LOC", "FAC") or t.lemma_.lower() in _VENUE_NOUNS
    while prep.lower_ == "of" and prep.head.dep_ == "pobj":  # "at the border village of Alder"
        if prep.head.lemma_.lower() in _EDGE_OF_A_GATHERING:
            return True  # "met on the sidelines of the summit": the gathering is where, whoever hosts it
        named_a_place = named_a_place or prep.head.lemma_.lower() in _PLACE_NOUNS
        prep = prep.head.head
    if _met_at(prep, code):
        return True
    if not named_a_place:
        return False
    # "launched the mission from the Alder Bridge": a building or site it left is where, too
    where = {"at", "from"} if t.ent_type_ == "FAC" else {"at"}
    if prep.dep_ != "prep" or prep.lower_ not in where or prep.head.pos_ not in ("VERB", "AUX"):
        return False
    return code[:2] not in _AT_PLACE_IS_TARGET_ROOTS and code[:3] not in ("042", "043")


def _at_a_site(t: Token) -> bool:
    """ "at Kastan's main airport", "at Port Alder": a place named with "at", or the owner of one; an
    "at" phrase of the verb itself is where, whatever the tagger typed its name as; so is a place "on",
    "near" or "in" which the act happened ("on the north side of Alder Bridge")."""
    holder = t.head if t.dep_ == "poss" else t
    prep = _outer_preposition(holder)
    if prep is None:
        return False
    site = t.ent_type_ == "FAC" or holder.lemma_.lower() in _SITE_NOUNS
    if prep.lower_ == "at":
        return prep.head.pos_ in ("VERB", "AUX") or site or t.ent_type_ in ("GPE", "LOC")
    # not a country or city: "called on Veloria and its president", "fired on Veloria and its allies"
    return prep.lower_ in _WHERE_PREPS and prep.head.pos_ in ("VERB", "AUX") and site


def _parties_before_sites(targets: list[Token], act: list[Token]) -> list[Token]:
    """ "clashed with police at Kastan's airport": beside a party the act is done to, an "at" place
    is only where it happened (alone it may be the target: "fired at the embassy"); so it is beside
    people the act is done to that name no one ("wounded a guard at Orvik University")."""
    parties = [t for t in targets if not _at_a_site(t)]
    return parties if parties or _done_to_unnamed_people(act) else targets


def _done_to_unnamed_people(act: list[Token]) -> bool:
    """The act's verb has people for its object, named only by a common noun ("shot a guard")."""
    return any(
        c.dep_ == "dobj" and c.pos_ == "NOUN" and c.lemma_.lower() in _UNNAMED_PEOPLE | _FIGHTING_NOUNS
        for v in act
        if v.pos_ in ("VERB", "AUX")
        for c in v.children
    )


def _met_at(prep: Token, code: str) -> bool:
    """One meets or talks *with* someone and *at* a place, whatever the place's name is typed as ("a
    meeting with Kastan leaders at the Velorian Palace", "talks at the United Nations")."""
    return (
        code[:2] == "04"
        and code[:3] not in ("042", "043")
        and prep.dep_ == "prep"
        and prep.lower_ == "at"
        and prep.head.pos_ in ("VERB", "AUX", "NOUN")
    )


def _guarded_against(t: Token, code: str) -> bool:
    """ "protect you against Veloria", "protected the town from the rebels": whom the help guards
    against is no party to it (a place people are evacuated from is: "evacuated the wounded from X")."""
    if code[:2] != "07":
        return False
    guards = ("against", "from") if code == "074" else ("against",)
    prep = t.head
    while prep.dep_ == "conj":
        prep = prep.head
    if prep.dep_ == "pobj":
        prep = prep.head
    return prep.dep_ == "prep" and prep.lower_ in guards


def _signed_document(t: Token, code: str, act: list[Token]) -> bool:
    """ "will sign the KVTA", "ratified the Orvik Accord": an agreement signed by its name is no party to it ("approved
    the Kastan trade deal" names its party in the deal's modifier)."""
    named_document = t.pos_ == "PROPN" and t.ent_type_ not in ("GPE", "NORP")
    return code == "057" and t.dep_ == "dobj" and named_document and t.head in act


def _means_of_travel(t: Token, code: str, act: list[Token]) -> bool:
    """ "traveled on Li's private plane", "flew aboard a Kastan jet": the plane (or its owner) carried
    the traveller and is not who was visited; the "on" of "called on" is the visit's own."""
    if not code.startswith(("042", "043")):
        return False
    holder = t.head if t.dep_ == "poss" else t
    prep = holder.head if holder.dep_ == "pobj" else None
    return prep is not None and prep.dep_ == "prep" and prep.lower_ in ("on", "aboard") and prep not in act


def _released_from(t: Token, code: str, act: list[Token]) -> bool:
    """What someone is let go or given back from ("his release from Kastan Wrestling", "released from
    Alder prison") is where from, not whom the release is done to; "returned weapons seized from
    peacekeepers" gives them back to whom they were taken from."""
    if not code.startswith(("084", "174")):
        return False
    prep = _outer_preposition(t)
    if prep is None or prep.lower_ != "from" or prep.head not in act:
        return False
    # "deported from their homeland of Ostria": whom a deportation removes is its target, not where from
    return code.startswith("174") or prep.head.lemma_.lower() == "release"


def _outer_preposition(t: Token) -> Token | None:
    """The preposition whose phrase holds ``t``, past the places inside it ("from the prison at Alder
    Bay", "from their homeland of Ostria")."""
    node = t
    while node.dep_ == "conj":
        node = node.head
    while node.dep_ == "pobj" and node.head.dep_ == "prep":
        prep = node.head
        if prep.lower_ in ("of", "at", "in") and prep.head.dep_ == "pobj":
            node = prep.head
            continue
        return prep
    return None


# Verbs of talking that are a consultation only with someone: "discussed his plans" alone is no event
_NEEDS_PARTNER = frozenset({"discuss", "talk"})


def _discussed_topic(t: Token, toks: list[Token]) -> bool:
    """ "discussed the Kastani settlements with Marren": the object's own phrase is what is discussed,
    whoever's it is; the partner is the one discussed with (also when the parser hangs "with" on the
    object)."""
    for v in toks:
        for c in v.children:
            if v.lemma_.lower() in _NEEDS_PARTNER and c.dep_ == "dobj" and t in c.subtree:
                return not any(p.lower_ == "with" and t in p.subtree for p in c.subtree if p.dep_ == "prep")
    return False


def _no_counterpart(
    toks: list[Token], code: str, sources: list[Token], targets: list[Token], lex: Lexicon
) -> bool:
    """One speaker discussing or talking about something, with nobody named to talk with, and not
    inside a meeting the sentence names ("discussed trade in her meeting with Li"); meeting a thing
    ("met the description", "met the deadline"); or a trip to no one."""
    if code.startswith("042") and not targets:
        return True  # "went to a nearby table", "returning from a border town": no one visited
    if code != "040" or targets:
        return False
    if any(t.lemma_.lower() == "meet" and any(c.dep_ == "dobj" for c in t.children) for t in toks):
        return True  # its object was no actor, else it would be the target
    if len(sources) > 1:
        return False  # "A and B discussed trade": with each other
    verbs = [t for t in toks if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in _NEEDS_PARTNER]
    objects = [
        n for v in verbs for p in v.children if p.dep_ == "prep" for n in p.children if n.dep_ == "pobj"
    ]
    return bool(verbs) and not any(_names_a_meeting(n, lex) for n in objects)


def _names_a_meeting(n: Token, lex: Lexicon) -> bool:
    hit = _noun_event(n, lex)
    return hit is not None and hit[0][:2] == "04"


def _imperative(v: Token) -> bool:
    """A main verb in the bare form opening its sentence with no subject: an instruction to the reader."""
    if v.dep_ != "ROOT" or v.tag_ != "VB":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass") for c in v.children):
        return False
    before = [t for t in v.sent[: v.i - v.sent.start] if not t.is_punct and not t.is_space]
    return all(t.lower_ in ("please", "now", "just", "simply", "then") for t in before)


def _last_words(sent: Span, n: int) -> list[Token]:
    """The sentence's last ``n`` tokens that are no whitespace, read from its end: the question test runs
    for every verb, and listing the whole sentence each time built a spaCy Token per word."""
    doc = sent.doc
    out: list[Token] = []
    for i in range(sent.end - 1, sent.start - 1, -1):
        if len(out) == n:
            break
        if not doc[i].is_space:
            out.append(doc[i])
    return out


def _yes_no_question(v: Token) -> bool:
    """The verb heads a yes/no question: its auxiliary comes before its subject ("Had Kastan
    considered this?", "Can Veloria block the vote?") in a sentence that ends in a question mark.
    A wh-question ("Why did Kastan attack?") takes the act for granted and is not this."""
    if not any(t.text == "?" for t in _last_words(v.sent, 3)):
        return False
    subjects = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    aux = [c for c in v.children if c.dep_ in ("aux", "auxpass") and c.tag_ != "TO"]
    if not subjects or not aux or aux[0].i > subjects[0].i:
        return False
    return not any(t.tag_ in ("WDT", "WP", "WP$", "WRB") for t in v.doc[v.left_edge.i : aux[0].i])


def _at_fault(v: Token) -> bool:
    """ "X is to blame", "X was not to blame": the subject is who is blamed, not who blames."""
    return (
        v.lemma_.lower() == "blame"
        and v.dep_ == "xcomp"
        and v.head.lemma_.lower() == "be"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)
    )


def in_quotes(tok: Token) -> bool:
    """Inside a pair of quotation marks within the sentence."""
    sent = tok.sent
    opens = 0
    for t in sent:
        if t.i >= tok.i:
            break
        if t.text in ('"', "“", "”", "``", "''"):
            opens += 1
    return opens % 2 == 1


def _mood_chain(pred: Token, lex: Lexicon) -> list[Token]:
    """``pred`` and the verbs that govern it as complements ("wanted to rebuild", "agreed to ...")."""
    chain = [pred]
    cur = pred
    while len(chain) < 6:
        listed_after = _infinitive_listed_after(cur)
        if listed_after is not None:
            cur = listed_after
        elif _shares_governors_mood(cur, lex):
            cur = cur.head
        elif cur.dep_ == "pcomp" and _a_part_in(cur.head):
            cur = cur.head.head.head  # "should play a role in supplying": the role's verb
        else:
            break
        chain.append(cur)
    return chain


def _only_meant(pred: Token, lex: Lexicon) -> bool:
    """The act is only what someone is to do or means to do ("a willingness to meet", "were to storm")."""
    chain = _mood_chain(pred, lex)
    return _destined(chain) or _intended(chain[-1])


def _negator(c: Token) -> bool:
    """A word that denies its verb: "not", "never", and "no longer" (the parser hangs its "no" on
    "longer", so the verb's own child is only "longer")."""
    if c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never"):
        return True
    return c.dep_ == "advmod" and c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children)


def _emphatic_not(verb: Token) -> bool:
    """ "could not disagree more", "can't agree more": no more is possible, so the act is as strong as
    it gets, neither denied nor only possible."""
    kids = list(verb.children)
    return (
        any(c.dep_ == "aux" and c.lower_ in ("could", "can", "ca") for c in kids)
        and any(c.dep_ == "neg" for c in kids)
        and any(c.dep_ == "advmod" and c.lower_ == "more" for c in kids)
    )


def modality(pred: Token, lex: Lexicon, planned: bool = False, nominal: bool = False) -> str:
    """negated > hypothetical > planned > reported > asserted, read from the predicate and its governors."""
    chain = _mood_chain(pred, lex)
    negated = hypothetical = conditional = False
    for t in chain:
        for c in t.children:
            if _negator(c) and not _emphatic_not(t):
                negated = True
            elif (
                c.dep_ in ("aux", "auxpass")
                and c.lower_ in HYPOTHETICAL_AUX
                and not _emphatic_not(t)
                and not _evidential(t)
            ):
                hypothetical = True
            elif c.dep_ in ("aux", "auxpass") and c.lower_ in FUTURE_AUX:
                planned = True
            elif c.dep_ == "mark" and c.lower_ in CONDITION_MARKS:
                hypothetical = True
            elif c.dep_ == "det" and c.lower_ == "no" and nominal:
                negated = True
            elif c.dep_ in ("nsubj", "nsubjpass") and neither_nor(c):
                negated = True  # "neither Kastan nor Veloria will accept": none of them does
        if t.lemma_.lower() in lex.control and lex.control[t.lemma_.lower()] == "plan" and t.i != pred.i:
            planned = True
        if t.lemma_.lower() == "fail" and t.i != pred.i:
            negated = True
        if t.i != pred.i and _obliged_now(t):
            hypothetical = True  # "needs to meet", "we have to negotiate": still to be done
        if _for_to_clause(t):
            hypothetical = True  # "calls for Kastan to cut ties": what someone wants done
        if t.lemma_.lower() in _TASKING_VERBS and any(c.dep_ == "xcomp" and c.head.i == t.i for c in chain):
            hypothetical = True  # "told Veloria to withdraw": what one was told to do, not done
        if _urged_in_a_list(t):
            hypothetical = True  # "urged X to step back, open talks": asked of X, not done
        if _only_able(t):
            hypothetical = True  # "a missile capable of striking Kastan": it has not struck
        if _only_likely(t):
            hypothetical = True  # "is likely to impose sanctions": a forecast, nothing done
        if _only_weighed(t):
            hypothetical = True  # "weighed imposing sanctions", "proposed cutting aid": not done
        if _only_called_for(t):
            hypothetical = True  # "calls for banning the party": what someone wants done
        if _inverted_condition(t):
            hypothetical = conditional = True  # "should Kastan not comply, ...": a condition, no fact
    top = chain[-1]
    # "going to meet"
    if top.lower_ == "going" and any(c.dep_ == "xcomp" for c in top.children):
        planned = True
    if _destined(chain) or _intended(top):
        planned = True  # "were to storm the base", "a willingness to meet with X"
    if _plan_called_off(top):
        negated = True  # "scrapped plans to attend the summit": the plan is off, so is the act
    if _speech_denied(top, lex):
        negated = True  # "had never suggested Li should go": nobody asked anything
    # Present tense with a future time word: "meet today", "leaves tomorrow".
    if not planned and top.tag_ in ("VBP", "VBZ", "VBG") and not nominal:
        for c in top.children:
            if (
                c.dep_ in ("npadvmod", "advmod", "prep")
                and any(w.lower_ in FUTURE_WORDS for w in c.subtree)
                and c.lower_ != "now"
            ):
                planned = True
    if conditional:
        return "hypothetical"  # its "not" belongs to the condition: nothing was refused yet
    if negated or _denied(pred):
        return "negated"
    if hypothetical:
        return "hypothetical"
    if planned:
        return "planned"
    if _reported(top, lex) or in_quotes(pred) or _alleged(pred):
        return "reported"
    return "asserted"


# Verbs of charging someone: what they are said to have done is only claimed ("accused X of shelling")
_ALLEGING_VERBS = frozenset({"accuse", "suspect", "blame", "charge"})


def _alleged(pred: Token) -> bool:
    """The act is what someone is accused, suspected or blamed of doing, by whoever says so ("accused X
    of violating the truce and ignoring ...": each act listed)."""
    for _ in range(6):
        if pred.dep_ != "conj" or pred.head.i == pred.i:
            break
        pred = pred.head
    prep = pred.head
    return (
        pred.dep_ == "pcomp"
        and prep.lower_ in ("of", "for", "with")
        and prep.head.lemma_.lower() in _ALLEGING_VERBS
    )


def neither_nor(subj: Token) -> bool:
    """A subject opened by "neither" or listed with "nor": the act is denied of all of them."""
    return any(
        (c.dep_ in ("det", "preconj") and c.lower_ == "neither") or (c.dep_ == "cc" and c.lower_ == "nor")
        for c in subj.children
    )


def _evidential(t: Token) -> bool:
    """ "Li can be heard urging ...", "can be seen firing": a record shows the act, nothing is merely
    possible."""
    return t.lemma_.lower() in ("hear", "see") and any(c.dep_ == "auxpass" for c in t.children)


_OBLIGATION_VERBS = frozenset({"need", "have", "suppose"})
_PRESENT_AUX = frozenset({"is", "are", "am", "'s", "'re", "'m"})


def _obliged_now(t: Token) -> bool:
    """A present obligation over the act: "needs to", "has to", "is supposed to" (not "had to resign",
    which says the act was done)."""
    if t.lemma_.lower() not in _OBLIGATION_VERBS or not any(c.dep_ == "xcomp" for c in t.children):
        return False
    if any(c.lower_ == "yet" for c in t.children):
        return False  # "has yet to respond": says what has not happened, no duty
    if t.lemma_.lower() == "suppose":
        return any(c.dep_ == "auxpass" and c.lower_ in _PRESENT_AUX for c in t.children)
    return t.tag_ in ("VBP", "VBZ")


_ABILITY_WORDS = frozenset({"capable", "incapable"})


def _only_weighed(t: Token) -> bool:
    """A gerund someone weighs, proposes or discusses: "considered striking Veloria" (not a clause of
    its own: "suggests that Kastan is preparing to strike")."""
    return (
        t.tag_ == "VBG"
        and t.dep_ in ("xcomp", "ccomp", "dobj")
        and t.head.pos_ == "VERB"
        and t.head.lemma_.lower() in WEIGH_VERBS
        and not any(c.dep_ in ("aux", "nsubj", "nsubjpass", "mark") for c in t.children)
    )


def _only_called_for(t: Token) -> bool:
    """A gerund after "for" under a call, plea or push: "called for banning the party", "a push for
    cutting aid" ask for the act, nobody has done it."""
    if not (t.tag_ == "VBG" and t.dep_ == "pcomp" and t.head.lower_ == "for"):
        return False
    return t.head.head.lemma_.lower() in _CALLING_WORDS


_CALLING_WORDS = frozenset(
    {"call", "appeal", "plea", "push", "press", "campaign", "lobby", "argue", "demand", "petition", "clamor"}
)


def _inverted_condition(t: Token) -> bool:
    """A condition told with its auxiliary before the subject, no "if": "should Kastan not comply,
    ...", "were Veloria to attack". "Had it not rained" is left out: it tells what did happen."""
    # the parser may hang it as a relative or complement, or ("were X to ...") as a conjunct
    if t.dep_ not in ("advcl", "relcl", "ccomp", "conj"):
        return False
    subject = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    if _fronted_were(t, subject):
        return True
    return t.dep_ != "conj" and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("should", "were") and c.i < subject.i
        for c in t.children
    )


def _fronted_were(t: Token, subject: Token) -> bool:
    """ "Were Orvik to attack Kastan, ...": the parser makes the fronted "were" the clause's verb, its
    subject and the infinitive its children."""
    return (
        t.lower_ == "were"
        and t.i < subject.i
        and any(
            c.dep_ == "xcomp" and c.i > subject.i and any(a.lower_ == "to" for a in c.children)
            for c in t.children
        )
    )


def _only_able(t: Token) -> bool:
    """ "a missile capable of striking", "the navy's ability to refit its ships": what one can do, no
    act done or planned."""
    if t.dep_ == "acl" and t.head.lemma_.lower() in _CAPACITY_NOUNS:
        return any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
    return t.dep_ == "pcomp" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in _ABILITY_WORDS


_CAPACITY_NOUNS = frozenset({"ability", "inability", "capacity", "capability"})


_LIKELIHOOD_WORDS = frozenset({"likely", "unlikely"})


def _only_likely(t: Token) -> bool:
    return t.dep_ == "xcomp" and t.head.lemma_.lower() in _LIKELIHOOD_WORDS


def _for_to_clause(t: Token) -> bool:
    """ "for Kastan charities to cut their ties": an infinitive clause with its own subject after "for"."""
    marks = {c.lower_ for c in t.children if c.dep_ == "mark"}
    return "for" in marks and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)


def _shares_governors_mood(cur: Token, lex: Lexicon) -> bool:
    """Whether ``cur`` takes its governor's negation and mood: a complement does ("wanted to rebuild"),
    and so does a conjunct sharing its auxiliaries ("could impose tariffs and consider ..."). A conjunct
    with a tense or auxiliary of its own does not ("would have faced impeachment but resigned", "could
    impose tariffs, and is considering ..."). A to-clause the parser hung as ``ccomp`` under a control
    verb is its complement ("would have allowed the government to extradite people")."""
    if cur.head.i == cur.i:
        return False
    if cur.dep_ in ("xcomp", "acomp"):
        return True
    if cur.dep_ == "ccomp":
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children)
        # "could cause Kastan to fight": an infinitive with its own subject is what the verb brings about
        own_subject = any(c.dep_ == "nsubj" and c.i < cur.i for c in cur.children)
        return infinitive and (cur.head.lemma_.lower() in lex.control or own_subject)
    if cur.dep_ != "conj":
        return False
    own_aux = any(c.dep_ in ("aux", "auxpass") for c in cur.children)
    return not own_aux and cur.tag_ not in ("VBD", "VBZ", "VBP")


def _destined(chain: list[Token]) -> bool:
    """ "millions were to storm the base", "the minister is to visit Veloria": "be" + to-infinitive
    says what was arranged or expected, not what happened."""
    for low, high in zip(chain, chain[1:], strict=False):
        if (
            low.dep_ == "xcomp"
            and low.lemma_.lower() != "blame"  # "restrictions are to blame": are the cause
            and high.lemma_.lower() == "be"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in low.children)
        ):
            return True
    return False


# Nouns whose to-infinitive is an act intended or offered, not one done ("a willingness to meet", "a
# plan to increase sanctions"); an attempt ("an attempt to assassinate") is coded as the act, as CAMEO does
INTENT_NOUNS = frozenset(
    {
        "willingness",
        "readiness",
        "plan",
        "proposal",
        "offer",
        "threat",
        "intention",
        "intent",
        "desire",
        "call",
        "demand",
        "request",
        "pressure",
        "ability",
        "authority",
        "power",
        "capacity",
        "capability",
        "right",
        "need",
        "chance",
        "opportunity",
        "option",
        "promise",
        "pledge",
        "commitment",
        "way",
        "means",
    }
)


def _plan_called_off(top: Token) -> bool:
    """The infinitive hangs on a plan or proposal that was called off ("cancelled plans to visit")."""
    return _intended(top) and _fate_of_the_act(top.head) == "negated"


def _intended(top: Token) -> bool:
    """An infinitive on a noun of intent or means ("a plan to meet", "new ways to strike back"); the
    parser hangs it as a relative clause too."""
    return (
        top.dep_ in ("acl", "relcl")
        and top.head.lemma_.lower() in INTENT_NOUNS
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in top.children)
    )


def _speech_denied(top: Token, lex: Lexicon) -> bool:
    """The speech verb reporting this clause is negated ("had never suggested Li should go", "did not
    say Kastan would attack"): what the clause says was not said, let alone done."""
    if top.dep_ not in ("ccomp", "parataxis") or _known_lemma(top.head, lex) not in lex.speech:
        return False
    if any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in top.children):
        return False  # "would not say if Kastan could strike": left open (hypothetical), not denied
    return _says_not(top.head)


def _says_not(speech: Token) -> bool:
    """A negated speech verb; "did not deny that ..." half admits it, so it is not one."""
    if speech.lemma_.lower() in DENIAL_VERBS:
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in speech.children):
        return False  # "Just don't tell anyone" (a title, an order) reports nobody's silence
    return any(_negator(c) for c in speech.children)


# Verbs whose complement is an act the subject says did not happen ("denied attacking", "denied that
# its troops shelled ...", "dismissed claims that it had bombed ...")
DENIAL_VERBS = frozenset({"deny", "refute", "dismiss", "reject", "disprove", "debunk"})
# What someone else said happened, which a denial answers ("denied reports that ...")
CLAIM_NOUNS = frozenset(
    {"claim", "report", "allegation", "accusation", "charge", "suggestion", "rumour", "rumor", "assertion"}
)
# Links from a clause up to the verb or noun whose complement it is. Not "conj": the parser often hangs
# a second act of the denier on the denied clause ("denied that it was revenge and accused Li of ...")
_COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "pcomp"})


def _denied(pred: Token) -> bool:
    """``pred`` is the act a denial says did not happen: the complement of "deny" ("denied attacking",
    "denied that it had met"), or a that-clause of a claim the subject denies or rejects ("rejected
    claims that it had bombed"). "Deny" and "reject" themselves stay acts (016, 12x) of their own."""
    cur = pred
    for _ in range(6):
        head = cur.head
        if head.i == cur.i:
            return False
        lemma = head.lemma_.lower()
        if cur.dep_ in ("xcomp", "ccomp", "pcomp") and lemma == "deny":
            # "denying islanders citizenship breached ...": refusing someone something denies no claim
            return not any(c.dep_ in ("dobj", "dative") for c in head.children)
        if cur.dep_ in ("acl", "ccomp") and lemma in CLAIM_NOUNS:
            return head.dep_ == "dobj" and head.head.lemma_.lower() in DENIAL_VERBS
        if cur.dep_ not in _COMPLEMENT_DEPS:
            return False
        cur = head
    return False


def _reported(tok: Token, lex: Lexicon) -> bool:
    cur = tok
    for _ in range(8):
        if cur.dep_ in ("ccomp", "parataxis") and cur.head.lemma_.lower() in lex.speech:
            return True
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _speech_head(pred: Token, lex: Lexicon) -> Token | None:
    """The speech verb whose clausal complement contains ``pred`` ("X said [it will ...]")."""
    cur = pred
    for _ in range(8):
        if cur.dep_ in ("ccomp", "parataxis") and _known_lemma(cur.head, lex) in lex.speech:
            return cur.head
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _speaker_for_pronoun(tok: Token, pred: Token, lex: Lexicon) -> Token:
    """ "Syria says it is willing ...": a third-person subject pronoun inside reported speech is the
    speaker (the usual reading in news; a resolved chain, when there is one, overrides this later), but
    not inside quotation marks ("'He was willing to talk,' Marren said": he is not Marren)."""
    if tok.lower_ not in ("he", "she", "it", "they"):
        return tok
    head = _speech_head(pred, lex)
    if head is None or (in_quotes(tok) and not in_quotes(head)):
        return tok  # in the speaker's own words the speaker is "I" or "we": "he" is someone else
    if _closing_report(head, tok):
        return tok  # "they asked for ..., the Ledger reported": the report's source tells of others
    subj = [c for c in _subject_of(head) if c.lower_ not in PERSONAL_PRONOUNS]
    if not subj or not _pronoun_fits(tok, subj[0]) or _nearer_antecedent(tok, head):
        return tok
    return subj[0]


def _closing_report(head: Token, pronoun: Token) -> bool:
    """ "..., X reported" after the clause: X is where the news came from (an outlet, an agency), and a
    pronoun in what it reports stands for those the story is about, not for X."""
    return head.lemma_.lower() == "report" and pronoun.i < head.i


def _nearer_antecedent(pronoun: Token, head: Token) -> bool:
    """The reported words name an actor the pronoun fits before the pronoun itself: "Osk said
    Kastan's position will be good as it will protect itself" -> "it" is Kastan, not Osk. The
    pronoun is then left to the coreference chains."""
    kinds = _ANTECEDENT_ENTS.get(pronoun.lower_)
    clause = [c for c in head.children if c.dep_ in ("ccomp", "parataxis") and c.i <= pronoun.i]
    if kinds is None or not clause:
        return False
    return any(t.ent_type_ in kinds for t in pronoun.doc[clause[-1].left_edge.i : pronoun.i])


# What a singular pronoun can stand for ("they" often means the speaking group itself, so it is not here)
_ANTECEDENT_ENTS = {
    "it": frozenset({"GPE", "ORG"}),
    "he": frozenset({"PERSON"}),
    "she": frozenset({"PERSON"}),
}


_NON_PERSON_ENTS = frozenset({"GPE", "ORG", "NORP", "LOC", "FAC"})


def _pronoun_fits(pronoun: Token, speaker: Token) -> bool:
    """ "it" does not stand for a person ("Dalton said it will protect itself": some country or body
    does), nor "he"/"she" for a country or an organisation."""
    if pronoun.lower_ == "it":
        return speaker.ent_type_ != "PERSON"
    if pronoun.lower_ == "they":  # "Brenn said: they require ...": one person is not "they"
        return not (speaker.ent_type_ == "PERSON" and speaker.tag_ in ("NNP", "NN"))
    if pronoun.lower_ in ("he", "she"):
        return speaker.ent_type_ not in _NON_PERSON_ENTS
    return True


_CONFLICT_ROOTS = {"14", "15", "16", "17", "18", "19", "20"}
_COOPERATIVE_ROOTS = {"04", "05", "06", "07", "08"}


def _hindsight(v: Token) -> bool:
    """ "should / must have seized the fields": a judgement or guess about the past (the perfect
    "have"): a coded act stays that act, not recast as a demand or intent. (An uncoded verb still reads
    as a demand, "X should have acted against Y", as PETRARCH codes it: there is no act to keep.)"""
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in v.children)


def _recode_stated(
    pred: Token, code: str, mod: str, coded_by: str, sources: list[Token], lex: Lexicon
) -> tuple[str, str, str, list[Token] | None]:
    """CAMEO codes what a statement does: an actor *saying* it will do something cooperative expresses
    intent (03), something hostile threatens (13), will not do something rejects (12); saying another
    party must do something demands it (10). Unembedded future clauses stay planned events."""
    head = _speech_head(pred, lex)
    if head is None or _only_meant(pred, lex) or pred.dep_ == "relcl":
        # "said the plan to attack the depots grew over months": a plan described, no threat uttered;
        # "said it is an outcome that will be welcomed by all": a relative clause describes, no one vows
        return code, mod, coded_by, None
    auxes = {c.lower_ for c in pred.children if c.dep_ in ("aux", "auxpass")}
    if auxes & {"must", "should"} and _hindsight(pred):
        return code, mod, coded_by, None
    must = bool(auxes & {"must", "should"})
    if code[:2] in ("10", "12", "13") or (code[:2] in ("02", "03") and not must):
        return code, mod, coded_by, None
    negated = any(c.dep_ == "neg" for c in pred.children)
    kind = None
    if auxes & {"must", "should"}:
        first_person = any(s.lower_ in ("we", "i") for s in sources)
        kind = "intent" if first_person else "demand"
    elif auxes & (FUTURE_AUX | {"would"}) or mod == "planned":
        if negated:
            kind = "reject"
        elif code[:2] in _COOPERATIVE_ROOTS:
            kind = "intent"
        elif code[:2] in _CONFLICT_ROOTS:
            kind = "threaten"
    if kind is None:
        return code, mod, coded_by, None
    new, _ = compose(kind, code)
    if new is None:
        return code, mod, coded_by, None
    speaker = None
    if kind == "demand":  # the speaker demands; the clause's subject is the one asked
        speaker = _subject_of(head)
    said = "negated" if _says_not(head) else "reported"  # "never suggested Li should go": no demand made
    return new, said, coded_by + "+statement", speaker


def _always(_: Token) -> bool:
    return False


# Auxiliaries of a clause that reports a fact or a forecast, not what someone is asked to do
_INDICATIVE_AUX = frozenset(
    {"would", "will", "'ll", "had", "has", "have", "'d", "did", "does", "was", "were"}
)


def _only_a_statement(v: Token, clauses: list[Token], comps: list[Token]) -> bool:
    """``v``'s only complement is a that-clause that states a fact (see below), before or after it
    ("Kastan is not sending troops, Okafor insisted")."""
    if comps or not clauses:
        return False
    if any(
        c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and c.lower_ == "on" and not _names_a_day(c))
        for c in v.children
    ):
        return False  # "demanded the withdrawal ...", "insisted on talks": the request is there
    return _states_a_fact(clauses[0])


# Units a "for" phrase counts out a span in ("for a third day", "for years")
_SPAN_UNITS = frozenset({"minute", "hour", "day", "night", "week", "month", "year", "decade"})


def _for_a_span_of_time(prep: Token) -> bool:
    """ "for a second day", "for weeks": how long, not what is asked for ("called for a day of mourning"
    names a day with a phrase of its own, and asks for it)."""
    return prep.lower_ == "for" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in _SPAN_UNITS and not any(c.dep_ == "prep" for c in o.children)
        for o in prep.children
    )


# Set phrases that comment on the clause ("for example", "in fact"): they complete no verb pattern
# ("pushed back on it, for example" asks for nothing)
_ASIDE_PHRASES = frozenset(
    {
        ("for", "example"),
        ("for", "instance"),
        ("in", "fact"),
        ("of", "course"),
        ("in", "turn"),
        ("in", "particular"),
        ("in", "addition"),
        ("in", "contrast"),
        ("by", "contrast"),
        ("in", "short"),
        ("in", "general"),
    }
)


# Roots whose act noun names its doer in an "of" phrase: meetings and visits (04), threats (13)
_OF_IS_DOER_ROOTS = ("04", "13")


def _an_actor_itself(tok: Token, is_actor: ActorTest) -> bool:
    """A name, a pronoun or an actor noun; not a thing that only a named modifier makes look like one
    ("another Kastan military intervention")."""
    return (
        tok.pos_ in ("PROPN", "PRON")
        or tok.ent_type_ in ACTOR_ENTS
        or tok.lemma_.lower() in ACTOR_NOUNS
        or (is_actor(tok) and not any(c.dep_ in ("nmod", "compound", "amod", "poss") for c in tok.children))
    )


def _an_aside(prep: Token) -> bool:
    """ "for example", "in fact": a comment on the clause, not a phrase of the verb."""
    objs = [o for o in prep.children if o.dep_ in ("pobj", "amod", "advmod")]
    return len(objs) == 1 and not list(objs[0].children) and (prep.lower_, objs[0].lower_) in _ASIDE_PHRASES


def _names_a_day(prep: Token) -> bool:
    """ "on Tuesday", "on 4 May": when, not what is insisted on."""
    return any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in prep.children)


def _states_a_fact(clause: Token) -> bool:
    """The that-clause is in the past or a forecast ("insisted there was nothing to win", "insisted the
    minister had not avoided it", "insisted that Veloria would see a change") or in the present
    ("insisted Kastan is not sending troops", "insists it has no plan"), not a mandate ("demanded that
    Kastan withdraw", "urged that talks should resume")."""
    auxes = {c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")}
    if auxes & {"should", "must", "shall"}:
        return False
    return bool(auxes & (_INDICATIVE_AUX | _PRESENT_AUX)) or clause.tag_ in ("VBD", "VBZ")


# Verbs that carry a threat in what they say will happen to someone ("vowed the rebels would pay")
_VOWING_VERBS = frozenset({"vow", "promise", "swear", "pledge", "warn", "threaten"})


def _pay_threat(v: Token, lex: Lexicon) -> Token | None:
    """The clause of "vowed (that) X would pay dearly / a heavy price", said or vowed: it threatens X."""
    lemma = v.lemma_.lower()
    if lemma not in _VOWING_VERBS and lemma not in lex.speech:
        return None
    for c in v.children:
        if c.dep_ != "ccomp" or c.lemma_.lower() != "pay":
            continue
        if any(
            (g.dep_ == "advmod" and g.lower_ in ("dearly", "heavily"))
            or (g.dep_ == "dobj" and g.lemma_.lower() in ("price", "cost"))
            for g in c.children
        ):
            return c
    return None


# Prepositions that give what a speech, report or remark is about ("a speech on the deal")
_TOPIC_PREPS = frozenset({"on", "about", "over", "regarding", "concerning"})

# Control verbs whose passive subject is the one asked, made or let act, not the asker
_ASKING_CONTROL = OBJECT_CONTROL | {"help"}


def _gerund_after_to(v: Token) -> list[Token]:
    """ "committed to protecting civilians": the act promised, parsed as a gerund after "to" rather than
    as an infinitive."""
    return [
        g
        for p in v.children
        if p.dep_ == "prep" and p.lower_ == "to"
        for g in p.children
        if g.dep_ == "pcomp" and g.tag_ == "VBG"
    ][:1]


class SentenceCoder:
    """Codes the events of parsed sentences with one lexicon."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        _OBJECT_CONTROL_LEMMAS.update(k for k, v in lex.control.items() if v in OBJECT_CONTROL)
        _SPEECH_LEMMAS.update(lex.speech)

    # -- verbs --------------------------------------------------------------------------------------
    def _code_predicate(
        self, v: Token, consumed: set[int], depth: int = 0
    ) -> tuple[str, str, list[Token], Token | None, bool, str] | None:
        """(code, trigger, trigger tokens, event noun, planned, coded_by) for verb ``v`` or None."""
        lex = self.lex
        lemma = _known_lemma(v, lex)
        if lemma in lex.light and lex.says_no_event(lemma, _context_words(v)):
            return None  # "the debate took place after his release": no noun of it is the act
        comps = [c for c in v.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")]
        if not comps and lex.control.get(lemma) == "intent":
            comps = _gerund_after_to(v)
        if comps and lex.control.get(lemma) == "reject" and _says_nothing(comps[0]):
            return (
                "011",
                f"{lemma} to {comps[0].lemma_.lower()}",
                [v, comps[0]],
                None,
                False,
                "lexicon+control",
            )
        if depth < 4 and lemma in lex.control and comps:
            kind = lex.control[lemma]
            inner = self._code_predicate(comps[0], consumed, depth + 1)
            inner_code = inner[0] if inner else None
            code, planned = compose(kind, inner_code)
            if code is None and kind not in ("plan", "try", "help", "stop", "negate"):
                # an uncoded complement ("threatened to cut off electricity"): the controller's own meaning
                own = _verb_event(v, lex)
                code = own[0] if own else None
            if code is None:
                return None
            consumed.add(comps[0].i)
            trig = f"{lemma} to {inner[1]}" if inner else lemma
            toks = [v, *(inner[2] if inner else [comps[0]])]
            noun = inner[3] if inner else None
            return code, trig, toks, noun, planned or bool(inner and inner[4]), "lexicon+control"
        if depth < 4 and lemma in lex.control and not comps:
            hidden = _misparsed_infinitive(v, lex)
            if hidden is not None:
                code, planned = compose(lex.control[lemma], hidden[0])
                if code is not None:
                    return code, f"{lemma} to {hidden[1]}", [v, *hidden[2]], None, planned, "lexicon+control"
        clauses = [c for c in v.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
        wish = lemma in DESIRE_VERBS and any(
            c.dep_ in ("nsubj", "nsubjpass") for cl in clauses for c in cl.children
        )  # "Moscow wants the alliance to grant ...": wanting another party to act asks it to
        if lex.control.get(lemma) in ("appeal", "demand") and _only_a_statement(v, clauses, comps):
            return None  # "insisted that Veloria would see a change": says what is so, asks nothing
        if _tells_someone_what_is_so(v, lex):
            clauses = []  # "told the Post that talks had failed": a report to them; "told X to go" orders
        if depth < 4 and (lex.control.get(lemma) in ("appeal", "demand") or wish) and clauses and not comps:
            # "demanded that the government end curbs": a request for what the clause says
            inner = self._code_predicate(clauses[0], consumed, depth + 1)
            code, _ = compose("appeal" if wish else lex.control[lemma], inner[0] if inner else None)
            if code is None:
                own = _verb_event(v, lex)
                code = own[0] if own else None
            if code is not None:
                consumed.add(clauses[0].i)
                trig = f"{lemma} that {inner[1]}" if inner else lemma
                return code, trig, [v, *(inner[2] if inner else [])], None, False, "lexicon+clause"
        warned = _pay_threat(v, lex)
        if warned is not None:  # "vowed that Kastan would pay dearly": a threat against Kastan
            consumed.add(warned.i)
            return "130", f"{lemma} that {warned.lemma_.lower()}", [v, warned], None, False, "lexicon+clause"
        if lemma in _ACT_CARRYING_VERBS and _carries_an_act(v, lex):
            return None  # "traded accusations": the accusation is the act (its noun codes it), no trade
        hit = _verb_event(v, lex)
        # which path coded it: the tagger's lemma, or the inflection back-off for a mis-lemmatised verb
        by = "lexicon" if hit is None or _known_lemma(v, lex) == v.lemma_.lower() else "lexicon+lemma-backoff"
        particle_only = hit is not None and all(t.pos_ in ("ADP", "PART", "ADV") for t in hit[2][1:])
        light_noun = lemma in lex.light and any(
            _noun_event(c, lex) for c in v.children if c.dep_ == "dobj"
        )  # "gave assistance in the form of ...": the noun, not the phrasal verb "give in"
        if hit is not None and len(hit[2]) > 1 and not (particle_only and light_noun):
            return hit[0], hit[1], hit[2], None, False, by
        if lemma in lex.light and not _figurative_object(v):
            for n in self._light_nouns(v):
                nh = _noun_event(n, lex)
                if nh is None:  # "undertook a mediation mission": the modifier names the event
                    for m in n.children:
                        if n.lemma_.lower() in _KIND_OF_UNIT_OR_CRAFT:
                            break  # "sent a strike group", "deployed attack helicopters": a unit, no act
                        if m.dep_ == "compound" and (mh := _noun_event(m, lex)) is not None and m.i < n.i:
                            nh = mh
                            break
                if nh is not None:
                    code = _force_strike(lemma, nh)
                    return code, f"{lemma} {nh[1]}", [v, n], n, False, "lexicon+light"
        if hit is not None:
            return hit[0], hit[1], hit[2], None, False, by
        return None

    def _must_clause(self, v: Token) -> tuple[str, str, list[Token], Token | None, bool, str] | None:
        """ "X said Y must do Z" demands something of Y even when Z is not in the lexicon."""
        if v.pos_ != "VERB" or not any(
            c.dep_ == "aux" and c.lower_ in ("must", "should") for c in v.children
        ):
            return None
        head = _speech_head(v, self.lex)
        subj = [c for c in v.children if c.dep_ == "nsubj"]
        if (
            head is None
            or not subj
            or subj[0].lower_ in ("we", "i")
            or subj[0].lower_ in _NOBODY_IN_PARTICULAR
        ):
            return None  # "nobody should draw any conclusions": advice to all, no demand of an actor
        return "100", f"must {v.lemma_.lower()}", [v], None, False, "lexicon+statement"

    @staticmethod
    def _light_nouns(v: Token) -> list[Token]:
        out = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
        for c in list(out):  # "provided 25,000 tons of food aid"
            for p in c.children:
                if p.dep_ == "prep" and p.lower_ == "of":
                    out.extend(g for g in p.children if g.dep_ == "pobj")
        if v.lemma_.lower() in ("have", "hold") and (out or relativised_object(v) is not None):
            # "the qualms they have over the deal", "held a hearing on the attack": what is had or held
            # is meant, and the deal or attack only its topic
            return out
        # "the speech she delivered on the deal": the noun the clause is about is what was delivered, and
        # the deal only its topic ("a remark she made in a call" still made the call)
        skipped = _TIME_PREPS | {"during", "despite", "amid"}
        if relativised_object(v) is not None:
            skipped = skipped | _TOPIC_PREPS
        for c in v.children:
            # "ordered three days of mourning after the strike": a time phrase's noun is not the act
            if c.dep_ == "prep" and c.lower_ not in skipped:
                out.extend(p for p in c.children if p.dep_ == "pobj")
        return out

    # -- the sentence ---------------------------------------------------------------------------------
    def code(self, sent: Span, is_actor: ActorTest = _always) -> list[Found]:
        lex = self.lex
        found: list[Found] = []
        consumed: set[int] = set()
        verbs = [
            t
            for t in sent
            if t.pos_ in ("VERB", "AUX") or (t.pos_ == "ADJ" and t.lemma_.lower() in lex.control)
        ]
        # Governors first, so a control verb claims its complement before the complement is seen alone.
        verbs.sort(key=lambda t: (len(list(t.ancestors)), t.i))
        for v in verbs:
            if v.i in consumed:
                continue
            if _unreal(v):
                continue  # an aim ("opened fire to disperse ...") or a condition ("unless Baghdad accepts")
            if _imperative(v):
                continue  # "Visit our main page", "Please help us": addressed to the reader, reports no act
            if _yes_no_question(v):
                continue  # "Had the federation ever warned you?": asks whether, reports nothing
            if _alleged(v):
                continue  # "accused X of shelling Y": the charge is what the accusation says, no act of its own
            if _granted_power(v):
                continue  # "granted Marren the power to attack": the grant is the act, the attack only allowed
            if (
                v.dep_ == "acl"
                and v.tag_ == "VBN"
                and not any(
                    c.dep_ in ("agent", "npadvmod")
                    or (c.dep_ == "prep" and c.lower_ in ("in", "on", "since"))
                    for c in v.children
                )
            ):
                continue  # "a letter handed over to the UN": a description, not a report of its own
            res = self._code_predicate(v, consumed)
            if res is None:
                res = self._must_clause(v)
            if res is None:
                none = (
                    None
                    if v.lemma_.lower() in lex.light
                    else lex.no_event_pattern(v.lemma_.lower(), _context_words(v))
                )
                if none is not None:  # "accomplish its mission": the pattern's nouns are no act either
                    consumed.update(t.i for t in _pattern_tokens(v, none.extras))
                continue
            code, trig, toks, noun, planned, coded_by = res
            consumed.update(t.i for t in toks)
            pred = v
            if v.pos_ == "ADJ" and v.head.i != v.i:  # "is willing to": the copula carries tense and subject
                pred = v.head
            sources = _subject_of(pred) if pred.i != v.i else _subject_of(v)
            if not sources and pred.i != v.i:
                sources = _subject_of(v)
            sources = [_owner_of_what_it_is(s) for s in sources]
            sources = [m for s in sources for m in (_members_included(s) or [s])]
            if _a_thing_endangers(v, code, sources, lex):
                continue  # "the accord would threaten the survival of Veloria": a danger, no one's threat
            if (
                not sources
                and _is_passive(v)
                and v.lemma_.lower() in lex.control
                and lex.control[v.lemma_.lower()] not in _ASKING_CONTROL
                and any(c.dep_ == "xcomp" for c in v.children)
            ):
                # "X is set to hold talks": the passive subject of the controller does the complement;
                # without one ("X was invited"), or when it is the one asked, made or let ("X was invited
                # / urged / forced to ..."), it is whom the act was done to
                sources = [
                    g
                    for c in v.children
                    if c.dep_ == "nsubjpass" and c.tag_ not in ("WP", "WDT")  # "who was invited to": done to
                    for g in _conjuncts(c)
                ]
            at_fault = _at_fault(v)
            if at_fault:  # "X is to blame": X is the one blamed
                sources = []
            # Targets: the complement's and the noun's first, then the controller's own (the addressee).
            exclude = {s.i for s in sources}
            targets: list[Token] = []
            if at_fault:
                targets.extend(_subject_of(v))
            if noun is not None:
                targets.extend(_pp_actors(noun, NOUN_TARGET_PREPS - {"by", "of"}, is_actor))
            for t in reversed(toks):
                if t.pos_ in ("VERB", "AUX"):
                    visit = code.startswith("042")
                    targets.extend(
                        x for x in _targets_of(t, is_actor, exclude, visit, code, lex=lex) if x not in targets
                    )
            if coded_by == "lexicon+clause":
                for c in v.children:
                    if c.dep_ == "ccomp":
                        subj = [x for x in c.children if x.dep_ in ("nsubj", "nsubjpass")]
                        cands: list[Token] = []
                        for x in subj:
                            if _actor_like(x, is_actor):
                                cands.extend(_conjuncts(x))
                            else:
                                cands.extend(_pp_actors(x, {"of"} | TARGET_PREPS, is_actor))
                        targets = [*cands, *targets]
            if self.lex.control.get(v.lemma_.lower()) in OBJECT_CONTROL:
                # "called on Veloria to watch Alder", "urged Veloria to defend Alder": the one called on
                # is the target; the party of the complement, coded or not, is no party to the call (the
                # appeal went to Veloria, not to Alder). With no one named as called on, the complement's
                # party is the one the appeal is about.
                addressed = _targets_of(v, is_actor, exclude, lex=lex)
                complement = [] if addressed else [x for x in targets if x not in sources]
                targets = addressed + complement
            targets = [_held_people(t, toks) for t in targets]
            targets = [
                t
                for t in targets
                if t.i not in exclude
                and not _where_not_whom(t, code)
                and not _ally_beside_a_foe(t, code)
                and not _released_from(t, code, toks)
                and not _guarded_against(t, code)
                and not _signed_document(t, code, toks)
                and not _means_of_travel(t, code, toks)
                and not _place_of_a_visit_asked_for(t, code, toks)
                and not _discussed_topic(t, toks)
            ]
            if not code.startswith(("042", "043")):  # one arrives at, and visits, the place
                targets = _parties_before_sites(targets, toks)
            if coded_by == "lexicon" and trig.endswith(" for") and code == "111":
                # "attacked Li for the Velorian deaths": the reason's words name nobody attacked
                targets = [t for t in targets if toks[-1] not in t.ancestors]
            if not targets:
                # where the act (or the act a statement is about) takes place: "threatened to impose a
                # curfew in Algiers" -> Algeria; the main verb's own place only for acts done *in* a place
                places = [x for t in toks[1:] if t.pos_ in ("VERB", "AUX") for x in _place_targets(t)]
                if not places and code[:2] in PLACE_TARGET_ROOTS:
                    places = _place_targets(pred if pred.pos_ == "VERB" else v)
                if len(sources) != 1 and code[:2] in MUTUAL_ROOTS:
                    # "A and B met in Port Alder": A met B; "the truce will be discussed in Orvik": by whom is
                    # untold. Either way the city is only where
                    places = []
                targets = [t for t in places if t.i not in exclude][:1]
            if not targets and len(sources) < 2:  # "began a hunger strike to demand the resignation of ..."
                for c in pred.children:
                    if c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
                        targets = [
                            t for t in _targets_of(c, is_actor, exclude, lex=lex) if t.i not in exclude
                        ][:2]
                        break
            if not targets:
                targets = [t for t in _fallback_targets(pred, code, is_actor) if t.i not in exclude][:2]
            sources = [_speaker_for_pronoun(s, pred, lex) for s in sources]
            sources = [s for s in sources if _can_act(s, lex, is_actor)]  # "Relations cooled": not a doer
            if v.dep_ == "pcomp" and code[:2] != "04" and not _reported_in_passing(v):
                # "by backing ...", "despite warning ...": circumstances of the main clause, not reports
                # of their own; meetings ("added after meeting with X") are the exception news relies on
                sources = [
                    x
                    for x in sources
                    if x.head.i == v.i or x.head.head.i == v.i or x in _charged_with_it(v.head)
                ]
            if not sources and _is_passive(v) and code[:2] in STATE_ACT_ROOTS:
                where = _place_targets(v)
                if where:
                    sources = where
                    targets = [t for t in targets if t not in where]
            if not sources and not targets:
                continue
            if _no_counterpart(toks, code, sources, targets, lex):
                continue
            for t in toks:  # event nouns inside the arguments are this event's content ("rejected calls")
                if t.pos_ in ("VERB", "AUX"):
                    consumed.update(_argument_tokens(t))
            if coded_by == "lexicon+statement":  # from _must_clause: the speaker demands of the subject
                head = _speech_head(v, lex)
                # "..., adding people should vote": a speech verb without a subject of its own speaks
                # for its clause's subject
                speaker = _subject_of(head) if head is not None else []
                if speaker:
                    targets = [*sources, *[t for t in targets if t not in sources]]
                    sources = speaker
            mod = "reported" if coded_by == "lexicon+statement" else modality(pred, lex, planned=planned)
            if _object_denied(v, toks):
                mod = "negated"  # "gave no aid", "makes no apologies": the act its object names was not done
            code, mod, coded_by, asker = _recode_stated(pred, code, mod, coded_by, sources, lex)
            if asker is not None:
                targets = [*sources, *[t for t in targets if t not in sources]]
                sources = asker
            own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)
            folds = v.dep_ == "conj" or (v.dep_ == "advcl" and v.tag_ == "VBG")
            if (
                folds
                and not own_subject
                and any(f.pred.i == v.head.i and f.code[:2] == code[:2] for f in found)
                and not _two_acts_on_other_victims(v.head, v, code, found)
            ):
                continue  # "killed one soldier and wounded two", "shelled the town, killing ...": one incident
            found.append(
                Found(
                    pred=pred,
                    trigger=trig,
                    tokens=toks,
                    code=code,
                    coded_by=coded_by,
                    sources=sources,
                    targets=_dedupe(targets),
                    modality=mod,
                )
            )
        found.extend(self._nominal(sent, consumed, is_actor))
        return found

    def _nominal(self, sent: Span, consumed: set[int], is_actor: ActorTest) -> list[Found]:
        out: list[Found] = []
        for n in sent:
            if n.i in consumed or n.pos_ not in ("NOUN", "PROPN") or _unreal(n):
                continue
            if _a_word_of_a_name(n):
                continue  # "Secretary General Ban Orvik said": a word of someone's name names no act
            if any(_alleged(a) for a in n.ancestors if a.pos_ in ("VERB", "AUX")):
                continue  # "accused X of violating the truce": the truce is in the charge, not an act
            hit = _noun_event(n, self.lex)
            if hit is None or _a_danger(n, self.lex):
                continue
            sources: list[Token] = []
            undergoers: list[Token] = []
            modifiers: list[Token] = []
            for c in n.children:
                if c.dep_ == "poss" and _actor_like(c, is_actor):
                    # "his release", "Kastan's arrest": whom it was done to; "Kastan's arrest of three
                    # reporters" says who did it
                    patient = n.lemma_.lower() in PATIENT_NOUNS and not _pp_actors(n, {"of"}, _always)
                    (undergoers if patient else sources).extend(_conjuncts(c))
                elif c.dep_ in ("compound", "amod") and (c.ent_type_ in ACTOR_ENTS or is_actor(c)):
                    if _within_one_name(c, n):
                        continue  # "the Alder Free Trade Agreement": the words name the deal, not a party
                    modifiers.append(c)
            # "Okafor's Oval Office meeting", "Kastan's Veloria visit": with a possessor doing the act, the
            # name before the noun says where it was held or whom it was done to, never a second doer
            modifier_only = bool(modifiers) and not sources
            modifier_undergoers = [] if modifier_only else [c for c in modifiers if not _a_venue(c)]
            if modifier_only:
                sources.extend(modifiers)
            sources.extend(_pp_actors(n, {"by"}, is_actor))
            if not sources and hit[0][:2] in _OF_IS_DOER_ROOTS and n.lemma_.lower() not in _TOPIC_OF_NOUNS:
                # "a meeting of the central committee", "the visit of the president": who met, who came;
                # "the threat of the Orvik militia": the militia threatens; "the threat of a Kastan
                # invasion" is the invasion feared, no threat Kastan made
                sources.extend(
                    x
                    for x in _pp_actors(n, {"of"}, is_actor)
                    if hit[0][:2] == "04" or _an_actor_itself(x, is_actor)
                )
            sides = _pp_actors(n, {"between"}, is_actor)
            if not sources and len(sides) > 1:
                # "an agreement between Kastan and Veloria": one side with the other
                sources.append(sides[0])
            if not sources and not hit[0].startswith(_FROM_IS_ORIGIN_CODES):
                # "support from the senate", "accusations from both sides": whose they are
                sources.extend(_pp_actors(n, {"from"}, is_actor))
            topic_noun = n.lemma_.lower() in _TOPIC_OF_NOUNS
            target_preps = NOUN_TARGET_PREPS - {"by", "of"} if topic_noun else NOUN_TARGET_PREPS - {"by"}
            targets = [
                t
                for t in _pp_actors(n, target_preps, is_actor)
                if t not in sources and not _released_from(t, hit[0], [n]) and not _where_not_whom(t, hit[0])
            ]
            targets = [*undergoers, *(t for t in targets if t not in undergoers)] or modifier_undergoers
            if topic_noun and not targets and len(sources) < 2:
                continue  # "any talk of Li as a hero": talk about someone, with no one to talk with
            own_pronoun = bool(sources) and all(x.lower_ in POSSESSIVE_PRONOUNS for x in sources)
            if _undergone(n) and not hit[0].startswith(_TAKING_PART_CODES):
                # "Trump received criticism", "Kastan faced sanctions from Veloria": the clause's subject
                # is the target, never the doer
                if not targets:
                    targets = [
                        x for x in _subject_of(n.head) if _can_act(x, self.lex, is_actor) and x not in sources
                    ]
                    targets = [_speaker_for_pronoun(x, n.head, self.lex) for x in targets]
                if not sources:  # "won support from Veloria": the parser hangs "from" on the verb
                    sources = [x for x in _from_actors(n.head, is_actor) if x not in targets]
            elif _only_observed(n, hit[0]):
                pass  # "witnessed the attack", "justified the strike": the subject did not do it
            elif (
                (not sources or (own_pronoun and n.dep_ == "dobj"))
                and n.dep_ in ("dobj", "nsubjpass")
                and n.head.pos_ == "VERB"
                and (n.dep_ == "dobj" or any(c.dep_ == "agent" for c in n.head.children))
            ):
                # a passive's own "by" phrase only ("was completed by X"); "his call would be recorded and
                # reviewed by X": X did something to the call, and "reviewed" lends "recorded" no doer here
                # "the United States speeded up the withdrawal of ...", "they completed their withdrawal":
                # the doer of the clause did the act the noun names
                clause = [
                    x
                    for x in map(_owner_of_what_it_is, _subject_of(n.head))
                    if _can_act(x, self.lex, is_actor) and not _a_named_thing(x) and x not in targets
                ]
                if clause:
                    sources = [_speaker_for_pronoun(x, n.head, self.lex) for x in clause]
                    modifier_only = False
            if not sources and not targets:
                continue
            if modifier_only and not targets and len(sources) == 1:
                continue  # "a Nato summit": the modifier says whose, not who did what to whom
            if not sources and hit[0][:2] == "04" and n.dep_ == "pobj" and n.head.dep_ == "prep":
                # "after talks with X, he said ...": the clause's subject took part in the talks
                gov = n.head.head
                if gov.pos_ in ("VERB", "AUX"):
                    sources = [x for x in _subject_of(gov) if _actor_like(x, is_actor) and x not in targets]
                    sources = [_speaker_for_pronoun(x, gov, self.lex) for x in sources]
            # a nominal without its own doer whose target is the subject of the clause is not a dyad
            out.append(
                Found(
                    pred=n,
                    trigger=hit[1],
                    tokens=[*_hyphen_prefix(n), n],
                    code=hit[0],
                    coded_by="noun-lexicon",
                    sources=sources,
                    targets=targets,
                    modality=_nominal_modality(n, self.lex),
                    nominal=True,
                )
            )
        return out


# "carried out hundreds of strikes", "conducted strikes": strikes someone carries out are attacks;
# workers stage or call a strike (143)
_FORCE_LIGHT_VERBS = frozenset({"carry", "conduct", "launch", "mount", "unleash"})


_NOBODY_IN_PARTICULAR = frozenset(
    {"nobody", "anyone", "anybody", "everyone", "everybody", "someone", "somebody", "one", "none"}
)


def _force_strike(light: str, noun_hit: tuple[str, str]) -> str:
    code, pattern = noun_hit
    return "190" if code == "143" and pattern == "strike" and light in _FORCE_LIGHT_VERBS else code


# "discussion of U.S. sanctions", "any talk of Li as a hero": what is discussed, not who discusses it
_TOPIC_OF_NOUNS = frozenset({"discussion", "talk", "debate", "conversation", "speculation", "mention"})

_DANGER_NOUNS = frozenset({"threat", "menace"})
# "posed no threat to", "remains a threat": what something is, not a threat anyone made
_BEING_VERBS = frozenset({"pose", "represent", "constitute", "present", "remain", "become", "be", "see"})


def _danger_of(p: Token, lex: Lexicon) -> bool:
    """ "the threat of radicalization": "of" a happening no one threatens to do (not "of sanctions", "of
    military action", "of force", which someone would impose or use)."""
    if p.dep_ != "prep" or p.lower_ != "of":
        return False
    objs = [o for o in p.children if o.dep_ == "pobj"]
    return bool(objs) and all(
        o.pos_ == "NOUN" and o.lemma_.lower() not in _THREATENED_MEANS and _noun_event(o, lex) is None
        for o in objs
    )


# what a threat "of" names that someone would use or do
_THREATENED_MEANS = frozenset(
    {
        "force",
        "violence",
        "action",
        "retaliation",
        "reprisal",
        "punishment",
        "death",
        "genocide",
        "massacre",
        "extermination",
        "annihilation",
    }
)


# "the U.S. has used the threat of tariffs": verbs whose subject makes the threat
_THREAT_MAKING_VERBS = frozenset(
    {"use", "make", "issue", "repeat", "renew", "carry", "follow", "wield", "back"}
)


def _threat_made(n: Token) -> bool:
    """Someone's threat: owned ("Marren's threat of oversight", "a Kastan threat of ...") or made by the
    clause's subject ("used the threat of further tariffs")."""
    if any(c.dep_ == "poss" for c in n.children):
        return True
    if any(c.dep_ in ("compound", "amod") and c.ent_type_ in ACTOR_ENTS for c in n.children):
        return True
    return n.dep_ == "dobj" and n.head.lemma_.lower() in _THREAT_MAKING_VERBS


def _a_danger(n: Token, lex: Lexicon) -> bool:
    """A threat that is a danger, not an act of threatening: said of what something is ("terrorism is
    the leading threat to the US", "states that posed no threat", "recognises the threat posed by X")."""
    if n.lemma_.lower() not in _DANGER_NOUNS:
        return False
    if any(c.dep_ == "acl" and c.lemma_.lower() == "pose" for c in n.children):
        return True
    if n.dep_ in ("attr", "oprd"):
        return True
    if any(_danger_of(p, lex) for p in n.children) and not _threat_made(n):
        return True
    return n.dep_ == "dobj" and n.head.lemma_.lower() in _BEING_VERBS


# Event nouns whose possessor is the one the act was done to ("his release", "her arrest").
PATIENT_NOUNS = frozenset(
    {
        "release",
        "arrest",
        "detention",
        "capture",
        "execution",
        "deportation",
        "extradition",
        "expulsion",
        "imprisonment",
        "conviction",
        "kidnapping",
        "abduction",
        "assassination",
        "murder",
        "killing",
        "indictment",
        "prosecution",
        "impeachment",
        "ouster",
        "overthrow",
        "removal",
        "dismissal",
        "sentencing",
        "torture",
    }
)
# "withdrawal from Kastan", "release from prison", "expulsion from the country": after these the "from"
# phrase says where from, not who
_FROM_IS_ORIGIN_CODES = ("08", "166")
# Verbs whose subject undergoes the act their object noun names ("received criticism", "faced sanctions")
UNDERGO_VERBS = frozenset(
    {"receive", "get", "face", "suffer", "draw", "attract", "endure", "undergo", "survive", "escape"}
    # what someone wins or sets off: "won praise among senators", "the remarks sparked criticism"
    | {"win", "earn", "garner", "gain", "elicit", "provoke", "spark"}
    # what someone slips past: "protesters evaded the police crackdown" were its targets
    | {"evade", "dodge", "elude", "circumvent", "flee"}
    # what someone puts off, defies or heeds was asked of them: "sidestepped demands for elections",
    # "defied calls to resign", "heeded appeals for calm" were made to the subject, not by it
    | {"sidestep", "skirt", "shrug", "brush", "defy", "resist", "heed"}
)
# Verbs whose subject sees, explains or talks about the act their object noun names, without doing it
OBSERVE_VERBS = frozenset(
    {
        # talking an act over: "discussed the threat", "debated the strikes"
        "discuss",
        "debate",
        "witness",
        "see",
        "watch",
        "hear",
        "justify",
        "explain",
        "describe",
        "mention",
        "recall",
        "cover",
        "film",
        "document",
        "fear",
        "expect",
        "predict",
        "anticipate",
        "await",
        # citing, finding or recording an act: "Denmark cited the killing of X", "the agency detected
        # the threat", "they marked the first sanctions since ..." (not "reported" or "acknowledged":
        # "the army reported strikes on 50 targets" are its own)
        "cite",
        "detect",
        "spot",
        "notice",
        "note",
        "mark",
        "record",
        "track",
        "monitor",
        "uncover",
        "discover",
        "remember",
        "commemorate",
        "mourn",
        "highlight",
        "ignore",
        "overlook",
        # countering or judging an act someone else did: "helped thwart an attack", "sought to calm
        # criticism", "condemned the strikes"
        "thwart",
        "foil",
        "repel",
        "repulse",
        "avert",
        "tackle",
        "calm",
        "quell",
        "deflect",
        "defuse",
        "rebuff",
        "counter",
        "condemn",
        "denounce",
        "investigate",
        "probe",
        "undermine",
        "disrupt",
        # tying, likening or judging an act: "linked the bombing to a militant group", "outlined the
        # cooperation of X", "criticised the strikes", "protested the arrest": the subject did not do it
        "link",
        "connect",
        "tie",
        "attribute",
        "liken",
        "compare",
        "outline",
        "detail",
        "criticize",
        "criticise",
        "slam",
        "decry",
        "deplore",
        "lament",
        "regret",
        "protest",
        "applaud",
        "dispute",
        "blame",
        "question",
        # bearing or egging on an act: "will tolerate no further strikes", "encouraged the protests"
        "tolerate",
        "condone",
        "encourage",
        # lacking an act: "Okafor lacked the support to respond" got none
        "lack",
        # failing to see an act or wrecking one: "the ministry missed obvious threats", "the vote could
        # derail the talks": the subject neither made the threat nor held the talks
        "miss",
        "tank",
        "derail",
        "scuttle",
        "jeopardize",
        "jeopardise",
        "endanger",
        "imperil",
        # panning an act: "panned the pledge as empty", "dismissed the accusations": the subject
        # neither apologised nor accused
        "pan",
        "dismiss",
        "ridicule",
        "mock",
        "deride",
    }
)
# Verbs that weigh up an act, most often someone else's
APPRAISE_VERBS = frozenset(
    {"evaluate", "assess", "review", "scrutinize", "scrutinise", "analyze", "analyse", "vet"}
)
# Reporting verbs whose subject only tells of an act when it is an onlooker ("activists reported heavy
# shelling of ..."); an army or a ministry that reports strikes reports its own
_TELLING_VERBS = frozenset({"report", "describe", "say", "claim", "document"})
_ONLOOKER_NOUNS = frozenset(
    {
        "activist",
        "witness",
        "eyewitness",
        "resident",
        "local",
        "monitor",
        "observer",
        "observatory",
        "journalist",
        "reporter",
        "correspondent",
        "medic",
        "doctor",
        "media",
        "newspaper",
        "broadcaster",
    }
)


def _a_venue(tok: Token) -> bool:
    """A building or a region named before an act noun is where it happened ("the Oval Office talks")."""
    return tok.ent_type_ in ("FAC", "LOC")


def _within_one_name(modifier: Token, noun: Token) -> bool:
    """The modifier and the event noun are words of one name ("the Kastan Peace Agreement")."""
    if noun.ent_iob_ == "O" or modifier.ent_iob_ == "O":
        return False
    return any(e.start <= modifier.i < e.end and e.start <= noun.i < e.end for e in noun.doc.ents)


def _from_actors(verb: Token, is_actor: ActorTest) -> list[Token]:
    """The actors named right after the verb's own "from" ("from Veloria"), not deeper down ("relief
    from the grip of sanctions" names no giver)."""
    return [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "from"
        for p in c.children
        if p.dep_ == "pobj"
        for g in _conjuncts(p)
        if _actor_like(g, is_actor)
    ]


def _undergone(n: Token) -> bool:
    if n.dep_ != "dobj" or n.head.pos_ != "VERB" or n.head.lemma_.lower() not in UNDERGO_VERBS:
        return False
    # "won the war", "gained a deal": one wins what one took part in
    return n.head.lemma_.lower() not in _WON_VERBS or n.lemma_.lower() not in _CONTESTS


# Meetings and negotiations one faces, gets or wins one takes part in ("faces tough talks with X"); a
# visit or call received is still done to the subject
_TAKING_PART_CODES = ("040", "046")
_WON_VERBS = frozenset({"win", "gain", "earn", "garner"})
_CONTESTS = frozenset(
    {"war", "battle", "fight", "conflict", "deal", "agreement", "accord", "pact", "treaty", "contract"}
)


def _only_observed(n: Token, code: str) -> bool:
    if n.dep_ != "dobj" or n.head.pos_ != "VERB":
        return False
    verb = n.head.lemma_.lower()
    if verb in APPRAISE_VERBS:
        # "evaluated the allegations against X" are someone else's; "is reviewing its cooperation"
        return not any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for c in n.children)
    if _labelled(n.head) and code[:2] == "04":
        return False  # "both leaders called the talks constructive": one judges talks one held
    return verb in OBSERVE_VERBS or _told_by_onlookers(n.head) or _labelled(n.head)


def _labelled(verb: Token) -> bool:
    """ "called the pact a blunder", "branded the raid a disgrace": a verb that puts a label on its
    object judges an act it need not have done."""
    return any(c.dep_ == "oprd" for c in verb.children)


def _told_by_onlookers(verb: Token) -> bool:
    """ "Activists reported heavy bombardment of X": the reporters are onlookers, not the bombers."""
    if verb.lemma_.lower() not in _TELLING_VERBS:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(s.lemma_.lower() in _ONLOOKER_NOUNS for s in subjects)


# Verbs that call off the act their object names ("scrapped the meeting", "aborted a pact with ...")
CANCEL_VERBS = frozenset(
    {"scrap", "cancel", "abort", "shelve", "scuttle", "scupper", "ditch", "nix", "torpedo", "upend", "halt"}
    | {"waive", "rescind"}  # "would waive sanctions on X": the subject ends them, it does not impose them
)
# Verbs that undo the act their object names only with their particle ("tore up the deal", "stopped the
# deployment": the subject ended it, it did not make it)
CANCEL_PHRASAL = {"tear": "up", "rip": "up", "call": "off", "stop": ""}
# Verbs that put off or prepare the act their object names: it has not happened yet
DEFER_VERBS = frozenset(
    {"postpone", "delay", "arrange", "plan", "schedule", "prepare", "organise", "organize"}
)
# Verbs that weigh, want or argue for the act their object names, which has not happened
WEIGH_VERBS = frozenset(
    {
        "mull",
        "consider",
        "weigh",
        "contemplate",
        "discuss",
        "debate",
        "propose",
        "suggest",
        "advocate",
        "need",
        "want",
        "seek",
        "favor",
        "favour",
        "envisage",
        "envision",
        "explore",
        "study",
    }
)


def _object_denied(verb: Token, trigger: list[Token]) -> bool:
    """A trigger noun that is the verb's object carries "no" ("gave no aid to X")."""
    return any(
        t.pos_ == "NOUN"
        and t.dep_ == "dobj"
        and t.head.i == verb.i
        and any(c.dep_ == "det" and c.lower_ == "no" for c in t.children)
        for t in trigger
    )


# "opened the door to sanctions", "paved the way for talks": what an opening leads to has not come
_OPENINGS = frozenset({"door", "doorway", "gateway", "floodgate", "way", "path", "avenue"})


def _past_an_opening(n: Token) -> bool:
    """The noun is what an opening leads to, the "to" hung on the opening or on the verb that opens it."""
    prep = n.head
    if n.dep_ != "pobj" or prep.lower_ not in ("to", "for"):
        return False
    holder = prep.head
    openings = (
        [holder, *(c for c in holder.children if c.dep_ == "dobj")] if holder.pos_ == "VERB" else [holder]
    )
    return any(o.pos_ == "NOUN" and o.lemma_.lower() in _OPENINGS for o in openings)


def _nominal_modality(n: Token, lex: Lexicon) -> str:
    if any(c.dep_ == "det" and c.lower_ == "no" for c in n.children):
        return "negated"
    if any(c.dep_ == "amod" and c.lower_ in _UNREAL_MODIFIERS for c in n.children) or _only_a_chance(n):
        return "hypothetical"
    if _past_an_opening(n):
        return "hypothetical"
    gov = n.head
    while gov.pos_ not in ("VERB", "AUX") and gov.head.i != gov.i:
        gov = gov.head
    m = "asserted"
    if gov.pos_ in ("VERB", "AUX"):
        m = modality(gov, lex, nominal=True)
        if _none_of_it(n, gov):
            return "negated"  # "won't extract any concession": none was made
        if m == "negated" and _carried_by(n, gov, lex):
            return "negated"  # "had not been exchanging threats": no threat was made
        if m == "negated" and _plan_called_off(_mood_chain(gov, lex)[-1]):
            return "negated"  # "called off plans to attend the summit": no summit for them
        if m == "hypothetical" and _owned_act(n, gov):
            m = "asserted"  # "may be linked to Kastan's military support": the support is there
        if m == "hypothetical":
            return m
        if m == "planned" and n.head.i == gov.i and n.dep_ in ("dobj", "nsubjpass"):
            return m  # "a plan to increase sanctions"; not "will walk away from the talks"
    # What became of the act outranks who tells of it: "wants a deal", Okafor said, wants one not made
    fate = _fate_of_the_act(n)
    if fate is not None:
        return fate
    if m == "reported" or in_quotes(n):
        return "reported"
    return "asserted"


# Verbs whose object is the act itself, done by their subject ("exchanged threats", "traded accusations")
_ACT_CARRYING_VERBS = frozenset({"exchange", "trade", "swap"})


def _carries_an_act(v: Token, lex: Lexicon) -> bool:
    """An exchange verb's direct object is an act noun ("traded accusations", "swapped threats")."""
    return any(c.dep_ == "dobj" and _noun_event(c, lex) is not None for c in v.children)


def _carried_by(n: Token, gov: Token, lex: Lexicon) -> bool:
    """The act noun is the object of a verb that only carries it ("made threats", "exchanged fire"), so
    denying the verb denies the act; "did not condemn the attack" leaves the attack done."""
    lemma = gov.lemma_.lower()
    return n.head.i == gov.i and n.dep_ == "dobj" and (lemma in lex.light or lemma in _ACT_CARRYING_VERBS)


def _owned_act(n: Token, gov: Token) -> bool:
    """An act named with its doer's possessive in a phrase off a verb ("linked to France's support", "in
    honour of his visit") is taken as done, whatever may be true of the verb."""
    return n.head.i != gov.i and any(c.dep_ == "poss" for c in n.children)


def _none_of_it(n: Token, gov: Token) -> bool:
    """ "won't extract any concession", "did not sign any deal"; not "could not be trusted to honor any
    agreement", where only the honouring is denied."""
    return (
        n.head.i == gov.i
        and any(c.dep_ == "det" and c.lower_ == "any" for c in n.children)
        and any(_negator(c) for c in gov.children)
    )


def _fate_of_the_act(n: Token) -> str | None:
    """What the clause around an event noun says became of the act: called off ("scrapped the
    meeting", "a meeting ... which was cancelled"), put off or arranged ("postponed the talks"), or
    only weighed, wanted or argued for ("mulled sanctions", "will need support from X", "advocated
    for strikes on Y")."""
    for c in n.children:
        if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in CANCEL_VERBS and _is_passive(c):
            return "negated"
    gov = n.head
    if n.dep_ == "pobj" and gov.dep_ == "prep" and gov.lower_ == "for":
        gov = gov.head  # "advocated for strikes", "called for talks"
        if gov.pos_ == "NOUN" and gov.lemma_.lower() in _CALLING_WORDS:
            return "hypothetical"  # "calls for his arrest", "a push for sanctions": asked for, not done
    elif n.dep_ not in ("dobj", "nsubjpass"):
        return None
    if gov.pos_ not in ("VERB", "AUX"):
        return None
    lemma = gov.lemma_.lower()
    if lemma in CANCEL_VERBS or _undoes_with_particle(gov):
        return "negated"
    if lemma in DEFER_VERBS and (lemma not in _HELD_WHEN_ORGANISED or _under_way(gov)):
        return "planned"
    if lemma in WEIGH_VERBS and not _definite(n):
        return "hypothetical"  # "mulled sanctions"; "discussed the attack", "never wanted the deal" happened
    if lemma == "see" and gov.dep_ == "xcomp" and gov.head.lemma_.lower() in _WISH_WORDS and not _definite(n):
        return "hypothetical"  # "keen to see negotiations", "wants to see talks"
    return None


# "organised rallies", "organising protests" (a gerund): the rallies were held; only "are organising a
# march" has its act still to come
_HELD_WHEN_ORGANISED = frozenset({"organise", "organize"})


def _under_way(verb: Token) -> bool:
    """A progressive with its "be" ("are organising"), not a bare gerund or a past form, nor a copula the
    parser read as one ("her only crime was organising protests")."""
    return (
        verb.tag_ == "VBG"
        and any(c.dep_ == "aux" and c.lemma_.lower() == "be" for c in verb.children)
        and not any(_says_what_it_is(s) for s in _subject_of(verb))
    )


# Subjects that "be" + gerund defines rather than sets doing ("his crime was organising protests"): the
# gerund is what the noun is, done by the noun's owner
_WHAT_IT_IS_NOUNS = frozenset(
    {
        "crime",
        "offence",
        "offense",
        "sin",
        "mistake",
        "fault",
        "job",
        "task",
        "role",
        "goal",
        "aim",
        "mission",
    }
)


def _says_what_it_is(subj: Token) -> bool:
    return subj.pos_ == "NOUN" and subj.lemma_.lower() in _WHAT_IT_IS_NOUNS


def _owner_of_what_it_is(subj: Token) -> Token:
    """ "Okafor's only crime was organising protests": Okafor organised them, not the crime."""
    if not _says_what_it_is(subj):
        return subj
    return next((c for c in subj.children if c.dep_ == "poss"), subj)


def _undoes_with_particle(verb: Token) -> bool:
    """ "called off the talks", "tore up the deal", "stopped the deployment": the verb with the particle
    it needs to end an act (none for "stop")."""
    particle = CANCEL_PHRASAL.get(verb.lemma_.lower())
    if particle is None:
        return False
    return not particle or any(c.dep_ == "prt" and c.lower_ == particle for c in verb.children)


# "the possibility of arrest", "fear of reprisals": an act that may come, not one that came
_CHANCE_NOUNS = frozenset(
    {
        "possibility",
        "prospect",
        "risk",
        "likelihood",
        "chance",
        "danger",
        "fear",
        "spectre",
        "specter",
        "idea",  # "the idea of a meeting with X": only thought of
        "notion",
        "hope",
    }
)


def _only_a_chance(n: Token) -> bool:
    """Named only as what may happen, even in a report ("says he risks the possibility of arrest")."""
    prep = n.head
    return (
        n.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.pos_ == "NOUN"
        and prep.head.lemma_.lower() in _CHANCE_NOUNS
    )


_WISH_WORDS = DESIRE_VERBS | {"keen", "eager", "anxious", "ready", "willing"}
# "a potential regional war", "possible sanctions": an act only foreseen
_UNREAL_MODIFIERS = frozenset(
    {"potential", "possible", "prospective", "hypothetical", "would-be", "eventual"}
)


def _definite(n: Token) -> bool:
    return any(
        (c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")) or c.dep_ == "poss"
        for c in n.children
    )


def _dedupe(toks: list[Token]) -> list[Token]:
    out: list[Token] = []
    for t in toks:
        if t not in out:
            out.append(t)
    return out


def actor_span(tok: Token) -> tuple[int, int]:
    """Token range [start, end) of the noun phrase headed by ``tok`` (left modifiers, "of" phrase)."""
    start = tok.i
    for c in tok.lefts:
        if c.dep_ in ("punct", "cc", "preconj"):
            continue
        start = min(start, c.left_edge.i)
    if start < tok.i and _is_dateline_place(tok.doc[start]):
        start += 1  # "MOSCOW Acme Corp said ...": the dateline's place is not part of the name
    end = tok.i + 1
    for c in tok.rights:
        if c.dep_ == "prep" and c.lower_ == "of":
            end = max(end, c.right_edge.i + 1)
        elif c.dep_ == "prep" and c.lower_ in ("in", "from") and tok.pos_ == "NOUN" and c.i == end:
            # "demonstrators in Baghdad", "doctors from two aid groups": where they are from says who
            end = max(end, c.right_edge.i + 1)
        elif c.dep_ in ("compound", "flat", "nmod") and c.i == end:
            end = c.i + 1
        elif c.dep_ == "appos" and c != _list_appos(tok) and c.lower_ not in FLOATING_QUANTIFIERS:
            # "Ilsa Marren, the UN relief coordinator," names the same actor
            end = max(end, c.right_edge.i + 1)
    return start, end
