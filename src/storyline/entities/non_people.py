"""Names the tagger took for people that the article never treats as one: software, products, companies.

A small NER model tags an unfamiliar capitalised name as PERSON ("Pinecone Linux", "Blockforge"), and once
one occurrence is a person every repeat of the name joins that person's chain. The article itself
tells otherwise. A person written about several times gets some person's mark: an honorific or a
role, a common given name, a speaker label in a transcript, or "he"/"she" pointing back at the name.
A chain with none of those marks is no person when the name is also used the way things and
organisations are, with an article ("the Blockforge community") or as a modifier of a common noun
("the Pinecone Linux distribution"), and either
- the tagger itself typed most of its name mentions as something else or nothing, or
- it is a single word the article never pairs with a given name ("Fedora", "Brexit").
Such a chain becomes an organisation, and the pronouns it collected are left unresolved.
Across the corpus, a name typed a person in some articles and an organisation in as many others, with
no person's mark in any of them, is an organisation everywhere (``retype_organisation_names``).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from storyline.clean.outlets import KNOWN_OUTLETS
from storyline.cue_lemmas import speech_and_thought_lemmas
from storyline.entities.mentions import Cand
from storyline.entities.registry import norm_key
from storyline.nlp.given_names import first_name_genders

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from storyline.corpus import Corpus
    from storyline.entities.chains import ChainBuilder, WorkChain
    from storyline.entities.registry import Registry
    from storyline.records import Chain

MIN_NAMES = 3  # fewer name mentions say too little either way
MIN_NAMES_SINGLE_WORD = 4
# "he"/"she" resolved to the chain at this rate per name mention marks a person; a misread pronoun now
# and then ("Blockforge ... he") does not
MIN_PRONOUN_RATE = 0.25
MAX_TAGGED_PERSON_SHARE = 0.5
GENDERED = frozenset({"male", "female"})
_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
_OTHER_TYPES = _PLACE_TYPES | {"ORG"}


@dataclass(slots=True)
class _Evidence:
    names: int = 0
    tagged_person: int = 0
    tagged_as: Counter[str] = field(default_factory=Counter)  # the tagger's other types for the name
    gendered_pronouns: int = 0
    thing_uses: int = 0  # "the X", "X distribution"
    person_marks: bool = False


def _thing_use(doc: Doc, c: Cand) -> bool:
    """The name used as things and organisations are: after "the" ("the Blockforge community") or as the
    modifier of a lower-case common noun ("the Pinecone Linux distribution")."""
    if c.start > 0 and doc[c.start - 1].lower_ == "the":
        return True
    root = doc[c.start : c.end].root
    nxt = doc[c.end] if c.end < len(doc) else None
    return (
        nxt is not None
        and root.dep_ == "compound"
        and root.head.i == nxt.i
        and nxt.pos_ == "NOUN"
        and nxt.text.islower()
    )


def _evidence(doc: Doc, ch: WorkChain, label_tokens: set[int]) -> _Evidence:
    ev = _Evidence(person_marks=bool(ch.honorifics or ch.roles))
    for c in ch.cands:
        if c.kind == "pronoun":
            ev.gendered_pronouns += c.gender in GENDERED
        elif c.kind in ("title", "nominal"):
            ev.person_marks = True
        elif c.kind == "name":
            ev.names += 1
            types = {t.ent_type_ for t in doc[c.start : c.end]} - {""}
            ev.tagged_person += "PERSON" in types
            ev.tagged_as.update(types & _OTHER_TYPES)
            ev.thing_uses += _thing_use(doc, c)
            if any(i in label_tokens for i in range(c.start, c.end)):
                ev.person_marks = True  # "((Jane Doe)) I grew up ...": a speaker's turn
    return ev


def _known_given_name(ch: WorkChain) -> bool:

    return bool(ch.first) and norm_key(ch.first or "") in first_name_genders()


def _org_last_words(b: ChainBuilder) -> set[str]:
    """Last words of the document's organisation names of two or more words ("Cedar Linux")."""
    out: set[str] = set()
    for ch in b.chains:
        if ch.ent_type == "ORG":
            for c in ch.cands:
                words = b.doc[c.start : c.end].text.split()
                if c.kind == "name" and len(words) >= 2:
                    out.add(words[-1])
    return out


