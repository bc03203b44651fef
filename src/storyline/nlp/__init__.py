"""spaCy loading and the parse of one article into sentences."""

from storyline.nlp.parse import DEFAULT_MODEL, load_model, parse_article

__all__ = ["DEFAULT_MODEL", "load_model", "parse_article"]
