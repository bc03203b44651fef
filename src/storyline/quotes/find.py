"""Per-document quote finding: direct, partial, pull and indirect quotes with speaker, cue and date."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from storyline.clean.outlets import COLUMNIST_CREDIT
from storyline.nlp.agents import cannot_act
from storyline.quotes.cues import AUTHORED_NOUNS, CueLexicon, load_cues
from storyline.quotes.inference import inferred_from_a_thing
from storyline.quotes.marks import MarkSpan, find_marked
from storyline.quotes.normalize import contains_words, norm_words
from storyline.quotes.speaker import (
    PRONOUNS,
    Cue,
    PronounContext,
    Speaker,
    animate_subject,
    choose_cue,
    cue_tokens,
    first_person_stretch,
    governing_verb,
    is_according,
    postposed_subject,
    repeated_cue_of,
    reporter_of_the_clause,
    resolve_speaker,
    speaker_from_name_line,
    subject_of,
)
from storyline.quotes.standfirst import link_standfirst_speakers
from storyline.quotes.transcript import bare_label, transcript_turns
from storyline.records import DateSource, QuoteKind, QuoteMention, document_error

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from storyline.state import DocState

# A quote with no cue and no speaker is kept only when it reads like speech, not a scare quote or title.
MIN_UNATTRIBUTED_WORDS = 6
# Sentences this far apart (in body sentences) no longer continue the previous speaker's turn.
MAX_CONTINUATION_GAP = 2
_NAME_COLON = re.compile(r"^(?P<name>[^:\"“”]{2,80}?)\s*(\([^)]*\))?\s*:\s*$")
_QUOTE_CHARS = "\"“”„‟«»‘’‚'`"
# Blank space, zero-width characters included (digests join excerpts with them).
_BLANK_CHARS = " \t\n\r\f\v\u00a0\u200b\u200c\u200d\u2060\ufeff"
# Only blank space between two quotations: one excerpt run on into the next.
_BLANK_BETWEEN = re.compile(f"[{_BLANK_CHARS}]*")
# A quoted sentence closed just before: what follows starts a sentence of its own.
_CLOSED_SENTENCE = re.compile(r"[.?!…][\"”’']$")


@dataclass(slots=True)
class _Found:
    mark: MarkSpan
    kind: QuoteKind
    sentence: int
    block: int
    cue: Cue | None = None
    speaker: Speaker | None = None
    inherited: bool = False
    credited: bool = False  # the speaker is a credit line's ('"words" ― Name', '"words" Name, Outlet')


def find_quotes(state: DocState, cues: CueLexicon | None = None) -> None:
    """Fill ``state.quotes``. Bad text never raises: a failure becomes an ``errors`` row."""
    try:
        state.quotes.extend(_find(state, cues or load_cues()))
    except Exception as exc:  # a quote bug must not lose the document's other stages
        state.errors.append(document_error(state.article, "quotes", exc))


def _blocks(state: DocState) -> list[tuple[int, int, str]]:
    art = state.article
    if art.blocks:
        return sorted((b.start, b.end, b.kind) for b in art.blocks)
    out: list[tuple[int, int, str]] = []
    pos = 0
    for part in art.text.split("\n\n"):
        if part.strip():
            out.append((pos, pos + len(part), "body"))
        pos += len(part) + 2
    return out


def _block_of(blocks: Sequence[tuple[int, int, str]], char: int) -> int:
    for i, (s, e, _) in enumerate(blocks):
        if s <= char < e:
            return i
    return -1


def _find(state: DocState, cues: CueLexicon) -> list[QuoteMention]:
    text = state.article.text
    if not text.strip() or not state.sentences:
        return []
    blocks = _blocks(state)
    body = [(s, e) for s, e, k in blocks if k == "body"]
    marks = find_marked(text, body)
    excluded = [(m.start, max(m.end, m.content_end)) for m in marks]
    found: list[_Found] = []
    ctx = PronounContext(quoted=excluded)
    for m in marks:
        f = _attribute(state, m, cues, excluded, blocks, ctx)
        if f is not None:
            found.append(f)
    indirect = _indirect(state, cues, excluded, ctx)
    _carry_credits_back(state.article.text, found)
    _continue_speakers(state, found, indirect)
    out: list[QuoteMention] = []
    for f in found:
        if f.speaker is None and (f.kind == "partial" or (f.cue is None and not _reads_like_speech(f, text))):
            continue  # a quoted phrase nobody is said to have said is a scare quote or a title
        if f.kind == "partial" and _quoted_term(f, text, cues, state):
            continue
        out.append(_mention(state, f, text))
    # a speaker label alone on its line ("JANE DOE, HOST:") may have been taken for a heading
    labels = [(s, e) for s, e, k in blocks if k == "heading" and bare_label(text, s, e)]
    out.extend(_turns(state, sorted(body + labels), out + indirect))
    pulls = _pull_quotes(state, blocks, cues)
    links = _link_pulls(pulls, out)
    out.extend(pulls)
    out.extend(indirect)
    out.sort(key=lambda q: (q.start, q.end))
    if body:
        link_standfirst_speakers(state, body[0], out)
    for i, q in enumerate(out):
        q.index = i
    for pull, same in links:
        pull.same_as = same.index
    return out


# Short words a title leaves in lower case ("Aftershocks of the Storm", "A Tribute for a King").
_TITLE_MINOR = frozenset(
    {"a", "an", "the", "of", "and", "or", "for", "in", "on", "to", "at", "by", "with", "from"}
)


def _title_case(words: Sequence[str]) -> bool:
    """Two or more words each capitalised, short function words aside ("Best Harbour Master", "Meet the
    Crew", "Velmar: A Port and Its People"): the name of a work, a show, a law or an award, not speech."""
    letters = [w.strip(_QUOTE_CHARS + ".,;:!?()[]") for w in words]
    letters = [w for w in letters if any(ch.isalpha() for ch in w)]
    if len(letters) < 2 or len(letters) > 10 or not letters[0][:1].isupper():
        return False
    return all(w[:1].isupper() or w.lower() in _TITLE_MINOR for w in letters)


# "X, or 'Y'", "X (or 'Y')": a quoted word glossing the term before it, at most this long.
_GLOSS_WORDS = 3
_GLOSS_BEFORE = re.compile(r"[,(][\"”’]?\s*or\s*$")  # the comma may sit inside the first quote
# Words a writer puts before a phrase to keep a distance from it: scare quotes, nobody's speech.
_DISTANCING = re.compile(
    r"\b(so-called|metaphorical|proverbial|figurative|self-styled|self-described)\s*$", re.IGNORECASE
)


def _starts_with_gerund(state: DocState, m: MarkSpan) -> bool:
    """'of "siding with criminals"': an act someone is charged with, not a name."""
    span = state.doc.char_span(m.content_start, m.content_end, alignment_mode="expand")
    return span is not None and len(span) > 0 and span[0].tag_ == "VBG"


def _refers_to_as(verb: Token) -> bool:
    """'referred to the vote as "a sham"': someone's words for a thing, like "called it"."""
    return verb.lemma_.lower() == "refer" and any(c.lower_ == "as" for c in verb.children)


def _modifies_a_noun(span: Span) -> bool:
    """The quoted words qualify a noun outside them ("her 'Best Harbour Master' award")."""
    root = span.root
    return root.dep_ in ("compound", "amod", "nmod") and root.head.pos_ == "NOUN" and root.head.i >= span.end


# Verbs that give a name to what they take ("named the drill 'X'"); "called it 'X'" or "labeled it 'X'"
# as often judges as names, and stays a quote.
_GIVING_A_NAME = frozenset({"name", "dub", "christen", "rename"})


def _show_or_group(prep: Token, cues: CueLexicon) -> bool:
    """'said on "The Morning Hour"' (where someone spoke), 'a woman from "Stand Up Now"' (whom she is with);
    other prepositions govern titles that a speaker may well be quoted naming."""
    word = prep.lower_
    if word == "on":
        return prep.head.pos_ in ("VERB", "AUX") and cues.is_speech(prep.head.lemma_)
    return word == "from" and prep.head.pos_ in ("NOUN", "PROPN")


# Nouns after which "was 'X'" gives a name ("his nickname was 'Iron Hand'").
_NAME_NOUNS = frozenset({"name", "nickname", "title", "slogan", "motto", "codename", "moniker"})


def _numbered_name(words: Sequence[str]) -> bool:
    """A capitalised name closed by a number ("Harbour Star 2", "Kastan Orbiter 7"), as ships, craft and
    models are named; a sentence never reads so."""
    if not 2 <= len(words) <= 4 or not words[-1].isdigit():
        return False
    return all(w[:1].isupper() and w.isalpha() for w in words[:-1])


def _a_proper_name(words: Sequence[str], span: Span, cues: CueLexicon) -> bool:
    """Quoted words in title case that a preposition governs ('on "The Morning Hour"', 'a woman from "Stand
    Up Now"', 'under the banner of "Kastan First"') or that a naming verb or noun gives ('named it
    "Operation Kastan Shield"', 'his nickname was "Iron Hand"'): the name of a show, group, slogan or plan,
    not anyone's words. "Used the words 'Port Authority'" quotes them."""
    name = _title_case(words) or (len(words) == 1 and words[0][:1].isupper() and span.root.pos_ == "PROPN")
    if not name:
        return False
    root = span.root
    head = root.head
    if (root.dep_ == "pobj" or (root.dep_ == "pcomp" and head.pos_ == "ADP")) and _show_or_group(head, cues):
        return True
    named = head if root.dep_ == "appos" else root  # "named the drill 'X'" can read as "the drill, X"
    verb = named.head
    if (
        named.dep_ in ("oprd", "dobj", "appos")
        and verb.lemma_.lower() in _GIVING_A_NAME
        and verb.tag_ in ("VBD", "VBZ", "VBP")
        and (named.dep_ == "oprd" or any(c.dep_ == "dobj" for c in verb.children))
    ):
        return True
    return root.dep_ == "attr" and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in _NAME_NOUNS for c in head.children
    )


_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its", "our", "my", "your"})


def _owned_scare_noun(span: Span, cue: Token | None) -> bool:
    """'Kastan says his "raiders" watched the road': one quoted noun owned by a pronoun, the subject of
    the reported clause rather than what the cue itself names, is the writer's distance from a word, not
    something said ("called them his 'raiders'" is what the cue reports and stays)."""
    toks = [t for t in span if t.is_alpha]
    if len(toks) != 1 or toks[0].pos_ != "NOUN":
        return False
    noun = toks[0]
    if noun.dep_ not in ("nsubj", "nsubjpass") or (cue is not None and noun.head.i == cue.i):
        return False  # 'citing his "generals"': words in the predicate may well be the speaker's own
    return any(c.dep_ == "poss" and c.lower_ in _POSSESSIVE_PRONOUNS for c in noun.children)


# Nouns for a notion or a form of words: quoted words before one name it ("the 'iron tide' idea").
_CONCEPT_NOUNS = frozenset(
    {"idea", "concept", "notion", "term", "label", "phrase", "slogan", "mantra", "motto", "doctrine",
     "theory", "narrative", "trope", "metaphor", "moniker", "tag", "catchphrase", "buzzword", "meme"}
)  # fmt: skip


def _names_a_concept(span: Span) -> bool:
    """'argue that the "iron tide" idea is a myth': quoted words that qualify a noun of a notion or a
    form of words right after the closing mark name that notion; nobody is quoted saying them."""
    if not 0 < len(span) <= 5:
        return False
    root = span.root
    noun = root.head
    if root.dep_ not in ("compound", "amod", "nmod") or noun.i < span.end:
        return False
    between = span.doc[span.end : noun.i]
    return noun.lemma_.lower() in _CONCEPT_NOUNS and all(t.is_punct for t in between)


def _nickname_inside_a_name(state: DocState, m: MarkSpan) -> bool:
    """'Rick "Ozzie" Kiral': a quoted word set between a first name and a surname is a nickname, part of
    the name (the NER keeps it inside the person), not something anyone said."""
    doc = state.doc
    inner = doc.char_span(m.content_start, m.content_end, alignment_mode="expand")
    if inner is None or not 0 < len(inner) <= 3 or inner.start == 0:
        return False
    before = doc[inner.start - 1]
    while before.is_punct and before.i > 0 and before.idx >= m.start:
        before = doc[before.i - 1]  # the opening mark itself
    after_i = inner.end
    while after_i < len(doc) and doc[after_i].idx < m.end:
        after_i += 1  # the closing mark
    if after_i >= len(doc) or before.idx >= m.start:
        return False
    after = doc[after_i]
    return all(
        t.pos_ == "PROPN" and t.text[:1].isupper() and t.ent_type_ == "PERSON" for t in (before, after)
    )


# Words that make up a bare time phrase ("this week", "last night", "tomorrow morning").
_TIME_PHRASE_WORDS = frozenset(
    {"this", "last", "next", "that", "the", "week", "weekend", "month", "year", "today", "tonight",
     "tomorrow", "yesterday", "morning", "afternoon", "evening", "night", "now", "monday", "tuesday",
     "wednesday", "thursday", "friday", "saturday", "sunday"}
)  # fmt: skip
# Words that name a time; a phrase of only determiners ("this", "that") names none.
_TIME_NOUNS = _TIME_PHRASE_WORDS - {"this", "last", "next", "that", "the"}


def _only_time_words(words: Sequence[str]) -> bool:
    """Quoted words that are only a time phrase ("This week", "Tonight"): what a quotation mark sets off
    there is the name of a show or a section, a time phrase being no statement of anyone's."""
    bare = [w.strip(_QUOTE_CHARS + ".,;:!?()[]").lower() for w in words]
    bare = [w for w in bare if w]
    return 0 < len(bare) <= 3 and set(bare) <= _TIME_PHRASE_WORDS and any(w in _TIME_NOUNS for w in bare)