def not_a_person(doc: Doc, ch: WorkChain, label_tokens: set[int], org_last_words: set[str]) -> str | None:
    """The type a PERSON chain takes when it reads as a thing or an organisation (see the module doc),
    or None when it may well be a person."""
    ev = _evidence(doc, ch, label_tokens)
    if ev.names < MIN_NAMES or ev.person_marks or ev.thing_uses == 0 or _known_given_name(ch):
        return None
    if ev.gendered_pronouns >= MIN_PRONOUN_RATE * ev.names:
        return None
    mostly_untagged = ev.tagged_person < MAX_TAGGED_PERSON_SHARE * ev.names
    single_word = ch.first is None and ev.names >= MIN_NAMES_SINGLE_WORD
    # "Pinecone Linux" beside "Cedar Linux": a last word the document gives an organisation's name
    last = (ch.surname or "").split()[-1:]
    org_word = ch.first is not None and bool(last) and last[0] in org_last_words
    if not (mostly_untagged or single_word or org_word):
        return None
    # a place when the tagger typed half its mentions as one, else an organisation (products too)
    top = ev.tagged_as.most_common(1)
    if top and top[0][0] in _PLACE_TYPES and top[0][1] >= MAX_TAGGED_PERSON_SHARE * ev.names:
        return top[0][0]
    return "ORG"


# A word before a name that says what kind of thing bears it: a storm ("Hurricane Ilse", "Tropical Storm
# Ilse") is an event; a company's legal form after the name ("Norvik Kft", "Delta Holdings Ltd") makes
# it an organisation.
STORM_WORDS = frozenset({"hurricane", "typhoon", "cyclone", "storm", "superstorm"})
LEGAL_FORMS = frozenset(
    {
        "kft",
        "ltd",
        "llc",
        "inc",
        "plc",
        "gmbh",
        "corp",
        "ag",
        "sa",
        "nv",
        "bv",
        "oy",
        "ab",
        "spa",
        "srl",
        "pty",
    }
)
# A building's kind after its name ("Varga Tower", "Okafor Stadium") makes a place, not a person; words that
# are also common surnames ("Hall", "Church", "Street") are left out.
BUILDING_WORDS = frozenset(
    {"tower", "towers", "building", "hotel", "stadium", "arena", "airport", "plaza", "palace", "museum",
     "cathedral", "mosque", "centre", "center", "square"}
)  # fmt: skip
# Arabic, Persian and Urdu words that open an armed group's or a movement's name ("supporters", "army",
# "front", "movement", "party", "battalions", "brigade", "group", "society", "organisation"), before the
# article that joins the rest of the name ("Jaish al-Orvik", "Lashkar-e-Veloria")
GROUP_NAME_OPENERS = frozenset(
    {"ansar", "jaish", "jabhat", "harakat", "hizb", "kataib", "liwa", "saraya", "jamaat", "jamaah",
     "jemaah", "tanzim", "lashkar", "tehrik", "tehreek", "sipah", "majlis", "jund"}
)  # fmt: skip
_JOINING_ARTICLES = ("al-", "al ", "el-", "ad-", "ash-", "as-", "an-", "at-", "ar-", "az-", "ul-", "e-", "i-")
# Outlets as printed ("Wikinews", "Bloomberg"): a name written bare, with no person's mark, is the outlet
OUTLET_NAMES = frozenset(norm_key(v) for variants, _ in KNOWN_OUTLETS.values() for v in variants)


def _name_cands(ch: WorkChain) -> list[Cand]:
    return [c for c in ch.cands if c.kind == "name"]


