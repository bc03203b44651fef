"""What the spaCy parse says about time: the tense of a clause and the clause a token belongs to."""

from __future__ import annotations

from typing import TYPE_CHECKING

from storyline.time.tense import FUTURE, NONE, PAST

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo", "ll"})
_PLAN_HEADS = frozenset(
    {"expect", "schedule", "set", "plan", "due", "intend", "hope", "aim", "prepare", "go"}
)
_PLAN_VERBS = frozenset({"schedule", "plan"})
_REPORTING = frozenset({"say", "tell", "announce", "report", "state", "add", "claim", "confirm", "insist"})
# verbs whose past tense is spelled like the present: a VBP tag on them says nothing about the tense
_SAME_PAST_FORM = frozenset(
    {"hurt", "cut", "put", "set", "hit", "let", "quit", "spread", "cost", "shut", "beat", "bet", "cast", "burst",
     "split", "upset", "broadcast", "forecast", "read", "bid", "shed", "thrust", "slit"}
)  # fmt: skip
_CLAUSE_DEPS = frozenset(
    {"ROOT", "ccomp", "advcl", "relcl", "conj", "xcomp", "acl", "parataxis", "csubj", "pcomp"}
)


def token_at(doc: Doc, char: int) -> Token | None:
    """The token covering character offset ``char`` (or the next token after whitespace)."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is not None and len(span):
        return span[0]
    for tok in doc:
        if tok.idx >= char:
            return tok
    return None


def clause_head(tok: Token) -> Token:
    """The verb heading the clause ``tok`` is in (``tok`` itself when it is that verb)."""
    cur = tok
    for _ in range(40):
        if cur.pos_ in ("VERB", "AUX") and (cur.dep_ in _CLAUSE_DEPS or cur.head.i == cur.i):
            return cur
        if cur.head.i == cur.i:
            return cur
        cur = cur.head
    return cur


def verb_tense(verb: Token, depth: int = 0) -> int:
    """PAST, FUTURE or NONE (present) for a clause-heading verb, from its tag and auxiliaries."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    lowers = {a.lower_ for a in auxes}
    if lowers & _FUTURE_AUX:
        return FUTURE
    if lowers & {"could"} and not lowers & {"have", "'ve"} and _negated(verb):
        return NONE  # a past inability as often as a conditional: "could not be reached Wednesday"
    if any(a.tag_ == "MD" for a in auxes):
        # "could have met" looks back; "might come", "would meet", "should sign" look forward
        return PAST if lowers & {"have", "'ve"} and verb.tag_ == "VBN" else FUTURE
    if any(a.lower_ == "to" for a in verb.children if a.dep_ == "aux") or verb.tag_ == "VB" and not auxes:
        # infinitive: "expected to meet on Thursday" looks forward from its governor
        gov = verb.head
        if gov.i == verb.i or depth > 8:
            return NONE
        if gov.lemma_ in _PLAN_HEADS or gov.lower_ in ("going", "due") or gov.lemma_ == "be":
            if _past_perfect(gov) or _past_perfect(gov.head):
                return PAST  # "had been due to expire Friday": the plan belonged to a past moment
            return FUTURE  # "is expected to meet", "is to resume trading"
        return verb_tense(gov, depth + 1) if gov.pos_ in ("VERB", "AUX") else NONE
    if any(a.tag_ == "VBD" for a in auxes) or lowers & {"had", "did", "was", "were"}:
        return PAST
    if lowers & {"has", "have", "'ve", "'s"} and verb.tag_ == "VBN":
        return PAST  # present perfect reports something that has happened
    if verb.tag_ == "VBD":
        return PAST
    if verb.tag_ == "VBN" and verb.dep_ in ("acl", "relcl", "amod"):
        return PAST  # "the charter signed in 1997"
    if verb.tag_ == "VBG" and lowers & {"is", "are", "am", "'re", "'m"}:
        return FUTURE  # "is meeting on Thursday" is an arrangement
    if verb.tag_ == "VBP" and verb.lower_ in _SAME_PAST_FORM:
        return NONE  # "hurt", "cut", "set": the form does not show the tense
    if verb.tag_ in ("VBZ", "VBP") and verb.lemma_ not in _REPORTING:
        return FUTURE if verb.lemma_ not in ("be", "have") else NONE
    if verb.tag_ in ("VBZ", "VBP"):
        return PAST  # headline present of reporting verbs ("Minister says") reports the past
    if verb.tag_ == "MD":
        return FUTURE
    return NONE


_NEGATORS = frozenset({"not", "n't", "never", "neither", "nor", "nobody", "no"})


def _negated(verb: Token) -> bool:
    """ "could not be reached", "neither he nor she could be found": a negation before the verb in its sentence."""
    return any(c.dep_ == "neg" for c in verb.children) or any(
        t.lower_ in _NEGATORS for t in verb.sent if t.i < verb.i
    )


def span_tense(doc: Doc, start: int, end: int) -> int | None:
    """Tense of the clause governing the characters [start, end), or None without a governing verb."""
    span: Span | None = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    head = clause_head(span.root)
    if head.pos_ not in ("VERB", "AUX"):
        return None
    if head.lemma_ in _PLAN_VERBS and head.dep_ != "acl" and span.root.i > head.i and not _past_perfect(head):
        return FUTURE  # "has scheduled a news conference Thursday": the plan's time lies ahead
    return verb_tense(head)


def _past_perfect(verb: Token) -> bool:
    """ "had been scheduled to expire Friday": a plan set before a past moment, likely overtaken since."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ == "had" for c in verb.children)
