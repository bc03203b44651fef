"""Cheap bag-of-words tools for sentence ranking: tokens, TF-IDF vectors, cosine, keyword matching."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)

# Function words that carry no topic: kept short and general on purpose.
_STOP_TEXT = """a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had has
    have having he her here hers herself him himself his how i if in into is it its itself just me more
    most my myself no nor not now of off on once only or other our ours ourselves out over own same she
    should so some such than that the their theirs them themselves then there these they this those
    through to too under until up very was we were what when where which while who whom why will with
    would you your yours yourself yourselves said says say told according mr mrs ms one two new year
    years also would could may might must shall lrb rrb lsb rsb"""
STOPWORDS = frozenset(_STOP_TEXT.split())

Vector = dict[str, float]


def words(text: str) -> list[str]:
    """Lower-cased word tokens (letters and digits; inner apostrophes kept)."""
    return [w.lower() for w in _WORD.findall(text)]


def content_words(text: str) -> list[str]:
    return [w for w in words(text) if w not in STOPWORDS and len(w) > 1]


def idf_table(docs: Iterable[Sequence[str]]) -> tuple[dict[str, float], float]:
    """IDF per term over token lists, and the IDF given to unseen terms."""
    df: Counter[str] = Counter()
    n = 0
    for toks in docs:
        n += 1
        df.update(set(toks))
    default = math.log((n + 1) / 1) + 1.0
    return {t: math.log((n + 1) / (c + 1)) + 1.0 for t, c in df.items()}, default


def tfidf(tokens: Sequence[str], idf: dict[str, float], default_idf: float) -> Vector:
    tf = Counter(tokens)
    vec = {t: c * idf.get(t, default_idf) for t, c in tf.items()}
    norm = math.sqrt(sum(v * v for v in vec.values()))
    if norm == 0.0:
        return {}
    return {t: v / norm for t, v in vec.items()}


def cosine(a: Vector, b: Vector) -> float:
    """Cosine of two L2-normalised sparse vectors (a plain dot product)."""
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(t, 0.0) for t, v in a.items())


def centroid(vectors: Sequence[Vector]) -> Vector:
    acc: dict[str, float] = {}
    for v in vectors:
        for t, x in v.items():
            acc[t] = acc.get(t, 0.0) + x
    norm = math.sqrt(sum(x * x for x in acc.values()))
    if norm == 0.0:
        return {}
    return {t: x / norm for t, x in acc.items()}


def keyword_pattern(keywords: Sequence[str]) -> re.Pattern[str] | None:
    """A case-insensitive whole-word pattern for any of the keywords (None when there are none)."""
    kws = sorted({k.strip() for k in keywords if k and k.strip()}, key=len, reverse=True)
    if not kws:
        return None
    alt = "|".join(re.escape(k) for k in kws)
    return re.compile(rf"(?<![^\W_])(?:{alt})(?![^\W_])", re.IGNORECASE)


def shorten(text: str, limit: int = 110) -> str:
    """One line of at most ``limit`` characters, cut at a word boundary with an ellipsis."""
    line = " ".join(text.split())
    if len(line) <= limit:
        return line
    cut = line[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:-") + "…"


# A chronology entry's date before a dash or colon ("May 23 , 2001 - A train smashes ...",
# "26 December: Arab League observers arrive", "Aug. 21 - Rebels enter Tripoli"): the entry's date is shown
# beside the headline already.
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_CHRONO_DATE = re.compile(
    rf"^(?:[a-z]+day\s*,?\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}|{_MONTH}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?)"
    r"(?:\s*,?\s*\d{4})?\s*[-–—:]\s+",
    re.IGNORECASE,
)
# Discourse links that open a sentence but say nothing on their own ("But", "However,").
_LEAD_LINKS = re.compile(
    r"^(?:but|and|however|meanwhile|yet|so|still|also|moreover|nevertheless|nonetheless|indeed|instead|thus|"
    r"furthermore|additionally|separately|likewise|similarly)\b,?\s+",
    re.IGNORECASE,
)
# An opening adverbial phrase ("During talks with X, ...", "On Thursday, ...") ends at its comma, or at
# the comma after a year or a date set off in it ("On March 18, 1965, ...", "In the worst year, 2002, ...",
# "On Friday, May 14, ...").
# A span of time before or after something ("two days after the vote, ...") opens such a phrase too.
# "At least seven people ..." is a count, not a place or time; "This missile, ..." is a subject, unlike
# "This week, ...".
_INTRO = re.compile(
    r"^(?:(?:during|after|before|in|on|at(?!\s+(?:least|most)\b)|when|while|"
    r"as(?!\s+(?:many|much|few|well)\b)|since|although|though|"
    r"despite|following|earlier|later|last|with|amid|under|for|by)\b|this\s+(?:past\s+)?(?:week|month|year|"
    r"morning|afternoon|evening|weekend|spring|summer|autumn|fall|winter|time|[a-z]+day)\b|(?:[\w-]+\s+){1,2}(?:days?|weeks?|"
    r"months?|years?|hours?)\s+(?:after|before|later|earlier)\b)[^,;:]{0,80},"
    rf"(?:\s+\d{{4}},|\s+{_MONTH}\s+\d{{1,2}}(?:,\s+\d{{4}})?,)?\s+",
    re.IGNORECASE,
)
# A phrase on a doing ("After stonewalling reporters for two days about ..., ") is no subject however long
# it runs, so it may run longer than other opening phrases before its comma (a number's thousands comma
# is no end: "... dumped 2,300 barrels of oil, ...").
_DOING_INTRO = re.compile(
    r"^(?:after|before|since|despite|while|when|upon|by|without)\s+[a-z]{2,}ing\b"
    r"(?:[^,;:]|(?<=\d),(?=\d{3})){0,160},\s+",
    re.IGNORECASE,
)


# A participle phrase opening the line ("Putting its threats into action, Kastan closed ..."): three
# words at least, so a place ending in "-ing" listed first ("Beijing, Tianjin and ...") stays, and a
# subject after it (a name, or a noun after an article). "According to ..." is an attribution, which
# other rules weigh, and "Including ..." opens a list.
_PARTICIPLE_INTRO = re.compile(
    r"^(?!(?:According|Including|Excluding)\b)[A-Z][a-z]{2,}ing(?:\s+[^\s,;:]+){2,}[^,;:]{0,100},\s+(?=[A-Z]|(?:the|a|an)\s)"
)
# A past participle's phrase ("Alarmed by the delays, ...", "Angered over the vote, ..."): its subject
# comes after the comma, or after another opening phrase ("..., despite her promise, Marren announced ...").
_PAST_PARTICIPLE_INTRO = re.compile(
    r"^[A-Z][a-z]{2,}ed\s+(?:by|with|over|at|about)\s[^,;:]{0,120},\s+"
    r"(?=[A-Z]|(?:the|a|an)\s|(?:despite|after|amid|during|following)\b)"
)


# A subordinate clause opening the line ("As the envoy packs for a week of talks in Orvik with the
# fishing board, ...", "While the mayor says the pier is safe, ...") buries the main clause however long it
# runs: it may run longer than other opening phrases before its comma, up to a subject after it. Not a
# count or a measure ("As many as 40 people died, ...").
_CLAUSE_INTRO = re.compile(
    r"^(?i:as|while|whereas|although|though|because|once)\s+(?!(?i:many|much|well|of|soon|long|far|for|to)\b)"
    r"(?:[^,;:\"“”]|(?<=\d),(?=\d{3})){0,160},\s+(?=[A-Z]|(?:the|a|an|other|some|many|most)\s)"
)


def _intro(line: str) -> re.Match[str] | None:
    return (
        _INTRO.match(line)
        or _DOING_INTRO.match(line)
        or _CLAUSE_INTRO.match(line)
        or _PARTICIPLE_INTRO.match(line)
        or _PAST_PARTICIPLE_INTRO.match(line)
    )


# A short lead-in before a colon that points at what follows ("Here is the grim figure: ...", "The
# reason is simple: ..."): the line is what follows it.
_LEAD_IN = re.compile(
    r"^(?:here|this|that|the reason|the answer|the result)\b[^:;\"“”]{0,60}:\s+(?=[A-Z])", re.IGNORECASE
)
# (a colon that opens a quotation is no break: 'An official stated: "We are working ..."' says what)
_CLAUSE_BREAK = re.compile(r"\s*(?:;|\s[-–—]{1,2}\s|:\s(?![\"“]))")
_COMMA_CLAUSE = re.compile(
    r",\s+(?=(?:which|who|whom|whose|but|and|while|as|after|when|where|although|though|saying|adding|"
    r"amid|because|since|despite|before|following)\b)",
    re.IGNORECASE,
)
# A participle after a comma opens a phrase that only adds to the clause (", dealing a setback to ..."):
# a cut when the line has no clause boundary above, since after a subject it is an aside instead
# ("the minister, returning from Orvik, said ..."). "during" only looks like one: it opens an aside of
# time, and a cut there leaves the clause without its verb ("an aide said Okafor, during ..., seemed").
_COMMA_PARTICIPLE = re.compile(r",\s+(?=(?!during\b)[a-z]+ing\b)")
# An aside between commas inside the clause, which picks up after it with a lower-case word ("Kastan's
# troops, backed by the militia, retook ...", "The email from Tomas Brek, now the council's chair, was
# released ...", "outlets, including the Orvik Times, reported ..."): a line too long for the headline
# drops it before cutting words. A list goes on with "and"/"or" and is no aside; a name opening it ("the
# adviser, Tomas Brek, told ...") is kept, and so is an "including" aside a description of its last
# name follows ("officials, including Tomas Brek, the port's chief, met ...").
_MID_ASIDE = re.compile(
    r",\s+(?:on|in|at|from|near|under|with|by|during|backed|based|now|then|formerly|a|an|the|"
    r"including(?=[^,;:]{2,90},\s+(?!(?:the|a|an)\s)))\s"
    r"[^,;:\"“”]{2,90}?,\s+(?!(?:and|or|but|nor)\b)(?=[a-z])"
)
_MONTH_NAME = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
# A date closing the line ("... the founding of the province on 14 May 2031."): the entry's date is shown
# beside the headline, so a line too long drops it first.
_TRAILING_DATE = re.compile(
    rf"\s+(?:on|in)\s+(?:(?:\d{{1,2}}\s+)?{_MONTH_NAME}(?:\s+\d{{1,2}})?,?(?:\s+\d{{4}})?|\d{{4}})\s*[.!]?$"
)
_DOUBLE_QUOTES = '"“”„«»'


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:] if text[:1].islower() else text


def _ends_a_list(line: str, comma: int, after: int) -> bool:
    """Whether ", and" / ", or" at ``comma`` closes a list ("black shirts, face masks, and helmets"): the
    item before it is a few words after another comma, so cutting there would leave "black shirts, face
    masks" as a headline."""
    if not line[after:].lower().startswith(("and ", "or ")):
        return False
    previous = line.rfind(",", 0, comma)
    return previous != -1 and len(line[previous + 1 : comma].split()) <= 3


