"""Who "he" and "she" are, by salience: the person the passage is about, not merely the last name seen.

One pass over the body sentences keeps a score per person that halves each sentence; a subject mention adds
more than any other mention, and each resolved subject pronoun feeds its person again, so a speaker
referred to as "he said ... he added ... he said" stays the topic while other people are named in passing.
Mentions inside quotation marks add only a little (a quoted narrative passage can be the only place a person
is named), and so does a possessor ("Reis's house"); pull quotes, captions and attribution lines add nothing.
A name in apposition to a subject title ("Velmar's President Ana Reis -- ... -- told") is the subject, and a
description the entities stage tied to a named person ("the president") counts as that person. A pronoun in a
clause fronted before its main clause ("As he left, Ana Reis said") is the main clause's subject.

Gender comes from titles and first names, else from the pronouns that follow a person in sentences naming no
one else; a person of unknown gender counts half for "he"/"she" unless they are the subject earlier in the
same sentence or a named subject of the latest sentence's main clause (unnamed too, for a pronoun opening
its sentence as subject). Unnamed relatives ("my father", "his
wife") and gendered roles ("the minister's spokesman") are people too, with the gender their noun says, and so
is someone brought in unnamed as a reporter's source ("a ministry spokesman said", "one shop owner told ...").

People are told apart by their entity chain (or, without chains, by full name), never by surname alone:
two people sharing a surname ("Ana Reis" and "Tomas Reis") keep their own salience and their own gender, and
a bare surname goes to the most recent person named with it.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from spacy.attrs import LOWER
from spacy.strings import get_string_id

from storyline.nlp.agents import cannot_act
from storyline.quotes.cues import AUTHORED_NOUNS, first_name_genders
from storyline.quotes.descriptions import unnamed_role

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from storyline.state import DocState

DECAY = 0.5
SUBJECT_WEIGHT = 80.0
OTHER_WEIGHT = 40.0
# A name inside quotation marks is rarely the next "he said", but a quoted narrative passage is the only
# place some people are ever named; they may be antecedents, just weak ones.
QUOTED_WEIGHT = 10.0
# A possessor ("Reis's house could be wired") is named in passing: as weak as a name inside a quote.
POSSESSOR_WEIGHT = 10.0
MALE_TITLES = frozenset(["mr", "mr.", "sir", "lord", "king", "prince", "baron", "duke", "father", "brother"])
FEMALE_TITLES = frozenset(
    ["mrs", "mrs.", "ms", "ms.", "miss", "lady", "dame", "queen", "princess", "baroness", "duchess", "sister"]
)
KIN_GENDER = {
    "father": "m",
    "dad": "m",
    "husband": "m",
    "son": "m",
    "brother": "m",
    "grandfather": "m",
    "uncle": "m",
    "nephew": "m",
    "mother": "f",
    "mom": "f",
    "mum": "f",
    "wife": "f",
    "daughter": "f",
    "sister": "f",
    "grandmother": "f",
    "aunt": "f",
    "niece": "f",
    # roles whose noun says the gender: "the minister's spokesman said ... he added"
    "spokesman": "m",
    "spokeswoman": "f",
    "chairman": "m",
    "chairwoman": "f",
}
_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
_SUBJECT_DEPS = ("nsubj", "nsubjpass")


@dataclass(slots=True)
class Person:
    key: str  # "chain:<id>" when the entities stage chained the name, else "name:<full name, lower case>"
    ents: list[Span] = field(default_factory=list)
    gender: str | None = None

    @property
    def best(self) -> Span:
        return max(self.ents, key=lambda e: len(e.text))


@dataclass(slots=True)
class SalienceModel:
    people: dict[str, Person]
    resolved: dict[int, str]  # pronoun token index -> person key
    # pronoun token index -> the people it could stand for with their weighted scores, best first
    ranked: dict[int, list[tuple[str, float]]] = field(default_factory=dict)


def _wordlike(tok: Token) -> bool:
    """A word of a name: letters, possibly with an apostrophe inside ("O'Neill", "D'Souza"), which spaCy's
    is_alpha rejects. A hyphen joins two names ("Reis-Kiral talks"), not one."""
    return tok.text[:1].isalpha() and all(c.isalpha() or c in "'’" for c in tok.text)


def _surname(ent: Span) -> str:
    words = [t for t in ent if _wordlike(t)]
    return (words[-1].lower_ if words else ent.text.lower()).removesuffix("'s")


def _name_words(ent: Span) -> list[str]:
    """The name's words without titles and initials ("Mr. Tomas J. Reis" -> ["tomas", "reis"])."""
    return [
        t.lower_
        for t in ent
        if _wordlike(t) and len(t) > 1 and t.lower_ not in MALE_TITLES and t.lower_ not in FEMALE_TITLES
    ]


