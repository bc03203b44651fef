"""Ray executor (optional extra ``storyline[ray]``): the only module that imports Ray.

Ray Data plan: the driver lists input files -> ``flat_map`` reads each file into input rows on the
cluster -> ``map_batches`` on an actor pool (one spaCy model per actor) runs the per-document phase
-> ``write_parquet`` writes one Parquet shard per block under ``STORE/ray-rows/<run>/``. A single
final step on the driver streams those rows into SQLite (SQLite has one writer) and the corpus
stages run there. Rows are ``key``, ``kind`` ("outcome" | "error") and ``payload`` (the row as JSON),
so the Parquet schema does not depend on the record types.

Run on a cluster by starting the build with ``RAY_ADDRESS`` set (``ray job submit`` does that);
the inputs and the store directory must then be on storage every node can read and write.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from storyline.pipeline import StageStats
from storyline.records import ErrorRecord, RawDocument, to_dict
from storyline.run.items import Outcome, WorkItem, input_key
from storyline.store.rows import from_plain

ROWS_DIR = "ray-rows"
Keep = Callable[[str, "str | None"], bool]


def _read_file(
    row: dict[str, Any], jsonl_fields: dict[str, str] | None, done: frozenset[str], keep: Keep | None
) -> list[dict[str, Any]]:
    from storyline.ingest import read_path

    out: list[dict[str, Any]] = []
    for item in read_path(Path(row["path"]), jsonl_fields):
        # read by absolute path on the worker, reported as the user gave it (like the local executors)
        if isinstance(item, RawDocument):
            item.source_path = path = row["given"]
        else:
            item.path = path = row["given"]
        if keep is not None and not keep(path, item.record):
            continue
        if isinstance(item, ErrorRecord):
            out.append({"key": "", "kind": "error", "payload": json.dumps(to_dict(item))})
            continue
        key = input_key(item)
        if key not in done:
            out.append({"key": key, "kind": "input", "payload": json.dumps(to_dict(item))})
    return out


class _DocActor:
    """One per Ray worker: loads the model once, runs the per-document phase on batches of input rows."""

    def __init__(self, model: str, actors: str | None, batch_size: int, doc_timeout: float | None) -> None:
        from storyline.run.local import LocalExecutor

        self.exe = LocalExecutor(model, Path(actors) if actors else None, batch_size, doc_timeout)
        self.exe.__enter__()

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[str]]:
        keys: list[str] = []
        kinds: list[str] = []
        payloads: list[str] = []
        items: list[WorkItem] = []
        for key, kind, payload in zip(batch["key"], batch["kind"], batch["payload"], strict=True):
            if kind == "input":
                items.append(WorkItem(str(key), from_plain(RawDocument, json.loads(payload))))
            else:  # input errors pass through to the store
                keys.append(str(key))
                kinds.append(str(kind))
                payloads.append(str(payload))
        for out in self.exe.run([items] if items else []):
            keys.append(out.key)
            kinds.append("outcome")
            payloads.append(json.dumps(out.to_plain(), ensure_ascii=False))
        stats = {"seconds": dict(self.exe.stats.seconds), "errors": dict(self.exe.stats.errors)}
        self.exe.stats = StageStats()
        keys.append("")
        kinds.append("stats")
        payloads.append(json.dumps(stats))
        return {"key": keys, "kind": kinds, "payload": payloads}


class RayExecutor:
    """Runs the per-document phase as a Ray Data job; outcomes come back through Parquet files."""

    name = "ray"

    def __init__(
        self,
        workers: int,
        model: str,
        actors: Path | None = None,
        batch_size: int = 16,
        doc_timeout: float | None = None,
    ) -> None:
        self.workers = max(1, workers)
        self.model = model
        self.actors = actors
        self.batch_size = batch_size
        self.doc_timeout = doc_timeout
        self.stats = StageStats()
        self._started_ray = False

    def __enter__(self) -> RayExecutor:
        import ray

        if not ray.is_initialized():
            address = os.environ.get("RAY_ADDRESS")
            if address:  # an existing cluster (ray job submit, KubeRay): it decides the resources
                ray.init(address=address, log_to_driver=False)
            else:
                ray.init(num_cpus=self.workers, include_dashboard=False, log_to_driver=False)
            self._started_ray = True
        return self

    def __exit__(self, *exc: object) -> None:
        import ray

        if self._started_ray:
            ray.shutdown()
            self._started_ray = False

    def run_paths(
        self,
        paths: Sequence[str | Path],
        out_dir: Path,
        include: Sequence[str] = (),
        exclude: Sequence[str] = (),
        jsonl_fields: dict[str, str] | None = None,
        done: frozenset[str] = frozenset(),
        keep: Keep | None = None,
    ) -> Iterator[Outcome | ErrorRecord]:
        """Process every input under ``paths`` on Ray, then stream the outcomes back from Parquet."""
        import ray
        import ray.data

        from storyline.ingest.walk import iter_files

        files: list[dict[str, Any]] = []
        walk_errors: list[ErrorRecord] = []
        for item in iter_files(paths, include, exclude):
            if isinstance(item, ErrorRecord):
                walk_errors.append(item)
            else:
                files.append({"path": str(item.resolve()), "given": str(item)})
        yield from walk_errors
        if not files:
            return
        run_dir = out_dir / ROWS_DIR / time.strftime("%Y%m%dT%H%M%S")
        ds: Any = ray.data.from_items(files, override_num_blocks=min(len(files), 4 * self.workers))
        # Reading is light I/O: no CPU reservation, or it would wait forever behind the actor pool.
        ds = ds.flat_map(
            _read_file, fn_kwargs={"jsonl_fields": jsonl_fields, "done": done, "keep": keep}, num_cpus=0
        )
        ds = ds.map_batches(
            _DocActor,
            fn_constructor_kwargs={
                "model": self.model,
                "actors": str(self.actors) if self.actors else None,
                "batch_size": self.batch_size,
                "doc_timeout": self.doc_timeout,
            },
            batch_size=self.batch_size,
            compute=ray.data.ActorPoolStrategy(size=self.workers),
            num_cpus=1,
            batch_format="numpy",
        )
        ds.write_parquet(str(run_dir))
        yield from self._read_rows(run_dir)
        shutil.rmtree(run_dir, ignore_errors=True)

    def _read_rows(self, run_dir: Path) -> Iterator[Outcome | ErrorRecord]:
        import pyarrow.parquet as pq

        for part in sorted(run_dir.glob("*.parquet")):
            pf = pq.ParquetFile(part)
            for rb in pf.iter_batches(batch_size=256, columns=["key", "kind", "payload"]):
                cols = rb.to_pydict()
                for kind, payload in zip(cols["kind"], cols["payload"], strict=True):
                    data = json.loads(payload)
                    if kind == "outcome":
                        yield Outcome.from_plain(data)
                    elif kind == "error":
                        yield from_plain(ErrorRecord, data)
                    elif kind == "stats":
                        for stage, secs in data["seconds"].items():
                            self.stats.seconds[stage] += secs
                        for stage, n in data["errors"].items():
                            self.stats.errors[stage] += n