# An aside between two dashes ("Members of the movement — which won in 2019 — returned ..."): the
# sentence goes on after it, so it is no clause boundary. The closing dash may lose its space after it
# ("... when the strike began --Okafor refused ...").
_DASHED_ASIDE = re.compile(r"\s[-–—]{1,2}\s(?:(?!\s[-–—]{1,2}\s)[^;]){1,160}?\s[-–—]{1,2}\s?(?=[^\W\d_])")
# A relative clause between commas right after the subject ("Marren, who attended the conference
# Monday, closed out his trip"), ending where the subject's verb (a lower-case word) picks up.
_SUBJECT_ASIDE = re.compile(r",\s+(?:who|which|whose)\b[^;]{1,160}?,\s+(?=[a-z])")


def _drop_subject_aside(line: str) -> str:
    """The sentence without a relative clause set off after its subject, when what comes before the
    clause is only the subject (no word that reads as a verb): cutting there would leave no verb."""
    m = _SUBJECT_ASIDE.search(line)
    if not m:
        return line
    before = line[: m.start()].split()
    # names are capitalised ("Tomas", "Chambers"): only a lower-case word can be the verb
    pairs = zip(before, [*before[1:], None], strict=True)
    if not before or any(w[:1].islower() and _reads_as_verb(w, n) for w, n in pairs):
        return line
    return line[: m.start()] + " " + line[m.end() :]


# Possessives too: "After the founder's death, his son took over" needs its phrase as much as "he" does.
_PERSONAL_PRONOUN_TEXT = "he she it they we i you him her them us his its their our my your"
_PERSONAL_PRONOUNS = frozenset(_PERSONAL_PRONOUN_TEXT.split())


def _opens_on_a_pronoun(clause: str) -> bool:
    first = clause.split(maxsplit=1)[0].lower().strip("\"'“”‘’") if clause.strip() else ""
    return first in _PERSONAL_PRONOUNS or first.startswith(("it's", "it’s"))


def first_clause(text: str, limit: int = 110) -> str:
    """A readable one-line headline from a sentence: its main clause, without an opening discourse
    link or adverbial phrase, an aside between dashes or a relative clause after the subject, cut at
    a clause boundary (";", a dash, ", which ..."), else shortened at a word boundary; double quotes
    that would be left unbalanced are dropped."""
    line = " ".join(text.split()).lstrip("-–—•*· ")
    line = _DASHED_ASIDE.sub(" ", line)
    m = _CHRONO_DATE.match(line)
    if m and len(line[m.end() :].split()) >= 4:
        line = _capitalise(line[m.end() :])
    m = _LEAD_LINKS.match(line)
    if m and len(line) - m.end() > 20:
        line = _capitalise(line[m.end() :])
    m = _LEAD_IN.match(line)
    if m and len(line[m.end() :].split()) >= 5:
        line = line[m.end() :]
    line = _drop_intros(line)
    line = _drop_subject_aside(line)
    m = _CLAUSE_BREAK.search(line)
    if m and len(line[: m.start()].split()) >= 4 and not _leaves_no_main_clause(line[: m.start()]):
        line = line[: m.start()]
    line = _fit_by_dropping(line, limit)
    if len(line) > limit:
        for pattern, in_a_list in ((_COMMA_CLAUSE, _ends_a_list), (_COMMA_PARTICIPLE, _opens_a_list_item)):
            cuts = [
                c.start()
                for c in pattern.finditer(line)
                if c.start() <= limit
                and not in_a_list(line, c.start(), c.end())
                and not _leaves_no_main_clause(line[: c.start()])
            ]
            if cuts and len(line[: cuts[-1]].split()) >= 5:
                line = line[: cuts[-1]]
                break
    line = shorten(line.rstrip(" ,;:"), limit)
    if line.endswith("…"):
        # "... a phone call which…" reads better as "... a phone call…"
        toks = line[:-1].split()
        while len(toks) > 4 and toks[-1].lower().strip(",;:") in STOPWORDS:
            toks.pop()
        line = " ".join(toks).rstrip(" ,;:-") + "…"
    return _balance_quotes(line)


# An opening phrase of time, place or reason ("Since the spring of 2031", "Despite the pledge") or a
# participle's ("Alarmed by the delays ..."): a line cut after it keeps no main clause.
_OPENING_PHRASE = re.compile(
    r"^(?:(?:as|in|on|at|after|before|since|despite|during|following|amid|until|while|when|although|"
    r"though|because|unlike|like|with|without|under|over|from|for|by)\b|[A-Z][a-z]{2,}(?:ed|ing)\s+(?:by|with|"
    r"at|over|in|on|to|about|from|after)\b)",
    re.IGNORECASE,
)
# A clause of condition or manner whose subject is left without its verb ("It was as though Judge Marren").
_SUBJECT_LEFT_BY_ITSELF = re.compile(r"\b(?:if|though|that|whether|because)\s+(?:[A-Z][\w.'’-]*\s*)+$")


def _leaves_no_main_clause(head: str) -> bool:
    """Whether a line cut to ``head`` would keep only its opening phrase ("Since the spring of 2031",
    "Alarmed by the delays, ...") or end on a subject whose verb was cut ("It was as though Judge
    Marren"): the main clause lies after the cut, so the cut makes a fragment."""
    head = head.strip()
    if _SUBJECT_LEFT_BY_ITSELF.search(head):
        return True
    return _OPENING_PHRASE.match(head) is not None and "," not in head


def _drop_intros(line: str) -> str:
    """The line without its opening adverbial phrases ("Last September, on short notice, ..."), each
    with a discourse link after it ("Since X, however, Y ..."). A clause that opens on a personal
    pronoun keeps its phrase, which may name who it is ("In his 2029 trial, he was defended by ...",
    "While Tuesday's memorial is the first, it won't be the last")."""
    for _ in range(3):
        m = _intro(line)
        if not m or len(line[m.end() :].split()) < 5 or _opens_on_a_pronoun(line[m.end() :]):
            break
        if _names_whom_the_rest_points_to(line[: m.end()], line[m.end() :]):
            break
        if _an_adjectives_subject(line[: m.end()]):
            break
        end = _end_of_a_dated_phrase(line, m.end())
        if _opens_on_a_pronoun(line[end:]):
            break  # "After a long, very tense night, he resigned": the phrase may name who he is
        line = _capitalise(_without_the_dates_year(line[:end], line[end:]))
        m = _LEAD_LINKS.match(line)
        if m and len(line) - m.end() > 20:
            line = _capitalise(line[m.end() :])
    return line


_COMPARED_OPENING = re.compile(r"^(?:earlier|later|last)\s+(?!(?:this|that|in|on|at|the)\b)", re.IGNORECASE)


def _an_adjectives_subject(phrase: str) -> bool:
    """Whether an opening "Earlier"/"Later"/"Last" is an adjective of the line's subject, whose verb
    comes before the comma ("Earlier harbour drills took place on Nov. 30, 2029 and ..."): no opening
    phrase then, the line's main clause runs through it."""
    if not _COMPARED_OPENING.match(phrase):
        return False
    return any(reads_as_a_past_verb(w.strip(",")) for w in phrase.split()[1:])


# A year set off by commas inside the opening phrase, which goes on with its noun ("In the May 2, 2031,
# briefing, ..."): the phrase ends at the noun's comma, not the year's.
_AFTER_A_SET_OFF_YEAR = re.compile(r"\b\d{4},\s+$")
_NOUN_AFTER_THE_YEAR = re.compile(r"[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2},\s+")


def _end_of_a_dated_phrase(line: str, end: int) -> int:
    """Where an opening phrase that ends on a year really ends: after the noun the date modifies; or,
    when its comma only parted two modifiers ("After two nights of noisy, often unruly strikes, ..."),
    at the comma after their noun."""
    if _MODIFIER_AFTER_THE_COMMA.match(line, end):
        m = _REST_OF_THE_PHRASE.match(line, end)
        return m.end() if m else end
    if not _AFTER_A_SET_OFF_YEAR.search(line[:end]):
        return end
    m = _NOUN_AFTER_THE_YEAR.match(line, end)
    return m.end() if m else end


# An adverb of degree or frequency opening the words after a comma goes on a list of modifiers ("noisy,
# often unruly strikes"): no main clause opens on it.
_MODIFIER_AFTER_THE_COMMA = re.compile(
    r"(?:sometimes|often|occasionally|mostly|largely|increasingly|partly|deeply|highly|very)\s+[a-z]"
)
_REST_OF_THE_PHRASE = re.compile(r"[^,;:]{1,120},\s+")


# An opening phrase that ends on a month and day ("On May 14, ") whose year lost the comma after it (an
# aside between dashes after the year was dropped: "On May 14, 2031 — a week before the vote — the
# council ..."): the year belongs to the phrase.
_ENDS_ON_A_DAY = re.compile(rf"\b{_MONTH_NAME}\s+\d{{1,2}},\s+$")
_LONE_YEAR = re.compile(r"(?:1[89]|20)\d\d\s+(?=\S)")


def _without_the_dates_year(intro: str, rest: str) -> str:
    """The rest of a line after its opening phrase, without the year of a date the phrase ends on."""
    if _ENDS_ON_A_DAY.search(intro):
        m = _LONE_YEAR.match(rest)
        if m and len(rest[m.end() :].split()) >= 5:
            return rest[m.end() :]
    return rest


_OBJECT_PRONOUNS = frozenset({"him", "her", "them"})
_CALENDAR_WORD = re.compile(rf"^(?:{_MONTH_NAME}|[A-Z][a-z]+day)$")


def _names_whom_the_rest_points_to(intro: str, rest: str) -> bool:
    """Whether an opening phrase names someone ("A few months after Brek's release, Ilsa Marren stayed
    with him") whom the clause after it points back to with "him"/"her"/"them": without the phrase nobody is
    named for it."""
    if not any(w.lower().strip(".,;:") in _OBJECT_PRONOUNS for w in rest.split()):
        return False
    names = [w.strip(".,;:'’s") for w in intro.split()[1:] if w[:1].isupper()]
    return any(n and not _CALENDAR_WORD.match(n) for n in names)


