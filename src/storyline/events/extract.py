"""``find_events``: the per-document events stage (parse -> coded, dated EventMention rows)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from storyline.entities.registry import registry
from storyline.events.codebook import MUTUAL_ROOTS, codebook
from storyline.events.coder import (
    ACTOR_ENTS,
    ACTOR_NOUNS,
    Found,
    SentenceCoder,
    actor_span,
    in_quotes,
    neither_nor,
    relativised_object,
)
from storyline.events.first_person import FIRST_POSSESSIVES, FirstPerson, Speaker
from storyline.events.lexicon import lexicon
from storyline.nlp.agents import cannot_act, never_acts, stands_for_nobody
from storyline.nlp.parse import as_the_article_writes
from storyline.records import DateSource, EventMention, Mention
from storyline.state import DocState

MAX_ACTORS = 3  # per side; long coordinations are lists of participants, not dyads


@dataclass(frozen=True, slots=True)
class ActorRef:
    name: str | None
    start: int
    end: int
    chain_id: int | None = None
    actor_code: str | None = None


class ActorResolver:
    """Turns a head token into an actor, preferring the entities stage's chains over raw spans."""

    def __init__(self, state: DocState) -> None:
        self.state = state
        self.chains = {c.chain_id: c for c in state.chains}
        self._by_start = sorted(state.mentions, key=lambda m: m.start)
        self._coder: Callable[[str], object] | None = None
        self.first_person = FirstPerson(state.quotes, self.chains, self._phrase_code, _country_name)

    def mention_at(self, tok: Token) -> Mention | None:
        for m in self._by_start:
            if m.start > tok.idx:
                break
            if m.start <= tok.idx < m.end:
                return m
        return None

    def is_actor(self, tok: Token) -> bool:
        return self.mention_at(tok) is not None

    def resolve(self, tok: Token) -> ActorRef | None:
        doc = tok.doc
        a, b = actor_span(tok)
        start, end = doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text)
        m = self.mention_at(tok)
        speaker = self._quoted_first_person(tok) if m is None else None
        if speaker is not None:
            return ActorRef(speaker.name, start, end, speaker.chain_id, speaker.actor_code)
        if m is None and _asks_which(tok):
            return None  # "What commander allowed that?": a question names nobody
        if m is None:  # "Russian officials": a mention inside the phrase stands for it
            inside = [
                x
                for x in self._by_start
                if x.start >= start
                and x.end <= end
                and not _someone_else_of(doc, x, tok)
                and not _where_it_is(doc, x, tok)
                and not _where_they_are_based(doc, x)
                and not _owner_of_an_owner(doc, x, tok)
                and not _a_part_of_them(doc, x, tok)
                and not _name_modifying_a_person(doc, x, tok)
            ]
            # the one nearest the head in the parse: "leaders of Libya's opposition in London" are
            # Libya's, not London's; a name in apposition is who the phrase is, its possessor only whose
            # ("her counterpart Karim Bennani" is Bennani)
            m = (
                min(inside, key=lambda x: (not _in_apposition(doc, x, tok), _hops(doc, x, tok), x.start))
                if inside
                else None
            )
        if m is not None and m.kind == "pronoun" and _a_persons_thing(tok):
            return None  # "his visitor pass does not allow him": the one "his" is did nothing
        if m is None:
            # "it said ...", "its troops": the body or country a clause just before had as its subject
            owner = tok if tok.lower_ == "it" else _its_owner(tok)
            antecedent = self._it_antecedent(owner) if owner is not None else None
            if antecedent is not None:
                return ActorRef(antecedent.name, start, end, antecedent.chain_id, antecedent.actor_code)
        if m is not None:
            chain = self.chains.get(m.chain_id)
            if chain is not None:
                return ActorRef(chain.name, start, end, chain.chain_id, chain.actor_code)
        if tok.lower_ in _PRONOUNS:
            return None  # an unresolved pronoun names nobody ("their", "its": no name either)
        # the code reads the whole phrase, its description too ("X, the UN relief coordinator")
        code = self._phrase_code(_clean_name(doc[a:b]))
        return ActorRef(_clean_name(doc[a : _name_end(tok, b)]), start, end, None, code)

    def _it_antecedent(self, it: Token) -> ActorRef | None:
        """The body "it" stands for when it is a subject, or "its" when it owns a subject's forces or
        officials: the subject of the nearest clause above it that has one, else of the sentence before,
        if that names a country or organisation ("Veloria said it would help, but it sent no troops").
        A thing there ("the plan failed, as it ...") is what "it" more likely means: then nobody;
        people, plurals and quoted words are passed over."""
        if it.dep_ not in _SUBJECT_DEPS and not (it.dep_ == "poss" and it.head.dep_ in _SUBJECT_DEPS):
            return None
        for subj in _governing_subjects(it):
            if subj.lower_ in _PRONOUNS or subj.tag_ in ("NNS", "NNPS") or in_quotes(subj):
                continue
            m = self.mention_at(subj)
            if m is not None and m.ent_type == "PERSON":
                continue
            if m is None or m.ent_type not in ("GPE", "ORG") or m.kind == "pronoun" or subj.dep_ == "dobj":
                return None  # a thing, or a body told something ("warned Kastan that it ..."): unclear
            chain = self.chains.get(m.chain_id)
            return ActorRef(chain.name, 0, 0, chain.chain_id, chain.actor_code) if chain else None
        return None

    def _quoted_first_person(self, tok: Token) -> Speaker | None:
        """ "I", "we" or "our troops" inside a quotation: the speaker or the speaker's side."""
        found = self.first_person.speaker_for(tok)
        if found is not None:
            return found
        if tok.lemma_.lower() not in ACTOR_NOUNS or tok.lemma_.lower() in OTHER_PERSON_NOUNS:
            return None  # "our house is burning" is no act of anyone's; "my lawyer" is someone else
        owner = [c for c in tok.children if c.dep_ == "poss" and c.lower_ in FIRST_POSSESSIVES]
        return self.first_person.speaker_for(owner[0]) if owner else None

    def _phrase_code(self, text: str) -> str | None:
        """The registry's code for a phrase no chain covers ("Russian officials" -> RUSGOV), if any."""
        if self._coder is None:
            try:
                from storyline.entities import code_phrase

                reg = registry()
                self._coder = lambda t: code_phrase(t, reg, self.state.dct)
            except Exception:  # the entities stage is optional here
                self._coder = lambda t: None
        try:
            found = self._coder(text)
        except Exception:
            return None
        return getattr(found, "code", None) if found is not None else None


_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def _its_owner(tok: Token) -> Token | None:
    """The "its" that owns a phrase of forces or officials ("its troops", "its foreign ministry")."""
    if tok.lemma_.lower() not in ACTOR_NOUNS:
        return None  # "its payment", "its strategy": a thing, whoever owns it
    return next((c for c in tok.children if c.dep_ == "poss" and c.lower_ == "its"), None)


def _governing_subjects(tok: Token) -> Iterator[Token]:
    """The objects and subjects of the clauses above ``tok``'s own, nearest first, then the subjects
    before it in its sentence, then the objects and subjects of the sentence before's main clause."""
    clause = tok.head if tok.dep_ in _SUBJECT_DEPS else tok.head.head
    for verb in clause.ancestors:
        yield from _object_then_subject(verb, tok.i)
    sent = tok.sent
    # a clause the parser hung below this one ("X has indicated ...; it helped ..."): subjects before
    yield from (t for t in reversed(tok.doc[sent.start : tok.i]) if t.dep_ in _SUBJECT_DEPS)
    if sent.start > 0:
        root = tok.doc[sent.start - 1].sent.root
        for verb in (root, *(c for c in root.children if c.dep_ == "conj")):
            yield from _object_then_subject(verb, sent.start)


def _object_then_subject(verb: Token, before: int) -> Iterator[Token]:
    args = [c for c in verb.children if c.dep_ in _CANDIDATE_DEPS and c.i < before]
    yield from sorted(args, key=lambda c: -c.i)


_CANDIDATE_DEPS = _SUBJECT_DEPS | {"dobj"}


def _country_name(code: str) -> str | None:
    """The registry's name of a country code ("USA" -> "United States"), if it knows one."""
    found = registry().country(code)
    return found.name if found is not None else None


# People defined by their tie to someone: "his sister", "Kastan's lawyer", "her rival" are not him, Kastan
# or her (unlike "Kastan's army" or "its government", which act for their possessor)
OTHER_PERSON_NOUNS = frozenset(
    {
        "sister",
        "brother",
        "wife",
        "husband",
        "son",
        "daughter",
        "mother",
        "father",
        "parent",
        "child",
        "family",
        "cousin",
        "uncle",
        "aunt",
        "nephew",
        "niece",
        "widow",
        "partner",
        "friend",
        "lawyer",
        "attorney",
        "rival",
        "opponent",
        "critic",
        "successor",
        "predecessor",
        "associate",
        "ally",
        "supporter",
        "donor",
        "client",
        # one's staff act for themselves: "Marren's aide said" is not Marren
        "aide",
        "adviser",
        "advisor",
        "assistant",
        "staffer",
        "deputy",
        "bodyguard",
    }
)


def _someone_else_of(doc: Doc, m: Mention, head: Token) -> bool:
    """The mention hangs on its way up to ``head`` below a noun that names another person ("his sister",
    "one of the associates of Kastan's leader": the associate acts, not the leader) or inside a relative
    clause ("an aide who met Reyes" is not Reyes)."""
    for tok in _path_up(doc, m, head):
        if tok.dep_ == "relcl" or _reduced_relative(tok):
            return True
        parent = tok.head
        # "her lawyer Tomas Reyes" is Reyes; a name before the noun ("the Marren ally") says whose
        same_person = tok.dep_ in ("appos", "flat", "conj") or (tok.dep_ == "compound" and tok.i > parent.i)
        if not same_person and parent.pos_ == "NOUN" and parent.lemma_.lower() in OTHER_PERSON_NOUNS:
            return True
    return False


# Participles that give the phrase its name ("a militia known as the Orvik Front"): the name is the group
_NAMING_PARTICIPLES = frozenset({"know", "call", "name", "dub", "label", "style", "title"})


def _reduced_relative(tok: Token) -> bool:
    """A past participle describing the noun ("the nations involved in the Alder talks", "rebels backed by
    Kastan"): the names inside it are others, as in a relative clause."""
    return tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.lemma_.lower() not in _NAMING_PARTICIPLES


def _owner_of_an_owner(doc: Doc, m: Mention, head: Token) -> bool:
    """A possessive pronoun owning what the phrase's head belongs to ("his party's youth wing", "her
    union's members"): the flank or members act, not the one "his" stands for."""
    if m.kind != "pronoun":
        return False
    path = list(_path_up(doc, m, head))
    return len(path) >= 2 and path[0].dep_ == "poss" and any(t.dep_ == "poss" for t in path[1:])


