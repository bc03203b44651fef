"""Which way a relative expression points ("on Thursday": the last one or the next one).

``lexical_tense`` reads the words of the clause around the expression (no parser, for ``tag_text``);
``storyline.time.spans`` uses the spaCy parse instead when it is there.
"""

from __future__ import annotations

import re

from storyline.time.vocab import MONTHS, WEEKDAYS

PAST, NONE, FUTURE = -1, 0, 1

_FUTURE = re.compile(
    r"\b(?:will|won't|wo n't|'ll|shall|gonna|going to|is to|are to|am to|is due|are due|is scheduled|are scheduled|"
    r"set to|plans? to|planning to|would|expects? to|expected to|intends? to|should|must|upcoming|next(?![ \t]+to\b)|tomorrow|as soon as|as early as|"
    r"is meeting|are meeting|to meet|to hold|to visit|to begin|to start|to open|to vote|to travel|to attend|"
    r"to announce|to release|to report|is expected|are expected|may|might|hopes? to|aims? to|ahead of|in advance of|"
    r"planned|scheduled|to[ \t]+be[ \t]+(?:[a-z]+ed|held|shown|given|sent|signed|made|taken|built|read|broadcast|"
    r"sworn|laid|put|run|seen|set))\b",
    re.I,
)
_PLAN_WORDS = ("planned", "scheduled")
# "to be aired on Sunday" is still to come; "seemed to be sparked", "the latest victim to be killed" are not
_TO_BE_NOT_AHEAD = re.compile(
    r"\b(?:seems?|seemed|appears?|appeared|believed|said|reported|thought|latest|first|last|only)\b[^,;.]{0,20}$",
    re.I,
)
# "ahead of the vote", "in advance of talks": the words place what follows them, not the expression before
_GOVERNS_WHAT_FOLLOWS = ("ahead of", "in advance of")
# the attribution after a comma (", officials said"): the report, not the act the expression dates
_REPORTING_PAST = frozenset(
    ("said", "told", "added", "reported", "announced", "stated", "confirmed", "claimed", "wrote", "insisted")
)
_PLAN_DONE = re.compile(r"\b(?:previously|originally|already|had|been|as)\s+$", re.I)
_IRREGULAR_PAST = (
    "was|were|had|did|said|told|made|met|came|went|gave|took|held|began|spoke|saw|left|became|got|put|ran|"
    "won|lost|sent|brought|thought|found|stood|fell|rose|led|paid|kept|wrote|struck|broke|chose|drove|flew|"
    "knew|meant|sought|spent|threw|understood|withdrew|sold|bought|built|caught|fought|felt|heard|laid|"
    "shot|slid|sank|swore|tore|wore|woke|ago|yesterday|last|earlier|previously|recently"
)
# words ending in -ed that are no past tense ("United States", "hundred", "indeed")
_NOT_PAST_ED = (
    "united|hundred|indeed|need|speed|seed|feed|breed|creed|greed|naked|wicked|sacred|beloved|ahmed|mohammed|"
    "muhammad|succeed|proceed|exceed|bleed|embed"
)
_PAST = re.compile(rf"\b(?:{_IRREGULAR_PAST}|(?!(?:{_NOT_PAST_ED})\b)[a-z]{{2,}}ed)\b", re.I)
_IRREGULAR_WORD = re.compile(rf"(?:{_IRREGULAR_PAST})", re.I)
_PASSIVE_AUX = re.compile(r"\b(?:be|being|is|are|am|get|gets)\s+$", re.I)
_DETERMINER_BEFORE = re.compile(
    r"\b(?:a|an|the|its|their|his|her|our|my|your)\s+(?:(?:still|\w+ly)\s+)?$", re.I
)
_CLAUSE_END = re.compile(r"[.!?;]\s|\n|[\"“”]|''|``")


# A full stop after these ends no clause: "the U.N. Security Council votes", "Feb. 26", "Mr. Ban said",
# "the Roe vs. Wade decision"
_ABBREVIATION = re.compile(
    r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Gov|Sen|Rep|Jr|Sr|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep"
    r"|Sept|Oct|Nov|Dec|vs|v))$"
)


def _clause_ends(text: str, lo: int, hi: int) -> list[re.Match[str]]:
    return [
        m
        for m in _CLAUSE_END.finditer(text, lo, hi)
        if not (m.group(0)[0] == "." and _ABBREVIATION.search(text, max(0, m.start() - 5), m.start()))
    ]


def clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence-ish stretch around [start, end): up to the nearest ., !, ?, ; or line break (a
    full stop after an abbreviation aside)."""
    lo = max(0, start - 300)
    before = _clause_ends(text, lo, start)
    left = before[-1].end() if before else lo
    after = _clause_ends(text, end, min(len(text), end + 300))
    right = after[0].start() + 1 if after else min(len(text), end + 300)
    return left, right


_LEAD_WORD = re.compile(
    r"\b(since|effective)[ \t]+(?:(?:shortly[ \t]+)?(?:after|before)[ \t]+)?(?:the[ \t]+)?$", re.I
)


_UNTIL = re.compile(r"\b(?:until|till)[ \t]+$")  # lower case: "Until Friday, he had..." looks back
# putting something off points ahead even in the past tense ("postponed until Tuesday")
_DEFERRAL = re.compile(
    r"\b(?:postpone|delay|defer|extend|adjourn|put[ \t]+off|give|gave|given|grant|recess)", re.I
)


# A chronology entry: a date opening a line, then a dash or colon ("Feb. 26 - The Security Council
# imposes sanctions"). Such lists retell what happened, in the historical present, unless the entry says
# it is still to come ("March 3 - Ministers to meet", "... is due to vote").
_LINE_OPENING = re.compile(r"(?:^|\n)[ \t]*(?:[-–—•*·][ \t]*)?$")
_ENTRY_MARK = re.compile(r"[ \t]*,?[ \t]*[-–—:][ \t]")
_ENTRY_AHEAD = re.compile(
    r"(?i:\b(?:will|'ll|shall|(?:is|are|due|expected|set|plans?|planned)[ \t]+to|scheduled|upcoming)\b)"
    r"|^\W*(?:[A-Z][\w.'-]*[ \t]+){1,4}to[ \t]+[a-z]"  # a headline's future: "Ministers to meet"
)


def _chronology_entry(text: str, start: int, end: int) -> bool:
    if not _LINE_OPENING.search(text, max(0, start - 8), start) or not _ENTRY_MARK.match(text, end):
        return False
    line_end = text.find("\n", end)
    entry = text[end : line_end if line_end >= 0 else len(text)]
    return _ENTRY_AHEAD.search(entry) is None


# "according to a tweet on Monday", "according to a statement released Friday": the source cited has
# been published, whatever the tense of the clause it backs (a quoted present: "The airline transports
# weapons," according to a tweet on Monday). Words in between, no punctuation, no "for/until" ("according
# to plans for Friday" is ahead).
_ACCORDING_TO = re.compile(
    r"\baccording[ \t]+to[ \t]+(?:(?!(?:for|until|till|by|before|after|next|coming)\b)[\w'’.-]+[ \t]+){0,6}$",
    re.I,
)


_DEADLINE_NOUN = r"(?:deadline|(?:[a-z-]+[ \t]+)?date|cut-?off)"
# "set Oct. 15 as the start date", "Oct. 15 is the deadline": the day a plan fixes, still ahead
_AS_DEADLINE_AFTER = re.compile(
    rf"[ \t]+(?:as|is|remains)[ \t]+(?:the|a|its|their|his|her)[ \t]+(?:new[ \t]+|final[ \t]+)?{_DEADLINE_NOUN}\b",
    re.I,
)
# "the deadline for bids is Oct. 15", "the vote's date has been moved to Oct. 15"
_DEADLINE_IS_BEFORE = re.compile(
    rf"\b{_DEADLINE_NOUN}\b[^.;:!?]{{0,40}}?\b(?:is|remains|will[ \t]+be|"
    r"ha(?:s|ve)[ \t]+been[ \t]+(?:set|moved|pushed|extended|reset)[ \t]+(?:to|for|until))[ \t]+(?:on[ \t]+)?$",
    re.I,
)
# "agreed on a deadline for the signed text on July 1", "an expiry date of March 3": the noun phrase of a
# deadline naming its day with no verb between, unless the deadline is an old or missed one
_DEADLINE_NOUN_PHRASE_BEFORE = re.compile(
    r"\b(?<!previous )(?<!original )(?<!earlier )(?<!former )(?<!missed )(?<!last )"
    r"(?:deadline|expiry|expiration)(?:[ \t]+date)?\b"
    r"(?:[ \t]+(?!(?:is|was|were|are|had|has|have|will|would|passed|expired|came)\b)[\w'’-]+){0,8}?"
    r"[ \t]+(?:on|of|by|for)[ \t]+$",
    re.I,
)
# "missed the deadline on July 1": a verb that tells the deadline as gone
_DEADLINE_GONE_BEFORE = re.compile(
    r"\b(?:missed|met|passed|blew|beat|ignored|defied|extended)[ \t]+(?:the|a|an|its|their|his|her)[ \t]+"
    r"(?:[\w-]+[ \t]+)?$",
    re.I,
)
_HAD_BEFORE = re.compile(r"\bhad\b[^.;:!?]*$", re.I)
# "the first hearing date was July 3": a date a plan fixed, told in the past
_DEADLINE_WAS_BEFORE = re.compile(rf"\b{_DEADLINE_NOUN}[ \t]+(?:was|had[ \t]+been)[ \t]+(?:on[ \t]+)?$", re.I)


def names_a_deadline(text: str, start: int, end: int) -> bool:
    """Whether the expression is a date or deadline a plan fixes ("Oct. 15 is the deadline", "has set
    Oct. 15 as the start date"); not one set before a past moment ("had set")."""
    lo = max(0, start - 60)
    if _HAD_BEFORE.search(text, lo, start):
        return False
    return bool(
        _AS_DEADLINE_AFTER.match(text, end)
        or _DEADLINE_IS_BEFORE.search(text, lo, start)
        or _deadline_noun_phrase_before(text, start)
    )


def _deadline_noun_phrase_before(text: str, start: int) -> bool:
    """Whether a deadline noun names the day in one noun phrase ("a deadline for the signed text on July 1")
    and no verb before it tells that deadline as gone ("missed the deadline on July 1")."""
    m = _DEADLINE_NOUN_PHRASE_BEFORE.search(text, max(0, start - 90), start)
    return m is not None and not _DEADLINE_GONE_BEFORE.search(text, max(0, m.start() - 40), m.start())


def names_a_past_deadline(text: str, start: int) -> bool:
    """Whether a date or deadline noun names the expression in a past copula ("the first hearing date
    was July 3"): the day a plan fixed, which may still be ahead."""
    return bool(_DEADLINE_WAS_BEFORE.search(text, max(0, start - 60), start))


# "set the terms for Veloria's departure in March", "plans for a new vote on Friday": the time of an act a
# plan is drawn up for lies ahead, whatever the tense of the drawing up
_PLANNED_ACT_TIME = re.compile(
    r"\b(?:terms|plans?|preparations|timetable|arrangements|conditions|road[ -]?map)[ \t]+for[ \t]+"
    r"(?:(?:the|a|an|its|their|his|her|our|[A-Z][\w.-]*['’]s)[ \t]+)?(?:[a-z]+[ \t]+)?"
    r"(?:departure|exit|withdrawal|pullout|vote|election|referendum|ballot|handover|transition|launch|"
    r"return|visit|summit|talks|inauguration|retirement|merger|sale)[ \t]+(?:in|on)[ \t]+$"
)


def lead_tense(text: str, start: int, end: int | None = None) -> int | None:
    """ "since March" looks back, "effective Feb. 1" and "until Friday" ahead; None without such a word.

    "until" yields to a past verb close before it ("stayed until Friday") unless that verb defers. With
    the expression's ``end``: a date opening a chronology entry looks back, and so does one inside an
    "according to ..." phrase.
    """
    if end is not None and _chronology_entry(text, start, end):
        return PAST
    if _ACCORDING_TO.search(text, max(0, start - 80), start):
        return PAST
    if _PLANNED_ACT_TIME.search(text, max(0, start - 90), start):
        return FUTURE
    lo = max(0, start - 40)
    lead = _LEAD_WORD.search(text, lo, start)
    if lead is not None:
        return PAST if lead.group(1).lower() == "since" else FUTURE
    until = _UNTIL.search(text, lo, start)
    if until is None:
        return None
    before = _until_stretch(text, until.start())
    if _tense_before_until(before) == PAST and not _DEFERRAL.search(before):
        return None
    return FUTURE


_UNTIL_REACH = 80  # characters before "until" that can hold its verb
# the verb of an "until" phrase lies in the same clause: a comma, a subordinator or "and" ends the search
_UNTIL_CLAUSE_BREAK = re.compile(
    r"[,;:.!?()\"“”]|\b(?:that|which|who|whom|whose|when|while|because|and|but)\b", re.I
)
_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")
_PAST_AUX = frozenset({"was", "were", "had", "did"})
# a present, a modal or a verb of remaining keeps the stretch open, so "until" looks ahead: "remain closed
# until Friday", "has continued to hold markets closed until Friday", "will be shut until Friday"
_HOLDS_OPEN = frozenset(
    {"is", "are", "am", "has", "have", "will", "shall", "would", "could", "can", "may", "might", "must",
     "should", "be", "remain", "remains", "stay", "stays", "keep", "keeps", "hold", "holds", "continue",
     "continues", "last", "lasts"}
)  # fmt: skip
_PARTICIPLE_TRANSPARENT = frozenset({"been", "being", "not", "still", "all", "also", "only"})
_SUBJECT_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "it", "they"})


