"""The export contract (docs/export-schema.md): required fields per file and their JSON types.

Used by `storyline export` to stamp the manifest and by tests to validate what was written.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

SCHEMA_VERSION = "1.0"

_STR = (str,)
_OPT_STR = (str, type(None))
_NUM = (int, float)
_LIST = (list,)

CONTRACT: dict[str, dict[str, tuple[type, ...]]] = {
    "documents.jsonl": {
        "doc_id": _STR,
        "source_path": _STR,
        "url": _OPT_STR,
        "outlet": _OPT_STR,
        "agency": _OPT_STR,
        "title": _OPT_STR,
        "byline": _OPT_STR,
        "language": _STR,
        "published": _OPT_STR,
        "published_source": _STR,
        "published_evidence": _OPT_STR,
        "text": _STR,
        "duplicate_of": _OPT_STR,
    },
    "entities.jsonl": {
        "entity_id": _STR,
        "name": _STR,
        "type": _STR,
        "actor_code": _OPT_STR,
        "aliases": _LIST,
        "doc_ids": _LIST,
        "mention_count": (int,),
        "roles": _LIST,
    },
    "mentions.jsonl": {
        "doc_id": _STR,
        "entity_id": _OPT_STR,
        "start": (int,),
        "end": (int,),
        "text": _STR,
        "sentence": (int,),
        "kind": _STR,
    },
    "timexes.jsonl": {
        "doc_id": _STR,
        "start": (int,),
        "end": (int,),
        "text": _STR,
        "type": _STR,
        "value": _OPT_STR,
        "anchor": _STR,
    },
    "quotes.jsonl": {
        "quote_id": _STR,
        "text": _STR,
        "speaker_entity_id": _OPT_STR,
        "speaker_name": _OPT_STR,
        "kind": _STR,
        "cue": _OPT_STR,
        "date": _OPT_STR,
        "sources": _LIST,
        "first_reported": _OPT_STR,
    },
    "events.jsonl": {
        "event_id": _STR,
        "date": _OPT_STR,
        "date_source": _OPT_STR,
        "source_entity_id": _OPT_STR,
        "source_name": _OPT_STR,
        "source_actor_code": _OPT_STR,
        "target_entity_id": _OPT_STR,
        "target_name": _OPT_STR,
        "target_actor_code": _OPT_STR,
        "cameo_code": _STR,
        "cameo_root": _STR,
        "plover_category": _OPT_STR,
        "plover_mode": _OPT_STR,
        "goldstein": _NUM,
        "quad_class": (int,),
        "modality": _STR,
        "summary": _STR,
        "sources": _LIST,
        "num_sources": (int,),
        "num_documents": (int,),
        "first_reported": _OPT_STR,
    },
    "timeline.jsonl": {
        "date": _STR,
        "headline": _STR,
        "summary": _STR,
        "event_ids": _LIST,
        "quote_ids": _LIST,
        "sources": _LIST,
        "importance": _NUM,
    },
}

ENUMS: dict[tuple[str, str], set[Any]] = {
    ("documents.jsonl", "published_source"): {"explicit", "metadata", "inferred", "unknown"},
    ("quotes.jsonl", "kind"): {"direct", "partial", "pull", "indirect"},
    ("events.jsonl", "modality"): {"asserted", "negated", "hypothetical", "planned", "reported"},
    ("events.jsonl", "date_source"): {"timex", "dct", "inferred", None},
    ("events.jsonl", "quad_class"): {1, 2, 3, 4},
    ("timexes.jsonl", "type"): {"DATE", "TIME", "DURATION", "SET"},
}
SOURCE_KEYS = {"doc_id", "sentence", "start", "end"}
MANIFEST_KEYS = {"schema_version", "storyline_version", "created", "counts", "skipped", "errors"}


def validate_row(name: str, row: dict[str, Any]) -> list[str]:
    problems: list[str] = []
    for key, types_ in CONTRACT[name].items():
        if key not in row:
            problems.append(f"{name}: missing field {key!r}")
        elif not isinstance(row[key], types_) or (types_ == (int,) and isinstance(row[key], bool)):
            problems.append(f"{name}: field {key!r} has type {type(row[key]).__name__}")
    for (file, key), allowed in ENUMS.items():
        if file == name and key in row and row[key] not in allowed:
            problems.append(f"{name}: field {key!r} has value {row[key]!r}")
    for src in row.get("sources", []) if isinstance(row.get("sources"), list) else []:
        if not isinstance(src, dict) or not set(src) >= SOURCE_KEYS:
            problems.append(f"{name}: a source lacks {sorted(SOURCE_KEYS)}")
    if name == "events.jsonl" and isinstance(row.get("cameo_code"), str):
        code = row["cameo_code"]
        if not (code.isdigit() and len(code) >= 2 and row.get("cameo_root") == code[:2]):
            problems.append(f"{name}: bad cameo_code/cameo_root {code!r}/{row.get('cameo_root')!r}")
    return problems


def validate_export(out_dir: str | Path) -> list[str]:
    """Every contract violation in an export directory (empty list = valid)."""
    out = Path(out_dir)
    problems: list[str] = []
    manifest_path = out / "manifest.json"
    if not manifest_path.is_file():
        return ["manifest.json is missing"]
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    problems += [f"manifest.json: missing {k!r}" for k in sorted(MANIFEST_KEYS - set(manifest))]
    for name in CONTRACT:
        path = out / name
        if not path.is_file():
            problems.append(f"{name} is missing")
            continue
        n = 0
        with path.open(encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, 1):
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as exc:
                    problems.append(f"{name}:{lineno}: not JSON ({exc})")
                    continue
                n += 1
                problems += [f"{p} (line {lineno})" for p in validate_row(name, row)]
        expected = manifest.get("counts", {}).get(name.removesuffix(".jsonl"))
        if expected is not None and expected != n:
            problems.append(f"{name}: {n} rows but manifest says {expected}")
    return problems
