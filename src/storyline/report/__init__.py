"""The static report: one self-contained HTML file (inline CSS, JS and SVG; no network)."""

from __future__ import annotations

from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from storyline.corpus import Corpus
from storyline.report.build import anchor, view_model
from storyline.web.render import neutralize

TEMPLATES = Path(__file__).resolve().parent / "templates"

__all__ = ["anchor", "render_html", "render_report"]


def _env() -> Environment:
    # autoescape everything: article text, names and quotes are untrusted input; ``neutralize``
    # (shared with the web app) replaces bidi overrides/isolates and C0 controls so article text
    # cannot reorder or garble the page around it
    return Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=select_autoescape(default=True, default_for_string=True),
        finalize=neutralize,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render_html(corpus: Corpus, title: str = "storyline report") -> str:
    """The report as a string."""
    return _env().get_template("report.html.j2").render(title=title, **view_model(corpus))


def render_report(corpus: Corpus, out: Path, title: str = "storyline report") -> Path:
    """Write the report to ``out`` (a file path, or a directory that gets ``report.html``)."""
    out = Path(out)
    if out.is_dir():
        out = out / "report.html"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render_html(corpus, title), encoding="utf-8")
    return out