def _until_stretch(text: str, until_start: int) -> str:
    """The words before "until" in its own clause (at most ``_UNTIL_REACH`` characters)."""
    before = text[max(0, until_start - _UNTIL_REACH) : until_start]
    breaks = list(_UNTIL_CLAUSE_BREAK.finditer(before))
    return before[breaks[-1].end() :] if breaks else before


def _tense_before_until(before: str) -> int:
    """PAST, FUTURE or NONE for the verb group an "until" phrase hangs off, read from right to left.

    A past auxiliary holds the stretch in the past ("was closed until Friday"), a present, modal or verb
    of remaining holds it open ("remain closed", "has been shut"). A past form is a simple past only
    when nothing open governs it: "hold all markets closed until Friday" is the markets' state under
    "hold", while "he stayed until Friday" and "the crew stayed until Friday" are past acts. A reporting
    verb ends the clause ("said the crew stayed until Friday")."""
    words = [w.lower() for w in _WORD.findall(before)]
    seen_past = False
    for k in range(len(words) - 1, -1, -1):
        word = words[k]
        if word in _PAST_AUX:
            return PAST
        if word in _HOLDS_OPEN:
            return FUTURE
        if word in _REPORTING_PAST:
            break
        if word in _PARTICIPLE_TRANSPARENT or word.endswith("ly") or not _PAST.fullmatch(word):
            continue
        if k == 0 or words[k - 1] in _SUBJECT_PRONOUNS:
            return PAST  # "he stayed until Friday": a past act with its own subject
        seen_past = True
    return PAST if seen_past else NONE


