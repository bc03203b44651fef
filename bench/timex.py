"""Time-expression bench: TempEval-3 scores of storyline's tagger on TBAQ-cleaned and MEANTIME.

    python bench/timex.py [--shared ../shared] [--quick] [--errors N] [--audit]

Prints one table (strict/relaxed extent F1, type accuracy, value accuracy, value F1, ms per document);
rows "+parse" run the pipeline's path (spaCy parse for tense and verb readings; only tagging is timed)
and exits 1 when a figure falls below its floor. TBAQ is split into its TimeBank part (the rules' development
data) and its AQUAINT part (held out, like MEANTIME) so that the table shows whether gains generalize.
The TempEval-3 test set (``data/timex/te3-platinum``) gets its own row when the data ships it.
``--audit`` sorts each corpus's wrong values by whether the gold gives the same expression our kind of value
elsewhere (``storyline.time.gold_audit``); it changes no score.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from storyline.clean.dates import parse_published
from storyline.nlp import load_model
from storyline.nlp.parse import parse_article
from storyline.records import Article, Block, TimeExpr
from storyline.time import tag_text, tag_timexes
from storyline.time.gold_audit import audit_values
from storyline.time.scoring import GoldDoc, Scores, Timex, read_meantime, read_timeml, score_document

ROOT = Path(__file__).resolve().parents[1]

# Floors sit a little under what the tagger measured (full run / quick subset); raise them as it improves.
FLOORS_FULL = {
    "TBAQ": {"relaxed_f1": 0.944, "value_f1": 0.830},
    "TimeBank": {"relaxed_f1": 0.944, "value_f1": 0.852},
    "AQUAINT": {"relaxed_f1": 0.944, "value_f1": 0.783},
    "MEANTIME": {"value_accuracy": 0.893},
    "TBAQ+parse": {"relaxed_f1": 0.944, "value_f1": 0.830},
    "MEANTIME+parse": {"value_accuracy": 0.896},
}
# The quick TBAQ floor was 0.792 (measured 0.801). "Last week" in a Sunday paper became the week just
# ending (session 10): one Sunday document of the subset has three such expressions whose gold is the
# week before, though its own text puts "the comments last week" on the Friday of the week just ending.
# Measured 0.789 since, and 0.797 after the session-12 rules (yearless days near a written year, "last
# <month just gone>"); the floor keeps the same margin below it.
FLOORS_QUICK = {
    "TBAQ": {"relaxed_f1": 0.916, "value_f1": 0.788},
    "MEANTIME": {"value_accuracy": 0.872},
}
MAX_MS_PER_DOC = (
    15.0  # CPU ms per document for tag_text (TBAQ averages 324 words; measured 4-10 on a loaded machine)
)
QUICK_EVERY = 8  # the quick subset: every 8th file in sorted order (pinned, about 45 documents)


def load(shared: Path, quick: bool) -> dict[str, list[GoldDoc]]:
    base = shared / "data" / "timex"
    tbaq = sorted((base / "TBAQ-cleaned").glob("*/*.tml"))
    mt = sorted((base / "meantime-en").glob("*/*.xml"))
    if quick:
        tbaq, mt = tbaq[::QUICK_EVERY], mt[::QUICK_EVERY]
    docs = [read_timeml(p) for p in tbaq]
    out = {"TBAQ": docs}
    if not quick:
        # TimeBank is where the rules were tuned; AQUAINT (same guidelines) and MEANTIME show whether gains carry over
        for part in ("TimeBank", "AQUAINT"):
            out[part] = [d for p, d in zip(tbaq, docs, strict=True) if p.parent.name == part]
    out["MEANTIME"] = [read_meantime(p) for p in mt]
    te3 = sorted((base / "te3-platinum").glob("*.tml"))
    if te3 and not quick:
        out["TE3-platinum"] = [read_timeml(p) for p in te3]  # the held-out TempEval-3 test set, when shipped
    return out


def _dct(d: GoldDoc) -> str | None:
    if d.dct is not None:
        return d.dct
    got = parse_published(d.text[:300])  # no DCT in the annotation: read the dateline as storyline would
    return got[0] if got else None


def _tag_with_parse(nlp: Any, d: GoldDoc) -> tuple[list[TimeExpr], float]:
    """The pipeline's path: spaCy parse, then ``tag_timexes`` (only the tagging is timed)."""
    art = Article(doc_id=d.name, source_path=d.name, text=d.text, blocks=[Block(0, len(d.text), "body")],
                  published=_dct(d))  # fmt: skip
    state = parse_article(nlp, art)
    t0 = time.process_time()
    tag_timexes(state)
    return state.timexes, time.process_time() - t0


def run(
    docs: list[GoldDoc],
    errors: list[str] | None = None,
    nlp: Any = None,
    systems: list[list[Timex]] | None = None,
) -> tuple[Scores, float]:
    total = Scores()
    elapsed = 0.0
    for d in docs:
        if nlp is not None:
            found, dt = _tag_with_parse(nlp, d)
            elapsed += dt
        else:
            t0 = time.process_time()  # CPU time: other processes on a shared machine do not count
            found = tag_text(d.text, _dct(d))
            elapsed += time.process_time() - t0
        system = [Timex(t.start, t.end, t.type, t.value) for t in found]
        total.add(score_document(d.timexes, system))
        if systems is not None:
            systems.append(system)
        if errors is not None:
            _collect_errors(d, system, errors)
    return total, 1000 * elapsed / max(1, len(docs))


