"""Per-document entry points that use the spaCy parse: ``tag_timexes`` and ``date_for_span``.

Event and quote dating rule (``date_for_span``), in order:
1. a time expression in the same sentence whose governing clause is the event's clause (or that hangs
   off the event word itself: "talks on Thursday") gives the date, source "timex"; failing that, one
   opening the sentence before a comma ("In 2004, Kurds ... mounted protests") dates its clauses, except
   a perfect clause inside them ("On Saturday, X said Y has been killed": the killing came before) and,
   under a day, a relative clause or what it reports ("On Monday, ministers denounced the pact in which
   two states agreed on borders"); an expression after a subordinator ("while as of yesterday ...") governs only its own
   clause, however the parser hangs it. A stretch of years ("from 2013 to 2019") gives the decade
   holding both ends, or no date across decades. The act a verdict, charge or blame names after
   "of/for/with" ("convicted in 2010 of obstructing ...") stays undated unless an expression governs
   it (the act came before the verdict). An act named in a "before/since/until/ahead of ..." phrase, or
   in an "after/following" one with a measured gap ("eight months after his meeting"), takes only an
   expression inside the phrase. An expression that modifies a noun, also through an adjective
   ("Democratic 2020 candidates"), dates no verb. A relative clause of an expression ("in 2011, when
   Congress approved ...") or of a time noun after one ("on Dec. 29, the day the administration
   announced ...") is of that time, and an event noun is of the time of its own relative clause ("the
   budget request that was released in early February"); an event noun named as to come or as before
   ("voted Tuesday against the proposed accord"), or a known act a clause of what would, could or will be
   done talks about ("said Friday he would renounce the treaty"; not one it carries out: "will sign the
   accord"), takes only an expression of its own phrase or relative clause, else no date at all;
   failing that, a participle clause without subject or auxiliary of its own takes the date of the
   clause it hangs off ("entered the embassy on May 3, seeking documents"; "was arrested in 2004 and
   sentenced"; "spoke to the assembly, adding that ..."), whatever that date is, even none, and an -ing
   modifier of a noun that is no subject takes an expression that dates its clause ("charmed the guests
   Friday night at a party welcoming him"), or in a past clause whatever date that clause has ("repeated
   remarks he made in an interview supporting the mayor": none); "the first/only <noun> to <verb>" takes
   its clause's date ("was the only leader to host them": that of "was"). A gerund after a noun's
   preposition ("a policy against indicting", "plans for trying him": a kind of act) and a participle
   clause placed at another time than its act ("before visiting the port", "since leaving office")
   take no date but an expression that governs them ("after" is left to the participle rule above). An
   expression inside quoted words dates only acts inside them, never a clause outside the quotation marks
   nor a quotation dated by its first word (its saying); quotation marks around a short title do not count;
   an act told inside a dated occasion takes its day though the parser hangs the expression under a
   participle ("Speaking at a rally on Tuesday, X called ...", "In remarks published Sunday, X said ...");
2. otherwise the publication date, with the clause's tense deciding, source "dct":
   - present or future tense: since session 16 only a heading's or caption's present and a body present
     progressive outside a relative clause and quotation marks ("the army is shelling the port") take the
     publication day; every other present or future form (plain present, "will", modals, plans, the present
     passive, participles, quoted present of a saying no expression dates) gets no date, being of that day
     a quarter of the time or less on unseen news (``_goes_on_that_day``). The older exceptions below still
     decide first. Formerly: the publication day (a plan or state reported as of that day), except a
     body clause in the simple present of an action verb outside quotation marks ("Russia sends troops
     and occupies the peninsula", "the group trains its fighters there"): historical or habitual present,
     whose day is not known (see ``syntax.present_of_act``; speech, thought, state and plan verbs keep the
     day, and so do headings and captions, whose present is the news of the day, and quoted words, whose
     present is the speaker's), and except what could, would or should happen or is wished for ("could
     collapse", "What would a war look like?", "is eligible to appeal", "does not want a war", a noun's
     to-infinitive: "a willingness to use force", "any effort to encourage"; "likely will", "unlikely that",
     "before/unless they ...", a complement of such a clause: "should make clear that they will"): no act took
     place that day (on real news 19 of 50 publication-dated events were such), and except a standing state:
     a simple present relative clause ("a militia that backs the council") or body passive ("is charged
     with fraud"). A plan ("will meet",
     "said it would help", "plans to reopen") kept the day until session 16 and no longer does (2 of 6
     right on as17); a quotation is dated by its saying; so
     are the present words inside a quotation whose saying an expression or the narrative dates ("“We'll
     do sanctions,” he told CNN Monday" is Monday's), and a clause a speech verb so dated reports ("said
     on Thursday it would send aid" is Thursday's plan);
   - past tense, an act named as already known (a definite or possessed noun the clause talks about, not
     its acting subject nor the occasion it took place at: "called the sanctions destructive", "voting on
     his call", "the meeting was poorly timed"): no day, whatever follows; the act came before;
   - past tense, publication time printed: the publication day, or the day before when the article
     went out before 06:00 in its own time zone (nothing much happens between midnight and an early
     edition, so "said" in a 01:27 GMT story is the day before);
   - past tense, no publication time: the day is not known (the article may report yesterday's news),
     unless one of the three sentences before (no heading between) set the narrative day with a time expression
     ("... said yesterday." then "He said ..."; one at that sentence's main clause first), which it
     inherits (source "inferred"; not one in a relative clause, nor, for a saying, one in quoted words
     that names another day than the publication day); a present or past perfect ("has insisted", "had
     reached"), a relative clause or a verb joined to one, a past participle describing a noun ("three
     sailors jailed abroad") or an act asked about ("whether he called") inherits nothing, nor does a clause whose own sentence
     names a past time before those recent days ("... during last year's election", "detained a
     doctor who had warned of the outbreak in December": background told against that earlier time);
   - a saying placed at an occasion told before ("in that interview", "during his speech", "at the
     hearing"; not "her own letter") takes the day an expression in the occasion's phrase gives ("at
     Thursday's hearing"), else the date of the occasion's nearest earlier mention when an expression or
     the narrative dates it, else none; it never takes the publication day;
   - failing all that, an active saying told with a verb that only reports words ("said", "told",
     "added", "wrote", "tweeted", ...; not "threatened" or "denied", which tell acts) is of the publication
     day (source "dct") when neither its sentence nor the two before name another time outside quoted
     words;
3. (None, None) when the article has no date and no governing expression.
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, timedelta
from typing import TYPE_CHECKING

from storyline.clean.citations import in_citation
from storyline.records import DateSource, TimeExpr
from storyline.time.calendar import day_value, parse_day
from storyline.time.syntax import (
    clause_head,
    governed_by_finite_past,
    held_by_noun,
    is_speech_verb,
    present_of_act,
    span_tense,
    token_at,
    verb_tense,
)
from storyline.time.tagger import find_candidates, resolve
from storyline.time.tense import FUTURE, NONE, PAST, lead_tense, lexical_tense
from storyline.time.vocab import AMBIGUOUS_MONTHS, PARTS_OF_DAY

if TYPE_CHECKING:
    from spacy.tokens import Token

    from storyline.state import DocState

_EARLY_EDITION_HOUR = 6
_INHERIT_SENTENCES = 3
_INHERIT_MAX_AGE = timedelta(days=7)  # a narrative day is a recent one, not an anniversary
_AS_EARLY_AS = re.compile(r"\bas\s+(?:soon|early)\s+as\s+$", re.I)
_TIME_OF_DCT = re.compile(r"T(\d{2}):(\d{2})")


def tag_timexes(state: DocState) -> None:
    """Fill ``state.timexes``: ``tag_text`` plus the parse (verb tense; "May"/"March" as verbs dropped)."""
    text = state.article.text
    if not text:
        state.timexes = []
        return
    doc = state.doc
    cands = []
    for c in find_candidates(text):
        if "month-word" in c.tags and _is_verb_month(state, c.start, c.end):
            continue
        if "current-word" in c.tags and _is_noun_current(state, c.end):
            continue
        cands.append(c)

    def tense(start: int, end: int) -> int:
        lead = lead_tense(text, start, end)
        if lead is not None:
            return lead
        span = doc.char_span(start, end, alignment_mode="expand")
        if (
            span is not None
            and len(span)
            and span.root.dep_ == "compound"
            and span.root.head.lower_ in PARTS_OF_DAY
        ):
            # "on Thursday morning": the weekday is part of the expression, whose head the verb places
            head = span.root.head
            start, end = min(start, head.idx), max(end, head.idx + len(head))
        elif span is not None and len(span) and span.root.dep_ in ("compound", "amod", "nmod", "poss"):
            return NONE  # "the April summit", "Wednesday's ruling": the verb does not place the modifier
        if _AS_EARLY_AS.search(text, max(0, start - 16), start):
            # "as soon as Tuesday" is an earliest date still to come, unless a past verb reports it
            # ("had started taking precautions as early as March 8")
            return PAST if governed_by_finite_past(doc, start, end) else FUTURE
        t = span_tense(doc, start, end)
        return lexical_tense(text, start, end) if t is None else t

    def firm_past(start: int, end: int) -> bool:
        return governed_by_finite_past(doc, start, end)

    def noun_held(start: int, end: int) -> bool:
        return held_by_noun(doc, start, end)

    out = resolve(text, cands, state.dct, tense, state.doc_id, firm_past, noun_held)
    for t in out:
        t.sentence = state.sentence_index(t.start)
    state.timexes = out


def _is_verb_month(state: DocState, start: int, end: int) -> bool:
    span = state.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    return any(t.lower_ in AMBIGUOUS_MONTHS and t.pos_ in ("VERB", "AUX") for t in span)


def _is_noun_current(state: DocState, end: int) -> bool:
    """ "the current swept them away": "current" the noun is no time."""
    span = state.doc.char_span(end - len("current"), end, alignment_mode="expand")
    return span is not None and len(span) == 1 and span[0].pos_ in ("NOUN", "PROPN")


def _cited(state: DocState, t: TimeExpr) -> bool:
    """A date in a source citation ("(Kastan Wire, May 15)") says when an outlet reported: it dates
    no clause and sets no narrative day."""
    return in_citation(state.article.text, t.start, t.end)


def _datable(t: TimeExpr) -> bool:
    return t.type in ("DATE", "TIME") and t.value is not None and bool(re.match(r"\d{4}", t.value))


# A phrase or clause opened by one of these gives a bound of a stretch of time, not the time of what it
# hangs off: "they met for the first time since the strikes last March" did not meet in March. Not
# "after" (measured on real news: "told CNN after his interview in May" is mostly close to its bound)
# nor "by" ("by 2010, jobs fell" dates the fall well enough).
_BOUND_WORDS = frozenset({"since", "until", "till", "through", "before"})
_UNTIL = frozenset({"until", "till", "through"})  # "a bill funding the port authority through mid-May"


# phrases that place what they name before or after their clause's time: "before the summit"; "after"
# and "following" only with a measure of the gap ("eight months after his meeting with Kim"): without one
# the act is mostly of the same day ("spoke on Friday after a tense meeting with the envoy")
_EARLIER_LATER_PREPS = frozenset({"before", "since", "until", "till"})
_LATER_PREPS = frozenset({"after", "following"})
_EARLIER_LATER_HEADS = frozenset({"ahead", "prior"})  # "ahead of the summit", "prior to the vote"
_GAP_UNITS = frozenset({"minute", "hour", "day", "night", "week", "month", "year", "decade"})


def _earlier_or_later_phrase(tok: Token, clause: Token) -> Token | None:
    """The "before/since ..." or measured "... after" phrase of ``clause`` that holds the noun or gerund
    ``tok``, if any."""
    if tok.i == clause.i:
        return None
    for anc in tok.ancestors:
        if anc.i == clause.i:
            return None
        if anc.dep_ != "prep":
            continue
        if anc.lower_ in _EARLIER_LATER_PREPS or (
            anc.lower_ in ("of", "to") and anc.head.lower_ in _EARLIER_LATER_HEADS
        ):
            return anc
        if anc.lower_ in _LATER_PREPS and _measured_gap(anc):
            return anc
    return None


def _measured_gap(prep: Token) -> bool:
    """Whether a measure of time goes with the preposition: "eight months after", "days after"."""
    measures = [prep.head, *(c for c in prep.children if c.dep_ == "npadvmod")]
    return any(m.lemma_.lower() in _GAP_UNITS for m in measures)


def _bounding_phrase(root: Token) -> Token | None:
    """Head of the nearest "since/until/before ..." phrase (prep) or clause (mark) containing ``root``."""
    for anc in [root, *root.ancestors]:
        if anc.dep_ == "prep" and anc.lower_ in _BOUND_WORDS:
            word = anc.lower_
        elif _before_phrase(anc):
            word = "before"  # "Prior to Wednesday, she had refused": she refused before it, not on it
        else:
            mark = next((c for c in anc.children if c.dep_ == "mark" and c.lower_ in _BOUND_WORDS), None)
            if mark is None:
                continue
            word = mark.lower_
        if word in _UNTIL and any(c.dep_ == "neg" for c in anc.head.children):
            return None  # "was not topped until 2012" happened in 2012: the expression is its time
        return anc
    return None


def _before_phrase(tok: Token) -> bool:
    """The "to" of "prior to" or the "of" of "ahead of", which open a phrase meaning "before"."""
    return (
        tok.dep_ == "prep"
        and tok.lower_ in ("to", "of")
        and tok.head.lower_ in _EARLIER_LATER_HEADS
        and tok.head.i < tok.i
    )


def _bounds_elsewhere(root: Token, event_tok: Token) -> bool:
    """True when the expression at ``root`` sits in a bounding phrase that leaves ``event_tok`` out:
    it then dates only what is inside the phrase ("the strikes last March"), never the event."""
    phrase = _bounding_phrase(root)
    if phrase is not None:
        return not phrase.left_edge.i <= event_tok.i <= phrase.right_edge.i
    opener = _bound_word_before(root)
    return opener is not None and not opener.i <= event_tok.i <= root.i


_NOUN_PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "ADP", "NUM", "CCONJ", "PART", "ADV"})


def _bound_word_before(root: Token) -> Token | None:
    """A "since/before" that opens a verbless phrase running up to the expression, however the parser
    hung the expression ("cooperation since the war against the empire 60 years ago", with "ago" parsed
    under the main verb): only nouns, determiners and prepositions stand between."""
    span_start = min(t.i for t in root.subtree)
    for k in range(span_start - 1, max(-1, span_start - 13), -1):
        tok = root.doc[k]
        if tok.lower_ in ("since", "before"):
            return tok
        if tok.pos_ not in _NOUN_PHRASE_POS or tok.is_sent_start:
            return None
    return None


# a clause placed before or after another act ("through" bounds a stretch but places no act)
_EARLIER_LATER = frozenset({"since", "until", "till", "before", "after", "once"})


def _deadline_ahead_of_a_done_act(state: DocState, t: TimeExpr, clause: Token) -> bool:
    """ "has promised a new cabinet by Tuesday" in a Monday paper: a "by" deadline still ahead is when the
    thing promised or demanded is due, not the day of the promise, which a past or perfect verb puts
    before the publication date."""
    text, dct = state.article.text, parse_day(state.dct)
    if dct is None or t.value is None or not re.search(r"\bby[ \t]+$", text[max(0, t.start - 4) : t.start]):
        return False
    day = parse_day(t.value[:10])
    if day is None or day <= dct:
        return False
    return clause.pos_ in ("VERB", "AUX") and (verb_tense(clause) == PAST or _perfect(clause))


def _placed_by_another_act(clause: Token) -> bool:
    """A clause opened by "after/before/since ..." ("after Kastan suspended it"), also when the parser
    hangs the word off a measure of time ("two years after the envoys met")."""
    for c in clause.children:
        if c.dep_ == "mark" and c.lower_ in _EARLIER_LATER:
            return True
        if c.dep_ == "npadvmod" and any(g.dep_ == "prep" and g.lower_ in _EARLIER_LATER for g in c.children):
            return True
    return _opened_by_a_measured_gap(clause)


def _opened_by_a_measured_gap(clause: Token) -> bool:
    """ "spoke days after Veloria and Orvik reached a deal", parsed with "after" as a preposition and the
    verb as a conjunct: the clause's subject follows a measured "after/before" straight, with no verb or
    clause break between, so the clause is the act the gap is counted from."""
    doc = clause.doc
    for k in range(clause.i - 1, clause.sent.start, -1):
        tok = doc[k]
        if tok.text == "," and doc[k + 1].pos_ != "CCONJ":
            continue  # a list of subjects ("the port, the mayor and Orvik reached"), no clause break
        if tok.pos_ in ("VERB", "AUX", "PUNCT", "SCONJ") or tok.lower_ in ("that", "who", "which"):
            return False
        if tok.lower_ in ("after", "before") and k > 0:
            gap = doc[k - 1]
            # a gap inside the clause's own words places the clause itself ("In the hours after the blast,
            # the agency said"; "... months before the vote, Orvik said"): only one hung off an earlier verb
            # counts back from this act
            outside = not any(a.i == clause.i for a in tok.ancestors)
            return outside and gap.tag_ == "NNS" and gap.lemma_.lower() in _GAP_UNITS
    return False


_NOUN_MODIFIER = frozenset({"compound", "amod", "nmod", "poss", "nummod"})


def _governs(t: TimeExpr, state: DocState, event_tok: Token, event_clause: Token) -> bool:
    span = state.doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    if _bounds_elsewhere(root, event_tok) or _dates_a_further_item(span[0], event_tok):
        return False
    first = _first_conjunct(root)  # "the 2008 and 2012 campaigns": "2012" modifies as "2008" does
    noun = _modified_noun(first)
    if noun is not None and noun != event_tok:
        # "investigating interference in the 2016 elections": the year dates the elections, not the inquiry
        return False
    owner = _noun_named_of_time(first)
    if owner is not None and owner != event_tok:
        # "embracing survivors of the May 4, 1975, flood": the day is the flood's, not the embrace's
        return False
    if clause_head(root) == event_clause:
        # "announced an arrest ... while as of yesterday two suspects were at large", parsed with the
        # phrase under "announced": a subordinator before the expression opens a clause of its own
        return not _subordinated_on_the_way(root, event_clause)
    # "talks on Thursday": the expression hangs off the event word itself
    return any(a == event_tok for a in root.ancestors) and clause_head(event_tok) == clause_head(root.head)


# a pronoun standing for one more thing of the kind just named ("Tuesday's ambush, as well as one last
# month", "a raid on Friday and another on Monday") and the words that add it
_FURTHER_ITEMS = frozenset({"one", "another", "ones", "others"})
_ADDING_WORDS = frozenset({"and", "as", "or", "plus"})


def _dates_a_further_item(first: Token, event_tok: Token) -> bool:
    """ "claimed Tuesday's ambush, as well as one last month": an expression (``first``: its first token)
    right after a pronoun that adds one more of the thing named dates that further item, not the act told
    before it, however the parser hung the expression."""
    doc, k = first.doc, first.i - 1
    if k >= 0 and doc[k].pos_ == "ADP":
        k -= 1  # "and another on Monday"
    item: Token | None = None
    while k >= 0 and doc[k].lower_ in _FURTHER_ITEMS:
        item, k = doc[k], k - 1  # "another one"
    if item is None or k < 0 or doc[k].lower_ not in _ADDING_WORDS:
        return False
    return event_tok.i < k


def _noun_named_of_time(tok: Token) -> Token | None:
    """The noun an expression completes after "of" ("survivors of the May 4 flood", "the attacks of
    2001"): it names what belongs to that time. None for a noun of time itself ("the morning of May 3",
    "the end of 2013" place the clause) and for anything else."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return None
    noun = tok.head.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.lemma_.lower() in _STRETCH_NOUNS:
        return None
    return noun