def _a_persons_thing(tok: Token) -> bool:
    """A thing "his" or "her" owns ("his visitor pass does not allow him", "to her resort"): no one
    acts or is acted on through it. Forces, bodies, people tied to one ("his troops", "her lawyer"),
    one's own office or campaign and one's words ("her campaign said", "his statement says") still
    stand for their owner."""
    lemma = tok.lemma_.lower()
    if (
        tok.pos_ != "NOUN"
        or lemma in ACTOR_NOUNS
        or lemma in OTHER_PERSON_NOUNS
        or lemma in _ACTS_FOR_ITS_OWNER
    ):
        return False
    return any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in tok.children)


# Nouns a possessive pronoun lends its owner to: one's own office, campaign, staff and words
_ACTS_FOR_ITS_OWNER = frozenset(
    {
        "campaign",
        "office",
        "team",
        "staff",
        "camp",
        "family",
        "aide",
        "statement",
        "letter",
        "tweet",
        "message",
        "remark",
        "comment",
        "speech",
        "word",
        "post",
        "interview",
        "spokesperson",
    }
)


def _a_part_of_them(doc: Doc, m: Mention, head: Token) -> bool:
    """The mention is in an aside counting part of the phrase's people ("the survey crew, three of
    them Velorians"): some of them, not who the phrase is."""
    for tok in _path_up(doc, m, head):
        if tok.dep_ == "appos" and any(
            p.lower_ in ("them", "whom") for c in tok.subtree if c.lower_ == "of" for p in c.children
        ):
            return True
    return False


def _name_modifying_a_person(doc: Doc, m: Mention, head: Token) -> bool:
    """A person's name used as a modifier of a noun "a/an" opens ("a Marren aide", "an Okafor IT
    staffer"): one of that person's people, not the person."""
    if m.ent_type != "PERSON" or head.pos_ != "NOUN":
        return False
    path = list(_path_up(doc, m, head))
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children)
    return indefinite and bool(path) and all(t.dep_ == "compound" for t in path)


def _path_up(doc: Doc, m: Mention, head: Token) -> Iterator[Token]:
    """The tokens from the mention's root up towards ``head``, ``head`` and the sentence root excluded."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or not len(span):
        return
    tok = span.root
    for _ in range(40):  # a bound for malformed parses
        if tok.i == head.i or tok.head.i == tok.i:
            return
        yield tok
        tok = tok.head


# Prepositions that set a thing or people in a place ("students in Port Alder", "the base at Orvik")
_LOCATIVE_PREPS = frozenset({"in", "at", "near", "inside", "outside", "across", "around", "throughout"})
_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})


def _where_it_is(doc: Doc, m: Mention, head: Token) -> bool:
    """The mention is a place that says where the phrase's people or thing are ("a student in Orvik",
    "militants in Port Alder", "the recruitment center in Ostmark"): it locates them, it is not who they
    are; the phrase's code still reads the place ("militants in Kastan" -> the country's code with REB)."""
    if m.ent_type not in _PLACE_TYPES or _names_an_act(head):
        return False  # "the bombings in Port Alder": where an act happened may be all a side's words say
    for tok in _path_up(doc, m, head):
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ in _LOCATIVE_PREPS:
            return not _names_an_act(tok.head.head)  # "a wave of bombings in Kastan": where an act was
    return False


# "Port Alder-based soldiers", "a Kastan-born doctor": the name joined to these says where they are
# stationed or from, not who they are
_BASED_WORDS = frozenset({"based", "born", "headquartered", "stationed"})


def _where_they_are_based(doc: Doc, m: Mention) -> bool:
    """The mention is hyphen-joined to "based", "born" ...: it locates the phrase's people."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.end + 1 >= len(doc):
        return False
    return doc[span.end].text == "-" and doc[span.end + 1].lower_ in _BASED_WORDS


def _names_an_act(tok: Token) -> bool:
    """The noun is an act ("bombings", "the downing of ..."), not people or a thing."""
    lemma = tok.lemma_.lower()
    return lexicon().match_noun(lemma, set()) is not None or (tok.pos_ == "NOUN" and lemma.endswith("ing"))


def _hops(doc: Doc, m: Mention, head: Token) -> int:
    """Dependency steps from the mention's root up to ``head`` (many when it does not hang below it)."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or not len(span):
        return 99
    tok, steps = span.root, 0
    while tok.i != head.i and tok.head.i != tok.i and steps < 50:
        tok, steps = tok.head, steps + 1
    return steps if tok.i == head.i else 99


def _in_apposition(doc: Doc, m: Mention, head: Token) -> bool:
    """The mention is a name set beside ``head`` in apposition ("her counterpart, Karim Bennani")."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and span.root.dep_ == "appos" and span.root.head.i == head.i


def _asks_which(tok: Token) -> bool:
    """The phrase opens with a question word ("what commander", "which country")."""
    return any(c.dep_ == "det" and c.tag_ in ("WDT", "WP") for c in tok.children)


def _name_end(tok: Token, end: int) -> int:
    """Where a name's phrase ends before an apposition that describes it: "Kastan Front, a splinter
    group of ..." is named "Kastan Front" (the description stays in the phrase for its code); a relative
    clause is no part of any name ("one of the aides who met Li" is named "one of the aides")."""
    for c in tok.subtree:
        if c.dep_ == "relcl" and c.left_edge.i > tok.i:
            end = min(end, c.left_edge.i)
    for c in tok.rights:
        if _the_charge(c):
            end = min(end, c.i)
    if tok.head.i > tok.i:
        # a phrase never runs past its own words into the clause it hangs on: an apposition the parser
        # hung across the verb ("The group has claimed ...; the bombings in Port Alder") is no part of the name
        own = {t.i for t in tok.subtree}
        end = min([end, *(j for j in range(tok.i + 1, min(end, tok.head.i + 1)) if j not in own)])
    while end > tok.i + 1 and tok.doc[end - 1].is_punct:
        end -= 1
    if tok.pos_ != "PROPN":
        return end  # "the relief coordinator, Ilsa Marren": the apposition is the name
    for c in tok.rights:
        if c.dep_ == "appos" and c.left_edge.i > tok.i:
            end = min(end, c.left_edge.i)
    while end > tok.i + 1 and tok.doc[end - 1].is_punct:
        end -= 1
    return end


# Verbs whose object's "of" phrase is the charge ("accused the Alder port board of hiding losses")
_CHARGING_VERBS = frozenset({"accuse", "suspect", "convict", "acquit", "clear"})


def _the_charge(prep: Token) -> bool:
    """The "of" phrase the parser hung on an accused object is what they are accused of, no part of
    their name."""
    obj = prep.head
    return (
        prep.dep_ == "prep"
        and prep.lower_ == "of"
        and obj.dep_ == "dobj"
        and obj.head.lemma_.lower() in _CHARGING_VERBS
        and not any(t.ent_type_ for t in prep.subtree)  # "the leader of Veloria" is who
    )


_PRONOUNS = frozenset(
    {"he", "she", "they", "it", "him", "her", "them", "we", "us", "i", "me", "you"}
    | {"his", "its", "their", "our", "my", "your"}
)


def _clean_name(span: Span) -> str:
    toks = list(span)
    # "whose Ostrian forces": the relative word is no part of the name
    while toks and (
        toks[0].dep_ == "det" and toks[0].lower_ in ("the", "a", "an") or toks[0].lower_ == "whose"
    ):
        toks = toks[1:]
    return "".join(t.text_with_ws for t in toks).strip() or span.text


DateFn = Callable[[DocState, int, int], tuple[str | None, DateSource | None]]


def _date_function() -> DateFn | None:
    try:
        from storyline.time import date_for_span
    except Exception:  # the time stage is optional here: fall back to the timexes already on the state
        return None
    return date_for_span


def _fallback_date(state: DocState, sentence: int, pred: Token) -> tuple[str | None, DateSource | None]:
    """The clause's own time expression, else the publication day; else unknown."""
    sub = list(pred.subtree)
    lo, hi = sub[0].idx, sub[-1].idx + len(sub[-1].text)
    for tx in state.timexes:
        if tx.type == "DATE" and tx.value and lo <= tx.start and tx.end <= hi and tx.value[:1].isdigit():
            return tx.value, "timex"
    if state.dct:
        return state.dct[:10], "dct"
    return None, None


# Markers of a clause whose time differs from its governing clause ("since ...", "before ...").
_OWN_TIME_MARKERS = frozenset({"since", "before", "after", "until", "till", "once", "unless", "if"})


def _governing_verb(pred: Token) -> Token | None:
    """The verb governing a relative or adverbial clause that has no time marker of its own:
    "talks ended yesterday in a statement in which both sides pledged ..." -> "ended"."""
    for c in pred.children:
        if c.dep_ in ("mark", "advmod") and c.lower_ in _OWN_TIME_MARKERS:
            return None
        if c.dep_ == "mark" and c.lower_ == "for" and any(a.lower_ == "to" for a in pred.children):
            return None  # "calling for the envoy to be recalled": an act wanted, at no time yet
        if c.dep_ == "aux" and c.lower_ in ("had", "will", "would", "'ll"):
            return None  # an earlier or later time than the governing clause
        if c.dep_ == "aux" and c.lower_ in ("has", "have", "'ve") and pred.tag_ in ("VBN", "VBG"):
            return None  # "depots they have held since spring": a stretch up to now, not that moment
    path: list[str] = []
    tok = pred
    while tok.head.i != tok.i:
        if tok.dep_ == "relcl" and _set_off_by_comma(tok):
            return None  # "The envoy, who met the rebels, said on Wednesday ...": met before, when unknown
        path.append(tok.dep_)
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            if any(d in ("relcl", "advcl") for d in path) and not any(
                d in ("ccomp", "xcomp", "conj", "parataxis", "csubj") for d in path
            ):
                return tok
            return None
    return None


def _set_off_by_comma(clause: Token) -> bool:
    """A relative clause after a comma or dash ("X, who ...") describes a participant, at a time of its own;
    a restrictive one ("a statement in which both sides pledged") is part of what its clause reports, and so
    is one of the place or time of the act ("greeted at the palace, where he congratulated ...")."""
    first = clause.left_edge
    if any(
        c.dep_ == "mark" or (c.dep_ == "advmod" and c.lower_ in ("where", "when")) for c in clause.children
    ):
        return False  # a "that" complement the parser took for a relative clause, or a place or time
    if clause.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in clause.children):
        return False  # "Marren, who was visiting Veloria, met him on Friday": a state the act falls in
    return first.i > 0 and first.nbor(-1).text in (",", "—", "–", "(")


def event_date(
    state: DocState, sentence: int, pred: Token, fn: DateFn | None
) -> tuple[str | None, DateSource | None]:
    found: tuple[str | None, DateSource | None] = (None, None)
    if fn is not None:
        try:
            found = fn(state, sentence, pred.idx)
        except Exception:  # a bug elsewhere must not lose the event; the fallback says less, not wrong
            found = _fallback_date(state, sentence, pred)
    else:
        found = _fallback_date(state, sentence, pred)
    if found[0] is None and fn is not None and _names_a_time(state, sentence):
        # a subordinate clause that cannot be dated alone shares its governing clause's time expression
        # (one in this sentence: a day the governing clause inherits from a sentence before is the
        # narrative's, which a clause that inherits nothing itself must not take this way)
        gov = _governing_verb(pred)
        for _ in range(3):  # up through nested clauses, a few levels at most
            if gov is None:
                break
            try:
                value, source = fn(state, sentence, gov.idx)
            except Exception:
                return found
            if source == "timex":
                return value, source
            gov = _governing_verb(gov)
    return found


