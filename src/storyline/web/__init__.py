"""`storyline serve`: a local, read-only web app over a built store (pages + JSON API + search)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

STORE_ENV = "STORYLINE_SERVE_STORE"  # how worker processes learn the store path


def create_app(store_path: str | Path, *, search_index: str | Path | None = None) -> Any:
    """The ASGI app over ``store_path`` (see :func:`storyline.web.app.create_app`)."""
    from storyline.web.app import create_app as _create

    return _create(store_path, search_index=search_index)


def app_from_env() -> Any:
    """ASGI app factory for multi-process serving: the store path comes from $STORYLINE_SERVE_STORE."""
    return create_app(os.environ[STORE_ENV])


def serve(
    store_path: str | Path,
    host: str = "127.0.0.1",
    port: int = 8000,
    *,
    workers: int = 1,
    log_level: str = "info",
) -> None:
    """Serve the store until interrupted. Raises :class:`storyline.store.StoreError` (with a message
    fit for the user) when the store cannot be read; nothing is bound in that case. ``workers`` > 1
    runs that many server processes (the search index is built once, before they start)."""
    import uvicorn

    app = create_app(store_path)  # validates the store and builds the search index
    if workers <= 1:
        uvicorn.run(app, host=host, port=port, log_level=log_level, access_log=False)
        return
    os.environ[STORE_ENV] = str(Path(store_path).resolve())
    uvicorn.run(
        "storyline.web:app_from_env",
        factory=True,
        workers=workers,
        host=host,
        port=port,
        log_level=log_level,
        access_log=False,
    )


__all__ = ["app_from_env", "create_app", "serve"]