# nouns of a time or of a part of one: "the morning of May 3", "the end of 2013" still place the clause
_STRETCH_NOUNS = frozenset(
    {"day", "night", "morning", "afternoon", "evening", "week", "weekend", "month", "year", "end", "start",
     "beginning", "middle", "half", "part", "spring", "summer", "autumn", "fall", "winter", "eve", "dawn",
     "close", "course", "rest", "remainder", "quarter", "period", "season", "term", "session"}
)  # fmt: skip


def _modified_noun(tok: Token) -> Token | None:
    """The noun an expression modifies, also through an adjective it modifies in turn ("Democratic 2020
    candidates", parsed with "2020" under "Democratic"); None when it modifies no noun."""
    for _ in range(3):  # an adjective or two between, no more
        if tok.dep_ not in _NOUN_MODIFIER or tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ in ("NOUN", "PROPN"):
            return tok
        if tok.pos_ != "ADJ":
            return None
    return None


def _relative_clause_time(state: DocState, tok: Token, in_sentence: list[TimeExpr]) -> TimeExpr | None:
    """The expression that dates the relative clause of an event noun, which is the noun's time too: "the
    annual budget request that was released in early February", "the attack that killed 20 on Monday"."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    for rel in (c for c in tok.children if c.dep_ == "relcl"):
        for t in in_sentence:
            span = state.doc.char_span(t.start, t.end, alignment_mode="expand")
            if span is not None and len(span) and clause_head(span.root) == rel:
                return t
    return None


def _dated_antecedent(state: DocState, clause: Token, in_sentence: list[TimeExpr]) -> TimeExpr | None:
    """The expression that dates the noun a relative clause describes, which is the clause's time too:
    "the May 4, 2031, raid in which two guards were killed", "the 2029 raid that freed them"."""
    if not _relative_clause(clause):
        return None
    noun = _first_conjunct(clause).head
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    for t in in_sentence:
        span = state.doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is not None and len(span) and _modified_noun(_first_conjunct(span.root)) == noun:
            return t
    return None


# nouns of a stretch of time a relative clause may tell what happened in ("Dec. 29, the day the
# administration announced ...")
_TIME_NOUNS = frozenset(
    {"day", "night", "morning", "afternoon", "evening", "week", "weekend", "month", "year"}
)
_APPOSITION_GAP = re.compile(r"\s*[,–—-]\s*")


def _time_the_clause_describes(
    state: DocState, clause: Token, in_sentence: list[TimeExpr]
) -> TimeExpr | None:
    """The expression a relative clause describes: "in 2011, when Congress approved the deals" (its head
    inside the expression), or that of a time noun after a comma, however the parser hangs it ("on Dec.
    29, the day the administration announced the expulsions", "in 2016, the year when the party lost")."""
    if clause.dep_ != "relcl":
        return None
    noun = clause.head
    for t in in_sentence:
        if t.start <= noun.idx < t.end:
            # "in 2011, when Congress approved the deals", "until earlier this month, when both sides
            # announced a pact": the clause's head is the expression; not "since 2014, which his wife said
            # was due to illness", which tells of the whole stretch that expression bounds
            bound = _bounding_phrase(noun) is not None
            return t if not bound or any(c.lower_ == "when" for c in clause.children) else None
    if noun.lemma_.lower() not in _TIME_NOUNS:
        return None
    text = state.article.text
    for t in in_sentence:
        if t.end <= noun.left_edge.idx and _APPOSITION_GAP.fullmatch(text, t.end, noun.left_edge.idx):
            return t
    return None


_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")
# subordinators of a clause whose act runs at the same time as its governor's ("briefed the crew as he sailed
# home on Thursday")
_ALONGSIDE = frozenset({"as", "while", "whilst"})


def _time_of_a_clause_alongside(
    state: DocState, clause: Token, in_sentence: list[TimeExpr]
) -> TimeExpr | None:
    """The day-level expression that dates an "as"/"while" clause of ``clause``: the two acts run
    together, so it dates the governing one too ("Okafor briefed the crew as he sailed home on Thursday")."""
    for sub in clause.children:
        # after its governor: a "while" clause before it mostly sets a contrast ("While the judge set
        # March 5 as the date, she said ...")
        if sub.dep_ != "advcl" or sub.i < clause.i:
            continue
        if not any(c.dep_ == "mark" and c.lower_ in _ALONGSIDE for c in sub.children):
            continue
        for t in in_sentence:
            if _DAY_VALUE.match(t.value or "") and _governs(t, state, sub, sub) and _adverbial(state, t):
                return t
    return _day_of_the_setting(state, clause, in_sentence)


# participles that point back to an earlier act or ahead to a coming one rather than set the scene of the
# clause ("Citing a report on Tuesday, ...", "Facing a vote on Tuesday, ...": that act's day, not the clause's)
_POINTING_ELSEWHERE = frozenset(
    {"cite", "recall", "refer", "remember", "recount", "describe", "note", "quote",
     "face", "await", "expect", "anticipate", "prepare", "plan", "eye"}
)  # fmt: skip


def _day_of_the_setting(state: DocState, clause: Token, in_sentence: list[TimeExpr]) -> TimeExpr | None:
    """The day-level expression of the occasion a clause is told inside: a bare -ing participle clause
    on it ("Speaking at a rally on Tuesday, Okafor called ...") or a participle on its in/at/during
    occasion noun ("In remarks published Sunday, Okafor said ..."). The act is told at that occasion, so
    its day is the clause's too, though the parser hangs the expression under the participle."""
    for sub in _setting_participles(clause):
        for t in in_sentence:
            root = _span_root(state, t)
            if root is not None and _DAY_VALUE.match(t.value or "") and _places_the_occasion(root, sub):
                return t
    return None


def _places_the_occasion(root: Token, participle: Token) -> bool:
    """Whether the expression at ``root`` tells when the participle's act or occasion was ("speaking on
    Tuesday", "speaking at a rally on Tuesday", "remarks published Tuesday"), not when a thing it is
    about was ("facing a vote on Tuesday", "responding to the attack on Tuesday")."""
    if root.dep_ not in ("pobj", "npadvmod"):
        return False
    holder = root.head.head if root.dep_ == "pobj" else root.head
    if root.dep_ == "pobj" and root.head.lower_ not in ("on", "at"):
        return False  # "since Tuesday", "until Tuesday": a bound, not the occasion's day
    if holder == participle:
        return True
    if holder.dep_ == "pobj" and holder.head.lower_ in ("at", "in") and holder.head.head == participle:
        return True  # "speaking at the naval academy on May 28": the place of the occasion
    return holder.lemma_.lower() in _OCCASION_NOUNS and clause_head(holder) == participle


def _setting_participles(clause: Token) -> list[Token]:
    """The participle clauses that set the scene of ``clause``: an -ing clause with no subordinator,
    subject or "having" of its own ("Speaking at a rally on Tuesday, ..."), and a participle describing
    the occasion noun of an in/at/during phrase ("in an interview published Tuesday")."""
    found = []
    for sub in clause.children:
        if sub.dep_ == "advcl" and sub.tag_ == "VBG" and _bare_participle(sub) and _set_off(sub, clause):
            found.append(sub)
        if sub.dep_ == "prep" and sub.lower_ in _OCCASION_PREPS:
            for noun in sub.children:
                if noun.dep_ == "pobj" and noun.lemma_.lower() in _OCCASION_NOUNS:
                    found += [c for c in noun.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBG")]
    return [p for p in found if p.lemma_.lower() not in _POINTING_ELSEWHERE]


def _set_off(participle: Token, clause: Token) -> bool:
    """Whether the participle clause opens the sentence ("Speaking on Tuesday(,) X said") or a comma parts
    it from its clause ("X said ..., speaking on Tuesday"); "looks forward to Okafor speaking on May 1" is
    no scene but an object."""
    doc = participle.doc
    if participle.i < clause.i:
        after = participle.right_edge.i + 1
        opens = participle.left_edge.i == participle.sent.start
        return opens or (after < len(doc) and doc[after].text == ",")
    before = participle.left_edge.i - 1
    return before >= 0 and doc[before].text == ","


def _bare_participle(verb: Token) -> bool:
    """No subordinator ("after speaking"), subject or perfect auxiliary ("having lost") of its own."""
    return not any(
        c.dep_ in ("mark", "nsubj", "nsubjpass") or (c.dep_ == "aux" and c.lower_ == "having")
        for c in verb.children
    )


def _span_root(state: DocState, t: TimeExpr) -> Token | None:
    span = state.doc.char_span(t.start, t.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _adverbial(state: DocState, t: TimeExpr) -> bool:
    """Whether the expression tells when ("on Thursday", "Thursday") rather than being what is acted on
    ("set March 5 as the date")."""
    span = state.doc.char_span(t.start, t.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and span.root.dep_ in ("pobj", "npadvmod")


def _same_subject_first_verb(clause: Token) -> Token | None:
    """The first verb of a past conjunction whose second verb has no subject of its own ("released ...
    and indicated"), else None."""
    if clause.dep_ != "conj" or clause.tag_ != "VBD" or clause.head.i == clause.i:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
        return None
    first = clause.head
    return first if first.pos_ in ("VERB", "AUX") and first.tag_ == "VBD" else None


def _subordinated_on_the_way(root: Token, clause: Token) -> bool:
    """Whether a token between the expression and its clause's verb carries a subordinator ("while",
    "because", "although") that stands before the expression: a misparsed subordinate clause."""
    for anc in [root, *root.ancestors]:
        if anc.i == clause.i:
            return False
        if any(c.dep_ == "mark" and c.i < root.i for c in anc.children):
            return True
    return False


# What may open a sentence before its time expression: "In 2004, ...", "But on Friday, ...".
_FRONT_LEAD = re.compile(
    r"\W*(?:(?:but|and|yet|then)\s+)?(?:(?:back\s+)?in|on|at|during|by|as\s+of)?\s*", re.I
)
# Clause markers that set a clause's own time apart from the sentence's ("before the vote, ...").
_OWN_TIME_MARKS = _EARLIER_LATER | {"unless", "if"}


def _fronted(state: DocState, sentence: int, in_sentence: list[TimeExpr], tok: Token) -> TimeExpr | None:
    """A time expression opening the sentence before a comma ("In 2004, Kurds, many of whom are denied
    citizenship, mounted protests") is the time of every clause in it: the parser often hangs it off a
    clause nested in between, so it is taken by position when no expression governs the clause."""
    text = state.article.text
    start = state.sentences[sentence].start
    for t in in_sentence:
        if not _FRONT_LEAD.fullmatch(text, start, t.start) or not text[t.end : t.end + 3].lstrip().startswith(
            ","
        ):
            continue
        for anc in [tok, *tok.ancestors]:
            if any(c.dep_ in ("mark", "advmod") and c.lower_ in _OWN_TIME_MARKS for c in anc.children):
                return None  # "In 2004, before the vote was held, ..." has a time of its own
        clause = clause_head(tok)
        if _perfect(clause) and clause.head.i != clause.i:
            return None  # "On Saturday, Trump said X has been killed": the killing came before the saying
        if _in_relative_clause(clause) and parse_day(t.value) is not None:
            # "On Wednesday, ministers denounced the accord in which the two states agreed on borders": a
            # relative clause tells what a participant did, mostly before the day (as with the narrative
            # day below); a year or month ("In 2004, ... protests in which 30 people were killed") holds it
            return None
        return t
    return None


def date_for_span(state: DocState, sentence: int, head_char: int) -> tuple[str | None, DateSource | None]:
    """Date of the clause containing the token at ``head_char`` in sentence ``sentence`` (rule in the module doc)."""
    if not (0 <= sentence < len(state.sentences)):
        return None, None
    tok = token_at(state.doc, head_char)
    if tok is None:
        return None, None
    return _date_of(state, sentence, tok, head_char, 0)


_MAX_INHERIT_DEPTH = 4
# what follows the date that heads a chronology line: "March 3: ...", "1998 — ...", "Jan. 5, 2018 - ..."
_ENTRY_MARK = re.compile(r"[ \t]*(?::|[—–]|[ \t]-)[ \t]")


def _chronology_entry_date(state: DocState, char: int) -> TimeExpr | None:
    """The date that opens the line holding ``char`` and is set off from it by a colon or a dash: a
    chronology entry, whose every clause is of that date, told in the present or not."""
    text = state.article.text
    line_start = text.rfind("\n", 0, char) + 1
    on_line = [t for t in state.timexes if line_start <= t.start and t.end <= char]
    if not on_line:
        return None
    first = min(on_line, key=lambda t: t.start)
    if text[line_start : first.start].strip() or first.type != "DATE" or not _datable(first):
        return None
    return first if _ENTRY_MARK.match(text, first.end) else None


def _date_of(
    state: DocState, sentence: int, tok: Token, anchor: int, depth: int
) -> tuple[str | None, DateSource | None]:
    clause = clause_head(tok)
    in_sentence = [
        t for t in state.timexes if t.sentence == sentence and _datable(t) and not _cited(state, t)
    ]
    if _outside_quoted_words(state, tok, anchor):
        # "Marren wrote: “In 2015 we lost the port.”": a time the quoted words name is of what they tell,
        # not of the saying nor of any act told outside the quotation marks
        in_sentence = [t for t in in_sentence if not _in_quoted_words(state, t.start)]
    governing = [t for t in in_sentence if _governs(t, state, tok, clause)]
    phrase = _earlier_or_later_phrase(tok, clause)
    if phrase is not None:
        # "a few months after Brek's release", "before the full-day summit": the act named in such a
        # phrase is before or after the time of the clause around it, and only an expression inside the
        # phrase dates it ("after the vote on Tuesday")
        governing = [t for t in governing if phrase.left_edge.idx <= t.start < phrase.right_edge.idx + 1]
        if not governing:
            return None, None
    if _counterfactual(clause):
        # "If the strike had dragged on past Thanksgiving, the port would have closed": neither act took
        # place, so no time the sentence names is theirs
        return None, None
    if _act_of_another_time(tok, clause) and not _quotation_start(state, tok, anchor):
        # "voted Tuesday against the governor's proposed accord", "said Friday he would renounce the
        # treaty": an act named as to come, as before, or as the known thing a plan or possibility is about
        # has a time of its own; only an expression in its own phrase ("the upcoming talks on Friday") or
        # relative clause ("the proposed sale that was made public Monday") dates it
        governing = [t for t in governing if _inside_phrase_of(t, tok, clause)]
        if not governing and _relative_clause_time(state, tok, in_sentence) is None:
            return None, None
    governing = [t for t in governing if not _deadline_ahead_of_a_done_act(state, t, clause)]
    if governing:
        value = _clause_value(min(governing, key=lambda t: abs(t.start - anchor)))
        return (value, "timex") if value else (None, None)
    entry_date = _chronology_entry_date(state, tok.idx)
    if not governing and entry_date is not None:
        # "2003: Veloria rejoins the alliance and signs a pact": a chronology line's own date heads it
        value = _clause_value(entry_date)
        return (value, "timex") if value else (None, None)
    told_of = _relative_clause_time(state, tok, in_sentence) or _dated_antecedent(state, clause, in_sentence)
    if told_of is not None:
        value = _clause_value(told_of)
        return (value, "timex") if value else (None, None)
    of_time = _time_the_clause_describes(state, clause, in_sentence) or _time_of_a_clause_alongside(
        state, clause, in_sentence
    )
    if of_time is not None:
        value = _clause_value(of_time)
        return (value, "timex") if value else (None, None)
    if _charged_act(clause):
        # "was convicted in 2010 of obstructing the inquiry", "In 2010, he was convicted of ...": the act
        # charged came before the verdict, whose date it does not share
        return None, None
    if _completes_a_noun(clause):
        # "a policy against indicting a sitting leader", "plans for trying him": a kind of act, not one
        # that took place
        return None, None
    if _gerund_of_another_time(clause):
        # "since leaving office", "before visiting the port": an act of another time, not of the
        # publication day its own form would give
        return None, None
    if _gerund_subject(clause) and not _after_open_quote(state, anchor):
        # "Accepting Veloria as a partner would be a concession", "Talking to the rebels is a better idea":
        # a gerund that is its sentence's subject names a course weighed, not an act of any day (one
        # right after an opening quotation mark is left to the rules for a quotation's first word)
        return None, None
    if _on_a_day_counted_from_an_event(clause):
        # "On the eve of the vote, Okafor told reporters ...": the day before an event the sentence does
        # not date, neither the publication day nor the day the sentences before were telling
        return None, None
    fronted = _fronted(state, sentence, in_sentence, tok)
    if fronted is not None:
        value = _clause_value(fronted)
        return (value, "timex") if value else (None, None)
    gov = _participle_governor(clause)
    if gov is not None and depth < _MAX_INHERIT_DEPTH:
        # a speech participle too ("spoke to the assembly, adding that ...", "quoted him as saying"): it has
        # no tense of its own, and the publication day its present form got was wrong for 15 of 17 such
        # quote cues under a past verb on real news (speeches and tweets told weeks later)
        found = _date_of(state, sentence, gov, gov.idx, depth + 1)
        if found[0] is not None or not _runs_along(clause):
            return found
        # "it said, while praising ...": an undated governor leaves a "while" participle its own reading
    first = _same_subject_first_verb(clause)
    if first is not None and depth < _MAX_INHERIT_DEPTH:
        value, source = _date_of(state, sentence, first, first.idx, depth + 1)
        if source == "timex" and value is not None and _DAY_VALUE.match(value):
            # "released a statement Monday ..., and also indicated that ...": the second past verb of one
            # subject, with no time of its own, is of the first one's day (a year is too coarse for that:
            # "joined the firm in 2001 and rose to chief executive")
            return value, source
    ordinal_gov = _ordinal_infinitive_governor(clause)
    if ordinal_gov is not None and depth < _MAX_INHERIT_DEPTH:
        # "was the only leader to host them at the lodge", "is the first president to visit the island": the
        # infinitive tells the act the clause counts, at the clause's time ("was" years ago, "is" now)
        return _date_of(state, sentence, ordinal_gov, ordinal_gov.idx, depth + 1)
    noun_gov = _noun_participle_governor(clause)
    if noun_gov is not None and depth < _MAX_INHERIT_DEPTH:
        value, source = _date_of(state, sentence, noun_gov, noun_gov.idx, depth + 1)
        if source != "timex" and tok.i == clause.i and verb_tense(noun_gov) == PAST:
            # "repeated remarks he made in an interview supporting the senator": a past clause with no day
            # of its own leaves its noun's participle without one too, not the publication day of its form
            # (not a noun inside the participle's phrase: "lawyers representing witnesses in the inquiry")
            return value, source
        if source == "timex" and value is not None:
            # "charmed the guests Friday night at a party welcoming him": a participle that modifies a noun
            # has no tense of its own, and is of the time an expression gives the clause the noun is in
            return value, source
    if _named_as_earlier(tok) or (clause.dep_ == "acl" and _named_as_earlier(clause.head)):
        # "the previous round of talks", "a recent phone call asking the leader to help": an act before
        # the day of the story, whose day the publication date is not
        return None, None
    if _named_as_later_or_possible(tok):
        # "ahead of the upcoming talks", "the potential strike": an act to come or that may come
        return None, None
    if _later_from_the_past(clause):
        # "She would later confess the result shocked her": an act after a past moment of the story, at a time
        # of its own, not the publication day its modal form would give
        return None, None
    occasion = _occasion_told_before(clause)
    if occasion is not None:
        # "In that interview, Okafor said ...": a saying placed at an occasion the story told of before is
        # of that occasion's day, which only its earlier mention can give; the publication day is not it
        own_time = _time_of_occasion(state, occasion)
        if own_time is not None:
            value = _clause_value(own_time)
            return (value, "timex") if value else (None, None)
        earlier = _earlier_mention(state, sentence, occasion)
        if earlier is not None:
            return _day_of_earlier_mention(state, earlier, depth)
    if tok.i == clause.i and _group_opinion(clause):
        # "Critics say the plan will fail", "others say": a view a group holds at large, said on no one day
        return None, None
    dct = parse_day(state.dct)
    if dct is None:
        return None, None
    tense = (
        verb_tense(clause)
        if clause.pos_ in ("VERB", "AUX")
        else lexical_tense(state.article.text, tok.idx, tok.idx + len(tok.text))
    )
    if tense == PAST and _known_act_talked_about(tok, clause) and not _quotation_start(state, tok, anchor):
        # "Moscow called the sanctions destructive", "delay voting on his call", "the meeting was poorly
        # timed": a past clause about an act it names as already known (a definite or possessed noun) tells
        # what was said or done about the act afterwards; the act's own day is not the clause's
        return None, None
    if tense == PAST and _placed_by_another_act(clause):
        # "signed a new accord on Wednesday, five months after Lisbon suspended the old one": a clause
        # placed before or after another act has its own day, which the publication date is not
        return None, None
    if tense == PAST and _asked_or_conditional(clause):
        # "asked whether the envoy called the rebels": an act asked about is not told
        return None, None
    if tense != PAST:
        if _undated_present(state, sentence, clause, tok):
            return None, None
        if _standing_relative(clause) or _standing_passive(state, sentence, clause):
            # "a faction that backs the rival council", "he is charged with fraud": what a participant is
            # or does at large, or a state the clause reports, is no act of the publication day
            return None, None
        if _unrealized(clause, tok) and not _quotation_anchor(state, tok, anchor):
            return None, None
        if (
            _perfect_progressive(clause)
            and _in_quotation(state, clause.idx)
            and not _quotation_anchor(state, tok, anchor)
        ):
            # "“We have been working on this for years,” Okafor said Thursday": an activity running up to
            # the saying, of no single day, not one of the saying's day
            return None, None
        said = _dated_saying(state, tok)
        if said is None and depth < _MAX_INHERIT_DEPTH:
            said = _dated_report(state, sentence, clause, depth)
        if said is not None:
            # "We'll do sanctions," Graham told CNN Monday; Last year, he insisted, "... But I want to make
            # great deals.": quoted words speak in the present of their saying, whose date is known; so do
            # reported words: "said on Thursday it would send aid" is a plan of Thursday
            return said
        if occasion is not None or (
            not _quotation_start(state, tok, anchor)
            and (not _goes_on_that_day(state, sentence, clause) or _object_of_ongoing_act(tok, clause))
        ):
            # "Kastan sends troops", "will sign the accord", "could collapse", "the group that is backing
            # him": of the present and future forms judged, only the progressive was of the day often enough;
            # a quotation dated by its first word is dated as its saying, whatever the tense of its words
            return None, None
        return day_value(dct), "dct"
    m = _TIME_OF_DCT.search(state.dct or "")
    if m and occasion is None:
        hour = int(m.group(1))
        day = dct - timedelta(days=1) if hour < _EARLY_EDITION_HOUR else dct
        return day_value(day), "dct"
    if _perfect(clause):
        # "The US has insisted on two states since ...", "AQAP has been considered the most dangerous
        # affiliate for years": a state up to now, not an act on the day the story is telling; "had
        # reached an agreement": before that day
        return None, None
    if _set_in_earlier_time(state, sentence, clause):
        return None, None
    if _relative_clause(clause) or _reduced_relative(clause):
        # "Officers detained Marren, who criticised the mayor (and ...)", "three men jailed abroad": a relative
        # clause tells what a participant is or did before; of 13 such clauses that inherited the narrative
        # day on real news, 3 were right
        return None, None
    if _told_over_a_stretch(state, sentence, tok, clause):
        # "For months, the ministry denied ...", "survivors' groups have in the past called for ...": an act
        # told over a long stretch is no act of the day the sentences before were telling
        return None, None
    if _past_act_told_by_a_speaker(state, tok, clause) and not _quotation_start(state, tok, anchor):
        # "Okafor said the ministry violated the law", "“They broke the contract,” Marren said": a
        # speaker's past act is some time before the saying, not the day the sentences before were telling
        # (all 7 such acts that inherited one in 150 judged dates on as15 were wrong); a day the act's own
        # object names still dates it ("said it staged Friday's raid")
        performed = _day_of_the_act_performed(state, clause, in_sentence)
        value = _clause_value(performed) if performed is not None else None
        return (value, "timex") if value else (None, None)
    if _never_done(clause):
        # "The ministry never censored the reports": an act that never took place has no day to inherit
        return None, None
    inherited = _narrative_day(state, sentence, saying=is_speech_verb(clause), clause=clause)
    if inherited is not None:
        # "inferred", not "timex": no expression governs this clause, and on real news such days were right
        # about half the time, so users who keep only expression-dated events must be able to drop them
        return inherited, "inferred"
    if _active_saying(clause) and occasion is None and not _other_time_nearby(state, sentence, dct):
        # "Okafor said the port would reopen." in a story whose last sentences name no time: a saying
        # reported as news is of the publication day (right for 66 of 75 judged on as16 and as15; most
        # misses are a day late), while one near another time ("In July, the agency said ...": right for
        # only half) stays undated
        return day_value(dct), "dct"
    return None, None


# Occasions a saying is placed at ("in that interview", "at the hearing", "during his speech").
_OCCASION_NOUNS = frozenset(
    {"interview", "hearing", "speech", "address", "testimony", "remark", "remarks", "appearance",
     "conference", "briefing", "rally", "debate", "podcast", "broadcast", "sermon", "lecture", "session",
     "meeting", "call", "conversation", "statement", "letter", "post", "memo", "video", "tweet"}
)  # fmt: skip
_OCCASION_PREPS = frozenset({"in", "at", "during"})
_DEMONSTRATIVES = frozenset({"that", "this", "those", "these"})
_EARLIER_MENTION_SENTENCES = 15  # how far back the occasion's first mention is looked for
_NAMED_OCCASION_SENTENCES = 40  # ... and one the occasion's own name ties to it


def _occasion_told_before(clause: Token) -> Token | None:
    """The occasion noun of an "in/at/during" phrase on a saying, when its determiner marks it as one told
    before: a demonstrative or possessive ("in that interview", "during his speech"), or "the" with nothing
    after the noun that would introduce it ("at the hearing"; not "at the meeting of the port board")."""
    if not is_speech_verb(clause):
        return None
    for prep in clause.children:
        if prep.dep_ != "prep" or prep.lower_ not in _OCCASION_PREPS:
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and noun.lemma_.lower() in _OCCASION_NOUNS and _told_before(noun):
                return noun
    return None


def _told_before(noun: Token) -> bool:
    """Whether the determiner of ``noun`` refers back to an occasion already told of ("in his own tweet"
    tells of a new one)."""
    if any(c.lower_ == "own" for c in noun.children):
        return False
    if any(c.dep_ == "poss" for c in noun.children):
        return True
    det = next((c.lower_ for c in noun.children if c.dep_ == "det"), None)
    if det in _DEMONSTRATIVES:
        return True
    introduced = any(c.dep_ in ("prep", "acl", "relcl") and c.i > noun.i for c in noun.children)
    return det == "the" and not introduced


def _time_of_occasion(state: DocState, occasion: Token) -> TimeExpr | None:
    """A datable expression inside the occasion's own phrase ("at Thursday's hearing"): it dates the
    occasion, though as a noun's modifier it governs no verb."""
    start, end = occasion.left_edge.idx, occasion.idx + len(occasion.text)
    inside = [t for t in state.timexes if start <= t.start and t.end <= end and _datable(t)]
    return inside[0] if inside else None


def _earlier_mention(state: DocState, sentence: int, occasion: Token) -> Token | None:
    """The nearest mention of the occasion's noun in the sentences before ``sentence``. When the occasion
    carries a name ("at the Orvik rally"), the nearest in a sentence that names it too, from further back
    (a story may tell of two rallies, and of the one it names at length); failing that, the nearest whose
    own phrase names nothing else ("a rally in Delvane" is another rally)."""
    lemma = occasion.lemma_.lower()
    names = _occasion_names(occasion)
    reach = _NAMED_OCCASION_SENTENCES if names else _EARLIER_MENTION_SENTENCES
    unnamed: Token | None = None
    for idx in range(sentence - 1, max(-1, sentence - 1 - reach), -1):
        sent = state.sentences[idx]
        span = state.doc.char_span(sent.start, sent.end, alignment_mode="expand")
        found = [t for t in span or () if t.lemma_.lower() == lemma and t.pos_ == "NOUN"]
        if not found:
            continue
        if not names or any(t.pos_ == "PROPN" and t.lower_ in names for t in span or ()):
            return found[-1]
        if (
            unnamed is None
            and sentence - idx <= _EARLIER_MENTION_SENTENCES
            and not _occasion_names(found[-1])
        ):
            unnamed = found[-1]
    return unnamed


def _occasion_names(occasion: Token) -> frozenset[str]:
    """The proper-noun words of the occasion's own phrase ("the Metz rally" gives "metz")."""
    return frozenset(t.lower_ for t in occasion.subtree if t.pos_ == "PROPN" and t.i != occasion.i)


def _day_of_earlier_mention(
    state: DocState, mention: Token, depth: int
) -> tuple[str | None, DateSource | None]:
    """The date of the clause that first told of an occasion, when an expression or the narrative gives
    one; else none (the publication day its form might get is no evidence of the occasion's day)."""
    if depth >= _MAX_INHERIT_DEPTH:
        return None, None
    sentence = state.sentence_index(mention.idx)
    value, source = _date_of(state, sentence, mention, mention.idx, depth + 1)
    return (value, source) if source in ("timex", "inferred") else (None, None)


_PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re", "'m"})


def _goes_on_that_day(state: DocState, sentence: int, clause: Token) -> bool:
    """Whether a present or future clause with no time of its own tells what goes on on the publication
    day: a heading or caption (the news of the day), or a present progressive in the body ("the army is
    shelling the port", "is being questioned"), not in a relative clause ("rebels who are fighting the
    army", a standing trait), not perfect ("have been warning for years") and not within quotation marks
    (the speaker's present, not the page's). Judged on as15, as16 and as17, the progressive so told was right
    54 times in 61; the plain present (10 of 37 on as17), "will" (3 of 25), other modals, infinitives,
    participles and the present passive were right a quarter of the time or less (module doc)."""
    if state.sentences[sentence].block_kind != "body":
        return True
    if clause.dep_ == "relcl" or _in_quotation(state, clause.idx):
        return False
    auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lemma_.lower() == "have" or a.lower_ == "been" for a in auxes):
        return False
    progressive = clause.tag_ == "VBG" or (clause.tag_ == "VBN" and any(a.lower_ == "being" for a in auxes))
    return progressive and any(a.lower_ in _PRESENT_BE for a in auxes)


def _object_of_ongoing_act(tok: Token, clause: Token) -> bool:
    """An act noun that an ongoing act works on without carrying it out: "is reviewing its
    cooperation" (a standing tie), "are organizing protests" (protests to come), "is investigating the
    shooting" (an earlier act). Not what a realizing verb carries out ("is holding talks")."""
    obj = tok
    while obj.dep_ == "conj" and obj.head.i != clause.i:
        obj = obj.head  # "its cooperation and exchanges"
    if tok.pos_ != "NOUN" or obj.dep_ != "dobj" or obj.head.i != clause.i:
        return False
    lemma = clause.lemma_.lower()
    return lemma not in _REALIZING_VERBS and lemma not in _ALONGSIDE_VERBS


# verbs whose object act goes on while they do: "are stepping up attacks", "are confronting an offensive"
_ALONGSIDE_VERBS = frozenset(
    {"step", "intensify", "escalate", "wage", "ramp", "expand", "face", "confront", "resist", "fight", "endure",
     "repel", "suffer"}
)  # fmt: skip


# verbs that only report words: what "threatened", "praised", "denied" or "agreed" tell is as often an
# act of weeks before (12 of 30 such acts right on as16 with the publication day), so they stay undated
_WORDS_ONLY = frozenset(
    {"say", "tell", "add", "write", "tweet", "insist", "claim", "announce", "report", "state", "confirm"}
)
_NEARBY_SENTENCES = 2  # the saying's sentence and the two before it


def _active_saying(clause: Token) -> bool:
    """An active saying ("Okafor said ..."), not a passive one ("the closure was announced"), which names
    the act announced rather than a speaker's words of the day."""
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in clause.children)
    return clause.lemma_.lower() in _WORDS_ONLY and not passive


def _other_time_nearby(state: DocState, sentence: int, dct: date) -> bool:
    """Whether the sentence or the two before it name a date or time other than the publication day
    (a duration or a "now" names none): a saying there may belong to that time. A time inside quoted
    words is of what the words tell, not of when they were said ("“We lost the port in March,” she said"
    is said now)."""
    for t in state.timexes:
        if not (sentence - _NEARBY_SENTENCES <= t.sentence <= sentence) or t.type in ("DURATION", "SET"):
            continue
        if t.value == "PRESENT_REF" or _in_quoted_words(state, t.start):
            continue
        if t.value is None or parse_day(t.value) != dct:  # no value: "that night", "the next day"
            return True
    return False


_YEAR = re.compile(r"\d{4}")


def _clause_value(t: TimeExpr) -> str | None:
    """The date a time expression gives the clause it governs. A stretch of years ("from 2013 to 2019",
    "2009–11") is no one year: the clause gets the decade holding both ends, or no date when it crosses
    a decade. Day and month ranges keep their first day or month, where the stretch begins."""
    if t.end_value is None or not (_YEAR.fullmatch(t.value or "") and _YEAR.fullmatch(t.end_value)):
        return t.value
    first, last = t.value or "", t.end_value
    if first == last:
        return first
    return first[:3] if first[:3] == last[:3] else None


# verbs and adjectives of a verdict, a charge, blame or praise: the act named after "of", "for" or "with"
# ("convicted of obstructing", "arrested for selling", "charged with killing") is what was done before
_CHARGE_HEADS = frozenset(
    {"convict", "accuse", "charge", "indict", "sentence", "arrest", "jail", "imprison", "fine", "punish",
     "blame", "sue", "prosecute", "acquit", "guilty", "innocent", "suspect", "detain", "condemn", "criticize",
     "criticise", "fault", "praise", "thank", "apologize", "apologise", "credit", "pardon", "suspend",
     "expel", "fire", "dismiss", "penalize", "penalise", "censure", "investigate", "try"}
)  # fmt: skip
_CHARGE_PREPOSITIONS = frozenset({"of", "for", "with"})


def _charged_act(clause: Token) -> bool:
    """A gerund, or a verb joined to one, that names the act of a charge, verdict or blame
    ("convicted of making false statements and obstructing ...", "found guilty of stealing")."""
    first = _first_conjunct(clause)
    if first.tag_ != "VBG" or first.dep_ != "pcomp":
        return False
    prep = first.head
    return prep.lower_ in _CHARGE_PREPOSITIONS and prep.head.lemma_.lower() in _CHARGE_HEADS


def _relative_clause(clause: Token) -> bool:
    """A relative clause, or a verb joined to one by "and" ("in which they agreed ... and allowed ...")."""
    return _first_conjunct(clause).dep_ == "relcl"


def _in_relative_clause(clause: Token) -> bool:
    """A relative clause, or a clause it reports or holds ("a leader, whom the US says it considers its
    second", "considers" under the relative "says")."""
    cur = clause
    for _ in range(8):  # a few nested clauses at most
        if _relative_clause(cur):
            return True
        if cur.dep_ not in ("ccomp", "xcomp", "conj", "advcl") or cur.head.i == cur.i:
            return False
        cur = clause_head(cur.head)
    return False


def _first_conjunct(tok: Token) -> Token:
    """The first of the coordinated words ``tok`` belongs to ("making" for "obstructing" in "making ... and
    obstructing")."""
    for _ in range(10):  # a few levels at most: a parse loop must not hang us
        if tok.dep_ != "conj" or tok.head.i == tok.i:
            break
        tok = tok.head
    return tok


# dependencies that leave what a speech verb reports: an adverbial clause tells when or why it was said
# ("said after the vote that ..."), a relative clause describes a participant
_OUTSIDE_THE_REPORT = frozenset({"advcl", "relcl", "nsubj", "nsubjpass", "csubj", "npadvmod"})


def _past_act_told_by_a_speaker(state: DocState, tok: Token, clause: Token) -> bool:
    """Whether the past act at ``clause`` is told by a speaker rather than by the story: inside quotation
    marks, or in what a speech verb reports, through its complement ("said the ministry sold two
    ferries", "said the main issue is the fact that it sold ...")."""
    if is_speech_verb(clause):
        return False  # a saying, also one quoted inside another, is dated by the rules for sayings
    if _cue_of_a_source(tok, clause):
        return False
    if any(_in_quotation(state, t.idx) for t in (tok, clause)):
        # "“I wanted to share it at the meeting”", "“We were betrayed”": a wish or harm of the time
        # recalled, too
        return True
    if _held_while_telling(clause) or _suffered(clause):
        return False
    cur = clause
    for _ in range(_UNREALIZED_DEPTH + 2):
        if cur.head.i == cur.i or cur.dep_ in _OUTSIDE_THE_REPORT:
            return False
        link, cur = cur.dep_, cur.head
        if is_speech_verb(cur):
            # unquoted words before the verb are the story's own ("Police raided the house; however, they
            # said ..." parses the raid as what was said)
            return link in ("ccomp", "parataxis") and clause.i > cur.i
    return False


# verbs of a wish or plan the speaker holds as they speak ("said she hoped to reopen the depot"):
# a state of the saying's time, not an act before it
_HELD_WHILE_TELLING = frozenset({"want", "hope", "wish", "need", "intend", "plan", "expect"})


def _held_while_telling(clause: Token) -> bool:
    return clause.lemma_.lower() in _HELD_WHILE_TELLING


def _cue_of_a_source(tok: Token, clause: Token) -> bool:
    """The "according to" that cues a report ("according to the audit, “the gates stood open ...”"): the date
    asked for is the report's, which the parser hangs into the quoted clause."""
    return tok.lower_ == "according" and tok.i != clause.i


def _suffered(clause: Token) -> bool:
    """A passive act ("said nine guards were wounded", "said she was hurt"): a casualty or damage report,
    whose act is mostly the one the story is telling, not an older one the speaker recalls."""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in clause.children)


# verbs whose object names the act they perform ("staged Friday's raid", "conducted Monday's search")
_PERFORMING_VERBS = frozenset(
    {"carry", "conduct", "launch", "stage", "perform", "mount", "commit", "execute", "orchestrate"}
)


def _day_of_the_act_performed(state: DocState, clause: Token, in_sentence: list[TimeExpr]) -> TimeExpr | None:
    """The day that modifies the act noun a performing verb takes ("staged Friday's dawn
    raid"): the day of the act the verb performs."""
    if clause.lemma_.lower() not in _PERFORMING_VERBS:
        return None
    objects = {c.i for c in clause.children if c.dep_ == "dobj" and c.pos_ == "NOUN"}
    for t in in_sentence:
        span = state.doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None or not len(span) or not _DAY_VALUE.match(t.value or ""):
            continue
        noun = _modified_noun(_first_conjunct(span.root))
        if noun is not None and noun.i in objects:
            return t
    return None


def _perfect(clause: Token) -> bool:
    """Present or past perfect: "has insisted", "have been considered", "had reached" (also when the
    parser tags a participle spelled like the past as one: "had shot down"), and its progressive: "had
    been looking into his activities for some time"."""
    auxes = [c.lower_ for c in clause.children if c.dep_ == "aux"]
    if not auxes and _shares_first_conjuncts_auxiliary(clause):
        # "has long wanted the depot, and asked banks for credit": the second participle is a perfect too
        auxes = [c.lower_ for c in clause.head.children if c.dep_ == "aux"]
    if not any(a in ("has", "have", "'ve", "had", "'d") for a in auxes):
        return False
    return clause.tag_ in ("VBN", "VBD") or (clause.tag_ == "VBG" and "been" in auxes)


def _perfect_progressive(clause: Token) -> bool:
    """A present perfect progressive: "have been working", "has been pressing"."""
    auxes = [c.lower_ for c in clause.children if c.dep_ == "aux"]
    return clause.tag_ == "VBG" and "been" in auxes and any(a in ("has", "have", "'ve") for a in auxes)


def _shares_first_conjuncts_auxiliary(clause: Token) -> bool:
    """A verb joined to the one before it with no subject or auxiliary of its own, which the first one's
    auxiliary governs too."""
    return (
        clause.dep_ == "conj"
        and clause.head.i != clause.i
        and clause.head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in clause.children)
    )


