"""The static report: one self-contained HTML file (inline CSS, JS and SVG; no network)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape

from storyline.corpus import Corpus
from storyline.report.build import anchor, by_reach, view_model
from storyline.web.render import counted, neutralize
from storyline.web.when import when

TEMPLATES = Path(__file__).resolve().parent / "templates"

__all__ = ["anchor", "render_html", "render_report", "stored_title"]


def _env() -> Environment:
    # autoescape everything: article text, names and quotes are untrusted input; ``neutralize``
    # (shared with the web app) replaces bidi overrides/isolates and C0 controls so article text
    # cannot reorder or garble the page around it
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=select_autoescape(default=True, default_for_string=True),
        finalize=neutralize,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["counted"] = counted
    env.filters["when"] = when
    return env


def default_title(corpus: Corpus) -> str:
    """What the corpus is about, for the report's title: the two actors named in most articles and the
    years its articles span ("storyline: Kastan, Veloria, 2023–2024, 5 articles"), so two reports
    open side by side can be told apart."""
    actors = sorted(
        (e for e in corpus.entities if e.type in ("PERSON", "ORG", "GPE", "NORP") and len(e.doc_ids) >= 2),
        key=by_reach,
    )[:2]
    years = sorted({a.published[:4] for a in corpus.articles.values() if a.published})
    span = (years[0] if years[0] == years[-1] else f"{years[0]}–{years[-1]}") if years else None
    n = len(corpus.articles)
    parts = [", ".join(e.name for e in actors), span, f"{n} article{'' if n == 1 else 's'}"]
    return "storyline: " + ", ".join(p for p in parts if p)


def stored_title(meta: dict[str, Any]) -> str | None:
    """The title given to ``storyline build --title``, from the store's meta table (None if unset)."""
    title = meta.get("title")
    return title.strip() or None if isinstance(title, str) else None


def render_html(corpus: Corpus, title: str | None = None) -> str:
    """The report as a string; without a title, ``default_title`` names what the corpus is about."""
    return (
        _env()
        .get_template("report.html.j2")
        .render(title=title or default_title(corpus), **view_model(corpus))
    )


def render_report(corpus: Corpus, out: Path, title: str | None = None) -> Path:
    """Write the report to ``out`` (a file path, or a directory that gets ``report.html``)."""
    out = Path(out)
    if out.is_dir():
        out = out / "report.html"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render_html(corpus, title), encoding="utf-8")
    return out
