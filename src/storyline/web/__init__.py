"""`storyline serve`: a local, read-only web app over a built store (pages + JSON API + search)."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def create_app(store_path: str | Path, *, search_index: str | Path | None = None) -> Any:
    """The ASGI app over ``store_path`` (see :func:`storyline.web.app.create_app`)."""
    from storyline.web.app import create_app as _create

    return _create(store_path, search_index=search_index)


def serve(
    store_path: str | Path, host: str = "127.0.0.1", port: int = 8000, *, log_level: str = "info"
) -> None:
    """Serve the store until interrupted. Raises :class:`storyline.store.StoreError` (with a message
    fit for the user) when the store cannot be read; nothing is bound in that case."""
    import uvicorn

    app = create_app(store_path)
    uvicorn.run(app, host=host, port=port, log_level=log_level, access_log=False)


__all__ = ["create_app", "serve"]