# subordinators of a participle whose act runs along with its governor's: "While insisting the two
# agencies work together, the president said on Thursday ..."
_AT_THE_SAME_TIME = frozenset({"while", "whilst"})


def _runs_along(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in _AT_THE_SAME_TIME for c in clause.children)


def _participle_governor(clause: Token) -> Token | None:
    """The verb a participle clause without subject or auxiliary of its own takes its time from: "He
    entered the building on Monday, seeking documents" (advcl), "inserted himself by opening the door"
    (gerund after a preposition), "was arrested and charged" (conj sharing the auxiliary), "was seen
    carrying" (xcomp), "The navy, protecting tankers, sank ..." (a subject's modifier set off by a comma).
    None for other clauses, for a noun's restrictive modifier ("forces fighting the rebels" is a state of
    its own), and after "before/after/since/until", whose clause has a time of its own."""
    if clause.tag_ not in ("VBG", "VBN") or clause.head.i == clause.i:
        return None
    if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "expl") for c in clause.children):
        return None
    if clause.dep_ in ("advcl", "xcomp", "conj"):
        gov = clause.head
        if any(c.dep_ == "mark" and c.lower_ not in _AT_THE_SAME_TIME for c in clause.children):
            return None  # "after leaving", "before signing": a subordinate clause with its own bearing
    elif clause.dep_ == "acl" and _set_off_subject_modifier(clause):
        gov = clause.head.head  # "The navy, protecting tankers, sank two boats": the act of the subject
    elif clause.dep_ == "pcomp" and clause.head.dep_ == "prep":
        if clause.head.lower_ in _OWN_TIME_MARKS:
            return None
        gov = clause.head.head
    else:
        return None
    gov = clause_head(gov)
    return gov if gov.pos_ in ("VERB", "AUX") and gov.i != clause.i else None