def lexical_tense(text: str, start: int, end: int) -> int:
    """PAST, FUTURE or NONE from the nearest tense-bearing word in the same clause.

    The nearest marker wins because a sentence can hold a past report of a future plan
    ("he said he will meet on Friday"): the words next to the expression govern it.
    """
    lead = lead_tense(text, start, end)
    if lead is not None:
        return lead
    if text.startswith(("'s", "’s"), end):
        return NONE  # "Wednesday's ruling": the day of a thing already done, not of the verb
    left, right = clause_bounds(text, start, end)
    if _planned_object(text, left, start, end) or _ahead_when_clause(text, left, start):
        return FUTURE
    if _marker_before(text, left, start):
        # "will open an office on Sunday, officials said": the verb before governs, not the attribution
        # after a comma, nor anything that clause goes on to say ("..., and Britain said there would be");
        # nor a that-clause opening after the expression ("played down forecasts on Friday that rates
        # would rise"): the day belongs to the verb above it, as ``syntax.span_tense`` reads the parse
        right = min(_attribution_start(text, end, right), _complement_start(text, end, right))
    markers = _tense_markers(text, left, right, start, end)
    best: tuple[int, int] | None = None
    for k, (m, tense) in enumerate(markers):
        if tense == FUTURE and _purpose_of_past_act(m, markers[:k]):
            continue
        # a marker after the expression counts as a little farther: the verb before usually governs it
        dist = start - m.end() if m.end() <= start else (m.start() - end) * 2 + 2
        if best is None or dist < best[0]:
            best = (dist, tense)
    return best[1] if best else NONE