def pronoun_after_intros(line: str) -> int | None:
    """Where a clause's subject pronoun starts when only opening phrases stand before it ("In March 2031,
    he declared ...", "Last May, on short notice, she called off ..."): with a name for the pronoun the
    phrases can go. None when the line opens otherwise."""
    at = 0
    for _ in range(3):
        m = _intro(line[at:]) or _LEAD_LINKS.match(line[at:])
        if not m:
            return None
        at += m.end()
        first = line[at:].split(maxsplit=1)[0].lower() if line[at:].strip() else ""
        if first in {"he", "she", "they"}:
            return at
    return None


def _has_a_verb(words_: list[str]) -> bool:
    """Whether any of the words reads as a verb: a form of "be"/"have"/"do", a modal, a past ("-ed",
    "set"), or a word after "to" ("to be")."""
    low = [w.lower().strip("\"'“”‘’,.;:") for w in words_]
    # after a determiner or an owner an "-ed" word describes ("the armed forces", "Kastan's armed guards")
    owners = [False, *(w in DETERMINERS or w.endswith(("'s", "’s")) for w in low)]
    return any(
        w in _AUX
        or w in _MODALS
        or w in _BE
        or w in _IRREGULAR_PAST
        or (len(w) > 3 and w.endswith("ed") and not owned)
        for w, owned in zip(low, owners, strict=False)
    ) or any(a == "to" and b.isalpha() and b not in DETERMINERS for a, b in zip(low, low[1:], strict=False))


def _opens_a_list_item(line: str, comma: int, after: int) -> bool:
    """Whether the words after a comma are a short item of a list ("its caches, training grounds, and
    camps"): a few words up to the next comma."""
    following = line.find(",", after)
    return following != -1 and len(line[after:following].split()) <= 3


def _is_an_aside(line: str, m: re.Match[str]) -> bool:
    """Whether the match is an aside set off after the clause's subject: the aside itself tells no act
    (", now the council's chair," but not ", the army seized the town,"), and its subject, from the line's
    start or a "that" on, has no verb yet and names something ("Late on Sunday" is only a time)."""
    aside = line[m.start() : m.end()].strip(" ,").split()
    before = line[: m.start()]
    that = before.lower().rfind(" that ")
    subject = (before[that + 6 :] if that != -1 else before).split()
    if _has_a_verb(_without_noun_infinitives(aside)[1:]) or _has_a_verb(subject):
        return False
    content = [w for w in subject if w.lower().strip(",") not in STOPWORDS | _TIME_WORDS]
    # "According to a report by X, a firm, ...": there the comma ends a phrase, not an aside
    return bool(content) and subject[0].lower() not in {"according", *_PREPOSITIONS}


def _without_noun_infinitives(aside: list[str]) -> list[str]:
    """An aside that opens on "a"/"an"/"the" without the infinitives in it: there "to be" belongs to a
    noun (", a campaigner and frontrunner to be the next leader,") and makes no clause."""
    if not aside or aside[0].lower() not in {"a", "an", "the"}:
        return aside
    kept: list[str] = []
    for word in aside:
        if kept and kept[-1].lower() == "to":
            kept.pop()
            continue
        kept.append(word)
    return kept


# An attribution opening the line ("According to a new report in the Ledger, (yes, the Ledger), ..."),
# with a bracketed remark after it. What follows must be the clause: not a year ("a March 14, 2031
# release") nor an aside on the source (", a security firm, ...").
_ACCORDING_TO = re.compile(
    r"^according\s+to\s[^,;:]{1,100},\s+(?:\([^()]{1,60}\),?\s+)?(?!(?:a|an)\s)(?=[^\W\d_])", re.IGNORECASE
)


# A role set before the name it describes ("The council's harbour adviser, Tomas E. Brek , told ..."): the
# name says who it is.
_ROLE_BEFORE_NAME = re.compile(
    r"^(?P<role>[^,;:\"“”]{3,70}),\s+(?P<name>(?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w.'’-]*)\s*,\s+(?=[a-z])"
)


_ROLE_BREAKER_TEXT = "to with in on for against from at over into between by and or even only also"
_ROLE_BREAKERS = frozenset(_ROLE_BREAKER_TEXT.split())


def _drop_role_before_name(line: str) -> str:
    """The line opening on its subject's name when a role was set before it."""
    m = _ROLE_BEFORE_NAME.match(line)
    if not m:
        return line
    role = m.group("role").split()
    # a role has a lower-case noun ("adviser") and no verb; "Kastan, Tomas Brek, ..." is a list, and
    # "A lunch between Kastan and his host, Tomas Brek, ..." names the host of another subject
    low = [w.lower() for w in role]
    if len(role) > 7 or _has_a_verb(role) or any(w in _ROLE_BREAKERS for w in low):
        return line
    if not any(w[:1].islower() and w not in STOPWORDS for w in role):
        return line
    return m.group("name") + " " + line[m.end() :]


def _drop_attribution(line: str) -> str:
    """The line without an opening "According to ..., " when a clause that reads alone follows."""
    m = _ACCORDING_TO.match(line)
    if not m or len(line[m.end() :].split()) < 5 or _opens_on_a_reference(line[m.end() :]):
        return line
    return _capitalise(line[m.end() :])


def _fit_by_dropping(line: str, limit: int) -> str:
    """A line too long for the headline without what adds least: an opening attribution, a role
    before its subject's name, asides between commas after its subject, then a date that closes it."""
    if len(line) > limit:
        line = _drop_role_before_name(_drop_attribution(line))
    start = 0
    while len(line) > limit:
        m = _MID_ASIDE.search(line, start)
        if not m:
            break
        if not _is_an_aside(line, m):
            start = m.start() + 1
            continue
        line = line[: m.start()] + " " + line[m.end() :]
    if len(line) > limit:
        m = _TRAILING_DATE.search(line)
        if m and len(line[: m.start()].split()) >= 5:
            line = line[: m.start()] + "."
    return _fit_a_report(line, limit)


_REPORT_VERB_TEXT = """said says told tells wrote ruled announced reported warned declared added stated insisted
    tweeted testified claimed argued"""
REPORT_VERBS = frozenset(_REPORT_VERB_TEXT.split())  # how a report is attributed, here and in the timeline
_REPORT_VERB = r"(?:" + "|".join(sorted(REPORT_VERBS)) + r")"
_DAY_WORD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight)"
# When a report was made, right after its verb ("said on Monday", "ruled late Friday", "told Metro TV on
# Sunday": "told" keeps whom it told, a name or "reporters"): the entry's date stands beside the line.
_REPORT_TIME = re.compile(
    rf"\b(?P<verb>{_REPORT_VERB}(?:\s+(?:the\s+)?(?:[A-Z][^\s,;:\"“”]*|reporters|journalists|lawmakers)){{0,3}}?)"
    rf"\s+(?:(?:on|late|early|last)\s+)?{_DAY_WORD}(?:\s+(?:morning|afternoon|evening|night))?(?![\w'’]|,\s+\d)"
)
# "said that ..." reads as well as "said ...".
# ("told Metro TV that chief of staff ..." keeps its "that": without it the name runs into the subject)
_SAID_THAT = re.compile(r"\b(?P<verb>said|says)\s+that\s+(?=\S)")
# A concession opening what was reported ("ruled that while the old limits "may once have served,"
# the port must now reopen ..."): the report's point comes after its comma. (An "if" or "when" clause is
# kept: it is a condition of the point, not an aside to it.)
_REPORTED_CONCESSION = re.compile(
    r"\bthat\s+(?:while|although|though|even\s+though|despite)\s"
    r"[^,;:]{5,160}?,[\"”]?\s+(?=\S)",
    re.IGNORECASE,
)
# Whom something was told, when it takes many words ("told an audience at the Orvik School of
# Public Affairs that ..."): "said" keeps what was said within the line.
_TOLD_AUDIENCE = re.compile(r"\btold\s+(?:[^\s,;:\"“”]+\s+){1,12}?that\s+(?=\S)")


def _fit_a_report(line: str, limit: int) -> str:
    """A report too long for the headline ("X told Y on Sunday that ...") with what it reported kept in
    the line: without the time of the report and a "that" after "said", then without a subordinate
    clause that opens what was reported, then with "said" for a long "told <whom> that"."""
    if len(line) > limit:
        line = _REPORT_TIME.sub(lambda m: m.group("verb"), line, count=1)
    if len(line) > limit:
        line = _SAID_THAT.sub(lambda m: m.group("verb") + " ", line, count=1)
    if len(line) > limit:
        m = _REPORTED_CONCESSION.search(line)
        if m and len(line[m.end() :].split()) >= 4 and not _opens_on_a_reference(line[m.end() :]):
            line = line[: m.start()] + "that " + line[m.end() :]
    if len(line) > limit:
        m = _TOLD_AUDIENCE.search(line)
        if m and not _points_to_the_told(line[m.end() :]):
            line = line[: m.start()] + "said " + line[m.end() :]
    return line


_TOLD_POINTERS = frozenset({"they", "them", "their", "you", "your"})


def _points_to_the_told(reported: str) -> bool:
    """Whether what was told points back to whom it was told ("told the leaders that it was up to
    them"): without them in the line it would point to nobody."""
    return any(w.lower().strip(".,;:\"“”'’") in _TOLD_POINTERS for w in reported.split()[:12])


# Where a sentence's second clause, with a subject of its own, starts: after a semicolon, or after ", but",
# ", and", ", when", ", while" or ", whereas" (the link dropped).
# A plain "and" before a day opens one too ("Governors have refused the refugees and on Thursday the House
# passed a bill ..."): a day seldom starts a second object.
_NEXT_CLAUSE = re.compile(
    rf";\s+|,\s+(?:but|and|when|while|whereas)\s+|\s+and\s+(?=(?:(?:on|late|early)\s+)?{_DAY_WORD}\b)",
    re.IGNORECASE,
)
# The day opening such a clause, before its subject.
_CLAUSE_DAY = re.compile(
    rf"^(?:(?:on|late|early)\s+)?{_DAY_WORD}(?:\s+(?:morning|afternoon|evening|night))?,?\s+"
)


def clause_naming(text: str, start: int, end: int, limit: int = 110) -> str | None:
    """The headline from the clause of a sentence that holds the characters ``start``-``end`` (a date),
    when that is a later clause with its own subject ("The draft ended in 1973, but the service was
    revived in 1980 ..." for 1980): the main clause would tell another time. None when the span is in
    the first clause, or its clause opens on no subject or loses the span when cut."""
    opens = [m for m in _NEXT_CLAUSE.finditer(text) if m.end() <= start]
    if not opens:
        return None
    rest = text[opens[-1].end() :]
    day = _CLAUSE_DAY.match(rest)
    after_day = rest[day.end() :] if day else rest
    first = after_day.split(maxsplit=1)[0] if after_day.strip() else ""
    subject = first[:1].isupper() or first.lower() in DETERMINERS
    if not subject or first.lower() in _PERSONAL_PRONOUNS:
        return None
    line = first_clause(_capitalise(rest), limit)
    return line if text[start:end] in line else None