def kind_of_thing(doc: Doc, ch: WorkChain) -> str | None:
    """The type a person chain takes when its own words say what it is: a storm's name (EVENT), a
    company's legal form or an outlet's name with no person's mark (ORG), a building's kind after a
    name (FAC); None otherwise."""
    for c in _name_cands(ch):
        # the kind word before the name or inside it ("Hurricane Ilse", "Tropical Storm Ilse")
        words = [t.lower_.rstrip(".") for t in doc[max(c.start - 1, 0) : c.end]]
        if any(w in STORM_WORDS for w in words[:-1]) and not _gendered(ch):
            return "EVENT"  # "he" or "she" would make it a nickname ("Hurricane" Ilse Varga, a boxer)
        if words[-1] in LEGAL_FORMS and len(words) >= 2:
            return "ORG"
        if c.end - c.start >= 2 and words[-1] in BUILDING_WORDS and not (_gendered(ch) or ch.honorifics):
            return "FAC"
    if any(_group_name_words(doc[c.start : c.end].text) for c in _name_cands(ch)) and not (
        _gendered(ch) or ch.honorifics
    ):
        return "ORG"
    # a role noun the anaphor step hung on the name ("The director told Wikinews") is no mark here
    if ch.first is None and not (ch.honorifics or ch.roles or _gendered(ch)):
        names = {norm_key(doc[c.start : c.end].text) for c in _name_cands(ch)}
        if names and names <= OUTLET_NAMES:
            return "ORG"
    return None


def _group_name_words(name: str) -> bool:
    """An armed group's or a movement's name ("Ansar al-Orvik", "Lashkar-e-Veloria"): a word that
    names a kind of group, then the article that joins it to the rest of the name."""
    low = name.lower()
    head, _, rest = low.partition(" ")
    if "-" in head:  # "lashkar-e-veloria": one hyphenated word
        head, _, rest = head.partition("-")
        rest = "-" + rest
        return head in GROUP_NAME_OPENERS and rest.startswith(("-e-", "-i-", "-ul-", "-al-"))
    return head in GROUP_NAME_OPENERS and rest.startswith(_JOINING_ARTICLES)


# What the article says of a lone word shows a place: "the town of X", "the X district", "X's residents",
# "in X"; or a news agency: "the X news agency", "X, the state news agency".
_PLACE_NOUNS_BEFORE_OF = frozenset(
    {"town", "city", "village", "region", "province", "district", "area", "suburb", "suburbs", "outskirts",
     "enclave", "island", "residents", "inhabitants"}
)  # fmt: skip
_PLACE_NOUNS_AFTER = frozenset(
    {"district", "neighborhood", "neighbourhood", "area", "suburb", "province", "governorate", "region",
     "town", "village", "enclave", "valley"}
)  # fmt: skip
_PLACE_NOUNS_AFTER_POSSESSIVE = frozenset(
    {"residents", "inhabitants", "outskirts", "streets", "mayor", "suburbs", "population"}
)
_LOCATIVE_BEFORE = frozenset({"in", "near", "outside", "inside", "across", "throughout"})
# nouns whose "in" takes a person as readily as a place ("faith in X", "a role in X's campaign")
_IN_TAKES_ANYONE = frozenset({"confidence", "faith", "trust", "interest", "belief", "stake", "role", "part"})
_MEDIA_NOUNS = frozenset({"agency", "newspaper", "broadcaster", "daily", "tabloid"})


def _place_cue(doc: Doc, c: Cand) -> bool:
    before = doc[c.start - 1] if c.start > 0 else None
    before2 = doc[c.start - 2] if c.start > 1 else None
    after = doc[c.end] if c.end < len(doc) else None
    after2 = doc[c.end + 1] if c.end + 1 < len(doc) else None
    if (
        before is not None
        and before.lower_ == "of"
        and before2 is not None
        and before2.lower_ in _PLACE_NOUNS_BEFORE_OF
    ):
        return True  # "the town of X", "residents of X"
    if after is not None and after.lower_ in _PLACE_NOUNS_AFTER and after.text.islower():
        return True  # "the X area"
    if after is not None and after.lower_ == "refugee" and after2 is not None and after2.lower_ == "camp":
        return True
    if after is not None and after.tag_ == "POS" and after2 is not None:
        return after2.lower_ in _PLACE_NOUNS_AFTER_POSSESSIVE  # "X's residents", not "X's plan"
    if before is not None and before.lower_ in _LOCATIVE_BEFORE:
        return before.head.lemma_.lower() not in _IN_TAKES_ANYONE
    return False


