"""`storyline info` names the actors told across most articles and counts the undated rows."""

from __future__ import annotations

import re
from pathlib import Path

from typer.testing import CliRunner

from storyline.cli import app
from storyline.records import Entity
from storyline.store import Store

runner = CliRunner()


def _store(path: Path) -> Path:
    store = Store(path)
    entities = [
        Entity("ent-okafor", "Lio Okafor", "PERSON", doc_ids=["d1"], mention_count=40),
        Entity("ent-alder", "Port Alder", "GPE", doc_ids=["d1", "d2", "d3"], mention_count=3),
        Entity("ent-bad", "Marren Docks", "ORG", doc_ids=[], mention_count=1),
    ]
    store.replace_corpus_tables(entities, [], [], [])
    store.close()
    return path


def test_info_ranks_actors_by_articles_before_mentions(tmp_path: Path) -> None:
    result = runner.invoke(app, ["info", str(_store(tmp_path / "store"))])
    assert result.exit_code == 0, result.output
    text = re.sub(r"[│\s]+", " ", result.output)  # the table wraps long cells
    line = text.split("actors in most articles", 1)[1]
    assert line.index("Port Alder (3 articles)") < line.index("Lio Okafor (1 article)")
    assert "undated events" in result.output and "undated quotes" in result.output


def test_info_help_names_what_it_prints() -> None:
    # the help said "row counts and the range of publication dates" while the command also prints the
    # undated rows and the top actors: a user reading --help could not know to look for them
    result = runner.invoke(app, ["info", "--help"], terminal_width=200)
    text = re.sub(r"[│\s]+", " ", result.output)
    assert "undated" in text and "actors named in most articles" in text