def _balance_quotes(line: str) -> str:
    """A line whose quotation marks do not pair: a quotation opened after its speaker ('Marren said
    on Friday "We are ready.') is closed at the line's end; one opened just before the line's end goes;
    other stray marks are dropped."""
    if sum(line.count(q) for q in _DOUBLE_QUOTES) % 2 == 0:
        return line
    last = max(line.rfind(q) for q in _DOUBLE_QUOTES)
    opens = last > 0 and line[last - 1] == " " and line[last] in '"“' and len(line[last + 1 :].split()) >= 3
    if opens:
        return line + ("”" if line[last] == "“" else '"')
    if last > 0 and line[last - 1] == " " and line[last] in '"“':
        # a quotation opened just before the cut ('said “we would” the request “in terms…'): the
        # pairs before it still mark what was said
        return (line[:last] + line[last + 1 :]).strip()
    return "".join(ch for ch in line if ch not in _DOUBLE_QUOTES).strip()


_PRONOUN_TEXT = """a an the this that these those his her its their our my your he she it they we i you
    him them us me who which what some such"""
_PRONOUN_STARTS = frozenset(_PRONOUN_TEXT.split())


_MODAL_TEXT = "will would can could may might must shall should"
_AUX_TEXT = "is are was were has have had does did"
DETERMINER_TEXT = "a an the this that these those his her its their our my your some"
_PREPOSITION_TEXT = "to with in on of for against from at over into between by"
# Common irregular pasts of news verbs: the summary's verb shows no "-ed" ("Moscow froze its ties").
_IRREGULAR_PAST_TEXT = """became began bid bled blew broke brought built bought cast caught chose came cost cut
    dealt drew drove fell fed felt fought found fled flew forbade forgave froze gave got grew hung held hit
    hurt kept knew laid led left lent let lost made meant met oversaw overthrew paid put quit ran read rode
    rose saw sought sold sent set shook shot shut sang sank sat slid spoke sped spent split spread stood
    stole struck swept swore took taught tore told thought threw understood upheld withdrew withheld won
    went wore wrote"""
_MODALS = frozenset(_MODAL_TEXT.split())
_AUX = frozenset(_AUX_TEXT.split())
DETERMINERS = frozenset(DETERMINER_TEXT.split())
_PREPOSITIONS = frozenset(_PREPOSITION_TEXT.split())
_IRREGULAR_PAST = frozenset(_IRREGULAR_PAST_TEXT.split())


def _reads_as_verb(word: str, following: str | None) -> bool:
    """Whether the word after a headline's actor can be its verb ("signs", "froze", "agreed", "will
    meet"); a bare noun ("visit"), an infinitive ("to") or a modal before a determiner ("should the
    talks falter") cannot."""
    w = word.lower().strip("\"'“”‘’,")
    if w in _MODALS or w in _AUX:
        return following is not None and following.lower() not in DETERMINERS
    if w in _IRREGULAR_PAST or w.endswith("ed"):
        return True
    if w.endswith("ings") and w[:-1] not in _ING_VERBS:
        return False  # a plural noun made from a verb: "Kastan meetings with Brek", "Orvik bombings"
    return w.endswith("s") and not w.endswith("ss") and len(w) > 3


def reads_as_a_past_verb(word: str) -> bool:
    """Whether a lower-case word reads as a past verb or a past auxiliary ("sank", "destroyed", "had"),
    as a relative "that" is followed by ("the storm that sank the ferry"), unlike a reported clause's
    subject ("said that ships ...")."""
    w = word.strip("\"'“”‘’,")
    if not w.islower():
        return False
    return w in _IRREGULAR_PAST or w in {"was", "were", "had"} or (w.endswith("ed") and len(w) > 3)


# Verbs whose own stem ends in "ing" ("Kastan brings ..."): their "-ings" is a verb's, not a plural noun's.
_ING_VERB_TEXT = "bring cling fling ring sing sling spring sting string swing wring wing"
_ING_VERBS = frozenset(_ING_VERB_TEXT.split())


# Verbs that tell the whole act with no object ("the minister resigned", "the troops withdrew").
_STANDS_ALONE_TEXT = """resign arrive return die flee fled protest retreat withdraw withdrew surrender collapse
    escape depart abstain defect"""
_STANDS_ALONE = frozenset(_STANDS_ALONE_TEXT.split())


def _stands_alone(word: str) -> bool:
    w = word.lower().strip(".,;:!?")
    stems = {w, w[:-1], w[:-2]} if w.endswith(("s", "d")) else {w}
    return bool(stems & _STANDS_ALONE)


def _split_actor(summary: str, actor: str | None) -> tuple[list[str], list[str]]:
    """A summary's actor words and the words after them: ``actor`` when the summary opens with it, else
    the leading capitalised words."""
    if actor and summary.startswith(actor + " "):
        return actor.split(), summary[len(actor) :].split()
    toks = summary.split()
    i = 0
    while i < len(toks) and toks[i][:1].isupper():
        i += 1
    return toks[:i], toks[i:]


def is_headline_sentence(summary: str, actor: str | None = None) -> bool:
    """Whether an event summary reads as a headline on its own: 3-16 words, opening with a capitalised
    name (not a pronoun, article or lower-case fragment), with no doubled word ("to to"), and either a
    verb after the actor ("Veloria signs ...") or a noun with its complement ("Ilsa Marren visit to
    Port Alder", not a bare "Ilsa Marren visit"); a verb with nothing after it only when it needs no
    object ("Tomas Brek resigned", not "Tomas Brek denied"). ``actor``: the name the summary opens with, when
    known; else the name is the leading capitalised words."""
    toks = summary.split()
    if not 3 <= len(toks) <= 16:
        return False
    first = toks[0].strip("\"'“”‘’(")
    if not first[:1].isupper() or first.lower() in _PRONOUN_STARTS:
        return False
    low = [t.lower() for t in toks]
    if any(a == b for a, b in zip(low, low[1:], strict=False)):
        return False
    if low[-1].strip(".,;:") in _PREPOSITIONS | DETERMINERS:
        return False  # cut short: "... met with the Fund, then with"
    rest = _past_the_doers_nouns(_split_actor(summary, actor)[1])
    if not rest:
        return False
    if len(rest) == 1:
        # nothing after the verb: "Kastan's envoy resigned" says it all, "Kastan denied" leaves out what
        return _stands_alone(rest[0])
    if _reads_as_verb(rest[0], rest[1]):
        return True
    return rest[0].lower() not in _PREPOSITIONS and any(t.lower() in _PREPOSITIONS for t in rest[1:])


def tells_an_act(summary: str, actor: str | None = None) -> bool:
    """Whether a summary has a verb after its actor ("Kastan closed the gate", "Brek resigned"), not
    only a noun ("Tomas Brek visit to Port Alder"): a noun phrase is a weaker headline than a line."""
    rest = _past_the_doers_nouns(_split_actor(summary, actor)[1])
    if len(rest) == 1:
        return _stands_alone(rest[0])
    return len(rest) >= 2 and _reads_as_verb(rest[0], rest[1])


# Present-tense verbs of saying or demanding, which news tells of the day itself ("Kastan calls for
# talks", "Okafor warns the board"): the present of any other verb tells a habit or a state.
_SAYING_PRESENT_TEXT = """says tells calls urges warns asks vows threatens denies accuses demands insists claims
    rejects welcomes condemns"""
_SAYING_PRESENT = frozenset(_SAYING_PRESENT_TEXT.split())
_DO_PRESENT = frozenset({"does", "do", "doesn't", "don't", "doesn’t", "don’t"})


def tells_a_habit(summary: str, actor: str | None = None, sentence: str | None = None) -> bool:
    """Whether a summary's verb is a plain present other than a saying ("The agency does not
    investigate crimes", "Kastan prepares to arm the rebels", or a plural noun read as one: "Orvik
    strikes on the port"): it tells what is usually so or under way, not what happened on a day. With
    ``sentence``, only when the sentence has that present itself: a summary may put a past act in
    headline style ("Kastan signs pact" for "Kastan signed the pact")."""
    rest = _past_the_doers_nouns(_split_actor(summary, actor)[1])
    if not rest:
        return False
    first = rest[0].lower().strip("\"'“”‘’,")
    if sentence is not None and first not in _tokens(sentence):
        return False
    if first in _DO_PRESENT:
        return True
    following = rest[1] if len(rest) > 1 else None
    if first in _SAYING_PRESENT or first in REPORT_VERBS or first in _AUX or first in _MODALS:
        return False
    if following is None or not _reads_as_verb(first, following) or _clearly_a_verb(first):
        return False
    # a clear verb further on makes the first word the doer's plural noun ("Kastan soldiers in Orvik seized")
    return not any(_clearly_a_verb(w) for w in rest[1:])


_MAX_DOER_NOUNS = 3


def _clearly_a_verb(word: str) -> bool:
    w = word.lower().strip("\"'“”‘’,")
    return w in _MODALS or w in _AUX or w in _IRREGULAR_PAST or w.endswith("ed")


def _past_the_doers_nouns(rest: list[str]) -> list[str]:
    """The words from the verb on when the actor's name only modifies the doer, whose own nouns come
    next ("Kastan officials warned", "Kastan's envoy resigned"): a plural noun is no verb ("officials"),
    so the verb after it is what must tell the act."""
    if not rest or _clearly_a_verb(rest[0]):
        return rest
    for j in range(1, min(len(rest), _MAX_DOER_NOUNS + 1)):
        word = rest[j - 1].lower()
        if not word[:1].isalpha() or word in _PREPOSITIONS | DETERMINERS:
            return rest  # "Ilsa Marren visit to ...": a noun with its complement, no doer's nouns
        if _clearly_a_verb(rest[j]):
            return rest[j:]
    return rest


# What breaks a summary line: a dash joining two clauses ("Members of the movement — hoping to ..."),
# an unclosed bracket ("Religious Freedom (USCIRF criticized").
_CLAUSE_DASH = frozenset({"—", "–", "--"})


def _is_broken(summary: str) -> bool:
    if summary.count("(") != summary.count(")"):
        return True
    if _cuts_a_quotation(summary):
        return True  # cut inside someone's words: 'Okafor called on the board to “stop'
    return any(t in _CLAUSE_DASH for t in summary.split())


