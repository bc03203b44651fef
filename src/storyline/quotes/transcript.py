"""Speaker turns in interview and broadcast transcripts.

Transcripts carry no quotation marks: a paragraph that opens with a speaker label is that speaker's
words ("AZUZ: After three weeks of fighting...", "SEN. JANE DOE (D), OHIO: We will...", and the
Wikinews interview style "((Jane Doe)) I grew up..."). A label is trusted only where the document
reads as a transcript: labels open at least MIN_TURNS paragraphs. Capitalised labels ("Update:",
"Jane Doe:") are read only when they name a person of the document, so a heading with a colon is
never a speaker. A turn is the labelled paragraph only: later unlabelled paragraphs may be the
speaker's too, but may as well be the article's own narration.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from storyline.entities.registry import registry
from storyline.quotes.speaker import Speaker, chain_by_name, reads_as_role, speaker_from_name_line

if TYPE_CHECKING:
    from storyline.state import DocState

MIN_TURNS = 2  # one labelled paragraph is a heading or a caption, two or more are a transcript
MIN_TURN_WORDS = 2

_WORD_CAPS = r"[A-Z][A-Z.'’\-]*[A-Z.]"
_LABEL_HEAD = (
    r"""[^\S\n]*(?:
        \(\((?P<wiki>[^()\n]{1,60})\)\)(?:[^\S\n]*:)?  # ((Jane Doe)) [:], Wikinews interviews
      | (?P<caps>(?:[A-Z][A-Za-z]{0,3}\.[^\S\n]+)?"""  # an abbreviated title before the name ("SEN.", "Dr.")
    + _WORD_CAPS
    + r"(?:[^\S\n]+"
    + _WORD_CAPS
    + r"""){0,4})                                              # NAME or FIRST LAST in capitals
        (?:[^\S\n]*\([^)\n]{1,40}\))?                              # (R), (on camera), (through translator)
        (?:,[^\S\n]*(?P<role>[^:\n]{1,60}?))?                      # , ROLE (or , NAME after a role)
        [^\S\n]*:
      | (?P<name>[A-Z][\w.'’\-]*(?:[^\S\n]+[A-Z][\w.'’\-]*){0,3})[^\S\n]*:  # Jane Doe: (a person of the text)
    )"""
)
_LABEL = re.compile(_LABEL_HEAD + r"[^\S\n]+(?=\S)", re.X)
# A label alone in its paragraph ("JANE DOE, HOST:"): radio transcripts set the words in the next one.
_BARE_LABEL = re.compile(_LABEL_HEAD + r"\s*\Z", re.X)
# Labels that head a line but say nothing about who speaks (broadcast and web markup).
_NOT_SPEAKERS_TEXT = """note editor's editors update updated correction clarification source sources photo photos
video watch read more related click see also soundbite sot vo voice-over caption credit warning breaking live
exclusive transcript q a question answer copyright advertisement ad listen audio graphic graphics map chart poll
quiz podcast opinion analysis comment comments explainer factbox timeline summary background"""
_NOT_SPEAKERS = frozenset(_NOT_SPEAKERS_TEXT.split())


def _label_words_ok(label: str) -> bool:
    words = re.findall(r"[A-Za-z'’]+", label.lower())
    return bool(words) and not any(w.replace("’", "'") in _NOT_SPEAKERS for w in words)


def _initials(name: str) -> bool:
    """'WSS', 'AP': a label of initials stays in capitals ('Wss' names nobody)."""
    return len(name.split()) == 1 and len(name.strip(".")) <= 3


def transcript_turns(state: DocState, body: list[tuple[int, int]]) -> list[tuple[int, int, Speaker]]:
    """(start, end, speaker) of each labelled turn's words, when the document reads as a transcript."""
    text = state.article.text
    labelled: list[tuple[int, int, int, int]] = []  # label start/end, words start/end
    plain: list[tuple[int, int, int, int]] = []  # those of the labels in ordinary capitals ("Jane Doe:")
    for i in range(len(body)):
        found = _label_and_words(text, body, i)
        if found is None:
            continue
        m, words_start, words_end = found
        group = next(g for g in ("wiki", "caps", "name") if m.group(g) is not None)
        label = m.group(group)
        if not _label_words_ok(label):
            continue
        if group == "name" and chain_by_name(state.chains, label) is None:
            continue  # "Update:" or a title with a colon: only a person of the document speaks
        if group == "caps" and (registry().city_country(label) or registry().actor(label)):
            continue  # "BEIRUT:" opens a dateline, not a turn
        while words_end > words_start and text[words_end - 1].isspace():
            words_end -= 1
        if len(text[words_start:words_end].split()) < MIN_TURN_WORDS:
            continue
        ls = m.start(group)
        le = ls + len(label.rstrip())
        if group == "caps" and m.group("role") and reads_as_role(label):
            ls, le = m.start("role"), m.end("role")  # "ROLE, NAME:" names its speaker after the comma
        labelled.append((ls, le, words_start, words_end))
        if group == "name":
            plain.append(labelled[-1])
    if plain and not any(_speaks_in_person(text[ws:we]) for _, _, ws, we in plain):
        # "Ana Reis: The former minister still awaits ...": a list of people with a note on each, told in
        # the third person; a speaker says "I", "we" or "you" somewhere in a conversation
        labelled = [t for t in labelled if t not in plain]
    if len(labelled) < MIN_TURNS:
        return []
    out: list[tuple[int, int, Speaker]] = []
    for ls, le, ws, we in labelled:
        if _STAGE_NOTE.match(state.article.text[ws:we]):
            continue  # "ANA REIS: (Speaking Spanish)." gives none of her words
        sp = speaker_from_name_line(state, ls, le)
        if sp is None:
            continue
        if sp.name and _initials(sp.name) and not _a_person(state, sp.chain_id):
            sp = _person_of_initials(state, sp)  # "LA:" is no Los Angeles in an interview
        if sp.chain_id is None and sp.name and sp.name.isupper() and not _initials(sp.name):
            # a label no person of the text matches: print it as a name, not in the label's capitals
            sp = Speaker(sp.start, sp.end, sp.head, sp.name.title(), None, False)
        out.append((ws, we, sp))
    return out