def _completes_a_noun(clause: Token) -> bool:
    """A gerund after a noun's preposition ("a policy against indicting", "plans for trying him", "a way of
    stopping him"): it names a kind of act, planned, barred or possible, not one that took place. Not a
    noun of a stretch of time ("the day of voting")."""
    first = _first_conjunct(clause)
    if first.tag_ != "VBG" or first.dep_ != "pcomp" or first.head.dep_ != "prep":
        return False
    if any(c.dep_ in _OWN_CLAUSE_DEPS for c in first.children):
        return False  # "in the wake of what police are investigating": a clause of its own
    noun = first.head.head
    return noun.pos_ == "NOUN" and noun.lemma_.lower() not in _STRETCH_NOUNS


def _gerund_subject(clause: Token) -> bool:
    """A gerund heading its clause's subject ("Accepting the offer would be a mistake")."""
    first = _first_conjunct(clause)
    if first.tag_ != "VBG" or first.dep_ not in ("csubj", "csubjpass"):
        return False
    return not any(c.dep_ in ("aux", "auxpass") for c in first.children)


# day nouns that place a clause by an event: "on the eve of the vote", "on the morning of the summit"
_DAYS_OF_AN_EVENT = frozenset({"eve", "day", "morning", "night", "evening", "afternoon"})