def _names_a_time(state: DocState, sentence: int) -> bool:
    return any(t.sentence == sentence and t.type in ("DATE", "TIME") for t in state.timexes)


def _dedupe_words(text: str) -> str:
    out: list[str] = []
    for w in text.split():
        if not out or out[-1].lower() != w.lower():
            out.append(w)
    return " ".join(out)


# Participles whose past tense differs, for summaries that turn a passive with its doer into the active
# ("was taken by rebels" -> "rebels took"); regular verbs read the same both ways
# fmt: off
_PAST_OF_PARTICIPLE = {
    "taken": "took", "given": "gave", "seen": "saw", "beaten": "beat", "shown": "showed", "driven": "drove",
    "written": "wrote", "spoken": "spoke", "chosen": "chose", "stolen": "stole", "broken": "broke",
    "thrown": "threw", "overthrown": "overthrew", "withdrawn": "withdrew", "drawn": "drew", "known": "knew",
    "forgiven": "forgave", "forbidden": "forbade", "sworn": "swore", "shaken": "shook", "torn": "tore",
    "undertaken": "undertook", "overtaken": "overtook", "begun": "began", "sunk": "sank", "flown": "flew",
    "blown": "blew", "ridden": "rode", "bitten": "bit", "hidden": "hid", "risen": "rose", "fallen": "fell",
    "eaten": "ate", "gone": "went", "done": "did", "mistaken": "mistook", "frozen": "froze", "woken": "woke",
    "grown": "grew", "sung": "sang", "rung": "rang",
}
# fmt: on


def _summary(
    f: Found,
    src: ActorRef | None,
    tgt: ActorRef | None,
    tgt_tok: Token | None,
    mutual: bool = False,
    doer: str | None = None,
    src_tok: Token | None = None,
) -> str:
    """One line telling the act: its doer (``doer``, the words the sentence names it by, else the actor's
    name), the trigger's words, and its target."""
    toks = sorted(set(f.tokens), key=lambda t: t.i)
    first, last = toks[0], toks[-1]
    fronted = _fronted_relative_preposition(toks)
    if fronted is not None and tgt is not None and tgt.name and tgt_tok is not None:
        # "Okafor, with whom Marren met": "Marren met with Okafor", not "Marren with whom Marren met"
        rel_verb, rel_prep = fronted
        said = (*[c for c in rel_verb.children if c.dep_ == "neg"], rel_verb, rel_prep)
        words = " ".join(_word_text(t) for t in said)
        target = _lower_sentence_capital(_target_words(tgt.name, tgt_tok), tgt_tok)
        return " ".join(p for p in (doer or (src.name if src else None), words, target) if p)
    particle = _particle_after(last)
    passive = any(c.dep_ == "auxpass" for c in first.children)
    keep = ("aux", "neg") if passive and src is not None else ("aux", "auxpass", "neg")
    active = passive and src is not None  # "was met by X" reads "X met ..."
    pre = [
        c
        for c in first.children
        if c.dep_ in keep and c.i < first.i and not (active and c.lemma_.lower() in ("be", "get"))
    ]
    lo = min([first.i, *[c.i for c in pre]])
    doc = first.doc
    short = last.i - lo <= 8
    # dates are in the date column; a bare perfect auxiliary right before the verb only clutters ("NATO
    # agreed", not "NATO have agreed today"); after a modal or before "been" it is part of the meaning
    # ("could not have violated", "have been investigating")
    drop = {t.i for t in doc[lo : last.i + 1] if t.ent_type_ in ("DATE", "TIME") and t.dep_ != "pobj"}
    if not any(c.tag_ == "MD" or c.lower_ == "to" for c in pre):  # "to have fought" keeps its "have"
        drop |= {c.i for c in pre if c.dep_ == "aux" and c.lower_ in _PERFECT_AUX and c.i + 1 == first.i}
    if src is not None:
        # "should Kastan not comply": the doer leads the summary, not again after the auxiliary
        drop |= _subject_after_auxiliary(first, lo)
    if active:
        drop |= {
            t.i
            for t in doc[lo : first.i]
            if t.lemma_.lower() in ("be", "get") and t.dep_ in ("aux", "auxpass")
        }
        drop |= _agent_and_its_perfect(first, pre)
    window = [t for t in doc[lo : last.i + 1]] if short else [*pre, *_with_complement_marks(toks)]
    if particle is not None:  # "threatened to back away", not "threatened to back"
        window.append(particle)

    # "could have seen" stays a participle; "hostages taken by Orvik" reads "Orvik took hostages"
    to_past = (active or _reduced_passive(first) and src is not None) and not any(
        c.dep_ == "aux" for c in pre
    )

    # "could be pardoned by X" reads "X could pardon", not "X could pardoned"
    to_base = active and _base_form_after(pre)
    # "Okafor and Marren have not discussed ...": the summary naming Okafor alone reads "Okafor has", and
    # a "both" or "all" left floating after the auxiliary would have no group to count
    agreeing = _verb_agreeing_with_the_pair(first, pre, src_tok) if not active else None
    if agreeing is None and not active and src is not None:
        agreeing = _verb_agreeing_with_a_named_we(first, pre, src_tok, doer or src.name)
    if src_tok is not None and not active and _one_of_a_joined_subject(src_tok, first):
        drop |= {t.i for t in doc[lo : first.i] if t.lower_ in _FLOATING_QUANTIFIERS and t.head.i == first.i}

    def as_written(t: Token) -> str:
        return _singular_verb(_word_text(t)) if agreeing is not None and t.i == agreeing.i else _word_text(t)

    def text_of(t: Token) -> str:
        if agreeing is not None and t.i == agreeing.i:
            return as_written(t)
        if to_base and t.i == first.i:
            return t.lemma_
        return _PAST_OF_PARTICIPLE.get(t.lower_, t.text) if to_past and t.i == first.i else _word_text(t)

    # "asked his aides to invite Okafor to visit": each verb of the chain keeps the one it asks or invites
    addressees = {} if short else {t.i: _addressee_words(t, toks[k:]) for k, t in enumerate(toks)}
    words = (
        "".join(text_of(t) + t.whitespace_ for t in window if t.i not in drop).strip()
        if short
        else " ".join(text_of(t) + addressees.get(t.i, "") for t in window if t.i not in drop)
    )
    if tgt is not None and tgt.name and tgt_tok not in toks:
        words = _with_relativised_object(words, first, toks, tgt_tok, text_of(first))
    if to_past and _reduced_passive(first) and not passive:  # not "reports that X is being detained"
        words = _with_reduced_passive_noun(words, first, toks, tgt_tok, text_of(first))
    parts = [doer or src.name] if src and src.name else []
    asked = _asked_subject(f, first, src_tok) if parts else None
    if asked is not None:
        return _demand_summary(parts[0], asked, _dedupe_words(words), toks, tgt, tgt_tok)
    obj = (
        _phrase_holding(last, tgt_tok, "dobj")
        if tgt is not None and tgt_tok is not None and not mutual
        else None
    )
    if obj is not None and tgt_tok is not None and short and obj.i > last.i:
        # "suspended its fishing accord with Morocco": the object says what was done, and the target
        # sits in it ("Portugal suspended Morocco" would say something else)
        end = actor_span(tgt_tok)[1]
        if tgt_tok.dep_ == "poss":  # "Russia's decision", not "Russia"
            end = max(end, actor_span(tgt_tok.head)[1])
        if end - lo <= 14:
            span_words = "".join(
                as_written(t) + t.whitespace_ for t in doc[lo:end] if t.i not in drop
            ).strip()
            return " ".join([*parts, _dedupe_words(span_words)])
    held = _phrase_holding(first, tgt_tok, "nsubjpass") if active and tgt is not None and tgt.name else None
    if held is not None and short:
        # "an attack by X on Y was condemned by Z": Z condemned the attack by X, as the active says it
        phrase = (
            _phrase_as_object(doc[held.left_edge.i : actor_span(tgt_tok)[1]]) if tgt_tok is not None else ""
        )
        if 0 < len(phrase.split()) <= 10:
            return " ".join([*parts, _dedupe_words(words), phrase])
    if src is None and tgt is not None and tgt.name and first.dep_ == "acl" and first.head.i < first.i:
        # "ties with Russia, suspended last year": say what was done to what
        head_phrase = doc[first.head.left_edge.i : first.i].text.strip(" ,;")
        if len(head_phrase.split()) <= 10:
            return _dedupe_words(f"{head_phrase} {words}")
    if (
        src is None
        and tgt is not None
        and tgt.name
        and tgt_tok is not None
        and passive
        and _undergoer_first(tgt_tok, first)
    ):
        # "a former Orvik Party official was sentenced": the official, not the party
        undergoers = _with_conjuncts(tgt_tok) or _target_words(tgt.name, tgt_tok)
        return _dedupe_words(f"{undergoers} {words}")
    if tgt is None or not tgt.name or tgt_tok in toks:  # "took hostage": the target is a trigger word
        antecedent = _relative_object_words(first)
        if antecedent and len(toks) > 1:  # "whom Orvik took hostage": Orvik took the reporter hostage
            head, sep, tail = words.partition(text_of(first) + " ")
            words = f"{head}{sep}{antecedent} {tail}" if sep else words
        words = f"{words} {_object_words(last)}".strip()
        words = _without_a_dangling_preposition(words, last)
    both = _between_both_sides(src_tok, tgt_tok, {t.i for t in toks}) if parts and tgt is not None else None
    if both is not None and tgt is not None and tgt.name and tgt_tok is not None:
        # "talks between Kastan and Veloria": both sides in one phrase, not "Kastan's talks between Veloria"
        target = _lower_sentence_capital(_target_words(tgt.name, tgt_tok), tgt_tok)
        return " ".join([_dedupe_words(words), both.text, parts[0], "and", target])
    if parts and _plural_act_noun(first, last, pre, src_tok):
        # "visits to Veloria" after the doer's name would read as a verb: the doer's visits
        parts = [_possessive(parts[0])]
    parts.append(_dedupe_words(words))
    if mutual and tgt is not None and tgt.name:  # "A and B agreed to ...": A agreed with B
        parts += ["with", tgt.name]
    elif tgt_tok is not None and len(toks) > 1 and lo <= tgt_tok.i < last.i and last.pos_ == "VERB":
        # "urged Okafor to defend Kastan": the one urged sits inside the words; the complement's object
        # after them says what was asked
        parts[-1] = f"{parts[-1]} {_object_words(last)}".strip()
    elif tgt is not None and tgt.name and tgt_tok is not None and _modifies_the_act_noun(tgt_tok, first):
        # "Okafor's Kastan visit" stays in that order, not "Okafor's visit Kastan"
        parts[-1] = f"{_target_words(tgt.name, tgt_tok)} {parts[-1]}"
    elif (
        active
        and tgt is not None
        and tgt.name
        and tgt_tok is not None
        and _told_before_its_rest(first, tgt_tok)
    ):
        # "Y was threatened by X not to cooperate" reads "X threatened Y not to cooperate"
        verb = text_of(first)
        head, sep, tail = parts[-1].partition(verb + " ")
        parts[-1] = (
            f"{head}{verb} {_lower_sentence_capital(_target_words(tgt.name, tgt_tok), tgt_tok)} {tail}"
        )
    elif tgt is not None and tgt.name and tgt_tok is not None and not (lo <= tgt_tok.i <= last.i):
        prep = _trigger_preposition(tgt_tok, {t.i for t in toks})
        if prep is not None and prep.i > last.i:
            # "suspended joint drills with Veloria", not "suspended with Veloria"
            parts.append(_object_before(last, prep))
            parts.append(prep.text)
        elif prep is not None and prep.i == last.i:
            # "called for an inquiry into Okafor's war", not "called for Okafor's war"
            parts.append(_words_down_to_the_target(prep, tgt_tok))
        owned = _owned_thing_words(tgt.name, tgt_tok, {t.i for t in toks})
        parts.append(owned or _lower_sentence_capital(_target_words(tgt.name, tgt_tok), tgt_tok))
        parts.append(_clause_after_subject(last, tgt_tok))
    return _close_the_preposition(" ".join(p for p in parts if p), last)