def _collect_errors(d: GoldDoc, system: list[Timex], out: list[str]) -> None:
    for gt in d.timexes:
        hit = [s for s in system if s.start < gt.end and gt.start < s.end]
        g = d.text[gt.start : gt.end]
        if not hit:
            out.append(f"MISS  {d.name} dct={d.dct} {g!r} {gt.type} {gt.value}")
        elif (hit[0].value or "").upper() != (gt.value or "").upper():
            s = hit[0]
            ctx = d.text[max(0, gt.start - 60) : gt.end + 40].replace("\n", " ")
            out.append(
                f"VALUE {d.name} dct={d.dct} {g!r} gold={gt.value} sys={s.value} {d.text[s.start : s.end]!r} | {ctx}"
            )
    for s in system:
        if not any(s.start < gt.end and gt.start < s.end for gt in d.timexes):
            ctx = d.text[max(0, s.start - 40) : s.end + 30].replace("\n", " ")
            out.append(f"SPUR  {d.name} {d.text[s.start : s.end]!r} {s.type} {s.value} | {ctx}")


def _audit_lines(name: str, docs: list[GoldDoc], systems: list[list[Timex]], sc: Scores) -> str:
    """The ``--audit`` block: how many wrong values follow the gold's own majority convention elsewhere."""
    a = audit_values(docs, systems)
    lines = [
        f"--- {name} value audit: {a.wrong} wrong values; {a.anchor} same kind of value, another one (anchor or day); "
        f"{a.gold_convention} the gold's own majority convention for that expression; {a.other} other",
        f"    value F1 {sc.value_f1:.3f} as scored; {a.value_f1_if_consistent(sc):.3f} if the gold kept its own "
        "majority convention (a measure of the gold, not a score)",
    ]
    lines += [
        f"    {n:>3}  {form!r}: gold {g} here, {s} ours" for (form, g, s), n in list(a.examples.items())[:12]
    ]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="the shared data folder")
    ap.add_argument("--quick", action="store_true", help="pinned subset for CI (every 8th file)")
    ap.add_argument("--errors", type=int, default=0, help="print up to N error lines per corpus")
    ap.add_argument(
        "--audit", action="store_true", help="sort wrong values by whether the gold contradicts itself"
    )
    ap.add_argument(
        "--no-parse", action="store_true", help="skip the rows that use the spaCy parse (--quick does)"
    )
    args = ap.parse_args(argv)
    if not (args.shared / "data" / "timex").is_dir():
        print(f"no timex data under {args.shared}; nothing to score")
        return 0
    corpora = load(args.shared, args.quick)
    floors = FLOORS_QUICK if args.quick else FLOORS_FULL
    header = (f"{'corpus':<16}{'docs':>5}{'gold':>6}{'sys':>6}{'strictF1':>9}{'relP':>7}{'relR':>7}{'relF1':>7}"
              f"{'typeAcc':>8}{'valAcc':>8}{'valF1':>7}{'ms/doc':>8}")  # fmt: skip
    rows = []
    failed = []
    audits: list[str] = []
    nlp = None if args.no_parse or args.quick else load_model()
    runs: list[tuple[str, list[GoldDoc], Any]] = [(n, d, None) for n, d in corpora.items()]
    if nlp is not None:
        runs += [(n + "+parse", d, nlp) for n, d in corpora.items() if n in ("TBAQ", "MEANTIME")]
    for name, docs, model in runs:
        errs: list[str] | None = [] if args.errors else None
        systems: list[list[Timex]] | None = [] if args.audit and model is None else None
        sc, ms = run(docs, errs, model, systems)
        if systems is not None:
            audits.append(_audit_lines(name, docs, systems, sc))
        p, r, f = sc.prf(sc.relaxed)
        rows.append(f"{name:<16}{len(docs):>5}{sc.gold:>6}{sc.system:>6}{sc.strict_f1:>9.3f}{p:>7.3f}{r:>7.3f}{f:>7.3f}"
                    f"{sc.type_accuracy:>8.3f}{sc.value_accuracy:>8.3f}{sc.value_f1:>7.3f}{ms:>8.2f}")  # fmt: skip
        if model is None and ms > MAX_MS_PER_DOC:
            failed.append(f"{name} {ms:.1f} ms/doc > {MAX_MS_PER_DOC:.0f}")
        for metric, floor in floors.get(name, {}).items():
            got = getattr(sc, metric)
            if got < floor:
                failed.append(f"{name} {metric} {got:.3f} < floor {floor:.3f}")
        if errs:
            print(f"--- {name} errors ---")
            print("\n".join(errs[: args.errors]))
    print(header)
    print("\n".join(rows))
    print("HeidelTime (published/measured): TE3 value F1 0.776, MEANTIME value accuracy 0.85, 4-5 s/doc")
    if "TE3-platinum" not in corpora and not args.quick:
        print("TE3-platinum: not in the data (held out); no figure")
    for block in audits:
        print(block)
    for line in failed:
        print("BELOW FLOOR:", line)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
