"""What the spaCy parse says about time: the tense of a clause and the clause a token belongs to."""

from __future__ import annotations

from typing import TYPE_CHECKING

from storyline.cue_lemmas import speech_and_thought_lemmas
from storyline.time.tense import FUTURE, NONE, PAST, names_a_day

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
        if _before_unmarked_report(cur):
            cur = cur.head.head  # "said on Saturday it would ...": the phrase is the saying's
            continue
        if cur.pos_ in ("VERB", "AUX") and (cur.dep_ in _CLAUSE_DEPS or cur.head.i == cur.i):
            return cur
        if cur.head.i == cur.i:
            return cur
        cur = cur.head
    return cur


_FRONT_PHRASE_DEPS = frozenset({"prep", "npadvmod", "advmod"})


def _before_unmarked_report(phrase: Token) -> bool:
    """ "Veloria said on Saturday it would shut the crossings", "officials told reporters Monday the plant
    would close": a reported clause without "that" opens with its subject, so a phrase between the speech
    verb and that subject belongs to the saying, though the parse may hang it off the reported verb."""
    verb = phrase.head
    if verb.dep_ != "ccomp" or phrase.dep_ not in _FRONT_PHRASE_DEPS or verb.pos_ not in ("VERB", "AUX"):
        return False
    if not is_speech_verb(verb.head):
        return False
    if any(c.dep_ == "mark" for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subj is None or not verb.head.i < phrase.left_edge.i <= phrase.i < subj.i:
        return False
    # "told the press that, after inspectors came Sunday, the owner ...": a subordinator before the phrase
    # opens the reported clause there, whatever the parse hung it on
    between = verb.doc[verb.head.i + 1 : phrase.left_edge.i]
    return not any(t.dep_ == "mark" or t.lower_ == "that" for t in between)


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
        if verb.dep_ == "csubj":
            # "To win the title on Friday was a dream": the subject of "be", no plan ("is to resume")
            return verb_tense(gov, depth + 1) if gov.pos_ in ("VERB", "AUX") else NONE
        # "go" plans only as "going to": "went on to say" is a past act
        plan_head = gov.lemma_ in _PLAN_HEADS and (gov.lemma_ != "go" or gov.lower_ == "going")
        if plan_head or gov.lower_ == "due" or gov.lemma_ == "be":
            if _past_perfect(gov) or _past_perfect(gov.head):
                return PAST  # "had been due to expire Friday": the plan belonged to a past moment
            return FUTURE  # "is expected to meet", "is to resume trading"
        return verb_tense(gov, depth + 1) if gov.pos_ in ("VERB", "AUX") else NONE
    if any(a.tag_ == "VBD" for a in auxes) or lowers & {"had", "did", "was", "were"}:
        return PAST
    participle = _participle_tense(verb, depth)
    if participle is not None:
        return participle
    if lowers & {"has", "have", "'ve", "'s"} and verb.tag_ == "VBN":
        return PAST  # present perfect reports something that has happened
    if verb.tag_ == "VBD":
        return PAST
    if verb.tag_ == "VBN" and verb.dep_ in ("acl", "relcl", "amod"):
        return PAST  # "the charter signed in 1997"
    if verb.tag_ == "VBN" and not auxes and any(c.dep_ == "nsubj" for c in verb.children):
        return PAST  # "Officials at the time denied it": a finite verb with a subject is a misread past
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


_PARTICIPLE_LINKS = frozenset({"advcl", "xcomp", "conj"})


def _participle_tense(verb: Token, depth: int) -> int | None:
    """Tense of a bare participle clause (no subject or auxiliary of its own), or None for other verbs.

    A passive participle set off before or after its clause ("Elected in March, she took office ...",
    "the terms, unveiled Friday, would give ...") tells a thing done: PAST. Otherwise the clause has the
    tense of the verb it hangs off: "has swung, climbing to a peak in March" (advcl), "will start
    pulling out on Friday" (xcomp), "was arrested and charged on Friday" (conj sharing the auxiliary).
    Not under a speech verb, whose participle tells what was said, not when ("has announced cuts,
    resulting in closures in the fourth quarter"); not a speech participle ("..., adding that ..."),
    dated as a quote's cue; nor a participle modifying a noun."""
    if verb.tag_ not in ("VBG", "VBN") or verb.dep_ not in _PARTICIPLE_LINKS or verb.head.i == verb.i:
        return None
    if is_speech_verb(verb):
        return None
    if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    own_time = any(c.dep_ == "mark" for c in verb.children)  # "once approved", "if signed"
    plan = verb.lemma_.lower() in _PLAN_HEADS
    if verb.tag_ == "VBN" and verb.dep_ == "advcl" and not own_time and not plan:
        return PAST
    # a plan participle ("Set for Friday, the vote will ...", "Planned for May, the march was called
    # off") names the planned day: the clause it hangs off says whether that day is still to come
    gov = verb.head
    if gov.pos_ not in ("VERB", "AUX") or is_speech_verb(gov) or depth > 8:
        return None
    if _mistagged_past_conjunct(verb, gov):
        return PAST
    return verb_tense(gov, depth + 1)


def _gerund_after_preposition(verb: Token) -> bool:
    """A bare gerund completing a preposition on a verb ("after meeting", "before voting"), with no
    subject or auxiliary of its own."""
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or verb.head.dep_ != "prep":
        return False
    if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "expl") for c in verb.children):
        return False
    return verb.head.head.pos_ in ("VERB", "AUX") and verb.head.head.i != verb.i


