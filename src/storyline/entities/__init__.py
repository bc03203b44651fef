"""Entities: mentions and in-document chains, cross-document resolution with dated roles, actor registry.

Public interface:
- ``find_mentions(state)``: per-document stage, fills ``state.mentions`` and ``state.chains``.
- ``resolve_entities(corpus)``: corpus stage, sets ``entity_id`` on chains and mentions, returns entities.
- ``load_registry(extra)``: the actor registry (package data plus an optional user YAML).
- ``code_phrase(text, reg, date)``: actor code of a short phrase ("Russian Defence Minister").
"""

from storyline.entities.codes import ActorCode, code_phrase
from storyline.entities.registry import Registry, load_registry, registry
from storyline.entities.resolve import resolve_entities
from storyline.entities.stage import find_mentions

__all__ = [
    "ActorCode",
    "Registry",
    "code_phrase",
    "find_mentions",
    "load_registry",
    "registry",
    "resolve_entities",
]
