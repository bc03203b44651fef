"""The TempEval-3 scorer on hand-made gold/system pairs."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.time.scoring import Timex, read_timeml, score_document


def test_scoring_strict_relaxed_and_values() -> None:
    gold = [
        Timex(0, 9, "DATE", "2000-02-16"),
        Timex(20, 30, "DURATION", "P2M"),
        Timex(40, 45, "DATE", "1999"),
    ]
    system = [
        Timex(0, 9, "DATE", "2000-02-16"),  # exact, right value
        Timex(24, 30, "DURATION", "P3M"),  # overlap only, wrong value
        Timex(50, 55, "DATE", "2001"),  # spurious
    ]
    s = score_document(gold, system)
    assert (s.strict, s.relaxed, s.type_ok, s.value_ok) == (1, 2, 2, 1)
    p, r, f = s.prf(s.relaxed)
    assert p == pytest.approx(2 / 3) and r == pytest.approx(2 / 3)
    assert s.value_accuracy == pytest.approx(0.5)
    assert s.value_f1 == pytest.approx(f * 0.5)
    assert s.strict_f1 == pytest.approx(1 / 3)


def test_scoring_matches_one_to_one() -> None:
    gold = [Timex(0, 10, "DATE", "X")]
    system = [Timex(0, 4, "DATE", "X"), Timex(5, 10, "DATE", "X")]
    s = score_document(gold, system)
    assert (s.relaxed, s.system, s.gold) == (1, 2, 1)


def test_scoring_empty_inputs() -> None:
    s = score_document([], [])
    assert (s.relaxed_f1, s.value_f1) == (0.0, 0.0)


def test_scoring_reads_timeml(tmp_path: Path) -> None:
    f = tmp_path / "x.tml"
    f.write_text(
        '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">'
        '19980108</TIMEX3></DCT><TEXT>Sales &amp; profit rose <TIMEX3 tid="t1" type="DATE" value="1997">'
        'last year</TIMEX3>, <EVENT eid="e1">said</EVENT> Bob.</TEXT></TimeML>',
        encoding="utf-8",
    )
    d = read_timeml(f)
    assert d.dct == "1998-01-08"
    assert d.text == "Sales & profit rose last year, said Bob."
    (t,) = d.timexes
    assert (d.text[t.start : t.end], t.type, t.value) == ("last year", "DATE", "1997")