_SIMPLE_FINITE_TAGS = frozenset({"VBZ", "VBP", "VBD"})


def _mistagged_past_conjunct(verb: Token, gov: Token) -> bool:
    """ "who often votes with the mayor but objected Monday": a participle joined to a simple present or
    past has no auxiliary to share, so it is a simple past the tagger read as a participle."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ == "conj"
        and gov.tag_ in _SIMPLE_FINITE_TAGS
        and not any(c.dep_ in ("aux", "auxpass") for c in gov.children)
    )


_NEGATORS = frozenset({"not", "n't", "never", "neither", "nor", "nobody", "no"})


def _negated(verb: Token) -> bool:
    """ "could not be reached", "neither he nor she could be found": a negation before the verb in its sentence."""
    return any(c.dep_ == "neg" for c in verb.children) or any(
        t.lower_ in _NEGATORS for t in verb.sent if t.i < verb.i
    )


def _span_and_its_verb(doc: Doc, start: int, end: int) -> tuple[Span, Token] | None:
    """The tokens of the characters [start, end) and the verb of the clause holding them, if any."""
    span: Span | None = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    head = _clause_holding(span.root)
    if head is None or head.pos_ not in ("VERB", "AUX"):
        return None
    return span, head


def span_tense(doc: Doc, start: int, end: int) -> int | None:
    """Tense of the clause governing the characters [start, end), or None without a governing verb."""
    found = _span_and_its_verb(doc, start, end)
    if found is None:
        return None
    span, head = found
    if head.lemma_ in _PLAN_VERBS and head.dep_ != "acl" and span.root.i > head.i and not _past_perfect(head):
        if _past_plan_called_off(head):
            return PAST
        return FUTURE  # "has scheduled a news conference Thursday": the plan's time lies ahead
    if _ahead_when_clause(head):
        return FUTURE
    if _day_of_planned_thing(span.root) and names_a_day(doc.text, start, end):  # doc.text is rebuilt per call
        return FUTURE
    if _present_of_sequence(head):
        return PAST
    if _copula_naming_coming_actors(head):
        return FUTURE
    if _gerund_after_preposition(head) and not is_speech_verb(head.head.head):
        # "will unveil the budget after talking Tuesday", "unveiled it after talking Tuesday": the day a
        # gerund in a phrase on a verb names lies on that verb's side of now (the gerund's act keeps its
        # own undated reading: "sat idle after getting warnings")
        return verb_tense(head.head.head)
    return verb_tense(head)


def _copula_naming_coming_actors(verb: Token) -> bool:
    """ "The ministers who will speak are Okafor and Marren, on Thursday": a present "be" that only names
    who will do a coming act holds no time of its own; a day hung on it is the coming act's."""
    if verb.lemma_ != "be" or verb.tag_ not in ("VBZ", "VBP") or any(c.dep_ == "aux" for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(
        rel.dep_ == "relcl" and verb_tense(rel) == FUTURE for subj in subjects for rel in subj.children
    )


def _present_of_sequence(verb: Token) -> bool:
    """ "The move follows talks Friday", "comes after a vote Tuesday": a present that orders a thing after
    another tells of the one before it as done, not of a coming day as "meets Friday" does."""
    if verb.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    if verb.lemma_ == "follow":
        return True
    return verb.lemma_ == "come" and any(c.dep_ == "prep" and c.lower_ == "after" for c in verb.children)


# plan verbs whose object's day lies ahead ("set a hearing for Monday"); "plan" and "schedule" also with
# "on" ("planned a vigil on Saturday"), the others only with "for": "called a meeting on Monday" dates
# the calling
_PLANNED_OBJECT_VERBS = {"plan": ("for", "on"), "schedule": ("for", "on"), "set": ("for",), "call": ("for",),
                         "announce": ("for",)}  # fmt: skip


def _day_of_planned_thing(root: Token) -> bool:
    """ "The judge set a new hearing for Monday", "the union called a strike for Tuesday": the day is the
    planned thing's, ahead of the planning, as ``tense.lexical_tense`` reads it on the words. The parse
    hangs the phrase off the object or the verb; the object must come first and be counted or
    determined, and the plan not one set before a past moment ("had set")."""
    prep = root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    thing: Token | None = prep.head
    verb = prep.head.head
    if prep.head.dep_ != "dobj":  # "set [a hearing] [for Monday]": the phrase hangs off the verb
        verb = prep.head
        thing = next((c for c in verb.children if c.dep_ == "dobj" and c.i < prep.i), None)
    if thing is None:
        return False
    prepositions = _PLANNED_OBJECT_VERBS.get(verb.lemma_.lower(), ())
    if thing.pos_ not in ("NOUN", "PROPN") or prep.lower_ not in prepositions:
        return False
    determined = any(c.dep_ in ("det", "nummod", "poss") for c in thing.children)
    return determined and not _past_perfect(verb)


def _clause_holding(tok: Token) -> Token | None:
    """The head of the clause ``tok`` belongs to, or None when the parse cannot say.

    A subordinate clause starts at its subordinator ("that", "if", "because"): an expression before it
    is not in that clause, though a parse may hang it there ("waved off warnings on Thursday that the
    strikes could hurt ties", with "Thursday" under "hurt"). The clause above is then the one; when
    there is none (the subordinate verb is the parse's root), the caller reads the words instead."""
    head = clause_head(tok)
    for _ in range(8):
        if not any(c.dep_ == "mark" and c.i > tok.i for c in head.children):
            return head
        if head.head.i == head.i:
            return None
        head = clause_head(head.head)
    return None


# verbs that move a thing ahead or name a plan, whose past form still points at a later month ("was
# postponed to January", "were due in March", "had been scheduled for May")
_AHEAD_LEMMAS = _PLAN_HEADS | {
    "postpone", "delay", "defer", "extend", "adjourn", "move", "push", "reschedule", "slate", "expected",
    "scheduled", "planned", "slated", "due", "likely", "ready", "poised",
}  # fmt: skip
_HEDGES = frozenset({"maybe", "perhaps", "possibly", "probably", "likely"})
_PAST_FINITE_AUX = frozenset({"was", "were", "had", "did", "'d"})
_PERFECT_AUX = frozenset({"has", "have", "'ve", "had", "'d"})
_GERUND_LINKS = frozenset({"xcomp", "pcomp", "advcl"})
# what may stand between a verb and the expression it governs: "in", "by", "from as early as"
_LINK_POS = frozenset({"ADP", "ADV", "SCONJ", "PART"})


def held_by_noun(doc: Doc, start: int, end: int) -> bool:
    """Whether the characters [start, end) hang off a noun ("the attack on Friday", "talks Friday"):
    the clause's verb then places the noun's thing, not the day ("may explain the attack on Friday"
    tells nothing of when the attack was)."""
    span: Span | None = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    tok = span.root
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        tok = tok.head
    elif tok.dep_ != "npadvmod":
        return False
    return tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i != tok.i


def governed_by_finite_past(doc: Doc, start: int, end: int) -> bool:
    """Whether a finite past or perfect verb of no plan governs the characters [start, end): "he banned
    travel in January", "by March, measures were taken", "had started taking precautions from March 8".

    The parse's tense is reliable where the words' is not: a month under such a verb lies before the
    publication day however far back. Not under an infinitive ("agreed to hold elections in January"),
    a modal, a plan or a deferral ("was postponed to January", "were due in March"); not when a noun or
    an adjective stands between ("a cutback in supply in September", "payable Dec. 7"): the expression
    then dates that thing, which may still lie ahead."""
    found = _span_and_its_verb(doc, start, end)
    if found is None:
        return False
    span, head = found
    path = _path_up(span.root, head)
    if path[-1].i != head.i or any(t.pos_ not in _LINK_POS for t in path[1:-1]):
        return False  # "a cutback in supply in September", "payable Dec. 7": a noun's or adjective's time
    if any(t.lower_ in ("until", "till") for t in path):
        return False  # "gave them until mid-November": ``tense.lead_tense`` reads "until" with its verb
    verb = _finite_above_gerund(head)
    if any(t.lemma_.lower() in _AHEAD_LEMMAS or t.lower_ in _AHEAD_LEMMAS for t in _path_up(head, verb)):
        return False
    if any(c.lemma_.lower() in _AHEAD_LEMMAS and c.dep_ in ("acomp", "xcomp", "oprd") for c in verb.children):
        return False  # "elections were due in March": the adjective carries the plan
    if any(c.dep_ == "advmod" and c.lower_ in _HEDGES for c in verb.children):
        return False  # "the stop, on November 11, maybe eliminated": a hedged or misread verb is no sure past
    return _finite_past(verb)


def _path_up(tok: Token, top: Token) -> list[Token]:
    """``tok`` and its heads up to ``top`` (inclusive), or to the root when ``top`` is not above it."""
    path = [tok]
    for anc in tok.ancestors:
        path.append(anc)
        if anc.i == top.i:
            break
    return path


def _finite_above_gerund(verb: Token) -> Token:
    """The verb a gerund or a shared-auxiliary conjunct takes its tense from ("had started taking",
    "by distributing masks", "was arrested and charged"); ``verb`` itself when it has a form of its own."""
    cur = verb
    for _ in range(6):
        own = any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "expl") for c in cur.children)
        if own or cur.head.i == cur.i:
            return cur
        if cur.tag_ == "VBG" and cur.dep_ in _GERUND_LINKS:
            above = cur.head.head if cur.dep_ == "pcomp" else cur.head
        elif cur.tag_ == "VBN" and cur.dep_ == "conj":
            above = cur.head
        else:
            return cur
        above = clause_head(above)
        if above.pos_ not in ("VERB", "AUX") or above.i == cur.i:
            return cur
        cur = above
    return cur


