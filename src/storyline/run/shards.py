"""``--shard i/N``: each shard writes its outcomes to its own row files, then a completion marker.

Layout under the store directory::

    shards/<i>-of-<N>/part-<pid>-<seq>.jsonl   outcome rows (written to a temp name, then renamed)
    shards/<i>-of-<N>/_SUCCESS                 completion marker (JSON: counts, host, time)

A rerun of a shard with a marker does nothing; a rerun of an unfinished shard skips the inputs its
part files already hold. ``merge_shards`` loads every shard into SQLite (idempotent: documents are
keyed by doc_id and inputs by key) and then the corpus stages run once.
"""

from __future__ import annotations

import json
import os
import socket
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from storyline.records import ErrorRecord, to_dict
from storyline.run.items import Outcome
from storyline.store.rows import from_plain

SHARDS_DIR = "shards"
MARKER = "_SUCCESS"


def parse_shard(spec: str) -> tuple[int, int]:
    """ "3/8" -> (3, 8); shards count from 0 (SLURM_ARRAY_TASK_ID / JOB_COMPLETION_INDEX)."""
    if spec == "env":
        spec = _shard_from_env()
    try:
        i_text, n_text = spec.split("/")
        i, n = int(i_text), int(n_text)
    except ValueError as exc:
        raise ValueError(f"--shard wants I/N with integers (e.g. 0/8), got {spec!r}") from exc
    if n < 1 or not 0 <= i < n:
        raise ValueError(f"--shard {spec}: need 0 <= I < N")
    return i, n


def _shard_from_env() -> str:
    """I/N from a SLURM array (SLURM_ARRAY_TASK_ID, SLURM_ARRAY_TASK_COUNT) or a Kubernetes indexed
    Job (JOB_COMPLETION_INDEX, with N in STORYLINE_SHARDS)."""
    env = os.environ
    i = env.get("SLURM_ARRAY_TASK_ID") or env.get("JOB_COMPLETION_INDEX")
    n = env.get("STORYLINE_SHARDS") or env.get("SLURM_ARRAY_TASK_COUNT")
    if i is None or n is None:
        raise ValueError(
            "--shard env: set SLURM_ARRAY_TASK_ID and SLURM_ARRAY_TASK_COUNT, "
            "or JOB_COMPLETION_INDEX and STORYLINE_SHARDS"
        )
    offset = int(env.get("SLURM_ARRAY_TASK_MIN", "0")) if "SLURM_ARRAY_TASK_ID" in env else 0
    return f"{int(i) - offset}/{n}"


def shard_dir(store_dir: Path, i: int, n: int) -> Path:
    return store_dir / SHARDS_DIR / f"{i}-of-{n}"


def is_complete(store_dir: Path, i: int, n: int) -> bool:
    return (shard_dir(store_dir, i, n) / MARKER).is_file()


def missing_shards(store_dir: Path, n: int) -> list[int]:
    return [i for i in range(n) if not is_complete(store_dir, i, n)]


def shard_counts(store_dir: Path) -> list[int]:
    """The N of every shard layout present under the store (normally one)."""
    root = store_dir / SHARDS_DIR
    if not root.is_dir():
        return []
    ns = set()
    for d in root.iterdir():
        if d.is_dir() and "-of-" in d.name:
            try:
                ns.add(int(d.name.split("-of-")[1]))
            except ValueError:
                continue
    return sorted(ns)


def _atomic_write_lines(path: Path, lines: Iterable[str]) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        for line in lines:
            f.write(line)
            f.write("\n")
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def read_parts(directory: Path) -> Iterator[dict[str, Any]]:
    for part in sorted(directory.glob("part-*.jsonl")):
        with open(part, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    yield json.loads(line)


class ShardSink:
    """Buffers outcomes and errors of one shard into atomically written part files."""

    def __init__(
        self,
        directory: Path,
        flush_every: int = 64,
        store_done: Callable[[Sequence[str]], set[str]] | None = None,
    ) -> None:
        """``store_done`` tells which input keys the merged store already holds (earlier builds)."""
        self.dir = directory
        self._store_done = store_done
        self.dir.mkdir(parents=True, exist_ok=True)
        for stale in self.dir.glob(".part-*.tmp"):  # a crash mid-write leaves only temp files
            stale.unlink(missing_ok=True)
        self.flush_every = max(1, flush_every)
        self._buffer: list[str] = []
        self._seq = 0
        self.added = 0
        self.errors = 0
        self._done: set[str] = set()
        self._errors_seen: set[tuple[str, str, str, str]] = set()
        for row in read_parts(self.dir):
            if row.get("kind") == "outcome":
                self._done.add(row["key"])
            elif row.get("kind") == "error":
                e = row["error"]
                self._errors_seen.add((e["path"], e["stage"], e.get("record") or "", e["message"]))

    def is_done(self, keys: Sequence[str]) -> set[str]:
        done = {k for k in keys if k in self._done}
        if self._store_done is not None:
            done |= self._store_done([k for k in keys if k not in done])
        return done

    def all_done(self) -> frozenset[str]:
        return frozenset(self._done)

    def add(self, outcome: Outcome) -> None:
        self._done.add(outcome.key)
        if outcome.result is not None:
            self.added += 1
        else:
            self.errors += 1
        self._buffer.append(json.dumps({"kind": "outcome", **outcome.to_plain()}, ensure_ascii=False))
        if len(self._buffer) >= self.flush_every:
            self.flush()

    def add_errors(self, errors: Iterable[ErrorRecord]) -> None:
        for e in errors:
            k = (e.path, e.stage, e.record or "", e.message)
            if k in self._errors_seen:
                continue
            self._errors_seen.add(k)
            self.errors += 1
            self._buffer.append(json.dumps({"kind": "error", "error": to_dict(e)}, ensure_ascii=False))

    def flush(self) -> None:
        if not self._buffer:
            return
        while True:
            path = self.dir / f"part-{os.getpid()}-{int(time.time() * 1000)}-{self._seq:06d}.jsonl"
            self._seq += 1
            if not path.exists():
                break
        _atomic_write_lines(path, self._buffer)
        self._buffer.clear()

    def close(self, complete: bool) -> None:
        self.flush()
        if complete:
            marker = {"host": socket.gethostname(), "finished": time.time(), "documents": self.added}
            _atomic_write_lines(self.dir / MARKER, [json.dumps(marker)])


def iter_shard_rows(store_dir: Path, n: int) -> Iterator[Outcome | ErrorRecord]:
    """Every outcome and loose error of an N-way shard layout, shard by shard."""
    for i in range(n):
        for row in read_parts(shard_dir(store_dir, i, n)):
            if row.get("kind") == "outcome":
                yield Outcome.from_plain(row)
            elif row.get("kind") == "error":
                yield from_plain(ErrorRecord, row["error"])