# Plural verb forms and their singular: "have" -> "has", "were" -> "was"
_SINGULAR_OF = {"have": "has", "are": "is", "were": "was", "do": "does"}
_SIBILANT_ENDINGS = ("s", "sh", "ch", "x", "z", "o")


def _verb_agreeing_with_the_pair(first: Token, pre: list[Token], src_tok: Token | None) -> Token | None:
    """The finite verb of a clause whose subject joins the doer with others ("Okafor and Marren have
    met"), when the summary names the doer alone and the doer is one: that verb must become singular.
    None when there is no such verb."""
    if src_tok is None or src_tok.tag_ not in ("NNP", "NN") or not _one_of_a_joined_subject(src_tok, first):
        return None
    if any(t.tag_ == "MD" or t.lower_ == "to" for t in pre):
        return None  # "should Okafor and Marren fail to ...": the tagger may call the bare verb plural
    finite = [t for t in (*pre, first) if t.tag_ == "VBP" or (t.tag_ == "VBD" and t.lower_ == "were")]
    return finite[0] if finite else None


def _verb_agreeing_with_a_named_we(
    first: Token, pre: list[Token], src_tok: Token | None, name: str | None
) -> Token | None:
    """The plural verb of a quoted "we" that the summary names by one country, body or person ("We urge
    Orvik ..." reads "Kastan urges Orvik ..."); a name that is a plural noun ("rebels") keeps the verb."""
    if src_tok is None or src_tok.lower_ != "we" or src_tok.dep_ != "nsubj" or src_tok.head.i != first.i:
        return None
    last_word = (name or "").split()[-1:] or [""]
    if not last_word[0] or (last_word[0].islower() and last_word[0].endswith("s")):
        return None
    if any(t.tag_ == "MD" or t.lower_ == "to" for t in pre):
        return None
    finite = [t for t in (*pre, first) if t.tag_ == "VBP" or (t.tag_ == "VBD" and t.lower_ == "were")]
    return finite[0] if finite else None


_FLOATING_QUANTIFIERS = frozenset({"both", "all", "each"})


def _one_of_a_joined_subject(tok: Token, verb: Token) -> bool:
    """``tok`` is one of the joined doers subject to ``verb``: "Okafor and Marren", or in apposition to
    the subject ("the two leaders, Okafor and Marren, have ...")."""
    head = tok
    while head.dep_ == "conj" and head.head.i < head.i:
        head = head.head
    joined = head is not tok or any(c.dep_ == "conj" for c in head.children)
    if head.dep_ == "appos" and head.head.i < head.i:
        head = head.head
    group = _group_including(head)
    if group is not None:  # "major powers, including Kastan, have ...": one member named alone
        head, joined = group, True
    return joined and head.dep_ == "nsubj" and head.head.i == verb.i


def _group_including(member: Token) -> Token | None:
    """The plural subject that lists ``member`` with "including" ("leaders of several nations,
    including Kastan"), else None."""
    prep = member.head
    if member.dep_ != "pobj" or prep.lower_ != "including" or prep.head.i == prep.i:
        return None
    group = prep.head
    if group.dep_ == "pobj" and group.head.lower_ == "of" and group.head.head.i != group.head.i:
        group = group.head.head  # "leaders of several nations, including ..."
    return group


def _singular_verb(word: str) -> str:
    """The third person singular of a plural present (or "were"): "discuss" -> "discusses"."""
    low = word.lower()
    if low in _SINGULAR_OF:
        return _SINGULAR_OF[low]
    if low.endswith("y") and len(low) > 2 and low[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + ("es" if low.endswith(_SIBILANT_ENDINGS) else "s")


_MAX_PREPOSITION_OBJECT_WORDS = 8

# Adverbs the parser hangs on a verb that belong to its meaning ("back away", "step down")
_VERB_PARTICLES = frozenset({"away", "down", "off", "out", "up", "back", "over", "aside"})


def _particle_after(last: Token) -> Token | None:
    """The particle right after the trigger's last verb, which the parser may hang on it as an adverb
    ("threatened to back away": "threatened to back" says the opposite), or None."""
    if last.pos_ not in ("VERB", "AUX") or last.i + 1 >= len(last.doc):
        return None
    nxt = last.doc[last.i + 1]
    if nxt.head.i == last.i and nxt.dep_ in ("advmod", "prt") and nxt.lower_ in _VERB_PARTICLES:
        return nxt
    return None


def _close_the_preposition(text: str, last: Token) -> str:
    """A trigger ending in its preposition ("attacked Okafor for") takes that preposition's object up to
    its head ("for his record", "looked into it"), or loses the preposition when its object is a clause
    or too long to show ("attacked Okafor for failing to act"); a stranded one ("officials X spoke with")
    stays."""
    if last.dep_ != "prep" or not text.endswith(" " + last.text):
        return text
    objects = [c for c in last.children if c.dep_ in ("pobj", "pcomp") and c.i > last.i]
    if not objects:
        return text
    obj = objects[0]
    whole = last.doc[obj.left_edge.i : obj.right_edge.i + 1]
    up_to_head = last.doc[obj.left_edge.i : obj.i + 1] if obj.pos_ in ("NOUN", "PROPN", "PRON") else whole
    for words in (whole, up_to_head):
        if obj.dep_ == "pobj" and not _a_time(obj) and len(words) <= _MAX_PREPOSITION_OBJECT_WORDS:
            return f"{text} {words.text}"
    return text[: -len(last.text) - 1]


_DEMAND_AUX = frozenset({"must", "should"})
_MAX_ASKED_WORDS = 6


def _asked_subject(f: Found, verb: Token, src_tok: Token | None) -> Token | None:
    """The subject of a reported "must / should" clause the speaker is the doer of ("Marren said Veloria
    should leave the union": Marren demands it of Veloria), or None. The summary must say who is asked,
    or it reads as the speaker's own act ("Marren should leave Veloria")."""
    if not f.coded_by.endswith("+statement") or not f.code.startswith("10") or src_tok is None:
        return None
    if not any(c.dep_ == "aux" and c.lower_ in _DEMAND_AUX for c in verb.children):
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
    if not subjects or subjects[0].left_edge.i <= src_tok.i <= subjects[0].right_edge.i:
        return None
    return subjects[0]


def _demand_summary(
    doer: str, asked: Token, words: str, toks: list[Token], tgt: ActorRef | None, tgt_tok: Token | None
) -> str:
    """ "Marren said Veloria should leave the Orvik Union": the speaker, the one asked, the demand."""
    a, b = actor_span(asked)
    phrase = asked.doc[a : _name_end(asked, b)]
    if asked.pos_ == "PRON":  # "said he must speak": a pronoun keeps its own words, in lower case
        who = asked.lower_ if asked.lower_ != "i" else "I"
    else:
        who = _with_conjuncts(asked) or (
            _clean_name(phrase) if len(phrase) <= _MAX_ASKED_WORDS else asked.text
        )
    rest = _object_words(toks[-1])
    if tgt is not None and tgt.name and tgt_tok is not None and _another_party(tgt_tok, asked, toks[-1]):
        # a party of the demand other than the one asked: "... withdraw its troops from Port Alder"
        prep = _trigger_preposition(tgt_tok, {t.i for t in toks})
        lead = prep.text if prep is not None and prep.i > toks[-1].i else ""
        rest = " ".join(p for p in (lead, _target_words(tgt.name, tgt_tok)) if p)
    return " ".join(p for p in (doer, "said", who, words, rest) if p)


def _another_party(tgt_tok: Token, asked: Token, verb: Token) -> bool:
    """The target is neither in the phrase of the one asked nor in the verb's object (which the object's
    own words already tell)."""
    if asked.left_edge.i <= tgt_tok.i <= asked.right_edge.i:
        return False
    return not any(c.dep_ == "dobj" and c.left_edge.i <= tgt_tok.i <= c.right_edge.i for c in verb.children)


# A perfect auxiliary right before its verb, written out or as a clitic ("they've agreed")
_PERFECT_AUX = frozenset({"have", "has", "'ve", "’ve"})
# Clitic auxiliaries written out: a summary opens its words with the auxiliary, away from the subject the
# clitic leaned on ("Kastan 've agreed" reads "Kastan have agreed"); "'s" and "'d" by what they stand for
_CLITIC_AUX = {"ve": "have", "re": "are", "m": "am", "ll": "will"}
_CLITIC_BEFORE_PARTICIPLE = {"s": ("has", "is"), "d": ("had", "would")}


def _word_text(tok: Token) -> str:
    """A token as a summary word: a clitic auxiliary written out, anything else as written."""
    text = tok.text
    if tok.is_sent_start and tok.pos_ == "VERB" and tok.tag_ in ("VBG", "VBN"):
        # "Arriving at the port, Okafor ...": inside the summary the opening participle is no sentence's start
        return text[:1].lower() + text[1:]
    if tok.dep_ not in ("aux", "auxpass") or text[:1] not in ("'", "’"):
        return text
    clitic = text[1:].lower()
    full = _CLITIC_AUX.get(clitic)
    if clitic in _CLITIC_BEFORE_PARTICIPLE:
        # the parser's lemma is unsure; the verb tells: "she's met X" has, "it's closed" is, "he'd met"
        # had, "he'd meet" would
        perfect, other = _CLITIC_BEFORE_PARTICIPLE[clitic]
        verb = tok.head
        takes_object = any(c.dep_ == "dobj" for c in verb.children)  # the parser calls "she's met X" passive
        # a past form the parser reads as simple past ("he's had") can only follow "has"
        past = verb.tag_ == "VBD" or verb.tag_ == "VBN" and (tok.dep_ == "aux" or takes_object)
        full = perfect if past else other
    return f" {full}" if full else text


def _base_form_after(pre: list[Token]) -> bool:
    """The auxiliaries left before a passive read active take the bare verb: a modal or "to" with no
    perfect "have" after it ("could pardon", "to pardon"; "could have pardoned" keeps the participle)."""
    return any(c.tag_ == "MD" or c.lower_ == "to" for c in pre) and not any(
        c.lemma_.lower() == "have" for c in pre
    )


def _reduced_passive(verb: Token) -> bool:
    """A participle after its noun with its doer in a "by" phrase: "the hostages taken by Orvik"."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children)


_MAX_CLAUSE_WORDS = 5


def _agent_and_its_perfect(verb: Token, pre: list[Token]) -> set[int]:
    """A passive told actively loses its "by" phrase (the doer now opens the line) and a perfect "has"
    that only "been" tied to the verb ("has been threatened by X" -> "X threatened")."""
    out = {t.i for c in verb.children if c.dep_ == "agent" for t in c.subtree}
    if not any(c.tag_ == "MD" or c.lower_ == "to" for c in pre):
        out |= {c.i for c in pre if c.dep_ == "aux" and c.lower_ in _PERFECT_AUX}
    return out


def _told_before_its_rest(verb: Token, tgt_tok: Token) -> bool:
    """The passive's subject (or the noun its relative pronoun stands for) is the target and the verb's
    own complement follows it ("was threatened ... not to cooperate", "an aide who was urged to leave"):
    the target goes right after the verb."""
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    relative = verb.dep_ == "relcl" and verb.head.i == tgt_tok.i
    subject = any(c.i == tgt_tok.i or (relative and c.tag_ in ("WP", "WDT")) for c in subjects)
    return subject and any(c.dep_ == "xcomp" and c.i > verb.i for c in verb.children)


_MAX_ADDRESSEE_WORDS = 6


def _addressee_words(verb: Token, toks: list[Token]) -> str:
    """ "told the ministry to pull ...": the one ordered or asked, between the verb and the complement
    a long summary skips ("X told to pull troops out" drops who must do it); empty when there is none or
    its phrase is long."""
    rest = {t.i for t in toks[1:]}
    if not any(c.dep_ in ("xcomp", "ccomp") and c.i in rest for c in verb.children):
        return ""
    for c in verb.children:
        if c.dep_ in ("dobj", "dative") and c.i > verb.i and all(c.right_edge.i < i for i in rest):
            phrase = verb.doc[c.left_edge.i : c.right_edge.i + 1]
            if len(phrase) <= _MAX_ADDRESSEE_WORDS and not any(t.i in rest for t in phrase):
                return " " + phrase.text
    return ""


def _with_complement_marks(toks: list[Token]) -> list[Token]:
    """The trigger's words with the "to", "be" and "not" of its complement verbs ("threatened ... not to
    cooperate", "ordered ... to be placed"), for a summary that skips the words between; a clause's
    bare "be" without its subject ("demanded (that X) be charged") would read garbled."""
    marks = []
    for t in toks[1:]:
        found = [c for c in t.children if c.dep_ in ("aux", "auxpass", "neg") and toks[0].i < c.i < t.i]
        if any(c.lower_ == "to" for c in found):
            marks += found
        elif t.dep_ == "pcomp" and t.head.dep_ == "prep" and toks[0].i < t.head.i:
            marks.append(t.head)  # "committed ... to supplying arms": the gerund's preposition
    return sorted({*toks, *marks}, key=lambda t: t.i)


def _clause_after_subject(verb: Token, tgt_tok: Token) -> str:
    """When the target is the subject of a clause the verb reports ("insisted Okafor would resign",
    "acknowledged Marren could be called"), the clause's verb with its auxiliaries: "X insisted Okafor"
    would tell an act on Okafor the sentence does not. Empty otherwise, or when the words up to that verb
    are many or the clause's verb is a bare "be" whose complement is long."""
    for clause in verb.children:
        if clause.dep_ not in ("ccomp", "xcomp") or clause.i < verb.i:
            continue
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i]
        if not subjects or not subjects[0].left_edge.i <= tgt_tok.i <= subjects[0].right_edge.i:
            continue
        end = clause.i + 1
        if clause.lemma_ == "be":  # "insisted Okafor was innocent": the complement is what is said
            comp = [c for c in clause.children if c.dep_ in ("acomp", "attr") and c.i > clause.i]
            end = comp[0].right_edge.i + 1 if comp else end
        words = clause.doc[subjects[0].right_edge.i + 1 : end]
        if 0 < len(words) <= _MAX_CLAUSE_WORDS and not any(t.is_punct for t in words):
            return "".join(_word_text(t) + t.whitespace_ for t in words).strip()
    return ""