def _quoted_term(f: _Found, text: str, cues: CueLexicon, state: DocState) -> bool:
    """A single quoted noun that no speech or thought verb reports is a term or a name ("gave out 'tips'",
    "the name '2019-nCoV'"), not words anyone said; so is an unreported title qualifying a noun ("gave
    her 'Best Harbour Master' award"). A quoted judgement stays a quote ("wondered whether
    the moderators will be 'fair'", "rated the claim 'false'"), and so does any word a cue reports
    ("called the plan 'reckless'")."""
    words = text[f.mark.content_start : f.mark.content_end].split()
    if len(words) == 1 and any(ch.isdigit() for ch in words[0]):
        return True
    if _only_time_words(words):
        return True  # 'said on "This Week"', a "Today" label: the name of a show or section, not speech
    before = text[max(f.mark.start - 24, 0) : f.mark.start]
    if len(words) <= _GLOSS_WORDS and _GLOSS_BEFORE.search(before):
        return True  # "an extravehicular activity, or 'spacewalk'": the common word for a thing
    if _DISTANCING.search(before):
        return True  # "the so-called 'deep state'", "a metaphorical 'smoking gun'": the writer's distance
    if _nickname_inside_a_name(state, f.mark):
        return True
    span = state.doc.char_span(f.mark.content_start, f.mark.content_end, alignment_mode="expand")
    if span is not None and _numbered_name(words) and span.root.dep_ not in ("compound", "amod", "nmod"):
        return True  # 'the seizure of "Harbour Star 2"': a ship's or model's name ('a "Grade 3" alert' rates)
    if span is not None and len(span) > 0 and _a_proper_name(words, span, cues):
        return True  # 'said on "The Morning Hour"', 'named the drill "Operation Kastan Shield"'
    if span is not None and _owned_scare_noun(span, f.cue.token if f.cue is not None else None):
        return True
    if span is not None and _names_a_concept(span):
        return True
    if f.cue is not None and (cues.is_cue(f.cue.token.lemma_) or _refers_to_as(f.cue.token)):
        return False
    if _title_case(words) and span is not None and _modifies_a_noun(span):
        return True
    if len(words) != 1:
        return False
    toks = [t for t in span if t.is_alpha] if span is not None else []
    return bool(toks) and all(t.pos_ in ("NOUN", "PROPN") for t in toks)


def _turns(state: DocState, body: list[tuple[int, int]], taken: Sequence[QuoteMention]) -> list[QuoteMention]:
    """Transcript turns as direct quotes, where no quotation found in the turn's words already."""
    out: list[QuoteMention] = []
    for start, end, sp in transcript_turns(state, body):
        if any(q.start < end and start < q.end for q in taken):
            continue
        sent = state.sentence_index(start)
        q = QuoteMention(
            doc_id=state.doc_id,
            index=0,
            text=state.article.text[start:end],
            start=start,
            end=end,
            sentence=sent,
            kind="direct",
            speaker_chain_id=sp.chain_id,
            speaker_name=sp.name,
            speaker_start=sp.start,
            speaker_end=sp.end,
        )
        q.date, q.date_source = _date_for(state, sent, start)
        out.append(q)
    return out


def _reads_like_speech(f: _Found, text: str) -> bool:
    words = f.mark.text(text).split()
    return f.kind == "direct" and len(words) >= MIN_UNATTRIBUTED_WORDS


def _sentence_tokens(state: DocState, first: int, last: int) -> list[Token]:
    s = state.sentences[first].start
    e = state.sentences[last].end
    span = state.doc.char_span(s, e, alignment_mode="expand")
    return list(span) if span is not None else []


def _frame(
    state: DocState, m: MarkSpan, blocks: Sequence[tuple[int, int, str]], cues: CueLexicon
) -> tuple[int, int]:
    """Sentences that may hold the attribution: the quote's own, plus a split-off "he said." or "X said:"."""
    sents = state.sentences
    text = state.article.text
    first = max(state.sentence_index(m.content_start), 0)
    last = max(state.sentence_index(max(m.content_end - 1, m.content_start)), first)
    if last + 1 < len(sents):
        nxt = sents[last + 1]
        gap = text[m.end : nxt.start]
        same_block = _block_of(blocks, nxt.start) == _block_of(blocks, m.end - 1)
        nxt_text = text[nxt.start : nxt.end]
        if (
            same_block
            and m.end <= sents[last].end + 1
            and not gap.strip(" \n" + _QUOTE_CHARS + ".,;:!?")
            and nxt_text[:1] not in _QUOTE_CHARS
            and (len(nxt_text.split()) <= 12 or _bare_cue_sentence(state, nxt.start, nxt.end, cues))
            and text[sents[last].end - 1 : sents[last].end] in ".!?\"”'’"
        ):
            last += 1
    before = text[sents[first].start : m.start]
    if first > 0 and not before.strip():
        prev = sents[first - 1]
        # a line ending in a colon introduces what follows, even where the cleaner took it for a caption
        if text[prev.start : prev.end].rstrip().endswith(":") and prev.block_kind in ("body", "caption"):
            first -= 1
    return first, last


def _bare_cue_sentence(state: DocState, start: int, end: int, cues: CueLexicon) -> bool:
    """A sentence that only says who spoke ("X, the mayor of Y (D-Z), shouted to the crowd."): its root
    is a speech verb with a subject and nothing reported of its own (no clause, no object)."""
    span = state.doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    root = span.root
    deps = {c.dep_ for c in root.children}
    return (
        root.pos_ == "VERB"
        and cues.is_speech(root.lemma_)
        and "nsubj" in deps
        and not deps & {"ccomp", "dobj", "xcomp", "csubj", "parataxis"}
    )


def _attribute(
    state: DocState,
    m: MarkSpan,
    cues: CueLexicon,
    excluded: Sequence[tuple[int, int]],
    blocks: Sequence[tuple[int, int, str]],
    ctx: PronounContext,
) -> _Found | None:
    first, last = _frame(state, m, blocks, cues)
    frame_tokens = _sentence_tokens(state, first, last)
    quote_tokens = [t for t in frame_tokens if m.content_start <= t.idx < m.content_end]
    sent = max(state.sentence_index(m.content_start), 0)
    kind = _direct_or_partial(state, m, sent, cues)
    f = _Found(mark=m, kind=kind, sentence=sent, block=_block_of(blocks, m.start))
    dashed = _dash_speaker(state, m) or _credit_speaker(state, m)
    if dashed is not None:  # '"words" ― Name' or '"words" Name, Outlet' leaves no doubt
        f.speaker = dashed
        f.credited = True
        return f
    candidates = cue_tokens(frame_tokens, cues, excluded)
    cue = choose_cue(quote_tokens, candidates, m.content_start, m.content_end)
    if cue is not None:
        cue = _reporting_cue(cue, candidates, cues)
        cue = _outer_cue_of_unsaid(cue, candidates)
        cue = _verb_over_cue_noun(cue, candidates, m)
        cue = _reporter_of_a_things_participle(cue, candidates, cues)
    if (cue is not None and _names_the_quote(state, cue.token, m)) or _named_right_before(state, m):
        return None  # "a law known as 'X'", "a group called 'Y'": the quote is a name
    if cue is not None and _readers_hypothetical_question(cue.token):
        return None  # "many may be asking, 'X?'": the writer's words put in readers' mouths
    clause = _circumstance_clause(state, m, cue, cues) if kind == "partial" and cue is not None else None
    if cue is not None and clause is not None:
        # "X said as he pressed members to back Y's 'hard limit'": X did not say it; "X spoke after she blamed it on
        # 'bias'": the clause's own subject did
        own = _other_subject(state, clause, cue, m, ctx)
        if own is None:
            cue = None
        else:
            f.cue, f.speaker = Cue(clause, clause.text, "governs"), own
            return f
    urged = _urged_in_quoted_words(quote_tokens, m, excluded) if kind == "partial" else None
    if urged is not None:
        # 'X encouraged Y to "sail at once"': the words are X's, whatever cue stands nearby
        f.cue, f.speaker = Cue(urged[0], urged[0].text, "governs"), resolve_speaker(state, urged[1], ctx)
        return f
    if kind == "partial" and (cue is None or (cue.link == "adjacent" and not _right_after(state, m, cue))):
        # Words quoted as the object of what someone did ("attacked 'the ideology'") are theirs;
        # that beats a cue verb that merely sits nearby.
        verb = governing_verb(quote_tokens, m.content_start, m.content_end, excluded)
        if verb is not None and _time_clause_with_a_report(verb) is not None:
            verb = verb.head  # "X said after Y left that Z sought 'A'": X's words, not the time clause's
        subj = animate_subject(verb) if verb is not None else None
        if (
            verb is not None
            and subj is not None
            and not _in_any(subj.idx, excluded)
            and not _holds_quote(subj, m)
            and not _describes_subject(state, verb, m, cues)
            and (cues.is_cue(verb.lemma_) or _refers_to_as(verb) or _argument_of(state, verb, m))
        ):
            f.cue = Cue(verb, verb.text, "governs")
            f.speaker = resolve_speaker(state, subj, ctx)
            return f
        cue = None  # a scare-quoted phrase is not tied to a cue merely by sitting near one
    if cue is not None:
        f.cue = cue
        subj = subject_of(cue.token, skip=(m.content_start, m.content_end))
        if subj is not None and (_in_phrase_of(state, subj, m) or _beside_reported_verb(state, m, kind, cue)):
            # "X said some sailors 'even in Y' are praising it": words in the subject's own phrase, or set
            # beside a verb of the reported clause without being what it reports, are the reporter's
            outer = _reporting_verb_above(cue.token, candidates, cues)
            f.cue = Cue(outer, outer.text, "governs") if outer is not None else cue
            subj = subject_of(outer, skip=(m.content_start, m.content_end)) if outer is not None else None
        # a subject inside another quotation ("'I love it,' he said, but 'x'") is not the speaker
        if subj is not None and not _in_any(subj.idx, excluded):
            content = _first_person_words(state, m) or _named_clause_subject(m, cue.token)
            f.speaker = resolve_speaker(state, subj, ctx, content=content)
    if f.speaker is None:
        f.speaker = _name_colon_speaker(state, m, sent)
    if f.speaker is None and f.cue is None and kind == "direct":
        intro = _introducing_clause(state, m, frame_tokens, excluded)
        if intro is not None:
            f.cue = Cue(intro[0], intro[0].text, "introduces")
            f.speaker = resolve_speaker(state, intro[1], ctx)
    if f.speaker is None and f.cue is None and kind == "direct":
        topic = _person_just_before(state, m, sent, excluded)
        if topic is not None:
            f.speaker = resolve_speaker(state, topic, ctx)
    if f.cue is None and f.speaker is None and kind == "partial":
        return None
    return f


def _person_just_before(
    state: DocState, m: MarkSpan, sent: int, excluded: Sequence[tuple[int, int]]
) -> Token | None:
    """'Professor Delvane doubts a quick deal. "I think there will be a long fight."': a quotation opening
    its sentence, with no speaker of its own, right after a sentence of the same paragraph whose main subject
    is a named person (and that holds no quotation) is that person's: news gives each voice its paragraph."""
    s = state.sentences[sent]
    if sent == 0 or s.start != m.start or s.block_kind != "body":
        return None
    prev = state.sentences[sent - 1]
    between = state.article.text[prev.end : s.start]
    if "\n" in between or prev.block_kind != "body" or _in_any(prev.start, excluded):
        return None
    if any(prev.start <= a < prev.end for a, _ in excluded):
        return None  # a sentence with quotations of its own: its speaker is found there
    span = state.doc.char_span(prev.start, prev.end, alignment_mode="expand")
    if span is None or not span.text.rstrip().endswith("."):
        return None
    root = span.root
    if load_cues().is_cue(root.lemma_):
        return None  # "X said ...": a report, whose speaker goes on with its cue (`_continue_speakers`)
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.ent_type_ != "PERSON" or subj.pos_ != "PROPN":
        return None
    return subj


# Verbs by which someone urges another to act ("encouraged Y to ..."): the act they urge is in their words.
_URGING_VERBS = frozenset(
    {"encourage", "urge", "advise", "implore", "beg", "exhort", "press", "invite", "challenge", "tell", "ask"}
)


def _urged_in_quoted_words(
    quote_tokens: Sequence[Token], m: MarkSpan, excluded: Sequence[tuple[int, int]]
) -> tuple[Token, Token] | None:
    """'X encouraged Y to "sail at once"': the quoted act is what a verb of urging asks of its object; the
    words are the urger's, not the one urged (nor of a speech verb in a clause after them). Returns the verb
    and its subject."""
    verb = governing_verb(quote_tokens, m.content_start, m.content_end, excluded)
    if verb is None or verb.lemma_.lower() not in _URGING_VERBS:
        return None
    urged = any(t.dep_ == "xcomp" and t.head == verb and t.tag_ == "VB" for t in quote_tokens)
    urged_one = any(c.dep_ in ("dobj", "advmod") and verb.i < c.i and c.idx < m.start for c in verb.children)
    if not urged or not urged_one:
        return None
    subj = subject_of(verb, skip=(m.content_start, m.content_end))
    return (verb, subj) if subj is not None and not _in_any(subj.idx, excluded) else None


def _first_person_words(state: DocState, m: MarkSpan) -> tuple[int, int] | None:
    """The quoted sentences said as "I" ("Reis and I will always be friends"): a person they name is someone
    else than their "he said". Other quotations are left to salience alone."""
    return first_person_stretch(state.article.text, m.content_start, m.content_end)


