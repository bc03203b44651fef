"""Who said it: the cue word attached to a quote, its subject, and that subject's entity chain.

Cue choice prefers syntax (the nearest cue verb governing the quoted words, or a cue clause hanging off
them) over adjacency. Speakers resolve through the entity chains when the entities stage ran; without
chains, pronouns fall back to the latest PERSON subject of a body sentence (never a pull quote, caption
or attribution line), and nothing is resolved when no such person exists.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Span

from storyline.entities.registry import registry
from storyline.nlp.agents import cannot_act, lexicon
from storyline.quotes.cues import AUTHORED_NOUNS, CueLexicon, load_cues
from storyline.quotes.descriptions import described_person, described_politician
from storyline.quotes.salience import SalienceModel, build_salience, misread_modal

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from storyline.records import Chain, Mention
    from storyline.state import DocState

PRONOUNS = frozenset(
    [
        "he",
        "she",
        "him",
        "her",
        "his",
        "they",
        "them",
        "their",
        "it",
        "we",
        "us",
        "our",
        "i",
        "me",
        "my",
        "you",
        "who",
    ]
)
PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her"})
_SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
_NOUN_POS = ("NOUN", "PROPN", "PRON", "NUM", "X")
_SPEAKER_ENTS = ("PERSON", "ORG", "NORP")


@dataclass(slots=True)
class Cue:
    token: Token  # the cue word ("said", "claim", "according")
    text: str  # its surface form, "according to" for that construction
    link: str  # "governs" | "attached" | "adjacent" (how it was tied to the quote)


@dataclass(slots=True)
class Speaker:
    start: int
    end: int
    head: Token
    name: str | None  # best name: chain name, expanded person name, or the speaker's own words
    chain_id: int | None = None
    is_pronoun: bool = False


def cue_tokens(tokens: Iterable[Token], cues: CueLexicon, excluded: Sequence[tuple[int, int]]) -> list[Token]:
    """Tokens that can carry an attribution and lie outside every quotation."""
    out: list[Token] = []
    for t in tokens:
        # the word test first: few tokens are cues, and the place tests cost more
        if not (
            is_according(t)
            or _is_per(t)
            or t.pos_ in ("VERB", "AUX")
            and (cues.is_cue(t.lemma_) or _speaks_before_a_colon(t))
            or t.pos_ == "NOUN"
            and (
                t.lemma_.lower() in cues.nouns
                or cues.is_speech(t.lemma_)
                and _misread_trailing_verb(t)
                or misread_gerund(t, cues)
            )
        ):
            continue
        if any(s <= t.idx < e for s, e in excluded) or (t.dep_ == "amod" and not _inverted_cue(t)):
            continue  # "so-called" reports nothing
        if _passive_known(t) or _passive_expectation(t) or _relayed_credit(t, cues) is not None:
            continue
        out.append(t)
    return out


def _speaks_before_a_colon(verb: Token) -> bool:
    """'A senior officer spoke to the Ledger about the old boats: "..."': "speak"/"talk" is no cue by
    itself (one speaks at a rally), but a clause of it ending on a colon right before a quotation mark
    introduces those words."""
    if verb.lemma_.lower() not in ("speak", "talk"):
        return False
    doc = verb.doc
    j = verb.i + 1
    # the words up to the colon are the verb's own (a listener, a topic), not another clause's
    while j < verb.sent.end and doc[j].text != ":" and verb in doc[j].ancestors:
        j += 1
    return j + 1 < len(doc) and doc[j].text == ":" and doc[j + 1].is_quote


# The verb of an outlet's credit set last ("..., the state news agency reported"); a source's "..., aides
# said" after "X told Congress ..." is the aides' own report of what X told.
_RELAY_CREDIT_LEMMAS = frozenset({"report"})


def _relayed_credit(cue: Token, cues: CueLexicon) -> Token | None:
    """'X said Veloria hoped for "calm", the news agency reported': a credit set last, after a comma,
    over a clause that is itself someone's report relays that report; the speech verb it relays (returned),
    not the outlet's, is the cue of quoted words in it (the outlet keeps its indirect report, as the
    channel). The parse hangs either verb on the other."""
    if cue.lemma_.lower() not in _RELAY_CREDIT_LEMMAS or not _credit_set_last(cue):
        return None
    head = cue.head
    if (
        cue.dep_ == "ccomp"
        and head.i < cue.i
        and head.pos_ in ("VERB", "AUX")
        and cues.is_speech(head.lemma_)
    ):
        return head
    for c in cue.children:
        if c.dep_ == "ccomp" and c.i < cue.i and _reports_a_clause_after(c, cues):
            return c
    return None


def _reports_a_clause_after(verb: Token, cues: CueLexicon) -> bool:
    return (
        verb.pos_ in ("VERB", "AUX")
        and cues.is_speech(verb.lemma_)
        and any(g.dep_ == "ccomp" and g.i > verb.i for g in verb.children)
    )


def _credit_set_last(cue: Token) -> bool:
    """The verb and its subject close the sentence after a comma ("..., the Herald reported.")."""
    subj = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), None)
    if subj is None or subj.left_edge.i == 0 or cue.doc[subj.left_edge.i - 1].text != ",":
        return False
    rest = cue.doc[cue.i + 1 : cue.sent.end]
    return all(t.is_punct or t.is_space or t.dep_ == "npadvmod" for t in rest)


def _passive_expectation(t: Token) -> bool:
    """ "the fair is expected to draw crowds and will be a 'milestone'": a passive "expect" with an
    infinitive forecasts a thing; it reports no one's words or thoughts."""
    children = list(t.children)
    return (
        t.lemma_.lower() == "expect"
        and any(c.dep_ == "auxpass" for c in children)
        and any(c.dep_ == "xcomp" for c in children)
        and not any(c.dep_ == "agent" for c in children)
    )


def _passive_known(t: Token) -> bool:
    """ "as it is widely known", "is known to be": a passive "know" names or states a thing and reports
    nobody's words; the parse may still hang the next quotation on it."""
    return t.lemma_.lower() == "know" and any(c.dep_ in ("auxpass", "nsubjpass") for c in t.children)


def is_according(t: Token) -> bool:
    return t.lower_ == "according" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "to"


# Nouns that a source after "per" may be, besides a name or a determined noun ("per reports").
_PER_SOURCES = AUTHORED_NOUNS | {"source", "official", "document", "record", "bylaw", "rule"}
_MARKS = frozenset({'"', "“", "”", "'", "‘", "’"})


def _is_per(t: Token) -> bool:
    """'..., per the Post', '"...," per the party's bylaws': "per" set off by a comma before a named or
    determined source cites it like "according to"; "$5 per share" and "per cent" are rates."""
    if t.lower_ != "per" or t.pos_ != "ADP":
        return False
    j = t.i - 1
    while j >= t.sent.start and t.doc[j].text in _MARKS:
        j -= 1
    if j >= t.sent.start and t.doc[j].text != ",":
        return False
    source = next((c for c in t.children if c.dep_ == "pobj"), None)
    if source is None:
        return False
    return (
        source.pos_ == "PROPN"
        or source.ent_type_ in _SPEAKER_ENTS
        or any(c.dep_ in ("det", "poss") for c in source.children)
        or source.lemma_.lower() in _PER_SOURCES
    )


def choose_cue(
    quote_tokens: Sequence[Token], candidates: Sequence[Token], q_start: int, q_end: int
) -> Cue | None:
    """The cue tied to a quote: governing it, hanging off it, else the closest one in the frame."""
    if not candidates or not quote_tokens:
        return None
    cand = {t.i: t for t in candidates}
    best: tuple[int, Token] | None = None
    for qt in _words_of(quote_tokens):
        depth = 0
        below = qt
        relative = False  # passed a relative clause with a speaker of its own
        for anc in qt.ancestors:
            depth += 1
            if anc.i in cand and (relative or _own_clause(below, q_start, q_end)):
                break  # "X called for ... and Y pointed to 'Z'": Y's clause holds the quote, not X's verb
            relative = relative or _relative_with_own_speaker(anc, q_start, q_end)
            below = anc
            if anc.i in cand:
                if best is None or depth < best[0]:
                    best = (depth, anc)
                break
            if q_start <= anc.idx < q_end:
                continue
    if best is not None:
        return Cue(best[1], _cue_text(best[1]), "governs")
    quote_ids = {t.i for t in quote_tokens}
    # a cue clause hanging off the quote, or a parenthetical one off the clause the quote's words
    # belong to ('X, he said, can "rock" and "stir"': "said" hangs off "rock", which governs "stir")
    clause_ids = quote_ids | {a.i for t in quote_tokens for a in t.ancestors}
    attached = [
        c
        for c in candidates
        if (c.dep_ == "parataxis" and c.head.i in clause_ids and c.head.i != c.i)
        or any(a.i in quote_ids for a in c.ancestors)
    ]
    # not the cue of a clause fronted before another cue ('When X revealed ..., the campaign sneered,
    # "..."': "revealed" hangs on "sneered", which reports the quotation)
    ids = {c.i for c in attached}
    outer = [c for c in attached if not any(a.i in ids for a in c.ancestors)]

    # Closest by characters; a cue after the quote wins ties ("...," he said).
    def distance(t: Token) -> int:
        return t.idx - q_end if t.idx >= q_end else q_start - (t.idx + len(t.text)) + 1

    if outer:
        # of two lead-in cues the parse hung on the quotation ('X's remarks drew ire, with Y stating: "..."'),
        # the one next to it introduces it
        first = min(outer, key=distance)
        return Cue(first, _cue_text(first), "attached")

    near = min(candidates, key=distance)
    return Cue(near, _cue_text(near), "adjacent")


