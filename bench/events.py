"""Quality gate for event coding (storyline.events).

Scores, in one table:
  * PLOVER GSR (CAMEO-manual sentences, ``data/events/plover_gsr_cameo_manual.jsonl``): PLOVER category
    accuracy of the sentence's main event, source / target actor match (span overlap with a gold actor),
    CAMEO-root-consistent quad class, and over-generation (extra events per record).
  * PETRARCH mechanics cases (``petrarch_unit_tests.jsonl`` against the toy dictionaries in
    ``petrarch_validation_dicts/``, loaded as a user actor file): behaviour pass rate (the expected dyads,
    or no event where none is expected) and per-family rates. Their codes come from a toy, partly
    non-CAMEO verb file, so code agreement is shown for information only.
  * GSR dev / held-out: the same figures on a fixed split (about 3/16 of the records by id hash, see
    ``_held_out``). Session 1 tuned on all 322 records; from session 2 on, tune on dev only.
  * Real news (full run only, when ``data/corpora`` is present): the per-document pipeline on a pinned
    sample of 24 articles (12 Wikinews, 12 AllSides), event density and date/modality shares, and the
    precision of the 79 events hand-checked in ``bench/events_realnews_judgments.tsv`` (ids and labels only).
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
    "petrarch_pass": 0.50,
    # hand-checked real-news samples (full run, when the corpora are present)
    "real_act_precision_A": 0.38,
    "real_act_precision_B": 0.62,
}
# The pinned quick subset (81 GSR, 92 PETRARCH records) is a regression gate: its floors sit a little
# below what the full coder measured on it (cat 0.80, source 0.89, target 0.79, extra 0.31, PETRARCH 0.52).
QUICK_FLOORS = {
    "gsr_plover_acc": 0.75,
    "gsr_source_match": 0.84,
    "gsr_target_match": 0.74,
    "gsr_extra_per_record_max": 0.36,
    "petrarch_pass": 0.50,
}
QUICK_GSR_STEP = 4  # every 4th GSR record
QUICK_PETR_STEP = 3  # every 3rd PETRARCH record


# ---------------------------------------------------------------------------------------------- GSR
def _spans_of(text: str, needle: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
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

    def plus(self, other: GsrScore) -> GsrScore:
        out = GsrScore()
        for name in ("n", "cat_ok", "cat_ok_no_backoff", "cat_any", "src_ok", "tgt_n", "tgt_ok", "extra"):
            setattr(out, name, getattr(self, name) + getattr(other, name))
        out.predicted, out.missed = self.predicted + other.predicted, self.missed + other.missed
        for part in (self, other):
            for cat, (ok, tot) in part.by_cat.items():
                out.by_cat[cat][0] += ok
                out.by_cat[cat][1] += tot
        return out


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


def _held_out(rec: dict[str, Any]) -> bool:
    """The GSR held-out split: about 3/16 of the records, by the hash of their id. Tune on the rest."""
    import hashlib

    return hashlib.sha1(str(rec.get("id", rec["text"])).encode("utf-8")).hexdigest()[0] in "012"


# ---------------------------------------------------------------------------------------- PETRARCH
@dataclass
class PetrActors:
    """PETRARCH-format actor and agent dictionaries: phrase (tuple of upper-case words) -> code."""

    actors: dict[tuple[str, ...], str] = field(default_factory=dict)
    dated: dict[tuple[str, ...], list[tuple[str, str, str]]] = field(default_factory=dict)  # code, from, to
    agents: dict[tuple[str, ...], str] = field(default_factory=dict)
    max_len: int = 1


def _phrase(raw: str) -> tuple[str, ...]:
    return tuple(w for w in raw.replace("_", " ").upper().split() if w)


def _ymd(raw: str) -> str:
    """PETRARCH dates: YYYYMMDD, or YYMMDD with the century guessed (the toy file has both)."""
    d = re.sub(r"\D", "", raw)
    if len(d) == 6:
        d = ("19" if int(d[:2]) >= 30 else "20") + d
    return d


def _restriction(text: str) -> tuple[str, str | None, str | None]:
    """ "HOB < 950601" -> (HOB, 00000000, 19950601); "X 19950601 - 19990815"; "X >20130119"; "X" -> no dates."""
    parts = text.split(None, 1)
    code, rest = parts[0], (parts[1] if len(parts) > 1 else "").replace(" ", "")
    if rest.startswith("<"):
        return code, "00000000", _ymd(rest[1:])
    if rest.startswith(">"):
        return code, _ymd(rest[1:]), "99999999"
    if "-" in rest:
        lo, hi = rest.split("-", 1)
        return code, _ymd(lo), _ymd(hi)
    return code, None, None


def load_petrarch_dicts(folder: Path) -> PetrActors:
    """Read PETR actor (``NAME [CODE]``, ``+SYNONYM`` lines, dated ``[CODE date]`` lines) and agent
    (``NOUN {PLURAL} [~CODE]``, ``!CLASS! = A, B`` substitutions) files."""
    out = PetrActors()
    entries: list[tuple[list[tuple[str, ...]], list[str], list[tuple[str, str, str]]]] = []
    for line in (folder / "PETR.Validate.actors.txt").read_text(encoding="latin-1").splitlines():
        line = line.split("#", 1)[0].rstrip()
        if not line.strip() or line.lstrip().startswith("<!") or line.strip() in ("-->",):
            continue
        codes = re.findall(r"\[([^\]]+)\]", line)
        name = re.sub(r"\[[^\]]*\]", "", line).strip()
        if name.startswith("+") and entries:
            entries[-1][0].append(_phrase(name[1:]))
        elif name and re.match(r"^[A-Za-z0-9]", name):
            entries.append(([_phrase(name)], [], []))
        elif name or not entries:
            continue
        for c in codes:  # "[HOB]" a default, "[HOB < 950601]", "[HOBGOV 19950601 - 19990815]" a date range
            code, lo, hi = _restriction(c)
            if lo is None or hi is None:
                entries[-1][1].append(code)
            else:
                entries[-1][2].append((code, lo, hi))
    for phrases, defaults, dated in entries:
        first_code = defaults[0] if defaults else (dated[0][0] if dated else None)
        for ph in phrases:
            if first_code:
                out.actors.setdefault(ph, first_code)
            if dated:
                out.dated.setdefault(ph, dated)
    classes: dict[str, list[str]] = {}
    for line in (folder / "PETR.Validate.agents.txt").read_text(encoding="latin-1").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line or line.startswith("<!--"):
            continue
        m = re.match(r"^(!\w+!)\s*=\s*(.+)$", line)
        if m:
            classes[m.group(1)] = [w.strip() for w in m.group(2).split(",")]
            continue
        codes = re.findall(r"\[\s*~?\s*([^\]]+?)\s*\]", line)  # "[~COP]", "[ ~COP]"
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


def petrarch_actor_code(tok: Any, dicts: PetrActors, date: str | None = None) -> str | None:
    """The toy-dictionary code of the noun phrase headed by ``tok`` (actor code + agent suffix), with the
    entry's date restrictions applied for the story's date (YYYYMMDD)."""
    from storyline.events.coder import actor_span

    doc = tok.doc
    a, b = actor_span(tok)
    words = [t.text.upper() for t in doc[a:b]]
    actor_hits = _match_phrases(words, dicts.actors, dicts.max_len)
    agent_hits = _match_phrases(words, dicts.agents, dicts.max_len)
    actor = actor_hits[-1][2] if actor_hits else None
    if actor_hits and date:
        i, j, _ = actor_hits[-1]
        for code, lo, hi in dicts.dated.get(tuple(words[i:j]), []):
            if lo <= date <= hi:
                actor = code
                break
    agent = agent_hits[-1][2] if agent_hits else None
    if actor and agent:
        # "White House officials": the actor's own code already carries the agent (USAGOV, not USAGOVGOV)
        if agent.endswith("~"):  # "[NGO~]": an agent written before the country (MSF Arnor -> NGOARN)
            return agent[:-1] + actor
        return actor if actor.endswith(agent.lstrip("~")) else actor + agent
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
                day = rec.get("date_raw")
                srcs = _split_codes([petrarch_actor_code(t, dicts, day) for t in f.sources]) or [None]
                tgts = _split_codes([petrarch_actor_code(t, dicts, day) for t in f.targets]) or [None]
                mutual = tgts == [None] and len(srcs) > 1 and f.code[:2] in ("03", "04", "05", "06")
                if mutual:
                    srcs, tgts = srcs[:1], srcs[1:]  # as find_events pairs "A and B agreed"
                for sc in srcs:
                    for tc in tgts:
                        if rec["config"].get("require_dyad", True) and (sc is None or tc is None):
                            continue
                        if sc is None and tc is None:
                            continue
                        dyads.add((sc, tc))
                        codes.setdefault((sc, tc), f.code)
                        if mutual:  # a joint act of the pair: storyline's merge reads it in both directions
                            dyads.add((tc, sc))
                            codes.setdefault((tc, sc), f.code)
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


# -------------------------------------------------------------------------------------- real news
# A pinned sample of real articles (not used for tuning): the first REAL_PER_CORPUS of each corpus in
# the order of the sha1 of their id. Events produced on them were hand-checked once; the judgments are
# kept in REAL_JUDGMENTS as ids and labels only (no article text): corpus, article id, a hash of the
# sentence's words, CAMEO code, the lexicon pattern that coded it, then y/n labels for the act (the CAMEO root / PLOVER category fits
# what the sentence reports), source, target and date ("-" where the coder gave none).
# Two samples, each the articles at these positions of each corpus: A was judged before the session-2
# changes (its error classes were seen while tuning them), B after them (never looked at while tuning).
# Articles 12-23 are the dev sample the changes were tuned on; they carry no judgments.
REAL_SAMPLES = {"A": (0, 12), "B": (24, 36)}
REAL_JUDGMENTS = ROOT / "bench" / "events_realnews_judgments.tsv"


def _sha(text: str) -> str:
    import hashlib

    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def real_news_sample(shared: Path, lo: int = 0, hi: int = 12) -> list[tuple[str, str, Any]]:
    """(corpus, article id, RawDocument) for the pinned sample; empty when the corpora are absent."""
    import csv
    import gzip

    from storyline.records import RawDocument

    out: list[tuple[str, str, Any]] = []
    wiki = shared / "data" / "corpora" / "wikinews-2019-2020"
    rows: list[dict[str, str]] = []
    for name in ("wikinews_2019.csv", "wikinews_2020.csv"):
        path = wiki / name
        if path.exists():
            with path.open(encoding="utf-8", newline="") as fh:
                rows.extend(csv.DictReader(fh))
    rows.sort(key=lambda r: _sha(r["url"]))
    for r in rows[lo:hi]:
        ref = _sha(r["url"])[:12]
        raw = RawDocument(source_path=r["url"], content=r["text"], kind="text", published=r["date"] or None)
        out.append(("wikinews", ref, raw))
    allsides = shared / "data" / "corpora" / "allsides-intl" / "articles.jsonl.gz"
    if allsides.exists():
        with gzip.open(allsides, "rt", encoding="utf-8") as fh:
            arts = [json.loads(line) for line in fh if line.strip()]
        arts.sort(key=lambda a: _sha(a["ID"]))
        for a in arts[lo:hi]:
            raw = RawDocument(
                source_path=a["url"] or a["ID"],
                content=a["content_original"],
                kind="text",
                title=a["title"] or None,
                published=a["date"] or None,
                outlet=a["source"] or None,
            )
            out.append(("allsides", a["ID"], raw))
    return out


@dataclass
class RealNews:
    articles: int = 0
    sentences: int = 0
    events: list[tuple[tuple[str, str, str, str, str], Any, Any]] = field(default_factory=list)
    # the key an event had while its sentence was split from a quotation mark at either end -> its key
    alt_keys: dict[tuple[str, str, str, str, str], tuple[str, str, str, str, str]] = field(
        default_factory=dict
    )


def run_real_news(shared: Path, nlp: Any, lo: int = 0, hi: int = 12) -> RealNews:
    """The per-document pipeline (clean, parse, time, entities, quotes, events) on the pinned sample."""
    from storyline.clean import CleanError, clean_document
    from storyline.entities import find_mentions
    from storyline.events import find_events
    from storyline.nlp import parse_article
    from storyline.quotes import find_quotes
    from storyline.time import tag_timexes

    out = RealNews()
    for corpus, ref, raw in real_news_sample(shared, lo, hi):
        try:
            art = clean_document(raw)
        except CleanError:
            continue
        state = parse_article(nlp, art)
        for stage in (tag_timexes, find_mentions, find_quotes, find_events):
            stage(state)
        out.articles += 1
        out.sentences += sum(1 for s in state.sentences if s.block_kind == "body")
        for m in state.events:
            key = (corpus, ref, sentence_key(state, m.sentence), m.cameo_code, m.trigger)
            out.events.append((key, m, state))
            for alt in (
                sentence_key(state, m.sentence, bare=True),
                sentence_key(state, m.sentence, written=True),
            ):
                if alt != key[2]:
                    out.alt_keys[(corpus, ref, alt, m.cameo_code, m.trigger)] = key
    return out


_QUOTE_MARKS = "\"'“”‘’ "


def sentence_key(state: Any, index: int, bare: bool = False, written: bool = False) -> str:
    """A sentence's id that survives changes of the cleaner (offsets and indexes move; the words don't).
    ``bare``: without quotation marks at its ends, as the sentence read while the splitter left a closing
    or opening mark on a "sentence" of its own (judgments made then keep matching). ``written``: the
    article's own characters, not the parser's (``parser_text`` straightens some curly apostrophes, and
    judgments made before it straightened "n’t" keep matching)."""
    sent = state.sentences[index]
    raw = state.article.text[sent.start : sent.end] if written else state.sentence_span(index).text
    text = " ".join(raw.split())
    return _sha(text.strip(_QUOTE_MARKS) if bare else text)[:12]


def read_judgments(path: Path) -> dict[tuple[str, str, str, str, str], dict[str, str]]:
    out: dict[tuple[str, str, str, str, str], dict[str, str]] = {}
    if not path.exists():
        return out
    lines = [x for x in path.read_text(encoding="utf-8").splitlines() if x.strip() and not x.startswith("#")]
    head = lines[0].split("\t")
    for line in lines[1:]:
        row = dict(zip(head, line.split("\t"), strict=False))
        key = (row["corpus"], row["article"], row["sentence"], row["code"], row["trigger"])
        out[key] = row
    return out


def score_real_news(
    real: RealNews, judged: dict[tuple[str, str, str, str, str], dict[str, str]]
) -> dict[str, Any]:
    found = {k for k, _, _ in real.events} | set(real.alt_keys)
    hits = [judged[k] for k in judged if k in found]

    def rate(col: str, rows: list[dict[str, str]] | None = None) -> tuple[float, int]:
        vals = [h[col] for h in (hits if rows is None else rows) if h.get(col) in ("y", "n")]
        return (sum(v == "y" for v in vals) / len(vals) if vals else 0.0), len(vals)

    # a date label holds for the date it was given for: count it only while the output still gives it
    now_date = {k: (m.date or "-") for k, m, _ in real.events}
    now_date.update({alt: now_date[k] for alt, k in real.alt_keys.items()})
    key_of = {id(row): k for k, row in judged.items()}
    same_date = [h for h in hits if h.get("date_value", "-") == now_date.get(key_of[id(h)], "-")]
    moved = sum(1 for h in hits if h.get("date") in ("y", "n") and h not in same_date)

    mentions = [m for _, m, _ in real.events]
    n = max(len(mentions), 1)
    all_ok = [h for h in hits if h["act"] == "y" and h["source"] in ("y", "-") and h["target"] in ("y", "-")]
    return {
        "judged": len(judged),
        "still": len(hits),
        "act": rate("act"),
        "source": rate("source"),
        "target": rate("target"),
        "date": rate("date", same_date),
        "date_moved": moved,
        "modality": rate("modality"),
        "all": len(all_ok) / len(hits) if hits else 0.0,
        "per100": 100 * len(mentions) / max(real.sentences, 1),
        "dyad": sum(1 for m in mentions if m.source_name and m.target_name) / n,
        "dated_timex": sum(1 for m in mentions if m.date_source == "timex") / n,
        "undated": sum(1 for m in mentions if not m.date) / n,
        "not_asserted": sum(1 for m in mentions if m.modality != "asserted") / n,
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

    held = [r for r in gsr if _held_out(r)]
    dev = [r for r in gsr if not _held_out(r)]
    g_dev = score_gsr(dev, nlp, coder, verbose=args.verbose)  # --verbose shows dev records only
    g_held = score_gsr(held, nlp, coder)
    g = g_dev.plus(g_held)
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
    for label, part in (("dev", g_dev), ("held-out", g_held)):
        k = max(part.n, 1)
        rows.append(
            (
                f"GSR {label} (n={part.n}): category / source / target / extra",
                f"{part.cat_ok / k:.3f} {part.src_ok / k:.3f} {part.tgt_ok / max(part.tgt_n, 1):.3f}"
                f" {part.extra / k:.3f}",
                "",
                "",
            )
        )
    row(f"PETRARCH mechanics pass rate (n={p['n']})", p["pass"], floors["petrarch_pass"])
    row("PETRARCH CAMEO-root agreement on found dyads (info: toy WEIS-like codes)", p["root_agree"], None)
    row(f"speed: spaCy parse, sentences/s ({n_sents} sentences)", parse_sps, None, fmt="{:.0f}")
    row("speed: event coder on the parse, sentences/s", code_sps, None, fmt="{:.0f}")
    rows.append(("reference: dependency PETRARCH (published)", "44% found, 3.2 extra/rec", "", ""))
    if not args.quick:
        judged = read_judgments(REAL_JUDGMENTS)
        for name, (lo, hi) in REAL_SAMPLES.items():
            real = run_real_news(args.shared, nlp, lo, hi)
            if not real.articles:
                continue
            mine = {k: v for k, v in judged.items() if v.get("sample") == name}
            r = score_real_news(real, mine)
            rows.append(
                (
                    f"real news {name} ({real.articles} art., {real.sentences} sent.): events/100 sent.;"
                    " with src+tgt / timex-dated / undated / not asserted",
                    f"{r['per100']:.1f}; {r['dyad']:.2f} {r['dated_timex']:.2f} {r['undated']:.2f}"
                    f" {r['not_asserted']:.2f}",
                    "",
                    "",
                )
            )
            act, _ = r["act"]
            row(
                f"real news {name}: act precision ({r['still']}/{r['judged']} judged still out)",
                act,
                FLOORS[f"real_act_precision_{name}"],
            )
            parts = [r[c] for c in ("source", "target", "date", "modality")]
            rows.append(
                (
                    f"real news {name}: src / tgt / date / modality right (n="
                    + "/".join(str(n) for _, n in parts)
                    + f"; {r['date_moved']} dates moved since judged); act ok, no wrong actor",
                    " ".join(f"{v:.2f}" for v, _ in parts) + f"; {r['all']:.2f}",
                    "",
                    "",
                )
            )

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