def _finite_past(verb: Token) -> bool:
    """A simple past, a past passive or progressive, or a present or past perfect; no modal, no "to"."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" or a.lower_ in _FUTURE_AUX or a.lower_ == "to" for a in auxes):
        return False
    if any(a.lower_ in _PAST_FINITE_AUX for a in auxes):
        return True
    if verb.tag_ == "VBN" and any(a.lower_ in _PERFECT_AUX for a in auxes):
        return True  # "has banned travel since January" is done, though told in the present
    return verb.tag_ == "VBD" and not auxes


_WHEN_MARKS = frozenset({"once", "when"})
# adjectives whose infinitive looks ahead as "expected to" does: "likely to buy", "certain to vote"
_AHEAD_ADJECTIVES = frozenset({"likely", "certain", "sure", "poised", "ready", "due"})


def _ahead_when_clause(head: Token) -> bool:
    """ "likely to buy as soon as trading opened Monday", "would strike when the contract expired Friday":
    a when/once/as-soon-as clause under a verb that looks ahead is still to come, though its own verb
    is past in form (the sequence of tenses)."""
    if head.dep_ != "advcl":
        return False
    marks = {c.lower_ for c in head.children if c.dep_ in ("mark", "advmod")}
    as_soon_as = "as" in marks and head.head.lower_ == "soon"
    if not (marks & _WHEN_MARKS or as_soon_as):
        return False
    gov = head.head.head if as_soon_as else head.head  # "as soon as" hangs off "soon", an adverb
    if gov.pos_ not in ("VERB", "AUX"):
        return False
    if verb_tense(gov) == FUTURE:
        return True
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in gov.children)
    return infinitive and gov.head.lemma_.lower() in _AHEAD_ADJECTIVES


# verbs that undo or defer a plan ("was planned for Friday but was called off")
_CALL_OFF_LEMMAS = frozenset(
    {"postpone", "delay", "defer", "cancel", "scrap", "suspend", "drop", "shelve", "adjourn", "reschedule",
     "push", "put", "call", "move"}
)  # fmt: skip
_CALL_OFF_PARTICLES = {"push": "back", "put": "off", "call": "off", "move": "back"}


def _past_plan_called_off(plan: Token) -> bool:
    """ "The toll vote was planned for Friday but was called off": a plan told in the passive past, then undone
    or deferred by a past act, is one whose day went by; its day is the last one, not the coming one."""
    if not any(c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in plan.children):
        return False
    return any(c.dep_ == "conj" and _past_call_off(c) for c in plan.children)


def _past_call_off(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lemma not in _CALL_OFF_LEMMAS or verb.tag_ not in ("VBD", "VBN"):
        return False
    particle = _CALL_OFF_PARTICLES.get(lemma)
    if particle is not None and not any(c.dep_ == "prt" and c.lower_ == particle for c in verb.children):
        return False
    if verb.tag_ == "VBN":  # "was put off", "had been cancelled": a past auxiliary; not "has been"
        return any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("was", "were", "had") for c in verb.children)
    return True


def _past_perfect(verb: Token) -> bool:
    """ "had been scheduled to expire Friday": a plan set before a past moment, likely overtaken since."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ == "had" for c in verb.children)