def _words_of(quote_tokens: Sequence[Token]) -> Sequence[Token]:
    """The quote's tokens but punctuation hung on a word after it: the comma before a closing mark ('"a
    fishing trip," her critics say') hangs on the next clause's verb, which does not govern the words."""
    if not quote_tokens:
        return quote_tokens
    last = quote_tokens[-1].i
    words = [t for t in quote_tokens if not (t.is_punct and t.head.i > last)]
    return words or quote_tokens


def _own_clause(tok: Token, q_start: int, q_end: int) -> bool:
    """A verb coordinated to another with a subject of its own, outside the quotation: the clause of
    its own subject, which a cue of the first verb does not report."""
    return (
        tok.dep_ == "conj"
        and tok.pos_ in ("VERB", "AUX")
        and not q_start <= tok.idx < q_end
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
    )


def _relative_with_own_speaker(tok: Token, q_start: int, q_end: int) -> bool:
    """'the decision, which Ross has referred to as "gamesmanship"': a relative clause whose subject is a
    speaker of its own (not the relative pronoun) holds the quoted words; a cue outside it does not
    report them."""
    if tok.dep_ != "relcl" or tok.pos_ not in ("VERB", "AUX") or q_start <= tok.idx < q_end:
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.tag_ in ("WP", "WDT") or subj.lower_ in ("who", "which", "that"):
        return False
    return animate_subject(tok) is not None


def governing_verb(
    quote_tokens: Sequence[Token], q_start: int, q_end: int, quoted: Sequence[tuple[int, int]] = ()
) -> Token | None:
    """The closest verb outside every quote that governs the quote's words ("attacked 'the ideology'")."""
    best: tuple[int, Token] | None = None
    for qt in _words_of(quote_tokens):
        depth = 0
        for anc in qt.ancestors:
            depth += 1
            if q_start <= anc.idx < q_end or any(s <= anc.idx < e for s, e in quoted):
                continue
            if anc.pos_ in ("VERB", "AUX"):
                if best is None or depth < best[0]:
                    best = (depth, anc)
                break
    return best[1] if best is not None else None


def animate_subject(verb: Token) -> Token | None:
    """The verb's subject when it can speak: a person, organization or group, or a personal pronoun."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1:
        return None  # two subjects: a clause the parse failed to split off, whose words are whose is unclear
    subj = subjects[0]
    if subj.lower_ in ("he", "she", "they", "we", "i", "who"):
        return subj
    if subj.ent_type_ in _SPEAKER_ENTS:
        return subj
    if (
        subj.pos_ == "NOUN"
        and subj.tag_ == "NNS"
        and subj.lower_ not in ("things", "data", "results")
        and not cannot_act(subj)  # "tariffs will apply to ...", "missiles hit ..."
    ):
        return subj  # "protesters chanted ...", "critics called it ..."
    return None


def _cue_text(t: Token) -> str:
    return "according to" if is_according(t) else t.text


def subject_of(cue: Token, depth: int = 0, skip: tuple[int, int] = (0, 0)) -> Token | None:
    """The speaker token of a cue: its subject, or the speaker a construction implies.

    Tokens inside ``skip`` (the quotation itself) are never the speaker: the parser sometimes makes the
    quote's first word the subject of "said". A subject that cannot speak ("the virus", "history tells
    us", "the crisis has revealed that") is no speaker either; documents ("the report said") are.
    """
    subj = _cue_subject(cue, depth, skip)
    if subj is not None and cannot_act(subj):
        return _reporter_above(subj, skip)
    return subj


def _judge_of_quoted_epithet(noun: Token, skip: tuple[int, int]) -> Token | None:
    """'The club denounced her "cruel and careless" comments': words quoted before the noun of a remark
    judge it; they are the words of whoever the verb over the noun is done by, not of the remark's owner."""
    epithet = any(c.dep_ in ("amod", "compound", "advmod") and skip[0] <= c.idx < skip[1] for c in noun.lefts)
    if not epithet or noun.dep_ != "dobj" or noun.head.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in noun.head.children if c.dep_ == "nsubj" and not skip[0] <= c.idx < skip[1]), None)


def _reporter_above(subj: Token, skip: tuple[int, int]) -> Token | None:
    """The speaker behind a non-speaking subject the parse tied the cue to: "He said tariffs are needed,
    telling Fox News ..." hangs "telling" on the reported clause, whose subject is "tariffs"; the one
    who said that clause ("He") is the speaker. None when the clause is nobody's report."""
    verb = subj.head
    if subj.dep_ not in _SUBJECT_DEPS or verb.dep_ != "ccomp" or verb.head.pos_ not in ("VERB", "AUX"):
        return None
    up = _cue_subject(verb.head, 1, skip)
    return None if up is None or cannot_act(up) else up


def _credit_hung_on_quoted_subject(cue: Token, skip: tuple[int, int]) -> Token | None:
    """'"My fear," General X, the commander, told me, "is ..."': the parse takes the quotation's first words
    for the verb's subject and hangs the credited name on them as an appositive; the name is the speaker."""
    for c in cue.children:
        if c.dep_ in _SUBJECT_DEPS and skip[0] <= c.idx < skip[1]:
            for a in c.children:
                if (
                    a.dep_ == "appos"
                    and a.idx >= skip[1]
                    and a.i < cue.i
                    and a.pos_ in ("PROPN", "NOUN", "PRON")
                ):
                    return a
    return None