def _person_chains(state: DocState) -> dict[int, int]:
    """Character -> chain id, for the characters of each PERSON mention (empty when the entities stage did
    not run): a name the NER cut differently ("Okafor" inside the mention "Mr Okafor") still finds its chain."""
    person_chains = {c.chain_id for c in state.chains if c.ent_type == "PERSON"}
    return {
        i: m.chain_id for m in state.mentions if m.chain_id in person_chains for i in range(m.start, m.end)
    }


def person_keys(state: DocState, persons: Sequence[Span]) -> list[str]:
    """One key per person span (in text order): its entity chain when it has one, else its full name;
    a one-word name joins the latest person before it (else the first after it) whose name ends or starts
    with that word, and stands alone when no such person exists."""
    chains = _person_chains(state)
    keys: list[str | None] = []
    for e in persons:
        chain = chains.get(e.root.idx)
        words = _name_words(e)
        if chain is not None:
            keys.append(f"chain:{chain}")
        elif len(words) > 1:
            keys.append("name:" + " ".join(words))
        else:
            keys.append(None)
    full = [(i, k, _name_words(e)) for i, (e, k) in enumerate(zip(persons, keys, strict=True)) if k]
    out: list[str] = []
    for i, (e, k) in enumerate(zip(persons, keys, strict=True)):
        if k is not None:
            out.append(k)
            continue
        word = _surname(e)
        fits = [(j, fk) for j, fk, w in full if w and (w[-1] == word or w[0] == word)]
        before = [fk for j, fk in fits if j < i]
        after = [fk for j, fk in fits if j > i]
        out.append(before[-1] if before else after[0] if after else "name:" + word)
    return out


def _gender_of(doc: Doc, ents: Sequence[Span]) -> str | None:
    """The gender most mentions show (a surname shared by a husband and wife leans to the one named
    more often); None when nothing shows or the evidence ties."""
    seen: Counter[str] = Counter()
    names = first_name_genders()
    for e in ents:
        words = [t.lower_ for t in e[:-1]]
        if e.start > 0:
            words.append(doc[e.start - 1].lower_)
        for w in words:
            if w in MALE_TITLES:
                seen["m"] += 1
            elif w in FEMALE_TITLES:
                seen["f"] += 1
        if len(e) > 1 or all(len(x) == 1 for x in ents):
            # a lone word is a first name only when this person is never named in full ("Melanie")
            g = names.get(e[0].lower_)
            if g:
                seen[g] += 1
    if seen["m"] == seen["f"]:
        return None
    return "m" if seen["m"] > seen["f"] else "f"


def _indices_of(doc: Doc, words: Collection[str]) -> list[int]:
    """Indices of the tokens whose lower-case form is one of ``words``, in order. Reads the lower-case
    column of the doc instead of building a Token for each word, which costs most of a pass."""
    wanted = {get_string_id(w) for w in words}  # the hash, the store left as it is
    return [i for i, h in enumerate(doc.to_array(LOWER).tolist()) if h in wanted]


def _kin_subjects(doc: Doc, persons: Sequence[Span], inside_quote: Callable[[int], bool]) -> list[Span]:
    """Unnamed people whose noun says their gender, as subjects outside quotes ("my father often said",
    "his wife told reporters"): the only antecedent some "he said" has in first-person or family stories."""
    covered = {i for e in persons for i in range(e.start, e.end)}
    out: list[Span] = []
    for t in (doc[i] for i in _indices_of(doc, KIN_GENDER)):
        if (
            t.pos_ == "NOUN"
            and t.dep_ in _SUBJECT_DEPS
            and t.i not in covered
            and any(c.dep_ == "poss" for c in t.children)
            and not any(c.dep_ == "appos" for c in t.children)  # "his wife, Ana Reis," is named
            and not inside_quote(t.idx)
        ):
            out.append(doc[t.left_edge.i : t.i + 1])
    return out


