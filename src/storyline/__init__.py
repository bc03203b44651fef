"""storyline: a sourced, structured history of a story from a pile of news articles."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from storyline.api import Story
    from storyline.builder import BuildSummary


def build(paths: Any, store: Any, **options: Any) -> BuildSummary:
    """Build (or extend) the store at ``store`` from files and folders in ``paths``.

    Keyword options are those of :class:`storyline.builder.BuildOptions` (``model``, ``include``,
    ``exclude``, ``actors``, ``batch_size``, ``report``...).
    """
    from storyline.builder import BuildOptions
    from storyline.builder import build as _build

    if isinstance(paths, (str, bytes)) or hasattr(paths, "__fspath__"):
        paths = [paths]
    return _build(list(paths), store, BuildOptions(**options))


def open_store(path: Any) -> Story:
    """Open a built store read-only; its tables convert to pandas (``story.events.to_pandas()``)."""
    from storyline.api import open_store as _open

    return _open(path)


__all__ = ["__version__", "build", "open_store"]