def _cue_subject(cue: Token, depth: int, skip: tuple[int, int]) -> Token | None:
    if depth > 4:
        return None
    if is_according(cue) or _is_per(cue):
        to = cue.doc[cue.i + 1] if is_according(cue) else cue
        for c in to.children:
            if c.dep_ == "pobj":
                return _author_of(c) or c
        return None
    if cue.pos_ == "NOUN":
        if misread_gerund(cue, load_cues()):
            return next(c for c in cue.children if c.dep_ == "nsubj")
        if _misread_trailing_verb(cue):
            return _compound_before(cue, skip)
        judge = _judge_of_quoted_epithet(cue, skip)
        if judge is not None:
            return judge
        for c in cue.children:
            if c.dep_ == "poss":
                return c
            if c.dep_ in ("prep",) and c.lower_ in ("by", "from"):
                for p in c.children:
                    if p.dep_ == "pobj":
                        return p
        # "X made the following comment:", "X issued a statement": the maker spoke; "X faces the
        # accusation", "X denied the charge": the target did not
        if (
            cue.dep_ in ("dobj", "attr")
            and cue.head.pos_ in ("VERB", "AUX")
            and cue.head.lemma_.lower() not in _RECEIVING_VERBS
        ):
            for c in cue.head.children:
                if c.dep_ == "nsubj" and not (skip[0] <= c.idx < skip[1]):
                    return c
        return None
    # "X quoted Y as saying", "X cited Y as saying": Y spoke, X only relayed it.
    if cue.lemma_.lower() == "quote" or (
        cue.lemma_.lower() in _RELAY_LEMMAS and any(c.lower_ == "as" for c in cue.children)
    ):
        for c in cue.children:
            if c.dep_ == "dobj":
                return c
    head = cue.head
    if (
        cue.lemma_.lower() in _RELAY_LEMMAS
        and cue.dep_ == "nsubj"
        and any(c.lower_ == "as" for c in head.children)
    ):
        return head  # '"...," Kiral quotes Reis as saying': the parse read "Kiral quotes" as Reis's subject
    if cue.dep_ in ("pcomp", "advcl") and head.lower_ == "as" and head.head.lemma_.lower() in _RELAY_LEMMAS:
        for c in head.head.children:
            # "Y was quoted by Z as saying": the passive's subject spoke, its "by" agent relayed it
            if c.dep_ in ("dobj", "nsubjpass"):
                return c
        if head.head.i != cue.i:
            return _cue_subject(head.head, depth + 1, skip)
    recorded = _recorded_speaker(cue)
    if recorded is not None:
        return recorded
    agent: Token | None = None
    subj: Token | None = None
    # 'the "framework" was announced': the quoted words are what was said; only an agent said them (the
    # parse may give such a verb a second passive subject from the clause around it)
    quoted_patient = any(c.dep_ == "nsubjpass" and skip[0] <= c.idx < skip[1] for c in cue.children)
    for c in cue.children:
        if (
            c.dep_ in _SUBJECT_DEPS
            and not quoted_patient
            and subj is None
            and not (skip[0] <= c.idx < skip[1])
            and any(ch.isalnum() for ch in c.text)  # a dash the parser took for a subject is not one
            and c.lower_ not in ("the", "a", "an")  # '"...," the said': a word lost, not a speaker
            and not _opening_participle(c)
            and not _time_phrase(c)  # "but this morning reported that": the parse's subject is a when
        ):
            subj = c
        elif c.dep_ == "agent":
            for p in c.children:
                if p.dep_ == "pobj":
                    agent = p
    if agent is not None:
        return agent
    if subj is None:
        subj = (
            _compound_subject(cue, skip)
            or _credit_hung_on_quoted_subject(cue, skip)
            or next((c for c in cue.children if misread_modal(c)), None)
        )
    if subj is not None and subj.dep_ == "nsubjpass" and cue.lemma_.lower() in ("tell", "ask", "inform"):
        return None  # "he was told" names the listener, not the speaker
    if subj is not None and subj.dep_ == "nsubjpass" and subj.lower_ == "it" and _reports_a_clause(cue):
        return None  # "it was reported that ...": nobody in particular ("it was labelled 'X'" is a thing)
    if subj is not None:
        return _antecedent_or_self(subj, cue)
    made_to = _made_to_speak(cue, skip)
    if made_to is not None:
        return made_to
    if cue.dep_ in ("relcl", "acl") and head.pos_ in ("PROPN", "PRON"):
        return head  # "Smith, who said", "footage of Trump saying"
    if cue.dep_ == "relcl" and head.pos_ in _NOUN_POS:
        return head
    manner = _manner_participle_doer(cue, depth, skip)
    if manner is not None:
        return manner
    if _inverted_cue(cue):
        # '"...," tweeted Mayor of Velmar Ana Reis': the parse made the verb an adjective of the title
        people = [t for t in head.subtree if t.ent_type_ == "PERSON" and t.i > cue.i]
        return people[-1] if people else head
    named = (
        _name_just_before(cue)
        or _name_after_quotation(cue)
        or postposed_subject(cue)
        or _name_after_cue(cue)
        or _speaker_read_as_object(cue)
    )
    if named is not None:
        return named
    controller = _participle_controller(cue)
    if controller is not None:
        return _cue_subject(controller, depth + 1, skip)
    outer = _clause_around_contact_relative(cue)
    if outer is not None:
        return _cue_subject(outer, depth + 1, skip)
    repeated = repeated_cue_of(cue)
    if repeated is not None:
        return _cue_subject(repeated, depth + 1, skip)
    if _agentless_passive(cue):
        return None  # 'the day after the "framework" was announced': announced by nobody named here
    if cue.dep_ in ("conj", "advcl", "xcomp") and head.i != cue.i and head.pos_ in ("VERB", "AUX"):
        return _cue_subject(head, depth + 1, skip)
    return None


# Recordings that show someone speaking ("footage of the mayor saying ...").
_RECORDING_NOUNS = frozenset(
    {"audio", "footage", "video", "recording", "tape", "clip", "film", "transcript", "image", "images", "photo"}
)  # fmt: skip


def _recorded_speaker(cue: Token) -> Token | None:
    """'audio of the harbour chief saying she would quit', 'footage of Marren saying ...': the one a recording
    shows right before a subjectless "-ing" cue speaks; the parse hangs the cue on the clause's verb, whose
    subject ("Marren's retreat follows ...") says nothing."""
    if cue.tag_ != "VBG" or cue.i == 0 or any(c.dep_ in _SUBJECT_DEPS for c in cue.children):
        return None
    shown = cue.doc[cue.i - 1]
    of = shown.head
    if shown.dep_ != "pobj" or of.lower_ != "of":
        return None
    # "footage emerged of the mayor saying": the recording may be the subject of the verb "of" hangs on
    if not any(
        t.lower_ in _RECORDING_NOUNS for t in (of.head, *(c for c in of.head.children if c.dep_ == "nsubj"))
    ):
        return None
    return shown if shown.pos_ in ("NOUN", "PROPN", "PRON") else None


def _agentless_passive(cue: Token) -> bool:
    """A passive speech verb with no "by" agent: whoever said it is unnamed, not the subject of the clause
    it hangs on ("the plan was coming apart the day after it was announced")."""
    children = list(cue.children)
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in children) and not any(
        c.dep_ == "agent" for c in children
    )


def repeated_cue_of(tok: Token) -> Token | None:
    """'Critics note that the council did not answer and note that ...': a subjectless speech verb the parse
    joined to the verb of the clause an earlier use of the same verb reports repeats that verb; its subject
    and not the reported clause's is the speaker, and the first report ends before it."""
    if tok.dep_ != "conj" or any(c.dep_ in _SUBJECT_DEPS for c in tok.children):
        return None
    clause = tok.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    outer = clause.head
    if clause.dep_ == "ccomp" and outer.i != clause.i and outer.lemma_.lower() == tok.lemma_.lower():
        return outer
    return None


