"""The project's CAMEO codebook: code -> our label, Goldstein value, quad class, PLOVER category and mode.

Codes and Goldstein numbers are facts (GDELT's table); labels are our own words. The file is
``storyline/data/codebook.tsv`` and can be regenerated with ``python -m storyline.events.make_codebook``.
"""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parents[1] / "data"

# Acts two sides do together (agreeing, meeting, cooperating): "A and B met" is A with B, and either order
# of the pair names the same act
MUTUAL_ROOTS = frozenset({"03", "04", "05", "06"})


@dataclass(frozen=True, slots=True)
class CodeInfo:
    code: str
    root: str
    label: str
    goldstein: float
    goldstein_from: str  # "gdelt", or "parent" when GDELT has no value for this code
    quad_class: int
    plover_category: str | None  # None where PLOVER has no category (most 01x statements)
    plover_mode: str | None


@functools.lru_cache(maxsize=1)
def codebook() -> dict[str, CodeInfo]:
    """Every CAMEO code (zero-padded string) mapped to its :class:`CodeInfo`."""
    text = (DATA_DIR / "codebook.tsv").read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln and not ln.startswith("#")]
    out: dict[str, CodeInfo] = {}
    for row in csv.DictReader(lines, delimiter="\t"):
        out[row["code"]] = CodeInfo(
            code=row["code"],
            root=row["root"],
            label=row["label"],
            goldstein=float(row["goldstein"]),
            goldstein_from=row["goldstein_from"],
            quad_class=int(row["quad_class"]),
            plover_category=row["plover_category"] or None,
            plover_mode=row["plover_mode"] or None,
        )
    return out


def code_info(code: str) -> CodeInfo | None:
    """The codebook entry for ``code`` (None for a code CAMEO does not have)."""
    return codebook().get(code)


def root_of(code: str) -> str:
    return code[:2]