def _on_a_day_counted_from_an_event(clause: Token) -> bool:
    """A clause placed "on the eve of <event>" or "on the morning of <event>" (no expression dates it)."""
    for prep in clause.children:
        if prep.dep_ != "prep" or prep.lower_ != "on":
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and noun.lemma_.lower() in _DAYS_OF_AN_EVENT:
                return any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
    return False


# subjects that hold a view as a group, at large: "critics say", "her detractors say", "others say"
_OPINION_GROUPS = frozenset(
    {"critic", "detractor", "admirer", "supporter", "opponent", "skeptic", "sceptic", "proponent", "advocate",
     "analyst", "expert", "observer", "commentator", "other", "many", "some"}
)  # fmt: skip


def _group_opinion(clause: Token) -> bool:
    """A speech verb in the plural simple present whose subject is a group holding a view ("critics say",
    not "two critics say", a count of people who spoke)."""
    if clause.tag_ != "VBP" or not is_speech_verb(clause):
        return False
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lemma_.lower() not in _OPINION_GROUPS:
        return False
    return not any(c.dep_ == "nummod" for c in subj.children)


# words that place a participle clause at another time than its clause's act: "before visiting", "since
# leaving". Not "after": an act just before its clause's one is left to the rule for participles (on the
# reference corpus "added after meeting the minister" is how one outlet reports the talks another dates)
_OTHER_TIME_WORDS = frozenset({"before", "since", "until", "till"})