# Verbs whose simple present reports a state, stance, wish or plan that holds on the day of writing
# ("Russia controls the port", "both sides oppose the rebels", "the party wants talks", "the visit
# reflects better ties"): by class, not by story. Speech and thought verbs come from the quote cue
# list (``data/cues.txt``).
_STATE_VERBS = frozenset(
    {"be", "have", "remain", "stay", "exist", "belong", "own", "possess", "hold", "control", "lead", "head",
     "chair", "command", "govern", "rule", "run", "represent", "comprise", "consist", "contain", "include",
     "involve", "lack", "cost", "weigh", "measure", "equal", "deserve", "matter", "depend", "mean", "seem",
     "appear", "look", "sound", "feel", "see", "view", "regard", "consider", "find", "know", "understand",
     "remember", "recognize", "recognise", "doubt", "suspect", "trust", "want", "wish", "need", "like", "love",
     "hate", "dislike", "prefer", "favor", "favour", "oppose", "support", "back", "endorse", "reject",
     "dispute", "blame", "welcome", "respect", "fear", "worry", "face", "enjoy", "suffer", "plan", "intend",
     "aim", "hope", "expect", "seek", "try", "prepare", "schedule", "continue", "keep", "live", "work", "share",
     "serve", "stand", "sit", "lie", "agree", "disagree", "accept", "refuse", "decline", "insist", "sympathize",
     "sympathise", "reflect", "symbolize", "symbolise", "signify", "underscore", "highlight", "illustrate",
     "come"}
)  # fmt: skip
# "come" is there for the news idiom "the visit comes amid / as / after ...", which frames the day's news.