def _cuts_a_quotation(text: str) -> bool:
    """Whether a text's double quotation marks do not pair: an opening curly mark with no closing one
    (or the reverse), or an odd number of straight ones."""
    return text.count("“") != text.count("”") or text.count('"') % 2 == 1


def clean_summary(summary: str) -> str:
    """An event summary without the stub of a hyphenated word whose first half was lost ("lifted the
    -long U.S. arms embargo" -> "lifted the U.S. arms embargo")."""
    return " ".join(t for t in summary.split() if not re.match(r"-[^\W\d_]", t))


def _tokens(text: str) -> list[str]:
    return [t.lower().strip("\"'“”‘’.,;:!?()") for t in text.split()]


def _possessed(name_word: str, sentence: str) -> bool:
    """Whether the sentence names ``name_word`` only as an owner ("Okafor's extradition")."""
    low = sentence.lower()
    word = re.escape(name_word.lower())
    owner = re.search(rf"(?<!\w){word}['’]s?\b", low) is not None
    plain = re.search(rf"(?<!\w){word}(?!['’\w])", low) is not None
    return owner and not plain


# People named through someone ("the parents of Ada Okafor", "relatives of ..."): an act on them is no
# act on the person the summary ends on ("spoke with the parents of Okafor" is no "spoke with Okafor").
_KIN_TEXT = """parents family families relatives wife husband widow son sons daughter daughters children
    mother father brother brothers sister sisters friends lawyer lawyers attorney attorneys aide aides"""
_KIN = frozenset(_KIN_TEXT.split())


def _closing_name(toks: list[str]) -> str:
    """The capitalised words a summary ends on ("... spoke with Ada Okafor" -> "Ada Okafor")."""
    name: list[str] = []
    for tok in reversed(toks):
        word = tok.strip(_STRIP)
        if not word[:1].isupper():
            break
        name.insert(0, word)
    return " ".join(name)


def _named_as_kin(name: str, sentence: str) -> bool:
    """Whether the sentence names the person only through kin or counsel ("the parents of Ada
    Okafor"), never plainly elsewhere."""
    if not name:
        return False
    first = re.escape(name.split()[0])
    kin = "|".join(sorted(_KIN))
    through = re.compile(rf"\b(?:{kin})\s+of\s+(?:the\s+)?(?:late\s+)?{first}\b", re.IGNORECASE)
    return through.search(sentence) is not None and len(re.findall(rf"\b{first}\b", sentence)) == 1


def _drops_an_infinitive(summary: list[str], sentence: list[str]) -> bool:
    """Whether the summary drops a "to" its sentence has ("requested reinforce" for "requested soldiers
    to reinforce": the verb's object was lost with it)."""
    for i, w in enumerate(summary[1:], 1):
        if not w.isalpha() or w in STOPWORDS:
            continue
        after_to = [j for j, s in enumerate(sentence) if s == w and j > 0 and sentence[j - 1] == "to"]
        elsewhere = [j for j, s in enumerate(sentence) if s == w and (j == 0 or sentence[j - 1] != "to")]
        if after_to and not elsewhere and summary[i - 1] != "to":
            return True
    return False


def _ends_before_its_object(summary: list[str], sentence: list[str]) -> bool:
    """Whether the summary stops on a verb whose object follows it in the sentence ("urged North Korea
    to halt" for "... to halt its missile testing", "was granted" for "was granted a visa"): the last
    word comes after "to" or a form of "be" and, in the sentence, is followed by a determiner."""
    if len(summary) < 2 or summary[-2] not in {"to", "was", "were", "be", "been", "is", "are"}:
        return False
    last = summary[-1]
    return any(
        w == last and i + 1 < len(sentence) and sentence[i + 1] in DETERMINERS for i, w in enumerate(sentence)
    )


# Particles of phrasal verbs, whose object comes after them ("ruled out talks", "set up a fund").
_PARTICLES = frozenset({"out", "up", "down", "off"})


def _stops_inside_a_phrase(last_word: str, sentence: str) -> bool:
    """Whether a summary's last word is, everywhere the sentence has it, the head of a phrase whose rest
    follows: a noun before its "of" ("called for the creation" of "the creation of a panel") or a
    phrasal verb's particle before its object ("ruled out" of "ruled out talks"). What the act was about
    went with the cut; a word the sentence ends or pauses on ends no phrase."""
    last = last_word.lower().strip(_STRIP)
    sent = _raw_tokens(sentence)
    found = [i for i, (w, _, _) in enumerate(sent) if w == last]
    if not last or not found:
        return False
    return all(i + 1 < len(sent) and not sent[i][2] and _goes_on(last, sent[i + 1][1]) for i in found)


def _goes_on(last: str, following: str) -> bool:
    """Whether ``following`` carries on the phrase that ``last`` opened (see ``_stops_inside_a_phrase``)."""
    low = following.lower()
    if low == "of":
        return last not in _PARTICLES  # "out of the port" is a place, not the particle's object
    if last not in _PARTICLES:
        return False
    if low in DETERMINERS:
        return True
    return low.isalpha() and low.islower() and low not in STOPWORDS and low not in _TIME_WORDS


def _stops_before_a_quotation(last_word: str, sentence: str) -> bool:
    """Whether the sentence, everywhere it has the summary's last word, goes on with a quotation right
    after it ('asked the board to spare “older dockers”'): the quoted words were the act's object, and the
    summary lost them."""
    last = last_word.strip(_STRIP)
    found = list(re.finditer(rf"(?<![\w'’-]){re.escape(last)}(?![\w'’-])", sentence, re.IGNORECASE))
    return bool(last) and bool(found) and all(_QUOTE_AFTER.match(sentence, m.end()) for m in found)


# An opening quotation mark: after a space, before a word (a straight mark closing a quotation is not).
_QUOTE_AFTER = re.compile(r"\s+[\"“‘](?=\w)")


_PAIR_WORDS = 6  # how far after "between" the sentence's "and" may come ("between the two port towns and")


def _leaves_a_pair_open(summary_words: list[str], sentence_words: list[str]) -> bool:
    """Whether the summary's last "between" has no "and" after it where its sentence's "between" has one
    close after ("an agreement between Kastan" of "... between Kastan and Veloria"): half of the pair was
    cut ("between the two sides" is whole)."""
    if "between" not in summary_words or "between" not in sentence_words:
        return False
    after = summary_words[len(summary_words) - summary_words[::-1].index("between") :]
    at = sentence_words.index("between")
    return "and" not in after and "and" in sentence_words[at + 1 : at + 1 + _PAIR_WORDS]


def summary_fits_sentence(summary: str, actor: str | None, sentence: str) -> bool:
    """Whether an event summary says what its source sentence says, as far as words show: no broken
    words; an act on a person's thing is not told as an act on the person ("signed Okafor's bill" is
    no "signed Ada Okafor"); no "to" dropped, nor an object between the verb and its preposition
    ("sought from the court" for "sought permission from the court"); and a summary with no verb
    ("Ada Okafor summit with Marren") only when the sentence ties the noun to the actor ("Okafor's
    summit"), not when the noun belongs to someone else ("his support from President Okafor")."""
    if _is_broken(summary):
        return False
    toks = summary.split()
    last = toks[-1].strip(".,;:!?\"'”’)")
    if last[:1].isupper() and (_possessed(last, sentence) or _named_as_kin(_closing_name(toks), sentence)):
        return False
    summary_words, sentence_words = _tokens(summary), _tokens(sentence)
    if _drops_an_infinitive(summary_words, sentence_words):
        return False
    if toks[-1][:1].islower() and _ends_before_its_object(summary_words, sentence_words):
        return False  # a verb cut from its object; "trip to Orvik, the town ..." ends on a name
    if toks[-1][:1].islower() and _stops_inside_a_phrase(toks[-1], sentence):
        return False
    if toks[-1][:1].islower() and _stops_before_a_quotation(toks[-1], sentence):
        return False  # "promised to find" of 'promised to find “fresh money”'
    if _leaves_a_pair_open(summary_words, sentence_words):
        return False  # "praised a deal between Kastan" of "... between Kastan and Veloria"
    actor_words, rest = _split_actor(summary, actor)
    if not _keeps_to_the_sentence(actor_words, rest, sentence):
        return False
    if len(rest) >= 2 and actor_words and not _reads_as_verb(rest[0], rest[1]):
        owner = re.escape(actor_words[-1].lower())
        noun = re.escape(rest[0].lower())
        # the actor's own noun: "Okafor's summit", "Kastan troops", "his trip", with a few words between
        # an owner and the noun ("Marren's January 31 visit")
        own = (
            rf"(?:(?<!\w){owner}['’]s?|\b(?:his|her|its|their))(?:\s+[^\s.,;:]+){{0,4}}?\s+{noun}\b"
            rf"|(?<!\w){owner}\s+{noun}\b"
        )
        return re.search(own, sentence.lower()) is not None
    return len(rest) < 2 or not _skips_the_object(rest[0], rest[1], sentence_words)


# How many words may stand between two of a summary's words in its sentence (times, numbers, determiners
# and names aside) before the summary has jumped over what the sentence says between them: "seized the
# ferry on May 3 in the strait, the narrow mouth of the Alder Sea" is no "seized Alder Sea".
_MAX_GAP = 3
_BE_TEXT = "be been being is are was were"
_BE = frozenset(_BE_TEXT.split())
# Verbs whose object is asked or made to do the act, which follows as an infinitive ("will require the
# Kastan ministry to provide a plan"): a summary that stops on that object has lost the act.
_CONTROL_TEXT = """ask asked asks require required requires urge urged urges tell told tells order ordered orders
    force forced forces allow allowed allows want wanted wants expect expected expects invite invited invites
    persuade persuaded persuades press pressed presses encourage encouraged encourages authorize authorized
    authorizes permit permitted permits compel compelled compels instruct instructed instructs"""
_CONTROL_VERBS = frozenset(_CONTROL_TEXT.split())
# A name after one of these and a common noun is that noun's modifier ("associates of Ada Okafor", "an
# adviser to Okafor"): what the sentence says, it says of the noun, not of the person.
_MODIFYING_PREPOSITIONS = frozenset({"of", "to", "for"})
_STRIP = "\"'“”‘’.,;:!?()"


def _raw_tokens(text: str) -> list[tuple[str, str, bool]]:
    """(lower-cased, as written, whether a comma, colon or semicolon follows) for each word token, surrounding
    punctuation stripped; dashes and other bare punctuation dropped."""
    out = []
    for t in text.split():
        raw = t.strip(_STRIP)
        if any(ch.isalnum() for ch in raw):
            out.append((raw.lower(), raw, t.rstrip("\"'”’)")[-1:] in ",;:"))
    return out