# after a capitalised -ed word: a finite verb makes that word the subject, a name ("Orvied is paying"),
# where a participle opening a clause goes on with a preposition or an object ("Asked about the plan")
_FINITE_AFTER = re.compile(
    r"[ \t]+(?:is|are|was|were|has|have|had|says|said|will|would|can|could|may|might|must|shall|should)\b"
)
_TITLE_WORD_AFTER = re.compile(r"[ \t]+([A-Z][a-z]+)\b")
_WORD_BEFORE_MARKER = re.compile(r"([A-Za-z]+)[ \t]+$")


def _capitalised_ed_name(text: str, left: int, m: re.Match[str]) -> bool:
    """Whether a capitalised word ending in -ed is a name rather than a past verb: after a lower-case word
    inside the clause ("shares of Orvied fell"), before a finite verb ("Minister Kastaned says"), or
    opening the clause before another capitalised name word ("Orvied Holdings said"). Irregular pasts and
    all-capital headline words are left alone."""
    word = m.group(0)
    if not (word.endswith("ed") and word[0].isupper() and word[1:].islower()):
        return False
    if _IRREGULAR_WORD.fullmatch(word):
        return False
    before = _WORD_BEFORE_MARKER.search(text, max(left, m.start() - 40), m.start())
    if (before is not None and before.group(1)[0].islower()) or _FINITE_AFTER.match(text, m.end()):
        return True
    if before is not None:
        return False  # "Storm Battered Coast": a capitalised run may be a headline's verb
    after = _TITLE_WORD_AFTER.match(text, m.end())
    return (
        after is not None and after.group(1).lower() not in WEEKDAYS and after.group(1).lower() not in MONTHS
    )


def _tense_markers(text: str, left: int, right: int, start: int, end: int) -> list[tuple[re.Match[str], int]]:
    """The tense-bearing words of the clause [left, right) outside the expression, in text order."""
    found: list[tuple[re.Match[str], int]] = []
    for rx, tense in ((_FUTURE, FUTURE), (_SCHEDULED_PRESENT, FUTURE), (_PAST, PAST)):
        for m in rx.finditer(text, left, right):
            if start <= m.start() < end:
                continue  # the expression's own words ("last", "next") are handled by the grammar
            if rx is _SCHEDULED_PRESENT and not _finite_present(text, left, m.start(), end):
                continue
            word = " ".join(m.group(0).lower().split())
            if word.startswith("to be ") and _TO_BE_NOT_AHEAD.search(
                text, max(left, m.start() - 30), m.start()
            ):
                continue
            if m.start() >= end and word in _GOVERNS_WHAT_FOLLOWS:
                continue  # "On Thursday, ahead of the protests, he lifted the law"
            if m.group(0).lower() in _PLAN_WORDS and (
                m.start() >= end or _PLAN_DONE.search(text, max(left, m.start() - 20), m.start())
            ):
                # "planned a march on Saturday" looks ahead; "On Friday, they planned..." and "as
                # previously scheduled" are past acts: the plain past-tense reading decides
                continue
            if tense == PAST and _PASSIVE_AUX.search(text, max(left, m.start() - 12), m.start()):
                continue  # "should be completed": a participle after "be" is not a past tense
            if tense == PAST and _DETERMINER_BEFORE.search(text, max(left, m.start() - 30), m.start()):
                continue  # "a still unspecified date", "the recently passed law": an adjective, not a verb
            if tense == PAST and _capitalised_ed_name(text, left, m):
                continue  # "Orvied is paying", "Minister Kastaned says": a name ending in -ed, no verb
            found.append((m, tense))
    found.sort(key=lambda mt: mt[0].start())
    return found


# past forms that make the infinitive after them a plan, as "expected to meet" and "was to meet" do
_PLANNING_PAST = frozenset({"was", "were", "expected", "scheduled", "planned", "intended", "hoped", "aimed",
                            "prepared", "went"})  # fmt: skip
# an active infinitive ("to meet", not "tomorrow"); a passive one ("an event to be held on Oct. 12", "a
# sale to be completed by Dec. 15") mostly names a thing still to come, whatever verb came before
_INFINITIVE = re.compile(r"to\s+(?!be\b)", re.I)
_PURPOSE_REACH = 80  # characters: the past verb must be close enough to govern the infinitive