_MAX_DOER_WORDS = 8


def _doer_words(side: tuple[Token, ActorRef] | None, resolver: ActorResolver) -> str | None:
    """The doer as the sentence names it when its head is a common noun that took its actor from a name
    inside the phrase: "Kastani officials", "a Veloria delegation", "a former Orvik resident" did the act,
    not the country or town that modifies them (the side's code stays the name's). None (the actor's name
    does) for a head that is a name or a mention itself, a phrase with a pronoun or an apposition (the
    name says who better: "her counterpart, Ilsa Marren"), or a long phrase."""
    if side is None:
        return None
    tok, ref = side
    if tok.pos_ != "NOUN" or ref.chain_id is None or not ref.name or resolver.is_actor(tok):
        return None
    if any(c.dep_ == "appos" for c in tok.children):
        return None
    a, b = actor_span(tok)
    words = tok.doc[a : _name_end(tok, b)]
    if len(words) > _MAX_DOER_WORDS or any(_breaks_a_doer_phrase(t) for t in words):
        return None
    return _clean_name(words)


def _breaks_a_doer_phrase(tok: Token) -> bool:
    """A word no plain noun phrase holds, a sign the parse hung a clause or an aside on it ("Though many
    residents respect ...", "Orvik Corp — a firm that ..."): a pronoun, a question word, a conjunction
    opening a clause, a verb other than a modifier ("Party-financed"), punctuation other than a hyphen."""
    if tok.pos_ in ("PRON", "SCONJ") or tok.tag_ in ("WP", "WP$", "WDT"):
        return True
    if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("amod", "compound"):
        return True
    return tok.pos_ == "PUNCT" and tok.text != "-"


def _undergoer_first(tok: Token | None, verb: Token) -> bool:
    """The target of a passive stands before it, as its subject or the noun a relative clause is about
    ("Reyes was arrested", "Reyes, who was arrested"), so "Reyes was arrested" reads right; not a target
    after it ("a memorandum was signed between Kastan and Veloria" is no "Veloria was signed")."""
    return tok is not None and tok.i < verb.i


def _between_both_sides(src_tok: Token | None, tgt_tok: Token | None, trigger: set[int]) -> Token | None:
    """The "between" or "among" phrase on the trigger that names both the doer and the target ("talks
    between Kastan and Veloria"), if both are in it."""
    if src_tok is None or tgt_tok is None:
        return None
    prep = _trigger_preposition(tgt_tok, trigger)
    if prep is None or prep.lower_ not in ("between", "among"):
        return None
    return prep if prep in src_tok.ancestors and _trigger_preposition(src_tok, trigger) == prep else None


def _trigger_preposition(tgt_tok: Token, trigger: set[int]) -> Token | None:
    """The preposition that ties the target's phrase to the trigger: "talks with X"; "held talks in a
    hotel in X" -> "in" (the summary reads "held talks in X"). None when the phrase hangs off a noun the
    summary leaves out ("visited the city of X" -> "visited X")."""
    t = tgt_tok
    while t.head.i != t.i and t.i not in trigger:
        if t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head.i in trigger:
            return t.head
        if t.pos_ in ("VERB", "AUX"):
            return None  # a clause of its own ("a hotel where X stayed")
        t = t.head
    return None


_MAX_UNDERGOER_WORDS = 8


def _with_conjuncts(tok: Token) -> str:
    """A subject joined to others ("Okafor and two aides were arrested"): all of them, as the plural verb
    says (the first name alone would read "Okafor were arrested"). Empty when there are none, or when
    the phrase is long or holds a clause."""
    while tok.dep_ == "conj" and tok.head.i < tok.i:  # "Okafor and two guards": the guards too
        tok = tok.head
    conj = [c for c in tok.children if c.dep_ == "conj"]
    if not conj or tok.dep_ not in ("nsubj", "nsubjpass"):
        return ""
    a, end = actor_span(tok)[0], conj[-1].right_edge.i + 1
    span = tok.doc[a:end]
    if len(span) > _MAX_UNDERGOER_WORDS or any(
        t.pos_ in ("VERB", "AUX") or t.tag_ in ("WP", "WDT") for t in span
    ):
        return ""
    return _clean_name(span)


def _plural_act_noun(first: Token, last: Token, pre: list[Token], src_tok: Token | None) -> bool:
    """The trigger is a lone act noun ("visits", "riot", "killing") that would read as a verb after its
    doer's name ("prisoners riot"); not when the doer is a word modifying it ("Kastani protests",
    "anti-Orvik protests"), which takes no possessive, unless the text made it the owner ("the Veloria
    administration's killing of ...")."""
    if pre or first.i != last.i or first.tag_ not in ("NNS", "NN") or first.pos_ != "NOUN":
        return False
    if src_tok is None or _owner_of(src_tok, first):
        return True
    modifies = src_tok.i < first.i and first in src_tok.ancestors and _no_verb_between(src_tok, first)
    return not (modifies or src_tok.pos_ == "ADJ" or src_tok.ent_type_ == "NORP" or _acts_on(src_tok, first))


def _modifies_the_act_noun(tok: Token, noun: Token) -> bool:
    """A name standing right before the act noun it modifies ("the Kastan visit")."""
    return (
        tok.dep_ in ("compound", "amod") and tok.head.i == noun.i and tok.i < noun.i and noun.pos_ == "NOUN"
    )


def _owner_of(doer: Token, noun: Token) -> bool:
    """The doer's phrase is the noun's possessive ("the Veloria administration's killing")."""
    while doer.dep_ in ("compound", "amod", "nmod") and doer.head.i != doer.i and doer.head.i != noun.i:
        doer = doer.head
    return doer.dep_ == "poss" and doer.head.i == noun.i


def _no_verb_between(tok: Token, head: Token) -> bool:
    return all(t.pos_ not in ("VERB", "AUX") for t in tok.doc[tok.i : head.i])