def _time_phrase(tok: Token) -> bool:
    """A time noun the parse made a subject ("... but this morning reported that ..."): no one; the verb's
    subject is then found as if it had none (a joined verb's comes from the first)."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in lexicon().groups.get("times", frozenset())


def _manner_participle_doer(cue: Token, depth: int, skip: tuple[int, int]) -> Token | None:
    """An "-ing" cue the parse hung on a noun: "protesters chanting 'X'" are the speakers, "a statement
    saying" speaks for its author ("the ministry released a statement saying"), and "gunmen stormed the
    Velmar Grand hotel shouting 'X'" leaves the participle on a place, whose verb's subject did the
    shouting ("arrested a man shouting" stays unresolved: the man may be the one who shouted)."""
    head = cue.head
    if cue.dep_ != "acl" or cue.tag_ != "VBG" or head.pos_ != "NOUN" or head.i == cue.i:
        return None
    issued = head.dep_ == "dobj" and head.head.pos_ == "VERB"
    if head.lemma_.lower() in AUTHORED_NOUNS:
        author = _author_of(head)
        if author is None and issued and head.head.lemma_.lower() in _ISSUING_VERBS:
            author = _cue_subject(head.head, depth + 1, skip)
        return author or head
    if head.lower_ in _SPEAKING_GROUPS:
        return head  # a listed group ("protesters chanting"), not any plural ("cases", "jokes claiming")
    if issued and (cannot_act(head) or _named_place(head)):
        return _cue_subject(head.head, depth + 1, skip)
    return None


# Verbs by which a speaker puts out a document ("released a statement saying ...").
_ISSUING_VERBS = frozenset({"release", "issue", "publish", "post", "send", "deliver", "read", "file", "put"})
_PLACE_NAMES = ("FAC", "GPE", "LOC", "ORG")


def _named_place(noun: Token) -> bool:
    """A common noun under a name ("the Velmar Grand hotel", "the Ostrava ferry terminal"): a place."""
    return noun.ent_type_ in _PLACE_NAMES or any(
        c.dep_ == "compound" and c.ent_type_ in _PLACE_NAMES for c in noun.children
    )


def _reports_a_clause(cue: Token) -> bool:
    return any(c.dep_ == "ccomp" and c.i > cue.i for c in cue.children)


# Verbs whose subject is on the receiving end of a charge or a remark ("faced the accusation of being 'X'").
_RECEIVING_VERBS = frozenset({"face", "deny", "reject", "dismiss", "rebuff", "receive", "endure", "field"})
# Verbs that relay someone else's words ("quoted him as saying", "cited her as saying"); a bare "cited
# Article 5" only names a text.
_RELAY_LEMMAS = frozenset({"quote", "cite"})


def _compound_subject(cue: Token, skip: tuple[int, int]) -> Token | None:
    """'"...," the cable states, "..."': the parse reads "cable states" as one noun phrase and leaves the
    verb a noun before it as a compound; that noun is the subject. '"...," Reis joked' tagged as a
    participle with the name as its compound is the same misreading."""
    if cue.pos_ not in ("VERB", "AUX"):
        return None
    if cue.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in cue.children):
        before = cue.doc[cue.i - 1] if cue.i > 0 else None
        if (
            before is not None
            and before.dep_ == "compound"
            and before.head.i == cue.i
            and before.pos_ == "PROPN"
        ):
            return before
        return None
    if cue.tag_ not in ("VBZ", "VBD"):
        return None  # a plural noun before "boast" is no misread subject: "street corners boast"
    return next(
        (
            c
            for c in cue.lefts
            if c.dep_ == "compound" and c.tag_ in ("NN", "NNP") and not skip[0] <= c.idx < skip[1]
        ),
        None,
    )


def _misread_trailing_verb(tok: Token) -> bool:
    """'"...," the agency relays.': the parse reads "agency relays" as a plural noun phrase; a speech verb
    in "-s" closing the sentence right after a quotation, with a noun before it, is the attribution."""
    doc = tok.doc
    if tok.tag_ != "NNS" or not tok.lower_.endswith("s"):
        return False
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if after is not None and not (after.is_sent_end and after.is_punct):
        return False
    lead = tok.left_edge.i
    if lead >= tok.i or lead == 0 or not (doc[lead - 1].is_quote or doc[lead - 1].text == ","):
        return False
    return _compound_before(tok, (0, 0)) is not None


def misread_gerund(tok: Token, cues: CueLexicon) -> bool:
    """'..., with Mr. Reis stating: "..."': the tagger can read a speech verb's "-ing" after "with" as a
    noun; the subject the parse still gives it shows it is the verb, and its subject the speaker."""
    if tok.tag_ != "NN" or not tok.lower_.endswith("ing") or len(tok) < 6:
        return False
    if not any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children):
        return False
    stem = tok.lower_[:-3]
    stems = {stem, stem + "e"}
    if len(stem) > 2 and stem[-1] == stem[-2]:
        stems.add(stem[:-1])  # "admitting" -> "admit"
    return any(cues.is_speech(s) for s in stems)


def _compound_before(tok: Token, skip: tuple[int, int]) -> Token | None:
    before = tok.doc[tok.i - 1]
    if before.dep_ != "compound" or before.head.i != tok.i or before.pos_ not in ("NOUN", "PROPN"):
        return None
    return None if skip[0] <= before.idx < skip[1] else before


def _author_of(work: Token) -> Token | None:
    """'according to a tweet by X', 'a statement from the ministry': who wrote the thing that speaks."""
    if work.lemma_.lower() not in AUTHORED_NOUNS:
        return None
    for prep in work.children:
        if prep.dep_ == "prep" and prep.lower_ in ("by", "from"):
            who = next((p for p in prep.children if p.dep_ == "pobj"), None)
            if who is not None and not cannot_act(who):
                return who
    return None


# Verbs whose object after them is the one spoken to ('" told reporters'), never the speaker.
_VERBS_OF_A_LISTENER = frozenset(
    {"tell", "ask", "inform", "brief", "assure", "urge", "warn", "remind", "thank"}
)


def _speaker_read_as_object(cue: Token) -> Token | None:
    """'"We would sail if we could" said a senior officer.': with no comma inside the closing mark the parse
    hangs "said" on the quoted clause and takes the credited speaker for its object."""
    if cue.i == 0 or not cue.doc[cue.i - 1].is_quote or cue.lemma_.lower() in _VERBS_OF_A_LISTENER:
        return None
    obj = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or cannot_act(obj):
        return None
    if obj.lemma_.lower() in AUTHORED_NOUNS:
        return None  # '"..." posted this statement': what the verb put out, not who spoke
    return obj


def _inverted_cue(tok: Token) -> bool:
    """A past-tense verb the parse made an adjective of the name after it, right after a closing quotation
    mark ('"..." tweeted Mayor Ana Reis'): an inverted attribution, not a modifier."""
    if (
        tok.dep_ != "amod"
        or tok.tag_ not in ("VBD", "VBN")
        or tok.head.i <= tok.i
        or tok.head.pos_ not in ("PROPN", "NOUN")
    ):
        return False
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    return before is not None and before.is_quote


def _name_just_before(cue: Token) -> Token | None:
    """'Speaking to the press, the head of the league, Jamel Osman, said ...': a finite cue the parse left
    without a subject takes the person named right before it (only commas between), or the person a role
    in apposition right before it belongs to ("Salami, the guards' commander, warned")."""
    if cue.tag_ not in ("VBD", "VBZ") or any(
        (c.dep_ in _SUBJECT_DEPS and not _opening_participle(c)) or c.dep_ == "expl" for c in cue.children
    ):
        return None
    doc = cue.doc
    i = cue.i - 1
    while i >= 0 and doc[i].text == ",":
        i -= 1
    if i < 0 or i == cue.i - 1:
        return None  # no comma: "Osman said" would have parsed as a subject
    name = doc[i]
    if name.ent_type_ == "PERSON" and name.pos_ == "PROPN":
        return name
    j = name.left_edge.i - 1
    if name.pos_ == "NOUN" and j > 0 and doc[j].text == "," and doc[j - 1].ent_type_ == "PERSON":
        return doc[j - 1]
    return None


_POSTPOSED_REACH = 6  # words of a credit set after its report (", Delvane and other officials said.")


def postposed_subject(cue: Token) -> Token | None:
    """'X concluded that Y misled them when Y spoke to the envoy, Delvane and other officials said.': the parse
    can read the credit's noun phrase as an apposition inside the report and leave the closing verb with no
    subject; the phrase between the last comma and a finite verb ending the sentence is its subject."""
    doc = cue.doc
    if cue.tag_ not in ("VBD", "VBZ", "VBP") or any(c.dep_ in _SUBJECT_DEPS for c in cue.children):
        return None
    end = cue.i + 1
    if end < len(doc) and doc[end].text in (".", "!") and not doc[end].is_sent_start:
        end += 1
    while end < len(doc) and doc[end].is_space:
        end += 1  # the blank line closing the paragraph
    if end < len(doc) and not doc[end].is_sent_start:
        return None  # the verb does not close its sentence
    i = cue.i - 1
    while i >= 0 and doc[i].text != "," and cue.i - i <= _POSTPOSED_REACH:
        if doc[i].pos_ in ("VERB", "AUX", "PRON") or doc[i].is_sent_start:
            return None
        i -= 1
    if i < 1 or doc[i].text != "," or i == cue.i - 1:
        return None
    phrase = doc[i + 1 : cue.i]
    head = phrase.root
    if head.pos_ not in ("NOUN", "PROPN") or head.head.i == cue.i:
        return None
    return head


# Words between a closing quotation mark and the speaker's name: a title and its modifiers ("former Sgt.").
_TITLE_REACH = 4


def _name_after_quotation(cue: Token) -> Token | None:
    """'"...," former Sgt. Ana Reis, a member of the crew when it sank, told Harbour News': a long aside
    after the name can lead the parse to hang the name on the quotation and leave the cue without a
    subject; the person named right after the closing mark (a title before, a comma after) said it."""
    if cue.tag_ not in ("VBD", "VBZ") or any(
        c.dep_ in _SUBJECT_DEPS or c.dep_ == "expl" for c in cue.children
    ):
        return None
    doc = cue.doc
    close = next((t for t in reversed(doc[cue.sent.start : cue.i]) if t.tag_ == "''"), None)
    if close is None or close.i == 0 or doc[close.i - 1].text != ",":
        return None
    k = close.i + 1
    while k < min(cue.i, close.i + 1 + _TITLE_REACH) and doc[k].ent_type_ != "PERSON":
        if doc[k].pos_ in ("VERB", "AUX", "PUNCT") and doc[k].text != ".":
            return None
        k += 1
    if k >= cue.i or doc[k].ent_type_ != "PERSON":
        return None
    while k + 1 < cue.i and (
        doc[k + 1].ent_type_ == "PERSON" or (doc[k + 1].text == "." and doc[k + 2].ent_type_ == "PERSON")
    ):
        k += 1
    return doc[k] if k + 1 < cue.i and doc[k + 1].text == "," else None


def _name_after_cue(cue: Token) -> Token | None:
    """'"...," said Ana Reis, a former aide who has co-written a book': the parse can give the name to a verb
    in the aside after it (the tokenizer splits "co-written") and leave the cue with no subject; the person
    named right after a cue that follows the quotation's closing mark said it."""
    if cue.tag_ not in ("VBD", "VBZ") or any(
        c.dep_ in _SUBJECT_DEPS or c.dep_ == "expl" for c in cue.children
    ):
        return None
    doc = cue.doc
    if cue.i < 2 or doc[cue.i - 1].tag_ != "''" or doc[cue.i - 2].text != ",":
        return None
    k = cue.i + 1
    while k < len(doc) and doc[k].pos_ == "PROPN" and doc[k].ent_type_ == "PERSON":
        k += 1
    return doc[k - 1] if k > cue.i + 1 else None