def _named_clause_subject(m: MarkSpan, cue: Token) -> tuple[int, int] | None:
    """'when he said Orvik "has forgotten ..."': a name subject of the reported clause, between the cue and
    the quotation, is part of what was said, so it is not the "he" who said it: the clause from that name
    to the quotation's end, else None."""
    clause = next(
        (c for c in cue.children if c.dep_ == "ccomp" and cue.i < c.i and c.idx < m.content_end), None
    )
    if clause is None:
        return None
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ != "PROPN" or not cue.i < subj.i or subj.idx >= m.start:
        return None
    return subj.left_edge.idx, m.content_end


def _introducing_clause(
    state: DocState, m: MarkSpan, frame_tokens: Sequence[Token], excluded: Sequence[tuple[int, int]]
) -> tuple[Token, Token] | None:
    """'X took a parting shot on Twitter: "..."', 'X spoke on Radio Nord, "..."': a clause ending in a
    colon or comma right before a quotation that closes the sentence introduces it, and the clause's
    subject says it even without a speech verb. Returns (verb, subject) when the subject can speak."""
    # a paragraph break between a lead-in line and its quotation is no word of either
    before = [t for t in frame_tokens if t.idx < m.start and not t.is_space and not _in_any(t.idx, excluded)]
    after = [t for t in frame_tokens if t.idx >= m.end and not _in_any(t.idx, excluded)]
    if not before or before[-1].text not in (":", ",") or any(not t.is_punct for t in after):
        return None
    # the clause's own verb heads its sentence, or the parse hung it on the quoted words' verb
    roots = [
        t
        for t in before
        if t.pos_ in ("VERB", "AUX") and (t.head.i == t.i or m.content_start <= t.head.idx < m.content_end)
    ]
    if not roots:
        return None
    verb = roots[-1]
    subj = animate_subject(verb) or _named_subject(verb) or _one_who_put_it(verb)
    if subj is None and before[-1].text == ":":
        subj = _written_text_subject(verb)
    if subj is None or _in_any(subj.idx, excluded) or _holds_quote(subj, m):
        return None
    if subj.lower_ in ("i", "we", "you"):
        return None  # "And I am like, '...'": the turn of the interview carries who "I" is, not the clause
    return verb, subj


def _written_text_subject(verb: Token) -> Token | None:
    """'The report found: "..."', 'Her letter reads: "..."': a text that a colon lets quote itself is the
    source of the words it introduces (a report, a study, a statement), though it is nobody who acts."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) == 1 and subjects[0].lemma_.lower() in AUTHORED_NOUNS:
        return subjects[0]
    return None


def _one_who_put_it(verb: Token) -> Token | None:
    """'As a senior official put it: "..."': the idiom quotes whoever "put it", a bare role noun too, which
    the animate test leaves out (nothing that cannot act, though)."""
    if verb.lemma_.lower() != "put" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return None
    if not any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return subjects[0] if len(subjects) == 1 and not cannot_act(subjects[0]) else None


def _describes_subject(state: DocState, verb: Token, m: MarkSpan, cues: CueLexicon) -> bool:
    """Quoted words in the noun phrase after a copula, or after the "as" of a verb that reports nothing and
    has nothing before "as" for them to describe, describe the subject, they are not its words: "whether
    Kiral is the victim of a 'deep state' scam", "stood down as Velmar's 'special representative'".
    "dismissed the report as 'fake'", "went after Reis as a 'brat'" and "referred to it as 'theatre'" are
    the subject's words."""
    span = state.doc.char_span(m.content_start, m.content_end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    path = [span.root, *span.root.ancestors]
    if verb.lemma_.lower() == "be":
        # a noun phrase after "is" says what the subject is; "he is prepared 'to act'" still quotes him
        below = path[: path.index(verb)] if verb in path else []
        return any(t.dep_ == "attr" for t in below)
    if cues.is_cue(verb.lemma_) or _refers_to_as(verb) or any(c.dep_ == "dobj" for c in verb.children):
        return False
    as_prep = next((t for t in path if t.dep_ == "prep" and t.lower_ == "as" and t.head.i == verb.i), None)
    if as_prep is None:
        return False
    # "went after Reis as a 'spoiled brat'": a person or thing before "as" is what the words describe
    return not any(c.dep_ == "prep" and verb.i < c.i < as_prep.i for c in verb.children)


# How quoted words may hang below a verb that reports nothing and still be its subject's words: its object
# or complement ("attacked 'the ideology'", "the GAO found that 'X'", "sees this as 'trapping'").
_ARGUMENT_DEPS = frozenset({"dobj", "attr", "oprd", "ccomp", "conj", "appos"})
# Verbs of speaking whose words come after a preposition ("pointed to 'reckless promises'", "spoke of
# 'a new era'", "thanked him for his 'unreserved support'"): whatever is quoted under them is theirs.
_SPEAKING_THROUGH_PREP = frozenset(
    {
        "point",
        "refer",
        "speak",
        "talk",
        "allude",
        "appeal",
        "object",
        "thank",
        "apologize",
        "apologise",
        "blame",
    }
)


# Verbs whose object is an event put on ("held a 'day of action'", "staged a 'march for bread'").
_STAGING_VERBS = frozenset(
    {"hold", "stage", "organize", "organise", "host", "attend", "observe", "celebrate"}
)


def _argument_of(state: DocState, verb: Token, m: MarkSpan) -> bool:
    """The quoted words are an argument of ``verb`` (not a cue): its object, complement, reported clause or
    "as" phrase. Words quoted inside an adverbial or a purpose clause ("deployed troops to 'contain'
    migrants", "under the 'X Protocols', officials allowed ..."), a modifier of a noun outside the quote
    ("is hammering the 'moderate' rebels") or what the subject of "be" or "have" is or has ("were
    'inadequate'", "have 'credible fear'") are the writer's scare quotes or someone else's words."""
    lemma = verb.lemma_.lower()
    if lemma in _SPEAKING_THROUGH_PREP:
        return True  # "referred to the withdrawal from the 'flawed' deal": whatever it spoke of is its words
    span = state.doc.char_span(m.content_start, m.content_end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    path = _path_up(span.root, verb)
    if path is None or lemma == "have":
        return False
    if lemma in _STAGING_VERBS and [t.dep_ for t in path] == ["dobj"]:
        return (
            False  # 'held a "day of action"': the quoted object is the event's name, not the holders' words
        )
    if (
        [t.dep_ for t in path] == ["dobj"]
        and lemma not in _GIVING_A_NAME
        and _label_after_article(state, span, m)
    ):
        return False  # 'pulled an "autumn surprise"': the writer's label for what was done, nobody's words
    if lemma == "be" or verb.pos_ == "AUX":
        # "was satisfied that 'X'", "is prepared 'to act'": a clause under the predicate adjective is
        # reported; the predicate itself ("were 'inadequate'") or an adverbial describes
        return [t.dep_ for t in path] in (["ccomp", "acomp"], ["xcomp", "acomp"])
    return all(t.dep_ in _ARGUMENT_DEPS or _as_phrase(t) for t in path)


# Articles that, standing outside the marks, make the quoted words a label set in a noun phrase.
_LABEL_ARTICLES = frozenset({"a", "an", "the"})
_LABEL_WORDS = 3  # a label is short: longer quoted words under an article are as often a fragment of speech


def _label_after_article(state: DocState, span: Span, m: MarkSpan) -> bool:
    """'pulled an "autumn surprise"', 'rejected the "harbour pact"': one to three quoted words heading a noun
    phrase whose article stands outside the marks are a label the writer keeps at a distance (a scare
    quote), when the verb that takes them is no verb of speech or naming; "attacked 'the ideology'" (the
    article inside) may quote what was attacked, and a name in title case may be one the subject coined."""
    root = span.root
    words = state.article.text[m.content_start : m.content_end].split()
    if not 0 < len(words) <= _LABEL_WORDS or root.pos_ not in ("NOUN", "PROPN"):
        return False
    if len(words) > 1 and _title_case(words):
        return False  # 'introduced the "War On Hunger"': a name the subject gave its own policy
    articles = [c for c in root.children if c.dep_ == "det" and c.lower_ in _LABEL_ARTICLES]
    return any(c.idx + len(c.text) <= m.start for c in articles)


def _path_up(tok: Token, top: Token) -> list[Token] | None:
    """The tokens from ``tok`` up to (not including) its ancestor ``top``; None when the path is long or
    never reaches it (a long path is a parse we do not trust)."""
    path: list[Token] = []
    for _ in range(8):
        if tok.i == top.i:
            return path
        if tok.head.i == tok.i:
            return None
        path.append(tok)
        tok = tok.head
    return None


def _as_phrase(tok: Token) -> bool:
    """``tok`` hangs in an "as" phrase ("sees this as 'trapping'", "rated the claims as 'false'"), which the
    parse attaches in various ways."""
    prep = tok if tok.dep_ == "prep" else tok.head
    return prep.dep_ == "prep" and prep.lower_ == "as"


def _named_subject(verb: Token) -> Token | None:
    """The verb's only subject when it is a name the tagger left untyped ("Mayor Ana Reis took ...")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].pos_ != "PROPN" or cannot_act(subjects[0]):
        return None
    return subjects[0]


def _holds_quote(tok: Token, m: MarkSpan) -> bool:
    """The phrase of ``tok`` contains the quotation ('many offered "furry" versions'): the quoted words
    belong to the phrase, so its head did not say them."""
    return any(m.content_start <= t.idx < m.content_end for t in tok.subtree)


# Participles that give a name ("known as", "called", "dubbed", "a column titled"; "what is best described
# as 'X'" with nobody said to describe it).
_NAMING_LEMMAS = frozenset(
    {
        "know",
        "call",
        "name",
        "dub",
        "title",
        "entitle",
        "headline",
        "label",
        "term",
        "brand",
        "nickname",
        "describe",
        "identify",
    }
)
# Verbs that only ever give a title ("a post headlined 'X'", "the book is entitled 'Y'"), whatever the parse.
_TITLE_LEMMAS = frozenset({"title", "entitle", "headline", "subtitle"})
# What may stand between the participle and the name ("known simply as the 'X'", "identified only as 'Y'").
_NAMING_FILLERS = frozenset({"as", "simply", "only", "the", "a", "an", ",", ":"})
# How far before the quotation a naming participle still gives it ("known within the community as").
_NAMING_REACH = 6


def _names_the_quote(state: DocState, cue: Token, m: MarkSpan) -> bool:
    """'a law known as the "X"', 'a group called "Y"': a bare naming participle right before the quotation
    (nothing but "as" or an article between) gives the quoted words as a name. A finite "called the
    plan 'Z'" reports."""
    lemma = cue.lemma_.lower()
    if lemma not in _NAMING_LEMMAS or cue.pos_ != "VERB":
        return False  # "used her words as its headline: '...'" quotes her
    if (
        lemma not in _TITLE_LEMMAS
        and not _passive_without_agent(cue)
        and (
            cue.tag_ != "VBN"
            or cue.dep_ not in ("ROOT", "acl", "advcl")
            or any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in cue.children)
        )
    ):
        return False  # "critics have called it 'X'": someone says so
    between = [t for t in state.doc[cue.i + 1 :] if t.idx < m.start]
    words = [t.lower_ for t in between]
    if len(between) <= 3 and all(t.lower_ in _NAMING_FILLERS or _modifies_quoted(t, m) for t in between):
        return True
    # "known within the community as 'X'", "known to locals as 'Y'": a place or audience, then "as"
    return (
        bool(between)
        and len(between) <= _NAMING_REACH
        and between[0].pos_ == "ADP"
        and words[-1] == "as"
        and not any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in between)
    )


def _modifies_quoted(tok: Token, m: MarkSpan) -> bool:
    """'what is called a harbour "toll"': a word qualifying the quoted name is part of the name given."""
    return tok.dep_ in ("amod", "compound") and m.content_start <= tok.head.idx < m.content_end


def _passive_without_agent(cue: Token) -> bool:
    """'what is often called the "X"', 'opponents are branded "Y"': the subject is what gets the name and
    nobody is said to give it, so the quoted words are a name, no one's speech."""
    return (
        cue.tag_ == "VBN"
        and any(c.dep_ in ("auxpass", "nsubjpass") for c in cue.children)
        and not any(c.dep_ == "agent" for c in cue.children)
    )


def _named_right_before(state: DocState, m: MarkSpan) -> bool:
    """A naming participle just before the quotation gives it as a name whichever cue the sentence has
    ("X wrote in a column titled 'Y'", "a post headlined 'Z'"), and so does "of" after a name ("Ana Reis
    of 'Stand Up Now'": her group)."""
    span = state.doc.char_span(m.start, m.start, alignment_mode="expand")
    first = span.start if span is not None else None
    if first is None:
        return False
    before = [t for t in state.doc[max(first - _NAMING_REACH - 1, 0) : first] if t.idx + len(t) <= m.start]
    if (
        len(before) >= 2
        and before[-1].lower_ == "of"
        and before[-2].pos_ == "PROPN"
        and before[-1].head.pos_ not in ("VERB", "AUX")  # "accused Ana Reis of 'lying'" reports
        and not _starts_with_gerund(state, m)
    ):
        return True  # judged by the word before "of": the parse often hangs "of" elsewhere
    if (
        _owned_title(state, m, before)
        or _title_of_a_work(state, m, before)
        or _listener_title(state, m, before)
    ):
        return True
    return any(_names_the_quote(state, t, m) for t in before if t.lemma_.lower() in _NAMING_LEMMAS)


# Works that carry a title of their own; a statement, speech or tweet set before a quotation gives its words.
_TITLED_WORKS = frozenset(
    {"book", "chapter", "memoir", "novel", "film", "movie", "documentary", "show", "program", "programme",
     "series", "episode", "song", "album", "podcast", "play", "essay", "column", "article", "op-ed",
     "editorial", "poem", "exhibit", "exhibition", "study", "paper", "broadcast", "segment"}
)  # fmt: skip