# A turn that is only a note on what happened ("(Speaking Spanish).", "(LAUGHTER)", "[Crosstalk]").
_STAGE_NOTE = re.compile(r"^\s*(?:\([^()]*\)|\[[^\[\]]*\])\s*[.!]?\s*$")


def bare_label(text: str, start: int, end: int) -> bool:
    """A speaker label in capitals that is all of its paragraph ("JANE DOE, HOST:")."""
    m = _BARE_LABEL.match(text, start, end)
    return m is not None and m.group("name") is None


def _label_and_words(text: str, body: list[tuple[int, int]], i: int) -> tuple[re.Match[str], int, int] | None:
    """The label opening paragraph i and the span of its words: the rest of the paragraph, or the whole
    next paragraph when a label in capitals stands alone ("JANE DOE, HOST:") and the next one has none."""
    start, end = body[i]
    m = _LABEL.match(text, start, end)
    if m is not None:
        return m, m.end(), end
    m = _BARE_LABEL.match(text, start, end)
    if m is None or m.group("name") is not None or i + 1 >= len(body):
        return None  # "Jane Doe:" alone is as likely a heading as a speaker
    next_start, next_end = body[i + 1]
    if _LABEL.match(text, next_start, next_end) or _BARE_LABEL.match(text, next_start, next_end):
        return None
    return m, next_start, next_end


# Case matters: "US" is a country, a lone lower-case "i" a typo.
_FIRST_OR_SECOND_PERSON = re.compile(r"\b(?:I|[Ww]e|us|[Oo]urs?|[Mm]y|me|[Yy]ou|[Yy]ours?)\b")


def _speaks_in_person(words: str) -> bool:
    return _FIRST_OR_SECOND_PERSON.search(words) is not None


def _a_person(state: DocState, chain_id: int | None) -> bool:
    return any(c.chain_id == chain_id and c.ent_type == "PERSON" for c in state.chains)


def _person_of_initials(state: DocState, sp: Speaker) -> Speaker:
    """The one person of the document whose name the label's initials spell ("AO:" for Ana Okafor, when the
    interview introduces her); the label as it stands when no person or several match."""
    label = re.sub(r"[^A-Z]", "", sp.name or "")
    if len(label) < 2:
        return sp
    hits = [
        c
        for c in state.chains
        if c.ent_type == "PERSON" and "".join(w[0] for w in c.name.split() if w[:1].isupper()) == label
    ]
    if len(hits) != 1:
        return sp
    return Speaker(sp.start, sp.end, sp.head, hits[0].name, hits[0].chain_id, False)