def _counts_in_a_gap(raw: str) -> bool:
    """Whether a word between two of a summary's words stands for something the summary skipped: times,
    numbers, determiners and names (which a summary spells its own way) do not."""
    low = raw.lower()
    if raw[:1].isupper() or any(ch.isdigit() for ch in raw):
        return False
    return low not in _TIME_WORDS and low not in DETERMINERS and not _MONTH_WORD.match(low)


def _summary_words(rest: list[str]) -> list[tuple[str, bool]]:
    """The summary's words after its actor, lower-cased, each with whether it belongs to a name: a
    capitalised word, or a lower-case particle between two ("Marta van Orr", "Ilsa de Brek")."""
    toks = [t.strip(_STRIP) for t in rest if t.strip(_STRIP)]
    caps = [t[:1].isupper() for t in toks]
    inside = [0 < i < len(toks) - 1 and caps[i - 1] and caps[i + 1] for i in range(len(toks))]
    return [(t.lower(), caps[i] or inside[i]) for i, t in enumerate(toks)]


def _keeps_to_the_sentence(actor_words: list[str], rest: list[str], sentence: str) -> bool:
    """Whether a summary's words after its actor follow its sentence: each found after the one before,
    with only a few words skipped between them (names the summary spells otherwise may be missing; a
    word found only earlier is fine in a passive, "the traders were expelled by Brek"), no verb of asking
    cut off from the act it asks for, and the actor, where the sentence names it before the act, not
    a modifier of another noun ("associates of Okafor ... are cooperating")."""
    sent = _raw_tokens(sentence)
    low = [w for w, _, _ in sent]
    words_ = _summary_words(rest)
    if not words_ or words_[0][0] not in low:
        return True  # the verb is not in the sentence as written: words cannot tell
    starts = [i for i, w in enumerate(low) if w == words_[0][0]]
    return any(
        _follows_from(words_, sent, at)
        and not _actor_modifies_a_noun(actor_words, sent, at)
        and not _another_subject(actor_words, sent, at)
        and not _actor_is_a_passives_place(actor_words, sent, at)
        and not _inside_an_appositive(actor_words, sent, at)
        for at in starts
    )


_SUBJECT_WINDOW = 6  # words before a verb that may hold its subject ("that the Kastan council should")
_CLAUSE_OPENERS = frozenset({"who", "which", "whom", "whose"})


def _another_subject(actor_words: list[str], sent: list[tuple[str, str, bool]], at: int) -> bool:
    """Whether the verb is in a reported clause ("he declared that the Kastan council should blockade
    ...") whose subject, the words between "that" and the verb, names someone other than the actor: the
    act is that subject's, not the speaker's. Times ("on Friday") are no one; an acronym of the actor
    ("V.R." for "Veloria Republic") is the actor."""
    low = [w for w, _, _ in sent]
    if any(w in _BE for w in low[max(0, at - 2) : at]):
        return False  # a passive's subject is what was done to
    # "Zarin" names "Tomas al-Zarin"
    actor = {part for w in actor_words for part in w.strip(_STRIP).lower().split("-")}
    initials = "".join(w[0] for w in actor_words if w[:1].isupper())
    named_other = False
    for j in range(at - 1, max(-1, at - 1 - _SUBJECT_WINDOW), -1):
        word, raw, pause = sent[j]
        if word == "that":
            return named_other  # the subject of a reported clause: "declared that X should ..."
        if pause or word in _CLAUSE_OPENERS:
            return False
        stem = re.sub(r"['’]s$", "", word)
        if (
            stem in actor
            or stem.split("-")[-1] in actor
            or word in _PERSONAL_PRONOUNS
            or (len(initials) > 1 and raw.replace(".", "") == initials)
        ):
            return False
        if (
            raw[:1].isupper()
            and word not in STOPWORDS
            and word not in _TIME_WORDS
            and not _MONTH_WORD.match(word)
        ):
            named_other = True
    return False


def _follows_from(words_: list[tuple[str, bool]], sent: list[tuple[str, str, bool]], at: int) -> bool:
    low = [w for w, _, _ in sent]
    prev = at
    last_found: int | None = at
    for word, is_name in words_[1:]:
        later = [i for i in range(prev + 1, len(low)) if low[i] == word]
        gap = [r for _, r, _ in sent[prev + 1 : later[0]] if _counts_in_a_gap(r)] if later else []
        passive = any(w in _BE for w in low[max(0, at - 2) : prev + 1])
        if later and is_name and "that" in low[prev + 1 : later[0]]:
            return False  # "denied that Okafor met ...": the name is the reported clause's subject
        if later and len(gap) <= _MAX_GAP:
            prev = last_found = later[0]
        elif word in low[:at]:
            if not passive:
                return False  # the object stands before an active verb: it is its doer
            last_found = None  # the object stands before a passive verb
        elif later or not is_name:
            return False  # a stretch jumped over, or a word the sentence does not have after the verb
        else:
            last_found = None  # a name the sentence spells otherwise ("V.R." for "Veloria Republic")
    return not _drops_the_asked_act(words_, sent, last_found)


def _drops_the_asked_act(
    words_: list[tuple[str, bool]], sent: list[tuple[str, str, bool]], last_found: int | None
) -> bool:
    """Whether a summary of asking or making someone act ("will require the Kastan ministry") stops where
    the sentence goes on with the act ("... to provide a plan"), when what was asked is a name or "to
    be" follows ("asked for the old border to be restored"); a purpose after a thing ("authorized the
    patrols to protect ...") or a place or time ("invite Marren to next year's summit") is none."""
    verb = next((w for w, _ in words_ if w not in _MODALS and w not in _AUX), "")
    if verb not in _CONTROL_VERBS or last_found is None or last_found + 2 >= len(sent):
        return False
    if sent[last_found + 1][0] != "to" or sent[last_found][2]:
        return False
    then, then_raw = sent[last_found + 2][0], sent[last_found + 2][1]
    if not then_raw[:1].islower() or then in DETERMINERS or then in _TIME_WORDS or then == "next":
        return False
    return then == "be" or words_[-1][1]


def _actor_modifies_a_noun(actor_words: list[str], sent: list[tuple[str, str, bool]], act: int) -> bool:
    """Whether every place the sentence names the actor (by its last word) before the act is after
    "of"/"to"/"for" and a common noun, titles aside ("one of the associates of Ada Okafor", "an adviser
    for President Okafor"), unlike "Secretary of State Okafor" or "the state of Orvik, Governor Okafor"."""
    if not actor_words:
        return False
    name = actor_words[-1].strip(_STRIP).lower()
    places = [i for i, (w, _, _) in enumerate(sent[:act]) if w == name]
    if not places:
        return False
    for i in places:
        j = i - 1
        while j >= 0 and sent[j][1][:1].isupper() and not sent[j][2]:
            j -= 1
        if not (j >= 1 and sent[j][0] in _MODIFYING_PREPOSITIONS and sent[j - 1][1][:1].islower()):
            return False
    return True


_ARTICLES = frozenset({"a", "an", "the"})


def _inside_an_appositive(actor_words: list[str], sent: list[tuple[str, str, bool]], act: int) -> bool:
    """Whether the act's word stands inside a description set after the actor's name and not yet closed
    ("Ada Okafor, a union backed Orvik lawyer serving ..."): it describes the description's noun and
    is no act of the actor's (a "who" clause there is: "Okafor, a lawyer who resigned")."""
    if not actor_words:
        return False
    name = actor_words[-1].strip(_STRIP).lower()
    before = [i for i in range(act) if sent[i][0] == name]
    if not before:
        return False
    i = before[-1]
    if not sent[i][2] or i + 1 >= act or sent[i + 1][0] not in _ARTICLES:
        return False
    between = sent[i + 1 : act]
    return not any(pause or w in _CLAUSE_OPENERS or w == "that" for w, _, pause in between)


_PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "inside", "across", "from"})


def _actor_is_a_passives_place(actor_words: list[str], sent: list[tuple[str, str, bool]], act: int) -> bool:
    """Whether the act is a passive ("three men were arrested in Orvik") and the sentence names the actor
    only after it, as the place after "in"/"at"/"near"...: the place is where it was done, not who did
    it (a doer follows "by")."""
    low = [w for w, _, _ in sent]
    if not actor_words or not any(w in _BE for w in low[max(0, act - 2) : act]):
        return False
    name = actor_words[-1].strip(_STRIP).lower()
    if name in low[:act]:
        return False
    places = [i for i in range(act + 1, len(sent)) if low[i] == name]
    if not places:
        return False
    for i in places:
        j = i - 1
        while j > act and sent[j][1][:1].isupper() and not sent[j][2]:
            j -= 1
        if low[j] not in _PLACE_PREPOSITIONS:
            return False
    return True


_TIME_WORD_TEXT = """monday tuesday wednesday thursday friday saturday sunday today yesterday tonight morning
    afternoon evening night early late last this earlier later week weekend month year day"""
_TIME_WORDS = frozenset(_TIME_WORD_TEXT.split())
_MONTH_WORD = re.compile(rf"^{_MONTH}$", re.IGNORECASE)


def _skips_the_object(verb: str, preposition: str, sentence: list[str]) -> bool:
    """Whether "verb preposition" in a summary jumps over what stands between them in the sentence
    ("sought from the court" for "sought permission from the court", "hosted at Orvik" for "hosted
    by the governor at Orvik"): the act's object or agent was lost. Only times may stand between them
    ("spoke Wednesday morning with ...")."""
    verb, preposition = verb.lower().strip(",.;:"), preposition.lower().strip(",.;:")
    if preposition not in _PREPOSITIONS or verb not in sentence:
        return False
    at = sentence.index(verb)
    between = sentence[at + 1 : at + 9]
    if preposition not in between:
        return True
    gap = between[: between.index(preposition)]
    return not all(w in _TIME_WORDS or _MONTH_WORD.match(w) or w.isdigit() for w in gap)


# A line that leans on an earlier sentence for who or what it is about ("He made his mark ...", "This
# announcement comes after ...", "Same goes for ..."): read alone, it names nobody.
_REFERRING_TEXT = "this that these those such same another"
_REFERRING_OPENINGS = _PERSONAL_PRONOUNS | frozenset(_REFERRING_TEXT.split())
# The writer or reader in person, outside any quotation ("I spoke to ...", "If I were ...", "you can"):
# a column's voice, not a report of what happened.
_FIRST_PERSON = re.compile(r"(?<![\w'’])(?:I|I['’](?:m|d|ve|ll)|me|my|we|our|us|you|your)(?![\w'’])")
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")