def _gerund_of_another_time(clause: Token) -> bool:
    """A participle clause placed at another time than its clause's act ("before visiting the port",
    "since leaving office", "prior to meeting him"): its act has a time of its own, which neither its clause's
    day nor its own form (the publication day of a present participle) gives."""
    first = _first_conjunct(clause)
    if first.tag_ not in ("VBG", "VBN") or any(c.dep_ in ("aux", "auxpass") for c in first.children):
        return False
    if first.dep_ == "pcomp":
        prep = first.head
        return prep.lower_ in _OTHER_TIME_WORDS or (
            prep.lower_ in ("of", "to") and prep.head.lower_ in _EARLIER_LATER_HEADS
        )
    if first.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ in _OTHER_TIME_WORDS for c in first.children)
    return False


def _ordinal_infinitive_governor(clause: Token) -> Token | None:
    """The verb of the clause holding "the first/only/last <noun> to <verb>" ("was the only leader to host
    them"), whose time the infinitive shares: the act did take place, when the clause says."""
    noun = clause.head
    if clause.dep_ not in ("acl", "relcl") or noun.pos_ not in ("NOUN", "PROPN") or noun.i == clause.i:
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return None
    if not any(_ordinal_word(c) for c in noun.children):
        return None
    gov = clause_head(noun)
    return gov if gov.pos_ in ("VERB", "AUX") and gov.i != clause.i else None


def _reduced_relative(clause: Token) -> bool:
    """A past participle that describes a noun ("three men jailed abroad", "the dossier, funded by a
    party"): like a relative clause, it tells what was done to a participant before."""
    return (
        clause.dep_ == "acl"
        and clause.tag_ == "VBN"
        and clause.head.pos_ in ("NOUN", "PROPN")
        and not any(c.dep_ in ("aux", "auxpass") for c in clause.children)
    )


_DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
# prepositions whose object is the occasion the clause's act took place at ("said at a meeting", "told him
# during their summit"): that act is of the clause's day
_OCCASION_PREPOSITIONS = frozenset({"at", "during", "throughout", "amid"})


def _known_act_talked_about(tok: Token, clause: Token) -> bool:
    """An event noun named as already known ("the sanctions", "his call", "Okafor's criticism") that the clause
    talks about rather than tells: not the clause's acting subject ("The strike killed 12"), nor the occasion
    the clause's act took place at ("during his visit"). An indefinite noun ("convened an emergency meeting",
    "it was a call from a resident") brings a new act into the story, mostly of the clause's own day."""
    if tok.pos_ == "ADP" and tok.dep_ == "prep" and tok.head.pos_ in ("NOUN", "PROPN"):
        tok = tok.head  # "his call for a strike" given by its preposition
    if tok.pos_ not in ("NOUN", "PROPN") or tok.i == clause.i or tok.dep_ in ("nsubj", "compound"):
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ in _OCCASION_PREPOSITIONS:
        return False
    return any(
        (c.dep_ == "det" and c.lower_ in _DEFINITE_DETERMINERS) or c.dep_ == "poss" for c in tok.children
    )


_EARLIER_ADJECTIVES = frozenset({"recent", "earlier", "previous", "prior", "past", "last", "former"})


def _named_as_earlier(tok: Token) -> bool:
    """An event noun an adjective places before now: "a recent call", "the previous talks"."""
    return tok.pos_ == "NOUN" and any(
        c.dep_ == "amod" and c.lower_ in _EARLIER_ADJECTIVES for c in tok.children
    )


_LATER_OR_POSSIBLE_ADJECTIVES = frozenset(
    {"upcoming", "forthcoming", "coming", "planned", "proposed", "future", "next", "possible", "potential",
     "prospective", "impending", "looming", "threatened", "hypothetical", "eventual"}
)  # fmt: skip


_LATER_ADVERBS = frozenset({"later", "eventually", "subsequently", "afterwards", "afterward", "ultimately"})


def _later_from_the_past(clause: Token) -> bool:
    """ "would later confess", "would eventually become": a future told from a past moment."""
    if clause.pos_ not in ("VERB", "AUX"):
        return False
    would = any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in clause.children)
    return would and any(c.dep_ == "advmod" and c.lower_ in _LATER_ADVERBS for c in clause.children)


def _named_as_later_or_possible(tok: Token) -> bool:
    """An event noun an adjective places after now or among what may happen: "the upcoming talks", "a
    potential strike", "the proposed sanctions"."""
    return tok.pos_ == "NOUN" and any(
        c.dep_ == "amod" and c.lower_ in _LATER_OR_POSSIBLE_ADJECTIVES for c in tok.children
    )


# verbs that carry out, attend, hold or end the act their object names ("will sign the accord", "would attend
# the summit", "will end the war in 2014"): a plan to do so is about that act's own time, not about an act
# already known
_REALIZING_VERBS = frozenset(
    {"hold", "sign", "attend", "host", "join", "conduct", "carry", "launch", "stage", "begin", "start",
     "resume", "continue", "complete", "conclude", "finalize", "end", "finish", "make", "pay", "lead",
     "chair", "mount", "open", "seal", "reach", "strike", "have", "take", "give", "deliver", "announce",
     "unveil"}
)  # fmt: skip
_MODAL_REACH = 3  # infinitives between the clause and its modal, at most ("would consider recognizing")


def _counterfactual(clause: Token) -> bool:
    """A past condition that did not hold ("if it had dragged on", "had it dragged on") or the clause of
    what would then have happened ("the port would have closed"): the pair tells of no act that was."""
    if clause.dep_ == "advcl" and _past_condition(clause) and _unreal_past(clause.head):
        return True
    return _unreal_past(clause) and any(c.dep_ == "advcl" and _past_condition(c) for c in clause.children)


def _past_condition(verb: Token) -> bool:
    """ "if the strike had dragged on", "had the strike dragged on": a condition in the past perfect."""
    had = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ in ("had", "'d")), None)
    if had is None:
        return False
    if any(c.dep_ == "mark" and c.lower_ == "if" for c in verb.children):
        return True
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return had.lower_ == "had" and subject is not None and had.i < subject.i  # "had the strike dragged on"


def _unreal_past(verb: Token) -> bool:
    """ "would have closed", "could have been saved": what a past that did not happen would have brought."""
    lowers = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return bool(lowers & {"would", "could", "might", "'d"}) and bool(lowers & {"have", "'ve"})


def _act_of_another_time(tok: Token, clause: Token) -> bool:
    """An event noun whose time is not its clause's: one an adjective places before or after now ("the
    proposed accord", "the previous talks"), or a known act ("the deal", "Okafor's seizure") that a clause of
    what would, could or will be done talks about ("would renounce the treaty", "we'd be in favor of the
    request"): the plan is new, the act it is about is not. Not an act the clause carries out or attends
    ("will sign the accord", "would attend the summit")."""
    if (
        tok.pos_ == "NOUN"
        and tok.i != clause.i
        and (_named_as_earlier(tok) or _named_as_later_or_possible(tok))
    ):
        return True
    if not _known_act_talked_about(tok, clause) or clause.lemma_.lower() in _REALIZING_VERBS:
        return False
    return _under_modal(clause) and not _background_of_the_clause(tok, clause)


# prepositions of a circumstance the clause's act goes on against ("despite his support from the
# president"): what they name is no act the plan is about
_CONCESSIVE_PREPOSITIONS = frozenset({"despite", "notwithstanding"})


def _background_of_the_clause(tok: Token, clause: Token) -> bool:
    """A noun in a concessive phrase ("will proceed despite his support from the president"): the clause
    does not act on it, so what it says of the time to come says nothing of that act's time."""
    for anc in (tok, *tok.ancestors):
        if anc.i == clause.i:
            return False
        if anc.dep_ == "prep" and anc.lower_ in _CONCESSIVE_PREPOSITIONS:
            return True
    return False


def _under_modal(clause: Token) -> bool:
    """A clause with a modal auxiliary, or an infinitive or gerund complement of one ("would consider
    recognizing")."""
    cur = clause
    for _ in range(_MODAL_REACH):
        if any(c.dep_ == "aux" and c.tag_ == "MD" for c in cur.children):
            return True
        if cur.dep_ != "xcomp" or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _inside_phrase_of(t: TimeExpr, tok: Token, clause: Token) -> bool:
    """Whether the expression lies in the phrase of the clause that holds ``tok``: its own ("the talks on
    Friday") or one it is part of ("the headlines this week from Okafor's trip")."""
    phrase = tok
    while phrase.head.i != clause.i and phrase.head.i != phrase.i:
        phrase = phrase.head
    return phrase.left_edge.idx <= t.start and t.end <= phrase.right_edge.idx + len(phrase.right_edge.text)


def _noun_participle_governor(clause: Token) -> Token | None:
    """The verb of the clause a noun's -ing modifier ("a party welcoming him") hangs in, when it has no
    subject, auxiliary or subordinator of its own. Not a past participle ("an accord signed by the
    president would lack force in 2017" was signed before), nor a subject's restrictive modifier ("forces
    fighting the rebels sank two boats on Tuesday": a state of its own)."""
    if clause.dep_ != "acl" or clause.tag_ != "VBG" or clause.head.dep_ in _SUBJECTS:
        return None
    if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "expl", "mark") for c in clause.children):
        return None
    gov = clause_head(clause.head)
    return gov if gov.pos_ in ("VERB", "AUX") and gov.i != clause.i else None


def _set_off_subject_modifier(clause: Token) -> bool:
    """An -ing participle after a comma that modifies the subject of a verb ("The navy, protecting ...")."""
    noun = clause.head
    first = clause.left_edge
    return (
        clause.tag_ == "VBG"
        and noun.dep_ in ("nsubj", "nsubjpass")
        and first.i > 0
        and first.nbor(-1).text == ","
    )


_OPEN_QUOTES = "“«„"
_CLOSE_QUOTES = "”»"
_QUOTE_MARKS = _OPEN_QUOTES + _CLOSE_QUOTES + '"'
# modals of possibility, obligation or condition: "could fail", "must end", "would look like" ("will",
# "shall" and a reported "would" are plans, which keep the day; see ``_unrealized``)
_IRREALIS_MODALS = frozenset({"could", "might", "may", "must", "should", "can", "ca", "would", "'d", "ought"})
_WISH_VERBS = frozenset({"want", "hope", "wish"})
# adjectives and participles whose infinitive is a possibility or a purpose: "eligible to appeal",
# "necessary to defend", "designed to intimidate"
_IRREALIS_ADJ = frozenset(
    {"able", "unable", "eligible", "necessary", "free", "likely", "unlikely", "designed", "calibrated",
     "intended", "meant", "aimed", "ready", "willing", "unwilling", "needed", "required", "enough"}
)  # fmt: skip
_UNREALIZED_DEPTH = 6
_OWN_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "aux", "auxpass"})


def _unrealized(clause: Token, tok: Token) -> bool:
    """A clause that tells what could, would or should happen, or what someone wants: no act took place
    on the publication day ("is eligible to appeal", "would allow him to seek", "doesn't want a war",
    "What would a war look like?", "argued that the US should give support"). Plans keep the day
    ("will meet", "said it would help", "plans to reopen"): a plan is reported as of that day."""
    if clause.lemma_.lower() in _WISH_VERBS and tok.i != clause.i:
        return True  # "doesn't want a war": the war is wished for or not
    if _hedged(tok.sent.root) or _hedged(clause):
        return True  # "Maybe Kastan thinks it is about to be invaded, leading it to strike first"
    cur = clause
    for _ in range(_UNREALIZED_DEPTH):
        if _asked_or_conditional(cur):
            return True  # "doubts about whether the leader will comply"
        auxes = [c for c in cur.children if c.dep_ in ("aux", "auxpass")]
        modal = next((a for a in auxes if a.tag_ == "MD" and a.lower_ in _IRREALIS_MODALS), None)
        if modal is not None:
            return not (modal.lower_ in ("would", "'d") and _reported(cur))
        if _open_condition(cur):
            return True  # "waiting for the inquiry before they blame anyone", "unless he resigns"
        gov = cur.head
        if gov.i == cur.i:
            return False
        if any(a.lower_ == "to" for a in auxes) and _IRREALIS_ADJ.intersection(
            (gov.lower_, gov.lemma_.lower())
        ):
            return True
        if cur.dep_ == "ccomp" and gov.lower_ in _ODDS_ADJ:
            return True  # "it is unlikely the council will act": a guess at what may come
        if gov.pos_ in ("VERB", "AUX") and gov.lemma_.lower() in _WISH_VERBS:
            return True  # "I hope he will reject", "wants to leave"
        if _directed_infinitive(cur, gov, auxes):
            return True  # "urged Marren to resign", "calling for the envoy to be recalled"
        if cur.dep_ in ("acl", "relcl") and _aimed_at_by_noun(cur, auxes):
            return True  # "a willingness to use force", "any effort to encourage an inquiry"
        if cur.dep_ == "pcomp" and gov.pos_ == "ADP":
            gov = gov.head  # "prevent the law from allowing"
        elif cur.dep_ not in ("conj", "xcomp", "ccomp", "advcl"):
            return False
        elif (cur.dep_ != "ccomp" or cur.i < gov.i) and cur.dep_ != "xcomp" and _own_clause(cur):
            # "the caliphate would not have fallen ..., and I applaud the president", "could impose tariffs
            # and is considering a list": a clause joined with its own subject or auxiliary has its own
            # mood; not a complement after its verb, whose content is as unreal as that verb ("should make
            # clear that they will block the nominee"); one before it is fronted quoted words or a misparse
            return False
        if gov.pos_ not in ("VERB", "AUX", "ADJ"):
            return False
        cur = gov
    return False