def _agency_cue(doc: Doc, c: Cand) -> bool:
    """ "the nation's X news agency", "X, the state news agency": the name of a news outlet."""
    root = doc[c.start : c.end].root
    if root.dep_ == "compound" and root.head.lemma_.lower() in _MEDIA_NOUNS and root.head.text.islower():
        return True
    if any(t.dep_ == "appos" and t.lemma_.lower() in _MEDIA_NOUNS for t in root.children):
        return True
    return _media_noun_after_comma(doc, c.end)


def _media_noun_after_comma(doc: Doc, end: int) -> bool:
    """ "X, the state news agency, said": a noun phrase after the comma that ends in a media noun (the
    parser does not always attach it as an apposition). "X, the agency's chief" is a person."""
    if end >= len(doc) or doc[end].text != ",":
        return False
    for t in doc[end + 1 : end + 8]:
        if t.is_punct or t.pos_ in ("VERB", "AUX"):
            return False
        if t.lemma_.lower() in _MEDIA_NOUNS and t.text.islower():
            nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
            return nxt is None or nxt.pos_ not in ("NOUN", "PROPN", "PART") and nxt.tag_ != "POS"
    return False


def _speaks_as_subject(doc: Doc, c: Cand) -> bool:
    root = doc[c.start : c.end].root
    return root.dep_ == "nsubj" and root.head.lemma_.lower() in speech_and_thought_lemmas()


def place_or_agency_by_its_words(doc: Doc, ch: WorkChain, reg: Registry) -> str | None:
    """A lone word with no person's mark (no given name, honorific, role or "he"/"she", no registry person
    of that surname) is a place (GPE) when the article places something in it or calls it a town, area or
    the like, and a news agency (ORG) when it calls it one. A name that says something is a person."""
    names = _name_cands(ch)
    if not names or ch.first is not None or ch.honorifics or ch.roles or _gendered(ch):
        return None
    words = {norm_key(doc[c.start : c.end].text) for c in names}
    if any(len(w.split()) != 1 or w in reg.surnames or reg.known_people(w) for w in words):
        return None
    if any(_agency_cue(doc, c) for c in names):
        return "ORG"  # an agency "says" and "reports" as people do
    if any(_place_cue(doc, c) for c in names) and not any(_speaks_as_subject(doc, c) for c in names):
        return "GPE"
    return None


def _gendered(ch: WorkChain) -> int:
    return sum(1 for c in ch.cands if c.kind == "pronoun" and c.gender in GENDERED)


def _pair_of_people(doc: Doc, ch: WorkChain, surnames: set[str]) -> bool:
    """ "the Reyes-Okafor summit": two people's surnames joined by a hyphen name a meeting of the two, no
    third person."""
    for c in _name_cands(ch):
        parts = doc[c.start : c.end].text.split("-")
        if len(parts) != 2 or not all(norm_key(p) in surnames for p in parts):
            return False
    return bool(_name_cands(ch))


def retype_non_people(b: ChainBuilder, label_tokens: set[int]) -> None:
    """Turn the person chains that are no person into organisations or places; their pronouns stay
    unresolved. Names sharing a last word with an organisation are judged after the others are
    retyped ("Pinecone Linux" after "Cedar Linux")."""
    surnames = {norm_key(ch.surname) for ch in b.chains if ch.ent_type == "PERSON" and ch.surname}
    for ch in b.chains:
        if ch.ent_type != "PERSON" or not ch.cands:
            continue
        if _pair_of_people(b.doc, ch, surnames - {norm_key(ch.surname or "")}):
            _drop(b, ch)
            continue
        kind = kind_of_thing(b.doc, ch) or place_or_agency_by_its_words(b.doc, ch, b.reg)
        if kind is not None:
            _retype(b, ch, kind)
    for _ in range(2):
        org_words = _org_last_words(b)
        for ch in b.chains:
            if ch.ent_type != "PERSON" or not ch.cands:
                continue
            new_type = not_a_person(b.doc, ch, label_tokens, org_words)
            if new_type is not None:
                _retype(b, ch, new_type)