def _title_of_a_work(state: DocState, m: MarkSpan, before: Sequence[Token]) -> bool:
    """'his latest book, "Salt Feud," focuses on ...', 'in the chapter "Under Siege"', 'in Sunday's "Harbour
    Watch" interview': words in title case set beside the noun of a work, or qualifying the noun right after
    them, are its title, not anyone's words."""
    text = state.article.text
    if not _title_case(text[m.content_start : m.content_end].split()):
        return False
    words = [t for t in before if not (t.is_punct and t.text in ",:")]
    if words and words[-1].pos_ == "NOUN" and words[-1].lemma_.lower() in _TITLED_WORKS:
        return True
    after = state.doc.char_span(m.end, len(text), alignment_mode="expand")
    nxt = after[0] if after is not None and len(after) > 0 else None
    return nxt is not None and nxt.idx == m.end + 1 and nxt.pos_ == "NOUN" and nxt.is_lower


def _listener_title(state: DocState, m: MarkSpan, before: Sequence[Token]) -> bool:
    """'X told “Harbour Hour Tonight” that ...': words of two or more in title case right after "tell" (a
    "the" may stand between) are the show or paper spoken to, the verb's listener, not what was said."""
    words = [t for t in before if not t.is_space]
    if words and words[-1].lower_ == "the":
        words = words[:-1]
    quoted = state.article.text[m.content_start : m.content_end].split()
    return (
        bool(words)
        and words[-1].lemma_.lower() == "tell"
        and words[-1].idx + len(words[-1]) < m.start
        and _title_case(quoted)
    )


def _owned_title(state: DocState, m: MarkSpan, before: Sequence[Token]) -> bool:
    """'an interview on the Gazette's "The Morning Hour"': words in title case owned by an organisation are
    the name of its show, paper or product."""
    return (
        len(before) >= 2
        and before[-1].tag_ == "POS"
        and before[-2].ent_type_ == "ORG"
        and _title_case(state.article.text[m.content_start : m.content_end].split())
    )


def _reporting_cue(cue: Cue, candidates: Sequence[Token], cues: CueLexicon) -> Cue:
    """'X said, most people have come to believe "..."': a thought or opinion verb inside a clause that a
    parenthetical speech verb reports is part of what that speaker said."""
    if cues.is_speech(cue.token.lemma_) or cue.token.pos_ not in ("VERB", "AUX"):
        return cue
    clause = {cue.token.i} | {a.i for a in cue.token.ancestors}
    for c in candidates:
        if c.dep_ == "parataxis" and c.head.i in clause and c.pos_ == "VERB" and cues.is_speech(c.lemma_):
            return Cue(c, c.text, "attached")
    # "X added that he believes 'Y'": the thought is part of what the speech verb reports
    outer = _reporting_verb_above(cue.token, candidates, cues)
    return Cue(outer, outer.text, "governs") if outer is not None else cue


def _reporter_of_a_things_participle(cue: Cue, candidates: Sequence[Token], cues: CueLexicon) -> Cue:
    """'X said the coverage had been constructive, indicating both sides felt there was "room"': an
    inferential participle hung on a reported clause whose subject is a thing goes on with what X reports;
    X's speech verb is the cue, not the thing that "indicates"."""
    verb = cue.token
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.head.dep_ != "ccomp":
        return cue
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return cue  # a participle with a subject of its own is a clause of its own
    subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 or not inferred_from_a_thing(verb, subjects[0]):
        return cue  # "X said the man fled, shouting '...'": the man shouted
    outer = _reporting_verb_above(verb.head, candidates, cues)
    return Cue(outer, outer.text, "governs") if outer is not None else cue


def _verb_over_cue_noun(cue: Cue, candidates: Sequence[Token], m: MarkSpan) -> Cue:
    """'X said in a statement:' before a quoted paragraph, 'X said in a statement that the "...": the noun
    sits nearest the quotation (the parse may even hang the clause on it), but it names no speaker of its
    own; the speech verb its preposition hangs on does ("X")."""
    noun = cue.token
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return cue
    verb = noun.head.head
    if verb.pos_ not in ("VERB", "AUX") or all(c.i != verb.i for c in candidates):
        return cue
    if subject_of(noun, skip=(m.content_start, m.content_end)) is not None:
        return cue  # "X said in Y's statement": the noun has an owner of its own
    return Cue(verb, verb.text, cue.link)


def _in_phrase_of(state: DocState, subj: Token, m: MarkSpan) -> bool:
    """The quotation is a part of the noun phrase of ``subj`` ("some people 'even in Y'"), not of a
    clause hanging on it ("fishermen, who called it 'X'")."""
    span = state.doc.char_span(m.content_start, m.content_end, alignment_mode="expand")
    path = _path_up(span.root, subj) if span is not None and len(span) > 0 else None
    return path is not None and not any(t.pos_ in ("VERB", "AUX") for t in path)


def _beside_reported_verb(state: DocState, m: MarkSpan, kind: QuoteKind, cue: Cue) -> bool:
    """A partial quote the cue verb governs only as an adverbial ("are praising it 'even in Y'"), with the
    cue itself inside a reported clause: the cue does not report the quoted words."""
    verb = cue.token
    if kind != "partial" or cue.link != "governs" or verb.dep_ != "ccomp" or verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.lemma_.lower() in _SPEAKING_THROUGH_PREP:
        return False  # "thanked them for their 'help'": what it speaks of comes after a preposition
    span = state.doc.char_span(m.content_start, m.content_end, alignment_mode="expand")
    path = _path_up(span.root, verb) if span is not None and len(span) > 0 else None
    return path is not None and bool(path) and path[-1].dep_ in _ADVERBIAL_DEPS and not _as_phrase(path[-1])


# How words hang below a verb as a circumstance (where, when, how), not as what it takes.
_ADVERBIAL_DEPS = frozenset({"prep", "advmod", "npadvmod", "advcl"})
# Conjunctions opening a clause that tells when or how something was said, not what ("while" is as
# often a concession inside the reported words).
_CIRCUMSTANCE_MARKS = frozenset({"as", "when", "after", "before", "since", "until", "once"})


def _circumstance_clause(state: DocState, m: MarkSpan, cue: Cue, cues: CueLexicon) -> Token | None:
    """'X said as he pressed members to back Y's "hard limit"': the verb of a clause of time or manner hung on the
    speech verb and holding a partial quote, when no verb on the way speaks: the speech verb does not
    report the quoted words. None otherwise."""
    if cue.link != "governs":
        return None
    span = state.doc.char_span(m.content_start, m.content_end, alignment_mode="expand")
    path = _path_up(span.root, cue.token) if span is not None and len(span) > 0 else None
    if not path:
        return None
    outside = [t for t in path if not m.content_start <= t.idx < m.content_end]  # not a clause of the quote
    # only a clause set after the speech verb and hung on it: one further down, or fronted, is as often
    # part of what was said ("said the council would act only once the storms have left the quay 'a heap of stones'")
    clause = next((t for t in outside if t.dep_ == "advcl"), None)
    if clause is None or clause.head.i != cue.token.i or clause.i < cue.token.i:
        return None
    if any(c.dep_ == "ccomp" and c.i > clause.i for c in cue.token.children):
        return None  # "saying while she had been 'careless,' he ...": the clause opens the reported words
    if _time_clause_with_a_report(clause) is not None:
        return None  # "said after Y left that Z sought 'A'": the words after "that" are what was said
    if animate_subject(clause) is None:
        return None  # "as the city's capital was 'X'": a clause about a thing, often a misparse
    if not any(c.dep_ == "mark" and c.lower_ in _CIRCUMSTANCE_MARKS for c in clause.children):
        return None
    below = path[: path.index(clause) + 1]
    return None if any(t.pos_ == "VERB" and cues.is_cue(t.lemma_) for t in below) else clause


def _other_subject(
    state: DocState, clause: Token, cue: Cue, m: MarkSpan, ctx: PronounContext
) -> Speaker | None:
    """The speaker the clause's own subject stands for, when that is someone else than the speech verb's."""
    own = animate_subject(clause)
    reporter = subject_of(cue.token, skip=(m.content_start, m.content_end))
    if own is None or reporter is None:
        return None
    mine, theirs = resolve_speaker(state, own, ctx), resolve_speaker(state, reporter, ctx)
    if mine.chain_id is not None and mine.chain_id == theirs.chain_id:
        return None
    if not mine.name or mine.name.lower() in PRONOUNS or mine.name.lower() == (theirs.name or "").lower():
        return None  # "he" nobody resolved, or the same words: no other person
    return mine


def _reporting_verb_above(verb: Token, candidates: Sequence[Token], cues: CueLexicon) -> Token | None:
    """The speech verb whose reported clause holds ``verb`` ("X said that Y is praising 'Z'": "said"), up a
    short chain of reported clauses; None when ``verb`` heads no reported clause."""
    cand = {t.i for t in candidates}
    tok = verb
    for _ in range(3):
        if tok.dep_ != "ccomp" or tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.i in cand and cues.is_speech(tok.lemma_) and not _unsaid(tok):
            return tok
    return None


def _outer_cue_of_unsaid(cue: Cue, candidates: Sequence[Token]) -> Cue:
    """'X told Metro TV that the party didn't say "all" of the troops would stay ...': words a negated speech verb
    inside a report say nobody said are the reporter's own quotation; the reporting verb is the cue."""
    if not _unsaid(cue.token):
        return cue
    cand = {t.i for t in candidates}
    outer = next((a for a in cue.token.ancestors if a.i in cand and not _unsaid(a)), None)
    return Cue(outer, outer.text, cue.link) if outer is not None else cue


def _in_any(char: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s <= char < e for s, e in spans)


def _right_after(state: DocState, m: MarkSpan, cue: Cue) -> bool:
    """'..."words," Mr X said' / '"words," said Mr X': the attribution follows the closing mark directly."""
    text = state.article.text
    if cue.token.idx < m.end:
        return False
    between = text[m.end : cue.token.idx]
    if "." in between or len(between.split()) > 6:
        return False
    before = text[max(m.content_end - 1, 0) : m.end]
    return any(ch in before for ch in ",!?")


def _direct_or_partial(state: DocState, m: MarkSpan, sent: int, cues: CueLexicon) -> QuoteKind:
    text = state.article.text
    s = state.sentences[sent]
    before = text[s.start : m.start].rstrip(_BLANK_CHARS)
    content = text[m.content_start : m.content_end]
    first = content.lstrip(_QUOTE_CHARS + " .…")[:1]
    if first and _whole_sentence_after_a_conjunction(before, text[m.end : s.end]):
        return "direct"  # 'X said. But "it is now that ..."': the sentence is the quotation, run on
    if first and _resumed_after_a_credit(before):
        return "direct"  # '"My fear," she said, "is that ...": the sentence quoted goes on after its credit
    if not first or not (first.isupper() or first.isdigit()):
        return "partial"
    if _DISTANCING.search(text[max(m.start - 24, 0) : m.start]):
        return "partial"  # 'so-called "X"': the "called" in it introduces no quotation
    if (
        m.start < s.start
        or not before.strip(_QUOTE_CHARS)
        or before[-1] in ":,"
        or _CLOSED_SENTENCE.search(before)
    ):
        # a quoted sentence run on after another ('"A."\u200b"B."'): the splitter may keep the two as one
        # sentence, or give the second the first's closing mark
        return "direct"
    span = state.doc.char_span(s.start, m.start, alignment_mode="expand")
    if span is not None and len(span) > 0:
        last = [t for t in span if not t.is_punct and t.idx < m.start]
        if last and (cues.is_cue(last[-1].lemma_) or last[-1].lower_ in ("that",)):
            return "direct"
    return "partial"


# A quoted sentence opening, broken off by a comma and its closing mark, then a credit ending on a comma.
_BROKEN_BY_A_CREDIT = re.compile(r"^[\"“][^\"“”]+[,—–-][\"”]\s+[^\"“”\n]{1,200},$")


def _resumed_after_a_credit(before: str) -> bool:
    """'"My fear," she said, "is that nobody pays."': the words after the credit finish the sentence the
    first quotation opened; they are as direct as it is, though they open in lower case."""
    return bool(_BROKEN_BY_A_CREDIT.match(before.strip(_BLANK_CHARS)))


# Conjunctions that may open a sentence whose rest is one quotation going on with the last speaker's words.
_OPENING_CONJUNCTIONS = frozenset({"but", "and", "yet", "still", "so"})


def _whole_sentence_after_a_conjunction(before: str, after: str) -> bool:
    """'But “it is now that the port needs help.”': the sentence is a lone conjunction and a quotation,
    nothing after it but punctuation: a quoted sentence of its own, though it opens in lower case."""
    return before.strip(_BLANK_CHARS + ",").lower() in _OPENING_CONJUNCTIONS and not after.strip(
        _BLANK_CHARS + _QUOTE_CHARS + ".,;:!?…)"
    )


def _name_colon_speaker(state: DocState, m: MarkSpan, sent: int) -> Speaker | None:
    """'Name: "words"' (captions, headlines, transcripts): the name before the colon spoke."""
    text = state.article.text
    s = state.sentences[sent]
    before = text[s.start : m.start]
    match = _NAME_COLON.match(before.strip())
    if match is None:
        return None
    name = match.group("name")
    if not any(w[:1].isupper() for w in name.split()) or len(name.split()) > 8:
        return None
    offset = s.start + (len(before) - len(before.lstrip()))
    if not _in_capitals(name) and _holds_a_verb(state, offset, offset + len(name)):
        # a head in capitals is a speaker label, whose words the tagger misreads as verbs ("KASTANI")
        return None  # "Then he hurls this zinger:", "What is left is the shorthand:": a clause, not a name
    if _points_at_the_quote(state, offset, offset + len(name)):
        return None
    return speaker_from_name_line(state, offset, offset + len(name))