def _opening_participle(tok: Token) -> bool:
    """'Addressing a rally on Monday, X warned': the parse made the opening participle clause the verb's
    subject; a clause set off by a comma only says what the speaker was doing."""
    if tok.dep_ != "csubj" or tok.tag_ != "VBG":
        return False
    edge = tok.right_edge
    after = tok.doc[edge.i + 1] if edge.i + 1 < len(tok.doc) else None
    return edge.text == "," or (after is not None and after.text == ",")


# Verbs that make their object do what the infinitive says ("forced Delvane to concede ...": she conceded).
_MAKING_VERBS = frozenset({"force", "compel", "prompt", "lead", "drive", "spur", "oblige", "cause"})


def _made_to_speak(cue: Token, skip: tuple[int, int]) -> Token | None:
    """'forcing Y to concede that ...': the object of a verb of making is who spoke, not its subject."""
    head = cue.head
    if cue.dep_ != "xcomp" or head.i == cue.i or head.lemma_.lower() not in _MAKING_VERBS:
        return None
    return next((c for c in head.children if c.dep_ == "dobj" and not skip[0] <= c.idx < skip[1]), None)


def _participle_controller(cue: Token) -> Token | None:
    """The verb whose subject a subjectless "-ing" cue borrows, where the parse's head is not it.

    "for saying ...", "by announcing ...": the preposition's verb ("appeared ... for saying").
    "X defended not paying a man who said ..., saying ...": a comma participle after a relative clause
    belongs to the clause around that relative clause, not to the relative clause's "who".
    """
    if cue.tag_ != "VBG":
        return None
    head = cue.head
    if cue.dep_ == "pcomp" and head.pos_ == "ADP":
        verb = head.head
        for _ in range(3):  # "for X and for saying": coordinated prepositions hang off the first one
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
        return verb if verb.pos_ in ("VERB", "AUX") and verb.i != cue.i else None
    before = cue.doc[cue.i - 1] if cue.i > 0 else None
    if cue.dep_ == "advcl" and before is not None and before.text == "," and head.dep_ in ("relcl", "acl"):
        verb = head.head.head  # the noun the relative clause hangs on, then the clause holding that noun
        for _ in range(3):
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
        return verb if verb.pos_ in ("VERB", "AUX") and verb.i != cue.i else None
    return reporter_of_the_clause(cue)


# "-ing" verbs that only go on with a report ("..., saying", "..., noting that"); verbs of a manner of
# speaking ("shouting") or with a listener ("telling his friends") tell what the reported clause's subject
# did as it acted.
_REPORTING_PARTICIPLES = frozenset(
    {"say", "add", "note", "explain", "argue", "insist", "stress", "emphasize", "emphasise", "claim", "state",
     "call", "describe", "warn"}
)  # fmt: skip


def reporter_of_the_clause(cue: Token) -> Token | None:
    """'X told reporters the board is cancelling the fair, saying "..."': a reporting participle the parse
    hangs on the reported clause goes on with X's report when that clause's tense is not the report's (the
    board's act told in X's present); in the report's own tense ("Police said the man fled, shouting ...")
    the participle is the clause subject's next act."""
    head = cue.head
    if cue.dep_ != "advcl" or cue.lemma_.lower() not in _REPORTING_PARTICIPLES or head.dep_ != "ccomp":
        return None
    outer = head.head
    if cue.i == 0 or cue.doc[cue.i - 1].text != "," or outer.i >= head.i or outer.pos_ not in ("VERB", "AUX"):
        return None
    if not load_cues().is_speech(outer.lemma_):
        return None
    if _shown_tense(head) == _shown_tense(outer) and not _present_claim_about_a_pronoun(head, outer):
        return None
    return outer


def _present_claim_about_a_pronoun(clause: Token, outer: Token) -> bool:
    """'X claims he is still in charge, saying ...': a present-tense report of a clause whose subject is a
    pronoun (most often the reporter): the participle is the reporter's going on, not that clause's act."""
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return (
        outer.tag_ in ("VBZ", "VBP") and subj is not None and subj.lower_ in ("he", "she", "they", "we", "i")
    )


def _shown_tense(verb: Token) -> str:
    """The tense a verb shows: its first auxiliary's tag, or its own ("is cancelling" -> VBZ)."""
    aux = next((c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i), None)
    return aux.tag_ if aux is not None else verb.tag_


def _clause_around_contact_relative(cue: Token) -> Token | None:
    """'X repeated the terms the company must accept and said ...': the parse joins "said" to the relative
    clause "the company must accept", whose subject never speaks for the sentence; the speaker is the subject
    of the clause holding the noun the relative clause hangs on. A "who"/"which" clause keeps its verb."""
    head = cue.head
    if cue.dep_ != "conj" or head.dep_ != "relcl" or head.i == cue.i:
        return None
    rel_subj = next((c for c in head.children if c.dep_ in _SUBJECT_DEPS), None)
    if rel_subj is None or rel_subj.tag_ in ("WP", "WDT") or rel_subj.lower_ in ("who", "which", "that"):
        return None
    verb = head.head
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    return verb if verb.pos_ in ("VERB", "AUX") and verb.i != cue.i else None


def _antecedent_or_self(subj: Token, cue: Token) -> Token:
    """'who said' names the noun the clause hangs on; a dateline or role noun yields to a named apposition."""
    if subj.tag_ in ("WP", "WDT") or subj.lower_ in ("who", "which", "that"):
        if cue.dep_ == "relcl" and cue.head.pos_ in _NOUN_POS:
            # "A, B and C, who joked": the clause belongs to the conjunct right before "who"
            before = [t for t in (cue.head, *cue.head.conjuncts) if t.i < subj.i]
            return max(before, key=lambda t: t.i) if before else cue.head
        # the parse missed the relative clause ("turned to the X Office which reported"): a relative
        # pronoun's antecedent is the noun right before it
        prev = subj.doc[subj.i - 1] if subj.i > 0 else None
        if prev is not None and prev.text == "," and prev.i > 0:
            prev = subj.doc[prev.i - 1]
        if prev is not None and prev.pos_ in ("NOUN", "PROPN") and subj.lower_ in ("who", "which"):
            while prev.dep_ in ("compound", "flat") and prev.head.i > prev.i:
                prev = prev.head
            return prev
        return subj
    if subj.ent_type_ != "PERSON":
        # "the mayor, Ana Reis,"; "X expert and former official, Ana Reis,": the name of the role
        for role in (subj, *subj.conjuncts):
            for c in role.children:
                if c.dep_ == "appos" and c.ent_type_ in ("PERSON", "ORG"):
                    return c
        named = _named_second_subject(subj, cue)
        if named is not None:
            return named
        owner = _subject_of_misread_modifier(subj)
        if owner is not None:
            return owner
    return subj


def _subject_of_misread_modifier(subj: Token) -> Token | None:
    """'X, an expert at the Y think tank, tweeted': the parse reads the modifier "think" as a verb whose
    subject is X, and the noun it modifies ("tank") as the cue's subject; the verb's subject spoke."""
    if subj.pos_ != "NOUN":
        return None
    for mod in subj.lefts:
        if mod.dep_ in ("compound", "amod") and mod.pos_ in ("VERB", "AUX"):
            owner = next((c for c in mod.children if c.dep_ == "nsubj" and c.i < mod.i), None)
            if owner is not None and owner.pos_ in ("PROPN", "NOUN"):
                return owner
    return None