def _acts_on(doer: Token, noun: Token) -> bool:
    """The doer is the subject (or "by" agent) of the verb the noun is the object or passive subject of
    ("police crushed demonstrations", "strikes were confirmed by the army"): the doer did something to
    the act, which need not be its own."""
    while doer.dep_ in ("compound", "amod", "poss", "nmod") and doer.head.i != doer.i:
        doer = doer.head
    verb = noun.head
    if noun.dep_ not in ("dobj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return False
    if doer.head.i == verb.i and doer.dep_ in ("nsubj", "nsubjpass"):
        return True
    return doer.dep_ == "pobj" and doer.head.dep_ == "agent" and doer.head.head.i == verb.i


def _relative_object_words(verb: Token) -> str:
    """The noun a relative clause is about when the verb's object is its relative pronoun ("the reporter
    whom Orvik took hostage"): the object the summary would otherwise lose. Empty when there is none."""
    if verb.dep_ != "relcl" or not any(_relative_object(t, verb) for t in verb.subtree if t.i < verb.i):
        return ""
    a, b = actor_span(verb.head)
    return _clean_name(verb.doc[a : _name_end(verb.head, b)]) if b - a <= 6 else ""


def _fronted_relative_preposition(toks: list[Token]) -> tuple[Token, Token] | None:
    """The trigger's verb and its preposition when the preposition leads the relative clause with its
    pronoun ("with whom X met"). None otherwise."""
    prep = toks[0]
    verb = prep.head
    if prep.dep_ != "prep" or verb not in toks or verb.dep_ != "relcl" or prep.i > verb.i:
        return None
    pronoun = any(c.dep_ == "pobj" and c.lower_ in ("whom", "which") for c in prep.children)
    return (verb, prep) if pronoun else None


def _with_relativised_object(
    words: str, verb: Token, toks: list[Token], tgt_tok: Token | None, verb_text: str
) -> str:
    """A relative clause whose object is the noun it hangs on ("the deal that Kastan struck with
    Veloria", "a remark he made in a call with Marren") names that noun after its verb: "Kastan
    struck with Veloria" loses what was struck. The words unchanged when the noun is a trigger word or
    the target, or its phrase is long."""
    noun = relativised_object(verb)
    if noun is None or noun in toks or (tgt_tok is not None and tgt_tok.i == noun.i):
        return words
    if any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
        return words  # "weapons that the nation threatened to use": the object of the verb below
    a, b = actor_span(noun)
    if not a <= noun.i < b or b - a > 6 or _name_end(noun, b) - 1 != noun.i:
        return words
    phrase = verb.doc[a : _name_end(noun, b)].text
    phrase = phrase[0].lower() + phrase[1:] if noun.doc[a].pos_ == "DET" else phrase
    head, sep, tail = f"{words} ".partition(verb_text + " ")
    return f"{head}{sep}{phrase} {tail}".strip() if sep else words


def _owned_thing_words(name: str, tok: Token, trigger: set[int]) -> str:
    """ "calls for her resignation" reads "calls for Okafor's resignation": a target named by a
    possessive pronoun keeps the noun it owns, which "calls for Okafor" would lose. Empty when the
    target is no such pronoun or its noun is a trigger word."""
    noun = tok.head
    if tok.dep_ != "poss" or tok.tag_ != "PRP$" or noun.pos_ != "NOUN" or noun.i in trigger:
        return ""
    mods = [c for c in noun.children if c.dep_ in ("amod", "compound") and tok.i < c.i < noun.i]
    return " ".join([_possessive(name), *(t.text for t in mods), noun.text])


def _subject_after_auxiliary(verb: Token, lo: int) -> set[int]:
    """The words of a subject set between the verb's auxiliary and the verb ("should Kastan not
    comply", "were Veloria to attack"): empty when the subject stands before them."""
    return {
        t.i
        for c in verb.children
        if c.dep_ in ("nsubj", "nsubjpass") and lo < c.i < verb.i
        for t in c.subtree
        if t.i < verb.i
    }


def _with_reduced_passive_noun(
    words: str, verb: Token, toks: list[Token], tgt_tok: Token | None, verb_text: str
) -> str:
    """ "the sanctions imposed by Kastan against Veloria" reads "Kastan imposed sanctions against
    Veloria": the noun the participle hangs on is what was done, and "Kastan imposed against Veloria"
    would lose it. The noun keeps its adjectives and compounds, not its article."""
    noun = verb.head
    if (
        noun.i > verb.i
        or noun.pos_ != "NOUN"
        or noun in toks
        or (tgt_tok is not None and tgt_tok.i == noun.i)
    ):
        return words
    mods = [c for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i]
    if len(mods) > 3 or any(c.pos_ == "PROPN" for c in mods):
        mods = []  # "Kastan sanctions" would name a side the summary already names
    start = mods[0].i if mods else noun.i
    phrase = "".join(t.text_with_ws for t in verb.doc[start : noun.i + 1]).strip()  # "non-disclosure"
    # after the verb's particle: "carried out the attack", not "carried the attack out"
    after = " ".join([verb_text, *(c.text for c in verb.children if c.dep_ == "prt" and c.i > verb.i)])
    head, sep, tail = f"{words} ".partition(after + " ")
    return f"{head}{sep}{phrase} {tail}".strip() if sep else words


def _relative_object(tok: Token, verb: Token) -> bool:
    """ "whom", "which" as the object of the verb itself (not of a verb below it: "which the army promised
    to oversee"), or of a preposition of the verb's standing after it (the parser also hangs a fronted
    "whom" on a later "in")."""
    if tok.tag_ not in ("WP", "WDT") or tok.lower_ not in ("whom", "which"):
        return False
    if tok.dep_ == "dobj":
        return tok.head.i == verb.i
    return tok.dep_ == "pobj" and tok.head.i > tok.i and tok.head.head.i == verb.i


def _without_a_dangling_preposition(words: str, last: Token) -> str:
    """A trigger ending in its preposition whose object is a date ("called on Thursday for ..."): the date
    is no object, and the preposition alone would dangle ("Marren called on")."""
    if last.dep_ != "prep" or not any(
        c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in last.children
    ):
        return words
    head, sep, _ = words.rpartition(" " + last.text)
    return head if sep and words.endswith(" " + last.text) else words


def _object_words(verb: Token) -> str:
    """A short direct object after the trigger when no target is named: "Lisbon suspended the accord",
    "Morocco criticised the decision" say what the bare "Lisbon suspended" leaves out; after a trigger
    ending in its preposition, that preposition's object ("pressed for protections", not "pressed for")."""
    for c in verb.children:
        if c.dep_ in ("dobj", "pobj") and c.i > verb.i and c.pos_ in ("NOUN", "PROPN") and not _a_time(c):
            a, b = actor_span(c)  # with its determiner: "the accord"
            if b - a <= 6:
                return "".join(t.text_with_ws for t in c.doc[a:b]).strip()
    return _gerund_object(verb)


_MAX_GERUND_WORDS = 5


def _gerund_object(verb: Token) -> str:
    """An act as the object ("does not support using troops", "opposed invoking the law"): the gerund
    and its own object, or nothing when that runs long."""
    if verb.pos_ not in ("VERB", "AUX"):
        return ""
    for c in verb.children:
        if (
            c.dep_ in ("xcomp", "pcomp", "dobj")
            and c.tag_ == "VBG"
            and c.i > verb.i
            and c.lemma_.lower() not in ("be", "have", "get")  # "welcome being ...": says nothing alone
        ):
            objs = [o for o in c.children if o.dep_ == "dobj" and o.i > c.i]
            end = objs[0].i + 1 if objs else c.i + 1
            if end - c.i <= _MAX_GERUND_WORDS:
                return "".join(t.text_with_ws for t in c.doc[c.i : end]).strip()
    return ""


def _object_before(verb: Token, prep: Token) -> str:
    """The verb's short direct object standing between it and the target's preposition: what was done
    with the target ("suspended joint drills with X"); none when the words are long or not a noun's."""
    # a trigger ending in its preposition ("asked for"): that preposition's object ("the meeting")
    kinds = ("pobj",) if verb.dep_ == "prep" else ("dobj",)
    for c in verb.children:
        if c.dep_ in kinds and verb.i < c.i < prep.i and c.pos_ == "NOUN" and not _a_time(c):
            a, b = actor_span(c)
            if b - a <= 6 and b <= prep.i:
                return "".join(t.text_with_ws for t in c.doc[a:b]).strip()
    return ""


_MAX_WORDS_DOWN_TO_THE_TARGET = 8


def _words_down_to_the_target(prep: Token, tgt_tok: Token) -> str:
    """The words of a trigger preposition's object that stand before a target set deeper in it ("called
    for an inquiry into X's war": "an inquiry into"); empty when the target is that object, or the
    words are long or hold a clause or a comma."""
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    start = actor_span(tgt_tok)[0]
    if not objs or objs[0].i >= start or tgt_tok not in objs[0].subtree:
        return ""
    between = tgt_tok.doc[objs[0].left_edge.i : start]
    if len(between) > _MAX_WORDS_DOWN_TO_THE_TARGET or any(
        t.pos_ in ("VERB", "AUX") or t.is_punct for t in between
    ):
        return ""
    return between.text.strip()


def _a_time(tok: Token) -> bool:
    """A day or hour ("on Thursday"): when an act took place, not what it was done to."""
    return tok.ent_type_ in ("DATE", "TIME")


_MAX_TARGET_WORDS = 8
_MAX_TARGET_WORDS_BEFORE_AN_ASIDE = 12


def _target_words(name: str, tok: Token) -> str:
    """The target as the sentence put it when its head is a common noun whose name came from inside
    the phrase ("Russia's decision", "Kastan's forces"; not just "Russia"), else the actor's name."""
    if tok.pos_ != "NOUN":
        return name
    a, b = actor_span(tok)
    aside = b - a > 6 and tok.i + 1 < b and tok.doc[tok.i + 1].text == ","
    if aside:
        b = tok.i + 1  # "the survey crew, three of them ...": an aside after the head is cut
    phrase = _clean_name(tok.doc[a:b])
    # words, not tokens: "free-trade" is one word the tokenizer splits in three
    if len(phrase.split()) > (_MAX_TARGET_WORDS_BEFORE_AN_ASIDE if aside else _MAX_TARGET_WORDS):
        return name
    if name in phrase or (aside and phrase in name):  # the long name cut at its head
        return phrase
    if any(t.dep_ in ("compound", "poss") and t.pos_ == "PROPN" and t.head.i == tok.i for t in tok.doc[a:b]):
        # "closed the US consulate": the owner named in other words than the actor's name; the name alone
        # would say the country itself was closed
        return phrase
    # third person only: a quote's "our" stands for the speaker's side at large, not the speaker's own
    owner = [t for t in tok.doc[a:b] if t.tag_ == "PRP$" and t.lower_ in ("his", "her", "its", "their")]
    if len(owner) == 1 and owner[0].i != tok.i:
        # "three people from his village": the people took the actor from "his", and the name alone
        # would tell the act as done to its owner ("Okafor were killed")
        words = [
            _possessive(name) + t.whitespace_ if t.i == owner[0].i else t.text_with_ws for t in tok.doc[a:b]
        ]
        return "".join(words).strip()
    return name


_COUNT_ENTS = frozenset({"", "CARDINAL", "ORDINAL", "QUANTITY"})


def _lower_sentence_capital(words: str, tok: Token) -> str:
    """Target words told after the verb lose the capital only the sentence's start gave a count or
    determiner opening them ("Two activists were arrested" -> "police arrested two activists")."""
    first = tok.doc[actor_span(tok)[0]]
    # only a count or determiner: a capitalised adjective may be a name the tagger missed ("Orvik rebels")
    counted = first.pos_ in ("DET", "NUM") and first.ent_type_ in _COUNT_ENTS
    if not first.is_sent_start or not counted:
        return words
    if not words.startswith(first.text) or not first.text[:1].isupper():
        return words
    return first.text.lower() + words[len(first.text) :]


def _possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def _phrase_holding(verb: Token, target: Token | None, dep: str) -> Token | None:
    """The verb's ``dep`` child ("dobj", or a passive's "nsubjpass") when the target is inside it, not
    its head: in its prepositional phrase or possessor ("an attack by X on Y was condemned": the attack
    holds X)."""
    if target is None:
        return None
    for c in verb.children:
        if c.dep_ == dep and c.i != target.i and c.left_edge.i <= target.i <= c.right_edge.i:
            return c
    return None


def _phrase_as_object(span: Span) -> str:
    """A subject's words moved after the verb: an opening determiner loses its capital ("An attack" ->
    "an attack")."""
    words = [
        t.lower_ + t.whitespace_ if t.i == span.start and t.dep_ == "det" else t.text_with_ws for t in span
    ]
    return "".join(words).strip()


# "both sides", "the two countries": a pair named just before
_COLLECTIVE_HEADS = frozenset({"side", "party", "country", "nation", "government", "capital", "leader"})


def _pair_for_collective(
    tok: Token, state: DocState, sentence: int, resolver: ActorResolver
) -> list[tuple[Token, ActorRef] | None] | None:
    """The two actors a collective subject ("both sides") stands for: the nearest "A and B" pair of
    resolved actors earlier in the sentence, else in the sentence before; None when there is none."""
    if tok.lemma_.lower() not in _COLLECTIVE_HEADS or tok.tag_ not in ("NNS", "NNPS"):
        return None
    if not any(c.lower_ in ("both", "two") for c in tok.children):
        return None
    spans: list[Span] = []
    try:
        if sentence > 0:
            spans.append(state.sentence_span(sentence - 1))
        spans.append(state.sentence_span(sentence))
    except Exception:
        return None
    best: list[tuple[Token, ActorRef] | None] | None = None
    for span in spans:
        for a in span:
            if a.i >= tok.i:
                break
            conj = [c for c in a.children if c.dep_ == "conj"]
            if len(conj) != 1 or a.dep_ == "conj":
                continue
            ra, rb = resolver.resolve(a), resolver.resolve(conj[0])
            if (
                ra is not None
                and rb is not None
                and ra.chain_id is not None
                and rb.chain_id is not None
                and ra.chain_id != rb.chain_id
            ):
                best = [(a, ra), (conj[0], rb)]
    return best


def _with_something(pred: Token) -> bool:
    """ "A and B agreed with the plan" / "..., with which A and B agreed": they agreed with it, not
    with each other."""
    return any(
        c.dep_ == "prep" and c.lower_ == "with" and any(g.dep_ == "pobj" for g in c.children)
        for c in pred.children
    )


def _a_bare_demonstrative(tok: Token) -> bool:
    """ "how has this helped them?", "that hurt the talks": a lone "this" or "that" stands for a state of
    things, never for a doer ("those who fled" and "this group" name people)."""
    return tok.tag_ == "DT" and tok.lower_ in ("this", "that") and not list(tok.children)


def _done_by_a_force(pred: Token, sources: list[Token]) -> bool:
    """The act's doer is a force or an abstraction ("the virus killed ...", "killed by the storm").
    The coder may already have dropped such a subject, so the predicate's own subject or agent is read
    when no source is left."""
    if sources:
        return all(never_acts(s) for s in sources)
    for c in pred.children:
        if c.dep_ == "nsubj" and (never_acts(c) or _a_bare_demonstrative(c)):
            return True
        if c.dep_ == "agent" and any(p.dep_ == "pobj" and never_acts(p) for p in c.children):
            return True
    return False


# Visits made, hosted or meant (036 "decided to go to ..."): acts between actors only when the traveller
# is known
_TRIP_CODES = ("042", "043", "036")

# Cooperative acts one side does *for* or *about* another (pledging aid, reform or concessions;
# praising, defending, rallying for, recognising, apologising, forgiving): "A, B and C pledged aid" or
# "A and B praised the plan" is each of them acting, not one doing it to the other
_ONE_WAY_CODES = ("033", "034", "035", "051", "052", "053", "054", "055", "056")


# "in Orvik", "across the district": where an act happened (not "at", which force and protest
# codes read as whom it was done to: "fired at the embassy")
_WHERE_PREPS = frozenset({"in", "inside", "across", "throughout", "near"})


def _only_where(tok: Token, ref: ActorRef, resolver: ActorResolver) -> bool:
    """A town, district or site with no actor code, named only as where the act happened ("raids were
    carried out in Orvik", "protested in Port Alder"): no target. A country keeps its place there, as
    CAMEO codes acts done in it against it; a trip's destination is its host."""
    if ref.actor_code or tok.dep_ != "pobj" or tok.head.lower_ not in _WHERE_PREPS:
        return False
    m = resolver.mention_at(tok)
    return m is not None and m.ent_type in _PLACE_TYPES and _below_a_country(tok, m)


def _place_as_doer(
    side: tuple[Token, ActorRef] | None, resolver: ActorResolver
) -> tuple[Token, ActorRef] | None:
    """ "Two men were arrested in Orvik": a place stands for its authorities, so a city the registry
    knows stands for its country; a place it cannot code (a square, an unknown town) names nobody."""
    if side is None:
        return None
    tok, ref = side
    if ref.actor_code or tok.dep_ != "pobj" or tok.head.lower_ not in _WHERE_PREPS:
        return side
    m = resolver.mention_at(tok)
    if m is None or m.ent_type not in _PLACE_TYPES:
        return side
    code = registry().city_country(m.text)
    if code is None:
        return None
    return tok, ActorRef(_country_name(code) or code, ref.start, ref.end, None, code)


# A doer that is no one in particular (unlike "someone", an unknown but real one)
_ANYONE_AT_ALL = frozenset({"anyone", "anybody", "whoever", "nobody", "everyone", "everybody"})


_TOWN_NOUNS = frozenset({"town", "city", "village", "district", "neighbourhood", "neighborhood", "suburb"})


def _below_a_country(tok: Token, m: Mention) -> bool:
    """The place is known not to be a country (an unknown name may be one, and CAMEO takes a country
    an act is done in as its target): a region or site the tagger types LOC or FAC, a city the registry
    knows, or one the text calls a town in apposition ("Orvik, a town in east Kastan")."""
    if m.ent_type in ("LOC", "FAC") or registry().city_country(m.text):
        return True
    told = [c for c in tok.children if c.dep_ == "appos"]
    return any(t.lemma_.lower() in _TOWN_NOUNS for x in told for t in [x, *x.children] if t.pos_ == "NOUN")


_DISAPPROVAL = ("11",)
# What is said or found, not who says it: the quote finder takes "the report said" for a speaker (the
# shared non-agent list must keep it one), but a claim that contradicts or criticises is nobody's act
_CLAIM_NOUNS = frozenset(
    {"claim", "report", "statement", "finding", "assertion", "allegation", "account", "conclusion", "study"}
)


def _claims_by_their_authors(sources: list[Token]) -> list[Token]:
    """ "a claim that could contradict other claims" disapproves of no one: a claim, report or finding as
    the doer gives way to its author ("a claim by the ministry"), or to no doer; one whose phrase names
    its owner ("the ministry's report", "a Kastan report") stands for that owner and stays."""
    out: list[Token] = []
    for tok in sources:
        if tok.lemma_.lower() not in _CLAIM_NOUNS or tok.pos_ != "NOUN" or _owner_inside(tok):
            out.append(tok)
            continue
        out += [
            p
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ in ("by", "from")
            for p in c.children
            if p.dep_ == "pobj" and p not in out
        ]
    return out


def _owner_inside(tok: Token) -> bool:
    return any(
        c.dep_ == "poss" or (c.dep_ in ("compound", "amod", "nmod") and c.ent_type_ in ACTOR_ENTS)
        for c in tok.children
    )


def _no_one_of(tok: Token) -> bool:
    """ "No Velorian farmer can be forced to ...", "no accomplishment could justify ...": a phrase
    opened by "no" names nobody who acted or was acted on."""
    return any(c.dep_ == "det" and c.lower_ == "no" and c.i < tok.i for c in tok.children)


def _resolved(toks: list[Token], resolver: ActorResolver) -> list[tuple[Token, ActorRef] | None]:
    out: list[tuple[Token, ActorRef] | None] = []
    for t in toks:
        r = resolver.resolve(t)
        if r is not None:
            out.append((t, r))
    return out


def _same_actor(a: tuple[Token, ActorRef] | None, b: tuple[Token, ActorRef] | None) -> bool:
    """Both sides stand for one actor: the same entity chain, or the same name where neither has one."""
    if a is None or b is None:
        return a is b
    if a[1].chain_id is not None or b[1].chain_id is not None:
        return a[1].chain_id == b[1].chain_id
    return a[1].name == b[1].name and a[1].actor_code == b[1].actor_code


def _members_not_their_group(sources: list[Token]) -> list[Token]:
    """ "the two envoys, Okafor and Marren, met": the names after the group noun are its members, and
    they are the doers; the group is no third party beside them (nor the others' partner)."""
    if len(sources) < 3:
        return sources
    group, members = sources[0], sources[1:]
    doc = group.doc
    if (
        group.tag_ == "NNS"
        and group.i + 1 < len(doc)
        and doc[group.i + 1].text == ","
        and all(m.pos_ == "PROPN" and group in m.ancestors for m in members)
    ):
        return members
    return sources


def _own_sides_property(target: tuple[Token, ActorRef], sources: list[tuple[Token, ActorRef] | None]) -> bool:
    """ "the Kastan foreign ministry closed the Kastan consulate": a country named only as the owner of
    the object, when the doer is that country or its body, is the doer's own side, not a target."""
    tok, ref = target
    code = ref.actor_code or ""
    owner_only = (tok.dep_ in ("compound", "poss") and tok.head.dep_ == "dobj") or (
        # the object's noun, named by its owner ("US consulate"); not a body of its own ("US agencies")
        tok.dep_ == "dobj"
        and tok.pos_ == "NOUN"
        and (tok.lemma_.lower() not in ACTOR_NOUNS or tok.lemma_.lower() in _DIPLOMATIC_POSTS)
    )
    if len(code) != 3 or not owner_only or not sources or _country_name(code) is None:
        return False  # a country's code only (a role's, "JUD" for a court, is not a side's own)
    # the state or one of its bodies: a citizen visiting their country's consulate still visits it
    own = {code, *(code + role for role in _STATE_ROLES)}
    return all(s is not None and s[1].actor_code in own for s in sources)


_STATE_ROLES = ("GOV", "MIL", "LEG", "JUD", "COP", "SPY")
# Bodies that are also the premises a state opens and closes abroad
_DIPLOMATIC_POSTS = frozenset({"embassy", "consulate", "mission"})


def _identified(side: tuple[Token, ActorRef] | None) -> bool:
    """An actor the text names (an entity chain) or one the registry codes ("police", "the army")."""
    return side is not None and (side[1].chain_id is not None or bool(side[1].actor_code))


def mentions_from_found(
    state: DocState,
    sentence: int,
    found: list[Found],
    resolver: ActorResolver,
    date_fn: DateFn | None,
    first_index: int,
) -> list[EventMention]:
    book = codebook()
    out: list[EventMention] = []
    for f in found:
        info = book.get(f.code)
        if info is None:
            continue
        sources, targets = _members_not_their_group(f.sources)[:MAX_ACTORS], f.targets[:MAX_ACTORS]
        if _done_by_a_force(f.pred, sources):
            continue  # "the virus killed 300 people", "the economy forced ...": no act between actors
        if f.code.startswith(_DISAPPROVAL):
            sources = _claims_by_their_authors(sources)
        if sources and all(s.lower_ in _ANYONE_AT_ALL for s in sources):
            continue  # "whenever anyone accuses Li", "nobody attacked": no one in particular acted
        if not sources and any(c.dep_ == "nsubjpass" and c.lower_ in _ANYONE_AT_ALL for c in f.pred.children):
            continue  # "anyone with information is urged to call X": no one in particular is asked
        # "the missile struck X": someone struck X, but the missile is not who; "fought the virus": no target
        srcs = _resolved([s for s in sources if not cannot_act(s) and not _no_one_of(s)], resolver)
        srcs = [x for x in (_place_as_doer(s, resolver) for s in srcs) if x is not None]
        tgts = _resolved([t for t in targets if not stands_for_nobody(t) and not _no_one_of(t)], resolver)
        if not f.code.startswith(_TRIP_CODES) and any(_identified(s) for s in srcs):
            # a doer named: the act stands without its place (with none, the place is all it has)
            tgts = [t for t in tgts if t is None or not _only_where(t[0], t[1], resolver)]
        tgts = [t for t in tgts if t is None or not _own_sides_property(t, srcs)]
        if len(srcs) == 1 and srcs[0] is not None and srcs[0][1].chain_id is None and not tgts:
            pair = _pair_for_collective(srcs[0][0], state, sentence, resolver)
            if pair is not None:
                srcs = pair
        mutual = False
        if (
            not targets
            and len(srcs) > 1
            and f.code[:2] in MUTUAL_ROOTS
            and not f.code.startswith(_ONE_WAY_CODES)
            and not _with_something(f.pred)
            and not any(neither_nor(s) for s in sources)
        ):
            # "A and B met": each met the other; not when the act names a partner that did not resolve
            # ("Russia and Iran are sharing intelligence with them"), nor when "neither A nor B" acted
            srcs, tgts = srcs[:1], srcs[1:]
            mutual = True
        pairs: list[tuple[tuple[Token, ActorRef] | None, tuple[Token, ActorRef] | None]] = []
        for s in [*srcs] or [None]:
            for t in [*tgts] or [None]:
                if s and t and (s[1].chain_id is not None and s[1].chain_id == t[1].chain_id):
                    continue  # an actor acting on itself is a parse slip
                if s and t and s[1].actor_code and _same_actor(s, t):
                    continue  # '"We withdrew our troops," the minister said': one side, not two
                if not (_identified(s) or _identified(t)):
                    continue  # "community requires", "brain mechanism allow": no actor on either side
                if any(_same_actor(s, s2) and _same_actor(t, t2) for s2, t2 in pairs):
                    continue  # "questioned her on her clothing": two words for one person, one event
                pairs.append((s, t))
        if not srcs and not tgts:
            continue
        if not srcs and f.code.startswith(_TRIP_CODES):
            continue  # "I decided to go to Australia": a trip by no one the text names is nobody's visit
        date, date_source = event_date(state, sentence, f.pred, date_fn)
        toks = sorted(set(f.tokens), key=lambda t: t.i)
        start = toks[0].idx
        end = toks[-1].idx + len(toks[-1].text)
        for s, t in pairs:
            sr = s[1] if s else None
            tr = t[1] if t else None
            out.append(
                EventMention(
                    doc_id=state.doc_id,
                    index=first_index + len(out),
                    sentence=sentence,
                    start=start,
                    end=end,
                    trigger=f.trigger,
                    cameo_code=f.code,
                    plover_category=info.plover_category,
                    plover_mode=info.plover_mode,
                    goldstein=info.goldstein,
                    quad_class=info.quad_class,
                    modality=f.modality,  # type: ignore[arg-type]
                    coded_by=f.coded_by,
                    source_chain_id=sr.chain_id if sr else None,
                    source_name=sr.name if sr else None,
                    source_actor_code=sr.actor_code if sr else None,
                    target_chain_id=tr.chain_id if tr else None,
                    target_name=tr.name if tr else None,
                    target_actor_code=tr.actor_code if tr else None,
                    date=date,
                    date_source=date_source,
                    summary=as_the_article_writes(
                        _summary(
                            f,
                            sr,
                            tr,
                            t[0] if t else None,
                            mutual,
                            _doer_words(s, resolver),
                            s[0] if s else None,
                        ),
                        state.article.text,
                    ),
                )
            )
    return out


def _definite_event_noun(state: DocState, m: EventMention) -> bool:
    """The mention is carried by a definite event noun ("the suspension"): it refers back to an act."""
    try:
        span = state.doc.char_span(m.start, m.end, alignment_mode="expand")
    except Exception:
        return False
    if span is None:
        return False
    return any(
        t.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children) for t in span
    )