def _in_capitals(name: str) -> bool:
    return name.isupper() and len(re.findall(r"[A-Z]{2,}", name)) >= 2


_POINTING_WORDS = frozenset({"this", "that", "these", "those", "here", "there"})


def _points_at_the_quote(state: DocState, start: int, end: int) -> bool:
    """'And then, two days later:', 'Here is another:': a phrase opening on a conjunction, adverb or
    pointing word with no name in it introduces the quotation; it names nobody who said it."""
    span = state.doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0 or any(t.pos_ == "PROPN" and t.i > span.start for t in span):
        return False
    first = span[0]
    return first.pos_ in ("CCONJ", "SCONJ", "ADV") or first.lower_ in _POINTING_WORDS


def _holds_a_verb(state: DocState, start: int, end: int) -> bool:
    span = state.doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(t.pos_ in ("VERB", "AUX") and t.tag_ != "VBN" for t in span)


_DASH_NAME = re.compile(r"[^\S\n]*[―—–-]{1,2}[^\S\n]*(?P<name>[^\n.,;:!?\"“”()]{2,60})")


def _dash_speaker(state: DocState, m: MarkSpan) -> Speaker | None:
    """'"words" ― Name' (reader comments, epigraphs): the name after the dash spoke."""
    text = state.article.text
    match = _DASH_NAME.match(text, m.end)
    if match is None:
        return None
    name = match.group("name").rstrip()
    words = name.split()
    if not words or len(words) > 6 or not all(w[:1].isupper() for w in words if w.isalpha()):
        return None
    start = match.start("name")
    return speaker_from_name_line(state, start, start + len(name))


# '"words" Name, Outlet' closing a paragraph, or alone in the next one: a digest's credit to the
# columnist it quotes
_CREDIT = re.compile(r"(?:[^\S\n]+|[^\S\n]*\n\n)" + COLUMNIST_CREDIT + r"[^\S\n]*(?:\n|\Z)")


def _credit_speaker(state: DocState, m: MarkSpan) -> Speaker | None:
    """'"words" Name, Outlet' at the end of a paragraph or as the next one (round-ups quoting columnists):
    the name spoke."""
    match = _CREDIT.match(state.article.text, m.end)
    if match is None:
        return None
    return speaker_from_name_line(state, match.start("name"), match.end("name"))


# Subjects that introduce a digest's excerpt without naming its author ("Others note, ...").
_VAGUE_SUBJECTS = frozenset({"others", "some", "many", "one", "several", "few", "another"})


def _carry_credits_back(text: str, found: list[_Found]) -> None:
    """A digest quotes several excerpts of one piece, then credits them once ('"A" "B" Name, Outlet'): a
    whole quotation with nothing but blank space (or a zero-width joiner) before a credited one is the same
    author's, where it names nobody itself or only a vague "others note"."""
    ordered = sorted(found, key=lambda f: f.mark.start)
    for f, after in zip(reversed(ordered[:-1]), reversed(ordered[1:]), strict=True):
        if not after.credited or f.kind != "direct" or f.mark.end > after.mark.start:
            continue
        if _BLANK_BETWEEN.fullmatch(text, f.mark.end, after.mark.start) is None:
            continue
        if f.speaker is None or f.speaker.head.lower_ in _VAGUE_SUBJECTS:
            f.speaker, f.cue, f.credited = after.speaker, None, True


def _continue_speakers(state: DocState, found: list[_Found], indirect: Sequence[QuoteMention]) -> None:
    """A quote with no speaker of its own continues the last speaker's turn: the previous quote's, or the
    subject of reported speech just before it ("X said. \"...\"")."""
    body_index = {s.index: i for i, s in enumerate(x for x in state.sentences if x.block_kind == "body")}
    turns: list[tuple[int, int, Speaker | None, Cue | None]] = [
        (q.start, q.sentence, _speaker_of(state, q), None) for q in indirect if q.speaker_name
    ]
    events = sorted(
        [(f.mark.start, 0, i) for i, f in enumerate(found)] + [(t[0], 1, i) for i, t in enumerate(turns)]
    )
    prev: tuple[int, int, Speaker, Cue | None] | None = None  # (sentence, block, speaker, cue)
    last_end = -1  # where the previous quotation closed
    for _, is_turn, i in events:
        if is_turn:
            _, sent, sp, _ = turns[i]
            if sp is not None:
                prev = (sent, _block_index(state, sp.start), sp, None)
            continue
        f = found[i]
        reply = _reply(state.article.text, last_end, f.mark.start)
        if (
            f.kind == "direct"
        ):  # a title or term ('on ABC\'s "This Week."') takes no turn; nor does a lost close
            last_end = -1 if f.mark.damaged else max(last_end, f.mark.end)
        if f.speaker is None and prev is not None and prev[1] != f.block:
            later = _paragraphs_own_speaker(state, found, f)
            if later is not None:
                f.speaker, f.cue, f.inherited = later.speaker, later.cue, True
        if (
            f.speaker is None
            and prev is not None
            and not reply
            and not _subject_of_writers_verb(state, f)
            and not (prev[1] != f.block and _unpunctuated_item(state, f.block))
        ):
            gap = body_index.get(f.sentence, 10**6) - body_index.get(prev[0], -(10**6))
            if 0 <= gap <= MAX_CONTINUATION_GAP and f.block - prev[1] <= 1:
                f.speaker = prev[2]
                f.cue = f.cue or prev[3]
                f.inherited = True
        if f.speaker is not None:
            last = max(f.mark.end - 1, f.cue.token.idx if f.cue is not None and not f.inherited else 0)
            prev = (state.sentence_index(last), f.block, f.speaker, f.cue)


def _unpunctuated_item(state: DocState, block: int) -> bool:
    """A paragraph ending on a word, with no full stop: an item of a list (the plan's points under "What is
    in it?"), whose quotation is the listed thing's wording; no speaker of another paragraph goes on in it."""
    blocks = _blocks(state)
    if not 0 <= block < len(blocks):
        return False
    s, e, _ = blocks[block]
    words = state.article.text[s:e].rstrip()
    return bool(words) and words[-1].isalnum()


def _subject_of_writers_verb(state: DocState, f: _Found) -> bool:
    """'"Mayor lost at sea" remains the best-known headline': quoted words that a verb right after them
    takes as its subject are a title or phrase the writer talks about, not more of anyone's speech."""
    if f.cue is not None or state.article.text[f.mark.content_end - 1 : f.mark.content_end] in ".,!?;:":
        return False
    sentence = state.sentence_span(f.sentence)
    after = next((t for t in sentence if t.idx >= f.mark.end and not t.is_space), None)
    if after is None or after.is_punct or after.is_quote or not after.text.islower():
        return False
    return after.pos_ in ("VERB", "AUX")


def _paragraphs_own_speaker(state: DocState, found: Sequence[_Found], f: _Found) -> _Found | None:
    """A quotation opening its paragraph with no speaker, where a later quotation of the same paragraph
    names its own: the paragraph is that speaker's ('"A." Orvik, a fisherman, added: "B."'), for news
    gives each voice a paragraph of its own; the previous paragraph's speaker does not go on."""
    if f.kind != "direct" or f.block < 0:
        return None
    blocks = _blocks(state)
    if state.article.text[blocks[f.block][0] : f.mark.start].strip():
        return None
    return next(
        (
            g
            for g in found
            if g.block == f.block and g.mark.start >= f.mark.end and g.speaker is not None and not g.inherited
        ),
        None,
    )


def _reply(text: str, last_end: int, start: int) -> bool:
    """A quotation right after another with nothing between ('Reporter: "Is peace possible?" "Not now."')
    is the other side of a dialogue, not more words of the same speaker."""
    if not 0 <= last_end <= start or "\n" in text[last_end:start]:
        return False
    return not _WHOLE_QUOTES.sub("", text[last_end:start]).strip()  # short turns ("No.") may lie between


_WHOLE_QUOTES = re.compile(r"[\"“][^\"“”]*[\"”]")


def _block_index(state: DocState, char: int) -> int:
    return _block_of(_blocks(state), char)