def _purpose_of_past_act(m: re.Match[str], before: list[tuple[re.Match[str], int]]) -> bool:
    """An infinitive ("to meet") after a past verb of no planning ("made it hard for the firm to meet
    demand into the summer", "flew to Rome to attend the talks on Friday"): the purpose or complement of
    a past act, which the infinitive does not move ahead; the past verb then decides, as on the parse."""
    if not before or not _INFINITIVE.match(m.group(0)):
        return False
    prev, tense = before[-1]
    if tense != PAST or m.start() - prev.end() > _PURPOSE_REACH:
        return False
    return prev.group(0).lower() not in _PLANNING_PAST


# "protesters planned a march on Saturday", "the court set a hearing for Monday": the expression dates the
# planned thing, which lies ahead though the planning is past, whatever a later verb says ("... and were
# arrested"). "set", "called" and "announced" date their own act unless "for" puts the object's time.
# The object must open with a determiner or a number: "a march planned at the university for Saturday was
# called off" is a participle, and the verb after it decides. Only a day is placed this way: "announced a
# drop in profits for the fourth quarter" gives the period of the figures, not of a plan.
_PLANNED_OBJECT = re.compile(
    r"\b(?:(?P<plan>planned|scheduled)|set|called|announced)[ \t]+"
    r"(?P<object>(?:a|an|the|its|their|his|her|our|another|two|three|several|new)[ \t][^,;:()\"“”]{1,60}?)"
    r"(?(plan)(?:\b(?:on|for)[ \t]+)?|\bfor[ \t]+)$",
    re.I,
)
_NAMES_A_DAY = re.compile(
    rf"(?i:\b(?:{'|'.join(WEEKDAYS)})\b\.?|\b(?:{'|'.join(MONTHS)})\b\.?[ \t]+\d{{1,2}}\b)"
)


def names_a_day(text: str, start: int, end: int) -> bool:
    """Whether [start, end) names a day: a weekday or a month and day ("Friday", "Oct. 12")."""
    return _NAMES_A_DAY.search(text, start, end) is not None


def _planned_object(text: str, left: int, start: int, end: int) -> bool:
    """Whether the expression is the day of a planned thing named right after a plan verb."""
    if not names_a_day(text, start, end):
        return False
    m = _PLANNED_OBJECT.search(text, max(left, start - 90), start)
    if m is None or _PLAN_DONE.search(text, max(left, m.start() - 20), m.start()):
        return False  # "as previously scheduled", "had planned": a plan that belonged to a past moment
    obj = m.group("object")
    return not (_FUTURE.search(obj) or _PAST.search(obj) or _SCHEDULED_PRESENT.search(obj))


# Present tense of verbs that name a scheduled act ("the two leaders meet Monday", "talks resume on
# Tuesday"): in news such a present is an arrangement. Only verbs that are rarely nouns before a day
# name; "says Monday" and other reporting verbs are not here, nor "ends"/"closes", which market reports
# use for the day just past ("Wall Street closes lower Friday").
_SCHEDULED_PRESENT = re.compile(
    r"\b(?:meet|meets|convene|convenes|reconvene|reconvenes|begin|begins|resume|resumes|arrive|arrives|"
    r"gather|gathers|opens|starts)\b",
    re.I,
)
# before the verb: an infinitive, a negation or an auxiliary ("to meet", "did not meet", "could n't begin")
_NOT_FINITE_BEFORE = re.compile(r"\b(?:to|not|n't|never|did|do|does|could|can|cannot)[ \t]+$", re.I)


def _finite_present(text: str, left: int, verb_start: int, end: int) -> bool:
    """A scheduled-act verb in the simple present that governs the expression from before it."""
    if verb_start >= end:
        return False  # "Monday the talks resume": the verb after does not place the fronted day
    window = max(left, verb_start - 30)
    return not (
        _NOT_FINITE_BEFORE.search(text, window, verb_start)
        or _DETERMINER_BEFORE.search(text, window, verb_start)
    )


