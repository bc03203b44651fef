"""News-agency video scripts: shot lists whose only article text is the soundbites.

Agency video pages print a script instead of a story: numbered shot descriptions, restriction notes and
soundbites, often all on one line ("1. Minister arriving 2. SOUNDBITE (English) Name, Role: “...” 3. ...",
or "(SOUNDBITE) (German) ROLE NAME, SAYING: “...”"). Read as one paragraph that ends on a shot
description, the page was a caption and was rejected with its speech. Each soundbite becomes a paragraph
"Speaker head: “words”" (the quote stage reads a name before a colon as the speaker), and a story written
after a "STORYLINE:" label stays; the shots, notes and the script's cue words are furniture.
"""

from __future__ import annotations

import re

# "SOUNDBITE (English)", "(SOUNDBITE) (German)", "SOUNDBITE: (Arabic)": a language in brackets marks the
# agency cue; a radio transcript's "(SOUNDBITE OF ARCHIVED RECORDING)" names none and is left alone.
_SOUNDBITE = re.compile(r"\(?\bSOUNDBITE\b\)?:?\s*\((?:[A-Z][a-z]+)(?:[ /,-]+[A-Z][a-z]+)*\)\s*")
# The speaker head before the quotation: "Name, Role:" or "ROLE NAME, SAYING:" (the cue word goes).
_HEAD = re.compile(r"(?P<head>[^:“”\"]{2,160}?)(?:,?\s+(?:SAYING|saying))?\s*:\s*(?=[“\"])")
_CLOSING = {"“": "”", '"': '"'}
# An agency script's written story after its shot list ("STORYLINE: The minister said on Monday ..."):
# article text, kept.
_STORYLINE = re.compile(r"\bSTORYLINE\s*:\s*")
# A numbered shot ("3. Various of ...") or a restriction note opening a line of the script.
_SHOT_LINE = re.compile(r"\s*(?:\d{1,2}\.\s|RESTRICTION SUMMARY\b|\+\+)")


def _quotation_end(text: str, start: int, stop: int) -> int:
    """End of the quotation opening at ``start`` (just past its closing mark), or ``stop`` when unclosed."""
    close = text.find(_CLOSING[text[start]], start + 1, stop)
    return stop if close < 0 else close + 1


def _soundbites(line: str) -> list[str]:
    """The soundbites of one script line as "head: quotation" paragraphs."""
    markers = list(_SOUNDBITE.finditer(line))
    out = []
    for k, marker in enumerate(markers):
        stop = markers[k + 1].start() if k + 1 < len(markers) else len(line)
        head = _HEAD.match(line, marker.end(), stop)
        if head is None:
            continue  # no quotation transcribed: nothing the quote stage could attribute
        opening = head.end()
        end = _quotation_end(line, opening, stop)
        out.append(f"{head.group('head').strip()}: {line[opening:end].strip()}")
    return out


def _split_storyline(line: str) -> tuple[str, str]:
    """The shot list of a script line, and the story written after its "STORYLINE:" label ("" if none)."""
    label = _STORYLINE.search(line)
    if label is None:
        return line, ""
    return line[: label.start()], line[label.end() :].strip()


def is_agency_script(text: str) -> bool:
    return _SOUNDBITE.search(text) is not None


def split_agency_script(text: str) -> tuple[str, list[str]]:
    """The text with each script line replaced by its soundbites (one paragraph each), and the script
    lines dropped as furniture. Text that is no agency script comes back unchanged."""
    if not is_agency_script(text):
        return text, []
    kept: list[str] = []
    furniture: list[str] = []
    for line in text.splitlines():
        if _SOUNDBITE.search(line):
            shots, story = _split_storyline(line)
            kept.extend(f"{b}\n" for b in _soundbites(shots))
            furniture.append(shots)
            if story:
                kept.append(story)
        elif _SHOT_LINE.match(line) and "“" not in line and '"' not in line:
            furniture.append(line)
        else:
            kept.append(line)
    return "\n".join(kept), furniture