def _named_second_subject(subj: Token, cue: Token) -> Token | None:
    """'His daughter, and member of the party, Ana Reis wrote': the parse gives the verb two subjects,
    a role noun and the person's name; the name is the speaker. A name right after the role noun
    ("Early opponent MP Ana Reis said") is one whatever type the tagger gave it."""
    if subj.pos_ != "NOUN":
        return None
    return next(
        (
            c
            for c in cue.children
            if c.dep_ == "nsubj"
            and c.i > subj.i
            and (c.ent_type_ == "PERSON" or (c.pos_ == "PROPN" and c.left_edge.i == subj.i + 1))
        ),
        None,
    )


def entity_bounds(tok: Token) -> tuple[int, int] | None:
    """Token bounds (start, end) of the named entity holding ``tok``, or None: the span of ``doc.ents``
    that holds it, read off the tokens' IOB tags (building ``doc.ents`` makes a Span per entity, which
    costs more than all the rest of a speaker lookup)."""
    if tok.ent_iob_ not in ("B", "I"):
        return None
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    if doc[start].ent_iob_ != "B" or not doc[start].ent_type_:
        return None
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return start, end


def speaker_span(head: Token) -> tuple[int, int]:
    """Character span of the speaker noun phrase (titles and names included, relative clauses not)."""
    doc = head.doc
    bounds = entity_bounds(head)
    if bounds is not None:
        start_tok = min(bounds[0], head.left_edge.i)
        end_tok = max(bounds[1] - 1, head.i)
    else:
        start_tok, end_tok = head.left_edge.i, head.i
    for c in head.rights:
        if c.dep_ in ("flat", "compound") and c.i == end_tok + 1:
            end_tok = c.i
    end_tok = max(end_tok, _part_of_whole(head))
    # a noun phrase holds no verb: one inside the span is a clause the parse hung on the head
    # ("a troop deployment angered liberal activists, who ...": the activists)
    verbs = [t.i for t in doc[start_tok : head.i] if t.pos_ in ("VERB", "AUX") and t.dep_ != "amod"]
    verbs += [
        t.i
        for t in doc[start_tok : head.i]
        if (t.pos_ == "VERB" and t.tag_ in ("VBD", "VBZ", "VBP")) or _inverted_cue(t)
    ]
    # "a closure angered local fishermen": a participle right after a noun is that noun's verb, unlike the
    # "newly elected" of a title
    verbs += [
        t.i
        for t in doc[start_tok + 1 : head.i]
        if t.pos_ == "VERB" and t.dep_ == "amod" and doc[t.i - 1].pos_ in ("NOUN", "PROPN")
    ]
    verbs += [
        t.i for t in doc[start_tok : head.i] if t.is_quote and t.tag_ != "POS"
    ]  # nor a quotation before
    if verbs:
        start_tok = max(verbs) + 1
    start_tok = _after_the_complement(doc, start_tok, head.i)
    # "what aides dubbed": the relative "what" is the thing named, not part of who named it
    while start_tok < end_tok and (
        doc[start_tok].is_punct or doc[start_tok].dep_ == "cc" or doc[start_tok].tag_ == "WP"
    ):
        start_tok += 1
    return doc[start_tok].idx, doc[end_tok].idx + len(doc[end_tok].text)


def _after_the_complement(doc: Doc, start_tok: int, head_i: int) -> int:
    """'The link is tenuous, multiple people ... said': the parse may read the credit's subject as the
    reported verb's complement and pull the word before the comma into its phrase. A phrase right after a
    verb with a comma before its head starts after that comma."""
    if start_tok == 0 or doc[start_tok - 1].pos_ not in ("VERB", "AUX"):
        return start_tok
    commas = [t.i for t in doc[start_tok:head_i] if t.text == ","]
    return commas[0] + 1 if commas else start_tok


# Heads that name a part of a group ("one of the people", "some of the officials").
_PART_WORDS = frozenset(
    {"one", "two", "three", "some", "many", "several", "most", "few", "none", "each", "all"}
)


def _part_of_whole(head: Token) -> int:
    """Last token of "of the people" after "one": the part alone names nobody."""
    if head.lower_ not in _PART_WORDS and head.pos_ != "NUM":
        return head.i
    of = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    whole = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return whole.i if whole is not None else head.i  # "of the protesters", not the clause after it


def _part_of_group(head: Token) -> bool:
    return (head.lower_ in _PART_WORDS or head.pos_ == "NUM") and _part_of_whole(head) != head.i


def _mention_at(mentions: Sequence[Mention], start: int, end: int, head_char: int) -> Mention | None:
    covering = [m for m in mentions if m.start <= head_char < m.end]
    if covering:
        return min(covering, key=lambda m: m.end - m.start)
    inside = [m for m in mentions if m.start >= start and m.end <= end]
    if inside:
        persons = [m for m in inside if m.ent_type == "PERSON"]
        return (persons or inside)[-1]
    return None


def body_sentence(state: DocState, char: int) -> bool:
    i = state.sentence_index(char)
    return 0 <= i < len(state.sentences) and state.sentences[i].block_kind == "body"


def _expand_person(doc: Doc, ent: Span) -> str:
    """The fuller PERSON name this name stands for ("Trump" -> "Donald Trump"): the latest one before it
    ending with its words (two people can share a surname), else the first one after it."""
    words = [t.lower_ for t in ent]
    fuller = [
        o
        for o in doc.ents
        if o.label_ == "PERSON" and len(o) > len(ent) and [t.lower_ for t in o[len(o) - len(ent) :]] == words
    ]
    before = [o for o in fuller if o.start < ent.start]
    if before:
        return before[-1].text
    return fuller[0].text if fuller else ent.text


# A person named in the reported words ("Okafor reversed himself, he said") can still be their speaker, the
# writer's paraphrase naming him: passed over only for someone at least this salient by comparison.
CONTENT_RIVAL_SHARE = 0.5
_FIRST_PERSON = re.compile(r"\b(?:I|[Mm]e|[Mm]y|[Mm]yself)\b")


# A quotation nested in the words (a quoted passage quoting someone else) speaks for that someone else.
_NESTED_QUOTE = re.compile(r'“[^“”]*”|"[^"]*"')


_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")


def speaks_as_i(words: str) -> bool:
    """Words said in the first person singular, which name their speaker as "I", never by name."""
    return _FIRST_PERSON.search(_NESTED_QUOTE.sub(" ", words)) is not None