# "likely to buy as soon as trading opened Monday": a clause under "as soon as", "once" or "when" whose
# governor looks ahead is still to come, though its own verb is past in form (the sequence of tenses)
_WHEN_CONNECTIVE = re.compile(r"\b(?:as[ \t]+soon[ \t]+as|once|when)\b[^,;:]*$", re.I)
_AHEAD_GOVERNOR = re.compile(
    r"\b(?:will|'ll|shall|would(?![ \t]+(?:have|not|n't|never)\b)|likely[ \t]+to|expected[ \t]+to|"
    r"expects?[ \t]+to|going[ \t]+to|due[ \t]+to|set[ \t]+to|plans?[ \t]+to|planned[ \t]+to|about[ \t]+to|"
    r"(?:is|are|was|were)[ \t]+to)\b",
    re.I,
)
# "would not say when", "did not know when": an indirect question, whose time is the question's own
_QUESTION_VERB = re.compile(
    r"\b(?:say|said|says|tell|told|know|knew|ask|asked|explain|disclose|reveal|specify|sure|clear|unclear)"
    r"(?:[ \t]+exactly)?[ \t]+$",
    re.I,
)


def _ahead_when_clause(text: str, left: int, start: int) -> bool:
    """Whether the expression sits in a when/once/as-soon-as clause governed by a verb that looks ahead."""
    conn = _WHEN_CONNECTIVE.search(text, left, start)
    if conn is None or _QUESTION_VERB.search(text, max(left, conn.start() - 30), conn.start()):
        return False
    governors = list(_AHEAD_GOVERNOR.finditer(text, left, conn.start()))
    if not governors:
        return False
    # the governor must be the clause's last tense word before the connective ("will say it left when");
    # a participle after "be" is no past tense ("would be infused into the markets when they opened")
    return not any(
        not _PASSIVE_AUX.search(text, max(left, m.start() - 12), m.start())
        for m in _PAST.finditer(text, governors[-1].end(), conn.start())
    )


def _attribution_start(text: str, end: int, right: int) -> int:
    """The comma that opens a reporting clause after the expression (", officials said"), else ``right``."""
    for m in _PAST.finditer(text, end, right):
        if m.group(0).lower() in _REPORTING_PAST:
            comma = text.rfind(",", end, m.start())
            return comma if comma >= 0 else right
    return right


_COMPLEMENTIZER = re.compile(r"\bthat\b", re.I)


def _complement_start(text: str, end: int, right: int) -> int:
    """Where a that-clause opens after the expression, else ``right``."""
    m = _COMPLEMENTIZER.search(text, end, right)
    return m.start() if m else right


def _marker_before(text: str, left: int, start: int) -> bool:
    """Whether a tense marker stands between the clause start and the expression."""
    return any(rx.search(text, left, start) for rx in (_FUTURE, _PAST))


_DEADLINE_PREP = re.compile(r"\b(?:by|until|till|through)[ \t]+$", re.I)
_PAST_NEAR = re.compile(r"\b(?:was|were|had|did|[a-z]{2,}ed)\b[^.;]*$", re.I)


def deadline_ahead(text: str, start: int) -> bool:
    """ "by August", "until Friday": a deadline still ahead, unless a past verb governs it closely."""
    lo = max(0, start - 40)
    return bool(_DEADLINE_PREP.search(text, lo, start)) and not _PAST_NEAR.search(text, lo, start)


# a past verb right before the expression, bare or with "in"/"on" ("the quarter ended Oct. 31", "resigned
# in December"); adverbs of the past ("ago", "recently") and plan words are no such verb
_VERB_RIGHT_BEFORE = re.compile(r"\b([A-Za-z]+)[ \t]+(?:(?:in|on)[ \t]+)?$")
_PAST_ADVERBS = frozenset({"ago", "yesterday", "last", "earlier", "previously", "recently"})


def past_verb_right_before(text: str, start: int) -> bool:
    """Whether a finite past verb directly governs the expression at ``start``: the words alone are too
    noisy to keep a yearless date in the past when the verb stands farther off, but a past verb right
    before it is that date's own ("for the quarter ended Oct. 31" in an October 27 story is last year's)."""
    lo = max(0, start - 30)
    m = _VERB_RIGHT_BEFORE.search(text, lo, start)
    if m is None:
        return False
    verb = _PAST.match(text, m.start(1))
    if (
        verb is None
        or verb.end() != m.end(1)
        or verb.group(0).lower() in _PAST_ADVERBS
        or _FUTURE.fullmatch(verb.group(0))
    ):
        return False
    if _PASSIVE_AUX.search(text, lo, m.start()) or _DETERMINER_BEFORE.search(text, lo, m.start()):
        return False  # "will be completed in December", "the delayed December vote"
    return not _capitalised_ed_name(text, lo, verb)