def _opens_on_a_reference(line: str) -> bool:
    words_ = line.split(maxsplit=1)
    raw = words_[0].strip("\"'“”‘’,") if words_ else ""
    if len(raw) > 1 and raw.isupper():
        return False  # "US President ...": an abbreviation, not "us"
    first = raw.lower()
    return first in _REFERRING_OPENINGS or first.startswith(("it's", "it’s"))


# "Oh, the old midnight statement ...", "Well, ...": a columnist's voice, no report.
_INTERJECTION = re.compile(r"^(?:ah|oh|alas|well|wow|sure)\s*[,!]", re.IGNORECASE)


def opens_on_an_interjection(line: str) -> bool:
    """Whether a line opens on an interjection ("Oh, the old midnight statement ...")."""
    return _INTERJECTION.match(line.strip()) is not None


def reads_as_a_line(headline: str) -> bool:
    """Whether a headline taken from a sentence reads alone as a line about a happening: it does not
    open on a quotation (the speaker is cut off), an interjection ("Oh, ...") or on a word pointing
    back to an earlier sentence, and it is no question and not in the first or second person outside quotes."""
    line = headline.strip()
    if not line or line[0] in _DOUBLE_QUOTES + "'‘" or _opens_on_a_reference(line):
        return False
    if _INTERJECTION.match(line):
        return False
    if line.rstrip("…").rstrip().endswith("?"):
        return False
    return _FIRST_PERSON.search(_QUOTED.sub(" ", line)) is None


# A clitic after an opening pronoun ("He’s leading ...", "They'd agreed ...") leaves it a pronoun.
_CLITIC = re.compile(r"['’](?:s|d|ll|ve|re|m)$")
# "This"/"That" as the subject itself ("This was made worse by ...", "That doesn't mean ...", "This
# suggests ..."), not a determiner ("This week ...").
_POINTER_SUBJECT = re.compile(
    r"^(?:this|that|these|those)\s+(?:is|was|are|were|has|had|have|will|would|could|may|might|came|comes|"
    r"does|did|do|(?:does|did|do|is|was|are|were)n['’]t|means|meant|suggests|suggested|shows|showed)\b",
    re.IGNORECASE,
)
_POINTERS = frozenset({"this", "that", "these", "those"})
# "That figure could not be confirmed", "Those negotiations had been frozen": a thing the sentences before told,
# unlike a time ("This week, ...", "That same night ...", "This year's budget ...").
_POINTER_NOUN = (
    r"^(?:this|that|these|those)\s+(?!(?:past|same|very|coming|next|last|early|late|week|weekend|month|year|"
    r"day|days|morning|afternoon|evening|night|time|times|season|spring|summer|autumn|fall|winter|"
    r"[a-z]+day|decade|century|quarter|term)\b)[a-z][a-z-]+\s+"
)
_POINTER_AND_NOUN = re.compile(
    _POINTER_NOUN + r"(?:is|was|are|were|has|had|have|will|would|"
    r"could|may|might|can|came|comes|remains|remained|seems|seemed)\b",
    re.IGNORECASE,
)
# "These visits occurred on May 3", "That usage caught on in 1922": such a thing with a past verb.
_POINTER_NOUN_THEN_WORD = re.compile(_POINTER_NOUN + r"(?P<word>[a-z]+)\b", re.IGNORECASE)
# "It was in May that ...", "It is Kastan who ...", "It is hard to ...": the "it" of a cleft or of a
# clause put last points at nothing before it.
_IT_CLEFT = re.compile(
    r"^it(?:['’]s|\s+(?:is|was|seems|seemed|remains|remained|appears|appeared)\b)\s+(?:\S+\s+){0,5}?"
    r"(?:that|who|to|whether|if)\b",
    re.IGNORECASE,
)
# A subject pronoun after an opening phrase ("The next year, he sent ...", "Back in April, they ...",
# "On May 3, it fired ..."; an "it" of a cleft or of a subject put last aside).
_PRONOUN_AFTER_PHRASE = re.compile(r"^(?P<phrase>[^,;:\"“”]{1,120}),\s+(?:he|she|they|it)\b", re.IGNORECASE)
_IT_VERB_THAT = re.compile(r"^it\s+[a-z]+\s+(?:\S+\s+){0,2}?that\b", re.IGNORECASE)
# An opening phrase with an indefinite article is a description set before the pronoun it describes ("A
# former envoy to Orvik, he ..."): a name in it is no name of the pronoun's person.
_INDEFINITE_OPENING = re.compile(r"^(?:a|an)\s", re.IGNORECASE)
# A sequence adverb with no comma before a subject pronoun ("First he ducks ...", "Then they fled ..."), or
# a comparison that leans on the sentence before ("Just as he did not ... when ...").
_ADVERB_THEN_PRONOUN = re.compile(
    r"^(?:first|then|later|soon|next|afterwards|eventually|finally|just\s+as|even\s+as)\s+(?:he|she|they)\b",
    re.IGNORECASE,
)
# An ordinal or "the latter"/"the former" standing for a noun as the subject ("The second weakened ...",
# "The latter has ..."): the noun was named in the sentences before.
_SUBSTANTIVE_ORDINAL = re.compile(
    r"^the\s+(?:first|second|third|fourth|fifth|last|latter|former)\s+(?:also\s+)?"
    r"(?:is|was|are|were|has|had|have|will|would|could|[a-z]+ed)\b",
    re.IGNORECASE,
)


def points_back(headline: str) -> bool:
    """Whether a headline leans on the sentences before it for whom or what it is about: its subject
    is a personal pronoun ("They took ...", "He’s leading ..."), "This"/"That" ("This was made
    worse ...") or a thing they point to ("That figure could not be confirmed"), or "he"/"she"/"they" after an opening phrase that names nobody ("The next year, he
    sent ..."): read alone in a timeline, it is about no one. A cleft's "It was ... that" and an "It is
    hard to ..." are not."""
    line = headline.strip()
    raw = line.split(maxsplit=1)[0] if line else ""
    first = _CLITIC.sub("", raw.lower())
    if first in _PERSONAL_PRONOUNS and not (len(raw) > 1 and raw.isupper()):  # "US officials ..."
        return not (first == "it" and _IT_CLEFT.match(line))
    if _POINTER_SUBJECT.match(line) or (first in _POINTERS and _CLITIC.search(raw.lower())):
        return True  # "This was ...", "That’s not what ..."
    if _POINTER_AND_NOUN.match(line):
        return True  # "That figure could not be confirmed"
    m = _POINTER_NOUN_THEN_WORD.match(line)
    if m and reads_as_a_past_verb(m.group("word")):
        return True  # "These visits occurred on May 3"
    if _SUBSTANTIVE_ORDINAL.match(line) or _ADVERB_THEN_PRONOUN.match(line):
        return True  # "The second weakened ...", "First he ducks ..."
    m = _PRONOUN_AFTER_PHRASE.match(line)
    if not m or _it_points_at_nothing(line[m.end("phrase") + 1 :].lstrip()):
        return False
    if _INDEFINITE_OPENING.match(m.group("phrase")):
        return True  # "A close ally of Kastan's, she served ...": the phrase describes the pronoun's person
    names = [w.strip(".,;:'’s") for w in m.group("phrase").split()[1:] if w[:1].isupper()]
    return not any(n and not _CALENDAR_WORD.match(n) for n in names)


def _it_points_at_nothing(clause: str) -> bool:
    """Whether a clause opening on "it" is a cleft or puts its subject last ("it was clear that ...",
    "it emerged that ..."), so that the "it" leans on no sentence before."""
    if not clause[:3].lower().startswith("it") or clause[2:3].isalpha():
        return False
    return _IT_CLEFT.match(clause) is not None or _IT_VERB_THAT.match(clause) is not None


# A clause opening on a condition ("If Kastan did sign the pact, ...") or whose subject's verb is a modal
# ("Any single event could shake ...", "Ten years ago, such a leak would not have mattered") weighs what
# might be, not what happened: a headline should report. A modal after the verb ("said the port could
# close", "closed the pier so ferries could not dock") is the reported or side matter, and stays.
# "It was as though Kastan had forgiven ...": a comparison with what did not happen.
_CONDITION_OPENING = re.compile(
    r"^\W*(?:if|unless|it(?:['’]s|\s+(?:is|was))\s+as\s+(?:if|though))\b", re.IGNORECASE
)
# "can" too: "Nobody but the board can rule whether ..." weighs a power, no happening
_SPECULATING_MODALS = frozenset(
    {"could", "might", "may", "should", "must", "can", "cannot", "can't", "can’t"}
)
# "would" is a modal only before "have" ("a leak would not have mattered"): a profile's "The next year
# she would sign the accord" tells what came to pass
_WOULD_HAVE = re.compile(r"\s+(?:not\s+)?have\b")
# A forecast in the present for the first verb ("Analysts expect the port to reopen") weighs what may come;
# a past "predicted" is a dated saying and stays.
_FORECAST_TEXT = (
    "predict predicts forecast forecasts anticipate anticipates expect expects speculate speculates"
)
_FORECAST_VERBS = frozenset(_FORECAST_TEXT.split())
_FINITE_TEXT = "is was are were has have had does did do will"
_FINITE = frozenset(_FINITE_TEXT.split())
# A present "be" with "likely" for the first verb ("More votes are also likely in the Orvik council") weighs
# what may come; a past "was likely" hedges what happened and stays.
_PRESENT_BE = frozenset({"is", "are"})
_LIKELY_AFTER = re.compile(
    r"(?:\s+(?:also|still|not|now|more|less|most|very|highly|quite))*\s+(?:un)?likely\b"
)
# A present passive forecast for the first verb ("The port is expected to reopen", "Exports are
# predicted to double by 2040"); a past "was expected to" tells what was planned then and stays.
_FORECAST_AFTER = re.compile(
    r"(?:\s+(?:also|still|now|widely|generally|not))*\s+(?:expected|predicted|projected|forecast|forecasted)"
    r"\s+to\b"
)

# A present belief about what "will" or "would" come ("Analysts believe the port will reopen", "Traders do
# not think Okafor would resign") weighs the future; "Police believe the gunman fled" tells a past act.
_BELIEF_VERBS = frozenset({"believe", "believes", "think", "thinks", "doubt", "doubts"})
_PRESENT_DO = frozenset({"do", "does"})
_A_FUTURE_AHEAD = r"[^.;:,]*?\b(?:will|would|won['’]t)\b"
_BELIEF_IN_A_FUTURE = re.compile(r"\s" + _A_FUTURE_AHEAD)
_DO_BELIEVE_IN_A_FUTURE = re.compile(r"(?:\s+not)?\s+(?:believe|think|doubt)\b" + _A_FUTURE_AHEAD)