# Words that make a subject someone not named before ("a spokesman", "one shop owner", "another aide").
_INDEFINITE = frozenset({"a", "an", "another", "one"})
# The verbs by which a reporter quotes a source he spoke to ("one resident told reporters"); someone
# who wrote or typed something ("a doctor had typed 'X'") is part of the story, seldom the next "she".
_SOURCE_VERBS = frozenset(
    {"say", "tell", "add", "explain", "insist", "warn", "claim", "note", "recall", "complain", "reply", "confirm"}
)  # fmt: skip


# What can "say" something without being anyone: texts, pictures and records ("one caption said ...").
_WRITTEN_THINGS = frozenset(
    {"caption", "headline", "document", "sign", "banner", "placard", "label", "text", "transcript", "draft",
     "page", "photo", "picture", "image", "footage", "recording", "tape", "chart", "map", "review",
     "analysis", "assessment", "estimate", "version", "summary", "record", "file", "notice", "sticker"}
)  # fmt: skip


def _a_written_thing(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    return lemma in AUTHORED_NOUNS or lemma in _WRITTEN_THINGS or cannot_act(noun)


def _unnamed_speakers(doc: Doc, persons: Sequence[Span], inside_quote: Callable[[int], bool]) -> list[Span]:
    """Someone brought in unnamed as the subject of a speech verb ("a ministry spokesman said", "one shop
    owner told reporters"): a new person, never one named before, so the next "he said" may be them."""
    covered = {i for e in persons for i in range(e.start, e.end)}
    out: list[Span] = []
    for d in (doc[i] for i in _indices_of(doc, _INDEFINITE)):
        t = d.head
        if (
            d.dep_ in ("det", "nummod")
            and t.pos_ == "NOUN"
            and t.tag_ == "NN"  # one person: "two officials said" is no "he"
            and t.dep_ in _SUBJECT_DEPS
            and t.head.lemma_.lower() in _SOURCE_VERBS
            and t.i not in covered
            and not any(c.dep_ == "appos" for c in t.children)  # "a spokesman, Ana Reis," is named
            and not inside_quote(t.idx)
            and not _a_written_thing(t)  # "a report said", "one caption said"
        ):
            out.append(doc[t.left_edge.i : t.i + 1])
    return out


def _role_speakers(
    state: DocState, persons: Sequence[Span], inside_quote: Callable[[int], bool]
) -> list[Span]:
    """A definite role no one named before fits, as the subject of a speech verb ("the Velorian spy chief
    told lawmakers ..."): a new person, so the next "he said" is not someone named in passing."""
    doc = state.doc
    covered = {i for e in persons for i in range(e.start, e.end)}
    out: list[Span] = []
    for d in (doc[i] for i in _indices_of(doc, ("the",))):
        t = d.head
        if (
            d.dep_ == "det"
            and t.dep_ in _SUBJECT_DEPS
            and t.head.lemma_.lower() in _SOURCE_VERBS
            and t.i not in covered
            and not inside_quote(t.idx)
            and unnamed_role(state, t)
        ):
            out.append(doc[t.left_edge.i : t.i + 1])
    return out


def misread_modal(tok: Token) -> bool:
    """A name the parser read as a modal ("May noted that ..."): a modal never governs a finite
    verb, so a title-case "modal" before a past or present tense verb is the verb's subject."""
    return tok.tag_ == "MD" and tok.dep_ == "aux" and tok.is_title and tok.head.tag_ in ("VBD", "VBZ")


def _untagged_recurrences(doc: Doc, persons: Sequence[Span]) -> list[Span]:
    """A person's surname recurring where the NER tagged no person ("Oz's advice earned him ..."): the
    same person again. Places keep their tag (a surname can also be a town)."""
    names = {_surname(e) for e in persons if len(_surname(e)) > 1}
    covered = {i for e in persons for i in range(e.start, e.end)}
    out: list[Span] = []
    for t in (doc[i] for i in _indices_of(doc, names)):
        if (
            t.i not in covered
            and (t.pos_ == "PROPN" or misread_modal(t))
            and t.is_title
            and t.ent_type_ not in ("GPE", "LOC", "FAC", "DATE", "PERSON")
            and not (t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN" and doc[t.i + 1].is_title)
        ):
            out.append(doc[t.i : t.i + 1])
    return out


def _pronoun_genders(
    state: DocState,
    by_sentence: dict[int, list[Span]],
    key_of: dict[tuple[int, int], str],
    inside_quote: Callable[[int], bool],
) -> dict[str, str]:
    """Gender shown by the document itself for names that show none ("Oz's advice earned him ..."): the
    gendered pronouns that follow a person in sentences naming no one else, by majority."""
    votes: dict[str, Counter[str]] = {}
    for si, ents in by_sentence.items():
        outside = [e for e in ents if not inside_quote(e.start_char)]
        keys = {key_of[(e.start, e.end)] for e in outside}
        if len(keys) != 1 or not (0 <= si < len(state.sentences)):
            continue
        sent = state.sentences[si]
        span = state.doc.char_span(sent.start, sent.end, alignment_mode="expand")
        if span is None:
            continue
        first = min(e.end for e in outside)
        for tok in span:
            g = _PRONOUN_GENDER.get(tok.lower_)
            if g is not None and tok.i >= first and not inside_quote(tok.idx):
                votes.setdefault(next(iter(keys)), Counter())[g] += 1
    out: dict[str, str] = {}
    for key, seen in votes.items():
        if seen["m"] != seen["f"]:
            out[key] = "m" if seen["m"] > seen["f"] else "f"
    return out


def _subject_token(ent: Span) -> Token | None:
    """The token that makes the name a clause's subject: a subject inside it, or the title noun it is in
    apposition to ("Velmar's President Ana Reis -- whose ... -- told": the parser makes "President" the
    subject and the name its appositive). The parser may hang the name on the last noun of the title's
    phrase instead ("Velmar's ambassador to Orvik, Ana Reis, said": on "Orvik"); it is still the title's."""
    own = next((t for t in ent if t.dep_ in _SUBJECT_DEPS or misread_modal(t)), None)
    if own is not None:
        return own
    root = ent.root
    if root.dep_ != "appos":
        return None
    head = root.head
    while head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.i != head.head.i:
        head = head.head.head  # "ambassador to Orvik", "spokeswoman for the ministry"
    return head if head.dep_ in _SUBJECT_DEPS else None


def _main_clause_subject(subject: Token) -> bool:
    """The subject of the sentence's main clause (or of a clause coordinated with it), not of a clause
    inside another: "When Ana Reis joked ..., Tomas Kiral pointed out ..." is about Kiral; "He said
    Reis is ..." is about "he"."""
    verb: Token | None = subject.head
    if subject.head.dep_ in ("aux", "auxpass") and subject.head.head.i != subject.head.i:
        verb = subject.head.head  # "Ana Reis, the senator, is weighing ...": the parse may hang her on "is"
    while verb is not None and verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb is not None and verb.dep_ == "ROOT"


_PERSONAL_SUBJECTS = frozenset({"he", "she", "they", "i", "we", "you"})


def _only_person_subject(subject: Token) -> bool:
    """The subject of a relative clause in a sentence whose main clause has a thing for its subject ("Those
    rooms are far from the cells that Dr. Ana Reis described in court."): the one person the sentence is
    about, as much as a main clause's subject; the next "she said" is hers."""
    verb = subject.head
    # only a relative clause: a reported clause's subject ("the attack proves that the group never gave
    # up, he says") is what someone says, not who speaks next
    if verb.dep_ != "relcl" or subject.dep_ != "nsubj":
        return False
    main = [c for c in subject.sent.root.children if c.dep_ in _SUBJECT_DEPS]
    return bool(main) and all(_no_one_for_he_or_she(c) for c in main)


def _no_one_for_he_or_she(subject: Token) -> bool:
    """A subject no "he"/"she" can stand for: a plural noun ("those rooms", "officials"), a thing, a
    text, or "it"/"this"; not a name, a personal pronoun or a singular role ("the mayor")."""
    if subject.ent_type_ or subject.lower_ in _PERSONAL_SUBJECTS:
        return False
    if subject.pos_ == "PRON":
        return subject.lower_ in ("it", "this", "that", "these", "those")
    if subject.pos_ != "NOUN":
        return False
    return subject.tag_ == "NNS" or cannot_act(subject) or subject.lemma_.lower() in AUTHORED_NOUNS


# Spoken acts a person owns ("Reis's jab", "her warning"): like what they write, they keep the owner the
# topic, so the "when he said" that tells the act goes to them.
_SPOKEN_ACTS = frozenset(
    {"jab", "dig", "barb", "swipe", "retort", "rebuke", "warning", "claim", "criticism", "response", "reply",
     "plea", "appeal", "accusation", "threat", "pledge", "vow", "promise", "announcement", "testimony",
     "word", "address", "answer", "insult", "boast", "denial", "admission", "rant"}
)  # fmt: skip


def _possessor(ent: Span) -> bool:
    """A name that only says whose thing the phrase is about ("Reis's house could be wired"): the thing is
    the topic, not its owner. What a person says or writes keeps them the topic ("While Reis's message was
    blunt, the president ...")."""
    owned = ent.root.head.lemma_.lower()
    return ent.root.dep_ == "poss" and owned not in AUTHORED_NOUNS and owned not in _SPOKEN_ACTS


def _trim_possessive(ent: Span) -> Span:
    """The name without a trailing possessive ending the NER kept inside it ("Ana Reis's" -> "Ana Reis"),
    so it meets the entities stage's mention of the same name."""
    if len(ent) > 1 and ent[-1].tag_ == "POS":
        return ent[:-1]
    return ent


def _beside_a_name(head: Token) -> bool:
    """A description in apposition with a name, either way round ("the author, Ana Reis", "Ana Reis,
    the author")."""
    if head.dep_ == "appos" and head.head.ent_type_ == "PERSON":
        return True
    return any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in head.children)


def _mention_weight(ent: Span, quoted: bool) -> float:
    if quoted:
        return QUOTED_WEIGHT
    subject = _subject_token(ent)
    if subject is not None and (_main_clause_subject(subject) or _only_person_subject(subject)):
        return SUBJECT_WEIGHT
    return POSSESSOR_WEIGHT if _possessor(ent) else OTHER_WEIGHT


def _cataphora(span: Span, tok: Token, key_at: dict[int, str]) -> str | None:
    """The person a pronoun in a clause fronted before its main clause looks ahead to: "As he was leaving,
    Ana Reis said ..." is Reis, whoever was named before. None for any other pronoun."""
    if tok.dep_ not in _SUBJECT_DEPS:
        return None
    clause = tok.head
    if clause.dep_ != "advcl" or clause.i > clause.head.i or clause.right_edge.i >= clause.head.i:
        return None
    main = clause.head
    subject = next((c for c in main.children if c.dep_ in _SUBJECT_DEPS and c.i > clause.right_edge.i), None)
    if subject is None or not span.start <= subject.i < span.end:
        return None
    return key_at.get(subject.i)


def _in_own_participle_clause(ent: Span, pronoun: Token) -> bool:
    """Whether a name is the object of a subjectless participle clause hung on the pronoun's own verb
    ("Praising Ana Reis for her work, he said ...", "After meeting Reis, she said ..."): the pronoun is
    that clause's doer too, so it cannot be the person it acts on."""
    if pronoun.dep_ not in _SUBJECT_DEPS:
        return False
    verb = pronoun.head
    tok = ent.root
    while tok.i != verb.i and tok.head.i != tok.i:
        if tok.dep_ in _SUBJECT_DEPS:
            return False
        head = tok.head
        if (
            head.tag_ in ("VBG", "VBN")
            and head.dep_ in ("advcl", "pcomp")
            and not any(c.dep_ in _SUBJECT_DEPS for c in head.children)
        ):
            clause_top = head.head.head if head.dep_ == "pcomp" else head.head
            return clause_top.i == verb.i
        tok = head
    return False


def _opens_paragraph(text: str, start: int) -> bool:
    """Whether the sentence's first word begins a paragraph (a stray closing mark of the paragraph before
    may open the sentence: '"' + blank line + "Ana Reis, ...")."""
    i = start
    while i < len(text) and not text[i].isalnum():
        i += 1
    j = i
    while j > 0 and text[j - 1] in " \t\"'“”‘’":
        j -= 1
    return j == 0 or text[j - 1] == "\n"


def _opens_as_subject(sent: Span, pron: Token) -> bool:
    """The pronoun is the first word of its sentence and its subject ("He said ...", not '"...," he said')."""
    first = next((t for t in sent if not t.is_punct and not t.is_space), None)
    return first is not None and first.i == pron.i and pron.dep_ in _SUBJECT_DEPS


def _shift_topic(scores: dict[str, float], subject: str) -> None:
    """A paragraph that opens with a named person as its subject turns to that person: everyone met
    before fades once more, so a person a long (or printed-twice) paragraph before kept saying "he" about
    does not outweigh the new subject for the next "he told"."""
    for k in scores:
        if k != subject:
            scores[k] *= DECAY


def build_salience(state: DocState, quoted: Sequence[tuple[int, int]]) -> SalienceModel:
    doc = state.doc

    def inside_quote(char: int) -> bool:
        return any(s <= char < e for s, e in quoted)

    persons = [_trim_possessive(e) for e in doc.ents if e.label_ == "PERSON" and any(_wordlike(t) for t in e)]
    # Names the entities stage found as people, where the NER missed them ("Fowler" tagged ORG or nothing)
    # or cut them short ("Marren" in "Mr. Marren": the stage's mention replaces the NER's name, so a name is
    # never counted twice), and the descriptions it tied to a named person ("the president offered ...",
    # '"...," said the president').
    named_people = {c.chain_id for c in state.chains if c.ent_type == "PERSON" and c.name}
    for m in state.mentions:
        described = m.kind == "nominal" and m.chain_id in named_people
        if m.ent_type != "PERSON" or not (m.kind == "name" or described):
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="contract")
        if span is None or len(span) == 0 or not any(_wordlike(t) for t in span):
            continue
        if described and _beside_a_name(span.root):
            continue  # "the author of that boast, Ana Reis,": one mention of her, not two
        persons = [e for e in persons if not (e.start < span.end and span.start < e.end)]
        persons.append(span)
    persons.extend(_untagged_recurrences(doc, persons))
    kin = _kin_subjects(doc, persons, inside_quote)
    persons.extend(kin)
    unnamed = _unnamed_speakers(doc, persons, inside_quote)
    unnamed += _role_speakers(state, [*persons, *unnamed], inside_quote)
    persons.extend(unnamed)
    persons.sort(key=lambda e: e.start)
    keys = person_keys(state, persons)
    key_of = {(e.start, e.end): k for e, k in zip(persons, keys, strict=True)}
    people: dict[str, Person] = {}
    for e, k in zip(persons, keys, strict=True):
        people.setdefault(k, Person(k)).ents.append(e)
    by_sentence: dict[int, list[Span]] = {}
    for e in persons:
        by_sentence.setdefault(state.sentence_index(e.start_char), []).append(e)
    by_pronouns = _pronoun_genders(state, by_sentence, key_of, inside_quote)
    for p in people.values():
        p.gender = _gender_of(doc, p.ents) or by_pronouns.get(p.key)
    for e in kin:
        people[key_of[(e.start, e.end)]].gender = KIN_GENDER[e[-1].lower_]
    for e in unnamed:
        noun_gender = KIN_GENDER.get(e[-1].lower_)  # "a spokeswoman"; else what the pronouns after show
        if noun_gender is not None:
            people[key_of[(e.start, e.end)]].gender = noun_gender
    scores: dict[str, float] = {}
    resolved: dict[int, str] = {}
    ranked: dict[int, list[tuple[str, float]]] = {}
    pronouns = _indices_of(doc, _PRONOUN_GENDER)
    # the named people who were main-clause subjects in the latest sentence that had any ("Chip Reis, a
    # strategist, said ...": the next "he said" is his, whatever his first name says or does not); someone
    # unnamed ("one questioner asked ...") is not, the answer being often another's
    last_subjects: set[str] = set()
    # ... but a "he"/"she" opening the next sentence as its subject carries that subject on, unnamed or not
    # ("One shop owner said ... He said ..."): centring, which the answer to a question does not follow
    last_unnamed_subjects: set[str] = set()
    unnamed_keys = {key_of[(e.start, e.end)] for e in unnamed}
    for sent in state.sentences:
        if sent.block_kind != "body":
            continue
        for k in scores:
            scores[k] *= DECAY
        span = doc.char_span(sent.start, sent.end, alignment_mode="expand")
        if span is None:
            continue
        ents = sorted(by_sentence.get(sent.index, []), key=lambda e: e.start)
        key_at = {t.i: key_of[(e.start, e.end)] for e in ents for t in e}
        key_at.update({e.root.head.i: key_of[(e.start, e.end)] for e in ents if e.root.dep_ == "appos"})
        ei = 0
        opens_paragraph = _opens_paragraph(state.article.text, sent.start)
        subjects_here: set[str] = set()  # people who are the subject of a clause earlier in this sentence
        main_subjects: set[str] = set()  # people who are the subject of its main clause
        # Only a pronoun needs a stop (no Token is built for the other words); a stop at the last token
        # takes the names after the last pronoun.
        stops = pronouns[bisect_left(pronouns, span.start) : bisect_left(pronouns, span.end)]
        if len(span) and (not stops or stops[-1] != span.end - 1):
            stops.append(span.end - 1)
        for tok in (doc[i] for i in stops):
            while ei < len(ents) and ents[ei].start <= tok.i:
                e = ents[ei]
                subj = _subject_token(e) is not None
                k = key_of[(e.start, e.end)]
                weight = _mention_weight(e, inside_quote(e.start_char))
                scores[k] = scores.get(k, 0.0) + weight
                if subj and not inside_quote(e.start_char):
                    subjects_here.add(k)
                if weight == SUBJECT_WEIGHT:
                    if opens_paragraph and k not in unnamed_keys and not main_subjects:
                        _shift_topic(scores, k)
                    main_subjects.add(k)
                ei += 1
            g = _PRONOUN_GENDER.get(tok.lower_)
            if g is None:
                continue
            quoted_here = inside_quote(tok.idx)  # resolved (nesting can hide an attribution) but adds nothing
            ahead = _cataphora(span, tok, key_at)
            if ahead is not None and people[ahead].gender in (g, None):
                resolved[tok.i] = ahead
                ranked[tok.i] = [(ahead, 1.0)]
                continue  # the name itself follows and counts then
            carried_on = (
                last_subjects | last_unnamed_subjects if _opens_as_subject(span, tok) else last_subjects
            )
            bound_out = {
                key_of[(e.start, e.end)] for e in ents if e.end <= tok.i and _in_own_participle_clause(e, tok)
            }
            order = sorted(
                (
                    # a person of unknown gender counts half: "she" prefers a known woman of similar
                    # salience, unless that person is the subject earlier in the same sentence ("X said
                    # ..., but he said") or of the latest sentence with a subject
                    (
                        k,
                        scores[k]
                        * (1.0 if people[k].gender == g or k in subjects_here or k in carried_on else 0.5),
                    )
                    for k in scores
                    if people[k].gender in (g, None) and k not in bound_out
                ),
                key=lambda ks: -ks[1],
            )
            if not order:
                continue
            best = order[0][0]
            resolved[tok.i] = best
            ranked[tok.i] = order[:4]
            if tok.dep_ in _SUBJECT_DEPS and not quoted_here:
                scores[best] += SUBJECT_WEIGHT / 2
        if subjects_here or main_subjects:  # any person subject, main clause or not, is the latest one
            last_subjects = main_subjects - unnamed_keys
            last_unnamed_subjects = main_subjects & unnamed_keys
    return SalienceModel(people=people, resolved=resolved, ranked=ranked)