_STEM = 4  # letters two words of one family share: "suspension" / "suspended", "strike" / "struck" (lemma)


def _same_word_family(state: DocState, a: EventMention, m: EventMention) -> bool:
    """Whether the noun of ``m`` and a word of ``a``'s words share a stem: the same kind of act by its
    code alone may be another act ("the air strike" after "launched an air campaign in 2015")."""
    nouns = {t.lemma_.lower()[:_STEM] for t in _mention_words(state, m) if t.pos_ == "NOUN"}
    return any(t.lemma_.lower()[:_STEM] in nouns for t in _mention_words(state, a) if t.is_alpha)


def _mention_words(state: DocState, m: EventMention) -> list[Token]:
    try:
        span = state.doc.char_span(m.start, m.end, alignment_mode="expand")
    except Exception:  # offsets out of the text: no words, no match
        return []
    return list(span) if span is not None else []


def _factual(modality: str) -> bool:
    return modality in ("asserted", "reported")


def _undate_unreal_acts(state: DocState) -> None:
    """An act the coder reads as only weighed, wanted or possible ("questions about whether the fighters
    will disarm", "called for the minister to resign") did not take place on the publication day, nor on a
    day a sentence before named; only a time expression of its own clause may still date it. A finite past
    verb ("promised two votes if Parliament rejected the deal") told an act that took place, and a plan
    someone announced ("said it would seek compensation") keeps its day, as plans do in the time rules."""
    for m in state.events:
        if m.modality != "hypothetical" or m.date_source not in ("dct", "inferred"):
            continue
        words = state.doc.char_span(m.start, m.end, alignment_mode="expand")
        if words is not None and len(words) and (words[0].tag_ == "VBD" or _announced_plan(words[0])):
            continue
        m.date, m.date_source = None, None