# adverbs that make their clause, or with the sentence root the whole sentence, a guess: "Maybe Kastan
# strikes first" tells of no act of the publication day
_HEDGE_ADVERBS = frozenset({"maybe", "perhaps", "possibly", "conceivably", "likely", "probably"})
# adjectives that rate the odds of their clausal complement: "it is unlikely the council will act"
_ODDS_ADJ = frozenset({"likely", "unlikely", "possible", "impossible", "probable", "improbable"})
# subordinators of an act still to come or only supposed: "before they blame anyone", "unless he resigns"
_OPEN_CONDITION_MARKS = frozenset({"before", "until", "till", "unless", "once", "if"})
# the subordinator of a question: the act of "doubts about whether he will comply" is asked about, not
# told ("if" clauses are left to the present-tense and own-time rules, which already leave them undated)
_OPEN_QUESTION_MARKS = frozenset({"whether"})
# verbs that ask or press someone to act: their to-infinitive ("urged Marren to resign", "called for the
# envoy to be recalled") is an act wanted of someone, not one that took place
_DIRECTIVE_VERBS = frozenset({"urge", "ask", "demand", "call", "press", "implore", "beg", "plead", "request"})


def _hedged(verb: Token) -> bool:
    return any(c.dep_ == "advmod" and c.lower_ in _HEDGE_ADVERBS for c in verb.children)


def _asked_or_conditional(clause: Token) -> bool:
    """A clause opened by "whether" ("whether he will comply", "whether to go to war")."""
    return any(c.dep_ == "mark" and c.lower_ in _OPEN_QUESTION_MARKS for c in clause.children)


def _directed_infinitive(clause: Token, gov: Token, auxes: list[Token]) -> bool:
    """A to-infinitive a directive verb governs, directly ("urged him to resign") or through "for"
    ("called for the envoy to be recalled", whose infinitive the parser hangs under the preposition)."""
    if not any(a.lower_ == "to" for a in auxes):
        return False
    if gov.pos_ == "ADP" and gov.lower_ == "for":
        gov = gov.head
    return gov.pos_ in ("VERB", "AUX") and gov.lemma_.lower() in _DIRECTIVE_VERBS


_ORDINAL_WORDS = frozenset({"first", "last", "only", "next"})


def _aimed_at_by_noun(clause: Token, auxes: list[Token]) -> bool:
    """A to-infinitive that completes a noun ("a willingness to use force", "the request to investigate",
    "his threat to force companies out"): an act intended, attempted or possible, not one that took place.
    Not after an ordinal ("the first leader to visit Havana" did visit)."""
    noun = clause.head
    if noun.pos_ != "NOUN" or not any(a.lower_ == "to" for a in auxes):
        return False
    return not any(_ordinal_word(c) for c in noun.children)


def _ordinal_word(tok: Token) -> bool:
    """ "first", "only", "last", a superlative or an ordinal number: "the first leader to visit"."""
    return tok.lower_ in _ORDINAL_WORDS or tok.tag_ in ("JJS", "RBS") or tok.ent_type_ == "ORDINAL"


def _own_clause(verb: Token) -> bool:
    """A finite clause with a subject or auxiliary of its own; an infinitive ("allow the president to seek") is
    not, whatever the parser makes its subject."""
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    return any(c.dep_ in _OWN_CLAUSE_DEPS for c in verb.children)


def _quotation_anchor(state: DocState, tok: Token, anchor: int) -> bool:
    """Whether a quotation is being dated: by its cue verb ("would later say"), or by its first word when it
    has no cue ("“I would like to find out”", an interview's question). A quotation is dated by its
    saying, which its own modals do not make unreal."""
    return (is_speech_verb(tok) and _reports_words(state, tok)) or _quotation_start(state, tok, anchor)


def _reports_words(state: DocState, verb: Token) -> bool:
    """Whether a speech verb introduces what was said: a clause it governs, or quotation marks in its
    sentence. "could deny any responsibility" or "would allow the US to deny asylum" cite nothing, and
    their modal makes the act unreal like any other."""
    if any(c.dep_ in ("ccomp", "parataxis") for c in verb.children):
        return True
    sent = verb.sent
    text = state.article.text[sent.start_char : sent.end_char]
    return any(q in text for q in _QUOTE_MARKS)


def _dated_saying(state: DocState, tok: Token) -> tuple[str, DateSource] | None:
    """The date of the quotation holding ``tok``, when an expression or the narrative dates its saying."""
    for q in state.quotes:
        if q.start <= tok.idx < q.end and q.date and q.date_source in ("timex", "inferred"):
            return q.date, q.date_source
    return None


def _dated_report(state: DocState, sentence: int, clause: Token, depth: int) -> tuple[str, DateSource] | None:
    """The date of the speech verb that reports ``clause`` ("said on Thursday it would send aid"), when an
    expression or the narrative dates that saying."""
    verb = _reporting_verb(clause)
    if verb is None:
        return None
    value, source = _date_of(state, sentence, verb, verb.idx, depth + 1)
    if value is None or source not in ("timex", "inferred"):
        return None
    return value, source


def _reporting_verb(verb: Token) -> Token | None:
    """The speech or thought verb ``verb`` is the complement of, directly or as a conjunct of one, if any;
    not a verb joined to the saying itself ("spoke on Thursday and will travel")."""
    cur = verb
    for _ in range(_UNREALIZED_DEPTH):
        if cur.dep_ not in ("ccomp", "conj", "xcomp") or cur.head.i == cur.i:
            return None
        link, cur = cur.dep_, cur.head
        if is_speech_verb(cur):
            return cur if link != "conj" else None
    return None


def _quotation_start(state: DocState, tok: Token, anchor: int) -> bool:
    """Whether the anchor is the first word of a quotation, which is dated by its saying: after a quotation
    mark, or opening a sentence that is a quotation without marks ("What would you like to see?" asked)."""
    if tok.is_sent_start and tok.idx == anchor:
        # a cue opening the sentence ("According to aides, ...") dates the quotation it brings
        return _unmarked_quotation(state, tok) or is_speech_verb(tok) or tok.lower_ == "according"
    return _after_open_quote(state, anchor) and not _goes_on_the_writers_clause(tok, anchor)


def _unmarked_quotation(state: DocState, tok: Token) -> bool:
    """Whether the sentence ``tok`` opens may be quoted words with no marks of their own: a question (an
    interview's), a pull quote or caption, or a sentence inside marks opened before it. A body statement
    is not ("Criticism of Veloria may be justified" is the writer's, and no act of the publication day)."""
    sentence = state.sentence_index(tok.idx)
    if 0 <= sentence < len(state.sentences) and state.sentences[sentence].block_kind in ("pull", "caption"):
        return True
    return tok.sent.text.rstrip(" \"'”’").endswith("?") or _in_quotation(state, tok.idx)


def _goes_on_the_writers_clause(tok: Token, anchor: int) -> bool:
    """Whether the quotation opening at ``anchor`` goes on a clause whose subject stands before the mark, in
    the present or future: a partial quotation ("until Veloria “pulls out its ships”", "her reports
    “appeal to traders”") whose clause is dated as the writer's, not as the saying. A past clause ("He
    “wanted to leave”") keeps the story's day, and a quoted speech verb ("he “praises the accord”") is the
    saying itself; so is a reported act going on as it is told ("said the envoy is still “weighing the
    offer”", "said they are “sorry”"), while a reported habitual present is a standing trait like any other
    ("notes her letters “reach farmers”")."""
    clause = clause_head(tok)
    if verb_tense(clause) == PAST or is_speech_verb(clause) or not _own_clause(clause):
        return False  # an infinitive ("called on them “to remain calm”") tells what was said, as said
    if _reported(clause) and not _habitual_present(clause):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.idx < anchor for c in clause.children)


def _habitual_present(verb: Token) -> bool:
    """A verb other than "be" in the simple present, with no auxiliary ("appeal", "sends"): what is done
    at large; "are “sorry”" is a state as the words are said."""
    if verb.lemma_.lower() == "be" or verb.tag_ not in ("VBZ", "VBP"):
        return False
    return not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _after_open_quote(state: DocState, anchor: int) -> bool:
    """Whether an opening quotation mark stands just before ``anchor``."""
    before = state.article.text[max(0, anchor - 3) : anchor].rstrip()
    return bool(before) and before[-1] in _OPEN_QUOTES + '"'


def _reported(verb: Token) -> bool:
    """Whether ``verb`` is the complement of a speech or thought verb ("said it would help")."""
    cur = verb
    for _ in range(_UNREALIZED_DEPTH):
        if cur.dep_ not in ("ccomp", "conj", "xcomp") or cur.head.i == cur.i:
            return False
        cur = cur.head
        if is_speech_verb(cur):
            return True
    return False


def _open_condition(clause: Token) -> bool:
    """An adverbial clause opened by "before", "until", "unless", "once" or "if" in the present: an act
    still to come or only supposed ("will wait before they blame anyone")."""
    return clause.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in _OPEN_CONDITION_MARKS for c in clause.children
    )


def _standing_relative(clause: Token) -> bool:
    """A relative clause in the simple present ("a faction that backs the rival council", "policies that
    block imports", "fighters the army plans to train"): what a participant is or does at large, or a plan
    that came before; of 6 such clauses dated by the publication day on real news, none was right."""
    if clause.dep_ != "relcl":
        return False
    auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lemma_.lower() != "do" for a in auxes):
        return False
    # "which does not require a visa": the tense sits on "do"
    return clause.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxes)


def _standing_passive(state: DocState, sentence: int, clause: Token) -> bool:
    """A body clause in the simple present passive ("he is charged with fraud", "the army is trained for
    riot control", "we are committed to the talks"): a state that holds, whose act came earlier or never
    happened on one day. Headlines keep the day ("Envoy is recalled" is the news), and so do planned acts
    ("is expected to arrive", "is set to sign") and progressives ("is being met with doubt")."""
    if state.sentences[sentence].block_kind != "body" or clause.tag_ != "VBN":
        return False
    auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if not auxes or any(a.lemma_.lower() != "be" or a.tag_ not in ("VBZ", "VBP") for a in auxes):
        return False
    return not any(c.dep_ == "xcomp" for c in clause.children)


_QUOTE_LOOKBACK = 20_000  # bounds the work on a huge paragraph; no real quotation runs that long


def _undated_present(state: DocState, sentence: int, clause: Token, tok: Token) -> bool:
    """A body clause in the simple present of an action verb, outside quotation marks (module doc)."""
    if clause.pos_ not in ("VERB", "AUX") or state.sentences[sentence].block_kind != "body":
        return False
    if not present_of_act(clause):
        return False
    # quoted when either the event word or its verb is ("The visit “makes a fitting counterpoint”"); a
    # clause that frames quoted words reports speech ("Hayes draws attention to ... “hampering”")
    text = state.article.text
    lo, hi = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge)
    if any(q in text[lo:hi] for q in _QUOTE_MARKS):
        return False
    return not any(_in_quotation(state, t.idx) for t in (tok, clause))


def _outside_quoted_words(state: DocState, tok: Token, anchor: int) -> bool:
    """Whether the clause being dated is outside the quoted words of its sentence: a word outside quotation
    marks, or a quotation dated by its first word (its saying, which the words do not tell)."""
    return not _in_quotation(state, tok.idx) or _quotation_start(state, tok, anchor)


_TITLE_MAX_WORDS = 5


def _in_quoted_words(state: DocState, char: int) -> bool:
    """Whether ``char`` lies inside quoted words: inside quotation marks that hold more than a title
    ("told “Weekend Report,”" names a programme, whose day may well be the saying's)."""
    if not _in_quotation(state, char):
        return False
    text = state.article.text
    lo = max(text.rfind(q, 0, char) for q in _OPEN_QUOTES + '"') + 1
    ends = [i for i in (text.find(q, char) for q in _CLOSE_QUOTES + '"') if i >= 0]
    hi = min(ends) if ends else len(text)
    words = text[lo:hi].strip(" ,.").split()
    return not (0 < len(words) <= _TITLE_MAX_WORDS and all(w[:1].isupper() for w in words))


