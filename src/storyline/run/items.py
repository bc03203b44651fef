"""What crosses a process boundary in the per-document phase: work items in, outcomes out.

Only plain rows travel (``RawDocument`` in, ``DocResult``/``ErrorRecord`` out), never spaCy objects,
so the same items work in-process, in a process pool, in shard files and in Ray.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Any

from storyline.records import DocResult, ErrorRecord, RawDocument, to_dict
from storyline.store.rows import from_plain


@dataclass(slots=True)
class WorkItem:
    """One input document and its input key (what marks it done in the store or a shard)."""

    key: str
    raw: RawDocument


@dataclass(slots=True)
class Outcome:
    """What the per-document phase made of one input: a result (maybe with stage errors) or an error."""

    key: str
    path: str
    record: str | None
    result: DocResult | None = None
    error: ErrorRecord | None = None

    def to_plain(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "path": self.path,
            "record": self.record,
            "result": to_dict(self.result) if self.result is not None else None,
            "error": to_dict(self.error) if self.error is not None else None,
        }

    @classmethod
    def from_plain(cls, data: dict[str, Any]) -> Outcome:
        res, err = data.get("result"), data.get("error")
        return cls(
            key=data["key"],
            path=data["path"],
            record=data.get("record"),
            result=from_plain(DocResult, res) if res is not None else None,
            error=from_plain(ErrorRecord, err) if err is not None else None,
        )


def input_key(raw: RawDocument) -> str:
    """Identity of one input: where it came from and its exact content (an edited file is new input)."""
    h = hashlib.sha1()
    for part in (raw.source_path, raw.record or "", raw.kind, raw.content):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\0")
    return h.hexdigest()[:20]


def shard_of(path: str, record: str | None, n_shards: int) -> int:
    """Deterministic shard of an input (hash of path + record): the same on every machine and rerun."""
    digest = hashlib.sha1(f"{path}\0{record or ''}".encode("utf-8", "surrogatepass")).digest()
    return int.from_bytes(digest[:8], "big") % n_shards


def error_outcome(item: WorkItem, stage: str, message: str) -> Outcome:
    raw = item.raw
    err = ErrorRecord(path=raw.source_path, stage=stage, message=message, record=raw.record)
    return Outcome(key=item.key, path=raw.source_path, record=raw.record, error=err)


# Where the cause ends and the detail (a URL, a parser's position, a probability) begins.
_DETAIL = re.compile(r": | for | \(")


def skip_reason(err: ErrorRecord) -> str:
    """The build summary's group for an error row: its stage and the cause without the detail, so
    "skipped: HTTP status 404 for URL" rows make one line and not one line per URL."""
    cause = _DETAIL.split(err.message.removeprefix("skipped: "), maxsplit=1)[0]
    return f"{err.stage}: {cause.strip()[:60]}"
