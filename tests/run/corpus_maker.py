"""Invented news articles and a store comparison helper for the executor tests (nothing from ../shared)."""

from __future__ import annotations

import json
import random
import sqlite3
from pathlib import Path
from typing import Any

FIRST = ["Anna", "Tomas", "Lena", "Karim", "Sofia", "Pavel", "Mara", "Jonas", "Iris", "Omar"]
LAST = ["Varga", "Lindqvist", "Okafor", "Brandt", "Moreau", "Castel", "Nyberg", "Haddad", "Rossi", "Tanaka"]
PLACES = ["Valdora", "Norland", "Eastmarch", "Lunaria", "Kestria", "Port Amsel"]
TITLES = ["Foreign Minister", "Prime Minister", "trade envoy", "spokeswoman", "defence chief"]
VERBS = ["met", "criticised", "praised", "accused", "thanked", "warned"]
TOPICS = ["fishing rights", "a border dispute", "grain exports", "a new pipeline", "port fees", "visa rules"]
WHEN = ["on Monday", "last week", "yesterday", "on 3 March 2021", "last year", "in April"]


def article(i: int, rng: random.Random) -> str:
    a, b = f"{rng.choice(FIRST)} {rng.choice(LAST)}", f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    p, q = rng.sample(PLACES, 2)
    topic = rng.choice(TOPICS)
    paras = [
        f"{p} and {q} argue over {topic} (report {i})",
        f"{rng.choice(TITLES).capitalize()} {a} of {p} {rng.choice(VERBS)} {b} of {q} {rng.choice(WHEN)} "
        f"in talks about {topic}.",
        f'"We will not accept this," {a.split()[1]} said. "The people of {p} deserve better."',
        f"{b} told reporters that {q} would respond {rng.choice(WHEN)}. Officials expect a decision soon.",
        f"Talks on {topic} are set to resume {rng.choice(WHEN)}, according to a statement from {q}.",
    ]
    return "\n\n".join(paras) + "\n"


def write_corpus(directory: Path, n: int, seed: int = 7, jsonl_every: int = 3) -> int:
    """``n`` articles: most as .txt files, every ``jsonl_every``-th as a line of one JSONL file."""
    rng = random.Random(seed)
    directory.mkdir(parents=True, exist_ok=True)
    lines = []
    for i in range(n):
        text = article(i, rng)
        if jsonl_every and i % jsonl_every == 0:
            lines.append(
                json.dumps({"text": text, "outlet": "Test Wire", "published": f"2021-03-{1 + i % 28:02d}"})
            )
        else:
            (directory / f"article-{i:04d}.txt").write_text(text, encoding="utf-8")
    if lines:
        (directory / "wire.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return n


VOLATILE = {"created"}


def store_tables(store_dir: Path, tables: tuple[str, ...]) -> dict[str, list[tuple[Any, ...]]]:
    """Rows of each table as sorted tuples (timestamps left out), for comparing two stores."""
    conn = sqlite3.connect(store_dir / "storyline.sqlite")
    out: dict[str, list[tuple[Any, ...]]] = {}
    for t in tables:
        cur = conn.execute(f"SELECT * FROM {t}")
        names = [d[0] for d in cur.description]
        rows = [tuple((k, v) for k, v in zip(names, r, strict=True) if k not in VOLATILE) for r in cur]
        out[t] = sorted(rows, key=repr)
    conn.close()
    return out


def store_counts(store_dir: Path) -> dict[str, int]:
    conn = sqlite3.connect(store_dir / "storyline.sqlite")
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    counts = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in names if t != "meta"}
    conn.close()
    return counts