def _speaker_of(state: DocState, q: QuoteMention) -> Speaker | None:
    if q.speaker_start is None or q.speaker_end is None:
        return None
    span = state.doc.char_span(q.speaker_start, q.speaker_end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return Speaker(q.speaker_start, q.speaker_end, span.root, q.speaker_name, q.speaker_chain_id, False)


def _mention(state: DocState, f: _Found, text: str) -> QuoteMention:
    trail = (
        ".,;:" if f.kind == "partial" else ","
    )  # a partial's period inside the mark ends the host sentence
    words = f.mark.text(text).strip().rstrip(trail).strip()
    end = f.mark.content_end
    while end > f.mark.content_start and (text[end - 1] in trail or text[end - 1].isspace()):
        end -= 1
    sp = f.speaker
    q = QuoteMention(
        doc_id=state.doc_id,
        index=0,
        text=words,
        start=f.mark.content_start,
        end=end,
        sentence=f.sentence,
        kind=f.kind,
        cue=f.cue.text if f.cue is not None else None,
        speaker_chain_id=sp.chain_id if sp else None,
        speaker_name=sp.name if sp else None,
        speaker_start=sp.start if sp else None,
        speaker_end=sp.end if sp else None,
    )
    anchor = f.cue.token.idx if f.cue is not None and not f.inherited else f.mark.content_start
    q.date, q.date_source = _date_for(state, state.sentence_index(anchor), anchor)
    if (
        f.inherited
        and f.cue is not None
        and q.date_source != "timex"
        and not _on_a_bulleted_line(state.article.text, f.mark.content_start)
    ):
        q.date, q.date_source = _turns_dated_cue(state, f.cue, (q.date, q.date_source))
    return q


_BULLET_OPENING = re.compile(r"[ \t]*(?:[•·▪◦*]|[-–—](?=[ \t]))")


def _on_a_bulleted_line(text: str, idx: int) -> bool:
    """Whether ``idx`` lies on a list item's line ("• “Words.”"): an item of a list stands apart from the
    paragraph before it, so it goes on no turn's day even when it is given that turn's speaker."""
    return _BULLET_OPENING.match(text, text.rfind("\n", 0, idx) + 1) is not None


def _turns_dated_cue(
    state: DocState, cue: Cue, own: tuple[str | None, DateSource | None]
) -> tuple[str | None, DateSource | None]:
    """'Orvik said Friday. "More words."': a quotation that goes on a speaker's turn was spoken when the
    turn was; a day the turn's cue names outranks the publication day its own sentence falls back to."""
    idx = cue.token.idx
    dated = _date_for(state, state.sentence_index(idx), idx)
    return dated if dated[1] == "timex" else own


def _date_for(state: DocState, sentence: int, char: int) -> tuple[str | None, DateSource | None]:
    try:
        from storyline.time import date_for_span
    except ImportError:  # the time stage is optional for quotes
        return None, None
    try:
        value, source = date_for_span(state, sentence, char)
    except Exception:
        return None, None
    return value, source


def _pull_quotes(
    state: DocState, blocks: Sequence[tuple[int, int, str]], cues: CueLexicon
) -> list[QuoteMention]:
    """Pull-quote lines (with their name line) and captions that quote someone."""
    text = state.article.text
    out: list[QuoteMention] = []
    used: set[int] = set()
    for bi, (s, e, kind) in enumerate(blocks):
        if kind not in ("pull", "caption"):
            continue
        raw = text[s:e]
        if kind == "pull":
            cs, ce = _strip_marks(text, s, e)
            if ce - cs < 2:
                continue
            speaker = None
            ai = _attribution_for(blocks, bi, used, raw.lstrip()[:1] in _QUOTE_CHARS)
            if ai is not None:
                used.add(ai)
                speaker = speaker_from_name_line(state, blocks[ai][0], blocks[ai][1])
            out.append(_pull_mention(state, cs, ce, speaker))
            continue
        for m in find_marked(text, [(s, e)]):
            if len(m.text(text).split()) < 2:
                continue
            sent = max(state.sentence_index(m.content_start), 0)
            speaker = (
                _caption_cue_speaker(state, m, cues, blocks)
                or _name_colon_speaker(state, m, sent)
                or _credit_speaker(state, m)
            )
            if speaker is None:
                ai = _attribution_for(blocks, bi, used, True)
                if ai is not None:
                    used.add(ai)
                    speaker = speaker_from_name_line(state, blocks[ai][0], blocks[ai][1])
            if speaker is None and _fragment_or_name(m.text(text)):
                continue  # as in the body: a phrase nobody is said to have said is a term or a scare quote
            out.append(_pull_mention(state, m.content_start, m.content_end, speaker))
    return out


def _fragment_or_name(words: str) -> bool:
    """Quoted words that open in lower case ("would 'sweep away' the fleet") or are a title ("the 'Harbour
    Renewal Bill'"): part of a sentence or a name, not a statement of their own."""
    first = words.lstrip(_QUOTE_CHARS + " .…")[:1]
    return first.islower() or _title_case(words.split())


def _caption_cue_speaker(
    state: DocState, m: MarkSpan, cues: CueLexicon, blocks: Sequence[tuple[int, int, str]]
) -> Speaker | None:
    """'"words," X told CNN.' in a caption: a cue right after the quotation names the speaker. A pronoun
    is left alone: a caption has no sentence before it to resolve one from."""
    f = _attribute(state, m, cues, [(m.start, max(m.end, m.content_end))], blocks, PronounContext())
    if f is None or f.speaker is None or f.speaker.is_pronoun or f.cue is None or f.speaker.start < m.end:
        return None
    return f.speaker if _right_after(state, m, f.cue) else None


def _attribution_for(
    blocks: Sequence[tuple[int, int, str]], bi: int, used: set[int], name_first: bool
) -> int | None:
    """The name line of a pull quote: the free neighbour; when both are free, quoted lines follow a
    name ("Name" / "\"words\"") and unquoted pull quotes precede theirs ("words" / "Name")."""
    before = bi - 1 if bi > 0 and blocks[bi - 1][2] == "attribution" and bi - 1 not in used else None
    after = (
        bi + 1 if bi + 1 < len(blocks) and blocks[bi + 1][2] == "attribution" and bi + 1 not in used else None
    )
    if before is not None and after is not None:
        return before if name_first else after
    return before if before is not None else after


def _strip_marks(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (text[s].isspace() or text[s] in _QUOTE_CHARS):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in _QUOTE_CHARS):
        e -= 1
    return s, e


def _pull_mention(state: DocState, start: int, end: int, sp: Speaker | None) -> QuoteMention:
    return QuoteMention(
        doc_id=state.doc_id,
        index=0,
        text=state.article.text[start:end].strip().rstrip(","),
        start=start,
        end=end,
        sentence=max(state.sentence_index(start), 0),
        kind="pull",
        speaker_chain_id=sp.chain_id if sp else None,
        speaker_name=sp.name if sp else None,
        speaker_start=sp.start if sp else None,
        speaker_end=sp.end if sp else None,
    )


def _link_pulls(
    pulls: list[QuoteMention], body: list[QuoteMention]
) -> list[tuple[QuoteMention, QuoteMention]]:
    """Pair each pull quote with the body quote holding the same words; share what one side lacks."""
    links: list[tuple[QuoteMention, QuoteMention]] = []
    for p in pulls:
        pw = norm_words(p.text)
        for q in body:
            qw = norm_words(q.text)
            if min(len(pw), len(qw)) < 3 or not (contains_words(qw, pw) or contains_words(pw, qw)):
                continue
            links.append((p, q))
            if p.speaker_name is None:
                p.speaker_name, p.speaker_chain_id = q.speaker_name, q.speaker_chain_id
            elif q.speaker_name is None:
                q.speaker_name, q.speaker_chain_id = p.speaker_name, p.speaker_chain_id
            if p.date is None:
                p.date, p.date_source = q.date, q.date_source
            break
    return links


def _drop_dateline(toks: list[Token]) -> list[Token]:
    """'MOSCOW NATO and Russia will ...': a capitalised place opening a paragraph is a dateline."""
    if len(toks) < 2:
        return toks
    first, second = toks[0], toks[1]
    at_start = first.i == 0 or "\n" in first.doc[first.i - 1].whitespace_ or first.doc[first.i - 1].is_space
    if at_start and first.is_upper and first.is_alpha and len(first) >= 3 and second.text[:1].isupper():
        return toks[1:]
    dash = _dateline_dash(toks) if at_start else None
    return toks[dash + 1 :] if dash is not None else toks


_DASHES = frozenset({"—", "–", "--", "-"})
# Words of a dateline's place before its dash ("Port Alder, Velmar —").
_DATELINE_WORDS = 5


def _dateline_dash(toks: list[Token]) -> int | None:
    """'Port Alder — Velmar and Orvik have agreed ...': a place in capitals and a dash open the paragraph (a
    second dash closes an aside instead: "Kastan — the mayor — is right")."""
    for k, t in enumerate(toks[: _DATELINE_WORDS + 1]):
        if t.text in _DASHES:
            return k if k > 0 and not any(x.text in _DASHES for x in toks[k + 1 :]) else None
        if not (t.text[:1].isupper() or t.text in (",", ".")):
            return None
    return None


_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


def _drop_day_of_cue(toks: list[Token]) -> list[Token]:
    """'said Sunday authorities believe ...', 'said on Sunday it would ...': a weekday right after the verb
    dates the saying, even where the parse made it part of the reported clause ("Sunday's vote" keeps its
    day)."""
    skip = 2 if len(toks) > 2 and toks[0].lower_ == "on" else 1
    day = toks[skip - 1] if len(toks) > skip else None
    if day is None or day.lower_ not in _WEEKDAYS or toks[skip].tag_ == "POS":
        return toks
    before = toks[0].nbor(-1) if toks[0].i > 0 else None
    if before is None or before.pos_ not in ("VERB", "AUX"):
        return toks
    return toks[skip:]


# Verbs of what a statement set off ("..., drawing protests from X", "..., prompting calls for ...") and
# nouns that sum a statement up ("..., a move critics called rash"): after a comma closing the sentence they
# are the writer's comment on the saying, not part of what was said.
_REACTION_VERBS = frozenset({"draw", "prompt", "spark", "trigger", "fuel", "provoke", "stoke"})
_SAYING_NOUNS = frozenset(
    {"move", "decision", "declaration", "claim", "announcement", "statement", "assertion", "remark", "step",
     "reversal", "admission", "pledge", "promise", "warning", "threat", "charge", "accusation", "allegation"}
)  # fmt: skip


def _drop_writers_comment(toks: list[Token]) -> list[Token]:
    """The reported words without a closing comment of the writer's after a comma ("said the fees would
    rise in March, drawing protests from fishermen"; "said it would shut the pier, a move welcomed by
    traders")."""
    for n in range(1, len(toks) - 1):
        if toks[n - 1].text != "," or n < 3:
            continue
        first = toks[n]
        reaction = first.tag_ == "VBG" and (
            first.lemma_.lower() in _REACTION_VERBS
            or (first.lower_ == "leading" and toks[n + 1].lower_ == "to")  # not "leading the league"
        )
        summary = (
            first.lower_ in ("a", "an")
            and first.head.lemma_.lower() in _SAYING_NOUNS
            and first.head.left_edge.i == first.i
            and first.head.dep_ in ("appos", "npadvmod", "dobj", "attr", "conj")
        )
        if reaction or summary:
            return toks[: n - 1]
    return toks


def _bare_participle(tok: Token) -> bool:
    """A past participle with no auxiliary that heads its clause or modifies a noun ("a group called X",
    "a report released on Monday"): a description, never a finite report of speech."""
    if tok.tag_ != "VBN" or tok.dep_ not in ("ROOT", "acl"):
        return False
    return not any(c.dep_ in ("aux", "auxpass") for c in tok.children)


# "could say", "can't say": what one might or cannot say is nobody's report.
_UNREAL_MODALS = frozenset({"can", "could", "might", "may", "must", "should"})
# "declined to say whether", "you'll have to say which", "failed to disclose that": the verb that takes
# "to say" makes it unsaid; so does one of what is still to come ("is expected to say that ...").
_UNSAID_CONTROLLERS = frozenset(
    {"decline", "refuse", "choose", "have", "need", "want", "try", "hesitate", "fail", "neglect", "forget",
     "expect", "plan", "intend"}
)  # fmt: skip


def _unsaid(tok: Token) -> bool:
    """A speech verb that reports nothing: negated, under a modal of possibility or duty, or the
    infinitive of a verb that withholds it ("would not say", "could say", "declined to say")."""
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lemma_.lower() in _UNREAL_MODALS) for c in tok.children):
        return True
    if _for_someone_to(tok) or _way_of_saying(tok):
        return True
    if tok.dep_ == "xcomp" and tok.head.pos_ in ("VERB", "AUX"):
        return tok.head.lemma_.lower() in _UNSAID_CONTROLLERS or _unsaid(tok.head)
    return False


# Nouns after which "of saying" gives what a thing or act amounts to ("a way of saying ..."), no report.
_MANNER_NOUNS = frozenset({"way", "manner", "means"})


def _way_of_saying(tok: Token) -> bool:
    """'the gesture is a way of saying the curtain is up': the writer's reading of what something means,
    nobody's words."""
    of = tok.head
    return (
        tok.tag_ == "VBG"
        and tok.dep_ == "pcomp"
        and of.lower_ == "of"
        and of.head.pos_ == "NOUN"
        and of.head.lemma_.lower() in _MANNER_NOUNS
    )


# Subjects that stand for any reader or a vague crowd, not for someone who said something.
_GENERIC_SUBJECTS = frozenset(
    {"you", "one", "anyone", "someone", "everyone", "many", "some", "people", "readers"}
)
_VAGUE_QUANTIFIERS = frozenset({"many", "some", "most", "few", "any", "every"})


def _readers_hypothetical_question(cue: Token) -> bool:
    """'Some readers may be asking, "Why?"', 'you might wonder': a cue under a modal of possibility whose
    subject is nobody in particular reports no one's words; the writer voices a thought for the reader."""
    if not any(c.dep_ == "aux" and c.lemma_.lower() in _UNREAL_MODALS for c in cue.children):
        return False
    subj = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.ent_type_:
        return False
    return subj.lower_ in _GENERIC_SUBJECTS or any(
        c.dep_ in ("amod", "det") and c.lower_ in _VAGUE_QUANTIFIERS for c in subj.children
    )


def _asked_in_a_question(tok: Token) -> bool:
    """'What did Marren say she told the board?', 'Did Okafor say the port would close?': a speech verb with
    "do" before its subject is in a question, which asks what was said and reports nothing."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return subj is not None and any(
        c.dep_ == "aux" and c.lemma_.lower() == "do" and c.i < subj.i for c in tok.children
    )


def _for_someone_to(tok: Token) -> bool:
    """'it is one thing for X to say Y', 'it is not for X to say': an infinitive with a subject of its own
    after "for" tells what X might say, not what X said."""
    children = list(tok.children)
    return (
        any(c.dep_ == "aux" and c.lower_ == "to" for c in children)
        and any(c.dep_ == "mark" and c.lower_ == "for" for c in children)
        and any(c.dep_ == "nsubj" for c in children)
    )


# Verbs whose object is the listener ("told reporters the plan failed"), not part of what was said.
_LISTENER_VERBS = frozenset(
    {"tell", "inform", "ask", "remind", "assure", "warn", "urge", "advise", "notify", "promise", "brief"}
)


# Words that open a clause of time or condition ("when asked whether ...").
_CLAUSE_OPENERS = frozenset({"when", "if", "once", "after", "before", "while", "until", "unless", "as"})


def _put_to_listener(tok: Token) -> bool:
    """'Asked whether ..., X said', 'when asked what ...': a passive participle of a listener verb with no
    agent reports what someone unnamed put to X, not X's words. The tagger may read it as a past tense
    ("VBD"); with no subject, opening its sentence or a clause of time, it is still the participle."""
    if tok.lemma_.lower() not in _LISTENER_VERBS or tok.tag_ not in ("VBN", "VBD"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "agent") for c in tok.children):
        return False
    before = tok.doc[tok.i - 1] if tok.i > tok.sent.start else None
    return tok.tag_ == "VBN" or before is None or before.lower_ in _CLAUSE_OPENERS


def _misread_noun(tok: Token) -> bool:
    """A plural noun the tagger read as a speech verb ("the three member states whose sanctions ..."): the
    parse still gives it a noun's place or a determiner."""
    return tok.dep_ in ("pobj", "dobj", "compound", "appos") or any(
        c.dep_ == "det" and c.lower_ in ("the", "a", "an", "these", "those") for c in tok.children
    )


# Words opening a clause that names what was talked about, not what was said ("states plainly what trolls
# leave unstated", "said whether the talks would go on"). "explained why X" and "recalled how X" are kept:
# the speaker holds X.
_TOPIC_WORDS = frozenset({"what", "whether"})


def _names_a_topic(first: Token) -> bool:
    """The reported words open on "what"/"whether" that belongs to the reported clause itself. One inside a
    subject clause ("said what the ministers agreed was fair") or a fronted adverbial ("Whether the issue is
    X or Y, Li is ..., analysts say") opens a statement."""
    return first.lower_ in _TOPIC_WORDS and first.head.dep_ == "ccomp"


def _parenthesized(tok: Token) -> bool:
    return tok.left_edge.text == "(" or (tok.left_edge.i > 0 and tok.doc[tok.left_edge.i - 1].text == "(")


def _finite(verb: Token) -> bool:
    return verb.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(
        c.dep_ in ("aux", "auxpass") for c in verb.children
    )


def _reported_tokens(cue: Token, quoted: Sequence[tuple[int, int]]) -> list[Token]:
    """The words a speech verb reports, in order, without the leading "that".

    A clause after the verb wins over one before it ("While skeptical ..., officials say X": the
    adverbial clause is no report), clauses before it are all reported, and a parenthesis is an aside.
    Clauses the parser split into pieces are joined: a fragment after the verb ("argues workers hired
    before 2010 | should be paid") joins the clauses after it (outside quotations), and a subjectless
    clause takes the object in front of it as its subject ("remarked lack of cranes was the cause of the
    delays")."""
    comps = [c for c in cue.children if c.dep_ == "ccomp" and not _parenthesized(c)]
    after = [c for c in comps if c.i > cue.i]
    if after and _second_credit(cue, after[0]):
        # "X went missing, the navy said Monday, the Herald reported": the outlet relays the navy's credit;
        # what the navy said is the clause before it
        comps.remove(after[0])
        after = after[1:]
    if not after:
        if not comps:
            return (
                _object_read_as_clause(cue)
                or _clause_before_attribution(cue)
                or _parenthetical_report(cue, quoted)
                or _report_hung_on_time_clause(cue)
            )
        if not _put_after_its_report(cue):
            return []  # only "say" and a few verbs after a comma follow what they report ("X is Y, he said")
        # "The group made demands, but they got no reply, X said": the parse can hang each clause on "said"
        toks = sorted({t.i: t for c in comps for t in c.subtree}.values(), key=lambda t: t.i)
        return [t for t in toks if not (t.dep_ == "mark" and t.head in comps and t.i < t.head.i)]
    first = after[0]
    if _put_after_its_report(first) and first.lemma_.lower() != "say":
        # "X is adding cranes, officials tell Y": they tell it, not X; "X said he is away, the Gazette
        # reported": X said the clause the outlet's attribution follows
        inner = [c for c in first.children if c.dep_ == "ccomp" and cue.i < c.i < first.i]
        if not inner:
            return []
        first, after = inner[0], inner[:1]
    if _relative_read_as_clause(cue, first):
        return []
    lead: list[Token] = []
    has_subject = any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in first.children)
    if not has_subject and cue.lemma_.lower() not in _LISTENER_VERBS:
        objs = [c for c in cue.children if c.dep_ == "dobj" and cue.i < c.i < first.i]
        lead = list(objs[0].subtree) if objs else []
    if not has_subject and not lead and _reduced_relative(first):
        return []  # 'said in a speech televised an hour later': the participle tells of the address
    # a complete clause needs no pieces after it; a possessive 's read as a bare "is" is no clause
    whole = has_subject and _finite(first) and not _clitic_read_as_verb(first)
    pieces = [first] if whole else [c for c in after if c is first or not _in_any(c.idx, quoted)]
    body = [t for c in pieces for t in c.subtree]
    toks = sorted({t.i: t for t in lead + body}.values(), key=lambda t: t.i)
    toks = _before_a_repeat(toks, cue)
    return [t for t in toks if t.i > cue.i and not (t.dep_ == "mark" and t.head == first and t.i < first.i)]