def speculates(clause: str) -> bool:
    """Whether a headline clause opens on a condition or has a modal for its first verb (quoted words
    aside): it tells what might be, no happening."""
    line = _QUOTED.sub(" ", clause)
    if _CONDITION_OPENING.match(line):
        return True
    for m in re.finditer(r"[\w'’-]+", line):
        word = m.group()
        if word in _SPECULATING_MODALS or (word == "would" and _WOULD_HAVE.match(line, m.end())):
            return True  # lower-case only: "May" opening a date is a month
        if word in _FORECAST_VERBS:
            return True  # "Some analysts predict the board would ...": a forecast, no happening
        low = word.lower()
        if low in _PRESENT_BE and (
            _LIKELY_AFTER.match(line, m.end()) or _FORECAST_AFTER.match(line, m.end())
        ):
            return True  # "More votes are likely ...", "The port is expected to reopen ..."
        if (word in _BELIEF_VERBS and _BELIEF_IN_A_FUTURE.match(line, m.end())) or (
            low in _PRESENT_DO and _DO_BELIEVE_IN_A_FUTURE.match(line, m.end())
        ):
            return True  # "Analysts do not believe Kastan will strike": a view of what may come
        if (
            low in _FINITE
            or low in REPORT_VERBS
            or (low.endswith("ed") and "-" not in low and word.islower())
        ):
            return False
    return False


# A writer's stance on what people thought, not a happening: an opening "Of course," or "Admittedly,",
# "no one expected ...", "dock workers naturally feared ...".
_STANCE_OPENING = re.compile(
    r"^\s*(?:regardless|of\s+course|naturally|obviously|surely|ironically|predictably|admittedly|"
    r"to\s+be\s+sure)\s*,",
    re.IGNORECASE,
)
_STANCE = re.compile(
    r"\b(?:nobody|no\s+one)\s+(?:ever\s+|really\s+)?(?:thought|believed|expected|imagined|doubted)\b"
    r"|\b(?:naturally|understandably|rightly|wrongly|predictably)\s+"
    r"(?:feared|worried|believed|thought|assumed|suspected|expected)\b",
    re.IGNORECASE,
)
# Adverbs that make a clause tell what is so as a rule ("The Delvane ferry is usually late").
_HABIT_ADVERBS = frozenset({"usually", "typically", "generally", "seldom", "rarely"})
_HAVE = frozenset({"has", "have"})
_RELATIVES = frozenset({"who", "which", "that", "whom"})


def tells_background(clause: str, pluperfect: bool = True) -> bool:
    """Whether a headline clause tells background rather than a happening (quoted words aside): a
    pluperfect or a "had" of having for its first verb ("Okafor had every hope of ...", "The port had
    closed ..."; only with ``pluperfect``: a profile tells its years so), a standing "has long", a rule
    ("is usually ...", "usually meets ..."), or the writer's stance ("Of course, no one expected ...",
    "Traders naturally feared ..."). Such a line is told to explain the news: another line of the date
    should head its entry."""
    line = _QUOTED.sub(" ", clause)
    if _STANCE_OPENING.match(line) or _STANCE.search(line):
        return True
    words_ = re.findall(r"[\w'’-]+", line)
    for i, word in enumerate(words_):
        low = word.lower()
        following = words_[i + 1].lower() if i + 1 < len(words_) else ""
        if i and words_[i - 1].lower() in _RELATIVES:
            continue  # a relative clause's verb in the subject: "Traders who had fled returned"
        if low in _HABIT_ADVERBS:
            return True  # "Kastan usually sends ..."
        if word == "had":
            return pluperfect and following not in ("", "to")  # "had to" is a duty met then
        if word in _HAVE:
            return following == "long"
        if (
            low in _FINITE
            or low in REPORT_VERBS
            or (low.endswith("ed") and word.islower() and "-" not in low)
        ):
            return following in _HABIT_ADVERBS  # "is usually"; a plain first verb tells its act
    return False


# What may follow a present "is"/"are" and still tell the day's news: a passive's participle ("is accused"),
# a progressive's "-ing" ("are marching"), or a plan or forecast, which other rules weigh ("is due to").
_NEWS_AFTER_BE = frozenset({"due", "set", "expected", "poised", "scheduled", "likely", "about", "to"})
# Adverbs that may stand between "is" and what it says ("is now", "is still") without changing it.
_BE_ADVERBS = frozenset({"not", "now", "still", "also", "already", "again", "no", "longer"})
# Adverbs that make a present perfect a habit, not one act ("Raids have occurred repeatedly").
_REPEATED = frozenset({"repeatedly", "frequently", "often", "routinely", "regularly", "persistently"})
_KEEP = frozenset({"keep", "keeps"})


def tells_a_standing_state(clause: str) -> bool:
    """Whether a headline clause tells how things stand rather than a happening (quoted words aside): a
    present "is"/"are" of being for its first verb ("Brek, a fellow at an Orvik institute, is author of
    ...", "Not only is the claim wrong"), a "keep(s) <doing>" ("One flag keeps turning up"), or a present
    perfect made a habit ("Raids on the port have occurred repeatedly"). A publication day's line that
    tells a happening should head its entry before such a line (a bio line, a column's opening)."""
    words_ = re.findall(r"[\w'’-]+", _QUOTED.sub(" ", clause))
    for i, word in enumerate(words_):
        low = word.lower()
        if i and words_[i - 1].lower() in _RELATIVES:
            continue  # a relative clause's verb in the subject: "Traders who are ..."
        rest = [w.lower() for w in words_[i + 1 : i + 8]]
        if low in _PRESENT_BE:
            after = next((w for w in rest if w not in _BE_ADVERBS and not w.endswith("ly")), "")
            return bool(after) and not (
                after in _NEWS_AFTER_BE
                or after in _IRREGULAR_PAST
                or after.endswith(("ed", "en", "ing"))
                or after in ("today", "tonight")  # "Fishers are today angry at ...": the day's own mood
            )
        if low in _KEEP and word.islower():
            return bool(rest) and rest[0].endswith("ing")
        if low in _HAVE:
            return any(w in _REPEATED for w in rest[:4])
        if low in _FINITE or low in REPORT_VERBS or reads_as_a_past_verb(word):
            return False
    return False


def weighs_a_likelihood(clause: str) -> bool:
    """Whether a clause's first verb, before any comma, is a present "be" with "likely" ("Votes on
    the Orvik harbour budget are also likely"): a forecast. A headline cut short can hide that verb
    from ``speculates``."""
    line = _QUOTED.sub(" ", clause).split(",", 1)[0]
    for m in re.finditer(r"[\w'’-]+", line):
        low = m.group().lower()
        if low in _PRESENT_BE:
            return _LIKELY_AFTER.match(line, m.end()) is not None
        if low in _FINITE or low in REPORT_VERBS:
            return False  # (an "-ed" word may be a participle in the subject: "the fees charged to")
    return False


_ABBREVIATION_CLOSING = re.compile(r"\b(?:Jr|Sr|Inc|Co|Corp|Ltd|[A-Z])\.$")


def _without_the_full_stop(speaker: str) -> str:
    """A speaker named at the sentence's end without its full stop ('... ," said Tomas Brek.'), an
    abbreviation's point ("Jr.") aside."""
    if speaker.endswith(".") and not _ABBREVIATION_CLOSING.search(speaker):
        return speaker[:-1]
    return speaker


_SPEECH_VERBS = r"said|says|told|added|stated|wrote|declared|announced|warned|insisted|tweeted"
_SPEAKER = r"[^\s,;:\"“”]+(?:\s+[^\s,;:\"“”]+){0,7}?"
# After the verb ('said Foreign Minister Kastan on Monday') the speaker ends at its last capitalised word.
# A title's "of"/"for" ("said Minister of Harbours Tomas Brek") goes on with capitalised words.
_NAME_AFTER = r"(?:the\s+)?[^\s,;:\"“”]+(?:\s+(?:(?:of|for)\s+(?:the\s+)?)?[A-Z][^\s,;:\"“”]*)*"
# A sentence led by a quotation and closed by its attribution: '"We hope ...," the minister said',
# '"...," said Foreign Minister Kastan', '"...," Tomas Brek, the trade minister, said' (the title dropped).
_QUOTE_THEN_SPEAKER = re.compile(
    rf"^\s*[\"“](?P<quote>[^\"“”]{{12,}}?)[,.!?]?\s*[\"”]\s*,?\s+"
    rf"(?:(?P<speaker>{_SPEAKER})(?:,\s+{_SPEAKER},)?\s+(?P<verb>{_SPEECH_VERBS})"
    rf"|(?P<verb2>{_SPEECH_VERBS})\s+(?P<speaker2>{_NAME_AFTER}))"
    r"(?=[\s,.;:]|$)"
)


def _names_someone(speaker: str) -> bool:
    """A speaker phrase that names its speaker: a capitalised word, and not a pronoun ("he said")."""
    toks = speaker.split()
    return bool(toks) and toks[0].lower() not in _REFERRING_OPENINGS and any(t[:1].isupper() for t in toks)


def quote_led_headline(
    text: str, limit: int = 110, name_at: Callable[[int], str | None] | None = None
) -> str | None:
    """A sentence led by a quotation as a line in the form "Speaker said: “...”", so the line says who
    said it; None when the sentence is not quote-led or its speaker is unnamed. ``name_at``: the name
    a pronoun at a character of ``text`` stands for, if known ('"...," he said' -> "Brek said: ...")."""
    line = " ".join(text.split())
    m = _QUOTE_THEN_SPEAKER.match(line)
    if not m:
        return None
    speaker = m.group("speaker") or m.group("speaker2") or ""
    if speaker.lower() in _PERSONAL_PRONOUNS and name_at is not None and line == text:
        speaker = name_at(m.start("speaker") if m.group("speaker") else m.start("speaker2")) or speaker
    if not _names_someone(speaker):
        return None
    speaker = _without_the_full_stop(speaker)
    verb = m.group("verb") or m.group("verb2") or "said"
    verb = "said" if verb == "says" else verb
    head = f"{_capitalise(speaker)} {verb}: “"
    quote = m.group("quote").strip()
    room = limit - len(head) - 1
    if room < 20:
        return None
    if len(quote) > room:
        quote = shorten(quote, room)
    return f"{head}{quote}”"