def _in_quotation(state: DocState, char: int) -> bool:
    """Whether ``char`` lies inside quotation marks opened earlier in its paragraph (block)."""
    text = state.article.text
    start = max((b.start for b in state.article.blocks if b.start <= char), default=0)
    start = max(start, text.rfind("\n", 0, char) + 1, char - _QUOTE_LOOKBACK)
    before = text[start:char]
    curly = sum(before.count(q) for q in _OPEN_QUOTES) - sum(before.count(q) for q in _CLOSE_QUOTES)
    return curly > 0 or before.count('"') % 2 == 1


# A stretch of weeks or more ("months", "P2Y", "three weeks"), or the past at large
_LONG_STRETCH = re.compile(r"P(?:(?:\d+|X)[WMYEC]|(?:\d{2,}|[7-9])D)")


def _long_stretch(t: TimeExpr) -> bool:
    return t.type == "DURATION" and bool(_LONG_STRETCH.fullmatch(t.value or ""))


def _told_over_a_stretch(state: DocState, sentence: int, tok: Token, clause: Token) -> bool:
    """Whether an expression of a long stretch, or of the past at large, governs the clause: the act
    then runs over that stretch ("For months, X denied ...") or lies somewhere in it ("in the past").
    Hours and days do not count: "They met for two hours." is still the narrative day's meeting."""
    for t in state.timexes:
        if t.sentence != sentence or _cited(state, t):
            continue
        value = t.value or ""
        if value != "PAST_REF" and not (t.type == "DURATION" and _LONG_STRETCH.fullmatch(value)):
            continue
        if _governs(t, state, tok, clause):
            return True
    return False


def _narrative_day(
    state: DocState, sentence: int, saying: bool = False, clause: Token | None = None
) -> str | None:
    """The day set by one of the few sentences before that has a day-level expression, not one of another
    day than the publication day inside a relative clause (background) nor, for a ``saying``, inside
    quotation marks: "“... the attack yesterday,” Reid said. McConnell said ..." puts the second saying
    on the day of the first, not on the day the quoted words tell of."""
    lo = max(0, sentence - _INHERIT_SENTENCES)
    dct = parse_day(state.dct)
    for idx in range(sentence - 1, lo - 1, -1):
        if state.sentences[idx].block_kind != "body":
            return None  # a heading or caption starts a new stretch of narrative
        named = [t for t in state.timexes if t.sentence == idx and t.anchor == "dct" and t.value]
        named = [
            t
            for t in named
            if not _cited(state, t)
            and not _guessed_day(state, t)
            and not _of_a_state(state, t)
            and not (parse_day(t.value) != dct and _told_aside(state, t, saying))
        ]
        for t in _narrative_candidates(state, idx, named):
            day = parse_day(t.value)
            # only a recent day counts: "since the September 11 attacks" sets no narrative day
            if day is not None and dct is not None and timedelta(0) <= dct - day <= _INHERIT_MAX_AGE:
                if saying and _another_speaker_days_back(state, idx, sentence, clause, dct - day):
                    return None
                return day_value(day)
        if _sets_other_time(state, idx, stretches=not saying):
            return None  # "In early September, the governor dissolved parliament.": the story moved
    return None


_NEWS_DAY_AGE = timedelta(days=1)  # the publication day or the day before: the day most sayings are given


def _another_speaker_days_back(
    state: DocState, source: int, sentence: int, clause: Token | None, age: timedelta
) -> bool:
    """Whether a saying would take, across a paragraph break, an older day than the news day from
    sentences that never name its speaker ("On Friday, Kastan attacked the plan. / He said ... / The
    official said ..."): another speaker in a new paragraph most often spoke at another time (as an
    interview, or the day of reporting): of 24 such dates on as16-as18, 13 were wrong, 3 right."""
    if clause is None or age <= _NEWS_DAY_AGE or not _in_earlier_paragraph(state, source, sentence):
        return False
    words = _speaker_words(clause)
    if not words:
        return False  # a pronoun or no subject: the speaker is most often the one just told of
    before = state.article.text[state.sentences[source].start : state.sentences[sentence].start].lower()
    return not any(w in before for w in words)


def _in_earlier_paragraph(state: DocState, source: int, sentence: int) -> bool:
    """Whether a paragraph (block) break lies between sentence ``source`` and sentence ``sentence``."""
    lo, hi = state.sentences[source].start, state.sentences[sentence].start
    return any(lo < b.start <= hi for b in state.article.blocks)


def _speaker_words(clause: Token) -> list[str]:
    """The names and nouns of a saying's subject ("the port official" -> port, official), lowercased;
    empty for a pronoun or a missing subject."""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ == "PRON":
        return []
    return [t.lower_ for t in subject.subtree if t.pos_ in ("PROPN", "NOUN") and len(t.text) > 2]


def _told_aside(state: DocState, t: TimeExpr, saying: bool) -> bool:
    """An expression in a relative clause ("Kastan, who objected on Monday, ..."), which dates what a
    participant did as background, or, for a saying, in quoted words, which tell when what the speaker
    speaks of happened ("the bombing yesterday"), not when anyone spoke. The caller keeps such an
    expression when it names the publication day: a "today" is the story's day wherever it stands."""
    return _in_relative_clause_of(state, t) or (saying and _in_quotation(state, t.start))


def _in_relative_clause_of(state: DocState, t: TimeExpr) -> bool:
    """An expression inside a relative clause ("Kastan, who objected on Monday to the plan, ..."): it
    dates what a participant did as background, not the day the story is at."""
    span = state.doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    return any(
        a.dep_ == "relcl" and not (t.start <= a.head.idx < t.end) and not _opened_by_when(a)
        for a in span.root.ancestors
    )


def _never_done(clause: Token) -> bool:
    return any(c.dep_ == "neg" and c.lower_ == "never" for c in clause.children)


def _opened_by_when(clause: Token) -> bool:
    """A "when" clause the parser hung off a noun ("were touring the customs house, the oldest of the port,
    when raiders entered it Wednesday"): a time clause telling the story's moment, not a background trait."""
    return any(c.dep_ == "advmod" and c.lower_ == "when" and c.i < clause.i for c in clause.children)


def _of_a_state(state: DocState, t: TimeExpr) -> bool:
    """Whether the expression only dates a present state: its clause is a present "be" ("Corruption today
    is a bigger problem than ..."), where "today" means nowadays and no act of the day is told."""
    span = state.doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    head = clause_head(span.root)
    return (
        head.lemma_ == "be"
        and head.tag_ in ("VBZ", "VBP")
        and not any(c.tag_ == "VBG" for c in head.children)
    )


def _narrative_candidates(state: DocState, idx: int, named: list[TimeExpr]) -> list[TimeExpr]:
    """The expressions of sentence ``idx`` that may set the narrative day, best first: those its main
    clause is at ("Marren said Saturday that ... for leading Friday night's raid." makes the next
    "Marren said" Saturday's), then the others from the last one back."""
    s = state.sentences[idx]
    sent = state.doc.char_span(s.start, s.end, alignment_mode="expand")
    if sent is None or not len(sent):
        return list(reversed(named))
    top = clause_head(sent.root)
    main: list[TimeExpr] = []
    others: list[TimeExpr] = []
    for t in reversed(named):
        span = state.doc.char_span(t.start, t.end, alignment_mode="expand")
        at_main = span is not None and len(span) > 0 and clause_head(span.root) == top
        (main if at_main else others).append(t)
    return main + others


_PART_OF_DAY_REACH = 6  # sentences back where the day of "in the evening" may have been named


def _guessed_day(state: DocState, t: TimeExpr) -> bool:
    """A bare part of day ("in the morning", "the evening") names no day: after "On Saturday, ..." it is
    Saturday's and carries the story's day on, but with no such day named shortly before it the tagger
    only guessed the publication day, which sets no narrative day ("He told me to be ready in the
    morning." in an interview about years ago)."""
    if not _bare_part_of_day(t):
        return False
    day = parse_day(t.value)
    lo = t.sentence - _PART_OF_DAY_REACH
    return not any(
        lo <= u.sentence <= t.sentence and u.start < t.start and parse_day(u.value) == day
        for u in state.timexes
        if u.value and not _bare_part_of_day(u) and not _cited(state, u)
    )


def _bare_part_of_day(t: TimeExpr) -> bool:
    return " ".join(t.text.lower().split()).removeprefix("the ") in PARTS_OF_DAY


def _set_in_earlier_time(state: DocState, sentence: int, clause: Token) -> bool:
    """Whether the event's own sentence is told against a time before the narrative's recent days: it
    names a past time older than the days a narrative day may be ("X sought support during last year's
    election", "Police detained a doctor who had tried to warn of the outbreak in December"). Its past
    clauses are then background to that time and inherit no day from the sentences before. Not an
    expression that only dates a noun ("stopped a 2004 Lada"), nor one in a since/until/before phrase,
    which only bounds a stretch of time, nor one in a clause that describes a subject ("The governor,
    who took office in 2004, praised the guards"): it says who acts, not when; nor one in what the
    clause reports ("the senator admitted that he voted for it last year"): the saying is still the
    narrative's."""
    dct = parse_day(state.dct)
    if dct is None:
        return False
    for t in state.timexes:
        if t.sentence != sentence or not _datable(t) or not _ends_before_recent_days(t.value or "", dct):
            continue
        span = state.doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None or not len(span) or _bounding_phrase(span.root) is not None:
            continue
        root = span.root
        if _dates_a_noun_only(root, clause) or _describes_a_subject(root) or _reported_by(root, clause):
            continue
        return True
    return False


_FRAMING_PREPOSITIONS = frozenset({"during", "throughout"})


def _dates_a_noun_only(root: Token, clause: Token) -> bool:
    """Whether the expression at ``root`` only dates a noun ("a recalled 2005 Opel", "repeating his
    January 2 remarks"): true unless that noun frames the clause, as the object of "during" ("during
    last year's election") or as the noun the clause describes ("the 2018 ceremony when he gave ...")."""
    noun = root.head
    if root.dep_ not in _NOUN_MODIFIER or noun.pos_ not in ("NOUN", "PROPN") or noun.i == root.i:
        return False
    framing = noun.dep_ == "pobj" and noun.head.lower_ in _FRAMING_PREPOSITIONS
    return not framing and not noun.is_ancestor(clause)


def _reported_by(tok: Token, clause: Token) -> bool:
    """Whether ``tok`` lies in a clausal complement of ``clause`` ("admitted that he voted last year")."""
    below = None
    for anc in [tok, *tok.ancestors]:
        if anc.i == clause.i:
            return below is not None and below.dep_ == "ccomp"
        below = anc
    return False


_NOUN_CLAUSES = frozenset({"relcl", "acl"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _describes_a_subject(tok: Token) -> bool:
    """Whether ``tok`` lies in a clause that modifies a subject ("The governor, who took office in 2004")."""
    return any(a.dep_ in _NOUN_CLAUSES and a.head.dep_ in _SUBJECTS for a in [tok, *tok.ancestors])


def _ends_before_recent_days(value: str, dct: date) -> bool:
    """Whether the period an ISO value names ends before the recent days a narrative day may be
    (``_INHERIT_MAX_AGE`` before the publication day): "2019-12" or "2016" in a 2020 article, a day two
    weeks back; not "2020" (this year), a recent day, or anything after the publication day."""
    last = _last_day(value)
    return last is not None and dct - last > _INHERIT_MAX_AGE


def _last_day(value: str) -> date | None:
    """Last day of the day, ISO week, month or year an ISO value names; None for other values
    (seasons, quarters, decades), whose bounds are not worth guessing here."""
    day = parse_day(value)
    if day is not None:
        return day
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})|-W(\d{2}))?", value)
    if m is None:
        return None
    year = int(m.group(1))
    try:
        if m.group(2):
            month = int(m.group(2))
            if not 1 <= month <= 12:
                return None
            return date(year, month, monthrange(year, month)[1])
        if m.group(3):
            return date.fromisocalendar(year, int(m.group(3)), 7)
        return date(year, 12, 31)
    except ValueError:  # "2020-W54": a week no calendar has
        return None


def _sets_other_time(state: DocState, idx: int, stretches: bool = True) -> bool:
    """Whether sentence ``idx``'s main clause has a time expression of its own (one that is not a
    recent day, or the loop above would have taken it), or, with ``stretches``, is told over a stretch of
    weeks or more ("I worked for him for nine years."): the narrative is then elsewhere in time. A
    saying after such a sentence is still the narrative's ("Experts have warned for years. “...,” Orvik
    said.")."""
    s = state.sentences[idx]
    sent = state.doc.char_span(s.start, s.end, alignment_mode="expand")
    if sent is None or not len(sent):
        return False
    main = clause_head(sent.root)
    for t in state.timexes:
        if t.sentence != idx or not (_datable(t) or (stretches and _long_stretch(t))):
            continue
        span = state.doc.char_span(t.start, t.end, alignment_mode="expand")
        if (
            span is not None
            and len(span)
            and clause_head(span.root) == main
            and span.root.dep_ not in _NOUN_MODIFIER
        ):
            return True
    return False