# Conjunctions of a short time clause set between a speech verb and what it reports.
_TIME_MARKS = frozenset({"after", "before", "when", "since", "once", "until", "as", "while"})


def _time_clause_with_a_report(verb: Token) -> Token | None:
    """'X said after Y left the port that Z ...': the parse hangs the "that" clause on the verb of the time
    clause ("left"), which reports nothing; returns that clause when ``verb`` is such a time clause under a
    speech verb and no cue of its own."""
    cues = load_cues()
    if verb.dep_ != "advcl" or cues.is_cue(verb.lemma_) or not cues.is_speech(verb.head.lemma_):
        return None
    if not any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS and c.i < verb.i for c in verb.children):
        return None
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "ccomp"
            and c.i > verb.i
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        ),
        None,
    )


def _report_hung_on_time_clause(cue: Token) -> list[Token]:
    """What 'X said after Y left the port that ...' reports: the words after "that", which the parse hung
    on the time clause, up to the end of that clause."""
    for clause in (c for c in cue.children if c.dep_ == "advcl" and c.i > cue.i):
        report = _time_clause_with_a_report(clause)
        if report is not None:
            that = next(m for m in report.children if m.dep_ == "mark" and m.lower_ == "that")
            return [t for t in clause.subtree if t.i > that.i]
    return []


def _clitic_read_as_verb(verb: Token) -> bool:
    """'adding that the board's new fee will ...': the parse may take the possessive "'s" for "is", a
    verb with nothing after it, and hang the rest of the clause on the speech verb as a second clause."""
    return verb.lower_ in ("'s", "\u2019s") and verb.right_edge.i == verb.i


def _relative_read_as_clause(cue: Token, clause: Token) -> bool:
    """'likened it to the old pact of 1921 that handed the islands to X': the parse can hang a relative
    clause on the verb as its reported clause; a relative "that"/"which" as its subject, right after a noun
    or number the verb does not take as its listener, says it describes that noun, it reports nothing."""
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.tag_ != "WDT" or subj.lower_ not in ("that", "which") or subj.i <= cue.i + 1:
        return False
    before = cue.doc[subj.i - 1]
    listener = before.head.i == cue.i and before.dep_ in ("dobj", "dative")
    return before.pos_ in ("NOUN", "PROPN", "NUM") and not listener


def _reduced_relative(verb: Token) -> bool:
    """A bare participle right after the noun of a prepositional phrase ("in a speech televised an hour
    later", "at a rally held in the square"): it says something of that noun, it reports nothing."""
    if verb.tag_ not in ("VBN", "VBD") or verb.i == 0:
        return False
    if any(c.dep_ in ("aux", "auxpass", "mark") for c in verb.children):
        return False
    before = verb.doc[verb.i - 1]
    return before.pos_ == "NOUN" and before.dep_ == "pobj"


def _finite_tag(verb: Token) -> str:
    """The tense a verb shows: its own tag, or its first auxiliary's ("is going" -> VBZ)."""
    aux = next((c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i), None)
    return aux.tag_ if aux is not None else verb.tag_


def _before_the_speakers_next_act(toks: list[Token], cue: Token, cues: CueLexicon) -> list[Token]:
    """'X said the reports are "nonsense" and accused Y of leaking': a subjectless speech verb joined to the
    reported clause in the cue's own tense while the clause's verb has another is the speaker's next act,
    not part of what was said (the parse hangs it on the clause's verb); the report ends before it."""
    inside = {t.i for t in toks}
    for t in toks:
        head = t.head
        if (
            t.dep_ == "conj"
            and head.i in inside
            and head.pos_ in ("VERB", "AUX")
            and t.tag_ == cue.tag_ == "VBD"
            and _finite_tag(head) != cue.tag_
            and (cues.is_speech(t.lemma_) or cues.is_cue(t.lemma_))
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in t.children)
        ):
            cut = min([t.i] + [c.i for c in head.children if c.dep_ == "cc" and head.i < c.i < t.i])
            return [x for x in toks if x.i < cut]
    return toks


# Verbs of giving out details that a report says its speaker held back ("... but did not specify which").
_WITHHOLDING_LEMMAS = frozenset(
    {"specify", "elaborate", "detail", "identify", "name", "give", "provide", "offer", "release", "disclose"}
)


def _before_a_withheld_detail(toks: list[Token], cues: CueLexicon) -> list[Token]:
    """'X said no signal was received, but did not specify whether ...': a subjectless verb of telling
    joined by "but" and negated with "do" is the writer saying what X left out, whatever the tenses; the
    report ends before the "but"."""
    inside = {t.i for t in toks}
    for t in toks:
        head = t.head
        if (
            t.dep_ == "conj"
            and head.i in inside
            and (cues.is_speech(t.lemma_) or t.lemma_.lower() in _WITHHOLDING_LEMMAS)
            and any(c.dep_ == "neg" for c in t.children)
            and any(c.dep_ == "aux" and c.lemma_.lower() == "do" for c in t.children)
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
        ):
            buts = [c.i for c in (*head.children, *t.children) if c.dep_ == "cc" and c.lower_ == "but"]
            if buts and head.i < min(buts) < t.i:
                return [x for x in toks if x.i < min(buts)]
    return toks


# Adjectives of what is known: "it was (not) clear whether ..." weighs the report, it is no part of it.
_KNOWN_ADJECTIVES = frozenset({"clear", "unclear", "known", "unknown", "certain", "uncertain", "evident"})


def _before_the_writers_doubt(toks: list[Token]) -> list[Token]:
    """'X said he would meet them later, although it was not clear whether ...': a concession whose
    subject is a bare "it" and whose complement says what is (not) known is the writer's; the report ends
    before its comma."""
    inside = {t.i for t in toks}
    for t in toks:
        verb = t.head
        if t.dep_ != "mark" or t.lower_ not in ("although", "though") or verb.i not in inside:
            continue
        children = list(verb.children)
        if any(c.dep_ == "nsubj" and c.lower_ == "it" for c in children) and any(
            c.dep_ == "acomp" and c.lower_ in _KNOWN_ADJECTIVES for c in children
        ):
            cut = t.i - 1 if t.i > 0 and t.doc[t.i - 1].text == "," else t.i
            return [x for x in toks if x.i < cut]
    return toks


# Words that set a second voice against the first ("X said ..., while Y said: ...", "..., as Y stressed ...").
_CONTRAST_MARKS = frozenset({"while", "whereas", "as"})


def _before_a_contrasted_speaker(toks: list[Token], cue: Token, cues: CueLexicon) -> list[Token]:
    """'X said the talks were "tense", while Y said: "..."': a clause set against the report by a comma and
    "while" (or "as"), whose speech verb has a subject of its own, is the writer's turn to a second voice;
    what X said ends before it (it swallowed Y's quotation). A "while" clause with no speech verb may be
    X's. An "as" clause must run to the report's end: one set in the middle ('..., as Y noted, ...') is an
    aside, and the words after it are still X's."""
    for t in toks:
        verb = t.head
        if (
            t.lower_ in _CONTRAST_MARKS
            and (t.lower_ != "as" or _runs_to_the_end(verb, toks))
            and t.i > cue.i
            and verb is not cue
            and verb.i > t.i
            and verb.pos_ in ("VERB", "AUX")
            and cues.is_cue(verb.lemma_)
            and any(c.dep_ == "nsubj" for c in verb.children)
            and _after_a_comma(t)
        ):
            return [x for x in toks if x.i < t.i]
    return toks


def _runs_to_the_end(verb: Token, toks: list[Token]) -> bool:
    """The clause of ``verb`` reaches the last word of ``toks`` (punctuation aside). A clause joined to it
    by "and" does not count: the parse hangs the report's own second part there ("..., as Y told
    reporters, and that Z")."""
    words = [t for t in toks if not (t.is_punct or t.is_space)]
    own = [c.right_edge.i for c in verb.children if c.dep_ not in ("conj", "cc", "punct")]
    return bool(words) and max(own + [verb.i]) >= words[-1].i


def _before_the_reporters_participle(toks: list[Token], cue: Token) -> list[Token]:
    """'X said the board is cancelling the fair, saying ...': the participle goes on with X's report (see
    ``reporter_of_the_clause``); the reported clause ends at the comma before it."""
    for t in toks:
        if t.i > cue.i and reporter_of_the_clause(t) == cue:
            return [x for x in toks if x.i < t.i]
    return toks


def _before_a_postposed_credit(toks: list[Token], cues: CueLexicon) -> list[Token]:
    """The reported words without a credit the parse folded into them ("..., Delvane and other officials"
    before a closing "said"): they name who reports, they are not part of what was reported."""
    if not toks:
        return toks
    doc = toks[0].doc
    after = toks[-1].i + 1
    if after >= len(doc) or doc[after].pos_ not in ("VERB", "AUX") or not cues.is_speech(doc[after].lemma_):
        return toks
    subj = postposed_subject(doc[after])
    if subj is None:
        return toks
    for n in range(len(toks) - 1, 0, -1):
        if toks[n].text == "," and toks[n].i < subj.i:
            return toks[:n]
    return toks


def _after_a_comma(tok: Token) -> bool:
    """A comma (a closing quotation mark may stand beside it) right before ``tok``."""
    before = [t.text for t in tok.doc[max(0, tok.i - 2) : tok.i]]
    return bool(before) and (before[-1] == "," or (before[-1] in _QUOTE_CHARS and "," in before[:1]))


def _before_a_repeat(toks: list[Token], cue: Token) -> list[Token]:
    """'note that X did not answer and note that Y ...': the report ends before the verb said again."""
    for t in toks:
        if t.i > cue.i and repeated_cue_of(t) == cue:
            cut = min([t.left_edge.i] + [c.i for c in t.head.children if c.dep_ == "cc" and c.i < t.i])
            return [x for x in toks if x.i < cut]
    return toks


# Verbs besides "say" that follow what they report after a comma ("X is Y, officials told Harbour News").
_POSTPOSED_LEMMAS = frozenset({"tell", "report", "add", "write"})


def _put_after_its_report(cue: Token) -> bool:
    """'..., X said.' or '..., officials tell Harbour News.': the verb and its subject come last, after a
    comma, and report the clause before them."""
    lemma = cue.lemma_.lower()
    if lemma == "say":
        # '..., the board just says "never."': words of its own follow the verb; the clause before is not them
        return not _says_something_after(cue)
    if lemma not in _POSTPOSED_LEMMAS or cue.i == 0:
        return False
    subj = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), None)
    if subj is None or subj.left_edge.i == 0 or cue.doc[subj.left_edge.i - 1].text != ",":
        return False
    own = [c.left_edge.i for c in cue.children if not (c.dep_ in ("ccomp", "punct") and c.i < cue.i)]
    if min(own, default=cue.i) != subj.left_edge.i:
        return False  # "writes that, months before, X told him ...": a clause of its own, not an attribution
    rest = cue.doc[cue.right_edge.i + 1 : cue.sent.end]
    return all(t.is_punct or t.is_space for t in rest)


def _second_credit(cue: Token, clause: Token) -> bool:
    """``clause`` after a postposed credit is a second credit relaying the first ("..., the navy said Monday,
    the Herald reported"), not what ``cue`` reports: a verb of reporting whose subject follows a comma, with
    nothing after it in the sentence and no clause of its own between the two verbs (the parse may hang the
    first credit's day on it)."""
    if clause.lemma_.lower() not in _POSTPOSED_LEMMAS or not _put_after_its_report(cue):
        return False
    subj = next((c for c in clause.children if c.dep_ == "nsubj" and cue.i < c.i < clause.i), None)
    if subj is None or cue.doc[subj.left_edge.i - 1].text != ",":
        return False
    if any(
        c.dep_ not in ("nsubj", "npadvmod", "punct", "advmod") and c.i < clause.i for c in clause.children
    ):
        return False
    rest = cue.doc[clause.right_edge.i + 1 : clause.sent.end]
    return all(t.is_punct or t.is_space for t in rest)


def _clause_before_attribution(cue: Token) -> list[Token]:
    """'The council is adding cranes, officials tell Harbour News': the parse can hang the attribution at the
    end on the verb of the clause it reports; that clause, before the comma, is what was said."""
    head = cue.head
    if (
        cue.dep_ != "ccomp"
        or head.i >= cue.i
        or head.pos_ not in ("VERB", "AUX")
        or not _put_after_its_report(cue)
    ):
        return []
    if cue.lemma_.lower() == "say" and cue.doc[cue.left_edge.i - 1].text != ",":
        return []
    start = cue.left_edge.i
    return [t for t in head.subtree if t.i < start - 1]