def finite_governor(verb: Token) -> Token:
    """The finite verb a non-finite complement hangs off ("begins charging", "plans to allow" -> the
    governing verb), which carries the clause's tense; ``verb`` itself when it is finite."""
    cur = verb
    for _ in range(6):
        if cur.dep_ != "xcomp" or cur.head.i == cur.i or cur.head.pos_ not in ("VERB", "AUX"):
            return cur
        cur = cur.head
    return cur


def present_of_act(verb: Token) -> bool:
    """True for a clause in the simple present (VBZ/VBP, no auxiliary but "do") of an action verb.

    In news that form is mostly historical present in explainers and timelines ("Russia sends troops
    and occupies the peninsula") or habitual/generic ("the group trains its fighters there"): neither
    happened on the day of publication. Speech, thought, state and plan verbs are excluded: their simple
    present is what holds or is said as of that day ("X warns", "Y opposes the deal", "Z plans to ...").
    """
    gov = finite_governor(verb)
    if gov.tag_ not in ("VBZ", "VBP") or gov.lower_ in _SAME_PAST_FORM:
        return False
    if any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() != "do" for c in gov.children):
        return False
    if _document_speaks(gov):
        return True  # "the treaty calls for ...": what a text says, set down whenever the text was
    # "begin to think", "continue to seek": a thought or a state on either level keeps the day
    return not (_keeps_day(gov) or _keeps_day(verb))


