"""The quick quality gates: each bench script scores a pinned subset and exits non-zero below its floors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GATES = ["extraction", "timex", "entities", "quotes", "events", "tls", "infer_dates"]


@pytest.mark.parametrize("name", GATES)
def test_bench_quick_gate_passes(name: str, shared: Path) -> None:
    script = ROOT / "bench" / f"{name}.py"
    assert script.is_file(), f"bench/{name}.py is missing"
    proc = subprocess.run(
        [sys.executable, str(script), "--quick", "--shared", str(shared)],
        capture_output=True,
        text=True,
        timeout=900,
        cwd=ROOT,
    )
    assert proc.returncode == 0, f"gate {name} failed:\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
