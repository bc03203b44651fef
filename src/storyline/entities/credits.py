"""Photo credits left in a caption: the photographer or agency named there is no one in the story.

Captions close with a credit in a few fixed shapes: a label and the names ("Image: Jane Doe (flickr).",
"Photo: Jane Doe/Agency", "Photo by Jane Doe"), or a name joined by a slash to a wire agency or picture
library ("REUTERS/Jane Doe", "Jane Doe/Getty Images"). A name there took the picture; it does not act.
A label followed by a clause ("Photo: the minister arrives in Lyon") describes the picture, and
"FILE PHOTO:" always opens a description.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

CREDIT_LABELS = frozenset(
    {"image", "images", "photo", "photos", "photograph", "photographer", "picture", "credit", "credits"}
)
# Wire agencies and picture libraries that sign photographs
PICTURE_AGENCIES = frozenset(
    {
        "reuters",
        "ap",
        "bloomberg",
        "afp",
        "epa",
        "getty",
        "pool",
        "handout",
        "xinhua",
        "upi",
        "dpa",
        "anadolu",
        "sipa",
        "shutterstock",
        "alamy",
        "flickr",
        "tass",
        "ria",
        "pa",
    }
)
MAX_CREDIT_TOKENS = 14  # a credit is a few names; a longer run after a label is a caption's description


def _line_end(doc: Doc, i: int) -> int:
    """Index just past the last token of the line (or sentence) holding token ``i``."""
    end = doc[i].sent.end
    for k in range(i, end):
        if "\n" in doc[k].whitespace_ or doc[k].is_space:
            return k + 1
    return end


def _label_run(doc: Doc, colon: Token) -> range | None:
    """The credit after "Image:" / "Photo by": the rest of the line, when it is short and has no verb."""
    label = doc[colon.i - 1] if colon.i > 0 else None
    if label is None or label.lower_ not in CREDIT_LABELS:
        return None
    if colon.i > 1 and doc[colon.i - 2].lower_ == "file":
        return None  # "FILE PHOTO: Smoke rises over ...": a description
    end = _line_end(doc, colon.i)
    run = range(colon.i + 1, end)
    if not run or len(run) > MAX_CREDIT_TOKENS:
        return None
    if any(doc[k].pos_ in ("VERB", "AUX") and doc[k].lower_ != "by" for k in run):
        return None
    return run


def _slash_neighbour(doc: Doc, slash: Token) -> range | None:
    """The name joined by a slash to a picture agency: "REUTERS/Jane Doe" or "Jane Doe/Getty Images"."""
    i = slash.i
    before = doc[i - 1] if i > 0 else None
    after = doc[i + 1] if i + 1 < len(doc) else None
    if before is None or after is None or slash.whitespace_ or before.whitespace_:
        return None
    if after.lower_ in PICTURE_AGENCIES:
        start = i
        while (
            start > 0
            and i - start < 4
            and _name_word(doc[start - 1])
            and "\n" not in doc[start - 1].whitespace_
        ):
            start -= 1
        return range(start, i)
    if before.lower_.rstrip(".") in PICTURE_AGENCIES or (before.lower_ == "photo" and i > 1):
        end = i + 1
        while end < len(doc) and end - i <= 4 and _name_word(doc[end]):
            end += 1
            if "\n" in doc[end - 1].whitespace_:
                break
        return range(i + 1, end)
    return None


def _name_word(tok: Token) -> bool:
    """A capitalised word on the credit's line ("Carlos", "Barria")."""
    return tok.is_alpha and tok.text[:1].isupper()


def credit_tokens(doc: Doc) -> set[int]:
    """Indices of the tokens that make up photo credits in the document."""
    out: set[int] = set()
    for tok in doc:
        run: range | None = None
        if tok.text == ":" or (tok.lower_ == "by" and tok.i > 0 and doc[tok.i - 1].lower_ in CREDIT_LABELS):
            run = _label_run(doc, tok)
        elif tok.text == "/":
            run = _slash_neighbour(doc, tok)
        if run is not None:
            out.update(run)
    return out