# Texts whose content is reported with a speech verb in the present ("the resolution calls for a truce"):
# the words were set down whenever the text was, not on the day of the article. Not "report" or
# "letter": "reports suggest ..." mostly relays the news of the day.
_DOCUMENT_NOUNS = frozenset(
    {"law", "bill", "act", "order", "decree", "resolution", "treaty", "accord", "agreement", "deal", "pact",
     "charter", "constitution", "article", "clause", "provision", "rule", "regulation", "guideline",
     "guidance", "policy", "plan", "proposal", "manifesto", "platform", "document", "framework",
     "legislation", "amendment", "directive", "convention", "protocol", "doctrine", "solution", "statute"}
)  # fmt: skip
_RELATIVE_WORDS = frozenset({"which", "that", "who"})


def _document_speaks(verb: Token) -> bool:
    """A speech verb whose subject is a text ("the plan calls for", "the charter, which pledges")."""
    if not is_speech_verb(verb):
        return False
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and verb.dep_ == "conj":
        subj = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.lower_ in _RELATIVE_WORDS and verb.dep_ == "relcl":
        subj = verb.head  # the relative clause's antecedent
    return subj is not None and subj.pos_ in ("NOUN", "PROPN") and subj.lemma_.lower() in _DOCUMENT_NOUNS


def is_speech_verb(verb: Token) -> bool:
    """A speech or thought verb: one of the reporting verbs above or a quote cue."""
    lemma = verb.lemma_.lower()
    return lemma in _REPORTING or lemma in speech_and_thought_lemmas()


def _keeps_day(verb: Token) -> bool:
    return verb.lemma_.lower() in _STATE_VERBS or is_speech_verb(verb)
