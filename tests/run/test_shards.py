"""--shard i/N: deterministic assignment, completion markers, resumable shards, merge = local build."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from corpus_maker import store_counts, store_tables, write_corpus

from storyline.builder import BuildOptions, build
from storyline.run.items import shard_of
from storyline.run.shards import MARKER, parse_shard, shard_dir
from storyline.store.sqlite import DOC_TABLES


def _opts(**kw: Any) -> BuildOptions:
    return BuildOptions(report=False, batch_size=4, **kw)


def test_shards_parse_spec(monkeypatch: pytest.MonkeyPatch) -> None:
    assert parse_shard("0/4") == (0, 4)
    for bad in ("4/4", "-1/2", "1", "a/b", "1/0"):
        with pytest.raises(ValueError):
            parse_shard(bad)
    monkeypatch.setenv("SLURM_ARRAY_TASK_ID", "5")
    monkeypatch.setenv("SLURM_ARRAY_TASK_MIN", "1")
    monkeypatch.setenv("SLURM_ARRAY_TASK_COUNT", "8")
    assert parse_shard("env") == (4, 8)
    for var in ("SLURM_ARRAY_TASK_ID", "SLURM_ARRAY_TASK_MIN", "SLURM_ARRAY_TASK_COUNT"):
        monkeypatch.delenv(var)
    monkeypatch.setenv("JOB_COMPLETION_INDEX", "2")
    monkeypatch.setenv("STORYLINE_SHARDS", "3")
    assert parse_shard("env") == (2, 3)


def test_shards_assignment_is_deterministic_and_balanced() -> None:
    keys = [(f"corpus/file-{i}.jsonl", f"line {j}") for i in range(20) for j in range(50)]
    first = [shard_of(p, r, 4) for p, r in keys]
    assert first == [shard_of(p, r, 4) for p, r in keys]
    sizes = Counter(first)
    assert set(sizes) == {0, 1, 2, 3}
    assert max(sizes.values()) < 1.25 * min(sizes.values())


def test_shards_merge_equals_local_build(tmp_path: Path, nlp: Any) -> None:
    write_corpus(tmp_path / "in", 9)
    build([tmp_path / "in"], tmp_path / "local", _opts())
    store = tmp_path / "sharded"
    first = build([tmp_path / "in"], store, _opts(shard="1/2"))
    assert first.pending_shards == [0]
    assert (shard_dir(store, 1, 2) / MARKER).is_file()
    assert not (store / "storyline.sqlite").exists()
    again = build([tmp_path / "in"], store, _opts(shard="1/2"))  # finished shard: nothing to redo
    assert again.documents_added == 0 and again.skipped["shard already complete"] == 1
    last = build([tmp_path / "in"], store, _opts(shard="0/2"))  # the last shard merges
    assert last.pending_shards == []
    assert first.documents_added + last.documents_added == 9
    assert not shard_dir(store, 0, 2).exists()
    assert store_counts(store) == store_counts(tmp_path / "local")
    assert store_tables(store, tuple(DOC_TABLES)) == store_tables(tmp_path / "local", tuple(DOC_TABLES))
    later = build([tmp_path / "in"], store, _opts(shard="0/2"))  # inputs already in the store: skipped
    assert later.documents_added == 0 and later.skipped["done in an earlier run"] == last.documents_added


def test_shards_unfinished_shard_resumes_and_merge_shards_loads(tmp_path: Path, nlp: Any) -> None:
    write_corpus(tmp_path / "in", 8)
    store = tmp_path / "st"
    first = build([tmp_path / "in"], store, _opts(shard="0/3"))
    (shard_dir(store, 0, 3) / MARKER).unlink()  # as if the job died before finishing
    rerun = build([tmp_path / "in"], store, _opts(shard="0/3"))
    assert rerun.documents_added == 0 and rerun.skipped["done in an earlier run"] == first.documents_added
    assert (shard_dir(store, 0, 3) / MARKER).is_file()
    with pytest.raises(ValueError, match="not finished"):
        build([], store, _opts(merge_shards=True))
    for i in (1, 2):
        build([tmp_path / "in"], store, _opts(shard=f"{i}/3"))
    assert store_counts(store)["documents"] == 8
