"""A title given to `storyline build --title` names the report and the web app, and outlives rebuilds."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from starlette.testclient import TestClient
from typer.testing import CliRunner

from storyline.cli import app
from storyline.web.app import create_app

runner = CliRunner()


def _report_title(store: Path) -> str:
    found = re.search(r"<title>(.*?)</title>", (store / "report.html").read_text(encoding="utf-8"))
    assert found is not None
    return found.group(1)


def test_build_title_is_kept_for_reports_rebuilds_and_the_web_app(examples_dir: Path, tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    first = sorted(p for p in examples_dir.iterdir() if p.suffix in (".txt", ".html"))[:2]
    for p in first:
        shutil.copy(p, corpus / p.name)
    out = tmp_path / "out"
    built = runner.invoke(
        app, ["build", str(corpus), "-o", str(out), "--quiet", "--title", "Harbour  talks "]
    )
    assert built.exit_code == 0, built.output
    assert _report_title(out) == "Harbour  talks"

    # a later build that adds documents keeps the title it was given
    rest = sorted(p for p in examples_dir.iterdir() if p.suffix in (".txt", ".html"))[2:4]
    for p in rest:
        shutil.copy(p, corpus / p.name)
    again = runner.invoke(app, ["build", str(corpus), "-o", str(out), "--quiet"])
    assert again.exit_code == 0, again.output
    assert _report_title(out) == "Harbour  talks"

    # `storyline report` reuses it; its own --title wins for that rendering only
    assert runner.invoke(app, ["report", str(out)]).exit_code == 0
    assert _report_title(out) == "Harbour  talks"
    assert runner.invoke(app, ["report", str(out), "--title", "Other"]).exit_code == 0
    assert _report_title(out) == "Other"

    home = TestClient(create_app(out)).get("/")
    assert home.status_code == 200
    assert "<h1>Harbour  talks</h1>" in home.text


def test_build_without_title_names_the_corpus(examples_dir: Path, tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    for p in sorted(p for p in examples_dir.iterdir() if p.suffix in (".txt", ".html"))[:2]:
        shutil.copy(p, corpus / p.name)
    out = tmp_path / "out"
    assert runner.invoke(app, ["build", str(corpus), "-o", str(out), "--quiet"]).exit_code == 0
    assert _report_title(out).startswith("storyline: ")
    assert "<h1>" not in TestClient(create_app(out)).get("/").text