def first_person_stretch(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The characters of ``text[lo:hi]`` from the first to the last sentence said as "I", else None: a
    person named there ("Reis and I will always be friends") is someone else than its speaker, while one
    named in another sentence of a long quoted passage may be the "I" himself."""
    first_person = [
        (lo + m.start(), lo + m.end()) for m in _SENTENCE.finditer(text[lo:hi]) if speaks_as_i(m.group())
    ]
    return (first_person[0][0], first_person[-1][1]) if first_person else None


@dataclass(slots=True)
class PronounContext:
    """Per-document state for attribution pronouns: quoted spans (people named inside a quote are not
    antecedents) and the salience model, built once on first use."""

    quoted: Sequence[tuple[int, int]] = ()
    salience: SalienceModel | None = None


def resolve_pronoun(
    state: DocState, pron: Token, ctx: PronounContext | None = None, content: tuple[int, int] | None = None
) -> Span | None:
    """Antecedent of "he"/"she": the most salient person of matching gender at that point (see salience).
    A person named in the words the pronoun is said to have said is passed over when someone else fits
    ("If Reis keeps his word, the deal holds, he said": not Reis)."""
    ctx = ctx or PronounContext()
    if ctx.salience is None:
        ctx.salience = build_salience(state, ctx.quoted)
    people = ctx.salience.people
    ranked = ctx.salience.ranked.get(pron.i, [])
    if not ranked:
        return None
    best, top = ranked[0]
    if content is not None:
        lo, hi = content
        # words said in the first person name their speaker as "I", never by name: anyone else ranked fits
        # (a description there, "the president invited me", may be tied to the wrong person: not counted)
        as_i = speaks_as_i(state.article.text[lo:hi])
        share = 0.0 if as_i else CONTENT_RIVAL_SHARE
        rivals = [
            k
            for k, score in ranked
            if score >= share * top
            and not any(lo <= e.start_char < hi and (not as_i or _is_name(e)) for e in people[k].ents)
        ]
        best = rivals[0] if rivals else best
    return people[best].best


def _is_name(span: Span) -> bool:
    """A person's name ("President Okafor"), not a description tied to one ("the president")."""
    return span[0].pos_ == "PROPN"


def resolve_speaker(
    state: DocState, head: Token, ctx: PronounContext | None = None, content: tuple[int, int] | None = None
) -> Speaker:
    """Speaker for a subject token: its entity chain, else a name read off the text, else its words.

    "he"/"she" go through the quote-specific antecedent rules first (attribution pronouns follow
    stricter habits than pronouns at large), then through the entity chain the pronoun sits in;
    ``content`` is the span of the reported words, whose people are not their own speaker.
    """
    start, end = speaker_span(head)
    is_pron = head.pos_ == "PRON" or head.lower_ in PRONOUNS
    mention = _mention_at(state.mentions, start, end, head.idx)
    if (
        mention is not None
        and not mention.start <= head.idx < mention.end
        and (_names_someone_else(head) or mention.ent_type in _PLACE_TYPES)
    ):
        mention = None  # "the Ohio Democrat", "the Times of Israel": the place is not the speaker
    if mention is not None and not (is_pron and head.lower_ in PERSONAL_PRONOUNS):
        chain = state.chain(mention.chain_id)
        if chain is not None and _usable_chain(chain, is_pron):
            return Speaker(start, end, head, chain_display_name(state, chain), chain.chain_id, is_pron)
    if is_pron:
        if head.lower_ in PERSONAL_PRONOUNS:
            ant = resolve_pronoun(state, head, ctx, content)
            if ant is None and mention is not None:
                chain = state.chain(mention.chain_id)
                if chain is not None and _usable_chain(chain, True):
                    return Speaker(start, end, head, chain_display_name(state, chain), chain.chain_id, True)
            if ant is not None:
                m = _mention_at(state.mentions, ant.start_char, ant.end_char, ant[-1].idx)
                if m is not None and not m.start <= ant[-1].idx < m.end and _names_someone_else(ant[-1]):
                    m = None  # "his wife", "the minister's spokesman": not the husband, not the minister
                chain = state.chain(m.chain_id) if m is not None else None
                if chain is not None:
                    return Speaker(start, end, head, chain_display_name(state, chain), chain.chain_id, True)
                return Speaker(start, end, head, _expand_person(state.doc, ant), None, True)
        if head.lower_ == "it":
            org = organisation_antecedent(state, head, ctx.quoted if ctx is not None else ())
            if org is not None:
                m = _mention_at(state.mentions, org.start_char, org.end_char, org.root.idx)
                if (
                    m is not None
                    and m.ent_type == "PERSON"
                    and not m.start <= org.root.idx < m.end
                    and _names_someone_else(org.root)
                ):
                    m = None  # "Kastan's government ... It said": the government, not its leader
                chain = state.chain(m.chain_id) if m is not None and org.label_ != _TEXT_LABEL else None
                if chain is not None and _usable_chain(chain, False):
                    return Speaker(start, end, head, chain_display_name(state, chain), chain.chain_id, True)
                return Speaker(start, end, head, org.text, None, True)
        if head.lower_ == "they":
            group = group_antecedent(state, head, ctx.quoted if ctx is not None else ())
            if group is not None:
                return _group_speaker(state, group, (start, end, head))
        return Speaker(start, end, head, state.article.text[start:end], None, True)
    described = described_person(state, head) or described_politician(state, head)
    if described is not None:
        return Speaker(start, end, head, chain_display_name(state, described), described.chain_id, False)
    bounds = entity_bounds(head)
    if bounds is not None and state.doc[bounds[0]].ent_type_ == "PERSON":
        ent = state.doc[bounds[0] : bounds[1]]
        return Speaker(start, end, head, _expand_person(state.doc, ent), None, False)
    if head.pos_ == "PROPN" and start == head.idx and end == head.idx + len(head.text):
        # a bare surname the NER mislabelled ("Reis said" tagged ORG) still names the person called so
        full = _expand_person(state.doc, state.doc[head.i : head.i + 1])
        if full != head.text:
            return Speaker(start, end, head, full, None, False)
    return Speaker(start, end, head, _phrase_as_written(state.article.text[start:end]), None, False)


_PLACE_TYPES = ("GPE", "LOC")
# A word typed twice in a row ("the the former envoy"): a slip of the writer's, shown once.
_DOUBLED_WORD = re.compile(r"\b(\w+)(\s+\1\b)+", re.IGNORECASE)


def _phrase_as_written(text: str) -> str:
    """A speaker's own words as their name, a doubled word written once."""
    return _DOUBLED_WORD.sub(r"\1", text)


def _names_someone_else(head: Token) -> bool:
    """A name or pronoun inside a phrase headed by a common noun is someone else than the speaker ("a
    Velmar official", "Ostrava's ambassador", "his daughter": the town, the country, the father), unless
    the noun is something that person wrote or said."""
    if _part_of_group(head):
        return True  # "one of Ana Reis's aides": not Ana Reis
    return head.pos_ == "NOUN" and head.lemma_.lower() not in AUTHORED_NOUNS


ORG_WINDOW = 2  # body sentences back that "it" may reach for its organisation


def _recent_body(state: DocState, pron: Token) -> list[int]:
    """The body sentences a pronoun may look back into: its own and the last ORG_WINDOW before it
    (none for a pronoun outside any sentence)."""
    here = state.sentence_index(pron.idx)
    if here < 0:
        return []
    return [s.index for s in state.sentences[: here + 1] if s.block_kind == "body"][-(ORG_WINDOW + 1) :]


def organisation_antecedent(
    state: DocState, pron: Token, quoted: Sequence[tuple[int, int]] = ()
) -> Span | None:
    """What "it" said: the latest organisation that is a subject, in this sentence before the pronoun or
    in the last few body sentences ("The council met on Friday ... what it called ..."). None when no
    organisation is a subject there: an "it" left unresolved is better than a wrong one."""
    body = _recent_body(state, pron)
    if not body or pron.head.lemma_.lower() == "be":
        return None  # "it is important to note that ...": nobody's words
    lo = state.sentences[body[0]].start
    best: Span | None = None
    for ent in (*state.doc.ents, *_document_subjects(state, lo, pron)):
        if ent.label_ not in _IT_SPEAKERS or not (lo <= ent.start_char and ent.end <= pron.i):
            continue
        if (
            any(s <= ent.start_char < e for s, e in quoted)
            or state.sentence_index(ent.start_char) not in body
        ):
            continue
        if ent.root.dep_ in ("nsubj", "nsubjpass") and (best is None or ent.start > best.start):
            best = ent
    if best is None and pron.head.tag_ == "VBZ":
        return _text_antecedent(state, pron, quoted)  # a text speaks in the present: "it says", "it argues"
    return best


# Written texts that speak through "it" ("The plan ... Those include, it says, ..."), beyond AUTHORED_NOUNS.
_WRITTEN_TEXTS = AUTHORED_NOUNS | frozenset(
    {"text", "plan", "declaration", "document", "draft", "agreement", "treaty", "proposal", "bill",
     "resolution", "manifesto", "indictment", "guidance", "charter", "communique", "directive"}
)  # fmt: skip
_TEXT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
_TEXT_LABEL = "TEXT"  # a text speaks as written: "the Velmar accord" is not the place it names
_IT_CHAIN = 3  # earlier "it" subjects a pronoun may pass back through to reach its text


def _text_antecedent(
    state: DocState, pron: Token, quoted: Sequence[tuple[int, int]], depth: int = 0
) -> Span | None:
    """What "it" says when no organisation spoke before it: the latest written text named as a subject or
    object in the last few body sentences ("The council published its plan ... it says"), reached through
    an "it" subject standing for it in between ("The text said ... It commits ... Those include, it says")."""
    body = _recent_body(state, pron)
    if not body or depth > _IT_CHAIN:
        return None
    lo = state.sentences[body[0]].start
    for tok in reversed(state.doc[: pron.i]):
        if tok.idx < lo:
            return None
        if any(s <= tok.idx < e for s, e in quoted) or state.sentence_index(tok.idx) not in body:
            continue
        if not _main_clause(tok.head):
            continue  # "the day the accord was signed": a text in a side clause is not what "it" means
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in _WRITTEN_TEXTS and tok.dep_ in _TEXT_DEPS:
            return Span(state.doc, tok.left_edge.i, tok.i + 1, label=_TEXT_LABEL)
        if tok.lower_ == "it" and tok.dep_ == "nsubj" and tok.head.lemma_.lower() != "be":
            return _text_antecedent(state, tok, quoted, depth + 1)
    return None


# What "it" may speak for: an organisation, or a document that spoke before ("The report said ... it said").
# Not a country: countries are as often what the words are about ("North Korea, it said, was ...").
_IT_SPEAKERS = frozenset({"ORG", "DOCUMENT"})


# Common nouns for a body that speaks as one ("Velmar's government said ... It added"): an "it" may be it.
_SPEAKING_BODIES = frozenset(
    {"government", "ministry", "administration", "military", "army", "agency", "company", "council",
     "committee", "court", "department", "embassy", "regime", "cabinet", "commission", "firm", "board"}
)  # fmt: skip


def _document_subjects(state: DocState, lo: int, pron: Token) -> list[Span]:
    """Documents and bodies named by a common noun that spoke ("the report said", "the board's statement
    says", "the country's government said") between ``lo`` and the pronoun, as spans labelled DOCUMENT."""
    out: list[Span] = []
    for tok in state.doc[: pron.i]:
        if (
            tok.idx >= lo
            and tok.pos_ == "NOUN"
            and (tok.lemma_.lower() in AUTHORED_NOUNS or tok.lemma_.lower() in _SPEAKING_BODIES)
            and tok.dep_ == "nsubj"
            and load_cues().is_speech(tok.head.lemma_)
        ):
            span = state.doc[tok.left_edge.i : tok.i + 1]
            out.append(Span(state.doc, span.start, span.end, label="DOCUMENT"))
    return out


# Plural nouns for people or bodies that speak: what "they" may stand for. A plural thing ("structures",
# "prices") never does, and no lexicon says which nouns are things, so the groups are listed.
_SPEAKING_GROUPS = frozenset(
    {
        "officials", "authorities", "police", "researchers", "scientists", "experts", "analysts", "critics",
        "lawmakers", "legislators", "leaders", "members", "officers", "workers", "students", "doctors",
        "investigators", "prosecutors", "activists", "organisers", "organizers", "voters", "citizens", "people",
        "fans", "players", "judges", "lawyers", "representatives", "diplomats", "ministers", "senators",
        "employees", "staff", "users", "participants", "witnesses", "victims", "families", "parents", "teachers",
        "farmers", "soldiers", "troops", "rebels", "militants", "protesters", "protestors", "demonstrators",
        "campaigners", "economists", "engineers", "observers", "sources", "agencies", "companies", "firms",
        "groups", "organisations", "organizations", "governments", "parties", "unions", "authors", "editors",
        "journalists", "reporters", "survivors", "relatives", "residents", "locals", "villagers", "plaintiffs",
        "defendants", "negotiators", "scholars", "historians", "astronomers", "developers", "owners",
        "executives", "directors", "managers", "administrators", "medics", "nurses", "stores",
        "retailers", "airlines", "banks", "insurers", "manufacturers", "operators", "regulators", "educators",
        "volunteers", "supporters", "opponents", "candidates", "delegates", "commanders",
        "spokespeople", "spokesmen", "spokeswomen", "attorneys", "aides", "advisers", "advisors", "consultants",
        "inspectors", "councillors", "councilors", "congressmen", "advocates", "athletes", "artists", "musicians", "writers",
    }
)  # fmt: skip


def group_antecedent(state: DocState, pron: Token, quoted: Sequence[tuple[int, int]] = ()) -> Token | None:
    """Who "they" are: the latest plural noun for people or bodies that is a main clause's subject, in this
    sentence before the pronoun or in the last few body sentences ("The researchers used ... From this, they concluded").
    None when no such subject is there: a "they" left unresolved is better than a wrong one."""
    body = _recent_body(state, pron)
    if not body:
        return None
    lo = state.sentences[body[0]].start
    best: Token | None = None
    for tok in state.doc[: pron.i]:
        if tok.idx < lo or tok.dep_ not in ("nsubj", "nsubjpass") or tok.tag_ not in ("NNS", "NNPS"):
            continue
        if any(s <= tok.idx < e for s, e in quoted) or state.sentence_index(tok.idx) not in body:
            continue
        speaks = tok.lower_ in _SPEAKING_GROUPS or (tok.tag_ == "NNPS" and tok.ent_type_ == "NORP")
        if speaks and not cannot_act(tok) and _main_clause(tok.head):
            best = tok
    return best


def _main_clause(verb: Token) -> bool:
    """The verb heads its sentence (or is joined to the one that does): a subject down in a relative or
    reported clause ("places where ice sheets had melted") is not whom a later "they" means."""
    return verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")


def _group_speaker(state: DocState, group: Token, at: tuple[int, int, Token]) -> Speaker:
    """The speaker "they" stands for, kept at the pronoun's place: its chain, else its own words."""
    start, end, head = at
    g_start, g_end = speaker_span(group)
    mention = _mention_at(state.mentions, g_start, g_end, group.idx)
    if mention is not None and not mention.start <= group.idx < mention.end and _names_someone_else(group):
        mention = None  # "Reis's lawyers ... they said": the lawyers, not Reis
    chain = state.chain(mention.chain_id) if mention is not None else None
    if chain is not None and _usable_chain(chain, True):
        return Speaker(start, end, head, chain_display_name(state, chain), chain.chain_id, True)
    return Speaker(start, end, head, _phrase_as_written(state.article.text[g_start:g_end]), None, True)


def chain_display_name(state: DocState, chain: Chain) -> str:
    """The chain's name when the body text uses it, else its longest name as written in the body
    (a headline can glue words to a name)."""
    names = [
        m.text
        for m in state.mentions
        if m.chain_id == chain.chain_id and m.kind == "name" and body_sentence(state, m.start)
    ]
    if not names or chain.name in names:
        return chain.name
    return max(names, key=len)


def _usable_chain(chain: Chain, is_pronoun: bool) -> bool:
    # A pronoun chain that never got a name is no resolution at all.
    return bool(chain.name) and not (is_pronoun and chain.name.lower() in PRONOUNS)


def speaker_from_name_line(state: DocState, start: int, end: int) -> Speaker | None:
    """Speaker for a line that holds only a name (the attribution under a pull quote)."""
    line = (start, end)
    start, end = _name_beside_role(state.article.text, start, end)
    span = state.doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    head = span.root
    text = state.article.text[start:end].strip()
    mention = _mention_at(state.mentions, start, end, head.idx)
    if mention is not None:
        chain = state.chain(mention.chain_id)
        if chain is not None and chain.name:
            return Speaker(start, end, head, chain_display_name(state, chain), chain.chain_id, False)
    chain = chain_by_name(state.chains, text)
    if chain is not None:
        return Speaker(start, end, head, chain_display_name(state, chain), chain.chain_id, False)
    if (start, end) != line and text.isupper() and len(text.split()) > 1:
        text = text.title()  # a name cut from a speaker head in capitals, printed as a name
    return Speaker(start, end, head, text, None, False)


def _name_beside_role(text: str, start: int, end: int) -> tuple[int, int]:
    """The name's part of 'ROLE, NAME' or 'Name, role' (a speaker head in a transcript or caption): the
    part that ends in no title word when the other one does; the whole line otherwise."""
    line = text[start:end]
    comma = line.find(",")
    if comma < 0 or "," in line[comma + 1 :]:
        return start, end
    first, second = line[:comma], line[comma + 1 :]
    first_role, second_role = reads_as_role(first), reads_as_role(second)
    if first_role == second_role:
        return start, end
    if first_role:
        skip = len(second) - len(second.lstrip())
        return start + comma + 1 + skip, end - (len(second) - len(second.rstrip()))
    return start + (len(first) - len(first.lstrip())), start + len(first.rstrip())


def reads_as_role(part: str) -> bool:
    """'Kastani president', 'CHIEF ENGINEER': a phrase whose last word is a title word."""
    words = re.findall(r"[A-Za-z][A-Za-z'’\-]*", part)
    if not words or len(words) > 6:
        return False
    return registry().is_title_word(words[-1])


def chain_by_name(chains: Sequence[Chain], text: str) -> Chain | None:
    """A PERSON/ORG chain whose name, surname or alias matches a bare name line."""
    words = [w.strip(".,()").lower() for w in text.split() if w.strip(".,()")]
    if not words:
        return None
    low = " ".join(words)
    for c in chains:
        names = [c.name, *c.aliases]
        if any(n and n.lower() == low for n in names):
            return c
    last = words[-1]
    hits = [c for c in chains if c.ent_type == "PERSON" and (c.surname or c.name.split()[-1]).lower() == last]
    if len(hits) == 1:
        return hits[0]
    first = words[0]
    exact = [c for c in hits if c.first_name and c.first_name.lower() == first]
    return exact[0] if len(exact) == 1 else None