def _drop(b: ChainBuilder, ch: WorkChain) -> None:
    for c in ch.cands:
        del b.assigned[id(c)]
    ch.cands = []


def _retype(b: ChainBuilder, ch: WorkChain, ent_type: str) -> None:
    for c in [c for c in ch.cands if c.kind in ("pronoun", "nominal", "title")]:
        ch.cands.remove(c)
        del b.assigned[id(c)]
    ch.ent_type = ent_type
    ch.first = ch.surname = ch.full = ch.gender = None
    ch.honorifics, ch.roles = [], []
    for c in ch.cands:
        c.ent_type = ent_type


def retype_organisation_names(corpus: Corpus) -> int:
    """Across the corpus: a name the tagger made a person in some articles and an organisation in as
    many or more ("told Harbour Wire" beside "Harbour Wire reported") is an organisation wherever none of its
    person chains carries a person's mark (an honorific, a role, a common given name, "he" or "she").
    Returns how many chains changed."""
    person: dict[str, list[Chain]] = defaultdict(list)
    org_docs: dict[str, set[str]] = defaultdict(set)
    for c in corpus.chains:
        if c.ent_type == "PERSON":
            person[norm_key(c.name)].append(c)
        elif c.ent_type == "ORG":
            org_docs[norm_key(c.name)].add(c.doc_id)
    with_pronouns = {(m.doc_id, m.chain_id) for m in corpus.mentions if m.kind == "pronoun"}
    changed: set[tuple[str, int]] = set()
    for key, chains in person.items():
        if len(org_docs.get(key, ())) < len({c.doc_id for c in chains}):
            continue
        if any(_person_marked(c, with_pronouns) for c in chains):
            continue
        for c in chains:
            c.ent_type = "ORG"
            c.first_name = c.surname = None
            changed.add((c.doc_id, c.chain_id))
    for m in corpus.mentions:
        if (m.doc_id, m.chain_id) in changed:
            m.ent_type = "ORG"
    return len(changed)


# A one-word organisation is a person's surname when the corpus writes that surname for a person, with a
# person's mark, in at least this many articles and this many times as many as it types it an organisation
MIN_PERSON_DOCS = 3
PERSON_DOCS_PER_ORG_DOC = 2


def retype_person_surnames(corpus: Corpus) -> int:
    """Across the corpus: a lone word the tagger typed an organisation in a few articles ("wait Okafor
    out", "OKAFOR SLAMS ...") that is the surname of a person in many more ("President Okafor said") is
    that person there too; it then resolves with the person's other mentions. Returns how many chains
    changed."""
    with_pronouns = {(m.doc_id, m.chain_id) for m in corpus.mentions if m.kind == "pronoun"}
    person_docs: dict[str, set[str]] = defaultdict(set)
    for c in corpus.chains:
        if c.ent_type == "PERSON" and c.surname and _person_marked(c, with_pronouns):
            person_docs[norm_key(c.surname)].add(c.doc_id)
    lone = [c for c in corpus.chains if c.ent_type == "ORG" and not c.actor_code and len(c.name.split()) == 1]
    org_docs: dict[str, set[str]] = defaultdict(set)
    for c in lone:
        org_docs[norm_key(c.name)].add(c.doc_id)
    changed: set[tuple[str, int]] = set()
    for c in lone:
        key = norm_key(c.name)
        people = person_docs.get(key, set())
        if key in OUTLET_NAMES or len(people) < max(
            MIN_PERSON_DOCS, PERSON_DOCS_PER_ORG_DOC * len(org_docs[key])
        ):
            continue
        c.ent_type = "PERSON"
        c.name = c.surname = c.name.title() if c.name.isupper() else c.name
        changed.add((c.doc_id, c.chain_id))
    for m in corpus.mentions:
        if (m.doc_id, m.chain_id) in changed:
            m.ent_type = "PERSON"
    return len(changed)


def _person_marked(c: Chain, with_pronouns: set[tuple[str, int]]) -> bool:

    return bool(
        c.honorifics
        or c.roles
        or (c.doc_id, c.chain_id) in with_pronouns
        or (c.first_name and norm_key(c.first_name) in first_name_genders())
    )
