"""The report's timeline lists each entry's events with their CAMEO code: the code alone means
nothing to a reader, so the codebook's label stands beside it."""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "story"))

from handmade import treaty_corpus  # noqa: E402
from markupsafe import escape  # noqa: E402

from storyline.events import codebook  # noqa: E402
from storyline.report import render_html  # noqa: E402


def test_timeline_event_rows_carry_the_code_label() -> None:
    html = render_html(treaty_corpus())
    rows = re.findall(r'<div class="sub">▸ .*?</div>', html)
    coded = [re.search(r'<span class="tag">(\d{3,4})</span>', row) for row in rows]
    pairs = [(row, m.group(1)) for row, m in zip(rows, coded, strict=True) if m]
    assert pairs, "the treaty corpus has coded events under its timeline entries"
    for row, code in pairs:
        info = codebook().get(code)
        assert info is not None
        assert f'<span class="muted">{escape(info.label)}</span>' in row