_PLAN_AUXILIARIES = frozenset({"will", "would", "'ll", "'d", "wo"})
_PLAN_REACH = 6  # clauses between the plan and its speech verb, at most


def _announced_plan(verb: Token) -> bool:
    """A will/would clause someone said or announced ("said it would seek compensation", "said it was
    banning imports and would look into widening the ban"), directly or as a conjunct."""
    try:
        from storyline.time.syntax import is_speech_verb
    except ImportError:  # the time stage is optional here
        return False
    if not any(c.dep_ == "aux" and c.lower_ in _PLAN_AUXILIARIES for c in verb.children):
        return False
    cur = verb
    for _ in range(_PLAN_REACH):
        if cur.dep_ not in ("ccomp", "conj") or cur.head.i == cur.i:
            return False
        cur = cur.head
        if is_speech_verb(cur):
            return True
    return False


_UNREAL_AUXILIARIES = frozenset(
    {"will", "would", "can", "could", "ca", "should", "may", "might", "must", "shall", "wo"}
)
_NOUN_TO_VERB_DEPS = frozenset({"dobj", "pobj", "prep", "nsubjpass", "attr", "compound", "amod", "conj"})
_VERB_REACH = 4  # links from the noun up to the verb that governs it, at most


def _governed_by_unreal_verb(state: DocState, m: EventMention) -> bool:
    """Whether the verb a definite event noun is the object of tells an act not (yet) done: a modal or
    "to" before it, in its own clause or the one it is joined to ("can just do it and restore the
    sanctions"). Such a verb makes the noun a new act's (a restoring), not the earlier act it names."""
    words = _mention_words(state, m)
    nouns = [t for t in words if t.pos_ == "NOUN"]
    if not nouns:
        return False
    tok = nouns[-1]
    for _ in range(_VERB_REACH):
        if tok.pos_ in ("VERB", "AUX") or tok.dep_ not in _NOUN_TO_VERB_DEPS or tok.head.i == tok.i:
            break
        tok = tok.head
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    verbs = [tok, tok.head] if tok.dep_ in ("conj", "xcomp") else [tok]
    return any(
        c.dep_ == "aux" and (c.lower_ in _UNREAL_AUXILIARIES or c.tag_ == "TO")
        for v in verbs
        for c in v.children
    )


def _date_from_antecedent(state: DocState) -> None:
    """A definite event noun dated only by the publication day, or not at all ("led the suspension"), takes the date of
    the earlier, time-expressed mention of the same kind of act in the article ("suspended last year"),
    told with a word of the same stem, when their actors do not conflict."""
    for i, m in enumerate(state.events):
        if m.date_source not in ("dct", None) or not _definite_event_noun(state, m):
            continue
        if m.date_source is None and _governed_by_unreal_verb(state, m):
            continue  # "could restore the sanctions": a new act, whatever day the first one had
        for a in reversed(state.events[:i]):
            if a.sentence >= m.sentence or a.date_source != "timex" or not a.date:
                continue
            if a.cameo_code[:2] != m.cameo_code[:2] or _factual(a.modality) != _factual(m.modality):
                continue
            if not _same_word_family(state, a, m):
                continue  # "the air strike" refers back to a strike, not to an air campaign of years before
            if m.date and a.date[:10] > m.date[:10]:
                continue  # the earlier mention is about a later act
            clash = any(
                x is not None and y is not None and x != y
                for x, y in (
                    (a.source_chain_id, m.source_chain_id),
                    (a.target_chain_id, m.target_chain_id),
                )
            )
            if not clash:
                m.date, m.date_source = a.date, "inferred"
                if m.target_name is None and a.target_name is not None:
                    # "the suspension" is the suspension of what the earlier mention names
                    m.target_chain_id, m.target_name = a.target_chain_id, a.target_name
                    m.target_actor_code = a.target_actor_code
            break


def find_events(state: DocState) -> None:
    """Fill ``state.events`` from every body sentence (headings, pull quotes, captions and attribution
    lines repeat the body and are skipped). Run after time, mentions and quotes."""
    coder = SentenceCoder(lexicon())
    resolver = ActorResolver(state)
    date_fn = _date_function()
    for row in state.sentences:
        if row.block_kind != "body":
            continue
        try:
            span = state.sentence_span(row.index)
        except Exception:
            continue
        if len(span) > 150:  # a run-on "sentence" (tables, lists) is not a clause we can read
            continue
        found = coder.code(span, resolver.is_actor)
        state.events.extend(
            mentions_from_found(state, row.index, found, resolver, date_fn, len(state.events))
        )
    _undate_unreal_acts(state)
    _date_from_antecedent(state)
