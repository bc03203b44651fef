"""Quality gate for event coding (storyline.events).

Scores, in one table:
  * PLOVER GSR (CAMEO-manual sentences, ``data/events/plover_gsr_cameo_manual.jsonl``): PLOVER category
    accuracy of the sentence's main event, source / target actor match (span overlap with a gold actor),
    CAMEO-root-consistent quad class, and over-generation (extra events per record).
  * PETRARCH mechanics cases (``petrarch_unit_tests.jsonl`` against the toy dictionaries in
    ``petrarch_validation_dicts/``, loaded as a user actor file): behaviour pass rate (the expected dyads,
    or no event where none is expected) and per-family rates. Their codes come from a toy, partly
    non-CAMEO verb file, so code agreement is shown for information only.
  * Speed: sentences/s of the coder on top of a parse, beside spaCy's own parse speed.

Scoring rules (fixed before looking at results):
  * main event = the predicted event whose predicate is highest in the dependency tree (ties: first);
    a record without a prediction counts as wrong for category, source and target.
  * events are counted per coded predicate (a compound actor "A and B agreed" is one event, as in gold).
  * over-generation = predicted events beyond one per record, averaged over records.
  * source/target match: the predicted actor's character span overlaps a gold actor's text in the sentence.
    Target is scored on the records whose gold has a target.

    python bench/events.py [--quick] [--shared ../shared]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]

# Floors: the full run and the pinned quick subset.
FLOORS = {
    "gsr_plover_acc": 0.70,
    "gsr_source_match": 0.80,
    "gsr_target_match": 0.70,
    "gsr_extra_per_record_max": 0.30,
    "petrarch_pass": 0.30,
}
# The pinned quick subset (81 GSR, 92 PETRARCH records) is a regression gate: its floors sit a little
# below what the full coder measured on it (cat 0.80, source 0.89, target 0.79, extra 0.31, PETRARCH 0.39).
QUICK_FLOORS = {
    "gsr_plover_acc": 0.75,
    "gsr_source_match": 0.84,
    "gsr_target_match": 0.74,
    "gsr_extra_per_record_max": 0.36,
    "petrarch_pass": 0.34,
}
QUICK_GSR_STEP = 4  # every 4th GSR record
QUICK_PETR_STEP = 3  # every 3rd PETRARCH record


# ---------------------------------------------------------------------------------------------- GSR
def _spans_of(text: str, needle: str) -> list[tuple[int, int]]:
    out = []
    if not needle:
        return out
    for m in re.finditer(re.escape(needle), text):
        out.append((m.start(), m.end()))
    return out


def _overlaps(a: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(a[0] < e and s < a[1] for s, e in spans)


def _depth(tok: Any) -> int:
    return len(list(tok.ancestors))


@dataclass
class GsrScore:
    n: int = 0
    cat_ok: int = 0
    cat_ok_no_backoff: int = 0
    cat_any: int = 0
    src_ok: int = 0
    tgt_n: int = 0
    tgt_ok: int = 0
    extra: int = 0
    predicted: int = 0
    missed: int = 0
    by_cat: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))


def score_gsr(records: list[dict[str, Any]], nlp: Any, coder: Any, verbose: bool = False) -> GsrScore:
    from storyline.events.codebook import codebook
    from storyline.events.coder import actor_span

    book = codebook()
    sc = GsrScore()
    for rec in records:
        text = rec["text"]
        doc = nlp(text)
        found = [f for s in doc.sents for f in coder.code(s)]
        sc.n += 1
        sc.predicted += len(found)
        gold_cat = rec["event_plover_current"]
        sc.by_cat[gold_cat][1] += 1
        gsrc = [
            sp for a in rec["source"] if isinstance(a, dict) for sp in _spans_of(text, a.get("text") or "")
        ]
        gtgt = [
            sp for a in rec["target"] if isinstance(a, dict) for sp in _spans_of(text, a.get("text") or "")
        ]
        sc.tgt_n += bool(gtgt)
        if not found:
            sc.missed += 1
            if verbose:
                print(f"MISS {gold_cat:10} | {text[:110]}")
            continue
        sc.extra += len(found) - 1
        main = min(found, key=lambda f: (_depth(f.pred), f.pred.i))
        plain = [f for f in found if "lemma-backoff" not in f.coded_by]  # the lexicon-only coder
        if plain:
            main_plain = min(plain, key=lambda f: (_depth(f.pred), f.pred.i))
            sc.cat_ok_no_backoff += book[main_plain.code].plover_category == gold_cat
        cats = [book[f.code].plover_category for f in found]
        cat = book[main.code].plover_category
        if cat == gold_cat:
            sc.cat_ok += 1
            sc.by_cat[gold_cat][0] += 1
        if gold_cat in cats:
            sc.cat_any += 1

        def char_span(tok: Any) -> tuple[int, int]:
            a, b = actor_span(tok)
            d = tok.doc
            return d[a].idx, d[b - 1].idx + len(d[b - 1].text)

        src_hit = any(_overlaps(char_span(t), gsrc) for t in main.sources)
        sc.src_ok += src_hit
        tgt_hit = None
        if gtgt:
            tgt_hit = any(_overlaps(char_span(t), gtgt) for t in main.targets)
            sc.tgt_ok += tgt_hit
        if verbose and (cat != gold_cat or not src_hit or tgt_hit is False):
            print(
                f"{'OK ' if cat == gold_cat else 'CAT'} {gold_cat:10} got {cat!s:10} {main.code} {main.trigger!r}"
                f" src={'y' if src_hit else 'n'} tgt={'-' if tgt_hit is None else 'y' if tgt_hit else 'n'}"
                f" n={len(found)} | {text[:100]}"
            )
    return sc


# ---------------------------------------------------------------------------------------- PETRARCH
@dataclass
class PetrActors:
    """PETRARCH-format actor and agent dictionaries: phrase (tuple of upper-case words) -> code."""

    actors: dict[tuple[str, ...], str] = field(default_factory=dict)
    agents: dict[tuple[str, ...], str] = field(default_factory=dict)
    max_len: int = 1


def _phrase(raw: str) -> tuple[str, ...]:
    return tuple(w for w in raw.replace("_", " ").upper().split() if w)


def load_petrarch_dicts(folder: Path) -> PetrActors:
    """Read PETR actor (``NAME [CODE]``, ``+SYNONYM`` lines, dated ``[CODE date]`` lines) and agent
    (``NOUN {PLURAL} [~CODE]``, ``!CLASS! = A, B`` substitutions) files."""
    out = PetrActors()
    current: list[tuple[str, ...]] = []
    pending_code: str | None = None
    for line in (folder / "PETR.Validate.actors.txt").read_text(encoding="latin-1").splitlines():
        line = line.split("#", 1)[0].rstrip()
        if not line.strip() or line.lstrip().startswith("<!--") or line.strip() in ("-->",):
            continue
        codes = re.findall(r"\[([^\]]+)\]", line)
        name = re.sub(r"\[[^\]]*\]", "", line).strip()
        if line.startswith(("\t", " ")) and not name:  # a code line for the current entry
            if codes and pending_code is None:
                pending_code = codes[0].split()[0]
                for ph in current:
                    out.actors.setdefault(ph, pending_code)
            continue
        if name.startswith("+"):
            ph = _phrase(name[1:])
            current.append(ph)
            if pending_code:
                out.actors.setdefault(ph, pending_code)
            continue
        if not re.match(r"^[A-Za-z0-9]", name):
            continue
        current = [_phrase(name)]
        pending_code = codes[0].split()[0] if codes else None
        if pending_code:
            out.actors.setdefault(current[0], pending_code)
    classes: dict[str, list[str]] = {}
    for line in (folder / "PETR.Validate.agents.txt").read_text(encoding="latin-1").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line or line.startswith("<!--"):
            continue
        m = re.match(r"^(!\w+!)\s*=\s*(.+)$", line)
        if m:
            classes[m.group(1)] = [w.strip() for w in m.group(2).split(",")]
            continue
        codes = re.findall(r"\[~?([^\]]+)\]", line)
        if not codes:
            continue
        words = re.sub(r"\[[^\]]*\]|\{[^}]*\}", "", line).strip()
        plural = re.findall(r"\{([^}]*)\}", line)
        variants = [words] + [p for p in plural if p]
        for v in variants:
            forms = [v]
            for cls, subs in classes.items():
                if cls in v:
                    forms = [v.replace(cls, s) for s in subs]
            for f in forms:
                out.agents.setdefault(_phrase(f), codes[0].strip())
                if not plural and not f.upper().endswith("S"):
                    out.agents.setdefault(_phrase(f + "S"), codes[0].strip())
    out.max_len = max(len(p) for p in [*out.actors, *out.agents])
    return out


def _match_phrases(
    words: list[str], table: dict[tuple[str, ...], str], max_len: int
) -> list[tuple[int, int, str]]:
    hits = []
    i = 0
    while i < len(words):
        for n in range(min(max_len, len(words) - i), 0, -1):
            code = table.get(tuple(words[i : i + n]))
            if code:
                hits.append((i, i + n, code))
                i += n - 1
                break
        i += 1
    return hits


def petrarch_actor_code(tok: Any, dicts: PetrActors) -> str | None:
    """The toy-dictionary code of the noun phrase headed by ``tok`` (actor code + agent suffix)."""
    from storyline.events.coder import actor_span

    doc = tok.doc
    a, b = actor_span(tok)
    words = [t.text.upper() for t in doc[a:b]]
    actor_hits = _match_phrases(words, dicts.actors, dicts.max_len)
    agent_hits = _match_phrases(words, dicts.agents, dicts.max_len)
    actor = actor_hits[-1][2] if actor_hits else None
    agent = agent_hits[-1][2] if agent_hits else None
    if actor and agent:
        return actor + agent
    return actor or (("---" + agent) if agent else None)


def _split_codes(codes: list[str | None]) -> list[str | None]:
    """A dictionary entry may carry several codes ("ELR/GAL"): one actor per code, as PETRARCH does."""
    out: list[str | None] = []
    for c in codes:
        out.extend(c.split("/") if c else [c])
    return out


def score_petrarch(records: list[dict[str, Any]], nlp: Any, coder: Any, dicts: PetrActors) -> dict[str, Any]:
    fam_total: Counter[str] = Counter()
    fam_pass: Counter[str] = Counter()
    code_agree = code_n = 0

    def is_actor(tok: Any) -> bool:
        return _match_phrases([tok.text.upper()], {**dicts.actors, **dicts.agents}, 1) != []

    for rec in records:
        if rec.get("expected_error"):
            continue
        fam = rec["category"].rstrip("x").rstrip("S") if rec["category"] != "AGENTS" else "AGENT"
        fam_total[fam] += 1
        doc = nlp(rec["text"])
        dyads: set[tuple[str | None, str | None]] = set()
        codes: dict[tuple[str | None, str | None], str] = {}
        for s in doc.sents:
            for f in coder.code(s, is_actor):
                srcs = _split_codes([petrarch_actor_code(t, dicts) for t in f.sources]) or [None]
                tgts = _split_codes([petrarch_actor_code(t, dicts) for t in f.targets]) or [None]
                if tgts == [None] and len(srcs) > 1 and f.code[:2] in ("03", "04", "05", "06"):
                    srcs, tgts = srcs[:1], srcs[1:]  # as find_events pairs "A and B agreed"
                for sc in srcs:
                    for tc in tgts:
                        if rec["config"].get("require_dyad", True) and (sc is None or tc is None):
                            continue
                        if sc is None and tc is None:
                            continue
                        dyads.add((sc, tc))
                        codes.setdefault((sc, tc), f.code)
        expected = {(e["source"], e["target"]) for e in rec["expected_events"]}
        ok = (not dyads) if rec["expect_no_events"] else expected <= dyads
        fam_pass[fam] += ok
        for e in rec["expected_events"]:
            key = (e["source"], e["target"])
            if key in codes:
                code_n += 1
                code_agree += codes[key][:2] == e["code"][:2]
    total = sum(fam_total.values())
    return {
        "pass": sum(fam_pass.values()) / total if total else 0.0,
        "n": total,
        "families": {f: (fam_pass[f], fam_total[f]) for f in sorted(fam_total)},
        "root_agree": code_agree / code_n if code_n else 0.0,
    }


# ------------------------------------------------------------------------------------------- speed
def measure_speed(nlp: Any, coder: Any, texts: list[str]) -> tuple[float, float, int]:
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts))
    t_parse = time.perf_counter() - t0
    sents = [s for d in docs for s in d.sents]
    t0 = time.perf_counter()
    for s in sents:
        coder.code(s)
    t_code = time.perf_counter() - t0
    return len(sents) / t_parse, len(sents) / max(t_code, 1e-9), len(sents)


# -------------------------------------------------------------------------------------------- main
def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="the shared data folder")
    ap.add_argument("--quick", action="store_true", help="pinned small subset (CI gate, well under a minute)")
    ap.add_argument("--verbose", action="store_true", help="print every GSR miss")
    args = ap.parse_args(argv)

    data = args.shared / "data" / "events"
    gsr_path = data / "plover_gsr_cameo_manual.jsonl"
    if not gsr_path.exists():
        print(f"skip: {gsr_path} is absent")
        return 0

    from storyline.events.coder import SentenceCoder
    from storyline.events.lexicon import lexicon
    from storyline.nlp import load_model

    nlp = load_model()
    coder = SentenceCoder(lexicon())
    gsr = _read_jsonl(gsr_path)
    petr = _read_jsonl(data / "petrarch_unit_tests.jsonl")
    floors = QUICK_FLOORS if args.quick else FLOORS
    if args.quick:
        gsr = gsr[::QUICK_GSR_STEP]
        petr = petr[::QUICK_PETR_STEP]

    g = score_gsr(gsr, nlp, coder, verbose=args.verbose)
    dicts = load_petrarch_dicts(data / "petrarch_validation_dicts")
    p = score_petrarch(petr, nlp, coder, dicts)
    parse_sps, code_sps, n_sents = measure_speed(nlp, coder, [r["text"] for r in gsr])

    rows: list[tuple[str, str, str, str]] = []

    def row(name: str, value: float, floor: float | None, higher: bool = True, fmt: str = "{:.3f}") -> None:
        ok = "" if floor is None else ("pass" if (value >= floor if higher else value <= floor) else "FAIL")
        bound = "" if floor is None else (">= " if higher else "<= ") + fmt.format(floor)
        rows.append((name, fmt.format(value), bound, ok))

    n = max(g.n, 1)
    row(f"GSR PLOVER category accuracy, main event (n={g.n})", g.cat_ok / n, floors["gsr_plover_acc"])
    row("GSR PLOVER category among any predicted event", g.cat_any / n, None)
    row("GSR PLOVER category, lexicon only (no lemma back-off)", g.cat_ok_no_backoff / n, None)
    row("GSR source actor match", g.src_ok / n, floors["gsr_source_match"])
    row(
        f"GSR target actor match (n={g.tgt_n} with gold target)",
        g.tgt_ok / max(g.tgt_n, 1),
        floors["gsr_target_match"],
    )
    row("GSR extra events per record", g.extra / n, floors["gsr_extra_per_record_max"], higher=False)
    row("GSR records with no event predicted", g.missed / n, None)
    row(f"PETRARCH mechanics pass rate (n={p['n']})", p["pass"], floors["petrarch_pass"])
    row("PETRARCH CAMEO-root agreement on found dyads (info: toy WEIS-like codes)", p["root_agree"], None)
    row(f"speed: spaCy parse, sentences/s ({n_sents} sentences)", parse_sps, None, fmt="{:.0f}")
    row("speed: event coder on the parse, sentences/s", code_sps, None, fmt="{:.0f}")
    rows.append(("reference: dependency PETRARCH (published)", "44% found, 3.2 extra/rec", "", ""))

    w = max(len(r[0]) for r in rows)
    print(f"{'metric':<{w}}  {'value':>24}  {'floor':>8}  ok")
    for name, val, bound, ok in rows:
        print(f"{name:<{w}}  {val:>24}  {bound:>8}  {ok}")
    fams = ", ".join(f"{k} {a}/{b}" for k, (a, b) in p["families"].items())
    print(f"PETRARCH families: {fams}")
    cats = ", ".join(f"{k} {a}/{b}" for k, (a, b) in sorted(g.by_cat.items()))
    print(f"GSR by category: {cats}")
    failed = [r for r in rows if r[3] == "FAIL"]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