def _says_something_after(cue: Token) -> bool:
    """A quotation opens right after the verb ('the board just says "never"'): the verb's own words follow it."""
    after = cue.doc[cue.i + 1 : cue.i + 3]
    return len(after) == 2 and after[0].text in _QUOTE_CHARS and after[1].text[:1].isalnum()


_RELATIVE_WORDS = frozenset({"that", "which", "who", "whom", "whose", "where", "when"})


def _object_read_as_clause(cue: Token) -> list[Token]:
    """'Officials say the price of the cranes also has increased': the parse can take the reported clause's
    subject for the verb's object and hang its verb on that noun as a relative clause with no relative word
    and no subject. The object and that clause are then what was said ("said the words that hurt" keeps
    its relative word and reports nothing)."""
    if cue.lemma_.lower() != "say":
        return []
    obj = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i and c.pos_ == "NOUN"), None)
    if obj is None:
        return []
    for verb in obj.subtree:
        if verb.dep_ == "relcl" and verb.pos_ in ("VERB", "AUX") and _subjectless_finite(verb):
            return list(obj.subtree)
    return []


def _subjectless_finite(verb: Token) -> bool:
    """A finite verb with no relative word and no subject but a reflexive one ("themselves also has")."""
    if any(c.lower_ in _RELATIVE_WORDS for c in verb.children):
        return False
    if any(
        c.dep_ in ("nsubj", "nsubjpass") and not c.lower_.endswith(("self", "selves")) for c in verb.children
    ):
        return False
    return verb.tag_ in ("VBZ", "VBD", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBD", "VBP", "MD") for c in verb.children
    )


def _aside_bounds(cue: Token) -> tuple[int, int]:
    """Token bounds of a cue's own words without the punctuation around them ("he said" in ", he said,")."""
    sub = [t for t in cue.subtree if not t.is_punct]
    return (sub[0].i, sub[-1].i + 1) if sub else (cue.i, cue.i + 1)


def _parenthetical_report(cue: Token, quoted: Sequence[tuple[int, int]]) -> list[Token]:
    """'The plan, she said, would fail', 'Now, he added, the talks are over': a speech verb set off by a
    comma inside the clause it reports (the parse hangs it on that clause as an aside). The clause, its
    aside left out, is what was said; a verb with an object or a clause of its own reports that instead."""
    head = cue.head
    if (
        cue.dep_ != "parataxis"
        or head.i == cue.i
        or head.pos_ not in ("VERB", "AUX")
        or _in_any(head.idx, quoted)
    ):
        return []  # a clause in quotation marks is a direct quote already
    deps = {c.dep_ for c in cue.children}
    if "nsubj" not in deps or deps & {"dobj", "ccomp", "xcomp", "dative", "advcl"}:
        return []
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in head.children):
        return []  # no clause around the aside, only a fragment
    first, last = _aside_bounds(cue)
    doc = cue.doc
    if first == 0 or doc[first - 1].text != ",":
        return []
    if last < len(doc) and doc[last].text not in (",", ".", "!", "?", ";"):
        return []
    # "We must act, she said, and criticized X": a verb joined after the aside is the writer's narration
    joined = {t.i for c in head.children if c.dep_ in ("conj", "cc") and c.i > last for t in c.subtree}
    # "..., Kastan said, according to the Gazette": the source of the report, after the aside, is no word of it
    sourced = {t.i for c in head.children if c.i >= last and is_according(c) for t in c.subtree}
    # the aside's own commas go with it: "..., Kastan said, and ..." leaves no stray comma to stretch the
    # report over the aside once the joined verb is cut
    aside = {t.i for t in cue.subtree}
    kept = [t for t in head.subtree if not first <= t.i < last and t.i not in joined | sourced | aside]
    while sourced and kept and kept[-1].is_punct:
        kept.pop()  # the commas around what was cut
    return kept


def _passive_subject(subj: Token, cue: Token) -> bool:
    """'X was promised it would ...', 'after they were announced, ...': the subject of a passive cue heard
    the words or is what was said, so the clause is no report of its ("X is said to have warned" names X
    through "warned"; "X was quoted as saying" through "saying")."""
    return subj.dep_ == "nsubjpass" and subj.head.i == cue.i and cue.lemma_.lower() not in ("quote", "cite")


def _that_said(subj: Token, cue: Token) -> bool:
    """'That said, ...' (also without its comma: "That said the crews deserve ..."): a bare "that" or
    "this" right before "said" is the writer's turn of phrase ("having said that"), not a speaker."""
    return (
        subj.lower_ in ("that", "this")
        and subj.i + 1 == cue.i
        and cue.lower_ == "said"
        and not any(True for _ in subj.children)
    )


def _subject_of_quoted_words(cue: Token, subj: Token, quoted: Sequence[tuple[int, int]]) -> bool:
    """'"No family will be moved" - suggesting that ...': a verb set off by a dash after a quotation, which
    the parse hangs on the quoted clause, is the writer's gloss and borrows that clause's subject; the
    quoted words' subject did not say it (after a comma, '"...," adding that ...', the speaker goes on)."""
    if cue.i == 0 or cue.doc[cue.i - 1].text not in _DASHES:
        return False
    return any(s <= subj.idx < e and s <= subj.head.idx < e for s, e in quoted)


def _in_aside(subj: Token, cue: Token) -> bool:
    """The subject of a parenthetical cue, inside the clause the cue interrupts ("The plan, she said, ...")."""
    return cue.dep_ == "parataxis" and _aside_bounds(cue)[0] <= subj.i < cue.i


def _past_its_closing_bracket(text: str, cs: int, ce: int) -> int:
    """The end of reported words that opened a bracket ("a long-range missile (LRM") right before its
    closing one, which the parse hung outside the clause: past it."""
    for opening, closing in ("()", "[]"):
        words = text[cs:ce]
        if text[ce : ce + 1] == closing and words.count(opening) > words.count(closing):
            return ce + 1
    return ce


# A full stop or comma news prints inside a closing quotation mark ('... of "bad faith."').
_CLOSING_RUN = re.compile(r"[.,!?]?[\"”]")


def _past_its_closing_mark(text: str, cs: int, ce: int) -> int:
    """The end of reported words that opened a quotation ('held him for "hostile acts') right before
    its closing mark, which the trimming of the clause's last stop left out: past the stop and the mark,
    so the words do not end inside a quotation that never closes."""
    words = text[cs:ce]
    opened = words.count("“") > words.count("”") or words.count('"') % 2 == 1
    run = _CLOSING_RUN.match(text, ce)
    return run.end() if opened and run is not None else ce


def _start_of_hyphenated_word(first: Token) -> int:
    """Where reported words starting at ``first`` begin: 'said its co-pilot ...' splits into "co", "-",
    "pilot" and the parse may take "its co" as the verb's object; words never start inside a hyphenated
    word, so they begin at its first part's determiner or possessor."""
    doc = first.doc
    i = first.i
    if first.text == "-" and i >= 1 and doc[i - 1].is_alpha and not doc[i - 1].whitespace_:
        i -= 1  # the words start at the hyphen itself ("the co" | "-owner ...")
    while i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        i -= 2
        if not doc[i].is_alpha:
            return first.idx
    if i == first.i:
        return first.idx
    prefix = doc[i]
    owners = [c for c in prefix.lefts if c.dep_ in ("det", "poss")]
    return min([prefix, *owners], key=lambda t: t.i).idx


def _reported_words(text: str, cs: int, ce: int, cue: Token) -> str:
    """The reported words between ``cs`` and ``ce``, a parenthetical attribution inside them cut out."""
    if cue.dep_ != "parataxis":
        return text[cs:ce]
    first, last = _aside_bounds(cue)
    a = cue.doc[first].idx
    b = cue.doc[last - 1].idx + len(cue.doc[last - 1].text)
    if not (cs < a and b < ce):
        return text[cs:ce]
    return text[cs:a].rstrip(" ,") + " " + text[b:ce].lstrip(" ,")


# Nouns after "according to" that give a manner or a norm, not a source ("went according to plan").
_NOT_SOURCES = frozenset(
    {"plan", "schedule", "script", "rule", "custom", "tradition", "law", "protocol", "design", "need", "size"}
)


def _according_report(according: Token, quoted: Sequence[tuple[int, int]], cues: CueLexicon) -> list[Token]:
    """'Attacks rose sharply, according to the bureau' / 'According to two officials, the talks failed': the
    main clause the "according to" phrase opens or closes is what its source reports. A phrase set inside
    the clause, or naming a manner ("according to plan"), reports nothing, nor does one sourcing a clause
    with quotation marks (the quotation's own attribution serves)."""
    head = according.head
    phrase_end = max(t.i for t in according.subtree)
    sentence = according.sent
    at_edge = according.i == sentence.start or all(
        t.is_punct for t in according.doc[phrase_end + 1 : sentence.end]
    )
    while at_edge and head.dep_ != "ROOT" and head.head.i != head.i:
        head = (
            head.head
        )  # the parse may hang a closing phrase on the last clause ("..., even as X fell, according to Y")
    if according.dep_ != "prep" or head.dep_ != "ROOT" or head.pos_ not in ("VERB", "AUX"):
        return []
    if cues.is_speech(head.lemma_):
        return []  # "X said Y, according to Z": X's report, which its own cue gives
    source = next((c for c in according.doc[according.i + 1].children if c.dep_ == "pobj"), None)
    if (
        source is None
        or source.pos_ not in ("NOUN", "PROPN", "PRON")
        or source.lemma_.lower() in _NOT_SOURCES
    ):
        return []
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in head.children):
        return []
    phrase = {t.i for t in according.subtree}
    clause = [t for t in head.subtree if t.i not in phrase]
    if any(_in_any(t.idx, quoted) for t in clause):
        return []  # '"...," the mayor said, according to notes from reporters': the quotation has its speaker
    words = [t for t in clause if not t.is_punct]
    if words and words[0].i > max(phrase):
        return [t for t in clause if t.i > max(phrase)]
    if words and words[-1].i < according.i:
        return [t for t in clause if t.i < according.i]
    return []  # the phrase sits inside the clause: its source may vouch for a part only


def _indirect(
    state: DocState, cues: CueLexicon, excluded: Sequence[tuple[int, int]], ctx: PronounContext
) -> list[QuoteMention]:
    """'X said (that) ...' with no quotation marks around the reported clause."""
    out: list[QuoteMention] = []
    text = state.article.text
    for sent in state.sentences:
        if sent.block_kind != "body":
            continue
        span = state.doc.char_span(sent.start, sent.end, alignment_mode="expand")
        if span is None:
            continue
        for tok in span:
            according = is_according(tok)
            if not according and (tok.pos_ not in ("VERB", "AUX") or not cues.is_speech(tok.lemma_)):
                continue
            if any(s <= tok.idx < e for s, e in excluded):
                continue
            if according:
                reported = _according_report(tok, excluded, cues)
            elif _bare_participle(tok) or _unsaid(tok) or _put_to_listener(tok) or _misread_noun(tok):
                continue  # "a distribution called CAOS Linux was ...": naming, not reporting
            elif _asked_in_a_question(tok):
                continue  # "What did X say he told Y?": the writer asks, nobody reports

            else:
                reported = _reported_tokens(tok, excluded)
            toks = [t for t in reported if not t.is_space and sent.start <= t.idx < sent.end]
            if len(toks) < 3:
                continue
            toks = _drop_writers_comment(_drop_day_of_cue(_drop_dateline(toks)))
            toks = _before_the_speakers_next_act(toks, tok, cues)
            toks = _before_a_contrasted_speaker(toks, tok, cues)
            toks = _before_a_withheld_detail(toks, cues)
            toks = _before_the_writers_doubt(toks)
            toks = _before_the_reporters_participle(toks, tok)
            toks = _before_a_postposed_credit(toks, cues)
            if len(toks) < 3 or _names_a_topic(toks[0]):
                continue
            cs = _start_of_hyphenated_word(toks[0])
            ce = toks[-1].idx + len(toks[-1].text)
            while cs < ce and (text[cs] in ",;:" or text[cs].isspace()):
                cs += 1  # "reported that, in a call, ...": the comma opens an aside, not the words
            while ce > cs and (text[ce - 1] in ".,;:!?-–—" or text[ce - 1].isspace()):
                ce -= 1
            ce = _past_its_closing_bracket(text, cs, ce)
            quoted = sum(max(0, min(ce, e) - max(cs, s)) for s, e in excluded)
            if quoted * 2 >= ce - cs:
                continue  # the "reported clause" is itself a quotation
            ce = _past_its_closing_mark(text, cs, ce)
            subj = subject_of(tok)
            if (
                subj is None
                or (cs <= subj.idx < ce and not _in_aside(subj, tok))
                or _passive_subject(subj, tok)
                or _that_said(subj, tok)
                or _subject_of_quoted_words(tok, subj, excluded)
                or inferred_from_a_thing(tok, subj, state.mentions)  # "the timing suggests": no one's words
            ):
                continue
            sp = resolve_speaker(state, subj, ctx, content=(cs, ce))
            q = QuoteMention(
                doc_id=state.doc_id,
                index=0,
                text=_reported_words(text, cs, ce, tok),
                start=cs,
                end=ce,
                sentence=sent.index,
                kind="indirect",
                cue="according to" if according else tok.text,
                speaker_chain_id=sp.chain_id,
                speaker_name=sp.name,
                speaker_start=sp.start,
                speaker_end=sp.end,
            )
            q.date, q.date_source = _date_for(state, sent.index, tok.idx)
            out.append(q)
    return out
